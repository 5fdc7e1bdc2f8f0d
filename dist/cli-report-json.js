(function (exports, require, module, __sseLintUrl, __sseLintLoadTui, __sseLintChunk) {// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/reporters/json.ts (scripts/build.mjs).
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/reporters/json.ts
var json_exports = {};
__export(json_exports, {
  JSON_REPORT_VERSION: () => JSON_REPORT_VERSION,
  formatJson: () => formatJson,
  writeJson: () => writeJson
});
module.exports = __toCommonJS(json_exports);
var import_version = require("src/version.ts");
var import_common = require("src/reporters/common.ts");
var import_json_out = require("src/reporters/json-out.ts");
var import_stream = require("src/reporters/stream.ts");
var import_finding = require("src/engine/finding.ts");
var import_data_pool = require("src/engine/data-pool.ts");
var JSON_REPORT_VERSION = 2;
function formatJson(result, opts) {
  return (0, import_stream.collect)((write) => writeJson(result, opts, write));
}
function writeJson(result, opts, write) {
  const s = (0, import_common.summarize)(result);
  const config = (0, import_common.configForReport)(result.config, opts.cwd);
  const report = {
    version: JSON_REPORT_VERSION,
    tool: { name: "sse-lint", version: import_version.VERSION },
    ...config ? { config } : {},
    ...result.preset ? { preset: result.preset } : {},
    ...result.sites ? {
      sites: result.sites.map((x) => ({
        site: x.site,
        files: x.files.map((f) => (0, import_common.displayPath)(f, opts.cwd)),
        streamLocations: x.streams,
        bySeverity: { error: x.error, warning: x.warning, info: x.info }
      }))
    } : {},
    summary: {
      files: s.files,
      filesWithFindings: s.filesWithFindings,
      streamLocations: s.streamLocations,
      findings: s.findings,
      bySeverity: { error: s.error, warning: s.warning, info: s.info },
      fixable: s.fixable,
      suggestions: s.suggestions,
      suppressed: s.suppressed,
      ...s.truncated ? { truncated: s.truncated } : {}
    },
    files: result.files.map((f) => (0, import_common.displayPath)(f, opts.cwd)),
    findings: import_stream.JSON_ITEMS
  };
  const out = new import_json_out.JsonOut(write);
  const writer = new FindingWriter(out, opts.cwd);
  (0, import_stream.writeJsonDocument)(report, result.findings, out, (f, depth) => writer.finding(f, depth));
}
var K_RULE_ID = (0, import_json_out.keyBytes)("ruleId");
var K_SEVERITY = (0, import_json_out.keyBytes)("severity");
var K_SPAN = (0, import_json_out.keyBytes)("span");
var K_RELATED = (0, import_json_out.keyBytes)("related");
var K_FILE = (0, import_json_out.keyBytes)("file");
var K_DATA = (0, import_json_out.keyBytes)("data");
var K_FINGERPRINT = (0, import_json_out.keyBytes)("fingerprint");
var K_FIX = (0, import_json_out.keyBytes)("fix");
var K_EDITS = (0, import_json_out.keyBytes)("edits");
var K_START = (0, import_json_out.keyBytes)("start");
var K_END = (0, import_json_out.keyBytes)("end");
var K_TEXT = (0, import_json_out.keyBytes)("text");
var FindingWriter = class {
  constructor(out, cwd) {
    this.out = out;
    this.cwd = cwd;
  }
  out;
  cwd;
  shown = /* @__PURE__ */ new Map();
  /** The file display() was last asked about, and its answer (a finding's span, notes and edits are mostly in one file). */
  lastFile;
  lastShown = "";
  /**
   * Related notes, which the engine makes once per line, message and data and many findings share: null once seen,
   * then (seen again) the bytes they are written as at a depth.
   */
  notes = /* @__PURE__ */ new WeakMap();
  /** Fix heads by their shared data (see fixHead). */
  fixHeads = /* @__PURE__ */ new WeakMap();
  display(file) {
    if (file === this.lastFile) return this.lastShown;
    let d = this.shown.get(file);
    if (d === void 0) this.shown.set(file, d = (0, import_common.displayPath)(file, this.cwd));
    this.lastFile = file;
    this.lastShown = d;
    return d;
  }
  /** A member, left out (as JSON.stringify leaves it out) when its value is undefined. */
  member(name, v, depth, first) {
    return this.out.member(name, v, depth, first);
  }
  /** A member whose value is a string but for a broken finding (then written as member() writes it). */
  text(name, k, v, depth, first) {
    if (typeof v !== "string") return this.out.member(name, v, depth, first);
    this.out.keyBytes(k, depth, first);
    this.out.string(v);
    return false;
  }
  /**
   * A text rendered from `data`, then the message id (or title id) and the data: findings that share their data
   * (the engine's DataPool) share these texts too, written once and then copied.
   */
  rendered(name, text, idName, id, data, depth, first) {
    const out = this.out;
    const shared = data !== void 0 && (0, import_data_pool.isShared)(data);
    if (shared && text !== void 0) {
      out.key(name, depth, first);
      out.sharedString(data, text);
      first = false;
    } else first = out.member(name, text, depth, first);
    if (id) first = out.member(idName, id, depth, first);
    if (data) {
      out.keyBytes(K_DATA, depth, first);
      if (shared) out.shared(data, depth);
      else out.value(data, depth);
      first = false;
    }
    return first;
  }
  /** A span with its file as shown (`{ ...span, file: display(span.file) }`). */
  span(s, depth) {
    const out = this.out;
    const d = depth + 1;
    let first = true;
    for (const k in s) {
      if (k === "file") first = this.text(k, K_FILE, this.display(s.file), d, first);
      else {
        const v = s[k];
        if (typeof v === "number") {
          out.key(k, d, first);
          out.number(v);
          first = false;
        } else first = out.member(k, v, d, first);
      }
    }
    if (first) out.text("{}");
    else out.close(depth, 125);
  }
  spanMember(k, s, depth, first) {
    this.out.keyBytes(k, depth, first);
    this.span(s, depth);
    return false;
  }
  finding(f, depth) {
    const out = this.out;
    const d = depth + 1;
    let first = this.text("ruleId", K_RULE_ID, f.ruleId, d, true);
    first = this.text("severity", K_SEVERITY, f.severity, d, first);
    first = this.rendered("message", f.message, "messageId", f.messageId, f.data, d, first);
    first = this.spanMember(K_SPAN, f.span, d, first);
    out.keyBytes(K_RELATED, d, first);
    this.related(f.related, d);
    if (f.provenance) this.provenance(f.provenance, d);
    const stream = f.stream;
    if (stream?.length) this.member("stream", stream, d, false);
    if (f.streamReasons?.length) this.member("streamReasons", f.streamReasons, d, false);
    if (f.streamConfidence) this.member("streamConfidence", f.streamConfidence, d, false);
    if (f.chain?.length) this.chain(f.chain, d);
    if (f.fix) this.fix(f.fix, d);
    this.text("fingerprint", K_FINGERPRINT, (0, import_finding.fingerprintOf)(f, this.cwd), d, false);
    out.close(depth, 125);
  }
  related(list, depth) {
    const out = this.out;
    if (list.length === 0) return out.text("[]");
    const d = depth + 1;
    for (let i = 0; i < list.length; i++) {
      out.item(d, i === 0);
      this.note(list[i], d);
    }
    out.close(depth, 93);
  }
  /** A related note as an item at `depth`: copied when the same note was written before. */
  note(r, depth) {
    const known = this.notes.get(r);
    if (known === void 0) {
      this.notes.set(r, null);
      return this.noteText(r, depth);
    }
    if (known !== null && known.depth === depth) return this.out.bytes(known.bytes);
    const out = this.out;
    const bytes = out.capture((o) => {
      this.out = o;
      try {
        this.noteText(r, depth);
      } finally {
        this.out = out;
      }
    });
    this.notes.set(r, { depth, bytes });
    out.bytes(bytes);
  }
  noteText(r, depth) {
    const first = this.spanMember(K_SPAN, r.span, depth + 1, true);
    this.rendered("message", r.message, "messageId", r.messageId, r.data, depth + 1, first);
    this.out.close(depth, 125);
  }
  provenance(p, depth) {
    const out = this.out;
    const d = depth + 1;
    out.key("provenance", depth, false);
    let first = this.member("directive", p.directive, d, true);
    first = this.member("value", p.value, d, first);
    out.key("origin", d, first);
    const o = p.origin;
    if (o.kind === "directive") {
      let f = this.member("kind", "directive", d + 1, true);
      f = this.spanMember(K_SPAN, o.span, d + 1, f);
      this.member("level", o.level, d + 1, f);
    } else {
      let f = this.member("kind", "default", d + 1, true);
      f = this.member("note", o.note, d + 1, f);
      this.member("basis", o.basis, d + 1, f);
    }
    out.close(d, 125);
    this.member("levels", p.levels, d, false);
    out.close(depth, 125);
  }
  chain(chain, depth) {
    const out = this.out;
    out.key("chain", depth, false);
    const d = depth + 1;
    for (let i = 0; i < chain.length; i++) {
      const step = chain[i];
      out.item(d, i === 0);
      let first = this.member("location", step.location, d + 1, true);
      if (step.span) first = this.spanMember(K_SPAN, step.span, d + 1, first);
      else first = this.member("span", null, d + 1, first);
      out.key("via", d + 1, first);
      if (step.via.length === 0) out.text("[]");
      else {
        for (let k = 0; k < step.via.length; k++) {
          const v = step.via[k];
          out.item(d + 2, k === 0);
          const f = this.member("directive", v.directive, d + 3, true);
          this.spanMember(K_SPAN, v.span, d + 3, f);
          out.close(d + 2, 125);
        }
        out.close(d + 1, 93);
      }
      this.member("conditions", step.conditions, d + 1, false);
      out.close(d, 125);
    }
    out.close(depth, 93);
  }
  fix(fix, depth) {
    const out = this.out;
    const d = depth + 1;
    out.keyBytes(K_FIX, depth, false);
    const first = this.fixHead(fix, d);
    out.keyBytes(K_EDITS, d, first);
    const edits = fix.edits;
    if (edits.length === 0) out.text("[]");
    else {
      for (let i = 0; i < edits.length; i++) {
        const e = edits[i];
        out.item(d + 1, i === 0);
        let f = this.text("file", K_FILE, this.display(e.file), d + 2, true);
        f = this.number("start", K_START, e.start, d + 2, f);
        f = this.number("end", K_END, e.end, d + 2, f);
        if (e.text === void 0) this.member("text", e.text, d + 2, f);
        else {
          out.keyBytes(K_TEXT, d + 2, f);
          out.pooledString(e.text);
        }
        out.close(d + 1, 125);
      }
      out.close(d, 93);
    }
    out.close(depth, 125);
  }
  /**
   * A fix's title, title id, data and applicability, the first members of its object at `depth`. Fixes whose data
   * many findings share (the engine's DataPool) mostly have the same head: its bytes are kept per data object.
   */
  fixHead(fix, depth) {
    const data = fix.data;
    if (data === void 0 || !(0, import_data_pool.isShared)(data)) return this.fixHeadText(fix, depth);
    const title = fix.title;
    const known = this.fixHeads.get(data);
    if (known !== void 0 && known.depth === depth && known.title === title && known.titleId === fix.titleId && known.applicability === fix.applicability) {
      this.out.bytes(known.bytes);
      return known.first;
    }
    const out = this.out;
    let first = true;
    const bytes = out.capture((o) => {
      this.out = o;
      try {
        first = this.fixHeadText(fix, depth);
      } finally {
        this.out = out;
      }
    });
    this.fixHeads.set(data, { depth, title, titleId: fix.titleId, applicability: fix.applicability, first, bytes });
    out.bytes(bytes);
    return first;
  }
  fixHeadText(fix, depth) {
    const first = this.rendered("title", fix.title, "titleId", fix.titleId, fix.data, depth, true);
    return this.member("applicability", fix.applicability, depth, first);
  }
  /** A member whose value is a number but for a broken finding (then written as member() writes it). */
  number(name, k, v, depth, first) {
    if (typeof v !== "number") return this.out.member(name, v, depth, first);
    this.out.keyBytes(k, depth, first);
    this.out.number(v);
    return false;
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  JSON_REPORT_VERSION,
  formatJson,
  writeJson
});

})