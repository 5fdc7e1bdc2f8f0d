// Rule scenarios against real nginx, part 4: an ngx_lua SSE generator behind a proxying nginx [E38-E41]
// (upstream-http10, lua-http10-buffering), and an accumulating Lua body filter (lua-body-filter-on-stream).
// One config holds both tiers: the Lua server on {{PORT_LUA}}, the front proxy on {{PORT}}; it loads the Lua module itself.
// The Lua generator runs in lockstep with the client through the backend's /gate (lockstep.ts).
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeNginx, fetchStream, loadModuleLines, nginxConf, serverBlock, startBackend, stopAll, type Backend, type NginxInstance } from './harness.js';
import { luaLockstepSse } from './lockstep.js';
import {
  EVENTS, cleanupMaterialized, cliFix, expectFinding, expectIncremental, expectLumped, findingsOf, lineDiff, lintFile, materialize, note, printMeasured, runConfig, testConfig, timing, type Materialized, withNginx, expectNginxAccepts,
} from './scenario-kit.js';

afterAll(async () => {
  await stopAll();
  cleanupMaterialized();
  printMeasured('scenarios: lua');
});



const LUA_SSE = luaLockstepSse(EVENTS, '{{BACKEND_PORT}}');

/** Front nginx (pre-1.29.7 default proxy_http_version 1.0, buffering off) in front of an ngx_lua event stream. */
const twoTiers = (frontExtra = '', luaExtra = '') => nginxConf({
  main: loadModuleLines(['lua']),
  servers: [
    serverBlock(`
        location /sse {
            proxy_pass http://127.0.0.1:{{PORT_LUA}};
            proxy_buffering off;${frontExtra}
        }`),
    serverBlock(`
        location /sse {
            default_type text/event-stream;${luaExtra}
            content_by_lua_block {${LUA_SSE}
            }
        }`, 'PORT_LUA'),
  ],
});

describeNginx('rule scenarios: ngx_lua upstream', () => {
  let backend: Backend;
  beforeAll(async () => { backend = await startBackend(); });
  const get = (ngx: NginxInstance) => fetchStream(`${ngx.url}/sse`, { lockstep: backend.gate });
  it('upstream-http10 (error, Lua upstream): HTTP/1.0 to ngx_lua gets the stream in one lump with Content-Length; the fix (1.1) streams', async () => {
    const m = await materialize(twoTiers(), { backend });
    expectFinding(m.file, 'upstream-http10', { severity: 'error', message: /lua_http10_buffering on/ });

    const broken = await withNginx(m.text, m, get);
    expectLumped(broken);
    expect(broken.headers['content-length']).toBeDefined();

    const fix = await cliFix(m.file, ['upstream-http10']);
    expect(lineDiff(fix.before, fix.after)).toEqual({ added: ['proxy_http_version 1.1;'], removed: [] });
    expect(findingsOf(lintFile(m.file), 'upstream-http10')).toEqual([]);
    await expectNginxAccepts(fix.after, m);
    const fixed = await withNginx(fix.after, m, get);
    expectIncremental(fixed);
    expect(fixed.headers['content-length']).toBeUndefined();
    note('upstream-http10', `broken (front HTTP/1.0 -> lua): ${timing(broken)}, content-length ${broken.headers['content-length']} | fixed (proxy_http_version 1.1): ${timing(fixed)}`);
  });

  it('lua-http10-buffering: the same lump, fixed on the Lua side with lua_http10_buffering off (front still HTTP/1.0)', async () => {
    const m = await materialize(twoTiers(), { backend });
    expectFinding(m.file, 'lua-http10-buffering', { severity: 'warning' });

    const broken = await withNginx(m.text, m, get);
    expectLumped(broken);
    expect(broken.headers['content-length']).toBeDefined();

    const fix = await cliFix(m.file, ['lua-http10-buffering']);
    expect(lineDiff(fix.before, fix.after)).toEqual({ added: ['lua_http10_buffering off;'], removed: [] });
    expect(findingsOf(lintFile(m.file), 'lua-http10-buffering')).toEqual([]);
    // The front still speaks HTTP/1.0: upstream-http10 stays (as a warning now that the Lua side streams).
    const rest = findingsOf(lintFile(m.file), 'upstream-http10');
    expect(rest.map((f) => f.severity)).toEqual(['warning']);
    await expectNginxAccepts(fix.after, m);
    const fixed = await withNginx(fix.after, m, get);
    expectIncremental(fixed);
    expect(fixed.headers['content-length']).toBeUndefined();
    note('lua-http10-buffering', `broken: ${timing(broken)}, content-length ${broken.headers['content-length']} | fixed (lua_http10_buffering off, front still 1.0): ${timing(fixed)}`);
  });

  it('lua-body-filter-on-stream: an accumulating body_filter_by_lua lumps the stream even unbuffered over HTTP/1.1; passing chunks on streams it', async () => {
    // A "log the whole response" filter: holds every chunk until the last one.
    const m = await materialize(nginxConf({
      main: loadModuleLines(['lua']),
      servers: [
        serverBlock(`
        location /sse {
            proxy_pass http://127.0.0.1:{{PORT_LUA}};
            proxy_buffering off;
            proxy_http_version 1.1;
            body_filter_by_lua_block {
                local ctx = ngx.ctx
                ctx.buf = (ctx.buf or '') .. (ngx.arg[1] or '')
                if ngx.arg[2] then
                    ngx.arg[1] = ctx.buf
                else
                    ngx.arg[1] = nil
                end
            }
        }`),
        serverBlock(`
        location /sse {
            default_type text/event-stream;
            lua_http10_buffering off;
            content_by_lua_block {${LUA_SSE}
            }
        }`, 'PORT_LUA'),
      ],
    }), { backend });
    expectFinding(m.file, 'lua-body-filter-on-stream', { severity: 'warning', message: /sets ngx\.arg\[1\] to nil or ""/ });
    // Nothing else explains the lump: buffering is off and the front speaks HTTP/1.1 to a Lua side that streams it.
    const lumpRules = ['buffering-on', 'accel-buffering-ignored', 'cache-on-stream', 'upstream-http10', 'lua-http10-buffering'];
    expect(lintFile(m.file).filter((f) => lumpRules.includes(f.ruleId)).map((f) => f.ruleId)).toEqual([]);

    const broken = await withNginx(m.text, m, get);
    expectLumped(broken);

    // No automatic fix; the repair its docs give: keep the copy for the log, leave ngx.arg[1] as it came.
    const none = await cliFix(m.file, ['lua-body-filter-on-stream'], { unsafe: true });
    expect(none.after).toBe(none.before);
    const repaired = none.after.replace(/\n\s*if ngx\.arg\[2\] then\n\s*ngx\.arg\[1\] = ctx\.buf\n\s*else\n\s*ngx\.arg\[1\] = nil\n\s*end/, `
                if ngx.arg[2] then
                    ngx.log(ngx.INFO, 'stream bytes: ', #ctx.buf)
                end`);
    expect(repaired).not.toBe(none.after);
    writeFileSync(m.file, repaired);
    expect(findingsOf(lintFile(m.file), 'lua-body-filter-on-stream')).toEqual([]);
    await expectNginxAccepts(repaired, m);
    const fixed = await withNginx(repaired, m, get);
    expectIncremental(fixed);
    note('lua-body-filter-on-stream', `accumulating filter, buffering off, HTTP/1.1: ${timing(broken)} | filter passes chunks on (copy kept for the log): ${timing(fixed)}`);
  });
}, { modules: ['lua'] });
