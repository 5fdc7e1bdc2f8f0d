// route() against a real nginx: every location answers its id, every server sends its id in X-Server.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContexts, type ContextNode } from '../../src/model/context.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { route, type RouteResult } from '../../src/model/routing.js';

/** NGINX_BIN, when set, is the only candidate (another build, OpenResty); otherwise the usual places and PATH. */
function findNginx(): string | null {
  const candidates = process.env.NGINX_BIN
    ? [process.env.NGINX_BIN]
    : ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx',
        ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean).map((d) => path.join(d, 'nginx'))];
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      // try the next one
    }
  }
  return null;
}

const nginxBin = findNginx();
if (!nginxBin && process.env.CI !== 'true') console.warn('[skip] nginx not found (NGINX_BIN, /usr/sbin/nginx, PATH); real-nginx routing tests skipped');

interface Case {
  host: string;
  uri: string;
  /** Which of the config's ports to connect to (0 or 1). */
  port?: 0 | 1;
  /** What nginx answers: a location id, `none` (no location: 404), `redirect` (301) or `400`. */
  expect: string;
  /** The X-Server id nginx answers with. */
  server: string;
}

interface Scenario {
  name: string;
  /** The http{} body; `{P0}` and `{P1}` become the two ports. */
  http: string;
  cases: Case[];
}

