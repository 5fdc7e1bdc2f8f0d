// The binary's start-up: the command line is one classic script (dist/cli-core.js) compiled with vm.Script, with V8's
// code cache (the bytecode of what a lint ran) from one of two places:
// - shipped: dist/cli-core-<node version>-<arch>.v8, made by the build (scripts/build.mjs) for the Node that built it.
//   It is part of the package like the script itself; it is used only when its header names this script's build and
//   size, this Node and this CPU architecture, and when the script was not changed after it (a script newer than its
//   cache was edited in place). Under any other Node there is none to read, and V8 itself refuses a cache made by
//   another V8 or under other V8 flags (then the script is compiled from source, with the same result).
// - the user's: kept in a per-user cache folder when SSE_LINT_CACHE=1 asks for it (off by default: sse-lint writes
//   nothing on its own unless asked), for a Node without a shipped cache. It goes first when there is a valid one.
// Node 20 has no compile cache for ES modules (module.enableCompileCache is Node 22); reading bytecode instead of
// compiling about 700 KB of JavaScript, and the functions a lint calls, is the larger part of linting one small file.
//
// sse-lint runs as root: bytecode is code, so a user cache file is used only when it is a regular file this user owns,
// that nobody else may write, with one link, whose header names this exact script (build hash, size, mtime, inode)
// and this Node, and whose payload matches its CRC-32 (V8 itself checks no checksum in release builds). Anything else
// (missing, foreign, truncated, corrupt, rejected by V8) means compiling from source, and a good run writes a fresh
// one. Files are written only into a folder this user owns and nobody else may write, never next to a config, never
// through a symlink (temp file created exclusively, then renamed). Nothing here ever throws: the cache only speeds up.
import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';
import type * as NodeModule from 'node:module';
import type * as Os from 'node:os';
import * as nodePath from 'node:path';
import * as vm from 'node:vm';
import type * as Zlib from 'node:zlib';

const MAGIC = Buffer.from('SSELCC02', 'latin1');
/** The shipped cache: magic, payload length, key length; then the key (UTF-8), zero bytes to PAYLOAD_ALIGN, the payload. */
const SHIPPED_MAGIC = Buffer.from('SSELSC02', 'latin1');
const SHIPPED_FIXED = SHIPPED_MAGIC.length + 4 + 2;
/**
 * Where in a cache file its payload starts: a multiple of 8 bytes. V8 copies code cache data that is not at an
 * 8-byte aligned address before reading it (about 800 KB, a fresh allocation, on every run); a file is read into a
 * buffer of its own, which starts aligned.
 */
const PAYLOAD_ALIGN = 8;
const payloadAt = (headerAndKey: number): number => Math.ceil(headerAndKey / PAYLOAD_ALIGN) * PAYLOAD_ALIGN;
/** The zero bytes between a header and key of `headerAndKey` bytes and the payload. */
const padding = (headerAndKey: number): Buffer => Buffer.alloc(payloadAt(headerAndKey) - headerAndKey);
/**
 * A script modified more than this after its shipped cache was written was edited in place: the cache is not for it.
 * (A checkout may write the script a moment after its cache; npm gives every file of a package the same time.)
 */
const SHIPPED_SLACK_MS = 10_000;
/** Magic, CRC-32 of the payload, payload length, key length; then the key (UTF-8), zero bytes to PAYLOAD_ALIGN, the payload. */
const FIXED = MAGIC.length + 4 + 4 + 2;
const MAX_CACHE_BYTES = 64 * 1024 * 1024;
/** Cache files of other builds not used for this long are removed when a new one is written. */
const KEEP_UNUSED_MS = 30 * 24 * 3600 * 1000;
/** At most this many cache files (other builds, other Node versions) are kept. */
const KEEP_FILES = 16;
const DAY_MS = 24 * 3600 * 1000;

/**
 * The folder for the compile cache: `$XDG_CACHE_HOME/sse-lint` (when absolute) or `~/.cache/sse-lint`, only when
 * SSE_LINT_CACHE is set (to anything but empty or 0); otherwise, or on a platform without user ids, null. Off by
 * default: sse-lint writes nothing on its own unless asked (`--fix`, `-o`, this opt-in cache).
 */
