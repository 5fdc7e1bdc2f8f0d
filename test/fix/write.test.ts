// --fix on disk: all or nothing, mode and symlinks kept, backups, files changed meanwhile left alone, and a killed run never leaves a partial file.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAll } from '../../src/fix/write.js';
import { main, type Io } from '../../src/cli/main.js';
import { root } from '../helpers/shared.js';
import { builtCli } from '../helpers/built-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const STREAM = 'events {}\nhttp {\n    server {\n        listen 127.0.0.1:8080;\n        location /events {\n            proxy_pass http://127.0.0.1:9000;\n        }\n    }\n}\n';
const FIXED = STREAM.replace('proxy_pass http://127.0.0.1:9000;\n', 'proxy_pass http://127.0.0.1:9000;\n            proxy_buffering off;\n');

async function cli(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => Buffer.from(''), cwd, color: false };
  return { code: await main(argv, io), out, err };
}

describe('sse-lint --fix and --diff', () => {
  it('--diff prints a unified diff and writes nothing', async () => {
    const d = mkdtempSync(path.join(dir, 'diff-'));
    writeFileSync(path.join(d, 'nginx.conf'), STREAM);
    const r = await cli(['--diff', '--rule', 'buffering-on', 'nginx.conf'], d);
    expect(r.out).toBe([
      '--- a/nginx.conf', '+++ b/nginx.conf', '@@ -4,6 +4,7 @@', '         listen 127.0.0.1:8080;', '         location /events {',
      '             proxy_pass http://127.0.0.1:9000;', '+            proxy_buffering off;', '         }', '     }', ' }', '',
    ].join('\n'));
    expect(r.err).toContain('1 fix in 1 file (dry run: nothing written)');
    expect(readFileSync(path.join(d, 'nginx.conf'), 'utf8')).toBe(STREAM);
  });

  it('--fix writes atomically, keeps the mode, follows a symlink and keeps the link, and --backup keeps the original', async () => {
    const d = mkdtempSync(path.join(dir, 'fix-'));
    mkdirSync(path.join(d, 'real'));
    writeFileSync(path.join(d, 'real/site.conf'), STREAM);
    chmodSync(path.join(d, 'real/site.conf'), 0o640);
    symlinkSync('real/site.conf', path.join(d, 'nginx.conf'));
    const r = await cli(['--fix', '--backup', '--rule', 'buffering-on', 'nginx.conf'], d);
    expect(r.code).toBe(0);
    expect(r.err).toContain('applied 1 fix, wrote 1 file');
    expect(lstatSync(path.join(d, 'nginx.conf')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(d, 'nginx.conf'))).toBe('real/site.conf');
    expect(readFileSync(path.join(d, 'real/site.conf'), 'utf8')).toBe(FIXED);
    expect(statSync(path.join(d, 'real/site.conf')).mode & 0o777).toBe(0o640);
    expect(readFileSync(path.join(d, 'real/site.conf.bak'), 'utf8')).toBe(STREAM);
    expect(readdirSync(path.join(d, 'real')).sort()).toEqual(['site.conf', 'site.conf.bak']);
  });

  it('never writes without --fix, and refuses to write stdin or an nginx -T dump', async () => {
    const d = mkdtempSync(path.join(dir, 'nofix-'));
    writeFileSync(path.join(d, 'nginx.conf'), STREAM);
    expect((await cli(['nginx.conf'], d)).code).toBe(1);
    expect(readFileSync(path.join(d, 'nginx.conf'), 'utf8')).toBe(STREAM);
    writeFileSync(path.join(d, 'dump.txt'), `# configuration file /etc/nginx/nginx.conf:\n${STREAM}\n`);
    const r = await cli(['--fix', 'dump.txt'], d);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--fix cannot write an nginx -T dump');
  });

  it('keeps CRLF, a BOM-free latin1 file and comments byte for byte outside the edit', async () => {
    const d = mkdtempSync(path.join(dir, 'bytes-'));
    const crlf = Buffer.concat([Buffer.from('# r\xe9glages\r\n', 'latin1'), Buffer.from(STREAM.replace(/\n/g, '\r\n'))]);
    writeFileSync(path.join(d, 'nginx.conf'), crlf);
    expect((await cli(['--fix', '--rule', 'buffering-on', 'nginx.conf'], d)).code).toBe(0);
    const want = Buffer.concat([Buffer.from('# r\xe9glages\r\n', 'latin1'), Buffer.from(FIXED.replace(/\n/g, '\r\n'))]);
    expect(readFileSync(path.join(d, 'nginx.conf')).equals(want)).toBe(true);
  });
});

describe('writeAll', () => {
  it('leaves every file alone when one changed on disk since it was read', () => {
    const d = mkdtempSync(path.join(dir, 'conflict-'));
    writeFileSync(path.join(d, 'a.conf'), 'a');
    writeFileSync(path.join(d, 'b.conf'), 'b-changed');
    const r = writeAll([
      { path: path.join(d, 'a.conf'), original: Buffer.from('a'), next: Buffer.from('A') },
      { path: path.join(d, 'b.conf'), original: Buffer.from('b'), next: Buffer.from('B') },
    ]);
    expect(r.conflicts).toEqual([path.join(d, 'b.conf')]);
    expect(r.written).toEqual([]);
    expect(readFileSync(path.join(d, 'a.conf'), 'utf8')).toBe('a');
    expect(readFileSync(path.join(d, 'b.conf'), 'utf8')).toBe('b-changed');
  });

  it('writes nothing when preparing any file fails', () => {
    const d = mkdtempSync(path.join(dir, 'fail-'));
    writeFileSync(path.join(d, 'a.conf'), 'a');
    writeFileSync(path.join(d, 'b.conf'), 'b');
    expect(() => writeAll([
      { path: path.join(d, 'a.conf'), original: Buffer.from('a'), next: Buffer.from('A') },
      { path: path.join(d, 'b.conf'), original: Buffer.from('b'), next: Buffer.from('B') },
    ], { beforeRename: () => { throw new Error('disk full'); } })).toThrow('disk full');
    expect(readFileSync(path.join(d, 'a.conf'), 'utf8')).toBe('a');
    expect(readdirSync(d).sort()).toEqual(['a.conf', 'b.conf']);
  });
});

describe('a run killed while writing', () => {
  // The binary bundled into a folder of its own (dist/ is committed and must not change under other tests).
  let cli = '';
  beforeAll(() => {
    cli = builtCli();
  }, 60_000);

  it('leaves every file either old or new, never partial', async () => {
    const files = 150;
    // Big files so that writing takes a while; each needs one fix.
    const pad = `# ${'x'.repeat(200)}\n`.repeat(400);
    const before = (k: number): string => `${pad}events {}\nhttp {\n    server {\n        listen 127.0.0.1:${9000 + k};\n        location /events {\n            proxy_pass http://127.0.0.1:9000;\n        }\n    }\n}\n`;
    const after = (k: number): string => before(k).replace('proxy_pass http://127.0.0.1:9000;\n', 'proxy_pass http://127.0.0.1:9000;\n            proxy_buffering off;\n');
    let sawMixed = false;
    for (const delay of [300, 600, 900, 1200, 1500, 2000]) {
      const d = mkdtempSync(path.join(dir, 'kill-'));
      for (let k = 0; k < files; k++) writeFileSync(path.join(d, `site${k}.conf`), before(k));
      const child = spawn(process.execPath, [cli, '--fix', '--rule', 'buffering-on', d], { stdio: 'ignore' });
      const exited = new Promise((res) => child.once('exit', res));
      await Promise.race([exited, new Promise((res) => setTimeout(res, delay))]);
      child.kill('SIGKILL');
      await exited;
      let changed = 0;
      for (let k = 0; k < files; k++) {
        const text = readFileSync(path.join(d, `site${k}.conf`), 'utf8');
        expect(text === before(k) || text === after(k), `site${k}.conf is partial after a kill at ${delay} ms`).toBe(true);
        if (text === after(k)) changed++;
      }
      if (changed > 0 && changed < files) sawMixed = true;
      rmSync(d, { recursive: true, force: true });
    }
    console.log(`[kill test] some runs were killed between renames: ${sawMixed}`);
  }, 120_000);

  it('a writer killed between renames (slowed down on purpose) leaves old and new files, none partial', async () => {
    // A child that writes 40 files through writeAll and pauses 25 ms after each rename.
    const { build } = await import('esbuild');
    const childJs = path.join(dir, 'writer-child.mjs');
    await build({
      stdin: {
        contents: `import { writeAll } from ${JSON.stringify(path.join(root, 'src/fix/write.ts'))};
          import { readFileSync } from 'node:fs';
          const plan = JSON.parse(readFileSync(process.argv[2], 'utf8')).map((p) => ({ path: p.path, original: Buffer.from(p.original), next: Buffer.from(p.next) }));
          writeAll(plan, { afterRename: () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25) });`,
        resolveDir: root, loader: 'ts',
      },
      bundle: true, platform: 'node', format: 'esm', outfile: childJs, logLevel: 'silent',
    });
    const d = mkdtempSync(path.join(dir, 'slow-'));
    const big = 'y'.repeat(256 * 1024);
    const plan = Array.from({ length: 40 }, (_, k) => {
      const p = path.join(d, `f${k}.conf`);
      writeFileSync(p, `old ${k} ${big}`);
      return { path: p, original: `old ${k} ${big}`, next: `new ${k} ${big}` };
    });
    writeFileSync(path.join(d, 'plan.json'), JSON.stringify(plan));
    const child = spawn(process.execPath, [childJs, path.join(d, 'plan.json')], { stdio: 'ignore' });
    const exited = new Promise((res) => child.once('exit', res));
    // Kill once some files have been renamed.
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && readFileSync(plan[5]!.path, 'utf8').startsWith('old')) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await exited;
    const states = plan.map((p, k) => {
      const text = readFileSync(p.path, 'utf8');
      expect(text === `old ${k} ${big}` || text === `new ${k} ${big}`, `f${k}.conf is partial`).toBe(true);
      return text.startsWith('new');
    });
    expect(states.filter(Boolean).length).toBeGreaterThan(0);
    expect(states.filter((x) => !x).length).toBeGreaterThan(0);
  }, 60_000);
});

describe('--verify-with-nginx', () => {
  const conf = `pid nginx.pid;\nerror_log stderr;\n${STREAM.replace('events {}\nhttp {', 'events {}\nhttp {\n    access_log off;')}`;

  it('refuses to write when the named binary rejects the fixed tree', async () => {
    const d = mkdtempSync(path.join(dir, 'verify-no-'));
    writeFileSync(path.join(d, 'nginx.conf'), conf);
    const fake = path.join(d, 'fake-nginx');
    writeFileSync(fake, '#!/bin/sh\necho "nginx: [emerg] rejected by the test binary" >&2\nexit 1\n');
    chmodSync(fake, 0o755);
    const r = await cli(['--fix', '--rule', 'buffering-on', '--verify-with-nginx', fake, 'nginx.conf'], d);
    expect(r.code).toBe(2);
    expect(r.err).toContain('rejected the fixed config; nothing was written');
    expect(r.err).toContain('rejected by the test binary');
    expect(readFileSync(path.join(d, 'nginx.conf'), 'utf8')).toBe(conf);
  });

  const nginx = ['/usr/sbin/nginx'].find((p) => existsSync(p));
  it.skipIf(!nginx && process.env.CI !== 'true')('writes when real nginx -t accepts the fixed tree', async () => {
    if (!nginx) throw new Error('nginx not installed, but CI=true: CI must run this test');
    const d = mkdtempSync(path.join(dir, 'verify-yes-'));
    writeFileSync(path.join(d, 'nginx.conf'), conf);
    const r = await cli(['--fix', '--rule', 'buffering-on', '--verify-with-nginx', nginx, 'nginx.conf'], d);
    expect(r.err).not.toContain('rejected');
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(d, 'nginx.conf'), 'utf8')).toContain('proxy_buffering off;');
  });
});
