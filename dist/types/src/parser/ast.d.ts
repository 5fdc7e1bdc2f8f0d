import type { Token } from './lexer.js';
import type { SourceFile } from './source.js';
/** A `{ ... }` body. */
export interface Block {
    /** The `{` token. */
    readonly open: Token;
    /** The `}` token; null when the file ended first (a parse error was reported). */
    readonly close: Token | null;
    readonly children: Statement[];
}
/**
 * A directive: `name args... ;` or `name args... { block }`. Tokens are read from the file's compact token list
 * when asked for: `args`, `nameToken` and the like are new objects on every read (compare them by offset).
 */
export interface Directive {
    readonly type: 'directive';
    /** Directive name as nginx sees it (the first token's value). */
    readonly name: string;
    readonly nameToken: Token;
    readonly args: Token[];
    /** The number of arguments (the Lua body of a `*_by_lua_block` counts as the last one). */
    readonly argc: number;
    /** The k-th argument's value (`args[k]?.value`), read without making tokens; undefined past the last (or for k < 0). */
    arg(k: number): string | undefined;
    /** The k-th argument as written (`args[k]?.raw`), without making tokens. */
    argRaw(k: number): string | undefined;
    /**
     * Whether the k-th argument's value, lower-cased, is `lower` (`args[k]?.value.toLowerCase() === lower`), compared
     * in place for a plain ASCII word.
     */
    argIs(k: number, lower: string): boolean;
    /** Every argument's value (`args.map((a) => a.value)`), in a new array. */
    argValues(): string[];
    /** Present for block directives (`http`, `server`, `location`, `if`, `map`, ...). */
    readonly block: Block | null;
    /** For `*_by_lua_block`: the opaque Lua body (also the last element of `args`) and its braces. */
    readonly lua: {
        open: Token;
        body: Token;
        close: Token | null;
    } | null;
    /** The `;` token, when the statement ends with one. */
    readonly semicolon: Token | null;
    /** False when nginx would reject the statement's end (missing `;`, end of file). */
    readonly terminated: boolean;
    /** Comments written between the name and the end of the statement, in order. */
    readonly innerComments: Token[];
    /** A comment on the same line right after the statement (`proxy_buffering off; # why`). */
    readonly trailingComment: Token | null;
    /** Offsets of the whole statement: name start to `;` or `}` end. */
    readonly start: number;
    readonly end: number;
    readonly file: SourceFile;
    /** The enclosing block directive in the same file; null at the file's top level. */
    readonly parent: Directive | null;
    /** For `include`: resolved files, in nginx's order (filled by the include resolver). */
    includes?: string[];
}
/** A comment that stands as its own statement (read from the file's tokens when asked for, like a directive's). */
export interface Comment {
    readonly type: 'comment';
    readonly token: Token;
    /** The text after `#`. */
    readonly text: string;
    readonly start: number;
    readonly end: number;
    readonly file: SourceFile;
    readonly parent: Directive | null;
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
    /** The file's `include` directives (any form), in the order walkStatements meets them. */
    includes: Directive[];
}
/** Visits every statement depth-first in source order (blocks of the same file only, not includes). */
export declare function walkStatements(statements: Statement[], visit: (s: Statement) => void): void;
