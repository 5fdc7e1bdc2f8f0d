import type { PcreProblem } from './types.js';
/**
 * Translates a PCRE pattern (as a byte subject) to a JavaScript RegExp with the same meaning on subjects, or says
 * why it cannot (`error`).
 */
export declare function compilePcre(pattern: string, caseless: boolean): {
    regex: RegExp | null;
    error: PcreProblem | null;
};
