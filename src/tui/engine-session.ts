// The review session on today's engine: lint, apply fixes one by one in memory with undo, write atomically.
import * as nodePath from 'node:path';
import { lintTree, type LintOptions } from '../lint.js';
import { createLoader, type ConfigTree } from '../model/includes.js';
import type { ConfigFs } from '../model/fs.js';
import { buildModel, type ConfigModel } from '../model/model.js';
import type { ContextNode } from '../model/context.js';
import { serverListens } from '../model/routing.js';
import { locationPath } from '../model/streams.js';
import { fixInMemory, overlayTexts } from '../fix/apply.js';
import { applyEdits, editsOverlap } from '../fix/fixer.js';
import { unifiedDiff } from '../fix/diff.js';
import { writeAll, type PlannedWrite } from '../fix/write.js';
import { verifyWithNginx } from '../fix/verify.js';
import { encodeSource, type SourceFile } from '../parser/source.js';
import { routeReport } from '../cli/route-cmd.js';
import { writeReport } from '../cli/output.js';
import { ruleById } from '../engine/registry.js';
import { localizedDocs } from '../i18n/docs.js';
import type { Locale } from '../i18n/index.js';
import { displayPath } from '../reporters/common.js';
import { compareFindings, type Finding, type TextEdit } from '../types.js';
import { diffLines, type ChangedFile, type DiffLine, type Item, type Place, type ReviewSession, type ServerRow, type Snapshot, type StagedFix, type StepResult, type WriteOutcome } from './data.js';
import { readinessMarks } from './readiness.js';

export interface EngineSessionOptions {
  trees: ConfigTree[];
  lintOptions: LintOptions;
  /** Config levels, ignore globs, baseline and locale, applied to every lint's findings. */
  postprocess?: (findings: Finding[]) => Finding[];
  cwd: string;
  verifyWith?: string | null;
  /** Language of the rule explanations. */
  locale?: Locale;
}

type Texts = Map<string, { text: string; source: SourceFile }>;

interface Linted {
  trees: ConfigTree[];
  models: ConfigModel[];
  findings: Finding[];
}

/** Loads a tree again through another file system (the edited texts over the originals). */
function reloadTree(tree: ConfigTree, fs: ConfigFs): ConfigTree {
  const loader = createLoader(tree.entries[0], { fs, prefix: tree.prefix, ...(tree.maps ? { maps: tree.maps } : {}) });
  for (const e of tree.entries) loader.addEntry(e);
  const t = loader.finish();
  t.source = tree.source;
  return t;
}

