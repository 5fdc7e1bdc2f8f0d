// Self-tests of the e2e harness against a real nginx: the harness must reproduce the known behaviour of
// nginx 1.22.1 (experiments E01-E03, E21, E21b, E26, E38-E41 in ../shared/docs/sse-semantics.md §4).
// Timing assertions compare arrival times relative to each other with wide margins (2-core CI boxes are noisy).
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkLoopbackOnly, describeNginx, fetchStream, isIncremental, isLumped, nginxConf, nginxTest, nginxVersion,
  rawHeaderValues, request, runningCount, serverBlock, ssePath, startBackend, startNginx, stopAll, summarize,
  type Backend, type StreamRecord,
} from './harness.js';

const EVENTS = 8;
const INTERVAL = 150;
const SCHEDULE_MS = (EVENTS - 1) * INTERVAL; // when the backend writes its last event (1050 ms)
const STREAM = ssePath({ events: EVENTS, intervalMs: INTERVAL });

const measured: Record<string, string> = {};
function note(label: string, r: StreamRecord): void {
  const s = summarize(r);
  measured[label] = `status ${s.status}, ${s.events} events, first ${s.firstMs} ms, last ${s.lastMs} ms, bursts ${s.bursts}, ${s.outcome}, total ${s.durationMs} ms`;
}

/** Lower bound only: a lump cannot arrive before the backend has written its last event (load can only delay it). */
function expectLumpAtEnd(r: StreamRecord): void {
  expect(r.status).toBe(200);
  expect(r.events.map((e) => e.n)).toEqual(Array.from({ length: EVENTS }, (_, i) => i + 1));
  expect(isLumped(r), JSON.stringify(summarize(r))).toBe(true);
  expect(isIncremental(r)).toBe(false);
  expect(r.events[0]?.atMs ?? 0).toBeGreaterThanOrEqual(SCHEDULE_MS * 0.6);
  expect(r.outcome).toBe('complete');
}

function expectIncremental(r: StreamRecord): void {
  expect(r.status).toBe(200);
  expect(r.events.map((e) => e.n)).toEqual(Array.from({ length: EVENTS }, (_, i) => i + 1));
  expect(isIncremental(r), JSON.stringify(summarize(r))).toBe(true);
  expect(isLumped(r)).toBe(false);
  const s = summarize(r);
  expect(s.lastMs! - s.firstMs!).toBeGreaterThanOrEqual(SCHEDULE_MS * 0.5);
  expect(r.outcome).toBe('complete');
}

function versionAtLeast(v: string | null, min: [number, number, number]): boolean {
  const m = /(\d+)\.(\d+)\.(\d+)/.exec(v ?? '');
  if (!m) return false;
  const have = [Number(m[1]), Number(m[2]), Number(m[3])];
  for (let i = 0; i < 3; i++) if ((have[i] ?? 0) !== min[i]) return (have[i] ?? 0) > (min[i] ?? 0);
  return true;
}

afterAll(async () => {
  await stopAll();
  expect(runningCount()).toBe(0);
  if (Object.keys(measured).length) {
    console.log(`[e2e] ${nginxVersion() ?? 'no nginx'}\n${Object.entries(measured).map(([k, v]) => `  ${k.padEnd(44)} ${v}`).join('\n')}`);
  }
});

