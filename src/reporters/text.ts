// Plain-text report: findings grouped by file with file:line:column, severity, message and rule id.
import * as nodePath from 'node:path';
import type { LintResult } from '../lint.js';
import type { Severity } from '../types.js';

export interface TextOptions {
  cwd: string;
  color: boolean;
}

const SGR: Record<Severity | 'dim' | 'bold' | 'under', [number, number]> = {
  error: [31, 39], warning: [33, 39], info: [36, 39], dim: [2, 22], bold: [1, 22], under: [4, 24],
};

export function displayPath(file: string, cwd: string): string {
  if (!nodePath.isAbsolute(file)) return file;
  const r = nodePath.relative(cwd, file);
  return r === '' || r.startsWith('..') ? file : r;
}

export function formatText(result: LintResult, opts: TextOptions): string {
  const paint = (k: keyof typeof SGR, s: string): string => (opts.color ? `\x1b[${SGR[k][0]}m${s}\x1b[${SGR[k][1]}m` : s);
  const out: string[] = [];
  let current = '';
  for (const f of result.findings) {
    const file = displayPath(f.span.file, opts.cwd);
    if (file !== current) {
      if (current) out.push('');
      out.push(paint('under', file));
      current = file;
    }
    out.push(`${file}:${f.span.line}:${f.span.column}  ${paint(f.severity, f.severity)}  ${f.message}  ${paint('dim', f.ruleId)}`);
    for (const r of f.related) {
      out.push(`    ${paint('dim', `${displayPath(r.span.file, opts.cwd)}:${r.span.line}:${r.span.column}`)}  ${r.message}`);
    }
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  const files = result.files.length;
  if (out.length) out.push('');
  const summary = result.findings.length === 0
    ? `No problems found in ${files} file${files === 1 ? '' : 's'}.`
    : `${result.findings.length} problem${result.findings.length === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info) in ${files} file${files === 1 ? '' : 's'}.`;
  out.push(paint('bold', summary));
  return out.join('\n') + '\n';
}
