// Request routing as nginx does it: listen address:port, then server_name, then the location search.
import * as nodePath from 'node:path';
import type { Directive } from '../parser/ast.js';
import type { SourceFile } from '../parser/source.js';
import type { ContextNode, ContextTree } from './context.js';

/** A request as it reaches nginx. */
export interface RouteRequest {
  /** The Host header as sent (any case, optional `:port`, optional trailing dot); '' for none (HTTP/1.0). */
  host: string;
  /** The port the connection arrived on. */
  port: number;
  /** The request target as sent: `/path?args`, percent-escapes included. An absolute `http://host/path` overrides `host`, as in nginx. */
  uri: string;
  /** The local address the connection arrived on (`127.0.0.1`, `::1`); omitted: an address no listen names explicitly. */
  addr?: string;
}

/** How the server was chosen. */
export type ServerMatch =
  | 'exact' | 'leading-wildcard' | 'trailing-wildcard' | 'regex' | 'default_server' | 'first-for-listen';

/** How the location was chosen. */
export type LocationMatch =
  /** `location = /x` equal to the URI. */
  | 'exact'
  /** The longest plain prefix location, no regex matched. */
  | 'prefix'
  /** The longest prefix location was `^~`, so regex locations at its level were not tried. */
  | 'noregex-prefix'
  /** A `~` location, first in config order (nested ones inside the longest prefix first). */
  | 'regex'
  /** A `~*` location. */
  | 'regex-caseless'
  /** The URI is the location's prefix minus its trailing `/` and the location has a `*_pass`: nginx answers 301 to add the slash. */
  | 'auto-redirect';

/** A listening address: `*` (any IPv4), an IPv4 address, `::` (any IPv6), an IPv6 address, or an unresolved host name. */
export interface ListenAddress {
  addr: string;
  port: number;
}

/** One `listen` directive (or the implicit `listen *:80` of a server without one). */
export type Listen =
  | (ListenAddress & { kind: 'inet'; defaultServer: boolean; directive: Directive | null })
  | { kind: 'unix'; path: string; defaultServer: boolean; directive: Directive };

/** The location modifier: `=`, `^~`, '' (plain prefix), `~`, `~*`, or `@` for a named location. */
export type LocationModifier = '=' | '^~' | '' | '~' | '~*' | '@';

/** A location block as the matcher sees it. */
export interface LocationInfo {
  node: ContextNode;
  /** `=` exact, `^~` prefix that stops the regex search, `` plain prefix, `~`/`~*` regex, `@` named; null when nginx would reject the line. */
  modifier: LocationModifier | null;
  /** The URI prefix, exact URI, regex source or `@name`, as nginx stores it (modifier removed). */
  pattern: string;
  parent: LocationInfo | null;
  /** Locations nested directly inside this one, in config order. */
  children: LocationInfo[];
  /** A `*_pass` directive and a trailing `/` in the pattern: nginx answers the URI without the slash with a 301. */
  autoRedirect: boolean;
  /** JavaScript translation of the PCRE pattern for `~` and `~*`; null otherwise or when it cannot be translated. */
  regex: RegExp | null;
  /** Why the PCRE pattern could not be translated; such a location never matches here. */
  regexError: string | null;
}

/** Where a request goes. */
export interface RouteResult {
  request: RouteRequest;
  /** The URI after nginx's normalisation (percent-decoded, slashes merged, dot segments resolved); null when nginx answers 400. */
  uri: string | null;
  /** The Host as nginx compares it (lower case, port and one trailing dot removed); '' when none. */
  host: string;
  /** Why nginx answers 400 Bad Request (the default server of the address sends it); null otherwise. */
  badRequest: string | null;
  /** The address:port whose servers were considered; null when nothing listens on the port. */
  listen: ListenAddress | null;
  server: ContextNode | null;
  serverMatch: ServerMatch | null;
  /** The server_name that matched (for name matches). */
  serverName: string | null;
  /** The chosen location and its enclosing locations, outermost first; null when none matched (server-level settings apply). */
  location: ContextNode[] | null;
  locationMatch: LocationMatch | null;
  /** The matched location's details. */
  locationInfo: LocationInfo | null;
  /** Regex locations or server names that could not be evaluated here; the answer may differ from nginx's when non-empty. */
  unsupported: string[];
}

