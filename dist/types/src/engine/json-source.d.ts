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
export declare class JsonSyntaxError extends Error {
    readonly offset: number;
    constructor(message: string, offset: number);
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
