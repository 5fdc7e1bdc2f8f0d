// Everything a run needs to know before reading inputs: options checked, the config file found and applied, one place.
import * as nodePath from 'node:path';
import { nearest, planPreset, PRESETS, resolveConfig, toLintOptions, type ConfigLintOptions, type Preset, type PresetPlan } from '../engine/config.js';
import { RULES } from '../engine/registry.js';
import { ENGINE_IDS, type RuleSetting } from '../engine/engine.js';
import { parseLocale, type Locale } from '../i18n/index.js';
import type { ConfigInfo, LintOptions } from '../lint.js';
import { parseVersion } from '../model/directives.js';
import { parsePathMap, type PathMap } from '../model/includes.js';
import type { InputOptions } from '../model/inputs.js';
import { SNIPPET_CONTEXTS, type SnippetContext } from '../model/context.js';
import { parseRouteSpec } from '../model/route-spec.js';
import { SEVERITY_RANK, type Severity } from '../types.js';
import { PipelineError } from './errors.js';

export type FailOn = Severity | 'off';

/** What a caller (the CLI, the API, the TUI) asks of a run. Every field is optional. */
export interface PipelineOptions {
  /** Directory relative paths are resolved against (default: the process's). */
  cwd?: string;
  /** A config file to use; `false` uses none (`--no-config`); undefined searches upward from the first input. */
  config?: string | false;
  /** Target nginx version (`1.24.0`); overrides the config's `nginxVersion`. */
  nginxVersion?: string;
  /** URIs to treat as streams (`[host[:port]]/uri`). */
  routes?: string[];
  /** Treat every proxying location as a stream. */
  allProxies?: boolean;
  /** Run only these rules. */
  rules?: string[];
  /** Turn these rules (or engine ids) off, over the config file (`--disable`). */
  disable?: string[];
  /** Turn these rules back on where the config file turned them off (`--enable`). */
  enable?: string[];
  /** Report directives no known module defines. */
  strict?: boolean;
  /** nginx's conf prefix for relative includes. */
  prefix?: string;
  /** Path maps, `FROM=TO` strings or objects, applied before the config's `pathMap`. */
  maps?: (string | PathMap)[];
  /** Bytes of standard input, for the input `-`. */
  stdin?: Uint8Array;
  /** Name shown for standard input. */
  stdinName?: string;
  /** A baseline file whose findings are left out. */
  baseline?: string;
  /** Severity at which the exit code becomes 1; overrides the config's `failOn`. Default `warning`. */
  failOn?: FailOn;
  /** More warnings than this also make the exit code 1. */
  maxWarnings?: number;
  /** Called after each file is read (progress display). */
  onProgress?: (path: string) => void;
  /** Called with the size of each config file read, before it is parsed. */
  onRead?: (bytes: number) => void;
  /** The server layout (`auto`, the default, detects it from the first input); overrides the config's `preset`. */
  preset?: Preset | 'auto';
  /** The block a lone fragment is linted in (else its `# sse-lint: context` comment or a guess decides). */
  context?: SnippetContext;
  /**
   * Lint each file given inside the tree of the nearest nginx.conf (its folder or above) that includes it, reporting
   * only the files given (pre-commit passes the staged files); a file nothing includes is linted on its own.
   */
  inContext?: boolean;
}

/** A note worth a line on standard error (a preset that found nothing, ...), as a catalog key. */
export interface Note {
  key: string;
  data: Record<string, string>;
}

/** The options of a run after checking them and applying the config file. */
export interface RunSettings {
  cwd: string;
  config: ConfigInfo;
  lint: LintOptions;
  load: InputOptions;
  /** Per-rule levels (engine ids such as parse-error included). */
  levels: Record<string, RuleSetting>;
  isIgnored: (file: string) => boolean;
  baseline: string | undefined;
  failOn: FailOn;
  maxWarnings: number | undefined;
  /** From the config file; the caller decides whether a flag overrides it. */
  format: string | undefined;
  locale: Locale | undefined;
  notes: Note[];
  /** The layout the inputs are read as (`plain` when none was found). */
  preset: PresetPlan;
  inContext: boolean;
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'off'];

/**
 * Checks the options, finds and applies the config file, and returns the settings of the run. Throws
 * PipelineError (a one-line reason) for anything unusable. `configStart` is where config discovery starts
 * (the first input that is not `-`, else the current folder).
 */
