// What every command gets from the process (streams, folder, colour, environment) and how it says it failed.
import { t, type Locale, type MessageKey } from '../i18n/index.js';

export interface Io {
  stdout: (s: string) => void;
  /**
   * Bytes for standard output (a report's UTF-8 pieces); true when the stream keeps them to write later, so the caller
   * must not reuse them. Without it they are decoded for `stdout`.
   */
  stdoutBytes?: (b: Uint8Array) => boolean | void;
  stderr: (s: string) => void;
  readStdin: () => Uint8Array;
  cwd: string;
  /** Colour on standard output (decided once, in src/cli/color.ts). */
  color: boolean;
  /** Standard error is a terminal: long runs show a progress line there. */
  stderrTty?: boolean;
  /** Standard output is a terminal: the text report ends with a hint to review the fixes with -i. */
  stdoutTty?: boolean;
  /** Environment for the locale (LC_ALL, LC_MESSAGES, LANG); the process's when omitted. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Called when a lint (or fix) starts: the binary keeps V8's compile cache of such runs (src/util/compile-cache.ts). */
  onLint?: () => void;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Prints `sse-lint: <message>` from the catalog and returns exit code 2. */
export function usage(io: Io, locale: Locale, key: MessageKey, data: Record<string, string | number> = {}, tryHelp = false): number {
  io.stderr(`sse-lint: ${t(locale, key, data)}\n${tryHelp ? `${t(locale, 'cli.usage.tryHelp')}\n` : ''}`);
  return EXIT_USAGE;
}

/** Prints a line that is already final (nginx-worded input errors) and returns exit code 2. */
export function failText(io: Io, text: string): number {
  io.stderr(`sse-lint: ${text}\n`);
  return EXIT_USAGE;
}

/**
 * An unexpected error as sse-lint prints it: one line (`sse-lint: internal error: <reason> (rerun with --debug for
 * the stack trace)`), or the whole stack with `--debug`.
 */
export function internalErrorText(e: unknown, debug: boolean, locale: Locale = 'en'): string {
  const err = e instanceof Error ? e : new Error(String(e));
  if (debug) return `sse-lint: ${t(locale, 'cli.internalError', { message: err.stack ?? err.message })}`;
  const first = err.message.split('\n', 1)[0]!.trim() || err.name;
  const named = err.name && err.name !== 'Error' ? `${err.name}: ${first}` : first;
  return `sse-lint: ${t(locale, 'cli.internalError', { message: `${named} (${t(locale, 'cli.debugHint')})` })}`;
}
