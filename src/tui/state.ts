// The one reducer: every key goes through it, so a key always acts on the state the previous keys left behind.
import type { Item, Snapshot, StepResult, WriteOutcome } from './data.js';
import { applyFilter } from './filter.js';
import { actionFor, keyName, printable, splitChunk, type ActionId, type KeyEvent, type View } from './keys.js';
import { bodyRows, follow, isSplit, listRows, type Size } from './layout.js';
import type { Tone } from './lines.js';
import type { StringKey } from './strings.js';

export type Mode = 'normal' | 'input' | 'confirm';
export type FieldTarget = 'filter' | 'host' | 'uri' | 'patch';

export interface Field {
  target: FieldTarget;
  value: string;
  /** Cursor position in code units of `value`. */
  at: number;
  /** For the patch file name asked on quitting: quit once it is saved; Esc returns to the quit prompt. */
  thenQuit?: boolean;
}

export type Modal =
  | { kind: 'unsafe'; itemId: string }
  | { kind: 'applySafe'; itemIds: string[] | null; count: number }
  | { kind: 'write'; thenQuit: boolean }
  | { kind: 'quit' }
  | { kind: 'reload' }
  | { kind: 'message'; title: StringKey; lines: string[]; tone: Tone; thenQuit?: boolean };

export type Op =
  | { kind: 'apply'; itemId: string }
  | { kind: 'applySafe'; itemIds: string[] | null }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'reload' }
  | { kind: 'write'; thenQuit: boolean }
  | { kind: 'savePatch'; path: string; thenQuit: boolean }
  | { kind: 'route'; host: string; uri: string };

export type OpResult =
  | { kind: 'step'; result: StepResult }
  | { kind: 'write'; outcome: WriteOutcome }
  | { kind: 'patch'; result: { ok: true; path: string } | { ok: false; reason: string } }
  | { kind: 'route'; lines: string[] };

export interface Toast {
  id: number;
  key: StringKey;
  data: Record<string, string | number>;
  tone: Tone;
}

/** Line counts of the scrollable views as last drawn (keys scroll what is on screen). */
export interface Metrics {
  /** The view that was drawn: counts of another view are not known yet (a key right after a view change). */
  view: View;
  detail: number;
  diff: number;
  help: number;
  route: number;
}

export interface State {
  view: View;
  /** Views to return to with Esc from diff, route and help. */
  back: View[];
  mode: Mode;
  size: Size;
  snap: Snapshot;
  cursor: { overview: number; findings: number };
  scroll: { overview: number; findings: number; detail: number; diff: number; help: number; route: number };
  /** Group keys of the findings list that are folded. */
  collapsed: readonly string[];
  filter: string;
  /** The filter before `/` started editing (Esc restores it). */
  filterBefore: string | null;
  /** Only the findings of this server (chosen in the overview). */
  scope: string | null;
  detailId: string | null;
  field: Field | null;
  route: { host: string; uri: string; lines: string[] | null };
  modal: Modal | null;
  toast: Toast | null;
  /** The session call in flight: keys typed meanwhile wait in `queue` and run on its result. */
  pending: { id: number; op: Op } | null;
  queue: KeyEvent[];
  exit: boolean;
  seq: number;
}

export type Action =
  | { type: 'key'; event: KeyEvent; metrics?: Metrics }
  | { type: 'resize'; size: Size }
  | { type: 'done'; id: number; result: OpResult; metrics?: Metrics }
  | { type: 'toastExpired'; id: number };

export function initialState(snap: Snapshot, size: Size): State {
  const s: State = {
    view: 'overview', back: [], mode: 'normal', size, snap,
    cursor: { overview: 0, findings: 0 },
    scroll: { overview: 0, findings: 0, detail: 0, diff: 0, help: 0, route: 0 },
    collapsed: [], filter: '', filterBefore: null, scope: null, detailId: null, field: null,
    route: { host: '', uri: '/', lines: null }, modal: null, toast: null, pending: null, queue: [], exit: false, seq: 0,
  };
  return { ...s, cursor: { ...s.cursor, findings: firstFindingRow(findingRows(s)) } };
}

