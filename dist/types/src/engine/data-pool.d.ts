import type { MessageData } from '../types.js';
/**
 * Whether this data object is held by more than one finding (see DataPool): what is made from it (a rendered message,
 * report text) is worth keeping for the next one. Everything else is made once and not kept.
 */
export declare function isShared(data: object): boolean;
/** Marks data as shared from the start (the empty data of texts that have none). */
export declare function markShared<T extends object>(data: T): T;
/** A step of a Parts path: the value it stands for, the paths one value longer, and the part it names, if one was made. */
interface PartNode {
    /** The one longer path (most paths have one), then the rest by value. */
    key: unknown;
    child: PartNode | null;
    more: Map<unknown, PartNode> | null;
    part: object | null;
}
/**
 * Read-only pieces of message data (a level, a piece of nginx text, a clause, a list, an origin), one object per
 * sequence of the values they are made from, where those values are themselves such parts or plain values: a clause
 * made of the same parts is the same object, found by a few identity look-ups instead of being built and written out
 * again. Identity is exact (the same parts in the same order make the same JSON), so finding one never depends on
 * equal text. A plain object or array that is not a part yet is named by its own values and becomes one (it must never
 * change from then on, as all reported data). Bounded: past `limit` steps, new pieces are made as they are and are
 * not parts.
 */
export declare class Parts {
    private readonly limit;
    private readonly root;
    private readonly parts;
    private steps;
    constructor(limit?: number);
    /** Whether `v` is named by its identity: a plain value, or a part. */
    isPart(v: unknown): boolean;
    /** Makes `o` a part (it must never change from now on). Returns `o`. */
    add<T extends object>(o: T): T;
    /** The start of a path: `tag` says what kind of piece follows. */
    begin(tag: string): PartNode | null;
    /** The path one value longer (null past the bound). */
    step(n: PartNode | null, value: unknown): PartNode | null;
    /**
     * The path of a record's keys and values after `n`, in the order JSON writes them (each object value named by
     * identity, see name), or null when a value cannot be named.
     */
    record(n: PartNode | null, o: object): PartNode | null;
    /** The part at the end of a path, if one was made. */
    get<T extends object>(n: PartNode | null): T | null;
    /** Keeps `o` as the part at the end of a path (and makes it a part). Returns `o`. */
    set<T extends object>(n: PartNode | null, o: T): T;
    /** The part equal to `v` made of the same parts (`v` itself, made a part, when it is the first), or `v` if it cannot be named. */
    same<T>(v: T): T;
    /** What names `v` in a path: itself when it is a plain value or a part, else the part equal to it (NONE if none can be). */
    private name;
}
/**
 * One object per distinct piece of message data (the same JSON text), so that findings with equal data hold the same
 * object: their data takes memory once, and what is made from it can be made once. Message data is plain JSON and
 * read-only once reported, so sharing it changes nothing a reader can see. Bounded: past `limit` distinct pieces, new
 * ones are kept as they are. The pool lives as long as one run of the rules.
 *
 * Data made of parts and plain values (see Parts) is found by their identities, never written out as JSON; other data
 * by its JSON text.
 */
export declare class DataPool {
    private readonly parts;
    private readonly limit;
    private readonly known;
    constructor(parts?: Parts, limit?: number);
    intern(data: MessageData): MessageData;
}
export {};
