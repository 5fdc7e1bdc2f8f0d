// Screen geometry shared by the reducer (paging, scroll) and the views (what fits).

export interface Size {
  cols: number;
  rows: number;
}

/** Below this the views cannot fit; a notice is shown instead. */
export const MIN_COLS = 60;
export const MIN_ROWS = 16;
/** From this width the findings list and the detail sit side by side. */
export const SPLIT_COLS = 120;
/** Lines kept visible above and below the cursor when a list scrolls. */
export const SCROLL_MARGIN = 2;

/**
 * Lines drawn: one fewer than the terminal has. Ink 6.8 clears the whole screen (and the scrollback) when a frame
 * is exactly as tall as the terminal, so the last row stays empty.
 */
export function frameRows(size: Size): number {
  return Math.max(1, size.rows - 1);
}

/** Lines between the title row and the hint row. */
export function bodyRows(size: Size): number {
  return Math.max(1, frameRows(size) - 2);
}

export function tooSmall(size: Size): boolean {
  return size.cols < MIN_COLS || size.rows < MIN_ROWS;
}

export function isSplit(size: Size): boolean {
  return size.cols >= SPLIT_COLS;
}

/**
 * Lines of the overview that are not table rows: two count lines, blank, column header; under the table a blank,
 * the legend (two lines), a blank, and at least two lines for the selected server's streams.
 */
export const OVERVIEW_CHROME = 10;

/** Visible rows of a list view. */
export function listRows(view: 'overview' | 'findings', size: Size): number {
  // The findings view keeps one line for the filter and position.
  return Math.max(1, view === 'findings' ? bodyRows(size) - 1 : bodyRows(size) - OVERVIEW_CHROME);
}

/** Width of the list column in the split layout (40%). */
export function splitLeft(size: Size): number {
  return Math.floor(size.cols * 0.4);
}

/** The scroll offset that keeps `cursor` visible with a margin, given the previous offset. */
export function follow(cursor: number, scroll: number, height: number, total: number, margin = SCROLL_MARGIN): number {
  const m = Math.min(margin, Math.floor((height - 1) / 2));
  let s = scroll;
  if (cursor - m < s) s = cursor - m;
  if (cursor + m >= s + height) s = cursor + m - height + 1;
  return Math.max(0, Math.min(s, Math.max(0, total - height)));
}
