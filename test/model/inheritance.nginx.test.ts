// The model's add_header / proxy_set_header inheritance against real nginx: the backend echoes what it received,
// the client reads what nginx sent, and both must equal the model's effective lists at every level.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { buildModel } from '../../src/model/model.js';
import type { ContextNode } from '../../src/model/context.js';
import { describeNginx, nginxConf, request, startBackend, startNginx, stopAll, type Backend, type NginxInstance } from '../e2e/harness.js';

// Each location is reached by its path; `?f=1` makes the `if` blocks match. `X-Id` names the level that answered.
const SERVER = `
        add_header X-Srv-A server always;
        add_header X-Srv-B server always;
        proxy_set_header X-Srv-Req server;

        location /inherit/ {
            proxy_pass {{BACKEND}}/echo?;
        }
        location /own/ {
            add_header X-Loc own always;
            proxy_set_header X-Loc-Req own;
            proxy_pass {{BACKEND}}/echo?;
        }
        location /outer/ {
            add_header X-Outer outer always;
            proxy_pass {{BACKEND}}/echo?;
            location /outer/inner/ {
                proxy_pass {{BACKEND}}/echo?;
            }
            location /outer/own/ {
                add_header X-Inner inner always;
                proxy_set_header X-Inner-Req inner;
                proxy_pass {{BACKEND}}/echo?;
            }
        }
        location /if/ {
            add_header X-Loc-If outer always;
            proxy_set_header X-Loc-If-Req outer;
            proxy_pass {{BACKEND}}/echo?;
            if ($arg_f) {
                add_header X-In-If inner always;
            }
        }
        location /if-plain/ {
            proxy_pass {{BACKEND}}/echo?;
            if ($arg_f) {
                set $x 1;
            }
        }`;

const HTTP = `
    add_header X-Http http always;
    proxy_set_header X-Http-Req http;`;

describeNginx('add_header and proxy_set_header inheritance, model vs nginx 1.22.1', () => {
  let backend: Backend;
  let nginx: NginxInstance;
  let model: ReturnType<typeof buildModel>;

  beforeAll(async () => {
    backend = await startBackend();
    const conf = nginxConf({ http: HTTP, servers: `server {\n        listen 127.0.0.1:{{PORT}};${SERVER}\n    }` });
    nginx = await startNginx(conf, { backend });
    const fs = memoryFs({ '/t/nginx.conf': nginx.conf });
    model = buildModel(loadConfig(['/t/nginx.conf'], { fs }));
  });
  afterAll(async () => {
    await stopAll();
  });

  const locationFor = (path: string, withIf: boolean): ContextNode => {
    const locs = model.contexts.all.filter((c) => c.kind === 'location' && c.directive && path.startsWith(c.directive.args[c.directive.args.length - 1]!.value));
    const loc = locs.sort((a, b) => b.directive!.args[0]!.value.length - a.directive!.args[0]!.value.length)[0]!;
    if (!withIf) return loc;
    return loc.children.find((c) => c.kind === 'if') ?? loc;
  };

  for (const [uri, withIf] of [
    ['/inherit/x', false], ['/own/x', false], ['/outer/x', false], ['/outer/inner/x', false], ['/outer/own/x', false],
    ['/if/x', false], ['/if/x?f=1', true], ['/if-plain/x?f=1', true],
  ] as const) {
    it(`${uri}: response and request headers equal the model's effective lists`, async () => {
      const res = await request(`${nginx.url}${uri}`);
      expect(res.status).toBe(200);
      const ctx = locationFor(uri.split('?')[0]!, withIf);
      // Response headers added by nginx (names starting X-, as the config writes them).
      const sent = Object.keys(res.headers).filter((h) => h.startsWith('x-')).sort();
      const modelResp = model.effectiveList(ctx, 'add_header').entries.map((e) => e.directive.args[0]!.value.toLowerCase()).sort();
      expect(sent).toEqual(modelResp);
      // Request headers the backend received from proxy_set_header.
      const echoed = JSON.parse(res.body) as { headers: Record<string, string> };
      const received = Object.keys(echoed.headers).filter((h) => h.startsWith('x-')).sort();
      const modelReq = model.effectiveList(ctx, 'proxy_set_header').entries.map((e) => e.directive.args[0]!.value.toLowerCase()).sort();
      expect(received).toEqual(modelReq);
    });
  }
});
