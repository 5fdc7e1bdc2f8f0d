// Include resolution as nginx does it: prefix, globs, missing files, cycles, non-regular files, path maps, dumps, stdin.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { loadInputs, findConfigFiles } from '../../src/model/inputs.js';
import { splitNginxDump } from '../../src/model/dump.js';
import { buildContexts } from '../../src/model/context.js';

const base = (p: string): string => path.basename(p);

describe('include resolution (in memory)', () => {
  it('resolves relative paths against the prefix, not the including file, and records every includer', () => {
    const fs = memoryFs({
      '/etc/nginx/nginx.conf': 'http { include conf.d/a.conf; include conf.d/b.conf; }',
      '/etc/nginx/conf.d/a.conf': 'server { include snippets/common.conf; }',
      '/etc/nginx/conf.d/b.conf': 'server { include snippets/common.conf; }',
      '/etc/nginx/snippets/common.conf': 'proxy_buffering off;',
      '/etc/nginx/conf.d/snippets/common.conf': 'wrong;',
    });
    const tree = loadConfig(['/etc/nginx/nginx.conf'], { fs });
    expect(tree.findings).toEqual([]);
    expect(tree.order).toEqual(['/etc/nginx/nginx.conf', '/etc/nginx/conf.d/a.conf', '/etc/nginx/conf.d/b.conf', '/etc/nginx/snippets/common.conf']);
    expect(tree.includers.get('/etc/nginx/snippets/common.conf')!.map((d) => base(d.file.path))).toEqual(['a.conf', 'b.conf']);
    // Parsed once, evaluated in each context.
    const ctx = buildContexts(tree);
    const servers = ctx.all.filter((c) => c.kind === 'server');
    expect(servers.map((s) => s.directives.map((d) => d.name))).toEqual([['include', 'proxy_buffering'], ['include', 'proxy_buffering']]);
    expect(servers[0]!.directives[1]).toBe(servers[1]!.directives[1]);
  });

  it('expands globs sorted bytewise, skips dot-files, and is silent when nothing matches', () => {
    const fs = memoryFs({
      '/p/nginx.conf': 'include sites/*.conf; include none/*.conf; include opt/x[.]conf;',
      '/p/sites/b.conf': '', '/p/sites/B.conf': '', '/p/sites/a.conf': '', '/p/sites/.hidden.conf': '', '/p/sites/c.txt': '',
    });
    const tree = loadConfig(['/p/nginx.conf'], { fs });
    expect(tree.findings).toEqual([]);
    expect(tree.order.map(base)).toEqual(['nginx.conf', 'B.conf', 'a.conf', 'b.conf']);
  });

  it('a missing explicit file is include-not-found on the argument, with the resolved path', () => {
    const fs = memoryFs({ '/p/nginx.conf': 'http {\n  include missing.conf;\n}\n' });
    const tree = loadConfig(['/p/nginx.conf'], { fs });
    expect(tree.findings.map((f) => [f.ruleId, f.span.line, f.span.column, f.message])).toEqual([
      ['include-not-found', 2, 11, 'open() "/p/missing.conf" failed (2: No such file or directory) (include "missing.conf" resolved against /p)'],
    ]);
  });

  it('--prefix changes where relative includes resolve', () => {
    const fs = memoryFs({ '/repo/sites/app.conf': 'server { include snippets/x.conf; }', '/etc/nginx/snippets/x.conf': 'gzip on;' });
    expect(loadConfig(['/repo/sites/app.conf'], { fs }).findings.map((f) => f.ruleId)).toEqual(['include-not-found']);
    expect(loadConfig(['/repo/sites/app.conf'], { fs, prefix: '/etc/nginx' }).findings).toEqual([]);
  });

  it('a cycle is one include-cycle finding and never a hang', () => {
    const fs = memoryFs({ '/p/nginx.conf': 'include a.conf;', '/p/a.conf': 'include b.conf;', '/p/b.conf': 'include a.conf;\ninclude nginx.conf;' });
    const tree = loadConfig(['/p/nginx.conf'], { fs });
    expect(tree.findings.map((f) => [f.ruleId, base(f.span.file), f.span.line])).toEqual([
      ['include-cycle', 'b.conf', 1], ['include-cycle', 'b.conf', 2],
    ]);
    expect(tree.findings[0]!.message).toContain('nginx.conf -> a.conf -> b.conf -> a.conf');
    // The context tree stops at the loop too.
    expect(buildContexts(tree).roots[0]!.directives.map((d) => d.name)).toEqual(['include', 'include', 'include', 'include']);
  });

  it('--map reads a container path from the host', () => {
    const fs = memoryFs({
      '/opt/1panel/openresty/conf/nginx.conf': 'http { include /www/sites/*/proxy/*.conf; }',
      '/opt/1panel/openresty/www/sites/app/proxy/root.conf': 'location / { proxy_pass http://127.0.0.1:8080; }',
    });
    const unmapped = loadConfig(['/opt/1panel/openresty/conf/nginx.conf'], { fs });
    expect(unmapped.order.length).toBe(1);
    const tree = loadConfig(['/opt/1panel/openresty/conf/nginx.conf'], { fs, maps: [{ from: '/www', to: '/opt/1panel/openresty/www' }] });
    expect(tree.order).toEqual(['/opt/1panel/openresty/conf/nginx.conf', '/opt/1panel/openresty/www/sites/app/proxy/root.conf']);
  });

  it('--map: the longest FROM that holds a path wins, in whatever order the maps are given (as container mounts)', () => {
    // 1Panel v2: the app's conf folder at /usr/local/openresty/nginx/conf, the website folder's conf.d mounted over
    // its conf.d.
    const fs = memoryFs({
      '/opt/1panel/apps/openresty/openresty/conf/nginx.conf': 'http { include conf.d/*.conf; }',
      '/opt/1panel/apps/openresty/openresty/conf/conf.d/stale.conf': 'server { listen 81; }',
      '/opt/1panel/www/conf.d/site.conf': 'server { listen 80; }',
    });
    const conf = { from: '/usr/local/openresty/nginx/conf', to: '/opt/1panel/apps/openresty/openresty/conf' };
    const confD = { from: '/usr/local/openresty/nginx/conf/conf.d/', to: '/opt/1panel/www/conf.d' };
    for (const maps of [[conf, confD], [confD, conf]]) {
      const tree = loadConfig(['/opt/1panel/apps/openresty/openresty/conf/nginx.conf'], { fs, maps, prefix: '/usr/local/openresty/nginx/conf' });
      expect(tree.order).toEqual(['/opt/1panel/apps/openresty/openresty/conf/nginx.conf', '/opt/1panel/www/conf.d/site.conf']);
    }
  });

  it('a directory named by an include is include-unreadable', () => {
    const fs = memoryFs({ '/p/nginx.conf': 'include conf.d;', '/p/conf.d/x.conf': '' });
    expect(loadConfig(['/p/nginx.conf'], { fs }).findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['include-unreadable', '"/p/conf.d" is a directory, not a config file'],
    ]);
  });
});

