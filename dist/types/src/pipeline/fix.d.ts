import { type AppliedFix, type RevertReason } from '../fix/apply.js';
import type { Finding } from '../types.js';
import { type LintRun, type LoadedInputs } from './run.js';
import { type PipelineOptions } from './settings.js';
export type { AppliedFix } from '../fix/apply.js';
/** A file the session has changed in memory: its text as read and as it is now. */
export interface FileChange {
    path: string;
    before: string;
    after: string;
}
/** What one apply step did. */
export interface FixStep {
    applied: AppliedFix[];
    /** Fixes undone because the edited file no longer parsed. */
    reverted: {
        file: string;
        ruleIds: string[];
        reason: RevertReason;
    }[];
    /** False when fixable findings were still left after the last pass (the loop stopped at its limit). */
    converged: boolean;
    passes: number;
}
/** How a write ended. Nothing is written unless `kind` is `written`. */
export type WriteOutcome = {
    kind: 'written';
    written: string[];
    backups: string[];
} | {
    kind: 'nothing';
} | {
    kind: 'read-only';
    source: 'dump' | 'stdin';
} | {
    kind: 'rejected';
    bin: string;
    output: string;
}
/** The --verify-with-nginx binary could not be run (missing, not executable, timed out): nothing was written. */
 | {
    kind: 'unrunnable';
    bin: string;
    cause: Error;
} | {
    kind: 'conflict';
    files: string[];
} | {
    kind: 'failed';
    message: string;
};
export interface WriteRequest {
    /** Keep each replaced file as `<file>.bak`. */
    backup?: boolean;
    /** Run `BIN -t` on a copy of the fixed tree first; nothing is written when it fails. */
    verify?: string;
}
export interface FixSession {
    /** The run before any fix (the files as read). */
    readonly initial: LintRun;
    /** The run over the texts as they are now in memory: findings and code frames match the fixed text. */
    current(): LintRun;
    /** Applies every allowed fix, pass after pass, until nothing more applies (at most `maxPasses`). */
    applyAll(options?: {
        unsafe?: boolean;
        rules?: string[];
        maxPasses?: number;
    }): FixStep;
    /** Applies one finding's fix (a finding of `current()`); undone at once when it would break the file. */
    applyFix(finding: Finding): FixStep;
    /**
     * Applies the fixes of several findings of `current()` as one step (one undo takes it back). A fix whose edits
     * overlap one taken before it waits (it is still there after the re-lint); a file the step would break keeps
     * its text and its fixes are reported as reverted.
     */
    applyFixes(findings: readonly Finding[]): FixStep;
    /** Takes back the last apply step; false when there is none. */
    undo(): boolean;
    /** Applies again the step the last undo took back; false when there is none (any new apply clears them). */
    redo(): boolean;
    /** Files changed in memory, sorted by path. */
    changes(): FileChange[];
    /** The pending change as a unified diff (paths shown relative to `cwd`). */
    diff(options?: {
        color?: boolean;
        display?: (path: string) => string;
    }): string;
    /**
     * The suggestions among the current findings (fixes that need a human choice), each as the unified diff of its
     * edits applied to the text as it is now. Never applied by the session.
     */
    suggestions(options?: {
        color?: boolean;
        display?: (path: string) => string;
    }): {
        finding: Finding;
        diff: string;
    }[];
    /** Null when the inputs can be written; else why not (an `nginx -T` dump or standard input). */
    readonly readOnly: 'dump' | 'stdin' | null;
    /** Writes the pending changes all or nothing through the atomic writer. */
    write(request?: WriteRequest): WriteOutcome;
    /**
     * Saves the pending diff as a patch file (atomically), for inputs that cannot be written back (a dump); returns
     * the path written. Throws PipelineError with a one-line reason when it cannot.
     */
    savePatch(file: string, options?: {
        display?: (path: string) => string;
    }): string;
}
/** Starts a fix session over inputs (settings resolved and the config applied as for a lint run). */
export declare function startFixSession(inputs: readonly string[], options?: PipelineOptions): FixSession;
/** A fix session over inputs already loaded. */
export declare function createFixSession(loaded: LoadedInputs): FixSession;
