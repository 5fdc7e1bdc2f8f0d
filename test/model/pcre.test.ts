// The PCRE2 matcher: syntax nginx configs use, PCRE2's byte semantics, and the match limit instead of a hang.
import { describe, expect, it } from 'vitest';
import { compilePcre, PcreLimitError } from '../../src/model/routing/pcre.js';
import { textToSubject } from '../../src/model/routing/subject.js';
import { pcreProblemText } from '../../src/reporters/route.js';

function re(pattern: string, caseless = false, matchLimit?: number) {
  const c = compilePcre(textToSubject(pattern), caseless, matchLimit ? { matchLimit } : {});
  if (!c.regex) throw new Error(`${pattern}: ${c.error}`);
  return c.regex;
}
const test = (pattern: string, subject: string, caseless = false): boolean => re(pattern, caseless).test(textToSubject(subject));

describe('matching', () => {
  it.each([
    // pattern, subject, match
    ['^/api/', '/api/x', true],
    ['^/api/', '/x/api/', false],
    ['\\.php$', '/a.php', true],
    ['\\.php$', '/a.php\n', true],
    ['\\.php$', '/a.php\nx', false],
    ['\\.php\\z', '/a.php\n', false],
    ['\\.php\\Z', '/a.php\n', true],
    ['\\Ax', 'yx', false],
    ['^(?:a|b)+$', 'abba', true],
    ['^(?:a|b)+$', 'abca', false],
    ['^a{2,3}$', 'aaa', true],
    ['^a{2,3}$', 'aaaa', false],
    ['^a{2}$', 'aa', true],
    ['^a{2,}$', 'aaaaa', true],
    ['^a{,2}$', 'a{,2}', true],
    ['^x{$', 'x{', true],
    ['^[]a]+$', ']a]', true],
    ['^[^]a]+$', 'bcd', true],
    ['^[a-c-]+$', 'a-c', true],
    ['^[[:digit:][:upper:]]+$', '1A2', true],
    ['^[[:^digit:]]+$', 'ab', true],
    ['^[[:^digit:]]+$', 'a1', false],
    ['^\\d\\w\\s$', '1_ ', true],
    ['^\\D\\W\\S$', 'a-b', true],
    ['^\\h\\v$', ' \n', true],
    ['^\\Qa.b\\E$', 'a.b', true],
    ['^\\Qa.b\\E$', 'axb', false],
    ['^\\x41\\x{42}\\101$', 'ABA', true],
    ['^.$', '\n', false],
    ['(?s)^.$', '\n', true],
    ['(?m)^b$', 'a\nb\nc', true],
    ['^b$', 'a\nb\nc', false],
    ['(?m)^$', 'a\n', false],
    ['\\bfoo\\b', 'a foo b', true],
    ['\\bfoo\\b', 'afoob', false],
    ['o\\B', 'foo', true],
    ['^(?i)abc$', 'ABC', true],
    ['^a(?i)bc$', 'aBC', true],
    ['^a(?i)bc$', 'ABC', false],
    ['^(?i:a)b$', 'Ab', true],
    ['^(?i:a)b$', 'AB', false],
    ['^(?x) a b c # comment\n$', 'abc', true],
    ['^(a)\\1$', 'aa', true],
    ['^(a)\\1$', 'ab', false],
    ['^(?<x>ab)\\k<x>$', 'abab', true],
    ["^(?'x'ab)\\k{x}$", 'abab', true],
    ['^(?P<x>ab)(?P=x)$', 'abab', true],
    ['^(a)(b)\\g{-1}\\g1$', 'abba', true],
    ['^(a)?\\1$', '', false],
    ['^(?=.*x)', 'abxc', true],
    ['^(?!.*x)', 'abxc', false],
    ['(?<=/lb/)x$', '/lb/x', true],
    ['(?<=/lb/)x$', '/lc/x', false],
    ['(?<!/lb/)x$', '/lc/x', true],
    ['(?<=a|bc)d', 'bcd', true],
    ['(?<=a|bc)d', 'ccd', false],
    ['(?<!a|bc)d', 'bcd', false],
    ['^(?>a+)b', 'aab', true],
    ['^(?>a+)a', 'aaa', false],
    ['^a++a', 'aaa', false],
    ['^a*+b', 'aab', true],
    ['^(a?)*$', 'aaa', true],
    ['^(a*)*b$', 'aab', true],
    ['^(|a)+$', 'aa', true],
    ['^(?:)$', '', true],
    ['^(?#comment)a$', 'a', true],
    ['^\\R$', '\r\n', true],
    ['^a\\N$', 'ab', true],
  ])('%j on %j: %s', (pattern, subject, expected) => {
    expect(test(pattern, subject)).toBe(expected);
  });

  it('folds ASCII letters only, as PCRE2 does without UTF in the C locale', () => {
    expect(test('^abc$', 'AbC', true)).toBe(true);
    expect(test('^[a-c]+$', 'ABC', true)).toBe(true);
    expect(test('^é$', 'É', true)).toBe(false);
    // Bytes above 0x7F are never letters, digits or spaces.
    expect(test('^\\w$', 'é')).toBe(false);
    expect(test('^\\s$', '\u00a0')).toBe(false);
    expect(re('^.{2}$').test(textToSubject('é'))).toBe(true);
  });

  it('returns the groups of the leftmost match, greedy and lazy as PCRE2', () => {
    expect(re('^/(\\w+)/(.*?)(\\.\\w+)?$').exec(textToSubject('/img/a.b.png'))).toEqual(['/img/a.b.png', 'img', 'a.b', '.png']);
    expect(re('(a|ab)(c|bcd)(d*)').exec('abcd')).toEqual(['abcd', 'a', 'bcd', '']);
    expect(re('x(y)?').exec('ax')).toEqual(['x', undefined]);
    expect(re('(?U)a+').exec('aaa')).toEqual(['a']);
    expect(re('b').exec('abc')).toEqual(['b']);
    expect(re('^b').exec('abc')).toBeNull();
  });
});

