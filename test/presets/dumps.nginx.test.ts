// `nginx -T` dumps of the layout fixtures, produced by real nginx and piped into sse-lint from another folder, give
// the same findings at the same files and lines as linting the installed trees directly.
//
// nginx must read the files where the container (or the system) has them, so each layout's files are copied to a
// temp root at their container paths (/usr/local/openresty/..., /www/..., /etc/nginx/..., /data/...), with those
// absolute paths (and log, pid and temp paths) prefixed by the root and every listen on loopback; every line stays
// where it was. nginx -T binds no socket (measured), and the configs only ever name 127.0.0.1 and [::1].
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { lintSync, type LintRun } from '../../src/pipeline/index.js';
import type { PathMap } from '../../src/model/includes.js';
import { nginxBin, nginxModulesDir, nginxSkipReason } from '../e2e/harness.js';
import { sharedSkipReason } from '../helpers/shared.js';
import { build1Panel, buildApisix, buildDebian, buildNpm, buildOpenResty } from '../helpers/layouts.js';

const skip = sharedSkipReason() ?? nginxSkipReason(['lua']);
const tmp = mkdtempSync(path.join(tmpdir(), 'sse-lint-dumps-'));
afterAll(() => { if (!process.env['SSE_LINT_KEEP_TMP']) rmSync(tmp, { recursive: true, force: true }); });

/** Paths nginx writes or opens besides the config (logs, pids, temp folders): kept inside the copy. */
const SYSTEM = ['/var/log', '/var/run', '/run', '/var/lib/nginx', '/tmp/nginx'];

/** The container (or system) path of a host file, from the preset's maps; the path itself when none applies. */
function containerPath(file: string, maps: readonly PathMap[]): string {
  const hit = [...maps].sort((a, b) => b.to.length - a.to.length).find((m) => file === m.to || file.startsWith(m.to + '/'));
  return hit ? hit.from + file.slice(hit.to.length) : file;
}

interface Copy {
  root: string;
  /** The main config inside the copy, and nginx's prefix for it. */
  conf: string;
  prefix: string;
  /** Back from a path in the copy to the host file it came from. */
  toHost: (p: string) => string;
}

/**
 * Copies the files of a linted tree to `root` at their container paths: absolute container, log and temp paths are
 * prefixed with `root`, listens moved to loopback, line for line.
 */
