import type { ConfigIssue } from './errors.js';
/** Schema problems of a parsed config, as issues (pointers relative to the config object; no positions). */
export declare function validateConfig(data: unknown): ConfigIssue[];
/**
 * The candidate closest to a mistyped word: the same letters in another case, the one candidate it abbreviates,
 * else the nearest by edit distance (at most a third of its length, and at least 2); null when none is close.
 */
export declare function nearest(input: string, candidates: readonly string[]): string | null;
