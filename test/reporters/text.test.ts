// The text report: the shared fixture's exact output, colour only when asked, and code frames that stay aligned.
import { describe, expect, it } from 'vitest';
import { makeSource, makeSpan } from '../../src/parser/source.js';
import { codeFrame, describeProvenance, formatText } from '../../src/reporters/text.js';
import type { LintResult } from '../../src/lint.js';
import { localizeFinding } from '../../src/i18n/index.js';
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

  it('says why a location is a stream once per finding: in the message, or on a stream: line when the message does not', () => {
    const out = formatText(result, { cwd: fixtureDir, color: false });
    const blocks = out.split(/\n(?=\S)/).filter((b) => /^\S+:\d+:\d+ /.test(b));
    let withReason = 0;
    for (const f of result.findings) {
      const reasons = f.stream ?? [];
      if (!reasons.length) continue;
      const block = blocks.find((b) => b.includes(f.message))!;
      expect(block, f.message).toBeDefined();
      // The first reason stands for the list: it appears exactly once in the finding's block.
      expect(block.split(reasons[0]!).length - 1, block).toBe(1);
      withReason++;
    }
    expect(withReason).toBeGreaterThan(0);
  });

  it('says what was checked when nothing was found, and what --quiet left out', () => {
    const clean: LintResult = { ...result, findings: [], suppressed: 2 };
    expect(formatText(clean, { cwd: fixtureDir, color: false })).toBe('No problems found in 3 files, 1 stream location (2 suppressed inline).\nConfig: none (--no-config).\n');
    const quiet: LintResult = { ...result, findings: result.findings.filter((f) => f.severity === 'error'), suppressed: 0 };
    const out = formatText(quiet, { cwd: fixtureDir, color: false, hidden: { error: 0, warning: 2, info: 1 } });
    expect(out).toContain('3 problems (3 errors, 0 warnings, 0 info) in 3 of 3 files read, 1 stream location (2 warnings and 1 info not shown (--quiet)).\n');
    // Findings in one of the three files read.
    const one: LintResult = { ...result, findings: result.findings.filter((f) => f.ruleId === 'parse-error'), suppressed: 0 };
    expect(formatText(one, { cwd: fixtureDir, color: false })).toContain('1 problem (1 error, 0 warnings, 0 info) in 1 of 3 files read, 1 stream location.\n');
  });
});

describe('text report in Simplified Chinese', () => {
  const result = lintFixture();
  const zh = (r: LintResult, extra: { hidden?: { error: number; warning: number; info: number } } = {}): string =>
    formatText({ ...r, findings: r.findings.map((f) => localizeFinding(f, 'zh-CN')) }, { cwd: fixtureDir, color: false, locale: 'zh-CN', ...extra });

  it('labels, severities, fix hints and the summary come from the catalog', async () => {
    const out = zh(result);
    await expect(portable(out)).toMatchFileSnapshot('./__snapshots__/report.zh-CN.txt');
    for (const english of ['value:', 'stream:', 'related:', 'fix:', '(safe: --fix)', '  error  ', 'problems', 'fixable']) expect(out).not.toContain(english);
    expect(out).toContain('    取值：     proxy_buffering on：nginx 默认值，http、server、当前 location /events 中均未设置\n');
    expect(out).toContain('    修复：     在此 location 中关闭 proxy_buffering（安全修复：--fix）\n');
  });

  it('pads labels by display width, so Chinese labels line up', () => {
    const labelled = zh(result).split('\n').filter((l) => /^ {4}[^ |]/.test(l));
    expect(labelled.length).toBeGreaterThan(3);
    // Every label is followed by blanks up to the same display column (CJK characters are two columns wide).
    const width = (s: string): number => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
    expect(new Set(labelled.map((l) => width(l.match(/^ {4}\S+ +/)![0])))).toEqual(new Set([4 + 11]));
  });

  it('says what was checked and what --quiet left out, in Chinese', () => {
    const clean: LintResult = { ...result, findings: [], suppressed: 2 };
    expect(zh(clean)).toBe('检查了 3 个文件，1 个事件流 location，未发现问题（2 个被 sse-lint-disable 注释屏蔽）。\n配置：未使用（--no-config）。\n');
    const quiet: LintResult = { ...result, findings: result.findings.filter((f) => f.severity === 'error'), suppressed: 0 };
    expect(zh(quiet, { hidden: { error: 0, warning: 2, info: 1 } })).toContain('共 3 个问题（3 个错误，0 个警告，0 个提示），涉及读取的 3 个文件中的 3 个，1 个事件流 location（2 个警告和 1 个提示未显示（--quiet））。\n');
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
    const src = makeSource('/x/a.conf', text);
    expect(codeFrame(src, makeSpan(src, 0, text.length), 'error', plain, 'zh-CN').at(-1)).toBe('    | ……另有 2 行');
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
    expect(describeProvenance({ directive: 'proxy_buffering', value: 'on', origin: { kind: 'default', note: 'nginx default', basis: { kind: 'nginx' } }, levels: ['location /sse', 'server', 'http'] }, '/w'))
      .toBe('proxy_buffering on: nginx default, not set in http, server or this location /sse');
  });

  it('names the level and file:line of the directive in effect', () => {
    expect(describeProvenance({ directive: 'proxy_buffering', value: 'on', origin: { kind: 'directive', span, level: 'server' }, levels: ['location /sse', 'server'] }, '/w'))
      .toBe('proxy_buffering on: set in server (conf.d/app.conf:3)');
    expect(describeProvenance({ directive: 'proxy_buffering', value: 'on', origin: { kind: 'directive', span, level: 'location /sse' }, levels: ['location /sse'] }, '/w'))
      .toBe('proxy_buffering on: set in this location /sse (conf.d/app.conf:3)');
  });

  it('speaks Chinese when asked, rendering the default from its basis and keeping directive, levels and paths', () => {
    expect(describeProvenance({ directive: 'proxy_http_version', value: '1.0', origin: { kind: 'default', note: 'nginx default before 1.29.7', basis: { kind: 'versioned', when: 'before', version: '1.29.7' } }, levels: ['location /sse', 'server', 'http'] }, '/w', 'zh-CN'))
      .toBe('proxy_http_version 1.0：nginx 1.29.7 之前的默认值，http、server、当前 location /sse 中均未设置');
    expect(describeProvenance({ directive: 'proxy_buffering', value: 'on', origin: { kind: 'directive', span, level: 'server' }, levels: ['location /sse', 'server'] }, '/w', 'zh-CN'))
      .toBe('proxy_buffering on：在 server 中设置（conf.d/app.conf:3）');
    expect(describeProvenance({ directive: 'proxy_buffering', value: 'on', origin: { kind: 'directive', span, level: 'location /sse' }, levels: ['location /sse'] }, '/w', 'zh-CN'))
      .toBe('proxy_buffering on：在当前 location /sse 中设置（conf.d/app.conf:3）');
  });
});
