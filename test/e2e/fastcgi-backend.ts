// A minimal FastCGI responder that streams Server-Sent Events, for real-nginx tests of fastcgi_* settings.
//
// It speaks just enough of the FastCGI record protocol (https://fastcgi-archives.github.io/FastCGI_Specification.html)
// for nginx's fastcgi_pass: BEGIN_REQUEST (role RESPONDER), PARAMS and STDIN in, STDOUT and END_REQUEST out, one
// request per connection unless nginx asked to keep it (fastcgi_keep_conn on). The response is the same event
// stream as the HTTP backend's /sse: `data: {"n":1}\n\n` ..., with n and interval taken from QUERY_STRING, or paced
// by the client in lockstep when the request carries the X-Lockstep header (param HTTP_X_LOCKSTEP; lockstep.ts).
// Binds 127.0.0.1 only; registers nothing global: call stop() (tests do it in afterAll).
import * as net from 'node:net';
import { performance } from 'node:perf_hooks';
import { Lockstep } from './lockstep.js';

const FCGI_VERSION = 1;
const BEGIN_REQUEST = 1;
const ABORT_REQUEST = 2;
const END_REQUEST = 3;
const PARAMS = 4;
const STDIN = 5;
const STDOUT = 6;
const UNKNOWN_TYPE = 11;
const KEEP_CONN = 1;

export interface FastcgiRequestRecord {
  params: Record<string, string>;
  /** ms after the request's params were complete at which each event was written. */
  eventWrites: number[];
  finished: boolean;
  closedEarly: boolean;
}

export interface FastcgiBackend {
  port: number;
  /** `127.0.0.1:<port>`, the form fastcgi_pass takes. */
  address: string;
  requests: FastcgiRequestRecord[];
  /** Pass as fetchStream's `lockstep` option. */
  gate: Lockstep;
  stop(): Promise<void>;
}

function record(type: number, requestId: number, content: Buffer = Buffer.alloc(0)): Buffer {
  const padding = (8 - (content.length % 8)) % 8;
  const head = Buffer.alloc(8);
  head.writeUInt8(FCGI_VERSION, 0);
  head.writeUInt8(type, 1);
  head.writeUInt16BE(requestId, 2);
  head.writeUInt16BE(content.length, 4);
  head.writeUInt8(padding, 6);
  return Buffer.concat([head, content, Buffer.alloc(padding)]);
}

/** STDOUT records for `data` (split at the 65 535-byte record limit). */
function stdout(requestId: number, data: string): Buffer {
  const bytes = Buffer.from(data, 'utf8');
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += 65_535) out.push(record(STDOUT, requestId, bytes.subarray(i, i + 65_535)));
  return Buffer.concat(out);
}

/** FastCGI name-value pairs (1- or 4-byte lengths). Stops at malformed input. */
function parsePairs(buf: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let i = 0;
  const len = (): number | null => {
    if (i >= buf.length) return null;
    const b = buf.readUInt8(i);
    if (b < 0x80) { i += 1; return b; }
    if (i + 4 > buf.length) return null;
    const v = buf.readUInt32BE(i) & 0x7fffffff;
    i += 4;
    return v;
  };
  while (i < buf.length) {
    const n = len();
    const v = len();
    if (n === null || v === null || i + n + v > buf.length) break;
    out[buf.toString('latin1', i, i + n)] = buf.toString('latin1', i + n, i + n + v);
    i += n + v;
  }
  return out;
}

function clampInt(v: string | null, dflt: number, min: number, max: number): number {
  if (v === null || v === '') return dflt;
  const n = Math.trunc(Number(v));
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : dflt;
}

