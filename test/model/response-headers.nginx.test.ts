// responseHeaders (add_header + headers-more) against real nginx 1.22.1 with the headers-more module: the
// headers a client receives from each location equal the model's combined list.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ContextNode } from '../../src/model/context.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { buildModel, type ConfigModel } from '../../src/model/model.js';
import { responseHeaders } from '../../src/model/queries/response-headers.js';
import { describeNginx, nginxConf, request, startBackend, startNginx, stopAll, type Backend, type NginxInstance } from '../e2e/harness.js';

const HTTP = `
    more_set_headers 'X-More-Http: h' 'X-Shared: more';`;

const SERVER = `
        add_header X-Srv s always;
        add_header X-Kept k always;
        more_set_headers 'X-Kept: more';
        location /inherit/ { proxy_pass {{BACKEND}}/echo?; }
        location /own/ { add_header X-Loc l always; proxy_pass {{BACKEND}}/echo?; }
        location /clear/ { more_clear_headers 'X-More-*' X-Kept; add_header X-Loc l always; proxy_pass {{BACKEND}}/echo?; }
        location /both/ { add_header X-Shared add always; more_clear_headers X-Shared; add_header X-Empty ""; proxy_pass {{BACKEND}}/echo?; }
        location /nested/ {
            more_set_headers 'X-Outer: o';
            location /nested/inner/ { more_set_headers 'X-Outer: i'; proxy_pass {{BACKEND}}/echo?; }
        }`;

describeNginx('response headers: add_header + headers-more, model vs nginx 1.22.1', () => {
  let backend: Backend;
  let nginx: NginxInstance;
  let model: ConfigModel;

  beforeAll(async () => {
    backend = await startBackend();
    const conf = nginxConf({ http: HTTP, servers: `server {\n        listen 127.0.0.1:{{PORT}};${SERVER}\n    }` });
    nginx = await startNginx(conf, { backend, modules: ['headers-more'] });
    model = buildModel(loadConfig(['/t/nginx.conf'], { fs: memoryFs({ '/t/nginx.conf': nginx.conf }) }));
  });
  afterAll(async () => {
    await stopAll();
  });

  const location = (path: string): ContextNode =>
    model.locations.filter((c) => path.startsWith(c.directive!.args[0]!.value)).sort((a, b) => b.directive!.args[0]!.value.length - a.directive!.args[0]!.value.length)[0]!;

  for (const uri of ['/inherit/x', '/own/x', '/clear/x', '/both/x', '/nested/inner/x']) {
    it(`${uri}: the X- headers received equal the model's, with their values`, async () => {
      const res = await request(`${nginx.url}${uri}`);
      expect(res.status).toBe(200);
      const received = Object.fromEntries(Object.entries(res.headers).filter(([k]) => k.startsWith('x-')).sort(([a], [b]) => (a < b ? -1 : 1)));
      const modelled = Object.fromEntries([...responseHeaders(model, location(uri))].sort(([a], [b]) => (a < b ? -1 : 1))
        // Node joins repeated response headers with ", ".
        .map(([k, v]) => [k, v.map((s) => s.value).join(', ')]));
      expect(received).toEqual(modelled);
    });
  }
}, { modules: ['headers-more'] });
