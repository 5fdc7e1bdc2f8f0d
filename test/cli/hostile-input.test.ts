// Hostile and unlucky inputs through the real binary: every one ends, with a one-line reason where it must stop.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalErrorText } from '../../src/cli/io.js';
import { builtCli, hasStackTrace, runBuilt } from '../helpers/built-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-hostile-'));
const at = (...p: string[]): string => path.join(dir, ...p);
beforeAll(() => {
  builtCli();
  writeFileSync(at('a.conf'), 'events {}\nhttp { server { listen 80; location /sse { proxy_pass http://127.0.0.1:8080; } } }\n');
  execFileSync('mkfifo', [at('fifo')]);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One line on stderr, exit 2, and no stack trace. */
function expectOneLineFailure(r: { code: number | null; err: string }, reason: RegExp): void {
  expect(r.code, r.err).toBe(2);
  expect(hasStackTrace(r.err), r.err).toBe(false);
  expect(r.err.trimEnd().split('\n'), r.err).toHaveLength(1);
  expect(r.err).toMatch(reason);
}

describe('regexes PCRE2 gives up on', () => {
  const conf = 'http { server { listen 80; location / { return 200; } location ~ ^/(a+)+$ { proxy_pass http://127.0.0.1:8080; } } }\n';
  const uri = `/${'a'.repeat(64)}b`;
  beforeAll(() => writeFileSync(at('redos.conf'), conf));

  it('route answers as nginx does (500 with its pcre2_match() error) instead of hanging', () => {
    const r = runBuilt(['route', uri, 'redos.conf'], { cwd: dir });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`answers 500: pcre2_match() failed: -47 on "${uri}" using "^/(a+)+$" (match limit exceeded)`);
  });

  it('--route with such a URI finishes the lint', () => {
    const r = runBuilt(['--route', uri, 'redos.conf'], { cwd: dir });
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe('');
  });
});

describe('what is read', () => {
  it.each([
    ['--config', ['--config', 'fifo', 'a.conf'], /fifo: is a FIFO \(named pipe\); sse-lint reads only regular files/],
    ['--baseline', ['--baseline', 'fifo', 'a.conf'], /is a FIFO \(named pipe\); sse-lint reads only regular files/],
    ['parse --single-file', ['parse', '--single-file', 'fifo'], /^sse-lint: fifo: is a FIFO \(named pipe\); sse-lint reads only regular files$/m],
    ['an input', ['fifo'], /^sse-lint: fifo: not a regular file or directory$/m],
    ['a device as --config', ['--config', '/dev/zero', 'a.conf'], /\/dev\/zero: is a device; sse-lint reads only regular files/],
    ['a device for parse', ['parse', '--single-file', '/dev/zero'], /^sse-lint: \/dev\/zero: is a device; sse-lint reads only regular files$/m],
    ['/proc as --baseline', ['--baseline', '/proc/self/environ', 'a.conf'], /is on a kernel file system \(\/proc, \/sys\); sse-lint does not read it/],
    ['/proc as --config', ['--config', '/proc/self/environ', 'a.conf'], /is on a kernel file system/],
  ])('a FIFO, device or /proc file as %s is refused, never opened', (_, args, reason) => {
    expectOneLineFailure(runBuilt(args, { cwd: dir, timeoutMs: 10_000 }), reason);
  });

  it('standard input from /dev/zero stops at the size cap with a reason', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      expectOneLineFailure(runBuilt(['-'], { cwd: dir, stdin: zero, timeoutMs: 30_000 }), /^sse-lint: standard input: is larger than \d+ MB, the most sse-lint reads$/m);
    } finally {
      closeSync(zero);
    }
  });

  it('include /proc/self/environ is not read, so no secret reaches the report', () => {
    writeFileSync(at('env.conf'), 'http { include /proc/self/environ; }\n');
    for (const format of ['text', 'json', 'github', 'sarif']) {
      const r = runBuilt(['-f', format, 'env.conf'], { cwd: dir, env: { SSE_LINT_TEST_SECRET: 'hunter2-secret' } });
      expect(r.code).toBe(1);
      expect(r.out).toContain('is on a kernel file system');
      expect(r.out + r.err).not.toContain('hunter2-secret');
    }
  });

  it('a comment shaped like a dump marker does not make an ordinary file a dump', () => {
    writeFileSync(at('marker.conf'), 'http { server { listen 80; location /sse { proxy_pass http://127.0.0.1:8080; } } }\n# configuration file /x:\nevents {}\n');
    const r = runBuilt(['-f', 'json', 'marker.conf'], { cwd: dir });
    const report = JSON.parse(r.out) as { findings: { ruleId: string; span: { file: string } }[] };
    expect(report.findings.some((f) => f.ruleId === 'buffering-on')).toBe(true);
    expect(report.findings.every((f) => f.span.file === 'marker.conf')).toBe(true);
  });

  it('directory mode does not follow a symlink out of the folder it was given', () => {
    mkdirSync(at('tree'));
    writeFileSync(at('tree', 'site.conf'), 'server { listen 80; }\n');
    symlinkSync('/', at('tree', 'root'));
    symlinkSync(at('a.conf'), at('tree', 'outside.conf'));
    const r = runBuilt(['-f', 'json', 'tree'], { cwd: dir, timeoutMs: 20_000 });
    expect(r.code, r.err).toBe(0);
    expect((JSON.parse(r.out) as { summary: { files: number } }).summary.files).toBe(1);
  });
});

