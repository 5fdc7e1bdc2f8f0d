import type { ContextNode } from '../context.js';
import type { ConfigModel } from '../model.js';
/**
 * How many listening sockets nginx opens for these servers. A wildcard `*:port` takes every other address
 * on that port unless the address has `bind` (or a parameter that implies it); each worker polls every
 * socket, so each one costs a worker connection. `quic` and `udp` listens are separate datagram sockets.
 */
export declare function countListeningSockets(servers: ContextNode[]): {
    count: number;
    listens: number;
};
/** Servers that listen on sockets: http, stream and mail `server` blocks, and a lone file guessed as a server body. */
export declare function listeningServers(model: ConfigModel): ContextNode[];
/** The listening sockets of every server of the config (see countListeningSockets). */
export declare function listeningSockets(model: ConfigModel): {
    count: number;
    listens: number;
};
