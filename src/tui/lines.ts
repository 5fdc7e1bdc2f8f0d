// Screen lines as data: styled segments measured in cells, so every view is a pure function that fits its width.
import { graphemes, graphemeWidth, padEnd, sanitize, stringWidth, ELLIPSIS } from './width.js';

export type Tone = 'error' | 'warning' | 'info' | 'ok' | 'accent' | 'add' | 'del' | 'hunk' | 'muted';

/** A run of text with one style. `tone` picks a colour; the glyph or word next to it always carries the meaning too. */
export interface Seg {
  text: string;
  tone?: Tone;
  bold?: boolean;
  inverse?: boolean;
}

export type Line = Seg[];

export function seg(text: string, tone?: Tone, extra: Omit<Seg, 'text' | 'tone'> = {}): Seg {
  return { text: sanitize(text), ...(tone ? { tone } : {}), ...extra };
}

export function plain(text: string): Line {
  return [seg(text)];
}

export function lineWidth(line: Line): number {
  return line.reduce((n, s) => n + stringWidth(s.text), 0);
}

export function lineText(line: Line): string {
  return line.map((s) => s.text).join('');
}

/** The line cut to `width` cells (an ellipsis marks the cut), keeping each segment's style. */
export function clip(line: Line, width: number): Line {
  if (lineWidth(line) <= width) return line;
  const out: Line = [];
  let used = 0;
  for (const s of line) {
    const w = stringWidth(s.text);
    if (used + w <= width - 1) {
      out.push(s);
      used += w;
      continue;
    }
    let text = '';
    for (const g of graphemes(s.text)) {
      const gw = graphemeWidth(g);
      if (used + gw > width - 1) break;
      text += g;
      used += gw;
    }
    out.push({ ...s, text: text + ELLIPSIS });
    return out;
  }
  return out;
}

/** The line cut or padded with spaces to exactly `width` cells; padding takes the last segment's inverse style. */
export function fitLine(line: Line, width: number): Line {
  const c = clip(line, width);
  const w = lineWidth(c);
  if (w >= width) return c;
  const last = c[c.length - 1];
  return [...c, { text: ' '.repeat(width - w), ...(last?.inverse ? { inverse: true } : {}) }];
}

/** Two columns side by side: left cut/padded to `leftWidth`, a gap, then the right column cut to `rightWidth`. */
export function sideBySide(left: Line[], right: Line[], leftWidth: number, rightWidth: number, height: number): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < height; i++) {
    out.push([...fitLine(left[i] ?? [], leftWidth), seg(' '), ...clip(right[i] ?? [], rightWidth)]);
  }
  return out;
}

/** Label-value rows aligned by display width (CJK labels are two cells per character). */
export function labelled(rows: [string, Line][], indent = 1): Line[] {
  const w = Math.max(0, ...rows.map(([l]) => stringWidth(l)));
  return rows.map(([l, v]) => [seg(' '.repeat(indent) + padEnd(l, w) + '  ', 'muted'), ...v]);
}
