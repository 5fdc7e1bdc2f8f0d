import { it } from 'vitest';
import * as path from 'node:path';
import { ruleById } from '../../src/engine/registry.js';
import { fixtureCases, lintCase } from '../helpers/fixtures.js';
it('dump', () => {
  for (const spec of (process.env.CASE ?? '').split(',')) {
    const [id, name] = spec.split(':');
    const dir = path.join('/work/main/test/fixtures/rules', id!);
    const c = fixtureCases(dir).find((x) => x.name === name)!;
    for (const f of lintCase(ruleById(id!)!, c)) console.log(`${path.basename(f.span.file)}:${f.span.line}:${f.span.column} [${f.severity}] ${f.ruleId}: ${f.message}${f.fix ? `\n    FIX(${f.fix.applicability}) ${f.fix.title}` : ''}${f.related.map((r) => `\n    REL ${path.basename(r.span.file)}:${r.span.line} ${r.message}`).join('')}`);
  }
});
