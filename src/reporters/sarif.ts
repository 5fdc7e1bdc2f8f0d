// SARIF 2.1.0 report for GitHub code scanning and other SARIF viewers: rules from metadata, results, fixes.
import * as nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENGINE_IDS } from '../engine/engine.js';
import { RULES } from '../engine/registry.js';
import type { LintResult } from '../lint.js';
import { positionAt, type SourceFile } from '../parser/source.js';
import type { Finding, Severity, Span, TextEdit } from '../types.js';
import { VERSION } from '../version.js';
import { chainForReport, configForReport, displayPath, HOMEPAGE, sourceIndex, summarize, type ReportOptions } from './common.js';
import { JsonOut } from './json-out.js';
import { collect, JSON_ITEMS, writeJsonDocument, type Write } from './stream.js';
import { ENGINE_RULES } from './engine-rules.js';
import { fingerprintOf } from '../engine/finding.js';
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
  const sources = sourceIndex(result);
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

  const uris = new Map<string, Record<string, string>>();
  const artifact = (file: string): Record<string, string> => {
    let uri = uris.get(file);
    if (!uri) {
      const shown = displayPath(file, opts.cwd);
      uri = nodePath.isAbsolute(shown) ? { uri: pathToFileURL(shown).href } : { uri: shown.split(nodePath.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
      uris.set(file, uri);
    }
    return { ...uri };
  };
  const region = (file: string, start: number, end: number, span?: Span): Record<string, number> => {
    const src: SourceFile | undefined = sources.get(file);
    const a = span ? { line: span.line, column: span.column } : src ? positionAt(src, start) : null;
    const b = span ? { line: span.endLine, column: span.endColumn } : src ? positionAt(src, end) : null;
    return {
      ...(a && b ? { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column } : {}),
      charOffset: start,
      charLength: end - start,
    };
  };
  const location = (span: Span): Record<string, unknown> => ({
    physicalLocation: { artifactLocation: artifact(span.file), region: region(span.file, span.start, span.end, span) },
  });
  const fixOf = (f: Finding): Record<string, unknown>[] => {
    if (!f.fix) return [];
    const byFile = new Map<string, TextEdit[]>();
    for (const e of f.fix.edits) {
      const list = byFile.get(e.file);
      if (list) list.push(e);
      else byFile.set(e.file, [e]);
    }
    return [{
      description: { text: t(locale, 'cli.sarif.fixDescription', { title: f.fix.title, applicability: t(locale, `cli.explain.fixKind.${f.fix.applicability}`) }) },
      artifactChanges: [...byFile].map(([file, edits]) => ({
        artifactLocation: artifact(file),
        replacements: edits.map((e) => ({ deletedRegion: region(file, e.start, e.end), ...(e.text ? { insertedContent: { text: e.text } } : {}) })),
      })),
      properties: { applicability: f.fix.applicability },
    }];
  };

  const seen = new Map<string, number>();
  const resultOf = (f: Finding): Record<string, unknown> => {
    const fp = fingerprintOf(f, opts.cwd);
    const occurrence = (seen.get(fp) ?? 0) + 1;
    seen.set(fp, occurrence);
    const related = f.related.map((r) => ({ span: r.span, message: r.message }));
    // Where the value in effect was set is worth a link even when the rule did not list it.
    const p = f.provenance;
    if (p?.origin.kind === 'directive') {
      const o = p.origin.span;
      const known = related.some((r) => r.span.file === o.file && r.span.start === o.start) || (f.span.file === o.file && f.span.start === o.start);
      if (!known) related.push({ span: o, message: t(locale, 'cli.sarif.setHere', { line: `${p.directive}${p.value === null ? '' : ' ' + p.value}`, level: p.origin.level }) });
    }
    // Rendered when read: read once.
    const stream = f.stream;
    const properties: Record<string, unknown> = {
      ...(p ? { provenance: { ...p, origin: p.origin.kind === 'directive' ? { ...p.origin, span: { ...p.origin.span, file: displayPath(p.origin.span.file, opts.cwd) } } : p.origin } } : {}),
      ...(stream?.length ? { stream } : {}),
      ...(f.chain?.length ? { chain: chainForReport(f.chain, opts.cwd) } : {}),
    };
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(f.span)],
      ...(related.length ? { relatedLocations: related.map((r, k) => ({ id: k + 1, ...location(r.span), message: { text: r.message } })) } : {}),
      partialFingerprints: { primaryLocationLineHash: `${fp}:${occurrence}`, [FINGERPRINT_KEY]: fp },
      ...(f.fix ? { fixes: fixOf(f) } : {}),
      ...(Object.keys(properties).length ? { properties } : {}),
    };
  };

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
  const out = new JsonOut(write);
  writeJsonDocument(log, result.findings, out, (f, depth) => out.value(resultOf(f), depth));
}
