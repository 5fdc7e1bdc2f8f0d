// What an interactive review needs from a run besides findings: where each finding sits, the servers and their
// stream locations, the text of a file, a fix's own diff, and routing over the texts as they are now.
import { directivesNamed, type ContextNode } from '../model/context.js';
import { levelName, mergeChain } from '../model/effective.js';
import type { ConfigModel } from '../model/model.js';
import { isHttpServer } from '../model/queries/servers.js';
import { serverListens } from '../model/routing.js';
import { locationPath } from '../model/streams.js';
import { unifiedDiff } from '../fix/diff.js';
import { applyEdits } from '../fix/fixer.js';
import type { Finding, TextEdit } from '../types.js';
import type { Locale } from '../i18n/index.js';
import type { LintRun } from './run.js';
import { routeReport } from '../reporters/route.js';

/** A server block (of the http module) and the locations in it that carry event streams. */
export interface ServerInfo {
  /** Unique within a run. */
  key: string;
  /** First server_name and the port of the first listen: `chat.example.com:8443` (`_` without a name). */
  label: string;
  file: string;
  line: number;
  streams: { path: string; file: string; line: number }[];
}

/** One level nginx merges a value from, innermost first: what it sets there, if anything. */
export interface ChainLevel {
  /** `location /sse`, `server`, `http`. */
  level: string;
  /** The directive's arguments at this level, or null when the level does not set it. */
  value: string | null;
  file: string | null;
  line: number | null;
  /** `effective` for the level whose value is in effect, `overridden` for outer levels that also set it. */
  state: 'effective' | 'overridden' | 'not-set';
}

/** Where a finding's text sits: the innermost location and the server around it (null outside any). */
export interface FindingPlace {
  serverKey: string | null;
  location: string | null;
  /** Every server whose text holds the finding (a snippet included into several servers counts for each). */
  serverKeys: string[];
  /**
   * For a finding about an effective value (it has `provenance`): every level of the merge chain with what it sets,
   * outer levels that are overridden included. Null when the finding has no provenance or its levels cannot be
   * matched to the text.
   */
  chain: ChainLevel[] | null;
}

export interface RunLayout {
  servers: ServerInfo[];
  /** One per finding of the run, in the same order. */
  places: FindingPlace[];
}

function serverLabel(c: ContextNode): string {
  const name = c.directives.find((d) => d.name === 'server_name')?.args[0]?.value || '_';
  const l = serverListens(c)[0];
  const port = !l ? '' : l.kind === 'inet' ? String(l.port) : `unix:${l.path}`;
  return port ? `${name}:${port}` : name;
}

function locationLabel(c: ContextNode): string {
  return `location ${c.directive!.args.map((a) => a.raw).join(' ')}`;
}

/**
 * The servers of a run (in source order, one row per inclusion) with their stream locations, and the place of each
 * finding: the smallest directive or block whose text holds the finding's span decides its context.
 */
export function describeRun(run: LintRun): RunLayout {
  const servers: ServerInfo[] = [];
  const serverOf = new Map<ContextNode, ServerInfo>();
  const ranges = new Map<string, [number, number, ContextNode][]>();
  const add = (file: string, start: number, end: number, c: ContextNode): void => {
    const list = ranges.get(file);
    if (list) list.push([start, end, c]);
    else ranges.set(file, [[start, end, c]]);
  };
  run.models.forEach((model: ConfigModel, m) => {
    for (const c of model.contexts.all) {
      // A block stands for its own context; a simple directive for the block it is evaluated in.
      if (c.directive) add(c.directive.file.path, c.directive.start, c.directive.end, c);
      for (const d of c.directives) if (!d.block) add(d.file.path, d.start, d.end, c);
      if (isHttpServer(c)) {
        const info: ServerInfo = { key: `${m}:${c.id}`, label: serverLabel(c), file: c.directive?.file.path ?? c.entry, line: c.directive?.nameToken.line ?? 1, streams: [] };
        servers.push(info);
        serverOf.set(c, info);
      }
    }
    for (const loc of model.locations) {
      if (!model.isStream(loc)) continue;
      let p: ContextNode | null = loc.parent;
      while (p && !isHttpServer(p)) p = p.parent;
      const info = p ? serverOf.get(p) : undefined;
      info?.streams.push({ path: locationPath(loc) ?? '', file: loc.directive!.file.path, line: loc.directive!.nameToken.line });
    }
  });
  const places = run.findings.map((f): FindingPlace => {
    let best = Infinity;
    let inner: ContextNode[] = [];
    for (const [s, e, c] of ranges.get(f.span.file) ?? []) {
      if (s > f.span.start || f.span.end > e) continue;
      if (e - s < best) {
        best = e - s;
        inner = [c];
      } else if (e - s === best) inner.push(c);
    }
    const place: FindingPlace = { serverKey: null, location: null, serverKeys: [], chain: inner[0] ? provenanceChain(f, inner[0]) : null };
    for (const c of inner) {
      let loc: ContextNode | null = null;
      let p: ContextNode | null = c;
      while (p && !isHttpServer(p)) {
        if (p.kind === 'location' && !loc) loc = p;
        p = p.parent;
      }
      const info = p ? serverOf.get(p) : undefined;
      if (!info || place.serverKeys.includes(info.key)) continue;
      place.serverKeys.push(info.key);
      if (place.serverKey === null) {
        place.serverKey = info.key;
        place.location = loc ? locationLabel(loc) : null;
      }
    }
    return place;
  });
  return { servers, places };
}

