// `--verify-with-nginx BIN`: run `BIN -t` on a copy of the fixed tree before anything is written.
import type * as ChildProcess from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as nodePath from 'node:path';
import type { ConfigTree } from '../model/includes.js';
import { encodeSource, type SourceFile } from '../parser/source.js';

/**
 * Copies every file of the trees (fixed texts where changed) into a temp prefix, keeping paths relative to
 * each tree's prefix, and runs `bin -t -p <tmp> -c <tmp>/<entry>`. Includes written with absolute paths
 * outside the prefix still point at the originals: nginx reads those unfixed. Only the named binary runs. `error` is
 * set when it could not be run at all.
 */
export function verifyWithNginx(
  bin: string, trees: ConfigTree[], changed: Map<string, { after: string; source: SourceFile }>,
): { ok: boolean; output: string; error?: Error } {
  const dir = mkdtempSync(nodePath.join(tmpdir(), 'sse-lint-verify-'));
  try {
    const outputs: string[] = [];
    let ok = true;
    for (const tree of trees) {
      for (const [p, parsed] of tree.files) {
        const rel = nodePath.relative(tree.prefix, p);
        if (rel.startsWith('..') || nodePath.isAbsolute(rel)) continue;
        const dest = nodePath.join(dir, rel);
        mkdirSync(nodePath.dirname(dest), { recursive: true });
        const c = changed.get(p);
        writeFileSync(dest, c ? encodeSource(c.source, c.after) : encodeSource(parsed.file));
      }
      for (const entry of tree.entries) {
        const rel = nodePath.relative(tree.prefix, entry);
        if (rel.startsWith('..')) continue;
        // node:child_process is loaded only here: only --verify-with-nginx needs it.
        const { spawnSync } = process.getBuiltinModule('node:child_process') as unknown as typeof ChildProcess;
        const r = spawnSync(bin, ['-t', '-p', dir + '/', '-c', nodePath.join(dir, rel)], { encoding: 'utf8', timeout: 60_000 });
        // A binary that could not be run at all (missing, not executable, timed out) did not judge the config.
        if (r.error) return { ok: false, output: r.error.message, error: r.error };
        const text = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
        outputs.push(text);
        if (r.status !== 0) ok = false;
      }
    }
    return { ok, output: outputs.join('\n') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
