(function (exports, require, module, __sseLintUrl, __sseLintLoadTui, __sseLintChunk) {// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/pipeline/explain.ts (scripts/build.mjs).
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

// src/pipeline/explain.ts
var explain_exports = {};
__export(explain_exports, {
  explainEngineId: () => explainEngineId,
  explainRule: () => explainRule,
  explainText: () => explainText,
  explainableIds: () => explainableIds,
  isEngineId: () => isEngineId,
  ruleDocs: () => ruleDocs,
  ruleIds: () => ruleIds,
  suggestIds: () => suggestIds
});
module.exports = __toCommonJS(explain_exports);
var import_registry = require("src/engine/registry.ts");
var import_docs = require("src/i18n/docs.ts");
var import_i18n = require("src/i18n/index.ts");
var import_engine_rules = require("src/reporters/engine-rules.ts");
var import_edit_distance = require("src/util/edit-distance.ts");
var import_errors = require("src/pipeline/errors.ts");
var indent = (s) => s.split("\n").map((l) => `    ${l}`).join("\n");
function explainRule(rule, locale = "en") {
  const m = rule.meta;
  const d = (0, import_docs.localizedDocs)(locale, m.id, { summary: m.summary, why: m.docs.why, fix: m.docs.fix });
  const opts = m.options && Object.keys(m.options).length ? `
${(0, import_i18n.t)(locale, "cli.explain.options", { options: JSON.stringify(m.options) })}
` : "";
  return `${(0, import_i18n.t)(locale, "cli.explain.title", { id: m.id, severity: (0, import_i18n.t)(locale, `cli.severity.${m.severity}`), fix: (0, import_i18n.t)(locale, `cli.explain.fixKind.${m.fix}`) })}
${d.summary}

${(0, import_i18n.t)(locale, "cli.explain.why")}
${d.why}

${(0, import_i18n.t)(locale, "cli.explain.bad")}
${indent(m.docs.bad)}

${(0, import_i18n.t)(locale, "cli.explain.good")}
${indent(m.docs.good)}

${(0, import_i18n.t)(locale, "cli.explain.fix")}
${d.fix}
${opts}
${(0, import_i18n.t)(locale, "cli.explain.references")}
${m.docs.references.map((r) => `  ${r}`).join("\n")}
`;
}
function isEngineId(id) {
  return Object.hasOwn(import_engine_rules.ENGINE_RULES, id);
}
function explainEngineId(id, locale = "en") {
  const e = import_engine_rules.ENGINE_RULES[id];
  const d = (0, import_docs.localizedDocs)(locale, id, { summary: e.summary, why: e.why, fix: e.fix });
  const refs = e.references.length ? `
${(0, import_i18n.t)(locale, "cli.explain.references")}
${e.references.map((r) => `  ${r}`).join("\n")}
` : "";
  return `${(0, import_i18n.t)(locale, e.fixable ? "cli.explain.engineTitleFixes" : "cli.explain.engineTitle", { id, severity: (0, import_i18n.t)(locale, `cli.severity.${e.severity}`) })}
${d.summary}

${(0, import_i18n.t)(locale, "cli.explain.why")}
${d.why}

${(0, import_i18n.t)(locale, "cli.explain.fix")}
${d.fix}
${refs}`;
}
function explainableIds() {
  return [...import_registry.RULES.map((r) => r.meta.id), ...Object.keys(import_engine_rules.ENGINE_RULES)];
}
function ruleIds() {
  return import_registry.RULES.map((r) => r.meta.id);
}
function explainText(id, locale = "en") {
  const rule = (0, import_registry.ruleById)(id);
  if (rule) return explainRule(rule, locale);
  if (isEngineId(id)) return explainEngineId(id, locale);
  const near = suggestIds(id, explainableIds())[0];
  throw new import_errors.PipelineError(near ? { key: "cli.usage.unknownRuleNear", data: { id, near } } : { key: "cli.usage.unknownRule", data: { id } });
}
function suggestIds(input, ids) {
  return ids.map((id) => ({ id, n: (0, import_edit_distance.editDistance)(input, id) })).filter((x) => x.n <= 3).sort((a, b) => a.n - b.n).map((x) => x.id);
}
function ruleDocs(id, locale = "en") {
  const rule = (0, import_registry.ruleById)(id);
  if (rule) return (0, import_docs.localizedDocs)(locale, id, { summary: rule.meta.summary, why: rule.meta.docs.why, fix: rule.meta.docs.fix });
  if (isEngineId(id)) {
    const e = import_engine_rules.ENGINE_RULES[id];
    return (0, import_docs.localizedDocs)(locale, id, { summary: e.summary, why: e.why, fix: e.fix });
  }
  return null;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainEngineId,
  explainRule,
  explainText,
  explainableIds,
  isEngineId,
  ruleDocs,
  ruleIds,
  suggestIds
});

})