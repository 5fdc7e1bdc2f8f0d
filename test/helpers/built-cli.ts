// The real binary for tests that need a process (signals, standard input from devices, exit paths): src/cli.ts
// bundled with esbuild into a private folder once per test file, so no test depends on (or rebuilds) dist/.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { root } from './shared.js';

let built: { dir: string; cli: string } | null = null;

/** Bundles the CLI with scripts/build.mjs into a private folder (no type declarations) and returns the script's path. */
export function builtCli(): string {
  if (built) return built.cli;
  const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-bin-'));
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--outdir', dir, '--no-types'], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scripts/build.mjs failed:\n${r.stdout}\n${r.stderr}`);
  built = { dir, cli: path.join(dir, 'cli.js') };
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return built.cli;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Runs the built CLI with a hard timeout (a hang fails the test instead of stalling the suite). */
export function runBuilt(args: string[], opts: { cwd?: string; input?: string | Buffer; stdin?: number | 'ignore'; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [builtCli(), ...args], {
    cwd: opts.cwd ?? root,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 20_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...opts.env },
    ...(opts.input !== undefined ? { input: opts.input } : { stdio: [opts.stdin ?? 'ignore', 'pipe', 'pipe'] }),
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') throw new Error(`sse-lint ${args.join(' ')} did not finish within ${opts.timeoutMs ?? 20_000} ms`);
  return { code: r.status, signal: r.signal, out: r.stdout ?? '', err: r.stderr ?? '' };
}

/** True when text looks like a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+(:\d+:\d+\)?|\(native\))$/m.test(text);
}
