#!/usr/bin/env node
// Entry point of the `sse-lint` binary.
import { useColor } from './cli/color.js';
import { internalErrorText } from './cli/io.js';
import { main } from './cli/main.js';
import { resolveLocale, t, type Locale } from './i18n/index.js';
import { ioReason } from './pipeline/index.js';
import { readStdinCapped } from './util/read-file.js';

const debug = process.argv.slice(2).includes('--debug');
// The language is the environment's: --locale may not have been read when this is needed.
const locale = (): Locale => {
  try {
    return resolveLocale(undefined);
  } catch {
    return 'en';
  }
};
const fail = (e: unknown): void => {
  process.stderr.write(`${internalErrorText(e, debug, locale())}\n`);
  process.exitCode = 2;
};
// Whatever escapes is still one line (the stack only with --debug), never Node's default trace.
process.on('uncaughtException', (e) => {
  fail(e);
  process.exit(2);
});

// `sse-lint ... | head` closes the pipe early: not an error. Any other write error (`> /dev/full`) is one line.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') return;
  process.stderr.write(`sse-lint: ${t(locale(), 'cli.stdoutFailed', { reason: ioReason(e, locale()) })}\n`);
  process.exit(2);
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readStdinCapped(),
  cwd: process.cwd(),
  color: useColor(process.stdout),
  stderrTty: !!process.stderr.isTTY,
  stdoutTty: !!process.stdout.isTTY,
}).catch((e: unknown) => {
  fail(e);
  return 2;
});
