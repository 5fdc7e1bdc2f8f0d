// The tokenizer: a port of nginx's ngx_conf_read_token (src/core/ngx_conf_file.c) that keeps exact offsets.
import { lineAt, type SourceFile } from './source.js';

export type TokenKind = 'word' | ';' | '{' | '}' | 'comment' | 'lua';

/** One token. `text.slice(start, end) === raw` always holds. */
export interface Token {
  readonly kind: TokenKind;
  /** Exact source text, quotes and escapes included. */
  readonly raw: string;
  /**
   * word: the argument as nginx stores it (quotes removed; `\"` `\'` `\\` `\t` `\r` `\n` unescaped);
   * comment: the text after `#`; lua: the raw Lua body between the braces; separators: the character.
   */
  readonly value: string;
  /** True for a word written in single or double quotes. */
  readonly quoted: boolean;
  readonly start: number;
  readonly end: number;
  /** 1-based line (only LF counts, as in nginx) and column (UTF-16 code units) of `start`. */
  readonly line: number;
  readonly column: number;
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

const KINDS: readonly TokenKind[] = ['word', ';', '{', '}', 'comment', 'lua'];
/** Token kinds as small numbers (TokenList.code), for the parser's loop. */
export const K_WORD = 0;
export const K_SEMI = 1;
export const K_OPEN = 2;
export const K_CLOSE = 3;
export const K_COMMENT = 4;
export const K_LUA = 5;
const KIND_MASK = 7;
/** A word written in quotes. */
const F_QUOTED = 8;
/** A word with a backslash: its value is unescaped. */
const F_ESCAPED = 16;
/** A quoted word the file ended inside (no closing quote). */
const F_OPEN_QUOTE = 32;

/** A token this long or longer keeps its length in TokenList.long (a Lua body, a long comment or regex). */
const LONG = 255;

/** Working arrays a list is filled in, kept between files up to this many tokens (1.5 MB) so reading a file allocates only its final arrays. */
const SCRATCH_KEEP = 1 << 18;
let scratch: { starts: Int32Array; lens: Uint8Array; flags: Uint8Array } | null = null;

/**
 * The tokens of one file, compactly: start offsets, lengths and kinds in typed arrays (six bytes a token), text
 * sliced from the source only when a token is looked at. A large config has millions of tokens; as objects they
 * would outweigh its text many times.
 */
export class TokenList {
  readonly file: SourceFile;
  count = 0;
  starts: Int32Array;
  /** Lengths below LONG; LONG means the length is in `long`. */
  lens: Uint8Array;
  flags: Uint8Array;
  /** Lengths of the tokens of LONG characters or more, by index. */
  long: Map<number, number> | null = null;

  constructor(file: SourceFile, capacity: number) {
    this.file = file;
    const n = Math.max(16, capacity);
    // While the file is read, the list fills working arrays shared by every file; trim() gives it its own.
    const s = scratch;
    if (s && s.starts.length >= n) {
      scratch = null;
      this.starts = s.starts;
      this.lens = s.lens;
      this.flags = s.flags;
    } else {
      this.starts = new Int32Array(n);
      this.lens = new Uint8Array(n);
      this.flags = new Uint8Array(n);
    }
  }

  /** Appends a token and returns its index. */
  push(start: number, end: number, flags: number): number {
    const k = this.count;
    if (k === this.starts.length) {
      const n = k * 2;
      const starts = new Int32Array(n);
      starts.set(this.starts);
      this.starts = starts;
      const lens = new Uint8Array(n);
      lens.set(this.lens);
      this.lens = lens;
      const fl = new Uint8Array(n);
      fl.set(this.flags);
      this.flags = fl;
    }
    this.starts[k] = start;
    const len = end - start;
    if (len < LONG) {
      this.lens[k] = len;
    } else {
      this.lens[k] = LONG;
      (this.long ??= new Map()).set(k, len);
    }
    this.flags[k] = flags;
    this.count = k + 1;
    return k;
  }

  /** Gives the list arrays of exactly its number of tokens once the file is read (the working ones serve the next file). */
  trim(): void {
    const n = this.count;
    if (this.starts.length === n) return;
    const { starts, lens, flags } = this;
    this.starts = starts.slice(0, n);
    this.lens = lens.slice(0, n);
    this.flags = flags.slice(0, n);
    if (starts.length <= SCRATCH_KEEP && (!scratch || scratch.starts.length < starts.length)) scratch = { starts, lens, flags };
  }

  /** Offset after the token's last character. */
  end(k: number): number {
    const len = this.lens[k]!;
    return this.starts[k]! + (len !== LONG ? len : this.long!.get(k)!);
  }

