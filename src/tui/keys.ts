// Keys: Ink's key events normalised into single key names, and the key map as data (it also draws the hint line and help).

/** The subset of Ink's `Key` the normaliser reads. */
export interface InkKey {
  upArrow: boolean;
  downArrow: boolean;
  leftArrow: boolean;
  rightArrow: boolean;
  pageDown: boolean;
  pageUp: boolean;
  home?: boolean;
  end?: boolean;
  return: boolean;
  escape: boolean;
  ctrl: boolean;
  shift: boolean;
  tab: boolean;
  backspace: boolean;
  delete: boolean;
  meta: boolean;
}

/**
 * One key press: a named key (`down`, `enter`, `ctrl-c`, `backtab`) or one printable character. A chunk of several
 * characters (fast typing, a paste) becomes `text`: the reducer splits it into keys in normal mode and inserts it
 * whole into a field.
 */
export type KeyEvent = { kind: 'key'; name: string } | { kind: 'text'; text: string };

/**
 * Normalises one Ink input event (Ink 6.8, measured in the design notes):
 * - Esc sets both `escape` and `meta`, so escape is tested first;
 * - Backspace (0x7f) arrives as `delete`, and a held Backspace as one event with `input` "\x7f\x7f\x7f";
 * - Enter may come as `return` or as input "\r";
 * - several letters typed quickly can arrive as one event ("jk").
 */
export function normalizeKey(input: string, key: InkKey): KeyEvent[] {
  if (key.escape) return [{ kind: 'key', name: 'escape' }];
  if (key.upArrow) return [{ kind: 'key', name: 'up' }];
  if (key.downArrow) return [{ kind: 'key', name: 'down' }];
  if (key.leftArrow) return [{ kind: 'key', name: 'left' }];
  if (key.rightArrow) return [{ kind: 'key', name: 'right' }];
  if (key.pageDown) return [{ kind: 'key', name: 'pagedown' }];
  if (key.pageUp) return [{ kind: 'key', name: 'pageup' }];
  if (key.home) return [{ kind: 'key', name: 'home' }];
  if (key.end) return [{ kind: 'key', name: 'end' }];
  if (key.tab) return [{ kind: 'key', name: key.shift ? 'backtab' : 'tab' }];
  if (key.return || input === '\r' || input === '\n') return [{ kind: 'key', name: 'enter' }];
  if (key.backspace || key.delete) return [{ kind: 'key', name: 'backspace' }];
  if (key.ctrl && /^[a-z]$/.test(input)) return [{ kind: 'key', name: `ctrl-${input}` }];
  // Shift+Tab as a raw sequence (some terminals), and raw Backspace/DEL bytes with no flag set.
  if (input === '[Z') return [{ kind: 'key', name: 'backtab' }];
  // eslint-disable-next-line no-control-regex
  if (/^[\x7f\x08]+$/.test(input)) return Array.from(input, () => ({ kind: 'key', name: 'backspace' }) as KeyEvent);
  if (input === '') return [];
  return [{ kind: 'text', text: input }];
}

const CONTROL_NAMES: Record<string, string> = { '\r': 'enter', '\n': 'enter', '\t': 'tab', '\x7f': 'backspace', '\b': 'backspace', '\x1b': 'escape' };

/**
 * A chunk of typed text cut into keys: runs of printable characters stay together (a field takes them whole),
 * control characters become named keys (`jjj\r` typed fast is three j and an Enter).
 */
export function splitChunk(text: string): KeyEvent[] {
  const out: KeyEvent[] = [];
  let run = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && cp !== 0x7f && !(cp >= 0x80 && cp < 0xa0)) {
      run += ch;
      continue;
    }
    if (run) out.push({ kind: 'text', text: run });
    run = '';
    const name = CONTROL_NAMES[ch] ?? (cp >= 1 && cp <= 26 ? `ctrl-${String.fromCharCode(cp + 96)}` : null);
    if (name) out.push({ kind: 'key', name });
  }
  if (run) out.push({ kind: 'text', text: run });
  return out;
}

/** Printable characters of a chunk, control characters removed (what a field accepts from a paste). */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f\x7f-\x9f]/g, '');
}

export type View = 'overview' | 'findings' | 'detail' | 'diff' | 'route' | 'help';

export type ActionId =
  | 'quit' | 'abort' | 'help' | 'back' | 'overview' | 'findings' | 'route' | 'down' | 'up' | 'pageDown' | 'pageUp'
  | 'first' | 'last' | 'open' | 'close' | 'nextFinding' | 'prevFinding' | 'filter' | 'clearFilter' | 'fix' | 'fixAll'
  | 'undo' | 'redo' | 'diff' | 'write' | 'reload' | 'focus' | 'edit';

/** One binding: the keys that trigger an action, where it applies, and the words the hint line and help show. */
export interface Binding {
  id: ActionId;
  keys: readonly string[];
  /** Views where the binding acts; all views when omitted. */
  views?: readonly View[];
  /** Shown in the hint line of these views (a subset of `views`). */
  hint?: readonly View[];
}

