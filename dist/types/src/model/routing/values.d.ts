/** A piece of a computed value: bytes as a subject, a variable whose value is not known here, or where the query string starts. */
export type Piece = {
    text: string;
}
/** A value not known from the config; `nonEmpty` when it is known to hold at least one character. */
 | {
    unknown: string;
    nonEmpty?: boolean;
}
/** `$is_args` not known here: `?` followed by the arguments, or nothing (and no arguments either). */
 | {
    query: true;
};
/** A computed value: pieces in order, adjacent texts merged. */
export type Computed = Piece[];
/** A part of a compiled template: literal bytes, a variable (`$name`, `${name}`) or a capture (`$1`). */
export type TemplatePart = {
    text: string;
} | {
    variable: string;
} | {
    capture: number;
};
/**
 * Compiles a value as ngx_http_script_compile reads it: `$` then `{name}` or a run of letters, digits and `_`;
 * `$` followed by one digit is a capture of the last regex match. Names are case-insensitive. A `$` nginx would
 * reject stays literal.
 */
export declare function compileTemplate(subject: string): TemplatePart[];
/** Whether a compiled template reads a variable. */
export declare function usesVariable(parts: readonly TemplatePart[], name: string): boolean;
/** Appends pieces, merging adjacent texts. */
export declare function concat(...values: Computed[]): Computed;
/** The text of a value known completely, else null. */
export declare function knownText(v: Computed): string | null;
/** The variables a value depends on, in order, without repeats. */
export declare function unknownNames(v: Computed): string[];
/**
 * The path of a redirect target: what comes before the first `?` (ngx_http_split_args). A `$is_args` not known
 * here ends the path too, whichever value it has.
 */
export declare function pathPart(v: Computed): Computed;
/**
 * A test for every text a value can stand for (holes match any bytes). Matched without backtracking: a value of
 * twenty unknown variables stays linear in the text's length.
 */
export declare function valuePattern(v: Computed): {
    test(text: string): boolean;
};
