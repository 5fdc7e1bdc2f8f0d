import type { Locale } from '../../i18n/index.js';
import type { PathMap } from '../../model/includes.js';
import type { Finding } from '../../types.js';
import { type RuleSetting } from '../engine.js';
import type { ConfigNote, FailOn, Preset, ReportFormat, SseLintConfig } from './types.js';
/** What a config means for a lint run. CLI flags given explicitly take precedence over every field. */
export interface ConfigLintOptions {
    /** For EngineOptions.rules. Engine ids (parse-error, ...) are included: apply them with applyEngineSettings. */
    rules: Record<string, RuleSetting>;
    /** For LintOptions.model. */
    model: {
        streamPatterns?: string[];
        notStreamPatterns?: string[];
        nginxVersion?: string;
    };
    /** For the loader's `maps`, after any --map flags: the config's pathMap (the preset's maps come after it). */
    maps: PathMap[];
    /** The layout named by the config (`auto` detects it); the pipeline plans it from the input. */
    preset?: Preset | 'auto';
    /** The ignore globs as written, and a test for a finding's file (absolute, or relative to the config). */
    ignore: string[];
    isIgnored: (file: string) => boolean;
    failOn?: FailOn;
    format?: ReportFormat;
    locale?: Locale;
    /** Things worth a line on stderr (a reserved preset, a preset that found nothing to map), as message keys. */
    notes: ConfigNote[];
}
export interface ConfigContext {
    /** The directory of the config file: relative pathMap targets and ignore globs are relative to it. */
    configDir?: string;
    /** The first input path (absolute), which presets inspect to find the layout around it. */
    inputPath?: string;
    /** Whether a path exists (tests pass their own). */
    exists?: (path: string) => boolean;
}
/** Maps a validated config to lint options. Pure apart from `exists`, which presets use. */
export declare function toLintOptions(config: SseLintConfig, ctx?: ConfigContext): ConfigLintOptions;
/**
 * Applies the config's levels to findings sse-lint reports itself (parse-error, include-not-found, ...), which
 * the rule engine does not see: "off" drops them, a level replaces their severity.
 */
export declare function applyEngineSettings(findings: Finding[], rules: Readonly<Record<string, RuleSetting>>): Finding[];
