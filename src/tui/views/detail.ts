// The detail of one finding, in the order people reason: message, code, value in effect, stream reason, why, fix.
import type { DiffLine, Item } from '../data.js';
import { seg, type Line, type Tone } from '../lines.js';
import { sanitize, shortenPath, stringWidth, wrap } from '../width.js';
import { severitySeg, type ViewContext } from './common.js';

const DIFF_TONE: Record<DiffLine['kind'], Tone | undefined> = { file: 'muted', hunk: 'hunk', add: 'add', del: 'del', context: undefined };

export function diffLine(d: DiffLine, indent = ' '): Line {
  return [seg(indent), seg(d.text, DIFF_TONE[d.kind], d.kind === 'file' ? { bold: true } : {})];
}

function section(title: string): Line {
  return [seg(' ' + title, 'accent', { bold: true })];
}

function para(text: string, width: number, indent = 3, tone?: Tone): Line[] {
  return wrap(text, Math.max(10, width - indent - 1)).map((l) => [seg(' '.repeat(indent) + l, tone)]);
}

/** Every line of the detail (the view scrolls over them). */
export function detailLines(ctx: ViewContext, item: Item | null, width: number): Line[] {
  const { t, session } = ctx;
  if (!item) return [[seg(' ' + t('detail.nothing'), 'muted')]];
  const f = item.finding;
  const out: Line[] = [];
  const where = `${shortenPath(item.place.fileLabel, Math.max(20, width - 40))}:${f.span.line}:${f.span.column}`;
  out.push([seg(' '), severitySeg(ctx, f.severity), seg('  '), seg(f.ruleId, 'accent', { bold: true }), seg('  '), seg(where, 'muted')]);
  out.push(...para(f.message, width, 1));

  const lines = session.sourceLines(f.span.file);
  if (lines) {
    out.push([], section(t('detail.code')));
    out.push(...codeFrame(lines, f.span, width, f.severity));
  }

  const p = f.provenance;
  if (p) {
    out.push([], section(`${t('detail.value')}: ${p.directive}`));
    // [level, value, where, state]: every level nginx merges from, the one in effect marked.
    const rows: [string, string, string, 'effective' | 'overridden' | 'not-set'][] = [];
    const chain = item.place.chain;
    if (chain) {
      for (const c of chain) {
        rows.push([c.level, c.value ?? t('detail.notSet'), c.file ? `${shortenPath(session.displayPath(c.file), 40)}:${c.line}` : '', c.state]);
      }
    } else {
      for (const level of p.levels) {
        if (p.origin.kind === 'directive' && p.origin.level === level) {
          rows.push([level, p.value ?? '', `${shortenPath(session.displayPath(p.origin.span.file), 40)}:${p.origin.span.line}`, 'effective']);
          break;
        }
        rows.push([level, t('detail.notSet'), '', 'not-set']);
      }
    }
    if (p.origin.kind === 'default') rows.push([t('detail.default'), p.value ?? '', p.origin.note, 'effective']);
    const w0 = Math.max(...rows.map((r) => stringWidth(r[0])));
    const w1 = Math.max(...rows.map((r) => stringWidth(r[1])));
    for (const [level, value, where2, state] of rows) {
      const effective = state === 'effective';
      out.push([
        seg('   ' + level + ' '.repeat(w0 - stringWidth(level) + 2)),
        seg(value + ' '.repeat(w1 - stringWidth(value) + 2), effective ? 'ok' : 'muted', effective ? { bold: true } : {}),
        ...(state === 'not-set' ? [] : [seg(t(effective ? 'detail.effective' : 'detail.overridden') + ' ', effective ? 'ok' : 'muted')]),
        seg(where2, 'muted'),
      ]);
    }
  }

  if (f.stream?.length) {
    out.push([], section(t('detail.stream')));
    for (const r of f.stream) out.push(...para(`- ${r}`, width));
  }
  if (f.related.length) {
    out.push([], section(t('detail.related')));
    for (const r of f.related) {
      const at = `${shortenPath(session.displayPath(r.span.file), 40)}:${r.span.line}`;
      out.push(...para(`${at}  ${r.message}`, width));
    }
  }
  const rule = session.rule(f.ruleId);
  if (rule) {
    out.push([], section(t('detail.why')));
    out.push(...para(rule.why, width));
  }

  out.push([]);
  const fix = f.fix && f.fix.edits.length ? f.fix : null;
  if (!fix) {
    out.push([seg(' ' + t('detail.fix'), 'accent', { bold: true }), seg(' ' + t('detail.displayOnly'), 'muted')]);
    out.push(...para(t('detail.noFix'), width, 3, 'muted'));
    return out;
  }
  const safe = fix.applicability === 'safe';
  const kind = safe ? 'detail.fixSafe' : fix.applicability === 'unsafe' ? 'detail.fixUnsafe' : 'detail.fixSuggestion';
  out.push([seg(' ' + t('detail.fix'), 'accent', { bold: true }), seg(' ' + t(kind), safe ? 'ok' : 'warning', { bold: true }), seg(' ' + fix.title)]);
  if (!safe && rule) out.push(...para(rule.fix, width, 3, 'muted'));
  for (const d of session.previewFix(item) ?? []) out.push(diffLine(d, '   '));
  return out;
}

/** Two lines of context around the span's first line, with carets under the span. */
export function codeFrame(lines: string[], span: { line: number; column: number; endLine: number; endColumn: number }, width: number, tone: Tone): Line[] {
  const from = Math.max(1, span.line - 2);
  const to = Math.min(lines.length, span.line + 2);
  const gutter = String(to).length;
  const out: Line[] = [];
  for (let n = from; n <= to; n++) {
    const raw = (lines[n - 1] ?? '').replace(/\r$/, '');
    const text = sanitize(raw);
    const mark = n === span.line;
    out.push([seg(`  ${String(n).padStart(gutter)} | `, mark ? tone : 'muted', mark ? { bold: true } : {}), seg(text)]);
    if (mark) {
      const startCol = Math.max(0, span.column - 1);
      const endCol = span.endLine === span.line ? Math.max(startCol + 1, span.endColumn - 1) : raw.length;
      const pad = stringWidth(sanitize(raw.slice(0, startCol)));
      const carets = Math.max(1, stringWidth(sanitize(raw.slice(startCol, endCol))));
      out.push([seg(`  ${' '.repeat(gutter)} | `, 'muted'), seg(' '.repeat(pad)), seg('^'.repeat(Math.min(carets, Math.max(1, width - pad - gutter - 6))), tone, { bold: true })]);
    }
  }
  return out;
}
