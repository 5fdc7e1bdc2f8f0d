// Listening sockets nginx opens for a config (ngx_http_add_listen / ngx_http_optimize_servers; the `listen` docs, "bind").
import type { ContextNode, Directive } from '../context.js';
import type { ConfigModel } from '../model.js';
import { serverListens, type Listen } from '../routing.js';

const BIND_IMPLYING = /^(bind|backlog=|rcvbuf=|sndbuf=|accept_filter=|deferred$|ipv6only=|reuseport$|so_keepalive=|fastopen=|setfib=)/;

interface SocketListen {
  /** `tcp`/`udp` plus the address family: IPv4 and IPv6 wildcards are separate sockets. */
  group: string;
  addr: string;
  wildcard: boolean;
  bind: boolean;
}

/** Some parameter of a `listen` line (its arguments after the address) passes the test. */
function someParam(d: Directive, test: (a: string) => boolean): boolean {
  for (let k = 1; k < d.argc; k++) if (test(d.arg(k)!)) return true;
  return false;
}

function socketListen(l: Listen, datagram: boolean): SocketListen | string {
  if (l.kind === 'unix') return `unix:${l.path}`;
  const v6 = l.addr.includes(':');
  const wildcard = l.addr === '*' || l.addr === '0.0.0.0' || l.addr === '::';
  const bind = l.directive ? someParam(l.directive, (a) => BIND_IMPLYING.test(a)) : false;
  return { group: `${datagram ? 'udp' : 'tcp'}/${v6 ? 6 : 4}/${l.port}`, addr: l.addr, wildcard, bind };
}

/**
 * How many listening sockets nginx opens for these servers. A wildcard `*:port` takes every other address
 * on that port unless the address has `bind` (or a parameter that implies it); each worker polls every
 * socket, so each one costs a worker connection. `quic` and `udp` listens are separate datagram sockets.
 */
export function countListeningSockets(servers: ContextNode[]): { count: number; listens: number } {
  const unix = new Set<string>();
  const groups = new Map<string, SocketListen[]>();
  let listens = 0;
  for (const s of servers) {
    for (const l of serverListens(s)) {
      listens++;
      const datagram = l.directive ? someParam(l.directive, (a) => a === 'quic' || a === 'udp') : false;
      const sl = socketListen(l, datagram);
      if (typeof sl === 'string') {
        unix.add(sl);
        continue;
      }
      const list = groups.get(sl.group);
      if (list) list.push(sl);
      else groups.set(sl.group, [sl]);
    }
  }
  let count = unix.size;
  for (const list of groups.values()) {
    const hasWildcard = list.some((l) => l.wildcard);
    const separate = new Set(list.filter((l) => !l.wildcard && (!hasWildcard || l.bind)).map((l) => l.addr));
    count += separate.size + (hasWildcard ? 1 : 0);
  }
  return { count, listens };
}

/** Servers that listen on sockets: http, stream and mail `server` blocks, and a lone file guessed as a server body. */
export function listeningServers(model: ConfigModel): ContextNode[] {
  return model.contexts.all.filter((c) => c.kind === 'server' && (c.parent === null || c.parent.kind === 'http' || c.parent.kind === 'stream' || c.parent.kind === 'mail'));
}

/** The listening sockets of every server of the config (see countListeningSockets). */
export function listeningSockets(model: ConfigModel): { count: number; listens: number } {
  return countListeningSockets(listeningServers(model));
}
