// Effective values with provenance: what nginx merges into a block from its parents, and where each value came from.
import type { Directive } from '../parser/ast.js';
import { directiveOrder, directivesNamed, firstDirectiveNamed, memoSlot, recall, remember, writtenInTree, type ContextNode } from './context.js';
import type { DefaultBasis, LevelRef, OriginData } from '../types.js';
import { appendAll } from '../util/array.js';
import { elideMiddle } from '../util/elide.js';
import { compareVersions, defaultFor, directiveInfo, type DefaultValue, type NginxVersion } from './directives.js';

/** Where an effective value comes from. */
export type Origin =
  | { kind: 'directive'; directive: Directive; context: ContextNode }
  | { kind: 'default'; value: string | null; basis: DefaultBasis };

/** An ordinary (scalar) directive's value in a block. */
export interface EffectiveValue {
  name: string;
  /** Arguments of the directive in effect (nginx-unescaped), or the default split on spaces; null when unset with no default. */
  args: string[] | null;
  /** The first argument, lower-cased for flags (`on`/`off`), as a convenience. */
  value: string | null;
  origin: Origin;
  /** Levels inspected, innermost first, up to where the value was found (or the top). */
  levels: ContextNode[];
}

/** One entry of a list directive (`add_header X y`, `proxy_set_header Host $host`). */
export interface ListEntry {
  directive: Directive;
  context: ContextNode;
}

/** A list directive's value in a block (replacing lists, bitmasks, accumulating headers-more lists). */
export interface EffectiveList {
  name: string;
  entries: ListEntry[];
  /** Where the entries in effect were written (null when none are in effect, or for accumulating lists). */
  from: ContextNode | null;
  /**
   * Entries at outer levels that do not reach this block, and the level that dropped them: `replaced` when
   * that level's own entries replaced the inherited list, `inherit-off` for `add_header_inherit off`.
   */
  dropped: { entry: ListEntry; droppedBy: ContextNode; how: 'replaced' | 'inherit-off' }[];
  levels: ContextNode[];
  /** The default value when no level sets the directive (e.g. `gzip_types text/html`); null when there is none. */
  default: DefaultValue | null;
}

/** http-module contexts merge from their parents up to `http`; other contexts stand alone. */
const HTTP_CHAIN = new Set(['http', 'server', 'location', 'if', 'limit_except']);

const CHAIN = memoSlot<ContextNode[]>();

/**
 * The levels nginx merges into `ctx`, innermost first: location-if -> location -> ... -> server -> http. Built once
 * per context, in an array of exactly its length, and frozen (callers share it).
 */
export function mergeChain(ctx: ContextNode): ContextNode[] {
  const cached = recall(ctx, CHAIN);
  if (cached) return cached;
  let length = 1;
  if (HTTP_CHAIN.has(ctx.kind)) {
    for (let p = ctx.parent; p && HTTP_CHAIN.has(p.kind); p = p.parent) {
      length++;
      // A snippet guessed to be an http body and placed under the main http block merges from it too.
      if (p.kind === 'http' && !p.assumedIn) break;
    }
  }
  const out = new Array<ContextNode>(length);
  let c: ContextNode = ctx;
  for (let k = 0; k < length; k++, c = c.parent!) out[k] = c;
  Object.freeze(out);
  return remember(ctx, CHAIN, out);
}

type Answer = EffectiveValue | EffectiveList | InheritMode;

/**
 * Answers already computed for the blocks asked about lately, by directive name and target version. Rules ask the
 * same question of the same block many times, and every nested block asks about the levels above it: without this,
 * deep nesting costs the cube of its depth. Only recent blocks keep theirs (two generations of RECENT_BLOCKS): rules
 * visit the blocks one after another, a block's parents stay recent while its children are visited, and a
 * config of 10,000 servers does not keep an answer for every block and name it was ever asked about. The window is
 * small on purpose: answers that outlive a few young-generation collections are moved to the old generation, which a
 * run of a few seconds never collects again, so every answer kept longer than its block's visit stays in the peak
 * memory (at 10k servers, 2048 blocks held ~50 MB more heap at the peak than 64 do, for no fewer recomputations).
 */
