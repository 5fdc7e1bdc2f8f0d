import { type Preset, type PresetPlan } from '../engine/config.js';
import { type RuleSetting } from '../engine/engine.js';
import { type Locale } from '../i18n/index.js';
import type { ConfigInfo, LintOptions } from '../lint.js';
import { type PathMap } from '../model/includes.js';
import type { InputOptions } from '../model/inputs.js';
import { type SnippetContext } from '../model/context.js';
import { type Severity } from '../types.js';
export type FailOn = Severity | 'off';
/** What a caller (the CLI, the API, the TUI) asks of a run. Every field is optional. */
export interface PipelineOptions {
    /** Directory relative paths are resolved against (default: the process's). */
    cwd?: string;
    /** A config file to use; `false` uses none (`--no-config`); undefined searches upward from the first input. */
    config?: string | false;
    /** Target nginx version (`1.24.0`); overrides the config's `nginxVersion`. */
    nginxVersion?: string;
    /** URIs to treat as streams (`[host[:port]]/uri`). */
    routes?: string[];
    /** Treat every proxying location as a stream. */
    allProxies?: boolean;
    /** Run only these rules. */
    rules?: string[];
    /** Turn these rules (or engine ids) off, over the config file (`--disable`). */
    disable?: string[];
    /** Turn these rules back on where the config file turned them off (`--enable`). */
    enable?: string[];
    /** Report directives no known module defines. */
    strict?: boolean;
    /** nginx's conf prefix for relative includes. */
    prefix?: string;
    /** Path maps, `FROM=TO` strings or objects, applied before the config's `pathMap`. */
    maps?: (string | PathMap)[];
    /** Bytes of standard input, for the input `-`. */
    stdin?: Uint8Array;
    /** Name shown for standard input. */
    stdinName?: string;
    /** A baseline file whose findings are left out. */
    baseline?: string;
    /** Severity at which the exit code becomes 1; overrides the config's `failOn`. Default `warning`. */
    failOn?: FailOn;
    /** More warnings than this also make the exit code 1. */
    maxWarnings?: number;
    /** Called after each file is read (progress display). */
    onProgress?: (path: string) => void;
    /** Called with the size of each config file read, before it is parsed. */
    onRead?: (bytes: number) => void;
    /** The server layout (`auto`, the default, detects it from the first input); overrides the config's `preset`. */
    preset?: Preset | 'auto';
    /** The block a lone fragment is linted in (else its `# sse-lint: context` comment or a guess decides). */
    context?: SnippetContext;
    /**
     * Lint each file given inside the tree of the nearest nginx.conf (its folder or above) that includes it, reporting
     * only the files given (pre-commit passes the staged files); a file nothing includes is linted on its own.
     */
    inContext?: boolean;
}
/** A note worth a line on standard error (a preset that found nothing, ...), as a catalog key. */
export interface Note {
    key: string;
    data: Record<string, string>;
}
/** The options of a run after checking them and applying the config file. */
export interface RunSettings {
    cwd: string;
    config: ConfigInfo;
    lint: LintOptions;
    load: InputOptions;
    /** Per-rule levels (engine ids such as parse-error included). */
    levels: Record<string, RuleSetting>;
    isIgnored: (file: string) => boolean;
    baseline: string | undefined;
    failOn: FailOn;
    maxWarnings: number | undefined;
    /** From the config file; the caller decides whether a flag overrides it. */
    format: string | undefined;
    locale: Locale | undefined;
    notes: Note[];
    /** The layout the inputs are read as (`plain` when none was found). */
    preset: PresetPlan;
    inContext: boolean;
}
/**
 * Checks the options, finds and applies the config file, and returns the settings of the run. Throws
 * PipelineError (a one-line reason) for anything unusable. `configStart` is where config discovery starts
 * (the first input that is not `-`, else the current folder).
 */
export declare function resolveSettings(inputs: readonly string[], options?: PipelineOptions, configStart?: string): RunSettings;
/** 1 when a finding is at or above `failOn` or the warnings exceed `maxWarnings`, else 0. */
export declare function exitCodeFor(findings: readonly {
    severity: Severity;
}[], failOn: FailOn, maxWarnings?: number): 0 | 1;