/** Answers which server and location nginx picks for a request. */
export function route(contexts: ContextTree, req: RouteRequest): RouteResult {
  const result: RouteResult = {
    request: req, uri: null, host: '', badRequest: null, listen: null, server: null, serverMatch: null,
    serverName: null, location: null, locationMatch: null, locationInfo: null, unsupported: [],
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

  const host = normalizeHost(hostHeader);
  if (host === null) {
    result.badRequest = `invalid Host "${hostHeader}"`;
    setDefault();
    return result;
  }
  result.host = host;

  const named = host === '' ? null : findByName(group, host, result.unsupported);
  if (named) {
    result.server = named.server.node;
    result.serverMatch = named.how;
    result.serverName = named.name;
  } else {
    setDefault();
  }

  const top = entries(result.server!).filter((l) => l.parent === null);
  const state: SearchState = { current: null, how: null, unsupported: result.unsupported };
  findLocation(top, uri.subject, state);
  if (state.current) {
    const chain: ContextNode[] = [];
    for (let l: LocationInfo | null = state.current; l; l = l.parent) chain.unshift(l.node);
    result.location = chain;
    result.locationMatch = state.how;
    result.locationInfo = state.current;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Bytes. nginx compares URIs and patterns as bytes and PCRE runs without UTF mode. Internally a "subject" string
// holds one character per byte, with bytes 0x80-0xFF moved to U+E080-U+E0FF: JavaScript's case folding and `\s`
// then leave them alone, as PCRE's C-locale tables do (only ASCII letters fold, 0xA0 is not a space).

const PUA = 0xe000;

function bytesToSubject(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b < 0x80 ? b : PUA + b);
  return s;
}

function textToSubject(text: string, encoding: 'utf8' | 'latin1' = 'utf8'): string {
  return bytesToSubject(Buffer.from(text, encoding));
}

function subjectToBytes(s: string): Buffer {
  const out = Buffer.alloc(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c >= PUA ? c - PUA : c;
  }
  return out;
}

function fromSubject(s: string): string {
  const bytes = subjectToBytes(s);
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? text : bytes.toString('latin1');
}

function argSubject(value: string, file: SourceFile): string {
  return textToSubject(value, file.encoding);
}

// ---------------------------------------------------------------------------------------------------------------
// URI and Host normalisation.

/** The outcome of {@link normalizeUri}: the path as nginx matches it, or why nginx answers 400. */
export type NormalizedUri =
  | { ok: true; uri: string; subject: string; args: string | null }
  | { ok: false; reason: string };

/**
 * Normalises a request target as nginx's ngx_http_parse_complex_uri does (checked against nginx 1.22 by probes):
 * the query string and fragment are cut off; `%XX` escapes are decoded once, and a decoded `/` or `.` then counts
 * like a literal one while decoded `%`, `?` and `#` stay plain characters; with merge_slashes runs of `/` become one
 * before `.` and `..` segments are resolved (`/a//../b` is `/b`, but `/a/b` with merge_slashes off); `..` above the
 * root, a bad escape and `%00` are 400.
 */
export function normalizeUri(target: string, options: { mergeSlashes?: boolean } = {}): NormalizedUri {
  const mergeSlashes = options.mergeSlashes ?? true;
  if (!target.startsWith('/')) return { ok: false, reason: `request target "${target}" does not start with "/"` };
  let path = target;
  let args: string | null = null;
  const q = path.indexOf('?');
  const h = path.indexOf('#');
  if (h !== -1 && (q === -1 || h < q)) path = path.slice(0, h);
  else if (q !== -1) {
    args = path.slice(q + 1);
    if (args.includes('#')) args = args.slice(0, args.indexOf('#'));
    path = path.slice(0, q);
  }
  const raw = Buffer.from(path, 'utf8');
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    if (b !== 0x25) {
      bytes.push(b);
      continue;
    }
    const hex = raw.subarray(i + 1, i + 3).toString('latin1');
    if (!/^[0-9a-fA-F]{2}$/.test(hex)) return { ok: false, reason: `invalid percent-escape in "${target}"` };
    const v = parseInt(hex, 16);
    if (v === 0) return { ok: false, reason: `"%00" in "${target}"` };
    bytes.push(v);
    i += 2;
  }
  let s = bytesToSubject(Uint8Array.from(bytes));
  if (mergeSlashes) s = s.replace(/\/{2,}/g, '/');
  const segments = s.slice(1).split('/');
  const out: string[] = [];
  let trailingSlash = false;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const last = i === segments.length - 1;
    if (seg === '.' || seg === '..') {
      if (seg === '..') {
        if (out.length === 0) return { ok: false, reason: `"${target}" goes above the root with ".."` };
        out.pop();
      }
      if (last) trailingSlash = true;
      continue;
    }
    out.push(seg);
  }
  const subject = '/' + out.join('/') + (trailingSlash && out.length > 0 ? '/' : '');
  return { ok: true, uri: fromSubject(subject), subject, args };
}

