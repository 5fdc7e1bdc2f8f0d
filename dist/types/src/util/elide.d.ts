/** Lists longer than this are shortened in messages (a config nests a handful of levels; a hostile one thousands). */
export declare const ELIDE_ABOVE = 6;
/** The first `head` and last `tail` items, and how many lie between them (0 when the list is short enough). */
export declare function elideMiddle<T>(items: readonly T[], head?: number, tail?: number): {
    head: T[];
    omitted: number;
    tail: T[];
};
