(function (exports, require, module, __sseLintUrl, __sseLintLoadTui, __sseLintChunk) {// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/reporters/github.ts (scripts/build.mjs).
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

// src/reporters/github.ts
var github_exports = {};
__export(github_exports, {
  escapeData: () => escapeData,
  escapeProperty: () => escapeProperty,
  formatGithub: () => formatGithub,
  writeGithub: () => writeGithub
});
module.exports = __toCommonJS(github_exports);
var import_common = require("src/reporters/common.ts");
var import_stream = require("src/reporters/stream.ts");
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatGithub(result, opts) {
  return (0, import_stream.collect)((write) => writeGithub(result, opts, write));
}
function writeGithub(result, opts, write) {
  for (const f of result.findings) write(annotation(f, opts));
}
function annotation(f, opts) {
  const s = f.span;
  const props = [["file", (0, import_common.displayPath)(s.file, opts.cwd).split("\\").join("/")], ["line", s.line]];
  if (s.endLine === s.line) props.push(["col", s.column], ["endLine", s.endLine], ["endColumn", s.endColumn]);
  else props.push(["endLine", s.endLine]);
  props.push(["title", f.ruleId]);
  const head = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${COMMAND[f.severity]} ${head}::${escapeData(f.message)}
`;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  escapeData,
  escapeProperty,
  formatGithub,
  writeGithub
});

})