describe('harness without nginx', () => {
  let backend: Backend;
  beforeAll(async () => { backend = await startBackend(); });

  it('backend streams incrementally when the client talks to it directly (control)', async () => {
    const r = await fetchStream(backend.url + STREAM);
    note('control: direct to backend', r);
    expectIncremental(r);
    expect(r.headers['content-type']).toBe('text/event-stream');
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.framing).toBe('chunked');
  });

  it('/echo reports the HTTP version and raw headers as received', async () => {
    const res = await request(`${backend.url}/echo?x=1`, { headers: { 'X-Probe': 'a' } });
    const echo = JSON.parse(res.body) as { httpVersion: string; url: string; rawHeaders: string[] };
    expect(res.status).toBe(200);
    expect(echo.httpVersion).toBe('1.1');
    expect(echo.url).toBe('/echo?x=1');
    expect(rawHeaderValues(echo.rawHeaders, 'x-probe')).toEqual(['a']);
  });

  it('fetchStream gives up at its hard timeout', async () => {
    const r = await fetchStream(backend.url + ssePath({ events: 3, silenceAfter: 1, silenceMs: 5000 }), { timeoutMs: 400 });
    expect(r.outcome).toBe('timeout');
    expect(r.endedCleanly).toBe(false);
    expect(r.events).toHaveLength(1);
    expect(r.durationMs).toBeLessThan(3000);
  });

  it('fetchStream reports connection errors without throwing', async () => {
    const closed = await startBackend();
    const url = closed.url;
    await closed.stop();
    const r = await fetchStream(url + STREAM, { timeoutMs: 2000 });
    expect(r.outcome).toBe('error');
    expect(r.error).toMatch(/ECONNREFUSED/);
  });

  it('refuses configs that could listen on a non-loopback address', () => {
    expect(() => checkLoopbackOnly('http { server { listen 8080; } }')).toThrow(/not a loopback/);
    expect(() => checkLoopbackOnly('http { server { listen 0.0.0.0:8080; } }')).toThrow(/not a loopback/);
    expect(() => checkLoopbackOnly('http { server { location / { } } }')).toThrow(/without "listen"/);
    expect(() => checkLoopbackOnly('pid x.pid; http { }')).toThrow(/"pid"/);
    // checked after placeholder substitution; Lua code ('#', quoted braces) must not confuse the scanner
    const lua = nginxConf({ servers: serverBlock('location / { content_by_lua_block { local s = "}" .. #t -- x\n } }') });
    expect(() => checkLoopbackOnly(lua.replace('{{PORT}}', '8080'))).not.toThrow();
    expect(() => checkLoopbackOnly('http { upstream u { server 10.0.0.1:80; } server { listen 127.0.0.1:1; } }')).not.toThrow();
  });
});

describeNginx('harness mechanics with nginx', () => {
  it('nginxTest accepts the skeleton and reports what nginx -t rejects', async () => {
    const good = await nginxTest(nginxConf({ servers: serverBlock('location / { return 204; }') }));
    expect(good.ok, good.output).toBe(true);
    const bad = await nginxTest(nginxConf({ servers: serverBlock('location / { proxy_buffering no; return 204; }') }));
    expect(bad.ok).toBe(false);
    expect(bad.output).toMatch(/it must be "on" or "off"/);
  });

  it('startNginx fails fast with the error log, and leaves nothing running', async () => {
    const before = runningCount();
    const t0 = Date.now();
    await expect(startNginx(nginxConf({ servers: serverBlock('no_such_directive on;') }))).rejects.toThrow(/unknown directive "no_such_directive"/);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(runningCount()).toBe(before);
    await expect(startNginx(nginxConf({ servers: serverBlock('return 204;') }).replace('{{PORT}}', '{{PROT}}'))).rejects.toThrow(/unknown placeholder/);
  });

  it('stop() ends master and workers by PID and removes the prefix', async () => {
    const ngx = await startNginx(nginxConf({ servers: serverBlock('location / { return 204; }') }));
    expect((await request(ngx.url)).status).toBe(204);
    expect(existsSync(ngx.prefix)).toBe(true);
    const workers = [...ngx.errorLog().matchAll(/start worker process (\d+)/g)].map((m) => Number(m[1]));
    expect(workers.length).toBeGreaterThan(0);
    await ngx.stop();
    const alive = (pid: number) => { try { process.kill(pid, 0); return true; } catch { return false; } };
    expect(alive(ngx.pid)).toBe(false);
    for (const w of workers) expect(alive(w)).toBe(false);
    expect(existsSync(ngx.prefix)).toBe(false);
    expect(ngx.errorLog()).toMatch(/exit/);
    await ngx.stop(); // idempotent
  });
});

