import { it } from 'vitest';
import * as path from 'node:path';
import { ruleById } from '../../src/engine/registry.js';
import { fixCase, fixtureCases } from '../helpers/fixtures.js';
it('dump', () => {
  const [id, name] = (process.env.CASE ?? '').split(':');
  const dir = path.join('/work/main/test/fixtures/rules', id!);
  const c = fixtureCases(dir).find((x) => x.name === name)!;
  const out = fixCase(ruleById(id!)!, c);
  for (const [f, v] of out.changed) console.log(`=== ${f}\n${v.after}`);
  console.log('converged', out.converged, 'reverted', JSON.stringify(out.reverted));
});
