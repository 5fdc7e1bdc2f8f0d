import type { Directive } from '../parser/ast.js';
import { type ContextNode } from './context.js';
import type { DefaultBasis, OriginData } from '../types.js';
import { type DefaultValue, type NginxVersion } from './directives.js';
/** Where an effective value comes from. */
export type Origin = {
    kind: 'directive';
    directive: Directive;
    context: ContextNode;
} | {
    kind: 'default';
    value: string | null;
    basis: DefaultBasis;
};
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
    /**
     * Entries at outer levels that do not reach this block, and the level that dropped them: `replaced` when
     * that level's own entries replaced the inherited list, `inherit-off` for `add_header_inherit off`.
     */
    dropped: {
        entry: ListEntry;
        droppedBy: ContextNode;
        how: 'replaced' | 'inherit-off';
    }[];
    levels: ContextNode[];
    /** The default value when no level sets the directive (e.g. `gzip_types text/html`); null when there is none. */
    default: DefaultValue | null;
}
/**
 * The levels nginx merges into `ctx`, innermost first: location-if -> location -> ... -> server -> http. Built once
 * per context, in an array of exactly its length, and frozen (callers share it).
 */
export declare function mergeChain(ctx: ContextNode): ContextNode[];
/** Drops every remembered answer (a new model is being built: the blocks asked about from now on are its own). */
export declare function forgetAnswers(): void;
/** The value of an ordinary directive in a block, with its origin (computed once per block, name and version). */
export declare function effectiveValue(ctx: ContextNode, name: string, version: NginxVersion | null): EffectiveValue;
/**
 * The value a block would have if it did not set the directive itself: what nginx merges into it from the
 * levels above (or the default when there is none above).
 */
export declare function inheritedValue(ctx: ContextNode, name: string, version: NginxVersion | null): EffectiveValue;
/** The default of a directive, as the value of a block that sets nothing (no levels inspected). */
export declare function defaultValue(name: string, version: NginxVersion | null): EffectiveValue;
/** A list entry as an effective value: the line in effect, found after inspecting `levels` (innermost first) from `ctx`. */
export declare function entryValue(ctx: ContextNode, entry: ListEntry, levels: ContextNode[]): EffectiveValue;
/**
 * The entries of a list directive in a block, merged the way nginx merges configurations: top-down, each
 * level against its parent's already merged list.
 * - Replacing lists and bitmasks: a level with any entry of its own keeps only its own entries; the
 *   parent's list is dropped there (ngx_conf_merge_ptr_value, `if (conf->headers == NULL)`, §2.1).
 * - `add_header` / `add_trailer` from 1.29.3: `*_inherit merge` appends the parent's merged list after the
 *   level's own, `off` inherits nothing (also when the level has no entries); the mode is itself inherited
 *   (ngx_http_headers_merge_conf). Ignored for a target version older than 1.29.3, where nginx -t rejects it.
 * - Directives of one merge group (`allow` and `deny`) form one list.
 * - Accumulating lists (headers-more): outer entries come first and nothing is dropped [E42].
 */
export declare function effectiveList(ctx: ContextNode, name: string, version: NginxVersion | null): EffectiveList;
/**
 * The header or parameter a list entry sets, as nginx compares it: `add_header X-A 1` and
 * `proxy_set_header X-A 1` give `x-a` (header names are case-insensitive), `fastcgi_param QUERY_STRING ...`
 * gives `QUERY_STRING` (parameter names are not).
 */
export declare function entryKey(d: Directive): string | null;
/**
 * What a level loses by having a list of its own: the entries `ctx` itself dropped by replacement (not by a
 * deliberate `add_header_inherit off`), except those whose header or parameter `ctx` sets again.
 */
export declare function lostAt(list: EffectiveList, ctx: ContextNode): ListEntry[];
/**
 * Where an effective value comes from, as message data: the line as written (its name only with `nameOnly`) with where
 * it is (`where(d)`, e.g. `nginx.conf:12`) and its level ("this" when it is the level asked about), or the default and
 * the levels inspected; `more` counts further lines of the same list.
 */
export declare function originOf(v: EffectiveValue, where: (d: Directive) => string, options?: {
    more?: number;
    nameOnly?: boolean;
}): OriginData;
/** A level as nginx writes it: `location /sse`, `if ($arg_x)`, `server`, `http`. */
export declare function levelName(ctx: ContextNode): string;
