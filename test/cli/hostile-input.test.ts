// Hostile and unlucky inputs through the real binary: every one ends, with a one-line reason where it must stop.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
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

  it('a dump section named after a /proc, /sys or /dev file is never used: its text reaches no report', () => {
    const secret = 'HUNTER2_TOKEN=s3cr3t-value';
    writeFileSync(at('proc.dump'), [
      '# configuration file /etc/nginx/nginx.conf:',
      'http { include /proc/self/environ; include /etc/nginx/../../sys/x; include /dev/zero; }',
      '',
      '# configuration file /proc/self/environ:',
      `server { listen 80; location /sse { proxy_pass http://127.0.0.1:8080; } } ${secret}`,
      '',
      '# configuration file /sys/x:',
      `${secret};`,
      '',
      '# configuration file /dev/zero:',
      `${secret};`,
      '',
    ].join('\n'));
    for (const format of ['text', 'json', 'github', 'sarif', 'checkstyle']) {
      const r = runBuilt(['-f', format, 'proc.dump'], { cwd: dir });
      expect(r.code, r.err).toBe(1);
      expect(r.out + r.err).not.toContain('s3cr3t');
    }
    const report = JSON.parse(runBuilt(['-f', 'json', 'proc.dump'], { cwd: dir }).out) as { findings: { ruleId: string; message: string }[] };
    expect(report.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['include-unreadable', '"/proc/self/environ" is on a kernel file system (/proc, /sys); sse-lint does not read it'],
      ['include-unreadable', '"/etc/nginx/../../sys/x" is on a kernel file system (/proc, /sys); sse-lint does not read it'],
      ['include-unreadable', '"/dev/zero" is a device; sse-lint reads only regular files'],
    ]);
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

describe('wide configs', () => {
  it('a server of 60,000 locations and a location of 60,000 ifs are linted in linear work, not n²', () => {
    // Each took minutes before (a server's answer searched per location, an if's block searched per if): 80,000
    // locations 256 s, 40,000 ifs 55 s. Linear, both finish in seconds; the limit leaves room for a loaded machine.
    writeFileSync(at('wide.conf'), `http {\n server {\n  listen 80;\n${Array.from({ length: 60_000 }, (_, k) => `  location /a${k} { return 204; }\n`).join('')}  location /sse {\n   proxy_pass http://127.0.0.1:8080;\n${'   if ($arg_x) { set $y 1; }\n'.repeat(60_000)}  }\n }\n}\n`);
    const r = runBuilt(['-f', 'json', '--rule', 'buffering-on', 'wide.conf'], { cwd: dir, timeoutMs: 90_000 });
    expect(hasStackTrace(r.err), r.err).toBe(false);
    expect(r.code, r.err).toBe(1);
    const report = JSON.parse(r.out) as { findings: { ruleId: string; span: { line: number } }[] };
    expect(report.findings.map((f) => [f.ruleId, f.span.line])).toEqual([['buffering-on', 60_004]]);
  }, 120_000);
});

describe('many redirects in one server', () => {
  it('a server of 25,000 stream locations that each fall back to one location is linted in linear work, not n²', () => {
    // Each fallback is a new location search, and a search, the server's rewrite script and the stream reasons handed
    // on to the fallback walked every location of the server: 20,000 such locations took 86 s, 25,000 about two minutes.
    const n = 25_000;
    writeFileSync(at('fallbacks.conf'), `events {}\nhttp {\n upstream app_events { server 127.0.0.1:9000; }\n server {\n  listen 80;\n${Array.from({ length: n }, (_, k) => `  location /events/${k} { try_files $uri /fallback/${k}; proxy_pass http://app_events; }\n`).join('')}  location /fallback/ { proxy_pass http://app_events; }\n }\n}\n`);
    const r = runBuilt(['-f', 'json', '--rule', 'buffering-on', 'fallbacks.conf'], { cwd: dir, timeoutMs: 90_000 });
    expect(hasStackTrace(r.err), r.err).toBe(false);
    expect(r.code, r.err).toBe(1);
    const report = JSON.parse(r.out) as { findings: { ruleId: string; span: { line: number } }[] };
    // Every stream location, and the fallback all of them reach.
    expect(report.findings).toHaveLength(n + 1);
    expect(report.findings.at(-1)!.span.line).toBe(n + 6);
  }, 120_000);
});

describe('big inputs', () => {
  it('a 100 MB config is refused with one line before it is read, as a file and on standard input', () => {
    writeFileSync(at('huge.conf'), '');
    truncateSync(at('huge.conf'), 100 * 1024 * 1024);
    expectOneLineFailure(runBuilt(['huge.conf'], { cwd: dir }), /^sse-lint: huge\.conf: is larger than \d+ MB, the most sse-lint reads$/m);
    expectOneLineFailure(runBuilt(['parse', '--single-file', 'huge.conf'], { cwd: dir }), /is larger than \d+ MB, the most sse-lint reads$/m);
    const fd = openSync(at('huge.conf'), 'r');
    try {
      expectOneLineFailure(runBuilt(['-'], { cwd: dir, stdin: fd, timeoutMs: 30_000 }), /^sse-lint: standard input: is larger than \d+ MB, the most sse-lint reads$/m);
    } finally {
      closeSync(fd);
      rmSync(at('huge.conf'));
    }
  });

  it('an include of a 100 MB file is a finding at the include, not an out-of-memory abort', () => {
    mkdirSync(at('big-include'));
    writeFileSync(at('big-include', 'nginx.conf'), 'http { include huge.conf; }\n');
    writeFileSync(at('big-include', 'huge.conf'), '');
    truncateSync(at('big-include', 'huge.conf'), 100 * 1024 * 1024);
    const r = runBuilt(['-f', 'json', 'big-include/nginx.conf'], { cwd: dir });
    rmSync(at('big-include'), { recursive: true });
    expect(hasStackTrace(r.err), r.err).toBe(false);
    const report = JSON.parse(r.out) as { findings: { ruleId: string; message: string; span: { line: number } }[] };
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'include-unreadable', message: expect.stringMatching(/huge\.conf" is larger than \d+ MB, the most sse-lint reads/) })]);
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

describe('globs', () => {
  it('include conf.d/[z-a].conf (a reversed range, which nginx accepts) matches nothing, without a stack trace', () => {
    mkdirSync(at('range', 'conf.d'), { recursive: true });
    writeFileSync(at('range', 'conf.d', 'a.conf'), 'gzip on;\n');
    writeFileSync(at('range', 'nginx.conf'), 'events {}\nhttp {\n    include conf.d/[z-a].conf;\n    include conf.d/[a-z].conf;\n}\n');
    const r = runBuilt(['-f', 'json', 'range/nginx.conf'], { cwd: dir });
    expect(hasStackTrace(r.err), r.err).toBe(false);
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out) as { findings: unknown[]; summary: { files: number } };
    expect(report.findings).toEqual([]);
    expect(report.summary.files).toBe(2);
  });

  it('streams and ignore globs of the config that make a backtracking matcher explode finish at once', () => {
    // Long names for the globs to fail on: a location of 3,000 characters, a folder of 200.
    const folder = at('globs', 'a'.repeat(200));
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'nginx.conf'), `http { server { listen 80; location /${'a'.repeat(3000)} { proxy_pass http://127.0.0.1:8080; } } }\n`);
    const hostile = '*a'.repeat(25);
    writeFileSync(at('globs', 'sse-lint.config.json'), JSON.stringify({ streams: [`/${hostile}*b`, `/${hostile}`], ignore: [`${hostile}*b`, `**/${'**/a'.repeat(20)}/x`] }));
    const r = runBuilt(['-f', 'json', 'globs'], { cwd: dir, timeoutMs: 10_000 });
    expect(r.code, r.err).toBe(1);
    const report = JSON.parse(r.out) as { findings: { ruleId: string }[]; summary: { files: number } };
    // The second streams pattern matches the location: it is a stream, with buffering on.
    expect(report.findings.map((f) => f.ruleId)).toContain('buffering-on');
  });
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
    // A binary that cannot be run did not reject anything: one line that says so, not Node's spawn error.
    [['--fix', '--verify-with-nginx', '/nonexistent/nginx', 'a.conf'], /^sse-lint: could not run \/nonexistent\/nginx -t \(no such file\); nothing was written$/m],
    // An empty path (an unset shell variable) would be the current folder, or the whole machine when run from /.
    [[''], /^sse-lint: a PATH is an empty string \(an unset variable\?\); name a file, a folder or - for standard input$/m],
    [['a.conf', ''], /a PATH is an empty string/],
    [['route', '/', ''], /a PATH is an empty string/],
    [['parse', ''], /a PATH is an empty string/],
    [['--init', ''], /a PATH is an empty string/],
    [['--config', '', 'a.conf'], /^sse-lint: --config expects a file or folder name, not an empty string$/m],
    [['--prefix', '', 'a.conf'], /^sse-lint: --prefix expects a file or folder name, not an empty string$/m],
    [['--baseline', '', 'a.conf'], /^sse-lint: --baseline expects a file or folder name, not an empty string$/m],
    [['--baseline-write', '', 'a.conf'], /^sse-lint: --baseline-write expects a file or folder name, not an empty string$/m],
  ])('%j: one line, exit 2', (args, reason) => {
    const before = readFileSync(at('a.conf'));
    expectOneLineFailure(runBuilt(args, { cwd: dir }), reason);
    expect(readFileSync(at('a.conf')).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((n) => n.includes('sse-lint.config') || n.includes('.sse-lint-'))).toEqual([]);
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

  it('an internal error in the real binary is one line with the --debug hint, exit 2; --debug prints the stack', () => {
    // A fault injected where no error is expected: writing the report throws a TypeError (to a pipe the report goes
    // straight to the descriptor, src/cli/start.ts; to anything else through Node's stream).
    const inject = 'data:text/javascript,import fs from "node:fs";const w=fs.writeSync;fs.writeSync=(fd,...a)=>{if(fd===1)throw new TypeError("injected fault");return w(fd,...a)};process.stdout.write=()=>{throw new TypeError("injected fault")}';
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', inject, builtCli(), ...args], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    const plain = run(['a.conf']);
    expectOneLineFailure({ code: plain.status, err: plain.stderr }, /^sse-lint: internal error: TypeError: injected fault \(rerun with --debug for the stack trace\)$/m);
    const debug = run(['--debug', 'a.conf']);
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(/^sse-lint: internal error: TypeError: injected fault\n/);
    expect(hasStackTrace(debug.stderr)).toBe(true);
  });

  it('an internal error is one line with a hint, and the stack only with --debug', () => {
    const e = new TypeError('x is undefined\nmore detail');
    expect(internalErrorText(e, false)).toBe('sse-lint: internal error: TypeError: x is undefined (rerun with --debug for the stack trace)');
    expect(internalErrorText(e, true)).toMatch(/^sse-lint: internal error: TypeError: x is undefined\nmore detail\n\s+at /);
  });
});
