import type { EffectiveList, ListEntry } from '../effective.js';
/** A MIME-type list entry that lets text/event-stream through. */
export interface TypeMatch {
    entry: ListEntry;
    /** `text/event-stream` or `*`, as written. */
    type: string;
}
/**
 * The entry of a `*_types` list that matches text/event-stream: the type itself or `*`. nginx lower-cases the
 * configured types (ngx_http_types_slot), so the comparison ignores case. The defaults (text/html) never match.
 */
export declare function eventStreamType(list: EffectiveList): TypeMatch | null;