// ---------------------------------------------------------------------------------------------------------------
// Derived data: the grouped findings list.

export type Row =
  | { kind: 'group'; level: 'file' | 'server' | 'location'; key: string; label: string; count: number; depth: number; folded: boolean }
  | { kind: 'item'; item: Item; depth: number };

/** Items that pass the filter and the server scope, in report order. */
export function visibleItems(s: Pick<State, 'snap' | 'filter' | 'scope'>): Item[] {
  const scoped = s.scope ? s.snap.items.filter((i) => i.place.serverKey === s.scope) : s.snap.items;
  return applyFilter(scoped, s.filter);
}

const rowCache = new WeakMap<Snapshot, Map<string, Row[]>>();

/** The list as drawn: a header per file, server and location (with counts) and the findings under them. */
export function findingRows(s: Pick<State, 'snap' | 'filter' | 'scope' | 'collapsed'>): Row[] {
  const cacheKey = `${s.filter}\0${s.scope ?? ''}\0${s.collapsed.join('\0')}`;
  let perSnap = rowCache.get(s.snap);
  const hit = perSnap?.get(cacheKey);
  if (hit) return hit;
  const items = visibleItems(s);
  const folded = new Set(s.collapsed);
  type Node = { key: string; label: string; level: 'file' | 'server' | 'location'; items: Item[]; children: Map<string, Node> };
  const files = new Map<string, Node>();
  const child = (m: Map<string, Node>, key: string, label: string, level: Node['level']): Node => {
    let n = m.get(key);
    if (!n) m.set(key, (n = { key, label, level, items: [], children: new Map() }));
    return n;
  };
  for (const item of items) {
    const p = item.place;
    let node = child(files, `f:${p.file}`, p.fileLabel, 'file');
    if (p.server !== null) node = child(node.children, `${node.key}\0s:${p.serverKey ?? p.server}`, p.server, 'server');
    if (p.location !== null) node = child(node.children, `${node.key}\0l:${p.location}`, p.location, 'location');
    node.items.push(item);
  }
  const count = (n: Node): number => n.items.length + [...n.children.values()].reduce((a, c) => a + count(c), 0);
  const rows: Row[] = [];
  const emit = (n: Node, depth: number): void => {
    const isFolded = folded.has(n.key);
    rows.push({ kind: 'group', level: n.level, key: n.key, label: n.label, count: count(n), depth, folded: isFolded });
    if (isFolded) return;
    for (const item of n.items) rows.push({ kind: 'item', item, depth: depth + 1 });
    for (const c of n.children.values()) emit(c, depth + 1);
  };
  for (const f of files.values()) emit(f, 0);
  if (!perSnap) rowCache.set(s.snap, (perSnap = new Map()));
  perSnap.set(cacheKey, rows);
  return rows;
}

function firstFindingRow(rows: Row[]): number {
  const i = rows.findIndex((r) => r.kind === 'item');
  return i < 0 ? 0 : i;
}

/** The finding under the cursor of the findings list, or null on a group header. */
export function cursorItem(s: State): Item | null {
  const r = findingRows(s)[s.cursor.findings];
  return r?.kind === 'item' ? r.item : null;
}

/** The finding the detail view shows. */
export function detailItem(s: State): Item | null {
  if (s.detailId) {
    const found = s.snap.items.find((i) => i.id === s.detailId);
    if (found) return found;
  }
  return cursorItem(s);
}

// ---------------------------------------------------------------------------------------------------------------
// The reducer.

