// Benchmark: lint a generated 10,000-server tree (1,000 files) and compare with `nginx -t` on the same tree; then
// the time from starting `sse-lint -i examples/` in a pseudo-terminal to its first frame (goal: under 400 ms).
// Prints numbers; asserts nothing. Usage: npm run bench [-- --servers N --runs R --tui-runs T]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { servers: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' }, 'tui-runs': { type: 'string', default: '15' }, keep: { type: 'boolean' } } });
const servers = Number(values.servers);
const runs = Number(values.runs);
const perFile = 10;

function site(k) {
  return `server {
    listen 127.0.0.1:${20000 + (k % 100)};
    server_name app${k}.example.com www.app${k}.example.com;
    root /srv/app${k}/public;
    include snippets/proxy-headers.conf;
    add_header X-Frame-Options SAMEORIGIN;
    location / {
        try_files $uri $uri/ /index.html;
    }
    location /api/ {
        proxy_pass http://backend_${k % 100};
        proxy_read_timeout 30s;
    }
    location /api/events {
        proxy_pass http://backend_${k % 100};
        proxy_buffering off;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_read_timeout 1h;
    }
    # Uploads go straight to the storage service; large bodies are streamed.
    location /upload {
        client_max_body_size 512m;
        proxy_request_buffering off;
        proxy_pass http://backend_${k % 100};
    }
    location = /healthz {
        access_log off;
        return 200 "ok";
    }
    location ~* \\.(png|jpg|css|js)$ {
        expires 7d;
        add_header Cache-Control "public";
    }
}
`;
}

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-bench-'));
mkdirSync(path.join(dir, 'sites'));
mkdirSync(path.join(dir, 'snippets'));
mkdirSync(path.join(dir, 'tmp'));
writeFileSync(path.join(dir, 'snippets/proxy-headers.conf'), 'proxy_set_header Host $host;\nproxy_set_header X-Real-IP $remote_addr;\n');
let upstreams = '';
for (let u = 0; u < 100; u++) upstreams += `    upstream backend_${u} { server 127.0.0.1:${9000 + u}; keepalive 8; }\n`;
writeFileSync(path.join(dir, 'nginx.conf'), `pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
worker_rlimit_nofile 65536;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path ${dir}/tmp/body;
    proxy_temp_path ${dir}/tmp/proxy;
    fastcgi_temp_path ${dir}/tmp/fastcgi;
    uwsgi_temp_path ${dir}/tmp/uwsgi;
    scgi_temp_path ${dir}/tmp/scgi;
    server_names_hash_bucket_size 128;
    server_names_hash_max_size 65536;
${upstreams}    include sites/*.conf;
}
`);
for (let f = 0; f < Math.ceil(servers / perFile); f++) {
  let text = '';
  for (let k = f * perFile; k < Math.min(servers, (f + 1) * perFile); k++) text += site(k);
  writeFileSync(path.join(dir, 'sites', `site-${String(f).padStart(4, '0')}.conf`), text);
}
const bytes = readdirSync(path.join(dir, 'sites')).reduce((n, f) => n + statSync(path.join(dir, 'sites', f)).size, 0);
console.log(`tree: ${servers} servers in ${Math.ceil(servers / perFile)} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB, at ${dir}`);

function measure(label, cmd, args, env = {}) {
  const times = [];
  let rss = null;
  let status = null;
  const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    const res = time
      ? spawnSync(time, ['-f', '%M', cmd, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 })
      : spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    status = res.status;
    if (time) rss = Number(res.stderr.trim().split('\n').pop());
  }
  times.sort((a, b) => a - b);
  const med = times[Math.floor(times.length / 2)];
  console.log(`${label.padEnd(28)} median ${med.toFixed(0).padStart(6)} ms  min ${times[0].toFixed(0).padStart(6)} ms  max RSS ${rss ? (rss / 1024).toFixed(0) + ' MiB' : 'n/a (install GNU time)'}  exit ${status}`);
  return med;
}

const ours = measure('sse-lint (dist/cli.js)', process.execPath, [path.join(root, 'dist/cli.js'), path.join(dir, 'nginx.conf')]);
const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((p) => existsSync(p));
if (nginx) {
  const theirs = measure('nginx -t', nginx, ['-t', '-q', '-p', dir, '-c', path.join(dir, 'nginx.conf')]);
  console.log(`sse-lint / nginx -t: ${(ours / theirs).toFixed(2)}x`);
} else {
  console.log('nginx -t: not measured (nginx is not installed)');
}
if (!values.keep) rmSync(dir, { recursive: true, force: true });

/**
 * One run of `sse-lint -i examples/` in a pseudo-terminal made by util-linux `script`: milliseconds from spawning to
 * the first frame on screen (the overview's title), then `q` quits. The pty is 100x30 (stty inside it).
 */
function firstFrame(copy, timingFile) {
  return new Promise((resolve, reject) => {
    const cmd = `stty cols 100 rows 30; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(root, 'dist/cli.js'))} -i ${JSON.stringify(copy)}`;
    const t0 = process.hrtime.bigint();
    const child = spawn('script', ['-qec', cmd, '/dev/null'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm-256color', SSE_LINT_TIMING_FILE: timingFile } });
    let seen = '';
    let ms = null;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no frame within 10 s; the pty showed:\n${seen.slice(-2000)}`));
    }, 10_000);
    child.stdout.on('data', (b) => {
      if (ms !== null) return;
      seen += b.toString('utf8');
      // eslint-disable-next-line no-control-regex
      if (seen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').includes('sse-lint › Overview')) {
        ms = Number(process.hrtime.bigint() - t0) / 1e6;
        child.stdin.write('q');
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (ms === null) reject(new Error(`exited before drawing a frame:\n${seen.slice(-2000)}`));
      else resolve(ms);
    });
  });
}

if (spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0) {
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
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return `median ${s[Math.floor(s.length / 2)].toFixed(0).padStart(6)} ms  min ${s[0].toFixed(0).padStart(6)} ms  max ${s[s.length - 1].toFixed(0).padStart(6)} ms`;
  };
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`${'sse-lint -i first frame'.padEnd(28)} ${stats(times)}  (${times.length} runs on examples/, from spawn; goal < 400 ms)`);
  console.log(`${'  in process'.padEnd(28)} ${stats(inside.map((x) => x.firstFrameMs))}  (process start to first frame)`);
  console.log(`${'  CPU time by then'.padEnd(28)} ${stats(inside.map((x) => x.cpuMs))}  (load average ${load} on ${availableParallelism()} cores)`);
} else {
  console.log('sse-lint -i first frame: not measured (util-linux script is not installed)');
}
