// Unit tests of request routing on in-memory configs: listen, server_name, location search, URI normalisation.
import { badRequestText, describeRoute, unevaluatedText } from '../../src/reporters/route.js';
import { describe, expect, it } from 'vitest';
import type { ContextNode, ContextTree } from '../../src/model/context.js';
import { buildContexts } from '../../src/model/context.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import {
  listLocations, normalizeHost, normalizeUri, parseListen, route, serverListens, type RouteRequest, type RouteResult,
} from '../../src/model/routing.js';

function model(conf: string, extra: Record<string, string> = {}): ContextTree {
  const tree = loadConfig(['/etc/nginx/nginx.conf'], { fs: memoryFs({ '/etc/nginx/nginx.conf': conf, ...extra }) });
  return buildContexts(tree);
}

/** The `return 200 "<id>"` of a location, or the first server_name of a server. */
function idOf(node: ContextNode): string {
  const ret = node.directives.find((d) => d.name === 'return');
  if (ret) return ret.args[1]?.value ?? '?';
  return node.directives.find((d) => d.name === 'server_name')?.args[0]?.value ?? '?';
}

function go(ctx: ContextTree, uri: string, host = 'example.com', port = 80, addr?: string): RouteResult {
  const req: RouteRequest = { host, port, uri };
  if (addr !== undefined) req.addr = addr;
  return route(ctx, req);
}

const loc = (r: RouteResult): string | null => (r.location ? idOf(r.location[r.location.length - 1]!) : null);
const srv = (r: RouteResult): string | null => (r.server ? idOf(r.server) : null);

function http(body: string): string {
  return `events {}\nhttp {\n${body}\n}\n`;
}

describe('server selection', () => {
  const ctx = model(http(`
    server { listen 80; server_name first.com; }
    server { listen 80; server_name example.com www.example.com; }
    server { listen 80; server_name *.example.com; }
    server { listen 80; server_name *.api.example.com; }
    server { listen 80; server_name www.example.*; }
    server { listen 80; server_name www.*; }
    server { listen 80; server_name .dot.com; }
    server { listen 80; server_name ~^(?P<sub>[a-z]+)\\.re\\.com$ ~^API\\.re2\\.com$; }
    server { listen 80; server_name ~^api\\.re\\.com$; }
    server { listen 80; server_name _; }
    server { listen 80; server_name "~^(\\d+)\\.num\\.com$"; }
  `));

  it.each([
    ['example.com', 'example.com', 'exact'],
    ['www.example.com', 'www.example.com', 'exact'],
    ['a.example.com', '*.example.com', 'leading-wildcard'],
    ['a.b.example.com', '*.example.com', 'leading-wildcard'],
    ['x.api.example.com', '*.api.example.com', 'leading-wildcard'],
    // `*.api.example.com` needs a label before `api`; the shorter wildcard takes it.
    ['api.example.com', '*.example.com', 'leading-wildcard'],
    // A leading wildcard beats a trailing one.
    ['www.example.org', 'www.example.*', 'trailing-wildcard'],
    ['www.example.co.uk', 'www.example.*', 'trailing-wildcard'],
    ['www.other.org', 'www.*', 'trailing-wildcard'],
    ['dot.com', '.dot.com', 'leading-wildcard'],
    ['a.b.dot.com', '.dot.com', 'leading-wildcard'],
    // Regexes in config order; the first server's regex wins over the later, more specific one.
    ['api.re.com', '~^(?P<sub>[a-z]+)\\.re\\.com$', 'regex'],
    // Server name regexes are case-insensitive.
    ['api.re2.com', '~^API\\.re2\\.com$', 'regex'],
    ['42.num.com', '~^(\\d+)\\.num\\.com$', 'regex'],
    // `_` is an ordinary name: it matches Host `_` only.
    ['_', '_', 'exact'],
  ])('Host %s -> %s (%s)', (host, name, how) => {
    const r = go(ctx, '/', host);
    expect(r.serverName).toBe(name);
    expect(r.serverMatch).toBe(how);
  });

  it('falls back to the first server of the listen when nothing matches', () => {
    const r = go(ctx, '/', 'unknown.org');
    expect(srv(r)).toBe('first.com');
    expect(r.serverMatch).toBe('first-for-listen');
    expect(r.serverName).toBeNull();
  });

  it('normalises the Host: case, port and one trailing dot', () => {
    expect(srv(go(ctx, '/', 'WWW.Example.COM.:8080'))).toBe('example.com');
    expect(normalizeHost('Example.COM.')).toBe('example.com');
    expect(normalizeHost('[::1]:80')).toBe('[::1]');
    expect(normalizeHost('x:abc')).toBe('x');
    expect(normalizeHost('')).toBe('');
  });

  it('answers 400 from the default server for a Host nginx rejects', () => {
    for (const bad of ['a..b', 'a/b', 'a b', 'example.com..', '.', ':80']) {
      const r = go(ctx, '/', bad);
      expect(r.badRequest, bad).toEqual({ kind: 'bad-host', host: bad });
      expect(badRequestText(r.badRequest!, 'en')).toMatch(/invalid Host/);
      expect(srv(r)).toBe('first.com');
      expect(r.location).toBeNull();
    }
  });

  it('uses the default server when there is no Host', () => {
    expect(go(ctx, '/', '').serverMatch).toBe('first-for-listen');
  });

  it('prefers default_server (and the old `default`) over the first server', () => {
    const c = model(http(`
      server { listen 80; server_name a.com; }
      server { listen 80 default_server; server_name b.com; }
      server { listen 81; server_name c.com; }
      server { listen 81 default; server_name d.com; }
    `));
    const r = go(c, '/', 'nope.com');
    expect(srv(r)).toBe('b.com');
    expect(r.serverMatch).toBe('default_server');
    expect(srv(go(c, '/', 'nope.com', 81))).toBe('d.com');
    expect(srv(go(c, '/', 'a.com'))).toBe('a.com');
  });
});

