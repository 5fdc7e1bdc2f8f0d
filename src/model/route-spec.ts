// `--route [scheme://][host[:port]]/uri`: which locations serve a URI, for marking streams and for `sse-lint route`.
import type { ContextNode, ContextTree } from './context.js';
import { httpServers } from './queries/servers.js';
import { route, serverListens, type RouteResult } from './routing.js';

export interface RouteSpec {
  host: string | null;
  port: number | null;
  uri: string;
}

/** Parses `/v1/chat`, `chat.example.com/v1/chat`, `chat.example.com:8443/v1/chat` or `https://chat.example.com/v1/chat`. */
export function parseRouteSpec(spec: string): RouteSpec | null {
  let rest = spec.trim();
  let defaultPort: number | null = null;
  const scheme = /^(https?):\/\//i.exec(rest);
  if (scheme) {
    defaultPort = scheme[1]!.toLowerCase() === 'https' ? 443 : 80;
    rest = rest.slice(scheme[0].length);
  }
  if (rest.startsWith('/')) return { host: null, port: null, uri: rest };
  const slash = rest.indexOf('/');
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const uri = slash === -1 ? '/' : rest.slice(slash);
  if (!authority) return null;
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(authority);
  if (!m) return null;
  return { host: m[1]!, port: m[2] ? Number(m[2]) : defaultPort, uri };
}

/** The first port a server listens on (80 when it has no listen). */
function firstPort(server: ContextNode): { port: number; addr?: string } {
  for (const l of serverListens(server)) if (l.kind === 'inet') return { port: l.port, ...(l.addr !== '*' && l.addr !== '::' ? { addr: l.addr } : {}) };
  return { port: 80 };
}

/**
 * Routes a spec. With a host, one request as nginx would see it (port: the given one, else the first port
 * a server with that name listens on, else 80). Without a host, the URI is routed inside every server, so
 * `--route /v1/chat/completions` marks that endpoint in each site of a directory.
 */
export function routeSpec(contexts: ContextTree, spec: RouteSpec): RouteResult[] {
  if (spec.host !== null) {
    let port = spec.port;
    let addr: string | undefined;
    if (port === null) {
      const named = httpServers(contexts).find((s) => s.directives.some((d) => d.name === 'server_name' && d.args.some((a) => a.value.toLowerCase() === spec.host!.toLowerCase())));
      const p = named ? firstPort(named) : { port: 80 };
      port = p.port;
      addr = p.addr;
    }
    return [route(contexts, { host: spec.host, port, uri: spec.uri, ...(addr ? { addr } : {}) })];
  }
  const out: RouteResult[] = [];
  for (const server of httpServers(contexts)) {
    const name = server.directives.find((d) => d.name === 'server_name')?.args.find((a) => !a.value.startsWith('~') && !a.value.includes('*'))?.value ?? '';
    const { port, addr } = firstPort(server);
    const r = route(contexts, { host: name, port, uri: spec.uri, ...(addr ? { addr } : {}) });
    if (r.server === server) out.push(r);
  }
  return out;
}
