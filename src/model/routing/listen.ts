// Listen sockets: parsing `listen` directives and the addresses nginx compares.
import type { Directive } from '../../parser/ast.js';
import { memoSlot, recall, remember, type ContextNode } from '../context.js';
import type { Listen } from './types.js';

/** An address as nginx compares it: `*` for any IPv4, canonical IPv6 without brackets; null when invalid. */
export function normalizeAddr(addr: string): string | null {
  // Every server of a large config listens on the same few addresses: each is normalised once.
  const known = normalized.get(addr);
  if (known !== undefined) return known;
  const found = normalizeNow(addr);
  if (normalized.size >= 4096) normalized.clear();
  normalized.set(addr, found);
  return found;
}

const normalized = new Map<string, string | null>();

function normalizeNow(addr: string): string | null {
  if (addr === '*' || addr === '0.0.0.0') return '*';
  if (addr.startsWith('[') || addr.includes(':')) {
    const inner = addr.startsWith('[') && addr.endsWith(']') ? addr.slice(1, -1) : addr;
    try {
      return new URL(`http://[${inner}]/`).hostname.slice(1, -1);
    } catch {
      return null;
    }
  }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(addr)) {
    return addr.split('.').every((p) => Number(p) <= 255) ? addr.split('.').map(Number).join('.') : null;
  }
  const name = addr.toLowerCase();
  // nginx resolves host names when it starts; only localhost is known here.
  return name === 'localhost' ? '127.0.0.1' : name;
}

function parsePort(s: string): number | null {
  if (!/^\d{1,5}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= 65535 ? n : null;
}

/**
 * Parses a `listen` directive: `8080`, `127.0.0.1:8080`, `127.0.0.1` (port 80), `[::1]:8080`, `*:80`,
 * `unix:/path`, with `default_server` (or the old `default`). Returns null for a value nginx would reject.
 */
export function parseListen(d: Directive): Listen | null {
  const value = d.arg(0);
  if (value === undefined) return null;
  let defaultServer = false;
  for (let k = 1; k < d.argc && !defaultServer; k++) {
    const a = d.arg(k);
    defaultServer = a === 'default_server' || a === 'default';
  }
  if (value.startsWith('unix:')) return { kind: 'unix', path: value.slice(5), defaultServer, directive: d };
  let host: string;
  let port: number | null = 80;
  if (value.startsWith('[')) {
    const close = value.indexOf(']');
    if (close === -1) return null;
    host = value.slice(0, close + 1);
    const rest = value.slice(close + 1);
    if (rest !== '') port = rest.startsWith(':') ? parsePort(rest.slice(1)) : null;
  } else if (/^\d+$/.test(value)) {
    host = '*';
    port = parsePort(value);
  } else {
    const colon = value.lastIndexOf(':');
    host = colon === -1 ? value : value.slice(0, colon);
    if (colon !== -1) port = parsePort(value.slice(colon + 1));
  }
  const addr = normalizeAddr(host);
  if (port === null || addr === null || addr === '') return null;
  return { kind: 'inet', addr, port, defaultServer, directive: d };
}

/** The `listen` directives of a server; a server without any listens on `*:80`. */
export function serverListens(server: ContextNode): Listen[] {
  // Parsed once per server: routing, sockets and protocols all ask, for every location.
  let parsed = recall(server, LISTENS);
  if (!parsed) {
    const listens = server.directives.filter((d) => d.name === 'listen');
    parsed = listens.length === 0
      ? [{ kind: 'inet', addr: '*', port: 80, defaultServer: false, directive: null }]
      : listens.map(parseListen).filter((l): l is Listen => l !== null);
    remember(server, LISTENS, parsed);
  }
  return [...parsed];
}

const LISTENS = memoSlot<Listen[]>();
