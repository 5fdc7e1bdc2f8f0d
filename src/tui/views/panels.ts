// The pending diff, the help generated from the key map, the route explorer and the prompts.
import { KEYMAP, showKey, type View } from '../keys.js';
import { seg, type Line } from '../lines.js';
import { detailItem } from '../state.js';
import { padEnd, sanitize, stringWidth, truncateEnd, wrap } from '../width.js';
import type { ViewContext } from './common.js';
import { diffLine } from './detail.js';

export function diffViewLines(ctx: ViewContext): Line[] {
  const d = ctx.session.pendingDiff();
  if (d.length === 0) return [[seg(' ' + ctx.t('diff.empty'), 'muted')]];
  return d.map((x) => diffLine(x));
}

const HELP_VIEWS: View[] = ['overview', 'findings', 'detail', 'diff', 'route'];

/** Help from the key map itself, so it cannot drift from what the keys do. */
export function helpLines(ctx: ViewContext, width: number): Line[] {
  const { t } = ctx;
  const out: Line[] = [];
  const rows = KEYMAP.map((b) => ({ keys: b.keys.map(showKey).join(' '), b }));
  const kw = Math.min(22, Math.max(...rows.map((r) => stringWidth(r.keys))));
  for (const { keys, b } of rows) {
    const where = b.views && b.views.length < HELP_VIEWS.length ? ` (${b.views.map((v) => t(`view.${v}`)).join(', ')})` : '';
    const text = wrap(t(`help.${b.id}`) + where, Math.max(20, width - kw - 5));
    text.forEach((l, i) => out.push([seg(' ' + padEnd(i === 0 ? keys : '', kw) + '  ', 'accent', { bold: true }), seg(l)]));
  }
  return out;
}

export function routeLines(ctx: ViewContext, width: number): Line[] {
  const { s, t } = ctx;
  const field = (target: 'host' | 'uri', label: string, value: string): Line => {
    const active = s.mode === 'input' && s.field?.target === target;
    const v = active ? s.field!.value : value;
    const at = active ? s.field!.at : -1;
    const line: Line = [seg(active ? '❯ ' : '  ', 'accent', { bold: true }), seg(padEnd(label, 6) + ' ', 'muted')];
    if (at < 0) return [...line, seg(v || ' ', undefined, { bold: true })];
    // The text cursor is an inverse cell.
    const before = v.slice(0, at);
    const cur = [...v.slice(at)][0] ?? ' ';
    const after = v.slice(at + (cur === ' ' && at >= v.length ? 0 : cur.length));
    return [...line, seg(before), seg(cur, 'accent', { inverse: true }), seg(after)];
  };
  const out: Line[] = [
    field('host', t('route.host'), s.route.host),
    field('uri', t('route.uri'), s.route.uri),
    [],
  ];
  if (!s.route.lines) {
    out.push([seg(' ' + t('route.prompt'), 'muted')]);
    return out;
  }
  for (const l of s.route.lines) {
    const indent = /^\s*/.exec(l)![0].length;
    wrap(sanitize(l.trim()), Math.max(10, width - indent - 2)).forEach((w, i) => out.push([seg(' '.repeat(indent + 1 + (i ? 2 : 0)) + w)]));
  }
  return out;
}

/** A prompt, drawn in place of the body: what is asked, what it affects, and the only keys that answer it. */
export function modalLines(ctx: ViewContext, width: number): Line[] {
  const { s, t, session } = ctx;
  const m = s.modal;
  if (!m) return [];
  const out: Line[] = [[]];
  const title = (text: string, tone: 'warning' | 'error' | 'accent' = 'accent'): void => {
    out.push([seg(' ' + truncateEnd(text, width - 2), tone, { bold: true })], []);
  };
  const para = (text: string, tone?: 'muted'): void => {
    for (const l of wrap(text, width - 4)) out.push([seg('   ' + l, tone)]);
  };
  const keys = (key: Parameters<typeof t>[0]): void => {
    out.push([], [seg(' ' + t(key), 'accent', { bold: true })]);
  };
  switch (m.kind) {
    case 'unsafe': {
      const item = s.snap.items.find((i) => i.id === m.itemId) ?? detailItem(s);
      title(t('modal.unsafe.title'), 'warning');
      if (item?.finding.fix) {
        out.push([seg('   ' + item.finding.fix.title, undefined, { bold: true })]);
        const rule = session.rule(item.finding.ruleId);
        if (rule) {
          out.push([]);
          out.push([seg('   ' + t('modal.unsafe.changes'), 'muted')]);
          para(rule.fix);
        }
        out.push([]);
        for (const d of session.previewFix(item) ?? []) out.push(diffLine(d, '   '));
      }
      keys('modal.unsafe.keys');
      break;
    }
    case 'applySafe':
      title(t('modal.applySafe.title', { count: m.count }));
      para(t('modal.applySafe.body'));
      keys('modal.applySafe.keys');
      break;
    case 'write': {
      title(t('modal.write.title', { count: s.snap.changed.length }));
      for (const c of s.snap.changed) {
        out.push([seg('   '), seg(`+${c.added}`, 'add'), seg(' '), seg(`-${c.removed}`, 'del'), seg('  ' + c.fileLabel)]);
      }
      if (s.snap.verifyWith) {
        out.push([]);
        para(t('modal.write.verify', { bin: s.snap.verifyWith }), 'muted');
      }
      keys('modal.write.keys');
      break;
    }
    case 'quit':
      title(t('modal.quit.title', { count: s.snap.changed.length }), 'warning');
      for (const c of s.snap.changed) out.push([seg('   ' + c.fileLabel)]);
      keys(s.snap.writable ? 'modal.quit.keys' : 'modal.quit.keysDump');
      break;
    case 'reload':
      title(t('modal.reload.title'), 'warning');
      keys('modal.reload.keys');
      break;
    case 'message':
      title(t(m.title), m.tone === 'error' ? 'error' : 'accent');
      for (const l of m.lines) for (const w of wrap(sanitize(l), width - 4)) out.push([seg('   ' + w)]);
      keys('modal.message.keys');
      break;
  }
  return out;
}
