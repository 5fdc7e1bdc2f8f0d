// sse-lint -i in a real terminal: the built CLI runs in tmux (new-session, send-keys, capture-pane) on a copy of
// examples/, fixes a buffering-on finding and writes it; a dump takes keys from /dev/tty; no terminal means exit 2.
// tmux runs on a private socket; every session is killed by name at the end. Without tmux the test says why it is
// skipped, and CI (CI=true) fails instead: .ci/run installs tmux.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { root } from '../helpers/shared.js';

const hasTmux = spawnSync('tmux', ['-V'], { encoding: 'utf8' }).status === 0;
if (!hasTmux) {
  if (process.env.CI === 'true') throw new Error('tmux is not installed, but CI=true: CI must run the terminal test (.ci/run installs tmux)');
  console.warn('[skip] tmux is not installed; the real-terminal TUI test is skipped');
}

const work = mkdtempSync(path.join(tmpdir(), 'sse-lint-tmux-'));
let cli = '';
const socket = `sse-lint-test-${process.pid}`;
const sessions = new Set<string>();
const anchor = `anchor-${process.pid}`;
const SITE = 'conf.d/chat.example.com.conf';

function tmux(...args: string[]): string {
  const r = spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  // The binary as it ships (scripts/build.mjs into a private folder), so no test depends on dist/.
  cli = builtCli();
  // An idle session keeps the private tmux server up between tests: a server whose last session was just killed
  // is still exiting when the next test would start a session on it.
  if (hasTmux) {
    tmux('new-session', '-d', '-s', anchor, 'sleep 3600');
    sessions.add(anchor);
  }
}, 120_000);

afterAll(() => {
  for (const name of sessions) spawnSync('tmux', ['-L', socket, 'kill-session', '-t', name]);
  rmSync(work, { recursive: true, force: true });
});

let counter = 0;

