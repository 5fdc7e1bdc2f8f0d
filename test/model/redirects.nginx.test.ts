// Internal redirect chains against a real nginx: every way a request can end answers a marker (`return 200 "<id>"`,
// `$uri` echoes, or a static file), and the chain the model predicts for the request's circumstances must give the
// same answer and pass through the locations the case names.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContexts } from '../../src/model/context.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { blockLabel, MAX_INTERNAL_REDIRECTS, routeChains, type Chain, type ChainSet } from '../../src/model/routing.js';
import { describeNginx, nginxConf, request, serverBlock, startNginx, stopAll, type NginxInstance } from '../e2e/harness.js';

/** What is true for one request that the config alone does not say. */
interface World {
  /** Request headers (an `Upgrade` makes it a WebSocket request). */
  headers?: Record<string, string>;
  /** A file that try_files names exists on disk: for every try_files on the way, or for each in turn. */
  fileExists?: boolean | boolean[];
  /** The status the first content handler or access check answers with (a static file's 404, auth_request's 403). */
  status?: number;
}

interface Case extends World {
  uri: string;
  /** What nginx answers: `<status>:<body>`, or the status alone when the body is nginx's own error page. */
  expect: string;
  /** The locations the chain passes through, in order (`server` when none matched). */
  hops: string[];
}

interface Scenario {
  name: string;
  /** The server block's body; `{{PREFIX}}` is nginx's prefix directory. */
  server: string;
  /** Files under {{PREFIX}}/html. */
  files?: Record<string, string>;
  cases: Case[];
}

