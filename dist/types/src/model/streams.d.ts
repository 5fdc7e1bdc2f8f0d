import type { Directive } from '../parser/ast.js';
import { type ContextNode } from './context.js';
import type { NotStreamWhy, Severity, StreamConfidence, StreamWhy } from '../types.js';
import type { Chain } from './routing/types.js';
import type { Handler } from './upstreams.js';
export type StreamReasonKind = 'route' | 'comment' | 'pattern' | 'path' | 'content-type' | 'accel-header' | 'intent' | 'producer' | 'upstream' | 'backend' | 'all-proxies' | 'preset' | 'snippet' | 'redirect';
export interface StreamReason {
    kind: StreamReasonKind;
    /** What gave it away, as message data (rendered per locale). */
    why: StreamWhy;
    /** The directive or comment that gave it away, when there is one. */
    directive?: Directive;
    /** True for explicit marks (route, comment, pattern, --all-proxies); heuristics are false. */
    explicit: boolean;
    /**
     * For a location that serves another location's stream requests (`redirect`, or a `--route` URI that reaches
     * it through internal redirects): the way the requests take, from the location the search picked.
     */
    chain?: Chain;
    /** For `redirect`: the stream location the requests were sent to first. */
    from?: ContextNode;
    confidence: StreamConfidence;
}
/** What sse-lint knows about one location: its reasons to stream, how sure that is, and what findings may say. */
export interface StreamEvidence {
    /** Reasons in effect; empty when the location is not treated as a stream. */
    reasons: StreamReason[];
    /** The strongest confidence of the reasons, or null for no stream. */
    confidence: StreamConfidence | null;
    /** Why a location that had reasons (or is denied) is not a stream. */
    notStream: NotStreamWhy | null;
    /**
     * The highest severity a finding about this stream may have: a guess is at most a warning, and only info while the
     * user declared other streams (they said where their streams are).
     */
    maxSeverity: Severity;
}
/** The strongest confidence among reasons, or null when there are none. */
export declare function strongest(reasons: readonly StreamReason[]): StreamConfidence | null;
/** Handlers that can relay an event stream from somewhere else (static files and `return` cannot). */
export declare function canStream(h: Handler): boolean;
/** The path a location matches, as written (`/v1/chat/completions`, `^/api/(.*)/stream$`, `@sse`). */
export declare function locationPath(ctx: ContextNode): string | null;
/** Heuristic reasons for one location (no explicit marks): what the config shows, then guesses. Empty when nothing suggests a stream. */
export declare function heuristicReasons(ctx: ContextNode, handler: Handler): StreamReason[];
/**
 * Heuristic reasons for a location whose handler cannot stream, and whether a handler that can (a `proxy_pass` the
 * location's requests reach through try_files or a rewrite) would give it more: its path, an X-Accel-Buffering header,
 * `lua_http10_buffering` or `chunked_transfer_encoding off` count only for a handler that streams.
 */
export declare function heuristicsWithoutStreaming(ctx: ContextNode, handler: Handler): {
    reasons: StreamReason[];
    streamingAdds: boolean;
};
/** `# sse-lint: stream` in the location. */
export declare function hasStreamComment(ctx: ContextNode): Directive | null;
/** `# sse-lint: not-stream` in the location. */
export declare function hasNotStreamComment(ctx: ContextNode): Directive | null;
/** A URI pattern from the config (`/api/*\/stream`, `/v1/chat/completions`): `*` is any run of characters except `/`, `**` any run. */
export declare function patternRegExp(pattern: string): {
    test(path: string): boolean;
};
/**
 * The statement that always answers in a block's rewrite phase, if there is one: a `return`, or a `rewrite` of every
 * URI with `redirect` or `permanent`, reached in order before anything that could stop the rewrite module (`break`, a
 * `rewrite ... last|break`, or an `if` that holds one of those). Rewrite-module statements are not inherited, so only
 * the block's own lines count.
 */
export declare function alwaysAnswers(ctx: ContextNode): Directive | null;
/** A path that names a WebSocket endpoint (`/ws`, `/websocket`, `/socket.io/`, `/cable`). */
export declare function websocketPath(path: string): boolean;
/**
 * A content type the location declares that is not text/event-stream: `default_type`, a `types {}` block (HLS
 * playlists and segments), or an `add_header Content-Type`. Null when it declares none (or declares event streams).
 */
export declare function otherContentType(ctx: ContextNode): NotStreamWhy | null;