describe('listen', () => {
  const ctx = model(http(`
    server { server_name implicit.com; }
    server { listen 8080; server_name wild.com; }
    server { listen 127.0.0.1:8080; server_name loop.com; }
    server { listen 127.0.0.1:8080; server_name loop2.com; }
    server { listen [::1]:8080; server_name v6.com; }
    server { listen unix:/run/x.sock; server_name unix.com; }
    server { listen localhost:9000; listen 9001 default_server; server_name multi.com; }
  `));

  it('treats a server without listen as *:80', () => {
    const r = go(ctx, '/', 'whatever', 80);
    expect(srv(r)).toBe('implicit.com');
    expect(r.listen).toEqual({ addr: '*', port: 80 });
  });

  it('considers only the servers of the exact address when one listens on it', () => {
    // wild.com listens on *:8080, but a connection to 127.0.0.1:8080 sees only loop.com and loop2.com.
    expect(srv(go(ctx, '/', 'wild.com', 8080, '127.0.0.1'))).toBe('loop.com');
    expect(srv(go(ctx, '/', 'loop2.com', 8080, '127.0.0.1'))).toBe('loop2.com');
    expect(srv(go(ctx, '/', 'loop.com', 8080, '10.0.0.1'))).toBe('wild.com');
    expect(srv(go(ctx, '/', 'loop.com', 8080))).toBe('wild.com');
  });

  it('matches IPv6 addresses in canonical form', () => {
    expect(srv(go(ctx, '/', 'x', 8080, '0:0:0:0:0:0:0:1'))).toBe('v6.com');
    // Nothing listens on [::]:8080, and *:8080 is IPv4 only.
    expect(go(ctx, '/', 'x', 8080, '::2').server).toBeNull();
  });

  it('returns no server for a port nothing listens on, and ignores unix sockets', () => {
    const r = go(ctx, '/', 'unix.com', 1234);
    expect(r.server).toBeNull();
    expect(r.listen).toBeNull();
    expect(describeRoute(r)).toBe('no server listens on *:1234');
  });

  it('resolves localhost and keeps per-listen flags', () => {
    expect(srv(go(ctx, '/', 'x', 9000, '127.0.0.1'))).toBe('multi.com');
    expect(go(ctx, '/', 'x', 9001).serverMatch).toBe('default_server');
    expect(go(ctx, '/', 'x', 9000, '127.0.0.1').serverMatch).toBe('first-for-listen');
  });

  it('parses the listen forms', () => {
    const c = model(http(`server {
      listen 8080; listen 127.0.0.1:81 default_server; listen 127.0.0.1; listen [::]:443 ssl; listen [::1];
      listen *:82; listen 0.0.0.0:83; listen unix:/tmp/s; listen 70000; listen [::1]:x;
    }`));
    const server = c.all.find((n) => n.kind === 'server')!;
    const parsed = server.directives.filter((d) => d.name === 'listen').map(parseListen);
    expect(parsed.map((l) => (l === null ? null : l.kind === 'unix' ? `unix:${l.path}` : `${l.addr} ${l.port}${l.defaultServer ? ' default' : ''}`))).toEqual([
      '* 8080', '127.0.0.1 81 default', '127.0.0.1 80', ':: 443', '::1 80', '* 82', '* 83', 'unix:/tmp/s', null, null,
    ]);
    expect(serverListens(server)).toHaveLength(8);
  });
});

