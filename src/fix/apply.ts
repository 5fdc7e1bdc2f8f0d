// The fix loop, in memory: apply allowed non-overlapping fixes, re-parse, revert what breaks, repeat until stable.
import type { ConfigFs } from '../model/fs.js';
import type { ConfigTree } from '../model/includes.js';
import type { SourceFile } from '../parser/source.js';
import type { Finding, TextEdit } from '../types.js';
import { applyEdits, editsOverlap } from './fixer.js';
import { appendAll } from '../util/array.js';


/** Why a pass of fixes was undone (rendered per locale: `cli.fix.reason.<reason>`): the fixed file no longer parsed. */
export type RevertReason = 'unparsable';
export interface FixOptions {
  /** Also apply fixes marked unsafe (`--unsafe-fixes`). */
  unsafe?: boolean;
  /** Only fixes of these rules (`--rule`). */
  rules?: string[];
  /** At most this many passes (default 10). */
  maxPasses?: number;
}

export interface AppliedFix {
  ruleId: string;
  title: string;
  file: string;
  line: number;
  pass: number;
}

export interface FixOutcome {
  /** Files whose text changed: path -> original and new text, with the encoding to write them back. */
  changed: Map<string, { before: string; after: string; source: SourceFile }>;
  applied: AppliedFix[];
  passes: number;
  /** False when fixable findings were still left after the last pass. */
  converged: boolean;
  /** Edits undone because the file no longer parsed. */
  reverted: { file: string; ruleIds: string[]; reason: RevertReason }[];
  /** Findings of the last lint (on the fixed text). */
  remaining: Finding[];
}

/** Whether a finding's fix may be applied under these options. */
export function fixAllowed(f: Finding, options: FixOptions): boolean {
  if (!f.fix || f.fix.edits.length === 0) return false;
  if (f.fix.applicability === 'suggestion') return false;
  if (f.fix.applicability === 'unsafe' && !options.unsafe) return false;
  if (options.rules && !options.rules.includes(f.ruleId)) return false;
  return true;
}

/** A file system that serves edited texts for some paths and the base system for the rest. */
export function overlayTexts(base: ConfigFs, texts: Map<string, { text: string; source: SourceFile }>): ConfigFs {
  return {
    kind: (p) => (texts.has(p) ? 'file' : base.kind(p)),
    readFile: (p) => {
      const t = texts.get(p);
      return t ? Buffer.from(t.text, t.source.encoding) : base.readFile(p);
    },
    readdir: (p) => base.readdir(p),
    realpath: (p) => base.realpath(p),
  };
}

/**
 * Runs the fix loop. `lint(fs)` loads and lints the input through a file system and returns its trees and
 * findings; it is called once per pass on the edited texts. Nothing is written anywhere.
 */
export function fixInMemory(
  baseFs: ConfigFs,
  lint: (fs: ConfigFs) => { trees: ConfigTree[]; findings: Finding[] },
  options: FixOptions = {},
): FixOutcome {
  const maxPasses = options.maxPasses ?? 10;
  const texts = new Map<string, { text: string; source: SourceFile }>();
  const originals = new Map<string, { text: string; source: SourceFile }>();
  const applied: AppliedFix[] = [];
  const reverted: FixOutcome['reverted'] = [];
  let passes = 0;
  let converged = false;
  let current = lint(baseFs);

  for (;;) {
    const sources = new Map<string, SourceFile>();
    const hadErrors = new Set<string>();
    for (const t of current.trees) {
      for (const [p, parsed] of t.files) {
        sources.set(p, parsed.file);
        if (parsed.errors.length) hadErrors.add(p);
      }
    }
    const candidates = current.findings.filter((f) => fixAllowed(f, options) && f.fix!.edits.every((e) => sources.has(e.file)));
    if (candidates.length === 0) {
      converged = true;
      break;
    }
    if (passes >= maxPasses) break;
    passes++;
    // Take fixes in order; skip one that overlaps a fix already taken (it is retried next pass).
    candidates.sort((a, b) => (a.fix!.edits[0]!.file < b.fix!.edits[0]!.file ? -1 : a.fix!.edits[0]!.file > b.fix!.edits[0]!.file ? 1 : a.fix!.edits[0]!.start - b.fix!.edits[0]!.start));
    const taken: Finding[] = [];
    const takenEdits: TextEdit[] = [];
    for (const f of candidates) {
      if (f.fix!.edits.some((e) => takenEdits.some((t) => editsOverlap(e, t)))) continue;
      taken.push(f);
      appendAll(takenEdits, f.fix!.edits);
    }
    const byFile = new Map<string, TextEdit[]>();
    for (const e of takenEdits) {
      const list = byFile.get(e.file);
      if (list) list.push(e);
      else byFile.set(e.file, [e]);
    }
    // Text of each touched file before this pass (null: it still had its original text).
    const prePass = new Map<string, string | null>();
    for (const [file, edits] of byFile) {
      const source = sources.get(file)!;
      const before = texts.get(file)?.text ?? null;
      prePass.set(file, before);
      if (!originals.has(file)) originals.set(file, { text: source.text, source });
      texts.set(file, { text: applyEdits(before ?? source.text, edits), source });
    }
    const next = lint(overlayTexts(baseFs, texts));
    // Re-parse guard: a file that parsed before must still parse; otherwise undo this pass for that file.
    const broken = new Set<string>();
    for (const t of next.trees) {
      for (const [p, parsed] of t.files) if (byFile.has(p) && parsed.errors.length && !hadErrors.has(p)) broken.add(p);
    }
    for (const p of broken) {
      const ids = taken.filter((f) => f.fix!.edits.some((e) => e.file === p)).map((f) => f.ruleId);
      reverted.push({ file: p, ruleIds: [...new Set(ids)], reason: 'unparsable' });
      const pre = prePass.get(p);
      if (pre === null || pre === undefined) texts.delete(p);
      else texts.set(p, { text: pre, source: sources.get(p)! });
    }
    // A fix is applied only when every file it edits was kept.
    const kept = taken.filter((f) => !f.fix!.edits.some((e) => broken.has(e.file)));
    for (const f of kept) applied.push({ ruleId: f.ruleId, title: f.fix!.title, file: f.span.file, line: f.span.line, pass: passes });
    current = broken.size ? lint(overlayTexts(baseFs, texts)) : next;
    if (kept.length === 0) break;
  }

  const changed: FixOutcome['changed'] = new Map();
  for (const [p, orig] of originals) {
    const now = texts.get(p)?.text ?? orig.text;
    if (now !== orig.text) changed.set(p, { before: orig.text, after: now, source: orig.source });
  }
  return { changed, applied, passes, converged, reverted, remaining: current.findings };
}
