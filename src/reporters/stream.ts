// Writing reports piece by piece: a report of 100,000 findings is never one string, and neither is any copy of it.
import type { JsonOut } from './json-out.js';

/**
 * Where a report goes, one piece at a time: text, or UTF-8 bytes (the JSON formats). Pieces end between characters.
 * A byte piece is lent: it is done with when the call returns, unless the call returns true (it kept the piece, as a
 * stream that queues it does), and then the writer never changes it.
 */
export type Write = (chunk: string | Uint8Array) => boolean | void;

/** A byte piece as text (pieces never split a character). */
export function decodeUtf8(chunk: Uint8Array): string {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('utf8');
}

/** Runs a writer and returns what it wrote as one string (for tests and the library API). */
export function collect(writer: (write: Write) => void): string {
  const parts: string[] = [];
  writer((s) => void parts.push(typeof s === 'string' ? s : decodeUtf8(s)));
  return parts.join('');
}

/**
 * Stands for the array that writeJsonDocument fills item by item. A NUL cannot occur in a file path, a config path
 * or anything else the rest of a report holds, and JSON.stringify writes it escaped, so the marker is unambiguous.
 */
export const JSON_ITEMS = '\u0000sse-lint-items\u0000';

/**
 * Writes exactly `JSON.stringify(doc, null, 2) + '\n'` with the value JSON_ITEMS in `doc` replaced by an array of
 * `items`, each written by `writeItem` (by default as JSON.stringify would) at the array's depth as it comes.
 */
export function writeJsonDocument<T>(doc: unknown, items: Iterable<T>, out: JsonOut, writeItem: (item: T, depth: number) => void = (item, depth) => out.value(item, depth)): void {
  const text = JSON.stringify(doc, null, 2);
  const marker = JSON.stringify(JSON_ITEMS);
  const at = text.lastIndexOf(marker);
  if (at < 0) throw new Error('writeJsonDocument: the document has no JSON_ITEMS placeholder');
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let keyIndent = 0;
  while (text.charCodeAt(lineStart + keyIndent) === 32) keyIndent++;
  // The placeholder's key is at depth keyIndent / 2: the array's items are one deeper.
  const depth = keyIndent / 2 + 1;
  out.text(text.slice(0, at));
  let first = true;
  for (const item of items) {
    out.item(depth, first);
    writeItem(item, depth);
    first = false;
  }
  if (first) out.text('[]');
  else out.close(depth - 1, 0x5d);
  out.text(`${text.slice(at + marker.length)}\n`);
  out.flush();
}

/** Collects small text writes into pieces of about `size` characters before handing them on; bytes go on as they are. */
export function bufferedWrite(out: Write, size = 1 << 16): { write: Write; flush: () => void } {
  let parts: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (parts.length === 0) return;
    const chunk = parts.length === 1 ? parts[0]! : parts.join('');
    parts = [];
    length = 0;
    out(chunk);
  };
  return {
    write: (s) => {
      if (typeof s !== 'string') {
        flush();
        return out(s);
      }
      parts.push(s);
      length += s.length;
      if (length >= size) flush();
    },
    flush,
  };
}