export function compileCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const on = env.SSE_LINT_CACHE;
  if (on === undefined || on === '' || on === '0') return null;
  if (typeof process.geteuid !== 'function') return null;
  const xdg = env.XDG_CACHE_HOME;
  let base: string;
  try {
    // node:os only when the cache is wanted (loading it is start-up time of every run).
    base = xdg && nodePath.isAbsolute(xdg) ? xdg : nodePath.join((process.getBuiltinModule('node:os') as typeof Os).homedir(), '.cache');
  } catch {
    return null;
  }
  return nodePath.join(base, 'sse-lint');
}

/** What happened to the cache in one run. */
export type CacheState = 'used' | 'shipped' | 'missing' | 'invalid' | 'rejected' | 'off';

export interface CachedScript<T> {
  exports: T;
  state: CacheState;
  /** Writes the cache of what ran so far, unless a valid one was used; never throws. Returns the file written. */
  save(): string | null;
  /** The cache of what ran so far as a shipped cache file (header and payload), for the build to write. */
  shippable(): Buffer;
}

export interface ScriptOptions {
  /** Absolute path of the script. */
  file: string;
  /** Identity of the script's build (a hash of its bytes made when it was built). */
  build: string;
  /** The cache folder (compileCacheDir()), or null for none. */
  dir: string | null;
  /**
   * Values the script sees as free variables, besides exports and module; `require` is one resolving from the script's
   * folder unless given (node:module's createRequire, which loading costs a lint's start-up time).
   */
  params?: Readonly<Record<string, unknown>>;
  /** The cache file the build made for this script (shippedCacheName), when there may be one. */
  shipped?: string;
  /**
   * The script's name in V8 (stack traces), when not its path. A code cache keeps the name the script had when it was
   * made, and a shipped one is made elsewhere: the build names the script alike wherever it builds.
   */
  name?: string;
}

/** How a script wrapped as runCachedScript runs it ends (it starts with `(function (<its parameters>) {`). */
export const SCRIPT_TAIL = '\n})';

/** The name of the shipped cache of a script for this Node and CPU architecture: `cli-core.js` -> `cli-core-v20.20.2-x64.v8`. */
export function shippedCacheName(script: string): string {
  return `${script.replace(/\.js$/, '')}-${process.version}-${process.arch}.v8`;
}

/**
 * Compiles and runs a CommonJS-shaped script (esbuild `format: 'cjs'`) with the code cache, and returns its exports.
 * Errors of the script itself propagate; errors of the cache never do.
 */