describe('location search', () => {
  const ctx = model(http(`
    server {
      listen 80;
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
      location ~*\\.GIF$ { return 200 "glued-ci"; }
      location ^~/caret { return 200 "caret-glued"; }
      location /svc/ { proxy_pass http://127.0.0.1:9; }
      location = /pass/ { proxy_pass http://127.0.0.1:9; }
    }
  `));

  it.each([
    ['/', 'exact-root', 'exact'],
    ['/index.html', 'root', 'prefix'],
    ['/exact', 'exact', 'exact'],
    ['/exact/x', 'exact-prefix', 'prefix'],
    ['/exactly', 'exact-prefix', 'prefix'],
    ['/docs/x', 'docs', 'prefix'],
    ['/docs/api/x', 'docs-api', 'prefix'],
    ['/docs/api/v2/x', 'docs-api-re', 'regex'],
    ['/static/a.php', 'static', 'noregex-prefix'],
    ['/docs/a.php', 'php', 'regex'],
    ['/IMG/A.PNG', 'img', 'regex-caseless'],
    ['/a.PHP', 'root', 'prefix'],
    ['/order/b', 'order-1', 'regex'],
    ['/@named', 'root', 'prefix'],
    ['/glued', 'glued-exact', 'exact'],
    ['/x.gif', 'glued-ci', 'regex-caseless'],
    ['/caret', 'caret-glued', 'noregex-prefix'],
    ['/caret/x.php', 'caret-glued', 'noregex-prefix'],
    ['^~/caret', null, null],
  ])('%s -> %s (%s)', (uri, id, how) => {
    const r = go(ctx, uri);
    if (uri.startsWith('/')) {
      expect(loc(r)).toBe(id);
      expect(r.locationMatch).toBe(how);
    } else {
      expect(r.badRequest).toEqual({ kind: 'not-absolute', target: uri });
      expect(badRequestText(r.badRequest!, 'en')).toMatch(/does not start/);
    }
  });

  it('reads modifiers glued to the name, `^~` included', () => {
    const all = listLocations(ctx.all.find((n) => n.kind === 'server')!);
    expect(all.filter((l) => ['/caret', '/glued', '\\.GIF$'].includes(l.pattern)).map((l) => l.modifier)).toEqual(['=', '~*', '^~']);
  });

  it('redirects the URI without its trailing slash to a location with a *_pass (301)', () => {
    const r = go(ctx, '/svc');
    expect(r.locationMatch).toBe('auto-redirect');
    expect(r.locationInfo?.pattern).toBe('/svc/');
    expect(go(ctx, '/pass').locationMatch).toBe('auto-redirect');
    // Without a *_pass there is no redirect.
    expect(loc(go(ctx, '/docs'))).toBe('root');
  });

  it('has no location when nothing matches', () => {
    const c = model(http('server { listen 80; location /only/ { return 200 "only"; } }'));
    const r = go(c, '/other');
    expect(r.location).toBeNull();
    expect(r.locationMatch).toBeNull();
    expect(describeRoute(r)).toMatch(/no location matches \/other/);
  });
});

