// MIME-type lists (`gzip_types`, `ssi_types`, `sub_filter_types`, `addition_types`) and text/event-stream.
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
export function eventStreamType(list: EffectiveList): TypeMatch | null {
  for (const entry of list.entries) {
    for (const a of entry.directive.args) {
      const t = a.value.toLowerCase();
      if (t === 'text/event-stream' || t === '*') return { entry, type: a.value };
    }
  }
  return null;
}
