// The parser: tokens to statements, with nginx's error wording and statement-level recovery.
import type { Block, Comment, Directive, ParsedFile, ParseError, Statement } from './ast.js';
import { K_CLOSE, K_COMMENT, K_LUA, K_OPEN, K_SEMI, K_WORD, lexList, TokenList, type Token } from './lexer.js';
import type { SourceFile } from './source.js';

/** What few directives have: arguments with comments between them, a Lua body, comments inside or after. */
interface DirectiveExtra {
  /** Token indexes of the arguments, when they are not the tokens right after the name. */
  args?: number[];
  lua?: { open: number; body: number; close: number };
  inner?: number[];
  trailing?: number;
  /** For `include`: the files it resolved to (see Directive.includes). */
  includes?: string[];
}

/** A file's tokens, and the rare parts of its directives (kept aside, keyed by the name token's index). */
class NodeList extends TokenList {
  extras: Map<number, DirectiveExtra> | null = null;

  extraOf(tok: number): DirectiveExtra {
    const map = (this.extras ??= new Map());
    let x = map.get(tok);
    if (!x) {
      x = {};
      map.set(tok, x);
    }
    return x;
  }
}

/** DirectiveNode.bits: the statement ends with `;`. */
const F_SEMI = 1;
/** DirectiveNode.bits: nginx would reject the statement's end (missing `;`, end of file). */
const F_UNTERMINATED = 2;
/** DirectiveNode.bits: the directive has rare parts in its list's extras. */
const F_EXTRA = 4;
/** DirectiveNode.bits: the number of arguments is stored above the flags. */
const ARGC_SHIFT = 3;

/** Blocks with nothing in them share one list (a{} repeated makes millions of them). Never written to. */
const NO_STATEMENTS: Statement[] = Object.freeze([]) as unknown as Statement[];

/**
 * A directive over its file's token list (see Directive): five fields, everything else is read from the tokens when
 * asked for. A large config has hundreds of thousands of directives and keeps them all for the whole run.
 */
class DirectiveNode implements Directive {
  readonly name: string;
  readonly parent: Directive | null;
  /** The file's tokens, and the index of the name token in them. */
  readonly list: NodeList;
  readonly tok: number;
  /** The number of arguments (the Lua body included) above ARGC_SHIFT, and the F_ flags. */
  bits: number;

  constructor(list: NodeList, name: string, tok: number, argc: number, parent: Directive | null) {
    this.name = name;
    this.parent = parent;
    this.list = list;
    this.tok = tok;
    this.bits = argc << ARGC_SHIFT;
  }

  get type(): 'directive' {
    return 'directive';
  }

  get file(): SourceFile {
    return this.list.file;
  }

  get start(): number {
    return this.list.starts[this.tok]!;
  }

  get end(): number {
    const b = this.bits;
    if ((b & F_EXTRA) === 0) {
      // The arguments are the tokens right after the name, then the `;` if there is one.
      return this.list.end(this.tok + (b >> ARGC_SHIFT) + (b & F_SEMI));
    }
    const x = this.extra!;
    if (x.lua) return this.list.end(x.lua.close >= 0 ? x.lua.close : x.lua.body);
    // Without a `;` a statement ends at its last word: comments after it are not part of it.
    return this.list.end((b & F_SEMI) !== 0 ? this.lastToken() + 1 : this.lastArg());
  }

  get argc(): number {
    return this.bits >> ARGC_SHIFT;
  }

  get block(): Block | null {
    return null;
  }

  get nameToken(): Token {
    return this.list.token(this.tok);
  }

  get args(): Token[] {
    const argc = this.argc;
    const out: Token[] = new Array(argc);
    const explicit = this.extra?.args;
    for (let k = 0; k < argc; k++) out[k] = this.list.token(explicit ? explicit[k]! : this.tok + 1 + k);
    return out;
  }

