// The tokenizer: a port of nginx's ngx_conf_read_token (src/core/ngx_conf_file.c) that keeps exact offsets.
import type { SourceFile } from './source.js';

export type TokenKind = 'word' | ';' | '{' | '}' | 'comment' | 'lua';

/** One token. `text.slice(start, end) === raw` always holds. */
export interface Token {
  kind: TokenKind;
  /** Exact source text, quotes and escapes included. */
  raw: string;
  /**
   * word: the argument as nginx stores it (quotes removed; `\"` `\'` `\\` `\t` `\r` `\n` unescaped);
   * comment: the text after `#`; lua: the raw Lua body between the braces; separators: the character.
   */
  value: string;
  /** True for a word written in single or double quotes. */
  quoted: boolean;
  start: number;
  end: number;
  /** 1-based line (only LF counts, as in nginx) and column (UTF-16 code units) of `start`. */
  line: number;
  column: number;
}

export interface LexError {
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

export interface LexResult {
  tokens: Token[];
  errors: LexError[];
}

/** nginx reads a config through a 4096-byte buffer; a token that does not fit is rejected. */
export const NGX_CONF_BUFFER = 4096;

const LF = 10;
const CR = 13;
const SP = 32;
const HT = 9;
const SEMI = 59;
const LBRACE = 123;
const RBRACE = 125;
const HASH = 35;
const BSLASH = 92;
const DQUOTE = 34;
const SQUOTE = 39;
const DOLLAR = 36;
const RPAREN = 41;
const DASH = 45;
const LBRACKET = 91;
const RBRACKET = 93;
const EQUALS = 61;
const BOM = 0xfeff;

function isSpace(c: number): boolean {
  return c === SP || c === HT || c === LF || c === CR;
}

/** Unescapes a word the way nginx copies it into cf->args. Only called when the raw text has a backslash. */
export function unescapeNginx(s: string): string {
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === BSLASH && i + 1 < n) {
      const d = s[i + 1];
      if (d === '"' || d === "'" || d === '\\') {
        out += d;
        i += 2;
        continue;
      }
      if (d === 't') {
        out += '\t';
        i += 2;
        continue;
      }
      if (d === 'r') {
        out += '\r';
        i += 2;
        continue;
      }
      if (d === 'n') {
        out += '\n';
        i += 2;
        continue;
      }
    }
    out += s[i];
    i++;
  }
  return out;
}

/**
 * Splits a config into tokens, one pass, no regular expressions. Errors are collected, never thrown;
 * after an error the lexer carries on as nginx's grammar most plausibly intended, so that the parser can
 * report the rest of the file too.
 */
