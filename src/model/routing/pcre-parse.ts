// PCRE2 pattern syntax (8-bit, no UTF, C locale, as nginx compiles `location ~` and `server_name ~`) to a small tree.
// What the matcher cannot evaluate faithfully is refused with a reason, never guessed.
import type { PcreProblem, PcreProblemKind } from './types.js';

/** A set of bytes: 256 bits. Literal characters are sets too (one byte, or two under caseless matching). */
export type ByteSet = Uint32Array;

export type AssertKind =
  /** `^` */ | 'bol' /** `^` with (?m) */ | 'mbol' /** `$` */ | 'eol' /** `$` with (?m) */ | 'meol'
  /** `\A`, `\G` */ | 'start' /** `\z` */ | 'end' /** `\Z` */ | 'endnl' /** `\b` */ | 'word' /** `\B` */ | 'nonword';

export type PcreNode =
  | { t: 'set'; set: ByteSet }
  | { t: 'seq'; items: PcreNode[] }
  | { t: 'alt'; alts: PcreNode[] }
  | { t: 'group'; index: number; body: PcreNode }
  | { t: 'repeat'; body: PcreNode; min: number; max: number; mode: 'greedy' | 'lazy' | 'possessive' }
  | { t: 'assert'; kind: AssertKind }
  | { t: 'look'; behind: boolean; negate: boolean; body: PcreNode }
  | { t: 'atomic'; body: PcreNode }
  | { t: 'backref'; index: number; caseless: boolean };

export interface ParsedPcre {
  node: PcreNode;
  /** Capturing groups, numbered from 1. */
  groups: number;
  names: Map<string, number>;
}

/** Why a pattern cannot be evaluated here (unsupported syntax, or one nginx -t itself would reject). */
export class PcreSyntaxError extends Error {
  constructor(readonly problem: PcreProblem) {
    super(`${problem.kind}${problem.text !== undefined ? ` ${problem.text}` : ''}`);
    this.name = 'PcreSyntaxError';
  }
}

/** PCRE2's limit on nested parentheses (PARENS_NEST_LIMIT). */
const PARENS_NEST_LIMIT = 250;
/** PCRE2's largest repeat count. */
const MAX_REPEAT = 65535;

export function emptySet(): ByteSet {
  return new Uint32Array(8);
}
export function addByte(s: ByteSet, b: number): void {
  s[b >> 5]! |= 1 << (b & 31);
}
export function hasByte(s: ByteSet, b: number): boolean {
  return (s[b >> 5]! & (1 << (b & 31))) !== 0;
}
function addRange(s: ByteSet, from: number, to: number): void {
  for (let b = from; b <= to; b++) addByte(s, b);
}
function union(into: ByteSet, other: ByteSet): void {
  for (let k = 0; k < 8; k++) into[k]! |= other[k]!;
}
function invert(s: ByteSet): ByteSet {
  const out = emptySet();
  for (let k = 0; k < 8; k++) out[k] = ~s[k]! >>> 0;
  return out;
}
function setOf(pred: (b: number) => boolean): ByteSet {
  const s = emptySet();
  for (let b = 0; b < 256; b++) if (pred(b)) addByte(s, b);
  return s;
}

const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;
const isUpper = (b: number): boolean => b >= 0x41 && b <= 0x5a;
const isLower = (b: number): boolean => b >= 0x61 && b <= 0x7a;
export const isWordByte = (b: number): boolean => isDigit(b) || isUpper(b) || isLower(b) || b === 0x5f;
/** PCRE2's \s: space, \t, \n, \v, \f, \r (no 0x85 or 0xA0 in the C locale). */
const isSpace = (b: number): boolean => b === 0x20 || (b >= 0x09 && b <= 0x0d);

const CLASS_ESCAPES: Record<string, (b: number) => boolean> = {
  d: isDigit, D: (b) => !isDigit(b), w: isWordByte, W: (b) => !isWordByte(b), s: isSpace, S: (b) => !isSpace(b),
  h: (b) => b === 0x09 || b === 0x20 || b === 0xa0, H: (b) => !(b === 0x09 || b === 0x20 || b === 0xa0),
  v: (b) => (b >= 0x0a && b <= 0x0d) || b === 0x85, V: (b) => !((b >= 0x0a && b <= 0x0d) || b === 0x85),
  N: (b) => b !== 0x0a,
};

