// The fuzz suite: seeded, bounded cases run through the built binary (dist/cli.js, committed and kept equal to a
// fresh build), each a child process with a 10 s limit. A case fails on a crash (exit other than 0, 1, 2), a hang,
// a stack trace or internal error, a multi-line reason for exit 2, an invalid JSON report or payload, or a --fix that
// loses bytes (comments gone, CRLF turned to LF, more parse errors, temp files left, a dump written).
//
//   npm run fuzz                       2,000 cases from seed 1
//   npm run fuzz -- --cases 150 --seed 7
//   npm run fuzz -- --only deep        one kind of case
//   npm run fuzz -- --seed 1 --case 17 one case again
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist/cli.js');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const CASES = Number(opt('--cases', 2000));
const SEED = Number(opt('--seed', 1));
const ONLY = opt('--only', null);
const ONE = opt('--case', null);
const LIMIT_MS = 10_000;
const KEEP = path.join(tmpdir(), 'sse-lint-fuzz-failures');

if (!existsSync(cli)) {
  console.error('fuzz: dist/cli.js is missing; run npm run build');
  process.exit(2);
}

/** mulberry32: the same seed gives the same cases everywhere. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ------------------------------------------------------------------------------------------------------------------
// Seeds: the example tree and every fixture config.

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (lstatSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.conf') || name === 'mime.types') out.push(p);
  }
  return out;
}
const SEEDS = [...walk(path.join(root, 'examples')), ...walk(path.join(root, 'test/fixtures/rules')), ...walk(path.join(root, 'test/fixtures/parser-conformance'))]
  .map((p) => readFileSync(p));

const TOKENS = ['{', '}', ';', '"', "'", '\\', '#', '$', '\n', '\r\n', ' ', '\t', '\0', '\xff', 'é', 'location', 'server', 'include',
  'proxy_pass http://127.0.0.1:8080;', 'if ($x) {', '~* ', '^~', '=', 'location ~ ^/(a+)+$ {', 'include *;', 'include [;', '${', '}}'];

function mutate(rand, bytes) {
  let b = Buffer.from(bytes);
  const n = 1 + Math.floor(rand() * 6);
  for (let k = 0; k < n; k++) {
    const at = Math.floor(rand() * (b.length + 1));
    const r = rand();
    if (r < 0.3 && b.length) b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + Math.floor(rand() * 20)))]);
    else if (r < 0.7) b = Buffer.concat([b.subarray(0, at), Buffer.from(TOKENS[Math.floor(rand() * TOKENS.length)], 'latin1'), b.subarray(at)]);
    else if (r < 0.85 && b.length) b[Math.min(at, b.length - 1)] = Math.floor(rand() * 256);
    else b = Buffer.concat([b.subarray(0, at), b.subarray(Math.floor(rand() * b.length), Math.floor(rand() * b.length)), b.subarray(at)]);
  }
  return b;
}

const pick = (rand, xs) => xs[Math.floor(rand() * xs.length)];

function streamSite(rand, k, crlf) {
  const nl = crlf ? '\r\n' : '\n';
  const lines = [
    `# site ${k}: comments must survive every fix`,
    'server {',
    `    listen 127.0.0.1:${8000 + k};`,
    `    location ${pick(rand, ['/events', '/sse', '/v1/chat/completions', '/api/stream', '/x'])} {  # trailing comment`,
    '        proxy_pass http://127.0.0.1:9000;',
    ...(rand() < 0.5 ? ['        proxy_read_timeout 30s;'] : []),
    ...(rand() < 0.5 ? ['        add_header X-A b;', '        if ($arg_x) { add_header X-B c; }'] : []),
    ...(rand() < 0.3 ? ['        proxy_set_header Connection "";', '        proxy_set_header Connection close;'] : []),
    '    }',
    '}',
  ];
  return lines.join(nl) + nl;
}

// ------------------------------------------------------------------------------------------------------------------
// Case kinds: each writes files into `dir` and returns the command lines to run there and what to check.

const KINDS = {
  /** A fixture or example with random bytes changed, linted in every format. */
  mutated(rand, dir) {
    writeFileSync(path.join(dir, 'nginx.conf'), mutate(rand, pick(rand, SEEDS)));
    return [{ argv: ['-f', pick(rand, ['text', 'json', 'sarif', 'github', 'checkstyle']), 'nginx.conf'], json: false }];
  },

  /** nginx -T dumps, some of them damaged; linted from a file and from standard input, and never written by --fix. */
  dump(rand, dir) {
    const parts = [rand() < 0.5 ? 'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\n' : ''];
    const n = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < n; k++) {
      const name = k === 0 ? '/etc/nginx/nginx.conf' : `/etc/nginx/conf.d/s${k}.conf`;
      const body = k === 0 ? 'events {}\nhttp { include conf.d/*.conf; }\n' : streamSite(rand, k, false);
      parts.push(`# configuration file ${name}:\n${rand() < 0.2 ? mutate(rand, Buffer.from(body)).toString('latin1') : body}\n`);
    }
    const text = rand() < 0.2 ? mutate(rand, Buffer.from(parts.join(''), 'latin1')) : Buffer.from(parts.join(''), 'latin1');
    writeFileSync(path.join(dir, 'dump.txt'), text);
    return [
      { argv: ['-f', 'json', 'dump.txt'], json: true },
      { argv: ['-f', 'json', '-'], stdin: text, json: true },
      // A dump is never written; damage to its first marker makes it an ordinary config, which --fix may write.
      { argv: ['--fix', 'dump.txt'], ...(startsLikeDump(text) ? { unchanged: ['dump.txt'], code: 2 } : {}) },
    ];
  },

  /** Files including each other at random: cycles, self-includes, globs, missing files. */
  includes(rand, dir) {
    const n = 2 + Math.floor(rand() * 6);
    mkdirSync(path.join(dir, 'conf.d'));
    for (let k = 0; k < n; k++) {
      const lines = [];
      for (let j = 0; j < 1 + Math.floor(rand() * 3); j++) {
        lines.push(`include ${pick(rand, [`conf.d/f${Math.floor(rand() * n)}.conf`, 'conf.d/*.conf', 'conf.d/f[0-9].conf', 'missing.conf', `${dir}/conf.d/f${Math.floor(rand() * n)}.conf`, 'conf.d/[z-a].conf', 'conf.d/**'])};`);
      }
      lines.push(pick(rand, ['gzip on;', 'proxy_buffering on;', 'location /sse { proxy_pass http://127.0.0.1:9000; }', 'server { listen 80; }']));
      writeFileSync(path.join(dir, 'conf.d', `f${k}.conf`), lines.join('\n') + '\n');
    }
    writeFileSync(path.join(dir, 'nginx.conf'), `events {}\nhttp {\n    include conf.d/f0.conf;\n    server { listen 80; include conf.d/*.conf; }\n}\n`);
    return [{ argv: ['-f', 'json', '.'], json: true }, { argv: ['parse', '--combine', 'nginx.conf'], json: true }];
  },

  /** FIFOs, symlink loops, dangling links and links out of the tree where includes and directory scans meet them. */
  special(rand, dir) {
    const made = spawnFifo(path.join(dir, 'pipe.conf'));
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync('..', path.join(dir, 'sub', 'up'));
    symlinkSync('loop-b.conf', path.join(dir, 'loop-a.conf'));
    symlinkSync('loop-a.conf', path.join(dir, 'loop-b.conf'));
    symlinkSync('/', path.join(dir, 'sub', 'root'));
    symlinkSync('/dev/zero', path.join(dir, 'zero.conf'));
    symlinkSync('nothing-here', path.join(dir, 'dangling.conf'));
    const includes = ['pipe.conf', 'loop-a.conf', 'zero.conf', 'dangling.conf', '/proc/self/environ', 'sub/up/*.conf', 'sub/root', '/dev/null', '*'];
    const picked = includes.filter(() => rand() < 0.5);
    writeFileSync(path.join(dir, 'nginx.conf'), `events {}\nhttp {\n${picked.map((i) => `    include ${i};`).join('\n')}\n}\n`);
    return [
      { argv: ['-f', 'json', '.'], json: true, secret: true },
      { argv: ['-f', 'json', 'nginx.conf'], json: true, secret: true },
      ...(made ? [{ argv: ['--config', 'pipe.conf', 'nginx.conf'], code: 2 }, { argv: ['parse', '--single-file', 'pipe.conf'], code: 2 }] : []),
    ];
  },

  /** Deep nesting of locations, ifs and blocks, past the limit sometimes, with streams at some levels. */
  deep(rand, dir) {
    const depth = Math.floor(rand() * (rand() < 0.2 ? 3000 : 300));
    const open = [];
    for (let k = 0; k < depth; k++) open.push(pick(rand, ['location /sse {', 'location /a {', 'if ($x) {', 'location ~ ^/(b+)+$ {', 'limit_except GET {']) + (rand() < 0.3 ? ' proxy_pass http://127.0.0.1:9000; add_header X-L 1;' : ''));
    writeFileSync(path.join(dir, 'nginx.conf'), `http {\nserver {\nlisten 80;\n${open.join('\n')}\nreturn 200;\n${'}\n'.repeat(rand() < 0.9 ? depth : Math.floor(depth / 2))}}\n}\n`);
    return [{ argv: ['-f', 'json', 'nginx.conf'], json: true }, { argv: ['route', '/sse', 'nginx.conf'] }];
  },

  /** route and --route with regex locations and server names, hostile ones included. */
  routes(rand, dir) {
    const patterns = ['^/(a+)+$', '^/(\\w+\\s?)*$', '(x+x+)+y', '^/(a|aa)+$', '\\.php$', '^/api/(?<v>v\\d+)/', '(?i)^/CASE', '^/(?>a+)b', '^/a++a', '(?<=/lb/)x', '^/(a)\\1$', '(?R)', '[z-a]', '^/(((((a*)*)*)*)*)*$'];
    const locs = Array.from({ length: 1 + Math.floor(rand() * 5) }, (_, k) => `    location ~${rand() < 0.3 ? '*' : ''} "${pick(rand, patterns)}" { return 200 "${k}"; }`);
    writeFileSync(path.join(dir, 'nginx.conf'), `http {\n  server {\n    listen 80;\n    server_name ~^(x+)+y$ ~^(?<sub>\\w+)\\.example\\.com$ example.com;\n${locs.join('\n')}\n    location / { return 200 "root"; }\n  }\n}\n`);
    const uri = pick(rand, ['/', `/${'a'.repeat(Math.floor(rand() * 60))}b`, '/api/v2/x', '/lb/x', '/aa', `/${'An input string '.repeat(3)}!`, '/%2e%2e/x', '/caf%C3%A9']);
    const host = pick(rand, ['example.com', `${'x'.repeat(40)}yz`, 'a.example.com', '']);
    return [
      { argv: ['route', '--host', host, uri, 'nginx.conf'] },
      { argv: ['-f', 'json', '--route', `${host || 'example.com'}${uri}`, 'nginx.conf'], json: true },
    ];
  },

  /** The crossplane payload of damaged files: always valid JSON. */
  payload(rand, dir) {
    writeFileSync(path.join(dir, 'nginx.conf'), mutate(rand, pick(rand, SEEDS)));
    const flags = ['--combine', '--single-file', '--positions', '--include-comments'].filter(() => rand() < 0.5);
    return [{ argv: ['parse', ...flags, 'nginx.conf'], json: true }];
  },

  /** --fix round trips on stream configs, LF or CRLF, with comments: nothing lost, nothing left behind. */
  fix(rand, dir) {
    const crlf = rand() < 0.4;
    const n = 1 + Math.floor(rand() * 4);
    mkdirSync(path.join(dir, 'sites'));
    for (let k = 0; k < n; k++) writeFileSync(path.join(dir, 'sites', `s${k}.conf`), streamSite(rand, k, crlf));
    writeFileSync(path.join(dir, 'nginx.conf'), `events {}${crlf ? '\r\n' : '\n'}http { include sites/*.conf; }${crlf ? '\r\n' : '\n'}`);
    const extra = [rand() < 0.3 ? '--unsafe-fixes' : null, rand() < 0.3 ? '--backup' : null].filter(Boolean);
    return [{ argv: ['--fix', ...extra, 'nginx.conf'], roundTrip: { crlf, files: ['nginx.conf', ...Array.from({ length: n }, (_, k) => `sites/s${k}.conf`)] } }];
  },
};

