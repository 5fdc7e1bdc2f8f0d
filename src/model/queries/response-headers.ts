// Response headers in effect: add_header (a replacing list) combined with headers-more (an accumulating command list).
import type { Directive } from '../../parser/ast.js';
import { directiveOrder, writtenInTree, type ContextNode } from '../context.js';
import { entryKey, lostAt, type ListEntry } from '../effective.js';
import type { ConfigModel } from '../model.js';

/** One header named by a headers-more line; `value` is null for `more_clear_headers` and for `'X-A:'` (which clears). */
export interface MoreHeader {
  name: string;
  value: string | null;
}

/**
 * The headers a `more_set_headers` / `more_clear_headers` line names (`'X-A: 1' 'X-B: 2'`); the status
 * (`-s`) and content-type (`-t`) filters and their arguments are skipped.
 */
export function moreHeaders(d: Directive): MoreHeader[] {
  const out: MoreHeader[] = [];
  const clear = d.name.includes('_clear_');
  for (let k = 0; k < d.argc; k++) {
    const a = d.arg(k)!;
    if (a === '-s' || a === '-t') {
      k++;
      continue;
    }
    if (clear) {
      out.push({ name: a, value: null });
      continue;
    }
    const colon = a.indexOf(':');
    const name = (colon === -1 ? a : a.slice(0, colon)).trim();
    const value = colon === -1 ? '' : a.slice(colon + 1).trim();
    if (name) out.push({ name, value: value === '' ? null : value });
  }
  return out;
}

/** A response header in effect and the line that sets it. */
export interface SentHeader {
  value: string;
  directive: Directive;
}

/** headers-more keeps one command list per level, outer levels first, each in source order. */
function inCommandOrder(levels: ContextNode[], entries: ListEntry[]): ListEntry[] {
  const rank = (e: ListEntry): number => levels.length - levels.indexOf(e.context);
  const at = (e: ListEntry): number => directiveOrder(e.context).get(e.directive)!;
  return [...entries].sort((a, b) => rank(a) - rank(b) || at(a) - at(b));
}

/** What the headers-more commands in effect leave set, by lower-cased name (the last value set wins). */
function headersMoreSent(model: ConfigModel, ctx: ContextNode): ReadonlyMap<string, SentHeader> {
  // Most configs write no headers-more command anywhere: answered without asking for either list.
  if (!writtenInTree(ctx, 'more_set_headers') && !writtenInTree(ctx, 'more_clear_headers')) return NO_HEADERS;
  const set = model.effectiveList(ctx, 'more_set_headers');
  const clear = model.effectiveList(ctx, 'more_clear_headers');
  // Asked of every block: most configs use no headers-more command, and the answer is then one shared empty map.
  if (set.entries.length === 0 && clear.entries.length === 0) return NO_HEADERS;
  const more = new Map<string, SentHeader>();
  for (const e of inCommandOrder(set.levels, [...set.entries, ...clear.entries])) {
    for (const h of moreHeaders(e.directive)) {
      const name = h.name.toLowerCase();
      if (h.value !== null) {
        more.set(name, { value: h.value, directive: e.directive });
        continue;
      }
      // more_clear_headers takes `X-Foo-*` wildcards.
      for (const k of [...more.keys()]) if (name.endsWith('*') ? k.startsWith(name.slice(0, -1)) : k === name) more.delete(k);
    }
  }
  return more;
}

const NO_HEADERS: ReadonlyMap<string, SentHeader> = new Map();

/**
 * Response headers in effect in a block, by lower-cased name (a name may be sent more than once): the
 * add_header list nginx merges into the block, plus what the headers-more commands leave (outer levels first,
 * each level in order). The headers-more filter runs before add_header's, so more_clear_headers removes only
 * earlier more_set_headers values, never add_header ones (checked with nginx 1.22.1 + headers-more).
 * Per-status and per-type filters (`always`, `-s`, `-t`) are not applied: a header sent on any response counts.
 */
export function responseHeaders(model: ConfigModel, ctx: ContextNode): Map<string, SentHeader[]> {
  const out = new Map<string, SentHeader[]>();
  const add = (name: string, s: SentHeader): void => {
    const list = out.get(name) ?? [];
    list.push(s);
    out.set(name, list);
  };
  for (const [name, s] of headersMoreSent(model, ctx)) add(name, s);
  for (const e of model.effectiveList(ctx, 'add_header').entries) {
    const name = e.directive.arg(0)?.toLowerCase();
    const value = e.directive.arg(1) ?? '';
    // An empty value sends nothing.
    if (name && value !== '') add(name, { value, directive: e.directive });
  }
  return out;
}

/**
 * The values of one response header in effect in a block (`responseHeaders(model, ctx).get(name)`, or empty), found
 * without building the map of every header: headers-more's value first, then the add_header lines that send it.
 */
export function responseHeader(model: ConfigModel, ctx: ContextNode, name: string): SentHeader[] {
  const out: SentHeader[] = [];
  const more = headersMoreSent(model, ctx).get(name);
  if (more) out.push(more);
  for (const e of model.effectiveList(ctx, 'add_header').entries) {
    const d = e.directive;
    if (!d.argIs(0, name)) continue;
    const value = d.arg(1) ?? '';
    if (value !== '') out.push({ value, directive: d });
  }
  return out;
}

/**
 * The inherited add_header lines a level drops by having add_header lines of its own (add_header_inherit off
 * is deliberate and not counted), leaving out those that lose nothing: an empty value sends nothing, a header
 * the level sets again is still sent, and a header headers-more sends here is sent anyway (more_set_headers
 * accumulates across levels, so no add_header replaces it).
 */
export function droppedAddHeaders(model: ConfigModel, level: ContextNode): ListEntry[] {
  const list = model.effectiveList(level, 'add_header');
  const lost = lostAt(list, level);
  if (lost.length === 0) return lost;
  const more = headersMoreSent(model, level);
  return lost.filter((e) => (e.directive.arg(1) ?? '') !== '' && !more.has(entryKey(e.directive) ?? ''));
}
