// `nginx -t` accepts what `sse-lint --fix --unsafe-fixes` writes: for every rule fixture and every real-world corpus
// file whose original nginx -t accepts. Each file is copied to a temp dir and sandboxed first (nginx-t-kit.ts: network
// and mount namespaces when available, write paths moved into the temp prefix, host includes copied in, missing
// certificates replaced with a throwaway pair); snippets are tested inside the first http/server/location wrapper
// nginx accepts. Files nginx rejects before any fix are left out with a printed reason and count (a rule fixture only
// when it targets a newer nginx than the one here; otherwise that fails). Without namespaces, files that would bind
// other addresses than loopback are left out too. Every bad fixture case with a pinned
// .suggested output has its suggestions applied and checked by nginx -t as well.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { applyEdits, editsOverlap } from '../../src/fix/fixer.js';
import { RULES } from '../../src/engine/registry.js';
import { lintSync } from '../../src/pipeline/index.js';
import type { TextEdit } from '../../src/types.js';
import { fixtureCases } from '../helpers/fixtures.js';
import { hasShared, root as projectRoot, sharedDir } from '../helpers/shared.js';
import { describeNginx, nginxVersion } from './harness.js';
import { classify, cleanupCerts, firstError, isolation, listFiles, outsideIncludes, prepareCase, type PreparedCase } from './nginx-t-kit.js';

const FIXTURES = path.join(projectRoot, 'test/fixtures/rules');
const CORPUS = path.join(sharedDir, 'corpus/real-world');

interface Tally {
  checked: number;
  fixesApplied: number;
  filesWithFixes: number;
  leftOut: Map<string, string[]>;
  /** Fixed outputs that need a newer nginx than the one here (the case targets it with --nginx-version). */
  newerTarget: string[];
  wraps: Map<string, number>;
  /** Fixed outputs nginx -t rejected (the test fails on them). */
  rejected: number;
  sandbox: { movedWrites: number; certsReplaced: number; includesMapped: number; hostFilesCopied: number; hostsMapped: number };
}

const newTally = (): Tally => ({
  checked: 0, fixesApplied: 0, filesWithFixes: 0, leftOut: new Map(), newerTarget: [], wraps: new Map(), rejected: 0,
  sandbox: { movedWrites: 0, certsReplaced: 0, includesMapped: 0, hostFilesCopied: 0, hostsMapped: 0 },
});
const fixtureTally = newTally();
const corpusTally = newTally();

function leaveOut(t: Tally, reason: string, what: string): void {
  const list = t.leftOut.get(reason) ?? [];
  list.push(what);
  t.leftOut.set(reason, list);
}

function summary(title: string, t: Tally, modes: string): string {
  const left = [...t.leftOut.values()].reduce((n, l) => n + l.length, 0);
  const lines = [
    `[nginx -t of --fix --unsafe-fixes output: ${title}] ${nginxVersion() ?? '?'}, isolation: ${isolation().kind === 'namespaces' ? 'network+mount namespaces' : 'none'}`,
    `  checked ${t.checked} file(s) whose original nginx -t accepts (${modes}); ${t.fixesApplied} fixes applied in ${t.filesWithFixes} run(s); ${t.rejected === 0 ? 'nginx -t accepted every fixed output' : `nginx -t REJECTED ${t.rejected} fixed output(s)`}`,
    `  contexts: ${[...t.wraps].map(([w, n]) => `${w} ${n}`).join(', ')}`,
    `  sandbox: ${t.sandbox.movedWrites} write paths moved, ${t.sandbox.includesMapped} absolute includes mapped into the copy, ${t.sandbox.hostFilesCopied} host includes copied, ${t.sandbox.certsReplaced} certificate paths replaced by a throwaway pair, ${t.sandbox.hostsMapped} upstream host names resolved to 127.0.0.1 (private /etc/hosts)`,
    `  left out: ${left}`,
    ...[...t.leftOut].map(([reason, files]) => `    ${reason} (${files.length}): ${files.join('; ')}`),
  ];
  if (t.newerTarget.length) lines.push(`  fixed for a newer --nginx-version than ${nginxVersion()}, not testable here (${t.newerTarget.length}): ${t.newerTarget.join('; ')}`);
  return lines.join('\n');
}

afterAll(() => {
  cleanupCerts();
  if (fixtureTally.checked || fixtureTally.leftOut.size) console.log(summary('rule fixtures', fixtureTally, 'each with all rules and with only its own rule'));
  if (corpusTally.checked || corpusTally.leftOut.size) console.log(summary('real-world corpus', corpusTally, 'each with stream heuristics and with --all-proxies'));
});

/** `sse-lint --fix --unsafe-fixes [args] ENTRY` in process; returns the number of fixes applied. */
async function fix(entry: string, args: string[]): Promise<{ code: number; applied: number; stderr: string }> {
  let stderr = '';
  const io: Io = { stdout: () => {}, stderr: (s) => { stderr += s; }, readStdin: () => new Uint8Array(), cwd: path.dirname(entry), color: false };
  const code = await main(['--fix', '--unsafe-fixes', ...args, entry], io);
  const m = /applied (\d+) fix/.exec(stderr);
  return { code, applied: m ? Number(m[1]) : 0, stderr };
}

