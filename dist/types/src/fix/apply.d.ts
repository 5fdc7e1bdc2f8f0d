import type { ConfigFs } from '../model/fs.js';
import type { ConfigTree } from '../model/includes.js';
import type { SourceFile } from '../parser/source.js';
import type { Finding } from '../types.js';
/** Why a pass of fixes was undone (rendered per locale: `cli.fix.reason.<reason>`): the fixed file no longer parsed. */
export type RevertReason = 'unparsable';
export interface FixOptions {
    /** Also apply fixes marked unsafe (`--unsafe-fixes`). */
    unsafe?: boolean;
    /** Only fixes of these rules (`--rule`). */
    rules?: string[];
    /** At most this many passes (default 10). */
    maxPasses?: number;
}
export interface AppliedFix {
    ruleId: string;
    title: string;
    file: string;
    line: number;
    pass: number;
}
export interface FixOutcome {
    /** Files whose text changed: path -> original and new text, with the encoding to write them back. */
    changed: Map<string, {
        before: string;
        after: string;
        source: SourceFile;
    }>;
    applied: AppliedFix[];
    passes: number;
    /** False when fixable findings were still left after the last pass. */
    converged: boolean;
    /** Edits undone because the file no longer parsed. */
    reverted: {
        file: string;
        ruleIds: string[];
        reason: RevertReason;
    }[];
    /** Findings of the last lint (on the fixed text). */
    remaining: Finding[];
}
/** Whether a finding's fix may be applied under these options. */
export declare function fixAllowed(f: Finding, options: FixOptions): boolean;
/** A file system that serves edited texts for some paths and the base system for the rest. */
export declare function overlayTexts(base: ConfigFs, texts: Map<string, {
    text: string;
    source: SourceFile;
}>): ConfigFs;
/**
 * Runs the fix loop. `lint(fs)` loads and lints the input through a file system and returns its trees and
 * findings; it is called once per pass on the edited texts. Nothing is written anywhere.
 */
export declare function fixInMemory(baseFs: ConfigFs, lint: (fs: ConfigFs) => {
    trees: ConfigTree[];
    findings: Finding[];
}, options?: FixOptions): FixOutcome;
