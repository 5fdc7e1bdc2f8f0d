// The model every rule asks: contexts, effective values, handlers, upstreams and stream locations of one config tree.
import type { Directive } from '../parser/ast.js';
import { buildContexts, memoSlot, recall, remember, type ContextNode, type ContextTree, type SnippetContext } from './context.js';
import { parseVersion, type NginxVersion } from './directives.js';
import { proxiedLocationsOf } from './backends.js';
import { defaultValue, effectiveList, effectiveValue, forgetAnswers, inheritedValue, levelName, type EffectiveList, type EffectiveValue } from './effective.js';
import type { ConfigTree } from './includes.js';
import { parseRouteSpec, routeSpec } from './route-spec.js';
import { blockLabel, forgetLocations, locationChains, requestChains, servingLocation, viaRefs, type ChainSet } from './routing.js';
import { carriesStream, reachedHandler, servedBy, servesHere, whereIn, type ServedBy } from './served-by.js';
import {
  alwaysAnswers, canStream, hasNotStreamComment, hasStreamComment, heuristicReasons, heuristicsWithoutStreaming, locationPath, otherContentType, patternRegExp, strongest,
  websocketPath, type StreamEvidence, type StreamReason,
} from './streams.js';
import type { NotStreamWhy } from '../types.js';
import { subrequestOnlyLocations } from './subrequests.js';
import { collectUpstreams, handlerOf, type Handler, type UpstreamBlock } from './upstreams.js';

export interface ModelOptions {
  /** Target nginx version (`--nginx-version`); unknown means "assume before 1.29.7". */
  nginxVersion?: string | null;
  /** URIs whose locations are event streams (`--route [host]/uri`), resolved with nginx's routing. */
  routes?: string[];
  /** URI patterns that are event streams (config `streams`). */
  streamPatterns?: string[];
  /** URI patterns that are not event streams whatever they look like (config `notStreams`). */
  notStreamPatterns?: string[];
  /** Treat every proxying location as a stream (audit mode). */
  allProxies?: boolean;
  /** A preset that audits every proxying location as a possible stream (1Panel: whole apps are proxied), by its label. */
  presetAudit?: string;
  /** The block a lone fragment is linted in (`--context`); otherwise its comment or a guess decides. */
  context?: SnippetContext;
}

export interface ConfigModel {
  tree: ConfigTree;
  contexts: ContextTree;
  version: NginxVersion | null;
  /** The version as the user gave it, or null. */
  versionText: string | null;
  upstreams: Map<string, UpstreamBlock>;
  /** Locations (and nested locations), in source order per entry. */
  locations: ContextNode[];
  effective(ctx: ContextNode, name: string): EffectiveValue;
  /** The value a block would have without its own line: what it inherits from the levels above, else the default. */
  inherited(ctx: ContextNode, name: string): EffectiveValue;
  /** nginx's default of a directive for the target version (from the directive table), as a value set nowhere. */
  defaultOf(name: string): EffectiveValue;
  effectiveList(ctx: ContextNode, name: string): EffectiveList;
  handler(ctx: ContextNode): Handler;
  /**
   * Why a location (or an `if`/`limit_except` inside one) carries an event stream; empty when it does not. A location
   * that stream requests reach through internal redirects is a stream (reason `redirect`, with the chain); one whose
   * stream requests are always served elsewhere is not.
   */
  streamReasons(ctx: ContextNode): StreamReason[];
  /** The reasons with how sure they are, why a look-alike is not a stream, and how severe findings about it may be. */
  streamEvidence(ctx: ContextNode): StreamEvidence;
  isStream(ctx: ContextNode): boolean;
  /** The user said where the streams are (`--route`, config `streams`, a `# sse-lint: stream` comment): guesses are then notes only. */
  declaredStreams: boolean;
  /** The location an `if`/`limit_except` belongs to (the context itself for a location). */
  locationOf(ctx: ContextNode): ContextNode | null;
  /** Contexts in which a directive is evaluated (several when its file is included from several places). */
  contextsOf(d: Directive): ContextNode[];
  /**
   * What happens to a request once the location search picks a location: every chain of internal redirects
   * (rewrite, try_files, error_page, named locations) nginx can take from there, with what it depends on.
   */
  redirects(loc: ContextNode): ChainSet;
}

/** No reasons: one shared, frozen list (kept for every location that is no stream). */
const NO_REASONS = Object.freeze([]) as unknown as StreamReason[];

// What the model remembers per block (the blocks are the model's own: buildModel makes them anew).
const HANDLER = memoSlot<Handler>();
const OWN_REASONS = memoSlot<StreamReason[]>();
/** On a location while its own reasons are being worked out (a proxy loop reaching it again is no evidence): a flag on the
 * block, where a set of them would grow and shrink its table for every location. */
