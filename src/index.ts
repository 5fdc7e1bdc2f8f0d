// The public API: `import { lint, fix, explain, route, parse } from 'sse-lint'`. Everything goes through the pipeline.
import { parseLocale } from './i18n/index.js';
import {
  explainText, lintSync, parsePayload, PipelineError, recoverWrites, routeQuery, ruleIds as listRuleIds, startFixSession,
  type AppliedFix, type ConfigInfo, type FileChange, type ParseRequest, type PipelineOptions, type PresetInfo, type Recovery, type SiteReadiness, type Summary, type WriteOutcome,
  type WriteRequest,
} from './pipeline/index.js';
import type { Payload } from './reporters/crossplane.js';
import type { Finding } from './types.js';

export { PipelineError } from './pipeline/index.js';
export type { AppliedFix, ConfigInfo, FileChange, FailOn, ParseRequest, PipelineOptions, Preset, PresetInfo, Recovery, SiteReadiness, SnippetContext, Summary, WriteOutcome, WriteRequest } from './pipeline/index.js';
export type { Applicability, ChainStep, Finding, Fix, Provenance, RelatedSpan, Severity, Span, TextEdit } from './types.js';
export type { Payload } from './reporters/crossplane.js';

/** What `lint` resolves to: plain data, safe to serialise. */
export interface LintReport {
  /** Findings in a deterministic order (file, offset, rule), after the config's levels, ignore globs and baseline. */
  findings: Finding[];
  /** Every config file read. */
  files: string[];
  summary: Summary;
  /** The config file applied, or why none was. */
  config: ConfigInfo;
  /** 0 or 1, as the command line would exit (`failOn`, `maxWarnings`). */
  exitCode: 0 | 1;
  /** The server layout the inputs were read as (`--preset`, detected by default); absent for plain nginx. */
  preset?: PresetInfo;
  /** Per site of the layout: its files, locations checked as streams and findings by severity. */
  sites?: SiteReadiness[];
}

function report(run: ReturnType<typeof lintSync>): LintReport {
  return {
    findings: run.findings, files: run.files, summary: run.summary, config: run.config, exitCode: run.exitCode,
    ...(run.preset ? { preset: run.preset } : {}), ...(run.sites ? { sites: run.sites } : {}),
  };
}

function asList(inputs: string | readonly string[]): string[] {
  return typeof inputs === 'string' ? [inputs] : [...inputs];
}

/**
 * Lints config files, directories or `nginx -T` dumps (`-` reads `options.stdin`). The config file is found and
 * applied as on the command line (`options.config: false` skips it). Rejects with PipelineError for unusable
 * options or inputs.
 */
export async function lint(inputs: string | readonly string[], options: PipelineOptions = {}): Promise<LintReport> {
  return report(lintSync(asList(inputs), options));
}

export interface FixOptions extends PipelineOptions, WriteRequest {
  /** Also apply fixes that change behaviour. */
  unsafe?: boolean;
  /** Write the fixed files (all or nothing). Without it nothing is written: see `changes` and `diff`. */
  write?: boolean;
}

export interface FixReport extends LintReport {
  /** Fixes applied in memory. */
  applied: AppliedFix[];
  /** Files changed, with their text before and after. */
  changes: FileChange[];
  /** The changes as a unified diff. */
  diff: string;
  /** What writing did (only with `write: true`). */
  written: WriteOutcome | null;
  /** Interrupted --fix batches of these inputs that were finished or undone first (only with `write: true`). */
  recovered: Recovery[];
}

/**
 * Applies the fixes in memory, re-lints, and (with `write: true`) writes the changed files through the atomic
 * writer. The findings are those that remain, against the fixed text.
 */
export async function fix(inputs: string | readonly string[], options: FixOptions = {}): Promise<FixReport> {
  // A batch a killed run left half written is finished or undone before the files are read again.
  let recovered: Recovery[] = [];
  if (options.write) {
    const r = recoverWrites(asList(inputs), options.cwd ?? process.cwd());
    if (r.failed.length) throw new PipelineError({ key: 'cli.recover.failed', data: { journal: r.failed[0]!.journal, reason: r.failed[0]!.reason } });
    recovered = r.recovered;
  }
  const session = startFixSession(asList(inputs), options);
  const step = session.applyAll({ unsafe: !!options.unsafe, ...(options.rules ? { rules: options.rules } : {}) });
  const written = options.write ? session.write({ ...(options.backup ? { backup: true } : {}), ...(options.verify !== undefined ? { verify: options.verify } : {}) }) : null;
  return { ...report(session.current()), applied: step.applied, changes: session.changes(), diff: session.diff(), written, recovered };
}

/**
 * A rule's (or an engine id's, such as `parse-error`) documentation as text, as `sse-lint explain` prints it, in
 * English or `zh-CN`. Throws PipelineError for an unknown id.
 */
export function explain(ruleId: string, options: { locale?: string } = {}): string {
  return explainText(ruleId, parseLocale(options.locale ?? 'en') ?? 'en');
}

/** Which server and location nginx picks for a request, and the streaming settings in effect there, as text (in `locale`: en or zh-CN). */
export async function route(uri: string, config: string, options: PipelineOptions & { host?: string; port?: number; locale?: string } = {}): Promise<string> {
  const locale = options.locale === undefined ? undefined : parseLocale(options.locale) ?? 'en';
  return routeQuery(config, {
    uri, ...(options.host !== undefined ? { host: options.host } : {}), ...(options.port !== undefined ? { port: options.port } : {}), ...(locale ? { locale } : {}),
  }, options);
}

/** crossplane's JSON payload for a config (with its includes unless `singleFile`). */
export async function parse(file: string, request: ParseRequest = {}, options: PipelineOptions = {}): Promise<Payload> {
  return parsePayload(file, request, options);
}

/** The ids of every rule, alphabetical. */
export const ruleIds: readonly string[] = listRuleIds();
