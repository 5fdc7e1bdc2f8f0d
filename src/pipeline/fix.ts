// Fix sessions: plan the fixes, apply them in memory (all at once or one by one, with undo), re-lint, then write.
import * as nodePath from 'node:path';
import { fixAllowed, fixInMemory, overlayTexts, type AppliedFix, type RevertReason } from '../fix/apply.js';
import { unifiedDiff } from '../fix/diff.js';
import { applyEdits, editsOverlap } from '../fix/fixer.js';
import { verifyWithNginx } from '../fix/verify.js';
import { writeAll, type PlannedWrite } from '../fix/write.js';
import { encodeSource, type SourceFile } from '../parser/source.js';
import type { Finding, TextEdit } from '../types.js';
import { withSignalsHeld, writeFileAtomic } from '../util/atomic-write.js';
import { writeError } from './errors.js';
import { lintLoaded, lintTreeWithSettings, loadRunInputs, reloadTree, reportedFilter, type LintRun, type LoadedInputs } from './run.js';
import { resolveSettings, type PipelineOptions } from './settings.js';
import { appendAll } from '../util/array.js';

export type { AppliedFix } from '../fix/apply.js';

type Texts = Map<string, { text: string; source: SourceFile }>;

/** A file the session has changed in memory: its text as read and as it is now. */
export interface FileChange {
  path: string;
  before: string;
  after: string;
}

/** What one apply step did. */
export interface FixStep {
  applied: AppliedFix[];
  /** Fixes undone because the edited file no longer parsed. */
  reverted: { file: string; ruleIds: string[]; reason: RevertReason }[];
  /** False when fixable findings were still left after the last pass (the loop stopped at its limit). */
  converged: boolean;
  passes: number;
}

/** How a write ended. Nothing is written unless `kind` is `written`. */
export type WriteOutcome =
  | { kind: 'written'; written: string[]; backups: string[] }
  | { kind: 'nothing' }
  | { kind: 'read-only'; source: 'dump' | 'stdin' }
  | { kind: 'rejected'; bin: string; output: string }
  /** The --verify-with-nginx binary could not be run (missing, not executable, timed out): nothing was written. */
  | { kind: 'unrunnable'; bin: string; cause: Error }
  | { kind: 'conflict'; files: string[] }
  | { kind: 'failed'; message: string };

export interface WriteRequest {
  /** Keep each replaced file as `<file>.bak`. */
  backup?: boolean;
  /** Run `BIN -t` on a copy of the fixed tree first; nothing is written when it fails. */
  verify?: string;
}

export interface FixSession {
  /** The run before any fix (the files as read). */
  readonly initial: LintRun;
  /** The run over the texts as they are now in memory: findings and code frames match the fixed text. */
  current(): LintRun;
  /** Applies every allowed fix, pass after pass, until nothing more applies (at most `maxPasses`). */
  applyAll(options?: { unsafe?: boolean; rules?: string[]; maxPasses?: number }): FixStep;
  /** Applies one finding's fix (a finding of `current()`); undone at once when it would break the file. */
  applyFix(finding: Finding): FixStep;
  /**
   * Applies the fixes of several findings of `current()` as one step (one undo takes it back). A fix whose edits
   * overlap one taken before it waits (it is still there after the re-lint); a file the step would break keeps
   * its text and its fixes are reported as reverted.
   */
  applyFixes(findings: readonly Finding[]): FixStep;
  /** Takes back the last apply step; false when there is none. */
  undo(): boolean;
  /** Applies again the step the last undo took back; false when there is none (any new apply clears them). */
  redo(): boolean;
  /** Files changed in memory, sorted by path. */
  changes(): FileChange[];
  /** The pending change as a unified diff (paths shown relative to `cwd`). */
  diff(options?: { color?: boolean; display?: (path: string) => string }): string;
  /**
   * The suggestions among the current findings (fixes that need a human choice), each as the unified diff of its
   * edits applied to the text as it is now. Never applied by the session.
   */
  suggestions(options?: { color?: boolean; display?: (path: string) => string }): { finding: Finding; diff: string }[];
  /** Null when the inputs can be written; else why not (an `nginx -T` dump or standard input). */
  readonly readOnly: 'dump' | 'stdin' | null;
  /** Writes the pending changes all or nothing through the atomic writer. */
  write(request?: WriteRequest): WriteOutcome;
  /**
   * Saves the pending diff as a patch file (atomically), for inputs that cannot be written back (a dump); returns
   * the path written. Throws PipelineError with a one-line reason when it cannot.
   */
  savePatch(file: string, options?: { display?: (path: string) => string }): string;
}

/** Starts a fix session over inputs (settings resolved and the config applied as for a lint run). */
export function startFixSession(inputs: readonly string[], options: PipelineOptions = {}): FixSession {
  const settings = resolveSettings(inputs, options);
  return createFixSession(loadRunInputs(inputs, settings));
}