describeNginx('nginx 1.22.1 behaviour reproduced by the harness', () => {
  let backend: Backend;
  beforeAll(async () => { backend = await startBackend(); });

  const proxy = (locationBody: string) => nginxConf({ servers: serverBlock(`location / { proxy_pass {{BACKEND}}; ${locationBody} }`) });

  it('(a) default proxy_buffering on: 8 small events arrive as one lump at the end [E01]', async () => {
    const ngx = await startNginx(proxy(''), { backend });
    try {
      const r = await fetchStream(ngx.url + STREAM);
      note('(a) proxy_buffering on (default)', r);
      expectLumpAtEnd(r);
    } finally { await ngx.stop(); }
  });

  it('(b) proxy_buffering off: events arrive incrementally [E02]', async () => {
    const ngx = await startNginx(proxy('proxy_buffering off;'), { backend });
    try {
      const r = await fetchStream(ngx.url + STREAM);
      note('(b) proxy_buffering off', r);
      expectIncremental(r);
    } finally { await ngx.stop(); }
  });

  it('(c) buffering on, backend sends X-Accel-Buffering: no: streams, header hidden from the client [E03]', async () => {
    const ngx = await startNginx(proxy(''), { backend });
    try {
      const r = await fetchStream(ngx.url + ssePath({ events: EVENTS, intervalMs: INTERVAL, xAccelBuffering: 'no' }));
      note('(c) backend X-Accel-Buffering: no', r);
      expectIncremental(r);
      expect(r.headers['x-accel-buffering']).toBeUndefined();
    } finally { await ngx.stop(); }
  });

  it('(d) proxy_read_timeout 1s with 2 s of backend silence cuts the stream mid-body [E21]', async () => {
    const ngx = await startNginx(proxy('proxy_buffering off; proxy_read_timeout 1s;'), { backend });
    try {
      const before = backend.requests.length;
      const r = await fetchStream(ngx.url + ssePath({ events: 4, intervalMs: 100, silenceAfter: 2, silenceMs: 2000 }), { timeoutMs: 8000 });
      note('(d) proxy_read_timeout 1s, 2 s silence', r);
      expect(r.status).toBe(200);
      expect(r.events.map((e) => e.n)).toEqual([1, 2]);
      expect(r.outcome).toBe('truncated');
      expect(r.endedCleanly).toBe(false);
      expect(r.framing).toBe('chunked');
      // Cut ~1 s after the FIRST read, not the second: nginx does not re-arm a timer when the new expiry is
      // within NGX_TIMER_LAZY_DELAY (300 ms) of the old one, so reads 100 ms apart keep the first deadline.
      const first = r.events[0]?.atMs ?? 0;
      expect(r.durationMs - first).toBeGreaterThanOrEqual(900);
      expect(ngx.errorLog()).toMatch(/upstream timed out .* while reading upstream/);
      const seen = backend.requests[before];
      expect(seen?.eventWrites).toHaveLength(2);
    } finally { await ngx.stop(); }
  });

  it('(d2) same timeout with buffering on: the buffered events are lost, the client gets none [E22]', async () => {
    const ngx = await startNginx(proxy('proxy_read_timeout 1s;'), { backend });
    try {
      const r = await fetchStream(ngx.url + ssePath({ events: 4, intervalMs: 100, silenceAfter: 2, silenceMs: 2000 }), { timeoutMs: 8000 });
      note('(d2) same, proxy_buffering on', r);
      expect(r.status).toBe(200);
      expect(r.events).toHaveLength(0);
      expect(r.outcome).toBe('truncated');
    } finally { await ngx.stop(); }
  });

  it('(e) proxy_read_timeout 0 is an immediate 504, not "no timeout" [E21b]', async () => {
    const ngx = await startNginx(proxy('proxy_buffering off; proxy_read_timeout 0;'), { backend });
    try {
      const t0 = Date.now();
      const res = await request(ngx.url + STREAM);
      measured['(e) proxy_read_timeout 0'] = `status ${res.status} after ${Date.now() - t0} ms`;
      expect(res.status).toBe(504);
      expect(Date.now() - t0).toBeLessThan(SCHEDULE_MS);
      expect(ngx.errorLog()).toMatch(/upstream timed out .* while reading response header/);
    } finally { await ngx.stop(); }
  });

  it('(f) two proxy_set_header Connection lines: the backend receives both [E26]', async () => {
    const conf = nginxConf({
      servers: serverBlock(`
        location /two/ { proxy_pass {{BACKEND}}/; proxy_http_version 1.1;
            proxy_set_header Connection keep-alive; proxy_set_header Connection upgrade; }
        location /plain/ { proxy_pass {{BACKEND}}/; }`),
    });
    const ngx = await startNginx(conf, { backend });
    try {
      const two = JSON.parse((await request(`${ngx.url}/two/echo`)).body) as { httpVersion: string; rawHeaders: string[] };
      expect(two.httpVersion).toBe('1.1');
      expect(rawHeaderValues(two.rawHeaders, 'connection')).toEqual(['keep-alive', 'upgrade']);
      const plain = JSON.parse((await request(`${ngx.url}/plain/echo`)).body) as { httpVersion: string; rawHeaders: string[] };
      // proxy_http_version default: 1.0 with "Connection: close" before nginx 1.29.7, 1.1 without it since
      if (versionAtLeast(nginxVersion(), [1, 29, 7])) {
        expect(plain.httpVersion).toBe('1.1');
      } else {
        expect(plain.httpVersion).toBe('1.0');
        expect(rawHeaderValues(plain.rawHeaders, 'connection')).toEqual(['close']);
      }
      measured['(f) two Connection lines'] = `backend saw ${JSON.stringify(rawHeaderValues(two.rawHeaders, 'connection'))} over HTTP/${two.httpVersion}; default location: HTTP/${plain.httpVersion} ${JSON.stringify(rawHeaderValues(plain.rawHeaders, 'connection'))}`;
    } finally { await ngx.stop(); }
  });
});

