// Which locations carry text/event-stream, how sure that is, and why: marks the user wrote (declared), what the
// config shows (seen), what a path or a setting suggests (guessed), and the evidence that a location is no SSE stream.
import type { Directive } from '../parser/ast.js';
import type { SourceFile } from '../parser/source.js';
import { compileGlob, matchGlob, type GlobSyntax } from '../util/glob-match.js';
import { memoSlot, recall, remember, type ContextNode } from './context.js';
import type { NotStreamWhy, Severity, StreamConfidence, StreamWhy } from '../types.js';
import type { Chain } from './routing/types.js';
import type { Handler, UpstreamBlock } from './upstreams.js';
import { intendedFlag } from './values.js';

export type StreamReasonKind =
  | 'route' | 'comment' | 'pattern' | 'path' | 'content-type' | 'accel-header' | 'intent' | 'producer' | 'upstream' | 'backend'
  | 'all-proxies' | 'preset' | 'snippet' | 'redirect';

export interface StreamReason {
  kind: StreamReasonKind;
  /** What gave it away, as message data (rendered per locale). */
  why: StreamWhy;
  /** The directive or comment that gave it away, when there is one. */
  directive?: Directive;
  /** True for explicit marks (route, comment, pattern, --all-proxies); heuristics are false. */
  explicit: boolean;
  /**
   * For a location that serves another location's stream requests (`redirect`, or a `--route` URI that reaches
   * it through internal redirects): the way the requests take, from the location the search picked.
   */
  chain?: Chain;
  /** For `redirect`: the stream location the requests were sent to first. */
  from?: ContextNode;
  confidence: StreamConfidence;
}

/** What sse-lint knows about one location: its reasons to stream, how sure that is, and what findings may say. */
export interface StreamEvidence {
  /** Reasons in effect; empty when the location is not treated as a stream. */
  reasons: StreamReason[];
  /** The strongest confidence of the reasons, or null for no stream. */
  confidence: StreamConfidence | null;
  /** Why a location that had reasons (or is denied) is not a stream. */
  notStream: NotStreamWhy | null;
  /**
   * The highest severity a finding about this stream may have: a guess is at most a warning, and only info while the
   * user declared other streams (they said where their streams are).
   */
  maxSeverity: Severity;
}

const RANK: Record<StreamConfidence, number> = { guessed: 1, seen: 2, declared: 3 };

/** The strongest confidence among reasons, or null when there are none. */
export function strongest(reasons: readonly StreamReason[]): StreamConfidence | null {
  let best: StreamConfidence | null = null;
  for (const r of reasons) if (!best || RANK[r.confidence] > RANK[best]) best = r.confidence;
  return best;
}

/** Words in a location path that name streaming endpoints. Matched on word boundaries. */
const STREAM_WORDS = ['sse', 'events', 'event-stream', 'eventstream', 'stream', 'streams', 'streaming', 'subscribe', 'subscriptions', 'notifications', 'notify', 'mercure', 'completions'];
const STREAM_PATHS = ['/v1/chat/completions', '/api/chat', '/chat/completions', '/api/generate', '/v1/completions', '/v1/responses', '/v1/messages'];
/** Words in an upstream's name that say it serves streams (fewer than in paths: `notifications` may well be a REST API). */
const UPSTREAM_WORDS = ['sse', 'events', 'event-stream', 'eventstream', 'stream', 'streaming', 'mercure'];
/** Words in a path that name a WebSocket endpoint. */
const WEBSOCKET_WORDS = ['ws', 'wss', 'websocket', 'websockets', 'sockjs', 'cable', 'socket.io'];

/** Handlers that can relay an event stream from somewhere else (static files and `return` cannot). */
export function canStream(h: Handler): boolean {
  return h.module === 'proxy' || h.module === 'fastcgi' || h.module === 'uwsgi' || h.module === 'scgi' || h.module === 'grpc' || h.module === 'lua';
}

