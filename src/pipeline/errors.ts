// Why a run could not start or finish: a usage, input, config or baseline problem, rendered per locale as one line.
import { ConfigError, formatConfigError } from '../engine/config.js';
import { BaselineError } from '../engine/baseline.js';
import { t, type Locale, type MessageKey } from '../i18n/index.js';

/**
 * A problem with what the caller asked for (bad options, an unusable input path, an invalid config file or
 * baseline). The CLI prints `render(locale)` after `sse-lint: ` and exits with 2; API callers get it thrown.
 */
export class PipelineError extends Error {
  constructor(
    /** A catalog key and its data, or literal text that is already final (nginx-worded input errors). */
    readonly what: { key: MessageKey; data?: Record<string, string | number> } | { text: string } | { config: ConfigError },
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
    if (e instanceof BaselineError) return new PipelineError({ key: e.key as MessageKey, data: e.data });
    throw e;
  }
}

function renderWhat(what: PipelineError['what'], locale: Locale): string {
  if ('text' in what) return what.text;
  if ('config' in what) return formatConfigError(what.config, locale).replace(/\n$/, '');
  return t(locale, what.key, what.data ?? {});
}

/** A system error as a short reason: `no such directory`, `permission denied`, ... (else its message). */
export function ioReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EROFS') return 'read-only file system';
  return (e as Error)?.message ?? String(e);
}

/** An error from writing `file` as a PipelineError (config and baseline errors keep their own wording). */
export function writeError(e: unknown, file: string): PipelineError {
  if (e instanceof PipelineError || e instanceof ConfigError || e instanceof BaselineError) return PipelineError.from(e);
  return new PipelineError({ key: 'cli.write.failed', data: { file, reason: ioReason(e) } });
}
