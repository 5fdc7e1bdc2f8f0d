import type { ContextTree } from './context.js';
import { type RouteResult } from './routing.js';
export interface RouteSpec {
    host: string | null;
    port: number | null;
    uri: string;
}
/** Parses `/v1/chat`, `chat.example.com/v1/chat`, `chat.example.com:8443/v1/chat` or `https://chat.example.com/v1/chat`. */
export declare function parseRouteSpec(spec: string): RouteSpec | null;
/**
 * Routes a spec. With a host, one request as nginx would see it (port: the given one, else the first port
 * a server with that name listens on, else 80). Without a host, the URI is routed inside every server, so
 * `--route /v1/chat/completions` marks that endpoint in each site of a directory.
 */
export declare function routeSpec(contexts: ContextTree, spec: RouteSpec): RouteResult[];
