// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/reporters/sarif.ts (scripts/build.mjs).
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

// src/reporters/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  FINGERPRINT_KEY: () => FINGERPRINT_KEY,
  SARIF_SCHEMA_URI: () => SARIF_SCHEMA_URI,
  formatSarif: () => formatSarif,
  writeSarif: () => writeSarif
});
module.exports = __toCommonJS(sarif_exports);
var nodePath = require("node:path");
var import_node_url = require("node:url");
var import_engine = require("src/engine/engine.ts");
var import_registry = require("src/engine/registry.ts");
var import_source = require("src/parser/source.ts");
var import_version = require("src/version.ts");
var import_common = require("src/reporters/common.ts");
var import_json_out = require("src/reporters/json-out.ts");
var import_stream = require("src/reporters/stream.ts");
var import_engine_rules = require("src/reporters/engine-rules.ts");
var import_finding = require("src/engine/finding.ts");
var import_docs = require("src/i18n/docs.ts");
var import_i18n = require("src/i18n/index.ts");
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "sseLintFingerprint/v1";
var LEVEL = { error: "error", warning: "warning", info: "note" };
function ruleSources(locale) {
  const list = import_registry.RULES.map((r) => ({
    id: r.meta.id,
    ...(0, import_docs.localizedDocs)(locale, r.meta.id, { summary: r.meta.summary, why: r.meta.docs.why, fix: r.meta.docs.fix }),
    severity: r.meta.severity,
    bad: r.meta.docs.bad,
    good: r.meta.docs.good,
    fixKind: r.meta.fix,
    references: r.meta.docs.references
  }));
  for (const id of import_engine.ENGINE_IDS) {
    const d = import_engine_rules.ENGINE_RULES[id];
    list.push({ id, ...(0, import_docs.localizedDocs)(locale, id, { summary: d.summary, why: d.why, fix: d.fix }), severity: d.severity, references: d.references });
  }
  return list;
}
function fenced(text, lang) {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}${lang}
${text}
${fence}`;
}
function descriptor(r, locale) {
  const helpUri = `${import_common.HOMEPAGE}#${r.id}`;
  const indent = (s) => s.split("\n").map((l) => `    ${l}`).join("\n");
  const h = (key) => (0, import_i18n.t)(locale, `cli.explain.${key}`);
  const field = (key, text2) => (0, import_i18n.t)(locale, "cli.sarif.field", { heading: h(key), text: text2 });
  const block = (key, text2) => `${(0, import_i18n.t)(locale, "cli.sarif.heading", { heading: h(key) })}
${text2}`;
  const text = [
    r.summary,
    field("why", r.why),
    ...r.bad ? [block("bad", indent(r.bad))] : [],
    ...r.good ? [block("good", indent(r.good))] : [],
    field("fix", r.fix),
    ...r.references.length ? [block("references", r.references.map((u) => `  ${u}`).join("\n"))] : [],
    (0, import_i18n.t)(locale, "cli.sarif.documentation", { url: helpUri })
  ].join("\n\n");
  const markdown = [
    `**${r.summary}**`,
    r.why,
    ...r.bad ? [`### ${h("bad")}

${fenced(r.bad, "nginx")}`] : [],
    ...r.good ? [`### ${h("good")}

${fenced(r.good, "nginx")}`] : [],
    `### ${h("fix")}

${r.fix}`,
    ...r.references.length ? [`### ${h("references")}

${r.references.map((u) => `- <${u}>`).join("\n")}`] : [],
    `[${(0, import_i18n.t)(locale, "cli.sarif.docLink", { id: `\`${r.id}\`` })}](${helpUri})`
  ].join("\n\n");
  return {
    id: r.id,
    name: r.id.split("-").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(""),
    shortDescription: { text: r.summary },
    fullDescription: { text: r.why },
    help: { text, markdown },
    helpUri,
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: ["nginx", "server-sent-events"], ...r.fixKind ? { fix: r.fixKind } : {} }
  };
}
function formatSarif(result, opts) {
  return (0, import_stream.collect)((write) => writeSarif(result, opts, write));
}
function writeSarif(result, opts, write) {
  const sources = (0, import_common.sourceIndex)(result);
  const locale = opts.locale ?? "en";
  const rules = ruleSources(locale);
  const described = new Set(rules.map((r) => r.id));
  for (const f of result.findings) {
    if (described.has(f.ruleId)) continue;
    described.add(f.ruleId);
    rules.push({ id: f.ruleId, summary: f.ruleId, severity: f.severity, why: f.ruleId, fix: (0, import_i18n.t)(locale, "cli.sarif.seeMessage"), references: [] });
  }
  const index = new Map(rules.map((r, k) => [r.id, k]));
  const uris = /* @__PURE__ */ new Map();
  const artifact = (file) => {
    let uri = uris.get(file);
    if (!uri) {
      const shown = (0, import_common.displayPath)(file, opts.cwd);
      uri = nodePath.isAbsolute(shown) ? { uri: (0, import_node_url.pathToFileURL)(shown).href } : { uri: shown.split(nodePath.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
      uris.set(file, uri);
    }
    return { ...uri };
  };
  const region = (file, start, end, span) => {
    const src = sources.get(file);
    const a = span ? { line: span.line, column: span.column } : src ? (0, import_source.positionAt)(src, start) : null;
    const b = span ? { line: span.endLine, column: span.endColumn } : src ? (0, import_source.positionAt)(src, end) : null;
    return {
      ...a && b ? { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column } : {},
      charOffset: start,
      charLength: end - start
    };
  };
  const location = (span) => ({
    physicalLocation: { artifactLocation: artifact(span.file), region: region(span.file, span.start, span.end, span) }
  });
  const fixOf = (f) => {
    if (!f.fix) return [];
    const byFile = /* @__PURE__ */ new Map();
    for (const e of f.fix.edits) {
      const list = byFile.get(e.file);
      if (list) list.push(e);
      else byFile.set(e.file, [e]);
    }
    return [{
      description: { text: (0, import_i18n.t)(locale, "cli.sarif.fixDescription", { title: f.fix.title, applicability: (0, import_i18n.t)(locale, `cli.explain.fixKind.${f.fix.applicability}`) }) },
      artifactChanges: [...byFile].map(([file, edits]) => ({
        artifactLocation: artifact(file),
        replacements: edits.map((e) => ({ deletedRegion: region(file, e.start, e.end), ...e.text ? { insertedContent: { text: e.text } } : {} }))
      })),
      properties: { applicability: f.fix.applicability }
    }];
  };
  const seen = /* @__PURE__ */ new Map();
  const resultOf = (f) => {
    const fp = (0, import_finding.fingerprintOf)(f, opts.cwd);
    const occurrence = (seen.get(fp) ?? 0) + 1;
    seen.set(fp, occurrence);
    const related = f.related.map((r) => ({ span: r.span, message: r.message }));
    const p = f.provenance;
    if (p?.origin.kind === "directive") {
      const o = p.origin.span;
      const known = related.some((r) => r.span.file === o.file && r.span.start === o.start) || f.span.file === o.file && f.span.start === o.start;
      if (!known) related.push({ span: o, message: (0, import_i18n.t)(locale, "cli.sarif.setHere", { line: `${p.directive}${p.value === null ? "" : " " + p.value}`, level: p.origin.level }) });
    }
    const stream = f.stream;
    const properties = {
      ...p ? { provenance: { ...p, origin: p.origin.kind === "directive" ? { ...p.origin, span: { ...p.origin.span, file: (0, import_common.displayPath)(p.origin.span.file, opts.cwd) } } : p.origin } } : {},
      ...stream?.length ? { stream } : {},
      ...f.chain?.length ? { chain: (0, import_common.chainForReport)(f.chain, opts.cwd) } : {}
    };
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(f.span)],
      ...related.length ? { relatedLocations: related.map((r, k) => ({ id: k + 1, ...location(r.span), message: { text: r.message } })) } : {},
      partialFingerprints: { primaryLocationLineHash: `${fp}:${occurrence}`, [FINGERPRINT_KEY]: fp },
      ...f.fix ? { fixes: fixOf(f) } : {},
      ...Object.keys(properties).length ? { properties } : {}
    };
  };
  const s = (0, import_common.summarize)(result);
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "sse-lint",
          version: import_version.VERSION,
          semanticVersion: import_version.VERSION,
          informationUri: import_common.HOMEPAGE,
          rules: rules.map((r) => descriptor(r, locale))
        }
      },
      // SARIF's default language is en-US; another one is named.
      ...locale === "en" ? {} : { language: locale },
      columnKind: "utf16CodeUnits",
      results: import_stream.JSON_ITEMS,
      properties: {
        files: s.files,
        filesWithFindings: s.filesWithFindings,
        streamLocations: s.streamLocations,
        suppressed: s.suppressed,
        ...result.config ? { config: (0, import_common.configForReport)(result.config, opts.cwd) } : {}
      }
    }]
  };
  const out = new import_json_out.JsonOut(write);
  (0, import_stream.writeJsonDocument)(log, result.findings, out, (f, depth) => out.value(resultOf(f), depth));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  FINGERPRINT_KEY,
  SARIF_SCHEMA_URI,
  formatSarif,
  writeSarif
});
