// Cutting, padding and wrapping by terminal cells (the widths themselves are tested in test/util/display-width.test.ts).
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, padEnd, sanitize, shortenPath, stringWidth, truncateEnd, truncateStart, wrap } from '../../src/tui/width.js';

describe('cutting and padding by cells', () => {
  it('never cuts a wide character in half and leaves room for the ellipsis', () => {
    const cut = truncateEnd('缓冲已关闭的位置', 7);
    expect(stringWidth(cut)).toBeLessThanOrEqual(7);
    expect(cut).toBe(`缓冲已${ELLIPSIS}`);
  });
  it('keeps the end of a path, cut at a directory when one fits', () => {
    expect(shortenPath('/etc/nginx/sites-enabled/app.example.com.conf', 38)).toBe(`${ELLIPSIS}/sites-enabled/app.example.com.conf`);
    expect(shortenPath('/etc/nginx/sites-enabled/app.example.com.conf', 30)).toBe(`${ELLIPSIS}/app.example.com.conf`);
    expect(shortenPath('short.conf', 30)).toBe('short.conf');
    const s = truncateStart('/a/very-long-file-name-without-slashes.conf', 12);
    expect(stringWidth(s)).toBeLessThanOrEqual(12);
    expect(s.endsWith('.conf')).toBe(true);
  });
  it('pads CJK by width, not by length', () => {
    expect(stringWidth(padEnd('中文', 6))).toBe(6);
  });
  it('wraps CJK text between characters and English at spaces', () => {
    expect(wrap('缓冲已关闭', 7)).toEqual(['缓冲已', '关闭']);
    expect(wrap('one two three', 7)).toEqual(['one two', 'three']);
    for (const l of wrap('一个很长的中文句子，没有空格，需要按宽度换行。', 10)) expect(stringWidth(l)).toBeLessThanOrEqual(10);
  });
  it('makes control characters from a config harmless', () => {
    expect(sanitize('a\x1b[2Jb')).toBe('a\ufffd[2Jb');
  });
});
