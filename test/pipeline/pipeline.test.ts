// The pipeline under every face: the config honoured on lint, --diff and --fix alike; exit codes over what remains;
// reports against the sources as they are after a fix; the config in use named; fix sessions with apply and undo.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { lintSync, PipelineError, startFixSession } from '../../src/pipeline/index.js';
import { root } from '../helpers/shared.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-pipeline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => Buffer.from(''), cwd, color: false, env: {} };
  return { code: await main(argv, io), out, err };
}

// A stream location with buffering on (error, safe fix) and a short read timeout (warning, safe fix).
const STREAM = (loc: string) => `location ${loc} {\n        proxy_pass http://127.0.0.1:9000;\n        proxy_read_timeout 30s;\n    }\n`;

function tree(name: string, config?: unknown): string {
  const d = mkdtempSync(path.join(dir, `${name}-`));
  mkdirSync(path.join(d, 'conf.d'));
  writeFileSync(path.join(d, 'nginx.conf'), 'events {}\nhttp {\n    include conf.d/*.conf;\n}\n');
  writeFileSync(path.join(d, 'conf.d/app.conf'), `server {\n    listen 127.0.0.1:8080;\n    ${STREAM('/events')}}\n`);
  writeFileSync(path.join(d, 'conf.d/legacy.conf'), `server {\n    listen 127.0.0.1:8081;\n    ${STREAM('/sse')}}\n`);
  if (config !== undefined) writeFileSync(path.join(d, 'sse-lint.config.json'), JSON.stringify(config));
  return d;
}

describe('the config file holds on every path', () => {
  const config = { ignore: ['conf.d/legacy.conf'], rules: { 'http1-connection-limit': 'off', 'stream-capacity': 'off' } };

  it('ignore: a plain run, --diff and --fix all leave the ignored file alone', async () => {
    const d = tree('ignore', config);
    const legacy = readFileSync(path.join(d, 'conf.d/legacy.conf'), 'utf8');
    const lint = await run(['--format', 'json', 'nginx.conf'], d);
    const files = JSON.parse(lint.out).findings.map((f: { span: { file: string } }) => f.span.file);
    expect(files).toContain('conf.d/app.conf');
    expect(files).not.toContain('conf.d/legacy.conf');

    const diff = await run(['--diff', 'nginx.conf'], d);
    expect(diff.out).toContain('conf.d/app.conf');
    expect(diff.out).not.toContain('legacy.conf');

    const fix = await run(['--fix', 'nginx.conf'], d);
    expect(readFileSync(path.join(d, 'conf.d/app.conf'), 'utf8')).toContain('proxy_buffering off;');
    expect(readFileSync(path.join(d, 'conf.d/legacy.conf'), 'utf8')).toBe(legacy);
    expect(fix.err).toMatch(/wrote 1 file/);
  });

  it('--fix --fail-on error exits 0 when only warnings remain; the default threshold still fails on them', async () => {
    // add-header-in-if is a warning without an automatic fix: it remains after --fix.
    const d = tree('failon', config);
    writeFileSync(path.join(d, 'conf.d/app.conf'), `server {\n    listen 127.0.0.1:8080;\n    add_header X-Frame-Options DENY;\n    location /events {\n        proxy_pass http://127.0.0.1:9000;\n        if ($arg_debug) {\n            add_header X-Debug 1;\n        }\n    }\n}\n`);
    const r = await run(['--fix', '--fail-on', 'error', 'nginx.conf'], d);
    expect(r.err).toMatch(/applied [1-9]\d* fix/);
    expect(r.out).toContain('add-header-in-if');
    expect(r.out).not.toContain('buffering-on');
    expect(r.code).toBe(0);
    const again = await run(['--fix', 'nginx.conf'], d);
    expect(again.out).toContain('add-header-in-if');
    expect(again.code).toBe(1);
  });

  it('--no-config ignores discovery and says so; a config found upward is named in text and JSON', async () => {
    const parent = tree('parent', { rules: { 'buffering-on': 'off' } });
    const text = await run(['conf.d/app.conf'], parent);
    expect(text.out).toContain('Config: sse-lint.config.json (found by searching upward from the input).');
    expect(text.out).not.toContain('buffering-on');
    const json = JSON.parse((await run(['-f', 'json', 'app.conf'], path.join(parent, 'conf.d'))).out);
    expect(json.config).toEqual({ path: path.join(parent, 'sse-lint.config.json'), origin: 'discovered' });
    const sarif = JSON.parse((await run(['-f', 'sarif', 'conf.d/app.conf'], parent)).out);
    expect(sarif.runs[0].properties.config).toEqual({ path: 'sse-lint.config.json', origin: 'discovered' });
    const none = await run(['--no-config', 'conf.d/app.conf'], parent);
    expect(none.out).toContain('buffering-on');
    expect(none.out).toContain('Config: none (--no-config).');
    const noneJson = JSON.parse((await run(['--no-config', '-f', 'json', 'conf.d/app.conf'], parent)).out);
    expect(noneJson.config).toEqual({ path: null, origin: 'disabled' });
  });
});

