// The command line: exit codes, one-line reasons, the parse subcommand, stdin, and the built binary.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { builtCli } from '../helpers/built-cli.js';
import { root } from '../helpers/shared.js';

async function run(argv: string[], opts: { stdin?: string; cwd?: string } = {}) {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (s) => (out += s), stderr: (s) => (err += s),
    readStdin: () => Buffer.from(opts.stdin ?? ''), cwd: opts.cwd ?? root, color: false,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exit codes and messages', () => {
  it('0 and a summary for a clean config', async () => {
    writeFileSync(path.join(dir, 'ok.conf'), 'events {}\nhttp { server { listen 80; } }\n');
    const r = await run(['ok.conf'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.out).toBe('No problems found in 1 file, 0 stream locations.\nConfig: none found; defaults apply.\n');
  });

  it('1 with file:line:column for parse and include findings', async () => {
    writeFileSync(path.join(dir, 'bad.conf'), 'http {\n  include missing.conf;\n  server { listen 80 }\n}\n');
    const r = await run(['bad.conf'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toContain('bad.conf:2:11  error  open() "');
    expect(r.out).toContain('include-not-found');
    expect(r.out).toContain('bad.conf:3:22  error  unexpected "}"  parse-error');
    expect(r.out).toContain('2 problems (2 errors, 0 warnings, 0 info) in 1 of 1 file read, 0 stream locations.');
  });

  it('2 with a one-line reason, never a stack trace', async () => {
    for (const argv of [[], ['--nope'], ['missing.conf'], ['--map', 'nonsense', 'x.conf']]) {
      const r = await run(argv, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')[0]).toMatch(/^sse-lint: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('--help and --version', async () => {
    expect((await run(['--help'])).out).toContain('Usage:');
    expect((await run(['--version'])).out).toMatch(/^sse-lint \d+\.\d+\.\d+/);
  });

  it('reads stdin with -', async () => {
    const r = await run(['-', '--stdin-filename', 'app.conf'], { stdin: 'server {\n', cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toContain('app.conf:2:1  error  unexpected end of file, expecting "}"');
  });
});

describe('sse-lint parse', () => {
  it('prints a crossplane payload with includes and optional positions', async () => {
    const fx = path.join(root, 'test/fixtures/parser-conformance/includes-regular');
    const r = await run(['parse', 'nginx.conf', '--positions'], { cwd: fx });
    expect(r.code).toBe(1); // bar.conf is missing
    const p = JSON.parse(r.out);
    expect(p.config.map((c: { file: string }) => c.file)).toEqual(['nginx.conf', 'conf.d/server.conf', 'foo.conf']);
    expect(p.config[0].parsed[1].block[0]).toMatchObject({ directive: 'include', line: 3, includes: [1], column: 5 });
    expect(p.errors[0]).toMatchObject({ file: 'conf.d/server.conf', line: 5 });
  });

  it('--single-file and --include-comments', async () => {
    const fx = path.join(root, 'test/fixtures/parser-conformance/with-comments');
    const r = await run(['parse', '--single-file', '--include-comments', 'nginx.conf'], { cwd: fx });
    expect(r.code).toBe(0);
    const p = JSON.parse(r.out);
    expect(p.config[0].parsed[1]).toEqual({ directive: '#', line: 4, args: [], comment: 'comment' });
  });
});

describe('the built binary', () => {
  // Bundled into a folder of its own: dist/ is committed (the pre-commit hook runs it) and must not change under other tests.
  let cli = '';
  beforeAll(() => {
    cli = builtCli();
  }, 60_000);

  it('lints the bundled examples and exits by its findings, with no escape codes when piped', () => {
    const r = spawnSync(process.execPath, [cli, 'examples/'], { cwd: root, encoding: 'utf8' });
    expect([0, 1]).toContain(r.status);
    expect(r.stdout).toMatch(/in \d+ of \d+ files read, \d+ stream locations?\.\n(\d+ fixable: .*\.\n)?Config: none found; defaults apply\.\n$/);
    expect(r.stdout).not.toContain('\x1b[');
    expect(r.stderr).toBe('');
  });

  it('exit 2 for a missing path, reading stdin from a pipe', () => {
    expect(spawnSync(process.execPath, [cli, 'nope.conf'], { cwd: dir, encoding: 'utf8' }).status).toBe(2);
    const r = spawnSync(process.execPath, [cli, '-'], { cwd: dir, input: 'location / {', encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('<stdin>:1:13');
  });
});
