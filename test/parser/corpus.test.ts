// The real-world corpus (../shared/corpus/real-world): no crash, exact offsets, byte-for-byte round trip.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkStatements } from '../../src/parser/ast.js';
import { lex } from '../../src/parser/lexer.js';
import { parseSource } from '../../src/parser/parser.js';
import { decodeSource, encodeSource } from '../../src/parser/source.js';
import { sharedDir, sharedSkipReason } from '../helpers/shared.js';

const skip = sharedSkipReason();
const corpus = path.join(sharedDir, 'corpus/real-world');

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

interface ManifestEntry { file: string; nginx_tokenizer_syntax: string; parser_features: string[] }

describe.skipIf(skip !== null)('real-world corpus', () => {
  const manifest = skip ? [] : (JSON.parse(readFileSync(path.join(sharedDir, 'corpus/manifest.json'), 'utf8')).real_world as ManifestEntry[]);
  const files = skip ? [] : listFiles(corpus).filter((f) => !f.endsWith('.md'));

  it('has the 85 files the manifest lists', () => {
    expect(files.length).toBe(manifest.length);
  });

  for (const entry of manifest) {
    const rel = entry.file.replace(/^real-world\//, '');
    it(rel, () => {
      const bytes = readFileSync(path.join(corpus, rel));
      const file = decodeSource(rel, bytes);
      const r = parseSource(file);
      const { tokens } = lex(file);
      // Exact positions: every token and every statement slices back to its raw text.
      let prev = 0;
      const gaps: string[] = [];
      for (const t of tokens) {
        expect(file.text.slice(t.start, t.end)).toBe(t.raw);
        gaps.push(file.text.slice(prev, t.start));
        prev = t.end;
      }
      gaps.push(file.text.slice(prev));
      // Tokens plus the gaps between them rebuild the file byte for byte, and gaps are only whitespace.
      let rebuilt = '';
      tokens.forEach((t, k) => (rebuilt += gaps[k]! + t.raw));
      rebuilt += gaps[gaps.length - 1]!;
      expect(encodeSource(file, rebuilt).equals(bytes)).toBe(true);
      for (const g of gaps) expect(g).toMatch(/^[ \t\r\n]*$/);
      // The tree reads its tokens from a compact list: each one it hands out is the lexer's token at that offset.
      const byStart = new Map(tokens.map((t) => [t.start, t]));
      const same = (t: import('../../src/parser/lexer.js').Token): void => {
        expect({ ...byStart.get(t.start) }).toEqual({ kind: t.kind, raw: t.raw, value: t.value, quoted: t.quoted, start: t.start, end: t.end, line: t.line, column: t.column });
      };
      walkStatements(r.statements, (s) => {
        const raw = file.text.slice(s.start, s.end);
        if (s.type === 'directive') {
          for (const t of [s.nameToken, ...s.args, ...s.innerComments]) same(t);
          if (s.semicolon) same(s.semicolon);
          if (s.trailingComment) same(s.trailingComment);
          if (s.block) same(s.block.open);
          if (s.block?.close) same(s.block.close);
          expect(raw.startsWith(s.nameToken.raw)).toBe(true);
          if (s.semicolon) expect(raw.endsWith(';')).toBe(true);
          if (s.block?.close) expect(raw.endsWith('}')).toBe(true);
        } else {
          expect(raw).toBe(s.token.raw);
        }
      });
      // Valid nginx gives no parse error; templates give positioned errors.
      const isTemplate = entry.parser_features.some((f) => f.startsWith('template syntax') || f.startsWith('envsubst'));
      if (entry.nginx_tokenizer_syntax === 'ok') {
        expect(r.errors.map((e) => `${e.line}: ${e.message}`)).toEqual([]);
      } else {
        expect(r.errors.length).toBeGreaterThan(0);
        const want = /line (\d+)/.exec(entry.nginx_tokenizer_syntax);
        expect(r.errors[0]!.line).toBe(Number(want![1]));
        expect(entry.nginx_tokenizer_syntax.startsWith(r.errors[0]!.message)).toBe(true);
        for (const e of r.errors) expect(e.line).toBeGreaterThan(0);
      }
      if (isTemplate) expect(r.errors.length + 0).toBeGreaterThanOrEqual(entry.nginx_tokenizer_syntax === 'ok' ? 0 : 1);
    });
  }
});
