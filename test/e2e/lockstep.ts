// Lockstep streams: the producer writes event n+1 only after the client has seen event n, so whether nginx passes
// events on or holds them back is decided by the order of events, not by comparing arrival times with margins.
//
// The client (fetchStream with `lockstep`) opens a stream id and sends it in the X-Lockstep request header; nginx
// passes request headers on, so the producer (the HTTP backend, the FastCGI responder, or ngx_lua through the
// backend's /gate endpoint) reads it and calls `after(sid, n)` once it has written event n. `after` resolves when
// the client reports event n, or, when the client has not seen it within `holdMs`, declares the stream held:
// from then on every `after` resolves at once, so the producer writes the rest and ends. A proxy that holds
// events back therefore delivers the first one only after the producer ended (`heldUntilEnd`); a proxy that
// passes them on delivers each before the next exists (`inLockstep`). The hold window is the one timing left: a
// liveness bound for proving a negative, several hundred times a loopback round trip (about 1 ms here).
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';

/** Request header carrying the stream id from the client to the producer. */
export const LOCKSTEP_HEADER = 'X-Lockstep';

/** How long a producer waits for the client to see an event before it declares the stream held (ms). */
export const HOLD_MS = 1000;

/** One lockstep stream as both sides reported it. Times are performance.now() of this process. */
export interface LockstepStream {
  sid: string;
  /** When the producer had written event k (index k-1). */
  written: number[];
  /** When the client had parsed event k (index k-1), in arrival order. */
  seen: number[];
  /** The event the client had not seen within the hold window, or null. */
  heldAt: number | null;
  /** When the producer finished the response (wrote its end), or null. */
  endedAt: number | null;
}

type Outcome = 'seen' | 'held';

/** The meeting point of client and producers (one per backend; all in the test process). */
export class Lockstep {
  readonly holdMs: number;
  readonly streams = new Map<string, LockstepStream>();
  private readonly waiters = new Map<string, { n: number; resolve: (o: Outcome) => void; timer: NodeJS.Timeout }[]>();

  constructor(holdMs = HOLD_MS) {
    this.holdMs = holdMs;
  }

  /** A new stream id (client side). */
  open(): string {
    const sid = randomBytes(6).toString('hex');
    this.stream(sid);
    return sid;
  }

  /** The stream's record, created on first use (a producer may see an id before the client registered it). */
  stream(sid: string): LockstepStream {
    let s = this.streams.get(sid);
    if (!s) this.streams.set(sid, (s = { sid, written: [], seen: [], heldAt: null, endedAt: null }));
    return s;
  }

  /** Client: event n (1-based, in arrival order) has been parsed. */
  seen(sid: string, n: number): void {
    const s = this.stream(sid);
    if (s.seen.length < n) s.seen.push(performance.now());
    const list = this.waiters.get(sid) ?? [];
    for (const w of list.filter((x) => x.n <= n)) {
      clearTimeout(w.timer);
      w.resolve('seen');
    }
    this.waiters.set(sid, list.filter((x) => x.n > n));
  }

  /**
   * Producer: event n has been written. Resolves 'seen' once the client has parsed it, 'held' when it has not
   * within holdMs (the stream is then marked held at n) or when the stream was already held.
   */
  after(sid: string, n: number): Promise<Outcome> {
    const s = this.stream(sid);
    s.written[n - 1] ??= performance.now();
    if (s.seen.length >= n) return Promise.resolve('seen');
    if (s.heldAt !== null) return Promise.resolve('held');
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const list = this.waiters.get(sid) ?? [];
        this.waiters.set(sid, list.filter((x) => x.timer !== timer));
        s.heldAt ??= n;
        resolve('held');
      }, this.holdMs);
      const list = this.waiters.get(sid) ?? [];
      list.push({ n, resolve, timer });
      this.waiters.set(sid, list);
    });
  }

  /** Producer: the response is complete. */
  ended(sid: string): void {
    this.stream(sid).endedAt ??= performance.now();
  }

  /** Clears pending hold timers (backend stop). */
  close(): void {
    for (const list of this.waiters.values()) for (const w of list) { clearTimeout(w.timer); w.resolve('held'); }
    this.waiters.clear();
  }
}

