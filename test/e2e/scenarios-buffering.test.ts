// Rule scenarios against real nginx, part 1: buffering (buffering-on for proxy and FastCGI, accel-buffering-ignored,
// accel-buffering-request-header, cache-on-stream) and the "harmless" gzip-event-stream claim.
// Each scenario: a realistic config with the rule's problem is written with real loopback addresses, linted (the
// rule must fire), run under nginx (the breakage is measured on the wire), fixed with `sse-lint --fix --rule <id>`
// (`main()` in process), checked with `nginx -t`, and run again (the stream must be incremental and complete).
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeNginx, fetchStream, nginxConf, rawHeaderValues, serverBlock, ssePath, startBackend, stopAll, summarize,
  type Backend, type NginxInstance,
} from './harness.js';
import { startFastcgiBackend, type FastcgiBackend } from './fastcgi-backend.js';
import {
  EVENTS, cleanupMaterialized, cliFix, expectFinding, expectIncremental, expectLumped, findingsOf, lineDiff, lintFile, materialize, note, printMeasured, runConfig, testConfig, timing, type Materialized, withNginx, expectNginxAccepts,
} from './scenario-kit.js';

const STREAM = ssePath({ events: EVENTS });

afterAll(async () => {
  await stopAll();
  cleanupMaterialized();
  printMeasured('scenarios: buffering');
});



