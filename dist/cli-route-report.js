(function (exports, require, module, __sseLintUrl, __sseLintLoadTui, __sseLintChunk) {// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/reporters/route.ts (scripts/build.mjs).
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

// src/reporters/route.ts
var route_exports = {};
__export(route_exports, {
  badRequestText: () => badRequestText,
  describeRoute: () => describeRoute,
  pcreProblemText: () => pcreProblemText,
  regexFailureText: () => regexFailureText,
  routeReport: () => routeReport,
  unevaluatedText: () => unevaluatedText
});
module.exports = __toCommonJS(route_exports);
var import_display_width = require("src/util/display-width.ts");
var nodePath = require("node:path");
var import_i18n = require("src/i18n/index.ts");
var import_effective = require("src/model/effective.ts");
var import_routing = require("src/model/routing.ts");
var import_streams = require("src/model/streams.ts");
var import_upstreams = require("src/model/upstreams.ts");
function pcreProblemText(p, locale) {
  return (0, import_i18n.t)(locale, "cli.route.pcre.notEvaluated", { construct: (0, import_i18n.t)(locale, `cli.route.pcre.${p.kind}`, { text: p.text ?? "" }) });
}
function regexFailureText(f, locale) {
  const why = (0, import_i18n.t)(locale, f.code === -47 ? "cli.route.pcre.matchLimit" : "cli.route.pcre.heapLimit");
  return `pcre2_match() failed: ${f.code} on "${f.subject}" using "${f.pattern}" (${why})`;
}
function unevaluatedText(u, locale) {
  return (0, import_i18n.t)(locale, "cli.route.unevaluated", { subject: u.subject, why: u.problem ? pcreProblemText(u.problem, locale) : (0, import_i18n.t)(locale, "cli.route.notEvaluated") });
}
function badRequestText(b, locale) {
  if (b.kind === "bad-host") return (0, import_i18n.t)(locale, "cli.route.bad.host", { host: b.host });
  const key = {
    "not-absolute": "cli.route.bad.notAbsolute",
    "bad-escape": "cli.route.bad.escape",
    nul: "cli.route.bad.nul",
    "above-root": "cli.route.bad.aboveRoot"
  };
  return (0, import_i18n.t)(locale, key[b.kind], { target: b.target });
}
function describeRoute(result, locale = "en") {
  if (!result.server || !result.listen) {
    return (0, import_i18n.t)(locale, "cli.route.noServer", { listen: `${result.request.addr ?? "*"}:${result.request.port}` });
  }
  const how = (() => {
    const name = result.serverName ?? "";
    const listen = (0, import_routing.listenText)(result.listen);
    switch (result.serverMatch) {
      case "exact":
        return (0, import_i18n.t)(locale, "cli.route.server.exact");
      case "leading-wildcard":
        return (0, import_i18n.t)(locale, "cli.route.server.leadingWildcard", { name });
      case "trailing-wildcard":
        return (0, import_i18n.t)(locale, "cli.route.server.trailingWildcard", { name });
      case "regex":
        return (0, import_i18n.t)(locale, "cli.route.server.regex", { name });
      case "default_server":
        return (0, import_i18n.t)(locale, "cli.route.server.defaultServer", { listen });
      case "first-for-listen":
        return (0, import_i18n.t)(locale, "cli.route.server.first", { listen });
    }
  })();
  const server = (0, import_i18n.t)(locale, "cli.route.server", { name: (0, import_routing.serverLabel)(result.serverName, result.server), at: (0, import_routing.blockWhere)(result.server.directive, result.server), how });
  if (result.badRequest) return (0, import_i18n.t)(locale, "cli.route.badRequest", { server, reason: badRequestText(result.badRequest, locale) });
  if (result.regexFailure) {
    return (0, import_i18n.t)(locale, result.regexFailure.during === "server_name" ? "cli.route.regexClose" : "cli.route.regex500", { server, error: regexFailureText(result.regexFailure, locale) });
  }
  const info = result.locationInfo;
  if (!info) return (0, import_i18n.t)(locale, "cli.route.noLocation", { server, uri: result.uri ?? "" });
  const chain = [];
  for (let l = info.parent; l; l = l.parent) chain.unshift((0, import_routing.locationLabel)(l));
  chain.push((0, import_routing.locationLabel)(info));
  const text = (0, import_i18n.t)(locale, "cli.route.location", {
    server,
    chain: chain.join(" > "),
    at: (0, import_routing.blockWhere)(info.node.directive, info.node),
    how: (0, import_i18n.t)(locale, `cli.route.location.${result.locationMatch}`)
  });
  if (result.unsupported.length === 0) return text;
  return (0, import_i18n.t)(locale, "cli.route.withUnevaluated", { route: text, list: (0, import_i18n.joinList)(locale, result.unsupported.map((u) => unevaluatedText(u, locale)), "semicolon") });
}
var LABELS = ["cli.route.label.request", "cli.route.label.route", "cli.route.label.note", "cli.route.label.chain", "cli.route.label.handler", "cli.route.label.stream"];
var MAX_OTHER_WAYS = 8;
function primaryChain(model, chains) {
  const ordinary = chains.filter((c) => c.ordinary);
  return ordinary.find((c) => c.end.kind === "served" && (0, import_streams.canStream)(model.handler(c.end.context))) ?? ordinary.find((c) => c.end.kind === "served") ?? chains[0] ?? null;
}
function chainWords(locale, where) {
  const r = (0, import_i18n.findingRenderer)(locale);
  const conditions = (list) => (0, import_i18n.joinList)(locale, list.map((c) => (0, import_i18n.renderCondition)(r, (0, import_routing.conditionData)(c))), "semicolon");
  const at = (node) => node?.directive ? where(node.directive) : "";
  const block = (node) => (0, import_i18n.t)(locale, node?.directive ? "cli.route.chain.block" : "cli.route.chain.server", { block: (0, import_routing.blockLabel)(node), at: at(node) });
  const end = (e) => {
    switch (e.kind) {
      case "served": {
        const loc = e.context.kind === "if" ? e.context.parent : e.context;
        const served = (0, import_i18n.t)(locale, "cli.route.end.served", { block: block(loc?.kind === "location" ? loc : null) });
        return e.context.kind === "if" && e.context.directive ? (0, import_i18n.t)(locale, "cli.route.end.servedIf", { served, condition: e.context.directive.args.map((a) => a.raw).join(" ") }) : served;
      }
      case "return":
        return (0, import_i18n.t)(locale, "cli.route.end.return", { directive: `${e.directive.name} ${e.directive.args.map((a) => a.raw).join(" ")}`, at: where(e.directive) });
      case "redirect":
        return (0, import_i18n.t)(locale, "cli.route.end.redirect", { code: e.code, directive: e.directive.name, at: where(e.directive) });
      case "status":
        return (0, import_i18n.t)(locale, "cli.route.end.status", {
          code: e.code,
          why: (0, import_i18n.t)(locale, `cli.route.status.${e.reason}`, { max: import_routing.MAX_INTERNAL_REDIRECTS }),
          at: e.directive ? (0, import_i18n.t)(locale, "cli.route.status.at", { directive: e.directive.name, at: where(e.directive) }) : ""
        });
      case "unknown":
        return (0, import_i18n.t)(locale, "cli.route.end.unknown", { directive: e.directive.name, at: where(e.directive), variables: (0, import_i18n.joinList)(locale, e.variables.map((v) => `$${v}`), "comma") });
    }
  };
  const redirects = (list) => (0, import_i18n.joinList)(locale, list.map((r2) => `${r2.directive.name} (${where(r2.directive)})`), "comma");
  const lines = (c) => {
    const out = c.hops.map((h, i) => i === 0 ? block(h.location) : (0, import_i18n.t)(locale, "cli.route.chain.hop", {
      block: block(h.location),
      via: redirects(h.via),
      conditions: h.conditions.length ? (0, import_i18n.t)(locale, "cli.route.chain.conditions", { list: conditions(h.conditions) }) : ""
    }));
    const last = end(c.end);
    out.push((0, import_i18n.t)(locale, "cli.route.chain.end", {
      end: c.via.length ? (0, import_i18n.t)(locale, "cli.route.chain.endVia", { via: redirects(c.via), end: last }) : last,
      conditions: c.conditions.length ? (0, import_i18n.t)(locale, "cli.route.chain.endConditions", { list: conditions(c.conditions) }) : ""
    }));
    return out;
  };
  const way = (c) => {
    const met = [...c.hops.map((h) => h.conditions), c.conditions].filter((g) => g.length > 0).map(conditions);
    const steps = [];
    for (const h of c.hops) {
      for (const v of h.via) steps.push(`${v.directive.name} (${where(v.directive)})`);
      steps.push((0, import_routing.blockLabel)(h.location));
    }
    for (const v of c.via) steps.push(`${v.directive.name} (${where(v.directive)})`);
    steps.push(end(c.end));
    const times = (text, count) => (0, import_i18n.t)(locale, "cli.route.way.times", { text, count });
    return (0, import_i18n.t)(locale, "cli.route.way", {
      websocket: c.ordinary ? "" : (0, import_i18n.t)(locale, "cli.route.way.websocket"),
      when: met.length ? (0, import_i18n.t)(locale, "cli.route.way.when", { conditions: collapseRuns(met, " -> ", times).join((0, import_i18n.t)(locale, "cli.route.way.then")) }) : "",
      steps: collapseRuns(steps, " -> ", times).join(" -> ")
    });
  };
  return { lines, way };
}
function collapseRuns(items, sep, times) {
  const out = [];
  for (let i = 0; i < items.length; ) {
    let best = { size: 1, count: 1 };
    for (let size = 1; size <= 3; size++) {
      const block2 = items.slice(i, i + size).join("\0");
      let count = 1;
      while (i + (count + 1) * size <= items.length && items.slice(i + count * size, i + (count + 1) * size).join("\0") === block2) count++;
      if (count > 1 && count * size > best.count * best.size) best = { size, count };
    }
    const block = items.slice(i, i + best.size);
    out.push(best.count > 1 ? times(best.size > 1 ? `(${block.join(sep)})` : block[0], best.count) : block[0]);
    i += best.size * best.count;
  }
  return out;
}
function routeReport(model, q, cwd, locale = "en") {
  const where = (d) => {
    const rel = nodePath.isAbsolute(d.file.path) ? nodePath.relative(cwd, d.file.path) || d.file.path : d.file.path;
    return `${rel}:${d.nameToken.line}`;
  };
  const show = (d) => `${d.name}${d.args.length ? " " + d.args.map((a) => a.raw).join(" ") : ""} (${where(d)})`;
  const words = (0, import_i18n.findingRenderer)(locale);
  const width = Math.max(...LABELS.map((k) => (0, import_display_width.displayWidth)((0, import_i18n.t)(locale, k)))) + 1;
  const line = (label, text) => {
    const name = (0, import_i18n.t)(locale, label);
    return `${name}${" ".repeat(width - (0, import_display_width.displayWidth)(name))}${text}`;
  };
  const { route: r, chains } = (0, import_routing.routeChains)(model.contexts, { host: q.host, port: q.port, uri: q.uri });
  const out = [];
  out.push(line("cli.route.label.request", (0, import_i18n.t)(locale, "cli.route.request", { host: q.host || (0, import_i18n.t)(locale, "cli.route.noHost"), port: q.port, uri: q.uri })));
  out.push(line("cli.route.label.route", describeRoute(r, locale)));
  if (r.unsupported.length) {
    out.push(line("cli.route.label.note", (0, import_i18n.t)(locale, "cli.route.notEvaluatedHere", { list: (0, import_i18n.joinList)(locale, r.unsupported.map((u) => unevaluatedText(u, locale)), "semicolon") })));
  }
  if (r.regexFailure) return out.join("\n") + "\n";
  const chainText = chainWords(locale, where);
  const primary = primaryChain(model, chains.chains);
  const moves = (c) => c.hops.length > 1 || c.via.length > 0 || c.end.kind !== "served";
  const other = [];
  if (primary && chains.chains.some(moves)) {
    const [first, ...rest] = chainText.lines(primary);
    out.push(line("cli.route.label.chain", first));
    for (const l of rest) out.push(`${" ".repeat(width)}${l}`);
    const detour = (c) => [...c.hops.flatMap((x) => x.conditions), ...c.conditions].some((x) => x.kind === "status");
    const rank = (c) => (c.ordinary ? 0 : 4) + (detour(c) ? 2 : 0) + (c.end.kind === "status" ? 1 : 0);
    const others = chains.chains.filter((c) => c !== primary).map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map((x) => x.c);
    if (others.length) other.push("", (0, import_i18n.t)(locale, "cli.route.otherWays"));
    for (const c of others.slice(0, MAX_OTHER_WAYS)) other.push(`  ${chainText.way(c)}`);
    const more = others.length - MAX_OTHER_WAYS;
    if (more > 0) other.push(`  ${(0, import_i18n.t)(locale, "cli.route.moreWays", { count: more })}`);
    else if (chains.truncated) other.push(`  ${(0, import_i18n.t)(locale, "cli.route.moreWaysUnknown")}`);
  }
  const last = primary?.hops[primary.hops.length - 1];
  const loc = primary?.end.kind === "served" ? primary.end.context : last ? last.location : r.location?.[r.location.length - 1] ?? null;
  const served = loc ?? r.server;
  if (!served) return [...out, ...other].join("\n") + "\n";
  const h = model.handler(served);
  const ctx = model.locationOf(served) ?? served;
  const upstream = h.upstream ? (0, import_i18n.t)(locale, "cli.route.upstream", {
    name: h.upstream.name,
    servers: (0, import_i18n.joinList)(locale, h.upstream.servers.map((s) => s.address), "comma"),
    keepalive: h.upstream.keepalive ? (0, import_i18n.t)(locale, "cli.route.keepalive", { args: h.upstream.keepalive.args.map((a) => a.raw).join(" ") }) : ""
  }) : "";
  out.push(line("cli.route.label.handler", `${h.module}${h.directive ? (0, import_i18n.t)(locale, "cli.route.via", { directive: show(h.directive) }) : ""}${upstream}`));
  const evidence = model.streamEvidence(ctx);
  out.push(line("cli.route.label.stream", evidence.confidence ? (0, import_i18n.t)(locale, "cli.route.streamYes", { reasons: (0, import_i18n.renderStream)(words, evidence.reasons.map((x) => x.why), evidence.confidence) }) : evidence.notStream ? (0, import_i18n.t)(locale, "cli.route.streamNot", { why: (0, import_i18n.renderNotStream)(words, evidence.notStream) }) : (0, import_i18n.t)(locale, "cli.route.streamNo")));
  out.push("");
  out.push((0, import_i18n.t)(locale, "cli.route.settings", {
    level: (0, import_effective.levelName)(ctx),
    version: model.versionText ? (0, import_i18n.t)(locale, "cli.route.version", { version: model.versionText }) : (0, import_i18n.t)(locale, "cli.route.versionUnknown")
  }));
  const prefix = import_upstreams.MODULE_PREFIX[h.module] ?? "proxy";
  const scalar = (name) => {
    const v = model.effective(ctx, name);
    out.push(`  ${(0, import_i18n.t)(locale, "cli.route.value", { name, value: v.args?.join(" ") ?? (0, import_i18n.t)(locale, "cli.route.unset"), origin: (0, import_i18n.renderArg)(words, { kind: "origin", origin: (0, import_effective.originOf)(v, where) }) })}`);
  };
  const list = (name) => {
    const l = model.effectiveList(ctx, name);
    const entries = l.entries;
    if (entries.length === 0 && l.dropped.length === 0) {
      out.push(`  ${(0, import_i18n.t)(locale, "cli.route.listNone", { name, default: l.default ? (0, import_i18n.t)(locale, "cli.route.default", { note: `${l.default.value}${locale === "en" ? ": " : "\uFF1A"}${(0, import_i18n.renderDefault)(words, l.default.basis)}` }) : "" })}`);
      return;
    }
    out.push(`  ${(0, import_i18n.t)(locale, "cli.route.listCount", { name, count: entries.length })}`);
    for (const e of entries) out.push(`    ${(0, import_i18n.t)(locale, "cli.route.entry", { line: show(e.directive), level: (0, import_effective.levelName)(e.context) })}`);
    for (const d of l.dropped) {
      const key = d.how === "inherit-off" ? "cli.route.droppedOff" : "cli.route.dropped";
      out.push(`    ${(0, import_i18n.t)(locale, key, { line: show(d.entry.directive), level: (0, import_effective.levelName)(d.entry.context), by: (0, import_effective.levelName)(d.droppedBy) })}`);
    }
  };
  scalar(`${prefix}_buffering`);
  if (prefix === "proxy") scalar("proxy_http_version");
  scalar(`${prefix}_read_timeout`);
  if (prefix === "proxy") {
    list("proxy_set_header");
    scalar("proxy_cache");
    list("proxy_ignore_headers");
  }
  scalar("gzip");
  list("gzip_types");
  scalar("chunked_transfer_encoding");
  list("add_header");
  return [...out, ...other].join("\n") + "\n";
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  badRequestText,
  describeRoute,
  pcreProblemText,
  regexFailureText,
  routeReport,
  unevaluatedText
});

})