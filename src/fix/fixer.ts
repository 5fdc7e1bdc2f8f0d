// Edit builders: minimal text edits on the raw source that keep indentation, line endings, quoting and comments.
import type { Directive } from '../parser/ast.js';
import type { Token } from '../parser/lexer.js';
import type { TextEdit } from '../types.js';

/** The line ending used around an offset: CRLF when the line containing it ends with one, else LF. */
export function lineEndingAt(text: string, offset: number): string {
  const nl = text.indexOf('\n', offset);
  if (nl > 0 && text[nl - 1] === '\r') return '\r\n';
  if (nl === -1) {
    const prev = text.lastIndexOf('\n', offset);
    if (prev > 0 && text[prev - 1] === '\r') return '\r\n';
  }
  return '\n';
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** End of the line containing offset (before its CR LF / LF). */
function lineEndOf(text: string, offset: number): number {
  let nl = text.indexOf('\n', offset);
  if (nl === -1) nl = text.length;
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}

/** Leading whitespace of the line containing offset. */
export function indentAt(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  let k = start;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  return text.slice(start, k);
}

/** True when only whitespace stands between the start of its line and offset. */
function startsLine(text: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0 && text[k] !== '\n'; k--) if (text[k] !== ' ' && text[k] !== '\t') return false;
  return true;
}

/** One indentation step as the file writes it: the difference between a block's line and its first child. */
function indentUnit(text: string, block: Directive): string {
  const outer = indentAt(text, block.start);
  for (const s of block.block?.children ?? []) {
    if (!startsLine(text, s.start)) continue;
    const inner = indentAt(text, s.start);
    if (inner.startsWith(outer) && inner.length > outer.length) return inner.slice(outer.length);
  }
  // An empty block: the step between it and its parent, else the first indented line of the file.
  if (block.parent) {
    const parentIndent = indentAt(text, block.parent.start);
    if (outer.startsWith(parentIndent) && outer.length > parentIndent.length) return outer.slice(parentIndent.length);
  }
  const m = /\n([ \t]+)\S/.exec(text);
  if (m) return m[1]!;
  return outer.includes('\t') ? '\t' : '    ';
}

/** The end of a statement including a trailing comment on the same line. */
function endWithComment(d: Directive): number {
  return d.trailingComment ? d.trailingComment.end : d.end;
}

export interface InsertOptions {
  /** Insert after the last child directive whose name starts with this (e.g. `proxy_`). Default: the new directive's module prefix. */
  family?: string;
}

/**
 * Where a new line goes in a block (see insertDirective): the offset, what comes before the new text (a line ending
 * and indentation, or a space in a one-line block) and what comes after it (a space before a brace that follows at
 * once, else nothing).
 */
interface InsertPlace {
  file: string;
  at: number;
  before: string;
  after: string;
}

function insertPlace(block: Directive, family: string): InsertPlace {
  const b = block.block!;
  const text = block.file.text;
  const file = block.file.path;
  // After the last directive of the family, else after the last directive (one walk back, no lists made).
  const children = b.children;
  let anchor: Directive | null = null;
  for (let k = children.length - 1; k >= 0; k--) {
    const s = children[k]!;
    if (s.type !== 'directive') continue;
    anchor ??= s;
    if (s.name.startsWith(family)) {
      anchor = s;
      break;
    }
  }
  const open = b.open;
  const close = b.close;
  const eol = lineEndingAt(text, open.start);

  const oneLine = close !== null && lineStartOf(text, close.start) === lineStartOf(text, open.start);
  if (oneLine) {
    // `location / { proxy_pass x; }` -> `location / { proxy_pass x; proxy_buffering off; }`; `events {}` ->
    // `events { worker_connections 4096; }` (a space before a brace that follows at once).
    const at = anchor ? anchor.end : open.end;
    return { file, at, before: ' ', after: close?.start === at ? ' ' : '' };
  }
  if (anchor) {
    const at = lineEndOf(text, endWithComment(anchor));
    const atLineOfClose = close !== null && at > close.start;
    if (atLineOfClose) {
      // `proxy_pass x; }` on one line: put the new directive on its own line before the brace's line content.
      return { file, at: anchor.end, before: eol + indentAt(text, anchor.start), after: '' };
    }
    const indent = startsLine(text, anchor.start) ? indentAt(text, anchor.start) : indentAt(text, block.start) + indentUnit(text, block);
    return { file, at, before: eol + indent, after: '' };
  }
  // An empty block spread over lines: right after `{` (and any comment on that line).
  return { file, at: lineEndOf(text, open.end), before: eol + indentAt(text, block.start) + indentUnit(text, block), after: '' };
}

