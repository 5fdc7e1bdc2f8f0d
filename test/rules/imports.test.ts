// Rules ask the model: a rule module imports defineRule (and types) from src/engine/define-rule.js and the model
// (src/model/...), nothing else from the engine and nothing from the parser, fixer, i18n or reporters.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/shared.js';

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function specifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]|\brequire\s*\(\s*['"]([^'"]+)['"]/g)) {
    out.push(m[1] ?? m[2] ?? m[3] ?? m[4]!);
  }
  return out;
}

const ALLOWED = (spec: string): boolean => spec === '../src/engine/define-rule.js' || spec.startsWith('../src/model/');

describe('rule imports', () => {
  const files = readdirSync(path.join(root, 'rules')).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));

  it('finds the rule modules and their imports', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(specifiers("import { a } from '../x.js';\nimport type {\n  B,\n} from \"../y.js\";\nexport { c } from '../z.js';\nawait import('../w.js');"))
      .toEqual(['../x.js', '../y.js', '../z.js', '../w.js']);
  });

  it('import nothing from src/engine/ but define-rule.js, and otherwise only the model', () => {
    const bad: string[] = [];
    for (const f of files) {
      for (const spec of specifiers(readFileSync(path.join(root, 'rules', f), 'utf8'))) {
        if (!ALLOWED(spec)) bad.push(`rules/${f}: ${spec}`);
      }
    }
    expect(bad, 'rules import defineRule from src/engine/define-rule.js and ask the model (src/model/...) for everything else').toEqual([]);
  });
});
