// The `sse-lint route` report: which server and location nginx picks for a request, whether it streams, and the
// streaming settings in effect with their origins, in the chosen language. nginx text (names, paths, values) as written.
import { displayWidth } from '../util/display-width.js';
import * as nodePath from 'node:path';
import { findingRenderer, joinList, renderArg, renderDefault, renderStreamWhy, t, type Locale, type MessageKey } from '../i18n/index.js';
import type { Directive } from '../parser/ast.js';
import type { ContextNode } from '../model/context.js';
import { levelName, originOf } from '../model/effective.js';
import type { ConfigModel } from '../model/model.js';
import {
  blockWhere, listenText, locationLabel, route, serverLabel, type BadRequest, type PcreProblem, type RegexFailure, type RouteResult,
  type Unevaluated,
} from '../model/routing.js';
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

const LABELS = ['cli.route.label.request', 'cli.route.label.route', 'cli.route.label.note', 'cli.route.label.handler', 'cli.route.label.stream'] as const;

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
  const r = route(model.contexts, { host: q.host, port: q.port, uri: q.uri });
  const out: string[] = [];
  out.push(line('cli.route.label.request', t(locale, 'cli.route.request', { host: q.host || t(locale, 'cli.route.noHost'), port: q.port, uri: q.uri })));
  out.push(line('cli.route.label.route', describeRoute(r, locale)));
  if (r.unsupported.length) {
    out.push(line('cli.route.label.note', t(locale, 'cli.route.notEvaluatedHere', { list: joinList(locale, r.unsupported.map((u) => unevaluatedText(u, locale)), 'semicolon') })));
  }
  // PCRE2 gave up on a regex: the request reaches no location (nginx answers 500 or closes the connection).
  if (r.regexFailure) return out.join('\n') + '\n';
  const loc = r.location?.[r.location.length - 1] ?? null;
  const ctx: ContextNode | null = loc ?? r.server;
  if (!ctx) return out.join('\n') + '\n';
  const h = model.handler(ctx);
  const upstream = h.upstream
    ? t(locale, 'cli.route.upstream', {
      name: h.upstream.name,
      servers: joinList(locale, h.upstream.servers.map((s) => s.address), 'comma'),
      keepalive: h.upstream.keepalive ? t(locale, 'cli.route.keepalive', { args: h.upstream.keepalive.args.map((a) => a.raw).join(' ') }) : '',
    })
    : '';
  out.push(line('cli.route.label.handler', `${h.module}${h.directive ? t(locale, 'cli.route.via', { directive: show(h.directive) }) : ''}${upstream}`));
  const reasons = model.streamReasons(ctx);
  out.push(line('cli.route.label.stream', reasons.length
    ? t(locale, 'cli.route.streamYes', { reasons: joinList(locale, reasons.map((x) => renderStreamWhy(words, x.why)), 'semicolon') })
    : t(locale, 'cli.route.streamNo')));
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
  const list = (name: string, filter?: (d: Directive) => boolean): void => {
    const l = model.effectiveList(ctx, name);
    const entries = l.entries.filter((e) => !filter || filter(e.directive));
    if (entries.length === 0 && l.dropped.length === 0) {
      out.push(`  ${t(locale, 'cli.route.listNone', { name, default: l.default ? t(locale, 'cli.route.default', { note: `${l.default.value}${locale === 'en' ? ': ' : '：'}${renderDefault(words, l.default.basis)}` }) : '' })}`);
      return;
    }
    out.push(`  ${t(locale, 'cli.route.listCount', { name, count: entries.length })}`);
    for (const e of entries) out.push(`    ${t(locale, 'cli.route.entry', { line: show(e.directive), level: levelName(e.context) })}`);
    for (const d of l.dropped.filter((x) => !filter || filter(x.entry.directive))) {
      out.push(`    ${t(locale, 'cli.route.dropped', { line: show(d.entry.directive), level: levelName(d.entry.context), by: levelName(d.droppedBy) })}`);
    }
  };
  scalar(`${prefix}_buffering`);
  if (prefix === 'proxy') scalar('proxy_http_version');
  scalar(`${prefix}_read_timeout`);
  if (prefix === 'proxy') {
    list('proxy_set_header', (d) => /^(connection|upgrade)$/i.test(d.args[0]?.value ?? ''));
    scalar('proxy_cache');
    list('proxy_ignore_headers');
  }
  scalar('gzip');
  list('gzip_types');
  scalar('chunked_transfer_encoding');
  list('add_header');
  return out.join('\n') + '\n';
}
