// Writing a report to a file (--output) with the one atomic writer, so readers never see half a report.
import { writeFileAtomic, type ContentWriter } from '../util/atomic-write.js';

/**
 * Writes `text`, or what a writer produces piece by piece, to `path` in one step. Throws when it cannot:
 * WriteTargetError for a path that is not a regular file (a directory has code EISDIR; `-o /dev/null` is refused
 * rather than replaced), or the system error.
 */
export function writeReport(path: string, text: string | ContentWriter): void {
  writeFileAtomic(path, text);
}