/** The family a directive text belongs to by default: its module prefix (`proxy_` for `proxy_buffering off;`). */
function familyOf(directiveText: string): string {
  const name = directiveText.trim().split(/\s+/)[0] ?? '';
  return name.includes('_') ? name.slice(0, name.indexOf('_') + 1) : name;
}

/**
 * Inserts a directive into a block: after the last directive of the same family (`proxy_*` for
 * `proxy_buffering off;`), else after the last directive, else right after `{`; on its own line with
 * the block's indentation and line ending. One-line blocks stay on one line.
 */
export function insertDirective(block: Directive, directiveText: string, options: InsertOptions = {}): TextEdit {
  if (!block.block) throw new Error(`insertDirective: "${block.name}" has no block`);
  const p = insertPlace(block, options.family ?? familyOf(directiveText));
  return { file: p.file, start: p.at, end: p.at, text: p.before + directiveText + p.after, insert: directiveText };
}

/**
 * Inserts copies of `lines` (as written, quoting kept) in one edit after the block's own `family` lines, each on
 * its own line with the block's indentation (or after a space in a one-line block). The edit has no `insert`:
 * the copies restore the list of this block only, so the engine must not move them to the block that includes
 * this file (where they would be dropped again); in a shared file the fix is withdrawn instead.
 */
export function insertCopies(block: Directive, lines: readonly Directive[], family: string): TextEdit {
  return insertLines(block, lines.map(directiveText), family);
}

/** A directive as written (`proxy_set_header Host $host;`), quoting kept. */
export function directiveText(d: Directive): string {
  let text = d.name;
  for (let k = 0; k < d.argc; k++) text += ' ' + d.argRaw(k)!;
  return text + ';';
}

/**
 * The last texts insertLines joined, by their first text: the same lines inserted the same way in block after block
 * (every location of a generated config) are one string, joined once.
 */
const joinedLines = new Map<string, { before: string; after: string; texts: readonly string[]; text: string }>();

/**
 * Inserts several directive texts in one edit, where insertDirective would put the first (after the block's
 * `family` lines), each on its own line with the block's indentation (or after a space in a one-line block).
 */
export function insertLines(block: Directive, texts: readonly string[], family: string): TextEdit {
  const first = texts[0]!;
  if (!block.block || first === '' || isSpace(first.charCodeAt(0))) return insertLinesAround(block, texts, family);
  // The first text starts with no white space: in insertDirective's text it stands right after the separator.
  const p = insertPlace(block, family);
  return { file: p.file, start: p.at, end: p.at, text: joined(p.before, p.after, texts) };
}

/** `before + texts.join(before) + after`, the same string as last time for the same parts. */
function joined(before: string, after: string, texts: readonly string[]): string {
  const known = joinedLines.get(texts[0]!);
  if (known !== undefined && known.before === before && known.after === after && known.texts.length === texts.length) {
    let same = true;
    for (let i = 1; i < texts.length && same; i++) same = known.texts[i] === texts[i];
    if (same) return known.text;
  }
  const text = before + texts.join(before) + after;
  if (joinedLines.size >= 1024) joinedLines.clear();
  joinedLines.set(texts[0]!, { before, after, texts: [...texts], text });
  return text;
}

