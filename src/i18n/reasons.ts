// Why a file could not be read or written, in words: a path sse-lint refuses to read, a system error code, or the
// system's own message when the code is not one sse-lint names.
import { ReadRefusedError } from '../util/read-file.js';
import { t, type Locale, type MessageKey } from './index.js';

const CODES: Readonly<Record<string, MessageKey>> = {
  ENOENT: 'cli.reason.noDirectory', EACCES: 'cli.reason.permission', EPERM: 'cli.reason.permission', EISDIR: 'cli.reason.isDirectory',
  ENOSPC: 'cli.reason.noSpace', EROFS: 'cli.reason.readOnly',
};

/** `permission denied`, `is a FIFO (named pipe); sse-lint reads only regular files`, ... (else the error's message). */
export function readErrorReason(e: unknown, locale: Locale): string {
  if (e instanceof ReadRefusedError) return t(locale, `cli.reason.refused.${e.kind}`, refusedData(e));
  const key = CODES[(e as NodeJS.ErrnoException)?.code ?? ''];
  return key ? t(locale, key) : (e as Error)?.message ?? String(e);
}

/** The data of a refused path's reason: the size limit in MB (for `too-large`). */
export function refusedData(e: ReadRefusedError): Record<string, number> {
  return { max: Math.ceil(e.limit / (1024 * 1024)) };
}
