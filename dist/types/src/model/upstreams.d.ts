import type { Directive } from '../parser/ast.js';
import type { ContextNode } from './context.js';
export type HandlerModule = 'proxy' | 'fastcgi' | 'uwsgi' | 'scgi' | 'grpc' | 'memcached' | 'lua' | 'return' | 'static';
/** The `*_pass` directive of each upstream module (the one table of them). */
export declare const PASS_DIRECTIVES: ReadonlyMap<string, HandlerModule>;
/** Directive-name prefix of each upstream module's settings (`proxy_buffering`, `fastcgi_buffering`, ...). */
export declare const MODULE_PREFIX: Partial<Record<HandlerModule, string>>;
export interface UpstreamServer {
    address: string;
    directive: Directive;
}
export interface UpstreamBlock {
    name: string;
    context: ContextNode;
    servers: UpstreamServer[];
    /** The `keepalive N` directive, when written. */
    keepalive: Directive | null;
}
export interface Handler {
    module: HandlerModule;
    /** The directive that installs the handler (`proxy_pass ...`, `content_by_lua_block`, `return`), if any. */
    directive: Directive | null;
    /** The level it was written at (an `if` inherits its location's `proxy_pass`). */
    context: ContextNode | null;
    /** For upstream modules: the target as written and the `upstream {}` block it names, when there is one. */
    target?: string;
    upstream?: UpstreamBlock | null;
}
/**
 * The content handler of a location (or `if`/`limit_except` inside it). An `if` without its own handler
 * inherits the location's `proxy_pass` (noname location merge in ngx_http_proxy_merge_loc_conf).
 */
export declare function handlerOf(ctx: ContextNode, upstreams: Map<string, UpstreamBlock>): Handler;
/** The upstream block named by a `*_pass` target (`http://backend/path`, `backend`, `grpcs://backend`). */
export declare function resolveUpstream(target: string, upstreams: Map<string, UpstreamBlock>): UpstreamBlock | null;
/** Every `upstream {}` block under an http context, by name. */
export declare function collectUpstreams(all: ContextNode[]): Map<string, UpstreamBlock>;