/** insertLines for a first text that is empty or starts with white space: found again in insertDirective's text. */
function insertLinesAround(block: Directive, texts: readonly string[], family: string): TextEdit {
  const edit = insertDirective(block, texts[0]!, { family });
  // insertDirective decides the separator (line ending plus indentation, or a space in a one-line block) and what
  // follows the last text (a space before a brace right after it); reuse both.
  const at = edit.text.indexOf(texts[0]!);
  const sep = edit.text.slice(0, at);
  const tail = edit.text.slice(at + texts[0]!.length);
  return { file: edit.file, start: edit.start, end: edit.end, text: sep + texts.join(sep) + tail };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Quotes a value the way an existing token was quoted (bare, `"..."` or `'...'`), escaping as needed. */
export function quoteLike(token: Token | null, value: string): string {
  const q = token?.quoted ? token.raw[0]! : needsQuotes(value) ? '"' : '';
  if (!q) return value;
  return q + value.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), '\\' + q) + q;
}

function needsQuotes(value: string): boolean {
  return value === '' || /[\s;{}#"']/.test(value);
}

/** Replaces argument `index` of a directive, keeping its quoting style. */
/** Replaces every argument of a directive with `values` (bare words), keeping the name and the `;`. */
export function replaceArgs(d: Directive, values: readonly string[]): TextEdit {
  const first = d.args[0];
  const last = d.args.at(-1);
  if (!first || !last) throw new Error(`replaceArgs: "${d.name}" has no arguments`);
  return { file: d.file.path, start: first.start, end: last.end, text: values.join(' ') };
}

export function replaceArg(d: Directive, index: number, value: string): TextEdit {
  const t = d.args[index];
  if (!t) throw new Error(`replaceArg: "${d.name}" has no argument ${index}`);
  return { file: d.file.path, start: t.start, end: t.end, text: quoteLike(t, value) };
}

/** Renames a directive (a misspelt name), keeping its arguments, spacing and comments. */
export function renameDirective(d: Directive, name: string): TextEdit {
  return { file: d.file.path, start: d.nameToken.start, end: d.nameToken.end, text: name };
}

/**
 * Replaces a whole statement (name to `;`) with another directive's text, keeping the indentation before it and a
 * comment after it: how a fix corrects a misspelt or invalid line instead of adding a second one beside it.
 */
export function replaceDirective(d: Directive, directiveText: string): TextEdit {
  return { file: d.file.path, start: d.start, end: d.end, text: directiveText };
}

/** Removes an argument and the whitespace before it. */
export function removeArg(d: Directive, index: number): TextEdit {
  const t = d.args[index];
  if (!t) throw new Error(`removeArg: "${d.name}" has no argument ${index}`);
  const text = d.file.text;
  let start = t.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { file: d.file.path, start, end: t.end, text: '' };
}

/** Appends an argument (a flag such as `always`) before the `;`. */
export function appendArg(d: Directive, value: string): TextEdit {
  const last = d.args.at(-1) ?? d.nameToken;
  return { file: d.file.path, start: last.end, end: last.end, text: ' ' + value };
}

/**
 * Removes a directive. When it stands alone on its line(s) (with at most a trailing comment), the whole
 * line goes, line ending included; otherwise only the statement and the spaces after it.
 */
export function removeDirective(d: Directive): TextEdit {
  const text = d.file.text;
  const end = endWithComment(d);
  const lineEnd = lineEndOf(text, end);
  const restIsBlank = text.slice(end, lineEnd).trim() === '';
  if (startsLine(text, d.start) && restIsBlank) {
    const start = lineStartOf(text, d.start);
    let stop = lineEnd;
    if (text[stop] === '\r') stop++;
    if (text[stop] === '\n') stop++;
    return { file: d.file.path, start, end: stop, text: '' };
  }
  let stop = d.end;
  while (stop < text.length && (text[stop] === ' ' || text[stop] === '\t')) stop++;
  return { file: d.file.path, start: d.start, end: stop, text: '' };
}

/** Applies non-overlapping edits to a text (edits for other files are ignored). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/** True when two edits touch the same text (two insertions at one point count as overlapping). */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  if (a.file !== b.file) return false;
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || a.start === b.start;
}
