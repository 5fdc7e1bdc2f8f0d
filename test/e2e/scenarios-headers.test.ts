// Rule scenarios against real nginx, part 3: headers (duplicate-hop-header, add-header-in-if, add-header-redefinition,
// proxy-set-header-redefinition, cors-missing-always, accel-buffering-response-header). The breakage is measured in
// what the backend receives (its recorded raw request headers) or what the client receives.
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeNginx, fetchStream, nginxConf, rawHeaderValues, request, serverBlock, ssePath, startBackend, stopAll,
  type Backend, type BackendRequestRecord, type NginxInstance,
} from './harness.js';
import {
  EVENTS, cleanupMaterialized, cliFix, expectFinding, expectIncremental, expectLumped, findingsOf, lineDiff, lintFile, materialize, note, printMeasured, runConfig, testConfig, timing, type Materialized, withNginx, expectNginxAccepts,
} from './scenario-kit.js';

const STREAM = ssePath({ events: EVENTS });
const ORIGIN = 'https://app.example.test';

afterAll(async () => {
  await stopAll();
  cleanupMaterialized();
  printMeasured('scenarios: headers');
});



/** The backend's record of the stream request made during fn. */
async function seenByBackend<T>(backend: Backend, fn: () => Promise<T>): Promise<[T, BackendRequestRecord]> {
  const n = backend.requests.length;
  const r = await fn();
  const seen = backend.requests.slice(n).find((q) => q.url.startsWith('/sse'));
  expect(seen, 'the backend saw no /sse request').toBeDefined();
  return [r, seen!];
}

