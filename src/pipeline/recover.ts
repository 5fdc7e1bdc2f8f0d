// Batches of --fix that a killed run left behind: found from the inputs, finished or undone before a new --fix.
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { findJournals, recoverJournal, sweepJournalTemps, type Recovery } from '../fix/journal.js';

export type { Recovery } from '../fix/journal.js';

/** Where to look: each input's folder (a file's own folder) and every folder above it. */
function startFolders(inputs: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-') continue;
    const abs = nodePath.resolve(cwd, input);
    let dir = nodePath.dirname(abs);
    try {
      if (fs.statSync(abs).isDirectory()) dir = abs;
    } catch {
      // A missing input is reported by the run itself.
    }
    out.push(dir);
  }
  return out;
}

/** Journals of interrupted --fix batches that concern these inputs (a read-only run only mentions them). */
export function interruptedWrites(inputs: readonly string[], cwd: string): string[] {
  return findJournals(startFolders(inputs, cwd));
}

/**
 * Finishes or undoes every interrupted --fix batch of these inputs (see recoverJournal), before a new one reads
 * them. A journal that cannot be recovered (unreadable, or a write fails) is reported with the reason and kept.
 */
export function recoverWrites(inputs: readonly string[], cwd: string): { recovered: Recovery[]; failed: { journal: string; reason: string }[] } {
  const recovered: Recovery[] = [];
  const failed: { journal: string; reason: string }[] = [];
  // A run killed while it wrote a journal leaves the journal's temp file and nothing that names it.
  sweepJournalTemps(startFolders(inputs, cwd));
  for (const j of interruptedWrites(inputs, cwd)) {
    try {
      recovered.push(recoverJournal(j));
    } catch (e) {
      failed.push({ journal: j, reason: (e as Error).message.split('\n', 1)[0]! });
    }
  }
  return { recovered, failed };
}
