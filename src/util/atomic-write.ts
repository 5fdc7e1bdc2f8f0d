// The one way sse-lint writes a file: a temp file beside it, fsync, rename; regular files only, mode and owner kept.
import type * as Crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';

/**
 * A path sse-lint will not write: a directory, a device, a FIFO, a socket, or a symlink to one of those or to
 * nothing. Renaming over such a path would replace it (`-o /dev/null` run as root would turn /dev/null into a
 * regular file), so it is refused before anything is written. `code` is `EISDIR` for a directory.
 */
export class WriteTargetError extends Error {
  readonly code: string;
  constructor(readonly path: string, readonly kind: string) {
    super(`${path} is ${kind}, not a regular file; sse-lint writes only regular files (or symlinks to one)`);
    this.name = 'WriteTargetError';
    this.code = kind === 'a directory' ? 'EISDIR' : 'ENOTREG';
  }
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
  commit(options?: { syncDir?: boolean }): void;
  /** Removes the temp file; the target is left as it was. */
  discard(): void;
}

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Where a write to `path` lands: the path with symlinks resolved, and the file's current status (null when there
 * is no file yet). Throws WriteTargetError for anything but a regular file, a symlink to one, or a missing path.
 * Never opens the path, so checking a FIFO does not block.
 */
export function resolveWriteTarget(path: string): { target: string; existing: fs.Stats | null } {
  let lst: fs.Stats;
  try {
    lst = fs.lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { target: path, existing: null };
    throw e;
  }
  let target: string;
  try {
    target = fs.realpathSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && lst.isSymbolicLink()) throw new WriteTargetError(path, 'a symlink to a missing file');
    throw e;
  }
  const st = fs.statSync(target);
  if (!st.isFile()) throw new WriteTargetError(path, kindOf(st));
  return { target, existing: st };
}

/** Whether anything (a dangling symlink included) has this name. */
function exists(path: string): boolean {
  try {
    fs.lstatSync(path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

function alreadyExists(path: string): Error {
  return Object.assign(new Error(`${path} already exists`), { code: 'EEXIST', path });
}

/** Random hex digits for temp names (node:crypto is loaded on the first write, not by every run). */
function randomHex(bytes: number): string {
  return (process.getBuiltinModule('node:crypto') as unknown as typeof Crypto).randomBytes(bytes).toString('hex');
}

/** Writes all of `buf` to `fd` (at `position` when given), looping over short writes. */
function writeFully(fd: number, buf: Uint8Array, position: number | null = null): void {
  for (let off = 0; off < buf.length;) {
    const n = fs.writeSync(fd, buf, off, buf.length - off, position === null ? null : position + off);
    if (n <= 0) throw new Error(`write returned ${n}`);
    off += n;
  }
}

/** Reads a whole open file from offset 0 (short reads looped). */
function readFully(fd: number, size: number): Buffer {
  const buf = Buffer.alloc(size);
  for (let off = 0; off < size;) {
    const n = fs.readSync(fd, buf, off, size - off, off);
    if (n <= 0) return buf.subarray(0, off);
    off += n;
  }
  return buf;
}

/** Fsyncs a folder so a rename in it survives a crash; best effort (not every file system allows it). */
export function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Directory fsync is not supported everywhere.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** The temp name of a single write: `.<name>.sse-lint-<pid>-<random>.tmp`, beside the target. */
const TEMP = /^\.(.+)\.sse-lint-(\d+)-[0-9a-f]+\.tmp$/;

/** True while a process with this id exists (one owned by another user counts). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temp files an earlier write of `target` left behind when its process was killed (SIGKILL cannot be
 * caught): names of sse-lint's single writes whose process no longer runs. Best effort.
 */
export function sweepStaleTemps(target: string): void {
  sweepStaleTempsIn(nodePath.dirname(target), (name) => name === nodePath.basename(target));
}

/**
 * Removes the temp files of sse-lint's single writes in `dir` whose process no longer runs, for every target name
 * `accept` takes (all by default): a run killed while it wrote a backup, a kept original or its journal leaves one
 * whose name no later write reuses. Best effort.
 */
export function sweepStaleTempsIn(dir: string, accept: (targetName: string) => boolean = () => true): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || !accept(m[1]!) || Number(m[2]) === process.pid || processAlive(Number(m[2]))) continue;
    try {
      if (fs.lstatSync(nodePath.join(dir, name)).isFile()) fs.rmSync(nodePath.join(dir, name), { force: true });
    } catch {
      // Gone meanwhile.
    }
  }
}

