import type { ConfigTree } from '../model/includes.js';
import type { ParsedFile } from '../parser/ast.js';
import type { Token } from '../parser/lexer.js';
import { type SourceFile } from '../parser/source.js';
export interface PayloadStatement {
    directive: string;
    line: number;
    args: string[];
    includes?: number[];
    block?: PayloadStatement[];
    comment?: string;
    file?: string;
    /** sse-lint extras: 1-based column and [start, end) offsets of the whole statement. */
    column?: number;
    span?: [number, number];
}
export interface PayloadError {
    file?: string;
    line: number | null;
    error: string;
}
export interface PayloadConfig {
    file: string;
    status: 'ok' | 'failed';
    errors: PayloadError[];
    parsed: PayloadStatement[];
}
export interface Payload {
    status: 'ok' | 'failed';
    errors: PayloadError[];
    config: PayloadConfig[];
}
export interface PayloadOptions {
    /** Emit comments as `{"directive": "#", "comment": ...}` statements. */
    comments?: boolean;
    /** Inline includes into one config and add `file` to every statement. */
    combine?: boolean;
    /** Directive names to leave out, with their blocks. */
    ignore?: string[];
    /** Emit the sse-lint position fields (`column`, `span`). */
    positions?: boolean;
    /** Directory that `file` values are made relative to. Absolute paths when omitted. */
    relativeTo?: string;
    /** Strict mode: names this predicate rejects are dropped with an `unknown directive` error (crossplane strict=True). */
    unknown?: (name: string) => boolean;
}
/**
 * An argument as crossplane reports it: quotes removed and `\<quote>` unescaped inside quotes, every
 * other escape kept as written (nginx would unescape more; `Token.value` has nginx's view).
 */
export declare function crossplaneArg(file: SourceFile, t: Token): string;
/** The payload of one file parsed alone (`--single-file`): no include resolution, no `includes` keys. */
export declare function singleFilePayload(parsed: ParsedFile, options?: PayloadOptions): Payload;
/** The payload of a loaded tree: one config entry per file, in the order files were reached. */
export declare function treePayload(tree: ConfigTree, options?: PayloadOptions): Payload;
/** crossplane's combine step: replace each `include` with the statements of the files it includes. */
export declare function combinePayload(payload: {
    status?: string;
    errors?: PayloadError[];
    config: Partial<PayloadConfig>[];
}): Payload;