  /** Index of the k-th argument's token (0 <= k < argc). */
  argAt(k: number): number {
    const explicit = (this.bits & F_EXTRA) !== 0 ? this.extra!.args : undefined;
    return explicit ? explicit[k]! : this.tok + 1 + k;
  }

  arg(k: number): string | undefined {
    return k >= 0 && k < this.bits >> ARGC_SHIFT ? this.list.value(this.argAt(k)) : undefined;
  }

  argRaw(k: number): string | undefined {
    return k >= 0 && k < this.bits >> ARGC_SHIFT ? this.list.raw(this.argAt(k)) : undefined;
  }

  argIs(k: number, lower: string): boolean {
    return k >= 0 && k < this.bits >> ARGC_SHIFT && this.list.valueIs(this.argAt(k), lower);
  }

  argValues(): string[] {
    const argc = this.argc;
    const out: string[] = new Array(argc);
    for (let k = 0; k < argc; k++) out[k] = this.list.value(this.argAt(k));
    return out;
  }

  get semicolon(): Token | null {
    return (this.bits & F_SEMI) !== 0 ? this.list.token(this.lastToken() + 1) : null;
  }

  get terminated(): boolean {
    return (this.bits & F_UNTERMINATED) === 0;
  }

  /** Only `include` directives have resolved files: kept with the other rare parts, not in every directive. */
  get includes(): string[] | undefined {
    return this.extra?.includes;
  }

  set includes(files: string[] | undefined) {
    if (files !== undefined || this.extra) this.ownExtra().includes = files;
  }

  get lua(): Directive['lua'] {
    const l = this.extra?.lua;
    return l ? { open: this.list.token(l.open), body: this.list.token(l.body), close: l.close >= 0 ? this.list.token(l.close) : null } : null;
  }

  get innerComments(): Token[] {
    return this.extra?.inner?.map((k) => this.list.token(k)) ?? [];
  }

  get trailingComment(): Token | null {
    const k = this.extra?.trailing;
    return k === undefined ? null : this.list.token(k);
  }

  /** The rare parts, when the directive has any. */
  get extra(): DirectiveExtra | undefined {
    return (this.bits & F_EXTRA) !== 0 ? this.list.extras!.get(this.tok) : undefined;
  }

  /** The rare parts, made when the directive has none yet. */
  ownExtra(): DirectiveExtra {
    this.bits |= F_EXTRA;
    return this.list.extraOf(this.tok);
  }

  /** Index of the token before the statement's end (`;` or `{`): its name, arguments and the comments between them. */
  lastToken(): number {
    return this.tok + this.argc + (this.extra?.inner?.length ?? 0);
  }

  /** Index of the last word: the last argument, or the name. */
  lastArg(): number {
    const argc = this.argc;
    if (argc === 0) return this.tok;
    return this.extra?.args?.[argc - 1] ?? this.tok + argc;
  }
}

/**
 * A block directive is its own block (Directive.block is the directive itself): its statements and its closing
 * brace, the opening one following its last word.
 */
class BlockDirectiveNode extends DirectiveNode implements Block {
  children: Statement[] = NO_STATEMENTS;
  /** Index of the `}` token; -1 when the file ended first. */
  closeAt = -1;

  override get block(): Block {
    return this;
  }

  override get end(): number {
    return this.closeAt >= 0 ? this.list.end(this.closeAt) : this.list.file.text.length;
  }

  get open(): Token {
    return this.list.token(this.lastToken() + 1);
  }

  get close(): Token | null {
    return this.closeAt >= 0 ? this.list.token(this.closeAt) : null;
  }
}

/** A comment that stands as its own statement, over its file's token list. */
class CommentNode implements Comment {
  readonly list: TokenList;
  readonly tok: number;
  readonly parent: Directive | null;

  constructor(list: TokenList, tok: number, parent: Directive | null) {
    this.list = list;
    this.tok = tok;
    this.parent = parent;
  }

  get type(): 'comment' {
    return 'comment';
  }

