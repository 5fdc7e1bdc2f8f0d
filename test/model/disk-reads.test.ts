// Reading many files asks the system less (the stat kind() took serves the read, statfs once per device), and still
// refuses what it must: a file swapped after it was looked at, a kernel file bind-mounted among ordinary ones.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadingDiskFs } from '../../src/model/fs.js';
import { ReadRefusedError } from '../../src/util/read-file.js';
import { builtCli } from '../helpers/built-cli.js';
import { rootOnly } from '../helpers/root.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-reads-'));
const at = (...p: string[]): string => path.join(dir, ...p);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('disk reads of one load', () => {
  it('reads a file with the stat kind() took', () => {
    writeFileSync(at('a.conf'), 'events {}\n');
    const fs = loadingDiskFs();
    expect(fs.kind(at('a.conf'))).toBe('file');
    expect(Buffer.from(fs.readFile(at('a.conf'))).toString()).toBe('events {}\n');
  });

  it('refuses a file swapped for another between kind() and readFile()', () => {
    writeFileSync(at('b.conf'), 'events {}\n');
    writeFileSync(at('other.conf'), 'http { include /etc/passwd; }\n');
    const fs = loadingDiskFs();
    expect(fs.kind(at('b.conf'))).toBe('file');
    renameSync(at('other.conf'), at('b.conf'));
    expect(() => fs.readFile(at('b.conf'))).toThrow(ReadRefusedError);
    // Asked again, the path is what it now is, and is read.
    expect(fs.kind(at('b.conf'))).toBe('file');
    expect(Buffer.from(fs.readFile(at('b.conf'))).toString()).toContain('include');
  });

  it('works out a path\'s real path once per load; the next load asks again', () => {
    mkdirSync(at('real/one'), { recursive: true });
    mkdirSync(at('real/two'), { recursive: true });
    symlinkSync(at('real/one'), at('real/link'));
    const fs = loadingDiskFs();
    expect(fs.realpath(at('real/link'))).toBe(realpathSync(at('real/one')));
    rmSync(at('real/link'));
    symlinkSync(at('real/two'), at('real/link'));
    expect(fs.realpath(at('real/link'))).toBe(realpathSync(at('real/one')));
    expect(loadingDiskFs().realpath(at('real/link'))).toBe(realpathSync(at('real/two')));
    // A path that cannot be resolved stays as given, as on the plain disk.
    expect(fs.realpath(at('real/missing'))).toBe(at('real/missing'));
  });

  const skip = rootOnly('a /proc file bind-mounted among site files (mount namespace)');
  const unshare = skip ? null : spawnSync('unshare', ['-m', 'true'], { stdio: 'ignore', timeout: 5000 });
  const noNamespace = unshare && unshare.status !== 0;
  if (noNamespace) console.warn('[skip] unshare -m is not permitted here: the bind-mounted /proc file case is skipped');

  it.skipIf(skip || noNamespace)('refuses a /proc file bind-mounted over a site file, after ordinary files of the same folder were read', () => {
    mkdirSync(at('tree/sites'), { recursive: true });
    writeFileSync(at('tree/nginx.conf'), 'events {}\nhttp { include sites/*.conf; }\n');
    for (const name of ['a', 'b', 'm', 'z']) writeFileSync(at(`tree/sites/${name}.conf`), `server { listen 80; server_name ${name}.example; }\n`);
    const cli = builtCli();
    // The child's own mount namespace: the bind mount is seen by it alone and goes away with it.
    const r = spawnSync('unshare', ['-m', 'sh', '-c', 'mount --bind /proc/self/environ "$1" && exec "$2" "$3" -f json "$4"', 'sh', at('tree/sites/m.conf'), process.execPath, cli, at('tree/nginx.conf')], {
      encoding: 'utf8', timeout: 30_000, env: { ...process.env, SSE_LINT_TEST_SECRET: 'hunter2-secret' },
    });
    expect(r.stderr).not.toContain('mount:');
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; message: string }[] };
    const unreadable = report.findings.filter((f) => f.ruleId === 'include-unreadable').map((f) => f.message);
    expect(unreadable).toEqual([`"${at('tree/sites/m.conf')}" is on a kernel file system (/proc, /sys); sse-lint does not read it`]);
    expect(r.stdout + r.stderr).not.toContain('hunter2-secret');
  }, 120_000);
});