const COMPUTING = memoSlot<boolean>();
const NOT_STREAM = memoSlot<NotStreamWhy>();
const ANSWERED = memoSlot<Directive | null>();
const CHAINS = memoSlot<ChainSet>();
const EVIDENCE = memoSlot<StreamEvidence>();

/** The `server` block a context is in (the context itself for a server), or null. */
function serverOfContext(ctx: ContextNode): ContextNode | null {
  for (let c: ContextNode | null = ctx; c; c = c.parent) if (c.kind === 'server') return c;
  return null;
}

export function buildModel(tree: ConfigTree, options: ModelOptions = {}): ConfigModel {
  forgetAnswers();
  forgetLocations();
  const contexts = buildContexts(tree, undefined, options.context ? { context: options.context } : {});
  const version = options.nginxVersion ? parseVersion(options.nginxVersion) ?? null : null;
  const upstreams = collectUpstreams(contexts.all);
  const locations = contexts.all.filter((c) => c.kind === 'location' && c.directive !== null);
  // Built on first use: most runs never ask, and a large config has hundreds of thousands of directives.
  let byDirective: Map<Directive, ContextNode[]> | null = null;
  const contextsOf = (d: Directive): ContextNode[] => {
    if (!byDirective) {
      byDirective = new Map();
      for (const ctx of contexts.all) {
        for (const x of ctx.directives) {
          const list = byDirective.get(x);
          if (list) list.push(ctx);
          else byDirective.set(x, [ctx]);
        }
      }
    }
    return byDirective.get(d) ?? [];
  };
  const patterns = (options.streamPatterns ?? []).map((p) => ({ p, re: patternRegExp(p) }));
  const denials = (options.notStreamPatterns ?? []).map((p) => ({ p, re: patternRegExp(p) }));
  const redirects = (loc: ContextNode): ChainSet => recall(loc, CHAINS) ?? remember(loc, CHAINS, locationChains(loc));

  const handler = (ctx: ContextNode): Handler => recall(ctx, HANDLER) ?? remember(ctx, HANDLER, handlerOf(ctx, upstreams));

  const where = whereIn(tree.prefix);
  const routed = new Map<ContextNode, StreamReason[]>();
  const mark = (loc: ContextNode, r: StreamReason, spec: string): void => {
    const list = routed.get(loc) ?? [];
    // One reason per --route and location: the first way, which is the likeliest.
    if (!list.some((x) => (x.why.kind === 'route' || x.why.kind === 'route-via') && x.why.spec === spec)) list.push(r);
    routed.set(loc, list);
  };
  for (const spec of options.routes ?? []) {
    const parsed = parseRouteSpec(spec);
    if (!parsed) continue;
    for (const r of routeSpec(contexts, parsed)) {
      const loc = r.location?.[r.location.length - 1] ?? null;
      // The locations whose content handler serves the URI, through the internal redirects an ordinary request takes.
      const chains = requestChains(r).chains.filter((c) => c.ordinary);
      for (const chain of chains) {
        const target = servingLocation(chain);
        if (chain.end.kind !== 'served' || !target || target === loc || !carriesStream(chain, handler)) continue;
        mark(target, { kind: 'route', why: { kind: 'route-via', spec, to: blockLabel(target), via: viaRefs(chain, where) }, explicit: true, chain, confidence: 'declared' }, spec);
      }
      // The location the search picked, unless every way leaves it (a static file try_files finds is no stream).
      if (loc && (chains.length === 0 || chains.some((c) => servesHere(c, loc, handler)))) mark(loc, { kind: 'route', why: { kind: 'route', spec }, explicit: true, confidence: 'declared' }, spec);
    }
  }

  const locationOf = (ctx: ContextNode): ContextNode | null => {
    let c: ContextNode | null = ctx;
    while (c && c.kind !== 'location') {
      if (c.kind !== 'if' && c.kind !== 'limit_except') return null;
      c = c.parent;
    }
    return c;
  };

  const declaredStreams = (options.routes?.length ?? 0) > 0 || patterns.length > 0 || locations.some((l) => hasStreamComment(l) !== null);

  /** The location passes the client's Upgrade header to the backend (`proxy_set_header Upgrade $http_upgrade`). */
  const passesUpgrade = (loc: ContextNode): boolean =>
    effectiveList(loc, 'proxy_set_header', version).entries.some((e) => e.directive.argIs(0, 'upgrade') && /\$http_upgrade/i.test(e.directive.arg(1) ?? ''));

  const backends = { contexts, handler, locationOf: (c: ContextNode) => locationOf(c), effectiveList: (c: ContextNode, name: string) => effectiveList(c, name, version) };
  /** A location of this config this one proxies to, that is a stream the user declared or the config shows. */
  const streamingBackend = (loc: ContextNode): StreamReason | null => {
    for (const target of proxiedLocationsOf(backends, loc)) {
      // A proxy loop (a location that reaches itself) is no evidence.
      if (recall(target.location, COMPUTING) === true) continue;
      const c = strongest(locationReasons(target.location));
      if (c !== 'declared' && c !== 'seen') continue;
      const d = target.location.directive!;
      return { kind: 'backend', why: { kind: 'backend', location: levelName(target.location), at: `${d.file.path.split('/').pop()}:${d.nameToken.line}` }, explicit: false, confidence: 'seen' };
    }
    return null;
  };

  const locationReasons = (loc: ContextNode): StreamReason[] => {
    const cached = recall(loc, OWN_REASONS);
    if (cached) return cached;
    remember(loc, COMPUTING, true);
    const out = ownReasons(loc);
    remember(loc, COMPUTING, undefined);
    return remember(loc, OWN_REASONS, out);
  };

  /** Locations only auth_request and mirror subrequests reach, found on first use (only internal or named ones qualify). */
  let subrequestTargets: Map<ContextNode, Directive> | null = null;
  const subrequestOnly = (loc: ContextNode): NotStreamWhy | null => {
    if (!loc.directives.some((d) => d.name === 'internal') && loc.directive?.arg(0)?.startsWith('@') !== true) return null;
    subrequestTargets ??= subrequestOnlyLocations(contexts, redirects);
    const d = subrequestTargets.get(loc);
    return d ? { kind: 'subrequest', directive: d.name, line: `${d.name} ${d.args.map((a) => a.raw).join(' ')}`, at: where(d) } : null;
  };

  /** alwaysAnswers once per block: a server's answer is asked by each of its locations (linear, not n² for n locations). */
  const answersOf = (ctx: ContextNode): Directive | null => {
    const a = recall(ctx, ANSWERED);
    return a !== undefined ? a : remember(ctx, ANSWERED, alwaysAnswers(ctx));
  };

  const ownReasons = (loc: ContextNode): StreamReason[] => {
    const none = (why: NotStreamWhy): StreamReason[] => {
      remember(loc, NOT_STREAM, why);
      return NO_REASONS;
    };
    if (hasNotStreamComment(loc)) return none({ kind: 'denied-comment' });
    // The rewrite phase answers before any content handler runs: nothing is proxied, whatever the location says.
    const server = serverOfContext(loc);
    const answers = alwaysAnswers(loc) ?? (server ? answersOf(server) : null);
    if (answers) {
      return none({
        kind: 'returns', line: `${answers.name} ${answers.args.map((a) => a.raw).join(' ')}`.trim(),
        at: `${answers.file.path.split('/').pop()}:${answers.nameToken.line}`, level: loc.directives.includes(answers) ? 'location' : 'server',
      });
    }
    const out: StreamReason[] = [];
    const h = handler(loc);
    out.push(...(routed.get(loc) ?? []));
    const marked = hasStreamComment(loc);
    if (marked) out.push({ kind: 'comment', why: { kind: 'comment' }, directive: marked, explicit: true, confidence: 'declared' });
    const path = locationPath(loc);
    const denied = path ? denials.find(({ re }) => re.test(path)) : undefined;
    // A notStreams pattern gives way only to a mark on the location itself (a --route naming it, a comment in it).
    if (denied && out.length === 0) return none({ kind: 'denied-pattern', pattern: denied.p });
    // Only header-only subrequests (auth_request, mirror) reach it: nothing it proxies reaches a client, unless marked.
    const sub = out.length === 0 ? subrequestOnly(loc) : null;
    if (sub) return none(sub);
    if (path && !denied) {
      for (const { p, re } of patterns) {
        if (re.test(path)) out.push({ kind: 'pattern', why: { kind: 'pattern', pattern: p }, explicit: true, confidence: 'declared' });
      }
    }
    const streams = canStream(h);
    const found = denied ? null : streams ? { reasons: heuristicReasons(loc, h), streamingAdds: false } : heuristicsWithoutStreaming(loc, h);
    let heuristics = found ? found.reasons : [];
    // A location that hands its requests on (try_files, rewrite, error_page) streams through the handler that serves
    // them: asked only when a streaming handler would make a difference to the heuristics (its path, its headers).
    if (found?.streamingAdds) {
      const reached = reachedHandler({ loc, handler, chains: redirects });
      if (reached) heuristics = heuristicReasons(loc, reached);
    }
    if (!denied && out.length === 0 && h.module === 'proxy' && !heuristics.some((r) => r.confidence === 'seen')) {
      const backend = streamingBackend(loc);
      if (backend) heuristics.push(backend);
    }
    if (out.length === 0 && !heuristics.some((r) => r.confidence === 'seen')) {
      // Nothing surer than a guess: a WebSocket tunnel is none, nor is a location that names another content type.
      const why: NotStreamWhy | null = path && websocketPath(path) && passesUpgrade(loc) ? { kind: 'websocket', path }
        : heuristics.length ? otherContentType(loc) : null;
      if (why) return none(why);
    }
    out.push(...heuristics);
    if (options.allProxies && canStream(h) && out.length === 0) {
      out.push({ kind: 'all-proxies', why: { kind: 'all-proxies' }, explicit: true, confidence: 'declared' });
    }
    if (options.presetAudit && canStream(h) && out.length === 0) {
      out.push({ kind: 'preset', why: { kind: 'preset', preset: options.presetAudit }, explicit: true, confidence: 'declared' });
    }
    // A location snippet on its own (a blog's list of proxy_* lines, a file in a panel's proxy folder): its URI is
    // unknown, and proxying is what it is for.
    if (loc.assumed?.kind === 'location' && !loc.parent && canStream(h) && out.length === 0) {
      out.push({ kind: 'snippet', why: { kind: 'snippet' }, explicit: false, confidence: 'guessed' });
    }
    // Most locations have none: one shared empty list is kept for them all.
    return out.length === 0 ? NO_REASONS : out;
  };

  let served: ServedBy | null = null;
  const servedByRedirects = (): ServedBy => {
    served ??= servedBy({ locations, ownReasons: locationReasons, handler, chains: redirects, where });
    return served;
  };

  const streamReasons = (ctx: ContextNode): StreamReason[] => {
    const loc = locationOf(ctx);
    if (!loc) return [];
    const own = locationReasons(loc);
    const s = servedByRedirects();
    const reached = s.reached.get(loc);
    // Requests that always go on to another location are that location's stream, not this one's.
    const kept = s.leaves.has(loc) ? own.filter((r) => r.kind === 'route' && r.chain) : own;
    return reached?.length ? [...kept, ...reached] : kept;
  };

  const notAStream: StreamEvidence = Object.freeze({ reasons: NO_REASONS, confidence: null, notStream: null, maxSeverity: 'info' });
  const noStream = (notStream: NotStreamWhy | null): StreamEvidence => (notStream === null ? notAStream : { reasons: NO_REASONS, confidence: null, notStream, maxSeverity: 'info' });
  // Every rule asks about every location: the evidence is put together once per location.
  const streamEvidence = (ctx: ContextNode): StreamEvidence => {
    const loc = locationOf(ctx);
    if (!loc) return noStream(null);
    return recall(loc, EVIDENCE) ?? remember(loc, EVIDENCE, evidenceOf(loc));
  };
  const evidenceOf = (loc: ContextNode): StreamEvidence => {
    const found = streamReasons(loc);
    const denial = recall(loc, NOT_STREAM) ?? null;
    // A location that answers in its rewrite phase, or that the user denied, is none whatever reaches it.
    if (denial && (denial.kind === 'returns' || denial.kind === 'denied-comment' || denial.kind === 'denied-pattern')) return noStream(denial);
    if (found.length === 0) return noStream(denial);
    // Audit modes (--all-proxies, a preset that audits every proxying location) take every proxying location as a stream.
    if ((options.allProxies || options.presetAudit) && canStream(handler(loc))) return { reasons: found, confidence: 'declared', notStream: null, maxSeverity: 'error' };
    const confidence = strongest(found)!;
    return { reasons: found, confidence, notStream: null, maxSeverity: confidence === 'guessed' ? (declaredStreams ? 'info' : 'warning') : 'error' };
  };

  return {
    tree,
    contexts,
    version,
    versionText: options.nginxVersion ?? null,
    upstreams,
    locations,
    effective: (ctx, name) => effectiveValue(ctx, name, version),
    inherited: (ctx, name) => inheritedValue(ctx, name, version),
    defaultOf: (name) => defaultValue(name, version),
    effectiveList: (ctx, name) => effectiveList(ctx, name, version),
    handler,
    streamReasons: (ctx) => streamEvidence(ctx).reasons,
    streamEvidence,
    isStream: (ctx) => streamEvidence(ctx).confidence !== null,
    declaredStreams,
    locationOf,
    contextsOf,
    redirects,
  };
}
