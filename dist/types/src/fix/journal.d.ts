/** One file of a batch: the target, its temp file with the new bytes, and where the old file is kept until the end. */
export interface JournalFile {
    target: string;
    /** The new bytes, fsynced, waiting for the rename (or the in-place write). */
    tmp: string;
    /** The old file: a hard link to it (`link`), or a copy of its bytes (`copy`, when it has other links or links fail). */
    orig: string;
    origKind: 'link' | 'copy';
    /** The target has other hard links: it is rewritten in place rather than replaced. */
    inPlace: boolean;
    oldHash: string;
    newHash: string;
}
/**
 * `staging`: temp files are being written, nothing is replaced yet (recovery removes them). `committing`: every temp
 * file is ready and targets are being replaced (recovery finishes the batch). `undoing`: the batch is being undone
 * (recovery puts back the files already replaced).
 */
export type JournalState = 'staging' | 'committing' | 'undoing';
export interface Journal {
    version: 1;
    id: string;
    pid: number;
    started: string;
    state: JournalState;
    files: JournalFile[];
    /** Backup copies made for --backup: kept when the batch is finished, removed when it is undone. */
    backups: string[];
}
export declare function sha256(bytes: Uint8Array): string;
/** A new journal id: the process id (so a live batch is never recovered) and random bytes. */
export declare function newJournalId(): string;
export declare function journalPath(dir: string, id: string): string;
/** Writes the journal atomically and durably (the folder is fsynced too). */
export declare function saveJournal(path: string, j: Journal): void;
export declare function removeJournal(path: string): void;
/** The folder every path is in (the deepest common one). */
export declare function commonFolder(paths: readonly string[]): string;
/**
 * Removes the temp files of journals whose run was killed while writing one (before its rename: no journal names
 * them), in the folders journals are looked for in. Best effort.
 */
export declare function sweepJournalTemps(dirs: readonly string[]): void;
/**
 * Journals of batches that did not finish, in `dirs` and every folder above them (a batch's journal is written in
 * the folder its inputs and files share). Journals of a process still running are left alone.
 */
export declare function findJournals(dirs: readonly string[]): string[];
/** Puts the old file back over the target: the kept link is renamed back, or the kept copy written back. */
export declare function restoreOriginal(f: JournalFile): void;
/** Replaces the target with the new bytes: the temp file is renamed over it, or its bytes written in place. */
export declare function applyNew(f: JournalFile): void;
/** What recovering an interrupted batch did. */
export interface Recovery {
    journal: string;
    /** `finished`: the batch was completed; `undone`: the files it had replaced were put back (or none had been). */
    outcome: 'finished' | 'undone';
    /** Targets written (finished) or put back (undone) now. */
    files: string[];
    /** Targets changed by someone since the batch was interrupted: left as they are. */
    skipped: string[];
}
/**
 * Finishes or undoes the batch a journal describes, then removes its temp files and the journal. A batch that was
 * still staging is undone (nothing had been replaced); one that was committing is finished (each target that still
 * holds its old bytes gets the new ones); one that was undoing is undone. A target holding neither the old nor the
 * new bytes was edited since: it is left alone and reported.
 */
export declare function recoverJournal(path: string): Recovery;
