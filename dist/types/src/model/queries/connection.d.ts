import type { Directive } from '../../parser/ast.js';
import type { DefaultBasis } from '../../types.js';
import type { ContextNode } from '../context.js';
import type { ListEntry } from '../effective.js';
import type { ConfigModel } from '../model.js';
import { type MapBlock } from './maps.js';
/** The map idiom that sends `Connection: upgrade` only to WebSocket requests and nothing otherwise. */
export declare const UPGRADE_MAP_IDIOM = "map $http_upgrade $connection_upgrade { default upgrade; '' ''; }";
/** What one effective `proxy_set_header Connection ...` line (or its absence) sends upstream for a stream request. */
export type ConnectionSent = 
/** No Connection line is in effect: nginx's own default (`close` before 1.29.7, nothing since). */
{
    kind: 'default';
    value: string;
    basis: DefaultBasis;
}
/** A literal value. */
 | {
    kind: 'literal';
    value: string;
    entry: ListEntry;
}
/** A variable from a `map $http_upgrade` block, evaluated for a request without `Upgrade`. */
 | {
    kind: 'map';
    variable: string;
    value: string;
    map: MapBlock;
    line: Directive | null;
    entry: ListEntry;
}
/** `$http_connection`: whatever the client sent. */
 | {
    kind: 'client';
    variable: string;
    entry: ListEntry;
}
/** Any other variable: unknown here. */
 | {
    kind: 'unknown';
    entry: ListEntry;
};
/** Whether the target nginx still sends `Connection: close` by default (before 1.29.7, or version unknown). */
export declare function sendsCloseByDefault(model: ConfigModel): boolean;
/** What the Connection header to the upstream is for a request without `Upgrade` (an SSE request). */
export declare function connectionSent(model: ConfigModel, ctx: ContextNode): ConnectionSent[];
/** True when a Connection value lists the token (`keep-alive, Upgrade` has `upgrade`). */
export declare function hasToken(value: string, token: string): boolean;
