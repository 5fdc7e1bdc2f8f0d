// The review session the TUI drives, on the pipeline's fix session: apply, undo, redo, write, and what to show.
import { localizeFinding, t, type Locale } from '../i18n/index.js';
import { tr } from './strings.js';
import {
  createFixSession, describeRun, fixPreview, loadRunInputs, PipelineError, resolveSettings, routeInRun, ruleDocs, runErrorReason, sourceText,
  type FixSession, type FixStep, type LintRun, type LoadedInputs, type PipelineOptions, type RunSettings,
} from '../pipeline/index.js';
import { displayPath } from '../reporters/common.js';
import type { Finding } from '../types.js';
import { diffLines, type DiffLine, type Item, type ReviewSession, type ServerRow, type Snapshot, type StagedFix, type StepResult, type WriteOutcome } from './data.js';
import { readinessMarks } from './readiness.js';

export interface ReviewOptions {
  /** Language of the findings, explanations and the TUI's words. */
  locale?: Locale;
  /** `--verify-with-nginx BIN`: run `BIN -t` on a copy of the fixed tree before each write. */
  verifyWith?: string | null;
  /** `--backup`: keep `<file>.bak` copies of what is replaced. */
  backup?: boolean;
}

/** A review session over inputs (settings resolved and the config applied as for a lint run). */
export function startReview(inputs: readonly string[], options: PipelineOptions & ReviewOptions = {}): ReviewSession {
  const settings = resolveSettings(inputs, options);
  return createReview(inputs, loadRunInputs(inputs, settings), options);
}

