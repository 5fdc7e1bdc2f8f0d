// Never lose a byte: setuid bits, hard links, fresh backups, a full disk, devices, races with other writers, and a
// journal that lets the next run finish or undo a batch killed at any point. Root-only cases (a tmpfs for the full
// disk, mknod) run as root in CI and say why they are skipped elsewhere.
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync, chmodSync, chownSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync,
  statSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interruptedWrites, recoverWrites } from '../../src/pipeline/index.js';
import { writeAll } from '../../src/fix/write.js';
import { stageWrite, withSignalsHeld, writeFileAtomic } from '../../src/util/atomic-write.js';
import { builtCli, hasStackTrace, runBuilt } from '../helpers/built-cli.js';
import { rootOnly } from '../helpers/root.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-safe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fresh = (name: string): string => mkdtempSync(path.join(dir, `${name}-`));

const BEFORE = 'http {\n    server {\n        listen 80;\n        location /events {\n            proxy_pass http://127.0.0.1:9000;\n        }\n    }\n}\n';
const AFTER = BEFORE.replace('proxy_pass http://127.0.0.1:9000;\n', 'proxy_pass http://127.0.0.1:9000;\n            proxy_buffering off;\n');

/** Names sse-lint's writers leave only while they run: temp files, kept originals, journals. */
function leftovers(d: string): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    for (const name of readdirSync(p)) {
      const full = path.join(p, name);
      if (/\.sse-lint-|sse-lint-journal/.test(name)) out.push(full);
      if (lstatSync(full).isDirectory()) walk(full);
    }
  };
  walk(d);
  return out;
}

function mountTmpfs(size: string): { dir: string; done: () => void } {
  const m = fresh('tmpfs');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', m], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mount -t tmpfs failed: ${r.stderr}`);
  return { dir: m, done: () => spawnSync('umount', [m]) };
}

/** Fills a file system until a write fails (ENOSPC), leaving `spare` bytes free as best it can. */
function fill(where: string, spare = 0): void {
  const filler = path.join(where, 'filler');
  const chunk = Buffer.alloc(4096, 1);
  writeFileSync(filler, '');
  for (;;) {
    try {
      appendFileSync(filler, chunk);
    } catch {
      break;
    }
  }
  if (spare > 0) {
    const size = statSync(filler).size;
    writeFileSync(filler, Buffer.alloc(Math.max(0, size - spare), 1));
  }
}

beforeAll(() => {
  builtCli();
}, 60_000);

