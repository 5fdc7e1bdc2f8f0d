// Access to ../shared (the corpus and docs beside the project): skipped with a printed reason when absent.
import { existsSync } from 'node:fs';
import * as path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
export const sharedDir = path.resolve(root, '../shared');
export const hasShared = existsSync(path.join(sharedDir, 'corpus'));

/** The reason printed when tests that need ../shared are skipped; CI (CI=true) must never skip them. */
export function sharedSkipReason(): string | null {
  if (hasShared) return null;
  const reason = `../shared/corpus not found at ${sharedDir}; corpus tests skipped`;
  if (process.env.CI === 'true') throw new Error(`${reason}, but CI=true: CI must run them`);
  console.warn(`[skip] ${reason}`);
  return reason;
}
