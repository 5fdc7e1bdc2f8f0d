// Display widths: every face measures text with src/util/display-width.ts, which must agree with string-width (the
// measure Ink lays the TUI out with), East Asian wide characters and emoji included.
import stringWidthLib from 'string-width';
import { describe, expect, it } from 'vitest';
import { cellWidth, displayWidth } from '../../src/util/display-width.js';

describe('displayWidth', () => {
  const samples = [
    'proxy_buffering off;', '缓冲已关闭', '聊天.例子.中国:443', '✔ ✘ ! i - ❯ ▾ ▸ › ⋯', 'ｆｕｌｌ', '한국어', 'e\u0301', '日本語テキスト', '😀', '✅',
    '/etc/nginx/站点/聊天.conf', 'mixed 中文 text',
  ];
  it.each(samples)('agrees with string-width on %s', (s) => {
    expect(displayWidth(s)).toBe(stringWidthLib(s));
  });
  it('counts CJK as two cells', () => {
    expect(displayWidth('缓冲')).toBe(4);
  });
});

describe('cellWidth', () => {
  it('gives combining marks and zero-width characters no cell, and a control character one (shown replaced)', () => {
    expect(cellWidth(0x301)).toBe(0);
    expect(cellWidth(0x200b)).toBe(0);
    expect(cellWidth(0xfeff)).toBe(0);
    expect(cellWidth(0x1b)).toBe(1);
    expect(cellWidth('中'.codePointAt(0)!)).toBe(2);
  });

  it('gives every code point below the first zero-width range (U+0300) one cell, and the range starts there', () => {
    for (let cp = 0; cp < 0x300; cp++) expect(cellWidth(cp), cp.toString(16)).toBe(1);
    expect(cellWidth(0x300)).toBe(0);
    expect(cellWidth(0x1100)).toBe(2);
  });
});
