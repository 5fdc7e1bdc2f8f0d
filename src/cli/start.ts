// The command line as a process: handlers for what escapes, the real streams, main(), the exit code. The binary
// (src/cli.ts) runs this module's bundle (dist/cli-core.js) as a script through V8's code cache.
import { useColor } from './color.js';
import { internalErrorText } from './io.js';
import { main } from './main.js';
import { resolveLocale, t, type Locale } from '../i18n/index.js';
import { ioReason } from '../pipeline/index.js';
import { readStdinCapped } from '../util/read-file.js';

/** Runs the command line of this process; resolves once main() is done, true when it linted (a lint or a fix). */
export async function startCli(): Promise<boolean> {
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

  let linted = false;
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readStdinCapped(),
    cwd: process.cwd(),
    color: useColor(process.stdout),
    stderrTty: !!process.stderr.isTTY,
    stdoutTty: !!process.stdout.isTTY,
    onLint: () => {
      linted = true;
    },
  }).catch((e: unknown) => {
    fail(e);
    return 2;
  });
  return linted;
}
