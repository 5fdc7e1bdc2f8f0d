// The numbers every report and API result carries about a run (the pipeline returns them with each run).
import type { LintResult } from '../lint.js';

export interface Summary {
  /** Files read. */
  files: number;
  /** Files the reported findings are in. */
  filesWithFindings: number;
  /** Locations (in every tree) that sse-lint treats as carrying an event stream. */
  streamLocations: number;
  findings: number;
  error: number;
  warning: number;
  info: number;
  fixable: { safe: number; unsafe: number };
  /** Findings whose fix is a suggestion: shown, never applied. */
  suggestions: number;
  /** Findings hidden by inline suppressions. */
  suppressed: number;
  /** Findings in files matched by the config's `ignore` globs (not reported). */
  ignored: number;
  /** Findings the baseline accounts for (not reported). */
  baselined: number;
  /** Findings left out because the run found more than sse-lint keeps (100,000). */
  truncated: number;
}

/** Counts for the summary line and the machine formats. */
export function summarize(result: LintResult): Summary {
  const s: Summary = {
    files: result.files.length, filesWithFindings: new Set(result.findings.map((f) => f.span.file)).size,
    streamLocations: 0, findings: result.findings.length, error: 0, warning: 0, info: 0,
    fixable: { safe: 0, unsafe: 0 }, suggestions: 0, suppressed: result.suppressed, ignored: result.ignored ?? 0, baselined: result.baselined ?? 0,
    truncated: result.truncated ?? 0,
  };
  for (const m of result.models) for (const loc of m.locations) if (m.isStream(loc)) s.streamLocations++;
  for (const f of result.findings) {
    s[f.severity]++;
    if (f.fix?.applicability === 'suggestion') s.suggestions++;
    else if (f.fix) s.fixable[f.fix.applicability]++;
  }
  return s;
}
