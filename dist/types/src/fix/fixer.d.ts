import type { Directive } from '../parser/ast.js';
import type { Token } from '../parser/lexer.js';
import type { TextEdit } from '../types.js';
/** The line ending used around an offset: CRLF when the line containing it ends with one, else LF. */
export declare function lineEndingAt(text: string, offset: number): string;
/** Leading whitespace of the line containing offset. */
export declare function indentAt(text: string, offset: number): string;
export interface InsertOptions {
    /** Insert after the last child directive whose name starts with this (e.g. `proxy_`). Default: the new directive's module prefix. */
    family?: string;
}
/**
 * Inserts a directive into a block: after the last directive of the same family (`proxy_*` for
 * `proxy_buffering off;`), else after the last directive, else right after `{`; on its own line with
 * the block's indentation and line ending. One-line blocks stay on one line.
 */
export declare function insertDirective(block: Directive, directiveText: string, options?: InsertOptions): TextEdit;
/**
 * Inserts copies of `lines` (as written, quoting kept) in one edit after the block's own `family` lines, each on
 * its own line with the block's indentation (or after a space in a one-line block). The edit has no `insert`:
 * the copies restore the list of this block only, so the engine must not move them to the block that includes
 * this file (where they would be dropped again); in a shared file the fix is withdrawn instead.
 */
export declare function insertCopies(block: Directive, lines: readonly Directive[], family: string): TextEdit;
/** A directive as written (`proxy_set_header Host $host;`), quoting kept. */
export declare function directiveText(d: Directive): string;
/**
 * Inserts several directive texts in one edit, where insertDirective would put the first (after the block's
 * `family` lines), each on its own line with the block's indentation (or after a space in a one-line block).
 */
export declare function insertLines(block: Directive, texts: readonly string[], family: string): TextEdit;
/** Quotes a value the way an existing token was quoted (bare, `"..."` or `'...'`), escaping as needed. */
export declare function quoteLike(token: Token | null, value: string): string;
/** Replaces argument `index` of a directive, keeping its quoting style. */
/** Replaces every argument of a directive with `values` (bare words), keeping the name and the `;`. */
export declare function replaceArgs(d: Directive, values: readonly string[]): TextEdit;
export declare function replaceArg(d: Directive, index: number, value: string): TextEdit;
/** Renames a directive (a misspelt name), keeping its arguments, spacing and comments. */
export declare function renameDirective(d: Directive, name: string): TextEdit;
/**
 * Replaces a whole statement (name to `;`) with another directive's text, keeping the indentation before it and a
 * comment after it: how a fix corrects a misspelt or invalid line instead of adding a second one beside it.
 */
export declare function replaceDirective(d: Directive, directiveText: string): TextEdit;
/** Removes an argument and the whitespace before it. */
export declare function removeArg(d: Directive, index: number): TextEdit;
/** Appends an argument (a flag such as `always`) before the `;`. */
export declare function appendArg(d: Directive, value: string): TextEdit;
/**
 * Removes a directive. When it stands alone on its line(s) (with at most a trailing comment), the whole
 * line goes, line ending included; otherwise only the statement and the spaces after it.
 */
export declare function removeDirective(d: Directive): TextEdit;
/** Applies non-overlapping edits to a text (edits for other files are ignored). */
export declare function applyEdits(text: string, edits: TextEdit[]): string;
/** True when two edits touch the same text (two insertions at one point count as overlapping). */
export declare function editsOverlap(a: TextEdit, b: TextEdit): boolean;
