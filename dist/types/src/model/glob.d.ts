import type { ConfigFs } from './fs.js';
/** nginx treats an include path as a pattern when it contains any of these (strpbrk in ngx_conf_include). */
export declare function isGlob(path: string): boolean;
/** Converts one fnmatch segment to a RegExp. Returns null when the segment has no wildcard. */
export declare function segmentRegExp(segment: string): RegExp | null;
/** Bytewise comparison, as glob(3) sorts under the C locale nginx runs in. */
export declare function compareBytes(a: string, b: string): number;
/**
 * Expands an absolute pattern against a file system. Wildcards never match a leading dot (glob without
 * GLOB_PERIOD), matches of any kind are returned (the caller reports directories), results sorted.
 */
export declare function expandGlob(fs: ConfigFs, pattern: string): string[];
