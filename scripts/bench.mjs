// Benchmark (issue 13). Prints numbers; asserts nothing. On generated trees of 1k, 10k and 20k servers (10 per file,
// scripts/bench-tree.mjs) it runs a full lint (JSON to /dev/null) of the built CLI and `nginx -t` on the same tree,
// interleaved and repeated, and prints median wall time and peak RSS (GNU time), their ratios and the 20k/10k
// scaling; then the in-process parse-only throughput (the parser bundled on its own), the cold start of linting one
// site file over `node -e 0`, and the time from starting `sse-lint -i examples/` in a pseudo-terminal to its first
// frame; then one 30 MB config (a single file of 78,000 servers) linted with its peak RSS, the same size of `a{}`
// blocks (the densest input), and a 100 MB one that
// must be refused at once. These machines are shared: every figure is a median of interleaved runs.
// Usage: npm run bench [-- --sizes 1000,10000,20000 --runs 5 --cold-runs 40 --parse-runs 7 --tui-runs 15 --big-mb 30 --keep]
// (--cli FILE measures another build of the CLI, an older one for instance, with the same trees and method.)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { writeBenchTree } from './bench-tree.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,20000' },
    runs: { type: 'string', default: '5' },
    'cold-runs': { type: 'string', default: '40' },
    'parse-runs': { type: 'string', default: '7' },
    'tui-runs': { type: 'string', default: '15' },
    'big-mb': { type: 'string', default: '30' },
    keep: { type: 'boolean' },
    cli: { type: 'string' },
  },
});
const cli = values.cli ? path.resolve(values.cli) : path.join(root, 'dist/cli.js');
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
console.log(`load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} on ${availableParallelism()} cores; CLI ${cli}`);
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => existsSync(p)) ?? null;
const devNull = openSync('/dev/null', 'w');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${x.toFixed(0).padStart(6)} ms`;
const mib = (kb) => (kb === null ? '   n/a' : `${(kb / 1024).toFixed(0).padStart(5)} MiB`);

/** One run: wall milliseconds and peak RSS in KiB (null without GNU time); standard output goes to /dev/null. */
function once(cmd, args, env = process.env) {
  const argv = gnuTime ? ['-f', '%M', cmd, ...args] : args;
  const t0 = process.hrtime.bigint();
  const res = spawnSync(gnuTime ?? cmd, argv, { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 24, env });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const lines = (res.stderr ?? '').trim().split('\n');
  const rss = gnuTime ? Number(lines.pop()) : null;
  return { wall, rss, status: res.status, stderr: lines.join('\n') };
}

// --- full lint against nginx -t ---------------------------------------------------------------------------------
const trees = sizes.map((servers) => {
  const dir = mkdtempSync(path.join(tmpdir(), `sse-lint-bench-${servers}-`));
  const bytes = writeBenchTree(dir, servers);
  return { servers, dir, bytes, ours: [], theirs: [] };
});
for (const t of trees) console.log(`tree: ${t.servers} servers in ${Math.ceil(t.servers / 10)} site files, ${(t.bytes / 1024 / 1024).toFixed(1)} MiB, at ${t.dir}`);
if (!gnuTime) console.log('peak RSS: not measured (install GNU time: /usr/bin/time)');
if (!nginx) console.log('nginx -t: not measured (nginx is not installed)');

// Interleaved: every round runs each size once with sse-lint and once with nginx -t, so load changes hit both alike.
for (let r = 0; r < runs; r++) {
  for (const t of trees) {
    const conf = path.join(t.dir, 'nginx.conf');
    const a = once(process.execPath, [cli, '-f', 'json', conf]);
    if (a.status !== 0 && a.status !== 1) throw new Error(`sse-lint exited ${a.status} on ${t.servers} servers:\n${a.stderr}`);
    t.ours.push(a);
    if (nginx) {
      const b = once(nginx, ['-t', '-q', '-p', t.dir, '-c', conf]);
      if (b.status !== 0) throw new Error(`nginx -t failed on ${t.servers} servers:\n${b.stderr}`);
      t.theirs.push(b);
    }
  }
}

console.log(`\nfull lint (JSON to /dev/null) and nginx -t, median of ${runs} interleaved runs:`);
console.log(`${'servers'.padStart(7)}  ${'sse-lint'.padStart(9)} ${'peak RSS'.padStart(9)}  ${'nginx -t'.padStart(9)} ${'peak RSS'.padStart(9)}  ${'time ratio'.padStart(10)} ${'RSS ratio'.padStart(9)}`);
const summary = new Map();
for (const t of trees) {
  const ours = { wall: median(t.ours.map((x) => x.wall)), rss: gnuTime ? median(t.ours.map((x) => x.rss)) : null };
  const theirs = nginx ? { wall: median(t.theirs.map((x) => x.wall)), rss: gnuTime ? median(t.theirs.map((x) => x.rss)) : null } : null;
  summary.set(t.servers, { ours, theirs });
  const ratio = theirs ? `${(ours.wall / theirs.wall).toFixed(2).padStart(9)}x` : '       n/a';
  const rssRatio = theirs && ours.rss !== null ? `${(ours.rss / theirs.rss).toFixed(2).padStart(8)}x` : '      n/a';
  console.log(`${String(t.servers).padStart(7)}  ${ms(ours.wall)} ${mib(ours.rss)}  ${theirs ? ms(theirs.wall) : '      n/a'} ${theirs ? mib(theirs.rss) : '      n/a'}  ${ratio} ${rssRatio}`);
}
const s10 = summary.get(10000);
const s20 = summary.get(20000);
if (s10 && s20) {
  const theirs = s10.theirs && s20.theirs ? `; nginx -t ${(s20.theirs.wall / s10.theirs.wall).toFixed(2)}x` : '';
  console.log(`scaling 20k/10k: sse-lint ${(s20.ours.wall / s10.ours.wall).toFixed(2)}x time (goal <= 2.2)${theirs}`);
}
if (s10?.theirs) {
  console.log(`10k goals: time below nginx -t (${(s10.ours.wall / s10.theirs.wall).toFixed(2)}x), peak RSS below a third of nginx -t's${s10.ours.rss !== null ? ` (${(s10.ours.rss / s10.theirs.rss).toFixed(2)}x)` : ''}`);
}

