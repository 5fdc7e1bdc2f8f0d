// Plain-text report: findings grouped by file, each with a code frame, the value's origin, the stream reason and the fix.
import { findingRenderer, joinList, renderDefault, renderLevel, renderStream, t, type Locale, type MessageKey } from '../i18n/index.js';
import type { LintResult } from '../lint.js';
import { displayText, type SourceFile } from '../parser/source.js';
import { dataHasStream, type ChainStep, type Finding, type Provenance, type Severity, type Span } from '../types.js';
import { displayPath, sourceIndex, summarize, type ReportOptions } from './common.js';
import { collect, type Write } from './stream.js';
import { cellWidth, displayWidth } from '../util/display-width.js';
import { elideMiddle } from '../util/elide.js';
import { appendAll } from '../util/array.js';

export { displayPath } from './common.js';

export type TextOptions = ReportOptions;

type Style = Severity | 'dim' | 'bold' | 'under';

const SGR: Record<Style, [number, number]> = {
  error: [31, 39], warning: [33, 39], info: [36, 39], dim: [2, 22], bold: [1, 22], under: [4, 24],
};

/** Columns a tab advances to in code frames (the same expansion on the code and the underline keeps them aligned). */
const TAB = 4;
/** Widest code line shown before it is cut around the span. */
const MAX_WIDTH = 160;
/** Lines of a multi-line span shown before the rest is summarised. */
const MAX_LINES = 3;

/** The human report: findings grouped by file, each with its code frame and explanations, then a summary. */
export function formatText(result: LintResult, opts: TextOptions): string {
  return collect((write) => writeText(result, opts, write));
}

/** The text report written finding by finding. */
export function writeText(result: LintResult, opts: TextOptions, write: Write): void {
  const paint = (k: Style, s: string): string => (opts.color && s ? `\x1b[${SGR[k][0]}m${s}\x1b[${SGR[k][1]}m` : s);
  const sources = sourceIndex(result);
  const l = opts.locale ?? 'en';
  let out: string[] = [];
  let current: string | null = null;
  let currentSite: string | null = null;
  const siteOf = sitesByFile(result);
  // The words every finding repeats (severities, labels and their padding), made once per report.
  const words = new Map<string, string>();
  const severityWord = (s: Severity): string => {
    let w = words.get(s);
    if (w === undefined) words.set(s, (w = paint(s, t(l, `cli.severity.${s}`))));
    return w;
  };
  const width = labelWidth(l);
  // Labels are padded to a column by display width (a Chinese character takes two).
  const label = (key: MessageKey, text: string): string => {
    let head = words.get(key);
    if (head === undefined) {
      const name = t(l, key);
      words.set(key, (head = `    ${paint('dim', name)}${' '.repeat(width - displayWidth(name))}`));
    }
    return head + clean(text);
  };
  for (const f of orderBySite(result)) {
    const site = siteOf.get(f.span.file) ?? null;
    if (site !== null && site !== currentSite) {
      out.push(paint('bold', `== ${t(l, 'cli.label.site')} ${clean(site)} ==`));
      currentSite = site;
      current = null;
    }
    const file = displayPath(f.span.file, opts.cwd);
    if (file !== current) {
      out.push(paint('under', clean(file)));
      current = file;
    }
    out.push(`${clean(file)}:${f.span.line}:${f.span.column}  ${severityWord(f.severity)}  ${clean(f.message)}  ${paint('dim', f.ruleId)}`);
    const src = sources.get(f.span.file);
    if (src) appendAll(out, codeFrame(src, f.span, f.severity, paint, l));
    if (f.provenance) out.push(label('cli.label.value', describeProvenance(f.provenance, opts.cwd, l)));
    // The stream reason is said once: in the message when the rule puts it there, else on its own line. With the
    // reasons as data, `stream` (their rendering) need not be made to know there are some.
    const reasons = f.streamReasons;
    if ((reasons ? reasons.length > 0 : !!f.stream?.length) && !dataHasStream(f.data)) {
      const why = reasons ? renderStream(findingRenderer(l), reasons, f.streamConfidence) : joinList(l, f.stream!, 'semicolon');
      out.push(label('cli.label.stream', why));
    }
    if (f.chain?.length) out.push(label('cli.label.chain', chainText(f.chain, opts.cwd)));
    for (const r of f.related) out.push(label('cli.label.related', `${displayPath(r.span.file, opts.cwd)}:${r.span.line}:${r.span.column}  ${r.message}`));
    if (f.fix) out.push(label('cli.label.fix', t(l, f.fix.applicability === 'safe' ? 'cli.fix.hintSafe' : f.fix.applicability === 'unsafe' ? 'cli.fix.hintUnsafe' : 'cli.fix.hintSuggestion', { title: f.fix.title })));
    out.push('');
    // Each finding's lines go out as they are made; the last line break comes with the next piece.
    write(out.join('\n') + '\n');
    out = [];
  }
  out.push(...summaryLines(result, opts).map((line) => paint('bold', line)));
  write(out.join('\n') + '\n');
}

