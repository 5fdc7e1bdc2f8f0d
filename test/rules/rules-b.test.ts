// Severities, fix applicability and helper facts of the stream rules that fixtures alone do not pin down.
import { describe, expect, it } from 'vitest';
import { ruleById } from '../../src/engine/registry.js';
import { countListeningSockets, serverProtocols } from '../../src/engine/rule-helpers-b.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { buildModel, type ModelOptions } from '../../src/model/model.js';
import { lintTree } from '../../src/lint.js';
import type { Finding } from '../../src/types.js';

function lint(id: string, text: string, opts: { options?: Record<string, unknown>; model?: ModelOptions } = {}): Finding[] {
  const rule = ruleById(id);
  if (!rule) throw new Error(`no rule ${id}`);
  const fs = memoryFs({ '/t/nginx.conf': text });
  const tree = loadConfig(['/t/nginx.conf'], { fs });
  const { findings } = lintTree(tree, { rulesList: [rule], model: opts.model ?? {}, rules: { [id]: { options: opts.options ?? {} } } });
  const foreign = findings.filter((f) => f.ruleId !== id);
  if (foreign.length) throw new Error(`unexpected findings: ${foreign.map((f) => `${f.ruleId} ${f.message}`).join('; ')}`);
  return findings;
}

function model(text: string) {
  const fs = memoryFs({ '/t/nginx.conf': text });
  return buildModel(loadConfig(['/t/nginx.conf'], { fs }));
}

const http = (body: string): string => `events {}\nhttp {\n${body}\n}\n`;

describe('cache-on-stream severity', () => {
  it('is an error when the stream can be stored whatever the backend says, a warning otherwise', () => {
    const found = lint('cache-on-stream', http(`
      proxy_cache_path /var/cache/nginx/a keys_zone=a:1m;
      server {
        listen 8080;
        location /events { proxy_pass http://127.0.0.1:9000; proxy_cache a; proxy_cache_valid 200 1m; }
        location /stream { proxy_pass http://127.0.0.1:9000; proxy_cache a; proxy_ignore_headers X-Accel-Expires; }
        location /sse { proxy_pass http://127.0.0.1:9000; proxy_cache a; }
        location /feed/events { proxy_pass http://127.0.0.1:9000; proxy_cache a; proxy_ignore_headers Set-Cookie; }
      }`));
    expect(found.map((f) => [f.span.line, f.severity])).toEqual([[7, 'error'], [8, 'error'], [9, 'warning'], [10, 'warning']]);
  });

  it('treats a variable no_cache condition as "may store"', () => {
    const found = lint('cache-on-stream', http(`
      proxy_cache_path /var/cache/nginx/a keys_zone=a:1m;
      server { listen 8080;
        location /events { proxy_pass http://127.0.0.1:9000; proxy_cache a; proxy_no_cache $arg_nocache; proxy_cache_bypass $arg_nocache; }
      }`));
    expect(found).toHaveLength(1);
  });
});

describe('limit-rate-on-stream severity', () => {
  it('is info when the limit is ignored (unbuffered) and a warning when it throttles', () => {
    const found = lint('limit-rate-on-stream', http(`
      server { listen 8080; limit_rate 10k;
        location /events { proxy_pass http://127.0.0.1:9000; proxy_buffering off; }
        location /stream { proxy_pass http://127.0.0.1:9000; }
        location /uwsgi/events { uwsgi_pass 127.0.0.1:9001; uwsgi_buffering off; }
      }`));
    expect(found.map((f) => [f.span.line, f.severity])).toEqual([[5, 'info'], [6, 'warning'], [7, 'info']]);
  });
});

describe('read-timeout-short', () => {
  it('offers no fix when fixValue would itself be flagged (the fix loop could not settle)', () => {
    const found = lint('read-timeout-short', http(`server { listen 8080; location /events { proxy_pass http://127.0.0.1:9000; } }`), { options: { minSeconds: 7200 } });
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
  });

  it('ignores handlers without an upstream read timeout (memcached, Lua)', () => {
    expect(lint('read-timeout-short', http(`server { listen 8080;
      location /events { # sse-lint: stream
        memcached_pass 127.0.0.1:11211; }
    }`))).toEqual([]);
  });
});

