import type { ParsedFile } from './ast.js';
import type { SourceFile } from './source.js';
/**
 * Parses one file. Never throws: errors are collected with a span. After an error the parser recovers
 * at statement level (a statement cut short by `}` is closed and kept, a stray `}` is skipped), so one
 * typo does not hide the rest of the file.
 */
export declare function parseSource(file: SourceFile): ParsedFile;
