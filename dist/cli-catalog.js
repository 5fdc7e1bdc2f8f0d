(function (exports, require, module, __sseLintUrl, __sseLintLoadTui, __sseLintChunk) {// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/pipeline/catalog.ts (scripts/build.mjs).
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

// src/pipeline/catalog.ts
var catalog_exports = {};
__export(catalog_exports, {
  ruleCatalog: () => ruleCatalog
});
module.exports = __toCommonJS(catalog_exports);
var import_registry = require("src/engine/registry.ts");
var import_engine_rules = require("src/reporters/engine-rules.ts");
function ruleCatalog() {
  return {
    rules: import_registry.RULES.map((r) => ({ id: r.meta.id, severity: r.meta.severity, fix: r.meta.fix, summary: r.meta.summary, why: r.meta.docs.why, fixText: r.meta.docs.fix })),
    engine: Object.entries(import_engine_rules.ENGINE_RULES).map(([id, e]) => ({ id, severity: e.severity, fix: "none", summary: e.summary, why: e.why, fixText: e.fix }))
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ruleCatalog
});

})