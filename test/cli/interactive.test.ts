// The command-line side of -i: the hint after the text report on a terminal, flags -i refuses, and how a terminal
// for keys is found (stdin, else /dev/tty, else one line and exit 2).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { openTerminal } from '../../src/cli/commands/interactive.js';
import { root } from '../helpers/shared.js';

const cwd = root;
const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-cli-i-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], opts: { stdoutTty?: boolean } = {}) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => Buffer.from(''), cwd, color: false, env: {}, stdoutTty: opts.stdoutTty ?? false };
  return { code: await main(argv, io), out, err };
}

describe('the text report on a terminal', () => {
  it('ends with one line saying how to review the fixes with -i', async () => {
    const r = await run(['examples/'], { stdoutTty: true });
    expect(r.code).toBe(1);
    const last = r.out.trimEnd().split('\n').pop();
    expect(last).toBe('8 fixes available: sse-lint -i examples/ to review them');
  });
  it('keeps the flags that shape the findings in the command, quoted for the shell', async () => {
    const r = await run(['--nginx-version', '1.24.0', '--route', 'chat.example.com/v1/chat/completions', '--no-config', 'examples/nginx.conf'], { stdoutTty: true });
    expect(r.out.trimEnd().split('\n').pop()).toMatch(/^\d+ fixes available: sse-lint -i --no-config --nginx-version 1\.24\.0 --route chat\.example\.com\/v1\/chat\/completions examples\/nginx\.conf to review them$/);
  });
  it('speaks the chosen language', async () => {
    const r = await run(['--locale', 'zh-CN', 'examples/'], { stdoutTty: true });
    expect(r.out.trimEnd().split('\n').pop()).toBe('有 8 个可用修复：运行 sse-lint -i --locale zh-CN examples/ 逐个查看');
  });
  it('is left out when the output is not a terminal, not text, or goes to a file, and when nothing is fixable', async () => {
    expect((await run(['examples/'])).out).not.toContain('sse-lint -i');
    expect((await run(['--format', 'json', 'examples/'], { stdoutTty: true })).out).not.toContain('sse-lint -i');
    const file = path.join(dir, 'report.txt');
    expect((await run(['-o', file, 'examples/'], { stdoutTty: true })).out).toBe('');
    expect((await run(['--rule', 'stream-capacity', 'examples/'], { stdoutTty: true })).out).not.toContain('sse-lint -i');
  });
});

describe('-i', () => {
  it.each([['--fix'], ['--diff'], ['--unsafe-fixes'], ['--format', 'json'], ['-o', 'x.txt'], ['--baseline-write', 'b.json']])('refuses %s with one line and exit 2', async (...flag) => {
    const r = await run(['-i', ...flag, 'examples/']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('sse-lint: -i cannot be combined with --fix, --diff, --unsafe-fixes, --format, --output or --baseline-write\n');
  });
  it('needs an input', async () => {
    const r = await run(['-i']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no input');
  });
});

describe('openTerminal', () => {
  const tty = { isTTY: true } as unknown as NodeJS.ReadStream & NodeJS.WriteStream;
  const pipe = { isTTY: false } as unknown as NodeJS.ReadStream & NodeJS.WriteStream;
  it('needs standard output to be a terminal', () => {
    expect(openTerminal(false, { stdin: tty, stdout: pipe })).toEqual({ key: 'cli.usage.noTerminal' });
  });
  it('reads keys from standard input when it is a terminal and does not carry the config', () => {
    const t = openTerminal(false, { stdin: tty, stdout: tty });
    expect('stdin' in t && t.stdin).toBe(tty);
  });
  it('turns to /dev/tty when standard input carries the config, and says why when that cannot be opened', () => {
    const missing = path.join(dir, 'no-tty');
    expect(openTerminal(true, { stdin: tty, stdout: tty }, missing)).toEqual({ key: 'cli.usage.noTerminalKeysStdin', data: { reason: 'ENOENT' } });
    expect(openTerminal(false, { stdin: pipe, stdout: tty }, missing)).toEqual({ key: 'cli.usage.noTerminalKeys', data: { reason: 'ENOENT' } });
  });
});
