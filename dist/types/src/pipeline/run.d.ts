import { type ConfigInfo, type LintResult } from '../lint.js';
import type { ConfigFs } from '../model/fs.js';
import { type ConfigTree } from '../model/includes.js';
import type { ConfigModel } from '../model/model.js';
import { type Finding } from '../types.js';
import { type PipelineOptions, type RunSettings } from './settings.js';
import { type Summary } from '../reporters/summary.js';
/** The result of a lint run: findings against the sources as they are now, with the config that was applied. */
export interface LintRun extends LintResult {
    config: ConfigInfo;
    summary: Summary;
    /** 0 or 1 by `failOn` and `maxWarnings` over the findings reported. */
    exitCode: 0 | 1;
    settings: RunSettings;
}
/** The inputs as loaded: one tree per input (a file, a directory, a dump or standard input). */
export interface LoadedInputs {
    settings: RunSettings;
    trees: ConfigTree[];
    /** With `inContext`: the files the caller named; findings elsewhere in their includers' trees are left out. */
    focus?: Set<string>;
}
/** Loads the inputs; an input that cannot be used at all throws PipelineError with nginx-style wording. */
export declare function loadRunInputs(inputs: readonly string[], settings: RunSettings): LoadedInputs;
/** The same input loaded again through another file system (the edited texts of a fix session). */
export declare function reloadTree(tree: ConfigTree, fs: ConfigFs): ConfigTree;
/** Findings of one tree with the config's engine levels applied and ignored files left out. */
export declare function lintTreeWithSettings(tree: ConfigTree, settings: RunSettings): {
    model: ConfigModel;
    findings: Finding[];
    suppressed: number;
    ignored: number;
    truncated: number;
};
/**
 * Which of one tree's findings the run reports: those of the files in focus (`inContext`), less the ones the baseline
 * accounts for (matched in report order, as lintLoaded does). The fix loop fixes only these, so a file not named and a
 * known finding are neither proposed nor written.
 */
export declare function reportedFilter(loaded: LoadedInputs): (findings: readonly Finding[]) => Finding[];
/**
 * Lints loaded trees: the model and rules once per tree, findings of a file reached from two inputs once, the
 * config's levels and ignore globs applied, then the baseline. Findings are in a deterministic order.
 */
export declare function lintLoaded(loaded: LoadedInputs, options?: {
    baseline?: boolean;
}): LintRun;
/** Resolves the settings, loads the inputs and lints them. Throws PipelineError for unusable options or inputs. */
export declare function lintSync(inputs: readonly string[], options?: PipelineOptions): LintRun;