const POSIX: Record<string, (b: number) => boolean> = {
  alpha: (b) => isUpper(b) || isLower(b), digit: isDigit, alnum: (b) => isDigit(b) || isUpper(b) || isLower(b),
  upper: isUpper, lower: isLower, xdigit: (b) => isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66),
  space: isSpace, blank: (b) => b === 0x20 || b === 0x09, word: isWordByte, cntrl: (b) => b < 0x20 || b === 0x7f,
  punct: (b) => b > 0x20 && b < 0x7f && !isDigit(b) && !isUpper(b) && !isLower(b),
  graph: (b) => b > 0x20 && b < 0x7f, print: (b) => b >= 0x20 && b < 0x7f, ascii: (b) => b < 0x80,
};

const SIMPLE_ESCAPES: Record<string, number> = { a: 0x07, e: 0x1b, f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09 };

/** Escapes PCRE2 has and this matcher does not evaluate. */
const UNSUPPORTED_ESCAPES: Record<string, PcreProblemKind> = {
  p: 'unicode-property', P: 'unicode-property', X: 'unicode-property', C: 'escape', K: 'escape', L: 'escape', l: 'escape', U: 'escape', u: 'escape',
};

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  U: boolean;
  n: boolean;
}

/** The byte a subject character stands for (see subject.ts: bytes 0x80-0xFF are U+E080-U+E0FF). */
function byteOf(code: number): number {
  return code >= 0xe000 ? code - 0xe000 : code & 0xff;
}

/**
 * Parses a PCRE2 pattern given as a byte subject. `caseless` is `~*` (and every `server_name` regex). Throws
 * PcreSyntaxError with the reason for anything it cannot evaluate exactly.
 */