describe('nested locations', () => {
  const ctx = model(http(`
    server {
      listen 80;
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
    }
  `));

  it.each([
    ['/app/x', 'app', ['/app/']],
    ['/app/x.js', 'app-js', ['/app/', '\\.js$']],
    ['/app/admin/x', 'admin', ['/app/', '/app/admin/']],
    ['/app/admin/x.json', 'admin-json', ['/app/', '/app/admin/', '\\.json$']],
    // The admin level has no .js regex; the app level's is tried next, before the server level's.
    ['/app/admin/x.js', 'app-js', ['/app/', '\\.js$']],
    // A nested ^~ stops only the regexes next to it: the server-level regex still wins.
    ['/app/raw/x.js', 'js', ['\\.js$']],
    ['/app/raw/x', 'app-raw', ['/app/', '/app/raw/']],
    ['/app/exact', 'app-exact', ['/app/', '/app/exact']],
    // An outer ^~ skips the server-level regexes but not the ones nested in it.
    ['/lib/x.js', 'lib-js', ['/lib/', '\\.js$']],
    ['/lib/x.json', 'lib', ['/lib/']],
    ['/x.json', 'json', ['\\.json$']],
    ['/re/a.txt', 're-txt', ['^/re/', '\\.txt$']],
    ['/re/a', 're', ['^/re/']],
  ])('%s -> %s', (uri, id, chain) => {
    const r = go(ctx, uri);
    expect(loc(r)).toBe(id);
    expect(r.location!.map((n) => listLocations(ctx.all.find((s) => s.kind === 'server')!).find((l) => l.node === n)!.pattern)).toEqual(chain);
  });

  it('lists every location depth-first with its parent', () => {
    const server = ctx.all.find((n) => n.kind === 'server')!;
    const all = listLocations(server);
    expect(all.map((l) => `${l.modifier}${l.modifier ? ' ' : ''}${l.pattern}`)).toEqual([
      '/', '/app/', '/app/admin/', '~ \\.json$', '~ \\.js$', '^~ /app/raw/', '= /app/exact', '^~ /lib/', '~ \\.js$',
      '~ \\.js$', '~ \\.json$', '~ ^/re/', '~ \\.txt$',
    ]);
    expect(all[2]!.parent?.pattern).toBe('/app/');
    expect(all.filter((l) => l.parent === null)).toHaveLength(6);
  });
});

