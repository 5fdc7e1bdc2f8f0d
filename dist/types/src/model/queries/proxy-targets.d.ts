import type { ContextNode } from '../context.js';
import type { ConfigModel } from '../model.js';
import { type ProxiedLocation } from '../backends.js';
export type { ProxiedLocation } from '../backends.js';
/**
 * The locations of this same config that a proxying context's requests reach: the proxy_pass address (or every
 * `server` of its upstream block) matched against the `listen`s here, the Host header nginx sends, and the
 * forwarded URI routed as nginx would. Only loopback addresses, or addresses a `listen` names exactly, count as
 * "this config". Empty when the target cannot be resolved (variables, unix sockets, regex locations).
 */
export declare function proxiedLocations(model: ConfigModel, ctx: ContextNode): ProxiedLocation[];
