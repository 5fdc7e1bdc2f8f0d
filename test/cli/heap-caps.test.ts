// The read and statement caps follow V8's heap limit, which the binary asks for only once an input passes the sizes
// every heap affords (SURE_READ_BYTES, SURE_RUN_STATEMENTS in src/util/read-file.ts): these tests run the built binary
// in a process with a small heap and check each cap at its exact boundary, past those sure sizes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SURE_READ_BYTES, SURE_RUN_STATEMENTS } from '../../src/util/read-file.js';
import { builtCli } from '../helpers/built-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-heap-caps-'));
const at = (...p: string[]): string => path.join(dir, ...p);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** V8's heap limit of a Node started with these flags, or null when such a Node does not even run a script. */
function heapLimit(flags: string[]): number | null {
  const r = spawnSync(process.execPath, [...flags, '-p', "require('node:v8').getHeapStatistics().heap_size_limit"], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.trim()) : null;
}

describe('the sizes every heap affords', () => {
  it('are within both caps of the smallest heap Node starts with', () => {
    const tried: [string[], number | null][] = [];
    for (let mb = 1; mb <= 12; mb++) tried.push([[`--max-heap-size=${mb}`], null]);
    for (let mb = 1; mb <= 6; mb++) tried.push([[`--max-old-space-size=${mb}`, '--max-semi-space-size=1'], null]);
    for (const t of tried) t[1] = heapLimit(t[0]);
    const started = tried.filter(([, h]) => h !== null) as [string[], number][];
    // Both sides of the edge were tried: some of these heaps are too small for Node, some are not.
    expect(started.length).toBeGreaterThan(0);
    expect(started.length).toBeLessThan(tried.length);
    for (const [flags, h] of started) {
      expect(Math.floor(h / 80), flags.join(' ')).toBeGreaterThanOrEqual(SURE_READ_BYTES);
      expect(Math.floor(h / 1000), flags.join(' ')).toBeGreaterThanOrEqual(SURE_RUN_STATEMENTS);
    }
  }, 60_000);
});

describe('in a process with a small heap (--max-old-space-size=64 --max-semi-space-size=1)', () => {
  const flags = ['--max-old-space-size=64', '--max-semi-space-size=1'];
  let readCap = 0;
  let statementCap = 0;
  beforeAll(() => {
    builtCli();
    const h = heapLimit(flags)!;
    readCap = Math.min(32 * 1024 * 1024, Math.floor(h / 80));
    statementCap = Math.min(4_000_000, Math.floor(h / 1000));
    // The caps are below those of a default heap and above the sure sizes, so the binary must ask the heap.
    expect(readCap).toBeGreaterThan(SURE_READ_BYTES);
    expect(readCap).toBeLessThan(32 * 1024 * 1024);
    expect(statementCap).toBeGreaterThan(SURE_RUN_STATEMENTS);
  }, 60_000);
  const run = (args: string[], input?: string) => {
    const r = spawnSync(process.execPath, [...flags, builtCli(), '--no-config', '-f', 'json', ...args], {
      cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 60_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
      ...(input !== undefined ? { input } : { stdio: ['ignore', 'pipe', 'pipe'] }),
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  /** One comment line of exactly `bytes` bytes, newline included. */
  const comment = (bytes: number): string => `#${'x'.repeat(bytes - 2)}\n`;
  const mb = (): number => Math.ceil(readCap / (1024 * 1024));

  it('reads a file of exactly the read cap and refuses one byte more, as a file and on standard input', () => {
    writeFileSync(at('cap.conf'), comment(readCap));
    writeFileSync(at('over.conf'), comment(readCap + 1));
    const ok = run(['cap.conf']);
    expect(ok.err).toBe('');
    expect(ok.code).toBeLessThan(2);
    const over = run(['over.conf']);
    expect({ code: over.code, err: over.err }).toEqual({ code: 2, err: `sse-lint: over.conf: is larger than ${mb()} MB, the most sse-lint reads\n` });
    const stdinOk = run(['-'], comment(readCap));
    expect(stdinOk.err).toBe('');
    expect(stdinOk.code).toBeLessThan(2);
    const stdinOver = run(['-'], comment(readCap + 1));
    expect({ code: stdinOver.code, err: stdinOver.err }).toEqual({ code: 2, err: `sse-lint: standard input: is larger than ${mb()} MB, the most sse-lint reads\n` });
  }, 60_000);

  it('reads a folder whose files add up to exactly the read cap and refuses one byte more', () => {
    const half = Math.floor(readCap / 2);
    for (const [name, extra] of [['even', 0], ['odd', 1]] as const) {
      mkdirSync(at(name));
      writeFileSync(at(name, 'a.conf'), comment(half));
      writeFileSync(at(name, 'b.conf'), comment(readCap - half + extra));
    }
    const ok = run(['even']);
    expect(ok.err).toBe('');
    expect(ok.code).toBeLessThan(2);
    const over = run(['odd']);
    expect(over.code).toBe(2);
    // a.conf is read first: b.conf makes the total one byte too many.
    expect(over.err).toBe(`sse-lint: ${at('odd', 'b.conf')}: makes the config files of this run add up to more than ${mb()} MB, the most sse-lint reads at once\n`);
  }, 60_000);

  it('parses exactly the statement cap of a dump on standard input and stops at the next one', () => {
    const dump = (comments: number): string => `# configuration file /etc/nginx/nginx.conf:\nevents {}\n# configuration file /etc/nginx/more.conf:\n${'#\n'.repeat(comments)}`;
    // The marker lines are not part of the files: the first holds events (a block, counting four), the second only
    // comments, one statement each.
    const before = 4;
    const messages = (out: string): string[] => (JSON.parse(out) as { findings: { ruleId: string; message: string }[] }).findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.message);
    const full = run(['-'], dump(statementCap - before));
    expect(full.err).toBe('');
    expect(messages(full.out)).toEqual([]);
    const past = run(['-'], dump(statementCap - before + 1));
    expect(past.err).toBe('');
    expect(messages(past.out)).toEqual([`more than ${statementCap} directives and comments in this run (a block counts as 4); the rest of this file is not checked`]);
  }, 60_000);
});