describe('http1-connection-limit', () => {
  const tls = `ssl_certificate /etc/ssl/example.pem; ssl_certificate_key /etc/ssl/example.key;`;

  it('warns for TLS servers and notes plain ones', () => {
    const found = lint('http1-connection-limit', http(`${tls}
      server { listen 443 ssl; location /events { proxy_pass http://127.0.0.1:9000; } }
      server { listen 80; location /events { proxy_pass http://127.0.0.1:9000; } }`));
    expect(found.map((f) => [f.span.line, f.severity, f.fix?.applicability ?? null])).toEqual([[4, 'warning', 'safe'], [5, 'info', null]]);
  });

  it('makes the fix unsafe when http2 is turned off on purpose (from http, too)', () => {
    const found = lint('http1-connection-limit', http(`${tls} http2 off;
      server { listen 443 ssl; location /events { proxy_pass http://127.0.0.1:9000; } }`), { model: { nginxVersion: '1.27.0' } });
    expect(found).toHaveLength(1);
    expect(found[0]!.fix?.applicability).toBe('unsafe');
    expect(found[0]!.fix?.edits[0]!.text).toContain('http2 on;');
  });

  it('reports one finding per server, however many stream locations it has', () => {
    const found = lint('http1-connection-limit', http(`${tls}
      server { listen 443 ssl; location /events { proxy_pass http://127.0.0.1:9000; } location /v1/chat/completions { proxy_pass http://127.0.0.1:9000; } }`));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('location /events, location /v1/chat/completions');
  });
});

describe('stream-capacity', () => {
  it('reports once per config, as info by default', () => {
    const found = lint('stream-capacity', `worker_processes 2;\nevents { worker_connections 100; }\n` + `http {
      server { listen 8080; location /events { proxy_pass http://127.0.0.1:9000; } }
      server { listen 8081; location /stream { proxy_pass http://127.0.0.1:9000; } }
    }`);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('info');
    // 2 x (100 - 2 sockets - 1 channel) / 2 = 2 x 48
    expect(found[0]!.message).toContain('About 96 concurrent event streams fit');
  });

  it('warns below expectedStreams, but not with worker_processes auto (the core count is unknown)', () => {
    const cfg = (wp: string): string => `worker_processes ${wp};\nevents { worker_connections 100; }\nhttp { server { listen 8080; location /events { proxy_pass http://127.0.0.1:9000; } } }`;
    expect(lint('stream-capacity', cfg('2'), { options: { expectedStreams: 500 } })[0]!.severity).toBe('warning');
    const auto = lint('stream-capacity', cfg('auto'), { options: { expectedStreams: 500 } })[0]!;
    expect(auto.severity).toBe('info');
    expect(auto.message).toContain('need at least 11 worker processes');
  });

  it('says nothing without stream locations', () => {
    expect(lint('stream-capacity', `events {}\nhttp { server { listen 8080; location / { proxy_pass http://127.0.0.1:9000; } } }`)).toEqual([]);
  });
});

describe('listening sockets', () => {
  const servers = (text: string) => model(text).contexts.all.filter((c) => c.kind === 'server');

  it('lets a wildcard take the other addresses of its port, except bound ones; IPv6, UDP and unix sockets are separate', () => {
    const s = servers(http(`
      server { listen 8080; listen [::]:8080; }
      server { listen 127.0.0.1:8080; listen 127.0.0.2:8080 bind; }
      server { listen 127.0.0.1:9090; listen 127.0.0.1:9090; listen 127.0.0.1:9091 reuseport; }
      server { listen 443 quic reuseport; listen 443 ssl; listen unix:/run/app.sock; }`));
    // tcp4/8080: * + 127.0.0.2 (bind); tcp6/8080: [::]; tcp4/9090: one; 9091; udp4/443; tcp4/443; unix.
    expect(countListeningSockets(s).count).toBe(8);
  });
});

describe('TLS and HTTP/2 per server', () => {
  it('shares ssl and http2 across servers that listen on the same address and port (checked on nginx 1.22.1)', () => {
    const m = model(http(`
      server { listen 127.0.0.1:443 ssl http2; server_name a.example.com; }
      server { listen 127.0.0.1:443; server_name b.example.com; }
      server { listen 127.0.0.2:443 ssl; server_name c.example.com; }`));
    const [a, b, c] = m.contexts.all.filter((x) => x.kind === 'server');
    expect([a, b, c].map((s) => { const p = serverProtocols(m, s!); return [p.tls, p.http2]; })).toEqual([[true, true], [true, true], [true, false]]);
  });

  it('counts the old `ssl on;` directive as TLS for every listen of the server', () => {
    const m = model(http(`server { listen 8443; ssl on; }`));
    const p = serverProtocols(m, m.contexts.all.find((x) => x.kind === 'server')!);
    expect(p.tls).toBe(true);
    expect(p.tlsListens.map((d) => d.args[0]!.value)).toEqual(['8443']);
  });
});
