/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two adjacent characters
 * each cost one ("bufefring" is one edit from "buffering"), no substring edited twice.
 */
export declare function editDistance(a: string, b: string): number;
