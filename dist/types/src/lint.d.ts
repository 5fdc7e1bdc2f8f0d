import type { Rule } from './engine/define-rule.js';
import { type EngineOptions } from './engine/engine.js';
import type { ConfigTree } from './model/includes.js';
import { type ConfigModel, type ModelOptions } from './model/model.js';
import type { Finding } from './types.js';
export interface LintOptions extends EngineOptions {
    model?: ModelOptions;
    /** Routes to resolve into stream locations per tree (`--route [host]/uri`). */
    routes?: string[];
    rulesList?: readonly Rule[];
}
export interface LintResult {
    findings: Finding[];
    /** Every file read, across all inputs. */
    files: string[];
    trees: ConfigTree[];
    models: ConfigModel[];
    /** Findings hidden by inline suppressions. */
    suppressed: number;
    /** Findings left out because the run found more than MAX_FINDINGS (counted, not kept). */
    truncated?: number;
    /** Findings left out because their file matches the config's `ignore` globs. */
    ignored?: number;
    /** Findings left out because the baseline accounts for them. */
    baselined?: number;
    /** The config file applied to the run (the pipeline fills this in). */
    config?: ConfigInfo;
    /** The server layout the run read the inputs as (the pipeline fills this in); absent for plain nginx. */
    preset?: PresetInfo;
    /** Per site of the layout (1Panel site aliases, NPM hosts, Debian sites): what was checked and found. */
    sites?: SiteReadiness[];
}
/** Which preset a run used: `1panel`, its label (`1panel v2, OpenResty 1.27.1.1 (nginx 1.27.1 core)`), how chosen. */
export interface PresetInfo {
    name: string;
    label: string;
    detected: boolean;
}
/** One site of a layout: its files, the locations checked as streams, and the findings at each level. */
export interface SiteReadiness {
    site: string;
    files: string[];
    streams: number;
    error: number;
    warning: number;
    info: number;
}
/** Which config file a run used, and how it was found. */
export interface ConfigInfo {
    /** Absolute path of the config file, or null when none applies. */
    path: string | null;
    /** `explicit` (--config), `discovered` (searched upward from the first input), `none` (nothing found), `disabled` (--no-config). */
    origin: 'explicit' | 'discovered' | 'none' | 'disabled';
}
/** Lints one tree: builds its model and runs the rules. */
export declare function lintTree(tree: ConfigTree, options?: LintOptions): {
    model: ConfigModel;
    findings: Finding[];
    suppressed: number;
    truncated: number;
};
