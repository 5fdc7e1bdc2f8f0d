#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  ENGINE_IDS,
  ENGINE_RULES,
  LocaleError,
  MAX_FINDINGS,
  PipelineError,
  RULES,
  VERSION,
  createFixSession,
  describeRun,
  displayText,
  editDistance,
  elideMiddle,
  explainText,
  findingRenderer,
  fingerprintOf,
  fixPreview,
  interruptedWrites,
  ioReason,
  joinList,
  lintLoaded,
  loadRunInputs,
  localizeFinding,
  localizedDocs,
  parsePayload,
  positionAt,
  readStdinCapped,
  recoverWrites,
  renderDefault,
  renderLevel,
  renderStream,
  resolveLocale,
  resolveSettings,
  routeInRun,
  routeQuery,
  ruleCatalog,
  ruleDocs,
  ruleIds,
  runErrorReason,
  sourceText,
  summarize,
  t,
  writeFileAtomic,
  writeRunBaseline,
  writeStarterConfig
} from "./chunk-4Q4RMB2Z.js";
import {
  CHECKS,
  diffLines,
  tr
} from "./chunk-3GTEUFA4.js";
import {
  SEVERITY_RANK,
  cellWidth,
  dataHasStream,
  displayWidth
} from "./chunk-AMSX6WYA.js";
import "./chunk-VF57VZD3.js";

// src/cli/color.ts
function useColor(stream, env = process.env) {
  if (stream.isTTY && typeof stream.hasColors === "function") return stream.hasColors(env);
  const force = env.FORCE_COLOR;
  return force !== void 0 && ["", "1", "true", "2", "3"].includes(force);
}

// src/cli/io.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
function usage(io, locale2, key, data = {}, tryHelp = false) {
  io.stderr(`sse-lint: ${t(locale2, key, data)}
${tryHelp ? `${t(locale2, "cli.usage.tryHelp")}
` : ""}`);
  return EXIT_USAGE;
}
function failText(io, text) {
  io.stderr(`sse-lint: ${text}
`);
  return EXIT_USAGE;
}
function internalErrorText(e, debug2, locale2 = "en") {
  const err = e instanceof Error ? e : new Error(String(e));
  if (debug2) return `sse-lint: ${t(locale2, "cli.internalError", { message: err.stack ?? err.message })}`;
  const first = err.message.split("\n", 1)[0].trim() || err.name;
  const named = err.name && err.name !== "Error" ? `${err.name}: ${first}` : first;
  return `sse-lint: ${t(locale2, "cli.internalError", { message: `${named} (${t(locale2, "cli.debugHint")})` })}`;
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
  constructor(key, data = {}) {
    super(`${key} ${JSON.stringify(data)}`);
    this.key = key;
    this.data = data;
  }
  key;
  data;
};
var OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  prefix: { type: "string", short: "p" },
  map: { type: "string", multiple: true },
  format: { type: "string", short: "f" },
  "fail-on": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  "max-warnings": { type: "string" },
  output: { type: "string", short: "o" },
  "stdin-filename": { type: "string" },
  "nginx-version": { type: "string" },
  config: { type: "string", short: "c" },
  "no-config": { type: "boolean" },
  init: { type: "boolean" },
  baseline: { type: "string" },
  "baseline-write": { type: "string" },
  locale: { type: "string" },
  strict: { type: "boolean" },
  route: { type: "string", multiple: true },
  "all-proxies": { type: "boolean" },
  preset: { type: "string" },
  context: { type: "string" },
  "in-context": { type: "boolean" },
  rule: { type: "string", multiple: true },
  disable: { type: "string", multiple: true },
  enable: { type: "string", multiple: true },
  "list-rules": { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  fix: { type: "boolean" },
  "unsafe-fixes": { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  diff: { type: "boolean" },
  backup: { type: "boolean" },
  "verify-with-nginx": { type: "string" },
  host: { type: "string" },
  port: { type: "string" },
  interactive: { type: "boolean", short: "i" },
  // parse subcommand
  combine: { type: "boolean" },
  "single-file": { type: "boolean" },
  "include-comments": { type: "boolean" },
  positions: { type: "boolean" },
  debug: { type: "boolean" }
};
var COMMANDS = /* @__PURE__ */ new Set(["parse", "explain", "route", "help"]);
var PATH_OPTIONS = ["config", "baseline", "baseline-write", "prefix", "output", "verify-with-nginx"];
function emptyPathArgument(args) {
  for (const option of PATH_OPTIONS) if (args.values[option] === "") return { option };
  const paths = args.command === "route" ? args.positionals.slice(1) : args.command === "explain" || args.command === "help" ? [] : args.positionals;
  return paths.includes("") ? { option: null } : void 0;
}
function parseCliArgs(argv) {
  let command = "lint";
  let rest = argv;
  if (argv[0] && COMMANDS.has(argv[0])) {
    command = argv[0];
    rest = argv.slice(1);
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
    const late = command === "lint" ? positionals.find((p) => COMMANDS.has(p)) : void 0;
    if (late !== void 0 && !argv.includes("--")) {
      throw new UsageError("cli.usage.commandFirst", { command: late });
    }
    return { command, values, positionals };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw usageError(e);
  }
}
function usageError(e) {
  const quoted = /'(-[^']*)'/.exec(e.message)?.[1] ?? "";
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? /-\w/.exec(quoted)?.[0];
  if (option && e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const names = Object.entries(OPTIONS).flatMap(([name, o]) => [`--${name}`, ..."short" in o ? [`-${o.short}`] : []]);
    const near = option.startsWith("--") ? names.filter((n) => n.startsWith("--")).map((n) => ({ n, d: editDistance(option, n) })).filter((x) => x.d <= 2).sort((a, b) => a.d - b.d)[0]?.n : void 0;
    return near ? new UsageError("cli.usage.unknownOptionNear", { option, near }) : new UsageError("cli.usage.unknownOption", { option });
  }
  if (option && e.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (/does not take an argument/.test(e.message)) return new UsageError("cli.usage.optionTakesNoValue", { option });
    if (/ambiguous/.test(e.message)) return new UsageError("cli.usage.optionDashValue", { option });
    return new UsageError("cli.usage.optionNeedsValue", { option });
  }
  return new UsageError("cli.usage.other", { message: e.message.replace(/\. .*$/s, "") });
}
function localeArgument(argv) {
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === "--") break;
    if (a === "--locale") return argv[k + 1];
    if (a.startsWith("--locale=")) return a.slice("--locale=".length);
  }
  return void 0;
}

// src/cli/commands/explain.ts
function explainCommand(args, io, locale2) {
  if (args.positionals.length !== 1) {
    io.stderr(`sse-lint explain: ${t(locale2, "cli.explain.nameOne", { ids: ruleIds().join(", ") })}
`);
    return EXIT_USAGE;
  }
  try {
    io.stdout(explainText(args.positionals[0], locale2));
    return EXIT_OK;
  } catch (e) {
    io.stderr(`sse-lint explain: ${PipelineError.from(e).render(locale2)}
`);
    return EXIT_USAGE;
  }
}

// src/cli/commands/list-rules.ts
function listRulesCommand(io, locale2) {
  const { rules, engine } = ruleCatalog();
  const all = [...rules, ...engine];
  const severity = (e) => t(locale2, `cli.severity.${e.severity}`);
  const fix = (e) => e.fix === "none" ? "" : t(locale2, `cli.explain.fixKind.${e.fix}`);
  const pad = (s, width) => s + " ".repeat(width - displayWidth(s));
  const widths = [Math.max(...all.map((e) => e.id.length)), Math.max(...all.map((e) => displayWidth(severity(e)))), Math.max(...all.map((e) => displayWidth(fix(e))))];
  const line = (e) => {
    const summary = localizedDocs(locale2, e.id, { summary: e.summary, why: e.why, fix: e.fixText }).summary;
    return `${pad(e.id, widths[0])}  ${pad(severity(e), widths[1])}  ${pad(fix(e), widths[2])}  ${summary}`;
  };
  io.stdout(`${[...rules.map(line), "", t(locale2, "cli.listRules.engine"), ...engine.map(line)].join("\n")}
`);
  return EXIT_OK;
}