describeNginx('ngx_lua SSE behind a proxying nginx (lua_http10_buffering) [E38-E41]', () => {
  // One nginx, two server blocks: the Lua SSE generator on {{PORT_LUA}}, the proxy on {{PORT}}.
  const luaServer = serverBlock(`
        location /lua-sse {
            default_type text/event-stream;
            content_by_lua_block {
                for i = 1, ${EVENTS} do
                    ngx.say('data: {"n":', i, '}\\n')
                    ngx.flush(true)
                    if i < ${EVENTS} then ngx.sleep(${INTERVAL / 1000}) end
                end
            }
        }`, 'PORT_LUA');
  const frontServer = serverBlock(`
        location /h10/ { proxy_pass http://127.0.0.1:{{PORT_LUA}}/; proxy_http_version 1.0; proxy_buffering off; }
        location /h11/ { proxy_pass http://127.0.0.1:{{PORT_LUA}}/; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_buffering off; }`);
  let ngx: Awaited<ReturnType<typeof startNginx>>;
  beforeAll(async () => { ngx = await startNginx(nginxConf({ servers: [luaServer, frontServer] }), { modules: ['lua'] }); });
  afterAll(async () => { await ngx?.stop(); });

  it('direct HTTP/1.1 client: the Lua stream is incremental [E38]', async () => {
    const r = await fetchStream(`http://127.0.0.1:${ngx.ports['PORT_LUA']}/lua-sse`);
    note('(g) lua direct, client HTTP/1.1', r);
    expectIncremental(r);
  });

  it('front proxy_http_version 1.0 + proxy_buffering off: one lump with Content-Length [E39]', async () => {
    const r = await fetchStream(`${ngx.url}/h10/lua-sse`);
    note('(g) front HTTP/1.0 -> lua', r);
    expectLumpAtEnd(r);
    expect(r.headers['content-length']).toBeDefined();
  });

  it('front proxy_http_version 1.1 + proxy_buffering off: streams [E40]', async () => {
    const r = await fetchStream(`${ngx.url}/h11/lua-sse`);
    note('(g) front HTTP/1.1 -> lua', r);
    expectIncremental(r);
  });
}, { modules: ['lua'] });
