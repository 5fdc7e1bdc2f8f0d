// Display widths: the TUI measures text itself, and must agree with string-width, which Ink lays out with.
import stringWidthLib from 'string-width';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, padEnd, sanitize, shortenPath, stringWidth, truncateEnd, truncateStart, wrap } from '../../src/tui/width.js';

describe('stringWidth', () => {
  const samples = [
    'proxy_buffering off;', '缓冲已关闭', '聊天.例子.中国:443', '✔ ✘ ! i - ❯ ▾ ▸ › ⋯', 'ｆｕｌｌ', '한국어', 'e\u0301', '日本語テキスト', '😀', '✅',
    '/etc/nginx/站点/聊天.conf', 'mixed 中文 text',
  ];
  it.each(samples)('agrees with string-width on %s', (s) => {
    expect(stringWidth(s)).toBe(stringWidthLib(s));
  });
  it('counts CJK as two cells', () => {
    expect(stringWidth('缓冲')).toBe(4);
  });
});

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
