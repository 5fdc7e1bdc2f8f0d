// glob(3) as nginx calls it for `include` (flags 0): `*`, `?`, `[...]` per path segment, no dot-files, sorted bytewise.
import * as nodePath from 'node:path';
import type { ConfigFs } from './fs.js';

/** nginx treats an include path as a pattern when it contains any of these (strpbrk in ngx_conf_include). */
export function isGlob(path: string): boolean {
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** Converts one fnmatch segment to a RegExp. Returns null when the segment has no wildcard. */
export function segmentRegExp(segment: string): RegExp | null {
  if (!isGlob(segment)) return null;
  let re = '^';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '\\' && i + 1 < segment.length) {
      re += escapeRe(segment[++i]!);
    } else if (c === '*') {
      re += '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const close = findBracketEnd(segment, i);
      if (close === -1) {
        re += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      let negate = false;
      if (body.startsWith('!') || body.startsWith('^')) {
        negate = true;
        body = body.slice(1);
      }
      re += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, (m) => '\\' + m)}]`;
      i = close;
    } else {
      re += escapeRe(c);
    }
  }
  return new RegExp(re + '$', 'u');
}

function findBracketEnd(s: string, open: number): number {
  let j = open + 1;
  if (s[j] === '!' || s[j] === '^') j++;
  if (s[j] === ']') j++; // a leading ] is literal
  for (; j < s.length; j++) if (s[j] === ']') return j;
  return -1;
}

function escapeRe(c: string): string {
  // Only syntax characters may be escaped in a `u` regular expression (`\-` and `\/` are errors there).
  return /[.*+?^${}()|[\]\\]/.test(c) ? '\\' + c : c;
}

/** Bytewise comparison, as glob(3) sorts under the C locale nginx runs in. */
export function compareBytes(a: string, b: string): number {
  const ba = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  return Buffer.compare(ba, bb);
}

/**
 * Expands an absolute pattern against a file system. Wildcards never match a leading dot (glob without
 * GLOB_PERIOD), matches of any kind are returned (the caller reports directories), results sorted.
 */
export function expandGlob(fs: ConfigFs, pattern: string): string[] {
  const abs = nodePath.posix.normalize(pattern);
  const parts = abs.split('/');
  let current: string[] = [parts[0] === '' ? '/' : parts[0]!];
  for (let k = 1; k < parts.length; k++) {
    const seg = parts[k]!;
    if (seg === '') continue;
    const re = segmentRegExp(seg);
    const next: string[] = [];
    for (const base of current) {
      if (!re) {
        const p = nodePath.posix.join(base, seg.replace(/\\(.)/g, '$1'));
        if (k === parts.length - 1 ? fs.kind(p) !== 'missing' : fs.kind(p) === 'dir') next.push(p);
        continue;
      }
      if (fs.kind(base) !== 'dir') continue;
      for (const name of fs.readdir(base)) {
        if (name.startsWith('.') && !seg.startsWith('.')) continue;
        if (re.test(name)) {
          const p = nodePath.posix.join(base, name);
          if (k === parts.length - 1 || fs.kind(p) === 'dir') next.push(p);
        }
      }
    }
    current = next;
    if (current.length === 0) break;
  }
  return current.sort(compareBytes);
}
