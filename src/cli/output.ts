// Writing a report to a file atomically: a temporary file beside it, then a rename, so readers never see half a report.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import * as nodePath from 'node:path';

/** Writes `text` to `path` in one step. Throws (with the temporary file removed) when it cannot. */
export function writeReport(path: string, text: string): void {
  const tmp = nodePath.join(nodePath.dirname(path), `.${nodePath.basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, text, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
