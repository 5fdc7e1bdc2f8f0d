// Self-tests of the e2e harness against a real nginx: the harness must reproduce the known behaviour of
// nginx 1.22.1 (experiments E01-E03, E21, E21b, E26, E38-E41 in ../shared/docs/sse-semantics.md §4).
// Streams run in lockstep with the client (lockstep.ts): whether nginx passes events on or holds them is judged by
// the order of writes and arrivals, not by comparing arrival times.
import { existsSync } from 'node:fs';
import * as http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkLoopbackOnly, describeNginx, fetchStream, nginxConf, nginxTest, nginxVersion,
  rawHeaderValues, request, runningCount, serverBlock, ssePath, startBackend, startNginx, stopAll,
  type Backend, type StreamRecord,
} from './harness.js';
import { HOLD_MS, Lockstep, heldUntilEnd, inLockstep, luaLockstepSse } from './lockstep.js';
import { expectIncremental as expectInStep, expectLumped, timing } from './scenario-kit.js';

const EVENTS = 8;
const STREAM = ssePath({ events: EVENTS });
// Two events, then 10 s of silence: a stream cut before event 3 was cut by nginx's read timeout.
const SILENT_LONG = ssePath({ events: 4, silenceAfter: 2, silenceMs: 10_000 });

const measured: Record<string, string> = {};
function note(label: string, r: StreamRecord): void {
  measured[label] = timing(r);
}

/** All events, held back until the backend had written the last one and ended (lockstep.ts). */
function expectLumpAtEnd(r: StreamRecord): void {
  expectLumped(r, EVENTS);
}

