// Files the pipeline writes besides fixes: a baseline of a run's findings, and a starter config.
import * as nodePath from 'node:path';
import { writeBaseline } from '../engine/baseline.js';
import { initConfig } from '../engine/config.js';
import type { Locale } from '../i18n/index.js';
import { writeError } from './errors.js';
import type { LintRun } from './run.js';

/** Records a run's findings as the accepted baseline in `file`; returns how many were written. */
export function writeRunBaseline(run: LintRun, file: string): number {
  try {
    return writeBaseline(nodePath.resolve(run.settings.cwd, file), run.findings);
  } catch (e) {
    throw writeError(e, file);
  }
}

/** Writes a commented starter config for the layout found in `dir`; returns its path. */
export function writeStarterConfig(dir: string, options: { cwd?: string; locale?: Locale } = {}): string {
  try {
    return initConfig(nodePath.resolve(options.cwd ?? process.cwd(), dir), options.locale ? { locale: options.locale } : {});
  } catch (e) {
    throw writeError(e, dir);
  }
}
