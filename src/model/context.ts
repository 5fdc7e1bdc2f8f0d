// The context tree: nginx's view of blocks (main, http, server, location, if, ...) with includes spliced in place.
import type { Directive, Statement } from '../parser/ast.js';

export type { Directive } from '../parser/ast.js';
import type { ConfigTree } from './includes.js';
import { allowedIn } from './directives.js';

export type ContextKind =
  | 'main' | 'events' | 'http' | 'server' | 'location' | 'if' | 'limit_except' | 'upstream'
  | 'map' | 'geo' | 'types' | 'split_clients' | 'match' | 'stream' | 'mail' | 'other';

/**
 * One block as nginx evaluates it. A file included from several places yields several contexts that
 * share the same Directive objects, one per inclusion.
 */
export interface ContextNode {
  /** Unique within a model, stable for a given config: entry index and path of block indexes. */
  id: string;
  kind: ContextKind;
  /** The block directive (`server`, `location /x`, ...); null for an entry's top level. */
  directive: Directive | null;
  parent: ContextNode | null;
  /** Directives of this block in nginx's order, includes expanded (the `include` directives themselves are kept too). */
  directives: Directive[];
  /** Block contexts directly inside this one, in order. */
  children: ContextNode[];
  /** The `include` directives through which this block's directive was reached, outermost first. */
  via: Directive[];
  /** The entry file this context belongs to. */
  entry: string;
  /**
   * For a lone snippet placed under the main config's `http` (see buildContexts): the include directive
   * whose files are missing here, which is where the snippet most likely belongs.
   */
  assumedIn?: Directive;
}

const BLOCK_KINDS: Record<string, ContextKind> = {
  events: 'events', http: 'http', server: 'server', location: 'location', if: 'if', limit_except: 'limit_except',
  upstream: 'upstream', map: 'map', geo: 'geo', types: 'types', split_clients: 'split_clients', match: 'match',
  stream: 'stream', mail: 'mail',
};

/** The kind of block a block directive opens (`server` inside `stream`/`mail` is that module's server). */
export function contextKindOf(d: Directive): ContextKind {
  return BLOCK_KINDS[d.name] ?? 'other';
}

const MAIN_ONLY = new Set(['http', 'events', 'worker_processes', 'user', 'pid', 'stream', 'mail', 'load_module', 'worker_rlimit_nofile', 'daemon', 'env']);
const HTTP_LEVEL = new Set(['server', 'upstream', 'map', 'geo', 'split_clients', 'log_format', 'proxy_cache_path', 'limit_req_zone', 'limit_conn_zone', 'lua_package_path', 'lua_shared_dict', 'init_by_lua_block']);
const SERVER_LEVEL = new Set(['location', 'listen', 'server_name', 'ssl_certificate', 'ssl_certificate_key', 'http2']);

/**
 * Guesses the context a lone file was written for (a site file starts inside `http`, a snippet inside
 * `server` or `location`), from the directives at its top level.
 */
export function guessEntryContext(statements: Statement[]): ContextKind {
  const names = statements.filter((s): s is Directive => s.type === 'directive').map((d) => d.name);
  if (names.length === 0 || names.some((n) => MAIN_ONLY.has(n))) return 'main';
  if (names.some((n) => HTTP_LEVEL.has(n))) return 'http';
  if (names.some((n) => SERVER_LEVEL.has(n))) return 'server';
  // The deepest level where every known directive of the snippet is allowed (ssl_* snippets go in server).
  for (const level of ['location', 'server', 'http'] as const) {
    if (names.every((n) => allowedIn(n, level) !== false)) return level;
  }
  return 'location';
}

export interface ContextTree {
  /** One root per entry file, in entry order. */
  roots: ContextNode[];
  /** Every context, depth-first in source order. */
  all: ContextNode[];
}

/** Builds the context tree of every entry, expanding includes (cyclic edges are not followed). */
export function buildContexts(tree: ConfigTree): ContextTree {
  const all: ContextNode[] = [];
  const roots: ContextNode[] = [];
  tree.entries.forEach((entry, entryIndex) => {
    const parsed = tree.files.get(entry);
    if (!parsed) return;
    const kind = guessEntryContext(parsed.statements);
    const root: ContextNode = { id: `${entryIndex}`, kind, directive: null, parent: null, directives: [], children: [], via: [], entry };
    all.push(root);
    roots.push(root);
    fill(root, parsed.statements, [], [entry]);
  });
  attachOrphans(roots);
  return { roots, all };

  /**
   * In a directory whose nginx.conf includes files that are not there (`include /data/nginx/proxy_host/*.conf`
   * matching nothing: generated sites, panels, containers), the other files nobody includes are most likely
   * those sites. Their server- and location-level snippets are evaluated inside that `http` block, so that
   * inheritance from it is seen; the root keeps `assumedIn` so messages can say so.
   */
  function attachOrphans(rs: ContextNode[]): void {
    const main = rs[0];
    if (!main || main.kind !== 'main' || rs.length < 2) return;
    const http = main.children.find((c) => c.kind === 'http');
    if (!http) return;
    const unresolved = http.directives.find((d) => d.name === 'include' && (d.includes?.length ?? 0) === 0);
    if (!unresolved) return;
    for (const r of rs.slice(1)) {
      if (r.kind !== 'http' && r.kind !== 'server' && r.kind !== 'location') continue;
      r.parent = http;
      r.assumedIn = unresolved;
    }
  }

  function fill(ctx: ContextNode, statements: Statement[], via: Directive[], chain: string[]): void {
    for (const s of statements) {
      if (s.type !== 'directive') continue;
      ctx.directives.push(s);
      if (s.name === 'include' && s.includes && !s.lua) {
        const cyclic = tree.cyclic.get(s);
        for (const target of s.includes) {
          if (cyclic?.has(target) || chain.includes(target)) continue;
          const parsed = tree.files.get(target);
          if (parsed) fill(ctx, parsed.statements, [...via, s], [...chain, target]);
        }
        continue;
      }
      if (s.block) {
        const child: ContextNode = {
          id: `${ctx.id}.${ctx.children.length}`, kind: contextKindOf(s), directive: s, parent: ctx,
          directives: [], children: [], via, entry: ctx.entry,
        };
        ctx.children.push(child);
        all.push(child);
        fill(child, s.block.children, via, chain);
      }
    }
  }
}

const byNameCache = new WeakMap<ContextNode, Map<string, Directive[]>>();

/** The directives of a block with a given name, in order (indexed once per block: `http` may hold thousands of servers). */
export function directivesNamed(ctx: ContextNode, name: string): readonly Directive[] {
  let index = byNameCache.get(ctx);
  if (!index) {
    index = new Map();
    for (const d of ctx.directives) {
      const list = index.get(d.name);
      if (list) list.push(d);
      else index.set(d.name, [d]);
    }
    byNameCache.set(ctx, index);
  }
  return index.get(name) ?? [];
}
