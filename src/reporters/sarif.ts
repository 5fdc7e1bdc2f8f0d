// SARIF 2.1.0 report for GitHub code scanning and other SARIF viewers: rules from metadata, results, fixes.
import * as nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENGINE_IDS } from '../engine/engine.js';
import { RULES } from '../engine/registry.js';
import type { LintResult } from '../lint.js';
import { positionAt, type SourceFile } from '../parser/source.js';
import type { Finding, Fix, MessageData, Severity, Span, TextEdit } from '../types.js';
import { VERSION } from '../version.js';
import { chainForReport, configForReport, displayPath, HOMEPAGE, sourceIndex, summarize, type ReportOptions } from './common.js';
import { JsonOut } from './json-out.js';
import { collect, JSON_ITEMS, writeJsonDocument, type Write } from './stream.js';
import { ENGINE_RULES } from './engine-rules.js';
import { fingerprintOf } from '../engine/finding.js';
import { isShared } from '../engine/data-pool.js';
import { localizedDocs } from '../i18n/docs.js';
import { t, type Locale } from '../i18n/index.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of sse-lint's own entry in partialFingerprints (bump the suffix if the fingerprint recipe changes). */
export const FINGERPRINT_KEY = 'sseLintFingerprint/v1';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

/** What a SARIF rule descriptor is built from: a rule's metadata, or an engine id's description. */
interface RuleSource {
  id: string;
  summary: string;
  severity: Severity;
  why: string;
  bad?: string;
  good?: string;
  fix: string;
  fixKind?: string;
  references: string[];
}

/** Every known rule's and engine id's descriptor source, its prose in `locale`. */
function ruleSources(locale: Locale): RuleSource[] {
  const list: RuleSource[] = RULES.map((r) => ({
    id: r.meta.id, ...localizedDocs(locale, r.meta.id, { summary: r.meta.summary, why: r.meta.docs.why, fix: r.meta.docs.fix }),
    severity: r.meta.severity, bad: r.meta.docs.bad, good: r.meta.docs.good, fixKind: r.meta.fix, references: r.meta.docs.references,
  }));
  for (const id of ENGINE_IDS) {
    const d = ENGINE_RULES[id];
    list.push({ id, ...localizedDocs(locale, id, { summary: d.summary, why: d.why, fix: d.fix }), severity: d.severity, references: d.references });
  }
  return list;
}