export function reducer(s: State, a: Action): State {
  switch (a.type) {
    case 'resize':
      return clampAll({ ...s, size: a.size });
    case 'toastExpired':
      return s.toast?.id === a.id ? { ...s, toast: null } : s;
    case 'done': {
      if (!s.pending || s.pending.id !== a.id) return s;
      const op = s.pending.op;
      let next = onDone({ ...s, pending: null }, op, a.result);
      // Keys typed while the session worked run now, against the new state.
      const queued = s.queue;
      next = { ...next, queue: [] };
      for (let i = 0; i < queued.length; i++) {
        if (next.pending) {
          next = { ...next, queue: [...next.queue, ...queued.slice(i)] };
          break;
        }
        next = onKey(next, queued[i]!, a.metrics);
      }
      return next;
    }
    case 'key':
      if (s.pending) {
        if (a.event.kind === 'key' && a.event.name === 'ctrl-c') return { ...s, exit: true };
        return { ...s, queue: [...s.queue, a.event] };
      }
      return onKey(s, a.event, a.metrics);
  }
}

function onKey(s: State, e: KeyEvent, metrics: Metrics | undefined): State {
  if (e.kind === 'key' && e.name === 'ctrl-c') return { ...s, exit: true };
  // Several characters in one event (fast typing, a paste) are several keys, in order: in a field, printable runs
  // are typed whole; elsewhere every character is a key.
  if (e.kind === 'text') {
    const parts = splitChunk(e.text);
    const keys = s.mode === 'input' && parts.length === 1 && parts[0]!.kind === 'text' ? parts : parts.flatMap((p) => (p.kind === 'text' && s.mode !== 'input' ? [...p.text].map((ch): KeyEvent => ({ kind: 'text', text: ch })) : [p]));
    if (keys.length !== 1 || keys[0]!.kind !== 'text' || keys[0]!.text !== e.text) {
      let next = s;
      for (const k of keys) {
        if (next.pending) next = { ...next, queue: [...next.queue, k] };
        else next = onKey(next, k, metrics);
      }
      return next;
    }
  }
  if (s.mode === 'input') return onInputKey(s, e);
  // Any key dismisses a toast (it has been read).
  const t = s.toast ? { ...s, toast: null } : s;
  if (t.mode === 'confirm') return onConfirmKey(t, keyName(e));
  const action = actionFor(t.view, keyName(e));
  return action ? onAction(t, action, metrics) : t;
}

function toast(s: State, key: StringKey, data: Record<string, string | number> = {}, tone: Tone = 'ok'): State {
  return { ...s, toast: { id: s.seq + 1, key, data, tone }, seq: s.seq + 1 };
}

function start(s: State, op: Op): State {
  return { ...s, pending: { id: s.seq + 1, op }, seq: s.seq + 1 };
}

function go(s: State, view: View): State {
  if (view === s.view) return s;
  const overlay = view === 'diff' || view === 'route' || view === 'help';
  const back = overlay ? [...s.back.filter((v) => v !== view), s.view] : [];
  return { ...s, view, back, scroll: { ...s.scroll, ...(overlay ? { [view]: 0 } : {}) } };
}

function goBack(s: State): State {
  const back = [...s.back];
  const to = back.pop();
  if (to) return { ...s, view: to, back };
  return s;
}

/** Page size of the current view. */
function page(s: State): number {
  if (s.view === 'overview' || s.view === 'findings') return listRows(s.view, s.size);
  return bodyRows(s.size);
}

function moveList(s: State, list: 'overview' | 'findings', to: number): State {
  const total = list === 'overview' ? s.snap.servers.length : findingRows(s).length;
  const cursor = Math.max(0, Math.min(to, total - 1));
  const scroll = follow(cursor, s.scroll[list], listRows(list, s.size), total);
  return { ...s, cursor: { ...s.cursor, [list]: cursor }, scroll: { ...s.scroll, [list]: scroll } };
}

/** The largest scroll offset of a view, when the last frame drew that view (else unknown: the view clamps it). */
function maxScroll(s: State, view: 'detail' | 'diff' | 'help' | 'route', metrics: Metrics | undefined): number {
  if (!metrics || metrics.view !== view) return Number.MAX_SAFE_INTEGER;
  return Math.max(0, metrics[view] - bodyRows(s.size));
}