describe('what a write keeps', () => {
  it.skipIf(rootOnly('the setuid and owner test'))('setuid and setgid bits and the owner (chown before chmod)', () => {
    const d = fresh('suid');
    chmodSync(d, 0o755);
    for (const [name, mode] of [['suid.conf', 0o4755], ['sgid.conf', 0o2750], ['both.conf', 0o6711]] as const) {
      const p = path.join(d, name);
      writeFileSync(p, BEFORE);
      chownSync(p, 1234, 2345);
      chmodSync(p, mode);
      expect(statSync(p).mode & 0o7777).toBe(mode);
      const r = writeAll([{ path: p, original: Buffer.from(BEFORE), next: Buffer.from(AFTER) }]);
      expect(r.written).toEqual([p]);
      const st = statSync(p);
      expect([st.mode & 0o7777, st.uid, st.gid]).toEqual([mode, 1234, 2345]);
      expect(readFileSync(p, 'utf8')).toBe(AFTER);
    }
    expect(leftovers(d)).toEqual([]);
  });

  it('hard links: the file is rewritten in place, so every name sees the fix and the inode stays', () => {
    const d = fresh('links');
    const a = path.join(d, 'site.conf');
    const b = path.join(d, 'other-name.conf');
    writeFileSync(a, BEFORE);
    chmodSync(a, 0o640);
    linkSync(a, b);
    const ino = statSync(a).ino;
    const r = writeAll([{ path: a, original: Buffer.from(BEFORE), next: Buffer.from(AFTER) }], { backup: true });
    expect(r.written).toEqual([a]);
    expect(readFileSync(b, 'utf8')).toBe(AFTER);
    expect(statSync(a).ino).toBe(ino);
    expect(statSync(a).nlink).toBe(2);
    expect(statSync(a).mode & 0o7777).toBe(0o640);
    expect(readFileSync(`${a}.bak`, 'utf8')).toBe(BEFORE);
    expect(leftovers(d)).toEqual([]);
    // A single write (a report) keeps links too.
    writeFileAtomic(b, 'report');
    expect(readFileSync(a, 'utf8')).toBe('report');
  });

  it('--backup never writes through an existing .bak symlink nor replaces a .bak: it takes a fresh name', () => {
    const d = fresh('bak');
    const outside = fresh('elsewhere');
    const secret = path.join(outside, 'secret');
    writeFileSync(secret, 'do not touch');
    chmodSync(secret, 0o600);
    const p = path.join(d, 'site.conf');
    writeFileSync(p, BEFORE);
    symlinkSync(secret, `${p}.bak`);
    symlinkSync(path.join(outside, 'nothing'), `${p}.bak.1`);
    const r = runBuilt(['--fix', '--backup', 'site.conf'], { cwd: d });
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(secret, 'utf8')).toBe('do not touch');
    expect(statSync(secret).mode & 0o7777).toBe(0o600);
    expect(lstatSync(`${p}.bak`).isSymbolicLink()).toBe(true);
    expect(lstatSync(`${p}.bak.1`).isSymbolicLink()).toBe(true);
    expect(existsSync(path.join(outside, 'nothing'))).toBe(false);
    expect(readFileSync(`${p}.bak.2`, 'utf8')).toBe(BEFORE);
    expect(r.err).toContain('site.conf.bak.2');
    expect(leftovers(d)).toEqual([]);
  });

  it('a stale temp file of a killed writer is removed by the next write; one of a live process is not', () => {
    const d = fresh('stale');
    const p = path.join(d, 'report.json');
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const dead = path.join(d, '.report.json.sse-lint-2147483-0badc0de.tmp');
      const alive = path.join(d, `.report.json.sse-lint-${live.pid}-0badc0de.tmp`);
      writeFileSync(dead, 'half');
      writeFileSync(alive, 'in progress');
      writeFileAtomic(p, 'report');
      expect(readdirSync(d).sort()).toEqual([path.basename(alive), 'report.json']);
    } finally {
      live.kill('SIGKILL');
    }
  });
});

describe.skipIf(rootOnly('the full-disk tests (tmpfs)'))('a full disk (tmpfs)', () => {
  it('--fix writes nothing, says why in one line, exits 2 and leaves no temp file', () => {
    const fs1 = mountTmpfs('256k');
    try {
      const big = `${'# padding\n'.repeat(12_000)}${BEFORE}`;
      const p = path.join(fs1.dir, 'site.conf');
      writeFileSync(p, big);
      fill(fs1.dir);
      const r = runBuilt(['--fix', 'site.conf'], { cwd: fs1.dir });
      expect(r.code).toBe(2);
      expect(hasStackTrace(r.err), r.err).toBe(false);
      expect(r.err).toMatch(/^sse-lint: could not write the fixes, nothing was changed: .*no space left/im);
      expect(readFileSync(p, 'utf8')).toBe(big);
      expect(leftovers(fs1.dir)).toEqual([]);
    } finally {
      fs1.done();
    }
  });

  it('--baseline-write and -o keep the old file and exit 2 instead of writing cut JSON', () => {
    const fs1 = mountTmpfs('256k');
    try {
      writeFileSync(path.join(fs1.dir, 'a.conf'), BEFORE.repeat(50));
      writeFileSync(path.join(fs1.dir, 'baseline.json'), '{"version":1,"findings":[]}\n');
      writeFileSync(path.join(fs1.dir, 'report.json'), 'old report');
      fill(fs1.dir);
      const b = runBuilt(['--baseline-write', 'baseline.json', 'a.conf'], { cwd: fs1.dir });
      expect(b.code).toBe(2);
      expect(b.err.trimEnd().split('\n')).toHaveLength(1);
      expect(b.err).toMatch(/no space left on the device/);
      expect(readFileSync(path.join(fs1.dir, 'baseline.json'), 'utf8')).toBe('{"version":1,"findings":[]}\n');
      const o = runBuilt(['-f', 'json', '-o', 'report.json', 'a.conf'], { cwd: fs1.dir });
      expect(o.code).toBe(2);
      expect(o.err).toMatch(/^sse-lint: cannot write the report to report.json: no space left on the device$/m);
      expect(readFileSync(path.join(fs1.dir, 'report.json'), 'utf8')).toBe('old report');
      expect(leftovers(fs1.dir)).toEqual([]);
    } finally {
      fs1.done();
    }
  });

  it('--backup on a full disk keeps the old .bak, and a hard-linked file that cannot grow keeps its bytes', () => {
    const fs1 = mountTmpfs('256k');
    try {
      const p = path.join(fs1.dir, 'site.conf');
      writeFileSync(p, BEFORE);
      writeFileSync(`${p}.bak`, 'an older backup');
      linkSync(p, path.join(fs1.dir, 'linked.conf'));
      fill(fs1.dir);
      const r = runBuilt(['--fix', '--backup', 'site.conf'], { cwd: fs1.dir });
      expect(r.code).toBe(2);
      expect(readFileSync(`${p}.bak`, 'utf8')).toBe('an older backup');
      expect(readFileSync(p, 'utf8')).toBe(BEFORE);
      expect(readFileSync(path.join(fs1.dir, 'linked.conf'), 'utf8')).toBe(BEFORE);
      expect(leftovers(fs1.dir)).toEqual([]);
    } finally {
      fs1.done();
    }
  });
});