/** Starts the responder on a free 127.0.0.1 port. Query parameters: n (events, default 6), interval (ms, default 150). */
export async function startFastcgiBackend(opts: { gate?: Lockstep } = {}): Promise<FastcgiBackend> {
  const gate = opts.gate ?? new Lockstep();
  const requests: FastcgiRequestRecord[] = [];
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const server = net.createServer((sock) => {
    sockets.add(sock);
    let pending = Buffer.alloc(0);
    let requestId = 0;
    let keepConn = false;
    let params: Buffer[] = [];
    let paramsDone = false;
    let stdinDone = false;
    let started = false;
    let closed = false;
    const mine = new Set<NodeJS.Timeout>();
    const clear = () => { for (const t of mine) { clearTimeout(t); timers.delete(t); } mine.clear(); };
    let current: FastcgiRequestRecord | null = null;
    sock.on('close', () => {
      closed = true;
      sockets.delete(sock);
      clear();
      if (current && !current.finished) current.closedEarly = true;
    });
    sock.on('error', () => { /* nginx went away; 'close' follows */ });

    const respond = (): void => {
      started = true;
      const p = parsePairs(Buffer.concat(params));
      const rec: FastcgiRequestRecord = { params: p, eventWrites: [], finished: false, closedEarly: false };
      current = rec;
      if (requests.length < 10_000) requests.push(rec);
      const q = new URLSearchParams(p['QUERY_STRING'] ?? '');
      const n = clampInt(q.get('n'), 6, 0, 1000);
      const interval = clampInt(q.get('interval'), 150, 0, 10_000);
      const sidParam = p['HTTP_X_LOCKSTEP'];
      const sid = sidParam && /^[0-9a-f]{1,32}$/.test(sidParam) ? sidParam : null;
      const t0 = performance.now();
      sock.write(stdout(requestId, 'Status: 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n\r\n'));
      let sent = 0;
      const next = (): void => {
        if (closed) return;
        if (sent >= n) {
          rec.finished = true;
          if (sid) gate.ended(sid);
          const end = Buffer.alloc(8); // appStatus 0, protocolStatus REQUEST_COMPLETE (0)
          sock.write(Buffer.concat([record(STDOUT, requestId), record(END_REQUEST, requestId, end)]));
          if (!keepConn) sock.end();
          else { started = false; paramsDone = false; stdinDone = false; params = []; }
          return;
        }
        sent++;
        sock.write(stdout(requestId, `data: {"n":${sent}}\n\n`));
        rec.eventWrites.push(Math.round(performance.now() - t0));
        if (sid) {
          void gate.after(sid, sent).then(() => next());
          return;
        }
        const t = setTimeout(() => { mine.delete(t); timers.delete(t); next(); }, sent >= n ? 0 : interval);
        mine.add(t);
        timers.add(t);
      };
      next();
    };

    sock.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 8) {
        const type = pending.readUInt8(1);
        const id = pending.readUInt16BE(2);
        const clen = pending.readUInt16BE(4);
        const plen = pending.readUInt8(6);
        if (pending.length < 8 + clen + plen) break;
        const content = pending.subarray(8, 8 + clen);
        pending = pending.subarray(8 + clen + plen);
        if (type === BEGIN_REQUEST) {
          requestId = id;
          keepConn = (content.readUInt8(2) & KEEP_CONN) !== 0;
        } else if (type === PARAMS) {
          if (clen === 0) paramsDone = true; else params.push(Buffer.from(content));
        } else if (type === STDIN) {
          if (clen === 0) stdinDone = true;
        } else if (type === ABORT_REQUEST) {
          sock.destroy();
          return;
        } else if (id === 0) {
          // Management record (e.g. GET_VALUES): answer "unknown type".
          const body = Buffer.alloc(8);
          body.writeUInt8(type, 0);
          sock.write(record(UNKNOWN_TYPE, 0, body));
        }
        if (paramsDone && stdinDone && !started) respond();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => { server.off('error', reject); resolve(); });
  });
  const addr = server.address();
  if (typeof addr !== 'object' || !addr) throw new Error('fastcgi backend: no address');
  let stopped: Promise<void> | null = null;
  return {
    port: addr.port,
    address: `127.0.0.1:${addr.port}`,
    requests,
    gate,
    stop: () => {
      stopped ??= (async () => {
        gate.close();
        for (const t of timers) clearTimeout(t);
        timers.clear();
        const closedP = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const s of sockets) s.destroy();
        await Promise.race([closedP, new Promise<void>((r) => setTimeout(r, 2000))]);
      })();
      return stopped;
    },
  };
}