const LABELS = ['cli.label.value', 'cli.label.stream', 'cli.label.related', 'cli.label.chain', 'cli.label.fix'] as const;

/** Display columns of a label and the blanks after it: the widest label of the locale plus one (`related: `, `value:   `). */
function labelWidth(locale: Locale): number {
  return Math.max(...LABELS.map((k) => displayWidth(t(locale, k)))) + 1;
}

/** The site each file belongs to in the run's layout (the first that lists it), for files of any site. */
function sitesByFile(result: LintResult): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of result.sites ?? []) for (const f of s.files) if (!out.has(f)) out.set(f, s.site);
  return out;
}

/** `location / (gw.conf:20) -> try_files (gw.conf:24) -> location @ (gw.conf:30)`: each hop with where it is written. */
function chainText(chain: readonly ChainStep[], cwd: string): string {
  const at = (s: Span): string => `${displayPath(s.file, cwd)}:${s.line}`;
  return chain.map((step) => [
    ...step.via.map((v) => `${v.directive} (${at(v.span)})`),
    `${step.location}${step.span ? ` (${at(step.span)})` : ''}`,
  ].join(' -> ')).join(' -> ');
}

/** The config line of the summary: which file was applied, or that none was. */
function configLine(result: LintResult, opts: TextOptions): string[] {
  const c = result.config;
  if (!c) return [];
  const l = opts.locale ?? 'en';
  if (c.path === null) return [t(l, c.origin === 'disabled' ? 'cli.summary.configDisabled' : 'cli.summary.configNone')];
  return [t(l, c.origin === 'discovered' ? 'cli.summary.configFound' : 'cli.summary.config', { file: displayPath(c.path, opts.cwd) })];
}

function summaryLines(result: LintResult, opts: TextOptions): string[] {
  return [...countLines(result, opts), ...layoutLines(result, opts), ...configLine(result, opts)];
}

/** Findings of each site together (shared files first), in the usual order within a site. */
function orderBySite(result: LintResult): Finding[] {
  if (!result.sites?.length) return result.findings;
  const rank = new Map<string, number>();
  result.sites.forEach((s, k) => { for (const f of s.files) rank.set(f, k + 1); });
  return result.findings.map((f, k) => ({ f, k, r: rank.get(f.span.file) ?? 0 })).sort((a, b) => a.r - b.r || a.k - b.k).map((x) => x.f);
}

/** The preset in use, the context assumed for lone fragments, and readiness per site. */
function layoutLines(result: LintResult, opts: TextOptions): string[] {
  const l = opts.locale ?? 'en';
  const lines: string[] = [];
  if (result.preset) {
    lines.push(t(l, 'cli.summary.preset', { label: clean(result.preset.label), how: t(l, result.preset.detected ? 'cli.summary.presetHow.detected' : 'cli.summary.presetHow.chosen') }));
  }
  for (const m of result.models) {
    for (const r of m.contexts.roots) {
      if (!r.assumed || r.assumed.kind === 'http') continue;
      lines.push(t(l, 'cli.summary.assumed', {
        file: clean(displayPath(r.entry, opts.cwd)), block: t(l, `cli.summary.block.${r.assumed.kind}`), how: t(l, `cli.summary.assumedHow.${r.assumed.how}`),
      }));
    }
  }
  const sites = result.sites ?? [];
  let ready = 0;
  for (const s of sites) {
    const ok = s.streams > 0 && s.error === 0 && s.warning === 0;
    if (ok) ready++;
    const verdict = s.streams === 0 ? 'cli.summary.siteNoStreams' : ok ? 'cli.summary.siteReady' : 'cli.summary.siteNotReady';
    lines.push(t(l, 'cli.summary.site', { site: clean(s.site), streams: s.streams, errors: s.error, warnings: s.warning, verdict: t(l, verdict) }));
  }
  if (sites.length) lines.push(t(l, 'cli.summary.sites', { ready, total: sites.filter((s) => s.streams > 0).length }));
  return lines;
}

