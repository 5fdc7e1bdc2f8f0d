// Rule scenarios against real nginx: a stream served through an internal redirect (issue 16). The LLM gateway hands
// every request on with `try_files /nonexistent @$http_upgrade`; the named location `@` proxies it with nginx's
// defaults. sse-lint must report buffering-on and upstream-http10 on `@` (not on `location /`), nginx must show both
// on the wire (HTTP/1.0 at the backend, a lumped stream), and the fixes in `@` must make it stream.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeNginx, fetchStream, nginxConf, serverBlock, ssePath, startBackend, stopAll, type Backend } from './harness.js';
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
});
