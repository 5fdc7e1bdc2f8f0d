// End-to-end harness for sse-lint: a real nginx between a tiny SSE backend and a measuring client.
//
// Everything binds 127.0.0.1 only (a config whose `listen` is not loopback, or that has a server{} block
// without `listen`, is refused before nginx starts, and the running master's sockets are checked again).
// Every process is stopped by its PID; every wait and loop is bounded. Resources register themselves,
// so `afterAll(stopAll)` cleans up whatever a failing test left running.
//
// Config placeholders (startNginx / nginxTest): {{PORT}} and any {{PORT_<NAME>}} become free loopback ports,
// {{BACKEND}} the backend URL (http://127.0.0.1:N, no trailing slash), {{BACKEND_PORT}}, {{PREFIX}} the temp
// prefix, plus opts.vars. nginxConf() builds a complete config (access_log off, temp paths inside the prefix);
// a hand-written config must do the same and must not set `pid`/`daemon` (the harness passes them with -g).
// Needs nginx >= 1.19.5 (-e). Env: NGINX (binary), NGINX_MODULES_DIR, SSE_E2E_KEEP=1 (keep prefix dirs), CI=true
// (missing nginx fails instead of skipping).
//
// Typical use:
//   const backend = await startBackend();
//   const ngx = await startNginx(nginxConf({ servers: serverBlock('location / { proxy_pass {{BACKEND}}; }') }), { backend });
//   const rec = await fetchStream(ngx.url + ssePath({ events: 6 }), { lockstep: backend.gate });
//   expect(heldUntilEnd(rec.lockstep, 6).ok).toBe(true);   // see lockstep.ts
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants as fsConstants, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, chmodSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as zlib from 'node:zlib';
import { describe, it } from 'vitest';
import { LOCKSTEP_HEADER, Lockstep, type LockstepStream } from './lockstep.js';

const LOOPBACK = '127.0.0.1';
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------------------
// Registry: everything started here can be stopped in one call.

interface Stoppable {
  stop(): Promise<void>;
  /** Last-resort synchronous kill at process exit (no awaiting possible there). */
  killNow?(): void;
}
const running = new Set<Stoppable>();
let exitHookInstalled = false;

function register(r: Stoppable): void {
  running.add(r);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const item of running) item.killNow?.();
    });
  }
}

/** Stops every backend and nginx started by this module that is still running (for afterAll/afterEach). */
export async function stopAll(): Promise<void> {
  const items = [...running];
  await Promise.allSettled(items.map((r) => r.stop()));
}

/** Number of harness resources still running (lets tests assert that cleanup happened). */
export function runningCount(): number {
  return running.size;
}

// ---------------------------------------------------------------------------------------------------------------
// Ports

/** A currently free TCP port on 127.0.0.1 (bind port 0, read it, release it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, LOOPBACK, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('could not read the allocated port'))));
    });
  });
}

/**
 * Resolves once `cond()` holds (checked every 10 ms); rejects with `what` after timeoutMs. For waiting on a state
 * the test can observe (a count of held streams, settled clients), never as a delay.
 */
