(function (exports, require, module, __sseLintUrl, __sseLintLoadTui, __sseLintChunk) {// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/reporters/sarif.ts (scripts/build.mjs).
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
var import_data_pool = require("src/engine/data-pool.ts");
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
  const locale = opts.locale ?? "en";
  const rules = ruleSources(locale);
  const described = new Set(rules.map((r) => r.id));
  for (const f of result.findings) {
    if (described.has(f.ruleId)) continue;
    described.add(f.ruleId);
    rules.push({ id: f.ruleId, summary: f.ruleId, severity: f.severity, why: f.ruleId, fix: (0, import_i18n.t)(locale, "cli.sarif.seeMessage"), references: [] });
  }
  const index = new Map(rules.map((r, k) => [r.id, k]));
  const writer = new ResultWriter(out(write), (0, import_common.sourceIndex)(result), index, opts.cwd, locale);
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
  (0, import_stream.writeJsonDocument)(log, result.findings, writer.out, (f, depth) => writer.result(f, depth));
}
function out(write) {
  return new import_json_out.JsonOut(write);
}
var ResultWriter = class {
  constructor(out2, sources, index, cwd, locale) {
    this.out = out2;
    this.sources = sources;
    this.index = index;
    this.cwd = cwd;
    this.locale = locale;
  }
  out;
  sources;
  index;
  cwd;
  locale;
  uris = /* @__PURE__ */ new Map();
  artifactBytes = [];
  /** A fix's description by its title and applicability (the same words for every fix of a kind). */
  descriptions = /* @__PURE__ */ new Map();
  /** Occurrences of each fingerprint so far (primaryLocationLineHash numbers them). */
  seen = /* @__PURE__ */ new Map();
  uri(file) {
    let uri = this.uris.get(file);
    if (!uri) {
      const shown = (0, import_common.displayPath)(file, this.cwd);
      uri = nodePath.isAbsolute(shown) ? { uri: (0, import_node_url.pathToFileURL)(shown).href } : { uri: shown.split(nodePath.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
      this.uris.set(file, uri);
    }
    return uri;
  }
  /** `"artifactLocation": {...}` for a file, as a member at `depth`. */
  artifact(file, depth, first) {
    const out2 = this.out;
    out2.key("artifactLocation", depth, first);
    let byFile = this.artifactBytes[depth];
    if (byFile === void 0) this.artifactBytes[depth] = byFile = /* @__PURE__ */ new Map();
    let bytes = byFile.get(file);
    if (bytes === void 0) {
      bytes = Buffer.from(JSON.stringify(this.uri(file), null, 2).replaceAll("\n", `
${"  ".repeat(depth)}`), "utf8");
      byFile.set(file, bytes);
    }
    out2.bytes(bytes);
    return false;
  }
  /** A region (`"name": {...}`) as a member at `depth`: lines from the span when there is one, else from the file's text. */
  region(name, file, start, end, span, depth, first) {
    const out2 = this.out;
    out2.key(name, depth, first);
    const d = depth + 1;
    let f = true;
    if (span) {
      f = out2.member("startLine", span.line, d, f);
      f = out2.member("startColumn", span.column, d, f);
      f = out2.member("endLine", span.endLine, d, f);
      f = out2.member("endColumn", span.endColumn, d, f);
    } else {
      const src = this.sources.get(file);
      if (src) {
        const a = (0, import_source.positionAt)(src, start);
        const b = (0, import_source.positionAt)(src, end);
        f = out2.member("startLine", a.line, d, f);
        f = out2.member("startColumn", a.column, d, f);
        f = out2.member("endLine", b.line, d, f);
        f = out2.member("endColumn", b.column, d, f);
      }
    }
    f = out2.member("charOffset", start, d, f);
    f = out2.member("charLength", end - start, d, f);
    out2.end(depth, f);
    return false;
  }
  /** `"physicalLocation": {...}` of a span, as a member at `depth`. */
  physical(span, depth, first) {
    const out2 = this.out;
    out2.key("physicalLocation", depth, first);
    this.artifact(span.file, depth + 1, true);
    this.region("region", span.file, span.start, span.end, span, depth + 1, false);
    out2.close(depth, 125);
    return false;
  }
  /**
   * `"name": { "text": ... }` at `depth`. A text rendered from shared data (`data`), or one of the engine's pooled fix
   * texts (`pooled`), has its JSON bytes kept for the next time.
   */
  textObject(name, text, data, depth, first, pooled = false) {
    const out2 = this.out;
    out2.key(name, depth, first);
    if (text === void 0) out2.text("{}");
    else {
      out2.key("text", depth + 1, true);
      if (data !== void 0 && (0, import_data_pool.isShared)(data)) out2.sharedString(data, text);
      else if (pooled) out2.pooledString(text);
      else out2.string(text);
      out2.close(depth, 125);
    }
    return false;
  }
  result(f, depth) {
    const out2 = this.out;
    const d = depth + 1;
    const fp = (0, import_finding.fingerprintOf)(f, this.cwd);
    const occurrence = (this.seen.get(fp) ?? 0) + 1;
    this.seen.set(fp, occurrence);
    let first = out2.member("ruleId", f.ruleId, d, true);
    first = out2.member("ruleIndex", this.index.get(f.ruleId), d, first);
    first = out2.member("level", LEVEL[f.severity], d, first);
    this.textObject("message", f.message, f.data, d, first);
    out2.key("locations", d, false);
    out2.item(d + 1, true);
    this.physical(f.span, d + 2, true);
    out2.close(d + 1, 125);
    out2.close(d, 93);
    const related = f.related.map((r) => ({ span: r.span, message: r.message, data: r.data }));
    const p = f.provenance;
    if (p?.origin.kind === "directive") {
      const o = p.origin.span;
      const known = related.some((r) => r.span.file === o.file && r.span.start === o.start) || f.span.file === o.file && f.span.start === o.start;
      if (!known) related.push({ span: o, message: (0, import_i18n.t)(this.locale, "cli.sarif.setHere", { line: `${p.directive}${p.value === null ? "" : " " + p.value}`, level: p.origin.level }) });
    }
    if (related.length) {
      out2.key("relatedLocations", d, false);
      for (let k = 0; k < related.length; k++) {
        const r = related[k];
        out2.item(d + 1, k === 0);
        out2.member("id", k + 1, d + 2, true);
        this.physical(r.span, d + 2, false);
        this.textObject("message", r.message, r.data, d + 2, false);
        out2.close(d + 1, 125);
      }
      out2.close(d, 93);
    }
    out2.key("partialFingerprints", d, false);
    let pf = out2.member("primaryLocationLineHash", `${fp}:${occurrence}`, d + 1, true);
    pf = out2.member(FINGERPRINT_KEY, fp, d + 1, pf);
    out2.end(d, pf);
    if (f.fix) this.fixes(f.fix, d);
    const stream = f.stream;
    const properties = {
      ...p ? { provenance: { ...p, origin: p.origin.kind === "directive" ? { ...p.origin, span: { ...p.origin.span, file: (0, import_common.displayPath)(p.origin.span.file, this.cwd) } } : p.origin } } : {},
      ...stream?.length ? { stream } : {},
      ...f.chain?.length ? { chain: (0, import_common.chainForReport)(f.chain, this.cwd) } : {}
    };
    if (Object.keys(properties).length) out2.member("properties", properties, d, false);
    out2.close(depth, 125);
  }
  description(title, applicability) {
    let byTitle = this.descriptions.get(applicability);
    if (byTitle === void 0) this.descriptions.set(applicability, byTitle = /* @__PURE__ */ new Map());
    let text = byTitle.get(title);
    if (text === void 0) {
      text = (0, import_i18n.t)(this.locale, "cli.sarif.fixDescription", { title, applicability: (0, import_i18n.t)(this.locale, `cli.explain.fixKind.${applicability}`) });
      if (byTitle.size < 4096) byTitle.set(title, text);
    }
    return text;
  }
  fixes(fix, depth) {
    const out2 = this.out;
    const d = depth + 1;
    const byFile = /* @__PURE__ */ new Map();
    for (const e of fix.edits) {
      const list = byFile.get(e.file);
      if (list) list.push(e);
      else byFile.set(e.file, [e]);
    }
    out2.key("fixes", depth, false);
    out2.item(d, true);
    const description = this.description(fix.title, fix.applicability);
    this.textObject("description", description, void 0, d + 1, true);
    out2.key("artifactChanges", d + 1, false);
    if (byFile.size === 0) out2.text("[]");
    else {
      let firstChange = true;
      for (const [file, edits] of byFile) {
        out2.item(d + 2, firstChange);
        firstChange = false;
        this.artifact(file, d + 3, true);
        out2.key("replacements", d + 3, false);
        for (let k = 0; k < edits.length; k++) {
          const e = edits[k];
          out2.item(d + 4, k === 0);
          this.region("deletedRegion", file, e.start, e.end, null, d + 5, true);
          if (e.text) this.textObject("insertedContent", e.text, void 0, d + 5, false, true);
          out2.close(d + 4, 125);
        }
        out2.close(d + 3, 93);
        out2.close(d + 2, 125);
      }
      out2.close(d + 1, 93);
    }
    out2.key("properties", d + 1, false);
    out2.end(d + 1, out2.member("applicability", fix.applicability, d + 2, true));
    out2.close(d, 125);
    out2.close(depth, 93);
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  FINGERPRINT_KEY,
  SARIF_SCHEMA_URI,
  formatSarif,
  writeSarif
});

})