// Long lists in messages: the first and last few items, with how many were left out between them.

/** Lists longer than this are shortened in messages (a config nests a handful of levels; a hostile one thousands). */
export const ELIDE_ABOVE = 6;

/** The first `head` and last `tail` items, and how many lie between them (0 when the list is short enough). */
export function elideMiddle<T>(items: readonly T[], head = 3, tail = 2): { head: T[]; omitted: number; tail: T[] } {
  if (items.length <= ELIDE_ABOVE) return { head: [...items], omitted: 0, tail: [] };
  return { head: items.slice(0, head), omitted: items.length - head - tail, tail: items.slice(items.length - tail) };
}
