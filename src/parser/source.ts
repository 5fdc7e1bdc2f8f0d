// Source files: bytes to text without losing a byte, and offset <-> line/column (nginx counts only LF).
import { isUtf8 } from 'node:buffer';

/** A config file's text. Offsets everywhere are UTF-16 offsets into `text`. */
export interface SourceFile {
  /** Path as displayed and as used for include resolution. */
  path: string;
  /** Decoded text. UTF-8 when the bytes are valid UTF-8, otherwise latin1 (one char per byte). */
  text: string;
  /** How to turn `text` back into the original bytes. */
  encoding: 'utf8' | 'latin1';
  /** Offsets at which lines start; lineStarts[0] = 0. Only LF ends a line, as in nginx. (Four bytes a line.) */
  lineStarts: Int32Array;
}

/**
 * Decodes file bytes. Valid UTF-8 (BOM included, kept as U+FEFF) is decoded as UTF-8; anything else
 * (GBK comments, Latin-1) as latin1, so that every byte stays one character and writing the text back
 * with the same encoding reproduces the file exactly.
 */
export function decodeSource(path: string, bytes: Uint8Array): SourceFile {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoding = isUtf8(buf) ? 'utf8' : 'latin1';
  return makeSource(path, buf.toString(encoding), encoding);
}

export function makeSource(path: string, text: string, encoding: 'utf8' | 'latin1' = 'utf8'): SourceFile {
  return { path, text, encoding, lineStarts: computeLineStarts(text) };
}

export function encodeSource(file: SourceFile, text: string = file.text): Buffer {
  return Buffer.from(text, file.encoding);
}

/** Line starts are gathered here (one pass), then copied into an array of exactly their number. */
let lineScratch = new Int32Array(4096);

export function computeLineStarts(text: string): Int32Array {
  let starts = lineScratch;
  let k = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (k === starts.length) {
      const more = new Int32Array(k * 2);
      more.set(starts);
      starts = more;
    }
    starts[k++] = i + 1;
  }
  // Kept for the next file up to a million lines (4 MB); the first slot is always 0.
  if (starts.length <= 1 << 20) lineScratch = starts;
  return starts.slice(0, k);
}

/** The 1-based line of an offset (binary search in the file's line starts). */
export function lineAt(file: SourceFile, offset: number): number {
  const starts = file.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** 1-based line and column (UTF-16 code units) of an offset. */
export function positionAt(file: SourceFile, offset: number): { line: number; column: number } {
  const line = lineAt(file, offset);
  return { line, column: offset - file.lineStarts[line - 1]! + 1 };
}

/** Display form of a text fragment: latin1-decoded bytes are re-read as UTF-8 (invalid bytes become U+FFFD). */
export function displayText(file: SourceFile, s: string): string {
  if (file.encoding === 'utf8') return s;
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(s)) return s;
  return Buffer.from(s, 'latin1').toString('utf8');
}

/** A span for [start, end) in a file. */
export function makeSpan(file: SourceFile, start: number, end: number): import('../types.js').Span {
  const a = positionAt(file, start);
  const b = end === start ? a : positionAt(file, end);
  return { file: file.path, start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