/** The path a location matches, as written (`/v1/chat/completions`, `^/api/(.*)/stream$`, `@sse`). */
export function locationPath(ctx: ContextNode): string | null {
  const d = ctx.directive;
  if (!d || ctx.kind !== 'location') return null;
  // Asked of every location by the stream heuristics and several rules: read from the tokens once.
  let path = recall(ctx, PATH);
  if (path === undefined) path = remember(ctx, PATH, d.arg(d.argc - 1) ?? null);
  return path;
}

const PATH = memoSlot<string | null>();

/** Words of a path or name, split at every non-alphanumeric character; hyphenated and dotted parts also count whole. */
function words(text: string): readonly string[] {
  // The same paths and upstream names come back in every server of a large config: split once per text.
  let list = wordsOf.get(text);
  if (list === undefined) {
    const lower = text.toLowerCase();
    list = Object.freeze([...lower.split(/[^a-z0-9]+/), ...lower.split(/[^a-z0-9-]+/), ...lower.split(/[^a-z0-9.]+/)].filter(Boolean));
    if (wordsOf.size >= 4096) wordsOf.clear();
    wordsOf.set(text, list);
  }
  return list;
}

const wordsOf = new Map<string, readonly string[]>();

/** What a path says about streaming: a known streaming endpoint in it, a streaming word, a WebSocket word. */
interface PathHints {
  known: string | undefined;
  word: string | undefined;
  websocket: boolean;
}

/** The hints of a path, worked out once per path text (the same paths come back in every server). */
function pathHints(path: string): PathHints {
  let hints = hintsOf.get(path);
  if (hints === undefined) {
    const lower = path.toLowerCase();
    const list = words(path);
    hints = {
      known: STREAM_PATHS.find((p) => lower.includes(p)),
      word: list.find((w) => STREAM_WORDS.includes(w)),
      websocket: list.some((w) => WEBSOCKET_WORDS.includes(w)),
    };
    if (hintsOf.size >= 4096) hintsOf.clear();
    hintsOf.set(path, hints);
  }
  return hints;
}

const hintsOf = new Map<string, PathHints>();

const reason = (kind: StreamReasonKind, why: StreamWhy, confidence: StreamConfidence, directive?: Directive): StreamReason =>
  ({ kind, why, confidence, explicit: false, ...(directive ? { directive } : {}) });

/** Heuristic reasons for one location (no explicit marks): what the config shows, then guesses. Empty when nothing suggests a stream. */
export function heuristicReasons(ctx: ContextNode, handler: Handler): StreamReason[] {
  return heuristicsOf(ctx, handler, null);
}

/**
 * Heuristic reasons for a location whose handler cannot stream, and whether a handler that can (a `proxy_pass` the
 * location's requests reach through try_files or a rewrite) would give it more: its path, an X-Accel-Buffering header,
 * `lua_http10_buffering` or `chunked_transfer_encoding off` count only for a handler that streams.
 */
export function heuristicsWithoutStreaming(ctx: ContextNode, handler: Handler): { reasons: StreamReason[]; streamingAdds: boolean } {
  const more = { found: false };
  const reasons = heuristicsOf(ctx, handler, more);
  return { reasons, streamingAdds: more.found };
}