function containerCopy(run: LintRun, root: string, extra: (root: string) => void): Copy {
  const tree = run.trees[0]!;
  const maps = tree.maps ?? [];
  const prefixes = [...new Set([...maps.map((m) => m.from), ...SYSTEM])].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(^|[\\s"'=(;])(${prefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=[/\\s;"']|$)`, 'gm');
  const back = new Map<string, string>();
  for (const [file, parsed] of tree.files) {
    const inContainer = containerPath(file, maps);
    const target = path.join(root, inContainer);
    back.set(target, file);
    const text = parsed.file.text
      .replace(re, (_, lead: string, p: string) => `${lead}${root}${p}`)
      .replace(/^(\s*listen\s+)(?:0\.0\.0\.0:|\*:)?(\d+)\b/gm, '$1127.0.0.1:$2')
      .replace(/^(\s*listen\s+)\[::\]:(\d+)\b/gm, '$1[::1]:$2')
      .replace(/^(\s*user\s+)npm;/m, '$1root;')
      // A docker-compose service name nginx -t would have to resolve (chatgpt-web's `app`).
      .replace(/proxy_pass http:\/\/app:/g, 'proxy_pass http://127.0.0.1:');
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  for (const d of SYSTEM) mkdirSync(path.join(root, d, 'nginx'), { recursive: true });
  extra(root);
  const conf = path.join(root, containerPath(tree.entries[0]!, maps));
  return { root, conf, prefix: path.dirname(path.dirname(conf)) + '/', toHost: (p) => back.get(p) ?? p };
}

/**
 * `nginx -T` with its output in a file: the configs log to /dev/stdout, which nginx cannot open when its standard
 * output is the socket pair Node gives a child (ENXIO).
 */
function nginxDump(copy: Copy): string {
  const out = path.join(tmp, `dump-${Math.random().toString(36).slice(2)}.txt`);
  const fd = openSync(out, 'w');
  try {
    const r = spawnSync(nginxBin(), ['-T', '-p', copy.prefix, '-c', copy.conf], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 20_000 });
    if (r.status !== 0) throw new Error(`nginx -T failed:\n${r.stderr}`);
  } finally {
    closeSync(fd);
  }
  return readFileSync(out, 'utf8');
}

/** Lints text on standard input through the command line, run from an unrelated folder. */
async function lintStdin(dump: string): Promise<{ ruleId: string; file: string; line: number; message: string }[]> {
  const elsewhere = mkdtempSync(path.join(tmp, 'elsewhere-'));
  let out = '';
  const io: Io = { stdout: (s) => { out += s; }, stderr: () => {}, readStdin: () => Buffer.from(dump), cwd: elsewhere, color: false, env: {} };
  await main(['-', '--no-config', '-f', 'json'], io);
  const report = JSON.parse(out) as { findings: { ruleId: string; message: string; span: { file: string; line: number } }[] };
  return report.findings.map((f) => ({ ruleId: f.ruleId, file: f.span.file, line: f.span.line, message: f.message }));
}

const loadLua = (root: string, confDir: string): void => {
  mkdirSync(path.join(root, confDir, 'modules-enabled'), { recursive: true });
  writeFileSync(path.join(root, confDir, 'modules-enabled', 'lua.conf'),
    ['ndk_http_module.so', 'ngx_http_lua_module.so', 'ngx_stream_module.so'].map((m) => `load_module ${path.join(nginxModulesDir(), m)};`).join('\n') + '\n');
};

/** What the 1Panel container has besides configs: the WAF's Lua files (empty here) and each site's log folder. */
const panelExtra = (root: string): void => {
  loadLua(root, 'usr/local/openresty/nginx/conf');
  for (const f of ['init.lua', 'waf.lua', 'log_and_traffic.lua', 'worker.lua']) writeFileSync(path.join(root, 'usr/local/openresty/1pwaf', f), '');
  for (const site of readdirSync(path.join(root, 'www', 'sites'))) mkdirSync(path.join(root, 'www', 'sites', site, 'log'), { recursive: true });
};

const layouts: { name: string; build: (dir: string) => string; extra: (root: string) => void }[] = [
  {
    name: '1Panel v2',
    build: (dir) => build1Panel(path.join(dir, 'opt', '1panel'), 'v2', [{ alias: 'chat.example.com', port: 3000 }, { alias: 'api.example.com', port: 3001, unbuffered: true }]).root,
    extra: panelExtra,
  },
  {
    name: '1Panel v1',
    build: (dir) => build1Panel(path.join(dir, 'opt', '1panel'), 'v1', [{ alias: 'chat.example.com', port: 3000 }]).root,
    extra: panelExtra,
  },
  { name: 'OpenResty', build: (dir) => buildOpenResty(dir).base, extra: (root) => mkdirSync(path.join(root, 'var/run/openresty'), { recursive: true }) },
  { name: 'Debian', build: (dir) => buildDebian(dir), extra: (root) => mkdirSync(path.join(root, 'etc/nginx/modules-enabled'), { recursive: true }) },
  {
    name: 'Nginx Proxy Manager',
    build: (dir) => {
      buildNpm(dir);
      return dir;
    },
    extra: (root) => {
      mkdirSync(path.join(root, 'data/logs'), { recursive: true });
      mkdirSync(path.join(root, 'var/lib/nginx/cache'), { recursive: true });
      mkdirSync(path.join(root, 'tmp/nginx'), { recursive: true });
      mkdirSync(path.join(root, 'etc/nginx/modules'), { recursive: true });
      writeFileSync(path.join(root, 'etc/nginx/modules/stream.conf'), `load_module ${path.join(nginxModulesDir(), 'ngx_stream_module.so')};\n`);
    },
  },
];

describe.skipIf(skip)('nginx -T dumps of the layouts', () => {
  it.each(layouts)('$name: the dump gives the same findings, files and lines as the installed tree', async ({ name, build, extra }) => {
    const dir = path.join(tmp, name.replace(/\W+/g, '-'));
    const input = build(path.join(dir, 'host'));
    const run = lintSync([input], { cwd: tmp, config: false });
    const copy = containerCopy(run, path.join(dir, 'container'), extra);
    const dump = nginxDump(copy);
    expect(dump).toContain(`# configuration file ${copy.conf}:`);
    const fromDump = await lintStdin(dump);
    expect(fromDump.filter((f) => f.ruleId.startsWith('include-') || f.ruleId === 'parse-error')).toEqual([]);
    const asHost = fromDump.map((f) => `${f.ruleId} ${copy.toHost(f.file)}:${f.line}`).sort();
    const direct = run.findings.map((f) => `${f.ruleId} ${f.span.file}:${f.span.line}`).sort();
    expect(direct.length).toBeGreaterThan(0);
    expect(asHost).toEqual(direct);
  });

  it('APISIX: its generated nginx.conf loads in real nginx (with stand-ins for APISIX\'s Lua modules) and the dump matches', async () => {
    const dir = path.join(tmp, 'apisix');
    const conf = buildApisix(dir);
    const base = path.dirname(path.dirname(conf));
    // APISIX's own Lua code is not here: its modules are stand-ins whose functions do nothing.
    writeFileSync(path.join(base, 'apisix.lua'), 'return setmetatable({}, { __index = function() return function() end end })\n');
    mkdirSync(path.join(base, 'apisix'), { recursive: true });
    writeFileSync(path.join(base, 'apisix', 'constants.lua'), 'return setmetatable({}, { __index = function() return "" end })\n');
    mkdirSync(path.join(base, 'logs'), { recursive: true });
    const text = readFileSync(conf, 'utf8');
    const modules = ['ndk_http_module.so', 'ngx_http_lua_module.so', 'ngx_http_headers_more_filter_module.so'].map((m) => `load_module ${path.join(nginxModulesDir(), m)};`).join(' ');
    writeFileSync(conf, `${modules}${text.replace(/^(\s*listen\s+)0\.0\.0\.0:/gm, '$1127.0.0.1:')}`);
    const run = lintSync([base], { cwd: tmp, config: false });
    const dump = nginxDump({ root: '', conf, prefix: base + '/', toHost: (p) => p });
    const fromDump = await lintStdin(dump);
    expect(fromDump.map((f) => `${f.ruleId} ${f.file}:${f.line}`).sort()).toEqual(run.findings.map((f) => `${f.ruleId} ${f.span.file}:${f.span.line}`).sort());
    expect(fromDump.some((f) => f.ruleId === 'buffering-on')).toBe(true);
  });
});
