// `sse-lint PATH...`: lint, or fix (`--fix`, `--diff`), and report; the exit code follows --fail-on over what remains.
import * as nodePath from 'node:path';
import { joinList, localizeFinding, resolveLocale, t, type Locale, type MessageKey } from '../../i18n/index.js';
import {
  createFixSession, interruptedWrites, MAX_FINDINGS, ioReason, lintLoaded, loadRunInputs, PipelineError, recoverWrites, resolveSettings, runErrorReason, writeRunBaseline, type FixSession, type LintRun, type RunSettings,
} from '../../pipeline/index.js';
import { displayPath } from '../../reporters/common.js';
import { bufferedWrite, decodeUtf8, FORMATS, isReportFormat, WRITERS, type ReportFormat, type Write } from '../../reporters/index.js';
import type { Severity } from '../../types.js';
import type { ParsedArgs } from '../args.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, failText, usage, type Io } from '../io.js';
import { writeReport } from '../output.js';
import { tuneWhenLarge } from '../jit.js';
import { createProgress } from '../progress.js';
import { lintRunOptions } from './options.js';

/** How the report is written (--format, --output, --quiet). */
interface ReportFlags {
  format: ReportFormat;
  output: string | undefined;
  quiet: boolean;
}

export function lintCommand(args: ParsedArgs, io: Io, flagLocale: Locale): number {
  const jit = tuneWhenLarge();
  try {
    return lintAndReport(args, io, flagLocale, jit.read);
  } finally {
    jit.restore();
  }
}