function move(s: State, delta: number | 'first' | 'last', metrics: Metrics | undefined): State {
  const v = s.view;
  if (v === 'overview' || v === 'findings') {
    const cur = s.cursor[v];
    const to = delta === 'first' ? 0 : delta === 'last' ? Number.MAX_SAFE_INTEGER : cur + delta;
    return moveList(s, v, to);
  }
  const sv = v as 'detail' | 'diff' | 'help' | 'route';
  const max = maxScroll(s, sv, metrics);
  // An offset stored before the length was known (G right after opening) counts as the end.
  const cur = Math.min(s.scroll[sv], max);
  const to = delta === 'first' ? 0 : delta === 'last' ? max : cur + delta;
  return { ...s, scroll: { ...s.scroll, [sv]: Math.max(0, Math.min(to, max)) } };
}

/** Moves the list cursor to the next/previous finding row and shows it in the detail. */
function stepFinding(s: State, dir: 1 | -1): State {
  const rows = findingRows(s);
  const current = detailItem(s);
  let i = current ? rows.findIndex((r) => r.kind === 'item' && r.item.id === current.id) : s.cursor.findings;
  if (i < 0) i = s.cursor.findings;
  for (let k = i + dir; k >= 0 && k < rows.length; k += dir) {
    const r = rows[k]!;
    if (r.kind === 'item') {
      const moved = moveList(s, 'findings', k);
      return { ...moved, detailId: r.item.id, scroll: { ...moved.scroll, detail: 0 } };
    }
  }
  return s;
}

function openDetail(s: State, item: Item): State {
  return { ...go(s, 'detail'), detailId: item.id, scroll: { ...s.scroll, detail: 0 } };
}

/** The findings a "fix" key acts on in this view: the detail's, or the one under the cursor. */
function targetItem(s: State): Item | null {
  return s.view === 'detail' ? detailItem(s) : cursorItem(s);
}

function unwritten(s: State): boolean {
  return s.snap.changed.length > 0;
}

function onAction(s: State, id: ActionId, metrics: Metrics | undefined): State {
  switch (id) {
    case 'abort':
      return { ...s, exit: true };
    case 'quit':
      return unwritten(s) ? { ...s, mode: 'confirm', modal: { kind: 'quit' } } : { ...s, exit: true };
    case 'help':
      return s.view === 'help' ? goBack(s) : go(s, 'help');
    case 'back':
      return back(s);
    case 'overview':
      return { ...s, view: 'overview', back: [], scope: null };
    case 'findings':
      return { ...s, view: 'findings', back: [] };
    case 'route':
      return editField(go(s, 'route'), 'host', s.route.host);
    case 'edit':
      return editField(s, 'host', s.route.host);
    case 'down':
      return move(s, 1, metrics);
    case 'up':
      return move(s, -1, metrics);
    case 'pageDown':
      return move(s, page(s), metrics);
    case 'pageUp':
      return move(s, -page(s), metrics);
    case 'first':
      return move(s, 'first', metrics);
    case 'last':
      return move(s, 'last', metrics);
    case 'open':
      return open(s);
    case 'close':
      return close(s);
    case 'nextFinding':
      return stepFinding(s, 1);
    case 'prevFinding':
      return stepFinding(s, -1);
    case 'focus':
      if (!isSplit(s.size)) return s;
      if (s.view === 'findings') {
        const item = cursorItem(s);
        return item ? openDetail(s, item) : s;
      }
      return { ...s, view: 'findings' };
    case 'filter':
      return { ...editField(s, 'filter', s.filter), filterBefore: s.filter };
    case 'clearFilter':
      return clampAll({ ...s, filter: '' });
    case 'fix': {
      const item = targetItem(s);
      if (!item) return toast(s, 'toast.selectFinding', {}, 'warning');
      const fix = item.finding.fix;
      if (!fix || fix.edits.length === 0) return toast(s, 'toast.noFix', { rule: item.finding.ruleId }, 'warning');
      if (fix.applicability === 'suggestion') return toast(s, 'toast.suggestionOnly', { rule: item.finding.ruleId }, 'warning');
      if (fix.applicability === 'unsafe') return { ...s, mode: 'confirm', modal: { kind: 'unsafe', itemId: item.id } };
      return start(s, { kind: 'apply', itemId: item.id });
    }
    case 'fixAll': {
      const scoped = s.view === 'overview' ? s.snap.items : visibleItems(s);
      const safe = scoped.filter((i) => i.finding.fix?.applicability === 'safe' && i.finding.fix.edits.length > 0);
      if (safe.length === 0) return toast(s, 'toast.noSafeFixes', {}, 'warning');
      const all = safe.length === s.snap.items.filter((i) => i.finding.fix?.applicability === 'safe').length && !s.filter && !s.scope;
      return { ...s, mode: 'confirm', modal: { kind: 'applySafe', itemIds: all ? null : safe.map((i) => i.id), count: safe.length } };
    }
    case 'undo':
      if (s.snap.staged.length === 0) return toast(s, 'toast.nothingToUndo', {}, 'warning');
      return start(s, { kind: 'undo' });
    case 'redo':
      if (s.snap.redo === 0) return toast(s, 'toast.nothingToRedo', {}, 'warning');
      return start(s, { kind: 'redo' });
    case 'diff':
      if (!unwritten(s)) return toast(s, 'toast.noChanges', {}, 'warning');
      return go(s, 'diff');
    case 'write':
      return write(s, false);
    case 'reload':
      return unwritten(s) ? { ...s, mode: 'confirm', modal: { kind: 'reload' } } : start(s, { kind: 'reload' });
  }
}

