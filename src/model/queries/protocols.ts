// TLS and HTTP/2 per http server: what a server offers browsers, and the directives that decide it.
import type { Directive } from '../../parser/ast.js';
import type { ContextNode } from '../context.js';
import type { EffectiveValue } from '../effective.js';
import type { ConfigModel } from '../model.js';
import { serverListens, type Listen } from '../routing.js';
import { httpServers } from './servers.js';

/** The key nginx keeps listen options under: address and port (options such as ssl and http2 are OR-ed per key). */
function addressKey(l: Listen): string {
  if (l.kind === 'unix') return `unix:${l.path}`;
  return `${l.addr === '0.0.0.0' ? '*' : l.addr}:${l.port}`;
}

function hasParam(l: Listen, name: string): boolean {
  return l.directive !== null && paramsOf(l.directive).includes(name);
}

/** A listen line's parameters after the address (`ssl`, `http2`, `quic`), read once per line. */
function paramsOf(d: Directive): readonly string[] {
  let params = listenParams.get(d);
  if (!params) {
    params = d.argc <= 1 ? NO_PARAMS : d.argValues().slice(1);
    listenParams.set(d, params);
  }
  return params;
}

const listenParams = new WeakMap<Directive, readonly string[]>();
const NO_PARAMS: readonly string[] = Object.freeze([]);

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
  for (const s of httpServers(model.contexts)) {
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

/**
 * TLS and HTTP/2 for one http server. `ssl` and `http2` on a `listen` are options of the address:port, OR-ed
 * over every server that listens there (ngx_http_add_addresses), so a server without them in its own
 * listen still speaks TLS / HTTP/2 when another server on the same address sets them. `http2 on` (1.25.1+)
 * is per server and inherited from http.
 */
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
