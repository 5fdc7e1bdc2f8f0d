(function (exports, require, module, __sseLintUrl, __sseLintLoadTui, __sseLintChunk) {// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/pipeline/fix.ts (scripts/build.mjs).
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/pipeline/fix.ts
var fix_exports = {};
__export(fix_exports, {
  createFixSession: () => createFixSession,
  startFixSession: () => startFixSession
});
module.exports = __toCommonJS(fix_exports);
var nodePath3 = require("node:path");

// src/fix/apply.ts
var import_fixer = require("src/fix/fixer.ts");
var import_array = require("src/util/array.ts");
function fixAllowed(f, options) {
  if (!f.fix || f.fix.edits.length === 0) return false;
  if (f.fix.applicability === "suggestion") return false;
  if (f.fix.applicability === "unsafe" && !options.unsafe) return false;
  if (options.rules && !options.rules.includes(f.ruleId)) return false;
  return true;
}
function overlayTexts(base, texts) {
  return {
    kind: (p) => texts.has(p) ? "file" : base.kind(p),
    readFile: (p) => {
      const t = texts.get(p);
      return t ? Buffer.from(t.text, t.source.encoding) : base.readFile(p);
    },
    readdir: (p) => base.readdir(p),
    realpath: (p) => base.realpath(p)
  };
}
function fixInMemory(baseFs, lint, options = {}) {
  const maxPasses = options.maxPasses ?? 10;
  const texts = /* @__PURE__ */ new Map();
  const originals = /* @__PURE__ */ new Map();
  const applied = [];
  const reverted = [];
  let passes = 0;
  let converged = false;
  let current = lint(baseFs);
  for (; ; ) {
    const sources = /* @__PURE__ */ new Map();
    const hadErrors = /* @__PURE__ */ new Set();
    for (const t of current.trees) {
      for (const [p, parsed] of t.files) {
        sources.set(p, parsed.file);
        if (parsed.errors.length) hadErrors.add(p);
      }
    }
    const candidates = current.findings.filter((f) => fixAllowed(f, options) && f.fix.edits.every((e) => sources.has(e.file)));
    if (candidates.length === 0) {
      converged = true;
      break;
    }
    if (passes >= maxPasses) break;
    passes++;
    candidates.sort((a, b) => a.fix.edits[0].file < b.fix.edits[0].file ? -1 : a.fix.edits[0].file > b.fix.edits[0].file ? 1 : a.fix.edits[0].start - b.fix.edits[0].start);
    const taken = [];
    const takenEdits = [];
    for (const f of candidates) {
      if (f.fix.edits.some((e) => takenEdits.some((t) => (0, import_fixer.editsOverlap)(e, t)))) continue;
      taken.push(f);
      (0, import_array.appendAll)(takenEdits, f.fix.edits);
    }
    const byFile = /* @__PURE__ */ new Map();
    for (const e of takenEdits) {
      const list = byFile.get(e.file);
      if (list) list.push(e);
      else byFile.set(e.file, [e]);
    }
    const prePass = /* @__PURE__ */ new Map();
    for (const [file, edits] of byFile) {
      const source = sources.get(file);
      const before = texts.get(file)?.text ?? null;
      prePass.set(file, before);
      if (!originals.has(file)) originals.set(file, { text: source.text, source });
      texts.set(file, { text: (0, import_fixer.applyEdits)(before ?? source.text, edits), source });
    }
    const next = lint(overlayTexts(baseFs, texts));
    const broken = /* @__PURE__ */ new Set();
    for (const t of next.trees) {
      for (const [p, parsed] of t.files) if (byFile.has(p) && parsed.errors.length && !hadErrors.has(p)) broken.add(p);
    }
    for (const p of broken) {
      const ids = taken.filter((f) => f.fix.edits.some((e) => e.file === p)).map((f) => f.ruleId);
      reverted.push({ file: p, ruleIds: [...new Set(ids)], reason: "unparsable" });
      const pre = prePass.get(p);
      if (pre === null || pre === void 0) texts.delete(p);
      else texts.set(p, { text: pre, source: sources.get(p) });
    }
    const kept = taken.filter((f) => !f.fix.edits.some((e) => broken.has(e.file)));
    for (const f of kept) applied.push({ ruleId: f.ruleId, title: f.fix.title, file: f.span.file, line: f.span.line, pass: passes });
    current = broken.size ? lint(overlayTexts(baseFs, texts)) : next;
    if (kept.length === 0) break;
  }
  const changed = /* @__PURE__ */ new Map();
  for (const [p, orig] of originals) {
    const now = texts.get(p)?.text ?? orig.text;
    if (now !== orig.text) changed.set(p, { before: orig.text, after: now, source: orig.source });
  }
  return { changed, applied, passes, converged, reverted, remaining: current.findings };
}

// src/pipeline/fix.ts
var import_diff = require("src/fix/diff.ts");
var import_fixer2 = require("src/fix/fixer.ts");

// src/fix/verify.ts
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var nodePath = require("node:path");
var import_source = require("src/parser/source.ts");
function verifyWithNginx(bin, trees, changed) {
  const dir = (0, import_node_fs.mkdtempSync)(nodePath.join((0, import_node_os.tmpdir)(), "sse-lint-verify-"));
  try {
    const outputs = [];
    let ok = true;
    for (const tree of trees) {
      for (const [p, parsed] of tree.files) {
        const rel = nodePath.relative(tree.prefix, p);
        if (rel.startsWith("..") || nodePath.isAbsolute(rel)) continue;
        const dest = nodePath.join(dir, rel);
        (0, import_node_fs.mkdirSync)(nodePath.dirname(dest), { recursive: true });
        const c = changed.get(p);
        (0, import_node_fs.writeFileSync)(dest, c ? (0, import_source.encodeSource)(c.source, c.after) : (0, import_source.encodeSource)(parsed.file));
      }
      for (const entry of tree.entries) {
        const rel = nodePath.relative(tree.prefix, entry);
        if (rel.startsWith("..")) continue;
        const { spawnSync } = process.getBuiltinModule("node:child_process");
        const r = spawnSync(bin, ["-t", "-p", dir + "/", "-c", nodePath.join(dir, rel)], { encoding: "utf8", timeout: 6e4 });
        if (r.error) return { ok: false, output: r.error.message, error: r.error };
        const text = `${r.stdout ?? ""}${r.stderr ?? ""}`.trim();
        outputs.push(text);
        if (r.status !== 0) ok = false;
      }
    }
    return { ok, output: outputs.join("\n") };
  } finally {
    (0, import_node_fs.rmSync)(dir, { recursive: true, force: true });
  }
}

// src/fix/write.ts
var fs = require("node:fs");
var nodePath2 = require("node:path");
var import_atomic_write = require("src/util/atomic-write.ts");
var import_journal = require("src/fix/journal.ts");
function seen(path) {
  const st = fs.statSync(path, { bigint: true });
  return { dev: Number(st.dev), ino: Number(st.ino), size: Number(st.size), mtimeNs: st.mtimeNs };
}
var sameAs = (a, b) => a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
function pause() {
  const ms = Number(process.env.SSE_LINT_TEST_PAUSE_MS ?? 0);
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
function writeBackup(target, original, mode) {
  for (let k = 0; k < 1e3; k++) {
    const bak = k === 0 ? `${target}.bak` : `${target}.bak.${k}`;
    try {
      (0, import_atomic_write.writeFileAtomic)(bak, original, { exclusive: true, mode });
      return bak;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
  }
  throw new Error(`${target}: no free backup name (${target}.bak to ${target}.bak.999 all exist)`);
}
function writeAll(plan, options = {}) {
  return (0, import_atomic_write.withSignalsHeld)(() => writeBatch(plan, options));
}
function writeBatch(plan, options) {
  const result = { written: [], conflicts: [], backups: [] };
  if (plan.length === 0) return result;
  const targets = plan.map((p) => ({ ...p, ...(0, import_atomic_write.resolveWriteTarget)(p.path) }));
  const checked = /* @__PURE__ */ new Map();
  for (const t of targets) {
    const before = seen(t.target);
    const now = fs.readFileSync(t.target);
    if (!now.equals(t.original) || !sameAs(before, seen(t.target))) result.conflicts.push(t.path);
    checked.set(t.target, before);
  }
  if (result.conflicts.length) return result;
  const id = (0, import_journal.newJournalId)();
  const folder = (0, import_journal.commonFolder)([...options.roots ?? [], ...targets.map((t) => nodePath2.dirname(t.target))]);
  const jpath = (0, import_journal.journalPath)(folder, id);
  const files = targets.map((t) => {
    const base = nodePath2.join(nodePath2.dirname(t.target), `.${nodePath2.basename(t.target)}.sse-lint-${id}`);
    return {
      target: t.target,
      tmp: `${base}.new`,
      orig: `${base}.orig`,
      origKind: "link",
      inPlace: (t.existing?.nlink ?? 1) > 1,
      oldHash: (0, import_journal.sha256)(t.original),
      newHash: (0, import_journal.sha256)(t.next)
    };
  });
  const journal = { version: 1, id, pid: process.pid, started: (/* @__PURE__ */ new Date()).toISOString(), state: "staging", files, backups: [] };
  (0, import_journal.saveJournal)(jpath, journal);
  pause();
  const staged = [];
  const replaced = [];
  const cleanUp = () => {
    for (const s of staged) s.discard();
    for (const f of files) {
      fs.rmSync(f.tmp, { force: true });
      fs.rmSync(f.orig, { force: true });
    }
  };
  const undo = () => {
    journal.state = "undoing";
    (0, import_journal.saveJournal)(jpath, journal);
    for (const f of [...replaced].reverse()) (0, import_journal.restoreOriginal)(f);
    cleanUp();
    for (const b of journal.backups) fs.rmSync(b, { force: true });
    for (const d of new Set(files.map((f) => nodePath2.dirname(f.target)))) (0, import_atomic_write.syncDirectory)(d);
    (0, import_journal.removeJournal)(jpath);
  };
  try {
    for (const [k, t] of targets.entries()) {
      const f = files[k];
      staged.push((0, import_atomic_write.stageWrite)(t.target, t.next, { tempPath: f.tmp }));
      if (!f.inPlace) {
        try {
          fs.linkSync(t.target, f.orig);
        } catch {
          f.origKind = "copy";
        }
      }
      if (f.inPlace || f.origKind === "copy") {
        f.origKind = "copy";
        (0, import_atomic_write.writeFileAtomic)(f.orig, t.original, { exclusive: true, mode: 384 });
      }
      if (options.backup) {
        const bak = writeBackup(t.target, t.original, t.existing.mode & 4095);
        result.backups.push(bak);
        journal.backups.push(bak);
      }
      pause();
    }
    for (const d of new Set(files.map((f) => nodePath2.dirname(f.target)))) (0, import_atomic_write.syncDirectory)(d);
    options.beforeRename?.();
    journal.state = "committing";
    (0, import_journal.saveJournal)(jpath, journal);
    pause();
  } catch (e) {
    cleanUp();
    for (const b of journal.backups) fs.rmSync(b, { force: true });
    (0, import_journal.removeJournal)(jpath);
    throw e;
  }
  try {
    for (const [k, t] of targets.entries()) {
      const f = files[k];
      (0, import_atomic_write.resolveWriteTarget)(t.target);
      const now = seen(t.target);
      if (!sameAs(now, checked.get(t.target)) || (0, import_journal.sha256)(fs.readFileSync(t.target)) !== f.oldHash) {
        undo();
        return { written: [], conflicts: [t.path], backups: [] };
      }
      options.afterCheck?.(t.path);
      (0, import_journal.applyNew)(f);
      replaced.push(f);
      if (f.origKind === "link" && !sameAs(seen(f.orig), now)) {
        undo();
        return { written: [], conflicts: [t.path], backups: [] };
      }
      result.written.push(t.path);
      options.afterRename?.(t.path);
      pause();
    }
  } catch (e) {
    undo();
    throw e;
  }
  for (const f of files) fs.rmSync(f.orig, { force: true });
  for (const d of new Set(files.map((f) => nodePath2.dirname(f.target)))) (0, import_atomic_write.syncDirectory)(d);
  (0, import_journal.removeJournal)(jpath);
  return result;
}

// src/pipeline/fix.ts
var import_source2 = require("src/parser/source.ts");
var import_atomic_write2 = require("src/util/atomic-write.ts");
var import_errors = require("src/pipeline/errors.ts");
var import_run = require("src/pipeline/run.ts");
var import_settings = require("src/pipeline/settings.ts");
var import_array2 = require("src/util/array.ts");
function startFixSession(inputs, options = {}) {
  const settings = (0, import_settings.resolveSettings)(inputs, options);
  return createFixSession((0, import_run.loadRunInputs)(inputs, settings));
}
function createFixSession(loaded) {
  const { settings } = loaded;
  const initial = (0, import_run.lintLoaded)(loaded);
  const originals = /* @__PURE__ */ new Map();
  for (const t of loaded.trees) for (const [p, parsed] of t.files) if (!originals.has(p)) originals.set(p, parsed.file);
  const states = [{ texts: /* @__PURE__ */ new Map(), run: initial }];
  const top = () => states[states.length - 1];
  const runFor = (texts) => {
    const trees = loaded.trees.map((t) => (0, import_run.reloadTree)(t, overlayTexts(t.fs, texts)));
    return (0, import_run.lintLoaded)({ settings, trees, ...loaded.focus ? { focus: loaded.focus } : {} });
  };
  const current = () => {
    const s = top();
    if (!s.run) s.run = runFor(s.texts);
    return s.run;
  };
  let undone = [];
  const push = (texts, run = null) => {
    states.push({ texts, run });
    undone = [];
  };
  const readOnlyTree = loaded.trees.find((t) => t.source !== "files");
  const readOnly = readOnlyTree ? readOnlyTree.source : null;
  return {
    initial,
    current,
    readOnly,
    applyAll(options = {}) {
      const base = top().texts;
      const next = new Map(base);
      const step = { applied: [], reverted: [], converged: true, passes: 0 };
      const touched = /* @__PURE__ */ new Set();
      const reported = (0, import_run.reportedFilter)(loaded);
      for (const tree of loaded.trees) {
        const fs2 = overlayTexts(tree.fs, base);
        const outcome = fixInMemory(fs2, (f) => {
          const t = (0, import_run.reloadTree)(tree, f);
          return { trees: [t], findings: reported((0, import_run.lintTreeWithSettings)(t, settings).findings) };
        }, { unsafe: !!options.unsafe, ...options.rules ? { rules: options.rules } : {}, ...options.maxPasses ? { maxPasses: options.maxPasses } : {} });
        for (const [p, c] of outcome.changed) {
          if (touched.has(p)) continue;
          touched.add(p);
          next.set(p, { text: c.after, source: originals.get(p) ?? c.source });
        }
        (0, import_array2.appendAll)(step.applied, outcome.applied);
        (0, import_array2.appendAll)(step.reverted, outcome.reverted);
        step.converged &&= outcome.converged;
        step.passes = Math.max(step.passes, outcome.passes);
      }
      if (step.applied.length) push(next);
      return step;
    },
    applyFix(finding) {
      const step = { applied: [], reverted: [], converged: true, passes: 1 };
      if (!finding.fix || !fixAllowed(finding, { unsafe: true })) return step;
      const run = current();
      const sources = /* @__PURE__ */ new Map();
      for (const t of run.trees) for (const [p, parsed] of t.files) if (!sources.has(p)) sources.set(p, { text: parsed.file.text, source: parsed.file, hadErrors: parsed.errors.length > 0 });
      const byFile = /* @__PURE__ */ new Map();
      for (const e of finding.fix.edits) {
        if (!sources.has(e.file)) return step;
        byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
      }
      const next = new Map(top().texts);
      for (const [p, edits] of byFile) {
        const s = sources.get(p);
        next.set(p, { text: (0, import_fixer2.applyEdits)(s.text, edits), source: originals.get(p) ?? s.source });
      }
      const after = runFor(next);
      const broken = [...byFile.keys()].filter((p) => !sources.get(p).hadErrors && after.trees.some((t) => (t.files.get(p)?.errors.length ?? 0) > 0));
      if (broken.length) {
        step.reverted.push({ file: broken[0], ruleIds: [finding.ruleId], reason: "unparsable" });
        return step;
      }
      step.applied.push({ ruleId: finding.ruleId, title: finding.fix.title, file: finding.span.file, line: finding.span.line, pass: 1 });
      push(next, after);
      return step;
    },
    applyFixes(findings) {
      const step = { applied: [], reverted: [], converged: true, passes: 1 };
      const run = current();
      const sources = /* @__PURE__ */ new Map();
      for (const t of run.trees) for (const [p, parsed] of t.files) if (!sources.has(p)) sources.set(p, { text: parsed.file.text, source: parsed.file, hadErrors: parsed.errors.length > 0 });
      const taken = [];
      const takenEdits = [];
      for (const f of findings) {
        if (!f.fix || !fixAllowed(f, { unsafe: true }) || !f.fix.edits.every((e) => sources.has(e.file))) continue;
        if (f.fix.edits.some((e) => takenEdits.some((t) => (0, import_fixer2.editsOverlap)(e, t)))) continue;
        taken.push(f);
        (0, import_array2.appendAll)(takenEdits, f.fix.edits);
      }
      if (taken.length === 0) return step;
      const editsFor = (list) => {
        const byFile = /* @__PURE__ */ new Map();
        for (const f of list) for (const e of f.fix.edits) byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
        const next = new Map(top().texts);
        for (const [p, edits] of byFile) {
          const s = sources.get(p);
          next.set(p, { text: (0, import_fixer2.applyEdits)(s.text, edits), source: originals.get(p) ?? s.source });
        }
        return next;
      };
      let kept = taken;
      let after = runFor(editsFor(kept));
      const broken = new Set([...new Set(takenEdits.map((e) => e.file))].filter((p) => !sources.get(p).hadErrors && after.trees.some((t) => (t.files.get(p)?.errors.length ?? 0) > 0)));
      if (broken.size) {
        for (const p of broken) {
          const ids = taken.filter((f) => f.fix.edits.some((e) => e.file === p)).map((f) => f.ruleId);
          step.reverted.push({ file: p, ruleIds: [...new Set(ids)], reason: "unparsable" });
        }
        kept = taken.filter((f) => !f.fix.edits.some((e) => broken.has(e.file)));
        if (kept.length === 0) return step;
        after = runFor(editsFor(kept));
      }
      for (const f of kept) step.applied.push({ ruleId: f.ruleId, title: f.fix.title, file: f.span.file, line: f.span.line, pass: 1 });
      push(editsFor(kept), after);
      return step;
    },
    undo() {
      if (states.length <= 1) return false;
      undone.push(states.pop());
      return true;
    },
    redo() {
      const s = undone.pop();
      if (!s) return false;
      states.push(s);
      return true;
    },
    changes() {
      const out = [];
      for (const [p, c] of top().texts) {
        const before = originals.get(p)?.text;
        if (before !== void 0 && before !== c.text) out.push({ path: p, before, after: c.text });
      }
      return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    },
    diff(options = {}) {
      const display = options.display ?? ((p) => p);
      return this.changes().map((c) => (0, import_diff.unifiedDiff)(display(c.path), c.before, c.after, { color: !!options.color })).join("");
    },
    suggestions(options = {}) {
      const display = options.display ?? ((p) => p);
      const run = current();
      const texts = /* @__PURE__ */ new Map();
      for (const t of run.trees) for (const [p, parsed] of t.files) if (!texts.has(p)) texts.set(p, parsed.file.text);
      const out = [];
      for (const f of run.findings) {
        if (f.fix?.applicability !== "suggestion" || f.fix.edits.length === 0) continue;
        const byFile = /* @__PURE__ */ new Map();
        for (const e of f.fix.edits) byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
        if ([...byFile.keys()].some((p) => !texts.has(p))) continue;
        const diff = [...byFile].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([p, edits]) => (0, import_diff.unifiedDiff)(display(p), texts.get(p), (0, import_fixer2.applyEdits)(texts.get(p), edits), { color: !!options.color })).join("");
        out.push({ finding: f, diff });
      }
      return out;
    },
    savePatch(file, options = {}) {
      const target = nodePath3.resolve(settings.cwd, file);
      try {
        (0, import_atomic_write2.writeFileAtomic)(target, this.diff({ ...options.display ? { display: options.display } : {} }));
      } catch (e) {
        throw (0, import_errors.writeError)(e, file);
      }
      return target;
    },
    write(request = {}) {
      if (readOnly) return { kind: "read-only", source: readOnly };
      const changes = this.changes();
      if (changes.length === 0) return { kind: "nothing" };
      const plan = changes.map((c) => {
        const source = originals.get(c.path);
        return { path: c.path, original: (0, import_source2.encodeSource)(source, c.before), next: (0, import_source2.encodeSource)(source, c.after) };
      });
      if (request.verify !== void 0) {
        const changed = new Map(changes.map((c) => [c.path, { after: c.after, source: originals.get(c.path) }]));
        const check = (0, import_atomic_write2.withSignalsHeld)(() => verifyWithNginx(request.verify, loaded.trees, changed));
        if (check.error) return { kind: "unrunnable", bin: request.verify, cause: check.error };
        if (!check.ok) return { kind: "rejected", bin: request.verify, output: check.output };
      }
      try {
        const roots = loaded.trees.flatMap((t) => [t.prefix, ...t.entries.map((e) => nodePath3.dirname(e))]);
        const r = writeAll(plan, { backup: !!request.backup, roots });
        if (r.conflicts.length) return { kind: "conflict", files: r.conflicts };
        return { kind: "written", written: r.written, backups: r.backups };
      } catch (e) {
        return { kind: "failed", message: e.message };
      }
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createFixSession,
  startFixSession
});

})