  get token(): Token {
    return this.list.token(this.tok);
  }

  get text(): string {
    return this.list.value(this.tok);
  }

  get start(): number {
    return this.list.starts[this.tok]!;
  }

  get end(): number {
    return this.list.end(this.tok);
  }

  get file(): SourceFile {
    return this.list.file;
  }
}

/** An open block: its directive (null for a stray `{`, whose statements go to the level around it), and where its statements start on the parser's stack of statements. */
interface Frame {
  directive: BlockDirectiveNode | null;
  from: number;
}

/**
 * How deep blocks may nest in one file. nginx's recursive parser crashes near 15,000 levels with an 8 MB stack;
 * real configs nest a handful. Deeper blocks are kept as empty blocks with a parse error, so no later stage
 * ever walks an unbounded depth.
 */
export const MAX_BLOCK_DEPTH = 500;

/**
 * What a run may still parse: directives and comments, counted over every file. Past it the rest of a file is not
 * parsed (one parse error says so): a file of millions of `a{}` would otherwise build far more memory than its
 * size, up to an out-of-memory abort.
 */
export interface StatementBudget {
  left: number;
  /** The run's whole budget, for the message. */
  max: number;
  /**
   * Set while `left` and `max` are only part of the budget (what the run surely has room for, worked out without
   * asking the heap): a parse that spends `left` calls it once, and it raises both to the whole budget and returns by
   * how much `left` grew (see sureStatementBudget).
   */
  settle?: () => number;
}

/**
 * A run's statement budget of `whole()` that starts as `sure` (which must be no more than the whole) and asks for the
 * whole only when a parse spends the sure part: a small run never works out its budget (util/read-file.ts).
 */
export function sureStatementBudget(sure: number, whole: () => number): StatementBudget {
  const budget: StatementBudget = {
    left: sure,
    max: sure,
    settle() {
      const max = whole();
      const more = max - budget.max;
      budget.left += more;
      budget.max = max;
      delete budget.settle;
      return more;
    },
  };
  return budget;
}

/**
 * What a block counts for in the statement budget: its context, effective values and routing entries make a block
 * (a one-line location, a `server{}`) cost about four times the memory of a plain directive.
 */
export const BLOCK_WEIGHT = 4;

/** Errors kept per file (nginx itself stops at the first one). */
export const MAX_PARSE_ERRORS = 1000;

/** Blocks whose lines are key/value data, not directives (their first word may be any text). */
const DATA_BLOCKS = new Set(['map', 'geo', 'types', 'split_clients', 'match', 'charset_map']);

/** Every directive of nginx and its common modules is named with letters, digits and `_`. */
function isPlausibleName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
    if (!ok) return false;
  }
  return name.length > 0;
}

/**
 * Directive names are few and repeat in every file: one string each. Bounded, because in data blocks (`map`,
 * `geo`) any text is a name.
 */
const NAMES = new Map<string, string>();
const MAX_NAMES = 20_000;

function internName(name: string): string {
  const known = NAMES.get(name);
  if (known !== undefined) return known;
  if (NAMES.size < MAX_NAMES) NAMES.set(name, name);
  return name;
}

/**
 * Parses one file. Never throws: errors are collected with a span. After an error the parser recovers
 * at statement level (a statement cut short by `}` is closed and kept, a stray `}` is skipped), so one
 * typo does not hide the rest of the file.
 */
