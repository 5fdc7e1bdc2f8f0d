// A whole frame: title row, the current view (or a prompt), and the key hints; never wider or taller than allowed.
import type { Locale } from '../../i18n/index.js';
import type { ReviewSession } from '../data.js';
import { KEYMAP, showKey } from '../keys.js';
import { bodyRows, frameRows, isSplit, MIN_COLS, MIN_ROWS, splitLeft, tooSmall } from '../layout.js';
import { clip, lineWidth, seg, sideBySide, type Line } from '../lines.js';
import { cursorItem, detailItem, findingRows, type Metrics, type State } from '../state.js';
import { shortenPath, stringWidth, truncateEnd, truncateStart } from '../width.js';
import { viewContext, type ViewContext } from './common.js';
import { detailLines } from './detail.js';
import { findingsLines } from './findings.js';
import { overviewLines } from './overview.js';
import { diffViewLines, helpLines, modalLines, routeLines } from './panels.js';

export interface Frame {
  lines: Line[];
  metrics: Metrics;
}

export function renderFrame(s: State, session: ReviewSession, locale: Locale): Frame {
  const ctx = viewContext(s, session, locale);
  const { cols } = s.size;
  const metrics: Metrics = { view: s.view, detail: 0, diff: 0, help: 0, route: 0 };
  if (tooSmall(s.size)) {
    const text = ctx.t('tooSmall', { cols: MIN_COLS, rows: MIN_ROWS, haveCols: cols, haveRows: s.size.rows });
    return { lines: [[seg(truncateEnd(text, Math.max(1, cols - 1)), 'warning')]], metrics };
  }
  const height = bodyRows(s.size);
  let body: Line[];
  if (s.modal && s.mode === 'confirm') {
    body = modalLines(ctx, cols);
  } else {
    body = viewBody(ctx, height, metrics);
  }
  const lines = [titleLine(ctx), ...pad(body, height), hintLine(ctx)].map((l) => clip(l, cols));
  return { lines: lines.slice(0, frameRows(s.size)), metrics };
}

function pad(body: Line[], height: number): Line[] {
  const out = body.slice(0, height);
  while (out.length < height) out.push([]);
  return out;
}

/** A scrolled window of a long view; records its length so keys can scroll it. */
function windowed(all: Line[], scroll: number, height: number): Line[] {
  const first = Math.max(0, Math.min(scroll, all.length - height));
  return all.slice(first, first + height);
}

function viewBody(ctx: ViewContext, height: number, metrics: Metrics): Line[] {
  const { s } = ctx;
  const cols = s.size.cols;
  switch (s.view) {
    case 'overview':
      return overviewLines(ctx, height);
    case 'findings':
    case 'detail': {
      if (isSplit(s.size)) {
        const left = splitLeft(s.size);
        const right = cols - left - 1;
        const list = findingsLines(ctx, left, height);
        const item = s.view === 'detail' ? detailItem(s) : cursorItem(s);
        const all = detailLines(ctx, item, right);
        metrics.detail = all.length;
        const detail = windowed(all, s.view === 'detail' ? s.scroll.detail : 0, height);
        return sideBySide(list, detail, left, right, height);
      }
      if (s.view === 'findings') return findingsLines(ctx, cols, height);
      const all = detailLines(ctx, detailItem(s), cols);
      metrics.detail = all.length;
      return windowed(all, s.scroll.detail, height);
    }
    case 'diff': {
      const all = diffViewLines(ctx);
      metrics.diff = all.length;
      return windowed(all, s.scroll.diff, height);
    }
    case 'help': {
      const all = helpLines(ctx, cols);
      metrics.help = all.length;
      return windowed(all, s.scroll.help, height);
    }
    case 'route': {
      const all = routeLines(ctx, cols);
      metrics.route = all.length;
      // The two fields stay on top; the answer scrolls under them.
      return [...all.slice(0, 3), ...windowed(all.slice(3), s.scroll.route, height - 3)];
    }
  }
}

/** `sse-lint › Findings › conf.d/app.conf › a.example.com:443 › location /events     3/41  2 staged` */
function titleLine(ctx: ViewContext): Line {
  const { s, t } = ctx;
  const head = ` ${t('app.name')} › ${t(`view.${s.view}`)}`;
  const crumbs: string[] = [];
  let position = '';
  if (s.view === 'findings' || s.view === 'detail') {
    const item = s.view === 'detail' ? detailItem(s) : cursorItem(s);
    if (item) {
      crumbs.push(shortenPath(item.place.fileLabel, 32));
      if (item.place.server) crumbs.push(item.place.server);
      if (item.place.location) crumbs.push(item.place.location);
      const rows = findingRows(s).filter((r) => r.kind === 'item');
      const at = rows.findIndex((r) => r.kind === 'item' && r.item.id === item.id);
      position = t('title.position', { at: at + 1, total: rows.length });
    }
  } else if (s.view === 'overview' && s.snap.servers.length) {
    position = t('title.position', { at: s.cursor.overview + 1, total: s.snap.servers.length });
  }
  const right = [position, s.snap.staged.length ? t('title.staged', { count: s.snap.staged.reduce((n, x) => n + x.count, 0) }) : ''].filter(Boolean).join('  ');
  // The view name always shows; the crumbs give way from their left end.
  const room = s.size.cols - stringWidth(head) - stringWidth(right) - 2;
  const tail = crumbs.length && room > 8 ? ` › ${truncateStart(crumbs.join(' › '), room - 3)}` : '';
  const left = head + tail;
  const gap = Math.max(1, s.size.cols - stringWidth(left) - stringWidth(right) - 1);
  return [seg(head, 'accent', { bold: true }), seg(tail, 'accent'), seg(' '.repeat(gap)), seg(right, s.snap.staged.length ? 'warning' : 'muted')];
}

/** The last row: a toast when there is one, else the keys that act here (fewer when narrow; ? and q always). */
function hintLine(ctx: ViewContext): Line {
  const { s, t } = ctx;
  const cols = s.size.cols;
  if (s.pending) return [seg(' ' + t('toast.working'), 'muted')];
  if (s.toast) return [seg(' ' + t(s.toast.key, s.toast.data), s.toast.tone, { bold: true })];
  if (s.mode === 'input' && s.field) {
    if (s.field.target === 'patch') {
      const prompt = t('modal.patch.prompt');
      const v = s.field.value;
      return [seg(' ' + prompt, 'warning', { bold: true }), seg(v), seg(' ', 'accent', { inverse: true })];
    }
    return [seg(' ' + t(s.field.target === 'filter' ? 'field.keys' : 'field.routeKeys'), 'muted')];
  }
  if (s.mode === 'confirm') return [];
  const items = KEYMAP.filter((b) => b.hint?.includes(s.view)).map((b) => ({ id: b.id, segs: [seg(showKey(b.keys[0]!), 'accent', { bold: true }), seg(' ' + t(`key.${b.id}`) + '  ', 'muted')] }));
  const keep = new Set(['help', 'quit']);
  const line = (): Line => [seg(' '), ...items.flatMap((i) => i.segs)];
  while (lineWidth(line()) > cols && items.some((i) => !keep.has(i.id))) {
    let k = items.length - 1;
    while (k >= 0 && keep.has(items[k]!.id)) k--;
    items.splice(k, 1);
  }
  return line();
}
