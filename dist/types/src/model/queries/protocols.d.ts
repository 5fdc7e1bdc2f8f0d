import type { Directive } from '../../parser/ast.js';
import type { ContextNode } from '../context.js';
import type { EffectiveValue } from '../effective.js';
import type { ConfigModel } from '../model.js';
/** What a server offers browsers: TLS, HTTP/2, and the directives that decide it. */
export interface ServerProtocols {
    tls: boolean;
    /** The listen or `ssl on` directive that makes the server TLS. */
    tlsVia: Directive | null;
    http2: boolean;
    /** `http2 on` (1.25.1+) or a `listen ... http2` (this server's or another's on the same address). */
    http2Via: Directive | null;
    /** The effective `http2` directive value at this server. */
    http2Setting: EffectiveValue;
    /** This server's TCP listens that carry TLS (candidates for `listen ... http2`). */
    tlsListens: Directive[];
}
/**
 * TLS and HTTP/2 for one http server. `ssl` and `http2` on a `listen` are options of the address:port, OR-ed
 * over every server that listens there (ngx_http_add_addresses), so a server without them in its own
 * listen still speaks TLS / HTTP/2 when another server on the same address sets them. `http2 on` (1.25.1+)
 * is per server and inherited from http.
 */
export declare function serverProtocols(model: ConfigModel, server: ContextNode): ServerProtocols;