function write(s: State, thenQuit: boolean): State {
  if (!unwritten(s)) return toast(s, 'toast.noChanges', {}, 'warning');
  // A dump is never written: the pending diff can be saved as a patch file instead.
  if (!s.snap.writable) {
    const next = editField({ ...s, modal: null }, 'patch', 'sse-lint.patch');
    return thenQuit ? { ...next, field: { ...next.field!, thenQuit: true } } : next;
  }
  return { ...s, mode: 'confirm', modal: { kind: 'write', thenQuit } };
}

function back(s: State): State {
  switch (s.view) {
    case 'detail':
      return { ...s, view: 'findings', detailId: null };
    case 'findings':
      if (s.filter) return clampAll({ ...s, filter: '' });
      if (s.scope) return { ...clampAll({ ...s, scope: null }), view: 'overview' };
      return { ...s, view: 'overview' };
    case 'diff':
    case 'route':
    case 'help':
      return goBack(s);
    default:
      return s;
  }
}

function open(s: State): State {
  if (s.view === 'overview') {
    const server = s.snap.servers[s.cursor.overview];
    if (!server) return { ...s, view: 'findings' };
    const scoped = clampAll({ ...s, scope: server.key, filter: '', view: 'findings' });
    return moveList(scoped, 'findings', firstFindingRow(findingRows(scoped)));
  }
  const rows = findingRows(s);
  const r = rows[s.cursor.findings];
  if (!r) return s;
  if (r.kind === 'group') return toggle(s, r.key);
  return openDetail(s, r.item);
}

function close(s: State): State {
  if (s.view !== 'findings') return back(s);
  const rows = findingRows(s);
  const r = rows[s.cursor.findings];
  if (!r) return s;
  if (r.kind === 'group' && !r.folded) return toggle(s, r.key);
  // Go up to the enclosing group header.
  for (let k = s.cursor.findings - 1; k >= 0; k--) {
    const g = rows[k]!;
    if (g.kind === 'group' && g.depth < r.depth) return moveList(s, 'findings', k);
  }
  return s;
}

function toggle(s: State, key: string): State {
  const collapsed = s.collapsed.includes(key) ? s.collapsed.filter((k) => k !== key) : [...s.collapsed, key];
  return clampAll({ ...s, collapsed });
}

/** Keeps cursors and scroll offsets inside their lists after the data, the filter or the size changed. */
function clampAll(s: State): State {
  const a = moveList(s, 'overview', s.cursor.overview);
  return moveList(a, 'findings', a.cursor.findings);
}

