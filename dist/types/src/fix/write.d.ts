export interface PlannedWrite {
    /** The path the file was read from (may be a symlink). */
    path: string;
    /** The bytes read when linting: the file is left alone if it no longer has them. */
    original: Buffer;
    /** The new bytes. */
    next: Buffer;
}
export interface WriteResult {
    written: string[];
    /** Files changed on disk since they were read (or while the batch was written): nothing was written. */
    conflicts: string[];
    backups: string[];
}
export interface WriteOptions {
    backup?: boolean;
    /** Folders the journal must be found from by the next run (the inputs); the journal goes where they and the files meet. */
    roots?: string[];
    /** Test hook: called after every temp file is written and before the renames. */
    beforeRename?: () => void;
    /** Test hook: called after each rename. */
    afterRename?: (path: string) => void;
    /** Test hook: called after a target's last check, right before it is replaced. */
    afterCheck?: (path: string) => void;
}
/**
 * Writes every planned file or none, journalled:
 * 1. each target is checked against the bytes that were read (a changed file stops the batch: `conflicts`);
 * 2. a journal is written beside the inputs, then each new text is staged (a temp file beside its target, fsynced,
 *    with the target's mode and owner) and the old file kept (a hard link to it, or a copy);
 * 3. the journal is marked committing, and each target is checked again (inode, size, mtime, content) right before
 *    it is replaced; after the rename the old file is checked once more, so a write that slipped in is not lost;
 * 4. the kept old files and the journal are removed.
 * A check that fails or an error undoes the targets already replaced (the batch is all or nothing). A run killed at
 * any point leaves the journal, which the next run finishes or undoes (see recoverJournal). Signals wait.
 */
export declare function writeAll(plan: PlannedWrite[], options?: WriteOptions): WriteResult;