describe('include resolution (on disk)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-inc-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a FIFO named by an include is a finding and is never opened (no hang)', () => {
    writeFileSync(path.join(dir, 'nginx.conf'), 'include pipe.conf;\ninclude *.fifo;\n');
    execFileSync('mkfifo', [path.join(dir, 'pipe.conf')]);
    execFileSync('mkfifo', [path.join(dir, 'x.fifo')]);
    const tree = loadConfig([path.join(dir, 'nginx.conf')]);
    expect(tree.findings.map((f) => [f.ruleId, f.span.line])).toEqual([['include-unreadable', 1], ['include-unreadable', 2]]);
    expect(tree.findings[0]!.message).toContain('not a regular file');
  });

  it('directory input: entries are files nobody includes, nginx.conf first; symlinked sites count once', () => {
    const d = path.join(dir, 'etc');
    mkdirSync(path.join(d, 'sites-available'), { recursive: true });
    mkdirSync(path.join(d, 'sites-enabled'), { recursive: true });
    mkdirSync(path.join(d, 'conf.d'), { recursive: true });
    writeFileSync(path.join(d, 'nginx.conf'), 'http { include conf.d/*.conf; include sites-enabled/*; }');
    writeFileSync(path.join(d, 'conf.d', 'gzip.conf'), 'gzip on;');
    writeFileSync(path.join(d, 'sites-available', 'default'), 'server { listen 80; }');
    writeFileSync(path.join(d, 'sites-available', 'disabled'), 'server { listen 81; }');
    symlinkSync('../sites-available/default', path.join(d, 'sites-enabled', 'default'));
    writeFileSync(path.join(d, 'a-snippet.conf'), 'include b-snippet.conf;');
    writeFileSync(path.join(d, 'b-snippet.conf'), 'proxy_buffering off;');
    const ws = loadInputs([d]);
    expect(ws.inputErrors).toEqual([]);
    const tree = ws.trees[0]!;
    expect(tree.entries.map((e) => path.relative(d, e))).toEqual(['nginx.conf', 'a-snippet.conf', 'sites-available/disabled']);
    expect(findConfigFiles(tree.fs, d).map((e) => path.relative(d, e))).toContain('sites-enabled/default');
  });

  it('a missing input path is an input error', () => {
    const ws = loadInputs([path.join(dir, 'nope.conf')]);
    expect(ws.inputErrors.map((e) => e.message)).toEqual([`${path.join(dir, 'nope.conf')}: no such file or directory`]);
  });
});