// src/reporters/common.ts
import * as nodePath from "node:path";
var HOMEPAGE = "https://www.npmjs.com/package/sse-lint";
function displayPath(file, cwd) {
  if (!nodePath.isAbsolute(file)) return file;
  const key = `${cwd}\0${file}`;
  let shown = displayed.get(key);
  if (shown === void 0) {
    const r = nodePath.relative(cwd, file);
    shown = r === "" || r.startsWith("..") || nodePath.isAbsolute(r) ? file : r;
    if (displayed.size > 1e5) displayed.clear();
    displayed.set(key, shown);
  }
  return shown;
}
var displayed = /* @__PURE__ */ new Map();
function sourceIndex(result) {
  const out = /* @__PURE__ */ new Map();
  for (const tree of result.trees) {
    for (const [key, parsed] of tree.files) {
      if (!out.has(key)) out.set(key, parsed.file);
      if (!out.has(parsed.file.path)) out.set(parsed.file.path, parsed.file);
    }
  }
  return out;
}
function configForReport(config, cwd) {
  return config ? { path: config.path === null ? null : displayPath(config.path, cwd), origin: config.origin } : void 0;
}
function chainForReport(chain, cwd) {
  const at = (s) => ({ ...s, file: displayPath(s.file, cwd) });
  return chain.map((step) => ({
    location: step.location,
    span: step.span ? at(step.span) : null,
    via: step.via.map((v) => ({ directive: v.directive, span: at(v.span) })),
    conditions: step.conditions
  }));
}

// src/cli/commands/init.ts
function initCommand(args, io, locale2) {
  if (args.positionals.length > 1) return usage(io, locale2, "cli.usage.initWithInputs");
  try {
    const written = writeStarterConfig(args.positionals[0] ?? ".", { cwd: io.cwd, locale: locale2 });
    io.stdout(`${t(locale2, "cli.config.initWritten", { file: displayPath(written.path, io.cwd), layout: t(locale2, `cli.config.layout.${written.layout}`) })}
`);
    return EXIT_OK;
  } catch (e) {
    return failText(io, PipelineError.from(e).render(locale2));
  }
}

// src/cli/commands/interactive.ts
import { openSync } from "node:fs";
import { createRequire } from "node:module";

// src/tui/readiness.ts
var RULE_CHECK = {
  "buffering-on": "buffering",
  "accel-buffering-ignored": "buffering",
  "accel-buffering-request-header": "buffering",
  "lua-http10-buffering": "buffering",
  "lua-body-filter-on-stream": "buffering",
  "body-filter-on-stream": "buffering",
  "gzip-event-stream": "buffering",
  "limit-rate-on-stream": "buffering",
  "chunked-encoding-off": "buffering",
  "upstream-http10": "http",
  "keepalive-ineffective": "http",
  "read-timeout-short": "timeout",
  "read-timeout-zero": "timeout",
  "cache-on-stream": "cache",
  "duplicate-hop-header": "hop",
  "connection-upgrade-on-stream": "hop",
  "proxy-set-header-redefinition": "hop",
  "accel-buffering-response-header": "headers",
  "add-header-in-if": "headers",
  "add-header-redefinition": "headers",
  "cors-credentials-wildcard": "headers",
  "cors-missing-always": "headers",
  "http1-connection-limit": "h2",
  "stream-capacity": null
};
function readinessMarks(hasStreams, findings) {
  const marks = Object.fromEntries(CHECKS.map((c) => [c, hasStreams ? "ok" : "na"]));
  for (const f of findings) {
    const check = RULE_CHECK[f.ruleId];
    if (!check) continue;
    const cur = marks[check];
    if (cur === "ok" || cur === "na" || SEVERITY_RANK[f.severity] > SEVERITY_RANK[cur]) marks[check] = f.severity;
  }
  return marks;
}

// src/tui/session.ts
function createReview(inputs, loaded, options = {}) {
  const locale2 = options.locale ?? "en";
  const settings = loaded.settings;
  const show = (p) => displayPath(p, settings.cwd);
  let fix = createFixSession(loaded);
  let staged = [];
  let redoable = [];
  let raw = /* @__PURE__ */ new Map();
  let snap;
  let run;
  const previews = /* @__PURE__ */ new Map();
  const rebuild = () => {
    run = fix.current();
    const layout = describeRun(run);
    const labels = new Map(layout.servers.map((s) => [s.key, s.label]));
    raw = /* @__PURE__ */ new Map();
    previews.clear();
    const items = run.findings.map((f, n) => {
      const id = `${n}:${f.ruleId}:${f.span.file}:${f.span.start}`;
      raw.set(id, f);
      const place = layout.places[n];
      return {
        id,
        finding: locale2 === "en" ? f : localizeFinding(f, locale2),
        place: { file: f.span.file, fileLabel: show(f.span.file), serverKey: place.serverKey, server: place.serverKey ? labels.get(place.serverKey) : null, location: place.location, chain: place.chain }
      };
    });
    const perServer = /* @__PURE__ */ new Map();
    run.findings.forEach((f, n) => {
      for (const k of layout.places[n].serverKeys) perServer.set(k, [...perServer.get(k) ?? [], f]);
    });
    const servers = layout.servers.map((s) => {
      const fs = perServer.get(s.key) ?? [];
      return {
        key: s.key,
        label: s.label,
        file: s.file,
        line: s.line,
        findings: fs.length,
        streams: s.streams.map((x) => ({ ...x, file: show(x.file) })),
        marks: readinessMarks(s.streams.length > 0, fs)
      };
    });
    const counts = /* @__PURE__ */ new Map();
    let file = null;
    for (const l of diffLines(fix.diff())) {
      if (l.kind === "file" && l.text.startsWith("--- a/")) counts.set(l.text.slice(6), file = { added: 0, removed: 0 });
      else if (file && l.kind === "add") file.added++;
      else if (file && l.kind === "del") file.removed++;
    }
    const changed = fix.changes().map((c) => ({ file: c.path, fileLabel: show(c.path), ...counts.get(c.path) ?? { added: 0, removed: 0 } }));
    snap = {
      items,
      servers,
      streamLocations: run.summary.streamLocations,
      staged: [...staged],
      redo: redoable.length,
      changed,
      writable: fix.readOnly === null,
      verifyWith: options.verifyWith ?? null
    };
    return snap;
  };
  rebuild();
  const stepResult = (step, title, ruleId) => {
    if (step.applied.length === 0) {
      const r = step.reverted[0];
      const why = r ? tr(locale2, "reason.reverted", { file: show(r.file), reason: t(locale2, `cli.fix.reason.${r.reason}`) }) : tr(locale2, "reason.nothingApplied");
      return { ok: false, reason: why };
    }
    staged.push({ title: title(step.applied.length), ruleId, count: step.applied.length });
    redoable = [];
    return { ok: true, snapshot: rebuild(), applied: step.applied.length };
  };
  const fresh = () => {
    fix = createFixSession(loadRunInputs(inputs, settings));
    staged = [];
    redoable = [];
  };
  return {
    snapshot: () => snap,
    displayPath: show,
    sourceLines(file) {
      const text = sourceText(run, file);
      return text === null ? null : text.split("\n");
    },
    previewFix(item) {
      if (previews.has(item.id)) return previews.get(item.id);
      const f = raw.get(item.id);
      const text = f?.fix?.edits.length ? fixPreview(run, f, show) : "";
      const out = text ? diffLines(text) : null;
      previews.set(item.id, out);
      return out;
    },
    rule: (ruleId) => ruleDocs(ruleId, locale2),
    apply(itemId) {
      const f = raw.get(itemId);
      if (!f?.fix) return { ok: false, reason: tr(locale2, "reason.noFix") };
      const title = snap.items.find((i) => i.id === itemId)?.finding.fix?.title ?? f.fix.title;
      return stepResult(fix.applyFix(f), () => title, f.ruleId);
    },
    applySafe(itemIds) {
      const safe = (f) => f?.fix?.applicability === "safe" && f.fix.edits.length > 0;
      const title = (count) => tr(locale2, "reason.safeFixes", { count });
      if (!itemIds) return stepResult(fix.applyAll({ unsafe: false }), title, "");
      return stepResult(fix.applyFixes(itemIds.map((id) => raw.get(id)).filter(safe)), title, "");
    },
    undo() {
      const last = staged.pop();
      if (!last || !fix.undo()) return { ok: false, reason: tr(locale2, "reason.nothingToUndo") };
      redoable.push(last);
      return { ok: true, snapshot: rebuild(), applied: last.count };
    },
    redo() {
      const last = redoable.pop();
      if (!last || !fix.redo()) return { ok: false, reason: tr(locale2, "reason.nothingToRedo") };
      staged.push(last);
      return { ok: true, snapshot: rebuild(), applied: last.count };
    },
    reload() {
      try {
        fresh();
      } catch (e) {
        return { ok: false, reason: PipelineError.from(e).render(locale2) };
      }
      return { ok: true, snapshot: rebuild(), applied: 0 };
    },
    pendingDiff: () => diffLines(fix.diff({ display: show })),
    async write() {
      const verify = options.verifyWith ?? void 0;
      const outcome = fix.write({ ...verify !== void 0 ? { verify } : {}, ...options.backup ? { backup: true } : {} });
      switch (outcome.kind) {
        case "written": {
          fresh();
          return { ok: true, snapshot: rebuild(), written: outcome.written, verify: verify !== void 0 ? { ok: true, output: "" } : null };
        }
        case "nothing":
          return { ok: false, reason: tr(locale2, "reason.noChanges"), detail: [], verify: null };
        case "read-only":
          return { ok: false, reason: tr(locale2, outcome.source === "dump" ? "reason.readOnlyDump" : "reason.readOnlyStdin"), detail: [], verify: null };
        case "rejected":
          return { ok: false, reason: tr(locale2, "reason.rejected", { bin: outcome.bin }), detail: outcome.output.split("\n").filter(Boolean).slice(-8), verify: { ok: false, output: outcome.output } };
        case "unrunnable":
          return { ok: false, reason: t(locale2, "cli.fix.verifyUnrunnable", { bin: outcome.bin, reason: runErrorReason(outcome.cause, locale2) }), detail: [], verify: { ok: false, output: outcome.cause.message } };
        case "conflict":
          return { ok: false, reason: tr(locale2, "reason.conflict", { files: outcome.files.map(show).join(", ") }), detail: [], verify: null };
        case "failed":
          return { ok: false, reason: outcome.message, detail: [], verify: null };
      }
    },
    savePatch(path) {
      try {
        return { ok: true, path: show(fix.savePatch(path, { display: show })) };
      } catch (e) {
        return { ok: false, reason: PipelineError.from(e).render(locale2) };
      }
    },
    route: (host, uri) => routeInRun(run, host, uri, locale2).replace(/\n$/, "").split("\n"),
    diskFindings: () => fix.initial.findings,
    exitCode: () => fix.initial.exitCode
  };
}