describe.skipIf(rootOnly('the mknod test'))('devices made with mknod', () => {
  it('-o, --baseline-write and a planned fix target refuse a character device and leave it one', () => {
    const d = fresh('mknod');
    const dev = path.join(d, 'null');
    expect(spawnSync('mknod', [dev, 'c', '1', '3']).status).toBe(0);
    writeFileSync(path.join(d, 'a.conf'), BEFORE);
    for (const args of [['-o', 'null', 'a.conf'], ['--baseline-write', 'null', 'a.conf']]) {
      const r = runBuilt(args, { cwd: d });
      expect(r.code).toBe(2);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/is a character device, not a regular file/);
      expect(lstatSync(dev).isCharacterDevice()).toBe(true);
    }
    expect(() => writeAll([{ path: dev, original: Buffer.from(''), next: Buffer.from('x') }])).toThrow(/character device/);
    expect(lstatSync(dev).isCharacterDevice()).toBe(true);
    expect(leftovers(d)).toEqual([]);
  });
});

describe('another writer at the same time', () => {
  const plan = (d: string, n: number) => Array.from({ length: n }, (_, k) => {
    const p = path.join(d, `f${k}.conf`);
    writeFileSync(p, `${BEFORE}# ${k}\n`);
    return { path: p, original: Buffer.from(`${BEFORE}# ${k}\n`), next: Buffer.from(`${AFTER}# ${k}\n`) };
  });

  it('an edit made while the temp files are written stops the batch: nothing is written, the edit is kept', () => {
    const d = fresh('race-staging');
    const p = plan(d, 5);
    const r = writeAll(p, { beforeRename: () => appendFileSync(p[3]!.path, '# edited\n') });
    expect(r).toEqual({ written: [], conflicts: [p[3]!.path], backups: [] });
    for (const [k, f] of p.entries()) expect(readFileSync(f.path, 'utf8')).toBe(`${BEFORE}# ${k}\n${k === 3 ? '# edited\n' : ''}`);
    expect(leftovers(d)).toEqual([]);
  });

  it('an edit made after some files were replaced undoes those too (all or nothing)', () => {
    const d = fresh('race-mid');
    const p = plan(d, 5);
    const r = writeAll(p, { backup: true, afterRename: (done) => { if (done === p[1]!.path) appendFileSync(p[3]!.path, '# edited\n'); } });
    expect(r.written).toEqual([]);
    expect(r.conflicts).toEqual([p[3]!.path]);
    for (const [k, f] of p.entries()) expect(readFileSync(f.path, 'utf8')).toBe(`${BEFORE}# ${k}\n${k === 3 ? '# edited\n' : ''}`);
    expect(leftovers(d)).toEqual([]);
    expect(readdirSync(d).filter((n) => n.includes('.bak'))).toEqual([]);
  });

  it('a write that slips in between the last check and the rename is kept: the batch is undone', () => {
    const d = fresh('race-window');
    const p = plan(d, 3);
    const r = writeAll(p, { afterCheck: (target) => { if (target === p[2]!.path) appendFileSync(target, '# just in time\n'); } });
    expect(r.conflicts).toEqual([p[2]!.path]);
    for (const [k, f] of p.entries()) expect(readFileSync(f.path, 'utf8')).toBe(`${BEFORE}# ${k}\n${k === 2 ? '# just in time\n' : ''}`);
    expect(leftovers(d)).toEqual([]);
  });

  it('a background process appending to a config while --fix runs never loses its lines', async () => {
    const d = fresh('race-process');
    for (let k = 0; k < 40; k++) writeFileSync(path.join(d, `site${k}.conf`), BEFORE);
    const victim = path.join(d, 'site20.conf');
    // The writer appends as soon as the batch's journal appears (sse-lint is then writing temp files).
    const writer = spawn(process.execPath, ['-e', `
      const fs = require('node:fs');
      const deadline = Date.now() + 20000;
      (function poll() {
        if (fs.readdirSync(${JSON.stringify(d)}).some((n) => n.startsWith('.sse-lint-journal-'))) {
          fs.appendFileSync(${JSON.stringify(victim)}, '# appended by another process\\n');
          return;
        }
        if (Date.now() < deadline) setImmediate(poll);
      })();`]);
    const writerDone = new Promise((res) => writer.once('exit', res));
    const r = runBuilt(['--fix', d], { env: { SSE_LINT_TEST_PAUSE_MS: '20' }, timeoutMs: 60_000 });
    await writerDone;
    expect(readFileSync(victim, 'utf8')).toBe(`${BEFORE}# appended by another process\n`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/site20\.conf changed on disk since it was read; nothing was written/);
    for (let k = 0; k < 40; k++) if (k !== 20) expect(readFileSync(path.join(d, `site${k}.conf`), 'utf8')).toBe(BEFORE);
    expect(leftovers(d)).toEqual([]);
  }, 90_000);
});

