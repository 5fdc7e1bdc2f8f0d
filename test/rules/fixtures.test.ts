// Every rule against its fixtures: exact `# expect:` findings on bad twins, none on good twins, proven fixes.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/registry.js';
import { memoryFs } from '../../src/model/fs.js';
import { fixCase, fixtureCases, lintCase, readExpectations, suggestCase, type FixtureCase } from '../helpers/fixtures.js';
import { root } from '../helpers/shared.js';

const fixturesDir = path.join(root, 'test/fixtures/rules');
/** `UPDATE_FIXTURES=1 npx vitest run test/rules/fixtures.test.ts` writes missing unsafe-fixed/suggested outputs (review them!). */
const UPDATE = process.env.UPDATE_FIXTURES === '1';
const RANK = { none: 0, suggestion: 1, unsafe: 2, safe: 3 } as const;

/** Where a case's output of one kind lives for one of its files. */
function outputPath(dir: string, c: FixtureCase, file: string, suffix: string): string {
  const single = c.files.length === 1 && file === c.entry && c.entry.endsWith('.conf') && !c.entry.endsWith('/nginx.conf');
  if (single) return path.join(dir, `${c.name}.${suffix}.conf`);
  const caseDir = path.dirname(c.entry);
  return path.join(dir, `${c.name}.${suffix}`, path.relative(caseDir, file));
}

/** Compares outputs with the pinned files (writing missing ones under UPDATE). */
function expectOutputs(dir: string, c: FixtureCase, pinned: Map<string, string>, changed: Map<string, string>, suffix: string): void {
  if (UPDATE && pinned.size === 0 && changed.size > 0) {
    for (const [file, text] of changed) {
      const out = outputPath(dir, c, file, suffix);
      mkdirSync(path.dirname(out), { recursive: true });
      writeFileSync(out, text);
      pinned.set(file, out);
    }
  }
  expect(pinned.size, `${c.name} changes files: add its ${suffix} output`).toBeGreaterThan(0);
  for (const [file, want] of pinned) expect(changed.get(file) ?? readFileSync(file, 'utf8'), `${path.relative(dir, want)}`).toBe(readFileSync(want, 'utf8'));
  expect([...changed.keys()].filter((k) => !pinned.has(k))).toEqual([]);
}