/** A fix session over inputs already loaded. */
export function createFixSession(loaded: LoadedInputs): FixSession {
  const { settings } = loaded;
  const initial = lintLoaded(loaded);
  // Original text of every file, from the first load.
  const originals = new Map<string, SourceFile>();
  for (const t of loaded.trees) for (const [p, parsed] of t.files) if (!originals.has(p)) originals.set(p, parsed.file);
  const states: { texts: Texts; run: LintRun | null }[] = [{ texts: new Map(), run: initial }];
  const top = (): { texts: Texts; run: LintRun | null } => states[states.length - 1]!;

  const runFor = (texts: Texts): LintRun => {
    const trees = loaded.trees.map((t) => reloadTree(t, overlayTexts(t.fs, texts)));
    return lintLoaded({ settings, trees, ...(loaded.focus ? { focus: loaded.focus } : {}) });
  };
  const current = (): LintRun => {
    const s = top();
    if (!s.run) s.run = runFor(s.texts);
    return s.run;
  };
  /** Steps taken back by undo, most recent last. */
  let undone: { texts: Texts; run: LintRun | null }[] = [];
  const push = (texts: Texts, run: LintRun | null = null): void => {
    states.push({ texts, run });
    undone = [];
  };

  const readOnlyTree = loaded.trees.find((t) => t.source !== 'files');
  const readOnly = readOnlyTree ? (readOnlyTree.source as 'dump' | 'stdin') : null;

  return {
    initial,
    current,
    readOnly,
    applyAll(options = {}) {
      const base = top().texts;
      const next: Texts = new Map(base);
      const step: FixStep = { applied: [], reverted: [], converged: true, passes: 0 };
      const touched = new Set<string>();
      // Only the findings the run reports are fixed: with --in-context those of the files named, with a baseline
      // the new ones (a known finding is neither proposed nor written).
      const reported = reportedFilter(loaded);
      for (const tree of loaded.trees) {
        const fs = overlayTexts(tree.fs, base);
        const outcome = fixInMemory(fs, (f) => {
          const t = reloadTree(tree, f);
          return { trees: [t], findings: reported(lintTreeWithSettings(t, settings).findings) };
        }, { unsafe: !!options.unsafe, ...(options.rules ? { rules: options.rules } : {}), ...(options.maxPasses ? { maxPasses: options.maxPasses } : {}) });
        // A file reached from two inputs is fixed once, by the first input that reaches it.
        for (const [p, c] of outcome.changed) {
          if (touched.has(p)) continue;
          touched.add(p);
          next.set(p, { text: c.after, source: originals.get(p) ?? c.source });
        }
        appendAll(step.applied, outcome.applied);
        appendAll(step.reverted, outcome.reverted);
        step.converged &&= outcome.converged;
        step.passes = Math.max(step.passes, outcome.passes);
      }
      if (step.applied.length) push(next);
      return step;
    },
    applyFix(finding) {
      const step: FixStep = { applied: [], reverted: [], converged: true, passes: 1 };
      if (!finding.fix || !fixAllowed(finding, { unsafe: true })) return step;
      const run = current();
      const sources = new Map<string, { text: string; source: SourceFile; hadErrors: boolean }>();
      for (const t of run.trees) for (const [p, parsed] of t.files) if (!sources.has(p)) sources.set(p, { text: parsed.file.text, source: parsed.file, hadErrors: parsed.errors.length > 0 });
      const byFile = new Map<string, TextEdit[]>();
      for (const e of finding.fix.edits) {
        if (!sources.has(e.file)) return step;
        byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
      }
      const next: Texts = new Map(top().texts);
      for (const [p, edits] of byFile) {
        const s = sources.get(p)!;
        next.set(p, { text: applyEdits(s.text, edits), source: originals.get(p) ?? s.source });
      }
      const after = runFor(next);
      const broken = [...byFile.keys()].filter((p) => !sources.get(p)!.hadErrors && after.trees.some((t) => (t.files.get(p)?.errors.length ?? 0) > 0));
      if (broken.length) {
        step.reverted.push({ file: broken[0]!, ruleIds: [finding.ruleId], reason: 'unparsable' });
        return step;
      }
      step.applied.push({ ruleId: finding.ruleId, title: finding.fix.title, file: finding.span.file, line: finding.span.line, pass: 1 });
      push(next, after);
      return step;
    },
    applyFixes(findings) {
      const step: FixStep = { applied: [], reverted: [], converged: true, passes: 1 };
      const run = current();
      const sources = new Map<string, { text: string; source: SourceFile; hadErrors: boolean }>();
      for (const t of run.trees) for (const [p, parsed] of t.files) if (!sources.has(p)) sources.set(p, { text: parsed.file.text, source: parsed.file, hadErrors: parsed.errors.length > 0 });
      const taken: Finding[] = [];
      const takenEdits: TextEdit[] = [];
      for (const f of findings) {
        if (!f.fix || !fixAllowed(f, { unsafe: true }) || !f.fix.edits.every((e) => sources.has(e.file))) continue;
        if (f.fix.edits.some((e) => takenEdits.some((t) => editsOverlap(e, t)))) continue;
        taken.push(f);
        appendAll(takenEdits, f.fix.edits);
      }
      if (taken.length === 0) return step;
      const editsFor = (list: Finding[]): Texts => {
        const byFile = new Map<string, TextEdit[]>();
        for (const f of list) for (const e of f.fix!.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
        const next: Texts = new Map(top().texts);
        for (const [p, edits] of byFile) {
          const s = sources.get(p)!;
          next.set(p, { text: applyEdits(s.text, edits), source: originals.get(p) ?? s.source });
        }
        return next;
      };
      let kept = taken;
      let after = runFor(editsFor(kept));
      // Re-parse guard: a file that parsed before must still parse; the fixes in a file that breaks are dropped.
      const broken = new Set([...new Set(takenEdits.map((e) => e.file))].filter((p) => !sources.get(p)!.hadErrors && after.trees.some((t) => (t.files.get(p)?.errors.length ?? 0) > 0)));
      if (broken.size) {
        for (const p of broken) {
          const ids = taken.filter((f) => f.fix!.edits.some((e) => e.file === p)).map((f) => f.ruleId);
          step.reverted.push({ file: p, ruleIds: [...new Set(ids)], reason: 'unparsable' });
        }
        kept = taken.filter((f) => !f.fix!.edits.some((e) => broken.has(e.file)));
        if (kept.length === 0) return step;
        after = runFor(editsFor(kept));
      }
      for (const f of kept) step.applied.push({ ruleId: f.ruleId, title: f.fix!.title, file: f.span.file, line: f.span.line, pass: 1 });
      push(editsFor(kept), after);
      return step;
    },
    undo() {
      if (states.length <= 1) return false;
      undone.push(states.pop()!);
      return true;
    },
    redo() {
      const s = undone.pop();
      if (!s) return false;
      states.push(s);
      return true;
    },
    changes() {
      const out: FileChange[] = [];
      for (const [p, c] of top().texts) {
        const before = originals.get(p)?.text;
        if (before !== undefined && before !== c.text) out.push({ path: p, before, after: c.text });
      }
      return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
    diff(options = {}) {
      const display = options.display ?? ((p: string) => p);
      return this.changes().map((c) => unifiedDiff(display(c.path), c.before, c.after, { color: !!options.color })).join('');
    },
    suggestions(options = {}) {
      const display = options.display ?? ((p: string) => p);
      const run = current();
      const texts = new Map<string, string>();
      for (const t of run.trees) for (const [p, parsed] of t.files) if (!texts.has(p)) texts.set(p, parsed.file.text);
      const out: { finding: Finding; diff: string }[] = [];
      for (const f of run.findings) {
        if (f.fix?.applicability !== 'suggestion' || f.fix.edits.length === 0) continue;
        const byFile = new Map<string, TextEdit[]>();
        for (const e of f.fix.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
        if ([...byFile.keys()].some((p) => !texts.has(p))) continue;
        const diff = [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([p, edits]) => unifiedDiff(display(p), texts.get(p)!, applyEdits(texts.get(p)!, edits), { color: !!options.color })).join('');
        out.push({ finding: f, diff });
      }
      return out;
    },
    savePatch(file, options = {}) {
      const target = nodePath.resolve(settings.cwd, file);
      try {
        writeFileAtomic(target, this.diff({ ...(options.display ? { display: options.display } : {}) }));
      } catch (e) {
        throw writeError(e, file);
      }
      return target;
    },
    write(request = {}) {
      if (readOnly) return { kind: 'read-only', source: readOnly };
      const changes = this.changes();
      if (changes.length === 0) return { kind: 'nothing' };
      const plan: PlannedWrite[] = changes.map((c) => {
        const source = originals.get(c.path)!;
        return { path: c.path, original: encodeSource(source, c.before), next: encodeSource(source, c.after) };
      });
      if (request.verify !== undefined) {
        const changed = new Map(changes.map((c) => [c.path, { after: c.after, source: originals.get(c.path)! }]));
        // Signals wait for the copy of the tree to be removed.
        const check = withSignalsHeld(() => verifyWithNginx(request.verify!, loaded.trees, changed));
        if (check.error) return { kind: 'unrunnable', bin: request.verify, cause: check.error };
        if (!check.ok) return { kind: 'rejected', bin: request.verify, output: check.output };
      }
      try {
        // The journal goes where the inputs and the files meet, so the next run over these inputs finds it.
        const roots = loaded.trees.flatMap((t) => [t.prefix, ...t.entries.map((e) => nodePath.dirname(e))]);
        const r = writeAll(plan, { backup: !!request.backup, roots });
        if (r.conflicts.length) return { kind: 'conflict', files: r.conflicts };
        return { kind: 'written', written: r.written, backups: r.backups };
      } catch (e) {
        return { kind: 'failed', message: (e as Error).message };
      }
    },
  };
}
