// GitHub Actions workflow commands: one ::error/::warning/::notice annotation per finding.
import type { LintResult } from '../lint.js';
import type { Finding, Severity } from '../types.js';
import { displayPath, type ReportOptions } from './common.js';
import { collect, type Write } from './stream.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** The message part of a workflow command (as @actions/core escapes it). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command: the message escapes plus `:` and `,`, which separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command per line; GitHub turns them into annotations on the changed files. */
export function formatGithub(result: LintResult, opts: ReportOptions): string {
  return collect((write) => writeGithub(result, opts, write));
}

/** The workflow commands written one finding at a time. */
export function writeGithub(result: LintResult, opts: ReportOptions, write: Write): void {
  for (const f of result.findings) write(annotation(f, opts));
}

function annotation(f: Finding, opts: ReportOptions): string {
  const s = f.span;
  const props: [string, string | number][] = [['file', displayPath(s.file, opts.cwd).split('\\').join('/')], ['line', s.line]];
  // GitHub accepts columns only for an annotation on a single line.
  if (s.endLine === s.line) props.push(['col', s.column], ['endLine', s.endLine], ['endColumn', s.endColumn]);
  else props.push(['endLine', s.endLine]);
  props.push(['title', f.ruleId]);
  const head = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[f.severity]} ${head}::${escapeData(f.message)}\n`;
}
