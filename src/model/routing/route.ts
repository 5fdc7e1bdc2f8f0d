// Request routing as nginx does it: listen address:port, then server_name, then the location search.
import type { ContextNode, ContextTree } from '../context.js';
import { findLocation, locationsOf, type SearchState } from './locations.js';
import { normalizeHost, normalizeUri } from './request.js';
import { findByName, findListenGroup, serverIndex } from './server-names.js';
import { fromSubject } from './subject.js';
import type { LocationInfo, RouteRequest, RouteResult } from './types.js';

/** Answers which server and location nginx picks for a request. */
export function route(contexts: ContextTree, req: RouteRequest): RouteResult {
  const result: RouteResult = {
    request: req, uri: null, host: '', badRequest: null, listen: null, server: null, serverMatch: null,
    serverName: null, subject: null, args: null, location: null, locationMatch: null, locationInfo: null, unsupported: [], regexFailure: null,
  };
  let target = req.uri;
  let hostHeader = req.host;
  // An absolute request target carries the host; nginx prefers it over the Host header.
  const absolute = /^https?:\/\/([^/?#]*)(.*)$/i.exec(target);
  if (absolute) {
    hostHeader = absolute[1]!;
    target = absolute[2] || '/';
  }

  const group = findListenGroup(serverIndex(contexts), req);
  if (!group) return result;
  result.listen = { addr: group.addr, port: group.port };
  const fallback = group.defaultServer ?? group.servers[0]!;
  const setDefault = (): void => {
    result.server = fallback.node;
    result.serverMatch = group.defaultServer ? 'default_server' : 'first-for-listen';
  };

  // merge_slashes is read while the request line is parsed, before the Host is known: the default server's value counts.
  const uri = normalizeUri(target, { mergeSlashes: mergeSlashesOf(fallback.node) });
  if (!uri.ok) {
    result.badRequest = uri.reason;
    setDefault();
    return result;
  }
  result.uri = fromSubject(uri.subject);
  result.subject = uri.subject;
  result.args = uri.args;

  const host = normalizeHost(hostHeader);
  if (host === null) {
    result.badRequest = { kind: 'bad-host', host: hostHeader };
    setDefault();
    return result;
  }
  result.host = host;

  const named = host === '' ? null : findByName(group, host, result.unsupported);
  if (named && 'failure' in named) {
    // ngx_http_set_virtual_server closes the request with 500 before any server is chosen; the default server's
    // connection is the one closed.
    result.regexFailure = named.failure;
    setDefault();
    return result;
  }
  if (named) {
    result.server = named.server.node;
    result.serverMatch = named.how;
    result.serverName = named.name;
  } else {
    setDefault();
  }

  const top = locationsOf(result.server!).top;
  const state: SearchState = { current: null, how: null, unsupported: result.unsupported };
  if (findLocation(top, uri.subject, state) === 'error') {
    result.regexFailure = state.failure!;
    return result;
  }
  if (state.current) {
    const chain: ContextNode[] = [];
    for (let l: LocationInfo | null = state.current; l; l = l.parent) chain.unshift(l.node);
    result.location = chain;
    result.locationMatch = state.how;
    result.locationInfo = state.current;
  }
  return result;
}

function mergeSlashesOf(server: ContextNode): boolean {
  for (let c: ContextNode | null = server; c; c = c.parent) {
    const d = c.directives.find((x) => x.name === 'merge_slashes');
    if (d) return d.args[0]?.value !== 'off';
  }
  return true;
}