const SCENARIOS: Scenario[] = [
  {
    name: 'prefix, exact, ^~ and regex order',
    http: `
      server {
        listen 127.0.0.1:{P0};
        server_name loc.test;
        add_header X-Server loc always;
        location = / { return 200 "exact-root"; }
        location / { return 200 "root"; }
        location = /exact { return 200 "exact"; }
        location /exact { return 200 "exact-prefix"; }
        location /docs/ { return 200 "docs"; }
        location /docs/api/ { return 200 "docs-api"; }
        location ^~ /static/ { return 200 "static"; }
        location ~ \\.php$ { return 200 "php"; }
        location ~* \\.(png|jpg)$ { return 200 "img"; }
        location ~ ^/docs/api/v[0-9]+ { return 200 "docs-api-re"; }
        location ~ /order/ { return 200 "order-1"; }
        location ~ /order/b { return 200 "order-2"; }
        location @named { return 200 "named"; }
        location =/glued { return 200 "glued-exact"; }
        location ^~/caret { return 200 "caret-glued"; }
        location /svc/ { proxy_pass http://127.0.0.1:9; }
        location = /api { return 200 "api-exact"; }
        location /api/ { proxy_pass http://127.0.0.1:9; }
      }`,
    cases: [
      { host: 'loc.test', uri: '/', expect: 'exact-root', server: 'loc' },
      { host: 'loc.test', uri: '/index.html', expect: 'root', server: 'loc' },
      { host: 'loc.test', uri: '/exact', expect: 'exact', server: 'loc' },
      { host: 'loc.test', uri: '/exact/x', expect: 'exact-prefix', server: 'loc' },
      { host: 'loc.test', uri: '/exactly', expect: 'exact-prefix', server: 'loc' },
      { host: 'loc.test', uri: '/docs/x', expect: 'docs', server: 'loc' },
      { host: 'loc.test', uri: '/docs/api/x', expect: 'docs-api', server: 'loc' },
      { host: 'loc.test', uri: '/docs/api/v2/x', expect: 'docs-api-re', server: 'loc' },
      { host: 'loc.test', uri: '/static/a.php', expect: 'static', server: 'loc' },
      { host: 'loc.test', uri: '/docs/a.php', expect: 'php', server: 'loc' },
      { host: 'loc.test', uri: '/IMG/A.PNG', expect: 'img', server: 'loc' },
      { host: 'loc.test', uri: '/a.PHP', expect: 'root', server: 'loc' },
      { host: 'loc.test', uri: '/order/b', expect: 'order-1', server: 'loc' },
      { host: 'loc.test', uri: '/@named', expect: 'root', server: 'loc' },
      { host: 'loc.test', uri: '/glued', expect: 'glued-exact', server: 'loc' },
      { host: 'loc.test', uri: '/caret', expect: 'caret-glued', server: 'loc' },
      { host: 'loc.test', uri: '/caret/x.php', expect: 'caret-glued', server: 'loc' },
      { host: 'loc.test', uri: '/svc', expect: 'redirect', server: 'loc' },
      { host: 'loc.test', uri: '/api', expect: 'api-exact', server: 'loc' },
      { host: 'loc.test', uri: '/docs', expect: 'root', server: 'loc' },
      { host: 'loc.test', uri: '/st%61tic/a.php', expect: 'static', server: 'loc' },
      { host: 'loc.test', uri: '//docs//api/v1', expect: 'docs-api-re', server: 'loc' },
      { host: 'loc.test', uri: '/static/../x.php', expect: 'php', server: 'loc' },
      { host: 'loc.test', uri: '/x%2Ephp', expect: 'php', server: 'loc' },
      { host: 'loc.test', uri: '/a.php?x=1', expect: 'php', server: 'loc' },
      { host: 'loc.test', uri: '/a.php%3F', expect: 'root', server: 'loc' },
      { host: 'loc.test', uri: '/%2E%2E/x', expect: '400', server: 'loc' },
    ],
  },
  {
    name: 'nested locations',
    http: `
      server {
        listen 127.0.0.1:{P0};
        server_name nest.test;
        add_header X-Server nest always;
        location / { return 200 "root"; }
        location /app/ {
          return 200 "app";
          location /app/admin/ {
            return 200 "admin";
            location ~ \\.json$ { return 200 "admin-json"; }
          }
          location ~ \\.js$ { return 200 "app-js"; }
          location ^~ /app/raw/ { return 200 "app-raw"; }
          location = /app/exact { return 200 "app-exact"; }
        }
        location ^~ /lib/ {
          return 200 "lib";
          location ~ \\.js$ { return 200 "lib-js"; }
        }
        location ~ \\.js$ { return 200 "js"; }
        location ~ \\.json$ { return 200 "json"; }
        location ~ ^/re/ {
          return 200 "re";
          location ~ \\.txt$ { return 200 "re-txt"; }
        }
      }`,
    cases: [
      { host: 'nest.test', uri: '/app/x', expect: 'app', server: 'nest' },
      { host: 'nest.test', uri: '/app/x.js', expect: 'app-js', server: 'nest' },
      { host: 'nest.test', uri: '/app/admin/x', expect: 'admin', server: 'nest' },
      { host: 'nest.test', uri: '/app/admin/x.json', expect: 'admin-json', server: 'nest' },
      { host: 'nest.test', uri: '/app/admin/x.js', expect: 'app-js', server: 'nest' },
      { host: 'nest.test', uri: '/app/raw/x.js', expect: 'js', server: 'nest' },
      { host: 'nest.test', uri: '/app/raw/x', expect: 'app-raw', server: 'nest' },
      { host: 'nest.test', uri: '/app/exact', expect: 'app-exact', server: 'nest' },
      { host: 'nest.test', uri: '/lib/x.js', expect: 'lib-js', server: 'nest' },
      { host: 'nest.test', uri: '/lib/x.json', expect: 'lib', server: 'nest' },
      { host: 'nest.test', uri: '/x.json', expect: 'json', server: 'nest' },
      { host: 'nest.test', uri: '/re/a.txt', expect: 're-txt', server: 'nest' },
      { host: 'nest.test', uri: '/re/a', expect: 're', server: 'nest' },
      { host: 'nest.test', uri: '/x.js', expect: 'js', server: 'nest' },
    ],
  },
  {
    name: 'server names, default_server and two ports',
    http: `
      server { listen 127.0.0.1:{P0}; server_name first.test; add_header X-Server first always; location / { return 200 "first"; } }
      server { listen 127.0.0.1:{P0} default_server; server_name dflt.test; add_header X-Server dflt always; location / { return 200 "dflt"; } }
      server { listen 127.0.0.1:{P0}; server_name example.test www.example.test; add_header X-Server exact always; location / { return 200 "exact"; } }
      server { listen 127.0.0.1:{P0}; server_name *.example.test; add_header X-Server head always; location / { return 200 "head"; } }
      server { listen 127.0.0.1:{P0}; server_name *.api.example.test; add_header X-Server head-long always; location / { return 200 "head-long"; } }
      server { listen 127.0.0.1:{P0}; server_name www.other.*; add_header X-Server tail always; location / { return 200 "tail"; } }
      server { listen 127.0.0.1:{P0}; server_name "~^(?<sub>[a-z]+)\\.regex\\.test$"; add_header X-Server regex-1 always; location / { return 200 "regex-1"; } }
      server { listen 127.0.0.1:{P0}; server_name ~^api\\.regex\\.test$ ~^CASE\\.test$; add_header X-Server regex-2 always; location / { return 200 "regex-2"; } }
      server { listen 127.0.0.1:{P0}; server_name .dot.test; add_header X-Server dot always; location / { return 200 "dot"; } }
      server { listen 127.0.0.1:{P0}; server_name _; add_header X-Server underscore always; location / { return 200 "underscore"; } }
      server { listen 127.0.0.1:{P1}; server_name p1-first.test; add_header X-Server p1-first always; location / { return 200 "p1-first"; } }
      server { listen 127.0.0.1:{P1}; server_name example.test; add_header X-Server p1-exact always; location / { return 200 "p1-exact"; } }
    `,
    cases: [
      { host: 'example.test', uri: '/', expect: 'exact', server: 'exact' },
      { host: 'WWW.Example.Test.', uri: '/', expect: 'exact', server: 'exact' },
      { host: 'example.test:9999', uri: '/', expect: 'exact', server: 'exact' },
      { host: 'a.example.test', uri: '/', expect: 'head', server: 'head' },
      { host: 'x.api.example.test', uri: '/', expect: 'head-long', server: 'head-long' },
      { host: 'api.example.test', uri: '/', expect: 'head', server: 'head' },
      { host: 'www.other.org', uri: '/', expect: 'tail', server: 'tail' },
      { host: 'www.other.co.uk', uri: '/', expect: 'tail', server: 'tail' },
      { host: 'foo.regex.test', uri: '/', expect: 'regex-1', server: 'regex-1' },
      { host: 'api.regex.test', uri: '/', expect: 'regex-1', server: 'regex-1' },
      { host: 'case.test', uri: '/', expect: 'regex-2', server: 'regex-2' },
      { host: 'dot.test', uri: '/', expect: 'dot', server: 'dot' },
      { host: 'a.b.dot.test', uri: '/', expect: 'dot', server: 'dot' },
      { host: '_', uri: '/', expect: 'underscore', server: 'underscore' },
      { host: 'unknown.test', uri: '/', expect: 'dflt', server: 'dflt' },
      { host: 'example.test', uri: '/', port: 1, expect: 'p1-exact', server: 'p1-exact' },
      { host: 'nothing.test', uri: '/', port: 1, expect: 'p1-first', server: 'p1-first' },
      { host: 'a.example.test', uri: '/', port: 1, expect: 'p1-first', server: 'p1-first' },
    ],
  },
  {
    name: 'merge_slashes from the default server, bytes and PCRE details',
    http: `
      server {
        listen 127.0.0.1:{P0} default_server; server_name d.test; merge_slashes off;
        add_header X-Server d always;
        location / { return 200 "d-root"; }
        location ~ ^/a//b { return 200 "d-double"; }
      }
      server {
        listen 127.0.0.1:{P0}; server_name e.test;
        add_header X-Server e always;
        location / { return 200 "e-root"; }
        location ~ ^/a//b { return 200 "e-double"; }
        location /café/ { return 200 "cafe"; }
        location ~* é$ { return 200 "e-acute"; }
        location ~ ^/sp\\s { return 200 "space"; }
        location ~ \\.txt$ { return 200 "txt"; }
      }
      server {
        listen 127.0.0.1:{P1}; server_name f.test;
        add_header X-Server f always;
        location /only/ { return 200 "only"; }
      }
    `,
    cases: [
      { host: 'e.test', uri: '/a//b', expect: 'e-double', server: 'e' },
      { host: 'd.test', uri: '/a//b', expect: 'd-double', server: 'd' },
      { host: 'e.test', uri: '/caf%C3%A9/x', expect: 'cafe', server: 'e' },
      { host: 'e.test', uri: '/x%C3%A9', expect: 'e-acute', server: 'e' },
      { host: 'e.test', uri: '/x%E3%A9', expect: 'e-root', server: 'e' },
      { host: 'e.test', uri: '/sp%A0', expect: 'e-root', server: 'e' },
      { host: 'e.test', uri: '/sp%09', expect: 'space', server: 'e' },
      { host: 'e.test', uri: '/a.txt%0A', expect: 'txt', server: 'e' },
      { host: 'f.test', uri: '/only/x', port: 1, expect: 'only', server: 'f' },
      { host: 'f.test', uri: '/other', port: 1, expect: 'none', server: 'f' },
    ],
  },
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

function waitForPort(port: number, child: ChildProcess, deadline: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const attempt = (): void => {
      if (child.exitCode !== null || child.signalCode !== null) return reject(new Error(`nginx exited (${child.exitCode ?? child.signalCode})`));
      if (Date.now() > deadline) return reject(new Error(`nginx did not listen on 127.0.0.1:${port} within the time limit`));
      const sock = net.connect(port, '127.0.0.1');
      sock.once('connect', () => {
        sock.destroy();
        resolve();
      });
      sock.once('error', () => {
        sock.destroy();
        setTimeout(attempt, 25);
      });
    };
    attempt();
  });
}

