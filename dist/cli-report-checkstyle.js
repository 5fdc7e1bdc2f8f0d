(function (exports, require, module, __sseLintUrl, __sseLintLoadTui, __sseLintChunk) {// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/reporters/checkstyle.ts (scripts/build.mjs).
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

// src/reporters/checkstyle.ts
var checkstyle_exports = {};
__export(checkstyle_exports, {
  formatCheckstyle: () => formatCheckstyle,
  xmlAttr: () => xmlAttr
});
module.exports = __toCommonJS(checkstyle_exports);
var import_common = require("src/reporters/common.ts");
function xmlAttr(s) {
  return s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
function formatCheckstyle(result, opts) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of result.files) byFile.set((0, import_common.displayPath)(f, opts.cwd), []);
  for (const f of result.findings) {
    const file = (0, import_common.displayPath)(f.span.file, opts.cwd);
    let list = byFile.get(file);
    if (!list) byFile.set(file, list = []);
    list.push(`    <error line="${f.span.line}" column="${f.span.column}" severity="${f.severity}" message="${xmlAttr(f.message)}" source="${xmlAttr(`sse-lint.${f.ruleId}`)}"/>`);
  }
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const [file, errors] of byFile) {
    if (errors.length === 0) out.push(`  <file name="${xmlAttr(file)}"/>`);
    else out.push(`  <file name="${xmlAttr(file)}">`, ...errors, "  </file>");
  }
  out.push("</checkstyle>");
  return out.join("\n") + "\n";
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  formatCheckstyle,
  xmlAttr
});

})