describe('what is not evaluated here', () => {
  it.each([
    ['^(?R)?$', /recursion/],
    ['^(a)(?1)$', /recursion/],
    ['^(?(1)a|b)$', /conditional/],
    ['^\\p{L}$', /Unicode property/],
    ['(*UTF)a', /VERB/],
    ['(?|(a)|(b))', /branch reset/],
    ['a\\Kb', /\\K/],
    ['(?<=a+)b', /fixed length/],
    ['\\x{100}', /above \\xff/],
    ['(a', /missing closing parenthesis/],
    ['a)', /unmatched closing parenthesis/],
    ['[a', /missing \]/],
    ['*a', /nothing to repeat/],
    ['a**', /follows another/],
    ['[z-a]', /out of order/],
    ['\\2(a)', /group 2, which does not exist/],
    ['\\k<nope>', /named "nope"/],
    ['(?<n>a)(?<n>b)', /used twice/],
    ['a{70000}', /above 65535/],
    ['(?Z)a', /option/],
    ['('.repeat(251) + ')'.repeat(251), /nested more than 250/],
  ])('%j: %s', (pattern, why) => {
    const c = compilePcre(textToSubject(pattern), false);
    expect(c.regex).toBeNull();
    expect(pcreProblemText(c.error!, 'en')).toMatch(why);
  });

  it('refuses a pattern that would unroll into a huge program', () => {
    const c = compilePcre(textToSubject('(a{1000}){1000}'), false);
    expect(c.regex).toBeNull();
    expect(c.error).toEqual({ kind: 'too-large' });
  });
});

describe('the match limit', () => {
  it.each([
    ['^/(a+)+$', `/${'a'.repeat(40)}b`],
    ['^/(\\w+\\s?)*$', '/An input string that takes a long time or even makes this regex to hang!'],
    ['^(x+x+)+y$', `${'x'.repeat(40)}yz`],
    ['^(a|aa)+$', `${'a'.repeat(60)}b`],
    ['^(.*a){12}$', `${'a'.repeat(30)}b`],
  ])('%j on a long subject stops with pcre2_match() error -47, as nginx logs it', (pattern, subject) => {
    const r = re(pattern);
    const started = Date.now();
    let error: unknown = null;
    try {
      r.test(textToSubject(subject));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PcreLimitError);
    expect((error as PcreLimitError).code).toBe(-47);
    expect((error as Error).message).toBe('pcre2_match() failed: -47 (match limit exceeded)');
    // Bounded: the limit is reached in well under the 10 s the fuzz suite calls a hang.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('answers at once when a byte every match needs is missing, as PCRE2 does', () => {
    // PCRE2 checks the last literal a match requires before backtracking: nginx answers these at once.
    expect(test('^/((b|bb)*)*c$', `/${'b'.repeat(60)}d`)).toBe(false);
    expect(test('(x+x+)+y', 'x'.repeat(60))).toBe(false);
  });

  it('counts backtracking points against the limit it is given', () => {
    const r = re('^(a|b)*c$', false, 100);
    expect(r.test('abababc')).toBe(true);
    expect(() => r.test(`${'ab'.repeat(100)}x c`)).toThrow(PcreLimitError);
    // A limit of 10,000,000 (PCRE2's default) lets the same subject finish.
    expect(re('^(a|b)*c$').test(`${'ab'.repeat(100)}x c`)).toBe(false);
  });

  it('keeps long subjects iterative (no stack overflow)', () => {
    expect(test('^(?:a|b)*$', 'ab'.repeat(50_000))).toBe(true);
    expect(test('^(a|b)*?$', 'ab'.repeat(50_000))).toBe(true);
  });
});
