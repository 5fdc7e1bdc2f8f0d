// The gateway of issue 16 end to end: location / authorises and hands every request on with
// `try_files /nonexistent @$http_upgrade`; the named location `@` proxies the stream with buffering on and HTTP/1.0.
// The rules report there, with the chain in every format, and `route` prints the chain and @'s settings.
import * as path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { localizeFinding } from '../../src/i18n/index.js';
import { lintSync, type LintRun } from '../../src/pipeline/index.js';
import { formatJson } from '../../src/reporters/json.js';
import { formatSarif } from '../../src/reporters/sarif.js';
import { formatText } from '../../src/reporters/text.js';
import { englishProse } from '../helpers/english.js';
import { root } from '../helpers/shared.js';

const dir = path.join(root, 'test/fixtures/redirects/gateway');
const GW = 'sites-enabled/gw.conf';
/** Lines of sites-enabled/gw.conf. */
const LINE = { root: 16, tryFiles: 18, named: 21, websocket: 26 };

const configs = mkdtempSync(path.join(tmpdir(), 'sse-lint-redirects-'));
afterAll(() => rmSync(configs, { recursive: true, force: true }));

/** The gateway linted as the command line does, with --route URIs or a config file's `streams` patterns. */
function lint(marks: { routes?: string[]; streams?: string[] }): LintRun {
  let config: string | false = false;
  if (marks.streams) {
    config = path.join(configs, 'sse-lint.config.json');
    writeFileSync(config, JSON.stringify({ streams: marks.streams }));
  }
  return lintSync(['.'], { cwd: dir, config, nginxVersion: '1.18.0', ...(marks.routes ? { routes: marks.routes } : {}) });
}

function at(r: LintRun, line: number): string[] {
  return r.findings.filter((f) => f.span.file.endsWith(GW) && f.span.line === line).map((f) => f.ruleId).sort();
}

describe('the gateway: a stream proxied by the named location try_files hands it to', () => {
  const routed = lint({ routes: ['/v1/chat/completions'] });

  it('reports buffering-on and upstream-http10 on location @, nothing on location / or @websocket, no timeout anywhere', () => {
    expect(at(routed, LINE.named)).toEqual(['buffering-on', 'upstream-http10']);
    expect(at(routed, LINE.root)).toEqual([]);
    expect(at(routed, LINE.websocket)).toEqual([]);
    // location @ waits 300 s; location / proxies nothing, so its 60 s default is not the stream's.
    expect(routed.findings.filter((f) => f.ruleId === 'read-timeout-short' || f.ruleId === 'read-timeout-zero')).toEqual([]);
  });

  it('gives the chain as provenance: where the search landed, and try_files at file:line', () => {
    const f = routed.findings.find((x) => x.ruleId === 'buffering-on')!;
    expect(f.stream).toEqual([`--route /v1/chat/completions is served by location @ via try_files at ${GW}:${LINE.tryFiles}`]);
    expect(f.message).toContain(`Stream: --route /v1/chat/completions is served by location @ via try_files at ${GW}:${LINE.tryFiles}.`);
    expect(f.chain?.map((s) => [s.location, s.span?.line, s.via.map((v) => `${v.directive}:${v.span.line}`), s.conditions])).toEqual([
      ['location /', LINE.root, [], []],
      ['location @', LINE.named, [`try_files:${LINE.tryFiles}`], [{ kind: 'file', exists: false, directive: 'try_files' }, { kind: 'upgrade', upgrade: false }]],
    ]);
  });

  it('does the same when a stream pattern marks location / instead (the comment mark: fixtures of upstream-http10)', () => {
    const marked = lint({ streams: ['/'] });
    expect(at(marked, LINE.named)).toEqual(['buffering-on', 'upstream-http10']);
    expect(at(marked, LINE.root)).toEqual([]);
    expect(marked.findings.find((x) => x.ruleId === 'buffering-on')!.stream).toEqual([
      `location / (matches the stream pattern /) is served by location @ via try_files at ${GW}:${LINE.tryFiles}`,
    ]);
  });

  it('carries the chain in JSON (valid against the schema), SARIF and text, with paths as shown to the user', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'schema/report.schema.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const json = JSON.parse(formatJson(routed, { cwd: dir, color: false }));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    const chain = [
      { location: 'location /', span: expect.objectContaining({ file: GW, line: LINE.root }), via: [], conditions: [] },
      {
        location: 'location @', span: expect.objectContaining({ file: GW, line: LINE.named }),
        via: [{ directive: 'try_files', span: expect.objectContaining({ file: GW, line: LINE.tryFiles }) }],
        conditions: [{ kind: 'file', exists: false, directive: 'try_files' }, { kind: 'upgrade', upgrade: false }],
      },
    ];
    expect(json.findings.find((f: { ruleId: string }) => f.ruleId === 'buffering-on').chain).toEqual(chain);
    const sarif = JSON.parse(formatSarif(routed, { cwd: dir, color: false }));
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'upstream-http10');
    expect(result.properties.chain).toEqual(chain);
    const zh = localizeFinding(routed.findings.find((f) => f.ruleId === 'buffering-on')!, 'zh-CN');
    expect(zh.stream).toEqual([`--route /v1/chat/completions 经由 ${GW}:${LINE.tryFiles} 处的 try_files 由 location @ 处理`]);
    const text = formatText(routed, { cwd: dir, color: false });
    expect(text).toContain(`chain:   location / (${GW}:${LINE.root}) -> try_files (${GW}:${LINE.tryFiles}) -> location @ (${GW}:${LINE.named})`);
  });
});

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (out += s), readStdin: () => Buffer.from(''), cwd: dir, color: false };
  return { code: await main(argv, io), out };
}

