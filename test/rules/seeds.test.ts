// The seed configs (test/fixtures/seeds): the mistakes named in sse-semantics.md section 0 give exactly the expected findings, with every rule on.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/model/includes.js';
import { lintTree } from '../../src/lint.js';
import { readExpectations } from '../helpers/fixtures.js';
import { root } from '../helpers/shared.js';

const dir = path.join(root, 'test/fixtures/seeds');

describe('seed configs', () => {
  const seeds = readdirSync(dir).filter((f) => f.endsWith('.conf')).sort();
  it('there are four seeds', () => expect(seeds.length).toBe(4));
  for (const name of seeds) {
    it(`${name} yields exactly its # expect: findings`, () => {
      const file = path.join(dir, name);
      const expected = readExpectations(file, readFileSync(file, 'utf8')).map((e) => `${e.line} ${e.ruleId}`).sort();
      const got = lintTree(loadConfig([file])).findings.map((f) => `${f.span.line} ${f.ruleId}`).sort();
      expect(got).toEqual(expected);
    });
  }
});
