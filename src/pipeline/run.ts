// Lint runs: inputs loaded once, rules run per tree, then the config applied (levels, ignore, baseline) in one place.
import { baselineMatcher, type BaselineResult } from '../engine/baseline.js';
import { applyEngineSettings } from '../engine/config.js';
import { FindingIndex } from '../engine/finding.js';
import { lintTree, type ConfigInfo, type LintResult } from '../lint.js';
import type { ConfigFs } from '../model/fs.js';
import { createLoader, type ConfigTree } from '../model/includes.js';
import { loadInputs } from '../model/inputs.js';
import type { ConfigModel } from '../model/model.js';
import { compareFindings, type Finding } from '../types.js';
import { PipelineError } from './errors.js';
import { resolveSettings, exitCodeFor, type PipelineOptions, type RunSettings } from './settings.js';
import { summarize, type Summary } from '../reporters/summary.js';
import { adviseGenerated, planForTree, presetInfo, siteReadiness } from './layout.js';
import { placeInIncluders } from './includers.js';

/** The result of a lint run: findings against the sources as they are now, with the config that was applied. */
export interface LintRun extends LintResult {
  config: ConfigInfo;
  summary: Summary;
  /** 0 or 1 by `failOn` and `maxWarnings` over the findings reported. */
  exitCode: 0 | 1;
  settings: RunSettings;
}

/** The inputs as loaded: one tree per input (a file, a directory, a dump or standard input). */
export interface LoadedInputs {
  settings: RunSettings;
  trees: ConfigTree[];
  /** With `inContext`: the files the caller named; findings elsewhere in their includers' trees are left out. */
  focus?: Set<string>;
}

/** Loads the inputs; an input that cannot be used at all throws PipelineError with nginx-style wording. */
export function loadRunInputs(inputs: readonly string[], settings: RunSettings): LoadedInputs {
  let placed: ReturnType<typeof placeInIncluders> | null = null;
  if (settings.inContext) placed = placeInIncluders(inputs, settings.load);
  const ws = loadInputs(placed ? placed.rest : [...inputs], settings.load);
  if (ws.inputErrors.length > 0) throw new PipelineError({ inputs: ws.inputErrors });
  if (!placed || placed.trees.length === 0) return { settings, trees: ws.trees };
  // Files linted on their own count whole; files placed in an includer's tree count for themselves only.
  const focus = new Set<string>();
  for (const t of ws.trees) for (const p of t.files.keys()) focus.add(p);
  for (const p of placed.trees) for (const f of p.files) focus.add(f);
  return { settings, trees: [...placed.trees.map((p) => p.tree), ...ws.trees], focus };
}

/** The same input loaded again through another file system (the edited texts of a fix session). */
export function reloadTree(tree: ConfigTree, fs: ConfigFs): ConfigTree {
  const loader = createLoader(tree.entries[0], {
    fs, prefix: tree.prefix, ...(tree.maps ? { maps: tree.maps } : {}), ...(tree.containerOnly ? { containerOnly: tree.containerOnly } : {}),
  });
  for (const e of tree.entries) loader.addEntry(e);
  const t = loader.finish();
  t.source = tree.source;
  return t;
}

/** Findings of one tree with the config's engine levels applied and ignored files left out. */
export function lintTreeWithSettings(tree: ConfigTree, settings: RunSettings): { model: ConfigModel; findings: Finding[]; suppressed: number; ignored: number; truncated: number } {
  const plan = planForTree(settings.preset, tree);
  const options = plan === settings.preset || !plan.audit ? settings.lint : { ...settings.lint, model: { ...settings.lint.model, presetAudit: plan.audit } };
  const r = lintTree(tree, options);
  const leveled = adviseGenerated(applyEngineSettings(r.findings, settings.levels), plan);
  const findings = leveled.filter((f) => !settings.isIgnored(f.span.file));
  return { model: r.model, findings, suppressed: r.suppressed, ignored: leveled.length - findings.length, truncated: r.truncated };
}

/** The baseline read once; a missing or unreadable file is a PipelineError. */
function openBaseline(file: string): (findings: readonly Finding[]) => BaselineResult {
  try {
    return baselineMatcher(file);
  } catch (e) {
    throw PipelineError.from(e);
  }
}

/**
 * Which of one tree's findings the run reports: those of the files in focus (`inContext`), less the ones the baseline
 * accounts for (matched in report order, as lintLoaded does). The fix loop fixes only these, so a file not named and a
 * known finding are neither proposed nor written.
 */
export function reportedFilter(loaded: LoadedInputs): (findings: readonly Finding[]) => Finding[] {
  const { focus, settings } = loaded;
  const baseline = settings.baseline === undefined ? null : openBaseline(settings.baseline);
  return (findings) => {
    const inFocus = focus ? findings.filter((f) => focus.has(f.span.file)) : [...findings];
    return baseline ? baseline(inFocus.sort(compareFindings)).findings : inFocus;
  };
}

/**
 * Lints loaded trees: the model and rules once per tree, findings of a file reached from two inputs once, the
 * config's levels and ignore globs applied, then the baseline. Findings are in a deterministic order.
 */
export function lintLoaded(loaded: LoadedInputs, options: { baseline?: boolean } = {}): LintRun {
  const { settings } = loaded;
  const seen = new FindingIndex({ end: true });
  let findings: Finding[] = [];
  const files = new Set<string>();
  const models: ConfigModel[] = [];
  let suppressed = 0;
  let truncated = 0;
  let ignored = 0;
  for (const tree of loaded.trees) {
    for (const p of tree.files.keys()) files.add(p);
    const r = lintTreeWithSettings(tree, settings);
    models.push(r.model);
    suppressed += r.suppressed;
    truncated += r.truncated;
    ignored += r.ignored;
    for (const f of r.findings) {
      if (loaded.focus && !loaded.focus.has(f.span.file)) continue;
      if (seen.has(f, () => f.message)) continue;
      seen.add(f);
      findings.push(f);
    }
  }
  findings.sort(compareFindings);
  let baselined = 0;
  if (settings.baseline !== undefined && options.baseline !== false) {
    const b = openBaseline(settings.baseline)(findings);
    findings = b.findings;
    baselined = b.matched;
  }
  const plan = loaded.trees.reduce((p, t) => (p === settings.preset ? planForTree(p, t) : p), settings.preset);
  const preset = presetInfo(plan);
  const sites = siteReadiness(plan, loaded.trees, models, findings);
  const result: LintResult = {
    findings, files: [...files], trees: loaded.trees, models, suppressed, ignored, baselined, truncated, config: settings.config,
    ...(preset ? { preset } : {}), ...(sites ? { sites } : {}),
  };
  return {
    ...result,
    config: settings.config,
    summary: summarize(result),
    exitCode: exitCodeFor(findings, settings.failOn, settings.maxWarnings),
    settings,
  };
}

/** Resolves the settings, loads the inputs and lints them. Throws PipelineError for unusable options or inputs. */
export function lintSync(inputs: readonly string[], options: PipelineOptions = {}): LintRun {
  const settings = resolveSettings(inputs, options);
  return lintLoaded(loadRunInputs(inputs, settings));
}