export function createEngineSession(opts: EngineSessionOptions): ReviewSession {
  const post = opts.postprocess ?? ((f: Finding[]) => f);
  const baseTrees = opts.trees;
  const writable = baseTrees.every((t) => t.source === 'files');
  /** Text of every file as it is on disk (as last read or written). */
  let originals: Texts = new Map();
  /** Edited texts not yet written (only files that differ from `originals`). */
  let texts: Texts = new Map();
  let undoStack: { step: StagedFix; before: Texts }[] = [];
  let redoStack: { step: StagedFix; after: Texts }[] = [];
  let current: Linted;
  let disk: Finding[];
  let snap: Snapshot;
  let byId = new Map<string, Item>();
  const previews = new Map<string, DiffLine[] | null>();

  const lintWith = (trees: ConfigTree[], overlay: Texts): Linted => {
    const out: Linted = { trees: [], models: [], findings: [] };
    const seen = new Set<string>();
    for (const tree of trees) {
      const t = overlay.size ? reloadTree(tree, overlayTexts(tree.fs, overlay)) : tree;
      const r = lintTree(t, opts.lintOptions);
      out.trees.push(t);
      out.models.push(r.model);
      for (const f of r.findings) {
        const key = `${f.ruleId}\0${f.span.file}\0${f.span.start}\0${f.span.end}\0${f.message}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.findings.push(f);
        }
      }
    }
    out.findings = post(out.findings.sort(compareFindings));
    return out;
  };

  const sourceOf = (file: string): SourceFile | null => {
    for (const t of current.trees) {
      const p = t.files.get(file);
      if (p) return p.file;
    }
    return null;
  };

  const show = (file: string): string => displayPath(file, opts.cwd);

  const rebuild = (): Snapshot => {
    const { items, servers, streams } = describe(current, show);
    byId = new Map(items.map((i) => [i.id, i]));
    previews.clear();
    const changed: ChangedFile[] = [];
    for (const [file, t] of [...texts].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const before = originals.get(file)?.text ?? '';
      const d = diffLines(unifiedDiff(show(file), before, t.text));
      changed.push({ file, fileLabel: show(file), added: d.filter((l) => l.kind === 'add').length, removed: d.filter((l) => l.kind === 'del').length });
    }
    snap = {
      items, servers, streamLocations: streams, staged: undoStack.map((u) => u.step), redo: redoStack.length, changed, writable,
      verifyWith: opts.verifyWith ?? null,
    };
    return snap;
  };

  const load = (trees: ConfigTree[]): void => {
    current = lintWith(trees, new Map());
    originals = new Map();
    for (const t of current.trees) for (const [p, parsed] of t.files) if (!originals.has(p)) originals.set(p, { text: parsed.file.text, source: parsed.file });
    texts = new Map();
    undoStack = [];
    redoStack = [];
    disk = current.findings;
    rebuild();
  };
  load(baseTrees);

  /** Files that parse in `before` but not with the new texts: a fix must never break a file. */
  const broken = (next: Linted, files: Iterable<string>): string[] => {
    const out: string[] = [];
    for (const f of files) {
      const had = current.trees.some((t) => (t.files.get(f)?.errors.length ?? 0) > 0);
      const has = next.trees.some((t) => (t.files.get(f)?.errors.length ?? 0) > 0);
      if (has && !had) out.push(f);
    }
    return out;
  };

  /** Sets new texts (dropping files that are back to their original), re-lints and rebuilds. */
  const commit = (next: Texts, linted?: Linted): void => {
    const clean: Texts = new Map();
    for (const [p, t] of next) if (t.text !== originals.get(p)?.text) clean.set(p, t);
    texts = clean;
    current = linted ?? lintWith(baseTrees, texts);
    rebuild();
  };

  const applyEditsTo = (edits: TextEdit[]): Texts | string => {
    const byFile = new Map<string, TextEdit[]>();
    for (const e of edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
    const next: Texts = new Map(texts);
    for (const [file, list] of byFile) {
      const source = texts.get(file)?.source ?? sourceOf(file);
      if (!source) return `${show(file)} is not part of the loaded config`;
      const before = texts.get(file)?.text ?? source.text;
      next.set(file, { text: applyEdits(before, list), source: originals.get(file)?.source ?? source });
    }
    return next;
  };

  const step = (title: string, ruleId: string, count: number, next: Texts, files: Iterable<string>): StepResult => {
    const linted = lintWith(baseTrees, new Map([...next].filter(([p, t]) => t.text !== originals.get(p)?.text)));
    const bad = broken(linted, files);
    if (bad.length) return { ok: false, reason: `${bad.map(show).join(', ')} would no longer parse` };
    undoStack.push({ step: { title, ruleId, count }, before: texts });
    redoStack = [];
    commit(next, linted);
    return { ok: true, snapshot: snap, applied: count };
  };

  return {
    snapshot: () => snap,
    displayPath: show,
    sourceLines(file) {
      const t = texts.get(file)?.text ?? sourceOf(file)?.text;
      return t === undefined ? null : t.split('\n');
    },
    previewFix(item) {
      if (previews.has(item.id)) return previews.get(item.id)!;
      const fix = item.finding.fix;
      let out: DiffLine[] | null = null;
      if (fix && fix.edits.length) {
        const next = applyEditsTo(fix.edits);
        if (typeof next !== 'string') {
          out = [];
          for (const file of new Set(fix.edits.map((e) => e.file))) {
            const before = texts.get(file)?.text ?? sourceOf(file)?.text ?? '';
            out.push(...diffLines(unifiedDiff(show(file), before, next.get(file)!.text, { context: 2 })));
          }
        }
      }
      previews.set(item.id, out);
      return out;
    },
    rule(ruleId) {
      const r = ruleById(ruleId);
      return r ? localizedDocs(opts.locale ?? 'en', ruleId, { summary: r.meta.summary, why: r.meta.docs.why, fix: r.meta.docs.fix }) : null;
    },
    apply(itemId) {
      const item = byId.get(itemId);
      if (!item?.finding.fix?.edits.length) return { ok: false, reason: 'this finding has no fix' };
      const next = applyEditsTo(item.finding.fix.edits);
      if (typeof next === 'string') return { ok: false, reason: next };
      return step(item.finding.fix.title, item.finding.ruleId, 1, next, item.finding.fix.edits.map((e) => e.file));
    },
    applySafe(itemIds) {
      if (!itemIds) {
        // Every safe fix, pass after pass (a fix can make another one possible), with the re-parse guard.
        const outcomes = baseTrees.map((tree) => fixInMemory(overlayTexts(tree.fs, texts), (fs) => {
          const t = reloadTree(tree, fs);
          return { trees: [t], findings: post(lintTree(t, opts.lintOptions).findings) };
        }, { unsafe: false }));
        const next: Texts = new Map(texts);
        for (const o of outcomes) for (const [p, c] of o.changed) next.set(p, { text: c.after, source: originals.get(p)?.source ?? c.source });
        const applied = outcomes.reduce((n, o) => n + o.applied.length, 0);
        if (applied === 0) return { ok: false, reason: 'no safe fix could be applied' };
        return step(`${applied} safe fixes`, '', applied, next, [...next.keys()]);
      }
      // The listed ones, in one pass: a fix that overlaps one already taken waits for the next `a`.
      const taken: TextEdit[] = [];
      let count = 0;
      for (const id of itemIds) {
        const fix = byId.get(id)?.finding.fix;
        if (!fix || fix.applicability !== 'safe' || !fix.edits.length) continue;
        if (fix.edits.some((e) => taken.some((t) => editsOverlap(e, t)))) continue;
        taken.push(...fix.edits);
        count++;
      }
      if (count === 0) return { ok: false, reason: 'no safe fix could be applied' };
      const next = applyEditsTo(taken);
      if (typeof next === 'string') return { ok: false, reason: next };
      return step(`${count} safe fixes`, '', count, next, taken.map((e) => e.file));
    },
    undo() {
      const last = undoStack.pop();
      if (!last) return { ok: false, reason: 'nothing to undo' };
      redoStack.push({ step: last.step, after: texts });
      commit(last.before);
      return { ok: true, snapshot: snap, applied: last.step.count };
    },
    redo() {
      const last = redoStack.pop();
      if (!last) return { ok: false, reason: 'nothing to redo' };
      undoStack.push({ step: last.step, before: texts });
      commit(last.after);
      return { ok: true, snapshot: snap, applied: last.step.count };
    },
    reload() {
      const fresh = baseTrees.map((t) => reloadTree(t, t.fs));
      load(fresh);
      return { ok: true, snapshot: snap, applied: 0 };
    },
    pendingDiff() {
      const out: DiffLine[] = [];
      for (const c of snap.changed) out.push(...diffLines(unifiedDiff(c.fileLabel, originals.get(c.file)?.text ?? '', texts.get(c.file)!.text)));
      return out;
    },
    async write(): Promise<WriteOutcome> {
      if (!writable) return { ok: false, reason: 'an nginx -T dump or standard input cannot be written; save a patch instead', detail: [], verify: null };
      const changed = new Map([...texts].map(([p, t]) => [p, { before: originals.get(p)!.text, after: t.text, source: t.source }]));
      let verify: { ok: boolean; output: string } | null = null;
      if (opts.verifyWith) {
        verify = verifyWithNginx(opts.verifyWith, baseTrees, changed);
        if (!verify.ok) return { ok: false, reason: `${opts.verifyWith} -t rejected the fixed config`, detail: verify.output.split('\n').filter(Boolean).slice(-8), verify };
      }
      const plan: PlannedWrite[] = [...changed].map(([p, c]) => ({ path: p, original: encodeSource(c.source, c.before), next: encodeSource(c.source, c.after) }));
      let written: string[];
      try {
        const r = writeAll(plan);
        if (r.conflicts.length) {
          return { ok: false, reason: `${r.conflicts.map(show).join(', ')} changed on disk since it was read (R reloads it)`, detail: [], verify };
        }
        written = r.written;
      } catch (e) {
        return { ok: false, reason: (e as Error).message, detail: [], verify };
      }
      // What is on disk now is what was linted last; start a fresh session from it.
      const fresh = baseTrees.map((t) => reloadTree(t, t.fs));
      load(fresh);
      return { ok: true, snapshot: snap, written, verify };
    },
    savePatch(path) {
      const text = snap.changed.map((c) => unifiedDiff(c.fileLabel, originals.get(c.file)?.text ?? '', texts.get(c.file)!.text)).join('');
      const target = nodePath.resolve(opts.cwd, path);
      try {
        writeReport(target, text);
      } catch (e) {
        return { ok: false, reason: `${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
      }
      return { ok: true, path: show(target) };
    },
    route(host, uri) {
      const model = current.models[0];
      if (!model) return ['no config loaded'];
      const m = /^(.*?)(?::(\d+))?$/.exec(host.trim())!;
      const port = m[2] ? Number(m[2]) : firstListenPort(model) ?? 80;
      // The queried URI is not marked as a stream: the answer says whether the config makes it one.
      const plainModel = buildModel(model.tree, { ...(opts.lintOptions.model ?? {}), routes: [] });
      return routeReport(plainModel, { host: m[1] ?? '', port, uri: uri || '/' }, opts.cwd).replace(/\n$/, '').split('\n');
    },
    diskFindings: () => disk,
  };
}

function firstListenPort(model: ConfigModel): number | null {
  for (const c of model.contexts.all) {
    if (c.kind !== 'server') continue;
    for (const l of serverListens(c)) if (l.kind === 'inet') return l.port;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Where each finding sits (file, server, location) and the readiness row of each server.

function isHttpServer(c: ContextNode): boolean {
  return c.kind === 'server' && (c.directive === null || c.parent?.kind === 'http');
}

function serverLabel(c: ContextNode): string {
  const name = c.directives.find((d) => d.name === 'server_name')?.args[0]?.value || '_';
  const l = serverListens(c)[0];
  const port = !l ? '' : l.kind === 'inet' ? String(l.port) : `unix:${l.path}`;
  return port ? `${name}:${port}` : name;
}

function locationLabel(c: ContextNode): string {
  const d = c.directive!;
  return `location ${d.args.map((a) => a.raw).join(' ')}`;
}

function describe(linted: Linted, show: (f: string) => string): { items: Item[]; servers: ServerRow[]; streams: number } {
  const servers: ServerRow[] = [];
  const serverOf = new Map<ContextNode, ServerRow>();
  /** Per file: [start, end, context] of every directive, the block directive of a context mapping to the context itself. */
  const ranges = new Map<string, [number, number, ContextNode][]>();
  const add = (file: string, start: number, end: number, c: ContextNode): void => {
    const list = ranges.get(file);
    if (list) list.push([start, end, c]);
    else ranges.set(file, [[start, end, c]]);
  };
  let streams = 0;
  for (const model of linted.models) {
    for (const c of model.contexts.all) {
      if (c.directive) add(c.directive.file.path, c.directive.start, c.directive.end, c);
      for (const d of c.directives) if (!d.block) add(d.file.path, d.start, d.end, c);
      if (isHttpServer(c)) {
        const row: ServerRow = {
          key: `${servers.length}:${c.entry}:${c.id}`, label: serverLabel(c),
          file: c.directive?.file.path ?? c.entry, line: c.directive?.nameToken.line ?? 1, streams: [],
          marks: readinessMarks(false, []), findings: 0,
        };
        servers.push(row);
        serverOf.set(c, row);
      }
    }
    for (const loc of model.locations) {
      if (!model.isStream(loc)) continue;
      streams++;
      let p: ContextNode | null = loc.parent;
      while (p && !isHttpServer(p)) p = p.parent;
      const row = p ? serverOf.get(p) : undefined;
      row?.streams.push({ path: locationPath(loc) ?? '', file: show(loc.directive!.file.path), line: loc.directive!.nameToken.line });
    }
  }
  const perServer = new Map<ServerRow, Finding[]>();
  const items: Item[] = linted.findings.map((f, n) => {
    const candidates = (ranges.get(f.span.file) ?? []).filter(([s, e]) => s <= f.span.start && f.span.end <= e);
    const smallest = Math.min(...candidates.map(([s, e]) => e - s));
    const inner = candidates.filter(([s, e]) => e - s === smallest).map(([, , c]) => c);
    let place: Place = { file: f.span.file, fileLabel: show(f.span.file), serverKey: null, server: null, location: null };
    const rows = new Set<ServerRow>();
    inner.forEach((c, k) => {
      let loc: ContextNode | null = null;
      let p: ContextNode | null = c;
      while (p && !isHttpServer(p)) {
        if (p.kind === 'location' && !loc) loc = p;
        p = p.parent;
      }
      const row = p ? serverOf.get(p) : undefined;
      if (row) rows.add(row);
      if (k === 0 && row) place = { ...place, serverKey: row.key, server: row.label, location: loc ? locationLabel(loc) : null };
    });
    for (const r of rows) perServer.set(r, [...(perServer.get(r) ?? []), f]);
    return { id: `${n}:${f.ruleId}:${f.span.file}:${f.span.start}`, finding: f, place };
  });
  for (const row of servers) {
    const fs = perServer.get(row) ?? [];
    row.findings = fs.length;
    row.marks = readinessMarks(row.streams.length > 0, fs);
  }
  return { items, servers, streams };
}