/**
 * Rewrites a file in place, for a target with other hard links (a rename would split them): the file keeps its
 * inode, owner, mode and links. Growth is written first past the old end, so a full disk fails before any old byte
 * is touched; the new bytes are then written, the file cut to length, fsynced and read back. On any failure the old
 * bytes are written back and the error is thrown.
 */
export function writeInPlace(target: string, data: Uint8Array): void {
  const fd = fs.openSync(target, fs.constants.O_RDWR | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new WriteTargetError(target, kindOf(st));
    const old = readFully(fd, st.size);
    if (data.length > old.length) {
      try {
        writeFully(fd, data.subarray(old.length), old.length);
        fs.fsyncSync(fd);
      } catch (e) {
        fs.ftruncateSync(fd, old.length);
        throw e;
      }
    }
    try {
      writeFully(fd, data.subarray(0, Math.min(data.length, old.length)), 0);
      fs.ftruncateSync(fd, data.length);
      fs.fsyncSync(fd);
      const back = readFully(fd, data.length);
      if (!back.equals(data)) throw new Error(`${target}: the bytes read back differ from the bytes written`);
    } catch (e) {
      writeFully(fd, old, 0);
      fs.ftruncateSync(fd, old.length);
      fs.fsyncSync(fd);
      throw e;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Content written piece by piece: called once with a function that appends text to the file. */
/** Content written piece by piece: text, or UTF-8 bytes (written before the call returns, so the caller may reuse them). */
export type ContentWriter = (write: (chunk: string | Uint8Array) => void) => void;

/**
 * Writes `data` (text, bytes, or a writer's pieces, gathered into blocks of about 64 KiB) to `fd` and returns the
 * bytes written; the bytes too when they were given whole.
 */
function writeContent(fd: number, data: string | Uint8Array | ContentWriter): { size: number; bytes: Uint8Array | null } {
  if (typeof data !== 'function') {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    writeFully(fd, bytes);
    return { size: bytes.length, bytes };
  }
  let parts: string[] = [];
  let length = 0;
  let size = 0;
  const flush = (): void => {
    if (length === 0) return;
    const bytes = Buffer.from(parts.join(''), 'utf8');
    writeFully(fd, bytes);
    size += bytes.length;
    parts = [];
    length = 0;
  };
  data((chunk) => {
    if (typeof chunk !== 'string') {
      flush();
      writeFully(fd, chunk);
      size += chunk.length;
      return;
    }
    parts.push(chunk);
    length += chunk.length;
    if (length >= 1 << 16) flush();
  });
  flush();
  return { size, bytes: null };
}

/**
 * First half of an atomic write: checks the target (see resolveWriteTarget), writes `data` to a temp file in the
 * target's folder with the target's mode and owner, checks its size and fsyncs it. Nothing visible changes until
 * commit(). A target with other hard links is rewritten in place on commit (see writeInPlace), so the links stay.
 */
export function stageWrite(path: string, data: string | Uint8Array | ContentWriter, options: AtomicWriteOptions = {}): StagedWrite {
  if (options.exclusive && exists(path)) throw alreadyExists(path);
  const { target, existing } = resolveWriteTarget(path);
  const dir = nodePath.dirname(target);
  sweepStaleTemps(target);
  const tmp = options.tempPath ?? nodePath.join(dir, `.${nodePath.basename(target)}.sse-lint-${process.pid}-${randomHex(4)}.tmp`);
  const inPlace = !options.exclusive && existing !== null && existing.nlink > 1;
  // A new file without an explicit mode gets the usual 0o666 less the umask; otherwise the mode is set below.
  const fd = fs.openSync(tmp, 'wx', existing || options.mode !== undefined ? 0o600 : 0o666);
  let written: { size: number; bytes: Uint8Array | null };
  try {
    written = writeContent(fd, data);
    if (existing) {
      // Owner first: a chown clears setuid/setgid bits, the chmod below puts them back.
      try {
        fs.fchownSync(fd, existing.uid, existing.gid);
      } catch (e) {
        // Without privileges a file we may write can belong to someone else's group; the content still goes in.
        if ((e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
      }
    }
    const mode = options.mode ?? (existing ? existing.mode & 0o7777 : undefined);
    if (mode !== undefined) fs.fchmodSync(fd, mode);
    fs.fsyncSync(fd);
    const size = fs.fstatSync(fd).size;
    if (size !== written.size) throw new Error(`${tmp}: ${size} bytes on disk, ${written.size} written`);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);

  let done = false;
  const discard = (): void => {
    if (!done) fs.rmSync(tmp, { force: true });
    done = true;
  };
  const commit = (opts: { syncDir?: boolean } = {}): void => {
    if (done) throw new Error(`${path}: write already committed or discarded`);
    try {
      if (options.exclusive) {
        // A hard link never replaces: it fails if the name appeared since the check.
        try {
          fs.linkSync(tmp, target);
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyExists(path);
          // A file system without hard links: exclusive create, which still never replaces.
          const out = fs.openSync(target, 'wx', fs.statSync(tmp).mode & 0o7777);
          try {
            writeFully(out, fs.readFileSync(tmp));
            fs.fsyncSync(out);
          } finally {
            fs.closeSync(out);
          }
        }
      } else if (inPlace) {
        resolveWriteTarget(target);
        // Written piece by piece: the bytes are read back from the temp file.
        writeInPlace(target, written.bytes ?? fs.readFileSync(tmp));
      } else {
        // Checked again right before the rename: a device or FIFO put there meanwhile is not replaced either.
        resolveWriteTarget(target);
        fs.renameSync(tmp, target);
        done = true;
      }
    } finally {
      discard();
    }
    if (opts.syncDir ?? true) syncDirectory(dir);
  };
  return { path, target, tmp, inPlace, commit, discard };
}

const HELD_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** One set of handlers for every write in progress: nested and back-to-back writes share it. */
const held: { depth: number; received: NodeJS.Signals | null; release: ReturnType<typeof setTimeout> | null } = { depth: 0, received: null, release: null };
const holdSignal = (sig: NodeJS.Signals): void => {
  held.received ??= sig;
};

/**
 * Runs `fn` with SIGINT, SIGTERM and SIGHUP held back: a write in progress is finished (or undone) before the
 * process ends, so Ctrl-C never leaves temp files or a half-written batch. Node delivers a signal to JavaScript only
 * between tasks (and not always on the very next turn of the event loop), so the handlers stay a few milliseconds
 * more: a signal that arrived meanwhile is then raised again with its default action (the process ends as it would
 * have, after the write). Calls nest (a batch writes its journal and backups through here too) and share one set of
 * handlers, so a batch of any size adds three listeners, not three per file.
 */
export function withSignalsHeld<T>(fn: () => T): T {
  if (held.release) {
    clearTimeout(held.release);
    held.release = null;
  } else if (held.depth === 0) {
    for (const sig of HELD_SIGNALS) process.on(sig, holdSignal);
  }
  held.depth++;
  try {
    return fn();
  } finally {
    if (--held.depth === 0) {
      held.release = setTimeout(() => {
        held.release = null;
        for (const sig of HELD_SIGNALS) process.off(sig, holdSignal);
        const sig = held.received;
        held.received = null;
        // Only when nothing else listens (an embedding program handles its own signals).
        if (sig && process.listenerCount(sig) === 0) process.kill(process.pid, sig);
      }, 20);
    }
  }
}

/**
 * Writes `data` to `path` so that readers and a crash see the old file or the new one, never a part: a temp file in
 * the same folder (short writes looped, size checked), fsynced, renamed over the target, and the folder fsynced. An
 * existing file keeps its mode (setuid and setgid included) and owner; a symlink is written through and stays a
 * link; a file with other hard links is rewritten in place. Anything but a regular file (or a symlink to one) is
 * refused with WriteTargetError before anything is written. Signals wait until the write is done.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array | ContentWriter, options: AtomicWriteOptions = {}): void {
  withSignalsHeld(() => stageWrite(path, data, options).commit());
}
