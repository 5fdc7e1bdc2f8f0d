// The context tree: nginx's view of blocks (main, http, server, location, if, ...) with includes spliced in place.
import type { Directive, ParsedFile, Statement } from '../parser/ast.js';
import type { Token } from '../parser/lexer.js';
import { MAX_BLOCK_DEPTH } from '../parser/parser.js';
import type { ConfigTree } from './includes.js';
import { allowedIn } from './directives.js';
import { exactList } from '../util/array.js';

export type { Directive } from '../parser/ast.js';

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
  /**
   * For an entry that is a fragment (a site file, a server or location snippet): the block it is linted as the
   * inside of, and how that was decided. A location snippet gets a stand-in `location` directive (no arguments,
   * spanning the file) so rules see it as a location.
   */
  assumed?: AssumedContext;
  /**
   * What the model's queries remember about this block (see memoSlot): kept on the block rather than in maps keyed by
   * it. Null until a query asks.
   */
  memo: unknown[] | null;
}

/**
 * One kind of answer the model remembers per block, kept in the block's `memo`: a large config has a hundred thousand
 * blocks, and a slot is one word where an entry of a map keyed by the block costs several and is slower to find (the
 * garbage collector also walks a weak map's entries one by one). Each module makes its slots once, at load.
 */
export interface MemoSlot<T> {
  readonly index: number;
  /** Never set: carries the type of what the slot holds. */
  readonly held?: T;
}

let slotCount = 0;

/** A new memo slot (`const HANDLER = memoSlot<Handler>()`, at a module's top level). */
export function memoSlot<T>(): MemoSlot<T> {
  return { index: slotCount++ };
}

/** What a block remembers in a slot, or undefined. */
export function recall<T>(ctx: ContextNode, slot: MemoSlot<T>): T | undefined {
  const memo = ctx.memo;
  return memo === null ? undefined : (memo[slot.index] as T | undefined);
}

/** Remembers a value in a block's slot (undefined forgets it) and returns it. */
export function remember<T>(ctx: ContextNode, slot: MemoSlot<T>, value: T): T {
  let memo = ctx.memo;
  if (memo === null) {
    memo = new Array<unknown>(slotCount);
    ctx.memo = memo;
  }
  memo[slot.index] = value;
  return value;
}

/** The block a fragment is linted in: guessed from its directives, given with --context, or with a comment. */
export interface AssumedContext {
  kind: SnippetContext;
  how: 'guessed' | 'option' | 'comment';
}

export type SnippetContext = 'http' | 'server' | 'location';
export const SNIPPET_CONTEXTS: readonly SnippetContext[] = ['http', 'server', 'location'];

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

/** `# sse-lint: context location` among a file's top-level comments: the block it is meant for. */
export function contextComment(statements: Statement[]): SnippetContext | null {
  for (const s of statements) {
    if (s.type !== 'comment') continue;
    const m = /^\s*sse-lint:\s*context\s+(\S+)/.exec(s.text);
    if (m && (SNIPPET_CONTEXTS as readonly string[]).includes(m[1]!)) return m[1] as SnippetContext;
  }
  return null;
}

/** The block an entry file is linted in: its comment, else `--context` (for fragments only), else the guess. */
export function entryContext(statements: Statement[], option?: SnippetContext): { kind: ContextKind; assumed?: AssumedContext } {
  const marked = contextComment(statements);
  if (marked) return { kind: marked, assumed: { kind: marked, how: 'comment' } };
  const guessed = guessEntryContext(statements);
  if (guessed === 'main') return { kind: 'main' };
  if (option) return { kind: option, assumed: { kind: option, how: 'option' } };
  return { kind: guessed, assumed: { kind: guessed as SnippetContext, how: 'guessed' } };
}

const standIns = new WeakMap<ParsedFile, Directive>();

/**
 * A `location` directive standing for the block a location snippet is meant for: no arguments, the file's
 * statements as its children (they keep `parent: null`: queries treat an assumed root's top level as its own), an opening at the first statement and no closing brace,
 * so a finding on the location points at the snippet's first line and an inserted directive lands after its peers.
 * One per parsed file, so building the model again reuses it.
 */
