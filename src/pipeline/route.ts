// `sse-lint route URI PATH`: the server and location nginx picks, whether it streams, and the settings in effect with their origins.
import * as nodePath from 'node:path';
import type { Directive } from '../parser/ast.js';
import type { ContextNode } from '../model/context.js';
import { describeOrigin, levelName } from '../model/effective.js';
import { buildModel, type ConfigModel } from '../model/model.js';
import { route, describeRoute, serverListens } from '../model/routing.js';
import { MODULE_PREFIX } from '../model/upstreams.js';
import { PipelineError } from './errors.js';
import { loadRunInputs } from './run.js';
import { resolveSettings, type PipelineOptions } from './settings.js';

export interface RouteQuery {
  host: string;
  port: number;
  uri: string;
}

/** A text report of one routed request. */
export function routeReport(model: ConfigModel, q: RouteQuery, cwd: string): string {
  const show = (d: Directive): string => {
    const rel = nodePath.isAbsolute(d.file.path) ? nodePath.relative(cwd, d.file.path) || d.file.path : d.file.path;
    return `${d.name}${d.args.length ? ' ' + d.args.map((a) => a.raw).join(' ') : ''} (${rel}:${d.nameToken.line})`;
  };
  const r = route(model.contexts, { host: q.host, port: q.port, uri: q.uri });
  const out: string[] = [];
  out.push(`request: Host ${q.host || '(none)'}, port ${q.port}, ${q.uri}`);
  out.push(`route:   ${describeRoute(r)}`);
  if (r.unsupported.length) out.push(`note:    not evaluated here: ${r.unsupported.join('; ')}`);
  const loc = r.location?.[r.location.length - 1] ?? null;
  const ctx: ContextNode | null = loc ?? r.server;
  if (!ctx) return out.join('\n') + '\n';
  const h = model.handler(ctx);
  out.push(`handler: ${h.module}${h.directive ? ` via ${show(h.directive)}` : ''}${h.upstream ? ` -> upstream ${h.upstream.name} (${h.upstream.servers.map((s) => s.address).join(', ')}${h.upstream.keepalive ? `; ${h.upstream.keepalive.args.map((a) => a.raw).join(' ')} keepalive` : ''})` : ''}`);
  const reasons = model.streamReasons(ctx);
  out.push(`stream:  ${reasons.length ? 'yes: ' + reasons.map((x) => x.text).join('; ') : 'no (use --route or # sse-lint: stream to mark it)'}`);
  out.push('');
  out.push(`effective settings in ${levelName(ctx)}${model.versionText ? ` (nginx ${model.versionText})` : ' (nginx version unknown: defaults before 1.29.7 assumed)'}:`);
  const prefix = MODULE_PREFIX[h.module] ?? 'proxy';
  const scalar = (name: string): void => {
    const v = model.effective(ctx, name);
    out.push(`  ${name} ${v.args?.join(' ') ?? '(unset)'}: ${describeOrigin(v, show)}`);
  };
  const list = (name: string, filter?: (d: Directive) => boolean): void => {
    const l = model.effectiveList(ctx, name);
    const entries = l.entries.filter((e) => !filter || filter(e.directive));
    if (entries.length === 0 && l.dropped.length === 0) {
      out.push(`  ${name}: none in effect${l.defaultNote ? ` (${l.defaultNote})` : ''}`);
      return;
    }
    out.push(`  ${name}: ${entries.length} in effect`);
    for (const e of entries) out.push(`    ${show(e.directive)} from ${levelName(e.context)}`);
    for (const d of l.dropped.filter((x) => !filter || filter(x.entry.directive))) {
      out.push(`    dropped: ${show(d.entry.directive)} from ${levelName(d.entry.context)}, replaced by the list in ${levelName(d.droppedBy)}`);
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

/**
 * `sse-lint route`: loads one config (settings resolved as for a lint run, the config file applied) and answers
 * for a request. The queried URI is not marked as a stream: the answer says whether the config makes it one.
 * Without a port, the first port a server listens on (else 80).
 */
export function routeQuery(path: string, q: { host?: string; port?: number; uri: string }, options: PipelineOptions = {}): string {
  const settings = resolveSettings([path], options);
  const loaded = loadRunInputs([path], settings);
  if (loaded.trees.length !== 1) throw new PipelineError({ key: 'cli.usage.routeOneInput' });
  const model = buildModel(loaded.trees[0]!, settings.lint.model ?? {});
  const port = q.port ?? firstListenPort(model) ?? 80;
  return routeReport(model, { host: q.host ?? '', port, uri: q.uri }, settings.cwd);
}

function firstListenPort(model: ConfigModel): number | null {
  for (const c of model.contexts.all) {
    if (c.kind !== 'server') continue;
    for (const l of serverListens(c)) if (l.kind === 'inet') return l.port;
  }
  return null;
}
