// Lone snippets linted in the context they imply (or are given), and relative includes resolved against the main
// config's folder for directories, files and nginx -T dumps on standard input.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { lintSync, PipelineError } from '../../src/pipeline/index.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'sse-lint-inputs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function put(rel: string, text: string): string {
  const p = path.join(tmp, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
}

async function cli(args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, readStdin: () => Buffer.from(options.stdin ?? ''),
    cwd: options.cwd ?? tmp, color: false, env: {},
  };
  const code = await main(args, io);
  return { code, out, err };
}

// The blog-style advice (test/fixtures/seeds/two-connection-headers.conf) as it is usually published: bare lines.
const SEED = `proxy_pass http://127.0.0.1:9000;
proxy_http_version 1.1;
proxy_set_header Connection "keep-alive";
proxy_set_header Connection "upgrade";
proxy_set_header Upgrade $http_upgrade;
proxy_read_timeout 1h;
`;

describe('lone snippets', () => {
  it('bare proxy_* lines are linted as a location: the two Connection headers are reported', () => {
    const file = put('seed-bare.conf', SEED);
    const run = lintSync([file], { cwd: tmp, config: false });
    const dup = run.findings.filter((f) => f.ruleId === 'duplicate-hop-header');
    expect(dup).toHaveLength(1);
    expect(dup[0]!.span.line).toBe(4);
    // Its proxying location is a stream candidate, so the stream rules run too.
    expect(run.summary.streamLocations).toBe(1);
    expect(run.findings.find((f) => f.ruleId === 'buffering-on')?.stream).toEqual(['a location snippet on its own that proxies: its URI is unknown, so it is checked as a possible stream']);
    expect(run.models[0]!.contexts.roots[0]!.assumed).toEqual({ kind: 'location', how: 'guessed' });
  });

  it('the report says which context was assumed and how to change it', async () => {
    const file = put('seed-report.conf', SEED);
    const r = await cli([file, '--no-config']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('seed-report.conf: linted as the inside of a location block (guessed from its directives; set it with --context http|server|location or a "# sse-lint: context location" comment).');
    expect(r.out).toMatch(/duplicate-hop-header/);
  });

  it('a fix inserts into the snippet after its peers', () => {
    const file = put('seed-fix.conf', SEED);
    const run = lintSync([file], { cwd: tmp, config: false });
    const b = run.findings.find((f) => f.ruleId === 'buffering-on')!;
    expect(b.span.line).toBe(1);
    const edit = b.fix!.edits[0]!;
    expect(SEED.slice(0, edit.start) + edit.text + SEED.slice(edit.end)).toContain('proxy_read_timeout 1h;\nproxy_buffering off;\n');
  });

  it('--context and a "# sse-lint: context" comment choose the block; a server snippet stays a server', () => {
    const server = put('server-snippet.conf', 'listen 80;\nserver_name example.com;\nlocation /events {\n    proxy_pass http://127.0.0.1:9000;\n}\n');
    const s = lintSync([server], { cwd: tmp, config: false });
    expect(s.models[0]!.contexts.roots[0]!.assumed).toEqual({ kind: 'server', how: 'guessed' });
    expect(s.findings.map((f) => f.ruleId)).toContain('buffering-on');
    const gzip = put('gzip.conf', 'gzip on;\ngzip_types text/event-stream;\n');
    expect(lintSync([gzip], { cwd: tmp, config: false, context: 'http' }).models[0]!.contexts.roots[0]!.assumed).toEqual({ kind: 'http', how: 'option' });
    const marked = put('marked.conf', '# sse-lint: context location\nproxy_pass http://127.0.0.1:9000;\n');
    expect(lintSync([marked], { cwd: tmp, config: false, context: 'server' }).models[0]!.contexts.roots[0]!.assumed).toEqual({ kind: 'location', how: 'comment' });
    expect(() => lintSync([marked], { cwd: tmp, config: false, context: 'bogus' as 'http' })).toThrow(PipelineError);
  });

  it('a named context makes nginx\'s context errors real (a guess never does)', () => {
    const file = put('listen-in-location.conf', 'listen 80;\nproxy_pass http://127.0.0.1:9000;\n');
    expect(lintSync([file], { cwd: tmp, config: false }).findings.filter((f) => f.ruleId === 'invalid-context')).toEqual([]);
    const forced = lintSync([file], { cwd: tmp, config: false, context: 'location' }).findings.filter((f) => f.ruleId === 'invalid-context');
    expect(forced.map((f) => f.span.line)).toEqual([1]);
  });
});

describe('relative includes resolve against the main config folder', () => {
  const dump = (prefix: string): string => [
    'nginx: the configuration file /srv/or/nginx/conf/nginx.conf syntax is ok',
    '# configuration file /srv/or/nginx/conf/nginx.conf:',
    'http {\n    include mime.types;\n    include conf.d/*.conf;\n}\n',
    '# configuration file /srv/or/nginx/conf/mime.types:',
    'types {\n    text/html html;\n}\n',
    `# configuration file ${prefix}/conf.d/app.conf:`,
    'server {\n    location /events {\n        proxy_pass http://127.0.0.1:9000;\n    }\n}\n',
    '',
  ].join('\n');

  it('an nginx -T dump on stdin resolves `include mime.types` inside the dump wherever it is run from', async () => {
    const elsewhere = path.join(tmp, 'elsewhere');
    mkdirSync(elsewhere, { recursive: true });
    const r = await cli(['-', '--no-config', '-f', 'json'], { cwd: elsewhere, stdin: dump('/srv/or/nginx/conf') });
    const report = JSON.parse(r.out) as { findings: { ruleId: string; span: { file: string; line: number } }[]; files: string[] };
    expect(report.findings.filter((f) => f.ruleId.startsWith('include-'))).toEqual([]);
    expect(report.files).toEqual(['/srv/or/nginx/conf/nginx.conf', '/srv/or/nginx/conf/mime.types', '/srv/or/nginx/conf/conf.d/app.conf']);
    expect(report.findings.find((f) => f.ruleId === 'buffering-on')?.span).toMatchObject({ file: '/srv/or/nginx/conf/conf.d/app.conf', line: 2 });
  });

  it('a directory whose nginx.conf sits deeper resolves against that nginx.conf\'s folder', () => {
    put('deep/conf/nginx.conf', 'http {\n    include mime.types;\n    include conf.d/*.conf;\n}\n');
    put('deep/conf/mime.types', 'types { text/html html; }\n');
    put('deep/conf/conf.d/app.conf', 'server { location /sse { proxy_pass http://127.0.0.1:9000; } }\n');
    const run = lintSync([path.join(tmp, 'deep')], { cwd: tmp, config: false, preset: 'plain' });
    expect(run.findings.filter((f) => f.ruleId.startsWith('include-'))).toEqual([]);
    expect(run.trees[0]!.entries).toEqual([path.join(tmp, 'deep/conf/nginx.conf')]);
    expect(run.findings.map((f) => f.ruleId)).toContain('buffering-on');
  });

  it('empty standard input (the command before the pipe failed) is an unusable input (exit 2), not "No problems found"', async () => {
    for (const stdin of ['', '\n  \n']) {
      const r = await cli(['-', '--no-config'], { stdin });
      expect(r.code).toBe(2);
      expect(r.err).toBe('sse-lint: standard input is empty: nothing to lint (if a command was piped in, did it fail? nginx -T prints the config only when its test passes)\n');
      expect(r.out).toBe('');
    }
    // Text that holds only a comment is input: linted (nothing to report).
    expect((await cli(['-', '--no-config'], { stdin: '# nothing here\n' })).code).toBe(0);
  });

  it('an empty folder is an unusable input (exit 2), not "No problems found"', async () => {
    mkdirSync(path.join(tmp, 'empty'), { recursive: true });
    const r = await cli([path.join(tmp, 'empty'), '--no-config']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/empty: no nginx config files found/);
    expect(r.out).toBe('');
  });
});
