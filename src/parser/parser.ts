// The parser: tokens to statements, with nginx's error wording and statement-level recovery.
import type { Block, Comment, Directive, ParsedFile, ParseError, Statement } from './ast.js';
import { lexList, type Token, type TokenList } from './lexer.js';
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

/** DirectiveNode.semi of a statement whose end nginx rejects. */
const UNTERMINATED = -2;

/** A directive over its file's token list (see Directive): a few numbers, tokens made when read. */
class DirectiveNode implements Directive {
  readonly name: string;
  readonly parent: Directive | null;
  block: BlockNode | null = null;
  end: number;
  /** The file's tokens, and the index of the name token in them. */
  readonly list: TokenList;
  readonly tok: number;
  /** Number of arguments (the Lua body included). */
  argc: number;
  /**
   * Index of the `;` token; -1 when there is none and nginx accepts the end (a block), -2 when nginx would reject
   * it (unterminated). One field for both: a large config has hundreds of thousands of directives.
   */
  semi = -1;
  extra: DirectiveExtra | null = null;

  constructor(list: TokenList, name: string, tok: number, argc: number, end: number, parent: Directive | null) {
    this.list = list;
    this.name = name;
    this.tok = tok;
    this.argc = argc;
    this.end = end;
    this.parent = parent;
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

  get nameToken(): Token {
    return this.list.token(this.tok);
  }

  get args(): Token[] {
    const out: Token[] = new Array(this.argc);
    const explicit = this.extra?.args;
    for (let k = 0; k < this.argc; k++) out[k] = this.list.token(explicit ? explicit[k]! : this.tok + 1 + k);
    return out;
  }

  get semicolon(): Token | null {
    return this.semi >= 0 ? this.list.token(this.semi) : null;
  }

  get terminated(): boolean {
    return this.semi !== UNTERMINATED;
  }

  get unterminated(): boolean {
    return this.semi === UNTERMINATED;
  }

  set unterminated(value: boolean) {
    if (value) this.semi = UNTERMINATED;
    else if (this.semi === UNTERMINATED) this.semi = -1;
  }

  /** Only `include` directives have resolved files: kept with the other rare parts, not in every directive. */
  get includes(): string[] | undefined {
    return this.extra?.includes;
  }

  set includes(files: string[] | undefined) {
    (this.extra ??= {}).includes = files;
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
}

/** A `{ ... }` body over the file's token list. */
class BlockNode implements Block {
  children: Statement[] = [];
  private readonly list: TokenList;
  private readonly openAt: number;
  closeAt = -1;

  constructor(list: TokenList, openAt: number) {
    this.list = list;
    this.openAt = openAt;
  }

  get open(): Token {
    return this.list.token(this.openAt);
  }

  get close(): Token | null {
    return this.closeAt >= 0 ? this.list.token(this.closeAt) : null;
  }
}

interface Frame {
  directive: DirectiveNode | null;
  children: Statement[];
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
  const { list, errors: lexErrors } = lexList(file);
  const errors: ParseError[] = lexErrors.slice(0, MAX_PARSE_ERRORS).map((e) => ({ ...e, file }));
  let capped = lexErrors.length > MAX_PARSE_ERRORS;
  const top: Frame = { directive: null, children: [] };
  const stack: Frame[] = [top];
  let frame = top;
  /** Token indexes of the statement being read: its words, and the comments between them. */
  const pending: number[] = [];
  let pendingComments: number[] = [];
  let lastClosed: DirectiveNode | null = null;
  /** Inside a block past MAX_BLOCK_DEPTH: its braces are counted, its statements dropped. */
  let skipped: { directive: DirectiveNode; depth: number } | null = null;
  /** Past the statement budget: the rest of the file is read for its braces only (`depth`: blocks opened since). */
  let rest: { depth: number } | null = null;
  const limit = budget?.left ?? Infinity;
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

  const makeDirective = (): DirectiveNode => {
    const first = pending[0]!;
    const argc = pending.length - 1;
    const d = new DirectiveNode(list, internName(list.value(first)), first, argc, list.ends[pending[argc]!]!, frame.directive);
    // Words right after the name need no list of their own; comments between them do.
    if (argc > 0 && pending[argc]! - first !== argc) (d.extra ??= {}).args = pending.slice(1);
    if (pendingComments.length > 0) (d.extra ??= {}).inner = pendingComments;
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
    if (!d.unterminated) checkName(d);
    frame.children.push(d);
    count++;
    pending.length = 0;
    pendingComments = [];
    lastClosed = d;
  };

  const n = list.count;
  for (let k = 0; k < n; k++) {
    const kind = list.kind(k);
    if (!rest && !skipped && count >= limit && pending.length === 0 && (kind === 'word' || kind === 'comment')) {
      err(`more than ${budget!.max} directives and comments in this run (a block counts as ${BLOCK_WEIGHT}); the rest of this file is not checked`, k);
      rest = { depth: 0 };
    }
    if (rest) {
      // The blocks open here still close where their braces say, so spans and nesting stay right.
      if (kind === '{') rest.depth++;
      else if (kind === '}' && rest.depth > 0) rest.depth--;
      else if (kind === '}' && stack.length > 1) {
        const closing = stack.pop()!;
        frame = stack[stack.length - 1]!;
        if (closing.directive) {
          closing.directive.block!.closeAt = k;
          closing.directive.end = list.ends[k]!;
        }
      }
      continue;
    }
    if (skipped) {
      if (kind === '{') skipped.depth++;
      else if (kind === '}' && --skipped.depth === 0) {
        skipped.directive.block!.closeAt = k;
        skipped.directive.end = list.ends[k]!;
        lastClosed = skipped.directive;
        skipped = null;
      }
      continue;
    }
    switch (kind) {
      case 'word':
        pending.push(k);
        lastClosed = null;
        break;
      case 'comment': {
        if (pending.length > 0) {
          pendingComments.push(k);
          break;
        }
        const start = list.starts[k]!;
        if (lastClosed && lastClosed.end <= start && sameLine(file.text, lastClosed.end, start)) {
          (lastClosed.extra ??= {}).trailing = k;
        }
        const c: Comment = { type: 'comment', token: list.token(k), text: list.value(k), start, end: list.ends[k]!, file, parent: frame.directive };
        frame.children.push(c);
        count++;
        lastClosed = null;
        break;
      }
      case ';': {
        if (pending.length === 0) {
          err('unexpected ";"', k);
          lastClosed = null;
          break;
        }
        const d = makeDirective();
        d.semi = k;
        d.end = list.ends[k]!;
        finish(d);
        break;
      }
      case '{': {
        if (pending.length === 0) {
          // nginx rejects it; keep the block's statements by parsing them into the enclosing level.
          err('unexpected "{"', k);
          const f: Frame = { directive: null, children: frame.children };
          stack.push(f);
          frame = f;
          lastClosed = null;
          break;
        }
        const d = makeDirective();
        if (k + 1 < n && list.isKind(k + 1, 'lua')) {
          const body = k + 1;
          const hasClose = k + 2 < n && list.isKind(k + 2, '}') && list.starts[k + 2] === list.ends[body];
          const extra = (d.extra ??= {});
          extra.lua = { open: k, body, close: hasClose ? k + 2 : -1 };
          extra.args = [...pending.slice(1), body];
          d.argc++;
          d.end = hasClose ? list.ends[k + 2]! : list.ends[body]!;
          d.unterminated = !hasClose;
          k += hasClose ? 2 : 1;
          finish(d);
          break;
        }
        const block = new BlockNode(list, k);
        checkName(d);
        d.block = block;
        d.end = list.ends[k]!;
        frame.children.push(d);
        count += BLOCK_WEIGHT;
        pending.length = 0;
        pendingComments = [];
        if (stack.length > MAX_BLOCK_DEPTH) {
          err(`block nested more than ${MAX_BLOCK_DEPTH} levels deep; its contents are not checked`, d.tok);
          skipped = { directive: d, depth: 1 };
          lastClosed = null;
          break;
        }
        const f: Frame = { directive: d, children: block.children };
        stack.push(f);
        frame = f;
        lastClosed = null;
        break;
      }
      case '}': {
        if (pending.length > 0) {
          // `proxy_pass x }`: nginx says `unexpected "}"`. Keep the statement, marked unterminated.
          err('unexpected "}"', k);
          const d = makeDirective();
          d.unterminated = true;
          finish(d);
        }
        if (stack.length === 1) {
          err('unexpected "}"', k);
          lastClosed = null;
          break;
        }
        const closing = stack.pop()!;
        frame = stack[stack.length - 1]!;
        if (closing.directive) {
          sealBlock(closing.directive.block!);
          closing.directive.block!.closeAt = k;
          closing.directive.end = list.ends[k]!;
          lastClosed = closing.directive;
        } else {
          lastClosed = null;
        }
        break;
      }
      case 'lua':
        // A Lua body is always consumed with its `{` above; reaching here means the lexer and parser disagree.
        throw new Error(`internal: stray Lua body at ${file.path}:${list.token(k).line}`);
    }
  }

  const eof = file.text.length;
  const eofPos = endPosition(file);
  if (skipped) skipped.directive.end = eof;
  if (pending.length > 0) {
    const first = list.token(pending[0]!);
    errors.push({
      message: 'unexpected end of file, expecting ";" or "}"', file, start: eof, end: eof, ...eofPos,
      related: { start: first.start, end: first.end, line: first.line, column: first.column, message: `statement "${first.value}" starts here` },
    });
    const d = makeDirective();
    d.unterminated = true;
    finish(d);
  }
  // Like nginx, report one problem at end of file: an unfinished statement explains the open blocks too.
  const reportBlocks = !errors.some((e) => e.start === eof);
  while (stack.length > 1) {
    const f = stack.pop()!;
    const opener = f.directive;
    frame = stack[stack.length - 1]!;
    const at = opener?.nameToken;
    const related = opener && at
      ? { start: at.start, end: at.end, line: at.line, column: at.column, message: `block "${opener.name}" opened here` }
      : undefined;
    if (reportBlocks) errors.push({ message: 'unexpected end of file, expecting "}"', file, start: eof, end: eof, ...eofPos, ...(related ? { related } : {}) });
    if (opener) {
      sealBlock(opener.block!);
      opener.end = eof;
    }
  }

  if (budget) budget.left = Math.max(0, budget.left - count);
  errors.sort((a, b) => a.start - b.start);
  return { file, statements: top.children, errors };
}

/**
 * A block whose statements are all read keeps them in an array of exactly their number: V8 grows an array that
 * `push` fills by half again plus 16 slots and never shrinks it (about 130 bytes per block otherwise, for as long as
 * the tree lives).
 */
function sealBlock(block: BlockNode): void {
  // An empty block's list has no room to give back (31 MB of a{} is eight million of them).
  if (block.children.length > 0) block.children = block.children.slice();
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
