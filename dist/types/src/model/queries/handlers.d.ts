import type { ContextNode } from '../context.js';
import type { ConfigModel } from '../model.js';
import { type Handler, type HandlerModule } from '../upstreams.js';
/** The module-specific name of a proxy-family directive (`buffering` -> `fastcgi_buffering` for FastCGI). */
export declare function moduleDirective(module: HandlerModule, suffix: string): string | null;
/** Modules that relay an upstream's response (`*_pass`): proxy, FastCGI, uwsgi, SCGI, gRPC, memcached. */
export declare function isUpstreamModule(module: HandlerModule): boolean;
/** Every module's name of a proxy-family directive (`read_timeout` -> proxy_read_timeout, fastcgi_read_timeout, ...). */
export declare function moduleDirectives(suffix: string, modules: readonly HandlerModule[]): string[];
/** Modules that buffer upstream responses, under `*_buffering` (gRPC and memcached responses are never buffered). */
export declare const BUFFERING_MODULES: readonly HandlerModule[];
/** Modules that relay event streams and time them out with `*_read_timeout`, the idle timer between two upstream reads (memcached serves no streams). */
export declare const READ_TIMEOUT_MODULES: readonly HandlerModule[];
/** The `*_buffering` directive of a module, or null when the module has none (gRPC, memcached, Lua, static, return). */
export declare function bufferingDirective(module: HandlerModule): string | null;
/** A place inside a location where a content handler is installed. */
export interface HandlerSite {
    /** The location itself, or an `if` inside it with its own `*_pass`. */
    ctx: ContextNode;
    handler: Handler;
}
/**
 * Content handlers of a stream location: the location's own, plus each `if` that installs a handler of
 * another module (an `if` with the location's module, or with none, proxies with the location's settings
 * anyway: `*_read_timeout`, `*_cache`, `*_buffering` are not allowed in `if` and always come from the
 * location, sse-semantics.md §2.2).
 */
export declare function handlerSites(model: ConfigModel, loc: ContextNode): HandlerSite[];
/**
 * Whether an `if` inside a location installs a content handler of its own that its location does not have (a
 * `proxy_pass` written only inside the `if`). A rule about "per served request" settings checks such an `if`
 * on its own; otherwise the location's finding already covers it.
 */
export declare function ifHasOwnHandler(model: ConfigModel, ifCtx: ContextNode): boolean;