describe('exit codes follow --fail-on and --max-warnings over what remains, on every path', () => {
  // On a declared stream, buffering-on (error) and read-timeout-short (warning) have safe fixes; add-header-in-if
  // (warning) has none.
  const APP = `server {\n    listen 127.0.0.1:8080;\n    add_header X-Frame-Options DENY;\n    location /events {\n        proxy_pass http://127.0.0.1:9000;\n        proxy_read_timeout 30s;\n        if ($arg_debug) {\n            add_header X-Debug 1;\n        }\n    }\n}\n`;
  const QUIET = { streams: ['/events'], rules: { 'http1-connection-limit': 'off', 'stream-capacity': 'off', 'upstream-http10': 'off' } };
  const fresh = (name: string, config: unknown = QUIET): string => {
    const d = tree(name, config);
    writeFileSync(path.join(d, 'conf.d/legacy.conf'), '');
    writeFileSync(path.join(d, 'conf.d/app.conf'), APP);
    return d;
  };
  const codes = async (d: string, runs: string[][]): Promise<Record<string, number>> => {
    const out: Record<string, number> = {};
    for (const argv of runs) {
      writeFileSync(path.join(d, 'conf.d/app.conf'), APP);
      out[argv.join(' ')] = (await run([...argv, 'nginx.conf'], d)).code;
    }
    return out;
  };

  it('a plain run, --fix and --diff', async () => {
    const d = fresh('exit');
    expect(await codes(d, [
      [], ['--fail-on', 'error'], ['--fail-on', 'error', '--max-warnings', '1'],
      // --fix: judged over the one warning left (add-header-in-if).
      ['--fix'], ['--fix', '--fail-on', 'error'], ['--fix', '--fail-on', 'error', '--max-warnings', '0'], ['--fix', '--fail-on', 'error', '--max-warnings', '1'],
      ['--fix', '--fail-on', 'off', '--max-warnings', '0'],
      // --diff: 1 while there are fixes to apply, whatever the threshold.
      ['--diff', '--fail-on', 'off'],
    ])).toEqual({
      '': 1, '--fail-on error': 1, '--fail-on error --max-warnings 1': 1,
      '--fix': 1, '--fix --fail-on error': 0, '--fix --fail-on error --max-warnings 0': 1, '--fix --fail-on error --max-warnings 1': 0,
      '--fix --fail-on off --max-warnings 0': 1,
      '--diff --fail-on off': 1,
    });
    // Nothing left to fix: --diff judges what remains.
    await run(['--fix', 'nginx.conf'], d);
    const after = async (...argv: string[]): Promise<number> => (await run(['--diff', ...argv, 'nginx.conf'], d)).code;
    expect([await after(), await after('--fail-on', 'error'), await after('--fail-on', 'error', '--max-warnings', '0'), await after('--fail-on', 'error', '--max-warnings', '1')])
      .toEqual([1, 0, 1, 0]);
  });

  it("the config's failOn on --fix and --diff; a baseline's known findings count for nothing", async () => {
    const d = fresh('exit-config', { ...QUIET, failOn: 'error' });
    expect(await codes(d, [[], ['--fix'], ['--fail-on', 'warning', '--fix']])).toEqual({ '': 1, '--fix': 0, '--fail-on warning --fix': 1 });
    await run(['--fix', 'nginx.conf'], d);
    expect((await run(['--diff', 'nginx.conf'], d)).code).toBe(0);

    const b = fresh('exit-baseline');
    expect((await run(['--baseline-write', 'known.json', 'nginx.conf'], b)).code).toBe(0);
    expect(await codes(b, [['--baseline', 'known.json', '--fail-on', 'info'], ['--baseline', 'known.json', '--max-warnings', '0']]))
      .toEqual({ '--baseline known.json --fail-on info': 0, '--baseline known.json --max-warnings 0': 0 });
  });

  it('the pipeline the API and the TUI use says the same', () => {
    const d = fresh('exit-api');
    expect(lintSync(['nginx.conf'], { cwd: d, failOn: 'error' }).exitCode).toBe(1);
    const remains = (maxWarnings: number): { rules: string[]; code: number } => {
      const s = startFixSession(['nginx.conf'], { cwd: d, failOn: 'error', maxWarnings });
      s.applyAll();
      return { rules: s.current().findings.map((f) => f.ruleId), code: s.current().exitCode };
    };
    expect(remains(1)).toEqual({ rules: ['add-header-in-if'], code: 0 });
    expect(remains(0)).toEqual({ rules: ['add-header-in-if'], code: 1 });
  });
});