const LISTS: readonly View[] = ['overview', 'findings'];
const SCROLLS: readonly View[] = ['overview', 'findings', 'detail', 'diff', 'help', 'route'];
const WITH_FINDING: readonly View[] = ['findings', 'detail'];

/** The key map. Text for each action (short label, help sentence) lives in the string catalog under its id. */
export const KEYMAP: readonly Binding[] = [
  { id: 'down', keys: ['j', 'down'], views: SCROLLS, hint: ['overview', 'findings'] },
  { id: 'up', keys: ['k', 'up'], views: SCROLLS },
  { id: 'pageDown', keys: ['pagedown', 'ctrl-d', ' '], views: SCROLLS },
  { id: 'pageUp', keys: ['pageup', 'ctrl-u'], views: SCROLLS },
  { id: 'first', keys: ['g', 'home'], views: SCROLLS },
  { id: 'last', keys: ['G', 'end'], views: SCROLLS },
  { id: 'open', keys: ['enter', 'l', 'right'], views: LISTS, hint: ['overview', 'findings'] },
  { id: 'close', keys: ['h', 'left'], views: ['findings', 'detail', 'diff'] },
  { id: 'nextFinding', keys: ['J'], views: ['detail'], hint: ['detail'] },
  { id: 'prevFinding', keys: ['K'], views: ['detail'] },
  { id: 'filter', keys: ['/'], views: ['findings'], hint: ['findings'] },
  { id: 'fix', keys: ['f'], views: WITH_FINDING, hint: ['findings', 'detail'] },
  { id: 'fixAll', keys: ['a', 'F'], views: ['overview', 'findings', 'detail', 'diff'], hint: ['overview', 'findings'] },
  { id: 'undo', keys: ['u'], hint: ['findings', 'detail', 'diff'] },
  { id: 'redo', keys: ['ctrl-r'] },
  { id: 'diff', keys: ['d'], hint: ['overview', 'findings', 'detail'] },
  { id: 'write', keys: ['w'], hint: ['overview', 'findings', 'detail', 'diff'] },
  { id: 'route', keys: ['r', '3'], hint: ['overview', 'findings'] },
  { id: 'edit', keys: ['enter', 'tab', '/', 'e'], views: ['route'], hint: ['route'] },
  { id: 'overview', keys: ['1'] },
  { id: 'findings', keys: ['2'] },
  { id: 'focus', keys: ['tab', 'backtab'], views: ['findings', 'detail'] },
  { id: 'reload', keys: ['R'] },
  { id: 'back', keys: ['escape'], hint: ['detail', 'diff', 'route', 'help'] },
  { id: 'help', keys: ['?'], hint: ['overview', 'findings', 'detail', 'diff', 'route', 'help'] },
  { id: 'quit', keys: ['q'], hint: ['overview', 'findings', 'detail', 'diff', 'route', 'help'] },
  { id: 'abort', keys: ['ctrl-c'] },
];

/** The name a key event is bound by: the character itself, or the key's name. */
export function keyName(e: KeyEvent): string {
  return e.kind === 'key' ? e.name : e.text;
}

/** The action a key triggers in a view, or null. */
export function actionFor(view: View, name: string): ActionId | null {
  for (const b of KEYMAP) {
    if (b.views && !b.views.includes(view)) continue;
    if (b.keys.includes(name)) return b.id;
  }
  return null;
}

/** The first key of an action, as a user types it (`enter`, `j`, `ctrl-r`); tests press keys by id through this. */
export function keyOf(id: ActionId): string {
  const b = KEYMAP.find((x) => x.id === id);
  if (!b) throw new Error(`no binding for ${id}`);
  return b.keys[0]!;
}

/** How a key is shown in hints and help (`Enter`, `Esc`, `^R`, `PgDn`). */
export function showKey(name: string): string {
  const special: Record<string, string> = {
    enter: 'Enter', escape: 'Esc', tab: 'Tab', backtab: 'S-Tab', down: 'Down', up: 'Up', left: 'Left', right: 'Right',
    pagedown: 'PgDn', pageup: 'PgUp', home: 'Home', end: 'End', ' ': 'Space',
  };
  if (special[name]) return special[name]!;
  if (name.startsWith('ctrl-')) return `^${name.slice(5).toUpperCase()}`;
  return name;
}

/** The bytes a terminal sends for a key (for tests and the tmux run): `down` -> ESC [ B. */
export function keyBytes(name: string): string {
  const seq: Record<string, string> = {
    up: '\x1b[A', down: '\x1b[B', right: '\x1b[C', left: '\x1b[D', pagedown: '\x1b[6~', pageup: '\x1b[5~', home: '\x1b[H', end: '\x1b[F',
    enter: '\r', escape: '\x1b', tab: '\t', backtab: '\x1b[Z', backspace: '\x7f',
  };
  if (seq[name]) return seq[name]!;
  if (name.startsWith('ctrl-')) return String.fromCharCode(name.charCodeAt(5) - 96);
  return name;
}
