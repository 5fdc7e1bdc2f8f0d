// Rule scenarios against real nginx, part 2: read timeouts (read-timeout-short, read-timeout-zero) and framing
// (chunked-encoding-off). Streams run in lockstep with the client; a silence starts once the client has seen the
// event before it. A cut is provoked with a 10 s silence against a 1 s timeout (only nginx can end it early); a
// survived silence is 2 s, twice the broken timeout.
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeNginx, fetchStream, nginxConf, request, serverBlock, ssePath, startBackend, stopAll, waitUntil,
  type Backend, type BackendRequestRecord, type NginxInstance, type StreamRecord,
} from './harness.js';
import {
  EVENTS, cleanupMaterialized, cliFix, eventNumbers, expectFinding, expectIncremental, findingsOf, fixWithOptions, lineDiff, lintFile, materialize, note, printMeasured, runConfig, testConfig, timing, type Materialized, withNginx, expectNginxAccepts,
} from './scenario-kit.js';

const STREAM = ssePath({ events: EVENTS });
// Two events, 2 s of silence, two more: outlives a 1 s read timeout only if it is raised.
const SILENT = ssePath({ events: 4, silenceAfter: 2, silenceMs: 2000 });
// The same with 10 s of silence: a stream cut before event 3 was cut by nginx, not by the end of the silence.
const SILENT_LONG = ssePath({ events: 4, silenceAfter: 2, silenceMs: 10_000 });

afterAll(async () => {
  await stopAll();
  cleanupMaterialized();
  printMeasured('scenarios: timeouts');
});