export async function waitUntil(cond: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms waiting until ${what}`);
    await sleep(10);
  }
}

/** Resolves true once 127.0.0.1:port accepts a TCP connection, false after timeoutMs. */
export async function waitForPort(port: number, timeoutMs = 5000, isDead: () => boolean = () => false): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !isDead()) {
    const ok = await new Promise<boolean>((resolve) => {
      const sock = net.connect({ port, host: LOOPBACK });
      const t = setTimeout(() => { sock.destroy(); resolve(false); }, 500);
      sock.once('connect', () => { clearTimeout(t); sock.destroy(); resolve(true); });
      sock.once('error', () => { clearTimeout(t); resolve(false); });
    });
    if (ok) return true;
    await sleep(25);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// SSE backend

/**
 * How the backend's /sse endpoint behaves. Each field can also be given as a query parameter (name in brackets).
 * A request with the X-Lockstep header (fetchStream's `lockstep` option) is paced by the client instead of the
 * interval: event n+1 is written once the client has seen event n (lockstep.ts); silences and holds still apply.
 */
export interface SseOptions {
  /** Number of events [n]. Default 8, capped at 1000. */
  events?: number;
  /** Milliseconds between events [interval]. Default 150, capped at 10 000. Ignored in lockstep. */
  intervalMs?: number;
  /** Delay before the response headers are sent [headerDelay]. Default 0. */
  headerDelayMs?: number;
  /** Go silent after this many events have been sent; 0 = right after the headers [silenceAfter]. Default: never. */
  silenceAfter?: number;
  /** Length of that silence, replacing the normal interval [silenceMs]. Capped at 120 000. */
  silenceMs?: number;
  /** During the silence, send a `: ping` comment every heartbeatMs [heartbeat]. Default 0 = none. */
  heartbeatMs?: number;
  /** Response header `X-Accel-Buffering: <value>` [xab]. Default: not sent. */
  xAccelBuffering?: string;
  /** Response header `Cache-Control: <value>`; null = header omitted [cc, `none` = omitted]. Default `no-cache`. */
  cacheControl?: string | null;
  /** Extra padding characters in each event's JSON [pad]. Default 0, capped at 65 536. */
  padBytes?: number;
  /** After this many events (seen, in lockstep), wait until the test calls backend.release() [hold]. Default: never. */
  holdAfter?: number;
}

/** What the backend saw for one request (kept in `backend.requests`, in arrival order). */
export interface BackendRequestRecord {
  method: string;
  url: string;
  httpVersion: string;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  receivedAt: number;
  /** For /sse: ms after the request arrived at which each event was written. */
  eventWrites: number[];
  /** For /sse: whether the backend used chunked encoding (false for HTTP/1.0 requests: close-delimited body). */
  chunked?: boolean;
  finished: boolean;
  /** True when the connection went away before the stream finished (nginx or client gave up). */
  closedEarly: boolean;
}

export interface BackendOptions {
  /** Defaults for /sse; query parameters override them per request. */
  sse?: SseOptions;
  /** The lockstep meeting point to use (default: a new one, `backend.gate`). */
  gate?: Lockstep;
  /** How long an idle keep-alive connection stays open (default 2000 ms). */
  keepAliveMs?: number;
}

export interface Backend {
  port: number;
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: BackendRequestRecord[];
  /** Pass as fetchStream's `lockstep` option; ngx_lua producers reach it through GET /gate (luaLockstepSse). */
  gate: Lockstep;
  /** TCP connections accepted so far (each upstream connection nginx opened, plus /gate calls). */
  connections(): number;
  /** Streams waiting at their `holdAfter` point (whose clients are still connected). */
  holding(): number;
  /** Lets every stream waiting at its `holdAfter` point go on. */
  release(): void;
  stop(): Promise<void>;
}

/** The query string for `/sse` with these options, e.g. `/sse?n=8&interval=150`. */
export function ssePath(o: SseOptions = {}): string {
  const q = new URLSearchParams();
  if (o.events !== undefined) q.set('n', String(o.events));
  if (o.intervalMs !== undefined) q.set('interval', String(o.intervalMs));
  if (o.headerDelayMs !== undefined) q.set('headerDelay', String(o.headerDelayMs));
  if (o.silenceAfter !== undefined) q.set('silenceAfter', String(o.silenceAfter));
  if (o.silenceMs !== undefined) q.set('silenceMs', String(o.silenceMs));
  if (o.heartbeatMs !== undefined) q.set('heartbeat', String(o.heartbeatMs));
  if (o.xAccelBuffering !== undefined) q.set('xab', o.xAccelBuffering);
  if (o.cacheControl !== undefined) q.set('cc', o.cacheControl === null ? 'none' : o.cacheControl);
  if (o.padBytes !== undefined) q.set('pad', String(o.padBytes));
  if (o.holdAfter !== undefined) q.set('hold', String(o.holdAfter));
  const s = q.toString();
  return s ? `/sse?${s}` : '/sse';
}

function clampInt(v: string | null, dflt: number, min: number, max: number): number {
  if (v === null || v === '') return dflt;
  const n = Math.trunc(Number(v));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : dflt;
}

/**
 * Starts the SSE backend on 127.0.0.1 with a free port.
 *   GET /sse   streams `data: {"n":1}\n\n` ... (see SseOptions)
 *   GET /echo  JSON {method, url, httpVersion, headers, rawHeaders} of the request as received
 *   GET /page  an empty HTML page (a document at the backend's origin, for browser tests)
 *   GET /gate?sid=S&n=N  for ngx_lua producers: answers `seen` or `held` once gate.after(S, N) resolves;
 *              `/gate?sid=S&end=1` records the end of stream S
 */
export async function startBackend(opts: BackendOptions = {}): Promise<Backend> {
  const defaults = opts.sse ?? {};
  const gate = opts.gate ?? new Lockstep();
  const requests: BackendRequestRecord[] = [];
  const sockets = new Set<net.Socket>();
  let connections = 0;
  let holds: { go: () => void; closed: () => boolean }[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const later = (fn: () => void, ms: number) => {
    const t = setTimeout(() => { timers.delete(t); fn(); }, ms);
    timers.add(t);
    return t;
  };

  const server = http.createServer((req, res) => {
    const received = performance.now();
    const rec: BackendRequestRecord = {
      method: req.method ?? '', url: req.url ?? '', httpVersion: req.httpVersion,
      headers: req.headers, rawHeaders: req.rawHeaders, receivedAt: Date.now(),
      eventWrites: [], finished: false, closedEarly: false,
    };
    if (requests.length < 10_000) requests.push(rec);
    const u = new URL(req.url ?? '/', 'http://backend.invalid');

    if (u.pathname === '/gate') {
      const sid = u.searchParams.get('sid') ?? '';
      const done = (body: string) => {
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': Buffer.byteLength(body) });
        res.end(body);
        rec.finished = true;
      };
      if (u.searchParams.get('end') === '1') { gate.ended(sid); done('ended'); return; }
      void gate.after(sid, clampInt(u.searchParams.get('n'), 1, 1, 1000)).then(done);
      return;
    }
    if (u.pathname === '/page') {
      const body = '<!doctype html><title>sse-lint test page</title>';
      res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
      rec.finished = true;
      return;
    }
    if (u.pathname === '/echo') {
      const body = JSON.stringify({
        method: req.method, url: req.url, httpVersion: req.httpVersion, headers: req.headers, rawHeaders: req.rawHeaders,
      });
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
      rec.finished = true;
      return;
    }
    if (u.pathname !== '/sse') {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found\n');
      rec.finished = true;
      return;
    }

    const p = u.searchParams;
    const n = clampInt(p.get('n'), defaults.events ?? 8, 0, 1000);
    const interval = clampInt(p.get('interval'), defaults.intervalMs ?? 150, 0, 10_000);
    const headerDelay = clampInt(p.get('headerDelay'), defaults.headerDelayMs ?? 0, 0, 120_000);
    const silenceAfter = clampInt(p.get('silenceAfter'), defaults.silenceAfter ?? -1, -1, 1000);
    const silenceMs = clampInt(p.get('silenceMs'), defaults.silenceMs ?? 0, 0, 120_000);
    const heartbeat = clampInt(p.get('heartbeat'), defaults.heartbeatMs ?? 0, 0, 120_000);
    const xab = p.get('xab') ?? defaults.xAccelBuffering;
    const ccParam = p.get('cc');
    const cc = ccParam === 'none' ? null : ccParam ?? (defaults.cacheControl === undefined ? 'no-cache' : defaults.cacheControl);
    const pad = 'x'.repeat(clampInt(p.get('pad'), defaults.padBytes ?? 0, 0, 65_536));
    const holdAfter = clampInt(p.get('hold'), defaults.holdAfter ?? -1, -1, 1000);
    const sidHeader = req.headers[LOCKSTEP_HEADER.toLowerCase()];
    const sid = typeof sidHeader === 'string' && /^[0-9a-f]{1,32}$/.test(sidHeader) ? sidHeader : null;

    const mine = new Set<NodeJS.Timeout>();
    const schedule = (fn: () => void, ms: number) => { mine.add(later(() => { fn(); }, ms)); };
    let closed = false;
    res.on('close', () => {
      closed = true;
      if (!rec.finished) rec.closedEarly = true;
      for (const t of mine) { clearTimeout(t); timers.delete(t); }
      mine.clear();
    });

    let sent = 0;
    const finish = (): void => {
      rec.finished = true;
      if (sid) gate.ended(sid);
      res.end();
    };
    const sendNext = (): void => {
      if (closed) return;
      if (sent >= n) { finish(); return; }
      sent++;
      const payload = pad ? `{"n":${sent},"pad":"${pad}"}` : `{"n":${sent}}`;
      res.write(`data: ${payload}\n\n`);
      rec.eventWrites.push(Math.round(performance.now() - received));
      // Lockstep: go on once the client has seen this event (or the gate declared the stream held).
      if (sid) void gate.after(sid, sent).then(() => { if (!closed) afterEvent(); });
      else afterEvent();
    };
    // Decides what happens after `sent` events: a hold until release(), then the interval or a silence.
    const afterEvent = (): void => {
      if (sent >= n) { finish(); return; }
      if (sent === holdAfter) {
        holds.push({ go: () => { if (!closed) pace(); }, closed: () => closed });
        return;
      }
      pace();
    };
    // The normal interval (none in lockstep), or a (heartbeat-filled) silence.
    const pace = (): void => {
      const gap = sent === 0 || sid ? 0 : interval;
      if (sent !== silenceAfter || silenceMs <= 0) { schedule(sendNext, gap); return; }
      if (heartbeat <= 0) { schedule(sendNext, silenceMs); return; }
      const end = performance.now() + silenceMs;
      const beat = (): void => {
        if (closed) return;
        const left = end - performance.now();
        if (left <= heartbeat) { schedule(sendNext, Math.max(0, left)); return; }
        schedule(() => { if (!closed) { res.write(': ping\n\n'); beat(); } }, heartbeat);
      };
      beat();
    };

    const sendHeaders = (): void => {
      if (closed) return;
      const headers: Record<string, string> = { 'Content-Type': 'text/event-stream' };
      if (cc !== null) headers['Cache-Control'] = cc;
      if (xab !== undefined && xab !== null) headers['X-Accel-Buffering'] = xab;
      res.writeHead(200, headers);
      res.flushHeaders();
      rec.chunked = res.chunkedEncoding;
      afterEvent();
    };
    if (headerDelay > 0) schedule(sendHeaders, headerDelay); else sendHeaders();
  });
  server.keepAliveTimeout = opts.keepAliveMs ?? 2000;
  server.on('connection', (s: net.Socket) => {
    connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => { server.off('error', reject); resolve(); });
  });
  const addr = server.address();
  if (typeof addr !== 'object' || !addr) throw new Error('backend: no address');
  const port = addr.port;

  let stopped: Promise<void> | null = null;
  const handle: Stoppable = {
    stop: () => {
      stopped ??= (async () => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        gate.close();
        const closedP = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const s of sockets) s.destroy();
        await Promise.race([closedP, sleep(2000)]);
        running.delete(handle);
      })();
      return stopped;
    },
    killNow: () => { for (const s of sockets) s.destroy(); server.close(); },
  };
  register(handle);
  return {
    port, url: `http://${LOOPBACK}:${port}`, requests, gate, stop: handle.stop,
    connections: () => connections,
    holding: () => holds.filter((h) => !h.closed()).length,
    release: () => {
      const now = holds;
      holds = [];
      for (const h of now) h.go();
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// nginx: availability

export type NginxModule = 'lua' | 'headers-more';

/** The nginx binary: $NGINX, else /usr/sbin/nginx, else `nginx` from PATH. */
export function nginxBin(): string {
  const env = process.env['NGINX'];
  if (env) return env;
  return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
}

/** Directory of dynamic modules: $NGINX_MODULES_DIR, else Debian's /usr/lib/nginx/modules. */
export function nginxModulesDir(): string {
  return process.env['NGINX_MODULES_DIR'] ?? '/usr/lib/nginx/modules';
}

const MODULE_FILES: Record<NginxModule, string[]> = {
  lua: ['ndk_http_module.so', 'ngx_http_lua_module.so'],
  'headers-more': ['ngx_http_headers_more_filter_module.so'],
};

/** The `load_module` lines for these modules (deduplicated, in dependency order). */
export function loadModuleLines(modules: readonly NginxModule[]): string {
  const files: string[] = [];
  for (const m of modules) for (const f of MODULE_FILES[m]) if (!files.includes(f)) files.push(f);
  return files.map((f) => `load_module ${path.join(nginxModulesDir(), f)};`).join('\n');
}

let versionCache: string | null | undefined;
/** `nginx -v` output (e.g. "nginx/1.22.1"), or null when the binary cannot be run. */
export function nginxVersion(): string | null {
  if (versionCache !== undefined) return versionCache;
  const r = spawnSync(nginxBin(), ['-v'], { encoding: 'utf8', timeout: 5000 });
  const m = /nginx\/(\S+)/.exec(`${r.stderr ?? ''}${r.stdout ?? ''}`);
  versionCache = r.status === 0 && m ? `nginx/${m[1]}` : null;
  return versionCache;
}

/** True when the nginx binary runs (`nginx -v` exits 0). */
export function nginxAvailable(): boolean {
  return nginxVersion() !== null;
}

/** True when the module files for `m` exist in nginxModulesDir(). */
export function moduleAvailable(m: NginxModule): boolean {
  return MODULE_FILES[m].every((f) => {
    try { accessSync(path.join(nginxModulesDir(), f), fsConstants.R_OK); return true; } catch { return false; }
  });
}

/** Why e2e tests cannot run here (nginx or a requested module missing), or null when they can. No side effects. */
export function nginxSkipReason(modules: readonly NginxModule[] = []): string | null {
  if (!nginxAvailable()) return `nginx not runnable (${nginxBin()}; set NGINX=/path/to/nginx)`;
  const missing = modules.filter((m) => !moduleAvailable(m));
  if (missing.length) return `nginx module(s) ${missing.join(', ')} not found in ${nginxModulesDir()} (set NGINX_MODULES_DIR)`;
  return null;
}

/**
 * `describe` that needs nginx (and optional modules). Missing prerequisites: skipped with a console.warn,
 * except under CI=true, where the suite gets one failing test carrying the reason.
 */
export function describeNginx(name: string, fn: () => void, opts: { modules?: readonly NginxModule[] } = {}): void {
  const reason = nginxSkipReason(opts.modules ?? []);
  if (reason === null) { describe(name, fn); return; }
  if (process.env['CI'] === 'true') {
    describe(name, () => {
      it('has its prerequisites (CI=true never skips e2e tests)', () => { throw new Error(`${reason}, but CI=true`); });
    });
    return;
  }
  console.warn(`[skip] ${name}: ${reason}`);
  describe.skip(name, fn);
}

// ---------------------------------------------------------------------------------------------------------------
// nginx: configuration

export interface ConfParts {
  /** Main-context text (e.g. `load_module`, `worker_processes`); `pid`, `daemon` and `error_log` are set by the harness. */
  main?: string;
  /** Extra text inside `events {}`. */
  events?: string;
  /** Extra http-level text (maps, caches, lua_* settings, upstreams). */
  http?: string;
  /** server{} blocks (see serverBlock). */
  servers?: string | readonly string[];
}

/**
 * A complete nginx.conf that never touches /var: `access_log off`, every temp path relative to the -p prefix,
 * one worker. Placeholders ({{PORT}}, {{BACKEND}}, ...) are left for startNginx/nginxTest.
 */
export function nginxConf(parts: ConfParts = {}): string {
  const main = parts.main ?? '';
  const events = parts.events ?? '';
  const servers = typeof parts.servers === 'string' ? [parts.servers] : [...(parts.servers ?? [])];
  return [
    '# generated by test/e2e/harness.ts (paths are relative to the -p prefix)',
    main,
    /(^|[;\s])worker_processes\s/.test(main) ? '' : 'worker_processes 1;',
    `events {\n    ${/worker_connections\s/.test(events) ? '' : 'worker_connections 256;'}\n    ${events}\n}`,
    'http {',
    '    access_log off;',
    '    default_type application/octet-stream;',
    '    client_body_temp_path client_body_temp;',
    '    proxy_temp_path proxy_temp;',
    '    fastcgi_temp_path fastcgi_temp;',
    '    uwsgi_temp_path uwsgi_temp;',
    '    scgi_temp_path scgi_temp;',
    `    ${parts.http ?? ''}`,
    ...servers.map((s) => `    ${s}`),
    '}',
    '',
  ].join('\n');
}

/** `server { listen 127.0.0.1:{{PORT}}; <body> }`; `portVar` names another port placeholder, e.g. 'PORT_INNER'. */
export function serverBlock(body: string, portVar = 'PORT'): string {
  return `server {\n        listen ${LOOPBACK}:{{${portVar}}};\n        ${body}\n    }`;
}

interface Prepared {
  text: string;
  ports: Record<string, number>;
}

const PLACEHOLDER = /\{\{([A-Z][A-Z0-9_]*)\}\}/g;

/**
 * Substitutes placeholders: {{PORT}} and any {{PORT_<NAME>}} get fresh free loopback ports, {{BACKEND}} the
 * backend URL, {{BACKEND_PORT}} its port, {{PREFIX}} the prefix dir, anything else from opts.vars.
 * Unknown placeholders are an error.
 */
async function prepareConf(confText: string, prefix: string, opts: NginxOptions): Promise<Prepared> {
  const vars: Record<string, string> = { PREFIX: prefix };
  if (opts.backend !== undefined) {
    const url = typeof opts.backend === 'string' ? opts.backend : opts.backend.url;
    vars['BACKEND'] = url.replace(/\/+$/, '');
    vars['BACKEND_PORT'] = new URL(url).port;
  }
  for (const [k, v] of Object.entries(opts.vars ?? {})) vars[k] = String(v);
  const ports: Record<string, number> = {};
  const names = new Set([...confText.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''));
  for (const name of names) {
    if ((name === 'PORT' || name.startsWith('PORT_')) && !(name in vars)) {
      const p = await freePort();
      ports[name] = p;
      vars[name] = String(p);
    }
  }
  const unknown = [...names].filter((n) => !(n in vars));
  if (unknown.length) throw new Error(`nginx config: unknown placeholder(s) ${unknown.map((n) => `{{${n}}}`).join(', ')}`);
  let text = confText.replace(PLACEHOLDER, (_, n: string) => vars[n] ?? '');
  const modules = opts.modules ?? [];
  if (modules.length) text = `${loadModuleLines(modules)}\n${text}`;
  return { text, ports };
}

/**
 * Refuses configs that could bind a non-loopback address: every `listen` must name 127.x.x.x, [::1] or unix:,
 * and every http server{} block must have a `listen` (nginx's default is *:80 / *:8000). Also refuses a
 * main-level `pid` or `daemon`, which the harness sets on the command line.
 */
export function checkLoopbackOnly(conf: string): void {
  const problems: string[] = [];
  type Frame = { name: string; hasListen: boolean };
  const stack: Frame[] = [];
  let words: string[] = [];
  let word = '';
  const endWord = () => { if (word) { words.push(word); word = ''; } };
  const directive = () => {
    endWord();
    const [name, first] = words;
    if (name === 'listen') {
      const top = stack[stack.length - 1];
      if (top) top.hasListen = true;
      const a = first ?? '';
      if (!/^(127\.\d+\.\d+\.\d+:\d+|\[::1\]:\d+|unix:)/.test(a)) problems.push(`listen ${a}: not a loopback address`);
    }
    if ((name === 'pid' || name === 'daemon') && stack.length === 0) problems.push(`main-level "${name}" (the harness sets it with -g)`);
    words = [];
  };
  for (let i = 0; i < conf.length; i++) {
    const c = conf[i] ?? '';
    if (c === '#' && !word) { while (i < conf.length && conf[i] !== '\n') i++; continue; }
    if ((c === '"' || c === "'") && !word) {
      let j = i + 1;
      while (j < conf.length && conf[j] !== c) j += conf[j] === '\\' ? 2 : 1;
      word = conf.slice(i + 1, j);
      i = j;
      endWord();
      continue;
    }
    if (c === '{') {
      endWord();
      const name = words[0] ?? '';
      words = [];
      if (/_by_lua_block$|_lua_block$/.test(name)) {
        // Lua code: skip to the matching brace, honouring Lua strings, so '#' and quotes there do not confuse us.
        let depth = 1;
        let j = i + 1;
        while (j < conf.length && depth > 0) {
          const d = conf[j];
          if (d === '"' || d === "'") { const q = d; j++; while (j < conf.length && conf[j] !== q) j += conf[j] === '\\' ? 2 : 1; }
          else if (d === '{') depth++;
          else if (d === '}') depth--;
          j++;
        }
        i = j - 1;
        continue;
      }
      stack.push({ name, hasListen: false });
      continue;
    }
    if (c === '}') {
      endWord();
      words = [];
      const f = stack.pop();
      const parent = stack[stack.length - 1];
      if (f && f.name === 'server' && parent?.name === 'http' && !f.hasListen) problems.push('server{} block without "listen" (nginx would bind *:80)');
      continue;
    }
    if (c === ';') { directive(); continue; }
    if (/\s/.test(c)) { endWord(); continue; }
    word += c;
  }
  if (problems.length) throw new Error(`nginx config refused by the e2e harness:\n  ${problems.join('\n  ')}`);
}

// ---------------------------------------------------------------------------------------------------------------
// nginx: running

export interface NginxOptions {
  /** Fills {{BACKEND}} (URL without trailing slash) and {{BACKEND_PORT}}. */
  backend?: Backend | string;
  /** Extra placeholder values: {{NAME}} -> value. */
  vars?: Record<string, string | number>;
  /** Dynamic modules to load_module at the top of the config. */
  modules?: readonly NginxModule[];
  /** Give up waiting for the ports after this long (default 5000 ms). */
  startTimeoutMs?: number;
  /** SIGTERM grace period before SIGKILL in stop() (default 3000 ms). */
  stopTimeoutMs?: number;
  /** Keep the prefix dir after stop() (debugging). Also enabled by SSE_E2E_KEEP=1. */
  keepPrefix?: boolean;
}

export interface NginxInstance {
  /** The port that replaced {{PORT}} (or the first allocated port). */
  port: number;
  /** Every allocated port by placeholder name: { PORT: 40123, PORT_LUA: 40125 }. */
  ports: Record<string, number>;
  /** `http://127.0.0.1:<port>` */
  url: string;
  prefix: string;
  /** The config as written (placeholders substituted, load_module lines added). */
  conf: string;
  /** PID of the nginx master. */
  pid: number;
  /** The error log (info level); still readable after stop(). */
  errorLog(): string;
  stop(): Promise<void>;
}

function newPrefix(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sse-lint-e2e-'));
  // Workers run as `nobody` when the master is root: let them traverse to their temp dirs.
  if (process.getuid?.() === 0) chmodSync(dir, 0o755);
  return dir;
}

function readText(file: string): string {
  try { return readFileSync(file, 'utf8'); } catch { return ''; }
}

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

/** Linux: PIDs of the master's children (its workers), from /proc. Empty elsewhere. */
function childPids(pid: number): number[] {
  const out = new Set<number>();
  const txt = readText(`/proc/${pid}/task/${pid}/children`);
  for (const s of txt.split(/\s+/)) if (/^\d+$/.test(s)) out.add(Number(s));
  return [...out];
}

/** Only kill a remembered worker PID while it still is an nginx process (PIDs get reused). */
function isNginxProcess(pid: number): boolean {
  if (!existsSync('/proc/self')) return true; // no /proc: trust the remembered PID
  return readText(`/proc/${pid}/cmdline`).includes('nginx');
}

/** Linux only: "addr:port" of every listening TCP socket held by `pid`; null when /proc is unavailable. */
function listeningAddresses(pid: number): string[] | null {
  let fds: string[];
  try { fds = readdirSync(`/proc/${pid}/fd`); } catch { return null; }
  const inodes = new Set<string>();
  for (const fd of fds) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m?.[1]) inodes.add(m[1]);
    } catch { /* fd closed meanwhile */ }
  }
  const out: string[] = [];
  for (const [file, v6] of [['/proc/net/tcp', false], ['/proc/net/tcp6', true]] as const) {
    for (const line of readText(file).split('\n').slice(1)) {
      const f = line.trim().split(/\s+/);
      const local = f[1];
      if (!local || f[3] !== '0A' || !inodes.has(f[9] ?? '')) continue;
      const [hex = '', portHex = '0'] = local.split(':');
      const port = parseInt(portHex, 16);
      if (!v6) {
        const b = Buffer.from(hex, 'hex');
        out.push(`${b[3]}.${b[2]}.${b[1]}.${b[0]}:${port}`);
      } else {
        out.push(`${hex === '00000000000000000000000001000000' ? '[::1]' : `[${hex}]`}:${port}`);
      }
    }
  }
  return out;
}

