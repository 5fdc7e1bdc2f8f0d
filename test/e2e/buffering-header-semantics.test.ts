// Real-nginx checks of the behaviour behind accel-buffering-*, lua-http10-buffering and duplicate-hop-header that the
// experiments in ../shared/docs/sse-semantics.md do not measure directly (case of bitmask values, bitmask merge
// across levels, lua_http10_buffering inside `if`, empty duplicate header values, add_header values seen by a front tier).
// Streams run in lockstep with the client (lockstep.ts).
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeNginx, fetchStream, nginxConf, rawHeaderValues, request, serverBlock, ssePath,
  startBackend, startNginx, stopAll, type Backend,
} from './harness.js';
import { luaLockstepSse } from './lockstep.js';
import { EVENTS, expectIncremental, expectLumped } from './scenario-kit.js';

afterAll(async () => {
  await stopAll();
});

describeNginx('X-Accel-Buffering and duplicate headers', () => {
  let backend: Backend;
  let ngx: Awaited<ReturnType<typeof startNginx>>;
  const sse = (xab?: string) => ssePath({ events: EVENTS, ...(xab ? { xAccelBuffering: xab } : {}) });
  const get = (url: string) => fetchStream(url, { lockstep: backend.gate });

  beforeAll(async () => {
    backend = await startBackend();
    const main = serverBlock(`
        proxy_ignore_headers X-Accel-Buffering;
        location /lower/ { proxy_pass {{BACKEND}}/; proxy_ignore_headers x-accel-buffering; }
        location /inherit/ { proxy_pass {{BACKEND}}/; }
        location /override/ { proxy_pass {{BACKEND}}/; proxy_ignore_headers Set-Cookie; }
        location /dup/ {
            proxy_pass {{BACKEND}}/;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Connection "upgrade";
        }`);
    // A front tier with default buffering (and no ignore list) in front of the inner server.
    const front = serverBlock(`
        location /front-off/ { proxy_pass http://127.0.0.1:{{PORT_INNER}}/off/; }
        location /front-no/ { proxy_pass http://127.0.0.1:{{PORT_INNER}}/no/; }`, 'PORT_FRONT');
    const inner = serverBlock(`
        location /off/ { proxy_pass {{BACKEND}}/; proxy_buffering off; add_header X-Accel-Buffering off; }
        location /no/ { proxy_pass {{BACKEND}}/; proxy_buffering off; add_header X-Accel-Buffering no; }`, 'PORT_INNER');
    ngx = await startNginx(nginxConf({ servers: [main, front, inner] }), { backend });
  });
  afterAll(async () => {
    await ngx?.stop();
    await backend?.stop();
  });

  it('proxy_ignore_headers matches X-Accel-Buffering case-insensitively (accel-buffering-ignored)', async () => {
    expectLumped(await get(`${ngx.url}/lower${sse('no')}`));
  });

  it('the innermost level that sets proxy_ignore_headers replaces the outer set (bitmask merge)', async () => {
    expectLumped(await get(`${ngx.url}/inherit${sse('no')}`));
    expectIncremental(await get(`${ngx.url}/override${sse('no')}`));
  });

  it('of two Connection lines, the empty one is not sent and the other is (duplicate-hop-header)', async () => {
    const before = backend.requests.length;
    const r = await request(`${ngx.url}/dup/echo`);
    expect(r.status).toBe(200);
    const seen = backend.requests.slice(before).find((q) => q.url === '/echo');
    expect(seen).toBeDefined();
    expect(rawHeaderValues(seen!.rawHeaders, 'connection')).toEqual(['upgrade']);
  });

  it('add_header X-Accel-Buffering reaches a front nginx, which honours "no" and ignores "off" (accel-buffering-response-header)', async () => {
    const front = `http://127.0.0.1:${ngx.ports['PORT_FRONT']}`;
    expectLumped(await get(`${front}/front-off${sse()}`));
    expectIncremental(await get(`${front}/front-no${sse()}`));
  });
});

describeNginx('lua_http10_buffering inside `if` (lua-http10-buffering)', () => {
  let ngx: Awaited<ReturnType<typeof startNginx>>;
  let backend: Backend;

  beforeAll(async () => {
    backend = await startBackend();
    const lua = serverBlock(`
        location /lua-if {
            default_type text/event-stream;
            lua_http10_buffering off;
            if ($arg_debug) {
                lua_http10_buffering on;
            }
            content_by_lua_block {${luaLockstepSse(EVENTS, '{{BACKEND_PORT}}')}
            }
        }`, 'PORT_LUA');
    const front = serverBlock(`
        location /h10/ { proxy_pass http://127.0.0.1:{{PORT_LUA}}/; proxy_http_version 1.0; proxy_buffering off; }`);
    ngx = await startNginx(nginxConf({ servers: [lua, front] }), { modules: ['lua'], backend });
  });
  afterAll(async () => {
    await ngx?.stop();
  });

  it('off in the location: an HTTP/1.0 front receives the stream incrementally', async () => {
    const r = await fetchStream(`${ngx.url}/h10/lua-if`, { lockstep: backend.gate });
    expectIncremental(r);
    expect(r.headers['content-length']).toBeUndefined();
  });

  it('on in a matching `if`: the Lua content still runs there, and HTTP/1.0 output is buffered whole', async () => {
    const r = await fetchStream(`${ngx.url}/h10/lua-if?debug=1`, { lockstep: backend.gate });
    expectLumped(r);
    expect(r.headers['content-length']).toBeDefined();
  });
}, { modules: ['lua'] });
