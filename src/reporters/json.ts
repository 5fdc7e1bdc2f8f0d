// JSON report, version 2: the shape is documented in schema/report.schema.json; bump `version` on any breaking change.
import type { LintResult } from '../lint.js';
import type { Finding, Provenance, Span } from '../types.js';
import { VERSION } from '../version.js';
import { chainForReport, configForReport, displayPath, summarize, type ReportOptions } from './common.js';
import { collect, JSON_ITEMS, writeJsonDocument, type Write } from './stream.js';
import { fingerprintOf } from '../engine/finding.js';

/** The report format version (the `version` field); consumers should check it. */
export const JSON_REPORT_VERSION = 2;

/** The machine report described by schema/report.schema.json. */
export function formatJson(result: LintResult, opts: ReportOptions): string {
  return collect((write) => writeJson(result, opts, write));
}

/** The JSON report written piece by piece: the document around the findings, then one finding at a time. */
export function writeJson(result: LintResult, opts: ReportOptions, write: Write): void {
  const shown = new Map<string, string>();
  const display = (file: string): string => {
    let d = shown.get(file);
    if (d === undefined) shown.set(file, (d = displayPath(file, opts.cwd)));
    return d;
  };
  const at = (s: Span): Span => ({ ...s, file: display(s.file) });
  const provenance = (p: Provenance): Provenance => ({
    directive: p.directive,
    value: p.value,
    origin: p.origin.kind === 'directive' ? { kind: 'directive', span: at(p.origin.span), level: p.origin.level } : { kind: 'default', note: p.origin.note, basis: p.origin.basis },
    levels: p.levels,
  });
  const finding = (f: Finding): Record<string, unknown> => {
    // Keys are added in the report's order, each only when present (no spread of a temporary object per key).
    const out: Record<string, unknown> = { ruleId: f.ruleId, severity: f.severity, message: f.message };
    if (f.messageId) out.messageId = f.messageId;
    if (f.data) out.data = f.data;
    out.span = at(f.span);
    out.related = f.related.map((r) => {
      const x: Record<string, unknown> = { span: at(r.span), message: r.message };
      if (r.messageId) x.messageId = r.messageId;
      if (r.data) x.data = r.data;
      return x;
    });
    if (f.provenance) out.provenance = provenance(f.provenance);
    // Rendered when read: read once.
    const stream = f.stream;
    if (stream?.length) out.stream = stream;
    if (f.streamReasons?.length) out.streamReasons = f.streamReasons;
    if (f.streamConfidence) out.streamConfidence = f.streamConfidence;
    if (f.chain?.length) out.chain = chainForReport(f.chain, opts.cwd);
    if (f.fix) {
      const fix: Record<string, unknown> = { title: f.fix.title };
      if (f.fix.titleId) fix.titleId = f.fix.titleId;
      if (f.fix.data) fix.data = f.fix.data;
      fix.applicability = f.fix.applicability;
      fix.edits = f.fix.edits.map((e) => ({ file: display(e.file), start: e.start, end: e.end, text: e.text }));
      out.fix = fix;
    }
    out.fingerprint = fingerprintOf(f, opts.cwd);
    return out;
  };
  const s = summarize(result);
  const config = configForReport(result.config, opts.cwd);
  const report = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'sse-lint', version: VERSION },
    ...(config ? { config } : {}),
    ...(result.preset ? { preset: result.preset } : {}),
    ...(result.sites ? {
      sites: result.sites.map((x) => ({
        site: x.site, files: x.files.map((f) => displayPath(f, opts.cwd)), streamLocations: x.streams, bySeverity: { error: x.error, warning: x.warning, info: x.info },
      })),
    } : {}),
    summary: {
      files: s.files,
      filesWithFindings: s.filesWithFindings,
      streamLocations: s.streamLocations,
      findings: s.findings,
      bySeverity: { error: s.error, warning: s.warning, info: s.info },
      fixable: s.fixable,
      suggestions: s.suggestions,
      suppressed: s.suppressed,
      ...(s.truncated ? { truncated: s.truncated } : {}),
    },
    files: result.files.map((f) => displayPath(f, opts.cwd)),
    findings: JSON_ITEMS,
  };
  writeJsonDocument(report, mapped(result.findings, finding), write);
}

function* mapped<T, U>(items: readonly T[], f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}
