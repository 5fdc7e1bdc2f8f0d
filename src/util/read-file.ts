// The one way sse-lint reads a file it was pointed at: regular files only, never kernel file systems, size-capped.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type * as V8 from 'node:v8';

let heapLimit: number | undefined;

/**
 * V8's heap limit for this process. node:v8 is loaded on the first call (it loads Node's stream classes with it, about
 * 2 ms of a run), which a small lint never makes: see SURE_READ_BYTES.
 */
function heapSizeLimit(): number {
  return (heapLimit ??= (process.getBuiltinModule('node:v8') as typeof V8).getHeapStatistics().heap_size_limit);
}

/**
 * The most sse-lint reads: per file (config files, includes, dumps, the baseline, standard input) and for all the
 * config files of one run together. Linting keeps about 18 to 25 bytes of memory per byte of an ordinary config (a
 * 30 MB config of 78,000 servers peaks at 550 to 750 MB of process memory, depending on the machine) and up to about
 * 60 for a hostile one (hundreds of thousands of one-line locations), so the limit is 32 MB, or less when this
 * process may use less than 2.5 GB of heap: above it sse-lint says so instead of running out of memory.
 */
export function maxReadBytes(): number {
  return Math.min(32 * 1024 * 1024, Math.floor(heapSizeLimit() / 80));
}

/**
 * The most directives and comments one run parses, a block counting as BLOCK_WEIGHT (see StatementBudget in the parser): 4,000,000, or fewer when this
 * process may use less than 4 GB of heap. The densest input (`a{}` repeated, four bytes a block) costs about 600
 * bytes of process memory per block once parsed, modelled and checked (4,000,000 blocks peak near 2.5 GB), so the 32
 * MB the size cap lets through (8,000,000 blocks) came within reach of V8's heap limit; ordinary configs hold one
 * statement per 25 to 40 bytes (a 30 MB config of 78,000 servers: about 860,000).
 */
export function maxRunStatements(): number {
  return Math.min(4_000_000, Math.floor(heapSizeLimit() / 1000));
}

/**
 * Sizes below both caps in every process: Node does not start with a heap limit under 7 MB (--max-heap-size=7, or
 * --max-old-space-size=4 with --max-semi-space-size=1; any less and it runs out of memory before the first line of
 * a script: test/cli/heap-caps.test.ts tries), whose caps are 91,750 bytes and 7,340 statements. A read of at most
 * SURE_READ_BYTES, and a run of at most SURE_RUN_STATEMENTS, are within the caps whatever the heap: the caps are
 * worked out (and node:v8 loaded) only once an input passes these, so the decisions are the caps' own.
 */
export const SURE_READ_BYTES = 64 * 1024;
export const SURE_RUN_STATEMENTS = 4096;

/** More than the read cap: `maxBytes` when given, else maxReadBytes() (asked only past SURE_READ_BYTES). */
export function overReadCap(bytes: number, maxBytes?: number): boolean {
  return maxBytes !== undefined ? bytes > maxBytes : bytes > SURE_READ_BYTES && bytes > maxReadBytes();
}

/** What kind of path was refused: not a regular file (of some kind), on a kernel file system, or too large. */
export type RefusedKind = 'directory' | 'fifo' | 'device' | 'socket' | 'not-regular' | 'kernel-fs' | 'too-large' | 'run-too-large';

const REASONS: Record<Exclude<RefusedKind, 'too-large' | 'run-too-large'>, string> = {
  directory: 'is a directory; sse-lint reads only regular files',
  fifo: 'is a FIFO (named pipe); sse-lint reads only regular files',
  device: 'is a device; sse-lint reads only regular files',
  socket: 'is a socket; sse-lint reads only regular files',
  'not-regular': 'is not a regular file (it changed while it was opened); sse-lint reads only regular files',
  'kernel-fs': 'is on a kernel file system (/proc, /sys); sse-lint does not read it',
};

/**
 * Why a path was not read. `code` is ENOTREG (not a regular file), EKERNELFS (/proc, /sys, ...) or EFBIG (too
 * large); `kind` says which, for messages in other languages; `reason` is the English clause.
 */
export class ReadRefusedError extends Error {
  readonly code: 'ENOTREG' | 'EKERNELFS' | 'EFBIG';
  readonly reason: string;
  #limit: number | undefined;
  constructor(readonly path: string, readonly kind: RefusedKind, limit?: number) {
    const mb = kind === 'too-large' || kind === 'run-too-large' ? Math.ceil((limit ??= maxReadBytes()) / (1024 * 1024)) : 0;
    const reason = kind === 'too-large' ? `is larger than ${mb} MB, the most sse-lint reads`
      : kind === 'run-too-large' ? `makes the config files of this run add up to more than ${mb} MB, the most sse-lint reads at once`
      : REASONS[kind];
    super(`${path}: ${reason}`);
    this.name = 'ReadRefusedError';
    this.reason = reason;
    this.code = kind === 'kernel-fs' ? 'EKERNELFS' : kind === 'too-large' || kind === 'run-too-large' ? 'EFBIG' : 'ENOTREG';
    this.#limit = limit;
  }

