// A one-line progress count on a terminal's stderr for long runs; silent for short runs and when stderr is not a terminal.
import { displayWidth } from '../util/display-width.js';
import { t, type Locale } from '../i18n/index.js';

export interface ProgressOptions {
  /** Write to stderr. */
  write: (s: string) => void;
  /** Whether stderr is a terminal; nothing is ever written otherwise. */
  tty: boolean;
  /** Milliseconds since some fixed point (Date.now in the CLI; a fake clock in tests). */
  now?: () => number;
  /** Quiet period before the first line, in ms. */
  delay?: number;
  /** Minimum time between redraws, in ms. */
  interval?: number;
  /** Language of the line (English when omitted). */
  locale?: Locale;
}

export interface Progress {
  /** One more file parsed. */
  fileParsed(): void;
  /** Parsing is done; the rules run next. */
  checking(): void;
  /** Erases the line, if one was drawn. */
  done(): void;
}

export function createProgress(opts: ProgressOptions): Progress {
  const now = opts.now ?? Date.now;
  const delay = opts.delay ?? 1000;
  const interval = opts.interval ?? 100;
  const started = now();
  let files = 0;
  let drawnAt = -Infinity;
  let width = 0;
  const draw = (text: string, force: boolean): void => {
    if (!opts.tty) return;
    const t = now();
    if (t - started < delay || (!force && t - drawnAt < interval)) return;
    drawnAt = t;
    // Overwrite in place: back to column 1, the new text, then blanks over whatever the longer old text left.
    const w = displayWidth(text);
    opts.write(`\r${text}${' '.repeat(Math.max(0, width - w))}`);
    width = w;
  };
  const locale = opts.locale ?? 'en';
  const label = (): string => `sse-lint: ${t(locale, 'cli.progress.parsed', { count: files })}`;
  return {
    fileParsed() {
      files++;
      draw(label(), false);
    },
    checking() {
      draw(`sse-lint: ${t(locale, 'cli.progress.checking', { count: files })}`, true);
    },
    done() {
      if (width > 0) opts.write(`\r${' '.repeat(width)}\r`);
      width = 0;
    },
  };
}
