// Fix coverage: a value set in a snippet is fixed in the snippet when its only includer needs it, and by copying the
// snippet inline (unsafe) when another location includes it too; suggestions are shown (--diff, JSON, SARIF, text)
// and never applied by --fix.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-coverage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => Buffer.from(''), cwd, color: false, env: {} };
  return { code: await main(['--no-config', ...argv], io), out, err };
}

const SNIPPET = 'proxy_pass http://127.0.0.1:9000;\nproxy_set_header Host $host;\nproxy_buffering on;\n';

function tree(name: string, locations: string): string {
  const d = mkdtempSync(path.join(dir, `${name}-`));
  mkdirSync(path.join(d, 'snippets'));
  writeFileSync(path.join(d, 'snippets/proxy.conf'), SNIPPET);
  writeFileSync(path.join(d, 'nginx.conf'), `events {}\nhttp {\n    server {\n        listen 127.0.0.1:8080;\n${locations}    }\n}\n`);
  return d;
}

describe('a stream location whose included snippet turns buffering on', () => {
  it('only includer: --fix edits the snippet (safe), and a second run changes nothing', async () => {
    const d = tree('only', '        location /events {\n            include snippets/proxy.conf;\n        }\n');
    const r = await run(['--fix', '--rule', 'buffering-on', 'nginx.conf'], d);
    expect(r.err).toMatch(/applied 1 fix, wrote 1 file/);
    expect(readFileSync(path.join(d, 'snippets/proxy.conf'), 'utf8')).toBe(SNIPPET.replace('proxy_buffering on;', 'proxy_buffering off;'));
    expect(r.code).toBe(0);
    const again = await run(['--fix', '--rule', 'buffering-on', 'nginx.conf'], d);
    expect(again.err).toMatch(/applied 0 fixes, wrote 0 files/);
  });

  it('shared with a non-stream location: no safe fix; --unsafe-fixes copies the snippet inline in the stream location only', async () => {
    const d = tree('shared', '        location /events {\n            include snippets/proxy.conf;\n        }\n        location /api/ {\n            include snippets/proxy.conf;\n        }\n');
    const safe = await run(['--fix', '--rule', 'buffering-on', 'nginx.conf'], d);
    expect(safe.err).toMatch(/applied 0 fixes/);
    expect(safe.out).toContain('unsafe: --fix --unsafe-fixes');
    const r = await run(['--fix', '--unsafe-fixes', '--rule', 'buffering-on', 'nginx.conf'], d);
    expect(r.err).toMatch(/applied 1 fix, wrote 1 file/);
    expect(readFileSync(path.join(d, 'snippets/proxy.conf'), 'utf8')).toBe(SNIPPET);
    expect(readFileSync(path.join(d, 'nginx.conf'), 'utf8')).toBe('events {}\nhttp {\n    server {\n        listen 127.0.0.1:8080;\n'
      + '        location /events {\n            proxy_pass http://127.0.0.1:9000;\n            proxy_set_header Host $host;\n            proxy_buffering off;\n        }\n'
      + '        location /api/ {\n            include snippets/proxy.conf;\n        }\n    }\n}\n');
    const again = await run(['--fix', '--unsafe-fixes', '--rule', 'buffering-on', 'nginx.conf'], d);
    expect(again.err).toMatch(/applied 0 fixes/);
    expect(again.code).toBe(0);
  });

  it('with every rule on, as users run it: --fix fixes the snippet (and the rest), and a second run changes nothing', async () => {
    const d = tree('all-rules', '        location /events {\n            include snippets/proxy.conf;\n        }\n');
    const r = await run(['--fix', 'nginx.conf'], d);
    expect(r.err).toMatch(/applied [1-9]\d* fix(es)?, wrote 2 files/);
    expect(readFileSync(path.join(d, 'snippets/proxy.conf'), 'utf8')).toBe(SNIPPET.replace('proxy_buffering on;', 'proxy_buffering off;'));
    const json = JSON.parse((await run(['-f', 'json', 'nginx.conf'], d)).out);
    expect(json.findings.filter((f: { fix?: { applicability: string } }) => f.fix?.applicability === 'safe')).toEqual([]);
    const files = ['nginx.conf', 'snippets/proxy.conf'].map((f) => readFileSync(path.join(d, f), 'utf8'));
    const again = await run(['--fix', 'nginx.conf'], d);
    expect(again.err).toMatch(/applied 0 fixes, wrote 0 files/);
    expect(['nginx.conf', 'snippets/proxy.conf'].map((f) => readFileSync(path.join(d, f), 'utf8'))).toEqual(files);
  });

  // proxy.conf includes buffering.conf: buffering.conf has one include line, but is read in every location that
  // includes proxy.conf.
  function nested(name: string, locations: string): string {
    const d = mkdtempSync(path.join(dir, `${name}-`));
    mkdirSync(path.join(d, 'snippets'));
    writeFileSync(path.join(d, 'snippets/proxy.conf'), 'include snippets/buffering.conf;\nproxy_pass http://127.0.0.1:9000;\n');
    writeFileSync(path.join(d, 'snippets/buffering.conf'), 'proxy_buffering on;\n');
    writeFileSync(path.join(d, 'nginx.conf'), `events {}\nhttp {\n    server {\n        listen 127.0.0.1:8080;\n${locations}    }\n}\n`);
    return d;
  }

  it('a snippet reached through another snippet that a non-stream location includes too: no fix, and the finding says why', async () => {
    const d = nested('nested-shared', '        location /events {\n            include snippets/proxy.conf;\n        }\n        location /api/ {\n            include snippets/proxy.conf;\n        }\n');
    const json = JSON.parse((await run(['-f', 'json', '--rule', 'buffering-on', 'nginx.conf'], d)).out);
    expect(json.findings.map((f: { span: { file: string; line: number } }) => `${f.span.file}:${f.span.line}`)).toEqual(['snippets/buffering.conf:1']);
    expect(json.findings[0].fix).toBeUndefined();
    expect(json.findings[0].related.map((r: { message: string }) => r.message)).toEqual([
      'no fix offered: buffering.conf is also read in 1 place that does not need this change, and no edit limited to this one can be made here; change it by hand',
    ]);
    const r = await run(['--fix', '--unsafe-fixes', '--rule', 'buffering-on', 'nginx.conf'], d);
    expect(r.err).toMatch(/applied 0 fixes, wrote 0 files/);
    expect(readFileSync(path.join(d, 'snippets/buffering.conf'), 'utf8')).toBe('proxy_buffering on;\n');
  });

  it('a snippet reached through another snippet that only stream locations include: the safe fix edits it', async () => {
    const d = nested('nested-streams', '        location /events {\n            include snippets/proxy.conf;\n        }\n        location /stream {\n            # sse-lint: stream\n            include snippets/proxy.conf;\n        }\n');
    const r = await run(['--fix', '--rule', 'buffering-on', 'nginx.conf'], d);
    expect(r.err).toMatch(/applied 1 fix, wrote 1 file/);
    expect(readFileSync(path.join(d, 'snippets/buffering.conf'), 'utf8')).toBe('proxy_buffering off;\n');
    expect((await run(['--fix', '--rule', 'buffering-on', 'nginx.conf'], d)).err).toMatch(/applied 0 fixes, wrote 0 files/);
  });
});

