// The TUI's own words: every English string has a Chinese one with the same placeholders.
import { describe, expect, it } from 'vitest';
import { catalog, stringKeys, tr } from '../../src/tui/strings.js';

const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)(?::[^}]*)?\}/g)].map((m) => m[1]!))].sort();

describe('TUI strings', () => {
  it.each(stringKeys())('%s is translated with the same placeholders', (key) => {
    const en = catalog('en')[key];
    const zh = catalog('zh-CN')[key];
    expect(placeholders(zh)).toEqual(placeholders(en));
    if (en !== '') expect(zh).not.toBe('');
  });
  it('fills placeholders and English plurals', () => {
    expect(tr('en', 'toast.written', { count: 1 })).toBe('wrote 1 file');
    expect(tr('en', 'toast.written', { count: 2 })).toBe('wrote 2 files');
    expect(tr('zh-CN', 'toast.written', { count: 2 })).toBe('已写入 2 个文件');
    expect(() => tr('en', 'toast.staged', {})).toThrow(/needs "title"/);
  });
});
