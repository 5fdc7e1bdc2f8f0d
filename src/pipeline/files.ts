// Files the pipeline writes besides fixes: a baseline of a run's findings, and a starter config.
import * as nodePath from 'node:path';
import { writeBaseline } from '../engine/baseline.js';
import { detectLayout, initConfig, type Layout } from '../engine/config.js';
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

/** Writes a commented starter config for the layout found in `dir`; returns its path and that layout. */
export function writeStarterConfig(dir: string, options: { cwd?: string; locale?: Locale } = {}): { path: string; layout: Layout } {
  const abs = nodePath.resolve(options.cwd ?? process.cwd(), dir);
  try {
    return { path: initConfig(abs, options.locale ? { locale: options.locale } : {}), layout: detectLayout(abs) };
  } catch (e) {
    throw writeError(e, dir);
  }
}
