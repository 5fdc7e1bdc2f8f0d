// Locations: parsing `location` lines and nginx's location search (exact, longest prefix, `^~`, regexes, nesting).
import { memoSlot, recall, remember, type ContextNode } from '../context.js';
import { PASS_DIRECTIVES } from '../upstreams.js';
import { compilePcre, PcreLimitError } from './pcre.js';
import { argSubject, fromSubject } from './subject.js';
import type { LocationInfo, LocationMatch, LocationModifier, PcreProblem, RegexFailure, Unevaluated } from './types.js';

/** A location with what the search needs. */
export interface LocationEntry extends LocationInfo {
  /** The pattern as a byte subject (prefix and exact locations). */
  subject: string;
  parent: LocationEntry | null;
  children: LocationEntry[];
}


/** A location's modifier and pattern as nginx reads its arguments (`location ^~ /x`, `location =/x`, `location @x`). */
export function locationPattern(node: ContextNode): { modifier: LocationModifier | null; pattern: string } {
  const d = node.directive!;
  let modifier: LocationModifier | null = null;
  let pattern = '';
  // ngx_http_core_location: with two arguments the first is the modifier; with one, `=`, `^~`, `~`, `~*` and `@`
  // may be glued to the name (`location ^~/x` is a `^~` prefix, checked against nginx 1.22).
  if (d.argc === 2) {
    const mod = d.arg(0)!;
    pattern = d.arg(1)!;
    if (mod === '=' || mod === '^~' || mod === '~' || mod === '~*') modifier = mod;
  } else if (d.argc === 1) {
    const name = d.arg(0)!;
    if (name.startsWith('=')) [modifier, pattern] = ['=', name.slice(1)];
    else if (name.startsWith('^~')) [modifier, pattern] = ['^~', name.slice(2)];
    else if (name.startsWith('@')) [modifier, pattern] = ['@', name];
    else if (name.startsWith('~*')) [modifier, pattern] = ['~*', name.slice(2)];
    else if (name.startsWith('~')) [modifier, pattern] = ['~', name.slice(1)];
    else [modifier, pattern] = ['', name];
  }
  return { modifier, pattern };
}

function parseLocation(node: ContextNode, parent: LocationEntry | null): LocationEntry {
  const d = node.directive!;
  const { modifier, pattern } = locationPattern(node);
  const subject = argSubject(pattern, d.file);
  let regex: LocationInfo['regex'] = null;
  let regexError: PcreProblem | null = null;
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
  return locationsOf(server).all;
}

/** A server's locations as the search sees them. */
export interface ServerLocations {
  /** Every location, nested ones included, depth-first in config order. */
  all: LocationEntry[];
  /** The top-level ones, in order: where a search starts. */
  top: LocationEntry[];
  /** The top-level named locations (`location @x`), in order. */
  named: LocationEntry[];
  /** Each location's entry by its block, made on first use when there are many. */
  byNode: Map<ContextNode, LocationEntry> | null;
  /** The first named location of each name, made on first use when there are many. */
  namedBySubject: Map<string, LocationEntry> | null;
}

const LOCATIONS = memoSlot<ServerLocations>();
/**
 * Servers whose locations are kept, oldest first. Rules and redirects ask about one server's locations at a time; a
 * server asked about again after this many others is parsed again rather than every server's tree kept for the run.
 */
const KEPT_SERVERS = 64;
const kept: ContextNode[] = [];

/** Every location of a server as the search sees it, built once per server while it is recent. */
export function locationsOf(server: ContextNode): ServerLocations {
  const cached = recall(server, LOCATIONS);
  if (cached) return cached;
  const all: LocationEntry[] = [];
  const top: LocationEntry[] = [];
  const visit = (ctx: ContextNode, parent: LocationEntry | null, into: LocationEntry[]): void => {
    for (const child of ctx.children) {
      if (child.kind !== 'location') continue;
      const loc = parseLocation(child, parent);
      into.push(loc);
      all.push(loc);
      visit(child, loc, loc.children);
    }
  };
  visit(server, null, top);
  const found: ServerLocations = { all, top, named: top.filter((e) => e.modifier === '@'), byNode: null, namedBySubject: null };
  if (kept.length >= KEPT_SERVERS) remember(kept.shift()!, LOCATIONS, undefined);
  kept.push(server);
  return remember(server, LOCATIONS, found);
}