const SCENARIOS: Scenario[] = [
  {
    name: 'try_files to a named location chosen by $http_upgrade, behind auth_request (the gateway)',
    server: `
      location = /auth { internal; return 204; }
      location = /auth-deny { internal; return 403; }
      location / {
        auth_request /auth;
        try_files /nonexistent @$http_upgrade;
      }
      location @ { return 200 "named-empty $uri"; }
      location @websocket { return 200 "named-ws"; }
      location /denied/ {
        auth_request /auth-deny;
        try_files /nonexistent @;
        error_page 403 = @forbidden;
      }
      location @forbidden { return 200 "forbidden-page"; }`,
    cases: [
      { uri: '/v1/chat/completions', expect: '200:named-empty /v1/chat/completions', hops: ['location /', 'location @'] },
      { uri: '/v1/chat/completions', headers: { Upgrade: 'websocket', Connection: 'upgrade' }, expect: '200:named-ws', hops: ['location /', 'location @websocket'] },
      { uri: '/denied/x', status: 403, expect: '200:forbidden-page', hops: ['location /denied/', 'location @forbidden'] },
    ],
  },
  {
    name: 'try_files $uri @app: a static file, else the app',
    server: `
      root {{PREFIX}}/html;
      location / { try_files $uri @app; }
      location @app { return 200 "app $uri"; }
      location /dir/ { try_files $uri $uri/ /fallback.txt; }
      location /code/ { try_files $uri =418; error_page 418 = @app; }`,
    files: { 'static.txt': 'static-file', 'fallback.txt': 'fallback-file' },
    cases: [
      { uri: '/static.txt', fileExists: true, expect: '200:static-file', hops: ['location /'] },
      { uri: '/events', expect: '200:app /events', hops: ['location /', 'location @app'] },
      { uri: '/dir/missing', fileExists: [false, true], expect: '200:fallback-file', hops: ['location /dir/', 'location /'] },
      { uri: '/code/missing', expect: '200:app /code/missing', hops: ['location /code/', 'location @app'] },
    ],
  },
  {
    name: 'error_page to a named location or a URI, once unless recursive_error_pages',
    server: `
      root {{PREFIX}}/html;
      location /errors/ { error_page 404 = @fallback; }
      location @fallback { return 200 "fallback $uri"; }
      location /teapot { return 418; error_page 418 =200 /stream/teapot; }
      location /stream/ { return 200 "stream $uri"; }
      location /text404 { return 404 "not-found-text"; error_page 404 = @fallback; }
      location /moved { return 302 /elsewhere; error_page 302 = @fallback; }
      location /once { return 404; error_page 404 = @second; }
      location /twice { recursive_error_pages on; return 404; error_page 404 = @second; }
      location @second { return 403; error_page 403 = @third; }
      location @third { return 200 "third"; }
      location /if-arg { if ($arg_go) { return 418; } error_page 418 = @fallback; return 200 "no-error"; }`,
    cases: [
      { uri: '/errors/missing', status: 404, expect: '200:fallback /errors/missing', hops: ['location /errors/', 'location @fallback'] },
      { uri: '/teapot', expect: '200:stream /stream/teapot', hops: ['location /teapot', 'location /stream/'] },
      { uri: '/text404', expect: '404:not-found-text', hops: ['location /text404'] },
      { uri: '/moved', expect: '200:fallback /moved', hops: ['location /moved', 'location @fallback'] },
      { uri: '/once', expect: '403', hops: ['location /once', 'location @second'] },
      { uri: '/twice', expect: '200:third', hops: ['location /twice', 'location @second', 'location @third'] },
      { uri: '/if-arg?go=1', expect: '200:fallback /if-arg', hops: ['location /if-arg', 'location @fallback'] },
      { uri: '/if-arg', expect: '200:no-error', hops: ['location /if-arg'] },
    ],
  },
  {
    name: 'rewrite: last searches again, no flag goes on, break stays, redirects leave',
    server: `
      root {{PREFIX}}/html;
      rewrite ^/old/(.*)$ /new/$1 last;
      if ($uri = /server-answer) { return 200 "server-answer"; }
      location /new/ { return 200 "new $uri"; }
      location /v1/chat/ { rewrite ^/v1/chat/(.*)$ /internal/stream/$1 last; return 200 "not-reached"; }
      location /internal/stream/ { internal; return 200 "internal $uri"; }
      location /nf { rewrite ^/nf(.*)$ /nf2$1; rewrite ^/nf2(.*)$ /nf3$1; }
      location /nf3 { return 200 "nf3 $uri"; }
      location /brk { rewrite ^/brk(.*)$ /files$1 break; return 200 "not-reached"; }
      location /go-away { rewrite ^ /somewhere redirect; }
      location /tf-server { try_files /nonexistent /server-answer; }
      location /tf-old { try_files /nonexistent /old/from-try-files; }
      location /rw-server { rewrite ^ /server-answer last; }
      location ~ ^/keep/(\\w+)$ { rewrite ^ /new/$1 last; }
      location /hostile/ { rewrite ^/hostile/(a+)+$ /new/x last; return 200 "no-match"; }
      location /hostile-if/ { if ($uri ~ ^/hostile-if/(a+)+$) { return 200 "if-match"; } return 200 "if-no-match"; }
      location ~ ^/named/(?<who>\\w+)$ { rewrite ^/named/(\\w)\\w*$ /new/$who-$1 last; }`,
    files: { 'files/a.txt': 'file-a', 'server-answer': 'static-server-answer' },
    cases: [
      { uri: '/old/x', expect: '200:new /new/x', hops: ['location /new/'] },
      { uri: '/v1/chat/completions', expect: '200:internal /internal/stream/completions', hops: ['location /v1/chat/', 'location /internal/stream/'] },
      { uri: '/nf/a', expect: '200:nf3 /nf3/a', hops: ['location /nf', 'location /nf3'] },
      { uri: '/brk/a.txt', expect: '200:file-a', hops: ['location /brk'] },
      { uri: '/go-away', expect: '302', hops: ['location /go-away'] },
      // An internal redirect runs the server's rewrites again; a location's `rewrite ... last` does not.
      { uri: '/tf-server', expect: '200:server-answer', hops: ['location /tf-server'] },
      { uri: '/tf-old', expect: '200:new /new/from-try-files', hops: ['location /tf-old', 'location /new/'] },
      { uri: '/rw-server', expect: '200:static-server-answer', hops: ['location /rw-server', 'server'] },
      // PCRE2 gives up on these (its match limit): nginx answers 500, and so does the model's matcher.
      { uri: `/hostile/${'a'.repeat(32)}b`, expect: '500', hops: ['location /hostile/'] },
      { uri: '/hostile/aaab', expect: '200:no-match', hops: ['location /hostile/'] },
      { uri: `/hostile-if/${'a'.repeat(32)}b`, expect: '500', hops: ['location /hostile-if/'] },
      // Every regex match sets $1.. anew (here to nothing); named captures stay set.
      { uri: '/keep/abc', expect: '200:new /new/', hops: ['location ~ ^/keep/(\\w+)$', 'location /new/'] },
      { uri: '/named/bob', expect: '200:new /new/bob-b', hops: ['location ~ ^/named/(?<who>\\w+)$', 'location /new/'] },
    ],
  },
  {
    name: 'internal locations: 404 for an external request, reachable through every redirect',
    server: `
      location /internal/ { internal; return 200 "internal $uri"; }
      location /guarded/ { internal; error_page 404 = @refused; }
      location @refused { return 200 "refused $uri"; }
      location /via-try-files { try_files /nonexistent /internal/tf; }
      location /via-error-page { return 404; error_page 404 = /internal/ep; }
      location /via-error-page-keep { return 404; error_page 404 /internal/ep-keep; }
      location /via-rewrite { rewrite ^ /internal/rw last; }
      location /via-named { try_files /nonexistent @to-internal; }
      location @to-internal { rewrite ^ /internal/named last; }`,
    cases: [
      { uri: '/internal/x', expect: '404', hops: ['location /internal/'] },
      { uri: '/guarded/x', expect: '200:refused /guarded/x', hops: ['location /guarded/', 'location @refused'] },
      { uri: '/via-try-files', expect: '200:internal /internal/tf', hops: ['location /via-try-files', 'location /internal/'] },
      { uri: '/via-error-page', expect: '200:internal /internal/ep', hops: ['location /via-error-page', 'location /internal/'] },
      // Without "=" the answer keeps the error's status, with the target's body.
      { uri: '/via-error-page-keep', status: 404, expect: '404:internal /internal/ep-keep', hops: ['location /via-error-page-keep', 'location /internal/'] },
      { uri: '/via-rewrite', expect: '200:internal /internal/rw', hops: ['location /via-rewrite', 'location /internal/'] },
      { uri: '/via-named', expect: '200:internal /internal/named', hops: ['location /via-named', 'location @to-internal', 'location /internal/'] },
    ],
  },
  {
    name: `loops: ${MAX_INTERNAL_REDIRECTS} internal redirects pass, the next one is a 500`,
    server: `
      location /loop { rewrite ^ /loop last; }
      location @ping { try_files /nonexistent @pong; }
      location @pong { try_files /nonexistent @ping; }
      location /ping-pong { try_files /nonexistent @ping; }
      ${Array.from({ length: 11 }, (_, i) => `location = /r${i + 1} { rewrite ^ /r${i + 2} last; }`).join('\n      ')}
      location = /r12 { return 200 "r12"; }
      ${Array.from({ length: 11 }, (_, i) => `location @t${i + 1} { try_files /nonexistent @t${i + 2}; }`).join('\n      ')}
      location @t12 { return 200 "t12"; }
      location /t2 { try_files /nonexistent @t2; }
      location /t3 { try_files /nonexistent @t3; }
      location /missing-name { try_files /nonexistent @nowhere; }`,
    cases: [
      { uri: '/loop', expect: '500', hops: ['location /loop', ...Array<string>(10).fill('location /loop')] },
      { uri: '/ping-pong', expect: '500', hops: ['location /ping-pong', ...Array.from({ length: 10 }, (_, i) => (i % 2 ? 'location @pong' : 'location @ping'))] },
      { uri: '/r2', expect: '200:r12', hops: Array.from({ length: 11 }, (_, i) => `location = /r${i + 2}`) },
      { uri: '/r1', expect: '500', hops: Array.from({ length: 11 }, (_, i) => `location = /r${i + 1}`) },
      { uri: '/t3', expect: '200:t12', hops: ['location /t3', ...Array.from({ length: 10 }, (_, i) => `location @t${i + 3}`)] },
      { uri: '/t2', expect: '500', hops: ['location /t2', ...Array.from({ length: 10 }, (_, i) => `location @t${i + 2}`)] },
      { uri: '/missing-name', expect: '500', hops: ['location /missing-name'] },
    ],
  },
  {
    name: 'an `if` that matches drops try_files; return ends the script',
    server: `
      root {{PREFIX}}/html;
      location /if-try { set $t 1; if ($t) { } try_files /nonexistent @named; }
      location /try { try_files /nonexistent @named; }
      location @named { return 200 "named"; }
      location /ret { return 200 "ret"; rewrite ^ /elsewhere last; }`,
    cases: [
      { uri: '/if-try', status: 404, expect: '404', hops: ['location /if-try'] },
      { uri: '/try', expect: '200:named', hops: ['location /try', 'location @named'] },
      { uri: '/ret', expect: '200:ret', hops: ['location /ret'] },
    ],
  },
];

