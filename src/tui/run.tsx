// Starting and stopping the TUI on a real terminal: alternate screen, raw keys, clean exit even after a crash.
import { appendFileSync } from 'node:fs';
import { render } from 'ink';
import type { Locale } from '../i18n/index.js';
import { App } from './app.js';
import type { ReviewSession } from './data.js';

export interface RunOptions {
  session: ReviewSession;
  locale: Locale;
  /** Where keys come from: the terminal on standard input, or /dev/tty when stdin carried a dump. */
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
}

const ENTER_ALT = '\x1b[?1049h';
const LEAVE_ALT = '\x1b[?1049l\x1b[?25h';

/**
 * Runs the app until the user quits. Ink 6.8 has no alternate-screen option, so it is entered here and left both
 * after the app exits and on process exit (an exception in a handler skips the normal path).
 */
export async function runTui(opts: RunOptions): Promise<void> {
  const { stdout } = opts;
  let left = false;
  const leave = (): void => {
    if (left) return;
    left = true;
    stdout.write(LEAVE_ALT);
  };
  stdout.write(ENTER_ALT);
  process.on('exit', leave);
  // `npm run bench` reads the time from process start to the first frame, and the CPU time spent by then.
  const timing = process.env.SSE_LINT_TIMING_FILE;
  let firstFrame = true;
  const onRender = timing
    ? (): void => {
        if (!firstFrame) return;
        firstFrame = false;
        const cpu = process.cpuUsage();
        appendFileSync(timing, `${JSON.stringify({ firstFrameMs: performance.now(), cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
      }
    : undefined;
  try {
    // Incremental rendering stays off: on Ink 6.8 it left stale lines on screen after a view change (seen in tmux).
    const instance = render(<App session={opts.session} locale={opts.locale} />, {
      stdin: opts.stdin, stdout, exitOnCtrlC: false, patchConsole: false, incrementalRendering: false, ...(onRender ? { onRender } : {}),
    });
    await instance.waitUntilExit();
    instance.cleanup();
  } finally {
    leave();
    process.off('exit', leave);
  }
}
