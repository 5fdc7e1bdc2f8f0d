// The report formats, by the name `--format` takes.
import type { LintResult } from '../lint.js';
import { formatCheckstyle } from './checkstyle.js';
import type { ReportOptions } from './common.js';
import { formatGithub, writeGithub } from './github.js';
import { formatJson, writeJson } from './json.js';
import { formatSarif, writeSarif } from './sarif.js';
import type { Write } from './stream.js';
import { formatText, writeText } from './text.js';

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

export type { Write } from './stream.js';
export { bufferedWrite, decodeUtf8 } from './stream.js';

/** Writes a report piece by piece (see src/reporters/stream.ts). */
export type ReportWriter = (result: LintResult, opts: ReportOptions, write: Write) => void;

/** Every format as a writer: JSON, SARIF, text and GitHub finding by finding; Checkstyle groups by file first. */
export const WRITERS: Record<ReportFormat, ReportWriter> = {
  text: writeText,
  json: writeJson,
  sarif: writeSarif,
  checkstyle: (result, opts, write) => write(formatCheckstyle(result, opts)),
  github: writeGithub,
};

export const FORMATS = Object.keys(REPORTERS) as ReportFormat[];

export function isReportFormat(name: string): name is ReportFormat {
  return Object.hasOwn(REPORTERS, name);
}