describe('deep and wide configs', () => {
  it('nesting past 500 levels is a parse error at the block, and deeper text is not walked', () => {
    const depth = 20_000;
    writeFileSync(at('deep.conf'), `http {\nserver {\nlisten 80;\n${'location /a {\n'.repeat(depth)}return 200;\n${'}\n'.repeat(depth)}}\n}\n`);
    const r = runBuilt(['-f', 'json', 'deep.conf'], { cwd: dir, timeoutMs: 60_000 });
    expect(hasStackTrace(r.err), r.err).toBe(false);
    expect(r.code, r.err).toBe(1);
    const report = JSON.parse(r.out) as { findings: { ruleId: string; message: string; span: { line: number } }[] };
    const deep = report.findings.filter((f) => f.ruleId === 'parse-error');
    expect(deep).toHaveLength(1);
    expect(deep[0]!.message).toBe('block nested more than 500 levels deep; its contents are not checked');
    // http and server are two levels: the 501st level is the 499th location, on line 3 + 499.
    expect(deep[0]!.span.line).toBe(502);
  }, 120_000);
});

describe('many findings', () => {
  it('a million duplicate directives give a JSON report of the first 100,000 and a note, not a stack trace', () => {
    writeFileSync(at('dup.conf'), `http {\n${'gzip on;\n'.repeat(1_000_000)}}\n`);
    const r = runBuilt(['-f', 'json', 'dup.conf'], { cwd: dir, timeoutMs: 120_000 });
    expect(hasStackTrace(r.err), r.err).toBe(false);
    expect(r.code).toBe(1);
    expect(r.err).toBe('sse-lint: 899999 more findings were left out: one run keeps at most 100000 findings\n');
    const report = JSON.parse(r.out) as { findings: unknown[]; summary: { truncated: number } };
    expect(report.findings).toHaveLength(100_000);
    expect(report.summary.truncated).toBe(899_999);
  }, 180_000);
});

describe('usage and internal errors', () => {
  it('an option before a subcommand is a usage error, not a lint of "/"', () => {
    const r = runBuilt(['--port', '0', 'route', '/', 'a.conf'], { cwd: dir, timeoutMs: 10_000 });
    expect(r.code).toBe(2);
    expect(r.err).toBe('sse-lint: the command "route" must come before any option: sse-lint route [options] ... (write ./route to lint a file of that name)\nTry \'sse-lint --help\'.\n');
  });

  it.each([
    [['--fix', '--verify-with-nginx', '', 'a.conf'], /--verify-with-nginx expects the path of an nginx binary/],
    [['--init', 'missing/dir'], /no such directory/],
    [['--baseline-write', 'missing/b.json', 'a.conf'], /no such directory/],
  ])('%j: one line, exit 2', (args, reason) => {
    expectOneLineFailure(runBuilt(args, { cwd: dir }), reason);
  });

  it('a full standard output is one line, exit 2', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [builtCli(), 'a.conf'], { cwd: dir, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 20_000 });
      expectOneLineFailure({ code: r.status, err: r.stderr }, /^sse-lint: cannot write to standard output: no space left on the device$/m);
    } finally {
      closeSync(full);
    }
  });

  it('an internal error is one line with a hint, and the stack only with --debug', () => {
    const e = new TypeError('x is undefined\nmore detail');
    expect(internalErrorText(e, false)).toBe('sse-lint: internal error: TypeError: x is undefined (rerun with --debug for the stack trace)');
    expect(internalErrorText(e, true)).toMatch(/^sse-lint: internal error: TypeError: x is undefined\nmore detail\n\s+at /);
  });
});