// src/cli/progress.ts
function createProgress(opts) {
  const now = opts.now ?? Date.now;
  const delay = opts.delay ?? 1e3;
  const interval = opts.interval ?? 100;
  const started = now();
  let files = 0;
  let drawnAt = -Infinity;
  let width = 0;
  const draw = (text, force) => {
    if (!opts.tty) return;
    const t2 = now();
    if (t2 - started < delay || !force && t2 - drawnAt < interval) return;
    drawnAt = t2;
    const w = displayWidth(text);
    opts.write(`\r${text}${" ".repeat(Math.max(0, width - w))}`);
    width = w;
  };
  const locale2 = opts.locale ?? "en";
  const label = () => `sse-lint: ${t(locale2, "cli.progress.parsed", { count: files })}`;
  return {
    fileParsed() {
      files++;
      draw(label(), false);
    },
    checking() {
      draw(`sse-lint: ${t(locale2, "cli.progress.checking", { count: files })}`, true);
    },
    done() {
      if (width > 0) opts.write(`\r${" ".repeat(width)}\r`);
      width = 0;
    }
  };
}

// src/cli/commands/options.ts
function pipelineOptions(args, io, inputs) {
  const v = args.values;
  return {
    cwd: io.cwd,
    ...v["no-config"] ? { config: false } : v.config !== void 0 ? { config: v.config } : {},
    ...v["nginx-version"] !== void 0 ? { nginxVersion: v["nginx-version"] } : {},
    ...v.route ? { routes: v.route } : {},
    ...v["all-proxies"] ? { allProxies: true } : {},
    ...v.preset !== void 0 ? { preset: v.preset } : {},
    ...v.context !== void 0 ? { context: v.context } : {},
    ...v["in-context"] ? { inContext: true } : {},
    ...v.rule ? { rules: v.rule } : {},
    ...v.disable ? { disable: v.disable } : {},
    ...v.enable ? { enable: v.enable } : {},
    ...v.strict ? { strict: true } : {},
    ...v.prefix !== void 0 ? { prefix: v.prefix } : {},
    ...v.map ? { maps: v.map } : {},
    ...inputs.includes("-") ? { stdin: io.readStdin() } : {},
    ...v["stdin-filename"] ? { stdinName: v["stdin-filename"] } : {}
  };
}

// src/cli/commands/interactive.ts
function openTerminal(stdinCarriesConfig, streams = process, ttyPath = "/dev/tty") {
  if (!streams.stdout.isTTY) return { key: "cli.usage.noTerminal" };
  if (streams.stdin.isTTY && !stdinCarriesConfig) return { stdin: streams.stdin, stdout: streams.stdout, close: () => {
  } };
  let fd;
  try {
    fd = openSync(ttyPath, "r");
  } catch (e) {
    const reason = e.code ?? e.message;
    return { key: stdinCarriesConfig ? "cli.usage.noTerminalKeysStdin" : "cli.usage.noTerminalKeys", data: { reason } };
  }
  const tty = createRequire(import.meta.url)("node:tty");
  const stdin = new tty.ReadStream(fd);
  return { stdin, stdout: streams.stdout, close: () => stdin.destroy() };
}
async function interactiveCommand(args, io, flagLocale) {
  const v = args.values;
  let locale2 = flagLocale;
  const inputs = args.positionals;
  if (inputs.length === 0) return usage(io, locale2, "cli.usage.noInput", {}, true);
  if (v.fix || v.diff || v["fix-dry-run"] || v["unsafe-fixes"] || v.format !== void 0 || v.output !== void 0 || v["baseline-write"] !== void 0) {
    return usage(io, locale2, "cli.usage.interactiveConflict");
  }
  if (v["verify-with-nginx"] === "") return usage(io, locale2, "cli.usage.verifyNeedsBinary");
  const max = v["max-warnings"];
  if (max !== void 0 && !/^\d+$/.test(max)) return usage(io, locale2, "cli.usage.badMaxWarnings", { value: max });
  const terminal = openTerminal(inputs.includes("-"));
  if (!("stdin" in terminal)) return usage(io, locale2, terminal.key, terminal.data ?? {});
  const progress = createProgress({ write: io.stderr, tty: !!io.stderrTty, locale: locale2 });
  let session;
  try {
    const settings = resolveSettings(inputs, {
      ...pipelineOptions(args, io, inputs),
      ...v["fail-on"] !== void 0 ? { failOn: v["fail-on"] } : {},
      ...max !== void 0 ? { maxWarnings: Number(max) } : {},
      ...v.baseline !== void 0 ? { baseline: v.baseline } : {},
      onProgress: () => progress.fileParsed()
    });
    if (settings.locale && v.locale === void 0) locale2 = resolveLocale(void 0, io.env ?? process.env, settings.locale);
    for (const n of settings.notes) io.stderr(`sse-lint: ${t(locale2, n.key, n.data)}
`);
    const loaded = loadRunInputs(inputs, settings);
    progress.checking();
    session = createReview(inputs, loaded, { locale: locale2, verifyWith: v["verify-with-nginx"] ?? null, backup: !!v.backup });
    progress.done();
  } catch (e) {
    progress.done();
    terminal.close();
    return failText(io, PipelineError.from(e).render(locale2));
  }
  const env = process.env;
  if (env.NO_COLOR && env.FORCE_COLOR === void 0) env.FORCE_COLOR = "0";
  const saved = { CI: env.CI, CONTINUOUS_INTEGRATION: env.CONTINUOUS_INTEGRATION };
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
  try {
    const { runTui } = await import("./run-OUOZLMXN.js");
    for (const [k, value] of Object.entries(saved)) {
      if (value === void 0) delete env[k];
      else env[k] = value;
    }
    await runTui({ session, locale: locale2, stdin: terminal.stdin, stdout: terminal.stdout });
  } finally {
    terminal.close();
  }
  const parts = [t(locale2, "cli.interactive.remain", { count: session.diskFindings().length })];
  const discarded = session.snapshot().changed.length;
  if (discarded) parts.push(t(locale2, "cli.interactive.discarded", { count: discarded }));
  io.stderr(`sse-lint: ${parts.join("; ")}
`);
  return session.exitCode();
}

