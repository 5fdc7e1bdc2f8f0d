// Browser proofs with headless Chromium against real nginx on loopback: a credentialed cross-origin EventSource fails
// on `Access-Control-Allow-Origin *` + `Access-Control-Allow-Credentials true` and works with the allow-list map from
// cors-credentials-wildcard's docs; the seventh EventSource to one HTTP/1.1 host stalls until another closes, and
// after http1-connection-limit's fix (HTTP/2 over TLS with a throwaway certificate) all seven open.
// Run with `npm run test:browser` (CI does, after `npm test`).
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { nginxConf, serverBlock, ssePath, startBackend, stopAll, type Backend, type BackendRequestRecord, type NginxInstance } from '../e2e/harness.js';
import {
  cleanupMaterialized, cliFix, expectFinding, expectNginxAccepts, findingsOf, lineDiff, lintFile, materialize, note, printMeasured, withNginx,
} from '../e2e/scenario-kit.js';
import { cleanupCerts } from '../e2e/nginx-t-kit.js';
import { chromiumVersion, describeBrowser, launchChromium, makeCertificate, stopBrowsers, type Browser, type Certificate, type Page } from './chromium.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long the seventh EventSource is watched before its state is read. */
const WATCH_MS = 3000;

afterAll(async () => {
  await stopBrowsers();
  await stopAll();
  cleanupMaterialized();
  printMeasured(`browser proofs (${chromiumVersion()})`);
});

interface Opened { opened: boolean; state: number; got: string[] }
interface Streams { open: number; states: number[]; messages: number[] }

