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

/** A step of a Parts path: the value it stands for, the paths one value longer, and the part it names, if one was made. */
interface PartNode {
  /** The one longer path (most paths have one), then the rest by value. */
  key: unknown;
  child: PartNode | null;
  more: Map<unknown, PartNode> | null;
  part: object | null;
}

/** A value that cannot be named by identity (an object that is not plain, or past the bound). */
const NONE = Symbol('none');

/**
 * Read-only pieces of message data (a level, a piece of nginx text, a clause, a list, an origin), one object per
 * sequence of the values they are made from, where those values are themselves such parts or plain values: a clause
 * made of the same parts is the same object, found by a few identity look-ups instead of being built and written out
 * again. Identity is exact (the same parts in the same order make the same JSON), so finding one never depends on
 * equal text. A plain object or array that is not a part yet is named by its own values and becomes one (it must never
 * change from then on, as all reported data). Bounded: past `limit` steps, new pieces are made as they are and are
 * not parts.
 */
export class Parts {
  private readonly root: PartNode = { key: undefined, child: null, more: null, part: null };
  private readonly parts = new WeakSet<object>();
  private steps = 0;

  constructor(private readonly limit = 400_000) {}

  /** Whether `v` is named by its identity: a plain value, or a part. */
  isPart(v: unknown): boolean {
    return typeof v !== 'object' || v === null || this.parts.has(v);
  }

  /** Makes `o` a part (it must never change from now on). Returns `o`. */
  add<T extends object>(o: T): T {
    this.parts.add(o);
    return o;
  }

  /** The start of a path: `tag` says what kind of piece follows. */
  begin(tag: string): PartNode | null {
    return this.step(this.root, tag);
  }

  /** The path one value longer (null past the bound). */
  step(n: PartNode | null, value: unknown): PartNode | null {
    if (n === null) return null;
    if (n.child !== null && n.key === value) return n.child;
    const known = n.more?.get(value);
    if (known !== undefined) return known;
    if (this.steps >= this.limit) return null;
    this.steps++;
    const next: PartNode = { key: undefined, child: null, more: null, part: null };
    if (n.child === null) {
      n.key = value;
      n.child = next;
    } else (n.more ??= new Map()).set(value, next);
    return next;
  }

  /**
   * The path of a record's keys and values after `n`, in the order JSON writes them (each object value named by
   * identity, see name), or null when a value cannot be named.
   */
  record(n: PartNode | null, o: object): PartNode | null {
    for (const k in o) {
      const v = this.name((o as Record<string, unknown>)[k]);
      if (v === NONE) return null;
      n = this.step(this.step(n, k), v);
    }
    return n;
  }

  /** The part at the end of a path, if one was made. */
  get<T extends object>(n: PartNode | null): T | null {
    return n === null ? null : (n.part as T | null);
  }

  /** Keeps `o` as the part at the end of a path (and makes it a part). Returns `o`. */
  set<T extends object>(n: PartNode | null, o: T): T {
    if (n !== null) n.part = o;
    this.parts.add(o);
    return o;
  }

  /** The part equal to `v` made of the same parts (`v` itself, made a part, when it is the first), or `v` if it cannot be named. */
  same<T>(v: T): T {
    const part = this.name(v);
    return part === NONE ? v : (part as T);
  }

  /** What names `v` in a path: itself when it is a plain value or a part, else the part equal to it (NONE if none can be). */
  private name(v: unknown): unknown {
    if (typeof v !== 'object' || v === null || this.parts.has(v)) return v;
    let n: PartNode | null;
    if (Array.isArray(v)) {
      n = this.begin('[');
      for (let i = 0; i < v.length && n !== null; i++) {
        const item = this.name(v[i]);
        n = item === NONE ? null : this.step(n, item);
      }
    } else {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return NONE;
      n = this.record(this.begin('{'), v);
    }
    if (n === null) return NONE;
    return n.part ?? this.set(n, v);
  }
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
export class DataPool {
  private readonly known = new Map<string, MessageData>();

  constructor(private readonly parts: Parts = new Parts(), private readonly limit = 100_000) {}

  intern(data: MessageData): MessageData {
    const path = this.parts.record(this.parts.begin('data'), data);
    if (path !== null) {
      // Named by its parts: the first data of this name is the one all equal data holds.
      const byParts = this.parts.get<MessageData>(path);
      if (byParts === null) return this.parts.set(path, data);
      return shared(byParts);
    }
    const key = JSON.stringify(data);
    let known = this.known.get(key);
    if (known === undefined) {
      if (this.known.size < this.limit) this.known.set(key, data);
      known = data;
    } else shared(known);
    return known;
  }
}

/** Marks data as held by more than one finding (see isShared). */
function shared(data: MessageData): MessageData {
  if (!isShared(data) && Object.isExtensible(data)) Object.defineProperty(data, SHARED, { value: true });
  return data;
}
