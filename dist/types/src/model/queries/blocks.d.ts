import type { Directive } from '../../parser/ast.js';
import type { ContextNode } from '../context.js';
import type { EffectiveValue } from '../effective.js';
import type { ConfigModel } from '../model.js';
/**
 * True when `d` stands directly in the block of `ctx` (not in an included file, not in a nested block).
 * Only such a directive can be edited without changing every other place that includes the same file.
 */
export declare function writtenDirectlyIn(d: Directive, ctx: ContextNode): boolean;
/** The directive that sets an effective value at the level `ctx` itself (in its block or a file it includes), else null. */
export declare function setAt(v: EffectiveValue, ctx: ContextNode): Directive | null;
/** The effective value comes from a directive written directly in `ctx` (see writtenDirectlyIn). */
export declare function setDirectlyIn(v: EffectiveValue, ctx: ContextNode): Directive | null;
/**
 * The value is set at the level `ctx` by a line in a file that `ctx` includes: editing that line would change every
 * other block that includes the file, and adding a second line to `ctx` would be a duplicate nginx rejects.
 */
export declare function setThroughInclude(v: EffectiveValue, ctx: ContextNode): boolean;
/** `if` blocks that belong to a location (at any depth, nested locations excluded), in source order. */
export declare function ifsOf(loc: ContextNode): ContextNode[];
/** An `if` block that sets a directive itself, and the value it sets. */
export interface IfSetting {
    ctx: ContextNode;
    value: EffectiveValue;
}
/**
 * The `if` blocks of a location that set `name` themselves (directives allowed in `if`, such as `gzip`, `ssi`
 * or `limit_rate`, apply whenever the condition holds), with the value each one sets.
 */
export declare function ifsSetting(model: ConfigModel, loc: ContextNode, name: string): IfSetting[];
/** The block a directive for this context must be inserted into: the location for an `if` when the directive is not allowed in `if`. */
export declare function insertionBlock(model: ConfigModel, ctx: ContextNode, allowedInIf: boolean): Directive | null;
/** The `http { }` block directive of the main config (where `map` blocks go), or null for a lone snippet. */
export declare function httpBlock(model: ConfigModel): Directive | null;
