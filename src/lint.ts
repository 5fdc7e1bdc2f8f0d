// The lint pipeline: loaded config trees in, ordered and de-duplicated findings out.
import type { ConfigTree } from './model/includes.js';
import type { Workspace } from './model/inputs.js';
import { compareFindings, type Finding } from './types.js';

export interface LintResult {
  findings: Finding[];
  /** Every file read, across all inputs. */
  files: string[];
  trees: ConfigTree[];
}

export function lintWorkspace(ws: Workspace): LintResult {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  const files = new Set<string>();
  for (const tree of ws.trees) {
    for (const p of tree.files.keys()) files.add(p);
    for (const f of tree.findings) {
      // The same file reached from two inputs yields the same parse findings once.
      const key = `${f.ruleId}\0${f.span.file}\0${f.span.start}\0${f.span.end}\0${f.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(f);
    }
  }
  findings.sort(compareFindings);
  return { findings, files: [...files], trees: ws.trees };
}