/** Forgets every server's locations (a new model is being built). */
export function forgetLocations(): void {
  for (const server of kept) remember(server, LOCATIONS, undefined);
  kept.length = 0;
}

/** Every location of a server as the search sees it. */
export function entries(server: ContextNode): LocationEntry[] {
  return locationsOf(server).all;
}

/**
 * What the search knows of one location block of a server (its modifier, subject and regex), or null when it is not
 * one of the server's locations. Read from the server's tree when that is at hand; otherwise the location alone is
 * parsed (a chain that never searches needs no tree: a stream location with only a proxy_pass).
 */
export function entryOf(server: ContextNode, node: ContextNode): LocationEntry | null {
  const found = recall(server, LOCATIONS);
  if (!found) {
    if (node.kind !== 'location' || !node.directive || !isLocationOf(server, node)) return null;
    return parseLocation(node, null);
  }
  if (found.all.length < INDEX_FROM) return found.all.find((e) => e.node === node) ?? null;
  if (!found.byNode) {
    found.byNode = new Map();
    for (const e of found.all) if (!found.byNode.has(e.node)) found.byNode.set(e.node, e);
  }
  return found.byNode.get(node) ?? null;
}

/** The first named location of a server called `subject` (`@app`), or null. */
export function namedLocation(locations: ServerLocations, subject: string): LocationEntry | null {
  const named = locations.named;
  if (named.length < INDEX_FROM) return named.find((x) => x.subject === subject) ?? null;
  if (!locations.namedBySubject) {
    locations.namedBySubject = new Map();
    for (const e of named) if (!locations.namedBySubject.has(e.subject)) locations.namedBySubject.set(e.subject, e);
  }
  return locations.namedBySubject.get(subject) ?? null;
}

/** Lists shorter than this are searched in order: an index costs more than it saves. */
const INDEX_FROM = 16;

/** `node` is a location of `server` as its tree has them: reached from the server through locations only. */
function isLocationOf(server: ContextNode, node: ContextNode): boolean {
  for (let c: ContextNode | null = node; c; c = c.parent) {
    if (c === server) return true;
    if (c.kind !== 'location') return false;
  }
  return false;
}

/** The outcome of one search level, as in ngx_http_core_find_location (`error`: PCRE2 gave up on a regex). */
export type SearchRc = 'ok' | 'done' | 'again' | 'declined' | 'error';

/** The best location found so far, how it was found, and what could not be evaluated. */
export interface SearchState {
  current: LocationEntry | null;
  how: LocationMatch | null;
  unsupported: Unevaluated[];
  /** Set when PCRE2 gave up on a location regex (nginx then answers 500). */
  failure?: RegexFailure;
}

const isPrefix = (l: LocationEntry): boolean => l.modifier === '' || l.modifier === '^~';

/** One level of nginx's static location tree: exact, then 301 auto-redirect, then longest prefix. */
function findStatic(level: LocationEntry[], uri: string): { rc: SearchRc; loc: LocationEntry | null; how: LocationMatch | null } {
  if (level.length >= INDEX_FROM) return findIndexed(staticIndexOf(level), uri);
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
 * A level's locations by subject (and its regex locations), for a level of many (a server of thousands of locations is searched once per
 * chain that redirects: a walk of every location per search made that n²).
 */
interface StaticIndex {
  /** The first exact (`=`) location of each subject. */
  exact: Map<string, LocationEntry>;
  /** The first prefix location (plain or `^~`) of each subject. */
  prefix: Map<string, LocationEntry>;
  /** The prefix and exact locations of each subject, in order (for the auto-redirect of `uri/`). */
  slashable: Map<string, LocationEntry[]>;
  /** The lengths prefix subjects have, longest first. */
  lengths: number[];
  /** The regex locations, in order (tried one after another, as nginx does). */
  regexes: LocationEntry[];
}

const staticIndexes = new WeakMap<LocationEntry[], StaticIndex>();

