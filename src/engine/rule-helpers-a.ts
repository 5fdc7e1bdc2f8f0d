// Helpers for the X-Accel-Buffering, HTTP/1.0, keepalive and Connection-header rules: maps, proxied headers, proxy targets.
import type { Directive } from '../parser/ast.js';
import type { ContextNode } from '../model/context.js';
import { compareVersions, defaultFor, PROXY_DEFAULTS_CHANGED } from '../model/directives.js';
import { describeOrigin, type EffectiveValue, type ListEntry } from '../model/effective.js';
import type { ConfigModel } from '../model/model.js';
import { route } from '../model/routing.js';
import type { StreamReason } from '../model/streams.js';

/** Request headers nginx treats as hop-by-hop (its default header table blanks them) and that make no sense twice. */
export const HOP_HEADERS: readonly string[] = ['connection', 'upgrade', 'keep-alive', 'te', 'transfer-encoding'];

/** The map idiom that sends `Connection: upgrade` only to WebSocket requests and nothing otherwise. */
export const UPGRADE_MAP_IDIOM = "map $http_upgrade $connection_upgrade { default upgrade; '' ''; }";

/**
 * Where a list entry (or a directive at some level) comes from, worded like describeOrigin:
 * "proxy_ignore_headers X-Accel-Buffering (nginx.conf:4) in server".
 */
export function describeEntry(ctx: ContextNode, entry: ListEntry, levels: ContextNode[], show: (d: Directive) => string): string {
  const v: EffectiveValue = {
    name: entry.directive.name,
    args: entry.directive.args.map((a) => a.value),
    value: entry.directive.args[0]?.value ?? null,
    origin: { kind: 'directive', directive: entry.directive, context: entry.context },
    levels: levels[0] === ctx ? levels : [ctx, ...levels],
  };
  return describeOrigin(v, show);
}

/**
 * The contexts a "per served request" rule should look at for a location hook: the location itself. For an `if`
 * hook: the `if` only when it installs a content handler of its own that its location does not have (a
 * `proxy_pass` written only inside the `if`); otherwise the location's finding already covers it.
 */
export function ifHasOwnHandler(model: ConfigModel, ifCtx: ContextNode): boolean {
  const h = model.handler(ifCtx);
  if (h.context !== ifCtx) return false;
  const loc = model.locationOf(ifCtx);
  if (!loc) return false;
  return model.handler(loc).module !== h.module;
}

/**
 * Stream reasons of a context, leaving out those that come from directives named in `skip`. The model counts any
 * directive that mentions X-Accel-Buffering as a streaming hint, `proxy_ignore_headers X-Accel-Buffering` included;
 * a rule about that very directive must not let it make the location a stream.
 */
export function streamReasonsWithout(model: ConfigModel, ctx: ContextNode, skip: ReadonlySet<string>): StreamReason[] {
  return model.streamReasons(ctx).filter((r) => !(r.kind === 'accel-header' && r.directive && skip.has(r.directive.name)));
}

/** The block a directive for this context must be inserted into: the location for an `if` when the directive is not allowed in `if`. */
export function insertionBlock(model: ConfigModel, ctx: ContextNode, allowedInIf: boolean): Directive | null {
  if (ctx.kind === 'if' && !allowedInIf) return model.locationOf(ctx)?.directive ?? null;
  return ctx.directive;
}

// ---------------------------------------------------------------------------------------------------------------
// map blocks

/** A `map` block and the variable it defines. */
export interface MapBlock {
  context: ContextNode;
  /** The source expression (`$http_upgrade`). */
  source: string;
  /** The variable defined, with its `$`. */
  variable: string;
}

/** Every `map` block that defines `variable` (with its `$`), in config order. */
export function mapsDefining(model: ConfigModel, variable: string): MapBlock[] {
  const out: MapBlock[] = [];
  for (const c of model.contexts.all) {
    if (c.kind !== 'map' || !c.directive) continue;
    const source = c.directive.args[0]?.value;
    const target = c.directive.args[1]?.value;
    if (source === undefined || target === undefined) continue;
    if (target.toLowerCase() === variable.toLowerCase()) out.push({ context: c, source, variable: target });
  }
  return out;
}

/** The value a map yields for one input, and the line that yields it (null for the implicit empty default). */
export interface MapResult {
  value: string;
  directive: Directive | null;
}

const MAP_PARAMETERS = new Set(['hostnames', 'volatile', 'include']);

/**
 * Evaluates a map for an input the way ngx_http_map_find does: exact strings first, then regexes in order,
 * then `default` (or the empty string). Null when a regex cannot be evaluated here or `hostnames` is on.
 */
export function mapValueFor(map: MapBlock, input: string): MapResult | null {
  const entries = map.context.directives.filter((d) => !MAP_PARAMETERS.has(d.name));
  if (map.context.directives.some((d) => d.name === 'hostnames')) return null;
  const exact = entries.find((d) => d.name !== 'default' && !d.name.startsWith('~') && d.name.replace(/^\\/, '') === input);
  if (exact) return { value: exact.args[0]?.value ?? '', directive: exact };
  for (const d of entries) {
    if (!d.name.startsWith('~')) continue;
    const caseless = d.name.startsWith('~*');
    let re: RegExp;
    try {
      re = new RegExp(d.name.slice(caseless ? 2 : 1), caseless ? 'i' : '');
    } catch {
      return null;
    }
    if (re.test(input)) return { value: d.args[0]?.value ?? '', directive: d };
  }
  const dflt = entries.find((d) => d.name === 'default');
  return dflt ? { value: dflt.args[0]?.value ?? '', directive: dflt } : { value: '', directive: null };
}