const RECENT_BLOCKS = 64;

/** A block's answers, and the generation that last asked for them. */
interface Answers {
  map: Map<string, Answer>;
  generation: number;
}

const ANSWERS = memoSlot<Answers>();
let generation = 0;
/** Blocks asked about in this generation, and in the one before (those not asked again lose their answers). */
let young: ContextNode[] = [];
let old: ContextNode[] = [];

function answersOf(ctx: ContextNode, create: true): Map<string, Answer>;
function answersOf(ctx: ContextNode, create: false): Map<string, Answer> | undefined;
function answersOf(ctx: ContextNode, create: boolean): Map<string, Answer> | undefined {
  let a = recall(ctx, ANSWERS);
  if (a !== undefined) {
    if (a.generation === generation) return a.map;
    a.generation = generation;
  } else if (!create) return undefined;
  else a = remember(ctx, ANSWERS, { map: new Map(), generation });
  if (young.length >= RECENT_BLOCKS) {
    for (const c of old) {
      const held = recall(c, ANSWERS);
      if (held !== undefined && held.generation !== generation) remember(c, ANSWERS, undefined);
    }
    old = young;
    young = [];
    a.generation = ++generation;
  }
  young.push(ctx);
  return a.map;
}

/** Drops every remembered answer (a new model is being built: the blocks asked about from now on are its own). */
export function forgetAnswers(): void {
  for (const c of old) remember(c, ANSWERS, undefined);
  for (const c of young) remember(c, ANSWERS, undefined);
  young = [];
  old = [];
}

function remembered<T extends Answer>(ctx: ContextNode, key: string, compute: () => T): T {
  const m = answersOf(ctx, true);
  const hit = m.get(key);
  if (hit !== undefined) return hit as T;
  const v = compute();
  m.set(key, v);
  return v;
}

/** `v\0proxy_buffering\01.27.0`: the key of an answer, made once per kind, name and version. */
function answerKey(kind: 'v' | 'l', name: string, version: NginxVersion | null): string {
  let keys = answerKeys.get(version);
  if (!keys) {
    if (answerKeys.size > 16) answerKeys.clear();
    answerKeys.set(version, (keys = { v: new Map(), l: new Map() }));
  }
  let key = keys[kind].get(name);
  if (key === undefined) keys[kind].set(name, (key = `${kind}\0${name}\0${versionKey(version)}`));
  return key;
}

const answerKeys = new Map<NginxVersion | null, { v: Map<string, string>; l: Map<string, string> }>();

function versionKey(version: NginxVersion | null): string {
  return version ? `${version.major}.${version.minor}.${version.patch}` : '';
}

/**
 * An answer for `ctx` built from its parent's, as nginx merges each level with the one above: the chain is walked
 * up to the nearest level already answered, then answered downwards, each level once. Iterative, so nesting depth
 * never meets the call stack; in all, linear in the number of blocks.
 */
function mergedDown<T extends EffectiveValue | EffectiveList, S>(ctx: ContextNode, key: string, spec: S, top: (spec: S, level: ContextNode) => T, step: (spec: S, level: ContextNode, above: T) => T): T {
  const chain = mergeChain(ctx);
  let k = 0;
  let acc: T | undefined;
  for (; k < chain.length; k++) {
    acc = answersOf(chain[k]!, false)?.get(key) as T | undefined;
    if (acc !== undefined) break;
  }
  for (let j = k - 1; j >= 0; j--) {
    const level = chain[j]!;
    const next: T = acc === undefined ? top(spec, level) : step(spec, level, acc);
    const m = answersOf(level, true);
    if (!m.has(key)) m.set(key, next);
    acc = next;
  }
  return acc!;
}

