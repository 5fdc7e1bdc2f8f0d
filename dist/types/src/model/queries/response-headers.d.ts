import type { Directive } from '../../parser/ast.js';
import { type ContextNode } from '../context.js';
import { type ListEntry } from '../effective.js';
import type { ConfigModel } from '../model.js';
/** One header named by a headers-more line; `value` is null for `more_clear_headers` and for `'X-A:'` (which clears). */
export interface MoreHeader {
    name: string;
    value: string | null;
}
/**
 * The headers a `more_set_headers` / `more_clear_headers` line names (`'X-A: 1' 'X-B: 2'`); the status
 * (`-s`) and content-type (`-t`) filters and their arguments are skipped.
 */
export declare function moreHeaders(d: Directive): MoreHeader[];
/** A response header in effect and the line that sets it. */
export interface SentHeader {
    value: string;
    directive: Directive;
}
/**
 * Response headers in effect in a block, by lower-cased name (a name may be sent more than once): the
 * add_header list nginx merges into the block, plus what the headers-more commands leave (outer levels first,
 * each level in order). The headers-more filter runs before add_header's, so more_clear_headers removes only
 * earlier more_set_headers values, never add_header ones (checked with nginx 1.22.1 + headers-more).
 * Per-status and per-type filters (`always`, `-s`, `-t`) are not applied: a header sent on any response counts.
 */
export declare function responseHeaders(model: ConfigModel, ctx: ContextNode): Map<string, SentHeader[]>;
/**
 * The values of one response header in effect in a block (`responseHeaders(model, ctx).get(name)`, or empty), found
 * without building the map of every header: headers-more's value first, then the add_header lines that send it.
 */
export declare function responseHeader(model: ConfigModel, ctx: ContextNode, name: string): SentHeader[];
/**
 * The inherited add_header lines a level drops by having add_header lines of its own (add_header_inherit off
 * is deliberate and not counted), leaving out those that lose nothing: an empty value sends nothing, a header
 * the level sets again is still sent, and a header headers-more sends here is sent anyway (more_set_headers
 * accumulates across levels, so no add_header replaces it).
 */
export declare function droppedAddHeaders(model: ConfigModel, level: ContextNode): ListEntry[];