export function runCachedScript<T>(opts: ScriptOptions): CachedScript<T> {
  const fd = fs.openSync(opts.file, 'r');
  let bytes: Buffer;
  let stat: fs.Stats;
  try {
    stat = fs.fstatSync(fd);
    bytes = fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  // esbuild writes ASCII (non-ASCII text as escapes): as Latin-1 the bytes are copied, not decoded (about 1 ms less
  // for 1 MB). Anything else is decoded as UTF-8.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  const key = [opts.build, stat.size, Math.trunc(stat.mtimeMs), stat.ino, stat.dev, process.version, process.arch].join(' ');
  const cacheFile = opts.dir === null ? null : nodePath.join(opts.dir, `cli-${safeName(opts.build)}-${process.version}-${process.arch}.v8`);
  const shippedKey = [opts.build, stat.size, process.version, process.arch].join(' ');
  let state: CacheState = cacheFile === null ? 'off' : 'missing';
  let cachedData: Buffer | undefined;
  if (cacheFile !== null) {
    const read = readCache(cacheFile, key);
    if (read === 'missing' || read === 'invalid') state = read;
    else cachedData = read;
  }
  let shipped = false;
  if (!cachedData && opts.shipped !== undefined) {
    const read = readShipped(opts.shipped, shippedKey, stat.mtimeMs);
    if (read) {
      cachedData = read;
      shipped = true;
    }
  }
  const require = opts.params?.require ?? (process.getBuiltinModule('node:module') as unknown as typeof NodeModule).createRequire(opts.file);
  const params = { exports: {}, require, module: { exports: {} as unknown }, ...opts.params };
  params.module.exports = params.exports;
  const names = Object.keys(params);
  // One line with the script's first: line numbers in --debug stacks are the file's own. The build writes its scripts
  // wrapped so already (scripts/build.mjs): V8 then gets the file's text as one string, not a concatenation it would copy
  // whole before compiling.
  const head = `(function (${names.join(', ')}) {`;
  let wrapped: string;
  if (source.startsWith(head) && source.endsWith(SCRIPT_TAIL)) wrapped = source;
  else if (source.startsWith('(function (')) throw new Error(`${opts.file} was built for other parameters than ${names.join(', ')}`);
  else wrapped = `${head}${source}${SCRIPT_TAIL}`;
  let script: vm.Script;
  try {
    script = new vm.Script(wrapped, { filename: opts.name ?? opts.file, ...(cachedData ? { cachedData } : {}) });
  } catch (e) {
    if (!cachedData) throw e;
    // A cache V8 could not even take: compile from source.
    state = 'invalid';
    cachedData = undefined;
    script = new vm.Script(wrapped, { filename: opts.name ?? opts.file });
  }
  if (cachedData) state = script.cachedDataRejected ? 'rejected' : shipped ? 'shipped' : 'used';
  (script.runInThisContext() as (...args: unknown[]) => void)(...names.map((n) => (params as Record<string, unknown>)[n]));
  return {
    exports: params.module.exports as T,
    state,
    save: () => {
      if (state === 'used' || state === 'shipped' || state === 'off' || cacheFile === null) return null;
      try {
        return writeCache(cacheFile, key, script.createCachedData()) ? cacheFile : null;
      } catch {
        return null;
      }
    },
    shippable: () => {
      const payload = script.createCachedData();
      const keyBytes = Buffer.from(shippedKey, 'utf8');
      const header = Buffer.alloc(SHIPPED_FIXED);
      SHIPPED_MAGIC.copy(header, 0);
      header.writeUInt32LE(payload.length, SHIPPED_MAGIC.length);
      header.writeUInt16LE(keyBytes.length, SHIPPED_MAGIC.length + 4);
      return Buffer.concat([header, keyBytes, padding(SHIPPED_FIXED + keyBytes.length), payload]);
    },
  };
}

/**
 * The payload of the shipped cache file when it was made for this key (the script's build and size, this Node and
 * architecture) and the script is not newer than it; otherwise null. It belongs to the package as the script does
 * (its owner and links are the installation's business: a store of hard links is fine).
 */
export function readShipped(file: string, key: string, scriptMtimeMs: number): Buffer | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size < SHIPPED_FIXED || st.size > MAX_CACHE_BYTES) return null;
    if (scriptMtimeMs > st.mtimeMs + SHIPPED_SLACK_MS) return null;
    const buf = fs.readFileSync(fd);
    if (buf.length !== st.size || !buf.subarray(0, SHIPPED_MAGIC.length).equals(SHIPPED_MAGIC)) return null;
    const length = buf.readUInt32LE(SHIPPED_MAGIC.length);
    const keyLength = buf.readUInt16LE(SHIPPED_MAGIC.length + 4);
    const at = payloadAt(SHIPPED_FIXED + keyLength);
    if (at + length !== buf.length) return null;
    if (buf.toString('utf8', SHIPPED_FIXED, SHIPPED_FIXED + keyLength) !== key) return null;
    return buf.subarray(at);
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

function safeName(s: string): string {
  return s.replace(/[^\w.-]/g, '_').slice(0, 64);
}

function crc32(data: Uint8Array): number {
  // node:zlib only when there is a cache to check (zlib.crc32: Node 20.15 and later).
  return (process.getBuiltinModule('node:zlib') as typeof Zlib).crc32(data);
}