/** A verdict with the numbers behind it, for assertion messages. */
export interface Verdict {
  ok: boolean;
  why: string;
}

function describe(s: LockstepStream): string {
  const rel = (t: number | undefined | null) => (t === undefined || t === null ? '-' : `${Math.round(t - (s.written[0] ?? t))}`);
  return `written [${s.written.map(rel).join(', ')}] seen [${s.seen.map(rel).join(', ')}] ms after the first write; held at ${s.heldAt ?? '-'}; ended ${rel(s.endedAt)}`;
}

/** Every one of `events` events reached the client before the producer wrote the next one (and before it ended). */
export function inLockstep(s: LockstepStream | undefined, events: number): Verdict {
  if (!s) return { ok: false, why: 'not a lockstep stream (fetchStream without lockstep)' };
  const why = describe(s);
  if (s.heldAt !== null) return { ok: false, why: `the client had not seen event ${s.heldAt} ${'within the hold window'}: ${why}` };
  if (s.written.length !== events || s.seen.length !== events) return { ok: false, why: `expected ${events} events written and seen: ${why}` };
  for (let k = 0; k + 1 < events; k++) {
    if (!(s.seen[k]! <= s.written[k + 1]!)) return { ok: false, why: `event ${k + 2} was written before event ${k + 1} was seen: ${why}` };
  }
  if (s.endedAt !== null && !(s.seen[events - 1]! <= s.endedAt)) return { ok: false, why: `the last event was seen only after the end: ${why}` };
  return { ok: true, why };
}

/** The client saw no event until the producer had written all `events` events and ended the response. */
export function heldUntilEnd(s: LockstepStream | undefined, events: number): Verdict {
  if (!s) return { ok: false, why: 'not a lockstep stream (fetchStream without lockstep)' };
  const why = describe(s);
  if (s.heldAt !== 1) return { ok: false, why: `expected the client not to see event 1 while the producer waited: ${why}` };
  if (s.written.length !== events || s.endedAt === null) return { ok: false, why: `expected the producer to write ${events} events and end: ${why}` };
  if (s.seen.length === 0 || !(s.seen[0]! > s.endedAt)) return { ok: false, why: `expected the first event to arrive after the producer ended: ${why}` };
  return { ok: true, why };
}

/**
 * ngx_lua code for a content_by_lua_block that streams `events` events `data: {"n":i}` in lockstep: after each
 * event it asks the backend's /gate (a cosocket to 127.0.0.1:`gatePort`, which may be a placeholder such as
 * `{{BACKEND_PORT}}`) and waits for the answer. Without the X-Lockstep header it streams without waiting.
 */
export function luaLockstepSse(events: number, gatePort: string | number): string {
  return `
                local sid = ngx.var.http_x_lockstep
                for i = 1, ${events} do
                    ngx.say('data: {"n":', i, '}\\n')
                    ngx.flush(true)
                    if sid then
                        local sock = ngx.socket.tcp()
                        sock:settimeout(30000)
                        local ok, err = sock:connect('127.0.0.1', ${gatePort})
                        if not ok then ngx.log(ngx.ERR, 'lockstep gate: ', err) return end
                        sock:send('GET /gate?sid=' .. sid .. '&n=' .. i .. ' HTTP/1.0\\r\\n\\r\\n')
                        sock:receive('*a')
                        sock:close()
                    end
                end
                if sid then
                    local sock = ngx.socket.tcp()
                    sock:settimeout(30000)
                    if sock:connect('127.0.0.1', ${gatePort}) then
                        sock:send('GET /gate?sid=' .. sid .. '&end=1 HTTP/1.0\\r\\n\\r\\n')
                        sock:receive('*a')
                        sock:close()
                    end
                end`;
}
