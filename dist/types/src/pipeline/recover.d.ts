import { type Recovery } from '../fix/journal.js';
export type { Recovery } from '../fix/journal.js';
/** Journals of interrupted --fix batches that concern these inputs (a read-only run only mentions them). */
export declare function interruptedWrites(inputs: readonly string[], cwd: string): string[];
/**
 * Finishes or undoes every interrupted --fix batch of these inputs (see recoverJournal), before a new one reads
 * them. A journal that cannot be recovered (unreadable, or a write fails) is reported with the reason and kept.
 */
export declare function recoverWrites(inputs: readonly string[], cwd: string): {
    recovered: Recovery[];
    failed: {
        journal: string;
        reason: string;
    }[];
};
