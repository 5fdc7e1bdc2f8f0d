// `sse-lint -i PATH...`: find a terminal for keys and screen, start a review session, load the TUI only now.
import { openSync } from 'node:fs';
import type * as Tty from 'node:tty';
import { resolveLocale, t, type Locale, type MessageKey } from '../../i18n/index.js';
import { loadRunInputs, PipelineError, resolveSettings } from '../../pipeline/index.js';
import { createReview } from '../../tui/session.js';
import type { ParsedArgs } from '../args.js';
import { failText, usage, type Io } from '../io.js';
import { createProgress } from '../progress.js';
import { loadTui } from '../tui-loader.js';
import { lintRunOptions } from './options.js';

/** Where the TUI draws and reads keys. */
export interface Terminal {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  /** Closes what was opened for the session (the /dev/tty stream). */
  close(): void;
}

/**
 * The terminal for `-i`, or why there is none (a catalog key). Keys come from standard input when it is a terminal
 * that does not carry the config (`-`); otherwise from /dev/tty, as tig and less do.
 */
export function openTerminal(
  stdinCarriesConfig: boolean, streams: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream } = process, ttyPath = '/dev/tty',
): Terminal | { key: MessageKey; data?: Record<string, string> } {
  if (!streams.stdout.isTTY) return { key: 'cli.usage.noTerminal' };
  if (streams.stdin.isTTY && !stdinCarriesConfig) return { stdin: streams.stdin, stdout: streams.stdout, close: () => {} };
  let fd: number;
  try {
    fd = openSync(ttyPath, 'r');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    return { key: stdinCarriesConfig ? 'cli.usage.noTerminalKeysStdin' : 'cli.usage.noTerminalKeys', data: { reason } };
  }
  // node:tty (and node:net through it) is loaded only here: a plain lint never reads keys (start-up cost).
  const tty = process.getBuiltinModule('node:tty') as unknown as typeof Tty;
  const stdin = new tty.ReadStream(fd);
  return { stdin, stdout: streams.stdout, close: () => stdin.destroy() };
}

export async function interactiveCommand(args: ParsedArgs, io: Io, flagLocale: Locale): Promise<number> {
  const v = args.values;
  let locale = flagLocale;
  const inputs = args.positionals;
  if (inputs.length === 0) return usage(io, locale, 'cli.usage.noInput', {}, true);
  if (v.fix || v.diff || v['fix-dry-run'] || v['unsafe-fixes'] || v.format !== undefined || v.output !== undefined || v['baseline-write'] !== undefined) {
    return usage(io, locale, 'cli.usage.interactiveConflict');
  }
  if (v['verify-with-nginx'] === '') return usage(io, locale, 'cli.usage.verifyNeedsBinary');
  const max = v['max-warnings'];
  if (max !== undefined && !/^\d+$/.test(max)) return usage(io, locale, 'cli.usage.badMaxWarnings', { value: max });
  // Before any work: without a terminal there is nothing to draw on or read keys from.
  const terminal = openTerminal(inputs.includes('-'));
  if (!('stdin' in terminal)) return usage(io, locale, terminal.key, terminal.data ?? {});

  // A large tree takes a while before the first frame: the same progress count as a plain run, on standard error.
  const progress = createProgress({ write: io.stderr, tty: !!io.stderrTty, locale });
  let session;
  try {
    const settings = resolveSettings(inputs, lintRunOptions(args, io, inputs, () => progress.fileParsed()));
    if (settings.locale && v.locale === undefined) locale = resolveLocale(undefined, io.env ?? process.env, settings.locale);
    for (const n of settings.notes) io.stderr(`sse-lint: ${t(locale, n.key as MessageKey, n.data)}\n`);
    const loaded = loadRunInputs(inputs, settings);
    progress.checking();
    session = createReview(inputs, loaded, { locale, verifyWith: v['verify-with-nginx'] ?? null, backup: !!v.backup });
    progress.done();
  } catch (e) {
    progress.done();
    terminal.close();
    return failText(io, PipelineError.from(e).render(locale));
  }

  // Ink's colour library reads the environment when it is first evaluated: NO_COLOR must become FORCE_COLOR=0
  // before the import. Ink also draws only a final frame when it believes it runs in CI, and the colour library
  // turns colour off when CI is set at all; -i asked for a terminal, so both are hidden while the TUI loads.
  const env = process.env;
  if (env.NO_COLOR && env.FORCE_COLOR === undefined) env.FORCE_COLOR = '0';
  const saved = { CI: env.CI, CONTINUOUS_INTEGRATION: env.CONTINUOUS_INTEGRATION };
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
  try {
    const { runTui } = await loadTui();
    for (const [k, value] of Object.entries(saved)) {
      if (value === undefined) delete env[k];
      else env[k] = value;
    }
    await runTui({ session, locale, stdin: terminal.stdin, stdout: terminal.stdout });
  } finally {
    terminal.close();
  }
  // The alternate screen is gone: one line says what is left.
  const parts = [t(locale, 'cli.interactive.remain', { count: session.diskFindings().length })];
  const discarded = session.snapshot().changed.length;
  if (discarded) parts.push(t(locale, 'cli.interactive.discarded', { count: discarded }));
  io.stderr(`sse-lint: ${parts.join('; ')}\n`);
  return session.exitCode();
}