/**
 * Normalises a Host header as nginx's ngx_http_validate_host does: the port and one trailing dot are removed and
 * ASCII letters lower-cased. Returns '' for no Host and null for one nginx rejects with 400 (`..`, `/`, control
 * characters, spaces, nothing left).
 */
export function normalizeHost(host: string): string | null {
  if (host === '') return '';
  let dotPos = -2;
  let end = host.length;
  let state: 'usual' | 'literal' | 'rest' = 'usual';
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c === 0x2e) {
      if (dotPos === i - 1) return null;
      dotPos = i;
    } else if (c === 0x3a) {
      if (state === 'usual') {
        end = i;
        state = 'rest';
      }
    } else if (c === 0x5b) {
      if (i === 0) state = 'literal';
    } else if (c === 0x5d) {
      if (state === 'literal') {
        end = i + 1;
        state = 'rest';
      }
    } else if (c === 0x2f || c <= 0x20 || c === 0x7f) {
      return null;
    }
  }
  if (dotPos === end - 1) end--;
  if (end <= 0) return null;
  return host.slice(0, end).replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

// ---------------------------------------------------------------------------------------------------------------
// Listen addresses and servers.

function normalizeAddr(addr: string): string | null {
  if (addr === '*' || addr === '0.0.0.0') return '*';
  if (addr.startsWith('[') || addr.includes(':')) {
    const inner = addr.startsWith('[') && addr.endsWith(']') ? addr.slice(1, -1) : addr;
    try {
      return new URL(`http://[${inner}]/`).hostname.slice(1, -1);
    } catch {
      return null;
    }
  }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(addr)) {
    return addr.split('.').every((p) => Number(p) <= 255) ? addr.split('.').map(Number).join('.') : null;
  }
  const name = addr.toLowerCase();
  // nginx resolves host names when it starts; only localhost is known here.
  return name === 'localhost' ? '127.0.0.1' : name;
}