  /** The kind as a number (K_WORD ... K_LUA). */
  code(k: number): number {
    return this.flags[k]! & KIND_MASK;
  }

  kind(k: number): TokenKind {
    return KINDS[this.flags[k]! & KIND_MASK]!;
  }

  isKind(k: number, kind: TokenKind): boolean {
    return KINDS[this.flags[k]! & KIND_MASK] === kind;
  }

  raw(k: number): string {
    return this.file.text.slice(this.starts[k]!, this.end(k));
  }

  quoted(k: number): boolean {
    return (this.flags[k]! & F_QUOTED) !== 0;
  }

  value(k: number): string {
    const f = this.flags[k]!;
    const start = this.starts[k]!;
    const end = this.end(k);
    const text = this.file.text;
    switch (f & KIND_MASK) {
      case K_WORD: {
        const inner = (f & F_QUOTED) === 0 ? text.slice(start, end) : text.slice(start + 1, (f & F_OPEN_QUOTE) !== 0 ? end : end - 1);
        return (f & F_ESCAPED) !== 0 ? unescapeNginx(inner) : inner;
      }
      case K_COMMENT:
        return text.slice(start + 1, end);
      default:
        return text.slice(start, end);
    }
  }

  /** True for a word written without quotes or backslashes: its value is its text, `raw(k)`. */
  isPlainWord(k: number): boolean {
    return (this.flags[k]! & (KIND_MASK | F_QUOTED | F_ESCAPED)) === K_WORD;
  }

  /**
   * Whether the token's value lower-cased is `lower` (`value(k).toLowerCase() === lower`). A plain ASCII word is
   * compared where it stands, without slicing it; anything else takes the long way, so the answer is always the same.
   */
  valueIs(k: number, lower: string): boolean {
    const f = this.flags[k]!;
    if ((f & KIND_MASK) !== K_WORD || (f & (F_QUOTED | F_ESCAPED)) !== 0) return this.value(k).toLowerCase() === lower;
    const start = this.starts[k]!;
    const len = this.end(k) - start;
    const text = this.file.text;
    // Outside ASCII, lower-casing may change a string's length or map a character to an ASCII one (the Kelvin sign).
    let same = len === lower.length;
    for (let i = 0; i < len; i++) {
      let c = text.charCodeAt(start + i);
      if (c >= 128) return this.value(k).toLowerCase() === lower;
      if (same) {
        if (c >= 65 && c <= 90) c += 32;
        same = c === lower.charCodeAt(i);
      }
    }
    return same;
  }

  /** The token as an object (made on each call; compare tokens by `start`, not by identity). */
  token(k: number): Token {
    return new TokenView(this, k);
  }
}

/** One token of a TokenList, read on access. */
class TokenView implements Token {
  private readonly list: TokenList;
  private readonly k: number;

  constructor(list: TokenList, k: number) {
    this.list = list;
    this.k = k;
  }

  get kind(): TokenKind {
    return this.list.kind(this.k);
  }

  get raw(): string {
    return this.list.raw(this.k);
  }

  get value(): string {
    return this.list.value(this.k);
  }

  get quoted(): boolean {
    return this.list.quoted(this.k);
  }

  get start(): number {
    return this.list.starts[this.k]!;
  }

  get end(): number {
    return this.list.end(this.k);
  }

  get line(): number {
    return lineAt(this.list.file, this.list.starts[this.k]!);
  }

  get column(): number {
    const start = this.list.starts[this.k]!;
    return start - this.list.file.lineStarts[lineAt(this.list.file, start) - 1]! + 1;
  }

