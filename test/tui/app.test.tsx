// The TUI flows on real sessions, driven through ink-testing-library: keys in, frames out, files checked on disk.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/tui/app.js';
import type { ReviewSession } from '../../src/tui/data.js';
import { keyBytes, keyOf, type ActionId } from '../../src/tui/keys.js';
import { examplesCopy, examplesDump, sessionFor } from './fixtures.js';
import { stripAnsi } from './harness.js';

const dirs: string[] = [];
const unmounts: (() => void)[] = [];
afterEach(() => {
  for (const u of unmounts.splice(0)) u();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const SITE = 'conf.d/chat.example.com.conf';

function open(session: ReviewSession) {
  let exited = false;
  const r = render(<App session={session} locale="en" toastMs={60_000} onExit={() => (exited = true)} />);
  unmounts.push(() => r.unmount());
  const frame = (): string => stripAnsi(r.lastFrame() ?? '');
  const see = async (...texts: (string | RegExp)[]): Promise<string> => {
    await vi.waitFor(() => {
      const f = frame();
      for (const t of texts) {
        if (typeof t === 'string') expect(f).toContain(t);
        else expect(f).toMatch(t);
      }
    }, { timeout: 5000, interval: 5 });
    return frame();
  };
  const gone = async (text: string): Promise<void> => {
    await vi.waitFor(() => expect(frame()).not.toContain(text), { timeout: 5000, interval: 5 });
  };
  return {
    frame, see, gone,
    press: (...ids: ActionId[]) => ids.forEach((id) => r.stdin.write(keyBytes(keyOf(id)))),
    key: (...names: string[]) => names.forEach((n) => r.stdin.write(keyBytes(n))),
    type: (text: string) => [...text].forEach((ch) => r.stdin.write(ch)),
    exited: () => vi.waitFor(() => expect(exited, 'the app asked to exit').toBe(true), { timeout: 5000, interval: 5 }),
  };
}

function examples() {
  const dir = examplesCopy();
  dirs.push(dir);
  return { dir, session: sessionFor([dir], { cwd: dir }), site: path.join(dir, SITE) };
}

/** Filters the list to one rule and opens the first finding. */
async function openRule(t: ReturnType<typeof open>, rule: string): Promise<void> {
  t.press('findings');
  await t.see('sse-lint › Findings');
  t.press('filter');
  t.type(`rule:${rule}`);
  t.key('enter');
  await t.see(`Filter: rule:${rule}`);
  t.press('open');
  await t.see('sse-lint › Detail', rule);
}

describe('sse-lint -i on the example tree', () => {
  it('opens on the overview: counts and one readiness row per server, marks as symbols', async () => {
    const { session } = examples();
    const t = open(session);
    const f = await t.see('sse-lint › Overview', 'chat.example.com:8443');
    expect(f).toContain('2 errors  8 warnings  7 info    8 fixes available (5 safe)');
    expect(f).toContain('2 stream locations in 1 server');
    // BUF breaks (buffering-on is an error), CACHE is fine, H2 is a note.
    const row = f.split('\n').find((l) => l.includes('chat.example.com:8443'))!;
    expect(row.replace(/\s+/g, ' ')).toContain('chat.example.com:8443 2 ✘ ! ! ✔ ! ✘ i');
    expect(f).toContain('✔ ok  ✘ breaks SSE  ! risky');
    expect(f).toContain('/v1/chat/completions');
  });

  it('shows every level of the merge chain: the one in effect, outer ones overridden', async () => {
    const { dir, site } = examples();
    writeFileSync(site, readFileSync(site, 'utf8').replace('    root /srv/chat/public;', '    root /srv/chat/public;\n    proxy_buffering on;'));
    writeFileSync(path.join(dir, 'nginx.conf'), readFileSync(path.join(dir, 'nginx.conf'), 'utf8').replace('    sendfile      on;', '    sendfile      on;\n    proxy_buffering off;'));
    const t = open(sessionFor([dir], { cwd: dir }));
    await openRule(t, 'buffering-on');
    const f = await t.see('Value in effect: proxy_buffering', /http\s+off/);
    expect(f).toMatch(/location \/v1\/chat\/completions\s+not set/);
    expect(f).toMatch(/server\s+on\s+\(effective\) conf\.d\/chat\.example\.com\.conf:6/);
    expect(f).toMatch(/http\s+off\s+\(overridden\) nginx\.conf:17/);
  });

  it('moves through the grouped list and filters it', async () => {
    const { session } = examples();
    const t = open(session);
    t.press('findings');
    let f = await t.see('▾ conf.d/chat.example.com.conf (16)', '▾ server chat.example.com:8443', '▾ location /v1/chat/completions (12)');
    expect(f).toMatch(/❯\s+i info\s+http1-connection-limit/);
    t.press('down', 'down');
    f = await t.see(/❯\s+i info\s+keepalive-ineffective/);
    t.press('filter');
    t.type('sev:error');
    f = await t.see('2 of 17');
    t.key('enter');
    f = await t.see('Filter: sev:error', /❯\s+✘ error\s+buffering-on/);
    expect(f).toContain('cors-credentials-wildcard');
    expect(f).not.toContain('read-timeout-short');
    // Esc clears the filter, then goes back to the overview.
    t.press('back');
    await t.see('17 of 17');
    t.press('back');
    await t.see('sse-lint › Overview');
  });

  it('shows a finding in full: code frame, value in effect, stream reason, explanation, fix diff', async () => {
    const { session } = examples();
    const t = open(session);
    await openRule(t, 'buffering-on');
    let f = await t.see('✘ error  buffering-on', 'Code', '18 |     location /v1/chat/completions {');
    expect(f).toMatch(/\|\s+\^{10,}/);
    expect(f).toContain('Value in effect: proxy_buffering');
    expect(f).toMatch(/location \/v1\/chat\/completions\s+not set/);
    expect(f).toMatch(/server\s+not set/);
    expect(f).toMatch(/http\s+not set/);
    expect(f).toMatch(/nginx default\s+on\s+\(effective\)/);
    t.press('last');
    f = await t.see('Fix [safe] Turn proxy_buffering off for this location', '+        proxy_buffering off;');
    expect(f).toContain(`--- a/${SITE}`);
    t.press('first');
    await t.see('✘ error  buffering-on');
    for (let i = 0; i < 12; i++) t.press('down');
    await t.see('Why this counts as a stream', 'Why it matters');
  });

  it('applies a fix in memory, shows the pending diff, undoes it; the disk never changes', async () => {
    const { session, site } = examples();
    const before = readFileSync(site, 'utf8');
    const t = open(session);
    await openRule(t, 'buffering-on');
    t.press('fix');
    await t.see('staged: Turn proxy_buffering off for this location', '1 staged');
    t.press('diff');
    const f = await t.see('sse-lint › Pending diff', '+        proxy_buffering off;');
    expect(f).toContain(`+++ b/${SITE}`);
    t.press('undo');
    await t.see('undid 1 fix');
    await t.gone('1 staged');
    t.press('redo');
    await t.see('redid 1 fix', '1 staged');
    expect(readFileSync(site, 'utf8')).toBe(before);
  });

  it('writes: w lists the files and asks, y writes through the atomic writer, the list is linted again', async () => {
    const { session, site } = examples();
    const t = open(session);
    await openRule(t, 'buffering-on');
    t.press('fix');
    await t.see('1 staged');
    t.press('write');
    const f = await t.see('Write 1 file?', `+1 -0  ${SITE}`, 'y write    n or Esc cancel');
    expect(f).not.toContain('1 staged  ');
    t.key('n');
    await t.gone('Write 1 file?');
    expect(readFileSync(site, 'utf8')).not.toContain('proxy_buffering off;\n        proxy_set_header X-Accel');
    t.press('write');
    await t.see('Write 1 file?');
    t.key('y');
    await t.see('wrote 1 file');
    const text = readFileSync(site, 'utf8');
    expect(text).toMatch(/location \/v1\/chat\/completions \{\n(.*\n)*?\s+proxy_buffering off;/);
    expect(session.diskFindings().some((x) => x.ruleId === 'buffering-on' && x.span.line === 18)).toBe(false);
    t.press('findings');
    t.press('filter');
    t.key('ctrl-u');
    t.type('rule:buffering-on');
    t.key('enter');
    await t.see('0 of 16', 'No findings match.');
  });

  it('asks before an unsafe fix and says what changes; Enter does nothing, y applies', async () => {
    const { session } = examples();
    const t = open(session);
    await openRule(t, 'accel-buffering-request-header');
    t.press('fix');
    const f = await t.see('Apply an unsafe fix?', 'What changes in behaviour:', '-        proxy_set_header X-Accel-Buffering no;');
    expect(f).toContain('y apply    n or Esc cancel');
    t.key('enter');
    t.key('escape');
    await t.gone('Apply an unsafe fix?');
    expect(t.frame()).not.toContain('staged');
    t.press('fix');
    await t.see('Apply an unsafe fix?');
    t.key('y');
    await t.see('staged: Remove the proxy_set_header X-Accel-Buffering line', '1 staged');
  });

  it('shows a suggestion with its diff but never applies it', async () => {
    const { session, site } = examples();
    const before = readFileSync(site, 'utf8');
    const t = open(session);
    t.press('findings');
    t.press('filter');
    t.type('fix:suggestion');
    t.key('enter');
    await t.see('Filter: fix:suggestion', /❯.*suggestion/);
    t.press('open');
    t.press('last');
    await t.see('[suggestion: shown, never applied]', /^\s+[+-]\s/m);
    t.press('fix');
    await t.see('offers a suggestion that needs your choice');
    expect(t.frame()).not.toContain('staged');
    expect(session.snapshot().staged).toEqual([]);
    expect(readFileSync(site, 'utf8')).toBe(before);
  });

  it('applies every safe fix after asking', async () => {
    const { session } = examples();
    const t = open(session);
    t.press('fixAll');
    await t.see('Apply 5 safe fixes?');
    t.key('y');
    await t.see('staged 5 fixes', '5 staged');
    expect(session.snapshot().items.filter((i) => i.finding.fix?.applicability === 'safe')).toHaveLength(0);
  });

  it('explores routes: host and URI typed in, the server and location nginx picks, settings with provenance', async () => {
    const { session } = examples();
    const t = open(session);
    t.press('route');
    await t.see('sse-lint › Route explorer', '❯ Host');
    t.type('chat.example.com');
    t.key('tab');
    t.key('ctrl-u');
    // q and ? are text here: the app neither quits nor opens the help.
    t.type('/v1/chat/completions?q=1');
    await t.see('/v1/chat/completions?q=1');
    t.key('enter');
    const f = await t.see('route:', 'proxy_buffering on: nginx default');
    expect(f).toContain('location /v1/chat/completions');
    expect(f).toContain('stream: yes: path /v1/chat/completions');
    t.press('back');
    await t.see('sse-lint › Overview');
  });

  it('quits at once when nothing is unwritten', async () => {
    const { session } = examples();
    const t = open(session);
    await t.see('sse-lint › Overview');
    t.press('quit');
    await t.exited();
  });

  it('asks before quitting with unwritten changes: Esc stays, d discards and quits', async () => {
    const { session, site } = examples();
    const before = readFileSync(site, 'utf8');
    const t = open(session);
    await openRule(t, 'buffering-on');
    t.press('fix');
    await t.see('1 staged');
    t.press('quit');
    await t.see('Changes in 1 file are not written.', 'w write    d discard and quit    Esc stay');
    t.key('escape');
    await t.gone('are not written');
    t.press('quit');
    await t.see('are not written');
    t.key('d');
    await t.exited();
    expect(readFileSync(site, 'utf8')).toBe(before);
  });

  it('on a dump, w saves the pending diff as a patch file instead of writing', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'sse-lint-tui-dump-'));
    dirs.push(cwd);
    const session = sessionFor(['-'], { cwd, stdin: examplesDump() });
    const t = open(session);
    await openRule(t, 'buffering-on');
    expect(t.frame()).toContain('/etc/nginx/conf.d/chat.example.com.conf:18');
    t.press('fix');
    await t.see('1 staged');
    t.press('write');
    await t.see('A dump is never written. Save the pending diff as: sse-lint.patch');
    t.key('enter');
    await t.see('patch saved to sse-lint.patch');
    const patch = readFileSync(path.join(cwd, 'sse-lint.patch'), 'utf8');
    expect(patch).toContain('--- a//etc/nginx/conf.d/chat.example.com.conf');
    expect(patch).toContain('+        proxy_buffering off;');
    expect(existsSync('/etc/nginx/conf.d/chat.example.com.conf') && readFileSync('/etc/nginx/conf.d/chat.example.com.conf', 'utf8').includes('llm_backend')).toBe(false);
  });

  it('honours --verify-with-nginx: a rejecting nginx -t stops the write and its verdict is shown', async () => {
    const dir = examplesCopy();
    dirs.push(dir);
    const bin = path.join(dir, 'fake-nginx');
    writeFileSync(bin, '#!/bin/sh\necho "nginx: [emerg] unknown directive \\"proxy_buffering\\" in test" >&2\nexit 1\n');
    chmodSync(bin, 0o755);
    const site = path.join(dir, SITE);
    const before = readFileSync(site, 'utf8');
    const t = open(sessionFor([dir], { cwd: dir, verifyWith: bin }));
    await openRule(t, 'buffering-on');
    t.press('fix');
    await t.see('1 staged');
    t.press('write');
    await t.see(`First ${bin} -t checks a copy of the fixed config`);
    t.key('y');
    await t.see('nginx -t rejected the fixed config; nothing was written', 'unknown directive');
    expect(readFileSync(site, 'utf8')).toBe(before);
  });

  it('honours --verify-with-nginx with real nginx: the check passes and the file is written', async (ctx) => {
    if (!existsSync('/usr/sbin/nginx')) {
      if (process.env.CI === 'true') throw new Error('CI must have /usr/sbin/nginx');
      ctx.skip('/usr/sbin/nginx is not installed');
    }
    const dir = examplesCopy();
    dirs.push(dir);
    const t = open(sessionFor([dir], { cwd: dir, verifyWith: '/usr/sbin/nginx' }));
    await openRule(t, 'buffering-on');
    t.press('fix');
    await t.see('1 staged');
    t.press('write');
    await t.see('Write 1 file?');
    t.key('y');
    await t.see('wrote 1 file (/usr/sbin/nginx -t passed)');
    expect(readFileSync(path.join(dir, SITE), 'utf8')).toContain('proxy_buffering off;');
  });

  it('refuses to write over a file that changed on disk since it was read', async () => {
    const { session, site } = examples();
    const t = open(session);
    await openRule(t, 'buffering-on');
    t.press('fix');
    await t.see('1 staged');
    const before = readFileSync(site, 'utf8');
    writeFileSync(site, `${before}\n# edited elsewhere\n`);
    t.press('write');
    await t.see('Write 1 file?');
    t.key('y');
    await t.see('Nothing was written', 'changed on disk since it was read');
    expect(readFileSync(site, 'utf8')).toBe(`${before}\n# edited elsewhere\n`);
  });
});