/** Whether what a chain depends on is true for this request. */
function consistent(c: Chain, w: World): boolean {
  const upgrade = Object.keys(w.headers ?? {}).some((h) => h.toLowerCase() === 'upgrade');
  const value = Object.entries(w.headers ?? {}).find(([h]) => h.toLowerCase() === 'upgrade')?.[1] ?? '';
  let files = 0;
  for (const cond of [...c.hops.flatMap((h) => h.conditions), ...c.conditions]) {
    const exists = Array.isArray(w.fileExists) ? w.fileExists[files++] ?? false : w.fileExists ?? false;
    if (cond.kind === 'file' && cond.exists !== exists) return false;
    if (cond.kind === 'upgrade' && cond.upgrade !== upgrade) return false;
    if (cond.kind === 'name' && cond.name !== `@${value}`) return false;
    if (cond.kind === 'status' && !cond.codes.includes(w.status ?? -1)) return false;
    if (cond.kind === 'if' || cond.kind === 'regex') throw new Error(`a request chain should not depend on ${cond.kind} (${cond.directive.args.map((a) => a.raw).join(' ')})`);
  }
  return true;
}

/** The chain this request takes: error_page wins over the plain answer when the world says the status is there. */
function pick(set: ChainSet, w: World): Chain {
  const ok = set.chains.filter((c) => consistent(c, w));
  const viaStatus = ok.filter((c) => [...c.hops.flatMap((h) => h.conditions), ...c.conditions].some((x) => x.kind === 'status'));
  const chosen = viaStatus.length ? viaStatus : ok;
  if (chosen.length !== 1) throw new Error(`${chosen.length} chains fit this request, expected exactly 1`);
  return chosen[0]!;
}

