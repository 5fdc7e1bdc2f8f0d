// The review session over the pipeline: the exit code after quitting follows --fail-on over what is on disk.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startReview } from '../../src/tui/session.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-review-session-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One declared stream with buffering on (an error with a safe fix) and nothing else at error level. */
function tree(): string {
  const d = mkdtempSync(path.join(dir, 't-'));
  writeFileSync(path.join(d, 'nginx.conf'), `events {}
http {
    server {
        listen 127.0.0.1:8080;
        location /events {
            # sse-lint: stream
            proxy_pass http://127.0.0.1:9000;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_read_timeout 1h;
        }
    }
}
`);
  return d;
}

describe('exit code after quitting', () => {
  it('is judged by --fail-on over the findings on disk: written fixes count, fixes only applied in memory do not', async () => {
    const d = tree();
    const s = startReview([path.join(d, 'nginx.conf')], { cwd: d, config: false, failOn: 'error' });
    const buffering = s.snapshot().items.find((i) => i.finding.ruleId === 'buffering-on')!;
    expect(s.exitCode()).toBe(1);
    const applied = s.apply(buffering.id);
    expect(applied.ok).toBe(true);
    // Applied, not written: the disk still has the error.
    expect(s.exitCode()).toBe(1);
    expect(s.diskFindings().some((f) => f.ruleId === 'buffering-on')).toBe(true);
    const w = await s.write();
    expect(w.ok).toBe(true);
    expect(readFileSync(path.join(d, 'nginx.conf'), 'utf8')).toContain('proxy_buffering off;');
    expect(s.diskFindings().some((f) => f.ruleId === 'buffering-on')).toBe(false);
    expect(s.diskFindings().every((f) => f.severity !== 'error')).toBe(true);
    expect(s.exitCode()).toBe(0);
    expect(s.snapshot().changed).toEqual([]);
  });

  it('follows --fail-on off and --max-warnings', () => {
    const d = tree();
    // A short read timeout adds a warning.
    writeFileSync(path.join(d, 'nginx.conf'), readFileSync(path.join(d, 'nginx.conf'), 'utf8').replace('proxy_read_timeout 1h;', 'proxy_read_timeout 30s;'));
    const conf = path.join(d, 'nginx.conf');
    const off = startReview([conf], { cwd: d, config: false, failOn: 'off' });
    expect(off.diskFindings().filter((f) => f.severity === 'warning').map((f) => f.ruleId)).toEqual(['read-timeout-short']);
    expect(off.exitCode()).toBe(0);
    expect(startReview([conf], { cwd: d, config: false, failOn: 'off', maxWarnings: 0 }).exitCode()).toBe(1);
    expect(startReview([conf], { cwd: d, config: false, failOn: 'off', maxWarnings: 1 }).exitCode()).toBe(0);
  });
});
