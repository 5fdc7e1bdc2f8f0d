// --fix --unsafe-fixes on a copy of the whole real-world corpus: converges, never breaks a file that parsed, and a second run changes nothing.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixInMemory, overlayTexts } from '../../src/fix/apply.js';
import { loadInputs } from '../../src/model/inputs.js';
import { loadConfig } from '../../src/model/includes.js';
import type { ConfigFs } from '../../src/model/fs.js';
import { lintTree } from '../../src/lint.js';
import { sharedDir, sharedSkipReason } from '../helpers/shared.js';

const skip = sharedSkipReason();

describe.skipIf(skip !== null)('fixing the real-world corpus', () => {
  it.each([['stream heuristics', false], ['--all-proxies', true]])('is idempotent with %s: fixing the fixed output again changes nothing', (_label, allProxies) => {
    const corpus = path.join(sharedDir, 'corpus/real-world');
    const ws = loadInputs([corpus]);
    const tree = ws.trees[0]!;
    const lint = (fs: ConfigFs) => {
      const t = loadConfig(tree.entries, { fs, prefix: tree.prefix });
      return { trees: [t], findings: lintTree(t, { model: { allProxies } }).findings };
    };
    const first = fixInMemory(tree.fs, lint, { unsafe: true });
    expect(first.converged).toBe(true);
    expect(first.reverted).toEqual([]);
    const texts = new Map([...first.changed].map(([p, c]) => [p, { text: c.after, source: c.source }]));
    const fixedFs = overlayTexts(tree.fs, texts);
    const second = fixInMemory(fixedFs, lint, { unsafe: true });
    expect(second.changed.size).toBe(0);
    // No file that parsed before fails to parse after.
    const before = lint(tree.fs).trees[0]!;
    const after = lint(fixedFs).trees[0]!;
    for (const [p, parsed] of after.files) {
      if (before.files.get(p)?.errors.length === 0) expect(parsed.errors.map((e) => e.message), p).toEqual([]);
    }
    console.log(`[corpus fix, ${_label}] ${first.applied.length} fixes in ${first.changed.size} files over ${first.passes} passes; second run: ${second.applied.length} fixes`);
  }, 120_000);
});
