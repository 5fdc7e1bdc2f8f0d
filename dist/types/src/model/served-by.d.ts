import type { Directive } from '../parser/ast.js';
import type { ContextNode } from './context.js';
import { type Chain, type ChainSet } from './routing.js';
import { type StreamReason } from './streams.js';
import type { Handler } from './upstreams.js';
export interface ServedByInput {
    locations: readonly ContextNode[];
    /** A location's own stream reasons (marks and heuristics), before any redirect is followed. */
    ownReasons: (loc: ContextNode) => StreamReason[];
    handler: (ctx: ContextNode) => Handler;
    chains: (loc: ContextNode) => ChainSet;
    /** `sites-enabled/gw.conf:24`. */
    where: (d: Directive) => string;
}
export interface ServedBy {
    /** Reasons a location is a stream because stream requests are redirected to it. */
    reached: Map<ContextNode, StreamReason[]>;
    /** Stream locations that never serve their requests themselves: every ordinary chain ends in another location. */
    leaves: Set<ContextNode>;
}
/**
 * Whether a chain carries the stream request to its end. An error_page taken for a status the content handler
 * of a proxying block answered (a 502 from the backend) is a failure path: the stream was served, or failed,
 * there. One taken for a static file's 404, a `return 418` or `try_files =404` is how the request reaches its
 * content handler.
 */
export declare function carriesStream(chain: Chain, handler: (ctx: ContextNode) => Handler): boolean;
/**
 * Whether a chain that starts in `loc` could serve an event stream there: it ends in `loc` (a return, a status,
 * its own content handler), except for a static file try_files found on disk, which is no event stream.
 */
export declare function servesHere(chain: Chain, loc: ContextNode, handler: (ctx: ContextNode) => Handler): boolean;
/** Stream reasons handed on through internal redirects, from every location that is a stream of its own. */
export declare function servedBy(input: ServedByInput): ServedBy;
/**
 * The content handler that serves a location's ordinary requests in another location, when it can stream
 * (`location /v1/chat/completions { try_files /nonexistent @app; }` streams through `@app`'s proxy_pass).
 */
export declare function reachedHandler(input: {
    loc: ContextNode;
    handler: (ctx: ContextNode) => Handler;
    chains: (loc: ContextNode) => ChainSet;
}): Handler | null;
/** `file:line` of a directive, relative to the config prefix like the engine's messages. */
export declare function whereIn(prefix: string): (d: Directive) => string;
