// glob(3) as nginx calls it for `include` (flags 0): `*`, `?`, `[...]` per path segment, no dot-files, sorted bytewise.
import * as nodePath from 'node:path';
import { compileGlob, matchGlob, type GlobSyntax } from '../util/glob-match.js';
import type { ConfigFs } from './fs.js';

/** nginx treats an include path as a pattern when it contains any of these (strpbrk in ngx_conf_include). */
export function isGlob(path: string): boolean {
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** fnmatch(3) with flags 0, as glob(3) applies it to each path segment. */
const FNMATCH: GlobSyntax = { doubleStar: false, starMatchesSlash: true, bang: true, escapes: true };

/**
 * A matcher for one fnmatch segment; null when the segment has no wildcard. Matching never backtracks
 * (`*a*a*a*b` stays linear), and a segment nginx accepts but no name can match (`[z-a]`) matches nothing.
 */
export function segmentMatcher(segment: string): { test(name: string): boolean } | null {
  if (!isGlob(segment)) return null;
  const stars = starsOnly(segment);
  if (stars) return stars;
  const glob = compileGlob(segment, FNMATCH);
  return { test: (name) => matchGlob(glob, name) };
}

/**
 * The common include pattern (`*.conf`, `site-*`, `*`): stars and plain text only, no `?`, class or escape. Such a
 * pattern matches when the name starts with its first part, ends with its last, and holds the parts between in order
 * without overlap; taking each middle part at its first place is never wrong (a star takes any run), so no
 * backtracking and no per-name allocation. Null for any other pattern.
 */
function starsOnly(segment: string): { test(name: string): boolean } | null {
  if (segment.includes('?') || segment.includes('[') || segment.includes('\\')) return null;
  const parts = segment.split('*');
  const head = parts[0]!;
  const tail = parts[parts.length - 1]!;
  const middle = parts.slice(1, -1).filter((p) => p !== '');
  const least = head.length + tail.length + middle.reduce((a, p) => a + p.length, 0);
  return {
    test(name) {
      if (name.length < least || !name.startsWith(head) || !name.endsWith(tail)) return false;
      let at = head.length;
      const stop = name.length - tail.length;
      for (const p of middle) {
        const found = name.indexOf(p, at);
        if (found === -1 || found + p.length > stop) return false;
        at = found + p.length;
      }
      return true;
    },
  };
}

/** Bytewise comparison, as glob(3) sorts under the C locale nginx runs in. */
export function compareBytes(a: string, b: string): number {
  const ba = Buffer.from(a, 'utf8');
  const bb = Buffer.from(b, 'utf8');
  return Buffer.compare(ba, bb);
}

/**
 * Sorts names bytewise (see compareBytes), in place. ASCII names compare the same by UTF-16 code units, which the
 * built-in sort does without encoding each name at every comparison (a folder of two thousand site files).
 */
export function sortBytes(names: string[]): string[] {
  // eslint-disable-next-line no-control-regex
  if (names.every((n) => !/[^\x00-\x7f]/.test(n))) return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const keyed = names.map((n) => ({ n, b: Buffer.from(n, 'utf8') }));
  keyed.sort((x, y) => Buffer.compare(x.b, y.b));
  for (let k = 0; k < keyed.length; k++) names[k] = keyed[k]!.n;
  return names;
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
    const re = segmentMatcher(seg);
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
          // `base` is already normal and a name has no slash: joining them needs no normalising.
          const p = base === '/' ? `/${name}` : `${base}/${name}`;
          if (k === parts.length - 1 || fs.kind(p) === 'dir') next.push(p);
        }
      }
    }
    current = next;
    if (current.length === 0) break;
  }
  return sortBytes(current);
}
