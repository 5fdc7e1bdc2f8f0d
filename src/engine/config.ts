// The user's config file: finding it, validating it (build-time ajv validator), turning it into lint options, --init.
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import validate, { type ValidationError } from '../generated/validate-config.js';
import schema from '../../schema/config.schema.json' with { type: 'json' };
import { t, type CliKey, type Locale } from '../i18n/index.js';
import type { PathMap } from '../model/includes.js';
import type { Finding, Severity } from '../types.js';
import { ENGINE_IDS, type RuleSetting } from './engine.js';
import { lineColumn, JsonSyntaxError, parseJson, pointerSegment, type JsonSource } from './json-source.js';

/** Config file names, in the order they are looked for in each directory. */
export const CONFIG_FILES = ['sse-lint.config.json', '.sse-lintrc.json'] as const;
/** The key of package.json that holds a config. */
export const PACKAGE_KEY = 'sse-lint';

export type RuleLevel = Severity | 'off';
export type FailOn = RuleLevel;
export type Preset = '1panel' | 'debian' | 'npm' | 'apisix';
export type ReportFormat = 'text' | 'json' | 'sarif' | 'checkstyle' | 'github';
/** Free text for people (JSON has no comments). */
export type ConfigComment = string | string[];

/** A rule's entry: a level, or [level, options]. */
export type RuleEntry = RuleLevel | [RuleLevel, Record<string, unknown>];

/** The config file's content, as schema/config.schema.json describes it. */
export interface SseLintConfig {
  $schema?: string;
  $comment?: ConfigComment;
  preset?: Preset;
  nginxVersion?: string;
  streams?: string[];
  rules?: Record<string, RuleEntry | ConfigComment>;
  /** Absolute path as written in the config -> where to read it (relative to the config file). */
  pathMap?: Record<string, string>;
  ignore?: string[];
  failOn?: FailOn;
  format?: ReportFormat;
  locale?: Locale;
}

/** One problem in a config file: where (JSON pointer, and line:column when known) and what (a message key). */
export interface ConfigIssue {
  pointer: string;
  line?: number;
  column?: number;
  key: CliKey;
  data: Record<string, string | number>;
}