/** The value of an ordinary directive in a block, with its origin (computed once per block, name and version). */
export function effectiveValue(ctx: ContextNode, name: string, version: NginxVersion | null): EffectiveValue {
  const set = (level: ContextNode): EffectiveValue | null => {
    const d = firstDirectiveNamed(level, name);
    if (!d) return null;
    const args = d.argValues();
    return { name, args, value: normalizeValue(args[0] ?? null), origin: { kind: 'directive', directive: d, context: level }, levels: [level] };
  };
  // Most directives asked about are set nowhere above: their default needs no merging and nothing to remember.
  const chain = mergeChain(ctx);
  let written = writtenInTree(ctx, name);
  if (written) {
    written = false;
    for (let k = 0; k < chain.length && !written; k++) written = firstDirectiveNamed(chain[k]!, name) !== null;
  }
  if (!written) return valueOver(chain, name, version, true);
  const key = answerKey('v', name, version);
  const known = answersOf(ctx, false)?.get(key);
  if (known !== undefined) return known as EffectiveValue;
  return mergedDown<EffectiveValue, null>(ctx, key, null,
    (_, level) => set(level) ?? valueOver([level], name, version),
    (_, level, above) => set(level) ?? { ...above, levels: [level, ...above.levels] });
}

/**
 * The value a block would have if it did not set the directive itself: what nginx merges into it from the
 * levels above (or the default when there is none above).
 */
export function inheritedValue(ctx: ContextNode, name: string, version: NginxVersion | null): EffectiveValue {
  return valueOver(mergeChain(ctx).slice(1), name, version);
}

/** The default of a directive, as the value of a block that sets nothing (no levels inspected). */
export function defaultValue(name: string, version: NginxVersion | null): EffectiveValue {
  return valueOver([], name, version);
}

/** A list entry as an effective value: the line in effect, found after inspecting `levels` (innermost first) from `ctx`. */
export function entryValue(ctx: ContextNode, entry: ListEntry, levels: ContextNode[]): EffectiveValue {
  return {
    name: entry.directive.name,
    args: entry.directive.argValues(),
    value: entry.directive.arg(0) ?? null,
    origin: { kind: 'directive', directive: entry.directive, context: entry.context },
    levels: levels[0] === ctx ? levels : [ctx, ...levels],
  };
}

/** The first level of `chain` (innermost first) that sets the directive, else its default. */
function valueOver(chain: readonly ContextNode[], name: string, version: NginxVersion | null, unset = false): EffectiveValue {
  // No level sets it: every level is inspected.
  const levels: ContextNode[] = unset ? chain.slice() : [];
  for (let k = 0; k < chain.length && !unset; k++) {
    const level = chain[k]!;
    levels.push(level);
    const d = firstDirectiveNamed(level, name);
    if (d !== null) {
      const args = d.argValues();
      return { name, args, value: normalizeValue(args[0] ?? null), origin: { kind: 'directive', directive: d, context: level }, levels };
    }
  }
  const def = defaultFor(name, version ?? undefined);
  const value = def && def.value !== '' ? def.value : null;
  let args = value === null ? null : defaultArgs.get(value);
  if (args === undefined) defaultArgs.set(value!, (args = value!.split(/\s+/).filter(Boolean)));
  // Shared by every block's answer: a copy, so that no caller can change another's.
  if (args) args = [...args];
  const basis: DefaultBasis = def ? def.basis : { kind: 'unknown-directive', directive: name };
  return { name, args, value: normalizeValue(args?.[0] ?? null), origin: { kind: 'default', value, basis }, levels };
}

/** A default's value split into arguments, once per value text. */
const defaultArgs = new Map<string, string[]>();

function normalizeValue(v: string | null): string | null {
  if (v === null) return null;
  const l = v.toLowerCase();
  return l === 'on' || l === 'off' ? l : v;
}

