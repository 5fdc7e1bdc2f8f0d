// The command-line program: arguments in, a report out, an exit code back. Never throws for user input.
import { readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { parsePathMap, type PathMap } from '../model/includes.js';
import { loadInputs } from '../model/inputs.js';
import { parseSource } from '../parser/parser.js';
import { decodeSource } from '../parser/source.js';
import { singleFilePayload, treePayload } from '../parser/payload.js';
import { lintTree, lintWorkspace, type LintOptions, type LintResult } from '../lint.js';
import { displayPath, formatText } from '../reporters/text.js';
import { FORMATS, isReportFormat, REPORTERS, type ReportFormat } from '../reporters/index.js';
import { plural } from '../reporters/common.js';
import { SEVERITY_RANK, type Severity } from '../types.js';
import { createProgress } from './progress.js';
import { writeReport } from './output.js';
import { RULES, ruleById } from '../engine/registry.js';
import { parseVersion } from '../model/directives.js';
import { parseRouteSpec } from '../model/route-spec.js';
import { buildModel, type ConfigModel } from '../model/model.js';
import { serverListens } from '../model/routing.js';
import { createLoader, type ConfigTree } from '../model/includes.js';
import type { InputOptions } from '../model/inputs.js';
import type { ConfigFs } from '../model/fs.js';
import { fixInMemory, type FixOptions } from '../fix/apply.js';
import { unifiedDiff } from '../fix/diff.js';
import { writeAll, type PlannedWrite, type WriteResult } from '../fix/write.js';
import { verifyWithNginx } from '../fix/verify.js';
import { encodeSource, type SourceFile } from '../parser/source.js';
import { explainCommand, suggestIds } from './explain.js';
import { routeReport } from './route-cmd.js';
import { HELP, parseCliArgs, UsageError, type ParsedArgs } from './args.js';
import { VERSION } from '../version.js';
import { applyEngineSettings, ConfigError, formatConfigError, initConfig, resolveConfig, toLintOptions, type ConfigLintOptions } from '../engine/config.js';
import { applyBaseline, BaselineError, writeBaseline } from '../engine/baseline.js';
import { localizeFinding, LocaleError, resolveLocale, t, type Locale, type MessageKey } from '../i18n/index.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Uint8Array;
  cwd: string;
  /** Colour on standard output (decided once, in src/cli/color.ts). */
  color: boolean;
  /** Standard error is a terminal: long runs show a progress line there. */
  stderrTty?: boolean;
  /** Environment for the locale (LC_ALL, LC_MESSAGES, LANG); the process's when omitted. */
  env?: Readonly<Record<string, string | undefined>>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export async function main(argv: string[], io: Io): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`sse-lint: ${e.message}\nTry 'sse-lint --help'.\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  const v = args.values;
  if (v.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (v.version) {
    io.stdout(`sse-lint ${VERSION}\n`);
    return EXIT_OK;
  }
  let locale: Locale;
  try {
    locale = resolveLocale(v.locale, io.env ?? process.env);
  } catch (e) {
    if (!(e instanceof LocaleError)) throw e;
    io.stderr(`sse-lint: ${t('en', 'cli.usage.badLocale', { value: v.locale ?? '' })}\n`);
    return EXIT_USAGE;
  }
  if (args.command === 'explain') return explainCommand(args.positionals, locale, io);
  if (v.init) {
    if (args.positionals.length > 1) {
      io.stderr(`sse-lint: ${t(locale, 'cli.usage.initWithInputs')}\n`);
      return EXIT_USAGE;
    }
    try {
      const written = initConfig(nodePath.resolve(io.cwd, args.positionals[0] ?? '.'), { locale });
      io.stdout(`${displayPath(written, io.cwd)}\n`);
      return EXIT_OK;
    } catch (e) {
      if (e instanceof ConfigError) {
        io.stderr(`sse-lint: ${formatConfigError(e, locale)}\n`);
        return EXIT_USAGE;
      }
      throw e;
    }
  }
  if (v.baseline !== undefined && v['baseline-write'] !== undefined) {
    io.stderr(`sse-lint: ${t(locale, 'cli.usage.baselineConflict')}\n`);
    return EXIT_USAGE;
  }
  // The config file: explicit, or searched upward from the first input. A bad one stops before linting.
  let configured: ConfigLintOptions | null = null;
  try {
    const first = args.positionals.find((p) => p !== '-') ?? '.';
    const found = resolveConfig(v.config, args.command === 'route' ? (args.positionals[1] ?? '.') : first, io.cwd);
    if (found) {
      configured = toLintOptions(found.config, { configDir: nodePath.dirname(found.path), inputPath: nodePath.resolve(io.cwd, first) });
      for (const n of configured.notes) io.stderr(`sse-lint: ${t(locale, n.key as MessageKey, n.data)}\n`);
      if (configured.locale && v.locale === undefined) locale = resolveLocale(undefined, io.env ?? process.env, configured.locale);
    }
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`sse-lint: ${formatConfigError(e, locale)}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  const maps: PathMap[] = [];
  for (const spec of v.map ?? []) {
    const m = parsePathMap(spec);
    if (!m) {
      io.stderr(`sse-lint: --map expects FROM=TO, got "${spec}"\n`);
      return EXIT_USAGE;
    }
    maps.push(m);
  }
  if (configured) maps.push(...configured.maps);
  if (args.positionals.length === 0 && args.command !== 'route') {
    io.stderr(`sse-lint: no input: name a config file, a directory, or - for stdin\nTry 'sse-lint --help'.\n`);
    return EXIT_USAGE;
  }
  const prefix = v.prefix ? nodePath.resolve(io.cwd, v.prefix) : undefined;
  const positionals = args.positionals;
  const needsStdin = positionals.includes('-');
  const stdin = needsStdin ? io.readStdin() : undefined;

  if (args.command === 'parse') return parseCommand(args, positionals, { prefix, maps, stdin }, io);

  const version = v['nginx-version'] ?? configured?.model.nginxVersion;
  if (version !== undefined && !parseVersion(version)) {
    io.stderr(`sse-lint: --nginx-version expects a version like 1.24.0, got "${version}"\n`);
    return EXIT_USAGE;
  }
  const ids = RULES.map((r) => r.meta.id);
  for (const id of v.rule ?? []) {
    if (!ids.includes(id)) {
      const near = suggestIds(id, ids);
      io.stderr(`sse-lint: unknown rule "${id}"${near.length ? `; did you mean "${near[0]}"?` : ''}\n`);
      return EXIT_USAGE;
    }
  }
  for (const spec of v.route ?? []) {
    if (!parseRouteSpec(spec)) {
      io.stderr(`sse-lint: --route expects [HOST[:PORT]]/URI, got "${spec}"\n`);
      return EXIT_USAGE;
    }
  }
  const lintOptions: LintOptions = {
    model: {
      nginxVersion: version ?? null, routes: v.route ?? [], allProxies: !!v['all-proxies'],
      ...(configured?.model.streamPatterns ? { streamPatterns: configured.model.streamPatterns } : {}),
    },
    ...(v.rule ? { only: v.rule } : {}),
    ...(configured ? { rules: configured.rules } : {}),
    strict: !!v.strict,
  };
  const loadOptions = {
    prefix, maps, cwd: io.cwd, ...(stdin ? { stdin } : {}), ...(v['stdin-filename'] ? { stdinName: v['stdin-filename'] } : {}),
  };

  if (args.command === 'route') return routeCommand(args, loadOptions, lintOptions, io);
  const report = reportFlags({ ...v, format: v.format ?? configured?.format, 'fail-on': v['fail-on'] ?? configured?.failOn }, io);
  if (typeof report === 'number') return report;

  const progress = createProgress({ write: io.stderr, tty: !!io.stderrTty });
  const ws = loadInputs(positionals, { ...loadOptions, onProgress: () => progress.fileParsed() });
  if (ws.inputErrors.length > 0) {
    progress.done();
    for (const e of ws.inputErrors) io.stderr(`sse-lint: ${e.message}\n`);
    return EXIT_USAGE;
  }
  const wantDiff = !!(v['fix-dry-run'] || v.diff);
  if (v.fix || wantDiff) {
    progress.done();
    return fixCommand(ws.trees, lintOptions, { write: !!v.fix && !wantDiff, unsafe: !!v['unsafe-fixes'], rules: v.rule, backup: !!v.backup, verify: v['verify-with-nginx'] }, io);
  }
  if (v['unsafe-fixes'] || v.backup || v['verify-with-nginx'] !== undefined) {
    progress.done();
    io.stderr('sse-lint: --unsafe-fixes, --backup and --verify-with-nginx only apply with --fix or --diff\n');
    return EXIT_USAGE;
  }
  progress.checking();
  const linted = lintWorkspace(ws, lintOptions);
  progress.done();
  let findings = linted.findings;
  if (configured) {
    findings = applyEngineSettings(findings, configured.rules).filter((f) => !configured!.isIgnored(f.span.file));
  }
  if (v['baseline-write'] !== undefined) {
    const file = nodePath.resolve(io.cwd, v['baseline-write']);
    const n = writeBaseline(file, findings);
    io.stderr(`sse-lint: ${t(locale, 'cli.baseline.written', { count: n, file: displayPath(file, io.cwd) })}\n`);
    return EXIT_OK;
  }
  if (v.baseline !== undefined) {
    const file = nodePath.resolve(io.cwd, v.baseline);
    try {
      const b = applyBaseline(file, findings);
      findings = b.findings;
      if (b.matched) io.stderr(`sse-lint: ${t(locale, 'cli.summary.baselined', { count: b.matched, file: displayPath(file, io.cwd) })}\n`);
    } catch (e) {
      if (!(e instanceof BaselineError)) throw e;
      io.stderr(`sse-lint: ${t(locale, e.key as MessageKey, e.data)}\n`);
      return EXIT_USAGE;
    }
  }
  if (locale !== 'en') findings = findings.map((f) => localizeFinding(f, locale));
  return emitReport({ ...linted, findings }, report, io, locale);
}