/** The reasons for `handler`; with `more`, also whether a streaming handler would add some (set in `more.found`). */
function heuristicsOf(ctx: ContextNode, handler: Handler, more: { found: boolean } | null): StreamReason[] {
  const out: StreamReason[] = [];
  const streams = canStream(handler);
  const path = locationPath(ctx);
  if (path && (streams || more)) {
    const { known, word } = pathHints(path);
    // A known streaming API endpoint (OpenAI- and Ollama-style) is seen; a word in a path is a guess.
    if (!streams) {
      if (known || word) more!.found = true;
    } else if (known) out.push(reason('path', { kind: 'api-path', path, endpoint: known }, 'seen'));
    else if (word) out.push(reason('path', { kind: 'path-word', path, word }, 'guessed'));
  }
  const upstreamName = handler.upstream?.name ?? null;
  if (upstreamName && streams) {
    const word = upstreamWord(handler.upstream!);
    if (word) out.push(reason('upstream', { kind: 'upstream-name', name: upstreamName, word }, 'seen', handler.directive ?? undefined));
  }
  // A block whose own text mentions neither X-Accel-Buffering nor a backslash: none of its lines from its own file does.
  const block = ctx.directive;
  const quiet = block !== null && !spanMayMention(block.file, block.start, block.end);
  for (const d of ctx.directives) {
    // Most directives are none of those below and do not mention X-Accel-Buffering: their arguments are not read.
    if (!HEURISTIC_NAMES.has(d.name) && ((quiet && d.file === block!.file) || !mayMentionAccel(d))) {
      const producer = d.name === 'echo_flush' || d.name.startsWith('content_by_lua') ? producerOf(d) : null;
      if (producer) out.push(reason('producer', { kind: 'producer', directive: d.name, what: producer }, 'seen', d));
      continue;
    }
    const args = d.argValues();
    const joined = args.join(' ').toLowerCase();
    if ((d.name === 'default_type' || (d.name === 'add_header' && args[0]?.toLowerCase() === 'content-type') || (d.name === 'more_set_headers' && /content-type:\s*text\/event-stream/.test(joined))) && joined.includes('text/event-stream')) {
      out.push(reason('content-type', { kind: 'content-type', directive: d.name }, 'seen', d));
    }
    // Ignoring or hiding the header says nothing about streaming (ignoring it is the opposite of streaming intent).
    if (/x-accel-buffering/.test(joined) && (streams || more) && !/_(ignore|hide|pass)_headers?$/.test(d.name)) {
      if (streams) out.push(reason('accel-header', { kind: 'accel-header', directive: d.name }, 'seen', d));
      else more!.found = true;
    }
    if (['proxy_buffering', 'fastcgi_buffering', 'uwsgi_buffering', 'scgi_buffering'].includes(d.name) && args[0] !== undefined && intendedFlag(args[0]) === 'off') {
      // `proxy_buffering no` is meant as off (nginx -t rejects it): the same intent, named as written.
      out.push(args[0].toLowerCase() === 'off'
        ? reason('intent', { kind: 'buffering-off', directive: d.name }, 'guessed', d)
        : reason('intent', { kind: 'suggests', line: `${d.name} ${args[0]}` }, 'guessed', d));
    }
    if ((d.name === 'lua_http10_buffering' || (d.name === 'chunked_transfer_encoding' && args[0] === 'off')) && (streams || more)) {
      if (streams) out.push(reason('intent', { kind: 'suggests', line: `${d.name} ${args.join(' ')}` }, 'guessed', d));
      else more!.found = true;
    }
    const producer = producerOf(d);
    if (producer) out.push(reason('producer', { kind: 'producer', directive: d.name, what: producer }, 'seen', d));
  }
  // A `types { text/event-stream ... }` inside the location.
  for (const child of ctx.children) {
    if (child.kind === 'types' && child.directives.some((d) => d.name.toLowerCase() === 'text/event-stream')) {
      out.push(reason('content-type', { kind: 'types-block' }, 'seen', child.directive!));
    }
  }
  return out;
}

/**
 * The streaming word in an upstream block's name, found once per block (every location that proxies to it asks; a
 * large config has more names than the words cache keeps).
 */
function upstreamWord(upstream: UpstreamBlock): string | null {
  let word = upstreamWords.get(upstream);
  if (word === undefined) upstreamWords.set(upstream, (word = words(upstream.name).find((w) => UPSTREAM_WORDS.includes(w)) ?? null));
  return word;
}

const upstreamWords = new WeakMap<UpstreamBlock, string | null>();

