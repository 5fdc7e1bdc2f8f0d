// Severities, options and fix applicability of the stream rules that fixtures alone do not pin down.
import { describe, expect, it } from 'vitest';
import { ruleById } from '../../src/engine/registry.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import type { ModelOptions } from '../../src/model/model.js';
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
      }`), { model: { streamPatterns: ['/events', '/stream', '/sse', '/feed/events'] } });
    // Declared streams: the severity is the rule's own (a guessed stream would be a warning at most).
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
    const found = lint('read-timeout-short', http(`server { listen 8080; location /events { proxy_pass http://127.0.0.1:9000; } }`), { options: { minSeconds: 7200 }, model: { routes: ['/events'] } });
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