/** How the lint report is written and judged (--format, --output, --quiet, --fail-on, --max-warnings). */
interface ReportFlags {
  format: ReportFormat;
  output: string | undefined;
  quiet: boolean;
  failOn: Severity | 'off';
  maxWarnings: number | undefined;
}

const FAIL_ON = ['error', 'warning', 'info', 'off'] as const;

/** Checks the output flags; an exit code (after a one-line reason) when they are unusable. */
function reportFlags(v: ParsedArgs['values'], io: Io): ReportFlags | number {
  const format = v.format ?? 'text';
  if (!isReportFormat(format)) {
    io.stderr(`sse-lint: --format expects one of ${FORMATS.join(', ')}, got "${format}"\n`);
    return EXIT_USAGE;
  }
  const failOn = v['fail-on'] ?? 'warning';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    io.stderr(`sse-lint: --fail-on expects one of ${FAIL_ON.join(', ')}, got "${failOn}"\n`);
    return EXIT_USAGE;
  }
  const max = v['max-warnings'];
  if (max !== undefined && !/^\d+$/.test(max)) {
    io.stderr(`sse-lint: --max-warnings expects a number of warnings (0 or more), got "${max}"\n`);
    return EXIT_USAGE;
  }
  if (v.output === '') {
    io.stderr('sse-lint: --output expects a file name\n');
    return EXIT_USAGE;
  }
  return {
    format, output: v.output, quiet: !!v.quiet, failOn: failOn as Severity | 'off', maxWarnings: max === undefined ? undefined : Number(max),
  };
}

