import type { ContextNode, ContextTree } from '../context.js';
import { type Pcre } from './pcre.js';
import type { ListenAddress, PcreProblem, RegexFailure, RouteRequest, ServerMatch, Unevaluated } from './types.js';
type NameKind = 'exact' | 'leading-wildcard' | 'trailing-wildcard' | 'regex';
interface ServerName {
    /** As written. */
    text: string;
    kind: NameKind | 'invalid';
    /** exact: the name; leading: the suffix incl. its dot (`.example.com`); trailing: the prefix incl. its dot. */
    key: string;
    /** `.example.com` also matches `example.com` itself. */
    matchesBare: boolean;
    regex: Pcre | null;
    /** Why a regex name is not evaluated here. */
    error: PcreProblem | null;
}
/** A server with its parsed names. */
export interface ServerEntry {
    node: ContextNode;
    names: ServerName[];
}
/** The servers that listen on one address:port, in config order. */
export interface ListenGroup extends ListenAddress {
    servers: ServerEntry[];
    defaultServer: ServerEntry | null;
}
/** Every listen group of a config. */
export interface ServerIndex {
    groups: ListenGroup[];
}
/** The listen groups of a config, built once per context tree. */
export declare function serverIndex(contexts: ContextTree): ServerIndex;
/** The listen group that serves a connection to the request's address and port; null when nothing listens. */
export declare function findListenGroup(index: ServerIndex, req: RouteRequest): ListenGroup | null;
/**
 * The server whose server_name matches the host, in nginx's priority order; null when none does. Regex names that
 * cannot be evaluated here are added to `unsupported`. A regex PCRE2 gives up on ends the search as in
 * ngx_http_find_virtual_server, with `failure` (nginx then closes the connection).
 */
export declare function findByName(group: ListenGroup, host: string, unsupported: Unevaluated[]): {
    server: ServerEntry;
    how: ServerMatch;
    name: string;
} | {
    failure: RegexFailure;
} | null;
export {};