// --- parse-only throughput, in process --------------------------------------------------------------------------
// The lexer and parser bundled alone (the same source the CLI bundles), run over every file of the largest tree
// already read into memory: bytes to statements, decoding included.
{
  const largest = trees[trees.length - 1];
  const entry = `export { parseSource } from ${JSON.stringify(path.join(root, 'src/parser/parser.ts'))};\nexport { decodeSource } from ${JSON.stringify(path.join(root, 'src/parser/source.ts'))};\n`;
  const out = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', target: 'node20', write: false });
  const { parseSource, decodeSource } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  const files = [path.join(largest.dir, 'nginx.conf'), path.join(largest.dir, 'snippets/proxy-headers.conf'), ...readdirSync(path.join(largest.dir, 'sites')).map((f) => path.join(largest.dir, 'sites', f))]
    .map((p) => ({ p, bytes: readFileSync(p) }));
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  const rates = [];
  let statements = 0;
  for (let r = 0; r < Number(values['parse-runs']) + 1; r++) {
    const t0 = process.hrtime.bigint();
    statements = 0;
    for (const f of files) statements += parseSource(decodeSource(f.p, f.bytes)).statements.length;
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r > 0) rates.push(total / 1e6 / s); // the first run warms the JIT up
  }
  console.log(`\nparse only, in process: ${median(rates).toFixed(1)} MB/s median (best ${Math.max(...rates).toFixed(1)}) over ${(total / 1e6).toFixed(1)} MB in ${files.length} files, ${rates.length} runs (goal >= 50 MB/s)`);
}

// --- cold start -------------------------------------------------------------------------------------------------
{
  const site = path.join(trees[0].dir, 'sites/site-0000.conf');
  const base = [];
  const lint = [];
  const uncached = [];
  const optIn = [];
  const noCache = { ...process.env, SSE_LINT_CACHE: '' };
  const withCache = { ...process.env, SSE_LINT_CACHE: '1' };
  // The same build without the code cache dist/ ships for this Node: how it starts under any other Node.
  const bare = mkdtempSync(path.join(tmpdir(), 'sse-lint-bench-bare-'));
  cpSync(path.dirname(cli), bare, { recursive: true, preserveTimestamps: true, filter: (p) => !p.endsWith('.v8') });
  const bareCli = path.join(bare, path.basename(cli));
  const coldRuns = Number(values['cold-runs']);
  // Warms the file cache, and writes V8's compile cache of the command line for the opt-in runs (SSE_LINT_CACHE=1;
  // written only when no shipped cache was used, so for the build without one).
  once(process.execPath, [cli, site], noCache);
  once(process.execPath, [bareCli, site], withCache);
  for (let r = 0; r < coldRuns; r++) {
    base.push(once(process.execPath, ['-e', '0']).wall);
    lint.push(once(process.execPath, [cli, site], noCache).wall);
    uncached.push(once(process.execPath, [bareCli, site], noCache).wall);
    optIn.push(once(process.execPath, [bareCli, site], withCache).wall);
  }
  rmSync(bare, { recursive: true, force: true });
  const b = median(base);
  const l = median(lint);
  const u = median(uncached);
  const o = median(optIn);
  console.log(`\ncold start, one site file (10 servers): sse-lint ${ms(l)}, node -e 0 ${ms(b)}: ${(l - b).toFixed(1)} ms over node (default: the code cache dist/ ships for ${process.version}; median of ${coldRuns} interleaved runs; goal <= 30 ms)`);
  console.log(`  without it (any other Node): ${ms(u)}, ${(u - b).toFixed(1)} ms over node; with the opt-in cache there (SSE_LINT_CACHE=1): ${ms(o)}, ${(o - b).toFixed(1)} ms over node`);
}

