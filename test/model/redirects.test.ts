// Internal redirect chains in the model: the ways from a location, what they depend on, and which locations then
// serve a stream (checked against nginx in redirects.nginx.test.ts; here the parts nginx cannot show directly).
import { describe, expect, it } from 'vitest';
import { buildContexts, type ContextNode } from '../../src/model/context.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { buildModel, type ConfigModel, type ModelOptions } from '../../src/model/model.js';
import {
  blockLabel, conditionData, locationChains, routeChains, servedInPlace, type Chain, type ChainCondition, type ChainEnd,
} from '../../src/model/routing.js';
import { compileTemplate, pathPart, valuePattern } from '../../src/model/routing/values.js';
import type { StreamReason } from '../../src/model/streams.js';
import { findingRenderer, renderCondition, renderStreamWhy } from '../../src/i18n/index.js';

const en = findingRenderer('en');
/** A condition in English. */
const describeCondition = (c: ChainCondition): string => renderCondition(en, conditionData(c));
/** A stream reason in English. */
const text = (r: StreamReason): string => renderStreamWhy(en, r.why);

function model(server: string, options: ModelOptions = {}): ConfigModel {
  const conf = `events {}\nhttp {\n  server {\n    listen 80;\n    server_name example.com;\n${server}\n  }\n}\n`;
  return buildModel(loadConfig(['/etc/nginx/nginx.conf'], { fs: memoryFs({ '/etc/nginx/nginx.conf': conf }) }), options);
}

function loc(m: ConfigModel, label: string): ContextNode {
  const found = m.locations.find((l) => blockLabel(l) === label);
  if (!found) throw new Error(`no ${label}`);
  return found;
}

function endText(e: ChainEnd): string {
  switch (e.kind) {
    case 'served': return `served by ${blockLabel(e.context.kind === 'if' ? e.context.parent : e.context)}${e.context.kind === 'if' ? ' in if' : ''}`;
    case 'return': return `return ${e.code} :${e.directive.nameToken.line}`;
    case 'redirect': return `redirect ${e.code} :${e.directive.nameToken.line}`;
    case 'status': return `${e.code} ${e.reason}`;
    case 'unknown': return `unknown ${e.variables.join(',')}`;
  }
}

/** A chain as text: each location with the redirects that led there (name:line) and conditions in brackets, then the end. */
function show(c: Chain): string {
  const conds = (list: Chain['conditions']): string => (list.length ? ` [${list.map(describeCondition).join('; ')}]` : '');
  const hops = c.hops.map((h) => `${h.via.map((v) => `${v.directive.name}:${v.directive.nameToken.line} -> `).join('')}${blockLabel(h.location)}${conds(h.conditions)}`);
  return [...hops, `${endText(c.end)}${conds(c.conditions)}`].join(' | ');
}

const GATEWAY = `
    location = /auth { internal; proxy_pass http://127.0.0.1:9000; }
    location / {
      auth_request /auth;
      try_files /nonexistent @$http_upgrade;
    }
    location @ { proxy_pass http://127.0.0.1:8080; proxy_read_timeout 300s; }
    location @websocket { proxy_pass http://127.0.0.1:8080; proxy_http_version 1.1; }`;