/**
 * The merge chain of a finding's value, from the context its text sits in: the level the finding names first, then
 * every level nginx merges from, each with the directive it has (the first one in effect, the others overridden).
 * Null when the chain does not match what the engine recorded (then only the recorded levels are known).
 */
function provenanceChain(f: Finding, ctx: ContextNode): ChainLevel[] | null {
  const p = f.provenance;
  if (!p || p.levels.length === 0) return null;
  let start: ContextNode | null = ctx;
  while (start && levelName(start) !== p.levels[0]) start = start.parent;
  if (!start) return null;
  const chain: ChainLevel[] = [];
  let found = false;
  for (const level of mergeChain(start)) {
    const d = directivesNamed(level, p.directive)[0];
    if (!d) {
      chain.push({ level: levelName(level), value: null, file: null, line: null, state: 'not-set' });
      continue;
    }
    chain.push({ level: levelName(level), value: d.args.map((a) => a.value).join(' '), file: d.file.path, line: d.nameToken.line, state: found ? 'overridden' : 'effective' });
    found = true;
  }
  // The first directive found must be the one the engine reported as in effect.
  const eff = chain.find((c) => c.state === 'effective');
  if (p.origin.kind === 'directive' ? !eff || eff.file !== p.origin.span.file || eff.line !== p.origin.span.line : !!eff) return null;
  return chain;
}

/** The text of a file of the run (as linted: a fix session's run has the fixed text), or null. */
export function sourceText(run: LintRun, file: string): string | null {
  for (const t of run.trees) {
    const parsed = t.files.get(file);
    if (parsed) return parsed.file.text;
  }
  return null;
}

/**
 * The change one finding's fix would make, as a unified diff against the run's text (context of two lines); empty
 * when it has no fix or edits a file the run did not read.
 */
export function fixPreview(run: LintRun, finding: Finding, display: (path: string) => string = (p) => p): string {
  const edits = finding.fix?.edits ?? [];
  const byFile = new Map<string, TextEdit[]>();
  for (const e of edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  let out = '';
  for (const [file, list] of byFile) {
    const before = sourceText(run, file);
    if (before === null) return '';
    out += unifiedDiff(display(file), before, applyEdits(before, list), { context: 2 });
  }
  return out;
}

/**
 * The `route` command's answer over a run's first input, as it is in the run (a fix session's current run routes
 * the fixed text), in `locale`. `host` may carry a port (`example.com:8443`); without one, the first port a server listens on.
 */
export function routeInRun(run: LintRun, host: string, uri: string, locale: Locale = 'en'): string {
  const model = run.models[0];
  if (!model) return '';
  const m = /^(.*?)(?::(\d{1,5}))?$/.exec(host.trim())!;
  let port = m[2] ? Number(m[2]) : null;
  if (port === null) {
    for (const c of model.contexts.all) {
      if (port !== null) break;
      if (c.kind !== 'server') continue;
      for (const l of serverListens(c)) {
        if (l.kind === 'inet') {
          port = l.port;
          break;
        }
      }
    }
  }
  return routeReport(model, { host: m[1] ?? '', port: port ?? 80, uri: uri || '/' }, run.settings.cwd, locale);
}
