// The lint command's output flags: --format, --fail-on, --quiet, --max-warnings, --output; colour and progress.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useColor } from '../../src/cli/color.js';
import { lintExitCode, main, type Io } from '../../src/cli/main.js';
import { createProgress } from '../../src/cli/progress.js';
import type { Severity } from '../../src/types.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// One error (buffering-on on a declared stream location) and one warning (a suppression that matches nothing).
const MIXED = `http {
    server {
        listen 80;
        location /events {
            # sse-lint: stream
            proxy_pass http://127.0.0.1:8080;
        }
        # sse-lint-disable-next-line buffering-on -- kept from an old config
        location /health {
            return 200;
        }
    }
}
`;
const WARNING_ONLY = MIXED.replace('proxy_pass http://127.0.0.1:8080;', 'proxy_pass http://127.0.0.1:8080;\n            proxy_buffering off;');

beforeAll(() => {
  writeFileSync(path.join(dir, 'mixed.conf'), MIXED);
  writeFileSync(path.join(dir, 'warning.conf'), WARNING_ONLY);
  writeFileSync(path.join(dir, 'clean.conf'), 'events {}\nhttp { server { listen 80; } }\n');
});

async function run(argv: string[], opts: { color?: boolean; stderrTty?: boolean } = {}) {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => Buffer.from(''), cwd: dir,
    color: opts.color ?? false, stderrTty: opts.stderrTty ?? false,
  };
  const code = await main(['--rule', 'buffering-on', ...argv], io);
  return { code, out, err };
}

describe('--fail-on and exit codes', () => {
  it('defaults to warning: an error or a warning exits 1, a clean config 0', async () => {
    expect((await run(['mixed.conf'])).code).toBe(1);
    expect((await run(['warning.conf'])).code).toBe(1);
    expect((await run(['clean.conf'])).code).toBe(0);
  });

  it('--fail-on error ignores warnings, --fail-on off ignores everything', async () => {
    expect((await run(['--fail-on', 'error', 'warning.conf'])).code).toBe(0);
    expect((await run(['--fail-on', 'error', 'mixed.conf'])).code).toBe(1);
    const off = await run(['--fail-on', 'off', 'mixed.conf']);
    expect(off.code).toBe(0);
    expect(off.out).toContain('buffering-on');
  });

  it('judges every severity against every threshold', () => {
    const f = (...s: Severity[]) => s.map((severity) => ({ severity }));
    const table: [Severity | 'off', Severity[], number][] = [
      ['info', ['info'], 1], ['warning', ['info'], 0], ['warning', ['warning'], 1], ['error', ['warning', 'info'], 0],
      ['error', ['error'], 1], ['off', ['error'], 0], ['info', [], 0],
    ];
    for (const [failOn, severities, code] of table) expect(lintExitCode(f(...severities), failOn), `${failOn} ${severities}`).toBe(code);
    expect(lintExitCode(f('warning', 'warning'), 'error', 1)).toBe(1);
    expect(lintExitCode(f('warning', 'warning'), 'error', 2)).toBe(0);
    expect(lintExitCode(f('warning'), 'off', 0)).toBe(1);
  });

  it('--max-warnings N exits 1 only when the warnings exceed N', async () => {
    expect((await run(['--fail-on', 'error', '--max-warnings', '1', 'warning.conf'])).code).toBe(0);
    const over = await run(['--fail-on', 'error', '--max-warnings', '0', 'warning.conf']);
    expect(over.code).toBe(1);
    expect(over.err).toBe('sse-lint: 1 warning, more than --max-warnings 0 allows\n');
  });

  it('2 for unusable flag values, with a one-line reason', async () => {
    for (const [argv, reason] of [
      [['--format', 'xml', 'clean.conf'], '--format expects one of text, json, sarif, checkstyle, github, got "xml"'],
      [['--fail-on', 'warn', 'clean.conf'], '--fail-on expects one of error, warning, info, off, got "warn"'],
      [['--max-warnings=-1', 'clean.conf'], '--max-warnings expects a number of warnings (0 or more), got "-1"'],
      [['--max-warnings', 'ten', 'clean.conf'], '--max-warnings expects a number of warnings (0 or more), got "ten"'],
    ] as const) {
      const r = await run([...argv]);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toBe(`sse-lint: ${reason}\n`);
      expect(r.out).toBe('');
    }
  });
});

