// Where directives are written: directly in a block or through an include, the `if` blocks of a location, where to insert.
import type { Directive } from '../../parser/ast.js';
import type { ContextNode } from '../context.js';
import type { EffectiveValue } from '../effective.js';
import type { ConfigModel } from '../model.js';

/**
 * True when `d` stands directly in the block of `ctx` (not in an included file, not in a nested block).
 * Only such a directive can be edited without changing every other place that includes the same file.
 */
export function writtenDirectlyIn(d: Directive, ctx: ContextNode): boolean {
  // A fragment's root (a location snippet's stand-in included) holds the top level of its entry file.
  if (ctx.directive && !ctx.assumed) return d.parent === ctx.directive;
  return d.parent === null && d.file.path === ctx.entry;
}

/** The directive that sets an effective value at the level `ctx` itself (in its block or a file it includes), else null. */
export function setAt(v: EffectiveValue, ctx: ContextNode): Directive | null {
  return v.origin.kind === 'directive' && v.origin.context === ctx ? v.origin.directive : null;
}

/** The effective value comes from a directive written directly in `ctx` (see writtenDirectlyIn). */
export function setDirectlyIn(v: EffectiveValue, ctx: ContextNode): Directive | null {
  const d = setAt(v, ctx);
  return d && writtenDirectlyIn(d, ctx) ? d : null;
}

/**
 * The value is set at the level `ctx` by a line in a file that `ctx` includes: editing that line would change every
 * other block that includes the file, and adding a second line to `ctx` would be a duplicate nginx rejects.
 */
export function setThroughInclude(v: EffectiveValue, ctx: ContextNode): boolean {
  return setAt(v, ctx) !== null && setDirectlyIn(v, ctx) === null;
}

/** `if` blocks that belong to a location (at any depth, nested locations excluded), in source order. */
export function ifsOf(loc: ContextNode): ContextNode[] {
  const out: ContextNode[] = [];
  const walk = (c: ContextNode): void => {
    for (const child of c.children) {
      if (child.kind === 'if' || child.kind === 'limit_except') {
        if (child.kind === 'if') out.push(child);
        walk(child);
      }
    }
  };
  walk(loc);
  return out;
}

/** An `if` block that sets a directive itself, and the value it sets. */
export interface IfSetting {
  ctx: ContextNode;
  value: EffectiveValue;
}

/**
 * The `if` blocks of a location that set `name` themselves (directives allowed in `if`, such as `gzip`, `ssi`
 * or `limit_rate`, apply whenever the condition holds), with the value each one sets.
 */
export function ifsSetting(model: ConfigModel, loc: ContextNode, name: string): IfSetting[] {
  const out: IfSetting[] = [];
  for (const c of ifsOf(loc)) {
    const value = model.effective(c, name);
    if (value.origin.kind === 'directive' && value.origin.context === c) out.push({ ctx: c, value });
  }
  return out;
}

/** The block a directive for this context must be inserted into: the location for an `if` when the directive is not allowed in `if`. */
export function insertionBlock(model: ConfigModel, ctx: ContextNode, allowedInIf: boolean): Directive | null {
  if (ctx.kind === 'if' && !allowedInIf) return model.locationOf(ctx)?.directive ?? null;
  return ctx.directive;
}

/** The `http { }` block directive of the main config (where `map` blocks go), or null for a lone snippet. */
export function httpBlock(model: ConfigModel): Directive | null {
  return model.contexts.all.find((c) => c.kind === 'http' && c.directive !== null)?.directive ?? null;
}