/** A code fence longer than any run of backticks in the text. */
function fenced(text: string, lang: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text}\n${fence}`;
}

function descriptor(r: RuleSource, locale: Locale): Record<string, unknown> {
  const helpUri = `${HOMEPAGE}#${r.id}`;
  const indent = (s: string): string => s.split('\n').map((l) => `    ${l}`).join('\n');
  // Headings are explain's (Why, Bad, Good, Fix, References).
  const h = (key: 'why' | 'bad' | 'good' | 'fix' | 'references'): string => t(locale, `cli.explain.${key}`);
  const field = (key: 'why' | 'fix', text: string): string => t(locale, 'cli.sarif.field', { heading: h(key), text });
  const block = (key: 'bad' | 'good' | 'references', text: string): string => `${t(locale, 'cli.sarif.heading', { heading: h(key) })}\n${text}`;
  const text = [
    r.summary,
    field('why', r.why),
    ...(r.bad ? [block('bad', indent(r.bad))] : []),
    ...(r.good ? [block('good', indent(r.good))] : []),
    field('fix', r.fix),
    ...(r.references.length ? [block('references', r.references.map((u) => `  ${u}`).join('\n'))] : []),
    t(locale, 'cli.sarif.documentation', { url: helpUri }),
  ].join('\n\n');
  const markdown = [
    `**${r.summary}**`,
    r.why,
    ...(r.bad ? [`### ${h('bad')}\n\n${fenced(r.bad, 'nginx')}`] : []),
    ...(r.good ? [`### ${h('good')}\n\n${fenced(r.good, 'nginx')}`] : []),
    `### ${h('fix')}\n\n${r.fix}`,
    ...(r.references.length ? [`### ${h('references')}\n\n${r.references.map((u) => `- <${u}>`).join('\n')}`] : []),
    `[${t(locale, 'cli.sarif.docLink', { id: `\`${r.id}\`` })}](${helpUri})`,
  ].join('\n\n');
  return {
    id: r.id,
    name: r.id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(''),
    shortDescription: { text: r.summary },
    fullDescription: { text: r.why },
    help: { text, markdown },
    helpUri,
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ['nginx', 'server-sent-events'], ...(r.fixKind ? { fix: r.fixKind } : {}) },
  };
}

/** A SARIF 2.1.0 log with one run: every known rule in `rules[]`, one result per finding. */
export function formatSarif(result: LintResult, opts: ReportOptions): string {
  return collect((write) => writeSarif(result, opts, write));
}

/** The SARIF log written piece by piece: the log around the results, then one result at a time. */
export function writeSarif(result: LintResult, opts: ReportOptions, write: Write): void {
  const locale = opts.locale ?? 'en';
  const rules = ruleSources(locale);
  // A finding from a rule that is not registered (a test double, a plugin) still gets a descriptor.
  const described = new Set(rules.map((r) => r.id));
  for (const f of result.findings) {
    if (described.has(f.ruleId)) continue;
    described.add(f.ruleId);
    rules.push({ id: f.ruleId, summary: f.ruleId, severity: f.severity, why: f.ruleId, fix: t(locale, 'cli.sarif.seeMessage'), references: [] });
  }
  const index = new Map(rules.map((r, k) => [r.id, k]));

  const writer = new ResultWriter(out(write), sourceIndex(result), index, opts.cwd, locale);
  const s = summarize(result);
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'sse-lint',
          version: VERSION,
          semanticVersion: VERSION,
          informationUri: HOMEPAGE,
          rules: rules.map((r) => descriptor(r, locale)),
        },
      },
      // SARIF's default language is en-US; another one is named.
      ...(locale === 'en' ? {} : { language: locale }),
      columnKind: 'utf16CodeUnits',
      results: JSON_ITEMS,
      properties: {
        files: s.files, filesWithFindings: s.filesWithFindings, streamLocations: s.streamLocations, suppressed: s.suppressed,
        ...(result.config ? { config: configForReport(result.config, opts.cwd) } : {}),
      },
    }],
  };
  writeJsonDocument(log, result.findings, writer.out, (f, depth) => writer.result(f, depth));
}

function out(write: Write): JsonOut {
  return new JsonOut(write);
}

interface Related {
  span: Span;
  message: string;
  /** What the message was rendered from, when other findings share it. */
  data?: MessageData | undefined;
}

/**
 * Writes results straight from findings, as the result objects SARIF describes would be serialised: keys in this
 * order, each only when present. A file's artifactLocation is the same text in every result: written once per depth.
 */
class ResultWriter {
  private readonly uris = new Map<string, Record<string, string>>();
  private readonly artifactBytes: Map<string, Uint8Array>[] = [];
  /** A fix's description by its title and applicability (the same words for every fix of a kind). */
  private readonly descriptions = new Map<string, Map<string, string>>();
  /** Occurrences of each fingerprint so far (primaryLocationLineHash numbers them). */
  private readonly seen = new Map<string, number>();

  constructor(readonly out: JsonOut, private readonly sources: Map<string, SourceFile>, private readonly index: Map<string, number>,
    private readonly cwd: string, private readonly locale: Locale) {}

  private uri(file: string): Record<string, string> {
    let uri = this.uris.get(file);
    if (!uri) {
      const shown = displayPath(file, this.cwd);
      uri = nodePath.isAbsolute(shown) ? { uri: pathToFileURL(shown).href } : { uri: shown.split(nodePath.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
      this.uris.set(file, uri);
    }
    return uri;
  }

  /** `"artifactLocation": {...}` for a file, as a member at `depth`. */
  private artifact(file: string, depth: number, first: boolean): false {
    const out = this.out;
    out.key('artifactLocation', depth, first);
    // By depth, then by file: no key made per location.
    let byFile = this.artifactBytes[depth];
    if (byFile === undefined) this.artifactBytes[depth] = byFile = new Map();
    let bytes = byFile.get(file);
    if (bytes === undefined) {
      bytes = Buffer.from(JSON.stringify(this.uri(file), null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`), 'utf8');
      byFile.set(file, bytes);
    }
    out.bytes(bytes);
    return false;
  }

  /** A region (`"name": {...}`) as a member at `depth`: lines from the span when there is one, else from the file's text. */
  private region(name: string, file: string, start: number, end: number, span: Span | null, depth: number, first: boolean): false {
    const out = this.out;
    out.key(name, depth, first);
    const d = depth + 1;
    let f = true;
    if (span) {
      f = out.member('startLine', span.line, d, f);
      f = out.member('startColumn', span.column, d, f);
      f = out.member('endLine', span.endLine, d, f);
      f = out.member('endColumn', span.endColumn, d, f);
    } else {
      const src = this.sources.get(file);
      if (src) {
        const a = positionAt(src, start);
        const b = positionAt(src, end);
        f = out.member('startLine', a.line, d, f);
        f = out.member('startColumn', a.column, d, f);
        f = out.member('endLine', b.line, d, f);
        f = out.member('endColumn', b.column, d, f);
      }
    }
    f = out.member('charOffset', start, d, f);
    f = out.member('charLength', end - start, d, f);
    out.end(depth, f);
    return false;
  }

  /** `"physicalLocation": {...}` of a span, as a member at `depth`. */
  private physical(span: Span, depth: number, first: boolean): false {
    const out = this.out;
    out.key('physicalLocation', depth, first);
    this.artifact(span.file, depth + 1, true);
    this.region('region', span.file, span.start, span.end, span, depth + 1, false);
    out.close(depth, 0x7d);
    return false;
  }

  /**
   * `"name": { "text": ... }` at `depth`. A text rendered from shared data (`data`), or one of the engine's pooled fix
   * texts (`pooled`), has its JSON bytes kept for the next time.
   */
  private textObject(name: string, text: string | undefined, data: MessageData | undefined, depth: number, first: boolean, pooled = false): false {
    const out = this.out;
    out.key(name, depth, first);
    if (text === undefined) out.text('{}');
    else {
      out.key('text', depth + 1, true);
      if (data !== undefined && isShared(data)) out.sharedString(data, text);
      else if (pooled) out.pooledString(text);
      else out.string(text);
      out.close(depth, 0x7d);
    }
    return false;
  }

  result(f: Finding, depth: number): void {
    const out = this.out;
    const d = depth + 1;
    const fp = fingerprintOf(f, this.cwd);
    const occurrence = (this.seen.get(fp) ?? 0) + 1;
    this.seen.set(fp, occurrence);
    let first = out.member('ruleId', f.ruleId, d, true);
    first = out.member('ruleIndex', this.index.get(f.ruleId), d, first);
    first = out.member('level', LEVEL[f.severity], d, first);
    this.textObject('message', f.message, f.data, d, first);
    out.key('locations', d, false);
    out.item(d + 1, true);
    this.physical(f.span, d + 2, true);
    out.close(d + 1, 0x7d);
    out.close(d, 0x5d);
    const related: Related[] = f.related.map((r) => ({ span: r.span, message: r.message, data: r.data }));
    // Where the value in effect was set is worth a link even when the rule did not list it.
    const p = f.provenance;
    if (p?.origin.kind === 'directive') {
      const o = p.origin.span;
      const known = related.some((r) => r.span.file === o.file && r.span.start === o.start) || (f.span.file === o.file && f.span.start === o.start);
      if (!known) related.push({ span: o, message: t(this.locale, 'cli.sarif.setHere', { line: `${p.directive}${p.value === null ? '' : ' ' + p.value}`, level: p.origin.level }) });
    }
    if (related.length) {
      out.key('relatedLocations', d, false);
      for (let k = 0; k < related.length; k++) {
        const r = related[k]!;
        out.item(d + 1, k === 0);
        out.member('id', k + 1, d + 2, true);
        this.physical(r.span, d + 2, false);
        this.textObject('message', r.message, r.data, d + 2, false);
        out.close(d + 1, 0x7d);
      }
      out.close(d, 0x5d);
    }
    out.key('partialFingerprints', d, false);
    let pf = out.member('primaryLocationLineHash', `${fp}:${occurrence}`, d + 1, true);
    pf = out.member(FINGERPRINT_KEY, fp, d + 1, pf);
    out.end(d, pf);
    if (f.fix) this.fixes(f.fix, d);
    // Rendered when read: read once.
    const stream = f.stream;
    const properties: Record<string, unknown> = {
      ...(p ? { provenance: { ...p, origin: p.origin.kind === 'directive' ? { ...p.origin, span: { ...p.origin.span, file: displayPath(p.origin.span.file, this.cwd) } } : p.origin } } : {}),
      ...(stream?.length ? { stream } : {}),
      ...(f.chain?.length ? { chain: chainForReport(f.chain, this.cwd) } : {}),
    };
    if (Object.keys(properties).length) out.member('properties', properties, d, false);
    out.close(depth, 0x7d);
  }

  private description(title: string, applicability: Fix['applicability']): string {
    let byTitle = this.descriptions.get(applicability);
    if (byTitle === undefined) this.descriptions.set(applicability, (byTitle = new Map()));
    let text = byTitle.get(title);
    if (text === undefined) {
      text = t(this.locale, 'cli.sarif.fixDescription', { title, applicability: t(this.locale, `cli.explain.fixKind.${applicability}`) });
      // Titles rendered from data of their own (a count, a name) come once each: only a few thousand are kept.
      if (byTitle.size < 4096) byTitle.set(title, text);
    }
    return text;
  }

  private fixes(fix: Fix, depth: number): void {
    const out = this.out;
    const d = depth + 1;
    const byFile = new Map<string, TextEdit[]>();
    for (const e of fix.edits) {
      const list = byFile.get(e.file);
      if (list) list.push(e);
      else byFile.set(e.file, [e]);
    }
    out.key('fixes', depth, false);
    out.item(d, true);
    const description = this.description(fix.title, fix.applicability);
    this.textObject('description', description, undefined, d + 1, true);
    out.key('artifactChanges', d + 1, false);
    if (byFile.size === 0) out.text('[]');
    else {
      let firstChange = true;
      for (const [file, edits] of byFile) {
        out.item(d + 2, firstChange);
        firstChange = false;
        this.artifact(file, d + 3, true);
        out.key('replacements', d + 3, false);
        for (let k = 0; k < edits.length; k++) {
          const e = edits[k]!;
          out.item(d + 4, k === 0);
          this.region('deletedRegion', file, e.start, e.end, null, d + 5, true);
          if (e.text) this.textObject('insertedContent', e.text, undefined, d + 5, false, true);
          out.close(d + 4, 0x7d);
        }
        out.close(d + 3, 0x5d);
        out.close(d + 2, 0x7d);
      }
      out.close(d + 1, 0x5d);
    }
    out.key('properties', d + 1, false);
    out.end(d + 1, out.member('applicability', fix.applicability, d + 2, true));
    out.close(d, 0x7d);
    out.close(depth, 0x5d);
  }
}
