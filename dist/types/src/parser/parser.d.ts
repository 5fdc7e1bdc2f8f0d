import type { ParsedFile } from './ast.js';
import type { SourceFile } from './source.js';
/**
 * How deep blocks may nest in one file. nginx's recursive parser crashes near 15,000 levels with an 8 MB stack;
 * real configs nest a handful. Deeper blocks are kept as empty blocks with a parse error, so no later stage
 * ever walks an unbounded depth.
 */
export declare const MAX_BLOCK_DEPTH = 500;
/**
 * What a run may still parse: directives and comments, counted over every file. Past it the rest of a file is not
 * parsed (one parse error says so): a file of millions of `a{}` would otherwise build far more memory than its
 * size, up to an out-of-memory abort.
 */
export interface StatementBudget {
    left: number;
    /** The run's whole budget, for the message. */
    max: number;
    /**
     * Set while `left` and `max` are only part of the budget (what the run surely has room for, worked out without
     * asking the heap): a parse that spends `left` calls it once, and it raises both to the whole budget and returns by
     * how much `left` grew (see sureStatementBudget).
     */
    settle?: () => number;
}
/**
 * A run's statement budget of `whole()` that starts as `sure` (which must be no more than the whole) and asks for the
 * whole only when a parse spends the sure part: a small run never works out its budget (util/read-file.ts).
 */
export declare function sureStatementBudget(sure: number, whole: () => number): StatementBudget;
/**
 * What a block counts for in the statement budget: its context, effective values and routing entries make a block
 * (a one-line location, a `server{}`) cost about four times the memory of a plain directive.
 */
export declare const BLOCK_WEIGHT = 4;
/** Errors kept per file (nginx itself stops at the first one). */
export declare const MAX_PARSE_ERRORS = 1000;
/**
 * Parses one file. Never throws: errors are collected with a span. After an error the parser recovers
 * at statement level (a statement cut short by `}` is closed and kept, a stray `}` is skipped), so one
 * typo does not hide the rest of the file.
 */
export declare function parseSource(file: SourceFile, budget?: StatementBudget): ParsedFile;
