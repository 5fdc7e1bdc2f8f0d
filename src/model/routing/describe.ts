// Text rendering of a route: which server and location, and how nginx chose them.
import * as nodePath from 'node:path';
import type { Directive } from '../../parser/ast.js';
import type { ContextNode } from '../context.js';
import type { ListenAddress, LocationInfo, LocationMatch, RouteResult, ServerMatch } from './types.js';

function where(d: Directive | null, node: ContextNode): string {
  const base = nodePath.dirname(node.entry);
  const file = d ? d.file.path : node.entry;
  const rel = nodePath.relative(base, file);
  const shown = rel === '' || rel.startsWith('..') || nodePath.isAbsolute(rel) ? file : rel;
  return `${shown}:${d ? d.nameToken.line : 1}`;
}

function addrText(l: ListenAddress): string {
  return `${l.addr.includes(':') ? `[${l.addr}]` : l.addr}:${l.port}`;
}

const SERVER_HOW: Record<ServerMatch, (r: RouteResult) => string> = {
  exact: () => 'exact server_name',
  'leading-wildcard': (r) => `leading wildcard server_name ${r.serverName}`,
  'trailing-wildcard': (r) => `trailing wildcard server_name ${r.serverName}`,
  regex: (r) => `regex server_name ${r.serverName}`,
  default_server: (r) => `default_server for ${addrText(r.listen!)}`,
  'first-for-listen': (r) => `first server for ${addrText(r.listen!)}`,
};

const LOCATION_HOW: Record<LocationMatch, string> = {
  exact: 'exact match',
  prefix: 'longest prefix',
  'noregex-prefix': '^~ prefix',
  regex: 'regex',
  'regex-caseless': 'case-insensitive regex',
  'auto-redirect': '301 adding a trailing slash',
};

function locationLabel(l: LocationInfo): string {
  return l.modifier ? `${l.modifier} ${l.pattern}` : l.pattern;
}

/**
 * A one-line account of a route, e.g.
 * `server example.com (nginx.conf:12, exact server_name) -> location ^~ /api/ (nginx.conf:20, ^~ prefix)`.
 * Paths are shown relative to the entry file's directory.
 */
export function describeRoute(result: RouteResult): string {
  if (!result.server || !result.listen) {
    return `no server listens on ${result.request.addr ?? '*'}:${result.request.port}`;
  }
  const names = result.server.directives.filter((d) => d.name === 'server_name').flatMap((d) => d.args.map((a) => a.value));
  const first = names.find((n) => n !== '');
  const label = result.serverName ?? first ?? '""';
  let text = `server ${label} (${where(result.server.directive, result.server)}, ${SERVER_HOW[result.serverMatch!](result)})`;
  if (result.badRequest) return `${text} answers 400: ${result.badRequest}`;
  const info = result.locationInfo;
  if (!info) return `${text} -> no location matches ${result.uri} (server-level settings)`;
  const chain: string[] = [];
  for (let l = info.parent; l; l = l.parent) chain.unshift(locationLabel(l));
  chain.push(locationLabel(info));
  text += ` -> location ${chain.join(' > ')} (${where(info.node.directive, info.node)}, ${LOCATION_HOW[result.locationMatch!]})`;
  if (result.unsupported.length > 0) text += ` [not evaluated: ${result.unsupported.join('; ')}]`;
  return text;
}
