// Facts several stream rules need that the model does not answer directly: where a directive is written,
// MIME-type lists, sizes, handler sites inside a location, listening sockets, TLS and HTTP/2 per server.
import type { Directive } from '../parser/ast.js';
import type { ContextNode } from '../model/context.js';
import type { EffectiveList, EffectiveValue, ListEntry } from '../model/effective.js';
import type { ConfigModel } from '../model/model.js';
import { serverListens, type Listen } from '../model/routing.js';
import type { Handler } from '../model/upstreams.js';

/**
 * True when `d` stands directly in the block of `ctx` (not in an included file, not in a nested block).
 * Only such a directive can be edited without changing every other place that includes the same file.
 */
export function writtenDirectlyIn(d: Directive, ctx: ContextNode): boolean {
  if (ctx.directive) return d.parent === ctx.directive;
  return d.parent === null && d.file.path === ctx.entry;
}

/** The effective value comes from a directive written directly in `ctx` (see writtenDirectlyIn). */
export function setDirectlyIn(v: EffectiveValue, ctx: ContextNode): Directive | null {
  if (v.origin.kind !== 'directive' || v.origin.context !== ctx) return null;
  return writtenDirectlyIn(v.origin.directive, ctx) ? v.origin.directive : null;
}

/** A MIME-type list entry that lets text/event-stream through. */
export interface TypeMatch {
  entry: ListEntry;
  /** `text/event-stream` or `*`, as written. */
  type: string;
}

/**
 * The entry of a `*_types` list (`gzip_types`, `ssi_types`, `sub_filter_types`, `addition_types`) that
 * matches text/event-stream: the type itself or `*`. nginx lower-cases the configured types
 * (ngx_http_types_slot), so the comparison ignores case. The defaults (text/html) never match.
 */
export function eventStreamType(list: EffectiveList): TypeMatch | null {
  for (const entry of list.entries) {
    for (const a of entry.directive.args) {
      const t = a.value.toLowerCase();
      if (t === 'text/event-stream' || t === '*') return { entry, type: a.value };
    }
  }
  return null;
}

/** nginx sizes (`100`, `8k`, `1m`, `1g`) in bytes; null for variables and malformed values. */
export function parseSize(v: string): number | null {
  const m = /^(\d+)([kKmMgG]?)$/.exec(v);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  return unit === 'k' ? n * 1024 : unit === 'm' ? n * 1024 * 1024 : unit === 'g' ? n * 1024 * 1024 * 1024 : n;
}

/** `if` blocks that belong to a location (at any depth, nested locations excluded), in source order. */
export function ifsOf(loc: ContextNode): ContextNode[] {
  const out: ContextNode[] = [];
  const walk = (c: ContextNode): void => {
    for (const child of c.children) {
      if (child.kind === 'if' || child.kind === 'limit_except') {
        if (child.kind === 'if') out.push(child);
        walk(child);
      }
    }
  };
  walk(loc);
  return out;
}

/** A place inside a location where a content handler is installed. */
export interface HandlerSite {
  /** The location itself, or an `if` inside it with its own `*_pass`. */
  ctx: ContextNode;
  handler: Handler;
}

/**
 * Content handlers of a stream location: the location's own, plus each `if` that installs a handler of
 * another module (an `if` with the location's module, or with none, proxies with the location's settings
 * anyway: `*_read_timeout`, `*_cache`, `*_buffering` are not allowed in `if` and always come from the
 * location, sse-semantics.md §2.2).
 */
export function handlerSites(model: ConfigModel, loc: ContextNode): HandlerSite[] {
  const own = model.handler(loc);
  const out: HandlerSite[] = [{ ctx: loc, handler: own }];
  const seen = new Set<string>([own.module]);
  for (const c of ifsOf(loc)) {
    const h = model.handler(c);
    if (h.context !== c || seen.has(h.module)) continue;
    seen.add(h.module);
    out.push({ ctx: c, handler: h });
  }
  return out;
}

/** The `server` block a context belongs to (the context itself for a server), or null. */
export function serverOf(ctx: ContextNode): ContextNode | null {
  for (let c: ContextNode | null = ctx; c; c = c.parent) if (c.kind === 'server') return c;
  return null;
}

/** An http `server` (not a stream or mail one); a lone site file guessed as a server body counts. */
export function isHttpServer(ctx: ContextNode): boolean {
  if (ctx.kind !== 'server') return false;
  return ctx.parent === null || ctx.parent.kind === 'http';
}

/** `location /events`: how a location is named in messages. */
export function locationLabel(loc: ContextNode): string {
  return loc.directive ? `location ${loc.directive.args.map((a) => a.value).join(' ')}` : 'this location';
}

