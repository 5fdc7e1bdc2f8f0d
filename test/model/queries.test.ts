// Model queries rules ask (src/model/queries/): http servers, response headers with headers-more, worker limits, units.
import { describe, expect, it } from 'vitest';
import type { ContextNode } from '../../src/model/context.js';
import { directiveInfo } from '../../src/model/directives.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { buildModel, type ConfigModel } from '../../src/model/model.js';
import { parseRouteSpec, routeSpec } from '../../src/model/route-spec.js';
import { route } from '../../src/model/routing.js';
import { ifsSetting } from '../../src/model/queries/blocks.js';
import { countListeningSockets, listeningSockets } from '../../src/model/queries/listen-sockets.js';
import { serverProtocols } from '../../src/model/queries/protocols.js';
import { bufferingDirective, isUpstreamModule, moduleDirectives, READ_TIMEOUT_MODULES } from '../../src/model/queries/handlers.js';
import { droppedAddHeaders, moreHeaders, responseHeader, responseHeaders } from '../../src/model/queries/response-headers.js';
import { httpServers, isHttpServer, serverOf } from '../../src/model/queries/servers.js';
import { parseDuration, parseSize } from '../../src/model/queries/units.js';
import { workerLimits } from '../../src/model/queries/workers.js';
import { ruleById } from '../../src/engine/registry.js';
import { lintTree } from '../../src/lint.js';
import { describeNginx, nginxConf, nginxTest } from '../e2e/harness.js';

function model(files: Record<string, string>, entries: string[] = Object.keys(files)): ConfigModel {
  return buildModel(loadConfig(entries, { fs: memoryFs(files) }));
}

/** The context whose block directive reads `name args...` (`location /a`, `server`). */
function block(m: ConfigModel, head: string): ContextNode {
  const found = m.contexts.all.filter((c) => c.directive && [c.directive.name, ...c.directive.args.map((a) => a.value)].join(' ') === head);
  expect(found, head).toHaveLength(1);
  return found[0]!;
}

describe('isHttpServer (one definition for routing, --route and the rules)', () => {
  it('is true for a server block inside http, false inside stream and mail', () => {
    const m = model({
      '/t/nginx.conf': `events {}
http { server { listen 80; server_name a.example.com; } }
stream { server { listen 12345; proxy_pass 127.0.0.1:8080; } }
mail { server { listen 2525; protocol smtp; } }
`,
    });
    const servers = m.contexts.all.filter((c) => c.kind === 'server');
    expect(servers.map((s) => [s.parent!.kind, isHttpServer(s)])).toEqual([['http', true], ['stream', false], ['mail', false]]);
    expect(httpServers(m.contexts)).toEqual([servers[0]]);
  });

  it('is true for a lone file guessed to be a server body, alone or placed under the main http block', () => {
    const alone = model({ '/t/site.conf': 'listen 8080;\nlocation / { proxy_pass http://127.0.0.1:9000; }\n' });
    const root = alone.contexts.roots[0]!;
    expect([root.kind, root.directive, root.parent]).toEqual(['server', null, null]);
    expect(isHttpServer(root)).toBe(true);

    // nginx.conf includes a directory that is empty here: the unincluded site file is evaluated inside its http.
    const placed = model({
      '/t/nginx.conf': 'events {}\nhttp {\n  include /etc/nginx/sites-enabled/*;\n}\n',
      '/t/site.conf': 'listen 8080;\nlocation / { proxy_pass http://127.0.0.1:9000; }\n',
    });
    const site = placed.contexts.roots[1]!;
    expect([site.kind, site.parent?.kind]).toEqual(['server', 'http']);
    expect(isHttpServer(site)).toBe(true);
    // Routing sees the same server the rules see.
    expect(route(placed.contexts, { host: '', port: 8080, uri: '/' }).server).toBe(site);
  });

  it('is false for a server block at the top level of a main config, which nginx rejects (the one --route counted)', () => {
    const m = model({ '/t/nginx.conf': 'user nginx;\nevents {}\nserver {\n  listen 8081;\n  server_name a.example.com;\n  location / { return 200; }\n}\n' });
    const server = m.contexts.all.find((c) => c.kind === 'server')!;
    expect(server.parent!.kind).toBe('main');
    expect(isHttpServer(server)).toBe(false);
    expect(httpServers(m.contexts)).toEqual([]);
    // --route with a host finds no server there either, and routing agrees.
    expect(routeSpec(m.contexts, parseRouteSpec('a.example.com/')!).every((r) => r.server === null)).toBe(true);
  });

  it('serverOf finds the server of a nested location or if, and nothing above a server', () => {
    const m = model({ '/t/nginx.conf': 'http { server { location /a { location /a/b { if ($arg_x) { return 204; } } } } }\n' });
    const server = m.contexts.all.find((c) => c.kind === 'server')!;
    const iff = m.contexts.all.find((c) => c.kind === 'if')!;
    expect(serverOf(iff)).toBe(server);
    expect(serverOf(server.parent!)).toBeNull();
  });
});

