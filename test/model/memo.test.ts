// What the model remembers per block (memo slots, kept location trees, per-file mention indexes) answers exactly what
// working it out afresh answers: orphan snippets see the names of the tree they are placed in, a server whose location
// tree was let go routes the same, and a mention of X-Accel-Buffering is found in any case and only inside its line.
import { describe, expect, it } from 'vitest';
import type { ContextNode } from '../../src/model/context.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { loadInputs } from '../../src/model/inputs.js';
import { buildModel, type ConfigModel } from '../../src/model/model.js';
import { route } from '../../src/model/routing.js';

function model(files: Record<string, string>): ConfigModel {
  const tree = loadConfig(['/etc/nginx/nginx.conf'], { fs: memoryFs(files) });
  expect(tree.findings.map((f) => f.message)).toEqual([]);
  return buildModel(tree);
}

function location(m: ConfigModel, path: string, nth = 0): ContextNode {
  const found = m.locations.filter((l) => l.directive!.args.map((a) => a.value).join(' ') === path);
  expect(found.length).toBeGreaterThan(nth);
  return found[nth]!;
}

describe('names written only in an orphan snippet', () => {
  // A site file nobody includes is placed under the http block whose include matched nothing: what only the site
  // writes, and what only that http block writes, are both in effect in the site's locations.
  const ws = loadInputs(['/etc/nginx'], {
    fs: memoryFs({
      '/etc/nginx/nginx.conf': 'events {}\nhttp {\n    proxy_buffering off;\n    include /etc/nginx/proxy_host/*.conf;\n}\n',
      '/etc/nginx/site.conf': 'server {\n    listen 80;\n    proxy_read_timeout 5s;\n    location / {\n        proxy_pass http://127.0.0.1:8080;\n    }\n}\n',
    }),
  });
  const tree = ws.trees[0]!;
  const m = buildModel(tree);
  const loc = m.locations.find((l) => l.directive!.file.path === '/etc/nginx/site.conf')!;

  it('places the site under the http block', () => {
    // The site's top level is guessed to be an http body, placed under the main http block.
    const root = loc.parent!.parent!;
    expect([root.kind, root.assumedIn?.name, root.parent?.kind, root.parent?.directive?.name]).toEqual(['http', 'include', 'http', 'http']);
  });

  it('finds a value written only in the orphan, and one written only above it', () => {
    const timeout = m.effective(loc, 'proxy_read_timeout');
    expect([timeout.value, timeout.origin.kind]).toEqual(['5s', 'directive']);
    const buffering = m.effective(loc, 'proxy_buffering');
    expect([buffering.value, buffering.origin.kind, buffering.levels.map((l) => l.kind)]).toEqual(['off', 'directive', ['location', 'server', 'http', 'http']]);
  });

  it('finds list entries written only in the orphan', () => {
    const other = loadInputs(['/etc/nginx'], {
      fs: memoryFs({
        '/etc/nginx/nginx.conf': 'events {}\nhttp {\n    include /etc/nginx/proxy_host/*.conf;\n}\n',
        '/etc/nginx/site.conf': 'server {\n    add_header X-Only-Here 1;\n    location / {\n        proxy_pass http://127.0.0.1:8080;\n    }\n}\n',
      }),
    });
    const om = buildModel(other.trees[0]!);
    const l = om.locations.find((x) => x.directive!.file.path === '/etc/nginx/site.conf')!;
    expect(om.effectiveList(l, 'add_header').entries.map((e) => e.directive.args[0]!.value)).toEqual(['X-Only-Here']);
    // Written nowhere in the tree: the default, every level inspected.
    expect(om.effectiveList(l, 'add_trailer').entries).toEqual([]);
    expect(om.effective(l, 'proxy_cache').levels.map((x) => x.kind)).toEqual(['location', 'server', 'http', 'http']);
  });
});

