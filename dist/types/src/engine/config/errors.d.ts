import { type CliKey, type Locale } from '../../i18n/index.js';
import { type JsonProblem } from '../json-source.js';
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
export declare class ConfigError extends Error {
    readonly file: string;
    readonly issues: ConfigIssue[];
    constructor(file: string, issues: ConfigIssue[]);
}
/**
 * The error as the CLI prints it: a header line, then one line per issue (`file:line:col: /pointer: message`). A
 * file that cannot be read at all (missing, a FIFO, too large) is one line: its issue already names the file.
 */
export declare function formatConfigError(e: ConfigError, locale?: Locale): string;