describe('--quiet', () => {
  it('reports errors only, says what it left out, and still fails on warnings by default', async () => {
    const r = await run(['--quiet', 'mixed.conf']);
    expect(r.out).toContain('buffering-on');
    expect(r.out).not.toContain('unused-suppression');
    expect(r.out).toContain('1 problem (1 error, 0 warnings, 0 info) in 1 of 1 file read, 1 stream location (1 warning not shown (--quiet)).');
    expect(r.code).toBe(1);
    const warn = await run(['-q', 'warning.conf']);
    expect(warn.out).toBe('No problems found in 1 file, 1 stream location (1 warning not shown (--quiet)).\nConfig: none found; defaults apply.\n');
    expect(warn.code).toBe(1);
    expect((await run(['-q', '--fail-on', 'error', 'warning.conf'])).code).toBe(0);
  });

  it('narrows machine formats too', async () => {
    const r = await run(['--quiet', '--format', 'json', 'mixed.conf']);
    const report = JSON.parse(r.out);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['buffering-on']);
    expect(report.summary.bySeverity).toEqual({ error: 1, warning: 0, info: 0 });
  });
});

describe('--format', () => {
  it('writes each format to stdout', async () => {
    const json = await run(['--format', 'json', 'mixed.conf']);
    expect(JSON.parse(json.out)).toMatchObject({ version: 2, summary: { findings: 2 } });
    const sarif = await run(['-f', 'sarif', 'mixed.conf']);
    expect(JSON.parse(sarif.out).runs[0].results).toHaveLength(2);
    const xml = await run(['-f', 'checkstyle', 'mixed.conf']);
    expect(xml.out).toMatch(/^<\?xml [^\n]*\n<checkstyle version="4.3">\n {2}<file name="mixed.conf">\n/);
    const gh = await run(['-f', 'github', 'mixed.conf']);
    expect(gh.out.split('\n').filter(Boolean).map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::warning']);
    for (const r of [json, sarif, xml, gh]) expect(r.code).toBe(1);
  });

  it('colours text only when told to, and never the machine formats', async () => {
    expect((await run(['mixed.conf'], { color: true })).out).toContain('\x1b[31merror\x1b[39m');
    expect((await run(['mixed.conf'])).out).not.toContain('\x1b');
    for (const f of ['json', 'sarif', 'checkstyle', 'github']) expect((await run(['-f', f, 'mixed.conf'], { color: true })).out).not.toContain('\x1b');
  });
});

describe('--output', () => {
  it('writes the report to the file and nothing to stdout, without colour and without leftovers', async () => {
    mkdirSync(path.join(dir, 'out'), { recursive: true });
    const r = await run(['--output', 'out/report.txt', 'mixed.conf'], { color: true });
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const text = readFileSync(path.join(dir, 'out/report.txt'), 'utf8');
    expect(text).toContain('mixed.conf:4:9  error');
    expect(text).not.toContain('\x1b');
    const again = await run(['-o', 'out/report.txt', '-f', 'json', 'mixed.conf']);
    expect(again.out).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'out/report.txt'), 'utf8')).version).toBe(2);
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['report.txt']);
  });

  it('2 with a reason when the file cannot be written, and no partial file', async () => {
    const r = await run(['--output', 'missing-dir/report.txt', 'mixed.conf']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('sse-lint: cannot write the report to missing-dir/report.txt: no such directory\n');
    expect(existsSync(path.join(dir, 'missing-dir'))).toBe(false);
    mkdirSync(path.join(dir, 'a-directory'), { recursive: true });
    const onDir = await run(['--output', 'a-directory', 'mixed.conf']);
    expect(onDir.code).toBe(2);
    expect(onDir.err).toMatch(/^sse-lint: cannot write the report to a-directory: /);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('colour decision (stack.md 7d)', () => {
  const tty = (answer: boolean) => ({ isTTY: true, hasColors: (env?: object) => answer && !('NO_COLOR' in (env ?? {})) });

  it('on a terminal, follows the terminal (which weighs NO_COLOR, FORCE_COLOR and TERM)', () => {
    expect(useColor(tty(true), {})).toBe(true);
    expect(useColor(tty(true), { NO_COLOR: '1' })).toBe(false);
    expect(useColor(tty(false), { FORCE_COLOR: '1' })).toBe(false); // the terminal's own answer is final
  });

  it('when piped, colours only for a FORCE_COLOR value that means colour', () => {
    expect(useColor({}, {})).toBe(false);
    expect(useColor({ isTTY: false }, { NO_COLOR: '1' })).toBe(false);
    for (const v of ['', '1', 'true', '2', '3']) expect(useColor({}, { FORCE_COLOR: v }), `FORCE_COLOR=${v}`).toBe(true);
    for (const v of ['0', 'false', 'no']) expect(useColor({}, { FORCE_COLOR: v }), `FORCE_COLOR=${v}`).toBe(false);
  });

  it('uses the real tty.WriteStream answer for NO_COLOR and FORCE_COLOR', async () => {
    const { WriteStream } = await import('node:tty');
    const hasColors = WriteStream.prototype.hasColors;
    const term = { isTTY: true, hasColors: (env?: object) => hasColors.call({} as never, env as never) };
    expect(useColor(term, { TERM: 'xterm-256color' })).toBe(true);
    expect(useColor(term, { TERM: 'xterm-256color', NO_COLOR: '1' })).toBe(false);
    expect(useColor(term, { TERM: 'xterm-256color', FORCE_COLOR: '0' })).toBe(false);
    expect(useColor(term, { TERM: 'dumb', FORCE_COLOR: '1' })).toBe(true);
  });
});

describe('progress on stderr', () => {
  function fake(tty: boolean, locale?: 'zh-CN') {
    let t = 0;
    let err = '';
    const p = createProgress({ write: (s) => (err += s), tty, now: () => t, ...(locale ? { locale } : {}) });
    return { p, tick: (ms: number) => (t += ms), err: () => err };
  }

  it('stays silent for the first second, then redraws one line in place and erases it at the end', () => {
    const f = fake(true);
    for (let k = 0; k < 50; k++) f.p.fileParsed();
    expect(f.err()).toBe('');
    f.tick(1000);
    f.p.fileParsed();
    expect(f.err()).toBe('\rsse-lint: parsed 51 files');
    f.p.fileParsed(); // too soon to redraw
    f.tick(100);
    f.p.fileParsed();
    f.p.checking();
    f.p.done();
    expect(f.err()).toBe('\rsse-lint: parsed 51 files\rsse-lint: parsed 53 files\rsse-lint: parsed 53 files; checking\r' + ' '.repeat(35) + '\r');
  });

  it('speaks the chosen language, and erases by display width (a Chinese character takes two columns)', () => {
    const f = fake(true, 'zh-CN');
    f.tick(1000);
    f.p.fileParsed();
    f.p.checking();
    f.p.done();
    // "sse-lint: " is 10 columns; "已解析 1 个文件，正在检查" is 2*3 + 3 + 2*3 + 2 + 2*4 = 25.
    expect(f.err()).toBe('\rsse-lint: 已解析 1 个文件\rsse-lint: 已解析 1 个文件，正在检查\r' + ' '.repeat(35) + '\r');
  });

  it('writes nothing when stderr is not a terminal, nor for a quick run', async () => {
    const f = fake(false);
    f.tick(5000);
    f.p.fileParsed();
    f.p.checking();
    f.p.done();
    expect(f.err()).toBe('');
    const quick = fake(true);
    quick.p.fileParsed();
    quick.p.done();
    expect(quick.err()).toBe('');
    expect((await run(['mixed.conf'], { stderrTty: true })).err).toBe('');
  });
});