function lintAndReport(args: ParsedArgs, io: Io, flagLocale: Locale, onRead: (bytes: number) => void): number {
  const v = args.values;
  let locale = flagLocale;
  const inputs = args.positionals;
  // `sse-lint -c /etc/nginx/nginx.conf`, as nginx -t -c would be written: -c is our --config.
  if (v.config !== undefined && !/\.json$/i.test(v.config) && (inputs.length === 0 || /\.conf$/i.test(v.config))) {
    return usage(io, locale, 'cli.usage.nginxDashC', { file: v.config });
  }
  if (inputs.length === 0) return usage(io, locale, 'cli.usage.noInput', {}, true);
  if (v.baseline !== undefined && v['baseline-write'] !== undefined) return usage(io, locale, 'cli.usage.baselineConflict');
  const wantDiff = !!(v['fix-dry-run'] || v.diff);
  const fixing = !!v.fix || wantDiff;
  if (!fixing && (v['unsafe-fixes'] || v.backup || v['verify-with-nginx'] !== undefined)) return usage(io, locale, 'cli.usage.fixOnlyFlags');
  if (v['verify-with-nginx'] === '') return usage(io, locale, 'cli.usage.verifyNeedsBinary');
  const max = v['max-warnings'];
  if (max !== undefined && !/^\d+$/.test(max)) return usage(io, locale, 'cli.usage.badMaxWarnings', { value: max });
  if (v.output === '') return usage(io, locale, 'cli.usage.noOutputFile');
  io.onLint?.();

  // A --fix that a killed run left half done is finished (or undone) before this one reads the files; other runs
  // only say it is there.
  const writing = !!v.fix && !wantDiff;
  if (writing) {
    const { recovered, failed } = recoverWrites(inputs, io.cwd);
    for (const r of recovered) {
      const journal = displayPath(r.journal, io.cwd);
      io.stderr(`sse-lint: ${t(locale, r.outcome === 'finished' ? 'cli.recover.finished' : 'cli.recover.undone', { journal, count: r.files.length })}\n`);
      if (r.skipped.length) io.stderr(`sse-lint: ${t(locale, 'cli.recover.skipped', { files: r.skipped.map((f) => displayPath(f, io.cwd)).join(', ') })}\n`);
    }
    if (failed.length) return usage(io, locale, 'cli.recover.failed', { journal: displayPath(failed[0]!.journal, io.cwd), reason: failed[0]!.reason });
  } else {
    for (const j of interruptedWrites(inputs, io.cwd)) io.stderr(`sse-lint: ${t(locale, 'cli.recover.pending', { journal: displayPath(j, io.cwd) })}\n`);
  }

  const progress = createProgress({ write: io.stderr, tty: !!io.stderrTty, locale });
  let settings: RunSettings;
  let run: LintRun;
  let session: FixSession | null = null;
  try {
    settings = resolveSettings(inputs, { ...lintRunOptions(args, io, inputs, () => progress.fileParsed()), onRead });
    if (settings.locale && v.locale === undefined) locale = resolveLocale(undefined, io.env ?? process.env, settings.locale);
    for (const n of settings.notes) io.stderr(`sse-lint: ${t(locale, n.key as MessageKey, n.data)}\n`);
    const format = v.format ?? settings.format ?? 'text';
    if (!isReportFormat(format)) {
      progress.done();
      return usage(io, locale, 'cli.usage.badFormat', { choices: FORMATS.join(', '), value: format });
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
    const flags: ReportFlags = { format, output: v.output, quiet: !!v.quiet };
    if (session) return fixAndReport(session, { write: !!v.fix && !wantDiff, unsafe: !!v['unsafe-fixes'], rules: v.rule, backup: !!v.backup, verify: v['verify-with-nginx'] }, flags, io, locale);
  } catch (e) {
    progress.done();
    return failText(io, PipelineError.from(e).render(locale));
  }

  if (v['baseline-write'] !== undefined) {
    const file = nodePath.resolve(io.cwd, v['baseline-write']);
    let n: number;
    try {
      n = writeRunBaseline(run, v['baseline-write']);
    } catch (e) {
      return failText(io, PipelineError.from(e).render(locale));
    }
    io.stderr(`sse-lint: ${t(locale, 'cli.baseline.written', { count: n, file: displayPath(file, io.cwd) })}\n`);
    return EXIT_OK;
  }
  if (run.summary.baselined && settings.baseline) {
    io.stderr(`sse-lint: ${t(locale, 'cli.summary.baselined', { count: run.summary.baselined, file: displayPath(settings.baseline, io.cwd) })}\n`);
  }
  const flags: ReportFlags = { format: (v.format ?? settings.format ?? 'text') as ReportFormat, output: v.output, quiet: !!v.quiet };
  const code = emitReport(run, flags, io, locale);
  // On a terminal, a person is reading: say how to review the fixes one by one.
  const fixes = run.summary.fixable.safe + run.summary.fixable.unsafe;
  if (io.stdoutTty && flags.format === 'text' && flags.output === undefined && fixes > 0) {
    io.stdout(`${t(locale, 'cli.fix.hint', { count: fixes, command: reviewCommand(args) })}\n`);
  }
  return code;
}

/** `sse-lint -i` with the inputs and the flags that shape the findings, quoted for a POSIX shell where needed. */
function reviewCommand(args: ParsedArgs): string {
  const v = args.values;
  const out: string[] = ['-i'];
  const value = (flag: string, x: string | undefined): void => {
    if (x !== undefined) out.push(flag, x);
  };
  value('--config', v.config);
  if (v['no-config']) out.push('--no-config');
  value('--nginx-version', v['nginx-version']);
  for (const r of v.route ?? []) value('--route', r);
  if (v['all-proxies']) out.push('--all-proxies');
  for (const r of v.rule ?? []) value('--rule', r);
  if (v.strict) out.push('--strict');
  value('--prefix', v.prefix);
  for (const m of v.map ?? []) value('--map', m);
  value('--baseline', v.baseline);
  value('--locale', v.locale);
  const quote = (a: string): string => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
  return ['sse-lint', ...out, ...args.positionals].map((a, i) => (i === 0 ? a : quote(a))).join(' ');
}

interface FixFlags {
  write: boolean;
  unsafe: boolean;
  rules: string[] | undefined;
  backup: boolean;
  verify: string | undefined;
}

/** `--diff` prints what the fixes change; `--fix` writes them and reports what remains against the fixed text. */
function fixAndReport(session: FixSession, flags: FixFlags, report: ReportFlags, io: Io, locale: Locale): number {
  if (flags.write && session.readOnly) return usage(io, locale, session.readOnly === 'dump' ? 'cli.fix.cannotWriteDump' : 'cli.fix.cannotWriteStdin');
  const step = session.applyAll({ unsafe: flags.unsafe, ...(flags.rules ? { rules: flags.rules } : {}) });
  for (const r of step.reverted) {
    io.stderr(`sse-lint: ${t(locale, 'cli.fix.reverted', { rules: r.ruleIds.join(', '), file: displayPath(r.file, io.cwd), reason: t(locale, `cli.fix.reason.${r.reason}`) })}\n`);
  }
  if (!step.converged) io.stderr(`sse-lint: ${t(locale, 'cli.fix.notConverged', { passes: step.passes })}\n`);
  const changes = session.changes();
  const after = session.current();
  if (!flags.write) {
    io.stdout(session.diff({ color: io.color, display: (p) => displayPath(p, io.cwd) }));
    // Suggestions need a human choice: shown after the fixes, each with what it is for, never applied.
    for (const s of session.suggestions({ color: io.color, display: (p) => displayPath(p, io.cwd) })) {
      const f = s.finding;
      io.stdout(`# ${t(locale, 'cli.fix.suggestionHeader', { rule: f.ruleId, file: displayPath(f.span.file, io.cwd), line: f.span.line, title: f.fix!.title })}\n${s.diff}`);
    }
    io.stderr(`sse-lint: ${t(locale, 'cli.fix.dryRun', { count: step.applied.length, files: changes.length })}\n`);
    // A dry run fails while there is something to fix, or when what would remain fails --fail-on.
    return step.applied.length > 0 ? EXIT_FINDINGS : after.exitCode;
  }
  const outcome = session.write({ backup: flags.backup, ...(flags.verify !== undefined ? { verify: flags.verify } : {}) });
  switch (outcome.kind) {
    case 'read-only':
      return usage(io, locale, outcome.source === 'dump' ? 'cli.fix.cannotWriteDump' : 'cli.fix.cannotWriteStdin');
    case 'rejected':
      io.stderr(`sse-lint: ${t(locale, 'cli.fix.verifyRejected', { bin: outcome.bin })}\n${outcome.output}\n`);
      return EXIT_USAGE;
    case 'unrunnable':
      return usage(io, locale, 'cli.fix.verifyUnrunnable', { bin: outcome.bin, reason: runErrorReason(outcome.cause, locale) });
    case 'conflict':
      return usage(io, locale, 'cli.fix.conflict', { files: outcome.files.map((c) => displayPath(c, io.cwd)).join(', ') });
    case 'failed':
      return usage(io, locale, 'cli.fix.writeFailed', { message: outcome.message });
    default:
  }
  const written = outcome.kind === 'written' ? outcome.written.length : 0;
  const backups = outcome.kind === 'written' ? outcome.backups : [];
  const code = emitReport(after, report, io, locale);
  const applied = t(locale, 'cli.fix.applied', { count: step.applied.length, files: written });
  io.stderr(`sse-lint: ${backups.length ? t(locale, 'cli.fix.withBackups', { applied, list: joinList(locale, backups.map((b) => displayPath(b, io.cwd)), 'comma') }) : applied}\n`);
  return code;
}

/** Writes the report and returns the exit code: judged on every finding; --quiet only narrows what is printed. */
function emitReport(run: LintRun, flags: ReportFlags, io: Io, locale: Locale): number {
  const hidden: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const localized = locale === 'en' ? run.findings : run.findings.map((f) => localizeFinding(f, locale));
  let shown: LintRun = { ...run, findings: localized };
  if (flags.quiet) {
    for (const f of run.findings) if (f.severity !== 'error') hidden[f.severity]++;
    shown = { ...shown, findings: localized.filter((f) => f.severity === 'error') };
  }
  const toFile = flags.output !== undefined;
  const opts = { cwd: io.cwd, color: io.color && !toFile, locale, ...(flags.quiet ? { hidden } : {}) };
  // Written piece by piece: a large config's report is never held as one string.
  const writer = (write: Write): void => WRITERS[flags.format](shown, opts, write);
  if (toFile) {
    const target = nodePath.resolve(io.cwd, flags.output!);
    try {
      writeReport(target, writer);
    } catch (e) {
      return usage(io, locale, 'cli.usage.cannotWriteReport', { file: flags.output!, reason: ioReason(e, locale) });
    }
  } else {
    const out = bufferedWrite((chunk) => {
      if (typeof chunk === 'string') io.stdout(chunk);
      else if (io.stdoutBytes) return io.stdoutBytes(chunk);
      else io.stdout(decodeUtf8(chunk));
    });
    writer(out.write);
    out.flush();
  }
  const warnings = run.summary.warning;
  if (run.summary.truncated) io.stderr(`sse-lint: ${t(locale, 'cli.summary.truncated', { count: run.summary.truncated, max: MAX_FINDINGS })}\n`);
  const maxWarnings = run.settings.maxWarnings;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`sse-lint: ${t(locale, 'cli.usage.tooManyWarnings', { count: warnings, max: maxWarnings })}\n`);
  }
  return run.exitCode;
}
