// One identity per finding: the JSON report, SARIF and the baseline name a finding (a parse error included) by the same
// fingerprint, whatever the locale, the working directory or the place of the baseline file.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { FINGERPRINT_KEY } from '../../src/reporters/sarif.js';
import { argsText } from '../../src/engine/finding.js';
import { parseSource } from '../../src/parser/parser.js';
import { makeSource } from '../../src/parser/source.js';
import type { Directive, Statement } from '../../src/parser/ast.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-fingerprint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A stray "}" (parse-error), a missing include (include-not-found, whose message quotes an absolute path),
// a duplicate directive, and a rule finding (buffering-on).
const CONF = `events {}
http {
    include snippets/missing.conf;
    server {
        listen 127.0.0.1:8080;
        server_name example.com;
        keepalive_timeout 60s;
        keepalive_timeout 60s;
        location /events {
            proxy_pass http://127.0.0.1:9000;
        }
    }
}
}
`;

async function cli(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => Buffer.from(''), cwd, color: false };
  return { code: await main(argv, io), out, err };
}

type Ids = Map<string, string[]>;

/** rule id -> fingerprints, in report order. */
function byRule(pairs: [string, string][]): Ids {
  const m: Ids = new Map();
  for (const [id, fp] of pairs) m.set(id, [...(m.get(id) ?? []), fp]);
  return m;
}

async function jsonIds(args: string[], cwd: string): Promise<Ids> {
  const r = await cli(['-f', 'json', ...args], cwd);
  const doc = JSON.parse(r.out) as { findings: { ruleId: string; fingerprint: string }[] };
  return byRule(doc.findings.map((f) => [f.ruleId, f.fingerprint]));
}

async function sarifIds(args: string[], cwd: string): Promise<Ids> {
  const r = await cli(['-f', 'sarif', ...args], cwd);
  const doc = JSON.parse(r.out) as { runs: { results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[] };
  return byRule(doc.runs[0]!.results.map((x) => [x.ruleId, x.partialFingerprints[FINGERPRINT_KEY]!]));
}

async function baselineIds(args: string[], cwd: string, file: string): Promise<Ids> {
  const r = await cli(['--baseline-write', file, ...args], cwd);
  expect(r.code).toBe(0);
  const doc = JSON.parse(readFileSync(path.resolve(cwd, file), 'utf8')) as { findings: { ruleId: string; fingerprint: string }[] };
  // The baseline is sorted by file, rule and fingerprint: compare sets per rule.
  return byRule(doc.findings.map((f) => [f.ruleId, f.fingerprint]));
}

const sorted = (m: Ids): Ids => new Map([...m].map(([k, v]) => [k, [...v].sort()]));

describe('one fingerprint for JSON, SARIF and the baseline', () => {
  const tree = path.join(dir, 'site');
  mkdirSync(tree, { recursive: true });
  writeFileSync(path.join(tree, 'nginx.conf'), CONF);

  it('a parse error, a missing include, a duplicate and a rule finding have the same identity in all three', async () => {
    const json = await jsonIds(['nginx.conf'], tree);
    expect([...json.keys()]).toEqual(expect.arrayContaining(['buffering-on', 'duplicate-directive', 'include-not-found', 'parse-error']));
    const sarif = await sarifIds(['nginx.conf'], tree);
    const baseline = await baselineIds(['nginx.conf'], tree, 'baseline.json');
    expect(sarif).toEqual(json);
    expect(sorted(baseline)).toEqual(sorted(json));
  });

  it('stays the same under another locale, another working directory and a baseline kept elsewhere', async () => {
    const json = await jsonIds(['nginx.conf'], tree);
    expect(await jsonIds(['--locale', 'zh-CN', 'nginx.conf'], tree)).toEqual(json);
    expect(await sarifIds([path.join(tree, 'nginx.conf')], dir)).toEqual(json);
    mkdirSync(path.join(dir, 'ci'), { recursive: true });
    expect(sorted(await baselineIds([path.join(tree, 'nginx.conf')], path.join(dir, 'ci'), 'b.json'))).toEqual(sorted(json));
  });

  it('a baseline written by one checkout absorbs the parse error of another checkout with lines moved', async () => {
    const copy = path.join(dir, 'elsewhere', 'site');
    mkdirSync(copy, { recursive: true });
    writeFileSync(path.join(copy, 'nginx.conf'), `# moved down\n\n${CONF}`);
    await baselineIds(['nginx.conf'], tree, 'accepted.json');
    const r = await cli(['-f', 'json', '--baseline', path.join(tree, 'accepted.json'), 'nginx.conf'], copy);
    expect(JSON.parse(r.out).findings).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe('the directive text a fingerprint names', () => {
  it('is the argument values read in place, as the tokens give them', () => {
    const text = 'location ~ "^/a b" { add_header X-A \'q "x"\' always; set $v a\\"b; internal; content_by_lua_block { ngx.say("}") } }\n';
    const all: Directive[] = [];
    const walk = (ss: readonly Statement[]): void => ss.forEach((s) => {
      if (s.type !== 'directive') return;
      all.push(s);
      if (s.block) walk(s.block.children);
    });
    walk(parseSource(makeSource('t.conf', text)).statements);
    expect(all.map((d) => d.name)).toEqual(['location', 'add_header', 'set', 'internal', 'content_by_lua_block']);
    for (const d of all) expect(argsText(d), d.name).toBe(d.args.map((a) => a.value).join(' '));
    expect(all.map(argsText).slice(0, 4)).toEqual(['~ ^/a b', 'X-A q "x" always', '$v a"b', '']);
  });
});
