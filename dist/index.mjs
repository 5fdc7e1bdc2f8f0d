import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  SEVERITY_RANK,
  compareFindings,
  displayWidth
} from "./chunk-5Z6SNGC2.mjs";
import {
  __export
} from "./chunk-IVK2YKFB.mjs";

// src/engine/define-rule.ts
function metaTemplate(meta, key) {
  if (key === "summary") return meta.summary;
  if (key.startsWith("fix.")) return own(meta.fixes, key.slice(4));
  if (key.startsWith("related.")) return own(meta.related, key.slice(8));
  return own(meta.messages, key);
}
function own(table, id) {
  return table && Object.hasOwn(table, id) ? table[id] : void 0;
}
function defineRule(rule) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.meta.id)) throw new Error(`rule id "${rule.meta.id}" must be kebab-case`);
  return rule;
}

// src/parser/source.ts
import { isUtf8 } from "node:buffer";
function decodeSource(path, bytes) {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const encoding = isUtf8(buf) ? "utf8" : "latin1";
  return makeSource(path, buf.toString(encoding), encoding);
}
function makeSource(path, text, encoding = "utf8") {
  return { path, text, encoding, lineStarts: computeLineStarts(text) };
}
function encodeSource(file, text = file.text) {
  return Buffer.from(text, file.encoding);
}
var lineScratch = new Int32Array(4096);
function computeLineStarts(text) {
  let starts = lineScratch;
  let k = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    if (k === starts.length) {
      const more = new Int32Array(k * 2);
      more.set(starts);
      starts = more;
    }
    starts[k++] = i + 1;
  }
  if (starts.length <= 1 << 20) lineScratch = starts;
  return starts.slice(0, k);
}
function lineAt(file, offset) {
  const starts = file.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
function positionAt(file, offset) {
  const line = lineAt(file, offset);
  return { line, column: offset - file.lineStarts[line - 1] + 1 };
}
function displayText(file, s) {
  if (file.encoding === "utf8") return s;
  if (!/[^\x00-\x7f]/.test(s)) return s;
  return Buffer.from(s, "latin1").toString("utf8");
}
function makeSpan(file, start, end) {
  const a = positionAt(file, start);
  const b = end === start ? a : positionAt(file, end);
  return { file: file.path, start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

// src/parser/lexer.ts
var KINDS = ["word", ";", "{", "}", "comment", "lua"];
var K_WORD = 0;
var K_SEMI = 1;
var K_OPEN = 2;
var K_CLOSE = 3;
var K_COMMENT = 4;
var K_LUA = 5;
var KIND_MASK = 7;
var F_QUOTED = 8;
var F_ESCAPED = 16;
var F_OPEN_QUOTE = 32;
var LONG = 255;
var SCRATCH_KEEP = 1 << 18;
var scratch = null;
var TokenList = class {
  file;
  count = 0;
  starts;
  /** Lengths below LONG; LONG means the length is in `long`. */
  lens;
  flags;
  /** Lengths of the tokens of LONG characters or more, by index. */
  long = null;
  constructor(file, capacity) {
    this.file = file;
    const n = Math.max(16, capacity);
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
  push(start, end, flags) {
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
      (this.long ??= /* @__PURE__ */ new Map()).set(k, len);
    }
    this.flags[k] = flags;
    this.count = k + 1;
    return k;
  }
  /** Gives the list arrays of exactly its number of tokens once the file is read (the working ones serve the next file). */
  trim() {
    const n = this.count;
    if (this.starts.length === n) return;
    const { starts, lens, flags } = this;
    this.starts = starts.slice(0, n);
    this.lens = lens.slice(0, n);
    this.flags = flags.slice(0, n);
    if (starts.length <= SCRATCH_KEEP && (!scratch || scratch.starts.length < starts.length)) scratch = { starts, lens, flags };
  }
  /** Offset after the token's last character. */
  end(k) {
    const len = this.lens[k];
    return this.starts[k] + (len !== LONG ? len : this.long.get(k));
  }
  /** The kind as a number (K_WORD ... K_LUA). */
  code(k) {
    return this.flags[k] & KIND_MASK;
  }
  kind(k) {
    return KINDS[this.flags[k] & KIND_MASK];
  }
  isKind(k, kind) {
    return KINDS[this.flags[k] & KIND_MASK] === kind;
  }
  raw(k) {
    return this.file.text.slice(this.starts[k], this.end(k));
  }
  quoted(k) {
    return (this.flags[k] & F_QUOTED) !== 0;
  }
  value(k) {
    const f = this.flags[k];
    const start = this.starts[k];
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
  isPlainWord(k) {
    return (this.flags[k] & (KIND_MASK | F_QUOTED | F_ESCAPED)) === K_WORD;
  }
  /**
   * Whether the token's value lower-cased is `lower` (`value(k).toLowerCase() === lower`). A plain ASCII word is
   * compared where it stands, without slicing it; anything else takes the long way, so the answer is always the same.
   */
  valueIs(k, lower) {
    const f = this.flags[k];
    if ((f & KIND_MASK) !== K_WORD || (f & (F_QUOTED | F_ESCAPED)) !== 0) return this.value(k).toLowerCase() === lower;
    const start = this.starts[k];
    const len = this.end(k) - start;
    const text = this.file.text;
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
  token(k) {
    return new TokenView(this, k);
  }
};
var TokenView = class {
  list;
  k;
  constructor(list, k) {
    this.list = list;
    this.k = k;
  }
  get kind() {
    return this.list.kind(this.k);
  }
  get raw() {
    return this.list.raw(this.k);
  }
  get value() {
    return this.list.value(this.k);
  }
  get quoted() {
    return this.list.quoted(this.k);
  }
  get start() {
    return this.list.starts[this.k];
  }
  get end() {
    return this.list.end(this.k);
  }
  get line() {
    return lineAt(this.list.file, this.list.starts[this.k]);
  }
  get column() {
    const start = this.list.starts[this.k];
    return start - this.list.file.lineStarts[lineAt(this.list.file, start) - 1] + 1;
  }
  toJSON() {
    return { kind: this.kind, raw: this.raw, value: this.value, quoted: this.quoted, start: this.start, end: this.end, line: this.line, column: this.column };
  }
};
var NGX_CONF_BUFFER = 4096;
var LF = 10;
var CR = 13;
var SP = 32;
var HT = 9;
var SEMI = 59;
var LBRACE = 123;
var RBRACE = 125;
var HASH = 35;
var BSLASH = 92;
var DQUOTE = 34;
var SQUOTE = 39;
var DOLLAR = 36;
var RPAREN = 41;
var DASH = 45;
var LBRACKET = 91;
var EQUALS = 61;
var BOM = 65279;
var LUA_BLOCK_SUFFIX = "_by_lua_block";
var WORD_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = c === SP || c === HT || c === LF || c === CR || c === SEMI || c === LBRACE || c === BSLASH || c === DOLLAR ? 0 : 1;
function isSpace(c) {
  return c === SP || c === HT || c === LF || c === CR;
}
function unescaped(d) {
  switch (d) {
    case DQUOTE:
      return '"';
    case SQUOTE:
      return "'";
    case BSLASH:
      return "\\";
    case 116:
      return "	";
    case 114:
      return "\r";
    case 110:
      return "\n";
    default:
      return null;
  }
}
function unescapeNginx(s) {
  let out = "";
  let from = 0;
  const n = s.length;
  for (let i = s.indexOf("\\"); i !== -1 && i + 1 < n; i = s.indexOf("\\", i)) {
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
function lexList(file, make) {
  const text = file.text;
  const n = text.length;
  const capacity = (n >> 3) + 16;
  const list = make ? make(capacity) : new TokenList(file, capacity);
  const errors = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  let atStatementStart = true;
  let luaPending = false;
  const error = (message, start, end, eLine, eLineStart) => {
    errors.push({ message, start, end, line: eLine, column: start - eLineStart + 1 });
  };
  const byteLength = (start, end) => {
    if (file.encoding === "latin1" || end - start < NGX_CONF_BUFFER / 3) return end - start;
    return Buffer.byteLength(text.slice(start, end), "utf8");
  };
  if (n > 0 && text.charCodeAt(0) === BOM) {
    let j = 1;
    while (j < n && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== SEMI && text.charCodeAt(j) !== LBRACE) j++;
    error(
      `unknown directive "${text.slice(0, j)}": the file starts with a UTF-8 byte order mark, which nginx reads as part of the first directive name`,
      0,
      1,
      1,
      0
    );
    i = 1;
  }
  let needSpace = false;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (needSpace) {
      needSpace = false;
      if (!isSpace(c) && c !== SEMI && c !== LBRACE && c !== RPAREN) {
        error(`unexpected "${String.fromCodePoint(text.codePointAt(i))}"`, i, i + 1, line, lineStart);
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
      let j = text.indexOf("\n", i);
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
        break;
      }
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
          i++;
          while (i < n && ((c = text.charCodeAt(i)) >= 128 || WORD_CHAR[c] === 1)) i++;
          variable = false;
          continue;
        }
        if (c === LBRACE && variable) {
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
      luaPending = list.end(k) - list.starts[k] >= LUA_BLOCK_SUFFIX.length && (list.isPlainWord(k) ? text.endsWith(LUA_BLOCK_SUFFIX, list.end(k)) : list.value(k).endsWith(LUA_BLOCK_SUFFIX));
      atStatementStart = false;
    }
  }
  list.trim();
  return { list, errors };
  function lexLuaBody(from) {
    let depth = 1;
    let j = from;
    const longLevel = (k) => {
      let m = k + 1;
      while (m < n && text.charCodeAt(m) === EQUALS) m++;
      return m < n && text.charCodeAt(m) === LBRACKET ? m - k - 1 : -1;
    };
    const skipLong = (k, level) => {
      const close = "]" + "=".repeat(level) + "]";
      const from2 = k + level + 2;
      const idx = text.indexOf(close, from2);
      const stop = idx === -1 ? n : idx + close.length;
      countLines(from2, stop);
      return stop;
    };
    const countLines = (a, b) => {
      let k = text.indexOf("\n", a);
      while (k !== -1 && k < b) {
        line++;
        lineStart = k + 1;
        k = text.indexOf("\n", k + 1);
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
        const eol = text.indexOf("\n", j);
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
          if (d === LF) break;
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

// src/parser/parser.ts
var NodeList = class extends TokenList {
  extras = null;
  extraOf(tok) {
    const map = this.extras ??= /* @__PURE__ */ new Map();
    let x = map.get(tok);
    if (!x) {
      x = {};
      map.set(tok, x);
    }
    return x;
  }
};
var F_SEMI = 1;
var F_UNTERMINATED = 2;
var F_EXTRA = 4;
var ARGC_SHIFT = 3;
var NO_STATEMENTS = Object.freeze([]);
var DirectiveNode = class {
  name;
  parent;
  /** The file's tokens, and the index of the name token in them. */
  list;
  tok;
  /** The number of arguments (the Lua body included) above ARGC_SHIFT, and the F_ flags. */
  bits;
  constructor(list, name, tok, argc, parent) {
    this.name = name;
    this.parent = parent;
    this.list = list;
    this.tok = tok;
    this.bits = argc << ARGC_SHIFT;
  }
  get type() {
    return "directive";
  }
  get file() {
    return this.list.file;
  }
  get start() {
    return this.list.starts[this.tok];
  }
  get end() {
    const b = this.bits;
    if ((b & F_EXTRA) === 0) {
      return this.list.end(this.tok + (b >> ARGC_SHIFT) + (b & F_SEMI));
    }
    const x = this.extra;
    if (x.lua) return this.list.end(x.lua.close >= 0 ? x.lua.close : x.lua.body);
    return this.list.end((b & F_SEMI) !== 0 ? this.lastToken() + 1 : this.lastArg());
  }
  get argc() {
    return this.bits >> ARGC_SHIFT;
  }
  get block() {
    return null;
  }
  get nameToken() {
    return this.list.token(this.tok);
  }
  get args() {
    const argc = this.argc;
    const out = new Array(argc);
    const explicit = this.extra?.args;
    for (let k = 0; k < argc; k++) out[k] = this.list.token(explicit ? explicit[k] : this.tok + 1 + k);
    return out;
  }
  /** Index of the k-th argument's token (0 <= k < argc). */
  argAt(k) {
    const explicit = (this.bits & F_EXTRA) !== 0 ? this.extra.args : void 0;
    return explicit ? explicit[k] : this.tok + 1 + k;
  }
  arg(k) {
    return k >= 0 && k < this.bits >> ARGC_SHIFT ? this.list.value(this.argAt(k)) : void 0;
  }
  argRaw(k) {
    return k >= 0 && k < this.bits >> ARGC_SHIFT ? this.list.raw(this.argAt(k)) : void 0;
  }
  argIs(k, lower) {
    return k >= 0 && k < this.bits >> ARGC_SHIFT && this.list.valueIs(this.argAt(k), lower);
  }
  argValues() {
    const argc = this.argc;
    const out = new Array(argc);
    for (let k = 0; k < argc; k++) out[k] = this.list.value(this.argAt(k));
    return out;
  }
  get semicolon() {
    return (this.bits & F_SEMI) !== 0 ? this.list.token(this.lastToken() + 1) : null;
  }
  get terminated() {
    return (this.bits & F_UNTERMINATED) === 0;
  }
  /** Only `include` directives have resolved files: kept with the other rare parts, not in every directive. */
  get includes() {
    return this.extra?.includes;
  }
  set includes(files) {
    if (files !== void 0 || this.extra) this.ownExtra().includes = files;
  }
  get lua() {
    const l = this.extra?.lua;
    return l ? { open: this.list.token(l.open), body: this.list.token(l.body), close: l.close >= 0 ? this.list.token(l.close) : null } : null;
  }
  get innerComments() {
    return this.extra?.inner?.map((k) => this.list.token(k)) ?? [];
  }
  get trailingComment() {
    const k = this.extra?.trailing;
    return k === void 0 ? null : this.list.token(k);
  }
  /** The rare parts, when the directive has any. */
  get extra() {
    return (this.bits & F_EXTRA) !== 0 ? this.list.extras.get(this.tok) : void 0;
  }
  /** The rare parts, made when the directive has none yet. */
  ownExtra() {
    this.bits |= F_EXTRA;
    return this.list.extraOf(this.tok);
  }
  /** Index of the token before the statement's end (`;` or `{`): its name, arguments and the comments between them. */
  lastToken() {
    return this.tok + this.argc + (this.extra?.inner?.length ?? 0);
  }
  /** Index of the last word: the last argument, or the name. */
  lastArg() {
    const argc = this.argc;
    if (argc === 0) return this.tok;
    return this.extra?.args?.[argc - 1] ?? this.tok + argc;
  }
};
var BlockDirectiveNode = class extends DirectiveNode {
  children = NO_STATEMENTS;
  /** Index of the `}` token; -1 when the file ended first. */
  closeAt = -1;
  get block() {
    return this;
  }
  get end() {
    return this.closeAt >= 0 ? this.list.end(this.closeAt) : this.list.file.text.length;
  }
  get open() {
    return this.list.token(this.lastToken() + 1);
  }
  get close() {
    return this.closeAt >= 0 ? this.list.token(this.closeAt) : null;
  }
};
var CommentNode = class {
  list;
  tok;
  parent;
  constructor(list, tok, parent) {
    this.list = list;
    this.tok = tok;
    this.parent = parent;
  }
  get type() {
    return "comment";
  }
  get token() {
    return this.list.token(this.tok);
  }
  get text() {
    return this.list.value(this.tok);
  }
  get start() {
    return this.list.starts[this.tok];
  }
  get end() {
    return this.list.end(this.tok);
  }
  get file() {
    return this.list.file;
  }
};
var MAX_BLOCK_DEPTH = 500;
function sureStatementBudget(sure, whole) {
  const budget = {
    left: sure,
    max: sure,
    settle() {
      const max = whole();
      const more = max - budget.max;
      budget.left += more;
      budget.max = max;
      delete budget.settle;
      return more;
    }
  };
  return budget;
}
var BLOCK_WEIGHT = 4;
var MAX_PARSE_ERRORS = 1e3;
var DATA_BLOCKS = /* @__PURE__ */ new Set(["map", "geo", "types", "split_clients", "match", "charset_map"]);
function isPlausibleName(name) {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok = c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95;
    if (!ok) return false;
  }
  return name.length > 0;
}
var NAMES = /* @__PURE__ */ new Map();
var MAX_NAMES = 2e4;
function internName(name) {
  const known = NAMES.get(name);
  if (known !== void 0) return known;
  if (NAMES.size < MAX_NAMES) NAMES.set(name, name);
  return name;
}
function parseSource(file, budget) {
  const { list, errors: lexErrors } = lexList(file, (capacity) => new NodeList(file, capacity));
  const errors = lexErrors.slice(0, MAX_PARSE_ERRORS).map((e) => ({ ...e, file }));
  let capped = lexErrors.length > MAX_PARSE_ERRORS;
  const items = [];
  let ni = 0;
  const top = { directive: null, from: 0 };
  const stack = [top];
  let frame = top;
  const pending = [];
  let np = 0;
  let pendingComments = [];
  let lastClosed = null;
  const includes = [];
  let skipped = null;
  let rest = null;
  let limit = budget?.left ?? Infinity;
  let count = 0;
  const err = (message, k, related) => {
    const t2 = list.token(k);
    if (errors.length >= MAX_PARSE_ERRORS) {
      if (!capped) errors.push({ message: `more than ${MAX_PARSE_ERRORS} errors in this file; the rest are not reported`, file, start: t2.start, end: t2.end, line: t2.line, column: t2.column });
      capped = true;
      return;
    }
    errors.push({ message, file, start: t2.start, end: t2.end, line: t2.line, column: t2.column, ...related ? { related } : {} });
  };
  const takeChildren = (f) => {
    if (!f.directive) return;
    f.directive.children = ni > f.from ? items.slice(f.from, ni) : NO_STATEMENTS;
    ni = f.from;
  };
  const makeDirective = (Node) => {
    const first = pending[0];
    const argc = np - 1;
    const d = new Node(list, internName(list.value(first)), first, argc, frame.directive);
    if (argc > 0 && pending[argc] - first !== argc) d.ownExtra().args = pending.slice(1, np);
    if (pendingComments.length > 0) d.ownExtra().inner = pendingComments;
    if (d.name === "include") includes.push(d);
    return d;
  };
  const checkName = (d) => {
    if (isPlausibleName(d.name) || frame.directive && DATA_BLOCKS.has(frame.directive.name)) return;
    if (d.name.charCodeAt(0) === 65279) return;
    err(`unknown directive "${d.name}"`, d.tok);
  };
  const finish = (d) => {
    if ((d.bits & F_UNTERMINATED) === 0) checkName(d);
    items[ni++] = d;
    count++;
    np = 0;
    if (pendingComments.length > 0) pendingComments = [];
    lastClosed = d;
  };
  const n = list.count;
  for (let k = 0; k < n; k++) {
    const kind = list.code(k);
    if (!rest && !skipped && count >= limit && np === 0 && (kind === K_WORD || kind === K_COMMENT)) {
      if (budget.settle) limit += budget.settle();
      if (count >= limit) {
        err(`more than ${budget.max} directives and comments in this run (a block counts as ${BLOCK_WEIGHT}); the rest of this file is not checked`, k);
        rest = { depth: 0 };
      }
    }
    if (rest) {
      if (kind === K_OPEN) rest.depth++;
      else if (kind === K_CLOSE && rest.depth > 0) rest.depth--;
      else if (kind === K_CLOSE && stack.length > 1) {
        const closing = stack.pop();
        frame = stack[stack.length - 1];
        takeChildren(closing);
        if (closing.directive) closing.directive.closeAt = k;
      }
      continue;
    }
    if (skipped) {
      if (kind === K_OPEN) skipped.depth++;
      else if (kind === K_CLOSE && --skipped.depth === 0) {
        skipped.directive.closeAt = k;
        lastClosed = skipped.directive;
        skipped = null;
      }
      continue;
    }
    switch (kind) {
      case K_WORD:
        pending[np++] = k;
        lastClosed = null;
        break;
      case K_COMMENT: {
        if (np > 0) {
          pendingComments.push(k);
          break;
        }
        const start = list.starts[k];
        if (lastClosed && lastClosed.end <= start && sameLine(file.text, lastClosed.end, start)) {
          lastClosed.ownExtra().trailing = k;
        }
        items[ni++] = new CommentNode(list, k, frame.directive);
        count++;
        lastClosed = null;
        break;
      }
      case K_SEMI: {
        if (np === 0) {
          err('unexpected ";"', k);
          lastClosed = null;
          break;
        }
        const d = makeDirective(DirectiveNode);
        d.bits |= F_SEMI;
        finish(d);
        break;
      }
      case K_OPEN: {
        if (np === 0) {
          err('unexpected "{"', k);
          const f2 = { directive: null, from: ni };
          stack.push(f2);
          frame = f2;
          lastClosed = null;
          break;
        }
        if (k + 1 < n && list.code(k + 1) === K_LUA) {
          const d2 = makeDirective(DirectiveNode);
          const body = k + 1;
          const hasClose = k + 2 < n && list.code(k + 2) === K_CLOSE && list.starts[k + 2] === list.end(body);
          const extra = d2.ownExtra();
          extra.lua = { open: k, body, close: hasClose ? k + 2 : -1 };
          extra.args = [...pending.slice(1, np), body];
          d2.bits += 1 << ARGC_SHIFT;
          if (!hasClose) d2.bits |= F_UNTERMINATED;
          k += hasClose ? 2 : 1;
          finish(d2);
          break;
        }
        const d = makeDirective(BlockDirectiveNode);
        checkName(d);
        items[ni++] = d;
        count += BLOCK_WEIGHT;
        np = 0;
        if (pendingComments.length > 0) pendingComments = [];
        if (stack.length > MAX_BLOCK_DEPTH) {
          err(`block nested more than ${MAX_BLOCK_DEPTH} levels deep; its contents are not checked`, d.tok);
          skipped = { directive: d, depth: 1 };
          lastClosed = null;
          break;
        }
        const f = { directive: d, from: ni };
        stack.push(f);
        frame = f;
        lastClosed = null;
        break;
      }
      case K_CLOSE: {
        if (np > 0) {
          err('unexpected "}"', k);
          const d = makeDirective(DirectiveNode);
          d.bits |= F_UNTERMINATED;
          finish(d);
        }
        if (stack.length === 1) {
          err('unexpected "}"', k);
          lastClosed = null;
          break;
        }
        const closing = stack.pop();
        frame = stack[stack.length - 1];
        takeChildren(closing);
        if (closing.directive) {
          closing.directive.closeAt = k;
          lastClosed = closing.directive;
        } else {
          lastClosed = null;
        }
        break;
      }
      case K_LUA:
        throw new Error(`internal: stray Lua body at ${file.path}:${list.token(k).line}`);
    }
  }
  const eof = file.text.length;
  const eofPos = endPosition(file);
  if (np > 0) {
    const first = list.token(pending[0]);
    errors.push({
      message: 'unexpected end of file, expecting ";" or "}"',
      file,
      start: eof,
      end: eof,
      ...eofPos,
      related: { start: first.start, end: first.end, line: first.line, column: first.column, message: `statement "${first.value}" starts here` }
    });
    const d = makeDirective(DirectiveNode);
    d.bits |= F_UNTERMINATED;
    finish(d);
  }
  const reportBlocks = !errors.some((e) => e.start === eof);
  while (stack.length > 1) {
    const f = stack.pop();
    const opener = f.directive;
    frame = stack[stack.length - 1];
    const at = opener?.nameToken;
    const related = opener && at ? { start: at.start, end: at.end, line: at.line, column: at.column, message: `block "${opener.name}" opened here` } : void 0;
    if (reportBlocks) errors.push({ message: 'unexpected end of file, expecting "}"', file, start: eof, end: eof, ...eofPos, ...related ? { related } : {} });
    takeChildren(f);
  }
  if (budget) budget.left = Math.max(0, budget.left - count);
  errors.sort((a, b) => a.start - b.start);
  return { file, statements: items.slice(0, ni), errors, includes: includes.slice() };
}
function sameLine(text, from, to) {
  const nl = text.indexOf("\n", from);
  return nl === -1 || nl >= to;
}
function endPosition(file) {
  const last = file.lineStarts.length;
  return { line: last, column: file.text.length - file.lineStarts[last - 1] + 1 };
}

// src/generated/directive-table.ts
var MODULES = ["ngx_http_access_module", "ngx_http_acme_module", "ngx_http_addition_module", "ngx_http_api_module", "ngx_http_auth_basic_module", "ngx_http_auth_jwt_module", "ngx_http_auth_request_module", "ngx_http_auth_require_module", "ngx_http_autoindex_module", "ngx_http_browser_module", "ngx_http_charset_module", "ngx_http_core_module", "ngx_http_dav_module", "ngx_http_empty_gif_module", "ngx_http_f4f_module", "ngx_http_fastcgi_module", "ngx_http_flv_module", "ngx_http_geo_module", "ngx_http_geoip_module", "ngx_http_grpc_module", "ngx_http_gunzip_module", "ngx_http_gzip_module", "ngx_http_gzip_static_module", "ngx_http_headers_module", "ngx_http_hls_module", "ngx_http_image_filter_module", "ngx_http_index_module", "ngx_http_internal_redirect_module", "ngx_http_js_module", "ngx_http_keyval_module", "ngx_http_limit_conn_module", "ngx_http_limit_req_module", "ngx_http_log_module", "ngx_http_map_module", "ngx_http_memcached_module", "ngx_http_mirror_module", "ngx_http_mp4_module", "ngx_http_num_map_module", "ngx_http_oidc_module", "ngx_http_perl_module", "ngx_http_proxy_module", "ngx_http_random_index_module", "ngx_http_realip_module", "ngx_http_referer_module", "ngx_http_rewrite_module", "ngx_http_scgi_module", "ngx_http_secure_link_module", "ngx_http_session_log_module", "ngx_http_slice_module", "ngx_http_split_clients_module", "ngx_http_ssi_module", "ngx_http_ssl_module", "ngx_http_status_module", "ngx_http_stub_status_module", "ngx_http_sub_module", "ngx_http_tunnel_module", "ngx_http_upstream_conf_module", "ngx_http_upstream_hc_module", "ngx_http_upstream_module", "ngx_http_userid_module", "ngx_http_uwsgi_module", "ngx_http_v2_module", "ngx_http_v3_module", "ngx_http_xslt_module", "ngx_mail_auth_http_module", "ngx_mail_core_module", "ngx_mail_imap_module", "ngx_mail_pop3_module", "ngx_mail_proxy_module", "ngx_mail_realip_module", "ngx_mail_smtp_module", "ngx_mail_ssl_module", "Core functionality", "ngx_google_perftools_module", "ngx_mgmt_module", "ngx_otel_module", "ngx_stream_access_module", "ngx_stream_core_module", "ngx_stream_geo_module", "ngx_stream_geoip_module", "ngx_stream_js_module", "ngx_stream_keyval_module", "ngx_stream_limit_conn_module", "ngx_stream_log_module", "ngx_stream_map_module", "ngx_stream_mqtt_filter_module", "ngx_stream_mqtt_preread_module", "ngx_stream_num_map_module", "ngx_stream_pass_module", "ngx_stream_proxy_module", "ngx_stream_realip_module", "ngx_stream_return_module", "ngx_stream_set_module", "ngx_stream_split_clients_module", "ngx_stream_ssl_module", "ngx_stream_ssl_preread_module", "ngx_stream_upstream_hc_module", "ngx_stream_upstream_module", "ngx_stream_zone_sync_module"];
var ROWS = '\nabsolute_redirect	[[11,"hsl","on",0,1,1,{"y":["on | off"]}]]\naccept_mutex	[[72,"e","off",0,1,1,{"y":["on | off"]}]]\naccept_mutex_delay	[[72,"e","500ms",0,1,1,{"y":["<time>"]}]]\naccept_terms_of_service	[[1,"a","",0,0,0]]\naccess_log	[[32,"hslix","logs/access.log combined",0,1,6,{"y":["<path> [<format> [buffer=<size>] [gzip[=]] [flush=<time>] [if=<condition>]]","off"]}],[83,"Sv","off",0,1,6,{"y":["<path> <format> [buffer=<size>] [gzip[=]] [flush=<time>] [if=<condition>]","off"]}]]\naccount_key	[[1,"a","",0,1,1,{"y":["<alg>[:<size>] | <file>"]}]]\nacme_certificate	[[1,"s","",0,1,-1,{"y":["<issuer> [<identifier> \\u2026] [key=<alg>[:<size>]]"]}]]\nacme_issuer	[[1,"h","",1,1,1,{"y":["<name> {...}"]}]]\nacme_shared_zone	[[1,"h","zone=ngx_acme_shared:256k",0,1,1,{"y":["zone=<name>:<size>"]}]]\nadd_after_body	[[2,"hsl","",0,1,1,{"y":["<uri>"]}]]\nadd_before_body	[[2,"hsl","",0,1,1,{"y":["<uri>"]}]]\nadd_header	[[23,"hsli","",0,2,3,{"y":["<name> <value> [always]"]}]]\nadd_header_inherit	[[23,"hsli","on",0,1,1,{"y":["on | off | merge"]}]]\nadd_trailer	[[23,"hsli","",0,2,3,{"y":["<name> <value> [always]"]}]]\nadd_trailer_inherit	[[23,"hsli","on",0,1,1,{"y":["on | off | merge"]}]]\naddition_types	[[2,"hsl","text/html",0,1,-1,{"y":["<mime-type> \\u2026"]}]]\naio	[[11,"hsl","off",0,1,1,{"y":["on | off | threads[=<pool>]"]}]]\naio_write	[[11,"hsl","off",0,1,1,{"y":["on | off"]}]]\nalias	[[11,"l","",0,1,1,{"y":["<path>"]}]]\nallow	[[0,"hslx","",0,1,1,{"y":["<address> | <CIDR> | unix: | all"]}],[76,"Sv","",0,1,1,{"y":["<address> | <CIDR> | unix: | all"]}]]\nancient_browser	[[9,"hsl","",0,1,-1,{"y":["<string> \\u2026"]}]]\nancient_browser_value	[[9,"hsl","1",0,1,1,{"y":["<string>"]}]]\napi	[[3,"l","",2,0,1,{"y":["[write=on|off]"]}]]\nauth_basic	[[4,"hslx","off",0,1,1,{"y":["<string> | off"]}]]\nauth_basic_user_file	[[4,"hslx","",0,1,1,{"y":["<file>"]}]]\nauth_delay	[[11,"hsl","0s",0,1,1,{"y":["<time>"]}]]\nauth_http	[[64,"Mn","",0,1,1,{"y":["<URL>"]}]]\nauth_http_header	[[64,"Mn","",0,2,2,{"y":["<header> <value>"]}]]\nauth_http_pass_client_cert	[[64,"Mn","off",0,1,1,{"y":["on | off"]}]]\nauth_http_timeout	[[64,"Mn","60s",0,1,1,{"y":["<time>"]}]]\nauth_jwt	[[5,"hslx","off",2,1,2,{"y":["<string> [token=<$variable>] | off"]}]]\nauth_jwt_claim_set	[[5,"h","",2,2,-1,{"y":["<$variable> <name> \\u2026"]}]]\nauth_jwt_header_set	[[5,"h","",2,2,-1,{"y":["<$variable> <name> \\u2026"]}]]\nauth_jwt_key_cache	[[5,"hsl","0",2,1,1,{"y":["<time>"]}]]\nauth_jwt_key_file	[[5,"hslx","",2,1,1,{"y":["<file>"]}]]\nauth_jwt_key_request	[[5,"hslx","",2,1,1,{"y":["<uri>"]}]]\nauth_jwt_leeway	[[5,"hsl","0s",2,1,1,{"y":["<time>"]}]]\nauth_jwt_require	[[5,"hslx","",2,1,-1,{"y":["<$value> \\u2026 [error=401 | 403]"]}]]\nauth_jwt_type	[[5,"hslx","signed",2,1,1,{"y":["signed | encrypted | nested"]}]]\nauth_oidc	[[38,"hsl","off",2,1,1,{"y":["<name> | off"]}]]\nauth_request	[[6,"hsl","off",0,1,1,{"y":["<uri> | off"]}]]\nauth_request_set	[[6,"hsl","",0,2,2,{"y":["<$variable> <value>"]}]]\nauth_require	[[7,"hslx","off",0,1,-1,{"y":["<$value> \\u2026 [error=4xx | 5xx]"]}]]\nautoindex	[[8,"hsl","off",0,1,1,{"y":["on | off"]}]]\nautoindex_exact_size	[[8,"hsl","on",0,1,1,{"y":["on | off"]}]]\nautoindex_format	[[8,"hsl","html",0,1,1,{"y":["html | xml | json | jsonp"]}]]\nautoindex_localtime	[[8,"hsl","off",0,1,1,{"y":["on | off"]}]]\nbreak	[[44,"slif","",0,0,0]]\nchallenge	[[1,"a","http-01",0,1,1,{"y":["<type>"]}]]\ncharset	[[10,"hsli","off",0,1,1,{"y":["<charset> | off"]}]]\ncharset_map	[[10,"h","",1,2,2,{"y":["<charset1> <charset2> {...}"]}]]\ncharset_types	[[10,"hsl","text/html text/xml text/plain text/vnd.wap.wml application/javascript application/rss+xml",0,1,-1,{"y":["<mime-type> \\u2026"]}]]\nchunked_transfer_encoding	[[11,"hsl","on",0,1,1,{"y":["on | off"]}]]\nclient_body_buffer_size	[[11,"hsl","8k|16k",0,1,1,{"y":["<size>"]}]]\nclient_body_in_file_only	[[11,"hsl","off",0,1,1,{"y":["on | clean | off"]}]]\nclient_body_in_single_buffer	[[11,"hsl","off",0,1,1,{"y":["on | off"]}]]\nclient_body_temp_path	[[11,"hsl","client_body_temp",0,1,4,{"y":["<path> [<level1> [<level2> [<level3>]]]"]}]]\nclient_body_timeout	[[11,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nclient_header_buffer_size	[[11,"hs","1k",0,1,1,{"y":["<size>"]}]]\nclient_header_timeout	[[11,"hs","60s",0,1,1,{"y":["<time>"]}]]\nclient_id	[[38,"o","",2,1,1,{"y":["<string>"]}]]\nclient_max_body_size	[[11,"hsl","1m",0,1,1,{"y":["<size>"]}]]\nclient_secret	[[38,"o","",2,1,1,{"y":["<string>"]}]]\ncommon_name_in_csr	[[1,"a","off",0,1,1,{"y":["on | off"]}]]\nconfig_url	[[38,"o","/.well-known/openid-configuration",2,1,1,{"y":["<URL>"]}]]\nconnection_pool_size	[[11,"hs","256|512",0,1,1,{"y":["<size>"]}]]\ncontact	[[1,"a","",0,1,1,{"y":["<URL>"]}]]\ncookie_name	[[38,"o","NGX_OIDC_SESSION",2,1,1,{"y":["<name>"]}]]\ncreate_full_put_path	[[12,"hsl","off",0,1,1,{"y":["on | off"]}]]\ndaemon	[[72,"m","on",0,1,1,{"y":["on | off"]}]]\ndav_access	[[12,"hsl","user:rw",0,1,-1,{"y":["<users>:<permissions> \\u2026"]}]]\ndav_methods	[[12,"hsl","off",0,1,-1,{"y":["off | <method> \\u2026"]}]]\ndebug_connection	[[72,"e","",0,1,1,{"y":["<address> | <CIDR> | unix:"]}]]\ndebug_points	[[72,"m","",0,1,1,{"y":["abort | stop"]}]]\ndefault_type	[[11,"hsl","text/plain",0,1,1,{"y":["<mime-type>"]}]]\ndeny	[[0,"hslx","",0,1,1,{"y":["<address> | <CIDR> | unix: | all"]}],[76,"Sv","",0,1,1,{"y":["<address> | <CIDR> | unix: | all"]}]]\ndirectio	[[11,"hsl","off",0,1,1,{"y":["<size> | off"]}]]\ndirectio_alignment	[[11,"hsl","512",0,1,1,{"y":["<size>"]}]]\ndisable_symlinks	[[11,"hsl","off",0,1,2,{"y":["off","on | if_not_owner [from=<part>]"]}]]\nearly_hints	[[11,"hsl","",0,1,-1,{"y":["<string> \\u2026"]}]]\nempty_gif	[[13,"l","",0,0,0]]\nenforce_initial_report	[[74,"g","on",2,1,1,{"y":["on | off"]}]]\nenv	[[72,"m","TZ",0,1,1,{"y":["<variable>[=<value>]"]}]]\nerror_log	[[72,"mhMSsvnl","logs/error.log error",0,1,3,{"y":["<file> [<level>] [json]"]}]]\nerror_log_tag	[[11,"hsl","",2,2,2,{"y":["<name> <value>"]}]]\nerror_page	[[11,"hsli","",0,2,-1,{"y":["<code> \\u2026 [=[<response>]] <uri>"]}]]\netag	[[11,"hsl","on",0,1,1,{"y":["on | off"]}]]\nevents	[[72,"m","",1,0,0,{"y":["{...}"]}]]\nexpires	[[23,"hsli","off",0,1,2,{"y":["[modified] <time>","epoch | max | off"]}]]\nexternal_account_key	[[1,"a","",0,2,2,{"y":["<kid> <file>"]}]]\nextra_auth_args	[[38,"o","",2,1,1,{"y":["<string>"]}]]\nf4f	[[14,"l","",2,0,0]]\nf4f_buffer_size	[[14,"hsl","512k",2,1,1,{"y":["<size>"]}]]\nfastcgi_allow_upstream	[[15,"hsl","",2,1,-1,{"y":["<string> \\u2026"]}]]\nfastcgi_bind	[[15,"hsl","",0,1,2,{"y":["<address> [transparent] | off"]}]]\nfastcgi_bind_dynamic	[[15,"hsl","off",2,1,1,{"y":["on | off"]}]]\nfastcgi_buffer_size	[[15,"hsl","4k|8k",0,1,1,{"y":["<size>"]}]]\nfastcgi_buffering	[[15,"hsl","on",0,1,1,{"y":["on | off"]}]]\nfastcgi_buffers	[[15,"hsl","8 4k|8k",0,2,2,{"y":["<number> <size>"]}]]\nfastcgi_busy_buffers_size	[[15,"hsl","8k|16k",0,1,1,{"y":["<size>"]}]]\nfastcgi_cache	[[15,"hsl","off",0,1,1,{"y":["<zone> | off"]}]]\nfastcgi_cache_background_update	[[15,"hsl","off",0,1,1,{"y":["on | off"]}]]\nfastcgi_cache_bypass	[[15,"hsl","",0,1,-1,{"y":["<string> \\u2026"]}]]\nfastcgi_cache_key	[[15,"hsl","",0,1,1,{"y":["<string>"]}]]\nfastcgi_cache_lock	[[15,"hsl","off",0,1,1,{"y":["on | off"]}]]\nfastcgi_cache_lock_age	[[15,"hsl","5s",0,1,1,{"y":["<time>"]}]]\nfastcgi_cache_lock_timeout	[[15,"hsl","5s",0,1,1,{"y":["<time>"]}]]\nfastcgi_cache_max_range_offset	[[15,"hsl","",0,1,1,{"y":["<number>"]}]]\nfastcgi_cache_methods	[[15,"hsl","GET HEAD",0,1,-1,{"y":["GET | HEAD | POST \\u2026"]}]]\nfastcgi_cache_min_uses	[[15,"hsl","1",0,1,1,{"y":["<number>"]}]]\nfastcgi_cache_path	[[15,"h","",0,2,17,{"y":["<path> [levels=<levels>] [use_temp_path=on|off] keys_zone=<name>:<size> [inactive=<time>] [max_size=<size>] [min_free=<size>] [manager_files=<number>] [manager_sleep=<time>] [manager_threshold=<time>] [loader_files=<number>] [loader_sleep=<time>] [loader_threshold=<time>] [purger=on|off] [purger_files=<number>] [purger_sleep=<time>] [purger_threshold=<time>]"]}]]\nfastcgi_cache_purge	[[15,"hsl","",2,1,-1,{"y":["string \\u2026"]}]]\nfastcgi_cache_revalidate	[[15,"hsl","off",0,1,1,{"y":["on | off"]}]]\nfastcgi_cache_use_stale	[[15,"hsl","off",0,1,-1,{"y":["error | timeout | invalid_header | updating | http_500 | http_503 | http_403 | http_404 | http_429 | off \\u2026"]}]]\nfastcgi_cache_valid	[[15,"hsl","",0,1,-1,{"y":["[<code> \\u2026] <time>"]}]]\nfastcgi_catch_stderr	[[15,"hsl","",0,1,1,{"y":["<string>"]}]]\nfastcgi_connect_timeout	[[15,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nfastcgi_force_ranges	[[15,"hsl","off",0,1,1,{"y":["on | off"]}]]\nfastcgi_hide_header	[[15,"hsl","",0,1,1,{"y":["<field>"]}]]\nfastcgi_ignore_client_abort	[[15,"hsl","off",0,1,1,{"y":["on | off"]}]]\nfastcgi_ignore_headers	[[15,"hsl","",0,1,-1,{"y":["<field> \\u2026"]}]]\nfastcgi_index	[[15,"hsl","",0,1,1,{"y":["<name>"]}]]\nfastcgi_intercept_errors	[[15,"hsl","off",0,1,1,{"y":["on | off"]}]]\nfastcgi_keep_conn	[[15,"hsl","off",0,1,1,{"y":["on | off"]}]]\nfastcgi_limit_rate	[[15,"hsl","0",0,1,1,{"y":["<rate>"]}]]\nfastcgi_max_temp_file_size	[[15,"hsl","1024m",0,1,1,{"y":["<size>"]}]]\nfastcgi_next_upstream	[[15,"hsl","error timeout",0,1,-1,{"y":["error | timeout | denied | invalid_header | http_500 | http_503 | http_403 | http_404 | http_429 | non_idempotent | off \\u2026"]}]]\nfastcgi_next_upstream_timeout	[[15,"hsl","0",0,1,1,{"y":["<time>"]}]]\nfastcgi_next_upstream_tries	[[15,"hsl","0",0,1,1,{"y":["<number>"]}]]\nfastcgi_no_cache	[[15,"hsl","",0,1,-1,{"y":["<string> \\u2026"]}]]\nfastcgi_param	[[15,"hsl","HTTP_HOST $host$is_request_port$request_port",0,2,3,{"y":["<parameter> <value> [if_not_empty]"]}]]\nfastcgi_pass	[[15,"li","",0,1,1,{"y":["<address>"]}]]\nfastcgi_pass_header	[[15,"hsl","",0,1,1,{"y":["<field>"]}]]\nfastcgi_pass_request_body	[[15,"hsl","on",0,1,1,{"y":["on | off"]}]]\nfastcgi_pass_request_headers	[[15,"hsl","on",0,1,1,{"y":["on | off"]}]]\nfastcgi_read_timeout	[[15,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nfastcgi_request_buffering	[[15,"hsl","on",0,1,1,{"y":["on | off"]}]]\nfastcgi_request_dynamic	[[15,"hsl","off",2,1,1,{"y":["on | off"]}]]\nfastcgi_send_lowat	[[15,"hsl","0",0,1,1,{"y":["<size>"]}]]\nfastcgi_send_timeout	[[15,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nfastcgi_socket_keepalive	[[15,"hsl","off",0,1,1,{"y":["on | off"]}]]\nfastcgi_socket_rcvbuf	[[15,"hsl","",0,1,1,{"y":["<size>"]}]]\nfastcgi_socket_sndbuf	[[15,"hsl","",0,1,1,{"y":["<size>"]}]]\nfastcgi_split_path_info	[[15,"l","",0,1,1,{"y":["<regex>"]}]]\nfastcgi_store	[[15,"hsl","off",0,1,1,{"y":["on | off | <string>"]}]]\nfastcgi_store_access	[[15,"hsl","user:rw",0,1,-1,{"y":["<users>:<permissions> \\u2026"]}]]\nfastcgi_temp_file_write_size	[[15,"hsl","8k|16k",0,1,1,{"y":["<size>"]}]]\nfastcgi_temp_path	[[15,"hsl","fastcgi_temp",0,1,4,{"y":["<path> [<level1> [<level2> [<level3>]]]"]}]]\nflv	[[16,"l","",0,0,0]]\nfrontchannel_logout_uri	[[38,"o","",2,1,1,{"y":["<uri>"]}]]\ngeo	[[17,"h","",1,1,2,{"y":["[<$address>] <$variable> {...}"]}],[78,"S","",1,1,2,{"y":["[<$address>] <$variable> {...}"]}]]\ngeoip_city	[[18,"h","",0,1,1,{"y":["<file>"]}],[79,"S","",0,1,1,{"y":["<file>"]}]]\ngeoip_country	[[18,"h","",0,1,1,{"y":["<file>"]}],[79,"S","",0,1,1,{"y":["<file>"]}]]\ngeoip_org	[[18,"h","",0,1,1,{"y":["<file>"]}],[79,"S","",0,1,1,{"y":["<file>"]}]]\ngeoip_proxy	[[18,"h","",0,1,1,{"y":["<address> | <CIDR>"]}]]\ngeoip_proxy_recursive	[[18,"h","off",0,1,1,{"y":["on | off"]}]]\ngoogle_perftools_profiles	[[73,"m","",0,1,1,{"y":["<file>"]}]]\ngrpc_allow_upstream	[[19,"hsl","",2,1,1,{"y":["<address>"]}]]\ngrpc_bind	[[19,"hsl","",0,1,2,{"y":["<address> [transparent] | off"]}]]\ngrpc_bind_dynamic	[[19,"hsl","off",2,1,1,{"y":["on | off"]}]]\ngrpc_buffer_size	[[19,"hsl","4k|8k",0,1,1,{"y":["<size>"]}]]\ngrpc_connect_timeout	[[19,"hsl","60s",0,1,1,{"y":["<time>"]}]]\ngrpc_hide_header	[[19,"hsl","",0,1,1,{"y":["<field>"]}]]\ngrpc_ignore_headers	[[19,"hsl","",0,1,-1,{"y":["<field> \\u2026"]}]]\ngrpc_intercept_errors	[[19,"hsl","off",0,1,1,{"y":["on | off"]}]]\ngrpc_next_upstream	[[19,"hsl","error timeout",0,1,-1,{"y":["error | timeout | denied | invalid_header | http_500 | http_502 | http_503 | http_504 | http_403 | http_404 | http_429 | non_idempotent | off \\u2026"]}]]\ngrpc_next_upstream_timeout	[[19,"hsl","0",0,1,1,{"y":["<time>"]}]]\ngrpc_next_upstream_tries	[[19,"hsl","0",0,1,1,{"y":["<number>"]}]]\ngrpc_pass	[[19,"li","",0,1,1,{"y":["<address>"]}]]\ngrpc_pass_header	[[19,"hsl","",0,1,1,{"y":["<field>"]}]]\ngrpc_read_timeout	[[19,"hsl","60s",0,1,1,{"y":["<time>"]}]]\ngrpc_request_dynamic	[[19,"hsl","off",2,1,1,{"y":["on | off"]}]]\ngrpc_send_timeout	[[19,"hsl","60s",0,1,1,{"y":["<time>"]}]]\ngrpc_set_header	[[19,"hsl","Content-Length $content_length",0,2,2,{"y":["<field> <value>"]}]]\ngrpc_socket_keepalive	[[19,"hsl","off",0,1,1,{"y":["on | off"]}]]\ngrpc_socket_rcvbuf	[[19,"hsl","",0,1,1,{"y":["<size>"]}]]\ngrpc_socket_sndbuf	[[19,"hsl","",0,1,1,{"y":["<size>"]}]]\ngrpc_ssl_certificate	[[19,"hsl","",0,1,1,{"y":["<file>"]}]]\ngrpc_ssl_certificate_cache	[[19,"hsl","off",0,1,3,{"y":["off","max=<N> [inactive=<time>] [valid=<time>]"]}]]\ngrpc_ssl_certificate_key	[[19,"hsl","",0,1,1,{"y":["<file>"]}]]\ngrpc_ssl_ciphers	[[19,"hsl","DEFAULT",0,1,1,{"y":["<ciphers>"]}]]\ngrpc_ssl_conf_command	[[19,"hsl","",0,2,2,{"y":["<name> <value>"]}]]\ngrpc_ssl_crl	[[19,"hsl","",0,1,1,{"y":["<file>"]}]]\ngrpc_ssl_key_log	[[19,"hsl","",2,1,1,{"y":["path"]}]]\ngrpc_ssl_name	[[19,"hsl","host from grpc_pass",0,1,1,{"y":["<name>"]}]]\ngrpc_ssl_password_file	[[19,"hsl","",0,1,1,{"y":["<file>"]}]]\ngrpc_ssl_protocols	[[19,"hsl","TLSv1.2 TLSv1.3",0,0,6,{"y":["[SSLv2] [SSLv3] [TLSv1] [TLSv1.1] [TLSv1.2] [TLSv1.3]"]}]]\ngrpc_ssl_server_name	[[19,"hsl","off",0,1,1,{"y":["on | off"]}]]\ngrpc_ssl_session_reuse	[[19,"hsl","on",0,1,1,{"y":["on | off"]}]]\ngrpc_ssl_trusted_certificate	[[19,"hsl","",0,1,1,{"y":["<file>"]}]]\ngrpc_ssl_verify	[[19,"hsl","off",0,1,1,{"y":["on | off"]}]]\ngrpc_ssl_verify_depth	[[19,"hsl","1",0,1,1,{"y":["<number>"]}]]\ngunzip	[[20,"hsl","off",0,1,1,{"y":["on | off"]}]]\ngunzip_buffers	[[20,"hsl","32 4k|16 8k",0,2,2,{"y":["<number> <size>"]}]]\ngzip	[[21,"hsli","off",0,1,1,{"y":["on | off"]}]]\ngzip_buffers	[[21,"hsl","32 4k|16 8k",0,2,2,{"y":["<number> <size>"]}]]\ngzip_comp_level	[[21,"hsl","1",0,1,1,{"y":["<level>"]}]]\ngzip_disable	[[21,"hsl","",0,1,-1,{"y":["<regex> \\u2026"]}]]\ngzip_http_version	[[21,"hsl","1.1",0,1,1,{"y":["1.0 | 1.1"]}]]\ngzip_min_length	[[21,"hsl","20",0,1,1,{"y":["<length>"]}]]\ngzip_proxied	[[21,"hsl","off",0,1,-1,{"y":["off | expired | no-cache | no-store | private | no_last_modified | no_etag | auth | any \\u2026"]}]]\ngzip_static	[[22,"hsl","off",0,1,1,{"y":["on | off | always"]}]]\ngzip_types	[[21,"hsl","text/html",0,1,-1,{"y":["<mime-type> \\u2026"]}]]\ngzip_vary	[[21,"hsl","off",0,1,1,{"y":["on | off"]}]]\nhash	[[58,"u","",0,1,2,{"y":["<key> [consistent]"]}],[97,"w","",0,1,2,{"y":["<key> [consistent]"]}]]\nhealth_check	[[57,"l","",2,0,1,{"y":["[<parameters>]"]}],[96,"v","",2,0,1,{"y":["[<parameters>]"]}]]\nhealth_check_timeout	[[96,"Sv","5s",2,1,1,{"y":["<timeout>"]}]]\nhls	[[24,"l","",2,0,0]]\nhls_buffers	[[24,"hsl","8 2m",2,2,2,{"y":["<number> <size>"]}]]\nhls_forward_args	[[24,"hsl","off",2,1,1,{"y":["on | off"]}]]\nhls_fragment	[[24,"hsl","5s",2,1,1,{"y":["<time>"]}]]\nhls_mp4_buffer_size	[[24,"hsl","512k",2,1,1,{"y":["<size>"]}]]\nhls_mp4_max_buffer_size	[[24,"hsl","10m",2,1,1,{"y":["<size>"]}]]\nhttp	[[11,"m","",1,0,0,{"y":["{...}"]}]]\nhttp2	[[61,"hs","off",0,1,1,{"y":["on | off"]}]]\nhttp2_body_preread_size	[[61,"hs","64k",0,1,1,{"y":["<size>"]}]]\nhttp2_chunk_size	[[61,"hsl","8k",0,1,1,{"y":["<size>"]}]]\nhttp2_idle_timeout	[[61,"hs","3m",0,1,1,{"o":"1.19.7","y":["<time>"]}]]\nhttp2_max_concurrent_pushes	[[61,"hs","10",0,1,1,{"o":"1.25.1","y":["<number>"]}]]\nhttp2_max_concurrent_streams	[[61,"hs","128",0,1,1,{"y":["<number>"]}]]\nhttp2_max_field_size	[[61,"hs","4k",0,1,1,{"o":"1.19.7","y":["<size>"]}]]\nhttp2_max_header_size	[[61,"hs","16k",0,1,1,{"o":"1.19.7","y":["<size>"]}]]\nhttp2_max_requests	[[61,"hs","1000",0,1,1,{"o":"1.19.7","y":["<number>"]}]]\nhttp2_push	[[61,"hsl","off",0,1,1,{"o":"1.25.1","y":["<uri> | off"]}]]\nhttp2_push_preload	[[61,"hsl","off",0,1,1,{"o":"1.25.1","y":["on | off"]}]]\nhttp2_recv_buffer_size	[[61,"h","256k",0,1,1,{"y":["<size>"]}]]\nhttp2_recv_timeout	[[61,"hs","30s",0,1,1,{"o":"1.19.7","y":["<time>"]}]]\nhttp3	[[62,"hs","on",0,1,1,{"y":["on | off"]}]]\nhttp3_hq	[[62,"hs","off",0,1,1,{"y":["on | off"]}]]\nhttp3_max_concurrent_streams	[[62,"hs","128",0,1,1,{"y":["<number>"]}]]\nhttp3_stream_buffer_size	[[62,"hs","64k",0,1,1,{"y":["<size>"]}]]\nif	[[44,"sl","",1,1,1,{"y":["(<condition>) {...}"]}]]\nif_modified_since	[[11,"hsl","exact",0,1,1,{"y":["off | exact | before"]}]]\nignore_invalid_headers	[[11,"hs","on",0,1,1,{"y":["on | off"]}]]\nimage_filter	[[25,"l","off",0,1,3,{"y":["off","test","size","rotate 90 | 180 | 270","resize <width> <height>","crop <width> <height>"]}]]\nimage_filter_buffer	[[25,"hsl","1M",0,1,1,{"y":["<size>"]}]]\nimage_filter_interlace	[[25,"hsl","off",0,1,1,{"y":["on | off"]}]]\nimage_filter_jpeg_quality	[[25,"hsl","75",0,1,1,{"y":["<quality>"]}]]\nimage_filter_sharpen	[[25,"hsl","0",0,1,1,{"y":["<percent>"]}]]\nimage_filter_transparency	[[25,"hsl","on",0,1,1,{"y":["on|off"]}]]\nimage_filter_webp_quality	[[25,"hsl","80",0,1,1,{"y":["<quality>"]}]]\nimap_auth	[[66,"Mn","plain",0,1,-1,{"y":["<method> \\u2026"]}]]\nimap_capabilities	[[66,"Mn","IMAP4 IMAP4rev1 UIDPLUS",0,1,-1,{"y":["<extension> \\u2026"]}]]\nimap_client_buffer	[[66,"Mn","4k|8k",0,1,1,{"y":["<size>"]}]]\ninclude	[[72,"mehslifxuSvwMnaog","",0,1,1,{"y":["<file> | <mask>"]}]]\nindex	[[26,"hsl","index.html",0,1,-1,{"y":["<file> \\u2026"]}]]\ninternal	[[11,"l","",0,0,0]]\ninternal_redirect	[[27,"sl","",0,1,1,{"y":["<uri>"]}]]\nip_hash	[[58,"u","",0,0,0]]\nissuer	[[38,"o","",2,1,1,{"y":["<URL>"]}]]\njs_access	[[28,"lix","",0,1,1,{"y":["<module.function>"]}],[80,"Sv","",0,1,1,{"y":["<module.function>"]}]]\njs_body_filter	[[28,"lix","",0,1,2,{"y":["<module.function> [<buffer_type>=<string> | <buffer>]"]}]]\njs_content	[[28,"lix","",0,1,1,{"y":["<module.function>"]}]]\njs_context_reuse	[[28,"hsl","128",0,1,1,{"y":["<number>"]}],[80,"Sv","128",0,1,1,{"y":["<number>"]}]]\njs_engine	[[28,"hsl","njs",0,1,1,{"y":["njs | qjs"]}],[80,"Sv","njs",0,1,1,{"y":["njs | qjs"]}]]\njs_fetch_buffer_size	[[28,"hsl","16k",0,1,1,{"y":["<size>"]}],[80,"Sv","16k",0,1,1,{"y":["<size>"]}]]\njs_fetch_ciphers	[[28,"hsl","HIGH:!aNULL:!MD5",0,1,1,{"y":["<ciphers>"]}],[80,"Sv","HIGH:!aNULL:!MD5",0,1,1,{"y":["<ciphers>"]}]]\njs_fetch_keepalive	[[28,"hsl","0",0,1,1,{"y":["<connections>"]}],[80,"Sv","0",0,1,1,{"y":["<connections>"]}]]\njs_fetch_keepalive_requests	[[28,"hsl","1000",0,1,1,{"y":["<number>"]}],[80,"Sv","1000",0,1,1,{"y":["<number>"]}]]\njs_fetch_keepalive_time	[[28,"hsl","1h",0,1,1,{"y":["<time>"]}],[80,"Sv","1h",0,1,1,{"y":["<time>"]}]]\njs_fetch_keepalive_timeout	[[28,"hsl","60s",0,1,1,{"y":["<time>"]}],[80,"Sv","60s",0,1,1,{"y":["<time>"]}]]\njs_fetch_max_response_buffer_size	[[28,"hsl","1m",0,1,1,{"y":["<size>"]}],[80,"Sv","1m",0,1,1,{"y":["<size>"]}]]\njs_fetch_protocols	[[28,"hsl","TLSv1 TLSv1.1 TLSv1.2",0,0,4,{"y":["[TLSv1] [TLSv1.1] [TLSv1.2] [TLSv1.3]"]}],[80,"Sv","TLSv1 TLSv1.1 TLSv1.2",0,0,4,{"y":["[TLSv1] [TLSv1.1] [TLSv1.2] [TLSv1.3]"]}]]\njs_fetch_proxy	[[28,"hsl","",0,1,1,{"y":["<url>"]}],[80,"Sv","",0,1,1,{"y":["<url>"]}]]\njs_fetch_timeout	[[28,"hsl","60s",0,1,1,{"y":["<time>"]}],[80,"Sv","60s",0,1,1,{"y":["<time>"]}]]\njs_fetch_trusted_certificate	[[28,"hsl","",0,1,1,{"y":["<file>"]}],[80,"Sv","",0,1,1,{"y":["<file>"]}]]\njs_fetch_verify	[[28,"hsl","on",0,1,1,{"y":["on | off"]}],[80,"Sv","on",0,1,1,{"y":["on | off"]}]]\njs_fetch_verify_depth	[[28,"hsl","100",0,1,1,{"y":["<number>"]}],[80,"Sv","100",0,1,1,{"y":["<number>"]}]]\njs_filter	[[80,"Sv","",0,1,1,{"y":["<module.function>"]}]]\njs_header_filter	[[28,"lix","",0,1,1,{"y":["<module.function>"]}]]\njs_import	[[28,"hsl","",0,1,3,{"y":["<module.js> | <export_name from module.js>"]}],[80,"Sv","",0,1,3,{"y":["<module.js> | <export_name from module.js>"]}]]\njs_include	[[28,"h","",0,1,1,{"u":"0.7.1","y":["<file>"]}],[80,"S","",0,1,1,{"u":"0.7.1","y":["<file>"]}]]\njs_load_http_native_module	[[28,"m","",0,1,3,{"y":["<path> [as <name>]"]}]]\njs_load_stream_native_module	[[80,"m","",0,1,3,{"y":["<path> [as <name>]"]}]]\njs_path	[[28,"hsl","",0,1,1,{"y":["<path>"]}],[80,"Sv","",0,1,1,{"y":["<path>"]}]]\njs_periodic	[[28,"l","",0,1,4,{"y":["<module.function> [interval=<time>] [jitter=<number>] [worker_affinity=<mask>]"]}],[80,"v","",0,1,4,{"y":["<module.function> [interval=<time>] [jitter=<number>] [worker_affinity=<mask>]"]}]]\njs_preload_object	[[28,"hsl","",0,1,3,{"y":["<name.json> | <name> from <file.json>"]}],[80,"Sv","",0,1,3,{"y":["<name.json> | <name> from <file.json>"]}]]\njs_preread	[[80,"Sv","",0,1,1,{"y":["<module.function>"]}]]\njs_set	[[28,"hsl","",0,2,3,{"y":["<$variable> <module.function> [nocache]"]}],[80,"Sv","",0,2,3,{"y":["<$variable> <module.function> [nocache]"]}]]\njs_shared_dict_zone	[[28,"h","",0,1,5,{"y":["zone=<name>:<size> [timeout=<time>] [type=string|number] [evict] [state=<file>]"]}],[80,"S","",0,1,5,{"y":["zone=<name>:<size> [timeout=<time>] [type=string|number] [evict] [state=<file>]"]}]]\njs_var	[[28,"hsl","",0,1,2,{"y":["<$variable> [<value>]"]}],[80,"Sv","",0,1,2,{"y":["<$variable> [<value>]"]}]]\nkeepalive	[[58,"u","32 local",0,1,2,{"y":["<connections> [local]"]}]]\nkeepalive_disable	[[11,"hsl","msie6",0,1,-1,{"y":["none | <browser> \\u2026"]}]]\nkeepalive_min_timeout	[[11,"hsl","0",0,1,1,{"y":["<timeout>"]}]]\nkeepalive_requests	[[11,"hsl","1000",0,1,1,{"y":["<number>"]}],[58,"u","1000",0,1,1,{"y":["<number>"]}]]\nkeepalive_time	[[11,"hsl","1h",0,1,1,{"y":["<time>"]}],[58,"u","1h",0,1,1,{"y":["<time>"]}]]\nkeepalive_timeout	[[11,"hsl","75s",0,1,2,{"y":["<timeout> [<header_timeout>]"]}],[58,"u","60s",0,1,1,{"y":["<timeout>"]}]]\nkeyval	[[29,"h","",2,3,3,{"y":["<key> <$variable> zone=<name>"]}],[81,"S","",2,3,3,{"y":["<key> <$variable> zone=<name>"]}]]\nkeyval_zone	[[29,"h","",2,1,5,{"y":["zone=<name>:<size> [state=<file>] [timeout=<time>] [type=string|ip|prefix] [sync]"]}],[81,"S","",2,1,5,{"y":["zone=<name>:<size> [state=<file>] [timeout=<time>] [type=string|ip|prefix] [sync]"]}]]\nlarge_client_header_buffers	[[11,"hs","4 8k",0,2,2,{"y":["<number> <size>"]}]]\nleast_conn	[[58,"u","",0,0,0],[97,"w","",0,0,0]]\nleast_time	[[58,"u","",0,1,2,{"s":"1.31.0","y":["header | last_byte [inflight]"]}],[97,"w","",0,1,2,{"s":"1.31.0","y":["connect | first_byte | last_byte [inflight]"]}]]\nlicense_token	[[74,"g","license.jwt",2,1,1,{"y":["<file>"]}]]\nlimit_conn	[[30,"hsl","",0,2,2,{"y":["<zone> <number>"]}],[82,"Sv","",0,2,2,{"y":["<zone> <number>"]}]]\nlimit_conn_dry_run	[[30,"hsl","off",0,1,1,{"y":["on | off"]}],[82,"Sv","off",0,1,1,{"y":["on | off"]}]]\nlimit_conn_log_level	[[30,"hsl","error",0,1,1,{"y":["info | notice | warn | error"]}],[82,"Sv","error",0,1,1,{"y":["info | notice | warn | error"]}]]\nlimit_conn_status	[[30,"hsl","503",0,1,1,{"y":["<code>"]}]]\nlimit_conn_zone	[[30,"h","",0,2,2,{"y":["<key> zone=<name>:<size>"]}],[82,"S","",0,2,2,{"y":["<key> zone=<name>:<size>"]}]]\nlimit_except	[[11,"l","",1,1,-1,{"y":["<method> \\u2026 {...}"]}]]\nlimit_rate	[[11,"hsli","0",0,1,1,{"y":["<rate>"]}]]\nlimit_rate_after	[[11,"hsli","0",0,1,1,{"y":["<size>"]}]]\nlimit_req	[[31,"hsl","",0,1,3,{"y":["zone=<name> [burst=<number>] [nodelay | delay=<number>]"]}]]\nlimit_req_dry_run	[[31,"hsl","off",0,1,1,{"y":["on | off"]}]]\nlimit_req_log_level	[[31,"hsl","error",0,1,1,{"y":["info | notice | warn | error"]}]]\nlimit_req_status	[[31,"hsl","503",0,1,1,{"y":["<code>"]}]]\nlimit_req_zone	[[31,"h","",0,3,4,{"y":["<key> zone=<name>:<size> rate=<rate> [sync]"]}]]\nlimit_zone	[[30,"h","",0,3,3,{"u":"1.7.6","y":["<name> <$variable> <size>"]}]]\nlingering_close	[[11,"hsl","on",0,1,1,{"y":["off | on | always"]}]]\nlingering_time	[[11,"hsl","30s",0,1,1,{"y":["<time>"]}]]\nlingering_timeout	[[11,"hsl","5s",0,1,1,{"y":["<time>"]}]]\nlisten	[[11,"s","*:80 | *:8000",0,1,17,{"y":["<address>[:<port>] [default_server] [ssl] [http2 | quic] [proxy_protocol] [setfib=<number>] [fastopen=<number>] [backlog=<number>] [rcvbuf=<size>] [sndbuf=<size>] [accept_filter=<filter>] [deferred] [bind] [ipv6only=on|off] [reuseport] [multipath] [so_keepalive=on|off|[<keepidle>]:[<keepintvl>]:[<keepcnt>]]","<port> [default_server] [ssl] [http2 | quic] [proxy_protocol] [setfib=<number>] [fastopen=<number>] [backlog=<number>] [rcvbuf=<size>] [sndbuf=<size>] [accept_filter=<filter>] [deferred] [bind] [ipv6only=on|off] [reuseport] [multipath] [so_keepalive=on|off|[<keepidle>]:[<keepintvl>]:[<keepcnt>]]","unix:<path> [default_server] [ssl] [http2 | quic] [proxy_protocol] [backlog=<number>] [rcvbuf=<size>] [sndbuf=<size>] [accept_filter=<filter>] [deferred] [bind] [so_keepalive=on|off|[<keepidle>]:[<keepintvl>]:[<keepcnt>]]"]}],[65,"n","",0,1,10,{"y":["<address>:<port> [ssl] [proxy_protocol] [backlog=<number>] [rcvbuf=<size>] [sndbuf=<size>] [bind] [ipv6only=on|off] [multipath] [so_keepalive=on|off|[<keepidle>]:[<keepintvl>]:[<keepcnt>]]"]}],[77,"v","",0,1,17,{"y":["<address>:<port> [default_server] [ssl] [udp] [proxy_protocol] [setfib=<number>] [fastopen=<number>] [backlog=<number>] [rcvbuf=<size>] [sndbuf=<size>] [accept_filter=<filter>] [deferred] [bind] [ipv6only=on|off] [reuseport] [multipath] [so_keepalive=on|off|[<keepidle>]:[<keepintvl>]:[<keepcnt>]]"]}]]\nload_module	[[72,"m","",0,1,1,{"y":["<file>"]}]]\nlocation	[[11,"sl","",1,1,2,{"y":["[ = | ~ | ~* | ^~ ] <uri> {...}","@<name> {...}"]}]]\nlock_file	[[72,"m","logs/nginx.lock",0,1,1,{"y":["<file>"]}]]\nlog_format	[[32,"h","combined \\"...\\"",0,2,-1,{"y":["<name> [escape=default|json|none] <string> \\u2026"]}],[83,"S","",0,2,-1,{"y":["<name> [escape=default|json|none] <string> \\u2026"]}]]\nlog_not_found	[[11,"hsl","on",0,1,1,{"y":["on | off"]}]]\nlog_subrequest	[[11,"hsl","off",0,1,1,{"y":["on | off"]}]]\nlogout_token_hint	[[38,"o","off",2,1,1,{"y":["on | off"]}]]\nlogout_uri	[[38,"o","",2,1,1,{"y":["<uri>"]}]]\nmail	[[65,"m","",1,0,0,{"y":["{...}"]}]]\nmap	[[33,"h","",1,2,2,{"y":["<string> <$variable> {...}"]}],[84,"S","",1,2,2,{"y":["<string> <$variable> {...}"]}]]\nmap_hash_bucket_size	[[33,"h","32|64|128",0,1,1,{"y":["<size>"]}],[84,"S","32|64|128",0,1,1,{"y":["<size>"]}]]\nmap_hash_max_size	[[33,"h","2048",0,1,1,{"y":["<size>"]}],[84,"S","2048",0,1,1,{"y":["<size>"]}]]\nmaster_process	[[72,"m","on",0,1,1,{"y":["on | off"]}]]\nmatch	[[57,"h","",3,1,1,{"y":["<name> {...}"]}],[96,"S","",3,1,1,{"y":["<name> {...}"]}]]\nmax_errors	[[65,"Mn","5",0,1,1,{"y":["<number>"]}]]\nmax_headers	[[11,"hs","1000",0,1,1,{"y":["<number>"]}]]\nmax_ranges	[[11,"hsl","",0,1,1,{"y":["<number>"]}]]\nmemcached_allow_upstream	[[34,"hsl","",2,1,-1,{"y":["<string> \\u2026"]}]]\nmemcached_bind	[[34,"hsl","",0,1,2,{"y":["<address> [transparent] | off"]}]]\nmemcached_bind_dynamic	[[34,"hsl","off",2,1,1,{"y":["on | off"]}]]\nmemcached_buffer_size	[[34,"hsl","4k|8k",0,1,1,{"y":["<size>"]}]]\nmemcached_connect_timeout	[[34,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nmemcached_gzip_flag	[[34,"hsl","",0,1,1,{"y":["<flag>"]}]]\nmemcached_next_upstream	[[34,"hsl","error timeout",0,1,-1,{"y":["error | timeout | denied | invalid_response | not_found | off \\u2026"]}]]\nmemcached_next_upstream_timeout	[[34,"hsl","0",0,1,1,{"y":["<time>"]}]]\nmemcached_next_upstream_tries	[[34,"hsl","0",0,1,1,{"y":["<number>"]}]]\nmemcached_pass	[[34,"li","",0,1,1,{"y":["<address>"]}]]\nmemcached_read_timeout	[[34,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nmemcached_send_timeout	[[34,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nmemcached_socket_keepalive	[[34,"hsl","off",0,1,1,{"y":["on | off"]}]]\nmerge_slashes	[[11,"hs","on",0,1,1,{"y":["on | off"]}]]\nmgmt	[[74,"m","",3,0,0,{"y":["{...}"]}]]\nmin_delete_depth	[[12,"hsl","0",0,1,1,{"y":["<number>"]}]]\nmirror	[[35,"hsl","off",0,1,1,{"y":["<uri> | off"]}]]\nmirror_request_body	[[35,"hsl","on",0,1,1,{"y":["on | off"]}]]\nmodern_browser	[[9,"hsl","",0,1,2,{"y":["<browser> <version>","unlisted"]}]]\nmodern_browser_value	[[9,"hsl","1",0,1,1,{"y":["<string>"]}]]\nmp4	[[36,"l","",0,0,0]]\nmp4_buffer_size	[[36,"hsl","512K",0,1,1,{"y":["<size>"]}]]\nmp4_limit_rate	[[36,"hsl","off",2,1,1,{"y":["on | off | <factor>"]}]]\nmp4_limit_rate_after	[[36,"hsl","60s",2,1,1,{"y":["<time>"]}]]\nmp4_max_buffer_size	[[36,"hsl","10M",0,1,1,{"y":["<size>"]}]]\nmp4_start_key_frame	[[36,"hsl","off",0,1,1,{"y":["on | off"]}]]\nmqtt	[[85,"Sv","off",2,1,1,{"y":["on | off"]}]]\nmqtt_buffers	[[85,"Sv","100 1k",2,2,2,{"y":["<number> <size>"]}]]\nmqtt_preread	[[86,"Sv","off",2,1,1,{"y":["on | off"]}]]\nmqtt_rewrite_buffer_size	[[85,"v","4k|8k",2,1,1,{"o":"1.25.1","y":["<size>"]}]]\nmqtt_set_connect	[[85,"v","",2,2,2,{"y":["field <value>"]}]]\nmsie_padding	[[11,"hsl","on",0,1,1,{"y":["on | off"]}]]\nmsie_refresh	[[11,"hsl","off",0,1,1,{"y":["on | off"]}]]\nmulti_accept	[[72,"e","off",0,1,1,{"y":["on | off"]}]]\nntlm	[[58,"u","",2,0,0]]\nnum_map	[[37,"h","",1,1,2,{"y":["[<$number>] <$variable> {...}"]}],[87,"S","",1,1,2,{"y":["[<$number>] <$variable> {...}"]}]]\noidc_provider	[[38,"h","",3,1,1,{"y":["<name> {...}"]}]]\nopen_file_cache	[[11,"hsl","off",0,1,2,{"y":["off","max=<N> [inactive=<time>]"]}]]\nopen_file_cache_errors	[[11,"hsl","off",0,1,1,{"y":["on | off"]}]]\nopen_file_cache_min_uses	[[11,"hsl","1",0,1,1,{"y":["<number>"]}]]\nopen_file_cache_valid	[[11,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nopen_log_file_cache	[[32,"hsl","off",0,1,4,{"y":["max=<N> [inactive=<time>] [min_uses=<N>] [valid=<time>]","off"]}],[83,"Sv","off",0,1,4,{"y":["max=<N> [inactive=<time>] [min_uses=<N>] [valid=<time>]","off"]}]]\notel_exporter	[[75,"h","",1,0,0,{"y":["{...}"]}]]\notel_resource_attr	[[75,"h","",0,2,2,{"y":["<name> <value>"]}]]\notel_service_name	[[75,"h","unknown_service:nginx",0,1,1,{"y":["<name>"]}]]\notel_span_attr	[[75,"hsl","",0,2,2,{"y":["<name> <value>"]}]]\notel_span_name	[[75,"hsl","",0,1,1,{"y":["<name>"]}]]\notel_trace	[[75,"hsl","off",0,1,1,{"y":["on | off | $variable"]}]]\notel_trace_context	[[75,"hsl","ignore",0,1,1,{"y":["extract | inject | propagate | ignore"]}]]\noutput_buffers	[[11,"hsl","2 32k",0,2,2,{"y":["<number> <size>"]}]]\noverride_charset	[[10,"hsli","off",0,1,1,{"y":["on | off"]}]]\npass	[[88,"v","",0,1,1,{"y":["<address>"]}]]\npcre_jit	[[72,"m","off",0,1,1,{"y":["on | off"]}]]\nperl	[[39,"lx","",0,3,-1,{"y":["<module>::<function>|\\u2018sub { \\u2026 }\\u2019"]}]]\nperl_modules	[[39,"h","",0,1,1,{"y":["<path>"]}]]\nperl_require	[[39,"h","",0,1,1,{"y":["<module>"]}]]\nperl_set	[[39,"h","",0,4,-1,{"y":["<$variable> <module>::<function>|\\u2018sub { \\u2026 }\\u2019"]}]]\npid	[[72,"m","logs/nginx.pid",0,1,1,{"y":["<file>"]}]]\npkce	[[38,"o","",2,1,1,{"y":["on | off"]}]]\npop3_auth	[[67,"Mn","plain",0,1,-1,{"y":["<method> \\u2026"]}]]\npop3_capabilities	[[67,"Mn","TOP USER UIDL",0,1,-1,{"y":["<extension> \\u2026"]}]]\nport_in_redirect	[[11,"hsl","on",0,1,1,{"y":["on | off"]}]]\npost_logout_uri	[[38,"o","",2,1,1,{"y":["<uri>"]}]]\npostpone_output	[[11,"hsl","1460",0,1,1,{"y":["<size>"]}]]\npreferred_chain	[[1,"a","",0,1,1,{"y":["<name>"]}]]\npreread_buffer_size	[[77,"Sv","16k",0,1,1,{"y":["<size>"]}]]\npreread_timeout	[[77,"Sv","30s",0,1,1,{"y":["<timeout>"]}]]\nprofile	[[1,"a","",0,1,2,{"y":["<name> [require]"]}]]\nprotocol	[[65,"n","",0,1,1,{"y":["imap | pop3 | smtp"]}]]\nproxy	[[74,"g","",2,1,1,{"y":["<host>:<port>"]}]]\nproxy_allow_upstream	[[40,"hsl","",2,1,-1,{"y":["<string> \\u2026"]}]]\nproxy_bind	[[40,"hsl","",0,1,2,{"y":["<address> [transparent] | off"]}],[89,"Sv","",0,1,2,{"y":["<address> [transparent] | off"]}]]\nproxy_bind_dynamic	[[40,"hsl","off",2,1,1,{"y":["on | off"]}],[89,"Sv","off",2,1,1,{"y":["on | off"]}]]\nproxy_buffer	[[68,"Mn","4k|8k",0,1,1,{"y":["<size>"]}]]\nproxy_buffer_size	[[40,"hsl","4k|8k",0,1,1,{"y":["<size>"]}],[89,"Sv","16k",0,1,1,{"y":["<size>"]}]]\nproxy_buffering	[[40,"hsl","on",0,1,1,{"y":["on | off"]}]]\nproxy_buffers	[[40,"hsl","8 4k|8k",0,2,2,{"y":["<number> <size>"]}]]\nproxy_busy_buffers_size	[[40,"hsl","8k|16k",0,1,1,{"y":["<size>"]}]]\nproxy_cache	[[40,"hsl","off",0,1,1,{"y":["<zone> | off"]}]]\nproxy_cache_background_update	[[40,"hsl","off",0,1,1,{"y":["on | off"]}]]\nproxy_cache_bypass	[[40,"hsl","",0,1,-1,{"y":["<string> \\u2026"]}]]\nproxy_cache_convert_head	[[40,"hsl","on",0,1,1,{"y":["on | off"]}]]\nproxy_cache_key	[[40,"hsl","$scheme$proxy_host$request_uri",0,1,1,{"y":["<string>"]}]]\nproxy_cache_lock	[[40,"hsl","off",0,1,1,{"y":["on | off"]}]]\nproxy_cache_lock_age	[[40,"hsl","5s",0,1,1,{"y":["<time>"]}]]\nproxy_cache_lock_timeout	[[40,"hsl","5s",0,1,1,{"y":["<time>"]}]]\nproxy_cache_max_range_offset	[[40,"hsl","",0,1,1,{"y":["<number>"]}]]\nproxy_cache_methods	[[40,"hsl","GET HEAD",0,1,-1,{"y":["GET | HEAD | POST \\u2026"]}]]\nproxy_cache_min_uses	[[40,"hsl","1",0,1,1,{"y":["<number>"]}]]\nproxy_cache_path	[[40,"h","",0,2,17,{"y":["<path> [levels=<levels>] [use_temp_path=on|off] keys_zone=<name>:<size> [inactive=<time>] [max_size=<size>] [min_free=<size>] [manager_files=<number>] [manager_sleep=<time>] [manager_threshold=<time>] [loader_files=<number>] [loader_sleep=<time>] [loader_threshold=<time>] [purger=on|off] [purger_files=<number>] [purger_sleep=<time>] [purger_threshold=<time>]"]}]]\nproxy_cache_purge	[[40,"hsl","",2,1,-1,{"y":["string \\u2026"]}]]\nproxy_cache_revalidate	[[40,"hsl","off",0,1,1,{"y":["on | off"]}]]\nproxy_cache_use_stale	[[40,"hsl","off",0,1,-1,{"y":["error | timeout | invalid_header | updating | http_500 | http_502 | http_503 | http_504 | http_403 | http_404 | http_429 | off \\u2026"]}]]\nproxy_cache_valid	[[40,"hsl","",0,1,-1,{"y":["[<code> \\u2026] <time>"]}]]\nproxy_connect_timeout	[[40,"hsl","60s",0,1,1,{"y":["<time>"]}],[89,"Sv","60s",0,1,1,{"y":["<time>"]}]]\nproxy_cookie_domain	[[40,"hsl","off",0,1,2,{"y":["off","<domain> <replacement>"]}]]\nproxy_cookie_flags	[[40,"hsl","off",0,1,-1,{"y":["off | <cookie> [<flag> \\u2026]"]}]]\nproxy_cookie_path	[[40,"hsl","off",0,1,2,{"y":["off","<path> <replacement>"]}]]\nproxy_download_rate	[[89,"Sv","0",0,1,1,{"y":["<rate>"]}]]\nproxy_force_ranges	[[40,"hsl","off",0,1,1,{"y":["on | off"]}]]\nproxy_half_close	[[89,"Sv","off",0,1,1,{"y":["on | off"]}]]\nproxy_headers_hash_bucket_size	[[40,"hsl","64",0,1,1,{"y":["<size>"]}]]\nproxy_headers_hash_max_size	[[40,"hsl","512",0,1,1,{"y":["<size>"]}]]\nproxy_hide_header	[[40,"hsl","",0,1,1,{"y":["<field>"]}]]\nproxy_http_version	[[40,"hsl","1.1",0,1,1,{"y":["1.0 | 1.1 | 2"]}]]\nproxy_ignore_client_abort	[[40,"hsl","off",0,1,1,{"y":["on | off"]}]]\nproxy_ignore_headers	[[40,"hsl","",0,1,-1,{"y":["<field> \\u2026"]}]]\nproxy_intercept_errors	[[40,"hsl","off",0,1,1,{"y":["on | off"]}]]\nproxy_limit_rate	[[40,"hsl","0",0,1,1,{"y":["<rate>"]}]]\nproxy_max_temp_file_size	[[40,"hsl","1024m",0,1,1,{"y":["<size>"]}]]\nproxy_method	[[40,"hsl","",0,1,1,{"y":["<method>"]}]]\nproxy_next_upstream	[[40,"hsl","error timeout",0,1,-1,{"y":["error | timeout | denied | invalid_header | http_500 | http_502 | http_503 | http_504 | http_403 | http_404 | http_429 | non_idempotent | off \\u2026"]}],[89,"Sv","on",0,1,1,{"y":["on | off"]}]]\nproxy_next_upstream_timeout	[[40,"hsl","0",0,1,1,{"y":["<time>"]}],[89,"Sv","0",0,1,1,{"y":["<time>"]}]]\nproxy_next_upstream_tries	[[40,"hsl","0",0,1,1,{"y":["<number>"]}],[89,"Sv","0",0,1,1,{"y":["<number>"]}]]\nproxy_no_cache	[[40,"hsl","",0,1,-1,{"y":["<string> \\u2026"]}]]\nproxy_pass	[[40,"lix","",0,1,1,{"y":["<URL>"]}],[89,"v","",0,1,1,{"y":["<address>"]}]]\nproxy_pass_error_message	[[68,"Mn","off",0,1,1,{"y":["on | off"]}]]\nproxy_pass_header	[[40,"hsl","",0,1,1,{"y":["<field>"]}]]\nproxy_pass_request_body	[[40,"hsl","on",0,1,1,{"y":["on | off"]}]]\nproxy_pass_request_headers	[[40,"hsl","on",0,1,1,{"y":["on | off"]}]]\nproxy_pass_trailers	[[40,"hsl","off",0,1,1,{"y":["on | off"]}]]\nproxy_password	[[74,"g","",2,1,1,{"y":["<string>"]}]]\nproxy_protocol	[[68,"Mn","off",0,1,1,{"y":["on | off | v2"]}],[89,"Sv","off",0,1,1,{"y":["on | off | v2"]}]]\nproxy_protocol_timeout	[[77,"Sv","30s",0,1,1,{"y":["<timeout>"]}]]\nproxy_read_timeout	[[40,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nproxy_redirect	[[40,"hsl","default",0,1,2,{"y":["default","off","<redirect> <replacement>"]}]]\nproxy_request_buffering	[[40,"hsl","on",0,1,1,{"y":["on | off"]}]]\nproxy_request_dynamic	[[40,"hsl","off",2,1,1,{"y":["on | off"]}]]\nproxy_requests	[[89,"Sv","0",0,1,1,{"y":["<number>"]}]]\nproxy_responses	[[89,"Sv","",0,1,1,{"y":["<number>"]}]]\nproxy_send_lowat	[[40,"hsl","0",0,1,1,{"y":["<size>"]}]]\nproxy_send_timeout	[[40,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nproxy_session_drop	[[89,"Sv","off",2,1,1,{"y":["on | off"]}]]\nproxy_set_body	[[40,"hsl","",0,1,1,{"y":["<value>"]}]]\nproxy_set_header	[[40,"hsl","Connection close",0,2,2,{"y":["<field> <value>"]}]]\nproxy_smtp_auth	[[68,"Mn","off",0,1,1,{"y":["on | off"]}]]\nproxy_socket_keepalive	[[40,"hsl","off",0,1,1,{"y":["on | off"]}],[89,"Sv","off",0,1,1,{"y":["on | off"]}]]\nproxy_socket_rcvbuf	[[40,"hsl","",0,1,1,{"y":["<size>"]}],[89,"Sv","",0,1,1,{"y":["<size>"]}]]\nproxy_socket_sndbuf	[[40,"hsl","",0,1,1,{"y":["<size>"]}],[89,"Sv","",0,1,1,{"y":["<size>"]}]]\nproxy_ssl	[[89,"Sv","off",0,1,1,{"y":["on | off"]}]]\nproxy_ssl_alpn	[[89,"Sv","",0,1,-1,{"y":["<protocol> \\u2026"]}]]\nproxy_ssl_certificate	[[40,"hsl","",0,1,1,{"y":["<file>"]}],[89,"Sv","",0,1,1,{"y":["<file>"]}]]\nproxy_ssl_certificate_cache	[[40,"hsl","off",0,1,3,{"y":["off","max=<N> [inactive=<time>] [valid=<time>]"]}],[89,"Sv","off",0,1,3,{"y":["off","max=<N> [inactive=<time>] [valid=<time>]"]}]]\nproxy_ssl_certificate_key	[[40,"hsl","",0,1,1,{"y":["<file>"]}],[89,"Sv","",0,1,1,{"y":["<file>"]}]]\nproxy_ssl_ciphers	[[40,"hsl","DEFAULT",0,1,1,{"y":["<ciphers>"]}],[89,"Sv","DEFAULT",0,1,1,{"y":["<ciphers>"]}]]\nproxy_ssl_conf_command	[[40,"hsl","",0,2,2,{"y":["<name> <value>"]}],[89,"Sv","",0,2,2,{"y":["<name> <value>"]}]]\nproxy_ssl_crl	[[40,"hsl","",0,1,1,{"y":["<file>"]}],[89,"Sv","",0,1,1,{"y":["<file>"]}]]\nproxy_ssl_key_log	[[40,"hsl","",2,1,1,{"y":["path"]}],[89,"Sv","",2,1,1,{"y":["path"]}]]\nproxy_ssl_name	[[40,"hsl","$proxy_host",0,1,1,{"y":["<name>"]}],[89,"Sv","host from proxy_pass",0,1,1,{"y":["<name>"]}]]\nproxy_ssl_password_file	[[40,"hsl","",0,1,1,{"y":["<file>"]}],[89,"Sv","",0,1,1,{"y":["<file>"]}]]\nproxy_ssl_protocols	[[40,"hsl","TLSv1.2 TLSv1.3",0,0,6,{"y":["[SSLv2] [SSLv3] [TLSv1] [TLSv1.1] [TLSv1.2] [TLSv1.3]"]}],[89,"Sv","TLSv1.2 TLSv1.3",0,0,6,{"y":["[SSLv2] [SSLv3] [TLSv1] [TLSv1.1] [TLSv1.2] [TLSv1.3]"]}]]\nproxy_ssl_server_name	[[40,"hsl","off",0,1,1,{"y":["on | off"]}],[89,"Sv","off",0,1,1,{"y":["on | off"]}]]\nproxy_ssl_session_reuse	[[40,"hsl","on",0,1,1,{"y":["on | off"]}],[89,"Sv","on",0,1,1,{"y":["on | off"]}]]\nproxy_ssl_trusted_certificate	[[40,"hsl","",0,1,1,{"y":["<file>"]}],[89,"Sv","",0,1,1,{"y":["<file>"]}]]\nproxy_ssl_verify	[[40,"hsl","off",0,1,1,{"y":["on | off"]}],[89,"Sv","off",0,1,1,{"y":["on | off"]}]]\nproxy_ssl_verify_depth	[[40,"hsl","1",0,1,1,{"y":["<number>"]}],[89,"Sv","1",0,1,1,{"y":["<number>"]}]]\nproxy_store	[[40,"hsl","off",0,1,1,{"y":["on | off | <string>"]}]]\nproxy_store_access	[[40,"hsl","user:rw",0,1,-1,{"y":["<users>:<permissions> \\u2026"]}]]\nproxy_temp_file_write_size	[[40,"hsl","8k|16k",0,1,1,{"y":["<size>"]}]]\nproxy_temp_path	[[40,"hsl","proxy_temp",0,1,4,{"y":["<path> [<level1> [<level2> [<level3>]]]"]}]]\nproxy_timeout	[[68,"Mn","24h",0,1,1,{"y":["<timeout>"]}],[89,"Sv","10m",0,1,1,{"y":["<timeout>"]}]]\nproxy_upload_rate	[[89,"Sv","0",0,1,1,{"y":["<rate>"]}]]\nproxy_username	[[74,"g","",2,1,1,{"y":["<string>"]}]]\nqueue	[[58,"u","",2,1,2,{"y":["<number> [timeout=<time>]"]}]]\nquic_active_connection_id_limit	[[62,"hs","2",0,1,1,{"y":["<number>"]}]]\nquic_bpf	[[62,"m","off",0,1,1,{"y":["on | off"]}]]\nquic_gso	[[62,"hs","off",0,1,1,{"y":["on | off"]}]]\nquic_host_key	[[62,"hs","",0,1,1,{"y":["<file>"]}]]\nquic_retry	[[62,"hs","off",0,1,1,{"y":["on | off"]}]]\nrandom	[[58,"u","",0,0,2,{"y":["[two [<method>]]"]}],[97,"w","",0,0,2,{"y":["[two [<method>]]"]}]]\nrandom_index	[[41,"l","off",0,1,1,{"y":["on | off"]}]]\nread_ahead	[[11,"hsl","0",0,1,1,{"y":["<size>"]}]]\nreal_ip_header	[[42,"hsl","X-Real-IP",0,1,1,{"y":["<field> | X-Real-IP | X-Forwarded-For | proxy_protocol"]}]]\nreal_ip_recursive	[[42,"hsl","off",0,1,1,{"y":["on | off"]}]]\nrecursive_error_pages	[[11,"hsl","off",0,1,1,{"y":["on | off"]}]]\nredirect_uri	[[38,"o","/oidc_callback",2,1,1,{"y":["<uri>"]}]]\nreferer_hash_bucket_size	[[43,"sl","64",0,1,1,{"y":["<size>"]}]]\nreferer_hash_max_size	[[43,"sl","2048",0,1,1,{"y":["<size>"]}]]\nrequest_pool_size	[[11,"hs","4k",0,1,1,{"y":["<size>"]}]]\nreset_timedout_connection	[[11,"hsl","off",0,1,1,{"y":["on | off"]}]]\nresolver	[[11,"hsl","",0,1,-1,{"y":["<address> \\u2026 [valid=<time>] [ipv4=on|off] [ipv6=on|off] [status_zone=<zone>]"]}],[58,"u","",0,1,-1,{"s":"1.27.3","y":["<address> \\u2026 [valid=<time>] [ipv4=on|off] [ipv6=on|off] [status_zone=<zone>]"]}],[65,"Mn","off",0,1,-1,{"y":["<address> \\u2026 [valid=<time>] [ipv4=on|off] [ipv6=on|off] [status_zone=<zone>]","off"]}],[74,"g","",2,1,-1,{"y":["<address> \\u2026 [valid=<time>] [ipv4=on|off] [ipv6=on|off] [status_zone=<zone>]"]}],[77,"Sv","",0,1,-1,{"s":"1.11.3","y":["<address> \\u2026 [valid=<time>] [ipv4=on|off] [ipv6=on|off] [status_zone=<zone>]"]}],[97,"w","",0,1,-1,{"s":"1.27.3","y":["<address> \\u2026 [valid=<time>] [ipv4=on|off] [ipv6=on|off] [status_zone=<zone>]"]}]]\nresolver_timeout	[[11,"hsl","30s",0,1,1,{"y":["<time>"]}],[58,"u","30s",0,1,1,{"s":"1.27.3","y":["<time>"]}],[65,"Mn","30s",0,1,1,{"y":["<time>"]}],[77,"Sv","30s",0,1,1,{"s":"1.11.3","y":["<time>"]}],[97,"w","30s",0,1,1,{"s":"1.27.3","y":["<time>"]}]]\nreturn	[[44,"slif","",0,1,2,{"y":["<code> [<text>]","<code> <URL>","<URL>"]}],[91,"v","",0,1,1,{"y":["<value>"]}]]\nrewrite	[[44,"slif","",0,2,3,{"y":["<regex> <replacement> [<flag>]"]}]]\nrewrite_log	[[44,"hslif","off",0,1,1,{"y":["on | off"]}]]\nroot	[[11,"hsli","html",0,1,1,{"y":["<path>"]}]]\nsatisfy	[[11,"hsl","all",0,1,1,{"y":["all | any"]}]]\nscgi_allow_upstream	[[45,"hsl","",2,1,-1,{"y":["<string> \\u2026"]}]]\nscgi_bind	[[45,"hsl","",0,1,2,{"y":["<address> [transparent] | off"]}]]\nscgi_bind_dynamic	[[45,"hsl","off",2,1,1,{"y":["on | off"]}]]\nscgi_buffer_size	[[45,"hsl","4k|8k",0,1,1,{"y":["<size>"]}]]\nscgi_buffering	[[45,"hsl","on",0,1,1,{"y":["on | off"]}]]\nscgi_buffers	[[45,"hsl","8 4k|8k",0,2,2,{"y":["<number> <size>"]}]]\nscgi_busy_buffers_size	[[45,"hsl","8k|16k",0,1,1,{"y":["<size>"]}]]\nscgi_cache	[[45,"hsl","off",0,1,1,{"y":["<zone> | off"]}]]\nscgi_cache_background_update	[[45,"hsl","off",0,1,1,{"y":["on | off"]}]]\nscgi_cache_bypass	[[45,"hsl","",0,1,-1,{"y":["<string> \\u2026"]}]]\nscgi_cache_key	[[45,"hsl","",0,1,1,{"y":["<string>"]}]]\nscgi_cache_lock	[[45,"hsl","off",0,1,1,{"y":["on | off"]}]]\nscgi_cache_lock_age	[[45,"hsl","5s",0,1,1,{"y":["<time>"]}]]\nscgi_cache_lock_timeout	[[45,"hsl","5s",0,1,1,{"y":["<time>"]}]]\nscgi_cache_max_range_offset	[[45,"hsl","",0,1,1,{"y":["<number>"]}]]\nscgi_cache_methods	[[45,"hsl","GET HEAD",0,1,-1,{"y":["GET | HEAD | POST \\u2026"]}]]\nscgi_cache_min_uses	[[45,"hsl","1",0,1,1,{"y":["<number>"]}]]\nscgi_cache_path	[[45,"h","",0,2,17,{"y":["<path> [levels=<levels>] [use_temp_path=on|off] keys_zone=<name>:<size> [inactive=<time>] [max_size=<size>] [min_free=<size>] [manager_files=<number>] [manager_sleep=<time>] [manager_threshold=<time>] [loader_files=<number>] [loader_sleep=<time>] [loader_threshold=<time>] [purger=on|off] [purger_files=<number>] [purger_sleep=<time>] [purger_threshold=<time>]"]}]]\nscgi_cache_purge	[[45,"hsl","",2,1,-1,{"y":["string \\u2026"]}]]\nscgi_cache_revalidate	[[45,"hsl","off",0,1,1,{"y":["on | off"]}]]\nscgi_cache_use_stale	[[45,"hsl","off",0,1,-1,{"y":["error | timeout | invalid_header | updating | http_500 | http_503 | http_403 | http_404 | http_429 | off \\u2026"]}]]\nscgi_cache_valid	[[45,"hsl","",0,1,-1,{"y":["[<code> \\u2026] <time>"]}]]\nscgi_connect_timeout	[[45,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nscgi_force_ranges	[[45,"hsl","off",0,1,1,{"y":["on | off"]}]]\nscgi_hide_header	[[45,"hsl","",0,1,1,{"y":["<field>"]}]]\nscgi_ignore_client_abort	[[45,"hsl","off",0,1,1,{"y":["on | off"]}]]\nscgi_ignore_headers	[[45,"hsl","",0,1,-1,{"y":["<field> \\u2026"]}]]\nscgi_intercept_errors	[[45,"hsl","off",0,1,1,{"y":["on | off"]}]]\nscgi_limit_rate	[[45,"hsl","0",0,1,1,{"y":["<rate>"]}]]\nscgi_max_temp_file_size	[[45,"hsl","1024m",0,1,1,{"y":["<size>"]}]]\nscgi_next_upstream	[[45,"hsl","error timeout",0,1,-1,{"y":["error | timeout | denied | invalid_header | http_500 | http_503 | http_403 | http_404 | http_429 | non_idempotent | off \\u2026"]}]]\nscgi_next_upstream_timeout	[[45,"hsl","0",0,1,1,{"y":["<time>"]}]]\nscgi_next_upstream_tries	[[45,"hsl","0",0,1,1,{"y":["<number>"]}]]\nscgi_no_cache	[[45,"hsl","",0,1,-1,{"y":["<string> \\u2026"]}]]\nscgi_param	[[45,"hsl","HTTP_HOST $host$is_request_port$request_port",0,2,3,{"y":["<parameter> <value> [if_not_empty]"]}]]\nscgi_pass	[[45,"li","",0,1,1,{"y":["<address>"]}]]\nscgi_pass_header	[[45,"hsl","",0,1,1,{"y":["<field>"]}]]\nscgi_pass_request_body	[[45,"hsl","on",0,1,1,{"y":["on | off"]}]]\nscgi_pass_request_headers	[[45,"hsl","on",0,1,1,{"y":["on | off"]}]]\nscgi_read_timeout	[[45,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nscgi_request_buffering	[[45,"hsl","on",0,1,1,{"y":["on | off"]}]]\nscgi_request_dynamic	[[45,"hsl","off",2,1,1,{"y":["on | off"]}]]\nscgi_send_timeout	[[45,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nscgi_socket_keepalive	[[45,"hsl","off",0,1,1,{"y":["on | off"]}]]\nscgi_socket_rcvbuf	[[45,"hsl","",0,1,1,{"y":["<size>"]}]]\nscgi_socket_sndbuf	[[45,"hsl","",0,1,1,{"y":["<size>"]}]]\nscgi_store	[[45,"hsl","off",0,1,1,{"y":["on | off | <string>"]}]]\nscgi_store_access	[[45,"hsl","user:rw",0,1,-1,{"y":["<users>:<permissions> \\u2026"]}]]\nscgi_temp_file_write_size	[[45,"hsl","8k|16k",0,1,1,{"y":["<size>"]}]]\nscgi_temp_path	[[45,"hsl","scgi_temp",0,1,4,{"y":["<path> [<level1> [<level2> [<level3>]]]"]}]]\nscope	[[38,"o","openid",2,1,-1,{"y":["<scope> \\u2026"]}]]\nsecure_link	[[46,"hsl","",0,1,1,{"y":["<expression>"]}]]\nsecure_link_md5	[[46,"hsl","",0,1,1,{"y":["<expression>"]}]]\nsecure_link_secret	[[46,"l","",0,1,1,{"y":["<word>"]}]]\nsend_lowat	[[11,"hsl","0",0,1,1,{"y":["<size>"]}]]\nsend_timeout	[[11,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nsendfile	[[11,"hsli","off",0,1,1,{"y":["on | off"]}]]\nsendfile_max_chunk	[[11,"hsl","2m",0,1,1,{"y":["<size>"]}]]\nserver	[[11,"h","",1,0,0,{"y":["{...}"]}],[58,"u","",0,1,2,{"y":["<address> [<parameters>]"]}],[65,"M","",1,0,0,{"y":["{...}"]}],[77,"S","",1,0,0,{"y":["{...}"]}],[97,"w","",0,1,2,{"y":["<address> [<parameters>]"]}]]\nserver_name	[[11,"s","\\"\\"",0,1,-1,{"y":["<name> \\u2026"]}],[65,"Mn","hostname",0,1,1,{"y":["<name>"]}],[77,"v","\\"\\"",0,1,-1,{"y":["<name> \\u2026"]}]]\nserver_name_in_redirect	[[11,"hsl","off",0,1,1,{"y":["on | off"]}]]\nserver_names_hash_bucket_size	[[11,"h","32|64|128",0,1,1,{"y":["<size>"]}],[77,"S","32|64|128",0,1,1,{"y":["<size>"]}]]\nserver_names_hash_max_size	[[11,"h","512",0,1,1,{"y":["<size>"]}],[77,"S","512",0,1,1,{"y":["<size>"]}]]\nserver_tokens	[[11,"hsl","on",0,1,1,{"y":["on | off | build | <string>"]}]]\nsession_log	[[47,"hsl","off",2,1,1,{"y":["<name> | off"]}]]\nsession_log_format	[[47,"h","combined \\"...\\"",2,2,-1,{"y":["<name> <string> \\u2026"]}]]\nsession_log_zone	[[47,"h","",2,2,6,{"y":["<path> zone=<name>:<size> [format=<format>] [timeout=<time>] [id=<id>] [md5=<md5>]"]}]]\nsession_store	[[38,"o","",2,1,1,{"y":["<name>"]}]]\nsession_timeout	[[38,"o","8h",2,1,1,{"y":["<time>"]}]]\nset	[[44,"slif","",0,2,2,{"y":["<$variable> <value>"]}],[92,"v","",0,2,2,{"y":["<$variable> <value>"]}]]\nset_real_ip_from	[[42,"hsl","",0,1,1,{"y":["<address> | <CIDR> | unix:"]}],[69,"Mn","",0,1,1,{"y":["<address> | <CIDR> | unix:"]}],[90,"Sv","",0,1,1,{"y":["<address> | <CIDR> | unix:"]}]]\nslice	[[48,"hsl","0",0,1,1,{"y":["<size>"]}]]\nsmtp_auth	[[70,"Mn","plain login",0,1,-1,{"y":["<method> \\u2026"]}]]\nsmtp_capabilities	[[70,"Mn","",0,1,-1,{"y":["<extension> \\u2026"]}]]\nsmtp_client_buffer	[[70,"Mn","4k|8k",0,1,1,{"y":["<size>"]}]]\nsmtp_greeting_delay	[[70,"Mn","0",0,1,1,{"y":["<time>"]}]]\nsource_charset	[[10,"hsli","",0,1,1,{"y":["<charset>"]}]]\nsplit_clients	[[49,"h","",1,2,2,{"y":["<string> <$variable> {...}"]}],[93,"S","",1,2,2,{"y":["<string> <$variable> {...}"]}]]\nssi	[[50,"hsli","off",0,1,1,{"y":["on | off"]}]]\nssi_last_modified	[[50,"hsl","off",0,1,1,{"y":["on | off"]}]]\nssi_min_file_chunk	[[50,"hsl","1k",0,1,1,{"y":["size"]}]]\nssi_silent_errors	[[50,"hsl","off",0,1,1,{"y":["on | off"]}]]\nssi_types	[[50,"hsl","text/html",0,1,-1,{"y":["<mime-type> \\u2026"]}]]\nssi_value_length	[[50,"hsl","256",0,1,1,{"y":["<length>"]}]]\nssl	[[51,"hs","off",0,1,1,{"u":"1.25.1","y":["on | off"]}],[71,"Mn","off",0,1,1,{"u":"1.25.1","y":["on | off"]}]]\nssl_alpn	[[94,"Sv","",0,1,-1,{"y":["<protocol> \\u2026"]}]]\nssl_buffer_size	[[51,"hs","16k",0,1,1,{"y":["<size>"]}]]\nssl_certificate	[[51,"hs","",0,1,1,{"y":["<file>"]}],[71,"Mn","",0,1,1,{"y":["<file>"]}],[94,"Sv","",0,1,1,{"y":["<file>"]}]]\nssl_certificate_cache	[[51,"hs","off",0,1,3,{"y":["off","max=<N> [inactive=<time>] [valid=<time>]"]}],[94,"Sv","off",0,1,3,{"y":["off","max=<N> [inactive=<time>] [valid=<time>]"]}]]\nssl_certificate_compression	[[51,"hs","off",0,1,1,{"y":["on | off"]}],[71,"Mn","off",0,1,1,{"y":["on | off"]}],[94,"Sv","off",0,1,1,{"y":["on | off"]}]]\nssl_certificate_key	[[51,"hs","",0,1,1,{"y":["<file>"]}],[71,"Mn","",0,1,1,{"y":["<file>"]}],[94,"Sv","",0,1,1,{"y":["<file>"]}]]\nssl_ciphers	[[51,"hs","HIGH:!aNULL:!MD5",0,1,1,{"y":["<ciphers>"]}],[71,"Mn","HIGH:!aNULL:!MD5",0,1,1,{"y":["<ciphers>"]}],[94,"Sv","HIGH:!aNULL:!MD5",0,1,1,{"y":["<ciphers>"]}]]\nssl_client_certificate	[[51,"hs","",0,1,1,{"y":["<file>"]}],[71,"Mn","",0,1,1,{"y":["<file>"]}],[94,"Sv","",0,1,1,{"y":["<file>"]}]]\nssl_conf_command	[[51,"hs","",0,2,2,{"y":["<name> <value>"]}],[71,"Mn","",0,2,2,{"y":["<name> <value>"]}],[94,"Sv","",0,2,2,{"y":["<name> <value>"]}]]\nssl_crl	[[38,"o","",2,1,1,{"y":["<file>"]}],[51,"hs","",0,1,1,{"y":["<file>"]}],[71,"Mn","",0,1,1,{"y":["<file>"]}],[74,"g","",2,1,1,{"y":["<file>"]}],[94,"Sv","",0,1,1,{"y":["<file>"]}]]\nssl_dhparam	[[51,"hs","",0,1,1,{"y":["<file>"]}],[71,"Mn","",0,1,1,{"y":["<file>"]}],[94,"Sv","",0,1,1,{"y":["<file>"]}]]\nssl_early_data	[[51,"hs","off",0,1,1,{"y":["on | off"]}]]\nssl_ecdh_curve	[[51,"hs","auto",0,1,1,{"y":["<curve>"]}],[71,"Mn","auto",0,1,1,{"y":["<curve>"]}],[94,"Sv","auto",0,1,1,{"y":["<curve>"]}]]\nssl_ech_file	[[51,"hs","",0,1,1,{"y":["<file>"]}],[94,"Sv","",0,1,1,{"y":["<file>"]}]]\nssl_engine	[[72,"m","",0,1,1,{"y":["<device>"]}]]\nssl_handshake_timeout	[[94,"Sv","60s",0,1,1,{"y":["<time>"]}]]\nssl_key_log	[[51,"hs","",2,1,1,{"y":["path"]}],[94,"Sv","",2,1,1,{"y":["path"]}]]\nssl_object_cache_inheritable	[[72,"m","on",0,1,1,{"y":["on | off"]}]]\nssl_ocsp	[[51,"hs","off",0,1,1,{"y":["on | off | leaf"]}],[94,"Sv","off",0,1,1,{"y":["on | off | leaf"]}]]\nssl_ocsp_cache	[[51,"hs","off",0,0,1,{"y":["off | [shared:<name>:<size>]"]}],[94,"Sv","off",0,0,1,{"y":["off | [shared:<name>:<size>]"]}]]\nssl_ocsp_responder	[[51,"hs","",0,1,1,{"y":["<url>"]}],[94,"Sv","",0,1,1,{"y":["<url>"]}]]\nssl_password_file	[[51,"hs","",0,1,1,{"y":["<file>"]}],[71,"Mn","",0,1,1,{"y":["<file>"]}],[94,"Sv","",0,1,1,{"y":["<file>"]}]]\nssl_prefer_server_ciphers	[[51,"hs","off",0,1,1,{"y":["on | off"]}],[71,"Mn","off",0,1,1,{"y":["on | off"]}],[94,"Sv","off",0,1,1,{"y":["on | off"]}]]\nssl_preread	[[95,"Sv","off",0,1,1,{"y":["on | off"]}]]\nssl_protocols	[[51,"hs","TLSv1.2 TLSv1.3",0,0,6,{"y":["[SSLv2] [SSLv3] [TLSv1] [TLSv1.1] [TLSv1.2] [TLSv1.3]"]}],[71,"Mn","TLSv1.2 TLSv1.3",0,0,6,{"y":["[SSLv2] [SSLv3] [TLSv1] [TLSv1.1] [TLSv1.2] [TLSv1.3]"]}],[94,"Sv","TLSv1.2 TLSv1.3",0,0,6,{"y":["[SSLv2] [SSLv3] [TLSv1] [TLSv1.1] [TLSv1.2] [TLSv1.3]"]}]]\nssl_reject_handshake	[[51,"hs","off",0,1,1,{"y":["on | off"]}],[94,"Sv","off",0,1,1,{"y":["on | off"]}]]\nssl_session_cache	[[51,"hs","none",0,0,2,{"y":["off | none | [builtin[:<size>]] [shared:<name>:<size>]"]}],[71,"Mn","none",0,0,2,{"y":["off | none | [builtin[:<size>]] [shared:<name>:<size>]"]}],[94,"Sv","none",0,0,2,{"y":["off | none | [builtin[:<size>]] [shared:<name>:<size>]"]}]]\nssl_session_ticket_key	[[51,"hs","",0,1,1,{"y":["<file>"]}],[71,"Mn","",0,1,1,{"y":["<file>"]}],[94,"Sv","",0,1,1,{"y":["<file>"]}]]\nssl_session_tickets	[[51,"hs","on",0,1,1,{"y":["on | off"]}],[71,"Mn","on",0,1,1,{"y":["on | off"]}],[94,"Sv","on",0,1,1,{"y":["on | off"]}]]\nssl_session_timeout	[[51,"hs","5m",0,1,1,{"y":["<time>"]}],[71,"Mn","5m",0,1,1,{"y":["<time>"]}],[94,"Sv","5m",0,1,1,{"y":["<time>"]}]]\nssl_stapling	[[51,"hs","off",0,1,1,{"y":["on | off"]}],[94,"Sv","off",0,1,1,{"y":["on | off"]}]]\nssl_stapling_file	[[51,"hs","",0,1,1,{"y":["<file>"]}],[94,"Sv","",0,1,1,{"y":["<file>"]}]]\nssl_stapling_responder	[[51,"hs","",0,1,1,{"y":["<url>"]}],[94,"Sv","",0,1,1,{"y":["<url>"]}]]\nssl_stapling_verify	[[51,"hs","off",0,1,1,{"y":["on | off"]}],[94,"Sv","off",0,1,1,{"y":["on | off"]}]]\nssl_trusted_certificate	[[1,"a","",0,1,1,{"y":["<file>"]}],[38,"o","system CA bundle",2,1,1,{"y":["<file>"]}],[51,"hs","",0,1,1,{"y":["<file>"]}],[71,"Mn","",0,1,1,{"y":["<file>"]}],[74,"g","system CA bundle",2,1,1,{"y":["<file>"]}],[94,"Sv","",0,1,1,{"y":["<file>"]}]]\nssl_verify	[[1,"a","on",0,1,1,{"y":["on | off"]}],[74,"g","on",2,1,1,{"y":["on | off"]}]]\nssl_verify_client	[[51,"hs","off",0,1,1,{"y":["on | off | optional | optional_no_ca"]}],[71,"Mn","off",0,1,1,{"y":["on | off | optional | optional_no_ca"]}],[94,"Sv","off",0,1,1,{"y":["on | off | optional | optional_no_ca"]}]]\nssl_verify_depth	[[51,"hs","1",0,1,1,{"y":["<number>"]}],[71,"Mn","1",0,1,1,{"y":["<number>"]}],[94,"Sv","1",0,1,1,{"y":["<number>"]}]]\nstall_threshold	[[72,"e","1000ms",2,1,1,{"y":["<time>"]}]]\nstarttls	[[71,"Mn","off",0,1,1,{"y":["on | off | only"]}]]\nstate	[[58,"u","",2,1,1,{"y":["<file>"]}],[97,"w","",2,1,1,{"y":["<file>"]}]]\nstate_path	[[1,"a","acme_",0,1,1,{"y":["<path> | off"]}],[74,"g","",2,1,1,{"y":["<path>"]}]]\nstatus	[[52,"l","",2,0,0]]\nstatus_format	[[52,"hsl","json",2,1,2,{"y":["json","jsonp [<callback>]"]}]]\nstatus_zone	[[3,"sli","",2,1,1,{"y":["<zone>"]}],[52,"s","",2,1,1,{"y":["<zone>"]}]]\nsticky	[[58,"u","",0,2,-1,{"s":"1.29.6","y":["cookie <name> [expires=<time>] [domain=<domain>] [httponly] [samesite=strict|lax|none|<$variable>] [secure] [path=<path>]","route <$variable> \\u2026","learn create=<$variable> lookup=<$variable> zone=<name>:<size> [timeout=<time>] [header] [sync]"]}]]\nstream	[[77,"m","",1,0,0,{"y":["{...}"]}]]\nstub_status	[[53,"sl","",0,0,0]]\nsub_filter	[[54,"hsl","",0,2,2,{"y":["<string> <replacement>"]}]]\nsub_filter_last_modified	[[54,"hsl","off",0,1,1,{"y":["on | off"]}]]\nsub_filter_once	[[54,"hsl","on",0,1,1,{"y":["on | off"]}]]\nsub_filter_types	[[54,"hsl","text/html",0,1,-1,{"y":["<mime-type> \\u2026"]}]]\nsubrequest_output_buffer_size	[[11,"hsl","4k|8k",0,1,1,{"y":["<size>"]}]]\ntcp_nodelay	[[11,"hsl","on",0,1,1,{"y":["on | off"]}],[77,"Sv","on",0,1,1,{"y":["on | off"]}]]\ntcp_nopush	[[11,"hsl","off",0,1,1,{"y":["on | off"]}]]\nthread_pool	[[72,"m","default threads=32 max_queue=65536",0,2,3,{"y":["<name> threads=<number> [max_queue=<number>]"]}]]\ntimeout	[[65,"Mn","60s",0,1,1,{"y":["<time>"]}]]\ntimer_resolution	[[72,"m","",0,1,1,{"y":["<interval>"]}]]\ntry_files	[[11,"sl","",0,2,-1,{"y":["<file> \\u2026 <uri>","<file> \\u2026 =<code>"]}]]\ntunnel_allow_upstream	[[55,"hsl","",2,1,-1,{"y":["<string> \\u2026"]}]]\ntunnel_bind	[[55,"hsl","",0,1,1,{"y":["<address> | off"]}]]\ntunnel_bind_dynamic	[[55,"hsl","off",2,1,1,{"y":["on | off"]}]]\ntunnel_buffer_size	[[55,"hsl","16k",0,1,1,{"y":["<size>"]}]]\ntunnel_connect_timeout	[[55,"hsl","60s",0,1,1,{"y":["<time>"]}]]\ntunnel_next_upstream	[[55,"hsl","error timeout",0,1,-1,{"y":["error | timeout | denied | off \\u2026"]}]]\ntunnel_next_upstream_timeout	[[55,"hsl","0",0,1,1,{"y":["<time>"]}]]\ntunnel_next_upstream_tries	[[55,"hsl","0",0,1,1,{"y":["<number>"]}]]\ntunnel_pass	[[55,"sli","",0,0,1,{"y":["[<address>]"]}]]\ntunnel_read_timeout	[[55,"hsl","60s",0,1,1,{"y":["<time>"]}]]\ntunnel_send_lowat	[[55,"hsl","0",0,1,1,{"y":["<size>"]}]]\ntunnel_send_timeout	[[55,"hsl","60s",0,1,1,{"y":["<time>"]}]]\ntunnel_socket_keepalive	[[55,"hsl","off",0,1,1,{"y":["on | off"]}]]\ntunnel_socket_rcvbuf	[[55,"hsl","",0,1,1,{"y":["<size>"]}]]\ntunnel_socket_sndbuf	[[55,"hsl","",0,1,1,{"y":["<size>"]}]]\ntypes	[[11,"hsl","text/html html; image/gif gif; image/jpeg jpg;",1,0,0,{"y":["{...}"]}]]\ntypes_hash_bucket_size	[[11,"hsl","64",0,1,1,{"y":["<size>"]}]]\ntypes_hash_max_size	[[11,"hsl","1024",0,1,1,{"y":["<size>"]}]]\nunderscores_in_headers	[[11,"hs","off",0,1,1,{"y":["on | off"]}]]\nuninitialized_variable_warn	[[44,"hslif","on",0,1,1,{"y":["on | off"]}]]\nupstream	[[58,"h","",1,1,1,{"y":["<name> {...}"]}],[97,"S","",1,1,1,{"y":["<name> {...}"]}]]\nupstream_conf	[[56,"l","",2,0,0]]\nuri	[[1,"a","",0,1,1,{"y":["<uri>"]}]]\nusage_report	[[74,"g","endpoint=product.connect.nginx.com interval=1h",2,0,2,{"y":["[endpoint=<address>] [interval=<time>]"]}]]\nuse	[[72,"e","",0,1,1,{"y":["<method>"]}]]\nuser	[[72,"m","nobody nobody",0,1,2,{"y":["<user> [<group>]"]}]]\nuserid	[[59,"hsl","off",0,1,1,{"y":["on | v1 | log | off"]}]]\nuserid_domain	[[59,"hsl","none",0,1,1,{"y":["<name> | none"]}]]\nuserid_expires	[[59,"hsl","off",0,1,1,{"y":["<time> | max | off"]}]]\nuserid_flags	[[59,"hsl","off",0,1,-1,{"y":["off | <flag> \\u2026"]}]]\nuserid_mark	[[59,"hsl","off",0,1,1,{"y":["<letter> | <digit> | = | off"]}]]\nuserid_name	[[59,"hsl","uid",0,1,1,{"y":["<name>"]}]]\nuserid_p3p	[[59,"hsl","none",0,1,1,{"y":["<string> | none"]}]]\nuserid_path	[[59,"hsl","/",0,1,1,{"y":["<path>"]}]]\nuserid_service	[[59,"hsl","IP address of the server",0,1,1,{"y":["<number>"]}]]\nuserinfo	[[38,"o","off",2,1,1,{"y":["on | off"]}]]\nuwsgi_allow_upstream	[[60,"hsl","",2,1,-1,{"y":["<string> \\u2026"]}]]\nuwsgi_bind	[[60,"hsl","",0,1,2,{"y":["<address> [transparent] | off"]}]]\nuwsgi_bind_dynamic	[[60,"hsl","off",2,1,1,{"y":["on | off"]}]]\nuwsgi_buffer_size	[[60,"hsl","4k|8k",0,1,1,{"y":["<size>"]}]]\nuwsgi_buffering	[[60,"hsl","on",0,1,1,{"y":["on | off"]}]]\nuwsgi_buffers	[[60,"hsl","8 4k|8k",0,2,2,{"y":["<number> <size>"]}]]\nuwsgi_busy_buffers_size	[[60,"hsl","8k|16k",0,1,1,{"y":["<size>"]}]]\nuwsgi_cache	[[60,"hsl","off",0,1,1,{"y":["<zone> | off"]}]]\nuwsgi_cache_background_update	[[60,"hsl","off",0,1,1,{"y":["on | off"]}]]\nuwsgi_cache_bypass	[[60,"hsl","",0,1,-1,{"y":["<string> \\u2026"]}]]\nuwsgi_cache_key	[[60,"hsl","",0,1,1,{"y":["<string>"]}]]\nuwsgi_cache_lock	[[60,"hsl","off",0,1,1,{"y":["on | off"]}]]\nuwsgi_cache_lock_age	[[60,"hsl","5s",0,1,1,{"y":["<time>"]}]]\nuwsgi_cache_lock_timeout	[[60,"hsl","5s",0,1,1,{"y":["<time>"]}]]\nuwsgi_cache_max_range_offset	[[60,"hsl","",0,1,1,{"y":["<number>"]}]]\nuwsgi_cache_methods	[[60,"hsl","GET HEAD",0,1,-1,{"y":["GET | HEAD | POST \\u2026"]}]]\nuwsgi_cache_min_uses	[[60,"hsl","1",0,1,1,{"y":["<number>"]}]]\nuwsgi_cache_path	[[60,"h","",0,2,17,{"y":["<path> [levels=<levels>] [use_temp_path=on|off] keys_zone=<name>:<size> [inactive=<time>] [max_size=<size>] [min_free=<size>] [manager_files=<number>] [manager_sleep=<time>] [manager_threshold=<time>] [loader_files=<number>] [loader_sleep=<time>] [loader_threshold=<time>] [purger=on|off] [purger_files=<number>] [purger_sleep=<time>] [purger_threshold=<time>]"]}]]\nuwsgi_cache_purge	[[60,"hsl","",2,1,-1,{"y":["string \\u2026"]}]]\nuwsgi_cache_revalidate	[[60,"hsl","off",0,1,1,{"y":["on | off"]}]]\nuwsgi_cache_use_stale	[[60,"hsl","off",0,1,-1,{"y":["error | timeout | invalid_header | updating | http_500 | http_503 | http_403 | http_404 | http_429 | off \\u2026"]}]]\nuwsgi_cache_valid	[[60,"hsl","",0,1,-1,{"y":["[<code> \\u2026] <time>"]}]]\nuwsgi_connect_timeout	[[60,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nuwsgi_force_ranges	[[60,"hsl","off",0,1,1,{"y":["on | off"]}]]\nuwsgi_hide_header	[[60,"hsl","",0,1,1,{"y":["<field>"]}]]\nuwsgi_ignore_client_abort	[[60,"hsl","off",0,1,1,{"y":["on | off"]}]]\nuwsgi_ignore_headers	[[60,"hsl","",0,1,-1,{"y":["<field> \\u2026"]}]]\nuwsgi_intercept_errors	[[60,"hsl","off",0,1,1,{"y":["on | off"]}]]\nuwsgi_limit_rate	[[60,"hsl","0",0,1,1,{"y":["<rate>"]}]]\nuwsgi_max_temp_file_size	[[60,"hsl","1024m",0,1,1,{"y":["<size>"]}]]\nuwsgi_modifier1	[[60,"hsl","0",0,1,1,{"y":["<number>"]}]]\nuwsgi_modifier2	[[60,"hsl","0",0,1,1,{"y":["<number>"]}]]\nuwsgi_next_upstream	[[60,"hsl","error timeout",0,1,-1,{"y":["error | timeout | denied | invalid_header | http_500 | http_503 | http_403 | http_404 | http_429 | non_idempotent | off \\u2026"]}]]\nuwsgi_next_upstream_timeout	[[60,"hsl","0",0,1,1,{"y":["<time>"]}]]\nuwsgi_next_upstream_tries	[[60,"hsl","0",0,1,1,{"y":["<number>"]}]]\nuwsgi_no_cache	[[60,"hsl","",0,1,-1,{"y":["<string> \\u2026"]}]]\nuwsgi_param	[[60,"hsl","HTTP_HOST $host$is_request_port$request_port",0,2,3,{"y":["<parameter> <value> [if_not_empty]"]}]]\nuwsgi_pass	[[60,"li","",0,1,1,{"y":["[<protocol>://]<address>"]}]]\nuwsgi_pass_header	[[60,"hsl","",0,1,1,{"y":["<field>"]}]]\nuwsgi_pass_request_body	[[60,"hsl","on",0,1,1,{"y":["on | off"]}]]\nuwsgi_pass_request_headers	[[60,"hsl","on",0,1,1,{"y":["on | off"]}]]\nuwsgi_read_timeout	[[60,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nuwsgi_request_buffering	[[60,"hsl","on",0,1,1,{"y":["on | off"]}]]\nuwsgi_request_dynamic	[[60,"hsl","off",2,1,1,{"y":["on | off"]}]]\nuwsgi_send_timeout	[[60,"hsl","60s",0,1,1,{"y":["<time>"]}]]\nuwsgi_socket_keepalive	[[60,"hsl","off",0,1,1,{"y":["on | off"]}]]\nuwsgi_socket_rcvbuf	[[60,"hsl","",0,1,1,{"y":["<size>"]}]]\nuwsgi_socket_sndbuf	[[60,"hsl","",0,1,1,{"y":["<size>"]}]]\nuwsgi_ssl_certificate	[[60,"hsl","",0,1,1,{"y":["<file>"]}]]\nuwsgi_ssl_certificate_cache	[[60,"hsl","off",0,1,3,{"y":["off","max=<N> [inactive=<time>] [valid=<time>]"]}]]\nuwsgi_ssl_certificate_key	[[60,"hsl","",0,1,1,{"y":["<file>"]}]]\nuwsgi_ssl_ciphers	[[60,"hsl","DEFAULT",0,1,1,{"y":["<ciphers>"]}]]\nuwsgi_ssl_conf_command	[[60,"hsl","",0,2,2,{"y":["<name> <value>"]}]]\nuwsgi_ssl_crl	[[60,"hsl","",0,1,1,{"y":["<file>"]}]]\nuwsgi_ssl_key_log	[[60,"hsl","",2,1,1,{"y":["path"]}]]\nuwsgi_ssl_name	[[60,"hsl","host from uwsgi_pass",0,1,1,{"y":["<name>"]}]]\nuwsgi_ssl_password_file	[[60,"hsl","",0,1,1,{"y":["<file>"]}]]\nuwsgi_ssl_protocols	[[60,"hsl","TLSv1.2 TLSv1.3",0,0,6,{"y":["[SSLv2] [SSLv3] [TLSv1] [TLSv1.1] [TLSv1.2] [TLSv1.3]"]}]]\nuwsgi_ssl_server_name	[[60,"hsl","off",0,1,1,{"y":["on | off"]}]]\nuwsgi_ssl_session_reuse	[[60,"hsl","on",0,1,1,{"y":["on | off"]}]]\nuwsgi_ssl_trusted_certificate	[[60,"hsl","",0,1,1,{"y":["<file>"]}]]\nuwsgi_ssl_verify	[[60,"hsl","off",0,1,1,{"y":["on | off"]}]]\nuwsgi_ssl_verify_depth	[[60,"hsl","1",0,1,1,{"y":["<number>"]}]]\nuwsgi_store	[[60,"hsl","off",0,1,1,{"y":["on | off | <string>"]}]]\nuwsgi_store_access	[[60,"hsl","user:rw",0,1,-1,{"y":["<users>:<permissions> \\u2026"]}]]\nuwsgi_temp_file_write_size	[[60,"hsl","8k|16k",0,1,1,{"y":["<size>"]}]]\nuwsgi_temp_path	[[60,"hsl","uwsgi_temp",0,1,4,{"y":["<path> [<level1> [<level2> [<level3>]]]"]}]]\nvalid_referers	[[43,"sl","",0,1,-1,{"y":["none | blocked | server_names | <string> \\u2026"]}]]\nvariables_hash_bucket_size	[[11,"h","64",0,1,1,{"y":["<size>"]}],[77,"S","64",0,1,1,{"y":["<size>"]}]]\nvariables_hash_max_size	[[11,"h","1024",0,1,1,{"y":["<size>"]}],[77,"S","1024",0,1,1,{"y":["<size>"]}]]\nworker_aio_requests	[[72,"e","32",0,1,1,{"y":["<number>"]}]]\nworker_connections	[[72,"e","512",0,1,1,{"y":["<number>"]}]]\nworker_cpu_affinity	[[72,"m","",0,1,-1,{"y":["<cpumask> \\u2026","auto [<cpumask>]"]}]]\nworker_priority	[[72,"m","0",0,1,1,{"y":["<number>"]}]]\nworker_processes	[[72,"m","1",0,1,1,{"y":["<number> | auto"]}]]\nworker_rlimit_core	[[72,"m","",0,1,1,{"y":["<size>"]}]]\nworker_rlimit_nofile	[[72,"m","",0,1,1,{"y":["<number>"]}]]\nworker_shutdown_timeout	[[72,"m","",0,1,1,{"y":["<time>"]}]]\nworking_directory	[[72,"m","",0,1,1,{"y":["<directory>"]}]]\nxclient	[[68,"Mn","on",0,1,1,{"y":["on | off"]}]]\nxml_entities	[[63,"hsl","",0,1,1,{"y":["<path>"]}]]\nxml_external_entities	[[63,"hsl","off",0,1,1,{"y":["on | off"]}]]\nxslt_last_modified	[[63,"hsl","off",0,1,1,{"y":["on | off"]}]]\nxslt_param	[[63,"hsl","",0,2,2,{"y":["<parameter> <value>"]}]]\nxslt_string_param	[[63,"hsl","",0,2,2,{"y":["<parameter> <value>"]}]]\nxslt_stylesheet	[[63,"l","",0,1,-1,{"y":["<stylesheet> [<parameter>=<value> \\u2026]"]}]]\nxslt_types	[[63,"hsl","text/xml",0,1,-1,{"y":["<mime-type> \\u2026"]}]]\nzone	[[58,"u","",0,1,2,{"y":["<name> [<size>]"]}],[97,"w","",0,1,2,{"y":["<name> [<size>]"]}]]\nzone_sync	[[98,"v","",2,0,0]]\nzone_sync_buffers	[[98,"Sv","8 4k|8k",2,2,2,{"y":["<number> <size>"]}]]\nzone_sync_connect_retry_interval	[[98,"Sv","1s",2,1,1,{"y":["<time>"]}]]\nzone_sync_connect_timeout	[[98,"Sv","5s",2,1,1,{"y":["<time>"]}]]\nzone_sync_interval	[[98,"Sv","1s",2,1,1,{"y":["<time>"]}]]\nzone_sync_recv_buffer_size	[[98,"Sv","4k|8k",2,1,1,{"y":["<size>"]}]]\nzone_sync_server	[[98,"v","",2,1,2,{"y":["<address> [resolve]"]}]]\nzone_sync_ssl	[[98,"Sv","off",2,1,1,{"y":["on | off"]}]]\nzone_sync_ssl_certificate	[[98,"Sv","",2,1,1,{"y":["<file>"]}]]\nzone_sync_ssl_certificate_key	[[98,"Sv","",2,1,1,{"y":["<file>"]}]]\nzone_sync_ssl_ciphers	[[98,"Sv","DEFAULT",2,1,1,{"y":["<ciphers>"]}]]\nzone_sync_ssl_conf_command	[[98,"Sv","",2,2,2,{"y":["<name> <value>"]}]]\nzone_sync_ssl_crl	[[98,"Sv","",2,1,1,{"y":["<file>"]}]]\nzone_sync_ssl_name	[[98,"Sv","host from zone_sync_server",2,1,1,{"y":["<name>"]}]]\nzone_sync_ssl_password_file	[[98,"Sv","",2,1,1,{"y":["<file>"]}]]\nzone_sync_ssl_protocols	[[98,"Sv","TLSv1.2 TLSv1.3",2,0,6,{"y":["[SSLv2] [SSLv3] [TLSv1] [TLSv1.1] [TLSv1.2] [TLSv1.3]"]}]]\nzone_sync_ssl_server_name	[[98,"Sv","off",2,1,1,{"y":["on | off"]}]]\nzone_sync_ssl_trusted_certificate	[[98,"Sv","",2,1,1,{"y":["<file>"]}]]\nzone_sync_ssl_verify	[[98,"Sv","off",2,1,1,{"y":["on | off"]}]]\nzone_sync_ssl_verify_depth	[[98,"Sv","1",2,1,1,{"y":["<number>"]}]]\nzone_sync_timeout	[[98,"Sv","5s",2,1,1,{"y":["<timeout>"]}]]\n';

// src/model/directives.ts
var rowsAt;
function rowIndex() {
  if (rowsAt) return rowsAt;
  rowsAt = /* @__PURE__ */ new Map();
  for (let i = 1; i < ROWS.length; ) {
    const tab = ROWS.indexOf("	", i);
    const end = ROWS.indexOf("\n", tab);
    rowsAt.set(ROWS.slice(i, tab), tab + 1);
    i = end + 1;
  }
  return rowsAt;
}
function tableRows(name) {
  const at = rowIndex().get(name);
  return at === void 0 ? void 0 : JSON.parse(ROWS.slice(at, ROWS.indexOf("\n", at)));
}
var CONTEXT_CODES = {
  m: "main",
  e: "events",
  h: "http",
  s: "server",
  l: "location",
  i: "if",
  f: "server-if",
  x: "limit_except",
  u: "upstream",
  S: "stream",
  v: "stream-server",
  w: "stream-upstream",
  M: "mail",
  n: "mail-server",
  a: "acme_issuer",
  o: "oidc_provider",
  g: "mgmt"
};
var CONTEXT_ORDER = Object.keys(CONTEXT_CODES);
function decodeContexts(codes) {
  const out = [];
  for (const c of codes) {
    const k = CONTEXT_CODES[c];
    if (!k) throw new Error(`unknown context code "${c}" in directive table; re-run npm run gen`);
    out.push(k);
  }
  return out;
}
var LUA = "ngx_http_lua_module";
var SLUA = "ngx_stream_lua_module";
var OR = "openresty";
var TP = "third-party";
var INF = Infinity;
var HSLI = "hsli";
var EXTRA_CONTEXTS = { fastcgi_split_path_info: "hs", secure_link_secret: "hs" };
var EXTRA = [
  // lua-nginx-module, http subsystem
  { module: LUA, source: OR, ctx: "h", names: ["lua_load_resty_core", "lua_sa_restart"], args: [1, 1], default: "on" },
  { module: LUA, source: OR, ctx: "h", names: ["rewrite_by_lua_no_postpone", "access_by_lua_no_postpone"], args: [1, 1], default: "off" },
  { module: LUA, source: OR, ctx: "h", names: ["lua_thread_cache_max_entries", "lua_max_pending_timers", "lua_regex_cache_max_entries"], args: [1, 1], default: "1024" },
  { module: LUA, source: OR, ctx: "h", names: ["lua_max_running_timers"], args: [1, 1], default: "256" },
  { module: LUA, source: OR, ctx: "h", names: ["lua_regex_match_limit"], args: [1, 1], default: "0" },
  { module: LUA, source: OR, ctx: "h", names: ["lua_malloc_trim"], args: [1, 1], default: "1000" },
  { module: LUA, source: OR, ctx: "h", names: ["lua_worker_thread_vm_pool_size"], args: [1, 1], default: "10" },
  { module: LUA, source: OR, ctx: "h", names: ["lua_shared_dict"], args: [2, 2] },
  { module: LUA, source: OR, ctx: "h", names: ["lua_capture_error_log", "lua_package_path", "lua_package_cpath"], args: [1, 1] },
  { module: LUA, source: OR, ctx: "h", names: ["init_by_lua", "init_by_lua_file", "init_worker_by_lua", "init_worker_by_lua_file", "exit_worker_by_lua_file", "ssl_session_store_by_lua_file", "ssl_session_fetch_by_lua_file"], args: [1, 1] },
  { module: LUA, source: OR, ctx: "h", names: ["init_by_lua_block", "init_worker_by_lua_block", "exit_worker_by_lua_block", "ssl_session_store_by_lua_block", "ssl_session_fetch_by_lua_block"], args: [0, 0], block: true },
  { module: LUA, source: OR, ctx: HSLI, names: ["lua_code_cache", "lua_transform_underscores_in_response_headers", "lua_socket_log_errors", "lua_http10_buffering", "lua_use_default_type"], args: [1, 1], default: "on", syntax: ["on | off"] },
  { module: LUA, source: OR, ctx: HSLI, names: ["lua_need_request_body", "lua_check_client_abort"], args: [1, 1], default: "off" },
  { module: LUA, source: OR, ctx: HSLI, names: ["lua_socket_keepalive_timeout", "lua_socket_connect_timeout", "lua_socket_send_timeout", "lua_socket_read_timeout"], args: [1, 1], default: "60s" },
  { module: LUA, source: OR, ctx: HSLI, names: ["lua_socket_send_lowat"], args: [1, 1], default: "0" },
  { module: LUA, source: OR, ctx: HSLI, names: ["lua_socket_buffer_size"], args: [1, 1], default: "4k|8k" },
  { module: LUA, source: OR, ctx: HSLI, names: ["lua_socket_pool_size"], args: [1, 1], default: "30" },
  { module: LUA, source: OR, ctx: "slfi", names: ["set_by_lua", "set_by_lua_file"], args: [2, INF] },
  { module: LUA, source: OR, ctx: "slfi", names: ["set_by_lua_block"], args: [1, 1], block: true },
  { module: LUA, source: OR, ctx: "hs", names: ["server_rewrite_by_lua_file", "ssl_client_hello_by_lua_file", "ssl_certificate_by_lua_file"], args: [1, 1] },
  { module: LUA, source: OR, ctx: "hs", names: ["server_rewrite_by_lua_block", "ssl_client_hello_by_lua_block", "ssl_certificate_by_lua_block"], args: [0, 0], block: true },
  {
    module: LUA,
    source: OR,
    ctx: HSLI,
    args: [1, 1],
    names: [
      "rewrite_by_lua",
      "rewrite_by_lua_file",
      "access_by_lua",
      "access_by_lua_file",
      "log_by_lua",
      "log_by_lua_file",
      "header_filter_by_lua",
      "header_filter_by_lua_file",
      "body_filter_by_lua",
      "body_filter_by_lua_file"
    ]
  },
  {
    module: LUA,
    source: OR,
    ctx: HSLI,
    args: [0, 0],
    block: true,
    names: ["rewrite_by_lua_block", "access_by_lua_block", "log_by_lua_block", "header_filter_by_lua_block", "body_filter_by_lua_block"]
  },
  { module: LUA, source: OR, ctx: "li", names: ["content_by_lua", "content_by_lua_file"], args: [1, 1] },
  { module: LUA, source: OR, ctx: "li", names: ["content_by_lua_block"], args: [0, 0], block: true },
  { module: LUA, source: OR, ctx: "u", names: ["balancer_by_lua_file", "balancer_keepalive"], args: [1, 1] },
  { module: LUA, source: OR, ctx: "u", names: ["balancer_by_lua_block"], args: [0, 0], block: true },
  { module: LUA, source: OR, ctx: "hsl", names: ["lua_ssl_protocols"], args: [1, INF] },
  { module: LUA, source: OR, ctx: "hsl", names: ["lua_ssl_ciphers"], args: [1, 1], default: "DEFAULT" },
  { module: LUA, source: OR, ctx: "hsl", names: ["lua_ssl_verify_depth"], args: [1, 1], default: "1" },
  { module: LUA, source: OR, ctx: "hsl", names: ["lua_ssl_certificate", "lua_ssl_certificate_key", "lua_ssl_trusted_certificate", "lua_ssl_crl", "lua_ssl_key_log"], args: [1, 1] },
  { module: LUA, source: OR, ctx: "hsl", names: ["lua_ssl_conf_command"], args: [2, 2] },
  // stream-lua-nginx-module
  { module: SLUA, source: OR, ctx: "S", names: ["lua_max_running_timers"], args: [1, 1], default: "256" },
  { module: SLUA, source: OR, ctx: "S", names: ["lua_max_pending_timers", "lua_regex_cache_max_entries"], args: [1, 1], default: "1024" },
  { module: SLUA, source: OR, ctx: "S", names: ["lua_regex_match_limit"], args: [1, 1], default: "0" },
  { module: SLUA, source: OR, ctx: "S", names: ["lua_malloc_trim"], args: [1, 1], default: "1000" },
  { module: SLUA, source: OR, ctx: "S", names: ["lua_shared_dict"], args: [2, 2] },
  { module: SLUA, source: OR, ctx: "S", names: ["lua_package_path", "lua_package_cpath", "lua_add_variable", "lua_capture_error_log", "init_by_lua", "init_by_lua_file", "init_worker_by_lua", "init_worker_by_lua_file"], args: [1, 1] },
  { module: SLUA, source: OR, ctx: "S", names: ["init_by_lua_block", "init_worker_by_lua_block"], args: [0, 0], block: true },
  { module: SLUA, source: OR, ctx: "Sv", names: ["lua_code_cache", "lua_socket_log_errors"], args: [1, 1], default: "on" },
  { module: SLUA, source: OR, ctx: "Sv", names: ["lua_check_client_abort"], args: [1, 1], default: "off" },
  { module: SLUA, source: OR, ctx: "Sv", names: ["lua_socket_keepalive_timeout", "lua_socket_connect_timeout", "lua_socket_send_timeout", "lua_socket_read_timeout"], args: [1, 1], default: "60s" },
  { module: SLUA, source: OR, ctx: "Sv", names: ["lua_socket_send_lowat"], args: [1, 1], default: "0" },
  { module: SLUA, source: OR, ctx: "Sv", names: ["lua_socket_buffer_size"], args: [1, 1], default: "4k|8k" },
  { module: SLUA, source: OR, ctx: "Sv", names: ["lua_socket_pool_size"], args: [1, 1], default: "30" },
  { module: SLUA, source: OR, ctx: "Sv", names: ["preread_by_lua_file", "log_by_lua_file", "ssl_certificate_by_lua_file", "ssl_client_hello_by_lua_file"], args: [1, 1] },
  { module: SLUA, source: OR, ctx: "Sv", names: ["preread_by_lua_block", "log_by_lua_block", "ssl_certificate_by_lua_block", "ssl_client_hello_by_lua_block"], args: [0, 0], block: true },
  { module: SLUA, source: OR, ctx: "v", names: ["content_by_lua", "content_by_lua_file"], args: [1, 1] },
  { module: SLUA, source: OR, ctx: "v", names: ["content_by_lua_block"], args: [0, 0], block: true },
  { module: SLUA, source: OR, ctx: "w", names: ["balancer_by_lua_file"], args: [1, 1] },
  { module: SLUA, source: OR, ctx: "w", names: ["balancer_by_lua_block"], args: [0, 0], block: true },
  { module: SLUA, source: OR, ctx: "Sv", names: ["lua_ssl_protocols"], args: [1, INF] },
  { module: SLUA, source: OR, ctx: "Sv", names: ["lua_ssl_ciphers"], args: [1, 1], default: "DEFAULT" },
  { module: SLUA, source: OR, ctx: "Sv", names: ["lua_ssl_verify_depth"], args: [1, 1], default: "1" },
  { module: SLUA, source: OR, ctx: "Sv", names: ["lua_ssl_trusted_certificate", "lua_ssl_crl"], args: [1, 1] },
  // headers-more-nginx-module
  {
    module: "ngx_http_headers_more_filter_module",
    source: OR,
    ctx: HSLI,
    args: [1, INF],
    names: ["more_set_headers", "more_clear_headers", "more_set_input_headers", "more_clear_input_headers"]
  },
  // echo-nginx-module
  {
    module: "ngx_http_echo_module",
    source: OR,
    ctx: "li",
    args: [0, INF],
    names: ["echo", "echo_before_body", "echo_after_body"]
  },
  {
    module: "ngx_http_echo_module",
    source: OR,
    ctx: "li",
    args: [0, 0],
    names: ["echo_flush", "echo_reset_timer", "echo_end", "echo_request_body", "echo_read_request_body", "echo_abort_parent"]
  },
  { module: "ngx_http_echo_module", source: OR, ctx: "li", names: ["echo_sleep", "echo_blocking_sleep"], args: [1, 1] },
  { module: "ngx_http_echo_module", source: OR, ctx: "li", names: ["echo_location", "echo_location_async", "echo_exec"], args: [1, 2] },
  { module: "ngx_http_echo_module", source: OR, ctx: "li", names: ["echo_duplicate"], args: [2, 2] },
  { module: "ngx_http_echo_module", source: OR, ctx: "li", names: ["echo_subrequest", "echo_subrequest_async", "echo_foreach_split"], args: [2, INF] },
  { module: "ngx_http_echo_module", source: OR, ctx: "li", names: ["echo_status"], args: [1, 1], default: "200" },
  // google/ngx_brotli
  { module: "ngx_http_brotli_filter_module", source: TP, ctx: HSLI, names: ["brotli"], args: [1, 1], default: "off" },
  { module: "ngx_http_brotli_filter_module", source: TP, ctx: "hsl", names: ["brotli_types"], args: [1, INF], default: "text/html" },
  { module: "ngx_http_brotli_filter_module", source: TP, ctx: "hsl", names: ["brotli_comp_level"], args: [1, 1], default: "6" },
  { module: "ngx_http_brotli_filter_module", source: TP, ctx: "hsl", names: ["brotli_window"], args: [1, 1], default: "512k" },
  { module: "ngx_http_brotli_filter_module", source: TP, ctx: "hsl", names: ["brotli_min_length"], args: [1, 1], default: "20" },
  { module: "ngx_http_brotli_filter_module", source: TP, ctx: "hsl", names: ["brotli_buffers"], args: [2, 2] },
  { module: "ngx_http_brotli_static_module", source: TP, ctx: "hsl", names: ["brotli_static"], args: [1, 1], default: "off" }
];
var THIRD_PARTY_FAMILY = /^(?:more_|lua_|echo(?:_|$)|ndk_|set_|brotli|zstd|nchan_|push_stream_|vhost_traffic_status|geoip2|modsecurity|passenger_|srcache_|memc_|redis2?_|encrypted_session_|rds_|xss_|array_|form_input|iconv|replace_filter|subs_filter|upload_progress|track_uploads|report_uploads)|_by_lua(?:_block|_file)?$/;
var REPLACE_LIST = [
  // ngx_http_headers_merge_conf: `if (conf->headers == NULL) conf->headers = prev->headers`
  "add_header",
  "add_trailer",
  // headers_source / params merged with ngx_conf_merge_ptr_value
  "proxy_set_header",
  "grpc_set_header",
  "fastcgi_param",
  "uwsgi_param",
  "scgi_param",
  // ngx_http_upstream_hide_headers_hash: hide and pass lists are merged independently
  "proxy_hide_header",
  "proxy_pass_header",
  "fastcgi_hide_header",
  "fastcgi_pass_header",
  "uwsgi_hide_header",
  "uwsgi_pass_header",
  "scgi_hide_header",
  "scgi_pass_header",
  "grpc_hide_header",
  "grpc_pass_header",
  "proxy_cache_valid",
  "fastcgi_cache_valid",
  "uwsgi_cache_valid",
  "scgi_cache_valid",
  "proxy_cache_bypass",
  "fastcgi_cache_bypass",
  "uwsgi_cache_bypass",
  "scgi_cache_bypass",
  "proxy_no_cache",
  "fastcgi_no_cache",
  "uwsgi_no_cache",
  "scgi_no_cache",
  "proxy_redirect",
  "proxy_cookie_domain",
  "proxy_cookie_path",
  "proxy_cookie_flags",
  "error_page",
  "index",
  "access_log",
  "sub_filter",
  "limit_req",
  "limit_conn",
  "mirror",
  "set_real_ip_from",
  "ssl_certificate",
  "ssl_certificate_key",
  "ssl_conf_command",
  "proxy_ssl_conf_command",
  "grpc_ssl_conf_command",
  "uwsgi_ssl_conf_command",
  "ssl_session_ticket_key",
  "allow",
  "deny"
];
var MERGE_GROUPS = { allow: "access", deny: "access" };
var BITMASK = [
  "proxy_ignore_headers",
  "fastcgi_ignore_headers",
  "uwsgi_ignore_headers",
  "scgi_ignore_headers",
  "grpc_ignore_headers",
  "gzip_proxied",
  "proxy_next_upstream",
  "fastcgi_next_upstream",
  "uwsgi_next_upstream",
  "scgi_next_upstream",
  "grpc_next_upstream",
  "memcached_next_upstream",
  "tunnel_next_upstream",
  "proxy_cache_use_stale",
  "fastcgi_cache_use_stale",
  "uwsgi_cache_use_stale",
  "scgi_cache_use_stale",
  "proxy_cache_methods",
  "fastcgi_cache_methods",
  "uwsgi_cache_methods",
  "scgi_cache_methods",
  "ssl_protocols",
  "proxy_ssl_protocols",
  "grpc_ssl_protocols",
  "uwsgi_ssl_protocols",
  "lua_ssl_protocols",
  "dav_methods",
  "keepalive_disable",
  "userid_flags"
];
var ACCUMULATE = ["more_set_headers", "more_clear_headers", "more_set_input_headers", "more_clear_input_headers"];
var NOT_INHERITED = ["rewrite", "return", "set", "break", "if"];
var MERGE = /* @__PURE__ */ new Map();
for (const n of REPLACE_LIST) MERGE.set(n, "replace-list");
for (const n of BITMASK) MERGE.set(n, "bitmask");
for (const n of ACCUMULATE) MERGE.set(n, "accumulate");
for (const n of NOT_INHERITED) MERGE.set(n, "none");
var REPEATABLE = /* @__PURE__ */ new Set([
  "listen",
  "server_name",
  "include",
  "load_module",
  "env",
  "error_log",
  "log_format",
  "thread_pool",
  "debug_connection",
  "server",
  "upstream",
  "location",
  "map",
  "geo",
  "split_clients",
  "num_map",
  "types",
  "charset_map",
  "match",
  "acme_issuer",
  "oidc_provider",
  "proxy_cache_path",
  "fastcgi_cache_path",
  "uwsgi_cache_path",
  "scgi_cache_path",
  "limit_req_zone",
  "limit_conn_zone",
  "keyval",
  "keyval_zone",
  "js_import",
  "js_set",
  "js_var",
  "js_preload_object",
  "js_shared_dict_zone",
  "js_periodic",
  "js_path",
  "perl_modules",
  "perl_require",
  "perl_set",
  "auth_request_set",
  "auth_jwt_claim_set",
  "auth_jwt_header_set",
  "auth_jwt_key_file",
  "auth_jwt_key_request",
  "auth_jwt_require",
  "valid_referers",
  "gzip_disable",
  "ancient_browser",
  "modern_browser",
  "image_filter",
  "xslt_stylesheet",
  "xslt_param",
  "xslt_string_param",
  "fastcgi_catch_stderr",
  // A second balancing method only warns "load balancing method redefined".
  "ip_hash",
  "hash",
  "least_conn",
  "random",
  "least_time",
  // Handlers without a duplicate check (nginx -t on 1.22.1 accepts them twice).
  "zone",
  "empty_gif",
  "mp4",
  "flv",
  "stub_status",
  "ancient_browser_value",
  "modern_browser_value",
  "ssl_session_cache",
  "worker_priority",
  "lua_load_resty_core",
  "lua_malloc_trim",
  // OpenResty and third-party arrays
  "lua_shared_dict",
  "lua_add_variable",
  "lua_ssl_certificate",
  "lua_ssl_certificate_key",
  "lua_ssl_conf_command",
  "set_by_lua",
  "set_by_lua_file",
  "set_by_lua_block",
  "echo",
  "echo_before_body",
  "echo_after_body",
  "echo_flush",
  "echo_sleep",
  "echo_blocking_sleep",
  "echo_reset_timer",
  "echo_location",
  "echo_location_async",
  "echo_subrequest",
  "echo_subrequest_async",
  "echo_duplicate",
  "echo_foreach_split",
  "echo_end",
  "echo_request_body",
  "echo_read_request_body",
  "echo_exec",
  "echo_abort_parent"
]);
var SINCE = {
  http2: "1.25.1",
  add_header_inherit: "1.29.3",
  add_trailer_inherit: "1.29.3",
  early_hints: "1.29.0",
  ssl_certificate_compression: "1.29.1",
  ssl_ech_file: "1.29.4",
  http3: "1.25.0",
  http3_hq: "1.25.0",
  http3_max_concurrent_streams: "1.25.0",
  http3_stream_buffer_size: "1.25.0",
  quic_active_connection_id_limit: "1.25.0",
  quic_bpf: "1.25.0",
  quic_gso: "1.25.0",
  quic_host_key: "1.25.0",
  quic_retry: "1.25.0",
  keepalive_time: "1.19.10",
  ssl_conf_command: "1.19.4",
  proxy_ssl_conf_command: "1.19.4",
  grpc_ssl_conf_command: "1.19.4",
  uwsgi_ssl_conf_command: "1.19.4",
  ssl_reject_handshake: "1.19.4",
  proxy_cookie_flags: "1.19.3",
  ssl_ocsp: "1.19.0",
  ssl_ocsp_cache: "1.19.0",
  ssl_ocsp_responder: "1.19.0",
  auth_delay: "1.17.10",
  limit_conn_dry_run: "1.17.6",
  limit_req_dry_run: "1.17.1",
  proxy_half_close: "1.21.4",
  ssl_alpn: "1.21.4",
  ssl_certificate_cache: "1.27.4",
  proxy_ssl_certificate_cache: "1.27.4",
  grpc_ssl_certificate_cache: "1.27.4",
  uwsgi_ssl_certificate_cache: "1.27.4",
  ssl_object_cache_inheritable: "1.27.4",
  keepalive_min_timeout: "1.27.4"
};
var VALUE_SINCE = {
  proxy_http_version: { "2": "1.29.4" }
};
var PROXY_DEFAULTS_CHANGED = "1.29.7";
var VERSIONED_DEFAULTS = {
  // ngx_http_proxy_merge_loc_conf merges with NGX_HTTP_VERSION_11 since 1.29.7 (was _10)
  proxy_http_version: { changed: PROXY_DEFAULTS_CHANGED, before: "1.0", after: "1.1" },
  // ngx_http_proxy_headers[]: {"Connection", "close"} before, {"Connection", ""} since 1.29.7
  proxy_set_header: { changed: PROXY_DEFAULTS_CHANGED, before: "Host $proxy_host; Connection close", after: "Host $proxy_host" },
  // ngx_http_upstream_keepalive_init sets max_cached = 32, local = 1 when unset; implicit upstreams are skipped
  keepalive: { changed: PROXY_DEFAULTS_CHANGED, before: "", after: "32 local", detail: "upstream-blocks" }
};
var entries = /* @__PURE__ */ new Map();
var extraByName;
function extraSpecs() {
  if (extraByName) return extraByName;
  const map = /* @__PURE__ */ new Map();
  for (const spec of EXTRA) {
    for (const name of spec.names) {
      const list = map.get(name);
      if (list) list.push(spec);
      else map.set(name, [spec]);
    }
  }
  extraByName = map;
  return map;
}
function entryOf(name) {
  const known = entries.get(name);
  if (known) return known;
  const rows = tableRows(name);
  const extra = extraSpecs().get(name);
  if (!rows && !extra) return void 0;
  const entry = decodeEntry(name, rows, extra ?? []);
  entries.set(name, entry);
  return entry;
}
function decodeEntry(name, rows, extra) {
  const variants = (rows ?? []).map((row) => {
    const [mod, ctx, dflt, flags, min, max, facts] = row;
    const v = {
      module: MODULES[mod] ?? "unknown",
      contexts: decodeContexts(ctx),
      default: dflt,
      block: (flags & 1) !== 0,
      args: { min, max: max < 0 ? Infinity : max },
      commercial: (flags & 2) !== 0,
      syntax: facts?.y ?? []
    };
    const since = facts?.s ?? SINCE[name];
    if (since) v.since = since;
    if (facts?.u) v.until = facts.u;
    if (facts?.o) v.obsoleteSince = facts.o;
    return v;
  });
  const codes = Object.hasOwn(EXTRA_CONTEXTS, name) ? EXTRA_CONTEXTS[name] : void 0;
  const first = variants[0];
  if (codes && first) first.contexts = [...first.contexts, ...decodeContexts(codes).filter((c) => !first.contexts.includes(c))];
  if (name === "if") for (const v of variants) v.args = { min: 1, max: Infinity };
  for (const spec of extra) {
    variants.push({
      module: spec.module,
      contexts: decodeContexts(spec.ctx),
      default: spec.default ?? "",
      block: spec.block ?? false,
      args: { min: spec.args[0], max: spec.args[1] },
      commercial: false,
      syntax: spec.syntax ?? []
    });
  }
  return { source: rows ? "nginx" : extra[0].source, variants };
}
var infoCache = /* @__PURE__ */ new Map();
function isHttpModule(module) {
  return !/^ngx_(stream|mail|mgmt)_/.test(module);
}
function buildInfo(name, entry, chosen) {
  const contexts = /* @__PURE__ */ new Set();
  for (const v of entry.variants) for (const c of v.contexts) contexts.add(c);
  const ordered2 = CONTEXT_ORDER.map((c) => CONTEXT_CODES[c]).filter((c) => contexts.has(c));
  const merge = MERGE.get(name) ?? (name.endsWith("_types") ? "replace-list" : "ordinary");
  const info = {
    ...chosen,
    name,
    source: entry.source,
    contexts: ordered2,
    merge,
    // Obsolete directives are ignored with a warning, however often they appear.
    allowsDuplicates: merge !== "ordinary" || REPEATABLE.has(name) || entry.variants.every((v) => v.obsoleteSince),
    commercial: entry.variants.every((v) => v.commercial),
    variants: entry.variants
  };
  const group = MERGE_GROUPS[name];
  if (group) info.mergeGroup = group;
  return info;
}
function directiveInfo(name, context) {
  let byName = infoCache.get(context);
  if (!byName) infoCache.set(context, byName = /* @__PURE__ */ new Map());
  const cached = byName.get(name);
  if (cached) return cached;
  const info = lookUpInfo(name, context);
  if (info) byName.set(name, info);
  return info;
}
function lookUpInfo(name, context) {
  const entry = entryOf(name);
  if (!entry) return void 0;
  const primary = entry.variants.find((v) => isHttpModule(v.module)) ?? entry.variants[0];
  if (context && !primary.contexts.includes(context)) {
    const v = entry.variants.find((x) => x.contexts.includes(context));
    if (v) return buildInfo(name, entry, v);
  }
  return buildInfo(name, entry, primary);
}
function knownDirectiveNames() {
  return [.../* @__PURE__ */ new Set([...rowIndex().keys(), ...extraSpecs().keys()])].sort();
}
function isKnownDirective(name) {
  return rowIndex().has(name) || extraSpecs().has(name);
}
function unknownDirective(name) {
  return !isKnownDirective(name) && !THIRD_PARTY_FAMILY.test(name);
}
var OPAQUE = /* @__PURE__ */ new Set(["map", "geo", "types", "split_clients", "charset_map", "match", "other"]);
function allowedIn(name, context) {
  if (OPAQUE.has(context)) return void 0;
  const info = directiveInfo(name);
  if (!info) return void 0;
  return info.contexts.includes(context);
}
var PATH_START = Object.freeze({ context: "main", subsystem: void 0 });
var pathStates = /* @__PURE__ */ new Map();
function pathState(context, subsystem) {
  const key = subsystem ? `${context} ${subsystem}` : context;
  let state = pathStates.get(key);
  if (!state) pathStates.set(key, state = Object.freeze({ context, subsystem }));
  return state;
}
function contextAfter(state, block) {
  const ctx = state.context;
  if (OPAQUE.has(ctx)) return state;
  const subsystem = state.subsystem;
  switch (block) {
    case "events":
      return pathState(ctx === "main" ? "events" : "other", subsystem);
    case "http":
    case "stream":
    case "mail":
      return pathState(block, block);
    case "server":
      return pathState(subsystem === "stream" ? "stream-server" : subsystem === "mail" ? "mail-server" : "server", subsystem);
    case "upstream":
      return pathState(subsystem === "stream" ? "stream-upstream" : "upstream", subsystem);
    case "if":
      return pathState(ctx === "server" ? "server-if" : "if", subsystem);
    case "location":
    case "limit_except":
    case "acme_issuer":
    case "oidc_provider":
    case "mgmt":
      return pathState(block, subsystem);
    case "map":
    case "geo":
    case "types":
    case "split_clients":
    case "charset_map":
    case "match":
      return pathState(block, subsystem);
    default:
      return pathState("other", subsystem);
  }
}
function allowsDuplicates(name) {
  return directiveInfo(name)?.allowsDuplicates ?? true;
}
function parseVersion(text) {
  const m = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (!m) return void 0;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) };
}
function toVersion(v) {
  if (typeof v !== "string") return v;
  const parsed = parseVersion(v);
  if (!parsed) throw new Error(`"${v}" is not an nginx version (expected something like 1.22.1)`);
  return parsed;
}
function compareVersions(a, b) {
  const x = toVersion(a);
  const y = toVersion(b);
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch;
}
function defaultBasis(source, module) {
  if (source === "nginx") return { kind: "nginx" };
  return { kind: "module", module: module.replace(/^ngx_(?:http_|stream_)?/, "").replace(/_module$/, "") };
}
function defaultFor(name, version) {
  let byName = defaultsByVersion.get(version);
  if (!byName) {
    if (defaultsByVersion.size > 64) defaultsByVersion.clear();
    defaultsByVersion.set(version, byName = /* @__PURE__ */ new Map());
  }
  if (byName.has(name)) return byName.get(name);
  const d = computeDefault(name, version);
  byName.set(name, d);
  return d;
}
var defaultsByVersion = /* @__PURE__ */ new Map();
function computeDefault(name, version) {
  const info = directiveInfo(name);
  if (!info) return void 0;
  const vd = VERSIONED_DEFAULTS[name];
  if (vd) {
    const detail = vd.detail ? { detail: vd.detail } : {};
    if (version === void 0) {
      return { value: vd.before, basis: { kind: "versioned", when: "before", version: vd.changed, ...detail, versionUnknown: true } };
    }
    if (compareVersions(version, vd.changed) < 0) {
      return { value: vd.before, basis: { kind: "versioned", when: "before", version: vd.changed, ...detail } };
    }
    return { value: vd.after, basis: { kind: "versioned", when: "since", version: vd.changed, ...detail } };
  }
  if ((name === "add_header_inherit" || name === "add_trailer_inherit") && version !== void 0 && info.since && compareVersions(version, info.since) < 0) {
    return { value: "on", basis: { kind: "standard-inheritance", directive: name, since: info.since } };
  }
  return { value: info.default, basis: defaultBasis(info.source, info.module) };
}
function defaultProxyHeaders(version) {
  const d = defaultFor("proxy_set_header", version);
  const headers = d.value.split(";").map((h) => h.trim()).filter(Boolean).map((h) => {
    const sp = h.indexOf(" ");
    return [h.slice(0, sp), h.slice(sp + 1)];
  });
  return { headers, basis: d.basis };
}
function valueKnownIn(name, value, version) {
  const since = VALUE_SINCE[name]?.[value];
  if (!since || version === void 0) return true;
  return compareVersions(version, since) >= 0;
}

// src/util/array.ts
function appendAll(target, items) {
  for (let k = 0; k < items.length; k++) target.push(items[k]);
  return target;
}
function exactList(items) {
  return items.length === 0 ? items : items.slice();
}

// src/model/context.ts
var slotCount = 0;
function memoSlot() {
  return { index: slotCount++ };
}
function recall(ctx, slot) {
  const memo = ctx.memo;
  return memo === null ? void 0 : memo[slot.index];
}
function remember(ctx, slot, value) {
  let memo = ctx.memo;
  if (memo === null) {
    memo = new Array(slotCount);
    ctx.memo = memo;
  }
  memo[slot.index] = value;
  return value;
}
var SNIPPET_CONTEXTS = ["http", "server", "location"];
var BLOCK_KINDS = {
  events: "events",
  http: "http",
  server: "server",
  location: "location",
  if: "if",
  limit_except: "limit_except",
  upstream: "upstream",
  map: "map",
  geo: "geo",
  types: "types",
  split_clients: "split_clients",
  match: "match",
  stream: "stream",
  mail: "mail"
};
function contextKindOf(d) {
  return BLOCK_KINDS[d.name] ?? "other";
}
var MAIN_ONLY = /* @__PURE__ */ new Set(["http", "events", "worker_processes", "user", "pid", "stream", "mail", "load_module", "worker_rlimit_nofile", "daemon", "env"]);
var HTTP_LEVEL = /* @__PURE__ */ new Set(["server", "upstream", "map", "geo", "split_clients", "log_format", "proxy_cache_path", "limit_req_zone", "limit_conn_zone", "lua_package_path", "lua_shared_dict", "init_by_lua_block"]);
var SERVER_LEVEL = /* @__PURE__ */ new Set(["location", "listen", "server_name", "ssl_certificate", "ssl_certificate_key", "http2"]);
function guessEntryContext(statements2) {
  const names = statements2.filter((s) => s.type === "directive").map((d) => d.name);
  if (names.length === 0 || names.some((n) => MAIN_ONLY.has(n))) return "main";
  if (names.some((n) => HTTP_LEVEL.has(n))) return "http";
  if (names.some((n) => SERVER_LEVEL.has(n))) return "server";
  for (const level of ["location", "server", "http"]) {
    if (names.every((n) => allowedIn(n, level) !== false)) return level;
  }
  return "location";
}
function contextComment(statements2) {
  for (const s of statements2) {
    if (s.type !== "comment") continue;
    const m = /^\s*sse-lint:\s*context\s+(\S+)/.exec(s.text);
    if (m && SNIPPET_CONTEXTS.includes(m[1])) return m[1];
  }
  return null;
}
function entryContext(statements2, option) {
  const marked2 = contextComment(statements2);
  if (marked2) return { kind: marked2, assumed: { kind: marked2, how: "comment" } };
  const guessed = guessEntryContext(statements2);
  if (guessed === "main") return { kind: "main" };
  if (option) return { kind: option, assumed: { kind: option, how: "option" } };
  return { kind: guessed, assumed: { kind: guessed, how: "guessed" } };
}
var standIns = /* @__PURE__ */ new WeakMap();
function locationStandIn(parsed) {
  const known = standIns.get(parsed);
  if (known) return known;
  const first = parsed.statements[0];
  const at = first ? first.start : 0;
  const { line, column } = lineColumnOf(parsed, at);
  const token = { kind: "word", raw: "", value: "", quoted: false, start: at, end: at, line, column };
  const d = {
    type: "directive",
    name: "location",
    nameToken: token,
    args: [],
    block: { open: token, close: null, children: parsed.statements },
    lua: null,
    semicolon: null,
    terminated: true,
    innerComments: [],
    trailingComment: null,
    start: at,
    end: parsed.file.text.length,
    file: parsed.file,
    parent: null,
    argc: 0,
    arg: () => void 0,
    argRaw: () => void 0,
    argIs: () => false,
    argValues: () => []
  };
  standIns.set(parsed, d);
  return d;
}
function lineColumnOf(parsed, offset) {
  let line = 1;
  let lineStart = 0;
  const text = parsed.file.text;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
var MAX_EXPANDED_DIRECTIVES = 4e6;
function buildContexts(tree, bounds = { maxDepth: MAX_BLOCK_DEPTH, maxExpanded: MAX_EXPANDED_DIRECTIVES }, options = {}) {
  const all = [];
  const roots = [];
  const limits = [];
  let expanded = 0;
  let budgetHit = false;
  const tooDeep = /* @__PURE__ */ new Set();
  tree.entries.forEach((entry, entryIndex) => {
    const parsed = tree.files.get(entry);
    if (!parsed) return;
    const { kind, assumed } = entryContext(parsed.statements, options.context);
    const directive2 = kind === "location" ? locationStandIn(parsed) : null;
    const root = {
      id: `${entryIndex}`,
      kind,
      directive: directive2,
      parent: null,
      directives: [],
      children: [],
      via: [],
      entry,
      ...assumed ? { assumed } : {},
      memo: null
    };
    all.push(root);
    roots.push(root);
    fill({ ctx: root, statements: parsed.statements, next: 0, via: [], chain: [entry], depth: 0, block: true });
  });
  attachOrphans(roots);
  const names = /* @__PURE__ */ new Set();
  for (const c of all) for (const d of c.directives) names.add(d.name);
  for (const r of roots) remember(r, NAMES2, names);
  return { roots, all, limits };
  function attachOrphans(rs) {
    const main = rs[0];
    if (!main || main.kind !== "main" || rs.length < 2) return;
    const http = main.children.find((c) => c.kind === "http");
    if (!http) return;
    const unresolved = http.directives.find((d) => d.name === "include" && (d.includes?.length ?? 0) === 0);
    if (!unresolved) return;
    for (const r of rs.slice(1)) {
      if (r.kind !== "http" && r.kind !== "server" && r.kind !== "location") continue;
      r.parent = http;
      r.assumedIn = unresolved;
    }
  }
  function fill(first) {
    const stack = [first];
    while (stack.length > 0) {
      const f = stack[stack.length - 1];
      if (f.next >= f.statements.length) {
        stack.pop();
        if (f.block) {
          f.ctx.directives = exactList(f.ctx.directives);
          f.ctx.children = exactList(f.ctx.children);
        }
        continue;
      }
      const s = f.statements[f.next++];
      if (s.type !== "directive") continue;
      f.ctx.directives.push(s);
      expanded++;
      if (s.name === "include" && s.includes && !s.lua) {
        if (expanded > bounds.maxExpanded) {
          if (!budgetHit) limits.push({ directive: s, message: `includes expand to more than ${bounds.maxExpanded.toLocaleString("en-US")} directives; this include and later ones are not expanded` });
          budgetHit = true;
          continue;
        }
        const cyclic = tree.cyclic.get(s);
        let via = null;
        for (let k = s.includes.length - 1; k >= 0; k--) {
          const target = s.includes[k];
          if (cyclic?.has(target) || f.chain.includes(target)) continue;
          const parsed = tree.files.get(target);
          if (parsed) stack.push({ ctx: f.ctx, statements: parsed.statements, next: 0, via: via ??= [...f.via, s], chain: [...f.chain, target], depth: f.depth, block: false });
        }
        continue;
      }
      if (s.block) {
        if (f.depth >= bounds.maxDepth && s.block.children.length > 0) {
          if (!tooDeep.has(s)) limits.push({ directive: s, message: `block nested more than ${bounds.maxDepth} levels deep through includes; its contents are not checked` });
          tooDeep.add(s);
          continue;
        }
        const child = {
          id: `${f.ctx.id}.${f.ctx.children.length}`,
          kind: contextKindOf(s),
          directive: s,
          parent: f.ctx,
          directives: [],
          children: [],
          via: f.via,
          entry: f.ctx.entry,
          memo: null
        };
        f.ctx.children.push(child);
        all.push(child);
        stack.push({ ctx: child, statements: s.block.children, next: 0, via: f.via, chain: f.chain, depth: f.depth + 1, block: true });
      }
    }
  }
}
var NAMES2 = memoSlot();
function writtenInTree(ctx, name) {
  let names = recall(ctx, NAMES2);
  if (names === void 0) {
    let root = ctx;
    while (root.parent !== null) root = root.parent;
    names = recall(root, NAMES2);
    if (names === void 0) return true;
    remember(ctx, NAMES2, names);
  }
  return names.has(name);
}
var BY_NAME = memoSlot();
var NONE = Object.freeze([]);
var INDEX_FROM = 16;
function directivesNamed(ctx, name) {
  const all = ctx.directives;
  if (all.length < INDEX_FROM) {
    let out = null;
    for (let k = 0; k < all.length; k++) {
      const d = all[k];
      if (d.name === name) {
        if (out === null) out = [d];
        else out.push(d);
      }
    }
    return out ?? NONE;
  }
  return indexOf(ctx).get(name) ?? NONE;
}
function firstDirectiveNamed(ctx, name) {
  const all = ctx.directives;
  if (all.length < INDEX_FROM) {
    for (let k = 0; k < all.length; k++) if (all[k].name === name) return all[k];
    return null;
  }
  return indexOf(ctx).get(name)?.[0] ?? null;
}
function indexOf(ctx) {
  let index = recall(ctx, BY_NAME);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const d of ctx.directives) {
      const list = index.get(d.name);
      if (list) list.push(d);
      else index.set(d.name, [d]);
    }
    remember(ctx, BY_NAME, index);
  }
  return index;
}
var ORDER = memoSlot();
function directiveOrder(ctx) {
  let order = recall(ctx, ORDER);
  if (!order) {
    order = /* @__PURE__ */ new Map();
    ctx.directives.forEach((d, k) => order.set(d, k));
    remember(ctx, ORDER, order);
  }
  return order;
}

// src/util/elide.ts
var ELIDE_ABOVE = 6;
function elideMiddle(items, head = 3, tail = 2) {
  if (items.length <= ELIDE_ABOVE) return { head: [...items], omitted: 0, tail: [] };
  return { head: items.slice(0, head), omitted: items.length - head - tail, tail: items.slice(items.length - tail) };
}

// src/model/effective.ts
var HTTP_CHAIN = /* @__PURE__ */ new Set(["http", "server", "location", "if", "limit_except"]);
var CHAIN = memoSlot();
function mergeChain(ctx) {
  const cached = recall(ctx, CHAIN);
  if (cached) return cached;
  let length = 1;
  if (HTTP_CHAIN.has(ctx.kind)) {
    for (let p = ctx.parent; p && HTTP_CHAIN.has(p.kind); p = p.parent) {
      length++;
      if (p.kind === "http" && !p.assumedIn) break;
    }
  }
  const out = new Array(length);
  let c = ctx;
  for (let k = 0; k < length; k++, c = c.parent) out[k] = c;
  Object.freeze(out);
  return remember(ctx, CHAIN, out);
}
var RECENT_BLOCKS = 64;
var ANSWERS = memoSlot();
var generation = 0;
var young = [];
var old = [];
function answersOf(ctx, create) {
  let a = recall(ctx, ANSWERS);
  if (a !== void 0) {
    if (a.generation === generation) return a.map;
    a.generation = generation;
  } else if (!create) return void 0;
  else a = remember(ctx, ANSWERS, { map: /* @__PURE__ */ new Map(), generation });
  if (young.length >= RECENT_BLOCKS) {
    for (const c of old) {
      const held2 = recall(c, ANSWERS);
      if (held2 !== void 0 && held2.generation !== generation) remember(c, ANSWERS, void 0);
    }
    old = young;
    young = [];
    a.generation = ++generation;
  }
  young.push(ctx);
  return a.map;
}
function forgetAnswers() {
  for (const c of old) remember(c, ANSWERS, void 0);
  for (const c of young) remember(c, ANSWERS, void 0);
  young = [];
  old = [];
}
function remembered(ctx, key, compute) {
  const m = answersOf(ctx, true);
  const hit = m.get(key);
  if (hit !== void 0) return hit;
  const v = compute();
  m.set(key, v);
  return v;
}
function answerKey(kind, name, version) {
  let keys = answerKeys.get(version);
  if (!keys) {
    if (answerKeys.size > 16) answerKeys.clear();
    answerKeys.set(version, keys = { v: /* @__PURE__ */ new Map(), l: /* @__PURE__ */ new Map() });
  }
  let key = keys[kind].get(name);
  if (key === void 0) keys[kind].set(name, key = `${kind}\0${name}\0${versionKey(version)}`);
  return key;
}
var answerKeys = /* @__PURE__ */ new Map();
function versionKey(version) {
  return version ? `${version.major}.${version.minor}.${version.patch}` : "";
}
function mergedDown(ctx, key, spec, top, step) {
  const chain = mergeChain(ctx);
  let k = 0;
  let acc;
  for (; k < chain.length; k++) {
    acc = answersOf(chain[k], false)?.get(key);
    if (acc !== void 0) break;
  }
  for (let j = k - 1; j >= 0; j--) {
    const level = chain[j];
    const next = acc === void 0 ? top(spec, level) : step(spec, level, acc);
    const m = answersOf(level, true);
    if (!m.has(key)) m.set(key, next);
    acc = next;
  }
  return acc;
}
function effectiveValue(ctx, name, version) {
  const set = (level) => {
    const d = firstDirectiveNamed(level, name);
    if (!d) return null;
    const args = d.argValues();
    return { name, args, value: normalizeValue(args[0] ?? null), origin: { kind: "directive", directive: d, context: level }, levels: [level] };
  };
  const chain = mergeChain(ctx);
  let written = writtenInTree(ctx, name);
  if (written) {
    written = false;
    for (let k = 0; k < chain.length && !written; k++) written = firstDirectiveNamed(chain[k], name) !== null;
  }
  if (!written) return valueOver(chain, name, version, true);
  const key = answerKey("v", name, version);
  const known = answersOf(ctx, false)?.get(key);
  if (known !== void 0) return known;
  return mergedDown(
    ctx,
    key,
    null,
    (_, level) => set(level) ?? valueOver([level], name, version),
    (_, level, above) => set(level) ?? { ...above, levels: [level, ...above.levels] }
  );
}
function inheritedValue(ctx, name, version) {
  return valueOver(mergeChain(ctx).slice(1), name, version);
}
function defaultValue(name, version) {
  return valueOver([], name, version);
}
function entryValue(ctx, entry, levels) {
  return {
    name: entry.directive.name,
    args: entry.directive.argValues(),
    value: entry.directive.arg(0) ?? null,
    origin: { kind: "directive", directive: entry.directive, context: entry.context },
    levels: levels[0] === ctx ? levels : [ctx, ...levels]
  };
}
function valueOver(chain, name, version, unset = false) {
  const levels = unset ? chain.slice() : [];
  for (let k = 0; k < chain.length && !unset; k++) {
    const level = chain[k];
    levels.push(level);
    const d = firstDirectiveNamed(level, name);
    if (d !== null) {
      const args2 = d.argValues();
      return { name, args: args2, value: normalizeValue(args2[0] ?? null), origin: { kind: "directive", directive: d, context: level }, levels };
    }
  }
  const def = defaultFor(name, version ?? void 0);
  const value = def && def.value !== "" ? def.value : null;
  let args = value === null ? null : defaultArgs.get(value);
  if (args === void 0) defaultArgs.set(value, args = value.split(/\s+/).filter(Boolean));
  if (args) args = [...args];
  const basis = def ? def.basis : { kind: "unknown-directive", directive: name };
  return { name, args, value: normalizeValue(args?.[0] ?? null), origin: { kind: "default", value, basis }, levels };
}
var defaultArgs = /* @__PURE__ */ new Map();
function normalizeValue(v) {
  if (v === null) return null;
  const l = v.toLowerCase();
  return l === "on" || l === "off" ? l : v;
}
function effectiveList(ctx, name, version) {
  const spec = listSpec(name, version);
  let anywhere = false;
  for (let k = 0; k < spec.names.length && !anywhere; k++) anywhere = writtenInTree(ctx, spec.names[k]);
  if (!anywhere) return emptyList(spec, mergeChain(ctx));
  const known = answersOf(ctx, false)?.get(spec.key);
  if (known !== void 0) return known;
  const chain = mergeChain(ctx);
  let here = false;
  for (let k = 0; k < chain.length && !here; k++) here = writesAny(chain[k], spec.names);
  if (!here) return emptyList(spec, chain);
  return mergedDown(ctx, spec.key, spec, listTop, listStep);
}
function emptyList(spec, chain) {
  return { name: spec.name, default: spec.dflt, entries: NO_ENTRIES, from: null, dropped: NO_DROPS, levels: chain };
}
function listSpec(name, version) {
  const specs = specsOf(version).lists;
  let spec = specs.get(name);
  if (spec === void 0) {
    const def = defaultFor(name, version ?? void 0);
    const inheritName = name === "add_header" ? "add_header_inherit" : name === "add_trailer" ? "add_trailer_inherit" : null;
    spec = {
      name,
      key: answerKey("l", name, version),
      dflt: def && def.value !== "" ? def : null,
      names: groupNames(name),
      accumulate: (directiveInfo(name)?.merge ?? "replace-list") === "accumulate",
      inheritName,
      honourInherit: inheritName !== null && inheritKnown(inheritName, version)
    };
    specs.set(name, spec);
  }
  return spec;
}
var specsByVersion = /* @__PURE__ */ new Map();
function specsOf(version) {
  let specs = specsByVersion.get(version);
  if (!specs) {
    if (specsByVersion.size > 16) specsByVersion.clear();
    specsByVersion.set(version, specs = { lists: /* @__PURE__ */ new Map() });
  }
  return specs;
}
function ownListEntries(level, names) {
  const out = [];
  const found = [];
  for (const n of names) appendAll(found, directivesNamed(level, n));
  if (names.length > 1) {
    const order = directiveOrder(level);
    found.sort((a, b) => order.get(a) - order.get(b));
  }
  for (const d of found) out.push({ directive: d, context: level });
  return out;
}
function madeList(spec, level, entries3, dropped) {
  return { name: spec.name, default: spec.dflt, entries: entries3, from: entries3[0]?.context ?? null, dropped, levels: mergeChain(level) };
}
function listTop(spec, level) {
  if (spec.accumulate) return { name: spec.name, default: spec.dflt, entries: ownListEntries(level, spec.names), from: null, dropped: [], levels: mergeChain(level) };
  return madeList(spec, level, ownListEntries(level, spec.names), []);
}
function listStep(spec, level, above) {
  const mine = ownListEntries(level, spec.names);
  if (spec.accumulate) {
    return { name: spec.name, default: spec.dflt, entries: mine.length ? [...above.entries, ...mine] : above.entries, from: null, dropped: [], levels: mergeChain(level) };
  }
  const mode = spec.honourInherit ? inheritMode(level, spec.inheritName) : "on";
  if (mode === "off") return madeList(spec, level, mine, [...above.dropped, ...above.entries.map((entry) => ({ entry, droppedBy: level, how: "inherit-off" }))]);
  if (mine.length === 0) return madeList(spec, level, above.entries, above.dropped);
  if (mode === "merge") return madeList(spec, level, [...mine, ...above.entries], above.dropped);
  return madeList(spec, level, mine, [...above.dropped, ...above.entries.map((entry) => ({ entry, droppedBy: level, how: "replaced" }))]);
}
function writesAny(level, names) {
  for (let k = 0; k < names.length; k++) if (firstDirectiveNamed(level, names[k]) !== null) return true;
  return false;
}
var NO_ENTRIES = Object.freeze([]);
var NO_DROPS = Object.freeze([]);
var GROUPED = ["allow", "deny"];
function groupNames(name) {
  let names = groupCache.get(name);
  if (!names) {
    const group = directiveInfo(name)?.mergeGroup;
    names = group ? [.../* @__PURE__ */ new Set([name, ...GROUPED.filter((n) => directiveInfo(n)?.mergeGroup === group)])] : [name];
    groupCache.set(name, names);
  }
  return names;
}
var groupCache = /* @__PURE__ */ new Map();
function inheritKnown(name, version) {
  const since = directiveInfo(name)?.since;
  return !version || !since || compareVersions(version, since) >= 0;
}
function inheritMode(level, name) {
  if (!writtenInTree(level, name)) return "on";
  const key = name === "add_header_inherit" ? "i\0add_header_inherit" : `i\0${name}`;
  const chain = mergeChain(level);
  let mode = "on";
  let k = 0;
  for (; k < chain.length; k++) {
    const l = chain[k];
    const known = answersOf(l, false)?.get(key);
    if (known !== void 0) {
      mode = known;
      break;
    }
    const d = firstDirectiveNamed(l, name);
    if (d) {
      mode = d.argIs(0, "off") ? "off" : d.argIs(0, "merge") ? "merge" : "on";
      remembered(l, key, () => mode);
      break;
    }
  }
  for (let j = Math.min(k, chain.length) - 1; j >= 0; j--) remembered(chain[j], key, () => mode);
  return mode;
}
function entryKey(d) {
  const first = d.arg(0);
  if (first === void 0) return null;
  return d.name.endsWith("_param") ? first : first.toLowerCase();
}
function lostAt(list, ctx) {
  const dropped = list.dropped;
  let any = false;
  for (let k = 0; k < dropped.length && !any; k++) any = dropped[k].droppedBy === ctx && dropped[k].how === "replaced";
  if (!any) return NO_ENTRIES;
  const own2 = new Set(list.entries.filter((e) => e.context === ctx).map((e) => entryKey(e.directive)));
  return list.dropped.filter((x) => x.droppedBy === ctx && x.how === "replaced" && !own2.has(entryKey(x.entry.directive))).map((x) => x.entry);
}
function originOf(v, where, options = {}) {
  const more = options.more;
  if (v.origin.kind === "directive") {
    const d = v.origin.directive;
    const text = `${d.name}${d.args.length && !options.nameOnly ? " " + d.args.map((a) => a.raw).join(" ") : ""}`;
    const level = { name: levelName(v.origin.context), ...v.origin.context === v.levels[0] ? { self: true } : {} };
    return { kind: "directive", text, at: where(d), level, ...more ? { more } : {} };
  }
  const all = v.levels.map((l, k) => ({ name: levelName(l), ...k === 0 ? { self: true } : {} }));
  const { head, omitted, tail } = elideMiddle(all);
  return { kind: "default", basis: v.origin.basis, levels: [...head, ...tail], ...omitted ? { omitted, omittedAt: head.length } : {} };
}
function levelName(ctx) {
  if (ctx.kind !== "location" && ctx.kind !== "if" || !ctx.directive?.argc) return ctx.kind;
  let name = recall(ctx, LEVEL_NAME);
  if (name === void 0) {
    name = (ctx.kind === "location" ? "location " : "if ") + ctx.directive.argValues().join(" ");
    remember(ctx, LEVEL_NAME, name);
  }
  return name;
}
var LEVEL_NAME = memoSlot();

// src/model/upstreams.ts
var PASS_DIRECTIVES = /* @__PURE__ */ new Map([
  ["proxy_pass", "proxy"],
  ["fastcgi_pass", "fastcgi"],
  ["uwsgi_pass", "uwsgi"],
  ["scgi_pass", "scgi"],
  ["grpc_pass", "grpc"],
  ["memcached_pass", "memcached"]
]);
var MODULE_PREFIX = {
  proxy: "proxy",
  fastcgi: "fastcgi",
  uwsgi: "uwsgi",
  scgi: "scgi",
  grpc: "grpc",
  memcached: "memcached"
};
var LUA_CONTENT = /* @__PURE__ */ new Set(["content_by_lua", "content_by_lua_block", "content_by_lua_file"]);
var STATIC = Object.freeze({ module: "static", directive: null, context: null });
function handlerOf(ctx, upstreams) {
  let level = ctx;
  while (level) {
    for (const d of level.directives) {
      const mod = PASS_DIRECTIVES.get(d.name);
      if (mod) {
        const target = d.arg(0) ?? "";
        return { module: mod, directive: d, context: level, target, upstream: resolveUpstream(target, upstreams) };
      }
      if (LUA_CONTENT.has(d.name)) return { module: "lua", directive: d, context: level };
    }
    if (level.kind !== "if" && level.kind !== "limit_except") break;
    level = level.parent;
  }
  for (const d of ctx.directives) if (d.name === "return") return { module: "return", directive: d, context: ctx };
  return STATIC;
}
function resolveUpstream(target, upstreams) {
  let known = resolved.get(upstreams);
  if (!known) resolved.set(upstreams, known = /* @__PURE__ */ new Map());
  const hit = known.get(target);
  if (hit !== void 0) return hit;
  const found = resolveNow(target, upstreams);
  if (known.size >= 4096) known.clear();
  known.set(target, found);
  return found;
}
var resolved = /* @__PURE__ */ new WeakMap();
function resolveNow(target, upstreams) {
  let rest = target;
  const scheme = /^[a-z0-9+]+:\/\//i.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  if (rest.startsWith("unix:") || rest.includes("$")) return null;
  const host = rest.split("/")[0];
  return upstreams.get(host) ?? null;
}
function collectUpstreams(all) {
  const out = /* @__PURE__ */ new Map();
  for (const ctx of all) {
    if (ctx.kind !== "upstream" || !ctx.directive) continue;
    const name = ctx.directive.arg(0);
    if (!name || out.has(name)) continue;
    out.set(name, {
      name,
      context: ctx,
      servers: ctx.directives.filter((d) => d.name === "server").map((d) => ({ address: d.arg(0) ?? "", directive: d })),
      keepalive: ctx.directives.find((d) => d.name === "keepalive") ?? null
    });
  }
  return out;
}

// src/model/queries/blocks.ts
function writtenDirectlyIn(d, ctx) {
  if (ctx.directive && !ctx.assumed) return d.parent === ctx.directive;
  return d.parent === null && d.file.path === ctx.entry;
}
function setAt(v, ctx) {
  return v.origin.kind === "directive" && v.origin.context === ctx ? v.origin.directive : null;
}
function setDirectlyIn(v, ctx) {
  const d = setAt(v, ctx);
  return d && writtenDirectlyIn(d, ctx) ? d : null;
}
function ifsOf(loc) {
  const out = [];
  const walk = (c) => {
    for (const child of c.children) {
      if (child.kind === "if" || child.kind === "limit_except") {
        if (child.kind === "if") out.push(child);
        walk(child);
      }
    }
  };
  walk(loc);
  return out;
}
function ifsSetting(model, loc, name) {
  const out = [];
  for (const c of ifsOf(loc)) {
    const value = model.effective(c, name);
    if (value.origin.kind === "directive" && value.origin.context === c) out.push({ ctx: c, value });
  }
  return out;
}
function insertionBlock(model, ctx, allowedInIf) {
  if (ctx.kind === "if" && !allowedInIf) return model.locationOf(ctx)?.directive ?? null;
  return ctx.directive;
}
function httpBlock(model) {
  return model.contexts.all.find((c) => c.kind === "http" && c.directive !== null)?.directive ?? null;
}

// src/model/queries/handlers.ts
function moduleDirective(module, suffix) {
  const p = MODULE_PREFIX[module];
  return p ? `${p}_${suffix}` : null;
}
function isUpstreamModule(module) {
  return MODULE_PREFIX[module] !== void 0;
}
function moduleDirectives(suffix, modules) {
  return modules.map((m) => moduleDirective(m, suffix)).filter((n) => n !== null);
}
var BUFFERING_MODULES = ["proxy", "fastcgi", "uwsgi", "scgi"];
var READ_TIMEOUT_MODULES = ["proxy", "fastcgi", "uwsgi", "scgi", "grpc"];
function bufferingDirective(module) {
  return BUFFERING_MODULES.includes(module) ? moduleDirective(module, "buffering") : null;
}
function handlerSites(model, loc) {
  const own2 = model.handler(loc);
  const out = [{ ctx: loc, handler: own2 }];
  const seen2 = /* @__PURE__ */ new Set([own2.module]);
  for (const c of ifsOf(loc)) {
    const h = model.handler(c);
    if (h.context !== c || seen2.has(h.module)) continue;
    seen2.add(h.module);
    out.push({ ctx: c, handler: h });
  }
  return out;
}
function ifHasOwnHandler(model, ifCtx) {
  const h = model.handler(ifCtx);
  if (h.context !== ifCtx) return false;
  const loc = model.locationOf(ifCtx);
  if (!loc) return false;
  return model.handler(loc).module !== h.module;
}

// src/model/queries/stream-evidence.ts
function streamReasonsWithout(model, ctx, skip) {
  const all = model.streamReasons(ctx);
  const skipped = (r) => r.kind === "accel-header" && r.directive !== void 0 && skip.has(r.directive.name);
  return all.some(skipped) ? all.filter((r) => !skipped(r)) : all;
}

// rules/accel-buffering-ignored.ts
var HEADER = "x-accel-buffering";
var IGNORE_DIRECTIVES = /* @__PURE__ */ new Set(["proxy_ignore_headers", "fastcgi_ignore_headers", "uwsgi_ignore_headers", "scgi_ignore_headers"]);
var accel_buffering_ignored_default = defineRule({
  meta: {
    id: "accel-buffering-ignored",
    summary: "X-Accel-Buffering is ignored on a buffered stream, so the backend cannot switch buffering off",
    severity: "error",
    fix: "unsafe",
    streamOnly: true,
    messages: {
      ignored: `the backend's X-Accel-Buffering header is ignored here ({origin}) while {buffering} is on ({bufferingOrigin}): a backend that answers "X-Accel-Buffering: no" cannot turn buffering off, so events reach clients in lumps. Stream: {why}.`
    },
    fixes: {
      stopIgnoring: "Stop ignoring X-Accel-Buffering in {directive}"
    },
    related: {
      lists: "{directive} lists X-Accel-Buffering here"
    },
    docs: {
      why: "nginx honours an upstream response header `X-Accel-Buffering: no` (or `yes`) per response, which is how many SSE backends opt out of proxy buffering [E03]. Listing `X-Accel-Buffering` in `proxy_ignore_headers` (or fastcgi_/uwsgi_/scgi_ignore_headers) switches that override off: with buffering on, the stream is held until a buffer fills or the response ends [E04]. The directive is a bitmask: lines in one block are OR-ed and the innermost level that sets it replaces the outer set (sse-semantics.md SSE002a, section 2.1). With buffering off the ignore list is harmless (it even keeps a backend's `yes` from turning buffering back on [E06]), so only buffered streams are reported.",
      bad: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_ignore_headers X-Accel-Buffering;\n}",
      good: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_ignore_headers X-Accel-Buffering;\n}",
      fix: "Unsafe: removes `X-Accel-Buffering` from the ignore list that is in effect (the whole line when it was the only value). That list may be written at server or http level and serve other locations too, and removing a location's only line makes the location inherit the outer list, so review the result. Setting `proxy_buffering off;` in the stream location (rule buffering-on) is the other way out.",
      references: [
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_ignore_headers",
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffering",
        "https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_ignore_headers"
      ]
    }
  },
  create(ctx) {
    const check = (c) => {
      const reasons = streamReasonsWithout(ctx.model, c, IGNORE_DIRECTIVES);
      if (reasons.length === 0) return;
      const h = ctx.model.handler(c);
      const bufferingName = bufferingDirective(h.module);
      if (!bufferingName) return;
      const buffering = ctx.model.effective(c, bufferingName);
      if (buffering.value !== "on") return;
      const ignoreName = moduleDirective(h.module, "ignore_headers");
      const list = ctx.model.effectiveList(c, ignoreName);
      const hits = list.entries.filter((e) => anyArgIs(e.directive, HEADER));
      const first = hits[0];
      if (!first) return;
      const setHere = first.context === c;
      ctx.report({
        node: setHere ? first.directive : c.directive,
        context: c,
        messageId: "ignored",
        data: {
          origin: ctx.origin(entryValue(c, first, list.levels)),
          buffering: ctx.code(bufferingName),
          bufferingOrigin: ctx.origin(buffering),
          why: ctx.stream(c, reasons)
        },
        related: setHere ? [] : hits.map((e) => ctx.related(e.directive, "lists", { directive: ctx.code(ignoreName) })),
        fix: {
          id: "stopIgnoring",
          data: { directive: ctx.code(ignoreName) },
          applicability: "unsafe",
          edits: (f) => hits.flatMap((e) => dropHeader(f, e.directive))
        }
      });
    };
    return {
      location: check,
      if(c) {
        if (ifHasOwnHandler(ctx.model, c)) check(c);
      }
    };
  }
});
function anyArgIs(d, lower) {
  for (let k = 0; k < d.argc; k++) if (d.argIs(k, lower)) return true;
  return false;
}
function dropHeader(f, d) {
  const keep = d.args.filter((a) => a.value.toLowerCase() !== HEADER);
  if (keep.length === 0) return [f.removeDirective(d)];
  const edits = [];
  d.args.forEach((a, i) => {
    if (a.value.toLowerCase() === HEADER) edits.push(f.removeArg(d, i));
  });
  return edits;
}

// rules/accel-buffering-request-header.ts
var accel_buffering_request_header_default = defineRule({
  meta: {
    id: "accel-buffering-request-header",
    summary: "X-Accel-Buffering set as a request header to the backend has no effect on buffering",
    severity: "warning",
    fix: "unsafe",
    messages: {
      request: `{shown} only adds a request header that the backend receives; nginx reads X-Accel-Buffering from the backend's response, so buffering stays as it is. Use {buffering} off; in the stream location, or have the backend send "X-Accel-Buffering: no" in its response.`,
      alreadyOff: "{shown} only adds a request header that the backend receives; nginx reads X-Accel-Buffering from the backend's response. Buffering is already off here ({origin}), so this line does nothing for it: remove it."
    },
    fixes: {
      remove: "Remove the {line} line"
    },
    docs: {
      why: "X-Accel-Buffering is an upstream response header: nginx looks at it while it processes the backend's response headers (ngx_http_upstream_process_buffering). `proxy_set_header X-Accel-Buffering no;` puts the header on the request to the backend instead. In experiment E07 the backend saw it among its request headers and nginx still delivered the stream in one lump (sse-semantics.md SSE002b, section 6). `fastcgi_param HTTP_X_ACCEL_BUFFERING` is the FastCGI spelling of the same mistake.",
      bad: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_set_header X-Accel-Buffering no;\n}",
      good: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n}",
      fix: "Unsafe: removes the line. It changes what the backend receives (an application could read the header), and when it is the only proxy_set_header (or fastcgi_param) of its block the block starts inheriting the outer level's lines. Turning buffering off is a separate step (rule buffering-on).",
      references: [
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffering",
        "https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_param"
      ]
    }
  },
  create(ctx) {
    return {
      directiveNames: ["proxy_set_header", "fastcgi_param"],
      directive(d, c) {
        let buffering;
        if (d.name === "proxy_set_header") {
          if (!d.argIs(0, "x-accel-buffering")) return;
          buffering = "proxy_buffering";
        } else if (d.name === "fastcgi_param" && d.arg(0)?.toUpperCase() === "HTTP_X_ACCEL_BUFFERING") buffering = "fastcgi_buffering";
        else return;
        const name = d.arg(0);
        const module = buffering === "proxy_buffering" ? "proxy" : "fastcgi";
        const v = ctx.model.locationOf(c) && ctx.model.handler(c).module === module ? ctx.model.effective(c, buffering) : null;
        const off = v !== null && v.value === "off";
        ctx.report({
          node: d,
          context: c,
          messageId: off ? "alreadyOff" : "request",
          data: off ? { shown: ctx.show(d), origin: ctx.origin(v) } : { shown: ctx.show(d), buffering: ctx.code(buffering) },
          fix: { id: "remove", data: { line: ctx.code(`${d.name} ${name}`) }, applicability: "unsafe", edits: (f) => f.removeDirective(d) }
        });
      }
    };
  }
});

// rules/accel-buffering-response-header.ts
var MEANT_NO = /* @__PURE__ */ new Set(["off", "false", "0", "disable", "disabled", "none", "n"]);
var MEANT_YES = /* @__PURE__ */ new Set(["on", "true", "1", "enable", "enabled", "y"]);
var NONE2 = Object.freeze([]);
function findHeader(d) {
  if (d.name === "add_header") {
    if (!d.argIs(0, "x-accel-buffering")) return NONE2;
    const value = d.arg(1);
    if (value === void 0) return NONE2;
    return [{ index: 1, value, rewrite: (v) => v }];
  }
  if (d.name !== "more_set_headers") return NONE2;
  const out = [];
  for (let i = 0; i < d.argc; i++) {
    const arg = d.arg(i);
    if (arg === "-s" || arg === "-t") {
      i++;
      continue;
    }
    if (arg.startsWith("-")) continue;
    const m = /^(\s*x-accel-buffering\s*:\s*)(.*?)(\s*)$/is.exec(arg);
    if (!m) continue;
    const [, head, value, tail] = m;
    if (value === "") continue;
    out.push({ index: i, value, rewrite: (v) => `${head}${v}${tail}` });
  }
  return out;
}
var accel_buffering_response_header_default = defineRule({
  meta: {
    id: "accel-buffering-response-header",
    summary: "X-Accel-Buffering on the client response does not change this nginx's buffering",
    severity: "info",
    fix: "safe",
    messages: {
      noEffect: '{shown} adds "X-Accel-Buffering: {value}" to the response sent to the client; this nginx does not read it, so its own buffering is unchanged. Only an nginx or OpenResty in front of this server reads it. Use proxy_buffering off (or the fastcgi/uwsgi/scgi equivalent) in the stream location; keep the header only if another nginx sits in front.',
      wrongValue: '{shown} sends "X-Accel-Buffering: {value}", a value nginx ignores: only "no" and "yes" (any case) are recognised. And even a correct value here only steers an nginx in front of this server, not this one.'
    },
    fixes: {
      send: "Send X-Accel-Buffering: {value}"
    },
    docs: {
      why: 'nginx reads X-Accel-Buffering only from the upstream\'s response headers. `add_header X-Accel-Buffering no;` (or `more_set_headers "X-Accel-Buffering: no"`) adds it to the response this nginx sends to its client, so this nginx keeps buffering: in experiment E08 the client received the header and the stream still came in one lump. It does matter when another nginx or OpenResty proxies this server: that front tier sees it as an upstream header and stops buffering [E09 vs E10]. Only the values `no` and `yes` (case-insensitive) are recognised; `off`, `false`, `0` are silently ignored [E05] (sse-semantics.md SSE002c, SSE002d).',
      bad: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    add_header X-Accel-Buffering off;\n}",
      good: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n}",
      fix: 'Safe: replaces a value that means "off" (`off`, `false`, `0`, `disable`, ...) with `no`, and one that means "on" (`on`, `true`, `1`, ...) with `yes`, keeping the quoting (for more_set_headers only the value inside `X-Accel-Buffering: <value>` changes). A correct `no`/`yes` is reported as information and not changed: whether a front tier needs it cannot be seen from this config.',
      references: [
        "https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header",
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffering",
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_ignore_headers"
      ]
    }
  },
  create(ctx) {
    return {
      directiveNames: ["add_header", "more_set_headers"],
      directive(d, c) {
        for (const found of findHeader(d)) {
          const lower = found.value.toLowerCase();
          const data = { shown: ctx.show(d), value: ctx.code(found.value) };
          if (lower === "no" || lower === "yes" || found.value.includes("$")) {
            ctx.report({ node: d, context: c, messageId: "noEffect", data });
            continue;
          }
          const meant = MEANT_NO.has(lower) ? "no" : MEANT_YES.has(lower) ? "yes" : null;
          ctx.report({
            node: d,
            context: c,
            messageId: "wrongValue",
            severity: "warning",
            data,
            ...meant ? {
              fix: {
                id: "send",
                data: { value: ctx.code(meant) },
                applicability: "safe",
                edits: (f) => f.replaceArg(d, found.index, found.rewrite(meant))
              }
            } : {}
          });
        }
      }
    };
  }
});

// src/model/routing/pcre-parse.ts
var PcreSyntaxError = class extends Error {
  constructor(problem) {
    super(`${problem.kind}${problem.text !== void 0 ? ` ${problem.text}` : ""}`);
    this.problem = problem;
    this.name = "PcreSyntaxError";
  }
  problem;
};
var PARENS_NEST_LIMIT = 250;
var MAX_REPEAT = 65535;
function emptySet() {
  return new Uint32Array(8);
}
function addByte(s, b) {
  s[b >> 5] |= 1 << (b & 31);
}
function hasByte(s, b) {
  return (s[b >> 5] & 1 << (b & 31)) !== 0;
}
function addRange(s, from, to) {
  for (let b = from; b <= to; b++) addByte(s, b);
}
function union(into, other) {
  for (let k = 0; k < 8; k++) into[k] |= other[k];
}
function invert(s) {
  const out = emptySet();
  for (let k = 0; k < 8; k++) out[k] = ~s[k] >>> 0;
  return out;
}
function setOf(pred) {
  const s = emptySet();
  for (let b = 0; b < 256; b++) if (pred(b)) addByte(s, b);
  return s;
}
var isDigit = (b) => b >= 48 && b <= 57;
var isUpper = (b) => b >= 65 && b <= 90;
var isLower = (b) => b >= 97 && b <= 122;
var isWordByte = (b) => isDigit(b) || isUpper(b) || isLower(b) || b === 95;
var isSpace2 = (b) => b === 32 || b >= 9 && b <= 13;
var CLASS_ESCAPES = {
  d: isDigit,
  D: (b) => !isDigit(b),
  w: isWordByte,
  W: (b) => !isWordByte(b),
  s: isSpace2,
  S: (b) => !isSpace2(b),
  h: (b) => b === 9 || b === 32 || b === 160,
  H: (b) => !(b === 9 || b === 32 || b === 160),
  v: (b) => b >= 10 && b <= 13 || b === 133,
  V: (b) => !(b >= 10 && b <= 13 || b === 133),
  N: (b) => b !== 10
};
var POSIX = {
  alpha: (b) => isUpper(b) || isLower(b),
  digit: isDigit,
  alnum: (b) => isDigit(b) || isUpper(b) || isLower(b),
  upper: isUpper,
  lower: isLower,
  xdigit: (b) => isDigit(b) || b >= 65 && b <= 70 || b >= 97 && b <= 102,
  space: isSpace2,
  blank: (b) => b === 32 || b === 9,
  word: isWordByte,
  cntrl: (b) => b < 32 || b === 127,
  punct: (b) => b > 32 && b < 127 && !isDigit(b) && !isUpper(b) && !isLower(b),
  graph: (b) => b > 32 && b < 127,
  print: (b) => b >= 32 && b < 127,
  ascii: (b) => b < 128
};
var SIMPLE_ESCAPES = { a: 7, e: 27, f: 12, n: 10, r: 13, t: 9 };
var UNSUPPORTED_ESCAPES = {
  p: "unicode-property",
  P: "unicode-property",
  X: "unicode-property",
  C: "escape",
  K: "escape",
  L: "escape",
  l: "escape",
  U: "escape",
  u: "escape"
};
function byteOf(code4) {
  return code4 >= 57344 ? code4 - 57344 : code4 & 255;
}
function parsePcre(pattern, caseless) {
  const src = [];
  for (let k = 0; k < pattern.length; k++) src.push(byteOf(pattern.charCodeAt(k)));
  const totalGroups = countGroups(src);
  let i = 0;
  let groups = 0;
  let depth = 0;
  const names = /* @__PURE__ */ new Map();
  const backrefs = [];
  const fail = (kind, text) => {
    throw new PcreSyntaxError(text === void 0 ? { kind } : { kind, text });
  };
  const peek = (k = 0) => src[i + k];
  const ch = (k = 0) => src[i + k] === void 0 ? "" : String.fromCharCode(src[i + k]);
  const literal = (b, f) => {
    const s = emptySet();
    addByte(s, b);
    if (f.i && isUpper(b)) addByte(s, b + 32);
    if (f.i && isLower(b)) addByte(s, b - 32);
    return { t: "set", set: s };
  };
  const foldSet = (s, f) => {
    if (!f.i) return s;
    for (let b = 65; b <= 90; b++) {
      if (hasByte(s, b) || hasByte(s, b + 32)) {
        addByte(s, b);
        addByte(s, b + 32);
      }
    }
    return s;
  };
  const readName = (close) => {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(String.fromCharCode(...src.slice(i, i + 33)));
    if (!m || ch(m[0].length) !== close) fail("malformed", "a group name");
    i += m[0].length + 1;
    return m[0];
  };
  const readHex = (max) => {
    let v = 0;
    let n = 0;
    while (n < max && /[0-9a-fA-F]/.test(ch())) {
      v = v * 16 + parseInt(ch(), 16);
      i++;
      n++;
    }
    return v;
  };
  const escape = (f, inClass) => {
    const c = ch();
    if (c === "") fail("trailing-backslash");
    i++;
    if (c in SIMPLE_ESCAPES) return { byte: SIMPLE_ESCAPES[c] };
    if (c in CLASS_ESCAPES) return { t: "set", set: setOf(CLASS_ESCAPES[c]) };
    if (c in UNSUPPORTED_ESCAPES) fail(UNSUPPORTED_ESCAPES[c], `\\${c}`);
    if (c === "x") {
      if (ch() === "{") {
        i++;
        const v = readHex(8);
        if (ch() !== "}") fail("malformed", "\\x{...}");
        i++;
        if (v > 255) fail("hex-above-ff");
        return { byte: v };
      }
      return { byte: readHex(2) };
    }
    if (c === "o") {
      if (ch() !== "{") fail("malformed", "\\o{...}");
      const end = src.indexOf(125, i);
      const v = parseInt(String.fromCharCode(...src.slice(i + 1, end)), 8);
      if (end === -1 || !(v <= 255)) fail("malformed", "\\o{...}");
      i = end + 1;
      return { byte: v };
    }
    if (c === "c") {
      const n = peek();
      if (n === void 0 || n > 126) fail("malformed", "\\c");
      i++;
      return { byte: (n >= 97 && n <= 122 ? n - 32 : n) ^ 64 };
    }
    if (c === "0") {
      let v = 0;
      for (let n = 0; n < 2 && /[0-7]/.test(ch()); n++, i++) v = v * 8 + Number(ch());
      return { byte: v };
    }
    if (inClass) {
      if (c === "b") return { byte: 8 };
      if (/[1-9]/.test(c)) {
        if (c === "8" || c === "9") return { byte: c.charCodeAt(0) };
        let v = Number(c);
        for (let n = 0; n < 2 && /[0-7]/.test(ch()); n++, i++) v = v * 8 + Number(ch());
        return { byte: v & 255 };
      }
      if (/[A-Za-z]/.test(c)) fail("class-escape", `\\${c}`);
      return { byte: c.charCodeAt(0) };
    }
    if (c === "A" || c === "G") return { t: "assert", kind: "start" };
    if (c === "z") return { t: "assert", kind: "end" };
    if (c === "Z") return { t: "assert", kind: "endnl" };
    if (c === "b") return { t: "assert", kind: "word" };
    if (c === "B") return { t: "assert", kind: "nonword" };
    if (c === "R") {
      const one = (b) => literal(b, { ...f, i: false });
      const crlf = { t: "seq", items: [one(13), one(10)] };
      return { t: "atomic", body: { t: "alt", alts: [crlf, { t: "set", set: setOf((b) => b >= 10 && b <= 13 || b === 133) }] } };
    }
    if (/[1-9]/.test(c)) {
      const start = i - 1;
      let num = Number(c);
      while (/[0-9]/.test(ch()) && num < 1e3) num = num * 10 + Number(src[i++] - 48);
      if (num >= 10 && num > totalGroups && /[0-7]/.test(c)) {
        i = start;
        let v = 0;
        for (let n = 0; n < 3 && /[0-7]/.test(ch()); n++, i++) v = v * 8 + Number(ch());
        return { byte: v & 255 };
      }
      const ref = { index: num };
      backrefs.push(ref);
      return { t: "backref", index: num, caseless: f.i };
    }
    if (c === "g") {
      let body = "";
      if (ch() === "{") {
        const end = src.indexOf(125, i);
        if (end === -1) fail("malformed", "\\g");
        body = String.fromCharCode(...src.slice(i + 1, end));
        i = end + 1;
      } else if (ch() === "<" || ch() === "'") {
        fail("recursion", "\\g<...>");
      } else {
        const m = /^-?[0-9]+/.exec(String.fromCharCode(...src.slice(i, i + 6)));
        if (!m) fail("malformed", "\\g");
        body = m[0];
        i += body.length;
      }
      if (/^-[0-9]+$/.test(body)) {
        const index = groups + 1 + Number(body);
        if (index < 1) fail("no-such-group", body);
        backrefs.push({ index });
        return { t: "backref", index, caseless: f.i };
      }
      if (/^[0-9]+$/.test(body)) {
        backrefs.push({ index: Number(body) });
        return { t: "backref", index: Number(body), caseless: f.i };
      }
      const ref = { name: body };
      backrefs.push(ref);
      return namedRef(ref, f);
    }
    if (c === "k") {
      const open = ch();
      const close = open === "<" ? ">" : open === "'" ? "'" : open === "{" ? "}" : "";
      if (!close) fail("malformed", "\\k");
      i++;
      const ref = { name: readName(close) };
      backrefs.push(ref);
      return namedRef(ref, f);
    }
    if (/[A-Za-z]/.test(c)) fail("escape", `\\${c}`);
    return { byte: c.charCodeAt(0) };
  };
  const pendingNamed = [];
  const namedRef = (ref, f) => {
    const node2 = { t: "backref", index: 0, caseless: f.i };
    pendingNamed.push({ ref, node: node2 });
    return node2;
  };
  const parseClass2 = (f) => {
    let negate = false;
    if (ch() === "^") {
      negate = true;
      i++;
    }
    const set = emptySet();
    let first = true;
    for (; ; ) {
      const c = ch();
      if (c === "") fail("missing-bracket");
      if (c === "]" && !first) {
        i++;
        break;
      }
      first = false;
      if (c === "[") {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(String.fromCharCode(...src.slice(i, i + 12)));
        if (m) {
          const pred = POSIX[m[2]];
          if (!pred) fail("posix-class", `[:${m[2]}:]`);
          union(set, setOf(m[1] ? (b) => !pred(b) : pred));
          i += m[0].length;
          continue;
        }
      }
      let lo;
      if (c === "\\") {
        i++;
        const e = escape(f, true);
        if ("t" in e) {
          union(set, e.set);
          continue;
        }
        lo = e.byte;
      } else {
        lo = src[i++];
      }
      if (ch() === "-" && peek(1) !== void 0 && ch(1) !== "]") {
        i++;
        let hi;
        if (ch() === "\\") {
          i++;
          const e = escape(f, true);
          if ("t" in e) fail("range-order");
          hi = e.byte;
        } else if (ch() === "[" && /^\[:[a-z^]+:\]/.test(String.fromCharCode(...src.slice(i, i + 12)))) {
          fail("range-order");
          hi = 0;
        } else {
          hi = src[i++];
        }
        if (hi < lo) fail("range-order");
        addRange(set, lo, hi);
        continue;
      }
      addByte(set, lo);
    }
    foldSet(set, f);
    return { t: "set", set: negate ? invert(set) : set };
  };
  const readOptions = (f) => {
    const out = { ...f };
    let on = true;
    for (; ; ) {
      const c = ch();
      if (c === ")" || c === ":") {
        i++;
        return { flags: out, end: c };
      }
      if (c === "-") {
        on = false;
      } else if (c === "i" || c === "m" || c === "s" || c === "x" || c === "U" || c === "n") {
        out[c] = on;
      } else if (c === "^") {
        Object.assign(out, { i: false, m: false, s: false, x: false, U: false, n: false });
      } else {
        fail(c ? "option" : "missing-paren", c ? `(?${c})` : void 0);
      }
      i++;
    }
  };
  const skipExtended = (f) => {
    if (!f.x) return;
    for (; ; ) {
      const b = peek();
      if (b === 32 || b !== void 0 && b >= 9 && b <= 13) i++;
      else if (b === 35) {
        while (peek() !== void 0 && peek() !== 10) i++;
      } else return;
    }
  };
  const quantifier = (f) => {
    const c = ch();
    if (c === "*") return i++, { min: 0, max: Infinity };
    if (c === "+") return i++, { min: 1, max: Infinity };
    if (c === "?") return i++, { min: 0, max: 1 };
    if (c === "{") {
      const m = /^\{([0-9]+)(,([0-9]*))?\}/.exec(String.fromCharCode(...src.slice(i, i + 14)));
      if (!m) return null;
      const min = Number(m[1]);
      const max = m[2] === void 0 ? min : m[3] === "" ? Infinity : Number(m[3]);
      if (min > MAX_REPEAT || max !== Infinity && max > MAX_REPEAT) fail("repeat-too-large");
      if (max < min) fail("range-order", m[0]);
      i += m[0].length;
      return { min, max };
    }
    void f;
    return null;
  };
  const parseSeq = (flags) => {
    let f = flags;
    const items = [];
    for (; ; ) {
      skipExtended(f);
      const c = ch();
      if (c === "" || c === "|" || c === ")") break;
      let atom = null;
      if (c === "\\") {
        i++;
        if (ch() === "Q") {
          i++;
          while (i < src.length && !(src[i] === 92 && src[i + 1] === 69)) items.push(literal(src[i++], f));
          if (i < src.length) i += 2;
          continue;
        }
        if (ch() === "E") {
          i++;
          continue;
        }
        const e = escape(f, false);
        atom = "t" in e ? e : literal(e.byte, f);
      } else if (c === "[") {
        i++;
        atom = parseClass2(f);
      } else if (c === ".") {
        i++;
        atom = { t: "set", set: setOf((b) => f.s || b !== 10) };
      } else if (c === "^") {
        i++;
        atom = { t: "assert", kind: f.m ? "mbol" : "bol" };
      } else if (c === "$") {
        i++;
        atom = { t: "assert", kind: f.m ? "meol" : "eol" };
      } else if (c === "(") {
        i++;
        const g = parseGroup(f);
        if (g.flagsOnly) {
          f = g.flags;
          continue;
        }
        atom = g.node;
      } else if (c === "*" || c === "+" || c === "?") {
        fail("nothing-to-repeat");
      } else if (c === "{" && quantifierAhead()) {
        fail("nothing-to-repeat");
      } else {
        atom = literal(src[i++], f);
      }
      skipExtended(f);
      const q = quantifier(f);
      if (q && atom) {
        let mode = f.U ? "lazy" : "greedy";
        if (ch() === "?") {
          mode = f.U ? "greedy" : "lazy";
          i++;
        } else if (ch() === "+") {
          mode = "possessive";
          i++;
        }
        if (atom.t === "look" || atom.t === "assert") {
          atom = q.min === 0 ? { t: "seq", items: [] } : atom;
        } else {
          atom = { t: "repeat", body: atom, min: q.min, max: q.max, mode };
        }
        const again = ch();
        if (again === "*" || again === "+" || again === "?" || again === "{" && quantifierAhead()) fail("double-quantifier");
      }
      if (atom) items.push(atom);
    }
    return { node: items.length === 1 ? items[0] : { t: "seq", items }, flags: f };
  };
  const quantifierAhead = () => /^\{[0-9]+(,[0-9]*)?\}/.test(String.fromCharCode(...src.slice(i, i + 14)));
  const parseAlt = (flags) => {
    const alts = [];
    let f = flags;
    for (; ; ) {
      const s = parseSeq(f);
      alts.push(s.node);
      f = s.flags;
      if (ch() !== "|") break;
      i++;
    }
    return alts.length === 1 ? alts[0] : { t: "alt", alts };
  };
  const parseGroup = (f) => {
    if (++depth > PARENS_NEST_LIMIT) fail("nested-too-deep");
    try {
      const body = (inner) => {
        const n = parseAlt(inner);
        if (ch() !== ")") fail("missing-paren");
        i++;
        return n;
      };
      if (ch() === "*") fail("verb");
      if (ch() !== "?") {
        if (f.n) return { node: body(f), flagsOnly: false };
        const index = ++groups;
        return { node: { t: "group", index, body: body(f) }, flagsOnly: false };
      }
      i++;
      const c = ch();
      if (c === "#") {
        while (i < src.length && src[i] !== 41) i++;
        if (i >= src.length) fail("missing-paren");
        i++;
        return { node: { t: "seq", items: [] }, flagsOnly: false };
      }
      if (c === ":") {
        i++;
        return { node: body(f), flagsOnly: false };
      }
      if (c === ">") {
        i++;
        return { node: { t: "atomic", body: body(f) }, flagsOnly: false };
      }
      if (c === "=" || c === "!") {
        i++;
        return { node: { t: "look", behind: false, negate: c === "!", body: body(f) }, flagsOnly: false };
      }
      if (c === "<" && (ch(1) === "=" || ch(1) === "!")) {
        const negate = ch(1) === "!";
        i += 2;
        const b = body(f);
        if (Array.isArray(fixedLength(b)) && b.t === "alt") {
          const each2 = b.alts.map((a) => ({ t: "look", behind: true, negate, body: a }));
          return { node: negate ? { t: "seq", items: each2 } : { t: "alt", alts: each2 }, flagsOnly: false };
        }
        return { node: { t: "look", behind: true, negate, body: b }, flagsOnly: false };
      }
      if (c === "<" && /[A-Za-z_]/.test(ch(1)) || c === "'" || c === "P" && ch(1) === "<") {
        if (c === "P") i++;
        const close = ch() === "'" ? "'" : ">";
        i++;
        const name = readName(close);
        const index = ++groups;
        if (names.has(name)) fail("duplicate-name", name);
        names.set(name, index);
        return { node: { t: "group", index, body: body(f) }, flagsOnly: false };
      }
      if (c === "P" && ch(1) === "=") {
        i += 2;
        const ref = { name: readName(")") };
        backrefs.push(ref);
        return { node: namedRef(ref, f), flagsOnly: false };
      }
      if (c === "|") fail("branch-reset");
      if (c === "(") fail("conditional");
      if (c === "R" || c === "&" || /[0-9+-]/.test(c) || c === "P" && ch(1) === ">") fail("recursion");
      if (c === "C") fail("callout");
      const o = readOptions(f);
      if (o.end === ")") return { flagsOnly: true, flags: o.flags };
      return { node: body(o.flags), flagsOnly: false };
    } finally {
      depth--;
    }
  };
  const initial2 = { i: caseless, m: false, s: false, x: false, U: false, n: false };
  const node = parseAlt(initial2);
  if (i < src.length) fail("unmatched-paren");
  for (const p of pendingNamed) {
    const index = names.get(p.ref.name);
    if (index === void 0) fail("no-such-name", p.ref.name);
    p.node.index = index;
  }
  for (const r of backrefs) {
    if (r.index !== void 0 && r.index > groups) fail("no-such-group", String(r.index));
  }
  return { node, groups, names };
}
function countGroups(src) {
  let count = 0;
  let inClass = false;
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === 92) {
      k++;
    } else if (inClass) {
      if (c === 93) inClass = false;
    } else if (c === 91) {
      inClass = true;
      if (src[k + 1] === 94) k++;
      if (src[k + 1] === 93) k++;
    } else if (c === 40) {
      const next = String.fromCharCode(src[k + 1] ?? 0, src[k + 2] ?? 0);
      if (next[0] !== "?" || /^\?(P?<[A-Za-z_]|')/.test(String.fromCharCode(...src.slice(k + 1, k + 4)))) count++;
    }
  }
  return count;
}
function fixedLength(n, top = true) {
  const one = (x) => {
    const l = fixedLength(x, false);
    if (typeof l !== "number") throw new PcreSyntaxError({ kind: "lookbehind-length" });
    return l;
  };
  switch (n.t) {
    case "set":
      return 1;
    case "assert":
    case "look":
      return 0;
    case "seq":
      return n.items.reduce((a, x) => a + one(x), 0);
    case "group":
    case "atomic":
      return one(n.body);
    case "repeat":
      if (n.min !== n.max) throw new PcreSyntaxError({ kind: "lookbehind-length" });
      return one(n.body) * n.min;
    case "alt": {
      const lens = n.alts.map(one);
      if (lens.every((l) => l === lens[0])) return lens[0];
      if (top) return lens;
      throw new PcreSyntaxError({ kind: "lookbehind-length" });
    }
    case "backref":
      throw new PcreSyntaxError({ kind: "backref-in-lookbehind" });
  }
}

// src/model/routing/pcre-vm.ts
var PCRE2_MATCH_LIMIT = 1e7;
var MAX_PROGRAM = 1e5;
function lookbehindLength(body) {
  const len = fixedLength(body);
  if (typeof len !== "number") throw new Error("a lookbehind with alternatives of different lengths reached the matcher");
  return len;
}
var PcreLimitError = class extends Error {
  constructor(code4, reason2) {
    super(`pcre2_match() failed: ${code4} (${reason2})`);
    this.code = code4;
    this.reason = reason2;
    this.name = "PcreLimitError";
  }
  code;
  reason;
};
function compileProgram(parsed) {
  const code4 = [];
  let slots = (parsed.groups + 1) * 2;
  const emit = (ins) => {
    if (code4.length >= MAX_PROGRAM) throw new RangeError("the pattern is too large to evaluate here");
    code4.push(ins);
    return code4.length - 1;
  };
  const gen = (n) => {
    switch (n.t) {
      case "set":
        emit({ op: 0 /* Set */, set: n.set });
        return;
      case "seq":
        for (const item of n.items) gen(item);
        return;
      case "alt": {
        const jumps = [];
        n.alts.forEach((a, k) => {
          if (k < n.alts.length - 1) {
            const split = emit({ op: 1 /* Split */, x: code4.length + 1, y: -1 });
            gen(a);
            jumps.push(emit({ op: 2 /* Jmp */, x: -1 }));
            code4[split].y = code4.length;
          } else gen(a);
        });
        for (const j of jumps) code4[j].x = code4.length;
        return;
      }
      case "group":
        emit({ op: 3 /* Save */, slot: n.index * 2 });
        gen(n.body);
        emit({ op: 3 /* Save */, slot: n.index * 2 + 1 });
        return;
      case "assert":
        emit({ op: 4 /* Assert */, kind: n.kind });
        return;
      case "backref":
        emit({ op: 9 /* Backref */, slot: n.index, caseless: n.caseless });
        return;
      case "look": {
        const at = emit({ op: 7 /* Look */, behind: n.behind, negate: n.negate, len: n.behind ? lookbehindLength(n.body) : 0, x: code4.length + 2 });
        const skip = emit({ op: 2 /* Jmp */, x: -1 });
        gen(n.body);
        emit({ op: 10 /* Succeed */ });
        code4[skip].x = code4.length;
        void at;
        return;
      }
      case "atomic": {
        emit({ op: 8 /* Atomic */, x: code4.length + 2 });
        const skip = emit({ op: 2 /* Jmp */, x: -1 });
        gen(n.body);
        emit({ op: 10 /* Succeed */ });
        code4[skip].x = code4.length;
        return;
      }
      case "repeat": {
        if (n.mode === "possessive") {
          gen({ t: "atomic", body: { ...n, mode: "greedy" } });
          return;
        }
        const lazy = n.mode === "lazy";
        for (let k = 0; k < n.min; k++) gen(n.body);
        if (n.max === Infinity) {
          const nullable = minLen(n.body) === 0;
          const reg = nullable ? slots++ : -1;
          const loop = emit({ op: 1 /* Split */, x: -1, y: -1 });
          const body = code4.length;
          if (nullable) emit({ op: 5 /* Mark */, slot: reg });
          gen(n.body);
          const empty = nullable ? emit({ op: 6 /* Empty */, slot: reg, y: -1 }) : -1;
          emit({ op: 2 /* Jmp */, x: loop });
          const out2 = code4.length;
          code4[loop].x = lazy ? out2 : body;
          code4[loop].y = lazy ? body : out2;
          if (empty >= 0) code4[empty].y = out2;
          return;
        }
        const splits = [];
        for (let k = n.min; k < n.max; k++) {
          const s = emit({ op: 1 /* Split */, x: -1, y: -1 });
          splits.push(s);
          const body = code4.length;
          gen(n.body);
          code4[s].x = body;
        }
        const out = code4.length;
        for (const s of splits) {
          const body = code4[s].x;
          code4[s].x = lazy ? out : body;
          code4[s].y = lazy ? body : out;
        }
        return;
      }
    }
  };
  emit({ op: 3 /* Save */, slot: 0 });
  gen(parsed.node);
  emit({ op: 3 /* Save */, slot: 1 });
  emit({ op: 11 /* Match */ });
  const start = firstOf(parsed.node);
  return {
    code: code4,
    groups: parsed.groups,
    slots,
    anchored: anchoredAtStart(parsed.node),
    minLength: minLen(parsed.node),
    first: start.nullable ? null : start.set,
    required: requiredOf(parsed.node)
  };
}
function minLen(n) {
  switch (n.t) {
    case "set":
      return 1;
    case "seq":
      return n.items.reduce((a, x) => a + minLen(x), 0);
    case "alt":
      return Math.min(...n.alts.map(minLen));
    case "group":
    case "atomic":
      return minLen(n.body);
    case "repeat":
      return n.min === 0 ? 0 : minLen(n.body) * n.min;
    default:
      return 0;
  }
}
function anchoredAtStart(n) {
  switch (n.t) {
    case "assert":
      return n.kind === "bol" || n.kind === "start";
    case "seq":
      return n.items.length > 0 && anchoredAtStart(n.items[0]);
    case "alt":
      return n.alts.every(anchoredAtStart);
    case "group":
    case "atomic":
      return anchoredAtStart(n.body);
    case "repeat":
      return n.min > 0 && anchoredAtStart(n.body);
    default:
      return false;
  }
}
function firstOf(n) {
  const set = new Uint32Array(8);
  const or = (s) => {
    for (let k = 0; k < 8; k++) set[k] |= s[k];
  };
  switch (n.t) {
    case "set":
      return { set: n.set, nullable: false };
    case "seq": {
      for (const item of n.items) {
        const f = firstOf(item);
        or(f.set);
        if (!f.nullable) return { set, nullable: false };
      }
      return { set, nullable: true };
    }
    case "alt": {
      let nullable = false;
      for (const a of n.alts) {
        const f = firstOf(a);
        or(f.set);
        nullable ||= f.nullable;
      }
      return { set, nullable };
    }
    case "group":
    case "atomic":
      return firstOf(n.body);
    case "repeat": {
      const f = firstOf(n.body);
      return { set: f.set, nullable: f.nullable || n.min === 0 };
    }
    case "assert":
    case "look":
      return { set, nullable: true };
    case "backref":
      return { set: new Uint32Array(8).fill(4294967295), nullable: true };
  }
}
function requiredOf(n) {
  switch (n.t) {
    case "set": {
      let count = 0;
      const bytes = [];
      for (let b = 0; b < 256 && count <= 2; b++) if (hasByte(n.set, b)) count++, bytes.push(b);
      if (count === 1 || count === 2 && bytes[1] - bytes[0] === 32 && bytes[0] >= 65 && bytes[0] <= 90) return n.set;
      return null;
    }
    case "seq": {
      let last = null;
      for (const item of n.items) last = requiredOf(item) ?? last;
      return last;
    }
    case "alt": {
      const each2 = n.alts.map(requiredOf);
      const first = each2[0];
      return first && each2.every((e) => e && e.every((w, k) => w === first[k])) ? first : null;
    }
    case "group":
    case "atomic":
      return requiredOf(n.body);
    case "repeat":
      return n.min > 0 ? requiredOf(n.body) : null;
    default:
      return null;
  }
}
function execProgram(p, s, matchLimit = PCRE2_MATCH_LIMIT) {
  const n = s.length;
  if (n < p.minLength) return null;
  if (p.required) {
    let found = false;
    for (let k = 0; k < n && !found; k++) found = hasByte(p.required, s[k]);
    if (!found) return null;
  }
  const code4 = p.code;
  const regs = new Int32Array(p.slots).fill(-1);
  let bt = new Int32Array(3 * 1024);
  let sp = 0;
  let log = new Int32Array(2 * 1024);
  let lp = 0;
  let pushes = 0;
  const limit = matchLimit;
  const MAX_ENTRIES = 4e6;
  const setReg = (slot, v) => {
    if (lp + 2 > log.length) {
      if (log.length / 2 >= MAX_ENTRIES) throw new PcreLimitError(-63, "heap limit exceeded");
      const bigger = new Int32Array(log.length * 2);
      bigger.set(log);
      log = bigger;
    }
    log[lp++] = slot;
    log[lp++] = regs[slot];
    regs[slot] = v;
  };
  const undoTo = (to) => {
    while (lp > to) {
      const old2 = log[--lp];
      const slot = log[--lp];
      regs[slot] = old2;
    }
  };
  const push = (pc, pos) => {
    if (++pushes > limit) throw new PcreLimitError(-47, "match limit exceeded");
    if (sp + 3 > bt.length) {
      if (bt.length / 3 >= MAX_ENTRIES) throw new PcreLimitError(-63, "heap limit exceeded");
      const bigger = new Int32Array(bt.length * 2);
      bigger.set(bt);
      bt = bigger;
    }
    bt[sp++] = pc;
    bt[sp++] = pos;
    bt[sp++] = lp;
  };
  const word = (pos) => pos >= 0 && pos < n && isWordByte(s[pos]);
  const assert = (kind, pos) => {
    switch (kind) {
      case "bol":
      case "start":
        return pos === 0;
      case "mbol":
        return pos === 0 || s[pos - 1] === 10 && pos < n;
      case "eol":
      case "endnl":
        return pos === n || pos === n - 1 && s[pos] === 10;
      case "meol":
        return pos === n || s[pos] === 10;
      case "end":
        return pos === n;
      case "word":
        return word(pos - 1) !== word(pos);
      case "nonword":
        return word(pos - 1) === word(pos);
    }
  };
  const fold = (b) => b >= 65 && b <= 90 ? b + 32 : b;
  const run = (pc0, pos0, endAt) => {
    const base = sp;
    const logBase = lp;
    let pc = pc0;
    let pos = pos0;
    for (; ; ) {
      const ins = code4[pc];
      let ok = true;
      switch (ins.op) {
        case 0 /* Set */:
          if (pos < n && hasByte(ins.set, s[pos])) {
            pos++;
            pc++;
          } else ok = false;
          break;
        case 1 /* Split */:
          push(ins.y, pos);
          pc = ins.x;
          break;
        case 2 /* Jmp */:
          pc = ins.x;
          break;
        case 3 /* Save */:
        case 5 /* Mark */:
          setReg(ins.slot, pos);
          pc++;
          break;
        case 6 /* Empty */:
          pc = regs[ins.slot] === pos ? ins.y : pc + 1;
          break;
        case 4 /* Assert */:
          if (assert(ins.kind, pos)) pc++;
          else ok = false;
          break;
        case 9 /* Backref */: {
          const from = regs[ins.slot * 2];
          const to = regs[ins.slot * 2 + 1];
          if (from < 0 || to < 0) {
            ok = false;
            break;
          }
          const len = to - from;
          if (pos + len > n) {
            ok = false;
            break;
          }
          for (let k = 0; k < len && ok; k++) {
            const a = s[from + k];
            const b = s[pos + k];
            ok = a === b || ins.caseless && fold(a) === fold(b);
          }
          if (ok) {
            pos += len;
            pc++;
          }
          break;
        }
        case 7 /* Look */: {
          const at = ins.behind ? pos - ins.len : pos;
          const hit = at >= 0 && run(ins.x, at, ins.behind ? pos : -1) >= 0;
          if (hit !== !!ins.negate) pc = code4[pc + 1].x;
          else ok = false;
          break;
        }
        case 8 /* Atomic */: {
          const end = run(ins.x, pos, -1);
          if (end >= 0) {
            pos = end;
            pc = code4[pc + 1].x;
          } else ok = false;
          break;
        }
        case 10 /* Succeed */:
          if (endAt >= 0 && pos !== endAt) {
            ok = false;
            break;
          }
          sp = base;
          return pos;
        case 11 /* Match */:
          sp = base;
          return pos;
      }
      if (ok) continue;
      if (sp === base) {
        undoTo(logBase);
        return -1;
      }
      undoTo(bt[--sp]);
      pos = bt[--sp];
      pc = bt[--sp];
    }
  };
  const last = p.anchored ? 0 : n;
  for (let start = 0; start <= last; start++) {
    if (n - start < p.minLength) break;
    if (p.first && (start >= n || !hasByte(p.first, s[start]))) continue;
    regs.fill(-1);
    lp = 0;
    sp = 0;
    if (run(0, start, -1) >= 0) return regs.slice(0, (p.groups + 1) * 2);
  }
  return null;
}

// src/model/routing/subject.ts
var PUA = 57344;
function bytesToSubject(bytes) {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b < 128 ? b : PUA + b);
  return s;
}
function textToSubject(text, encoding = "utf8") {
  return bytesToSubject(Buffer.from(text, encoding));
}
function subjectToBytes(s) {
  const out = Buffer.alloc(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[i] = c >= PUA ? c - PUA : c;
  }
  return out;
}
function fromSubject(s) {
  const bytes = subjectToBytes(s);
  const text = bytes.toString("utf8");
  return Buffer.from(text, "utf8").equals(bytes) ? text : bytes.toString("latin1");
}
function argSubject(value, file) {
  return textToSubject(value, file.encoding);
}

// src/model/routing/pcre.ts
var Pcre = class {
  /** @internal */
  constructor(source, program, names, matchLimit) {
    this.source = source;
    this.program = program;
    this.names = names;
    this.matchLimit = matchLimit;
  }
  source;
  program;
  names;
  matchLimit;
  /** Whether the pattern matches somewhere in the subject. Throws PcreLimitError where nginx gets an error. */
  test(subject) {
    return execProgram(this.program, subjectToBytes(subject), this.matchLimit) !== null;
  }
  /**
   * The match and its groups as subjects (`[whole, $1, $2, ...]`, undefined for a group that took no part), or
   * null. Throws PcreLimitError where nginx gets an error.
   */
  exec(subject) {
    const caps = execProgram(this.program, subjectToBytes(subject), this.matchLimit);
    if (!caps) return null;
    const out = [];
    for (let k = 0; k < caps.length; k += 2) out.push(caps[k] < 0 || caps[k + 1] < 0 ? void 0 : subject.slice(caps[k], caps[k + 1]));
    return out;
  }
};
function compilePcre(pattern, caseless, options = {}) {
  const key = `${caseless ? "i" : "-"}${options.matchLimit ?? ""}\0${pattern}`;
  let compiled = compiledPatterns.get(key);
  if (!compiled) {
    compiled = compileNow(pattern, caseless, options);
    if (compiledPatterns.size >= 1e4) compiledPatterns.clear();
    compiledPatterns.set(key, compiled);
  }
  return { ...compiled };
}
var compiledPatterns = /* @__PURE__ */ new Map();
function compileNow(pattern, caseless, options) {
  try {
    const parsed = parsePcre(pattern, caseless);
    const program = compileProgram(parsed);
    return { regex: new Pcre(pattern, program, parsed.names, options.matchLimit ?? PCRE2_MATCH_LIMIT), error: null };
  } catch (e) {
    if (e instanceof PcreSyntaxError) return { regex: null, error: e.problem };
    if (e instanceof RangeError) return { regex: null, error: { kind: "too-large" } };
    throw e;
  }
}

// src/model/queries/conditions.ts
var METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
function methodsMatched(iff) {
  if (iff.kind !== "if" || !iff.directive) return null;
  const text = iff.directive.args.map((a) => a.value).join(" ");
  const m = /^\(\s*\$request_method\s*(!?=|!?~\*?)\s*(.*?)\s*\)$/.exec(text);
  if (!m) return null;
  const [, op, value] = m;
  let test;
  if (op === "=" || op === "!=") test = (method) => method === value;
  else {
    const { regex } = compilePcre(textToSubject(value), op.endsWith("*"));
    if (!regex) return null;
    test = (method) => regex.test(method);
  }
  const negate = op.startsWith("!");
  return METHODS.filter((method) => test(method) !== negate);
}

// src/model/queries/response-headers.ts
function moreHeaders(d) {
  const out = [];
  const clear = d.name.includes("_clear_");
  for (let k = 0; k < d.argc; k++) {
    const a = d.arg(k);
    if (a === "-s" || a === "-t") {
      k++;
      continue;
    }
    if (clear) {
      out.push({ name: a, value: null });
      continue;
    }
    const colon = a.indexOf(":");
    const name = (colon === -1 ? a : a.slice(0, colon)).trim();
    const value = colon === -1 ? "" : a.slice(colon + 1).trim();
    if (name) out.push({ name, value: value === "" ? null : value });
  }
  return out;
}
function inCommandOrder(levels, entries3) {
  const rank = (e) => levels.length - levels.indexOf(e.context);
  const at = (e) => directiveOrder(e.context).get(e.directive);
  return [...entries3].sort((a, b) => rank(a) - rank(b) || at(a) - at(b));
}
function headersMoreSent(model, ctx) {
  if (!writtenInTree(ctx, "more_set_headers") && !writtenInTree(ctx, "more_clear_headers")) return NO_HEADERS;
  const set = model.effectiveList(ctx, "more_set_headers");
  const clear = model.effectiveList(ctx, "more_clear_headers");
  if (set.entries.length === 0 && clear.entries.length === 0) return NO_HEADERS;
  const more = /* @__PURE__ */ new Map();
  for (const e of inCommandOrder(set.levels, [...set.entries, ...clear.entries])) {
    for (const h of moreHeaders(e.directive)) {
      const name = h.name.toLowerCase();
      if (h.value !== null) {
        more.set(name, { value: h.value, directive: e.directive });
        continue;
      }
      for (const k of [...more.keys()]) if (name.endsWith("*") ? k.startsWith(name.slice(0, -1)) : k === name) more.delete(k);
    }
  }
  return more;
}
var NO_HEADERS = /* @__PURE__ */ new Map();
function responseHeader(model, ctx, name) {
  const out = [];
  const more = headersMoreSent(model, ctx).get(name);
  if (more) out.push(more);
  for (const e of model.effectiveList(ctx, "add_header").entries) {
    const d = e.directive;
    if (!d.argIs(0, name)) continue;
    const value = d.arg(1) ?? "";
    if (value !== "") out.push({ value, directive: d });
  }
  return out;
}
function droppedAddHeaders(model, level) {
  const list = model.effectiveList(level, "add_header");
  const lost = lostAt(list, level);
  if (lost.length === 0) return lost;
  const more = headersMoreSent(model, level);
  return lost.filter((e) => (e.directive.arg(1) ?? "") !== "" && !more.has(entryKey(e.directive) ?? ""));
}

// rules/add-header-in-if.ts
var add_header_in_if_default = defineRule({
  meta: {
    id: "add-header-in-if",
    summary: "add_header inside if drops the outer add_header lines when the condition matches",
    severity: "warning",
    fix: "suggestion",
    messages: {
      repeated: "add_header inside {iff} replaces the add_header list of the enclosing levels; the {count} outer header(s) are repeated inside, so nothing is lost today, but a header added outside later will be missing whenever the condition matches.{stream}",
      snippet: "add_header inside {iff} replaces the add_header list of the enclosing levels: wherever this file is included, every add_header of the including location, its server and http is not sent whenever the condition matches.{stream}",
      lost: "add_header inside {iff} replaces the add_header list of the enclosing levels: whenever the condition matches, {count} header(s) are not sent: {lost}.{stream}{recipe}",
      recipe: " Repeat them inside the if, or set the value with a map variable instead of an if.",
      streamToo: " The location is a stream ({why}): its event-stream responses lose them too when the condition matches.",
      streamSpared: " The location is a stream ({why}), but the condition matches only {methods} requests, not the GET or POST that opens the stream: the stream responses keep the outer headers."
    },
    fixes: {
      copyOuter: "Repeat the {count} outer add_header lines inside {iff}"
    },
    related: {
      notSent: "not sent when {iff} matches"
    },
    docs: {
      why: "`if` in a location is an anonymous nested location (ngx_http_rewrite_if), and add_header is a replacing list: one add_header inside the `if` makes every add_header of the location, the server and http disappear for the requests that match the condition (sse-semantics.md \xA72.2, SSE011, SSE012; experiment E24: with ?flag=1 the response had X-Inner but no X-Outer). The stream itself is unaffected (buffering and timeouts cannot be set in `if` and are inherited, E24), so the trap is silent: CORS or security headers vanish only for some requests. From nginx 1.29.3 `add_header_inherit merge;` inside the `if` keeps the outer lines. more_set_headers accumulates (E42) and is not affected.",
      bad: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    add_header X-Content-Type-Options nosniff;\n    if ($arg_debug) {\n        add_header X-Debug 1;\n    }\n}",
      good: 'map $arg_debug $debug_header {\n    default "";\n    ~.     1;\n}\n\nserver {\n    listen 80;\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        add_header X-Content-Type-Options nosniff;\n        add_header X-Debug $debug_header;\n    }\n}',
      fix: "Suggestion (shown by `--diff`, never applied): the outer add_header lines repeated inside the `if`. whether the outer headers belong on the matching requests, or whether the `if` should become a map variable (an add_header with an empty value sends nothing), is a decision about the application.",
      references: [
        "https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header",
        "https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#if",
        "https://nginx.org/en/docs/http/ngx_http_map_module.html#map"
      ]
    }
  },
  create(ctx) {
    return {
      if(iff) {
        if (!ctx.model.locationOf(iff)) return;
        const list = ctx.model.effectiveList(iff, "add_header");
        const lost = droppedAddHeaders(ctx.model, iff);
        const firstEntry = list.entries.find((e) => e.context === iff);
        if (!firstEntry) return;
        const first = firstEntry.directive;
        const methods = methodsMatched(iff);
        const spared = methods !== null && !methods.includes("GET") && !methods.includes("POST");
        const stream = !ctx.model.isStream(iff) ? null : spared ? ctx.message("streamSpared", { why: ctx.stream(iff), methods: ctx.list(methods.map((m) => ctx.code(m)), "or") }) : ctx.message("streamToo", { why: ctx.stream(iff) });
        if (lost.length === 0) {
          const replaced = list.dropped.filter((x) => x.droppedBy === iff && x.how === "replaced" && (x.entry.directive.args[1]?.value ?? "") !== "");
          if (replaced.length > 0) {
            ctx.report({ node: first, context: iff, messageId: "repeated", severity: "info", data: { iff: ctx.level(iff), count: replaced.length, stream } });
            return;
          }
          const top = list.levels[list.levels.length - 1];
          const isRoot = (l) => !!l && (l.directive === null || l.assumed !== void 0);
          if (top && isRoot(top) && top.kind === "location" && !top.assumedIn && list.levels.every((l) => l === iff || isRoot(l))) {
            ctx.report({ node: first, context: iff, messageId: "snippet", data: { iff: ctx.level(iff), stream } });
          }
          return;
        }
        ctx.report({
          node: first,
          context: iff,
          messageId: "lost",
          data: { iff: ctx.level(iff), count: lost.length, lost: ctx.entries(lost), stream },
          related: lost.map((e) => ctx.related(e.directive, "notSent", { iff: ctx.level(iff) })),
          recipe: ctx.message("recipe"),
          // Whether the outer headers belong in this branch too is the user's call (often they do not).
          ...iff.directive ? { fix: {
            id: "copyOuter",
            data: { count: lost.length, iff: ctx.level(iff) },
            applicability: "suggestion",
            edits: (f) => f.insertCopies(iff.directive, lost.map((e) => e.directive), "add_header")
          } } : {}
        });
      }
    };
  }
});

// rules/add-header-redefinition.ts
var INHERIT_SINCE = "1.29.3";
var ENFORCED = /^(strict-transport-security|content-security-policy(-report-only)?|x-frame-options|x-content-type-options|x-xss-protection|referrer-policy|permissions-policy|cross-origin-(opener|embedder|resource)-policy|access-control-[a-z-]+)$/i;
var add_header_redefinition_default = defineRule({
  meta: {
    id: "add-header-redefinition",
    summary: "add_header in a nested level drops every inherited add_header",
    severity: "warning",
    fix: "unsafe",
    messages: {
      lost: "add_header in this {level} replaces the inherited add_header list, so {count} header(s) set above are not sent from here: {lost}. nginx inherits add_header only into levels that have none.{stream} {hint}",
      streamLocation: " This is a stream location ({why}).",
      snippet: "add_header in this {level} replaces the add_header list of the levels that include this file: wherever it is included, every add_header of the including server and http (HSTS, CORS, security headers) is not sent from here.{stream} Check what the including levels set, and repeat it here.",
      repeatOrSnippet: "Repeat them here or put them in a snippet included at every level{ignored}.",
      inheritIgnored: " (add_header_inherit needs nginx {since}; the target is {target})",
      repeatOrMerge: 'Repeat them here, or add "add_header_inherit merge;"{since} to keep the inherited ones.',
      mergeSince: " (nginx {since}+)"
    },
    fixes: {
      repeat: "Repeat the {count} inherited add_header line(s) in this {level}"
    },
    related: {
      notSent: "not sent from {level}"
    },
    docs: {
      why: "add_header is a replacing list: a server or location that has any add_header line of its own does not inherit a single add_header from the levels above (ngx_http_headers_merge_conf: the parent list is used only when the level has none; sse-semantics.md \xA72.1 and SSE011, experiment E25: server X-Server plus location X-Loc gave only X-Loc). Stream locations often add something of their own, such as `add_header Cache-Control no-cache;` or `add_header X-Accel-Buffering no;`, and so silently lose server-wide CORS, HSTS and security headers. From nginx 1.29.3 `add_header_inherit merge;` keeps the parent lines. OpenResty's more_set_headers accumulates across levels instead (E42) and is not reported. add_header inside `if` is reported by add-header-in-if. A level that serves event streams (a stream location, or a server or location whose list stream locations inherit) is reported for any lost header; elsewhere only when a lost header is one browsers enforce (Strict-Transport-Security, Content-Security-Policy, X-Frame-Options, X-Content-Type-Options, Referrer-Policy, Permissions-Policy, Cross-Origin-*, Access-Control-*), and then as a note: sse-lint is not a general nginx linter.",
      bad: 'server {\n    listen 80;\n    add_header Strict-Transport-Security "max-age=31536000" always;\n\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_buffering off;\n        add_header Cache-Control no-cache;\n    }\n}',
      good: 'server {\n    listen 80;\n    add_header Strict-Transport-Security "max-age=31536000" always;\n\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_buffering off;\n        add_header Cache-Control no-cache;\n        add_header Strict-Transport-Security "max-age=31536000" always;\n    }\n}',
      fix: "Unsafe: copies the lost add_header lines, in their order, into the level after its own add_header lines. The response then carries headers it did not carry before, which is usually the intent but changes behaviour; a shared include or (nginx 1.29.3+) `add_header_inherit merge;` are alternatives worth considering.",
      references: [
        "https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header",
        "https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header_inherit"
      ]
    }
  },
  create(ctx) {
    const streamsServed = (level) => {
      if (ctx.model.isStream(level)) return true;
      const below = (c) => c.children.some((l) => l.kind === "location" && (ctx.model.isStream(l) && ctx.model.effectiveList(l, "add_header").from === level || below(l)));
      return below(level);
    };
    const check = (level) => {
      if (!level.directive || firstDirectiveNamed(level, "add_header") === null) return;
      const list = ctx.model.effectiveList(level, "add_header");
      const lost = droppedAddHeaders(ctx.model, level);
      const own2 = list.entries.find((e) => e.context === level);
      const top = list.levels[list.levels.length - 1];
      if (lost.length === 0 && own2 && level.kind === "location" && top && top !== level && !top.directive && !top.assumedIn && list.levels.every((l) => l === level || !l.directive)) {
        const stream2 = ctx.model.isStream(level) ? ctx.message("streamLocation", { why: ctx.stream(level) }) : null;
        ctx.report({ node: own2.directive, context: level, messageId: "snippet", severity: "info", data: { level: ctx.code(level.kind), stream: stream2 } });
        return;
      }
      if (lost.length === 0) return;
      const streams = streamsServed(level);
      if (!streams && !lost.some((e) => ENFORCED.test(e.directive.args[0]?.value ?? ""))) return;
      const first = list.entries.find((e) => e.context === level).directive;
      const stream = ctx.model.isStream(level) ? ctx.message("streamLocation", { why: ctx.stream(level) }) : null;
      ctx.report({
        node: first,
        context: level,
        messageId: "lost",
        ...streams ? {} : { severity: "info" },
        data: { level: ctx.code(level.kind), count: lost.length, lost: ctx.entries(lost), stream, hint: fixHint(ctx, level) },
        related: lost.map((e) => ctx.related(e.directive, "notSent", { level: ctx.level(level) })),
        fix: {
          id: "repeat",
          data: { count: lost.length, level: ctx.code(level.kind) },
          applicability: "unsafe",
          edits: (f) => f.insertCopies(level.directive, lost.map((e) => e.directive), "add_header")
        }
      });
    };
    return { server: check, location: check };
  }
});
function fixHint(ctx, level) {
  const v = ctx.model.version;
  const since = ctx.code(INHERIT_SINCE);
  if (v && compareVersions(v, INHERIT_SINCE) < 0) {
    const written = ctx.model.effective(level, "add_header_inherit");
    const ignored = written.origin.kind === "directive" ? ctx.message("inheritIgnored", { since, target: ctx.code(ctx.model.versionText ?? "") }) : null;
    return ctx.message("repeatOrSnippet", { ignored });
  }
  return ctx.message("repeatOrMerge", { since: v ? null : ctx.message("mergeSince", { since }) });
}

// src/model/queries/mime-types.ts
function eventStreamType(list) {
  for (const entry of list.entries) {
    for (const a of entry.directive.args) {
      const t2 = a.value.toLowerCase();
      if (t2 === "text/event-stream" || t2 === "*") return { entry, type: a.value };
    }
  }
  return null;
}

// rules/body-filter-on-stream.ts
var body_filter_on_stream_default = defineRule({
  meta: {
    id: "body-filter-on-stream",
    summary: "sub_filter, SSI or add_before_body/add_after_body rewrite event-stream payloads",
    severity: "warning",
    fix: "suggestion",
    streamOnly: true,
    messages: {
      sub: "sub_filter rewrites this event stream ({origin}; {types} in {typesLevel} applies it to event streams): {flow} text inside their data is replaced. Stream: {why}.",
      ssi: "ssi is on here ({origin}) and {types} in {typesLevel} applies it to event streams: {flow} anything in their data that looks like an SSI command (<!--# ... -->) is executed or removed. Stream: {why}.",
      flowing: "events still stream, but",
      heldBack: "the events are held back anyway, because {directive} is on ({origin}; see buffering-on), and",
      addition: "{directive} adds a subrequest's output to this event stream ({origin}; {types} in {typesLevel} applies it to event streams): the injected text is not framed as events and corrupts the stream. Stream: {why}."
    },
    fixes: {
      subTypes: "Limit sub_filter to HTML in {place}",
      ssiOff: "Turn SSI off for {place}",
      additionOff: "Switch {directive} off for {place}"
    },
    related: {
      typeList: "this type list lets text/event-stream through",
      subFilter: "sub_filter is set here"
    },
    docs: {
      why: 'The sub_filter and SSI filters pass flushed buffers on, so an unbuffered stream still arrives on time [E29, E30], but they change what the client receives: sub_filter replaced text inside the JSON of each event in [E29], and SSI executes or strips anything that looks like `<!--# ... -->`. `add_before_body` and `add_after_body` insert the output of a subrequest before or after the response, text that is not event framing and corrupts the stream (from ngx_http_addition_filter_module.c; not measured). All three act only on the MIME types in sub_filter_types, ssi_types and addition_types (text/html by default), so they reach an event stream only when the list has text/event-stream or `*`, as in a panel\'s "replace text" toggle that sets `sub_filter_types *` (sse-semantics.md SSE013, \xA75.4).',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    sub_filter "http://backend" "https://example.com";\n    sub_filter_types *;\n}',
      good: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    sub_filter "http://backend" "https://example.com";\n    sub_filter_types application/json;\n}',
      fix: "Suggestion (shown by `--diff`, never applied): `sub_filter_types text/html;`, `ssi off;` or an empty `add_before_body`/`add_after_body` in the stream location. the filter is there for other responses, and only its owner knows what it must still rewrite. Keep text/event-stream out of the *_types list (no `*`), or move the filter out of the level that the stream location inherits from.",
      references: [
        "https://nginx.org/en/docs/http/ngx_http_sub_module.html#sub_filter_types",
        "https://nginx.org/en/docs/http/ngx_http_ssi_module.html#ssi_types",
        "https://nginx.org/en/docs/http/ngx_http_addition_module.html#addition_types"
      ]
    }
  },
  create(ctx) {
    const typesData = (m, loc) => ({
      types: ctx.show(m.entry.directive),
      typesLevel: ctx.level(m.entry.context, loc)
    });
    const related = (m, node) => m.entry.directive !== node ? [ctx.related(m.entry.directive, "typeList")] : [];
    const nodeFor = (v, at) => setDirectlyIn(v, at) ?? at.directive;
    const flow = (loc) => {
      const name = bufferingDirective(ctx.model.handler(loc).module);
      const v = name ? ctx.model.effective(loc, name) : null;
      return v && v.value === "on" ? ctx.message("heldBack", { directive: ctx.code(name), origin: ctx.origin(v) }) : ctx.message("flowing");
    };
    return {
      streamLocation(loc) {
        if (!loc.directive) return;
        const why = ctx.stream(loc);
        const subs = ctx.model.effectiveList(loc, "sub_filter");
        const subTypes = eventStreamType(ctx.model.effectiveList(loc, "sub_filter_types"));
        const firstSub = subs.entries[0];
        if (firstSub && subTypes) {
          const here = writtenDirectlyIn(firstSub.directive, loc);
          const node = here ? firstSub.directive : loc.directive;
          const ownTypes = subTypes.entry.context === loc;
          ctx.report({
            node,
            context: loc,
            messageId: "sub",
            data: { origin: ctx.origin(entryValue(loc, firstSub, subs.levels), { more: subs.entries.length - 1 }), ...typesData(subTypes, loc), why, flow: flow(loc) },
            related: [...here ? [] : [ctx.related(firstSub.directive, "subFilter")], ...related(subTypes, node)],
            // Which types to rewrite is the user's call: offered, never applied.
            fix: {
              id: "subTypes",
              data: { place: ctx.level(loc) },
              applicability: "suggestion",
              edits: (f) => ownTypes ? f.replaceArgs(subTypes.entry.directive, ["text/html"]) : f.insertDirective(loc.directive, "sub_filter_types text/html;")
            }
          });
        }
        const ssiTypes = eventStreamType(ctx.model.effectiveList(loc, "ssi_types"));
        if (ssiTypes) {
          const ssi = ctx.model.effective(loc, "ssi");
          const sites = [];
          if (ssi.value === "on") sites.push({ at: loc, v: ssi });
          else for (const s of ifsSetting(ctx.model, loc, "ssi")) if (s.value.value === "on") sites.push({ at: s.ctx, v: s.value });
          for (const { at, v } of sites) {
            const node = nodeFor(v, at);
            const own2 = setDirectlyIn(v, at);
            ctx.report({
              node,
              context: at,
              messageId: "ssi",
              data: { origin: ctx.origin(v), ...typesData(ssiTypes, loc), why, flow: flow(loc) },
              related: related(ssiTypes, node),
              fix: {
                id: "ssiOff",
                data: { place: ctx.level(at) },
                applicability: "suggestion",
                edits: (f) => own2 ? f.replaceArg(own2, 0, "off") : f.insertDirective(at.directive, "ssi off;")
              }
            });
          }
        }
        const additionTypes = eventStreamType(ctx.model.effectiveList(loc, "addition_types"));
        if (additionTypes) {
          for (const name of ["add_before_body", "add_after_body"]) {
            const v = ctx.model.effective(loc, name);
            if (v.origin.kind !== "directive" || !v.args?.[0]) continue;
            const node = nodeFor(v, loc);
            const own2 = setDirectlyIn(v, loc);
            ctx.report({
              node,
              context: loc,
              messageId: "addition",
              data: { directive: ctx.code(name), origin: ctx.origin(v), ...typesData(additionTypes, loc), why },
              related: related(additionTypes, node),
              fix: {
                id: "additionOff",
                data: { directive: ctx.code(name), place: ctx.level(loc) },
                applicability: "suggestion",
                edits: (f) => own2 ? f.removeDirective(own2) : f.insertDirective(loc.directive, `${name} "";`)
              }
            });
          }
        }
      }
    };
  }
});

// rules/buffering-on.ts
var buffering_on_default = defineRule({
  meta: {
    id: "buffering-on",
    summary: "Response buffering holds event-stream data back",
    severity: "error",
    fix: "safe",
    streamOnly: true,
    messages: {
      on: '{directive} is on here ({origin}); events reach clients in lumps when a buffer fills or the stream ends. Stream: {why}. (A backend that sends "X-Accel-Buffering: no" would also turn it off per response; that cannot be seen from the config.)',
      invalid: "{directive} is {value} here ({origin}), which is not off: nginx -t rejects the value, and only off stops the buffering that delivers events in lumps when a buffer fills or the stream ends. Stream: {why}."
    },
    fixes: {
      turnOff: "Turn {directive} off for this location"
    },
    related: {
      setOn: "{directive} on is set here",
      setInvalid: "{directive} {value} is set here"
    },
    docs: {
      why: "With proxy_buffering on (the default) nginx passes response data on only when a proxy buffer (4 KiB by default) fills or the response ends, so small events arrive in lumps or all at once at the end (sse-semantics.md SSE001; experiments E01, E34, E36). With buffering off every upstream read is written to the client immediately (E02). The same holds for fastcgi_buffering, uwsgi_buffering and scgi_buffering. gRPC and memcached are always unbuffered.",
      bad: "location /v1/chat/completions {\n    proxy_pass http://127.0.0.1:8080;\n}",
      good: "location /v1/chat/completions {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n}",
      fix: "Safe: inserts `proxy_buffering off;` (or the fastcgi/uwsgi/scgi equivalent) into the stream location only. Turning buffering off for a whole server is not done: unbuffered proxying ties an upstream connection to slow clients.",
      references: ["https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffering", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_ignore_headers"]
    }
  },
  create(ctx) {
    return {
      streamLocation(loc) {
        const name = bufferingDirective(ctx.model.handler(loc).module);
        if (!name) return;
        const v = ctx.model.effective(loc, name);
        if (v.value === "off" || v.value === null) return;
        const setHere = setAt(v, loc);
        const invalid = v.value !== "on";
        ctx.report({
          // A value written in this location is the thing to point at; otherwise the location itself.
          node: setHere ?? loc.directive,
          context: loc,
          messageId: invalid ? "invalid" : "on",
          data: { directive: ctx.code(name), origin: ctx.origin(v), why: ctx.stream(loc), ...invalid ? { value: ctx.code(v.args?.[0] ?? v.value) } : {} },
          related: !setHere && v.origin.kind === "directive" ? [invalid ? ctx.related(v.origin.directive, "setInvalid", { directive: ctx.code(name), value: ctx.code(v.args?.[0] ?? v.value) }) : ctx.related(v.origin.directive, "setOn", { directive: ctx.code(name) })] : [],
          provenance: v,
          // The edit goes where the value is written, a snippet included here too: the engine keeps it when every
          // includer needs it and otherwise offers the snippet copied inline here instead (unsafe).
          fix: {
            id: "turnOff",
            data: { directive: ctx.code(name) },
            applicability: "safe",
            edits: (f) => setHere ? f.replaceArg(setHere, 0, "off") : f.insertDirective(loc.directive, `${name} off;`)
          }
        });
      }
    };
  }
});

// rules/cache-on-stream.ts
var CACHING = new Set(BUFFERING_MODULES);
var FRESHNESS_HEADERS = /* @__PURE__ */ new Set(["cache-control", "expires", "x-accel-expires"]);
function alwaysSet(list) {
  return list.entries.some((e) => e.directive.argValues().some((a) => !a.includes("$") && a !== "" && a !== "0"));
}
var cache_on_stream_default = defineRule({
  meta: {
    id: "cache-on-stream",
    summary: "A response cache on a buffered event stream can store it and replay old events",
    severity: "error",
    fix: "safe",
    streamOnly: true,
    messages: {
      replay: "{cache} is in effect here ({origin}) and {buffering} is on ({bufferingOrigin}): the stream is buffered and can be stored whatever the backend says ({storable}), so later clients get a replay of old events instead of live ones.{lock} Stream: {why}.",
      buffered: "{cache} is in effect here ({origin}) and {buffering} is on ({bufferingOrigin}): the stream is buffered, and it is stored and replayed to later clients whenever the backend's Cache-Control or Expires headers allow it.{lock} Stream: {why}.",
      ignoresFreshness: "{origin} ignores its {header}",
      lockWait: " With {directive} on, concurrent clients also wait for the first one (up to the lock timeout, 5 s by default)."
    },
    fixes: {
      turnOff: "Turn {directive} off for this location"
    },
    related: {
      enabled: "{directive} is enabled here"
    },
    docs: {
      why: "An unbuffered response is never cached: nginx frees the cache entry when it takes the unbuffered path [E15]. With buffering on, a cacheable stream is recorded, and a later client gets the whole old stream at once (a cache HIT delivered 16 stale events in 1 ms [E14]). A stream is cacheable when `proxy_cache_valid` matches or the backend's Cache-Control/Expires allow it, unless those headers are ignored with `proxy_ignore_headers`; a backend that sends `Cache-Control: no-cache` is not stored but still buffered [E16]. With `proxy_cache_lock on`, concurrent clients also wait for the first one, about 5 s [E17b]. A cache enabled at http or server level (a panel's cache toggle, a global include) reaches the stream location through ordinary inheritance (sse-semantics.md SSE007). Error when the stream can be stored regardless of the backend's headers; warning otherwise. POST streams are only cached when `proxy_cache_methods` includes POST.",
      bad: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_cache app_cache;\n    proxy_cache_valid 200 10m;\n}",
      good: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_cache off;\n    proxy_buffering off;\n}",
      fix: "Safe: inserts `proxy_cache off;` (or `fastcgi_cache off;` etc.) into the stream location, or turns the cache off where it is written directly in that location; nothing else uses the cache through this location. No fix when the cache is set in a file included inside the location. Turn buffering off as well (rule buffering-on).",
      references: [
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_cache",
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_cache_valid",
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_ignore_headers",
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_cache_lock"
      ]
    }
  },
  create(ctx) {
    const storableBy = (loc, module) => {
      const valid = ctx.model.effectiveList(loc, moduleDirective(module, "cache_valid"));
      const first = valid.entries[0];
      if (first) return ctx.origin(entryValue(loc, first, valid.levels));
      const ignore = ctx.model.effectiveList(loc, moduleDirective(module, "ignore_headers"));
      for (const e of ignore.entries) {
        const hit = e.directive.args.find((a) => FRESHNESS_HEADERS.has(a.value.toLowerCase()));
        if (hit) return ctx.message("ignoresFreshness", { origin: ctx.origin(entryValue(loc, e, ignore.levels)), header: ctx.code(hit.value) });
      }
      return null;
    };
    return {
      streamLocation(loc) {
        if (!loc.directive) return;
        const block = loc.directive;
        for (const site of handlerSites(ctx.model, loc)) {
          const module = site.handler.module;
          if (!CACHING.has(module)) continue;
          const name = moduleDirective(module, "cache");
          const cache = ctx.model.effective(loc, name);
          if (!cache.args || cache.value === "off") continue;
          const bufferingName = moduleDirective(module, "buffering");
          const buffering = ctx.model.effective(loc, bufferingName);
          if (buffering.value !== "on") continue;
          if (alwaysSet(ctx.model.effectiveList(loc, moduleDirective(module, "no_cache"))) && alwaysSet(ctx.model.effectiveList(loc, moduleDirective(module, "cache_bypass")))) continue;
          const storable = storableBy(loc, module);
          const lock = ctx.model.effective(loc, moduleDirective(module, "cache_lock"));
          const written = setDirectlyIn(cache, loc);
          const at = setAt(cache, loc);
          const node = site.ctx === loc ? written ?? block : site.handler.directive;
          const fix2 = {
            id: "turnOff",
            data: { directive: ctx.code(name) },
            applicability: "safe",
            edits: (f) => at ? f.replaceArg(at, 0, "off") : f.insertDirective(block, `${name} off;`)
          };
          ctx.report({
            node,
            context: site.ctx,
            messageId: storable ? "replay" : "buffered",
            severity: storable ? "error" : "warning",
            data: {
              cache: ctx.code(`${name} ${cache.args.join(" ")}`),
              origin: ctx.origin(cache),
              buffering: ctx.code(bufferingName),
              bufferingOrigin: ctx.origin(buffering),
              storable,
              lock: lock.value === "on" ? ctx.message("lockWait", { directive: ctx.code(moduleDirective(module, "cache_lock")) }) : null,
              why: ctx.stream(loc)
            },
            related: cache.origin.kind === "directive" && cache.origin.directive !== node ? [ctx.related(cache.origin.directive, "enabled", { directive: ctx.code(name) })] : [],
            fix: fix2
          });
        }
      }
    };
  }
});

// rules/chunked-encoding-off.ts
var chunked_encoding_off_default = defineRule({
  meta: {
    id: "chunked-encoding-off",
    summary: "chunked_transfer_encoding off is not needed for SSE and hides truncated streams",
    severity: "info",
    fix: "safe",
    streamOnly: true,
    messages: {
      off: "chunked_transfer_encoding is off here ({origin}). Event streams do not need that: they stream the same with chunked encoding. Without it an HTTP/1.1 response ends by closing the connection, so the client loses keepalive and can no longer tell a complete stream from a cut one (HTTP/2 and HTTP/3 clients are not affected). Stream: {why}."
    },
    fixes: {
      setOn: "Set {directive} to on for this location",
      removeOff: "Remove {directive} off from this location"
    },
    related: {
      setOff: "{directive} off is set here"
    },
    docs: {
      why: "Many SSE snippets add `chunked_transfer_encoding off;`, but streaming works the same either way [E20: first event after 1 ms]. With it off and no Content-Length (an event stream has none), nginx marks the connection not keepalive and delimits the body by closing the connection (ngx_http_chunked_header_filter). The client then cannot distinguish a stream that ended from one cut by a timeout or an upstream error, which with chunked encoding shows as a missing final chunk (curl exit 18, [E21]), and every reconnect needs a new TCP (and TLS) connection. HTTP/2 and HTTP/3 have no chunked encoding, so there it changes nothing (sse-semantics.md SSE009).",
      bad: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    chunked_transfer_encoding off;\n}",
      good: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n}",
      fix: "Safe: removes `chunked_transfer_encoding off;` when it is written directly in the stream location; if an outer level would still turn it off, sets it to `on` instead. Streaming is unchanged [E20]; clients regain keepalive and truncation detection. When the setting is inherited from server or http, no fix is offered: other locations there may rely on it.",
      references: ["https://nginx.org/en/docs/http/ngx_http_core_module.html#chunked_transfer_encoding"]
    }
  },
  create(ctx) {
    const name = "chunked_transfer_encoding";
    return {
      streamLocation(loc) {
        if (!loc.directive) return;
        const v = ctx.model.effective(loc, name);
        if (v.value !== "off") return;
        const written = setDirectlyIn(v, loc);
        const fix2 = written ? ctx.model.inherited(loc, name).value === "off" ? { id: "setOn", data: { directive: ctx.code(name) }, applicability: "safe", edits: (f) => f.replaceArg(written, 0, "on") } : { id: "removeOff", data: { directive: ctx.code(name) }, applicability: "safe", edits: (f) => f.removeDirective(written) } : void 0;
        ctx.report({
          node: written ?? loc.directive,
          context: loc,
          messageId: "off",
          data: { origin: ctx.origin(v), why: ctx.stream(loc) },
          related: !written && v.origin.kind === "directive" ? [ctx.related(v.origin.directive, "setOff", { directive: ctx.code(name) })] : [],
          fix: fix2
        });
      }
    };
  }
});

// src/model/queries/maps.ts
var mapIndex = /* @__PURE__ */ new WeakMap();
function mapsDefining(model, variable) {
  let index = mapIndex.get(model);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const c of model.contexts.all) {
      if (c.kind !== "map" || !c.directive) continue;
      const source = c.directive.args[0]?.value;
      const target = c.directive.args[1]?.value;
      if (source === void 0 || target === void 0) continue;
      const key = target.toLowerCase();
      const list = index.get(key);
      const block = { context: c, source, variable: target };
      if (list) list.push(block);
      else index.set(key, [block]);
    }
    mapIndex.set(model, index);
  }
  return [...index.get(variable.toLowerCase()) ?? []];
}
var MAP_PARAMETERS = /* @__PURE__ */ new Set(["hostnames", "volatile", "include"]);
function mapValueFor(map, input) {
  const entries3 = map.context.directives.filter((d) => !MAP_PARAMETERS.has(d.name));
  if (map.context.directives.some((d) => d.name === "hostnames")) return null;
  const exact = entries3.find((d) => d.name !== "default" && !d.name.startsWith("~") && d.name.replace(/^\\/, "") === input);
  if (exact) return { value: exact.args[0]?.value ?? "", directive: exact };
  for (const d of entries3) {
    if (!d.name.startsWith("~")) continue;
    const caseless = d.name.startsWith("~*");
    const { regex } = compilePcre(argSubject(d.name.slice(caseless ? 2 : 1), d.file), caseless);
    if (!regex) return null;
    try {
      if (regex.test(textToSubject(input))) return { value: d.args[0]?.value ?? "", directive: d };
    } catch (e) {
      if (e instanceof PcreLimitError) return null;
      throw e;
    }
  }
  const dflt = entries3.find((d) => d.name === "default");
  return dflt ? { value: dflt.args[0]?.value ?? "", directive: dflt } : { value: "", directive: null };
}

// src/model/queries/request-headers.ts
var HOP_HEADERS = ["connection", "upgrade", "keep-alive", "te", "transfer-encoding"];
function proxyHeaderEntries(model, ctx, header) {
  const list = model.effectiveList(ctx, "proxy_set_header");
  const h = header.toLowerCase();
  return { entries: list.entries.filter((e) => e.directive.argIs(0, h)), levels: list.levels };
}

// src/model/queries/connection.ts
var UPGRADE_MAP_IDIOM = "map $http_upgrade $connection_upgrade { default upgrade; '' ''; }";
function sendsCloseByDefault(model) {
  return model.version === null || compareVersions(model.version, PROXY_DEFAULTS_CHANGED) < 0;
}
function connectionSent(model, ctx) {
  const { entries: entries3 } = proxyHeaderEntries(model, ctx, "connection");
  if (entries3.length === 0) {
    const basis = defaultFor("proxy_set_header", model.version ?? void 0)?.basis ?? { kind: "nginx" };
    return [{ kind: "default", value: sendsCloseByDefault(model) ? "close" : "", basis }];
  }
  return entries3.map((entry) => {
    const raw = entry.directive.arg(1) ?? "";
    const whole = /^\$(\w+)$/.exec(raw) ?? /^\$\{(\w+)\}$/.exec(raw);
    if (!raw.includes("$")) return { kind: "literal", value: raw, entry };
    if (!whole) return { kind: "unknown", entry };
    const variable = `$${whole[1]}`;
    if (variable.toLowerCase() === "$http_connection") return { kind: "client", variable, entry };
    const map = mapsDefining(model, variable)[0];
    if (!map || map.source.toLowerCase() !== "$http_upgrade") return { kind: "unknown", entry };
    const r = mapValueFor(map, "");
    if (!r || r.value.includes("$")) return { kind: "unknown", entry };
    return { kind: "map", variable, value: r.value, map, line: r.directive, entry };
  });
}
function hasToken(value, token) {
  return value.split(",").some((t2) => t2.trim().toLowerCase() === token);
}

// rules/connection-upgrade-on-stream.ts
var connection_upgrade_on_stream_default = defineRule({
  meta: {
    id: "connection-upgrade-on-stream",
    summary: "A stream sends WebSocket-style Connection headers to the backend",
    severity: "info",
    fix: "suggestion",
    streamOnly: true,
    messages: {
      literal: 'every request here, the event stream included, is proxied with "Connection: {value}" ({origin}) but no Upgrade header: the backend is told about an upgrade that never comes. Most servers ignore it, but it is WebSocket boilerplate.{recipe} Stream: {why}.',
      mapUpgrade: 'requests without Upgrade, the event stream included, are proxied with "Connection: {value}" ({origin}; map {source} {variable} gives "{value}" for an empty Upgrade{mapAt}): the backend is told about an upgrade that never comes. Add the empty case: {idiom}. Stream: {why}.',
      client: "the client's own Connection header is forwarded ({origin}): the backend gets keep-alive, close, Upgrade or nothing (HTTP/2 and HTTP/3 clients send none) depending on the client.{recipe} Stream: {why}.",
      onlyWebSocket: " Send it only to WebSocket requests with {idiom} and proxy_set_header Connection $connection_upgrade;.",
      useIdiom: " Use {idiom} and proxy_set_header Connection $connection_upgrade; instead.",
      mapAt: " at {at}",
      mapDefault: " by default"
    },
    fixes: {
      mapIdiom: "Send Connection: upgrade only to WebSocket requests, through map $http_upgrade $connection_upgrade"
    },
    related: {
      connectionSet: "the Connection header is set here",
      emptyMapsTo: 'the empty Upgrade maps to "{value}" here'
    },
    docs: {
      why: "nginx strips the client's hop-by-hop headers and, before 1.29.7, sends `Connection: close` itself. WebSocket snippets replace that with `proxy_set_header Connection \"upgrade\";` on every request, so an event-stream request reaches the backend with `Connection: upgrade` and no Upgrade header; most servers treat it as an ordinary request, so streaming still works [E26], but it is wrong. The common `map $http_upgrade $connection_upgrade { default upgrade; '' close; }` sends `Connection: close` on every non-WebSocket request, which is what nginx sends by default before 1.29.7: the stream works [E27], so it is not reported here; the upstream keepalive it loses is reported by keepalive-ineffective where an upstream keeps connections. `$http_connection` forwards whatever the client sent. Mapping the empty value to `''` sends no Connection header at all on ordinary requests (sse-semantics.md SSE004). A location that passes Upgrade under a WebSocket path (`/ws`, `/socket.io/`) is a WebSocket tunnel, not a stream, and is left alone.",
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_http_version 1.1;\n    proxy_set_header Upgrade $http_upgrade;\n    proxy_set_header Connection "upgrade";\n}',
      good: "map $http_upgrade $connection_upgrade {\n    default upgrade;\n    '' '';\n}\nserver {\n    listen 80;\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_buffering off;\n        proxy_http_version 1.1;\n        proxy_set_header Upgrade $http_upgrade;\n        proxy_set_header Connection $connection_upgrade;\n    }\n}",
      fix: "Suggestion (shown by `--diff`, never applied): the map idiom at http level and `$connection_upgrade` as the Connection value. the map has to be added at http level and the location may also serve WebSocket clients. Where no suggestion can be made (the Connection line is set at an outer level or comes from a map, or the linted files have no http block), the message itself shows the map idiom that sends `upgrade` only to WebSocket requests and no Connection header otherwise.",
      references: [
        "https://nginx.org/en/docs/http/websocket.html",
        "https://nginx.org/en/docs/http/ngx_http_map_module.html#map",
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header"
      ]
    }
  },
  create(ctx) {
    const check = (c) => {
      if (!ctx.model.isStream(c)) return;
      if (ctx.model.handler(c).module !== "proxy") return;
      const loc = ctx.model.locationOf(c) ?? c;
      const { levels } = ctx.model.effectiveList(c, "proxy_set_header");
      for (const sent of connectionSent(ctx.model, c)) {
        if (sent.kind === "default" || sent.kind === "unknown") continue;
        const entry = sent.entry;
        const setHere = entry.context === loc;
        const report2 = (messageId, data, extra = [], recipe) => {
          const idiom = ctx.code(UPGRADE_MAP_IDIOM);
          const origin = ctx.origin(entryValue(c, entry, levels));
          const why = ctx.stream(c);
          const http = recipe && setHere ? httpBlock(ctx.model) : null;
          const mapped = mapsDefining(ctx.model, "$connection_upgrade").length > 0;
          ctx.report({
            node: setHere ? entry.directive : c.directive,
            context: c,
            messageId,
            // Without a recipe of its own (mapUpgrade) the message names the idiom itself.
            data: recipe ? { origin, why, ...data } : { origin, idiom, why, ...data },
            related: [...setHere ? [] : [ctx.related(entry.directive, "connectionSet")], ...extra],
            ...recipe ? { recipe: ctx.message(recipe, { idiom }) } : {},
            ...http ? { fix: {
              id: "mapIdiom",
              applicability: "suggestion",
              edits: (f) => [
                f.replaceArg(entry.directive, 1, "$connection_upgrade"),
                ...mapped ? [] : [f.insertDirective(http, UPGRADE_MAP_IDIOM, { family: "map" })]
              ]
            } } : {}
          });
        };
        if (sent.kind === "literal") {
          if (hasToken(sent.value, "upgrade")) report2("literal", { value: ctx.code(sent.value) }, [], "onlyWebSocket");
        } else if (sent.kind === "client") {
          report2("client", {}, [], "useIdiom");
        } else {
          if (!hasToken(sent.value, "upgrade")) continue;
          const messageId = "mapUpgrade";
          const mapAt = sent.line ? ctx.message("mapAt", { at: ctx.where(sent.line) }) : ctx.message("mapDefault");
          const extra = sent.line ? [ctx.related(sent.line, "emptyMapsTo", { value: ctx.code(sent.value) })] : [];
          report2(messageId, { value: ctx.code(sent.value), source: ctx.code(sent.map.source), variable: ctx.code(sent.variable), mapAt }, extra);
        }
      }
    };
    return {
      streamLocation: check,
      if(c) {
        if (ifHasOwnHandler(ctx.model, c)) check(c);
      }
    };
  }
});

// rules/cors-credentials-wildcard.ts
var ACAO = "access-control-allow-origin";
var ACAC = "access-control-allow-credentials";
var MAX_PLACES = 4;
var ALLOW_LIST_IDIOM = 'map $http_origin $cors_origin { default ""; "~^https://app\\.example\\.com$" $http_origin; }';
var cors_credentials_wildcard_default = defineRule({
  meta: {
    id: "cors-credentials-wildcard",
    summary: "Access-Control-Allow-Origin * with Access-Control-Allow-Credentials true: browsers reject it",
    severity: "error",
    fix: "suggestion",
    messages: {
      wildcard: 'Access-Control-Allow-Origin * ({origin}) is sent together with Access-Control-Allow-Credentials true ({credentials}) in {places}. Browsers refuse credentialed CORS responses whose origin is *: an EventSource with withCredentials, or fetch with credentials "include", gets a CORS error and no data.{streams}{recipe}',
      recipe: " Reflect an allow-listed origin instead: {idiom} with {allowOrigin} and {vary}",
      placeCount: "{place} ({count} places)",
      streamsAffected: " Streams affected: {streams}."
    },
    fixes: {
      allowList: "Reflect an allow-listed origin instead of * (edit the example pattern to your origins)"
    },
    related: {
      credentialsSet: "Access-Control-Allow-Credentials true is set here"
    },
    docs: {
      why: 'The Fetch CORS check fails a request made with credentials (cookies, HTTP auth) when the response says `Access-Control-Allow-Origin: *`, whatever `Access-Control-Allow-Credentials` says (MDN "CORSNotSupportingCredentials"). `new EventSource(url, {withCredentials: true})` uses credentials mode "include", so the stream never opens: onerror fires and the console shows a CORS error (sse-semantics.md SSE014). Without credentials `*` works and the credentials header is pointless. The headers in effect are computed as nginx merges them: the add_header list of the level (SSE011) plus OpenResty more_set_headers, which accumulates (E42).',
      bad: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    add_header Access-Control-Allow-Origin * always;\n    add_header Access-Control-Allow-Credentials true always;\n}",
      good: 'map $http_origin $cors_origin {\n    default "";\n    "~^https://app\\.example\\.com$" $http_origin;\n}\n\nserver {\n    listen 80;\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        add_header Access-Control-Allow-Origin $cors_origin always;\n        add_header Access-Control-Allow-Credentials true always;\n        add_header Vary Origin always;\n    }\n}',
      fix: "Suggestion (shown by `--diff`, never applied): a `map $http_origin $cors_origin` allow-list sketch with an example pattern, the origin header reflecting `$cors_origin`, and `Vary: Origin`. the allowed origins are an application decision. Use a map from $http_origin to an allow-listed origin (empty for others, so no header is sent), and add Vary: Origin so caches keep responses per origin.",
      references: [
        "https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header",
        "https://nginx.org/en/docs/http/ngx_http_map_module.html#map",
        "https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS/Errors/CORSNotSupportingCredentials"
      ]
    }
  },
  create(ctx) {
    const pairs = /* @__PURE__ */ new Map();
    const check = (c) => {
      const origin = responseHeader(ctx.model, c, ACAO).find((h) => h.value === "*");
      if (!origin) return;
      const creds = responseHeader(ctx.model, c, ACAC).find((h) => h.value.toLowerCase() === "true");
      if (!creds) return;
      const byCreds = pairs.get(origin.directive) ?? /* @__PURE__ */ new Map();
      pairs.set(origin.directive, byCreds);
      const places = byCreds.get(creds.directive) ?? [];
      byCreds.set(creds.directive, places);
      places.push(c);
    };
    return {
      location: check,
      if(c) {
        if (ctx.model.locationOf(c)) check(c);
      },
      server(c) {
        if (!c.children.some((k) => k.kind === "location")) check(c);
      },
      done() {
        const http = httpBlock(ctx.model);
        const mapped = mapsDefining(ctx.model, "$cors_origin").length > 0;
        for (const [origin, byCreds] of pairs) {
          for (const [credentials, places] of byCreds) {
            const counts = /* @__PURE__ */ new Map();
            for (const p of places) {
              const c = counts.get(levelName(p));
              if (c) c.count++;
              else counts.set(levelName(p), { place: p, count: 1 });
            }
            const names = [...counts.values()].map(({ place, count }) => count > 1 ? ctx.message("placeCount", { place: ctx.level(place), count }) : ctx.level(place));
            const streams = places.filter((p) => ctx.model.isStream(p)).map((p) => ctx.streamLocation(p));
            ctx.report({
              node: origin,
              context: places[0],
              messageId: "wildcard",
              data: {
                origin: ctx.where(origin),
                credentials: ctx.where(credentials),
                places: ctx.list(names, "comma", { limit: MAX_PLACES }),
                streams: streams.length ? ctx.message("streamsAffected", { streams: ctx.list(streams, "semicolon", { distinct: true }) }) : null
              },
              related: [ctx.related(credentials, "credentialsSet")],
              recipe: ctx.message("recipe", {
                idiom: ctx.code(ALLOW_LIST_IDIOM),
                allowOrigin: ctx.code("add_header Access-Control-Allow-Origin $cors_origin always;"),
                vary: ctx.code("add_header Vary Origin always;")
              }),
              // Which origins to allow is the user's choice: a sketch with an example pattern, never applied.
              ...http && origin.name === "add_header" ? { fix: {
                id: "allowList",
                applicability: "suggestion",
                edits: (f) => [
                  f.replaceArg(origin, 1, "$cors_origin"),
                  ...mapped ? [] : [f.insertDirective(http, ALLOW_LIST_IDIOM, { family: "map" })],
                  ...origin.parent?.block ? [f.insertLines(origin.parent, ["add_header Vary Origin always;"], "add_header")] : []
                ]
              } } : {}
            });
          }
        }
      }
    };
  }
});

// rules/cors-missing-always.ts
var SAFE_STATUS = /* @__PURE__ */ new Set(["200", "201", "204", "206", "301", "302", "303", "304", "307", "308"]);
var MAX_PLACES2 = 4;
var PREFLIGHT_ONLY = /* @__PURE__ */ new Set([
  "access-control-allow-methods",
  "access-control-allow-headers",
  "access-control-max-age",
  "access-control-allow-private-network"
]);
var cors_missing_always_default = defineRule({
  meta: {
    id: "cors-missing-always",
    summary: "CORS add_header without always: error responses of a stream lose their CORS headers",
    severity: "warning",
    fix: "safe",
    streamOnly: true,
    messages: {
      missing: 'add_header {header} has no "always", so nginx adds it only to 200, 201, 204, 206 and 3xx responses. When {streams} answers 401, 403, 429 or 5xx, the browser reports a CORS error instead of the status and EventSource only fires onerror.',
      theStream: "the stream {streams}"
    },
    fixes: {
      always: "Send this CORS header on error responses too (always)"
    },
    docs: {
      why: "add_header applies only to responses with status 200, 201, 204, 206, 301, 302, 303, 304, 307 or 308 unless the `always` parameter is given (ngx_http_headers_filter; sse-semantics.md SSE011 note and SSE014). A cross-origin event stream that is refused with 401 or 403, rate-limited with 429 or fails with 502 or 504 (a backend that sends no headers within proxy_read_timeout) then arrives without Access-Control-Allow-Origin: the browser hides the response, the page sees only a CORS error, and EventSource cannot tell an auth failure from a network error. Preflight-only headers (Access-Control-Allow-Methods, -Allow-Headers, -Max-Age) are not reported: the actual request's response does not need them. OpenResty more_set_headers applies to every status by default and is not reported.",
      bad: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    add_header Access-Control-Allow-Origin https://app.example.com;\n}",
      good: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    add_header Access-Control-Allow-Origin https://app.example.com always;\n}",
      fix: "Safe: appends `always` to the add_header line. The header is then also sent on error responses, which is what CORS headers are for; successful responses are unchanged.",
      references: [
        "https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header",
        "https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS/Errors"
      ]
    }
  },
  create(ctx) {
    const found = /* @__PURE__ */ new Map();
    const check = (c) => {
      if (!ctx.model.isStream(c)) return;
      if (c.kind === "if" && answersSafely(c)) return;
      for (const e of ctx.model.effectiveList(c, "add_header").entries) {
        const d = e.directive;
        const name = d.arg(0)?.toLowerCase() ?? "";
        if (!name.startsWith("access-control-") || PREFLIGHT_ONLY.has(name)) continue;
        if ((d.arg(1) ?? "") === "" || d.arg(2) === "always") continue;
        const places = found.get(d) ?? [];
        found.set(d, places);
        places.push(c);
      }
    };
    return {
      streamLocation: check,
      if(c) {
        if (ctx.model.locationOf(c)) check(c);
      },
      done() {
        for (const [d, places] of found) {
          const streams = ctx.message("theStream", { streams: ctx.list(places.map((p) => ctx.streamLocation(p)), "comma", { limit: MAX_PLACES2, distinct: true }) });
          const reached = new Set(places.flatMap((p) => mergeChain(p)));
          const hosts = ctx.model.contextsOf(d).filter((h) => reached.has(h));
          for (const host of hosts.length ? hosts : [places[0]]) {
            ctx.report({
              node: d,
              context: host,
              messageId: "missing",
              data: { header: ctx.code(d.args[0].raw), streams },
              fix: { id: "always", applicability: "safe", edits: (f) => f.appendArg(d, "always") }
            });
          }
        }
      }
    };
  }
});
function answersSafely(c) {
  const ret = c.directives.find((d) => d.name === "return");
  const code4 = ret?.arg(0);
  return code4 !== void 0 && SAFE_STATUS.has(code4);
}

// rules/duplicate-hop-header.ts
var duplicate_hop_header_default = defineRule({
  meta: {
    id: "duplicate-hop-header",
    summary: "A hop-by-hop header is set more than once for the backend",
    severity: "warning",
    fix: "unsafe",
    messages: {
      duplicate: "proxy_set_header {header} is set {count} times in this {level} ({lines}): nginx accepts that and sends every non-empty value as a header of its own, so the backend sees {sent}. Keep one ({keep}).",
      lineValue: "{at} {value}",
      noneSent: "none of them",
      keepEmpty: "{line}, the empty value, on this stream",
      keepLast: "{line}, the last line"
    },
    fixes: {
      keepOne: "Keep one proxy_set_header {header} line"
    },
    related: {
      alsoSet: "proxy_set_header {header} is also set here"
    },
    docs: {
      why: "proxy_set_header is a list: nginx -t accepts the same header name twice in one block and then sends each line whose value is not empty as a separate header. In experiment E26 a `Connection: keep-alive` line and a `Connection: upgrade` line both reached the backend (sse-semantics.md SSE004, section 2.3). Two Connection, Upgrade, Keep-Alive, TE or Transfer-Encoding headers are contradictory at best; usually one comes from a copied WebSocket snippet and one from a keepalive or SSE snippet.",
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_http_version 1.1;\n    proxy_set_header Connection "";\n    proxy_set_header Connection "upgrade";\n}',
      good: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_http_version 1.1;\n    proxy_set_header Connection "";\n}',
      fix: 'Unsafe: removes all lines but one. In a stream location the line with the empty value is kept (no Connection or Upgrade header for an event stream), and when none is empty the last Connection or Upgrade line is kept with its value emptied (`""`); elsewhere the last line is kept. That changes what the backend receives, which is the point, but the choice may not be the one intended.',
      references: [
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
        "https://nginx.org/en/docs/http/websocket.html"
      ]
    }
  },
  create(ctx) {
    const check = (c) => {
      let groups = null;
      for (const d of c.directives) {
        if (d.name !== "proxy_set_header") continue;
        const name = d.arg(0)?.toLowerCase();
        if (name === void 0 || !HOP_HEADERS.includes(name)) continue;
        groups ??= /* @__PURE__ */ new Map();
        const list = groups.get(name);
        if (list) list.push(d);
        else groups.set(name, [d]);
      }
      if (!groups) return;
      const stream = c.kind === "location" && ctx.model.isStream(c);
      for (const lines of groups.values()) {
        if (lines.length < 2) continue;
        const empty = lines.filter((d) => (d.arg(1) ?? "") === "");
        const keep = stream && empty.length > 0 ? empty[empty.length - 1] : lines[lines.length - 1];
        const blank = stream && empty.length === 0 && /^(connection|upgrade)$/i.test(lines[0].arg(0));
        const sent = lines.map((d) => d.arg(1) ?? "").filter((v) => v !== "");
        const header = lines[0].arg(0);
        ctx.report({
          node: lines[1],
          context: c,
          messageId: "duplicate",
          data: {
            header: ctx.code(header),
            count: lines.length,
            level: ctx.code(c.kind),
            lines: ctx.list(lines.map((d) => ctx.message("lineValue", { at: ctx.where(d), value: ctx.code(d.args[1]?.raw ?? "") })), "comma"),
            sent: sent.length === 0 ? ctx.message("noneSent") : ctx.list(sent.map((v) => ctx.code(`"${header}: ${v}"`)), "and"),
            keep: ctx.message(stream && keep === empty[empty.length - 1] ? "keepEmpty" : "keepLast", { line: ctx.show(keep) })
          },
          related: lines.filter((d) => d !== lines[1]).map((d) => ctx.related(d, "alsoSet", { header: ctx.code(d.args[0].value) })),
          fix: {
            id: "keepOne",
            data: { header: ctx.code(header) },
            applicability: "unsafe",
            edits: (f) => [
              ...lines.filter((d) => d !== keep).map((d) => f.removeDirective(d)),
              ...blank && keep.args[1] ? [f.replaceArg(keep, 1, "")] : []
            ]
          }
        });
      }
    };
    return { http: check, server: check, location: check };
  }
});

// rules/gzip-event-stream.ts
var gzip_event_stream_default = defineRule({
  meta: {
    id: "gzip-event-stream",
    summary: "gzip compresses event streams: no delay when unbuffered, but CPU on every flush",
    severity: "info",
    fix: "suggestion",
    streamOnly: true,
    messages: {
      compressed: "gzip compresses this event stream: gzip is on ({origin}) and {types} in {typesLevel} lets text/event-stream through. This does not hold events back when proxy buffering is off, because nginx flushes the compressor after every upstream read; it does cost CPU on every flush, and some clients and intermediaries hold compressed streams back.{recipe} Stream: {why}.",
      recipe: " Consider keeping text/event-stream out of gzip_types or adding `gzip off;` here."
    },
    fixes: {
      gzipOff: "Turn gzip off for {place}"
    },
    related: {
      typeList: "text/event-stream is compressed because of this list"
    },
    docs: {
      why: "Contrary to folklore, gzip does not break SSE in nginx: every unbuffered upstream read reaches the gzip filter as a flush buffer, which is answered with Z_SYNC_FLUSH, so events arrive compressed and on time (first event after 7 ms [E11]; also with `X-Accel-Buffering: no` [E13]). With proxy buffering on the stream is lumped, but for the buffering reason [E12] (rule buffering-on). What remains is a cost: a deflate flush per event and a few bytes of framing per flush, and some clients or intermediaries that wait for more compressed data before passing it on. `gzip_types *` includes event streams without saying so (sse-semantics.md SSE008). `gzip_proxied` is not relevant: it is about requests that reach nginx through another proxy.",
      bad: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    gzip on;\n    gzip_types text/event-stream application/json;\n}",
      good: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    gzip on;\n    gzip_types application/json;\n}",
      fix: "Suggestion (shown by `--diff`, never applied): `gzip off;` in the stream location. compressing a stream is a trade-off, not a bug. Remove text/event-stream (or `*`) from gzip_types, or add `gzip off;` to the stream location, if the CPU or a client's behaviour matters.",
      references: [
        "https://nginx.org/en/docs/http/ngx_http_gzip_module.html#gzip",
        "https://nginx.org/en/docs/http/ngx_http_gzip_module.html#gzip_types"
      ]
    }
  },
  create(ctx) {
    const report2 = (loc, at, v, node, typesDirective, typesLevel) => {
      ctx.report({
        node,
        context: at,
        messageId: "compressed",
        data: {
          origin: ctx.origin(v),
          types: ctx.show(typesDirective),
          typesLevel: ctx.level(typesLevel, loc),
          why: ctx.stream(loc)
        },
        related: typesDirective !== node ? [ctx.related(typesDirective, "typeList")] : [],
        recipe: ctx.message("recipe"),
        // A trade-off, not a bug: turning gzip off for the stream is offered, never applied.
        ...at.directive ? { fix: {
          id: "gzipOff",
          data: { place: ctx.level(at) },
          applicability: "suggestion",
          edits: (f) => {
            const own2 = setDirectlyIn(v, at);
            return own2 ? f.replaceArg(own2, 0, "off") : f.insertDirective(at.directive, "gzip off;");
          }
        } } : {}
      });
    };
    return {
      streamLocation(loc) {
        if (!loc.directive) return;
        const match = eventStreamType(ctx.model.effectiveList(loc, "gzip_types"));
        if (!match) return;
        const gzip = ctx.model.effective(loc, "gzip");
        if (gzip.value === "on") {
          report2(loc, loc, gzip, setDirectlyIn(gzip, loc) ?? loc.directive, match.entry.directive, match.entry.context);
          return;
        }
        for (const { ctx: c, value: v } of ifsSetting(ctx.model, loc, "gzip")) {
          if (v.value !== "on" || v.origin.kind !== "directive") continue;
          const d = v.origin.directive;
          report2(loc, c, v, writtenDirectlyIn(d, c) ? d : c.directive, match.entry.directive, match.entry.context);
        }
      }
    };
  }
});

// src/model/routing/locations.ts
function locationPattern(node) {
  const d = node.directive;
  let modifier = null;
  let pattern = "";
  if (d.argc === 2) {
    const mod = d.arg(0);
    pattern = d.arg(1);
    if (mod === "=" || mod === "^~" || mod === "~" || mod === "~*") modifier = mod;
  } else if (d.argc === 1) {
    const name = d.arg(0);
    if (name.startsWith("=")) [modifier, pattern] = ["=", name.slice(1)];
    else if (name.startsWith("^~")) [modifier, pattern] = ["^~", name.slice(2)];
    else if (name.startsWith("@")) [modifier, pattern] = ["@", name];
    else if (name.startsWith("~*")) [modifier, pattern] = ["~*", name.slice(2)];
    else if (name.startsWith("~")) [modifier, pattern] = ["~", name.slice(1)];
    else [modifier, pattern] = ["", name];
  }
  return { modifier, pattern };
}
function parseLocation(node, parent) {
  const d = node.directive;
  const { modifier, pattern } = locationPattern(node);
  const subject = argSubject(pattern, d.file);
  let regex = null;
  let regexError = null;
  if (modifier === "~" || modifier === "~*") {
    ({ regex, error: regexError } = compilePcre(subject, modifier === "~*"));
  }
  const autoRedirect = modifier !== null && modifier !== "@" && modifier !== "~" && modifier !== "~*" && pattern.endsWith("/") && node.directives.some((x) => PASS_DIRECTIVES.has(x.name));
  return { node, modifier, pattern, parent, children: [], autoRedirect, regex, regexError, subject };
}
var LOCATIONS = memoSlot();
var KEPT_SERVERS = 64;
var kept = [];
function locationsOf(server) {
  const cached = recall(server, LOCATIONS);
  if (cached) return cached;
  const all = [];
  const top = [];
  const visit = (ctx, parent, into) => {
    for (const child of ctx.children) {
      if (child.kind !== "location") continue;
      const loc = parseLocation(child, parent);
      into.push(loc);
      all.push(loc);
      visit(child, loc, loc.children);
    }
  };
  visit(server, null, top);
  const found = { all, top, named: top.filter((e) => e.modifier === "@"), byNode: null, namedBySubject: null };
  if (kept.length >= KEPT_SERVERS) remember(kept.shift(), LOCATIONS, void 0);
  kept.push(server);
  return remember(server, LOCATIONS, found);
}
function forgetLocations() {
  for (const server of kept) remember(server, LOCATIONS, void 0);
  kept.length = 0;
}
function entries2(server) {
  return locationsOf(server).all;
}
function entryOf2(server, node) {
  const found = recall(server, LOCATIONS);
  if (!found) {
    if (node.kind !== "location" || !node.directive || !isLocationOf(server, node)) return null;
    return parseLocation(node, null);
  }
  if (found.all.length < INDEX_FROM2) return found.all.find((e) => e.node === node) ?? null;
  if (!found.byNode) {
    found.byNode = /* @__PURE__ */ new Map();
    for (const e of found.all) if (!found.byNode.has(e.node)) found.byNode.set(e.node, e);
  }
  return found.byNode.get(node) ?? null;
}
function namedLocation(locations, subject) {
  const named = locations.named;
  if (named.length < INDEX_FROM2) return named.find((x) => x.subject === subject) ?? null;
  if (!locations.namedBySubject) {
    locations.namedBySubject = /* @__PURE__ */ new Map();
    for (const e of named) if (!locations.namedBySubject.has(e.subject)) locations.namedBySubject.set(e.subject, e);
  }
  return locations.namedBySubject.get(subject) ?? null;
}
var INDEX_FROM2 = 16;
function isLocationOf(server, node) {
  for (let c = node; c; c = c.parent) {
    if (c === server) return true;
    if (c.kind !== "location") return false;
  }
  return false;
}
var isPrefix = (l) => l.modifier === "" || l.modifier === "^~";
function findStatic(level, uri) {
  if (level.length >= INDEX_FROM2) return findIndexed(staticIndexOf(level), uri);
  const exact = level.find((l) => l.modifier === "=" && l.subject === uri);
  if (exact) return { rc: "ok", loc: exact, how: "exact" };
  const equal = level.find((l) => isPrefix(l) && l.subject === uri);
  if (!equal) {
    const slashed = level.filter((l) => (isPrefix(l) || l.modifier === "=") && l.subject === uri + "/");
    if (slashed.some((l) => l.autoRedirect)) {
      return { rc: "done", loc: slashed.find((l) => l.modifier === "=") ?? slashed[0], how: "auto-redirect" };
    }
  }
  let best = null;
  for (const l of level) {
    if (isPrefix(l) && uri.startsWith(l.subject) && (!best || l.subject.length > best.subject.length)) best = l;
  }
  if (!best) return { rc: "declined", loc: null, how: null };
  return { rc: "again", loc: best, how: best.modifier === "^~" ? "noregex-prefix" : "prefix" };
}
var staticIndexes = /* @__PURE__ */ new WeakMap();
function staticIndexOf(level) {
  let index = staticIndexes.get(level);
  if (!index) {
    index = { exact: /* @__PURE__ */ new Map(), prefix: /* @__PURE__ */ new Map(), slashable: /* @__PURE__ */ new Map(), lengths: [], regexes: [] };
    const lengths = /* @__PURE__ */ new Set();
    for (const l of level) {
      if (l.modifier === "=" && !index.exact.has(l.subject)) index.exact.set(l.subject, l);
      if (isPrefix(l)) {
        if (!index.prefix.has(l.subject)) index.prefix.set(l.subject, l);
        lengths.add(l.subject.length);
      }
      if (l.modifier === "~" || l.modifier === "~*") index.regexes.push(l);
      if (isPrefix(l) || l.modifier === "=") {
        const list = index.slashable.get(l.subject);
        if (list) list.push(l);
        else index.slashable.set(l.subject, [l]);
      }
    }
    index.lengths = [...lengths].sort((a, b) => b - a);
    staticIndexes.set(level, index);
  }
  return index;
}
function findIndexed(index, uri) {
  const exact = index.exact.get(uri);
  if (exact) return { rc: "ok", loc: exact, how: "exact" };
  if (!index.prefix.has(uri)) {
    const slashed = index.slashable.get(uri + "/") ?? [];
    if (slashed.some((l) => l.autoRedirect)) {
      return { rc: "done", loc: slashed.find((l) => l.modifier === "=") ?? slashed[0], how: "auto-redirect" };
    }
  }
  for (const n of index.lengths) {
    if (n > uri.length) continue;
    const best = index.prefix.get(uri.slice(0, n));
    if (best) return { rc: "again", loc: best, how: best.modifier === "^~" ? "noregex-prefix" : "prefix" };
  }
  return { rc: "declined", loc: null, how: null };
}
function findLocation(level, uri, st) {
  const found = findStatic(level, uri);
  let rc = found.rc;
  let noregex = false;
  if (found.loc) {
    st.current = found.loc;
    st.how = found.how;
  }
  if (rc === "again" && found.loc) {
    noregex = found.loc.modifier === "^~";
    rc = findLocation(found.loc.children, uri, st);
  }
  if (rc === "ok" || rc === "done" || rc === "error") return rc;
  if (noregex) return rc;
  for (const l of level.length >= INDEX_FROM2 ? staticIndexOf(level).regexes : level) {
    if (l.modifier !== "~" && l.modifier !== "~*") continue;
    if (!l.regex) {
      st.unsupported.push({ subject: `location ${l.modifier} ${l.pattern}`, problem: l.regexError });
      continue;
    }
    let hit;
    try {
      hit = l.regex.test(uri);
    } catch (e) {
      if (!(e instanceof PcreLimitError)) throw e;
      st.failure = { during: "location", code: e.code, subject: fromSubject(uri), pattern: fromSubject(l.subject) };
      return "error";
    }
    if (hit) {
      st.current = l;
      st.how = l.modifier === "~*" ? "regex-caseless" : "regex";
      return findLocation(l.children, uri, st) === "error" ? "error" : "ok";
    }
  }
  return rc;
}
function searchLocation(server, uri, unsupported) {
  const top = locationsOf(server).top;
  const state = { current: null, how: null, unsupported };
  if (findLocation(top, uri, state) === "error") return { location: null, how: null, failure: state.failure };
  return { location: state.current, how: state.how, failure: null };
}

// src/model/routing/request.ts
function normalizeUri(target, options = {}) {
  const mergeSlashes = options.mergeSlashes ?? true;
  if (!target.startsWith("/")) return { ok: false, reason: { kind: "not-absolute", target } };
  let path = target;
  let args = null;
  const q = path.indexOf("?");
  const h = path.indexOf("#");
  if (h !== -1 && (q === -1 || h < q)) path = path.slice(0, h);
  else if (q !== -1) {
    args = path.slice(q + 1);
    if (args.includes("#")) args = args.slice(0, args.indexOf("#"));
    path = path.slice(0, q);
  }
  const raw = Buffer.from(path, "utf8");
  const bytes = [];
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    if (b !== 37) {
      bytes.push(b);
      continue;
    }
    const hex = raw.subarray(i + 1, i + 3).toString("latin1");
    if (!/^[0-9a-fA-F]{2}$/.test(hex)) return { ok: false, reason: { kind: "bad-escape", target } };
    const v = parseInt(hex, 16);
    if (v === 0) return { ok: false, reason: { kind: "nul", target } };
    bytes.push(v);
    i += 2;
  }
  let s = bytesToSubject(Uint8Array.from(bytes));
  if (mergeSlashes) s = s.replace(/\/{2,}/g, "/");
  const segments = s.slice(1).split("/");
  const out = [];
  let trailingSlash = false;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const last = i === segments.length - 1;
    if (seg === "." || seg === "..") {
      if (seg === "..") {
        if (out.length === 0) return { ok: false, reason: { kind: "above-root", target } };
        out.pop();
      }
      if (last) trailingSlash = true;
      continue;
    }
    out.push(seg);
  }
  const subject = "/" + out.join("/") + (trailingSlash && out.length > 0 ? "/" : "");
  return { ok: true, uri: fromSubject(subject), subject, args };
}
function normalizeHost(host) {
  if (host === "") return "";
  let dotPos = -2;
  let end = host.length;
  let state = "usual";
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c === 46) {
      if (dotPos === i - 1) return null;
      dotPos = i;
    } else if (c === 58) {
      if (state === "usual") {
        end = i;
        state = "rest";
      }
    } else if (c === 91) {
      if (i === 0) state = "literal";
    } else if (c === 93) {
      if (state === "literal") {
        end = i + 1;
        state = "rest";
      }
    } else if (c === 47 || c <= 32 || c === 127) {
      return null;
    }
  }
  if (dotPos === end - 1) end--;
  if (end <= 0) return null;
  return host.slice(0, end).replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

// src/model/queries/servers.ts
function isHttpServer(ctx) {
  if (ctx.kind !== "server") return false;
  if (ctx.directive === null) return ctx.parent === null || ctx.parent.kind === "http";
  return ctx.parent?.kind === "http";
}
function httpServers(contexts) {
  return contexts.all.filter(isHttpServer);
}
function serverOf(ctx) {
  for (let c = ctx; c; c = c.parent) if (c.kind === "server") return c;
  return null;
}

// src/model/routing/listen.ts
function normalizeAddr(addr) {
  const known = normalized.get(addr);
  if (known !== void 0) return known;
  const found = normalizeNow(addr);
  if (normalized.size >= 4096) normalized.clear();
  normalized.set(addr, found);
  return found;
}
var normalized = /* @__PURE__ */ new Map();
function normalizeNow(addr) {
  if (addr === "*" || addr === "0.0.0.0") return "*";
  if (addr.startsWith("[") || addr.includes(":")) {
    const inner = addr.startsWith("[") && addr.endsWith("]") ? addr.slice(1, -1) : addr;
    try {
      return new URL(`http://[${inner}]/`).hostname.slice(1, -1);
    } catch {
      return null;
    }
  }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(addr)) {
    return addr.split(".").every((p) => Number(p) <= 255) ? addr.split(".").map(Number).join(".") : null;
  }
  const name = addr.toLowerCase();
  return name === "localhost" ? "127.0.0.1" : name;
}
function parsePort(s) {
  if (!/^\d{1,5}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 && n <= 65535 ? n : null;
}
function parseListen(d) {
  const value = d.arg(0);
  if (value === void 0) return null;
  let defaultServer = false;
  for (let k = 1; k < d.argc && !defaultServer; k++) {
    const a = d.arg(k);
    defaultServer = a === "default_server" || a === "default";
  }
  if (value.startsWith("unix:")) return { kind: "unix", path: value.slice(5), defaultServer, directive: d };
  let host;
  let port = 80;
  if (value.startsWith("[")) {
    const close = value.indexOf("]");
    if (close === -1) return null;
    host = value.slice(0, close + 1);
    const rest = value.slice(close + 1);
    if (rest !== "") port = rest.startsWith(":") ? parsePort(rest.slice(1)) : null;
  } else if (/^\d+$/.test(value)) {
    host = "*";
    port = parsePort(value);
  } else {
    const colon = value.lastIndexOf(":");
    host = colon === -1 ? value : value.slice(0, colon);
    if (colon !== -1) port = parsePort(value.slice(colon + 1));
  }
  const addr = normalizeAddr(host);
  if (port === null || addr === null || addr === "") return null;
  return { kind: "inet", addr, port, defaultServer, directive: d };
}
function serverListens(server) {
  let parsed = recall(server, LISTENS);
  if (!parsed) {
    const listens = server.directives.filter((d) => d.name === "listen");
    parsed = listens.length === 0 ? [{ kind: "inet", addr: "*", port: 80, defaultServer: false, directive: null }] : listens.map(parseListen).filter((l) => l !== null);
    remember(server, LISTENS, parsed);
  }
  return [...parsed];
}
var LISTENS = memoSlot();

// src/model/routing/server-names.ts
var indexCache = /* @__PURE__ */ new WeakMap();
function parseServerName(text, file) {
  const base = { text, key: "", matchesBare: false, regex: null, error: null };
  if (text.startsWith("~")) {
    const compiled = compilePcre(file ? argSubject(text.slice(1), file) : textToSubject(text.slice(1)), true);
    return { ...base, kind: "regex", regex: compiled.regex, error: compiled.error };
  }
  const name = text.toLowerCase();
  if (name === "$hostname") return { ...base, kind: "invalid" };
  if (name.startsWith("*.") && !name.slice(1).includes("*")) return { ...base, kind: "leading-wildcard", key: name.slice(1) };
  if (name.startsWith(".") && !name.includes("*")) return { ...base, kind: "leading-wildcard", key: name, matchesBare: true };
  if (name.endsWith(".*") && !name.slice(0, -1).includes("*")) return { ...base, kind: "trailing-wildcard", key: name.slice(0, -1) };
  if (name.includes("*")) return { ...base, kind: "invalid" };
  return { ...base, kind: "exact", key: name };
}
function serverNames(server) {
  const names = [];
  for (const d of server.directives) {
    if (d.name !== "server_name") continue;
    for (const a of d.args) names.push(parseServerName(a.value, d.file));
  }
  return names.length > 0 ? names : [parseServerName("", null)];
}
function serverIndex(contexts) {
  const cached = indexCache.get(contexts);
  if (cached) return cached;
  const groups = [];
  const byAddress = /* @__PURE__ */ new Map();
  for (const node of contexts.all) {
    if (!isHttpServer(node)) continue;
    const entry = { node, names: serverNames(node) };
    for (const l of serverListens(node)) {
      if (l.kind !== "inet") continue;
      const key = `${l.addr} ${l.port}`;
      let g = byAddress.get(key);
      if (!g) {
        g = { addr: l.addr, port: l.port, servers: [], defaultServer: null };
        groups.push(g);
        byAddress.set(key, g);
      }
      if (g.servers[g.servers.length - 1] !== entry) g.servers.push(entry);
      if (l.defaultServer && !g.defaultServer) g.defaultServer = entry;
    }
  }
  const index = { groups };
  indexCache.set(contexts, index);
  return index;
}
function findListenGroup(index, req) {
  const onPort = index.groups.filter((g) => g.port === req.port);
  if (onPort.length === 0) return null;
  const addr = req.addr === void 0 ? void 0 : normalizeAddr(req.addr);
  if (addr) {
    const exact = onPort.find((g) => g.addr === addr);
    if (exact) return exact;
    const wildcard = addr.includes(":") ? "::" : "*";
    return onPort.find((g) => g.addr === wildcard) ?? null;
  }
  return onPort.find((g) => g.addr === "*") ?? onPort.find((g) => g.addr === "::") ?? onPort[0];
}
function findByName(group, host, unsupported) {
  for (const s of group.servers) {
    for (const n of s.names) if (n.kind === "exact" && n.key === host) return { server: s, how: "exact", name: n.text };
  }
  let best = null;
  for (const s of group.servers) {
    for (const n of s.names) {
      if (n.kind !== "leading-wildcard") continue;
      const hit = host.endsWith(n.key) && host.length > n.key.length || n.matchesBare && host === n.key.slice(1);
      if (hit && (!best || n.key.length > best.name.key.length)) best = { server: s, name: n };
    }
  }
  if (best) return { server: best.server, how: "leading-wildcard", name: best.name.text };
  for (const s of group.servers) {
    for (const n of s.names) {
      if (n.kind !== "trailing-wildcard") continue;
      if (host.startsWith(n.key) && host.length > n.key.length && (!best || n.key.length > best.name.key.length)) best = { server: s, name: n };
    }
  }
  if (best) return { server: best.server, how: "trailing-wildcard", name: best.name.text };
  const subject = textToSubject(host);
  for (const s of group.servers) {
    for (const n of s.names) {
      if (n.kind !== "regex") continue;
      if (!n.regex) {
        unsupported.push({ subject: `server_name ${n.text}`, problem: n.error });
        continue;
      }
      try {
        if (n.regex.test(subject)) return { server: s, how: "regex", name: n.text };
      } catch (e) {
        if (!(e instanceof PcreLimitError)) throw e;
        return { failure: { during: "server_name", code: e.code, subject: host, pattern: fromSubject(n.regex.source) } };
      }
    }
  }
  return null;
}

// src/model/routing/route.ts
function route(contexts, req) {
  const result = {
    request: req,
    uri: null,
    host: "",
    badRequest: null,
    listen: null,
    server: null,
    serverMatch: null,
    serverName: null,
    subject: null,
    args: null,
    location: null,
    locationMatch: null,
    locationInfo: null,
    unsupported: [],
    regexFailure: null
  };
  let target = req.uri;
  let hostHeader = req.host;
  const absolute = /^https?:\/\/([^/?#]*)(.*)$/i.exec(target);
  if (absolute) {
    hostHeader = absolute[1];
    target = absolute[2] || "/";
  }
  const group = findListenGroup(serverIndex(contexts), req);
  if (!group) return result;
  result.listen = { addr: group.addr, port: group.port };
  const fallback = group.defaultServer ?? group.servers[0];
  const setDefault = () => {
    result.server = fallback.node;
    result.serverMatch = group.defaultServer ? "default_server" : "first-for-listen";
  };
  const uri = normalizeUri(target, { mergeSlashes: mergeSlashesOf(fallback.node) });
  if (!uri.ok) {
    result.badRequest = uri.reason;
    setDefault();
    return result;
  }
  result.uri = fromSubject(uri.subject);
  result.subject = uri.subject;
  result.args = uri.args;
  const host = normalizeHost(hostHeader);
  if (host === null) {
    result.badRequest = { kind: "bad-host", host: hostHeader };
    setDefault();
    return result;
  }
  result.host = host;
  const named = host === "" ? null : findByName(group, host, result.unsupported);
  if (named && "failure" in named) {
    result.regexFailure = named.failure;
    setDefault();
    return result;
  }
  if (named) {
    result.server = named.server.node;
    result.serverMatch = named.how;
    result.serverName = named.name;
  } else {
    setDefault();
  }
  const top = locationsOf(result.server).top;
  const state = { current: null, how: null, unsupported: result.unsupported };
  if (findLocation(top, uri.subject, state) === "error") {
    result.regexFailure = state.failure;
    return result;
  }
  if (state.current) {
    const chain = [];
    for (let l = state.current; l; l = l.parent) chain.unshift(l.node);
    result.location = chain;
    result.locationMatch = state.how;
    result.locationInfo = state.current;
  }
  return result;
}
function mergeSlashesOf(server) {
  for (let c = server; c; c = c.parent) {
    const d = c.directives.find((x) => x.name === "merge_slashes");
    if (d) return d.args[0]?.value !== "off";
  }
  return true;
}

// src/model/routing/describe.ts
import * as nodePath from "node:path";
function blockWhere(d, node) {
  const base = nodePath.dirname(node.entry);
  const file = d ? d.file.path : node.entry;
  const rel2 = nodePath.relative(base, file);
  const shown = rel2 === "" || rel2.startsWith("..") || nodePath.isAbsolute(rel2) ? file : rel2;
  return `${shown}:${d ? d.nameToken.line : 1}`;
}
function listenText(l) {
  return `${l.addr.includes(":") ? `[${l.addr}]` : l.addr}:${l.port}`;
}
function locationLabel(l) {
  return l.modifier ? `${l.modifier} ${l.pattern}` : l.pattern;
}
function serverLabel(serverName, server) {
  const names = server.directives.filter((d) => d.name === "server_name").flatMap((d) => d.args.map((a) => a.value));
  return serverName ?? names.find((n) => n !== "") ?? '""';
}
function blockLabel(node) {
  if (!node) return "server";
  if (node.kind !== "location" || !node.directive) return node.kind;
  return `location ${node.directive.args.map((a) => a.value).join(" ")}`;
}

// src/model/routing/chain-text.ts
function conditionData(c) {
  switch (c.kind) {
    case "file":
      return { kind: "file", exists: c.exists, directive: c.directive.name };
    case "upgrade":
      return { kind: "upgrade", upgrade: c.upgrade };
    case "regex":
      return { kind: "regex", matches: c.matches, regex: c.directive.args[0]?.value ?? "" };
    case "if":
      return { kind: "if", holds: c.holds, condition: c.directive.args.map((a) => a.raw).join(" ") };
    case "status":
      return { kind: "status", codes: c.codes };
    case "name":
      return { kind: "name", directive: c.directive.name, name: c.name };
  }
}
function viaRefs(chain, where) {
  return [...chain.hops.slice(1).flatMap((h) => h.via), ...chain.via].map((r) => ({ directive: r.directive.name, at: where(r.directive) }));
}

// src/util/glob-match.ts
function compileGlob(pattern, syntax) {
  const steps = [];
  const cps = [...pattern].map((ch) => ch.codePointAt(0));
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c === 92 && syntax.escapes && i + 1 < cps.length) {
      steps.push({ kind: "char", c: cps[++i] });
    } else if (c === 42) {
      if (syntax.doubleStar && cps[i + 1] === 42) {
        i++;
        if (cps[i + 1] === 47) {
          steps.push({ kind: "star", slash: true, skip: true });
          steps.push({ kind: "char", c: 47 });
          i++;
        } else steps.push({ kind: "star", slash: true });
      } else {
        const last = steps[steps.length - 1];
        if (!(last?.kind === "star" && !last.skip)) steps.push({ kind: "star", slash: syntax.starMatchesSlash });
      }
    } else if (c === 63) {
      steps.push({ kind: "one", slash: syntax.starMatchesSlash });
    } else if (c === 91) {
      const parsed = parseClass(cps, i, syntax);
      if (!parsed) steps.push({ kind: "char", c });
      else {
        steps.push(parsed.step);
        i = parsed.end;
      }
    } else steps.push({ kind: "char", c });
  }
  return { steps };
}
function parseClass(cps, open, syntax) {
  let j = open + 1;
  let negate = false;
  if (cps[j] === 94 || syntax.bang && cps[j] === 33) {
    negate = true;
    j++;
  }
  const set = /* @__PURE__ */ new Set();
  const ranges = [];
  let first = true;
  for (; j < cps.length; j++) {
    let c = cps[j];
    if (c === 93 && !first) return { step: { kind: "class", set, ranges, negate }, end: j };
    first = false;
    if (c === 92 && syntax.escapes && j + 1 < cps.length) c = cps[++j];
    if (cps[j + 1] === 45 && j + 2 < cps.length && cps[j + 2] !== 93) {
      let hi = cps[j + 2];
      j += 2;
      if (hi === 92 && syntax.escapes && j + 1 < cps.length) hi = cps[++j];
      if (c <= hi) ranges.push([c, hi]);
      continue;
    }
    set.add(c);
  }
  return null;
}
function stepMatches(s, c) {
  switch (s.kind) {
    case "char":
      return s.c === c;
    case "one":
    case "star":
      return s.slash || c !== 47;
    case "class": {
      const hit = s.set.has(c) || s.ranges.some(([lo, hi]) => c >= lo && c <= hi);
      return hit !== s.negate && c !== 47;
    }
  }
}
function matchGlob(glob, subject, options = {}) {
  const steps = glob.steps;
  const n = steps.length;
  let current = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  const add = (set, k) => {
    while (k <= n && !set[k]) {
      set[k] = 1;
      const s = steps[k];
      if (!s || s.kind !== "star") return;
      if (s.skip) add(set, k + 2);
      k++;
    }
  };
  add(current, 0);
  const cps = [...subject].map((ch) => ch.codePointAt(0));
  for (let p = 0; p < cps.length; p++) {
    const c = cps[p];
    if (options.prefixDir && c === 47 && current[n]) return true;
    next.fill(0);
    let any = false;
    for (let k = 0; k < n; k++) {
      if (!current[k]) continue;
      const s = steps[k];
      if (!stepMatches(s, c)) continue;
      any = true;
      if (s.kind === "star") add(next, k);
      else add(next, k + 1);
    }
    if (options.anySegment && c === 47) add(next, 0);
    else if (!any && !options.anySegment) return false;
    [current, next] = [next, current];
  }
  return current[n] === 1;
}
function globOfParts(parts) {
  const steps = [];
  for (const p of parts) {
    if ("text" in p) for (const ch of p.text) steps.push({ kind: "char", c: ch.codePointAt(0) });
    else {
      if (p.anyRun === 1) steps.push({ kind: "one", slash: true });
      steps.push({ kind: "star", slash: true });
    }
  }
  return { steps };
}

// src/model/routing/values.ts
function compileTemplate(subject) {
  const out = [];
  let text = "";
  for (let i = 0; i < subject.length; i++) {
    const c = subject[i];
    if (c !== "$") {
      text += c;
      continue;
    }
    const rest = subject.slice(i + 1);
    const digit = /^[0-9]/.exec(rest);
    const braced = /^\{([A-Za-z0-9_]+)\}/.exec(rest);
    const plain = /^[A-Za-z0-9_]+/.exec(rest);
    if (!digit && !braced && !plain) {
      text += c;
      continue;
    }
    if (text) out.push({ text });
    text = "";
    if (digit) {
      out.push({ capture: Number(digit[0]) });
      i += 1;
    } else if (braced) {
      out.push({ variable: braced[1].toLowerCase() });
      i += braced[0].length;
    } else {
      out.push({ variable: plain[0].toLowerCase() });
      i += plain[0].length;
    }
  }
  if (text) out.push({ text });
  return out;
}
function usesVariable(parts, name) {
  return parts.some((p) => "variable" in p && p.variable === name);
}
function concat(...values) {
  const out = [];
  for (const v of values) {
    for (const p of v) {
      const last = out[out.length - 1];
      if ("text" in p && last && "text" in last) out[out.length - 1] = { text: last.text + p.text };
      else if (!("text" in p) || p.text !== "") out.push(p);
    }
  }
  return out;
}
function knownText(v) {
  let s = "";
  for (const p of v) {
    if (!("text" in p)) return null;
    s += p.text;
  }
  return s;
}
function unknownNames(v) {
  const out = [];
  for (const p of v) {
    const name = "unknown" in p ? p.unknown : "query" in p ? "is_args" : null;
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}
function pathPart(v) {
  const out = [];
  for (const p of v) {
    if ("query" in p) break;
    if ("text" in p) {
      const q = p.text.indexOf("?");
      if (q !== -1) {
        if (q > 0) out.push({ text: p.text.slice(0, q) });
        break;
      }
    }
    out.push(p);
  }
  return out;
}
function valuePattern(v) {
  const glob = globOfParts(v.map((p) => "text" in p ? { text: p.text } : { anyRun: "query" in p ? 0 : p.nonEmpty ? 1 : 0 }));
  return { test: (text) => matchGlob(glob, text) };
}

// src/model/routing/redirects.ts
var MAX_INTERNAL_REDIRECTS = 10;
var MAX_CHAINS = 48;
var MAX_STEPS = 1500;
var REDIRECT_CODES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
function serverOf2(ctx) {
  let c = ctx;
  while (c && c.kind !== "server") c = c.parent;
  return c;
}
var REWRITE_MODULE = /* @__PURE__ */ new Set(["break", "return", "set", "rewrite", "if"]);
var SCRIPT = memoSlot();
var NO_SCRIPT = Object.freeze([]);
function rewriteScript(ctx) {
  let script = recall(ctx, SCRIPT);
  if (script === void 0) {
    const found = ctx.directives.filter((d) => REWRITE_MODULE.has(d.name));
    script = remember(ctx, SCRIPT, found.length === 0 ? NO_SCRIPT : found);
  }
  return script;
}
var IFS = memoSlot();
function ifContext(ctx, d) {
  let index = recall(ctx, IFS);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const c of ctx.children) if (c.kind === "if" && c.directive && !index.has(c.directive)) index.set(c.directive, c);
    remember(ctx, IFS, index);
  }
  return index.get(d) ?? null;
}
function capturesOf(st, m, regex) {
  const named = new Map(st.named);
  if (regex instanceof Pcre) for (const [name, n] of regex.names) named.set(name.toLowerCase(), [{ text: m[n] ?? "" }]);
  return { captures: m.slice(0, 10).map((g) => [{ text: g ?? "" }]), named };
}
function execRegex(regex, subject) {
  try {
    return regex.exec(subject);
  } catch (e) {
    if (e instanceof PcreLimitError) return "failed";
    throw e;
  }
}
function conditionList(list) {
  const out = [];
  for (let x = list; x; x = x.up) out.push(x.c);
  return out.reverse();
}
var Resolver = class {
  chains = [];
  truncated = false;
  steps = 0;
  spent() {
    if (this.chains.length >= MAX_CHAINS || ++this.steps > MAX_STEPS) {
      this.truncated = true;
      return true;
    }
    return false;
  }
  finish(st, end) {
    if (this.chains.length >= MAX_CHAINS) {
      this.truncated = true;
      return;
    }
    const conditions = conditionList(st.pending);
    const all = [...st.hops.flatMap((h) => h.conditions), ...conditions];
    this.chains.push({
      hops: st.hops,
      via: st.via,
      conditions,
      end,
      ordinary: !all.some((c) => c.kind === "upgrade" && c.upgrade)
    });
  }
  cond(st, c) {
    return { ...st, pending: { c, up: st.pending } };
  }
  // ------------------------------------------------------------------------------------------------------------
  // Values
  /** The value of a variable, as far as it is known here. */
  variable(st, name) {
    const own2 = st.vars.get(name) ?? st.named.get(name);
    if (own2) return own2;
    switch (name) {
      case "uri":
      case "document_uri":
        return st.uri === null ? [{ unknown: name }] : [{ text: st.uri }];
      case "args":
      case "query_string":
        return st.args === null ? [{ unknown: name }] : [{ text: st.args }];
      case "is_args":
        return st.args === null ? [{ query: true }] : [{ text: st.args ? "?" : "" }];
      case "request_uri":
        return st.requestUri === null ? [{ unknown: name }] : [{ text: st.requestUri }];
      case "http_upgrade":
        return st.upgrade === false ? [] : [{ unknown: name, nonEmpty: true }];
      default:
        if (name.startsWith("arg_") && st.args !== null) {
          for (const kv of st.args.split("&")) {
            const eq = kv.indexOf("=");
            if ((eq === -1 ? kv : kv.slice(0, eq)).toLowerCase() === name.slice(4)) return [{ text: eq === -1 ? "" : kv.slice(eq + 1) }];
          }
          return [];
        }
        return [{ unknown: name }];
    }
  }
  expand(st, parts) {
    return concat(...parts.map((p) => {
      if ("text" in p) return [{ text: p.text }];
      if ("variable" in p) return this.variable(st, p.variable);
      if (st.captures === "unknown") return [{ unknown: String(p.capture) }];
      return st.captures[p.capture] ?? [];
    }));
  }
  /**
   * Runs `next` once per value `$http_upgrade` can have when the templates read it and it is not decided yet: empty
   * (an ordinary request: EventSource and fetch never send Upgrade) and non-empty (a WebSocket handshake).
   */
  withUpgrade(st, templates, d, next) {
    if (st.upgrade !== null || !templates.some((t2) => usesVariable(t2, "http_upgrade"))) {
      next(st);
      return;
    }
    next(this.cond({ ...st, upgrade: false }, { kind: "upgrade", upgrade: false, directive: d }));
    next(this.cond({ ...st, upgrade: true }, { kind: "upgrade", upgrade: true, directive: d }));
  }
  template(d, i) {
    const a = d.args[i];
    return a ? compileTemplate(argSubject(a.value, d.file)) : [];
  }
  // ------------------------------------------------------------------------------------------------------------
  // Phases
  /** ngx_http_handler for a new or internally redirected request: the server's rewrite script, then the search. */
  serverPhase(st) {
    if (this.spent()) return;
    this.script(st.server, rewriteScript(st.server), 0, { ...st, location: null, config: st.server }, (s) => this.findConfig(s));
  }
  /** The location search (find_config phase), then the location's rewrite script. */
  findConfig(st) {
    if (this.spent()) return;
    const last = st.via[st.via.length - 1];
    if (st.uri === null) {
      if (last) this.finish(st, { kind: "unknown", directive: last.directive, variables: ["uri"] });
      return;
    }
    const found = searchLocation(st.server, st.uri, []);
    if (found.failure) {
      this.status({ ...st, location: null, config: st.server }, 500, "regex-failure", null);
      return;
    }
    const node = found.location?.node ?? null;
    const hop = { via: st.via, location: node, uri: fromSubject(st.uri), match: found.how, conditions: conditionList(st.pending) };
    let s = { ...st, hops: [...st.hops, hop], via: [], pending: null, location: node, config: node ?? st.server, uriChanged: false };
    if (found.how === "auto-redirect") {
      this.status(s, 301, "auto-redirect", null);
      return;
    }
    if (!node) {
      this.tryFiles(s);
      return;
    }
    if (!s.internal && node.directives.some((d) => d.name === "internal")) {
      this.status(s, 404, "internal", node.directives.find((d) => d.name === "internal") ?? null);
      return;
    }
    for (let e = found.location; e; e = e.parent) {
      if (!e.regex) continue;
      const m = execRegex(e.regex, st.uri);
      if (m && m !== "failed") s = { ...s, ...capturesOf(s, m, e.regex) };
      break;
    }
    this.locationPhase(s);
  }
  /** The location's rewrite script, then post_rewrite (search again after a URI change) or try_files. */
  locationPhase(st) {
    if (this.spent()) return;
    const loc = st.location;
    this.script(loc, rewriteScript(loc), 0, { ...st, config: loc }, (s) => {
      if (!s.uriChanged) {
        this.tryFiles(s);
        return;
      }
      const rewrite = s.via[s.via.length - 1];
      if (s.changes - 1 === 0) {
        this.finish(s, { kind: "status", code: 500, reason: "cycle", directive: rewrite.directive });
        return;
      }
      this.findConfig({ ...s, changes: s.changes - 1 });
    });
  }
  /**
   * Runs rewrite-module directives in order (ngx_http_rewrite_handler): `rewrite`, `return`, `set`, `break` and
   * `if`, whose block is evaluated in place and whose settings apply when its condition holds. Only forks recurse.
   */
  script(ctx, dirs, i, st, done) {
    if (this.spent()) return;
    for (; i < dirs.length; i++) {
      const outs = this.directive(ctx, dirs[i], st);
      if (outs.length === 1 && !outs[0].stop) {
        st = outs[0].st;
        continue;
      }
      for (const o of outs) {
        if (o.stop) done(o.st, true);
        else this.script(ctx, dirs, i + 1, o.st, done);
      }
      return;
    }
    done(st, false);
  }
  /** One rewrite-module directive: the states the script goes on with (`stop`: the script ends here). */
  directive(ctx, d, st) {
    const outs = [];
    switch (d.name) {
      case "break":
        return [{ st: this.stay(st), stop: true }];
      case "return":
        this.doReturn(st, d);
        return [];
      case "set": {
        const name = /^\$([A-Za-z0-9_]+)$/.exec(d.args[0]?.value ?? "")?.[1]?.toLowerCase();
        if (!name) return [{ st, stop: false }];
        const parts = this.template(d, 1);
        this.withUpgrade(st, [parts], d, (s) => outs.push({ st: { ...s, vars: new Map(s.vars).set(name, this.expand(s, parts)) }, stop: false }));
        return outs;
      }
      case "rewrite":
        this.rewrite(st, d, outs);
        return outs;
      case "if": {
        const inner = ifContext(ctx, d);
        if (!inner) return [{ st, stop: false }];
        this.condition(st, d, (s, holds) => {
          if (!holds) outs.push({ st: s, stop: false });
          else this.script(inner, rewriteScript(inner), 0, { ...s, config: inner }, (s2, stopped) => outs.push({ st: s2, stop: stopped }));
        });
        return outs;
      }
      default:
        return [{ st, stop: false }];
    }
  }
  /** A URI change that does not start a new location search: the rewrites since the last hop moved nothing. */
  stay(st) {
    if (!st.uriChanged) return st;
    let n = st.via.length;
    while (n > 0 && st.via[n - 1].kind === "rewrite") n--;
    return { ...st, via: st.via.slice(0, n), uriChanged: false };
  }
  /** ngx_http_script_return_code: a status, a text or a redirect; error_page applies to bare error codes and redirects. */
  doReturn(st, d) {
    const first = d.args[0]?.value ?? "";
    const code4 = /^\d{3}$/.test(first) ? Number(first) : null;
    const hasText = code4 === null || d.args.length > 1;
    if (code4 !== null && (REDIRECT_CODES.has(code4) || code4 >= 400 && !hasText && code4 !== 444 && code4 !== 499)) {
      this.status(st, code4, null, d);
      return;
    }
    this.finish(st, { kind: "return", directive: d, code: code4 ?? 302 });
  }
  /** `rewrite regex replacement [flag]` (ngx_http_rewrite, ngx_http_script_regex_end_code). */
  rewrite(st, d, outs) {
    const flagText = d.args[2]?.value;
    const flag = flagText === "last" || flagText === "break" || flagText === "redirect" || flagText === "permanent" ? flagText : null;
    const replacementRaw = d.args[1]?.value ?? "";
    const { regex } = compilePcre(argSubject(d.args[0]?.value ?? "", d.file), false);
    const apply = (s) => {
      if (/^(https?:\/\/|\$scheme)/.test(replacementRaw) || flag === "redirect" || flag === "permanent") {
        this.finish(s, { kind: "redirect", directive: d, code: flag === "permanent" ? 301 : 302 });
        return;
      }
      const parts = this.template(d, 1);
      this.withUpgrade(s, [parts], d, (s2) => {
        const path = pathPart(this.expand(s2, parts));
        const text = knownText(path);
        const inServer = s2.location === null;
        const redirect = { kind: "rewrite", directive: d, from: s2.config, afterResponse: false };
        const next = { ...s2, uri: text, internal: true, via: [...s2.via, redirect], uriChanged: true };
        if (flag === "break" && !inServer) {
          outs.push({ st: this.stay(next), stop: true });
          return;
        }
        if (text === null) {
          this.finish(next, { kind: "unknown", directive: d, variables: unknownNames(path) });
          return;
        }
        outs.push({ st: next, stop: flag !== null });
      });
    };
    if (st.uri !== null && regex) {
      const m = execRegex(regex, st.uri);
      if (m === "failed") this.status(st, 500, "regex-failure", d);
      else if (!m) outs.push({ st, stop: false });
      else apply({ ...st, ...capturesOf(st, m, regex) });
      return;
    }
    apply(this.cond({ ...st, captures: "unknown" }, { kind: "regex", matches: true, directive: d }));
    outs.push({ st: this.cond(st, { kind: "regex", matches: false, directive: d }), stop: false });
  }
  /** ngx_http_rewrite_if_condition: `$var`, `$var = s`, `!=`, `~`, `~*`, `!~`, `!~*`, and file tests (never known here). */
  condition(st, d, next) {
    const args = d.args.map((a) => argSubject(a.value, d.file));
    if (args.length > 0) {
      if (args[0] === "(") args.shift();
      else args[0] = args[0].replace(/^\(/, "");
      const lastIdx = args.length - 1;
      if (args[lastIdx] === ")") args.pop();
      else if (lastIdx >= 0) args[lastIdx] = args[lastIdx].replace(/\)$/, "");
    }
    const both = (s) => {
      next(this.cond(s, { kind: "if", holds: true, directive: d }), true);
      next(this.cond(s, { kind: "if", holds: false, directive: d }), false);
    };
    const subjectParts = args[0]?.startsWith("$") ? compileTemplate(args[0]) : null;
    if (!subjectParts) {
      both(st);
      return;
    }
    const valueParts = args.length === 3 ? compileTemplate(args[2]) : [];
    this.withUpgrade(st, [subjectParts, valueParts], d, (s) => {
      const subject = knownText(this.expand(s, subjectParts));
      if (args.length === 1) {
        if (subject === null) both(s);
        else next(s, subject !== "" && subject !== "0");
        return;
      }
      const op = args[1];
      if (op === "=" || op === "!=") {
        const value = knownText(this.expand(s, valueParts));
        if (subject === null || value === null) both(s);
        else next(s, subject === value === (op === "="));
        return;
      }
      if (op === "~" || op === "~*" || op === "!~" || op === "!~*") {
        const { regex } = compilePcre(args[2] ?? "", op.endsWith("*"));
        if (subject === null || !regex) {
          both(s);
          return;
        }
        const m = execRegex(regex, subject);
        if (m === "failed") this.status(s, 500, "regex-failure", d);
        else if (m && !op.startsWith("!")) next({ ...s, ...capturesOf(s, m, regex) }, true);
        else next(s, m === null === op.startsWith("!"));
        return;
      }
      both(s);
    });
  }
  /**
   * The rest of the request in one block: access checks and the content handler may answer with a status that
   * error_page sends on (each such status taken as a possibility), then ngx_http_core_try_files_phase in the
   * location itself (an `if` that matched has no try_files), then the content handler.
   */
  tryFiles(st) {
    if (this.spent()) return;
    const own2 = st.location ?? st.server;
    const d = st.config === own2 ? own2.directives.find((x) => x.name === "try_files" && x.args.length >= 2) : void 0;
    if (!d) {
      this.served(st);
      this.errorPages(st);
      return;
    }
    const files = d.args.slice(0, -1).map((_, i) => knownText(this.expand(st, this.template(d, i))));
    const key = files.every((f) => f !== null) ? `${d.file.path}:${d.start}\0${files.join("\0")}` : null;
    const known = key === null ? void 0 : st.files.get(key);
    const remember2 = (s, exists2) => key === null ? s : { ...s, files: new Map(s.files).set(key, exists2) };
    if (known !== true) {
      const fallback = remember2(this.cond(st, { kind: "file", exists: false, directive: d }), false);
      const lastArg = d.args.at(-1);
      const codeArg = /^=(\d+)$/.exec(lastArg.value);
      if (codeArg) {
        this.status(fallback, Number(codeArg[1]), "try_files", d);
      } else {
        const parts = this.template(d, d.args.length - 1);
        this.withUpgrade(fallback, [parts], d, (s) => this.redirectTo(s, this.expand(s, parts), { kind: "try_files", directive: d, from: s.config, afterResponse: false }));
      }
    }
    if (known !== false) {
      const found = files.length === 1 ? files[0] : null;
      this.served({ ...remember2(this.cond(st, { kind: "file", exists: true, directive: d }), true), uri: found });
    }
    this.errorPages(st);
  }
  /** The content handler of the block whose settings apply runs. */
  served(st) {
    this.finish(st, { kind: "served", context: st.config, uri: st.uri === null ? null : fromSubject(st.uri) });
  }
  /**
   * error_page for a status not known here (an access check such as auth_request, or the content handler: a
   * static file's 404, a backend's 502): one way per error_page line in effect, the first time only.
   */
  errorPages(st) {
    if (st.errorPage) return;
    const pages = effectiveList(st.config, "error_page", null).entries;
    if (pages.length === 0) return;
    const s = { ...st, errorPage: !this.recursive(st.config) };
    for (const e of pages) {
      const codes = e.directive.args.map((a) => a.value).filter((v) => /^\d{3}$/.test(v)).map(Number);
      if (codes.length === 0) continue;
      this.errorPage(this.cond(s, { kind: "status", codes, directive: e.directive }), e.directive, true);
    }
  }
  recursive(ctx) {
    return effectiveValue(ctx, "recursive_error_pages", null).value === "on";
  }
  /**
   * A status nginx finalizes the request with (ngx_http_special_response_handler): the first time, error_page of
   * the block whose settings apply may redirect it; otherwise it is the answer.
   */
  status(st, code4, reason2, d) {
    const end = reason2 === null ? { kind: "return", directive: d, code: code4 } : { kind: "status", code: code4, reason: reason2, directive: d };
    if (st.errorPage) {
      this.finish(st, end);
      return;
    }
    const pages = effectiveList(st.config, "error_page", null).entries;
    if (pages.length === 0) {
      this.finish(st, end);
      return;
    }
    const s = { ...st, errorPage: !this.recursive(st.config) };
    const page = pages.find((e) => e.directive.args.some((a) => a.value === String(code4)));
    if (page) this.errorPage(s, page.directive, false);
    else this.finish(s, end);
  }
  /** ngx_http_send_error_page: a URI is an internal redirect, `@name` a named location, anything else a 302. */
  errorPage(st, d, afterResponse) {
    const parts = this.template(d, d.args.length - 1);
    const overwrite = d.args.map((a) => /^=(\d{3})$/.exec(a.value)?.[1]).find((x) => x !== void 0);
    this.withUpgrade(st, [parts], d, (s) => {
      const value = this.expand(s, parts);
      const first = value[0];
      if (first && "text" in first && (first.text.startsWith("/") || first.text.startsWith("@"))) {
        this.redirectTo(s, value, { kind: "error_page", directive: d, from: s.config, afterResponse });
        return;
      }
      const code4 = overwrite && REDIRECT_CODES.has(Number(overwrite)) ? Number(overwrite) : 302;
      this.finish(s, { kind: "redirect", directive: d, code: code4 });
    });
  }
  /** A target of try_files or error_page: `@name` is a named location (ngx_http_named_location), else an internal redirect. */
  redirectTo(st, value, redirect) {
    if (this.spent()) return;
    const d = redirect.directive;
    const first = value[0];
    if (!first || !("text" in first)) {
      this.finish(st, { kind: "unknown", directive: d, variables: unknownNames(value) });
      return;
    }
    const s = { ...st, via: [...st.via, redirect] };
    if (s.changes - 1 === 0) {
      this.finish(s, { kind: "status", code: 500, reason: "cycle", directive: d });
      return;
    }
    const next = { ...s, changes: s.changes - 1 };
    if (first.text.startsWith("@")) {
      this.named(next, value, d);
      return;
    }
    const path = knownText(pathPart(value));
    if (path === null) {
      this.finish(next, { kind: "unknown", directive: d, variables: unknownNames(pathPart(value)) });
      return;
    }
    const whole = knownText(value);
    const q = whole === null ? -1 : whole.indexOf("?");
    const args = whole === null ? null : q === -1 ? "" : whole.slice(q + 1);
    this.serverPhase({ ...next, uri: path, args, internal: true, uriChanged: false });
  }
  /** Jumps to a named location of the server (named locations are server-level only); missing: 500. */
  named(st, value, d) {
    const locations = locationsOf(st.server);
    const named = locations.named;
    const text = knownText(value);
    const jump = (s, e) => {
      const hop = { via: s.via, location: e.node, uri: s.uri === null ? null : fromSubject(s.uri), match: "named", conditions: conditionList(s.pending) };
      this.locationPhase({ ...s, hops: [...s.hops, hop], via: [], pending: null, location: e.node, config: e.node, uriChanged: false });
    };
    if (text !== null) {
      const e = namedLocation(locations, text);
      if (e) jump(st, e);
      else this.status(st, 500, "no-named-location", d);
      return;
    }
    const re = valuePattern(value);
    for (const e of named) {
      if (re.test(e.subject)) jump(this.cond(st, { kind: "name", name: e.pattern, directive: d }), e);
    }
    this.status(this.cond(st, { kind: "name", name: null, directive: d }), 500, "no-named-location", d);
  }
};
function initial(server, start) {
  return {
    server,
    uri: start.uri,
    args: start.args,
    requestUri: start.requestUri,
    internal: false,
    changes: MAX_INTERNAL_REDIRECTS + 1,
    errorPage: false,
    files: /* @__PURE__ */ new Map(),
    upgrade: null,
    captures: [],
    named: /* @__PURE__ */ new Map(),
    vars: /* @__PURE__ */ new Map(),
    hops: [],
    via: [],
    pending: null,
    location: null,
    config: server,
    uriChanged: false
  };
}
function ordered(r) {
  const chains = [...r.chains.filter((c) => c.ordinary), ...r.chains.filter((c) => !c.ordinary)];
  return { chains, truncated: r.truncated };
}
function requestChains(result) {
  if (!result.server || result.subject === null || result.badRequest) return { chains: [], truncated: false };
  const r = new Resolver();
  r.serverPhase(initial(result.server, { uri: result.subject, args: result.args ?? "", requestUri: result.request.uri }));
  return ordered(r);
}
function routeChains(contexts, req) {
  const result = route(contexts, req);
  return { route: result, chains: requestChains(result) };
}
function locationChains(location) {
  const server = serverOf2(location);
  if (!server || location.kind !== "location") return { chains: [], truncated: false };
  const e = entryOf2(server, location);
  const uri = e?.modifier === "=" ? e.subject : null;
  const r = new Resolver();
  const st = initial(server, { uri, args: null, requestUri: null });
  const hop = { via: [], location, uri: uri === null ? null : fromSubject(uri), match: null, conditions: [] };
  const captures = e?.regex ? "unknown" : [];
  const internal = location.directives.some((d) => d.name === "internal");
  r.locationPhase({ ...st, hops: [hop], location, config: location, captures, internal });
  return ordered(r);
}
function servedInPlace(location) {
  if (location.kind !== "location" || !serverOf2(location)) return false;
  if (rewriteScript(location).length > 0) return false;
  const dirs = location.directives;
  for (let k = 0; k < dirs.length; k++) if (dirs[k].name === "try_files") return false;
  return effectiveList(location, "error_page", null).entries.length === 0;
}
function serverChains(server, uri, internal) {
  const r = new Resolver();
  r.serverPhase({ ...initial(server, { uri, args: null, requestUri: null }), internal });
  return ordered(r);
}
function servingLocation(chain) {
  if (chain.end.kind !== "served") return null;
  let c = chain.end.context;
  while (c && c.kind !== "location") c = c.kind === "if" || c.kind === "limit_except" ? c.parent : null;
  return c;
}

// src/model/queries/protocols.ts
function addressKey(l) {
  if (l.kind === "unix") return `unix:${l.path}`;
  return `${l.addr === "0.0.0.0" ? "*" : l.addr}:${l.port}`;
}
function hasParam(l, name) {
  return l.directive !== null && paramsOf(l.directive).includes(name);
}
function paramsOf(d) {
  let params = listenParams.get(d);
  if (!params) {
    params = d.argc <= 1 ? NO_PARAMS : d.argValues().slice(1);
    listenParams.set(d, params);
  }
  return params;
}
var listenParams = /* @__PURE__ */ new WeakMap();
var NO_PARAMS = Object.freeze([]);
var listenIndexCache = /* @__PURE__ */ new WeakMap();
function listenOptionsIndex(model) {
  let idx = listenIndexCache.get(model);
  if (idx) return idx;
  idx = { tls: /* @__PURE__ */ new Map(), h2: /* @__PURE__ */ new Map() };
  for (const s of httpServers(model.contexts)) {
    for (const l of serverListens(s)) {
      if (hasParam(l, "quic")) continue;
      const key = addressKey(l);
      if (hasParam(l, "ssl") && !idx.tls.has(key)) idx.tls.set(key, l.directive);
      if (hasParam(l, "http2") && !idx.h2.has(key)) idx.h2.set(key, l.directive);
    }
  }
  listenIndexCache.set(model, idx);
  return idx;
}
function serverProtocols(model, server) {
  const own2 = serverListens(server).filter((l) => !hasParam(l, "quic"));
  const idx = listenOptionsIndex(model);
  let tlsVia = null;
  let h2Listen = null;
  const tlsKeys = /* @__PURE__ */ new Set();
  for (const l of own2) {
    if (hasParam(l, "ssl")) tlsVia ??= l.directive;
    if (hasParam(l, "http2")) h2Listen ??= l.directive;
  }
  for (const l of own2) {
    const key = addressKey(l);
    if (idx.tls.has(key)) {
      tlsKeys.add(key);
      tlsVia ??= idx.tls.get(key) ?? null;
    }
    if (idx.h2.has(key)) h2Listen ??= idx.h2.get(key) ?? null;
  }
  const sslFlag = model.effective(server, "ssl");
  const sslOn = sslFlag.value === "on" && sslFlag.origin.kind === "directive" ? sslFlag.origin.directive : null;
  const tlsListens = own2.filter((l) => !hasParam(l, "quic") && l.directive !== null && (sslOn !== null || tlsKeys.has(addressKey(l)))).map((l) => l.directive);
  const http2Setting = model.effective(server, "http2");
  const h2On = http2Setting.value === "on" && http2Setting.origin.kind === "directive" ? http2Setting.origin.directive : null;
  return {
    tls: tlsVia !== null || sslOn !== null,
    tlsVia: tlsVia ?? sslOn,
    http2: h2On !== null || h2Listen !== null,
    http2Via: h2On ?? h2Listen,
    http2Setting,
    tlsListens
  };
}

// rules/http1-connection-limit.ts
var HTTP2_DIRECTIVE = "1.25.1";
var http1_connection_limit_default = defineRule({
  meta: {
    id: "http1-connection-limit",
    summary: "Event streams over HTTP/1.1 run into the browser limit of about six connections per host",
    severity: "warning",
    fix: "safe",
    messages: {
      tls: "This TLS server serves event streams without HTTP/2 ({http2}): browsers open about six HTTP/1.1 connections per host and every open EventSource holds one, so from the seventh tab on, streams and ordinary requests to this host wait. HTTP/2 carries many streams on one connection. Streams: {streams}.",
      plain: "This server serves event streams over plain HTTP{h2c}: browsers speak HTTP/2 only over TLS, so here they use HTTP/1.1 with about six connections per host, and every open EventSource holds one. If TLS ends in a proxy or load balancer in front of nginx, the limit is that tier's. Streams: {streams}.",
      h2c: " (HTTP/2 without TLS, from {line}, is not used by browsers)",
      noHttp2: "no listen ... http2 on its address{via}, and http2 is not turned on",
      via: " ({line})"
    },
    fixes: {
      http2On: "Turn HTTP/2 on for this server",
      listenHttp2: "Add http2 to the TLS listen lines of this server"
    },
    docs: {
      why: 'Browsers allow about six concurrent HTTP/1.1 connections per host, and each open EventSource holds one for as long as it runs, so a user with several tabs open starves the rest of the site (Chrome and Firefox marked this "won\'t fix"; MDN EventSource). Over HTTP/2 the streams share one connection, up to http2_max_concurrent_streams (128) per connection: 8 streams multiplexed on one connection all arrived incrementally [E37]. Browsers use HTTP/2 only over TLS, so the finding is a warning for TLS servers and a note for plain-HTTP ones. `ssl` and `http2` on a listen apply to the whole address:port, whichever server sets them; `http2 on` (nginx 1.25.1+) applies per server. Each stream still needs its own upstream connection (rule stream-capacity) (sse-semantics.md SSE015).',
      bad: "server {\n    listen 443 ssl;\n    server_name example.com;\n    ssl_certificate /etc/ssl/example.pem;\n    ssl_certificate_key /etc/ssl/example.key;\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_buffering off;\n    }\n}",
      good: "server {\n    listen 443 ssl http2;\n    server_name example.com;\n    ssl_certificate /etc/ssl/example.pem;\n    ssl_certificate_key /etc/ssl/example.key;\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_buffering off;\n    }\n}",
      fix: "Safe, for TLS servers only: when the target nginx is 1.25.1 or newer (`--nginx-version`), inserts `http2 on;` after the server's listen lines (or turns a `http2 off;` written in the server on); for older or unknown versions it appends `http2` to the server's TLS `listen` lines, the form every version with HTTP/2 accepts (1.25.1+ accepts it with a deprecation warning, so `http2 on;` is only chosen when the version is known). A `listen ... http2` enables HTTP/2 for every server on that address and port. HTTP/2 is negotiated by ALPN, so clients without it keep HTTP/1.1. When the server turns HTTP/2 off explicitly the fix is unsafe: someone chose that.",
      references: [
        "https://nginx.org/en/docs/http/ngx_http_v2_module.html#http2",
        "https://nginx.org/en/docs/http/ngx_http_core_module.html#listen",
        "https://developer.mozilla.org/en-US/docs/Web/API/EventSource"
      ]
    }
  },
  create(ctx) {
    const byServer = /* @__PURE__ */ new Map();
    const newDirective = ctx.model.version !== null && compareVersions(ctx.model.version, HTTP2_DIRECTIVE) >= 0;
    return {
      streamLocation(loc) {
        if (!loc.directive) return;
        const server = serverOf(loc);
        if (!server || !isHttpServer(server)) return;
        const list = byServer.get(server);
        if (list) list.push(loc);
        else byServer.set(server, [loc]);
      },
      done() {
        for (const [server, streams] of byServer) {
          const p = serverProtocols(ctx.model, server);
          const labels = ctx.list(streams.map((s) => ctx.level(s)), "comma", { limit: 3 });
          const node = server.directive ?? streams[0].directive;
          if (!p.tls) {
            const h2c = p.http2 && p.http2Via ? ctx.message("h2c", { line: ctx.show(p.http2Via) }) : null;
            ctx.report({ node, context: server, messageId: "plain", severity: "info", data: { h2c, streams: labels } });
            continue;
          }
          if (p.http2) continue;
          const setting = p.http2Setting;
          const explicitOff = setting.origin.kind === "directive";
          const http2 = explicitOff ? ctx.origin(setting) : ctx.message("noHttp2", { via: p.tlsVia ? ctx.message("via", { line: ctx.show(p.tlsVia) }) : null });
          let fix2;
          const applicability = explicitOff ? "unsafe" : "safe";
          if (newDirective) {
            const block = server.directive;
            const at = setAt(setting, server);
            if (block) {
              fix2 = {
                id: "http2On",
                applicability,
                edits: (f) => at ? f.replaceArg(at, 0, "on") : f.insertDirective(block, "http2 on;", { family: "listen" })
              };
            }
          } else {
            const listens = p.tlsListens.filter((d) => writtenDirectlyIn(d, server));
            if (listens.length > 0) {
              fix2 = {
                id: "listenHttp2",
                applicability,
                edits: (f) => listens.map((d) => f.appendArg(d, "http2"))
              };
            }
          }
          const severity = streams.some((s) => ctx.model.streamEvidence(s).maxSeverity !== "info") ? "warning" : "info";
          ctx.report({ node, context: server, messageId: "tls", severity, data: { http2, streams: labels }, fix: fix2 });
        }
      }
    };
  }
});

// rules/keepalive-ineffective.ts
var keepalive_ineffective_default = defineRule({
  meta: {
    id: "keepalive-ineffective",
    summary: "Upstream keepalive is configured but this location closes every upstream connection",
    severity: "info",
    fix: "suggestion",
    messages: {
      closes: "upstream {upstream} keeps idle connections ({keepalive}), but requests from here are sent with {reasons}, so the backend closes every connection and keepalive does nothing for them.{recipe}",
      keepaliveDefault: "keepalive {value}: {default}",
      http10: "HTTP/1.0 ({origin})",
      http10Default: "HTTP/1.0 (proxy_http_version: {origin})",
      closeDefault: "Connection: close ({default}; no proxy_set_header Connection in effect)",
      closeLine: "Connection: {value} ({origin})",
      closeMap: 'Connection: {value} for requests without Upgrade ({origin}; map {source} {variable} gives "{value}"{at})',
      mapAt: " at {at}",
      adviceBefore: ' Use proxy_http_version 1.1; and proxy_set_header Connection ""; (or a map whose empty value is "") where these requests are proxied.',
      adviceSince: " Drop the proxy_http_version 1.0 or Connection: close setting (HTTP/1.1 without a Connection header is the default since {version})."
    },
    fixes: {
      wire: "Proxy {place} with HTTP/1.1 and an empty Connection header so upstream connections are kept"
    },
    related: {
      keepaliveSet: "keepalive is set here",
      keepaliveByDefault: "this upstream block keeps idle connections by default",
      http10Set: "proxy_http_version 1.0 is set here",
      closeSet: "Connection: close is set here",
      mapValue: '{variable} is "{value}" for ordinary requests'
    },
    docs: {
      why: 'An upstream block\'s `keepalive` only caches idle connections that the backend leaves open. Before nginx 1.29.7 that needs `proxy_http_version 1.1` and a cleared Connection header (`proxy_set_header Connection "";`), because nginx proxies with HTTP/1.0 and `Connection: close` by default; otherwise keepalive is silently ineffective. Since 1.29.7 HTTP/1.1 and no Connection header are the defaults, and explicit upstream blocks get `keepalive 32 local` unless `keepalive 0;` is set; a location that still sets 1.0 or `Connection: close` defeats it. A WebSocket map whose empty value is `close` sends `Connection: close` on every ordinary request [E27]. Not an SSE breaker: a stream holds its connection anyway (sse-semantics.md SSE019, SSE003, SSE004).',
      bad: "upstream app {\n    server 127.0.0.1:8080;\n    keepalive 16;\n}\nserver {\n    listen 80;\n    location / {\n        proxy_pass http://app;\n        proxy_http_version 1.1;\n    }\n}",
      good: 'upstream app {\n    server 127.0.0.1:8080;\n    keepalive 16;\n}\nserver {\n    listen 80;\n    location / {\n        proxy_pass http://app;\n        proxy_http_version 1.1;\n        proxy_set_header Connection "";\n    }\n}',
      fix: 'Suggestion (shown by `--diff`, never applied): `proxy_http_version 1.1;` and `proxy_set_header Connection "";` in the location, with the inherited proxy_set_header lines copied along. adding `proxy_set_header Connection "";` to a block drops every proxy_set_header it inherited (Host, X-Forwarded-For, ...), so the lines have to be written by hand. Use `proxy_http_version 1.1;` and `proxy_set_header Connection "";` (repeat the inherited headers), or a map that yields an empty value for ordinary requests.',
      references: [
        "https://nginx.org/en/docs/http/ngx_http_upstream_module.html#keepalive",
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_http_version",
        "https://nginx.org/en/docs/http/websocket.html"
      ]
    }
  },
  create(ctx) {
    const check = (c) => {
      const h = ctx.model.handler(c);
      if (h.module !== "proxy" || !h.upstream) return;
      const up = h.upstream;
      const related = [];
      let keepalive;
      if (up.keepalive) {
        if (up.keepalive.arg(0) === "0") return;
        keepalive = ctx.show(up.keepalive);
        related.push(ctx.related(up.keepalive, "keepaliveSet"));
      } else {
        if (ctx.model.version === null || compareVersions(ctx.model.version, PROXY_DEFAULTS_CHANGED) < 0) return;
        const d = ctx.model.defaultOf("keepalive");
        if (d.origin.kind !== "default" || !d.args) return;
        keepalive = ctx.message("keepaliveDefault", { value: ctx.code(d.args.join(" ")), default: { kind: "default", basis: d.origin.basis } });
        if (up.context.directive) related.push(ctx.related(up.context.directive, "keepaliveByDefault"));
      }
      const reasons = [];
      let closedByMap = false;
      const version = ctx.model.effective(c, "proxy_http_version");
      if (version.value === "1.0") {
        reasons.push(ctx.message(version.origin.kind === "default" ? "http10Default" : "http10", { origin: ctx.origin(version) }));
        if (version.origin.kind === "directive") related.push(ctx.related(version.origin.directive, "http10Set"));
      }
      const { levels } = ctx.model.effectiveList(c, "proxy_set_header");
      for (const sent of connectionSent(ctx.model, c)) {
        if (sent.kind === "default" && sent.value === "close") {
          reasons.push(ctx.message("closeDefault", { default: { kind: "default", basis: sent.basis } }));
        } else if (sent.kind === "literal" && hasToken(sent.value, "close")) {
          reasons.push(ctx.message("closeLine", { value: ctx.code(sent.value), origin: ctx.origin(entryValue(c, sent.entry, levels)) }));
          related.push(ctx.related(sent.entry.directive, "closeSet"));
        } else if (sent.kind === "map" && hasToken(sent.value, "close")) {
          closedByMap = true;
          reasons.push(ctx.message("closeMap", {
            value: ctx.code(sent.value),
            origin: ctx.origin(entryValue(c, sent.entry, levels)),
            source: ctx.code(sent.map.source),
            variable: ctx.code(sent.variable),
            at: sent.line ? ctx.message("mapAt", { at: ctx.where(sent.line) }) : null
          }));
          related.push(ctx.related(sent.entry.directive, "mapValue", { variable: ctx.code(sent.variable), value: ctx.code(sent.value) }));
        }
      }
      if (reasons.length === 0) return;
      const advice = sendsCloseByDefault(ctx.model) ? ctx.message("adviceBefore") : ctx.message("adviceSince", { version: ctx.code(PROXY_DEFAULTS_CHANGED) });
      const wire = c.kind === "location" && c.directive && !closedByMap ? c.directive : null;
      ctx.report({
        node: c.directive,
        context: c,
        messageId: "closes",
        data: { upstream: ctx.code(up.name), keepalive, reasons: ctx.list(reasons, "and") },
        related,
        recipe: advice,
        ...wire ? { fix: {
          id: "wire",
          data: { place: ctx.level(c) },
          applicability: "suggestion",
          edits: (f) => {
            const edits = [];
            const inserted = [];
            const ownVersion = setDirectlyIn(version, c);
            if (version.value === "1.0") {
              if (ownVersion) edits.push(f.replaceArg(ownVersion, 0, "1.1"));
              else inserted.push("proxy_http_version 1.1;");
            }
            const list = ctx.model.effectiveList(c, "proxy_set_header");
            const ownLines = list.entries.filter((e) => e.context === c);
            const ownConnection = ownLines.find((e) => e.directive.argIs(0, "connection"));
            if (ownConnection) {
              if (hasToken(ownConnection.directive.arg(1) ?? "", "close")) edits.push(f.replaceArg(ownConnection.directive, 1, ""));
            } else {
              if (ownLines.length === 0) inserted.push(...list.entries.filter((e) => !e.directive.argIs(0, "connection")).map((e) => f.directiveText(e.directive)));
              inserted.push('proxy_set_header Connection "";');
            }
            if (inserted.length) edits.push(f.insertLines(wire, inserted, "proxy_"));
            return edits;
          }
        } } : {}
      });
    };
    return {
      location: check,
      if(c) {
        const loc = ctx.model.locationOf(c);
        const h = ctx.model.handler(c);
        if (loc && h.context === c && h.upstream && h.upstream !== ctx.model.handler(loc).upstream) check(c);
      }
    };
  }
});

// src/model/queries/units.ts
var MAX = 9223372036854775807n;
var ST_START = 0;
var ST_YEAR = 1;
var ST_MONTH = 2;
var ST_WEEK = 3;
var ST_DAY = 4;
var ST_HOUR = 5;
var ST_MIN = 6;
var ST_SEC = 7;
var ST_MSEC = 8;
var ST_LAST = 9;
function nginxTime(text, sec) {
  const memo = sec ? secTimes : msTimes;
  let v = memo.get(text);
  if (v === void 0) {
    if (memo.size >= TIME_MEMO) memo.clear();
    memo.set(text, v = parseTime(text, sec));
  }
  return v;
}
var secTimes = /* @__PURE__ */ new Map();
var msTimes = /* @__PURE__ */ new Map();
var TIME_MEMO = 4096;
function parseTime(text, sec) {
  let valid = false;
  let value = 0n;
  let total = 0n;
  let step = sec ? ST_START : ST_MONTH;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c >= "0" && c <= "9") {
      value = value * 10n + BigInt(c.charCodeAt(0) - 48);
      if (value > MAX) return null;
      valid = true;
      i++;
      continue;
    }
    i++;
    let scale;
    let max;
    const unit = (s, seconds) => {
      if (step >= s) return false;
      step = s;
      max = MAX / seconds;
      scale = seconds;
      return true;
    };
    switch (c) {
      case "y":
        if (step > ST_START || !unit(ST_YEAR, 31536000n)) return null;
        break;
      case "M":
        if (!unit(ST_MONTH, 2592000n)) return null;
        break;
      case "w":
        if (!unit(ST_WEEK, 604800n)) return null;
        break;
      case "d":
        if (!unit(ST_DAY, 86400n)) return null;
        break;
      case "h":
        if (!unit(ST_HOUR, 3600n)) return null;
        break;
      case "m":
        if (text[i] === "s") {
          if (sec || step >= ST_MSEC) return null;
          i++;
          step = ST_MSEC;
          max = MAX;
          scale = 1n;
          break;
        }
        if (!unit(ST_MIN, 60n)) return null;
        break;
      case "s":
        if (!unit(ST_SEC, 1n)) return null;
        break;
      case " ":
        if (step >= ST_SEC) return null;
        step = ST_LAST;
        max = MAX;
        scale = 1n;
        break;
      default:
        return null;
    }
    if (step !== ST_MSEC && !sec) {
      scale *= 1000n;
      max /= 1000n;
    }
    if (value > max) return null;
    value *= scale;
    if (total > MAX - value) return null;
    total += value;
    value = 0n;
    while (text[i] === " ") i++;
  }
  if (!valid) return null;
  if (!sec) {
    if (value > MAX / 1000n) return null;
    value *= 1000n;
  }
  if (total > MAX - value) return null;
  return total + value;
}
function digits(text) {
  if (!/^\d+$/.test(text)) return null;
  const n = BigInt(text);
  return n > MAX ? null : n;
}
function nginxSize(text) {
  return scaled(text, { k: 1024n, m: 1048576n });
}
function nginxOffset(text) {
  return scaled(text, { k: 1024n, m: 1048576n, g: 1073741824n });
}
function scaled(text, units) {
  if (text === "") return null;
  const unit = units[text[text.length - 1].toLowerCase()];
  const n = digits(unit ? text.slice(0, -1) : text);
  if (n === null) return null;
  if (unit && n > MAX / unit) return null;
  return unit ? n * unit : n;
}
function nginxNumber(text) {
  return digits(text);
}
function parseDuration(v) {
  const ms = nginxTime(v, false);
  return ms === null ? null : Number(ms) / 1e3;
}
function parseSize(v) {
  const n = nginxOffset(v);
  return n === null ? null : Number(n);
}

// rules/limit-rate-on-stream.ts
var limit_rate_on_stream_default = defineRule({
  meta: {
    id: "limit-rate-on-stream",
    summary: "limit_rate does nothing for unbuffered streams and throttles buffered ones",
    severity: "info",
    fix: "suggestion",
    streamOnly: true,
    messages: {
      ignored: "limit_rate {value} is in effect here ({origin}) but does nothing for this stream: nginx switches client rate limiting off for unbuffered upstream responses, and this one is unbuffered ({unbuffered}). Stream: {why}.",
      throttled: "limit_rate {value} is in effect here ({origin}) and {because}: the stream leaves nginx at no more than {value} bytes per second, so events fall behind. Stream: {why}.",
      producedBy: "the stream is produced by {by}, whose output is rate limited",
      nginxItself: "nginx itself",
      bufferingOn: "{directive} is on ({origin})",
      neverBuffered: "{module} responses are never buffered"
    },
    fixes: {
      noLimit: "Lift limit_rate for {place}"
    },
    related: {
      setHere: "limit_rate {value} is set here"
    },
    docs: {
      why: "For an unbuffered upstream response nginx sets the request's rate limit to 0 (ngx_http_upstream_send_response), which also cancels an upstream X-Accel-Limit-Rate: `limit_rate 100` with buffering off let a ~1 KB/s stream through unthrottled [E31]. With buffering on, the limit applies: the same stream was throttled to 100 B/s and the client gave up after 30 s with 10 of 16 events [E32]. Output generated by nginx itself (content_by_lua*) is always limited (checked on nginx 1.22.1: 8 KB of flushed Lua events took 4 s with `limit_rate 2k`, 2 ms without). So limit_rate either does nothing for a stream, which misleads whoever reads the config, or delays events (sse-semantics.md SSE018). Variable rates (`limit_rate $rate`) are not checked.",
      bad: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    limit_rate 100k;\n}",
      good: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    limit_rate 0;\n}",
      fix: "Suggestion (shown by `--diff`, never applied): `limit_rate 0;` in the stream location. Remove limit_rate from the stream location (or set `limit_rate 0;` there to stop inheriting it); to pace a stream, pace it in the backend.",
      references: [
        "https://nginx.org/en/docs/http/ngx_http_core_module.html#limit_rate",
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffering"
      ]
    }
  },
  create(ctx) {
    const check = (loc, at, v) => {
      const raw = v.args?.[0];
      const bytes = raw === void 0 ? null : parseSize(raw);
      if (!raw || bytes === null || bytes === 0) return;
      const h = ctx.model.handler(at);
      const data = { value: ctx.code(raw), origin: ctx.origin(v), why: ctx.stream(loc) };
      const node = setDirectlyIn(v, at) ?? at.directive;
      const own2 = setDirectlyIn(v, at);
      const fix2 = at.directive ? { fix: {
        id: "noLimit",
        data: { place: ctx.level(at) },
        applicability: "suggestion",
        edits: (f) => own2 ? f.replaceArg(own2, 0, "0") : f.insertDirective(at.directive, "limit_rate 0;")
      } } : {};
      const related = v.origin.kind === "directive" && v.origin.directive !== node ? [ctx.related(v.origin.directive, "setHere", { value: ctx.code(raw) })] : [];
      const bufferingName = bufferingDirective(h.module);
      if (!bufferingName && !isUpstreamModule(h.module)) {
        const by = h.directive ? ctx.code(h.directive.name) : ctx.message("nginxItself");
        ctx.report({
          node,
          context: at,
          messageId: "throttled",
          severity: "warning",
          related,
          ...fix2,
          data: { ...data, because: ctx.message("producedBy", { by }) }
        });
        return;
      }
      const buffering = bufferingName ? ctx.model.effective(at, bufferingName) : null;
      if (bufferingName && buffering?.value === "on") {
        ctx.report({
          node,
          context: at,
          messageId: "throttled",
          severity: "warning",
          related,
          ...fix2,
          data: { ...data, because: ctx.message("bufferingOn", { directive: ctx.code(bufferingName), origin: ctx.origin(buffering) }) }
        });
        return;
      }
      ctx.report({
        node,
        context: at,
        messageId: "ignored",
        severity: "info",
        related,
        ...fix2,
        data: { ...data, unbuffered: buffering ? ctx.origin(buffering) : ctx.message("neverBuffered", { module: ctx.code(h.module) }) }
      });
    };
    return {
      streamLocation(loc) {
        if (!loc.directive) return;
        const v = ctx.model.effective(loc, "limit_rate");
        check(loc, loc, v);
        for (const s of ifsSetting(ctx.model, loc, "limit_rate")) check(loc, s.ctx, s.value);
      }
    };
  }
});

// src/model/queries/lua.ts
var BODY_FILTERS = ["body_filter_by_lua_block", "body_filter_by_lua", "body_filter_by_lua_file"];
function bodyFilterInEffect(model, ctx) {
  for (const level of mergeChain(ctx)) {
    const name = BODY_FILTERS.find((n) => directivesNamed(level, n).length > 0);
    if (name) return model.effective(ctx, name);
  }
  return null;
}

// rules/lua-body-filter-on-stream.ts
function withoutComments(code4) {
  let out = "";
  let i = 0;
  const longClose = (at) => {
    const m = /^\[(=*)\[/.exec(code4.slice(at));
    return m ? `]${m[1]}]` : null;
  };
  while (i < code4.length) {
    const c = code4[i];
    if (c === "-" && code4[i + 1] === "-") {
      const close2 = longClose(i + 2);
      const end = close2 ? code4.indexOf(close2, i + 2) : code4.indexOf("\n", i);
      const stop = end < 0 ? code4.length : end + (close2 ? close2.length : 0);
      out += code4.slice(i, stop).replace(/[^\n]/g, " ");
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < code4.length && code4[j] !== c && code4[j] !== "\n") j += code4[j] === "\\" ? 2 : 1;
      out += code4.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const close = c === "[" ? longClose(i) : null;
    if (close) {
      const end = code4.indexOf(close, i);
      const stop = end < 0 ? code4.length : end + close.length;
      out += code4.slice(i, stop);
      i = stop;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
var KNOWN_ROOTS = /* @__PURE__ */ new Set(["ngx", "string", "table", "math", "os", "io", "coroutine", "utf8", "bit", "jit", "cjson"]);
function behaviourOf(code4) {
  const lua = withoutComments(code4);
  const assigns = [...lua.matchAll(/ngx\s*\.\s*arg\s*\[\s*1\s*\]\s*=(?!=)\s*([^\n;]*)/g)].map((m) => m[1].trim());
  if (assigns.some((v) => /^(nil\b|""|''|\[\[\]\])/.test(v))) return /event-stream/i.test(lua) ? "conditional" : "holds";
  const locals = new Set([...lua.matchAll(/\blocal\s+(?:function\s+)?([A-Za-z_]\w*)/g)].map((m) => m[1]));
  const foreignCall = [...lua.matchAll(/\b([A-Za-z_]\w*)\s*[.:]\s*[A-Za-z_][\w.:]*\s*\(/g)].some((m) => !KNOWN_ROOTS.has(m[1]) && !locals.has(m[1]));
  if (/\brequire\b/.test(lua) || foreignCall) return "opaque";
  if (assigns.length > 0 || /ngx\s*\.\s*arg\s*\[\s*2\s*\]\s*=(?!=)/.test(lua)) return "rewrites";
  return "passes";
}
var lua_body_filter_on_stream_default = defineRule({
  meta: {
    id: "lua-body-filter-on-stream",
    summary: "A body_filter_by_lua* holds event-stream chunks back until the response ends",
    severity: "warning",
    fix: "suggestion",
    streamOnly: true,
    messages: {
      holds: '{directive} sets ngx.arg[1] to nil or "" for the chunks before the last ({origin}): every event waits in the filter and the stream reaches clients in one piece when it ends, whatever proxy_buffering says. Pass each chunk on (collect a copy if the whole body is needed) or keep the filter off this location. Stream: {why}.',
      conditional: '{directive} holds chunks back for some responses ({origin}: it sets ngx.arg[1] to nil or "" and checks for text/event-stream); make sure event streams are passed on chunk by chunk, or they arrive in one piece at the end. Stream: {why}.',
      rewrites: "{directive} replaces the chunks of this event stream ({origin}); make sure it hands each event on as it comes: a filter that keeps chunks back until the end delivers the stream in one piece. Stream: {why}.",
      opaque: "{directive} runs on every chunk of this event stream ({origin}) and calls code sse-lint cannot read; a filter that collects chunks (to log or count the whole body) and passes them on only at the end delivers the stream in one piece. Make sure it passes each chunk on. Stream: {why}."
    },
    fixes: {
      drop: "Remove {directive} from the stream location",
      passThrough: "Give the stream location an empty body filter that passes chunks as they come"
    },
    related: {
      filterSet: "the body filter in effect is set here"
    },
    docs: {
      why: 'An ngx_lua body filter sees every chunk of the response in ngx.arg[1] (ngx.arg[2] is true on the last) and passes on whatever it leaves there. A filter that collects the body, for logging or token counting, and sets `ngx.arg[1] = nil` until the last chunk holds the whole event stream back: measured with nginx 1.22.1 and Debian\'s lua module, six events that the backend wrote one at a time behind `proxy_buffering off` and `proxy_http_version 1.1` reached the client together, after the backend had ended (test/e2e, sse-semantics.md SSE021). No buffering setting helps, because the filter runs after them. The three forms (`body_filter_by_lua_block`, `body_filter_by_lua`, `body_filter_by_lua_file`) share one setting that a location inherits from its server and http unless it writes its own. Inline code that sets ngx.arg[1] to nil or "" is a warning; code that replaces chunks otherwise, calls modules sse-lint cannot read, or lives in a file is a note; code that never assigns ngx.arg[1] or ngx.arg[2] passes chunks on and is not reported.',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    body_filter_by_lua_block {\n        local ctx = ngx.ctx\n        ctx.body = (ctx.body or "") .. (ngx.arg[1] or "")\n        if ngx.arg[2] then\n            ngx.arg[1] = ctx.body\n        else\n            ngx.arg[1] = nil\n        end\n    }\n}',
      good: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    body_filter_by_lua_block {\n        local ctx = ngx.ctx\n        ctx.body = (ctx.body or "") .. (ngx.arg[1] or "")\n        if ngx.arg[2] then\n            ngx.log(ngx.INFO, "stream bytes: ", #ctx.body)\n        end\n    }\n}',
      fix: "Suggestion (shown by `--diff`, never applied): the filter removed from the stream location, or an empty `body_filter_by_lua_block { }` there when it is inherited. what the filter must still do is the application's decision. Keep collecting a copy if the whole body is needed, but leave ngx.arg[1] as it came (or move the work to log_by_lua*), or turn the filter off for the stream location (a location that writes its own body filter replaces the inherited one).",
      references: [
        "https://github.com/openresty/lua-nginx-module#body_filter_by_lua_block",
        "https://github.com/openresty/lua-nginx-module#ngxarg"
      ]
    }
  },
  create(ctx) {
    const check = (c) => {
      if (!c.directive || !ctx.model.isStream(c)) return;
      const v = bodyFilterInEffect(ctx.model, c);
      if (!v || v.origin.kind !== "directive") return;
      const name = v.name;
      const d = v.origin.directive;
      const behaviour = name === "body_filter_by_lua_file" ? "file" : behaviourOf(d.args.at(-1)?.value ?? "");
      if (behaviour === "passes") return;
      const here = v.origin.context === c;
      ctx.report({
        node: here ? d : c.directive,
        context: c,
        messageId: behaviour === "file" ? "opaque" : behaviour,
        severity: behaviour === "holds" ? "warning" : "info",
        data: {
          directive: ctx.code(name),
          // The filter's Lua code can be long: the origin names the directive and where it is.
          origin: ctx.origin(v, { nameOnly: true }),
          why: ctx.stream(c)
        },
        related: here ? [] : [ctx.related(d, "filterSet")],
        // What the filter must still do is the application's decision: offered, never applied.
        fix: here ? { id: "drop", data: { directive: ctx.code(name) }, applicability: "suggestion", edits: (f) => f.removeDirective(d) } : { id: "passThrough", applicability: "suggestion", edits: (f) => f.insertDirective(c.directive, "body_filter_by_lua_block { }") }
      });
    };
    return {
      streamLocation: check,
      if(c) {
        if (ctx.model.locationOf(c) && BODY_FILTERS.some((n) => c.directives.some((d) => d.name === n))) check(c);
      }
    };
  }
});

// rules/lua-http10-buffering.ts
var NAME = "lua_http10_buffering";
var lua_http10_buffering_default = defineRule({
  meta: {
    id: "lua-http10-buffering",
    summary: "An ngx_lua stream is buffered whole for HTTP/1.0 requests",
    severity: "warning",
    fix: "safe",
    streamOnly: true,
    messages: {
      on: "lua_http10_buffering is on here ({origin}): for HTTP/1.0 requests, such as those of an nginx older than 1.29.7 proxying here with its default proxy_http_version 1.0, ngx_lua buffers all output to compute a Content-Length and ngx.flush does nothing, so the stream arrives in one piece at the end. Stream: {why}."
    },
    fixes: {
      turnOff: "Turn {directive} off for this stream"
    },
    related: {
      setOn: "{directive} on is set here"
    },
    docs: {
      why: "ngx_lua's `lua_http10_buffering` defaults to on: for HTTP/1.0 requests every ngx.print/ngx.say is buffered so that a Content-Length can be sent, and the lua-nginx-module README says ngx.flush is not functional in that mode (sse-semantics.md SSE021). HTTP/1.1 clients stream fine [E38], but a front nginx with the pre-1.29.7 default `proxy_http_version 1.0` received a Lua event stream as one lump with a Content-Length, even with `proxy_buffering off` [E39]. `lua_http10_buffering off` on the Lua side fixed it [E41]. It is allowed in http, server, location and `if` in location; an `if` that sets it applies only when the condition matches.",
      bad: 'location /events {\n    default_type text/event-stream;\n    content_by_lua_block {\n        ngx.say("data: hello\\n")\n        ngx.flush(true)\n    }\n}',
      good: 'location /events {\n    default_type text/event-stream;\n    lua_http10_buffering off;\n    content_by_lua_block {\n        ngx.say("data: hello\\n")\n        ngx.flush(true)\n    }\n}',
      fix: "Safe: inserts `lua_http10_buffering off;` into the stream location (or the `if` block that sets it on, or changes an `on` written there). HTTP/1.1 clients are unaffected; HTTP/1.0 clients get a close-delimited stream instead of one buffered response.",
      references: [
        "https://github.com/openresty/lua-nginx-module#lua_http10_buffering",
        "https://github.com/openresty/lua-nginx-module#ngxflush",
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_http_version"
      ]
    }
  },
  create(ctx) {
    const check = (c) => {
      if (!ctx.model.isStream(c)) return;
      if (ctx.model.handler(c).module !== "lua") return;
      const v = ctx.model.effective(c, NAME);
      if (v.value === "off") return;
      const setHere = setAt(v, c);
      ctx.report({
        node: setHere ?? c.directive,
        context: c,
        messageId: "on",
        data: { origin: ctx.origin(v), why: ctx.stream(c) },
        related: v.origin.kind === "directive" && !setHere ? [ctx.related(v.origin.directive, "setOn", { directive: ctx.code(NAME) })] : [],
        fix: {
          id: "turnOff",
          data: { directive: ctx.code(NAME) },
          applicability: "safe",
          edits: (f) => setHere ? f.replaceArg(setHere, 0, "off") : f.insertDirective(c.directive, `${NAME} off;`)
        }
      });
    };
    return {
      streamLocation: check,
      if(c) {
        const loc = ctx.model.locationOf(c);
        if (!loc) return;
        const own2 = ctx.model.handler(c).context === c && ctx.model.handler(loc).module !== "lua";
        const setsFlag = c.directives.some((d) => d.name === NAME);
        if (own2 || setsFlag) check(c);
      }
    };
  }
});

// rules/proxy-set-header-redefinition.ts
var LISTS = ["proxy_set_header", "grpc_set_header", "fastcgi_param", "uwsgi_param", "scgi_param"];
var WHAT = {
  proxy_set_header: "lostProxied",
  grpc_set_header: "lostGrpc",
  fastcgi_param: "lostFastcgi",
  uwsgi_param: "lostUwsgi",
  scgi_param: "lostScgi"
};
var proxy_set_header_redefinition_default = defineRule({
  meta: {
    id: "proxy-set-header-redefinition",
    summary: "proxy_set_header (or fastcgi_param, ...) in a nested level drops every inherited line",
    severity: "warning",
    fix: "unsafe",
    messages: {
      lost: "{directive} in this {level} replaces the inherited {directive} list, so {count} line(s) set above do not apply here and {what}: {lost}. nginx inherits {directive} only into levels that have none.{stream} Repeat them here or put them in a snippet included at every level.",
      lostProxied: "the proxied request no longer carries them",
      lostGrpc: "the gRPC request no longer carries them",
      lostFastcgi: "the FastCGI application no longer receives them",
      lostUwsgi: "the uwsgi application no longer receives them",
      lostScgi: "the SCGI application no longer receives them",
      streamLocation: " This is a stream location ({why})."
    },
    fixes: {
      repeat: "Repeat the {count} inherited {directive} line(s) in this {level}"
    },
    related: {
      notApplied: "does not apply in {level}"
    },
    docs: {
      why: "proxy_set_header is a replacing list, and so are grpc_set_header, fastcgi_param, uwsgi_param and scgi_param: a level with any line of its own does not inherit a single line from above (ngx_conf_merge_ptr_value on headers_source / params_source in each module's merge_loc_conf; sse-semantics.md \xA72.1 and SSE011, experiment E25: server X-From-Server plus location X-From-Loc, and the backend received only X-From-Loc). Stream locations typically add `proxy_set_header Connection \"\";` for upstream keepalive and so lose the server's Host, X-Forwarded-For and X-Forwarded-Proto; the backend then sees `Host: $proxy_host` and the proxy's address. Unlike add_header there is no inherit switch for these lists.",
      bad: 'server {\n    listen 80;\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_http_version 1.1;\n        proxy_set_header Connection "";\n    }\n}',
      good: 'server {\n    listen 80;\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_http_version 1.1;\n        proxy_set_header Connection "";\n        proxy_set_header Host $host;\n        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n}',
      fix: "Unsafe: copies the lost lines, in their order, into the level after its own lines of the same directive. The backend then receives headers or parameters it did not receive before, which is usually the intent but changes behaviour.",
      references: [
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header",
        "https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_param",
        "https://nginx.org/en/docs/http/ngx_http_uwsgi_module.html#uwsgi_param",
        "https://nginx.org/en/docs/http/ngx_http_scgi_module.html#scgi_param",
        "https://nginx.org/en/docs/http/ngx_http_grpc_module.html#grpc_set_header"
      ]
    }
  },
  create(ctx) {
    const defaults = defaultProxyHeaders(ctx.model.version ?? void 0).headers.map(([n, v]) => [n.toLowerCase(), v]);
    const isDefault = (e) => {
      const d = e.directive;
      if (d.name !== "proxy_set_header") return false;
      for (const [name, value] of defaults) if (d.argIs(0, name) && d.arg(1) === value) return true;
      return false;
    };
    const check = (level) => {
      if (!level.directive) return;
      for (const name of LISTS) {
        if (firstDirectiveNamed(level, name) === null) continue;
        const list = ctx.model.effectiveList(level, name);
        const dropped = lostAt(list, level);
        if (dropped.length === 0) continue;
        const lost = dropped.filter((e) => !isDefault(e));
        if (lost.length === 0) continue;
        const first = list.entries.find((e) => e.context === level).directive;
        const stream = ctx.model.isStream(level) ? ctx.message("streamLocation", { why: ctx.stream(level) }) : null;
        ctx.report({
          node: first,
          context: level,
          messageId: "lost",
          data: { directive: ctx.code(name), level: ctx.code(level.kind), count: lost.length, what: ctx.message(WHAT[name]), lost: ctx.entries(lost), stream },
          related: lost.map((e) => ctx.related(e.directive, "notApplied", { level: ctx.level(level) })),
          fix: {
            id: "repeat",
            data: { count: lost.length, directive: ctx.code(name), level: ctx.code(level.kind) },
            applicability: "unsafe",
            edits: (f) => f.insertCopies(level.directive, lost.map((e) => e.directive), name)
          }
        });
      }
    };
    return { server: check, location: check };
  }
});

// rules/read-timeout-short.ts
var read_timeout_short_default = defineRule({
  meta: {
    id: "read-timeout-short",
    summary: "The upstream read timeout cuts event streams that stay silent for a minute or less",
    severity: "warning",
    fix: "safe",
    streamOnly: true,
    messages: {
      short: "{directive} is {value} here ({origin}): a stream that stays silent for longer than {seconds} s is cut, and the client sees a truncated response and reconnects. Have the backend send a heartbeat comment more often than every {seconds} s, or raise the timeout; it also bounds the wait for the first response header. Stream: {why}."
    },
    fixes: {
      raise: "Set {directive} to {value} for this location"
    },
    related: {
      setHere: "{line} is set here"
    },
    options: { minSeconds: 60, fixValue: "1h" },
    docs: {
      why: '`proxy_read_timeout` (default 60 s; likewise fastcgi_, uwsgi_, scgi_ and grpc_read_timeout) is an idle timer between two reads from the upstream, not a limit on the whole response. When an event stream is silent for longer than that, nginx closes it mid-body: the client sees a truncated chunked response (curl exit 18) and EventSource reconnects [E21]; with buffering on, events still in the buffer are lost [E22]. Heartbeat comments (`: ping`) reset the timer [E23]. The same timer bounds the wait for the response header, so an LLM backend that sends nothing until its first token is cut when it needs longer (sse-semantics.md SSE005). A value of 0 is not "no timeout" but an immediate 504; rule read-timeout-zero reports that. A timeout written in the config is reported on every stream; nginx\'s 60 s default, which nobody chose, only on streams the user declared (`--route`, `streams`, `# sse-lint: stream`) and on LLM API endpoints, where the wait for the first token alone can pass a minute: event streams sse-lint finds by itself usually send heartbeats, which the config cannot show. nginx does not re-arm a timer whose new expiry is within 300 ms of the old one, so the cut can come up to 0.3 s before the full timeout has passed since the last read (measured in test/e2e): keep heartbeats comfortably more frequent than the timeout.',
      bad: "location /v1/chat/completions {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n}",
      good: "location /v1/chat/completions {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_read_timeout 1h;\n}",
      fix: "Safe: inserts `proxy_read_timeout 1h;` (the module's own directive for FastCGI, uwsgi, SCGI and gRPC; option `fixValue`) into the stream location, or replaces the value when it is written directly in that location. The timeout only bounds silences, so responses that keep sending are unaffected; a backend that hangs without sending anything now holds its connection for up to the new value instead of a minute. No fix is offered when the value comes from a file included inside the location (editing it would change every location that includes it). Heartbeats from the backend are still recommended: load balancers and proxies in front of nginx have idle timeouts of their own.",
      references: [
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout",
        "https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_read_timeout",
        "https://nginx.org/en/docs/http/ngx_http_grpc_module.html#grpc_read_timeout",
        "https://html.spec.whatwg.org/multipage/server-sent-events.html#authoring-notes"
      ]
    }
  },
  create(ctx) {
    const silenceLikely = (loc) => {
      const evidence = ctx.model.streamEvidence(loc);
      return evidence.confidence === "declared" || evidence.reasons.some((r) => r.why.kind === "api-path");
    };
    const minSeconds = Number(ctx.options.minSeconds ?? 60);
    const fixValue = String(ctx.options.fixValue ?? "1h");
    const fixSeconds = parseDuration(fixValue);
    const canFix = fixSeconds !== null && fixSeconds > minSeconds;
    return {
      streamLocation(loc) {
        if (!loc.directive) return;
        const block = loc.directive;
        for (const site of handlerSites(ctx.model, loc)) {
          if (!READ_TIMEOUT_MODULES.includes(site.handler.module)) continue;
          const name = moduleDirective(site.handler.module, "read_timeout");
          const v = ctx.model.effective(loc, name);
          const raw = v.args?.[0];
          const seconds = raw === void 0 ? null : parseDuration(raw);
          if (seconds === null || seconds === 0 || seconds > minSeconds) continue;
          if (v.origin.kind === "default" && !silenceLikely(loc)) continue;
          const written = setDirectlyIn(v, loc);
          const at = setAt(v, loc);
          const node = site.ctx === loc ? written ?? block : site.handler.directive;
          const fix2 = canFix ? {
            id: "raise",
            data: { directive: ctx.code(name), value: ctx.code(fixValue) },
            applicability: "safe",
            edits: (f) => at ? f.replaceArg(at, 0, fixValue) : f.insertDirective(block, `${name} ${fixValue};`)
          } : void 0;
          ctx.report({
            node,
            context: site.ctx,
            messageId: "short",
            data: { directive: ctx.code(name), value: ctx.code(raw), seconds: Number(seconds.toFixed(3)), origin: ctx.origin(v), why: ctx.stream(loc) },
            related: v.origin.kind === "directive" && v.origin.directive !== node ? [ctx.related(v.origin.directive, "setHere", { line: ctx.code(`${name} ${raw}`) })] : [],
            fix: fix2
          });
        }
      }
    };
  }
});

// rules/read-timeout-zero.ts
var NAMES3 = moduleDirectives("read_timeout", READ_TIMEOUT_MODULES);
var read_timeout_zero_default = defineRule({
  meta: {
    id: "read-timeout-zero",
    summary: "A read timeout of 0 fails every request with 504",
    severity: "error",
    fix: "unsafe",
    messages: {
      zero: "{directive} {value} does not disable the timeout: nginx times out at once and answers 504 to every request here"
    },
    fixes: {
      set: "Set {directive} to {value}"
    },
    options: { fixValue: "1h" },
    docs: {
      why: 'nginx has no "infinite" read timeout. `proxy_read_timeout 0` passes `nginx -t` and then every request fails at once with "upstream timed out ... while reading response header" and a 504 (sse-semantics.md SSE005, experiment E21b). The timeout is an idle timer between two reads, so a large value plus heartbeat comments from the backend is the way to keep quiet streams open.',
      bad: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_read_timeout 0;\n}",
      good: "location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_read_timeout 1h;\n}",
      fix: "Unsafe: replaces 0 with `1h` (option `fixValue`). It changes behaviour (requests stop failing), which is what was intended, but the right value depends on the longest silence of the stream.",
      references: ["https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout"]
    }
  },
  create(ctx) {
    return {
      directiveNames: NAMES3,
      directive(d, c) {
        if (d.argc !== 1) return;
        const raw = d.arg(0);
        if (parseDuration(raw) !== 0) return;
        const fixValue = String(ctx.options.fixValue ?? "1h");
        ctx.report({
          node: d,
          context: c,
          messageId: "zero",
          data: { directive: ctx.code(d.name), value: ctx.code(raw) },
          fix: { id: "set", data: { directive: ctx.code(d.name), value: ctx.code(fixValue) }, applicability: "unsafe", edits: (f) => f.replaceArg(d, 0, fixValue) }
        });
      }
    };
  }
});

// src/model/queries/listen-sockets.ts
var BIND_IMPLYING = /^(bind|backlog=|rcvbuf=|sndbuf=|accept_filter=|deferred$|ipv6only=|reuseport$|so_keepalive=|fastopen=|setfib=)/;
function someParam(d, test) {
  for (let k = 1; k < d.argc; k++) if (test(d.arg(k))) return true;
  return false;
}
function socketListen(l, datagram) {
  if (l.kind === "unix") return `unix:${l.path}`;
  const v6 = l.addr.includes(":");
  const wildcard = l.addr === "*" || l.addr === "0.0.0.0" || l.addr === "::";
  const bind = l.directive ? someParam(l.directive, (a) => BIND_IMPLYING.test(a)) : false;
  return { group: `${datagram ? "udp" : "tcp"}/${v6 ? 6 : 4}/${l.port}`, addr: l.addr, wildcard, bind };
}
function countListeningSockets(servers) {
  const unix = /* @__PURE__ */ new Set();
  const groups = /* @__PURE__ */ new Map();
  let listens = 0;
  for (const s of servers) {
    for (const l of serverListens(s)) {
      listens++;
      const datagram = l.directive ? someParam(l.directive, (a) => a === "quic" || a === "udp") : false;
      const sl = socketListen(l, datagram);
      if (typeof sl === "string") {
        unix.add(sl);
        continue;
      }
      const list = groups.get(sl.group);
      if (list) list.push(sl);
      else groups.set(sl.group, [sl]);
    }
  }
  let count = unix.size;
  for (const list of groups.values()) {
    const hasWildcard = list.some((l) => l.wildcard);
    const separate = new Set(list.filter((l) => !l.wildcard && (!hasWildcard || l.bind)).map((l) => l.addr));
    count += separate.size + (hasWildcard ? 1 : 0);
  }
  return { count, listens };
}
function listeningServers(model) {
  return model.contexts.all.filter((c) => c.kind === "server" && (c.parent === null || c.parent.kind === "http" || c.parent.kind === "stream" || c.parent.kind === "mail"));
}
function listeningSockets(model) {
  return countListeningSockets(listeningServers(model));
}

// src/model/queries/workers.ts
function mainValue(model, name) {
  let first = null;
  for (const root of model.contexts.roots) {
    if (root.kind !== "main") continue;
    first ??= root;
    if (root.directives.some((d) => d.name === name)) return model.effective(root, name);
  }
  return first ? model.effective(first, name) : model.defaultOf(name);
}
function workerLimits(model) {
  const events = model.contexts.all.find((c) => c.kind === "events") ?? null;
  return {
    events,
    processes: mainValue(model, "worker_processes"),
    connections: events ? model.effective(events, "worker_connections") : model.defaultOf("worker_connections"),
    rlimitNofile: mainValue(model, "worker_rlimit_nofile")
  };
}

// rules/stream-capacity.ts
var stream_capacity_default = defineRule({
  meta: {
    id: "stream-capacity",
    summary: "Concurrent event streams the worker connection settings allow",
    severity: "info",
    fix: "suggestion",
    messages: {
      total: "About {capacity} concurrent event streams fit: {formula} ({sources}). {tail}",
      perWorker: "worker_processes is auto (one worker per CPU core, not known here): about {capacity} concurrent event streams fit per worker: {formula} ({sources}). {tail}",
      belowExpected: "About {capacity} concurrent event streams fit, fewer than the {expected} expected: {formula} ({sources}). {tail}",
      formula: "{workers}({slots} - {sockets} listening {sockets:socket|sockets} - 1 master channel) / 2 connections per stream",
      workersTimes: "{count} {count:worker|workers} x ",
      slotsConnections: "{connections} worker_connections",
      slotsRlimit: "{rlimit} (worker_rlimit_nofile, below {connections} worker_connections)",
      notSet: "{directive} not set: {default} {value}",
      noEvents: "the linted files have no events block, the main nginx.conf may set it",
      twoConnections: "A proxied stream holds two worker connections, client and upstream, for as long as it is open; past the limit nginx logs {log} and resets new connections.",
      rlimitBelow: "worker_rlimit_nofile {rlimit} is below worker_connections {connections}, so each worker runs out of file descriptors first; raise it above worker_connections (logs and open files need descriptors too).",
      osLimit: "Without worker_rlimit_nofile the operating system's open-file limit (often 1024) may cap each worker first.",
      workersNeeded: "{expected} expected streams need at least {workers} worker processes (CPU cores).",
      streamLocations: "Stream locations: {count} ({list})."
    },
    fixes: {
      raise: "Raise worker_connections to {value}"
    },
    related: {
      workerProcesses: "worker processes",
      firstStream: "first stream location"
    },
    options: { expectedStreams: null },
    docs: {
      why: "Each worker has worker_connections slots (512 by default), and every client connection, upstream connection and listening socket takes one, plus one for the channel to the master process. A proxied event stream holds two slots, client and upstream, for as long as it is open, so capacity is workers x (worker_connections - listening sockets - 1) / 2. With `worker_connections 16` and one listener, the 8th concurrent stream was reset and nginx logged \"16 worker_connections are not enough\" [E35]; sse-lint's own check on nginx 1.22.1 gave 7, 7 and 8 streams for 16, 17 and 18 connections with one listener, and 7 and 8 for 18 and 19 with two. worker_rlimit_nofile (or the operating system's open-file limit, often 1024) caps the slots as well. HTTP/2 lets one client connection carry many streams, but each still needs its own upstream connection (sse-semantics.md SSE016). The note is given once per config that has stream locations; it is a warning when capacity is below the option `expectedStreams` or when worker_rlimit_nofile is below worker_connections.",
      bad: "worker_processes 1;\nevents {\n    worker_connections 512;\n}\nhttp {\n    server {\n        listen 80;\n        location /events {\n            proxy_pass http://127.0.0.1:8080;\n            proxy_buffering off;\n        }\n    }\n}",
      good: "worker_processes 1;\nevents {\n    worker_connections 512;\n}\nhttp {\n    server {\n        listen 80;\n        location /api/ {\n            proxy_pass http://127.0.0.1:8080;\n        }\n    }\n}",
      fix: "Suggestion (shown by `--diff`, never applied): a higher worker_connections (enough for `expectedStreams` when it is set, else 4096). the right numbers depend on the machine and the expected load. Raise worker_connections (and worker_rlimit_nofile with it), or run more worker processes; set the option `expectedStreams` to be warned when the config falls short.",
      references: [
        "https://nginx.org/en/docs/ngx_core_module.html#worker_connections",
        "https://nginx.org/en/docs/ngx_core_module.html#worker_processes",
        "https://nginx.org/en/docs/ngx_core_module.html#worker_rlimit_nofile"
      ]
    }
  },
  create(ctx) {
    const expectedRaw = ctx.options.expectedStreams;
    const expected = typeof expectedRaw === "number" && expectedRaw > 0 ? expectedRaw : null;
    const written = (v) => v.origin.kind === "directive" ? v.origin.directive : null;
    return {
      done() {
        const streams = ctx.model.locations.filter((l) => l.directive && ctx.model.isStream(l));
        const first = streams[0];
        if (!first) return;
        const limits = workerLimits(ctx.model);
        const events = limits.events;
        const wp = written(limits.processes);
        const wpValue = limits.processes.args?.[0]?.toLowerCase() ?? "";
        const auto = wpValue === "auto";
        const workers = auto ? 1 : Number(wpValue);
        const wcDirective = written(limits.connections);
        const wcValue = limits.connections.args?.[0] ?? "";
        const wc = Number(wcValue);
        const rl = written(limits.rlimitNofile);
        const rlimit = limits.rlimitNofile.args ? Number(limits.rlimitNofile.args[0]) : null;
        if (!Number.isInteger(workers) || workers < 1 || !Number.isInteger(wc) || wc < 1 || rlimit !== null && !Number.isInteger(rlimit)) return;
        const sockets = listeningSockets(ctx.model).count;
        const capped = rlimit !== null && rlimit < wc;
        const perWorker = Math.max(0, Math.floor(((capped ? rlimit : wc) - sockets - 1) / 2));
        const capacity = perWorker * workers;
        const slots = capped ? ctx.message("slotsRlimit", { rlimit, connections: wc }) : ctx.message("slotsConnections", { connections: wc });
        const formula = ctx.message("formula", { workers: auto ? null : ctx.message("workersTimes", { count: workers }), slots, sockets });
        const notSet = (v) => ctx.message("notSet", {
          directive: ctx.code(v.name),
          value: ctx.code(v.args?.join(" ") ?? ""),
          default: v.origin.kind === "default" ? { kind: "default", basis: v.origin.basis } : null
        });
        const sources = [
          wp ? ctx.show(wp) : notSet(limits.processes),
          wcDirective ? ctx.show(wcDirective) : notSet(limits.connections),
          ...wcDirective || events ? [] : [ctx.message("noEvents")],
          ...rl ? [ctx.show(rl)] : []
        ];
        const notes = [ctx.message("twoConnections", { log: ctx.code('"worker_connections are not enough"') })];
        if (capped) notes.push(ctx.message("rlimitBelow", { rlimit, connections: wc }));
        if (rlimit === null && wc > 1024) notes.push(ctx.message("osLimit"));
        if (auto && expected !== null && perWorker > 0) notes.push(ctx.message("workersNeeded", { expected, workers: Math.ceil(expected / perWorker) }));
        notes.push(ctx.message("streamLocations", { count: streams.length, list: ctx.list(streams.map((s) => ctx.level(s)), "comma", { limit: 3 }) }));
        const below = !auto && expected !== null && capacity < expected;
        const node = wcDirective ?? events?.directive ?? first.directive;
        const context = wcDirective || events?.directive ? events : first;
        const target = expected !== null ? Math.ceil(expected / workers) * 2 + sockets + 1 : 4096;
        const raise = !capped && target > wc && (wcDirective || events?.directive) ? { fix: {
          id: "raise",
          data: { value: target },
          applicability: "suggestion",
          edits: (f) => wcDirective ? f.replaceArg(wcDirective, 0, String(target)) : f.insertDirective(events.directive, `worker_connections ${target};`)
        } } : {};
        ctx.report({
          ...raise,
          node,
          context,
          messageId: below ? "belowExpected" : auto ? "perWorker" : "total",
          severity: below || capped ? "warning" : "info",
          data: { capacity: auto ? perWorker : capacity, expected, formula, sources: ctx.list(sources, "semicolon"), tail: ctx.list(notes, "sentences") },
          related: [...wp ? [ctx.related(wp, "workerProcesses")] : [], ...node !== first.directive ? [ctx.related(first.directive, "firstStream")] : []]
        });
      }
    };
  }
});

// src/model/backends.ts
var portsCache = /* @__PURE__ */ new WeakMap();
function listenPorts(contexts) {
  let ports = portsCache.get(contexts);
  if (!ports) {
    ports = /* @__PURE__ */ new Set();
    for (const c of contexts.all) if (c.kind === "server") {
      for (const l of serverListens(c)) if (l.kind === "inet") ports.add(l.port);
    }
    portsCache.set(contexts, ports);
  }
  return ports;
}
function isLoopback(host) {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}
function splitAddress(address, defaultPort) {
  if (address.startsWith("unix:") || address.includes("$")) return null;
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(address);
  if (!m) return null;
  return { host: m[1], port: m[2] ? Number(m[2]) : defaultPort };
}
function representativeUri(loc) {
  const args = loc.directive?.args.map((a) => a.value) ?? [];
  if (args.length === 2 && (args[0] === "=" || args[0] === "^~")) return args[1];
  if (args.length === 1) {
    const p = args[0];
    if (p.startsWith("=")) return p.slice(1) || null;
    if (p.startsWith("^~")) return p.slice(2) || null;
    if (p.startsWith("/")) return p;
  }
  return null;
}
function frontName(ctx) {
  const server = serverOf(ctx);
  const d = server?.directives.find((x) => x.name === "server_name");
  return d?.args.find((a) => !a.value.startsWith("~") && !a.value.includes("*"))?.value ?? "";
}
var targetCache = /* @__PURE__ */ new WeakMap();
function targetsOf(contexts, h) {
  const target = h.target;
  let known = targetCache.get(contexts);
  if (!known) targetCache.set(contexts, known = /* @__PURE__ */ new Map());
  const hit = known.get(target);
  if (hit !== void 0) return hit;
  const found = targetsNow(contexts, h);
  if (known.size >= 4096) known.clear();
  known.set(target, found);
  return found;
}
function targetsNow(contexts, h) {
  const target = h.target;
  const scheme = /^([a-z]+):\/\//i.exec(target);
  const rest = scheme ? target.slice(scheme[0].length) : target;
  if (rest.includes("$") || rest.startsWith("unix:")) return null;
  const slash = rest.indexOf("/");
  const hostPort = slash === -1 ? rest : rest.slice(0, slash);
  const uriPart = slash === -1 ? null : rest.slice(slash);
  const defaultPort = scheme?.[1].toLowerCase() === "https" ? 443 : 80;
  const addresses = h.upstream ? h.upstream.servers.map((s) => s.address) : [hostPort];
  const ports = listenPorts(contexts);
  const targets = addresses.map((a) => ({ address: a, hp: splitAddress(a, defaultPort) })).filter((t2) => t2.hp !== null && ports.has(t2.hp.port));
  return targets.length === 0 ? null : { hostPort, uriPart, targets };
}
function proxiedLocationsOf(model, ctx) {
  const h = model.handler(ctx);
  if (h.module !== "proxy" || !h.target) return [];
  const reach = targetsOf(model.contexts, h);
  if (reach === null) return [];
  const { hostPort, uriPart, targets } = reach;
  const loc = model.locationOf(ctx);
  const uri = uriPart ?? (loc ? representativeUri(loc) : null);
  if (uri === null) return [];
  const hostEntry = model.effectiveList(ctx, "proxy_set_header").entries.find((e) => e.directive.args[0]?.value.toLowerCase() === "host");
  const hostValue = hostEntry?.directive.args[1]?.value ?? "$proxy_host";
  const out = [];
  for (const { address, hp: found } of targets) {
    const hp = found;
    let host;
    if (!hostValue.includes("$")) host = hostValue;
    else if (hostValue === "$proxy_host") host = hostPort;
    else if (hostValue === "$host" || hostValue === "$http_host") host = frontName(ctx);
    else host = "";
    const result = route(model.contexts, { host, port: hp.port, uri, addr: hp.host });
    if (!result.server || !result.listen) continue;
    if (!isLoopback(hp.host) && result.listen.addr !== hp.host.replace(/^\[|\]$/g, "")) continue;
    const target = result.location?.[result.location.length - 1];
    if (!target) continue;
    out.push({ address, server: result.server, location: target });
  }
  return out;
}

// src/model/queries/proxy-targets.ts
function proxiedLocations(model, ctx) {
  return proxiedLocationsOf(model, ctx);
}

// rules/upstream-http10.ts
var upstream_http10_default = defineRule({
  meta: {
    id: "upstream-http10",
    summary: "The stream is proxied with HTTP/1.0",
    severity: "warning",
    fix: "safe",
    streamOnly: true,
    messages: {
      http10: "proxy_http_version is 1.0 here ({origin}){assumed}: the backend gets HTTP/1.0 requests, so it cannot use chunked encoding and gets no keepalive, and backends that buffer for HTTP/1.0 clients (ngx_lua with lua_http10_buffering on, servers that compute a Content-Length) send the whole stream at the end. Stream: {why}.",
      lua: "proxy_http_version is 1.0 here ({origin}){assumed}, and the backend {address} is {luaLocation} ({luaWhere}), served by {luaDirective} with lua_http10_buffering on ({luaOrigin}): ngx_lua buffers the whole response for HTTP/1.0 requests and ngx.flush does nothing, so the stream arrives in one piece at the end. Stream: {why}.",
      assumed: "; that is the default before {version}, assumed because no --nginx-version was given"
    },
    fixes: {
      http11: "Proxy this stream with HTTP/1.1"
    },
    related: {
      http10Set: "proxy_http_version 1.0 is set here",
      luaServes: "{directive} serves the proxied requests here"
    },
    docs: {
      why: "Before nginx 1.29.7 proxy_http_version defaults to 1.0; since 1.29.7 it is 1.1 (sse-semantics.md section 1, SSE003). HTTP/1.0 alone does not break a plain backend: it answers with a close-delimited body and unbuffered nginx relays it at once [E18]. But there is no upstream keepalive, and backends that buffer for HTTP/1.0 clients do break streaming. OpenResty/ngx_lua with the default `lua_http10_buffering on` buffered a whole event stream and sent it with a Content-Length [E39]; HTTP/1.1 streamed it [E40]. So this is a warning, and an error when the proxied address is a content_by_lua location of the same config that buffers HTTP/1.0 (SSE021). With no --nginx-version the pre-1.29.7 default is assumed.",
      bad: "location /v1/chat/completions {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n}",
      good: "location /v1/chat/completions {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_http_version 1.1;\n}",
      fix: 'Safe: inserts `proxy_http_version 1.1;` into the stream location (or changes a `1.0` written there). Before 1.29.7 nginx then still sends `Connection: close` unless `proxy_set_header Connection "";` is added, which only matters for upstream keepalive (rule keepalive-ineffective).',
      references: [
        "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_http_version",
        "https://github.com/openresty/lua-nginx-module#lua_http10_buffering",
        "https://nginx.org/en/CHANGES"
      ]
    }
  },
  create(ctx) {
    const bufferingLua = (c) => {
      for (const target of proxiedLocations(ctx.model, c)) {
        const h = ctx.model.handler(target.location);
        if (h.module !== "lua" || !h.directive) continue;
        const v = ctx.model.effective(target.location, "lua_http10_buffering");
        if (v.value !== "on") continue;
        return { target, directive: h.directive.name, origin: ctx.origin(v) };
      }
      return null;
    };
    const check = (c) => {
      if (!ctx.model.isStream(c)) return;
      if (ctx.model.handler(c).module !== "proxy") return;
      const v = ctx.model.effective(c, "proxy_http_version");
      if (v.value !== "1.0") return;
      const block = insertionBlock(ctx.model, c, false);
      if (!block) return;
      const loc = ctx.model.locationOf(c) ?? c;
      const setHere = setAt(v, loc);
      const assumed = v.origin.kind === "default" && ctx.model.version === null ? ctx.message("assumed", { version: ctx.code(PROXY_DEFAULTS_CHANGED) }) : null;
      const base = { origin: ctx.origin(v), assumed, why: ctx.stream(c) };
      const lua = bufferingLua(c);
      const related = v.origin.kind === "directive" && !setHere ? [ctx.related(v.origin.directive, "http10Set")] : [];
      if (lua) related.push(ctx.related(lua.target.location.directive, "luaServes", { directive: ctx.code(lua.directive) }));
      ctx.report({
        node: setHere ?? c.directive,
        context: c,
        messageId: lua ? "lua" : "http10",
        severity: lua ? "error" : "warning",
        data: lua ? {
          ...base,
          address: ctx.code(lua.target.address),
          luaLocation: ctx.level(lua.target.location),
          luaWhere: ctx.where(lua.target.location.directive),
          luaDirective: ctx.code(lua.directive),
          luaOrigin: lua.origin
        } : base,
        related,
        fix: {
          id: "http11",
          applicability: "safe",
          edits: (f) => setHere ? f.replaceArg(setHere, 0, "1.1") : f.insertDirective(block, "proxy_http_version 1.1;")
        }
      });
    };
    return {
      streamLocation: check,
      if(c) {
        if (ifHasOwnHandler(ctx.model, c)) check(c);
      }
    };
  }
});

// src/engine/registry.ts
var RULES = [
  accel_buffering_ignored_default,
  accel_buffering_request_header_default,
  accel_buffering_response_header_default,
  add_header_in_if_default,
  add_header_redefinition_default,
  body_filter_on_stream_default,
  buffering_on_default,
  cache_on_stream_default,
  chunked_encoding_off_default,
  connection_upgrade_on_stream_default,
  cors_credentials_wildcard_default,
  cors_missing_always_default,
  duplicate_hop_header_default,
  gzip_event_stream_default,
  http1_connection_limit_default,
  keepalive_ineffective_default,
  limit_rate_on_stream_default,
  lua_body_filter_on_stream_default,
  lua_http10_buffering_default,
  proxy_set_header_redefinition_default,
  read_timeout_short_default,
  read_timeout_zero_default,
  stream_capacity_default,
  upstream_http10_default
];
function ruleById(id) {
  return RULES.find((r) => r.meta.id === id);
}

// src/i18n/en.ts
var EN_CLI = {
  // Report summary and labels (text reporter).
  "cli.summary.none": "No problems found in {files} {files:file|files}{streams}{notes}.",
  "cli.summary.problems": "{count} {count:problem|problems} ({errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}, {infos} info) in {withFindings} of {files} {files:file|files} read{streams}{notes}.",
  "cli.summary.truncated": "{count} more {count:finding was|findings were} left out: one run keeps at most {max} findings",
  "cli.summary.baselined": "{count} known {count:problem|problems} hidden by the baseline {file}.",
  "cli.summary.config": "Config: {file}.",
  "cli.summary.configFound": "Config: {file} (found by searching upward from the input).",
  "cli.summary.configNone": "Config: none found; defaults apply.",
  "cli.summary.configDisabled": "Config: none (--no-config).",
  "cli.summary.ignored": '{count} in files matched by "ignore"',
  "cli.severity.error": "error",
  "cli.severity.warning": "warning",
  "cli.severity.info": "info",
  "cli.label.fix": "fix:",
  "cli.label.stream": "stream:",
  "cli.label.related": "related:",
  "cli.label.chain": "chain:",
  "cli.label.value": "value:",
  "cli.summary.streams": ", {count} stream {count:location|locations}",
  "cli.summary.notes": " ({list})",
  "cli.summary.suppressedInline": "{count} suppressed inline",
  "cli.summary.quietHidden": "{list} not shown (--quiet)",
  "cli.summary.fixable": "{count} fixable: {list}.",
  "cli.summary.fixableSafe": "{count} safe with --fix",
  "cli.summary.fixableUnsafe": "{count} unsafe with --fix --unsafe-fixes",
  "cli.count.warnings": "{count} {count:warning|warnings}",
  "cli.count.infos": "{count} info",
  "cli.fix.hintSafe": "{title} (safe: --fix)",
  "cli.fix.hintUnsafe": "{title} (unsafe: --fix --unsafe-fixes)",
  "cli.fix.hintSuggestion": "{title} (suggestion: see --diff; never applied)",
  "cli.fix.suggestionHeader": "suggestion for {rule} at {file}:{line} (not applied by --fix): {title}",
  "cli.frame.moreLines": "... {count} more {count:line|lines}",
  "cli.progress.parsed": "parsed {count} {count:file|files}",
  "cli.progress.checking": "parsed {count} {count:file|files}; checking",
  // Where a value comes from (the value: line).
  "cli.provenance.set": "{head}: set in {level} ({at})",
  "cli.provenance.default": "{head}: {note}",
  "cli.provenance.defaultNotSet": "{head}: {note}, not set in {levels}",
  "cli.levels.omitted": "{count} more {count:level|levels}",
  "cli.summary.preset": "Preset: {label} ({how}).",
  "cli.summary.presetHow.detected": "detected from the path; --preset to choose another",
  "cli.summary.presetHow.chosen": "chosen",
  "cli.summary.assumed": "{file}: linted as the inside of {block} ({how}).",
  "cli.summary.block.http": "an http block",
  "cli.summary.block.server": "a server block",
  "cli.summary.block.location": "a location block",
  "cli.summary.assumedHow.guessed": 'guessed from its directives; set it with --context http|server|location or a "# sse-lint: context location" comment',
  "cli.summary.assumedHow.option": "--context",
  "cli.summary.assumedHow.comment": 'its "# sse-lint: context" comment',
  "cli.summary.site": "Site {site}: {streams} {streams:location|locations} checked as {streams:a stream|streams}, {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}: {verdict}.",
  "cli.summary.siteReady": "ready for event streams",
  "cli.summary.siteNotReady": "not ready for event streams",
  "cli.summary.siteNoStreams": "no proxying location",
  "cli.summary.sites": "Readiness: {ready} of {total} {total:site|sites} ready for event streams.",
  "cli.label.site": "site",
  // sse-lint explain.
  "cli.explain.title": "{id} ({severity}; fix: {fix})",
  "cli.explain.engineTitle": "{id} ({severity}; reported by sse-lint itself, no fix)",
  "cli.explain.engineTitleFixes": "{id} ({severity}; reported by sse-lint itself, with fixes)",
  "cli.explain.fixKind.safe": "safe",
  "cli.explain.fixKind.unsafe": "unsafe",
  "cli.explain.fixKind.none": "none",
  "cli.explain.fixKind.suggestion": "suggestion",
  "cli.explain.why": "Why",
  "cli.explain.bad": "Bad",
  "cli.explain.good": "Good",
  "cli.explain.fix": "Fix",
  "cli.explain.options": "Options (defaults): {options}",
  "cli.explain.references": "References",
  "cli.explain.nameOne": "name one rule: {ids}",
  // SARIF rule descriptors and results (the headings are explain's).
  "cli.sarif.field": "{heading}: {text}",
  "cli.sarif.heading": "{heading}:",
  "cli.sarif.documentation": "Documentation: {url}",
  "cli.sarif.docLink": "sse-lint documentation for {id}",
  "cli.sarif.seeMessage": "See the message.",
  "cli.sarif.fixDescription": "{title} ({applicability})",
  "cli.sarif.setHere": "{line} is set here ({level})",
  // sse-lint route.
  "cli.route.label.request": "request:",
  "cli.route.label.route": "route:",
  "cli.route.label.note": "note:",
  "cli.route.label.handler": "handler:",
  "cli.route.label.stream": "stream:",
  "cli.route.label.chain": "chain:",
  "cli.route.chain.block": "{block} ({at})",
  "cli.route.chain.server": "{block}",
  "cli.route.chain.hop": "-> {block} via {via}{conditions}",
  "cli.route.chain.conditions": ": {list}",
  "cli.route.chain.end": "-> {end}{conditions}",
  "cli.route.chain.endVia": "via {via}: {end}",
  "cli.route.chain.endConditions": " ({list})",
  "cli.route.end.served": "served by {block}",
  "cli.route.end.servedIf": "{served} in if {condition}",
  "cli.route.end.return": "answered by {directive} ({at})",
  "cli.route.end.redirect": "external redirect ({code}) by {directive} ({at})",
  "cli.route.end.status": "{code}: {why}{at}",
  "cli.route.end.unknown": "the target of {directive} ({at}) depends on {variables}, not known here",
  "cli.route.status.internal": "the location is internal and the request is not",
  "cli.route.status.no-named-location": "no named location has that name",
  "cli.route.status.cycle": "rewrite or internal redirection cycle (more than {max} internal redirects)",
  "cli.route.status.try_files": "try_files found no file",
  "cli.route.status.auto-redirect": "nginx adds the trailing slash",
  "cli.route.status.regex-failure": "PCRE2 gave up matching a regex (pcre2_match() failed)",
  "cli.route.status.at": " ({directive} at {at})",
  "cli.route.otherWays": "other ways the request can take:",
  "cli.route.way": "{websocket}{when}{steps}",
  "cli.route.way.websocket": "[WebSocket] ",
  "cli.route.way.when": "when {conditions}: ",
  "cli.route.way.then": ", then ",
  "cli.route.way.times": "{text} x{count}",
  "cli.route.moreWays": "({count} more {count:way|ways} not listed)",
  "cli.route.moreWaysUnknown": "(more ways not listed)",
  "cli.route.request": "Host {host}, port {port}, {uri}",
  "cli.route.noHost": "(none)",
  "cli.route.notEvaluatedHere": "not evaluated here: {list}",
  "cli.route.via": " via {directive}",
  "cli.route.upstream": " -> upstream {name} ({servers}{keepalive})",
  "cli.route.keepalive": "; {args} keepalive",
  "cli.route.streamYes": "yes: {reasons}",
  "cli.route.streamNot": "no: {why}",
  "cli.route.streamNo": "no (use --route or # sse-lint: stream to mark it)",
  "cli.route.settings": "effective settings in {level}{version}:",
  "cli.route.version": " (nginx {version})",
  "cli.route.versionUnknown": " (nginx version unknown: defaults before 1.29.7 assumed)",
  "cli.route.value": "{name} {value}: {origin}",
  "cli.route.unset": "(unset)",
  "cli.route.listNone": "{name}: none in effect{default}",
  "cli.route.default": " ({note})",
  "cli.route.listCount": "{name}: {count} in effect",
  "cli.route.entry": "{line} from {level}",
  "cli.route.droppedOff": "dropped: {line} from {level}, by add_header_inherit off in {by}",
  "cli.route.dropped": "dropped: {line} from {level}, replaced by the list in {by}",
  "cli.route.noServer": "no server listens on {listen}",
  "cli.route.server": "server {name} ({at}, {how})",
  "cli.route.server.exact": "exact server_name",
  "cli.route.server.leadingWildcard": "leading wildcard server_name {name}",
  "cli.route.server.trailingWildcard": "trailing wildcard server_name {name}",
  "cli.route.server.regex": "regex server_name {name}",
  "cli.route.server.defaultServer": "default_server for {listen}",
  "cli.route.server.first": "first server for {listen}",
  "cli.route.badRequest": "{server} answers 400: {reason}",
  "cli.route.noLocation": "{server} -> no location matches {uri} (server-level settings)",
  "cli.route.location": "{server} -> location {chain} ({at}, {how})",
  "cli.route.location.exact": "exact match",
  "cli.route.location.prefix": "longest prefix",
  "cli.route.location.noregex-prefix": "^~ prefix",
  "cli.route.location.regex": "regex",
  "cli.route.location.regex-caseless": "case-insensitive regex",
  "cli.route.location.auto-redirect": "301 adding a trailing slash",
  "cli.route.withUnevaluated": "{route} [not evaluated: {list}]",
  "cli.route.unevaluated": "{subject}: {why}",
  "cli.route.notEvaluated": "not evaluated",
  "cli.route.pcre.notEvaluated": "{construct} is not evaluated here",
  "cli.route.pcre.recursion": "a recursion or subroutine call",
  "cli.route.pcre.conditional": "a conditional group",
  "cli.route.pcre.unicode-property": "a Unicode property ({text})",
  "cli.route.pcre.verb": "a (*VERB) or (*OPTION)",
  "cli.route.pcre.branch-reset": "a branch reset group (?|",
  "cli.route.pcre.callout": "a callout",
  "cli.route.pcre.escape": "the escape {text}",
  "cli.route.pcre.option": "the option {text}",
  "cli.route.pcre.too-large": "a pattern this large (its repeats unrolled)",
  "cli.route.pcre.trailing-backslash": "a trailing backslash (nginx -t rejects it)",
  "cli.route.pcre.hex-above-ff": "\\x{...} above \\xff (nginx -t rejects it)",
  "cli.route.pcre.malformed": "a malformed {text} (nginx -t rejects it)",
  "cli.route.pcre.missing-paren": "a missing closing parenthesis (nginx -t rejects it)",
  "cli.route.pcre.unmatched-paren": "an unmatched closing parenthesis (nginx -t rejects it)",
  "cli.route.pcre.missing-bracket": "a missing ] at the end of a character class (nginx -t rejects it)",
  "cli.route.pcre.nothing-to-repeat": "a quantifier with nothing to repeat (nginx -t rejects it)",
  "cli.route.pcre.double-quantifier": "a quantifier that follows another (nginx -t rejects it)",
  "cli.route.pcre.range-order": "a range out of order {text}(nginx -t rejects it)",
  "cli.route.pcre.class-escape": "{text} inside a character class (nginx -t rejects it)",
  "cli.route.pcre.posix-class": "the POSIX class {text} (nginx -t rejects it)",
  "cli.route.pcre.repeat-too-large": "a repeat count above 65535 (nginx -t rejects it)",
  "cli.route.pcre.lookbehind-length": "a lookbehind that is not of fixed length (nginx -t rejects it)",
  "cli.route.pcre.backref-in-lookbehind": "a back reference inside a lookbehind (nginx -t rejects it)",
  "cli.route.pcre.no-such-group": "a back reference to group {text}, which does not exist (nginx -t rejects it)",
  "cli.route.pcre.no-such-name": 'a reference to a group named "{text}" that does not exist (nginx -t rejects it)',
  "cli.route.pcre.duplicate-name": 'the group name "{text}" used twice (nginx -t rejects it)',
  "cli.route.pcre.nested-too-deep": "parentheses nested more than 250 deep (nginx -t rejects it)",
  "cli.route.pcre.matchLimit": "match limit exceeded",
  "cli.route.pcre.heapLimit": "heap limit exceeded",
  "cli.route.regex500": "{server} answers 500: {error}",
  "cli.route.regexClose": "{server} closes the connection: {error}",
  "cli.route.bad.host": 'invalid Host "{host}"',
  "cli.route.bad.notAbsolute": 'request target "{target}" does not start with "/"',
  "cli.route.bad.escape": 'invalid percent-escape in "{target}"',
  "cli.route.bad.nul": '"%00" in "{target}"',
  "cli.route.bad.aboveRoot": '"{target}" goes above the root with ".."',
  // Usage errors (exit 2).
  "cli.listRules.engine": "Reported by sse-lint itself (set their level in the config, explain them with sse-lint explain ID):",
  "cli.usage.nginxDashC": "-c is sse-lint's --config (a JSON file), not nginx's -c: to lint {file}, pass it as a path (sse-lint {file})",
  "cli.usage.badPreset": 'unknown preset "{value}"; expected one of {choices}',
  "cli.usage.badContext": 'unknown context "{value}"; expected one of {choices}',
  "cli.usage.tryHelp": "Try 'sse-lint --help'.",
  "cli.usage.unknownOption": "unknown option {option}",
  "cli.usage.unknownOptionNear": "unknown option {option}; did you mean {near}?",
  "cli.usage.optionNeedsValue": "{option} expects a value",
  "cli.usage.optionTakesNoValue": "{option} takes no value",
  "cli.usage.optionDashValue": '{option} expects a value; to give one that starts with "-", write {option}=VALUE',
  "cli.usage.other": "{message}",
  "cli.usage.commandFirst": 'the command "{command}" must come before any option: sse-lint {command} [options] ... (write ./{command} to lint a file of that name)',
  "cli.usage.noInput": "no input: name a config file, a directory, or - for stdin",
  "cli.usage.badMap": '--map expects FROM=TO, got "{value}"',
  "cli.usage.badVersion": '--nginx-version expects a version like 1.24.0, got "{value}"',
  "cli.usage.badRoute": '--route expects [HOST[:PORT]]/URI, got "{value}"',
  "cli.usage.badLocale": '--locale expects en or zh-CN, got "{value}"',
  "cli.usage.badFormat": '--format expects one of {choices}, got "{value}"',
  "cli.usage.badFailOn": '--fail-on expects one of {choices}, got "{value}"',
  "cli.usage.unknownRule": 'unknown rule "{id}"',
  "cli.usage.unknownRuleNear": 'unknown rule "{id}"; did you mean "{near}"?',
  "cli.usage.fixOnlyFlags": "--unsafe-fixes, --backup and --verify-with-nginx only apply with --fix or --diff",
  "cli.usage.initWithInputs": "--init takes at most one directory",
  "cli.usage.baselineConflict": "--baseline and --baseline-write cannot be used together",
  "cli.usage.parseOne": "parse: expects exactly one FILE",
  "cli.usage.routeArgs": "route: expects URI and a config PATH (sse-lint route [--host H] [--port P] /uri nginx.conf)",
  "cli.usage.routeOneInput": "route: the config PATH must be one file, directory or dump",
  "cli.usage.badPort": 'route: --port expects a port number, got "{value}"',
  "cli.usage.badMaxWarnings": '--max-warnings expects a number of warnings (0 or more), got "{value}"',
  "cli.usage.noOutputFile": "--output expects a file name",
  "cli.usage.emptyOption": "{option} expects a file or folder name, not an empty string",
  "cli.usage.emptyPath": "a PATH is an empty string (an unset variable?); name a file, a folder or - for standard input",
  "cli.usage.verifyNeedsBinary": "--verify-with-nginx expects the path of an nginx binary",
  "cli.usage.interactiveConflict": "-i cannot be combined with --fix, --diff, --unsafe-fixes, --format, --output or --baseline-write",
  "cli.usage.noTerminal": "-i needs a terminal, and standard output is not one (use the text report or --format)",
  "cli.usage.noTerminalKeys": "-i needs a terminal for keys: standard input is not one and /dev/tty cannot be opened ({reason})",
  "cli.usage.noTerminalKeysStdin": "-i needs a terminal for keys: standard input carries the config and /dev/tty cannot be opened ({reason})",
  "cli.write.failed": "cannot write {file}: {reason}",
  "cli.usage.cannotWriteReport": "cannot write the report to {file}: {reason}",
  "cli.usage.tooManyWarnings": "{count} {count:warning|warnings}, more than --max-warnings {max} allows",
  "cli.input.quotedGlob": "{path}: no such file or directory; it looks like a pattern the shell did not expand (was it quoted?): pass the folder, or leave the pattern unquoted",
  "cli.input.noConfigs": "{path}: no nginx config files found (looked for *.conf, nginx.conf and files in sites-enabled/ or sites-available/)",
  "cli.input.emptyStdin": "standard input is empty: nothing to lint (if a command was piped in, did it fail? nginx -T prints the config only when its test passes)",
  "cli.input.presetEmpty": "{path}: no nginx config files found (the preset's folders for them are empty)",
  "cli.input.missing": "{path}: no such file or directory",
  "cli.input.notFile": "{path}: not a regular file or directory",
  "cli.input.unreadable": "{path}: {reason}",
  "cli.reason.noDirectory": "no such directory",
  "cli.reason.noFile": "no such file",
  "cli.reason.permission": "permission denied",
  "cli.reason.isDirectory": "it is a directory",
  "cli.reason.noSpace": "no space left on the device",
  "cli.reason.readOnly": "read-only file system",
  "cli.internalError": "internal error: {message}",
  "cli.debugHint": "rerun with --debug for the stack trace",
  "cli.stdoutFailed": "cannot write to standard output: {reason}",
  "cli.reason.refused.fifo": "is a FIFO (named pipe); sse-lint reads only regular files",
  "cli.reason.refused.device": "is a device; sse-lint reads only regular files",
  "cli.reason.refused.socket": "is a socket; sse-lint reads only regular files",
  "cli.reason.refused.directory": "is a directory; sse-lint reads only regular files",
  "cli.reason.refused.not-regular": "is not a regular file (it changed while it was opened); sse-lint reads only regular files",
  "cli.reason.refused.kernel-fs": "is on a kernel file system (/proc, /sys); sse-lint does not read it",
  "cli.reason.refused.too-large": "is larger than {max} MB, the most sse-lint reads",
  "cli.reason.refused.run-too-large": "makes the config files of this run add up to more than {max} MB, the most sse-lint reads at once",
  // Fixes.
  "cli.fix.hint": "{count} {count:fix|fixes} available: {command} to review them",
  "cli.interactive.remain": "{count} {count:finding|findings} on disk",
  "cli.interactive.discarded": "{count} changed {count:file|files} not written",
  "cli.fix.dryRun": "{count} {count:fix|fixes} in {files} {files:file|files} (dry run: nothing written)",
  "cli.fix.applied": "applied {count} {count:fix|fixes}, wrote {files} {files:file|files}",
  "cli.fix.withBackups": "{applied} (backups: {list})",
  "cli.fix.reverted": "fixes of {rules} in {file} were undone: {reason}",
  "cli.fix.reason.unparsable": "the fixed file no longer parsed",
  "cli.fix.notConverged": "fixes did not settle after {passes} passes; run again or fix the rest by hand",
  "cli.fix.cannotWriteDump": "--fix cannot write an nginx -T dump; use --diff to see the fixes",
  "cli.fix.cannotWriteStdin": "--fix cannot write standard input; use --diff to see the fixes",
  "cli.fix.verifyRejected": "{bin} -t rejected the fixed config; nothing was written:",
  "cli.fix.verifyUnrunnable": "could not run {bin} -t ({reason}); nothing was written",
  "cli.fix.writeFailed": "could not write the fixes, nothing was changed: {message}",
  "cli.fix.conflict": "{files} changed on disk since it was read; nothing was written",
  "cli.recover.finished": "finished an interrupted --fix ({journal}): {count} {count:file|files} written now",
  "cli.recover.undone": "undid an interrupted --fix ({journal}): {count} {count:file|files} put back",
  "cli.recover.skipped": "left as they are, changed since the --fix was interrupted: {files}",
  "cli.recover.failed": "cannot finish or undo the interrupted --fix in {journal}: {reason}; nothing was written",
  "cli.recover.pending": "an interrupted --fix left {journal}; the next sse-lint --fix on these files finishes or undoes it",
  // Config file.
  "cli.config.invalid": "invalid config {file}:",
  "cli.config.notFound": "config file {file} not found",
  "cli.config.unreadable": "cannot read {file}: {message}",
  "cli.config.syntax": "not valid JSON: {message}",
  "cli.json.comments": 'comments are not allowed in JSON; put notes under a "$comment" key',
  "cli.json.unterminated": "unterminated string",
  "cli.json.lineBreak": "unterminated string (a line break inside a string must be written \\n)",
  "cli.json.control": "control character in a string",
  "cli.json.unicodeEscape": "invalid \\u escape",
  "cli.json.escape": 'invalid escape "{escape}"',
  "cli.json.depth": "nested more than {max} levels deep",
  "cli.json.trailingComma": 'trailing comma before "{close}"',
  "cli.json.expectedKey": "expected a double-quoted key, found {found}",
  "cli.json.expectedColon": 'expected ":" after the key "{key}", found {found}',
  "cli.json.expectedCommaMember": 'expected "," or "}" after the value of "{key}", found {found}',
  "cli.json.expectedCommaItem": 'expected "," or "]" after a list item, found {found}',
  "cli.json.singleQuotes": "strings must use double quotes",
  "cli.json.unexpected": "unexpected {found}",
  "cli.json.afterValue": "unexpected {found} after the end of the JSON value",
  "cli.json.endOfFile": "end of file",
  "cli.config.noPackageKey": 'package.json has no "sse-lint" key',
  "cli.config.unknownKey": 'unknown key "{key}"',
  "cli.config.unknownKeyNear": 'unknown key "{key}"; did you mean "{near}"?',
  "cli.config.unknownRule": 'unknown rule "{key}"',
  "cli.config.unknownRuleNear": 'unknown rule "{key}"; did you mean "{near}"?',
  "cli.config.unknownOption": 'rule {rule} has no option "{key}"; its options are {choices}',
  "cli.config.unknownOptionNear": 'rule {rule} has no option "{key}"; did you mean "{near}"?',
  "cli.config.noOptions": 'rule {rule} has no options; set only its level, e.g. "{rule}": "warning"',
  "cli.config.badValue": '"{value}" is not one of {choices}',
  "cli.config.badValueNear": '"{value}" is not one of {choices}; did you mean "{near}"?',
  "cli.config.wrongType": "expected {expected}, got {actual}",
  "cli.config.ruleTuple": 'a rule set with options is [level, options], e.g. ["warning", {}]',
  "cli.config.empty": "must not be empty",
  "cli.config.badVersion": 'expected a version like 1.24.0, got "{value}"',
  "cli.config.pathMapKey": 'path map key "{key}" must be an absolute path, as written in the config',
  "cli.config.other": "{message}",
  "cli.config.presetNotApplied": 'preset "{preset}" found no matching layout around {path}; it has no effect here',
  "cli.config.initWritten": "wrote {file} ({layout} layout); edit it, then run sse-lint again",
  "cli.config.initExists": "{file} already exists; not overwriting it",
  "cli.config.layout.1panel": "1Panel/OpenResty",
  "cli.config.layout.debian": "Debian/Ubuntu",
  "cli.config.layout.openresty": "OpenResty",
  "cli.config.layout.npm": "Nginx Proxy Manager",
  "cli.config.layout.apisix": "APISIX",
  "cli.config.layout.plain": "plain nginx",
  "cli.type.string": "a string",
  "cli.type.number": "a number",
  "cli.type.integer": "an integer",
  "cli.type.boolean": "true or false",
  "cli.type.array": "a list",
  "cli.type.object": "an object",
  "cli.type.null": "null",
  // Starter config comments (sse-lint --init). JSON has no comments, so they go under "$comment" keys.
  "cli.init.header": 'sse-lint configuration for a {layout} layout, written by sse-lint --init. Text under "$comment" keys is ignored.',
  "cli.init.preset": "preset: {preset} ({effect}).",
  "cli.init.streams": 'streams: location paths of your event-stream endpoints (e.g. "/api/events", "/v1/chat/completions", "/sse/**"). sse-lint also guesses streams from paths and settings; list them here to be sure (findings on guesses are then notes), and list paths that only look like streams under notStreams.',
  "cli.init.version": 'nginxVersion: your nginx (or OpenResty core) version, e.g. "1.24.0" (nginx -v). Some defaults changed in 1.29.7; unset means "assume before 1.29.7".',
  "cli.init.rules": 'rules: every rule runs at its default level. Set "off", "info", "warning" or "error", or [level, options]; sse-lint explain RULE tells what a rule checks.',
  "cli.init.ignore": 'ignore: globs of config files whose findings are not reported, e.g. "conf.d/legacy-*.conf".',
  "cli.init.failOn": 'failOn: exit with 1 when a finding is at least this severe ("error", "warning", "info" or "off").',
  "cli.init.effect.1panel": "container paths /www and /usr/local/openresty/nginx/conf are read from the 1Panel app directory the linted files are in",
  "cli.init.effect.openresty": "the main config is nginx/conf/nginx.conf under the OpenResty folder, and relative includes resolve against that conf folder",
  "cli.init.effect.npm": "the generated hosts in data/nginx/*_host are linted with the container paths /data (and /etc/nginx, when a copy of it is beside data) read from this folder",
  "cli.init.effect.apisix": "conf/nginx.conf is generated by APISIX: advice names the proxy-buffering plugin and the route or config.yaml settings instead of edits of the generated file",
  "cli.init.effect.debian": "when the linted files are a copy of /etc/nginx, includes of /etc/nginx/... are read from that copy",
  // Baseline.
  "cli.baseline.written": "wrote {count} {count:finding|findings} to the baseline {file}",
  "cli.baseline.missing": "baseline {file} not found; create it with --baseline-write {file}",
  "cli.baseline.unreadable": "cannot read the baseline {file}: {reason}",
  "cli.baseline.notJson": "baseline {file} is not an sse-lint baseline: not valid JSON at line {line}, column {column}",
  "cli.baseline.noVersion": 'baseline {file} is not an sse-lint baseline: no "version"',
  "cli.baseline.badFindings": 'baseline {file} is not an sse-lint baseline: "findings" must be a list of entries with a "fingerprint"',
  "cli.baseline.unsupported": "baseline {file} has version {version}; this sse-lint reads version {supported}",
  // sse-lint --help.
  "cli.help": `sse-lint: find and fix nginx/OpenResty settings that break Server-Sent Events

Usage:
  sse-lint [options] PATH...        lint config files, directories, \`nginx -T\` dumps, or - (stdin)
  sse-lint parse [options] FILE     print the crossplane-compatible JSON parse of FILE
  sse-lint route [--host H] [--port P] URI PATH
                                    show which server and location serve URI, whether it is a stream,
                                    and the streaming-relevant settings in effect with their origins
  sse-lint explain RULE             print a rule's documentation (also parse-error, include-not-found, ...)
  sse-lint --list-rules             list every rule with its severity and fix
  sse-lint help                     show this help

Inputs:
  PATH is a file (its directory is the include prefix), a directory (entry points are the
  config files no other file includes, nginx.conf first), an \`nginx -T\` dump, or - for stdin.

Review:
  -i, --interactive         review in the terminal: readiness per server, each finding with its code, value
                            in effect and fix diff; apply (f), undo (u), write (w); ? lists the keys

Output:
  -f, --format NAME         text (default), json, sarif, checkstyle or github (Actions annotations)
  -o, --output FILE         write the report to FILE (atomically) instead of standard output
      --fail-on LEVEL       exit 1 when a finding is at or above LEVEL: error, warning (default), info, off
      --max-warnings N      also exit 1 when there are more than N warnings
  -q, --quiet               report errors only (the exit code still counts everything, see --fail-on)

Options:
  -p, --prefix DIR          resolve relative includes against DIR (nginx -p / conf prefix)
  -c, --config FILE         use this config file (default: sse-lint.config.json, .sse-lintrc.json or an
                            "sse-lint" key in package.json, searched upward from the first input)
      --no-config           use no config file, even when one would be found
      --init [DIR]          write a commented starter sse-lint.config.json for the layout found in DIR
      --baseline FILE       report only findings that are not in FILE
      --baseline-write FILE record the current findings in FILE (then exit 0)
      --locale en|zh-CN     language of messages (default: from LC_ALL, LC_MESSAGES or LANG)
      --strict              also report directives no known nginx module defines
      --nginx-version X.Y.Z target nginx version (defaults differ from 1.29.7 on); unknown = before 1.29.7
      --route [HOST]/URI    the location serving URI is an event stream; repeatable
      --all-proxies         audit mode: treat every proxying location as a stream
      --preset NAME         the server layout: auto (default: detected from the path), 1panel, openresty,
                            npm, apisix, debian or plain; named in the report
      --in-context          lint each FILE inside the nginx.conf (its folder or above) that includes it and
                            report only the files given (the pre-commit hook uses this)
      --context BLOCK       lint a lone snippet as the inside of http, server or location (default: its
                            "# sse-lint: context" comment, else a guess from its directives)
      --rule ID             run (and fix) only this rule; repeatable
      --disable ID          turn a rule (or an engine id such as include-not-found) off; repeatable
      --enable ID           turn a rule back on that the config file turned off; repeatable
      --fix                 apply safe fixes and write the files (atomically, all or nothing)
      --unsafe-fixes        with --fix or --diff: also apply fixes that may change behaviour
      --fix-dry-run, --diff print the fixes as a unified diff; write nothing
      --backup              with --fix: keep <file>.bak copies
      --verify-with-nginx BIN
                            with --fix: run BIN -t on a copy of the fixed tree first; refuse to write if it fails
      --map FROM=TO         read include paths under FROM from TO (containers, panels); repeatable
      --stdin-filename NAME name shown for stdin input
      --color, --no-color   force colour on or off (default: on a terminal, honouring NO_COLOR/FORCE_COLOR)
      --debug               on an internal error, print the stack trace
  -h, --help                show this help
  -v, --version             show the version

parse options:
      --combine             inline includes into one config, adding "file" to every statement
      --single-file         do not follow includes
      --include-comments    include comments as "#" statements
      --positions           add column and [start, end] offsets to every statement

Exit codes: 0 nothing at or above --fail-on (and warnings within --max-warnings), 1 otherwise,
2 usage error, unusable input or an internal error.
`
};

// src/i18n/en-findings.ts
var EN_FINDINGS = {
  // A level that is the one the message is about: "this location /sse".
  "msg.level.self": "this {name}",
  "msg.levels.omitted": "{count} more {count:level|levels}",
  // Where a value comes from (OriginData).
  "msg.origin.directive": "{line} in {level}",
  "msg.origin.directiveMore": "{line} and {more} more in {level}",
  "msg.origin.default": "{default}; not set in {levels}",
  // Which default applies (DefaultBasis).
  "msg.default.nginx": "nginx default",
  "msg.default.module": "{module} module default",
  "msg.default.before": "nginx default before {version}",
  "msg.default.since": "nginx default since {version}",
  "msg.default.withDetail": "{default}, {detail}",
  "msg.default.detail.upstreamBlocks": "for upstream{} blocks",
  "msg.default.versionUnknown": "{default} (version unknown; pass --nginx-version)",
  "msg.default.standardInheritance": "standard inheritance ({directive} appeared in {since})",
  "msg.default.unknownDirective": "not set, and {directive} is not in sse-lint's directive table",
  // Why a location carries an event stream (StreamWhy).
  "msg.stream.route": "--route {spec} is served here",
  "msg.stream.comment": "marked with # sse-lint: stream",
  "msg.stream.pattern": "matches the stream pattern {pattern}",
  "msg.stream.apiPath": "path {path} is a streaming API endpoint ({endpoint})",
  "msg.stream.pathWord": 'path {path} contains "{word}"',
  "msg.stream.contentType": "{directive} sets text/event-stream",
  "msg.stream.typesBlock": "types maps an extension to text/event-stream",
  "msg.stream.accelHeader": "{directive} mentions X-Accel-Buffering",
  "msg.stream.bufferingOff": "{directive} off is set here (streaming intent)",
  "msg.stream.suggests": "{line} suggests a stream",
  "msg.stream.producer": "{directive} produces an event stream ({what})",
  "msg.stream.upstreamName": 'it proxies to upstream {name}, named for streams ("{word}")',
  "msg.stream.backend": "it proxies to {location} ({at}) of this config, a stream",
  "msg.stream.allProxies": "--all-proxies treats every proxying location as a stream",
  "msg.stream.preset": "the {preset} preset audits every proxying location as a possible stream (stream URIs are not known)",
  "msg.stream.snippet": "a location snippet on its own that proxies: its URI is unknown, so it is checked as a possible stream",
  "msg.stream.guess": '{reasons} (a guess: add "# sse-lint: stream" to the location to confirm it, or "# sse-lint: not-stream" or a notStreams pattern in the config to deny it)',
  "msg.stream.guessBrief": "{reasons}; a guess",
  "msg.stream.none": "not a stream",
  "msg.stream.location": "{location} ({why})",
  "msg.stream.routeVia": "--route {spec} is served by {to} via {via}",
  "msg.stream.redirect": "{from} ({why}) is served by {to} via {via}",
  // Internal redirects on the way of a request, and what a way depends on.
  "msg.redirect.at": "{directive} at {at}",
  "msg.redirect.then": "{first}, then {rest}",
  "msg.chain.fileExists": "a file {directive} names exists",
  "msg.chain.fileMissing": "no file {directive} names exists",
  "msg.chain.upgradeSet": "$http_upgrade is set (a WebSocket upgrade)",
  "msg.chain.upgradeEmpty": "$http_upgrade is empty (an ordinary request)",
  "msg.chain.regexMatches": "the URI matches {regex}",
  "msg.chain.regexFails": "the URI does not match {regex}",
  "msg.chain.ifHolds": "if {condition} holds",
  "msg.chain.ifFails": "if {condition} does not hold",
  "msg.chain.status": "the response status is {codes}",
  "msg.chain.name": "{directive}'s target is {name}",
  "msg.chain.noName": "{directive}'s target names no location",
  // Why a location that looks like a stream is not treated as one (NotStreamWhy).
  "msg.notStream.comment": "marked with # sse-lint: not-stream",
  "msg.notStream.pattern": "matches the notStreams pattern {pattern}",
  "msg.notStream.returns": "its rewrite phase always answers ({line} at {at}), so nothing is proxied",
  "msg.notStream.returnsServer": "its server always answers in the rewrite phase ({line} at {at}), so no location is reached",
  "msg.notStream.websocket": "it passes Upgrade to the backend under the WebSocket path {path}: a WebSocket tunnel",
  "msg.notStream.otherType": "{directive} gives it the content type {type}",
  "msg.notStream.subrequest": "only {directive} subrequests reach it ({line} at {at}), and nginx discards their response body: no stream reaches a client through it",
  // Lists: items left out, and list entries grouped by the level that wrote them.
  "msg.list.more": "{list} and {more} more",
  "msg.entries.from": "{items} from {level}",
  // The engine's own fix titles and related notes.
  "msg.fix.inlineInclude": "{title}, by copying {file} in place of its include in {block} ({at}): {file} is also included in {count} {count:place|places} that {count:does|do} not need it",
  "msg.fix.sharedInclude": "{title}, in {block} ({at}) instead: {file} is also included in {count} {count:place|places} that {count:does|do} not need it",
  "msg.related.sharedNoFix": "no fix offered: {file} is also read in {count} {count:place|places} that {count:does|do} not need this change, and no edit limited to this one can be made here; change it by hand",
  "msg.related.unreadInclude": "could not be read; it may set {directive} differently",
  "msg.related.apisixGenerated": "{file} is generated by APISIX from conf/config.yaml on every start, so an edit here is lost: turn response buffering off for the stream with the proxy-buffering plugin on its route (or the route's plugin config), and set timeouts on the route's upstream or under nginx_config in conf/config.yaml",
  "msg.related.firstHere": 'first "{directive}" here',
  // The engine's own findings (their messageId is the whole key). nginx's own error text arrives as {error}.
  "msg.suppression.unused": "suppression of {ids} matches no finding; remove it",
  "msg.suppression.noIds": "{comment} needs at least one rule id",
  "msg.suppression.unknownIds": "unknown rule {count:id|ids} {ids} in suppression",
  "msg.suppression.noReason": '{comment} {ids} needs a reason after " -- "',
  "msg.include.cycle": 'include of "{file}" loops back to a file that is already being included ({chain}); nginx would recurse until it runs out of open files',
  "msg.include.resolvedAgainst": '{error} (include "{written}" resolved against {prefix})',
  "msg.syntax.duplicate": "{error}; nginx -t rejects it (first set at line {line})",
  "msg.syntax.notAllowed": "{error} (in {where})",
  "msg.include.directory": '"{path}" is a directory, not a config file',
  "msg.include.notRegular": '"{path}" is not a regular file (a FIFO, socket or device); it was not read',
  "msg.include.refused": '"{path}" {reason}',
  "msg.syntax.arguments": "{error}: it takes {takes}, got {count}{suggestion}",
  "msg.syntax.takes.exactly": "{min}",
  "msg.syntax.takes.either": "{min} or {max}",
  "msg.syntax.takes.range": "{min} to {max}",
  "msg.syntax.takes.atLeast": "at least {min}",
  "msg.syntax.value": "{error}{expected}{suggestion}",
  "msg.syntax.mustBe": ", it must be {words}",
  "msg.syntax.shape.time": " (a time such as 30s, 5m or 1h)",
  "msg.syntax.shape.sec": " (a time such as 30s, 1h or 7d)",
  "msg.syntax.shape.size": " (a size such as 512, 8k or 1m)",
  "msg.syntax.shape.number": " (a whole number)",
  "msg.syntax.shape.numberOr": " (a whole number or {words})",
  "msg.syntax.shape.status": ' (a status code from 100 to 599, or "any")',
  "msg.syntax.didYouMean": '; did you mean "{suggestion}"?',
  "msg.syntax.didYouMeanElsewhere": '; did you mean "{suggestion}"? (not allowed in {where} either)',
  "msg.syntax.duplicateLocation": "{error}; nginx -t rejects it",
  "msg.syntax.conflictingName": "{error}{implicit}: nginx -t warns, and requests for it go to the first server that has it",
  "msg.syntax.implicitName": ' (a server without server_name has the name "")',
  "msg.related.firstLocation": 'the first location "{path}" is here',
  "msg.related.nameTaken": '"{name}" is taken here first',
  "msg.include.unmappedGlob": 'include "{written}" matches nothing: {dir} does not exist on this machine, so it looks like a path inside a container; nothing it would include is checked. Read it from the host folder with --map {dir}=HOST_FOLDER{preset}, or lint the running config with docker exec CONTAINER nginx -T | sse-lint -',
  "msg.include.unmappedPreset": ", or the preset that knows this layout (--preset {preset})",
  "msg.include.unmappedImage": `"{target}" is a file of the {image} container image, not of this machine, so what it sets is not checked here; lint the running config with docker exec CONTAINER nginx -T | sse-lint -, or copy the image's folder beside the data (docker cp)`,
  "msg.fix.replaceValue": 'Replace "{from}" with "{to}"',
  "msg.fix.renameDirective": "Rename {from} to {to}"
};

// src/i18n/template.ts
var PLACEHOLDER = /\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g;
var CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
function fillTemplate(template2, values) {
  let out = "";
  let last = 0;
  for (const m of placeholders(template2)) {
    let before = template2.slice(last, m.index);
    const raw = values[m.name];
    if (raw === void 0) throw new Error(`"${template2}" needs a value for {${m.name}}`);
    const value = m.one !== void 0 ? Number(raw) === 1 ? m.one : m.other : String(raw);
    if (before.charCodeAt(before.length - 1) === 32 && CJK.test(before.at(-2) ?? "") && CJK.test(value[0] ?? "")) before = before.slice(0, -1);
    if (before === "" && out.charCodeAt(out.length - 1) === 32 && CJK.test(out.at(-2) ?? "") && CJK.test(value[0] ?? "")) out = out.slice(0, -1);
    out += before + value;
    last = m.end;
    if (template2.charCodeAt(last) === 32 && CJK.test(template2[last + 1] ?? "") && CJK.test(value.at(-1) ?? "")) last++;
  }
  return out + template2.slice(last);
}
var scanned = /* @__PURE__ */ new Map();
function placeholders(template2) {
  let list = scanned.get(template2);
  if (!list) {
    list = [...template2.matchAll(PLACEHOLDER)].map((m) => ({ index: m.index, end: m.index + m[0].length, name: m[1], one: m[2], other: m[3] }));
    if (scanned.size < 1e4) scanned.set(template2, list);
  }
  return list;
}

// src/i18n/render.ts
function englishFindingsTemplate(key) {
  return EN_FINDINGS[key];
}
var englishFindings = { locale: "en", lookup: englishFindingsTemplate };
function renderMessage(r, template2, data = {}) {
  const values = {};
  for (const k in data) {
    if (!Object.hasOwn(data, k)) continue;
    const v = data[k];
    values[k] = typeof v === "number" ? v : renderArg(r, v);
  }
  return fillTemplate(template2, values);
}
function renderKey(r, key, data = {}) {
  const tpl = r.lookup(key);
  if (tpl === void 0) throw new Error(`no message "${key}" in ${r.locale}`);
  return renderMessage(r, tpl, data);
}
var code = (text) => ({ kind: "code", text });
function renderArg(r, arg) {
  if (arg === null) return "";
  if (typeof arg === "number") return String(arg);
  switch (arg.kind) {
    case "code":
      return arg.text;
    case "level":
      return renderLevel(r, arg.level);
    case "origin":
      return renderOrigin(r, arg.origin);
    case "default":
      return renderDefault(r, arg.basis);
    case "stream":
      return renderStream(r, arg.reasons, arg.confidence, arg.brief);
    case "list": {
      const items = arg.items.map((i) => renderArg(r, i));
      const list = joinList(r.locale, items, arg.join);
      return arg.more ? renderKey(r, "msg.list.more", { list: code(list), more: arg.more }) : list;
    }
    case "message":
      return renderKey(r, arg.key, arg.data);
  }
}
function renderLevel(r, level) {
  return level.self ? renderKey(r, "msg.level.self", { name: code(level.name) }) : level.name;
}
function renderOrigin(r, o) {
  if (o.kind === "directive") {
    const data = { line: code(`${o.text} (${o.at})`), level: { kind: "level", level: o.level } };
    return o.more ? renderKey(r, "msg.origin.directiveMore", { ...data, more: o.more }) : renderKey(r, "msg.origin.directive", data);
  }
  const dflt = renderDefault(r, o.basis);
  if (o.levels.length === 0) return dflt;
  const items = o.levels.map((level) => ({ kind: "level", level }));
  if (o.omitted) items.splice(o.omittedAt ?? items.length, 0, { kind: "message", key: "msg.levels.omitted", data: { count: o.omitted } });
  const levels = { kind: "list", join: "or", items };
  return renderKey(r, "msg.origin.default", { default: code(dflt), levels });
}
function renderDefault(r, b) {
  switch (b.kind) {
    case "nginx":
      return renderKey(r, "msg.default.nginx");
    case "module":
      return renderKey(r, "msg.default.module", { module: code(b.module) });
    case "standard-inheritance":
      return renderKey(r, "msg.default.standardInheritance", { directive: code(b.directive), since: code(b.since) });
    case "unknown-directive":
      return renderKey(r, "msg.default.unknownDirective", { directive: code(b.directive) });
    case "versioned": {
      let text = renderKey(r, b.when === "before" ? "msg.default.before" : "msg.default.since", { version: code(b.version) });
      if (b.detail === "upstream-blocks") text = renderKey(r, "msg.default.withDetail", { default: code(text), detail: code(renderKey(r, "msg.default.detail.upstreamBlocks")) });
      if (b.versionUnknown) text = renderKey(r, "msg.default.versionUnknown", { default: code(text) });
      return text;
    }
  }
}
function renderStreamWhy(r, w) {
  switch (w.kind) {
    case "route":
      return renderKey(r, "msg.stream.route", { spec: code(w.spec) });
    case "comment":
      return renderKey(r, "msg.stream.comment");
    case "pattern":
      return renderKey(r, "msg.stream.pattern", { pattern: code(w.pattern) });
    case "api-path":
      return renderKey(r, "msg.stream.apiPath", { path: code(w.path), endpoint: code(w.endpoint) });
    case "path-word":
      return renderKey(r, "msg.stream.pathWord", { path: code(w.path), word: code(w.word) });
    case "content-type":
      return renderKey(r, "msg.stream.contentType", { directive: code(w.directive) });
    case "types-block":
      return renderKey(r, "msg.stream.typesBlock");
    case "accel-header":
      return renderKey(r, "msg.stream.accelHeader", { directive: code(w.directive) });
    case "buffering-off":
      return renderKey(r, "msg.stream.bufferingOff", { directive: code(w.directive) });
    case "suggests":
      return renderKey(r, "msg.stream.suggests", { line: code(w.line) });
    case "producer":
      return renderKey(r, "msg.stream.producer", { directive: code(w.directive), what: code(w.what) });
    case "upstream-name":
      return renderKey(r, "msg.stream.upstreamName", { name: code(w.name), word: code(w.word) });
    case "backend":
      return renderKey(r, "msg.stream.backend", { location: code(w.location), at: code(w.at) });
    case "all-proxies":
      return renderKey(r, "msg.stream.allProxies");
    case "preset":
      return renderKey(r, "msg.stream.preset", { preset: code(w.preset) });
    case "snippet":
      return renderKey(r, "msg.stream.snippet");
    case "route-via":
      return renderKey(r, "msg.stream.routeVia", { spec: code(w.spec), to: code(w.to), via: code(renderVia(r, w.via)) });
    case "redirect":
      return renderKey(r, "msg.stream.redirect", { from: code(w.from), why: code(renderStream(r, w.fromWhy)), to: code(w.to), via: code(renderVia(r, w.via)) });
  }
}
function renderVia(r, via) {
  const items = via.map((v) => renderKey(r, "msg.redirect.at", { directive: code(v.directive), at: code(v.at) }));
  return items.reduceRight((rest, first) => rest === "" ? first : renderKey(r, "msg.redirect.then", { first: code(first), rest: code(rest) }), "");
}
function renderCondition(r, c) {
  switch (c.kind) {
    case "file":
      return renderKey(r, c.exists ? "msg.chain.fileExists" : "msg.chain.fileMissing", { directive: code(c.directive) });
    case "upgrade":
      return renderKey(r, c.upgrade ? "msg.chain.upgradeSet" : "msg.chain.upgradeEmpty");
    case "regex":
      return renderKey(r, c.matches ? "msg.chain.regexMatches" : "msg.chain.regexFails", { regex: code(c.regex) });
    case "if":
      return renderKey(r, c.holds ? "msg.chain.ifHolds" : "msg.chain.ifFails", { condition: code(c.condition) });
    case "status":
      return renderKey(r, "msg.chain.status", { codes: { kind: "list", join: "or", items: c.codes } });
    case "name":
      return c.name === null ? renderKey(r, "msg.chain.noName", { directive: code(c.directive) }) : renderKey(r, "msg.chain.name", { directive: code(c.directive), name: code(c.name) });
  }
}
function renderStream(r, reasons, confidence, brief = false) {
  if (reasons.length === 0) return renderKey(r, "msg.stream.none");
  const text = joinList(r.locale, reasons.map((w) => renderStreamWhy(r, w)), "semicolon");
  if (confidence !== "guessed") return text;
  return renderKey(r, brief ? "msg.stream.guessBrief" : "msg.stream.guess", { reasons: code(text) });
}
function renderNotStream(r, w) {
  switch (w.kind) {
    case "denied-comment":
      return renderKey(r, "msg.notStream.comment");
    case "denied-pattern":
      return renderKey(r, "msg.notStream.pattern", { pattern: code(w.pattern) });
    case "returns":
      return renderKey(r, w.level === "server" ? "msg.notStream.returnsServer" : "msg.notStream.returns", { line: code(w.line), at: code(w.at) });
    case "websocket":
      return renderKey(r, "msg.notStream.websocket", { path: code(w.path) });
    case "other-type":
      return renderKey(r, "msg.notStream.otherType", { directive: code(w.directive), type: code(w.type) });
    case "subrequest":
      return renderKey(r, "msg.notStream.subrequest", { directive: code(w.directive), line: code(w.line), at: code(w.at) });
  }
}
function spaced(a, word, b) {
  return `${a}${CJK.test(a.at(-1) ?? "") ? "" : " "}${word}${CJK.test(b[0] ?? "") ? "" : " "}${b}`;
}
function joinList(locale, items, join10) {
  if (items.length <= 1) return items[0] ?? "";
  if (locale === "zh-CN") {
    if (join10 === "sentences") return items.join("");
    if (join10 === "semicolon") return items.join("\uFF1B");
    if (join10 === "and") return spaced(items.slice(0, -1).join("\u3001"), "\u548C", items[items.length - 1]);
    return items.join("\u3001");
  }
  if (join10 === "sentences") return items.join(" ");
  if (join10 === "comma") return items.join(", ");
  if (join10 === "semicolon") return items.join("; ");
  if (join10 === "and") return items.join(" and ");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

// src/i18n/zh-CN.ts
var catalog;
function zhCN() {
  return catalog ??= {
    // Report summary and labels.
    "cli.listRules.engine": "\u7531 sse-lint \u81EA\u8EAB\u62A5\u544A\uFF08\u53EF\u5728\u914D\u7F6E\u4E2D\u8BBE\u7F6E\u7EA7\u522B\uFF0C\u7528 sse-lint explain ID \u67E5\u770B\u8BF4\u660E\uFF09\uFF1A",
    "cli.usage.nginxDashC": "-c \u662F sse-lint \u7684 --config\uFF08JSON \u6587\u4EF6\uFF09\uFF0C\u4E0D\u662F nginx \u7684 -c\uFF1A\u8981\u68C0\u67E5 {file}\uFF0C\u8BF7\u76F4\u63A5\u628A\u5B83\u4F5C\u4E3A\u8DEF\u5F84\u4F20\u5165\uFF08sse-lint {file}\uFF09",
    "cli.usage.badPreset": '\u672A\u77E5\u7684\u9884\u8BBE "{value}"\uFF1B\u5E94\u4E3A {choices} \u4E4B\u4E00',
    "cli.usage.badContext": '\u672A\u77E5\u7684\u4E0A\u4E0B\u6587 "{value}"\uFF1B\u5E94\u4E3A {choices} \u4E4B\u4E00',
    "cli.usage.parseOne": "parse\uFF1A\u9700\u8981\u4E14\u53EA\u9700\u8981\u4E00\u4E2A FILE",
    "cli.usage.routeArgs": "route\uFF1A\u9700\u8981 URI \u548C\u4E00\u4E2A\u914D\u7F6E PATH\uFF08sse-lint route [--host H] [--port P] /uri nginx.conf\uFF09",
    "cli.usage.routeOneInput": "route\uFF1A\u914D\u7F6E PATH \u5FC5\u987B\u662F\u4E00\u4E2A\u6587\u4EF6\u3001\u76EE\u5F55\u6216\u8F6C\u50A8",
    "cli.usage.badPort": 'route\uFF1A--port \u9700\u8981\u4E00\u4E2A\u7AEF\u53E3\u53F7\uFF0C\u6536\u5230\u7684\u662F "{value}"',
    "cli.usage.badMaxWarnings": '--max-warnings \u9700\u8981\u4E00\u4E2A\u8B66\u544A\u6570\u91CF\uFF080 \u6216\u4EE5\u4E0A\uFF09\uFF0C\u6536\u5230\u7684\u662F "{value}"',
    "cli.usage.noOutputFile": "--output \u9700\u8981\u4E00\u4E2A\u6587\u4EF6\u540D",
    "cli.usage.emptyOption": "{option} \u9700\u8981\u4E00\u4E2A\u6587\u4EF6\u6216\u76EE\u5F55\u540D\uFF0C\u4E0D\u80FD\u662F\u7A7A\u5B57\u7B26\u4E32",
    "cli.usage.emptyPath": "PATH \u662F\u7A7A\u5B57\u7B26\u4E32\uFF08\u53D8\u91CF\u672A\u8BBE\u7F6E\uFF1F\uFF09\uFF1B\u8BF7\u7ED9\u51FA\u6587\u4EF6\u3001\u76EE\u5F55\uFF0C\u6216\u7528 - \u8868\u793A\u6807\u51C6\u8F93\u5165",
    "cli.usage.verifyNeedsBinary": "--verify-with-nginx \u9700\u8981 nginx \u53EF\u6267\u884C\u6587\u4EF6\u7684\u8DEF\u5F84",
    "cli.usage.interactiveConflict": "-i \u4E0D\u80FD\u4E0E --fix\u3001--diff\u3001--unsafe-fixes\u3001--format\u3001--output \u6216 --baseline-write \u4E00\u8D77\u4F7F\u7528",
    "cli.usage.noTerminal": "-i \u9700\u8981\u7EC8\u7AEF\uFF0C\u4F46\u6807\u51C6\u8F93\u51FA\u4E0D\u662F\u7EC8\u7AEF\uFF08\u8BF7\u4F7F\u7528\u6587\u672C\u62A5\u544A\u6216 --format\uFF09",
    "cli.usage.noTerminalKeys": "-i \u9700\u8981\u7EC8\u7AEF\u6765\u8BFB\u53D6\u6309\u952E\uFF1A\u6807\u51C6\u8F93\u5165\u4E0D\u662F\u7EC8\u7AEF\uFF0C\u4E14\u65E0\u6CD5\u6253\u5F00 /dev/tty\uFF08{reason}\uFF09",
    "cli.usage.noTerminalKeysStdin": "-i \u9700\u8981\u7EC8\u7AEF\u6765\u8BFB\u53D6\u6309\u952E\uFF1A\u6807\u51C6\u8F93\u5165\u627F\u8F7D\u7740\u914D\u7F6E\uFF0C\u4E14\u65E0\u6CD5\u6253\u5F00 /dev/tty\uFF08{reason}\uFF09",
    "cli.fix.hint": "\u6709 {count} \u4E2A\u53EF\u7528\u4FEE\u590D\uFF1A\u8FD0\u884C {command} \u9010\u4E2A\u67E5\u770B",
    "cli.interactive.remain": "\u78C1\u76D8\u4E0A\u8FD8\u6709 {count} \u4E2A\u95EE\u9898",
    "cli.interactive.discarded": "{count} \u4E2A\u5DF2\u4FEE\u6539\u7684\u6587\u4EF6\u672A\u5199\u5165",
    "cli.write.failed": "\u65E0\u6CD5\u5199\u5165 {file}\uFF1A{reason}",
    "cli.usage.cannotWriteReport": "\u65E0\u6CD5\u628A\u62A5\u544A\u5199\u5165 {file}\uFF1A{reason}",
    "cli.usage.tooManyWarnings": "\u5171 {count} \u4E2A\u8B66\u544A\uFF0C\u8D85\u8FC7\u4E86 --max-warnings {max} \u7684\u4E0A\u9650",
    "cli.summary.config": "\u914D\u7F6E\uFF1A{file}\u3002",
    "cli.summary.configFound": "\u914D\u7F6E\uFF1A{file}\uFF08\u4ECE\u8F93\u5165\u5411\u4E0A\u67E5\u627E\u5F97\u5230\uFF09\u3002",
    "cli.summary.configNone": "\u914D\u7F6E\uFF1A\u672A\u627E\u5230\uFF0C\u4F7F\u7528\u9ED8\u8BA4\u8BBE\u7F6E\u3002",
    "cli.summary.configDisabled": "\u914D\u7F6E\uFF1A\u672A\u4F7F\u7528\uFF08--no-config\uFF09\u3002",
    "cli.summary.none": "\u68C0\u67E5\u4E86 {files} \u4E2A\u6587\u4EF6{streams}\uFF0C\u672A\u53D1\u73B0\u95EE\u9898{notes}\u3002",
    "cli.summary.problems": "\u5171 {count} \u4E2A\u95EE\u9898\uFF08{errors} \u4E2A\u9519\u8BEF\uFF0C{warnings} \u4E2A\u8B66\u544A\uFF0C{infos} \u4E2A\u63D0\u793A\uFF09\uFF0C\u6D89\u53CA\u8BFB\u53D6\u7684 {files} \u4E2A\u6587\u4EF6\u4E2D\u7684 {withFindings} \u4E2A{streams}{notes}\u3002",
    "cli.summary.truncated": "\u53E6\u6709 {count} \u6761\u95EE\u9898\u672A\u5217\u51FA\uFF1A\u4E00\u6B21\u8FD0\u884C\u6700\u591A\u4FDD\u7559 {max} \u6761",
    "cli.summary.baselined": "{count} \u4E2A\u5DF2\u77E5\u95EE\u9898\u88AB\u57FA\u7EBF\u6587\u4EF6 {file} \u5C4F\u853D\u3002",
    "cli.summary.ignored": '{count} \u4E2A\u4F4D\u4E8E "ignore" \u5339\u914D\u7684\u6587\u4EF6\u4E2D',
    "cli.severity.error": "\u9519\u8BEF",
    "cli.severity.warning": "\u8B66\u544A",
    "cli.severity.info": "\u63D0\u793A",
    "cli.label.fix": "\u4FEE\u590D\uFF1A",
    "cli.label.stream": "\u4E8B\u4EF6\u6D41\uFF1A",
    "cli.label.related": "\u76F8\u5173\u4F4D\u7F6E\uFF1A",
    "cli.label.chain": "\u91CD\u5B9A\u5411\u94FE\uFF1A",
    "cli.label.value": "\u53D6\u503C\uFF1A",
    "cli.summary.streams": "\uFF0C{count} \u4E2A\u4E8B\u4EF6\u6D41 location",
    "cli.summary.notes": "\uFF08{list}\uFF09",
    "cli.summary.suppressedInline": "{count} \u4E2A\u88AB sse-lint-disable \u6CE8\u91CA\u5C4F\u853D",
    "cli.summary.quietHidden": "{list}\u672A\u663E\u793A\uFF08--quiet\uFF09",
    "cli.summary.fixable": "\u5176\u4E2D {count} \u4E2A\u53EF\u4EE5\u81EA\u52A8\u4FEE\u590D\uFF1A{list}\u3002",
    "cli.summary.fixableSafe": "{count} \u4E2A\u7528 --fix \u5B89\u5168\u4FEE\u590D",
    "cli.summary.fixableUnsafe": "{count} \u4E2A\u9700\u7528 --fix --unsafe-fixes \u505A\u4E0D\u5B89\u5168\u4FEE\u590D",
    "cli.count.warnings": "{count} \u4E2A\u8B66\u544A",
    "cli.count.infos": "{count} \u4E2A\u63D0\u793A",
    "cli.fix.hintSafe": "{title}\uFF08\u5B89\u5168\u4FEE\u590D\uFF1A--fix\uFF09",
    "cli.fix.hintUnsafe": "{title}\uFF08\u4E0D\u5B89\u5168\u7684\u4FEE\u590D\uFF1A--fix --unsafe-fixes\uFF09",
    "cli.fix.hintSuggestion": "{title}\uFF08\u5EFA\u8BAE\uFF1A\u89C1 --diff\uFF1B\u4E0D\u4F1A\u81EA\u52A8\u5E94\u7528\uFF09",
    "cli.fix.suggestionHeader": "{rule} \u5728 {file}:{line} \u7684\u4FEE\u6539\u5EFA\u8BAE\uFF08--fix \u4E0D\u4F1A\u5E94\u7528\uFF09\uFF1A{title}",
    "cli.frame.moreLines": "\u2026\u2026\u53E6\u6709 {count} \u884C",
    "cli.progress.parsed": "\u5DF2\u89E3\u6790 {count} \u4E2A\u6587\u4EF6",
    "cli.progress.checking": "\u5DF2\u89E3\u6790 {count} \u4E2A\u6587\u4EF6\uFF0C\u6B63\u5728\u68C0\u67E5",
    "cli.provenance.set": "{head}\uFF1A\u5728 {level} \u4E2D\u8BBE\u7F6E\uFF08{at}\uFF09",
    "cli.provenance.default": "{head}\uFF1A{note}",
    "cli.provenance.defaultNotSet": "{head}\uFF1A{note}\uFF0C{levels} \u4E2D\u5747\u672A\u8BBE\u7F6E",
    "cli.levels.omitted": "\u53E6\u5916 {count} \u5C42",
    "cli.summary.preset": "\u9884\u8BBE\uFF1A{label}\uFF08{how}\uFF09\u3002",
    "cli.summary.presetHow.detected": "\u6839\u636E\u8DEF\u5F84\u81EA\u52A8\u8BC6\u522B\uFF1B\u53EF\u7528 --preset \u6307\u5B9A\u5176\u4ED6\u9884\u8BBE",
    "cli.summary.presetHow.chosen": "\u624B\u52A8\u6307\u5B9A",
    "cli.summary.assumed": "{file}\uFF1A\u6309{block}\u5185\u90E8\u7684\u5185\u5BB9\u68C0\u67E5\uFF08{how}\uFF09\u3002",
    "cli.summary.block.http": " http \u5757",
    "cli.summary.block.server": " server \u5757",
    "cli.summary.block.location": " location \u5757",
    "cli.summary.assumedHow.guessed": '\u6839\u636E\u5176\u4E2D\u7684\u6307\u4EE4\u63A8\u6D4B\uFF1B\u53EF\u7528 --context http|server|location \u6216 "# sse-lint: context location" \u6CE8\u91CA\u6307\u5B9A',
    "cli.summary.assumedHow.option": "--context",
    "cli.summary.assumedHow.comment": '\u6587\u4EF6\u4E2D\u7684 "# sse-lint: context" \u6CE8\u91CA',
    "cli.summary.site": "\u7AD9\u70B9 {site}\uFF1A\u6309\u4E8B\u4EF6\u6D41\u68C0\u67E5\u4E86 {streams} \u4E2A location\uFF0C{errors} \u4E2A\u9519\u8BEF\uFF0C{warnings} \u4E2A\u8B66\u544A\uFF1A{verdict}\u3002",
    "cli.summary.siteReady": "\u53EF\u4EE5\u627F\u8F7D\u4E8B\u4EF6\u6D41",
    "cli.summary.siteNotReady": "\u8FD8\u4E0D\u80FD\u627F\u8F7D\u4E8B\u4EF6\u6D41",
    "cli.summary.siteNoStreams": "\u6CA1\u6709\u53CD\u5411\u4EE3\u7406\u7684 location",
    "cli.summary.sites": "\u5C31\u7EEA\u60C5\u51B5\uFF1A{total} \u4E2A\u7AD9\u70B9\u4E2D\u6709 {ready} \u4E2A\u53EF\u4EE5\u627F\u8F7D\u4E8B\u4EF6\u6D41\u3002",
    "cli.label.site": "\u7AD9\u70B9",
    // sse-lint explain.
    "cli.explain.title": "{id}\uFF08{severity}\uFF1B\u4FEE\u590D\uFF1A{fix}\uFF09",
    "cli.explain.engineTitle": "{id}\uFF08{severity}\uFF1B\u7531 sse-lint \u81EA\u8EAB\u62A5\u544A\uFF0C\u4E0D\u63D0\u4F9B\u4FEE\u590D\uFF09",
    "cli.explain.engineTitleFixes": "{id}\uFF08{severity}\uFF1B\u7531 sse-lint \u81EA\u8EAB\u62A5\u544A\uFF0C\u63D0\u4F9B\u4FEE\u590D\uFF09",
    "cli.explain.fixKind.safe": "\u5B89\u5168",
    "cli.explain.fixKind.unsafe": "\u4E0D\u5B89\u5168",
    "cli.explain.fixKind.none": "\u65E0",
    "cli.explain.fixKind.suggestion": "\u5EFA\u8BAE",
    "cli.explain.why": "\u539F\u56E0",
    "cli.explain.bad": "\u9519\u8BEF\u793A\u4F8B",
    "cli.explain.good": "\u6B63\u786E\u793A\u4F8B",
    "cli.explain.fix": "\u4FEE\u590D\u65B9\u5F0F",
    "cli.explain.options": "\u9009\u9879\uFF08\u9ED8\u8BA4\u503C\uFF09\uFF1A{options}",
    "cli.explain.references": "\u53C2\u8003\u8D44\u6599",
    "cli.explain.nameOne": "\u8BF7\u6307\u5B9A\u4E00\u6761\u89C4\u5219\uFF1A{ids}",
    // SARIF.
    "cli.sarif.field": "{heading}\uFF1A{text}",
    "cli.sarif.heading": "{heading}\uFF1A",
    "cli.sarif.documentation": "\u6587\u6863\uFF1A{url}",
    "cli.sarif.docLink": "sse-lint \u5173\u4E8E {id} \u7684\u6587\u6863",
    "cli.sarif.seeMessage": "\u8BE6\u89C1\u6D88\u606F\u5185\u5BB9\u3002",
    "cli.sarif.fixDescription": "{title}\uFF08{applicability}\uFF09",
    "cli.sarif.setHere": "{line} \u5728\u6B64\u8BBE\u7F6E\uFF08{level}\uFF09",
    // sse-lint route.
    "cli.route.label.request": "\u8BF7\u6C42\uFF1A",
    "cli.route.label.route": "\u8DEF\u7531\uFF1A",
    "cli.route.label.note": "\u6CE8\u610F\uFF1A",
    "cli.route.label.handler": "\u5904\u7406\uFF1A",
    "cli.route.label.stream": "\u4E8B\u4EF6\u6D41\uFF1A",
    "cli.route.label.chain": "\u91CD\u5B9A\u5411\u94FE\uFF1A",
    "cli.route.chain.block": "{block}\uFF08{at}\uFF09",
    "cli.route.chain.server": "{block}",
    "cli.route.chain.hop": "-> {block}\uFF0C\u7ECF\u7531 {via}{conditions}",
    "cli.route.chain.conditions": "\uFF1A{list}",
    "cli.route.chain.end": "-> {end}{conditions}",
    "cli.route.chain.endVia": "\u7ECF\u7531 {via}\uFF1A{end}",
    "cli.route.chain.endConditions": "\uFF08{list}\uFF09",
    "cli.route.end.served": "\u7531 {block} \u5904\u7406",
    "cli.route.end.servedIf": "{served}\uFF0C\u4F4D\u4E8E if {condition} \u4E2D",
    "cli.route.end.return": "\u7531 {directive}\uFF08{at}\uFF09\u5E94\u7B54",
    "cli.route.end.redirect": "\u5916\u90E8\u91CD\u5B9A\u5411\uFF08{code}\uFF09\uFF0C\u7531 {directive}\uFF08{at}\uFF09\u53D1\u51FA",
    "cli.route.end.status": "{code}\uFF1A{why}{at}",
    "cli.route.end.unknown": "{directive}\uFF08{at}\uFF09\u7684\u76EE\u6807\u53D6\u51B3\u4E8E {variables}\uFF0C\u6B64\u5904\u65E0\u6CD5\u5F97\u77E5",
    "cli.route.status.internal": "\u8BE5 location \u662F internal \u7684\uFF0C\u800C\u8BF7\u6C42\u4E0D\u662F\u5185\u90E8\u8BF7\u6C42",
    "cli.route.status.no-named-location": "\u6CA1\u6709\u8FD9\u4E2A\u540D\u5B57\u7684\u547D\u540D location",
    "cli.route.status.cycle": "rewrite \u6216\u5185\u90E8\u91CD\u5B9A\u5411\u5FAA\u73AF\uFF08\u8D85\u8FC7 {max} \u6B21\u5185\u90E8\u91CD\u5B9A\u5411\uFF09",
    "cli.route.status.try_files": "try_files \u6CA1\u6709\u627E\u5230\u6587\u4EF6",
    "cli.route.status.auto-redirect": "nginx \u8865\u4E0A\u672B\u5C3E\u7684\u659C\u6760",
    "cli.route.status.regex-failure": "PCRE2 \u653E\u5F03\u4E86\u5BF9\u67D0\u4E2A\u6B63\u5219\u7684\u5339\u914D\uFF08pcre2_match() failed\uFF09",
    "cli.route.status.at": "\uFF08{at} \u5904\u7684 {directive}\uFF09",
    "cli.route.otherWays": "\u8BF7\u6C42\u8FD8\u53EF\u80FD\u8FD9\u6837\u8D70\uFF1A",
    "cli.route.way": "{websocket}{when}{steps}",
    "cli.route.way.websocket": "[WebSocket \u8BF7\u6C42] ",
    "cli.route.way.when": "\u5F53 {conditions} \u65F6\uFF1A",
    "cli.route.way.then": "\uFF0C\u7136\u540E ",
    "cli.route.way.times": "{text} \xD7{count}",
    "cli.route.moreWays": "\uFF08\u53E6\u6709 {count} \u79CD\u8D70\u6CD5\u672A\u5217\u51FA\uFF09",
    "cli.route.moreWaysUnknown": "\uFF08\u8FD8\u6709\u66F4\u591A\u8D70\u6CD5\u672A\u5217\u51FA\uFF09",
    "cli.route.request": "Host {host}\uFF0C\u7AEF\u53E3 {port}\uFF0C{uri}",
    "cli.route.noHost": "\uFF08\u65E0\uFF09",
    "cli.route.notEvaluatedHere": "\u4EE5\u4E0B\u5185\u5BB9\u5728\u6B64\u65E0\u6CD5\u6C42\u503C\uFF1A{list}",
    "cli.route.via": "\uFF0C\u7ECF\u7531 {directive}",
    "cli.route.upstream": " -> upstream {name}\uFF08{servers}{keepalive}\uFF09",
    "cli.route.keepalive": "\uFF1Bkeepalive {args}",
    "cli.route.streamYes": "\u662F\uFF1A{reasons}",
    "cli.route.streamNot": "\u5426\uFF1A{why}",
    "cli.route.streamNo": "\u5426\uFF08\u53EF\u7528 --route \u6216 # sse-lint: stream \u6CE8\u91CA\u628A\u5B83\u6807\u8BB0\u4E3A\u4E8B\u4EF6\u6D41\uFF09",
    "cli.route.settings": "{level} \u4E2D\u751F\u6548\u7684\u8BBE\u7F6E{version}\uFF1A",
    "cli.route.version": "\uFF08nginx {version}\uFF09",
    "cli.route.versionUnknown": "\uFF08nginx \u7248\u672C\u672A\u77E5\uFF1A\u6309 1.29.7 \u4E4B\u524D\u7684\u9ED8\u8BA4\u503C\u5904\u7406\uFF09",
    "cli.route.value": "{name} {value}\uFF1A{origin}",
    "cli.route.unset": "\uFF08\u672A\u8BBE\u7F6E\uFF09",
    "cli.route.listNone": "{name}\uFF1A\u6CA1\u6709\u751F\u6548\u7684\u884C{default}",
    "cli.route.default": "\uFF08{note}\uFF09",
    "cli.route.listCount": "{name}\uFF1A{count} \u884C\u751F\u6548",
    "cli.route.entry": "{line}\uFF0C\u6765\u81EA {level}",
    "cli.route.droppedOff": "\u5DF2\u4E22\u5F03\uFF1A{line}\uFF0C\u6765\u81EA {level}\uFF0C\u88AB {by} \u4E2D\u7684 add_header_inherit off \u53BB\u6389",
    "cli.route.dropped": "\u5DF2\u4E22\u5F03\uFF1A{line}\uFF0C\u6765\u81EA {level}\uFF0C\u88AB {by} \u4E2D\u7684\u5217\u8868\u66FF\u6362",
    "cli.route.noServer": "\u6CA1\u6709 server \u76D1\u542C {listen}",
    "cli.route.server": "server {name}\uFF08{at}\uFF0C{how}\uFF09",
    "cli.route.server.exact": "\u7CBE\u786E\u5339\u914D server_name",
    "cli.route.server.leadingWildcard": "\u524D\u7F00\u901A\u914D\u7B26 server_name {name}",
    "cli.route.server.trailingWildcard": "\u540E\u7F00\u901A\u914D\u7B26 server_name {name}",
    "cli.route.server.regex": "\u6B63\u5219 server_name {name}",
    "cli.route.server.defaultServer": "{listen} \u7684 default_server",
    "cli.route.server.first": "{listen} \u4E0A\u7684\u7B2C\u4E00\u4E2A server",
    "cli.route.badRequest": "{server} \u8FD4\u56DE 400\uFF1A{reason}",
    "cli.route.noLocation": "{server} -> \u6CA1\u6709\u5339\u914D {uri} \u7684 location\uFF08\u4F7F\u7528 server \u5C42\u7684\u8BBE\u7F6E\uFF09",
    "cli.route.location": "{server} -> location {chain}\uFF08{at}\uFF0C{how}\uFF09",
    "cli.route.location.exact": "\u7CBE\u786E\u5339\u914D",
    "cli.route.location.prefix": "\u6700\u957F\u524D\u7F00",
    "cli.route.location.noregex-prefix": "^~ \u524D\u7F00",
    "cli.route.location.regex": "\u6B63\u5219",
    "cli.route.location.regex-caseless": "\u4E0D\u533A\u5206\u5927\u5C0F\u5199\u7684\u6B63\u5219",
    "cli.route.location.auto-redirect": "301 \u91CD\u5B9A\u5411\uFF0C\u8865\u4E0A\u672B\u5C3E\u7684\u659C\u6760",
    "cli.route.withUnevaluated": "{route} [\u672A\u6C42\u503C\uFF1A{list}]",
    "cli.route.unevaluated": "{subject}\uFF1A{why}",
    "cli.route.notEvaluated": "\u672A\u6C42\u503C",
    "cli.route.pcre.notEvaluated": "\u6B64\u5904\u4E0D\u6C42\u503C{construct}",
    "cli.route.pcre.recursion": "\u9012\u5F52\u6216\u5B50\u7A0B\u5E8F\u8C03\u7528",
    "cli.route.pcre.conditional": "\u6761\u4EF6\u5206\u7EC4",
    "cli.route.pcre.unicode-property": "Unicode \u5C5E\u6027\uFF08{text}\uFF09",
    "cli.route.pcre.verb": "(*VERB) \u6216 (*OPTION)",
    "cli.route.pcre.branch-reset": "\u5206\u652F\u91CD\u7F6E\u5206\u7EC4 (?|",
    "cli.route.pcre.callout": "\u6807\u6CE8\u8C03\u7528\uFF08callout\uFF09",
    "cli.route.pcre.escape": "\u8F6C\u4E49 {text}",
    "cli.route.pcre.option": "\u9009\u9879 {text}",
    "cli.route.pcre.too-large": "\u8FD9\u4E48\u5927\u7684\u6A21\u5F0F\uFF08\u91CD\u590D\u5DF2\u5C55\u5F00\uFF09",
    "cli.route.pcre.trailing-backslash": "\u672B\u5C3E\u7684\u53CD\u659C\u6760\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.hex-above-ff": "\u5927\u4E8E \\xff \u7684 \\x{...}\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.malformed": "\u683C\u5F0F\u9519\u8BEF\u7684 {text}\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.missing-paren": "\u7F3A\u5C11\u53F3\u62EC\u53F7\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.unmatched-paren": "\u591A\u4F59\u7684\u53F3\u62EC\u53F7\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.missing-bracket": "\u5B57\u7B26\u7C7B\u7F3A\u5C11 ]\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.nothing-to-repeat": "\u6CA1\u6709\u53EF\u91CD\u590D\u5185\u5BB9\u7684\u91CF\u8BCD\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.double-quantifier": "\u7D27\u8DDF\u53E6\u4E00\u4E2A\u91CF\u8BCD\u7684\u91CF\u8BCD\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.range-order": "\u987A\u5E8F\u98A0\u5012\u7684\u8303\u56F4 {text}\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.class-escape": "\u5B57\u7B26\u7C7B\u4E2D\u7684 {text}\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.posix-class": "POSIX \u5B57\u7B26\u7C7B {text}\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.repeat-too-large": "\u8D85\u8FC7 65535 \u7684\u91CD\u590D\u6B21\u6570\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.lookbehind-length": "\u957F\u5EA6\u4E0D\u56FA\u5B9A\u7684\u540E\u884C\u65AD\u8A00\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.backref-in-lookbehind": "\u540E\u884C\u65AD\u8A00\u4E2D\u7684\u53CD\u5411\u5F15\u7528\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.no-such-group": "\u5BF9\u4E0D\u5B58\u5728\u7684\u7B2C {text} \u7EC4\u7684\u53CD\u5411\u5F15\u7528\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.no-such-name": '\u5BF9\u4E0D\u5B58\u5728\u7684\u547D\u540D\u5206\u7EC4 "{text}" \u7684\u5F15\u7528\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09',
    "cli.route.pcre.duplicate-name": '\u91CD\u590D\u4F7F\u7528\u7684\u5206\u7EC4\u540D "{text}"\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09',
    "cli.route.pcre.nested-too-deep": "\u5D4C\u5957\u8D85\u8FC7 250 \u5C42\u7684\u62EC\u53F7\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.matchLimit": "\u8D85\u51FA\u5339\u914D\u6B21\u6570\u4E0A\u9650",
    "cli.route.pcre.heapLimit": "\u8D85\u51FA\u5806\u5185\u5B58\u4E0A\u9650",
    "cli.route.regex500": "{server} \u8FD4\u56DE 500\uFF1A{error}",
    "cli.route.regexClose": "{server} \u5173\u95ED\u8FDE\u63A5\uFF1A{error}",
    "cli.route.bad.host": 'Host "{host}" \u65E0\u6548',
    "cli.route.bad.notAbsolute": '\u8BF7\u6C42\u76EE\u6807 "{target}" \u4E0D\u662F\u4EE5 "/" \u5F00\u5934',
    "cli.route.bad.escape": '"{target}" \u4E2D\u6709\u65E0\u6548\u7684\u767E\u5206\u53F7\u8F6C\u4E49',
    "cli.route.bad.nul": '"{target}" \u4E2D\u542B\u6709 "%00"',
    "cli.route.bad.aboveRoot": '"{target}" \u7528 ".." \u8D8A\u8FC7\u4E86\u6839\u76EE\u5F55',
    // Usage errors.
    "cli.usage.tryHelp": "\u8FD0\u884C 'sse-lint --help' \u67E5\u770B\u7528\u6CD5\u3002",
    "cli.usage.unknownOption": "\u672A\u77E5\u9009\u9879 {option}",
    "cli.usage.unknownOptionNear": "\u672A\u77E5\u9009\u9879 {option}\uFF1B\u662F\u4E0D\u662F\u60F3\u8F93\u5165 {near}\uFF1F",
    "cli.usage.optionNeedsValue": "{option} \u9700\u8981\u4E00\u4E2A\u503C",
    "cli.usage.optionTakesNoValue": "{option} \u4E0D\u63A5\u53D7\u53D6\u503C",
    "cli.usage.optionDashValue": '{option} \u9700\u8981\u4E00\u4E2A\u503C\uFF1B\u5982\u679C\u503C\u4EE5 "-" \u5F00\u5934\uFF0C\u8BF7\u5199\u6210 {option}=VALUE',
    "cli.usage.other": "{message}",
    "cli.usage.commandFirst": '\u547D\u4EE4 "{command}" \u5FC5\u987B\u5199\u5728\u6240\u6709\u9009\u9879\u4E4B\u524D\uFF1Asse-lint {command} [\u9009\u9879] \u2026\u2026\uFF08\u8981\u68C0\u67E5\u540C\u540D\u6587\u4EF6\uFF0C\u8BF7\u5199 ./{command}\uFF09',
    "cli.usage.noInput": "\u6CA1\u6709\u8F93\u5165\uFF1A\u8BF7\u6307\u5B9A\u914D\u7F6E\u6587\u4EF6\u3001\u76EE\u5F55\uFF0C\u6216\u7528 - \u8868\u793A\u6807\u51C6\u8F93\u5165",
    "cli.usage.badMap": '--map \u7684\u683C\u5F0F\u5E94\u4E3A FROM=TO\uFF0C\u5B9E\u9645\u4E3A "{value}"',
    "cli.usage.badVersion": '--nginx-version \u5E94\u4E3A 1.24.0 \u8FD9\u6837\u7684\u7248\u672C\u53F7\uFF0C\u5B9E\u9645\u4E3A "{value}"',
    "cli.usage.badRoute": '--route \u7684\u683C\u5F0F\u5E94\u4E3A [HOST[:PORT]]/URI\uFF0C\u5B9E\u9645\u4E3A "{value}"',
    "cli.usage.badLocale": '--locale \u5E94\u4E3A en \u6216 zh-CN\uFF0C\u5B9E\u9645\u4E3A "{value}"',
    "cli.usage.badFormat": '--format \u5E94\u4E3A {choices} \u4E4B\u4E00\uFF0C\u5B9E\u9645\u4E3A "{value}"',
    "cli.usage.badFailOn": '--fail-on \u5E94\u4E3A {choices} \u4E4B\u4E00\uFF0C\u5B9E\u9645\u4E3A "{value}"',
    "cli.usage.unknownRule": '\u672A\u77E5\u89C4\u5219 "{id}"',
    "cli.usage.unknownRuleNear": '\u672A\u77E5\u89C4\u5219 "{id}"\uFF1B\u662F\u4E0D\u662F\u60F3\u8F93\u5165 "{near}"\uFF1F',
    "cli.usage.fixOnlyFlags": "--unsafe-fixes\u3001--backup \u548C --verify-with-nginx \u53EA\u80FD\u4E0E --fix \u6216 --diff \u4E00\u8D77\u4F7F\u7528",
    "cli.usage.initWithInputs": "--init \u6700\u591A\u53EA\u80FD\u6307\u5B9A\u4E00\u4E2A\u76EE\u5F55",
    "cli.usage.baselineConflict": "--baseline \u548C --baseline-write \u4E0D\u80FD\u540C\u65F6\u4F7F\u7528",
    "cli.input.quotedGlob": "{path}\uFF1A\u6CA1\u6709\u8FD9\u4E2A\u6587\u4EF6\u6216\u76EE\u5F55\uFF1B\u5B83\u770B\u8D77\u6765\u662F shell \u6CA1\u6709\u5C55\u5F00\u7684\u901A\u914D\u7B26\uFF08\u662F\u5426\u52A0\u4E86\u5F15\u53F7\uFF1F\uFF09\uFF1A\u8BF7\u4F20\u5165\u76EE\u5F55\uFF0C\u6216\u53BB\u6389\u901A\u914D\u7B26\u4E24\u8FB9\u7684\u5F15\u53F7",
    "cli.input.noConfigs": "{path}\uFF1A\u6CA1\u6709\u627E\u5230 nginx \u914D\u7F6E\u6587\u4EF6\uFF08\u67E5\u627E\u4E86 *.conf\u3001nginx.conf \u4EE5\u53CA sites-enabled/\u3001sites-available/ \u4E2D\u7684\u6587\u4EF6\uFF09",
    "cli.input.emptyStdin": "\u6807\u51C6\u8F93\u5165\u662F\u7A7A\u7684\uFF1A\u6CA1\u6709\u53EF\u68C0\u67E5\u7684\u5185\u5BB9\uFF08\u5982\u679C\u662F\u901A\u8FC7\u7BA1\u9053\u4F20\u5165\u7684\uFF0C\u524D\u9762\u7684\u547D\u4EE4\u662F\u5426\u5931\u8D25\u4E86\uFF1Fnginx -T \u53EA\u6709\u5728\u914D\u7F6E\u6D4B\u8BD5\u901A\u8FC7\u65F6\u624D\u4F1A\u8F93\u51FA\u914D\u7F6E\uFF09",
    "cli.input.presetEmpty": "{path}\uFF1A\u6CA1\u6709\u627E\u5230 nginx \u914D\u7F6E\u6587\u4EF6\uFF08\u9884\u8BBE\u4E2D\u5B58\u653E\u5B83\u4EEC\u7684\u76EE\u5F55\u662F\u7A7A\u7684\uFF09",
    "cli.input.missing": "{path}\uFF1A\u6587\u4EF6\u6216\u76EE\u5F55\u4E0D\u5B58\u5728",
    "cli.input.notFile": "{path}\uFF1A\u4E0D\u662F\u666E\u901A\u6587\u4EF6\u6216\u76EE\u5F55",
    "cli.input.unreadable": "{path}\uFF1A{reason}",
    "cli.reason.noDirectory": "\u76EE\u5F55\u4E0D\u5B58\u5728",
    "cli.reason.noFile": "\u6587\u4EF6\u4E0D\u5B58\u5728",
    "cli.reason.permission": "\u6743\u9650\u4E0D\u8DB3",
    "cli.reason.isDirectory": "\u8FD9\u662F\u4E00\u4E2A\u76EE\u5F55",
    "cli.reason.noSpace": "\u8BBE\u5907\u4E0A\u6CA1\u6709\u5269\u4F59\u7A7A\u95F4",
    "cli.reason.readOnly": "\u6587\u4EF6\u7CFB\u7EDF\u662F\u53EA\u8BFB\u7684",
    "cli.internalError": "\u5185\u90E8\u9519\u8BEF\uFF1A{message}",
    "cli.debugHint": "\u52A0\u4E0A --debug \u91CD\u65B0\u8FD0\u884C\u53EF\u67E5\u770B\u8C03\u7528\u6808",
    "cli.stdoutFailed": "\u65E0\u6CD5\u5199\u5165\u6807\u51C6\u8F93\u51FA\uFF1A{reason}",
    "cli.reason.refused.fifo": "\u662F FIFO\uFF08\u547D\u540D\u7BA1\u9053\uFF09\uFF1Bsse-lint \u53EA\u8BFB\u53D6\u666E\u901A\u6587\u4EF6",
    "cli.reason.refused.device": "\u662F\u8BBE\u5907\u6587\u4EF6\uFF1Bsse-lint \u53EA\u8BFB\u53D6\u666E\u901A\u6587\u4EF6",
    "cli.reason.refused.socket": "\u662F\u5957\u63A5\u5B57\uFF1Bsse-lint \u53EA\u8BFB\u53D6\u666E\u901A\u6587\u4EF6",
    "cli.reason.refused.directory": "\u662F\u4E00\u4E2A\u76EE\u5F55\uFF1Bsse-lint \u53EA\u8BFB\u53D6\u666E\u901A\u6587\u4EF6",
    "cli.reason.refused.not-regular": "\u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF08\u6253\u5F00\u65F6\u88AB\u66FF\u6362\u4E86\uFF09\uFF1Bsse-lint \u53EA\u8BFB\u53D6\u666E\u901A\u6587\u4EF6",
    "cli.reason.refused.kernel-fs": "\u4F4D\u4E8E\u5185\u6838\u6587\u4EF6\u7CFB\u7EDF\uFF08/proc\u3001/sys\uFF09\u4E0A\uFF1Bsse-lint \u4E0D\u8BFB\u53D6\u5B83",
    "cli.reason.refused.too-large": "\u5927\u4E8E {max} MB\uFF0C\u8D85\u8FC7\u4E86 sse-lint \u8BFB\u53D6\u7684\u4E0A\u9650",
    "cli.reason.refused.run-too-large": "\u4F7F\u672C\u6B21\u8FD0\u884C\u7684\u914D\u7F6E\u6587\u4EF6\u5408\u8BA1\u8D85\u8FC7 {max} MB\uFF0C\u8D85\u8FC7\u4E86 sse-lint \u4E00\u6B21\u8BFB\u53D6\u7684\u4E0A\u9650",
    // Fixes.
    "cli.fix.dryRun": "{files} \u4E2A\u6587\u4EF6\u4E2D\u5171\u6709 {count} \u5904\u4FEE\u590D\uFF08\u8BD5\u8FD0\u884C\uFF1A\u672A\u5199\u5165\u4EFB\u4F55\u5185\u5BB9\uFF09",
    "cli.fix.applied": "\u5DF2\u5E94\u7528 {count} \u5904\u4FEE\u590D\uFF0C\u5199\u5165\u4E86 {files} \u4E2A\u6587\u4EF6",
    "cli.fix.withBackups": "{applied}\uFF08\u5907\u4EFD\uFF1A{list}\uFF09",
    "cli.fix.reverted": "{file} \u4E2D {rules} \u7684\u4FEE\u590D\u5DF2\u64A4\u9500\uFF1A{reason}",
    "cli.fix.reason.unparsable": "\u4FEE\u590D\u540E\u7684\u6587\u4EF6\u65E0\u6CD5\u518D\u88AB\u89E3\u6790",
    "cli.fix.notConverged": "\u7ECF\u8FC7 {passes} \u8F6E\u4FEE\u590D\u4ECD\u672A\u7A33\u5B9A\uFF1B\u8BF7\u518D\u8FD0\u884C\u4E00\u6B21\uFF0C\u6216\u624B\u52A8\u4FEE\u590D\u5269\u4F59\u95EE\u9898",
    "cli.fix.cannotWriteDump": "--fix \u65E0\u6CD5\u5199\u56DE nginx -T \u7684\u8F93\u51FA\uFF1B\u8BF7\u7528 --diff \u67E5\u770B\u4FEE\u590D\u5185\u5BB9",
    "cli.fix.cannotWriteStdin": "--fix \u65E0\u6CD5\u5199\u56DE\u6807\u51C6\u8F93\u5165\uFF1B\u8BF7\u7528 --diff \u67E5\u770B\u4FEE\u590D\u5185\u5BB9",
    "cli.fix.verifyRejected": "{bin} -t \u62D2\u7EDD\u4E86\u4FEE\u590D\u540E\u7684\u914D\u7F6E\uFF0C\u672A\u5199\u5165\u4EFB\u4F55\u5185\u5BB9\uFF1A",
    "cli.fix.verifyUnrunnable": "\u65E0\u6CD5\u8FD0\u884C {bin} -t\uFF08{reason}\uFF09\uFF0C\u672A\u5199\u5165\u4EFB\u4F55\u5185\u5BB9",
    "cli.fix.writeFailed": "\u65E0\u6CD5\u5199\u5165\u4FEE\u590D\uFF0C\u672A\u505A\u4EFB\u4F55\u66F4\u6539\uFF1A{message}",
    "cli.fix.conflict": "{files} \u5728\u8BFB\u53D6\u540E\u5DF2\u88AB\u4FEE\u6539\uFF0C\u672A\u5199\u5165\u4EFB\u4F55\u5185\u5BB9",
    "cli.recover.finished": "\u5DF2\u5B8C\u6210\u4E00\u6B21\u88AB\u4E2D\u65AD\u7684 --fix\uFF08{journal}\uFF09\uFF1A\u73B0\u5199\u5165 {count} \u4E2A\u6587\u4EF6",
    "cli.recover.undone": "\u5DF2\u64A4\u9500\u4E00\u6B21\u88AB\u4E2D\u65AD\u7684 --fix\uFF08{journal}\uFF09\uFF1A\u6062\u590D\u4E86 {count} \u4E2A\u6587\u4EF6",
    "cli.recover.skipped": "\u4EE5\u4E0B\u6587\u4EF6\u5728 --fix \u4E2D\u65AD\u540E\u88AB\u6539\u52A8\u8FC7\uFF0C\u4FDD\u6301\u539F\u6837\uFF1A{files}",
    "cli.recover.failed": "\u65E0\u6CD5\u5B8C\u6210\u6216\u64A4\u9500 {journal} \u4E2D\u88AB\u4E2D\u65AD\u7684 --fix\uFF1A{reason}\uFF1B\u6CA1\u6709\u5199\u5165\u4EFB\u4F55\u6587\u4EF6",
    "cli.recover.pending": "\u4E00\u6B21\u88AB\u4E2D\u65AD\u7684 --fix \u7559\u4E0B\u4E86 {journal}\uFF1B\u4E0B\u6B21\u5BF9\u8FD9\u4E9B\u6587\u4EF6\u8FD0\u884C sse-lint --fix \u65F6\u4F1A\u5B8C\u6210\u6216\u64A4\u9500\u5B83",
    // Config file.
    "cli.config.invalid": "\u914D\u7F6E\u6587\u4EF6 {file} \u6709\u8BEF\uFF1A",
    "cli.config.notFound": "\u627E\u4E0D\u5230\u914D\u7F6E\u6587\u4EF6 {file}",
    "cli.config.unreadable": "\u65E0\u6CD5\u8BFB\u53D6 {file}\uFF1A{message}",
    "cli.config.syntax": "\u4E0D\u662F\u6709\u6548\u7684 JSON\uFF1A{message}",
    "cli.json.comments": 'JSON \u4E2D\u4E0D\u5141\u8BB8\u6CE8\u91CA\uFF1B\u8BF7\u628A\u8BF4\u660E\u5199\u5728 "$comment" \u952E\u4E0B',
    "cli.json.unterminated": "\u5B57\u7B26\u4E32\u6CA1\u6709\u7ED3\u675F",
    "cli.json.lineBreak": "\u5B57\u7B26\u4E32\u6CA1\u6709\u7ED3\u675F\uFF08\u5B57\u7B26\u4E32\u4E2D\u7684\u6362\u884C\u5FC5\u987B\u5199\u6210 \\n\uFF09",
    "cli.json.control": "\u5B57\u7B26\u4E32\u4E2D\u6709\u63A7\u5236\u5B57\u7B26",
    "cli.json.unicodeEscape": "\u65E0\u6548\u7684 \\u \u8F6C\u4E49",
    "cli.json.escape": '\u65E0\u6548\u7684\u8F6C\u4E49 "{escape}"',
    "cli.json.depth": "\u5D4C\u5957\u8D85\u8FC7\u4E86 {max} \u5C42",
    "cli.json.trailingComma": '"{close}" \u4E4B\u524D\u591A\u4E86\u4E00\u4E2A\u9017\u53F7',
    "cli.json.expectedKey": "\u6B64\u5904\u5E94\u4E3A\u5E26\u53CC\u5F15\u53F7\u7684\u952E\uFF0C\u5B9E\u9645\u4E3A {found}",
    "cli.json.expectedColon": '\u952E "{key}" \u4E4B\u540E\u5E94\u4E3A ":"\uFF0C\u5B9E\u9645\u4E3A {found}',
    "cli.json.expectedCommaMember": '"{key}" \u7684\u503C\u4E4B\u540E\u5E94\u4E3A "," \u6216 "}"\uFF0C\u5B9E\u9645\u4E3A {found}',
    "cli.json.expectedCommaItem": '\u5217\u8868\u9879\u4E4B\u540E\u5E94\u4E3A "," \u6216 "]"\uFF0C\u5B9E\u9645\u4E3A {found}',
    "cli.json.singleQuotes": "\u5B57\u7B26\u4E32\u5FC5\u987B\u4F7F\u7528\u53CC\u5F15\u53F7",
    "cli.json.unexpected": "\u610F\u5916\u7684 {found}",
    "cli.json.afterValue": "JSON \u503C\u7ED3\u675F\u4E4B\u540E\u51FA\u73B0\u4E86\u610F\u5916\u7684 {found}",
    "cli.json.endOfFile": "\u6587\u4EF6\u7ED3\u5C3E",
    "cli.config.noPackageKey": 'package.json \u4E2D\u6CA1\u6709 "sse-lint" \u952E',
    "cli.config.unknownKey": '\u672A\u77E5\u7684\u952E "{key}"',
    "cli.config.unknownKeyNear": '\u672A\u77E5\u7684\u952E "{key}"\uFF1B\u662F\u4E0D\u662F\u60F3\u5199 "{near}"\uFF1F',
    "cli.config.unknownRule": '\u672A\u77E5\u89C4\u5219 "{key}"',
    "cli.config.unknownRuleNear": '\u672A\u77E5\u89C4\u5219 "{key}"\uFF1B\u662F\u4E0D\u662F\u60F3\u5199 "{near}"\uFF1F',
    "cli.config.unknownOption": '\u89C4\u5219 {rule} \u6CA1\u6709\u9009\u9879 "{key}"\uFF1B\u5B83\u7684\u9009\u9879\u6709 {choices}',
    "cli.config.unknownOptionNear": '\u89C4\u5219 {rule} \u6CA1\u6709\u9009\u9879 "{key}"\uFF1B\u662F\u4E0D\u662F\u60F3\u5199 "{near}"\uFF1F',
    "cli.config.noOptions": '\u89C4\u5219 {rule} \u6CA1\u6709\u9009\u9879\uFF1B\u53EA\u9700\u8BBE\u7F6E\u7EA7\u522B\uFF0C\u4F8B\u5982 "{rule}": "warning"',
    "cli.config.badValue": '"{value}" \u4E0D\u662F {choices} \u4E4B\u4E00',
    "cli.config.badValueNear": '"{value}" \u4E0D\u662F {choices} \u4E4B\u4E00\uFF1B\u662F\u4E0D\u662F\u60F3\u5199 "{near}"\uFF1F',
    "cli.config.wrongType": "\u5E94\u4E3A {expected}\uFF0C\u5B9E\u9645\u4E3A {actual}",
    "cli.config.ruleTuple": '\u5E26\u9009\u9879\u7684\u89C4\u5219\u8BBE\u7F6E\u683C\u5F0F\u4E3A [\u7EA7\u522B, \u9009\u9879]\uFF0C\u4F8B\u5982 ["warning", {}]',
    "cli.config.empty": "\u4E0D\u80FD\u4E3A\u7A7A",
    "cli.config.badVersion": '\u5E94\u4E3A 1.24.0 \u8FD9\u6837\u7684\u7248\u672C\u53F7\uFF0C\u5B9E\u9645\u4E3A "{value}"',
    "cli.config.pathMapKey": '\u8DEF\u5F84\u6620\u5C04\u7684\u952E "{key}" \u5FC5\u987B\u662F\u7EDD\u5BF9\u8DEF\u5F84\uFF08\u4E0E\u914D\u7F6E\u4E2D\u5199\u6CD5\u4E00\u81F4\uFF09',
    "cli.config.other": "{message}",
    "cli.config.presetNotApplied": '\u9884\u8BBE "{preset}" \u5728 {path} \u9644\u8FD1\u6CA1\u6709\u627E\u5230\u5BF9\u5E94\u7684\u76EE\u5F55\u5E03\u5C40\uFF0C\u8FD9\u91CC\u4E0D\u8D77\u4F5C\u7528',
    "cli.config.initWritten": "\u5DF2\u5199\u5165 {file}\uFF08{layout} \u5E03\u5C40\uFF09\uFF1B\u8BF7\u7F16\u8F91\u540E\u518D\u6B21\u8FD0\u884C sse-lint",
    "cli.config.initExists": "{file} \u5DF2\u5B58\u5728\uFF0C\u4E0D\u4F1A\u8986\u76D6",
    "cli.config.layout.1panel": "1Panel/OpenResty",
    "cli.config.layout.debian": "Debian/Ubuntu",
    "cli.config.layout.openresty": "OpenResty \u5B98\u65B9\u76EE\u5F55",
    "cli.config.layout.npm": "Nginx Proxy Manager \u9762\u677F",
    "cli.config.layout.apisix": "APISIX \u7F51\u5173",
    "cli.config.layout.plain": "\u666E\u901A nginx",
    "cli.type.string": "\u5B57\u7B26\u4E32",
    "cli.type.number": "\u6570\u5B57",
    "cli.type.integer": "\u6574\u6570",
    "cli.type.boolean": "true \u6216 false",
    "cli.type.array": "\u5217\u8868",
    "cli.type.object": "\u5BF9\u8C61",
    "cli.type.null": "null",
    // Starter config comments.
    "cli.init.header": '\u9002\u7528\u4E8E {layout} \u5E03\u5C40\u7684 sse-lint \u914D\u7F6E\uFF0C\u7531 sse-lint --init \u751F\u6210\u3002"$comment" \u952E\u4E0B\u7684\u6587\u5B57\u4F1A\u88AB\u5FFD\u7565\u3002',
    "cli.init.preset": "preset\uFF1A{preset}\uFF08{effect}\uFF09\u3002",
    "cli.init.streams": 'streams\uFF1A\u4E8B\u4EF6\u6D41\u63A5\u53E3\u6240\u5728\u7684 location \u8DEF\u5F84\uFF08\u4F8B\u5982 "/api/events"\u3001"/v1/chat/completions"\u3001"/sse/**"\uFF09\u3002sse-lint \u4E5F\u4F1A\u6839\u636E\u8DEF\u5F84\u548C\u914D\u7F6E\u731C\u6D4B\u54EA\u4E9B\u662F\u4E8B\u4EF6\u6D41\uFF1B\u5728\u8FD9\u91CC\u5217\u51FA\u53EF\u4EE5\u786E\u4FDD\u4E0D\u9057\u6F0F\uFF08\u6B64\u540E\u5BF9\u63A8\u6D4B\u7684\u4E8B\u4EF6\u6D41\u53EA\u7ED9\u51FA\u63D0\u793A\uFF09\uFF0C\u53EA\u662F\u770B\u8D77\u6765\u50CF\u4E8B\u4EF6\u6D41\u7684\u8DEF\u5F84\u8BF7\u5217\u5728 notStreams \u4E2D\u3002',
    "cli.init.version": 'nginxVersion\uFF1A\u4F60\u7684 nginx\uFF08\u6216 OpenResty \u5185\u6838\uFF09\u7248\u672C\uFF0C\u4F8B\u5982 "1.24.0"\uFF08\u89C1 nginx -v\uFF09\u3002\u90E8\u5206\u9ED8\u8BA4\u503C\u5728 1.29.7 \u53D1\u751F\u4E86\u53D8\u5316\uFF1B\u4E0D\u8BBE\u7F6E\u5219\u6309 1.29.7 \u4E4B\u524D\u5904\u7406\u3002',
    "cli.init.rules": 'rules\uFF1A\u6BCF\u6761\u89C4\u5219\u90FD\u6309\u9ED8\u8BA4\u7EA7\u522B\u8FD0\u884C\u3002\u53EF\u8BBE\u4E3A "off"\u3001"info"\u3001"warning"\u3001"error"\uFF0C\u6216 [\u7EA7\u522B, \u9009\u9879]\uFF1Bsse-lint explain \u89C4\u5219\u540D \u53EF\u67E5\u770B\u89C4\u5219\u68C0\u67E5\u7684\u5185\u5BB9\u3002',
    "cli.init.ignore": 'ignore\uFF1A\u4E0D\u62A5\u544A\u95EE\u9898\u7684\u914D\u7F6E\u6587\u4EF6\uFF08glob \u6A21\u5F0F\uFF09\uFF0C\u4F8B\u5982 "conf.d/legacy-*.conf"\u3002',
    "cli.init.failOn": 'failOn\uFF1A\u51FA\u73B0\u4E0D\u4F4E\u4E8E\u8BE5\u7EA7\u522B\u7684\u95EE\u9898\u65F6\u4EE5 1 \u9000\u51FA\uFF08"error"\u3001"warning"\u3001"info" \u6216 "off"\uFF09\u3002',
    "cli.init.effect.1panel": "\u5BB9\u5668\u5185\u7684\u8DEF\u5F84 /www \u548C /usr/local/openresty/nginx/conf \u4F1A\u4ECE\u88AB\u68C0\u67E5\u6587\u4EF6\u6240\u5728\u7684 1Panel \u5E94\u7528\u76EE\u5F55\u4E2D\u8BFB\u53D6",
    "cli.init.effect.openresty": "\u4E3B\u914D\u7F6E\u4E3A OpenResty \u76EE\u5F55\u4E0B\u7684 nginx/conf/nginx.conf\uFF0C\u76F8\u5BF9\u8DEF\u5F84\u7684 include \u4EE5\u8BE5 conf \u76EE\u5F55\u4E3A\u57FA\u51C6",
    "cli.init.effect.npm": "\u68C0\u67E5 data/nginx/*_host \u4E2D\u751F\u6210\u7684\u7AD9\u70B9\uFF0C\u5BB9\u5668\u8DEF\u5F84 /data\uFF08\u4EE5\u53CA data \u65C1\u8FB9\u5B58\u5728\u526F\u672C\u65F6\u7684 /etc/nginx\uFF09\u4ECE\u672C\u76EE\u5F55\u8BFB\u53D6",
    "cli.init.effect.apisix": "conf/nginx.conf \u7531 APISIX \u751F\u6210\uFF1A\u5EFA\u8BAE\u4F7F\u7528 proxy-buffering \u63D2\u4EF6\u4EE5\u53CA\u8DEF\u7531\u6216 config.yaml \u4E2D\u7684\u8BBE\u7F6E\uFF0C\u800C\u4E0D\u662F\u76F4\u63A5\u4FEE\u6539\u751F\u6210\u7684\u6587\u4EF6",
    "cli.init.effect.debian": "\u5982\u679C\u88AB\u68C0\u67E5\u7684\u6587\u4EF6\u662F /etc/nginx \u7684\u526F\u672C\uFF0Cinclude \u7684 /etc/nginx/... \u8DEF\u5F84\u4F1A\u4ECE\u8FD9\u4E2A\u526F\u672C\u4E2D\u8BFB\u53D6",
    // Baseline.
    "cli.baseline.written": "\u5DF2\u628A {count} \u4E2A\u95EE\u9898\u5199\u5165\u57FA\u7EBF\u6587\u4EF6 {file}",
    "cli.baseline.missing": "\u627E\u4E0D\u5230\u57FA\u7EBF\u6587\u4EF6 {file}\uFF1B\u8BF7\u5148\u7528 --baseline-write {file} \u521B\u5EFA",
    "cli.baseline.unreadable": "\u65E0\u6CD5\u8BFB\u53D6\u57FA\u7EBF\u6587\u4EF6 {file}\uFF1A{reason}",
    "cli.baseline.notJson": "{file} \u4E0D\u662F sse-lint \u57FA\u7EBF\u6587\u4EF6\uFF1A\u7B2C {line} \u884C\u7B2C {column} \u5217\u5904\u4E0D\u662F\u6709\u6548\u7684 JSON",
    "cli.baseline.noVersion": '{file} \u4E0D\u662F sse-lint \u57FA\u7EBF\u6587\u4EF6\uFF1A\u6CA1\u6709 "version"',
    "cli.baseline.badFindings": '{file} \u4E0D\u662F sse-lint \u57FA\u7EBF\u6587\u4EF6\uFF1A"findings" \u5FC5\u987B\u662F\u5E26 "fingerprint" \u7684\u6761\u76EE\u5217\u8868',
    "cli.baseline.unsupported": "\u57FA\u7EBF\u6587\u4EF6 {file} \u7684\u7248\u672C\u4E3A {version}\uFF1B\u5F53\u524D sse-lint \u53EA\u80FD\u8BFB\u53D6\u7248\u672C {supported}",
    // sse-lint --help.
    "cli.help": `sse-lint\uFF1A\u67E5\u627E\u5E76\u4FEE\u590D\u4F1A\u7834\u574F Server-Sent Events \u7684 nginx/OpenResty \u8BBE\u7F6E

\u7528\u6CD5\uFF1A
  sse-lint [\u9009\u9879] PATH...           \u68C0\u67E5\u914D\u7F6E\u6587\u4EF6\u3001\u76EE\u5F55\u3001\`nginx -T\` \u7684\u8F93\u51FA\uFF0C\u6216 -\uFF08\u6807\u51C6\u8F93\u5165\uFF09
  sse-lint parse [\u9009\u9879] FILE        \u8F93\u51FA FILE \u7684\u89E3\u6790\u7ED3\u679C\uFF08\u4E0E crossplane \u517C\u5BB9\u7684 JSON\uFF09
  sse-lint route [--host H] [--port P] URI PATH
                                    \u663E\u793A\u7531\u54EA\u4E2A server \u548C location \u5904\u7406 URI\u3001\u5B83\u662F\u4E0D\u662F\u4E8B\u4EF6\u6D41\uFF0C
                                    \u4EE5\u53CA\u4E0E\u6D41\u5F0F\u4F20\u8F93\u6709\u5173\u7684\u751F\u6548\u8BBE\u7F6E\u53CA\u5176\u6765\u6E90
  sse-lint explain RULE             \u8F93\u51FA\u4E00\u6761\u89C4\u5219\u7684\u6587\u6863\uFF08\u4E5F\u53EF\u4EE5\u662F parse-error\u3001include-not-found \u7B49\uFF09
  sse-lint --list-rules             \u5217\u51FA\u6240\u6709\u89C4\u5219\u53CA\u5176\u7EA7\u522B\u548C\u4FEE\u590D\u65B9\u5F0F
  sse-lint help                     \u663E\u793A\u672C\u5E2E\u52A9

\u8F93\u5165\uFF1A
  PATH \u53EF\u4EE5\u662F\u6587\u4EF6\uFF08\u5176\u6240\u5728\u76EE\u5F55\u4F5C\u4E3A include \u7684\u524D\u7F00\uFF09\u3001\u76EE\u5F55\uFF08\u5165\u53E3\u662F\u6CA1\u6709\u88AB\u5176\u4ED6\u6587\u4EF6 include \u7684
  \u914D\u7F6E\u6587\u4EF6\uFF0Cnginx.conf \u4F18\u5148\uFF09\u3001\`nginx -T\` \u7684\u8F93\u51FA\uFF0C\u6216\u8005\u7528 - \u8868\u793A\u6807\u51C6\u8F93\u5165\u3002

\u4EA4\u4E92\u5BA1\u67E5\uFF1A
  -i, --interactive         \u5728\u7EC8\u7AEF\u4E2D\u5BA1\u67E5\uFF1A\u6BCF\u4E2A server \u7684\u5C31\u7EEA\u60C5\u51B5\uFF0C\u6BCF\u4E2A\u95EE\u9898\u53CA\u5176\u4EE3\u7801\u3001\u751F\u6548\u7684\u503C
                            \u548C\u4FEE\u590D\u7684 diff\uFF1B\u5E94\u7528\uFF08f\uFF09\u3001\u64A4\u9500\uFF08u\uFF09\u3001\u5199\u5165\uFF08w\uFF09\uFF1B\u6309 ? \u5217\u51FA\u6240\u6709\u6309\u952E

\u8F93\u51FA\uFF1A
  -f, --format NAME         text\uFF08\u9ED8\u8BA4\uFF09\u3001json\u3001sarif\u3001checkstyle \u6216 github\uFF08Actions \u6CE8\u89E3\uFF09
  -o, --output FILE         \u628A\u62A5\u544A\u5199\u5165 FILE\uFF08\u539F\u5B50\u5199\u5165\uFF09\uFF0C\u800C\u4E0D\u662F\u6807\u51C6\u8F93\u51FA
      --fail-on LEVEL       \u6709\u95EE\u9898\u8FBE\u5230\u6216\u8D85\u8FC7 LEVEL \u65F6\u4EE5 1 \u9000\u51FA\uFF1Aerror\u3001warning\uFF08\u9ED8\u8BA4\uFF09\u3001info\u3001off
      --max-warnings N      \u8B66\u544A\u8D85\u8FC7 N \u4E2A\u65F6\u4E5F\u4EE5 1 \u9000\u51FA
  -q, --quiet               \u53EA\u62A5\u544A\u9519\u8BEF\uFF08\u9000\u51FA\u7801\u4ECD\u7136\u8BA1\u5165\u6240\u6709\u95EE\u9898\uFF0C\u89C1 --fail-on\uFF09

\u9009\u9879\uFF1A
  -p, --prefix DIR          \u76F8\u5BF9\u8DEF\u5F84\u7684 include \u4EE5 DIR \u4E3A\u57FA\u51C6\u89E3\u6790\uFF08\u5373 nginx -p\uFF0C\u914D\u7F6E\u524D\u7F00\uFF09
  -c, --config FILE         \u4F7F\u7528\u8FD9\u4E2A\u914D\u7F6E\u6587\u4EF6\uFF08\u9ED8\u8BA4\uFF1A\u4ECE\u7B2C\u4E00\u4E2A\u8F93\u5165\u5411\u4E0A\u67E5\u627E sse-lint.config.json\u3001
                            .sse-lintrc.json \u6216 package.json \u4E2D\u7684 "sse-lint" \u952E\uFF09
      --no-config           \u4E0D\u4F7F\u7528\u4EFB\u4F55\u914D\u7F6E\u6587\u4EF6\uFF0C\u5373\u4F7F\u80FD\u627E\u5230
      --init [DIR]          \u6309 DIR \u4E2D\u7684\u76EE\u5F55\u5E03\u5C40\uFF0C\u5199\u5165\u4E00\u4EFD\u5E26\u6CE8\u91CA\u7684 sse-lint.config.json \u8D77\u59CB\u914D\u7F6E
      --baseline FILE       \u53EA\u62A5\u544A\u4E0D\u5728 FILE \u4E2D\u7684\u95EE\u9898
      --baseline-write FILE \u628A\u5F53\u524D\u7684\u95EE\u9898\u8BB0\u5F55\u5230 FILE\uFF08\u7136\u540E\u4EE5 0 \u9000\u51FA\uFF09
      --locale en|zh-CN     \u6D88\u606F\u7684\u8BED\u8A00\uFF08\u9ED8\u8BA4\u53D6\u81EA LC_ALL\u3001LC_MESSAGES \u6216 LANG\uFF09
      --strict              \u540C\u65F6\u62A5\u544A\u6CA1\u6709\u4EFB\u4F55\u5DF2\u77E5 nginx \u6A21\u5757\u5B9A\u4E49\u7684\u6307\u4EE4
      --nginx-version X.Y.Z \u76EE\u6807 nginx \u7248\u672C\uFF08\u4ECE 1.29.7 \u8D77\u90E8\u5206\u9ED8\u8BA4\u503C\u4E0D\u540C\uFF09\uFF1B\u672A\u6307\u5B9A\u65F6\u6309 1.29.7 \u4E4B\u524D\u5904\u7406
      --route [HOST]/URI    \u5904\u7406 URI \u7684 location \u662F\u4E8B\u4EF6\u6D41\uFF1B\u53EF\u91CD\u590D
      --all-proxies         \u5BA1\u8BA1\u6A21\u5F0F\uFF1A\u628A\u6BCF\u4E2A\u505A\u4EE3\u7406\u7684 location \u90FD\u5F53\u4F5C\u4E8B\u4EF6\u6D41
      --preset NAME         \u670D\u52A1\u5668\u76EE\u5F55\u5E03\u5C40\uFF1Aauto\uFF08\u9ED8\u8BA4\uFF0C\u6839\u636E\u8DEF\u5F84\u8BC6\u522B\uFF09\u30011panel\u3001openresty\u3001npm\u3001apisix\u3001
                            debian \u6216 plain\uFF1B\u4F1A\u5199\u5728\u62A5\u544A\u4E2D
      --in-context          \u628A\u6BCF\u4E2A FILE \u653E\u5728\u5305\u542B\u5B83\u7684 nginx.conf\uFF08\u540C\u76EE\u5F55\u6216\u4E0A\u7EA7\u76EE\u5F55\uFF09\u4E2D\u68C0\u67E5\uFF0C\u53EA\u62A5\u544A\u7ED9\u51FA\u7684\u6587\u4EF6
                            \uFF08pre-commit \u94A9\u5B50\u4F7F\u7528\u6B64\u9009\u9879\uFF09
      --context BLOCK       \u628A\u5355\u72EC\u7684\u7247\u6BB5\u5F53\u4F5C http\u3001server \u6216 location \u7684\u5185\u90E8\u5185\u5BB9\u68C0\u67E5\uFF08\u9ED8\u8BA4\uFF1A\u6309\u6587\u4EF6\u4E2D\u7684
                            "# sse-lint: context" \u6CE8\u91CA\uFF0C\u5426\u5219\u6839\u636E\u5176\u4E2D\u7684\u6307\u4EE4\u63A8\u6D4B\uFF09
      --rule ID             \u53EA\u8FD0\u884C\uFF08\u548C\u4FEE\u590D\uFF09\u8FD9\u6761\u89C4\u5219\uFF1B\u53EF\u91CD\u590D
      --disable ID          \u5173\u95ED\u4E00\u6761\u89C4\u5219\uFF08\u6216 include-not-found \u8FD9\u6837\u7684\u5185\u90E8 ID\uFF09\uFF1B\u53EF\u91CD\u590D
      --enable ID           \u91CD\u65B0\u542F\u7528\u914D\u7F6E\u6587\u4EF6\u4E2D\u5173\u95ED\u7684\u89C4\u5219\uFF1B\u53EF\u91CD\u590D
      --fix                 \u5E94\u7528\u5B89\u5168\u7684\u4FEE\u590D\u5E76\u5199\u5165\u6587\u4EF6\uFF08\u539F\u5B50\u5199\u5165\uFF0C\u8981\u4E48\u5168\u90E8\u5199\u5165\uFF0C\u8981\u4E48\u90FD\u4E0D\u5199\uFF09
      --unsafe-fixes        \u4E0E --fix \u6216 --diff \u4E00\u8D77\u4F7F\u7528\uFF1A\u540C\u65F6\u5E94\u7528\u53EF\u80FD\u6539\u53D8\u884C\u4E3A\u7684\u4FEE\u590D
      --fix-dry-run, --diff \u4EE5\u7EDF\u4E00 diff \u683C\u5F0F\u8F93\u51FA\u4FEE\u590D\u5185\u5BB9\uFF1B\u4E0D\u5199\u5165\u4EFB\u4F55\u6587\u4EF6
      --backup              \u4E0E --fix \u4E00\u8D77\u4F7F\u7528\uFF1A\u4FDD\u7559 <file>.bak \u526F\u672C
      --verify-with-nginx BIN
                            \u4E0E --fix \u4E00\u8D77\u4F7F\u7528\uFF1A\u5148\u5728\u4FEE\u590D\u540E\u7684\u914D\u7F6E\u526F\u672C\u4E0A\u8FD0\u884C BIN -t\uFF1B\u5931\u8D25\u5219\u62D2\u7EDD\u5199\u5165
      --map FROM=TO         FROM \u4E4B\u4E0B\u7684 include \u8DEF\u5F84\u6539\u4ECE TO \u8BFB\u53D6\uFF08\u5BB9\u5668\u3001\u9762\u677F\uFF09\uFF1B\u53EF\u91CD\u590D
      --stdin-filename NAME \u6807\u51C6\u8F93\u5165\u663E\u793A\u7684\u6587\u4EF6\u540D
      --color, --no-color   \u5F3A\u5236\u5F00\u542F\u6216\u5173\u95ED\u989C\u8272\uFF08\u9ED8\u8BA4\uFF1A\u7EC8\u7AEF\u4E0A\u5F00\u542F\uFF0C\u9075\u5FAA NO_COLOR/FORCE_COLOR\uFF09
      --debug               \u51FA\u73B0\u5185\u90E8\u9519\u8BEF\u65F6\u6253\u5370\u8C03\u7528\u6808
  -h, --help                \u663E\u793A\u672C\u5E2E\u52A9
  -v, --version             \u663E\u793A\u7248\u672C

parse \u9009\u9879\uFF1A
      --combine             \u628A include \u7684\u6587\u4EF6\u5408\u5E76\u6210\u4E00\u4EFD\u914D\u7F6E\uFF0C\u5E76\u7ED9\u6BCF\u6761\u8BED\u53E5\u52A0\u4E0A "file"
      --single-file         \u4E0D\u8DDF\u968F include
      --include-comments    \u628A\u6CE8\u91CA\u4F5C\u4E3A "#" \u8BED\u53E5\u8F93\u51FA
      --positions           \u7ED9\u6BCF\u6761\u8BED\u53E5\u52A0\u4E0A\u5217\u53F7\u548C [start, end] \u504F\u79FB\u91CF

\u9000\u51FA\u7801\uFF1A0 \u8868\u793A\u6CA1\u6709\u8FBE\u5230 --fail-on \u7EA7\u522B\u7684\u95EE\u9898\uFF08\u4E14\u8B66\u544A\u6570\u4E0D\u8D85\u8FC7 --max-warnings\uFF09\uFF0C\u5426\u5219\u4E3A 1\uFF1B
2 \u8868\u793A\u7528\u6CD5\u9519\u8BEF\u3001\u8F93\u5165\u4E0D\u53EF\u7528\u6216\u5185\u90E8\u9519\u8BEF\u3002
`
  };
}

// src/i18n/zh-CN-findings.ts
var catalog2;
function zhCNFindings() {
  return catalog2 ??= {
    // Shared words (src/i18n/en-findings.ts).
    "msg.level.self": "\u5F53\u524D {name}",
    "msg.levels.omitted": "\u53E6\u5916 {count} \u5C42",
    "msg.origin.directive": "{line}\uFF0C\u4F4D\u4E8E {level}",
    "msg.origin.directiveMore": "{line} \u53CA\u53E6\u5916 {more} \u884C\uFF0C\u4F4D\u4E8E {level}",
    "msg.origin.default": "{default}\uFF1B{levels} \u4E2D\u5747\u672A\u8BBE\u7F6E",
    "msg.default.nginx": "nginx \u9ED8\u8BA4\u503C",
    "msg.default.module": "{module} \u6A21\u5757\u9ED8\u8BA4\u503C",
    "msg.default.before": "nginx {version} \u4E4B\u524D\u7684\u9ED8\u8BA4\u503C",
    "msg.default.since": "nginx {version} \u8D77\u7684\u9ED8\u8BA4\u503C",
    "msg.default.withDetail": "{default}\uFF0C{detail}",
    "msg.default.detail.upstreamBlocks": "\u9002\u7528\u4E8E upstream{} \u5757",
    "msg.default.versionUnknown": "{default}\uFF08\u7248\u672C\u672A\u77E5\uFF0C\u53EF\u7528 --nginx-version \u6307\u5B9A\uFF09",
    "msg.default.standardInheritance": "\u6807\u51C6\u7EE7\u627F\uFF08{directive} \u4ECE {since} \u8D77\u624D\u6709\uFF09",
    "msg.default.unknownDirective": "\u672A\u8BBE\u7F6E\uFF0C\u800C\u4E14 sse-lint \u7684\u6307\u4EE4\u8868\u4E2D\u6CA1\u6709 {directive}",
    "msg.stream.route": "--route {spec} \u7531\u6B64\u5904\u5904\u7406",
    "msg.stream.comment": "\u6807\u6709 # sse-lint: stream",
    "msg.stream.pattern": "\u5339\u914D\u4E8B\u4EF6\u6D41\u6A21\u5F0F {pattern}",
    "msg.stream.apiPath": "\u8DEF\u5F84 {path} \u662F\u6D41\u5F0F API \u7AEF\u70B9\uFF08{endpoint}\uFF09",
    "msg.stream.pathWord": '\u8DEF\u5F84 {path} \u5305\u542B "{word}"',
    "msg.stream.contentType": "{directive} \u8BBE\u7F6E\u4E86 text/event-stream",
    "msg.stream.typesBlock": "types \u628A\u67D0\u4E2A\u6269\u5C55\u540D\u6620\u5C04\u4E3A text/event-stream",
    "msg.stream.accelHeader": "{directive} \u63D0\u5230\u4E86 X-Accel-Buffering",
    "msg.stream.bufferingOff": "\u6B64\u5904\u8BBE\u7F6E\u4E86 {directive} off\uFF08\u8868\u660E\u8981\u6D41\u5F0F\u4F20\u8F93\uFF09",
    "msg.stream.suggests": "{line} \u8868\u660E\u8FD9\u662F\u4E8B\u4EF6\u6D41",
    "msg.stream.producer": "{directive} \u4EA7\u751F\u4E8B\u4EF6\u6D41\uFF08{what}\uFF09",
    "msg.stream.upstreamName": '\u5B83\u4EE3\u7406\u5230 upstream {name}\uFF0C\u8FD9\u4E2A\u540D\u5B57\u8868\u660E\u5B83\u63D0\u4F9B\u4E8B\u4EF6\u6D41\uFF08"{word}"\uFF09',
    "msg.stream.backend": "\u5B83\u4EE3\u7406\u5230\u672C\u914D\u7F6E\u4E2D\u7684 {location}\uFF08{at}\uFF09\uFF0C\u90A3\u662F\u4E00\u4E2A\u4E8B\u4EF6\u6D41",
    "msg.stream.allProxies": "--all-proxies \u628A\u6BCF\u4E2A\u4EE3\u7406 location \u90FD\u5F53\u4F5C\u4E8B\u4EF6\u6D41",
    "msg.stream.preset": "{preset} \u9884\u8BBE\u628A\u6BCF\u4E2A\u53CD\u5411\u4EE3\u7406 location \u90FD\u5F53\u4F5C\u53EF\u80FD\u7684\u4E8B\u4EF6\u6D41\u6765\u68C0\u67E5\uFF08\u4E0D\u77E5\u9053\u54EA\u4E9B URI \u662F\u4E8B\u4EF6\u6D41\uFF09",
    "msg.stream.snippet": "\u5355\u72EC\u7684 location \u7247\u6BB5\u4E14\u505A\u4E86\u4EE3\u7406\uFF1A\u5B83\u7684 URI \u672A\u77E5\uFF0C\u56E0\u6B64\u6309\u53EF\u80FD\u7684\u4E8B\u4EF6\u6D41\u68C0\u67E5",
    "msg.stream.none": "\u4E0D\u662F\u4E8B\u4EF6\u6D41",
    "msg.stream.location": "{location}\uFF08{why}\uFF09",
    "msg.stream.routeVia": "--route {spec} \u7ECF\u7531 {via} \u7531 {to} \u5904\u7406",
    "msg.stream.redirect": "{from}\uFF08{why}\uFF09\u7ECF\u7531 {via} \u7531 {to} \u5904\u7406",
    "msg.redirect.at": "{at} \u5904\u7684 {directive}",
    "msg.redirect.then": "{first}\uFF0C\u7136\u540E\u662F {rest}",
    "msg.chain.fileExists": "{directive} \u6240\u5217\u7684\u6587\u4EF6\u4E2D\u6709\u4E00\u4E2A\u5B58\u5728",
    "msg.chain.fileMissing": "{directive} \u6240\u5217\u7684\u6587\u4EF6\u90FD\u4E0D\u5B58\u5728",
    "msg.chain.upgradeSet": "$http_upgrade \u975E\u7A7A\uFF08WebSocket \u5347\u7EA7\u8BF7\u6C42\uFF09",
    "msg.chain.upgradeEmpty": "$http_upgrade \u4E3A\u7A7A\uFF08\u666E\u901A\u8BF7\u6C42\uFF09",
    "msg.chain.regexMatches": "URI \u5339\u914D {regex}",
    "msg.chain.regexFails": "URI \u4E0D\u5339\u914D {regex}",
    "msg.chain.ifHolds": "if {condition} \u6210\u7ACB",
    "msg.chain.ifFails": "if {condition} \u4E0D\u6210\u7ACB",
    "msg.chain.status": "\u54CD\u5E94\u72B6\u6001\u7801\u4E3A {codes}",
    "msg.chain.name": "{directive} \u7684\u76EE\u6807\u662F {name}",
    "msg.chain.noName": "{directive} \u7684\u76EE\u6807\u4E0D\u662F\u4EFB\u4F55\u547D\u540D location",
    "msg.stream.guess": '{reasons}\uFF08\u8FD9\u662F\u63A8\u6D4B\uFF1A\u5728\u8BE5 location \u4E2D\u52A0\u4E0A "# sse-lint: stream" \u53EF\u4EE5\u786E\u8BA4\uFF1B\u52A0\u4E0A "# sse-lint: not-stream" \u6216\u5728\u914D\u7F6E\u7684 notStreams \u4E2D\u5199\u4E0A\u5339\u914D\u7684\u6A21\u5F0F\u53EF\u4EE5\u5426\u8BA4\uFF09',
    "msg.stream.guessBrief": "{reasons}\uFF1B\u8FD9\u662F\u63A8\u6D4B",
    "msg.notStream.comment": "\u6807\u6709 # sse-lint: not-stream",
    "msg.notStream.pattern": "\u5339\u914D notStreams \u6A21\u5F0F {pattern}",
    "msg.notStream.returns": "\u5B83\u7684 rewrite \u9636\u6BB5\u603B\u662F\u76F4\u63A5\u5E94\u7B54\uFF08{at} \u7684 {line}\uFF09\uFF0C\u6240\u4EE5\u4E0D\u4F1A\u4EE3\u7406\u4EFB\u4F55\u8BF7\u6C42",
    "msg.notStream.returnsServer": "\u5B83\u6240\u5728\u7684 server \u5728 rewrite \u9636\u6BB5\u603B\u662F\u76F4\u63A5\u5E94\u7B54\uFF08{at} \u7684 {line}\uFF09\uFF0C\u6240\u4EE5\u4E0D\u4F1A\u8FDB\u5165\u4EFB\u4F55 location",
    "msg.notStream.websocket": "\u5B83\u5728 WebSocket \u8DEF\u5F84 {path} \u4E0A\u628A Upgrade \u4F20\u7ED9\u540E\u7AEF\uFF1A\u8FD9\u662F WebSocket \u96A7\u9053",
    "msg.notStream.otherType": "{directive} \u7ED9\u5B83\u8BBE\u5B9A\u4E86\u5185\u5BB9\u7C7B\u578B {type}",
    "msg.notStream.subrequest": "\u53EA\u6709 {directive} \u5B50\u8BF7\u6C42\u4F1A\u5230\u8FBE\u5B83\uFF08{at} \u7684 {line}\uFF09\uFF0C\u800C nginx \u4F1A\u4E22\u5F03\u5B50\u8BF7\u6C42\u7684\u54CD\u5E94\u4F53\uFF1A\u4E0D\u4F1A\u6709\u4E8B\u4EF6\u6D41\u7ECF\u5B83\u5230\u8FBE\u5BA2\u6237\u7AEF",
    "msg.list.more": "{list}\uFF0C\u53E6\u6709 {more} \u4E2A",
    "msg.entries.from": "{level} \u4E2D\u7684 {items}",
    "msg.fix.inlineInclude": "{title}\uFF0C\u505A\u6CD5\u662F\u5728 {block}\uFF08{at}\uFF09\u4E2D\u7528 {file} \u7684\u5185\u5BB9\u66FF\u6362\u8FD9\u6761 include\uFF1A{file} \u8FD8\u88AB\u53E6\u5916 {count} \u5904 include\uFF0C\u800C{count:\u90A3\u91CC|\u90A3\u4E9B\u5730\u65B9}\u4E0D\u9700\u8981\u8FD9\u9879\u4FEE\u6539",
    "msg.fix.sharedInclude": "{title}\uFF0C\u6539\u5728 {block}\uFF08{at}\uFF09\u4E2D\u8FDB\u884C\uFF1A{file} \u8FD8\u88AB\u53E6\u5916 {count} \u5904 include\uFF0C\u800C{count:\u90A3\u91CC|\u90A3\u4E9B\u5730\u65B9}\u4E0D\u9700\u8981\u8FD9\u9879\u4FEE\u6539",
    "msg.related.sharedNoFix": "\u4E0D\u63D0\u4F9B\u4FEE\u590D\uFF1A{file} \u8FD8\u5728\u53E6\u5916 {count} \u5904\u88AB\u8BFB\u53D6\uFF0C\u800C{count:\u90A3\u91CC|\u90A3\u4E9B\u5730\u65B9}\u4E0D\u9700\u8981\u8FD9\u9879\u4FEE\u6539\uFF0C\u8FD9\u91CC\u4E5F\u65E0\u6CD5\u505A\u51FA\u53EA\u5F71\u54CD\u8FD9\u4E00\u5904\u7684\u4FEE\u6539\uFF1B\u8BF7\u624B\u52A8\u4FEE\u6539",
    "msg.related.unreadInclude": "\u65E0\u6CD5\u8BFB\u53D6\uFF1B\u5B83\u53EF\u80FD\u628A {directive} \u8BBE\u6210\u522B\u7684\u503C",
    "msg.related.apisixGenerated": "{file} \u7531 APISIX \u5728\u6BCF\u6B21\u542F\u52A8\u65F6\u6839\u636E conf/config.yaml \u751F\u6210\uFF0C\u5728\u8FD9\u91CC\u4FEE\u6539\u4F1A\u4E22\u5931\uFF1A\u8BF7\u5728\u8DEF\u7531\u4E0A\u7528 proxy-buffering \u63D2\u4EF6\uFF08\u6216\u8DEF\u7531\u7684\u63D2\u4EF6\u914D\u7F6E\uFF09\u4E3A\u4E8B\u4EF6\u6D41\u5173\u95ED\u54CD\u5E94\u7F13\u51B2\uFF0C\u5E76\u5728\u8DEF\u7531\u7684 upstream \u6216 conf/config.yaml \u7684 nginx_config \u4E2D\u8BBE\u7F6E\u8D85\u65F6",
    "msg.related.firstHere": '\u7B2C\u4E00\u4E2A "{directive}" \u5728\u8FD9\u91CC',
    "msg.suppression.unused": "\u5BF9 {ids} \u7684\u5C4F\u853D\u6CA1\u6709\u5339\u914D\u5230\u4EFB\u4F55\u95EE\u9898\uFF1B\u8BF7\u5220\u9664\u8FD9\u6761\u6CE8\u91CA",
    "msg.suppression.noIds": "{comment} \u81F3\u5C11\u9700\u8981\u4E00\u4E2A\u89C4\u5219 id",
    "msg.suppression.unknownIds": "\u5C4F\u853D\u6CE8\u91CA\u4E2D\u6709 {count} \u4E2A\u672A\u77E5\u7684\u89C4\u5219 id\uFF1A{ids}",
    "msg.suppression.noReason": '{comment} {ids} \u9700\u8981\u5728 " -- " \u4E4B\u540E\u5199\u4E0A\u7406\u7531',
    "msg.include.cycle": 'include "{file}" \u53C8\u56DE\u5230\u4E86\u4E00\u4E2A\u6B63\u5728\u88AB include \u7684\u6587\u4EF6\uFF08{chain}\uFF09\uFF1Bnginx \u4F1A\u4E00\u76F4\u9012\u5F52\u4E0B\u53BB\uFF0C\u76F4\u5230\u6253\u5F00\u7684\u6587\u4EF6\u6570\u8017\u5C3D',
    "msg.include.resolvedAgainst": '{error}\uFF08include "{written}" \u662F\u76F8\u5BF9\u4E8E {prefix} \u89E3\u6790\u7684\uFF09',
    "msg.syntax.duplicate": "{error}\uFF1Bnginx -t \u4F1A\u62D2\u7EDD\u5B83\uFF08\u7B2C\u4E00\u6B21\u8BBE\u7F6E\u5728\u7B2C {line} \u884C\uFF09",
    "msg.syntax.notAllowed": "{error}\uFF08\u4F4D\u4E8E {where}\uFF09",
    "msg.include.directory": '"{path}" \u662F\u4E00\u4E2A\u76EE\u5F55\uFF0C\u4E0D\u662F\u914D\u7F6E\u6587\u4EF6',
    "msg.include.notRegular": '"{path}" \u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF08\u800C\u662F FIFO\u3001\u5957\u63A5\u5B57\u6216\u8BBE\u5907\uFF09\uFF0C\u6CA1\u6709\u8BFB\u53D6\u5B83',
    "msg.include.refused": '"{path}" {reason}',
    "msg.syntax.arguments": "{error}\uFF1A\u5B83\u9700\u8981 {takes} \u4E2A\u53C2\u6570\uFF0C\u5B9E\u9645\u6709 {count} \u4E2A{suggestion}",
    "msg.syntax.takes.exactly": "{min}",
    "msg.syntax.takes.either": "{min} \u6216 {max}",
    "msg.syntax.takes.range": "{min} \u5230 {max}",
    "msg.syntax.takes.atLeast": "\u81F3\u5C11 {min}",
    "msg.syntax.value": "{error}{expected}{suggestion}",
    "msg.syntax.mustBe": "\uFF0C\u53EA\u80FD\u662F {words}",
    "msg.syntax.shape.time": "\uFF08\u65F6\u95F4\uFF0C\u4F8B\u5982 30s\u30015m \u6216 1h\uFF09",
    "msg.syntax.shape.sec": "\uFF08\u65F6\u95F4\uFF0C\u4F8B\u5982 30s\u30011h \u6216 7d\uFF09",
    "msg.syntax.shape.size": "\uFF08\u5927\u5C0F\uFF0C\u4F8B\u5982 512\u30018k \u6216 1m\uFF09",
    "msg.syntax.shape.number": "\uFF08\u6574\u6570\uFF09",
    "msg.syntax.shape.numberOr": "\uFF08\u6574\u6570\u6216 {words}\uFF09",
    "msg.syntax.shape.status": '\uFF08100 \u5230 599 \u7684\u72B6\u6001\u7801\uFF0C\u6216 "any"\uFF09',
    "msg.syntax.didYouMean": '\uFF1B\u662F\u4E0D\u662F\u60F3\u5199 "{suggestion}"\uFF1F',
    "msg.syntax.didYouMeanElsewhere": '\uFF1B\u662F\u4E0D\u662F\u60F3\u5199 "{suggestion}"\uFF1F\uFF08\u5B83\u5728 {where} \u4E2D\u540C\u6837\u4E0D\u5141\u8BB8\u4F7F\u7528\uFF09',
    "msg.syntax.duplicateLocation": "{error}\uFF1Bnginx -t \u4F1A\u62D2\u7EDD\u5B83",
    "msg.syntax.conflictingName": "{error}{implicit}\uFF1Anginx -t \u4F1A\u7ED9\u51FA\u8B66\u544A\uFF0C\u8FD9\u4E2A\u540D\u5B57\u7684\u8BF7\u6C42\u90FD\u4EA4\u7ED9\u6700\u5148\u62E5\u6709\u5B83\u7684 server",
    "msg.syntax.implicitName": '\uFF08\u6CA1\u6709 server_name \u7684 server \u7684\u540D\u5B57\u662F ""\uFF09',
    "msg.related.firstLocation": '\u7B2C\u4E00\u4E2A location "{path}" \u5728\u8FD9\u91CC',
    "msg.related.nameTaken": '"{name}" \u6700\u5148\u5728\u8FD9\u91CC\u88AB\u5360\u7528',
    "msg.include.unmappedGlob": 'include "{written}" \u6CA1\u6709\u5339\u914D\u5230\u4EFB\u4F55\u6587\u4EF6\uFF1A\u672C\u673A\u4E0A\u4E0D\u5B58\u5728 {dir}\uFF0C\u770B\u8D77\u6765\u8FD9\u662F\u5BB9\u5668\u5185\u7684\u8DEF\u5F84\uFF1B\u5B83\u672C\u5E94 include \u7684\u5185\u5BB9\u90FD\u4E0D\u4F1A\u88AB\u68C0\u67E5\u3002\u8BF7\u7528 --map {dir}=HOST_FOLDER \u4ECE\u5BBF\u4E3B\u673A\u4E0A\u7684\u76EE\u5F55\u8BFB\u53D6{preset}\uFF0C\u6216\u8005\u7528 docker exec CONTAINER nginx -T | sse-lint - \u68C0\u67E5\u6B63\u5728\u8FD0\u884C\u7684\u914D\u7F6E',
    "msg.include.unmappedPreset": "\uFF0C\u6216\u8005\u4F7F\u7528\u4E86\u89E3\u8FD9\u79CD\u76EE\u5F55\u5E03\u5C40\u7684\u9884\u8BBE\uFF08--preset {preset}\uFF09",
    "msg.include.unmappedImage": '"{target}" \u662F {image} \u5BB9\u5668\u955C\u50CF\u4E2D\u7684\u6587\u4EF6\uFF0C\u4E0D\u5728\u672C\u673A\u4E0A\uFF0C\u56E0\u6B64\u8FD9\u91CC\u4E0D\u68C0\u67E5\u5B83\u8BBE\u7F6E\u7684\u5185\u5BB9\uFF1B\u8BF7\u7528 docker exec CONTAINER nginx -T | sse-lint - \u68C0\u67E5\u6B63\u5728\u8FD0\u884C\u7684\u914D\u7F6E\uFF0C\u6216\u8005\u628A\u955C\u50CF\u4E2D\u7684\u8FD9\u4E2A\u76EE\u5F55\u590D\u5236\u5230\u6570\u636E\u76EE\u5F55\u65C1\u8FB9\uFF08docker cp\uFF09',
    "msg.fix.replaceValue": '\u628A "{from}" \u66FF\u6362\u4E3A "{to}"',
    "msg.fix.renameDirective": "\u628A {from} \u6539\u540D\u4E3A {to}",
    // accel-buffering-ignored
    "accel-buffering-ignored.summary": "\u4E8B\u4EF6\u6D41\u88AB\u7F13\u51B2\u65F6 X-Accel-Buffering \u88AB\u5FFD\u7565\uFF0C\u540E\u7AEF\u65E0\u6CD5\u5173\u95ED\u7F13\u51B2",
    "accel-buffering-ignored.ignored": '\u6B64\u5904\u5FFD\u7565\u4E86\u540E\u7AEF\u8FD4\u56DE\u7684 X-Accel-Buffering \u5934\uFF08{origin}\uFF09\uFF0C\u800C {buffering} \u4E3A on\uFF08{bufferingOrigin}\uFF09\uFF1A\u540E\u7AEF\u5373\u4F7F\u8FD4\u56DE "X-Accel-Buffering: no" \u4E5F\u5173\u4E0D\u6389\u7F13\u51B2\uFF0C\u4E8B\u4EF6\u4F1A\u6210\u6279\u5730\u5230\u8FBE\u5BA2\u6237\u7AEF\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002',
    "accel-buffering-ignored.fix.stopIgnoring": "\u4E0D\u518D\u5728 {directive} \u4E2D\u5FFD\u7565 X-Accel-Buffering",
    "accel-buffering-ignored.related.lists": "{directive} \u5728\u6B64\u5217\u51FA\u4E86 X-Accel-Buffering",
    // accel-buffering-request-header
    "accel-buffering-request-header.summary": "\u4F5C\u4E3A\u8BF7\u6C42\u5934\u53D1\u7ED9\u540E\u7AEF\u7684 X-Accel-Buffering \u5BF9\u7F13\u51B2\u4E0D\u8D77\u4F5C\u7528",
    "accel-buffering-request-header.request": '{shown} \u53EA\u662F\u7ED9\u53D1\u5F80\u540E\u7AEF\u7684\u8BF7\u6C42\u52A0\u4E86\u4E00\u4E2A\u8BF7\u6C42\u5934\uFF1Bnginx \u8BFB\u53D6\u7684\u662F\u540E\u7AEF\u54CD\u5E94\u4E2D\u7684 X-Accel-Buffering\uFF0C\u6240\u4EE5\u7F13\u51B2\u4FDD\u6301\u4E0D\u53D8\u3002\u8BF7\u5728\u4E8B\u4EF6\u6D41\u6240\u5728\u7684 location \u4E2D\u4F7F\u7528 {buffering} off;\uFF0C\u6216\u8005\u8BA9\u540E\u7AEF\u5728\u54CD\u5E94\u4E2D\u8FD4\u56DE "X-Accel-Buffering: no"\u3002',
    "accel-buffering-request-header.alreadyOff": "{shown} \u53EA\u662F\u7ED9\u53D1\u5F80\u540E\u7AEF\u7684\u8BF7\u6C42\u52A0\u4E86\u4E00\u4E2A\u8BF7\u6C42\u5934\uFF1Bnginx \u8BFB\u53D6\u7684\u662F\u540E\u7AEF\u54CD\u5E94\u4E2D\u7684 X-Accel-Buffering\u3002\u6B64\u5904\u7F13\u51B2\u5DF2\u7ECF\u5173\u95ED\uFF08{origin}\uFF09\uFF0C\u6240\u4EE5\u8FD9\u4E00\u884C\u5BF9\u7F13\u51B2\u6BEB\u65E0\u4F5C\u7528\uFF1A\u8BF7\u5220\u9664\u5B83\u3002",
    "accel-buffering-request-header.fix.remove": "\u5220\u9664 {line} \u8FD9\u4E00\u884C",
    // accel-buffering-response-header
    "accel-buffering-response-header.summary": "\u52A0\u5728\u5BA2\u6237\u7AEF\u54CD\u5E94\u4E0A\u7684 X-Accel-Buffering \u4E0D\u4F1A\u6539\u53D8\u672C nginx \u7684\u7F13\u51B2",
    "accel-buffering-response-header.noEffect": '{shown} \u5728\u53D1\u7ED9\u5BA2\u6237\u7AEF\u7684\u54CD\u5E94\u4E2D\u52A0\u5165 "X-Accel-Buffering: {value}"\uFF1B\u672C nginx \u4E0D\u8BFB\u53D6\u8FD9\u4E2A\u5934\uFF0C\u81EA\u8EAB\u7684\u7F13\u51B2\u4E0D\u53D8\u3002\u53EA\u6709\u4F4D\u4E8E\u672C\u670D\u52A1\u5668\u524D\u9762\u7684 nginx \u6216 OpenResty \u624D\u4F1A\u8BFB\u53D6\u5B83\u3002\u8BF7\u5728\u4E8B\u4EF6\u6D41\u6240\u5728\u7684 location \u4E2D\u4F7F\u7528 proxy_buffering off\uFF08\u6216\u5BF9\u5E94\u7684 fastcgi/uwsgi/scgi \u6307\u4EE4\uFF09\uFF1B\u53EA\u6709\u524D\u9762\u8FD8\u6709\u4E00\u5C42 nginx \u65F6\u624D\u9700\u8981\u4FDD\u7559\u8FD9\u4E2A\u5934\u3002',
    "accel-buffering-response-header.wrongValue": '{shown} \u53D1\u9001 "X-Accel-Buffering: {value}"\uFF0Cnginx \u4F1A\u5FFD\u7565\u8FD9\u4E2A\u503C\uFF1A\u5B83\u53EA\u8BA4 "no" \u548C "yes"\uFF08\u4E0D\u533A\u5206\u5927\u5C0F\u5199\uFF09\u3002\u800C\u4E14\u5373\u4F7F\u53D6\u503C\u6B63\u786E\uFF0C\u8FD9\u91CC\u4E5F\u53EA\u5F71\u54CD\u4F4D\u4E8E\u672C\u670D\u52A1\u5668\u524D\u9762\u7684 nginx\uFF0C\u800C\u4E0D\u662F\u672C nginx\u3002',
    "accel-buffering-response-header.fix.send": "\u6539\u4E3A\u53D1\u9001 X-Accel-Buffering: {value}",
    // add-header-in-if
    "add-header-in-if.fix.copyOuter": "\u5728 {iff} \u4E2D\u91CD\u590D\u5916\u5C42\u7684 {count} \u6761 add_header",
    "add-header-in-if.summary": "if \u4E2D\u7684 add_header \u4F1A\u5728\u6761\u4EF6\u6210\u7ACB\u65F6\u4E22\u6389\u5916\u5C42\u7684 add_header",
    "add-header-in-if.repeated": "{iff} \u4E2D\u7684 add_header \u4F1A\u66FF\u6362\u5916\u5C42\u7684 add_header \u5217\u8868\uFF1B\u5916\u5C42\u7684 {count} \u4E2A\u54CD\u5E94\u5934\u5DF2\u5728 if \u4E2D\u91CD\u590D\uFF0C\u6240\u4EE5\u76EE\u524D\u6CA1\u6709\u4E22\u5931\uFF0C\u4F46\u4EE5\u540E\u5728\u5916\u5C42\u65B0\u589E\u7684\u54CD\u5E94\u5934\uFF0C\u5728\u6761\u4EF6\u6210\u7ACB\u65F6\u90FD\u4E0D\u4F1A\u53D1\u9001\u3002{stream}",
    "add-header-in-if.snippet": "{iff} \u4E2D\u7684 add_header \u4F1A\u66FF\u6362\u5916\u5C42\u7684 add_header \u5217\u8868\uFF1A\u65E0\u8BBA\u8FD9\u4E2A\u6587\u4EF6\u88AB include \u5230\u54EA\u91CC\uFF0C\u53EA\u8981\u6761\u4EF6\u6210\u7ACB\uFF0Cinclude \u5B83\u7684 location\u3001\u5176\u6240\u5728 server \u4EE5\u53CA http \u4E2D\u7684\u6240\u6709 add_header \u90FD\u4E0D\u4F1A\u53D1\u9001\u3002{stream}",
    "add-header-in-if.lost": "{iff} \u4E2D\u7684 add_header \u4F1A\u66FF\u6362\u5916\u5C42\u7684 add_header \u5217\u8868\uFF1A\u53EA\u8981\u6761\u4EF6\u6210\u7ACB\uFF0C\u5C31\u6709 {count} \u4E2A\u54CD\u5E94\u5934\u4E0D\u4F1A\u53D1\u9001\uFF1A{lost}\u3002{stream}{recipe}",
    "add-header-in-if.recipe": "\u8BF7\u5728 if \u4E2D\u91CD\u590D\u8FD9\u4E9B\u884C\uFF0C\u6216\u8005\u7528 map \u53D8\u91CF\u4EE3\u66FF if \u6765\u8BBE\u7F6E\u53D6\u503C\u3002",
    "add-header-in-if.streamToo": "\u8BE5 location \u662F\u4E8B\u4EF6\u6D41\uFF08{why}\uFF09\uFF1A\u6761\u4EF6\u6210\u7ACB\u65F6\uFF0C\u5B83\u7684\u4E8B\u4EF6\u6D41\u54CD\u5E94\u540C\u6837\u4F1A\u4E22\u5931\u8FD9\u4E9B\u5934\u3002",
    "add-header-in-if.streamSpared": "\u8BE5 location \u662F\u4E8B\u4EF6\u6D41\uFF08{why}\uFF09\uFF0C\u4F46\u6761\u4EF6\u53EA\u5339\u914D {methods} \u8BF7\u6C42\uFF0C\u800C\u4E0D\u662F\u6253\u5F00\u4E8B\u4EF6\u6D41\u7684 GET \u6216 POST\uFF1A\u4E8B\u4EF6\u6D41\u54CD\u5E94\u4FDD\u7559\u5916\u5C42\u7684\u5934\u3002",
    "add-header-in-if.related.notSent": "{iff} \u6210\u7ACB\u65F6\u4E0D\u4F1A\u53D1\u9001",
    // add-header-redefinition
    "add-header-redefinition.summary": "\u4E0B\u5C42\u7EA7\u4E2D\u7684 add_header \u4F1A\u4E22\u6389\u6240\u6709\u7EE7\u627F\u6765\u7684 add_header",
    "add-header-redefinition.lost": "\u5F53\u524D {level} \u4E2D\u7684 add_header \u66FF\u6362\u4E86\u7EE7\u627F\u6765\u7684 add_header \u5217\u8868\uFF0C\u4E0A\u5C42\u8BBE\u7F6E\u7684 {count} \u4E2A\u54CD\u5E94\u5934\u4E0D\u4F1A\u4ECE\u8FD9\u91CC\u53D1\u9001\uFF1A{lost}\u3002nginx \u53EA\u4F1A\u628A add_header \u7EE7\u627F\u5230\u81EA\u8EAB\u6CA1\u6709 add_header \u7684\u5C42\u7EA7\u3002{stream}{hint}",
    "add-header-redefinition.streamLocation": "\u8FD9\u662F\u4E8B\u4EF6\u6D41 location\uFF08{why}\uFF09\u3002",
    "add-header-redefinition.snippet": "\u5F53\u524D {level} \u4E2D\u7684 add_header \u66FF\u6362\u4E86 include \u8FD9\u4E2A\u6587\u4EF6\u7684\u5404\u5C42\u7EA7\u7684 add_header \u5217\u8868\uFF1A\u65E0\u8BBA\u5B83\u88AB include \u5230\u54EA\u91CC\uFF0C\u5916\u5C42 server \u548C http \u8BBE\u7F6E\u7684\u6240\u6709 add_header\uFF08HSTS\u3001CORS\u3001\u5B89\u5168\u76F8\u5173\u7684\u5934\uFF09\u90FD\u4E0D\u4F1A\u4ECE\u8FD9\u91CC\u53D1\u9001\u3002{stream}\u8BF7\u68C0\u67E5 include \u5B83\u7684\u5C42\u7EA7\u8BBE\u7F6E\u4E86\u4EC0\u4E48\uFF0C\u5E76\u5728\u8FD9\u91CC\u91CD\u590D\u8FD9\u4E9B\u884C\u3002",
    "add-header-redefinition.repeatOrSnippet": "\u8BF7\u5728\u8FD9\u91CC\u91CD\u590D\u8FD9\u4E9B\u884C\uFF0C\u6216\u8005\u628A\u5B83\u4EEC\u653E\u8FDB\u6BCF\u4E00\u5C42\u90FD include \u7684\u7247\u6BB5\u6587\u4EF6{ignored}\u3002",
    "add-header-redefinition.inheritIgnored": "\uFF08add_header_inherit \u9700\u8981 nginx {since}\uFF0C\u800C\u76EE\u6807\u7248\u672C\u662F {target}\uFF09",
    "add-header-redefinition.repeatOrMerge": '\u8BF7\u5728\u8FD9\u91CC\u91CD\u590D\u8FD9\u4E9B\u884C\uFF0C\u6216\u8005\u52A0\u4E0A "add_header_inherit merge;"{since} \u4EE5\u4FDD\u7559\u7EE7\u627F\u7684\u54CD\u5E94\u5934\u3002',
    "add-header-redefinition.mergeSince": "\uFF08\u9700\u8981 nginx {since}+\uFF09",
    "add-header-redefinition.fix.repeat": "\u5728\u5F53\u524D {level} \u4E2D\u91CD\u590D\u7EE7\u627F\u6765\u7684 {count} \u884C add_header",
    "add-header-redefinition.related.notSent": "\u4E0D\u4F1A\u4ECE {level} \u53D1\u9001",
    // body-filter-on-stream
    "body-filter-on-stream.fix.subTypes": "\u5728 {place} \u4E2D\u628A sub_filter \u9650\u5B9A\u4E3A HTML",
    "body-filter-on-stream.fix.ssiOff": "\u5728 {place} \u4E2D\u5173\u95ED SSI",
    "body-filter-on-stream.fix.additionOff": "\u5728 {place} \u4E2D\u5173\u95ED {directive}",
    "body-filter-on-stream.summary": "sub_filter\u3001SSI \u6216 add_before_body/add_after_body \u4F1A\u6539\u5199\u4E8B\u4EF6\u6D41\u5185\u5BB9",
    "body-filter-on-stream.sub": "sub_filter \u4F1A\u6539\u5199\u8FD9\u4E2A\u4E8B\u4EF6\u6D41\uFF08{origin}\uFF1B{typesLevel} \u4E2D\u7684 {types} \u8BA9\u5B83\u4F5C\u7528\u4E8E\u4E8B\u4EF6\u6D41\uFF09\uFF1A{flow} data \u4E2D\u7684\u6587\u672C\u4F1A\u88AB\u66FF\u6362\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "body-filter-on-stream.ssi": "ssi \u5728\u6B64\u5904\u4E3A on\uFF08{origin}\uFF09\uFF0C\u4E14 {typesLevel} \u4E2D\u7684 {types} \u8BA9\u5B83\u4F5C\u7528\u4E8E\u4E8B\u4EF6\u6D41\uFF1A{flow} data \u4E2D\u4EFB\u4F55\u770B\u8D77\u6765\u50CF SSI \u547D\u4EE4\uFF08<!--# ... -->\uFF09\u7684\u5185\u5BB9\u90FD\u4F1A\u88AB\u6267\u884C\u6216\u5220\u9664\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "body-filter-on-stream.flowing": "\u4E8B\u4EF6\u4ECD\u80FD\u6D41\u5F0F\u5230\u8FBE\uFF0C\u4F46",
    "body-filter-on-stream.heldBack": "\u4E8B\u4EF6\u672C\u6765\u5C31\u4F1A\u88AB\u79EF\u538B\uFF0C\u56E0\u4E3A {directive} \u4E3A on\uFF08{origin}\uFF1B\u89C1 buffering-on\uFF09\uFF0C\u800C\u4E14",
    "body-filter-on-stream.addition": "{directive} \u4F1A\u628A\u5B50\u8BF7\u6C42\u7684\u8F93\u51FA\u52A0\u8FDB\u8FD9\u4E2A\u4E8B\u4EF6\u6D41\uFF08{origin}\uFF1B{typesLevel} \u4E2D\u7684 {types} \u8BA9\u5B83\u4F5C\u7528\u4E8E\u4E8B\u4EF6\u6D41\uFF09\uFF1A\u63D2\u5165\u7684\u6587\u672C\u4E0D\u7B26\u5408\u4E8B\u4EF6\u683C\u5F0F\uFF0C\u4F1A\u7834\u574F\u4E8B\u4EF6\u6D41\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "body-filter-on-stream.related.typeList": "\u8FD9\u4E2A\u7C7B\u578B\u5217\u8868\u653E\u884C\u4E86 text/event-stream",
    "body-filter-on-stream.related.subFilter": "sub_filter \u5728\u6B64\u8BBE\u7F6E",
    // buffering-on
    "buffering-on.summary": "\u54CD\u5E94\u7F13\u51B2\u4F1A\u6263\u4F4F\u4E8B\u4EF6\u6D41\u6570\u636E",
    "buffering-on.on": '{directive} \u5728\u6B64\u5904\u4E3A on\uFF08{origin}\uFF09\uFF1B\u4E8B\u4EF6\u8981\u7B49\u7F13\u51B2\u533A\u5199\u6EE1\u6216\u6D41\u7ED3\u675F\u65F6\u624D\u6210\u6279\u5230\u8FBE\u5BA2\u6237\u7AEF\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002\uFF08\u540E\u7AEF\u82E5\u8FD4\u56DE "X-Accel-Buffering: no"\uFF0C\u4E5F\u80FD\u9488\u5BF9\u5355\u4E2A\u54CD\u5E94\u5173\u95ED\u7F13\u51B2\uFF1B\u8FD9\u4E00\u70B9\u4ECE\u914D\u7F6E\u4E2D\u770B\u4E0D\u51FA\u6765\u3002\uFF09',
    "buffering-on.invalid": "{directive} \u5728\u6B64\u5904\u4E3A {value}\uFF08{origin}\uFF09\uFF0C\u8FD9\u4E0D\u662F off\uFF1Anginx -t \u62D2\u7EDD\u8FD9\u4E2A\u503C\uFF0C\u53EA\u6709 off \u624D\u80FD\u5173\u95ED\u7F13\u51B2\uFF1B\u7F13\u51B2\u5F00\u7740\u65F6\uFF0C\u4E8B\u4EF6\u8981\u7B49\u7F13\u51B2\u533A\u5199\u6EE1\u6216\u6D41\u7ED3\u675F\u65F6\u624D\u6210\u6279\u5230\u8FBE\u5BA2\u6237\u7AEF\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "buffering-on.fix.turnOff": "\u5728\u6B64 location \u4E2D\u5173\u95ED {directive}",
    "buffering-on.related.setOn": "{directive} on \u5728\u6B64\u8BBE\u7F6E",
    "buffering-on.related.setInvalid": "{directive} {value} \u5728\u6B64\u8BBE\u7F6E",
    // cache-on-stream
    "cache-on-stream.summary": "\u5BF9\u88AB\u7F13\u51B2\u7684\u4E8B\u4EF6\u6D41\u542F\u7528\u54CD\u5E94\u7F13\u5B58\uFF0C\u53EF\u80FD\u628A\u5B83\u5B58\u4E0B\u6765\u5E76\u91CD\u653E\u65E7\u4E8B\u4EF6",
    "cache-on-stream.replay": "{cache} \u5728\u6B64\u5904\u751F\u6548\uFF08{origin}\uFF09\uFF0C\u4E14 {buffering} \u4E3A on\uFF08{bufferingOrigin}\uFF09\uFF1A\u4E8B\u4EF6\u6D41\u88AB\u7F13\u51B2\uFF0C\u800C\u4E14\u65E0\u8BBA\u540E\u7AEF\u600E\u4E48\u8BF4\u90FD\u53EF\u4EE5\u88AB\u5B58\u4E0B\u6765\uFF08{storable}\uFF09\uFF0C\u4E4B\u540E\u7684\u5BA2\u6237\u7AEF\u6536\u5230\u7684\u5C06\u662F\u65E7\u4E8B\u4EF6\u7684\u91CD\u653E\uFF0C\u800C\u4E0D\u662F\u5B9E\u65F6\u4E8B\u4EF6\u3002{lock}\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "cache-on-stream.buffered": "{cache} \u5728\u6B64\u5904\u751F\u6548\uFF08{origin}\uFF09\uFF0C\u4E14 {buffering} \u4E3A on\uFF08{bufferingOrigin}\uFF09\uFF1A\u4E8B\u4EF6\u6D41\u88AB\u7F13\u51B2\uFF0C\u53EA\u8981\u540E\u7AEF\u7684 Cache-Control \u6216 Expires \u5934\u5141\u8BB8\uFF0C\u5B83\u5C31\u4F1A\u88AB\u5B58\u4E0B\u6765\u5E76\u91CD\u653E\u7ED9\u4E4B\u540E\u7684\u5BA2\u6237\u7AEF\u3002{lock}\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "cache-on-stream.ignoresFreshness": "{origin}\uFF1B\u5B83\u5FFD\u7565\u4E86\u540E\u7AEF\u7684 {header}",
    "cache-on-stream.lockWait": "\u7531\u4E8E {directive} \u4E3A on\uFF0C\u5E76\u53D1\u7684\u5BA2\u6237\u7AEF\u8FD8\u8981\u7B49\u5F85\u7B2C\u4E00\u4E2A\u8BF7\u6C42\uFF08\u6700\u957F\u7B49\u5230\u9501\u8D85\u65F6\uFF0C\u9ED8\u8BA4 5 \u79D2\uFF09\u3002",
    "cache-on-stream.fix.turnOff": "\u5728\u6B64 location \u4E2D\u5173\u95ED {directive}",
    "cache-on-stream.related.enabled": "{directive} \u5728\u6B64\u542F\u7528",
    // chunked-encoding-off
    "chunked-encoding-off.summary": "SSE \u4E0D\u9700\u8981 chunked_transfer_encoding off\uFF0C\u800C\u4E14\u5B83\u4F1A\u63A9\u76D6\u88AB\u622A\u65AD\u7684\u6D41",
    "chunked-encoding-off.off": "\u6B64\u5904\u5173\u95ED\u4E86 chunked_transfer_encoding\uFF08{origin}\uFF09\u3002\u4E8B\u4EF6\u6D41\u5E76\u4E0D\u9700\u8981\u8FD9\u6837\u505A\uFF1A\u4F7F\u7528\u5206\u5757\u7F16\u7801\u540C\u6837\u53EF\u4EE5\u6D41\u5F0F\u4F20\u8F93\u3002\u4E0D\u7528\u5206\u5757\u7F16\u7801\u65F6\uFF0CHTTP/1.1 \u54CD\u5E94\u53EA\u80FD\u9760\u5173\u95ED\u8FDE\u63A5\u6765\u7ED3\u675F\uFF0C\u5BA2\u6237\u7AEF\u56E0\u6B64\u5931\u53BB keepalive\uFF0C\u4E5F\u65E0\u6CD5\u518D\u533A\u5206\u5B8C\u6574\u7684\u6D41\u548C\u88AB\u622A\u65AD\u7684\u6D41\uFF08HTTP/2 \u548C HTTP/3 \u5BA2\u6237\u7AEF\u4E0D\u53D7\u5F71\u54CD\uFF09\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "chunked-encoding-off.fix.setOn": "\u5728\u6B64 location \u4E2D\u628A {directive} \u8BBE\u4E3A on",
    "chunked-encoding-off.fix.removeOff": "\u4ECE\u6B64 location \u4E2D\u5220\u9664 {directive} off",
    "chunked-encoding-off.related.setOff": "{directive} off \u5728\u6B64\u8BBE\u7F6E",
    // connection-upgrade-on-stream
    "connection-upgrade-on-stream.fix.mapIdiom": "\u901A\u8FC7 map $http_upgrade $connection_upgrade\uFF0C\u53EA\u5BF9 WebSocket \u8BF7\u6C42\u53D1\u9001 Connection: upgrade",
    "connection-upgrade-on-stream.summary": "\u4E8B\u4EF6\u6D41\u5411\u540E\u7AEF\u53D1\u9001 WebSocket \u5F0F\u7684 Connection \u5934",
    "connection-upgrade-on-stream.literal": '\u8FD9\u91CC\u7684\u6BCF\u4E2A\u8BF7\u6C42\uFF08\u5305\u62EC\u4E8B\u4EF6\u6D41\uFF09\u90FD\u5E26\u7740 "Connection: {value}" \u88AB\u4EE3\u7406\uFF08{origin}\uFF09\uFF0C\u5374\u6CA1\u6709 Upgrade \u5934\uFF1A\u540E\u7AEF\u88AB\u544A\u77E5\u8981\u5347\u7EA7\u534F\u8BAE\uFF0C\u800C\u5347\u7EA7\u6C38\u8FDC\u4E0D\u4F1A\u53D1\u751F\u3002\u5927\u591A\u6570\u670D\u52A1\u5668\u4F1A\u5FFD\u7565\u5B83\uFF0C\u4F46\u8FD9\u53EA\u662F WebSocket \u7684\u6837\u677F\u914D\u7F6E\u3002{recipe}\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002',
    "connection-upgrade-on-stream.mapUpgrade": '\u6CA1\u6709 Upgrade \u7684\u8BF7\u6C42\uFF08\u5305\u62EC\u4E8B\u4EF6\u6D41\uFF09\u90FD\u5E26\u7740 "Connection: {value}" \u88AB\u4EE3\u7406\uFF08{origin}\uFF1BUpgrade \u4E3A\u7A7A\u65F6\uFF0Cmap {source} {variable} \u7ED9\u51FA "{value}"{mapAt}\uFF09\uFF1A\u540E\u7AEF\u88AB\u544A\u77E5\u8981\u5347\u7EA7\u534F\u8BAE\uFF0C\u800C\u5347\u7EA7\u6C38\u8FDC\u4E0D\u4F1A\u53D1\u751F\u3002\u8BF7\u8865\u4E0A\u7A7A\u503C\u7684\u5206\u652F\uFF1A{idiom}\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002',
    "connection-upgrade-on-stream.client": "\u5BA2\u6237\u7AEF\u81EA\u5DF1\u7684 Connection \u5934\u88AB\u539F\u6837\u8F6C\u53D1\uFF08{origin}\uFF09\uFF1A\u540E\u7AEF\u6536\u5230\u7684\u662F keep-alive\u3001close\u3001Upgrade \u8FD8\u662F\u4EC0\u4E48\u90FD\u6CA1\u6709\uFF0C\u53D6\u51B3\u4E8E\u5BA2\u6237\u7AEF\uFF08HTTP/2 \u548C HTTP/3 \u5BA2\u6237\u7AEF\u4E0D\u53D1\u9001\u8FD9\u4E2A\u5934\uFF09\u3002{recipe}\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "connection-upgrade-on-stream.onlyWebSocket": "\u8BF7\u7528 {idiom} \u52A0\u4E0A proxy_set_header Connection $connection_upgrade;\uFF0C\u53EA\u5BF9 WebSocket \u8BF7\u6C42\u53D1\u9001\u5B83\u3002",
    "connection-upgrade-on-stream.useIdiom": "\u8BF7\u6539\u7528 {idiom} \u52A0\u4E0A proxy_set_header Connection $connection_upgrade;\u3002",
    "connection-upgrade-on-stream.mapAt": "\uFF0C\u4F4D\u4E8E {at}",
    "connection-upgrade-on-stream.mapDefault": "\uFF0C\u6765\u81EA default \u5206\u652F",
    "connection-upgrade-on-stream.related.connectionSet": "Connection \u5934\u5728\u6B64\u8BBE\u7F6E",
    "connection-upgrade-on-stream.related.emptyMapsTo": '\u7A7A\u7684 Upgrade \u5728\u6B64\u88AB\u6620\u5C04\u4E3A "{value}"',
    // cors-credentials-wildcard
    "cors-credentials-wildcard.fix.allowList": "\u6539\u4E3A\u56DE\u663E\u767D\u540D\u5355\u4E2D\u7684\u6765\u6E90\u800C\u4E0D\u662F *\uFF08\u8BF7\u628A\u793A\u4F8B\u6B63\u5219\u6539\u6210\u4F60\u7684\u6765\u6E90\uFF09",
    "cors-credentials-wildcard.summary": "Access-Control-Allow-Origin * \u4E0E Access-Control-Allow-Credentials true \u540C\u65F6\u51FA\u73B0\uFF1A\u6D4F\u89C8\u5668\u4F1A\u62D2\u7EDD",
    "cors-credentials-wildcard.wildcard": '{places} \u540C\u65F6\u53D1\u9001\u4E86 Access-Control-Allow-Origin *\uFF08{origin}\uFF09\u548C Access-Control-Allow-Credentials true\uFF08{credentials}\uFF09\u3002\u6D4F\u89C8\u5668\u4F1A\u62D2\u7EDD origin \u4E3A * \u7684\u5E26\u51ED\u636E CORS \u54CD\u5E94\uFF1A\u5E26 withCredentials \u7684 EventSource\uFF0C\u6216 credentials \u4E3A "include" \u7684 fetch\uFF0C\u90FD\u4F1A\u5F97\u5230 CORS \u9519\u8BEF\uFF0C\u62FF\u4E0D\u5230\u4EFB\u4F55\u6570\u636E\u3002{streams}{recipe}',
    "cors-credentials-wildcard.recipe": "\u8BF7\u6539\u4E3A\u56DE\u663E\u767D\u540D\u5355\u4E2D\u7684 origin\uFF1A{idiom}\uFF0C\u518D\u914D\u5408 {allowOrigin} \u548C {vary}",
    "cors-credentials-wildcard.placeCount": "{place}\uFF08{count} \u5904\uFF09",
    "cors-credentials-wildcard.streamsAffected": "\u53D7\u5F71\u54CD\u7684\u4E8B\u4EF6\u6D41\uFF1A{streams}\u3002",
    "cors-credentials-wildcard.related.credentialsSet": "Access-Control-Allow-Credentials true \u5728\u6B64\u8BBE\u7F6E",
    // cors-missing-always
    "cors-missing-always.summary": "CORS \u7684 add_header \u7F3A\u5C11 always\uFF1A\u4E8B\u4EF6\u6D41\u7684\u9519\u8BEF\u54CD\u5E94\u4F1A\u4E22\u6389 CORS \u5934",
    "cors-missing-always.missing": 'add_header {header} \u6CA1\u6709 "always"\uFF0Cnginx \u53EA\u4F1A\u628A\u5B83\u52A0\u5230 200\u3001201\u3001204\u3001206 \u548C 3xx \u54CD\u5E94\u4E0A\u3002\u5F53 {streams} \u8FD4\u56DE 401\u3001403\u3001429 \u6216 5xx \u65F6\uFF0C\u6D4F\u89C8\u5668\u62A5\u544A\u7684\u662F CORS \u9519\u8BEF\u800C\u4E0D\u662F\u72B6\u6001\u7801\uFF0CEventSource \u4E5F\u53EA\u4F1A\u89E6\u53D1 onerror\u3002',
    "cors-missing-always.theStream": "\u4E8B\u4EF6\u6D41 {streams}",
    "cors-missing-always.fix.always": "\u9519\u8BEF\u54CD\u5E94\u4E5F\u53D1\u9001\u8FD9\u4E2A CORS \u5934\uFF08\u52A0\u4E0A always\uFF09",
    // duplicate-hop-header
    "duplicate-hop-header.summary": "\u53D1\u7ED9\u540E\u7AEF\u7684\u540C\u4E00\u4E2A\u9010\u8DF3\uFF08hop-by-hop\uFF09\u5934\u88AB\u8BBE\u7F6E\u4E86\u591A\u6B21",
    "duplicate-hop-header.duplicate": "proxy_set_header {header} \u5728\u5F53\u524D {level} \u4E2D\u8BBE\u7F6E\u4E86 {count} \u6B21\uFF08{lines}\uFF09\uFF1Anginx \u4F1A\u63A5\u53D7\uFF0C\u5E76\u628A\u6BCF\u4E2A\u975E\u7A7A\u503C\u90FD\u4F5C\u4E3A\u4E00\u4E2A\u5355\u72EC\u7684\u5934\u53D1\u9001\uFF0C\u6240\u4EE5\u540E\u7AEF\u770B\u5230\u7684\u662F {sent}\u3002\u8BF7\u53EA\u4FDD\u7559\u4E00\u884C\uFF08{keep}\uFF09\u3002",
    "duplicate-hop-header.lineValue": "{at} {value}",
    "duplicate-hop-header.noneSent": "\u4E00\u4E2A\u4E5F\u6CA1\u6709",
    "duplicate-hop-header.keepEmpty": "{line}\uFF0C\u5373\u7A7A\u503C\uFF08\u6B64\u5904\u662F\u4E8B\u4EF6\u6D41\uFF09",
    "duplicate-hop-header.keepLast": "{line}\uFF0C\u5373\u6700\u540E\u4E00\u884C",
    "duplicate-hop-header.fix.keepOne": "\u53EA\u4FDD\u7559\u4E00\u884C proxy_set_header {header}",
    "duplicate-hop-header.related.alsoSet": "proxy_set_header {header} \u4E5F\u5728\u6B64\u8BBE\u7F6E",
    // gzip-event-stream
    "gzip-event-stream.fix.gzipOff": "\u5728 {place} \u4E2D\u5173\u95ED gzip",
    "gzip-event-stream.summary": "gzip \u538B\u7F29\u4E8B\u4EF6\u6D41\uFF1A\u4E0D\u7F13\u51B2\u65F6\u4E0D\u4F1A\u5EF6\u8FDF\u4E8B\u4EF6\uFF0C\u4F46\u6BCF\u6B21\u5237\u65B0\u90FD\u8017\u8D39 CPU",
    "gzip-event-stream.compressed": "gzip \u4F1A\u538B\u7F29\u8FD9\u4E2A\u4E8B\u4EF6\u6D41\uFF1Agzip \u4E3A on\uFF08{origin}\uFF09\uFF0C\u4E14 {typesLevel} \u4E2D\u7684 {types} \u653E\u884C\u4E86 text/event-stream\u3002\u5173\u95ED\u4EE3\u7406\u7F13\u51B2\u65F6\u8FD9\u4E0D\u4F1A\u6263\u4F4F\u4E8B\u4EF6\uFF0C\u56E0\u4E3A nginx \u6BCF\u6B21\u4ECE\u4E0A\u6E38\u8BFB\u53D6\u6570\u636E\u540E\u90FD\u4F1A\u5237\u65B0\u538B\u7F29\u5668\uFF1B\u4F46\u6BCF\u6B21\u5237\u65B0\u90FD\u8981\u8017\u8D39 CPU\uFF0C\u800C\u4E14\u6709\u4E9B\u5BA2\u6237\u7AEF\u548C\u4E2D\u95F4\u8BBE\u5907\u4F1A\u6263\u4F4F\u538B\u7F29\u8FC7\u7684\u6D41\u3002{recipe}\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "gzip-event-stream.recipe": "\u53EF\u4EE5\u8003\u8651\u628A text/event-stream \u4ECE gzip_types \u4E2D\u53BB\u6389\uFF0C\u6216\u5728\u8FD9\u91CC\u52A0\u4E0A `gzip off;`\u3002",
    "gzip-event-stream.related.typeList": "text/event-stream \u56E0\u8FD9\u4E2A\u5217\u8868\u800C\u88AB\u538B\u7F29",
    // http1-connection-limit
    "http1-connection-limit.summary": "\u8D70 HTTP/1.1 \u7684\u4E8B\u4EF6\u6D41\u4F1A\u78B0\u5230\u6D4F\u89C8\u5668\u6BCF\u4E2A\u4E3B\u673A\u7EA6 6 \u4E2A\u8FDE\u63A5\u7684\u4E0A\u9650",
    "http1-connection-limit.tls": "\u8FD9\u4E2A TLS server \u5728\u6CA1\u6709 HTTP/2 \u7684\u60C5\u51B5\u4E0B\u63D0\u4F9B\u4E8B\u4EF6\u6D41\uFF08{http2}\uFF09\uFF1A\u6D4F\u89C8\u5668\u5BF9\u6BCF\u4E2A\u4E3B\u673A\u53EA\u5F00\u7EA6 6 \u4E2A HTTP/1.1 \u8FDE\u63A5\uFF0C\u6BCF\u4E2A\u6253\u5F00\u7684 EventSource \u90FD\u5360\u7528\u4E00\u4E2A\uFF0C\u6240\u4EE5\u4ECE\u7B2C 7 \u4E2A\u6807\u7B7E\u9875\u8D77\uFF0C\u53D1\u5F80\u8FD9\u4E2A\u4E3B\u673A\u7684\u4E8B\u4EF6\u6D41\u548C\u666E\u901A\u8BF7\u6C42\u90FD\u8981\u6392\u961F\u7B49\u5F85\u3002HTTP/2 \u53EF\u4EE5\u5728\u4E00\u4E2A\u8FDE\u63A5\u4E0A\u627F\u8F7D\u591A\u4E2A\u6D41\u3002\u4E8B\u4EF6\u6D41\uFF1A{streams}\u3002",
    "http1-connection-limit.plain": "\u8FD9\u4E2A server \u901A\u8FC7\u660E\u6587 HTTP \u63D0\u4F9B\u4E8B\u4EF6\u6D41{h2c}\uFF1A\u6D4F\u89C8\u5668\u53EA\u5728 TLS \u4E0A\u4F7F\u7528 HTTP/2\uFF0C\u6240\u4EE5\u8FD9\u91CC\u7528\u7684\u662F HTTP/1.1\uFF0C\u6BCF\u4E2A\u4E3B\u673A\u7EA6 6 \u4E2A\u8FDE\u63A5\uFF0C\u6BCF\u4E2A\u6253\u5F00\u7684 EventSource \u90FD\u5360\u7528\u4E00\u4E2A\u3002\u5982\u679C TLS \u5728 nginx \u524D\u9762\u7684\u4EE3\u7406\u6216\u8D1F\u8F7D\u5747\u8861\u5668\u4E0A\u7EC8\u6B62\uFF0C\u5219\u4EE5\u90A3\u4E00\u5C42\u7684\u9650\u5236\u4E3A\u51C6\u3002\u4E8B\u4EF6\u6D41\uFF1A{streams}\u3002",
    "http1-connection-limit.h2c": "\uFF08\u6765\u81EA {line} \u7684\u660E\u6587 HTTP/2 \u4E0D\u4F1A\u88AB\u6D4F\u89C8\u5668\u4F7F\u7528\uFF09",
    "http1-connection-limit.noHttp2": "\u5B83\u7684\u5730\u5740\u4E0A\u6CA1\u6709 listen ... http2{via}\uFF0C\u4E5F\u6CA1\u6709\u5F00\u542F http2",
    "http1-connection-limit.via": "\uFF08{line}\uFF09",
    "http1-connection-limit.fix.http2On": "\u4E3A\u6B64 server \u5F00\u542F HTTP/2",
    "http1-connection-limit.fix.listenHttp2": "\u5728\u6B64 server \u7684 TLS listen \u884C\u4E2D\u52A0\u4E0A http2",
    // keepalive-ineffective
    "keepalive-ineffective.fix.wire": "\u8BA9 {place} \u4EE5 HTTP/1.1 \u4EE3\u7406\u5E76\u53D1\u9001\u7A7A\u7684 Connection \u5934\uFF0C\u4ECE\u800C\u4FDD\u6301\u4E0A\u6E38\u8FDE\u63A5",
    "keepalive-ineffective.summary": "\u914D\u7F6E\u4E86\u4E0A\u6E38 keepalive\uFF0C\u4F46\u8FD9\u4E2A location \u4F1A\u5173\u95ED\u6BCF\u4E2A\u4E0A\u6E38\u8FDE\u63A5",
    "keepalive-ineffective.closes": "upstream {upstream} \u4F1A\u4FDD\u7559\u7A7A\u95F2\u8FDE\u63A5\uFF08{keepalive}\uFF09\uFF0C\u4F46\u4ECE\u8FD9\u91CC\u53D1\u51FA\u7684\u8BF7\u6C42\u4F7F\u7528\u7684\u662F {reasons}\uFF0C\u6240\u4EE5\u540E\u7AEF\u4F1A\u5173\u95ED\u6BCF\u4E2A\u8FDE\u63A5\uFF0Ckeepalive \u5BF9\u8FD9\u4E9B\u8BF7\u6C42\u4E0D\u8D77\u4F5C\u7528\u3002{recipe}",
    "keepalive-ineffective.keepaliveDefault": "keepalive {value}\uFF1A{default}",
    "keepalive-ineffective.http10": "HTTP/1.0\uFF08{origin}\uFF09",
    "keepalive-ineffective.http10Default": "HTTP/1.0\uFF08proxy_http_version\uFF1A{origin}\uFF09",
    "keepalive-ineffective.closeDefault": "Connection: close\uFF08{default}\uFF1B\u6CA1\u6709\u751F\u6548\u7684 proxy_set_header Connection\uFF09",
    "keepalive-ineffective.closeLine": "Connection: {value}\uFF08{origin}\uFF09",
    "keepalive-ineffective.closeMap": 'Connection: {value}\uFF08\u7528\u4E8E\u6CA1\u6709 Upgrade \u7684\u8BF7\u6C42\uFF1B{origin}\uFF1Bmap {source} {variable} \u7ED9\u51FA "{value}"{at}\uFF09',
    "keepalive-ineffective.mapAt": "\uFF0C\u4F4D\u4E8E {at}",
    "keepalive-ineffective.adviceBefore": '\u8BF7\u5728\u4EE3\u7406\u8FD9\u4E9B\u8BF7\u6C42\u7684\u5730\u65B9\u4F7F\u7528 proxy_http_version 1.1; \u548C proxy_set_header Connection "";\uFF08\u6216\u4F7F\u7528\u7A7A\u503C\u6620\u5C04\u4E3A "" \u7684 map\uFF09\u3002',
    "keepalive-ineffective.adviceSince": "\u8BF7\u53BB\u6389 proxy_http_version 1.0 \u6216 Connection: close \u7684\u8BBE\u7F6E\uFF08\u4ECE {version} \u8D77\uFF0C\u9ED8\u8BA4\u5C31\u662F\u4E0D\u5E26 Connection \u5934\u7684 HTTP/1.1\uFF09\u3002",
    "keepalive-ineffective.related.keepaliveSet": "keepalive \u5728\u6B64\u8BBE\u7F6E",
    "keepalive-ineffective.related.keepaliveByDefault": "\u8FD9\u4E2A upstream \u5757\u9ED8\u8BA4\u4FDD\u7559\u7A7A\u95F2\u8FDE\u63A5",
    "keepalive-ineffective.related.http10Set": "proxy_http_version 1.0 \u5728\u6B64\u8BBE\u7F6E",
    "keepalive-ineffective.related.closeSet": "Connection: close \u5728\u6B64\u8BBE\u7F6E",
    "keepalive-ineffective.related.mapValue": '\u5BF9\u666E\u901A\u8BF7\u6C42\uFF0C{variable} \u4E3A "{value}"',
    // limit-rate-on-stream
    "limit-rate-on-stream.fix.noLimit": "\u53D6\u6D88 {place} \u7684 limit_rate \u9650\u901F",
    "limit-rate-on-stream.summary": "limit_rate \u5BF9\u4E0D\u7F13\u51B2\u7684\u4E8B\u4EF6\u6D41\u65E0\u6548\uFF0C\u5BF9\u7F13\u51B2\u7684\u4E8B\u4EF6\u6D41\u5219\u4F1A\u9650\u901F",
    "limit-rate-on-stream.ignored": "limit_rate {value} \u5728\u6B64\u5904\u751F\u6548\uFF08{origin}\uFF09\uFF0C\u4F46\u5BF9\u8FD9\u4E2A\u4E8B\u4EF6\u6D41\u4E0D\u8D77\u4F5C\u7528\uFF1A\u5BF9\u4E0D\u7F13\u51B2\u7684\u4E0A\u6E38\u54CD\u5E94\uFF0Cnginx \u4F1A\u5173\u95ED\u5BA2\u6237\u7AEF\u9650\u901F\uFF0C\u800C\u8FD9\u4E2A\u54CD\u5E94\u6B63\u662F\u4E0D\u7F13\u51B2\u7684\uFF08{unbuffered}\uFF09\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "limit-rate-on-stream.throttled": "limit_rate {value} \u5728\u6B64\u5904\u751F\u6548\uFF08{origin}\uFF09\uFF0C\u4E14 {because}\uFF1A\u9664\u4E86\u7F13\u51B2\u4E4B\u5916\uFF0C\u4E8B\u4EF6\u6D41\u8FD8\u88AB\u9650\u901F\u5230\u6BCF\u79D2 {value} \u5B57\u8282\uFF0C\u4E8B\u4EF6\u4F1A\u8D8A\u6765\u8D8A\u6EDE\u540E\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "limit-rate-on-stream.producedBy": "\u4E8B\u4EF6\u6D41\u7531 {by} \u4EA7\u751F\uFF0C\u5176\u8F93\u51FA\u4F1A\u88AB\u9650\u901F",
    "limit-rate-on-stream.nginxItself": "nginx \u81EA\u8EAB",
    "limit-rate-on-stream.bufferingOn": "{directive} \u4E3A on\uFF08{origin}\uFF09",
    "limit-rate-on-stream.neverBuffered": "{module} \u54CD\u5E94\u4ECE\u4E0D\u7F13\u51B2",
    "limit-rate-on-stream.related.setHere": "limit_rate {value} \u5728\u6B64\u8BBE\u7F6E",
    // lua-body-filter-on-stream
    "lua-body-filter-on-stream.fix.drop": "\u4ECE\u4E8B\u4EF6\u6D41 location \u4E2D\u5220\u9664 {directive}",
    "lua-body-filter-on-stream.fix.passThrough": "\u4E3A\u4E8B\u4EF6\u6D41 location \u8BBE\u7F6E\u4E00\u4E2A\u539F\u6837\u4F20\u9012\u6570\u636E\u5757\u7684\u7A7A body filter",
    "lua-body-filter-on-stream.summary": "body_filter_by_lua* \u628A\u4E8B\u4EF6\u6D41\u7684\u6570\u636E\u5757\u6263\u5230\u54CD\u5E94\u7ED3\u675F",
    "lua-body-filter-on-stream.holds": '{directive} \u5728\u6700\u540E\u4E00\u5757\u4E4B\u524D\u628A ngx.arg[1] \u8BBE\u4E3A nil \u6216 ""\uFF08{origin}\uFF09\uFF1A\u6BCF\u4E2A\u4E8B\u4EF6\u90FD\u88AB\u6263\u5728\u8FC7\u6EE4\u5668\u91CC\uFF0C\u6574\u4E2A\u4E8B\u4EF6\u6D41\u5728\u7ED3\u675F\u65F6\u624D\u4E00\u6B21\u6027\u5230\u8FBE\u5BA2\u6237\u7AEF\uFF0C\u4E0E proxy_buffering \u7684\u8BBE\u7F6E\u65E0\u5173\u3002\u8BF7\u628A\u6BCF\u4E00\u5757\u539F\u6837\u4F20\u4E0B\u53BB\uFF08\u5982\u679C\u9700\u8981\u5B8C\u6574\u7684\u54CD\u5E94\u4F53\uFF0C\u53EF\u4EE5\u53E6\u5B58\u4E00\u4EFD\u526F\u672C\uFF09\uFF0C\u6216\u8005\u4E0D\u8981\u5728\u8FD9\u4E2A location \u4E0A\u4F7F\u7528\u8BE5\u8FC7\u6EE4\u5668\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002',
    "lua-body-filter-on-stream.conditional": '{directive} \u4F1A\u5BF9\u90E8\u5206\u54CD\u5E94\u6263\u4F4F\u6570\u636E\u5757\uFF08{origin}\uFF1A\u5B83\u628A ngx.arg[1] \u8BBE\u4E3A nil \u6216 ""\uFF0C\u5E76\u68C0\u67E5 text/event-stream\uFF09\uFF1B\u8BF7\u786E\u8BA4\u4E8B\u4EF6\u6D41\u662F\u9010\u5757\u4F20\u4E0B\u53BB\u7684\uFF0C\u5426\u5219\u5B83\u4F1A\u5728\u7ED3\u675F\u65F6\u4E00\u6B21\u6027\u5230\u8FBE\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002',
    "lua-body-filter-on-stream.rewrites": "{directive} \u4F1A\u66FF\u6362\u8FD9\u4E2A\u4E8B\u4EF6\u6D41\u7684\u6570\u636E\u5757\uFF08{origin}\uFF09\uFF1B\u8BF7\u786E\u8BA4\u5B83\u5728\u6BCF\u4E2A\u4E8B\u4EF6\u5230\u6765\u65F6\u5C31\u628A\u5B83\u4F20\u4E0B\u53BB\uFF1A\u628A\u6570\u636E\u5757\u6263\u5230\u6700\u540E\u7684\u8FC7\u6EE4\u5668\u4F1A\u8BA9\u4E8B\u4EF6\u6D41\u4E00\u6B21\u6027\u5230\u8FBE\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "lua-body-filter-on-stream.opaque": "{directive} \u4F1A\u5904\u7406\u8FD9\u4E2A\u4E8B\u4EF6\u6D41\u7684\u6BCF\u4E00\u5757\u6570\u636E\uFF08{origin}\uFF09\uFF0C\u5E76\u8C03\u7528\u4E86 sse-lint \u65E0\u6CD5\u8BFB\u53D6\u7684\u4EE3\u7801\uFF1B\u6536\u96C6\u6570\u636E\u5757\uFF08\u4E3A\u4E86\u8BB0\u5F55\u65E5\u5FD7\u6216\u7EDF\u8BA1\u6574\u4E2A\u54CD\u5E94\u4F53\uFF09\u3001\u76F4\u5230\u6700\u540E\u624D\u4F20\u4E0B\u53BB\u7684\u8FC7\u6EE4\u5668\u4F1A\u8BA9\u4E8B\u4EF6\u6D41\u4E00\u6B21\u6027\u5230\u8FBE\u3002\u8BF7\u786E\u8BA4\u5B83\u628A\u6BCF\u4E00\u5757\u90FD\u4F20\u4E0B\u53BB\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "lua-body-filter-on-stream.related.filterSet": "\u751F\u6548\u7684 body filter \u5728\u6B64\u8BBE\u7F6E",
    // lua-http10-buffering
    "lua-http10-buffering.summary": "ngx_lua \u4E8B\u4EF6\u6D41\u5728 HTTP/1.0 \u8BF7\u6C42\u4E0B\u4F1A\u88AB\u6574\u4E2A\u7F13\u51B2",
    "lua-http10-buffering.on": "lua_http10_buffering \u5728\u6B64\u5904\u4E3A on\uFF08{origin}\uFF09\uFF1A\u5BF9\u4E8E HTTP/1.0 \u8BF7\u6C42\uFF08\u4F8B\u5982 1.29.7 \u4E4B\u524D\u7684 nginx \u4EE5\u9ED8\u8BA4\u7684 proxy_http_version 1.0 \u4EE3\u7406\u5230\u8FD9\u91CC\u7684\u8BF7\u6C42\uFF09\uFF0Cngx_lua \u4F1A\u7F13\u51B2\u5168\u90E8\u8F93\u51FA\u6765\u8BA1\u7B97 Content-Length\uFF0Cngx.flush \u4E5F\u4E0D\u8D77\u4F5C\u7528\uFF0C\u4E8E\u662F\u6574\u4E2A\u4E8B\u4EF6\u6D41\u5728\u6700\u540E\u4E00\u6B21\u6027\u5230\u8FBE\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "lua-http10-buffering.fix.turnOff": "\u4E3A\u6B64\u4E8B\u4EF6\u6D41\u5173\u95ED {directive}",
    "lua-http10-buffering.related.setOn": "{directive} on \u5728\u6B64\u8BBE\u7F6E",
    // proxy-set-header-redefinition
    "proxy-set-header-redefinition.summary": "\u4E0B\u5C42\u7EA7\u4E2D\u7684 proxy_set_header\uFF08\u6216 fastcgi_param \u7B49\uFF09\u4F1A\u4E22\u6389\u6240\u6709\u7EE7\u627F\u6765\u7684\u884C",
    "proxy-set-header-redefinition.lost": "\u5F53\u524D {level} \u4E2D\u7684 {directive} \u66FF\u6362\u4E86\u7EE7\u627F\u6765\u7684 {directive} \u5217\u8868\uFF0C\u4E0A\u5C42\u8BBE\u7F6E\u7684 {count} \u884C\u5728\u8FD9\u91CC\u4E0D\u751F\u6548\uFF0C{what}\uFF1A{lost}\u3002nginx \u53EA\u4F1A\u628A {directive} \u7EE7\u627F\u5230\u81EA\u8EAB\u6CA1\u6709 {directive} \u7684\u5C42\u7EA7\u3002{stream}\u8BF7\u5728\u8FD9\u91CC\u91CD\u590D\u8FD9\u4E9B\u884C\uFF0C\u6216\u8005\u628A\u5B83\u4EEC\u653E\u8FDB\u6BCF\u4E00\u5C42\u90FD include \u7684\u7247\u6BB5\u6587\u4EF6\u3002",
    "proxy-set-header-redefinition.lostProxied": "\u88AB\u4EE3\u7406\u7684\u8BF7\u6C42\u4E0D\u518D\u5E26\u6709\u8FD9\u4E9B\u5934",
    "proxy-set-header-redefinition.lostGrpc": "gRPC \u8BF7\u6C42\u4E0D\u518D\u5E26\u6709\u8FD9\u4E9B\u5934",
    "proxy-set-header-redefinition.lostFastcgi": "FastCGI \u5E94\u7528\u4E0D\u518D\u6536\u5230\u8FD9\u4E9B\u53C2\u6570",
    "proxy-set-header-redefinition.lostUwsgi": "uwsgi \u5E94\u7528\u4E0D\u518D\u6536\u5230\u8FD9\u4E9B\u53C2\u6570",
    "proxy-set-header-redefinition.lostScgi": "SCGI \u5E94\u7528\u4E0D\u518D\u6536\u5230\u8FD9\u4E9B\u53C2\u6570",
    "proxy-set-header-redefinition.streamLocation": "\u8FD9\u662F\u4E8B\u4EF6\u6D41 location\uFF08{why}\uFF09\u3002",
    "proxy-set-header-redefinition.fix.repeat": "\u5728\u5F53\u524D {level} \u4E2D\u91CD\u590D\u7EE7\u627F\u6765\u7684 {count} \u884C {directive}",
    "proxy-set-header-redefinition.related.notApplied": "\u5728 {level} \u4E2D\u4E0D\u751F\u6548",
    // read-timeout-short
    "read-timeout-short.summary": "\u4E0A\u6E38\u8BFB\u8D85\u65F6\u4F1A\u5207\u65AD\u9759\u9ED8\u4E00\u5206\u949F\u6216\u66F4\u77ED\u65F6\u95F4\u7684\u4E8B\u4EF6\u6D41",
    "read-timeout-short.short": "{directive} \u5728\u6B64\u5904\u4E3A {value}\uFF08{origin}\uFF09\uFF1A\u9759\u9ED8\u8D85\u8FC7 {seconds} \u79D2\u7684\u4E8B\u4EF6\u6D41\u4F1A\u88AB\u5207\u65AD\uFF0C\u5BA2\u6237\u7AEF\u770B\u5230\u7684\u662F\u88AB\u622A\u65AD\u7684\u54CD\u5E94\uFF0C\u968F\u540E\u91CD\u65B0\u8FDE\u63A5\u3002\u8BF7\u8BA9\u540E\u7AEF\u4EE5\u77ED\u4E8E {seconds} \u79D2\u7684\u95F4\u9694\u53D1\u9001\u5FC3\u8DF3\u6CE8\u91CA\uFF0C\u6216\u8005\u8C03\u5927\u8FD9\u4E2A\u8D85\u65F6\uFF1B\u5B83\u540C\u65F6\u4E5F\u9650\u5236\u4E86\u7B49\u5F85\u7B2C\u4E00\u4E2A\u54CD\u5E94\u5934\u7684\u65F6\u95F4\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "read-timeout-short.fix.raise": "\u5728\u6B64 location \u4E2D\u628A {directive} \u8BBE\u4E3A {value}",
    "read-timeout-short.related.setHere": "{line} \u5728\u6B64\u8BBE\u7F6E",
    // read-timeout-zero
    "read-timeout-zero.summary": "\u8BFB\u8D85\u65F6\u8BBE\u4E3A 0 \u4F1A\u8BA9\u6BCF\u4E2A\u8BF7\u6C42\u90FD\u4EE5 504 \u5931\u8D25",
    "read-timeout-zero.zero": "{directive} {value} \u5E76\u4E0D\u4F1A\u5173\u95ED\u8D85\u65F6\uFF1Anginx \u4F1A\u7ACB\u5373\u8D85\u65F6\uFF0C\u5BF9\u8FD9\u91CC\u7684\u6BCF\u4E2A\u8BF7\u6C42\u90FD\u8FD4\u56DE 504",
    "read-timeout-zero.fix.set": "\u628A {directive} \u8BBE\u4E3A {value}",
    // stream-capacity
    "stream-capacity.fix.raise": "\u628A worker_connections \u63D0\u9AD8\u5230 {value}",
    "stream-capacity.summary": "worker \u8FDE\u63A5\u8BBE\u7F6E\u6240\u80FD\u5BB9\u7EB3\u7684\u5E76\u53D1\u4E8B\u4EF6\u6D41\u6570\u91CF",
    "stream-capacity.total": "\u5927\u7EA6\u53EF\u5BB9\u7EB3 {capacity} \u4E2A\u5E76\u53D1\u4E8B\u4EF6\u6D41\uFF1A{formula}\uFF08{sources}\uFF09\u3002{tail}",
    "stream-capacity.perWorker": "worker_processes \u4E3A auto\uFF08\u6BCF\u4E2A CPU \u6838\u5FC3\u4E00\u4E2A worker\uFF0C\u6838\u5FC3\u6570\u5728\u8FD9\u91CC\u65E0\u4ECE\u5F97\u77E5\uFF09\uFF1A\u6BCF\u4E2A worker \u5927\u7EA6\u53EF\u5BB9\u7EB3 {capacity} \u4E2A\u5E76\u53D1\u4E8B\u4EF6\u6D41\uFF1A{formula}\uFF08{sources}\uFF09\u3002{tail}",
    "stream-capacity.belowExpected": "\u5927\u7EA6\u53EA\u80FD\u5BB9\u7EB3 {capacity} \u4E2A\u5E76\u53D1\u4E8B\u4EF6\u6D41\uFF0C\u5C11\u4E8E\u9884\u671F\u7684 {expected} \u4E2A\uFF1A{formula}\uFF08{sources}\uFF09\u3002{tail}",
    "stream-capacity.formula": "{workers}\uFF08{slots} - {sockets} \u4E2A\u76D1\u542C\u5957\u63A5\u5B57 - 1 \u4E2A master \u901A\u9053\uFF09\xF7 \u6BCF\u4E2A\u4E8B\u4EF6\u6D41 2 \u4E2A\u8FDE\u63A5",
    "stream-capacity.workersTimes": "{count} \u4E2A worker \xD7",
    "stream-capacity.slotsConnections": "{connections} worker_connections",
    "stream-capacity.slotsRlimit": "{rlimit}\uFF08worker_rlimit_nofile\uFF0C\u4F4E\u4E8E {connections} worker_connections\uFF09",
    "stream-capacity.notSet": "{directive} \u672A\u8BBE\u7F6E\uFF1A{default} {value}",
    "stream-capacity.noEvents": "\u6240\u68C0\u67E5\u7684\u6587\u4EF6\u4E2D\u6CA1\u6709 events \u5757\uFF0C\u4E3B nginx.conf \u53EF\u80FD\u8BBE\u7F6E\u4E86\u5B83",
    "stream-capacity.twoConnections": "\u88AB\u4EE3\u7406\u7684\u4E8B\u4EF6\u6D41\u5728\u6253\u5F00\u671F\u95F4\u4E00\u76F4\u5360\u7528\u4E24\u4E2A worker \u8FDE\u63A5\uFF08\u5BA2\u6237\u7AEF\u4E00\u4E2A\uFF0C\u4E0A\u6E38\u4E00\u4E2A\uFF09\uFF1B\u8D85\u8FC7\u4E0A\u9650\u65F6 nginx \u4F1A\u8BB0\u5F55 {log} \u5E76\u91CD\u7F6E\u65B0\u8FDE\u63A5\u3002",
    "stream-capacity.rlimitBelow": "worker_rlimit_nofile {rlimit} \u4F4E\u4E8E worker_connections {connections}\uFF0C\u6BCF\u4E2A worker \u4F1A\u5148\u8017\u5C3D\u6587\u4EF6\u63CF\u8FF0\u7B26\uFF1B\u8BF7\u628A\u5B83\u8C03\u5230\u9AD8\u4E8E worker_connections\uFF08\u65E5\u5FD7\u548C\u6253\u5F00\u7684\u6587\u4EF6\u4E5F\u9700\u8981\u6587\u4EF6\u63CF\u8FF0\u7B26\uFF09\u3002",
    "stream-capacity.osLimit": "\u6CA1\u6709\u8BBE\u7F6E worker_rlimit_nofile \u65F6\uFF0C\u64CD\u4F5C\u7CFB\u7EDF\u7684\u6253\u5F00\u6587\u4EF6\u6570\u4E0A\u9650\uFF08\u901A\u5E38\u4E3A 1024\uFF09\u53EF\u80FD\u5148\u9650\u5236\u4F4F\u6BCF\u4E2A worker\u3002",
    "stream-capacity.workersNeeded": "\u9884\u671F\u7684 {expected} \u4E2A\u4E8B\u4EF6\u6D41\u81F3\u5C11\u9700\u8981 {workers} \u4E2A worker \u8FDB\u7A0B\uFF08CPU \u6838\u5FC3\uFF09\u3002",
    "stream-capacity.streamLocations": "\u4E8B\u4EF6\u6D41 location\uFF1A{count} \u4E2A\uFF08{list}\uFF09\u3002",
    "stream-capacity.related.workerProcesses": "worker \u8FDB\u7A0B\u6570",
    "stream-capacity.related.firstStream": "\u7B2C\u4E00\u4E2A\u4E8B\u4EF6\u6D41 location",
    // upstream-http10
    "upstream-http10.summary": "\u4E8B\u4EF6\u6D41\u901A\u8FC7 HTTP/1.0 \u4EE3\u7406",
    "upstream-http10.http10": "proxy_http_version \u5728\u6B64\u5904\u4E3A 1.0\uFF08{origin}\uFF09{assumed}\uFF1A\u540E\u7AEF\u6536\u5230\u7684\u662F HTTP/1.0 \u8BF7\u6C42\uFF0C\u56E0\u6B64\u4E0D\u80FD\u4F7F\u7528\u5206\u5757\u7F16\u7801\uFF0C\u4E5F\u6CA1\u6709 keepalive\uFF1B\u800C\u9488\u5BF9 HTTP/1.0 \u5BA2\u6237\u7AEF\u505A\u7F13\u51B2\u7684\u540E\u7AEF\uFF08\u5F00\u542F\u4E86 lua_http10_buffering \u7684 ngx_lua\u3001\u9700\u8981\u8BA1\u7B97 Content-Length \u7684\u670D\u52A1\u5668\uFF09\u4F1A\u7B49\u5230\u6700\u540E\u624D\u628A\u6574\u4E2A\u4E8B\u4EF6\u6D41\u53D1\u51FA\u6765\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "upstream-http10.lua": "proxy_http_version \u5728\u6B64\u5904\u4E3A 1.0\uFF08{origin}\uFF09{assumed}\uFF0C\u800C\u540E\u7AEF {address} \u662F {luaLocation}\uFF08{luaWhere}\uFF09\uFF0C\u7531 {luaDirective} \u5904\u7406\uFF0C\u4E14 lua_http10_buffering \u4E3A on\uFF08{luaOrigin}\uFF09\uFF1A\u5BF9 HTTP/1.0 \u8BF7\u6C42\uFF0Cngx_lua \u4F1A\u7F13\u51B2\u6574\u4E2A\u54CD\u5E94\uFF0Cngx.flush \u4E5F\u4E0D\u8D77\u4F5C\u7528\uFF0C\u4E8E\u662F\u6574\u4E2A\u4E8B\u4EF6\u6D41\u5728\u6700\u540E\u4E00\u6B21\u6027\u5230\u8FBE\u3002\u4E8B\u4EF6\u6D41\u5224\u5B9A\u4F9D\u636E\uFF1A{why}\u3002",
    "upstream-http10.assumed": "\uFF1B\u8FD9\u662F {version} \u4E4B\u524D\u7684\u9ED8\u8BA4\u503C\uFF0C\u56E0\u4E3A\u6CA1\u6709\u6307\u5B9A --nginx-version \u800C\u6309\u6B64\u5047\u5B9A",
    "upstream-http10.fix.http11": "\u6539\u7528 HTTP/1.1 \u4EE3\u7406\u6B64\u4E8B\u4EF6\u6D41",
    "upstream-http10.related.http10Set": "proxy_http_version 1.0 \u5728\u6B64\u8BBE\u7F6E",
    "upstream-http10.related.luaServes": "{directive} \u5728\u6B64\u5904\u7406\u88AB\u4EE3\u7406\u7684\u8BF7\u6C42"
  };
}

// src/i18n/index.ts
function parseLocale(name) {
  const n = name.trim().replace(/[.@].*$/, "").replace(/_/g, "-").toLowerCase();
  if (n === "c" || n === "posix" || n === "en" || n.startsWith("en-")) return "en";
  if (n === "zh" || n === "zh-cn" || n === "zh-sg" || n === "zh-hans" || n.startsWith("zh-hans-")) return "zh-CN";
  return null;
}
function englishTemplate(key) {
  if (key.startsWith("cli.")) return EN_CLI[key];
  if (key.startsWith("msg.")) return englishFindingsTemplate(key);
  const dot = key.indexOf(".");
  const rule = dot > 0 ? ruleById(key.slice(0, dot)) : void 0;
  return rule ? metaTemplate(rule.meta, key.slice(dot + 1)) : void 0;
}
function template(locale, key) {
  if (locale === "zh-CN") return zhCNFindings()[key] ?? zhCN()[key] ?? englishTemplate(key);
  return englishTemplate(key);
}
function findingRenderer(locale) {
  return { locale, lookup: (key) => template(locale, key) };
}
function t(locale, key, data = {}) {
  const tpl = template(locale, key);
  if (tpl === void 0) throw new Error(`no message "${key}" (add it to src/i18n/en.ts, or it is not a rule's message id)`);
  return fillTemplate(tpl, data);
}

// src/engine/config/types.ts
var CONFIG_FILES = ["sse-lint.config.json", ".sse-lintrc.json"];
var PACKAGE_KEY = "sse-lint";

// src/util/read-file.ts
import * as fs from "node:fs";
import * as nodePath2 from "node:path";
var heapLimit;
function heapSizeLimit() {
  return heapLimit ??= process.getBuiltinModule("node:v8").getHeapStatistics().heap_size_limit;
}
function maxReadBytes() {
  return Math.min(32 * 1024 * 1024, Math.floor(heapSizeLimit() / 80));
}
function maxRunStatements() {
  return Math.min(4e6, Math.floor(heapSizeLimit() / 1e3));
}
var SURE_READ_BYTES = 64 * 1024;
var SURE_RUN_STATEMENTS = 4096;
function overReadCap(bytes, maxBytes) {
  return maxBytes !== void 0 ? bytes > maxBytes : bytes > SURE_READ_BYTES && bytes > maxReadBytes();
}
var REASONS = {
  directory: "is a directory; sse-lint reads only regular files",
  fifo: "is a FIFO (named pipe); sse-lint reads only regular files",
  device: "is a device; sse-lint reads only regular files",
  socket: "is a socket; sse-lint reads only regular files",
  "not-regular": "is not a regular file (it changed while it was opened); sse-lint reads only regular files",
  "kernel-fs": "is on a kernel file system (/proc, /sys); sse-lint does not read it"
};
var ReadRefusedError = class extends Error {
  constructor(path, kind, limit) {
    const mb = kind === "too-large" || kind === "run-too-large" ? Math.ceil((limit ??= maxReadBytes()) / (1024 * 1024)) : 0;
    const reason2 = kind === "too-large" ? `is larger than ${mb} MB, the most sse-lint reads` : kind === "run-too-large" ? `makes the config files of this run add up to more than ${mb} MB, the most sse-lint reads at once` : REASONS[kind];
    super(`${path}: ${reason2}`);
    this.path = path;
    this.kind = kind;
    this.name = "ReadRefusedError";
    this.reason = reason2;
    this.code = kind === "kernel-fs" ? "EKERNELFS" : kind === "too-large" || kind === "run-too-large" ? "EFBIG" : "ENOTREG";
    this.#limit = limit;
  }
  path;
  kind;
  code;
  reason;
  #limit;
  /** The size cap it was refused under (maxReadBytes() unless the reader gave its own), in every kind's message data. */
  get limit() {
    return this.#limit ??= maxReadBytes();
  }
};
var KERNEL_FS = /* @__PURE__ */ new Set([
  40864,
  1650812274,
  1684170528,
  1935894131,
  1953653091,
  2613483,
  1667723888,
  3405662737,
  3730735588,
  1650812272,
  1634035564,
  4185718668
]);
var KERNEL_DIRS = ["/proc", "/sys"];
function onKernelFs(path, dev, byDev) {
  let real = path;
  try {
    real = fs.realpathSync.native(path);
  } catch {
  }
  if (KERNEL_DIRS.some((d) => real === d || real.startsWith(`${d}/`))) return true;
  const known = dev !== void 0 ? byDev?.get(dev) : void 0;
  if (known !== void 0) return known;
  let kernel;
  try {
    kernel = KERNEL_FS.has(Number(fs.statfsSync(real).type) >>> 0);
  } catch {
    return false;
  }
  if (dev !== void 0) byDev?.set(dev, kernel);
  return kernel;
}
function refusedByName(path) {
  const p = nodePath2.posix.normalize(path);
  if (/^\/+(proc|sys)(\/|$)/.test(p)) return "kernel-fs";
  if (/^\/+dev(\/|$)/.test(p)) return "device";
  return null;
}
function kindOf(st) {
  if (st.isDirectory()) return "directory";
  if (st.isFIFO()) return "fifo";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "device";
  if (st.isSocket()) return "socket";
  return "not-regular";
}
function readRegularFile(path, maxBytes, hints = {}) {
  const st = hints.stat ?? fs.statSync(path);
  if (!st.isFile()) throw new ReadRefusedError(path, kindOf(st));
  if (onKernelFs(path, st.dev, hints.kernelByDev)) throw new ReadRefusedError(path, "kernel-fs");
  if (overReadCap(st.size, maxBytes)) throw new ReadRefusedError(path, "too-large", maxBytes);
  const fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOCTTY);
  try {
    const now = fs.fstatSync(fd);
    if (!now.isFile() || now.ino !== st.ino || now.dev !== st.dev) {
      throw new ReadRefusedError(path, "not-regular");
    }
    return readCapped(fd, path, maxBytes, now.size);
  } finally {
    fs.closeSync(fd);
  }
}
function readCapped(fd, path, maxBytes, sizeHint) {
  const room = (n) => overReadCap(n - 1, maxBytes) ? (maxBytes ?? maxReadBytes()) + 1 : n;
  let buf = Buffer.allocUnsafe(room(sizeHint > 0 ? sizeHint + 1 : 64 * 1024));
  let total = 0;
  for (; ; ) {
    if (total === buf.length) {
      const more = Buffer.allocUnsafe(room(buf.length * 2));
      buf.copy(more, 0, 0, total);
      buf = more;
    }
    let n;
    try {
      n = fs.readSync(fd, buf, total, buf.length - total, null);
    } catch (e) {
      if (e.code === "EAGAIN") {
        waitReadable();
        continue;
      }
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (overReadCap(total, maxBytes)) throw new ReadRefusedError(path, "too-large", maxBytes);
  }
  return buf.length - total <= 1 ? buf.subarray(0, total) : Buffer.from(buf.subarray(0, total));
}
var sleeper = new Int32Array(new SharedArrayBuffer(4));
function waitReadable() {
  Atomics.wait(sleeper, 0, 0, 5);
}

// src/i18n/reasons.ts
var CODES = {
  ENOENT: "cli.reason.noDirectory",
  EACCES: "cli.reason.permission",
  EPERM: "cli.reason.permission",
  EISDIR: "cli.reason.isDirectory",
  ENOSPC: "cli.reason.noSpace",
  EROFS: "cli.reason.readOnly"
};
function readErrorReason(e, locale) {
  if (e instanceof ReadRefusedError) return t(locale, `cli.reason.refused.${e.kind}`, refusedData(e));
  const key = CODES[e?.code ?? ""];
  return key ? t(locale, key) : e?.message ?? String(e);
}
function refusedData(e) {
  return { max: Math.ceil(e.limit / (1024 * 1024)) };
}

// src/engine/json-source.ts
function jsonProblemText(p, locale) {
  if (p.found === void 0) return t(locale, p.key, p.data);
  return t(locale, p.key, { ...p.data, found: p.found === null ? t(locale, "cli.json.endOfFile") : `"${p.found}"` });
}
var JsonSyntaxError = class extends Error {
  constructor(problem, offset) {
    super(jsonProblemText(problem, "en"));
    this.problem = problem;
    this.offset = offset;
  }
  problem;
  offset;
};
function pointerSegment(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function lineColumn(text, offset) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
var MAX_JSON_DEPTH = 256;
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function parseJson(text) {
  const locations = /* @__PURE__ */ new Map();
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  const fail = (key, data = {}, at = i) => {
    throw new JsonSyntaxError({ key, data }, at);
  };
  const failFound = (key, data = {}) => {
    throw new JsonSyntaxError({ key, data, found: i >= text.length ? null : text[i] }, i);
  };
  const skip = () => {
    for (; ; ) {
      const c = text[i];
      if (c === " " || c === "	" || c === "\n" || c === "\r") i++;
      else if (c === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) fail("cli.json.comments");
      else return;
    }
  };
  const string = () => {
    const start = i;
    i++;
    for (; ; ) {
      if (i >= text.length) fail("cli.json.unterminated", {}, start);
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) fail(c === 10 ? "cli.json.lineBreak" : "cli.json.control");
      if (c === 92) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("cli.json.unicodeEscape");
          i += 6;
          continue;
        }
        if (e === void 0 || !'"\\/bfnrt'.includes(e)) fail("cli.json.escape", { escape: `\\${e ?? ""}` });
        i += 2;
        continue;
      }
      i++;
    }
    i++;
    return JSON.parse(text.slice(start, i));
  };
  let depth = 0;
  const value = (pointer, key) => {
    skip();
    if (depth > MAX_JSON_DEPTH) fail("cli.json.depth", { max: MAX_JSON_DEPTH });
    locations.set(pointer, key === void 0 ? { value: i } : { key, value: i });
    const c = text[i];
    if (c === "{" || c === "[") depth++;
    try {
      return compound(c, pointer);
    } finally {
      if (c === "{" || c === "[") depth--;
    }
  };
  const compound = (c, pointer) => {
    if (c === "{") {
      i++;
      const obj = {};
      skip();
      if (text[i] === "}") {
        i++;
        return obj;
      }
      for (; ; ) {
        skip();
        if (text[i] !== '"') text[i] === "}" ? fail("cli.json.trailingComma", { close: "}" }) : failFound("cli.json.expectedKey");
        const at = i;
        const k = string();
        skip();
        if (text[i] !== ":") failFound("cli.json.expectedColon", { key: k });
        i++;
        Object.defineProperty(obj, k, { value: value(`${pointer}/${pointerSegment(k)}`, at), enumerable: true, writable: true, configurable: true });
        skip();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return obj;
        }
        failFound("cli.json.expectedCommaMember", { key: k });
      }
    }
    if (c === "[") {
      i++;
      const arr = [];
      skip();
      if (text[i] === "]") {
        i++;
        return arr;
      }
      for (; ; ) {
        skip();
        if (text[i] === "]") fail("cli.json.trailingComma", { close: "]" });
        arr.push(value(`${pointer}/${arr.length}`));
        skip();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return arr;
        }
        failFound("cli.json.expectedCommaItem");
      }
    }
    if (c === '"') return string();
    for (const [word, v2] of [["true", true], ["false", false], ["null", null]]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v2;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m && m[0] !== "-") {
      i += m[0].length;
      return Number(m[0]);
    }
    if (c === "'") fail("cli.json.singleQuotes");
    return failFound("cli.json.unexpected");
  };
  const v = value("");
  skip();
  if (i < text.length) failFound("cli.json.afterValue");
  return { value: v, locations };
}

// src/engine/config/errors.ts
var ConfigError = class extends Error {
  constructor(file, issues) {
    super(`${file}: ${issues.map((i) => issueText("en", file, i)).join("\n")}`);
    this.file = file;
    this.issues = issues;
    this.name = "ConfigError";
  }
  file;
  issues;
};
function issueText(locale, file, issue) {
  const where = issue.line !== void 0 ? `${file}:${issue.line}:${issue.column}: ` : "";
  const pointer = issue.pointer ? `${issue.pointer}: ` : "";
  return `${where}${pointer}${t(locale, issue.key, issueData(issue, locale))}`;
}
function issueData(issue, locale) {
  if (issue.detail) return { ...issue.data, message: jsonProblemText(issue.detail, locale) };
  if (issue.cause !== void 0) return { ...issue.data, message: readErrorReason(issue.cause, locale) };
  return issue.data;
}
function formatConfigError(e, locale = "en") {
  const only = e.issues.length === 1 ? e.issues[0] : null;
  if (only && (only.key === "cli.config.notFound" || only.key === "cli.config.unreadable")) return `${t(locale, only.key, issueData(only, locale))}
`;
  const lines = e.issues.map((i) => `  ${issueText(locale, e.file, i)}`);
  return `${t(locale, "cli.config.invalid", { file: e.file })}
${lines.join("\n")}
`;
}

// src/engine/config/load.ts
import * as nodeFs from "node:fs";
import * as nodePath3 from "node:path";

// src/generated/validate-config.js
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var require_ucs2length = __commonJS({ "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
  "use strict";
  Object.defineProperty(exports, "__esModule", { value: true });
  function ucs2length(str) {
    let len = str.length, length = 0, pos = 0, value;
    for (; pos < len; ) length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
    return length;
  }
  exports.default = ucs2length;
  ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
} });
var require_validate_config = __commonJS({ "validate-config.cjs"(exports, module) {
  module.exports = validate21;
  module.exports.default = validate21;
  var schema6 = { $schema: "http://json-schema.org/draft-07/schema#", title: "sse-lint configuration", description: 'sse-lint.config.json, .sse-lintrc.json, or the "sse-lint" key of package.json. Generated by scripts/gen-validator.mjs from the rule registry; do not edit by hand.', type: "object", properties: { $schema: { type: "string", description: "Where editors find this schema." }, $comment: { $ref: "#/definitions/comment" }, preset: { type: "string", enum: ["1panel", "debian", "npm", "apisix"], description: "1panel: 1Panel OpenResty: maps the container paths /www and /usr/local/openresty/... to the host app directory the linted files are in. debian: Debian/Ubuntu layout: when the linted files are a copy of /etc/nginx, include paths under /etc/nginx are read from that copy. npm: Nginx Proxy Manager: reserved name, no effect yet. apisix: Apache APISIX: reserved name, no effect yet" }, nginxVersion: { type: "string", pattern: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$", description: 'Target nginx (or OpenResty core) version, e.g. 1.24.0. Some defaults changed in 1.29.7; unset means "assume before 1.29.7".' }, streams: { type: "array", items: { type: "string", minLength: 1 }, description: "Location paths that carry event streams, as written in location blocks: * matches within one path segment, ** across segments. Declaring streams turns findings on guessed ones into notes." }, notStreams: { type: "array", items: { type: "string", minLength: 1 }, description: "Location paths that never carry event streams, whatever their path or settings suggest (same patterns as streams). A --route or a # sse-lint: stream comment still wins." }, rules: { type: "object", description: 'Per-rule level ("off", "info", "warning", "error") or [level, options].', properties: { $comment: { $ref: "#/definitions/comment" }, "accel-buffering-ignored": { description: "X-Accel-Buffering is ignored on a buffered stream, so the backend cannot switch buffering off (default: error)", $ref: "#/definitions/setting" }, "accel-buffering-request-header": { description: "X-Accel-Buffering set as a request header to the backend has no effect on buffering (default: warning)", $ref: "#/definitions/setting" }, "accel-buffering-response-header": { description: "X-Accel-Buffering on the client response does not change this nginx's buffering (default: info)", $ref: "#/definitions/setting" }, "add-header-in-if": { description: "add_header inside if drops the outer add_header lines when the condition matches (default: warning)", $ref: "#/definitions/setting" }, "add-header-redefinition": { description: "add_header in a nested level drops every inherited add_header (default: warning)", $ref: "#/definitions/setting" }, "body-filter-on-stream": { description: "sub_filter, SSI or add_before_body/add_after_body rewrite event-stream payloads (default: warning)", $ref: "#/definitions/setting" }, "buffering-on": { description: "Response buffering holds event-stream data back (default: error)", $ref: "#/definitions/setting" }, "cache-on-stream": { description: "A response cache on a buffered event stream can store it and replay old events (default: error)", $ref: "#/definitions/setting" }, "chunked-encoding-off": { description: "chunked_transfer_encoding off is not needed for SSE and hides truncated streams (default: info)", $ref: "#/definitions/setting" }, "connection-upgrade-on-stream": { description: "A stream sends WebSocket-style Connection headers to the backend (default: info)", $ref: "#/definitions/setting" }, "cors-credentials-wildcard": { description: "Access-Control-Allow-Origin * with Access-Control-Allow-Credentials true: browsers reject it (default: error)", $ref: "#/definitions/setting" }, "cors-missing-always": { description: "CORS add_header without always: error responses of a stream lose their CORS headers (default: warning)", $ref: "#/definitions/setting" }, "duplicate-hop-header": { description: "A hop-by-hop header is set more than once for the backend (default: warning)", $ref: "#/definitions/setting" }, "gzip-event-stream": { description: "gzip compresses event streams: no delay when unbuffered, but CPU on every flush (default: info)", $ref: "#/definitions/setting" }, "http1-connection-limit": { description: "Event streams over HTTP/1.1 run into the browser limit of about six connections per host (default: warning)", $ref: "#/definitions/setting" }, "keepalive-ineffective": { description: "Upstream keepalive is configured but this location closes every upstream connection (default: info)", $ref: "#/definitions/setting" }, "limit-rate-on-stream": { description: "limit_rate does nothing for unbuffered streams and throttles buffered ones (default: info)", $ref: "#/definitions/setting" }, "lua-body-filter-on-stream": { description: "A body_filter_by_lua* holds event-stream chunks back until the response ends (default: warning)", $ref: "#/definitions/setting" }, "lua-http10-buffering": { description: "An ngx_lua stream is buffered whole for HTTP/1.0 requests (default: warning)", $ref: "#/definitions/setting" }, "proxy-set-header-redefinition": { description: "proxy_set_header (or fastcgi_param, ...) in a nested level drops every inherited line (default: warning)", $ref: "#/definitions/setting" }, "read-timeout-short": { description: "The upstream read timeout cuts event streams that stay silent for a minute or less (default: warning)", if: { type: "array" }, then: { type: "array", items: [{ $ref: "#/definitions/level" }, { type: "object", properties: { fixValue: { type: "string", default: "1h" }, minSeconds: { type: "number", default: 60 } }, additionalProperties: false }], minItems: 2, maxItems: 2 }, else: { $ref: "#/definitions/level" } }, "read-timeout-zero": { description: "A read timeout of 0 fails every request with 504 (default: error)", if: { type: "array" }, then: { type: "array", items: [{ $ref: "#/definitions/level" }, { type: "object", properties: { fixValue: { type: "string", default: "1h" } }, additionalProperties: false }], minItems: 2, maxItems: 2 }, else: { $ref: "#/definitions/level" } }, "stream-capacity": { description: "Concurrent event streams the worker connection settings allow (default: info)", if: { type: "array" }, then: { type: "array", items: [{ $ref: "#/definitions/level" }, { type: "object", properties: { expectedStreams: { default: null } }, additionalProperties: false }], minItems: 2, maxItems: 2 }, else: { $ref: "#/definitions/level" } }, "upstream-http10": { description: "The stream is proxied with HTTP/1.0 (default: warning)", $ref: "#/definitions/setting" }, "duplicate-directive": { description: "A directive nginx accepts once per block is repeated (built in)", $ref: "#/definitions/setting" }, "duplicate-location": { description: "Two locations with the same path at one level (built in)", $ref: "#/definitions/setting" }, "duplicate-server-name": { description: "A server_name another server on the same address and port already has (built in)", $ref: "#/definitions/setting" }, "include-cycle": { description: "An include loops back to a file that is already being included (built in)", $ref: "#/definitions/setting" }, "include-not-found": { description: "An include matches no file (built in)", $ref: "#/definitions/setting" }, "include-unmapped": { description: "A finding sse-lint reports itself (built in)", $ref: "#/definitions/setting" }, "include-unreadable": { description: "An included file cannot be read (built in)", $ref: "#/definitions/setting" }, "invalid-arguments": { description: "A directive sse-lint reads has too few or too many arguments (built in)", $ref: "#/definitions/setting" }, "invalid-context": { description: "A directive in a block where nginx does not allow it (built in)", $ref: "#/definitions/setting" }, "invalid-suppression": { description: "A malformed # sse-lint-disable comment (built in)", $ref: "#/definitions/setting" }, "invalid-value": { description: "A directive sse-lint reads has a value nginx rejects (with the nearest valid one) (built in)", $ref: "#/definitions/setting" }, "parse-error": { description: "Syntax errors nginx -t would reject, in nginx's own wording (built in)", $ref: "#/definitions/setting" }, "unknown-directive": { description: "A likely typo of a known directive (a warning; with --strict, every unknown directive is an error) (built in)", $ref: "#/definitions/setting" }, "unused-suppression": { description: "A # sse-lint-disable comment that matches no finding (built in)", $ref: "#/definitions/setting" } }, additionalProperties: false }, pathMap: { type: "object", description: "Read include paths under FROM (an absolute path, as written in the config) from TO (relative to this file).", propertyNames: { pattern: "^/" }, additionalProperties: { type: "string", minLength: 1 } }, ignore: { type: "array", items: { type: "string", minLength: 1 }, description: "Globs (relative to this file) of config files whose findings are not reported. * stays within a path segment, ** crosses them; a pattern without / matches a file or directory name at any depth." }, failOn: { type: "string", enum: ["error", "warning", "info", "off"], description: 'Exit with 1 when a finding has this severity or higher ("off": never).' }, format: { type: "string", enum: ["text", "json", "sarif", "checkstyle", "github"], description: "Report format." }, locale: { type: "string", enum: ["en", "zh-CN"], description: "Language of messages (default: from LC_ALL, LC_MESSAGES or LANG)." } }, additionalProperties: false, definitions: { level: { type: "string", enum: ["off", "info", "warning", "error"] }, setting: { if: { type: "array" }, then: { type: "array", items: [{ $ref: "#/definitions/level" }, { type: "object", maxProperties: 0 }], minItems: 2, maxItems: 2 }, else: { $ref: "#/definitions/level" } }, comment: { type: ["string", "array"], items: { type: "string" }, description: "Free text for people; ignored by sse-lint." } } }, func2 = Object.prototype.hasOwnProperty, func3 = require_ucs2length().default, schema7 = { type: ["string", "array"], items: { type: "string" }, description: "Free text for people; ignored by sse-lint." };
  function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null, errors = 0;
    if (typeof data != "string" && !Array.isArray(data)) {
      let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema7.type }, message: "must be string,array" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (Array.isArray(data)) {
      let len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) if (typeof data[i0] != "string") {
        let err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    }
    return validate22.errors = vErrors, errors === 0;
  }
  var schema9 = { type: "string", enum: ["off", "info", "warning", "error"] };
  function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null, errors = 0;
    if (typeof data != "string") {
      let err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (!(data === "off" || data === "info" || data === "warning" || data === "error")) {
      let err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema9.enum }, message: "must be equal to one of the allowed values" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    return validate26.errors = vErrors, errors === 0;
  }
  function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null, errors = 0, _errs0 = errors, valid0 = true, _errs1 = errors;
    if (!Array.isArray(data)) {
      let err0 = {};
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    var _valid0 = _errs1 === errors;
    errors = _errs0, vErrors !== null && (_errs0 ? vErrors.length = _errs0 : vErrors = null);
    let ifClause0;
    if (_valid0) {
      let _errs3 = errors;
      if (Array.isArray(data)) {
        if (data.length > 2) {
          let err1 = { instancePath, schemaPath: "#/then/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
        if (data.length < 2) {
          let err2 = { instancePath, schemaPath: "#/then/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
        let len0 = data.length;
        if (len0 > 0 && (validate26(data[0], { instancePath: instancePath + "/0", parentData: data, parentDataProperty: 0, rootData }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length)), len0 > 1) {
          let data1 = data[1];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (Object.keys(data1).length > 0) {
              let err3 = { instancePath: instancePath + "/1", schemaPath: "#/then/items/1/maxProperties", keyword: "maxProperties", params: { limit: 0 }, message: "must NOT have more than 0 properties" };
              vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
            }
          } else {
            let err4 = { instancePath: instancePath + "/1", schemaPath: "#/then/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
          }
        }
      } else {
        let err5 = { instancePath, schemaPath: "#/then/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      var _valid0 = _errs3 === errors;
      valid0 = _valid0, ifClause0 = "then";
    } else {
      let _errs8 = errors;
      validate26(data, { instancePath, parentData, parentDataProperty, rootData }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length);
      var _valid0 = _errs8 === errors;
      valid0 = _valid0, ifClause0 = "else";
    }
    if (!valid0) {
      let err6 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
      vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
    }
    return validate25.errors = vErrors, errors === 0;
  }
  var pattern0 = new RegExp("^[0-9]+\\.[0-9]+(\\.[0-9]+)?$", "u"), pattern1 = new RegExp("^/", "u");
  function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null, errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (let key0 in data) if (!func2.call(schema6.properties, key0)) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
      if (data.$schema !== void 0 && typeof data.$schema != "string") {
        let err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
      if (data.$comment !== void 0 && (validate22(data.$comment, { instancePath: instancePath + "/$comment", parentData: data, parentDataProperty: "$comment", rootData }) || (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors), errors = vErrors.length)), data.preset !== void 0) {
        let data2 = data.preset;
        if (typeof data2 != "string") {
          let err2 = { instancePath: instancePath + "/preset", schemaPath: "#/properties/preset/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
        if (!(data2 === "1panel" || data2 === "debian" || data2 === "npm" || data2 === "apisix")) {
          let err3 = { instancePath: instancePath + "/preset", schemaPath: "#/properties/preset/enum", keyword: "enum", params: { allowedValues: schema6.properties.preset.enum }, message: "must be equal to one of the allowed values" };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      }
      if (data.nginxVersion !== void 0) {
        let data3 = data.nginxVersion;
        if (typeof data3 == "string") {
          if (!pattern0.test(data3)) {
            let err4 = { instancePath: instancePath + "/nginxVersion", schemaPath: "#/properties/nginxVersion/pattern", keyword: "pattern", params: { pattern: "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$" }, message: 'must match pattern "^[0-9]+\\.[0-9]+(\\.[0-9]+)?$"' };
            vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
          }
        } else {
          let err5 = { instancePath: instancePath + "/nginxVersion", schemaPath: "#/properties/nginxVersion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
      }
      if (data.streams !== void 0) {
        let data4 = data.streams;
        if (Array.isArray(data4)) {
          let len0 = data4.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data5 = data4[i0];
            if (typeof data5 == "string") {
              if (func3(data5) < 1) {
                let err6 = { instancePath: instancePath + "/streams/" + i0, schemaPath: "#/properties/streams/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
              }
            } else {
              let err7 = { instancePath: instancePath + "/streams/" + i0, schemaPath: "#/properties/streams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
            }
          }
        } else {
          let err8 = { instancePath: instancePath + "/streams", schemaPath: "#/properties/streams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
      }
      if (data.notStreams !== void 0) {
        let data6 = data.notStreams;
        if (Array.isArray(data6)) {
          let len1 = data6.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data7 = data6[i1];
            if (typeof data7 == "string") {
              if (func3(data7) < 1) {
                let err9 = { instancePath: instancePath + "/notStreams/" + i1, schemaPath: "#/properties/notStreams/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
              }
            } else {
              let err10 = { instancePath: instancePath + "/notStreams/" + i1, schemaPath: "#/properties/notStreams/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
            }
          }
        } else {
          let err11 = { instancePath: instancePath + "/notStreams", schemaPath: "#/properties/notStreams/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
      }
      if (data.rules !== void 0) {
        let data8 = data.rules;
        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
          for (let key1 in data8) if (!func2.call(schema6.properties.rules.properties, key1)) {
            let err12 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
          if (data8.$comment !== void 0 && (validate22(data8.$comment, { instancePath: instancePath + "/rules/$comment", parentData: data8, parentDataProperty: "$comment", rootData }) || (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors), errors = vErrors.length)), data8["accel-buffering-ignored"] !== void 0 && (validate25(data8["accel-buffering-ignored"], { instancePath: instancePath + "/rules/accel-buffering-ignored", parentData: data8, parentDataProperty: "accel-buffering-ignored", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["accel-buffering-request-header"] !== void 0 && (validate25(data8["accel-buffering-request-header"], { instancePath: instancePath + "/rules/accel-buffering-request-header", parentData: data8, parentDataProperty: "accel-buffering-request-header", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["accel-buffering-response-header"] !== void 0 && (validate25(data8["accel-buffering-response-header"], { instancePath: instancePath + "/rules/accel-buffering-response-header", parentData: data8, parentDataProperty: "accel-buffering-response-header", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["add-header-in-if"] !== void 0 && (validate25(data8["add-header-in-if"], { instancePath: instancePath + "/rules/add-header-in-if", parentData: data8, parentDataProperty: "add-header-in-if", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["add-header-redefinition"] !== void 0 && (validate25(data8["add-header-redefinition"], { instancePath: instancePath + "/rules/add-header-redefinition", parentData: data8, parentDataProperty: "add-header-redefinition", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["body-filter-on-stream"] !== void 0 && (validate25(data8["body-filter-on-stream"], { instancePath: instancePath + "/rules/body-filter-on-stream", parentData: data8, parentDataProperty: "body-filter-on-stream", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["buffering-on"] !== void 0 && (validate25(data8["buffering-on"], { instancePath: instancePath + "/rules/buffering-on", parentData: data8, parentDataProperty: "buffering-on", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["cache-on-stream"] !== void 0 && (validate25(data8["cache-on-stream"], { instancePath: instancePath + "/rules/cache-on-stream", parentData: data8, parentDataProperty: "cache-on-stream", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["chunked-encoding-off"] !== void 0 && (validate25(data8["chunked-encoding-off"], { instancePath: instancePath + "/rules/chunked-encoding-off", parentData: data8, parentDataProperty: "chunked-encoding-off", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["connection-upgrade-on-stream"] !== void 0 && (validate25(data8["connection-upgrade-on-stream"], { instancePath: instancePath + "/rules/connection-upgrade-on-stream", parentData: data8, parentDataProperty: "connection-upgrade-on-stream", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["cors-credentials-wildcard"] !== void 0 && (validate25(data8["cors-credentials-wildcard"], { instancePath: instancePath + "/rules/cors-credentials-wildcard", parentData: data8, parentDataProperty: "cors-credentials-wildcard", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["cors-missing-always"] !== void 0 && (validate25(data8["cors-missing-always"], { instancePath: instancePath + "/rules/cors-missing-always", parentData: data8, parentDataProperty: "cors-missing-always", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["duplicate-hop-header"] !== void 0 && (validate25(data8["duplicate-hop-header"], { instancePath: instancePath + "/rules/duplicate-hop-header", parentData: data8, parentDataProperty: "duplicate-hop-header", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["gzip-event-stream"] !== void 0 && (validate25(data8["gzip-event-stream"], { instancePath: instancePath + "/rules/gzip-event-stream", parentData: data8, parentDataProperty: "gzip-event-stream", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["http1-connection-limit"] !== void 0 && (validate25(data8["http1-connection-limit"], { instancePath: instancePath + "/rules/http1-connection-limit", parentData: data8, parentDataProperty: "http1-connection-limit", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["keepalive-ineffective"] !== void 0 && (validate25(data8["keepalive-ineffective"], { instancePath: instancePath + "/rules/keepalive-ineffective", parentData: data8, parentDataProperty: "keepalive-ineffective", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["limit-rate-on-stream"] !== void 0 && (validate25(data8["limit-rate-on-stream"], { instancePath: instancePath + "/rules/limit-rate-on-stream", parentData: data8, parentDataProperty: "limit-rate-on-stream", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["lua-body-filter-on-stream"] !== void 0 && (validate25(data8["lua-body-filter-on-stream"], { instancePath: instancePath + "/rules/lua-body-filter-on-stream", parentData: data8, parentDataProperty: "lua-body-filter-on-stream", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["lua-http10-buffering"] !== void 0 && (validate25(data8["lua-http10-buffering"], { instancePath: instancePath + "/rules/lua-http10-buffering", parentData: data8, parentDataProperty: "lua-http10-buffering", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["proxy-set-header-redefinition"] !== void 0 && (validate25(data8["proxy-set-header-redefinition"], { instancePath: instancePath + "/rules/proxy-set-header-redefinition", parentData: data8, parentDataProperty: "proxy-set-header-redefinition", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["read-timeout-short"] !== void 0) {
            let data30 = data8["read-timeout-short"], _errs42 = errors, valid6 = true, _errs43 = errors;
            if (!Array.isArray(data30)) {
              let err13 = {};
              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
            }
            var _valid0 = _errs43 === errors;
            errors = _errs42, vErrors !== null && (_errs42 ? vErrors.length = _errs42 : vErrors = null);
            let ifClause0;
            if (_valid0) {
              let _errs45 = errors;
              if (Array.isArray(data30)) {
                if (data30.length > 2) {
                  let err14 = { instancePath: instancePath + "/rules/read-timeout-short", schemaPath: "#/properties/rules/properties/read-timeout-short/then/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                  vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                }
                if (data30.length < 2) {
                  let err15 = { instancePath: instancePath + "/rules/read-timeout-short", schemaPath: "#/properties/rules/properties/read-timeout-short/then/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
                let len2 = data30.length;
                if (len2 > 0 && (validate26(data30[0], { instancePath: instancePath + "/rules/read-timeout-short/0", parentData: data30, parentDataProperty: 0, rootData }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length)), len2 > 1) {
                  let data32 = data30[1];
                  if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                    for (let key2 in data32) if (!(key2 === "fixValue" || key2 === "minSeconds")) {
                      let err16 = { instancePath: instancePath + "/rules/read-timeout-short/1", schemaPath: "#/properties/rules/properties/read-timeout-short/then/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                      vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                    }
                    if (data32.fixValue !== void 0 && typeof data32.fixValue != "string") {
                      let err17 = { instancePath: instancePath + "/rules/read-timeout-short/1/fixValue", schemaPath: "#/properties/rules/properties/read-timeout-short/then/items/1/properties/fixValue/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                    }
                    if (data32.minSeconds !== void 0) {
                      let data34 = data32.minSeconds;
                      if (!(typeof data34 == "number" && isFinite(data34))) {
                        let err18 = { instancePath: instancePath + "/rules/read-timeout-short/1/minSeconds", schemaPath: "#/properties/rules/properties/read-timeout-short/then/items/1/properties/minSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                      }
                    }
                  } else {
                    let err19 = { instancePath: instancePath + "/rules/read-timeout-short/1", schemaPath: "#/properties/rules/properties/read-timeout-short/then/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                  }
                }
              } else {
                let err20 = { instancePath: instancePath + "/rules/read-timeout-short", schemaPath: "#/properties/rules/properties/read-timeout-short/then/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
              var _valid0 = _errs45 === errors;
              valid6 = _valid0, ifClause0 = "then";
            } else {
              let _errs55 = errors;
              validate26(data30, { instancePath: instancePath + "/rules/read-timeout-short", parentData: data8, parentDataProperty: "read-timeout-short", rootData }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length);
              var _valid0 = _errs55 === errors;
              valid6 = _valid0, ifClause0 = "else";
            }
            if (!valid6) {
              let err21 = { instancePath: instancePath + "/rules/read-timeout-short", schemaPath: "#/properties/rules/properties/read-timeout-short/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            }
          }
          if (data8["read-timeout-zero"] !== void 0) {
            let data35 = data8["read-timeout-zero"], _errs57 = errors, valid9 = true, _errs58 = errors;
            if (!Array.isArray(data35)) {
              let err22 = {};
              vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
            }
            var _valid1 = _errs58 === errors;
            errors = _errs57, vErrors !== null && (_errs57 ? vErrors.length = _errs57 : vErrors = null);
            let ifClause1;
            if (_valid1) {
              let _errs60 = errors;
              if (Array.isArray(data35)) {
                if (data35.length > 2) {
                  let err23 = { instancePath: instancePath + "/rules/read-timeout-zero", schemaPath: "#/properties/rules/properties/read-timeout-zero/then/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                  vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                }
                if (data35.length < 2) {
                  let err24 = { instancePath: instancePath + "/rules/read-timeout-zero", schemaPath: "#/properties/rules/properties/read-timeout-zero/then/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                  vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                }
                let len3 = data35.length;
                if (len3 > 0 && (validate26(data35[0], { instancePath: instancePath + "/rules/read-timeout-zero/0", parentData: data35, parentDataProperty: 0, rootData }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length)), len3 > 1) {
                  let data37 = data35[1];
                  if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                    for (let key3 in data37) if (key3 !== "fixValue") {
                      let err25 = { instancePath: instancePath + "/rules/read-timeout-zero/1", schemaPath: "#/properties/rules/properties/read-timeout-zero/then/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                      vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                    }
                    if (data37.fixValue !== void 0 && typeof data37.fixValue != "string") {
                      let err26 = { instancePath: instancePath + "/rules/read-timeout-zero/1/fixValue", schemaPath: "#/properties/rules/properties/read-timeout-zero/then/items/1/properties/fixValue/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                    }
                  } else {
                    let err27 = { instancePath: instancePath + "/rules/read-timeout-zero/1", schemaPath: "#/properties/rules/properties/read-timeout-zero/then/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                  }
                }
              } else {
                let err28 = { instancePath: instancePath + "/rules/read-timeout-zero", schemaPath: "#/properties/rules/properties/read-timeout-zero/then/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
              var _valid1 = _errs60 === errors;
              valid9 = _valid1, ifClause1 = "then";
            } else {
              let _errs68 = errors;
              validate26(data35, { instancePath: instancePath + "/rules/read-timeout-zero", parentData: data8, parentDataProperty: "read-timeout-zero", rootData }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length);
              var _valid1 = _errs68 === errors;
              valid9 = _valid1, ifClause1 = "else";
            }
            if (!valid9) {
              let err29 = { instancePath: instancePath + "/rules/read-timeout-zero", schemaPath: "#/properties/rules/properties/read-timeout-zero/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema' };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
          }
          if (data8["stream-capacity"] !== void 0) {
            let data39 = data8["stream-capacity"], _errs70 = errors, valid12 = true, _errs71 = errors;
            if (!Array.isArray(data39)) {
              let err30 = {};
              vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
            }
            var _valid2 = _errs71 === errors;
            errors = _errs70, vErrors !== null && (_errs70 ? vErrors.length = _errs70 : vErrors = null);
            let ifClause2;
            if (_valid2) {
              let _errs73 = errors;
              if (Array.isArray(data39)) {
                if (data39.length > 2) {
                  let err31 = { instancePath: instancePath + "/rules/stream-capacity", schemaPath: "#/properties/rules/properties/stream-capacity/then/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
                  vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                }
                if (data39.length < 2) {
                  let err32 = { instancePath: instancePath + "/rules/stream-capacity", schemaPath: "#/properties/rules/properties/stream-capacity/then/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
                  vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                }
                let len4 = data39.length;
                if (len4 > 0 && (validate26(data39[0], { instancePath: instancePath + "/rules/stream-capacity/0", parentData: data39, parentDataProperty: 0, rootData }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length)), len4 > 1) {
                  let data41 = data39[1];
                  if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                    for (let key4 in data41) if (key4 !== "expectedStreams") {
                      let err33 = { instancePath: instancePath + "/rules/stream-capacity/1", schemaPath: "#/properties/rules/properties/stream-capacity/then/items/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                      vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                    }
                  } else {
                    let err34 = { instancePath: instancePath + "/rules/stream-capacity/1", schemaPath: "#/properties/rules/properties/stream-capacity/then/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                  }
                }
              } else {
                let err35 = { instancePath: instancePath + "/rules/stream-capacity", schemaPath: "#/properties/rules/properties/stream-capacity/then/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
              var _valid2 = _errs73 === errors;
              valid12 = _valid2, ifClause2 = "then";
            } else {
              let _errs79 = errors;
              validate26(data39, { instancePath: instancePath + "/rules/stream-capacity", parentData: data8, parentDataProperty: "stream-capacity", rootData }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length);
              var _valid2 = _errs79 === errors;
              valid12 = _valid2, ifClause2 = "else";
            }
            if (!valid12) {
              let err36 = { instancePath: instancePath + "/rules/stream-capacity", schemaPath: "#/properties/rules/properties/stream-capacity/if", keyword: "if", params: { failingKeyword: ifClause2 }, message: 'must match "' + ifClause2 + '" schema' };
              vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
            }
          }
          data8["upstream-http10"] !== void 0 && (validate25(data8["upstream-http10"], { instancePath: instancePath + "/rules/upstream-http10", parentData: data8, parentDataProperty: "upstream-http10", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["duplicate-directive"] !== void 0 && (validate25(data8["duplicate-directive"], { instancePath: instancePath + "/rules/duplicate-directive", parentData: data8, parentDataProperty: "duplicate-directive", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["duplicate-location"] !== void 0 && (validate25(data8["duplicate-location"], { instancePath: instancePath + "/rules/duplicate-location", parentData: data8, parentDataProperty: "duplicate-location", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["duplicate-server-name"] !== void 0 && (validate25(data8["duplicate-server-name"], { instancePath: instancePath + "/rules/duplicate-server-name", parentData: data8, parentDataProperty: "duplicate-server-name", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["include-cycle"] !== void 0 && (validate25(data8["include-cycle"], { instancePath: instancePath + "/rules/include-cycle", parentData: data8, parentDataProperty: "include-cycle", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["include-not-found"] !== void 0 && (validate25(data8["include-not-found"], { instancePath: instancePath + "/rules/include-not-found", parentData: data8, parentDataProperty: "include-not-found", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["include-unmapped"] !== void 0 && (validate25(data8["include-unmapped"], { instancePath: instancePath + "/rules/include-unmapped", parentData: data8, parentDataProperty: "include-unmapped", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["include-unreadable"] !== void 0 && (validate25(data8["include-unreadable"], { instancePath: instancePath + "/rules/include-unreadable", parentData: data8, parentDataProperty: "include-unreadable", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["invalid-arguments"] !== void 0 && (validate25(data8["invalid-arguments"], { instancePath: instancePath + "/rules/invalid-arguments", parentData: data8, parentDataProperty: "invalid-arguments", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["invalid-context"] !== void 0 && (validate25(data8["invalid-context"], { instancePath: instancePath + "/rules/invalid-context", parentData: data8, parentDataProperty: "invalid-context", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["invalid-suppression"] !== void 0 && (validate25(data8["invalid-suppression"], { instancePath: instancePath + "/rules/invalid-suppression", parentData: data8, parentDataProperty: "invalid-suppression", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["invalid-value"] !== void 0 && (validate25(data8["invalid-value"], { instancePath: instancePath + "/rules/invalid-value", parentData: data8, parentDataProperty: "invalid-value", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["parse-error"] !== void 0 && (validate25(data8["parse-error"], { instancePath: instancePath + "/rules/parse-error", parentData: data8, parentDataProperty: "parse-error", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["unknown-directive"] !== void 0 && (validate25(data8["unknown-directive"], { instancePath: instancePath + "/rules/unknown-directive", parentData: data8, parentDataProperty: "unknown-directive", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length)), data8["unused-suppression"] !== void 0 && (validate25(data8["unused-suppression"], { instancePath: instancePath + "/rules/unused-suppression", parentData: data8, parentDataProperty: "unused-suppression", rootData }) || (vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors), errors = vErrors.length));
        } else {
          let err37 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
        }
      }
      if (data.pathMap !== void 0) {
        let data57 = data.pathMap;
        if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
          for (let key5 in data57) {
            let _errs97 = errors;
            if (typeof key5 == "string" && !pattern1.test(key5)) {
              let err38 = { instancePath: instancePath + "/pathMap", schemaPath: "#/properties/pathMap/propertyNames/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', propertyName: key5 };
              vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
            }
            var valid14 = _errs97 === errors;
            if (!valid14) {
              let err39 = { instancePath: instancePath + "/pathMap", schemaPath: "#/properties/pathMap/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid" };
              vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
            }
          }
          for (let key6 in data57) {
            let data58 = data57[key6];
            if (typeof data58 == "string") {
              if (func3(data58) < 1) {
                let err40 = { instancePath: instancePath + "/pathMap/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/pathMap/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
              }
            } else {
              let err41 = { instancePath: instancePath + "/pathMap/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/pathMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
            }
          }
        } else {
          let err42 = { instancePath: instancePath + "/pathMap", schemaPath: "#/properties/pathMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
        }
      }
      if (data.ignore !== void 0) {
        let data59 = data.ignore;
        if (Array.isArray(data59)) {
          let len5 = data59.length;
          for (let i2 = 0; i2 < len5; i2++) {
            let data60 = data59[i2];
            if (typeof data60 == "string") {
              if (func3(data60) < 1) {
                let err43 = { instancePath: instancePath + "/ignore/" + i2, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
              }
            } else {
              let err44 = { instancePath: instancePath + "/ignore/" + i2, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
            }
          }
        } else {
          let err45 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
        }
      }
      if (data.failOn !== void 0) {
        let data61 = data.failOn;
        if (typeof data61 != "string") {
          let err46 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
        }
        if (!(data61 === "error" || data61 === "warning" || data61 === "info" || data61 === "off")) {
          let err47 = { instancePath: instancePath + "/failOn", schemaPath: "#/properties/failOn/enum", keyword: "enum", params: { allowedValues: schema6.properties.failOn.enum }, message: "must be equal to one of the allowed values" };
          vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
        }
      }
      if (data.format !== void 0) {
        let data62 = data.format;
        if (typeof data62 != "string") {
          let err48 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
        }
        if (!(data62 === "text" || data62 === "json" || data62 === "sarif" || data62 === "checkstyle" || data62 === "github")) {
          let err49 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema6.properties.format.enum }, message: "must be equal to one of the allowed values" };
          vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
        }
      }
      if (data.locale !== void 0) {
        let data63 = data.locale;
        if (typeof data63 != "string") {
          let err50 = { instancePath: instancePath + "/locale", schemaPath: "#/properties/locale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
        }
        if (!(data63 === "en" || data63 === "zh-CN")) {
          let err51 = { instancePath: instancePath + "/locale", schemaPath: "#/properties/locale/enum", keyword: "enum", params: { allowedValues: schema6.properties.locale.enum }, message: "must be equal to one of the allowed values" };
          vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
        }
      }
    } else {
      let err52 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
    }
    return validate21.errors = vErrors, errors === 0;
  }
} });
var validate_config_default = require_validate_config();

// schema/config.schema.json
var config_schema_default = JSON.parse(`{"$schema":"http://json-schema.org/draft-07/schema#","title":"sse-lint configuration","description":"sse-lint.config.json, .sse-lintrc.json, or the \\"sse-lint\\" key of package.json. Generated by scripts/gen-validator.mjs from the rule registry; do not edit by hand.","type":"object","properties":{"$schema":{"type":"string","description":"Where editors find this schema."},"$comment":{"$ref":"#/definitions/comment"},"preset":{"type":"string","enum":["1panel","debian","npm","apisix"],"description":"1panel: 1Panel OpenResty: maps the container paths /www and /usr/local/openresty/... to the host app directory the linted files are in. debian: Debian/Ubuntu layout: when the linted files are a copy of /etc/nginx, include paths under /etc/nginx are read from that copy. npm: Nginx Proxy Manager: reserved name, no effect yet. apisix: Apache APISIX: reserved name, no effect yet"},"nginxVersion":{"type":"string","pattern":"^[0-9]+\\\\.[0-9]+(\\\\.[0-9]+)?$","description":"Target nginx (or OpenResty core) version, e.g. 1.24.0. Some defaults changed in 1.29.7; unset means \\"assume before 1.29.7\\"."},"streams":{"type":"array","items":{"type":"string","minLength":1},"description":"Location paths that carry event streams, as written in location blocks: * matches within one path segment, ** across segments. Declaring streams turns findings on guessed ones into notes."},"notStreams":{"type":"array","items":{"type":"string","minLength":1},"description":"Location paths that never carry event streams, whatever their path or settings suggest (same patterns as streams). A --route or a # sse-lint: stream comment still wins."},"rules":{"type":"object","description":"Per-rule level (\\"off\\", \\"info\\", \\"warning\\", \\"error\\") or [level, options].","properties":{"$comment":{"$ref":"#/definitions/comment"},"accel-buffering-ignored":{"description":"X-Accel-Buffering is ignored on a buffered stream, so the backend cannot switch buffering off (default: error)","$ref":"#/definitions/setting"},"accel-buffering-request-header":{"description":"X-Accel-Buffering set as a request header to the backend has no effect on buffering (default: warning)","$ref":"#/definitions/setting"},"accel-buffering-response-header":{"description":"X-Accel-Buffering on the client response does not change this nginx's buffering (default: info)","$ref":"#/definitions/setting"},"add-header-in-if":{"description":"add_header inside if drops the outer add_header lines when the condition matches (default: warning)","$ref":"#/definitions/setting"},"add-header-redefinition":{"description":"add_header in a nested level drops every inherited add_header (default: warning)","$ref":"#/definitions/setting"},"body-filter-on-stream":{"description":"sub_filter, SSI or add_before_body/add_after_body rewrite event-stream payloads (default: warning)","$ref":"#/definitions/setting"},"buffering-on":{"description":"Response buffering holds event-stream data back (default: error)","$ref":"#/definitions/setting"},"cache-on-stream":{"description":"A response cache on a buffered event stream can store it and replay old events (default: error)","$ref":"#/definitions/setting"},"chunked-encoding-off":{"description":"chunked_transfer_encoding off is not needed for SSE and hides truncated streams (default: info)","$ref":"#/definitions/setting"},"connection-upgrade-on-stream":{"description":"A stream sends WebSocket-style Connection headers to the backend (default: info)","$ref":"#/definitions/setting"},"cors-credentials-wildcard":{"description":"Access-Control-Allow-Origin * with Access-Control-Allow-Credentials true: browsers reject it (default: error)","$ref":"#/definitions/setting"},"cors-missing-always":{"description":"CORS add_header without always: error responses of a stream lose their CORS headers (default: warning)","$ref":"#/definitions/setting"},"duplicate-hop-header":{"description":"A hop-by-hop header is set more than once for the backend (default: warning)","$ref":"#/definitions/setting"},"gzip-event-stream":{"description":"gzip compresses event streams: no delay when unbuffered, but CPU on every flush (default: info)","$ref":"#/definitions/setting"},"http1-connection-limit":{"description":"Event streams over HTTP/1.1 run into the browser limit of about six connections per host (default: warning)","$ref":"#/definitions/setting"},"keepalive-ineffective":{"description":"Upstream keepalive is configured but this location closes every upstream connection (default: info)","$ref":"#/definitions/setting"},"limit-rate-on-stream":{"description":"limit_rate does nothing for unbuffered streams and throttles buffered ones (default: info)","$ref":"#/definitions/setting"},"lua-body-filter-on-stream":{"description":"A body_filter_by_lua* holds event-stream chunks back until the response ends (default: warning)","$ref":"#/definitions/setting"},"lua-http10-buffering":{"description":"An ngx_lua stream is buffered whole for HTTP/1.0 requests (default: warning)","$ref":"#/definitions/setting"},"proxy-set-header-redefinition":{"description":"proxy_set_header (or fastcgi_param, ...) in a nested level drops every inherited line (default: warning)","$ref":"#/definitions/setting"},"read-timeout-short":{"description":"The upstream read timeout cuts event streams that stay silent for a minute or less (default: warning)","if":{"type":"array"},"then":{"type":"array","items":[{"$ref":"#/definitions/level"},{"type":"object","properties":{"fixValue":{"type":"string","default":"1h"},"minSeconds":{"type":"number","default":60}},"additionalProperties":false}],"minItems":2,"maxItems":2},"else":{"$ref":"#/definitions/level"}},"read-timeout-zero":{"description":"A read timeout of 0 fails every request with 504 (default: error)","if":{"type":"array"},"then":{"type":"array","items":[{"$ref":"#/definitions/level"},{"type":"object","properties":{"fixValue":{"type":"string","default":"1h"}},"additionalProperties":false}],"minItems":2,"maxItems":2},"else":{"$ref":"#/definitions/level"}},"stream-capacity":{"description":"Concurrent event streams the worker connection settings allow (default: info)","if":{"type":"array"},"then":{"type":"array","items":[{"$ref":"#/definitions/level"},{"type":"object","properties":{"expectedStreams":{"default":null}},"additionalProperties":false}],"minItems":2,"maxItems":2},"else":{"$ref":"#/definitions/level"}},"upstream-http10":{"description":"The stream is proxied with HTTP/1.0 (default: warning)","$ref":"#/definitions/setting"},"duplicate-directive":{"description":"A directive nginx accepts once per block is repeated (built in)","$ref":"#/definitions/setting"},"duplicate-location":{"description":"Two locations with the same path at one level (built in)","$ref":"#/definitions/setting"},"duplicate-server-name":{"description":"A server_name another server on the same address and port already has (built in)","$ref":"#/definitions/setting"},"include-cycle":{"description":"An include loops back to a file that is already being included (built in)","$ref":"#/definitions/setting"},"include-not-found":{"description":"An include matches no file (built in)","$ref":"#/definitions/setting"},"include-unmapped":{"description":"A finding sse-lint reports itself (built in)","$ref":"#/definitions/setting"},"include-unreadable":{"description":"An included file cannot be read (built in)","$ref":"#/definitions/setting"},"invalid-arguments":{"description":"A directive sse-lint reads has too few or too many arguments (built in)","$ref":"#/definitions/setting"},"invalid-context":{"description":"A directive in a block where nginx does not allow it (built in)","$ref":"#/definitions/setting"},"invalid-suppression":{"description":"A malformed # sse-lint-disable comment (built in)","$ref":"#/definitions/setting"},"invalid-value":{"description":"A directive sse-lint reads has a value nginx rejects (with the nearest valid one) (built in)","$ref":"#/definitions/setting"},"parse-error":{"description":"Syntax errors nginx -t would reject, in nginx's own wording (built in)","$ref":"#/definitions/setting"},"unknown-directive":{"description":"A likely typo of a known directive (a warning; with --strict, every unknown directive is an error) (built in)","$ref":"#/definitions/setting"},"unused-suppression":{"description":"A # sse-lint-disable comment that matches no finding (built in)","$ref":"#/definitions/setting"}},"additionalProperties":false},"pathMap":{"type":"object","description":"Read include paths under FROM (an absolute path, as written in the config) from TO (relative to this file).","propertyNames":{"pattern":"^/"},"additionalProperties":{"type":"string","minLength":1}},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs (relative to this file) of config files whose findings are not reported. * stays within a path segment, ** crosses them; a pattern without / matches a file or directory name at any depth."},"failOn":{"type":"string","enum":["error","warning","info","off"],"description":"Exit with 1 when a finding has this severity or higher (\\"off\\": never)."},"format":{"type":"string","enum":["text","json","sarif","checkstyle","github"],"description":"Report format."},"locale":{"type":"string","enum":["en","zh-CN"],"description":"Language of messages (default: from LC_ALL, LC_MESSAGES or LANG)."}},"additionalProperties":false,"definitions":{"level":{"type":"string","enum":["off","info","warning","error"]},"setting":{"if":{"type":"array"},"then":{"type":"array","items":[{"$ref":"#/definitions/level"},{"type":"object","maxProperties":0}],"minItems":2,"maxItems":2},"else":{"$ref":"#/definitions/level"}},"comment":{"type":["string","array"],"items":{"type":"string"},"description":"Free text for people; ignored by sse-lint."}}}`);

// src/util/edit-distance.ts
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}

// src/engine/config/schema-errors.ts
function validateConfig(data) {
  if (validate_config_default(data)) return [];
  return describeErrors(validate_config_default.errors ?? [], data);
}
function schemaAt(path) {
  let node = config_schema_default;
  for (const seg of path) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[seg.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
}
function valueAt(data, pointer) {
  let node = data;
  for (const seg of pointer.split("/").slice(1)) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[seg.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
}
function jsonType(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v === "number" && Number.isInteger(v) ? "integer" : typeof v;
}
function describeErrors(errors, data) {
  const out = [];
  const typeAt = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  const typeName = (tp) => t("en", `cli.type.${tp}`);
  const ruleOf = (pointer) => (pointer.split("/")[2] ?? "").replace(/~1/g, "/").replace(/~0/g, "~");
  for (const e of errors) {
    const here = e.instancePath;
    const schemaPath = e.schemaPath.replace(/^#\//, "").split("/");
    switch (e.keyword) {
      case "if":
      case "propertyNames":
        continue;
      // the errors of "then"/"else" and of the name pattern say what is wrong
      case "additionalProperties": {
        const key = String(e.params.additionalProperty);
        const candidates = Object.keys(schemaAt(schemaPath.slice(0, -1))?.properties ?? {}).filter((k) => k !== "$comment");
        const near = nearest(key, candidates);
        const pointer = `${here}/${pointerSegment(key)}`;
        const withNear = (a, b, extra = {}) => near ? { pointer, key: b, data: { key, near, ...extra } } : { pointer, key: a, data: { key, ...extra } };
        if (here === "/rules") out.push(withNear("cli.config.unknownRule", "cli.config.unknownRuleNear"));
        else if (here.startsWith("/rules/")) {
          const rule = ruleOf(here);
          out.push(withNear("cli.config.unknownOption", "cli.config.unknownOptionNear", { rule, choices: candidates.join(", ") }));
        } else out.push(withNear("cli.config.unknownKey", "cli.config.unknownKeyNear"));
        continue;
      }
      case "maxProperties":
        out.push({ pointer: here, key: "cli.config.noOptions", data: { rule: ruleOf(here) } });
        continue;
      case "enum": {
        if (typeAt.has(here)) continue;
        const value = String(valueAt(data, here));
        const allowed = e.params.allowedValues.map(String);
        const near = nearest(value, allowed);
        const choices = allowed.join(", ");
        out.push(near ? { pointer: here, key: "cli.config.badValueNear", data: { value, choices, near } } : { pointer: here, key: "cli.config.badValue", data: { value, choices } });
        continue;
      }
      case "type": {
        const expected = [].concat(e.params.type).map(typeName).join(" / ");
        out.push({ pointer: here, key: "cli.config.wrongType", data: { expected, actual: typeName(jsonType(valueAt(data, here))) } });
        continue;
      }
      case "minItems":
      case "maxItems":
        if (here.startsWith("/rules/")) {
          out.push({ pointer: here, key: "cli.config.ruleTuple", data: {} });
          continue;
        }
        break;
      case "minLength":
        out.push({ pointer: here, key: "cli.config.empty", data: {} });
        continue;
      case "pattern":
        if (e.propertyName !== void 0) {
          out.push({ pointer: `${here}/${pointerSegment(e.propertyName)}`, key: "cli.config.pathMapKey", data: { key: e.propertyName } });
          continue;
        }
        if (here === "/nginxVersion") {
          out.push({ pointer: here, key: "cli.config.badVersion", data: { value: String(valueAt(data, here)) } });
          continue;
        }
        break;
    }
    out.push({ pointer: here, key: "cli.config.other", data: { message: e.message ?? e.keyword } });
  }
  const seen2 = /* @__PURE__ */ new Set();
  return out.filter((i) => {
    const k = `${i.pointer}\0${i.key}\0${JSON.stringify(i.data)}`;
    if (seen2.has(k)) return false;
    seen2.add(k);
    return true;
  });
}
function nearest(input, candidates) {
  const lower = input.toLowerCase();
  const same = candidates.find((c) => c.toLowerCase() === lower);
  if (same) return same;
  const started = lower.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(lower)) : [];
  if (started.length === 1) return started[0];
  const limit = Math.max(2, Math.floor(input.length / 3));
  let best = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

// src/engine/config/load.ts
var MAX_CONFIG_BYTES = 4 * 1024 * 1024;
function findConfig(start) {
  let dir = nodePath3.resolve(start);
  try {
    if (!nodeFs.statSync(dir).isDirectory()) dir = nodePath3.dirname(dir);
  } catch {
    dir = nodePath3.dirname(dir);
  }
  for (; ; ) {
    for (const name of CONFIG_FILES) {
      const p = nodePath3.join(dir, name);
      if (isFile(p)) return p;
    }
    const pkg = nodePath3.join(dir, "package.json");
    if (isFile(pkg) && packageHasConfig(pkg)) return pkg;
    const parent = nodePath3.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function isFile(p) {
  try {
    return nodeFs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}
function packageHasConfig(p) {
  try {
    const v = JSON.parse(readRegularFile(p, MAX_CONFIG_BYTES).toString("utf8"));
    return typeof v === "object" && v !== null && Object.hasOwn(v, PACKAGE_KEY);
  } catch {
    return false;
  }
}
function loadConfigFile(path) {
  let text;
  try {
    text = readRegularFile(path, MAX_CONFIG_BYTES).toString("utf8");
  } catch (e) {
    const err = e;
    throw new ConfigError(path, [err.code === "ENOENT" ? { pointer: "", key: "cli.config.notFound", data: { file: path } } : { pointer: "", key: "cli.config.unreadable", data: { file: path }, cause: e }]);
  }
  return parseConfigText(text, path);
}
function parseConfigText(text, path) {
  let source;
  try {
    source = parseJson(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    throw new ConfigError(path, [{ pointer: "", ...lineColumn(text, e.offset), key: "cli.config.syntax", data: {}, detail: e.problem }]);
  }
  let prefix = "";
  let data = source.value;
  if (nodePath3.basename(path) === "package.json") {
    prefix = `/${PACKAGE_KEY}`;
    const pkg = data !== null && typeof data === "object" && !Array.isArray(data) ? data : {};
    if (!Object.hasOwn(pkg, PACKAGE_KEY)) throw new ConfigError(path, [{ pointer: "", key: "cli.config.noPackageKey", data: {} }]);
    data = pkg[PACKAGE_KEY];
  }
  const issues = validateConfig(data);
  if (issues.length) {
    for (const i of issues) {
      const loc = source.locations.get(prefix + i.pointer);
      const at = i.key.startsWith("cli.config.unknown") || i.key === "cli.config.pathMapKey" ? loc?.key ?? loc?.value : loc?.value;
      if (at !== void 0) Object.assign(i, lineColumn(text, at));
      i.pointer = prefix + i.pointer;
    }
    throw new ConfigError(path, issues);
  }
  return data;
}
function resolveConfig(explicit, start, cwd = process.cwd()) {
  if (explicit !== void 0) {
    const path = nodePath3.resolve(cwd, explicit);
    return { path, config: loadConfigFile(path) };
  }
  const found = findConfig(nodePath3.resolve(cwd, start));
  return found ? { path: found, config: loadConfigFile(found) } : null;
}

// src/engine/config/options.ts
import * as nodeFs2 from "node:fs";
import * as nodePath8 from "node:path";

// src/engine/engine.ts
import * as nodePath6 from "node:path";

// src/model/values.ts
var FLAG = { args: [{ kind: "flag" }] };
var MSEC = { args: [{ kind: "time", sec: false }] };
var SIZE = { args: [{ kind: "size" }] };
var ANY = { args: [{ kind: "any" }] };
var ENUM = { args: [{ kind: "enum" }] };
var CACHE_VALID = { args: [{ kind: "status" }], last: { kind: "cache-time" } };
var IGNORE_HEADERS = ["X-Accel-Redirect", "X-Accel-Expires", "X-Accel-Limit-Rate", "X-Accel-Buffering", "X-Accel-Charset", "Expires", "Cache-Control", "Set-Cookie", "Vary"];
var IGNORE = { args: [{ kind: "bitmask", values: IGNORE_HEADERS }] };
var PARAM = (values) => ({ args: [{ kind: "any" }, { kind: "any" }, { kind: "parameter", values }] });
var each = (names, spec) => names.map((n) => [n, spec]);
var family = (suffix, modules) => modules.map((m) => `${m}_${suffix}`);
var UPSTREAM = ["proxy", "fastcgi", "uwsgi", "scgi"];
var UPSTREAM_GRPC = [...UPSTREAM, "grpc"];
var SPECS = new Map([
  ...each([...family("buffering", UPSTREAM), ...family("request_buffering", UPSTREAM), "chunked_transfer_encoding", "gzip", "gzip_vary", "ssi", "http2", "lua_http10_buffering", "ssl", ...family("cache_lock", UPSTREAM)], FLAG),
  ...each([...family("read_timeout", UPSTREAM_GRPC), ...family("send_timeout", UPSTREAM_GRPC), ...family("connect_timeout", UPSTREAM_GRPC), "send_timeout"], MSEC),
  ["keepalive_timeout", { args: [{ kind: "time", sec: false }, { kind: "time", sec: true }] }],
  ["proxy_http_version", ENUM],
  ["add_header_inherit", ENUM],
  ["add_trailer_inherit", ENUM],
  ["gzip_proxied", { args: [{ kind: "bitmask" }] }],
  ...each(family("ignore_headers", UPSTREAM_GRPC), IGNORE),
  ...each(family("cache_valid", UPSTREAM), CACHE_VALID),
  ...each(["limit_rate", "limit_rate_after"], { args: [{ kind: "size", variables: true }] }),
  ...each([...family("buffer_size", UPSTREAM_GRPC), ...family("busy_buffers_size", UPSTREAM), "postpone_output"], SIZE),
  ...each(family("buffers", UPSTREAM), { args: [{ kind: "number", wording: "directive-invalid-value" }, { kind: "size" }] }),
  ...each(family("max_temp_file_size", UPSTREAM), SIZE),
  ["keepalive_requests", { args: [{ kind: "number", wording: "directive-invalid-number" }] }],
  ["worker_connections", { args: [{ kind: "number", wording: "invalid-number" }] }],
  ["worker_rlimit_nofile", { args: [{ kind: "number", wording: "directive-invalid-number" }] }],
  ["worker_processes", { args: [{ kind: "number", auto: true, wording: "directive-invalid-value" }] }],
  // `keepalive 0` switches the 1.29.7 default off; older versions reject it.
  ["keepalive", { args: [{ kind: "number", zeroSince: "1.29.7", wording: "invalid-value-in" }, { kind: "any" }] }],
  ...each(["add_header", "add_trailer"], PARAM(["always"])),
  ...each(family("param", ["fastcgi", "uwsgi", "scgi"]), PARAM(["if_not_empty"])),
  ["rewrite", PARAM(["last", "break", "redirect", "permanent"])],
  // Argument counts only.
  ...each([
    "proxy_set_header",
    "grpc_set_header",
    ...family("hide_header", UPSTREAM_GRPC),
    ...family("pass_header", UPSTREAM_GRPC),
    ...family("cache", UPSTREAM),
    ...family("cache_bypass", UPSTREAM),
    ...family("no_cache", UPSTREAM),
    ...family("pass", [...UPSTREAM_GRPC, "memcached"]),
    "gzip_types",
    "ssi_types",
    "sub_filter",
    "sub_filter_types",
    "add_before_body",
    "add_after_body",
    "addition_types",
    "default_type",
    "listen",
    "server_name",
    "return",
    "more_set_headers",
    "more_clear_headers"
  ], ANY)
]);
function checkedDirectives() {
  return [...SPECS.keys()].sort();
}
function argKindAt(spec, index, count) {
  return spec.last && index === count - 1 ? spec.last : spec.args[Math.min(index, spec.args.length - 1)];
}
function isTemplated(text) {
  return /\{\{|\}\}|\{%|%\}|\{\*|\*\}|@@/.test(text);
}
function hasVariable(text) {
  return /\$(?:\w|\{)/.test(text);
}
function enumWords(name) {
  const shapes = directiveInfo(name)?.syntax ?? [];
  const words3 = /* @__PURE__ */ new Set();
  for (const line of shapes) {
    for (const w of line.replace(/\u2026/g, " ").split(/[\s|]+/)) if (w && !w.startsWith("<") && !/[[\]]/.test(w)) words3.add(w);
  }
  return [...words3];
}
function checkArguments(d, where, version) {
  const spec = SPECS.get(d.name);
  if (!spec) return null;
  const info = directiveInfo(d.name, where);
  if (!info || /^ngx_(stream|mail)_/.test(info.module)) return null;
  const count = d.argc;
  const counted = count >= info.args.min && count <= info.args.max;
  if (counted && anythingGoes(spec)) return null;
  for (let i = 0; i < count; i++) if (isTemplated(d.argRaw(i))) return null;
  if (!counted) {
    const suggestion = count > info.args.max && info.args.max === 1 ? joinedSuggestion(d, argKindAt(spec, 0, 1)) : null;
    return { kind: "arguments", count, min: info.args.min, max: info.args.max, suggestion };
  }
  for (let i = 0; i < count; i++) {
    const arg = argKindAt(spec, i, count);
    if (arg.kind === "any") continue;
    const problem = checkValue(d, i, arg, version);
    if (problem) return problem;
  }
  return null;
}
function anythingGoes(spec) {
  if (spec.last !== void 0 && spec.last.kind !== "any") return false;
  for (let i = 0; i < spec.args.length; i++) if (spec.args[i].kind !== "any") return false;
  return true;
}
function rejected(d, index, arg, allowed, suggestion) {
  return { kind: "value", arg, index, token: d.args[index], allowed, suggestion };
}
function knownEnumWords(name, version) {
  let byName = enumsByVersion.get(version);
  if (!byName) {
    if (enumsByVersion.size > 16) enumsByVersion.clear();
    enumsByVersion.set(version, byName = /* @__PURE__ */ new Map());
  }
  let words3 = byName.get(name);
  if (!words3) byName.set(name, words3 = Object.freeze(enumWords(name).filter((w) => valueKnownIn(name, w, version ?? void 0))));
  return words3;
}
var enumsByVersion = /* @__PURE__ */ new Map();
function checkValue(d, index, arg, version) {
  if (hasVariable(d.argRaw(index))) return null;
  const v = d.arg(index);
  switch (arg.kind) {
    case "any":
      return null;
    case "flag": {
      const lower = v.toLowerCase();
      return lower === "on" || lower === "off" ? null : rejected(d, index, arg, ["on", "off"], flagSuggestion(v));
    }
    case "enum": {
      const words3 = knownEnumWords(d.name, version);
      if (words3.some((w) => w.toLowerCase() === v.toLowerCase())) return null;
      return rejected(d, index, arg, words3, d.name === "proxy_http_version" ? httpVersionSuggestion(v, words3, version) : closest(v, words3, true));
    }
    case "bitmask": {
      const words3 = arg.values ?? enumWords(d.name);
      if (words3.some((w) => w.toLowerCase() === v.toLowerCase())) return null;
      return rejected(d, index, arg, words3, closest(v, words3, true));
    }
    case "parameter":
      return arg.values.includes(v) ? null : rejected(d, index, arg, arg.values, closest(v, arg.values, false));
    case "time":
      return nginxTime(v, arg.sec) !== null ? null : rejected(d, index, arg, [], timeSuggestion(v, arg.sec));
    case "cache-time":
      return nginxTime(v, true) !== null ? null : rejected(d, index, arg, [], timeSuggestion(v, true));
    case "status": {
      if (v === "any") return null;
      const n = nginxNumber(v);
      return n !== null && n >= 100n && n <= 599n ? null : rejected(d, index, arg, [], null);
    }
    case "size":
      return nginxSize(v) !== null ? null : rejected(d, index, arg, [], sizeSuggestion(v));
    case "number": {
      if (arg.auto && v === "auto") return null;
      const n = nginxNumber(v);
      const zeroRejected = arg.zeroSince !== void 0 && version !== null && compareVersions(version, arg.zeroSince) < 0;
      if (n !== null && !(n === 0n && zeroRejected)) return null;
      return rejected(d, index, arg, arg.auto ? ["auto"] : [], arg.auto && v.toLowerCase() === "auto" ? { text: "auto", certain: true } : null);
    }
  }
}
function joinedSuggestion(d, arg) {
  if (d.args.some((a) => hasVariable(a.raw))) return null;
  const spaced2 = d.args.map((a) => a.value).join(" ");
  const tight = d.args.map((a) => a.value).join("");
  switch (arg.kind) {
    case "time":
      return nginxTime(tight, arg.sec) !== null ? { text: tight, certain: true } : timeSuggestion(spaced2, arg.sec);
    case "size":
      return nginxSize(tight) !== null ? { text: tight, certain: true } : sizeSuggestion(spaced2);
    default:
      return null;
  }
}
var OFF_WORDS = /* @__PURE__ */ new Set(["no", "false", "0", "disable", "disabled", "none", "n"]);
var ON_WORDS = /* @__PURE__ */ new Set(["yes", "true", "1", "enable", "enabled", "y"]);
function intendedFlag(v) {
  const lower = v.toLowerCase();
  if (lower === "on" || ON_WORDS.has(lower)) return "on";
  if (lower === "off" || OFF_WORDS.has(lower)) return "off";
  return null;
}
function flagSuggestion(v) {
  const lower = v.toLowerCase();
  if (OFF_WORDS.has(lower)) return { text: "off", certain: true };
  if (ON_WORDS.has(lower)) return { text: "on", certain: true };
  return closest(v, ["on", "off"], true);
}
function httpVersionSuggestion(v, words3, version) {
  const digitsOnly = v.replace(/^http\//i, "").replace(",", ".");
  if (words3.includes(digitsOnly)) return { text: digitsOnly, certain: true };
  if (/^2(\.0)?$/.test(digitsOnly) && words3.includes("2") && version !== null) return { text: "2", certain: true };
  if (/^1(\.0+)?$/.test(digitsOnly)) return { text: "1.0", certain: false };
  return words3.includes("1.1") ? { text: "1.1", certain: false } : null;
}
function closest(v, words3, ignoreCase) {
  const norm = (s) => ignoreCase ? s.toLowerCase() : s;
  const limit = v.length >= 8 ? 2 : 1;
  let best = null;
  let bestDistance = Infinity;
  for (const w of words3) {
    if (w.toLowerCase() === v.toLowerCase()) return { text: w, certain: true };
    const dist = editDistance(norm(v), norm(w));
    if (dist <= limit && dist < bestDistance) {
      best = w;
      bestDistance = dist;
    }
  }
  return best === null ? null : { text: best, certain: false };
}
var NUMBER_WORDS = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fortyfive: 45,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  hundred: 100
};
var TIME_UNITS = [
  [/^(ms|msec|msecs|millis|millisecond|milliseconds)$/, "ms"],
  [/^(s|sec|secs|second|seconds)$/, "s"],
  [/^(m|min|mins|minute|minutes)$/, "m"],
  [/^(h|hr|hrs|hour|hours)$/, "h"],
  [/^(d|day|days)$/, "d"],
  [/^(w|wk|wks|week|weeks)$/, "w"]
];
function timeSuggestion(v, sec) {
  const lower = v.trim().toLowerCase();
  let n;
  let rest = "";
  const digitsAt = /^\d+/.exec(lower);
  if (digitsAt) {
    n = digitsAt[0];
    rest = lower.slice(n.length);
  } else {
    const word = Object.keys(NUMBER_WORDS).filter((w) => lower.startsWith(w)).sort((a, b) => b.length - a.length)[0];
    if (word) {
      n = String(NUMBER_WORDS[word]);
      rest = lower.slice(word.length);
    }
  }
  if (n === void 0) return null;
  const unitWord = rest.replace(/^[\s-]+/, "").trim();
  const unit = TIME_UNITS.find(([re]) => re.test(unitWord))?.[1];
  if (!unit) {
    const text2 = `${n}s`;
    return digitsAt && /^[a-z]$/.test(unitWord) && nginxTime(text2, sec) !== null ? { text: text2, certain: false } : null;
  }
  const text = `${n}${unit}`;
  return nginxTime(text, sec) !== null && text !== v ? { text, certain: true } : null;
}
function sizeSuggestion(v) {
  const m = /^\s*(\d+)\s*([kmg])(?:i?b)?\s*$/i.exec(v) ?? /^\s*(\d+)\s*(b|bytes?)\s*$/i.exec(v);
  if (!m) return null;
  let unit = m[2].toLowerCase();
  let n = BigInt(m[1]);
  if (unit.startsWith("b")) unit = "";
  if (unit === "g") {
    n *= 1024n;
    unit = "m";
  }
  const text = `${n}${unit}`;
  return nginxSize(text) !== null && text !== v ? { text, certain: true } : null;
}
function suggestDirective(name, candidates) {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return null;
  const lower = name.toLowerCase();
  const limit = lower.length >= 10 ? 2 : lower.length >= 4 ? 1 : 0;
  let best = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === lower) return c;
    if (Math.abs(c.length - lower.length) > limit) continue;
    const dist = editDistance(lower, c);
    if (dist <= limit && (dist < bestDistance || dist === bestDistance && best !== null && SPECS.has(c) && !SPECS.has(best))) {
      best = c;
      bestDistance = dist;
    }
  }
  return best;
}

// src/model/streams.ts
var RANK = { guessed: 1, seen: 2, declared: 3 };
function strongest(reasons) {
  let best = null;
  for (const r of reasons) if (!best || RANK[r.confidence] > RANK[best]) best = r.confidence;
  return best;
}
var STREAM_WORDS = ["sse", "events", "event-stream", "eventstream", "stream", "streams", "streaming", "subscribe", "subscriptions", "notifications", "notify", "mercure", "completions"];
var STREAM_PATHS = ["/v1/chat/completions", "/api/chat", "/chat/completions", "/api/generate", "/v1/completions", "/v1/responses", "/v1/messages"];
var UPSTREAM_WORDS = ["sse", "events", "event-stream", "eventstream", "stream", "streaming", "mercure"];
var WEBSOCKET_WORDS = ["ws", "wss", "websocket", "websockets", "sockjs", "cable", "socket.io"];
function canStream(h) {
  return h.module === "proxy" || h.module === "fastcgi" || h.module === "uwsgi" || h.module === "scgi" || h.module === "grpc" || h.module === "lua";
}
function locationPath(ctx) {
  const d = ctx.directive;
  if (!d || ctx.kind !== "location") return null;
  let path = recall(ctx, PATH);
  if (path === void 0) path = remember(ctx, PATH, d.arg(d.argc - 1) ?? null);
  return path;
}
var PATH = memoSlot();
function words(text) {
  let list = wordsOf.get(text);
  if (list === void 0) {
    const lower = text.toLowerCase();
    list = Object.freeze([...lower.split(/[^a-z0-9]+/), ...lower.split(/[^a-z0-9-]+/), ...lower.split(/[^a-z0-9.]+/)].filter(Boolean));
    if (wordsOf.size >= 4096) wordsOf.clear();
    wordsOf.set(text, list);
  }
  return list;
}
var wordsOf = /* @__PURE__ */ new Map();
function pathHints(path) {
  let hints = hintsOf.get(path);
  if (hints === void 0) {
    const lower = path.toLowerCase();
    const list = words(path);
    hints = {
      known: STREAM_PATHS.find((p) => lower.includes(p)),
      word: list.find((w) => STREAM_WORDS.includes(w)),
      websocket: list.some((w) => WEBSOCKET_WORDS.includes(w))
    };
    if (hintsOf.size >= 4096) hintsOf.clear();
    hintsOf.set(path, hints);
  }
  return hints;
}
var hintsOf = /* @__PURE__ */ new Map();
var reason = (kind, why, confidence, directive2) => ({ kind, why, confidence, explicit: false, ...directive2 ? { directive: directive2 } : {} });
function heuristicReasons(ctx, handler) {
  return heuristicsOf(ctx, handler, null);
}
function heuristicsWithoutStreaming(ctx, handler) {
  const more = { found: false };
  const reasons = heuristicsOf(ctx, handler, more);
  return { reasons, streamingAdds: more.found };
}
function heuristicsOf(ctx, handler, more) {
  const out = [];
  const streams = canStream(handler);
  const path = locationPath(ctx);
  if (path && (streams || more)) {
    const { known, word } = pathHints(path);
    if (!streams) {
      if (known || word) more.found = true;
    } else if (known) out.push(reason("path", { kind: "api-path", path, endpoint: known }, "seen"));
    else if (word) out.push(reason("path", { kind: "path-word", path, word }, "guessed"));
  }
  const upstreamName = handler.upstream?.name ?? null;
  if (upstreamName && streams) {
    const word = upstreamWord(handler.upstream);
    if (word) out.push(reason("upstream", { kind: "upstream-name", name: upstreamName, word }, "seen", handler.directive ?? void 0));
  }
  const block = ctx.directive;
  const quiet = block !== null && !spanMayMention(block.file, block.start, block.end);
  for (const d of ctx.directives) {
    if (!HEURISTIC_NAMES.has(d.name) && (quiet && d.file === block.file || !mayMentionAccel(d))) {
      const producer2 = d.name === "echo_flush" || d.name.startsWith("content_by_lua") ? producerOf(d) : null;
      if (producer2) out.push(reason("producer", { kind: "producer", directive: d.name, what: producer2 }, "seen", d));
      continue;
    }
    const args = d.argValues();
    const joined2 = args.join(" ").toLowerCase();
    if ((d.name === "default_type" || d.name === "add_header" && args[0]?.toLowerCase() === "content-type" || d.name === "more_set_headers" && /content-type:\s*text\/event-stream/.test(joined2)) && joined2.includes("text/event-stream")) {
      out.push(reason("content-type", { kind: "content-type", directive: d.name }, "seen", d));
    }
    if (/x-accel-buffering/.test(joined2) && (streams || more) && !/_(ignore|hide|pass)_headers?$/.test(d.name)) {
      if (streams) out.push(reason("accel-header", { kind: "accel-header", directive: d.name }, "seen", d));
      else more.found = true;
    }
    if (["proxy_buffering", "fastcgi_buffering", "uwsgi_buffering", "scgi_buffering"].includes(d.name) && args[0] !== void 0 && intendedFlag(args[0]) === "off") {
      out.push(args[0].toLowerCase() === "off" ? reason("intent", { kind: "buffering-off", directive: d.name }, "guessed", d) : reason("intent", { kind: "suggests", line: `${d.name} ${args[0]}` }, "guessed", d));
    }
    if ((d.name === "lua_http10_buffering" || d.name === "chunked_transfer_encoding" && args[0] === "off") && (streams || more)) {
      if (streams) out.push(reason("intent", { kind: "suggests", line: `${d.name} ${args.join(" ")}` }, "guessed", d));
      else more.found = true;
    }
    const producer = producerOf(d);
    if (producer) out.push(reason("producer", { kind: "producer", directive: d.name, what: producer }, "seen", d));
  }
  for (const child of ctx.children) {
    if (child.kind === "types" && child.directives.some((d) => d.name.toLowerCase() === "text/event-stream")) {
      out.push(reason("content-type", { kind: "types-block" }, "seen", child.directive));
    }
  }
  return out;
}
function upstreamWord(upstream) {
  let word = upstreamWords.get(upstream);
  if (word === void 0) upstreamWords.set(upstream, word = words(upstream.name).find((w) => UPSTREAM_WORDS.includes(w)) ?? null);
  return word;
}
var upstreamWords = /* @__PURE__ */ new WeakMap();
var HEURISTIC_NAMES = /* @__PURE__ */ new Set([
  "default_type",
  "add_header",
  "more_set_headers",
  "proxy_buffering",
  "fastcgi_buffering",
  "uwsgi_buffering",
  "scgi_buffering",
  "lua_http10_buffering",
  "chunked_transfer_encoding"
]);
function mayMentionAccel(d) {
  return spanMayMention(d.file, d.start, d.end);
}
function spanMayMention(file, start, end) {
  const found = mentionsIn(file);
  return anyIn(found.backslashes, start, end) || anyIn(found.words, start, end - ACCEL.length + 1);
}
var ACCEL = "x-accel-buffering";
var mentionsOf = /* @__PURE__ */ new WeakMap();
function mentionsIn(file) {
  let found = mentionsOf.get(file);
  if (!found) {
    found = { backslashes: [], words: [] };
    const re = /\\|x-accel-buffering/gi;
    for (let m = re.exec(file.text); m; m = re.exec(file.text)) (m[0] === "\\" ? found.backslashes : found.words).push(m.index);
    mentionsOf.set(file, found);
  }
  return found;
}
function anyIn(offsets, from, to) {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (offsets[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < offsets.length && offsets[lo] < to;
}
function producerOf(d) {
  if (d.name === "echo_flush") return "echo_flush";
  if (!/^content_by_lua(_block)?$/.test(d.name)) return null;
  const code4 = d.lua ? d.lua.body.value : d.args[0]?.value ?? "";
  if (/text\/event-stream/i.test(code4)) return "text/event-stream";
  if (/\bngx\.flush\b/.test(code4)) return "ngx.flush";
  return null;
}
var STREAM_MARK = /^\s*sse-lint:\s*stream(?![\w-])/;
var NOT_STREAM_MARK = /^\s*sse-lint:\s*not-stream(?![\w-])/;
function markedWith(ctx, word) {
  const d = ctx.directive;
  if (!d?.block || !mayHoldMarks(d.file)) return null;
  const marker = word === "stream" ? STREAM_MARK : NOT_STREAM_MARK;
  for (const s of d.block.children) if (s.type === "comment" && marker.test(s.text)) return d;
  for (const c of d.innerComments) if (marker.test(c.value)) return d;
  return null;
}
var marked = /* @__PURE__ */ new WeakMap();
function mayHoldMarks(file) {
  let may = marked.get(file);
  if (may === void 0) marked.set(file, may = file.text.includes("sse-lint:"));
  return may;
}
function hasStreamComment(ctx) {
  return markedWith(ctx, "stream");
}
function hasNotStreamComment(ctx) {
  return markedWith(ctx, "not-stream");
}
function patternRegExp(pattern) {
  const glob = compileGlob(pattern, STREAM_PATTERN);
  return { test: (path) => matchGlob(glob, path) };
}
var STREAM_PATTERN = { doubleStar: true, starMatchesSlash: false, bang: false, escapes: false };
var CATCH_ALL = /* @__PURE__ */ new Set(["^", "^/", ".*", "^.*", "^.*$", "(.*)", "^(.*)", "^(.*)$", "^/(.*)", "^/(.*)$", "/(.*)", "^/?(.*)$"]);
function alwaysAnswers(ctx) {
  for (const d of ctx.directives) {
    if (d.name === "return") return d;
    if (d.name === "break") return null;
    if (d.name === "rewrite") {
      const flag = d.args[2]?.value;
      if (flag === "last" || flag === "break") return null;
      if ((flag === "redirect" || flag === "permanent" || /^https?:\/\/|^\$scheme/.test(d.args[1]?.value ?? "")) && CATCH_ALL.has(d.args[0]?.value ?? "")) return d;
    }
    if (d.name === "if" && d.block) {
      const inner = d.block.children;
      if (inner.some((s) => s.type === "directive" && (s.name === "break" || s.name === "rewrite" && /^(last|break)$/.test(s.args[2]?.value ?? "")))) return null;
    }
  }
  return null;
}
function websocketPath(path) {
  return pathHints(path).websocket;
}
function mentionsEventStream(a) {
  return a.toLowerCase().includes("text/event-stream");
}
function otherContentType(ctx) {
  let other = null;
  for (const d of ctx.directives) {
    let mentions = false;
    for (let k = 0; k < d.argc && !mentions; k++) mentions = mentionsEventStream(d.arg(k));
    if (mentions) return null;
    if (other) continue;
    if (d.name === "default_type") {
      const type = d.arg(0)?.toLowerCase();
      if (type) other = { kind: "other-type", type, directive: "default_type" };
    } else if (d.name === "add_header" && d.argIs(0, "content-type")) {
      const type = d.arg(1)?.toLowerCase();
      if (type && !type.includes("$")) other = { kind: "other-type", type, directive: "add_header" };
    }
  }
  for (const child of ctx.children) {
    if (child.kind !== "types") continue;
    const names = child.directives.map((d) => d.name.toLowerCase());
    if (names.includes("text/event-stream")) return null;
    if (names[0] && !other) other = { kind: "other-type", type: names[0], directive: "types" };
  }
  return other;
}

// src/model/glob.ts
import * as nodePath4 from "node:path";
function isGlob(path) {
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === "*" || c === "?" || c === "[") return true;
  }
  return false;
}
var FNMATCH = { doubleStar: false, starMatchesSlash: true, bang: true, escapes: true };
function segmentMatcher(segment) {
  if (!isGlob(segment)) return null;
  const stars = starsOnly(segment);
  if (stars) return stars;
  const glob = compileGlob(segment, FNMATCH);
  return { test: (name) => matchGlob(glob, name) };
}
function starsOnly(segment) {
  if (segment.includes("?") || segment.includes("[") || segment.includes("\\")) return null;
  const parts = segment.split("*");
  const head = parts[0];
  const tail = parts[parts.length - 1];
  const middle = parts.slice(1, -1).filter((p) => p !== "");
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
    }
  };
}
function sortBytes(names) {
  if (names.every((n) => !/[^\x00-\x7f]/.test(n))) return names.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const keyed2 = names.map((n) => ({ n, b: Buffer.from(n, "utf8") }));
  keyed2.sort((x, y) => Buffer.compare(x.b, y.b));
  for (let k = 0; k < keyed2.length; k++) names[k] = keyed2[k].n;
  return names;
}
function expandGlob(fs6, pattern) {
  const abs = nodePath4.posix.normalize(pattern);
  const parts = abs.split("/");
  let current = [parts[0] === "" ? "/" : parts[0]];
  for (let k = 1; k < parts.length; k++) {
    const seg = parts[k];
    if (seg === "") continue;
    const re = segmentMatcher(seg);
    const next = [];
    for (const base of current) {
      if (!re) {
        const p = nodePath4.posix.join(base, seg.replace(/\\(.)/g, "$1"));
        if (k === parts.length - 1 ? fs6.kind(p) !== "missing" : fs6.kind(p) === "dir") next.push(p);
        continue;
      }
      if (fs6.kind(base) !== "dir") continue;
      for (const name of fs6.readdir(base)) {
        if (name.startsWith(".") && !seg.startsWith(".")) continue;
        if (re.test(name)) {
          const p = base === "/" ? `/${name}` : `${base}/${name}`;
          if (k === parts.length - 1 || fs6.kind(p) === "dir") next.push(p);
        }
      }
    }
    current = next;
    if (current.length === 0) break;
  }
  return sortBytes(current);
}

// src/fix/fixer.ts
var fixer_exports = {};
__export(fixer_exports, {
  appendArg: () => appendArg,
  applyEdits: () => applyEdits,
  directiveText: () => directiveText,
  editsOverlap: () => editsOverlap,
  indentAt: () => indentAt,
  insertCopies: () => insertCopies,
  insertDirective: () => insertDirective,
  insertLines: () => insertLines,
  lineEndingAt: () => lineEndingAt,
  quoteLike: () => quoteLike,
  removeArg: () => removeArg,
  removeDirective: () => removeDirective,
  renameDirective: () => renameDirective,
  replaceArg: () => replaceArg,
  replaceArgs: () => replaceArgs,
  replaceDirective: () => replaceDirective
});
function lineEndingAt(text, offset) {
  const nl = text.indexOf("\n", offset);
  if (nl > 0 && text[nl - 1] === "\r") return "\r\n";
  if (nl === -1) {
    const prev = text.lastIndexOf("\n", offset);
    if (prev > 0 && text[prev - 1] === "\r") return "\r\n";
  }
  return "\n";
}
function lineStartOf(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function lineEndOf(text, offset) {
  let nl = text.indexOf("\n", offset);
  if (nl === -1) nl = text.length;
  return nl > 0 && text[nl - 1] === "\r" ? nl - 1 : nl;
}
function indentAt(text, offset) {
  const start = lineStartOf(text, offset);
  let k = start;
  while (k < text.length && (text[k] === " " || text[k] === "	")) k++;
  return text.slice(start, k);
}
function startsLine(text, offset) {
  for (let k = offset - 1; k >= 0 && text[k] !== "\n"; k--) if (text[k] !== " " && text[k] !== "	") return false;
  return true;
}
function indentUnit(text, block) {
  const outer = indentAt(text, block.start);
  for (const s of block.block?.children ?? []) {
    if (!startsLine(text, s.start)) continue;
    const inner = indentAt(text, s.start);
    if (inner.startsWith(outer) && inner.length > outer.length) return inner.slice(outer.length);
  }
  if (block.parent) {
    const parentIndent = indentAt(text, block.parent.start);
    if (outer.startsWith(parentIndent) && outer.length > parentIndent.length) return outer.slice(parentIndent.length);
  }
  const m = /\n([ \t]+)\S/.exec(text);
  if (m) return m[1];
  return outer.includes("	") ? "	" : "    ";
}
function endWithComment(d) {
  return d.trailingComment ? d.trailingComment.end : d.end;
}
function insertPlace(block, family2) {
  const b = block.block;
  const text = block.file.text;
  const file = block.file.path;
  const children = b.children;
  let anchor = null;
  for (let k = children.length - 1; k >= 0; k--) {
    const s = children[k];
    if (s.type !== "directive") continue;
    anchor ??= s;
    if (s.name.startsWith(family2)) {
      anchor = s;
      break;
    }
  }
  const open = b.open;
  const close = b.close;
  const eol = lineEndingAt(text, open.start);
  const oneLine = close !== null && lineStartOf(text, close.start) === lineStartOf(text, open.start);
  if (oneLine) {
    const at = anchor ? anchor.end : open.end;
    return { file, at, before: " ", after: close?.start === at ? " " : "" };
  }
  if (anchor) {
    const at = lineEndOf(text, endWithComment(anchor));
    const atLineOfClose = close !== null && at > close.start;
    if (atLineOfClose) {
      return { file, at: anchor.end, before: eol + indentAt(text, anchor.start), after: "" };
    }
    const indent2 = startsLine(text, anchor.start) ? indentAt(text, anchor.start) : indentAt(text, block.start) + indentUnit(text, block);
    return { file, at, before: eol + indent2, after: "" };
  }
  return { file, at: lineEndOf(text, open.end), before: eol + indentAt(text, block.start) + indentUnit(text, block), after: "" };
}
function familyOf(directiveText2) {
  const name = directiveText2.trim().split(/\s+/)[0] ?? "";
  return name.includes("_") ? name.slice(0, name.indexOf("_") + 1) : name;
}
function insertDirective(block, directiveText2, options = {}) {
  if (!block.block) throw new Error(`insertDirective: "${block.name}" has no block`);
  const p = insertPlace(block, options.family ?? familyOf(directiveText2));
  return { file: p.file, start: p.at, end: p.at, text: p.before + directiveText2 + p.after, insert: directiveText2 };
}
function insertCopies(block, lines, family2) {
  return insertLines(block, lines.map(directiveText), family2);
}
function directiveText(d) {
  let text = d.name;
  for (let k = 0; k < d.argc; k++) text += " " + d.argRaw(k);
  return text + ";";
}
var joinedLines = /* @__PURE__ */ new Map();
function insertLines(block, texts, family2) {
  const first = texts[0];
  if (!block.block || first === "" || isSpace3(first.charCodeAt(0))) return insertLinesAround(block, texts, family2);
  const p = insertPlace(block, family2);
  return { file: p.file, start: p.at, end: p.at, text: joined(p.before, p.after, texts) };
}
function joined(before, after, texts) {
  const known = joinedLines.get(texts[0]);
  if (known !== void 0 && known.before === before && known.after === after && known.texts.length === texts.length) {
    let same = true;
    for (let i = 1; i < texts.length && same; i++) same = known.texts[i] === texts[i];
    if (same) return known.text;
  }
  const text = before + texts.join(before) + after;
  if (joinedLines.size >= 1024) joinedLines.clear();
  joinedLines.set(texts[0], { before, after, texts: [...texts], text });
  return text;
}
function insertLinesAround(block, texts, family2) {
  const edit = insertDirective(block, texts[0], { family: family2 });
  const at = edit.text.indexOf(texts[0]);
  const sep6 = edit.text.slice(0, at);
  const tail = edit.text.slice(at + texts[0].length);
  return { file: edit.file, start: edit.start, end: edit.end, text: sep6 + texts.join(sep6) + tail };
}
function isSpace3(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function quoteLike(token, value) {
  const q = token?.quoted ? token.raw[0] : needsQuotes(value) ? '"' : "";
  if (!q) return value;
  return q + value.replace(/\\/g, "\\\\").replace(new RegExp(q, "g"), "\\" + q) + q;
}
function needsQuotes(value) {
  return value === "" || /[\s;{}#"']/.test(value);
}
function replaceArgs(d, values) {
  const first = d.args[0];
  const last = d.args.at(-1);
  if (!first || !last) throw new Error(`replaceArgs: "${d.name}" has no arguments`);
  return { file: d.file.path, start: first.start, end: last.end, text: values.join(" ") };
}
function replaceArg(d, index, value) {
  const t2 = d.args[index];
  if (!t2) throw new Error(`replaceArg: "${d.name}" has no argument ${index}`);
  return { file: d.file.path, start: t2.start, end: t2.end, text: quoteLike(t2, value) };
}
function renameDirective(d, name) {
  return { file: d.file.path, start: d.nameToken.start, end: d.nameToken.end, text: name };
}
function replaceDirective(d, directiveText2) {
  return { file: d.file.path, start: d.start, end: d.end, text: directiveText2 };
}
function removeArg(d, index) {
  const t2 = d.args[index];
  if (!t2) throw new Error(`removeArg: "${d.name}" has no argument ${index}`);
  const text = d.file.text;
  let start = t2.start;
  while (start > 0 && (text[start - 1] === " " || text[start - 1] === "	")) start--;
  return { file: d.file.path, start, end: t2.end, text: "" };
}
function appendArg(d, value) {
  const last = d.args.at(-1) ?? d.nameToken;
  return { file: d.file.path, start: last.end, end: last.end, text: " " + value };
}
function removeDirective(d) {
  const text = d.file.text;
  const end = endWithComment(d);
  const lineEnd = lineEndOf(text, end);
  const restIsBlank = text.slice(end, lineEnd).trim() === "";
  if (startsLine(text, d.start) && restIsBlank) {
    const start = lineStartOf(text, d.start);
    let stop2 = lineEnd;
    if (text[stop2] === "\r") stop2++;
    if (text[stop2] === "\n") stop2++;
    return { file: d.file.path, start, end: stop2, text: "" };
  }
  let stop = d.end;
  while (stop < text.length && (text[stop] === " " || text[stop] === "	")) stop++;
  return { file: d.file.path, start: d.start, end: stop, text: "" };
}
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}
function editsOverlap(a, b) {
  if (a.file !== b.file) return false;
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || a.start === b.start;
}

// src/engine/suppressions.ts
var MARK = /^\s*sse-lint-(disable-next-line|disable)\b(.*)$/;
function collectSuppressions(parsed, knownIds) {
  const list = [];
  const problems = [];
  const text = parsed.file.text;
  const visit = (stmts, parent) => {
    stmts.forEach((s, k) => {
      if (s.type === "directive") {
        if (s.block) visit(s.block.children, s);
        return;
      }
      const m = MARK.exec(s.text);
      if (!m) return;
      const span = makeSpan(parsed.file, s.start, s.end);
      const [idPart, reasonPart] = splitReason(m[2] ?? "");
      const ids = idPart.split(",").map((x) => x.trim()).filter(Boolean);
      const problem = (messageId, data) => {
        problems.push({ ruleId: "invalid-suppression", severity: "warning", message: renderKey(englishFindings, messageId, data), messageId, data, span, related: [] });
      };
      const comment = { kind: "code", text: `sse-lint-${m[1]}` };
      if (ids.length === 0) return problem("msg.suppression.noIds", { comment });
      const unknown = ids.filter((id) => !knownIds.has(id));
      if (unknown.length) return problem("msg.suppression.unknownIds", { count: unknown.length, ids: quotedIds(unknown) });
      if (!reasonPart.trim()) return problem("msg.suppression.noReason", { comment, ids: { kind: "code", text: ids.join(", ") } });
      if (m[1] === "disable-next-line") {
        const prev = stmts[k - 1];
        const sameLine2 = prev && prev.type === "directive" && prev.trailingComment?.start === s.start;
        let target;
        if (sameLine2) target = prev;
        else for (let j = k + 1; j < stmts.length && !target; j++) if (stmts[j].type === "directive") target = stmts[j];
        const line = target ? makeSpan(parsed.file, target.start, target.start).line : -1;
        list.push({ kind: "next-line", ids, reason: reasonPart.trim(), span, from: target?.start ?? s.end, to: target?.end ?? s.end, line, file: parsed.file.path, used: /* @__PURE__ */ new Set() });
      } else {
        const from = parent?.block ? parent.block.open.end : 0;
        const to = parent?.block?.close ? parent.block.close.start : text.length;
        list.push({ kind: "block", ids, reason: reasonPart.trim(), span, from, to, file: parsed.file.path, used: /* @__PURE__ */ new Set() });
      }
    });
  };
  visit(parsed.statements, null);
  return { list, problems };
}
function quotedIds(ids) {
  return { kind: "list", join: "comma", items: ids.map((id) => ({ kind: "code", text: `"${id}"` })) };
}
function splitReason(rest) {
  const k = rest.indexOf("--");
  return k === -1 ? [rest, ""] : [rest.slice(0, k), rest.slice(k + 2)];
}
function isSuppressed(f, list) {
  for (const s of list) {
    if (s.file !== f.span.file || !s.ids.includes(f.ruleId)) continue;
    const hit = s.kind === "next-line" ? f.span.line === s.line || f.span.start >= s.from && f.span.start < s.to : f.span.start >= s.from && f.span.start < s.to;
    if (hit) {
      s.used.add(f.ruleId);
      return true;
    }
  }
  return false;
}

// src/model/queries/duplicates.ts
function duplicateLocations(model) {
  const out = [];
  const seen2 = /* @__PURE__ */ new Set();
  for (const server of model.contexts.all) {
    if (server.kind !== "server" || !isHttpServer(server)) continue;
    const byLevel = /* @__PURE__ */ new Map();
    const stack = [{ level: server, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next >= top.level.children.length) {
        stack.pop();
        continue;
      }
      const child = top.level.children[top.next++];
      if (child.kind !== "location") continue;
      stack.push({ level: child, next: 0 });
      const { modifier, pattern } = locationPattern(child);
      const group = modifier === "=" ? "exact" : modifier === "" || modifier === "^~" ? "prefix" : null;
      if (!group) continue;
      const d = child.directive;
      let level = byLevel.get(top.level);
      if (!level) byLevel.set(top.level, level = /* @__PURE__ */ new Map());
      const key = `${group}\0${pattern}`;
      const first = level.get(key);
      if (!first) level.set(key, d);
      else if (first !== d && !seen2.has(d)) {
        seen2.add(d);
        out.push({ location: d, first, path: pattern });
      }
    }
  }
  return out;
}
function hashKey(taken, name, second) {
  if (name.startsWith("~") || name === "$hostname") return null;
  if (name.startsWith("*.")) return second ? null : { hash: taken.head, key: name.slice(1) };
  if (name.startsWith(".")) return second ? { hash: taken.head, key: name } : { hash: taken.exact, key: name.slice(1) };
  if (second) return null;
  if (name.endsWith(".*")) return { hash: taken.tail, key: name.slice(0, -1) };
  return { hash: taken.exact, key: name };
}
function conflictingServerNames(model) {
  const groups = /* @__PURE__ */ new Map();
  for (const server of model.contexts.all) {
    if (!isHttpServer(server) || !server.directive) continue;
    for (const l of serverListens(server)) {
      if (l.kind !== "inet") continue;
      const address = listenText({ addr: l.addr === "*" ? "0.0.0.0" : l.addr, port: l.port });
      const key = `${server.entry}\0${address}`;
      const g = groups.get(key);
      if (!g) groups.set(key, { address, servers: [server] });
      else if (g.servers[g.servers.length - 1] !== server) g.servers.push(server);
    }
  }
  const out = [];
  const reported = /* @__PURE__ */ new Set();
  for (const { address, servers } of groups.values()) {
    if (servers.length < 2) continue;
    const taken = { exact: /* @__PURE__ */ new Map(), head: /* @__PURE__ */ new Map(), tail: /* @__PURE__ */ new Map() };
    const take = (name, node, arg) => {
      const first = hashKey(taken, name, false);
      if (first === null) return;
      const second = hashKey(taken, name, true);
      const clash = first.hash.get(first.key) ?? second?.hash.get(second.key);
      if (clash) {
        const token = arg >= 0 ? node.args[arg] : null;
        const id = `${address}\0${node.file.path}\0${token?.start ?? node.start}`;
        if (!reported.has(id)) {
          reported.add(id);
          out.push({ name, address, token, node, first: clash });
        }
        return;
      }
      first.hash.set(first.key, node);
      second?.hash.set(second.key, node);
    };
    for (const server of servers) {
      const lines = directivesNamed(server, "server_name");
      if (lines.length === 0) take("", server.directive, -1);
      for (const d of lines) for (let k = 0; k < d.argc; k++) take(d.arg(k).toLowerCase(), d, k);
    }
  }
  return out;
}

// src/engine/finding.ts
import * as nodePath5 from "node:path";
function directiveSpan(d) {
  const end = d.block ? d.block.open.end : d.lua ? d.lua.open.end : d.end;
  return makeSpan(d.file, d.start, end);
}
function contextKey(ctx) {
  if (!ctx) return "";
  if (ctx.children.length === 0) return describeContext(ctx);
  return recall(ctx, CONTEXT_KEY) ?? remember(ctx, CONTEXT_KEY, describeContext(ctx));
}
var CONTEXT_KEY = memoSlot();
function describeContext(ctx) {
  const above = ctx.parent ? contextKey(ctx.parent) : "";
  if (!ctx.directive || ctx.assumed) return above;
  let label = ctx.kind;
  if (ctx.kind === "server") {
    const names = [];
    const listens = [];
    for (const d of ctx.directives) {
      if (d.name === "server_name") for (let k = 0; k < d.argc; k++) names.push(d.arg(k));
      else if (d.name === "listen") listens.push(d.arg(0) ?? "");
    }
    label += ` ${names.join(",")}|${listens.join(",")}`;
  } else {
    label += " " + argsText(ctx.directive);
  }
  return above === "" ? label : `${above} > ${label}`;
}
function argsText(d) {
  const n = d.argc;
  if (n === 0) return "";
  let text = d.arg(0);
  for (let k = 1; k < n; k++) text += " " + d.arg(k);
  return text;
}
function hash(text) {
  return sha256().hash("sha256", text, "hex").slice(0, 32);
}
var UNEVEN_SPACE = /[^\S ]| {2}/;
var crypto = null;
function sha256() {
  return crypto ??= process.getBuiltinModule("node:crypto");
}
var relativePaths = /* @__PURE__ */ new Map();
function fingerprintPath(file, base) {
  let byFile = relativePaths.get(base);
  if (byFile === void 0) {
    if (relativePaths.size > 64) relativePaths.clear();
    relativePaths.set(base, byFile = /* @__PURE__ */ new Map());
  }
  let rel2 = byFile.get(file);
  if (rel2 === void 0) {
    rel2 = nodePath5.isAbsolute(file) ? nodePath5.relative(base, file).split(nodePath5.sep).join("/") : file.split(nodePath5.sep).join("/");
    if (byFile.size > 1e5) byFile.clear();
    byFile.set(file, rel2);
  }
  return rel2;
}
function ruleFingerprint(ruleId, file, base, context, nodeText, messageId) {
  const text = UNEVEN_SPACE.test(nodeText) ? nodeText.replace(/\s+/g, " ") : nodeText;
  return hash(`${ruleId}
${fingerprintPath(file, base)}
${contextKey(context)}
${text}
${messageId}`);
}
function fingerprintOf(f, base) {
  const own2 = f.fingerprint;
  return own2 || messageFingerprint(f, base);
}
function messageFingerprint(f, base) {
  let message = f.message;
  if (nodePath5.dirname(base) !== base) message = message.split(base + nodePath5.sep).join("").split(base).join(".");
  message = message.replace(/:\d+(?::\d+)?/g, ":#").replace(/\bline \d+/g, "line #");
  return hash(`${f.ruleId}
${fingerprintPath(f.span.file, base)}
${message}`);
}
function withFingerprint(f, base) {
  const own2 = Object.getOwnPropertyDescriptor(f, "fingerprint");
  if (own2 && (own2.get || own2.value)) return f;
  const copy = { ...f };
  Object.defineProperty(copy, FINGERPRINT_BASE, { value: base, enumerable: false, writable: true, configurable: true });
  Object.defineProperty(copy, "fingerprint", BASE_FINGERPRINT);
  return copy;
}
var FINGERPRINT_BASE = /* @__PURE__ */ Symbol("fingerprintBase");
var BASE_FINGERPRINT = {
  get() {
    return messageFingerprint(this, this[FINGERPRINT_BASE]);
  },
  set(value) {
    Object.defineProperty(this, "fingerprint", { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true
};
var FindingIndex = class {
  byFile = /* @__PURE__ */ new Map();
  /** Whether the end offset counts too (findings of several trees: the same place reached twice). */
  withEnd;
  constructor(options = {}) {
    this.withEnd = !!options.end;
  }
  /** True when an equal finding was added. `message` is called only when one matches all but the message. */
  has(f, message) {
    const known = this.byFile.get(f.span.file)?.get(f.span.start);
    if (!known) return false;
    let text;
    const same = (g) => {
      if (g.ruleId !== f.ruleId || g.messageId !== f.messageId || this.withEnd && g.span.end !== f.span.end) return false;
      text ??= message();
      return g.message === text;
    };
    return Array.isArray(known) ? known.some(same) : same(known);
  }
  add(f) {
    let inFile = this.byFile.get(f.span.file);
    if (!inFile) this.byFile.set(f.span.file, inFile = /* @__PURE__ */ new Map());
    const known = inFile.get(f.span.start);
    if (!known) inFile.set(f.span.start, f);
    else if (Array.isArray(known)) known.push(f);
    else inFile.set(f.span.start, [known, f]);
  }
};

// src/engine/syntax.ts
function ownBlocks(c) {
  if (c.directive && !c.assumed) return [c.directive.name];
  if (c.kind === "http") return HTTP;
  if (c.kind === "server") return SERVER;
  if (c.kind === "location") return LOCATION;
  return NO_BLOCKS;
}
var HTTP = ["http"];
var SERVER = ["http", "server"];
var LOCATION = ["http", "server", "location"];
var NO_BLOCKS = [];
function pathStateOf(ctx) {
  const up = [];
  for (let c = ctx; c; c = c.parent) up.push(c);
  let state = PATH_START;
  for (let k = up.length - 1; k >= 0; k--) state = stateAfter(state, up[k]);
  return state;
}
function stateAfter(state, c) {
  if (c.directive && !c.assumed) return stateIn(state, c.directive.name);
  for (const block of ownBlocks(c)) state = contextAfter(state, block);
  return state;
}
var transitions = /* @__PURE__ */ new Map();
function stateIn(state, block) {
  let byName = transitions.get(state);
  if (!byName) transitions.set(state, byName = /* @__PURE__ */ new Map());
  let next = byName.get(block);
  if (next === void 0) {
    next = contextAfter(state, block);
    if (byName.size >= 1024) byName.clear();
    byName.set(block, next);
  }
  return next;
}
function contextIn(state) {
  const where = state.context;
  return where === "other" || where === "map" || where === "geo" || where === "types" || where === "split_clients" || where === "charset_map" || where === "match" ? null : where;
}
function directiveContextOf(ctx) {
  return contextIn(pathStateOf(ctx));
}
var factsByContext = /* @__PURE__ */ new Map();
var checkedNames = null;
function factsOf(where, name) {
  let byName = factsByContext.get(where);
  if (!byName) factsByContext.set(where, byName = /* @__PURE__ */ new Map());
  let facts = byName.get(name);
  if (!facts) {
    checkedNames ??= new Set(checkedDirectives());
    facts = { info: directiveInfo(name, where), allowed: allowedIn(name, where), duplicatesAllowed: allowsDuplicates(name), checked: checkedNames.has(name), accepted: null };
    if (byName.size >= 4096) byName.clear();
    byName.set(name, facts);
  }
  return facts;
}
var ACCEPTED_WORDS = 256;
var NOT_PLAIN = /["'\\]/;
function argumentProblem(d, facts, where, version) {
  if (d.argc !== 1) return checkArguments(d, where, version);
  const word = d.argRaw(0);
  if (NOT_PLAIN.test(word)) return checkArguments(d, where, version);
  let accepted = facts.accepted;
  if (accepted === null || accepted.version !== version) facts.accepted = accepted = { version, words: /* @__PURE__ */ new Set() };
  if (accepted.words.has(word)) return null;
  const problem = checkArguments(d, where, version);
  if (problem === null && accepted.words.size < ACCEPTED_WORDS) accepted.words.add(word);
  return problem;
}
var SKIP = /* @__PURE__ */ new Set(["include"]);
function* syntaxFindings(model, options = {}) {
  for (const l of model.contexts.limits) yield finding("parse-error", l.message, l.directive);
  const errorStarts = /* @__PURE__ */ new Map();
  const repaired = (d) => {
    let starts = errorStarts.get(d.file.path);
    if (!starts) errorStarts.set(d.file.path, starts = (model.tree.files.get(d.file.path)?.errors ?? []).map((e) => e.start).sort((a, b) => a - b));
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (starts[mid] < d.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length && starts[lo] <= d.end;
  };
  const seen2 = /* @__PURE__ */ new Map();
  const all = model.contexts.all;
  const open = [];
  for (let c = 0; c < all.length; c++) {
    const ctx = all[c];
    while (open.length > 0 && open[open.length - 1].ctx !== ctx.parent) open.pop();
    const around = ctx.parent === null ? PATH_START : open.length > 0 ? open[open.length - 1].state : pathStateOf(ctx.parent);
    const state = stateAfter(around, ctx);
    open.push({ ctx, state });
    const where = contextIn(state);
    if (!where) continue;
    if (seen2.size > 4096) seen2.clear();
    const directives = ctx.directives;
    for (let k = 0; k < directives.length; k++) {
      const d = directives[k];
      if (SKIP.has(d.name) || !d.terminated) continue;
      const facts = factsOf(where, d.name);
      const info = facts.info;
      if (!info) {
        const f = unknownFinding(d, where, !!options.strict);
        if (f) yield f;
        continue;
      }
      const allowed = facts.allowed;
      const guessedRoot = ctx.assumed ? ctx.assumed.how === "guessed" : ctx.directive === null && ctx.kind !== "main";
      if (allowed === false && !guessedRoot) {
        yield keyed("invalid-context", "msg.syntax.notAllowed", { error: code2(`"${d.name}" directive is not allowed here`), where: code2(describe(where)) }, d);
        continue;
      }
      if (allowed === false) continue;
      const hasBlock = d.block !== null || d.lua !== null;
      if (info.block && !hasBlock) {
        yield finding("parse-error", `directive "${d.name}" has no opening "{"`, d);
        continue;
      }
      if (!info.block && hasBlock) {
        yield finding("parse-error", `directive "${d.name}" is not terminated by ";"`, d);
        continue;
      }
      const problem = !facts.checked || repaired(d) ? null : argumentProblem(d, facts, where, model.version);
      if (problem) yield argumentFinding(d, problem);
      if (!facts.duplicatesAllowed) {
        const entry = seen2.get(d.name);
        const first = entry !== void 0 && entry.block === c ? entry.d : void 0;
        if (first) {
          const f = keyed("duplicate-directive", "msg.syntax.duplicate", { error: code2(`"${d.name}" directive is duplicate`), line: first.nameToken.line }, d);
          const note = { directive: code2(d.name) };
          f.related.push({ span: directiveSpan(first), message: renderKey(englishFindings, "msg.related.firstHere", note), messageId: "msg.related.firstHere", data: note });
          yield f;
        } else if (entry !== void 0) {
          entry.block = c;
          entry.d = d;
        } else {
          seen2.set(d.name, { block: c, d });
        }
      }
    }
  }
  for (const dup of duplicateLocations(model)) {
    const f = keyed("duplicate-location", "msg.syntax.duplicateLocation", { error: code2(`duplicate location "${dup.path}"`) }, dup.location);
    f.related.push(relatedNote(dup.first, "msg.related.firstLocation", { path: code2(dup.path) }));
    yield f;
  }
  for (const c of conflictingServerNames(model)) {
    const data = {
      error: code2(`conflicting server name "${c.name}" on ${c.address}, ignored`),
      implicit: c.token ? null : { kind: "message", key: "msg.syntax.implicitName", data: {} }
    };
    const f = keyed("duplicate-server-name", "msg.syntax.conflictingName", data, c.node, "warning");
    if (c.token) f.span = tokenSpan(c.node, c.token);
    f.related.push(relatedNote(c.first, "msg.related.nameTaken", { name: code2(c.name) }));
    yield f;
  }
}
function describe(where) {
  return where === "if" ? "if in location" : where === "server-if" ? "if in server" : where;
}
function finding(ruleId, message, d, severity = "error") {
  return { ruleId, severity, message, span: directiveSpan(d), related: [] };
}
function tokenSpan(d, t2) {
  return makeSpan(d.file, t2.start, t2.end);
}
function engineFix(titleId, data, applicability, edit) {
  return { title: renderKey(englishFindings, titleId, data), titleId, data, applicability, edits: [edit] };
}
function relatedNote(d, messageId, data) {
  return { span: directiveSpan(d), message: renderKey(englishFindings, messageId, data), messageId, data };
}
var clause = (key, data = {}) => ({ kind: "message", key, data });
var words2 = (list) => ({ kind: "list", join: "or", items: list.map((w) => code2(`"${w}"`)) });
function takes(min, max) {
  if (min === max) return clause("msg.syntax.takes.exactly", { min });
  if (max === Infinity) return clause("msg.syntax.takes.atLeast", { min });
  return clause(max === min + 1 ? "msg.syntax.takes.either" : "msg.syntax.takes.range", { min, max });
}
function argumentFinding(d, p) {
  if (p.kind === "arguments") {
    const s2 = p.suggestion;
    const f2 = keyed("invalid-arguments", "msg.syntax.arguments", {
      error: code2(`invalid number of arguments in "${d.name}" directive`),
      takes: takes(p.min, p.max),
      count: p.count,
      suggestion: s2 ? clause("msg.syntax.didYouMean", { suggestion: code2(s2.text) }) : null
    }, d);
    if (s2) {
      const from = d.args.map((a) => a.raw).join(" ");
      f2.fix = engineFix("msg.fix.replaceValue", { from: code2(from), to: code2(s2.text) }, s2.certain ? "safe" : "unsafe", replaceArgs(d, [s2.text]));
    }
    return f2;
  }
  const v = p.token.value;
  const name = `"${d.name}" directive`;
  let error;
  let expected = null;
  switch (p.arg.kind) {
    case "flag":
      error = `invalid value "${v}" in ${name}, it must be "on" or "off"`;
      break;
    case "enum":
    case "bitmask":
      error = `invalid value "${v}" in ${name}`;
      if (p.allowed.length) expected = clause("msg.syntax.mustBe", { words: words2(p.allowed) });
      break;
    case "parameter":
      error = `invalid parameter "${v}" in ${name}`;
      expected = clause("msg.syntax.mustBe", { words: words2(p.allowed) });
      break;
    case "cache-time":
      error = `invalid time value "${v}" in ${name}`;
      expected = clause("msg.syntax.shape.sec");
      break;
    case "status":
      error = `invalid status "${v}" in ${name}`;
      expected = clause("msg.syntax.shape.status");
      break;
    case "time":
      error = `${name} invalid value "${v}"`;
      expected = clause(p.arg.sec ? "msg.syntax.shape.sec" : "msg.syntax.shape.time");
      break;
    case "size":
      error = `${name} invalid value "${v}"`;
      expected = clause("msg.syntax.shape.size");
      break;
    case "number": {
      const w = p.arg.wording ?? "directive-invalid-value";
      error = w === "invalid-number" ? `invalid number "${v}" in ${name}` : w === "invalid-value-in" ? `invalid value "${v}" in ${name}` : w === "directive-invalid-number" ? `${name} invalid number "${v}"` : `${name} invalid value "${v}"`;
      expected = p.allowed.length ? clause("msg.syntax.shape.numberOr", { words: words2(p.allowed) }) : clause("msg.syntax.shape.number");
      break;
    }
    case "any":
      error = `invalid value "${v}" in ${name}`;
      break;
  }
  const s = p.suggestion;
  const f = keyed("invalid-value", "msg.syntax.value", { error: code2(error), expected, suggestion: s ? clause("msg.syntax.didYouMean", { suggestion: code2(s.text) }) : null }, d);
  f.span = tokenSpan(d, p.token);
  if (s) {
    f.fix = engineFix("msg.fix.replaceValue", { from: code2(v), to: code2(s.text) }, s.certain ? "safe" : "unsafe", replaceArg(d, p.index, s.text));
  }
  return f;
}
var candidateCache = /* @__PURE__ */ new Map();
var allNames = null;
var anywhereCache = /* @__PURE__ */ new Map();
function typoAnywhere(name) {
  let hit = anywhereCache.get(name);
  if (hit === void 0) {
    hit = suggestDirective(name, allNames ??= knownDirectiveNames());
    if (anywhereCache.size > 4096) anywhereCache.clear();
    anywhereCache.set(name, hit);
  }
  return hit;
}
function candidatesFor(where) {
  let list = candidateCache.get(where);
  if (!list) candidateCache.set(where, list = knownDirectiveNames().filter((n) => allowedIn(n, where) !== false));
  return list;
}
function likelyTypoOf(d, where) {
  if (!unknownDirective(d.name)) return null;
  return suggestDirective(d.name, candidatesFor(where));
}
function unknownFinding(d, where, strict) {
  if (!unknownDirective(d.name)) return null;
  const suggestion = likelyTypoOf(d, where);
  const elsewhere = suggestion ? null : typoAnywhere(d.name);
  if (!suggestion && !elsewhere && !strict) return null;
  const error = `unknown directive "${d.name}"`;
  if (!suggestion && !elsewhere) return finding("unknown-directive", error, d, "error");
  const meant = clause(suggestion ? "msg.syntax.didYouMean" : "msg.syntax.didYouMeanElsewhere", { suggestion: code2(suggestion ?? elsewhere), where: code2(describe(where)) });
  const f = keyed("unknown-directive", "msg.syntax.value", { error: code2(error), expected: null, suggestion: meant }, d, strict ? "error" : "warning");
  if (suggestion) f.fix = engineFix("msg.fix.renameDirective", { from: code2(d.name), to: code2(suggestion) }, "unsafe", renameDirective(d, suggestion));
  return f;
}
function brokenLineFor(model, block, name) {
  const where = directiveContextOf(block);
  if (!where || !block.directive?.block) return null;
  for (const s of block.directive.block.children) {
    if (s.type !== "directive" || !s.terminated) continue;
    if (s.name === name && checkArguments(s, where, model.version)) return s;
    if (s.name !== name && likelyTypoOf(s, where) === name) return s;
  }
  return null;
}
function keyed(ruleId, messageId, data, d, severity = "error") {
  return { ...finding(ruleId, renderKey(englishFindings, messageId, data), d, severity), messageId, data };
}
var code2 = (text) => ({ kind: "code", text });

// src/engine/data-pool.ts
var SHARED = /* @__PURE__ */ Symbol("sharedData");
function isShared(data) {
  return data[SHARED] === true;
}
function markShared(data) {
  Object.defineProperty(data, SHARED, { value: true });
  return data;
}
var NONE3 = /* @__PURE__ */ Symbol("none");
var Parts = class {
  constructor(limit = 4e5) {
    this.limit = limit;
  }
  limit;
  root = { key: void 0, child: null, more: null, part: null };
  parts = /* @__PURE__ */ new WeakSet();
  steps = 0;
  /** Whether `v` is named by its identity: a plain value, or a part. */
  isPart(v) {
    return typeof v !== "object" || v === null || this.parts.has(v);
  }
  /** Makes `o` a part (it must never change from now on). Returns `o`. */
  add(o) {
    this.parts.add(o);
    return o;
  }
  /** The start of a path: `tag` says what kind of piece follows. */
  begin(tag) {
    return this.step(this.root, tag);
  }
  /** The path one value longer (null past the bound). */
  step(n, value) {
    if (n === null) return null;
    if (n.child !== null && n.key === value) return n.child;
    const known = n.more?.get(value);
    if (known !== void 0) return known;
    if (this.steps >= this.limit) return null;
    this.steps++;
    const next = { key: void 0, child: null, more: null, part: null };
    if (n.child === null) {
      n.key = value;
      n.child = next;
    } else (n.more ??= /* @__PURE__ */ new Map()).set(value, next);
    return next;
  }
  /**
   * The path of a record's keys and values after `n`, in the order JSON writes them (each object value named by
   * identity, see name), or null when a value cannot be named.
   */
  record(n, o) {
    for (const k in o) {
      const v = this.name(o[k]);
      if (v === NONE3) return null;
      n = this.step(this.step(n, k), v);
    }
    return n;
  }
  /** The part at the end of a path, if one was made. */
  get(n) {
    return n === null ? null : n.part;
  }
  /** Keeps `o` as the part at the end of a path (and makes it a part). Returns `o`. */
  set(n, o) {
    if (n !== null) n.part = o;
    this.parts.add(o);
    return o;
  }
  /** The part equal to `v` made of the same parts (`v` itself, made a part, when it is the first), or `v` if it cannot be named. */
  same(v) {
    const part = this.name(v);
    return part === NONE3 ? v : part;
  }
  /** What names `v` in a path: itself when it is a plain value or a part, else the part equal to it (NONE if none can be). */
  name(v) {
    if (typeof v !== "object" || v === null || this.parts.has(v)) return v;
    let n;
    if (Array.isArray(v)) {
      n = this.begin("[");
      for (let i = 0; i < v.length && n !== null; i++) {
        const item = this.name(v[i]);
        n = item === NONE3 ? null : this.step(n, item);
      }
    } else {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return NONE3;
      n = this.record(this.begin("{"), v);
    }
    if (n === null) return NONE3;
    return n.part ?? this.set(n, v);
  }
};
var DataPool = class {
  constructor(parts = new Parts(), limit = 1e5) {
    this.parts = parts;
    this.limit = limit;
  }
  parts;
  limit;
  known = /* @__PURE__ */ new Map();
  intern(data) {
    const path = this.parts.record(this.parts.begin("data"), data);
    if (path !== null) {
      const byParts = this.parts.get(path);
      if (byParts === null) return this.parts.set(path, data);
      return shared(byParts);
    }
    const key = JSON.stringify(data);
    let known = this.known.get(key);
    if (known === void 0) {
      if (this.known.size < this.limit) this.known.set(key, data);
      known = data;
    } else shared(known);
    return known;
  }
};
function shared(data) {
  if (!isShared(data) && Object.isExtensible(data)) Object.defineProperty(data, SHARED, { value: true });
  return data;
}

// src/engine/lazy-text.ts
var TEXT = /* @__PURE__ */ Symbol("ruleText");
var FINGERPRINT = /* @__PURE__ */ Symbol("fingerprintSource");
var RECIPE = /* @__PURE__ */ Symbol("recipe");
function lazyProperty(key, get) {
  return {
    get,
    set(value) {
      Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true
  };
}
function hide(obj, key, value) {
  Object.defineProperty(obj, key, { value, enumerable: false, writable: true, configurable: true });
}
var rendered = /* @__PURE__ */ new WeakMap();
function renderOnce(renderer, how, what, data, render) {
  if (!isShared(data)) return render();
  const known = rendered.get(data);
  if (known !== void 0 && known.renderer === renderer && known.how === how && known.what === what) return known.text;
  const text = render();
  rendered.set(data, { renderer, how, what, text });
  return text;
}
var NO_DATA = Object.freeze(markShared({}));
function findingMessage() {
  const t2 = this[TEXT];
  const template2 = t2.messages[this.messageId];
  const data = this.data ?? NO_DATA;
  return renderOnce(t2.renderer, 0 /* Template */, template2, data, () => renderMessage(t2.renderer, template2, data));
}
function findingStream() {
  const t2 = this[TEXT];
  return this.streamReasons?.map((w) => renderStreamWhy(t2.renderer, w));
}
function findingFingerprint() {
  const s = this[FINGERPRINT];
  let nodeText;
  if (s.node) nodeText = `${s.node.name} ${argsText(s.node)}`;
  else nodeText = this.message;
  return ruleFingerprint(this.ruleId, this.span.file, s.prefix, s.context, nodeText, this.messageId);
}
function renderKeyOnce(renderer, key, data) {
  const d = data ?? NO_DATA;
  return renderOnce(renderer, 1 /* Key */, key, d, () => renderKey(renderer, key, d));
}
function relatedMessage() {
  return renderKeyOnce(this[TEXT].renderer, this.messageId, this.data);
}
function fixTitle() {
  return renderKeyOnce(this[TEXT].renderer, this.titleId, this.data);
}
function defaultNote() {
  const r = this[TEXT].renderer;
  return renderOnce(r, 2 /* Default */, "", this.basis, () => renderDefault(r, this.basis));
}
var MESSAGE = lazyProperty("message", findingMessage);
var STREAM = lazyProperty("stream", findingStream);
var FINGERPRINT_TEXT = lazyProperty("fingerprint", findingFingerprint);
var RELATED_MESSAGE = lazyProperty("message", relatedMessage);
var FIX_TITLE = lazyProperty("title", fixTitle);
var DEFAULT_NOTE = lazyProperty("note", defaultNote);
function lazyMessage(f, text) {
  hide(f, TEXT, text);
  Object.defineProperty(f, "message", MESSAGE);
}
function lazyStream(f) {
  Object.defineProperty(f, "stream", STREAM);
}
function lazyFingerprint(f, source) {
  hide(f, FINGERPRINT, source);
  Object.defineProperty(f, "fingerprint", FINGERPRINT_TEXT);
}
function lazyRelated(span, messageId, data, text) {
  const r = { span };
  hide(r, TEXT, text);
  Object.defineProperty(r, "message", RELATED_MESSAGE);
  r.messageId = messageId;
  if (data) r.data = data;
  return r;
}
function lazyFix(titleId, data, applicability, edits, text) {
  const fix2 = {};
  hide(fix2, TEXT, text);
  Object.defineProperty(fix2, "title", FIX_TITLE);
  fix2.titleId = titleId;
  if (data) fix2.data = data;
  fix2.applicability = applicability;
  fix2.edits = edits;
  return fix2;
}
function lazyDefaultOrigin(basis, text) {
  const o = { kind: "default" };
  hide(o, TEXT, text);
  Object.defineProperty(o, "note", DEFAULT_NOTE);
  o.basis = basis;
  return o;
}
function holdRecipe(f, recipe) {
  hide(f, RECIPE, recipe);
}
function dropFix(f) {
  delete f.fix;
  const recipe = f[RECIPE];
  if (recipe === void 0 || !f.data) return;
  f.data = { ...f.data, recipe };
  hide(f, RECIPE, void 0);
}
function withoutFix(f) {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(f));
  dropFix(copy);
  return copy;
}

// src/engine/engine.ts
var ENGINE_IDS = [
  "parse-error",
  "include-not-found",
  "include-unreadable",
  "include-cycle",
  "include-unmapped",
  "invalid-context",
  "duplicate-directive",
  "invalid-arguments",
  "invalid-value",
  "unknown-directive",
  "duplicate-location",
  "duplicate-server-name",
  "invalid-suppression",
  "unused-suppression"
];
var MAX_FINDINGS = 1e5;
var SHARED_ARGS = 5e4;
function runRules(model, rules, options = {}) {
  let truncated = 0;
  const settings = options.rules ?? {};
  const enabled = rules.filter((r) => settings[r.meta.id]?.severity !== "off" && (!options.only || options.only.includes(r.meta.id)));
  const findings = [];
  const seen2 = new FindingIndex();
  const origin = /* @__PURE__ */ new Map();
  const fixContexts = /* @__PURE__ */ new Map();
  const prefix = model.tree.prefix;
  const relPaths = /* @__PURE__ */ new Map();
  const rel2 = (file) => {
    if (!nodePath6.isAbsolute(file)) return file;
    let r = relPaths.get(file);
    if (r === void 0) relPaths.set(file, r = nodePath6.relative(prefix, file));
    return r;
  };
  let blocks = null;
  const builder = {
    ...fixer_exports,
    insertDirective: (block, text, opts) => {
      const name = text.trim().split(/\s+/)[0] ?? "";
      if (!blocks) {
        blocks = /* @__PURE__ */ new Map();
        for (const c of model.contexts.all) if (c.directive && !blocks.has(c.directive)) blocks.set(c.directive, c);
      }
      const ctxNode = blocks.get(block);
      const broken = ctxNode ? brokenLineFor(model, ctxNode, name) : null;
      return broken ? replaceDirective(broken, text) : insertDirective(block, text, opts);
    },
    // A one-value directive written with more (`proxy_read_timeout 10 minutes`, which nginx -t rejects) gets the new
    // value in place of all of them, not `1h minutes`.
    replaceArg: (d, index, value) => index === 0 && d.args.length > 1 && directiveInfo(d.name)?.args.max === 1 ? replaceArgs(d, [value]) : replaceArg(d, index, value)
  };
  const renderers = /* @__PURE__ */ new Map();
  const editTexts = new TextPool();
  const parts = new Parts();
  const pool = new DataPool(parts);
  const spans = /* @__PURE__ */ new Map();
  const relatedNotes = /* @__PURE__ */ new Map();
  const spanOf = (d) => {
    let span = spans.get(d);
    if (!span) spans.set(d, span = directiveSpan(d));
    return span;
  };
  const shown = /* @__PURE__ */ new WeakMap();
  const shownOf = (d) => {
    let m = shown.get(d);
    if (!m) shown.set(d, m = {});
    return m;
  };
  const levels = /* @__PURE__ */ new WeakMap();
  const levelOf = (c) => {
    let m = levels.get(c);
    if (!m) levels.set(c, m = {});
    return m;
  };
  const levelsByName = /* @__PURE__ */ new Map();
  const levelArg = (c, self) => {
    const m = levelOf(c);
    const known2 = self ? m.self : m.plain;
    if (known2) return known2;
    const name = levelName(c);
    let byName = levelsByName.get(name);
    if (!byName) {
      byName = {};
      if (levelsByName.size < SHARED_ARGS) levelsByName.set(name, byName);
    }
    if (self) return m.self = byName.self ??= parts.add({ kind: "level", level: parts.add({ name, self: true }) });
    return m.plain = byName.plain ??= parts.add({ kind: "level", level: parts.add({ name }) });
  };
  const codes = /* @__PURE__ */ new Map();
  const code4 = (text) => {
    let arg = codes.get(text);
    if (arg === void 0) {
      arg = { kind: "code", text };
      if (codes.size < SHARED_ARGS) codes.set(text, parts.add(arg));
    }
    return arg;
  };
  const streamArg = (reasons) => {
    const confidence = strongest(reasons);
    return { kind: "stream", reasons: reasons.map((x) => x.why), ...confidence ? { confidence } : {} };
  };
  const streamWhy = (c) => levelOf(c).why ??= model.streamReasons(c).map((x) => x.why);
  const visitors = enabled.map((rule) => {
    const opts = { ...rule.meta.options ?? {}, ...settings[rule.meta.id]?.options ?? {} };
    const severity = settings[rule.meta.id]?.severity;
    const english = englishRenderer(rule);
    renderers.set(rule.meta.id, english);
    const text = { renderer: english, messages: rule.meta.messages };
    const messageKeys = /* @__PURE__ */ new Map();
    const relatedKeys = /* @__PURE__ */ new Map();
    const fixKeys = /* @__PURE__ */ new Map();
    const bare = /* @__PURE__ */ new Map();
    const messageKey = (id) => {
      let key = messageKeys.get(id);
      if (key === void 0) messageKeys.set(id, key = `${rule.meta.id}.${id}`);
      return key;
    };
    const relatedKey = (id) => {
      let key = relatedKeys.get(id);
      if (key === void 0) {
        key = `${rule.meta.id}.related.${id}`;
        if (english.lookup(key) === void 0) throw new Error(`no message "${key}" in en`);
        relatedKeys.set(id, key);
      }
      return key;
    };
    const fixKeyOf = (id) => {
      let key = fixKeys.get(id);
      if (key === void 0) {
        if (metaTemplate(rule.meta, `fix.${id}`) === void 0) throw new Error(`rule ${rule.meta.id} has no fix title "${id}" in meta.fixes`);
        fixKeys.set(id, key = `${rule.meta.id}.fix.${id}`);
      }
      return key;
    };
    const show = (d) => `${d.name}${d.args.length ? " " + d.args.map((a) => a.raw).join(" ") : ""} (${rel2(d.file.path)}:${d.nameToken.line})`;
    const where = (d) => `${rel2(d.file.path)}:${d.nameToken.line}`;
    const ctx = {
      model,
      options: opts,
      code: code4,
      show: (d) => {
        const m = shownOf(d);
        return m.show ??= parts.add(code4(show(d)));
      },
      where: (d) => {
        const m = shownOf(d);
        return m.where ??= parts.add(code4(where(d)));
      },
      level: (c, self) => levelArg(c, self === c),
      origin: (v, options2) => {
        let path = parts.step(parts.step(parts.begin("origin"), options2?.more), options2?.nameOnly === true);
        const o = v.origin;
        if (o.kind === "directive") path = parts.step(parts.step(parts.step(path, o.directive), levelName(o.context)), o.context === v.levels[0]);
        else {
          path = parts.step(path, parts.same(o.basis));
          for (let k = 0; k < v.levels.length; k++) path = parts.step(path, levelName(v.levels[k]));
        }
        return parts.get(path) ?? parts.set(path, { kind: "origin", origin: originOf(v, where, options2) });
      },
      stream: (c, reasons) => {
        if (!reasons) return levelOf(c).stream ??= parts.same(streamArg(model.streamReasons(c)));
        return streamArg(reasons);
      },
      entries: (entries3) => entriesArg(entries3, (d) => {
        const m = shownOf(d);
        return m.entry ??= parts.add(code4(`${d.args[0]?.raw ?? d.name} (${where(d)})`));
      }, levelArg, parts),
      streamLocation: (c) => {
        const location = levelArg(model.locationOf(c) ?? c, false);
        const stream = ctx.stream(c);
        const path = parts.step(parts.step(parts.begin("streamLocation"), location), stream);
        return parts.get(path) ?? parts.set(path, {
          kind: "message",
          key: "msg.stream.location",
          data: { location, why: { ...stream, brief: true } }
        });
      },
      list: (items, join10, options2) => listArg(items, join10, options2 ?? {}, parts),
      message: (id, data) => {
        if (rule.meta.messages[id] === void 0) throw new Error(`rule ${rule.meta.id} has no message "${id}"`);
        if (data) {
          const key = messageKey(id);
          const path = parts.record(parts.step(parts.begin("message"), key), data);
          const known2 = parts.get(path);
          if (known2 !== null) return known2;
          const m2 = { kind: "message", key, data };
          return path === null ? m2 : parts.set(path, m2);
        }
        let m = bare.get(id);
        if (!m) bare.set(id, m = parts.add({ kind: "message", key: messageKey(id), data: {} }));
        return m;
      },
      related: (d, id, data) => {
        const key = relatedKey(id);
        const span = spanOf(d);
        const shared2 = data && pool.intern(data);
        let byKey = relatedNotes.get(span);
        if (!byKey) relatedNotes.set(span, byKey = /* @__PURE__ */ new Map());
        let byData = byKey.get(key);
        if (!byData) byKey.set(key, byData = /* @__PURE__ */ new Map());
        let note = byData.get(shared2);
        if (!note) byData.set(shared2, note = lazyRelated(span, key, shared2, text));
        return note;
      },
      report: (r) => {
        if (findings.length >= MAX_FINDINGS) {
          truncated++;
          return;
        }
        const template2 = rule.meta.messages[r.messageId];
        if (template2 === void 0) throw new Error(`rule ${rule.meta.id} reported unknown message id "${r.messageId}"`);
        const span = "type" in r.node ? directiveSpan(r.node) : r.node;
        const builtEdits = r.fix ? r.fix.edits(builder) : null;
        const editList = builtEdits === null ? null : Array.isArray(builtEdits) ? exactList(builtEdits) : [builtEdits];
        const fixKey = editList && editList.some((e) => sharedFile(model, e.file)) ? `${rule.meta.id}\0${span.file}\0${span.start}\0${JSON.stringify(builtEdits)}` : null;
        if (fixKey) {
          const set = fixContexts.get(fixKey) ?? /* @__PURE__ */ new Set();
          set.add(r.context ?? null);
          fixContexts.set(fixKey, set);
        }
        const data = r.recipe === void 0 ? r.data : { ...r.data, recipe: r.fix ? null : r.recipe };
        if (seen2.has({ ruleId: rule.meta.id, span, messageId: r.messageId }, messageThunk(english, template2, data))) return;
        const evidence = r.context ? model.streamEvidence(r.context) : null;
        let own2 = r.severity ?? rule.meta.severity;
        if (rule.meta.streamOnly && evidence?.confidence && SEVERITY_RANK[own2] > SEVERITY_RANK[evidence.maxSeverity]) own2 = evidence.maxSeverity;
        const finding2 = {
          ruleId: rule.meta.id,
          // A severity the user configured wins over the rule's own choice for this finding.
          severity: severity && severity !== "off" ? severity : own2
        };
        lazyMessage(finding2, text);
        finding2.span = span;
        finding2.related = r.related ? exactList(r.related) : [];
        finding2.messageId = r.messageId;
        if (data) finding2.data = pool.intern(data);
        if (r.fix && r.recipe !== void 0) holdRecipe(finding2, r.recipe);
        if (r.provenance) {
          const v = r.provenance;
          finding2.provenance = {
            directive: v.name,
            value: v.args ? v.args.join(" ") : null,
            origin: v.origin.kind === "directive" ? { kind: "directive", span: directiveSpan(v.origin.directive), level: levelName(v.origin.context) } : lazyDefaultOrigin(v.origin.basis, text),
            levels: v.levels.map(levelName)
          };
        }
        if (r.context && r.provenance) {
          const unread = unreadIncludes(r.context);
          if (unread.length) {
            if (finding2.severity === "error") finding2.severity = "warning";
            const data2 = { directive: code4(r.provenance.name) };
            for (const d of unread) finding2.related.push(lazyRelated(directiveSpan(d), "msg.related.unreadInclude", data2, text));
          }
        }
        if (r.context) {
          const reasons = evidence?.reasons ?? [];
          if (reasons.length) {
            finding2.streamReasons = streamWhy(r.context);
            if (evidence?.confidence) finding2.streamConfidence = evidence.confidence;
            lazyStream(finding2);
          }
          const chain = reasons.find((x) => x.chain)?.chain;
          if (chain) finding2.chain = chainSteps(chain);
        }
        if (r.fix) {
          if (rule.meta.fix === "none") throw new Error(`rule ${rule.meta.id} reported a fix but meta.fix is 'none'`);
          const titleId = fixKeyOf(r.fix.id);
          const applicability = rule.meta.streamOnly && evidence?.confidence === "guessed" && evidence.maxSeverity === "info" ? "suggestion" : r.fix.applicability;
          for (const e of editList) e.text = editTexts.intern(e.text);
          finding2.fix = lazyFix(titleId, r.fix.data && pool.intern(r.fix.data), applicability, editList, text);
        }
        lazyFingerprint(finding2, { prefix, context: r.context ?? null, node: "type" in r.node ? r.node : null });
        findings.push(finding2);
        seen2.add(finding2);
        if (fixKey) origin.set(finding2, { node: "type" in r.node ? r.node : null, fixKey });
      }
    };
    return { rule, v: rule.create(ctx) };
  });
  const crashed = (rule, e, where) => {
    const at = where ? ` at ${rel2(where.file.path)}:${where.nameToken.line}` : "";
    return new Error(`rule ${rule.meta.id} crashed${at}: ${e.message}`, { cause: e });
  };
  const HOOKED = ["location", "server", "http", "if", "upstream"];
  const byKind = /* @__PURE__ */ new Map();
  const namesOf = new Map(visitors.map(({ v }) => [v, v.directive && v.directiveNames ? new Set(v.directiveNames) : null]));
  const visitsFor = (kind) => visitors.filter(({ v }) => kind !== null && v[kind] || v.directive).map(({ rule, v }) => ({ rule, v, hook: kind === null ? void 0 : v[kind], names: namesOf.get(v) }));
  for (const kind of HOOKED) byKind.set(kind, visitsFor(kind));
  const unhooked = visitsFor(null);
  const streamVisits = visitors.filter(({ v }) => v.location || v.streamLocation || v.directive).map(({ rule, v }) => {
    const { location, streamLocation } = v;
    const hook = location && streamLocation ? (c) => {
      location(c);
      streamLocation(c);
    } : location ?? streamLocation;
    return { rule, v, hook, names: namesOf.get(v) };
  });
  const anyStreamHook = visitors.some(({ v }) => v.streamLocation);
  const wanted = /* @__PURE__ */ new Set();
  for (const names of namesOf.values()) if (names) for (const n of names) wanted.add(n);
  const NONE_PICKED = [];
  for (const ctx of model.contexts.all) {
    const kind = ctx.directive === null && ctx.kind !== "http" ? null : ctx.kind;
    const visits = kind === "location" && anyStreamHook && model.isStream(ctx) ? streamVisits : (kind === null ? void 0 : byKind.get(kind)) ?? unhooked;
    let picked = null;
    for (let i = 0; i < visits.length; i++) {
      const { rule, v, hook, names } = visits[i];
      if (hook) {
        try {
          hook(ctx);
        } catch (e) {
          throw crashed(rule, e, ctx.directive);
        }
      }
      if (!v.directive) continue;
      if (names !== null) {
        picked ??= pickNamed(ctx.directives, wanted, NONE_PICKED);
        for (let k = 0; k < picked.length; k++) {
          const d = picked[k];
          if (!names.has(d.name)) continue;
          try {
            v.directive(d, ctx);
          } catch (e) {
            throw crashed(rule, e, d);
          }
        }
        continue;
      }
      const directives = ctx.directives;
      for (let k = 0; k < directives.length; k++) {
        const d = directives[k];
        try {
          v.directive(d, ctx);
        } catch (e) {
          throw crashed(rule, e, d);
        }
      }
    }
  }
  for (const { rule, v } of visitors) {
    if (!v.done) continue;
    try {
      v.done();
    } catch (e) {
      throw crashed(rule, e, null);
    }
  }
  for (const f of findings) {
    const o = origin.get(f);
    if (f.fix && o) restrictSharedFix(model, f, o.node, fixContexts.get(o.fixKey) ?? /* @__PURE__ */ new Set([null]), renderers.get(f.ruleId));
  }
  const known = /* @__PURE__ */ new Set([...rules.map((r) => r.meta.id), ...ENGINE_IDS]);
  const all = [...model.tree.findings];
  for (const f of syntaxFindings(model, { strict: !!options.strict })) {
    if (findings.length >= MAX_FINDINGS) {
      truncated++;
      continue;
    }
    if (seen2.has(f, () => f.message)) continue;
    seen2.add(f);
    findings.push(f);
  }
  const enabledIds = new Set(enabled.map((r) => r.meta.id));
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const list = byFile.get(f.span.file);
    if (list) list.push(f);
    else byFile.set(f.span.file, [f]);
  }
  const hidden = /* @__PURE__ */ new Set();
  for (const parsed of model.tree.files.values()) {
    const { list, problems } = collectSuppressions(parsed, known);
    appendAll(all, problems);
    if (list.length === 0) continue;
    for (const f of byFile.get(parsed.file.path) ?? []) if (isSuppressed(f, list)) hidden.add(f);
    for (const s of list) {
      const unused = s.ids.filter((id) => !s.used.has(id) && enabledIds.has(id));
      if (unused.length) {
        const data = { ids: quotedIds(unused) };
        all.push({
          ruleId: "unused-suppression",
          severity: "warning",
          span: s.span,
          related: [],
          message: renderKey(englishFindings, "msg.suppression.unused", data),
          messageId: "msg.suppression.unused",
          data
        });
      }
    }
  }
  for (const f of findings) if (!hidden.has(f)) all.push(f);
  all.sort(compareFindings);
  return { findings: all.map((f) => withFingerprint(f, prefix)), suppressed: hidden.size, truncated };
}
var sharedFiles = /* @__PURE__ */ new WeakMap();
function sharedFile(model, file) {
  let memo = sharedFiles.get(model);
  if (!memo) sharedFiles.set(model, memo = /* @__PURE__ */ new Map());
  const known = memo.get(file);
  if (known !== void 0) return known;
  memo.set(file, false);
  const includers = model.tree.includers.get(file) ?? [];
  const shared2 = includers.length > 1 || includers.length === 1 && sharedFile(model, includers[0].file.path);
  memo.set(file, shared2);
  return shared2;
}
function restrictSharedFix(model, f, node, reported, english) {
  const fix2 = f.fix;
  const shared2 = fix2.edits.some((e) => sharedFile(model, e.file));
  if (!shared2 || !node || reported.has(null)) return;
  const evaluated = node.block ? blockContexts(model, node) : model.contextsOf(node);
  if (evaluated.length <= 1 || evaluated.every((c) => reported.has(c))) return;
  const first = [...reported][0];
  const direct = (model.tree.includers.get(node.file.path) ?? []).find((d) => d.parent !== null && d.parent === first.directive);
  const include = direct ?? first.via[first.via.length - 1];
  const host = include?.parent ?? null;
  const inserts = fix2.edits.every((e) => e.insert !== void 0);
  const others = evaluated.length - reported.size;
  const withoutFix2 = () => {
    dropFix(f);
    const why = { file: { kind: "code", text: node.file.path.split("/").pop() }, count: others };
    f.related = [...f.related, { span: f.span, message: renderKey(english, "msg.related.sharedNoFix", why), messageId: "msg.related.sharedNoFix", data: why }];
  };
  if (!include || !host || !host.block) {
    withoutFix2();
    return;
  }
  const block = `${host.name}${host.args.length ? " " + host.args.map((a) => a.value).join(" ") : ""}`;
  const data = {
    title: fix2.titleId ? { kind: "message", key: fix2.titleId, data: fix2.data ?? {} } : { kind: "code", text: fix2.title },
    block: { kind: "code", text: block },
    at: { kind: "code", text: `${host.file.path.split("/").pop()}:${host.nameToken.line}` },
    file: { kind: "code", text: node.file.path.split("/").pop() },
    count: others
  };
  if (inserts) {
    f.fix = {
      title: renderKey(english, "msg.fix.sharedInclude", data),
      titleId: "msg.fix.sharedInclude",
      data,
      applicability: "unsafe",
      edits: fix2.edits.map((e) => insertDirective(host, e.insert))
    };
    return;
  }
  const inline = inlineInclude(model, include, node.file.path, fix2.edits);
  if (!inline) {
    withoutFix2();
    return;
  }
  f.fix = {
    title: renderKey(english, "msg.fix.inlineInclude", data),
    titleId: "msg.fix.inlineInclude",
    data,
    applicability: "unsafe",
    edits: [inline]
  };
}
function inlineInclude(model, include, file, edits) {
  if ((include.includes?.length ?? 0) !== 1 || include.includes[0] !== file) return null;
  const parsed = model.tree.files.get(file);
  if (!parsed || edits.some((e) => e.file !== file)) return null;
  const source = applyEdits(parsed.file.text, [...edits]);
  const text = include.file.text;
  const eol = lineEndingAt(text, include.start);
  const indent2 = indentAt(text, include.start);
  const lines = source.split(/\r?\n/);
  while (lines.length && lines[lines.length - 1].trim() === "") lines.pop();
  while (lines.length && lines[0].trim() === "") lines.shift();
  if (lines.length === 0) return null;
  const common = Math.min(...lines.filter((l) => l.trim() !== "").map((l) => l.length - l.trimStart().length));
  const body = lines.map((l, k) => l.trim() === "" ? "" : (k === 0 ? "" : indent2) + l.slice(common)).join(eol);
  return { file: include.file.path, start: include.start, end: include.end, text: body };
}
var TextPool = class {
  texts = /* @__PURE__ */ new Map();
  intern(text) {
    const known = this.texts.get(text);
    if (known !== void 0) return known;
    if (this.texts.size < 1e4) this.texts.set(text, text);
    return text;
  }
};
function messageThunk(english, template2, data) {
  return () => renderMessage(english, template2, data ?? {});
}
function englishRenderer(rule) {
  const prefix = `${rule.meta.id}.`;
  return {
    locale: "en",
    lookup: (key) => key.startsWith(prefix) ? metaTemplate(rule.meta, key.slice(prefix.length)) : englishFindingsTemplate(key)
  };
}
function listArg(items, join10, options, parts) {
  let path = parts.step(parts.step(parts.step(parts.begin("list"), join10), options.limit), options.distinct === true);
  for (let i = 0; i < items.length && path !== null; i++) path = parts.isPart(items[i]) ? parts.step(path, items[i]) : null;
  const known = parts.get(path);
  if (known !== null) return known;
  const seen2 = /* @__PURE__ */ new Set();
  const kept2 = options.distinct ? items.filter((i) => {
    const key = JSON.stringify(i);
    if (seen2.has(key)) return false;
    seen2.add(key);
    return true;
  }) : [...items];
  const limit = options.limit;
  const cut = limit !== void 0 && kept2.length > limit;
  const arg = { kind: "list", join: join10, items: cut ? kept2.slice(0, limit) : kept2, ...cut ? { more: kept2.length - limit } : {} };
  return path === null ? arg : parts.set(path, arg);
}
function entriesArg(entries3, label, level, parts) {
  const groups = /* @__PURE__ */ new Map();
  for (const e of entries3) {
    const g = groups.get(e.context) ?? [];
    g.push(label(e.directive));
    groups.set(e.context, g);
  }
  let path = parts.begin("entries");
  for (const [c, items] of groups) {
    path = parts.step(parts.step(path, GROUP), level(c, false));
    for (let i = 0; i < items.length && path !== null; i++) path = parts.isPart(items[i]) ? parts.step(path, items[i]) : null;
  }
  const known = parts.get(path);
  if (known !== null) return known;
  const arg = {
    kind: "list",
    join: "semicolon",
    items: [...groups].map(([c, items]) => ({
      kind: "message",
      key: "msg.entries.from",
      data: { items: { kind: "list", join: "comma", items }, level: level(c, false) }
    }))
  };
  return path === null ? arg : parts.set(path, arg);
}
var GROUP = /* @__PURE__ */ Symbol("group");
var blockIndex = /* @__PURE__ */ new WeakMap();
function blockContexts(model, d) {
  let index = blockIndex.get(model);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const c of model.contexts.all) {
      if (!c.directive) continue;
      const list = index.get(c.directive);
      if (list) list.push(c);
      else index.set(c.directive, [c]);
    }
    blockIndex.set(model, index);
  }
  return index.get(d) ?? [];
}
function chainSteps(chain) {
  return chain.hops.map((h) => ({
    location: blockLabel(h.location),
    span: h.location?.directive ? directiveSpan(h.location.directive) : null,
    via: h.via.map((v) => ({ directive: v.directive.name, span: directiveSpan(v.directive) })),
    conditions: h.conditions.map(conditionData)
  }));
}
function unreadIncludes(ctx) {
  const out = [];
  for (const level of mergeChain(ctx)) out.push(...unreadAt(level));
  return out;
}
var unreadCache = /* @__PURE__ */ new WeakMap();
function unreadAt(level) {
  let found = unreadCache.get(level);
  if (!found) {
    found = directivesNamed(level, "include").filter((d) => d.args.length === 1 && (d.includes?.length ?? 0) === 0 && !isGlob(d.args[0].value));
    unreadCache.set(level, found);
  }
  return found;
}
function pickNamed(directives, names, none) {
  let out = null;
  for (let k = 0; k < directives.length; k++) {
    const d = directives[k];
    if (!names.has(d.name)) continue;
    if (out === null) out = [d];
    else out.push(d);
  }
  return out ?? none;
}

// src/engine/config/ignore.ts
import * as nodePath7 from "node:path";
var IGNORE_GLOB = { doubleStar: true, starMatchesSlash: false, bang: true, escapes: false };
function ignoreMatcher(globs, baseDir) {
  const compiled = globs.map((g) => {
    const trimmed = g.replace(/\/+$/, "");
    if (trimmed.startsWith("/")) return { abs: true, anySegment: false, glob: compileGlob(trimmed, IGNORE_GLOB) };
    const body = trimmed.replace(/^\.\//, "");
    return { abs: false, anySegment: !trimmed.includes("/"), glob: compileGlob(body, IGNORE_GLOB) };
  });
  if (compiled.length === 0) return () => false;
  return (file) => {
    const abs = nodePath7.resolve(baseDir, file);
    const rel2 = nodePath7.relative(baseDir, abs).split(nodePath7.sep).join("/");
    const inside = rel2 !== "" && !rel2.startsWith("..") && !nodePath7.isAbsolute(rel2);
    return compiled.some((c) => c.abs ? matchGlob(c.glob, abs, { prefixDir: true }) : inside && matchGlob(c.glob, rel2, { prefixDir: true, anySegment: c.anySegment }));
  };
}

// src/engine/config/options.ts
function toLintOptions(config, ctx = {}) {
  const configDir = nodePath8.resolve(ctx.configDir ?? process.cwd());
  const exists2 = ctx.exists ?? ((p) => nodeFs2.existsSync(p));
  const rules = {};
  for (const [id, entry] of Object.entries(config.rules ?? {})) {
    if (id === "$comment") continue;
    const e = entry;
    rules[id] = Array.isArray(e) ? { severity: e[0], options: e[1] } : { severity: e };
  }
  const maps = Object.entries(config.pathMap ?? {}).map(([from, to]) => ({ from, to: nodePath8.resolve(configDir, to) }));
  const notes = [];
  const ignore = config.ignore ?? [];
  const model = {};
  if (config.streams?.length) model.streamPatterns = config.streams;
  if (config.notStreams?.length) model.notStreamPatterns = config.notStreams;
  if (config.nginxVersion) model.nginxVersion = config.nginxVersion;
  return {
    rules,
    model,
    maps,
    ignore,
    isIgnored: ignoreMatcher(ignore, configDir),
    notes,
    ...config.preset ? { preset: config.preset } : {},
    ...config.failOn ? { failOn: config.failOn } : {},
    ...config.format ? { format: config.format } : {},
    ...config.locale ? { locale: config.locale } : {}
  };
}
function applyEngineSettings(findings, rules) {
  const engine = new Set(ENGINE_IDS);
  const out = [];
  for (const f of findings) {
    const s = engine.has(f.ruleId) ? rules[f.ruleId]?.severity : void 0;
    if (s === "off") continue;
    out.push(s ? { ...f, severity: s } : f);
  }
  return out;
}

// src/engine/config/presets.ts
import * as nodePath10 from "node:path";

// src/model/fs.ts
import * as nodeFs3 from "node:fs";
import * as nodePath9 from "node:path";
function kindOfStat(st) {
  if (st === void 0) return "missing";
  if (st.isFile()) return "file";
  if (st.isDirectory()) return "dir";
  return "other";
}
function statOrUndefined(path) {
  try {
    return nodeFs3.statSync(path, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
var diskFs = {
  kind(path) {
    return kindOfStat(statOrUndefined(path));
  },
  readFile(path) {
    return readRegularFile(path);
  },
  readdir(path) {
    try {
      return nodeFs3.readdirSync(path);
    } catch {
      return [];
    }
  },
  realpath(path) {
    try {
      return nodeFs3.realpathSync.native(path);
    } catch {
      return path;
    }
  }
};
function loadingDiskFs() {
  let last = null;
  const kernelByDev = /* @__PURE__ */ new Map();
  const real = /* @__PURE__ */ new Map();
  return {
    kind(path) {
      const st = statOrUndefined(path);
      last = st ? { path, st } : null;
      return kindOfStat(st);
    },
    readFile(path) {
      const stat = last?.path === path ? last.st : void 0;
      last = null;
      return readRegularFile(path, void 0, { ...stat ? { stat } : {}, kernelByDev });
    },
    readdir: (path) => diskFs.readdir(path),
    realpath(path) {
      let r = real.get(path);
      if (r === void 0) real.set(path, r = diskFs.realpath(path));
      return r;
    }
  };
}
function memoryFs(files) {
  const map = /* @__PURE__ */ new Map();
  for (const [p, content] of Object.entries(files)) {
    map.set(nodePath9.posix.normalize(p), typeof content === "string" ? Buffer.from(content, "utf8") : content);
  }
  const isDir2 = (p) => {
    const prefix = p.endsWith("/") ? p : p + "/";
    for (const k of map.keys()) if (k.startsWith(prefix)) return true;
    return false;
  };
  return {
    kind(p) {
      const n = nodePath9.posix.normalize(p);
      if (map.has(n)) return "file";
      return isDir2(n) ? "dir" : "missing";
    },
    readFile(p) {
      const v = map.get(nodePath9.posix.normalize(p));
      if (!v) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: "ENOENT" });
      return v;
    },
    readdir(p) {
      const n = nodePath9.posix.normalize(p);
      const prefix = n.endsWith("/") ? n : n + "/";
      const names = /* @__PURE__ */ new Set();
      for (const k of map.keys()) {
        if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split("/")[0]);
      }
      return [...names];
    },
    realpath(p) {
      return nodePath9.posix.normalize(p);
    }
  };
}
function budgetFs(base, limit) {
  const sizes = /* @__PURE__ */ new Map();
  let total = 0;
  return {
    kind: (p) => base.kind(p),
    readdir: (p) => base.readdir(p),
    realpath: (p) => base.realpath(p),
    readFile(p) {
      const bytes = base.readFile(p);
      const before = sizes.get(p) ?? 0;
      total += bytes.length - before;
      sizes.set(p, bytes.length);
      if (overReadCap(total, limit)) throw new ReadRefusedError(p, "run-too-large", limit);
      return bytes;
    }
  };
}

// src/engine/config/presets.ts
var PRESETS = ["1panel", "openresty", "npm", "apisix", "debian", "plain"];
var isDir = (fs6, p) => fs6.kind(p) === "dir";
var isFile2 = (fs6, p) => fs6.kind(p) === "file";
var join3 = nodePath10.join;
function readText(fs6, p) {
  if (!isFile2(fs6, p)) return null;
  try {
    return Buffer.from(fs6.readFile(p)).toString("utf8");
  } catch {
    return null;
  }
}
function plan(preset, label, rest = {}) {
  return { preset, label, detected: true, maps: [], containerOnly: [], generated: [], notes: [], ...rest };
}
function openrestyVersion(text) {
  const m = /image:\s*["']?[\w./-]*openresty[\w.-]*:(\d+)\.(\d+)\.(\d+)\.(\d+)/.exec(text);
  if (!m) return null;
  return { openresty: `${m[1]}.${m[2]}.${m[3]}.${m[4]}`, nginx: `${m[1]}.${m[2]}.${m[3]}` };
}
function envValue(text, key) {
  if (!text) return null;
  const m = new RegExp(`^\\s*${key}\\s*=\\s*["']?([^"'\\n]*)["']?\\s*$`, "m").exec(text);
  return m ? m[1].trim() : null;
}
function onePanel(input, fs6) {
  let app = null;
  let root = null;
  const inApp = /^(.*)\/apps\/openresty\/([^/]+)(?:\/|$)/.exec(input);
  if (inApp) {
    app = `${inApp[1]}/apps/openresty/${inApp[2]}`;
    root = inApp[1] || "/";
  } else {
    for (let d = input; ; d = nodePath10.dirname(d)) {
      const apps = join3(d, "apps", "openresty");
      if (isDir(fs6, apps)) {
        const name = fs6.readdir(apps).sort().find((n) => isFile2(fs6, join3(apps, n, "conf", "nginx.conf")));
        if (name) {
          app = join3(apps, name);
          root = d;
          break;
        }
      }
      if (nodePath10.dirname(d) === d) break;
    }
  }
  if (!app && isFile2(fs6, join3(input, "conf", "nginx.conf")) && (isDir(fs6, join3(input, "www", "sites")) || (readText(fs6, join3(input, "conf", "nginx.conf")) ?? "").includes("/usr/local/openresty/nginx/conf/conf.d/"))) {
    app = input;
    root = nodePath10.dirname(input);
  }
  if (!app || !root) return null;
  const env = readText(fs6, join3(app, ".env"));
  const compose = readText(fs6, join3(app, "docker-compose.yml")) ?? "";
  const websiteDir = envValue(env, "WEBSITE_DIR") ?? join3(root, "www");
  const v2 = /\$\{WEBSITE_DIR\}/.test(compose) || isDir(fs6, join3(websiteDir, "conf.d")) || !isDir(fs6, join3(app, "conf", "conf.d")) && isDir(fs6, join3(websiteDir, "sites"));
  const version = openrestyVersion(compose);
  const container = "/usr/local/openresty";
  const maps = v2 ? [
    { from: "/www", to: websiteDir },
    { from: `${container}/nginx/conf/conf.d`, to: join3(websiteDir, "conf.d") },
    { from: `${container}/nginx/conf/stream.d`, to: join3(websiteDir, "stream.d") },
    { from: `${container}/nginx/conf`, to: join3(app, "conf") },
    { from: `${container}/1pwaf`, to: join3(app, "1pwaf") }
  ] : [
    { from: "/www", to: join3(app, "www") },
    { from: `${container}/nginx/conf`, to: join3(app, "conf") },
    { from: `${container}/1pwaf`, to: join3(app, "1pwaf") }
  ];
  const present = maps.filter((m) => fs6.kind(m.to) !== "missing");
  const label = `1panel ${v2 ? "v2" : "v1"}${version ? `, OpenResty ${version.openresty} (nginx ${version.nginx} core)` : ""}`;
  return plan("1panel", label, {
    entries: [join3(app, "conf", "nginx.conf")],
    prefix: join3(app, "conf"),
    maps: present,
    ...version ? { nginxVersion: version.nginx } : {},
    audit: "1Panel",
    containerOnly: [container]
  });
}
function sysrootMaps(root, fs6) {
  if (root === "/" || root === "") return [];
  return ["/etc/nginx", "/usr/local/openresty", "/data", "/www", "/usr/local/apisix"].filter((p) => isDir(fs6, root + p)).map((p) => ({ from: p, to: root + p }));
}
function openresty(input, fs6) {
  let base = null;
  if (isFile2(fs6, join3(input, "nginx", "conf", "nginx.conf")) && (/openresty/i.test(input) || isDir(fs6, join3(input, "lualib")) || isDir(fs6, join3(input, "bin")))) base = input;
  const m = /^(.*\/openresty)\/nginx(?:\/conf)?\/?$/.exec(input);
  if (!base && m && isFile2(fs6, join3(m[1], "nginx", "conf", "nginx.conf"))) base = m[1];
  if (!base) return null;
  const conf = join3(base, "nginx", "conf");
  const root = base.endsWith("/usr/local/openresty") ? base.slice(0, -"/usr/local/openresty".length) : "";
  return plan("openresty", "openresty", { entries: [join3(conf, "nginx.conf")], prefix: conf, maps: sysrootMaps(root, fs6) });
}
function npm(input, fs6) {
  let data = null;
  for (const d of [input, join3(input, "data"), nodePath10.dirname(input), nodePath10.dirname(nodePath10.dirname(input))]) {
    if (isDir(fs6, join3(d, "nginx", "proxy_host"))) {
      data = d;
      break;
    }
  }
  if (!data) return null;
  const root = nodePath10.dirname(data);
  const etc = join3(root, "etc", "nginx");
  const label = "npm (Nginx Proxy Manager)";
  if (isFile2(fs6, join3(etc, "nginx.conf"))) {
    return plan("npm", label, { entries: [join3(etc, "nginx.conf")], prefix: etc, maps: [{ from: "/data", to: data }, { from: "/etc/nginx", to: etc }] });
  }
  const entries3 = [];
  for (const kind of ["default_host", "proxy_host", "redirection_host", "dead_host"]) {
    const dir = join3(data, "nginx", kind);
    if (!isDir(fs6, dir)) continue;
    for (const n of fs6.readdir(dir).sort()) if (n.endsWith(".conf") && !n.startsWith(".")) entries3.push(join3(dir, n));
  }
  return plan("npm", label, { entries: entries3, prefix: "/etc/nginx", maps: [{ from: "/data", to: data }], containerOnly: ["/etc/nginx"] });
}
function apisix(input, fs6) {
  for (const base of [input, nodePath10.dirname(input), nodePath10.dirname(nodePath10.dirname(input))]) {
    const conf = join3(base, "conf", "nginx.conf");
    const text = readText(fs6, conf);
    if (text && /apisix/i.test(text) && (isFile2(fs6, join3(base, "conf", "config.yaml")) || /require\("apisix"\)|apisix\.http_init/.test(text))) {
      return plan("apisix", "apisix", { entries: [conf], prefix: join3(base, "conf"), generated: [conf], audit: "APISIX" });
    }
  }
  return null;
}
function debian(input, fs6) {
  for (let dir = input; ; dir = nodePath10.dirname(dir)) {
    if (isFile2(fs6, join3(dir, "nginx.conf")) && (isDir(fs6, join3(dir, "sites-enabled")) || isDir(fs6, join3(dir, "sites-available")))) {
      const maps = dir === "/etc/nginx" ? [] : [{ from: "/etc/nginx", to: dir }];
      return plan("debian", "debian", { prefix: dir, maps });
    }
    if (nodePath10.dirname(dir) === dir) return null;
  }
}
var DETECTORS = {
  "1panel": onePanel,
  openresty,
  npm,
  apisix,
  debian
};
function planPreset(choice, input, fs6 = diskFs) {
  const abs = nodePath10.resolve(input);
  if (choice === "plain") return { ...plan("plain", "plain"), detected: false };
  if (choice !== "auto") {
    const p = DETECTORS[choice](abs, fs6);
    if (p) return { ...p, detected: false };
    return { ...plan(choice, choice), detected: false, notes: [{ key: "cli.config.presetNotApplied", data: { preset: choice, path: abs } }] };
  }
  for (const name of ["1panel", "apisix", "npm", "openresty", "debian"]) {
    const p = DETECTORS[name](abs, fs6);
    if (p) return p;
  }
  return plan("plain", "plain");
}
function presetOfPaths(paths) {
  if (paths.some((p) => /\/www\/sites\/[^/]+\//.test(p)) && paths.some((p) => p.includes("/usr/local/openresty/"))) {
    return plan("1panel", "1panel (from the dump)", { audit: "1Panel" });
  }
  if (paths.some((p) => /\/data\/nginx\/(proxy|redirection|dead|default)_host\//.test(p))) return plan("npm", "npm (from the dump)");
  const apisixConf = paths.find((p) => /\/apisix\/conf\/nginx\.conf$/.test(p));
  if (apisixConf) return plan("apisix", "apisix (from the dump)", { audit: "APISIX", generated: [apisixConf] });
  if (paths.some((p) => p.includes("/usr/local/openresty/"))) return plan("openresty", "openresty (from the dump)");
  return null;
}
function siteOf(preset, file) {
  if (preset === "1panel") {
    const m = /\/sites\/([^/]+)\//.exec(file) ?? /\/conf\.d\/([^/]+)\.conf$/.exec(file);
    return m ? m[1] : null;
  }
  if (preset === "npm") {
    const m = /\/(proxy|redirection|dead|default)_host\/([^/]+)\.conf$/.exec(file);
    return m ? `${m[1]} host ${m[2]}` : null;
  }
  if (preset === "debian") {
    const m = /\/sites-(?:enabled|available)\/([^/]+)$/.exec(file);
    return m ? m[1] : null;
  }
  return null;
}

// src/util/atomic-write.ts
import * as fs2 from "node:fs";
import * as nodePath11 from "node:path";
var WriteTargetError = class extends Error {
  constructor(path, kind) {
    super(`${path} is ${kind}, not a regular file; sse-lint writes only regular files (or symlinks to one)`);
    this.path = path;
    this.kind = kind;
    this.name = "WriteTargetError";
    this.code = kind === "a directory" ? "EISDIR" : "ENOTREG";
  }
  path;
  kind;
  code;
};
function kindOf2(st) {
  if (st.isDirectory()) return "a directory";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}
function resolveWriteTarget(path) {
  let lst;
  try {
    lst = fs2.lstatSync(path);
  } catch (e) {
    if (e.code === "ENOENT") return { target: path, existing: null };
    throw e;
  }
  let target;
  try {
    target = fs2.realpathSync(path);
  } catch (e) {
    if (e.code === "ENOENT" && lst.isSymbolicLink()) throw new WriteTargetError(path, "a symlink to a missing file");
    throw e;
  }
  const st = fs2.statSync(target);
  if (!st.isFile()) throw new WriteTargetError(path, kindOf2(st));
  return { target, existing: st };
}
function exists(path) {
  try {
    fs2.lstatSync(path);
    return true;
  } catch (e) {
    if (e.code === "ENOENT") return false;
    throw e;
  }
}
function alreadyExists(path) {
  return Object.assign(new Error(`${path} already exists`), { code: "EEXIST", path });
}
function randomHex(bytes) {
  return process.getBuiltinModule("node:crypto").randomBytes(bytes).toString("hex");
}
function writeFully(fd, buf, position = null) {
  for (let off = 0; off < buf.length; ) {
    const n = fs2.writeSync(fd, buf, off, buf.length - off, position === null ? null : position + off);
    if (n <= 0) throw new Error(`write returned ${n}`);
    off += n;
  }
}
function readFully(fd, size) {
  const buf = Buffer.alloc(size);
  for (let off = 0; off < size; ) {
    const n = fs2.readSync(fd, buf, off, size - off, off);
    if (n <= 0) return buf.subarray(0, off);
    off += n;
  }
  return buf;
}
function syncDirectory(dir) {
  let fd;
  try {
    fd = fs2.openSync(dir, "r");
    fs2.fsyncSync(fd);
  } catch {
  } finally {
    if (fd !== void 0) fs2.closeSync(fd);
  }
}
var TEMP = /^\.(.+)\.sse-lint-(\d+)-[0-9a-f]+\.tmp$/;
function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
function sweepStaleTemps(target) {
  sweepStaleTempsIn(nodePath11.dirname(target), (name) => name === nodePath11.basename(target));
}
function sweepStaleTempsIn(dir, accept = () => true) {
  let names;
  try {
    names = fs2.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || !accept(m[1]) || Number(m[2]) === process.pid || processAlive(Number(m[2]))) continue;
    try {
      if (fs2.lstatSync(nodePath11.join(dir, name)).isFile()) fs2.rmSync(nodePath11.join(dir, name), { force: true });
    } catch {
    }
  }
}
function writeInPlace(target, data) {
  const fd = fs2.openSync(target, fs2.constants.O_RDWR | fs2.constants.O_NOFOLLOW | fs2.constants.O_NONBLOCK);
  try {
    const st = fs2.fstatSync(fd);
    if (!st.isFile()) throw new WriteTargetError(target, kindOf2(st));
    const old2 = readFully(fd, st.size);
    if (data.length > old2.length) {
      try {
        writeFully(fd, data.subarray(old2.length), old2.length);
        fs2.fsyncSync(fd);
      } catch (e) {
        fs2.ftruncateSync(fd, old2.length);
        throw e;
      }
    }
    try {
      writeFully(fd, data.subarray(0, Math.min(data.length, old2.length)), 0);
      fs2.ftruncateSync(fd, data.length);
      fs2.fsyncSync(fd);
      const back = readFully(fd, data.length);
      if (!back.equals(data)) throw new Error(`${target}: the bytes read back differ from the bytes written`);
    } catch (e) {
      writeFully(fd, old2, 0);
      fs2.ftruncateSync(fd, old2.length);
      fs2.fsyncSync(fd);
      throw e;
    }
  } finally {
    fs2.closeSync(fd);
  }
}
function writeContent(fd, data) {
  if (typeof data !== "function") {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    writeFully(fd, bytes);
    return { size: bytes.length, bytes };
  }
  let parts = [];
  let length = 0;
  let size = 0;
  const flush = () => {
    if (length === 0) return;
    const bytes = Buffer.from(parts.join(""), "utf8");
    writeFully(fd, bytes);
    size += bytes.length;
    parts = [];
    length = 0;
  };
  data((chunk) => {
    if (typeof chunk !== "string") {
      flush();
      writeFully(fd, chunk);
      size += chunk.length;
      return;
    }
    parts.push(chunk);
    length += chunk.length;
    if (length >= 1 << 16) flush();
  });
  flush();
  return { size, bytes: null };
}
function stageWrite(path, data, options = {}) {
  if (options.exclusive && exists(path)) throw alreadyExists(path);
  const { target, existing } = resolveWriteTarget(path);
  const dir = nodePath11.dirname(target);
  sweepStaleTemps(target);
  const tmp = options.tempPath ?? nodePath11.join(dir, `.${nodePath11.basename(target)}.sse-lint-${process.pid}-${randomHex(4)}.tmp`);
  const inPlace = !options.exclusive && existing !== null && existing.nlink > 1;
  const fd = fs2.openSync(tmp, "wx", existing || options.mode !== void 0 ? 384 : 438);
  let written;
  try {
    written = writeContent(fd, data);
    if (existing) {
      try {
        fs2.fchownSync(fd, existing.uid, existing.gid);
      } catch (e) {
        if (e.code !== "EPERM") throw e;
      }
    }
    const mode = options.mode ?? (existing ? existing.mode & 4095 : void 0);
    if (mode !== void 0) fs2.fchmodSync(fd, mode);
    fs2.fsyncSync(fd);
    const size = fs2.fstatSync(fd).size;
    if (size !== written.size) throw new Error(`${tmp}: ${size} bytes on disk, ${written.size} written`);
  } catch (e) {
    fs2.closeSync(fd);
    fs2.rmSync(tmp, { force: true });
    throw e;
  }
  fs2.closeSync(fd);
  let done = false;
  const discard = () => {
    if (!done) fs2.rmSync(tmp, { force: true });
    done = true;
  };
  const commit = (opts = {}) => {
    if (done) throw new Error(`${path}: write already committed or discarded`);
    try {
      if (options.exclusive) {
        try {
          fs2.linkSync(tmp, target);
        } catch (e) {
          if (e.code === "EEXIST") throw alreadyExists(path);
          const out = fs2.openSync(target, "wx", fs2.statSync(tmp).mode & 4095);
          try {
            writeFully(out, fs2.readFileSync(tmp));
            fs2.fsyncSync(out);
          } finally {
            fs2.closeSync(out);
          }
        }
      } else if (inPlace) {
        resolveWriteTarget(target);
        writeInPlace(target, written.bytes ?? fs2.readFileSync(tmp));
      } else {
        resolveWriteTarget(target);
        fs2.renameSync(tmp, target);
        done = true;
      }
    } finally {
      discard();
    }
    if (opts.syncDir ?? true) syncDirectory(dir);
  };
  return { path, target, tmp, inPlace, commit, discard };
}
var HELD_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var held = { depth: 0, received: null, release: null };
var holdSignal = (sig) => {
  held.received ??= sig;
};
function withSignalsHeld(fn) {
  if (held.release) {
    clearTimeout(held.release);
    held.release = null;
  } else if (held.depth === 0) {
    for (const sig of HELD_SIGNALS) process.on(sig, holdSignal);
  }
  held.depth++;
  try {
    return fn();
  } finally {
    if (--held.depth === 0) {
      held.release = setTimeout(() => {
        held.release = null;
        for (const sig2 of HELD_SIGNALS) process.off(sig2, holdSignal);
        const sig = held.received;
        held.received = null;
        if (sig && process.listenerCount(sig) === 0) process.kill(process.pid, sig);
      }, 20);
    }
  }
}
function writeFileAtomic(path, data, options = {}) {
  withSignalsHeld(() => stageWrite(path, data, options).commit());
}

// src/engine/baseline.ts
import * as nodePath12 from "node:path";
var BASELINE_VERSION = 1;
var BaselineError = class extends Error {
  constructor(file, key, data, cause) {
    super(`${file}: ${key} ${JSON.stringify(data)}`);
    this.file = file;
    this.key = key;
    this.data = data;
    this.cause = cause;
    this.name = "BaselineError";
  }
  file;
  key;
  data;
  cause;
};
function readBaseline(file) {
  let text;
  try {
    text = readRegularFile(file).toString("utf8");
  } catch (e) {
    if (e.code === "ENOENT") throw new BaselineError(file, "cli.baseline.missing", { file });
    throw new BaselineError(file, "cli.baseline.unreadable", { file }, e);
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new BaselineError(file, "cli.baseline.notJson", { file, ...jsonErrorAt(text) });
  }
  const d = doc;
  if (!d || typeof d !== "object" || typeof d.version !== "number") throw new BaselineError(file, "cli.baseline.noVersion", { file });
  if (d.version !== BASELINE_VERSION) throw new BaselineError(file, "cli.baseline.unsupported", { file, version: d.version, supported: BASELINE_VERSION });
  if (!Array.isArray(d.findings) || !d.findings.every((e) => typeof e === "object" && e !== null && typeof e.fingerprint === "string")) {
    throw new BaselineError(file, "cli.baseline.badFindings", { file });
  }
  return d;
}
function baselineMatcher(file) {
  const doc = readBaseline(file);
  const baseDir = nodePath12.dirname(nodePath12.resolve(file));
  const counts = /* @__PURE__ */ new Map();
  for (const e of doc.findings) counts.set(e.fingerprint, (counts.get(e.fingerprint) ?? 0) + 1);
  return (findings) => {
    const remaining = new Map(counts);
    const out = [];
    let matched = 0;
    for (const f of findings) {
      const fp = fingerprintOf(f, baseDir);
      const left = remaining.get(fp) ?? 0;
      if (left > 0) {
        remaining.set(fp, left - 1);
        matched++;
      } else out.push(f);
    }
    let unmatched = 0;
    for (const n of remaining.values()) unmatched += n;
    return { findings: out, matched, unmatched };
  };
}
function jsonErrorAt(text) {
  try {
    parseJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return lineColumn(text, e.offset);
  }
  return { line: 1, column: 1 };
}

// src/pipeline/errors.ts
var PipelineError = class _PipelineError extends Error {
  constructor(what) {
    super(renderWhat(what, "en"));
    this.what = what;
    this.name = "PipelineError";
  }
  what;
  render(locale) {
    return renderWhat(this.what, locale);
  }
  /** Wraps the errors the engine throws for a bad config or baseline; anything else is rethrown as it is. */
  static from(e) {
    if (e instanceof _PipelineError) return e;
    if (e instanceof ConfigError) return new _PipelineError({ config: e });
    if (e instanceof BaselineError) return new _PipelineError({ key: e.key, data: e.data, ...e.cause !== void 0 ? { cause: e.cause } : {} });
    if (e instanceof ReadRefusedError) return new _PipelineError({ key: "cli.input.unreadable", data: { path: e.path }, cause: e });
    throw e;
  }
};
function renderWhat(what, locale) {
  if ("text" in what) return what.text;
  if ("config" in what) return formatConfigError(what.config, locale).replace(/\n$/, "");
  if ("inputs" in what) return what.inputs.map((e) => inputErrorText(e, locale)).join("\nsse-lint: ");
  return t(locale, what.key, { ...what.data, ..."cause" in what ? { reason: ioReason(what.cause, locale) } : {} });
}
function inputErrorText(e, locale) {
  if (e.reason === "unreadable") return t(locale, "cli.input.unreadable", { path: e.path, reason: readErrorReason(e.cause, locale) });
  if (e.reason) return t(locale, `cli.input.${e.reason}`, { path: e.path });
  return e.message;
}
function ioReason(e, locale = "en") {
  return readErrorReason(e, locale);
}
function writeError(e, file) {
  if (e instanceof PipelineError || e instanceof ConfigError || e instanceof BaselineError) return PipelineError.from(e);
  return new PipelineError({ key: "cli.write.failed", data: { file }, cause: e });
}

// src/pipeline/settings.ts
import * as nodePath14 from "node:path";

// src/model/includes.ts
import * as nodePath13 from "node:path";
var code3 = (text) => ({ kind: "code", text });
function refusedArg(e) {
  return { kind: "message", key: `cli.reason.refused.${e.kind}`, data: { max: Math.ceil(e.limit / (1024 * 1024)) } };
}
var CONTAINER_PATHS = [
  { prefix: "/www/", preset: "1panel" },
  { prefix: "/usr/local/openresty/", preset: "1panel or openresty" },
  { prefix: "/data/nginx/", preset: "npm" },
  { prefix: "/usr/local/apisix/", preset: "apisix" },
  { prefix: "/etc/nginx/", preset: "debian or npm" }
];
function literalDir(pattern) {
  const parts = pattern.split("/");
  const k = parts.findIndex((seg) => isGlob(seg));
  return parts.slice(0, k === -1 ? parts.length - 1 : k).join("/") || "/";
}
function applyMaps(path, maps) {
  if (!maps) return path;
  for (const m of maps) {
    const from = m.from.replace(/\/+$/, "");
    if (path === from || path.startsWith(from + "/")) return m.to.replace(/\/+$/, "") + path.slice(from.length);
  }
  return path;
}
function parsePathMap(spec) {
  const eq = spec.indexOf("=");
  if (eq <= 0 || eq === spec.length - 1) return null;
  return { from: spec.slice(0, eq), to: spec.slice(eq + 1) };
}
function createLoader(firstEntry, options = {}) {
  const fs6 = options.fs ?? diskFs;
  const maps = options.maps ? [...options.maps].sort((a, b) => b.from.length - a.from.length) : void 0;
  const prefix = nodePath13.resolve(options.prefix ?? (firstEntry ? nodePath13.dirname(firstEntry) : "."));
  const tree = {
    fs: fs6,
    prefix,
    files: /* @__PURE__ */ new Map(),
    order: [],
    entries: [],
    includers: /* @__PURE__ */ new Map(),
    cyclic: /* @__PURE__ */ new Map(),
    findings: [],
    inputErrors: [],
    source: "files",
    ...maps ? { maps } : {},
    ...options.containerOnly ? { containerOnly: options.containerOnly } : {}
  };
  const queue = [];
  const single = /* @__PURE__ */ new Map();
  const named = /* @__PURE__ */ new Map();
  const read = (path) => {
    const kind = fs6.kind(path);
    if (kind === "missing") return { failed: `open() "${path}" failed (2: No such file or directory)` };
    if (kind === "dir") return { failed: `"${path}" is a directory, not a config file`, messageId: "msg.include.directory", data: { path: code3(path) } };
    if (kind === "other") return { failed: `"${path}" is not a regular file (a FIFO, socket or device); it was not read`, messageId: "msg.include.notRegular", data: { path: code3(path) } };
    let bytes;
    try {
      bytes = fs6.readFile(path);
    } catch (e) {
      if (e instanceof ReadRefusedError && e.kind === "run-too-large") throw e;
      if (e instanceof ReadRefusedError) {
        return { failed: `"${path}" ${e.reason}`, messageId: "msg.include.refused", data: { path: code3(path), reason: refusedArg(e) } };
      }
      const err = e;
      return { failed: `open() "${path}" failed (${err.message.replace(/, \w+ '.*'$/, "")})` };
    }
    options.onRead?.(bytes.length);
    const parsed = parseSource(decodeSource(path, bytes), options.statements);
    options.onProgress?.(path);
    tree.files.set(path, parsed);
    tree.order.push(path);
    for (const pe of parsed.errors) {
      tree.findings.push({
        ruleId: "parse-error",
        severity: "error",
        message: pe.message,
        span: makeSpan(pe.file, pe.start, pe.end),
        related: pe.related ? [{ span: makeSpan(pe.file, pe.related.start, pe.related.end), message: pe.related.message }] : []
      });
    }
    queue.push(path);
    return parsed;
  };
  const drain = () => {
    while (queue.length > 0) {
      const path = queue.shift();
      const parsed = tree.files.get(path);
      for (const d of parsed.includes) if (!d.lua) resolveInclude(d);
    }
  };
  return {
    tree,
    addEntry(entry) {
      const path = nodePath13.resolve(entry);
      if (tree.files.has(path)) {
        if (!tree.entries.includes(path)) tree.entries.push(path);
        return true;
      }
      const r = read(path);
      if ("failed" in r) {
        tree.inputErrors.push({ path: entry, message: r.failed });
        return false;
      }
      tree.entries.push(path);
      drain();
      return true;
    },
    finish() {
      detectCycles(tree);
      tree.findings.sort(compareFindings);
      return tree;
    }
  };
  function resolveInclude(d) {
    const files = [];
    d.includes = files;
    if (d.argc !== 1 || d.block) {
      tree.findings.push({
        ruleId: "parse-error",
        severity: "error",
        message: 'invalid number of arguments in "include" directive',
        span: makeSpan(d.file, d.start, d.end),
        related: []
      });
      return;
    }
    let argToken;
    const argSpan = () => {
      const arg = argToken ??= d.args[0];
      return makeSpan(d.file, arg.start, arg.end);
    };
    const written = d.arg(0);
    let full = named.get(written);
    if (full === void 0) {
      full = applyMaps(nodePath13.posix.isAbsolute(written) ? written : nodePath13.posix.join(prefix, written), maps);
      named.set(written, full);
    }
    const targets = isGlob(full) ? expandGlob(fs6, full) : [full];
    if (isGlob(full) && targets.length === 0 && nodePath13.posix.isAbsolute(written) && full === written && fs6.kind(literalDir(full)) === "missing") {
      const known = CONTAINER_PATHS.find((c) => full.startsWith(c.prefix));
      if (known || options.containerOnly?.paths.some((c) => full.startsWith(c + "/"))) {
        const dir = literalDir(full);
        const preset = known ? known.preset.split(" ")[0] : null;
        tree.findings.push({
          ruleId: "include-unmapped",
          severity: "info",
          message: `include "${written}" matches nothing: ${dir} does not exist on this machine, so it looks like a path inside a container; nothing it would include is checked. Read it from the host folder with --map ${dir}=HOST_FOLDER${preset ? `, or the preset that knows this layout (--preset ${preset})` : ""}, or lint the running config with docker exec CONTAINER nginx -T | sse-lint -`,
          messageId: "msg.include.unmappedGlob",
          data: { written: code3(written), dir: code3(dir), preset: preset ? { kind: "message", key: "msg.include.unmappedPreset", data: { preset: code3(preset) } } : null },
          span: argSpan(),
          related: []
        });
      }
    }
    for (const target of targets) {
      const read1 = tree.files.get(target) ?? read(target);
      if ("failed" in read1) {
        const parsed = read1.failed;
        const missing = parsed.startsWith("open()") && fs6.kind(target) === "missing";
        const image = options.containerOnly;
        if (missing && image && image.paths.some((c) => target.startsWith(c.replace(/\/+$/, "") + "/"))) {
          tree.findings.push({
            ruleId: "include-unmapped",
            severity: "info",
            message: `"${target}" is a file of the ${image.preset} container image, not of this machine, so what it sets is not checked here; lint the running config with docker exec CONTAINER nginx -T | sse-lint -, or copy the image's folder beside the data (docker cp)`,
            messageId: "msg.include.unmappedImage",
            data: { target: code3(target), image: code3(image.preset) },
            span: argSpan(),
            related: []
          });
          continue;
        }
        const resolved2 = missing && full !== written;
        tree.findings.push({
          ruleId: missing ? "include-not-found" : "include-unreadable",
          severity: "error",
          message: resolved2 ? `${parsed} (include "${written}" resolved against ${prefix})` : parsed,
          ...resolved2 ? { messageId: "msg.include.resolvedAgainst", data: { error: code3(parsed), written: code3(written), prefix: code3(prefix) } } : read1.messageId ? { messageId: read1.messageId, data: read1.data } : {},
          span: argSpan(),
          related: []
        });
        continue;
      }
      files.push(target);
      const list = tree.includers.get(target);
      if (list) list.push(d);
      else tree.includers.set(target, [d]);
    }
    if (files.length === 1) {
      const target = files[0];
      let one = single.get(target);
      if (!one) single.set(target, one = Object.freeze([target]));
      d.includes = one;
    } else {
      d.includes = exactList(files);
    }
  }
}
function detectCycles(tree) {
  const state = /* @__PURE__ */ new Map();
  const none = [];
  const roots = [...tree.entries, ...tree.order];
  for (const root of roots) {
    if (state.has(root)) continue;
    const stack = [];
    const push = (path) => {
      state.set(path, 1);
      stack.push({ path, includes: tree.files.get(path)?.includes ?? none, i: 0, k: 0 });
    };
    push(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const d = top.includes[top.i];
      if (d === void 0) {
        state.set(top.path, 2);
        stack.pop();
        continue;
      }
      const files = d.includes;
      if (!files || top.k >= files.length) {
        top.i++;
        top.k = 0;
        continue;
      }
      const t2 = files[top.k++];
      const s = state.get(t2);
      if (s === 1) {
        let set = tree.cyclic.get(d);
        if (!set) tree.cyclic.set(d, set = /* @__PURE__ */ new Set());
        set.add(t2);
        const chain = [...stack.map((f) => nodePath13.basename(f.path)), nodePath13.basename(t2)].join(" -> ");
        tree.findings.push({
          ruleId: "include-cycle",
          severity: "error",
          message: `include of "${t2}" loops back to a file that is already being included (${chain}); nginx would recurse until it runs out of open files`,
          messageId: "msg.include.cycle",
          data: { file: code3(t2), chain: code3(chain) },
          span: makeSpan(d.file, d.args[0].start, d.args[0].end),
          related: []
        });
      } else if (s === void 0) {
        push(t2);
      }
    }
  }
}

// src/model/route-spec.ts
function parseRouteSpec(spec) {
  let rest = spec.trim();
  let defaultPort = null;
  const scheme = /^(https?):\/\//i.exec(rest);
  if (scheme) {
    defaultPort = scheme[1].toLowerCase() === "https" ? 443 : 80;
    rest = rest.slice(scheme[0].length);
  }
  if (rest.startsWith("/")) return { host: null, port: null, uri: rest };
  const slash = rest.indexOf("/");
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const uri = slash === -1 ? "/" : rest.slice(slash);
  if (!authority) return null;
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(authority);
  if (!m) return null;
  return { host: m[1], port: m[2] ? Number(m[2]) : defaultPort, uri };
}
function firstPort(server) {
  for (const l of serverListens(server)) if (l.kind === "inet") return { port: l.port, ...l.addr !== "*" && l.addr !== "::" ? { addr: l.addr } : {} };
  return { port: 80 };
}
function routeSpec(contexts, spec) {
  if (spec.host !== null) {
    let port = spec.port;
    let addr;
    if (port === null) {
      const named = httpServers(contexts).find((s) => s.directives.some((d) => d.name === "server_name" && d.args.some((a) => a.value.toLowerCase() === spec.host.toLowerCase())));
      const p = named ? firstPort(named) : { port: 80 };
      port = p.port;
      addr = p.addr;
    }
    return [route(contexts, { host: spec.host, port, uri: spec.uri, ...addr ? { addr } : {} })];
  }
  const out = [];
  for (const server of httpServers(contexts)) {
    const name = server.directives.find((d) => d.name === "server_name")?.args.find((a) => !a.value.startsWith("~") && !a.value.includes("*"))?.value ?? "";
    const { port, addr } = firstPort(server);
    const r = route(contexts, { host: name, port, uri: spec.uri, ...addr ? { addr } : {} });
    if (r.server === server) out.push(r);
  }
  return out;
}

// src/pipeline/settings.ts
var FAIL_ON = ["error", "warning", "info", "off"];
function resolveSettings(inputs, options = {}, configStart) {
  const cwd = nodePath14.resolve(options.cwd ?? process.cwd());
  const first = configStart ?? inputs.find((p) => p !== "-") ?? ".";
  let configured = null;
  let config = { path: null, origin: options.config === false ? "disabled" : "none" };
  if (options.config !== false) {
    try {
      const found = resolveConfig(options.config, first, cwd);
      if (found) {
        configured = toLintOptions(found.config, { configDir: nodePath14.dirname(found.path), inputPath: nodePath14.resolve(cwd, first) });
        config = { path: found.path, origin: options.config !== void 0 ? "explicit" : "discovered" };
      }
    } catch (e) {
      throw PipelineError.from(e);
    }
  }
  const choice = options.preset ?? configured?.preset ?? "auto";
  if (choice !== "auto" && !PRESETS.includes(choice)) {
    throw new PipelineError({ key: "cli.usage.badPreset", data: { value: String(choice), choices: ["auto", ...PRESETS].join(", ") } });
  }
  if (options.context !== void 0 && !SNIPPET_CONTEXTS.includes(options.context)) {
    throw new PipelineError({ key: "cli.usage.badContext", data: { value: String(options.context), choices: SNIPPET_CONTEXTS.join(", ") } });
  }
  const firstInput = inputs.find((p) => p !== "-");
  const preset = planPreset(choice, firstInput !== void 0 ? nodePath14.resolve(cwd, firstInput) : cwd);
  const maps = [];
  for (const spec of options.maps ?? []) {
    const m = typeof spec === "string" ? parsePathMap(spec) : spec;
    if (!m) throw new PipelineError({ key: "cli.usage.badMap", data: { value: String(spec) } });
    maps.push(m);
  }
  if (configured) maps.push(...configured.maps);
  maps.push(...preset.maps);
  const version = options.nginxVersion ?? configured?.model.nginxVersion ?? preset.nginxVersion;
  if (version !== void 0 && !parseVersion(version)) throw new PipelineError({ key: "cli.usage.badVersion", data: { value: version } });
  const ids = RULES.map((r) => r.meta.id);
  for (const id of options.rules ?? []) {
    if (!ids.includes(id)) {
      const near = nearest(id, ids);
      throw new PipelineError(near ? { key: "cli.usage.unknownRuleNear", data: { id, near } } : { key: "cli.usage.unknownRule", data: { id } });
    }
  }
  const engineIds = [...ENGINE_IDS];
  for (const id of [...options.disable ?? [], ...options.enable ?? []]) {
    if (!ids.includes(id) && !engineIds.includes(id)) {
      const near = nearest(id, [...ids, ...engineIds]);
      throw new PipelineError(near ? { key: "cli.usage.unknownRuleNear", data: { id, near } } : { key: "cli.usage.unknownRule", data: { id } });
    }
  }
  for (const spec of options.routes ?? []) {
    if (!parseRouteSpec(spec)) throw new PipelineError({ key: "cli.usage.badRoute", data: { value: spec } });
  }
  const failOn = options.failOn ?? configured?.failOn ?? "warning";
  if (!FAIL_ON.includes(failOn)) throw new PipelineError({ key: "cli.usage.badFailOn", data: { choices: FAIL_ON.join(", "), value: String(failOn) } });
  if (options.maxWarnings !== void 0 && !(Number.isInteger(options.maxWarnings) && options.maxWarnings >= 0)) {
    throw new PipelineError({ key: "cli.usage.badMaxWarnings", data: { value: String(options.maxWarnings) } });
  }
  const levels = { ...configured?.rules ?? {} };
  for (const id of options.enable ?? []) {
    if (levels[id]?.severity === "off") {
      const { severity: _off, ...rest } = levels[id];
      levels[id] = rest;
    }
  }
  for (const id of options.disable ?? []) levels[id] = { ...levels[id], severity: "off" };
  const lint2 = {
    model: {
      nginxVersion: version ?? null,
      routes: options.routes ?? [],
      allProxies: !!options.allProxies,
      ...configured?.model.streamPatterns ? { streamPatterns: configured.model.streamPatterns } : {},
      ...preset.audit ? { presetAudit: preset.audit } : {},
      ...options.context ? { context: options.context } : {},
      ...configured?.model.notStreamPatterns ? { notStreamPatterns: configured.model.notStreamPatterns } : {}
    },
    ...options.rules ? { only: options.rules } : {},
    rules: levels,
    strict: !!options.strict
  };
  const prefix = options.prefix !== void 0 ? nodePath14.resolve(cwd, options.prefix) : preset.prefix;
  const entries3 = preset.entries && firstInput !== void 0 ? /* @__PURE__ */ new Map([[nodePath14.resolve(cwd, firstInput), preset.entries]]) : void 0;
  const load = {
    cwd,
    maps,
    ...prefix ? { prefix } : {},
    ...entries3 ? { entries: entries3 } : {},
    ...preset.containerOnly.length ? { containerOnly: { paths: preset.containerOnly, preset: preset.label } } : {},
    ...options.stdin ? { stdin: options.stdin } : {},
    ...options.stdinName ? { stdinName: options.stdinName } : {},
    ...options.onProgress ? { onProgress: options.onProgress } : {},
    ...options.onRead ? { onRead: options.onRead } : {}
  };
  const locale = configured?.locale ? parseLocale(configured.locale) ?? void 0 : void 0;
  return {
    cwd,
    config,
    lint: lint2,
    load,
    levels,
    isIgnored: configured ? configured.isIgnored : () => false,
    baseline: options.baseline === void 0 ? void 0 : nodePath14.resolve(cwd, options.baseline),
    failOn,
    maxWarnings: options.maxWarnings,
    format: configured?.format,
    locale,
    notes: [...configured?.notes ?? [], ...preset.notes],
    preset,
    inContext: !!options.inContext
  };
}
function exitCodeFor(findings, failOn, maxWarnings) {
  const failing = failOn !== "off" && findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
  const warnings = findings.filter((f) => f.severity === "warning").length;
  return failing || maxWarnings !== void 0 && warnings > maxWarnings ? 1 : 0;
}

// src/model/served-by.ts
import * as nodePath15 from "node:path";
function carriesStream(chain, handler) {
  const redirects = [...chain.hops.flatMap((h) => h.via), ...chain.via];
  return redirects.every((r) => !(r.kind === "error_page" && r.afterResponse && canStream(handler(r.from))));
}
function servesHere(chain, loc, handler) {
  if (chain.end.kind !== "served") return chain.hops[chain.hops.length - 1]?.location === loc;
  if (servingLocation(chain) !== loc) return false;
  const fileFound = chain.conditions.some((c) => c.kind === "file" && c.exists);
  return !(fileFound && handler(chain.end.context).module === "static");
}
function servedBy(input) {
  const reached = /* @__PURE__ */ new Map();
  const from = /* @__PURE__ */ new Map();
  const leaves = /* @__PURE__ */ new Set();
  for (const loc of input.locations) {
    const all = input.ownReasons(loc);
    if (all.length === 0 || servedInPlace(loc)) continue;
    const ordinary = input.chains(loc).chains.filter((c) => c.ordinary);
    if (ordinary.length > 0 && !ordinary.some((c) => servesHere(c, loc, input.handler))) leaves.add(loc);
    const own2 = all.filter((r) => r.kind !== "route");
    if (own2.length === 0) continue;
    for (const chain of ordinary) {
      const target = servingLocation(chain);
      if (!target || target === loc || chain.end.kind !== "served") continue;
      if (!canStream(input.handler(chain.end.context)) || !carriesStream(chain, input.handler)) continue;
      let seen2 = from.get(target);
      if (!seen2) from.set(target, seen2 = /* @__PURE__ */ new Set());
      if (seen2.has(loc)) continue;
      seen2.add(loc);
      const list = reached.get(target) ?? [];
      const why = { kind: "redirect", from: blockLabel(loc), fromWhy: own2.map((r) => r.why), to: blockLabel(target), via: viaRefs(chain, input.where) };
      list.push({ kind: "redirect", why, explicit: own2.some((r) => r.explicit), chain, from: loc, confidence: strongest(own2) ?? "guessed" });
      reached.set(target, list);
    }
  }
  return { reached, leaves };
}
var REDIRECTING = /* @__PURE__ */ new Set(["try_files", "rewrite", "error_page", "return", "if"]);
function reachedHandler(input) {
  const { loc, handler } = input;
  if (!loc.directives.some((d) => REDIRECTING.has(d.name))) return null;
  for (const chain of input.chains(loc).chains) {
    if (!chain.ordinary || chain.end.kind !== "served" || servingLocation(chain) === loc) continue;
    const h = handler(chain.end.context);
    if (canStream(h) && carriesStream(chain, handler)) return h;
  }
  return null;
}
function whereIn(prefix) {
  return (d) => `${nodePath15.isAbsolute(d.file.path) ? nodePath15.relative(prefix, d.file.path) : d.file.path}:${d.nameToken.line}`;
}

// src/model/subrequests.ts
var HEADER_ONLY = /* @__PURE__ */ new Set(["auth_request", "mirror"]);
var WITH_BODY = /* @__PURE__ */ new Set(["add_before_body", "add_after_body"]);
function serverOf3(ctx) {
  let c = ctx;
  while (c && c.kind !== "server") c = c.parent;
  return c;
}
function serversOf(ctx) {
  if (ctx.kind === "http") return ctx.children.filter((c) => c.kind === "server");
  const s = serverOf3(ctx);
  return s ? [s] : [];
}
function hopLocations(chain) {
  return chain.hops.flatMap((h) => h.location ? [h.location] : []);
}
function knownStart(chain) {
  if (chain.end.kind !== "unknown") return null;
  const d = chain.end.directive;
  const arg = d.name === "rewrite" ? d.args[1] : d.name === "try_files" || d.name === "error_page" ? d.args.at(-1) : void 0;
  if (!arg) return null;
  let start = "";
  for (const p of compileTemplate(argSubject(arg.value, d.file))) {
    if (!("text" in p)) break;
    start += p.text;
  }
  const q = start.indexOf("?");
  if (q !== -1) start = start.slice(0, q);
  return start === "" ? null : start;
}
function couldFind(start, e) {
  if (e.modifier === "=") return e.subject.startsWith(start);
  if (e.modifier === "" || e.modifier === "^~") return e.subject.startsWith(start) || start.startsWith(e.subject);
  return e.modifier !== "@";
}
function subrequestOnlyLocations(contexts, chains) {
  const headerOnly = /* @__PURE__ */ new Map();
  const withBody = /* @__PURE__ */ new Map();
  const unknownBody = /* @__PURE__ */ new Set();
  for (const ctx of contexts.all) {
    for (const d of ctx.directives) {
      if (!HEADER_ONLY.has(d.name) && !WITH_BODY.has(d.name)) continue;
      const uri = d.args[0]?.value;
      if (!uri || HEADER_ONLY.has(d.name) && uri === "off") continue;
      for (const server of serversOf(ctx)) {
        const set = serverChains(server, argSubject(uri, d.file), true);
        if (WITH_BODY.has(d.name)) {
          withBody.set(server, [...withBody.get(server) ?? [], ...set.chains]);
          if (set.truncated) unknownBody.add(server);
          continue;
        }
        const reached = headerOnly.get(server) ?? /* @__PURE__ */ new Map();
        for (const c of set.chains) for (const loc of hopLocations(c)) if (!reached.has(loc)) reached.set(loc, d);
        headerOnly.set(server, reached);
      }
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [server, reached] of headerOnly) {
    if (unknownBody.has(server)) continue;
    const all = entries2(server);
    const entryOf3 = new Map(all.map((e) => [e.node, e]));
    const facing = /* @__PURE__ */ new Set();
    const pending = [];
    const face = (loc) => {
      if (facing.has(loc)) return;
      facing.add(loc);
      pending.push(loc);
    };
    for (const e of all) {
      const internal = e.modifier === "@" || e.node.directives.some((d) => d.name === "internal");
      if (!reached.has(e.node) || !internal) face(e.node);
    }
    const starts = [];
    let anything = false;
    const follow = (c) => {
      for (const loc of hopLocations(c)) face(loc);
      if (c.end.kind !== "unknown") return;
      const start = knownStart(c);
      if (start === null) anything = true;
      else starts.push(start);
    };
    const fromServer = serverChains(server, null, false);
    if (fromServer.truncated) anything = true;
    fromServer.chains.forEach(follow);
    (withBody.get(server) ?? []).forEach(follow);
    while (pending.length > 0 && !anything) {
      const set = chains(pending.pop());
      if (set.truncated) anything = true;
      set.chains.forEach(follow);
    }
    if (anything) continue;
    for (const [loc, d] of reached) {
      const e = entryOf3.get(loc);
      if (!e || facing.has(loc) || starts.some((s) => couldFind(s, e))) continue;
      out.set(loc, d);
    }
  }
  return out;
}

// src/model/model.ts
var NO_REASONS = Object.freeze([]);
var HANDLER = memoSlot();
var OWN_REASONS = memoSlot();
var COMPUTING = memoSlot();
var NOT_STREAM = memoSlot();
var ANSWERED = memoSlot();
var CHAINS = memoSlot();
var EVIDENCE = memoSlot();
function serverOfContext(ctx) {
  for (let c = ctx; c; c = c.parent) if (c.kind === "server") return c;
  return null;
}
function buildModel(tree, options = {}) {
  forgetAnswers();
  forgetLocations();
  const contexts = buildContexts(tree, void 0, options.context ? { context: options.context } : {});
  const version = options.nginxVersion ? parseVersion(options.nginxVersion) ?? null : null;
  const upstreams = collectUpstreams(contexts.all);
  const locations = contexts.all.filter((c) => c.kind === "location" && c.directive !== null);
  let byDirective = null;
  const contextsOf = (d) => {
    if (!byDirective) {
      byDirective = /* @__PURE__ */ new Map();
      for (const ctx of contexts.all) {
        for (const x of ctx.directives) {
          const list = byDirective.get(x);
          if (list) list.push(ctx);
          else byDirective.set(x, [ctx]);
        }
      }
    }
    return byDirective.get(d) ?? [];
  };
  const patterns = (options.streamPatterns ?? []).map((p) => ({ p, re: patternRegExp(p) }));
  const denials = (options.notStreamPatterns ?? []).map((p) => ({ p, re: patternRegExp(p) }));
  const redirects = (loc) => recall(loc, CHAINS) ?? remember(loc, CHAINS, locationChains(loc));
  const handler = (ctx) => recall(ctx, HANDLER) ?? remember(ctx, HANDLER, handlerOf(ctx, upstreams));
  const where = whereIn(tree.prefix);
  const routed = /* @__PURE__ */ new Map();
  const mark = (loc, r, spec) => {
    const list = routed.get(loc) ?? [];
    if (!list.some((x) => (x.why.kind === "route" || x.why.kind === "route-via") && x.why.spec === spec)) list.push(r);
    routed.set(loc, list);
  };
  for (const spec of options.routes ?? []) {
    const parsed = parseRouteSpec(spec);
    if (!parsed) continue;
    for (const r of routeSpec(contexts, parsed)) {
      const loc = r.location?.[r.location.length - 1] ?? null;
      const chains = requestChains(r).chains.filter((c) => c.ordinary);
      for (const chain of chains) {
        const target = servingLocation(chain);
        if (chain.end.kind !== "served" || !target || target === loc || !carriesStream(chain, handler)) continue;
        mark(target, { kind: "route", why: { kind: "route-via", spec, to: blockLabel(target), via: viaRefs(chain, where) }, explicit: true, chain, confidence: "declared" }, spec);
      }
      if (loc && (chains.length === 0 || chains.some((c) => servesHere(c, loc, handler)))) mark(loc, { kind: "route", why: { kind: "route", spec }, explicit: true, confidence: "declared" }, spec);
    }
  }
  const locationOf = (ctx) => {
    let c = ctx;
    while (c && c.kind !== "location") {
      if (c.kind !== "if" && c.kind !== "limit_except") return null;
      c = c.parent;
    }
    return c;
  };
  const declaredStreams = (options.routes?.length ?? 0) > 0 || patterns.length > 0 || locations.some((l) => hasStreamComment(l) !== null);
  const passesUpgrade = (loc) => effectiveList(loc, "proxy_set_header", version).entries.some((e) => e.directive.argIs(0, "upgrade") && /\$http_upgrade/i.test(e.directive.arg(1) ?? ""));
  const backends = { contexts, handler, locationOf: (c) => locationOf(c), effectiveList: (c, name) => effectiveList(c, name, version) };
  const streamingBackend = (loc) => {
    for (const target of proxiedLocationsOf(backends, loc)) {
      if (recall(target.location, COMPUTING) === true) continue;
      const c = strongest(locationReasons(target.location));
      if (c !== "declared" && c !== "seen") continue;
      const d = target.location.directive;
      return { kind: "backend", why: { kind: "backend", location: levelName(target.location), at: `${d.file.path.split("/").pop()}:${d.nameToken.line}` }, explicit: false, confidence: "seen" };
    }
    return null;
  };
  const locationReasons = (loc) => {
    const cached = recall(loc, OWN_REASONS);
    if (cached) return cached;
    remember(loc, COMPUTING, true);
    const out = ownReasons(loc);
    remember(loc, COMPUTING, void 0);
    return remember(loc, OWN_REASONS, out);
  };
  let subrequestTargets = null;
  const subrequestOnly = (loc) => {
    if (!loc.directives.some((d2) => d2.name === "internal") && loc.directive?.arg(0)?.startsWith("@") !== true) return null;
    subrequestTargets ??= subrequestOnlyLocations(contexts, redirects);
    const d = subrequestTargets.get(loc);
    return d ? { kind: "subrequest", directive: d.name, line: `${d.name} ${d.args.map((a) => a.raw).join(" ")}`, at: where(d) } : null;
  };
  const answersOf2 = (ctx) => {
    const a = recall(ctx, ANSWERED);
    return a !== void 0 ? a : remember(ctx, ANSWERED, alwaysAnswers(ctx));
  };
  const ownReasons = (loc) => {
    const none = (why) => {
      remember(loc, NOT_STREAM, why);
      return NO_REASONS;
    };
    if (hasNotStreamComment(loc)) return none({ kind: "denied-comment" });
    const server = serverOfContext(loc);
    const answers = alwaysAnswers(loc) ?? (server ? answersOf2(server) : null);
    if (answers) {
      return none({
        kind: "returns",
        line: `${answers.name} ${answers.args.map((a) => a.raw).join(" ")}`.trim(),
        at: `${answers.file.path.split("/").pop()}:${answers.nameToken.line}`,
        level: loc.directives.includes(answers) ? "location" : "server"
      });
    }
    const out = [];
    const h = handler(loc);
    out.push(...routed.get(loc) ?? []);
    const marked2 = hasStreamComment(loc);
    if (marked2) out.push({ kind: "comment", why: { kind: "comment" }, directive: marked2, explicit: true, confidence: "declared" });
    const path = locationPath(loc);
    const denied = path ? denials.find(({ re }) => re.test(path)) : void 0;
    if (denied && out.length === 0) return none({ kind: "denied-pattern", pattern: denied.p });
    const sub = out.length === 0 ? subrequestOnly(loc) : null;
    if (sub) return none(sub);
    if (path && !denied) {
      for (const { p, re } of patterns) {
        if (re.test(path)) out.push({ kind: "pattern", why: { kind: "pattern", pattern: p }, explicit: true, confidence: "declared" });
      }
    }
    const streams = canStream(h);
    const found = denied ? null : streams ? { reasons: heuristicReasons(loc, h), streamingAdds: false } : heuristicsWithoutStreaming(loc, h);
    let heuristics = found ? found.reasons : [];
    if (found?.streamingAdds) {
      const reached = reachedHandler({ loc, handler, chains: redirects });
      if (reached) heuristics = heuristicReasons(loc, reached);
    }
    if (!denied && out.length === 0 && h.module === "proxy" && !heuristics.some((r) => r.confidence === "seen")) {
      const backend = streamingBackend(loc);
      if (backend) heuristics.push(backend);
    }
    if (out.length === 0 && !heuristics.some((r) => r.confidence === "seen")) {
      const why = path && websocketPath(path) && passesUpgrade(loc) ? { kind: "websocket", path } : heuristics.length ? otherContentType(loc) : null;
      if (why) return none(why);
    }
    out.push(...heuristics);
    if (options.allProxies && canStream(h) && out.length === 0) {
      out.push({ kind: "all-proxies", why: { kind: "all-proxies" }, explicit: true, confidence: "declared" });
    }
    if (options.presetAudit && canStream(h) && out.length === 0) {
      out.push({ kind: "preset", why: { kind: "preset", preset: options.presetAudit }, explicit: true, confidence: "declared" });
    }
    if (loc.assumed?.kind === "location" && !loc.parent && canStream(h) && out.length === 0) {
      out.push({ kind: "snippet", why: { kind: "snippet" }, explicit: false, confidence: "guessed" });
    }
    return out.length === 0 ? NO_REASONS : out;
  };
  let served = null;
  const servedByRedirects = () => {
    served ??= servedBy({ locations, ownReasons: locationReasons, handler, chains: redirects, where });
    return served;
  };
  const streamReasons = (ctx) => {
    const loc = locationOf(ctx);
    if (!loc) return [];
    const own2 = locationReasons(loc);
    const s = servedByRedirects();
    const reached = s.reached.get(loc);
    const kept2 = s.leaves.has(loc) ? own2.filter((r) => r.kind === "route" && r.chain) : own2;
    return reached?.length ? [...kept2, ...reached] : kept2;
  };
  const notAStream = Object.freeze({ reasons: NO_REASONS, confidence: null, notStream: null, maxSeverity: "info" });
  const noStream = (notStream) => notStream === null ? notAStream : { reasons: NO_REASONS, confidence: null, notStream, maxSeverity: "info" };
  const streamEvidence = (ctx) => {
    const loc = locationOf(ctx);
    if (!loc) return noStream(null);
    return recall(loc, EVIDENCE) ?? remember(loc, EVIDENCE, evidenceOf(loc));
  };
  const evidenceOf = (loc) => {
    const found = streamReasons(loc);
    const denial = recall(loc, NOT_STREAM) ?? null;
    if (denial && (denial.kind === "returns" || denial.kind === "denied-comment" || denial.kind === "denied-pattern")) return noStream(denial);
    if (found.length === 0) return noStream(denial);
    if ((options.allProxies || options.presetAudit) && canStream(handler(loc))) return { reasons: found, confidence: "declared", notStream: null, maxSeverity: "error" };
    const confidence = strongest(found);
    return { reasons: found, confidence, notStream: null, maxSeverity: confidence === "guessed" ? declaredStreams ? "info" : "warning" : "error" };
  };
  return {
    tree,
    contexts,
    version,
    versionText: options.nginxVersion ?? null,
    upstreams,
    locations,
    effective: (ctx, name) => effectiveValue(ctx, name, version),
    inherited: (ctx, name) => inheritedValue(ctx, name, version),
    defaultOf: (name) => defaultValue(name, version),
    effectiveList: (ctx, name) => effectiveList(ctx, name, version),
    handler,
    streamReasons: (ctx) => streamEvidence(ctx).reasons,
    streamEvidence,
    isStream: (ctx) => streamEvidence(ctx).confidence !== null,
    declaredStreams,
    locationOf,
    contextsOf,
    redirects
  };
}

// src/lint.ts
function lintTree(tree, options = {}) {
  const model = buildModel(tree, options.model ?? {});
  const { findings, suppressed, truncated } = runRules(model, options.rulesList ?? RULES, options);
  return { model, findings, suppressed, truncated };
}

// src/model/inputs.ts
import * as nodePath16 from "node:path";

// src/model/dump.ts
var MARKER = "# configuration file ";
function isNginxDump(text) {
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  while (text.startsWith("nginx: ", i)) {
    const eol = text.indexOf("\n", i);
    if (eol === -1) return false;
    i = eol + 1;
  }
  if (!text.startsWith(MARKER, i)) return false;
  const first = findMarkers(text.slice(i, text.indexOf("\n", i) + 1 || void 0))[0];
  return first !== void 0 && first.at === 0;
}
function findMarkers(text) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    const j = text.indexOf(MARKER, i);
    if (j === -1) break;
    const lineStart = j === 0 || text[j - 1] === "\n";
    const eol = text.indexOf("\n", j);
    const end = eol === -1 ? text.length : eol;
    const line = text.slice(j, end).replace(/\r$/, "");
    if (lineStart && line.endsWith(":") && line.length > MARKER.length + 1 && eol !== -1) {
      out.push({ path: line.slice(MARKER.length, -1), at: j, body: eol + 1 });
    }
    i = end + 1;
  }
  return out;
}
function splitNginxDump(text) {
  const markers = findMarkers(text);
  const files = /* @__PURE__ */ new Map();
  for (let k = 0; k < markers.length; k++) {
    const m = markers[k];
    const stop = k + 1 < markers.length ? markers[k + 1].at : text.length;
    let body = text.slice(m.body, stop);
    if (body.endsWith("\n")) body = body.slice(0, -1);
    if (!files.has(m.path)) files.set(m.path, body);
  }
  return files;
}

// src/model/inputs.ts
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn"]);
function findConfigFiles(fs6, dir) {
  const out = [];
  const seen2 = /* @__PURE__ */ new Set();
  const top = fs6.realpath(dir);
  const inside = (p) => {
    const real = fs6.realpath(p);
    return real === top || real.startsWith(top.endsWith("/") ? top : `${top}/`);
  };
  const frames = [];
  const enter = (d) => {
    const real = fs6.realpath(d);
    if (seen2.has(real)) return;
    seen2.add(real);
    frames.push({ d, names: sortBytes(fs6.readdir(d)), next: 0 });
  };
  enter(dir);
  while (frames.length > 0) {
    const f = frames[frames.length - 1];
    if (f.next >= f.names.length) {
      frames.pop();
      continue;
    }
    const name = f.names[f.next++];
    if (name.startsWith(".")) continue;
    const p = nodePath16.join(f.d, name);
    const kind = fs6.kind(p);
    if ((kind === "dir" || kind === "file") && !inside(p)) continue;
    if (kind === "dir") {
      if (!SKIP_DIRS.has(name)) enter(p);
    } else if (kind === "file") {
      const parent = nodePath16.basename(f.d);
      if (name.endsWith(".conf") || (parent === "sites-enabled" || parent === "sites-available") && !name.includes(".")) {
        out.push(p);
      }
    }
  }
  return out;
}
function loadInputs(paths, options = {}) {
  const fs6 = options.fs ?? budgetFs(loadingDiskFs());
  const statements2 = options.statements ?? sureStatementBudget(SURE_RUN_STATEMENTS, maxRunStatements);
  const ws = { trees: [], inputErrors: [] };
  try {
    loadEach(paths, { ...options, fs: fs6, statements: statements2 }, ws);
  } catch (e) {
    if (!(e instanceof ReadRefusedError && e.kind === "run-too-large")) throw e;
    ws.trees = [];
    ws.inputErrors = [{ path: e.path, message: `${e.path}: ${e.reason}` }];
    return ws;
  }
  for (const t2 of ws.trees) appendAll(ws.inputErrors, t2.inputErrors);
  return ws;
}
function loadEach(paths, options, ws) {
  const fs6 = options.fs;
  for (const input of paths) {
    if (input === "-") {
      const bytes2 = options.stdin ?? new Uint8Array();
      const name = options.stdinName ?? "<stdin>";
      if (bytes2.every((b) => b === 32 || b === 9 || b === 10 || b === 13)) {
        ws.inputErrors.push({ path: name, message: "standard input is empty: nothing to lint", reason: "emptyStdin" });
        continue;
      }
      ws.trees.push(loadText(name, bytes2, { ...options, textPrefix: options.prefix ?? options.cwd ?? process.cwd() }));
      continue;
    }
    const abs = nodePath16.resolve(options.cwd ?? process.cwd(), input);
    const kind = fs6.kind(abs);
    if (kind === "missing") {
      ws.inputErrors.push({ path: input, message: `${input}: no such file or directory`, reason: isGlob(input) ? "quotedGlob" : "missing" });
      continue;
    }
    if (kind === "other") {
      ws.inputErrors.push({ path: input, message: `${input}: not a regular file or directory`, reason: "notFile" });
      continue;
    }
    const planned = options.entries?.get(abs);
    if (kind === "dir" && planned) {
      if (planned.length === 0) {
        ws.inputErrors.push({ path: input, message: `${input}: no nginx config files found (the preset's folders for them are empty)`, reason: "presetEmpty" });
        continue;
      }
      const loader2 = createLoader(planned[0], { ...options, fs: fs6 });
      for (const e of planned) loader2.addEntry(e);
      ws.trees.push(loader2.finish());
      continue;
    }
    if (kind === "dir") {
      const tree = loadDirectory(abs, { ...options, fs: fs6 });
      if (tree.entries.length === 0 && tree.inputErrors.length === 0) {
        ws.inputErrors.push({ path: input, message: `${input}: no nginx config files found (looked for *.conf, nginx.conf and files in sites-enabled/ or sites-available/)`, reason: "noConfigs" });
        continue;
      }
      ws.trees.push(tree);
      continue;
    }
    let bytes;
    try {
      bytes = fs6.readFile(abs);
    } catch (e) {
      ws.inputErrors.push({ path: input, message: `${input}: ${e instanceof ReadRefusedError ? e.reason : e.message}`, reason: "unreadable", cause: e });
      continue;
    }
    const source = decodeSource(abs, bytes);
    if (isNginxDump(source.text)) {
      ws.trees.push(loadDump(source.text, source.encoding, options));
      continue;
    }
    const loader = createLoader(abs, { ...options, fs: fs6 });
    loader.addEntry(abs);
    ws.trees.push(loader.finish());
  }
}
function loadText(name, bytes, options = {}) {
  const source = decodeSource(name, bytes);
  const { textPrefix, ...rest } = options;
  if (isNginxDump(source.text)) return loadDump(source.text, source.encoding, rest);
  const prefix = options.prefix ?? textPrefix;
  const path = nodePath16.resolve(prefix ?? ".", name);
  const overlay = overlayFs(options.fs ?? diskFs, /* @__PURE__ */ new Map([[path, bytes]]));
  const loader = createLoader(path, { ...rest, fs: overlay, prefix: prefix ?? nodePath16.dirname(path) });
  loader.addEntry(path);
  const tree = loader.finish();
  renameFile(tree, path, name);
  tree.source = "stdin";
  return tree;
}
function loadDump(text, encoding, options = {}) {
  const files = splitNginxDump(text);
  const mem = {};
  const withheld = /* @__PURE__ */ new Map();
  for (const [p, body] of files) {
    const refused = refusedByName(p);
    if (refused) withheld.set(nodePath16.posix.normalize(p), refused);
    mem[p] = refused ? new Uint8Array() : Buffer.from(body, encoding);
  }
  const inMemory = memoryFs(mem);
  const fs6 = {
    ...inMemory,
    readFile(p) {
      const refused = withheld.get(nodePath16.posix.normalize(p));
      if (refused) throw new ReadRefusedError(p, refused);
      return inMemory.readFile(p);
    }
  };
  const main = [...files.keys()][0];
  const loader = createLoader(main, { ...options, fs: fs6, prefix: options.prefix ?? nodePath16.posix.dirname(main) });
  loader.addEntry(main);
  for (const p of files.keys()) if (!loader.tree.files.has(p) && !withheld.has(nodePath16.posix.normalize(p))) loader.addEntry(p);
  const tree = loader.finish();
  tree.source = "dump";
  return tree;
}
function mainConfigOf(candidates, dir) {
  const root = nodePath16.join(dir, "nginx.conf");
  if (candidates.includes(root)) return root;
  const deeper = candidates.filter((c) => nodePath16.basename(c) === "nginx.conf");
  return deeper.length === 1 ? deeper[0] : null;
}
function loadDirectory(dir, options) {
  const fs6 = options.fs;
  const candidates = findConfigFiles(fs6, dir);
  const main = mainConfigOf(candidates, dir);
  const root = main ?? nodePath16.join(dir, "nginx.conf");
  const ordered2 = main ? [main, ...candidates.filter((c) => c !== main)] : candidates;
  const loader = createLoader(root, { ...options, prefix: options.prefix ?? (main ? nodePath16.dirname(main) : dir) });
  const reached = /* @__PURE__ */ new Set();
  let marked2 = 0;
  const markReached = () => {
    const order = loader.tree.order;
    for (; marked2 < order.length; marked2++) reached.add(fs6.realpath(order[marked2]));
  };
  for (const c of ordered2) {
    if (reached.has(fs6.realpath(c))) continue;
    loader.addEntry(c);
    markReached();
  }
  const tree = loader.finish();
  const included = /* @__PURE__ */ new Set();
  for (const target of tree.includers.keys()) included.add(fs6.realpath(target));
  tree.entries = tree.entries.filter((e) => !included.has(fs6.realpath(e)) || e === root);
  return tree;
}
function overlayFs(base, extra) {
  return {
    kind: (p) => extra.has(p) ? "file" : base.kind(p),
    readFile: (p) => extra.get(p) ?? base.readFile(p),
    readdir: (p) => base.readdir(p),
    realpath: (p) => extra.has(p) ? p : base.realpath(p)
  };
}
function renameFile(tree, from, to) {
  const parsed = tree.files.get(from);
  if (!parsed) return;
  parsed.file.path = to;
  tree.files.delete(from);
  tree.files.set(to, parsed);
  tree.order = tree.order.map((p) => p === from ? to : p);
  tree.entries = tree.entries.map((p) => p === from ? to : p);
  for (const f of tree.findings) if (f.span.file === from) f.span.file = to;
}

// src/reporters/summary.ts
function summarize(result) {
  const s = {
    files: result.files.length,
    filesWithFindings: new Set(result.findings.map((f) => f.span.file)).size,
    streamLocations: 0,
    findings: result.findings.length,
    error: 0,
    warning: 0,
    info: 0,
    fixable: { safe: 0, unsafe: 0 },
    suggestions: 0,
    suppressed: result.suppressed,
    ignored: result.ignored ?? 0,
    baselined: result.baselined ?? 0,
    truncated: result.truncated ?? 0
  };
  for (const m of result.models) for (const loc of m.locations) if (m.isStream(loc)) s.streamLocations++;
  for (const f of result.findings) {
    s[f.severity]++;
    if (f.fix?.applicability === "suggestion") s.suggestions++;
    else if (f.fix) s.fixable[f.fix.applicability]++;
  }
  return s;
}

// src/pipeline/layout.ts
import * as nodePath17 from "node:path";
var ADVICE = "msg.related.apisixGenerated";
function planForTree(plan2, tree) {
  if (plan2.preset !== "plain" || !plan2.detected || tree.source === "files") return plan2;
  return presetOfPaths([...tree.files.keys()]) ?? plan2;
}
function presetInfo(plan2) {
  return plan2.preset === "plain" ? void 0 : { name: plan2.preset, label: plan2.label, detected: plan2.detected };
}
function adviseGenerated(findings, plan2) {
  if (!plan2.generated.length) return findings;
  const generated = new Set(plan2.generated);
  return findings.map((f) => {
    if (!generated.has(f.span.file)) return f;
    const rest = withoutFix(f);
    const data = { file: { kind: "code", text: nodePath17.basename(f.span.file) } };
    const advice = renderKey({ locale: "en", lookup: englishFindingsTemplate }, ADVICE, data);
    return { ...rest, related: [...f.related, { span: f.span, message: advice, messageId: ADVICE, data }] };
  });
}
function siteReadiness(plan2, trees, models, findings) {
  if (plan2.preset === "plain") return void 0;
  const sites = /* @__PURE__ */ new Map();
  const get = (site) => {
    let s = sites.get(site);
    if (!s) sites.set(site, s = { site, files: [], streams: 0, error: 0, warning: 0, info: 0 });
    return s;
  };
  for (const t2 of trees) {
    for (const file of t2.files.keys()) {
      const site = siteOf(plan2.preset, file);
      if (site && !get(site).files.includes(file)) get(site).files.push(file);
    }
  }
  for (const m of models) {
    for (const loc of m.locations) {
      const site = loc.directive ? siteOf(plan2.preset, loc.directive.file.path) ?? siteOf(plan2.preset, loc.via[0]?.file.path ?? "") : null;
      if (site && m.isStream(loc)) get(site).streams++;
    }
  }
  for (const f of findings) {
    const site = siteOf(plan2.preset, f.span.file);
    if (site) get(site)[f.severity]++;
  }
  if (sites.size === 0) return void 0;
  return [...sites.values()].sort((a, b) => a.site < b.site ? -1 : a.site > b.site ? 1 : 0);
}

// src/pipeline/includers.ts
import * as nodePath18 from "node:path";
function placeInIncluders(inputs, options) {
  const fs6 = options.fs ?? diskFs;
  const cwd = nodePath18.resolve(options.cwd ?? process.cwd());
  const loaded = /* @__PURE__ */ new Map();
  const byMain = /* @__PURE__ */ new Map();
  const rest = [];
  const treeOf = (main) => {
    let t2 = loaded.get(main);
    if (!t2) {
      const loader = createLoader(main, { ...options, fs: fs6, prefix: options.prefix ?? nodePath18.dirname(main) });
      loader.addEntry(main);
      loaded.set(main, t2 = loader.finish());
    }
    return t2;
  };
  for (const input of inputs) {
    const abs = nodePath18.resolve(cwd, input);
    if (input === "-" || fs6.kind(abs) !== "file") {
      rest.push(input);
      continue;
    }
    const real = fs6.realpath(abs);
    const stop = abs === cwd || abs.startsWith(cwd + nodePath18.sep) ? cwd : nodePath18.parse(abs).root;
    let placed = null;
    for (let dir = nodePath18.dirname(abs); ; dir = nodePath18.dirname(dir)) {
      const main = nodePath18.join(dir, "nginx.conf");
      if (fs6.kind(main) === "file") {
        const tree = treeOf(main);
        const hit = [...tree.files.keys()].find((p) => p === abs || fs6.realpath(p) === real);
        if (hit) {
          placed = main;
          byMain.set(main, [...byMain.get(main) ?? [], hit]);
          break;
        }
      }
      if (dir === stop || nodePath18.dirname(dir) === dir) break;
    }
    if (!placed) rest.push(input);
  }
  return { trees: [...byMain].map(([main, files]) => ({ tree: treeOf(main), files })), rest };
}

// src/pipeline/run.ts
function loadRunInputs(inputs, settings) {
  let placed = null;
  if (settings.inContext) placed = placeInIncluders(inputs, settings.load);
  const ws = loadInputs(placed ? placed.rest : [...inputs], settings.load);
  if (ws.inputErrors.length > 0) throw new PipelineError({ inputs: ws.inputErrors });
  if (!placed || placed.trees.length === 0) return { settings, trees: ws.trees };
  const focus = /* @__PURE__ */ new Set();
  for (const t2 of ws.trees) for (const p of t2.files.keys()) focus.add(p);
  for (const p of placed.trees) for (const f of p.files) focus.add(f);
  return { settings, trees: [...placed.trees.map((p) => p.tree), ...ws.trees], focus };
}
function reloadTree(tree, fs6) {
  const loader = createLoader(tree.entries[0], {
    fs: fs6,
    prefix: tree.prefix,
    ...tree.maps ? { maps: tree.maps } : {},
    ...tree.containerOnly ? { containerOnly: tree.containerOnly } : {}
  });
  for (const e of tree.entries) loader.addEntry(e);
  const t2 = loader.finish();
  t2.source = tree.source;
  return t2;
}
function lintTreeWithSettings(tree, settings) {
  const plan2 = planForTree(settings.preset, tree);
  const options = plan2 === settings.preset || !plan2.audit ? settings.lint : { ...settings.lint, model: { ...settings.lint.model, presetAudit: plan2.audit } };
  const r = lintTree(tree, options);
  const leveled = adviseGenerated(applyEngineSettings(r.findings, settings.levels), plan2);
  const findings = leveled.filter((f) => !settings.isIgnored(f.span.file));
  return { model: r.model, findings, suppressed: r.suppressed, ignored: leveled.length - findings.length, truncated: r.truncated };
}
function openBaseline(file) {
  try {
    return baselineMatcher(file);
  } catch (e) {
    throw PipelineError.from(e);
  }
}
function reportedFilter(loaded) {
  const { focus, settings } = loaded;
  const baseline = settings.baseline === void 0 ? null : openBaseline(settings.baseline);
  return (findings) => {
    const inFocus = focus ? findings.filter((f) => focus.has(f.span.file)) : [...findings];
    return baseline ? baseline(inFocus.sort(compareFindings)).findings : inFocus;
  };
}
function lintLoaded(loaded, options = {}) {
  const { settings } = loaded;
  const seen2 = new FindingIndex({ end: true });
  let findings = [];
  const files = /* @__PURE__ */ new Set();
  const models = [];
  let suppressed = 0;
  let truncated = 0;
  let ignored = 0;
  for (const tree of loaded.trees) {
    for (const p of tree.files.keys()) files.add(p);
    const r = lintTreeWithSettings(tree, settings);
    models.push(r.model);
    suppressed += r.suppressed;
    truncated += r.truncated;
    ignored += r.ignored;
    for (const f of r.findings) {
      if (loaded.focus && !loaded.focus.has(f.span.file)) continue;
      if (seen2.has(f, () => f.message)) continue;
      seen2.add(f);
      findings.push(f);
    }
  }
  findings.sort(compareFindings);
  let baselined = 0;
  if (settings.baseline !== void 0 && options.baseline !== false) {
    const b = openBaseline(settings.baseline)(findings);
    findings = b.findings;
    baselined = b.matched;
  }
  const plan2 = loaded.trees.reduce((p, t2) => p === settings.preset ? planForTree(p, t2) : p, settings.preset);
  const preset = presetInfo(plan2);
  const sites = siteReadiness(plan2, loaded.trees, models, findings);
  const result = {
    findings,
    files: [...files],
    trees: loaded.trees,
    models,
    suppressed,
    ignored,
    baselined,
    truncated,
    config: settings.config,
    ...preset ? { preset } : {},
    ...sites ? { sites } : {}
  };
  return {
    ...result,
    config: settings.config,
    summary: summarize(result),
    exitCode: exitCodeFor(findings, settings.failOn, settings.maxWarnings),
    settings
  };
}
function lintSync(inputs, options = {}) {
  const settings = resolveSettings(inputs, options);
  return lintLoaded(loadRunInputs(inputs, settings));
}

// src/pipeline/fix.ts
import * as nodePath22 from "node:path";

// src/fix/apply.ts
function fixAllowed(f, options) {
  if (!f.fix || f.fix.edits.length === 0) return false;
  if (f.fix.applicability === "suggestion") return false;
  if (f.fix.applicability === "unsafe" && !options.unsafe) return false;
  if (options.rules && !options.rules.includes(f.ruleId)) return false;
  return true;
}
function overlayTexts(base, texts) {
  return {
    kind: (p) => texts.has(p) ? "file" : base.kind(p),
    readFile: (p) => {
      const t2 = texts.get(p);
      return t2 ? Buffer.from(t2.text, t2.source.encoding) : base.readFile(p);
    },
    readdir: (p) => base.readdir(p),
    realpath: (p) => base.realpath(p)
  };
}
function fixInMemory(baseFs, lint2, options = {}) {
  const maxPasses = options.maxPasses ?? 10;
  const texts = /* @__PURE__ */ new Map();
  const originals = /* @__PURE__ */ new Map();
  const applied = [];
  const reverted = [];
  let passes = 0;
  let converged = false;
  let current = lint2(baseFs);
  for (; ; ) {
    const sources = /* @__PURE__ */ new Map();
    const hadErrors = /* @__PURE__ */ new Set();
    for (const t2 of current.trees) {
      for (const [p, parsed] of t2.files) {
        sources.set(p, parsed.file);
        if (parsed.errors.length) hadErrors.add(p);
      }
    }
    const candidates = current.findings.filter((f) => fixAllowed(f, options) && f.fix.edits.every((e) => sources.has(e.file)));
    if (candidates.length === 0) {
      converged = true;
      break;
    }
    if (passes >= maxPasses) break;
    passes++;
    candidates.sort((a, b) => a.fix.edits[0].file < b.fix.edits[0].file ? -1 : a.fix.edits[0].file > b.fix.edits[0].file ? 1 : a.fix.edits[0].start - b.fix.edits[0].start);
    const taken = [];
    const takenEdits = [];
    for (const f of candidates) {
      if (f.fix.edits.some((e) => takenEdits.some((t2) => editsOverlap(e, t2)))) continue;
      taken.push(f);
      appendAll(takenEdits, f.fix.edits);
    }
    const byFile = /* @__PURE__ */ new Map();
    for (const e of takenEdits) {
      const list = byFile.get(e.file);
      if (list) list.push(e);
      else byFile.set(e.file, [e]);
    }
    const prePass = /* @__PURE__ */ new Map();
    for (const [file, edits] of byFile) {
      const source = sources.get(file);
      const before = texts.get(file)?.text ?? null;
      prePass.set(file, before);
      if (!originals.has(file)) originals.set(file, { text: source.text, source });
      texts.set(file, { text: applyEdits(before ?? source.text, edits), source });
    }
    const next = lint2(overlayTexts(baseFs, texts));
    const broken = /* @__PURE__ */ new Set();
    for (const t2 of next.trees) {
      for (const [p, parsed] of t2.files) if (byFile.has(p) && parsed.errors.length && !hadErrors.has(p)) broken.add(p);
    }
    for (const p of broken) {
      const ids = taken.filter((f) => f.fix.edits.some((e) => e.file === p)).map((f) => f.ruleId);
      reverted.push({ file: p, ruleIds: [...new Set(ids)], reason: "unparsable" });
      const pre = prePass.get(p);
      if (pre === null || pre === void 0) texts.delete(p);
      else texts.set(p, { text: pre, source: sources.get(p) });
    }
    const kept2 = taken.filter((f) => !f.fix.edits.some((e) => broken.has(e.file)));
    for (const f of kept2) applied.push({ ruleId: f.ruleId, title: f.fix.title, file: f.span.file, line: f.span.line, pass: passes });
    current = broken.size ? lint2(overlayTexts(baseFs, texts)) : next;
    if (kept2.length === 0) break;
  }
  const changed = /* @__PURE__ */ new Map();
  for (const [p, orig] of originals) {
    const now = texts.get(p)?.text ?? orig.text;
    if (now !== orig.text) changed.set(p, { before: orig.text, after: now, source: orig.source });
  }
  return { changed, applied, passes, converged, reverted, remaining: current.findings };
}

// src/fix/diff.ts
function splitLines(text) {
  const out = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}
function diffLines(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (k === -d || k !== d && v[max + k - 1] < v[max + k + 1]) x = v[max + k + 1];
      else x = v[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, max, d);
    }
  }
  return [];
}
function backtrack(trace, a, b, max, dEnd) {
  const ops = [];
  let x = a.length;
  let y = b.length;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d];
    const k = x - y;
    const prevK = k === -d || k !== d && v[max + k - 1] < v[max + k + 1] ? k + 1 : k - 1;
    const prevX = v[max + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) ops.push({ kind: " ", line: a[--x] }), y--;
    if (x === prevX) ops.push({ kind: "+", line: b[--y] });
    else ops.push({ kind: "-", line: a[--x] });
  }
  while (x > 0 && y > 0) ops.push({ kind: " ", line: a[--x] }), y--;
  return ops.reverse();
}
function unifiedDiff(path, before, after, options = {}) {
  if (before === after) return "";
  const ctx = options.context ?? 3;
  const ops = diffLines(splitLines(before), splitLines(after));
  const paint = (code4, s) => options.color ? `\x1B[${code4}m${s}\x1B[0m` : s;
  const show = (line) => {
    const body = line.endsWith("\n") ? line.slice(0, -1) : line;
    return line.endsWith("\n") ? body : `${body}
\\ No newline at end of file`;
  };
  const out = [paint(1, `--- a/${path}`), paint(1, `+++ b/${path}`)];
  let i = 0;
  let aLine = 1;
  let bLine = 1;
  while (i < ops.length) {
    if (ops[i].kind === " ") {
      i++;
      aLine++;
      bLine++;
      continue;
    }
    const start = Math.max(0, i - ctx);
    let j = i;
    let lastChange = i;
    while (j < ops.length) {
      if (ops[j].kind !== " ") lastChange = j;
      else if (j - lastChange > 2 * ctx) break;
      j++;
    }
    const end = Math.min(ops.length, lastChange + ctx + 1);
    const aStart = aLine - (i - start);
    const bStart = bLine - (i - start);
    let aCount = 0;
    let bCount = 0;
    const body = [];
    for (let k = start; k < end; k++) {
      const op = ops[k];
      if (op.kind !== "+") aCount++;
      if (op.kind !== "-") bCount++;
      const text = op.kind + show(op.line);
      body.push(op.kind === "-" ? paint(31, text) : op.kind === "+" ? paint(32, text) : text);
    }
    out.push(paint(36, `@@ -${aCount ? aStart : aStart - 1},${aCount} +${bCount ? bStart : bStart - 1},${bCount} @@`), ...body);
    for (let k = i; k < end; k++) {
      const op = ops[k];
      if (op.kind !== "+") aLine++;
      if (op.kind !== "-") bLine++;
    }
    i = end;
  }
  return out.join("\n") + "\n";
}

// src/fix/verify.ts
import { mkdirSync, mkdtempSync, rmSync as rmSync2, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as nodePath19 from "node:path";
function verifyWithNginx(bin, trees, changed) {
  const dir = mkdtempSync(nodePath19.join(tmpdir(), "sse-lint-verify-"));
  try {
    const outputs = [];
    let ok = true;
    for (const tree of trees) {
      for (const [p, parsed] of tree.files) {
        const rel2 = nodePath19.relative(tree.prefix, p);
        if (rel2.startsWith("..") || nodePath19.isAbsolute(rel2)) continue;
        const dest = nodePath19.join(dir, rel2);
        mkdirSync(nodePath19.dirname(dest), { recursive: true });
        const c = changed.get(p);
        writeFileSync(dest, c ? encodeSource(c.source, c.after) : encodeSource(parsed.file));
      }
      for (const entry of tree.entries) {
        const rel2 = nodePath19.relative(tree.prefix, entry);
        if (rel2.startsWith("..")) continue;
        const { spawnSync } = process.getBuiltinModule("node:child_process");
        const r = spawnSync(bin, ["-t", "-p", dir + "/", "-c", nodePath19.join(dir, rel2)], { encoding: "utf8", timeout: 6e4 });
        if (r.error) return { ok: false, output: r.error.message, error: r.error };
        const text = `${r.stdout ?? ""}${r.stderr ?? ""}`.trim();
        outputs.push(text);
        if (r.status !== 0) ok = false;
      }
    }
    return { ok, output: outputs.join("\n") };
  } finally {
    rmSync2(dir, { recursive: true, force: true });
  }
}

// src/fix/write.ts
import * as fs4 from "node:fs";
import * as nodePath21 from "node:path";

// src/fix/journal.ts
import * as fs3 from "node:fs";
import * as nodePath20 from "node:path";
var JOURNAL = /^\.sse-lint-journal-(\d+)-[0-9a-f]+\.json$/;
var JOURNAL_PREFIX = ".sse-lint-journal-";
function crypto2() {
  return process.getBuiltinModule("node:crypto");
}
function sha2562(bytes) {
  return crypto2().createHash("sha256").update(bytes).digest("hex");
}
function newJournalId() {
  return `${process.pid}-${crypto2().randomBytes(6).toString("hex")}`;
}
function journalPath(dir, id) {
  return nodePath20.join(dir, `.sse-lint-journal-${id}.json`);
}
function saveJournal(path, j) {
  writeFileAtomic(path, `${JSON.stringify(j, null, 2)}
`, { mode: 384 });
}
function removeJournal(path) {
  fs3.rmSync(path, { force: true });
  syncDirectory(nodePath20.dirname(path));
}
function commonFolder(paths) {
  const split = paths.map((p) => nodePath20.resolve(p).split(nodePath20.sep));
  const first = split[0] ?? [""];
  let n = first.length;
  for (const parts of split) {
    let k = 0;
    while (k < n && k < parts.length && parts[k] === first[k]) k++;
    n = k;
  }
  return first.slice(0, n).join(nodePath20.sep) || nodePath20.sep;
}
function journalFolders(dirs) {
  const out = [];
  const seen2 = /* @__PURE__ */ new Set();
  for (const start of dirs) {
    for (let d = nodePath20.resolve(start); !seen2.has(d); d = nodePath20.dirname(d)) {
      seen2.add(d);
      out.push(d);
      if (nodePath20.dirname(d) === d) break;
    }
  }
  return out;
}
function sweepJournalTemps(dirs) {
  for (const d of journalFolders(dirs)) sweepStaleTempsIn(d, (target) => JOURNAL.test(target));
}
function findJournals(dirs) {
  const out = /* @__PURE__ */ new Set();
  const seen2 = /* @__PURE__ */ new Set();
  for (const start of dirs) {
    for (let d = nodePath20.resolve(start); !seen2.has(d); d = nodePath20.dirname(d)) {
      seen2.add(d);
      let names = [];
      try {
        names = fs3.readdirSync(d);
      } catch {
      }
      for (const name of names) {
        if (!name.startsWith(JOURNAL_PREFIX)) continue;
        const m = JOURNAL.exec(name);
        if (m && (Number(m[1]) === process.pid || !processAlive(Number(m[1])))) out.add(nodePath20.join(d, name));
      }
      if (nodePath20.dirname(d) === d) break;
    }
  }
  return [...out].sort();
}
function hashOf(path) {
  try {
    return sha2562(fs3.readFileSync(path));
  } catch {
    return null;
  }
}
function restoreOriginal(f) {
  if (f.inPlace) {
    writeInPlace(f.target, fs3.readFileSync(f.orig));
    fs3.rmSync(f.orig, { force: true });
  } else {
    fs3.renameSync(f.orig, f.target);
  }
}
function applyNew(f) {
  if (f.inPlace) {
    writeInPlace(f.target, fs3.readFileSync(f.tmp));
    fs3.rmSync(f.tmp, { force: true });
  } else {
    fs3.renameSync(f.tmp, f.target);
  }
}
function recoverJournal(path) {
  const j = JSON.parse(fs3.readFileSync(path, "utf8"));
  const rec = { journal: path, outcome: j.state === "committing" ? "finished" : "undone", files: [], skipped: [] };
  const dirs = /* @__PURE__ */ new Set([nodePath20.dirname(path)]);
  for (const f of j.files) {
    dirs.add(nodePath20.dirname(f.target));
    const now = hashOf(f.target);
    if (j.state === "committing") {
      if (now === f.newHash) {
      } else if (now === f.oldHash && hashOf(f.tmp) === f.newHash) {
        applyNew(f);
        rec.files.push(f.target);
      } else {
        rec.skipped.push(f.target);
      }
    } else if (j.state === "undoing" && now === f.newHash && hashOf(f.orig) === f.oldHash) {
      restoreOriginal(f);
      rec.files.push(f.target);
    } else if (now !== f.oldHash && now !== f.newHash) {
      rec.skipped.push(f.target);
    }
    fs3.rmSync(f.tmp, { force: true });
    if (!(rec.skipped.includes(f.target) && f.origKind === "copy" && now === null)) fs3.rmSync(f.orig, { force: true });
  }
  if (rec.outcome === "undone") for (const b of j.backups) fs3.rmSync(b, { force: true });
  for (const d of dirs) sweepStaleTempsIn(d);
  for (const d of dirs) syncDirectory(d);
  removeJournal(path);
  return rec;
}

// src/fix/write.ts
function seen(path) {
  const st = fs4.statSync(path, { bigint: true });
  return { dev: Number(st.dev), ino: Number(st.ino), size: Number(st.size), mtimeNs: st.mtimeNs };
}
var sameAs = (a, b) => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
function pause() {
  const ms = Number(process.env.SSE_LINT_TEST_PAUSE_MS ?? 0);
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
function writeBackup(target, original, mode) {
  for (let k = 0; k < 1e3; k++) {
    const bak = k === 0 ? `${target}.bak` : `${target}.bak.${k}`;
    try {
      writeFileAtomic(bak, original, { exclusive: true, mode });
      return bak;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
  }
  throw new Error(`${target}: no free backup name (${target}.bak to ${target}.bak.999 all exist)`);
}
function writeAll(plan2, options = {}) {
  return withSignalsHeld(() => writeBatch(plan2, options));
}
function writeBatch(plan2, options) {
  const result = { written: [], conflicts: [], backups: [] };
  if (plan2.length === 0) return result;
  const targets = plan2.map((p) => ({ ...p, ...resolveWriteTarget(p.path) }));
  const checked = /* @__PURE__ */ new Map();
  for (const t2 of targets) {
    const before = seen(t2.target);
    const now = fs4.readFileSync(t2.target);
    if (!now.equals(t2.original) || !sameAs(before, seen(t2.target))) result.conflicts.push(t2.path);
    checked.set(t2.target, before);
  }
  if (result.conflicts.length) return result;
  const id = newJournalId();
  const folder = commonFolder([...options.roots ?? [], ...targets.map((t2) => nodePath21.dirname(t2.target))]);
  const jpath = journalPath(folder, id);
  const files = targets.map((t2) => {
    const base = nodePath21.join(nodePath21.dirname(t2.target), `.${nodePath21.basename(t2.target)}.sse-lint-${id}`);
    return {
      target: t2.target,
      tmp: `${base}.new`,
      orig: `${base}.orig`,
      origKind: "link",
      inPlace: (t2.existing?.nlink ?? 1) > 1,
      oldHash: sha2562(t2.original),
      newHash: sha2562(t2.next)
    };
  });
  const journal = { version: 1, id, pid: process.pid, started: (/* @__PURE__ */ new Date()).toISOString(), state: "staging", files, backups: [] };
  saveJournal(jpath, journal);
  pause();
  const staged = [];
  const replaced = [];
  const cleanUp = () => {
    for (const s of staged) s.discard();
    for (const f of files) {
      fs4.rmSync(f.tmp, { force: true });
      fs4.rmSync(f.orig, { force: true });
    }
  };
  const undo = () => {
    journal.state = "undoing";
    saveJournal(jpath, journal);
    for (const f of [...replaced].reverse()) restoreOriginal(f);
    cleanUp();
    for (const b of journal.backups) fs4.rmSync(b, { force: true });
    for (const d of new Set(files.map((f) => nodePath21.dirname(f.target)))) syncDirectory(d);
    removeJournal(jpath);
  };
  try {
    for (const [k, t2] of targets.entries()) {
      const f = files[k];
      staged.push(stageWrite(t2.target, t2.next, { tempPath: f.tmp }));
      if (!f.inPlace) {
        try {
          fs4.linkSync(t2.target, f.orig);
        } catch {
          f.origKind = "copy";
        }
      }
      if (f.inPlace || f.origKind === "copy") {
        f.origKind = "copy";
        writeFileAtomic(f.orig, t2.original, { exclusive: true, mode: 384 });
      }
      if (options.backup) {
        const bak = writeBackup(t2.target, t2.original, t2.existing.mode & 4095);
        result.backups.push(bak);
        journal.backups.push(bak);
      }
      pause();
    }
    for (const d of new Set(files.map((f) => nodePath21.dirname(f.target)))) syncDirectory(d);
    options.beforeRename?.();
    journal.state = "committing";
    saveJournal(jpath, journal);
    pause();
  } catch (e) {
    cleanUp();
    for (const b of journal.backups) fs4.rmSync(b, { force: true });
    removeJournal(jpath);
    throw e;
  }
  try {
    for (const [k, t2] of targets.entries()) {
      const f = files[k];
      resolveWriteTarget(t2.target);
      const now = seen(t2.target);
      if (!sameAs(now, checked.get(t2.target)) || sha2562(fs4.readFileSync(t2.target)) !== f.oldHash) {
        undo();
        return { written: [], conflicts: [t2.path], backups: [] };
      }
      options.afterCheck?.(t2.path);
      applyNew(f);
      replaced.push(f);
      if (f.origKind === "link" && !sameAs(seen(f.orig), now)) {
        undo();
        return { written: [], conflicts: [t2.path], backups: [] };
      }
      result.written.push(t2.path);
      options.afterRename?.(t2.path);
      pause();
    }
  } catch (e) {
    undo();
    throw e;
  }
  for (const f of files) fs4.rmSync(f.orig, { force: true });
  for (const d of new Set(files.map((f) => nodePath21.dirname(f.target)))) syncDirectory(d);
  removeJournal(jpath);
  return result;
}

// src/pipeline/fix.ts
function startFixSession(inputs, options = {}) {
  const settings = resolveSettings(inputs, options);
  return createFixSession(loadRunInputs(inputs, settings));
}
function createFixSession(loaded) {
  const { settings } = loaded;
  const initial2 = lintLoaded(loaded);
  const originals = /* @__PURE__ */ new Map();
  for (const t2 of loaded.trees) for (const [p, parsed] of t2.files) if (!originals.has(p)) originals.set(p, parsed.file);
  const states = [{ texts: /* @__PURE__ */ new Map(), run: initial2 }];
  const top = () => states[states.length - 1];
  const runFor = (texts) => {
    const trees = loaded.trees.map((t2) => reloadTree(t2, overlayTexts(t2.fs, texts)));
    return lintLoaded({ settings, trees, ...loaded.focus ? { focus: loaded.focus } : {} });
  };
  const current = () => {
    const s = top();
    if (!s.run) s.run = runFor(s.texts);
    return s.run;
  };
  let undone = [];
  const push = (texts, run = null) => {
    states.push({ texts, run });
    undone = [];
  };
  const readOnlyTree = loaded.trees.find((t2) => t2.source !== "files");
  const readOnly = readOnlyTree ? readOnlyTree.source : null;
  return {
    initial: initial2,
    current,
    readOnly,
    applyAll(options = {}) {
      const base = top().texts;
      const next = new Map(base);
      const step = { applied: [], reverted: [], converged: true, passes: 0 };
      const touched = /* @__PURE__ */ new Set();
      const reported = reportedFilter(loaded);
      for (const tree of loaded.trees) {
        const fs6 = overlayTexts(tree.fs, base);
        const outcome = fixInMemory(fs6, (f) => {
          const t2 = reloadTree(tree, f);
          return { trees: [t2], findings: reported(lintTreeWithSettings(t2, settings).findings) };
        }, { unsafe: !!options.unsafe, ...options.rules ? { rules: options.rules } : {}, ...options.maxPasses ? { maxPasses: options.maxPasses } : {} });
        for (const [p, c] of outcome.changed) {
          if (touched.has(p)) continue;
          touched.add(p);
          next.set(p, { text: c.after, source: originals.get(p) ?? c.source });
        }
        appendAll(step.applied, outcome.applied);
        appendAll(step.reverted, outcome.reverted);
        step.converged &&= outcome.converged;
        step.passes = Math.max(step.passes, outcome.passes);
      }
      if (step.applied.length) push(next);
      return step;
    },
    applyFix(finding2) {
      const step = { applied: [], reverted: [], converged: true, passes: 1 };
      if (!finding2.fix || !fixAllowed(finding2, { unsafe: true })) return step;
      const run = current();
      const sources = /* @__PURE__ */ new Map();
      for (const t2 of run.trees) for (const [p, parsed] of t2.files) if (!sources.has(p)) sources.set(p, { text: parsed.file.text, source: parsed.file, hadErrors: parsed.errors.length > 0 });
      const byFile = /* @__PURE__ */ new Map();
      for (const e of finding2.fix.edits) {
        if (!sources.has(e.file)) return step;
        byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
      }
      const next = new Map(top().texts);
      for (const [p, edits] of byFile) {
        const s = sources.get(p);
        next.set(p, { text: applyEdits(s.text, edits), source: originals.get(p) ?? s.source });
      }
      const after = runFor(next);
      const broken = [...byFile.keys()].filter((p) => !sources.get(p).hadErrors && after.trees.some((t2) => (t2.files.get(p)?.errors.length ?? 0) > 0));
      if (broken.length) {
        step.reverted.push({ file: broken[0], ruleIds: [finding2.ruleId], reason: "unparsable" });
        return step;
      }
      step.applied.push({ ruleId: finding2.ruleId, title: finding2.fix.title, file: finding2.span.file, line: finding2.span.line, pass: 1 });
      push(next, after);
      return step;
    },
    applyFixes(findings) {
      const step = { applied: [], reverted: [], converged: true, passes: 1 };
      const run = current();
      const sources = /* @__PURE__ */ new Map();
      for (const t2 of run.trees) for (const [p, parsed] of t2.files) if (!sources.has(p)) sources.set(p, { text: parsed.file.text, source: parsed.file, hadErrors: parsed.errors.length > 0 });
      const taken = [];
      const takenEdits = [];
      for (const f of findings) {
        if (!f.fix || !fixAllowed(f, { unsafe: true }) || !f.fix.edits.every((e) => sources.has(e.file))) continue;
        if (f.fix.edits.some((e) => takenEdits.some((t2) => editsOverlap(e, t2)))) continue;
        taken.push(f);
        appendAll(takenEdits, f.fix.edits);
      }
      if (taken.length === 0) return step;
      const editsFor = (list) => {
        const byFile = /* @__PURE__ */ new Map();
        for (const f of list) for (const e of f.fix.edits) byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
        const next = new Map(top().texts);
        for (const [p, edits] of byFile) {
          const s = sources.get(p);
          next.set(p, { text: applyEdits(s.text, edits), source: originals.get(p) ?? s.source });
        }
        return next;
      };
      let kept2 = taken;
      let after = runFor(editsFor(kept2));
      const broken = new Set([...new Set(takenEdits.map((e) => e.file))].filter((p) => !sources.get(p).hadErrors && after.trees.some((t2) => (t2.files.get(p)?.errors.length ?? 0) > 0)));
      if (broken.size) {
        for (const p of broken) {
          const ids = taken.filter((f) => f.fix.edits.some((e) => e.file === p)).map((f) => f.ruleId);
          step.reverted.push({ file: p, ruleIds: [...new Set(ids)], reason: "unparsable" });
        }
        kept2 = taken.filter((f) => !f.fix.edits.some((e) => broken.has(e.file)));
        if (kept2.length === 0) return step;
        after = runFor(editsFor(kept2));
      }
      for (const f of kept2) step.applied.push({ ruleId: f.ruleId, title: f.fix.title, file: f.span.file, line: f.span.line, pass: 1 });
      push(editsFor(kept2), after);
      return step;
    },
    undo() {
      if (states.length <= 1) return false;
      undone.push(states.pop());
      return true;
    },
    redo() {
      const s = undone.pop();
      if (!s) return false;
      states.push(s);
      return true;
    },
    changes() {
      const out = [];
      for (const [p, c] of top().texts) {
        const before = originals.get(p)?.text;
        if (before !== void 0 && before !== c.text) out.push({ path: p, before, after: c.text });
      }
      return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    },
    diff(options = {}) {
      const display = options.display ?? ((p) => p);
      return this.changes().map((c) => unifiedDiff(display(c.path), c.before, c.after, { color: !!options.color })).join("");
    },
    suggestions(options = {}) {
      const display = options.display ?? ((p) => p);
      const run = current();
      const texts = /* @__PURE__ */ new Map();
      for (const t2 of run.trees) for (const [p, parsed] of t2.files) if (!texts.has(p)) texts.set(p, parsed.file.text);
      const out = [];
      for (const f of run.findings) {
        if (f.fix?.applicability !== "suggestion" || f.fix.edits.length === 0) continue;
        const byFile = /* @__PURE__ */ new Map();
        for (const e of f.fix.edits) byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
        if ([...byFile.keys()].some((p) => !texts.has(p))) continue;
        const diff = [...byFile].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([p, edits]) => unifiedDiff(display(p), texts.get(p), applyEdits(texts.get(p), edits), { color: !!options.color })).join("");
        out.push({ finding: f, diff });
      }
      return out;
    },
    savePatch(file, options = {}) {
      const target = nodePath22.resolve(settings.cwd, file);
      try {
        writeFileAtomic(target, this.diff({ ...options.display ? { display: options.display } : {} }));
      } catch (e) {
        throw writeError(e, file);
      }
      return target;
    },
    write(request = {}) {
      if (readOnly) return { kind: "read-only", source: readOnly };
      const changes = this.changes();
      if (changes.length === 0) return { kind: "nothing" };
      const plan2 = changes.map((c) => {
        const source = originals.get(c.path);
        return { path: c.path, original: encodeSource(source, c.before), next: encodeSource(source, c.after) };
      });
      if (request.verify !== void 0) {
        const changed = new Map(changes.map((c) => [c.path, { after: c.after, source: originals.get(c.path) }]));
        const check = withSignalsHeld(() => verifyWithNginx(request.verify, loaded.trees, changed));
        if (check.error) return { kind: "unrunnable", bin: request.verify, cause: check.error };
        if (!check.ok) return { kind: "rejected", bin: request.verify, output: check.output };
      }
      try {
        const roots = loaded.trees.flatMap((t2) => [t2.prefix, ...t2.entries.map((e) => nodePath22.dirname(e))]);
        const r = writeAll(plan2, { backup: !!request.backup, roots });
        if (r.conflicts.length) return { kind: "conflict", files: r.conflicts };
        return { kind: "written", written: r.written, backups: r.backups };
      } catch (e) {
        return { kind: "failed", message: e.message };
      }
    }
  };
}

// src/reporters/route.ts
import * as nodePath23 from "node:path";
function pcreProblemText(p, locale) {
  return t(locale, "cli.route.pcre.notEvaluated", { construct: t(locale, `cli.route.pcre.${p.kind}`, { text: p.text ?? "" }) });
}
function regexFailureText(f, locale) {
  const why = t(locale, f.code === -47 ? "cli.route.pcre.matchLimit" : "cli.route.pcre.heapLimit");
  return `pcre2_match() failed: ${f.code} on "${f.subject}" using "${f.pattern}" (${why})`;
}
function unevaluatedText(u, locale) {
  return t(locale, "cli.route.unevaluated", { subject: u.subject, why: u.problem ? pcreProblemText(u.problem, locale) : t(locale, "cli.route.notEvaluated") });
}
function badRequestText(b, locale) {
  if (b.kind === "bad-host") return t(locale, "cli.route.bad.host", { host: b.host });
  const key = {
    "not-absolute": "cli.route.bad.notAbsolute",
    "bad-escape": "cli.route.bad.escape",
    nul: "cli.route.bad.nul",
    "above-root": "cli.route.bad.aboveRoot"
  };
  return t(locale, key[b.kind], { target: b.target });
}
function describeRoute(result, locale = "en") {
  if (!result.server || !result.listen) {
    return t(locale, "cli.route.noServer", { listen: `${result.request.addr ?? "*"}:${result.request.port}` });
  }
  const how = (() => {
    const name = result.serverName ?? "";
    const listen = listenText(result.listen);
    switch (result.serverMatch) {
      case "exact":
        return t(locale, "cli.route.server.exact");
      case "leading-wildcard":
        return t(locale, "cli.route.server.leadingWildcard", { name });
      case "trailing-wildcard":
        return t(locale, "cli.route.server.trailingWildcard", { name });
      case "regex":
        return t(locale, "cli.route.server.regex", { name });
      case "default_server":
        return t(locale, "cli.route.server.defaultServer", { listen });
      case "first-for-listen":
        return t(locale, "cli.route.server.first", { listen });
    }
  })();
  const server = t(locale, "cli.route.server", { name: serverLabel(result.serverName, result.server), at: blockWhere(result.server.directive, result.server), how });
  if (result.badRequest) return t(locale, "cli.route.badRequest", { server, reason: badRequestText(result.badRequest, locale) });
  if (result.regexFailure) {
    return t(locale, result.regexFailure.during === "server_name" ? "cli.route.regexClose" : "cli.route.regex500", { server, error: regexFailureText(result.regexFailure, locale) });
  }
  const info = result.locationInfo;
  if (!info) return t(locale, "cli.route.noLocation", { server, uri: result.uri ?? "" });
  const chain = [];
  for (let l = info.parent; l; l = l.parent) chain.unshift(locationLabel(l));
  chain.push(locationLabel(info));
  const text = t(locale, "cli.route.location", {
    server,
    chain: chain.join(" > "),
    at: blockWhere(info.node.directive, info.node),
    how: t(locale, `cli.route.location.${result.locationMatch}`)
  });
  if (result.unsupported.length === 0) return text;
  return t(locale, "cli.route.withUnevaluated", { route: text, list: joinList(locale, result.unsupported.map((u) => unevaluatedText(u, locale)), "semicolon") });
}
var LABELS = ["cli.route.label.request", "cli.route.label.route", "cli.route.label.note", "cli.route.label.chain", "cli.route.label.handler", "cli.route.label.stream"];
var MAX_OTHER_WAYS = 8;
function primaryChain(model, chains) {
  const ordinary = chains.filter((c) => c.ordinary);
  return ordinary.find((c) => c.end.kind === "served" && canStream(model.handler(c.end.context))) ?? ordinary.find((c) => c.end.kind === "served") ?? chains[0] ?? null;
}
function chainWords(locale, where) {
  const r = findingRenderer(locale);
  const conditions = (list) => joinList(locale, list.map((c) => renderCondition(r, conditionData(c))), "semicolon");
  const at = (node) => node?.directive ? where(node.directive) : "";
  const block = (node) => t(locale, node?.directive ? "cli.route.chain.block" : "cli.route.chain.server", { block: blockLabel(node), at: at(node) });
  const end = (e) => {
    switch (e.kind) {
      case "served": {
        const loc = e.context.kind === "if" ? e.context.parent : e.context;
        const served = t(locale, "cli.route.end.served", { block: block(loc?.kind === "location" ? loc : null) });
        return e.context.kind === "if" && e.context.directive ? t(locale, "cli.route.end.servedIf", { served, condition: e.context.directive.args.map((a) => a.raw).join(" ") }) : served;
      }
      case "return":
        return t(locale, "cli.route.end.return", { directive: `${e.directive.name} ${e.directive.args.map((a) => a.raw).join(" ")}`, at: where(e.directive) });
      case "redirect":
        return t(locale, "cli.route.end.redirect", { code: e.code, directive: e.directive.name, at: where(e.directive) });
      case "status":
        return t(locale, "cli.route.end.status", {
          code: e.code,
          why: t(locale, `cli.route.status.${e.reason}`, { max: MAX_INTERNAL_REDIRECTS }),
          at: e.directive ? t(locale, "cli.route.status.at", { directive: e.directive.name, at: where(e.directive) }) : ""
        });
      case "unknown":
        return t(locale, "cli.route.end.unknown", { directive: e.directive.name, at: where(e.directive), variables: joinList(locale, e.variables.map((v) => `$${v}`), "comma") });
    }
  };
  const redirects = (list) => joinList(locale, list.map((r2) => `${r2.directive.name} (${where(r2.directive)})`), "comma");
  const lines = (c) => {
    const out = c.hops.map((h, i) => i === 0 ? block(h.location) : t(locale, "cli.route.chain.hop", {
      block: block(h.location),
      via: redirects(h.via),
      conditions: h.conditions.length ? t(locale, "cli.route.chain.conditions", { list: conditions(h.conditions) }) : ""
    }));
    const last = end(c.end);
    out.push(t(locale, "cli.route.chain.end", {
      end: c.via.length ? t(locale, "cli.route.chain.endVia", { via: redirects(c.via), end: last }) : last,
      conditions: c.conditions.length ? t(locale, "cli.route.chain.endConditions", { list: conditions(c.conditions) }) : ""
    }));
    return out;
  };
  const way = (c) => {
    const met = [...c.hops.map((h) => h.conditions), c.conditions].filter((g) => g.length > 0).map(conditions);
    const steps = [];
    for (const h of c.hops) {
      for (const v of h.via) steps.push(`${v.directive.name} (${where(v.directive)})`);
      steps.push(blockLabel(h.location));
    }
    for (const v of c.via) steps.push(`${v.directive.name} (${where(v.directive)})`);
    steps.push(end(c.end));
    const times = (text, count) => t(locale, "cli.route.way.times", { text, count });
    return t(locale, "cli.route.way", {
      websocket: c.ordinary ? "" : t(locale, "cli.route.way.websocket"),
      when: met.length ? t(locale, "cli.route.way.when", { conditions: collapseRuns(met, " -> ", times).join(t(locale, "cli.route.way.then")) }) : "",
      steps: collapseRuns(steps, " -> ", times).join(" -> ")
    });
  };
  return { lines, way };
}
function collapseRuns(items, sep6, times) {
  const out = [];
  for (let i = 0; i < items.length; ) {
    let best = { size: 1, count: 1 };
    for (let size = 1; size <= 3; size++) {
      const block2 = items.slice(i, i + size).join("\0");
      let count = 1;
      while (i + (count + 1) * size <= items.length && items.slice(i + count * size, i + (count + 1) * size).join("\0") === block2) count++;
      if (count > 1 && count * size > best.count * best.size) best = { size, count };
    }
    const block = items.slice(i, i + best.size);
    out.push(best.count > 1 ? times(best.size > 1 ? `(${block.join(sep6)})` : block[0], best.count) : block[0]);
    i += best.size * best.count;
  }
  return out;
}
function routeReport(model, q, cwd, locale = "en") {
  const where = (d) => {
    const rel2 = nodePath23.isAbsolute(d.file.path) ? nodePath23.relative(cwd, d.file.path) || d.file.path : d.file.path;
    return `${rel2}:${d.nameToken.line}`;
  };
  const show = (d) => `${d.name}${d.args.length ? " " + d.args.map((a) => a.raw).join(" ") : ""} (${where(d)})`;
  const words3 = findingRenderer(locale);
  const width = Math.max(...LABELS.map((k) => displayWidth(t(locale, k)))) + 1;
  const line = (label, text) => {
    const name = t(locale, label);
    return `${name}${" ".repeat(width - displayWidth(name))}${text}`;
  };
  const { route: r, chains } = routeChains(model.contexts, { host: q.host, port: q.port, uri: q.uri });
  const out = [];
  out.push(line("cli.route.label.request", t(locale, "cli.route.request", { host: q.host || t(locale, "cli.route.noHost"), port: q.port, uri: q.uri })));
  out.push(line("cli.route.label.route", describeRoute(r, locale)));
  if (r.unsupported.length) {
    out.push(line("cli.route.label.note", t(locale, "cli.route.notEvaluatedHere", { list: joinList(locale, r.unsupported.map((u) => unevaluatedText(u, locale)), "semicolon") })));
  }
  if (r.regexFailure) return out.join("\n") + "\n";
  const chainText = chainWords(locale, where);
  const primary = primaryChain(model, chains.chains);
  const moves = (c) => c.hops.length > 1 || c.via.length > 0 || c.end.kind !== "served";
  const other = [];
  if (primary && chains.chains.some(moves)) {
    const [first, ...rest] = chainText.lines(primary);
    out.push(line("cli.route.label.chain", first));
    for (const l of rest) out.push(`${" ".repeat(width)}${l}`);
    const detour = (c) => [...c.hops.flatMap((x) => x.conditions), ...c.conditions].some((x) => x.kind === "status");
    const rank = (c) => (c.ordinary ? 0 : 4) + (detour(c) ? 2 : 0) + (c.end.kind === "status" ? 1 : 0);
    const others = chains.chains.filter((c) => c !== primary).map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map((x) => x.c);
    if (others.length) other.push("", t(locale, "cli.route.otherWays"));
    for (const c of others.slice(0, MAX_OTHER_WAYS)) other.push(`  ${chainText.way(c)}`);
    const more = others.length - MAX_OTHER_WAYS;
    if (more > 0) other.push(`  ${t(locale, "cli.route.moreWays", { count: more })}`);
    else if (chains.truncated) other.push(`  ${t(locale, "cli.route.moreWaysUnknown")}`);
  }
  const last = primary?.hops[primary.hops.length - 1];
  const loc = primary?.end.kind === "served" ? primary.end.context : last ? last.location : r.location?.[r.location.length - 1] ?? null;
  const served = loc ?? r.server;
  if (!served) return [...out, ...other].join("\n") + "\n";
  const h = model.handler(served);
  const ctx = model.locationOf(served) ?? served;
  const upstream = h.upstream ? t(locale, "cli.route.upstream", {
    name: h.upstream.name,
    servers: joinList(locale, h.upstream.servers.map((s) => s.address), "comma"),
    keepalive: h.upstream.keepalive ? t(locale, "cli.route.keepalive", { args: h.upstream.keepalive.args.map((a) => a.raw).join(" ") }) : ""
  }) : "";
  out.push(line("cli.route.label.handler", `${h.module}${h.directive ? t(locale, "cli.route.via", { directive: show(h.directive) }) : ""}${upstream}`));
  const evidence = model.streamEvidence(ctx);
  out.push(line("cli.route.label.stream", evidence.confidence ? t(locale, "cli.route.streamYes", { reasons: renderStream(words3, evidence.reasons.map((x) => x.why), evidence.confidence) }) : evidence.notStream ? t(locale, "cli.route.streamNot", { why: renderNotStream(words3, evidence.notStream) }) : t(locale, "cli.route.streamNo")));
  out.push("");
  out.push(t(locale, "cli.route.settings", {
    level: levelName(ctx),
    version: model.versionText ? t(locale, "cli.route.version", { version: model.versionText }) : t(locale, "cli.route.versionUnknown")
  }));
  const prefix = MODULE_PREFIX[h.module] ?? "proxy";
  const scalar = (name) => {
    const v = model.effective(ctx, name);
    out.push(`  ${t(locale, "cli.route.value", { name, value: v.args?.join(" ") ?? t(locale, "cli.route.unset"), origin: renderArg(words3, { kind: "origin", origin: originOf(v, where) }) })}`);
  };
  const list = (name) => {
    const l = model.effectiveList(ctx, name);
    const entries3 = l.entries;
    if (entries3.length === 0 && l.dropped.length === 0) {
      out.push(`  ${t(locale, "cli.route.listNone", { name, default: l.default ? t(locale, "cli.route.default", { note: `${l.default.value}${locale === "en" ? ": " : "\uFF1A"}${renderDefault(words3, l.default.basis)}` }) : "" })}`);
      return;
    }
    out.push(`  ${t(locale, "cli.route.listCount", { name, count: entries3.length })}`);
    for (const e of entries3) out.push(`    ${t(locale, "cli.route.entry", { line: show(e.directive), level: levelName(e.context) })}`);
    for (const d of l.dropped) {
      const key = d.how === "inherit-off" ? "cli.route.droppedOff" : "cli.route.dropped";
      out.push(`    ${t(locale, key, { line: show(d.entry.directive), level: levelName(d.entry.context), by: levelName(d.droppedBy) })}`);
    }
  };
  scalar(`${prefix}_buffering`);
  if (prefix === "proxy") scalar("proxy_http_version");
  scalar(`${prefix}_read_timeout`);
  if (prefix === "proxy") {
    list("proxy_set_header");
    scalar("proxy_cache");
    list("proxy_ignore_headers");
  }
  scalar("gzip");
  list("gzip_types");
  scalar("chunked_transfer_encoding");
  list("add_header");
  return [...out, ...other].join("\n") + "\n";
}

// src/pipeline/route.ts
function routeQuery(path, q, options = {}) {
  const settings = resolveSettings([path], options);
  const loaded = loadRunInputs([path], settings);
  if (loaded.trees.length !== 1) throw new PipelineError({ key: "cli.usage.routeOneInput" });
  const model = buildModel(loaded.trees[0], settings.lint.model ?? {});
  const port = q.port ?? firstListenPort(model) ?? 80;
  return routeReport(model, { host: q.host ?? "", port, uri: q.uri }, settings.cwd, q.locale ?? settings.locale ?? q.defaultLocale ?? "en");
}
function firstListenPort(model) {
  for (const c of model.contexts.all) {
    if (c.kind !== "server") continue;
    for (const l of serverListens(c)) if (l.kind === "inet") return l.port;
  }
  return null;
}

// src/pipeline/recover.ts
import * as fs5 from "node:fs";
import * as nodePath24 from "node:path";
function startFolders(inputs, cwd) {
  const out = [];
  for (const input of inputs) {
    if (input === "-") continue;
    const abs = nodePath24.resolve(cwd, input);
    let dir = nodePath24.dirname(abs);
    try {
      if (fs5.statSync(abs).isDirectory()) dir = abs;
    } catch {
    }
    out.push(dir);
  }
  return out;
}
function interruptedWrites(inputs, cwd) {
  return findJournals(startFolders(inputs, cwd));
}
function recoverWrites(inputs, cwd) {
  const recovered = [];
  const failed = [];
  sweepJournalTemps(startFolders(inputs, cwd));
  for (const j of interruptedWrites(inputs, cwd)) {
    try {
      recovered.push(recoverJournal(j));
    } catch (e) {
      failed.push({ journal: j, reason: e.message.split("\n", 1)[0] });
    }
  }
  return { recovered, failed };
}

// src/pipeline/parse.ts
import * as nodePath26 from "node:path";

// src/reporters/crossplane.ts
import * as nodePath25 from "node:path";
function crossplaneArg(file, t2) {
  let s;
  if (t2.kind === "lua" || !t2.quoted) s = t2.raw;
  else {
    const q = t2.raw[0];
    const inner = t2.raw.endsWith(q) && t2.raw.length > 1 ? t2.raw.slice(1, -1) : t2.raw.slice(1);
    s = inner.includes("\\" + q) ? inner.split("\\" + q).join(q) : inner;
  }
  return displayText(file, s);
}
function singleFilePayload(parsed, options = {}) {
  const name = rel(parsed.file.path, options.relativeTo);
  const strictErrors = [];
  const parsedStatements = statements(parsed.statements, { parsed, options, index: null, name, errors: strictErrors });
  const errors = [...parsed.errors.map((e) => ({ line: e.line, error: `${e.message} in ${name}:${e.line}` })), ...strictErrors];
  const cfg = { file: name, status: errors.length ? "failed" : "ok", errors, parsed: parsedStatements };
  return { status: cfg.status, errors: errors.map((e) => ({ file: name, ...e })), config: [cfg] };
}
function treePayload(tree, options = {}) {
  const index = /* @__PURE__ */ new Map();
  tree.order.forEach((p, k) => index.set(p, k));
  const configs = tree.order.map((path) => {
    const parsed = tree.files.get(path);
    const name = rel(path, options.relativeTo);
    const strictErrors = [];
    const parsedStatements = statements(parsed.statements, { parsed, options, index, name, errors: strictErrors });
    const errors2 = [...tree.findings.filter((f) => f.span.file === path && f.ruleId !== "include-cycle").sort((a, b) => a.span.start - b.span.start).map((f) => ({ line: f.span.line, error: `${f.message} in ${name}:${f.span.line}` })), ...strictErrors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { file: name, status: errors2.length ? "failed" : "ok", errors: errors2, parsed: parsedStatements };
  });
  const errors = configs.flatMap((c) => c.errors.map((e) => ({ file: c.file, ...e })));
  const payload = { status: errors.length ? "failed" : "ok", errors, config: configs };
  return options.combine ? combinePayload(payload) : payload;
}
function statements(list, e) {
  const { parsed, options, name } = e;
  const out = [];
  const ignore = options.ignore && options.ignore.length ? new Set(options.ignore) : null;
  for (const s of list) {
    if (s.type === "comment") {
      if (options.comments) {
        const c = { directive: "#", line: s.token.line, args: [], comment: displayText(parsed.file, s.text) };
        if (options.combine) c.file = name;
        if (options.positions) Object.assign(c, { column: s.token.column, span: [s.start, s.end] });
        out.push(c);
      }
      continue;
    }
    if (!s.terminated && !s.lua && !s.block) continue;
    if (ignore && ignore.has(s.name)) continue;
    if (options.unknown?.(s.name)) {
      e.errors.push({ line: s.nameToken.line, error: `unknown directive "${s.name}" in ${name}:${s.nameToken.line}` });
      continue;
    }
    out.push(directive(s, e));
    if (options.comments) {
      for (const c of s.innerComments) {
        const p = { directive: "#", line: s.nameToken.line, args: [], comment: displayText(parsed.file, c.value) };
        if (options.combine) p.file = name;
        out.push(p);
      }
    }
  }
  return out;
}
function directive(d, e) {
  const { parsed, options, index, name } = e;
  const p = {
    directive: displayText(parsed.file, d.name),
    line: d.nameToken.line,
    args: d.args.map((a) => crossplaneArg(parsed.file, a))
  };
  if (options.combine) p.file = name;
  if (index && d.name === "include" && !d.lua) p.includes = (d.includes ?? []).map((t2) => index.get(t2)).filter((k) => k !== void 0);
  if (d.block) p.block = statements(d.block.children, e);
  if (options.positions) Object.assign(p, { column: d.nameToken.column, span: [d.start, d.end] });
  return p;
}
function combinePayload(payload) {
  const configs = payload.config;
  const expand = (block, chain) => {
    const out = [];
    for (const stmt of block) {
      const s = { ...stmt };
      if (s.block) s.block = expand(s.block, chain);
      if (s.includes) {
        for (const k of s.includes) {
          if (chain.includes(k)) continue;
          appendAll(out, expand(configs[k]?.parsed ?? [], [...chain, k]));
        }
      } else {
        out.push(s);
      }
    }
    return out;
  };
  const combined = { file: configs[0]?.file ?? "", status: "ok", errors: [], parsed: [] };
  for (const c of configs) {
    appendAll(combined.errors, c.errors ?? []);
    if (c.status === "failed") combined.status = "failed";
  }
  combined.parsed = expand(configs[0]?.parsed ?? [], [0]);
  return { status: payload.status ?? "ok", errors: payload.errors ?? [], config: [combined] };
}
function rel(path, base) {
  if (!base || !nodePath25.isAbsolute(path)) return path;
  const r = nodePath25.relative(base, path);
  return r.startsWith("..") ? path : r;
}

// src/pipeline/parse.ts
function parsePayload(target, request = {}, options = {}) {
  const settings = resolveSettings([target], options);
  const popts = { comments: !!request.comments, combine: !!request.combine, positions: !!request.positions, relativeTo: settings.cwd };
  if (request.singleFile) {
    let bytes;
    try {
      bytes = target === "-" ? options.stdin ?? new Uint8Array() : readRegularFile(nodePath26.resolve(settings.cwd, target));
    } catch (e) {
      throw new PipelineError(e.code === "ENOENT" ? { key: "cli.input.missing", data: { path: target } } : { key: "cli.input.unreadable", data: { path: target }, cause: e });
    }
    const name = target === "-" ? options.stdinName ?? "<stdin>" : nodePath26.resolve(settings.cwd, target);
    return singleFilePayload(parseSource(decodeSource(name, bytes), sureStatementBudget(SURE_RUN_STATEMENTS, maxRunStatements)), popts);
  }
  const ws = loadInputs([target], settings.load);
  if (ws.inputErrors.length > 0 || ws.trees.length !== 1) throw new PipelineError({ inputs: ws.inputErrors });
  return treePayload(ws.trees[0], popts);
}

// src/i18n/zh-CN-docs.ts
var docs;
function zhCNDocs() {
  return docs ??= {
    "accel-buffering-ignored": {
      why: "nginx \u4F1A\u9010\u4E2A\u54CD\u5E94\u5730\u9075\u4ECE\u4E0A\u6E38\u54CD\u5E94\u5934 `X-Accel-Buffering: no`\uFF08\u6216 `yes`\uFF09\uFF0C\u5F88\u591A SSE \u540E\u7AEF\u6B63\u662F\u9760\u5B83\u9000\u51FA\u4EE3\u7406\u7F13\u51B2 [E03]\u3002\u628A `X-Accel-Buffering` \u5199\u8FDB `proxy_ignore_headers`\uFF08\u6216 fastcgi_/uwsgi_/scgi_ignore_headers\uFF09\u4F1A\u8BA9\u8FD9\u4E2A\u5F00\u5173\u5931\u6548\uFF1A\u7F13\u51B2\u5F00\u7740\u65F6\uFF0C\u4E8B\u4EF6\u6D41\u4F1A\u88AB\u6263\u4F4F\uFF0C\u76F4\u5230\u7F13\u51B2\u533A\u5199\u6EE1\u6216\u54CD\u5E94\u7ED3\u675F [E04]\u3002\u8FD9\u4E2A\u6307\u4EE4\u662F\u4F4D\u63A9\u7801\uFF1A\u540C\u4E00\u5757\u4E2D\u7684\u591A\u884C\u6309\u4F4D\u6216\uFF0C\u8BBE\u7F6E\u4E86\u5B83\u7684\u6700\u5185\u5C42\u4F1A\u6574\u4F53\u66FF\u6362\u5916\u5C42\u7684\u96C6\u5408\uFF08sse-semantics.md SSE002a\uFF0C\u7B2C 2.1 \u8282\uFF09\u3002\u7F13\u51B2\u5173\u95ED\u65F6\uFF0C\u5FFD\u7565\u5217\u8868\u5E76\u65E0\u5BB3\u5904\uFF08\u5B83\u751A\u81F3\u80FD\u9632\u6B62\u540E\u7AEF\u7684 `yes` \u628A\u7F13\u51B2\u91CD\u65B0\u6253\u5F00 [E06]\uFF09\uFF0C\u6240\u4EE5\u53EA\u62A5\u544A\u88AB\u7F13\u51B2\u7684\u4E8B\u4EF6\u6D41\u3002",
      fix: "\u4E0D\u5B89\u5168\uFF1A\u4ECE\u751F\u6548\u7684\u5FFD\u7565\u5217\u8868\u4E2D\u5220\u9664 `X-Accel-Buffering`\uFF08\u5982\u679C\u5B83\u662F\u552F\u4E00\u7684\u503C\uFF0C\u5C31\u5220\u9664\u6574\u884C\uFF09\u3002\u8FD9\u4E2A\u5217\u8868\u53EF\u80FD\u5199\u5728 server \u6216 http \u5C42\uFF0C\u540C\u65F6\u670D\u52A1\u4E8E\u5176\u4ED6 location\uFF1B\u800C\u5220\u6389\u67D0\u4E2A location \u4E2D\u552F\u4E00\u7684\u4E00\u884C\uFF0C\u4F1A\u8BA9\u8FD9\u4E2A location \u8F6C\u800C\u7EE7\u627F\u5916\u5C42\u7684\u5217\u8868\uFF0C\u6240\u4EE5\u8BF7\u68C0\u67E5\u4FEE\u6539\u7ED3\u679C\u3002\u53E6\u4E00\u79CD\u529E\u6CD5\u662F\u5728\u4E8B\u4EF6\u6D41 location \u4E2D\u8BBE\u7F6E `proxy_buffering off;`\uFF08\u89C1\u89C4\u5219 buffering-on\uFF09\u3002"
    },
    "accel-buffering-request-header": {
      why: "X-Accel-Buffering \u662F\u4E0A\u6E38\u54CD\u5E94\u5934\uFF1Anginx \u5728\u5904\u7406\u540E\u7AEF\u7684\u54CD\u5E94\u5934\u65F6\u624D\u8BFB\u53D6\u5B83\uFF08ngx_http_upstream_process_buffering\uFF09\u3002`proxy_set_header X-Accel-Buffering no;` \u5374\u628A\u5B83\u52A0\u5230\u4E86\u53D1\u5F80\u540E\u7AEF\u7684\u8BF7\u6C42\u4E0A\u3002\u5728\u5B9E\u9A8C E07 \u4E2D\uFF0C\u540E\u7AEF\u5728\u6536\u5230\u7684\u8BF7\u6C42\u5934\u91CC\u770B\u5230\u4E86\u5B83\uFF0C\u800C nginx \u4ECD\u7136\u628A\u6574\u4E2A\u4E8B\u4EF6\u6D41\u4E00\u6B21\u6027\u4EA4\u4ED8\uFF08sse-semantics.md SSE002b\uFF0C\u7B2C 6 \u8282\uFF09\u3002`fastcgi_param HTTP_X_ACCEL_BUFFERING` \u662F\u540C\u4E00\u4E2A\u9519\u8BEF\u5728 FastCGI \u4E2D\u7684\u5199\u6CD5\u3002",
      fix: "\u4E0D\u5B89\u5168\uFF1A\u5220\u9664\u8FD9\u4E00\u884C\u3002\u8FD9\u4F1A\u6539\u53D8\u540E\u7AEF\u6536\u5230\u7684\u5185\u5BB9\uFF08\u5E94\u7528\u7A0B\u5E8F\u53EF\u80FD\u4F1A\u8BFB\u53D6\u8FD9\u4E2A\u5934\uFF09\uFF1B\u800C\u4E14\u5F53\u5B83\u662F\u6240\u5728\u5757\u4E2D\u552F\u4E00\u7684 proxy_set_header\uFF08\u6216 fastcgi_param\uFF09\u65F6\uFF0C\u5220\u9664\u540E\u8BE5\u5757\u4F1A\u5F00\u59CB\u7EE7\u627F\u5916\u5C42\u7684\u90A3\u4E9B\u884C\u3002\u5173\u95ED\u7F13\u51B2\u662F\u53E6\u4E00\u4E2A\u6B65\u9AA4\uFF08\u89C1\u89C4\u5219 buffering-on\uFF09\u3002"
    },
    "accel-buffering-response-header": {
      why: 'nginx \u53EA\u4ECE\u4E0A\u6E38\u7684\u54CD\u5E94\u5934\u4E2D\u8BFB\u53D6 X-Accel-Buffering\u3002`add_header X-Accel-Buffering no;`\uFF08\u6216 `more_set_headers "X-Accel-Buffering: no"`\uFF09\u628A\u5B83\u52A0\u5230\u672C nginx \u53D1\u7ED9\u5BA2\u6237\u7AEF\u7684\u54CD\u5E94\u4E2D\uFF0C\u6240\u4EE5\u672C nginx \u7167\u6837\u7F13\u51B2\uFF1A\u5728\u5B9E\u9A8C E08 \u4E2D\uFF0C\u5BA2\u6237\u7AEF\u6536\u5230\u4E86\u8FD9\u4E2A\u5934\uFF0C\u4E8B\u4EF6\u6D41\u5374\u4ECD\u662F\u4E00\u6B21\u6027\u5230\u8FBE\u3002\u53EA\u6709\u5F53\u53E6\u4E00\u5C42 nginx \u6216 OpenResty \u4EE3\u7406\u672C\u670D\u52A1\u5668\u65F6\u5B83\u624D\u6709\u7528\uFF1A\u524D\u9762\u90A3\u4E00\u5C42\u628A\u5B83\u5F53\u4F5C\u4E0A\u6E38\u54CD\u5E94\u5934\uFF0C\u4E8E\u662F\u505C\u6B62\u7F13\u51B2 [E09 \u5BF9\u6BD4 E10]\u3002\u53EA\u6709 `no` \u548C `yes`\uFF08\u4E0D\u533A\u5206\u5927\u5C0F\u5199\uFF09\u4E24\u4E2A\u503C\u4F1A\u88AB\u8BC6\u522B\uFF1B`off`\u3001`false`\u3001`0` \u4F1A\u88AB\u9759\u9ED8\u5FFD\u7565 [E05]\uFF08sse-semantics.md SSE002c\u3001SSE002d\uFF09\u3002',
      fix: "\u5B89\u5168\uFF1A\u628A\u8868\u793A\u201C\u5173\u95ED\u201D\u7684\u503C\uFF08`off`\u3001`false`\u3001`0`\u3001`disable` \u7B49\uFF09\u66FF\u6362\u4E3A `no`\uFF0C\u628A\u8868\u793A\u201C\u5F00\u542F\u201D\u7684\u503C\uFF08`on`\u3001`true`\u3001`1` \u7B49\uFF09\u66FF\u6362\u4E3A `yes`\uFF0C\u5E76\u4FDD\u7559\u539F\u6709\u7684\u5F15\u53F7\uFF08\u5BF9 more_set_headers \u53EA\u4FEE\u6539 `X-Accel-Buffering: <value>` \u4E2D\u7684\u53D6\u503C\u90E8\u5206\uFF09\u3002\u6B63\u786E\u7684 `no`/`yes` \u53EA\u4F5C\u4E3A\u63D0\u793A\u62A5\u544A\uFF0C\u4E0D\u505A\u4FEE\u6539\uFF1A\u4ECE\u8FD9\u4EFD\u914D\u7F6E\u770B\u4E0D\u51FA\u524D\u9762\u662F\u5426\u8FD8\u6709\u4E00\u5C42\u9700\u8981\u5B83\u3002"
    },
    "add-header-in-if": {
      why: "location \u4E2D\u7684 `if` \u662F\u4E00\u4E2A\u533F\u540D\u7684\u5D4C\u5957 location\uFF08ngx_http_rewrite_if\uFF09\uFF0C\u800C add_header \u662F\u6574\u4F53\u66FF\u6362\u7684\u5217\u8868\uFF1A`if` \u91CC\u53EA\u8981\u6709\u4E00\u6761 add_header\uFF0C\u5BF9\u4E8E\u6EE1\u8DB3\u6761\u4EF6\u7684\u8BF7\u6C42\uFF0C\u8BE5 location\u3001server \u548C http \u4E2D\u7684\u6240\u6709 add_header \u90FD\u4F1A\u6D88\u5931\uFF08sse-semantics.md \xA72.2\u3001SSE011\u3001SSE012\uFF1B\u5B9E\u9A8C E24\uFF1A\u5E26 ?flag=1 \u65F6\uFF0C\u54CD\u5E94\u91CC\u6709 X-Inner \u800C\u6CA1\u6709 X-Outer\uFF09\u3002\u4E8B\u4EF6\u6D41\u672C\u8EAB\u4E0D\u53D7\u5F71\u54CD\uFF08\u7F13\u51B2\u548C\u8D85\u65F6\u4E0D\u80FD\u5728 `if` \u4E2D\u8BBE\u7F6E\uFF0C\u90FD\u662F\u7EE7\u627F\u6765\u7684\uFF0CE24\uFF09\uFF0C\u6240\u4EE5\u8FD9\u4E2A\u9677\u9631\u6BEB\u65E0\u5F81\u5146\uFF1ACORS \u6216\u5B89\u5168\u76F8\u5173\u7684\u54CD\u5E94\u5934\u53EA\u5728\u90E8\u5206\u8BF7\u6C42\u4E0A\u6D88\u5931\u3002\u4ECE nginx 1.29.3 \u8D77\uFF0C\u5728 `if` \u4E2D\u52A0\u4E0A `add_header_inherit merge;` \u53EF\u4EE5\u4FDD\u7559\u5916\u5C42\u7684\u884C\u3002more_set_headers \u662F\u7D2F\u52A0\u7684\uFF08E42\uFF09\uFF0C\u4E0D\u53D7\u5F71\u54CD\u3002",
      fix: "\u4FEE\u6539\u5EFA\u8BAE\uFF08\u5728 `--diff` \u4E2D\u663E\u793A\uFF0C\u4E0D\u4F1A\u81EA\u52A8\u5E94\u7528\uFF09\uFF1A\u5728 `if` \u4E2D\u91CD\u590D\u5916\u5C42\u7684 add_header \u884C\u3002\u6EE1\u8DB3\u6761\u4EF6\u7684\u8BF7\u6C42\u662F\u5426\u4E5F\u5E94\u5E26\u4E0A\u5916\u5C42\u7684\u54CD\u5E94\u5934\uFF0C\u6216\u8005\u662F\u5426\u5E94\u628A\u8FD9\u4E2A `if` \u6539\u5199\u6210 map \u53D8\u91CF\uFF08\u503C\u4E3A\u7A7A\u7684 add_header \u4E0D\u4F1A\u53D1\u9001\u4EFB\u4F55\u5934\uFF09\uFF0C\u8FD9\u662F\u5E94\u7528\u5C42\u9762\u7684\u51B3\u5B9A\u3002"
    },
    "add-header-redefinition": {
      why: "add_header \u662F\u6574\u4F53\u66FF\u6362\u7684\u5217\u8868\uFF1A\u53EA\u8981 server \u6216 location \u81EA\u5DF1\u6709\u4EFB\u4F55\u4E00\u884C add_header\uFF0C\u5C31\u4E0D\u4F1A\u4ECE\u4E0A\u5C42\u7EE7\u627F\u4EFB\u4F55\u4E00\u6761 add_header\uFF08ngx_http_headers_merge_conf\uFF1A\u53EA\u6709\u672C\u5C42\u4E00\u6761\u90FD\u6CA1\u6709\u65F6\u624D\u4F7F\u7528\u7236\u5C42\u7684\u5217\u8868\uFF1Bsse-semantics.md \xA72.1 \u548C SSE011\uFF0C\u5B9E\u9A8C E25\uFF1Aserver \u4E2D\u7684 X-Server \u52A0\u4E0A location \u4E2D\u7684 X-Loc\uFF0C\u7ED3\u679C\u53EA\u6709 X-Loc\uFF09\u3002\u4E8B\u4EF6\u6D41 location \u5F80\u5F80\u4F1A\u52A0\u4E00\u4E9B\u81EA\u5DF1\u7684\u5934\uFF0C\u6BD4\u5982 `add_header Cache-Control no-cache;` \u6216 `add_header X-Accel-Buffering no;`\uFF0C\u4E8E\u662F\u6084\u65E0\u58F0\u606F\u5730\u4E22\u6389\u4E86\u6574\u4E2A server \u7684 CORS\u3001HSTS \u548C\u5B89\u5168\u76F8\u5173\u7684\u54CD\u5E94\u5934\u3002\u4ECE nginx 1.29.3 \u8D77\uFF0C`add_header_inherit merge;` \u53EF\u4EE5\u4FDD\u7559\u7236\u5C42\u7684\u884C\u3002OpenResty \u7684 more_set_headers \u5219\u662F\u8DE8\u5C42\u7EA7\u7D2F\u52A0\u7684\uFF08E42\uFF09\uFF0C\u4E0D\u4F1A\u88AB\u62A5\u544A\u3002`if` \u4E2D\u7684 add_header \u7531\u89C4\u5219 add-header-in-if \u62A5\u544A\u3002\u63D0\u4F9B\u4E8B\u4EF6\u6D41\u7684\u5C42\u7EA7\uFF08\u4E8B\u4EF6\u6D41 location\uFF0C\u6216\u4E8B\u4EF6\u6D41 location \u4ECE\u5B83\u7EE7\u627F\u5217\u8868\u7684 server \u6216 location\uFF09\u4E22\u5931\u4EFB\u4F55\u5934\u90FD\u4F1A\u62A5\u544A\uFF1B\u5176\u4ED6\u5730\u65B9\u53EA\u6709\u4E22\u5931\u7684\u662F\u6D4F\u89C8\u5668\u5F3A\u5236\u6267\u884C\u7684\u5934\uFF08Strict-Transport-Security\u3001Content-Security-Policy\u3001X-Frame-Options\u3001X-Content-Type-Options\u3001Referrer-Policy\u3001Permissions-Policy\u3001Cross-Origin-*\u3001Access-Control-*\uFF09\u65F6\u624D\u62A5\u544A\uFF0C\u800C\u4E14\u53EA\u4F5C\u4E3A\u63D0\u793A\uFF1Asse-lint \u4E0D\u662F\u901A\u7528\u7684 nginx \u68C0\u67E5\u5DE5\u5177\u3002",
      fix: "\u4E0D\u5B89\u5168\uFF1A\u628A\u4E22\u5931\u7684 add_header \u884C\u6309\u539F\u6709\u987A\u5E8F\u590D\u5236\u5230\u672C\u5C42\uFF0C\u653E\u5728\u672C\u5C42\u81EA\u5DF1\u7684 add_header \u884C\u4E4B\u540E\u3002\u8FD9\u6837\u54CD\u5E94\u4F1A\u5E26\u4E0A\u4EE5\u524D\u6CA1\u6709\u7684\u5934\uFF0C\u8FD9\u901A\u5E38\u6B63\u662F\u672C\u610F\uFF0C\u4F46\u4E5F\u6539\u53D8\u4E86\u884C\u4E3A\uFF1B\u4E5F\u53EF\u4EE5\u8003\u8651\u4F7F\u7528\u5171\u4EAB\u7684 include \u6587\u4EF6\uFF0C\u6216\u8005\uFF08nginx 1.29.3+\uFF09`add_header_inherit merge;`\u3002"
    },
    "body-filter-on-stream": {
      why: "sub_filter \u548C SSI \u8FC7\u6EE4\u5668\u4F1A\u628A\u5237\u65B0\u8FC7\u7684\u7F13\u51B2\u533A\u7EE7\u7EED\u5F80\u4E0B\u4F20\uFF0C\u6240\u4EE5\u4E0D\u7F13\u51B2\u7684\u4E8B\u4EF6\u6D41\u4ECD\u80FD\u6309\u65F6\u5230\u8FBE [E29, E30]\uFF0C\u4F46\u5B83\u4EEC\u4F1A\u6539\u53D8\u5BA2\u6237\u7AEF\u6536\u5230\u7684\u5185\u5BB9\uFF1A\u5728 [E29] \u4E2D\uFF0Csub_filter \u66FF\u6362\u4E86\u6BCF\u4E2A\u4E8B\u4EF6 JSON \u91CC\u7684\u6587\u672C\uFF1BSSI \u5219\u4F1A\u6267\u884C\u6216\u5220\u9664\u4EFB\u4F55\u770B\u8D77\u6765\u50CF `<!--# ... -->` \u7684\u5185\u5BB9\u3002`add_before_body` \u548C `add_after_body` \u4F1A\u5728\u54CD\u5E94\u524D\u540E\u63D2\u5165\u4E00\u4E2A\u5B50\u8BF7\u6C42\u7684\u8F93\u51FA\uFF0C\u8FD9\u4E9B\u6587\u672C\u4E0D\u7B26\u5408\u4E8B\u4EF6\u683C\u5F0F\uFF0C\u4F1A\u7834\u574F\u4E8B\u4EF6\u6D41\uFF08\u4F9D\u636E ngx_http_addition_filter_module.c \u7684\u6E90\u7801\uFF0C\u672A\u7ECF\u5B9E\u6D4B\uFF09\u3002\u8FD9\u4E09\u8005\u53EA\u4F5C\u7528\u4E8E sub_filter_types\u3001ssi_types \u548C addition_types \u4E2D\u7684 MIME \u7C7B\u578B\uFF08\u9ED8\u8BA4\u4E3A text/html\uFF09\uFF0C\u6240\u4EE5\u53EA\u6709\u5F53\u5217\u8868\u4E2D\u6709 text/event-stream \u6216 `*` \u65F6\u624D\u4F1A\u5F71\u54CD\u4E8B\u4EF6\u6D41\uFF0C\u4F8B\u5982\u67D0\u4E9B\u9762\u677F\u7684\u201C\u66FF\u6362\u6587\u672C\u201D\u5F00\u5173\u4F1A\u8BBE\u7F6E `sub_filter_types *`\uFF08sse-semantics.md SSE013\u3001\xA75.4\uFF09\u3002",
      fix: "\u4FEE\u6539\u5EFA\u8BAE\uFF08\u5728 `--diff` \u4E2D\u663E\u793A\uFF0C\u4E0D\u4F1A\u81EA\u52A8\u5E94\u7528\uFF09\uFF1A\u5728\u4E8B\u4EF6\u6D41 location \u4E2D\u52A0\u5165 `sub_filter_types text/html;`\u3001`ssi off;` \u6216\u7A7A\u7684 `add_before_body`/`add_after_body`\u3002\u8FD9\u4E2A\u8FC7\u6EE4\u5668\u662F\u4E3A\u5176\u4ED6\u54CD\u5E94\u800C\u8BBE\u7684\uFF0C\u53EA\u6709\u5B83\u7684\u7EF4\u62A4\u8005\u77E5\u9053\u54EA\u4E9B\u5185\u5BB9\u4ECD\u9700\u6539\u5199\u3002\u8BF7\u8BA9 *_types \u5217\u8868\u4E0D\u5305\u542B text/event-stream\uFF08\u4E5F\u4E0D\u8981\u7528 `*`\uFF09\uFF0C\u6216\u8005\u628A\u8FD9\u4E2A\u8FC7\u6EE4\u5668\u79FB\u51FA\u4E8B\u4EF6\u6D41 location \u6240\u7EE7\u627F\u7684\u90A3\u4E00\u5C42\u3002"
    },
    "buffering-on": {
      why: "proxy_buffering \u4E3A on\uFF08\u9ED8\u8BA4\u503C\uFF09\u65F6\uFF0Cnginx \u53EA\u6709\u5728\u67D0\u4E2A\u4EE3\u7406\u7F13\u51B2\u533A\uFF08\u9ED8\u8BA4 4 KiB\uFF09\u5199\u6EE1\u6216\u54CD\u5E94\u7ED3\u675F\u65F6\u624D\u628A\u6570\u636E\u5F80\u4E0B\u4F20\uFF0C\u6240\u4EE5\u8F83\u5C0F\u7684\u4E8B\u4EF6\u4F1A\u6210\u6279\u5230\u8FBE\uFF0C\u751A\u81F3\u5168\u90E8\u5728\u6700\u540E\u4E00\u6B21\u6027\u5230\u8FBE\uFF08sse-semantics.md SSE001\uFF1B\u5B9E\u9A8C E01\u3001E34\u3001E36\uFF09\u3002\u5173\u95ED\u7F13\u51B2\u540E\uFF0C\u6BCF\u6B21\u4ECE\u4E0A\u6E38\u8BFB\u5230\u7684\u6570\u636E\u90FD\u4F1A\u7ACB\u5373\u5199\u7ED9\u5BA2\u6237\u7AEF\uFF08E02\uFF09\u3002fastcgi_buffering\u3001uwsgi_buffering \u548C scgi_buffering \u540C\u7406\u3002gRPC \u548C memcached \u59CB\u7EC8\u4E0D\u7F13\u51B2\u3002",
      fix: "\u5B89\u5168\uFF1A\u53EA\u5728\u4E8B\u4EF6\u6D41 location \u4E2D\u63D2\u5165 `proxy_buffering off;`\uFF08\u6216\u5BF9\u5E94\u7684 fastcgi/uwsgi/scgi \u6307\u4EE4\uFF09\u3002\u4E0D\u4F1A\u5BF9\u6574\u4E2A server \u5173\u95ED\u7F13\u51B2\uFF1A\u4E0D\u7F13\u51B2\u7684\u4EE3\u7406\u4F1A\u8BA9\u4E0A\u6E38\u8FDE\u63A5\u88AB\u6162\u901F\u5BA2\u6237\u7AEF\u4E00\u76F4\u5360\u7740\u3002"
    },
    "cache-on-stream": {
      why: "\u4E0D\u7F13\u51B2\u7684\u54CD\u5E94\u6C38\u8FDC\u4E0D\u4F1A\u88AB\u7F13\u5B58\uFF1Anginx \u8D70\u4E0D\u7F13\u51B2\u8DEF\u5F84\u65F6\u4F1A\u91CA\u653E\u7F13\u5B58\u6761\u76EE [E15]\u3002\u7F13\u51B2\u5F00\u542F\u65F6\uFF0C\u53EF\u7F13\u5B58\u7684\u4E8B\u4EF6\u6D41\u4F1A\u88AB\u8BB0\u5F55\u4E0B\u6765\uFF0C\u4E4B\u540E\u7684\u5BA2\u6237\u7AEF\u4F1A\u4E00\u6B21\u6027\u6536\u5230\u6574\u4E2A\u65E7\u4E8B\u4EF6\u6D41\uFF08\u4E00\u6B21\u7F13\u5B58\u547D\u4E2D\u5728 1 ms \u5185\u4EA4\u4ED8\u4E86 16 \u4E2A\u8FC7\u671F\u4E8B\u4EF6 [E14]\uFF09\u3002\u5F53 `proxy_cache_valid` \u5339\u914D\uFF0C\u6216\u540E\u7AEF\u7684 Cache-Control/Expires \u5141\u8BB8\u7F13\u5B58\u65F6\uFF0C\u4E8B\u4EF6\u6D41\u5C31\u662F\u53EF\u7F13\u5B58\u7684\uFF0C\u9664\u975E\u8FD9\u4E9B\u5934\u88AB `proxy_ignore_headers` \u5FFD\u7565\uFF1B\u540E\u7AEF\u53D1\u9001 `Cache-Control: no-cache` \u65F6\u54CD\u5E94\u4E0D\u4F1A\u88AB\u5B58\u50A8\uFF0C\u4F46\u4ECD\u4F1A\u88AB\u7F13\u51B2 [E16]\u3002\u8BBE\u7F6E\u4E86 `proxy_cache_lock on` \u65F6\uFF0C\u5E76\u53D1\u7684\u5BA2\u6237\u7AEF\u8FD8\u8981\u7B49\u5F85\u7B2C\u4E00\u4E2A\u8BF7\u6C42\uFF0C\u5927\u7EA6 5 \u79D2 [E17b]\u3002\u5728 http \u6216 server \u5C42\u542F\u7528\u7684\u7F13\u5B58\uFF08\u9762\u677F\u7684\u7F13\u5B58\u5F00\u5173\u3001\u5168\u5C40 include\uFF09\u4F1A\u901A\u8FC7\u666E\u901A\u7EE7\u627F\u5230\u8FBE\u4E8B\u4EF6\u6D41 location\uFF08sse-semantics.md SSE007\uFF09\u3002\u4E0D\u8BBA\u540E\u7AEF\u8FD4\u56DE\u4EC0\u4E48\u5934\u4E8B\u4EF6\u6D41\u90FD\u4F1A\u88AB\u5B58\u50A8\u65F6\u62A5\u9519\u8BEF\uFF0C\u5426\u5219\u62A5\u8B66\u544A\u3002\u53EA\u6709\u5F53 `proxy_cache_methods` \u5305\u542B POST \u65F6\uFF0CPOST \u7684\u4E8B\u4EF6\u6D41\u624D\u4F1A\u88AB\u7F13\u5B58\u3002",
      fix: "\u5B89\u5168\uFF1A\u5728\u4E8B\u4EF6\u6D41 location \u4E2D\u63D2\u5165 `proxy_cache off;`\uFF08\u6216 `fastcgi_cache off;` \u7B49\uFF09\uFF1B\u5982\u679C\u7F13\u5B58\u76F4\u63A5\u5199\u5728\u8FD9\u4E2A location \u4E2D\uFF0C\u5C31\u5728\u539F\u5904\u628A\u5B83\u5173\u95ED\u3002\u6CA1\u6709\u5176\u4ED6\u8BF7\u6C42\u4F1A\u7ECF\u7531\u8FD9\u4E2A location \u4F7F\u7528\u8BE5\u7F13\u5B58\u3002\u5982\u679C\u7F13\u5B58\u8BBE\u7F6E\u5728 location \u5185 include \u7684\u6587\u4EF6\u4E2D\uFF0C\u5219\u4E0D\u63D0\u4F9B\u4FEE\u590D\u3002\u540C\u65F6\u4E5F\u8BF7\u5173\u95ED\u7F13\u51B2\uFF08\u89C1\u89C4\u5219 buffering-on\uFF09\u3002"
    },
    "chunked-encoding-off": {
      why: "\u5F88\u591A SSE \u914D\u7F6E\u7247\u6BB5\u4F1A\u52A0\u4E0A `chunked_transfer_encoding off;`\uFF0C\u4F46\u6709\u6CA1\u6709\u5B83\uFF0C\u6D41\u5F0F\u4F20\u8F93\u90FD\u4E00\u6837 [E20\uFF1A\u9996\u4E2A\u4E8B\u4EF6 1 ms \u540E\u5230\u8FBE]\u3002\u5173\u95ED\u5B83\u4E14\u6CA1\u6709 Content-Length \u65F6\uFF08\u4E8B\u4EF6\u6D41\u6CA1\u6709 Content-Length\uFF09\uFF0Cnginx \u4F1A\u628A\u8FDE\u63A5\u6807\u8BB0\u4E3A\u975E keepalive\uFF0C\u9760\u5173\u95ED\u8FDE\u63A5\u6765\u754C\u5B9A\u54CD\u5E94\u4F53\u7684\u7ED3\u675F\uFF08ngx_http_chunked_header_filter\uFF09\u3002\u8FD9\u6837\u5BA2\u6237\u7AEF\u5C31\u65E0\u6CD5\u533A\u5206\u6B63\u5E38\u7ED3\u675F\u7684\u6D41\u548C\u56E0\u8D85\u65F6\u6216\u4E0A\u6E38\u9519\u8BEF\u800C\u88AB\u5207\u65AD\u7684\u6D41\uFF0C\u800C\u5728\u5206\u5757\u7F16\u7801\u4E0B\uFF0C\u540E\u8005\u8868\u73B0\u4E3A\u7F3A\u5C11\u6700\u540E\u4E00\u4E2A\u5206\u5757\uFF08curl \u9000\u51FA\u7801 18\uFF0C[E21]\uFF09\uFF1B\u5E76\u4E14\u6BCF\u6B21\u91CD\u8FDE\u90FD\u8981\u65B0\u5EFA TCP\uFF08\u4EE5\u53CA TLS\uFF09\u8FDE\u63A5\u3002HTTP/2 \u548C HTTP/3 \u6CA1\u6709\u5206\u5757\u7F16\u7801\uFF0C\u6240\u4EE5\u5728\u90A3\u91CC\u5B83\u4E0D\u8D77\u4EFB\u4F55\u4F5C\u7528\uFF08sse-semantics.md SSE009\uFF09\u3002",
      fix: "\u5B89\u5168\uFF1A\u5982\u679C `chunked_transfer_encoding off;` \u76F4\u63A5\u5199\u5728\u4E8B\u4EF6\u6D41 location \u4E2D\uFF0C\u5C31\u5220\u9664\u5B83\uFF1B\u5982\u679C\u5220\u9664\u540E\u5916\u5C42\u4ECD\u4F1A\u628A\u5B83\u5173\u95ED\uFF0C\u5C31\u6539\u4E3A\u8BBE\u7F6E `on`\u3002\u6D41\u5F0F\u4F20\u8F93\u4E0D\u53D7\u5F71\u54CD [E20]\uFF1B\u5BA2\u6237\u7AEF\u91CD\u65B0\u83B7\u5F97 keepalive \u548C\u622A\u65AD\u68C0\u6D4B\u3002\u5982\u679C\u8FD9\u4E2A\u8BBE\u7F6E\u662F\u4ECE server \u6216 http \u7EE7\u627F\u6765\u7684\uFF0C\u5219\u4E0D\u63D0\u4F9B\u4FEE\u590D\uFF1A\u90A3\u91CC\u7684\u5176\u4ED6 location \u53EF\u80FD\u4F9D\u8D56\u5B83\u3002"
    },
    "connection-upgrade-on-stream": {
      why: "nginx \u4F1A\u53BB\u6389\u5BA2\u6237\u7AEF\u7684\u9010\u8DF3\uFF08hop-by-hop\uFF09\u5934\uFF0C\u5E76\u4E14\u5728 1.29.7 \u4E4B\u524D\u81EA\u5DF1\u53D1\u9001 `Connection: close`\u3002WebSocket \u914D\u7F6E\u7247\u6BB5\u628A\u5B83\u6362\u6210\u4E86\u5BF9\u6BCF\u4E2A\u8BF7\u6C42\u90FD\u751F\u6548\u7684 `proxy_set_header Connection \"upgrade\";`\uFF0C\u4E8E\u662F\u4E8B\u4EF6\u6D41\u8BF7\u6C42\u5E26\u7740 `Connection: upgrade` \u5374\u6CA1\u6709 Upgrade \u5934\u5230\u8FBE\u540E\u7AEF\uFF1B\u5927\u591A\u6570\u670D\u52A1\u5668\u4F1A\u628A\u5B83\u5F53\u4F5C\u666E\u901A\u8BF7\u6C42\u5904\u7406\uFF0C\u6D41\u5F0F\u4F20\u8F93\u4ECD\u7136\u6B63\u5E38 [E26]\uFF0C\u4F46\u8FD9\u662F\u9519\u7684\u3002\u5E38\u89C1\u7684 `map $http_upgrade $connection_upgrade { default upgrade; '' close; }` \u4F1A\u5728\u6BCF\u4E2A\u975E WebSocket \u8BF7\u6C42\u4E0A\u53D1\u9001 `Connection: close`\uFF0C\u8FD9\u6B63\u662F nginx \u5728 1.29.7 \u4E4B\u524D\u9ED8\u8BA4\u53D1\u9001\u7684\u503C\uFF1A\u4E8B\u4EF6\u6D41\u80FD\u5DE5\u4F5C [E27]\uFF0C\u6240\u4EE5\u8FD9\u91CC\u4E0D\u62A5\u544A\uFF1B\u5B83\u8BA9\u4E0A\u6E38 keepalive \u5931\u6548\u7684\u95EE\u9898\uFF0C\u7531 keepalive-ineffective \u5728\u4E0A\u6E38\u4FDD\u6301\u8FDE\u63A5\u7684\u5730\u65B9\u62A5\u544A\u3002`$http_connection` \u4F1A\u539F\u6837\u8F6C\u53D1\u5BA2\u6237\u7AEF\u53D1\u6765\u7684\u5185\u5BB9\u3002\u628A\u7A7A\u503C\u6620\u5C04\u4E3A `''`\uFF0C\u666E\u901A\u8BF7\u6C42\u5C31\u5B8C\u5168\u4E0D\u5E26 Connection \u5934\uFF08sse-semantics.md SSE004\uFF09\u3002\u5728 WebSocket \u8DEF\u5F84\uFF08`/ws`\u3001`/socket.io/`\uFF09\u4E0A\u4F20\u9012 Upgrade \u7684 location \u662F WebSocket \u96A7\u9053\uFF0C\u4E0D\u662F\u4E8B\u4EF6\u6D41\uFF0C\u4E0D\u505A\u68C0\u67E5\u3002",
      fix: "\u4FEE\u6539\u5EFA\u8BAE\uFF08\u5728 `--diff` \u4E2D\u663E\u793A\uFF0C\u4E0D\u4F1A\u81EA\u52A8\u5E94\u7528\uFF09\uFF1A\u5728 http \u7EA7\u52A0\u5165 map \u60EF\u7528\u5199\u6CD5\uFF0C\u5E76\u628A Connection \u7684\u503C\u6539\u4E3A `$connection_upgrade`\u3002map \u5FC5\u987B\u52A0\u5728 http \u5C42\uFF0C\u800C\u4E14\u8FD9\u4E2A location \u53EF\u80FD\u540C\u65F6\u670D\u52A1 WebSocket \u5BA2\u6237\u7AEF\u3002\u65E0\u6CD5\u7ED9\u51FA\u4FEE\u6539\u5EFA\u8BAE\u65F6\uFF08Connection \u884C\u8BBE\u7F6E\u5728\u5916\u5C42\u6216\u6765\u81EA map\uFF0C\u6216\u8005\u6240\u68C0\u67E5\u7684\u6587\u4EF6\u4E2D\u6CA1\u6709 http \u5757\uFF09\uFF0C\u6D88\u606F\u672C\u8EAB\u4F1A\u7ED9\u51FA map \u7684\u60EF\u7528\u5199\u6CD5\uFF1A\u53EA\u5BF9 WebSocket \u8BF7\u6C42\u53D1\u9001 `upgrade`\uFF0C\u5176\u4ED6\u8BF7\u6C42\u4E0D\u53D1\u9001 Connection \u5934\u3002"
    },
    "cors-credentials-wildcard": {
      why: '\u8BF7\u6C42\u5E26\u6709\u51ED\u636E\uFF08cookie\u3001HTTP \u8BA4\u8BC1\uFF09\u800C\u54CD\u5E94\u4E3A `Access-Control-Allow-Origin: *` \u65F6\uFF0CFetch \u89C4\u8303\u7684 CORS \u68C0\u67E5\u4F1A\u5931\u8D25\uFF0C\u4E0D\u7BA1 `Access-Control-Allow-Credentials` \u600E\u4E48\u8BBE\u7F6E\uFF08MDN "CORSNotSupportingCredentials"\uFF09\u3002`new EventSource(url, {withCredentials: true})` \u4F7F\u7528\u7684\u51ED\u636E\u6A21\u5F0F\u662F "include"\uFF0C\u6240\u4EE5\u4E8B\u4EF6\u6D41\u6839\u672C\u6253\u4E0D\u5F00\uFF1A\u89E6\u53D1 onerror\uFF0C\u63A7\u5236\u53F0\u663E\u793A CORS \u9519\u8BEF\uFF08sse-semantics.md SSE014\uFF09\u3002\u4E0D\u5E26\u51ED\u636E\u65F6 `*` \u53EF\u4EE5\u6B63\u5E38\u5DE5\u4F5C\uFF0C\u51ED\u636E\u5934\u4E5F\u5C31\u6BEB\u65E0\u610F\u4E49\u3002\u751F\u6548\u7684\u54CD\u5E94\u5934\u6309 nginx \u7684\u5408\u5E76\u65B9\u5F0F\u8BA1\u7B97\uFF1A\u672C\u5C42\u7684 add_header \u5217\u8868\uFF08SSE011\uFF09\uFF0C\u52A0\u4E0A\u4F1A\u7D2F\u52A0\u7684 OpenResty more_set_headers\uFF08E42\uFF09\u3002',
      fix: "\u4FEE\u6539\u5EFA\u8BAE\uFF08\u5728 `--diff` \u4E2D\u663E\u793A\uFF0C\u4E0D\u4F1A\u81EA\u52A8\u5E94\u7528\uFF09\uFF1A\u4E00\u4E2A\u5E26\u793A\u4F8B\u6B63\u5219\u7684 `map $http_origin $cors_origin` \u767D\u540D\u5355\u8349\u7A3F\uFF0C\u6765\u6E90\u5934\u6539\u4E3A\u56DE\u663E `$cors_origin`\uFF0C\u5E76\u52A0\u4E0A `Vary: Origin`\u3002\u5141\u8BB8\u54EA\u4E9B origin \u7531\u5E94\u7528\u51B3\u5B9A\u3002\u8BF7\u7528 map \u628A $http_origin \u6620\u5C04\u4E3A\u767D\u540D\u5355\u4E2D\u7684 origin\uFF08\u5176\u4ED6 origin \u6620\u5C04\u4E3A\u7A7A\uFF0C\u8FD9\u6837\u5C31\u4E0D\u53D1\u9001\u8FD9\u4E2A\u5934\uFF09\uFF0C\u5E76\u52A0\u4E0A Vary: Origin\uFF0C\u8BA9\u7F13\u5B58\u6309 origin \u5206\u522B\u4FDD\u5B58\u54CD\u5E94\u3002"
    },
    "cors-missing-always": {
      why: "\u9664\u975E\u5E26\u4E0A `always` \u53C2\u6570\uFF0Cadd_header \u53EA\u4F5C\u7528\u4E8E\u72B6\u6001\u7801\u4E3A 200\u3001201\u3001204\u3001206\u3001301\u3001302\u3001303\u3001304\u3001307 \u6216 308 \u7684\u54CD\u5E94\uFF08ngx_http_headers_filter\uFF1Bsse-semantics.md SSE011 \u7684\u6CE8\u91CA\u548C SSE014\uFF09\u3002\u8DE8\u57DF\u4E8B\u4EF6\u6D41\u88AB\u4EE5 401 \u6216 403 \u62D2\u7EDD\u3001\u88AB\u4EE5 429 \u9650\u6D41\uFF0C\u6216\u4EE5 502\u3001504 \u5931\u8D25\uFF08\u540E\u7AEF\u5728 proxy_read_timeout \u5185\u6CA1\u6709\u53D1\u9001\u4EFB\u4F55\u54CD\u5E94\u5934\uFF09\u65F6\uFF0C\u54CD\u5E94\u91CC\u5C31\u6CA1\u6709 Access-Control-Allow-Origin\uFF1A\u6D4F\u89C8\u5668\u4F1A\u9690\u85CF\u8FD9\u4E2A\u54CD\u5E94\uFF0C\u9875\u9762\u53EA\u80FD\u770B\u5230 CORS \u9519\u8BEF\uFF0CEventSource \u4E5F\u65E0\u6CD5\u533A\u5206\u8BA4\u8BC1\u5931\u8D25\u548C\u7F51\u7EDC\u9519\u8BEF\u3002\u53EA\u7528\u4E8E\u9884\u68C0\u7684\u5934\uFF08Access-Control-Allow-Methods\u3001-Allow-Headers\u3001-Max-Age\uFF09\u4E0D\u4F1A\u88AB\u62A5\u544A\uFF1A\u5B9E\u9645\u8BF7\u6C42\u7684\u54CD\u5E94\u4E0D\u9700\u8981\u5B83\u4EEC\u3002OpenResty \u7684 more_set_headers \u9ED8\u8BA4\u4F5C\u7528\u4E8E\u6240\u6709\u72B6\u6001\u7801\uFF0C\u4E0D\u4F1A\u88AB\u62A5\u544A\u3002",
      fix: "\u5B89\u5168\uFF1A\u5728 add_header \u884C\u672B\u5C3E\u52A0\u4E0A `always`\u3002\u8FD9\u6837\u9519\u8BEF\u54CD\u5E94\u4E5F\u4F1A\u5E26\u4E0A\u8FD9\u4E2A\u5934\uFF0C\u8FD9\u6B63\u662F CORS \u5934\u7684\u7528\u9014\uFF1B\u6210\u529F\u7684\u54CD\u5E94\u4E0D\u53D7\u5F71\u54CD\u3002"
    },
    "duplicate-hop-header": {
      why: "proxy_set_header \u662F\u4E00\u4E2A\u5217\u8868\uFF1Anginx -t \u63A5\u53D7\u540C\u4E00\u5757\u4E2D\u91CD\u590D\u7684\u540C\u540D\u5934\uFF0C\u7136\u540E\u628A\u6BCF\u4E00\u884C\u503C\u4E0D\u4E3A\u7A7A\u7684\u90FD\u4F5C\u4E3A\u5355\u72EC\u7684\u5934\u53D1\u9001\u3002\u5728\u5B9E\u9A8C E26 \u4E2D\uFF0C`Connection: keep-alive` \u548C `Connection: upgrade` \u4E24\u884C\u90FD\u5230\u8FBE\u4E86\u540E\u7AEF\uFF08sse-semantics.md SSE004\uFF0C\u7B2C 2.3 \u8282\uFF09\u3002\u4E24\u4E2A Connection\u3001Upgrade\u3001Keep-Alive\u3001TE \u6216 Transfer-Encoding \u5934\u5F80\u597D\u91CC\u8BF4\u4E5F\u662F\u4E92\u76F8\u77DB\u76FE\u7684\uFF1B\u901A\u5E38\u4E00\u4E2A\u6765\u81EA\u590D\u5236\u6765\u7684 WebSocket \u914D\u7F6E\u7247\u6BB5\uFF0C\u53E6\u4E00\u4E2A\u6765\u81EA keepalive \u6216 SSE \u7684\u914D\u7F6E\u7247\u6BB5\u3002",
      fix: '\u4E0D\u5B89\u5168\uFF1A\u53EA\u4FDD\u7559\u4E00\u884C\uFF0C\u5220\u9664\u5176\u4F59\u7684\u884C\u3002\u5728\u4E8B\u4EF6\u6D41 location \u4E2D\u4FDD\u7559\u503C\u4E3A\u7A7A\u7684\u90A3\u4E00\u884C\uFF08\u4E8B\u4EF6\u6D41\u4E0D\u9700\u8981 Connection \u6216 Upgrade \u5934\uFF09\uFF1B\u5982\u679C\u6CA1\u6709\u503C\u4E3A\u7A7A\u7684\u884C\uFF0C\u5C31\u4FDD\u7559\u6700\u540E\u4E00\u884C Connection \u6216 Upgrade\uFF0C\u5E76\u628A\u5B83\u7684\u503C\u6E05\u7A7A\uFF08`""`\uFF09\uFF1B\u5728\u5176\u4ED6\u5730\u65B9\u4FDD\u7559\u6700\u540E\u4E00\u884C\u3002\u8FD9\u4F1A\u6539\u53D8\u540E\u7AEF\u6536\u5230\u7684\u5185\u5BB9\uFF0C\u8FD9\u6B63\u662F\u76EE\u7684\u6240\u5728\uFF0C\u4F46\u4FDD\u7559\u4E0B\u6765\u7684\u672A\u5FC5\u662F\u4F60\u60F3\u8981\u7684\u90A3\u4E00\u884C\u3002'
    },
    "gzip-event-stream": {
      why: "\u4E0E\u6D41\u4F20\u7684\u8BF4\u6CD5\u76F8\u53CD\uFF0Cgzip \u5728 nginx \u4E2D\u5E76\u4E0D\u4F1A\u7834\u574F SSE\uFF1A\u6BCF\u6B21\u4E0D\u7F13\u51B2\u7684\u4E0A\u6E38\u8BFB\u53D6\u90FD\u4EE5\u5237\u65B0\u7F13\u51B2\u533A\u7684\u5F62\u5F0F\u5230\u8FBE gzip \u8FC7\u6EE4\u5668\uFF0C\u8FC7\u6EE4\u5668\u4EE5 Z_SYNC_FLUSH \u56DE\u5E94\uFF0C\u6240\u4EE5\u4E8B\u4EF6\u7ECF\u8FC7\u538B\u7F29\u540E\u4ECD\u80FD\u6309\u65F6\u5230\u8FBE\uFF08\u9996\u4E2A\u4E8B\u4EF6 7 ms \u540E\u5230\u8FBE [E11]\uFF1B\u5E26 `X-Accel-Buffering: no` \u65F6\u4E5F\u4E00\u6837 [E13]\uFF09\u3002\u5F00\u542F\u4EE3\u7406\u7F13\u51B2\u65F6\u4E8B\u4EF6\u6D41\u4F1A\u6210\u6279\u5230\u8FBE\uFF0C\u4F46\u90A3\u662F\u7F13\u51B2\u9020\u6210\u7684 [E12]\uFF08\u89C1\u89C4\u5219 buffering-on\uFF09\u3002\u5269\u4E0B\u7684\u53EA\u662F\u5F00\u9500\uFF1A\u6BCF\u4E2A\u4E8B\u4EF6\u90FD\u8981\u505A\u4E00\u6B21 deflate \u5237\u65B0\uFF0C\u6BCF\u6B21\u5237\u65B0\u591A\u51FA\u51E0\u4E2A\u5B57\u8282\u7684\u5E27\u5F00\u9500\uFF1B\u53E6\u5916\u6709\u4E9B\u5BA2\u6237\u7AEF\u6216\u4E2D\u95F4\u8BBE\u5907\u4F1A\u7B49\u5230\u66F4\u591A\u538B\u7F29\u6570\u636E\u624D\u5F80\u4E0B\u4F20\u3002`gzip_types *` \u4F1A\u4E0D\u58F0\u4E0D\u54CD\u5730\u628A\u4E8B\u4EF6\u6D41\u4E5F\u5305\u62EC\u8FDB\u53BB\uFF08sse-semantics.md SSE008\uFF09\u3002`gzip_proxied` \u4E0E\u6B64\u65E0\u5173\uFF1A\u5B83\u9488\u5BF9\u7684\u662F\u7ECF\u7531\u53E6\u4E00\u5C42\u4EE3\u7406\u5230\u8FBE nginx \u7684\u8BF7\u6C42\u3002",
      fix: "\u4FEE\u6539\u5EFA\u8BAE\uFF08\u5728 `--diff` \u4E2D\u663E\u793A\uFF0C\u4E0D\u4F1A\u81EA\u52A8\u5E94\u7528\uFF09\uFF1A\u5728\u4E8B\u4EF6\u6D41 location \u4E2D\u52A0\u5165 `gzip off;`\u3002\u538B\u7F29\u4E8B\u4EF6\u6D41\u662F\u4E00\u79CD\u53D6\u820D\uFF0C\u4E0D\u662F\u9519\u8BEF\u3002\u5982\u679C\u5728\u610F CPU \u5F00\u9500\u6216\u67D0\u4E2A\u5BA2\u6237\u7AEF\u7684\u8868\u73B0\uFF0C\u8BF7\u628A text/event-stream\uFF08\u6216 `*`\uFF09\u4ECE gzip_types \u4E2D\u53BB\u6389\uFF0C\u6216\u8005\u5728\u4E8B\u4EF6\u6D41 location \u4E2D\u52A0\u4E0A `gzip off;`\u3002"
    },
    "http1-connection-limit": {
      why: "\u6D4F\u89C8\u5668\u5BF9\u6BCF\u4E2A\u4E3B\u673A\u6700\u591A\u540C\u65F6\u5F00\u7EA6 6 \u4E2A HTTP/1.1 \u8FDE\u63A5\uFF0C\u6BCF\u4E2A\u6253\u5F00\u7684 EventSource \u5728\u8FD0\u884C\u671F\u95F4\u4E00\u76F4\u5360\u7528\u4E00\u4E2A\uFF0C\u6240\u4EE5\u7528\u6237\u5F00\u4E86\u51E0\u4E2A\u6807\u7B7E\u9875\u540E\uFF0C\u7F51\u7AD9\u7684\u5176\u4ED6\u8BF7\u6C42\u5C31\u6CA1\u6709\u8FDE\u63A5\u53EF\u7528\u4E86\uFF08Chrome \u548C Firefox \u90FD\u628A\u8FD9\u4E2A\u95EE\u9898\u6807\u4E3A\u201C\u4E0D\u4E88\u4FEE\u590D\u201D\uFF1B\u89C1 MDN EventSource\uFF09\u3002\u8D70 HTTP/2 \u65F6\uFF0C\u591A\u4E2A\u4E8B\u4EF6\u6D41\u5171\u4EAB\u4E00\u4E2A\u8FDE\u63A5\uFF0C\u6BCF\u4E2A\u8FDE\u63A5\u6700\u591A http2_max_concurrent_streams\uFF08128\uFF09\u4E2A\uFF1A\u590D\u7528\u5728\u4E00\u4E2A\u8FDE\u63A5\u4E0A\u7684 8 \u4E2A\u4E8B\u4EF6\u6D41\u5168\u90FD\u662F\u9010\u6B65\u5230\u8FBE\u7684 [E37]\u3002\u6D4F\u89C8\u5668\u53EA\u5728 TLS \u4E0A\u4F7F\u7528 HTTP/2\uFF0C\u6240\u4EE5\u5BF9 TLS server \u62A5\u8B66\u544A\uFF0C\u5BF9\u660E\u6587 HTTP server \u53EA\u7ED9\u63D0\u793A\u3002listen \u4E0A\u7684 `ssl` \u548C `http2` \u4F5C\u7528\u4E8E\u6574\u4E2A\u5730\u5740\u548C\u7AEF\u53E3\uFF0C\u4E0D\u7BA1\u662F\u54EA\u4E2A server \u8BBE\u7F6E\u7684\uFF1B`http2 on`\uFF08nginx 1.25.1+\uFF09\u5219\u6309 server \u751F\u6548\u3002\u6BCF\u4E2A\u4E8B\u4EF6\u6D41\u4ECD\u7136\u9700\u8981\u81EA\u5DF1\u7684\u4E0A\u6E38\u8FDE\u63A5\uFF08\u89C1\u89C4\u5219 stream-capacity\uFF09\uFF08sse-semantics.md SSE015\uFF09\u3002",
      fix: "\u5B89\u5168\uFF0C\u4EC5\u9650 TLS server\uFF1A\u5F53\u76EE\u6807 nginx \u4E3A 1.25.1 \u6216\u66F4\u65B0\u7248\u672C\uFF08`--nginx-version`\uFF09\u65F6\uFF0C\u5728\u8BE5 server \u7684 listen \u884C\u4E4B\u540E\u63D2\u5165 `http2 on;`\uFF08\u6216\u628A server \u4E2D\u5199\u7684 `http2 off;` \u6539\u4E3A on\uFF09\uFF1B\u5BF9\u4E8E\u66F4\u65E7\u6216\u672A\u77E5\u7684\u7248\u672C\uFF0C\u5219\u5728\u8BE5 server \u7684 TLS `listen` \u884C\u672B\u5C3E\u52A0\u4E0A `http2`\uFF0C\u8FD9\u662F\u6240\u6709\u652F\u6301 HTTP/2 \u7684\u7248\u672C\u90FD\u63A5\u53D7\u7684\u5199\u6CD5\uFF081.25.1+ \u4E5F\u63A5\u53D7\uFF0C\u4F46\u4F1A\u7ED9\u51FA\u5F03\u7528\u8B66\u544A\uFF0C\u6240\u4EE5\u53EA\u6709\u5728\u7248\u672C\u5DF2\u77E5\u65F6\u624D\u9009\u7528 `http2 on;`\uFF09\u3002`listen ... http2` \u4F1A\u5BF9\u8BE5\u5730\u5740\u548C\u7AEF\u53E3\u4E0A\u7684\u6240\u6709 server \u542F\u7528 HTTP/2\u3002HTTP/2 \u901A\u8FC7 ALPN \u534F\u5546\uFF0C\u4E0D\u652F\u6301\u5B83\u7684\u5BA2\u6237\u7AEF\u4ECD\u4F7F\u7528 HTTP/1.1\u3002\u5982\u679C server \u660E\u786E\u5173\u95ED\u4E86 HTTP/2\uFF0C\u4FEE\u590D\u5C31\u662F\u4E0D\u5B89\u5168\u7684\uFF1A\u90A3\u662F\u6709\u4EBA\u7279\u610F\u505A\u7684\u9009\u62E9\u3002"
    },
    "keepalive-ineffective": {
      why: 'upstream \u5757\u7684 `keepalive` \u53EA\u4F1A\u7F13\u5B58\u540E\u7AEF\u4FDD\u6301\u6253\u5F00\u7684\u7A7A\u95F2\u8FDE\u63A5\u3002\u5728 nginx 1.29.7 \u4E4B\u524D\uFF0C\u8FD9\u9700\u8981 `proxy_http_version 1.1` \u5E76\u6E05\u7A7A Connection \u5934\uFF08`proxy_set_header Connection "";`\uFF09\uFF0C\u56E0\u4E3A nginx \u9ED8\u8BA4\u7528 HTTP/1.0 \u548C `Connection: close` \u4EE3\u7406\uFF1B\u5426\u5219 keepalive \u4F1A\u6084\u65E0\u58F0\u606F\u5730\u5931\u6548\u3002\u4ECE 1.29.7 \u8D77\uFF0CHTTP/1.1 \u548C\u4E0D\u53D1\u9001 Connection \u5934\u6210\u4E86\u9ED8\u8BA4\u503C\uFF0C\u663E\u5F0F\u7684 upstream \u5757\u9ED8\u8BA4\u83B7\u5F97 `keepalive 32 local`\uFF0C\u9664\u975E\u8BBE\u7F6E\u4E86 `keepalive 0;`\uFF1B\u4ECD\u7136\u8BBE\u7F6E 1.0 \u6216 `Connection: close` \u7684 location \u4F1A\u8BA9\u5B83\u5931\u6548\u3002\u628A\u7A7A\u503C\u6620\u5C04\u4E3A `close` \u7684 WebSocket map \u4F1A\u5728\u6BCF\u4E2A\u666E\u901A\u8BF7\u6C42\u4E0A\u53D1\u9001 `Connection: close` [E27]\u3002\u8FD9\u4E0D\u4F1A\u7834\u574F SSE\uFF1A\u4E8B\u4EF6\u6D41\u65E0\u8BBA\u5982\u4F55\u90FD\u4F1A\u4E00\u76F4\u5360\u7740\u5B83\u7684\u8FDE\u63A5\uFF08sse-semantics.md SSE019\u3001SSE003\u3001SSE004\uFF09\u3002',
      fix: '\u4FEE\u6539\u5EFA\u8BAE\uFF08\u5728 `--diff` \u4E2D\u663E\u793A\uFF0C\u4E0D\u4F1A\u81EA\u52A8\u5E94\u7528\uFF09\uFF1A\u5728\u8BE5 location \u4E2D\u52A0\u5165 `proxy_http_version 1.1;` \u548C `proxy_set_header Connection "";`\uFF0C\u5E76\u628A\u7EE7\u627F\u6765\u7684 proxy_set_header \u884C\u4E00\u5E76\u590D\u5236\u8FC7\u6765\u3002\u5728\u67D0\u4E2A\u5757\u4E2D\u52A0\u4E0A `proxy_set_header Connection "";` \u4F1A\u4E22\u6389\u5B83\u7EE7\u627F\u6765\u7684\u6240\u6709 proxy_set_header\uFF08Host\u3001X-Forwarded-For \u7B49\uFF09\uFF0C\u6240\u4EE5\u8FD9\u4E9B\u884C\u5F97\u624B\u5DE5\u5199\u3002\u8BF7\u4F7F\u7528 `proxy_http_version 1.1;` \u548C `proxy_set_header Connection "";`\uFF08\u5E76\u91CD\u590D\u7EE7\u627F\u6765\u7684\u5934\uFF09\uFF0C\u6216\u8005\u4F7F\u7528\u5BF9\u666E\u901A\u8BF7\u6C42\u7ED9\u51FA\u7A7A\u503C\u7684 map\u3002'
    },
    "limit-rate-on-stream": {
      why: "\u5BF9\u4E8E\u4E0D\u7F13\u51B2\u7684\u4E0A\u6E38\u54CD\u5E94\uFF0Cnginx \u4F1A\u628A\u8BF7\u6C42\u7684\u9650\u901F\u8BBE\u4E3A 0\uFF08ngx_http_upstream_send_response\uFF09\uFF0C\u8FD9\u4E5F\u4F1A\u53D6\u6D88\u4E0A\u6E38\u7684 X-Accel-Limit-Rate\uFF1A\u7F13\u51B2\u5173\u95ED\u65F6\uFF0C`limit_rate 100` \u8BA9\u4E00\u4E2A\u7EA6 1 KB/s \u7684\u4E8B\u4EF6\u6D41\u6BEB\u65E0\u9650\u5236\u5730\u901A\u8FC7 [E31]\u3002\u7F13\u51B2\u5F00\u542F\u65F6\u9650\u901F\u751F\u6548\uFF1A\u540C\u4E00\u4E2A\u4E8B\u4EF6\u6D41\u88AB\u9650\u5230 100 B/s\uFF0C\u5BA2\u6237\u7AEF\u5728 30 \u79D2\u540E\u653E\u5F03\uFF0C16 \u4E2A\u4E8B\u4EF6\u53EA\u6536\u5230\u4E86 10 \u4E2A [E32]\u3002nginx \u81EA\u5DF1\u751F\u6210\u7684\u8F93\u51FA\uFF08content_by_lua*\uFF09\u603B\u662F\u53D7\u9650\u901F\u5F71\u54CD\uFF08\u5728 nginx 1.22.1 \u4E0A\u9A8C\u8BC1\u8FC7\uFF1A`limit_rate 2k` \u65F6\uFF0C8 KB \u5DF2\u5237\u65B0\u7684 Lua \u4E8B\u4EF6\u7528\u4E86 4 \u79D2\uFF0C\u4E0D\u9650\u901F\u65F6\u53EA\u8981 2 ms\uFF09\u3002\u6240\u4EE5 limit_rate \u5BF9\u4E8B\u4EF6\u6D41\u8981\u4E48\u6BEB\u65E0\u4F5C\u7528\uFF0C\u8BEF\u5BFC\u8BFB\u914D\u7F6E\u7684\u4EBA\uFF0C\u8981\u4E48\u4F1A\u5EF6\u8FDF\u4E8B\u4EF6\uFF08sse-semantics.md SSE018\uFF09\u3002\u53D8\u91CF\u5F62\u5F0F\u7684\u9650\u901F\uFF08`limit_rate $rate`\uFF09\u4E0D\u505A\u68C0\u67E5\u3002",
      fix: "\u4FEE\u6539\u5EFA\u8BAE\uFF08\u5728 `--diff` \u4E2D\u663E\u793A\uFF0C\u4E0D\u4F1A\u81EA\u52A8\u5E94\u7528\uFF09\uFF1A\u5728\u4E8B\u4EF6\u6D41 location \u4E2D\u52A0\u5165 `limit_rate 0;`\u3002\u8BF7\u4ECE\u4E8B\u4EF6\u6D41 location \u4E2D\u5220\u9664 limit_rate\uFF08\u6216\u5728\u90A3\u91CC\u8BBE\u7F6E `limit_rate 0;`\uFF0C\u4E0D\u518D\u7EE7\u627F\u5916\u5C42\u7684\u503C\uFF09\uFF1B\u5982\u679C\u9700\u8981\u63A7\u5236\u4E8B\u4EF6\u6D41\u7684\u8282\u594F\uFF0C\u8BF7\u5728\u540E\u7AEF\u63A7\u5236\u3002"
    },
    "lua-body-filter-on-stream": {
      why: 'ngx_lua \u7684 body \u8FC7\u6EE4\u5668\u5728 ngx.arg[1] \u4E2D\u770B\u5230\u54CD\u5E94\u7684\u6BCF\u4E00\u5757\u6570\u636E\uFF08\u6700\u540E\u4E00\u5757\u65F6 ngx.arg[2] \u4E3A true\uFF09\uFF0C\u5E76\u628A\u7559\u5728\u90A3\u91CC\u7684\u5185\u5BB9\u4F20\u4E0B\u53BB\u3002\u4E3A\u4E86\u8BB0\u5F55\u65E5\u5FD7\u6216\u7EDF\u8BA1 token \u800C\u6536\u96C6\u6574\u4E2A\u54CD\u5E94\u4F53\u3001\u5728\u6700\u540E\u4E00\u5757\u4E4B\u524D\u4E00\u76F4\u8BBE\u7F6E `ngx.arg[1] = nil` \u7684\u8FC7\u6EE4\u5668\uFF0C\u4F1A\u628A\u6574\u4E2A\u4E8B\u4EF6\u6D41\u6263\u4F4F\uFF1A\u7528 nginx 1.22.1 \u548C Debian \u7684 lua \u6A21\u5757\u5B9E\u6D4B\uFF0C\u5728 `proxy_buffering off` \u548C `proxy_http_version 1.1` \u4E4B\u540E\uFF0C\u540E\u7AEF\u9010\u4E2A\u5199\u51FA\u7684\u516D\u4E2A\u4E8B\u4EF6\u5728\u540E\u7AEF\u7ED3\u675F\u4E4B\u540E\u624D\u4E00\u8D77\u5230\u8FBE\u5BA2\u6237\u7AEF\uFF08test/e2e\uFF0Csse-semantics.md SSE021\uFF09\u3002\u4EFB\u4F55\u7F13\u51B2\u8BBE\u7F6E\u90FD\u65E0\u6D4E\u4E8E\u4E8B\uFF0C\u56E0\u4E3A\u8FC7\u6EE4\u5668\u5728\u5B83\u4EEC\u4E4B\u540E\u8FD0\u884C\u3002\u4E09\u79CD\u5199\u6CD5\uFF08`body_filter_by_lua_block`\u3001`body_filter_by_lua`\u3001`body_filter_by_lua_file`\uFF09\u5171\u7528\u540C\u4E00\u4E2A\u8BBE\u7F6E\uFF0Clocation \u81EA\u5DF1\u4E0D\u5199\u65F6\u4F1A\u4ECE server \u548C http \u7EE7\u627F\u3002\u628A ngx.arg[1] \u8BBE\u4E3A nil \u6216 "" \u7684\u5185\u8054\u4EE3\u7801\u62A5\u544A\u4E3A\u8B66\u544A\uFF1B\u4EE5\u5176\u4ED6\u65B9\u5F0F\u66FF\u6362\u6570\u636E\u5757\u3001\u8C03\u7528 sse-lint \u65E0\u6CD5\u8BFB\u53D6\u7684\u6A21\u5757\u3001\u6216\u8005\u5199\u5728\u6587\u4EF6\u4E2D\u7684\u4EE3\u7801\u62A5\u544A\u4E3A\u63D0\u793A\uFF1B\u4ECE\u4E0D\u7ED9 ngx.arg[1] \u6216 ngx.arg[2] \u8D4B\u503C\u7684\u4EE3\u7801\u4F1A\u628A\u6570\u636E\u5757\u539F\u6837\u4F20\u4E0B\u53BB\uFF0C\u4E0D\u4E88\u62A5\u544A\u3002',
      fix: "\u4FEE\u6539\u5EFA\u8BAE\uFF08\u5728 `--diff` \u4E2D\u663E\u793A\uFF0C\u4E0D\u4F1A\u81EA\u52A8\u5E94\u7528\uFF09\uFF1A\u4ECE\u4E8B\u4EF6\u6D41 location \u4E2D\u5220\u9664\u8BE5\u8FC7\u6EE4\u5668\uFF1B\u82E5\u5B83\u662F\u7EE7\u627F\u6765\u7684\uFF0C\u5219\u5728\u90A3\u91CC\u52A0\u5165\u7A7A\u7684 `body_filter_by_lua_block { }`\u3002\u8FC7\u6EE4\u5668\u8FD8\u5FC5\u987B\u505A\u4EC0\u4E48\uFF0C\u7531\u5E94\u7528\u51B3\u5B9A\u3002\u5982\u679C\u9700\u8981\u5B8C\u6574\u7684\u54CD\u5E94\u4F53\uFF0C\u53EF\u4EE5\u7EE7\u7EED\u6536\u96C6\u4E00\u4EFD\u526F\u672C\uFF0C\u4F46\u8BA9 ngx.arg[1] \u4FDD\u6301\u539F\u6837\uFF08\u6216\u8005\u628A\u8FD9\u9879\u5DE5\u4F5C\u79FB\u5230 log_by_lua* \u4E2D\uFF09\uFF0C\u6216\u8005\u5728\u4E8B\u4EF6\u6D41 location \u4E2D\u5173\u95ED\u8BE5\u8FC7\u6EE4\u5668\uFF08\u81EA\u5DF1\u5199\u4E86 body \u8FC7\u6EE4\u5668\u7684 location \u4F1A\u66FF\u6362\u7EE7\u627F\u6765\u7684\u90A3\u4E2A\uFF09\u3002"
    },
    "lua-http10-buffering": {
      why: "ngx_lua \u7684 `lua_http10_buffering` \u9ED8\u8BA4\u4E3A on\uFF1A\u5BF9\u4E8E HTTP/1.0 \u8BF7\u6C42\uFF0C\u6BCF\u6B21 ngx.print/ngx.say \u7684\u8F93\u51FA\u90FD\u4F1A\u88AB\u7F13\u51B2\uFF0C\u4EE5\u4FBF\u53D1\u9001 Content-Length\uFF1Blua-nginx-module \u7684 README \u6307\u51FA\uFF0C\u8FD9\u79CD\u6A21\u5F0F\u4E0B ngx.flush \u4E0D\u8D77\u4F5C\u7528\uFF08sse-semantics.md SSE021\uFF09\u3002HTTP/1.1 \u5BA2\u6237\u7AEF\u80FD\u6B63\u5E38\u6D41\u5F0F\u63A5\u6536 [E38]\uFF0C\u4F46\u4F7F\u7528 1.29.7 \u4E4B\u524D\u9ED8\u8BA4\u503C `proxy_http_version 1.0` \u7684\u524D\u7F6E nginx \u6536\u5230\u7684 Lua \u4E8B\u4EF6\u6D41\u662F\u5E26 Content-Length \u7684\u4E00\u6574\u5757\uFF0C\u5373\u4F7F\u8BBE\u7F6E\u4E86 `proxy_buffering off` \u4E5F\u4E00\u6837 [E39]\u3002\u5728 Lua \u4E00\u4FA7\u8BBE\u7F6E `lua_http10_buffering off` \u5C31\u89E3\u51B3\u4E86\u95EE\u9898 [E41]\u3002\u5B83\u53EF\u4EE5\u5199\u5728 http\u3001server\u3001location \u4EE5\u53CA location \u4E2D\u7684 `if` \u91CC\uFF1B\u5199\u5728 `if` \u4E2D\u65F6\uFF0C\u53EA\u5728\u6761\u4EF6\u6210\u7ACB\u65F6\u751F\u6548\u3002",
      fix: "\u5B89\u5168\uFF1A\u5728\u4E8B\u4EF6\u6D41 location \u4E2D\u63D2\u5165 `lua_http10_buffering off;`\uFF08\u6216\u8005\u63D2\u5165\u5230\u628A\u5B83\u8BBE\u4E3A on \u7684 `if` \u5757\u4E2D\uFF0C\u6216\u8005\u4FEE\u6539\u90A3\u91CC\u5199\u7684 `on`\uFF09\u3002HTTP/1.1 \u5BA2\u6237\u7AEF\u4E0D\u53D7\u5F71\u54CD\uFF1BHTTP/1.0 \u5BA2\u6237\u7AEF\u6536\u5230\u7684\u662F\u4EE5\u5173\u95ED\u8FDE\u63A5\u7ED3\u675F\u7684\u6D41\uFF0C\u800C\u4E0D\u662F\u4E00\u6574\u4E2A\u7F13\u51B2\u540E\u7684\u54CD\u5E94\u3002"
    },
    "proxy-set-header-redefinition": {
      why: 'proxy_set_header \u662F\u6574\u4F53\u66FF\u6362\u7684\u5217\u8868\uFF0Cgrpc_set_header\u3001fastcgi_param\u3001uwsgi_param \u548C scgi_param \u4E5F\u662F\uFF1A\u67D0\u4E00\u5C42\u53EA\u8981\u6709\u4E00\u884C\u81EA\u5DF1\u7684\uFF0C\u5C31\u4E0D\u4F1A\u4ECE\u4E0A\u5C42\u7EE7\u627F\u4EFB\u4F55\u4E00\u884C\uFF08\u5404\u6A21\u5757 merge_loc_conf \u4E2D\u5BF9 headers_source / params_source \u7684 ngx_conf_merge_ptr_value\uFF1Bsse-semantics.md \xA72.1 \u548C SSE011\uFF0C\u5B9E\u9A8C E25\uFF1Aserver \u4E2D\u7684 X-From-Server \u52A0\u4E0A location \u4E2D\u7684 X-From-Loc\uFF0C\u540E\u7AEF\u53EA\u6536\u5230\u4E86 X-From-Loc\uFF09\u3002\u4E8B\u4EF6\u6D41 location \u901A\u5E38\u4F1A\u4E3A\u4E0A\u6E38 keepalive \u52A0\u4E0A `proxy_set_header Connection "";`\uFF0C\u4E8E\u662F\u4E22\u6389\u4E86 server \u4E2D\u7684 Host\u3001X-Forwarded-For \u548C X-Forwarded-Proto\uFF1B\u540E\u7AEF\u770B\u5230\u7684\u5C31\u6210\u4E86 `Host: $proxy_host` \u548C\u4EE3\u7406\u7684\u5730\u5740\u3002\u4E0E add_header \u4E0D\u540C\uFF0C\u8FD9\u4E9B\u5217\u8868\u6CA1\u6709\u7EE7\u627F\u5F00\u5173\u3002',
      fix: "\u4E0D\u5B89\u5168\uFF1A\u628A\u4E22\u5931\u7684\u884C\u6309\u539F\u6709\u987A\u5E8F\u590D\u5236\u5230\u672C\u5C42\uFF0C\u653E\u5728\u672C\u5C42\u540C\u4E00\u6307\u4EE4\u7684\u884C\u4E4B\u540E\u3002\u8FD9\u6837\u540E\u7AEF\u4F1A\u6536\u5230\u4EE5\u524D\u6CA1\u6709\u6536\u5230\u7684\u5934\u6216\u53C2\u6570\uFF0C\u8FD9\u901A\u5E38\u6B63\u662F\u672C\u610F\uFF0C\u4F46\u4E5F\u6539\u53D8\u4E86\u884C\u4E3A\u3002"
    },
    "read-timeout-short": {
      why: "`proxy_read_timeout`\uFF08\u9ED8\u8BA4 60 \u79D2\uFF1Bfastcgi_\u3001uwsgi_\u3001scgi_ \u548C grpc_read_timeout \u540C\u7406\uFF09\u662F\u4E24\u6B21\u4ECE\u4E0A\u6E38\u8BFB\u53D6\u4E4B\u95F4\u7684\u7A7A\u95F2\u8BA1\u65F6\u5668\uFF0C\u800C\u4E0D\u662F\u6574\u4E2A\u54CD\u5E94\u7684\u65F6\u957F\u4E0A\u9650\u3002\u4E8B\u4EF6\u6D41\u9759\u9ED8\u8D85\u8FC7\u8FD9\u4E2A\u65F6\u95F4\u65F6\uFF0Cnginx \u4F1A\u5728\u54CD\u5E94\u4F53\u4E2D\u9014\u5173\u95ED\u8FDE\u63A5\uFF1A\u5BA2\u6237\u7AEF\u770B\u5230\u7684\u662F\u88AB\u622A\u65AD\u7684\u5206\u5757\u54CD\u5E94\uFF08curl \u9000\u51FA\u7801 18\uFF09\uFF0CEventSource \u968F\u5373\u91CD\u8FDE [E21]\uFF1B\u5F00\u542F\u7F13\u51B2\u65F6\uFF0C\u8FD8\u7559\u5728\u7F13\u51B2\u533A\u91CC\u7684\u4E8B\u4EF6\u4F1A\u4E22\u5931 [E22]\u3002\u5FC3\u8DF3\u6CE8\u91CA\uFF08`: ping`\uFF09\u4F1A\u91CD\u7F6E\u8BA1\u65F6\u5668 [E23]\u3002\u540C\u4E00\u4E2A\u8BA1\u65F6\u5668\u4E5F\u9650\u5236\u4E86\u7B49\u5F85\u54CD\u5E94\u5934\u7684\u65F6\u95F4\uFF0C\u6240\u4EE5\u5728\u7B2C\u4E00\u4E2A token \u4E4B\u524D\u4EC0\u4E48\u90FD\u4E0D\u53D1\u9001\u7684 LLM \u540E\u7AEF\uFF0C\u5982\u679C\u9700\u8981\u66F4\u957F\u65F6\u95F4\u5C31\u4F1A\u88AB\u5207\u65AD\uFF08sse-semantics.md SSE005\uFF09\u3002\u53D6\u503C 0 \u5E76\u4E0D\u8868\u793A\u201C\u4E0D\u8D85\u65F6\u201D\uFF0C\u800C\u662F\u7ACB\u5373\u8FD4\u56DE 504\uFF1B\u89C4\u5219 read-timeout-zero \u4F1A\u62A5\u544A\u8FD9\u79CD\u60C5\u51B5\u3002\u914D\u7F6E\u4E2D\u5199\u51FA\u7684\u8D85\u65F6\u5728\u6BCF\u4E2A\u4E8B\u4EF6\u6D41\u4E0A\u90FD\u4F1A\u62A5\u544A\uFF1Bnginx \u7684 60 \u79D2\u9ED8\u8BA4\u503C\u6CA1\u6709\u4EBA\u9009\u62E9\u8FC7\uFF0C\u53EA\u5728\u7528\u6237\u58F0\u660E\u7684\u4E8B\u4EF6\u6D41\uFF08`--route`\u3001`streams`\u3001`# sse-lint: stream`\uFF09\u548C LLM API \u7AEF\u70B9\u4E0A\u62A5\u544A\uFF0C\u56E0\u4E3A\u5355\u662F\u7B49\u5F85\u7B2C\u4E00\u4E2A token \u5C31\u53EF\u80FD\u8D85\u8FC7\u4E00\u5206\u949F\uFF1Asse-lint \u81EA\u5DF1\u627E\u5230\u7684\u4E8B\u4EF6\u6D41\u901A\u5E38\u4F1A\u53D1\u9001\u5FC3\u8DF3\uFF0C\u800C\u8FD9\u4ECE\u914D\u7F6E\u4E2D\u770B\u4E0D\u51FA\u6765\u3002\u5982\u679C\u65B0\u7684\u5230\u671F\u65F6\u95F4\u4E0E\u65E7\u7684\u76F8\u5DEE\u4E0D\u5230 300 ms\uFF0Cnginx \u4E0D\u4F1A\u91CD\u65B0\u8BBE\u7F6E\u8BA1\u65F6\u5668\uFF0C\u6240\u4EE5\u4ECE\u6700\u540E\u4E00\u6B21\u8BFB\u53D6\u7B97\u8D77\uFF0C\u5207\u65AD\u6700\u591A\u53EF\u80FD\u6BD4\u5B8C\u6574\u7684\u8D85\u65F6\u65F6\u95F4\u65E9 0.3 \u79D2\uFF08\u5728 test/e2e \u4E2D\u5B9E\u6D4B\uFF09\uFF1A\u8BF7\u8BA9\u5FC3\u8DF3\u95F4\u9694\u660E\u663E\u77ED\u4E8E\u8D85\u65F6\u65F6\u95F4\u3002",
      fix: "\u5B89\u5168\uFF1A\u5728\u4E8B\u4EF6\u6D41 location \u4E2D\u63D2\u5165 `proxy_read_timeout 1h;`\uFF08FastCGI\u3001uwsgi\u3001SCGI \u548C gRPC \u4F7F\u7528\u5404\u81EA\u6A21\u5757\u7684\u6307\u4EE4\uFF1B\u53D6\u503C\u89C1\u9009\u9879 `fixValue`\uFF09\uFF0C\u5982\u679C\u8BE5\u503C\u76F4\u63A5\u5199\u5728\u8FD9\u4E2A location \u4E2D\uFF0C\u5219\u66FF\u6362\u5B83\u3002\u8FD9\u4E2A\u8D85\u65F6\u53EA\u9650\u5236\u9759\u9ED8\u65F6\u95F4\uFF0C\u6301\u7EED\u53D1\u9001\u6570\u636E\u7684\u54CD\u5E94\u4E0D\u53D7\u5F71\u54CD\uFF1B\u800C\u4E00\u4E2A\u5361\u4F4F\u3001\u4EC0\u4E48\u90FD\u4E0D\u53D1\u9001\u7684\u540E\u7AEF\uFF0C\u73B0\u5728\u4F1A\u4E00\u76F4\u5360\u7740\u8FDE\u63A5\u76F4\u5230\u65B0\u7684\u8D85\u65F6\uFF0C\u800C\u4E0D\u662F\u4E00\u5206\u949F\u3002\u5982\u679C\u8BE5\u503C\u6765\u81EA location \u5185 include \u7684\u6587\u4EF6\uFF0C\u5219\u4E0D\u63D0\u4F9B\u4FEE\u590D\uFF08\u4FEE\u6539\u5B83\u4F1A\u5F71\u54CD\u6240\u6709 include \u5B83\u7684 location\uFF09\u3002\u4ECD\u7136\u5EFA\u8BAE\u540E\u7AEF\u53D1\u9001\u5FC3\u8DF3\uFF1Anginx \u524D\u9762\u7684\u8D1F\u8F7D\u5747\u8861\u5668\u548C\u4EE3\u7406\u4E5F\u6709\u5404\u81EA\u7684\u7A7A\u95F2\u8D85\u65F6\u3002"
    },
    "read-timeout-zero": {
      why: "nginx \u6CA1\u6709\u201C\u65E0\u9650\u201D\u7684\u8BFB\u8D85\u65F6\u3002`proxy_read_timeout 0` \u80FD\u901A\u8FC7 `nginx -t`\uFF0C\u4F46\u968F\u540E\u6BCF\u4E2A\u8BF7\u6C42\u90FD\u4F1A\u7ACB\u523B\u5931\u8D25\uFF0C\u9519\u8BEF\u65E5\u5FD7\u4E2D\u51FA\u73B0 `upstream timed out ... while reading response header`\uFF0C\u5E76\u8FD4\u56DE 504\uFF08sse-semantics.md SSE005\uFF0C\u5B9E\u9A8C E21b\uFF09\u3002\u8FD9\u4E2A\u8D85\u65F6\u662F\u4E24\u6B21\u8BFB\u53D6\u4E4B\u95F4\u7684\u7A7A\u95F2\u8BA1\u65F6\u5668\uFF0C\u6240\u4EE5\u8981\u8BA9\u5B89\u9759\u7684\u4E8B\u4EF6\u6D41\u4FDD\u6301\u6253\u5F00\uFF0C\u5E94\u8BE5\u8BBE\u4E00\u4E2A\u8F83\u5927\u7684\u503C\uFF0C\u518D\u8BA9\u540E\u7AEF\u53D1\u9001\u5FC3\u8DF3\u6CE8\u91CA\u3002",
      fix: "\u4E0D\u5B89\u5168\uFF1A\u628A 0 \u66FF\u6362\u4E3A `1h`\uFF08\u9009\u9879 `fixValue`\uFF09\u3002\u8FD9\u4F1A\u6539\u53D8\u884C\u4E3A\uFF08\u8BF7\u6C42\u4E0D\u518D\u5931\u8D25\uFF09\uFF0C\u8FD9\u6B63\u662F\u672C\u610F\uFF1B\u4F46\u5408\u9002\u7684\u503C\u53D6\u51B3\u4E8E\u4E8B\u4EF6\u6D41\u6700\u957F\u7684\u9759\u9ED8\u65F6\u95F4\u3002"
    },
    "stream-capacity": {
      why: "\u6BCF\u4E2A worker \u6709 worker_connections \u4E2A\u8FDE\u63A5\u69FD\uFF08\u9ED8\u8BA4 512\uFF09\uFF0C\u6BCF\u4E2A\u5BA2\u6237\u7AEF\u8FDE\u63A5\u3001\u4E0A\u6E38\u8FDE\u63A5\u548C\u76D1\u542C\u5957\u63A5\u5B57\u90FD\u5360\u7528\u4E00\u4E2A\uFF0C\u4E0E master \u8FDB\u7A0B\u4E4B\u95F4\u7684\u901A\u9053\u4E5F\u8981\u5360\u4E00\u4E2A\u3002\u4E00\u4E2A\u88AB\u4EE3\u7406\u7684\u4E8B\u4EF6\u6D41\u5728\u6253\u5F00\u671F\u95F4\u4E00\u76F4\u5360\u7528\u4E24\u4E2A\u69FD\uFF08\u5BA2\u6237\u7AEF\u4E00\u4E2A\uFF0C\u4E0A\u6E38\u4E00\u4E2A\uFF09\uFF0C\u6240\u4EE5\u5BB9\u91CF\u4E3A worker \u6570 \xD7\uFF08worker_connections \u2212 \u76D1\u542C\u5957\u63A5\u5B57\u6570 \u2212 1\uFF09\xF7 2\u3002\u5F53 `worker_connections 16` \u4E14\u53EA\u6709\u4E00\u4E2A\u76D1\u542C\u5957\u63A5\u5B57\u65F6\uFF0C\u7B2C 8 \u4E2A\u5E76\u53D1\u4E8B\u4EF6\u6D41\u88AB\u91CD\u7F6E\uFF0Cnginx \u65E5\u5FD7\u8BB0\u5F55\u4E86 `16 worker_connections are not enough` [E35]\uFF1Bsse-lint \u81EA\u5DF1\u5728 nginx 1.22.1 \u4E0A\u7684\u68C0\u67E5\u7ED3\u679C\u662F\uFF1A\u4E00\u4E2A\u76D1\u542C\u5957\u63A5\u5B57\u65F6\uFF0C16\u300117\u300118 \u4E2A\u8FDE\u63A5\u5206\u522B\u5BB9\u7EB3 7\u30017\u30018 \u4E2A\u4E8B\u4EF6\u6D41\uFF1B\u4E24\u4E2A\u76D1\u542C\u5957\u63A5\u5B57\u65F6\uFF0C18\u300119 \u4E2A\u8FDE\u63A5\u5206\u522B\u5BB9\u7EB3 7\u30018 \u4E2A\u3002worker_rlimit_nofile\uFF08\u6216\u64CD\u4F5C\u7CFB\u7EDF\u7684\u6253\u5F00\u6587\u4EF6\u6570\u4E0A\u9650\uFF0C\u901A\u5E38\u4E3A 1024\uFF09\u540C\u6837\u4F1A\u9650\u5236\u8FDE\u63A5\u69FD\u3002HTTP/2 \u8BA9\u4E00\u4E2A\u5BA2\u6237\u7AEF\u8FDE\u63A5\u627F\u8F7D\u591A\u4E2A\u6D41\uFF0C\u4F46\u6BCF\u4E2A\u6D41\u4ECD\u9700\u8981\u81EA\u5DF1\u7684\u4E0A\u6E38\u8FDE\u63A5\uFF08sse-semantics.md SSE016\uFF09\u3002\u6BCF\u4EFD\u542B\u6709\u4E8B\u4EF6\u6D41 location \u7684\u914D\u7F6E\u53EA\u7ED9\u51FA\u4E00\u6B21\u8FD9\u6761\u63D0\u793A\uFF1B\u5F53\u5BB9\u91CF\u4F4E\u4E8E\u9009\u9879 `expectedStreams`\uFF0C\u6216 worker_rlimit_nofile \u4F4E\u4E8E worker_connections \u65F6\uFF0C\u5B83\u4F1A\u6210\u4E3A\u8B66\u544A\u3002",
      fix: "\u4FEE\u6539\u5EFA\u8BAE\uFF08\u5728 `--diff` \u4E2D\u663E\u793A\uFF0C\u4E0D\u4F1A\u81EA\u52A8\u5E94\u7528\uFF09\uFF1A\u63D0\u9AD8 worker_connections\uFF08\u8BBE\u7F6E\u4E86 `expectedStreams` \u65F6\u63D0\u9AD8\u5230\u8DB3\u591F\u7684\u6570\u503C\uFF0C\u5426\u5219\u4E3A 4096\uFF09\u3002\u5408\u9002\u7684\u6570\u503C\u53D6\u51B3\u4E8E\u673A\u5668\u548C\u9884\u671F\u8D1F\u8F7D\u3002\u8BF7\u8C03\u5927 worker_connections\uFF08\u540C\u65F6\u8C03\u5927 worker_rlimit_nofile\uFF09\uFF0C\u6216\u8005\u8FD0\u884C\u66F4\u591A worker \u8FDB\u7A0B\uFF1B\u8BBE\u7F6E\u9009\u9879 `expectedStreams` \u540E\uFF0C\u914D\u7F6E\u4E0D\u591F\u7528\u65F6\u5C31\u4F1A\u6536\u5230\u8B66\u544A\u3002"
    },
    "upstream-http10": {
      why: "nginx 1.29.7 \u4E4B\u524D proxy_http_version \u9ED8\u8BA4\u4E3A 1.0\uFF1B\u4ECE 1.29.7 \u8D77\u4E3A 1.1\uFF08sse-semantics.md \u7B2C 1 \u8282\uFF0CSSE003\uFF09\u3002\u5355\u9760 HTTP/1.0 \u5E76\u4E0D\u4F1A\u8BA9\u666E\u901A\u540E\u7AEF\u51FA\u95EE\u9898\uFF1A\u5B83\u4F1A\u8FD4\u56DE\u4EE5\u5173\u95ED\u8FDE\u63A5\u7ED3\u675F\u7684\u54CD\u5E94\u4F53\uFF0C\u4E0D\u7F13\u51B2\u7684 nginx \u4F1A\u7ACB\u5373\u8F6C\u53D1 [E18]\u3002\u4F46\u8FD9\u6837\u5C31\u6CA1\u6709\u4E0A\u6E38 keepalive\uFF0C\u800C\u9488\u5BF9 HTTP/1.0 \u5BA2\u6237\u7AEF\u505A\u7F13\u51B2\u7684\u540E\u7AEF\u786E\u5B9E\u4F1A\u7834\u574F\u6D41\u5F0F\u4F20\u8F93\uFF1A\u9ED8\u8BA4 `lua_http10_buffering on` \u7684 OpenResty/ngx_lua \u628A\u6574\u4E2A\u4E8B\u4EF6\u6D41\u7F13\u51B2\u8D77\u6765\uFF0C\u5E26\u7740 Content-Length \u4E00\u6B21\u6027\u53D1\u51FA [E39]\uFF1B\u6539\u7528 HTTP/1.1 \u5219\u80FD\u6B63\u5E38\u6D41\u5F0F\u4F20\u8F93 [E40]\u3002\u6240\u4EE5\u8FD9\u6761\u89C4\u5219\u62A5\u8B66\u544A\uFF1B\u5F53\u88AB\u4EE3\u7406\u7684\u5730\u5740\u662F\u540C\u4E00\u4EFD\u914D\u7F6E\u4E2D\u5BF9 HTTP/1.0 \u505A\u7F13\u51B2\u7684 content_by_lua location \u65F6\uFF0C\u62A5\u9519\u8BEF\uFF08SSE021\uFF09\u3002\u6CA1\u6709\u6307\u5B9A --nginx-version \u65F6\uFF0C\u6309 1.29.7 \u4E4B\u524D\u7684\u9ED8\u8BA4\u503C\u5904\u7406\u3002",
      fix: '\u5B89\u5168\uFF1A\u5728\u4E8B\u4EF6\u6D41 location \u4E2D\u63D2\u5165 `proxy_http_version 1.1;`\uFF08\u6216\u8005\u4FEE\u6539\u90A3\u91CC\u5199\u7684 `1.0`\uFF09\u3002\u5728 1.29.7 \u4E4B\u524D\uFF0C\u9664\u975E\u518D\u52A0\u4E0A `proxy_set_header Connection "";`\uFF0Cnginx \u4ECD\u4F1A\u53D1\u9001 `Connection: close`\uFF0C\u4E0D\u8FC7\u8FD9\u53EA\u5F71\u54CD\u4E0A\u6E38 keepalive\uFF08\u89C1\u89C4\u5219 keepalive-ineffective\uFF09\u3002'
    },
    // The engine's own ids.
    "parse-error": {
      summary: "\u914D\u7F6E\u65E0\u6CD5\u6309 nginx \u7684\u65B9\u5F0F\u89E3\u6790",
      why: "\u6709\u8BED\u6CD5\u9519\u8BEF\u65F6 nginx \u62D2\u7EDD\u542F\u52A8\u6216\u91CD\u8F7D\uFF08`nginx -t` \u5931\u8D25\uFF09\u3002sse-lint \u7528 nginx \u81EA\u5DF1\u7684\u63AA\u8F9E\u62A5\u544A\u5B83\uFF0C\u5E76\u7EE7\u7EED\u68C0\u67E5\u6587\u4EF6\u7684\u5176\u4F59\u90E8\u5206\uFF0C\u6240\u4EE5\u4E4B\u540E\u7684\u68C0\u67E5\u7ED3\u679C\u53EF\u80FD\u53D7\u5B83\u5F71\u54CD\u3002",
      fix: "\u5728\u62A5\u544A\u7684\u4F4D\u7F6E\u6539\u6B63\u8BED\u6CD5\uFF1B\u6D88\u606F\u4E2D\u5199\u660E\u4E86 nginx \u671F\u671B\u7684\u5185\u5BB9\u3002"
    },
    "include-not-found": {
      summary: "include \u6307\u5411\u7684\u6587\u4EF6\u4E0D\u5B58\u5728",
      why: "`include` \u4E00\u4E2A\u4E0D\u5B58\u5728\u7684\u660E\u786E\u8DEF\u5F84\u4F1A\u8BA9 `nginx -t` \u5931\u8D25\uFF1B\u6CA1\u6709\u5339\u914D\u5230\u4EFB\u4F55\u6587\u4EF6\u7684\u901A\u914D\u7B26\u5219\u4F1A\u88AB\u9759\u9ED8\u63A5\u53D7\u3002\u7F3A\u5931\u7684\u6587\u4EF6\u672C\u5E94\u5E26\u6765\u7684\u8BBE\u7F6E\u4E0D\u4F1A\u88AB\u68C0\u67E5\u3002",
      fix: "\u6539\u6B63\u8DEF\u5F84\uFF1B\u5982\u679C\u914D\u7F6E\u4E0D\u662F\u5728\u5B83\u5B9E\u9645\u6240\u5728\u7684\u4F4D\u7F6E\u88AB\u8BFB\u53D6\uFF0C\u8BF7\u4F20\u5165 `--prefix`\uFF08nginx -p\uFF09\u6216 `--map FROM=TO`\uFF1B\u5982\u679C\u8FD9\u4E2A\u6587\u4EF6\u662F\u53EF\u9009\u7684\uFF0C\u8BF7\u6539\u7528\u901A\u914D\u7B26\u3002"
    },
    "include-unreadable": {
      summary: "include \u6307\u5411\u7684\u662F\u76EE\u5F55\u3001FIFO \u6216\u8BBE\u5907\uFF0C\u800C\u4E0D\u662F\u6587\u4EF6",
      why: "nginx \u53EA\u80FD include \u666E\u901A\u6587\u4EF6\uFF1Bsse-lint \u4E0D\u4F1A\u6253\u5F00\u5176\u4ED6\u7C7B\u578B\u7684\u6587\u4EF6\uFF0C\u6240\u4EE5\u5176\u4E2D\u672C\u5E94\u5305\u542B\u7684\u5185\u5BB9\u4E0D\u4F1A\u88AB\u68C0\u67E5\u3002",
      fix: "\u8BA9 include \u6307\u5411\u6587\u4EF6\uFF08\u5982\u679C\u662F\u76EE\u5F55\uFF0C\u5199\u6210 `dir/*.conf`\uFF09\u3002"
    },
    "include-unmapped": {
      summary: "include \u6307\u5411\u7684\u662F\u672C\u673A\u4E0A\u4E0D\u5B58\u5728\u7684\u5BB9\u5668\u5185\u8DEF\u5F84",
      why: "\u9762\u677F\u548C\u5BB9\u5668\uFF081Panel\u3001`Nginx Proxy Manager`\u3001OpenResty \u955C\u50CF\uFF09\u6309\u5BB9\u5668\u5185\u7684\u8DEF\u5F84 include \u6587\u4EF6\uFF08`/www/sites/*/proxy/*.conf`\u3001`/etc/nginx/conf.d/include/proxy.conf`\uFF09\u3002\u5728\u5BBF\u4E3B\u673A\u4E0A\u8BFB\u53D6\u65F6\uFF0C\u8FD9\u6837\u7684 glob \u4EC0\u4E48\u4E5F\u5339\u914D\u4E0D\u5230\uFF0Cnginx \u5BF9\u6B64\u4E0D\u62A5\u9519\uFF0C\u4E8E\u662F\u5B83\u672C\u5E94\u5F15\u5165\u7684\u6BCF\u4E2A\u7AD9\u70B9\u90FD\u88AB\u6084\u6084\u8DF3\u8FC7\u800C\u6CA1\u6709\u68C0\u67E5\u3002",
      fix: "\u4F7F\u7528\u5BF9\u5E94\u5E03\u5C40\u7684\u9884\u8BBE\u6765\u6620\u5C04\u5BB9\u5668\u8DEF\u5F84\uFF08`--preset 1panel`\uFF0C\u4F1A\u6839\u636E\u7ED9\u51FA\u7684\u8DEF\u5F84\u81EA\u52A8\u8BC6\u522B\uFF09\uFF0C\u6216\u81EA\u5DF1\u7528 `--map /www=/opt/1panel/www` \u6620\u5C04\uFF0C\u6216\u76F4\u63A5\u68C0\u67E5\u5BB9\u5668\u5B9E\u9645\u8FD0\u884C\u7684\u914D\u7F6E\uFF1A`docker exec CONTAINER nginx -T | sse-lint -`\uFF08CONTAINER \u4E3A\u5BB9\u5668\u540D\uFF09\u3002"
    },
    "include-cycle": {
      summary: "\u6587\u4EF6\u4E4B\u95F4\u5FAA\u73AF include",
      why: "\u4E00\u6761 include \u5982\u679C\u5F15\u56DE\u6B63\u5728\u88AB include \u7684\u6587\u4EF6\uFF0C\u5C31\u4F1A\u4E00\u76F4\u9012\u5F52\u4E0B\u53BB\uFF0C\u76F4\u5230 nginx \u653E\u5F03\uFF1B\u914D\u7F6E\u65E0\u6CD5\u52A0\u8F7D\u3002",
      fix: "\u5220\u9664\u9020\u6210\u5FAA\u73AF\u7684\u90A3\u6761 include\u3002"
    },
    "invalid-context": {
      summary: "\u6307\u4EE4\u51FA\u73B0\u5728 nginx \u4E0D\u5141\u8BB8\u7684\u5757\u4E2D",
      why: "\u6307\u4EE4\u4E0D\u5728\u5176\u6A21\u5757\u5141\u8BB8\u7684\u4E0A\u4E0B\u6587\u4E2D\u65F6\uFF0Cnginx \u4F1A\u62D2\u7EDD\u5B83\uFF08`directive is not allowed here`\uFF09\uFF0C\u914D\u7F6E\u65E0\u6CD5\u52A0\u8F7D\u3002",
      fix: "\u628A\u6307\u4EE4\u79FB\u5230\u5176\u6587\u6863\u4E2D Context \u4E00\u680F\u5217\u51FA\u7684\u5757\u91CC\u3002"
    },
    "duplicate-directive": {
      summary: "\u6BCF\u4E2A\u5757\u4E2D\u53EA\u80FD\u51FA\u73B0\u4E00\u6B21\u7684\u6307\u4EE4\u51FA\u73B0\u4E86\u4E24\u6B21",
      why: "\u5BF9\u4E8E\u6BCF\u4E2A\u5757\u53EA\u53D6\u4E00\u4E2A\u503C\u7684\u6307\u4EE4\uFF0Cnginx \u4F1A\u62D2\u7EDD\u7B2C\u4E8C\u6B21\u51FA\u73B0\uFF08`directive is duplicate`\uFF09\uFF0C\u914D\u7F6E\u65E0\u6CD5\u52A0\u8F7D\u3002",
      fix: "\u4FDD\u7559\u5176\u4E2D\u4E00\u4E2A\uFF1B\u76F8\u5173\u4F4D\u7F6E\u6307\u5411\u7B2C\u4E00\u4E2A\u3002"
    },
    "invalid-arguments": {
      summary: "sse-lint \u8BFB\u53D6\u7684\u67D0\u6761\u6307\u4EE4\u53C2\u6570\u8FC7\u5C11\u6216\u8FC7\u591A",
      why: "\u53C2\u6570\u4E2A\u6570\u4E0D\u5BF9\u65F6 nginx \u4F1A\u62D2\u7EDD\u8BE5\u6307\u4EE4\uFF08`invalid number of arguments in ... directive`\uFF09\uFF0C\u914D\u7F6E\u65E0\u6CD5\u52A0\u8F7D\uFF1B\u4F8B\u5982\u6CA1\u6709\u503C\u7684 `add_header X-Accel-Buffering;`\u3002sse-lint \u6309 nginx \u53C2\u8003\u6587\u6863\u68C0\u67E5\u5B83\u6240\u8BFB\u53D6\u7684\u6307\u4EE4\u7684\u53C2\u6570\u4E2A\u6570\uFF0C\u5E76\u7528 nginx -t \u9A8C\u8BC1\u8FC7\u3002",
      fix: "\u5199\u51FA\u8BE5\u6307\u4EE4\u9700\u8981\u7684\u53C2\u6570\uFF1B\u6D88\u606F\u4E2D\u5199\u660E\u4E86\u9700\u8981\u51E0\u4E2A\u3002"
    },
    "invalid-value": {
      summary: "sse-lint \u8BFB\u53D6\u7684\u67D0\u6761\u6307\u4EE4\u7684\u503C\u88AB nginx \u62D2\u7EDD",
      why: 'nginx \u4E25\u683C\u89E3\u6790\u5F00\u5173\uFF08`on`/`off`\uFF09\u3001\u679A\u4E3E\uFF08`proxy_http_version 1.0 | 1.1`\uFF09\u3001\u65F6\u95F4\uFF08`60s`\u3001`5m`\uFF09\u3001\u5927\u5C0F\uFF08`8k`\uFF09\u548C\u6570\u5B57\uFF0C\u51FA\u73B0\u5176\u4ED6\u5199\u6CD5\u65F6\u62D2\u7EDD\u52A0\u8F7D\u914D\u7F6E\uFF1A`proxy_buffering no;` \u5E76\u4E0D\u7B49\u4E8E off\uFF0C\u800C\u662F\u9519\u8BEF\uFF08`invalid value "no"`\uFF09\u3002sse-lint \u7528 nginx \u7684\u63AA\u8F9E\u62A5\u544A\u5B83\uFF0C\u7ED9\u51FA nginx \u63A5\u53D7\u7684\u5199\u6CD5\u548C\u6700\u63A5\u8FD1\u7684\u6709\u6548\u503C\u3002\u542B\u6709\u53D8\u91CF\u6216\u6A21\u677F\u5360\u4F4D\u7B26\uFF08`${VAR}`\u3001`{{ x }}`\uFF09\u7684\u53C2\u6570\u4E0D\u505A\u68C0\u67E5\u3002',
      fix: "\u542B\u4E49\u786E\u5B9A\u65F6\u662F\u5B89\u5168\u4FEE\u590D\uFF08`no` \u5C31\u662F `off`\uFF0C`4kb` \u5C31\u662F `4k`\uFF0C`10 minutes` \u5C31\u662F `10m`\uFF09\uFF1A\u66FF\u6362\u8BE5\u503C\u3002\u53EA\u662F\u6700\u63A5\u8FD1\u7684\u5199\u6CD5\u65F6\uFF08`of` \u6539\u4E3A `off`\uFF0C`2.0` \u6539\u4E3A `1.1`\uFF09\u662F\u4E0D\u5B89\u5168\u4FEE\u590D\u3002"
    },
    "unknown-directive": {
      summary: "\u6307\u4EE4\u540D\u5F88\u53EF\u80FD\u662F\u67D0\u4E2A\u5DF2\u77E5\u6307\u4EE4\u7684\u62FC\u5199\u9519\u8BEF\uFF08\u4F7F\u7528 --strict \u65F6\uFF1A\u4EFB\u4F55\u5DF2\u77E5\u6A21\u5757\u90FD\u672A\u5B9A\u4E49\u7684\u6307\u4EE4\u540D\uFF09",
      why: "\u51FA\u73B0\u5DF2\u52A0\u8F7D\u6A21\u5757\u90FD\u672A\u5B9A\u4E49\u7684\u6307\u4EE4\u65F6\uFF0Cnginx \u62D2\u7EDD\u52A0\u8F7D\u914D\u7F6E\uFF08`unknown directive`\uFF09\u3002\u4E0E\u67D0\u4E2A\u5DF2\u77E5\u6307\u4EE4\u53EA\u5DEE\u4E00\u4E24\u4E2A\u5B57\u6BCD\u7684\u540D\u5B57\uFF08`proxy_bufering`\uFF09\u51E0\u4E4E\u603B\u662F\u62FC\u5199\u9519\u8BEF\uFF0C\u6539\u6B63\u4E4B\u524D\u5B83\u672C\u60F3\u8BBE\u7F6E\u7684\u503C\u5E76\u4E0D\u751F\u6548\uFF1B\u8FD9\u4F1A\u62A5\u544A\u4E3A\u8B66\u544A\uFF0C\u5E76\u7ED9\u51FA\u5E94\u6709\u7684\u540D\u5B57\u3002\u5176\u4ED6\u672A\u77E5\u7684\u540D\u5B57\u88AB\u89C6\u4E3A sse-lint \u4E0D\u8BA4\u8BC6\u7684\u7B2C\u4E09\u65B9\u6A21\u5757\u7684\u6307\u4EE4\uFF0C\u9664\u975E\u7528 --strict \u8981\u6C42\u628A\u6BCF\u4E00\u4E2A\u90FD\u62A5\u544A\u4E3A\u9519\u8BEF\u3002",
      fix: "\u4E0D\u5B89\u5168\uFF1A\u628A\u6307\u4EE4\u6539\u540D\u4E3A\u5EFA\u8BAE\u7684\u540D\u5B57\uFF0C\u4E4B\u540E\u5B83\u5C31\u4F1A\u751F\u6548\u3002\u5176\u4ED6\u89C4\u5219\u7684\u4FEE\u590D\u5982\u679C\u8981\u5728\u8FD9\u4E2A\u5757\u4E2D\u52A0\u5165\u8BE5\u6307\u4EE4\uFF0C\u4F1A\u6539\u6B63\u8FD9\u4E00\u884C\uFF0C\u800C\u4E0D\u662F\u53E6\u52A0\u4E00\u884C\u3002"
    },
    "duplicate-location": {
      summary: "\u540C\u4E00\u5C42\u7EA7\u4E2D\u6709\u4E24\u4E2A\u8DEF\u5F84\u76F8\u540C\u7684 location",
      why: "\u5728\u540C\u4E00\u4E2A server \u6216\u540C\u4E00\u4E2A\u5916\u5C42 location \u4E2D\uFF0C\u4E24\u4E2A\u7CBE\u786E\u5339\u914D\uFF08`=`\uFF09\u7684 location\uFF0C\u6216\u4E24\u4E2A\u524D\u7F00 location\uFF08\u666E\u901A\u524D\u7F00\u6216 `^~`\uFF09\u8DEF\u5F84\u76F8\u540C\u65F6\uFF0Cnginx -t \u4F1A\u62D2\u7EDD\uFF08`duplicate location`\uFF09\uFF0C\u914D\u7F6E\u65E0\u6CD5\u52A0\u8F7D\u3002\u628A `location ^~ / { ... }` \u8FD9\u7C7B\u5EFA\u8BAE\u8FFD\u52A0\u5230\u5DF2\u7ECF\u6709\u5B83\u7684\u7AD9\u70B9\u914D\u7F6E\u4E2D\uFF0C\u5C31\u4F1A\u51FA\u73B0\u8FD9\u79CD\u60C5\u51B5\u3002\u6B63\u5219 location \u548C\u547D\u540D location \u53EF\u4EE5\u91CD\u590D\u3002",
      fix: "\u628A\u4E24\u4E2A\u5757\u5408\u5E76\u4E3A\u4E00\u4E2A\uFF1B\u76F8\u5173\u4F4D\u7F6E\u6307\u5411\u7B2C\u4E00\u4E2A\u3002"
    },
    "duplicate-server-name": {
      summary: "\u540C\u4E00\u5730\u5740\u548C\u7AEF\u53E3\u4E0A\uFF0Cserver_name \u5DF2\u88AB\u53E6\u4E00\u4E2A server \u5360\u7528",
      why: '\u591A\u4E2A server \u76D1\u542C\u540C\u4E00\u4E2A\u5730\u5740\u548C\u7AEF\u53E3\u65F6\uFF0C\u6BCF\u4E2A\u540D\u5B57\u53EA\u80FD\u5C5E\u4E8E\u5176\u4E2D\u4E00\u4E2A\uFF1Bnginx -t \u4F1A\u8B66\u544A `conflicting server name ... ignored`\uFF0C\u5E76\u628A\u8BE5\u540D\u5B57\u7684\u8BF7\u6C42\u4EA4\u7ED9\u7B2C\u4E00\u4E2A server\uFF0C\u540E\u9762\u90A3\u4E2A server \u7684\u8BBE\u7F6E\u5BF9\u8FD9\u4E9B\u8BF7\u6C42\u6C38\u8FDC\u4E0D\u751F\u6548\u3002\u6CA1\u6709 server_name \u7684 server \u7684\u540D\u5B57\u662F ""\uFF0C\u6240\u4EE5\u540C\u4E00\u5730\u5740\u4E0A\u7684\u4E24\u4E2A\u8FD9\u6837\u7684 server \u4E5F\u4F1A\u51B2\u7A81\u3002',
      fix: "\u7ED9\u6BCF\u4E2A server \u5404\u81EA\u7684\u540D\u5B57\uFF0C\u6216\u8005\u628A\u8FD9\u4E9B server \u5408\u5E76\uFF1B\u76F8\u5173\u4F4D\u7F6E\u6307\u5411\u6700\u5148\u62E5\u6709\u8BE5\u540D\u5B57\u7684 server\u3002"
    },
    "invalid-suppression": {
      summary: "sse-lint-disable \u6CE8\u91CA\u7684\u683C\u5F0F\u6709\u8BEF",
      why: "\u5C4F\u853D\u6CE8\u91CA\u9700\u8981\u5DF2\u77E5\u7684\u89C4\u5219 id \u548C\u4E00\u4E2A\u7406\u7531\uFF1A`# sse-lint-disable-next-line <id>[, <id>] -- <reason>`\u3002\u683C\u5F0F\u6709\u8BEF\u7684\u6CE8\u91CA\u4E0D\u4F1A\u5C4F\u853D\u4EFB\u4F55\u95EE\u9898\u3002",
      fix: "\u5199\u4E0A\u5B58\u5728\u7684\u89C4\u5219 id\uFF0C\u5E76\u5728 ` -- ` \u4E4B\u540E\u5199\u4E0A\u7406\u7531\u3002"
    },
    "unused-suppression": {
      summary: "sse-lint-disable \u6CE8\u91CA\u5DF2\u4E0D\u518D\u5339\u914D\u4EFB\u4F55\u95EE\u9898",
      why: "\u4E0D\u5339\u914D\u4EFB\u4F55\u95EE\u9898\u7684\u5C4F\u853D\u6CE8\u91CA\u5DF2\u7ECF\u8FC7\u65F6\uFF1A\u95EE\u9898\u5DF2\u88AB\u4FEE\u590D\u6216\u79FB\u5230\u4E86\u522B\u5904\uFF0C\u800C\u8FD9\u6761\u6CE8\u91CA\u5C06\u6765\u53EF\u80FD\u6084\u6084\u63A9\u76D6\u65B0\u7684\u95EE\u9898\u3002",
      fix: "\u5220\u9664\u8FD9\u6761\u6CE8\u91CA\uFF08\u6216\u8005\u5220\u9664\u5176\u4E2D\u4E0D\u518D\u5339\u914D\u7684\u89C4\u5219 id\uFF09\u3002"
    }
  };
}

// src/i18n/docs.ts
function localizedDocs(locale, id, english) {
  if (locale === "en") return english;
  const zh = zhCNDocs()[id];
  if (!zh) return english;
  return { summary: zh.summary ?? t(locale, `${id}.summary`), why: zh.why, fix: zh.fix };
}

// src/reporters/engine-rules.ts
var CORE = "https://nginx.org/en/docs/ngx_core_module.html";
var ENGINE_RULES = {
  "parse-error": {
    summary: "The config does not parse the way nginx reads it",
    severity: "error",
    why: "nginx refuses to start or reload with a syntax error (`nginx -t` fails). sse-lint reports it with nginx's own wording and keeps checking the rest of the file, so later findings may be affected by it.",
    fix: "Correct the syntax at the reported position; the message names what nginx expected.",
    references: ["https://nginx.org/en/docs/beginners_guide.html#conf_structure"]
  },
  "include-not-found": {
    summary: "An include names a file that does not exist",
    severity: "error",
    why: "An `include` of an explicit path that does not exist makes `nginx -t` fail; a glob that matches nothing is accepted silently. Settings the missing file was meant to add are not checked.",
    fix: "Correct the path, pass `--prefix` (nginx -p) or `--map FROM=TO` when the config is read outside its real location, or use a glob if the file is optional.",
    references: [`${CORE}#include`]
  },
  "include-unreadable": {
    summary: "An include names a directory, FIFO or device instead of a file",
    severity: "error",
    why: "nginx can only include regular files; sse-lint does not open anything else, so what it should contain is not checked.",
    fix: "Point the include at the files (for a directory, `dir/*.conf`).",
    references: [`${CORE}#include`]
  },
  "include-cycle": {
    summary: "Files include each other in a loop",
    severity: "error",
    why: "An include that leads back to a file already being included recurses until nginx gives up; the config cannot load.",
    fix: "Remove the include that closes the loop.",
    references: [`${CORE}#include`]
  },
  "include-unmapped": {
    summary: "An include names a container path that is not on this machine",
    severity: "info",
    why: "Panels and containers (1Panel, `Nginx Proxy Manager`, OpenResty images) include files by the paths they have inside the container (`/www/sites/*/proxy/*.conf`, `/etc/nginx/conf.d/include/proxy.conf`). Read on the host, such a glob matches nothing, which nginx accepts silently, so every site it would pull in goes unchecked without a word.",
    fix: "Let the preset for the layout map the container paths (`--preset 1panel`, detected from the path given), map them yourself with `--map /www=/opt/1panel/www`, or lint what the container really runs: `docker exec CONTAINER nginx -T | sse-lint -`.",
    references: [`${CORE}#include`]
  },
  "invalid-context": {
    summary: "A directive appears in a block where nginx does not allow it",
    severity: "error",
    why: 'nginx rejects a directive outside the contexts its module allows ("directive is not allowed here"), so the config does not load.',
    fix: 'Move the directive into a block listed under "Context" in its documentation.',
    references: ["https://nginx.org/en/docs/dirindex.html"]
  },
  "duplicate-directive": {
    summary: "A directive that may appear once per block appears twice",
    severity: "error",
    why: 'For directives that take a single value per block nginx rejects a second occurrence ("directive is duplicate"), so the config does not load.',
    fix: "Keep one of the two; the related location shows the first.",
    references: ["https://nginx.org/en/docs/dirindex.html"]
  },
  "invalid-arguments": {
    summary: "A directive sse-lint reads has too few or too many arguments",
    severity: "error",
    why: 'nginx rejects a directive with the wrong number of arguments ("invalid number of arguments in ... directive"), so the config does not load; `add_header X-Accel-Buffering;` without a value is one. sse-lint checks the counts of the directives it reads, from the nginx reference, against nginx -t.',
    fix: "Write the arguments the directive takes; the message says how many.",
    references: ["https://nginx.org/en/docs/dirindex.html"]
  },
  "invalid-value": {
    summary: "A directive sse-lint reads has a value nginx rejects",
    severity: "error",
    fixable: true,
    why: 'nginx parses flags (`on`/`off`), enumerations (`proxy_http_version 1.0 | 1.1`), times (`60s`, `5m`), sizes (`8k`) and numbers strictly and refuses to load a config with anything else: `proxy_buffering no;` is not off, it is an error ("invalid value "no""). sse-lint reports it in nginx\'s words, with what nginx accepts and the nearest valid value. Arguments that hold variables or template placeholders (`${VAR}`, `{{ x }}`) are not checked.',
    fix: "Safe when the meaning is certain (`no` is `off`, `4kb` is `4k`, `10 minutes` is `10m`): the value is replaced. Unsafe when it is only the nearest word (`of` to `off`, `2.0` to `1.1`).",
    references: ["https://nginx.org/en/docs/syntax.html", "https://nginx.org/en/docs/dirindex.html"]
  },
  "unknown-directive": {
    summary: "A directive name is a likely typo of a known one (with --strict: any name no known module defines)",
    severity: "warning",
    fixable: true,
    why: 'nginx refuses to load a config with a directive no loaded module defines ("unknown directive"). A name one or two letters away from a known directive (`proxy_bufering`) is almost always a typo, and until it is corrected the setting it was meant to make is not in effect; it is a warning with the name meant. Other unknown names are taken to belong to a third-party module sse-lint does not know, unless --strict asks for every one as an error.',
    fix: "Unsafe: renames the directive to the suggested name, which then takes effect. A fix of another rule that would add that directive to the block corrects this line instead.",
    references: ["https://nginx.org/en/docs/dirindex.html"]
  },
  "duplicate-location": {
    summary: "Two locations with the same path at one level",
    severity: "error",
    why: 'nginx -t rejects two exact (`=`) locations, or two prefix locations (plain or `^~`), with the same path in one server or one enclosing location ("duplicate location"), so the config does not load. Appending advice such as `location ^~ / { ... }` to a site that has one already does this. Regex and named locations may repeat.',
    fix: "Merge the two blocks into one; the related place shows the first.",
    references: ["https://nginx.org/en/docs/http/ngx_http_core_module.html#location"]
  },
  "duplicate-server-name": {
    summary: "A server_name already taken by another server on the same address and port",
    severity: "warning",
    why: `When several servers listen on one address and port, each name may belong to one of them; nginx -t warns "conflicting server name ... ignored" and sends requests for the name to the first server, so the later server's settings never apply to them. A server without server_name has the name "", so two such servers on one address conflict too.`,
    fix: "Give each server its own names, or merge the servers; the related place shows the server that has the name first.",
    references: ["https://nginx.org/en/docs/http/server_names.html", "https://nginx.org/en/docs/http/request_processing.html"]
  },
  "invalid-suppression": {
    summary: "An sse-lint-disable comment is malformed",
    severity: "warning",
    why: "A suppression needs known rule ids and a reason: `# sse-lint-disable-next-line <id>[, <id>] -- <reason>`. A malformed one suppresses nothing.",
    fix: "Name existing rule ids and add a reason after ` -- `.",
    references: []
  },
  "unused-suppression": {
    summary: "An sse-lint-disable comment no longer matches any finding",
    severity: "warning",
    why: "A suppression that matches nothing is stale: the problem was fixed or moved, and the comment would silently hide a future one.",
    fix: "Remove the comment (or the ids it lists that no longer match).",
    references: []
  }
};

// src/pipeline/explain.ts
var indent = (s) => s.split("\n").map((l) => `    ${l}`).join("\n");
function explainRule(rule, locale = "en") {
  const m = rule.meta;
  const d = localizedDocs(locale, m.id, { summary: m.summary, why: m.docs.why, fix: m.docs.fix });
  const opts = m.options && Object.keys(m.options).length ? `
${t(locale, "cli.explain.options", { options: JSON.stringify(m.options) })}
` : "";
  return `${t(locale, "cli.explain.title", { id: m.id, severity: t(locale, `cli.severity.${m.severity}`), fix: t(locale, `cli.explain.fixKind.${m.fix}`) })}
${d.summary}

${t(locale, "cli.explain.why")}
${d.why}

${t(locale, "cli.explain.bad")}
${indent(m.docs.bad)}

${t(locale, "cli.explain.good")}
${indent(m.docs.good)}

${t(locale, "cli.explain.fix")}
${d.fix}
${opts}
${t(locale, "cli.explain.references")}
${m.docs.references.map((r) => `  ${r}`).join("\n")}
`;
}
function isEngineId(id) {
  return Object.hasOwn(ENGINE_RULES, id);
}
function explainEngineId(id, locale = "en") {
  const e = ENGINE_RULES[id];
  const d = localizedDocs(locale, id, { summary: e.summary, why: e.why, fix: e.fix });
  const refs = e.references.length ? `
${t(locale, "cli.explain.references")}
${e.references.map((r) => `  ${r}`).join("\n")}
` : "";
  return `${t(locale, e.fixable ? "cli.explain.engineTitleFixes" : "cli.explain.engineTitle", { id, severity: t(locale, `cli.severity.${e.severity}`) })}
${d.summary}

${t(locale, "cli.explain.why")}
${d.why}

${t(locale, "cli.explain.fix")}
${d.fix}
${refs}`;
}
function explainableIds() {
  return [...RULES.map((r) => r.meta.id), ...Object.keys(ENGINE_RULES)];
}
function ruleIds() {
  return RULES.map((r) => r.meta.id);
}
function explainText(id, locale = "en") {
  const rule = ruleById(id);
  if (rule) return explainRule(rule, locale);
  if (isEngineId(id)) return explainEngineId(id, locale);
  const near = suggestIds(id, explainableIds())[0];
  throw new PipelineError(near ? { key: "cli.usage.unknownRuleNear", data: { id, near } } : { key: "cli.usage.unknownRule", data: { id } });
}
function suggestIds(input, ids) {
  return ids.map((id) => ({ id, n: editDistance(input, id) })).filter((x) => x.n <= 3).sort((a, b) => a.n - b.n).map((x) => x.id);
}

// src/index.ts
function report(run) {
  return {
    findings: run.findings,
    files: run.files,
    summary: run.summary,
    config: run.config,
    exitCode: run.exitCode,
    ...run.preset ? { preset: run.preset } : {},
    ...run.sites ? { sites: run.sites } : {}
  };
}
function asList(inputs) {
  return typeof inputs === "string" ? [inputs] : [...inputs];
}
async function lint(inputs, options = {}) {
  return report(lintSync(asList(inputs), options));
}
async function fix(inputs, options = {}) {
  let recovered = [];
  if (options.write) {
    const r = recoverWrites(asList(inputs), options.cwd ?? process.cwd());
    if (r.failed.length) throw new PipelineError({ key: "cli.recover.failed", data: { journal: r.failed[0].journal, reason: r.failed[0].reason } });
    recovered = r.recovered;
  }
  const session = startFixSession(asList(inputs), options);
  const step = session.applyAll({ unsafe: !!options.unsafe, ...options.rules ? { rules: options.rules } : {} });
  const written = options.write ? session.write({ ...options.backup ? { backup: true } : {}, ...options.verify !== void 0 ? { verify: options.verify } : {} }) : null;
  return { ...report(session.current()), applied: step.applied, changes: session.changes(), diff: session.diff(), written, recovered };
}
function explain(ruleId, options = {}) {
  return explainText(ruleId, parseLocale(options.locale ?? "en") ?? "en");
}
async function route2(uri, config, options = {}) {
  const locale = options.locale === void 0 ? void 0 : parseLocale(options.locale) ?? "en";
  return routeQuery(config, {
    uri,
    ...options.host !== void 0 ? { host: options.host } : {},
    ...options.port !== void 0 ? { port: options.port } : {},
    ...locale ? { locale } : {}
  }, options);
}
async function parse2(file, request = {}, options = {}) {
  return parsePayload(file, request, options);
}
var ruleIds2 = ruleIds();
export {
  PipelineError,
  explain,
  fix,
  lint,
  parse2 as parse,
  route2 as route,
  ruleIds2 as ruleIds
};
