// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/reporters/json.ts (scripts/build.mjs).
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
var FindingWriter = class {
  constructor(out, cwd) {
    this.out = out;
    this.cwd = cwd;
  }
  out;
  cwd;
  shown = /* @__PURE__ */ new Map();
  display(file) {
    let d = this.shown.get(file);
    if (d === void 0) this.shown.set(file, d = (0, import_common.displayPath)(file, this.cwd));
    return d;
  }
  /** A member, left out (as JSON.stringify leaves it out) when its value is undefined. */
  member(name, v, depth, first) {
    return this.out.member(name, v, depth, first);
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
      out.key("data", depth, first);
      if (shared) out.shared(data, depth);
      else out.value(data, depth);
      first = false;
    }
    return first;
  }
  /** A span with its file as shown (`{ ...span, file: display(span.file) }`). */
  span(s, depth) {
    const out = this.out;
    let first = true;
    for (const k in s) {
      const v = k === "file" ? this.display(s.file) : s[k];
      first = this.member(k, v, depth + 1, first);
    }
    if (first) out.text("{}");
    else out.close(depth, 125);
  }
  spanMember(name, s, depth, first) {
    this.out.key(name, depth, first);
    this.span(s, depth);
    return false;
  }
  finding(f, depth) {
    const out = this.out;
    const d = depth + 1;
    let first = this.member("ruleId", f.ruleId, d, true);
    first = this.member("severity", f.severity, d, first);
    first = this.rendered("message", f.message, "messageId", f.messageId, f.data, d, first);
    first = this.spanMember("span", f.span, d, first);
    out.key("related", d, first);
    this.related(f.related, d);
    if (f.provenance) this.provenance(f.provenance, d);
    const stream = f.stream;
    if (stream?.length) this.member("stream", stream, d, false);
    if (f.streamReasons?.length) this.member("streamReasons", f.streamReasons, d, false);
    if (f.streamConfidence) this.member("streamConfidence", f.streamConfidence, d, false);
    if (f.chain?.length) this.chain(f.chain, d);
    if (f.fix) this.fix(f.fix, d);
    this.member("fingerprint", (0, import_finding.fingerprintOf)(f, this.cwd), d, false);
    out.close(depth, 125);
  }
  related(list, depth) {
    const out = this.out;
    if (list.length === 0) return out.text("[]");
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      const d = depth + 1;
      out.item(d, i === 0);
      let first = this.spanMember("span", r.span, d + 1, true);
      first = this.rendered("message", r.message, "messageId", r.messageId, r.data, d + 1, first);
      out.close(d, 125);
    }
    out.close(depth, 93);
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
      f = this.spanMember("span", o.span, d + 1, f);
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
      if (step.span) first = this.spanMember("span", step.span, d + 1, first);
      else first = this.member("span", null, d + 1, first);
      out.key("via", d + 1, first);
      if (step.via.length === 0) out.text("[]");
      else {
        for (let k = 0; k < step.via.length; k++) {
          const v = step.via[k];
          out.item(d + 2, k === 0);
          const f = this.member("directive", v.directive, d + 3, true);
          this.spanMember("span", v.span, d + 3, f);
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
    out.key("fix", depth, false);
    let first = this.rendered("title", fix.title, "titleId", fix.titleId, fix.data, d, true);
    first = this.member("applicability", fix.applicability, d, first);
    out.key("edits", d, first);
    const edits = fix.edits;
    if (edits.length === 0) out.text("[]");
    else {
      for (let i = 0; i < edits.length; i++) {
        const e = edits[i];
        out.item(d + 1, i === 0);
        let f = this.member("file", this.display(e.file), d + 2, true);
        f = this.member("start", e.start, d + 2, f);
        f = this.member("end", e.end, d + 2, f);
        if (e.text === void 0) this.member("text", e.text, d + 2, f);
        else {
          out.key("text", d + 2, f);
          out.pooledString(e.text);
        }
        out.close(d + 1, 125);
      }
      out.close(d, 93);
    }
    out.close(depth, 125);
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  JSON_REPORT_VERSION,
  formatJson,
  writeJson
});