describeNginx('rule scenarios: buffering', () => {
  let backend: Backend;
  let fcgi: FastcgiBackend;
  beforeAll(async () => {
    backend = await startBackend();
    fcgi = await startFastcgiBackend();
  });
  afterAll(async () => { await fcgi?.stop(); });

  it('buffering-on (proxy): default proxy_buffering lumps the stream; the fix streams it', async () => {
    const m = await materialize(nginxConf({
      servers: serverBlock(`
        server_name chat.example.test;
        location /sse {
            # sse-lint: stream
            proxy_pass {{BACKEND}};
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        }`),
    }), { backend });
    expectFinding(m.file, 'buffering-on', { severity: 'error', message: /proxy_buffering is on here \(nginx default/ });

    const broken = await withNginx(m.text, m, (ngx) => fetchStream(ngx.url + STREAM, { lockstep: backend.gate }));
    expectLumped(broken);

    const fix = await cliFix(m.file, ['buffering-on']);
    expect(lineDiff(fix.before, fix.after)).toEqual({ added: ['proxy_buffering off;'], removed: [] });
    expect(findingsOf(lintFile(m.file), 'buffering-on')).toEqual([]);
    await expectNginxAccepts(fix.after, m);
    const fixed = await withNginx(fix.after, m, (ngx) => fetchStream(ngx.url + STREAM, { lockstep: backend.gate }));
    expectIncremental(fixed);
    note('buffering-on (proxy)', `broken: ${timing(broken)} | fixed (+proxy_buffering off): ${timing(fixed)}`);
  });

  it('buffering-on (FastCGI): default fastcgi_buffering lumps the stream; the fix streams it', async () => {
    const m = await materialize(nginxConf({
      servers: serverBlock(`
        location /events.php {
            # sse-lint: stream
            fastcgi_param SCRIPT_FILENAME /srv/app/events.php;
            fastcgi_param QUERY_STRING $query_string;
            fastcgi_param REQUEST_METHOD $request_method;
            fastcgi_pass {{FCGI}};
        }`),
    }), { vars: { FCGI: fcgi.address } });
    expectFinding(m.file, 'buffering-on', { severity: 'error', message: /fastcgi_buffering is on here/ });
    const url = (ngx: NginxInstance) => `${ngx.url}/events.php?n=${EVENTS}`;

    const before = fcgi.requests.length;
    const broken = await withNginx(m.text, m, (ngx) => fetchStream(url(ngx), { lockstep: fcgi.gate }));
    expect(fcgi.requests[before]?.params['SCRIPT_FILENAME']).toBe('/srv/app/events.php');
    expect(fcgi.requests[before]?.eventWrites).toHaveLength(EVENTS);
    expectLumped(broken);

    const fix = await cliFix(m.file, ['buffering-on']);
    expect(lineDiff(fix.before, fix.after)).toEqual({ added: ['fastcgi_buffering off;'], removed: [] });
    await expectNginxAccepts(fix.after, m);
    const fixed = await withNginx(fix.after, m, (ngx) => fetchStream(url(ngx), { lockstep: fcgi.gate }));
    expectIncremental(fixed);
    note('buffering-on (fastcgi)', `broken: ${timing(broken)} | fixed (+fastcgi_buffering off): ${timing(fixed)}`);
  });

  it('accel-buffering-ignored: the backend\'s "X-Accel-Buffering: no" is ignored; removing the ignore lets it stream', async () => {
    const m = await materialize(nginxConf({
      servers: serverBlock(`
        location /sse {
            # sse-lint: stream
            proxy_pass {{BACKEND}};
            proxy_ignore_headers X-Accel-Buffering Expires;
        }`),
    }), { backend });
    expectFinding(m.file, 'accel-buffering-ignored', { severity: 'error' });
    const path = ssePath({ events: EVENTS, xAccelBuffering: 'no' });

    const broken = await withNginx(m.text, m, (ngx) => fetchStream(ngx.url + path, { lockstep: backend.gate }));
    expectLumped(broken);

    const safe = await cliFix(m.file, ['accel-buffering-ignored']);
    expect(safe.after, 'the fix is unsafe: --fix alone must not apply it').toBe(safe.before);
    const fix = await cliFix(m.file, ['accel-buffering-ignored'], { unsafe: true });
    expect(lineDiff(fix.before, fix.after)).toEqual({ added: ['proxy_ignore_headers Expires;'], removed: ['proxy_ignore_headers X-Accel-Buffering Expires;'] });
    expect(findingsOf(lintFile(m.file), 'accel-buffering-ignored')).toEqual([]);
    await expectNginxAccepts(fix.after, m);
    const fixed = await withNginx(fix.after, m, (ngx) => fetchStream(ngx.url + path, { lockstep: backend.gate }));
    expectIncremental(fixed);
    expect(fixed.headers['x-accel-buffering']).toBeUndefined();
    note('accel-buffering-ignored', `broken (backend sends X-Accel-Buffering: no): ${timing(broken)} | fixed (header no longer ignored): ${timing(fixed)}`);
  });

  it('accel-buffering-request-header: proxy_set_header X-Accel-Buffering only reaches the backend; buffering stays on', async () => {
    const m = await materialize(nginxConf({
      servers: serverBlock(`
        location /sse {
            proxy_pass {{BACKEND}};
            proxy_set_header Host $host;
            proxy_set_header X-Accel-Buffering no;
        }`),
    }), { backend });
    expectFinding(m.file, 'accel-buffering-request-header', { severity: 'warning' });

    let n = backend.requests.length;
    const broken = await withNginx(m.text, m, (ngx) => fetchStream(ngx.url + STREAM, { lockstep: backend.gate }));
    expect(rawHeaderValues(backend.requests[n]?.rawHeaders ?? [], 'x-accel-buffering')).toEqual(['no']);
    expectLumped(broken);

    // The rule's own (unsafe) fix removes the no-op line; as its docs say, buffering is a separate step.
    const fix = await cliFix(m.file, ['accel-buffering-request-header'], { unsafe: true });
    expect(lineDiff(fix.before, fix.after)).toEqual({ added: [], removed: ['proxy_set_header X-Accel-Buffering no;'] });
    await expectNginxAccepts(fix.after, m);
    n = backend.requests.length;
    const still = await withNginx(fix.after, m, (ngx) => fetchStream(ngx.url + STREAM, { lockstep: backend.gate }));
    expect(rawHeaderValues(backend.requests[n]?.rawHeaders ?? [], 'x-accel-buffering')).toEqual([]);
    expectLumped(still);

    // The remedy its message names: proxy_buffering off (rule buffering-on's fix).
    const fix2 = await cliFix(m.file, ['buffering-on']);
    expect(lineDiff(fix2.before, fix2.after)).toEqual({ added: ['proxy_buffering off;'], removed: [] });
    await expectNginxAccepts(fix2.after, m);
    const fixed = await withNginx(fix2.after, m, (ngx) => fetchStream(ngx.url + STREAM, { lockstep: backend.gate }));
    expectIncremental(fixed);
    note('accel-buffering-request-header', `broken (backend got the request header): ${timing(broken)} | own fix (line removed): ${timing(still)} | + buffering-on fix: ${timing(fixed)}`);
  });

  it('cache-on-stream: a cached stream is replayed instantly to the next client; the fix serves live streams', async () => {
    const m = await materialize(nginxConf({
      http: 'proxy_cache_path sse_cache levels=1:2 keys_zone=app_cache:1m max_size=10m;',
      servers: serverBlock(`
        location /sse {
            # sse-lint: stream
            proxy_pass {{BACKEND}};
            proxy_cache app_cache;
            proxy_cache_valid 200 10m;
            add_header X-Cache-Status $upstream_cache_status;
        }`),
    }), { backend });
    expectFinding(m.file, 'cache-on-stream', { severity: 'error', message: /replay/ });
    // A backend that sends no Cache-Control (with `no-cache` nginx would not store it [E16]).
    const path = ssePath({ events: EVENTS, cacheControl: null });

    let n = backend.requests.length;
    const [first, second] = await withNginx(m.text, m, async (ngx) => [await fetchStream(ngx.url + path, { lockstep: backend.gate }), await fetchStream(ngx.url + path, { lockstep: backend.gate })] as const);
    expect(backend.requests.length - n, 'the second client must not reach the backend').toBe(1);
    expectLumped(first);
    expect(first.headers['x-cache-status']).toBe('MISS');
    expect(second.headers['x-cache-status']).toBe('HIT');
    expect(second.events.map((e) => e.n)).toEqual(first.events.map((e) => e.n));
    // Replayed, not streamed: no producer wrote anything for the second client's stream, yet it got every event.
    expect(second.lockstep?.written, 'a producer wrote the second client\'s stream').toEqual([]);

    const fix = await cliFix(m.file, ['cache-on-stream']);
    expect(lineDiff(fix.before, fix.after)).toEqual({ added: ['proxy_cache off;'], removed: ['proxy_cache app_cache;'] });
    expect(findingsOf(lintFile(m.file), 'cache-on-stream')).toEqual([]);
    await expectNginxAccepts(fix.after, m);
    n = backend.requests.length;
    const [a, b] = await withNginx(fix.after, m, async (ngx) => [await fetchStream(ngx.url + path, { lockstep: backend.gate }), await fetchStream(ngx.url + path, { lockstep: backend.gate })] as const);
    expect(backend.requests.length - n, 'both clients get a live stream').toBe(2);
    // Not replayed any more, but still buffered: the rule's docs send the rest to buffering-on.
    expectLumped(b);
    expect(a.headers['x-cache-status']).toBeUndefined();

    const fix2 = await cliFix(m.file, ['buffering-on']);
    await expectNginxAccepts(fix2.after, m);
    const live = await withNginx(fix2.after, m, (ngx) => fetchStream(ngx.url + path, { lockstep: backend.gate }));
    expectIncremental(live);
    note('cache-on-stream', `1st client: ${timing(first)}; 2nd client (HIT): ${timing(second)} | own fix (proxy_cache off), 2nd client: ${timing(b)} | + buffering-on fix: ${timing(live)}`);
  });

  it('body-filter-on-stream: a server-wide sub_filter with sub_filter_types * rewrites event payloads (still streaming); no automatic fix', async () => {
    // A panel's "replace text" toggle on the whole server (sse-semantics.md §5.4).
    const m = await materialize(nginxConf({
      servers: serverBlock(`
        sub_filter '"n":' '"n":0,"rewritten":true,"m":';
        sub_filter_once off;
        sub_filter_types *;
        location /sse {
            proxy_pass {{BACKEND}};
            proxy_buffering off;
        }`),
    }), { backend });
    expectFinding(m.file, 'body-filter-on-stream', { severity: 'warning', message: /sub_filter rewrites this event stream/ });

    const broken = await withNginx(m.text, m, (ngx) => fetchStream(ngx.url + STREAM, { lockstep: backend.gate }));
    expect(broken.status).toBe(200);
    expect(broken.events).toHaveLength(EVENTS);
    expect(broken.events.every((e) => e.data.includes('"rewritten":true'))).toBe(true);
    expect(broken.events.map((e) => e.n)).toEqual(Array(EVENTS).fill(0));
    expect(broken.outcome).toBe('complete');

    const fix = await cliFix(m.file, ['body-filter-on-stream'], { unsafe: true });
    expect(fix.after).toBe(fix.before);
    // The documented remedy: keep text/event-stream out of sub_filter_types.
    const remedy = fix.after.replace('sub_filter_types *;', 'sub_filter_types application/json;');
    expect(remedy).not.toBe(fix.after);
    await expectNginxAccepts(remedy, m);
    const fixed = await withNginx(remedy, m, (ngx) => fetchStream(ngx.url + STREAM, { lockstep: backend.gate }));
    expectIncremental(fixed);
    expect(fixed.events.some((e) => e.data.includes('rewritten'))).toBe(false);
    note('body-filter-on-stream', `sub_filter_types *: ${timing(broken)}, payload ${broken.events[0]?.data} | no automatic fix; sub_filter_types application/json: ${timing(fixed)}, payload ${fixed.events[0]?.data}`);
  });

  it('limit-rate-on-stream: limit_rate throttles a buffered stream (warning) and does nothing to an unbuffered one (info)', async () => {
    // 6 events of ~725 bytes (4.4 KB with the headers) at 1 KB/s. nginx's allowance grows from the request's start in
    // whole seconds (limit_rate * (now - start_sec + 1) bytes), so while the buffered stream waits for the backend's
    // end (about 1 s) up to 3 KB are allowed; the rest goes out once 5 KB are, 4 s after start_sec: a second or more
    // after the end.
    const m = await materialize(nginxConf({
      servers: serverBlock(`
        location /sse {
            proxy_pass {{BACKEND}};
            limit_rate 1k;
        }`),
    }), { backend });
    expectFinding(m.file, 'limit-rate-on-stream', { severity: 'warning', message: /events fall behind/ });
    const path = ssePath({ events: EVENTS, padBytes: 700 });

    const broken = await withNginx(m.text, m, (ngx) => fetchStream(ngx.url + path, { lockstep: backend.gate }));
    expect(broken.events.map((e) => e.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(broken.outcome).toBe('complete');
    // The throttled copy ends well after the backend is done (nginx's limit is a lower bound on the time).
    const ls = broken.lockstep!;
    expect((ls.seen[EVENTS - 1] ?? 0) - (ls.endedAt ?? Infinity), timing(broken)).toBeGreaterThan(750);

    // No automatic fix; turning buffering off (rule buffering-on's fix) makes nginx drop the limit for the stream.
    const none = await cliFix(m.file, ['limit-rate-on-stream'], { unsafe: true });
    expect(none.after).toBe(none.before);
    const fix = await cliFix(m.file, ['buffering-on']);
    expect(lineDiff(fix.before, fix.after)).toEqual({ added: ['proxy_buffering off;'], removed: [] });
    expectFinding(m.file, 'limit-rate-on-stream', { severity: 'info', message: /does nothing for this stream/ });
    await expectNginxAccepts(fix.after, m);
    const fixed = await withNginx(fix.after, m, (ngx) => fetchStream(ngx.url + path, { lockstep: backend.gate }));
    expectIncremental(fixed);
    expect(summarize(fixed).lastMs ?? Infinity).toBeLessThan(1500);
    note('limit-rate-on-stream', `limit_rate 1k, buffering on, 4.4 KB: ${timing(broken)} | + buffering-on fix (limit ignored): ${timing(fixed)}`);
  });

  it('gzip-event-stream (harmless claim): gzip on + gzip_types text/event-stream + buffering off streams compressed events on time', async () => {
    const m = await materialize(nginxConf({
      servers: serverBlock(`
        gzip on;
        gzip_types text/event-stream application/json;
        location /sse {
            proxy_pass {{BACKEND}};
            proxy_buffering off;
        }`),
    }), { backend });
    expectFinding(m.file, 'gzip-event-stream', { severity: 'info' });

    const r = await withNginx(m.text, m, (ngx) => fetchStream(ngx.url + STREAM, { gzip: true, lockstep: backend.gate }));
    expect(r.contentEncoding).toBe('gzip');
    expect(r.wireBytes).toBeGreaterThan(0);
    expectIncremental(r);

    // No automatic fix: the rule reports a trade-off, --fix leaves the file alone.
    const fix = await cliFix(m.file, ['gzip-event-stream'], { unsafe: true });
    expect(fix.after).toBe(fix.before);
    note('gzip-event-stream', `gzip on, buffering off: content-encoding ${r.contentEncoding}, ${timing(r)} (${r.wireBytes} compressed bytes)`);
  });
});
