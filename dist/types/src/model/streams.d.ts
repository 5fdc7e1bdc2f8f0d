import type { Directive } from '../parser/ast.js';
import type { ContextNode } from './context.js';
import type { StreamWhy } from '../types.js';
import type { Chain } from './routing/types.js';
import type { Handler } from './upstreams.js';
export type StreamReasonKind = 'route' | 'comment' | 'pattern' | 'path' | 'content-type' | 'accel-header' | 'intent' | 'all-proxies' | 'preset' | 'snippet' | 'redirect';
export interface StreamReason {
    kind: StreamReasonKind;
    /** What gave it away, as message data (rendered per locale). */
    why: StreamWhy;
    /** The directive or comment that gave it away, when there is one. */
    directive?: Directive;
    /** True for explicit marks (route, comment, pattern); heuristics are false. */
    explicit: boolean;
    /**
     * For a location that serves another location's stream requests (`redirect`, or a `--route` URI that reaches
     * it through internal redirects): the way the requests take, from the location the search picked.
     */
    chain?: Chain;
    /** For `redirect`: the stream location the requests were sent to first. */
    from?: ContextNode;
}
/** Handlers that can relay an event stream from somewhere else (static files and `return` cannot). */
export declare function canStream(h: Handler): boolean;
/** The path a location matches, as written (`/v1/chat/completions`, `^/api/(.*)/stream$`, `@sse`). */
export declare function locationPath(ctx: ContextNode): string | null;
/** Heuristic reasons for one location (no explicit marks). Empty when nothing suggests a stream. */
export declare function heuristicReasons(ctx: ContextNode, handler: Handler): StreamReason[];
/** `# sse-lint: stream` written directly inside the location block (or on the location's line). */
export declare function hasStreamComment(ctx: ContextNode): Directive | null;
/** A URI pattern from the config (`/api/*\/stream`, `/v1/chat/completions`): `*` is any run of characters except `/`, `**` any run. */
export declare function patternRegExp(pattern: string): {
    test(path: string): boolean;
};
