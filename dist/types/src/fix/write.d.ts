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
    /** Files changed on disk since they were read: nothing was written. */
    conflicts: string[];
    backups: string[];
}
export interface WriteOptions {
    backup?: boolean;
    /** Test hook: called after every temp file is written and before the renames. */
    beforeRename?: () => void;
    /** Test hook: called after each rename. */
    afterRename?: (path: string) => void;
}
/**
 * Writes every planned file or none. Each new text is staged (see stageWrite: a temp file beside its target,
 * fsynced, with the target's mode and owner); only when all are staged are they renamed over their targets (a
 * rename is atomic, so a crash leaves each file either old or new). A symlink is written through: its target is
 * replaced and the link stays. A planned path that is not a regular file (or a symlink to one) is refused with
 * WriteTargetError before anything is written.
 */
export declare function writeAll(plan: PlannedWrite[], options?: WriteOptions): WriteResult;