describeNginx('isHttpServer against nginx 1.22.1', () => {
  it('nginx rejects a server block outside http, so it serves no requests', async () => {
    const outside = await nginxTest(nginxConf({ main: 'server { listen 127.0.0.1:{{PORT}}; }' }));
    expect(outside.ok).toBe(false);
    expect(outside.output).toContain('"server" directive is not allowed here');
    const inside = await nginxTest(nginxConf({ servers: 'server { listen 127.0.0.1:{{PORT}}; }' }));
    expect(inside.ok, inside.output).toBe(true);
  });
});

describe('response headers: add_header combined with headers-more', () => {
  const m = model({
    '/t/nginx.conf': `http {
  more_set_headers 'X-More-Http: h' 'X-Shared: more';
  server {
    add_header X-Srv s always;
    add_header X-Kept k always;
    more_set_headers 'X-Kept: more';
    location /inherit/ { proxy_pass http://127.0.0.1:9000; }
    location /own/ { add_header X-Loc l always; proxy_pass http://127.0.0.1:9000; }
    location /clear/ { more_clear_headers 'X-More-*' X-Kept; add_header X-Loc l always; proxy_pass http://127.0.0.1:9000; }
    location /both/ { add_header X-Shared add always; more_clear_headers X-Shared; add_header X-Empty ""; proxy_pass http://127.0.0.1:9000; }
  }
}
`,
  });
  const sent = (head: string): Record<string, string[]> =>
    Object.fromEntries([...responseHeaders(m, block(m, head))].map(([k, v]) => [k, v.map((s) => s.value)]).sort());

  it('adds the accumulated headers-more values to the add_header list in effect', () => {
    expect(sent('location /inherit/')).toEqual({ 'x-kept': ['more', 'k'], 'x-more-http': ['h'], 'x-shared': ['more'], 'x-srv': ['s'] });
    expect(sent('location /own/')).toEqual({ 'x-kept': ['more'], 'x-loc': ['l'], 'x-more-http': ['h'], 'x-shared': ['more'] });
  });

  it('lets more_clear_headers (with wildcards) remove earlier headers-more values only, never add_header ones', () => {
    expect(sent('location /clear/')).toEqual({ 'x-loc': ['l'], 'x-shared': ['more'] });
    expect(sent('location /both/')).toEqual({ 'x-kept': ['more'], 'x-more-http': ['h'], 'x-shared': ['add'] });
  });

  it('responseHeader answers one name as the map of every header does', () => {
    for (const head of ['location /inherit/', 'location /own/', 'location /clear/', 'location /both/', 'server']) {
      const all = responseHeaders(m, block(m, head));
      for (const name of ['x-kept', 'x-loc', 'x-more-http', 'x-shared', 'x-srv', 'x-empty', 'x-none']) {
        expect(responseHeader(m, block(m, head), name), `${head} ${name}`).toEqual(all.get(name) ?? []);
      }
    }
    // Both kinds at once, in the map's order: the headers-more value, then the add_header line.
    expect(responseHeader(m, block(m, 'location /inherit/'), 'x-kept').map((s) => s.value)).toEqual(['more', 'k']);
  });

  it('droppedAddHeaders: inherited add_header lines a level loses, except those headers-more still sends', () => {
    const dropped = (head: string): string[] => droppedAddHeaders(m, block(m, head)).map((e) => e.directive.args[0]!.value);
    expect(dropped('location /inherit/')).toEqual([]);
    // X-Kept is also set by more_set_headers at server level, which no add_header replaces.
    expect(dropped('location /own/')).toEqual(['X-Srv']);
    // ... unless more_clear_headers removes it again here.
    expect(dropped('location /clear/')).toEqual(['X-Srv', 'X-Kept']);
  });

  it('moreHeaders skips the -s and -t filters and reads a header with an empty value as a clear', () => {
    const d = block(m, 'server').directives.find((x) => x.name === 'more_set_headers')!;
    expect(moreHeaders(d)).toEqual([{ name: 'X-Kept', value: 'more' }]);
    const f = model({ '/t/x.conf': "location / { more_set_headers -s '404 500' 'X-A: 1' -t text/html 'X-B:' X-C; }\n" });
    const line = f.contexts.all.flatMap((c) => c.directives).find((x) => x.name === 'more_set_headers')!;
    expect(moreHeaders(line)).toEqual([{ name: 'X-A', value: '1' }, { name: 'X-B', value: null }, { name: 'X-C', value: null }]);
  });
});

