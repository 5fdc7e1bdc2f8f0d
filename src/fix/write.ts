// Writing fixed files: all or nothing, with the one atomic writer (temp file beside each, fsync, rename; mode, owner and symlinks kept).
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { resolveWriteTarget, stageWrite, syncDirectory, writeFileAtomic, type StagedWrite } from '../util/atomic-write.js';

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
export function writeAll(plan: PlannedWrite[], options: WriteOptions = {}): WriteResult {
  const result: WriteResult = { written: [], conflicts: [], backups: [] };
  const targets = plan.map((p) => ({ ...p, ...resolveWriteTarget(p.path) }));
  for (const t of targets) {
    const now = fs.readFileSync(t.target);
    if (!now.equals(t.original)) result.conflicts.push(t.path);
  }
  if (result.conflicts.length) return result;

  const staged: StagedWrite[] = [];
  try {
    for (const t of targets) {
      staged.push(stageWrite(t.target, t.next));
      if (options.backup) {
        const bak = `${t.target}.bak`;
        writeFileAtomic(bak, t.original, { mode: t.existing!.mode & 0o7777 });
        result.backups.push(bak);
      }
    }
    options.beforeRename?.();
  } catch (e) {
    for (const s of staged) s.discard();
    throw e;
  }
  for (const [i, s] of staged.entries()) {
    try {
      s.commit({ syncDir: false });
    } catch (e) {
      for (const rest of staged.slice(i + 1)) rest.discard();
      throw e;
    }
    result.written.push(targets[i]!.path);
    options.afterRename?.(targets[i]!.path);
  }
  for (const dir of new Set(staged.map((s) => nodePath.dirname(s.target)))) syncDirectory(dir);
  return result;
}
