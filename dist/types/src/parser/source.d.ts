/** A config file's text. Offsets everywhere are UTF-16 offsets into `text`. */
export interface SourceFile {
    /** Path as displayed and as used for include resolution. */
    path: string;
    /** Decoded text. UTF-8 when the bytes are valid UTF-8, otherwise latin1 (one char per byte). */
    text: string;
    /** How to turn `text` back into the original bytes. */
    encoding: 'utf8' | 'latin1';
    /** Offsets at which lines start; lineStarts[0] = 0. Only LF ends a line, as in nginx. (Four bytes a line.) */
    lineStarts: Int32Array;
}
/**
 * Decodes file bytes. Valid UTF-8 (BOM included, kept as U+FEFF) is decoded as UTF-8; anything else
 * (GBK comments, Latin-1) as latin1, so that every byte stays one character and writing the text back
 * with the same encoding reproduces the file exactly.
 */
export declare function decodeSource(path: string, bytes: Uint8Array): SourceFile;
export declare function makeSource(path: string, text: string, encoding?: 'utf8' | 'latin1'): SourceFile;
export declare function encodeSource(file: SourceFile, text?: string): Buffer;
export declare function computeLineStarts(text: string): Int32Array;
/** The 1-based line of an offset (binary search in the file's line starts). */
export declare function lineAt(file: SourceFile, offset: number): number;
/** 1-based line and column (UTF-16 code units) of an offset. */
export declare function positionAt(file: SourceFile, offset: number): {
    line: number;
    column: number;
};
/** Display form of a text fragment: latin1-decoded bytes are re-read as UTF-8 (invalid bytes become U+FFFD). */
export declare function displayText(file: SourceFile, s: string): string;
/** A span for [start, end) in a file. */
export declare function makeSpan(file: SourceFile, start: number, end: number): import('../types.js').Span;
