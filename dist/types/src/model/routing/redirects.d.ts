import { type ContextNode } from '../context.js';
import { route } from './route.js';
import type { Chain, ChainSet, RouteRequest, RouteResult } from './types.js';
/** nginx's NGX_HTTP_MAX_URI_CHANGES: the 11th internal redirect or URI change answers 500 (measured on 1.22.1). */
export declare const MAX_INTERNAL_REDIRECTS = 10;
/**
 * Every chain nginx can take for a request: the server's rewrite script, the location search, then each internal
 * redirect, until a content handler runs or nginx answers. Empty when the request gets no server or a 400.
 */
export declare function requestChains(result: RouteResult): ChainSet;
/** Routes a request and follows its internal redirects. */
export declare function routeChains(contexts: Parameters<typeof route>[0], req: RouteRequest): {
    route: RouteResult;
    chains: ChainSet;
};
/**
 * Every chain a request takes once the location search has picked `location` (a location of a server, nested
 * ones included): its rewrite script, try_files, error_page and what they lead to. The URI is not known (except
 * for an exact `=` location), so regexes on it are taken both ways.
 */
export declare function locationChains(location: ContextNode): ChainSet;
/**
 * Whether locationChains(location) is the one ordinary chain that ends in the location's own content handler: the
 * location has no rewrite-module statement and no try_files, and no error_page is in effect there. Most locations of
 * a large config are such (a proxy_pass and its settings): this tells so without following the request.
 */
export declare function servedInPlace(location: ContextNode): boolean;
/**
 * Every chain a request takes from its server's rewrite script on, for a URI given as a byte subject (null: not known
 * here). `internal` for nginx's own requests (the subrequests of auth_request, mirror, add_before_body), which reach
 * `internal;` locations; false for a client's request, whose URI the server's rewrites may change first.
 */
export declare function serverChains(server: ContextNode, uri: string | null, internal: boolean): ChainSet;
/** The location (or null: the server) that a chain ends in when a content handler runs there. */
export declare function servingLocation(chain: Chain): ContextNode | null;
