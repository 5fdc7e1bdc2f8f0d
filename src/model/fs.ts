// The small file-system interface the loader reads through: the real disk, or in-memory trees (tests, `nginx -T` dumps).
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { overReadCap, readRegularFile, ReadRefusedError } from '../util/read-file.js';

export type FileKind = 'file' | 'dir' | 'other' | 'missing';

export interface ConfigFs {
  /** What a path is, following symlinks. Never opens the file (a FIFO must not block). */
  kind(path: string): FileKind;
  /** Reads a regular file. Throws a Node-style error with `code` on failure (ReadRefusedError for what is never read). */
  readFile(path: string): Uint8Array;
  /** Entry names of a directory (not sorted). */
  readdir(path: string): string[];
  /** The canonical path (symlinks resolved), or the path itself when that is not possible. */
  realpath(path: string): string;
}

/** What a path is, from its stat (undefined: missing). */
function kindOfStat(st: nodeFs.Stats | undefined): FileKind {
  if (st === undefined) return 'missing';
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'dir';
  return 'other';
}

function statOrUndefined(path: string): nodeFs.Stats | undefined {
  try {
    // A missing path is an answer, not an exception (a thrown error costs a stack trace; a lint asks for dozens).
    return nodeFs.statSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

export const diskFs: ConfigFs = {
  kind(path) {
    return kindOfStat(statOrUndefined(path));
  },
  readFile(path) {
    // Regular files only, never /proc or /sys, at most maxReadBytes() (see util/read-file.ts).
    return readRegularFile(path);
  },
  readdir(path) {
    try {
      return nodeFs.readdirSync(path);
    } catch {
      return [];
    }
  },
  realpath(path) {
    try {
      return nodeFs.realpathSync.native(path);
    } catch {
      return path;
    }
  },
};

/**
 * The disk as one load reads it, asking the system less per file: the stat kind() takes serves the readFile() of the
 * same path that follows it (the loader asks what a path is, then reads it), whether a file system is a kernel
 * one is asked once per device, and a path's canonical form once per path (a folder given as input asks it of each
 * file several times: is it inside, was it reached, is it included). The read still checks the file it opened against
 * that stat and its own real path (see readRegularFile). Make one per load: the answers are not kept longer.
 */
export function loadingDiskFs(): ConfigFs {
  let last: { path: string; st: nodeFs.Stats } | null = null;
  const kernelByDev = new Map<number, boolean>();
  const real = new Map<string, string>();
  return {
    kind(path) {
      const st = statOrUndefined(path);
      last = st ? { path, st } : null;
      return kindOfStat(st);
    },
    readFile(path) {
      const stat = last?.path === path ? last.st : undefined;
      last = null;
      return readRegularFile(path, undefined, { ...(stat ? { stat } : {}), kernelByDev });
    },
    readdir: (path) => diskFs.readdir(path),
    realpath(path) {
      let r = real.get(path);
      if (r === undefined) real.set(path, (r = diskFs.realpath(path)));
      return r;
    },
  };
}

/** An in-memory tree of files keyed by absolute POSIX path. */
export function memoryFs(files: Record<string, string | Uint8Array>): ConfigFs {
  const map = new Map<string, Uint8Array>();
  for (const [p, content] of Object.entries(files)) {
    map.set(nodePath.posix.normalize(p), typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  }
  const isDir = (p: string): boolean => {
    const prefix = p.endsWith('/') ? p : p + '/';
    for (const k of map.keys()) if (k.startsWith(prefix)) return true;
    return false;
  };
  return {
    kind(p) {
      const n = nodePath.posix.normalize(p);
      if (map.has(n)) return 'file';
      return isDir(n) ? 'dir' : 'missing';
    },
    readFile(p) {
      const v = map.get(nodePath.posix.normalize(p));
      if (!v) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
      return v;
    },
    readdir(p) {
      const n = nodePath.posix.normalize(p);
      const prefix = n.endsWith('/') ? n : n + '/';
      const names = new Set<string>();
      for (const k of map.keys()) {
        if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0]!);
      }
      return [...names];
    },
    realpath(p) {
      return nodePath.posix.normalize(p);
    },
  };
}

/**
 * A file system that counts what it reads: once the distinct files read add up to more than `limit` bytes (by default
 * maxReadBytes()), a read throws ReadRefusedError (`run-too-large`). Reading a file again (a fix pass) does not count
 * twice.
 */
export function budgetFs(base: ConfigFs, limit?: number): ConfigFs {
  const sizes = new Map<string, number>();
  let total = 0;
  return {
    kind: (p) => base.kind(p),
    readdir: (p) => base.readdir(p),
    realpath: (p) => base.realpath(p),
    readFile(p) {
      const bytes = base.readFile(p);
      const before = sizes.get(p) ?? 0;
      total += bytes.length - before;
      sizes.set(p, bytes.length);
      if (overReadCap(total, limit)) throw new ReadRefusedError(p, 'run-too-large', limit);
      return bytes;
    },
  };
}
