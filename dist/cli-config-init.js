(function (exports, require, module, __sseLintUrl, __sseLintLoadTui, __sseLintChunk) {// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/engine/config/init.ts (scripts/build.mjs).
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

// src/engine/config/init.ts
var init_exports = {};
__export(init_exports, {
  initConfig: () => initConfig,
  starterConfig: () => starterConfig
});
module.exports = __toCommonJS(init_exports);
var nodeFs = require("node:fs");
var nodePath = require("node:path");
var import_version = require("src/version.ts");
var import_i18n = require("src/i18n/index.ts");
var import_atomic_write = require("src/util/atomic-write.ts");
var import_errors = require("src/engine/config/errors.ts");
var import_presets = require("src/engine/config/presets.ts");
var import_types = require("src/engine/config/types.ts");
function schemaRef(dir) {
  const local = nodePath.join(dir, "node_modules", "sse-lint", "schema", "config.schema.json");
  if (nodeFs.existsSync(local)) return "./node_modules/sse-lint/schema/config.schema.json";
  return `https://unpkg.com/sse-lint@${import_version.VERSION.replace(/-dev$/, "")}/schema/config.schema.json`;
}
function starterConfig(layout, locale = "en", schemaUrl = "https://unpkg.com/sse-lint/schema/config.schema.json") {
  const name = (0, import_i18n.t)(locale, `cli.config.layout.${layout}`);
  const comment = [(0, import_i18n.t)(locale, "cli.init.header", { layout: name })];
  const preset = layout === "plain" ? void 0 : layout;
  if (preset) comment.push((0, import_i18n.t)(locale, "cli.init.preset", { preset, effect: (0, import_i18n.t)(locale, `cli.init.effect.${preset}`) }));
  comment.push((0, import_i18n.t)(locale, "cli.init.streams"), (0, import_i18n.t)(locale, "cli.init.version"), (0, import_i18n.t)(locale, "cli.init.ignore"), (0, import_i18n.t)(locale, "cli.init.failOn"));
  return {
    $schema: schemaUrl,
    $comment: comment,
    ...preset ? { preset } : {},
    streams: [],
    rules: { $comment: (0, import_i18n.t)(locale, "cli.init.rules") },
    ignore: [],
    failOn: "warning"
  };
}
function initConfig(dir, options = {}) {
  const abs = nodePath.resolve(dir);
  for (const name of import_types.CONFIG_FILES) {
    const p = nodePath.join(abs, name);
    if (nodeFs.existsSync(p)) throw new import_errors.ConfigError(p, [{ pointer: "", key: "cli.config.initExists", data: { file: p } }]);
  }
  const target = nodePath.join(abs, import_types.CONFIG_FILES[0]);
  const text = JSON.stringify(starterConfig((0, import_presets.detectLayout)(abs), options.locale, schemaRef(abs)), null, 2) + "\n";
  try {
    (0, import_atomic_write.writeFileAtomic)(target, text, { exclusive: true });
  } catch (e) {
    if (e.code === "EEXIST") throw new import_errors.ConfigError(target, [{ pointer: "", key: "cli.config.initExists", data: { file: target } }]);
    throw e;
  }
  return target;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  initConfig,
  starterConfig
});

})