// ---------------------------------------------------------------------------------------------------------------
// Listening sockets (ngx_http_add_listen / ngx_http_optimize_servers; the `listen` docs, "bind").

const BIND_IMPLYING = /^(bind|backlog=|rcvbuf=|sndbuf=|accept_filter=|deferred$|ipv6only=|reuseport$|so_keepalive=|fastopen=|setfib=)/;

interface SocketListen {
  /** `tcp`/`udp` plus the address family: IPv4 and IPv6 wildcards are separate sockets. */
  group: string;
  addr: string;
  wildcard: boolean;
  bind: boolean;
}

function socketListen(l: Listen, datagram: boolean): SocketListen | string {
  if (l.kind === 'unix') return `unix:${l.path}`;
  const v6 = l.addr.includes(':');
  const wildcard = l.addr === '*' || l.addr === '0.0.0.0' || l.addr === '::';
  const bind = l.directive ? l.directive.args.slice(1).some((a) => BIND_IMPLYING.test(a.value)) : false;
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
      const datagram = l.directive ? l.directive.args.slice(1).some((a) => a.value === 'quic' || a.value === 'udp') : false;
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

// ---------------------------------------------------------------------------------------------------------------
// TLS and HTTP/2 per server.

/** The key nginx keeps listen options under: address and port (options such as ssl and http2 are OR-ed per key). */
function addressKey(l: Listen): string {
  if (l.kind === 'unix') return `unix:${l.path}`;
  return `${l.addr === '0.0.0.0' ? '*' : l.addr}:${l.port}`;
}

function hasParam(l: Listen, name: string): boolean {
  return l.directive !== null && l.directive.args.slice(1).some((a) => a.value === name);
}

function httpServers(model: ConfigModel): ContextNode[] {
  return model.contexts.all.filter(isHttpServer);
}

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
/** Per address:port, the first TLS and the first http2 `listen` of any server, in config order (built once per model). */
interface ListenOptionsIndex {
  tls: Map<string, Directive | null>;
  h2: Map<string, Directive | null>;
}
const listenIndexCache = new WeakMap<ConfigModel, ListenOptionsIndex>();

function listenOptionsIndex(model: ConfigModel): ListenOptionsIndex {
  let idx = listenIndexCache.get(model);
  if (idx) return idx;
  idx = { tls: new Map(), h2: new Map() };
  for (const s of httpServers(model)) {
    for (const l of serverListens(s)) {
      if (hasParam(l, 'quic')) continue;
      const key = addressKey(l);
      if (hasParam(l, 'ssl') && !idx.tls.has(key)) idx.tls.set(key, l.directive);
      if (hasParam(l, 'http2') && !idx.h2.has(key)) idx.h2.set(key, l.directive);
    }
  }
  listenIndexCache.set(model, idx);
  return idx;
}

export function serverProtocols(model: ConfigModel, server: ContextNode): ServerProtocols {
  const own = serverListens(server).filter((l) => !hasParam(l, 'quic'));
  const idx = listenOptionsIndex(model);
  let tlsVia: Directive | null = null;
  let h2Listen: Directive | null = null;
  const tlsKeys = new Set<string>();
  // `ssl` and `http2` on a listen are options of the address: any server's listen on it decides. This
  // server's own listens come first, so that messages point at them when they decide.
  for (const l of own) {
    if (hasParam(l, 'ssl')) tlsVia ??= l.directive;
    if (hasParam(l, 'http2')) h2Listen ??= l.directive;
  }
  for (const l of own) {
    const key = addressKey(l);
    if (idx.tls.has(key)) {
      tlsKeys.add(key);
      tlsVia ??= idx.tls.get(key) ?? null;
    }
    if (idx.h2.has(key)) h2Listen ??= idx.h2.get(key) ?? null;
  }
  // `ssl on;` (removed in 1.25.1) makes every listen of the server TLS.
  const sslFlag = model.effective(server, 'ssl');
  const sslOn = sslFlag.value === 'on' && sslFlag.origin.kind === 'directive' ? sslFlag.origin.directive : null;
  const tlsListens = own
    .filter((l) => !hasParam(l, 'quic') && l.directive !== null && (sslOn !== null || tlsKeys.has(addressKey(l))))
    .map((l) => l.directive!);
  const http2Setting = model.effective(server, 'http2');
  const h2On = http2Setting.value === 'on' && http2Setting.origin.kind === 'directive' ? http2Setting.origin.directive : null;
  return {
    tls: tlsVia !== null || sslOn !== null,
    tlsVia: tlsVia ?? sslOn,
    http2: h2On !== null || h2Listen !== null,
    http2Via: h2On ?? h2Listen,
    http2Setting,
    tlsListens,
  };
}
