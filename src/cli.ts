#!/usr/bin/env node
// Entry point of the `sse-lint` binary.
import { readFileSync } from 'node:fs';
import { useColor } from './cli/color.js';
import { main } from './cli/main.js';
import { resolveLocale, t } from './i18n/index.js';

// `sse-lint ... | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readFileSync(0),
  cwd: process.cwd(),
  color: useColor(process.stdout),
  stderrTty: !!process.stderr.isTTY,
  stdoutTty: !!process.stdout.isTTY,
}).catch((e: unknown) => {
  // A bug: the stack is what a report needs. The language is the environment's (--locale may not have been read).
  process.stderr.write(`sse-lint: ${t(resolveLocale(undefined), 'cli.internalError', { message: (e as Error)?.stack ?? String(e) })}\n`);
  return 2;
});