/** Directives whose arguments heuristicReasons reads whatever they say. */
const HEURISTIC_NAMES = new Set([
  'default_type', 'add_header', 'more_set_headers', 'proxy_buffering', 'fastcgi_buffering', 'uwsgi_buffering', 'scgi_buffering',
  'lua_http10_buffering', 'chunked_transfer_encoding',
]);

/**
 * Whether a directive's arguments may contain `x-accel-buffering` (in any case): its source text does, or it holds a
 * backslash (an escape could hide the word in the raw text). Never false when they do. Read from where each file has
 * either, found once per file, so no directive's text is copied to ask.
 */
function mayMentionAccel(d: Directive): boolean {
  return spanMayMention(d.file, d.start, d.end);
}

/** Some backslash or `x-accel-buffering` (any case) in the text from `start` to `end`. */
function spanMayMention(file: SourceFile, start: number, end: number): boolean {
  const found = mentionsIn(file);
  return anyIn(found.backslashes, start, end) || anyIn(found.words, start, end - ACCEL.length + 1);
}

const ACCEL = 'x-accel-buffering';

/** Offsets of every backslash of a file, and of every `x-accel-buffering` in any case. */
interface Mentions {
  backslashes: number[];
  words: number[];
}

const mentionsOf = new WeakMap<SourceFile, Mentions>();

function mentionsIn(file: SourceFile): Mentions {
  let found = mentionsOf.get(file);
  if (!found) {
    found = { backslashes: [], words: [] };
    // Case-insensitive on ASCII letters only, as lower-casing the text would be for these letters.
    const re = /\\|x-accel-buffering/gi;
    for (let m = re.exec(file.text); m; m = re.exec(file.text)) (m[0] === '\\' ? found.backslashes : found.words).push(m.index);
    mentionsOf.set(file, found);
  }
  return found;
}

/** Some offset of a sorted list is in [from, to). */
function anyIn(offsets: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length && offsets[lo]! < to;
}

/** What a Lua or echo directive does that only an event-stream producer does: flush, or write text/event-stream. */
function producerOf(d: Directive): string | null {
  if (d.name === 'echo_flush') return 'echo_flush';
  if (!/^content_by_lua(_block)?$/.test(d.name)) return null;
  const code = d.lua ? d.lua.body.value : d.args[0]?.value ?? '';
  if (/text\/event-stream/i.test(code)) return 'text/event-stream';
  if (/\bngx\.flush\b/.test(code)) return 'ngx.flush';
  return null;
}

const STREAM_MARK = /^\s*sse-lint:\s*stream(?![\w-])/;
const NOT_STREAM_MARK = /^\s*sse-lint:\s*not-stream(?![\w-])/;

/** `# sse-lint: stream` (or `not-stream`) written directly inside the location block (or on the location's line). */
function markedWith(ctx: ContextNode, word: 'stream' | 'not-stream'): Directive | null {
  const d = ctx.directive;
  if (!d?.block || !mayHoldMarks(d.file)) return null;
  const marker = word === 'stream' ? STREAM_MARK : NOT_STREAM_MARK;
  for (const s of d.block.children) if (s.type === 'comment' && marker.test(s.text)) return d;
  for (const c of d.innerComments) if (marker.test(c.value)) return d;
  return null;
}

const marked = new WeakMap<SourceFile, boolean>();

/** A file whose text has no `sse-lint:` holds no mark: its blocks' comments are not read (asked of every location). */
function mayHoldMarks(file: SourceFile): boolean {
  let may = marked.get(file);
  if (may === undefined) marked.set(file, (may = file.text.includes('sse-lint:')));
  return may;
}

/** `# sse-lint: stream` in the location. */
export function hasStreamComment(ctx: ContextNode): Directive | null {
  return markedWith(ctx, 'stream');
}