/** All events, each seen before the backend wrote the next one (lockstep.ts). */
function expectIncremental(r: StreamRecord): void {
  expectInStep(r, EVENTS);
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
    const r = await fetchStream(backend.url + STREAM, { lockstep: backend.gate });
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

  /**
   * A stand-in for nginx in Node: forwards GET requests (headers included) to the backend and relays the body
   * as it comes ('pass'), in pairs of events ('pairs'), or all at the end ('hold').
   */
  async function relay(mode: 'pass' | 'pairs' | 'hold'): Promise<{ url: string; close: () => Promise<void> }> {
    const server = http.createServer((req, res) => {
      const up = http.request(backend.url + (req.url ?? '/'), { headers: req.headers, agent: false }, (ur) => {
        res.writeHead(ur.statusCode ?? 502, { 'Content-Type': ur.headers['content-type'] ?? 'text/plain' });
        let held = '';
        ur.setEncoding('utf8');
        ur.on('data', (d: string) => {
          if (mode === 'pass') { res.write(d); return; }
          held += d;
          if (mode === 'pairs' && held.split('\n\n').length > 2) { res.write(held); held = ''; }
        });
        ur.on('end', () => res.end(held));
      });
      up.on('error', () => res.destroy());
      up.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : 0;
    return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
  }

  it('lockstep tells a relay that passes events on from one that holds them to the end, and from one that batches them', async () => {
    const judge = async (mode: 'pass' | 'pairs' | 'hold') => {
      const px = await relay(mode);
      try {
        const r = await fetchStream(px.url + ssePath({ events: 4 }), { lockstep: backend.gate });
        expect(r.events.map((e) => e.n)).toEqual([1, 2, 3, 4]);
        return { step: inLockstep(r.lockstep, 4), held: heldUntilEnd(r.lockstep, 4), r };
      } finally { await px.close(); }
    };
    const pass = await judge('pass');
    expect(pass.step.ok, pass.step.why).toBe(true);
    expect(pass.held.ok).toBe(false);
    const hold = await judge('hold');
    expect(hold.held.ok, hold.held.why).toBe(true);
    expect(hold.step.ok).toBe(false);
    expect(hold.r.lockstep?.heldAt).toBe(1);
    // Events 1+2 arrive together once event 2 exists: the backend waited in vain for event 1, so neither verdict holds.
    const pairs = await judge('pairs');
    expect(pairs.step.ok).toBe(false);
    expect(pairs.held.ok).toBe(false);
    expect(pairs.r.lockstep?.heldAt).toBe(1);
  });

  it('a lockstep producer waits for the client: nothing but the client\'s report lets event n+1 out', async () => {
    const gate = new Lockstep(60_000);
    const sid = gate.open();
    let outcome: string | null = null;
    const p = gate.after(sid, 1).then((o) => { outcome = o; });
    await new Promise((r) => setTimeout(r, 50));
    expect(outcome).toBeNull();
    gate.seen(sid, 1);
    await p;
    expect(outcome).toBe('seen');
    // Reports for events not written yet count when the producer gets there; a held stream never waits again.
    gate.seen(sid, 2);
    expect(await gate.after(sid, 2)).toBe('seen');
    const quick = new Lockstep(20);
    const sid2 = quick.open();
    expect(await quick.after(sid2, 1)).toBe('held');
    expect(await quick.after(sid2, 2)).toBe('held');
    expect(quick.stream(sid2).heldAt).toBe(1);
    expect(HOLD_MS).toBeGreaterThanOrEqual(1000);
    gate.close();
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
      const r = await fetchStream(ngx.url + STREAM, { lockstep: backend.gate });
      note('(a) proxy_buffering on (default)', r);
      expectLumpAtEnd(r);
    } finally { await ngx.stop(); }
  });

  it('(b) proxy_buffering off: events arrive incrementally [E02]', async () => {
    const ngx = await startNginx(proxy('proxy_buffering off;'), { backend });
    try {
      const r = await fetchStream(ngx.url + STREAM, { lockstep: backend.gate });
      note('(b) proxy_buffering off', r);
      expectIncremental(r);
    } finally { await ngx.stop(); }
  });

  it('(c) buffering on, backend sends X-Accel-Buffering: no: streams, header hidden from the client [E03]', async () => {
    const ngx = await startNginx(proxy(''), { backend });
    try {
      const r = await fetchStream(ngx.url + ssePath({ events: EVENTS, xAccelBuffering: 'no' }), { lockstep: backend.gate });
      note('(c) backend X-Accel-Buffering: no', r);
      expectIncremental(r);
      expect(r.headers['x-accel-buffering']).toBeUndefined();
    } finally { await ngx.stop(); }
  });

  it('(d) proxy_read_timeout 1s with backend silence cuts the stream mid-body [E21]', async () => {
    const ngx = await startNginx(proxy('proxy_buffering off; proxy_read_timeout 1s;'), { backend });
    try {
      const before = backend.requests.length;
      const r = await fetchStream(ngx.url + SILENT_LONG, { timeoutMs: 8000, lockstep: backend.gate });
      note('(d) proxy_read_timeout 1s, 10 s silence', r);
      expect(r.status).toBe(200);
      expect(r.events.map((e) => e.n)).toEqual([1, 2]);
      expect(r.outcome).toBe('truncated');
      expect(r.endedCleanly).toBe(false);
      expect(r.framing).toBe('chunked');
      // Cut ~1 s after the FIRST read, not the second: nginx does not re-arm a timer when the new expiry is
      // within NGX_TIMER_LAZY_DELAY (300 ms) of the old one, so reads close together keep the first deadline.
      const first = r.events[0]?.atMs ?? 0;
      expect(r.durationMs - first).toBeGreaterThanOrEqual(900);
      expect(ngx.errorLog()).toMatch(/upstream timed out .* while reading upstream/);
      // nginx, not the end of the silence, ended it: the backend was still silent and saw the connection go.
      const seen = backend.requests[before];
      expect(seen?.eventWrites).toHaveLength(2);
      expect(seen?.closedEarly).toBe(true);
    } finally { await ngx.stop(); }
  });

  it('(d2) same timeout with buffering on: the buffered events are lost, the client gets none [E22]', async () => {
    const ngx = await startNginx(proxy('proxy_read_timeout 1s;'), { backend });
    try {
      const r = await fetchStream(ngx.url + SILENT_LONG, { timeoutMs: 8000 });
      note('(d2) same, proxy_buffering on', r);
      expect(r.status).toBe(200);
      expect(r.events).toHaveLength(0);
      expect(r.outcome).toBe('truncated');
    } finally { await ngx.stop(); }
  });

  it('(e) proxy_read_timeout 0 is an immediate 504, not "no timeout" [E21b]', async () => {
    const ngx = await startNginx(proxy('proxy_buffering off; proxy_read_timeout 0;'), { backend });
    try {
      // The backend holds its headers for 5 s: a 504 before that is nginx's own timeout, not a wait for the backend.
      // (nginx may close before the backend has even parsed the request.)
      const before = backend.requests.length;
      const t0 = Date.now();
      const res = await request(ngx.url + ssePath({ events: EVENTS, headerDelayMs: 5000 }), { timeoutMs: 8000 });
      const ms = Date.now() - t0;
      measured['(e) proxy_read_timeout 0'] = `status ${res.status} after ${ms} ms`;
      expect(res.status).toBe(504);
      expect(ms, 'the 504 came before the backend could have answered').toBeLessThan(5000);
      expect(backend.requests.slice(before).flatMap((q) => q.eventWrites)).toEqual([]);
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
  // One nginx, two server blocks: the Lua SSE generator on {{PORT_LUA}} (in lockstep through the backend's /gate),
  // the proxy on {{PORT}}.
  const luaServer = serverBlock(`
        location /lua-sse {
            default_type text/event-stream;
            content_by_lua_block {${luaLockstepSse(EVENTS, '{{BACKEND_PORT}}')}
            }
        }`, 'PORT_LUA');
  const frontServer = serverBlock(`
        location /h10/ { proxy_pass http://127.0.0.1:{{PORT_LUA}}/; proxy_http_version 1.0; proxy_buffering off; }
        location /h11/ { proxy_pass http://127.0.0.1:{{PORT_LUA}}/; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_buffering off; }`);
  let ngx: Awaited<ReturnType<typeof startNginx>>;
  let backend: Backend;
  beforeAll(async () => {
    backend = await startBackend();
    ngx = await startNginx(nginxConf({ servers: [luaServer, frontServer] }), { modules: ['lua'], backend });
  });
  afterAll(async () => { await ngx?.stop(); });

  it('direct HTTP/1.1 client: the Lua stream is incremental [E38]', async () => {
    const r = await fetchStream(`http://127.0.0.1:${ngx.ports['PORT_LUA']}/lua-sse`, { lockstep: backend.gate });
    note('(g) lua direct, client HTTP/1.1', r);
    expectIncremental(r);
  });

  it('front proxy_http_version 1.0 + proxy_buffering off: one lump with Content-Length [E39]', async () => {
    const r = await fetchStream(`${ngx.url}/h10/lua-sse`, { lockstep: backend.gate });
    note('(g) front HTTP/1.0 -> lua', r);
    expectLumpAtEnd(r);
    expect(r.headers['content-length']).toBeDefined();
  });

  it('front proxy_http_version 1.1 + proxy_buffering off: streams [E40]', async () => {
    const r = await fetchStream(`${ngx.url}/h11/lua-sse`, { lockstep: backend.gate });
    note('(g) front HTTP/1.1 -> lua', r);
    expectIncremental(r);
  });
}, { modules: ['lua'] });
