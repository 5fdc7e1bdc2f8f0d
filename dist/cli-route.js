(function (exports, require, module, __sseLintUrl, __sseLintLoadTui, __sseLintChunk) {// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/pipeline/route.ts (scripts/build.mjs).
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

// src/pipeline/route.ts
var route_exports = {};
__export(route_exports, {
  routeQuery: () => routeQuery
});
module.exports = __toCommonJS(route_exports);
var import_model = require("src/model/model.ts");
var import_routing = require("src/model/routing.ts");
var import_route = require("src/reporters/route.ts");
var import_errors = require("src/pipeline/errors.ts");
var import_run = require("src/pipeline/run.ts");
var import_settings = require("src/pipeline/settings.ts");
function routeQuery(path, q, options = {}) {
  const settings = (0, import_settings.resolveSettings)([path], options);
  const loaded = (0, import_run.loadRunInputs)([path], settings);
  if (loaded.trees.length !== 1) throw new import_errors.PipelineError({ key: "cli.usage.routeOneInput" });
  const model = (0, import_model.buildModel)(loaded.trees[0], settings.lint.model ?? {});
  const port = q.port ?? firstListenPort(model) ?? 80;
  return (0, import_route.routeReport)(model, { host: q.host ?? "", port, uri: q.uri }, settings.cwd, q.locale ?? settings.locale ?? q.defaultLocale ?? "en");
}
function firstListenPort(model) {
  for (const c of model.contexts.all) {
    if (c.kind !== "server") continue;
    for (const l of (0, import_routing.serverListens)(c)) if (l.kind === "inet") return l.port;
  }
  return null;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  routeQuery
});

})