function parsePort(s: string): number | null {
  if (!/^\d{1,5}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= 65535 ? n : null;
}

/**
 * Parses a `listen` directive: `8080`, `127.0.0.1:8080`, `127.0.0.1` (port 80), `[::1]:8080`, `*:80`,
 * `unix:/path`, with `default_server` (or the old `default`). Returns null for a value nginx would reject.
 */
export function parseListen(d: Directive): Listen | null {
  const value = d.args[0]?.value;
  if (value === undefined) return null;
  const defaultServer = d.args.slice(1).some((a) => a.value === 'default_server' || a.value === 'default');
  if (value.startsWith('unix:')) return { kind: 'unix', path: value.slice(5), defaultServer, directive: d };
  let host: string;
  let port: number | null = 80;
  if (value.startsWith('[')) {
    const close = value.indexOf(']');
    if (close === -1) return null;
    host = value.slice(0, close + 1);
    const rest = value.slice(close + 1);
    if (rest !== '') port = rest.startsWith(':') ? parsePort(rest.slice(1)) : null;
  } else if (/^\d+$/.test(value)) {
    host = '*';
    port = parsePort(value);
  } else {
    const colon = value.lastIndexOf(':');
    host = colon === -1 ? value : value.slice(0, colon);
    if (colon !== -1) port = parsePort(value.slice(colon + 1));
  }
  const addr = normalizeAddr(host);
  if (port === null || addr === null || addr === '') return null;
  return { kind: 'inet', addr, port, defaultServer, directive: d };
}

type NameKind = 'exact' | 'leading-wildcard' | 'trailing-wildcard' | 'regex';

interface ServerName {
  /** As written. */
  text: string;
  kind: NameKind | 'invalid';
  /** exact: the name; leading: the suffix incl. its dot (`.example.com`); trailing: the prefix incl. its dot. */
  key: string;
  /** `.example.com` also matches `example.com` itself. */
  matchesBare: boolean;
  regex: RegExp | null;
  error: string | null;
}

interface ServerEntry {
  node: ContextNode;
  names: ServerName[];
}

interface ListenGroup extends ListenAddress {
  servers: ServerEntry[];
  defaultServer: ServerEntry | null;
}

interface ServerIndex {
  groups: ListenGroup[];
}

const indexCache = new WeakMap<ContextTree, ServerIndex>();

function isHttpServer(node: ContextNode): boolean {
  if (node.kind !== 'server') return false;
  // A lone file guessed to be a server block's body is its own server.
  return node.directive === null || node.parent?.kind === 'http';
}

/** The `listen` directives of a server; a server without any listens on `*:80`. */
export function serverListens(server: ContextNode): Listen[] {
  const listens = server.directives.filter((d) => d.name === 'listen');
  if (listens.length === 0) return [{ kind: 'inet', addr: '*', port: 80, defaultServer: false, directive: null }];
  return listens.map(parseListen).filter((l): l is Listen => l !== null);
}

function parseServerName(text: string, file: SourceFile | null): ServerName {
  const base = { text, key: '', matchesBare: false, regex: null, error: null };
  if (text.startsWith('~')) {
    const compiled = compilePcre(file ? argSubject(text.slice(1), file) : textToSubject(text.slice(1)), true);
    return { ...base, kind: 'regex', regex: compiled.regex, error: compiled.error };
  }
  const name = text.toLowerCase();
  if (name === '$hostname') return { ...base, kind: 'invalid', error: 'server_name $hostname is the machine name nginx runs on' };
  if (name.startsWith('*.') && !name.slice(1).includes('*')) return { ...base, kind: 'leading-wildcard', key: name.slice(1) };
  if (name.startsWith('.') && !name.includes('*')) return { ...base, kind: 'leading-wildcard', key: name, matchesBare: true };
  if (name.endsWith('.*') && !name.slice(0, -1).includes('*')) return { ...base, kind: 'trailing-wildcard', key: name.slice(0, -1) };
  if (name.includes('*')) return { ...base, kind: 'invalid', error: `invalid server name or wildcard "${text}"` };
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

function serverIndex(contexts: ContextTree): ServerIndex {
  const cached = indexCache.get(contexts);
  if (cached) return cached;
  const groups: ListenGroup[] = [];
  for (const node of contexts.all) {
    if (!isHttpServer(node)) continue;
    const entry: ServerEntry = { node, names: serverNames(node) };
    for (const l of serverListens(node)) {
      if (l.kind !== 'inet') continue;
      let g = groups.find((x) => x.addr === l.addr && x.port === l.port);
      if (!g) {
        g = { addr: l.addr, port: l.port, servers: [], defaultServer: null };
        groups.push(g);
      }
      // A second listen of the same address in one server, or a second default_server, is a config error; the first counts.
      if (!g.servers.includes(entry)) g.servers.push(entry);
      if (l.defaultServer && !g.defaultServer) g.defaultServer = entry;
    }
  }
  const index = { groups };
  indexCache.set(contexts, index);
  return index;
}

function findListenGroup(index: ServerIndex, req: RouteRequest): ListenGroup | null {
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

function findByName(group: ListenGroup, host: string, unsupported: string[]): { server: ServerEntry; how: ServerMatch; name: string } | null {
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
        unsupported.push(`server_name ${n.text}: ${n.error ?? 'not evaluated'}`);
        continue;
      }
      if (n.regex.test(subject)) return { server: s, how: 'regex', name: n.text };
    }
  }
  return null;
}

