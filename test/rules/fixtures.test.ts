// Every rule against its fixtures: exact `# expect:` findings on bad twins, none on good twins, proven fixes.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/registry.js';
import { memoryFs } from '../../src/model/fs.js';
import { fixCase, fixtureCases, lintCase, readExpectations } from '../helpers/fixtures.js';
import { root } from '../helpers/shared.js';

const fixturesDir = path.join(root, 'test/fixtures/rules');

for (const rule of RULES) {
  const id = rule.meta.id;
  const dir = path.join(fixturesDir, id);
  describe(`rule ${id}`, () => {
    const cases = existsSync(dir) ? fixtureCases(dir) : [];
    it('has bad and good twins', () => {
      expect(cases.map((c) => c.name)).toContain('bad');
      expect(cases.map((c) => c.name)).toContain('good');
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
          const match = got.find((f) => f.span.file === e.file && f.span.line === e.line && (e.column === undefined || f.span.column === e.column) && (e.substring === undefined || f.message.includes(e.substring)));
          expect(match, `no ${id} finding at ${key(e.file, e.line)}${e.column ? '@' + e.column : ''} containing "${e.substring ?? ''}"; got: ${got.map((f) => `${f.span.line}:${f.span.column} ${f.message}`).join(' | ')}`).toBeDefined();
        }
      });

      if (c.kind === 'bad') {
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
