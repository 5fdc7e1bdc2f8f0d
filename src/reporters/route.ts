// The `sse-lint route` report: which server and location nginx picks for a request, whether it streams, and the
// streaming settings in effect with their origins, in the chosen language. nginx text (names, paths, values) as written.
import { displayWidth } from '../util/display-width.js';
import * as nodePath from 'node:path';
import { findingRenderer, joinList, renderArg, renderCondition, renderDefault, renderNotStream, renderStream, renderStreamWhy, t, type Locale, type MessageKey } from '../i18n/index.js';
import type { Directive } from '../parser/ast.js';
import type { ContextNode } from '../model/context.js';
import { levelName, originOf } from '../model/effective.js';
import type { ConfigModel } from '../model/model.js';
import {
  blockLabel, blockWhere, conditionData, listenText, locationLabel, MAX_INTERNAL_REDIRECTS, routeChains, serverLabel,
  type BadRequest, type Chain, type ChainCondition, type ChainEnd, type PcreProblem, type RegexFailure, type RouteResult,
  type Unevaluated,
} from '../model/routing.js';
import { canStream } from '../model/streams.js';
import { MODULE_PREFIX } from '../model/upstreams.js';

/** A request to route: the Host header (empty for none), the port it arrived on, the URI as sent. */
export interface RouteQuery {
  host: string;
  port: number;
  uri: string;
}

/** Why a PCRE pattern is not evaluated here, e.g. `a recursion or subroutine call is not evaluated here`. */
export function pcreProblemText(p: PcreProblem, locale: Locale): string {
  return t(locale, 'cli.route.pcre.notEvaluated', { construct: t(locale, `cli.route.pcre.${p.kind}`, { text: p.text ?? '' }) });
}

/** nginx's error-log line for a match PCRE2 gave up on, and why: `pcre2_match() failed: -47 on "/a" using "^/(a+)+$" (match limit exceeded)`. */
export function regexFailureText(f: RegexFailure, locale: Locale): string {
  const why = t(locale, f.code === -47 ? 'cli.route.pcre.matchLimit' : 'cli.route.pcre.heapLimit');
  return `pcre2_match() failed: ${f.code} on "${f.subject}" using "${f.pattern}" (${why})`;
}

/** `location ~ ^/x: <why>`, or `... : not evaluated`. */
export function unevaluatedText(u: Unevaluated, locale: Locale): string {
  return t(locale, 'cli.route.unevaluated', { subject: u.subject, why: u.problem ? pcreProblemText(u.problem, locale) : t(locale, 'cli.route.notEvaluated') });
}

/** Why nginx answers 400, e.g. `"/a/../.." goes above the root with ".."`. */
export function badRequestText(b: BadRequest, locale: Locale): string {
  if (b.kind === 'bad-host') return t(locale, 'cli.route.bad.host', { host: b.host });
  const key: Record<typeof b.kind, MessageKey> = {
    'not-absolute': 'cli.route.bad.notAbsolute', 'bad-escape': 'cli.route.bad.escape', nul: 'cli.route.bad.nul', 'above-root': 'cli.route.bad.aboveRoot',
  };
  return t(locale, key[b.kind], { target: b.target });
}

/**
 * A one-line account of a route, e.g.
 * `server example.com (nginx.conf:12, exact server_name) -> location ^~ /api/ (nginx.conf:20, ^~ prefix)`.
 * Paths are shown relative to the entry file's directory.
 */
export function describeRoute(result: RouteResult, locale: Locale = 'en'): string {
  if (!result.server || !result.listen) {
    return t(locale, 'cli.route.noServer', { listen: `${result.request.addr ?? '*'}:${result.request.port}` });
  }
  const how = ((): string => {
    const name = result.serverName ?? '';
    const listen = listenText(result.listen!);
    switch (result.serverMatch!) {
      case 'exact': return t(locale, 'cli.route.server.exact');
      case 'leading-wildcard': return t(locale, 'cli.route.server.leadingWildcard', { name });
      case 'trailing-wildcard': return t(locale, 'cli.route.server.trailingWildcard', { name });
      case 'regex': return t(locale, 'cli.route.server.regex', { name });
      case 'default_server': return t(locale, 'cli.route.server.defaultServer', { listen });
      case 'first-for-listen': return t(locale, 'cli.route.server.first', { listen });
    }
  })();
  const server = t(locale, 'cli.route.server', { name: serverLabel(result.serverName, result.server), at: blockWhere(result.server.directive, result.server), how });
  if (result.badRequest) return t(locale, 'cli.route.badRequest', { server, reason: badRequestText(result.badRequest, locale) });
  if (result.regexFailure) {
    return t(locale, result.regexFailure.during === 'server_name' ? 'cli.route.regexClose' : 'cli.route.regex500', { server, error: regexFailureText(result.regexFailure, locale) });
  }
  const info = result.locationInfo;
  if (!info) return t(locale, 'cli.route.noLocation', { server, uri: result.uri ?? '' });
  const chain: string[] = [];
  for (let l = info.parent; l; l = l.parent) chain.unshift(locationLabel(l));
  chain.push(locationLabel(info));
  const text = t(locale, 'cli.route.location', {
    server, chain: chain.join(' > '), at: blockWhere(info.node.directive, info.node), how: t(locale, `cli.route.location.${result.locationMatch!}`),
  });
  if (result.unsupported.length === 0) return text;
  return t(locale, 'cli.route.withUnevaluated', { route: text, list: joinList(locale, result.unsupported.map((u) => unevaluatedText(u, locale)), 'semicolon') });
}