/**
 * The entries of a list directive in a block, merged the way nginx merges configurations: top-down, each
 * level against its parent's already merged list.
 * - Replacing lists and bitmasks: a level with any entry of its own keeps only its own entries; the
 *   parent's list is dropped there (ngx_conf_merge_ptr_value, `if (conf->headers == NULL)`, §2.1).
 * - `add_header` / `add_trailer` from 1.29.3: `*_inherit merge` appends the parent's merged list after the
 *   level's own, `off` inherits nothing (also when the level has no entries); the mode is itself inherited
 *   (ngx_http_headers_merge_conf). Ignored for a target version older than 1.29.3, where nginx -t rejects it.
 * - Directives of one merge group (`allow` and `deny`) form one list.
 * - Accumulating lists (headers-more): outer entries come first and nothing is dropped [E42].
 */
export function effectiveList(ctx: ContextNode, name: string, version: NginxVersion | null): EffectiveList {
  const spec = listSpec(name, version);
  // Most lists asked about are written nowhere in the config (headers-more, the *_types lists): answered first.
  let anywhere = false;
  for (let k = 0; k < spec.names.length && !anywhere; k++) anywhere = writtenInTree(ctx, spec.names[k]!);
  if (!anywhere) return emptyList(spec, mergeChain(ctx));
  const known = answersOf(ctx, false)?.get(spec.key);
  if (known !== undefined) return known as EffectiveList;
  const chain = mergeChain(ctx);
  // Nothing of the list is written at any level: an empty list, without merging or remembering it.
  let here = false;
  for (let k = 0; k < chain.length && !here; k++) here = writesAny(chain[k]!, spec.names);
  if (!here) return emptyList(spec, chain);
  // Outermost (http) first: each level is merged with the list its parent ended up with (module functions: no
  // closure per question).
  return mergedDown(ctx, spec.key, spec, listTop, listStep);
}

/** The list no level of `chain` writes. */
function emptyList(spec: ListSpec, chain: ContextNode[]): EffectiveList {
  return { name: spec.name, default: spec.dflt, entries: NO_ENTRIES as ListEntry[], from: null, dropped: NO_DROPS as EffectiveList['dropped'], levels: chain };
}

/** The merge spec of a list directive for a target version, made once per name and version. */
function listSpec(name: string, version: NginxVersion | null): ListSpec {
  const specs = specsOf(version).lists;
  let spec = specs.get(name);
  if (spec === undefined) {
    const def = defaultFor(name, version ?? undefined);
    const inheritName = name === 'add_header' ? 'add_header_inherit' : name === 'add_trailer' ? 'add_trailer_inherit' : null;
    spec = {
      name, key: answerKey('l', name, version), dflt: def && def.value !== '' ? def : null, names: groupNames(name),
      accumulate: (directiveInfo(name)?.merge ?? 'replace-list') === 'accumulate',
      inheritName, honourInherit: inheritName !== null && inheritKnown(inheritName, version),
    };
    specs.set(name, spec);
  }
  return spec;
}

/** Per target version: the list specs made so far. */
const specsByVersion = new Map<NginxVersion | null, { lists: Map<string, ListSpec> }>();

function specsOf(version: NginxVersion | null): { lists: Map<string, ListSpec> } {
  let specs = specsByVersion.get(version);
  if (!specs) {
    if (specsByVersion.size > 16) specsByVersion.clear();
    specsByVersion.set(version, (specs = { lists: new Map() }));
  }
  return specs;
}

/** What merging one list needs to know, made once per question. */
interface ListSpec {
  name: string;
  /** Its answers' key (answerKey). */
  key: string;
  dflt: DefaultValue | null;
  /** The names that share the list (allow and deny). */
  names: readonly string[];
  /** headers-more: outer entries first, nothing dropped. */
  accumulate: boolean;
  inheritName: string | null;
  honourInherit: boolean;
}

/** A level's own entries of the list, in source order. */
function ownListEntries(level: ContextNode, names: readonly string[]): ListEntry[] {
  const out: ListEntry[] = [];
  const found: Directive[] = [];
  for (const n of names) appendAll(found, directivesNamed(level, n));
  // Keep source order when a group has several names (allow and deny).
  if (names.length > 1) {
    const order = directiveOrder(level);
    found.sort((a, b) => order.get(a)! - order.get(b)!);
  }
  for (const d of found) out.push({ directive: d, context: level });
  return out;
}

