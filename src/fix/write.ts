// Writing fixed files: all or nothing, temp file in the same folder + fsync + rename, mode/owner kept, symlinks kept.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { randomBytes } from 'node:crypto';

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
 * Writes every planned file or none. Each new text goes to a temp file beside its target, is fsynced and
 * given the target's mode and owner; only when all temp files exist are they renamed over their targets
 * (a rename is atomic, so a crash leaves each file either old or new). A symlink is written through: its
 * target is replaced and the link stays.
 */
export function writeAll(plan: PlannedWrite[], options: WriteOptions = {}): WriteResult {
  const result: WriteResult = { written: [], conflicts: [], backups: [] };
  const targets = plan.map((p) => ({ ...p, target: fs.realpathSync(p.path) }));
  for (const t of targets) {
    const now = fs.readFileSync(t.target);
    if (!now.equals(t.original)) result.conflicts.push(t.path);
  }
  if (result.conflicts.length) return result;

  const temps: { tmp: string; target: string; path: string }[] = [];
  try {
    for (const t of targets) {
      const st = fs.statSync(t.target);
      const tmp = nodePath.join(nodePath.dirname(t.target), `.${nodePath.basename(t.target)}.sse-lint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
      const fd = fs.openSync(tmp, 'wx', st.mode & 0o7777);
      temps.push({ tmp, target: t.target, path: t.path });
      try {
        fs.writeSync(fd, t.next);
        fs.fchmodSync(fd, st.mode & 0o7777);
        try {
          fs.fchownSync(fd, st.uid, st.gid);
        } catch (e) {
          // Without privileges a file we may write can still belong to someone else's group; keep going only if nothing changes.
          if ((e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
        }
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      if (options.backup) {
        const bak = `${t.target}.bak`;
        fs.copyFileSync(t.target, bak);
        fs.chmodSync(bak, st.mode & 0o7777);
        result.backups.push(bak);
      }
    }
    options.beforeRename?.();
  } catch (e) {
    for (const t of temps) fs.rmSync(t.tmp, { force: true });
    throw e;
  }
  for (const t of temps) {
    fs.renameSync(t.tmp, t.target);
    result.written.push(t.path);
    options.afterRename?.(t.path);
  }
  for (const dir of new Set(temps.map((t) => nodePath.dirname(t.target)))) {
    try {
      const fd = fs.openSync(dir, 'r');
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    } catch {
      // Directory fsync is best effort (not supported everywhere).
    }
  }
  return result;
}