/** Starts `command` in a detached 100x30 tmux session; the shell prints EXIT=<code> when it ends. */
function start(command: string, env: Record<string, string | null> = {}): string {
  const name = `tui-${process.pid}-${++counter}`;
  const vars = { NO_COLOR: null, FORCE_COLOR: null, LANG: 'C.UTF-8', LC_ALL: null, LC_MESSAGES: null, ...env };
  const q = (x: string): string => `'${x.replace(/'/g, `'\\''`)}'`;
  // env takes its -u options before any assignment.
  const unset = Object.entries(vars).filter(([, v]) => v === null).map(([k]) => `-u ${k}`);
  const set = Object.entries(vars).filter(([, v]) => v !== null).map(([k, v]) => `${k}=${q(v!)}`);
  tmux('new-session', '-d', '-s', name, '-c', work, '-x', '100', '-y', '30', `env ${[...unset, ...set].join(' ')} sh -c ${q(`${command}; echo EXIT=$?; sleep 600`)}`);
  sessions.add(name);
  return name;
}

function screen(name: string, escapes = false): string {
  // -J joins lines the terminal wrapped (a long error line).
  return tmux('capture-pane', '-p', '-J', ...(escapes ? ['-e'] : []), '-t', name);
}

/** Polls the screen until it contains every text (bounded; no fixed sleeps). */
async function see(name: string, ...texts: (string | RegExp)[]): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const s = screen(name);
    if (texts.every((t) => (typeof t === 'string' ? s.includes(t) : t.test(s)))) return s;
    if (Date.now() > deadline) throw new Error(`screen never showed ${texts.join(', ')}:\n${s}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function keys(name: string, ...k: string[]): void {
  tmux('send-keys', '-t', name, ...k);
}

function stop(name: string): void {
  spawnSync('tmux', ['-L', socket, 'kill-session', '-t', name]);
  sessions.delete(name);
}

function examplesCopy(): string {
  const dir = mkdtempSync(path.join(work, 'examples-'));
  cpSync(path.join(root, 'examples'), dir, { recursive: true });
  return dir;
}

describe.skipIf(!hasTmux)('sse-lint -i in tmux', () => {
  it('shows the overview, the diff of a buffering-on finding, and writes the fix after f and w', async () => {
    const dir = examplesCopy();
    const name = start(`node ${cli} -i ${dir}`);
    try {
      let s = await see(name, 'sse-lint › Overview', 'chat.example.com:8443');
      expect(s).toMatch(/chat\.example\.com:8443\s+2\s+✘\s+!\s+!\s+✔/);
      keys(name, '2');
      await see(name, 'sse-lint › Findings');
      keys(name, '/');
      keys(name, '-l', 'rule:buffering-on');
      keys(name, 'Enter');
      await see(name, 'Filter: rule:buffering-on', /❯\s+✘ error\s+buffering-on/);
      keys(name, 'Enter');
      await see(name, 'sse-lint › Detail', '18 |     location /v1/chat/completions {');
      keys(name, 'G');
      s = await see(name, 'Fix [safe] Turn proxy_buffering off for this location', '+        proxy_buffering off;');
      expect(s).toContain(`--- a/${path.relative(work, path.join(dir, SITE))}`);
      keys(name, 'f');
      await see(name, '1 staged');
      expect(readFileSync(path.join(dir, SITE), 'utf8')).not.toMatch(/completions \{\n\s+proxy_buffering off;|proxy_buffering off;\n\s+proxy_set_header X-Accel/);
      keys(name, 'w');
      await see(name, 'Write 1 file?', 'y write    n or Esc cancel');
      keys(name, 'y');
      await see(name, 'wrote 1 file');
      const text = readFileSync(path.join(dir, SITE), 'utf8');
      const location = text.slice(text.indexOf('location /v1/chat/completions'), text.indexOf('location /api/events'));
      expect(location).toContain('proxy_buffering off;');
      keys(name, 'q');
      // Warnings remain, so --fail-on warning exits 1; the alternate screen is left and the cursor is back.
      s = await see(name, /EXIT=1/);
      expect(s).toMatch(/sse-lint: \d+ findings on disk/);
      expect(tmux('display', '-p', '-t', name, '#{alternate_on} #{cursor_flag}').trim()).toBe('0 1');
    } finally {
      stop(name);
    }
  });

  it('honours NO_COLOR: no colour or inverse video, and the cursor row keeps its ❯', async () => {
    const dir = examplesCopy();
    const name = start(`node ${cli} -i ${dir}`, { NO_COLOR: '1' });
    try {
      await see(name, 'sse-lint › Overview');
      keys(name, '2');
      await see(name, 'sse-lint › Findings');
      const raw = screen(name, true);
      // eslint-disable-next-line no-control-regex
      expect(raw.match(/\x1b\[[0-9;]*m/g)?.filter((m) => m !== '\x1b[0m' && m !== '\x1b[m') ?? []).toEqual([]);
      expect(raw).toContain('❯');
      const plain = start(`node ${cli} -i ${dir}`);
      try {
        await see(plain, 'sse-lint › Overview');
        // eslint-disable-next-line no-control-regex
        expect(screen(plain, true)).toMatch(/\x1b\[[0-9;]*3[1-6]m/);
      } finally {
        stop(plain);
      }
      keys(name, 'q');
      await see(name, 'EXIT=1');
    } finally {
      stop(name);
    }
  });

  it('reads keys from /dev/tty when the config comes from an nginx -T dump on stdin, and saves a patch', async () => {
    const dump = path.join(work, 'dump.txt');
    const lines = ['# configuration file /etc/nginx/nginx.conf:', readFileSync(path.join(root, 'examples/nginx.conf'), 'utf8'),
      '# configuration file /etc/nginx/mime.types:', readFileSync(path.join(root, 'examples/mime.types'), 'utf8'),
      `# configuration file /etc/nginx/${SITE}:`, readFileSync(path.join(root, 'examples', SITE), 'utf8'),
      '# configuration file /etc/nginx/snippets/proxy-headers.conf:', readFileSync(path.join(root, 'examples/snippets/proxy-headers.conf'), 'utf8')];
    writeFileSync(dump, lines.join('\n') + '\n');
    const cwd = mkdtempSync(path.join(work, 'dump-'));
    const name = start(`cd ${cwd} && cat ${dump} | node ${cli} -i -`);
    try {
      await see(name, 'sse-lint › Overview', 'chat.example.com:8443');
      keys(name, 'a');
      await see(name, 'Apply 5 safe fixes?');
      keys(name, 'y');
      await see(name, '5 staged');
      keys(name, 'w');
      await see(name, 'A dump is never written. Save the pending diff as: sse-lint.patch');
      keys(name, 'Enter');
      await see(name, 'patch saved to sse-lint.patch');
      expect(readFileSync(path.join(cwd, 'sse-lint.patch'), 'utf8')).toContain('+        proxy_buffering off;');
      keys(name, 'q');
      await see(name, 'not written', 'w save as a patch file');
      keys(name, 'd');
      await see(name, /EXIT=1/);
    } finally {
      stop(name);
    }
  });

  it('exits 2 with one line when no terminal can give keys (stdin is the dump, no controlling terminal)', async () => {
    const dump = path.join(work, 'small-dump.txt');
    writeFileSync(dump, `# configuration file /etc/nginx/nginx.conf:\nevents {}\n`);
    const name = start(`cat ${dump} | setsid -w node ${cli} -i -`);
    try {
      const s = await see(name, /EXIT=\d/);
      expect(s).toContain('EXIT=2');
      const lines = s.split('\n').filter((l) => l.startsWith('sse-lint:'));
      expect(lines).toEqual([expect.stringMatching(/^sse-lint: -i needs a terminal for keys: standard input carries the config and \/dev\/tty cannot be opened \(\w+\)$/)]);
    } finally {
      stop(name);
    }
  });
});

describe('sse-lint -i without a terminal', () => {
  it('exits 2 with one line when standard output is not a terminal', () => {
    const r = spawnSync(process.execPath, [cli, '-i', path.join(root, 'examples')], { encoding: 'utf8', input: '' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('sse-lint: -i needs a terminal, and standard output is not one (use the text report or --format)\n');
  });
});