/** The rule sse-lint applies: a dump's first line is a `# configuration file <path>:` marker, after nginx's own lines. */
function startsLikeDump(bytes) {
  const lines = bytes.toString('latin1').split('\n');
  let k = 0;
  while (k < lines.length - 1 && lines[k].startsWith('nginx: ')) k++;
  return k < lines.length - 1 && /^# configuration file .+:\r?$/.test(lines[k]);
}

function spawnFifo(p) {
  return spawnSync('mkfifo', [p], { stdio: 'ignore' }).status === 0;
}

// ------------------------------------------------------------------------------------------------------------------
// Running and judging.

function run(argv, cwd, stdin) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [cli, ...argv], { cwd, env: { ...process.env, NO_COLOR: '1', SSE_LINT_TEST_SECRET: 'fuzz-secret-4c1f' } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => { if (out.length < 64 << 20) out += d; });
    child.stderr.on('data', (d) => { if (err.length < 1 << 20) err += d; });
    child.stdin.on('error', () => {});
    if (stdin !== undefined) child.stdin.end(stdin);
    else child.stdin.end();
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, LIMIT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, out, err, hung, ms: Date.now() - started });
    });
  });
}

const STACK = /^\s+at .+(?::\d+:\d+\)?|\(native\))$/m;

function parseErrors(report) {
  return report.findings.filter((f) => f.ruleId === 'parse-error').length;
}