/** `# sse-lint: not-stream` in the location. */
export function hasNotStreamComment(ctx: ContextNode): Directive | null {
  return markedWith(ctx, 'not-stream');
}

/** A URI pattern from the config (`/api/*\/stream`, `/v1/chat/completions`): `*` is any run of characters except `/`, `**` any run. */
export function patternRegExp(pattern: string): { test(path: string): boolean } {
  // Matched without backtracking, so a pattern such as `/*a*a*a*a*b` stays linear in the path's length.
  const glob = compileGlob(pattern, STREAM_PATTERN);
  return { test: (path) => matchGlob(glob, path) };
}

const STREAM_PATTERN: GlobSyntax = { doubleStar: true, starMatchesSlash: false, bang: false, escapes: false };

/** Regexes of `rewrite` that match every URI. */
const CATCH_ALL = new Set(['^', '^/', '.*', '^.*', '^.*$', '(.*)', '^(.*)', '^(.*)$', '^/(.*)', '^/(.*)$', '/(.*)', '^/?(.*)$']);

/**
 * The statement that always answers in a block's rewrite phase, if there is one: a `return`, or a `rewrite` of every
 * URI with `redirect` or `permanent`, reached in order before anything that could stop the rewrite module (`break`, a
 * `rewrite ... last|break`, or an `if` that holds one of those). Rewrite-module statements are not inherited, so only
 * the block's own lines count.
 */
export function alwaysAnswers(ctx: ContextNode): Directive | null {
  for (const d of ctx.directives) {
    if (d.name === 'return') return d;
    if (d.name === 'break') return null;
    if (d.name === 'rewrite') {
      const flag = d.args[2]?.value;
      if (flag === 'last' || flag === 'break') return null;
      if ((flag === 'redirect' || flag === 'permanent' || /^https?:\/\/|^\$scheme/.test(d.args[1]?.value ?? '')) && CATCH_ALL.has(d.args[0]?.value ?? '')) return d;
    }
    if (d.name === 'if' && d.block) {
      const inner = d.block.children;
      if (inner.some((s) => s.type === 'directive' && (s.name === 'break' || (s.name === 'rewrite' && /^(last|break)$/.test(s.args[2]?.value ?? ''))))) return null;
    }
  }
  return null;
}

/** A path that names a WebSocket endpoint (`/ws`, `/websocket`, `/socket.io/`, `/cable`). */
export function websocketPath(path: string): boolean {
  return pathHints(path).websocket;
}

/** `text/event-stream` in a value, in any case. */
function mentionsEventStream(a: string): boolean {
  return a.toLowerCase().includes('text/event-stream');
}

/**
 * A content type the location declares that is not text/event-stream: `default_type`, a `types {}` block (HLS
 * playlists and segments), or an `add_header Content-Type`. Null when it declares none (or declares event streams).
 */
export function otherContentType(ctx: ContextNode): NotStreamWhy | null {
  let other: NotStreamWhy | null = null;
  for (const d of ctx.directives) {
    // Arguments read in place: no tokens and no array for each line.
    let mentions = false;
    for (let k = 0; k < d.argc && !mentions; k++) mentions = mentionsEventStream(d.arg(k)!);
    if (mentions) return null;
    if (other) continue;
    if (d.name === 'default_type') {
      const type = d.arg(0)?.toLowerCase();
      if (type) other = { kind: 'other-type', type, directive: 'default_type' };
    } else if (d.name === 'add_header' && d.argIs(0, 'content-type')) {
      const type = d.arg(1)?.toLowerCase();
      if (type && !type.includes('$')) other = { kind: 'other-type', type, directive: 'add_header' };
    }
  }
  for (const child of ctx.children) {
    if (child.kind !== 'types') continue;
    const names = child.directives.map((d) => d.name.toLowerCase());
    if (names.includes('text/event-stream')) return null;
    if (names[0] && !other) other = { kind: 'other-type', type: names[0], directive: 'types' };
  }
  return other;
}
