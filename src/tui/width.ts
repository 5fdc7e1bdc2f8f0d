// Cutting, padding and wrapping text by terminal cells (the widths come from src/util/display-width.ts).
import { displayWidth, graphemes, graphemeWidth } from '../util/display-width.js';

export { graphemes, graphemeWidth } from '../util/display-width.js';

/** Display width of a string without escape sequences. */
export const stringWidth = displayWidth;

/** Control characters (from a hostile config) made visible and harmless: a terminal must never receive them raw. */
export function sanitize(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\t/g, '    ').replace(/[\x00-\x1f\x7f-\x9f]/g, '\ufffd');
}

/** Ellipsis that is one cell wide in every locale (the usual "…" is East Asian ambiguous). */
export const ELLIPSIS = '⋯';

/** At most `width` cells of `s`, cut at a grapheme boundary with an ellipsis when it is longer. */
export function truncateEnd(s: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(s) <= width) return s;
  let out = '';
  let used = 0;
  for (const g of graphemes(s)) {
    const w = graphemeWidth(g);
    if (used + w > width - 1) break;
    out += g;
    used += w;
  }
  return out + ELLIPSIS;
}

/** At most `width` cells of `s`, keeping its end (for paths: the file name matters most). */
export function truncateStart(s: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(s) <= width) return s;
  const gs = graphemes(s);
  let out = '';
  let used = 0;
  for (let i = gs.length - 1; i >= 0; i--) {
    const w = graphemeWidth(gs[i]!);
    if (used + w > width - 1) break;
    out = gs[i]! + out;
    used += w;
  }
  return ELLIPSIS + out;
}

/**
 * A path shortened from the left to `width` cells, cut at a directory boundary when one fits:
 * `/etc/nginx/sites-enabled/app.conf` -> `⋯/sites-enabled/app.conf`.
 */
export function shortenPath(p: string, width: number): string {
  if (stringWidth(p) <= width) return p;
  const parts = p.split('/');
  for (let i = 1; i < parts.length; i++) {
    const tail = ELLIPSIS + '/' + parts.slice(i).join('/');
    if (stringWidth(tail) <= width) return tail;
  }
  return truncateStart(p, width);
}

/** `s` padded with spaces to `width` cells (never cut). */
export function padEnd(s: string, width: number): string {
  const w = stringWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

/** `s` cut or padded to exactly `width` cells. */
export function fit(s: string, width: number): string {
  return padEnd(truncateEnd(s, width), width);
}

/**
 * Words wrapped to lines of at most `width` cells. CJK text has no spaces, so a line may break between any two
 * wide characters; a word longer than the line is cut by cells.
 */
export function wrap(text: string, width: number): string[] {
  if (width <= 0) return [];
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    let used = 0;
    const flush = (): void => {
      out.push(line.replace(/\s+$/, ''));
      line = '';
      used = 0;
    };
    // Tokens: runs of non-space ASCII-ish text, single wide characters, and spaces.
    const tokens = para.match(/\s+|[^\s\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]+|./gsu) ?? [];
    for (const tok of tokens) {
      const w = stringWidth(tok);
      if (/^\s+$/.test(tok)) {
        if (used > 0 && used + 1 <= width) {
          line += ' ';
          used += 1;
        }
        continue;
      }
      if (used + w > width && used > 0) flush();
      if (w > width) {
        for (const g of graphemes(tok)) {
          const gw = graphemeWidth(g);
          if (used + gw > width) flush();
          line += g;
          used += gw;
        }
        continue;
      }
      line += tok;
      used += w;
    }
    flush();
  }
  return out;
}
