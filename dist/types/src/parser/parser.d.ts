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
}
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
