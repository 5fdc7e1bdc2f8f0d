import type { MessageData } from '../types.js';
/**
 * Whether this data object is held by more than one finding (see DataPool): what is made from it (a rendered message,
 * report text) is worth keeping for the next one. Everything else is made once and not kept.
 */
export declare function isShared(data: object): boolean;
/** Marks data as shared from the start (the empty data of texts that have none). */
export declare function markShared<T extends object>(data: T): T;
/**
 * One object per distinct piece of message data (the same JSON text), so that findings with equal data hold the same
 * object: their data takes memory once, and what is made from it can be made once. Message data is plain JSON and
 * read-only once reported, so sharing it changes nothing a reader can see. Bounded: past `limit` distinct pieces, new
 * ones are kept as they are. The pool lives as long as one run of the rules.
 */
export declare class DataPool {
    private readonly limit;
    private readonly known;
    constructor(limit?: number);
    intern(data: MessageData): MessageData;
}
