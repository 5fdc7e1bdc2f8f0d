// Headless Chromium for the browser proofs, driven over the Chrome DevTools Protocol on a pipe (--remote-debugging-pipe:
// the browser reads NUL-terminated JSON commands on fd 3 and writes replies and events on fd 4), so no port is opened
// and no npm package is needed. The browser runs with a throwaway profile and is stopped by its PID (and the PIDs of
// its child processes), also when the test process exits early.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants as fsConstants, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { describe, it } from 'vitest';
import { nginxSkipReason } from '../e2e/harness.js';
import { throwawayCert } from '../e2e/nginx-t-kit.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The Chromium binary: $CHROMIUM, else Debian's /usr/bin/chromium, else `chromium` from PATH. */
export function chromiumBin(): string {
  const env = process.env['CHROMIUM'];
  if (env) return env;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    try { accessSync(p, fsConstants.X_OK); return p; } catch { /* next */ }
  }
  return 'chromium';
}

/** Why the browser proofs cannot run here (Chromium, openssl or nginx missing), or null. */
export function browserSkipReason(): string | null {
  const v = spawnSync(chromiumBin(), ['--version'], { encoding: 'utf8', timeout: 20_000 });
  if (v.status !== 0 || !/Chrom/.test(v.stdout ?? '')) return `Chromium not runnable (${chromiumBin()}; set CHROMIUM=/path/to/chromium, or apt-get install chromium)`;
  const o = spawnSync('openssl', ['version'], { encoding: 'utf8', timeout: 10_000 });
  if (o.status !== 0) return 'openssl not runnable (needed for the throwaway TLS certificate)';
  return nginxSkipReason();
}

/** The browser's version line (`Chromium 156.0.8078.114 ...`), for reports. */
export function chromiumVersion(): string {
  return (spawnSync(chromiumBin(), ['--version'], { encoding: 'utf8', timeout: 20_000 }).stdout ?? '').trim();
}

/**
 * `describe` that needs Chromium, openssl and nginx. Missing ones: skipped with the reason printed, except under
 * CI=true, where the suite gets one failing test carrying the reason (CI installs them and never skips).
 */
export function describeBrowser(name: string, fn: () => void): void {
  const reason = browserSkipReason();
  if (reason === null) { describe(name, fn); return; }
  if (process.env['CI'] === 'true') {
    describe(name, () => {
      it('has its prerequisites (CI=true never skips browser proofs)', () => { throw new Error(`${reason}, but CI=true`); });
    });
    return;
  }
  console.warn(`[skip] ${name}: ${reason}`);
  describe.skip(name, fn);
}

// ---------------------------------------------------------------------------------------------------------------
// Throwaway certificate

export interface Certificate {
  cert: string;
  key: string;
  /** base64 SHA-256 of the public key, for --ignore-certificate-errors-spki-list. */
  spki: string;
}

/**
 * The e2e kit's throwaway self-signed pair (removed by its cleanupCerts()) and the hash Chromium is told to
 * accept it by: the browser then ignores this certificate's errors (unknown issuer, name) and no other's.
 */
