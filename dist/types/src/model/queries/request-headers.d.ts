import type { ContextNode } from '../context.js';
import type { ListEntry } from '../effective.js';
import type { ConfigModel } from '../model.js';
/** Request headers nginx treats as hop-by-hop (its default header table blanks them) and that make no sense twice. */
export declare const HOP_HEADERS: readonly string[];
/** The effective proxy_set_header lines for one header name (case-insensitive), and the levels merged. */
export declare function proxyHeaderEntries(model: ConfigModel, ctx: ContextNode, header: string): {
    entries: ListEntry[];
    levels: ContextNode[];
};