export function resolveSettings(inputs: readonly string[], options: PipelineOptions = {}, configStart?: string): RunSettings {
  const cwd = nodePath.resolve(options.cwd ?? process.cwd());
  const first = configStart ?? inputs.find((p) => p !== '-') ?? '.';
  let configured: ConfigLintOptions | null = null;
  let config: ConfigInfo = { path: null, origin: options.config === false ? 'disabled' : 'none' };
  if (options.config !== false) {
    try {
      const found = resolveConfig(options.config, first, cwd);
      if (found) {
        configured = toLintOptions(found.config, { configDir: nodePath.dirname(found.path), inputPath: nodePath.resolve(cwd, first) });
        config = { path: found.path, origin: options.config !== undefined ? 'explicit' : 'discovered' };
      }
    } catch (e) {
      throw PipelineError.from(e);
    }
  }

  const choice = options.preset ?? configured?.preset ?? 'auto';
  if (choice !== 'auto' && !PRESETS.includes(choice)) {
    throw new PipelineError({ key: 'cli.usage.badPreset', data: { value: String(choice), choices: ['auto', ...PRESETS].join(', ') } });
  }
  if (options.context !== undefined && !SNIPPET_CONTEXTS.includes(options.context)) {
    throw new PipelineError({ key: 'cli.usage.badContext', data: { value: String(options.context), choices: SNIPPET_CONTEXTS.join(', ') } });
  }
  const firstInput = inputs.find((p) => p !== '-');
  // Standard input alone: a chosen preset applies by name; `auto` looks at a dump's paths once it is read.
  const preset = planPreset(choice, firstInput !== undefined ? nodePath.resolve(cwd, firstInput) : cwd);

  const maps: PathMap[] = [];
  for (const spec of options.maps ?? []) {
    const m = typeof spec === 'string' ? parsePathMap(spec) : spec;
    if (!m) throw new PipelineError({ key: 'cli.usage.badMap', data: { value: String(spec) } });
    maps.push(m);
  }
  if (configured) maps.push(...configured.maps);
  maps.push(...preset.maps);

  const version = options.nginxVersion ?? configured?.model.nginxVersion ?? preset.nginxVersion;
  if (version !== undefined && !parseVersion(version)) throw new PipelineError({ key: 'cli.usage.badVersion', data: { value: version } });
  const ids = RULES.map((r) => r.meta.id);
  for (const id of options.rules ?? []) {
    if (!ids.includes(id)) {
      const near = nearest(id, ids);
      throw new PipelineError(near ? { key: 'cli.usage.unknownRuleNear', data: { id, near } } : { key: 'cli.usage.unknownRule', data: { id } });
    }
  }
  const engineIds = [...ENGINE_IDS] as string[];
  for (const id of [...(options.disable ?? []), ...(options.enable ?? [])]) {
    if (!ids.includes(id) && !engineIds.includes(id)) {
      const near = nearest(id, [...ids, ...engineIds]);
      throw new PipelineError(near ? { key: 'cli.usage.unknownRuleNear', data: { id, near } } : { key: 'cli.usage.unknownRule', data: { id } });
    }
  }
  for (const spec of options.routes ?? []) {
    if (!parseRouteSpec(spec)) throw new PipelineError({ key: 'cli.usage.badRoute', data: { value: spec } });
  }
  const failOn = options.failOn ?? configured?.failOn ?? 'warning';
  if (!FAIL_ON.includes(failOn)) throw new PipelineError({ key: 'cli.usage.badFailOn', data: { choices: FAIL_ON.join(', '), value: String(failOn) } });
  if (options.maxWarnings !== undefined && !(Number.isInteger(options.maxWarnings) && options.maxWarnings >= 0)) {
    throw new PipelineError({ key: 'cli.usage.badMaxWarnings', data: { value: String(options.maxWarnings) } });
  }

  // Flags win over the config file: --enable lifts an "off", --disable sets one.
  const levels: Record<string, RuleSetting> = { ...(configured?.rules ?? {}) };
  for (const id of options.enable ?? []) {
    if (levels[id]?.severity === 'off') {
      const { severity: _off, ...rest } = levels[id]!;
      levels[id] = rest;
    }
  }
  for (const id of options.disable ?? []) levels[id] = { ...levels[id], severity: 'off' };
  const lint: LintOptions = {
    model: {
      nginxVersion: version ?? null, routes: options.routes ?? [], allProxies: !!options.allProxies,
      ...(configured?.model.streamPatterns ? { streamPatterns: configured.model.streamPatterns } : {}),
      ...(preset.audit ? { presetAudit: preset.audit } : {}),
      ...(options.context ? { context: options.context } : {}),
      ...(configured?.model.notStreamPatterns ? { notStreamPatterns: configured.model.notStreamPatterns } : {}),
    },
    ...(options.rules ? { only: options.rules } : {}),
    rules: levels,
    strict: !!options.strict,
  };
  const prefix = options.prefix !== undefined ? nodePath.resolve(cwd, options.prefix) : preset.prefix;
  const entries = preset.entries && firstInput !== undefined ? new Map([[nodePath.resolve(cwd, firstInput), preset.entries]]) : undefined;
  const load: InputOptions = {
    cwd, maps,
    ...(prefix ? { prefix } : {}),
    ...(entries ? { entries } : {}),
    ...(preset.containerOnly.length ? { containerOnly: { paths: preset.containerOnly, preset: preset.label } } : {}),
    ...(options.stdin ? { stdin: options.stdin } : {}),
    ...(options.stdinName ? { stdinName: options.stdinName } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.onRead ? { onRead: options.onRead } : {}),
  };
  const locale = configured?.locale ? parseLocale(configured.locale) ?? undefined : undefined;
  return {
    cwd, config, lint, load, levels,
    isIgnored: configured ? configured.isIgnored : () => false,
    baseline: options.baseline === undefined ? undefined : nodePath.resolve(cwd, options.baseline),
    failOn, maxWarnings: options.maxWarnings,
    format: configured?.format, locale, notes: [...(configured?.notes ?? []), ...preset.notes], preset,
    inContext: !!options.inContext,
  };
}

/** 1 when a finding is at or above `failOn` or the warnings exceed `maxWarnings`, else 0. */
export function exitCodeFor(findings: readonly { severity: Severity }[], failOn: FailOn, maxWarnings?: number): 0 | 1 {
  const failing = failOn !== 'off' && findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return failing || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}
