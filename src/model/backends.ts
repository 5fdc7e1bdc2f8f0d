// Locations of this same config that a proxy_pass reaches (a front tier proxying to a second server block here).
import type { ContextNode, ContextTree } from './context.js';
import type { EffectiveList } from './effective.js';
import { serverOf } from './queries/servers.js';
import { route, serverListens } from './routing.js';
import type { Handler } from './upstreams.js';

/** What resolving a proxy target needs from the model (passed in, so the model can use it while it is being built). */
export interface BackendModel {
  contexts: ContextTree;
  handler(ctx: ContextNode): Handler;
  locationOf(ctx: ContextNode): ContextNode | null;
  effectiveList(ctx: ContextNode, name: string): EffectiveList;
}

const portsCache = new WeakMap<ContextTree, Set<number>>();

/** Every TCP port an http server of the config listens on. */
function listenPorts(contexts: ContextTree): Set<number> {
  let ports = portsCache.get(contexts);
  if (!ports) {
    ports = new Set();
    for (const c of contexts.all) if (c.kind === 'server') for (const l of serverListens(c)) if (l.kind === 'inet') ports.add(l.port);
    portsCache.set(contexts, ports);
  }
  return ports;
}

/** A location of this config that a proxy_pass reaches. */
export interface ProxiedLocation {
  /** The upstream address as written (`127.0.0.1:8081`). */
  address: string;
  server: ContextNode;
  location: ContextNode;
}

function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** Splits `host:port`, `[::1]:port` or `host` (port from the scheme). Null for unix sockets and variables. */
function splitAddress(address: string, defaultPort: number): { host: string; port: number } | null {
  if (address.startsWith('unix:') || address.includes('$')) return null;
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(address);
  if (!m) return null;
  return { host: m[1]!, port: m[2] ? Number(m[2]) : defaultPort };
}

/** The request path a location stands for (its prefix or exact URI); null for regex and named locations. */
function representativeUri(loc: ContextNode): string | null {
  const args = loc.directive?.args.map((a) => a.value) ?? [];
  if (args.length === 2 && (args[0] === '=' || args[0] === '^~')) return args[1]!;
  if (args.length === 1) {
    const p = args[0]!;
    if (p.startsWith('=')) return p.slice(1) || null;
    if (p.startsWith('^~')) return p.slice(2) || null;
    if (p.startsWith('/')) return p;
  }
  return null;
}

/** The first plain (not wildcard, not regex) server_name of the server a context belongs to, or ''. */
function frontName(ctx: ContextNode): string {
  const server = serverOf(ctx);
  const d = server?.directives.find((x) => x.name === 'server_name');
  return d?.args.find((a) => !a.value.startsWith('~') && !a.value.includes('*'))?.value ?? '';
}

/** Where a proxy_pass target may lead back into this config: its addresses on ports some server here listens on. */
interface ProxyTargets {
  hostPort: string;
  uriPart: string | null;
  targets: { address: string; hp: { host: string; port: number } | null }[];
}

const targetCache = new WeakMap<ContextTree, Map<string, ProxyTargets | null>>();

/**
 * A proxy_pass target's addresses that a server of this config listens on, or null when none does (or the target
 * cannot be resolved). Depends on the target text only (its upstream block is the one of that name): worked out once
 * per target, not per location (every server of a generated config proxies to the same few).
 */
function targetsOf(contexts: ContextTree, h: Handler): ProxyTargets | null {
  const target = h.target!;
  let known = targetCache.get(contexts);
  if (!known) targetCache.set(contexts, (known = new Map()));
  const hit = known.get(target);
  if (hit !== undefined) return hit;
  const found = targetsNow(contexts, h);
  if (known.size >= 4096) known.clear();
  known.set(target, found);
  return found;
}

function targetsNow(contexts: ContextTree, h: Handler): ProxyTargets | null {
  const target = h.target!;
  const scheme = /^([a-z]+):\/\//i.exec(target);
  const rest = scheme ? target.slice(scheme[0].length) : target;
  if (rest.includes('$') || rest.startsWith('unix:')) return null;
  const slash = rest.indexOf('/');
  const hostPort = slash === -1 ? rest : rest.slice(0, slash);
  const uriPart = slash === -1 ? null : rest.slice(slash);
  const defaultPort = scheme?.[1]!.toLowerCase() === 'https' ? 443 : 80;
  const addresses = h.upstream ? h.upstream.servers.map((s) => s.address) : [hostPort];

  // Only a port some server of this config listens on can lead back into it.
  const ports = listenPorts(contexts);
  const targets = addresses.map((a) => ({ address: a, hp: splitAddress(a, defaultPort) })).filter((t) => t.hp !== null && ports.has(t.hp.port));
  return targets.length === 0 ? null : { hostPort, uriPart, targets };
}

/**
 * The locations of this same config that a proxying context's requests reach: the proxy_pass address (or every
 * `server` of its upstream block) matched against the `listen`s here, the Host header nginx sends, and the
 * forwarded URI routed as nginx would. Only loopback addresses, or addresses a `listen` names exactly, count as
 * "this config". Empty when the target cannot be resolved (variables, unix sockets, regex locations).
 */
export function proxiedLocationsOf(model: BackendModel, ctx: ContextNode): ProxiedLocation[] {
  const h = model.handler(ctx);
  if (h.module !== 'proxy' || !h.target) return [];
  const reach = targetsOf(model.contexts, h);
  if (reach === null) return [];
  const { hostPort, uriPart, targets } = reach;

  const loc = model.locationOf(ctx);
  const uri = uriPart ?? (loc ? representativeUri(loc) : null);
  if (uri === null) return [];

  // The Host header nginx sends: proxy_set_header Host, else $proxy_host (the upstream name or host:port).
  const hostEntry = model.effectiveList(ctx, 'proxy_set_header').entries.find((e) => e.directive.args[0]?.value.toLowerCase() === 'host');
  const hostValue = hostEntry?.directive.args[1]?.value ?? '$proxy_host';

  const out: ProxiedLocation[] = [];
  for (const { address, hp: found } of targets) {
    const hp = found!;
    let host: string;
    if (!hostValue.includes('$')) host = hostValue;
    else if (hostValue === '$proxy_host') host = hostPort;
    else if (hostValue === '$host' || hostValue === '$http_host') host = frontName(ctx);
    else host = '';
    const result = route(model.contexts, { host, port: hp.port, uri, addr: hp.host });
    if (!result.server || !result.listen) continue;
    if (!isLoopback(hp.host) && result.listen.addr !== hp.host.replace(/^\[|\]$/g, '')) continue;
    const target = result.location?.[result.location.length - 1];
    if (!target) continue;
    out.push({ address, server: result.server, location: target });
  }
  return out;
}