export function parsePcre(pattern: string, caseless: boolean): ParsedPcre {
  const src: number[] = [];
  for (let k = 0; k < pattern.length; k++) src.push(byteOf(pattern.charCodeAt(k)));
  const totalGroups = countGroups(src);
  let i = 0;
  let groups = 0;
  let depth = 0;
  const names = new Map<string, number>();
  const backrefs: { name?: string; index?: number }[] = [];
  const fail = (kind: PcreProblemKind, text?: string): never => {
    throw new PcreSyntaxError(text === undefined ? { kind } : { kind, text });
  };
  const peek = (k = 0): number | undefined => src[i + k];
  const ch = (k = 0): string => (src[i + k] === undefined ? '' : String.fromCharCode(src[i + k]!));

  const literal = (b: number, f: Flags): PcreNode => {
    const s = emptySet();
    addByte(s, b);
    if (f.i && isUpper(b)) addByte(s, b + 32);
    if (f.i && isLower(b)) addByte(s, b - 32);
    return { t: 'set', set: s };
  };
  const foldSet = (s: ByteSet, f: Flags): ByteSet => {
    if (!f.i) return s;
    for (let b = 0x41; b <= 0x5a; b++) {
      if (hasByte(s, b) || hasByte(s, b + 32)) {
        addByte(s, b);
        addByte(s, b + 32);
      }
    }
    return s;
  };

  const readName = (close: string): string => {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(String.fromCharCode(...src.slice(i, i + 33)));
    if (!m || ch(m[0].length) !== close) fail('malformed', 'a group name');
    i += m![0].length + 1;
    return m![0];
  };
  const readHex = (max: number): number => {
    let v = 0;
    let n = 0;
    while (n < max && /[0-9a-fA-F]/.test(ch())) {
      v = v * 16 + parseInt(ch(), 16);
      i++;
      n++;
    }
    return v;
  };

  /** One escape after the backslash (i points past it); returns a node, or a byte for use in a class. */
  const escape = (f: Flags, inClass: boolean): PcreNode | { byte: number } => {
    const c = ch();
    if (c === '') fail('trailing-backslash');
    i++;
    if (c in SIMPLE_ESCAPES) return { byte: SIMPLE_ESCAPES[c]! };
    if (c in CLASS_ESCAPES) return { t: 'set', set: setOf(CLASS_ESCAPES[c]!) };
    if (c in UNSUPPORTED_ESCAPES) fail(UNSUPPORTED_ESCAPES[c]!, `\\${c}`);
    if (c === 'x') {
      if (ch() === '{') {
        i++;
        const v = readHex(8);
        if (ch() !== '}') fail('malformed', '\\x{...}');
        i++;
        if (v > 0xff) fail('hex-above-ff');
        return { byte: v };
      }
      return { byte: readHex(2) };
    }
    if (c === 'o') {
      if (ch() !== '{') fail('malformed', '\\o{...}');
      const end = src.indexOf(0x7d, i);
      const v = parseInt(String.fromCharCode(...src.slice(i + 1, end)), 8);
      if (end === -1 || !(v <= 0xff)) fail('malformed', '\\o{...}');
      i = end + 1;
      return { byte: v };
    }
    if (c === 'c') {
      const n = peek();
      if (n === undefined || n > 0x7e) fail('malformed', '\\c');
      i++;
      return { byte: (n! >= 0x61 && n! <= 0x7a ? n! - 32 : n!) ^ 0x40 };
    }
    if (c === '0') {
      let v = 0;
      for (let n = 0; n < 2 && /[0-7]/.test(ch()); n++, i++) v = v * 8 + Number(ch());
      return { byte: v };
    }
    if (inClass) {
      if (c === 'b') return { byte: 0x08 };
      if (/[1-9]/.test(c)) {
        // In a class, \1 to \7 start an octal escape; \8 and \9 are the digits.
        if (c === '8' || c === '9') return { byte: c.charCodeAt(0) };
        let v = Number(c);
        for (let n = 0; n < 2 && /[0-7]/.test(ch()); n++, i++) v = v * 8 + Number(ch());
        return { byte: v & 0xff };
      }
      if (/[A-Za-z]/.test(c)) fail('class-escape', `\\${c}`);
      return { byte: c.charCodeAt(0) };
    }
    if (c === 'A' || c === 'G') return { t: 'assert', kind: 'start' };
    if (c === 'z') return { t: 'assert', kind: 'end' };
    if (c === 'Z') return { t: 'assert', kind: 'endnl' };
    if (c === 'b') return { t: 'assert', kind: 'word' };
    if (c === 'B') return { t: 'assert', kind: 'nonword' };
    if (c === 'R') {
      // Any newline sequence: (?>\r\n|\n|\x0b|\f|\r|\x85).
      const one = (b: number): PcreNode => literal(b, { ...f, i: false });
      const crlf: PcreNode = { t: 'seq', items: [one(0x0d), one(0x0a)] };
      return { t: 'atomic', body: { t: 'alt', alts: [crlf, { t: 'set', set: setOf((b) => (b >= 0x0a && b <= 0x0d) || b === 0x85) }] } };
    }
    if (/[1-9]/.test(c)) {
      // \1-\9 are back references; a larger number is one when the pattern has that many groups, else octal.
      const start = i - 1;
      let num = Number(c);
      while (/[0-9]/.test(ch()) && num < 1000) num = num * 10 + Number(src[i++]! - 0x30);
      if (num >= 10 && num > totalGroups && /[0-7]/.test(c)) {
        i = start;
        let v = 0;
        for (let n = 0; n < 3 && /[0-7]/.test(ch()); n++, i++) v = v * 8 + Number(ch());
        return { byte: v & 0xff };
      }
      const ref = { index: num };
      backrefs.push(ref);
      return { t: 'backref', index: num, caseless: f.i };
    }
    if (c === 'g') {
      let body = '';
      if (ch() === '{') {
        const end = src.indexOf(0x7d, i);
        if (end === -1) fail('malformed', '\\g');
        body = String.fromCharCode(...src.slice(i + 1, end));
        i = end + 1;
      } else if (ch() === '<' || ch() === "'") {
        fail('recursion', '\\g<...>');
      } else {
        const m = /^-?[0-9]+/.exec(String.fromCharCode(...src.slice(i, i + 6)));
        if (!m) fail('malformed', '\\g');
        body = m![0];
        i += body.length;
      }
      if (/^-[0-9]+$/.test(body)) {
        const index = groups + 1 + Number(body);
        if (index < 1) fail('no-such-group', body);
        backrefs.push({ index });
        return { t: 'backref', index, caseless: f.i };
      }
      if (/^[0-9]+$/.test(body)) {
        backrefs.push({ index: Number(body) });
        return { t: 'backref', index: Number(body), caseless: f.i };
      }
      const ref: { name: string; index?: number } = { name: body };
      backrefs.push(ref);
      return namedRef(ref, f);
    }
    if (c === 'k') {
      const open = ch();
      const close = open === '<' ? '>' : open === "'" ? "'" : open === '{' ? '}' : '';
      if (!close) fail('malformed', '\\k');
      i++;
      const ref: { name: string; index?: number } = { name: readName(close) };
      backrefs.push(ref);
      return namedRef(ref, f);
    }
    if (/[A-Za-z]/.test(c)) fail('escape', `\\${c}`);
    return { byte: c.charCodeAt(0) };
  };

  // Named references are resolved once the whole pattern is read (a name may be defined later).
  const pendingNamed: { ref: { name: string; index?: number }; node: { t: 'backref'; index: number; caseless: boolean } }[] = [];
  const namedRef = (ref: { name: string; index?: number }, f: Flags): PcreNode => {
    const node = { t: 'backref' as const, index: 0, caseless: f.i };
    pendingNamed.push({ ref, node });
    return node;
  };

  const parseClass = (f: Flags): PcreNode => {
    // i points past '['.
    let negate = false;
    if (ch() === '^') {
      negate = true;
      i++;
    }
    const set = emptySet();
    let first = true;
    for (;;) {
      const c = ch();
      if (c === '') fail('missing-bracket');
      if (c === ']' && !first) {
        i++;
        break;
      }
      first = false;
      if (c === '[') {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(String.fromCharCode(...src.slice(i, i + 12)));
        if (m) {
          const pred = POSIX[m[2]!];
          if (!pred) fail('posix-class', `[:${m[2]}:]`);
          union(set, setOf(m[1] ? (b) => !pred!(b) : pred!));
          i += m[0].length;
          continue;
        }
      }
      let lo: number;
      if (c === '\\') {
        i++;
        const e = escape(f, true);
        if ('t' in e) {
          union(set, (e as { set: ByteSet }).set);
          continue;
        }
        lo = e.byte;
      } else {
        lo = src[i++]!;
      }
      if (ch() === '-' && peek(1) !== undefined && ch(1) !== ']') {
        i++;
        let hi: number;
        if (ch() === '\\') {
          i++;
          const e = escape(f, true);
          if ('t' in e) fail('range-order');
          hi = (e as { byte: number }).byte;
        } else if (ch() === '[' && /^\[:[a-z^]+:\]/.test(String.fromCharCode(...src.slice(i, i + 12)))) {
          fail('range-order');
          hi = 0;
        } else {
          hi = src[i++]!;
        }
        if (hi < lo) fail('range-order');
        addRange(set, lo, hi);
        continue;
      }
      addByte(set, lo);
    }
    foldSet(set, f);
    return { t: 'set', set: negate ? invert(set) : set };
  };

  /** Reads option letters such as `i-sx` (i points at them); returns the new flags and the terminator. */
  const readOptions = (f: Flags): { flags: Flags; end: string } => {
    const out = { ...f };
    let on = true;
    for (;;) {
      const c = ch();
      if (c === ')' || c === ':') {
        i++;
        return { flags: out, end: c };
      }
      if (c === '-') {
        on = false;
      } else if (c === 'i' || c === 'm' || c === 's' || c === 'x' || c === 'U' || c === 'n') {
        out[c] = on;
      } else if (c === '^') {
        Object.assign(out, { i: false, m: false, s: false, x: false, U: false, n: false });
      } else {
        fail(c ? 'option' : 'missing-paren', c ? `(?${c})` : undefined);
      }
      i++;
    }
  };

  const skipExtended = (f: Flags): void => {
    if (!f.x) return;
    for (;;) {
      const b = peek();
      if (b === 0x20 || (b !== undefined && b >= 0x09 && b <= 0x0d)) i++;
      else if (b === 0x23) {
        while (peek() !== undefined && peek() !== 0x0a) i++;
      } else return;
    }
  };

  const quantifier = (f: Flags): { min: number; max: number } | null => {
    const c = ch();
    if (c === '*') return i++, { min: 0, max: Infinity };
    if (c === '+') return i++, { min: 1, max: Infinity };
    if (c === '?') return i++, { min: 0, max: 1 };
    if (c === '{') {
      const m = /^\{([0-9]+)(,([0-9]*))?\}/.exec(String.fromCharCode(...src.slice(i, i + 14)));
      if (!m) return null; // a literal {
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) fail('repeat-too-large');
      if (max < min) fail('range-order', m[0]);
      i += m[0].length;
      return { min, max };
    }
    void f;
    return null;
  };

  /** A sequence of items up to `|`, `)` or the end. */
  const parseSeq = (flags: Flags): { node: PcreNode; flags: Flags } => {
    let f = flags;
    const items: PcreNode[] = [];
    for (;;) {
      skipExtended(f);
      const c = ch();
      if (c === '' || c === '|' || c === ')') break;
      let atom: PcreNode | null = null;
      if (c === '\\') {
        i++;
        if (ch() === 'Q') {
          i++;
          while (i < src.length && !(src[i] === 0x5c && src[i + 1] === 0x45)) items.push(literal(src[i++]!, f));
          if (i < src.length) i += 2;
          continue;
        }
        if (ch() === 'E') {
          i++;
          continue;
        }
        const e = escape(f, false);
        atom = 't' in e ? (e as PcreNode) : literal((e as { byte: number }).byte, f);
      } else if (c === '[') {
        i++;
        atom = parseClass(f);
      } else if (c === '.') {
        i++;
        atom = { t: 'set', set: setOf((b) => f.s || b !== 0x0a) };
      } else if (c === '^') {
        i++;
        atom = { t: 'assert', kind: f.m ? 'mbol' : 'bol' };
      } else if (c === '$') {
        i++;
        atom = { t: 'assert', kind: f.m ? 'meol' : 'eol' };
      } else if (c === '(') {
        i++;
        const g = parseGroup(f);
        if (g.flagsOnly) {
          f = g.flags;
          continue;
        }
        atom = g.node;
      } else if (c === '*' || c === '+' || c === '?') {
        fail('nothing-to-repeat');
      } else if (c === '{' && quantifierAhead()) {
        fail('nothing-to-repeat');
      } else {
        atom = literal(src[i++]!, f);
      }
      skipExtended(f);
      const q = quantifier(f);
      if (q && atom) {
        let mode: 'greedy' | 'lazy' | 'possessive' = f.U ? 'lazy' : 'greedy';
        if (ch() === '?') {
          mode = f.U ? 'greedy' : 'lazy';
          i++;
        } else if (ch() === '+') {
          mode = 'possessive';
          i++;
        }
        if (atom.t === 'look' || (atom.t === 'assert')) {
          // PCRE2 treats a repeated assertion as at most one occurrence.
          atom = q.min === 0 ? { t: 'seq', items: [] } : atom;
        } else {
          atom = { t: 'repeat', body: atom, min: q.min, max: q.max, mode };
        }
        const again = ch();
        if (again === '*' || again === '+' || again === '?' || (again === '{' && quantifierAhead())) fail('double-quantifier');
      }
      if (atom) items.push(atom);
    }
    return { node: items.length === 1 ? items[0]! : { t: 'seq', items }, flags: f };
  };

  const quantifierAhead = (): boolean => /^\{[0-9]+(,[0-9]*)?\}/.test(String.fromCharCode(...src.slice(i, i + 14)));

  /** Alternatives up to `)` or the end. Option settings such as (?i) last to the end of the enclosing group. */
  const parseAlt = (flags: Flags): PcreNode => {
    const alts: PcreNode[] = [];
    let f = flags;
    for (;;) {
      const s = parseSeq(f);
      alts.push(s.node);
      f = s.flags;
      if (ch() !== '|') break;
      i++;
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts };
  };

  /** After `(`: a group of any kind, or an option setting `(?i)` (flagsOnly). */
  const parseGroup = (f: Flags): { node: PcreNode; flagsOnly: false } | { flagsOnly: true; flags: Flags; node?: undefined } => {
    if (++depth > PARENS_NEST_LIMIT) fail('nested-too-deep');
    try {
      const body = (inner: Flags): PcreNode => {
        const n = parseAlt(inner);
        if (ch() !== ')') fail('missing-paren');
        i++;
        return n;
      };
      if (ch() === '*') fail('verb');
      if (ch() !== '?') {
        if (f.n) return { node: body(f), flagsOnly: false };
        const index = ++groups;
        return { node: { t: 'group', index, body: body(f) }, flagsOnly: false };
      }
      i++;
      const c = ch();
      if (c === '#') {
        while (i < src.length && src[i] !== 0x29) i++;
        if (i >= src.length) fail('missing-paren');
        i++;
        return { node: { t: 'seq', items: [] }, flagsOnly: false };
      }
      if (c === ':') {
        i++;
        return { node: body(f), flagsOnly: false };
      }
      if (c === '>') {
        i++;
        return { node: { t: 'atomic', body: body(f) }, flagsOnly: false };
      }
      if (c === '=' || c === '!') {
        i++;
        return { node: { t: 'look', behind: false, negate: c === '!', body: body(f) }, flagsOnly: false };
      }
      if (c === '<' && (ch(1) === '=' || ch(1) === '!')) {
        const negate = ch(1) === '!';
        i += 2;
        const b = body(f);
        if (Array.isArray(fixedLength(b)) && b.t === 'alt') {
          // Top-level alternatives of different lengths: one lookbehind each (any may hold; none may, when negated).
          const each = b.alts.map((a): PcreNode => ({ t: 'look', behind: true, negate, body: a }));
          return { node: negate ? { t: 'seq', items: each } : { t: 'alt', alts: each }, flagsOnly: false };
        }
        return { node: { t: 'look', behind: true, negate, body: b }, flagsOnly: false };
      }
      if ((c === '<' && /[A-Za-z_]/.test(ch(1))) || c === "'" || (c === 'P' && ch(1) === '<')) {
        if (c === 'P') i++;
        const close = ch() === "'" ? "'" : '>';
        i++;
        const name = readName(close);
        const index = ++groups;
        if (names.has(name)) fail('duplicate-name', name);
        names.set(name, index);
        return { node: { t: 'group', index, body: body(f) }, flagsOnly: false };
      }
      if (c === 'P' && ch(1) === '=') {
        i += 2;
        const ref: { name: string; index?: number } = { name: readName(')') };
        backrefs.push(ref);
        return { node: namedRef(ref, f), flagsOnly: false };
      }
      if (c === '|') fail('branch-reset');
      if (c === '(') fail('conditional');
      if (c === 'R' || c === '&' || /[0-9+-]/.test(c) || (c === 'P' && ch(1) === '>')) fail('recursion');
      if (c === 'C') fail('callout');
      const o = readOptions(f);
      if (o.end === ')') return { flagsOnly: true, flags: o.flags };
      return { node: body(o.flags), flagsOnly: false };
    } finally {
      depth--;
    }
  };

  const initial: Flags = { i: caseless, m: false, s: false, x: false, U: false, n: false };
  const node = parseAlt(initial);
  if (i < src.length) fail('unmatched-paren');
  for (const p of pendingNamed) {
    const index = names.get(p.ref.name);
    if (index === undefined) fail('no-such-name', p.ref.name);
    p.node.index = index!;
  }
  for (const r of backrefs) {
    if (r.index !== undefined && r.index > groups) fail('no-such-group', String(r.index));
  }
  return { node, groups, names };
}

