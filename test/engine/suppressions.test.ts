// Inline suppressions: next-line and block forms, a required reason, unknown ids, and unused suppressions reported.
import { describe, expect, it } from 'vitest';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { lintTree } from '../../src/lint.js';

function lint(text: string) {
  const tree = loadConfig(['/s/nginx.conf'], { fs: memoryFs({ '/s/nginx.conf': text }) });
  return lintTree(tree, { only: ['buffering-on', 'read-timeout-zero'] });
}
const head = 'events {}\nhttp {\n  server {\n    listen 127.0.0.1:8080;\n';
const tail = '  }\n}\n';

describe('inline suppressions', () => {
  it('disable-next-line hides the finding on the next statement and counts it', () => {
    const r = lint(`${head}    # sse-lint-disable-next-line buffering-on -- the backend sends X-Accel-Buffering: no\n    location /events {\n      proxy_pass http://127.0.0.1:9000;\n    }\n${tail}`);
    expect(r.findings.map((f) => f.ruleId)).toEqual([]);
    expect(r.suppressed).toBe(1);
  });

  it('a trailing disable-next-line applies to its own line; several ids are allowed', () => {
    const r = lint(`${head}    location /events {\n      proxy_pass http://127.0.0.1:9000;\n      proxy_read_timeout 0; # sse-lint-disable-next-line read-timeout-zero, buffering-on -- test rig\n    }\n${tail}`);
    // read-timeout-zero is suppressed; buffering-on is reported on the location line, so that id is unused here.
    expect(r.findings.map((f) => f.ruleId)).toEqual(['buffering-on', 'unused-suppression']);
    expect(r.findings[1]!.message).toBe('suppression of "buffering-on" matches no finding; remove it');
  });

  it('disable covers the enclosing block only', () => {
    const r = lint(`${head}    location /events {\n      # sse-lint-disable buffering-on -- buffered on purpose\n      proxy_pass http://127.0.0.1:9000;\n    }\n    location /sse {\n      proxy_pass http://127.0.0.1:9000;\n    }\n${tail}`);
    // The location /events finding is reported on its header, inside the server block, not inside the location.
    expect(r.findings.filter((f) => f.ruleId === 'buffering-on').map((f) => f.span.line)).toEqual([5, 9]);
    const inServer = lint(`${head}    # sse-lint-disable buffering-on -- whole server is buffered on purpose\n    location /events {\n      proxy_pass http://127.0.0.1:9000;\n    }\n${tail}`);
    expect(inServer.findings.map((f) => f.ruleId)).toEqual([]);
  });

  it('a suppression without a reason or with an unknown id is itself a finding', () => {
    const r = lint(`${head}    # sse-lint-disable-next-line buffering-on\n    location /events {\n      proxy_pass http://127.0.0.1:9000;\n    }\n    # sse-lint-disable-next-line bufering-on -- typo\n    location /sse { return 200; }\n${tail}`);
    const invalid = r.findings.filter((f) => f.ruleId === 'invalid-suppression').map((f) => f.message);
    expect(invalid).toEqual(['sse-lint-disable-next-line buffering-on needs a reason after " -- "', 'unknown rule id "bufering-on" in suppression']);
    // Without a valid suppression the finding stays.
    expect(r.findings.some((f) => f.ruleId === 'buffering-on')).toBe(true);
  });

  it('an unused suppression is reported', () => {
    const r = lint(`${head}    # sse-lint-disable-next-line buffering-on -- not needed any more\n    location /events {\n      proxy_pass http://127.0.0.1:9000;\n      proxy_buffering off;\n    }\n${tail}`);
    expect(r.findings.map((f) => [f.ruleId, f.span.line])).toEqual([['unused-suppression', 5]]);
  });
});
