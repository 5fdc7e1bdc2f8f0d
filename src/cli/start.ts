// The command line as a process: handlers for what escapes, the real streams, main(), the exit code. The binary
// (src/cli.ts) runs this module's bundle (dist/cli-core.js) as a script through V8's code cache.
import { fstatSync, writeSync, type Stats } from 'node:fs';
import { useColor, type ColorTarget } from './color.js';
import { internalErrorText } from './io.js';
import { main } from './main.js';
import { resolveLocale, t, type Locale } from '../i18n/index.js';
import { ioReason } from '../pipeline/index.js';
import { readStdinCapped } from '../util/read-file.js';

/**
 * Whether a standard stream's descriptor is surely not a terminal: a pipe, a socket, a regular file, or on Linux one
 * of the memory devices (character devices of major number 1: /dev/null, /dev/zero, /dev/full, ...). Only another
 * character device may be a terminal, and only then is Node's stream for it made to ask (making one loads the stream
 * classes, and node:net for a pipe: a few milliseconds of a small lint's start).
 */
function plainDescriptor(fd: number): boolean {
  let st: Stats;
  try {
    st = fstatSync(fd);
  } catch {
    // Closed or unusable: Node's stream reports it as it always has.
    return false;
  }
  if (st.isFIFO() || st.isSocket() || st.isFile()) return true;
  // glibc's major(): bits 8-19 and 32-43 of the device number.
  return process.platform === 'linux' && st.isCharacterDevice() && (((st.rdev >>> 8) & 0xfff) | (Math.floor(st.rdev / 2 ** 32) & ~0xfff)) === 1;
}

/** A system call's error (EPIPE, ENOSPC, ...), as opposed to a fault of the program. */
function systemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

/**
 * Writes to standard output when it is surely no terminal (plainDescriptor): straight to the descriptor, as Node's own
 * stream would for these on Linux (synchronously), without making that stream. A reader that went away (EPIPE, `| head`)
 * ends the output quietly; a descriptor that would block (O_NONBLOCK, set by whoever made it) hands the rest to Node's
 * stream, which waits for it; any other failure is `failed`. `bytes` returns true when Node's stream kept the bytes
 * to write later (the caller must not reuse them); otherwise they are written when it returns.
 */
function descriptorWriter(failed: (e: NodeJS.ErrnoException) => void): { text: (s: string) => void; bytes: (b: Uint8Array) => boolean } {
  let gone = false;
  let stream = false;
  const bytes = (b: Uint8Array): boolean => {
    if (gone) return false;
    if (stream) {
      process.stdout.write(b);
      return true;
    }
    let done = 0;
    while (done < b.length) {
      try {
        done += writeSync(1, b, done, b.length - done);
      } catch (e) {
        if (!systemError(e)) throw e;
        if (e.code === 'EAGAIN') {
          stream = true;
          process.stdout.write(b.subarray(done));
          return true;
        }
        if (e.code === 'EPIPE') gone = true;
        else failed(e);
        return false;
      }
    }
    return false;
  };
  return { text: (s) => void bytes(Buffer.from(s, 'utf8')), bytes };
}

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
  const stdoutFailed = (e: NodeJS.ErrnoException): void => {
    process.stderr.write(`sse-lint: ${t(locale(), 'cli.stdoutFailed', { reason: ioReason(e, locale()) })}\n`);
    process.exit(2);
  };
  let stdout: (s: string) => void;
  let stdoutBytes: (b: Uint8Array) => boolean;
  let stdoutTarget: ColorTarget;
  if (plainDescriptor(1)) {
    ({ text: stdout, bytes: stdoutBytes } = descriptorWriter(stdoutFailed));
    stdoutTarget = { isTTY: false };
  } else {
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') stdoutFailed(e);
    });
    stdout = (s) => process.stdout.write(s);
    // A terminal takes the bytes at once; whatever it queues keeps them.
    stdoutBytes = (b) => {
      process.stdout.write(b);
      return process.stdout.writableLength > 0;
    };
    stdoutTarget = process.stdout;
  }

  let linted = false;
  process.exitCode = await main(process.argv.slice(2), {
    stdout,
    stdoutBytes,
    stderr: (s) => process.stderr.write(s),
    readStdin: () => readStdinCapped(),
    cwd: process.cwd(),
    color: useColor(stdoutTarget),
    stderrTty: !plainDescriptor(2) && !!process.stderr.isTTY,
    stdoutTty: !!stdoutTarget.isTTY,
    onLint: () => {
      linted = true;
    },
  }).catch((e: unknown) => {
    fail(e);
    return 2;
  });
  return linted;
}