/** A config file that cannot be used; the CLI prints it (formatConfigError) and exits with 2 before linting. */
export class ConfigError extends Error {
  constructor(readonly file: string, readonly issues: ConfigIssue[]) {
    super(`${file}: ${issues.map((i) => issueText('en', file, i)).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function issueText(locale: Locale, file: string, issue: ConfigIssue): string {
  const where = issue.line !== undefined ? `${file}:${issue.line}:${issue.column}: ` : '';
  const pointer = issue.pointer ? `${issue.pointer}: ` : '';
  return `${where}${pointer}${t(locale, issue.key, issue.data)}`;
}

/** The error as the CLI prints it: a header line, then one line per issue (`file:line:col: /pointer: message`). */
export function formatConfigError(e: ConfigError, locale: Locale = 'en'): string {
  const lines = e.issues.map((i) => `  ${issueText(locale, e.file, i)}`);
  return `${t(locale, 'cli.config.invalid', { file: e.file })}\n${lines.join('\n')}\n`;
}

/**
 * The config that applies to `start` (a directory, or a file whose directory is used): the first of
 * sse-lint.config.json, .sse-lintrc.json, or a package.json with an "sse-lint" key, looking in `start` and then
 * each parent directory up to the root. Null when there is none.
 */
export function findConfig(start: string): string | null {
  let dir = nodePath.resolve(start);
  try {
    if (!nodeFs.statSync(dir).isDirectory()) dir = nodePath.dirname(dir);
  } catch {
    dir = nodePath.dirname(dir);
  }
  for (;;) {
    for (const name of CONFIG_FILES) {
      const p = nodePath.join(dir, name);
      if (isFile(p)) return p;
    }
    const pkg = nodePath.join(dir, 'package.json');
    if (isFile(pkg) && packageHasConfig(pkg)) return pkg;
    const parent = nodePath.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function isFile(p: string): boolean {
  try {
    return nodeFs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function packageHasConfig(p: string): boolean {
  try {
    const v: unknown = JSON.parse(nodeFs.readFileSync(p, 'utf8'));
    return typeof v === 'object' && v !== null && Object.hasOwn(v, PACKAGE_KEY);
  } catch {
    return false; // a broken package.json is npm's problem, not a config of ours
  }
}

/**
 * Reads and validates a config file (a package.json contributes its "sse-lint" key). Throws ConfigError naming
 * the file, the JSON pointer and line:column of every problem, with the nearest valid key or rule id suggested.
 */
export function loadConfigFile(path: string): SseLintConfig {
  let text: string;
  try {
    text = nodeFs.readFileSync(path, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new ConfigError(path, [{ pointer: '', key: err.code === 'ENOENT' ? 'cli.config.notFound' : 'cli.config.unreadable', data: { file: path, message: err.message } }]);
  }
  return parseConfigText(text, path);
}

/** Validates config text already read (`path` is used for messages and to recognise package.json). */
export function parseConfigText(text: string, path: string): SseLintConfig {
  let source: JsonSource;
  try {
    source = parseJson(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    throw new ConfigError(path, [{ pointer: '', ...lineColumn(text, e.offset), key: 'cli.config.syntax', data: { message: e.message } }]);
  }
  let prefix = '';
  let data = source.value;
  if (nodePath.basename(path) === 'package.json') {
    prefix = `/${PACKAGE_KEY}`;
    const pkg = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    if (!Object.hasOwn(pkg, PACKAGE_KEY)) throw new ConfigError(path, [{ pointer: '', key: 'cli.config.noPackageKey', data: {} }]);
    data = pkg[PACKAGE_KEY];
  }
  const issues = validateConfig(data);
  if (issues.length) {
    for (const i of issues) {
      const loc = source.locations.get(prefix + i.pointer);
      const at = i.key.startsWith('cli.config.unknown') || i.key === 'cli.config.pathMapKey' ? loc?.key ?? loc?.value : loc?.value;
      if (at !== undefined) Object.assign(i, lineColumn(text, at));
      i.pointer = prefix + i.pointer;
    }
    throw new ConfigError(path, issues);
  }
  return data as SseLintConfig;
}

/** Schema problems of a parsed config, as issues (pointers relative to the config object; no positions). */
export function validateConfig(data: unknown): ConfigIssue[] {
  if (validate(data)) return [];
  return describeErrors(validate.errors ?? [], data);
}

type SchemaNode = { properties?: Record<string, unknown>; [k: string]: unknown };

/** The schema object an ajv schemaPath (`#/properties/rules/additionalProperties`) points into. */
function schemaAt(path: string[]): SchemaNode | undefined {
  let node: unknown = schema;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node as SchemaNode | undefined;
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const seg of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'number' && Number.isInteger(v) ? 'integer' : typeof v;
}

/** Turns ajv errors into issues people can act on: one per problem, with a suggestion where one is close. */
function describeErrors(errors: readonly ValidationError[], data: unknown): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  const typeAt = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const typeName = (tp: string): string => t('en', `cli.type.${tp}` as CliKey);
  const ruleOf = (pointer: string): string => (pointer.split('/')[2] ?? '').replace(/~1/g, '/').replace(/~0/g, '~');
  for (const e of errors) {
    const here = e.instancePath;
    const schemaPath = e.schemaPath.replace(/^#\//, '').split('/');
    switch (e.keyword) {
      case 'if':
      case 'propertyNames':
        continue; // the errors of "then"/"else" and of the name pattern say what is wrong
      case 'additionalProperties': {
        const key = String(e.params.additionalProperty);
        const candidates = Object.keys(schemaAt(schemaPath.slice(0, -1))?.properties ?? {}).filter((k) => k !== '$comment');
        const near = nearest(key, candidates);
        const pointer = `${here}/${pointerSegment(key)}`;
        const withNear = (a: CliKey, b: CliKey, extra: Record<string, string> = {}): ConfigIssue =>
          near ? { pointer, key: b, data: { key, near, ...extra } } : { pointer, key: a, data: { key, ...extra } };
        if (here === '/rules') out.push(withNear('cli.config.unknownRule', 'cli.config.unknownRuleNear'));
        else if (here.startsWith('/rules/')) {
          const rule = ruleOf(here);
          out.push(withNear('cli.config.unknownOption', 'cli.config.unknownOptionNear', { rule, choices: candidates.join(', ') }));
        } else out.push(withNear('cli.config.unknownKey', 'cli.config.unknownKeyNear'));
        continue;
      }
      case 'maxProperties':
        out.push({ pointer: here, key: 'cli.config.noOptions', data: { rule: ruleOf(here) } });
        continue;
      case 'enum': {
        if (typeAt.has(here)) continue;
        const value = String(valueAt(data, here));
        const allowed = (e.params.allowedValues as unknown[]).map(String);
        const near = nearest(value, allowed);
        const choices = allowed.join(', ');
        out.push(near ? { pointer: here, key: 'cli.config.badValueNear', data: { value, choices, near } } : { pointer: here, key: 'cli.config.badValue', data: { value, choices } });
        continue;
      }
      case 'type': {
        const expected = ([] as string[]).concat(e.params.type as string | string[]).map(typeName).join(' / ');
        out.push({ pointer: here, key: 'cli.config.wrongType', data: { expected, actual: typeName(jsonType(valueAt(data, here))) } });
        continue;
      }
      case 'minItems':
      case 'maxItems':
        if (here.startsWith('/rules/')) {
          out.push({ pointer: here, key: 'cli.config.ruleTuple', data: {} });
          continue;
        }
        break;
      case 'minLength':
        out.push({ pointer: here, key: 'cli.config.empty', data: {} });
        continue;
      case 'pattern':
        if (e.propertyName !== undefined) {
          out.push({ pointer: `${here}/${pointerSegment(e.propertyName)}`, key: 'cli.config.pathMapKey', data: { key: e.propertyName } });
          continue;
        }
        if (here === '/nginxVersion') {
          out.push({ pointer: here, key: 'cli.config.badVersion', data: { value: String(valueAt(data, here)) } });
          continue;
        }
        break;
    }
    out.push({ pointer: here, key: 'cli.config.other', data: { message: e.message ?? e.keyword } });
  }
  const seen = new Set<string>();
  return out.filter((i) => {
    const k = `${i.pointer}\0${i.key}\0${JSON.stringify(i.data)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The candidate closest to a mistyped word: the same letters in another case, the one candidate it abbreviates,
 * else the nearest by edit distance (at most a third of its length, and at least 2); null when none is close.
 */
export function nearest(input: string, candidates: readonly string[]): string | null {
  const lower = input.toLowerCase();
  const same = candidates.find((c) => c.toLowerCase() === lower);
  if (same) return same;
  // A shortened word ("warn", "buffering") names the candidate it starts.
  const started = lower.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(lower)) : [];
  if (started.length === 1) return started[0]!;
  const limit = Math.max(2, Math.floor(input.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase());
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Edit distance with adjacent transpositions ("bufefring" is one edit from "buffering"). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** What a config means for a lint run. CLI flags given explicitly take precedence over every field. */
export interface ConfigLintOptions {
  /** For EngineOptions.rules. Engine ids (parse-error, ...) are included: apply them with applyEngineSettings. */
  rules: Record<string, RuleSetting>;
  /** For LintOptions.model. */
  model: { streamPatterns?: string[]; nginxVersion?: string };
  /** For the loader's `maps`, after any --map flags: the config's pathMap, then the preset's maps. */
  maps: PathMap[];
  /** The ignore globs as written, and a test for a finding's file (absolute, or relative to the config). */
  ignore: string[];
  isIgnored: (file: string) => boolean;
  failOn?: FailOn;
  format?: ReportFormat;
  locale?: Locale;
  /** Things worth a line on stderr (a reserved preset, a preset that found nothing to map), as message keys. */
  notes: { key: CliKey; data: Record<string, string> }[];
}

export interface ConfigContext {
  /** The directory of the config file: relative pathMap targets and ignore globs are relative to it. */
  configDir?: string;
  /** The first input path (absolute), which presets inspect to find the layout around it. */
  inputPath?: string;
  /** Whether a path exists (tests pass their own). */
  exists?: (path: string) => boolean;
}

/** Maps a validated config to lint options. Pure apart from `exists`, which presets use. */
export function toLintOptions(config: SseLintConfig, ctx: ConfigContext = {}): ConfigLintOptions {
  const configDir = nodePath.resolve(ctx.configDir ?? process.cwd());
  const exists = ctx.exists ?? ((p: string) => nodeFs.existsSync(p));
  const rules: Record<string, RuleSetting> = {};
  for (const [id, entry] of Object.entries(config.rules ?? {})) {
    if (id === '$comment') continue;
    const e = entry as RuleEntry;
    rules[id] = Array.isArray(e) ? { severity: e[0], options: e[1] } : { severity: e };
  }
  const maps: PathMap[] = Object.entries(config.pathMap ?? {}).map(([from, to]) => ({ from, to: nodePath.resolve(configDir, to) }));
  const notes: ConfigLintOptions['notes'] = [];
  if (config.preset) {
    const p = presetMaps(config.preset, ctx.inputPath ? nodePath.resolve(configDir, ctx.inputPath) : configDir, exists);
    maps.push(...p.maps);
    if (p.note) notes.push(p.note);
  }
  const ignore = config.ignore ?? [];
  const model: ConfigLintOptions['model'] = {};
  if (config.streams?.length) model.streamPatterns = config.streams;
  if (config.nginxVersion) model.nginxVersion = config.nginxVersion;
  return {
    rules, model, maps, ignore, isIgnored: ignoreMatcher(ignore, configDir), notes,
    ...(config.failOn ? { failOn: config.failOn } : {}),
    ...(config.format ? { format: config.format } : {}),
    ...(config.locale ? { locale: config.locale } : {}),
  };
}

/**
 * What a preset does, given the first input:
 * - 1panel: 1Panel runs OpenResty in a container whose configs include /www/sites/... and
 *   /usr/local/openresty/nginx/conf/...; on the host those live in the app directory (…/apps/openresty/<name>/www,
 *   …/conf, …/1pwaf). When the input lies inside such an app directory, those container paths are read from it
 *   (only the ones that exist there).
 * - debian: when the input is a copy of a Debian/Ubuntu /etc/nginx tree (a directory holding nginx.conf and
 *   sites-enabled or sites-available) somewhere else, includes of /etc/nginx/... are read from the copy.
 * - npm, apisix: reserved names, no effect yet.
 */
function presetMaps(preset: Preset, input: string, exists: (p: string) => boolean): { maps: PathMap[]; note?: ConfigLintOptions['notes'][number] } {
  if (preset === 'npm' || preset === 'apisix') return { maps: [], note: { key: 'cli.config.presetReserved', data: { preset } } };
  const notApplied = { key: 'cli.config.presetNotApplied' as const, data: { preset, path: input } };
  if (preset === '1panel') {
    const m = /^(.*\/apps\/openresty\/[^/]+)(?:\/|$)/.exec(input);
    if (!m) return { maps: [], note: notApplied };
    const base = m[1]!;
    const maps = [
      { from: '/www', to: `${base}/www` },
      { from: '/usr/local/openresty/nginx/conf', to: `${base}/conf` },
      { from: '/usr/local/openresty/1pwaf', to: `${base}/1pwaf` },
    ].filter((p) => exists(p.to));
    return maps.length ? { maps } : { maps, note: notApplied };
  }
  // debian
  for (let dir = input; ; dir = nodePath.dirname(dir)) {
    if (exists(nodePath.join(dir, 'nginx.conf')) && (exists(nodePath.join(dir, 'sites-enabled')) || exists(nodePath.join(dir, 'sites-available')))) {
      return dir === '/etc/nginx' ? { maps: [] } : { maps: [{ from: '/etc/nginx', to: dir }] };
    }
    if (nodePath.dirname(dir) === dir) return { maps: [], note: notApplied };
  }
}

function globRegExp(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) re += '\\[';
      else {
        const body = glob.slice(i + 1, close);
        re += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`;
        i = close;
      }
    } else re += /[.+^${}()|\\]/.test(c) ? '\\' + c : c;
  }
  return re;
}

/**
 * A test for "is this file ignored": globs relative to `baseDir` (`conf.d/legacy-*.conf`, `sites/**`),
 * absolute globs (`/etc/nginx/modules-enabled/*`), and globs without a slash, which match a file or directory
 * name at any depth (`*.bak`, `legacy`). A directory pattern covers everything below it.
 */
export function ignoreMatcher(globs: readonly string[], baseDir: string): (file: string) => boolean {
  const res = globs.map((g) => {
    const trimmed = g.replace(/\/+$/, '');
    if (trimmed.startsWith('/')) return { abs: true, re: new RegExp(`^${globRegExp(trimmed)}(?:/.*)?$`) };
    const body = globRegExp(trimmed.replace(/^\.\//, ''));
    return { abs: false, re: new RegExp(trimmed.includes('/') ? `^${body}(?:/.*)?$` : `(?:^|/)${body}(?:/.*)?$`) };
  });
  if (res.length === 0) return () => false;
  return (file) => {
    const abs = nodePath.resolve(baseDir, file);
    const rel = nodePath.relative(baseDir, abs).split(nodePath.sep).join('/');
    const inside = rel !== '' && !rel.startsWith('..') && !nodePath.isAbsolute(rel);
    return res.some((r) => (r.abs ? r.re.test(abs) : inside && r.re.test(rel)));
  };
}

/**
 * Applies the config's levels to findings sse-lint reports itself (parse-error, include-not-found, ...), which
 * the rule engine does not see: "off" drops them, a level replaces their severity.
 */
export function applyEngineSettings(findings: Finding[], rules: Readonly<Record<string, RuleSetting>>): Finding[] {
  const engine = new Set<string>(ENGINE_IDS);
  const out: Finding[] = [];
  for (const f of findings) {
    const s = engine.has(f.ruleId) ? rules[f.ruleId]?.severity : undefined;
    if (s === 'off') continue;
    out.push(s ? { ...f, severity: s } : f);
  }
  return out;
}

/** The config for a run: an explicit `--config` file, else the one found from `start`; null when there is none. */
export function resolveConfig(explicit: string | undefined, start: string, cwd: string = process.cwd()): { path: string; config: SseLintConfig } | null {
  if (explicit !== undefined) {
    const path = nodePath.resolve(cwd, explicit);
    return { path, config: loadConfigFile(path) };
  }
  const found = findConfig(nodePath.resolve(cwd, start));
  return found ? { path: found, config: loadConfigFile(found) } : null;
}

export type Layout = '1panel' | 'debian' | 'plain';

/**
 * The kind of nginx tree in a directory: 1Panel/OpenResty (a path segment naming openresty, or a www/sites
 * folder here or above), Debian/Ubuntu (sites-enabled or sites-available here or in the parent), or plain.
 */
export function detectLayout(dir: string, exists: (p: string) => boolean = (p) => nodeFs.existsSync(p)): Layout {
  const abs = nodePath.resolve(dir);
  if (abs.split(nodePath.sep).some((s) => /openresty/i.test(s)) || /\/www\/sites(?:\/|$)/.test(abs)) return '1panel';
  if (exists(nodePath.join(abs, 'www', 'sites')) || exists(nodePath.join(abs, 'openresty'))) return '1panel';
  for (const d of [abs, nodePath.dirname(abs)]) {
    if (exists(nodePath.join(d, 'sites-enabled')) || exists(nodePath.join(d, 'sites-available'))) return 'debian';
  }
  return 'plain';
}

/** Where editors find the schema: the project's installed copy, else this installation's file, else the npm CDN. */
function schemaRef(dir: string): string {
  const local = nodePath.join(dir, 'node_modules', 'sse-lint', 'schema', 'config.schema.json');
  if (nodeFs.existsSync(local)) return './node_modules/sse-lint/schema/config.schema.json';
  for (let d = import.meta.dirname; ; d = nodePath.dirname(d)) {
    const candidate = nodePath.join(d, 'schema', 'config.schema.json');
    if (nodeFs.existsSync(candidate) && nodeFs.existsSync(nodePath.join(d, 'package.json'))) return pathToFileURL(candidate).href;
    if (nodePath.dirname(d) === d) break;
  }
  return 'https://unpkg.com/sse-lint/schema/config.schema.json';
}

/** The starter config --init writes for a layout, with its explanations under "$comment" keys. */
export function starterConfig(layout: Layout, locale: Locale = 'en', schemaUrl = 'https://unpkg.com/sse-lint/schema/config.schema.json'): SseLintConfig {
  const name = t(locale, `cli.config.layout.${layout}`);
  const comment = [t(locale, 'cli.init.header', { layout: name })];
  const preset = layout === 'plain' ? undefined : layout;
  if (preset) comment.push(t(locale, 'cli.init.preset', { preset, effect: t(locale, `cli.init.effect.${preset}`) }));
  comment.push(t(locale, 'cli.init.streams'), t(locale, 'cli.init.version'), t(locale, 'cli.init.ignore'), t(locale, 'cli.init.failOn'));
  return {
    $schema: schemaUrl,
    $comment: comment,
    ...(preset ? { preset } : {}),
    streams: [],
    rules: { $comment: t(locale, 'cli.init.rules') },
    ignore: [],
    failOn: 'warning',
  };
}

/**
 * Writes sse-lint.config.json for the layout detected in `dir` and returns its path. Refuses (ConfigError) when
 * `dir` already has a config file. The file appears complete or not at all (temp file, then a hard link, which
 * also fails rather than replace a file created in the meantime).
 */
export function initConfig(dir: string, options: { locale?: Locale } = {}): string {
  const abs = nodePath.resolve(dir);
  for (const name of CONFIG_FILES) {
    const p = nodePath.join(abs, name);
    if (nodeFs.existsSync(p)) throw new ConfigError(p, [{ pointer: '', key: 'cli.config.initExists', data: { file: p } }]);
  }
  const target = nodePath.join(abs, CONFIG_FILES[0]);
  const text = JSON.stringify(starterConfig(detectLayout(abs), options.locale, schemaRef(abs)), null, 2) + '\n';
  const tmp = nodePath.join(abs, `.${CONFIG_FILES[0]}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  nodeFs.writeFileSync(tmp, text, { flag: 'wx' });
  try {
    nodeFs.linkSync(tmp, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new ConfigError(target, [{ pointer: '', key: 'cli.config.initExists', data: { file: target } }]);
    // A file system without hard links: exclusive create, which still never overwrites.
    nodeFs.writeFileSync(target, text, { flag: 'wx' });
  } finally {
    nodeFs.rmSync(tmp, { force: true });
  }
  return target;
}