// ---------------------------------------------------------------------------------------------------------------
// The Connection header sent upstream

/** What one effective `proxy_set_header Connection ...` line (or its absence) sends upstream for a stream request. */
export type ConnectionSent =
  /** No Connection line is in effect: nginx's own default (`close` before 1.29.7, nothing since). */
  | { kind: 'default'; value: string; note: string }
  /** A literal value. */
  | { kind: 'literal'; value: string; entry: ListEntry }
  /** A variable from a `map $http_upgrade` block, evaluated for a request without `Upgrade`. */
  | { kind: 'map'; variable: string; value: string; map: MapBlock; line: Directive | null; entry: ListEntry }
  /** `$http_connection`: whatever the client sent. */
  | { kind: 'client'; variable: string; entry: ListEntry }
  /** Any other variable: unknown here. */
  | { kind: 'unknown'; entry: ListEntry };

/** The effective proxy_set_header lines for one header name (case-insensitive). */
export function proxyHeaderEntries(model: ConfigModel, ctx: ContextNode, header: string): { entries: ListEntry[]; levels: ContextNode[] } {
  const list = model.effectiveList(ctx, 'proxy_set_header');
  const h = header.toLowerCase();
  return { entries: list.entries.filter((e) => e.directive.args[0]?.value.toLowerCase() === h), levels: list.levels };
}

/** Whether the target nginx still sends `Connection: close` by default (before 1.29.7, or version unknown). */
export function sendsCloseByDefault(model: ConfigModel): boolean {
  return model.version === null || compareVersions(model.version, PROXY_DEFAULTS_CHANGED) < 0;
}

/** What the Connection header to the upstream is for a request without `Upgrade` (an SSE request). */
export function connectionSent(model: ConfigModel, ctx: ContextNode): ConnectionSent[] {
  const { entries } = proxyHeaderEntries(model, ctx, 'connection');
  if (entries.length === 0) {
    const note = defaultFor('proxy_set_header', model.version ?? undefined)?.note ?? 'nginx default';
    return [{ kind: 'default', value: sendsCloseByDefault(model) ? 'close' : '', note }];
  }
  return entries.map((entry): ConnectionSent => {
    const raw = entry.directive.args[1]?.value ?? '';
    const whole = /^\$(\w+)$/.exec(raw) ?? /^\$\{(\w+)\}$/.exec(raw);
    if (!raw.includes('$')) return { kind: 'literal', value: raw, entry };
    if (!whole) return { kind: 'unknown', entry };
    const variable = `$${whole[1]!}`;
    if (variable.toLowerCase() === '$http_connection') return { kind: 'client', variable, entry };
    const map = mapsDefining(model, variable)[0];
    // Only a map keyed on $http_upgrade can be evaluated for a stream request: its input is then empty.
    if (!map || map.source.toLowerCase() !== '$http_upgrade') return { kind: 'unknown', entry };
    const r = mapValueFor(map, '');
    if (!r || r.value.includes('$')) return { kind: 'unknown', entry };
    return { kind: 'map', variable, value: r.value, map, line: r.directive, entry };
  });
}

/** True when a Connection value lists the token (`keep-alive, Upgrade` has `upgrade`). */
export function hasToken(value: string, token: string): boolean {
  return value.split(',').some((t) => t.trim().toLowerCase() === token);
}

// ---------------------------------------------------------------------------------------------------------------
// Proxy targets served by this same config

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

/**
 * The locations of this same config that a proxying context's requests reach: the proxy_pass address (or every
 * `server` of its upstream block) matched against the `listen`s here, the Host header nginx sends, and the
 * forwarded URI routed as nginx would. Only loopback addresses, or addresses a `listen` names exactly, count as
 * "this config". Empty when the target cannot be resolved (variables, unix sockets, regex locations).
 */
export function proxiedLocations(model: ConfigModel, ctx: ContextNode): ProxiedLocation[] {
  const h = model.handler(ctx);
  if (h.module !== 'proxy' || !h.target) return [];
  const scheme = /^([a-z]+):\/\//i.exec(h.target);
  const rest = scheme ? h.target.slice(scheme[0].length) : h.target;
  if (rest.includes('$') || rest.startsWith('unix:')) return [];
  const slash = rest.indexOf('/');
  const hostPort = slash === -1 ? rest : rest.slice(0, slash);
  const uriPart = slash === -1 ? null : rest.slice(slash);
  const defaultPort = scheme?.[1]!.toLowerCase() === 'https' ? 443 : 80;
  const addresses = h.upstream ? h.upstream.servers.map((s) => s.address) : [hostPort];

  const loc = model.locationOf(ctx);
  const uri = uriPart ?? (loc ? representativeUri(loc) : null);
  if (uri === null) return [];

  // The Host header nginx sends: proxy_set_header Host, else $proxy_host (the upstream name or host:port).
  const hostEntry = proxyHeaderEntries(model, ctx, 'host').entries[0];
  const hostValue = hostEntry?.directive.args[1]?.value ?? '$proxy_host';
  const frontName = (): string => {
    for (let c: ContextNode | null = ctx; c; c = c.parent) {
      if (c.kind !== 'server') continue;
      const d = c.directives.find((x) => x.name === 'server_name');
      return d?.args.find((a) => !a.value.startsWith('~') && !a.value.includes('*'))?.value ?? '';
    }
    return '';
  };

  const out: ProxiedLocation[] = [];
  for (const address of addresses) {
    const hp = splitAddress(address, defaultPort);
    if (!hp) continue;
    let host: string;
    if (!hostValue.includes('$')) host = hostValue;
    else if (hostValue === '$proxy_host') host = hostPort;
    else if (hostValue === '$host' || hostValue === '$http_host') host = frontName();
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