function countLines(result: LintResult, opts: TextOptions): string[] {
  const s = summarize(result);
  const l = opts.locale ?? 'en';
  // A result built without models (after --fix) cannot say how many stream locations there are.
  const streams = result.models.length ? t(l, 'cli.summary.streams', { count: s.streamLocations }) : '';
  const notes: string[] = [];
  if (s.suppressed) notes.push(t(l, 'cli.summary.suppressedInline', { count: s.suppressed }));
  if (s.ignored) notes.push(t(l, 'cli.summary.ignored', { count: s.ignored }));
  const hidden = opts.hidden;
  if (hidden && hidden.warning + hidden.info > 0) {
    const parts = [hidden.warning ? t(l, 'cli.count.warnings', { count: hidden.warning }) : '', hidden.info ? t(l, 'cli.count.infos', { count: hidden.info }) : ''];
    notes.push(t(l, 'cli.summary.quietHidden', { list: joinList(l, parts.filter(Boolean), 'and') }));
  }
  const tail = notes.length ? t(l, 'cli.summary.notes', { list: joinList(l, notes, 'semicolon') }) : '';
  const lines = [s.findings === 0
    ? t(l, 'cli.summary.none', { files: s.files, streams, notes: tail })
    : t(l, 'cli.summary.problems', { count: s.findings, errors: s.error, warnings: s.warning, infos: s.info, withFindings: s.filesWithFindings, files: s.files, streams, notes: tail })];
  const fixable = s.fixable.safe + s.fixable.unsafe;
  if (fixable) {
    const parts = [
      s.fixable.safe ? t(l, 'cli.summary.fixableSafe', { count: s.fixable.safe }) : '',
      s.fixable.unsafe ? t(l, 'cli.summary.fixableUnsafe', { count: s.fixable.unsafe }) : '',
    ];
    lines.push(t(l, 'cli.summary.fixable', { count: fixable, list: joinList(l, parts.filter(Boolean), 'comma') }));
  }
  return lines;
}

/**
 * `proxy_buffering on: nginx default, not set in http, server or this location /sse`, or
 * `proxy_buffering on: set in server (conf.d/app.conf:3)`; in Chinese `proxy_buffering on：在 server 中设置（conf.d/app.conf:3）`.
 */
export function describeProvenance(p: Provenance, cwd: string, locale: Locale = 'en'): string {
  const head = p.value === null ? p.directive : `${p.directive} ${p.value}`;
  const thisLevel = (level: string): string => renderLevel(findingRenderer(locale), { name: level, self: true });
  if (p.origin.kind === 'directive') {
    const level = p.levels[0] === p.origin.level ? thisLevel(p.origin.level) : p.origin.level;
    return t(locale, 'cli.provenance.set', { head, level, at: `${displayPath(p.origin.span.file, cwd)}:${p.origin.span.line}` });
  }
  const note = renderDefault(findingRenderer(locale), p.origin.basis);
  const all = [...p.levels].reverse().map((level, k, list) => (k === list.length - 1 ? thisLevel(level) : level));
  if (all.length === 0) return t(locale, 'cli.provenance.default', { head, note });
  // Outermost first here: name http, server and the innermost levels, and count the nesting between them.
  const cut = elideMiddle(all, 2, 3);
  const levels = cut.omitted ? [...cut.head, t(locale, 'cli.levels.omitted', { count: cut.omitted }), ...cut.tail] : cut.head;
  return t(locale, 'cli.provenance.defaultNotSet', { head, note, levels: joinList(locale, levels, 'or') });
}

/** One display cell group: a character (or a tab's share of spaces) and whether it lies under the span. */
interface Cell {
  s: string;
  w: number;
  marked: boolean;
  /** Where an empty span sits (zero width). */
  anchor?: boolean;
}

