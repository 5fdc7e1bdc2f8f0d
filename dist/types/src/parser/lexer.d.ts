import type { SourceFile } from './source.js';
export type TokenKind = 'word' | ';' | '{' | '}' | 'comment' | 'lua';
/** One token. `text.slice(start, end) === raw` always holds. */
export interface Token {
    kind: TokenKind;
    /** Exact source text, quotes and escapes included. */
    raw: string;
    /**
     * word: the argument as nginx stores it (quotes removed; `\"` `\'` `\\` `\t` `\r` `\n` unescaped);
     * comment: the text after `#`; lua: the raw Lua body between the braces; separators: the character.
     */
    value: string;
    /** True for a word written in single or double quotes. */
    quoted: boolean;
    start: number;
    end: number;
    /** 1-based line (only LF counts, as in nginx) and column (UTF-16 code units) of `start`. */
    line: number;
    column: number;
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
/** nginx reads a config through a 4096-byte buffer; a token that does not fit is rejected. */
export declare const NGX_CONF_BUFFER = 4096;
/** Unescapes a word the way nginx copies it into cf->args. Only called when the raw text has a backslash. */
export declare function unescapeNginx(s: string): string;
/**
 * Splits a config into tokens, one pass, no regular expressions. Errors are collected, never thrown;
 * after an error the lexer carries on as nginx's grammar most plausibly intended, so that the parser can
 * report the rest of the file too.
 */
export declare function lex(file: SourceFile): LexResult;