const LABELS = ['cli.route.label.request', 'cli.route.label.route', 'cli.route.label.note', 'cli.route.label.chain', 'cli.route.label.handler', 'cli.route.label.stream'] as const;

/** Other ways a request can take that the report lists in full. */
const MAX_OTHER_WAYS = 8;

/**
 * The way shown first: an ordinary request (an event stream never asks for a WebSocket upgrade) that reaches a
 * handler that can stream, else one served at all, else the first.
 */
function primaryChain(model: ConfigModel, chains: readonly Chain[]): Chain | null {
  const ordinary = chains.filter((c) => c.ordinary);
  return ordinary.find((c) => c.end.kind === 'served' && canStream(model.handler(c.end.context)))
    ?? ordinary.find((c) => c.end.kind === 'served') ?? chains[0] ?? null;
}

/** Words about chains in a locale; what a way depends on is rendered from its data by the finding renderer. */
function chainWords(locale: Locale, where: (d: Directive) => string) {
  const r = findingRenderer(locale);
  const conditions = (list: readonly ChainCondition[]): string => joinList(locale, list.map((c) => renderCondition(r, conditionData(c))), 'semicolon');
  const at = (node: ContextNode | null): string => (node?.directive ? where(node.directive) : '');
  const block = (node: ContextNode | null): string => t(locale, node?.directive ? 'cli.route.chain.block' : 'cli.route.chain.server', { block: blockLabel(node), at: at(node) });
  const end = (e: ChainEnd): string => {
    switch (e.kind) {
      case 'served': {
        const loc = e.context.kind === 'if' ? e.context.parent : e.context;
        const served = t(locale, 'cli.route.end.served', { block: block(loc?.kind === 'location' ? loc : null) });
        return e.context.kind === 'if' && e.context.directive
          ? t(locale, 'cli.route.end.servedIf', { served, condition: e.context.directive.args.map((a) => a.raw).join(' ') })
          : served;
      }
      case 'return':
        return t(locale, 'cli.route.end.return', { directive: `${e.directive.name} ${e.directive.args.map((a) => a.raw).join(' ')}`, at: where(e.directive) });
      case 'redirect':
        return t(locale, 'cli.route.end.redirect', { code: e.code, directive: e.directive.name, at: where(e.directive) });
      case 'status':
        return t(locale, 'cli.route.end.status', {
          code: e.code,
          why: t(locale, `cli.route.status.${e.reason}`, { max: MAX_INTERNAL_REDIRECTS }),
          at: e.directive ? t(locale, 'cli.route.status.at', { directive: e.directive.name, at: where(e.directive) }) : '',
        });
      case 'unknown':
        return t(locale, 'cli.route.end.unknown', { directive: e.directive.name, at: where(e.directive), variables: joinList(locale, e.variables.map((v) => `$${v}`), 'comma') });
    }
  };
  const redirects = (list: Chain['via']): string => joinList(locale, list.map((r) => `${r.directive.name} (${where(r.directive)})`), 'comma');

  /** The primary chain, one line per hop and one for the end. */
  const lines = (c: Chain): string[] => {
    const out = c.hops.map((h, i) => (i === 0
      ? block(h.location)
      : t(locale, 'cli.route.chain.hop', {
        block: block(h.location), via: redirects(h.via), conditions: h.conditions.length ? t(locale, 'cli.route.chain.conditions', { list: conditions(h.conditions) }) : '',
      })));
    const last = end(c.end);
    out.push(t(locale, 'cli.route.chain.end', {
      end: c.via.length ? t(locale, 'cli.route.chain.endVia', { via: redirects(c.via), end: last }) : last,
      conditions: c.conditions.length ? t(locale, 'cli.route.chain.endConditions', { list: conditions(c.conditions) }) : '',
    }));
    return out;
  };

  /**
   * Another way, on one line: what it depends on, then every location with the directives that led there, then the
   * end: `when no file try_files names exists: location / -> try_files (gw.conf:18) -> location @ -> served by ...`.
   */
  const way = (c: Chain): string => {
    // Conditions in the order they are met; the same directive can be met twice on one way.
    const met = [...c.hops.map((h) => h.conditions), c.conditions].filter((g) => g.length > 0).map(conditions);
    const steps: string[] = [];
    for (const h of c.hops) {
      for (const v of h.via) steps.push(`${v.directive.name} (${where(v.directive)})`);
      steps.push(blockLabel(h.location));
    }
    for (const v of c.via) steps.push(`${v.directive.name} (${where(v.directive)})`);
    steps.push(end(c.end));
    const times = (text: string, count: number): string => t(locale, 'cli.route.way.times', { text, count });
    return t(locale, 'cli.route.way', {
      websocket: c.ordinary ? '' : t(locale, 'cli.route.way.websocket'),
      when: met.length ? t(locale, 'cli.route.way.when', { conditions: collapseRuns(met, ' -> ', times).join(t(locale, 'cli.route.way.then')) }) : '',
      steps: collapseRuns(steps, ' -> ', times).join(' -> '),
    });
  };
  return { lines, way };
}

