// A zh-CN text report of examples/ has no English labels or prose: directive names, paths and values stay as written.
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { englishProse } from '../helpers/english.js';
import { root } from '../helpers/shared.js';

async function report(argv: string[]): Promise<string> {
  let out = '';
  const io: Io = { stdout: (s) => (out += s), stderr: () => {}, readStdin: () => new Uint8Array(), cwd: root, color: false, env: {} };
  await main(argv, io);
  return out;
}

/** English words the report itself would write (labels, severities, hints, summary); none may be left. */
const REPORT_WORDS = /\b(?:value|stream|related|fix|safe|unsafe|error|warning|info|problems?|files?|fixable|suppressed|shown|found)\b/;

/** What is wrong with a report that should be Chinese: English labels, severities, summary words or prose. */
function englishIn(text: string): string[] {
  const bad: string[] = [];
  // Code frames quote the config (`  12 |     proxy_pass ...;`): they stay as written.
  const lines = text.split('\n').filter((l) => l !== '' && !/^ +\d* \|/.test(l));
  for (const line of lines) {
    const finding = /^\S+:\d+:\d+ {2}(\S+) {2}/.exec(line);
    if (finding && !/^[\u4e00-\u9fff]+$/.test(finding[1]!)) bad.push(`severity: ${line}`);
    const detail = /^ {4}(\S+?)[:：]?\s/.exec(line);
    if (detail && !/[\u4e00-\u9fff]/.test(detail[1]!)) bad.push(`label: ${line}`);
    if (detail && /\((?:safe|unsafe): /.test(line)) bad.push(`fix hint: ${line}`);
    // Summary lines (no file position, no indentation) carry only Chinese, numbers, flags and `location`.
    if (!finding && !detail && !line.startsWith('examples/') && REPORT_WORDS.test(line.replace(/--[a-z-]+/g, ''))) bad.push(`summary: ${line}`);
  }
  for (const prose of englishProse(lines.join('\n'))) bad.push(`prose: ${prose}`);
  return bad;
}

describe('zh-CN text report of examples/', () => {
  it('has no English labels, severities, fix hints, summary words or prose', async () => {
    const zh = await report(['examples/', '--locale', 'zh-CN']);
    expect(zh).toMatch(/共 \d+ 个问题/);
    expect(zh).toContain('    取值：');
    expect(zh).toContain('    相关位置：');
    expect(zh).toMatch(/（安全修复：--fix）\n/);
    expect(zh).toMatch(/（不安全的修复：--fix --unsafe-fixes）\n/);
    expect(englishIn(zh)).toEqual([]);
  });

  it('keeps directive names, paths and values as written', async () => {
    const zh = await report(['examples/', '--locale', 'zh-CN']);
    expect(zh).toContain('examples/conf.d/chat.example.com.conf:18:5  错误  proxy_buffering 在此处为 on');
    expect(zh).toContain('proxy_buffering on：nginx 默认值，http、server、当前 location /v1/chat/completions 中均未设置');
    expect(zh).toContain('  20 |         proxy_set_header X-Accel-Buffering no;   # folklore: this does not turn buffering off');
  });

  it('the same check finds the English in the English report', async () => {
    const en = await report(['examples/']);
    const bad = englishIn(en);
    for (const kind of ['severity', 'label', 'fix hint', 'summary', 'prose']) expect(bad.some((b) => b.startsWith(`${kind}: `)), kind).toBe(true);
  });
});