console.log(`\nload average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
if (!values.keep) for (const t of trees) rmSync(t.dir, { recursive: true, force: true });
closeSync(devNull);

// --- one big file ----------------------------------------------------------------------------------------------
if (Number(values['big-mb']) > 0) {
  const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-bench-big-'));
  const big = path.join(dir, 'big.conf');
  const site = (i) => `    server {\n        listen 127.0.0.1:${8000 + (i % 1000)};\n        server_name site${i}.example.com;\n        location / {\n            proxy_pass http://127.0.0.1:9000;\n            proxy_set_header Host $host;\n        }\n        location /api/events {\n            proxy_pass http://127.0.0.1:9001;\n            proxy_buffering off;\n            proxy_read_timeout 1h;\n            proxy_http_version 1.1;\n        }\n    }\n`;
  const parts = ['events {}\nhttp {\n'];
  let size = 0;
  let servers = 0;
  while (size < Number(values['big-mb']) * 1024 * 1024 - 400) {
    const s = site(servers++);
    parts.push(s);
    size += s.length;
  }
  parts.push('}\n');
  writeFileSync(big, parts.join(''));
  const r = once(process.execPath, [cli, '-f', 'json', big]);
  console.log(`\none ${values['big-mb']} MB file (${servers} servers): ${ms(r.wall)}, peak RSS ${mib(r.rss)}, exit ${r.status}${r.stderr ? ` (${r.stderr.split('\n')[0]})` : ''}`);
  const huge = path.join(dir, 'huge.conf');
  writeFileSync(huge, '');
  truncateSync(huge, 100 * 1024 * 1024);
  const h = once(process.execPath, [cli, huge]);
  console.log(`one 100 MB file: ${ms(h.wall)}, peak RSS ${mib(h.rss)}, exit ${h.status}: ${h.stderr.split('\n')[0]}`);
  // The densest input under the size cap: `a{}` four bytes a block, stopped by the run's statement budget.
  const dense = path.join(dir, 'dense.conf');
  writeFileSync(dense, 'a{}\n'.repeat(Math.floor((Number(values['big-mb']) * 1024 * 1024) / 4)));
  const d = once(process.execPath, [cli, '-f', 'json', dense]);
  console.log(`one ${values['big-mb']} MB file of a{} blocks: ${ms(d.wall)}, peak RSS ${mib(d.rss)}, exit ${d.status}`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

// --- TUI first frame --------------------------------------------------------------------------------------------
/**
 * One run of `sse-lint -i examples/` in a pseudo-terminal made by util-linux `script`: milliseconds from spawning to
 * the first frame on screen (the overview's title), then `q` quits. The pty is 100x30 (stty inside it).
 */
function firstFrame(copy, timingFile) {
  return new Promise((resolve, reject) => {
    const cmd = `stty cols 100 rows 30; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} -i ${JSON.stringify(copy)}`;
    const t0 = process.hrtime.bigint();
    const child = spawn('script', ['-qec', cmd, '/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm-256color', SSE_LINT_TIMING_FILE: timingFile } });
    let seen = '';
    let took = null;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no frame within 10 s; the pty showed:\n${seen.slice(-2000)}`));
    }, 10_000);
    child.stdout.on('data', (b) => {
      if (took !== null) return;
      seen += b.toString('utf8');
      // eslint-disable-next-line no-control-regex
      if (seen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').includes('sse-lint › Overview')) {
        took = Number(process.hrtime.bigint() - t0) / 1e6;
        child.stdin.write('q');
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (took === null) reject(new Error(`exited before drawing a frame:\n${seen.slice(-2000)}`));
      else resolve(took);
    });
  });
}

if (Number(values['tui-runs']) > 0 && spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0) {
  const copy = mkdtempSync(path.join(tmpdir(), 'sse-lint-bench-tui-'));
  cpSync(path.join(root, 'examples'), copy, { recursive: true });
  const timingFile = path.join(copy, '.timing.jsonl');
  const times = [];
  await firstFrame(copy, path.join(copy, '.warm-up.jsonl')); // warm-up: the file cache
  for (let r = 0; r < Number(values['tui-runs']); r++) times.push(await firstFrame(copy, timingFile));
  // As the process itself saw it: from its start to the first frame, and the CPU time it had used by then
  // (the share of the wall time that is ours when the machine is busy).
  const inside = readFileSync(timingFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  rmSync(copy, { recursive: true, force: true });
  const stats = (xs) => `median ${ms(median(xs))}, min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))}`;
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`\nsse-lint -i first frame: ${stats(times)} (${times.length} runs on examples/, from spawn; goal < 400 ms)`);
  console.log(`  in process:        ${stats(inside.map((x) => x.firstFrameMs))} (process start to first frame)`);
  console.log(`  CPU time by then:  ${stats(inside.map((x) => x.cpuMs))} (load average ${load} on ${availableParallelism()} cores)`);
} else {
  console.log('\nsse-lint -i first frame: not measured (util-linux script is not installed, or --tui-runs 0)');
}