export function lex(file: SourceFile): LexResult {
  const text = file.text;
  const n = text.length;
  const tokens: Token[] = [];
  const errors: LexError[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;

  // Statement tracking, only to recognise `*_by_lua_block` directive names.
  let atStatementStart = true;
  let luaPending = false;

  const error = (message: string, start: number, end: number, eLine: number, eLineStart: number): void => {
    errors.push({ message, start, end, line: eLine, column: start - eLineStart + 1 });
  };

  const byteLength = (start: number, end: number): number => {
    if (file.encoding === 'latin1' || end - start < NGX_CONF_BUFFER / 3) return end - start;
    return Buffer.byteLength(text.slice(start, end), 'utf8');
  };

  if (n > 0 && text.charCodeAt(0) === BOM) {
    let j = 1;
    while (j < n && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== SEMI && text.charCodeAt(j) !== LBRACE) j++;
    error(
      `unknown directive "${text.slice(0, j)}": the file starts with a UTF-8 byte order mark, which nginx reads as part of the first directive name`,
      0,
      1,
      1,
      0,
    );
    i = 1;
  }

  let needSpace = false;

  while (i < n) {
    let c = text.charCodeAt(i);

    if (needSpace) {
      needSpace = false;
      if (!isSpace(c) && c !== SEMI && c !== LBRACE && c !== RPAREN) {
        // nginx: after a closing quote only whitespace, ";", "{" or ")" may follow.
        error(`unexpected "${String.fromCodePoint(text.codePointAt(i)!)}"`, i, i + 1, line, lineStart);
      }
    }

    if (c === LF) {
      line++;
      i++;
      lineStart = i;
      continue;
    }
    if (c === SP || c === HT || c === CR) {
      i++;
      continue;
    }

    if (c === SEMI || c === LBRACE || c === RBRACE) {
      const ch = text[i]!;
      tokens.push({ kind: ch as TokenKind, raw: ch, value: ch, quoted: false, start: i, end: i + 1, line, column: i - lineStart + 1 });
      i++;
      if (c === LBRACE && luaPending) {
        luaPending = false;
        i = lexLuaBody(i);
        atStatementStart = true;
        continue;
      }
      if (c === SEMI) luaPending = false;
      atStatementStart = true;
      continue;
    }

    if (c === HASH) {
      let j = text.indexOf('\n', i);
      if (j === -1) j = n;
      let end = j;
      if (end > i && text.charCodeAt(end - 1) === CR) end--;
      const raw = text.slice(i, end);
      tokens.push({ kind: 'comment', raw, value: raw.slice(1), quoted: false, start: i, end, line, column: i - lineStart + 1 });
      if (j < n && byteLength(i, j) >= NGX_CONF_BUFFER) {
        error(`too long parameter "${text.slice(i, i + 10)}..." started`, i, end, line, lineStart);
      }
      i = j;
      continue;
    }

    // A word starts here.
    const tokStart = i;
    const tokLine = line;
    const tokLineStart = lineStart;
    let hasEscape = false;
    let terminated = true;

    if (c === DQUOTE || c === SQUOTE) {
      const q = c;
      i++;
      terminated = false;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c === BSLASH) {
          hasEscape = true;
          if (i + 1 < n && text.charCodeAt(i + 1) === LF) {
            line++;
            lineStart = i + 2;
          }
          i += 2;
          continue;
        }
        if (c === LF) {
          line++;
          lineStart = i + 1;
        } else if (c === q) {
          terminated = true;
          break;
        }
        i++;
      }
      if (!terminated) {
        i = n;
        const raw = text.slice(tokStart, n);
        const inner = raw.slice(1);
        tokens.push({
          kind: 'word', raw, value: hasEscape ? unescapeNginx(inner) : inner, quoted: true,
          start: tokStart, end: n, line: tokLine, column: tokStart - tokLineStart + 1,
        });
        // The parser reports the unfinished statement at end of file.
        break;
      }
      // i is at the closing quote.
      if (byteLength(tokStart + 1, i) >= NGX_CONF_BUFFER) {
        error(`too long parameter, probably missing terminating "${String.fromCharCode(q)}" character`, tokStart, i + 1, tokLine, tokLineStart);
      }
      i++;
      const raw = text.slice(tokStart, i);
      const inner = raw.slice(1, -1);
      tokens.push({
        kind: 'word', raw, value: hasEscape ? unescapeNginx(inner) : inner, quoted: true,
        start: tokStart, end: i, line: tokLine, column: tokStart - tokLineStart + 1,
      });
      needSpace = true;
    } else {
      let variable = false;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c === LBRACE && variable) {
          // `${name}`: a brace right after `$` belongs to the word.
          variable = false;
          i++;
          continue;
        }
        variable = false;
        if (c === BSLASH) {
          hasEscape = true;
          if (i + 1 < n && text.charCodeAt(i + 1) === LF) {
            line++;
            lineStart = i + 2;
          }
          i += 2;
          continue;
        }
        if (c === DOLLAR) {
          variable = true;
          i++;
          continue;
        }
        if (isSpace(c) || c === SEMI || c === LBRACE) break;
        i++;
      }
      if (i > n) i = n;
      if (i < n && byteLength(tokStart, i) >= NGX_CONF_BUFFER) {
        error(`too long parameter "${text.slice(tokStart, tokStart + 10)}..." started`, tokStart, i, tokLine, tokLineStart);
      }
      const raw = text.slice(tokStart, i);
      tokens.push({
        kind: 'word', raw, value: hasEscape ? unescapeNginx(raw) : raw, quoted: false,
        start: tokStart, end: i, line: tokLine, column: tokStart - tokLineStart + 1,
      });
    }

    if (atStatementStart) {
      const last = tokens[tokens.length - 1]!;
      luaPending = last.value.endsWith('_by_lua_block');
      atStatementStart = false;
    }
  }

  return { tokens, errors };

  /**
   * Scans a Lua body that starts at `from` (just after `{`) to its matching `}`, honouring Lua strings,
   * long brackets and comments, as lua-nginx-module's block lexer does. Emits the body and `}` tokens and
   * returns the offset after the closing brace.
   */
  function lexLuaBody(from: number): number {
    const bodyLine = line;
    const bodyLineStart = lineStart;
    let depth = 1;
    let j = from;
    const longLevel = (k: number): number => {
      // At `[`: returns the level of a long bracket `[==[` (0 for `[[`), or -1 when it is not one.
      let m = k + 1;
      while (m < n && text.charCodeAt(m) === EQUALS) m++;
      return m < n && text.charCodeAt(m) === LBRACKET ? m - k - 1 : -1;
    };
    const skipLong = (k: number, level: number): number => {
      // k is at the opening `[`; returns the offset after the closing `]==]`.
      const close = ']' + '='.repeat(level) + ']';
      const from = k + level + 2;
      const idx = text.indexOf(close, from);
      const stop = idx === -1 ? n : idx + close.length;
      countLines(from, stop);
      return stop;
    };
    const countLines = (a: number, b: number): void => {
      let k = text.indexOf('\n', a);
      while (k !== -1 && k < b) {
        line++;
        lineStart = k + 1;
        k = text.indexOf('\n', k + 1);
      }
    };
    while (j < n) {
      const ch = text.charCodeAt(j);
      if (ch === LF) {
        line++;
        j++;
        lineStart = j;
        continue;
      }
      if (ch === DASH && j + 1 < n && text.charCodeAt(j + 1) === DASH) {
        if (j + 2 < n && text.charCodeAt(j + 2) === LBRACKET) {
          const level = longLevel(j + 2);
          if (level >= 0) {
            j = skipLong(j + 2, level);
            continue;
          }
        }
        const eol = text.indexOf('\n', j);
        j = eol === -1 ? n : eol;
        continue;
      }
      if (ch === LBRACKET) {
        const level = longLevel(j);
        if (level >= 0) {
          j = skipLong(j, level);
          continue;
        }
        j++;
        continue;
      }
      if (ch === DQUOTE || ch === SQUOTE) {
        j++;
        while (j < n) {
          const d = text.charCodeAt(j);
          if (d === BSLASH) {
            if (j + 1 < n && text.charCodeAt(j + 1) === LF) {
              line++;
              lineStart = j + 2;
            }
            j += 2;
            continue;
          }
          if (d === ch) {
            j++;
            break;
          }
          if (d === LF) break; // unfinished string: Lua would reject it; keep scanning the block
          j++;
        }
        continue;
      }
      if (ch === LBRACE) depth++;
      else if (ch === RBRACE) {
        depth--;
        if (depth === 0) break;
      }
      j++;
    }
    const end = Math.min(j, n);
    const raw = text.slice(from, end);
    tokens.push({ kind: 'lua', raw, value: raw, quoted: false, start: from, end, line: bodyLine, column: from - bodyLineStart + 1 });
    if (j >= n) {
      error('unexpected end of file, expecting "}"', n, n, line, lineStart);
      return n;
    }
    tokens.push({ kind: '}', raw: '}', value: '}', quoted: false, start: j, end: j + 1, line, column: j - lineStart + 1 });
    return j + 1;
  }
}
