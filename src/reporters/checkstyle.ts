// Checkstyle XML report (Jenkins, GitLab and other CI dashboards): one <file> per file read, one <error> per finding.
import type { LintResult } from '../lint.js';
import { displayPath, type ReportOptions } from './common.js';

/** Text made safe for an XML 1.0 attribute: markup escaped, newlines kept as references, invalid characters replaced. */
export function xmlAttr(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Checkstyle 4.3 XML: every file read, findings as `<error>` elements with `source="sse-lint.<rule>"`. */
export function formatCheckstyle(result: LintResult, opts: ReportOptions): string {
  const byFile = new Map<string, string[]>();
  for (const f of result.files) byFile.set(displayPath(f, opts.cwd), []);
  for (const f of result.findings) {
    const file = displayPath(f.span.file, opts.cwd);
    let list = byFile.get(file);
    if (!list) byFile.set(file, (list = []));
    list.push(`    <error line="${f.span.line}" column="${f.span.column}" severity="${f.severity}" message="${xmlAttr(f.message)}" source="${xmlAttr(`sse-lint.${f.ruleId}`)}"/>`);
  }
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const [file, errors] of byFile) {
    if (errors.length === 0) out.push(`  <file name="${xmlAttr(file)}"/>`);
    else out.push(`  <file name="${xmlAttr(file)}">`, ...errors, '  </file>');
  }
  out.push('</checkstyle>');
  return out.join('\n') + '\n';
}