/** A review session over inputs already loaded (the CLI has loaded them to report input errors first). */
export function createReview(inputs: readonly string[], loaded: LoadedInputs, options: ReviewOptions = {}): ReviewSession {
  const locale = options.locale ?? 'en';
  const settings: RunSettings = loaded.settings;
  const show = (p: string): string => displayPath(p, settings.cwd);
  let fix: FixSession = createFixSession(loaded);
  /** Titles of the apply steps on the undo stack and on the redo stack. */
  let staged: StagedFix[] = [];
  let redoable: StagedFix[] = [];
  let raw = new Map<string, Finding>();
  let snap: Snapshot;
  let run: LintRun;
  const previews = new Map<string, DiffLine[] | null>();

  const rebuild = (): Snapshot => {
    run = fix.current();
    const layout = describeRun(run);
    const labels = new Map(layout.servers.map((s) => [s.key, s.label]));
    raw = new Map();
    previews.clear();
    const items: Item[] = run.findings.map((f, n) => {
      const id = `${n}:${f.ruleId}:${f.span.file}:${f.span.start}`;
      raw.set(id, f);
      const place = layout.places[n]!;
      return {
        id, finding: locale === 'en' ? f : localizeFinding(f, locale),
        place: { file: f.span.file, fileLabel: show(f.span.file), serverKey: place.serverKey, server: place.serverKey ? labels.get(place.serverKey)! : null, location: place.location, chain: place.chain },
      };
    });
    const perServer = new Map<string, Finding[]>();
    run.findings.forEach((f, n) => {
      for (const k of layout.places[n]!.serverKeys) perServer.set(k, [...(perServer.get(k) ?? []), f]);
    });
    const servers: ServerRow[] = layout.servers.map((s) => {
      const fs = perServer.get(s.key) ?? [];
      return {
        key: s.key, label: s.label, file: s.file, line: s.line, findings: fs.length,
        streams: s.streams.map((x) => ({ ...x, file: show(x.file) })), marks: readinessMarks(s.streams.length > 0, fs),
      };
    });
    // Lines added and removed per file, counted in the session's own diff (paths unchanged: `--- a/<path>`).
    const counts = new Map<string, { added: number; removed: number }>();
    let file: { added: number; removed: number } | null = null;
    for (const l of diffLines(fix.diff())) {
      if (l.kind === 'file' && l.text.startsWith('--- a/')) counts.set(l.text.slice(6), (file = { added: 0, removed: 0 }));
      else if (file && l.kind === 'add') file.added++;
      else if (file && l.kind === 'del') file.removed++;
    }
    const changed = fix.changes().map((c) => ({ file: c.path, fileLabel: show(c.path), ...(counts.get(c.path) ?? { added: 0, removed: 0 }) }));
    snap = {
      items, servers, streamLocations: run.summary.streamLocations, staged: [...staged], redo: redoable.length, changed,
      writable: fix.readOnly === null, verifyWith: options.verifyWith ?? null,
    };
    return snap;
  };

  rebuild();

  const stepResult = (step: FixStep, title: (applied: number) => string, ruleId: string): StepResult => {
    if (step.applied.length === 0) {
      const r = step.reverted[0];
      const why = r ? tr(locale, 'reason.reverted', { file: show(r.file), reason: t(locale, `cli.fix.reason.${r.reason}`) }) : tr(locale, 'reason.nothingApplied');
      return { ok: false, reason: why };
    }
    staged.push({ title: title(step.applied.length), ruleId, count: step.applied.length });
    redoable = [];
    return { ok: true, snapshot: rebuild(), applied: step.applied.length };
  };

  const fresh = (): void => {
    fix = createFixSession(loadRunInputs(inputs, settings));
    staged = [];
    redoable = [];
  };

  return {
    snapshot: () => snap,
    displayPath: show,
    sourceLines(file) {
      const text = sourceText(run, file);
      return text === null ? null : text.split('\n');
    },
    previewFix(item) {
      if (previews.has(item.id)) return previews.get(item.id)!;
      const f = raw.get(item.id);
      const text = f?.fix?.edits.length ? fixPreview(run, f, show) : '';
      const out = text ? diffLines(text) : null;
      previews.set(item.id, out);
      return out;
    },
    rule: (ruleId) => ruleDocs(ruleId, locale),
    apply(itemId) {
      const f = raw.get(itemId);
      if (!f?.fix) return { ok: false, reason: tr(locale, 'reason.noFix') };
      const title = snap.items.find((i) => i.id === itemId)?.finding.fix?.title ?? f.fix.title;
      return stepResult(fix.applyFix(f), () => title, f.ruleId);
    },
    applySafe(itemIds) {
      const safe = (f: Finding | undefined): f is Finding => f?.fix?.applicability === 'safe' && f.fix.edits.length > 0;
      const title = (count: number): string => tr(locale, 'reason.safeFixes', { count });
      if (!itemIds) return stepResult(fix.applyAll({ unsafe: false }), title, '');
      return stepResult(fix.applyFixes(itemIds.map((id) => raw.get(id)).filter(safe)), title, '');
    },
    undo() {
      const last = staged.pop();
      if (!last || !fix.undo()) return { ok: false, reason: tr(locale, 'reason.nothingToUndo') };
      redoable.push(last);
      return { ok: true, snapshot: rebuild(), applied: last.count };
    },
    redo() {
      const last = redoable.pop();
      if (!last || !fix.redo()) return { ok: false, reason: tr(locale, 'reason.nothingToRedo') };
      staged.push(last);
      return { ok: true, snapshot: rebuild(), applied: last.count };
    },
    reload() {
      try {
        fresh();
      } catch (e) {
        return { ok: false, reason: PipelineError.from(e).render(locale) };
      }
      return { ok: true, snapshot: rebuild(), applied: 0 };
    },
    pendingDiff: () => diffLines(fix.diff({ display: show })),
    async write(): Promise<WriteOutcome> {
      const verify = options.verifyWith ?? undefined;
      const outcome = fix.write({ ...(verify !== undefined ? { verify } : {}), ...(options.backup ? { backup: true } : {}) });
      switch (outcome.kind) {
        case 'written': {
          fresh();
          return { ok: true, snapshot: rebuild(), written: outcome.written, verify: verify !== undefined ? { ok: true, output: '' } : null };
        }
        case 'nothing':
          return { ok: false, reason: tr(locale, 'reason.noChanges'), detail: [], verify: null };
        case 'read-only':
          return { ok: false, reason: tr(locale, outcome.source === 'dump' ? 'reason.readOnlyDump' : 'reason.readOnlyStdin'), detail: [], verify: null };
        case 'rejected':
          return { ok: false, reason: tr(locale, 'reason.rejected', { bin: outcome.bin }), detail: outcome.output.split('\n').filter(Boolean).slice(-8), verify: { ok: false, output: outcome.output } };
        case 'unrunnable':
          return { ok: false, reason: t(locale, 'cli.fix.verifyUnrunnable', { bin: outcome.bin, reason: runErrorReason(outcome.cause, locale) }), detail: [], verify: { ok: false, output: outcome.cause.message } };
        case 'conflict':
          return { ok: false, reason: tr(locale, 'reason.conflict', { files: outcome.files.map(show).join(', ') }), detail: [], verify: null };
        case 'failed':
          return { ok: false, reason: outcome.message, detail: [], verify: null };
      }
    },
    savePatch(path) {
      try {
        return { ok: true, path: show(fix.savePatch(path, { display: show })) };
      } catch (e) {
        return { ok: false, reason: PipelineError.from(e).render(locale) };
      }
    },
    route: (host, uri) => routeInRun(run, host, uri, locale).replace(/\n$/, '').split('\n'),
    diskFindings: () => fix.initial.findings,
    exitCode: () => fix.initial.exitCode,
  };
}