describe('a batch killed at any point', () => {
  const files = 30;
  const setup = (d: string): void => {
    for (let k = 0; k < files; k++) writeFileSync(path.join(d, `site${k}.conf`), `${BEFORE}# ${k}\n`);
  };
  const state = (d: string): ('old' | 'new')[] => Array.from({ length: files }, (_, k) => {
    const text = readFileSync(path.join(d, `site${k}.conf`), 'utf8');
    if (text === `${BEFORE}# ${k}\n`) return 'old';
    if (text === `${AFTER}# ${k}\n`) return 'new';
    throw new Error(`site${k}.conf is partial: ${JSON.stringify(text.slice(-80))}`);
  });

  it('SIGKILL at seeded random moments: files are old or new, and the next run finishes or undoes the batch', async () => {
    let seed = 42;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const outcomes = new Set<string>();
    for (let round = 0; round < 12; round++) {
      const d = fresh('kill');
      setup(d);
      // Each step of the batch pauses 8 ms (about 65 steps for 30 files): the kill comes at a random moment after the
      // batch's journal appears, mostly while it stages or renames, sometimes after it is done.
      const child = spawn(process.execPath, [builtCli(), '--fix', '--rule', 'buffering-on', d], { stdio: 'ignore', env: { ...process.env, SSE_LINT_TEST_PAUSE_MS: '8' } });
      let alive = true;
      const exited = new Promise((res) => child.once('exit', () => res((alive = false))));
      const deadline = Date.now() + 30_000;
      while (alive && Date.now() < deadline && !readdirSync(d).some((n) => n.startsWith('.sse-lint-journal-'))) await new Promise((res) => setTimeout(res, 1));
      await new Promise((res) => setTimeout(res, Math.floor(rand() * 700)));
      child.kill('SIGKILL');
      await exited;
      const killed = state(d);
      const journals = readdirSync(d).filter((n) => n.startsWith('.sse-lint-journal-'));
      // The batch, recovered on its own: all old or all new.
      const { recovered, failed } = recoverWrites([d], dir);
      expect(failed).toEqual([]);
      const after = state(d);
      expect(new Set(after).size, `after recovery: ${after.join(' ')}`).toBe(1);
      expect(leftovers(d)).toEqual([]);
      if (journals.length) {
        expect(recovered).toHaveLength(1);
        outcomes.add(`${recovered[0]!.outcome}${killed.includes('new') && killed.includes('old') ? ' (mixed when killed)' : ''}`);
      } else {
        outcomes.add(after[0] === 'new' ? 'completed before the kill' : 'killed before the batch');
      }
      // And a new --fix brings everything to the fixed text.
      const again = runBuilt(['--fix', '--rule', 'buffering-on', d]);
      expect(again.code, again.err).toBe(0);
      expect(new Set(state(d))).toEqual(new Set(['new']));
      expect(leftovers(d)).toEqual([]);
    }
    console.log(`[journal] outcomes: ${[...outcomes].join(', ')}`);
    // Kills landed both while staging (undone) and while renaming (finished, with a tree half old, half new).
    expect([...outcomes]).toEqual(expect.arrayContaining(['undone', 'finished (mixed when killed)']));
  }, 180_000);

  it('temp files of a journal or a backup that a kill cut short are removed by the next --fix (a read-only run touches nothing)', () => {
    const d = fresh('kill-temps');
    setup(d);
    const dead = 2147483;
    // Killed while writing the journal: its temp file, and no journal naming it.
    const journalTemp = path.join(d, `..sse-lint-journal-${dead}-0badc0de0bad.json.sse-lint-${dead}-0badc0de.tmp`);
    writeFileSync(journalTemp, '{"version":1,');
    expect(interruptedWrites([d], dir)).toEqual([]);
    expect(existsSync(journalTemp)).toBe(true);
    expect(recoverWrites([d], dir)).toEqual({ recovered: [], failed: [] });
    expect(existsSync(journalTemp)).toBe(false);
    // Killed while writing a backup, in a subfolder: the journal (still staging) leads the next run there.
    mkdirSync(path.join(d, 'conf.d'));
    const target = path.join(d, 'conf.d', 'site.conf');
    writeFileSync(target, BEFORE);
    const backupTemp = path.join(d, 'conf.d', `.site.conf.bak.sse-lint-${dead}-0badc0de.tmp`);
    writeFileSync(backupTemp, BEFORE.slice(0, 20));
    const id = `${dead}-0badc0de0bad`;
    const base = path.join(d, 'conf.d', `.site.conf.sse-lint-${id}`);
    writeFileSync(path.join(d, `.sse-lint-journal-${id}.json`), JSON.stringify({
      version: 1, id, pid: dead, started: new Date().toISOString(), state: 'staging', backups: [],
      files: [{ target, tmp: `${base}.new`, orig: `${base}.orig`, origKind: 'link', inPlace: false, oldHash: '', newHash: '' }],
    }));
    const { recovered, failed } = recoverWrites([d], dir);
    expect(failed).toEqual([]);
    expect(recovered.map((r) => r.outcome)).toEqual(['undone']);
    expect(readFileSync(target, 'utf8')).toBe(BEFORE);
    expect(leftovers(d)).toEqual([]);
    // A live writer's temp file is never taken.
    const live = path.join(d, `..sse-lint-journal-${process.pid}-0badc0de0bad.json.sse-lint-${process.pid}-0badc0de.tmp`);
    writeFileSync(live, '{');
    recoverWrites([d], dir);
    expect(existsSync(live)).toBe(true);
  });

  it('the next --fix says what it finished, and a read-only run says a batch is pending', async () => {
    const d = fresh('kill-cli');
    setup(d);
    const child = spawn(process.execPath, [builtCli(), '--fix', '--rule', 'buffering-on', d], { stdio: 'ignore', env: { ...process.env, SSE_LINT_TEST_PAUSE_MS: '30' } });
    const exited = new Promise((res) => child.once('exit', res));
    // Kill once a file has been replaced: the batch is committing.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !state(d).includes('new')) await new Promise((res) => setTimeout(res, 5));
    child.kill('SIGKILL');
    await exited;
    expect(state(d)).toContain('old');
    const lint = runBuilt([d]);
    expect(lint.err).toMatch(/^sse-lint: an interrupted --fix left .*\.sse-lint-journal-.*\.json; the next sse-lint --fix on these files finishes or undoes it$/m);
    const fix = runBuilt(['--fix', '--rule', 'buffering-on', d]);
    expect(fix.code, fix.err).toBe(0);
    expect(fix.err).toMatch(/^sse-lint: finished an interrupted --fix \(.*\): \d+ files written now$/m);
    expect(new Set(state(d))).toEqual(new Set(['new']));
    expect(leftovers(d)).toEqual([]);
  }, 60_000);

  it('Ctrl-C (SIGINT) during the writes lets the batch finish, then ends the process', async () => {
    const d = fresh('sigint');
    setup(d);
    const child = spawn(process.execPath, [builtCli(), '--fix', '--rule', 'buffering-on', d], { stdio: 'ignore', env: { ...process.env, SSE_LINT_TEST_PAUSE_MS: '20' } });
    const exited = new Promise<[number | null, string | null]>((res) => child.once('exit', (code, signal) => res([code, signal])));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !readdirSync(d).some((n) => n.startsWith('.sse-lint-journal-'))) await new Promise((res) => setTimeout(res, 2));
    child.kill('SIGINT');
    const [code, signal] = await exited;
    expect(signal).toBe('SIGINT');
    expect(code).toBeNull();
    expect(new Set(state(d))).toEqual(new Set(['new']));
    expect(leftovers(d)).toEqual([]);
  }, 60_000);
});

