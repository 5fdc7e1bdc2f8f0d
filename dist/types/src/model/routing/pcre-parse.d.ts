import type { PcreProblem } from './types.js';
/** A set of bytes: 256 bits. Literal characters are sets too (one byte, or two under caseless matching). */
export type ByteSet = Uint32Array;
export type AssertKind = 
/** `^` */ 'bol' /** `^` with (?m) */ | 'mbol' /** `$` */ | 'eol' /** `$` with (?m) */ | 'meol'
/** `\A`, `\G` */  | 'start' /** `\z` */ | 'end' /** `\Z` */ | 'endnl' /** `\b` */ | 'word' /** `\B` */ | 'nonword';
export type PcreNode = {
    t: 'set';
    set: ByteSet;
} | {
    t: 'seq';
    items: PcreNode[];
} | {
    t: 'alt';
    alts: PcreNode[];
} | {
    t: 'group';
    index: number;
    body: PcreNode;
} | {
    t: 'repeat';
    body: PcreNode;
    min: number;
    max: number;
    mode: 'greedy' | 'lazy' | 'possessive';
} | {
    t: 'assert';
    kind: AssertKind;
} | {
    t: 'look';
    behind: boolean;
    negate: boolean;
    body: PcreNode;
} | {
    t: 'atomic';
    body: PcreNode;
} | {
    t: 'backref';
    index: number;
    caseless: boolean;
};
export interface ParsedPcre {
    node: PcreNode;
    /** Capturing groups, numbered from 1. */
    groups: number;
    names: Map<string, number>;
}
/** Why a pattern cannot be evaluated here (unsupported syntax, or one nginx -t itself would reject). */
export declare class PcreSyntaxError extends Error {
    readonly problem: PcreProblem;
    constructor(problem: PcreProblem);
}
export declare function emptySet(): ByteSet;
export declare function addByte(s: ByteSet, b: number): void;
export declare function hasByte(s: ByteSet, b: number): boolean;
export declare const isWordByte: (b: number) => boolean;
/**
 * Parses a PCRE2 pattern given as a byte subject. `caseless` is `~*` (and every `server_name` regex). Throws
 * PcreSyntaxError with the reason for anything it cannot evaluate exactly.
 */
export declare function parsePcre(pattern: string, caseless: boolean): ParsedPcre;
/**
 * The length every match of a node has, or a PcreSyntaxError: PCRE2 accepts only fixed-length lookbehinds (each
 * top-level alternative may have its own length).
 */
export declare function fixedLength(n: PcreNode, top?: boolean): number | number[];
