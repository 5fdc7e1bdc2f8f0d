// Writing reports piece by piece: a report of 100,000 findings is never one string, and neither is any copy of it.

/** Where a report goes, one piece at a time. */
export type Write = (chunk: string) => void;

/** Runs a writer and returns what it wrote as one string (for tests and the library API). */
export function collect(writer: (write: Write) => void): string {
  const parts: string[] = [];
  writer((s) => void parts.push(s));
  return parts.join('');
}

/**
 * Stands for the array that writeJsonDocument fills item by item. A NUL cannot occur in a file path, a config path
 * or anything else the rest of a report holds, and JSON.stringify writes it escaped, so the marker is unambiguous.
 */
export const JSON_ITEMS = '\u0000sse-lint-items\u0000';

/** Items serialised per JSON.stringify call: enough to make the calls cheap, few enough to keep each piece small. */
const BATCH = 16;

/**
 * Writes exactly `JSON.stringify(doc, null, 2) + '\n'` with the value JSON_ITEMS in `doc` replaced by an array of
 * `items`, serialised a batch at a time as they come. A batch is serialised inside as many enclosing arrays as the
 * placeholder is deep, so JSON.stringify itself indents it as it would inside `doc`; the brackets are cut off.
 */
export function writeJsonDocument(doc: unknown, items: Iterable<unknown>, write: Write): void {
  const text = JSON.stringify(doc, null, 2);
  const marker = JSON.stringify(JSON_ITEMS);
  const at = text.lastIndexOf(marker);
  if (at < 0) throw new Error('writeJsonDocument: the document has no JSON_ITEMS placeholder');
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let keyIndent = 0;
  while (text.charCodeAt(lineStart + keyIndent) === 32) keyIndent++;
  // The placeholder's key is at depth keyIndent / 2, so the array's items are one deeper.
  const depth = keyIndent / 2 + 1;
  let head = 0;
  for (let d = 0; d < depth; d++) head += 2 * d + 2; // `[` and a line break per enclosing array, indented by its depth
  let tail = 0;
  for (let d = 0; d < depth; d++) tail += 2 * d + 2; // a line break, the indent and `]`
  write(text.slice(0, at));
  let batch: unknown[] = [];
  let first = true;
  const flush = (): void => {
    let wrapped: unknown = batch;
    for (let d = 1; d < depth; d++) wrapped = [wrapped];
    const s = JSON.stringify(wrapped, null, 2);
    write(`${first ? '[\n' : ',\n'}${s.slice(head, s.length - tail)}`);
    first = false;
    batch = [];
  };
  for (const item of items) {
    batch.push(item);
    if (batch.length === BATCH) flush();
  }
  if (batch.length > 0) flush();
  write(first ? '[]' : `\n${' '.repeat(keyIndent)}]`);
  write(`${text.slice(at + marker.length)}\n`);
}

/** Collects small writes into pieces of about `size` characters before handing them on. */
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
      parts.push(s);
      length += s.length;
      if (length >= size) flush();
    },
    flush,
  };
}