function leftovers(dir) {
  const out = [];
  const visit = (d) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (/\.sse-lint-|sse-lint-journal/.test(name)) out.push(path.relative(dir, p));
      const st = lstatSync(p);
      if (st.isDirectory() && !st.isSymbolicLink()) visit(p);
    }
  };
  visit(dir);
  return out;
}

async function judge(step, dir) {
  const problems = [];
  const before = new Map();
  for (const f of [...(step.unchanged ?? []), ...(step.roundTrip?.files ?? [])]) before.set(f, readFileSync(path.join(dir, f)));
  let parseBefore = null;
  if (step.roundTrip) {
    const r = await run(['-f', 'json', '--fail-on', 'off', 'nginx.conf'], dir);
    parseBefore = parseErrors(JSON.parse(r.out));
  }
  const r = await run(step.argv, dir, step.stdin);
  if (r.hung) return [`hang: no answer within ${LIMIT_MS / 1000} s`];
  if (r.signal) problems.push(`killed by ${r.signal}`);
  if (![0, 1, 2].includes(r.code)) problems.push(`exit ${r.code}`);
  if (step.code !== undefined && r.code !== step.code) problems.push(`exit ${r.code}, expected ${step.code}`);
  if (STACK.test(r.err) || STACK.test(r.out)) problems.push('stack trace');
  if (/internal error/.test(r.err)) problems.push(`internal error: ${r.err.trim().split('\n')[0]}`);
  if (r.code === 2) {
    const lines = r.err.trim().split('\n').filter((l) => !/^Try 'sse-lint --help'/.test(l) && !/an interrupted --fix/.test(l));
    if (lines.length !== 1) problems.push(`exit 2 with ${lines.length} lines on stderr: ${JSON.stringify(r.err.slice(0, 300))}`);
  }
  if (step.json && r.code !== 2) {
    try {
      JSON.parse(r.out);
    } catch (e) {
      problems.push(`invalid JSON (${e.message.slice(0, 80)})`);
    }
  }
  if (step.secret && (r.out.includes('fuzz-secret-4c1f') || r.err.includes('fuzz-secret-4c1f'))) problems.push('printed the environment');
  for (const f of step.unchanged ?? []) if (!readFileSync(path.join(dir, f)).equals(before.get(f))) problems.push(`${f} was written`);
  if (step.roundTrip) {
    for (const f of step.roundTrip.files) {
      const now = readFileSync(path.join(dir, f), 'latin1');
      const old = before.get(f).toString('latin1');
      for (const line of old.split(/\r?\n/)) if (line.trim().startsWith('#') && !now.includes(line)) problems.push(`${f}: comment lost: ${line}`);
      if (step.roundTrip.crlf && /(?<!\r)\n/.test(now)) problems.push(`${f}: CRLF turned into LF`);
    }
    if (r.code !== 2) {
      const after = await run(['-f', 'json', '--fail-on', 'off', 'nginx.conf'], dir);
      const parseAfter = parseErrors(JSON.parse(after.out));
      if (parseAfter > parseBefore) problems.push(`parse errors went from ${parseBefore} to ${parseAfter}`);
    }
  }
  const left = leftovers(dir);
  if (left.length) problems.push(`left behind: ${left.join(', ')}`);
  return problems;
}