describe('--in-context holds on every path', () => {
  it('a plain run, --diff and --fix report and change only the files named, not the rest of the tree they are read in', async () => {
    const d = tree('in-context', { rules: { 'http1-connection-limit': 'off', 'stream-capacity': 'off' } });
    const legacy = readFileSync(path.join(d, 'conf.d/legacy.conf'), 'utf8');
    const named = await run(['--in-context', '--format', 'json', 'conf.d/app.conf'], d);
    const files = JSON.parse(named.out).findings.map((f: { span: { file: string } }) => f.span.file);
    expect(files).toContain('conf.d/app.conf');
    expect(files).not.toContain('conf.d/legacy.conf');
    // Without --in-context the same tree has fixes in legacy.conf too: the checks below can see them.
    expect((await run(['--diff', 'nginx.conf'], d)).out).toContain('+++ b/conf.d/legacy.conf');

    const diff = await run(['--in-context', '--diff', 'conf.d/app.conf'], d);
    expect(diff.out).toContain('+++ b/conf.d/app.conf');
    expect(diff.out).not.toContain('legacy.conf');
    expect(diff.err).toMatch(/fixes? in 1 file \(dry run/);

    const fix = await run(['--in-context', '--fix', 'conf.d/app.conf'], d);
    expect(fix.err).toMatch(/wrote 1 file\b/);
    expect(readFileSync(path.join(d, 'conf.d/app.conf'), 'utf8')).toContain('proxy_buffering off;');
    expect(readFileSync(path.join(d, 'conf.d/legacy.conf'), 'utf8')).toBe(legacy);
    expect(fix.code).toBe(0);
  });
});

describe('--baseline holds on every path', () => {
  const quiet = { rules: { 'http1-connection-limit': 'off', 'stream-capacity': 'off' } };

  it('when the baseline knows every finding, --diff and --fix propose and write nothing and exit 0, as the plain run does', async () => {
    const d = tree('baseline-all', quiet);
    expect((await run(['--baseline-write', 'known.json', 'nginx.conf'], d)).code).toBe(0);
    const before = { app: readFileSync(path.join(d, 'conf.d/app.conf'), 'utf8'), legacy: readFileSync(path.join(d, 'conf.d/legacy.conf'), 'utf8') };
    // Without the baseline there are fixes to propose: the checks below can see them.
    expect((await run(['--diff', 'nginx.conf'], d)).out).toContain('+++ b/conf.d/app.conf');

    const plain = await run(['--baseline', 'known.json', 'nginx.conf'], d);
    expect(plain.out).toContain('No problems found');
    expect(plain.code).toBe(0);
    const diff = await run(['--baseline', 'known.json', '--diff', 'nginx.conf'], d);
    expect(diff.out).toBe('');
    expect(diff.err).toMatch(/0 fixes in 0 files \(dry run/);
    expect(diff.code).toBe(0);
    const fix = await run(['--baseline', 'known.json', '--fix', 'nginx.conf'], d);
    expect(fix.out).toContain('No problems found');
    expect(fix.code).toBe(0);
    expect(readFileSync(path.join(d, 'conf.d/app.conf'), 'utf8')).toBe(before.app);
    expect(readFileSync(path.join(d, 'conf.d/legacy.conf'), 'utf8')).toBe(before.legacy);
  });

  it('a new finding is fixed and a known one is left as it is; the exit code is over what remains', async () => {
    const d = tree('baseline-new', quiet);
    const app = readFileSync(path.join(d, 'conf.d/app.conf'), 'utf8');
    writeFileSync(path.join(d, 'conf.d/app.conf'), '');
    expect((await run(['--baseline-write', 'known.json', 'nginx.conf'], d)).code).toBe(0);
    writeFileSync(path.join(d, 'conf.d/app.conf'), app);
    const legacy = readFileSync(path.join(d, 'conf.d/legacy.conf'), 'utf8');

    const diff = await run(['--baseline', 'known.json', '--diff', 'nginx.conf'], d);
    expect(diff.out).toContain('+++ b/conf.d/app.conf');
    expect(diff.out).not.toContain('legacy.conf');
    expect(diff.code).toBe(1);
    const fix = await run(['--baseline', 'known.json', '--fix', '--format', 'json', 'nginx.conf'], d);
    expect(fix.err).toMatch(/wrote 1 file\b/);
    expect(readFileSync(path.join(d, 'conf.d/app.conf'), 'utf8')).toContain('proxy_buffering off;');
    expect(readFileSync(path.join(d, 'conf.d/legacy.conf'), 'utf8')).toBe(legacy);
    expect(JSON.parse(fix.out).findings).toEqual([]);
    expect(fix.code).toBe(0);

    // The fix session the API and the TUI use: the same.
    writeFileSync(path.join(d, 'conf.d/app.conf'), app);
    const s = startFixSession(['nginx.conf'], { cwd: d, baseline: 'known.json' });
    const step = s.applyAll({ unsafe: true });
    expect(step.applied.length).toBeGreaterThan(0);
    expect(new Set(step.applied.map((a) => a.file))).toEqual(new Set([path.join(d, 'conf.d/app.conf')]));
    expect(s.changes().map((c) => c.path)).toEqual([path.join(d, 'conf.d/app.conf')]);
    expect(s.current().exitCode).toBe(0);
  });
});

describe('after a fix the report shows the files as written', () => {
  it('every code frame line equals the line on disk at that number', async () => {
    const d = mkdtempSync(path.join(dir, 'frames-'));
    cpSync(path.join(root, 'examples'), d, { recursive: true });
    // A finding whose span covers three lines, below lines the fixes insert: every line of its frame must move.
    writeFileSync(path.join(d, 'conf.d/multi-line.conf'), [
      'server {', '    listen 127.0.0.1:8090;', '    add_header X-Frame-Options DENY;', '    location /events {',
      '        proxy_pass http://127.0.0.1:9000;', '        proxy_read_timeout 30s;', '        if ($arg_debug) {',
      '            add_header', '                X-Debug', '                1;', '        }', '    }', '}', '',
    ].join('\n'));
    const r = await run(['--fix', '--unsafe-fixes', '--no-config', '.'], d);
    expect(r.err).toMatch(/applied \d+ fix/);
    const frames = [...r.out.matchAll(/^(\S+):(\d+):\d+ {2}.*\n +(\d+) \| (.*)$/gm)];
    expect(frames.length).toBeGreaterThan(0);
    for (const [, file, line, frameLine, code] of frames) {
      expect(frameLine).toBe(line);
      const onDisk = readFileSync(path.join(d, file!), 'utf8').split('\n')[Number(line) - 1]!;
      expect(code).toBe(onDisk.replace(/\t/g, '    '));
    }
    // Every line of every frame, not only the first: each numbered row is the file's line at that number.
    let file = '';
    let rows = 0;
    for (const l of r.out.split('\n')) {
      const head = /^(\S+):\d+:\d+ {2}/.exec(l);
      if (head) file = head[1]!;
      const row = /^ +(\d+) \| ?(.*)$/.exec(l);
      if (!row || !file) continue;
      rows++;
      const onDisk = readFileSync(path.join(d, file), 'utf8').split('\n')[Number(row[1]) - 1]!;
      expect(row[2], `${file}:${row[1]}`).toBe(onDisk.replace(/\t/g, '    ').trimEnd());
    }
    const multi = r.out.slice(r.out.indexOf('conf.d/multi-line.conf:'));
    expect(multi).toMatch(/add-header-in-if\n +\d+ \| +add_header\n.*\n +\d+ \| +X-Debug\n.*\n +\d+ \| +1;\n/);
    expect(rows).toBeGreaterThan(frames.length);
  });
});

describe('fix sessions', () => {
  it('apply one fix, undo it, apply all; the current run re-lints the edited text; nothing is written until write()', () => {
    const d = tree('session', { rules: { 'http1-connection-limit': 'off', 'stream-capacity': 'off' } });
    const app = path.join(d, 'conf.d/app.conf');
    const before = readFileSync(app, 'utf8');
    const s = startFixSession(['nginx.conf'], { cwd: d });
    const buffering = s.initial.findings.find((f) => f.ruleId === 'buffering-on' && f.span.file === app)!;
    expect(buffering.fix?.applicability).toBe('safe');
    const step = s.applyFix(buffering);
    expect(step.applied).toHaveLength(1);
    expect(s.current().findings.some((f) => f.ruleId === 'buffering-on' && f.span.file === app)).toBe(false);
    expect(s.changes().map((c) => c.path)).toEqual([app]);
    expect(s.diff()).toContain('+        proxy_buffering off;');
    expect(s.undo()).toBe(true);
    expect(s.changes()).toEqual([]);
    expect(s.current().findings.some((f) => f.ruleId === 'buffering-on' && f.span.file === app)).toBe(true);
    s.applyAll();
    expect(s.current().findings.filter((f) => f.fix?.applicability === 'safe')).toEqual([]);
    expect(readFileSync(app, 'utf8')).toBe(before);
    const w = s.write();
    expect(w.kind).toBe('written');
    expect(readFileSync(app, 'utf8')).toContain('proxy_buffering off;');
  });

  it('a dump is never written', () => {
    const dump = path.join(dir, 'dump.txt');
    writeFileSync(dump, '# configuration file /etc/nginx/nginx.conf:\nevents {}\nhttp { server { listen 80; location /sse { proxy_pass http://127.0.0.1:1; } } }\n');
    const s = startFixSession([dump], { config: false });
    s.applyAll();
    expect(s.changes().length).toBe(1);
    expect(s.write()).toEqual({ kind: 'read-only', source: 'dump' });
  });

  it('unusable options and inputs are PipelineErrors with one-line reasons', () => {
    expect(() => lintSync(['nginx.conf'], { cwd: dir, rules: ['bufering-on'] })).toThrow(PipelineError);
    try {
      lintSync(['missing.conf'], { cwd: dir, config: false });
    } catch (e) {
      expect((e as PipelineError).render('en')).toBe('missing.conf: no such file or directory');
    }
    expect(() => lintSync(['x.conf'], { cwd: dir, failOn: 'bad' as 'error' })).toThrow(/--fail-on expects/);
  });
});

describe('files the pipeline writes besides fixes', () => {
  it('--baseline-write and --init into a missing folder: exit 2 with one line, no stack trace', async () => {
    const d = tree('writes');
    const b = await run(['--baseline-write', 'no/such/dir/baseline.json', 'nginx.conf'], d);
    expect(b.code).toBe(2);
    expect(b.err).toBe('sse-lint: cannot write no/such/dir/baseline.json: no such directory\n');
    const i = await run(['--init', 'no/such/dir'], d);
    expect(i.code).toBe(2);
    expect(i.err.trim().split('\n')).toHaveLength(1);
    expect(i.err).not.toMatch(/\n\s+at /);
  });
});