/** Capturing groups in a pattern, counted ahead (a back reference such as \\12 depends on the total). */
function countGroups(src: number[]): number {
  let count = 0;
  let inClass = false;
  for (let k = 0; k < src.length; k++) {
    const c = src[k]!;
    if (c === 0x5c) {
      k++;
    } else if (inClass) {
      if (c === 0x5d) inClass = false;
    } else if (c === 0x5b) {
      inClass = true;
      if (src[k + 1] === 0x5e) k++;
      if (src[k + 1] === 0x5d) k++;
    } else if (c === 0x28) {
      const next = String.fromCharCode(src[k + 1] ?? 0, src[k + 2] ?? 0);
      if (next[0] !== '?' || /^\?(P?<[A-Za-z_]|')/.test(String.fromCharCode(...src.slice(k + 1, k + 4)))) count++;
    }
  }
  return count;
}

/**
 * The length every match of a node has, or a PcreSyntaxError: PCRE2 accepts only fixed-length lookbehinds (each
 * top-level alternative may have its own length).
 */
export function fixedLength(n: PcreNode, top = true): number | number[] {
  const one = (x: PcreNode): number => {
    const l = fixedLength(x, false);
    if (typeof l !== 'number') throw new PcreSyntaxError({ kind: 'lookbehind-length' });
    return l;
  };
  switch (n.t) {
    case 'set':
      return 1;
    case 'assert':
    case 'look':
      return 0;
    case 'seq':
      return n.items.reduce((a, x) => a + one(x), 0);
    case 'group':
    case 'atomic':
      return one(n.body);
    case 'repeat':
      if (n.min !== n.max) throw new PcreSyntaxError({ kind: 'lookbehind-length' });
      return one(n.body) * n.min;
    case 'alt': {
      const lens = n.alts.map(one);
      if (lens.every((l) => l === lens[0])) return lens[0]!;
      if (top) return lens;
      throw new PcreSyntaxError({ kind: 'lookbehind-length' });
    }
    case 'backref':
      throw new PcreSyntaxError({ kind: 'backref-in-lookbehind' });
  }
}