describeNginx('rule scenarios: headers', () => {
  let backend: Backend;
  beforeAll(async () => { backend = await startBackend(); });

  it('duplicate-hop-header: two proxy_set_header Connection lines reach the backend as two headers; the fix keeps one', async () => {
    const m = await materialize(nginxConf({
      servers: serverBlock(`
        location /sse {
            proxy_pass {{BACKEND}};
            proxy_buffering off;
            proxy_http_version 1.1;
            proxy_set_header Connection "keep-alive";
            proxy_set_header Connection "upgrade";
        }`),
    }), { backend });
    expectFinding(m.file, 'duplicate-hop-header', { severity: 'warning' });

    const [broken, seen] = await seenByBackend(backend, () => withNginx(m.text, m, (ngx) => fetchStream(ngx.url + STREAM, { lockstep: backend.gate })));
    expect(rawHeaderValues(seen.rawHeaders, 'connection')).toEqual(['keep-alive', 'upgrade']);
    expectIncremental(broken);

    const fix = await cliFix(m.file, ['duplicate-hop-header'], { unsafe: true });
    // On a stream with no empty line, the last line is kept and emptied: no Connection header for an event stream.
    expect(lineDiff(fix.before, fix.after)).toEqual({ added: ['proxy_set_header Connection "";'], removed: ['proxy_set_header Connection "keep-alive";', 'proxy_set_header Connection "upgrade";'] });
    const afterFix = lintFile(m.file);
    expect(findingsOf(afterFix, 'duplicate-hop-header')).toEqual([]);
    expect(findingsOf(afterFix, 'connection-upgrade-on-stream')).toEqual([]);
    const upgradeNote = findingsOf(afterFix, 'connection-upgrade-on-stream').map((f) => `${f.ruleId} (${f.severity})`).join(', ') || 'none';
    await expectNginxAccepts(fix.after, m);
    const [fixed, seen2] = await seenByBackend(backend, () => withNginx(fix.after, m, (ngx) => fetchStream(ngx.url + STREAM, { lockstep: backend.gate })));
    expect(rawHeaderValues(seen2.rawHeaders, 'connection')).toEqual([]);
    expectIncremental(fixed);
    note('duplicate-hop-header', `broken: backend got Connection ${JSON.stringify(rawHeaderValues(seen.rawHeaders, 'connection'))}, ${timing(broken)} | fixed: backend got ${JSON.stringify(rawHeaderValues(seen2.rawHeaders, 'connection'))}, ${timing(fixed)}; findings on the fixed file: ${upgradeNote}`);
  });

  it('add-header-in-if: add_header inside a matching if drops the location\'s CORS header; no automatic fix, the documented map remedy keeps both', async () => {
    const m = await materialize(nginxConf({
      servers: serverBlock(`
        location /sse {
            proxy_pass {{BACKEND}};
            proxy_buffering off;
            add_header Access-Control-Allow-Origin ${ORIGIN} always;
            if ($arg_debug) {
                add_header X-Debug 1;
            }
        }`),
    }), { backend });
    expectFinding(m.file, 'add-header-in-if', { severity: 'warning', message: /Access-Control-Allow-Origin/ });

    const [plain, debug] = await withNginx(m.text, m, async (ngx) => [await fetchStream(ngx.url + STREAM, { lockstep: backend.gate }), await fetchStream(`${ngx.url}${STREAM}&debug=1`, { lockstep: backend.gate })] as const);
    expect(plain.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(debug.headers['x-debug']).toBe('1');
    expect(debug.headers['access-control-allow-origin'], 'the if replaced the location\'s add_header list').toBeUndefined();
    expectIncremental(debug); // the stream itself is unaffected [E24]

    // fix: none. --fix --unsafe-fixes changes nothing and the finding stays.
    const fix = await cliFix(m.file, ['add-header-in-if'], { unsafe: true });
    expect(fix.after).toBe(fix.before);
    expect(findingsOf(lintFile(m.file), 'add-header-in-if')).toHaveLength(1);

    // The remedy from the rule's docs: a map variable instead of the if (an empty add_header value sends nothing).
    const remedy = fix.after
      .replace('    access_log off;', '    access_log off;\n    map $arg_debug $debug_header {\n        default "";\n        ~.      1;\n    }')
      .replace(/\n\s*if \(\$arg_debug\) \{\n\s*add_header X-Debug 1;\n\s*\}/, '\n            add_header X-Debug $debug_header;');
    expect(remedy).not.toContain('if ($arg_debug)');
    await expectNginxAccepts(remedy, m);
    const [plain2, debug2] = await withNginx(remedy, m, async (ngx) => [await fetchStream(ngx.url + STREAM, { lockstep: backend.gate }), await fetchStream(`${ngx.url}${STREAM}&debug=1`, { lockstep: backend.gate })] as const);
    expect(plain2.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(plain2.headers['x-debug']).toBeUndefined();
    expect(debug2.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(debug2.headers['x-debug']).toBe('1');
    expectIncremental(debug2);
    note('add-header-in-if', `?debug=1: ACAO ${debug.headers['access-control-allow-origin'] ?? 'missing'}, X-Debug ${debug.headers['x-debug']}, ${timing(debug)} | no automatic fix; map remedy: ACAO ${debug2.headers['access-control-allow-origin']}, X-Debug ${debug2.headers['x-debug']}, ${timing(debug2)}`);
  });

  it('add-header-redefinition: the stream location\'s own add_header drops the server\'s headers; the unsafe fix repeats them', async () => {
    const m = await materialize(nginxConf({
      servers: serverBlock(`
        add_header Access-Control-Allow-Origin ${ORIGIN} always;
        add_header X-Content-Type-Options nosniff always;

        location /sse {
            proxy_pass {{BACKEND}};
            proxy_buffering off;
            add_header Cache-Control no-cache;
        }`),
    }), { backend });
    expectFinding(m.file, 'add-header-redefinition', { severity: 'warning', message: /2 header\(s\)/ });
    // The backend sends no Cache-Control of its own here, so the one seen comes from add_header.
    const path = ssePath({ events: EVENTS, cacheControl: null });

    const broken = await withNginx(m.text, m, (ngx) => fetchStream(ngx.url + path, { lockstep: backend.gate }));
    expect(broken.headers['cache-control']).toBe('no-cache');
    expect(broken.headers['access-control-allow-origin']).toBeUndefined();
    expect(broken.headers['x-content-type-options']).toBeUndefined();
    expectIncremental(broken);

    const fix = await cliFix(m.file, ['add-header-redefinition'], { unsafe: true });
    expect(lineDiff(fix.before, fix.after)).toEqual({
      added: [`add_header Access-Control-Allow-Origin ${ORIGIN} always;`, 'add_header X-Content-Type-Options nosniff always;'], removed: [],
    });
    expect(findingsOf(lintFile(m.file), 'add-header-redefinition')).toEqual([]);
    await expectNginxAccepts(fix.after, m);
    const fixed = await withNginx(fix.after, m, (ngx) => fetchStream(ngx.url + path, { lockstep: backend.gate }));
    expect(fixed.headers['cache-control']).toBe('no-cache');
    expect(fixed.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(fixed.headers['x-content-type-options']).toBe('nosniff');
    expectIncremental(fixed);
    note('add-header-redefinition', `broken: client got cache-control only (ACAO, X-Content-Type-Options missing), ${timing(broken)} | fixed: all three, ${timing(fixed)}`);
  });

  it('proxy-set-header-redefinition: the location\'s Connection "" drops the server\'s Host and X-Forwarded-*; the unsafe fix repeats them', async () => {
    const m = await materialize(nginxConf({
      servers: serverBlock(`
        server_name chat.example.test;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;

        location /sse {
            proxy_pass {{BACKEND}};
            proxy_buffering off;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }`),
    }), { backend });
    expectFinding(m.file, 'proxy-set-header-redefinition', { severity: 'warning', message: /3 line\(s\)/ });
    const get = (ngx: NginxInstance) => fetchStream(ngx.url + STREAM, { headers: { Host: 'chat.example.test' }, lockstep: backend.gate });

    const [broken, seen] = await seenByBackend(backend, () => withNginx(m.text, m, get));
    expect(seen.headers.host).toBe(new URL(backend.url).host); // $proxy_host, not the client's Host
    expect(seen.headers['x-real-ip']).toBeUndefined();
    expect(seen.headers['x-forwarded-for']).toBeUndefined();
    expect(rawHeaderValues(seen.rawHeaders, 'connection')).toEqual([]);
    expectIncremental(broken);

    const fix = await cliFix(m.file, ['proxy-set-header-redefinition'], { unsafe: true });
    expect(lineDiff(fix.before, fix.after)).toEqual({
      added: ['proxy_set_header Host $host;', 'proxy_set_header X-Real-IP $remote_addr;', 'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;'], removed: [],
    });
    expect(findingsOf(lintFile(m.file), 'proxy-set-header-redefinition')).toEqual([]);
    await expectNginxAccepts(fix.after, m);
    const [fixed, seen2] = await seenByBackend(backend, () => withNginx(fix.after, m, get));
    expect(seen2.headers.host).toBe('chat.example.test');
    expect(seen2.headers['x-real-ip']).toBe('127.0.0.1');
    expect(seen2.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(rawHeaderValues(seen2.rawHeaders, 'connection')).toEqual([]);
    expectIncremental(fixed);
    note('proxy-set-header-redefinition', `broken: backend got Host ${seen.headers.host}, no X-Real-IP/X-Forwarded-For, ${timing(broken)} | fixed: Host ${seen2.headers.host}, X-Real-IP ${seen2.headers['x-real-ip']}, X-Forwarded-For ${seen2.headers['x-forwarded-for']}, ${timing(fixed)}`);
  });

  it('cors-missing-always: a 429 (limit_req) and a backend 404 of the stream lose Access-Control-Allow-Origin; the fix adds always', async () => {
    const m = await materialize(nginxConf({
      http: 'limit_req_zone $binary_remote_addr zone=sse_connect:1m rate=1r/m;',
      servers: serverBlock(`
        location /sse {
            proxy_pass {{BACKEND}};
            proxy_buffering off;
            limit_req zone=sse_connect nodelay;
            limit_req_status 429;
            add_header Access-Control-Allow-Origin ${ORIGIN};
            add_header Access-Control-Allow-Credentials true;
        }`),
    }), { backend });
    expectFinding(m.file, 'cors-missing-always', { severity: 'warning' });
    expect(findingsOf(lintFile(m.file), 'cors-missing-always')).toHaveLength(2);
    const probe = async (ngx: NginxInstance) => {
      const ok = await fetchStream(ngx.url + STREAM, { headers: { Origin: ORIGIN }, lockstep: backend.gate });
      const limited = await request(ngx.url + STREAM, { headers: { Origin: ORIGIN } });
      return { ok, limited };
    };
    const missing = async (ngx: NginxInstance) => request(`${ngx.url}/sse/missing`, { headers: { Origin: ORIGIN } });

    const broken = await withNginx(m.text, m, async (ngx) => ({ ...(await probe(ngx)), notFound: await missing(ngx) }));
    expect(broken.ok.headers['access-control-allow-origin']).toBe(ORIGIN);
    expectIncremental(broken.ok);
    expect(broken.limited.status).toBe(429);
    expect(broken.limited.headers['access-control-allow-origin']).toBeUndefined();
    expect(broken.limited.headers['access-control-allow-credentials']).toBeUndefined();
    expect(broken.notFound.status).toBe(429); // the limit applies to every request of the location

    const fix = await cliFix(m.file, ['cors-missing-always']);
    expect(lineDiff(fix.before, fix.after)).toEqual({
      added: [`add_header Access-Control-Allow-Origin ${ORIGIN} always;`, 'add_header Access-Control-Allow-Credentials true always;'],
      removed: [`add_header Access-Control-Allow-Origin ${ORIGIN};`, 'add_header Access-Control-Allow-Credentials true;'],
    });
    expect(findingsOf(lintFile(m.file), 'cors-missing-always')).toEqual([]);
    await expectNginxAccepts(fix.after, m);
    const fixed = await withNginx(fix.after, m, probe);
    expect(fixed.ok.headers['access-control-allow-origin']).toBe(ORIGIN);
    expectIncremental(fixed.ok);
    expect(fixed.limited.status).toBe(429);
    expect(fixed.limited.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(fixed.limited.headers['access-control-allow-credentials']).toBe('true');

    // An upstream error status (404 from the backend), without the rate limit in the way.
    const noLimit = (t: string) => t.replace(/\n\s*limit_req zone=sse_connect nodelay;/, '');
    const [nf, nfFixed] = [
      await withNginx(noLimit(m.text), m, missing),
      await withNginx(noLimit(fix.after), m, missing),
    ];
    expect(nf.status).toBe(404);
    expect(nf.headers['access-control-allow-origin']).toBeUndefined();
    expect(nfFixed.status).toBe(404);
    expect(nfFixed.headers['access-control-allow-origin']).toBe(ORIGIN);
    note('cors-missing-always', `broken: 200 stream has ACAO (${timing(broken.ok)}); 429 without ACAO/ACAC; backend 404 without ACAO | fixed: 429 and 404 carry ACAO ${ORIGIN}, ACAC true; stream ${timing(fixed.ok)}`);
  });

  it('accel-buffering-response-header: add_header X-Accel-Buffering off is ignored by the nginx in front; the fix (no) streams through it', async () => {
    // Two tiers in one config: a front with default buffering proxies to an inner server that streams unbuffered.
    const m = await materialize(nginxConf({
      servers: [
        serverBlock(`
        location /sse {
            proxy_pass http://127.0.0.1:{{PORT_INNER}};
        }`),
        serverBlock(`
        location /sse {
            proxy_pass {{BACKEND}};
            proxy_buffering off;
            add_header X-Accel-Buffering off;
        }`, 'PORT_INNER'),
      ],
    }), { backend });
    const found = expectFinding(m.file, 'accel-buffering-response-header');
    const wrongValue = found.find((f) => /off/.test(f.message) && f.fix);
    expect(wrongValue, found.map((f) => `${f.severity} ${f.message}`).join('\n')).toBeDefined();

    const broken = await withNginx(m.text, m, (ngx) => fetchStream(ngx.url + STREAM, { lockstep: backend.gate }));
    expectLumped(broken);

    const fix = await cliFix(m.file, ['accel-buffering-response-header']);
    expect(lineDiff(fix.before, fix.after)).toEqual({ added: ['add_header X-Accel-Buffering no;'], removed: ['add_header X-Accel-Buffering off;'] });
    await expectNginxAccepts(fix.after, m);
    const fixed = await withNginx(fix.after, m, (ngx) => fetchStream(ngx.url + STREAM, { lockstep: backend.gate }));
    expectIncremental(fixed);
    // The front consumed the header: the client never sees it [E03].
    expect(fixed.headers['x-accel-buffering']).toBeUndefined();
    note('accel-buffering-response-header', `broken (inner sends "off", front buffers): ${timing(broken)} | fixed ("no"): ${timing(fixed)}`);
  });
});
