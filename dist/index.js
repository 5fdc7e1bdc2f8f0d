import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  PipelineError,
  explainText,
  lintSync,
  parseLocale,
  parsePayload,
  recoverWrites,
  routeQuery,
  ruleIds,
  startFixSession
} from "./chunk-4Q4RMB2Z.js";
import "./chunk-AMSX6WYA.js";
import "./chunk-VF57VZD3.js";

// src/index.ts
function report(run) {
  return {
    findings: run.findings,
    files: run.files,
    summary: run.summary,
    config: run.config,
    exitCode: run.exitCode,
    ...run.preset ? { preset: run.preset } : {},
    ...run.sites ? { sites: run.sites } : {}
  };
}
function asList(inputs) {
  return typeof inputs === "string" ? [inputs] : [...inputs];
}
async function lint(inputs, options = {}) {
  return report(lintSync(asList(inputs), options));
}
async function fix(inputs, options = {}) {
  let recovered = [];
  if (options.write) {
    const r = recoverWrites(asList(inputs), options.cwd ?? process.cwd());
    if (r.failed.length) throw new PipelineError({ key: "cli.recover.failed", data: { journal: r.failed[0].journal, reason: r.failed[0].reason } });
    recovered = r.recovered;
  }
  const session = startFixSession(asList(inputs), options);
  const step = session.applyAll({ unsafe: !!options.unsafe, ...options.rules ? { rules: options.rules } : {} });
  const written = options.write ? session.write({ ...options.backup ? { backup: true } : {}, ...options.verify !== void 0 ? { verify: options.verify } : {} }) : null;
  return { ...report(session.current()), applied: step.applied, changes: session.changes(), diff: session.diff(), written, recovered };
}
function explain(ruleId, options = {}) {
  return explainText(ruleId, parseLocale(options.locale ?? "en") ?? "en");
}
async function route(uri, config, options = {}) {
  const locale = options.locale === void 0 ? void 0 : parseLocale(options.locale) ?? "en";
  return routeQuery(config, {
    uri,
    ...options.host !== void 0 ? { host: options.host } : {},
    ...options.port !== void 0 ? { port: options.port } : {},
    ...locale ? { locale } : {}
  }, options);
}
async function parse(file, request = {}, options = {}) {
  return parsePayload(file, request, options);
}
var ruleIds2 = ruleIds();
export {
  PipelineError,
  explain,
  fix,
  lint,
  parse,
  route,
  ruleIds2 as ruleIds
};
