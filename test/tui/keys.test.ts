// Key normalisation (Ink 6.8's quirks) and the key map as data.
import { describe, expect, it } from 'vitest';
import { actionFor, KEYMAP, keyBytes, keyOf, normalizeKey, type InkKey } from '../../src/tui/keys.js';

const none: InkKey = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
};

describe('normalizeKey', () => {
  it('reads Esc as escape although Ink also sets meta', () => {
    expect(normalizeKey('', { ...none, escape: true, meta: true })).toEqual([{ kind: 'key', name: 'escape' }]);
  });
  it('reads Backspace sent as delete, and a held Backspace as several presses', () => {
    expect(normalizeKey('', { ...none, delete: true })).toEqual([{ kind: 'key', name: 'backspace' }]);
    expect(normalizeKey('\x7f\x7f\x7f', none)).toEqual(Array(3).fill({ kind: 'key', name: 'backspace' }));
  });
  it('reads Enter given as return or as a carriage return', () => {
    expect(normalizeKey('', { ...none, return: true })).toEqual([{ kind: 'key', name: 'enter' }]);
    expect(normalizeKey('\r', none)).toEqual([{ kind: 'key', name: 'enter' }]);
  });
  it('names control keys and Shift+Tab', () => {
    expect(normalizeKey('c', { ...none, ctrl: true })).toEqual([{ kind: 'key', name: 'ctrl-c' }]);
    expect(normalizeKey('', { ...none, tab: true, shift: true })).toEqual([{ kind: 'key', name: 'backtab' }]);
  });
  it('keeps a chunk of fast typing together (the reducer splits it or inserts it)', () => {
    expect(normalizeKey('jk', none)).toEqual([{ kind: 'text', text: 'jk' }]);
  });
});

describe('key map', () => {
  it('binds no key twice in any view (one key, one meaning)', () => {
    const views = ['overview', 'findings', 'detail', 'diff', 'route', 'help'] as const;
    for (const v of views) {
      const seen = new Map<string, string>();
      for (const b of KEYMAP) {
        if (b.views && !b.views.includes(v)) continue;
        for (const k of b.keys) {
          expect(seen.get(k), `${k} in ${v}: ${seen.get(k)} and ${b.id}`).toBeUndefined();
          seen.set(k, b.id);
        }
      }
    }
  });
  it('has the keys the issue promises', () => {
    expect(actionFor('findings', 'j')).toBe('down');
    expect(actionFor('findings', 'down')).toBe('down');
    expect(actionFor('findings', 'k')).toBe('up');
    expect(actionFor('findings', 'enter')).toBe('open');
    expect(actionFor('detail', 'f')).toBe('fix');
    expect(actionFor('findings', 'a')).toBe('fixAll');
    expect(actionFor('detail', 'u')).toBe('undo');
    expect(actionFor('findings', 'd')).toBe('diff');
    expect(actionFor('findings', 'w')).toBe('write');
    expect(actionFor('overview', 'r')).toBe('route');
    expect(actionFor('overview', 'q')).toBe('quit');
    expect(actionFor('overview', '?')).toBe('help');
    expect(actionFor('findings', '/')).toBe('filter');
  });
  it('turns key names into the bytes a terminal sends', () => {
    expect(keyBytes(keyOf('down'))).toBe('j');
    expect(keyBytes('down')).toBe('\x1b[B');
    expect(keyBytes('ctrl-r')).toBe('\x12');
    expect(keyBytes('enter')).toBe('\r');
  });
});
