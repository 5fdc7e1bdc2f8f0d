// The parser: tokens to statements, with nginx's error wording and statement-level recovery.
import type { Block, Comment, Directive, ParsedFile, ParseError, Statement } from './ast.js';
import { lex, type Token } from './lexer.js';
import type { SourceFile } from './source.js';

interface Frame {
  directive: Directive | null;
  children: Statement[];
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

  const finish = (d: Directive): void => {
    frame.children.push(d);
    pending = [];
    pendingComments = [];
    lastClosed = d;
  };

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
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
        d.block = block;
        d.end = t.end;
        frame.children.push(d);
        pending = [];
        pendingComments = [];
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
  while (stack.length > 1) {
    const f = stack.pop()!;
    const opener = f.directive;
    frame = stack[stack.length - 1]!;
    const related = opener
      ? { start: opener.nameToken.start, end: opener.nameToken.end, line: opener.nameToken.line, column: opener.nameToken.column, message: `block "${opener.name}" opened here` }
      : undefined;
    errors.push({ message: 'unexpected end of file, expecting "}"', file, start: eof, end: eof, ...eofPos, ...(related ? { related } : {}) });
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