describe('URI normalisation', () => {
  it.each([
    ['/a//b', '/a/b'],
    ['//a', '/a'],
    ['/a/./b', '/a/b'],
    ['/a/../b', '/b'],
    ['/a/..', '/'],
    ['/a/.', '/a/'],
    ['/a/b/.%2e', '/a/'],
    ['/a%2Fb', '/a/b'],
    ['/a%2F%2Fb', '/a/b'],
    ['/a//../b', '/b'],
    ['/a/b/..//../c', '/c'],
    ['/a%3Fb?x=1', '/a?b'],
    ['/a%23b', '/a#b'],
    ['/a%2525', '/a%25'],
    ['/a#frag', '/a'],
    ['/caf%C3%A9', '/café'],
    ['/a+b', '/a+b'],
    ['/a/..x', '/a/..x'],
  ])('%s -> %s', (raw, uri) => {
    const n = normalizeUri(raw);
    expect(n.ok && n.uri).toBe(uri);
  });

  it('keeps slashes with merge_slashes off, still resolving dot segments', () => {
    const off = (s: string): string | false => { const n = normalizeUri(s, { mergeSlashes: false }); return n.ok && n.uri; };
    expect(off('/a//b')).toBe('/a//b');
    expect(off('/a//../b')).toBe('/a/b');
    expect(off('/a/..//b')).toBe('//b');
    expect(off('//..')).toBe('/');
    expect(off('///..')).toBe('//');
  });

  it.each(['/..', '/%2e%2e', '/a/b/../../..', '/a%zz', '/a%2', '/a%00b', 'a'])('%s is a bad request', (raw) => {
    expect(normalizeUri(raw).ok).toBe(false);
  });

  it('routes on the normalised URI and takes merge_slashes from the default server', () => {
    const ctx = model(http(`
      server { listen 80; server_name a.com; merge_slashes off; location / { return 200 "a"; } }
      server {
        listen 80; server_name b.com;
        location / { return 200 "root"; }
        location ~ ^/x//y { return 200 "double"; }
        location ^~ /static/ { return 200 "static"; }
      }
    `));
    // b.com's own merge_slashes is on, but the request line was parsed with a.com's (the default server's).
    expect(loc(go(ctx, '/x//y', 'b.com'))).toBe('double');
    expect(loc(go(ctx, '/st%61tic/../static/x', 'b.com'))).toBe('static');
    expect(go(ctx, '/x%2F%2Fy', 'b.com').uri).toBe('/x//y');
    const bad = go(ctx, '/..', 'b.com');
    expect(bad.badRequest).toEqual({ kind: 'above-root', target: '/..' });
    expect(badRequestText(bad.badRequest!, 'en')).toMatch(/above the root/);
    expect(srv(bad)).toBe('a.com');
  });

  it('takes the host from an absolute request target', () => {
    const ctx = model(http('server { listen 80; server_name a.com; } server { listen 80; server_name b.com; }'));
    const r = go(ctx, 'http://B.com:80/x?y', 'a.com');
    expect(srv(r)).toBe('b.com');
    expect(r.uri).toBe('/x');
  });
});