/** The payload of a valid cache file for this key; 'missing' when there is none, 'invalid' for anything unusable. */
export function readCache(file: string, key: string): Buffer | 'missing' | 'invalid' {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'invalid';
  }
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.uid !== process.geteuid!() || (st.mode & 0o022) !== 0 || st.nlink !== 1) return 'invalid';
    if (st.size < FIXED || st.size > MAX_CACHE_BYTES) return 'invalid';
    const buf = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < buf.length) {
      const n = fs.readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) return 'invalid';
      got += n;
    }
    if (!buf.subarray(0, MAGIC.length).equals(MAGIC)) return 'invalid';
    const crc = buf.readUInt32LE(MAGIC.length);
    const length = buf.readUInt32LE(MAGIC.length + 4);
    const keyLength = buf.readUInt16LE(MAGIC.length + 8);
    const at = payloadAt(FIXED + keyLength);
    if (at + length !== buf.length) return 'invalid';
    if (buf.toString('utf8', FIXED, FIXED + keyLength) !== key) return 'invalid';
    const payload = buf.subarray(at);
    if (crc32(payload) !== crc) return 'invalid';
    // Used files stay fresh for the clean-up in writeCache (at most one touch a day).
    if (Date.now() - st.mtimeMs > DAY_MS) {
      try {
        fs.futimesSync(fd, new Date(), new Date());
      } catch {
        // a read-only cache folder is still a cache
      }
    }
    return payload;
  } catch {
    return 'invalid';
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A folder this user owns and nobody else may write (not a symlink). A missing one is created (0700) when its parent
 * is such a folder (that one may be a symlink the user made), up to `create` levels: the cache folder and ~/.cache,
 * never the home folder or anything above it.
 */
function ownFolder(dir: string, create: number): boolean {
  const euid = process.geteuid!();
  const ok = (st: fs.Stats): boolean => st.isDirectory() && st.uid === euid && (st.mode & 0o022) === 0;
  try {
    return ok(fs.lstatSync(dir));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || create < 1) return false;
  }
  const parent = nodePath.dirname(dir);
  if (parent === dir) return false;
  try {
    if (!ok(fs.statSync(parent))) return false;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || !ownFolder(parent, create - 1)) return false;
  }
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return false;
  }
  try {
    return ok(fs.lstatSync(dir));
  } catch {
    return false;
  }
}

/** Writes a cache file: a new temp file (exclusive, 0600, no symlink followed) renamed into place. */
export function writeCache(file: string, key: string, payload: Buffer): boolean {
  const dir = nodePath.dirname(file);
  if (!ownFolder(dir, 2)) return false;
  const keyBytes = Buffer.from(key, 'utf8');
  const header = Buffer.alloc(FIXED);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(crc32(payload), MAGIC.length);
  header.writeUInt32LE(payload.length, MAGIC.length + 4);
  header.writeUInt16LE(keyBytes.length, MAGIC.length + 8);
  const tmp = nodePath.join(dir, `.${nodePath.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  let fd: number;
  try {
    fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, 0o600);
  } catch {
    return false;
  }
  try {
    for (const part of [header, keyBytes, padding(FIXED + keyBytes.length), payload]) {
      let done = 0;
      while (done < part.length) done += fs.writeSync(fd, part, done, part.length - done);
    }
    fs.closeSync(fd);
    fs.renameSync(tmp, file);
  } catch {
    try {
      fs.closeSync(fd);
    } catch {
      // already closed
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // gone
    }
    return false;
  }
  prune(dir, nodePath.basename(file));
  return true;
}

/** Removes cache files (and temp files left by killed runs) of other builds and Node versions that went unused. */
function prune(dir: string, keep: string): void {
  try {
    const now = Date.now();
    const files: Array<{ name: string; mtime: number }> = [];
    for (const name of fs.readdirSync(dir)) {
      if (name === keep || !/^\.?cli-.*\.(?:v8|tmp)$/.test(name)) continue;
      let st: fs.Stats;
      try {
        st = fs.lstatSync(nodePath.join(dir, name));
      } catch {
        continue;
      }
      if (!st.isFile()) continue;
      const temp = name.endsWith('.tmp');
      if (now - st.mtimeMs > (temp ? 3600 * 1000 : KEEP_UNUSED_MS)) fs.rmSync(nodePath.join(dir, name), { force: true });
      else if (!temp) files.push({ name, mtime: st.mtimeMs });
    }
    files.sort((a, b) => b.mtime - a.mtime);
    for (const f of files.slice(KEEP_FILES - 1)) fs.rmSync(nodePath.join(dir, f.name), { force: true });
  } catch {
    // a clean-up that fails is tried again by the next write
  }
}
