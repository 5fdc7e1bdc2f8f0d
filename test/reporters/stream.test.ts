// Streaming reports: the JSON written piece by piece is JSON.stringify's, byte for byte, at any depth and count.
import { describe, expect, it } from 'vitest';
import { JsonOut, keyBytes } from '../../src/reporters/json-out.js';
import { bufferedWrite, collect, decodeUtf8, JSON_ITEMS, writeJsonDocument } from '../../src/reporters/stream.js';

const items = (n: number): unknown[] =>
  Array.from({ length: n }, (_, k) => ({ k, text: `line ${k}\nnext "quoted" \u0000`, nested: { list: [1, { deep: [] }], empty: {} }, none: null }));

/** A JsonOut whose pieces are collected as text, with small chunks so that values cross chunk boundaries. */
function pieces(size = 64): { out: JsonOut; pieces: string[] } {
  const list: string[] = [];
  return { out: new JsonOut((b) => void list.push(decodeUtf8(b)), size), pieces: list };
}

describe('writeJsonDocument', () => {
  const shapes: [string, (x: unknown) => unknown][] = [
    ['a JSON report (findings last, depth 1)', (x) => ({ version: 2, summary: { findings: 3 }, findings: x })],
    ['a SARIF log (results inside runs[0], more after them)', (x) => ({ $schema: 's', runs: [{ tool: { driver: {} }, results: x, properties: { files: 1 } }] })],
    ['a deeper array', (x) => ({ a: [[{ b: x, c: [] }]], d: 'end' })],
  ];
  for (const [name, shape] of shapes) {
    it(name, () => {
      for (const n of [0, 1, 2, 63, 64, 65, 130]) {
        const w = pieces(4096);
        writeJsonDocument(shape(JSON_ITEMS), items(n), w.out);
        expect(w.pieces.join('')).toBe(JSON.stringify(shape(items(n)), null, 2) + '\n');
        // Written in several pieces, not one.
        if (n > 64) expect(w.pieces.length).toBeGreaterThan(3);
      }
    });
  }

  it('refuses a document without the placeholder', () => {
    expect(() => writeJsonDocument({ a: 1 }, [], pieces().out)).toThrow(/placeholder/);
  });
});

describe('JsonOut', () => {
  const tricky: unknown[] = [
    'plain', '', 'x"y\\z', '\u0000\u001f\b\f\n\r\t', 'lone \ud800 and \udfff', 'pair \ud83d\ude00', 'é'.repeat(40), 'ü'.repeat(200),
    'a'.repeat(100) + '"', '中文 locale', 'a'.repeat(5000),
    0, -0, 7, 10, 99, 1234567, 2 ** 30, 2 ** 31, -1, 1.5, 1e21, 1e-7, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity,
    true, false, null, [], {}, [[]], [{}], { a: [] },
    [undefined, () => 1, Symbol('s'), 1], { u: undefined, f: () => 1, s: Symbol('s'), k: 1 }, { u: undefined },
    { '': 1, 'k"ey': 2, 'é': 3, 10: 'integer keys first', b: 'then insertion order', 2: 'x' },
    new Date(0), { toJSON: () => ({ z: [1, 2] }) }, { d: new Date(0), nested: { toJSON: () => 'text' } },
    { deep: { er: { still: [1, [2, [3, { x: 'y' }]]] } } },
  ];
  it('writes every value as JSON.stringify(v, null, 2) does, at any depth', () => {
    for (const [i, v] of tricky.entries()) {
      for (const depth of [0, 1, 3]) {
        // Small chunks: values are split over many pieces (never inside a character).
        for (const size of [16, 1 << 16]) {
          const w = pieces(size);
          w.out.value(v, depth);
          w.out.flush();
          const expected = JSON.stringify(v, null, 2).split('\n').join(`\n${'  '.repeat(depth)}`);
          expect(w.pieces.join(''), `value ${i} at depth ${depth}, chunks of ${size}`).toBe(expected);
        }
      }
    }
  });

  it('never writes into a chunk the sink kept; reuses one it did not', () => {
    const values = Array.from({ length: 50 }, (_, k) => ({ k, text: 'x'.repeat(k % 8) }));
    const expected = values.map((v) => JSON.stringify(v, null, 2)).join('');
    // A sink that keeps its chunks (a stream that queued them) and reads them only at the end.
    const kept: Uint8Array[] = [];
    const out = new JsonOut((b) => (kept.push(b), true), 32);
    for (const v of values) out.value(v, 0);
    out.flush();
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.map(decodeUtf8).join('')).toBe(expected);
    // A sink done with each chunk when it returns: the same memory comes back, with the right bytes in it each time.
    const places: [ArrayBufferLike, number][] = [];
    const text: string[] = [];
    const reused = new JsonOut((b) => void (places.push([b.buffer, b.byteOffset]), text.push(decodeUtf8(b))), 256);
    for (const v of values) reused.value(v, 0);
    reused.flush();
    expect(text.join('')).toBe(expected);
    expect(places.length).toBeGreaterThan(3);
    expect(places.every(([buffer, offset]) => buffer === places[0]![0] && offset === places[0]![1])).toBe(true);
  });
});

