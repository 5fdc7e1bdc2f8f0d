// Drives the app in an in-memory terminal of any size (ink-testing-library's fixes columns at 100 and has no rows).
import { EventEmitter } from 'node:events';
import { render } from 'ink';
import { expect, vi } from 'vitest';
import { App } from '../../src/tui/app.js';
import type { ReviewSession } from '../../src/tui/data.js';
import { keyBytes, keyOf, type ActionId } from '../../src/tui/keys.js';
import type { Locale } from '../../src/i18n/index.js';

class Stdout extends EventEmitter {
  columns: number;
  rows: number;
  isTTY = true;
  frames: string[] = [];
  constructor(cols: number, rows: number) {
    super();
    this.columns = cols;
    this.rows = rows;
  }
  write = (frame: string): boolean => {
    this.frames.push(frame);
    return true;
  };
  lastFrame = (): string => this.frames[this.frames.length - 1] ?? '';
}

class Stdin extends EventEmitter {
  isTTY = true;
  data: string | null = null;
  write = (data: string): void => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
  read = (): string | null => {
    const d = this.data;
    this.data = null;
    return d;
  };
}

// eslint-disable-next-line no-control-regex
export const stripAnsi = (s: string): string => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

export interface Term {
  stdout: Stdout;
  /** The last frame without escape codes. */
  frame(): string;
  press(...ids: ActionId[]): void;
  key(name: string): void;
  type(text: string): void;
  resize(cols: number, rows: number): void;
  /** Waits until the frame contains every text (or matches), then returns it. */
  see(...texts: (string | RegExp)[]): Promise<string>;
  exited(): Promise<void>;
  unmount(): void;
}

export function startApp(session: ReviewSession, opts: { cols?: number; rows?: number; locale?: Locale } = {}): Term {
  const stdout = new Stdout(opts.cols ?? 80, opts.rows ?? 24);
  const stdin = new Stdin();
  const stderr = new Stdout(opts.cols ?? 80, opts.rows ?? 24);
  const instance = render(<App session={session} locale={opts.locale ?? 'en'} />, {
    stdout: stdout as unknown as NodeJS.WriteStream, stderr: stderr as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true, exitOnCtrlC: false, patchConsole: false,
  });
  const frame = (): string => stripAnsi(stdout.lastFrame());
  return {
    stdout,
    frame,
    press: (...ids) => ids.forEach((id) => stdin.write(keyBytes(keyOf(id)))),
    key: (name) => stdin.write(keyBytes(name)),
    type: (text) => stdin.write(text),
    resize(cols, rows) {
      stdout.columns = cols;
      stdout.rows = rows;
      stdout.emit('resize');
    },
    async see(...texts) {
      await vi.waitFor(() => {
        const f = frame();
        for (const t of texts) {
          if (typeof t === 'string') expect(f).toContain(t);
          else expect(f).toMatch(t);
        }
      }, { timeout: 5000, interval: 5 });
      return frame();
    },
    exited: async () => {
      await instance.waitUntilExit();
    },
    unmount: () => {
      instance.unmount();
      instance.cleanup();
    },
  };
}
