import type { CliKey } from '../i18n/index.js';
import type { Finding } from '../types.js';
export declare const BASELINE_VERSION = 1;
/** One accepted finding. Only the fingerprint is compared; rule, file and message are for people reading diffs. */
export interface BaselineEntry {
    fingerprint: string;
    ruleId: string;
    /** Relative to the baseline file's directory, with `/` separators. */
    file: string;
    message: string;
}
export interface BaselineFile {
    $comment?: string;
    version: number;
    findings: BaselineEntry[];
}
/** A baseline that is missing or unreadable; the CLI prints t(locale, key, data) and exits with 2. */
export declare class BaselineError extends Error {
    readonly file: string;
    readonly key: CliKey;
    readonly data: Record<string, string | number>;
    /** Why the file could not be read (its reason fills the message's {reason}). */
    readonly cause?: unknown;
    constructor(file: string, key: CliKey, data: Record<string, string | number>, 
    /** Why the file could not be read (its reason fills the message's {reason}). */
    cause?: unknown);
}
export interface BaselineResult {
    /** Findings the baseline does not account for, in their original order. */
    findings: Finding[];
    /** Findings absorbed by baseline entries. */
    matched: number;
    /** Baseline entries no finding used any more (problems fixed since the baseline was written). */
    unmatched: number;
}
/**
 * Records findings as the accepted baseline (one entry per finding, so duplicates count) and returns how many
 * were written. The file is replaced atomically (see writeFileAtomic).
 */
export declare function writeBaseline(file: string, findings: readonly Finding[]): number;
/** Reads and checks a baseline file. Throws BaselineError when it is missing, not JSON, or of another version. */
export declare function readBaseline(file: string): BaselineFile;
/**
 * The findings the baseline does not cover. Matching counts: a fingerprint recorded twice absorbs two findings
 * with that fingerprint, and a third is new.
 */
export declare function applyBaseline(file: string, findings: readonly Finding[]): BaselineResult;
/**
 * Reads a baseline once and returns what applyBaseline does with it, for a caller that matches many sets of
 * findings against the same file (each pass of a fix loop). Throws BaselineError as readBaseline does.
 */
export declare function baselineMatcher(file: string): (findings: readonly Finding[]) => BaselineResult;
