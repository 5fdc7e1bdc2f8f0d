/** Appends every item of `items` to `target`, however many there are. */
export declare function appendAll<T>(target: T[], items: readonly T[]): T[];
