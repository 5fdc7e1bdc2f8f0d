// The CLI with a config file, a baseline, locales, --init and --strict, end to end through main().
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-cfg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SITE = 'events {}\nhttp {\n    server {\n        listen 127.0.0.1:8080;\n        location /events {\n            proxy_pass http://127.0.0.1:9000;\n            proxy_buffering off;\n            proxy_http_version 1.1;\n        }\n    }\n}\n';

async function run(argv: string[], cwd: string, env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => Buffer.from(''), cwd, color: false, env };
  return { code: await main(argv, io), out, err };
}

function project(name: string, config?: unknown): string {
  const d = mkdtempSync(path.join(dir, `${name}-`));
  writeFileSync(path.join(d, 'nginx.conf'), SITE);
  if (config !== undefined) writeFileSync(path.join(d, 'sse-lint.config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return d;
}

describe('config file', () => {
  it('is found upward from the input and its rule levels and options apply', async () => {
    // A declared stream: nginx's default read timeout is reported there.
    const d = project('levels', { streams: ['/events'], rules: { 'read-timeout-short': ['error', { minSeconds: 120 }], 'http1-connection-limit': 'off', 'stream-capacity': 'off' } });
    const r = await run(['--format', 'json', 'nginx.conf'], d);
    const ids = JSON.parse(r.out).findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}:${f.severity}`);
    expect(ids).toContain('read-timeout-short:error');
    expect(ids.some((x: string) => x.startsWith('http1-connection-limit'))).toBe(false);
    expect(r.code).toBe(1);
  });

  it('a guessed stream says it is a guess and how to deny it; notStreams in the config denies it, streams confirms it', async () => {
    const calendar = SITE.replace('            proxy_buffering off;\n            proxy_http_version 1.1;\n', '');
    const findings = async (config?: unknown) => {
      const d = project('guess', config);
      writeFileSync(path.join(d, 'nginx.conf'), calendar);
      const r = await run(['--format', 'json', 'nginx.conf'], d);
      return { code: r.code, findings: JSON.parse(r.out).findings as { ruleId: string; severity: string; message: string }[] };
    };
    const guessed = await findings();
    const buffering = guessed.findings.find((f) => f.ruleId === 'buffering-on')!;
    expect(buffering.severity).toBe('warning');
    expect(buffering.message).toContain('(a guess: add "# sse-lint: stream" to the location to confirm it, or "# sse-lint: not-stream" or a notStreams pattern in the config to deny it)');
    expect(guessed.findings.every((f) => f.severity !== 'error')).toBe(true);
    const denied = await findings({ notStreams: ['/events'] });
    expect(denied).toEqual({ code: 0, findings: [] });
    const confirmed = await findings({ streams: ['/events'] });
    expect(confirmed.findings.filter((f) => f.ruleId === 'buffering-on').map((f) => f.severity)).toEqual(['error']);
  });

  it('a bad config stops before linting with exit 2, the JSON pointer and a suggestion', async () => {
    const d = project('bad', { rules: { 'bufering-on': 'error' } });
    const r = await run(['nginx.conf'], d);
    expect(r.code).toBe(2);
    expect(r.err).toContain('/rules/bufering-on');
    expect(r.err).toContain('did you mean "buffering-on"?');
    expect(r.out).toBe('');
  });

  it('invalid JSON names the line and column', async () => {
    const d = project('json', '{\n  "rules": {,\n}');
    const r = await run(['nginx.conf'], d);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/sse-lint\.config\.json:2:\d+/);
  });

  it('--init writes a starter config once and refuses to overwrite it', async () => {
    const d = project('init');
    const r = await run(['--init'], d);
    expect(r.code).toBe(0);
    expect(existsSync(path.join(d, 'sse-lint.config.json'))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(d, 'sse-lint.config.json'), 'utf8')).$schema).toBeDefined();
    expect((await run(['--init'], d)).code).toBe(2);
    // The starter config is itself valid.
    expect([0, 1]).toContain((await run(['nginx.conf'], d)).code);
  });
});

describe('baseline', () => {
  it('records findings and then reports only new ones, even when lines move', async () => {
    const d = project('baseline');
    expect((await run(['--baseline-write', 'base.json', 'nginx.conf'], d)).code).toBe(0);
    writeFileSync(path.join(d, 'nginx.conf'), `# moved down\n\n${SITE}`);
    const same = await run(['--baseline', 'base.json', '--format', 'json', 'nginx.conf'], d);
    expect(JSON.parse(same.out).findings).toEqual([]);
    expect(same.code).toBe(0);
    writeFileSync(path.join(d, 'nginx.conf'), `# moved down\n\n${SITE.replace('proxy_buffering off;', 'proxy_buffering off;\n            proxy_read_timeout 0;')}`);
    const more = await run(['--baseline', 'base.json', '--format', 'json', 'nginx.conf'], d);
    expect(JSON.parse(more.out).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['read-timeout-zero']);
  });
});

describe('locale and strict mode', () => {
  it('--locale zh-CN (or LANG=zh_CN.UTF-8) prints Chinese messages and summary', async () => {
    const d = project('zh');
    const a = await run(['--locale', 'zh-CN', 'nginx.conf'], d);
    expect(a.out).toMatch(/共 \d+ 个问题/);
    const b = await run(['nginx.conf'], d, { LANG: 'zh_CN.UTF-8' });
    expect(b.out).toBe(a.out);
    expect((await run(['--locale', 'fr', 'nginx.conf'], d)).code).toBe(2);
  });

  it('--strict reports every unknown directive as an error; without it a likely typo is a warning with the name meant, and other unknown names pass silently', async () => {
    const d = project('strict');
    writeFileSync(path.join(d, 'nginx.conf'), SITE.replace('proxy_buffering off;', 'proxy_buffering off;\n            proxy_passs http://x;\n            my_module_setting on;'));
    type F = { message: string; ruleId: string; severity: string };
    const loose = JSON.parse((await run(['--format', 'json', 'nginx.conf'], d)).out).findings as F[];
    expect(loose.filter((f) => f.message.includes('unknown directive')).map((f) => [f.ruleId, f.severity, f.message]))
      .toEqual([['unknown-directive', 'warning', 'unknown directive "proxy_passs"; did you mean "proxy_pass"?']]);
    const strict = JSON.parse((await run(['--strict', '--format', 'json', 'nginx.conf'], d)).out).findings as F[];
    expect(strict.filter((f) => f.message.startsWith('unknown directive "proxy_passs"')).map((f) => [f.ruleId, f.severity])).toEqual([['unknown-directive', 'error']]);
    expect(strict.some((f) => f.message === 'unknown directive "my_module_setting"' && f.severity === 'error')).toBe(true);
  });
});
