// Appending long lists: `a.push(...b)` passes every item as an argument and throws once b has some 100,000 items.
// Keeping many small lists: an array grown by push has room for at least 16 more items for as long as it lives.

/** Appends every item of `items` to `target`, however many there are. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let k = 0; k < items.length; k++) target.push(items[k]!);
  return target;
}

/**
 * The items of a list that is complete, in an array of exactly their number. V8 grows an array that `push` fills
 * by half again plus 16 slots and never shrinks it, so a list of one item built that way holds about 150 bytes;
 * lists kept for a whole run (one per block of a large config) are copied once they are complete.
 */
export function exactList<T>(items: T[]): T[] {
  // An empty list has no room to give back: copying it would only make garbage (millions of empty blocks in a{}).
  return items.length === 0 ? items : items.slice();
}
