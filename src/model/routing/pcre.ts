// PCRE to JavaScript. Patterns arrive as byte subjects; the translation keeps PCRE's meaning for what configs use
// and refuses (an error) what JavaScript would read differently.
import { PUA } from './subject.js';
import type { PcreProblem } from './types.js';

const POSIX_CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z', xdigit: '0-9A-Fa-f',
  space: '\\t\\n\\v\\f\\r ', blank: ' \\t', word: '\\w', punct: '!-\\/:-@\\[-`{-~', cntrl: '\\x00-\\x1f\\x7f',
};
const UNSUPPORTED_ESCAPES = new Set(['h', 'H', 'v', 'V', 'R', 'K', 'X', 'C', 'G', 'N', 'p', 'P', 'o', 'g', 'E', 'u', 'U', 'L', 'l', 'F']);

/**
 * Translates a PCRE pattern (as a byte subject) to a JavaScript RegExp with the same meaning on subjects, or says
 * why it cannot (`error`).
 */
export function compilePcre(pattern: string, caseless: boolean): { regex: RegExp | null; error: PcreProblem | null } {
  let src = pattern;
  let ignoreCase = caseless;
  let dotAll = false;
  let multiline = false;
  // Leading option settings such as (?i) apply to the whole pattern.
  for (let m = /^\(\?([a-zA-Z]+)\)/.exec(src); m; m = /^\(\?([a-zA-Z]+)\)/.exec(src)) {
    for (const f of m[1]!) {
      if (f === 'i') ignoreCase = true;
      else if (f === 's') dotAll = true;
      else if (f === 'm') multiline = true;
      else return { regex: null, error: { kind: 'option', text: `(?${f})` } };
    }
    src = src.slice(m[0].length);
  }
  const fail = (error: PcreProblem): { regex: null; error: PcreProblem } => ({ regex: null, error });
  const literal = (c: string): string => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? '\\' + c : c);
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) return fail({ kind: 'trailing-backslash' });
      if (n === 'Q') {
        const end = src.indexOf('\\E', i + 2);
        const text = src.slice(i + 2, end === -1 ? undefined : end);
        for (const ch of text) out += literal(ch);
        i = end === -1 ? src.length : end + 1;
        continue;
      }
      if (UNSUPPORTED_ESCAPES.has(n)) return fail({ kind: 'escape', text: `\\${n}` });
      if (n === 'x' && src[i + 2] === '{') {
        const close = src.indexOf('}', i);
        const code = parseInt(src.slice(i + 3, close), 16);
        if (close === -1 || !(code <= 0xff)) return fail({ kind: 'hex-above-ff' });
        out += '\\u' + (code < 0x80 ? code : PUA + code).toString(16).padStart(4, '0');
        i = close;
        continue;
      }
      if (n === 'x') {
        const hex = /^[0-9a-fA-F]{1,2}/.exec(src.slice(i + 2))?.[0] ?? '';
        const code = hex === '' ? 0 : parseInt(hex, 16);
        out += '\\u' + (code < 0x80 ? code : PUA + code).toString(16).padStart(4, '0');
        i += 1 + hex.length;
        continue;
      }
      if (!inClass && n === 'A') out += '^';
      else if (!inClass && n === 'z') out += '(?![\\s\\S])';
      else if (!inClass && n === 'Z') out += '(?=\\n?(?![\\s\\S]))';
      else if (n === 'e') out += '\\x1b';
      else if (n === 'a') out += '\\x07';
      else if (n === 's') out += inClass ? '\\t\\n\\v\\f\\r ' : '[\\t\\n\\v\\f\\r ]';
      else if (n === 'S') {
        if (inClass) return fail({ kind: 's-in-class' });
        out += '[^\\t\\n\\v\\f\\r ]';
      } else out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(src.slice(i));
      if (posix) {
        const set = POSIX_CLASSES[posix[2]!];
        if (!set || posix[1]) return fail({ kind: 'posix-class', text: `[:${posix[1]}${posix[2]}:]` });
        out += set;
        i += posix[0].length - 1;
        continue;
      }
      if (c === '[') out += '\\[';
      else {
        if (c === ']') inClass = false;
        out += c;
      }
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += '[';
      if (src[i + 1] === '^') {
        out += '^';
        i++;
      }
      // A `]` right after the opening bracket is a literal in PCRE; in JavaScript `[]` is an empty class.
      if (src[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '.') out += dotAll ? '[\\s\\S]' : '[^\\n]';
    else if (c === '$') out += multiline ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))';
    else if (c === '^') out += multiline ? '(?<=^|\\n)' : '^';
    else if (c === '(' && src[i + 1] === '?') {
      const rest = src.slice(i);
      if (rest.startsWith('(?P<')) {
        out += '(?<';
        i += 3;
      } else if (/^\(\?P=(\w+)\)/.test(rest)) {
        const m = /^\(\?P=(\w+)\)/.exec(rest)!;
        out += `\\k<${m[1]}>`;
        i += m[0].length - 1;
      } else if (rest.startsWith('(?#')) {
        const close = src.indexOf(')', i);
        i = close === -1 ? src.length : close;
      } else if (/^\(\?(?:[:=!]|<[=!]|<[A-Za-z_])/.test(rest)) {
        out += '(';
      } else {
        return fail({ kind: 'group', text: rest.slice(0, 4) });
      }
    } else out += c;
  }
  try {
    return { regex: new RegExp(out, ignoreCase ? 'i' : ''), error: null };
  } catch (e) {
    return { regex: null, error: { kind: 'invalid', detail: (e as Error).message } };
  }
}
