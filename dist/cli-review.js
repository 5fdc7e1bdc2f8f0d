(function (exports, require, module, __sseLintUrl, __sseLintLoadTui, __sseLintChunk) {// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/pipeline/review.ts (scripts/build.mjs).
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

// src/pipeline/review.ts
var review_exports = {};
__export(review_exports, {
  describeRun: () => describeRun,
  fixPreview: () => fixPreview,
  routeInRun: () => routeInRun,
  sourceText: () => sourceText
});
module.exports = __toCommonJS(review_exports);
var import_context = require("src/model/context.ts");
var import_effective = require("src/model/effective.ts");
var import_servers = require("src/model/queries/servers.ts");
var import_routing = require("src/model/routing.ts");
var import_streams = require("src/model/streams.ts");
var import_diff = require("src/fix/diff.ts");
var import_fixer = require("src/fix/fixer.ts");
var import_route = require("src/reporters/route.ts");
function serverLabel(c) {
  const name = c.directives.find((d) => d.name === "server_name")?.args[0]?.value || "_";
  const l = (0, import_routing.serverListens)(c)[0];
  const port = !l ? "" : l.kind === "inet" ? String(l.port) : `unix:${l.path}`;
  return port ? `${name}:${port}` : name;
}
function locationLabel(c) {
  return `location ${c.directive.args.map((a) => a.raw).join(" ")}`;
}
function describeRun(run) {
  const servers = [];
  const serverOf = /* @__PURE__ */ new Map();
  const ranges = /* @__PURE__ */ new Map();
  const add = (file, start, end, c) => {
    const list = ranges.get(file);
    if (list) list.push([start, end, c]);
    else ranges.set(file, [[start, end, c]]);
  };
  run.models.forEach((model, m) => {
    for (const c of model.contexts.all) {
      if (c.directive) add(c.directive.file.path, c.directive.start, c.directive.end, c);
      for (const d of c.directives) if (!d.block) add(d.file.path, d.start, d.end, c);
      if ((0, import_servers.isHttpServer)(c)) {
        const info = { key: `${m}:${c.id}`, label: serverLabel(c), file: c.directive?.file.path ?? c.entry, line: c.directive?.nameToken.line ?? 1, streams: [] };
        servers.push(info);
        serverOf.set(c, info);
      }
    }
    for (const loc of model.locations) {
      if (!model.isStream(loc)) continue;
      let p = loc.parent;
      while (p && !(0, import_servers.isHttpServer)(p)) p = p.parent;
      const info = p ? serverOf.get(p) : void 0;
      info?.streams.push({ path: (0, import_streams.locationPath)(loc) ?? "", file: loc.directive.file.path, line: loc.directive.nameToken.line });
    }
  });
  const places = run.findings.map((f) => {
    let best = Infinity;
    let inner = [];
    for (const [s, e, c] of ranges.get(f.span.file) ?? []) {
      if (s > f.span.start || f.span.end > e) continue;
      if (e - s < best) {
        best = e - s;
        inner = [c];
      } else if (e - s === best) inner.push(c);
    }
    const place = { serverKey: null, location: null, serverKeys: [], chain: inner[0] ? provenanceChain(f, inner[0]) : null };
    for (const c of inner) {
      let loc = null;
      let p = c;
      while (p && !(0, import_servers.isHttpServer)(p)) {
        if (p.kind === "location" && !loc) loc = p;
        p = p.parent;
      }
      const info = p ? serverOf.get(p) : void 0;
      if (!info || place.serverKeys.includes(info.key)) continue;
      place.serverKeys.push(info.key);
      if (place.serverKey === null) {
        place.serverKey = info.key;
        place.location = loc ? locationLabel(loc) : null;
      }
    }
    return place;
  });
  return { servers, places };
}
function provenanceChain(f, ctx) {
  const p = f.provenance;
  if (!p || p.levels.length === 0) return null;
  let start = ctx;
  while (start && (0, import_effective.levelName)(start) !== p.levels[0]) start = start.parent;
  if (!start) return null;
  const chain = [];
  let found = false;
  for (const level of (0, import_effective.mergeChain)(start)) {
    const d = (0, import_context.directivesNamed)(level, p.directive)[0];
    if (!d) {
      chain.push({ level: (0, import_effective.levelName)(level), value: null, file: null, line: null, state: "not-set" });
      continue;
    }
    chain.push({ level: (0, import_effective.levelName)(level), value: d.args.map((a) => a.value).join(" "), file: d.file.path, line: d.nameToken.line, state: found ? "overridden" : "effective" });
    found = true;
  }
  const eff = chain.find((c) => c.state === "effective");
  if (p.origin.kind === "directive" ? !eff || eff.file !== p.origin.span.file || eff.line !== p.origin.span.line : !!eff) return null;
  return chain;
}
function sourceText(run, file) {
  for (const t of run.trees) {
    const parsed = t.files.get(file);
    if (parsed) return parsed.file.text;
  }
  return null;
}
function fixPreview(run, finding, display = (p) => p) {
  const edits = finding.fix?.edits ?? [];
  const byFile = /* @__PURE__ */ new Map();
  for (const e of edits) byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
  let out = "";
  for (const [file, list] of byFile) {
    const before = sourceText(run, file);
    if (before === null) return "";
    out += (0, import_diff.unifiedDiff)(display(file), before, (0, import_fixer.applyEdits)(before, list), { context: 2 });
  }
  return out;
}
function routeInRun(run, host, uri, locale = "en") {
  const model = run.models[0];
  if (!model) return "";
  const m = /^(.*?)(?::(\d{1,5}))?$/.exec(host.trim());
  let port = m[2] ? Number(m[2]) : null;
  if (port === null) {
    for (const c of model.contexts.all) {
      if (port !== null) break;
      if (c.kind !== "server") continue;
      for (const l of (0, import_routing.serverListens)(c)) {
        if (l.kind === "inet") {
          port = l.port;
          break;
        }
      }
    }
  }
  return (0, import_route.routeReport)(model, { host: m[1] ?? "", port: port ?? 80, uri: uri || "/" }, run.settings.cwd, locale);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  describeRun,
  fixPreview,
  routeInRun,
  sourceText
});

})