import * as fs from 'node:fs';
/**
 * The most sse-lint reads: per file (config files, includes, dumps, the baseline, standard input) and for all the
 * config files of one run together. Linting keeps about 18 to 25 bytes of memory per byte of an ordinary config (a
 * 30 MB config of 78,000 servers peaks at 550 to 750 MB of process memory, depending on the machine) and up to about
 * 60 for a hostile one (hundreds of thousands of one-line locations), so the limit is 32 MB, or less when this
 * process may use less than 2.5 GB of heap: above it sse-lint says so instead of running out of memory.
 */
export declare function maxReadBytes(): number;
/**
 * The most directives and comments one run parses, a block counting as BLOCK_WEIGHT (see StatementBudget in the parser): 4,000,000, or fewer when this
 * process may use less than 4 GB of heap. The densest input (`a{}` repeated, four bytes a block) costs about 600
 * bytes of process memory per block once parsed, modelled and checked (4,000,000 blocks peak near 2.5 GB), so the 32
 * MB the size cap lets through (8,000,000 blocks) came within reach of V8's heap limit; ordinary configs hold one
 * statement per 25 to 40 bytes (a 30 MB config of 78,000 servers: about 860,000).
 */
export declare function maxRunStatements(): number;
/**
 * Sizes below both caps in every process: Node does not start with a heap limit under 7 MB (--max-heap-size=7, or
 * --max-old-space-size=4 with --max-semi-space-size=1; any less and it runs out of memory before the first line of
 * a script: test/cli/heap-caps.test.ts tries), whose caps are 91,750 bytes and 7,340 statements. A read of at most
 * SURE_READ_BYTES, and a run of at most SURE_RUN_STATEMENTS, are within the caps whatever the heap: the caps are
 * worked out (and node:v8 loaded) only once an input passes these, so the decisions are the caps' own.
 */
export declare const SURE_READ_BYTES: number;
export declare const SURE_RUN_STATEMENTS = 4096;
/** More than the read cap: `maxBytes` when given, else maxReadBytes() (asked only past SURE_READ_BYTES). */
export declare function overReadCap(bytes: number, maxBytes?: number): boolean;
/** What kind of path was refused: not a regular file (of some kind), on a kernel file system, or too large. */
export type RefusedKind = 'directory' | 'fifo' | 'device' | 'socket' | 'not-regular' | 'kernel-fs' | 'too-large' | 'run-too-large';
/**
 * Why a path was not read. `code` is ENOTREG (not a regular file), EKERNELFS (/proc, /sys, ...) or EFBIG (too
 * large); `kind` says which, for messages in other languages; `reason` is the English clause.
 */
export declare class ReadRefusedError extends Error {
    #private;
    readonly path: string;
    readonly kind: RefusedKind;
    readonly code: 'ENOTREG' | 'EKERNELFS' | 'EFBIG';
    readonly reason: string;
    constructor(path: string, kind: RefusedKind, limit?: number);
    /** The size cap it was refused under (maxReadBytes() unless the reader gave its own), in every kind's message data. */
    get limit(): number;
}
/**
 * True for a path on /proc, /sys or another kernel file system (by its real path and by statfs where available).
 * `byDev` remembers the answer per device (st_dev names one mounted file system, and every file on it has its
 * type), so reading a thousand site files asks statfs once: give it `dev`, the file's st_dev, and keep the map no
 * longer than one load.
 */
export declare function onKernelFs(path: string, dev?: number, byDev?: Map<number, boolean>): boolean;
/**
 * What a path's name alone says it must never be read as: `kernel-fs` under /proc or /sys, `device` under /dev; null
 * otherwise. For names sse-lint cannot stat because they come from elsewhere (the file names in an `nginx -T` dump,
 * which may have been made on another machine).
 */
export declare function refusedByName(path: string): 'kernel-fs' | 'device' | null;
/** What a caller that reads many files already knows: the path's stat (just taken), and kernel file systems by device. */
export interface ReadHints {
    stat?: fs.Stats;
    kernelByDev?: Map<number, boolean>;
}
/**
 * Reads a regular file (a symlink to one is followed) of at most `maxBytes`. Anything else is refused before it
 * is opened, so a FIFO never blocks and a device is never touched; a file on /proc or /sys is never read (its
 * text could be secrets such as a process environment). The file is opened without blocking and checked again
 * through the open descriptor, so a path swapped meanwhile is refused too (also when `hints.stat` was taken a moment
 * before). Throws ReadRefusedError or the system error (ENOENT, EACCES, ...).
 */
export declare function readRegularFile(path: string, maxBytes?: number, hints?: ReadHints): Buffer;
/**
 * Reads standard input to its end, refusing more than `maxBytes` (`sse-lint - < /dev/zero` stops with a reason
 * instead of filling memory). Standard input may be a pipe, a terminal, a regular file or a device.
 */
export declare function readStdinCapped(maxBytes?: number, fd?: number): Buffer;