describe('worker limits', () => {
  it('takes worker_connections and worker_processes defaults from the directive table when unset', () => {
    const m = model({ '/t/nginx.conf': 'events {}\nhttp { server { listen 80; } }\n' });
    const w = workerLimits(m);
    expect(directiveInfo('worker_connections')!.default).toBe('512');
    expect(w.connections.args).toEqual([directiveInfo('worker_connections')!.default]);
    expect(w.connections.origin.kind).toBe('default');
    expect(w.processes.args).toEqual(['1']);
    expect(w.rlimitNofile.args).toBeNull();
  });

  it('uses the default when the linted files have no events block at all', () => {
    const w = workerLimits(model({ '/t/site.conf': 'server { listen 80; }\n' }));
    expect(w.events).toBeNull();
    expect([w.connections.args, w.connections.origin.kind]).toEqual([['512'], 'default']);
  });

  it('reads the lines that are written, with where they are', () => {
    const w = workerLimits(model({ '/t/nginx.conf': 'worker_processes auto;\nworker_rlimit_nofile 4096;\nevents { worker_connections 2048; }\n' }));
    expect([w.processes.value, w.connections.value, w.rlimitNofile.value]).toEqual(['auto', '2048', '4096']);
    expect(w.connections.origin.kind === 'directive' && w.connections.origin.directive.nameToken.line).toBe(3);
  });

  it('stream-capacity counts with the table default when worker_connections is unset', () => {
    const files = { '/t/nginx.conf': 'events {}\nhttp { server { listen 80; location /events { proxy_pass http://127.0.0.1:9000; } } }\n' };
    const { findings } = lintTree(loadConfig(['/t/nginx.conf'], { fs: memoryFs(files) }), { rulesList: [ruleById('stream-capacity')!] });
    const dflt = Number(directiveInfo('worker_connections')!.default);
    expect(findings).toHaveLength(1);
    // One listening socket and the master channel take a slot each; a stream takes two.
    expect(findings[0]!.message).toContain(`About ${Math.floor((dflt - 1 - 1) / 2)} concurrent event streams fit: 1 worker x (${dflt} worker_connections`);
    expect(findings[0]!.message).toContain(`worker_connections not set: nginx default ${dflt}`);
  });
});

