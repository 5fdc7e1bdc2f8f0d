import type { ContextNode, ContextTree } from './context.js';
import type { EffectiveList } from './effective.js';
import type { Handler } from './upstreams.js';
/** What resolving a proxy target needs from the model (passed in, so the model can use it while it is being built). */
export interface BackendModel {
    contexts: ContextTree;
    handler(ctx: ContextNode): Handler;
    locationOf(ctx: ContextNode): ContextNode | null;
    effectiveList(ctx: ContextNode, name: string): EffectiveList;
}
/** A location of this config that a proxy_pass reaches. */
export interface ProxiedLocation {
    /** The upstream address as written (`127.0.0.1:8081`). */
    address: string;
    server: ContextNode;
    location: ContextNode;
}
/**
 * The locations of this same config that a proxying context's requests reach: the proxy_pass address (or every
 * `server` of its upstream block) matched against the `listen`s here, the Host header nginx sends, and the
 * forwarded URI routed as nginx would. Only loopback addresses, or addresses a `listen` names exactly, count as
 * "this config". Empty when the target cannot be resolved (variables, unix sockets, regex locations).
 */
export declare function proxiedLocationsOf(model: BackendModel, ctx: ContextNode): ProxiedLocation[];