/** What nginx answers at the end of a chain, in the words of Case.expect. */
function predicted(c: Chain, w: World, files: Record<string, string>): string {
  const end = c.end;
  const uri = c.hops[c.hops.length - 1]?.uri ?? '';
  // error_page without "=" answers with the error's status and the target's body.
  const kept = [...c.hops.flatMap((h) => h.via), ...c.via].some((r) => r.kind === 'error_page' && !r.directive.args.some((a) => a.value.startsWith('=')));
  switch (end.kind) {
    case 'return': {
      const text = end.directive.args[1]?.value;
      if (text === undefined || end.code === null || [301, 302, 303, 307, 308].includes(end.code)) return String(end.code);
      return `${kept ? w.status : end.code}:${text.replaceAll('$uri', uri)}`;
    }
    case 'served': {
      const body = files[(end.uri ?? '').replace(/^\//, '')];
      return body === undefined ? '404' : `200:${body}`;
    }
    case 'redirect':
    case 'status':
      return String(end.code);
    case 'unknown':
      return `unknown: ${end.variables.join(', ')}`;
  }
}

describeNginx('internal redirect chains agree with nginx', () => {
  afterAll(stopAll);

  it('cover every redirect kind with at least 30 requests', () => {
    expect(SCENARIOS.reduce((n, s) => n + s.cases.length, 0)).toBeGreaterThanOrEqual(30);
  });

  for (const scenario of SCENARIOS) {
    describe(scenario.name, () => {
      let ngx: NginxInstance;
      beforeAll(async () => {
        ngx = await startNginx(nginxConf({ servers: serverBlock(`server_name redirects.test;\n${scenario.server}`) }));
        for (const [name, body] of Object.entries(scenario.files ?? {})) {
          const file = path.join(ngx.prefix, 'html', name);
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, body);
        }
      }, 15_000);
      afterAll(async () => ngx?.stop());

      it.each(scenario.cases)('$uri -> $expect', async (c) => {
        const answer = await request(ngx.url + c.uri, { headers: { Host: 'redirects.test', ...(c.headers ?? {}) } });
        const got = answer.body.startsWith('<html>') ? String(answer.status) : `${answer.status}:${answer.body}`;
        // The table states what nginx does; a wrong entry shows up here rather than as a model bug.
        expect(got, 'nginx').toBe(c.expect);

        const contexts = buildContexts(loadConfig(['/etc/nginx/nginx.conf'], { fs: memoryFs({ '/etc/nginx/nginx.conf': ngx.conf }) }));
        const { chains } = routeChains(contexts, { host: 'redirects.test', port: ngx.port, uri: c.uri, addr: '127.0.0.1' });
        expect(chains.truncated).toBe(false);
        const chain = pick(chains, c);
        expect(chain.hops.map((h) => blockLabel(h.location)), 'the locations on the way').toEqual(c.hops);
        expect(predicted(chain, c, scenario.files ?? {}), 'the model').toBe(got);
      });
    });
  }
});
