/** The reference package and version the table was generated from. */
export declare const SOURCE: string;
/** Module names, by the index a row gives. */
export declare const MODULES: readonly string[];
/** One line per directive, sorted by name: the name, a tab and the JSON of its rows; every line starts after an LF and ends with one. */
export declare const ROWS: string;
