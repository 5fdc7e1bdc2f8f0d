// Message data shared between findings: equal data reported many times (every server of a generated config) is kept once.
import type { MessageData } from '../types.js';

/** Marks data that more than one report holds (a hidden property: JSON, spreads and for-in do not see it). */
const SHARED = Symbol('sharedData');

/**
 * Whether this data object is held by more than one finding (see DataPool): what is made from it (a rendered message,
 * report text) is worth keeping for the next one. Everything else is made once and not kept.
 */
export function isShared(data: object): boolean {
  return (data as { [SHARED]?: true })[SHARED] === true;
}

/** Marks data as shared from the start (the empty data of texts that have none). */
export function markShared<T extends object>(data: T): T {
  Object.defineProperty(data, SHARED, { value: true });
  return data;
}

/**
 * One object per distinct piece of message data (the same JSON text), so that findings with equal data hold the same
 * object: their data takes memory once, and what is made from it can be made once. Message data is plain JSON and
 * read-only once reported, so sharing it changes nothing a reader can see. Bounded: past `limit` distinct pieces, new
 * ones are kept as they are. The pool lives as long as one run of the rules.
 */
export class DataPool {
  private readonly known = new Map<string, MessageData>();

  constructor(private readonly limit = 100_000) {}

  intern(data: MessageData): MessageData {
    const key = JSON.stringify(data);
    const known = this.known.get(key);
    if (known === undefined) {
      if (this.known.size < this.limit) this.known.set(key, data);
      return data;
    }
    if (!isShared(known) && Object.isExtensible(known)) Object.defineProperty(known, SHARED, { value: true });
    return known;
  }
}
