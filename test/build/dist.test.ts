// dist/ is committed (the pre-commit hook runs it as is): it must be exactly what `npm run build` makes from the
// sources, and building twice must give the same bytes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/shared.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'sse-lint-dist-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

function build(out: string): void {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--outdir', out], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}${r.stderr}`);
}

describe('committed dist/', () => {
  it('matches a fresh build byte for byte (after changing src/, run npm run build and commit dist/)', () => {
    const fresh = path.join(tmp, 'a');
    build(fresh);
    const committed = path.join(root, 'dist');
    // The shipped code cache (dist/cli-core-<node>-<arch>.v8) is made for the Node that ran the build. Under the
    // same Node it must match byte for byte like the rest; under another one the fresh build makes a cache for that
    // Node instead, and the committed one cannot be remade here (the launcher and V8 both refuse it under this Node).
    const shipped = `cli-core-${process.version}-${process.arch}.v8`;
    const caches = (dir: string): string[] => files(dir).filter((f) => /^cli-core-v[\d.]+-[a-z0-9]+\.v8$/.test(f));
    expect(caches(fresh)).toEqual([shipped]);
    expect(caches(committed), 'dist/ ships exactly one code cache').toHaveLength(1);
    const sameNode = caches(committed)[0] === shipped;
    if (!sameNode) console.log(`dist.test: the committed code cache is ${caches(committed)[0]}; this is Node ${process.version}, so only the scripts are compared`);
    const comparable = (dir: string): string[] => files(dir).filter((f) => sameNode || !caches(dir).includes(f));
    expect(comparable(committed)).toEqual(comparable(fresh));
    const differing = comparable(fresh).filter((f) => !readFileSync(path.join(fresh, f)).equals(readFileSync(path.join(committed, f))));
    expect(differing, 'dist/ is stale: run npm run build and commit dist/').toEqual([]);
    expect(statSync(path.join(committed, 'cli.js')).mode & 0o111).not.toBe(0);
    // Module paths printed into the bundle are the checkout's own (node_modules/...), never the target of a
    // symlinked node_modules: otherwise a build in a worktree differs from one after npm ci.
    const outside = files(committed).filter((f) => f.endsWith('.js') && /["/ ]\.\.\/[^"\n]*node_modules\//.test(readFileSync(path.join(committed, f), 'utf8')));
    expect(outside).toEqual([]);
  });

  it('is deterministic: a second build gives the same bytes', () => {
    const a = path.join(tmp, 'a');
    const b = path.join(tmp, 'b');
    build(b);
    expect(files(b)).toEqual(files(a));
    expect(files(a).filter((f) => !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))))).toEqual([]);
  });
});
