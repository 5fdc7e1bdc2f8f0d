import type { Token } from './lexer.js';
import type { SourceFile } from './source.js';
/** A `{ ... }` body. */
export interface Block {
    /** The `{` token. */
    open: Token;
    /** The `}` token; null when the file ended first (a parse error was reported). */
    close: Token | null;
    children: Statement[];
}
/** A directive: `name args... ;` or `name args... { block }`. */
export interface Directive {
    type: 'directive';
    /** Directive name as nginx sees it (the first token's value). */
    name: string;
    nameToken: Token;
    args: Token[];
    /** Present for block directives (`http`, `server`, `location`, `if`, `map`, ...). */
    block: Block | null;
    /** For `*_by_lua_block`: the opaque Lua body (also the last element of `args`) and its braces. */
    lua: {
        open: Token;
        body: Token;
        close: Token | null;
    } | null;
    /** The `;` token, when the statement ends with one. */
    semicolon: Token | null;
    /** False when nginx would reject the statement's end (missing `;`, end of file). */
    terminated: boolean;
    /** Comments written between the name and the end of the statement, in order. */
    innerComments: Token[];
    /** A comment on the same line right after the statement (`proxy_buffering off; # why`). */
    trailingComment: Token | null;
    /** Offsets of the whole statement: name start to `;` or `}` end. */
    start: number;
    end: number;
    file: SourceFile;
    /** The enclosing block directive in the same file; null at the file's top level. */
    parent: Directive | null;
    /** For `include`: resolved files, in nginx's order (filled by the include resolver). */
    includes?: string[];
}
/** A comment that stands as its own statement. */
export interface Comment {
    type: 'comment';
    token: Token;
    /** The text after `#`. */
    text: string;
    start: number;
    end: number;
    file: SourceFile;
    parent: Directive | null;
}
export type Statement = Directive | Comment;
export interface ParseError {
    message: string;
    file: SourceFile;
    start: number;
    end: number;
    line: number;
    column: number;
    /** Where the unclosed block or statement began, when that helps. */
    related?: {
        start: number;
        end: number;
        line: number;
        column: number;
        message: string;
    };
}
export interface ParsedFile {
    file: SourceFile;
    statements: Statement[];
    errors: ParseError[];
    /** Every token of the file, in order (words, separators, comments, Lua bodies). */
    tokens: Token[];
}
/** Visits every statement depth-first in source order (blocks of the same file only, not includes). */
export declare function walkStatements(statements: Statement[], visit: (s: Statement) => void): void;