describe('bufferedWrite', () => {
  it('hands on pieces of about the given size, in order, and the rest on flush', () => {
    const out: string[] = [];
    const b = bufferedWrite((s) => void out.push(typeof s === 'string' ? s : decodeUtf8(s)), 10);
    for (const s of ['abc', 'defg', 'hij', 'k', 'lmnopqrstu', 'v']) b.write(s);
    expect(out).toEqual(['abcdefghij', 'klmnopqrstu']);
    b.flush();
    expect(out.join('')).toBe('abcdefghijklmnopqrstuv');
    expect(collect((w) => ['x', 'y'].forEach(w))).toBe('xy');
  });

  it('passes bytes on after the text written before them', () => {
    const out: string[] = [];
    const b = bufferedWrite((s) => void out.push(typeof s === 'string' ? `s:${s}` : `b:${decodeUtf8(s)}`), 10);
    b.write('ab');
    b.write(Buffer.from('é€'));
    b.write('c');
    b.flush();
    expect(out).toEqual(['s:ab', 'b:é€', 's:c']);
    expect(collect((w) => { w('x'); w(Buffer.from('ü')); })).toBe('xü');
  });
});

describe('JsonOut.shared and sharedString', () => {
  it('write a shared object or string as often as it comes, identical each time, whatever comes between', () => {
    const data = { kind: 'message', key: 'k', data: { level: { kind: 'level', level: { name: 'location /é' } }, n: 3 } };
    const other = { list: ['x', 'y'] };
    const message = 'upstream "a" keeps idle connections';
    for (const size of [16, 1 << 16]) {
      const w = pieces(size);
      let expected = '';
      for (let k = 0; k < 6; k++) {
        const depth = k % 3;
        w.out.shared(data, depth);
        w.out.value(other, depth);
        w.out.sharedString(data, message);
        w.out.sharedString(other, `${message} ${k % 2}`);
        const indent = (v: unknown): string => JSON.stringify(v, null, 2).split('\n').join(`\n${'  '.repeat(depth)}`);
        expected += indent(data) + indent(other) + JSON.stringify(message) + JSON.stringify(`${message} ${k % 2}`);
      }
      w.out.flush();
      expect(w.pieces.join('')).toBe(expected);
    }
  });
});

describe('JsonOut.capture and keyBytes', () => {
  it('capture gives the bytes a writer would have written, longer than its chunks too, and nothing reaches the sink', () => {
    const value = { text: 'é'.repeat(700), list: items(3), n: 12 };
    for (const depth of [0, 1, 3]) {
      const w = pieces(64);
      const write = (o: JsonOut): void => {
        o.key('a', depth + 1, true);
        o.value(value, depth + 1);
        o.keyBytes(keyBytes('b "quoted"'), depth + 1, false);
        o.string('x');
        o.close(depth, 0x7d);
      };
      const bytes = w.out.capture(write);
      expect(w.pieces).toEqual([]);
      const direct = pieces(1 << 16);
      write(direct.out);
      direct.out.flush();
      expect(decodeUtf8(bytes)).toBe(direct.pieces.join(''));
      expect(bytes.length).toBeGreaterThan(1024);
      const ind = (n: number): string => '  '.repeat(n);
      expect(decodeUtf8(bytes)).toBe(`{\n${ind(depth + 1)}"a": ${JSON.stringify(value, null, 2).split('\n').join(`\n${ind(depth + 1)}`)},\n${ind(depth + 1)}"b \\"quoted\\"": "x"\n${ind(depth)}}`);
      // Copied into a writer, between other writes.
      w.out.text('[');
      w.out.bytes(bytes);
      w.out.text(']');
      w.out.flush();
      expect(w.pieces.join('')).toBe(`[${decodeUtf8(bytes)}]`);
    }
  });
});
