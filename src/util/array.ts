// Appending long lists: `a.push(...b)` passes every item as an argument and throws once b has some 100,000 items.

/** Appends every item of `items` to `target`, however many there are. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let k = 0; k < items.length; k++) target.push(items[k]!);
  return target;
}