/**
 * Prepares the case, runs the fix with `args`, and re-tests. Returns a failure description, or null.
 * `label` names the case in the summary; `targetsNewer` allows newer-nginx syntax in the output.
 */
async function checkOnce(t: Tally, src: string, rel: string, label: string, args: string[], targetsNewer: boolean, first: boolean, mustLoad = false, ruleOptions?: RuleOptions): Promise<string | null> {
  const prepared: PreparedCase = await prepareCase(src, rel);
  try {
    if (!prepared.wrap) {
      if (first) leaveOut(t, prepared.leftOut?.reason ?? 'other', `${label} (${prepared.leftOut?.error})`);
      // Our own fixtures are valid nginx: only one written for a newer nginx than this may be left out (or any, when
      // this machine has no network namespace to bind their listens in).
      const environment = prepared.leftOut?.reason.includes('no network namespace');
      if (mustLoad && !targetsNewer && !environment) return `${label}: nginx -t rejects the fixture itself (${prepared.leftOut?.reason}: ${prepared.leftOut?.error}), so its fixes cannot be checked`;
      return null;
    }
    if (first) {
      t.checked++;
      t.wraps.set(prepared.wrap, (t.wraps.get(prepared.wrap) ?? 0) + 1);
      for (const k of Object.keys(t.sandbox) as (keyof Tally['sandbox'])[]) t.sandbox[k] += prepared.notes[k];
    }
    // Nothing the fixer can reach lies outside the temp dir.
    expect(outsideIncludes(prepared.root, prepared.tmp).filter((p) => existsSync(p.replace(/\/[^/]*[*?[].*$/, '')))).toEqual([]);
    const prefixArgs = prepared.confDir !== path.dirname(prepared.entry) ? ['--prefix', prepared.confDir] : [];
    const configArgs = ruleOptions ? ['--config', optionsConfig(prepared, ruleOptions)] : [];
    const r = await fix(prepared.entry, [...args, ...prefixArgs, ...configArgs]);
    if (r.code === 2) return `${label} ${args.join(' ')}: sse-lint exited 2: ${r.stderr.trim()}`;
    t.fixesApplied += r.applied;
    if (r.applied > 0) t.filesWithFixes++;
    if (r.applied === 0) return null;
    const after = await prepared.test();
    if (after.ok) return null;
    if (targetsNewer && classify(after.output) === 'syntax newer than nginx 1.22.1') {
      t.newerTarget.push(`${label} ${args.join(' ')}: ${firstError(after.output)}`);
      return null;
    }
    t.rejected++;
    return `${label} ${args.join(' ')} (${prepared.wrap} context): nginx -t rejects the fixed config: ${firstError(after.output)}`;
  } finally {
    prepared.dispose();
  }
}

/** A case's `# options:` for its rule. */
interface RuleOptions {
  ruleId: string;
  options: Record<string, unknown>;
}

/** A config file (beside the copy, so it is not linted) giving the case's rule its options, as the fixture harness does. */
function optionsConfig(prepared: PreparedCase, o: RuleOptions): string {
  const file = path.join(prepared.tmp, 'sse-lint.config.json');
  const severity = RULES.find((r) => r.meta.id === o.ruleId)!.meta.severity;
  writeFileSync(file, JSON.stringify({ rules: { [o.ruleId]: [severity, o.options] } }));
  return file;
}

/** Tally of suggested outputs (a rule's suggestions applied by hand, as a person following them would). */
const suggested = { checked: 0, suggestions: 0, rejected: [] as string[], newer: [] as string[] };

/** Applies one rule's suggestions to a prepared copy of a case and runs nginx -t on it; a failure, or null. */
async function checkSuggestions(src: string, rel: string, label: string, ruleId: string, args: { nginxVersion?: string; routes: string[]; options?: Record<string, unknown> }, targetsNewer: boolean, pinned: boolean): Promise<string | null> {
  const prepared: PreparedCase = await prepareCase(src, rel);
  try {
    // A case left out here is a failure already (checkOnce), unless it targets a newer nginx.
    if (!prepared.wrap) {
      if (pinned && targetsNewer) suggested.newer.push(label);
      return null;
    }
    const run = lintSync([prepared.entry], {
      config: args.options ? optionsConfig(prepared, { ruleId, options: args.options }) : false, cwd: path.dirname(prepared.entry), rules: [ruleId], routes: args.routes,
      ...(args.nginxVersion ? { nginxVersion: args.nginxVersion } : {}),
      ...(prepared.confDir !== path.dirname(prepared.entry) ? { prefix: prepared.confDir } : {}),
    });
    const edits: TextEdit[] = [];
    for (const f of run.findings) {
      if (f.ruleId !== ruleId || f.fix?.applicability !== 'suggestion') continue;
      if (f.fix.edits.some((e) => edits.some((t) => editsOverlap(e, t)))) continue;
      edits.push(...f.fix.edits);
      suggested.suggestions++;
    }
    // A case with a pinned .suggested output must have had its suggestions checked here.
    if (edits.length === 0) return pinned ? `${label}: has a pinned suggested output, but ${ruleId} made no suggestion on the prepared copy` : null;
    for (const file of new Set(edits.map((e) => e.file))) writeFileSync(file, applyEdits(readFileSync(file, 'utf8'), edits.filter((e) => e.file === file)));
    suggested.checked++;
    const after = await prepared.test();
    if (after.ok) return null;
    if (targetsNewer && classify(after.output) === 'syntax newer than nginx 1.22.1') {
      suggested.newer.push(label);
      return null;
    }
    suggested.rejected.push(label);
    return `${label} (${prepared.wrap} context): nginx -t rejects the config with ${ruleId}'s suggestions applied: ${firstError(after.output)}`;
  } finally {
    prepared.dispose();
  }
}

afterAll(() => {
  if (suggested.checked) console.log(`[nginx -t of suggested outputs] ${suggested.suggestions} suggestions applied in ${suggested.checked} fixture case(s); ${suggested.rejected.length === 0 ? 'nginx -t accepted every one' : `REJECTED: ${suggested.rejected.join('; ')}`}${suggested.newer.length ? `; newer-nginx targets not testable here: ${suggested.newer.join('; ')}` : ''}`);
});

function versionAbove(v: string | undefined, than: [number, number, number]): boolean {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(v ?? '');
  if (!m) return false;
  for (let i = 0; i < 3; i++) {
    const a = Number(m[i + 1]);
    if (a !== than[i]) return a > than[i]!;
  }
  return false;
}

describeNginx('nginx -t accepts sse-lint --fix --unsafe-fixes output: rule fixtures', () => {
  const rules = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((d) => statSync(path.join(FIXTURES, d)).isDirectory()).sort() : [];

  it.each(rules)('%s', async (ruleId) => {
    const failures: string[] = [];
    for (const c of fixtureCases(path.join(FIXTURES, ruleId))) {
      const isDir = path.basename(c.entry) === 'nginx.conf' && path.dirname(c.entry) !== path.join(FIXTURES, ruleId);
      const src = isDir ? path.dirname(c.entry) : c.entry;
      const rel = isDir ? 'nginx.conf' : path.basename(c.entry);
      const version = c.model.nginxVersion ?? undefined;
      const base = [...(version ? ['--nginx-version', version] : []), ...(c.model.routes ?? []).flatMap((r) => ['--route', r])];
      const newer = versionAbove(version, [1, 22, 1]);
      // The case's `# options:` for its rule, as the fixture harness lints it with.
      const options = Object.keys(c.options).length ? c.options : undefined;
      const label = `${ruleId}/${path.relative(path.join(FIXTURES, ruleId), src)}`;
      for (const [i, args] of [base, [...base, '--rule', ruleId]].entries()) {
        const failure = await checkOnce(fixtureTally, src, rel, label, args, newer, i === 0, true, options ? { ruleId, options } : undefined);
        if (failure) failures.push(failure);
      }
      if (c.kind === 'bad') {
        const failure = await checkSuggestions(src, rel, label, ruleId, { ...(version ? { nginxVersion: version } : {}), routes: c.model.routes ?? [], ...(options ? { options } : {}) }, newer, c.suggested.size > 0);
        if (failure) failures.push(failure);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

// ../shared absent: skipped with a printed reason, except under CI=true, where that is a failure.
const corpusMissing = hasShared ? null : `${CORPUS} not found`;
if (corpusMissing && process.env['CI'] !== 'true') console.warn(`[skip] real-world corpus nginx -t check: ${corpusMissing}`);

describeNginx('nginx -t accepts sse-lint --fix --unsafe-fixes output: real-world corpus', () => {
  if (corpusMissing && process.env['CI'] === 'true') {
    it('has the corpus (CI=true never skips it)', () => { throw new Error(`${corpusMissing}, but CI=true`); });
    return;
  }
  it.skipIf(corpusMissing !== null)('every corpus file nginx -t accepts still passes after --fix --unsafe-fixes (heuristics and --all-proxies)', async () => {
    const failures: string[] = [];
    for (const project of readdirSync(CORPUS).sort()) {
      const projectDir = path.join(CORPUS, project);
      if (!statSync(projectDir).isDirectory()) continue;
      for (const file of listFiles(projectDir)) {
        const rel = path.relative(projectDir, file);
        const label = `${project}/${rel}`;
        for (const [i, args] of [[], ['--all-proxies']].entries()) {
          const failure = await checkOnce(corpusTally, projectDir, rel, label, args, false, i === 0);
          if (failure) failures.push(failure);
        }
      }
    }
    expect(corpusTally.checked, 'no corpus file was checked at all').toBeGreaterThan(0);
    expect(failures).toEqual([]);
  }, 240_000);
});
