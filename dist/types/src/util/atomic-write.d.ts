import * as fs from 'node:fs';
/**
 * A path sse-lint will not write: a directory, a device, a FIFO, a socket, or a symlink to one of those or to
 * nothing. Renaming over such a path would replace it (`-o /dev/null` run as root would turn /dev/null into a
 * regular file), so it is refused before anything is written. `code` is `EISDIR` for a directory.
 */
export declare class WriteTargetError extends Error {
    readonly path: string;
    readonly kind: string;
    readonly code: string;
    constructor(path: string, kind: string);
}
export interface AtomicWriteOptions {
    /** Create a new file and never replace one: fails with `EEXIST` when the path exists, even if it appears meanwhile. */
    exclusive?: boolean;
    /** The file's permission bits. Default: an existing file keeps its own; a new one gets 0o666 less the umask. */
    mode?: number;
    /** The temp file's path (a batch names its temp files in its journal); default: a fresh name beside the target. */
    tempPath?: string;
}
/** A file written to its temp file and fsynced, waiting to be renamed into place. */
export interface StagedWrite {
    /** The path as given. */
    path: string;
    /** The file that will be replaced or created: the path with symlinks resolved. */
    target: string;
    /** The temp file holding the new bytes. */
    tmp: string;
    /** True when the target has other hard links: commit() rewrites it in place instead of renaming. */
    inPlace: boolean;
    /** Renames the temp file over the target (links it, for `exclusive`). Pass `syncDir: false` to fsync the folder yourself. */
    commit(options?: {
        syncDir?: boolean;
    }): void;
    /** Removes the temp file; the target is left as it was. */
    discard(): void;
}
/**
 * Where a write to `path` lands: the path with symlinks resolved, and the file's current status (null when there
 * is no file yet). Throws WriteTargetError for anything but a regular file, a symlink to one, or a missing path.
 * Never opens the path, so checking a FIFO does not block.
 */
export declare function resolveWriteTarget(path: string): {
    target: string;
    existing: fs.Stats | null;
};
/** Fsyncs a folder so a rename in it survives a crash; best effort (not every file system allows it). */
export declare function syncDirectory(dir: string): void;
/** True while a process with this id exists (one owned by another user counts). */
export declare function processAlive(pid: number): boolean;
/**
 * Removes temp files an earlier write of `target` left behind when its process was killed (SIGKILL cannot be
 * caught): names of sse-lint's single writes whose process no longer runs. Best effort.
 */
export declare function sweepStaleTemps(target: string): void;
/**
 * Removes the temp files of sse-lint's single writes in `dir` whose process no longer runs, for every target name
 * `accept` takes (all by default): a run killed while it wrote a backup, a kept original or its journal leaves one
 * whose name no later write reuses. Best effort.
 */
export declare function sweepStaleTempsIn(dir: string, accept?: (targetName: string) => boolean): void;
/**
 * Rewrites a file in place, for a target with other hard links (a rename would split them): the file keeps its
 * inode, owner, mode and links. Growth is written first past the old end, so a full disk fails before any old byte
 * is touched; the new bytes are then written, the file cut to length, fsynced and read back. On any failure the old
 * bytes are written back and the error is thrown.
 */
export declare function writeInPlace(target: string, data: Uint8Array): void;
/** Content written piece by piece: called once with a function that appends text to the file. */
/** Content written piece by piece: text, or UTF-8 bytes (written before the call returns, so the caller may reuse them). */
export type ContentWriter = (write: (chunk: string | Uint8Array) => void) => void;
/**
 * First half of an atomic write: checks the target (see resolveWriteTarget), writes `data` to a temp file in the
 * target's folder with the target's mode and owner, checks its size and fsyncs it. Nothing visible changes until
 * commit(). A target with other hard links is rewritten in place on commit (see writeInPlace), so the links stay.
 */
export declare function stageWrite(path: string, data: string | Uint8Array | ContentWriter, options?: AtomicWriteOptions): StagedWrite;
/**
 * Runs `fn` with SIGINT, SIGTERM and SIGHUP held back: a write in progress is finished (or undone) before the
 * process ends, so Ctrl-C never leaves temp files or a half-written batch. Node delivers a signal to JavaScript only
 * between tasks (and not always on the very next turn of the event loop), so the handlers stay a few milliseconds
 * more: a signal that arrived meanwhile is then raised again with its default action (the process ends as it would
 * have, after the write). Calls nest (a batch writes its journal and backups through here too) and share one set of
 * handlers, so a batch of any size adds three listeners, not three per file.
 */
export declare function withSignalsHeld<T>(fn: () => T): T;
/**
 * Writes `data` to `path` so that readers and a crash see the old file or the new one, never a part: a temp file in
 * the same folder (short writes looped, size checked), fsynced, renamed over the target, and the folder fsynced. An
 * existing file keeps its mode (setuid and setgid included) and owner; a symlink is written through and stays a
 * link; a file with other hard links is rewritten in place. Anything but a regular file (or a symlink to one) is
 * refused with WriteTargetError before anything is written. Signals wait until the write is done.
 */
export declare function writeFileAtomic(path: string, data: string | Uint8Array | ContentWriter, options?: AtomicWriteOptions): void;
