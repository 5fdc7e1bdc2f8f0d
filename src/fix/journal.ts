// The write journal of a --fix batch: what a batch is about to do, so a run that is killed (SIGKILL, power loss) can
// be finished or undone by the next one, and its temp files removed.
import type * as Crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { processAlive, sweepStaleTempsIn, syncDirectory, writeFileAtomic, writeInPlace } from '../util/atomic-write.js';

/** Journal file names: `.sse-lint-journal-<id>.json` in the folder the batch's files and inputs share. */
const JOURNAL = /^\.sse-lint-journal-(\d+)-[0-9a-f]+\.json$/;
const JOURNAL_PREFIX = '.sse-lint-journal-';

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

/** node:crypto, loaded when a fix is written (a run that only reports never needs it). */
function crypto(): typeof Crypto {
  return process.getBuiltinModule('node:crypto') as unknown as typeof Crypto;
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

export function sha256(bytes: Uint8Array): string {
  return crypto().createHash('sha256').update(bytes).digest('hex');
}

/** A new journal id: the process id (so a live batch is never recovered) and random bytes. */
export function newJournalId(): string {
  return `${process.pid}-${crypto().randomBytes(6).toString('hex')}`;
}

export function journalPath(dir: string, id: string): string {
  return nodePath.join(dir, `.sse-lint-journal-${id}.json`);
}

/** Writes the journal atomically and durably (the folder is fsynced too). */
export function saveJournal(path: string, j: Journal): void {
  writeFileAtomic(path, `${JSON.stringify(j, null, 2)}\n`, { mode: 0o600 });
}

export function removeJournal(path: string): void {
  fs.rmSync(path, { force: true });
  syncDirectory(nodePath.dirname(path));
}

/** The folder every path is in (the deepest common one). */
export function commonFolder(paths: readonly string[]): string {
  const split = paths.map((p) => nodePath.resolve(p).split(nodePath.sep));
  const first = split[0] ?? [''];
  let n = first.length;
  for (const parts of split) {
    let k = 0;
    while (k < n && k < parts.length && parts[k] === first[k]) k++;
    n = k;
  }
  return first.slice(0, n).join(nodePath.sep) || nodePath.sep;
}

/** The folders journals are looked for in: `dirs` and every folder above them. */
function journalFolders(dirs: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const start of dirs) {
    for (let d = nodePath.resolve(start); !seen.has(d); d = nodePath.dirname(d)) {
      seen.add(d);
      out.push(d);
      if (nodePath.dirname(d) === d) break;
    }
  }
  return out;
}

/**
 * Removes the temp files of journals whose run was killed while writing one (before its rename: no journal names
 * them), in the folders journals are looked for in. Best effort.
 */
export function sweepJournalTemps(dirs: readonly string[]): void {
  for (const d of journalFolders(dirs)) sweepStaleTempsIn(d, (target) => JOURNAL.test(target));
}

/**
 * Journals of batches that did not finish, in `dirs` and every folder above them (a batch's journal is written in
 * the folder its inputs and files share). Journals of a process still running are left alone.
 */
export function findJournals(dirs: readonly string[]): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const start of dirs) {
    for (let d = nodePath.resolve(start); !seen.has(d); d = nodePath.dirname(d)) {
      seen.add(d);
      let names: string[] = [];
      try {
        names = fs.readdirSync(d);
      } catch {
        // An unreadable folder holds no journal of ours.
      }
      for (const name of names) {
        // Most folders hold no journal: a name is matched only when it starts like one (a sites folder may hold thousands).
        if (!name.startsWith(JOURNAL_PREFIX)) continue;
        const m = JOURNAL.exec(name);
        if (m && (Number(m[1]) === process.pid || !processAlive(Number(m[1])))) out.add(nodePath.join(d, name));
      }
      if (nodePath.dirname(d) === d) break;
    }
  }
  return [...out].sort();
}

function hashOf(path: string): string | null {
  try {
    return sha256(fs.readFileSync(path));
  } catch {
    return null;
  }
}

/** Puts the old file back over the target: the kept link is renamed back, or the kept copy written back. */
export function restoreOriginal(f: JournalFile): void {
  if (f.inPlace) {
    writeInPlace(f.target, fs.readFileSync(f.orig));
    fs.rmSync(f.orig, { force: true });
  } else {
    fs.renameSync(f.orig, f.target);
  }
}

/** Replaces the target with the new bytes: the temp file is renamed over it, or its bytes written in place. */
export function applyNew(f: JournalFile): void {
  if (f.inPlace) {
    writeInPlace(f.target, fs.readFileSync(f.tmp));
    fs.rmSync(f.tmp, { force: true });
  } else {
    fs.renameSync(f.tmp, f.target);
  }
}

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
export function recoverJournal(path: string): Recovery {
  const j = JSON.parse(fs.readFileSync(path, 'utf8')) as Journal;
  const rec: Recovery = { journal: path, outcome: j.state === 'committing' ? 'finished' : 'undone', files: [], skipped: [] };
  const dirs = new Set<string>([nodePath.dirname(path)]);
  for (const f of j.files) {
    dirs.add(nodePath.dirname(f.target));
    const now = hashOf(f.target);
    if (j.state === 'committing') {
      if (now === f.newHash) {
        // Already replaced.
      } else if (now === f.oldHash && hashOf(f.tmp) === f.newHash) {
        applyNew(f);
        rec.files.push(f.target);
      } else {
        rec.skipped.push(f.target);
      }
    } else if (j.state === 'undoing' && now === f.newHash && hashOf(f.orig) === f.oldHash) {
      restoreOriginal(f);
      rec.files.push(f.target);
    } else if (now !== f.oldHash && now !== f.newHash) {
      rec.skipped.push(f.target);
    }
    fs.rmSync(f.tmp, { force: true });
    // The kept old file goes unless it is the only copy of a target that was left alone.
    if (!(rec.skipped.includes(f.target) && f.origKind === 'copy' && now === null)) fs.rmSync(f.orig, { force: true });
  }
  if (rec.outcome === 'undone') for (const b of j.backups) fs.rmSync(b, { force: true });
  // Temp files of the batch's single writes (a backup, a kept copy) that the kill cut short.
  for (const d of dirs) sweepStaleTempsIn(d);
  for (const d of dirs) syncDirectory(d);
  removeJournal(path);
  return rec;
}