/**
 * Writes the report and returns the exit code. The code is judged on every finding; --quiet only narrows
 * what is printed.
 */
function emitReport(result: LintResult, flags: ReportFlags, io: Io, locale: Locale = 'en'): number {
  const hidden: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let shown = result;
  if (flags.quiet) {
    for (const f of result.findings) if (f.severity !== 'error') hidden[f.severity]++;
    shown = { ...result, findings: result.findings.filter((f) => f.severity === 'error') };
  }
  const toFile = flags.output !== undefined;
  const text = REPORTERS[flags.format](shown, { cwd: io.cwd, color: io.color && !toFile, locale, ...(flags.quiet ? { hidden } : {}) });
  if (toFile) {
    const target = nodePath.resolve(io.cwd, flags.output!);
    try {
      writeReport(target, text);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
        : code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST' ? 'it is a directory' : (e as Error).message;
      io.stderr(`sse-lint: cannot write the report to ${flags.output}: ${why}\n`);
      return EXIT_USAGE;
    }
  } else {
    io.stdout(text);
  }
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    io.stderr(`sse-lint: ${plural(warnings, 'warning')}, more than --max-warnings ${flags.maxWarnings} allows\n`);
  }
  return lintExitCode(result.findings, flags.failOn, flags.maxWarnings);
}