describe('regex translation', () => {
  const ctx = model(http(`
    server {
      listen 80;
      location / { return 200 "root"; }
      location ~ \\.txt$ { return 200 "txt"; }
      location ~ ^/sp\\s { return 200 "space"; }
      location ~* é$ { return 200 "e-acute"; }
      location ~ ^/(?P<name>[a-z]+)/(?P=name)$ { return 200 "twice"; }
      location ~ ^/posix/[[:digit:]]+$ { return 200 "posix"; }
      location ~ ^/cls/[]x]$ { return 200 "bracket"; }
      location ~ (?i)^/inline/ABC { return 200 "inline"; }
      location ~ ^/atomic/(?>a+)b { return 200 "atomic"; }
      location ~ ^/rec/(a(?1)?b)$ { return 200 "recursion"; }
    }
  `));

  it.each([
    // PCRE's $ also matches before a final newline.
    ['/a.txt%0A', 'txt'],
    ['/a.txt%0Ax', 'root'],
    // PCRE without UTF has no non-ASCII whitespace: 0xA0 is not \\s.
    ['/sp%A0', 'root'],
    ['/sp%20', 'space'],
    // Only ASCII letters fold: é (C3 A9) must not match bytes E3 A9.
    ['/caf%C3%A9', 'e-acute'],
    ['/x%E3%A9', 'root'],
    ['/ab/ab', 'twice'],
    ['/posix/123', 'posix'],
    ['/cls/]', 'bracket'],
    ['/INLINE/abc', 'inline'],
    // Atomic groups are evaluated (PCRE2 semantics, no JavaScript translation involved).
    ['/atomic/aab', 'atomic'],
  ])('%s -> %s', (uri, id) => {
    expect(loc(go(ctx, uri))).toBe(id);
  });

  it('reports a pattern it cannot evaluate instead of guessing', () => {
    const r = go(ctx, '/rec/aabb');
    expect(loc(r)).toBe('root');
    expect(r.unsupported).toEqual([{ subject: 'location ~ ^/rec/(a(?1)?b)$', problem: { kind: 'recursion' } }]);
    expect(unevaluatedText(r.unsupported[0]!, 'en')).toBe('location ~ ^/rec/(a(?1)?b)$: a recursion or subroutine call is not evaluated here');
    const rec = listLocations(ctx.all.find((n) => n.kind === 'server')!).find((l) => l.pattern.includes('rec'))!;
    expect(rec.regex).toBeNull();
    expect(describeRoute(r)).toMatch(/\[not evaluated: /);
  });

  it('answers 500 with nginx\'s pcre2_match() error when PCRE2 would give up on a location regex', () => {
    const evil = model(http('server { listen 80; location / { return 200 "root"; } location ~ ^/(a+)+$ { return 200 "evil"; } }'));
    expect(loc(go(evil, '/aaaa'))).toBe('evil');
    const uri = `/${'a'.repeat(40)}b`;
    const r = go(evil, uri);
    expect(r.location).toBeNull();
    expect(r.regexFailure).toEqual({ during: 'location', code: -47, subject: uri, pattern: '^/(a+)+$' });
    expect(describeRoute(r)).toBe(`server "" (nginx.conf:3, first server for *:80) answers 500: pcre2_match() failed: -47 on "${uri}" using "^/(a+)+$" (match limit exceeded)`);
  });

  it('closes the connection when PCRE2 would give up on a server_name regex', () => {
    const evil = model(http('server { listen 80; server_name ~^(x+)+y$; location / { return 200 "named"; } }'));
    const host = `${'x'.repeat(40)}yz`;
    const r = go(evil, '/', host);
    expect(r.regexFailure).toEqual({ during: 'server_name', code: -47, subject: host, pattern: '^(x+)+y$' });
    expect(describeRoute(r)).toMatch(/closes the connection: pcre2_match\(\) failed: -47 on "x+yz" using "\^\(x\+\)\+y\$" \(match limit exceeded\)$/);
  });
});

describe('includes and description', () => {
  const ctx = model(
    http(`
    server {
      listen 80;
      server_name example.com;
      include /etc/nginx/snippets/api.conf;
      location / { return 200 "root"; }
    }
    server { listen 80; server_name *.example.com; }
  `),
    { '/etc/nginx/snippets/api.conf': 'location ^~ /api/ {\n  return 200 "api";\n}\n' },
  );

  it('finds locations spliced in from an include', () => {
    const r = go(ctx, '/api/x');
    expect(loc(r)).toBe('api');
    expect(describeRoute(r)).toBe(
      'server example.com (nginx.conf:4, exact server_name) -> location ^~ /api/ (snippets/api.conf:1, ^~ prefix)',
    );
  });

  it('describes wildcard, default and nested routes', () => {
    expect(describeRoute(go(ctx, '/', 'a.example.com'))).toBe(
      'server *.example.com (nginx.conf:10, leading wildcard server_name *.example.com) -> no location matches / (server-level settings)',
    );
    expect(describeRoute(go(ctx, '/x', 'other.org'))).toBe(
      'server example.com (nginx.conf:4, first server for *:80) -> location / (nginx.conf:8, longest prefix)',
    );
    expect(describeRoute(go(ctx, '/..', 'other.org'))).toMatch(/^server example\.com \(nginx\.conf:4, first server for \*:80\) answers 400: /);
    const nested = model(http('server { listen 127.0.0.1:80 default_server; location /a/ { location ~ \\.js$ { } } }'));
    expect(describeRoute(go(nested, '/a/x.js', 'x', 80, '127.0.0.1'))).toBe(
      'server "" (nginx.conf:3, default_server for 127.0.0.1:80) -> location /a/ > ~ \\.js$ (nginx.conf:3, regex)',
    );
  });

  it('ignores servers outside http and reads a lone server file as a server', () => {
    const c = model('stream { server { listen 80; } }\nhttp { server { listen 81; server_name h.com; } }\n');
    expect(go(c, '/', 'x', 80).server).toBeNull();
    expect(srv(go(c, '/', 'x', 81))).toBe('h.com');
    const lone = model('listen 8080;\nserver_name lone.com;\nlocation / { return 200 "lone"; }\n');
    const r = go(lone, '/', 'x', 8080);
    expect(loc(r)).toBe('lone');
  });
});