function isLoopbackAddr(a: string): boolean {
  return a.startsWith('127.') || a.startsWith('[::1]') || a.startsWith('[0000000000000000FFFF00000100007F]');
}

/**
 * Writes the config into a fresh temp prefix, substitutes placeholders, starts nginx in the foreground
 * (`-p <prefix> -c nginx.conf -e <prefix>/error.log -g 'daemon off; pid ...; error_log ... info;'`) and waits
 * until every allocated port accepts connections. Throws (with the error log) if nginx exits or the ports
 * stay closed for opts.startTimeoutMs. Retries twice with new ports when a port was taken meanwhile.
 */
export async function startNginx(confText: string, opts: NginxOptions = {}): Promise<NginxInstance> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startNginxOnce(confText, opts);
    } catch (e) {
      lastError = e;
      if (!(e instanceof Error && /Address already in use/.test(e.message))) throw e;
    }
  }
  throw lastError;
}

async function startNginxOnce(confText: string, opts: NginxOptions): Promise<NginxInstance> {
  const prefix = newPrefix();
  const keep = opts.keepPrefix ?? process.env['SSE_E2E_KEEP'] === '1';
  const cleanupDir = () => { if (!keep) rmSync(prefix, { recursive: true, force: true }); };
  let handleRef: Stoppable | undefined;
  try {
    const { text, ports } = await prepareConf(confText, prefix, opts);
    checkLoopbackOnly(text);
    const portList = Object.values(ports);
    if (portList.length === 0) throw new Error('nginx config has no {{PORT}} placeholder to listen on');
    const confPath = path.join(prefix, 'nginx.conf');
    const errorLogPath = path.join(prefix, 'error.log');
    writeFileSync(confPath, text);

    const proc = spawn(nginxBin(), [
      '-p', `${prefix}/`, '-c', confPath, '-e', errorLogPath,
      '-g', `daemon off; pid ${path.join(prefix, 'nginx.pid')}; error_log ${errorLogPath} info;`,
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr?.setEncoding('utf8');
    proc.stderr?.on('data', (d: string) => { if (stderr.length < 65_536) stderr += d; });
    let exited = false;
    const exitP = new Promise<void>((resolve) => proc.once('exit', () => { exited = true; resolve(); }));
    proc.once('error', (e) => { stderr += `spawn error: ${e.message}\n`; exited = true; });
    const pid = proc.pid;
    if (pid === undefined) throw new Error(`could not start ${nginxBin()}: ${stderr}`);

    const workers = new Set<number>();
    const rememberWorkers = (log: string) => {
      for (const w of childPids(pid)) workers.add(w);
      for (const m of log.matchAll(/start worker process (\d+)/g)) workers.add(Number(m[1]));
    };
    let finalLog: string | null = null;
    const errorLog = () => finalLog ?? readText(errorLogPath);
    const stopTimeout = opts.stopTimeoutMs ?? 3000;

    let stopped: Promise<void> | null = null;
    const handle: Stoppable = {
      stop: () => {
        stopped ??= (async () => {
          rememberWorkers(readText(errorLogPath));
          if (!exited) {
            try { process.kill(pid, 'SIGTERM'); } catch { /* already gone */ }
            await Promise.race([exitP, sleep(stopTimeout)]);
            if (!exited) {
              try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
              await Promise.race([exitP, sleep(1000)]);
            }
          }
          // Workers normally exit with the master; kill any straggler by PID (bounded wait first).
          const deadline = Date.now() + 1000;
          while ([...workers].some(alive) && Date.now() < deadline) await sleep(25);
          for (const w of workers) if (alive(w) && isNginxProcess(w)) { try { process.kill(w, 'SIGKILL'); } catch { /* gone */ } }
          finalLog = readText(errorLogPath);
          cleanupDir();
          running.delete(handle);
        })();
        return stopped;
      },
      killNow: () => {
        for (const p of [pid, ...workers, ...childPids(pid)]) { try { process.kill(p, 'SIGKILL'); } catch { /* gone */ } }
        cleanupDir();
      },
    };
    register(handle);
    handleRef = handle;

    const startTimeout = opts.startTimeoutMs ?? 5000;
    const deadline = Date.now() + startTimeout;
    for (const p of portList) {
      const ok = await waitForPort(p, Math.max(0, deadline - Date.now()), () => exited);
      if (!ok) {
        const why = exited ? `nginx exited (code ${proc.exitCode})` : `port ${p} not accepting after ${startTimeout} ms`;
        const log = readText(errorLogPath);
        await handle.stop();
        throw new Error(`startNginx: ${why}\n--- error.log ---\n${log}\n--- stderr ---\n${stderr}\n--- nginx.conf ---\n${text}`);
      }
    }
    rememberWorkers(readText(errorLogPath));

    const listening = listeningAddresses(pid);
    const bad = (listening ?? []).filter((a) => !isLoopbackAddr(a));
    if (bad.length) {
      await handle.stop();
      throw new Error(`startNginx: nginx listened on non-loopback ${bad.join(', ')}; stopped it`);
    }

    const port = ports['PORT'] ?? portList[0] ?? 0;
    return { port, ports, url: `http://${LOOPBACK}:${port}`, prefix, conf: text, pid, errorLog, stop: handle.stop };
  } catch (e) {
    if (handleRef) await handleRef.stop(); else cleanupDir();
    throw e;
  }
}

/** Runs `nginx -t` on the config with the same prefix/placeholder handling; never binds a port. */
export async function nginxTest(confText: string, opts: Pick<NginxOptions, 'backend' | 'vars' | 'modules'> = {}): Promise<{ ok: boolean; output: string }> {
  const prefix = newPrefix();
  try {
    const { text } = await prepareConf(confText, prefix, opts);
    const confPath = path.join(prefix, 'nginx.conf');
    writeFileSync(confPath, text);
    return await new Promise((resolve) => {
      const proc = spawn(nginxBin(), ['-t', '-p', `${prefix}/`, '-c', confPath, '-e', 'stderr', '-g', `pid ${path.join(prefix, 'nginx.pid')};`], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      proc.stdout?.setEncoding('utf8');
      proc.stderr?.setEncoding('utf8');
      proc.stdout?.on('data', (d: string) => { output += d; });
      proc.stderr?.on('data', (d: string) => { output += d; });
      const guard = setTimeout(() => { try { if (proc.pid) process.kill(proc.pid, 'SIGKILL'); } catch { /* gone */ } }, 10_000);
      proc.once('error', (e) => { clearTimeout(guard); resolve({ ok: false, output: `${output}spawn error: ${e.message}` }); });
      proc.once('close', (code) => { clearTimeout(guard); resolve({ ok: code === 0, output: output.split(prefix + '/').join('').split(prefix).join('<prefix>') }); });
    });
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Client

export interface SseEvent {
  /** 0-based position in the stream as received. */
  index: number;
  /** ms since the request was started. */
  atMs: number;
  data: string;
  id?: string;
  event?: string;
  /** `n` from the backend's JSON payload, when present. */
  n?: number;
}

export type StreamOutcome =
  /** the body ended the way its framing says (terminating chunk, full Content-Length, or close for close-delimited) */
  | 'complete'
  /** the connection closed in the middle of the body (curl's exit 18) */
  | 'truncated'
  /** no response: connection refused/reset before headers */
  | 'error'
  /** the client's hard timeout fired */
  | 'timeout';

export interface StreamRecord {
  url: string;
  status: number | null;
  httpVersion: string | null;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  /** How the body is delimited: chunked, content-length or close (HTTP/1.0-style). */
  framing: 'chunked' | 'content-length' | 'close' | null;
  headersAtMs: number | null;
  firstByteAtMs: number | null;
  events: SseEvent[];
  /** SSE comment blocks (": ping"). */
  comments: number;
  /** Every body read: when and how many bytes. */
  chunks: { atMs: number; bytes: number }[];
  body: string;
  outcome: StreamOutcome;
  /** outcome === 'complete'. */
  endedCleanly: boolean;
  error: string | null;
  durationMs: number;
  /** The response's Content-Encoding (`gzip` when nginx compressed the stream). */
  contentEncoding: string | undefined;
  /** Body bytes as they came off the wire (before decompression). */
  wireBytes: number;
  /** With the `lockstep` option: both sides' record of the stream (see lockstep.ts). */
  lockstep?: LockstepStream;
}

export interface FetchStreamOptions {
  headers?: Record<string, string>;
  /**
   * Send `Accept-Encoding: gzip` and decompress as data arrives; events are stamped when the decompressor
   * emits them (nginx's Z_SYNC_FLUSH blocks come out at once).
   */
  gzip?: boolean;
  /** Hard limit for the whole exchange (default 15 000 ms); the request is destroyed when it fires. */
  timeoutMs?: number;
  /**
   * Pace the producer by this client: sends a new stream id in the X-Lockstep header and reports every event
   * to the gate as it is parsed (the k-th event received acknowledges event k, whatever its payload says).
   */
  lockstep?: Lockstep;
}

function parseBlock(block: string): { comment: boolean; ev: Omit<SseEvent, 'index' | 'atMs'> | null } {
  const data: string[] = [];
  let id: string | undefined;
  let event: string | undefined;
  let fields = 0;
  for (const line of block.split('\n')) {
    if (line.startsWith(':') || line === '') continue;
    const k = line.indexOf(':');
    const name = k < 0 ? line : line.slice(0, k);
    let value = k < 0 ? '' : line.slice(k + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    fields++;
    if (name === 'data') data.push(value);
    else if (name === 'id') id = value;
    else if (name === 'event') event = value;
  }
  if (fields === 0) return { comment: true, ev: null };
  const ev: Omit<SseEvent, 'index' | 'atMs'> = { data: data.join('\n') };
  if (id !== undefined) ev.id = id;
  if (event !== undefined) ev.event = event;
  try {
    const j: unknown = JSON.parse(ev.data);
    if (j && typeof j === 'object' && 'n' in j && typeof j.n === 'number') ev.n = j.n;
  } catch { /* not JSON */ }
  return { comment: false, ev };
}

/**
 * GETs `url` over HTTP/1.1 with node:http and records every SSE event's arrival time. Never rejects: failures
 * are in `outcome`/`error`. The promise settles at the latest after opts.timeoutMs (+ a few ms).
 */
export function fetchStream(url: string, opts: FetchStreamOptions = {}): Promise<StreamRecord> {
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  const rec: StreamRecord = {
    url, status: null, httpVersion: null, headers: {}, rawHeaders: [], framing: null,
    headersAtMs: null, firstByteAtMs: null, events: [], comments: 0, chunks: [], body: '',
    outcome: 'error', endedCleanly: false, error: null, durationMs: 0, contentEncoding: undefined, wireBytes: 0,
  };
  const gate = opts.lockstep;
  const sid = gate?.open();
  if (gate && sid) rec.lockstep = gate.stream(sid);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: StreamOutcome, error?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      rec.outcome = outcome;
      rec.endedCleanly = outcome === 'complete';
      if (error && !rec.error) rec.error = error;
      rec.durationMs = ms();
      resolve(rec);
    };
    let pending = '';
    const req = http.request(url, {
      method: 'GET', agent: false,
      headers: {
        Accept: 'text/event-stream', ...(opts.gzip ? { 'Accept-Encoding': 'gzip' } : {}), ...(sid ? { [LOCKSTEP_HEADER]: sid } : {}), ...opts.headers,
      },
    }, (res) => {
      rec.status = res.statusCode ?? null;
      rec.httpVersion = res.httpVersion;
      rec.headers = res.headers;
      rec.rawHeaders = res.rawHeaders;
      rec.headersAtMs = ms();
      rec.contentEncoding = res.headers['content-encoding'];
      rec.framing = /chunked/i.test(res.headers['transfer-encoding'] ?? '') ? 'chunked'
        : res.headers['content-length'] !== undefined ? 'content-length' : 'close';
      res.on('data', (b: Buffer) => { rec.wireBytes += b.length; });
      const body = opts.gzip && rec.contentEncoding === 'gzip'
        ? res.pipe(zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH }))
        : res;
      body.on('data', (b: Buffer) => {
        const chunk = b.toString('utf8');
        const at = ms();
        rec.firstByteAtMs ??= at;
        rec.chunks.push({ atMs: at, bytes: b.length });
        if (rec.body.length < 1_000_000) rec.body += chunk;
        pending += chunk.replace(/\r\n?/g, '\n');
        let k: number;
        while ((k = pending.indexOf('\n\n')) >= 0) {
          const block = pending.slice(0, k);
          pending = pending.slice(k + 2);
          const { comment, ev } = parseBlock(block);
          if (comment) rec.comments++;
          else if (ev) {
            rec.events.push({ index: rec.events.length, atMs: at, ...ev });
            if (gate && sid) gate.seen(sid, rec.events.length);
          }
        }
      });
      if (body !== res) body.on('error', (e: Error) => settle('truncated', e.message));
      res.on('aborted', () => { rec.error ??= 'aborted: connection closed before the end of the body'; });
      res.on('error', (e) => { rec.error ??= e.message; });
      res.on('end', () => settle(res.complete ? 'complete' : 'truncated'));
      res.on('close', () => settle(res.complete ? 'complete' : 'truncated'));
    });
    req.on('error', (e) => settle(rec.status === null ? 'error' : 'truncated', e.message));
    const timeoutMs = opts.timeoutMs ?? 15_000;
    const guard = setTimeout(() => {
      rec.error ??= `client timeout after ${timeoutMs} ms`;
      settle('timeout');
      req.destroy();
    }, timeoutMs);
    req.end();
  });
}

export interface SimpleResponse {
  status: number;
  httpVersion: string;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  body: string;
}

/** A plain HTTP/1.1 request (default GET) with a hard timeout (default 10 000 ms); rejects on network errors. */
export function request(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {}): Promise<SimpleResponse> {
  return new Promise((resolve, reject) => {
    const timeoutMs = opts.timeoutMs ?? 10_000;
    const req = http.request(url, { method: opts.method ?? 'GET', agent: false, headers: opts.headers ?? {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => { body += d; });
      res.on('end', () => {
        clearTimeout(guard);
        resolve({ status: res.statusCode ?? 0, httpVersion: res.httpVersion, headers: res.headers, rawHeaders: res.rawHeaders, body });
      });
      res.on('error', (e) => { clearTimeout(guard); reject(e); });
    });
    const guard = setTimeout(() => req.destroy(new Error(`request timeout after ${timeoutMs} ms: ${url}`)), timeoutMs);
    req.on('error', (e) => { clearTimeout(guard); reject(e); });
    req.end(opts.body);
  });
}

/** Values of header `name` (case-insensitive) in a raw [name, value, name, value, ...] list, duplicates kept. */
export function rawHeaderValues(raw: readonly string[], name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) if (raw[i]?.toLowerCase() === name.toLowerCase()) out.push(raw[i + 1] ?? '');
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Summaries (the verdicts on streams are in lockstep.ts)

export interface StreamSummary {
  status: number | null;
  events: number;
  firstMs: number | null;
  lastMs: number | null;
  /** lastMs - firstMs */
  spreadMs: number;
  /** Groups of events separated by more than burstGapMs of silence. */
  bursts: number;
  outcome: StreamOutcome;
  durationMs: number;
}

/** Condensed numbers for logs and assertions. */
export function summarize(r: StreamRecord, burstGapMs = 50): StreamSummary {
  const ev = r.events;
  let bursts = 0;
  let prev = -Infinity;
  for (const e of ev) { if (e.atMs - prev > burstGapMs) bursts++; prev = e.atMs; }
  const firstMs = ev[0]?.atMs ?? null;
  const lastMs = ev[ev.length - 1]?.atMs ?? null;
  return {
    status: r.status, events: ev.length, firstMs, lastMs,
    spreadMs: firstMs !== null && lastMs !== null ? lastMs - firstMs : 0,
    bursts, outcome: r.outcome, durationMs: r.durationMs,
  };
}
