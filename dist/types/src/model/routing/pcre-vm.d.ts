import { type AssertKind, type ByteSet, type ParsedPcre } from './pcre-parse.js';
/** PCRE2's default match limit (MATCH_LIMIT): backtracking points one pcre2_match() call may create. */
export declare const PCRE2_MATCH_LIMIT = 10000000;
/** A match that PCRE2 would abandon: nginx logs `pcre2_match() failed: <code>` and answers 500. */
export declare class PcreLimitError extends Error {
    readonly code: number;
    readonly reason: string;
    constructor(code: number, reason: string);
}
declare const enum Op {
    Set = 0,
    Split = 1,
    Jmp = 2,
    Save = 3,
    Assert = 4,
    Mark = 5,
    Empty = 6,
    Look = 7,
    Atomic = 8,
    Backref = 9,
    Succeed = 10,
    Match = 11
}
interface Ins {
    op: Op;
    set?: ByteSet;
    /** Split: preferred target; Jmp: target; Look/Atomic: first instruction of the body. */
    x?: number;
    /** Split: the alternative pushed for backtracking; Empty: the loop's exit. */
    y?: number;
    /** Save: capture slot; Mark/Empty: loop register slot; Backref: group index. */
    slot?: number;
    kind?: AssertKind;
    behind?: boolean;
    negate?: boolean;
    len?: number;
    caseless?: boolean;
}
/** A compiled pattern: its program plus what PCRE2 checks before it starts backtracking. */
export interface PcreProgram {
    code: Ins[];
    groups: number;
    slots: number;
    anchored: boolean;
    minLength: number;
    /** Bytes a match can start with; null when a match can be empty or start anywhere. */
    first: ByteSet | null;
    /** A byte (either case under caseless matching) every match contains, as PCRE2's "last required code unit". */
    required: ByteSet | null;
}
/** Compiles a parsed pattern into a program; throws PcreLimitError(-1) when it would be too large. */
export declare function compileProgram(parsed: ParsedPcre): PcreProgram;
/** The outcome of a match: capture offsets (start, end per group; -1 when unset), or null for no match. */
export type PcreCaptures = Int32Array | null;
/**
 * Runs a program over bytes, trying each start position as pcre2_match() does. Throws PcreLimitError when the
 * match limit (or the backtracking memory cap) is reached before an answer.
 */
export declare function execProgram(p: PcreProgram, s: Uint8Array, matchLimit?: number): PcreCaptures;
export {};