/** The span's line(s) with line numbers and a caret underline, tabs expanded the same way on both rows. */
export function codeFrame(src: SourceFile, span: Span, severity: Severity, paint: (k: Style, s: string) => string, locale: Locale = 'en'): string[] {
  let last = span.endLine;
  // A span that ends right after a newline does not reach into the next line.
  if (last > span.line && span.end === src.lineStarts[last - 1]) last--;
  const shown = Math.min(last, span.line + MAX_LINES - 1);
  const gutter = String(shown).length;
  const out: string[] = [];
  for (let line = span.line; line <= shown; line++) {
    const start = src.lineStarts[line - 1];
    if (start === undefined) break;
    const next = src.lineStarts[line];
    let end = next === undefined ? src.text.length : next - 1;
    if (end > start && src.text[end - 1] === '\r') end--;
    const from = Math.max(span.start, start) - start;
    const to = Math.min(Math.max(span.end, span.start), end) - start;
    const text = src.text.slice(start, end);
    let code: string;
    let pad = 0;
    let marks = 0;
    let seen = false;
    if (text.length <= MAX_WIDTH && PRINTABLE_ASCII.test(text)) {
      // One cell per character and nothing to cut: the cells' sums, without the cells.
      code = text.replace(/\s+$/, '');
      seen = from <= to;
      pad = from;
      marks = seen ? to - from : 0;
    } else {
      const win = windowCells(lineCells(src, text, from, to));
      code = win.map((c) => c.s).join('').replace(/\s+$/, '');
      for (const c of win) {
        if (c.marked || c.anchor) {
          seen = true;
          marks += c.w;
        } else if (!seen) pad += c.w;
      }
    }
    out.push(`  ${paint('dim', `${String(line).padStart(gutter)} |`)}${code ? ' ' + code : ''}`);
    // An empty span (an insertion point, the end of the file) still gets one caret.
    if (seen && marks === 0) marks = 1;
    if (marks > 0) out.push(`  ${paint('dim', `${' '.repeat(gutter)} |`)} ${' '.repeat(pad)}${paint(severity, '^'.repeat(marks))}`);
  }
  if (shown < last) out.push(`  ${paint('dim', `${' '.repeat(gutter)} |`)} ${paint('dim', t(locale, 'cli.frame.moreLines', { count: last - shown }))}`);
  return out;
}

function lineCells(src: SourceFile, text: string, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  let col = 0;
  const push = (segment: string, marked: boolean): void => {
    for (const ch of displayText(src, segment)) {
      if (ch === '\t') {
        const n = TAB - (col % TAB);
        for (let k = 0; k < n; k++) cells.push({ s: ' ', w: 1, marked });
        col += n;
        continue;
      }
      const cp = ch.codePointAt(0)!;
      const safe = isControl(cp) ? '\uFFFD' : ch;
      const w = cellWidth(cp);
      cells.push({ s: safe, w, marked });
      col += w;
    }
  };
  push(text.slice(0, from), false);
  if (from === to) cells.push({ s: '', w: 0, marked: false, anchor: true });
  push(text.slice(from, to), true);
  push(text.slice(to), false);
  return cells;
}

/** Text whose every character is one cell as it is: no tab, no control character, nothing outside ASCII. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Cuts a long line to MAX_WIDTH cells, keeping the start of the span in view. */
function windowCells(cells: Cell[]): Cell[] {
  const total = cells.reduce((n, c) => n + c.w, 0);
  if (total <= MAX_WIDTH) return cells;
  const firstMarked = cells.findIndex((c) => c.marked || c.anchor);
  let begin = 0;
  if (firstMarked > 0) {
    let before = 0;
    for (let k = 0; k < firstMarked; k++) before += cells[k]!.w;
    if (before > MAX_WIDTH / 2) {
      let skip = before - 40;
      while (skip > 0 && begin < firstMarked) skip -= cells[begin++]!.w;
    }
  }
  const out: Cell[] = begin > 0 ? [{ s: '…', w: 1, marked: false }] : [];
  let width = out.length;
  let k = begin;
  for (; k < cells.length && width + cells[k]!.w <= MAX_WIDTH - 1; k++) {
    out.push(cells[k]!);
    width += cells[k]!.w;
  }
  if (k < cells.length) out.push({ s: '…', w: 1, marked: cells[k]!.marked });
  return out;
}

function isControl(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
}

/** Text from a config (messages quote it) with control characters made harmless for a terminal. */
function clean(s: string): string {
  // Nearly every text has none: one scan to know.
  // eslint-disable-next-line no-control-regex
  if (!/[\x00-\x1f\x7f-\x9f]/.test(s)) return s;
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '\uFFFD').replace(/\n/g, ' ');
}