function madeList(spec: ListSpec, level: ContextNode, entries: ListEntry[], dropped: EffectiveList['dropped']): EffectiveList {
  return { name: spec.name, default: spec.dflt, entries, from: entries[0]?.context ?? null, dropped, levels: mergeChain(level) };
}

/** The list at the outermost level merged: its own entries. */
function listTop(spec: ListSpec, level: ContextNode): EffectiveList {
  if (spec.accumulate) return { name: spec.name, default: spec.dflt, entries: ownListEntries(level, spec.names), from: null, dropped: [], levels: mergeChain(level) };
  return madeList(spec, level, ownListEntries(level, spec.names), []);
}

/** The list at a level, merged with the list its parent ended up with. */
function listStep(spec: ListSpec, level: ContextNode, above: EffectiveList): EffectiveList {
  const mine = ownListEntries(level, spec.names);
  if (spec.accumulate) {
    return { name: spec.name, default: spec.dflt, entries: mine.length ? [...above.entries, ...mine] : above.entries, from: null, dropped: [], levels: mergeChain(level) };
  }
  const mode = spec.honourInherit ? inheritMode(level, spec.inheritName!) : 'on';
  if (mode === 'off') return madeList(spec, level, mine, [...above.dropped, ...above.entries.map((entry) => ({ entry, droppedBy: level, how: 'inherit-off' as const }))]);
  // Nothing of its own: the parent's list is used as is.
  if (mine.length === 0) return madeList(spec, level, above.entries, above.dropped);
  if (mode === 'merge') return madeList(spec, level, [...mine, ...above.entries], above.dropped);
  return madeList(spec, level, mine, [...above.dropped, ...above.entries.map((entry) => ({ entry, droppedBy: level, how: 'replaced' as const }))]);
}

/** The level writes a directive of one of these names itself. */
function writesAny(level: ContextNode, names: readonly string[]): boolean {
  for (let k = 0; k < names.length; k++) if (firstDirectiveNamed(level, names[k]!) !== null) return true;
  return false;
}

/** The empty lists of a list that no level writes (shared, frozen). */
const NO_ENTRIES: readonly ListEntry[] = Object.freeze([]);
const NO_DROPS: EffectiveList['dropped'] = Object.freeze([]) as unknown as EffectiveList['dropped'];

/** Directives that belong to a merge group (directives.ts MERGE_GROUPS). */
const GROUPED = ['allow', 'deny'];

/** The names that share one list with `name` (`allow` and `deny`), or just `name`. */
function groupNames(name: string): readonly string[] {
  let names = groupCache.get(name);
  if (!names) {
    const group = directiveInfo(name)?.mergeGroup;
    names = group ? [...new Set([name, ...GROUPED.filter((n) => directiveInfo(n)?.mergeGroup === group)])] : [name];
    groupCache.set(name, names);
  }
  return names;
}

const groupCache = new Map<string, readonly string[]>();

/** Whether `add_header_inherit` exists for the target version (unknown version: trust the config). */
function inheritKnown(name: string, version: NginxVersion | null): boolean {
  const since = directiveInfo(name)?.since;
  return !version || !since || compareVersions(version, since) >= 0;
}

type InheritMode = 'on' | 'off' | 'merge';

/**
 * `add_header_inherit on|off|merge` as it applies at one level (it is itself an ordinary directive): the level's
 * own line, else its parent's mode, remembered per level so a deep chain is walked once.
 */
