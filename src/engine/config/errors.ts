// A config file that cannot be used: its issues (JSON pointer, line:column, message key) and how they are printed.
import { t, type CliKey, type Locale } from '../../i18n/index.js';
import { readErrorReason } from '../../i18n/reasons.js';
import { jsonProblemText, type JsonProblem } from '../json-source.js';

/** One problem in a config file: where (JSON pointer, and line:column when known) and what (a message key). */
export interface ConfigIssue {
  pointer: string;
  line?: number;
  column?: number;
  key: CliKey;
  data: Record<string, string | number>;
  /** Why the file is not JSON: rendered in the same language into the message's {message}. */
  detail?: JsonProblem;
  /** Why the file could not be read: rendered in the same language into the message's {message}. */
  cause?: unknown;
}

/** A config file that cannot be used; the CLI prints it (formatConfigError) and exits with 2 before linting. */
export class ConfigError extends Error {
  constructor(readonly file: string, readonly issues: ConfigIssue[]) {
    super(`${file}: ${issues.map((i) => issueText('en', file, i)).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function issueText(locale: Locale, file: string, issue: ConfigIssue): string {
  const where = issue.line !== undefined ? `${file}:${issue.line}:${issue.column}: ` : '';
  const pointer = issue.pointer ? `${issue.pointer}: ` : '';
  return `${where}${pointer}${t(locale, issue.key, issueData(issue, locale))}`;
}

/** An issue's data with its detail (why the file is not JSON, or could not be read) rendered in `locale`. */
function issueData(issue: ConfigIssue, locale: Locale): Record<string, string | number> {
  if (issue.detail) return { ...issue.data, message: jsonProblemText(issue.detail, locale) };
  if (issue.cause !== undefined) return { ...issue.data, message: readErrorReason(issue.cause, locale) };
  return issue.data;
}

/**
 * The error as the CLI prints it: a header line, then one line per issue (`file:line:col: /pointer: message`). A
 * file that cannot be read at all (missing, a FIFO, too large) is one line: its issue already names the file.
 */
export function formatConfigError(e: ConfigError, locale: Locale = 'en'): string {
  const only = e.issues.length === 1 ? e.issues[0]! : null;
  if (only && (only.key === 'cli.config.notFound' || only.key === 'cli.config.unreadable')) return `${t(locale, only.key, issueData(only, locale))}\n`;
  const lines = e.issues.map((i) => `  ${issueText(locale, e.file, i)}`);
  return `${t(locale, 'cli.config.invalid', { file: e.file })}\n${lines.join('\n')}\n`;
}
