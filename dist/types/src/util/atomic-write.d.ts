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
}
/** A file written to its temp file and fsynced, waiting to be renamed into place. */
export interface StagedWrite {
    /** The path as given. */
    path: string;
    /** The file that will be replaced or created: the path with symlinks resolved. */
    target: string;
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
/**
 * First half of an atomic write: checks the target (see resolveWriteTarget), writes `data` to a temp file in the
 * target's folder with the target's mode and owner, and fsyncs it. Nothing visible changes until commit().
 */
export declare function stageWrite(path: string, data: string | Uint8Array, options?: AtomicWriteOptions): StagedWrite;
/**
 * Writes `data` to `path` so that readers and a crash see the old file or the new one, never a part: a temp file in
 * the same folder (short writes looped), fsynced, renamed over the target, and the folder fsynced. An existing
 * file keeps its mode and owner; a symlink is written through and stays a link. Anything but a regular file (or a
 * symlink to one) is refused with WriteTargetError before anything is written.
 */
export declare function writeFileAtomic(path: string, data: string | Uint8Array, options?: AtomicWriteOptions): void;
