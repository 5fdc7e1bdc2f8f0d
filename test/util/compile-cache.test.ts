// V8's code cache for the binary's script (src/util/compile-cache.ts): the user's is written after a run, used by the
// next, and never trusted when it is not exactly what this user wrote for this script: corrupt, truncated, foreign,
// writable by others, a symlink, or made for other bytes; the shipped one (made by the build) is used only for the
// build, size, Node and architecture it names, and never for a script changed after it. Every case still runs the
// script from source with the same result. Each run is a fresh Node process (V8 also keeps compiled scripts in memory,
// which would hide what the cache does).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCacheDir, shippedCacheName } from '../../src/util/compile-cache.js';
import { root } from '../helpers/shared.js';

const work = mkdtempSync(path.join(tmpdir(), 'sse-lint-ccache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const harness = path.join(work, 'harness.mjs');
let n = 0;

beforeAll(async () => {
  await build({
    entryPoints: [path.join(root, 'src/util/compile-cache.ts')], outfile: path.join(work, 'compile-cache.mjs'),
    bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'error',
  });
  writeFileSync(harness, [
    "import { readCache, runCachedScript, writeCache } from './compile-cache.mjs';",
    'const [op, a, b, c, d] = process.argv.slice(2);',
    "if (op === 'move') {",
    '  // Files the payload of cache a (key b) under key d in file c.',
    '  const payload = readCache(a, b);',
    '  console.log(JSON.stringify({ moved: Buffer.isBuffer(payload) && writeCache(c, d, payload) }));',
    "} else if (op === 'ship') {",
    '  // Runs script a and writes its cache as the build ships it to file b.',
    "  const r = runCachedScript({ file: a, build: c, dir: null, params: { extra: 42 } });",
    '  const answer = r.exports.answer();',
    "  (await import('node:fs')).writeFileSync(b, r.shippable());",
    "  console.log(JSON.stringify({ state: r.state, answer }));",
    '} else {',
    "  const r = runCachedScript({ file: a, build: c, dir: b === '-' ? null : b, params: { extra: 42 }, ...(d ? { shipped: d } : {}) });",
    '  const answer = r.exports.answer();',
    "  console.log(JSON.stringify({ state: r.state, answer, saved: op === 'save' ? r.save() : undefined }));",
    '}',
  ].join('\n'));
}, 60_000);

/** A folder with a CommonJS-shaped script that exports what it computes, and a cache folder (not made) beside it. */
function setup(body = 'exports.answer = () => greet("cache") + ":" + [1, 2, 3].map((x) => x * 2).join(",");') {
  const dir = path.join(work, `case-${n++}`);
  mkdirSync(dir, { mode: 0o700 });
  const file = path.join(dir, 'script.js');
  writeFileSync(file, `function greet(w) { return "hello " + w + " " + typeof require + " " + typeof extra; }\n${body}\n`);
  const cache = path.join(dir, 'cache', 'sse-lint');
  return { dir, file, cache };
}

interface Run {
  state: string;
  answer: string;
  saved?: string | null;
}

/** Runs the script in a new process (and saves the cache after it with save: true), with a shipped cache if given. */
function run(file: string, cache: string | null, opts: { save?: boolean; build?: string; shipped?: string; node?: string[] } = {}): Run {
  const r = spawnSync(process.execPath, [...(opts.node ?? []), harness, opts.save ? 'save' : 'run', file, cache ?? '-', opts.build ?? 'b1', ...(opts.shipped ? [opts.shipped] : [])], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`harness failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Run;
}
const cacheFiles = (cache: string): string[] => readdirSync(cache).filter((f) => f.endsWith('.v8'));
const ANSWER = 'hello cache function number:2,4,6';

describe('compile cache', () => {
  it('runs the script from source, writes a cache after the run, and the next run uses it with the same result', () => {
    const { file, cache } = setup();
    const first = run(file, cache, { save: true });
    expect(first).toMatchObject({ state: 'missing', answer: ANSWER });
    expect(first.saved).toBe(path.join(cache, cacheFiles(cache)[0]!));
    expect(cacheFiles(cache)).toHaveLength(1);
    // Private: the folder and the file are this user's alone.
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    expect(statSync(first.saved!).mode & 0o777).toBe(0o600);
    const second = run(file, cache, { save: true });
    expect(second).toMatchObject({ state: 'used', answer: ANSWER });
    // A used cache is not written again.
    expect(second.saved).toBeNull();
  });

  it('runs a script written already wrapped as it would wrap it (the build writes its scripts so) as it is, and refuses one wrapped for other parameters', () => {
    const { file, cache } = setup();
    const body = readFileSync(file, 'utf8');
    writeFileSync(file, `(function (exports, require, module, extra) {${body}\n})`);
    expect(run(file, cache, { save: true })).toMatchObject({ state: 'missing', answer: ANSWER });
    expect(run(file, cache)).toMatchObject({ state: 'used', answer: ANSWER });
    writeFileSync(file, `(function (exports, require, module) {${body}\n})`);
    expect(() => run(file, null)).toThrow(/script\.js was built for other parameters than exports, require, module, extra/);
  });

  it('starts the payload of a cache file at a multiple of 8 bytes, whatever the length of its key (V8 copies data that is not aligned)', () => {
    const offsets = new Set<number>();
    for (let k = 1; k <= 8; k++) {
      const { file, cache } = setup();
      const written = run(file, cache, { save: true, build: 'b'.repeat(k) }).saved!;
      const bytes = readFileSync(written);
      // Magic, CRC-32, payload length (the payload ends the file).
      const at = bytes.length - bytes.readUInt32LE(12);
      offsets.add(at);
      expect(at % 8, `key of build ${'b'.repeat(k)}`).toBe(0);
      expect(run(file, cache, { build: 'b'.repeat(k) }).state).toBe('used');
    }
    // The keys' lengths took the header past more than one multiple of 8.
    expect(offsets.size).toBeGreaterThan(1);
  });

  it('ignores a corrupt, truncated, padded or empty cache file, runs from source, and a save replaces it', () => {
    for (const damage of ['flip', 'truncate', 'pad', 'empty'] as const) {
      const { file, cache } = setup();
      const written = run(file, cache, { save: true }).saved!;
      const bytes = readFileSync(written);
      if (damage === 'flip') bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0x5a, bytes.length - 100);
      const damaged = damage === 'truncate' ? bytes.subarray(0, bytes.length - 7) : damage === 'pad' ? Buffer.concat([bytes, Buffer.from('x')]) : damage === 'empty' ? Buffer.alloc(0) : bytes;
      writeFileSync(written, damaged, { mode: 0o600 });
      const again = run(file, cache, { save: true });
      expect(again, damage).toMatchObject({ state: 'invalid', answer: ANSWER, saved: written });
      expect(run(file, cache).state, damage).toBe('used');
    }
  });

  it('never uses a cache made for other bytes, even of the same length, or for another build', () => {
    const { file, cache } = setup('exports.answer = () => "AAAA";');
    run(file, cache, { save: true });
    expect(run(file, cache).state).toBe('used');
    // Same length, other code, a new file in its place (the way an install replaces it).
    const next = `${file}.new`;
    writeFileSync(next, readFileSync(file, 'utf8').replace('AAAA', 'BBBB'));
    renameSync(next, file);
    expect(run(file, cache, { save: true })).toMatchObject({ state: 'invalid', answer: 'BBBB' });
    // Edited in place: the same inode, another modification time.
    writeFileSync(file, readFileSync(file, 'utf8').replace('BBBB', 'CCCC'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(run(file, cache, { save: true })).toMatchObject({ state: 'invalid', answer: 'CCCC' });
    expect(run(file, cache)).toMatchObject({ state: 'used', answer: 'CCCC' });
    // Another build name is another cache file.
    expect(run(file, cache, { build: 'b2' }).state).toBe('missing');
  });

  it('says when V8 rejects a cache that passed its own checks (bytecode of other source), and still runs', () => {
    const a = setup('exports.answer = () => "short";');
    const b = setup('exports.answer = () => "a longer source than the other one";');
    const aFile = run(a.file, a.cache, { save: true }).saved!;
    const bFile = run(b.file, b.cache, { save: true }).saved!;
    expect(path.basename(aFile)).toBe(path.basename(bFile));
    // A's bytecode filed under B's key: the header and checksum are right, V8's own check of the source is not.
    const moved = spawnSync(process.execPath, [harness, 'move', aFile, keyOf(aFile), bFile, keyOf(bFile)], { encoding: 'utf8' });
    expect(JSON.parse(moved.stdout)).toEqual({ moved: true });
    const r = run(b.file, b.cache, { save: true });
    expect(r).toMatchObject({ state: 'rejected', answer: 'a longer source than the other one', saved: bFile });
    expect(run(b.file, b.cache).state).toBe('used');
  });

  it('never reads a cache file that others may write, that is a symlink or has other links, and never writes through one', () => {
    const { dir, file, cache } = setup();
    const written = run(file, cache, { save: true }).saved!;
    chmodSync(written, 0o620);
    expect(run(file, cache).state).toBe('invalid');
    chmodSync(written, 0o600);
    expect(run(file, cache).state).toBe('used');
    // A second link to it.
    const link = path.join(dir, 'hard.v8');
    spawnSync('ln', [written, link]);
    expect(run(file, cache).state).toBe('invalid');
    rmSync(link);
    // A symlink in its place: to the real cache, then to a file that must stay as it is.
    renameSync(written, path.join(dir, 'real.v8'));
    symlinkSync(path.join(dir, 'real.v8'), written);
    expect(run(file, cache).state).toBe('invalid');
    rmSync(written);
    const victim = path.join(dir, 'victim.conf');
    writeFileSync(victim, 'worker_processes 1;\n');
    symlinkSync(victim, written);
    expect(run(file, cache, { save: true })).toMatchObject({ state: 'invalid', answer: ANSWER, saved: written });
    expect(readFileSync(victim, 'utf8')).toBe('worker_processes 1;\n');
    expect(lstatSync(written).isSymbolicLink()).toBe(false);
  });

  it("writes nothing into a folder others may write, or whose parent is not this user's private one", () => {
    const { file, cache } = setup();
    mkdirSync(cache, { recursive: true, mode: 0o700 });
    chmodSync(cache, 0o777);
    expect(run(file, cache, { save: true })).toMatchObject({ state: 'missing', answer: ANSWER, saved: null });
    expect(readdirSync(cache)).toEqual([]);
    // A missing cache folder is created only inside a parent nobody else may write.
    const open = setup();
    const parent = path.dirname(open.cache);
    mkdirSync(parent, { mode: 0o700 });
    chmodSync(parent, 0o777);
    expect(run(open.file, open.cache, { save: true }).saved).toBeNull();
    expect(readdirSync(parent)).toEqual([]);
  });

  it('creates the cache folder and ~/.cache when missing, but never the home folder or anything above it', () => {
    const { dir, file } = setup();
    const home = path.join(dir, 'home');
    mkdirSync(home, { mode: 0o700 });
    const saved = run(file, path.join(home, '.cache', 'sse-lint'), { save: true }).saved;
    expect(saved).toBe(path.join(home, '.cache', 'sse-lint', path.basename(saved!)));
    expect(statSync(path.join(home, '.cache')).mode & 0o777).toBe(0o700);
    // HOME=/nonexistent (a service account): nothing is made.
    const missing = path.join(dir, 'nonexistent');
    expect(run(file, path.join(missing, '.cache', 'sse-lint'), { save: true }).saved).toBeNull();
    expect(readdirSync(dir)).not.toContain('nonexistent');
  });

  it('keeps at most 16 cache files, removing the least recently used ones and stale temp files', () => {
    const { file, cache } = setup();
    mkdirSync(cache, { recursive: true, mode: 0o700 });
    const old = Date.now() / 1000 - 3600;
    for (let i = 0; i < 20; i++) {
      const p = path.join(cache, `cli-other${i}-v20.0.0-x64.v8`);
      writeFileSync(p, 'x', { mode: 0o600 });
      utimesSync(p, old + i, old + i);
    }
    const tmp = path.join(cache, '.cli-b1-v20.0.0-x64.v8.123.abc.tmp');
    writeFileSync(tmp, 'x', { mode: 0o600 });
    utimesSync(tmp, old - 7200, old - 7200);
    const keep = path.join(cache, 'notes.txt');
    writeFileSync(keep, 'mine');
    const saved = run(file, cache, { save: true }).saved!;
    const left = cacheFiles(cache);
    expect(left).toHaveLength(16);
    expect(left).toContain(path.basename(saved));
    // The newest of the others stay.
    expect(left).toContain('cli-other19-v20.0.0-x64.v8');
    expect(left).not.toContain('cli-other4-v20.0.0-x64.v8');
    expect(readdirSync(cache)).not.toContain(path.basename(tmp));
    expect(readFileSync(keep, 'utf8')).toBe('mine');
  });

  it('runs without a cache when none is wanted', () => {
    const { file } = setup();
    expect(run(file, null, { save: true })).toEqual({ state: 'off', answer: ANSWER, saved: null });
  });
});

describe('the shipped cache (made by the build)', () => {
  /** A script and its shipped cache, made the way scripts/build.mjs makes one (a run that writes shippable()). */
  function shipped(body?: string) {
    const s = setup(body);
    const ship = path.join(s.dir, shippedCacheName('script.js'));
    const r = spawnSync(process.execPath, [harness, 'ship', s.file, ship, 'b1'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`harness failed: ${r.stderr}`);
    expect(JSON.parse(r.stdout)).toMatchObject({ state: 'off' });
    return { ...s, ship };
  }

  it('starts its payload at a multiple of 8 bytes, whatever the length of its key', () => {
    for (let k = 1; k <= 8; k++) {
      const s = setup();
      const ship = path.join(s.dir, shippedCacheName('script.js'));
      const r = spawnSync(process.execPath, [harness, 'ship', s.file, ship, 'b'.repeat(k)], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const bytes = readFileSync(ship);
      // Magic, payload length (the payload ends the file).
      expect((bytes.length - bytes.readUInt32LE(8)) % 8, `key of build ${'b'.repeat(k)}`).toBe(0);
      expect(run(s.file, null, { shipped: ship, build: 'b'.repeat(k) }).state).toBe('shipped');
    }
  });

  it('is named for this Node and CPU architecture', () => {
    expect(shippedCacheName('/opt/sse-lint/dist/cli-core.js')).toBe(`/opt/sse-lint/dist/cli-core-${process.version}-${process.arch}.v8`);
  });

  it('is used for the script it was made for, with the same result, and then no user cache is written', () => {
    const { file, cache, ship } = shipped();
    expect(run(file, null, { shipped: ship })).toMatchObject({ state: 'shipped', answer: ANSWER });
    expect(run(file, cache, { shipped: ship, save: true })).toMatchObject({ state: 'shipped', answer: ANSWER, saved: null });
    expect(existsSync(cache)).toBe(false);
    // Without it the script compiles from source as before.
    expect(run(file, null)).toMatchObject({ state: 'off', answer: ANSWER });
  });

  it('is not used for another build, for other bytes, for a script changed after it, or when damaged', () => {
    const { file, ship } = shipped('exports.answer = () => "AAAA";');
    expect(run(file, null, { shipped: ship })).toMatchObject({ state: 'shipped', answer: 'AAAA' });
    expect(run(file, null, { shipped: ship, build: 'b2' })).toMatchObject({ state: 'off', answer: 'AAAA' });
    // Made for another Node (its header names another version of the same length).
    const bytes = readFileSync(ship);
    const foreign = path.join(path.dirname(ship), 'foreign.v8');
    writeFileSync(foreign, Buffer.from(bytes.toString('latin1').replace(` ${process.version} `, ` v${'9'.repeat(process.version.length - 1)} `), 'latin1'));
    expect(readFileSync(foreign).equals(bytes)).toBe(false);
    expect(run(file, null, { shipped: foreign })).toMatchObject({ state: 'off', answer: 'AAAA' });
    for (const damaged of [bytes.subarray(0, bytes.length - 9), Buffer.concat([bytes, Buffer.from('x')]), Buffer.concat([Buffer.from('XXXXXXXX'), bytes.subarray(8)]), Buffer.alloc(0)]) {
      writeFileSync(foreign, damaged);
      expect(run(file, null, { shipped: foreign })).toMatchObject({ state: 'off', answer: 'AAAA' });
    }
    // The same length, other code, written after the cache: an edit in place.
    const later = new Date(statSync(ship).mtimeMs + 60_000);
    writeFileSync(file, readFileSync(file, 'utf8').replace('AAAA', 'BBBB'));
    utimesSync(file, later, later);
    expect(run(file, null, { shipped: ship })).toMatchObject({ state: 'off', answer: 'BBBB' });
    // Another length (V8's own check would refuse it too, but it is never handed over).
    writeFileSync(file, readFileSync(file, 'utf8').replace('BBBB', 'CCCCC'));
    const earlier = new Date(statSync(ship).mtimeMs - 60_000);
    utimesSync(file, earlier, earlier);
    expect(run(file, null, { shipped: ship })).toMatchObject({ state: 'off', answer: 'CCCCC' });
  });

  it('says when V8 refuses it (made under other V8 flags), runs from source, and the user cache then takes over', () => {
    const { file, cache, ship } = shipped();
    // Another V8 flag changes V8's flag hash: the cache passes its header's checks, V8's own check refuses it.
    const node = ['--max-lazy'];
    expect(run(file, null, { shipped: ship, node })).toMatchObject({ state: 'rejected', answer: ANSWER });
    const saved = run(file, cache, { shipped: ship, node, save: true });
    expect(saved).toMatchObject({ state: 'rejected', answer: ANSWER });
    expect(saved.saved).toBe(path.join(cache, cacheFiles(cache)[0]!));
    // A valid user cache goes first.
    expect(run(file, cache, { shipped: ship, node })).toMatchObject({ state: 'used', answer: ANSWER });
  });
});

describe('compileCacheDir', () => {
  it('is off unless SSE_LINT_CACHE asks for it; then $XDG_CACHE_HOME/sse-lint when that is absolute, else ~/.cache/sse-lint', () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: '/var/cache/u' })).toBeNull();
    expect(compileCacheDir({ XDG_CACHE_HOME: '/var/cache/u', SSE_LINT_CACHE: '' })).toBeNull();
    expect(compileCacheDir({ XDG_CACHE_HOME: '/var/cache/u', SSE_LINT_CACHE: '0' })).toBeNull();
    expect(compileCacheDir({ XDG_CACHE_HOME: '/var/cache/u', SSE_LINT_CACHE: '1' })).toBe('/var/cache/u/sse-lint');
    expect(compileCacheDir({ XDG_CACHE_HOME: 'relative/dir', HOME: '/home/u', SSE_LINT_CACHE: '1' })).toMatch(/[\\/]\.cache[\\/]sse-lint$/);
  });
});

/** The key a cache file was written under (its header: magic, CRC-32, payload length, key length, key). */
function keyOf(cacheFile: string): string {
  const bytes = readFileSync(cacheFile);
  const keyLength = bytes.readUInt16LE(16);
  return bytes.toString('utf8', 18, 18 + keyLength);
}
