import { PcreSyntaxError } from './pcre-parse.js';
import { type PcreProgram } from './pcre-vm.js';
import type { CompiledRegex, PcreProblem } from './types.js';
export { PCRE2_MATCH_LIMIT, PcreLimitError } from './pcre-vm.js';
/** A compiled pattern. Matching gives up as PCRE2 does, with PcreLimitError, when its match limit is reached. */
export declare class Pcre implements CompiledRegex {
    /** The pattern as a byte subject. */
    readonly source: string;
    private readonly program;
    /** Named groups and their numbers. */
    readonly names: ReadonlyMap<string, number>;
    private readonly matchLimit;
    /** @internal */
    constructor(
    /** The pattern as a byte subject. */
    source: string, program: PcreProgram, 
    /** Named groups and their numbers. */
    names: ReadonlyMap<string, number>, matchLimit: number);
    /** Whether the pattern matches somewhere in the subject. Throws PcreLimitError where nginx gets an error. */
    test(subject: string): boolean;
    /**
     * The match and its groups as subjects (`[whole, $1, $2, ...]`, undefined for a group that took no part), or
     * null. Throws PcreLimitError where nginx gets an error.
     */
    exec(subject: string): (string | undefined)[] | null;
}
export interface PcreOptions {
    /** Backtracking points one match may create (PCRE2's match_limit); default 10,000,000 as in PCRE2. */
    matchLimit?: number;
}
/**
 * Compiles a PCRE pattern (a byte subject) for matching with PCRE2's meaning, or says why it cannot be evaluated
 * here (`error`): constructs such as recursion, conditionals, Unicode properties or verbs, and patterns nginx -t
 * itself rejects.
 */
export declare function compilePcre(pattern: string, caseless: boolean, options?: PcreOptions): {
    regex: Pcre | null;
    error: PcreProblem | null;
};
export { PcreSyntaxError };
