import { type SourceFile } from './source.js';
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
/** Token kinds as small numbers (TokenList.code), for the parser's loop. */
export declare const K_WORD = 0;
export declare const K_SEMI = 1;
export declare const K_OPEN = 2;
export declare const K_CLOSE = 3;
export declare const K_COMMENT = 4;
export declare const K_LUA = 5;
/**
 * The tokens of one file, compactly: start offsets, lengths and kinds in typed arrays (six bytes a token), text
 * sliced from the source only when a token is looked at. A large config has millions of tokens; as objects they
 * would outweigh its text many times.
 */
export declare class TokenList {
    readonly file: SourceFile;
    count: number;
    starts: Int32Array;
    /** Lengths below LONG; LONG means the length is in `long`. */
    lens: Uint8Array;
    flags: Uint8Array;
    /** Lengths of the tokens of LONG characters or more, by index. */
    long: Map<number, number> | null;
    constructor(file: SourceFile, capacity: number);
    /** Appends a token and returns its index. */
    push(start: number, end: number, flags: number): number;
    /** Gives the list arrays of exactly its number of tokens once the file is read (the working ones serve the next file). */
    trim(): void;
    /** Offset after the token's last character. */
    end(k: number): number;
    /** The kind as a number (K_WORD ... K_LUA). */
    code(k: number): number;
    kind(k: number): TokenKind;
    isKind(k: number, kind: TokenKind): boolean;
    raw(k: number): string;
    quoted(k: number): boolean;
    value(k: number): string;
    /** True for a word written without quotes or backslashes: its value is its text, `raw(k)`. */
    isPlainWord(k: number): boolean;
    /**
     * Whether the token's value lower-cased is `lower` (`value(k).toLowerCase() === lower`). A plain ASCII word is
     * compared where it stands, without slicing it; anything else takes the long way, so the answer is always the same.
     */
    valueIs(k: number, lower: string): boolean;
    /** The token as an object (made on each call; compare tokens by `start`, not by identity). */
    token(k: number): Token;
}
/** nginx reads a config through a 4096-byte buffer; a token that does not fit is rejected. */
export declare const NGX_CONF_BUFFER = 4096;
/**
 * Unescapes a word the way nginx copies it into cf->args. Only called when the raw text has a backslash. A word whose
 * backslashes escape nothing nginx unescapes (a regex's `\.`, read again by every rule that looks at a location) is
 * returned as it is, without a copy.
 */
export declare function unescapeNginx(s: string): string;
/**
 * Splits a config into tokens, one pass, no regular expressions. Errors are collected, never thrown;
 * after an error the lexer carries on as nginx's grammar most plausibly intended, so that the parser can
 * report the rest of the file too.
 */
export declare function lex(file: SourceFile): LexResult;
/**
 * Splits a config into a compact TokenList (see lex). `make` builds the list (the parser's keeps more than tokens);
 * it is given the capacity to start with.
 */
export declare function lexList<L extends TokenList = TokenList>(file: SourceFile, make?: (capacity: number) => L): {
    list: L;
    errors: LexError[];
};
