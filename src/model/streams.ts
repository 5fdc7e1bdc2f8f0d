// Which locations carry text/event-stream, and why: explicit marks first, then heuristics, then audit mode.
import type { Directive } from '../parser/ast.js';
import { compileGlob, matchGlob, type GlobSyntax } from '../util/glob-match.js';
import type { ContextNode } from './context.js';
import type { StreamWhy } from '../types.js';
import type { Chain } from './routing/types.js';
import type { Handler } from './upstreams.js';

export type StreamReasonKind = 'route' | 'comment' | 'pattern' | 'path' | 'content-type' | 'accel-header' | 'intent' | 'all-proxies' | 'preset' | 'snippet' | 'redirect';

export interface StreamReason {
  kind: StreamReasonKind;
  /** What gave it away, as message data (rendered per locale). */
  why: StreamWhy;
  /** The directive or comment that gave it away, when there is one. */
  directive?: Directive;
  /** True for explicit marks (route, comment, pattern); heuristics are false. */
  explicit: boolean;
  /**
   * For a location that serves another location's stream requests (`redirect`, or a `--route` URI that reaches
   * it through internal redirects): the way the requests take, from the location the search picked.
   */
  chain?: Chain;
  /** For `redirect`: the stream location the requests were sent to first. */
  from?: ContextNode;
}

/** Words in a location path that name streaming endpoints. Matched on word boundaries. */
const STREAM_WORDS = ['sse', 'events', 'event-stream', 'eventstream', 'stream', 'streams', 'streaming', 'subscribe', 'subscriptions', 'notifications', 'notify', 'mercure', 'completions'];
const STREAM_PATHS = ['/v1/chat/completions', '/api/chat', '/chat/completions', '/api/generate', '/v1/completions', '/v1/responses', '/v1/messages'];

/** Handlers that can relay an event stream from somewhere else (static files and `return` cannot). */
export function canStream(h: Handler): boolean {
  return h.module === 'proxy' || h.module === 'fastcgi' || h.module === 'uwsgi' || h.module === 'scgi' || h.module === 'grpc' || h.module === 'lua';
}

/** The path a location matches, as written (`/v1/chat/completions`, `^/api/(.*)/stream$`, `@sse`). */
export function locationPath(ctx: ContextNode): string | null {
  const d = ctx.directive;
  if (!d || ctx.kind !== 'location') return null;
  return d.args[d.args.length - 1]?.value ?? null;
}

/** Words of a path, split at every non-alphanumeric character; hyphenated segments also count whole (`event-stream`). */
function pathWords(path: string): string[] {
  const lower = path.toLowerCase();
  return [...lower.split(/[^a-z0-9]+/), ...lower.split(/[^a-z0-9-]+/)].filter(Boolean);
}

/** Heuristic reasons for one location (no explicit marks). Empty when nothing suggests a stream. */
export function heuristicReasons(ctx: ContextNode, handler: Handler): StreamReason[] {
  const out: StreamReason[] = [];
  const path = locationPath(ctx);
  if (path && canStream(handler)) {
    const lower = path.toLowerCase();
    const known = STREAM_PATHS.find((p) => lower.includes(p));
    const word = pathWords(path).find((w) => STREAM_WORDS.includes(w));
    if (known) out.push({ kind: 'path', why: { kind: 'api-path', path, endpoint: known }, explicit: false });
    else if (word) out.push({ kind: 'path', why: { kind: 'path-word', path, word }, explicit: false });
  }
  for (const d of ctx.directives) {
    const args = d.args.map((a) => a.value);
    const joined = args.join(' ').toLowerCase();
    if ((d.name === 'default_type' || (d.name === 'add_header' && args[0]?.toLowerCase() === 'content-type') || (d.name === 'more_set_headers' && /content-type:\s*text\/event-stream/.test(joined))) && joined.includes('text/event-stream')) {
      out.push({ kind: 'content-type', why: { kind: 'content-type', directive: d.name }, directive: d, explicit: false });
    }
    // Ignoring or hiding the header says nothing about streaming (ignoring it is the opposite of streaming intent).
    if (/x-accel-buffering/.test(joined) && canStream(handler) && !/_(ignore|hide|pass)_headers?$/.test(d.name)) {
      out.push({ kind: 'accel-header', why: { kind: 'accel-header', directive: d.name }, directive: d, explicit: false });
    }
    if (['proxy_buffering', 'fastcgi_buffering', 'uwsgi_buffering', 'scgi_buffering'].includes(d.name) && args[0]?.toLowerCase() === 'off') {
      out.push({ kind: 'intent', why: { kind: 'buffering-off', directive: d.name }, directive: d, explicit: false });
    }
    if ((d.name === 'lua_http10_buffering' || (d.name === 'chunked_transfer_encoding' && args[0] === 'off')) && canStream(handler)) {
      out.push({ kind: 'intent', why: { kind: 'suggests', line: `${d.name} ${args.join(' ')}` }, directive: d, explicit: false });
    }
  }
  // A `types { text/event-stream ... }` inside the location.
  for (const child of ctx.children) {
    if (child.kind === 'types' && child.directives.some((d) => d.name.toLowerCase() === 'text/event-stream')) {
      out.push({ kind: 'content-type', why: { kind: 'types-block' }, directive: child.directive!, explicit: false });
    }
  }
  return out;
}

/** `# sse-lint: stream` written directly inside the location block (or on the location's line). */
export function hasStreamComment(ctx: ContextNode): Directive | null {
  const d = ctx.directive;
  if (!d?.block) return null;
  const marker = /^\s*sse-lint:\s*stream\b/;
  for (const s of d.block.children) if (s.type === 'comment' && marker.test(s.text)) return d;
  for (const c of d.innerComments) if (marker.test(c.value)) return d;
  return null;
}

/** A URI pattern from the config (`/api/*\/stream`, `/v1/chat/completions`): `*` is any run of characters except `/`, `**` any run. */
export function patternRegExp(pattern: string): { test(path: string): boolean } {
  // Matched without backtracking, so a pattern such as `/*a*a*a*a*b` stays linear in the path's length.
  const glob = compileGlob(pattern, STREAM_PATTERN);
  return { test: (path) => matchGlob(glob, path) };
}

const STREAM_PATTERN: GlobSyntax = { doubleStar: true, starMatchesSlash: false, bang: false, escapes: false };
