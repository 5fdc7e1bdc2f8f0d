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
    fixable: {
        safe: number;
        unsafe: number;
    };
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
export declare function summarize(result: LintResult): Summary;