// src/cli/commands/lint.ts
import * as nodePath3 from "node:path";

// src/reporters/checkstyle.ts
function xmlAttr(s) {
  return s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
function formatCheckstyle(result, opts) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of result.files) byFile.set(displayPath(f, opts.cwd), []);
  for (const f of result.findings) {
    const file = displayPath(f.span.file, opts.cwd);
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

// src/reporters/stream.ts
function collect(writer) {
  const parts = [];
  writer((s) => void parts.push(s));
  return parts.join("");
}
var JSON_ITEMS = "\0sse-lint-items\0";
var BATCH = 16;
function writeJsonDocument(doc, items, write) {
  const text = JSON.stringify(doc, null, 2);
  const marker = JSON.stringify(JSON_ITEMS);
  const at = text.lastIndexOf(marker);
  if (at < 0) throw new Error("writeJsonDocument: the document has no JSON_ITEMS placeholder");
  const lineStart = text.lastIndexOf("\n", at) + 1;
  let keyIndent = 0;
  while (text.charCodeAt(lineStart + keyIndent) === 32) keyIndent++;
  const depth = keyIndent / 2 + 1;
  let head = 0;
  for (let d = 0; d < depth; d++) head += 2 * d + 2;
  let tail = 0;
  for (let d = 0; d < depth; d++) tail += 2 * d + 2;
  write(text.slice(0, at));
  let batch = [];
  let first = true;
  const flush = () => {
    let wrapped = batch;
    for (let d = 1; d < depth; d++) wrapped = [wrapped];
    const s = JSON.stringify(wrapped, null, 2);
    write(`${first ? "[\n" : ",\n"}${s.slice(head, s.length - tail)}`);
    first = false;
    batch = [];
  };
  for (const item of items) {
    batch.push(item);
    if (batch.length === BATCH) flush();
  }
  if (batch.length > 0) flush();
  write(first ? "[]" : `
${" ".repeat(keyIndent)}]`);
  write(`${text.slice(at + marker.length)}
`);
}
function bufferedWrite(out, size = 1 << 16) {
  let parts = [];
  let length = 0;
  const flush = () => {
    if (parts.length === 0) return;
    const chunk = parts.length === 1 ? parts[0] : parts.join("");
    parts = [];
    length = 0;
    out(chunk);
  };
  return {
    write: (s) => {
      parts.push(s);
      length += s.length;
      if (length >= size) flush();
    },
    flush
  };
}

// src/reporters/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatGithub(result, opts) {
  return collect((write) => writeGithub(result, opts, write));
}
function writeGithub(result, opts, write) {
  for (const f of result.findings) write(annotation(f, opts));
}
function annotation(f, opts) {
  const s = f.span;
  const props = [["file", displayPath(s.file, opts.cwd).split("\\").join("/")], ["line", s.line]];
  if (s.endLine === s.line) props.push(["col", s.column], ["endLine", s.endLine], ["endColumn", s.endColumn]);
  else props.push(["endLine", s.endLine]);
  props.push(["title", f.ruleId]);
  const head = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${COMMAND[f.severity]} ${head}::${escapeData(f.message)}
`;
}

// src/reporters/json.ts
var JSON_REPORT_VERSION = 2;
function formatJson(result, opts) {
  return collect((write) => writeJson(result, opts, write));
}
function writeJson(result, opts, write) {
  const shown = /* @__PURE__ */ new Map();
  const display = (file) => {
    let d = shown.get(file);
    if (d === void 0) shown.set(file, d = displayPath(file, opts.cwd));
    return d;
  };
  const at = (s2) => ({ ...s2, file: display(s2.file) });
  const provenance = (p) => ({
    directive: p.directive,
    value: p.value,
    origin: p.origin.kind === "directive" ? { kind: "directive", span: at(p.origin.span), level: p.origin.level } : { kind: "default", note: p.origin.note, basis: p.origin.basis },
    levels: p.levels
  });
  const finding = (f) => {
    const out = { ruleId: f.ruleId, severity: f.severity, message: f.message };
    if (f.messageId) out.messageId = f.messageId;
    if (f.data) out.data = f.data;
    out.span = at(f.span);
    out.related = f.related.map((r) => {
      const x = { span: at(r.span), message: r.message };
      if (r.messageId) x.messageId = r.messageId;
      if (r.data) x.data = r.data;
      return x;
    });
    if (f.provenance) out.provenance = provenance(f.provenance);
    const stream = f.stream;
    if (stream?.length) out.stream = stream;
    if (f.streamReasons?.length) out.streamReasons = f.streamReasons;
    if (f.streamConfidence) out.streamConfidence = f.streamConfidence;
    if (f.chain?.length) out.chain = chainForReport(f.chain, opts.cwd);
    if (f.fix) {
      const fix = { title: f.fix.title };
      if (f.fix.titleId) fix.titleId = f.fix.titleId;
      if (f.fix.data) fix.data = f.fix.data;
      fix.applicability = f.fix.applicability;
      fix.edits = f.fix.edits.map((e) => ({ file: display(e.file), start: e.start, end: e.end, text: e.text }));
      out.fix = fix;
    }
    out.fingerprint = fingerprintOf(f, opts.cwd);
    return out;
  };
  const s = summarize(result);
  const config = configForReport(result.config, opts.cwd);
  const report = {
    version: JSON_REPORT_VERSION,
    tool: { name: "sse-lint", version: VERSION },
    ...config ? { config } : {},
    ...result.preset ? { preset: result.preset } : {},
    ...result.sites ? {
      sites: result.sites.map((x) => ({
        site: x.site,
        files: x.files.map((f) => displayPath(f, opts.cwd)),
        streamLocations: x.streams,
        bySeverity: { error: x.error, warning: x.warning, info: x.info }
      }))
    } : {},
    summary: {
      files: s.files,
      filesWithFindings: s.filesWithFindings,
      streamLocations: s.streamLocations,
      findings: s.findings,
      bySeverity: { error: s.error, warning: s.warning, info: s.info },
      fixable: s.fixable,
      suggestions: s.suggestions,
      suppressed: s.suppressed,
      ...s.truncated ? { truncated: s.truncated } : {}
    },
    files: result.files.map((f) => displayPath(f, opts.cwd)),
    findings: JSON_ITEMS
  };
  writeJsonDocument(report, mapped(result.findings, finding), write);
}
function* mapped(items, f) {
  for (const item of items) yield f(item);
}

// src/reporters/sarif.ts
import * as nodePath2 from "node:path";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "sseLintFingerprint/v1";
var LEVEL = { error: "error", warning: "warning", info: "note" };
function ruleSources(locale2) {
  const list = RULES.map((r) => ({
    id: r.meta.id,
    ...localizedDocs(locale2, r.meta.id, { summary: r.meta.summary, why: r.meta.docs.why, fix: r.meta.docs.fix }),
    severity: r.meta.severity,
    bad: r.meta.docs.bad,
    good: r.meta.docs.good,
    fixKind: r.meta.fix,
    references: r.meta.docs.references
  }));
  for (const id of ENGINE_IDS) {
    const d = ENGINE_RULES[id];
    list.push({ id, ...localizedDocs(locale2, id, { summary: d.summary, why: d.why, fix: d.fix }), severity: d.severity, references: d.references });
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
function descriptor(r, locale2) {
  const helpUri = `${HOMEPAGE}#${r.id}`;
  const indent = (s) => s.split("\n").map((l) => `    ${l}`).join("\n");
  const h = (key) => t(locale2, `cli.explain.${key}`);
  const field = (key, text2) => t(locale2, "cli.sarif.field", { heading: h(key), text: text2 });
  const block = (key, text2) => `${t(locale2, "cli.sarif.heading", { heading: h(key) })}
${text2}`;
  const text = [
    r.summary,
    field("why", r.why),
    ...r.bad ? [block("bad", indent(r.bad))] : [],
    ...r.good ? [block("good", indent(r.good))] : [],
    field("fix", r.fix),
    ...r.references.length ? [block("references", r.references.map((u) => `  ${u}`).join("\n"))] : [],
    t(locale2, "cli.sarif.documentation", { url: helpUri })
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
    `[${t(locale2, "cli.sarif.docLink", { id: `\`${r.id}\`` })}](${helpUri})`
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
  return collect((write) => writeSarif(result, opts, write));
}
function writeSarif(result, opts, write) {
  const sources = sourceIndex(result);
  const locale2 = opts.locale ?? "en";
  const rules = ruleSources(locale2);
  const described = new Set(rules.map((r) => r.id));
  for (const f of result.findings) {
    if (described.has(f.ruleId)) continue;
    described.add(f.ruleId);
    rules.push({ id: f.ruleId, summary: f.ruleId, severity: f.severity, why: f.ruleId, fix: t(locale2, "cli.sarif.seeMessage"), references: [] });
  }
  const index = new Map(rules.map((r, k) => [r.id, k]));
  const uris = /* @__PURE__ */ new Map();
  const artifact = (file) => {
    let uri = uris.get(file);
    if (!uri) {
      const shown = displayPath(file, opts.cwd);
      uri = nodePath2.isAbsolute(shown) ? { uri: pathToFileURL(shown).href } : { uri: shown.split(nodePath2.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
      uris.set(file, uri);
    }
    return { ...uri };
  };
  const region = (file, start, end, span) => {
    const src = sources.get(file);
    const a = span ? { line: span.line, column: span.column } : src ? positionAt(src, start) : null;
    const b = span ? { line: span.endLine, column: span.endColumn } : src ? positionAt(src, end) : null;
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
      description: { text: t(locale2, "cli.sarif.fixDescription", { title: f.fix.title, applicability: t(locale2, `cli.explain.fixKind.${f.fix.applicability}`) }) },
      artifactChanges: [...byFile].map(([file, edits]) => ({
        artifactLocation: artifact(file),
        replacements: edits.map((e) => ({ deletedRegion: region(file, e.start, e.end), ...e.text ? { insertedContent: { text: e.text } } : {} }))
      })),
      properties: { applicability: f.fix.applicability }
    }];
  };
  const seen = /* @__PURE__ */ new Map();
  const resultOf = (f) => {
    const fp = fingerprintOf(f, opts.cwd);
    const occurrence = (seen.get(fp) ?? 0) + 1;
    seen.set(fp, occurrence);
    const related = f.related.map((r) => ({ span: r.span, message: r.message }));
    const p = f.provenance;
    if (p?.origin.kind === "directive") {
      const o = p.origin.span;
      const known = related.some((r) => r.span.file === o.file && r.span.start === o.start) || f.span.file === o.file && f.span.start === o.start;
      if (!known) related.push({ span: o, message: t(locale2, "cli.sarif.setHere", { line: `${p.directive}${p.value === null ? "" : " " + p.value}`, level: p.origin.level }) });
    }
    const stream = f.stream;
    const properties = {
      ...p ? { provenance: { ...p, origin: p.origin.kind === "directive" ? { ...p.origin, span: { ...p.origin.span, file: displayPath(p.origin.span.file, opts.cwd) } } : p.origin } } : {},
      ...stream?.length ? { stream } : {},
      ...f.chain?.length ? { chain: chainForReport(f.chain, opts.cwd) } : {}
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
  const s = summarize(result);
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "sse-lint",
          version: VERSION,
          semanticVersion: VERSION,
          informationUri: HOMEPAGE,
          rules: rules.map((r) => descriptor(r, locale2))
        }
      },
      // SARIF's default language is en-US; another one is named.
      ...locale2 === "en" ? {} : { language: locale2 },
      columnKind: "utf16CodeUnits",
      results: JSON_ITEMS,
      properties: {
        files: s.files,
        filesWithFindings: s.filesWithFindings,
        streamLocations: s.streamLocations,
        suppressed: s.suppressed,
        ...result.config ? { config: configForReport(result.config, opts.cwd) } : {}
      }
    }]
  };
  writeJsonDocument(log, (function* results() {
    for (const f of result.findings) yield resultOf(f);
  })(), write);
}

// src/reporters/text.ts
var SGR = {
  error: [31, 39],
  warning: [33, 39],
  info: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
  under: [4, 24]
};
var TAB = 4;
var MAX_WIDTH = 160;
var MAX_LINES = 3;
function formatText(result, opts) {
  return collect((write) => writeText(result, opts, write));
}
function writeText(result, opts, write) {
  const paint = (k, s) => opts.color && s ? `\x1B[${SGR[k][0]}m${s}\x1B[${SGR[k][1]}m` : s;
  const sources = sourceIndex(result);
  const l = opts.locale ?? "en";
  let out = [];
  let current = null;
  let currentSite = null;
  for (const f of orderBySite(result)) {
    const site = siteOfFile(result, f.span.file);
    if (site !== null && site !== currentSite) {
      out.push(paint("bold", `== ${t(l, "cli.label.site")} ${clean(site)} ==`));
      currentSite = site;
      current = null;
    }
    const file = displayPath(f.span.file, opts.cwd);
    if (file !== current) {
      out.push(paint("under", clean(file)));
      current = file;
    }
    out.push(`${clean(file)}:${f.span.line}:${f.span.column}  ${paint(f.severity, t(l, `cli.severity.${f.severity}`))}  ${clean(f.message)}  ${paint("dim", f.ruleId)}`);
    const src = sources.get(f.span.file);
    if (src) out.push(...codeFrame(src, f.span, f.severity, paint, l));
    const label = (key, text) => {
      const name = t(l, key);
      return `    ${paint("dim", name)}${" ".repeat(labelWidth(l) - displayWidth(name))}${clean(text)}`;
    };
    if (f.provenance) out.push(label("cli.label.value", describeProvenance(f.provenance, opts.cwd, l)));
    const stream = f.stream;
    if (stream?.length && !dataHasStream(f.data)) {
      const why = f.streamReasons ? renderStream(findingRenderer(l), f.streamReasons, f.streamConfidence) : joinList(l, stream, "semicolon");
      out.push(label("cli.label.stream", why));
    }
    if (f.chain?.length) out.push(label("cli.label.chain", chainText(f.chain, opts.cwd)));
    for (const r of f.related) out.push(label("cli.label.related", `${displayPath(r.span.file, opts.cwd)}:${r.span.line}:${r.span.column}  ${r.message}`));
    if (f.fix) out.push(label("cli.label.fix", t(l, f.fix.applicability === "safe" ? "cli.fix.hintSafe" : f.fix.applicability === "unsafe" ? "cli.fix.hintUnsafe" : "cli.fix.hintSuggestion", { title: f.fix.title })));
    out.push("");
    write(out.join("\n") + "\n");
    out = [];
  }
  out.push(...summaryLines(result, opts).map((line) => paint("bold", line)));
  write(out.join("\n") + "\n");
}
var LABELS = ["cli.label.value", "cli.label.stream", "cli.label.related", "cli.label.chain", "cli.label.fix"];
function labelWidth(locale2) {
  return Math.max(...LABELS.map((k) => displayWidth(t(locale2, k)))) + 1;
}
function chainText(chain, cwd) {
  const at = (s) => `${displayPath(s.file, cwd)}:${s.line}`;
  return chain.map((step) => [
    ...step.via.map((v) => `${v.directive} (${at(v.span)})`),
    `${step.location}${step.span ? ` (${at(step.span)})` : ""}`
  ].join(" -> ")).join(" -> ");
}
function configLine(result, opts) {
  const c = result.config;
  if (!c) return [];
  const l = opts.locale ?? "en";
  if (c.path === null) return [t(l, c.origin === "disabled" ? "cli.summary.configDisabled" : "cli.summary.configNone")];
  return [t(l, c.origin === "discovered" ? "cli.summary.configFound" : "cli.summary.config", { file: displayPath(c.path, opts.cwd) })];
}
function summaryLines(result, opts) {
  return [...countLines(result, opts), ...layoutLines(result, opts), ...configLine(result, opts)];
}
function siteOfFile(result, file) {
  for (const s of result.sites ?? []) if (s.files.includes(file)) return s.site;
  return null;
}
function orderBySite(result) {
  if (!result.sites?.length) return result.findings;
  const rank = /* @__PURE__ */ new Map();
  result.sites.forEach((s, k) => {
    for (const f of s.files) rank.set(f, k + 1);
  });
  return result.findings.map((f, k) => ({ f, k, r: rank.get(f.span.file) ?? 0 })).sort((a, b) => a.r - b.r || a.k - b.k).map((x) => x.f);
}
function layoutLines(result, opts) {
  const l = opts.locale ?? "en";
  const lines = [];
  if (result.preset) {
    lines.push(t(l, "cli.summary.preset", { label: clean(result.preset.label), how: t(l, result.preset.detected ? "cli.summary.presetHow.detected" : "cli.summary.presetHow.chosen") }));
  }
  for (const m of result.models) {
    for (const r of m.contexts.roots) {
      if (!r.assumed || r.assumed.kind === "http") continue;
      lines.push(t(l, "cli.summary.assumed", {
        file: clean(displayPath(r.entry, opts.cwd)),
        block: t(l, `cli.summary.block.${r.assumed.kind}`),
        how: t(l, `cli.summary.assumedHow.${r.assumed.how}`)
      }));
    }
  }
  const sites = result.sites ?? [];
  let ready = 0;
  for (const s of sites) {
    const ok = s.streams > 0 && s.error === 0 && s.warning === 0;
    if (ok) ready++;
    const verdict = s.streams === 0 ? "cli.summary.siteNoStreams" : ok ? "cli.summary.siteReady" : "cli.summary.siteNotReady";
    lines.push(t(l, "cli.summary.site", { site: clean(s.site), streams: s.streams, errors: s.error, warnings: s.warning, verdict: t(l, verdict) }));
  }
  if (sites.length) lines.push(t(l, "cli.summary.sites", { ready, total: sites.filter((s) => s.streams > 0).length }));
  return lines;
}
function countLines(result, opts) {
  const s = summarize(result);
  const l = opts.locale ?? "en";
  const streams = result.models.length ? t(l, "cli.summary.streams", { count: s.streamLocations }) : "";
  const notes = [];
  if (s.suppressed) notes.push(t(l, "cli.summary.suppressedInline", { count: s.suppressed }));
  if (s.ignored) notes.push(t(l, "cli.summary.ignored", { count: s.ignored }));
  const hidden = opts.hidden;
  if (hidden && hidden.warning + hidden.info > 0) {
    const parts = [hidden.warning ? t(l, "cli.count.warnings", { count: hidden.warning }) : "", hidden.info ? t(l, "cli.count.infos", { count: hidden.info }) : ""];
    notes.push(t(l, "cli.summary.quietHidden", { list: joinList(l, parts.filter(Boolean), "and") }));
  }
  const tail = notes.length ? t(l, "cli.summary.notes", { list: joinList(l, notes, "semicolon") }) : "";
  const lines = [s.findings === 0 ? t(l, "cli.summary.none", { files: s.files, streams, notes: tail }) : t(l, "cli.summary.problems", { count: s.findings, errors: s.error, warnings: s.warning, infos: s.info, withFindings: s.filesWithFindings, files: s.files, streams, notes: tail })];
  const fixable = s.fixable.safe + s.fixable.unsafe;
  if (fixable) {
    const parts = [
      s.fixable.safe ? t(l, "cli.summary.fixableSafe", { count: s.fixable.safe }) : "",
      s.fixable.unsafe ? t(l, "cli.summary.fixableUnsafe", { count: s.fixable.unsafe }) : ""
    ];
    lines.push(t(l, "cli.summary.fixable", { count: fixable, list: joinList(l, parts.filter(Boolean), "comma") }));
  }
  return lines;
}
function describeProvenance(p, cwd, locale2 = "en") {
  const head = p.value === null ? p.directive : `${p.directive} ${p.value}`;
  const thisLevel = (level) => renderLevel(findingRenderer(locale2), { name: level, self: true });
  if (p.origin.kind === "directive") {
    const level = p.levels[0] === p.origin.level ? thisLevel(p.origin.level) : p.origin.level;
    return t(locale2, "cli.provenance.set", { head, level, at: `${displayPath(p.origin.span.file, cwd)}:${p.origin.span.line}` });
  }
  const note = renderDefault(findingRenderer(locale2), p.origin.basis);
  const all = [...p.levels].reverse().map((level, k, list) => k === list.length - 1 ? thisLevel(level) : level);
  if (all.length === 0) return t(locale2, "cli.provenance.default", { head, note });
  const cut = elideMiddle(all, 2, 3);
  const levels = cut.omitted ? [...cut.head, t(locale2, "cli.levels.omitted", { count: cut.omitted }), ...cut.tail] : cut.head;
  return t(locale2, "cli.provenance.defaultNotSet", { head, note, levels: joinList(locale2, levels, "or") });
}
function codeFrame(src, span, severity, paint, locale2 = "en") {
  let last = span.endLine;
  if (last > span.line && span.end === src.lineStarts[last - 1]) last--;
  const shown = Math.min(last, span.line + MAX_LINES - 1);
  const gutter = String(shown).length;
  const out = [];
  for (let line = span.line; line <= shown; line++) {
    const start = src.lineStarts[line - 1];
    if (start === void 0) break;
    const next = src.lineStarts[line];
    let end = next === void 0 ? src.text.length : next - 1;
    if (end > start && src.text[end - 1] === "\r") end--;
    const from = Math.max(span.start, start) - start;
    const to = Math.min(Math.max(span.end, span.start), end) - start;
    const text = src.text.slice(start, end);
    const cells = lineCells(src, text, from, to);
    const win = windowCells(cells);
    const code = win.map((c) => c.s).join("").replace(/\s+$/, "");
    out.push(`  ${paint("dim", `${String(line).padStart(gutter)} |`)}${code ? " " + code : ""}`);
    let pad = 0;
    let marks = 0;
    let seen = false;
    for (const c of win) {
      if (c.marked || c.anchor) {
        seen = true;
        marks += c.w;
      } else if (!seen) pad += c.w;
    }
    if (seen && marks === 0) marks = 1;
    if (marks > 0) out.push(`  ${paint("dim", `${" ".repeat(gutter)} |`)} ${" ".repeat(pad)}${paint(severity, "^".repeat(marks))}`);
  }
  if (shown < last) out.push(`  ${paint("dim", `${" ".repeat(gutter)} |`)} ${paint("dim", t(locale2, "cli.frame.moreLines", { count: last - shown }))}`);
  return out;
}
function lineCells(src, text, from, to) {
  const cells = [];
  let col = 0;
  const push = (segment, marked) => {
    for (const ch of displayText(src, segment)) {
      if (ch === "	") {
        const n = TAB - col % TAB;
        for (let k = 0; k < n; k++) cells.push({ s: " ", w: 1, marked });
        col += n;
        continue;
      }
      const cp = ch.codePointAt(0);
      const safe = isControl(cp) ? "\uFFFD" : ch;
      const w = cellWidth(cp);
      cells.push({ s: safe, w, marked });
      col += w;
    }
  };
  push(text.slice(0, from), false);
  if (from === to) cells.push({ s: "", w: 0, marked: false, anchor: true });
  push(text.slice(from, to), true);
  push(text.slice(to), false);
  return cells;
}
function windowCells(cells) {
  const total = cells.reduce((n, c) => n + c.w, 0);
  if (total <= MAX_WIDTH) return cells;
  const firstMarked = cells.findIndex((c) => c.marked || c.anchor);
  let begin = 0;
  if (firstMarked > 0) {
    let before = 0;
    for (let k2 = 0; k2 < firstMarked; k2++) before += cells[k2].w;
    if (before > MAX_WIDTH / 2) {
      let skip = before - 40;
      while (skip > 0 && begin < firstMarked) skip -= cells[begin++].w;
    }
  }
  const out = begin > 0 ? [{ s: "\u2026", w: 1, marked: false }] : [];
  let width = out.length;
  let k = begin;
  for (; k < cells.length && width + cells[k].w <= MAX_WIDTH - 1; k++) {
    out.push(cells[k]);
    width += cells[k].w;
  }
  if (k < cells.length) out.push({ s: "\u2026", w: 1, marked: cells[k].marked });
  return out;
}
function isControl(cp) {
  return cp < 32 || cp >= 127 && cp < 160;
}
function clean(s) {
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, "\uFFFD").replace(/\n/g, " ");
}

// src/reporters/index.ts
var REPORTERS = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  checkstyle: formatCheckstyle,
  github: formatGithub
};
var WRITERS = {
  text: writeText,
  json: writeJson,
  sarif: writeSarif,
  checkstyle: (result, opts, write) => write(formatCheckstyle(result, opts)),
  github: writeGithub
};
var FORMATS = Object.keys(REPORTERS);
function isReportFormat(name) {
  return Object.hasOwn(REPORTERS, name);
}

// src/cli/output.ts
function writeReport(path, text) {
  writeFileAtomic(path, text);
}

// src/cli/commands/lint.ts
function lintCommand(args, io, flagLocale) {
  const v = args.values;
  let locale2 = flagLocale;
  const inputs = args.positionals;
  if (v.config !== void 0 && !/\.json$/i.test(v.config) && (inputs.length === 0 || /\.conf$/i.test(v.config))) {
    return usage(io, locale2, "cli.usage.nginxDashC", { file: v.config });
  }
  if (inputs.length === 0) return usage(io, locale2, "cli.usage.noInput", {}, true);
  if (v.baseline !== void 0 && v["baseline-write"] !== void 0) return usage(io, locale2, "cli.usage.baselineConflict");
  const wantDiff = !!(v["fix-dry-run"] || v.diff);
  const fixing = !!v.fix || wantDiff;
  if (!fixing && (v["unsafe-fixes"] || v.backup || v["verify-with-nginx"] !== void 0)) return usage(io, locale2, "cli.usage.fixOnlyFlags");
  if (v["verify-with-nginx"] === "") return usage(io, locale2, "cli.usage.verifyNeedsBinary");
  const max = v["max-warnings"];
  if (max !== void 0 && !/^\d+$/.test(max)) return usage(io, locale2, "cli.usage.badMaxWarnings", { value: max });
  if (v.output === "") return usage(io, locale2, "cli.usage.noOutputFile");
  const writing = !!v.fix && !wantDiff;
  if (writing) {
    const { recovered, failed } = recoverWrites(inputs, io.cwd);
    for (const r of recovered) {
      const journal = displayPath(r.journal, io.cwd);
      io.stderr(`sse-lint: ${t(locale2, r.outcome === "finished" ? "cli.recover.finished" : "cli.recover.undone", { journal, count: r.files.length })}
`);
      if (r.skipped.length) io.stderr(`sse-lint: ${t(locale2, "cli.recover.skipped", { files: r.skipped.map((f) => displayPath(f, io.cwd)).join(", ") })}
`);
    }
    if (failed.length) return usage(io, locale2, "cli.recover.failed", { journal: displayPath(failed[0].journal, io.cwd), reason: failed[0].reason });
  } else {
    for (const j of interruptedWrites(inputs, io.cwd)) io.stderr(`sse-lint: ${t(locale2, "cli.recover.pending", { journal: displayPath(j, io.cwd) })}
`);
  }
  const progress = createProgress({ write: io.stderr, tty: !!io.stderrTty, locale: locale2 });
  let settings;
  let run;
  let session = null;
  try {
    settings = resolveSettings(inputs, {
      ...pipelineOptions(args, io, inputs),
      ...v["fail-on"] !== void 0 ? { failOn: v["fail-on"] } : {},
      ...max !== void 0 ? { maxWarnings: Number(max) } : {},
      // A baseline being written must see every finding; one being read hides the known ones.
      ...v.baseline !== void 0 ? { baseline: v.baseline } : {},
      onProgress: () => progress.fileParsed()
    });
    if (settings.locale && v.locale === void 0) locale2 = resolveLocale(void 0, io.env ?? process.env, settings.locale);
    for (const n of settings.notes) io.stderr(`sse-lint: ${t(locale2, n.key, n.data)}
`);
    const format = v.format ?? settings.format ?? "text";
    if (!isReportFormat(format)) {
      progress.done();
      return usage(io, locale2, "cli.usage.badFormat", { choices: FORMATS.join(", "), value: format });
    }
    const loaded = loadRunInputs(inputs, settings);
    progress.checking();
    if (fixing) {
      session = createFixSession(loaded);
      run = session.initial;
    } else {
      run = lintLoaded(loaded);
    }
    progress.done();
    const flags2 = { format, output: v.output, quiet: !!v.quiet };
    if (session) return fixAndReport(session, { write: !!v.fix && !wantDiff, unsafe: !!v["unsafe-fixes"], rules: v.rule, backup: !!v.backup, verify: v["verify-with-nginx"] }, flags2, io, locale2);
  } catch (e) {
    progress.done();
    return failText(io, PipelineError.from(e).render(locale2));
  }
  if (v["baseline-write"] !== void 0) {
    const file = nodePath3.resolve(io.cwd, v["baseline-write"]);
    let n;
    try {
      n = writeRunBaseline(run, v["baseline-write"]);
    } catch (e) {
      return failText(io, PipelineError.from(e).render(locale2));
    }
    io.stderr(`sse-lint: ${t(locale2, "cli.baseline.written", { count: n, file: displayPath(file, io.cwd) })}
`);
    return EXIT_OK;
  }
  if (run.summary.baselined && settings.baseline) {
    io.stderr(`sse-lint: ${t(locale2, "cli.summary.baselined", { count: run.summary.baselined, file: displayPath(settings.baseline, io.cwd) })}
`);
  }
  const flags = { format: v.format ?? settings.format ?? "text", output: v.output, quiet: !!v.quiet };
  const code = emitReport(run, flags, io, locale2);
  const fixes = run.summary.fixable.safe + run.summary.fixable.unsafe;
  if (io.stdoutTty && flags.format === "text" && flags.output === void 0 && fixes > 0) {
    io.stdout(`${t(locale2, "cli.fix.hint", { count: fixes, command: reviewCommand(args) })}
`);
  }
  return code;
}
function reviewCommand(args) {
  const v = args.values;
  const out = ["-i"];
  const value = (flag, x) => {
    if (x !== void 0) out.push(flag, x);
  };
  value("--config", v.config);
  if (v["no-config"]) out.push("--no-config");
  value("--nginx-version", v["nginx-version"]);
  for (const r of v.route ?? []) value("--route", r);
  if (v["all-proxies"]) out.push("--all-proxies");
  for (const r of v.rule ?? []) value("--rule", r);
  if (v.strict) out.push("--strict");
  value("--prefix", v.prefix);
  for (const m of v.map ?? []) value("--map", m);
  value("--baseline", v.baseline);
  value("--locale", v.locale);
  const quote = (a) => /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
  return ["sse-lint", ...out, ...args.positionals].map((a, i) => i === 0 ? a : quote(a)).join(" ");
}
function fixAndReport(session, flags, report, io, locale2) {
  if (flags.write && session.readOnly) return usage(io, locale2, session.readOnly === "dump" ? "cli.fix.cannotWriteDump" : "cli.fix.cannotWriteStdin");
  const step = session.applyAll({ unsafe: flags.unsafe, ...flags.rules ? { rules: flags.rules } : {} });
  for (const r of step.reverted) {
    io.stderr(`sse-lint: ${t(locale2, "cli.fix.reverted", { rules: r.ruleIds.join(", "), file: displayPath(r.file, io.cwd), reason: t(locale2, `cli.fix.reason.${r.reason}`) })}
`);
  }
  if (!step.converged) io.stderr(`sse-lint: ${t(locale2, "cli.fix.notConverged", { passes: step.passes })}
`);
  const changes = session.changes();
  const after = session.current();
  if (!flags.write) {
    io.stdout(session.diff({ color: io.color, display: (p) => displayPath(p, io.cwd) }));
    for (const s of session.suggestions({ color: io.color, display: (p) => displayPath(p, io.cwd) })) {
      const f = s.finding;
      io.stdout(`# ${t(locale2, "cli.fix.suggestionHeader", { rule: f.ruleId, file: displayPath(f.span.file, io.cwd), line: f.span.line, title: f.fix.title })}
${s.diff}`);
    }
    io.stderr(`sse-lint: ${t(locale2, "cli.fix.dryRun", { count: step.applied.length, files: changes.length })}
`);
    return step.applied.length > 0 ? EXIT_FINDINGS : after.exitCode;
  }
  const outcome = session.write({ backup: flags.backup, ...flags.verify !== void 0 ? { verify: flags.verify } : {} });
  switch (outcome.kind) {
    case "read-only":
      return usage(io, locale2, outcome.source === "dump" ? "cli.fix.cannotWriteDump" : "cli.fix.cannotWriteStdin");
    case "rejected":
      io.stderr(`sse-lint: ${t(locale2, "cli.fix.verifyRejected", { bin: outcome.bin })}
${outcome.output}
`);
      return EXIT_USAGE;
    case "unrunnable":
      return usage(io, locale2, "cli.fix.verifyUnrunnable", { bin: outcome.bin, reason: runErrorReason(outcome.cause, locale2) });
    case "conflict":
      return usage(io, locale2, "cli.fix.conflict", { files: outcome.files.map((c) => displayPath(c, io.cwd)).join(", ") });
    case "failed":
      return usage(io, locale2, "cli.fix.writeFailed", { message: outcome.message });
    default:
  }
  const written = outcome.kind === "written" ? outcome.written.length : 0;
  const backups = outcome.kind === "written" ? outcome.backups : [];
  const code = emitReport(after, report, io, locale2);
  const applied = t(locale2, "cli.fix.applied", { count: step.applied.length, files: written });
  io.stderr(`sse-lint: ${backups.length ? t(locale2, "cli.fix.withBackups", { applied, list: joinList(locale2, backups.map((b) => displayPath(b, io.cwd)), "comma") }) : applied}
`);
  return code;
}
function emitReport(run, flags, io, locale2) {
  const hidden = { error: 0, warning: 0, info: 0 };
  const localized = locale2 === "en" ? run.findings : run.findings.map((f) => localizeFinding(f, locale2));
  let shown = { ...run, findings: localized };
  if (flags.quiet) {
    for (const f of run.findings) if (f.severity !== "error") hidden[f.severity]++;
    shown = { ...shown, findings: localized.filter((f) => f.severity === "error") };
  }
  const toFile = flags.output !== void 0;
  const opts = { cwd: io.cwd, color: io.color && !toFile, locale: locale2, ...flags.quiet ? { hidden } : {} };
  const writer = (write) => WRITERS[flags.format](shown, opts, write);
  if (toFile) {
    const target = nodePath3.resolve(io.cwd, flags.output);
    try {
      writeReport(target, writer);
    } catch (e) {
      return usage(io, locale2, "cli.usage.cannotWriteReport", { file: flags.output, reason: ioReason(e, locale2) });
    }
  } else {
    const out = bufferedWrite(io.stdout);
    writer(out.write);
    out.flush();
  }
  const warnings = run.summary.warning;
  if (run.summary.truncated) io.stderr(`sse-lint: ${t(locale2, "cli.summary.truncated", { count: run.summary.truncated, max: MAX_FINDINGS })}
`);
  const maxWarnings = run.settings.maxWarnings;
  if (maxWarnings !== void 0 && warnings > maxWarnings) {
    io.stderr(`sse-lint: ${t(locale2, "cli.usage.tooManyWarnings", { count: warnings, max: maxWarnings })}
`);
  }
  return run.exitCode;
}

// src/cli/commands/parse.ts
function parseCommand(args, io, locale2) {
  const v = args.values;
  if (args.positionals.length !== 1) return usage(io, locale2, "cli.usage.parseOne");
  const target = args.positionals[0];
  try {
    const payload = parsePayload(target, {
      comments: !!v["include-comments"],
      combine: !!v.combine,
      positions: !!v.positions,
      singleFile: !!v["single-file"]
    }, pipelineOptions(args, io, [target]));
    io.stdout(JSON.stringify(payload, null, 2) + "\n");
    return payload.status === "ok" ? EXIT_OK : EXIT_FINDINGS;
  } catch (e) {
    return failText(io, PipelineError.from(e).render(locale2));
  }
}

// src/cli/commands/route.ts
function routeCommand(args, io, locale2) {
  const v = args.values;
  if (args.positionals.length !== 2) return usage(io, locale2, "cli.usage.routeArgs");
  const [uri, path] = args.positionals;
  const port = v.port === void 0 ? void 0 : Number(v.port);
  if (port !== void 0 && !(Number.isInteger(port) && port > 0 && port < 65536)) return usage(io, locale2, "cli.usage.badPort", { value: v.port ?? "" });
  try {
    const language = v.locale !== void 0 ? { locale: locale2 } : { defaultLocale: locale2 };
    io.stdout(routeQuery(path, { host: v.host ?? "", ...port !== void 0 ? { port } : {}, uri, ...language }, pipelineOptions(args, io, [path])));
    return EXIT_OK;
  } catch (e) {
    return failText(io, PipelineError.from(e).render(locale2));
  }
}

// src/cli/main.ts
async function main(argv, io) {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      let locale3 = "en";
      try {
        locale3 = resolveLocale(localeArgument(argv), io.env ?? process.env);
      } catch {
      }
      return usage(io, locale3, e.key, e.data, true);
    }
    throw e;
  }
  const v = args.values;
  if (v.color || v["no-color"]) io = { ...io, color: !!v.color && !v["no-color"] };
  let locale2;
  try {
    locale2 = resolveLocale(v.locale, io.env ?? process.env);
  } catch (e) {
    if (!(e instanceof LocaleError)) throw e;
    io.stderr(`sse-lint: ${t("en", "cli.usage.badLocale", { value: v.locale ?? "" })}
`);
    return EXIT_USAGE;
  }
  if (v.help || args.command === "help") {
    io.stdout(t(locale2, "cli.help"));
    return EXIT_OK;
  }
  if (v.version) {
    io.stdout(`sse-lint ${VERSION}
`);
    return EXIT_OK;
  }
  const empty = emptyPathArgument(args);
  if (empty) {
    if (empty.option === "output") return usage(io, locale2, "cli.usage.noOutputFile");
    if (empty.option === "verify-with-nginx") return usage(io, locale2, "cli.usage.verifyNeedsBinary");
    return empty.option ? usage(io, locale2, "cli.usage.emptyOption", { option: `--${empty.option}` }) : usage(io, locale2, "cli.usage.emptyPath");
  }
  if (args.command === "explain") return explainCommand(args, io, locale2);
  if (v["list-rules"]) return listRulesCommand(io, locale2);
  if (v.init) return initCommand(args, io, locale2);
  if (args.command === "parse") return parseCommand(args, io, locale2);
  if (args.command === "route") return routeCommand(args, io, locale2);
  if (v.interactive) return interactiveCommand(args, io, locale2);
  return lintCommand(args, io, locale2);
}

// src/cli.ts
var debug = process.argv.slice(2).includes("--debug");
var locale = () => {
  try {
    return resolveLocale(void 0);
  } catch {
    return "en";
  }
};
var fail = (e) => {
  process.stderr.write(`${internalErrorText(e, debug, locale())}
`);
  process.exitCode = 2;
};
process.on("uncaughtException", (e) => {
  fail(e);
  process.exit(2);
});
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") return;
  process.stderr.write(`sse-lint: ${t(locale(), "cli.stdoutFailed", { reason: ioReason(e, locale()) })}
`);
  process.exit(2);
});
process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readStdinCapped(),
  cwd: process.cwd(),
  color: useColor(process.stdout),
  stderrTty: !!process.stderr.isTTY,
  stdoutTty: !!process.stdout.isTTY
}).catch((e) => {
  fail(e);
  return 2;
});
