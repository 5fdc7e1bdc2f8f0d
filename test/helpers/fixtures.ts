// The rule fixture harness: `# expect:` comments on offending lines, bad/good twins, `.fixed.conf` outputs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Rule } from '../../src/engine/define-rule.js';
import { diskFs, type ConfigFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import type { ModelOptions } from '../../src/model/model.js';
import { fixInMemory, type FixOutcome } from '../../src/fix/apply.js';
import { applyEdits, editsOverlap } from '../../src/fix/fixer.js';
import { lintTree } from '../../src/lint.js';
import type { Finding, Severity, TextEdit } from '../../src/types.js';

export interface Expectation {
  file: string;
  line: number;
  ruleId: string;
  /** The severity the finding must have, when the comment names one (`buffering-on:warning`). */
  severity?: Severity;
  column?: number;
  substring?: string;
}

export interface FixtureCase {
  /** `bad`, `good`, `nested-if.bad`, ... */
  name: string;
  kind: 'bad' | 'good';
  /** The entry file (a folder case's nginx.conf). */
  entry: string;
  /** Every file of the case (one, or all files of a folder case). */
  files: string[];
  /** Expected safe-fix output: file -> path of its fixed version (`<case>.fixed.conf`, or a `<case>.fixed/` folder). */
  fixed: Map<string, string>;
  /** Expected output with unsafe fixes applied too (`<case>.unsafe-fixed.conf` / folder). */
  unsafeFixed: Map<string, string>;
  /** Expected output of the rule's suggestions applied (`<case>.suggested.conf` / folder). */
  suggested: Map<string, string>;
  options: Record<string, unknown>;
  model: ModelOptions;
}

/** `# expect: <rule-id>[:<severity>][@<column>] ["<message substring>"]`; `\"` and `\\` in the substring stand for `"` and `\`. */
const EXPECT = /#\s*expect:\s*([a-z0-9-]+)(?::(error|warning|info))?(?:@(\d+))?(?:\s+"((?:[^"\\]|\\.)*)")?\s*$/;

/** Reads `# expect:` comments: a trailing one applies to its own line, one alone on a line to the next non-expect line. */
export function readExpectations(file: string, text: string): Expectation[] {
  const lines = text.split('\n');
  const out: Expectation[] = [];
  const pending: Omit<Expectation, 'line'>[] = [];
  lines.forEach((raw, k) => {
    const line = raw.replace(/\r$/, '');
    const hashAt = line.search(/#\s*expect:/);
    if (hashAt === -1) {
      if (line.trim() !== '' && pending.length) {
        for (const p of pending) out.push({ ...p, line: k + 1 });
        pending.length = 0;
      }
      return;
    }
    const m = EXPECT.exec(line.slice(hashAt));
    if (!m) throw new Error(`${file}:${k + 1}: malformed expect comment`);
    const e: Omit<Expectation, 'line'> = {
      file, ruleId: m[1]!, ...(m[2] ? { severity: m[2] as Severity } : {}), ...(m[3] ? { column: Number(m[3]) } : {}),
      ...(m[4] !== undefined ? { substring: m[4].replace(/\\(.)/g, '$1') } : {}),
    };
    if (line.slice(0, hashAt).trim() === '') pending.push(e);
    else {
      // A code line with a trailing expect is also the line that pending standalone expects apply to.
      for (const p of pending) out.push({ ...p, line: k + 1 });
      pending.length = 0;
      out.push({ ...e, line: k + 1 });
    }
  });
  return out;
}

function header(text: string, key: string): Record<string, unknown> {
  for (const line of text.split('\n').slice(0, 5)) {
    const m = new RegExp(`^#\\s*${key}:\\s*(\\{.*\\})\\s*$`).exec(line.trim());
    if (m) return JSON.parse(m[1]!) as Record<string, unknown>;
  }
  return {};
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

/** The cases of one rule's fixture folder. */
export function fixtureCases(dir: string): FixtureCase[] {
  const out: FixtureCase[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    const m = /^(?:(.+)\.)?(bad|good)(\.conf)?$/.exec(name);
    if (!m) continue;
    const kind = m[2] as 'bad' | 'good';
    const caseName = m[1] ? `${m[1]}.${kind}` : kind;
    const isDir = statSync(p).isDirectory();
    if (isDir === !!m[3]) continue;
    const entry = isDir ? path.join(p, 'nginx.conf') : p;
    const files = isDir ? listFiles(p) : [p];
    const outputs = (suffix: string): Map<string, string> => {
      const found = new Map<string, string>();
      if (isDir) {
        const fdir = path.join(dir, `${caseName}.${suffix}`);
        if (existsSync(fdir)) for (const f of listFiles(fdir)) found.set(path.join(p, path.relative(fdir, f)), f);
      } else {
        const f = path.join(dir, `${caseName}.${suffix}.conf`);
        if (existsSync(f)) found.set(p, f);
      }
      return found;
    };
    const text = readFileSync(entry, 'utf8');
    out.push({
      name: caseName, kind, entry, files, fixed: outputs('fixed'), unsafeFixed: outputs('unsafe-fixed'), suggested: outputs('suggested'),
      options: header(text, 'options'), model: header(text, 'model') as ModelOptions,
    });
  }
  return out;
}

/** Lints a case with one rule enabled (engine findings such as parse errors included). */
export function lintCase(rule: Rule, c: FixtureCase, fs: ConfigFs = diskFs): Finding[] {
  const tree = loadConfig([c.entry], { fs });
  return lintTree(tree, { rulesList: [rule], model: c.model, rules: { [rule.meta.id]: { options: c.options } } }).findings;
}

/** Runs the fix loop of one rule on a case, in memory (safe fixes; unsafe ones too with `unsafe`). */
export function fixCase(rule: Rule, c: FixtureCase, fs: ConfigFs = diskFs, options: { unsafe?: boolean } = {}): FixOutcome {
  return fixInMemory(fs, (f) => {
    const tree = loadConfig([c.entry], { fs: f });
    return { trees: [tree], findings: lintTree(tree, { rulesList: [rule], model: c.model, rules: { [rule.meta.id]: { options: c.options } } }).findings };
  }, { rules: [rule.meta.id], unsafe: !!options.unsafe });
}

/**
 * The rule's suggestions on a case applied at once, as a person following them would: file -> new text. A
 * suggestion whose edits overlap one taken before is left out (and reported in `skipped`).
 */
export function suggestCase(rule: Rule, c: FixtureCase, fs: ConfigFs = diskFs): { changed: Map<string, string>; taken: Finding[]; skipped: Finding[] } {
  const suggestions = lintCase(rule, c, fs).filter((f) => f.ruleId === rule.meta.id && f.fix?.applicability === 'suggestion');
  const taken: Finding[] = [];
  const skipped: Finding[] = [];
  const edits: TextEdit[] = [];
  for (const f of suggestions) {
    if (f.fix!.edits.some((e) => edits.some((t) => editsOverlap(e, t)))) skipped.push(f);
    else {
      taken.push(f);
      edits.push(...f.fix!.edits);
    }
  }
  const changed = new Map<string, string>();
  for (const file of new Set(edits.map((e) => e.file))) {
    const text = Buffer.from(fs.readFile(file)).toString('utf8');
    changed.set(file, applyEdits(text, edits.filter((e) => e.file === file)));
  }
  return { changed, taken, skipped };
}
