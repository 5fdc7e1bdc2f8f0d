// `sse-lint -i`: find a terminal for keys and screen, start the review session, load the TUI lazily, exit by what remains.
import { openSync } from 'node:fs';
import * as tty from 'node:tty';
import type { Locale } from '../i18n/index.js';
import type { LintOptions } from '../lint.js';
import type { ConfigTree } from '../model/includes.js';
import { plural } from '../reporters/common.js';
import type { Finding, Severity } from '../types.js';
import { createEngineSession } from '../tui/engine-session.js';

/** Where the TUI draws and reads keys. */
export interface Terminal {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** Closes what was opened for the session (the /dev/tty stream). */
  close(): void;
}

/**
 * The terminal for `-i`, or a one-line reason why there is none. Keys come from standard input when it is a
 * terminal and does not carry the config (`-`); otherwise from /dev/tty, as tig and less do.
 */
export function openTerminal(stdinCarriesConfig: boolean, streams: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream } = process): Terminal | string {
  if (!streams.stdout.isTTY) return '-i needs a terminal, and standard output is not one (use the text report or --format)';
  if (streams.stdin.isTTY && !stdinCarriesConfig) return { stdin: streams.stdin, stdout: streams.stdout, close: () => {} };
  let fd: number;
  try {
    fd = openSync('/dev/tty', 'r');
  } catch (e) {
    const why = stdinCarriesConfig ? 'standard input carries the config' : 'standard input is not a terminal';
    return `-i needs a terminal for keys: ${why}, and /dev/tty cannot be opened (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  const stdin = new tty.ReadStream(fd);
  return { stdin, stdout: streams.stdout, close: () => stdin.destroy() };
}

export interface InteractiveOptions {
  trees: ConfigTree[];
  lintOptions: LintOptions;
  postprocess: (findings: Finding[]) => Finding[];
  locale: Locale;
  cwd: string;
  verifyWith: string | undefined;
  exitCode: (remaining: readonly { severity: Severity }[]) => number;
  terminal: Terminal;
  stdout: (s: string) => void;
}

/**
 * Runs the TUI and returns the exit code over the findings on disk when it ends (written fixes count, discarded
 * ones do not). Ink and React are imported here only, so no other path pays for them.
 */
export async function runInteractive(o: InteractiveOptions): Promise<number> {
  const session = createEngineSession({ trees: o.trees, lintOptions: o.lintOptions, postprocess: o.postprocess, cwd: o.cwd, verifyWith: o.verifyWith ?? null, locale: o.locale });
  // Ink's colour library reads the environment when it is first evaluated: NO_COLOR must become FORCE_COLOR=0
  // before the import. Ink also draws only a final frame when it thinks it runs in CI; `-i` asked for a terminal.
  const env = process.env;
  if (env.NO_COLOR && env.FORCE_COLOR === undefined) env.FORCE_COLOR = '0';
  const saved = { CI: env.CI, CONTINUOUS_INTEGRATION: env.CONTINUOUS_INTEGRATION };
  env.CI = '0';
  env.CONTINUOUS_INTEGRATION = '0';
  let runTui: typeof import('../tui/run.js').runTui;
  try {
    ({ runTui } = await import('../tui/run.js'));
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
  }
  try {
    await runTui({ session, locale: o.locale, stdin: o.terminal.stdin, stdout: o.terminal.stdout });
  } finally {
    o.terminal.close();
  }
  const remaining = session.diskFindings();
  const discarded = session.snapshot().changed.length;
  const parts = [`${plural(remaining.length, 'finding')} on disk`];
  if (discarded) parts.push(`changes in ${plural(discarded, 'file')} not written`);
  o.stdout(`sse-lint: ${parts.join('; ')}\n`);
  return o.exitCode(remaining);
}
