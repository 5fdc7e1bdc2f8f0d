/**
 * CLI text. Placeholders must match the English ones (a test checks). Built on first use: an English run never
 * creates it (start-up cost).
 */
export declare function zhCN(): Readonly<Record<string, string>>;