  /** The size cap it was refused under (maxReadBytes() unless the reader gave its own), in every kind's message data. */
  get limit(): number {
    return (this.#limit ??= maxReadBytes());
  }
}

/** statfs(2) magic numbers of kernel file systems whose files print kernel or process state (environment, keys). */
const KERNEL_FS = new Set([
  0x9fa0 /* proc */, 0x62656572 /* sysfs */, 0x64626720 /* debugfs */, 0x73636673 /* securityfs */, 0x74726163 /* tracefs */,
  0x27e0eb /* cgroup */, 0x63677270 /* cgroup2 */, 0xcafe4a11 /* bpf */, 0xde5e81e4 /* efivarfs */, 0x62656570 /* configfs */,
  0x6165676c /* pstore */, 0xf97cff8c /* selinuxfs */,
]);
const KERNEL_DIRS = ['/proc', '/sys'];

/**
 * True for a path on /proc, /sys or another kernel file system (by its real path and by statfs where available).
 * `byDev` remembers the answer per device (st_dev names one mounted file system, and every file on it has its
 * type), so reading a thousand site files asks statfs once: give it `dev`, the file's st_dev, and keep the map no
 * longer than one load.
 */
export function onKernelFs(path: string, dev?: number, byDev?: Map<number, boolean>): boolean {
  let real = path;
  try {
    real = fs.realpathSync.native(path);
  } catch {
    // Judge the path as given.
  }
  if (KERNEL_DIRS.some((d) => real === d || real.startsWith(`${d}/`))) return true;
  const known = dev !== undefined ? byDev?.get(dev) : undefined;
  if (known !== undefined) return known;
  let kernel: boolean;
  try {
    kernel = KERNEL_FS.has(Number(fs.statfsSync(real).type) >>> 0);
  } catch {
    return false;
  }
  if (dev !== undefined) byDev?.set(dev, kernel);
  return kernel;
}

/**
 * What a path's name alone says it must never be read as: `kernel-fs` under /proc or /sys, `device` under /dev; null
 * otherwise. For names sse-lint cannot stat because they come from elsewhere (the file names in an `nginx -T` dump,
 * which may have been made on another machine).
 */
export function refusedByName(path: string): 'kernel-fs' | 'device' | null {
  const p = nodePath.posix.normalize(path);
  if (/^\/+(proc|sys)(\/|$)/.test(p)) return 'kernel-fs';
  if (/^\/+dev(\/|$)/.test(p)) return 'device';
  return null;
}

function kindOf(st: fs.Stats): RefusedKind {
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'not-regular';
}

/** What a caller that reads many files already knows: the path's stat (just taken), and kernel file systems by device. */
export interface ReadHints {
  stat?: fs.Stats;
  kernelByDev?: Map<number, boolean>;
}

/**
 * Reads a regular file (a symlink to one is followed) of at most `maxBytes`. Anything else is refused before it
 * is opened, so a FIFO never blocks and a device is never touched; a file on /proc or /sys is never read (its
 * text could be secrets such as a process environment). The file is opened without blocking and checked again
 * through the open descriptor, so a path swapped meanwhile is refused too (also when `hints.stat` was taken a moment
 * before). Throws ReadRefusedError or the system error (ENOENT, EACCES, ...).
 */
export function readRegularFile(path: string, maxBytes?: number, hints: ReadHints = {}): Buffer {
  const st = hints.stat ?? fs.statSync(path);
  if (!st.isFile()) throw new ReadRefusedError(path, kindOf(st));
  if (onKernelFs(path, st.dev, hints.kernelByDev)) throw new ReadRefusedError(path, 'kernel-fs');
  if (overReadCap(st.size, maxBytes)) throw new ReadRefusedError(path, 'too-large', maxBytes);
  const fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOCTTY);
  try {
    const now = fs.fstatSync(fd);
    if (!now.isFile() || now.ino !== st.ino || now.dev !== st.dev) {
      throw new ReadRefusedError(path, 'not-regular');
    }
    return readCapped(fd, path, maxBytes, now.size);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads an open descriptor to its end, refusing more than `maxBytes` (maxReadBytes() when not given; a file may grow
 * while it is read). A file is read into one buffer of its size and a byte more (to see the end), without copies; a
 * stream of unknown size into a buffer that doubles. No buffer is larger than the cap and one byte.
 */
function readCapped(fd: number, path: string, maxBytes: number | undefined, sizeHint: number): Buffer {
  const room = (n: number): number => (overReadCap(n - 1, maxBytes) ? (maxBytes ?? maxReadBytes()) + 1 : n);
  let buf = Buffer.allocUnsafe(room(sizeHint > 0 ? sizeHint + 1 : 64 * 1024));
  let total = 0;
  for (;;) {
    if (total === buf.length) {
      const more = Buffer.allocUnsafe(room(buf.length * 2));
      buf.copy(more, 0, 0, total);
      buf = more;
    }
    let n: number;
    try {
      n = fs.readSync(fd, buf, total, buf.length - total, null);
    } catch (e) {
      // A pipe with nothing written yet (standard input from a slow writer): wait for it.
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        waitReadable();
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (overReadCap(total, maxBytes)) throw new ReadRefusedError(path, 'too-large', maxBytes);
  }
  // A file's buffer is its size and one spare byte; a stream's may be twice what it read: kept as long as the text may
  // be (standard input), it is copied to its size.
  return buf.length - total <= 1 ? buf.subarray(0, total) : Buffer.from(buf.subarray(0, total));
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function waitReadable(): void {
  Atomics.wait(sleeper, 0, 0, 5);
}

/**
 * Reads standard input to its end, refusing more than `maxBytes` (`sse-lint - < /dev/zero` stops with a reason
 * instead of filling memory). Standard input may be a pipe, a terminal, a regular file or a device.
 */
export function readStdinCapped(maxBytes?: number, fd = 0): Buffer {
  return readCapped(fd, 'standard input', maxBytes, 0);
}
