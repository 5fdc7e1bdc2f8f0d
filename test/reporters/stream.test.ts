// Streaming reports: the JSON written piece by piece is JSON.stringify's, byte for byte, at any depth and count.
import { describe, expect, it } from 'vitest';
import { bufferedWrite, collect, JSON_ITEMS, writeJsonDocument } from '../../src/reporters/stream.js';

const items = (n: number): unknown[] =>
  Array.from({ length: n }, (_, k) => ({ k, text: `line ${k}\nnext "quoted" \u0000`, nested: { list: [1, { deep: [] }], empty: {} }, none: null }));

describe('writeJsonDocument', () => {
  const shapes: [string, (x: unknown) => unknown][] = [
    ['a JSON report (findings last, depth 1)', (x) => ({ version: 2, summary: { findings: 3 }, findings: x })],
    ['a SARIF log (results inside runs[0], more after them)', (x) => ({ $schema: 's', runs: [{ tool: { driver: {} }, results: x, properties: { files: 1 } }] })],
    ['a deeper array', (x) => ({ a: [[{ b: x, c: [] }]], d: 'end' })],
  ];
  for (const [name, shape] of shapes) {
    it(name, () => {
      // Around a batch boundary (64) too.
      for (const n of [0, 1, 2, 63, 64, 65, 130]) {
        const pieces: string[] = [];
        writeJsonDocument(shape(JSON_ITEMS), items(n), (s) => void pieces.push(s));
        expect(pieces.join('')).toBe(JSON.stringify(shape(items(n)), null, 2) + '\n');
        // Written in several pieces, not one.
        if (n > 64) expect(pieces.length).toBeGreaterThan(3);
      }
    });
  }

  it('refuses a document without the placeholder', () => {
    expect(() => writeJsonDocument({ a: 1 }, [], () => {})).toThrow(/placeholder/);
  });
});

describe('bufferedWrite', () => {
  it('hands on pieces of about the given size, in order, and the rest on flush', () => {
    const out: string[] = [];
    const b = bufferedWrite((s) => void out.push(s), 10);
    for (const s of ['abc', 'defg', 'hij', 'k', 'lmnopqrstu', 'v']) b.write(s);
    expect(out).toEqual(['abcdefghij', 'klmnopqrstu']);
    b.flush();
    expect(out.join('')).toBe('abcdefghijklmnopqrstuv');
    expect(collect((w) => ['x', 'y'].forEach(w))).toBe('xy');
  });
});
