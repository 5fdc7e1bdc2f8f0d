// Baselines: accepted findings stay hidden when lines move, new ones show, counts matter, bad files are errors.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyBaseline, BaselineError, readBaseline, writeBaseline, type BaselineFile } from '../../src/engine/baseline.js';
import { fingerprintOf } from '../../src/engine/finding.js';
import { loadConfig } from '../../src/model/includes.js';
import { lintTree } from '../../src/lint.js';
import type { Finding } from '../../src/types.js';

const tmpRoot = mkdtempSync(path.join(tmpdir(), 'sse-lint-baseline-'));
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => {
  const d = path.join(tmpRoot, `case-${++n}`);
  rmSync(d, { recursive: true, force: true });
  return mkdtempSync(d + '-');
};

const CONFIG = `http {
    server {
        listen 80;
        server_name example.com;
        location /api/events {
            proxy_pass http://127.0.0.1:8080;
            proxy_read_timeout 30s;
        }
        location /v1/chat/completions {
            proxy_pass http://127.0.0.1:8080;
        }
    }
}
`;

function lintFile(file: string): Finding[] {
  return lintTree(loadConfig([file])).findings;
}

describe('writeBaseline / applyBaseline', () => {
  it('hides accepted findings after lines move, and shows exactly one new problem', () => {
    const d = fresh();
    const conf = path.join(d, 'nginx.conf');
    const baseline = path.join(d, 'sse-lint-baseline.json');
    writeFileSync(conf, CONFIG);
    const before = lintFile(conf);
    expect(before.length).toBeGreaterThan(2);
    expect(writeBaseline(baseline, before)).toBe(before.length);

    // Blank lines and comments above every block: line numbers and offsets all change.
    const moved = '# managed by hand\n\n\n' + CONFIG
      .replace('    server {', '    # the public site\n\n    server {')
      .replace('        location /api/events {', '        # events for the dashboard\n        location /api/events {');
    writeFileSync(conf, moved);
    const after = lintFile(conf);
    expect(after.map((f) => f.span.line)).not.toEqual(before.map((f) => f.span.line));
    const same = applyBaseline(baseline, after);
    expect(same.findings).toEqual([]);
    expect(same.matched).toBe(before.length);
    expect(same.unmatched).toBe(0);

    // A new problem: proxy_buffering on in a third stream location.
    const grown = moved.replace('    }\n}\n', '        location /sse {\n            proxy_pass http://127.0.0.1:8080;\n            proxy_buffering on;\n            proxy_read_timeout 1h;\n            proxy_http_version 1.1;\n        }\n    }\n}\n');
    writeFileSync(conf, grown);
    const added = applyBaseline(baseline, lintFile(conf));
    const line = grown.split('\n').indexOf('            proxy_buffering on;') + 1;
    expect(added.findings.map((f) => `${f.ruleId}@${f.span.line}`)).toEqual([`buffering-on@${line}`]);
    expect(added.matched).toBe(before.length);
  });

  it('writes a versioned, sorted file with relative paths and messages for people', () => {
    const d = fresh();
    const conf = path.join(d, 'nginx.conf');
    writeFileSync(conf, CONFIG);
    const findings = lintFile(conf);
    const file = path.join(d, 'baseline.json');
    writeBaseline(file, findings);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as BaselineFile;
    expect(doc.version).toBe(1);
    expect(doc.findings).toHaveLength(findings.length);
    for (const e of doc.findings) {
      expect(e.file).toBe('nginx.conf');
      expect(e.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(findings.map((f) => f.message)).toContain(e.message);
    }
    const keys = doc.findings.map((e) => `${e.file}\0${e.ruleId}\0${e.fingerprint}\0${e.message}`);
    expect(keys).toEqual([...keys].sort());
    expect(readdirSync(d).filter((x) => x.endsWith('.tmp'))).toEqual([]);
    // Writing the same findings again gives the same bytes (stable diffs).
    const first = readFileSync(file, 'utf8');
    writeBaseline(file, [...findings].reverse());
    expect(readFileSync(file, 'utf8')).toBe(first);
  });
});

describe('counting', () => {
  const span = (line: number) => ({ file: '/srv/nginx.conf', start: line * 10, end: line * 10 + 5, line, column: 1, endLine: line, endColumn: 6 });
  const f = (fingerprint: string, line: number): Finding => ({ ruleId: 'buffering-on', severity: 'error', message: 'm', span: span(line), related: [], fingerprint });

  it('two identical fingerprints in the baseline absorb two findings, not three', () => {
    const file = path.join(fresh(), 'b.json');
    writeBaseline(file, [f('aa', 1), f('aa', 2), f('bb', 3)]);
    const r = applyBaseline(file, [f('aa', 5), f('aa', 6), f('aa', 7), f('bb', 8)]);
    expect(r.findings.map((x) => x.span.line)).toEqual([7]);
    expect(r.matched).toBe(3);
  });

  it('counts baseline entries nothing matched any more', () => {
    const file = path.join(fresh(), 'b.json');
    writeBaseline(file, [f('aa', 1), f('aa', 2), f('cc', 3)]);
    const r = applyBaseline(file, [f('aa', 9)]);
    expect(r).toMatchObject({ findings: [], matched: 1, unmatched: 2 });
  });

  it('findings without an engine fingerprint are identified by rule, file and message without line numbers', () => {
    const parse = (line: number): Finding => ({ ruleId: 'parse-error', severity: 'error', message: `unexpected "}" in nginx.conf:${line}`, span: span(line), related: [] });
    expect(fingerprintOf(parse(3), '/srv')).toBe(fingerprintOf(parse(40), '/srv'));
    const file = path.join(fresh(), 'b.json');
    writeBaseline(file, [parse(3)]);
    expect(applyBaseline(file, [parse(40)]).findings).toEqual([]);
  });
});

describe('bad baselines', () => {
  const keyOf = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      if (e instanceof BaselineError) return e.key;
      throw e;
    }
    return 'no error';
  };

  it('a missing file says how to create it; garbage and other versions are refused', () => {
    const d = fresh();
    expect(keyOf(() => applyBaseline(path.join(d, 'nope.json'), []))).toBe('cli.baseline.missing');
    writeFileSync(path.join(d, 'garbage.json'), '{ not json');
    expect(keyOf(() => readBaseline(path.join(d, 'garbage.json')))).toBe('cli.baseline.notJson');
    writeFileSync(path.join(d, 'v2.json'), JSON.stringify({ version: 2, findings: [] }));
    expect(keyOf(() => readBaseline(path.join(d, 'v2.json')))).toBe('cli.baseline.unsupported');
    writeFileSync(path.join(d, 'shape.json'), JSON.stringify({ version: 1, findings: [{ rule: 'x' }] }));
    expect(keyOf(() => readBaseline(path.join(d, 'shape.json')))).toBe('cli.baseline.badFindings');
    writeFileSync(path.join(d, 'noversion.json'), JSON.stringify({ findings: [] }));
    expect(keyOf(() => readBaseline(path.join(d, 'noversion.json')))).toBe('cli.baseline.noVersion');
  });
});
