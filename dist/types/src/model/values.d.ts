import type { Directive } from '../parser/ast.js';
import type { Token } from '../parser/lexer.js';
import { type DirectiveContext, type NginxVersion } from './directives.js';
/** How one argument is parsed. */
export type ArgKind = 
/** ngx_conf_set_flag_slot: `on` or `off`, any case. */
{
    kind: 'flag';
}
/** ngx_conf_set_enum_slot: one of the words of the documented syntax, any case. */
 | {
    kind: 'enum';
}
/** ngx_conf_set_bitmask_slot: each argument one of `values` (any case). */
 | {
    kind: 'bitmask';
    values?: readonly string[];
}
/** ngx_parse_time: `sec` slots take years and months, milliseconds slots take `ms`. */
 | {
    kind: 'time';
    sec: boolean;
}
/** The time of `*_cache_valid` (ngx_http_file_cache_valid_set_slot): seconds, worded "invalid time value". */
 | {
    kind: 'cache-time';
}
/** A status code of `*_cache_valid`: `any` or 100 to 599. */
 | {
    kind: 'status';
}
/** ngx_parse_size (`k`, `m`); `variables` when a complex value may hold `$x` (never checked then). */
 | {
    kind: 'size';
    variables?: boolean;
}
/** ngx_atoi; `auto` also accepted when `auto`; 0 is rejected before `zeroSince` (accepted when the version is unknown). */
 | {
    kind: 'number';
    auto?: boolean;
    zeroSince?: string;
    wording?: 'invalid-number' | 'directive-invalid-number' | 'invalid-value-in' | 'directive-invalid-value';
}
/** A trailing parameter compared with ngx_strcmp (`always`, `if_not_empty`, rewrite flags). */
 | {
    kind: 'parameter';
    values: readonly string[];
}
/** Anything (names, header values, URLs, zones). */
 | {
    kind: 'any';
};
/** How nginx parses each argument of a checked directive. */
export interface Spec {
    /** Kinds of the arguments by position; the last one repeats for open-ended directives. */
    args: readonly ArgKind[];
    /** A final argument of another kind (`proxy_cache_valid [code ...] time`). */
    last?: ArgKind;
}
/** Every directive whose arguments sse-lint checks, sorted. */
export declare function checkedDirectives(): string[];
/** How nginx parses the arguments of a checked directive, or undefined for one sse-lint does not check. */
export declare function argumentSpec(name: string): Spec | undefined;
/** The kind of argument `index` of `count` arguments. */
export declare function argKindAt(spec: Spec, index: number, count: number): ArgKind;
/** A replacement for a rejected value and whether its meaning is certain (`no` means `off`) or a guess (`of`). */
export interface Suggestion {
    text: string;
    certain: boolean;
}
/** Why nginx -t rejects a directive's arguments. */
export type ArgProblem = 
/** `suggestion`: one value the arguments of a one-value directive spell together (`10 minutes` -> `10m`). */
{
    kind: 'arguments';
    count: number;
    min: number;
    max: number;
    suggestion: Suggestion | null;
} | {
    kind: 'value';
    arg: ArgKind;
    /** Index of the rejected argument. */
    index: number;
    token: Token;
    /** The words nginx accepts there, when it is a list (flags, enumerations, parameters). */
    allowed: readonly string[];
    suggestion: Suggestion | null;
};
/** A placeholder of a template engine (Jinja, Liquid, Go, lua-resty-template): the file is not nginx until rendered. */
export declare function isTemplated(text: string): boolean;
/** The words of the directive's enumeration as the table documents it (`1.0 | 1.1 | 2`). */
export declare function enumWords(name: string): string[];
/**
 * The first problem nginx -t would report in a directive's arguments, or null. Only directives sse-lint reads are
 * checked (`checkedDirectives`), only in http and main contexts; a line with template placeholders is left alone, and
 * so is an argument that holds a variable (its value is not known here).
 */
export declare function checkArguments(d: Directive, where: DirectiveContext, version: NginxVersion | null): ArgProblem | null;
/**
 * What a flag's value means to the person who wrote it: `on` or `off` in any case, the words people write for them
 * (`no`, `false`, `0` mean off), or null. nginx -t takes only the first two.
 */
export declare function intendedFlag(v: string): 'on' | 'off' | null;
/** The closest known directive to an unknown name, for "did you mean": same name in other case, or one or two edits away. */
export declare function suggestDirective(name: string, candidates: readonly string[]): string | null;