/** 1 when a finding is at or above `failOn` or the warnings exceed `maxWarnings`, else 0. */
export function lintExitCode(findings: readonly { severity: Severity }[], failOn: Severity | 'off', maxWarnings?: number): number {
  const failing = failOn !== 'off' && findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return failing || (maxWarnings !== undefined && warnings > maxWarnings) ? EXIT_FINDINGS : EXIT_OK;
}

function routeCommand(args: ParsedArgs, loadOptions: InputOptions, lintOptions: LintOptions, io: Io): number {
  const v = args.values;
  if (args.positionals.length !== 2) {
    io.stderr('sse-lint route: expects URI and a config PATH (sse-lint route [--host H] [--port P] /uri nginx.conf)\n');
    return EXIT_USAGE;
  }
  const [uri, path] = args.positionals as [string, string];
  const port = v.port === undefined ? null : Number(v.port);
  if (port !== null && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    io.stderr(`sse-lint route: --port expects a port number, got "${v.port}"\n`);
    return EXIT_USAGE;
  }
  const ws = loadInputs([path], loadOptions);
  if (ws.inputErrors.length > 0 || ws.trees.length !== 1) {
    for (const e of ws.inputErrors) io.stderr(`sse-lint: ${e.message}\n`);
    return EXIT_USAGE;
  }
  // The queried URI is not marked as a stream: the report says whether the config makes it one.
  const model = buildModel(ws.trees[0]!, lintOptions.model ?? {});
  const listenPort = port ?? firstListenPort(model) ?? 80;
  io.stdout(routeReport(model, { host: v.host ?? '', port: listenPort, uri }, io.cwd));
  return EXIT_OK;
}

function firstListenPort(model: ConfigModel): number | null {
  for (const c of model.contexts.all) {
    if (c.kind !== 'server') continue;
    for (const l of serverListens(c)) if (l.kind === 'inet') return l.port;
  }
  return null;
}

interface FixFlags {
  write: boolean;
  unsafe: boolean;
  rules: string[] | undefined;
  backup: boolean;
  verify: string | undefined;
}

