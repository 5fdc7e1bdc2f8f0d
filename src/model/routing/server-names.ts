// Server selection: the servers listening on an address:port, and the server_name that matches a Host.
import type { SourceFile } from '../../parser/source.js';
import type { ContextNode, ContextTree } from '../context.js';
import { isHttpServer } from '../queries/servers.js';
import { normalizeAddr, serverListens } from './listen.js';
import { compilePcre, PcreLimitError, type Pcre } from './pcre.js';
import { argSubject, fromSubject, textToSubject } from './subject.js';
import type { ListenAddress, PcreProblem, RegexFailure, RouteRequest, ServerMatch, Unevaluated } from './types.js';

type NameKind = 'exact' | 'leading-wildcard' | 'trailing-wildcard' | 'regex';

interface ServerName {
  /** As written. */
  text: string;
  kind: NameKind | 'invalid';
  /** exact: the name; leading: the suffix incl. its dot (`.example.com`); trailing: the prefix incl. its dot. */
  key: string;
  /** `.example.com` also matches `example.com` itself. */
  matchesBare: boolean;
  regex: Pcre | null;
  /** Why a regex name is not evaluated here. */
  error: PcreProblem | null;
}

/** A server with its parsed names. */
export interface ServerEntry {
  node: ContextNode;
  names: ServerName[];
}

/** The servers that listen on one address:port, in config order. */
export interface ListenGroup extends ListenAddress {
  servers: ServerEntry[];
  defaultServer: ServerEntry | null;
}

/** Every listen group of a config. */
export interface ServerIndex {
  groups: ListenGroup[];
}

const indexCache = new WeakMap<ContextTree, ServerIndex>();

function parseServerName(text: string, file: SourceFile | null): ServerName {
  const base = { text, key: '', matchesBare: false, regex: null, error: null };
  if (text.startsWith('~')) {
    const compiled = compilePcre(file ? argSubject(text.slice(1), file) : textToSubject(text.slice(1)), true);
    return { ...base, kind: 'regex', regex: compiled.regex, error: compiled.error };
  }
  const name = text.toLowerCase();
  // $hostname is the machine name nginx runs on, unknown here.
  if (name === '$hostname') return { ...base, kind: 'invalid' };
  if (name.startsWith('*.') && !name.slice(1).includes('*')) return { ...base, kind: 'leading-wildcard', key: name.slice(1) };
  if (name.startsWith('.') && !name.includes('*')) return { ...base, kind: 'leading-wildcard', key: name, matchesBare: true };
  if (name.endsWith('.*') && !name.slice(0, -1).includes('*')) return { ...base, kind: 'trailing-wildcard', key: name.slice(0, -1) };
  // nginx -t rejects any other wildcard.
  if (name.includes('*')) return { ...base, kind: 'invalid' };
  return { ...base, kind: 'exact', key: name };
}

function serverNames(server: ContextNode): ServerName[] {
  const names: ServerName[] = [];
  for (const d of server.directives) {
    if (d.name !== 'server_name') continue;
    for (const a of d.args) names.push(parseServerName(a.value, d.file));
  }
  // Since nginx 0.8.48 a server without server_name has the empty name.
  return names.length > 0 ? names : [parseServerName('', null)];
}

/** The listen groups of a config, built once per context tree. */
export function serverIndex(contexts: ContextTree): ServerIndex {
  const cached = indexCache.get(contexts);
  if (cached) return cached;
  const groups: ListenGroup[] = [];
  const byAddress = new Map<string, ListenGroup>();
  for (const node of contexts.all) {
    if (!isHttpServer(node)) continue;
    const entry: ServerEntry = { node, names: serverNames(node) };
    for (const l of serverListens(node)) {
      if (l.kind !== 'inet') continue;
      const key = `${l.addr} ${l.port}`;
      let g = byAddress.get(key);
      if (!g) {
        g = { addr: l.addr, port: l.port, servers: [], defaultServer: null };
        groups.push(g);
        byAddress.set(key, g);
      }
      // A second listen of the same address in one server, or a second default_server, is a config error; the first counts.
      if (g.servers[g.servers.length - 1] !== entry) g.servers.push(entry);
      if (l.defaultServer && !g.defaultServer) g.defaultServer = entry;
    }
  }
  const index = { groups };
  indexCache.set(contexts, index);
  return index;
}

/** The listen group that serves a connection to the request's address and port; null when nothing listens. */
export function findListenGroup(index: ServerIndex, req: RouteRequest): ListenGroup | null {
  const onPort = index.groups.filter((g) => g.port === req.port);
  if (onPort.length === 0) return null;
  const addr = req.addr === undefined ? undefined : normalizeAddr(req.addr);
  if (addr) {
    // nginx serves a connection with the servers of its exact local address if any listen names it, else the wildcard's.
    const exact = onPort.find((g) => g.addr === addr);
    if (exact) return exact;
    const wildcard = addr.includes(':') ? '::' : '*';
    return onPort.find((g) => g.addr === wildcard) ?? null;
  }
  return onPort.find((g) => g.addr === '*') ?? onPort.find((g) => g.addr === '::') ?? onPort[0]!;
}

/**
 * The server whose server_name matches the host, in nginx's priority order; null when none does. Regex names that
 * cannot be evaluated here are added to `unsupported`. A regex PCRE2 gives up on ends the search as in
 * ngx_http_find_virtual_server, with `failure` (nginx then closes the connection).
 */
export function findByName(group: ListenGroup, host: string, unsupported: Unevaluated[]): { server: ServerEntry; how: ServerMatch; name: string } | { failure: RegexFailure } | null {
  // Priority (ngx_http_find_virtual_server): exact, longest leading wildcard, longest trailing wildcard, first regex.
  for (const s of group.servers) {
    for (const n of s.names) if (n.kind === 'exact' && n.key === host) return { server: s, how: 'exact', name: n.text };
  }
  let best: { server: ServerEntry; name: ServerName } | null = null;
  for (const s of group.servers) {
    for (const n of s.names) {
      if (n.kind !== 'leading-wildcard') continue;
      const hit = (host.endsWith(n.key) && host.length > n.key.length) || (n.matchesBare && host === n.key.slice(1));
      if (hit && (!best || n.key.length > best.name.key.length)) best = { server: s, name: n };
    }
  }
  if (best) return { server: best.server, how: 'leading-wildcard', name: best.name.text };
  for (const s of group.servers) {
    for (const n of s.names) {
      if (n.kind !== 'trailing-wildcard') continue;
      if (host.startsWith(n.key) && host.length > n.key.length && (!best || n.key.length > best.name.key.length)) best = { server: s, name: n };
    }
  }
  if (best) return { server: best.server, how: 'trailing-wildcard', name: best.name.text };
  const subject = textToSubject(host);
  for (const s of group.servers) {
    for (const n of s.names) {
      if (n.kind !== 'regex') continue;
      if (!n.regex) {
        unsupported.push({ subject: `server_name ${n.text}`, problem: n.error });
        continue;
      }
      try {
        if (n.regex.test(subject)) return { server: s, how: 'regex', name: n.text };
      } catch (e) {
        if (!(e instanceof PcreLimitError)) throw e;
        return { failure: { during: 'server_name', code: e.code, subject: host, pattern: fromSubject(n.regex.source) } };
      }
    }
  }
  return null;
}