// ---------------------------------------------------------------------------------------------------------------
// Text fields (filter, route host and URI, patch file name): every printable key is text here.

function editField(s: State, target: FieldTarget, value: string): State {
  return { ...s, mode: 'input', field: { target, value, at: value.length } };
}

function setField(s: State, field: Field): State {
  const next = { ...s, field };
  if (field.target === 'filter') return clampAll({ ...next, filter: field.value });
  if (field.target === 'host') return { ...next, route: { ...s.route, host: field.value } };
  if (field.target === 'uri') return { ...next, route: { ...s.route, uri: field.value } };
  return next;
}

function onInputKey(s: State, e: KeyEvent): State {
  const f = s.field;
  if (!f) return { ...s, mode: 'normal' };
  if (e.kind === 'text') {
    const text = printable(e.text);
    if (!text) return s;
    return setField(s, { ...f, value: f.value.slice(0, f.at) + text + f.value.slice(f.at), at: f.at + text.length });
  }
  switch (e.name) {
    case 'backspace': {
      if (f.at === 0) return s;
      const cut = [...f.value.slice(0, f.at)];
      const removed = cut.pop()!;
      return setField(s, { ...f, value: cut.join('') + f.value.slice(f.at), at: f.at - removed.length });
    }
    case 'left':
      return { ...s, field: { ...f, at: Math.max(0, f.at - ([...f.value.slice(0, f.at)].pop()?.length ?? 0)) } };
    case 'right':
      return { ...s, field: { ...f, at: Math.min(f.value.length, f.at + ([...f.value.slice(f.at)][0]?.length ?? 0)) } };
    case 'home':
      return { ...s, field: { ...f, at: 0 } };
    case 'end':
      return { ...s, field: { ...f, at: f.value.length } };
    case 'ctrl-u':
      return setField(s, { ...f, value: '', at: 0 });
    case 'tab':
    case 'backtab':
      if (f.target === 'host') return editField(s, 'uri', s.route.uri);
      if (f.target === 'uri') return editField(s, 'host', s.route.host);
      return s;
    case 'escape':
      if (f.target === 'filter') return clampAll({ ...s, mode: 'normal', field: null, filter: s.filterBefore ?? '', filterBefore: null });
      if (f.target === 'patch') return f.thenQuit ? { ...s, mode: 'confirm', field: null, modal: { kind: 'quit' } } : { ...s, mode: 'normal', field: null };
      return { ...s, mode: 'normal', field: null };
    case 'enter':
      return submitField(s, f);
    default:
      return s;
  }
}

