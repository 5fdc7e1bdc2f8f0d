import type { ConfigModel } from '../model/model.js';
import { type Finding, type Severity } from '../types.js';
import { type Rule } from './define-rule.js';
/** Findings produced by sse-lint itself rather than by a rule in rules/. */
export declare const ENGINE_IDS: readonly ['parse-error', 'include-not-found', 'include-unreadable', 'include-cycle', 'include-unmapped', 'invalid-context', 'duplicate-directive', 'invalid-arguments', 'invalid-value', 'unknown-directive', 'duplicate-location', 'duplicate-server-name', 'invalid-suppression', 'unused-suppression'];
export interface RuleSetting {
    severity?: Severity | 'off';
    options?: Record<string, unknown>;
}
export interface EngineOptions {
    /** Per-rule severity and options (from the config file). */
    rules?: Record<string, RuleSetting>;
    /** Run only these rules (`--rule`). */
    only?: string[];
    /** Report directives that neither nginx nor the known modules define (`--strict`). */
    strict?: boolean;
}
export interface RunResult {
    findings: Finding[];
    /** Findings hidden by inline suppressions. */
    suppressed: number;
    /** Findings left out past MAX_FINDINGS (counted, not kept). */
    truncated: number;
}
/**
 * The most findings one run keeps: about 1.5 KB of memory each, so a hostile config (a million duplicate lines)
 * cannot exhaust memory; the rest are counted and the report says how many were left out.
 */
export declare const MAX_FINDINGS = 100000;
/** Runs the enabled rules over a model, applies inline suppressions and returns ordered findings. */
export declare function runRules(model: ConfigModel, rules: readonly Rule[], options?: EngineOptions): RunResult;