export function makeCertificate(): Certificate {
  const pair = throwawayCert();
  if (!pair) throw new Error('openssl could not make a throwaway certificate');
  const run = (args: string[], input?: Buffer): Buffer => {
    const r = spawnSync('openssl', args, { input, timeout: 30_000 });
    if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr?.toString() ?? ''}`);
    return r.stdout;
  };
  const pub = run(['x509', '-in', pair.cert, '-pubkey', '-noout']);
  const der = run(['pkey', '-pubin', '-outform', 'der'], pub);
  return { ...pair, spki: run(['dgst', '-sha256', '-binary'], der).toString('base64') };
}

// ---------------------------------------------------------------------------------------------------------------
// The browser and its pages

interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

/** One tab, attached with its own session. */
export interface Page {
  /** Sends a command to this tab (with a 15 s limit). */
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Evaluates an expression in the page (promises awaited) and returns its JSON value; throws the page's exception. */
  evaluate<T>(expression: string): Promise<T>;
  /** Navigates and waits for the load event; throws when the navigation fails (e.g. a certificate error). */
  goto(url: string): Promise<void>;
  /** Every event of this tab so far, in order (Network.* once `Network.enable` was sent). */
  events: { method: string; params: Record<string, unknown> }[];
}

export interface Browser {
  pid: number;
  newPage(): Promise<Page>;
  /** Browser.close, then SIGKILL by PID if needed; removes the profile. Idempotent. */
  stop(): Promise<void>;
}

const running = new Set<Browser & { killNow(): void }>();
let exitHook = false;

/** Stops every browser started here that is still running (afterAll). */
export async function stopBrowsers(): Promise<void> {
  await Promise.allSettled([...running].map((b) => b.stop()));
}

/** Linux: the PIDs of a process's descendants, from /proc (empty elsewhere). */
function descendants(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number): void => {
    let kids = '';
    try {
      for (const t of readdirSync(`/proc/${p}/task`)) kids += ` ${readFileSync(`/proc/${p}/task/${t}/children`, 'utf8')}`;
    } catch { return; }
    for (const k of kids.split(/\s+/).filter((s) => /^\d+$/.test(s)).map(Number)) {
      if (!out.includes(k)) { out.push(k); walk(k); }
    }
  };
  walk(pid);
  return out;
}

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}

/**
 * Starts headless Chromium on a throwaway profile. `trustSpki` lists public-key hashes whose certificates are
 * accepted although no CA signed them (our throwaway certificate only).
 */
export async function launchChromium(opts: { trustSpki?: string[] } = {}): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'sse-lint-chromium-'));
  const args = [
    '--headless',
    // Root in a CI container has no user namespaces for the sandbox; the pages are our own loopback servers.
    '--no-sandbox',
    '--remote-debugging-pipe',
    `--user-data-dir=${profile}`,
    '--no-first-run', '--no-default-browser-check', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions',
    '--disable-domain-reliability', '--no-pings', '--metrics-recording-only', '--mute-audio',
    ...(opts.trustSpki?.length ? [`--ignore-certificate-errors-spki-list=${opts.trustSpki.join(',')}`] : []),
    'about:blank',
  ];
  const proc: ChildProcess = spawn(chromiumBin(), args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  const pid = proc.pid;
  if (pid === undefined) throw new Error(`could not start ${chromiumBin()}`);
  let stderr = '';
  proc.stderr?.setEncoding('utf8');
  proc.stderr?.on('data', (d: string) => { stderr = (stderr + d).slice(-16_384); });
  let exited = false;
  const exitP = new Promise<void>((resolve) => proc.once('exit', () => { exited = true; resolve(); }));
  const toBrowser = proc.stdio[3] as Writable;
  const fromBrowser = proc.stdio[4] as Readable;

  let nextId = 0;
  const pending = new Map<number, { resolve: (m: CdpMessage) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  const sessions = new Map<string, Page>();
  let buf = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (d: string) => {
    buf += d;
    let k: number;
    while ((k = buf.indexOf('\0')) >= 0) {
      const msg = JSON.parse(buf.slice(0, k)) as CdpMessage;
      buf = buf.slice(k + 1);
      if (msg.id !== undefined) {
        const p = pending.get(msg.id);
        if (!p) continue;
        pending.delete(msg.id);
        clearTimeout(p.timer);
        if (msg.error) p.reject(new Error(`CDP: ${msg.error.message}`)); else p.resolve(msg);
      } else if (msg.method && msg.sessionId) {
        sessions.get(msg.sessionId)?.events.push({ method: msg.method, params: msg.params ?? {} });
        for (const w of waiters.filter((x) => x.sessionId === msg.sessionId && x.method === msg.method)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(msg.params ?? {}); }
      }
    }
  });
  fromBrowser.on('error', () => { /* browser gone; pending commands time out */ });
  toBrowser.on('error', () => { /* browser gone */ });
  const waiters: { sessionId: string; method: string; resolve: (p: Record<string, unknown>) => void }[] = [];

  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      if (exited) { reject(new Error(`chromium exited; cannot send ${method}\n${stderr}`)); return; }
      const id = ++nextId;
      const timer = setTimeout(() => { pending.delete(id); reject(new Error(`CDP ${method}: no answer within 15 s`)); }, 15_000);
      pending.set(id, { resolve: (m) => resolve(m.result ?? {}), reject, timer });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });

  let stopped: Promise<void> | null = null;
  const killNow = (): void => {
    for (const p of [...descendants(pid), pid]) { try { process.kill(p, 'SIGKILL'); } catch { /* gone */ } }
    rmSync(profile, { recursive: true, force: true });
  };
  const browser: Browser & { killNow(): void } = {
    pid,
    killNow,
    async newPage() {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      const sid = String(sessionId);
      const page: Page = {
        events: [],
        send: (method, params) => send(method, params, sid),
        async evaluate<T>(expression: string): Promise<T> {
          const r = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sid);
          const ex = r['exceptionDetails'] as { exception?: { description?: string }; text?: string } | undefined;
          if (ex) throw new Error(`page: ${ex.exception?.description ?? ex.text ?? 'exception'}`);
          return (r['result'] as { value: T }).value;
        },
        async goto(url: string): Promise<void> {
          await send('Page.enable', {}, sid);
          const loaded = new Promise<Record<string, unknown>>((resolve) => waiters.push({ sessionId: sid, method: 'Page.loadEventFired', resolve }));
          const nav = await send('Page.navigate', { url }, sid);
          if (nav['errorText']) throw new Error(`navigating to ${url}: ${String(nav['errorText'])}`);
          await Promise.race([loaded, sleep(15_000).then(() => { throw new Error(`no load event for ${url} within 15 s`); })]);
        },
      };
      sessions.set(sid, page);
      return page;
    },
    stop() {
      stopped ??= (async () => {
        const kids = descendants(pid);
        if (!exited) {
          await Promise.race([send('Browser.close').catch(() => undefined), sleep(3000)]);
          await Promise.race([exitP, sleep(3000)]);
          if (!exited) { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } await Promise.race([exitP, sleep(1000)]); }
        }
        for (const p of [...kids, ...descendants(pid)]) if (alive(p)) { try { process.kill(p, 'SIGKILL'); } catch { /* gone */ } }
        for (const p of pending.values()) clearTimeout(p.timer);
        rmSync(profile, { recursive: true, force: true });
        running.delete(browser);
      })();
      return stopped;
    },
  };
  running.add(browser);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => { for (const b of running) b.killNow(); });
  }
  try {
    await send('Browser.getVersion');
  } catch (e) {
    await browser.stop();
    throw new Error(`chromium did not answer on the DevTools pipe: ${(e as Error).message}\n${stderr}`);
  }
  return browser;
}
