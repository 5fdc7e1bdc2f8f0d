// The one atomic writer: regular files only (FIFOs, devices, directories and dangling links refused before any write),
// mode and owner kept, symlinks written through, exclusive create for --init; and every caller uses it.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveWriteTarget, stageWrite, writeFileAtomic, WriteTargetError } from '../../src/util/atomic-write.js';
import { writeAll } from '../../src/fix/write.js';
import { writeBaseline } from '../../src/engine/baseline.js';
import { ConfigError, initConfig } from '../../src/engine/config.js';
import { main, type Io } from '../../src/cli/main.js';
import { rootOnly } from '../helpers/root.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fresh = (name: string): string => mkdtempSync(path.join(dir, `${name}-`));

function mkfifo(p: string): void {
  const r = spawnSync('mkfifo', [p], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

/** The error a call throws (or 'no error'). */
function thrown(fn: () => unknown): Error | string {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  return 'no error';
}

async function cli(argv: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => Buffer.from(''), cwd, color: false };
  return { code: await main(argv, io), out, err };
}

describe('what the writer refuses', () => {
  it('a FIFO, before opening it (opening one for writing would block) and without leaving a temp file', () => {
    const d = fresh('fifo');
    const fifo = path.join(d, 'report.json');
    mkfifo(fifo);
    const e = thrown(() => writeFileAtomic(fifo, 'x'));
    expect(e).toBeInstanceOf(WriteTargetError);
    expect((e as Error).message).toBe(`${fifo} is a FIFO (named pipe), not a regular file; sse-lint writes only regular files (or symlinks to one)`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(d)).toEqual(['report.json']);
  });

  it('a symlink to a FIFO: the link and the FIFO stay', () => {
    const d = fresh('fifo-link');
    mkfifo(path.join(d, 'pipe'));
    symlinkSync('pipe', path.join(d, 'out.txt'));
    expect(thrown(() => writeFileAtomic(path.join(d, 'out.txt'), 'x'))).toBeInstanceOf(WriteTargetError);
    expect(readlinkSync(path.join(d, 'out.txt'))).toBe('pipe');
    expect(lstatSync(path.join(d, 'pipe')).isFIFO()).toBe(true);
    expect(readdirSync(d).sort()).toEqual(['out.txt', 'pipe']);
  });

  it('a character device such as /dev/null (checked without writing anything)', () => {
    const e = thrown(() => resolveWriteTarget('/dev/null'));
    expect(e).toBeInstanceOf(WriteTargetError);
    expect((e as WriteTargetError).kind).toBe('a character device');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a directory (code EISDIR) and a symlink to nothing', () => {
    const d = fresh('dir');
    mkdirSync(path.join(d, 'sub'));
    expect((thrown(() => writeFileAtomic(path.join(d, 'sub'), 'x')) as NodeJS.ErrnoException).code).toBe('EISDIR');
    symlinkSync('missing.conf', path.join(d, 'dangling'));
    expect((thrown(() => writeFileAtomic(path.join(d, 'dangling'), 'x')) as WriteTargetError).kind).toBe('a symlink to a missing file');
    expect(readdirSync(d).sort()).toEqual(['dangling', 'sub']);
  });

  it('the target turning into a FIFO between staging and the rename', () => {
    const d = fresh('swap');
    const p = path.join(d, 'a.conf');
    writeFileSync(p, 'old');
    const staged = stageWrite(p, 'new');
    rmSync(p);
    mkfifo(p);
    expect(thrown(() => staged.commit())).toBeInstanceOf(WriteTargetError);
    expect(lstatSync(p).isFIFO()).toBe(true);
    expect(readdirSync(d)).toEqual(['a.conf']);
  });
});

describe('what the writer keeps', () => {
  it('an existing file keeps its mode; a new file gets the mode asked for', () => {
    const d = fresh('mode');
    const p = path.join(d, 'secret.conf');
    writeFileSync(p, 'old');
    chmodSync(p, 0o640);
    writeFileAtomic(p, 'new');
    expect(readFileSync(p, 'utf8')).toBe('new');
    expect(statSync(p).mode & 0o7777).toBe(0o640);
    chmodSync(p, 0o600);
    writeFileAtomic(p, Buffer.from('newer'));
    expect(statSync(p).mode & 0o7777).toBe(0o600);
    writeFileAtomic(path.join(d, 'made.conf'), 'x', { mode: 0o604 });
    expect(statSync(path.join(d, 'made.conf')).mode & 0o7777).toBe(0o604);
    expect(readdirSync(d).sort()).toEqual(['made.conf', 'secret.conf']);
  });

  it('writes through a symlink: the link stays, its target gets the text and keeps its mode', () => {
    const d = fresh('link');
    mkdirSync(path.join(d, 'real'));
    writeFileSync(path.join(d, 'real/out.json'), 'old');
    chmodSync(path.join(d, 'real/out.json'), 0o640);
    symlinkSync('real/out.json', path.join(d, 'out.json'));
    writeFileAtomic(path.join(d, 'out.json'), 'new');
    expect(lstatSync(path.join(d, 'out.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(d, 'real/out.json'), 'utf8')).toBe('new');
    expect(statSync(path.join(d, 'real/out.json')).mode & 0o7777).toBe(0o640);
    expect(readdirSync(path.join(d, 'real'))).toEqual(['out.json']);
  });

  it.skipIf(rootOnly('the owner test (chown to another user)'))('keeps the owner and group of a file that belongs to someone else (needs root to set one up)', () => {
    const d = fresh('owner');
    const p = path.join(d, 'site.conf');
    writeFileSync(p, 'old');
    chownSync(p, 1234, 2345);
    chmodSync(p, 0o2640);
    writeFileAtomic(p, 'new');
    const st = statSync(p);
    expect([st.uid, st.gid, st.mode & 0o7777]).toEqual([1234, 2345, 0o2640]);
  });

  it('writes large data completely', () => {
    const d = fresh('big');
    const big = Buffer.alloc(8 * 1024 * 1024 + 3, 0x61);
    writeFileAtomic(path.join(d, 'big'), big);
    expect(readFileSync(path.join(d, 'big')).equals(big)).toBe(true);
  });

  it('exclusive creates a new file and never replaces one, a dangling symlink included', () => {
    const d = fresh('excl');
    const p = path.join(d, 'new.json');
    writeFileAtomic(p, 'first', { exclusive: true });
    expect(readFileSync(p, 'utf8')).toBe('first');
    expect((thrown(() => writeFileAtomic(p, 'second', { exclusive: true })) as NodeJS.ErrnoException).code).toBe('EEXIST');
    expect(readFileSync(p, 'utf8')).toBe('first');
    symlinkSync('nowhere', path.join(d, 'link.json'));
    expect((thrown(() => writeFileAtomic(path.join(d, 'link.json'), 'x', { exclusive: true })) as NodeJS.ErrnoException).code).toBe('EEXIST');
    expect(readdirSync(d).sort()).toEqual(['link.json', 'new.json']);
  });
});

describe('every writer of sse-lint goes through it', () => {
  const STREAM = 'events {}\nhttp {\n    server {\n        listen 127.0.0.1:8080;\n        location /events {\n            proxy_pass http://127.0.0.1:9000;\n        }\n    }\n}\n';

  it('--output refuses a FIFO with a one-line error and exit 2', async () => {
    const d = fresh('cli-out');
    writeFileSync(path.join(d, 'nginx.conf'), STREAM);
    mkfifo(path.join(d, 'report.txt'));
    const r = await cli(['-o', 'report.txt', 'nginx.conf'], d);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`sse-lint: cannot write the report to report.txt: ${path.join(d, 'report.txt')} is a FIFO (named pipe), not a regular file; sse-lint writes only regular files (or symlinks to one)\n`);
    expect(lstatSync(path.join(d, 'report.txt')).isFIFO()).toBe(true);
  });

  it('--output keeps the mode of an existing report', async () => {
    const d = fresh('cli-mode');
    writeFileSync(path.join(d, 'nginx.conf'), STREAM);
    writeFileSync(path.join(d, 'report.txt'), 'old');
    chmodSync(path.join(d, 'report.txt'), 0o600);
    expect((await cli(['-o', 'report.txt', 'nginx.conf'], d)).code).toBe(1);
    expect(readFileSync(path.join(d, 'report.txt'), 'utf8')).toContain('buffering-on');
    expect(statSync(path.join(d, 'report.txt')).mode & 0o7777).toBe(0o600);
  });

  it('the baseline writer refuses a FIFO and keeps a symlinked baseline a symlink', () => {
    const d = fresh('baseline');
    mkfifo(path.join(d, 'fifo.json'));
    expect(thrown(() => writeBaseline(path.join(d, 'fifo.json'), []))).toBeInstanceOf(WriteTargetError);
    writeFileSync(path.join(d, 'real.json'), '{}');
    symlinkSync('real.json', path.join(d, 'baseline.json'));
    writeBaseline(path.join(d, 'baseline.json'), []);
    expect(lstatSync(path.join(d, 'baseline.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(d, 'real.json'), 'utf8'))).toMatchObject({ version: 1, findings: [] });
  });

  it('--init never replaces: a dangling symlink in the config name is refused as an existing config', () => {
    const d = fresh('init');
    symlinkSync('elsewhere.json', path.join(d, 'sse-lint.config.json'));
    expect(thrown(() => initConfig(d))).toBeInstanceOf(ConfigError);
    expect(readlinkSync(path.join(d, 'sse-lint.config.json'))).toBe('elsewhere.json');
    expect(readdirSync(d)).toEqual(['sse-lint.config.json']);
  });

  it('--fix refuses to replace a FIFO planned as a target, and writes nothing else', () => {
    const d = fresh('fix');
    writeFileSync(path.join(d, 'a.conf'), 'a');
    mkfifo(path.join(d, 'b.conf'));
    expect(thrown(() => writeAll([
      { path: path.join(d, 'a.conf'), original: Buffer.from('a'), next: Buffer.from('A') },
      { path: path.join(d, 'b.conf'), original: Buffer.from('b'), next: Buffer.from('B') },
    ]))).toBeInstanceOf(WriteTargetError);
    expect(readFileSync(path.join(d, 'a.conf'), 'utf8')).toBe('a');
    expect(readdirSync(d).sort()).toEqual(['a.conf', 'b.conf']);
  });

  it('--fix --backup writes the backup with the original mode, through the same writer, under a fresh name', () => {
    const d = fresh('backup');
    const p = path.join(d, 'site.conf');
    writeFileSync(p, 'old');
    chmodSync(p, 0o640);
    // An existing .bak is never overwritten (issue 14): the new backup takes the next free name.
    writeFileSync(`${p}.bak`, 'stale backup');
    chmodSync(`${p}.bak`, 0o644);
    const r = writeAll([{ path: p, original: Buffer.from('old'), next: Buffer.from('new') }], { backup: true });
    expect(r.written).toEqual([p]);
    expect(r.backups).toEqual([`${p}.bak.1`]);
    expect(readFileSync(`${p}.bak`, 'utf8')).toBe('stale backup');
    expect(statSync(`${p}.bak`).mode & 0o7777).toBe(0o644);
    expect(readFileSync(`${p}.bak.1`, 'utf8')).toBe('old');
    expect(statSync(`${p}.bak.1`).mode & 0o7777).toBe(0o640);
    expect(readdirSync(d).sort()).toEqual(['site.conf', 'site.conf.bak', 'site.conf.bak.1']);
  });
});