describe('sse-lint route on the gateway', () => {
  it('prints the chain to location @, each hop with file:line, and the settings in effect there', async () => {
    const r = await run(['route', '--host', 'gw.example.com', '--nginx-version', '1.18.0', '/v1/chat/completions', '.']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.slice(1, 5)).toEqual([
      `route:   server gw.example.com (${GW}:5, exact server_name) -> location / (${GW}:${LINE.root}, longest prefix)`,
      `chain:   location / (${GW}:${LINE.root})`,
      `         -> location @ (${GW}:${LINE.named}) via try_files (${GW}:${LINE.tryFiles}): no file try_files names exists; $http_upgrade is empty (an ordinary request)`,
      `         -> served by location @ (${GW}:${LINE.named})`,
    ]);
    const other = r.out.slice(r.out.indexOf('other ways the request can take:\n'));
    expect(other).toContain(`\n  when a file try_files names exists: location / -> served by location / (${GW}:${LINE.root})\n`);
    expect(other).toContain(`\n  [WebSocket] when no file try_files names exists; $http_upgrade is set (a WebSocket upgrade); try_files's target is @websocket: location / -> try_files (${GW}:${LINE.tryFiles}) -> location @websocket -> served by location @websocket (${GW}:${LINE.websocket})`);
    expect(r.out).toContain(`handler: proxy via proxy_pass http://llm (${GW}:22)`);
    expect(r.out).toContain('effective settings in location @ (nginx 1.18.0):');
    expect(r.out).toContain('  proxy_buffering on: nginx default; not set in this location @, server or http');
    expect(r.out).toContain('  proxy_http_version 1.0: nginx default before 1.29.7; not set in this location @, server or http');
    expect(r.out).toContain(`  proxy_read_timeout 300s: proxy_read_timeout 300s (${GW}:23) in this location @`);
  });

  it('prints the chain and the other ways in Chinese, with no English prose in them', async () => {
    const r = await run(['route', '--locale', 'zh-CN', '--host', 'gw.example.com', '/v1/chat/completions', '.']);
    const lines = r.out.split('\n');
    const chain = lines.slice(2, 5);
    expect(chain).toEqual([
      `重定向链： location /（${GW}:${LINE.root}）`,
      `           -> location @（${GW}:${LINE.named}），经由 try_files (${GW}:${LINE.tryFiles})：try_files 所列的文件都不存在；$http_upgrade 为空（普通请求）`,
      `           -> 由 location @（${GW}:${LINE.named}）处理`,
    ]);
    const other = lines.slice(lines.indexOf('请求还可能这样走：'));
    expect(other.length).toBeGreaterThan(3);
    expect(englishProse([...chain, ...other].join('\n'))).toEqual([]);
  });

  it('says so when the request is marked: the stream is served by location @', async () => {
    const r = await run(['route', '--route', '/v1/chat/completions', '--host', 'gw.example.com', '/v1/chat/completions', '.']);
    expect(r.out).toContain(`stream:  yes: --route /v1/chat/completions is served by location @ via try_files at ${GW}:${LINE.tryFiles}`);
  });

  it('says that an internal location answers an external request with 404', async () => {
    const r = await run(['route', '--host', 'gw.example.com', '/auth', '.']);
    expect(r.out).toContain(`chain:   location = /auth (${GW}:9)\n         -> 404: the location is internal and the request is not (internal at ${GW}:10)\n`);
  });

  it('--all-proxies: the auth_request target is no stream, and route says why in English and Chinese', async () => {
    const r = await run(['--all-proxies', '--nginx-version', '1.18.0', '--format', 'json', '.']);
    const findings: { ruleId: string; span: { file: string; line: number } }[] = JSON.parse(r.out).findings;
    const on = (line: number): string[] => findings.filter((f) => f.span.file === GW && f.span.line === line).map((f) => f.ruleId).sort();
    expect(on(9)).toEqual([]);
    expect(on(LINE.named)).toEqual(['buffering-on', 'upstream-http10']);
    const why = `only auth_request subrequests reach it (auth_request /auth at ${GW}:17), and nginx discards their response body: no stream reaches a client through it`;
    expect((await run(['route', '--all-proxies', '--host', 'gw.example.com', '/auth', '.'])).out).toContain(`stream:  no: ${why}\n`);
    const zh = (await run(['route', '--all-proxies', '--locale', 'zh-CN', '--host', 'gw.example.com', '/auth', '.'])).out;
    const line = zh.split('\n').find((l) => l.includes('auth_request /auth'))!;
    expect(line).toContain(`${GW}:17`);
    expect(englishProse(line)).toEqual([]);
  });

  it('prints no chain for a request nothing moves (an if that may hold is no redirect)', async () => {
    let out = '';
    const io: Io = { stdout: (s) => (out += s), stderr: (s) => (out += s), readStdin: () => Buffer.from(''), cwd: root, color: false };
    expect(await main(['route', '--host', 'chat.example.com', '/v1/chat/completions', 'examples/'], io)).toBe(0);
    expect(out).toContain('-> location /v1/chat/completions');
    expect(out).not.toContain('chain:');
  });
});
