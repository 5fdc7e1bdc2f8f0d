/**
 * Cells of one code point: 0 for combining marks and zero-width characters, 2 for wide ones, else 1. A control
 * character counts 1: every face shows it as a replacement character, never raw.
 */
export declare function cellWidth(cp: number): number;
/** The user-perceived characters of a string. */
export declare function graphemes(s: string): string[];
/** Cells of one grapheme: its base character's width (an emoji with a variation selector 16 is wide). */
export declare function graphemeWidth(g: string): number;
/** Terminal columns of a one-line text without escape sequences. */
export declare function displayWidth(s: string): number;
