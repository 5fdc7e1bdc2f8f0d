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
    const conf = readFileSync(path.join(d, 'nginx.conf'), 'utf8');
    expect(conf).toContain('        location /events {\n            proxy_pass http://127.0.0.1:9000;\n            proxy_set_header Host $host;\n            proxy_buffering off;\n        }');
    expect(conf).toContain('        location /api/ {\n            include snippets/proxy.conf;\n        }');
    const again = await run(['--fix', '--unsafe-fixes', '--rule', 'buffering-on', 'nginx.conf'], d);
    expect(again.err).toMatch(/applied 0 fixes/);
    expect(again.code).toBe(0);
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