function staticIndexOf(level: LocationEntry[]): StaticIndex {
  let index = staticIndexes.get(level);
  if (!index) {
    index = { exact: new Map(), prefix: new Map(), slashable: new Map(), lengths: [], regexes: [] };
    const lengths = new Set<number>();
    for (const l of level) {
      if (l.modifier === '=' && !index.exact.has(l.subject)) index.exact.set(l.subject, l);
      if (isPrefix(l)) {
        if (!index.prefix.has(l.subject)) index.prefix.set(l.subject, l);
        lengths.add(l.subject.length);
      }
      if (l.modifier === '~' || l.modifier === '~*') index.regexes.push(l);
      if (isPrefix(l) || l.modifier === '=') {
        const list = index.slashable.get(l.subject);
        if (list) list.push(l);
        else index.slashable.set(l.subject, [l]);
      }
    }
    index.lengths = [...lengths].sort((a, b) => b - a);
    staticIndexes.set(level, index);
  }
  return index;
}

/** findStatic through a level's index: the same answers, each found without walking the level. */
function findIndexed(index: StaticIndex, uri: string): { rc: SearchRc; loc: LocationEntry | null; how: LocationMatch | null } {
  const exact = index.exact.get(uri);
  if (exact) return { rc: 'ok', loc: exact, how: 'exact' };
  if (!index.prefix.has(uri)) {
    const slashed = index.slashable.get(uri + '/') ?? [];
    if (slashed.some((l) => l.autoRedirect)) {
      return { rc: 'done', loc: slashed.find((l) => l.modifier === '=') ?? slashed[0]!, how: 'auto-redirect' };
    }
  }
  // The longest prefix subject the URI starts with (one subject per length can match: the URI's own start); the first
  // location of that subject, as the walk in order keeps the first of equal length.
  for (const n of index.lengths) {
    if (n > uri.length) continue;
    const best = index.prefix.get(uri.slice(0, n));
    if (best) return { rc: 'again', loc: best, how: best.modifier === '^~' ? 'noregex-prefix' : 'prefix' };
  }
  return { rc: 'declined', loc: null, how: null };
}

/**
 * nginx's ngx_http_core_find_location: the longest prefix at this level is remembered, its nested locations are
 * searched (their regexes first), and only then the regexes of this level, unless the prefix was `^~`. A nested
 * `^~` therefore stops only the regexes nested next to it, not the outer ones.
 */
export function findLocation(level: LocationEntry[], uri: string, st: SearchState): SearchRc {
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
  if (rc === 'ok' || rc === 'done' || rc === 'error') return rc;
  if (noregex) return rc;
  for (const l of level.length >= INDEX_FROM ? staticIndexOf(level).regexes : level) {
    if (l.modifier !== '~' && l.modifier !== '~*') continue;
    if (!l.regex) {
      st.unsupported.push({ subject: `location ${l.modifier} ${l.pattern}`, problem: l.regexError });
      continue;
    }
    let hit: boolean;
    try {
      hit = l.regex.test(uri);
    } catch (e) {
      if (!(e instanceof PcreLimitError)) throw e;
      st.failure = { during: 'location', code: e.code, subject: fromSubject(uri), pattern: fromSubject(l.subject) };
      return 'error';
    }
    if (hit) {
      st.current = l;
      st.how = l.modifier === '~*' ? 'regex-caseless' : 'regex';
      return findLocation(l.children, uri, st) === 'error' ? 'error' : 'ok';
    }
  }
  return rc;
}

/**
 * The location nginx's search picks in a server for a URI (a byte subject): the innermost location (null when
 * none matches) and how it was found. Regex locations that cannot be evaluated here are listed in `unsupported`; a
 * regex PCRE2 gives up on is a `failure` (nginx answers 500).
 */
export function searchLocation(server: ContextNode, uri: string, unsupported: Unevaluated[]): { location: LocationEntry | null; how: LocationMatch | null; failure: RegexFailure | null } {
  const top = locationsOf(server).top;
  const state: SearchState = { current: null, how: null, unsupported };
  if (findLocation(top, uri, state) === 'error') return { location: null, how: null, failure: state.failure! };
  return { location: state.current, how: state.how, failure: null };
}