describe('location trees kept for recent servers only', () => {
  // More servers than the trees kept: the first server's tree is let go while the others are asked about, and is made
  // again when asked about later.
  const servers = Array.from({ length: 90 }, (_, i) => [
    `    server {`,
    `        listen 127.0.0.1:${20000 + i};`,
    `        location / { try_files $uri @app; }`,
    `        location @app { proxy_pass http://127.0.0.1:9000; }`,
    `        location = /exact { return 204; }`,
    `        location ~ ^/re/(.*)$ { return 204; }`,
    `    }`,
  ].join('\n'));
  const m = model({ '/etc/nginx/nginx.conf': `events {}\nhttp {\n${servers.join('\n')}\n}\n` });
  const ask = (i: number, uri: string): string[] => {
    const r = route(m.contexts, { host: '', port: 20000 + i, uri });
    return (r.location ?? []).map((c) => `${c.directive!.args.map((a) => a.value).join(' ')}@${c.directive!.nameToken.line}`);
  };

  it('routes the same before and after the tree was let go', () => {
    const before = [ask(0, '/x'), ask(0, '/exact'), ask(0, '/re/1')];
    for (let i = 1; i < 90; i++) ask(i, '/x');
    expect([ask(0, '/x'), ask(0, '/exact'), ask(0, '/re/1')]).toEqual(before);
    expect(before).toEqual([['/@5'], ['= /exact@7'], ['~ ^/re/(.*)$@8']]);
  });

  it('follows try_files to the named location of the right server', () => {
    for (const i of [0, 45, 89]) {
      const chains = m.redirects(location(m, '/', i)).chains;
      const ends = chains.map((c) => (c.end.kind === 'served' ? c.end.context.directive!.nameToken.line : null));
      expect(ends).toContain(location(m, '@app', i).directive!.nameToken.line);
      expect(chains.every((c) => c.end.kind !== 'served' || c.end.context === location(m, '/', i) || c.end.context === location(m, '@app', i))).toBe(true);
    }
  });

  it('knows an exact location\'s URI whether or not its server\'s tree was made', () => {
    const fresh = model({ '/etc/nginx/nginx.conf': `events {}\nhttp {\n${servers.slice(0, 2).join('\n')}\n}\n` });
    // No search has made a tree yet: the location is read on its own.
    const hop = fresh.redirects(location(fresh, '= /exact', 1)).chains[0]!.hops[0]!;
    expect(hop.uri).toBe('/exact');
    route(fresh.contexts, { host: '', port: 20000, uri: '/' });
    const again = fresh.redirects(location(fresh, '= /exact', 0)).chains[0]!.hops[0]!;
    expect(again.uri).toBe('/exact');
  });
});

describe('X-Accel-Buffering mentioned in a line', () => {
  const conf = [
    'events {}',
    'http {',
    '    server {',
    '        listen 80;',
    '        location /a { proxy_pass http://127.0.0.1:8080; proxy_pass_request_headers on; }',
    '        location /b { proxy_pass http://127.0.0.1:8080; proxy_set_header X-ACCEL-BUFFERING no; }',
    '        location /c { proxy_pass http://127.0.0.1:8080; proxy_set_header X-Other "x-accel-buffering"; }',
    '        location /d { proxy_pass http://127.0.0.1:8080; }',
    '        location /e { proxy_pass http://127.0.0.1:8080; proxy_set_header X-Accel-Bufferin "g"; }',
    '    }',
    '}',
  ].join('\n');
  const m = model({ '/etc/nginx/nginx.conf': conf });
  const accel = (path: string): string[] => m.streamReasons(location(m, path)).filter((r) => r.kind === 'accel-header').map((r) => r.directive!.name);

  it('in any case, in any argument', () => {
    expect(accel('/b')).toEqual(['proxy_set_header']);
    expect(accel('/c')).toEqual(['proxy_set_header']);
  });

  it('not in a line before or after it, nor split across arguments', () => {
    expect(accel('/a')).toEqual([]);
    expect(accel('/d')).toEqual([]);
    expect(accel('/e')).toEqual([]);
  });
});