/** Polls an async condition every 50 ms; a liveness bound only (rejects after timeoutMs). */
async function until(cond: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms waiting until ${what}`);
    await sleep(50);
  }
}

describeBrowser('browser proofs: EventSource in Chromium through nginx', () => {
  let backend: Backend;
  let browser: Browser;
  let cert: Certificate;
  beforeAll(async () => {
    backend = await startBackend();
    cert = makeCertificate();
    browser = await launchChromium({ trustSpki: [cert.spki] });
  });
  afterAll(async () => {
    await browser?.stop();
    cleanupCerts();
  });

  /** The backend's records of /sse requests made since `from`. */
  const sseRequests = (from: number): BackendRequestRecord[] => backend.requests.slice(from).filter((q) => q.url.startsWith('/sse'));

  // --- cors-credentials-wildcard
  /** Opens an EventSource in the page and waits for 3 messages (then closes it) or for its error event. */
  const open = (page: Page, url: string, withCredentials: boolean): Promise<Opened> => page.evaluate<Opened>(`new Promise((resolve) => {
    const es = new EventSource(${JSON.stringify(url)}, { withCredentials: ${withCredentials} });
    const got = [];
    let opened = false;
    es.onopen = () => { opened = true; };
    es.onmessage = (e) => { got.push(e.data); if (got.length === 3) { es.close(); resolve({ opened, state: es.readyState, got }); } };
    es.onerror = () => { const state = es.readyState; es.close(); resolve({ opened, state, got }); };
  })`);
  const corsErrors = (page: Page): string[] => page.events
    .filter((e) => e.method === 'Network.loadingFailed' && e.params['corsErrorStatus'])
    .map((e) => String((e.params['corsErrorStatus'] as { corsError: string }).corsError));

  it('cors-credentials-wildcard: a credentialed cross-origin EventSource fails on ACAO * + ACAC true; the allow-list map repair streams', async () => {
    const m = await materialize(nginxConf({
      servers: serverBlock(`
      server_name api.example.test;
      location /sse {
          proxy_pass {{BACKEND}};
          proxy_buffering off;
          add_header Access-Control-Allow-Origin * always;
          add_header Access-Control-Allow-Credentials true always;
      }`),
    }), { backend });
    expectFinding(m.file, 'cors-credentials-wildcard', { severity: 'error' });

    // The app page lives on another origin (the backend's port); its cookie is sent to every port of 127.0.0.1.
    const pageOrigin = backend.url;
    const page = await browser.newPage();
    await page.send('Network.enable');
    await page.goto(`${pageOrigin}/page`);
    await page.evaluate(`document.cookie = 'session=s3cret; path=/'`);
    const stream = (ngx: NginxInstance) => `${ngx.url}${ssePath({ events: 3, intervalMs: 0 })}`;

    const before = backend.requests.length;
    const [broken, anonymous] = await withNginx(m.text, m, async (ngx) => [await open(page, stream(ngx), true), await open(page, stream(ngx), false)] as const);
    // Credentials were sent and the backend answered; the browser refused the response.
    const [credentialed, plain] = sseRequests(before);
    expect(credentialed?.headers.cookie).toBe('session=s3cret');
    expect(credentialed?.headers.origin).toBe(pageOrigin);
    expect(broken).toEqual({ opened: false, state: 2, got: [] });
    expect(corsErrors(page)).toEqual(['WildcardOriginNotAllowed']);
    // Without credentials `*` is fine: the rule is about the pair.
    expect(plain?.headers.cookie).toBeUndefined();
    expect(anonymous.got).toEqual(['{"n":1}', '{"n":2}', '{"n":3}']);

    // No automatic fix; the repair its docs describe: reflect allow-listed origins through a map, and Vary: Origin.
    const none = await cliFix(m.file, ['cors-credentials-wildcard'], { unsafe: true });
    expect(none.after).toBe(none.before);
    const allowed = pageOrigin.replace(/[.:/]/g, (c) => (c === '.' ? '\\.' : c));
    const repaired = none.after
      .replace('    access_log off;', `    access_log off;\n    map $http_origin $cors_origin {\n        default "";\n        "~^${allowed}$" $http_origin;\n    }`)
      .replace('add_header Access-Control-Allow-Origin * always;', 'add_header Access-Control-Allow-Origin $cors_origin always;\n            add_header Vary Origin always;');
    expect(lineDiff(none.after, repaired).removed).toEqual(['add_header Access-Control-Allow-Origin * always;']);
    writeFileSync(m.file, repaired);
    expect(findingsOf(lintFile(m.file), 'cors-credentials-wildcard')).toEqual([]);
    await expectNginxAccepts(repaired, m);

    const before2 = backend.requests.length;
    const fixed = await withNginx(repaired, m, (ngx) => open(page, stream(ngx), true));
    expect(sseRequests(before2)[0]?.headers.cookie).toBe('session=s3cret');
    expect(fixed).toEqual({ opened: true, state: 2, got: ['{"n":1}', '{"n":2}', '{"n":3}'] });
    expect(corsErrors(page)).toEqual(['WildcardOriginNotAllowed']);
    note('cors-credentials-wildcard', `ACAO * + ACAC true: credentialed EventSource from ${pageOrigin}: error, readyState ${broken.state}, ${broken.got.length} events, Chromium CORS error ${corsErrors(page).join(', ')} (the backend got the cookie); without credentials: ${anonymous.got.length} events | map allow-list repair: opened, ${fixed.got.length} events`);
  });

  // --- http1-connection-limit
  /** Opens seven EventSources to /sse of the page's origin; each stream sends one event and then holds. */
  const openSeven = (page: Page): Promise<void> => page.evaluate(`(() => {
    window.streams = [];
    for (let i = 0; i < 7; i++) {
      const es = new EventSource('${ssePath({ events: 2, intervalMs: 0, holdAfter: 1 })}&i=' + i);
      const s = { es, messages: 0 };
      es.onmessage = () => { s.messages++; };
      window.streams.push(s);
    }
  })()`);
  const look = (page: Page): Promise<Streams> => page.evaluate<Streams>(`(() => {
    const states = window.streams.map((s) => s.es.readyState);
    return { open: states.filter((x) => x === 1).length, states, messages: window.streams.map((s) => s.messages) };
  })()`);
  const closeAll = (page: Page): Promise<void> => page.evaluate(`window.streams.forEach((s) => s.es.close())`);

  /** Loads the app page over TLS, opens seven streams, and watches them for WATCH_MS once six (or all seven) are open. */
  const watchSeven = async (ngx: NginxInstance, page: Page, expectAll: boolean) => {
    const origin = `https://127.0.0.1:${ngx.port}`;
    await page.goto(`${origin}/`);
    const protocol = await page.evaluate<string>(`performance.getEntriesByType('navigation')[0].nextHopProtocol`);
    const from = backend.requests.length;
    const t0 = Date.now();
    await openSeven(page);
    const want = expectAll ? 7 : 6;
    await until(async () => (await look(page)).open >= want && sseRequests(from).length >= want, `${want} EventSources are open`);
    const openMs = Date.now() - t0;
    await sleep(WATCH_MS);
    const watched = await look(page);
    return { protocol, from, openMs, watched, requests: sseRequests(from).length };
  };

  it('http1-connection-limit: over HTTP/1.1 (TLS) the seventh EventSource stalls until another closes; after the fix (http2) all seven open', async () => {
    const m = await materialize(nginxConf({
      servers: `server {
      listen 127.0.0.1:{{PORT}} ssl;
      server_name app.example.test;
      ssl_certificate {{CERT}};
      ssl_certificate_key {{KEY}};
      location = / {
          default_type text/html;
          return 200 "<!doctype html><title>app</title>";
      }
      location /sse {
          proxy_pass {{BACKEND}};
          proxy_buffering off;
          proxy_http_version 1.1;
          proxy_set_header Connection "";
      }
  }`,
    }), { backend, vars: { CERT: cert.cert, KEY: cert.key } });
    expectFinding(m.file, 'http1-connection-limit', { severity: 'warning', message: /without HTTP\/2/ });
    const page = await browser.newPage();

    const h1 = await withNginx(m.text, m, async (ngx) => {
      const seen = await watchSeven(ngx, page, false);
      // Close the first stream: only then does the seventh get a connection and reach nginx and the backend.
      const closedAt = Date.now();
      await page.evaluate(`window.streams[0].es.close()`);
      await until(async () => (await look(page)).states[6] === 1, 'the seventh EventSource opens');
      const seventh = sseRequests(seen.from)[6];
      const after = await look(page);
      await closeAll(page);
      backend.release();
      return { ...seen, closedAt, seventh, after, reopenMs: Date.now() - closedAt };
    });
    expect(h1.protocol).toBe('http/1.1');
    expect(h1.watched.states, `after ${WATCH_MS} ms`).toEqual([1, 1, 1, 1, 1, 1, 0]);
    expect(h1.watched.messages).toEqual([1, 1, 1, 1, 1, 1, 0]);
    expect(h1.requests, 'the seventh request never left the browser').toBe(6);
    expect(h1.seventh?.receivedAt ?? 0).toBeGreaterThanOrEqual(h1.closedAt);
    expect(h1.after.states.slice(1)).toEqual([1, 1, 1, 1, 1, 1]);

    const fix = await cliFix(m.file, ['http1-connection-limit']);
    expect(lineDiff(fix.before, fix.after).added).toEqual([expect.stringMatching(/^listen 127\.0\.0\.1:\d+ ssl http2;$/)]);
    expect(findingsOf(lintFile(m.file), 'http1-connection-limit')).toEqual([]);
    await expectNginxAccepts(fix.after, m);
    const h2 = await withNginx(fix.after, m, async (ngx) => {
      const seen = await watchSeven(ngx, page, true);
      await closeAll(page);
      backend.release();
      return seen;
    });
    expect(h2.protocol).toBe('h2');
    expect(h2.watched.states, `after ${WATCH_MS} ms`).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(h2.watched.messages).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(h2.requests).toBe(7);
    note('http1-connection-limit', `listen ... ssl (HTTP/1.1): 6 EventSources open in ${h1.openMs} ms; after ${WATCH_MS} ms the seventh is ${['CONNECTING', 'OPEN', 'CLOSED'][h1.watched.states[6] ?? 2]} and the backend has seen ${h1.requests} streams; it opens ${h1.reopenMs} ms after the first one is closed | fix (listen ... ssl http2, ${h2.protocol}): all 7 open in ${h2.openMs} ms, still ${h2.watched.open} open after ${WATCH_MS} ms, backend saw ${h2.requests}`);
  });
});
