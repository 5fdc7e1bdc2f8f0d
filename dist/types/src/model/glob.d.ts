import type { ConfigFs } from './fs.js';
/** nginx treats an include path as a pattern when it contains any of these (strpbrk in ngx_conf_include). */
export declare function isGlob(path: string): boolean;
/**
 * A matcher for one fnmatch segment; null when the segment has no wildcard. Matching never backtracks
 * (`*a*a*a*b` stays linear), and a segment nginx accepts but no name can match (`[z-a]`) matches nothing.
 */
export declare function segmentMatcher(segment: string): {
    test(name: string): boolean;
} | null;
/** Bytewise comparison, as glob(3) sorts under the C locale nginx runs in. */
export declare function compareBytes(a: string, b: string): number;
/**
 * Sorts names bytewise (see compareBytes), in place. ASCII names compare the same by UTF-16 code units, which the
 * built-in sort does without encoding each name at every comparison (a folder of two thousand site files).
 */
export declare function sortBytes(names: string[]): string[];
/**
 * Expands an absolute pattern against a file system. Wildcards never match a leading dot (glob without
 * GLOB_PERIOD), matches of any kind are returned (the caller reports directories), results sorted.
 */
export declare function expandGlob(fs: ConfigFs, pattern: string): string[];
