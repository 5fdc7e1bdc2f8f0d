// The overview: counts by severity and the SSE readiness table, one row per server, one mark per check.
import { CHECKS, type Mark } from '../data.js';
import { listRows } from '../layout.js';
import { seg, type Line, type Seg } from '../lines.js';
import { fit, padEnd, shortenPath, stringWidth } from '../width.js';
import { marker, type ViewContext } from './common.js';

const CELL = 6;
const STREAMS = 8;

/** A readiness mark: a glyph that differs in shape for each state, coloured too. */
export const MARK_GLYPH: Record<Mark, [string, Seg['tone']]> = {
  ok: ['✔', 'ok'], error: ['✘', 'error'], warning: ['!', 'warning'], info: ['i', 'info'], na: ['-', 'muted'],
};

export function overviewLines(ctx: ViewContext, height: number): Line[] {
  const { s, t } = ctx;
  const cols = s.size.cols;
  const snap = s.snap;
  const count = (sev: string): number => snap.items.filter((i) => i.finding.severity === sev).length;
  // Fixes that can be applied; suggestions are shown in the detail but never applied.
  const fixes = snap.items.filter((i) => i.finding.fix && i.finding.fix.edits.length > 0 && i.finding.fix.applicability !== 'suggestion');
  const out: Line[] = [];
  out.push([seg(' '), seg(t('overview.counts', {
    errors: count('error'), warnings: count('warning'), infos: count('info'), fixes: fixes.length,
    safe: fixes.filter((i) => i.finding.fix!.applicability === 'safe').length,
  }))]);
  out.push([seg(' ' + t('overview.streamCount', { streams: snap.streamLocations, servers: snap.servers.length }), 'muted')]);
  out.push([]);
  if (snap.servers.length === 0) {
    out.push([seg(' ' + t('overview.noServers'), 'muted')]);
    return out;
  }
  const nameWidth = Math.max(12, Math.min(48, cols - 2 - STREAMS - CHECKS.length * CELL - 1));
  const header: Line = [seg('  '), seg(fit(t('overview.server'), nameWidth), 'muted', { bold: true }), seg(padStart(t('overview.streams'), STREAMS - 2) + '  ', 'muted', { bold: true })];
  for (const c of CHECKS) header.push(seg(padEnd(t(`overview.col.${c}`), CELL), 'muted', { bold: true }));
  out.push(header);
  const rows = listRows('overview', s.size);
  const first = s.scroll.overview;
  for (let i = first; i < Math.min(snap.servers.length, first + rows); i++) {
    const server = snap.servers[i]!;
    const selected = i === s.cursor.overview;
    const style = selected ? { inverse: true } : {};
    const line: Line = [marker(selected), seg(fit(server.label, nameWidth), undefined, style)];
    line.push(seg(padStart(String(server.streams.length), STREAMS - 2) + '  ', server.streams.length ? undefined : 'muted'));
    for (const c of CHECKS) {
      const [glyph, tone] = MARK_GLYPH[server.marks[c]];
      line.push(seg(padEnd(glyph, CELL), tone, server.marks[c] === 'error' ? { bold: true } : {}));
    }
    out.push(line);
  }
  out.push([]);
  out.push([seg(' ' + t('overview.legend'), 'muted')]);
  out.push([seg(' ' + t('overview.columns'), 'muted')]);
  out.push([]);
  const sel = snap.servers[s.cursor.overview];
  if (sel) {
    if (sel.streams.length === 0) out.push([seg(' ' + t('overview.noStreams', { server: sel.label }))]);
    else {
      out.push([seg(' ' + t('overview.streamsOf', { server: sel.label }), undefined, { bold: true })]);
      const room = height - out.length;
      for (const x of sel.streams.slice(0, Math.max(1, room))) {
        out.push([seg('   ' + x.path), seg(`  ${shortenPath(x.file, Math.max(20, cols - stringWidth(x.path) - 12))}:${x.line}`, 'muted')]);
      }
    }
  }
  return out.slice(0, height);
}

function padStart(s: string, width: number): string {
  const w = stringWidth(s);
  return w >= width ? s : ' '.repeat(width - w) + s;
}
