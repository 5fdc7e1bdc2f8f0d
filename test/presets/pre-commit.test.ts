// The pre-commit hook with the real pre-commit (Debian's, 3.0.4 in CI): a throwaway repository with an nginx config
// fails the hook on a buffering problem and passes once it is fixed, with this repository pinned by commit and tried
// with `pre-commit try-repo`. Nothing is downloaded: the hook runs the committed dist/ with the node on PATH.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/shared.js';

function skipReason(): string | null {
  const missing = ['pre-commit', 'git'].filter((bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).status !== 0);
  if (missing.length === 0) return null;
  const reason = `${missing.join(' and ')} not installed; pre-commit hook tests skipped (.ci/run installs Debian's pre-commit)`;
  if (process.env.CI === 'true') throw new Error(`${reason}, but CI=true: CI must run them`);
  console.warn(`[skip] ${reason}`);
  return reason;
}

const skip = skipReason();
const tmp = mkdtempSync(path.join(tmpdir(), 'sse-lint-pre-commit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs a command in `cwd` with pre-commit's cache inside the temp folder (nothing shared, nothing fetched). */
function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const env = { ...process.env, PRE_COMMIT_HOME: path.join(tmp, 'cache'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', NO_COLOR: '1' };
  return spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
}

function git(cwd: string, ...args: string[]): string {
  const r = run('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], cwd);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

const BUFFERED = 'server {\n    listen 127.0.0.1:8080;\n    server_name example.com;\n\n    location /events {\n        # sse-lint: stream\n        proxy_pass http://127.0.0.1:9000;\n        proxy_http_version 1.1;\n        proxy_set_header Connection "";\n        proxy_read_timeout 1h;\n    }\n}\n';
const FIXED = BUFFERED.replace('        proxy_read_timeout 1h;\n', '        proxy_read_timeout 1h;\n        proxy_buffering off;\n');

/**
 * A repository as teams keep configs: nginx.conf (committed) including the sites; a new site with the problem is
 * staged, so the hook gets that file alone.
 */
function configRepo(name: string, hooks: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(path.join(dir, 'nginx', 'sites'), { recursive: true });
  git(dir, 'init', '-q');
  writeFileSync(path.join(dir, 'nginx', 'nginx.conf'), 'events {}\nhttp {\n    include sites/*.conf;\n}\n');
  writeFileSync(path.join(dir, '.pre-commit-config.yaml'), hooks);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--no-verify', '-m', 'nginx');
  writeFileSync(path.join(dir, 'nginx', 'sites', 'app.conf'), BUFFERED);
  git(dir, 'add', '-A');
  return dir;
}

describe.skipIf(skip)('pre-commit hook', () => {
  let hookRepo: string;
  let rev: string;
  beforeAll(() => {
    expect(existsSync(path.join(root, 'dist', 'cli.js')), 'dist/ is committed for the hook; run npm run build').toBe(true);
    // This checkout's hook files as another repository would pin them: a repository of their own, at a commit.
    hookRepo = path.join(tmp, 'sse-lint-hook');
    mkdirSync(hookRepo);
    for (const f of ['.pre-commit-hooks.yaml', 'bin', 'dist', 'package.json', 'LICENSE']) cpSync(path.join(root, f), path.join(hookRepo, f), { recursive: true });
    git(hookRepo, 'init', '-q');
    git(hookRepo, 'add', '-A');
    git(hookRepo, 'commit', '-q', '-m', 'hook');
    rev = git(hookRepo, 'rev-parse', 'HEAD');
  });

  it('pinned by commit: fails on the buffered stream location, passes once proxy_buffering off is added', () => {
    const repo = configRepo('pinned', `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: sse-lint\n`);
    const failing = run('pre-commit', ['run'], repo);
    expect(failing.status, failing.stdout + failing.stderr).toBe(1);
    expect(failing.stdout).toMatch(/sse-lint \(nginx Server-Sent Events\)\.+Failed/);
    expect(failing.stdout).toContain('nginx/sites/app.conf:5:5  error  proxy_buffering is on here');
    expect(failing.stdout).toContain('buffering-on');
    // Linted inside nginx.conf (the stream location counts for it), which is not staged: its findings are not reported.
    expect(failing.stdout).not.toContain('nginx/nginx.conf');
    expect(failing.stdout).toMatch(/in 1 of 2 files read, 1 stream location/);
    writeFileSync(path.join(repo, 'nginx', 'sites', 'app.conf'), FIXED);
    git(repo, 'add', '-A');
    const passing = run('pre-commit', ['run'], repo);
    expect(passing.status, passing.stdout + passing.stderr).toBe(0);
    expect(passing.stdout).toMatch(/sse-lint \(nginx Server-Sent Events\)\.+Passed/);
  });

  it('as a git hook: the commit is refused, then accepted after the fix', () => {
    const repo = configRepo('commit', `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: sse-lint\n`);
    expect(run('pre-commit', ['install'], repo).status).toBe(0);
    const refused = run('git', ['commit', '-q', '-m', 'site'], repo);
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('buffering-on');
    writeFileSync(path.join(repo, 'nginx', 'sites', 'app.conf'), FIXED);
    git(repo, 'add', '-A');
    const accepted = run('git', ['commit', '-q', '-m', 'site'], repo);
    expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
  });

  it('pre-commit try-repo against this checkout gives the same verdicts', () => {
    const repo = configRepo('try', 'repos: []\n');
    const failing = run('pre-commit', ['try-repo', root, 'sse-lint', '--files', 'nginx/sites/app.conf'], repo);
    expect(failing.status, failing.stdout + failing.stderr).toBe(1);
    expect(failing.stdout).toContain('buffering-on');
    writeFileSync(path.join(repo, 'nginx', 'sites', 'app.conf'), FIXED);
    const passing = run('pre-commit', ['try-repo', root, 'sse-lint', '--files', 'nginx/sites/app.conf'], repo);
    expect(passing.status, passing.stdout + passing.stderr).toBe(0);
  });

  it('the hook definition lints configs only, one run at a time, with no install step', () => {
    const yaml = readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8');
    expect(yaml).toMatch(/^- id: sse-lint$/m);
    expect(yaml).toMatch(/^ {2}language: script$/m);
    const files = new RegExp(/^ {2}files: (.*)$/m.exec(yaml)![1]!);
    for (const p of ['nginx.conf', 'conf.d/app.conf', 'etc/nginx/sites-enabled/default']) expect(files.test(p), p).toBe(true);
    for (const p of ['README.md', 'package.json', 'sites-enabled/default.bak']) expect(files.test(p), p).toBe(false);
  });
});