function mergeSlashesOf(server: ContextNode): boolean {
  for (let c: ContextNode | null = server; c; c = c.parent) {
    const d = c.directives.find((x) => x.name === 'merge_slashes');
    if (d) return d.args[0]?.value !== 'off';
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Locations.

interface LocationEntry extends LocationInfo {
  /** The pattern as a byte subject (prefix and exact locations). */
  subject: string;
  parent: LocationEntry | null;
  children: LocationEntry[];
}

const PASS_DIRECTIVES = new Set(['proxy_pass', 'fastcgi_pass', 'uwsgi_pass', 'scgi_pass', 'memcached_pass', 'grpc_pass']);
const locationCache = new WeakMap<ContextNode, LocationEntry[]>();

function parseLocation(node: ContextNode, parent: LocationEntry | null): LocationEntry {
  const d = node.directive!;
  const args = d.args.map((a) => a.value);
  let modifier: LocationModifier | null = null;
  let pattern = '';
  // ngx_http_core_location: with two arguments the first is the modifier; with one, `=`, `^~`, `~`, `~*` and `@`
  // may be glued to the name (`location ^~/x` is a `^~` prefix, checked against nginx 1.22).
  if (args.length === 2) {
    const mod = args[0]!;
    pattern = args[1]!;
    if (mod === '=' || mod === '^~' || mod === '~' || mod === '~*') modifier = mod;
  } else if (args.length === 1) {
    const name = args[0]!;
    if (name.startsWith('=')) [modifier, pattern] = ['=', name.slice(1)];
    else if (name.startsWith('^~')) [modifier, pattern] = ['^~', name.slice(2)];
    else if (name.startsWith('@')) [modifier, pattern] = ['@', name];
    else if (name.startsWith('~*')) [modifier, pattern] = ['~*', name.slice(2)];
    else if (name.startsWith('~')) [modifier, pattern] = ['~', name.slice(1)];
    else [modifier, pattern] = ['', name];
  }
  const subject = argSubject(pattern, d.file);
  let regex: RegExp | null = null;
  let regexError: string | null = null;
  if (modifier === '~' || modifier === '~*') {
    ({ regex, error: regexError } = compilePcre(subject, modifier === '~*'));
  }
  const autoRedirect = modifier !== null && modifier !== '@' && modifier !== '~' && modifier !== '~*'
    && pattern.endsWith('/') && node.directives.some((x) => PASS_DIRECTIVES.has(x.name));
  return { node, modifier, pattern, parent, children: [], autoRedirect, regex, regexError, subject };
}

/**
 * Every location of a server (nested ones included), depth-first in config order. Top-level locations have
 * `parent === null`.
 */
export function listLocations(server: ContextNode): LocationInfo[] {
  return entries(server);
}

function entries(server: ContextNode): LocationEntry[] {
  const cached = locationCache.get(server);
  if (cached) return cached;
  const all: LocationEntry[] = [];
  const visit = (ctx: ContextNode, parent: LocationEntry | null, into: LocationEntry[]): void => {
    for (const child of ctx.children) {
      if (child.kind !== 'location') continue;
      const loc = parseLocation(child, parent);
      into.push(loc);
      all.push(loc);
      visit(child, loc, loc.children);
    }
  };
  visit(server, null, []);
  locationCache.set(server, all);
  return all;
}

type SearchRc = 'ok' | 'done' | 'again' | 'declined';

interface SearchState {
  current: LocationEntry | null;
  how: LocationMatch | null;
  unsupported: string[];
}

const isPrefix = (l: LocationEntry): boolean => l.modifier === '' || l.modifier === '^~';

/** One level of nginx's static location tree: exact, then 301 auto-redirect, then longest prefix. */
function findStatic(level: LocationEntry[], uri: string): { rc: SearchRc; loc: LocationEntry | null; how: LocationMatch | null } {
  const exact = level.find((l) => l.modifier === '=' && l.subject === uri);
  if (exact) return { rc: 'ok', loc: exact, how: 'exact' };
  // A prefix location equal to the URI wins before the auto-redirect of `uri/` is considered.
  const equal = level.find((l) => isPrefix(l) && l.subject === uri);
  if (!equal) {
    const slashed = level.filter((l) => (isPrefix(l) || l.modifier === '=') && l.subject === uri + '/');
    if (slashed.some((l) => l.autoRedirect)) {
      return { rc: 'done', loc: slashed.find((l) => l.modifier === '=') ?? slashed[0]!, how: 'auto-redirect' };
    }
  }
  let best: LocationEntry | null = null;
  for (const l of level) {
    if (isPrefix(l) && uri.startsWith(l.subject) && (!best || l.subject.length > best.subject.length)) best = l;
  }
  if (!best) return { rc: 'declined', loc: null, how: null };
  return { rc: 'again', loc: best, how: best.modifier === '^~' ? 'noregex-prefix' : 'prefix' };
}

/**
 * nginx's ngx_http_core_find_location: the longest prefix at this level is remembered, its nested locations are
 * searched (their regexes first), and only then the regexes of this level, unless the prefix was `^~`. A nested
 * `^~` therefore stops only the regexes nested next to it, not the outer ones.
 */
function findLocation(level: LocationEntry[], uri: string, st: SearchState): SearchRc {
  const found = findStatic(level, uri);
  let rc = found.rc;
  let noregex = false;
  if (found.loc) {
    st.current = found.loc;
    st.how = found.how;
  }
  if (rc === 'again' && found.loc) {
    noregex = found.loc.modifier === '^~';
    rc = findLocation(found.loc.children, uri, st);
  }
  if (rc === 'ok' || rc === 'done') return rc;
  if (noregex) return rc;
  for (const l of level) {
    if (l.modifier !== '~' && l.modifier !== '~*') continue;
    if (!l.regex) {
      st.unsupported.push(`location ${l.modifier} ${l.pattern}: ${l.regexError ?? 'not evaluated'}`);
      continue;
    }
    if (l.regex.test(uri)) {
      st.current = l;
      st.how = l.modifier === '~*' ? 'regex-caseless' : 'regex';
      findLocation(l.children, uri, st);
      return 'ok';
    }
  }
  return rc;
}

// ---------------------------------------------------------------------------------------------------------------
// PCRE to JavaScript. Patterns arrive as byte subjects; the translation keeps PCRE's meaning for what configs use
// and refuses (regexError) what JavaScript would read differently.

const POSIX_CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', xdigit: '0-9A-Fa-f',
  space: '\\t\\n\\v\\f\\r ', blank: ' \\t', word: '\\w', punct: '!-\\/:-@\\[-`{-~', cntrl: '\\x00-\\x1f\\x7f',
};
const UNSUPPORTED_ESCAPES = new Set(['h', 'H', 'v', 'V', 'R', 'K', 'X', 'C', 'G', 'N', 'p', 'P', 'o', 'g', 'E', 'u', 'U', 'L', 'l', 'F']);

function compilePcre(pattern: string, caseless: boolean): { regex: RegExp | null; error: string | null } {
  let src = pattern;
  let ignoreCase = caseless;
  let dotAll = false;
  let multiline = false;
  // Leading option settings such as (?i) apply to the whole pattern.
  for (let m = /^\(\?([a-zA-Z]+)\)/.exec(src); m; m = /^\(\?([a-zA-Z]+)\)/.exec(src)) {
    for (const f of m[1]!) {
      if (f === 'i') ignoreCase = true;
      else if (f === 's') dotAll = true;
      else if (f === 'm') multiline = true;
      else return { regex: null, error: `PCRE option (?${f}) has no JavaScript equivalent` };
    }
    src = src.slice(m[0].length);
  }
  const fail = (what: string): { regex: null; error: string } => ({ regex: null, error: `${what} has no JavaScript equivalent` });
  const literal = (c: string): string => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? '\\' + c : c);
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) return fail('a trailing backslash');
      if (n === 'Q') {
        const end = src.indexOf('\\E', i + 2);
        const text = src.slice(i + 2, end === -1 ? undefined : end);
        for (const ch of text) out += literal(ch);
        i = end === -1 ? src.length : end + 1;
        continue;
      }
      if (UNSUPPORTED_ESCAPES.has(n)) return fail(`\\${n}`);
      if (n === 'x' && src[i + 2] === '{') {
        const close = src.indexOf('}', i);
        const code = parseInt(src.slice(i + 3, close), 16);
        if (close === -1 || !(code <= 0xff)) return fail('\\x{...} above \\xff');
        out += '\\u' + (code < 0x80 ? code : PUA + code).toString(16).padStart(4, '0');
        i = close;
        continue;
      }
      if (n === 'x') {
        const hex = /^[0-9a-fA-F]{1,2}/.exec(src.slice(i + 2))?.[0] ?? '';
        const code = hex === '' ? 0 : parseInt(hex, 16);
        out += '\\u' + (code < 0x80 ? code : PUA + code).toString(16).padStart(4, '0');
        i += 1 + hex.length;
        continue;
      }
      if (!inClass && n === 'A') out += '^';
      else if (!inClass && n === 'z') out += '(?![\\s\\S])';
      else if (!inClass && n === 'Z') out += '(?=\\n?(?![\\s\\S]))';
      else if (n === 'e') out += '\\x1b';
      else if (n === 'a') out += '\\x07';
      else if (n === 's') out += inClass ? '\\t\\n\\v\\f\\r ' : '[\\t\\n\\v\\f\\r ]';
      else if (n === 'S') {
        if (inClass) return fail('\\S inside a character class');
        out += '[^\\t\\n\\v\\f\\r ]';
      } else out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(src.slice(i));
      if (posix) {
        const set = POSIX_CLASSES[posix[2]!];
        if (!set || posix[1]) return fail(`[:${posix[1]}${posix[2]}:]`);
        out += set;
        i += posix[0].length - 1;
        continue;
      }
      if (c === '[') out += '\\[';
      else {
        if (c === ']') inClass = false;
        out += c;
      }
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += '[';
      if (src[i + 1] === '^') {
        out += '^';
        i++;
      }
      // A `]` right after the opening bracket is a literal in PCRE; in JavaScript `[]` is an empty class.
      if (src[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '.') out += dotAll ? '[\\s\\S]' : '[^\\n]';
    else if (c === '$') out += multiline ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))';
    else if (c === '^') out += multiline ? '(?<=^|\\n)' : '^';
    else if (c === '(' && src[i + 1] === '?') {
      const rest = src.slice(i);
      if (rest.startsWith('(?P<')) {
        out += '(?<';
        i += 3;
      } else if (/^\(\?P=(\w+)\)/.test(rest)) {
        const m = /^\(\?P=(\w+)\)/.exec(rest)!;
        out += `\\k<${m[1]}>`;
        i += m[0].length - 1;
      } else if (rest.startsWith('(?#')) {
        const close = src.indexOf(')', i);
        i = close === -1 ? src.length : close;
      } else if (/^\(\?(?:[:=!]|<[=!]|<[A-Za-z_])/.test(rest)) {
        out += '(';
      } else {
        return fail(`the group "${rest.slice(0, 4)}"`);
      }
    } else out += c;
  }
  try {
    return { regex: new RegExp(out, ignoreCase ? 'i' : ''), error: null };
  } catch (e) {
    return { regex: null, error: `the pattern is not valid here (${(e as Error).message})` };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Description.

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