describe('signal handlers', () => {
  it('--fix --backup on many files prints its summary and no Node warning (one handler per signal, not per file)', () => {
    const d = fresh('many');
    for (let k = 0; k < 15; k++) writeFileSync(path.join(d, `site${k}.conf`), BEFORE);
    const r = runBuilt(['--fix', '--backup', '--rule', 'buffering-on', d]);
    expect(r.code, r.err).toBe(0);
    expect(r.err).not.toMatch(/Warning/);
    expect(r.err.trimEnd().split('\n'), r.err).toHaveLength(1);
    expect(r.err).toMatch(/^sse-lint: applied 15 fixes, wrote 15 files \(backups: /);
    for (let k = 0; k < 15; k++) expect(readFileSync(path.join(d, `site${k}.conf.bak`), 'utf8')).toBe(BEFORE);
    expect(leftovers(d)).toEqual([]);
  });

  it('nested and back-to-back writes share one listener per signal, removed shortly after the last', async () => {
    await new Promise((res) => setTimeout(res, 50));
    const before = process.listenerCount('SIGINT');
    withSignalsHeld(() => {
      for (let k = 0; k < 20; k++) withSignalsHeld(() => expect(process.listenerCount('SIGINT')).toBe(before + 1));
    });
    for (let k = 0; k < 20; k++) withSignalsHeld(() => undefined);
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    await new Promise((res) => setTimeout(res, 50));
    expect(['SIGINT', 'SIGTERM', 'SIGHUP'].map((sig) => process.listenerCount(sig))).toEqual([before, before, before]);
  });
});

describe('staging', () => {
  it('checks the bytes on disk after writing the temp file', () => {
    const d = fresh('stage');
    const p = path.join(d, 'x.conf');
    writeFileSync(p, 'old');
    const s = stageWrite(p, 'new text');
    expect(readFileSync(s.tmp, 'utf8')).toBe('new text');
    s.commit();
    expect(readFileSync(p, 'utf8')).toBe('new text');
    mkdirSync(path.join(d, 'sub'));
    expect(readdirSync(d).sort()).toEqual(['sub', 'x.conf']);
  });
});
