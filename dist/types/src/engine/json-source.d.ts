import { type CliKey, type Locale } from '../i18n/index.js';
/** Where a member or element sits in the text: its key (objects only) and its value, as UTF-16 offsets. */
export interface JsonLocation {
    key?: number;
    value: number;
}
export interface JsonSource {
    value: unknown;
    /** JSON pointer (RFC 6901, `/rules/buffering-on`) -> location; "" is the document itself. */
    locations: Map<string, JsonLocation>;
}
/** Why text is not JSON: a catalog key, its data, and the character found instead (null: the end of the file). */
export interface JsonProblem {
    key: CliKey;
    data: Record<string, string | number>;
    found?: string | null;
}
/** The problem in words, e.g. `expected ":" after the key "a", found "}"`. */
export declare function jsonProblemText(p: JsonProblem, locale: Locale): string;
export declare class JsonSyntaxError extends Error {
    readonly problem: JsonProblem;
    readonly offset: number;
    constructor(problem: JsonProblem, offset: number);
}
/** `~` and `/` escaped as a JSON pointer segment needs them. */
export declare function pointerSegment(key: string): string;
/** 1-based line and column (UTF-16 units) of an offset. */
export declare function lineColumn(text: string, offset: number): {
    line: number;
    column: number;
};
/**
 * Parses JSON as JSON.parse does (a leading BOM is allowed), but says where it fails and why in words a person
 * editing the file recognises ("trailing comma", "comments are not allowed"), and records positions.
 */
export declare function parseJson(text: string): JsonSource;
