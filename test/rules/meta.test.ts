// Meta-tests: the registry matches rules/, every rule has twins and docs whose examples behave, the README table is current.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/registry.js';
import { ENGINE_IDS } from '../../src/engine/engine.js';
import { withRuleTable } from '../../src/engine/docs.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { lintTree } from '../../src/lint.js';
import { explainRule } from '../../src/pipeline/explain.js';
import { root } from '../helpers/shared.js';

describe('registry', () => {
  it('lists exactly the files in rules/, alphabetically, with id == file name', () => {
    const files = readdirSync(path.join(root, 'rules')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
    const ids = RULES.map((r) => r.meta.id);
    expect(ids).toEqual(files);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) expect(ENGINE_IDS as readonly string[]).not.toContain(id);
  });

  it('registry imports are in alphabetical order', () => {
    const src = readFileSync(path.join(root, 'src/engine/registry.ts'), 'utf8');
    const imports = [...src.matchAll(/from '\.\.\/\.\.\/rules\/([a-z0-9-]+)\.js'/g)].map((m) => m[1]!);
    expect(imports).toEqual([...imports].sort());
  });
});

function lintSnippet(text: string) {
  const fs = memoryFs({ '/docs/example.conf': text });
  return lintTree(loadConfig(['/docs/example.conf'], { fs }), { rulesList: RULES }).findings;
}

for (const rule of RULES) {
  describe(`docs of ${rule.meta.id}`, () => {
    it('has fixtures, a summary, why, fix and references', () => {
      const dir = path.join(root, 'test/fixtures/rules', rule.meta.id);
      expect(existsSync(path.join(dir, 'bad.conf')) || existsSync(path.join(dir, 'bad'))).toBe(true);
      expect(existsSync(path.join(dir, 'good.conf')) || existsSync(path.join(dir, 'good'))).toBe(true);
      expect(rule.meta.summary.length).toBeGreaterThan(10);
      expect(rule.meta.docs.why.length).toBeGreaterThan(40);
      expect(rule.meta.docs.fix.length).toBeGreaterThan(5);
      expect(rule.meta.docs.references.length).toBeGreaterThan(0);
      expect(explainRule(rule)).toContain(rule.meta.docs.bad.split('\n')[0]!);
    });

    it('docs.bad yields exactly one finding of the rule, docs.good none', () => {
      const bad = lintSnippet(rule.meta.docs.bad);
      expect(bad.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
      expect(bad.filter((f) => f.ruleId === rule.meta.id).length).toBe(1);
      const good = lintSnippet(rule.meta.docs.good);
      expect(good.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
      expect(good.filter((f) => f.ruleId === rule.meta.id)).toEqual([]);
    });
  });
}

it('the README rule table is generated from the current metadata', () => {
  const file = path.join(root, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const updated = withRuleTable(readme, RULES);
  expect(updated, 'README.md lacks the rules:start / rules:end markers').not.toBeNull();
  if (process.env.UPDATE_README === '1' && updated !== readme) writeFileSync(file, updated!);
  else expect(readme).toBe(updated);
});
