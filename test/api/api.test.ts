// The public API as another project uses it: sse-lint in its node_modules, `import { lint } from 'sse-lint'`,
// the README's example run as written, and the type declarations checked by tsc in the consuming project.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explain, fix, lint, parse, route } from '../../src/index.js';
import { root } from '../helpers/shared.js';

const work = mkdtempSync(path.join(tmpdir(), 'sse-lint-api-'));
const pkg = path.join(work, 'pkg');
const app = path.join(work, 'app');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The JavaScript block under the README's "Library API" heading. */
function readmeExample(): string {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const at = readme.indexOf('## Library API');
  expect(at).toBeGreaterThan(-1);
  const m = /```js\n([\s\S]*?)```/.exec(readme.slice(at));
  expect(m).not.toBeNull();
  return m![1]!;
}

beforeAll(() => {
  for (const p of ['package.json', 'tsconfig.json', 'tsconfig.types.json', 'scripts', 'src', 'rules', 'schema', 'README.md']) cpSync(path.join(root, p), path.join(pkg, p), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(pkg, 'node_modules'), 'dir');
  const built = spawnSync(process.execPath, [path.join(pkg, 'scripts/build.mjs')], { cwd: pkg, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
  mkdirSync(path.join(app, 'node_modules'), { recursive: true });
  symlinkSync(pkg, path.join(app, 'node_modules', 'sse-lint'), 'dir');
  // A Node project has Node's types; sse-lint's declarations use them (Buffer).
  symlinkSync(path.join(root, 'node_modules', '@types'), path.join(app, 'node_modules', '@types'), 'dir');
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
  cpSync(path.join(root, 'examples'), path.join(app, 'examples'), { recursive: true });
}, 120_000);

describe('sse-lint as a dependency', () => {
  it('import { lint } from "sse-lint" finds buffering-on in a stream location', () => {
    writeFileSync(path.join(app, 'site.conf'), 'events {}\nhttp { server { listen 127.0.0.1:8080; location /v1/chat/completions { proxy_pass http://127.0.0.1:9000; } } }\n');
    writeFileSync(path.join(app, 'check.mjs'), [
      "import { lint } from 'sse-lint';",
      "const r = await lint(['site.conf'], { config: false });",
      "const f = r.findings.find((x) => x.ruleId === 'buffering-on');",
      'console.log(JSON.stringify({ rule: f?.ruleId, severity: f?.severity, line: f?.span.line, fix: f?.fix?.applicability, provenance: f?.provenance?.origin.kind, exit: r.exitCode, errors: r.summary.error, config: r.config }));',
    ].join('\n'));
    const r = spawnSync(process.execPath, ['check.mjs'], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ rule: 'buffering-on', severity: 'error', line: 2, fix: 'safe', provenance: 'default', exit: 1, errors: 1, config: { path: null, origin: 'disabled' } });
  });

  it("the README's example runs as written", () => {
    writeFileSync(path.join(app, 'readme-example.mjs'), readmeExample());
    const r = spawnSync(process.execPath, ['readme-example.mjs'], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/buffering-on/);
  });

  it('the type declarations describe the API to a TypeScript consumer', () => {
    writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2023', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] }, files: ['typed.ts'] }));
    writeFileSync(path.join(app, 'typed.ts'), [
      "import { lint, fix, type Finding, type LintReport } from 'sse-lint';",
      "const r: LintReport = await lint('site.conf');",
      'const first: Finding | undefined = r.findings[0];',
      "const line: number | undefined = first?.span.line;",
      "const f = await fix(['site.conf'], { unsafe: false });",
      'const files: string[] = f.changes.map((c) => c.path);',
      '// @ts-expect-error: severity is a union of three words',
      "const bad: 'fatal' = r.findings[0]!.severity;",
      'export { line, files, bad };',
    ].join('\n'));
    const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', app], { cwd: app, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});

describe('the API in process', () => {
  it('lint, fix (without writing), explain, route and parse return data', async () => {
    const ex = path.join(root, 'examples');
    const r = await lint([ex], { config: false });
    expect(r.findings.map((f) => f.ruleId)).toContain('cors-credentials-wildcard');
    const before = readFileSync(path.join(ex, 'conf.d/chat.example.com.conf'), 'utf8');
    const f = await fix(ex, { config: false, unsafe: true });
    expect(f.applied.length).toBeGreaterThan(0);
    expect(f.diff).toContain('+++ ');
    expect(f.written).toBeNull();
    expect(readFileSync(path.join(ex, 'conf.d/chat.example.com.conf'), 'utf8')).toBe(before);
    expect(explain('buffering-on')).toContain('proxy_buffering');
    expect(() => explain('bufering-on')).toThrow(/did you mean "buffering-on"/);
    expect(await route('/v1/chat/completions', ex, { host: 'chat.example.com', config: false })).toMatch(/location \/v1\/chat\/completions/);
    expect((await parse(path.join(ex, 'nginx.conf'), { combine: true })).status).toBe('ok');
  });
});
