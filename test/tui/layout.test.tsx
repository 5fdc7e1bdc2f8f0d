// Every frame fits its terminal: 80x24, too small, wide (split), resized, and Chinese text at East Asian widths.
import { rmSync } from 'node:fs';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chineseTree, examplesCopy, sessionFor } from './fixtures.js';
import { startApp, stripAnsi, type Term } from './harness.js';
import type { Locale } from '../../src/i18n/index.js';

const dirs: string[] = [];
const terms: Term[] = [];
afterEach(() => {
  for (const t of terms.splice(0)) t.unmount();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function start(cols: number, rows: number, opts: { tree?: 'examples' | 'chinese'; locale?: Locale } = {}): Term {
  const dir = opts.tree === 'chinese' ? chineseTree() : examplesCopy();
  dirs.push(dir);
  const t = startApp(sessionFor([dir], { cwd: dir, locale: opts.locale ?? 'en' }), { cols, rows, locale: opts.locale ?? 'en' });
  terms.push(t);
  return t;
}

/** The invariants every frame must keep: no line wider than the terminal, one line fewer than it has, one cursor. */
function checkFrame(t: Term, cols: number, rows: number, cursors: number | null): void {
  const lines = stripAnsi(t.stdout.lastFrame()).replace(/\n$/, '').split('\n');
  expect(lines.length, 'frame height').toBeLessThanOrEqual(rows - 1);
  for (const l of lines) expect(stringWidth(l), `too wide: ${l}`).toBeLessThanOrEqual(cols);
  if (cursors !== null) expect(lines.filter((l) => l.includes('❯')).length, 'cursor markers').toBe(cursors);
}

describe('layout', () => {
  it('fits 80x24 in every view', async () => {
    const t = start(80, 24);
    await t.see('sse-lint › Overview');
    checkFrame(t, 80, 24, 1);
    t.press('findings');
    await t.see('sse-lint › Findings');
    checkFrame(t, 80, 24, 1);
    for (let i = 0; i < 30; i++) t.press('down');
    await t.see('stream-capacity');
    checkFrame(t, 80, 24, 1);
    t.press('filter');
    t.type('rule:buffering');
    t.key('enter');
    t.press('open');
    await t.see('sse-lint › Detail', 'buffering-on');
    checkFrame(t, 80, 24, null);
    t.press('fix');
    await t.see('1 staged');
    checkFrame(t, 80, 24, null);
    t.press('diff');
    await t.see('sse-lint › Pending diff');
    checkFrame(t, 80, 24, null);
    t.press('help');
    await t.see('sse-lint › Help', 'Undo the last applied fix');
    checkFrame(t, 80, 24, null);
    t.press('back');
    t.press('back');
    t.press('route');
    t.type('chat.example.com');
    t.key('enter');
    t.key('enter');
    await t.see('effective settings');
    checkFrame(t, 80, 24, null);
    t.key('escape');
    t.press('last');
    await t.see('add_header');
    checkFrame(t, 80, 24, null);
  });

  it('says the terminal is too small below 60x16 instead of drawing a broken layout', async () => {
    const t = start(59, 15);
    const f = await t.see('terminal too small: need 60x16, have 59x15');
    expect(f.split('\n').filter(Boolean)).toHaveLength(1);
    checkFrame(t, 59, 15, 0);
  });

  it('puts the list and the detail side by side from 120 columns', async () => {
    const t = start(120, 40);
    t.press('findings');
    const f = await t.see('sse-lint › Findings', 'http1-connection-limit', 'Code');
    // The detail of the finding under the cursor sits right of the list, on the same rows.
    const line = f.split('\n').find((l) => l.includes('▾ server chat.example.com:8443'));
    expect(line).toBeDefined();
    expect(f).toMatch(/❯ .*http1-conn/);
    checkFrame(t, 120, 40, 1);
    t.press('down', 'down');
    await t.see(/ i info  keepalive-ineffective  conf\.d\/chat\.example\.com\.conf:13:5/);
    checkFrame(t, 120, 40, 1);
  });

  it('redraws to the new size on resize', async () => {
    const t = start(100, 30);
    t.press('findings');
    await t.see('sse-lint › Findings');
    checkFrame(t, 100, 30, 1);
    t.resize(80, 24);
    await t.see('17 of 17');
    const lines = stripAnsi(t.stdout.lastFrame()).split('\n');
    await vi.waitFor(() => expect(stripAnsi(t.stdout.lastFrame()).split('\n').every((l) => stringWidth(l) <= 80)).toBe(true));
    expect(lines.length).toBeGreaterThan(0);
    checkFrame(t, 80, 24, 1);
    t.resize(59, 20);
    await t.see('terminal too small');
    t.resize(130, 40);
    await t.see('Code');
    checkFrame(t, 130, 40, 1);
  });

  it('renders Chinese at East Asian widths under zh-CN, at 80x24 and side by side', async () => {
    const t = start(80, 24, { tree: 'chinese', locale: 'zh-CN' });
    let f = await t.see('sse-lint › 概览', '聊天.例子.中国:8080');
    checkFrame(t, 80, 24, 1);
    t.press('findings');
    f = await t.see('sse-lint › 问题列表', '站点/聊天服务.conf');
    checkFrame(t, 80, 24, 1);
    t.press('open');
    f = await t.see('sse-lint › 详情', '代码');
    expect(f).toContain('location /事件/stream');
    checkFrame(t, 80, 24, null);
    t.resize(121, 30);
    await t.see('站点/聊天服务.conf (4)', '代码', '为何重要');
    expect(t.frame()).not.toContain('Each worker has');
    checkFrame(t, 121, 30, 1);
    t.resize(122, 30);
    await vi.waitFor(() => expect(stripAnsi(t.stdout.lastFrame()).split('\n').every((l) => stringWidth(l) <= 122)).toBe(true));
    checkFrame(t, 122, 30, 1);
  });
});