function submitField(s: State, f: Field): State {
  switch (f.target) {
    case 'filter': {
      const next = clampAll({ ...s, mode: 'normal', field: null, filter: f.value.trim(), filterBefore: null });
      return moveList(next, 'findings', firstFindingRow(findingRows(next)));
    }
    case 'host':
      return editField(s, 'uri', s.route.uri);
    case 'uri': {
      const uri = f.value.trim() || '/';
      return start({ ...s, mode: 'normal', field: null, route: { ...s.route, uri }, scroll: { ...s.scroll, route: 0 } }, { kind: 'route', host: s.route.host.trim(), uri });
    }
    case 'patch': {
      const path = f.value.trim();
      if (!path) return s;
      return start({ ...s, mode: 'normal', field: null, modal: null }, { kind: 'savePatch', path, thenQuit: !!f.thenQuit });
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Prompts: only their own keys count (y, n, Esc; w and d when quitting).

function onConfirmKey(s: State, name: string): State {
  const m = s.modal;
  const closed: State = { ...s, mode: 'normal', modal: null };
  if (!m) return closed;
  if (m.kind === 'message') {
    if (name !== 'escape' && name !== 'enter' && name !== 'q' && name !== ' ') return s;
    return m.thenQuit ? { ...closed, exit: true } : closed;
  }
  if (name === 'escape' || name === 'n' || name === 'N') return closed;
  switch (m.kind) {
    case 'unsafe':
      return name === 'y' || name === 'Y' ? start(closed, { kind: 'apply', itemId: m.itemId }) : s;
    case 'applySafe':
      return name === 'y' || name === 'Y' ? start(closed, { kind: 'applySafe', itemIds: m.itemIds }) : s;
    case 'write':
      return name === 'y' || name === 'Y' ? start(closed, { kind: 'write', thenQuit: m.thenQuit }) : s;
    case 'reload':
      return name === 'y' || name === 'Y' ? start(closed, { kind: 'reload' }) : s;
    case 'quit':
      if (name === 'w') return write(closed, true);
      if (name === 'd') return { ...closed, exit: true };
      return s;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Results of session calls.

function onDone(s: State, op: Op, r: OpResult): State {
  switch (r.kind) {
    case 'route':
      return { ...s, route: { ...s.route, lines: r.lines } };
    case 'patch':
      if (!r.result.ok) return { ...s, mode: 'confirm', modal: { kind: 'message', title: 'modal.patchFailed', lines: [r.result.reason], tone: 'error' } };
      if (op.kind === 'savePatch' && op.thenQuit) return { ...s, exit: true };
      return toast(s, 'toast.patchSaved', { path: r.result.path });
    case 'write': {
      const o = r.outcome;
      const thenQuit = op.kind === 'write' && op.thenQuit;
      if (!o.ok) {
        const lines = [o.reason, ...o.detail];
        return { ...s, mode: 'confirm', modal: { kind: 'message', title: o.verify && !o.verify.ok ? 'modal.verifyFailed' : 'modal.writeFailed', lines, tone: 'error' } };
      }
      const next = afterSnapshot({ ...s, view: s.view === 'diff' ? (s.back[s.back.length - 1] ?? 'findings') : s.view, back: s.view === 'diff' ? s.back.slice(0, -1) : s.back }, o.snapshot);
      if (thenQuit) return { ...next, exit: true };
      return toast(next, o.verify ? 'toast.writtenVerified' : 'toast.written', { count: o.written.length, bin: next.snap.verifyWith ?? '' });
    }
    case 'step': {
      const res = r.result;
      if (!res.ok) return toast(s, 'toast.failed', { reason: res.reason }, 'error');
      const next = afterSnapshot(s, res.snapshot);
      switch (op.kind) {
        case 'apply': {
          const last = res.snapshot.staged[res.snapshot.staged.length - 1];
          return toast(next, 'toast.staged', { title: last?.title ?? '' });
        }
        case 'applySafe':
          return toast(next, 'toast.stagedMany', { count: res.applied });
        case 'undo':
          return toast(next, 'toast.undone', { count: res.applied });
        case 'redo':
          return toast(next, 'toast.redone', { count: res.applied });
        case 'reload':
          return toast(next, 'toast.reloaded', { count: res.snapshot.items.length });
        default:
          return next;
      }
    }
  }
}

/** A new snapshot: the list keeps its cursor position (the next finding slides under it), the detail follows. */
function afterSnapshot(s: State, snap: Snapshot): State {
  const scopeKept = s.scope && snap.servers.some((x) => x.key === s.scope) ? s.scope : null;
  let next = clampAll({ ...s, snap, scope: scopeKept });
  const rows = findingRows(next);
  // Land on a finding row when the row at the cursor is now a header.
  if (rows[next.cursor.findings]?.kind !== 'item') {
    let k = next.cursor.findings;
    while (k < rows.length && rows[k]!.kind !== 'item') k++;
    if (k >= rows.length) {
      k = next.cursor.findings;
      while (k > 0 && rows[k]?.kind !== 'item') k--;
    }
    next = moveList(next, 'findings', k);
  }
  if (next.view === 'detail') {
    const item = cursorItem(next);
    if (!item) return { ...next, view: 'findings', detailId: null };
    return { ...next, detailId: item.id, scroll: { ...next.scroll, detail: Math.min(next.scroll.detail, 0) } };
  }
  return next;
}