interface Answer {
  status: number;
  body: string;
  server: string | null;
}

function request(port: number, host: string, uri: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: uri, headers: { Host: host }, agent: false, timeout: 3000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        const server = res.headers['x-server'];
        resolve({ status: res.statusCode ?? 0, body, server: typeof server === 'string' ? server : null });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`request ${uri} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** What nginx's answer says about the route, in the same words as {@link expected}. */
function observed(a: Answer): string {
  if (a.status === 200) return a.body;
  if (a.status === 301) return 'redirect';
  if (a.status === 404) return 'none';
  return String(a.status);
}

function returnId(node: ContextNode): string {
  return node.directives.find((d) => d.name === 'return')?.args[1]?.value ?? '(no return)';
}

function headerId(node: ContextNode): string {
  return node.directives.find((d) => d.name === 'add_header' && d.args[0]?.value === 'X-Server')?.args[1]?.value ?? '(no X-Server)';
}

/** What route() predicts nginx answers. */
function expected(r: RouteResult): string {
  if (r.badRequest) return '400';
  if (r.locationMatch === 'auto-redirect') return 'redirect';
  return r.location ? returnId(r.location[r.location.length - 1]!) : 'none';
}

it('real nginx is available when CI=true (outside CI a missing nginx only skips, with a printed reason)', () => {
  if (process.env.CI === 'true') {
    expect(nginxBin, 'nginx not found (NGINX_BIN, /usr/sbin/nginx, PATH), but CI=true: CI must run the real-nginx routing tests').toBeTruthy();
  }
});

describe.skipIf(!nginxBin)('route() agrees with nginx', () => {
  const total = SCENARIOS.reduce((n, s) => n + s.cases.length, 0);

  it('has at least 40 cases', () => {
    expect(total).toBeGreaterThanOrEqual(40);
  });

  for (const scenario of SCENARIOS) {
    describe(scenario.name, () => {
      let dir = '';
      let child: ChildProcess | null = null;
      let ports: [number, number] = [0, 0];
      let stderr = '';
      let conf = '';

      beforeAll(async () => {
        dir = mkdtempSync(path.join(os.tmpdir(), 'sse-lint-routing-'));
        // Workers may run as another user when the tests run as root.
        chmodSync(dir, 0o755);
        ports = [await freePort(), await freePort()];
        const body = scenario.http.replaceAll('{P0}', String(ports[0])).replaceAll('{P1}', String(ports[1]));
        conf = [
          'worker_processes 1;',
          `error_log ${dir}/error.log;`,
          'events { worker_connections 64; }',
          'http {',
          '  access_log off;',
          ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t}_temp;`),
          body,
          '}',
          '',
        ].join('\n');
        writeFileSync(path.join(dir, 'nginx.conf'), conf);
        child = spawn(nginxBin!, ['-p', `${dir}/`, '-c', `${dir}/nginx.conf`, '-e', `${dir}/error.log`, '-g', `daemon off; pid ${dir}/nginx.pid;`], {
          stdio: ['ignore', 'ignore', 'pipe'],
          detached: true,
        });
        child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
        child.on('error', (e) => (stderr += String(e)));
        const deadline = Date.now() + 5000;
        try {
          for (const p of new Set(scenario.http.includes('{P1}') ? ports : [ports[0]])) await waitForPort(p, child, deadline);
        } catch (e) {
          let log = '';
          try {
            log = readFileSync(path.join(dir, 'error.log'), 'utf8');
          } catch {
            // no log written
          }
          throw new Error(`${(e as Error).message}\nstderr: ${stderr}\nerror.log: ${log}`);
        }
      }, 10_000);

      afterAll(async () => {
        const c = child;
        if (c?.pid !== undefined && c.exitCode === null && c.signalCode === null) {
          try {
            process.kill(c.pid, 'SIGTERM');
          } catch {
            // exited meanwhile
          }
          if (!(await waitExit(c, 3000))) {
            // The master leads its own process group (detached): that takes its workers too.
            try {
              process.kill(-c.pid, 'SIGKILL');
            } catch {
              // already gone
            }
            await waitExit(c, 2000);
          }
        }
        if (dir) rmSync(dir, { recursive: true, force: true });
      }, 10_000);

      it.each(scenario.cases)('$host $uri -> $expect', async (c) => {
        const port = ports[c.port ?? 0];
        const answer = await request(port, c.host, c.uri);
        const got = observed(answer);
        // The table states what nginx does; a wrong table entry shows up here rather than as a routing bug.
        expect(got, `nginx answered ${answer.status} ${JSON.stringify(answer.body.slice(0, 80))}`).toBe(c.expect);
        if (answer.status !== 400) expect(answer.server).toBe(c.server);

        const contexts = buildContexts(loadConfig(['/etc/nginx/nginx.conf'], { fs: memoryFs({ '/etc/nginx/nginx.conf': conf }) }));
        const r = route(contexts, { host: c.host, port, uri: c.uri, addr: '127.0.0.1' });
        expect(r.unsupported).toEqual([]);
        expect(expected(r)).toBe(got);
        if (answer.status !== 400) expect(r.server && headerId(r.server)).toBe(answer.server);
      });
    });
  }
});
