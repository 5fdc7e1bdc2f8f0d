// Why a run could not start or finish: a usage, input, config or baseline problem, rendered per locale as one line.
import { ConfigError, formatConfigError } from '../engine/config.js';
import { BaselineError } from '../engine/baseline.js';
import { t, type Locale, type MessageKey } from '../i18n/index.js';
import { readErrorReason } from '../i18n/reasons.js';
import type { InputError } from '../model/includes.js';
import { ReadRefusedError, type RefusedKind } from '../util/read-file.js';

/**
 * A problem with what the caller asked for (bad options, an unusable input path, an invalid config file or
 * baseline). The CLI prints `render(locale)` after `sse-lint: ` and exits with 2; API callers get it thrown.
 */
export class PipelineError extends Error {
  constructor(
    /**
     * A catalog key and its data (with `cause`, a system error whose reason fills `{reason}`), inputs that could not
     * be read, or literal text that is already final.
     */
    readonly what:
      | { key: MessageKey; data?: Record<string, string | number>; cause?: unknown }
      | { inputs: readonly InputError[] }
      | { text: string }
      | { config: ConfigError },
  ) {
    super(renderWhat(what, 'en'));
    this.name = 'PipelineError';
  }

  render(locale: Locale): string {
    return renderWhat(this.what, locale);
  }

  /** Wraps the errors the engine throws for a bad config or baseline; anything else is rethrown as it is. */
  static from(e: unknown): PipelineError {
    if (e instanceof PipelineError) return e;
    if (e instanceof ConfigError) return new PipelineError({ config: e });
    if (e instanceof BaselineError) return new PipelineError({ key: e.key as MessageKey, data: e.data, ...(e.cause !== undefined ? { cause: e.cause } : {}) });
    if (e instanceof ReadRefusedError) return new PipelineError({ key: 'cli.input.unreadable', data: { path: e.path }, cause: e });
    throw e;
  }
}

function renderWhat(what: PipelineError['what'], locale: Locale): string {
  if ('text' in what) return what.text;
  if ('config' in what) return formatConfigError(what.config, locale).replace(/\n$/, '');
  if ('inputs' in what) return what.inputs.map((e) => inputErrorText(e, locale)).join('\nsse-lint: ');
  return t(locale, what.key, { ...what.data, ...('cause' in what ? { reason: ioReason(what.cause, locale) } : {}) });
}

/** An input that cannot be used: ours in the catalog; nginx-worded ones (an entry nginx could not open) as they are. */
function inputErrorText(e: InputError, locale: Locale): string {
  if (e.reason === 'unreadable') return t(locale, 'cli.input.unreadable', { path: e.path, reason: readErrorReason(e.cause, locale) });
  if (e.reason) return t(locale, `cli.input.${e.reason}`, { path: e.path });
  return e.message;
}

/** Why a program could not be run: `no such file`, `permission denied`, ... (else the error's message). */
export function runErrorReason(e: unknown, locale: Locale = 'en'): string {
  return (e as NodeJS.ErrnoException)?.code === 'ENOENT' ? t(locale, 'cli.reason.noFile') : readErrorReason(e, locale);
}

/** A system error as a short reason: `no such directory`, `permission denied`, ... (else its message). */
export function ioReason(e: unknown, locale: Locale = 'en'): string {
  return readErrorReason(e, locale);
}

/** An error from writing `file` as a PipelineError (config and baseline errors keep their own wording). */
export function writeError(e: unknown, file: string): PipelineError {
  if (e instanceof PipelineError || e instanceof ConfigError || e instanceof BaselineError) return PipelineError.from(e);
  return new PipelineError({ key: 'cli.write.failed', data: { file }, cause: e });
}
