// Reports stay byte for byte what they were: JSON, SARIF and text of the example tree, the real-world corpus and a
// generated 1,000-server tree, compared with outputs recorded from main before the performance work (issue 13).
//
// The recorded outputs are brotli-compressed in test/fixtures/golden/. When a change is meant to alter a report,
// regenerate them with UPDATE_GOLDEN=1 npx vitest run test/cli/output-identity.test.ts and say so in the commit.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBenchTree } from '../../scripts/bench-tree.mjs';
import { main, type Io } from '../../src/cli/main.js';
import { root, sharedDir, sharedSkipReason } from '../helpers/shared.js';

const goldenDir = path.join(root, 'test/fixtures/golden');
const update = process.env.UPDATE_GOLDEN === '1';
const FORMATS = [['json', 'json'], ['sarif', 'sarif'], ['text', 'txt']] as const;

/** The report exactly as the command line writes it to standard output, chunk after chunk. */
async function report(cwd: string, input: string, format: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  let err = '';
  const io: Io = {
    stdout: (s) => void out.push(s), stderr: (s) => (err += s),
    readStdin: () => Buffer.alloc(0), cwd, color: false, env: {},
  };
  const code = await main(['-f', format, '--no-config', '--locale', 'en', input], io);
  // Messages quote absolute paths (an include that resolved to no file): where the tree lives is not part of the output.
  return { code, out: out.join('').split(cwd).join('<cwd>'), err };
}

/** Fails with the first line that differs, and its neighbours, rather than two multi-megabyte strings. */
function expectSame(actual: string, expected: string, name: string): void {
  if (actual === expected) return;
  const a = actual.split('\n');
  const e = expected.split('\n');
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  const around = (lines: string[]) => lines.slice(Math.max(0, i - 3), i + 4).map((l, k) => `${Math.max(0, i - 3) + k + 1}: ${l}`).join('\n');
  expect.fail(`${name} differs from the recorded output at line ${i + 1} (${a.length} lines now, ${e.length} recorded)\n--- recorded\n${around(e)}\n--- now\n${around(a)}`);
}

function golden(name: string, actual: string): void {
  const file = path.join(goldenDir, `${name}.br`);
  if (update) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, brotliCompressSync(actual, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24 } }));
    return;
  }
  expectSame(actual, brotliDecompressSync(readFileSync(file)).toString('utf8'), name);
}

async function checkTree(tree: string, cwd: string, input: string): Promise<void> {
  for (const [format, ext] of FORMATS) {
    const r = await report(cwd, input, format);
    // Exit 1: every one of these trees has findings; 2 would mean the run failed and printed nothing useful.
    expect(r.code, r.err).toBe(1);
    expect(r.out.length).toBeGreaterThan(1000);
    golden(`${tree}.${ext}`, r.out);
  }
}

describe('reports are byte-identical to the recorded ones', () => {
  it('the example tree', async () => {
    await checkTree('examples', root, 'examples/');
  });

  const skip = sharedSkipReason();
  it.skipIf(skip !== null)('the real-world corpus', async () => {
    await checkTree('real-world', path.join(sharedDir, 'corpus'), 'real-world');
  }, 120_000);

  const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-identity-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('a generated tree of 1,000 servers', async () => {
    // The runtime folder is fixed so the tree's text (and every report) is the same wherever it is written.
    writeBenchTree(dir, 1000, { runtimeDir: '/var/lib/sse-lint-bench' });
    await checkTree('generated-1k', dir, 'nginx.conf');
  }, 300_000);
});