/** Repeats shown once with a count: `location / -> try_files (a.conf:10)` ten times is `(location / -> try_files (a.conf:10)) x10`. */
function collapseRuns(items: readonly string[], sep: string, times: (text: string, count: number) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length;) {
    let best = { size: 1, count: 1 };
    for (let size = 1; size <= 3; size++) {
      const block = items.slice(i, i + size).join('\0');
      let count = 1;
      while (i + (count + 1) * size <= items.length && items.slice(i + count * size, i + (count + 1) * size).join('\0') === block) count++;
      if (count > 1 && count * size > best.count * best.size) best = { size, count };
    }
    const block = items.slice(i, i + best.size);
    out.push(best.count > 1 ? times(best.size > 1 ? `(${block.join(sep)})` : block[0]!, best.count) : block[0]!);
    i += best.size * best.count;
  }
  return out;
}

/** A text report of one routed request, in `locale`. */
export function routeReport(model: ConfigModel, q: RouteQuery, cwd: string, locale: Locale = 'en'): string {
  const where = (d: Directive): string => {
    const rel = nodePath.isAbsolute(d.file.path) ? nodePath.relative(cwd, d.file.path) || d.file.path : d.file.path;
    return `${rel}:${d.nameToken.line}`;
  };
  const show = (d: Directive): string => `${d.name}${d.args.length ? ' ' + d.args.map((a) => a.raw).join(' ') : ''} (${where(d)})`;
  // Origins, defaults and stream reasons arrive from the model as data; the finding renderer words them per locale.
  const words = findingRenderer(locale);
  const width = Math.max(...LABELS.map((k) => displayWidth(t(locale, k)))) + 1;
  const line = (label: (typeof LABELS)[number], text: string): string => {
    const name = t(locale, label);
    return `${name}${' '.repeat(width - displayWidth(name))}${text}`;
  };
  const { route: r, chains } = routeChains(model.contexts, { host: q.host, port: q.port, uri: q.uri });
  const out: string[] = [];
  out.push(line('cli.route.label.request', t(locale, 'cli.route.request', { host: q.host || t(locale, 'cli.route.noHost'), port: q.port, uri: q.uri })));
  out.push(line('cli.route.label.route', describeRoute(r, locale)));
  if (r.unsupported.length) {
    out.push(line('cli.route.label.note', t(locale, 'cli.route.notEvaluatedHere', { list: joinList(locale, r.unsupported.map((u) => unevaluatedText(u, locale)), 'semicolon') })));
  }
  // PCRE2 gave up on a regex: the request reaches no location (nginx answers 500 or closes the connection).
  if (r.regexFailure) return out.join('\n') + '\n';
  // The way nginx takes through its internal redirects, when something moves the request or answers it first; the
  // other ways come after the settings of this one, so that the answer to the request comes first.
  const chainText = chainWords(locale, where);
  const primary = primaryChain(model, chains.chains);
  const moves = (c: Chain): boolean => c.hops.length > 1 || c.via.length > 0 || c.end.kind !== 'served';
  const other: string[] = [];
  if (primary && chains.chains.some(moves)) {
    const [first, ...rest] = chainText.lines(primary);
    out.push(line('cli.route.label.chain', first!));
    for (const l of rest) out.push(`${' '.repeat(width)}${l}`);
    // Detours through error_page for a status, ways that end in an error and WebSocket ways last; a long tail is counted.
    const detour = (c: Chain): boolean => [...c.hops.flatMap((x) => x.conditions), ...c.conditions].some((x) => x.kind === 'status');
    const rank = (c: Chain): number => (c.ordinary ? 0 : 4) + (detour(c) ? 2 : 0) + (c.end.kind === 'status' ? 1 : 0);
    const others = chains.chains.filter((c) => c !== primary).map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map((x) => x.c);
    if (others.length) other.push('', t(locale, 'cli.route.otherWays'));
    for (const c of others.slice(0, MAX_OTHER_WAYS)) other.push(`  ${chainText.way(c)}`);
    const more = others.length - MAX_OTHER_WAYS;
    if (more > 0) other.push(`  ${t(locale, 'cli.route.moreWays', { count: more })}`);
    else if (chains.truncated) other.push(`  ${t(locale, 'cli.route.moreWaysUnknown')}`);
  }
  // The handler and settings that matter are those of the block that serves the request (an `if`'s settings are its location's).
  const last = primary?.hops[primary.hops.length - 1];
  const loc = primary?.end.kind === 'served' ? primary.end.context : last ? last.location : (r.location?.[r.location.length - 1] ?? null);
  const served: ContextNode | null = loc ?? r.server;
  if (!served) return [...out, ...other].join('\n') + '\n';
  const h = model.handler(served);
  const ctx = model.locationOf(served) ?? served;
  const upstream = h.upstream
    ? t(locale, 'cli.route.upstream', {
      name: h.upstream.name,
      servers: joinList(locale, h.upstream.servers.map((s) => s.address), 'comma'),
      keepalive: h.upstream.keepalive ? t(locale, 'cli.route.keepalive', { args: h.upstream.keepalive.args.map((a) => a.raw).join(' ') }) : '',
    })
    : '';
  out.push(line('cli.route.label.handler', `${h.module}${h.directive ? t(locale, 'cli.route.via', { directive: show(h.directive) }) : ''}${upstream}`));
  const evidence = model.streamEvidence(ctx);
  out.push(line('cli.route.label.stream', evidence.confidence
    ? t(locale, 'cli.route.streamYes', { reasons: renderStream(words, evidence.reasons.map((x) => x.why), evidence.confidence) })
    : evidence.notStream ? t(locale, 'cli.route.streamNot', { why: renderNotStream(words, evidence.notStream) }) : t(locale, 'cli.route.streamNo')));
  out.push('');
  out.push(t(locale, 'cli.route.settings', {
    level: levelName(ctx),
    version: model.versionText ? t(locale, 'cli.route.version', { version: model.versionText }) : t(locale, 'cli.route.versionUnknown'),
  }));
  const prefix = MODULE_PREFIX[h.module] ?? 'proxy';
  const scalar = (name: string): void => {
    const v = model.effective(ctx, name);
    out.push(`  ${t(locale, 'cli.route.value', { name, value: v.args?.join(' ') ?? t(locale, 'cli.route.unset'), origin: renderArg(words, { kind: 'origin', origin: originOf(v, where) }) })}`);
  };
  // Every line in effect and every inherited line a lower level dropped, as the README promises.
  const list = (name: string): void => {
    const l = model.effectiveList(ctx, name);
    const entries = l.entries;
    if (entries.length === 0 && l.dropped.length === 0) {
      out.push(`  ${t(locale, 'cli.route.listNone', { name, default: l.default ? t(locale, 'cli.route.default', { note: `${l.default.value}${locale === 'en' ? ': ' : '：'}${renderDefault(words, l.default.basis)}` }) : '' })}`);
      return;
    }
    out.push(`  ${t(locale, 'cli.route.listCount', { name, count: entries.length })}`);
    for (const e of entries) out.push(`    ${t(locale, 'cli.route.entry', { line: show(e.directive), level: levelName(e.context) })}`);
    for (const d of l.dropped) {
      const key = d.how === 'inherit-off' ? 'cli.route.droppedOff' : 'cli.route.dropped';
      out.push(`    ${t(locale, key, { line: show(d.entry.directive), level: levelName(d.entry.context), by: levelName(d.droppedBy) })}`);
    }
  };
  scalar(`${prefix}_buffering`);
  if (prefix === 'proxy') scalar('proxy_http_version');
  scalar(`${prefix}_read_timeout`);
  if (prefix === 'proxy') {
    list('proxy_set_header');
    scalar('proxy_cache');
    list('proxy_ignore_headers');
  }
  scalar('gzip');
  list('gzip_types');
  scalar('chunked_transfer_encoding');
  list('add_header');
  return [...out, ...other].join('\n') + '\n';
}
