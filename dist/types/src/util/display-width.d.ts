/** Terminal cells of a code point: 2 for East Asian wide and fullwidth characters and emoji, 0 for combining marks. */
export declare function cellWidth(cp: number): number;
/** Terminal columns of a one-line text. */
export declare function displayWidth(s: string): number;
