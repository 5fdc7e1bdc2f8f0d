// Globs without backtracking: include segments (fnmatch), stream patterns and ignore globs share one matcher.
import { describe, expect, it } from 'vitest';
import { ignoreMatcher } from '../../src/engine/config.js';
import { memoryFs } from '../../src/model/fs.js';
import { expandGlob, segmentMatcher } from '../../src/model/glob.js';
import { loadConfig } from '../../src/model/includes.js';
import { patternRegExp } from '../../src/model/streams.js';
import { compileGlob, matchGlob } from '../../src/util/glob-match.js';
import { valuePattern } from '../../src/model/routing/values.js';
import { buildModel } from '../../src/model/model.js';
import { mapsDefining, mapValueFor } from '../../src/model/queries/maps.js';

const FN = { doubleStar: false, starMatchesSlash: true, bang: true, escapes: true };

describe('fnmatch segments (include)', () => {
  it.each([
    ['*.conf', 'a.conf', true],
    ['*.conf', 'a.conf.bak', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['[ab].conf', 'b.conf', true],
    ['[!ab].conf', 'b.conf', false],
    ['[^ab].conf', 'c.conf', true],
    ['[a-c]x', 'bx', true],
    ['[]]x', ']x', true],
    ['[z-a].conf', 'a.conf', false],
    ['[z-a].conf', 'z.conf', false],
    ['x[.]conf', 'x.conf', true],
    ['\\*.conf', '*.conf', true],
    ['\\*.conf', 'a.conf', false],
    ['[abc', '[abc', true],
    ['**', 'anything', true],
    ['', '', true],
  ])('%j on %j: %s', (pattern, name, expected) => {
    expect(segmentMatcher(pattern)?.test(name) ?? pattern === name).toBe(expected);
  });

  it('reads a reversed range as nginx does: the include matches nothing, without an error', () => {
    const fs = memoryFs({ '/p/nginx.conf': 'http { include conf.d/[z-a].conf; }', '/p/conf.d/a.conf': 'gzip on;' });
    const tree = loadConfig(['/p/nginx.conf'], { fs });
    expect(tree.findings).toEqual([]);
    expect(tree.order).toEqual(['/p/nginx.conf']);
    expect(expandGlob(fs, '/p/conf.d/[a-z].conf')).toEqual(['/p/conf.d/a.conf']);
  });

  it('orders matches bytewise, as glob(3) in the C locale: ASCII by the built-in sort, any other name by its UTF-8 bytes', () => {
    // U+E000 sorts before U+1F600 by bytes (EE 80 80 < F0 9F 98 80) but after it by UTF-16 code units (E000 > D83D).
    const names = ['b.conf', 'B.conf', 'a-1.conf', 'a_1.conf', 'a.conf', '\u{E000}.conf', '\u{1F600}.conf', '\u00e9.conf', 'z.conf'];
    const files = Object.fromEntries(names.map((n) => [`/p/conf.d/${n}`, 'gzip on;']));
    const bytewise = [...names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(bytewise.indexOf('\u{E000}.conf')).toBeLessThan(bytewise.indexOf('\u{1F600}.conf'));
    expect(expandGlob(memoryFs(files), '/p/conf.d/*.conf')).toEqual(bytewise.map((n) => `/p/conf.d/${n}`));
    const ascii = names.filter((n) => /^[ -~]*$/.test(n));
    expect(expandGlob(memoryFs(Object.fromEntries(ascii.map((n) => [`/p/c/${n}`, '']))), '/p/c/*')).toEqual(['B.conf', 'a-1.conf', 'a.conf', 'a_1.conf', 'b.conf', 'z.conf'].map((n) => `/p/c/${n}`));
  });

  it('answers a pattern of stars and plain text (the quick path) exactly as the general matcher, for every such pattern and name up to a length', () => {
    const words = (alphabet: string[], max: number): string[] => {
      const out = [''];
      for (let k = 0, from = 0; k < max; k++) {
        const to = out.length;
        for (let i = from; i < to; i++) for (const c of alphabet) out.push(out[i] + c);
        from = to;
      }
      return out;
    };
    const patterns = words(['a', 'b', '*'], 5).filter((p) => p.includes('*'));
    const names = [...words(['a', 'b'], 6), '\u{1F600}a', 'a\u{1F600}', '\u00e9b'];
    const extra = [['*\u{1F600}*', 'x\u{1F600}y'], ['\u{1F600}*', 'a'], ['*\u00e9', '\u00e9']];
    let checked = 0;
    for (const p of patterns) {
      for (const n of names) {
        expect(segmentMatcher(p)!.test(n), `${p} on ${n}`).toBe(matchGlob(compileGlob(p, FN), n));
        checked++;
      }
    }
    for (const [p, n] of extra) expect(segmentMatcher(p!)!.test(n!), `${p} on ${n}`).toBe(matchGlob(compileGlob(p!, FN), n!));
    expect(checked).toBeGreaterThan(20_000);
    // Anything else (`?`, a class, an escape) still goes through the general matcher.
    expect(segmentMatcher('a*?')!.test('ab')).toBe(true);
    expect(segmentMatcher('*[.]conf')!.test('x.conf')).toBe(true);
    expect(segmentMatcher('\\**')!.test('*x')).toBe(true);
    expect(segmentMatcher('\\**')!.test('x*')).toBe(false);
  });

  it('stays linear on patterns that make a backtracking matcher explode', () => {
    const many = `${'*a'.repeat(30)}b`;
    expect(segmentMatcher(many)!.test('a'.repeat(20_000))).toBe(false);
    expect(segmentMatcher(many)!.test(`${'a'.repeat(20_000)}b`)).toBe(true);
    expect(matchGlob(compileGlob(many, FN), 'a'.repeat(20_000))).toBe(false);
    expect(matchGlob(compileGlob(many, FN), `${'a'.repeat(20_000)}b`)).toBe(true);
  });
});

describe('stream patterns (config streams)', () => {
  it.each([
    ['/api/*/events', '/api/v1/events', true],
    ['/api/*/events', '/api/v1/x/events', false],
    ['/api/**/events', '/api/v1/x/events', true],
    ['/v1/chat/completions', '/v1/chat/completions', true],
    ['/v1/chat/completions', '/v1/chat/completions/x', false],
    ['/a.b', '/axb', false],
  ])('%j on %j: %s', (pattern, path, expected) => {
    expect(patternRegExp(pattern).test(path)).toBe(expected);
  });

  it('stays linear on a hostile pattern', () => {
    expect(patternRegExp(`/${'*a'.repeat(25)}*b`).test(`/${'a'.repeat(20_000)}`)).toBe(false);
  });
});

describe('ignore globs', () => {
  it('stays linear on hostile globs and long paths', () => {
    const m = ignoreMatcher([`${'**/a'.repeat(20)}/x`, `${'*a'.repeat(20)}*b`], '/p');
    expect(m(`/p/${'a/'.repeat(2000)}y`)).toBe(false);
    expect(m(`/p/${'a/'.repeat(30)}x`)).toBe(true);
  });
});

describe('values with unknown variables (rewrite targets)', () => {
  it('match without backtracking, however many holes they have', () => {
    const holes = Array.from({ length: 25 }, (_, k) => ({ unknown: `v${k}` }));
    const re = valuePattern([{ text: '@' }, ...holes, { text: 'x' }]);
    expect(re.test(`@${'a'.repeat(40)}`)).toBe(false);
    expect(re.test(`@${'a'.repeat(40)}x`)).toBe(true);
    expect(valuePattern([{ text: '/a' }, { unknown: 'x', nonEmpty: true }]).test('/a')).toBe(false);
    expect(valuePattern([{ text: '/a' }, { query: true }]).test('/a?x=1')).toBe(true);
  });
});

describe('map regexes', () => {
  it('are PCRE, evaluated by the bounded matcher', () => {
    const conf = 'http { map $http_upgrade $c { ~*^(?>web)socket$ upgrade; "~^(a+)+$" evil; default close; } }';
    const tree = loadConfig(['/p/nginx.conf'], { fs: memoryFs({ '/p/nginx.conf': conf }) });
    const model = buildModel(tree);
    const [map] = mapsDefining(model, '$c');
    expect(mapValueFor(map!, 'WebSocket')?.value).toBe('upgrade');
    expect(mapValueFor(map!, '')?.value).toBe('close');
    // PCRE2 would give up on this input: the value is unknown, not a guess.
    expect(mapValueFor(map!, `${'a'.repeat(40)}b`)).toBeNull();
  });
});
