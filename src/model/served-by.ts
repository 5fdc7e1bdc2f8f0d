// Where a stream is really served: a stream location's requests follow nginx's internal redirects (try_files,
// error_page, rewrite, named locations) to the location that holds the content handler, which is then a stream too.
import * as nodePath from 'node:path';
import type { Directive } from '../parser/ast.js';
import type { ContextNode } from './context.js';
import { blockLabel, servedInPlace, servingLocation, viaRefs, type Chain, type ChainSet } from './routing.js';
import type { StreamWhy } from '../types.js';
import { canStream, strongest, type StreamReason } from './streams.js';
import type { Handler } from './upstreams.js';

export interface ServedByInput {
  locations: readonly ContextNode[];
  /** A location's own stream reasons (marks and heuristics), before any redirect is followed. */
  ownReasons: (loc: ContextNode) => StreamReason[];
  handler: (ctx: ContextNode) => Handler;
  chains: (loc: ContextNode) => ChainSet;
  /** `sites-enabled/gw.conf:24`. */
  where: (d: Directive) => string;
}

export interface ServedBy {
  /** Reasons a location is a stream because stream requests are redirected to it. */
  reached: Map<ContextNode, StreamReason[]>;
  /** Stream locations that never serve their requests themselves: every ordinary chain ends in another location. */
  leaves: Set<ContextNode>;
}

/**
 * Whether a chain carries the stream request to its end. An error_page taken for a status the content handler
 * of a proxying block answered (a 502 from the backend) is a failure path: the stream was served, or failed,
 * there. One taken for a static file's 404, a `return 418` or `try_files =404` is how the request reaches its
 * content handler.
 */
export function carriesStream(chain: Chain, handler: (ctx: ContextNode) => Handler): boolean {
  const redirects = [...chain.hops.flatMap((h) => h.via), ...chain.via];
  return redirects.every((r) => !(r.kind === 'error_page' && r.afterResponse && canStream(handler(r.from))));
}

/**
 * Whether a chain that starts in `loc` could serve an event stream there: it ends in `loc` (a return, a status,
 * its own content handler), except for a static file try_files found on disk, which is no event stream.
 */
export function servesHere(chain: Chain, loc: ContextNode, handler: (ctx: ContextNode) => Handler): boolean {
  if (chain.end.kind !== 'served') return chain.hops[chain.hops.length - 1]?.location === loc;
  if (servingLocation(chain) !== loc) return false;
  const fileFound = chain.conditions.some((c) => c.kind === 'file' && c.exists);
  return !(fileFound && handler(chain.end.context).module === 'static');
}

/** Stream reasons handed on through internal redirects, from every location that is a stream of its own. */
export function servedBy(input: ServedByInput): ServedBy {
  const reached = new Map<ContextNode, StreamReason[]>();
  // The stream locations already recorded for each target (a location many redirect to is checked in one step each).
  const from = new Map<ContextNode, Set<ContextNode>>();
  const leaves = new Set<ContextNode>();
  for (const loc of input.locations) {
    const all = input.ownReasons(loc);
    // A location that serves its requests itself, with no way to another location, is no leaf and reaches none.
    if (all.length === 0 || servedInPlace(loc)) continue;
    const ordinary = input.chains(loc).chains.filter((c) => c.ordinary);
    if (ordinary.length > 0 && !ordinary.some((c) => servesHere(c, loc, input.handler))) leaves.add(loc);
    // A `--route` URI was followed through its own redirects, with the URI known: its serving locations are marked.
    const own = all.filter((r) => r.kind !== 'route');
    if (own.length === 0) continue;
    for (const chain of ordinary) {
      const target = servingLocation(chain);
      if (!target || target === loc || chain.end.kind !== 'served') continue;
      if (!canStream(input.handler(chain.end.context)) || !carriesStream(chain, input.handler)) continue;
      // One reason per stream location and target: the first way, which is the likeliest.
      let seen = from.get(target);
      if (!seen) from.set(target, (seen = new Set()));
      if (seen.has(loc)) continue;
      seen.add(loc);
      const list = reached.get(target) ?? [];
      const why: StreamWhy = { kind: 'redirect', from: blockLabel(loc), fromWhy: own.map((r) => r.why), to: blockLabel(target), via: viaRefs(chain, input.where) };
      // As sure as the stream location the requests come from.
      list.push({ kind: 'redirect', why, explicit: own.some((r) => r.explicit), chain, from: loc, confidence: strongest(own) ?? 'guessed' });
      reached.set(target, list);
    }
  }
  return { reached, leaves };
}

/** Directives that can send a request from a location to another. */
const REDIRECTING = new Set(['try_files', 'rewrite', 'error_page', 'return', 'if']);

/**
 * The content handler that serves a location's ordinary requests in another location, when it can stream
 * (`location /v1/chat/completions { try_files /nonexistent @app; }` streams through `@app`'s proxy_pass).
 */
export function reachedHandler(input: { loc: ContextNode; handler: (ctx: ContextNode) => Handler; chains: (loc: ContextNode) => ChainSet }): Handler | null {
  const { loc, handler } = input;
  if (!loc.directives.some((d) => REDIRECTING.has(d.name))) return null;
  for (const chain of input.chains(loc).chains) {
    if (!chain.ordinary || chain.end.kind !== 'served' || servingLocation(chain) === loc) continue;
    const h = handler(chain.end.context);
    if (canStream(h) && carriesStream(chain, handler)) return h;
  }
  return null;
}

/** `file:line` of a directive, relative to the config prefix like the engine's messages. */
export function whereIn(prefix: string): (d: Directive) => string {
  return (d) => `${nodePath.isAbsolute(d.file.path) ? nodePath.relative(prefix, d.file.path) : d.file.path}:${d.nameToken.line}`;
}
