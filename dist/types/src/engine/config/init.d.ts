import { type Locale } from '../../i18n/index.js';
import { type Layout } from './presets.js';
import { type SseLintConfig } from './types.js';
/** The starter config --init writes for a layout, with its explanations under "$comment" keys. */
export declare function starterConfig(layout: Layout, locale?: Locale, schemaUrl?: string): SseLintConfig;
/**
 * Writes sse-lint.config.json for the layout detected in `dir` and returns its path. Refuses (ConfigError) when
 * `dir` already has a config file. The file appears complete or not at all, and never replaces a file created in
 * the meantime (writeFileAtomic with `exclusive`).
 */
export declare function initConfig(dir: string, options?: {
    locale?: Locale;
}): string;