describe('nginx -T dumps and stdin', () => {
  const dump = [
    'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok',
    'nginx: configuration file /etc/nginx/nginx.conf test is successful',
    '# configuration file /etc/nginx/nginx.conf:',
    'events {}',
    'http {',
    '    include /etc/nginx/conf.d/*.conf;',
    '}',
    '',
    '# configuration file /etc/nginx/conf.d/app.conf:',
    'server {',
    '    listen 80;',
    '    location /sse { proxy_pass http://127.0.0.1:8080 }',
    '}',
    '',
  ].join('\n');

  it('splits the dump back into files with their own line numbers', () => {
    const files = splitNginxDump(dump);
    expect([...files.keys()]).toEqual(['/etc/nginx/nginx.conf', '/etc/nginx/conf.d/app.conf']);
    expect(files.get('/etc/nginx/conf.d/app.conf')).toBe('server {\n    listen 80;\n    location /sse { proxy_pass http://127.0.0.1:8080 }\n}');
  });

  it('findings name the original path and line, includes resolve inside the dump', () => {
    const ws = loadInputs(['-'], { stdin: Buffer.from(dump) });
    const tree = ws.trees[0]!;
    expect(tree.order).toEqual(['/etc/nginx/nginx.conf', '/etc/nginx/conf.d/app.conf']);
    expect(tree.findings.map((f) => [f.span.file, f.span.line, f.message])).toEqual([['/etc/nginx/conf.d/app.conf', 3, 'unexpected "}"']]);
  });

  it('plain stdin is linted under its display name, includes resolve against the working directory', () => {
    const ws = loadInputs(['-'], { stdin: Buffer.from('http {\n  include nope.conf;\n'), stdinName: 'site.conf', cwd: '/nonexistent-dir' });
    const tree = ws.trees[0]!;
    expect(tree.findings.map((f) => [f.ruleId, f.span.file, f.span.line])).toEqual([
      ['include-not-found', 'site.conf', 2], ['parse-error', 'site.conf', 3],
    ]);
  });

  const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => existsSync(p));
  it.skipIf(!nginx && process.env.CI !== 'true')('a real `nginx -T` dump round-trips to the same files', () => {
    if (!nginx) throw new Error('nginx not installed, but CI=true: CI must run this test');
    const d = mkdtempSync(path.join(tmpdir(), 'sse-lint-dump-'));
    try {
      mkdirSync(path.join(d, 'conf.d'));
      const main = `pid ${d}/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n    access_log off;\n    include conf.d/*.conf;\n}`;
      const site = 'server {\n    listen 127.0.0.1:18099;\n    location /sse {\n        return 200 "x";\n    }\n}\n';
      writeFileSync(path.join(d, 'nginx.conf'), main);
      writeFileSync(path.join(d, 'conf.d/site.conf'), site);
      const r = spawnSync(nginx, ['-T', '-p', d, '-c', path.join(d, 'nginx.conf')], { encoding: 'utf8', timeout: 10_000 });
      expect(r.status).toBe(0);
      const files = splitNginxDump(r.stdout);
      expect(files.get(path.join(d, 'nginx.conf'))).toBe(main);
      expect(files.get(path.join(d, 'conf.d/site.conf'))).toBe(site);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('glob patterns with characters that need no escaping', () => {
  it('`-`, `/` and bracket classes do not break the matcher (nginx -T of Nginx Proxy Manager)', () => {
    const fs = memoryFs({ '/p/nginx.conf': 'include conf.d/log-proxy[.]conf;\ninclude conf.d/x-*.conf;', '/p/conf.d/log-proxy.conf': '', '/p/conf.d/x-a.conf': '' });
    const tree = loadConfig(['/p/nginx.conf'], { fs });
    expect(tree.findings).toEqual([]);
    expect(tree.order.map(base)).toEqual(['nginx.conf', 'log-proxy.conf', 'x-a.conf']);
  });
});

describe('unreadable files', () => {
  it('an include the file system refuses to read is include-unreadable with the reason once', () => {
    const base = memoryFs({ '/p/nginx.conf': 'include secret.conf;', '/p/secret.conf': '' });
    const fs = { ...base, readFile: (p: string) => {
      if (p.endsWith('secret.conf')) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
      return base.readFile(p);
    } };
    const tree = loadConfig(['/p/nginx.conf'], { fs });
    expect(tree.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['include-unreadable', 'open() "/p/secret.conf" failed (EACCES: permission denied)'],
    ]);
  });
});