function inheritMode(level: ContextNode, name: string): InheritMode {
  // Written nowhere (the usual case): every level inherits.
  if (!writtenInTree(level, name)) return 'on';
  const key = name === 'add_header_inherit' ? 'i\0add_header_inherit' : `i\0${name}`;
  // The levels above, up to the first whose answer is known or that sets the directive; then fill in downwards.
  const chain = mergeChain(level);
  let mode: InheritMode = 'on';
  let k = 0;
  for (; k < chain.length; k++) {
    const l = chain[k]!;
    const known = answersOf(l, false)?.get(key) as InheritMode | undefined;
    if (known !== undefined) {
      mode = known;
      break;
    }
    const d = firstDirectiveNamed(l, name);
    if (d) {
      mode = d.argIs(0, 'off') ? 'off' : d.argIs(0, 'merge') ? 'merge' : 'on';
      remembered(l, key, () => mode);
      break;
    }
  }
  for (let j = Math.min(k, chain.length) - 1; j >= 0; j--) remembered(chain[j]!, key, () => mode);
  return mode;
}

/**
 * The header or parameter a list entry sets, as nginx compares it: `add_header X-A 1` and
 * `proxy_set_header X-A 1` give `x-a` (header names are case-insensitive), `fastcgi_param QUERY_STRING ...`
 * gives `QUERY_STRING` (parameter names are not).
 */
export function entryKey(d: Directive): string | null {
  const first = d.arg(0);
  if (first === undefined) return null;
  return d.name.endsWith('_param') ? first : first.toLowerCase();
}

/**
 * What a level loses by having a list of its own: the entries `ctx` itself dropped by replacement (not by a
 * deliberate `add_header_inherit off`), except those whose header or parameter `ctx` sets again.
 */
export function lostAt(list: EffectiveList, ctx: ContextNode): ListEntry[] {
  // Asked of every block for several lists: nothing to build when the block dropped nothing.
  const dropped = list.dropped;
  let any = false;
  for (let k = 0; k < dropped.length && !any; k++) any = dropped[k]!.droppedBy === ctx && dropped[k]!.how === 'replaced';
  if (!any) return NO_ENTRIES as ListEntry[];
  const own = new Set(list.entries.filter((e) => e.context === ctx).map((e) => entryKey(e.directive)));
  return list.dropped
    .filter((x) => x.droppedBy === ctx && x.how === 'replaced' && !own.has(entryKey(x.entry.directive)))
    .map((x) => x.entry);
}

/**
 * Where an effective value comes from, as message data: the line as written (its name only with `nameOnly`) with where
 * it is (`where(d)`, e.g. `nginx.conf:12`) and its level ("this" when it is the level asked about), or the default and
 * the levels inspected; `more` counts further lines of the same list.
 */
export function originOf(v: EffectiveValue, where: (d: Directive) => string, options: { more?: number; nameOnly?: boolean } = {}): OriginData {
  const more = options.more;
  if (v.origin.kind === 'directive') {
    const d = v.origin.directive;
    const text = `${d.name}${d.args.length && !options.nameOnly ? ' ' + d.args.map((a) => a.raw).join(' ') : ''}`;
    const level = { name: levelName(v.origin.context), ...(v.origin.context === v.levels[0] ? { self: true } : {}) };
    return { kind: 'directive', text, at: where(d), level, ...(more ? { more } : {}) };
  }
  const all = v.levels.map((l, k): LevelRef => ({ name: levelName(l), ...(k === 0 ? { self: true } : {}) }));
  // Thousands of nested levels would make every message as long as the chain: name the ends, count the middle.
  const { head, omitted, tail } = elideMiddle(all);
  return { kind: 'default', basis: v.origin.basis, levels: [...head, ...tail], ...(omitted ? { omitted, omittedAt: head.length } : {}) };
}

/** A level as nginx writes it: `location /sse`, `if ($arg_x)`, `server`, `http`. */
export function levelName(ctx: ContextNode): string {
  if ((ctx.kind !== 'location' && ctx.kind !== 'if') || !ctx.directive?.argc) return ctx.kind;
  // One string per block, however many findings name it.
  let name = recall(ctx, LEVEL_NAME);
  if (name === undefined) {
    // One prefix string for all (a template would make `location ` anew for every block).
    name = (ctx.kind === 'location' ? 'location ' : 'if ') + ctx.directive.argValues().join(' ');
    remember(ctx, LEVEL_NAME, name);
  }
  return name;
}

const LEVEL_NAME = memoSlot<string>();
