// The text report: the shared fixture's exact output, colour only when asked, and code frames that stay aligned.
import { describe, expect, it } from 'vitest';
import { makeSource, makeSpan } from '../../src/parser/source.js';
import { codeFrame, describeProvenance, formatText } from '../../src/reporters/text.js';
import type { LintResult } from '../../src/lint.js';
import { fixtureDir, lintFixture, portable } from './fixture.js';

const plain = (_k: string, s: string): string => s;

function frame(text: string, start: number, end: number): string[] {
  const src = makeSource('/x/a.conf', text);
  return codeFrame(src, makeSpan(src, start, end), 'error', plain);
}

describe('text report', () => {
  const result = lintFixture();

  it('groups findings by file with code frames, provenance, stream reasons, related spans, fixes and a summary', async () => {
    const out = formatText(result, { cwd: fixtureDir, color: false });
    expect(out).not.toContain('\x1b');
    await expect(portable(out)).toMatchFileSnapshot('./__snapshots__/report.txt');
  });

  it('colours severities, carets and the summary only when colour is on, with the same text underneath', () => {
    const coloured = formatText(result, { cwd: fixtureDir, color: true });
    expect(coloured).toContain('\x1b[31merror\x1b[39m');
    expect(coloured).toContain('\x1b[33mwarning\x1b[39m');
    expect(coloured).toContain('\x1b[36minfo\x1b[39m');
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(formatText(result, { cwd: fixtureDir, color: false }));
  });

  it('says what was checked when nothing was found, and what --quiet left out', () => {
    const clean: LintResult = { ...result, findings: [], suppressed: 2 };
    expect(formatText(clean, { cwd: fixtureDir, color: false })).toBe('No problems found in 3 files, 1 stream location (2 suppressed inline).\n');
    const quiet: LintResult = { ...result, findings: result.findings.filter((f) => f.severity === 'error'), suppressed: 0 };
    const out = formatText(quiet, { cwd: fixtureDir, color: false, hidden: { error: 0, warning: 2, info: 1 } });
    expect(out).toContain('3 problems (3 errors, 0 warnings, 0 info) in 3 files, 1 stream location (2 warnings and 1 info not shown (--quiet)).\n');
  });
});

describe('code frames', () => {
  it('expands tabs identically on the code and underline rows', () => {
    const text = '\tproxy_read_timeout\t0;\n';
    expect(frame(text, 1, text.indexOf(';') + 1)).toEqual([
      '  1 |     proxy_read_timeout  0;',
      '    |     ^^^^^^^^^^^^^^^^^^^^^^',
    ]);
  });

  it('counts East Asian wide characters as two cells so the caret lands under the right character', () => {
    const text = 'return 200 "日本語"x;\n';
    const x = text.indexOf('x');
    const src = makeSource('/x/a.conf', text);
    expect(makeSpan(src, x, x + 1).column).toBe(17); // UTF-16 code units in the position
    expect(frame(text, x, x + 1)).toEqual([
      '  1 | return 200 "日本語"x;',
      `    | ${' '.repeat(19)}^`,
    ]);
  });

  it('puts one caret at an empty span, including the end of the file', () => {
    expect(frame('server {\n', 9, 9)).toEqual(['  2 |', '    | ^']);
    expect(frame('a b;', 2, 2)).toEqual(['  1 | a b;', '    |   ^']);
  });

  it('underlines each line of a multi-line span, summarising after three lines, and drops a CR before LF', () => {
    const text = 'location /a {\r\n  x 1;\r\n  y 2;\r\n  z 3;\r\n}\r\n';
    expect(frame(text, 0, text.length)).toEqual([
      '  1 | location /a {',
      '    | ^^^^^^^^^^^^^',
      '  2 |   x 1;',
      '    | ^^^^^^',
      '  3 |   y 2;',
      '    | ^^^^^^',
      '    | ... 2 more lines',
    ]);
  });

  it('keeps a long line readable around the span and neutralises control characters', () => {
    const text = `# ${'a'.repeat(300)}\n`;
    // The span starts 250 cells in: the frame starts 40 cells before it, behind an ellipsis.
    expect(frame(text, 250, 260)).toEqual([`  1 | …${'a'.repeat(92)}`, `    | ${' '.repeat(41)}${'^'.repeat(10)}`]);
    const early = frame(text, 0, 1);
    expect(early[0]).toBe(`  1 | # ${'a'.repeat(157)}…`);
    expect(early[1]).toBe('    | ^');
    expect(frame('x \x1b[31m;', 0, 1)[0]).toBe('  1 | x \uFFFD[31m;');
  });
});

describe('provenance', () => {
  const span = { file: '/w/conf.d/app.conf', start: 0, end: 1, line: 3, column: 5, endLine: 3, endColumn: 6 };

  it('names the default and every level that does not set it, outermost first', () => {
    expect(describeProvenance({ directive: 'proxy_buffering', value: 'on', origin: { kind: 'default', note: 'nginx default' }, levels: ['location /sse', 'server', 'http'] }, '/w'))
      .toBe('proxy_buffering on: nginx default, not set in http, server or this location /sse');
  });

  it('names the level and file:line of the directive in effect', () => {
    expect(describeProvenance({ directive: 'proxy_buffering', value: 'on', origin: { kind: 'directive', span, level: 'server' }, levels: ['location /sse', 'server'] }, '/w'))
      .toBe('proxy_buffering on: set in server (conf.d/app.conf:3)');
    expect(describeProvenance({ directive: 'proxy_buffering', value: 'on', origin: { kind: 'directive', span, level: 'location /sse' }, levels: ['location /sse'] }, '/w'))
      .toBe('proxy_buffering on: set in this location /sse (conf.d/app.conf:3)');
  });
});