export function parseSource(file: SourceFile, budget?: StatementBudget): ParsedFile {
  const { list, errors: lexErrors } = lexList(file, (capacity) => new NodeList(file, capacity));
  const errors: ParseError[] = lexErrors.slice(0, MAX_PARSE_ERRORS).map((e) => ({ ...e, file }));
  let capped = lexErrors.length > MAX_PARSE_ERRORS;
  /**
   * The statements of every open level, innermost last: a block takes its own off the end when it closes, in an
   * array of exactly their number (V8 leaves an array that push filled with room to spare, for as long as it lives).
   */
  const items: Statement[] = [];
  /** How many of `items` are in use (the array is not shortened when a block takes its statements). */
  let ni = 0;
  const top: Frame = { directive: null, from: 0 };
  const stack: Frame[] = [top];
  let frame = top;
  /** Token indexes of the statement being read: its words, and the comments between them. */
  const pending: number[] = [];
  let np = 0;
  let pendingComments: number[] = [];
  let lastClosed: DirectiveNode | null = null;
  /** `include` directives, in the order a depth-first walk meets them. */
  const includes: Directive[] = [];
  /** Inside a block past MAX_BLOCK_DEPTH: its braces are counted, its statements dropped. */
  let skipped: { directive: BlockDirectiveNode; depth: number } | null = null;
  /** Past the statement budget: the rest of the file is read for its braces only (`depth`: blocks opened since). */
  let rest: { depth: number } | null = null;
  let limit = budget?.left ?? Infinity;
  let count = 0;

  const err = (message: string, k: number, related?: ParseError['related']): void => {
    const t = list.token(k);
    if (errors.length >= MAX_PARSE_ERRORS) {
      // nginx stops at the first error; a file with a million stray braces gets a thousand and a note.
      if (!capped) errors.push({ message: `more than ${MAX_PARSE_ERRORS} errors in this file; the rest are not reported`, file, start: t.start, end: t.end, line: t.line, column: t.column });
      capped = true;
      return;
    }
    errors.push({ message, file, start: t.start, end: t.end, line: t.line, column: t.column, ...(related ? { related } : {}) });
  };

  /** The statements of a block that closes (or that the file ended inside): taken off the end of `items`. */
  const takeChildren = (f: Frame): void => {
    if (!f.directive) return; // a stray `{`: its statements belong to the level around it
    f.directive.children = ni > f.from ? items.slice(f.from, ni) : NO_STATEMENTS;
    ni = f.from;
  };

  const makeDirective = <N extends DirectiveNode>(Node: new (list: NodeList, name: string, tok: number, argc: number, parent: Directive | null) => N): N => {
    const first = pending[0]!;
    const argc = np - 1;
    const d = new Node(list, internName(list.value(first)), first, argc, frame.directive);
    // Words right after the name need no list of their own; comments between them do.
    if (argc > 0 && pending[argc]! - first !== argc) d.ownExtra().args = pending.slice(1, np);
    if (pendingComments.length > 0) d.ownExtra().inner = pendingComments;
    if (d.name === 'include') includes.push(d);
    return d;
  };

  const checkName = (d: DirectiveNode): void => {
    // nginx rejects such a name as an unknown directive; it is almost always a template placeholder or an
    // unquoted regex whose `{` opened a block (`location ~ ^/b{2}$`).
    if (isPlausibleName(d.name) || (frame.directive && DATA_BLOCKS.has(frame.directive.name))) return;
    if (d.name.charCodeAt(0) === 0xfeff) return;
    err(`unknown directive "${d.name}"`, d.tok);
  };

  const finish = (d: DirectiveNode): void => {
    // nginx checks the name only once a statement is complete.
    if ((d.bits & F_UNTERMINATED) === 0) checkName(d);
    items[ni++] = d;
    count++;
    np = 0;
    // Comments between the words went to the directive (Directive.innerComments): only then is a new list needed.
    if (pendingComments.length > 0) pendingComments = [];
    lastClosed = d;
  };

  const n = list.count;
  for (let k = 0; k < n; k++) {
    const kind = list.code(k);
    if (!rest && !skipped && count >= limit && np === 0 && (kind === K_WORD || kind === K_COMMENT)) {
      // Only the sure part of the budget is spent: the whole of it from here on.
      if (budget!.settle) limit += budget!.settle();
      if (count >= limit) {
        err(`more than ${budget!.max} directives and comments in this run (a block counts as ${BLOCK_WEIGHT}); the rest of this file is not checked`, k);
        rest = { depth: 0 };
      }
    }
    if (rest) {
      // The blocks open here still close where their braces say, so spans and nesting stay right.
      if (kind === K_OPEN) rest.depth++;
      else if (kind === K_CLOSE && rest.depth > 0) rest.depth--;
      else if (kind === K_CLOSE && stack.length > 1) {
        const closing = stack.pop()!;
        frame = stack[stack.length - 1]!;
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
        const start = list.starts[k]!;
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
          // nginx rejects it; keep the block's statements by parsing them into the enclosing level.
          err('unexpected "{"', k);
          const f: Frame = { directive: null, from: ni };
          stack.push(f);
          frame = f;
          lastClosed = null;
          break;
        }
        if (k + 1 < n && list.code(k + 1) === K_LUA) {
          const d = makeDirective(DirectiveNode);
          const body = k + 1;
          const hasClose = k + 2 < n && list.code(k + 2) === K_CLOSE && list.starts[k + 2] === list.end(body);
          const extra = d.ownExtra();
          extra.lua = { open: k, body, close: hasClose ? k + 2 : -1 };
          extra.args = [...pending.slice(1, np), body];
          d.bits += 1 << ARGC_SHIFT;
          if (!hasClose) d.bits |= F_UNTERMINATED;
          k += hasClose ? 2 : 1;
          finish(d);
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
        const f: Frame = { directive: d, from: ni };
        stack.push(f);
        frame = f;
        lastClosed = null;
        break;
      }
      case K_CLOSE: {
        if (np > 0) {
          // `proxy_pass x }`: nginx says `unexpected "}"`. Keep the statement, marked unterminated.
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
        const closing = stack.pop()!;
        frame = stack[stack.length - 1]!;
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
        // A Lua body is always consumed with its `{` above; reaching here means the lexer and parser disagree.
        throw new Error(`internal: stray Lua body at ${file.path}:${list.token(k).line}`);
    }
  }

  const eof = file.text.length;
  const eofPos = endPosition(file);
  if (np > 0) {
    const first = list.token(pending[0]!);
    errors.push({
      message: 'unexpected end of file, expecting ";" or "}"', file, start: eof, end: eof, ...eofPos,
      related: { start: first.start, end: first.end, line: first.line, column: first.column, message: `statement "${first.value}" starts here` },
    });
    const d = makeDirective(DirectiveNode);
    d.bits |= F_UNTERMINATED;
    finish(d);
  }
  // Like nginx, report one problem at end of file: an unfinished statement explains the open blocks too.
  const reportBlocks = !errors.some((e) => e.start === eof);
  // Blocks the file ended inside end at its end (their closeAt stays -1).
  while (stack.length > 1) {
    const f = stack.pop()!;
    const opener = f.directive;
    frame = stack[stack.length - 1]!;
    const at = opener?.nameToken;
    const related = opener && at
      ? { start: at.start, end: at.end, line: at.line, column: at.column, message: `block "${opener.name}" opened here` }
      : undefined;
    if (reportBlocks) errors.push({ message: 'unexpected end of file, expecting "}"', file, start: eof, end: eof, ...eofPos, ...(related ? { related } : {}) });
    takeChildren(f);
  }

  if (budget) budget.left = Math.max(0, budget.left - count);
  errors.sort((a, b) => a.start - b.start);
  return { file, statements: items.slice(0, ni), errors, includes: includes.slice() };
}

function sameLine(text: string, from: number, to: number): boolean {
  const nl = text.indexOf('\n', from);
  return nl === -1 || nl >= to;
}

/** Where nginx reports errors at end of file: its line counter after the last byte. */
function endPosition(file: SourceFile): { line: number; column: number } {
  const last = file.lineStarts.length;
  return { line: last, column: file.text.length - file.lineStarts[last - 1]! + 1 };
}
