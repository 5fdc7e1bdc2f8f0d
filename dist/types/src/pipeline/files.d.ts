import { type Layout } from '../engine/config.js';
import type { Locale } from '../i18n/index.js';
import type { LintRun } from './run.js';
/** Records a run's findings as the accepted baseline in `file`; returns how many were written. */
export declare function writeRunBaseline(run: LintRun, file: string): number;
/** Writes a commented starter config for the layout found in `dir`; returns its path and that layout. */
export declare function writeStarterConfig(dir: string, options?: {
    cwd?: string;
    locale?: Locale;
}): {
    path: string;
    layout: Layout;
};