function locationStandIn(parsed: ParsedFile): Directive {
  const known = standIns.get(parsed);
  if (known) return known;
  const first = parsed.statements[0];
  const at = first ? first.start : 0;
  const { line, column } = lineColumnOf(parsed, at);
  const token: Token = { kind: 'word', raw: '', value: '', quoted: false, start: at, end: at, line, column };
  const d: Directive = {
    type: 'directive', name: 'location', nameToken: token, args: [], block: { open: token, close: null, children: parsed.statements },
    lua: null, semicolon: null, terminated: true, innerComments: [], trailingComment: null, start: at, end: parsed.file.text.length,
    file: parsed.file, parent: null,
    argc: 0, arg: () => undefined, argRaw: () => undefined, argIs: () => false, argValues: () => [],
  };
  standIns.set(parsed, d);
  return d;
}

function lineColumnOf(parsed: ParsedFile, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const text = parsed.file.text;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export interface ContextTree {
  /** One root per entry file, in entry order. */
  roots: ContextNode[];
  /** Every context, depth-first in source order. */
  all: ContextNode[];
  /** Where building stopped short: a block nested too deep through includes, or includes expanded too often. */
  limits: { directive: Directive; message: string }[];
}

/**
 * How many directives the expanded tree may hold. A file included twice is expanded twice, as nginx does, so a
 * chain of files each including the next twice doubles at every step; past this budget includes are not expanded.
 */
export const MAX_EXPANDED_DIRECTIVES = 4_000_000;

/** One level of the walk: statements of a file spliced into a context, and how far they are read. */
interface FillFrame {
  ctx: ContextNode;
  statements: Statement[];
  next: number;
  via: Directive[];
  /** Files on the include path here (a file never includes itself again). */
  chain: string[];
  depth: number;
  /** The frame of the block itself (not of a file it includes): once it is read, the block's lists are complete. */
  block: boolean;
}

/** How far building goes (tests lower these). */
export interface ContextLimits {
  maxDepth: number;
  maxExpanded: number;
}

/** Builds the context tree of every entry, expanding includes (cyclic edges are not followed). Iterative. */
export function buildContexts(
  tree: ConfigTree, bounds: ContextLimits = { maxDepth: MAX_BLOCK_DEPTH, maxExpanded: MAX_EXPANDED_DIRECTIVES }, options: { context?: SnippetContext } = {},
): ContextTree {
  const all: ContextNode[] = [];
  const roots: ContextNode[] = [];
  const limits: ContextTree['limits'] = [];
  let expanded = 0;
  let budgetHit = false;
  const tooDeep = new Set<Directive>();
  tree.entries.forEach((entry, entryIndex) => {
    const parsed = tree.files.get(entry);
    if (!parsed) return;
    const { kind, assumed } = entryContext(parsed.statements, options.context);
    const directive = kind === 'location' ? locationStandIn(parsed) : null;
    const root: ContextNode = {
      id: `${entryIndex}`, kind, directive, parent: null, directives: [], children: [], via: [], entry, ...(assumed ? { assumed } : {}), memo: null,
    };
    all.push(root);
    roots.push(root);
    fill({ ctx: root, statements: parsed.statements, next: 0, via: [], chain: [entry], depth: 0, block: true });
  });
  attachOrphans(roots);
  const names = new Set<string>();
  for (const c of all) for (const d of c.directives) names.add(d.name);
  for (const r of roots) remember(r, NAMES, names);
  return { roots, all, limits };

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

  /** Splices statements into contexts depth-first in source order, with an explicit stack instead of recursion. */
  function fill(first: FillFrame): void {
    const stack: FillFrame[] = [first];
    while (stack.length > 0) {
      const f = stack[stack.length - 1]!;
      if (f.next >= f.statements.length) {
        stack.pop();
        // Kept as long as the model: the block's lists without the spare room push left in them, copied as soon as
        // they are complete, so the grown ones die young instead of being promoted with the tree and kept to the end.
        if (f.block) {
          f.ctx.directives = exactList(f.ctx.directives);
          f.ctx.children = exactList(f.ctx.children);
        }
        continue;
      }
      const s = f.statements[f.next++]!;
      if (s.type !== 'directive') continue;
      f.ctx.directives.push(s);
      expanded++;
      if (s.name === 'include' && s.includes && !s.lua) {
        if (expanded > bounds.maxExpanded) {
          if (!budgetHit) limits.push({ directive: s, message: `includes expand to more than ${bounds.maxExpanded.toLocaleString('en-US')} directives; this include and later ones are not expanded` });
          budgetHit = true;
          continue;
        }
        const cyclic = tree.cyclic.get(s);
        // One list for every file the include reads (a glob of a thousand sites): each block reached keeps it.
        let via: Directive[] | null = null;
        // Pushed in reverse, so the first target is read first and completely, as a recursive walk would.
        for (let k = s.includes.length - 1; k >= 0; k--) {
          const target = s.includes[k]!;
          if (cyclic?.has(target) || f.chain.includes(target)) continue;
          const parsed = tree.files.get(target);
          if (parsed) stack.push({ ctx: f.ctx, statements: parsed.statements, next: 0, via: (via ??= [...f.via, s]), chain: [...f.chain, target], depth: f.depth, block: false });
        }
        continue;
      }
      if (s.block) {
        // The parser already cut a file's own nesting (an empty block is left there); what remains is depth gained through includes.
        if (f.depth >= bounds.maxDepth && s.block.children.length > 0) {
          if (!tooDeep.has(s)) limits.push({ directive: s, message: `block nested more than ${bounds.maxDepth} levels deep through includes; its contents are not checked` });
          tooDeep.add(s);
          continue;
        }
        const child: ContextNode = {
          id: `${f.ctx.id}.${f.ctx.children.length}`, kind: contextKindOf(s), directive: s, parent: f.ctx,
          directives: [], children: [], via: f.via, entry: f.ctx.entry, memo: null,
        };
        f.ctx.children.push(child);
        all.push(child);
        stack.push({ ctx: child, statements: s.block.children, next: 0, via: f.via, chain: f.chain, depth: f.depth + 1, block: true });
      }
    }
  }
}

/**
 * On each root (and on each block writtenInTree was asked about): the name of every directive in any block of its tree
 * (orphans placed under another root included).
 */
const NAMES = memoSlot<ReadonlySet<string>>();

/**
 * Whether a directive of this name is written in some block of the tree `ctx` belongs to. When it is not, no level
 * above any block sets it: most directives asked about are written nowhere (the grpc_*, fastcgi_* and headers-more
 * lists of a proxying config), and this answers them without looking at a single level.
 */
export function writtenInTree(ctx: ContextNode, name: string): boolean {
  // Asked hundreds of thousands of times: the root's set is kept on each block asked, after one walk up.
  let names = recall(ctx, NAMES);
  if (names === undefined) {
    let root = ctx;
    while (root.parent !== null) root = root.parent;
    names = recall(root, NAMES);
    if (names === undefined) return true;
    remember(ctx, NAMES, names);
  }
  return names.has(name);
}

const BY_NAME = memoSlot<Map<string, Directive[]>>();
const NONE: readonly Directive[] = Object.freeze([]);
/** Blocks with fewer directives are scanned: an index costs more than it saves (most locations hold a handful). */
const INDEX_FROM = 16;

/** The directives of a block with a given name, in order (indexed once per block: `http` may hold thousands of servers). */
export function directivesNamed(ctx: ContextNode, name: string): readonly Directive[] {
  const all = ctx.directives;
  if (all.length < INDEX_FROM) {
    let out: Directive[] | null = null;
    for (let k = 0; k < all.length; k++) {
      const d = all[k]!;
      // A one-item list for the usual single line (push would leave room for sixteen more).
      if (d.name === name) {
        if (out === null) out = [d];
        else out.push(d);
      }
    }
    return out ?? NONE;
  }
  return indexOf(ctx).get(name) ?? NONE;
}

/** The first directive of a block with a given name, or null (nothing is allocated). */
export function firstDirectiveNamed(ctx: ContextNode, name: string): Directive | null {
  const all = ctx.directives;
  if (all.length < INDEX_FROM) {
    for (let k = 0; k < all.length; k++) if (all[k]!.name === name) return all[k]!;
    return null;
  }
  return indexOf(ctx).get(name)?.[0] ?? null;
}

/** A large block's directives by name, made once. */
function indexOf(ctx: ContextNode): Map<string, Directive[]> {
  let index = recall(ctx, BY_NAME);
  if (!index) {
    index = new Map();
    for (const d of ctx.directives) {
      const list = index.get(d.name);
      if (list) list.push(d);
      else index.set(d.name, [d]);
    }
    remember(ctx, BY_NAME, index);
  }
  return index;
}

const ORDER = memoSlot<Map<Directive, number>>();

/** The position of each directive in its block's `directives` (indexed once per block, for sorting). */
export function directiveOrder(ctx: ContextNode): Map<Directive, number> {
  let order = recall(ctx, ORDER);
  if (!order) {
    order = new Map();
    ctx.directives.forEach((d, k) => order!.set(d, k));
    remember(ctx, ORDER, order);
  }
  return order;
}