describe('handlers, blocks and units', () => {
  it('names the buffering and read-timeout directives of each module from one table', () => {
    expect((['proxy', 'fastcgi', 'uwsgi', 'scgi', 'grpc', 'memcached', 'lua', 'static'] as const).map(bufferingDirective))
      .toEqual(['proxy_buffering', 'fastcgi_buffering', 'uwsgi_buffering', 'scgi_buffering', null, null, null, null]);
    expect((['grpc', 'memcached', 'lua', 'return'] as const).map(isUpstreamModule)).toEqual([true, true, false, false]);
    expect(moduleDirectives('read_timeout', READ_TIMEOUT_MODULES)).toEqual(['proxy_read_timeout', 'fastcgi_read_timeout', 'uwsgi_read_timeout', 'scgi_read_timeout', 'grpc_read_timeout']);
  });

  it('ifsSetting: the if blocks that set a directive themselves, not those that inherit it', () => {
    const m = model({ '/t/nginx.conf': 'http { server { location /s { gzip on; if ($a) { gzip off; } if ($b) { set $x 1; } if ($c) { if ($d) { gzip on; } } } } }\n' });
    const got = ifsSetting(m, block(m, 'location /s'), 'gzip').map((s) => `${s.ctx.directive!.args[0]!.value} ${s.value.value}`);
    expect(got).toEqual(['($a) off', '($d) on']);
  });

  it('inherited: what a level gets from above, without its own line', () => {
    const m = model({ '/t/nginx.conf': 'http { chunked_transfer_encoding off; server { location /a { chunked_transfer_encoding off; } location /b { } } }\n' });
    expect(m.inherited(block(m, 'location /a'), 'chunked_transfer_encoding').value).toBe('off');
    const noHttp = model({ '/t/nginx.conf': 'http { server { location /a { chunked_transfer_encoding off; } } }\n' });
    const v = noHttp.inherited(block(noHttp, 'location /a'), 'chunked_transfer_encoding');
    expect([v.value, v.origin.kind]).toEqual(['on', 'default']);
  });

  it('parses nginx durations and sizes', () => {
    // ngx_parse_time skips spaces after a unit: nginx -t 1.22.1 accepts `proxy_read_timeout "1m 2s";` (62 s).
    expect(['60', '60s', '1m30s', '500ms', '1h', '2d', '1w', '5x', '', '1m 2s', '2s 1m', '1y'].map(parseDuration)).toEqual([60, 60, 90, 0.5, 3600, 172800, 604800, null, null, 62, null, null]);
    expect(['100', '8k', '1M', '2g', '$rate', '1.5m'].map(parseSize)).toEqual([100, 8192, 1048576, 2147483648, null, null]);
  });
});

const http = (body: string): string => `events {}\nhttp {\n${body}\n}\n`;

describe('listening sockets', () => {
  const servers = (text: string) => model({ '/t/nginx.conf': text }).contexts.all.filter((c) => c.kind === 'server');

  it('lets a wildcard take the other addresses of its port, except bound ones; IPv6, UDP and unix sockets are separate', () => {
    const s = servers(http(`
      server { listen 8080; listen [::]:8080; }
      server { listen 127.0.0.1:8080; listen 127.0.0.2:8080 bind; }
      server { listen 127.0.0.1:9090; listen 127.0.0.1:9090; listen 127.0.0.1:9091 reuseport; }
      server { listen 443 quic reuseport; listen 443 ssl; listen unix:/run/app.sock; }`));
    // tcp4/8080: * + 127.0.0.2 (bind); tcp6/8080: [::]; tcp4/9090: one; 9091; udp4/443; tcp4/443; unix.
    expect(countListeningSockets(s).count).toBe(8);
  });

  it('counts the sockets of stream and mail servers too, and of a lone server-body file', () => {
    const m = model({ '/t/nginx.conf': `events {}\nhttp { server { listen 80; } }\nstream { server { listen 12345; proxy_pass 127.0.0.1:8080; } }\nmail { server { listen 2525; protocol smtp; } }\n` });
    expect(listeningSockets(m)).toEqual({ count: 3, listens: 3 });
    expect(listeningSockets(model({ '/t/site.conf': 'listen 8080;\nlisten 8443 ssl;\n' }))).toEqual({ count: 2, listens: 2 });
  });
});

describe('TLS and HTTP/2 per server', () => {
  it('shares ssl and http2 across servers that listen on the same address and port (checked on nginx 1.22.1)', () => {
    const m = model({ '/t/nginx.conf': http(`
      server { listen 127.0.0.1:443 ssl http2; server_name a.example.com; }
      server { listen 127.0.0.1:443; server_name b.example.com; }
      server { listen 127.0.0.2:443 ssl; server_name c.example.com; }`) });
    const [a, b, c] = m.contexts.all.filter((x) => x.kind === 'server');
    expect([a, b, c].map((s) => { const p = serverProtocols(m, s!); return [p.tls, p.http2]; })).toEqual([[true, true], [true, true], [true, false]]);
  });

  it('counts the old `ssl on;` directive as TLS for every listen of the server', () => {
    const m = model({ '/t/nginx.conf': http(`server { listen 8443; ssl on; }`) });
    const p = serverProtocols(m, m.contexts.all.find((x) => x.kind === 'server')!);
    expect(p.tls).toBe(true);
    expect(p.tlsListens.map((d) => d.args[0]!.value)).toEqual(['8443']);
  });
});
