// What every report format shares: display paths, source lookup and summary counts.
import type { Locale } from '../i18n/index.js';
import * as nodePath from 'node:path';
import type { LintResult } from '../lint.js';
import type { SourceFile } from '../parser/source.js';
import type { ConfigInfo } from '../lint.js';
import type { ChainStep, Finding, Severity, Span } from '../types.js';

/** Where the project documents itself; rule help links are `${HOMEPAGE}#<rule-id>`. */
export const HOMEPAGE = 'https://www.npmjs.com/package/sse-lint';

/** Options every reporter takes. */
export interface ReportOptions {
  /** Directory that paths in the report are made relative to. */
  cwd: string;
  /** Emit terminal colour codes (text only). */
  color: boolean;
  /** Findings left out of the report by `--quiet`, by severity (the text summary mentions them). */
  hidden?: Record<Severity, number>;
  /** Language of the report's own words (findings arrive already localized). */
  locale?: Locale;
}

/** A file path as shown to the user: relative to `cwd` when it lies inside it, otherwise unchanged. */
export function displayPath(file: string, cwd: string): string {
  if (!nodePath.isAbsolute(file)) return file;
  // Reports ask for the same few files once per finding and per related place.
  const key = `${cwd}\0${file}`;
  let shown = displayed.get(key);
  if (shown === undefined) {
    const r = nodePath.relative(cwd, file);
    shown = r === '' || r.startsWith('..') || nodePath.isAbsolute(r) ? file : r;
    if (displayed.size > 100_000) displayed.clear();
    displayed.set(key, shown);
  }
  return shown;
}

const displayed = new Map<string, string>();

/** Every parsed file of a result by path (both the key it was loaded under and its display path). */
export function sourceIndex(result: LintResult): Map<string, SourceFile> {
  const out = new Map<string, SourceFile>();
  for (const tree of result.trees) {
    for (const [key, parsed] of tree.files) {
      if (!out.has(key)) out.set(key, parsed.file);
      if (!out.has(parsed.file.path)) out.set(parsed.file.path, parsed.file);
    }
  }
  return out;
}

export { summarize, type Summary } from './summary.js';

/** `1 error`, `2 errors`; `info` has no plural. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

/** The config a run used, for reports: its path as shown to the user (null when none) and how it was found. */
export function configForReport(config: ConfigInfo | undefined, cwd: string): { path: string | null; origin: ConfigInfo['origin'] } | undefined {
  return config ? { path: config.path === null ? null : displayPath(config.path, cwd), origin: config.origin } : undefined;
}

/** A finding's chain for the machine formats: paths as shown to the user. */
export function chainForReport(chain: readonly ChainStep[], cwd: string): ChainStep[] {
  const at = (s: Span): Span => ({ ...s, file: displayPath(s.file, cwd) });
  return chain.map((step) => ({
    location: step.location,
    span: step.span ? at(step.span) : null,
    via: step.via.map((v) => ({ directive: v.directive, span: at(v.span) })),
    conditions: step.conditions,
  }));
}
