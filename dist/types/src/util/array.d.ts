/** Appends every item of `items` to `target`, however many there are. */
export declare function appendAll<T>(target: T[], items: readonly T[]): T[];
/**
 * The items of a list that is complete, in an array of exactly their number. V8 grows an array that `push` fills
 * by half again plus 16 slots and never shrinks it, so a list of one item built that way holds about 150 bytes;
 * lists kept for a whole run (one per block of a large config) are copied once they are complete.
 */
export declare function exactList<T>(items: T[]): T[];
