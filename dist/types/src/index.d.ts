import { type AppliedFix, type ConfigInfo, type FileChange, type ParseRequest, type PipelineOptions, type PresetInfo, type Recovery, type SiteReadiness, type Summary, type WriteOutcome, type WriteRequest } from './pipeline/index.js';
import type { Payload } from './reporters/crossplane.js';
import type { Finding } from './types.js';
export { PipelineError } from './pipeline/index.js';
export type { AppliedFix, ConfigInfo, FileChange, FailOn, ParseRequest, PipelineOptions, Preset, PresetInfo, Recovery, SiteReadiness, SnippetContext, Summary, WriteOutcome, WriteRequest } from './pipeline/index.js';
export type { Applicability, ChainStep, Finding, Fix, Provenance, RelatedSpan, Severity, Span, TextEdit } from './types.js';
export type { Payload } from './reporters/crossplane.js';
/** What `lint` resolves to: plain data, safe to serialise. */
export interface LintReport {
    /** Findings in a deterministic order (file, offset, rule), after the config's levels, ignore globs and baseline. */
    findings: Finding[];
    /** Every config file read. */
    files: string[];
    summary: Summary;
    /** The config file applied, or why none was. */
    config: ConfigInfo;
    /** 0 or 1, as the command line would exit (`failOn`, `maxWarnings`). */
    exitCode: 0 | 1;
    /** The server layout the inputs were read as (`--preset`, detected by default); absent for plain nginx. */
    preset?: PresetInfo;
    /** Per site of the layout: its files, locations checked as streams and findings by severity. */
    sites?: SiteReadiness[];
}
/**
 * Lints config files, directories or `nginx -T` dumps (`-` reads `options.stdin`). The config file is found and
 * applied as on the command line (`options.config: false` skips it). Rejects with PipelineError for unusable
 * options or inputs.
 */
export declare function lint(inputs: string | readonly string[], options?: PipelineOptions): Promise<LintReport>;
export interface FixOptions extends PipelineOptions, WriteRequest {
    /** Also apply fixes that change behaviour. */
    unsafe?: boolean;
    /** Write the fixed files (all or nothing). Without it nothing is written: see `changes` and `diff`. */
    write?: boolean;
}
export interface FixReport extends LintReport {
    /** Fixes applied in memory. */
    applied: AppliedFix[];
    /** Files changed, with their text before and after. */
    changes: FileChange[];
    /** The changes as a unified diff. */
    diff: string;
    /** What writing did (only with `write: true`). */
    written: WriteOutcome | null;
    /** Interrupted --fix batches of these inputs that were finished or undone first (only with `write: true`). */
    recovered: Recovery[];
}
/**
 * Applies the fixes in memory, re-lints, and (with `write: true`) writes the changed files through the atomic
 * writer. The findings are those that remain, against the fixed text.
 */
export declare function fix(inputs: string | readonly string[], options?: FixOptions): Promise<FixReport>;
/**
 * A rule's (or an engine id's, such as `parse-error`) documentation as text, as `sse-lint explain` prints it, in
 * English or `zh-CN`. Throws PipelineError for an unknown id.
 */
export declare function explain(ruleId: string, options?: {
    locale?: string;
}): string;
/** Which server and location nginx picks for a request, and the streaming settings in effect there, as text (in `locale`: en or zh-CN). */
export declare function route(uri: string, config: string, options?: PipelineOptions & {
    host?: string;
    port?: number;
    locale?: string;
}): Promise<string>;
/** crossplane's JSON payload for a config (with its includes unless `singleFile`). */
export declare function parse(file: string, request?: ParseRequest, options?: PipelineOptions): Promise<Payload>;
/** The ids of every rule, alphabetical. */
export declare const ruleIds: readonly string[];