describeNginx('rule scenarios: timeouts and framing', () => {
  let backend: Backend;
  beforeAll(async () => { backend = await startBackend(); });

  /** The backend's record of the /sse request made during fn. */
  const seenByBackend = async <T>(fn: () => Promise<T>): Promise<[T, BackendRequestRecord | undefined]> => {
    const n = backend.requests.length;
    const r = await fn();
    return [r, backend.requests.slice(n).find((q) => q.url.startsWith('/sse'))];
  };
  /** nginx cut the stream during the silence after event 2: the backend never wrote event 3 and saw the connection go. */
  const expectCutInSilence = (r: StreamRecord, seen: BackendRequestRecord | undefined): void => {
    expect(eventNumbers(r)).toEqual([1, 2]);
    expect(seen?.eventWrites, 'the backend wrote past the silence').toHaveLength(2);
    expect(seen?.closedEarly).toBe(true);
  };

  const timeoutConf = (timeout: string) => nginxConf({
    servers: serverBlock(`
        location /sse {
            proxy_pass {{BACKEND}};
            proxy_buffering off;
            proxy_read_timeout ${timeout};
        }`),
  });

  it('read-timeout-short: a 1 s read timeout cuts a silent stream; the fix (1h) keeps a 2 s silence open', async () => {
    const m = await materialize(timeoutConf('1s'), { backend });
    expectFinding(m.file, 'read-timeout-short', { severity: 'warning', message: /silent for longer than 1 s is cut/ });

    const [[broken, log], seen] = await seenByBackend(() => withNginx(m.text, m, async (ngx) => [await fetchStream(ngx.url + SILENT_LONG, { timeoutMs: 8000, lockstep: backend.gate }), ngx.errorLog()] as const));
    expect(broken.status).toBe(200);
    expect(broken.outcome).toBe('truncated');
    expect(broken.durationMs - (broken.events[0]?.atMs ?? 0)).toBeGreaterThanOrEqual(900);
    expectCutInSilence(broken, seen);
    expect(log).toMatch(/upstream timed out .* while reading upstream/);

    const fix = await cliFix(m.file, ['read-timeout-short']);
    expect(lineDiff(fix.before, fix.after)).toEqual({ added: ['proxy_read_timeout 1h;'], removed: ['proxy_read_timeout 1s;'] });
    expect(findingsOf(lintFile(m.file), 'read-timeout-short')).toEqual([]);
    await expectNginxAccepts(fix.after, m);
    const fixed = await withNginx(fix.after, m, (ngx) => fetchStream(ngx.url + SILENT, { timeoutMs: 8000, lockstep: backend.gate }));
    expect(eventNumbers(fixed)).toEqual([1, 2, 3, 4]);
    expect(fixed.outcome).toBe('complete');
    expect((fixed.events[2]?.atMs ?? 0) - (fixed.events[1]?.atMs ?? 0)).toBeGreaterThanOrEqual(1500);
    note('read-timeout-short', `broken (1s, 10 s silence): ${timing(broken)} | fixed (1h): ${timing(fixed)}`);
  });

  it('read-timeout-short with rule options {minSeconds: 3, fixValue: "5s"} (lintTree + fixInMemory; the CLI cannot pass options)', async () => {
    const m = await materialize(timeoutConf('1s'), { backend });
    const options = { minSeconds: 3, fixValue: '5s' };
    expectFinding(m.file, 'read-timeout-short', { rules: { 'read-timeout-short': { options } } });

    const outcome = fixWithOptions(m.file, 'read-timeout-short', options);
    expect(outcome.applied.map((a) => a.ruleId)).toEqual(['read-timeout-short']);
    const after = outcome.changed.get(m.file)?.after ?? '';
    expect(lineDiff(m.text, after)).toEqual({ added: ['proxy_read_timeout 5s;'], removed: ['proxy_read_timeout 1s;'] });
    // 5 s is above minSeconds: no finding with the same options.
    expect(findingsOf(lintFile(m.file, { rules: { 'read-timeout-short': { options } } }), 'read-timeout-short')).toEqual([]);
    await expectNginxAccepts(after, m);
    const fixed = await withNginx(after, m, (ngx) => fetchStream(ngx.url + SILENT, { timeoutMs: 8000, lockstep: backend.gate }));
    expect(eventNumbers(fixed)).toEqual([1, 2, 3, 4]);
    expect(fixed.outcome).toBe('complete');
    note('read-timeout-short (options)', `fixed (5s, 2 s silence): ${timing(fixed)}`);
  });

  it('read-timeout-zero: proxy_read_timeout 0 is an immediate 504; the unsafe fix (1h) streams', async () => {
    const m = await materialize(timeoutConf('0'), { backend });
    expectFinding(m.file, 'read-timeout-zero', { severity: 'error' });

    // The backend holds its response headers for 5 s: a 504 that comes first is nginx's own timeout, not a wait.
    // (nginx may close before the backend has even parsed the request.)
    const [[res, ms, log], seen] = await seenByBackend(() => withNginx(m.text, m, async (ngx) => {
      const t0 = Date.now();
      const r = await request(ngx.url + ssePath({ events: EVENTS, headerDelayMs: 5000 }), { timeoutMs: 8000 });
      return [r, Date.now() - t0, ngx.errorLog()] as const;
    }));
    expect(res.status).toBe(504);
    expect(ms, 'the 504 came before the backend could have answered').toBeLessThan(5000);
    expect(seen?.eventWrites ?? []).toEqual([]);
    expect(log).toMatch(/upstream timed out .* while reading response header/);

    const safe = await cliFix(m.file, ['read-timeout-zero']);
    expect(safe.after, 'the fix is unsafe: --fix alone must not apply it').toBe(safe.before);
    const fix = await cliFix(m.file, ['read-timeout-zero'], { unsafe: true });
    expect(lineDiff(fix.before, fix.after)).toEqual({ added: ['proxy_read_timeout 1h;'], removed: ['proxy_read_timeout 0;'] });
    await expectNginxAccepts(fix.after, m);
    const fixed = await withNginx(fix.after, m, (ngx) => fetchStream(ngx.url + STREAM, { lockstep: backend.gate }));
    expectIncremental(fixed);
    note('read-timeout-zero', `broken: status ${res.status} after ${ms} ms | fixed (1h): ${timing(fixed)}`);
  });

  it('stream-capacity: the computed number of concurrent streams is what nginx serves; the 8th concurrent stream is refused', async () => {
    const m = await materialize(nginxConf({
      events: 'worker_connections 16;',
      servers: serverBlock(`
        location /sse {
            proxy_pass {{BACKEND}};
            proxy_buffering off;
        }`),
    }), { backend });
    const [finding] = expectFinding(m.file, 'stream-capacity', { severity: 'info' });
    const capacity = Number(/About (\d+) concurrent event streams fit/.exec(finding?.message ?? '')?.[1]);
    expect(capacity, finding?.message).toBe(7);

    const CLIENTS = 10;
    // Each stream holds after its first event until every client is either holding or refused: all are concurrent.
    const path = ssePath({ events: EVENTS, holdAfter: 1 });
    const concurrently = async (ngx: NginxInstance): Promise<StreamRecord[]> => {
      let settled = 0;
      const all = Promise.all(Array.from({ length: CLIENTS }, () => fetchStream(ngx.url + path, { timeoutMs: 8000, lockstep: backend.gate }).then((r) => { settled++; return r; })));
      await waitUntil(() => backend.holding() + settled === CLIENTS, `every client holds or was refused (${backend.holding()} holding, ${settled} settled)`);
      backend.release();
      return all;
    };
    const [results, log] = await withNginx(m.text, m, async (ngx) => [await concurrently(ngx), ngx.errorLog()] as const);
    const served = results.filter((r) => r.outcome === 'complete' && r.events.length === EVENTS).length;
    expect(served, results.map((r) => `${r.outcome}/${r.events.length}`).join(' ')).toBe(capacity);
    expect(log).toMatch(/16 worker_connections are not enough/);

    // No automatic fix; the remedy its docs name: raise worker_connections.
    const none = await cliFix(m.file, ['stream-capacity'], { unsafe: true });
    expect(none.after).toBe(none.before);
    const raised = none.after.replace('worker_connections 16;', 'worker_connections 64;');
    await expectNginxAccepts(raised, m);
    const all2 = await withNginx(raised, m, concurrently);
    expect(all2.filter((r) => r.outcome === 'complete' && r.events.length === EVENTS)).toHaveLength(CLIENTS);
    note('stream-capacity', `worker_connections 16: rule says ${capacity}; ${served} of ${CLIENTS} concurrent streams served, the rest ${[...new Set(results.filter((r) => r.outcome !== 'complete').map((r) => `${r.outcome}${r.error ? ` (${r.error})` : ''}`))].join(', ')} | worker_connections 64: ${all2.filter((r) => r.outcome === 'complete').length} of ${CLIENTS}`);
  });

  it('chunked-encoding-off (harmless for streaming): streams close-delimited, but a cut stream looks complete; the fix restores chunked framing', async () => {
    // A 1 s read timeout provides a realistic cut (the stream is silent for 10 s).
    const m = await materialize(nginxConf({
      servers: serverBlock(`
        location /sse {
            proxy_pass {{BACKEND}};
            proxy_buffering off;
            proxy_read_timeout 1s;
            chunked_transfer_encoding off;
        }`),
    }), { backend });
    expectFinding(m.file, 'chunked-encoding-off', { severity: 'info' });

    const stream = (ngx: NginxInstance) => fetchStream(ngx.url + STREAM, { lockstep: backend.gate });
    const cutStream = (ngx: NginxInstance) => seenByBackend(() => fetchStream(ngx.url + SILENT_LONG, { timeoutMs: 8000, lockstep: backend.gate }));
    const [normal, [cut, cutSeen]] = await withNginx(m.text, m, async (ngx) => [await stream(ngx), await cutStream(ngx)] as const);
    expectIncremental(normal);
    expect(normal.framing).toBe('close');
    expect(normal.headers['connection']).toBe('close');
    // Cut by the read timeout after 2 of 4 events, yet indistinguishable from a normal end.
    expectCutInSilence(cut, cutSeen);
    expect(cut.framing).toBe('close');
    expect(cut.outcome).toBe('complete');

    const fix = await cliFix(m.file, ['chunked-encoding-off']);
    expect(lineDiff(fix.before, fix.after)).toEqual({ added: [], removed: ['chunked_transfer_encoding off;'] });
    await expectNginxAccepts(fix.after, m);
    const [normal2, [cut2, cutSeen2]] = await withNginx(fix.after, m, async (ngx) => [await stream(ngx), await cutStream(ngx)] as const);
    expectIncremental(normal2);
    expect(normal2.framing).toBe('chunked');
    expectCutInSilence(cut2, cutSeen2);
    expect(cut2.framing).toBe('chunked');
    expect(cut2.outcome).toBe('truncated');
    note('chunked-encoding-off', `off: ${timing(normal)}, framing ${normal.framing}; cut stream: ${cut.events.length} of 4 events, outcome ${cut.outcome} | fixed: ${timing(normal2)}, framing ${normal2.framing}; cut stream: outcome ${cut2.outcome}`);
  });
});