describe('a level of many locations is searched through an index', () => {
  // The search of a level of sixteen locations or more goes through an index by subject; what it picks must be what
  // nginx's walk in order picks. The walk is spelled out here, for random levels and URIs.
  const SUBJECTS = ['/', '/a', '/a/', '/ab', '/a/b', '/a/b/', '/b', '/b/', '/b/c', '/abc', '/c/', ''];
  const MODIFIERS = ['=', '', '^~', '~'] as const;
  type Loc = { modifier: (typeof MODIFIERS)[number]; subject: string; proxied: boolean };

  /** nginx's static search and regex order at one level (ngx_http_core_find_location), as written in its docs. */
  function expected(level: Loc[], uri: string): { at: number; how: string } | null {
    const exact = level.findIndex((l) => l.modifier === '=' && l.subject === uri);
    if (exact !== -1) return { at: exact, how: 'exact' };
    const isPrefix = (l: Loc) => l.modifier === '' || l.modifier === '^~';
    if (!level.some((l) => isPrefix(l) && l.subject === uri)) {
      const slashed = level.map((l, k) => ({ l, k })).filter(({ l }) => (isPrefix(l) || l.modifier === '=') && l.subject === uri + '/');
      const auto = (l: Loc) => l.modifier !== '~' && l.subject.endsWith('/') && l.proxied;
      if (slashed.some(({ l }) => auto(l))) return { at: (slashed.find(({ l }) => l.modifier === '=') ?? slashed[0]!).k, how: 'auto-redirect' };
    }
    let best = -1;
    level.forEach((l, k) => {
      if (isPrefix(l) && uri.startsWith(l.subject) && (best === -1 || l.subject.length > level[best]!.subject.length)) best = k;
    });
    if (best !== -1 && level[best]!.modifier === '^~') return { at: best, how: 'noregex-prefix' };
    const re = level.findIndex((l) => l.modifier === '~' && uri.includes(l.subject));
    if (re !== -1) return { at: re, how: 'regex' };
    return best === -1 ? null : { at: best, how: 'prefix' };
  }

  it('picks what the walk in order picks', () => {
    // mulberry32: a small seeded generator, so a failure can be replayed.
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return (((t ^ (t >>> 14)) >>> 0) / 4294967296 * n) | 0;
    };
    for (let round = 0; round < 60; round++) {
      const level: Loc[] = Array.from({ length: 16 + rand(20) }, () => ({ modifier: MODIFIERS[rand(4)]!, subject: SUBJECTS[rand(SUBJECTS.length)]!, proxied: rand(2) === 0 }));
      // A regex location is a plain literal here (`~ /a/`): it matches where the URI contains it.
      const lines = level.map((l, k) => {
        const subject = l.modifier === '~' ? (l.subject || '/').replace(/[/]/g, '\\/') : l.subject;
        const head = l.modifier === '' ? `location "${subject}"` : `location ${l.modifier} "${subject}"`;
        return `        ${head} { ${l.proxied ? 'proxy_pass http://127.0.0.1:9;' : `return 200 "${k}";`} }`;
      });
      const m = model({ '/etc/nginx/nginx.conf': `events {}\nhttp {\n    server {\n        listen 80;\n${lines.join('\n')}\n    }\n}\n` });
      const byLine = new Map(m.locations.map((c, k) => [c, k]));
      if (level.some((l) => l.modifier === '~' && l.subject === '')) level.forEach((l) => { if (l.modifier === '~' && l.subject === '') l.subject = '/'; });
      for (const uri of ['/', '/a', '/a/', '/ab', '/abc', '/a/b', '/a/b/c', '/b', '/b/c/d', '/c', '/zz']) {
        const r = route(m.contexts, { host: '', port: 80, uri });
        const got = r.location ? { at: byLine.get(r.location[r.location.length - 1]!)!, how: r.locationMatch! } : null;
        expect(got, `round ${round}, ${uri}: ${JSON.stringify(level)}`).toEqual(expected(level, uri));
      }
    }
  });
});