  toJSON(): object {
    return { kind: this.kind, raw: this.raw, value: this.value, quoted: this.quoted, start: this.start, end: this.end, line: this.line, column: this.column };
  }
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
const LUA_BLOCK_SUFFIX = '_by_lua_block';

/** ASCII characters that only continue a bare word: not whitespace, `;`, `{`, a backslash or `$`. */
const WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = c === SP || c === HT || c === LF || c === CR || c === SEMI || c === LBRACE || c === BSLASH || c === DOLLAR ? 0 : 1;

function isSpace(c: number): boolean {
  return c === SP || c === HT || c === LF || c === CR;
}

/** The character an escape stands for, by the character after the backslash (`\"` `\'` `\\` `\t` `\r` `\n`); others stay as written. */
function unescaped(d: number): string | null {
  switch (d) {
    case DQUOTE:
      return '"';
    case SQUOTE:
      return "'";
    case BSLASH:
      return '\\';
    case 116: // t
      return '\t';
    case 114: // r
      return '\r';
    case 110: // n
      return '\n';
    default:
      return null;
  }
}

/**
 * Unescapes a word the way nginx copies it into cf->args. Only called when the raw text has a backslash. A word whose
 * backslashes escape nothing nginx unescapes (a regex's `\.`, read again by every rule that looks at a location) is
 * returned as it is, without a copy.
 */
export function unescapeNginx(s: string): string {
  let out = '';
  let from = 0;
  const n = s.length;
  for (let i = s.indexOf('\\'); i !== -1 && i + 1 < n; i = s.indexOf('\\', i)) {
    const r = unescaped(s.charCodeAt(i + 1));
    if (r === null) {
      i += 1;
      continue;
    }
    out += s.slice(from, i) + r;
    i += 2;
    from = i;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Splits a config into tokens, one pass, no regular expressions. Errors are collected, never thrown;
 * after an error the lexer carries on as nginx's grammar most plausibly intended, so that the parser can
 * report the rest of the file too.
 */
export function lex(file: SourceFile): LexResult {
  const { list, errors } = lexList(file);
  const tokens: Token[] = [];
  for (let k = 0; k < list.count; k++) {
    const start = list.starts[k]!;
    const line = lineAt(file, start);
    tokens.push({
      kind: list.kind(k), raw: list.raw(k), value: list.value(k), quoted: list.quoted(k),
      start, end: list.end(k), line, column: start - file.lineStarts[line - 1]! + 1,
    });
  }
  return { tokens, errors };
}

/**
 * Splits a config into a compact TokenList (see lex). `make` builds the list (the parser's keeps more than tokens);
 * it is given the capacity to start with.
 */
export function lexList<L extends TokenList = TokenList>(file: SourceFile, make?: (capacity: number) => L): { list: L; errors: LexError[] } {
  const text = file.text;
  const n = text.length;
  // About one token per seven characters in real configs; the list grows when needed and is trimmed at the end.
  const capacity = (n >> 3) + 16;
  const list = make ? make(capacity) : (new TokenList(file, capacity) as L);
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
      // Indentation comes in runs.
      i++;
      while (i < n && ((c = text.charCodeAt(i)) === SP || c === HT || c === CR)) i++;
      continue;
    }

    if (c === SEMI || c === LBRACE || c === RBRACE) {
      list.push(i, i + 1, c === SEMI ? K_SEMI : c === LBRACE ? K_OPEN : K_CLOSE);
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
      list.push(i, end, K_COMMENT);
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
        list.push(tokStart, n, K_WORD | F_QUOTED | F_OPEN_QUOTE | (hasEscape ? F_ESCAPED : 0));
        // The parser reports the unfinished statement at end of file.
        break;
      }
      // i is at the closing quote.
      if (byteLength(tokStart + 1, i) >= NGX_CONF_BUFFER) {
        error(`too long parameter, probably missing terminating "${String.fromCharCode(q)}" character`, tokStart, i + 1, tokLine, tokLineStart);
      }
      i++;
      list.push(tokStart, i, K_WORD | F_QUOTED | (hasEscape ? F_ESCAPED : 0));
      needSpace = true;
    } else {
      let variable = false;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c >= 128 || WORD_CHAR[c] === 1) {
          // The common case: a run of characters that neither end the word nor mean anything inside it.
          i++;
          while (i < n && ((c = text.charCodeAt(i)) >= 128 || WORD_CHAR[c] === 1)) i++;
          variable = false;
          continue;
        }
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
      list.push(tokStart, i, K_WORD | (hasEscape ? F_ESCAPED : 0));
    }

    if (atStatementStart) {
      const k = list.count - 1;
      // The value is never longer than the raw text: short words need no look, and a plain word is looked at in place.
      luaPending = list.end(k) - list.starts[k]! >= LUA_BLOCK_SUFFIX.length &&
        (list.isPlainWord(k) ? text.endsWith(LUA_BLOCK_SUFFIX, list.end(k)) : list.value(k).endsWith(LUA_BLOCK_SUFFIX));
      atStatementStart = false;
    }
  }

  list.trim();
  return { list, errors };

  /**
   * Scans a Lua body that starts at `from` (just after `{`) to its matching `}`, honouring Lua strings,
   * long brackets and comments, as lua-nginx-module's block lexer does. Emits the body and `}` tokens and
   * returns the offset after the closing brace.
   */
  function lexLuaBody(from: number): number {
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
    list.push(from, end, K_LUA);
    if (j >= n) {
      error('unexpected end of file, expecting "}"', n, n, line, lineStart);
      return n;
    }
    list.push(j, j + 1, K_CLOSE);
    return j + 1;
  }
}
