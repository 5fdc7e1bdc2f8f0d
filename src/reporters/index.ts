// The report formats, by the name `--format` takes.
import type { LintResult } from '../lint.js';
import { formatCheckstyle } from './checkstyle.js';
import type { ReportOptions } from './common.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export type { ReportOptions } from './common.js';

export type Reporter = (result: LintResult, opts: ReportOptions) => string;

export const REPORTERS = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  checkstyle: formatCheckstyle,
  github: formatGithub,
} as const satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof REPORTERS;

export const FORMATS = Object.keys(REPORTERS) as ReportFormat[];

export function isReportFormat(name: string): name is ReportFormat {
  return Object.hasOwn(REPORTERS, name);
}