async function runCase(index) {
  const rand = prng(SEED * 1_000_003 + index);
  const kinds = ONLY ? [ONLY] : Object.keys(KINDS);
  const kind = kinds[index % kinds.length];
  const dir = mkdtempSync(path.join(tmpdir(), `sse-lint-fuzz-${kind}-`));
  chmodSync(dir, 0o755);
  const steps = KINDS[kind](rand, dir);
  const failures = [];
  for (const step of steps) {
    const problems = await judge(step, dir);
    for (const p of problems) failures.push(`sse-lint ${step.argv.join(' ')}: ${p}`);
  }
  if (failures.length) {
    const keep = path.join(KEEP, `case-${SEED}-${index}-${kind}`);
    rmSync(keep, { recursive: true, force: true });
    mkdirSync(KEEP, { recursive: true });
    spawnSync('cp', ['-a', dir, keep]);
  }
  rmSync(dir, { recursive: true, force: true });
  return { index, kind, failures };
}

const started = Date.now();
const results = [];
let next = 0;
const workers = Math.max(1, Math.min(availableParallelism(), 4));
await Promise.all(Array.from({ length: workers }, async () => {
  if (ONE !== null) {
    if (next++ === 0) results.push(await runCase(Number(ONE)));
    return;
  }
  while (next < CASES) {
    const k = next++;
    results.push(await runCase(k));
    if (results.length % 100 === 0) process.stderr.write(`fuzz: ${results.length}/${CASES}\n`);
  }
}));
const failed = results.filter((r) => r.failures.length);
const byKind = {};
for (const r of results) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
console.log(`fuzz: ${results.length} cases from seed ${SEED} in ${((Date.now() - started) / 1000).toFixed(0)} s (${Object.entries(byKind).map(([k, n]) => `${k} ${n}`).join(', ')})`);
for (const r of failed.sort((a, b) => a.index - b.index)) {
  console.log(`FAIL case ${r.index} (${r.kind}; rerun: npm run fuzz -- --seed ${SEED} --case ${r.index}${ONLY ? ` --only ${ONLY}` : ''}; kept in ${KEEP})`);
  for (const f of r.failures) console.log(`  ${f}`);
}
console.log(failed.length ? `fuzz: ${failed.length} failing cases` : 'fuzz: zero failures');
process.exitCode = failed.length ? 1 : 0;