for (const rule of RULES) {
  const id = rule.meta.id;
  const dir = path.join(fixturesDir, id);
  describe(`rule ${id}`, () => {
    const cases = existsSync(dir) ? fixtureCases(dir) : [];
    it('has bad and good twins', () => {
      expect(cases.map((c) => c.name)).toContain('bad');
      expect(cases.map((c) => c.name)).toContain('good');
    });

    it(`offers a fix, an unsafe fix or a suggestion on its bad twin, and meta.fix (${rule.meta.fix}) is the strongest kind it reports`, () => {
      const bad = cases.find((c) => c.name === 'bad');
      expect(bad).toBeDefined();
      expect(lintCase(rule, bad!).some((f) => f.ruleId === id && f.fix && f.fix.edits.length > 0), 'the bad twin gets no fix of any kind').toBe(true);
      let strongest = 0;
      for (const c of cases.filter((x) => x.kind === 'bad')) {
        for (const f of lintCase(rule, c)) if (f.ruleId === id && f.fix) strongest = Math.max(strongest, RANK[f.fix.applicability]);
      }
      expect(Object.keys(RANK)[strongest]).toBe(rule.meta.fix);
    });

    for (const c of cases) {
      it(`${c.name}: findings match the # expect: comments`, () => {
        const expected = c.files.flatMap((f) => readExpectations(f, readFileSync(f, 'utf8')));
        if (c.kind === 'good') expect(expected.filter((e) => e.ruleId === id)).toEqual([]);
        else expect(expected.length).toBeGreaterThan(0);
        const findings = lintCase(rule, c);
        // Fixtures are valid nginx: no parse or include findings.
        expect(findings.filter((f) => f.ruleId !== id).map((f) => `${f.span.line}: ${f.ruleId} ${f.message}`)).toEqual([]);
        const got = findings.filter((f) => f.ruleId === id);
        const key = (file: string, line: number) => `${path.relative(dir, file)}:${line}`;
        expect(got.map((f) => key(f.span.file, f.span.line)).sort()).toEqual(expected.map((e) => key(e.file, e.line)).sort());
        for (const e of expected) {
          const match = got.find((f) => f.span.file === e.file && f.span.line === e.line && (e.column === undefined || f.span.column === e.column) && (e.severity === undefined || f.severity === e.severity) && (e.substring === undefined || f.message.includes(e.substring)));
          expect(match, `no ${id} finding at ${key(e.file, e.line)}${e.column ? '@' + e.column : ''} containing "${e.substring ?? ''}"; got: ${got.map((f) => `${f.span.line}:${f.span.column} ${f.message}`).join(' | ')}`).toBeDefined();
        }
      });

      if (c.kind === 'bad') {
        it(`${c.name}: unsafe fixes give the .unsafe-fixed output; suggestions applied give the .suggested output`, () => {
          const findings = lintCase(rule, c).filter((f) => f.ruleId === id);
          if (findings.some((f) => f.fix?.applicability === 'unsafe')) {
            const outcome = fixCase(rule, c, undefined, { unsafe: true });
            expect(outcome.reverted).toEqual([]);
            expectOutputs(dir, c, c.unsafeFixed, new Map([...outcome.changed].map(([k, v]) => [k, v.after])), 'unsafe-fixed');
          } else expect(c.unsafeFixed.size, `${c.name} has no unsafe fix: remove its unsafe-fixed output`).toBe(0);
          if (findings.some((f) => f.fix?.applicability === 'suggestion')) {
            const s = suggestCase(rule, c);
            expectOutputs(dir, c, c.suggested, s.changed, 'suggested');
            // The suggested text parses and the rule has nothing left to suggest for the findings it took: following
            // a suggestion does not lead to another one (at most those it could not take, which overlapped, remain).
            const mem: Record<string, string> = {};
            for (const f of c.files) mem[f] = s.changed.get(f) ?? readFileSync(f, 'utf8');
            const again = lintCase(rule, c, memoryFs(mem));
            expect(again.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
            const left = again.filter((f) => f.ruleId === id && f.fix?.applicability === 'suggestion');
            expect(left.length, left.map((f) => `${path.relative(dir, f.span.file)}:${f.span.line} ${f.fix!.title}`).join('; ')).toBeLessThanOrEqual(s.skipped.length);
          } else expect(c.suggested.size, `${c.name} has no suggestion: remove its suggested output`).toBe(0);
        });

        it(`${c.name}: the safe fix gives the .fixed output, which re-parses, lints clean of fixable findings and is stable`, () => {
          const outcome = fixCase(rule, c);
          const safeFixable = lintCase(rule, c).some((f) => f.ruleId === id && f.fix?.applicability === 'safe');
          if (!safeFixable) {
            expect(outcome.changed.size).toBe(0);
            expect(c.fixed.size).toBe(0);
            return;
          }
          expect(c.fixed.size, `${c.name} has safe fixes: add ${c.name}.fixed.conf`).toBeGreaterThan(0);
          expect(outcome.converged).toBe(true);
          expect(outcome.reverted).toEqual([]);
          for (const [file, fixedPath] of c.fixed) {
            const want = readFileSync(fixedPath, 'utf8');
            expect(outcome.changed.get(file)?.after ?? readFileSync(file, 'utf8')).toBe(want);
          }
          expect([...outcome.changed.keys()].filter((k) => !c.fixed.has(k))).toEqual([]);
          // The fixed tree, linted again: no parse errors, nothing safe-fixable left; fixing again changes nothing.
          const mem: Record<string, string> = {};
          for (const f of c.files) mem[f] = outcome.changed.get(f)?.after ?? readFileSync(f, 'utf8');
          const fs = memoryFs(mem);
          const again = lintCase(rule, c, fs);
          expect(again.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
          expect(again.filter((f) => f.ruleId === id && f.fix?.applicability === 'safe')).toEqual([]);
          expect(fixCase(rule, c, fs).changed.size).toBe(0);
        });
      }
    }
  });
}
