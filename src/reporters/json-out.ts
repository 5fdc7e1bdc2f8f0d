// Pretty-printed JSON (JSON.stringify(value, null, 2), byte for byte) written straight into UTF-8 chunks.

/**
 * Where finished chunks go. The sink returns true when it keeps a chunk to use later (a stream that queued it): the
 * writer then never writes into it again. Otherwise the chunk is done with when the call returns, and is reused.
 */
export type ByteSink = (chunk: Uint8Array) => boolean | void;

/** Characters a JSON string must escape (and lone surrogates, which JSON.stringify writes as \u escapes). */
const SPECIAL = /[\u0000-\u001f"\\\ud800-\udfff]/;

/** Strings longer than this are checked with SPECIAL and encoded by Buffer#write; shorter ones byte by byte. */
const LONG = 48;

const QUOTE = 34;
const NEWLINE = 10;
const SPACE = 32;

/** Per depth, how much of JSON.stringify's text of a value nested that deep in arrays comes before and after it. */
const wrapping: { before: number; after: number }[] = [];

/**
 * An object or array as JSON.stringify(v, null, 2) writes it at `depth`: JSON.stringify's own text (its walk is
 * faster than one in JavaScript over objects of many shapes) of the value nested `depth` arrays deep, which indents
 * it as it stands at that depth, less the arrays' brackets around it (a slice: no second pass over the text).
 */
function jsonText(v: object, depth: number): string {
  if (depth === 0) return JSON.stringify(v, null, 2);
  let nested: unknown = v;
  for (let i = 0; i < depth; i++) nested = [nested];
  const text = JSON.stringify(nested, null, 2);
  // Before the value: the i-th array's indentation (2i spaces), `[` and a line break, then the value's own
  // indentation (2 * depth); after it: per array a line break, its indentation and `]`.
  const w = (wrapping[depth] ??= { before: depth * (depth + 1) + 2 * depth, after: depth * (depth + 1) });
  return text.slice(w.before, text.length - w.after);
}

/** The bytes key() writes for a member's name: `"name": `. */
export function keyBytes(name: string): Uint8Array {
  return Buffer.from(`${JSON.stringify(name)}: `, 'utf8');
}

/**
 * A JSON writer for reports: each value is written as JSON.stringify(value, null, 2) writes it at a given depth,
 * into chunks of `size` bytes that go to the sink as they fill. No report is ever one string.
 */
export class JsonOut {
  private buf: Buffer;
  private pos = 0;
  /** Per depth, the bytes of shared objects (see shared). */
  private readonly sharedBytes: WeakMap<object, Uint8Array>[] = [];
  /** JSON bytes of long strings that come again (see pooledString). */
  private readonly pooled = new Map<string, Uint8Array>();
  /** The last string written for a shared owner, and its bytes (see sharedString). */
  private readonly sharedStrings = new WeakMap<object, { text: string; bytes: Uint8Array }>();

  constructor(private readonly sink: ByteSink, private readonly size = 1 << 18, private readonly keys = new Map<string, Uint8Array>()) {
    this.buf = Buffer.allocUnsafe(size);
  }

  /**
   * What `write` writes into the JsonOut it is given, as bytes of their own to keep and copy with bytes() (nothing of
   * it reaches this writer's sink). Names' bytes are shared with this writer.
   */
  capture(write: (out: JsonOut) => void): Uint8Array {
    const parts: Uint8Array[] = [];
    const out = new JsonOut((chunk) => void parts.push(Buffer.from(chunk)), 1024, this.keys);
    write(out);
    out.flush();
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  /** Hands what is written so far to the sink. */
  flush(): void {
    if (this.pos === 0) return;
    const chunk = this.buf.subarray(0, this.pos);
    this.pos = 0;
    // One buffer for the whole report while the sink writes each chunk at once: a new one per chunk would make
    // hundreds of megabytes of short-lived outside memory, which V8 answers with full collections.
    if (this.sink(chunk) === true) this.buf = Buffer.allocUnsafe(this.size);
  }

  /** Room for `n` more bytes in the current chunk (false when even an empty chunk is too small). */
  private room(n: number): boolean {
    if (this.pos + n <= this.size) return true;
    this.flush();
    return n <= this.size;
  }

  /** Text written as it is, UTF-8 encoded (JSON punctuation, or text already escaped). */
  text(s: string): void {
    const n = s.length;
    if (n <= LONG) {
      if (this.room(n)) {
        const b = this.buf;
        let p = this.pos;
        for (let i = 0; i < n; i++) {
          const c = s.charCodeAt(i);
          if (c >= 0x80) return this.encoded(s);
          b[p++] = c;
        }
        this.pos = p;
        return;
      }
    }
    this.encoded(s);
  }

  private encoded(s: string): void {
    if (!this.room(3 * s.length)) {
      this.sink(Buffer.from(s, 'utf8'));
      return;
    }
    this.pos += this.buf.write(s, this.pos);
  }

  /** Bytes written as they are. */
  bytes(b: Uint8Array): void {
    const n = b.length;
    if (!this.room(n)) {
      this.sink(Buffer.from(b));
      return;
    }
    if (n < 32) {
      const out = this.buf;
      let p = this.pos;
      for (let i = 0; i < n; i++) out[p++] = b[i]!;
      this.pos = p;
    } else {
      this.buf.set(b, this.pos);
      this.pos += n;
    }
  }

  /** `"name": ` after the separator and indentation of a member at `depth`: `{` before the first, `,` before others. */
  key(name: string, depth: number, first: boolean): void {
    let k = this.keys.get(name);
    if (k === undefined) this.keys.set(name, (k = keyBytes(name)));
    this.keyBytes(k, depth, first);
  }

  /** key() with the name's bytes made beforehand by keyBytes (no look-up by name). */
  keyBytes(k: Uint8Array, depth: number, first: boolean): void {
    const indent = 2 * depth;
    const n = k.length;
    if (!this.room(indent + n + 2)) return this.encoded(`${first ? '{' : ','}\n${'  '.repeat(depth)}${Buffer.from(k).toString('utf8')}`);
    const b = this.buf;
    let p = this.pos;
    b[p++] = first ? 0x7b : 0x2c;
    b[p++] = NEWLINE;
    for (let i = 0; i < indent; i++) b[p++] = SPACE;
    for (let i = 0; i < n; i++) b[p++] = k[i]!;
    this.pos = p;
  }

  /** The separator and indentation of an array item at `depth`: `[` before the first, `,` before others. */
  item(depth: number, first: boolean): void {
    const indent = 2 * depth;
    if (!this.room(indent + 2)) return this.encoded(`${first ? '[' : ','}\n${'  '.repeat(depth)}`);
    const b = this.buf;
    let p = this.pos;
    b[p++] = first ? 0x5b : 0x2c;
    b[p++] = NEWLINE;
    for (let i = 0; i < indent; i++) b[p++] = SPACE;
    this.pos = p;
  }

  /** The end of an object or array at `depth` that had members: a line break, the indentation and the bracket. */
  close(depth: number, bracket: 0x7d | 0x5d): void {
    const indent = 2 * depth;
    if (!this.room(indent + 2)) return this.encoded(`\n${'  '.repeat(depth)}${String.fromCharCode(bracket)}`);
    const b = this.buf;
    let p = this.pos;
    b[p++] = NEWLINE;
    for (let i = 0; i < indent; i++) b[p++] = SPACE;
    b[p++] = bracket;
    this.pos = p;
  }

  /** A JSON string literal. */
  string(s: string): void {
    const n = s.length;
    if (n > LONG) {
      if (SPECIAL.test(s)) return this.encoded(JSON.stringify(s));
      if (!this.room(3 * n + 2)) return this.encoded(JSON.stringify(s));
      const b = this.buf;
      b[this.pos++] = QUOTE;
      this.pos += b.write(s, this.pos);
      b[this.pos++] = QUOTE;
      return;
    }
    if (!this.room(n + 2)) return this.encoded(JSON.stringify(s));
    const b = this.buf;
    let p = this.pos;
    b[p++] = QUOTE;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x20 || c === QUOTE || c === 0x5c || c >= 0x7f) return this.encoded(JSON.stringify(s));
      b[p++] = c;
    }
    b[p++] = QUOTE;
    this.pos = p;
  }

  /** A number as JSON writes it (non-finite numbers are null). */
  number(v: number): void {
    if (v >= 0 && v <= 0x3fffffff && (v | 0) === v && this.room(10)) {
      const b = this.buf;
      if (v < 10) {
        b[this.pos++] = 48 + v;
        return;
      }
      let digits = 1;
      for (let x = v; x >= 10; x = (x / 10) | 0) digits++;
      let p = this.pos + digits;
      this.pos = p;
      for (let x = v; p > this.pos - digits; x = (x / 10) | 0) b[--p] = 48 + (x % 10);
      return;
    }
    this.text(Number.isFinite(v) ? String(v) : 'null');
  }

  /**
   * A member of an object being written at `depth` (see key), left out as JSON.stringify leaves it out when its value
   * is undefined, a function or a symbol. Returns whether the object still has no member (`first` for the next one).
   */
  member(name: string, v: unknown, depth: number, first: boolean): boolean {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return first;
    this.key(name, depth, first);
    this.value(v, depth);
    return false;
  }

  /** The end of an object written member by member: `}` after members, `{}` when there were none. */
  end(depth: number, first: boolean): void {
    if (first) this.text('{}');
    else this.close(depth, 0x7d);
  }

  /**
   * An object that many places hold (message data shared through the engine's DataPool), written as value() writes
   * it: its bytes at this depth are kept and copied the next time.
   */
  shared(v: object, depth: number): void {
    const cache = (this.sharedBytes[depth] ??= new WeakMap());
    let bytes = cache.get(v);
    if (bytes === undefined) cache.set(v, (bytes = Buffer.from(jsonText(v, depth), 'utf8')));
    this.bytes(bytes);
  }

  /**
   * A string made from `owner`, an object that many places hold (a message rendered from shared data): its JSON bytes
   * are kept, and copied whenever the owner comes with the same text again.
   */
  sharedString(owner: object, s: string): void {
    const known = this.sharedStrings.get(owner);
    if (known !== undefined && known.text === s) return this.bytes(known.bytes);
    const bytes = Buffer.from(JSON.stringify(s), 'utf8');
    this.sharedStrings.set(owner, { text: s, bytes });
    this.bytes(bytes);
  }

  /**
   * A string that comes many times as the same text (a fix's inserted lines in every server): its JSON bytes are kept
   * for the next time, for a few thousand long texts.
   */
  pooledString(s: string): void {
    if (s.length <= LONG) return this.string(s);
    let bytes = this.pooled.get(s);
    if (bytes === undefined) {
      bytes = Buffer.from(JSON.stringify(s), 'utf8');
      if (this.pooled.size < 4096) this.pooled.set(s, bytes);
    }
    this.bytes(bytes);
  }

  /**
   * Any JSON value as JSON.stringify(v, null, 2) writes it when it sits at `depth` (its own lines indented one level
   * deeper). `v` must not be undefined, a function or a symbol: the caller leaves such a member out.
   */
  value(v: unknown, depth: number): void {
    if (v === null) return this.text('null');
    switch (typeof v) {
      case 'string':
        return this.string(v);
      case 'number':
        return this.number(v);
      case 'boolean':
        return this.text(v ? 'true' : 'false');
      case 'object':
        break;
      default:
        // bigint: JSON.stringify throws; undefined, functions and symbols were the caller's to leave out.
        return this.text(JSON.stringify(v) ?? 'null');
    }
    this.encoded(jsonText(v, depth));
  }
}