describe('chains from a location', () => {
  it('follow try_files to the named location $http_upgrade names: empty for an ordinary request, set for WebSocket', () => {
    const m = model(GATEWAY);
    const { chains, truncated } = locationChains(loc(m, 'location /'));
    expect(truncated).toBe(false);
    expect(chains.map((c) => [c.ordinary, c.hops.map((h) => blockLabel(h.location)), c.end.kind])).toEqual([
      [true, ['location /', 'location @'], 'served'],
      [true, ['location /'], 'served'],
      [false, ['location /', 'location @websocket'], 'served'],
      [false, ['location /'], 'status'],
    ]);
    expect(chains[0]!.hops[1]!.conditions.map(describeCondition)).toEqual(['no file try_files names exists', '$http_upgrade is empty (an ordinary request)']);
    expect(chains[1]!.conditions.map(describeCondition)).toEqual(['a file try_files names exists']);
    expect(chains[3]!.end).toMatchObject({ kind: 'status', code: 500, reason: 'no-named-location' });
    expect(m.redirects(loc(m, 'location /'))).toBe(m.redirects(loc(m, 'location /')));
  });

  it('take a rewrite both ways when the URI is not known, and follow a literal target', () => {
    const m = model(`
    location /v1/chat/completions { rewrite ^ /internal/stream last; }
    location /api/ { rewrite ^/api/(.*)$ /internal/$1 last; }
    location /internal/ { internal; proxy_pass http://127.0.0.1:8080; }`);
    expect(locationChains(loc(m, 'location /v1/chat/completions')).chains.map(show)).toEqual([
      'location /v1/chat/completions | rewrite:7 -> location /internal/ [the URI matches ^] | served by location /internal/',
      'location /v1/chat/completions | served by location /v1/chat/completions [the URI does not match ^]',
    ]);
    // `^` matches every URI, but the URI is not known here: the regex is not evaluated, both ways are listed.
    const api = locationChains(loc(m, 'location /api/')).chains;
    expect(api.map((c) => c.end.kind)).toEqual(['unknown', 'served']);
    expect(api[0]!.end).toMatchObject({ kind: 'unknown', variables: ['1'] });
  });

  it('evaluate a rewrite and an if once the URI is known (an exact location)', () => {
    const m = model(`
    location = /v1/chat/completions {
      if ($uri ~ ^/v1/(?<what>chat)/) { rewrite ^ /internal/$what last; }
      return 404;
    }
    location /internal/ { internal; proxy_pass http://127.0.0.1:8080; }`);
    const [only, ...rest] = locationChains(loc(m, 'location = /v1/chat/completions')).chains;
    expect(rest).toEqual([]);
    expect(only!.hops.map((h) => [blockLabel(h.location), h.uri])).toEqual([['location = /v1/chat/completions', '/v1/chat/completions'], ['location /internal/', '/internal/chat']]);
  });

  it('stop at the location that answers: return, rewrite ... break, an external redirect', () => {
    const m = model(`
    location /r { return 200 "x"; rewrite ^ /elsewhere last; }
    location /b { rewrite ^/b/(.*)$ /files/$1 break; proxy_pass http://127.0.0.1:8080; }
    location /x { rewrite ^ https://example.org/ permanent; }`);
    expect(locationChains(loc(m, 'location /r')).chains.map((c) => c.end.kind)).toEqual(['return']);
    const b = locationChains(loc(m, 'location /b')).chains;
    expect(b.map((c) => [c.hops.length, c.end.kind])).toEqual([[1, 'served'], [1, 'served']]);
    expect(locationChains(loc(m, 'location /x')).chains[0]!.end).toMatchObject({ kind: 'redirect', code: 301 });
  });

  it('list error_page ways for a status not known here, once, and mark those after a proxied response', () => {
    const m = model(`
    error_page 502 = @down;
    location /static/ { error_page 404 = @app; }
    location /events { proxy_pass http://127.0.0.1:8080; }
    location @app { proxy_pass http://127.0.0.1:8080; }
    location @down { proxy_pass http://127.0.0.1:8081; }`);
    const s = locationChains(loc(m, 'location /static/')).chains;
    expect(s.map(show)).toEqual([
      'location /static/ | served by location /static/',
      'location /static/ | error_page:8 -> location @app [the response status is 404] | served by location @app',
    ]);
    expect(s[1]!.hops[1]!.via[0]).toMatchObject({ kind: 'error_page', afterResponse: true });
    // The server-level line is inherited by /events; @down's own 502 would not be sent on again.
    expect(locationChains(loc(m, 'location /events')).chains.map((c) => c.hops.map((h) => blockLabel(h.location)))).toEqual([
      ['location /events'], ['location /events', 'location @down'],
    ]);
  });

  it('know the status of return and try_files =code: error_page then always applies', () => {
    const m = model(`
    location /sse { if ($http_accept = "text/event-stream") { return 418; } error_page 418 = @sse; return 204; }
    location /t { try_files $uri =404; error_page 404 = @sse; }
    location @sse { proxy_pass http://127.0.0.1:8080; }`);
    const sse = locationChains(loc(m, 'location /sse')).chains;
    expect(sse.map(show)).toEqual([
      'location /sse | error_page:7 -> location @sse [if ($http_accept = "text/event-stream" ) holds] | served by location @sse',
      'location /sse | return 204 :7 [if ($http_accept = "text/event-stream" ) does not hold]',
    ]);
    expect(sse[0]!.hops[1]!.via[0]!.afterResponse).toBe(false);
    expect(locationChains(loc(m, 'location /t')).chains[0]!.hops.map((h) => blockLabel(h.location))).toEqual(['location /t', 'location @sse']);
  });

  it('keep what try_files found on disk for the rest of the request: the same file checked again gives the same answer', () => {
    const conf = `events {}\nhttp { server { listen 80; location / { try_files $uri /index.html; } } }`;
    const contexts = buildContexts(loadConfig(['/etc/nginx/nginx.conf'], { fs: memoryFs({ '/etc/nginx/nginx.conf': conf }) }));
    const { chains } = routeChains(contexts, { host: 'example.com', port: 80, uri: '/app/page' });
    expect(chains.chains.map((c) => [c.hops.length, c.end.kind === 'served' ? c.end.uri : c.end.kind])).toEqual([
      // /index.html is missing: every redirect checks it again, until the 11th is a 500.
      [11, 'status'],
      // /index.html exists: served.
      [2, '/index.html'],
      // /app/page itself exists.
      [1, '/app/page'],
    ]);
  });

  it('end a cycle after 10 internal redirects with a 500, as nginx does', () => {
    const m = model(`
    location @a { try_files /x @b; }
    location @b { try_files /x @a; }
    location /start { try_files /x @a; }`);
    const cycle = locationChains(loc(m, 'location /start')).chains[0]!;
    expect(cycle.hops).toHaveLength(11);
    expect(cycle.end).toMatchObject({ kind: 'status', code: 500, reason: 'cycle' });
  });

  it('stay bounded on hostile input: thousands of unknown ifs are cut off, not a stack overflow', () => {
    const ifs = Array.from({ length: 5000 }, (_, i) => `if ($arg_a${i}) { set $x${i} 1; }`).join('\n');
    const m = model(`location /h {\n${ifs}\ntry_files /x @h;\n}\nlocation @h { proxy_pass http://127.0.0.1:8080; }`);
    const started = Date.now();
    const set = locationChains(loc(m, 'location /h'));
    expect(set.truncated).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('route a request through its chain: the server script first, then the search', () => {
    const conf = `events {}\nhttp { server { listen 80; rewrite ^/old/(.*)$ /new/$1 last; location /new/ { try_files /x @app; } location @app { return 204; } } }`;
    const contexts = buildContexts(loadConfig(['/etc/nginx/nginx.conf'], { fs: memoryFs({ '/etc/nginx/nginx.conf': conf }) }));
    const { route, chains } = routeChains(contexts, { host: 'example.com', port: 80, uri: '/old/a?x=1' });
    // route() is the location search for the request as sent; the chain starts with the server's rewrite.
    expect(route.location).toBeNull();
    expect(chains.chains[0]!.hops.map((h) => [blockLabel(h.location), h.uri, h.via.map((v) => v.kind)])).toEqual([
      ['location /new/', '/new/a', ['rewrite']],
      ['location @app', '/new/a', ['try_files']],
    ]);
  });
});

describe('stream locations through redirects', () => {
  it('a stream location hands its stream to the named location that proxies it, and is no stream itself', () => {
    const m = model(GATEWAY.replace('auth_request /auth;', '# sse-lint: stream\n      auth_request /auth;'));
    expect(m.streamReasons(loc(m, 'location /'))).toEqual([]);
    const [reason, ...more] = m.streamReasons(loc(m, 'location @'));
    expect(more).toEqual([]);
    expect(reason).toMatchObject({ kind: 'redirect', explicit: true, from: loc(m, 'location /') });
    expect(text(reason!)).toBe('location / (marked with # sse-lint: stream) is served by location @ via try_files at nginx.conf:11');
    expect(reason!.chain!.hops.map((h) => blockLabel(h.location))).toEqual(['location /', 'location @']);
    // WebSocket handshakes are no event streams.
    expect(m.isStream(loc(m, 'location @websocket'))).toBe(false);
  });

  it('a --route URI marks the location that serves it, through the chain', () => {
    const m = model(GATEWAY, { routes: ['/v1/chat/completions'] });
    expect(m.isStream(loc(m, 'location /'))).toBe(false);
    expect(m.streamReasons(loc(m, 'location @')).map(text)).toEqual(['--route /v1/chat/completions is served by location @ via try_files at nginx.conf:10']);
    const direct = model(`location /v1/ { proxy_pass http://127.0.0.1:8080; error_page 502 = @down; }\nlocation @down { proxy_pass http://127.0.0.1:8081; }`, { routes: ['/v1/chat'] });
    expect(direct.streamReasons(loc(direct, 'location /v1/')).map(text)).toEqual(['--route /v1/chat is served here']);
    expect(direct.isStream(loc(direct, 'location @down'))).toBe(false);
  });

  it('a streaming path that hands its requests on streams through the target (the path heuristic sees its handler)', () => {
    const m = model(`location /v1/chat/completions { try_files /nonexistent @llm; }\nlocation @llm { proxy_pass http://127.0.0.1:8080; }`);
    expect(m.streamReasons(loc(m, 'location @llm')).map(text)).toEqual([
      'location /v1/chat/completions (path /v1/chat/completions is a streaming API endpoint (/v1/chat/completions)) is served by location @llm via try_files at nginx.conf:6',
    ]);
    expect(m.isStream(loc(m, 'location /v1/chat/completions'))).toBe(false);
  });

  it('error_page carries a stream from a static answer (404, return 418), not from a proxied one (502)', () => {
    const m = model(`
    location /sse/ { # sse-lint: stream
      error_page 404 = @app;
    }
    location /events { proxy_pass http://127.0.0.1:8080; error_page 502 = @backup; }
    location @app { proxy_pass http://127.0.0.1:8080; }
    location @backup { proxy_pass http://127.0.0.1:8081; }`);
    expect(m.streamReasons(loc(m, 'location @app')).map((r) => r.kind)).toEqual(['redirect']);
    expect(m.isStream(loc(m, 'location /events'))).toBe(true);
    expect(m.isStream(loc(m, 'location @backup'))).toBe(false);
    // The static location may still answer itself (no error): it stays a stream too.
    expect(m.isStream(loc(m, 'location /sse/'))).toBe(true);
  });
});

describe('values of rewrite-module arguments', () => {
  it('compile variables, braces and captures as nginx does', () => {
    expect(compileTemplate('@$http_upgrade')).toEqual([{ text: '@' }, { variable: 'http_upgrade' }]);
    expect(compileTemplate('/a/${Name}x$1$10$')).toEqual([{ text: '/a/' }, { variable: 'name' }, { text: 'x' }, { capture: 1 }, { capture: 1 }, { text: '0$' }]);
  });

  it('cut the path at ? or at an unknown $is_args, and match holes against names', () => {
    expect(pathPart([{ text: '/index.php?q=' }, { unknown: 'uri' }])).toEqual([{ text: '/index.php' }]);
    expect(pathPart([{ text: '/index.php' }, { query: true }, { unknown: 'args' }])).toEqual([{ text: '/index.php' }]);
    expect(valuePattern([{ text: '@' }, { unknown: 'http_upgrade', nonEmpty: true }]).test('@')).toBe(false);
    expect(valuePattern([{ text: '@' }, { unknown: 'http_upgrade', nonEmpty: true }]).test('@websocket')).toBe(true);
  });
});

describe('a location that serves its requests in place', () => {
  const LOCATIONS = `    location /plain { proxy_pass http://127.0.0.1:9000; proxy_buffering off; }
    location /files { try_files $uri @app; }
    location /answers { return 204; }
    location /branches { if ($arg_a) { proxy_pass http://127.0.0.1:9001; } proxy_pass http://127.0.0.1:9000; }
    location /pages { error_page 502 /oops; proxy_pass http://127.0.0.1:9000; }
    location /sets { set $a 1; proxy_pass http://127.0.0.1:9000; }
    location @app { proxy_pass http://127.0.0.1:9000; }
    location /oops { internal; }`;

  /** One ordinary chain that ends in the location's own content handler. */
  const inPlace = (l: ContextNode): boolean => {
    const { chains, truncated } = locationChains(l);
    return !truncated && chains.length === 1 && chains[0]!.ordinary && chains[0]!.via.length === 0 && chains[0]!.conditions.length === 0
      && chains[0]!.end.kind === 'served' && chains[0]!.end.context === l;
  };

  it('is told without following the request, and only when its chains say so', () => {
    const m = model(LOCATIONS);
    const says = Object.fromEntries(m.locations.map((l) => [blockLabel(l), servedInPlace(l)]));
    expect(says).toEqual({
      'location /plain': true, 'location /files': false, 'location /answers': false, 'location /branches': false,
      'location /pages': false, 'location /sets': false, 'location @app': true, 'location /oops': true,
    });
    for (const l of m.locations) if (servedInPlace(l)) expect(inPlace(l), blockLabel(l)).toBe(true);
  });

  it('is none where an error_page is inherited', () => {
    const m = model(`    error_page 404 /oops;\n${LOCATIONS}`);
    for (const l of m.locations) expect(servedInPlace(l), blockLabel(l)).toBe(false);
    expect(inPlace(loc(m, 'location /plain'))).toBe(false);
  });
});
