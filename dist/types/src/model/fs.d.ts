export type FileKind = 'file' | 'dir' | 'other' | 'missing';
export interface ConfigFs {
    /** What a path is, following symlinks. Never opens the file (a FIFO must not block). */
    kind(path: string): FileKind;
    /** Reads a regular file. Throws a Node-style error with `code` on failure (ReadRefusedError for what is never read). */
    readFile(path: string): Uint8Array;
    /** Entry names of a directory (not sorted). */
    readdir(path: string): string[];
    /** The canonical path (symlinks resolved), or the path itself when that is not possible. */
    realpath(path: string): string;
}
export declare const diskFs: ConfigFs;
/**
 * The disk as one load reads it, asking the system less per file: the stat kind() takes serves the readFile() of the
 * same path that follows it (the loader asks what a path is, then reads it), whether a file system is a kernel
 * one is asked once per device, and a path's canonical form once per path (a folder given as input asks it of each
 * file several times: is it inside, was it reached, is it included). The read still checks the file it opened against
 * that stat and its own real path (see readRegularFile). Make one per load: the answers are not kept longer.
 */
export declare function loadingDiskFs(): ConfigFs;
/** An in-memory tree of files keyed by absolute POSIX path. */
export declare function memoryFs(files: Record<string, string | Uint8Array>): ConfigFs;
/**
 * A file system that counts what it reads: once the distinct files read add up to more than `limit` bytes (by default
 * maxReadBytes()), a read throws ReadRefusedError (`run-too-large`). Reading a file again (a fix pass) does not count
 * twice.
 */
export declare function budgetFs(base: ConfigFs, limit?: number): ConfigFs;
