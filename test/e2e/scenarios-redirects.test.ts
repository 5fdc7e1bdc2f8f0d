// Rule scenarios against real nginx: a stream served through an internal redirect (issue 16). The LLM gateway hands
// every request on with `try_files /nonexistent @$http_upgrade`; the named location `@` proxies it with nginx's
// defaults. sse-lint must report buffering-on and upstream-http10 on `@` (not on `location /`), nginx must show both
// on the wire (HTTP/1.0 at the backend, a lumped stream), and the fixes in `@` must make it stream.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/model/includes.js';
import { lintTree } from '../../src/lint.js';
import { describeNginx, fetchStream, nginxConf, request, serverBlock, ssePath, startBackend, stopAll, type Backend } from './harness.js';
import {
  EVENTS, cleanupMaterialized, cliFix, describeFindings, expectIncremental, expectLumped, expectNginxAccepts, lineDiff, lintFile, materialize, note,
  printMeasured, timing, withNginx,
} from './scenario-kit.js';

const STREAM = ssePath({ events: EVENTS });
/** Debian's nginx here is 1.22: HTTP/1.0 to the backend by default. */
const VERSION = '1.22.1';

afterAll(async () => {
  await stopAll();
  cleanupMaterialized();
  printMeasured('scenarios: redirects');
});

describeNginx('rule scenarios: a stream served through try_files to a named location', () => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await startBackend();
  });

  it('the gateway: @ proxies with buffering on and HTTP/1.0; the findings are on @ and their fixes there stream it', async () => {
    const m = await materialize(nginxConf({
      servers: serverBlock(`
        server_name gw.example.test;
        location = /auth { internal; return 204; }
        location / {
            # sse-lint: stream
            auth_request /auth;
            try_files /nonexistent @$http_upgrade;
        }
        location @ {
            proxy_pass {{BACKEND}};
            proxy_read_timeout 300s;
        }`),
    }), { backend });
    const lines = m.text.split('\n');
    const at = (needle: string): number => lines.findIndex((l) => l.includes(needle)) + 1;
    const findings = lintFile(m.file, { nginxVersion: VERSION });
    const on = (line: number): string[] => findings.filter((f) => f.span.line === line).map((f) => f.ruleId).sort();
    expect(on(at('location @ {')), describeFindings(findings)).toEqual(expect.arrayContaining(['buffering-on', 'upstream-http10']));
    expect(on(at('location / {')), describeFindings(findings)).toEqual([]);
    expect(findings.filter((f) => f.ruleId.startsWith('read-timeout')), describeFindings(findings)).toEqual([]);
    const stream = findings.find((f) => f.ruleId === 'buffering-on')!.stream ?? [];
    expect(stream.join('; ')).toMatch(/^location \/ \(marked with # sse-lint: stream\) is served by location @ via try_files at nginx\.conf:\d+$/);

    const seen = backend.requests.length;
    const broken = await withNginx(m.text, m, (ngx) => fetchStream(ngx.url + STREAM, { lockstep: backend.gate }));
    // The request went through auth_request and try_files to @, which proxied it with HTTP/1.0.
    expect(backend.requests[seen]?.httpVersion).toBe('1.0');
    expectLumped(broken);

    const fix = await cliFix(m.file, ['buffering-on', 'upstream-http10'], { extra: ['--nginx-version', VERSION] });
    expect(lineDiff(fix.before, fix.after)).toEqual({ added: ['proxy_buffering off;', 'proxy_http_version 1.1;'], removed: [] });
    // Both lines went into @, the location that proxies.
    const fixed = fix.after.split('\n');
    const named = fixed.findIndex((l) => l.includes('location @ {'));
    const end = fixed.findIndex((l, i) => i > named && l.trim() === '}');
    expect(fixed.slice(named, end).map((l) => l.trim())).toEqual(expect.arrayContaining(['proxy_buffering off;', 'proxy_http_version 1.1;']));
    expect(lintFile(m.file, { nginxVersion: VERSION }).filter((f) => f.ruleId === 'buffering-on' || f.ruleId === 'upstream-http10')).toEqual([]);
    await expectNginxAccepts(fix.after, m);

    const again = backend.requests.length;
    const streamed = await withNginx(fix.after, m, (ngx) => fetchStream(ngx.url + STREAM, { lockstep: backend.gate }));
    expect(backend.requests[again]?.httpVersion).toBe('1.1');
    expectIncremental(streamed);
    note('gateway (try_files to @)', `broken: ${timing(broken)} | fixed in @: ${timing(streamed)}`);
  });

  it('--all-proxies leaves out an internal auth_request target: nginx drops its response body, so nothing it proxies reaches a client', async () => {
    const events = ssePath({ events: EVENTS, intervalMs: 20 });
    const m = await materialize(nginxConf({
      servers: [serverBlock(`
        server_name api.example.test;
        location = /app {
            auth_request /auth;
            proxy_pass {{BACKEND}}/echo;
        }
        location = /auth {
            internal;
            proxy_pass {{BACKEND}}${events};
        }
        location = /verify {
            proxy_pass {{BACKEND}}${events};
        }`), serverBlock(`
        server_name admin.example.test;
        location = /app {
            auth_request /check;
            proxy_pass {{BACKEND}}/echo;
        }
        location = /check {
            internal;
            proxy_pass {{BACKEND}}${events};
        }
        location /legacy-check {
            rewrite ^ /check last;
        }`, 'PORT_ADMIN')],
    }), { backend });
    const lines = m.text.split('\n');
    const at = (needle: string): number => lines.findIndex((l) => l.includes(needle)) + 1;
    const findings = lintTree(loadConfig([m.file]), { model: { nginxVersion: VERSION, allProxies: true } }).findings;
    const on = (line: number): string[] => findings.filter((f) => f.span.line === line).map((f) => f.ruleId).sort();
    expect(on(at('location = /auth {')), describeFindings(findings)).toEqual([]);
    expect(on(at('location = /verify {')), describeFindings(findings)).toContain('buffering-on');
    expect(on(at('location = /check {')), describeFindings(findings)).toContain('buffering-on');

    await withNginx(m.text, m, async (ngx) => {
      const admin = `http://127.0.0.1:${ngx.ports['PORT_ADMIN']}`;
      const seen = backend.requests.length;
      // The auth subrequest fetched the event stream, and the client got the main response without a byte of it.
      const app = await request(ngx.url + '/app');
      expect(app.status).toBe(200);
      expect(JSON.parse(app.body).url).toBe('/echo');
      expect(app.body).not.toContain('data:');
      expect(backend.requests.slice(seen).map((r) => r.url)).toContain(events);
      // A client cannot ask for the internal location; the endpoint that is not internal streams to whoever asks.
      expect((await request(ngx.url + '/auth')).status).toBe(404);
      expect((await request(ngx.url + '/verify')).body.match(/^data:/gm)).toHaveLength(EVENTS);
      // The internal /check is reached by a client through a rewrite: the stream it proxies goes to that client.
      expect((await request(admin + '/legacy-check')).body.match(/^data:/gm)).toHaveLength(EVENTS);
    });
  });
});
