/** The catalog, built on first use: an English run never creates it (start-up cost). */
export declare function zhCNFindings(): Readonly<Record<string, string>>;
