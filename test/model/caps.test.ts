// Caps that keep hostile input from exhausting memory: parse errors per file, findings per run, bytes read per run.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FINDINGS } from '../../src/engine/engine.js';
import { budgetFs, memoryFs } from '../../src/model/fs.js';
import { loadInputs } from '../../src/model/inputs.js';
import { MAX_PARSE_ERRORS, parseSource, sureStatementBudget } from '../../src/parser/parser.js';
import type { Directive } from '../../src/parser/ast.js';
import { decodeSource } from '../../src/parser/source.js';
import { lintSync } from '../../src/pipeline/index.js';
import { maxReadBytes, maxRunStatements, readRegularFile, ReadRefusedError } from '../../src/util/read-file.js';
import { appendAll } from '../../src/util/array.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-caps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('caps', () => {
  it('keeps the first parse errors of a file and says the rest are not reported', () => {
    const parsed = parseSource(decodeSource('/x.conf', Buffer.from('}\n'.repeat(5000))));
    expect(parsed.errors).toHaveLength(MAX_PARSE_ERRORS + 1);
    expect(parsed.errors[MAX_PARSE_ERRORS]!.message).toBe(`more than ${MAX_PARSE_ERRORS} errors in this file; the rest are not reported`);
    expect(parsed.errors[MAX_PARSE_ERRORS]!.line).toBe(MAX_PARSE_ERRORS + 1);
  });

  it('keeps at most MAX_FINDINGS findings of a run and counts the rest', () => {
    const n = MAX_FINDINGS + 2500;
    const p = path.join(dir, 'dup.conf');
    writeFileSync(p, `http {\n${'gzip on;\n'.repeat(n)}}\n`);
    const run = lintSync([p], { config: false });
    expect(run.findings).toHaveLength(MAX_FINDINGS);
    // The first gzip is not a duplicate.
    expect(run.summary.truncated).toBe(n - 1 - MAX_FINDINGS);
    expect(run.findings.every((f) => f.ruleId === 'duplicate-directive')).toBe(true);
  }, 120_000);

  it('refuses a file above the size cap before reading it, and a run whose files add up to more', () => {
    const big = path.join(dir, 'big.conf');
    writeFileSync(big, '');
    truncateSync(big, 100 * 1024 * 1024);
    expect(() => readRegularFile(big)).toThrow(ReadRefusedError);
    const ws = loadInputs(['big.conf'], { cwd: dir });
    expect(ws.inputErrors.map((e) => e.message)).toEqual([`big.conf: is larger than ${maxReadBytes() / 1024 / 1024} MB, the most sse-lint reads`]);
    const files: Record<string, string> = {};
    for (let k = 0; k < 4; k++) files[`/p/f${k}.conf`] = 'x'.repeat(400);
    const fs = budgetFs(memoryFs(files), 1000);
    expect(() => ['/p/f0.conf', '/p/f1.conf', '/p/f0.conf'].forEach((f) => fs.readFile(f))).not.toThrow();
    expect(() => fs.readFile('/p/f2.conf')).toThrow(/add up to more than/);
  });

  it('parses at most the run\'s statement budget: one error where it stops, blocks still closed by their braces', () => {
    const text = `http {\n    server {\n${'        location /a { return 200; }\n'.repeat(10)}    }\n}\nevents {}\n`;
    const budget = { left: 18, max: 18 };
    const parsed = parseSource(decodeSource('/x.conf', Buffer.from(text)), budget);
    // http and server (a block counts as four), two locations with their return (four and one): 18; the third
    // location is where it stops.
    expect(parsed.errors.map((e) => [e.line, e.message])).toEqual([[5, 'more than 18 directives and comments in this run (a block counts as 4); the rest of this file is not checked']]);
    const http = parsed.statements[0] as Directive;
    expect(parsed.statements).toHaveLength(1);
    expect(http.block!.children).toHaveLength(1);
    expect((http.block!.children[0] as Directive).block!.children).toHaveLength(2);
    // The braces after the stop still close server and http where they are (no "unexpected end of file").
    expect(text.slice(http.start, http.end)).toBe(text.slice(0, text.indexOf('\nevents')));
    expect(budget.left).toBe(0);
  });

  it('asks for the whole statement budget only once the sure part is spent, and then stops where the whole one ends', () => {
    const text = `http {\n    server {\n${'        location /a { return 200; }\n'.repeat(10)}    }\n}\nevents {}\n`;
    let asked = 0;
    const whole = (): number => (asked++, 18);
    // A parse within the sure part never asks.
    const small = sureStatementBudget(30, whole);
    expect(parseSource(decodeSource('/s.conf', Buffer.from('gzip on;\n'.repeat(29))), small).errors).toEqual([]);
    expect({ asked, left: small.left, max: small.max }).toEqual({ asked: 0, left: 1, max: 30 });
    // Past it, the same stop as a budget of 18 from the start (the test above).
    const budget = sureStatementBudget(5, whole);
    const parsed = parseSource(decodeSource('/x.conf', Buffer.from(text)), budget);
    expect(parsed.errors.map((e) => [e.line, e.message])).toEqual([[5, 'more than 18 directives and comments in this run (a block counts as 4); the rest of this file is not checked']]);
    expect((((parsed.statements[0] as Directive).block!.children[0] as Directive).block!.children)).toHaveLength(2);
    expect({ asked, left: budget.left, max: budget.max }).toEqual({ asked: 1, left: 0, max: 18 });
    expect(parseSource(decodeSource('/y.conf', Buffer.from('gzip on;\n')), budget).errors.map((e) => e.line)).toEqual([1]);
    expect(asked).toBe(1);
  });

  it('shares the statement budget between the files of a run (a second file past it gets its own error)', () => {
    const fs = memoryFs({ '/p/nginx.conf': 'http {\n    include a.conf;\n    include b.conf;\n}\n', '/p/a.conf': 'gzip on;\n'.repeat(5), '/p/b.conf': 'gzip off;\n'.repeat(5) });
    // nginx.conf: http (a block, four) and two includes; then three of a.conf's five lines.
    const ws = loadInputs(['/p/nginx.conf'], { fs, statements: { left: 9, max: 9 } });
    const errors = ws.trees[0]!.findings.filter((f) => f.ruleId === 'parse-error').map((f) => `${f.span.file}:${f.span.line} ${f.message}`);
    expect(errors).toEqual([
      '/p/a.conf:4 more than 9 directives and comments in this run (a block counts as 4); the rest of this file is not checked',
      '/p/b.conf:1 more than 9 directives and comments in this run (a block counts as 4); the rest of this file is not checked',
    ]);
    // The same with only part of it sure at first: the whole is asked for in a.conf.
    const lazily = loadInputs(['/p/nginx.conf'], { fs, statements: sureStatementBudget(7, () => 9) });
    expect(lazily.trees[0]!.findings.filter((f) => f.ruleId === 'parse-error').map((f) => `${f.span.file}:${f.span.line} ${f.message}`)).toEqual(errors);
    expect(maxRunStatements()).toBeGreaterThanOrEqual(1_000_000);
  });

  it('appends lists too long to pass as arguments', () => {
    const target: number[] = [];
    const many = Array.from({ length: 300_000 }, (_, k) => k);
    expect(() => target.push(...many)).toThrow(RangeError);
    expect(appendAll(target, many)).toHaveLength(300_000);
  });
});
