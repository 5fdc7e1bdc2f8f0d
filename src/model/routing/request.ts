// Request normalisation: the URI and the Host header as nginx compares them, or why nginx answers 400.
import { bytesToSubject, fromSubject } from './subject.js';
import type { BadRequest } from './types.js';

/** The outcome of {@link normalizeUri}: the path as nginx matches it, or why nginx answers 400. */
export type NormalizedUri =
  | { ok: true; uri: string; subject: string; args: string | null }
  | { ok: false; reason: BadRequest };

/**
 * Normalises a request target as nginx's ngx_http_parse_complex_uri does (checked against nginx 1.22 by probes):
 * the query string and fragment are cut off; `%XX` escapes are decoded once, and a decoded `/` or `.` then counts
 * like a literal one while decoded `%`, `?` and `#` stay plain characters; with merge_slashes runs of `/` become one
 * before `.` and `..` segments are resolved (`/a//../b` is `/b`, but `/a/b` with merge_slashes off); `..` above the
 * root, a bad escape and `%00` are 400.
 */
export function normalizeUri(target: string, options: { mergeSlashes?: boolean } = {}): NormalizedUri {
  const mergeSlashes = options.mergeSlashes ?? true;
  if (!target.startsWith('/')) return { ok: false, reason: { kind: 'not-absolute', target } };
  let path = target;
  let args: string | null = null;
  const q = path.indexOf('?');
  const h = path.indexOf('#');
  if (h !== -1 && (q === -1 || h < q)) path = path.slice(0, h);
  else if (q !== -1) {
    args = path.slice(q + 1);
    if (args.includes('#')) args = args.slice(0, args.indexOf('#'));
    path = path.slice(0, q);
  }
  const raw = Buffer.from(path, 'utf8');
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    if (b !== 0x25) {
      bytes.push(b);
      continue;
    }
    const hex = raw.subarray(i + 1, i + 3).toString('latin1');
    if (!/^[0-9a-fA-F]{2}$/.test(hex)) return { ok: false, reason: { kind: 'bad-escape', target } };
    const v = parseInt(hex, 16);
    if (v === 0) return { ok: false, reason: { kind: 'nul', target } };
    bytes.push(v);
    i += 2;
  }
  let s = bytesToSubject(Uint8Array.from(bytes));
  if (mergeSlashes) s = s.replace(/\/{2,}/g, '/');
  const segments = s.slice(1).split('/');
  const out: string[] = [];
  let trailingSlash = false;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const last = i === segments.length - 1;
    if (seg === '.' || seg === '..') {
      if (seg === '..') {
        if (out.length === 0) return { ok: false, reason: { kind: 'above-root', target } };
        out.pop();
      }
      if (last) trailingSlash = true;
      continue;
    }
    out.push(seg);
  }
  const subject = '/' + out.join('/') + (trailingSlash && out.length > 0 ? '/' : '');
  return { ok: true, uri: fromSubject(subject), subject, args };
}

/**
 * Normalises a Host header as nginx's ngx_http_validate_host does: the port and one trailing dot are removed and
 * ASCII letters lower-cased. Returns '' for no Host and null for one nginx rejects with 400 (`..`, `/`, control
 * characters, spaces, nothing left).
 */
export function normalizeHost(host: string): string | null {
  if (host === '') return '';
  let dotPos = -2;
  let end = host.length;
  let state: 'usual' | 'literal' | 'rest' = 'usual';
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c === 0x2e) {
      if (dotPos === i - 1) return null;
      dotPos = i;
    } else if (c === 0x3a) {
      if (state === 'usual') {
        end = i;
        state = 'rest';
      }
    } else if (c === 0x5b) {
      if (i === 0) state = 'literal';
    } else if (c === 0x5d) {
      if (state === 'literal') {
        end = i + 1;
        state = 'rest';
      }
    } else if (c === 0x2f || c <= 0x20 || c === 0x7f) {
      return null;
    }
  }
  if (dotPos === end - 1) end--;
  if (end <= 0) return null;
  return host.slice(0, end).replace(/[A-Z]+/g, (m) => m.toLowerCase());
}
