(function (exports, require, module, __sseLintUrl, __sseLintLoadTui, __sseLintChunk) {// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/pipeline/parse.ts (scripts/build.mjs).
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

// src/pipeline/parse.ts
var parse_exports = {};
__export(parse_exports, {
  parsePayload: () => parsePayload
});
module.exports = __toCommonJS(parse_exports);
var nodePath2 = require("node:path");
var import_inputs = require("src/model/inputs.ts");

// src/reporters/crossplane.ts
var nodePath = require("node:path");
var import_source = require("src/parser/source.ts");
var import_array = require("src/util/array.ts");
function crossplaneArg(file, t) {
  let s;
  if (t.kind === "lua" || !t.quoted) s = t.raw;
  else {
    const q = t.raw[0];
    const inner = t.raw.endsWith(q) && t.raw.length > 1 ? t.raw.slice(1, -1) : t.raw.slice(1);
    s = inner.includes("\\" + q) ? inner.split("\\" + q).join(q) : inner;
  }
  return (0, import_source.displayText)(file, s);
}
function singleFilePayload(parsed, options = {}) {
  const name = rel(parsed.file.path, options.relativeTo);
  const strictErrors = [];
  const parsedStatements = statements(parsed.statements, { parsed, options, index: null, name, errors: strictErrors });
  const errors = [...parsed.errors.map((e) => ({ line: e.line, error: `${e.message} in ${name}:${e.line}` })), ...strictErrors];
  const cfg = { file: name, status: errors.length ? "failed" : "ok", errors, parsed: parsedStatements };
  return { status: cfg.status, errors: errors.map((e) => ({ file: name, ...e })), config: [cfg] };
}
function treePayload(tree, options = {}) {
  const index = /* @__PURE__ */ new Map();
  tree.order.forEach((p, k) => index.set(p, k));
  const configs = tree.order.map((path) => {
    const parsed = tree.files.get(path);
    const name = rel(path, options.relativeTo);
    const strictErrors = [];
    const parsedStatements = statements(parsed.statements, { parsed, options, index, name, errors: strictErrors });
    const errors2 = [...tree.findings.filter((f) => f.span.file === path && f.ruleId !== "include-cycle").sort((a, b) => a.span.start - b.span.start).map((f) => ({ line: f.span.line, error: `${f.message} in ${name}:${f.span.line}` })), ...strictErrors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { file: name, status: errors2.length ? "failed" : "ok", errors: errors2, parsed: parsedStatements };
  });
  const errors = configs.flatMap((c) => c.errors.map((e) => ({ file: c.file, ...e })));
  const payload = { status: errors.length ? "failed" : "ok", errors, config: configs };
  return options.combine ? combinePayload(payload) : payload;
}
function statements(list, e) {
  const { parsed, options, name } = e;
  const out = [];
  const ignore = options.ignore && options.ignore.length ? new Set(options.ignore) : null;
  for (const s of list) {
    if (s.type === "comment") {
      if (options.comments) {
        const c = { directive: "#", line: s.token.line, args: [], comment: (0, import_source.displayText)(parsed.file, s.text) };
        if (options.combine) c.file = name;
        if (options.positions) Object.assign(c, { column: s.token.column, span: [s.start, s.end] });
        out.push(c);
      }
      continue;
    }
    if (!s.terminated && !s.lua && !s.block) continue;
    if (ignore && ignore.has(s.name)) continue;
    if (options.unknown?.(s.name)) {
      e.errors.push({ line: s.nameToken.line, error: `unknown directive "${s.name}" in ${name}:${s.nameToken.line}` });
      continue;
    }
    out.push(directive(s, e));
    if (options.comments) {
      for (const c of s.innerComments) {
        const p = { directive: "#", line: s.nameToken.line, args: [], comment: (0, import_source.displayText)(parsed.file, c.value) };
        if (options.combine) p.file = name;
        out.push(p);
      }
    }
  }
  return out;
}
function directive(d, e) {
  const { parsed, options, index, name } = e;
  const p = {
    directive: (0, import_source.displayText)(parsed.file, d.name),
    line: d.nameToken.line,
    args: d.args.map((a) => crossplaneArg(parsed.file, a))
  };
  if (options.combine) p.file = name;
  if (index && d.name === "include" && !d.lua) p.includes = (d.includes ?? []).map((t) => index.get(t)).filter((k) => k !== void 0);
  if (d.block) p.block = statements(d.block.children, e);
  if (options.positions) Object.assign(p, { column: d.nameToken.column, span: [d.start, d.end] });
  return p;
}
function combinePayload(payload) {
  const configs = payload.config;
  const expand = (block, chain) => {
    const out = [];
    for (const stmt of block) {
      const s = { ...stmt };
      if (s.block) s.block = expand(s.block, chain);
      if (s.includes) {
        for (const k of s.includes) {
          if (chain.includes(k)) continue;
          (0, import_array.appendAll)(out, expand(configs[k]?.parsed ?? [], [...chain, k]));
        }
      } else {
        out.push(s);
      }
    }
    return out;
  };
  const combined = { file: configs[0]?.file ?? "", status: "ok", errors: [], parsed: [] };
  for (const c of configs) {
    (0, import_array.appendAll)(combined.errors, c.errors ?? []);
    if (c.status === "failed") combined.status = "failed";
  }
  combined.parsed = expand(configs[0]?.parsed ?? [], [0]);
  return { status: payload.status ?? "ok", errors: payload.errors ?? [], config: [combined] };
}
function rel(path, base) {
  if (!base || !nodePath.isAbsolute(path)) return path;
  const r = nodePath.relative(base, path);
  return r.startsWith("..") ? path : r;
}

// src/pipeline/parse.ts
var import_parser = require("src/parser/parser.ts");
var import_source2 = require("src/parser/source.ts");
var import_read_file = require("src/util/read-file.ts");
var import_errors = require("src/pipeline/errors.ts");
var import_settings = require("src/pipeline/settings.ts");
function parsePayload(target, request = {}, options = {}) {
  const settings = (0, import_settings.resolveSettings)([target], options);
  const popts = { comments: !!request.comments, combine: !!request.combine, positions: !!request.positions, relativeTo: settings.cwd };
  if (request.singleFile) {
    let bytes;
    try {
      bytes = target === "-" ? options.stdin ?? new Uint8Array() : (0, import_read_file.readRegularFile)(nodePath2.resolve(settings.cwd, target));
    } catch (e) {
      throw new import_errors.PipelineError(e.code === "ENOENT" ? { key: "cli.input.missing", data: { path: target } } : { key: "cli.input.unreadable", data: { path: target }, cause: e });
    }
    const name = target === "-" ? options.stdinName ?? "<stdin>" : nodePath2.resolve(settings.cwd, target);
    return singleFilePayload((0, import_parser.parseSource)((0, import_source2.decodeSource)(name, bytes), (0, import_parser.sureStatementBudget)(import_read_file.SURE_RUN_STATEMENTS, import_read_file.maxRunStatements)), popts);
  }
  const ws = (0, import_inputs.loadInputs)([target], settings.load);
  if (ws.inputErrors.length > 0 || ws.trees.length !== 1) throw new import_errors.PipelineError({ inputs: ws.inputErrors });
  return treePayload(ws.trees[0], popts);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  parsePayload
});

})