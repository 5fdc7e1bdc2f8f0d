// Writing fixed files: all or nothing, journalled, with the one atomic writer (temp file beside each, fsync, rename;
// mode, owner, symlinks and hard links kept), each target checked again right before it is replaced.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { resolveWriteTarget, stageWrite, syncDirectory, withSignalsHeld, writeFileAtomic, type StagedWrite } from '../util/atomic-write.js';
import {
  applyNew, commonFolder, journalPath, newJournalId, removeJournal, restoreOriginal, saveJournal, sha256,
  type Journal, type JournalFile,
} from './journal.js';

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

/** What a target looked like when it was checked: replaced only while it still does. */
interface Seen {
  dev: number;
  ino: number;
  size: number;
  mtimeNs: bigint;
}

function seen(path: string): Seen {
  const st = fs.statSync(path, { bigint: true });
  return { dev: Number(st.dev), ino: Number(st.ino), size: Number(st.size), mtimeNs: st.mtimeNs };
}

const sameAs = (a: Seen, b: Seen): boolean => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;

/** Testing aid: `SSE_LINT_TEST_PAUSE_MS` pauses after each step of a batch, so crash tests can kill it at random points. */
function pause(): void {
  const ms = Number(process.env.SSE_LINT_TEST_PAUSE_MS ?? 0);
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** A fresh backup name: `<file>.bak`, else `<file>.bak.1`, `.bak.2`, ...; an existing name (even a dangling link) is never reused. */
function writeBackup(target: string, original: Buffer, mode: number): string {
  for (let k = 0; k < 1000; k++) {
    const bak = k === 0 ? `${target}.bak` : `${target}.bak.${k}`;
    try {
      writeFileAtomic(bak, original, { exclusive: true, mode });
      return bak;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  throw new Error(`${target}: no free backup name (${target}.bak to ${target}.bak.999 all exist)`);
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
export function writeAll(plan: PlannedWrite[], options: WriteOptions = {}): WriteResult {
  return withSignalsHeld(() => writeBatch(plan, options));
}

function writeBatch(plan: PlannedWrite[], options: WriteOptions): WriteResult {
  const result: WriteResult = { written: [], conflicts: [], backups: [] };
  if (plan.length === 0) return result;
  const targets = plan.map((p) => ({ ...p, ...resolveWriteTarget(p.path) }));
  const checked = new Map<string, Seen>();
  for (const t of targets) {
    const before = seen(t.target);
    const now = fs.readFileSync(t.target);
    if (!now.equals(t.original) || !sameAs(before, seen(t.target))) result.conflicts.push(t.path);
    checked.set(t.target, before);
  }
  if (result.conflicts.length) return result;

  const id = newJournalId();
  const folder = commonFolder([...(options.roots ?? []), ...targets.map((t) => nodePath.dirname(t.target))]);
  const jpath = journalPath(folder, id);
  const files: JournalFile[] = targets.map((t) => {
    const base = nodePath.join(nodePath.dirname(t.target), `.${nodePath.basename(t.target)}.sse-lint-${id}`);
    return {
      target: t.target, tmp: `${base}.new`, orig: `${base}.orig`, origKind: 'link', inPlace: (t.existing?.nlink ?? 1) > 1,
      oldHash: sha256(t.original), newHash: sha256(t.next),
    };
  });
  const journal: Journal = { version: 1, id, pid: process.pid, started: new Date().toISOString(), state: 'staging', files, backups: [] };
  saveJournal(jpath, journal);
  pause();

  const staged: StagedWrite[] = [];
  const replaced: JournalFile[] = [];
  const cleanUp = (): void => {
    for (const s of staged) s.discard();
    for (const f of files) {
      fs.rmSync(f.tmp, { force: true });
      fs.rmSync(f.orig, { force: true });
    }
  };
  /** Undoes the targets replaced so far, newest first, and removes everything the batch made (its backups too). */
  const undo = (): void => {
    journal.state = 'undoing';
    saveJournal(jpath, journal);
    for (const f of [...replaced].reverse()) restoreOriginal(f);
    cleanUp();
    for (const b of journal.backups) fs.rmSync(b, { force: true });
    for (const d of new Set(files.map((f) => nodePath.dirname(f.target)))) syncDirectory(d);
    removeJournal(jpath);
  };

  try {
    for (const [k, t] of targets.entries()) {
      const f = files[k]!;
      staged.push(stageWrite(t.target, t.next, { tempPath: f.tmp }));
      if (!f.inPlace) {
        try {
          fs.linkSync(t.target, f.orig);
        } catch {
          f.origKind = 'copy';
        }
      }
      if (f.inPlace || f.origKind === 'copy') {
        f.origKind = 'copy';
        writeFileAtomic(f.orig, t.original, { exclusive: true, mode: 0o600 });
      }
      if (options.backup) {
        const bak = writeBackup(t.target, t.original, t.existing!.mode & 0o7777);
        result.backups.push(bak);
        journal.backups.push(bak);
      }
      pause();
    }
    for (const d of new Set(files.map((f) => nodePath.dirname(f.target)))) syncDirectory(d);
    options.beforeRename?.();
    journal.state = 'committing';
    saveJournal(jpath, journal);
    pause();
  } catch (e) {
    cleanUp();
    for (const b of journal.backups) fs.rmSync(b, { force: true });
    removeJournal(jpath);
    throw e;
  }

  try {
    for (const [k, t] of targets.entries()) {
      const f = files[k]!;
      // Checked again right before the rename: a file edited while the batch was prepared stops it.
      resolveWriteTarget(t.target);
      const now = seen(t.target);
      if (!sameAs(now, checked.get(t.target)!) || sha256(fs.readFileSync(t.target)) !== f.oldHash) {
        undo();
        return { written: [], conflicts: [t.path], backups: [] };
      }
      options.afterCheck?.(t.path);
      applyNew(f);
      replaced.push(f);
      // A write between that check and the rename went to the old file, which is kept: put it back rather than lose it.
      if (f.origKind === 'link' && !sameAs(seen(f.orig), now)) {
        undo();
        return { written: [], conflicts: [t.path], backups: [] };
      }
      result.written.push(t.path);
      options.afterRename?.(t.path);
      pause();
    }
  } catch (e) {
    undo();
    throw e;
  }
  for (const f of files) fs.rmSync(f.orig, { force: true });
  for (const d of new Set(files.map((f) => nodePath.dirname(f.target)))) syncDirectory(d);
  removeJournal(jpath);
  return result;
}
