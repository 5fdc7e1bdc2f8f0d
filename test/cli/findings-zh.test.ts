// The findings of a zh-CN report of examples/ are Chinese: what sse-lint writes in messages, related notes, fix
// titles, stream reasons and value lines is translated; only nginx text (the `code` values of the message data:
// directive names, values, paths, file:line) stays as written.
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { englishProse } from '../helpers/english.js';
import { root } from '../helpers/shared.js';

async function run(argv: string[]): Promise<string> {
  let out = '';
  const io: Io = { stdout: (s) => (out += s), stderr: () => {}, readStdin: () => new Uint8Array(), cwd: root, color: false, env: {} };
  await main(argv, io);
  return out;
}

/** Every `code` value in the message data of a JSON report (message, related notes, fix title), longest first. */
function codeTexts(report: { findings: unknown[] }): string[] {
  const out = new Set<string>();
  JSON.stringify(report.findings, (k, v: unknown) => {
    if (v && typeof v === 'object' && (v as { kind?: unknown }).kind === 'code') out.add((v as { text: string }).text);
    return v;
  });
  return [...out].filter((t) => t.trim() !== '').sort((a, b) => b.length - a.length);
}

/**
 * The finding text of a text report with the nginx text taken out: the message of each finding line and the content
 * of its detail lines (after the label); code frames (`  12 | ...`), labels and the summary are the report's own.
 */
function findingText(report: string, code: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of report.split('\n')) {
    const finding = /^\S+:\d+:\d+ {2}\S+ {2}(.*) {2}[a-z0-9-]+$/.exec(line);
    const detail = /^ {4}(?!\d* *\|)\S+?[:：]\s+(.*)$/.exec(line);
    let text = finding?.[1] ?? detail?.[1];
    if (text === undefined) continue;
    for (const c of code) text = text.split(c).join(' _ ');
    out.push(text);
  }
  return out;
}

describe('zh-CN findings of examples/', () => {
  it('have no English prose outside directive names, paths and values', async () => {
    const json = JSON.parse(await run(['examples/', '--locale', 'zh-CN', '--format', 'json'])) as { findings: { message: string }[] };
    const code = codeTexts(json);
    expect(code).toContain('proxy_buffering');
    const text = await run(['examples/', '--locale', 'zh-CN']);
    const lines = findingText(text, code);
    expect(lines.length).toBeGreaterThan(json.findings.length);
    // What is left besides nginx text is Chinese: no run of three English words anywhere.
    expect(lines.flatMap((l) => englishProse(l).map((p) => `"${p}" in: ${l}`))).toEqual([]);
    // The JSON messages are the same Chinese text.
    for (const f of json.findings) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('the same check finds the English of the English report', async () => {
    const json = JSON.parse(await run(['examples/', '--format', 'json'])) as { findings: unknown[] };
    const lines = findingText(await run(['examples/']), codeTexts(json));
    expect(lines.flatMap((l) => englishProse(l)).length).toBeGreaterThan(lines.length / 2);
  });
});
