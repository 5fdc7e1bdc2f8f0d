// Effective values with provenance: what nginx merges into a block from its parents, and where each value came from.
import type { Directive } from '../parser/ast.js';
import type { ContextNode } from './context.js';
import { defaultFor, directiveInfo, type NginxVersion } from './directives.js';

/** Where an effective value comes from. */
export type Origin =
  | { kind: 'directive'; directive: Directive; context: ContextNode }
  | { kind: 'default'; value: string | null; note: string };

/** An ordinary (scalar) directive's value in a block. */
export interface EffectiveValue {
  name: string;
  /** Arguments of the directive in effect (nginx-unescaped), or the default split on spaces; null when unset with no default. */
  args: string[] | null;
  /** The first argument, lower-cased for flags (`on`/`off`), as a convenience. */
  value: string | null;
  origin: Origin;
  /** Levels inspected, innermost first, up to where the value was found (or the top). */
  levels: ContextNode[];
}

/** One entry of a list directive (`add_header X y`, `proxy_set_header Host $host`). */
export interface ListEntry {
  directive: Directive;
  context: ContextNode;
}

/** A list directive's value in a block (replacing lists, bitmasks, accumulating headers-more lists). */
export interface EffectiveList {
  name: string;
  entries: ListEntry[];
  /** Where the entries in effect were written (null when none are in effect, or for accumulating lists). */
  from: ContextNode | null;
  /** Entries at outer levels that do not reach this block, and the level whose own entries dropped them. */
  dropped: { entry: ListEntry; droppedBy: ContextNode }[];
  levels: ContextNode[];
  /** The default value when no level sets the directive (e.g. `gzip_types text/html`). */
  defaultNote: string | null;
}

/** http-module contexts merge from their parents up to `http`; other contexts stand alone. */
const HTTP_CHAIN = new Set(['http', 'server', 'location', 'if', 'limit_except']);

/** The levels nginx merges into `ctx`, innermost first: location-if -> location -> ... -> server -> http. */
export function mergeChain(ctx: ContextNode): ContextNode[] {
  const out: ContextNode[] = [ctx];
  if (!HTTP_CHAIN.has(ctx.kind)) return out;
  let p = ctx.parent;
  while (p && HTTP_CHAIN.has(p.kind)) {
    out.push(p);
    if (p.kind === 'http') break;
    p = p.parent;
  }
  return out;
}

function own(ctx: ContextNode, name: string): Directive[] {
  const out: Directive[] = [];
  for (const d of ctx.directives) if (d.name === name) out.push(d);
  return out;
}

/** The value of an ordinary directive in a block, with its origin. */
export function effectiveValue(ctx: ContextNode, name: string, version: NginxVersion | null): EffectiveValue {
  const chain = mergeChain(ctx);
  const levels: ContextNode[] = [];
  for (const level of chain) {
    levels.push(level);
    const found = own(level, name);
    if (found.length > 0) {
      const d = found[0]!;
      const args = d.args.map((a) => a.value);
      return { name, args, value: normalizeValue(args[0] ?? null), origin: { kind: 'directive', directive: d, context: level }, levels };
    }
  }
  const def = defaultFor(name, version ?? undefined);
  const value = def && def.value !== '' ? def.value : null;
  const args = value === null ? null : value.split(/\s+/).filter(Boolean);
  const note = def ? def.note : `not set, and ${name} is not in sse-lint's directive table`;
  return { name, args, value: normalizeValue(args?.[0] ?? null), origin: { kind: 'default', value, note }, levels };
}

function normalizeValue(v: string | null): string | null {
  if (v === null) return null;
  const l = v.toLowerCase();
  return l === 'on' || l === 'off' ? l : v;
}

/**
 * The entries of a list directive in a block. Replacing lists and bitmasks: the innermost level that
 * has any entry wins and outer entries are dropped (`add_header_inherit merge|off` from 1.29.3 changes
 * that for add_header/add_trailer). Accumulating lists (headers-more): outer entries come first.
 */
export function effectiveList(ctx: ContextNode, name: string, version: NginxVersion | null): EffectiveList {
  const chain = mergeChain(ctx);
  const info = directiveInfo(name);
  const merge = info?.merge ?? 'replace-list';
  const def = defaultFor(name, version ?? undefined);
  const defaultNote = def && def.value !== '' ? `${def.value}: ${def.note}` : null;

  if (merge === 'accumulate') {
    const entries: ListEntry[] = [];
    for (let k = chain.length - 1; k >= 0; k--) {
      const level = chain[k]!;
      for (const d of own(level, name)) entries.push({ directive: d, context: level });
    }
    return { name, entries, from: null, dropped: [], levels: chain, defaultNote };
  }

  const inheritName = name === 'add_header' ? 'add_header_inherit' : name === 'add_trailer' ? 'add_trailer_inherit' : null;
  let entries: ListEntry[] = [];
  let from: ContextNode | null = null;
  const dropped: EffectiveList['dropped'] = [];
  let droppedBy: ContextNode | null = null;
  let stopInheriting = false;

  for (const level of chain) {
    const mine = own(level, name).map((d) => ({ directive: d, context: level }));
    if (stopInheriting || droppedBy) {
      // A lower level already decided; these entries do not reach ctx.
      for (const e of mine) dropped.push({ entry: e, droppedBy: droppedBy ?? chain[0]! });
      continue;
    }
    if (mine.length === 0) {
      if (inheritName && inheritMode(level, inheritName) === 'off') {
        stopInheriting = true;
        droppedBy = level;
      }
      continue;
    }
    if (entries.length === 0) {
      entries = mine;
      from = level;
    } else {
      entries = [...entries, ...mine];
    }
    const mode = inheritName ? inheritMode(level, inheritName) : 'on';
    if (mode === 'merge') continue; // parent entries are added to this level's
    if (mode === 'off') {
      stopInheriting = true;
      droppedBy = level;
      continue;
    }
    droppedBy = level;
  }
  return { name, entries, from, dropped, levels: chain, defaultNote };
}

/** `add_header_inherit on|off|merge` as it applies at one level (it is itself an ordinary directive). */
function inheritMode(level: ContextNode, name: string): 'on' | 'off' | 'merge' {
  for (const l of mergeChain(level)) {
    const d = own(l, name)[0];
    if (d) {
      const v = d.args[0]?.value.toLowerCase();
      return v === 'off' || v === 'merge' ? v : 'on';
    }
  }
  return 'on';
}

/** "proxy_buffering on: nginx default, not set in http (nginx.conf), server (sites/app.conf:3) or this location". */
export function describeOrigin(v: EffectiveValue, show: (d: Directive) => string): string {
  if (v.origin.kind === 'directive') {
    const d = v.origin.directive;
    const where = v.origin.context === v.levels[0] ? 'this ' + levelName(v.origin.context) : levelName(v.origin.context);
    return `${show(d)} in ${where}`;
  }
  const names = v.levels.map((l, k) => (k === 0 ? `this ${levelName(l)}` : levelName(l)));
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0];
  return `${v.origin.note}; not set in ${list}`;
}

export function levelName(ctx: ContextNode): string {
  if (ctx.kind === 'location') return ctx.directive ? `location ${ctx.directive.args.map((a) => a.value).join(' ')}` : 'location';
  if (ctx.kind === 'if') return ctx.directive ? `if ${ctx.directive.args.map((a) => a.value).join(' ')}` : 'if';
  return ctx.kind;
}
