// The parser: tokens to statements, with nginx's error wording and statement-level recovery.
import type { Block, Comment, Directive, ParsedFile, ParseError, Statement } from './ast.js';
import { lex, type Token } from './lexer.js';
import type { SourceFile } from './source.js';

interface Frame {
  directive: Directive | null;
  children: Statement[];
}

/**
 * How deep blocks may nest in one file. nginx's recursive parser crashes near 15,000 levels with an 8 MB stack;
 * real configs nest a handful. Deeper blocks are kept as empty blocks with a parse error, so no later stage
 * ever walks an unbounded depth.
 */
export const MAX_BLOCK_DEPTH = 1000;

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
 * Parses one file. Never throws: errors are collected with a span. After an error the parser recovers
 * at statement level (a statement cut short by `}` is closed and kept, a stray `}` is skipped), so one
 * typo does not hide the rest of the file.
 */
export function parseSource(file: SourceFile): ParsedFile {
  const { tokens, errors: lexErrors } = lex(file);
  const errors: ParseError[] = lexErrors.map((e) => ({ ...e, file }));
  const top: Frame = { directive: null, children: [] };
  const stack: Frame[] = [top];
  let frame = top;
  let pending: Token[] = [];
  let pendingComments: Token[] = [];
  let lastClosed: Directive | null = null;
  /** Inside a block past MAX_BLOCK_DEPTH: its braces are counted, its statements dropped. */
  let skipped: { directive: Directive; depth: number } | null = null;

  const err = (message: string, t: Token, related?: ParseError['related']): void => {
    errors.push({ message, file, start: t.start, end: t.end, line: t.line, column: t.column, ...(related ? { related } : {}) });
  };

  const makeDirective = (): Directive => {
    const nameToken = pending[0]!;
    return {
      type: 'directive',
      name: nameToken.value,
      nameToken,
      args: pending.slice(1),
      block: null,
      lua: null,
      semicolon: null,
      terminated: true,
      innerComments: pendingComments,
      trailingComment: null,
      start: nameToken.start,
      end: pending[pending.length - 1]!.end,
      file,
      parent: frame.directive,
    };
  };

  const checkName = (d: Directive): void => {
    // nginx rejects such a name as an unknown directive; it is almost always a template placeholder or an
    // unquoted regex whose `{` opened a block (`location ~ ^/b{2}$`).
    if (isPlausibleName(d.name) || (frame.directive && DATA_BLOCKS.has(frame.directive.name))) return;
    if (d.name.charCodeAt(0) === 0xfeff) return;
    err(`unknown directive "${d.name}"`, d.nameToken);
  };

  const finish = (d: Directive): void => {
    // nginx checks the name only once a statement is complete.
    if (d.terminated) checkName(d);
    frame.children.push(d);
    pending = [];
    pendingComments = [];
    lastClosed = d;
  };

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (skipped) {
      if (t.kind === '{') skipped.depth++;
      else if (t.kind === '}' && --skipped.depth === 0) {
        skipped.directive.block!.close = t;
        skipped.directive.end = t.end;
        lastClosed = skipped.directive;
        skipped = null;
      }
      continue;
    }
    switch (t.kind) {
      case 'word':
        pending.push(t);
        lastClosed = null;
        break;
      case 'comment': {
        if (pending.length > 0) {
          pendingComments.push(t);
          break;
        }
        if (lastClosed && lastClosed.end <= t.start && sameLine(file.text, lastClosed.end, t.start)) {
          lastClosed.trailingComment = t;
        }
        const c: Comment = { type: 'comment', token: t, text: t.value, start: t.start, end: t.end, file, parent: frame.directive };
        frame.children.push(c);
        lastClosed = null;
        break;
      }
      case ';': {
        if (pending.length === 0) {
          err('unexpected ";"', t);
          lastClosed = null;
          break;
        }
        const d = makeDirective();
        d.semicolon = t;
        d.end = t.end;
        finish(d);
        break;
      }
      case '{': {
        if (pending.length === 0) {
          // nginx rejects it; keep the block's statements by parsing them into the enclosing level.
          err('unexpected "{"', t);
          const f: Frame = { directive: null, children: frame.children };
          stack.push(f);
          frame = f;
          lastClosed = null;
          break;
        }
        const d = makeDirective();
        const next = tokens[k + 1];
        if (next && next.kind === 'lua') {
          const close = tokens[k + 2];
          const hasClose = !!close && close.kind === '}' && close.start === next.end;
          d.lua = { open: t, body: next, close: hasClose ? close : null };
          d.args = [...d.args, next];
          d.end = hasClose ? close.end : next.end;
          d.terminated = hasClose;
          k += hasClose ? 2 : 1;
          finish(d);
          break;
        }
        const block: Block = { open: t, close: null, children: [] };
        checkName(d);
        d.block = block;
        d.end = t.end;
        frame.children.push(d);
        pending = [];
        pendingComments = [];
        if (stack.length > MAX_BLOCK_DEPTH) {
          err(`block nested more than ${MAX_BLOCK_DEPTH} levels deep; its contents are not checked`, d.nameToken);
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
          err('unexpected "}"', t);
          const d = makeDirective();
          d.terminated = false;
          finish(d);
        }
        if (stack.length === 1) {
          err('unexpected "}"', t);
          lastClosed = null;
          break;
        }
        const closing = stack.pop()!;
        frame = stack[stack.length - 1]!;
        if (closing.directive) {
          closing.directive.block!.close = t;
          closing.directive.end = t.end;
          lastClosed = closing.directive;
        } else {
          lastClosed = null;
        }
        break;
      }
      case 'lua':
        // A Lua body is always consumed with its `{` above; reaching here means the lexer and parser disagree.
        throw new Error(`internal: stray Lua body at ${file.path}:${t.line}`);
    }
  }

  const eof = file.text.length;
  const eofPos = endPosition(file);
  if (skipped) skipped.directive.end = eof;
  if (pending.length > 0) {
    const first = pending[0]!;
    errors.push({
      message: 'unexpected end of file, expecting ";" or "}"', file, start: eof, end: eof, ...eofPos,
      related: { start: first.start, end: first.end, line: first.line, column: first.column, message: `statement "${first.value}" starts here` },
    });
    const d = makeDirective();
    d.terminated = false;
    finish(d);
  }
  // Like nginx, report one problem at end of file: an unfinished statement explains the open blocks too.
  const reportBlocks = !errors.some((e) => e.start === eof);
  while (stack.length > 1) {
    const f = stack.pop()!;
    const opener = f.directive;
    frame = stack[stack.length - 1]!;
    const related = opener
      ? { start: opener.nameToken.start, end: opener.nameToken.end, line: opener.nameToken.line, column: opener.nameToken.column, message: `block "${opener.name}" opened here` }
      : undefined;
    if (reportBlocks) errors.push({ message: 'unexpected end of file, expecting "}"', file, start: eof, end: eof, ...eofPos, ...(related ? { related } : {}) });
    if (opener) opener.end = eof;
  }

  errors.sort((a, b) => a.start - b.start);
  return { file, statements: top.children, errors, tokens };
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