describe('suggestions', () => {
  const CONF = 'events {}\nhttp {\n    gzip on;\n    gzip_types text/event-stream;\n    server {\n        listen 127.0.0.1:8080;\n        location /events {\n            proxy_pass http://127.0.0.1:9000;\n            proxy_buffering off;\n        }\n    }\n}\n';

  it('are shown by --diff, the text report, JSON and SARIF, and never applied by --fix', async () => {
    const d = mkdtempSync(path.join(dir, 'suggest-'));
    writeFileSync(path.join(d, 'nginx.conf'), CONF);
    const diff = await run(['--diff', '--rule', 'gzip-event-stream', 'nginx.conf'], d);
    expect(diff.out).toContain('# suggestion for gzip-event-stream at nginx.conf:7 (not applied by --fix): Turn gzip off for location /events');
    expect(diff.out).toContain('+            gzip off;');
    const text = await run(['--rule', 'gzip-event-stream', 'nginx.conf'], d);
    expect(text.out).toContain('Turn gzip off for location /events (suggestion: see --diff; never applied)');
    const json = JSON.parse((await run(['-f', 'json', '--rule', 'gzip-event-stream', 'nginx.conf'], d)).out);
    expect(json.findings[0].fix.applicability).toBe('suggestion');
    expect(json.summary.suggestions).toBe(1);
    expect(json.summary.fixable).toEqual({ safe: 0, unsafe: 0 });
    const sarif = JSON.parse((await run(['-f', 'sarif', '--rule', 'gzip-event-stream', 'nginx.conf'], d)).out);
    expect(sarif.runs[0].results[0].fixes[0].properties.applicability).toBe('suggestion');
    const fixed = await run(['--fix', '--unsafe-fixes', '--rule', 'gzip-event-stream', 'nginx.conf'], d);
    expect(fixed.err).toMatch(/applied 0 fixes, wrote 0 files/);
    expect(readFileSync(path.join(d, 'nginx.conf'), 'utf8')).toBe(CONF);
  });
});
