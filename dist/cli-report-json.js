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
var import_stream = require("src/reporters/stream.ts");
var import_finding = require("src/engine/finding.ts");
var JSON_REPORT_VERSION = 2;
function formatJson(result, opts) {
  return (0, import_stream.collect)((write) => writeJson(result, opts, write));
}
function writeJson(result, opts, write) {
  const shown = /* @__PURE__ */ new Map();
  const display = (file) => {
    let d = shown.get(file);
    if (d === void 0) shown.set(file, d = (0, import_common.displayPath)(file, opts.cwd));
    return d;
  };
  const at = (s2) => ({ ...s2, file: display(s2.file) });
  const provenance = (p) => ({
    directive: p.directive,
    value: p.value,
    origin: p.origin.kind === "directive" ? { kind: "directive", span: at(p.origin.span), level: p.origin.level } : { kind: "default", note: p.origin.note, basis: p.origin.basis },
    levels: p.levels
  });
  const finding = (f) => {
    const out = { ruleId: f.ruleId, severity: f.severity, message: f.message };
    if (f.messageId) out.messageId = f.messageId;
    if (f.data) out.data = f.data;
    out.span = at(f.span);
    out.related = f.related.map((r) => {
      const x = { span: at(r.span), message: r.message };
      if (r.messageId) x.messageId = r.messageId;
      if (r.data) x.data = r.data;
      return x;
    });
    if (f.provenance) out.provenance = provenance(f.provenance);
    const stream = f.stream;
    if (stream?.length) out.stream = stream;
    if (f.streamReasons?.length) out.streamReasons = f.streamReasons;
    if (f.streamConfidence) out.streamConfidence = f.streamConfidence;
    if (f.chain?.length) out.chain = (0, import_common.chainForReport)(f.chain, opts.cwd);
    if (f.fix) {
      const fix = { title: f.fix.title };
      if (f.fix.titleId) fix.titleId = f.fix.titleId;
      if (f.fix.data) fix.data = f.fix.data;
      fix.applicability = f.fix.applicability;
      fix.edits = f.fix.edits.map((e) => ({ file: display(e.file), start: e.start, end: e.end, text: e.text }));
      out.fix = fix;
    }
    out.fingerprint = (0, import_finding.fingerprintOf)(f, opts.cwd);
    return out;
  };
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
  (0, import_stream.writeJsonDocument)(report, mapped(result.findings, finding), write);
}
function* mapped(items, f) {
  for (const item of items) yield f(item);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  JSON_REPORT_VERSION,
  formatJson,
  writeJson
});
