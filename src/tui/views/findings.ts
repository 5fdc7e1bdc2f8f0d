// The findings list: grouped by file, server and location, windowed to the rows that fit, with the filter line on top.
import { listRows } from '../layout.js';
import { seg, type Line } from '../lines.js';
import { findingRows, visibleItems, type Row } from '../state.js';
import { fit, shortenPath, stringWidth } from '../width.js';
import { marker, severitySeg, type ViewContext } from './common.js';

export function findingsLines(ctx: ViewContext, width: number, height: number): Line[] {
  const { s, t } = ctx;
  const rows = findingRows(s);
  const out: Line[] = [];
  const shown = visibleItems(s).length;
  const countText = t('findings.count', { shown, total: s.snap.items.length });
  let status: string;
  if (s.mode === 'input' && s.field?.target === 'filter') status = `/ ${s.field.value}`;
  else if (s.filter) status = t('findings.filter', { filter: s.filter });
  else status = t('findings.filterHint');
  if (s.scope) {
    const server = s.snap.servers.find((x) => x.key === s.scope);
    if (server) status = `${t('findings.scope', { server: server.label })}  ${status}`;
  }
  const room = Math.max(1, width - stringWidth(countText) - 3);
  const editing = s.mode === 'input' && s.field?.target === 'filter';
  out.push([seg(' '), seg(fit(status, room), editing ? 'accent' : 'muted'), seg(' ' + countText, 'muted')]);
  if (rows.length === 0) {
    out.push([seg(' ' + t(s.snap.items.length ? 'findings.none' : 'findings.clean'), 'muted')]);
    return out;
  }
  const visible = Math.min(listRows('findings', s.size), height - 1);
  const first = Math.min(s.scroll.findings, Math.max(0, rows.length - visible));
  for (let i = first; i < Math.min(rows.length, first + visible); i++) {
    out.push(rowLine(ctx, rows[i]!, i === s.cursor.findings && s.view === 'findings', i === s.cursor.findings, width));
  }
  return out;
}

/** One list row. The cursor row has the `❯` marker; inverse video too when the list has the focus. */
function rowLine(ctx: ViewContext, r: Row, focused: boolean, current: boolean, width: number): Line {
  const indent = '  '.repeat(r.depth);
  const style = focused ? { inverse: true } : current ? { bold: true } : {};
  if (r.kind === 'group') {
    const glyph = r.folded ? '▸' : '▾';
    const label = r.level === 'file' ? shortenPath(r.label, Math.max(10, width - stringWidth(indent) - 12)) : r.level === 'server' ? `server ${r.label}` : r.label;
    return [marker(current), seg(`${indent}${glyph} ${label} (${r.count})`, r.level === 'file' ? 'accent' : undefined, { ...style, bold: true })];
  }
  const f = r.item.finding;
  const badge = f.fix && f.fix.edits.length ? ctx.t(f.fix.applicability === 'safe' ? 'badge.safe' : f.fix.applicability === 'unsafe' ? 'badge.unsafe' : 'badge.suggestion') : '';
  const badgeWidth = Math.max(stringWidth(ctx.t('badge.safe')), stringWidth(ctx.t('badge.unsafe'))) + 1;
  const sev = severitySeg(ctx, f.severity);
  const head = 2 + stringWidth(indent) + 9;
  // Wide enough for the message: rule id column, message, badge. Narrow (the split list): rule id and badge only.
  const withMessage = width - head - badgeWidth >= 44;
  const ruleWidth = withMessage ? Math.min(30, Math.max(14, Math.floor(width * 0.28))) : Math.max(6, width - head - (badge ? badgeWidth : 0) - 1);
  const line: Line = [
    marker(current),
    seg(indent, undefined, style),
    { ...sev, text: fit(sev.text, 8) + ' ', ...style },
    seg(fit(f.ruleId, ruleWidth) + ' ', withMessage ? 'muted' : undefined, style),
  ];
  if (withMessage) {
    const msgWidth = width - head - ruleWidth - 1 - (badge ? badgeWidth : 0);
    line.push(seg(fit(firstSentence(f.message), msgWidth), undefined, style));
  }
  if (badge) line.push(seg(' ' + fit(badge, badgeWidth - 1), f.fix!.applicability === 'safe' ? 'ok' : 'warning', style));
  return line;
}

/** The message up to its first sentence end (the list has one line per finding; the detail shows it all). */
function firstSentence(message: string): string {
  const m = /^(.+?[.;。；])(\s|$)/u.exec(message);
  return (m ? m[1]! : message).replace(/\s+/g, ' ');
}