function fixCommand(trees: ConfigTree[], lintOptions: LintOptions, flags: FixFlags, io: Io): number {
  if (flags.write) {
    const virtual = trees.find((t) => t.source !== 'files');
    if (virtual) {
      io.stderr(`sse-lint: --fix cannot write ${virtual.source === 'dump' ? 'an nginx -T dump' : 'standard input'}; use --diff to see the fixes\n`);
      return EXIT_USAGE;
    }
  }
  const fixOptions: FixOptions = { unsafe: flags.unsafe, ...(flags.rules ? { rules: flags.rules } : {}) };
  const outcomes = trees.map((tree) => {
    const reload = (fs: ConfigFs): ConfigTree => {
      const loader = createLoader(tree.entries[0], { fs, prefix: tree.prefix, ...(tree.maps ? { maps: tree.maps } : {}) });
      for (const e of tree.entries) loader.addEntry(e);
      const t = loader.finish();
      t.source = tree.source;
      return t;
    };
    return fixInMemory(tree.fs, (fs) => {
      const t = reload(fs);
      return { trees: [t], findings: lintTree(t, lintOptions).findings };
    }, fixOptions);
  });
  const changed = new Map<string, { before: string; after: string; source: SourceFile }>();
  for (const o of outcomes) for (const [p, c] of o.changed) if (!changed.has(p)) changed.set(p, c);
  const applied = outcomes.flatMap((o) => o.applied);
  for (const o of outcomes) {
    for (const r of o.reverted) io.stderr(`sse-lint: fixes of ${r.ruleIds.join(', ')} in ${displayPath(r.file, io.cwd)} were undone: ${r.reason}\n`);
    if (!o.converged) io.stderr(`sse-lint: fixes did not settle after ${o.passes} passes; run again or fix the rest by hand\n`);
  }
  if (!flags.write) {
    for (const [p, c] of [...changed].sort(([a], [b]) => (a < b ? -1 : 1))) io.stdout(unifiedDiff(displayPath(p, io.cwd), c.before, c.after, { color: io.color }));
    const remaining = outcomes.flatMap((o) => o.remaining);
    io.stderr(`sse-lint: ${applied.length} fix${applied.length === 1 ? '' : 'es'} in ${changed.size} file${changed.size === 1 ? '' : 's'} (dry run: nothing written)\n`);
    return remaining.length > 0 || applied.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  }
  const plan: PlannedWrite[] = [...changed].map(([p, c]) => ({ path: p, original: encodeSource(c.source, c.before), next: encodeSource(c.source, c.after) }));
  if (plan.length && flags.verify !== undefined) {
    const check = verifyWithNginx(flags.verify, trees, changed);
    if (!check.ok) {
      io.stderr(`sse-lint: ${flags.verify} -t rejected the fixed config; nothing was written:\n${check.output}\n`);
      return EXIT_USAGE;
    }
  }
  let written: WriteResult;
  try {
    written = writeAll(plan, { backup: flags.backup });
  } catch (e) {
    io.stderr(`sse-lint: could not write the fixes, nothing was changed: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  if (written.conflicts.length) {
    io.stderr(`sse-lint: ${written.conflicts.map((c) => displayPath(c, io.cwd)).join(', ')} changed on disk since it was read; nothing was written\n`);
    return EXIT_USAGE;
  }
  const result: LintResult = {
    findings: outcomes.flatMap((o) => o.remaining), files: [...new Set(trees.flatMap((t) => [...t.files.keys()]))], trees, models: [], suppressed: 0,
  };
  io.stdout(formatText(result, { cwd: io.cwd, color: io.color }));
  io.stderr(`sse-lint: applied ${applied.length} fix${applied.length === 1 ? '' : 'es'}, wrote ${written.written.length} file${written.written.length === 1 ? '' : 's'}${written.backups.length ? ` (backups: ${written.backups.map((b) => displayPath(b, io.cwd)).join(', ')})` : ''}\n`);
  return result.findings.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function parseCommand(
  args: ParsedArgs, positionals: string[], opts: { prefix?: string; maps: PathMap[]; stdin?: Uint8Array }, io: Io,
): number {
  const v = args.values;
  if (positionals.length !== 1) {
    io.stderr(`sse-lint parse: expects exactly one FILE\n`);
    return EXIT_USAGE;
  }
  const target = positionals[0]!;
  const popts = { comments: !!v['include-comments'], combine: !!v.combine, positions: !!v.positions, relativeTo: io.cwd };
  if (v['single-file']) {
    let bytes: Uint8Array;
    try {
      bytes = target === '-' ? (opts.stdin ?? new Uint8Array()) : readFileSync(nodePath.resolve(io.cwd, target));
    } catch (e) {
      io.stderr(`sse-lint: ${target}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}\n`);
      return EXIT_USAGE;
    }
    const parsed = parseSource(decodeSource(target === '-' ? (v['stdin-filename'] ?? '<stdin>') : nodePath.resolve(io.cwd, target), bytes));
    io.stdout(JSON.stringify(singleFilePayload(parsed, popts), null, 2) + '\n');
    return parsed.errors.length ? EXIT_FINDINGS : EXIT_OK;
  }
  const ws = loadInputs([target], { cwd: io.cwd, ...(opts.prefix ? { prefix: opts.prefix } : {}), maps: opts.maps, ...(opts.stdin ? { stdin: opts.stdin } : {}) });
  if (ws.inputErrors.length > 0 || ws.trees.length !== 1) {
    for (const e of ws.inputErrors) io.stderr(`sse-lint: ${e.message}\n`);
    return EXIT_USAGE;
  }
  const payload = treePayload(ws.trees[0]!, popts);
  io.stdout(JSON.stringify(payload, null, 2) + '\n');
  return payload.status === 'ok' ? EXIT_OK : EXIT_FINDINGS;
}
