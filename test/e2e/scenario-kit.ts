// Helpers for the rule scenarios (scenarios-*.test.ts): a config is written to a temp dir with its placeholders
// already substituted (so the linter sees the real loopback addresses), linted, run under real nginx, fixed
// with the CLI (`main()`, in process) and run again.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import type { RuleSetting } from '../../src/engine/engine.js';
import { fixInMemory, type FixOutcome } from '../../src/fix/apply.js';
import { diskFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { lintTree } from '../../src/lint.js';
import type { Finding } from '../../src/types.js';
import {
  freePort, nginxTest, startNginx, summarize,
  type Backend, type NginxInstance, type NginxOptions, type StreamRecord,
} from './harness.js';
import { heldUntilEnd, inLockstep } from './lockstep.js';

/** Events per test stream; streams run in lockstep with the client (lockstep.ts), so no interval is needed. */
export const EVENTS = 6;

const PLACEHOLDER = /\{\{([A-Z][A-Z0-9_]*)\}\}/g;

/** A config written to disk with every placeholder replaced. */
export interface Materialized {
  dir: string;
  /** `<dir>/nginx.conf` */
  file: string;
  /** The text as written (and linted). */
  text: string;
  /** The ports that replaced {{PORT}}, {{PORT_X}}, by placeholder name. */
  ports: Record<string, number>;
}

const dirs: string[] = [];

/**
 * Writes `template` to a fresh temp dir as nginx.conf, with {{PORT}}/{{PORT_*}} replaced by free loopback
 * ports, {{BACKEND}} by the backend URL, {{BACKEND_PORT}} and opts.vars. Unknown placeholders throw.
 */
export async function materialize(template: string, opts: { backend?: Backend | string; vars?: Record<string, string | number> } = {}): Promise<Materialized> {
  const vars: Record<string, string> = {};
  if (opts.backend !== undefined) {
    const url = typeof opts.backend === 'string' ? opts.backend : opts.backend.url;
    vars['BACKEND'] = url.replace(/\/+$/, '');
    vars['BACKEND_PORT'] = new URL(url).port;
  }
  for (const [k, v] of Object.entries(opts.vars ?? {})) vars[k] = String(v);
  const ports: Record<string, number> = {};
  for (const m of template.matchAll(PLACEHOLDER)) {
    const name = m[1] ?? '';
    if ((name === 'PORT' || name.startsWith('PORT_')) && !(name in vars)) {
      let p = await freePort();
      while (Object.values(ports).includes(p)) p = await freePort();
      ports[name] = p;
      vars[name] = String(p);
    }
  }
  const unknown = [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].filter((n) => !(n in vars));
  if (unknown.length) throw new Error(`unknown placeholder(s) ${unknown.join(', ')}`);
  const text = template.replace(PLACEHOLDER, (_, n: string) => vars[n] ?? '');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sse-lint-scenario-'));
  dirs.push(dir);
  const file = path.join(dir, 'nginx.conf');
  writeFileSync(file, text);
  return { dir, file, text, ports };
}

/** Removes the temp dirs made by materialize (afterAll). */
export function cleanupMaterialized(): void {
  if (process.env['SSE_E2E_KEEP'] === '1') return;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Current text of the materialized config (after a fix wrote it). */
export function currentText(m: Materialized): string {
  return readFileSync(m.file, 'utf8');
}

/** Turns the listen/proxy ports of a materialized text back into placeholders, so startNginx allocates and waits for them. */
export function toTemplate(text: string, ports: Record<string, number>): string {
  let out = text;
  for (const [name, port] of Object.entries(ports)) out = out.replace(new RegExp(`127\\.0\\.0\\.1:${port}(?!\\d)`, 'g'), `127.0.0.1:{{${name}}}`);
  return out;
}

/** Starts nginx on the config text as linted (ports re-allocated). */
export function runConfig(text: string, m: Materialized, opts: Omit<NginxOptions, 'backend'> = {}): Promise<NginxInstance> {
  return startNginx(toTemplate(text, m.ports), opts);
}

/** `nginx -t` on the config text as linted. */
export function testConfig(text: string, m: Materialized): Promise<{ ok: boolean; output: string }> {
  return nginxTest(toTemplate(text, m.ports));
}

// ---------------------------------------------------------------------------------------------------------------
// Linting and fixing

export interface LintFileOptions {
  rules?: Record<string, RuleSetting>;
  nginxVersion?: string;
}

/** Lints the file (and its includes) with every rule, as `sse-lint FILE` would. */
export function lintFile(file: string, opts: LintFileOptions = {}): Finding[] {
  const tree = loadConfig([file]);
  return lintTree(tree, { model: { nginxVersion: opts.nginxVersion ?? null }, ...(opts.rules ? { rules: opts.rules } : {}) }).findings;
}

/** The findings of one rule, with a readable dump for failed expectations. */
export function findingsOf(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

export function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.span.line}:${f.span.column} ${f.severity} ${f.ruleId}: ${f.message}`).join('\n');
}

/** Asserts exactly the expected number of findings of `ruleId` (default: at least one) and returns them. */
export function expectFinding(file: string, ruleId: string, opts: LintFileOptions & { severity?: string; message?: RegExp } = {}): Finding[] {
  const all = lintFile(file, opts);
  const mine = findingsOf(all, ruleId);
  expect(mine.length, `no ${ruleId} finding in:\n${describeFindings(all)}`).toBeGreaterThan(0);
  if (opts.severity) for (const f of mine) expect(f.severity, describeFindings(mine)).toBe(opts.severity);
  if (opts.message) expect(mine.some((f) => opts.message!.test(f.message)), describeFindings(mine)).toBe(true);
  return mine;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  before: string;
  after: string;
}

/** Runs `sse-lint --fix [--unsafe-fixes] --rule <id>... FILE` in process and returns the file before and after. */
export async function cliFix(file: string, ruleIds: readonly string[], opts: { unsafe?: boolean; extra?: string[] } = {}): Promise<CliRun> {
  const before = readFileSync(file, 'utf8');
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    readStdin: () => new Uint8Array(),
    cwd: path.dirname(file),
    color: false,
  };
  const argv = ['--fix', ...(opts.unsafe ? ['--unsafe-fixes'] : []), ...ruleIds.flatMap((r) => ['--rule', r]), ...(opts.extra ?? []), file];
  const code = await main(argv, io);
  return { code, stdout, stderr, before, after: readFileSync(file, 'utf8') };
}

/**
 * The fix loop with rule options (the CLI has no way to pass them yet): lints with
 * `rules: { [ruleId]: { options } }`, applies that rule's fixes in memory and writes the file.
 */
export function fixWithOptions(file: string, ruleId: string, options: Record<string, unknown>, unsafe = false): FixOutcome {
  const settings = { [ruleId]: { options } };
  const outcome = fixInMemory(diskFs, (fs) => {
    const tree = loadConfig([file], { fs });
    return { trees: [tree], findings: lintTree(tree, { rules: settings }).findings };
  }, { rules: [ruleId], unsafe });
  const changed = outcome.changed.get(file);
  if (changed) writeFileSync(file, changed.after);
  return outcome;
}

/** Lines added and removed between two texts (order-insensitive, trimmed), for asserting what a fix did. */
export function lineDiff(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n').map((l) => l.trim()).filter(Boolean);
  const b = after.split('\n').map((l) => l.trim()).filter(Boolean);
  const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const ca = count(a);
  const cb = count(b);
  const added: string[] = [];
  const removed: string[] = [];
  for (const [l, n] of cb) for (let i = 0; i < n - (ca.get(l) ?? 0); i++) added.push(l);
  for (const [l, n] of ca) for (let i = 0; i < n - (cb.get(l) ?? 0); i++) removed.push(l);
  return { added, removed };
}

// ---------------------------------------------------------------------------------------------------------------
// Judging streams

export function eventNumbers(r: StreamRecord): (number | undefined)[] {
  return r.events.map((e) => e.n);
}

const ALL = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/**
 * All events, complete, and held back until the producer had written the last one and ended: the client had not
 * seen event 1 while the producer waited for it, and saw it only after the end (lockstep.ts).
 */
export function expectLumped(r: StreamRecord, events = EVENTS): void {
  const s = JSON.stringify(summarize(r));
  expect(r.status, s).toBe(200);
  expect(eventNumbers(r), s).toEqual(ALL(events));
  const v = heldUntilEnd(r.lockstep, events);
  expect(v.ok, v.why).toBe(true);
  expect(r.outcome, s).toBe('complete');
}

/** All events, complete, each seen by the client before the producer wrote the next one (lockstep.ts). */
export function expectIncremental(r: StreamRecord, events = EVENTS): void {
  const s = JSON.stringify(summarize(r));
  expect(r.status, s).toBe(200);
  expect(eventNumbers(r), s).toEqual(ALL(events));
  const v = inLockstep(r.lockstep, events);
  expect(v.ok, v.why).toBe(true);
  expect(r.outcome, s).toBe('complete');
}

// ---------------------------------------------------------------------------------------------------------------
// Measurements for the final report

const measured: string[] = [];

/** `status 200, 6 events, first 3 ms, last 9 ms, complete, 9 ms; in lockstep` */
export function timing(r: StreamRecord): string {
  const s = summarize(r);
  return `status ${s.status}, ${s.events} events, first ${s.firstMs ?? '-'} ms, last ${s.lastMs ?? '-'} ms, ${s.outcome}, ${s.durationMs} ms${lockstepNote(r)}`;
}

function lockstepNote(r: StreamRecord): string {
  const ls = r.lockstep;
  if (!ls) return '';
  if (ls.heldAt === null) return `; in lockstep (each event seen before the next was written)`;
  const after = ls.seen[0] !== undefined && ls.endedAt !== null ? `, first event seen ${Math.round(ls.seen[0] - ls.endedAt)} ms after the backend ended` : '';
  return `; held (event ${ls.heldAt} unseen while the backend waited${after})`;
}

export function note(label: string, text: string): void {
  measured.push(`${label}: ${text}`);
}

export function printMeasured(title: string): void {
  if (measured.length) console.log(`[e2e ${title}]\n${measured.map((m) => `  ${m}`).join('\n')}`);
  measured.length = 0;
}

/** Runs nginx on a config for the duration of fn, and stops it by its PID afterwards. */
export async function withNginx<T>(text: string, m: Materialized, fn: (ngx: NginxInstance) => Promise<T>): Promise<T> {
  const ngx = await runConfig(text, m);
  try {
    return await fn(ngx);
  } finally {
    await ngx.stop();
  }
}

/** Asserts that `nginx -t` accepts a (fixed) config. */
export async function expectNginxAccepts(text: string, m: Materialized): Promise<void> {
  const t = await testConfig(text, m);
  expect(t.ok, `nginx -t rejected the fixed config:\n${t.output}\n${text}`).toBe(true);
}
