// What users expect from a linter's command line (ESLint, ShellCheck, hadolint): --list-rules, --disable/--enable,
// --color/--no-color, `help`, explain for engine ids, clear words for a quoted glob and nginx's -c, --preset.
import { t } from '../../src/i18n/index.js';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { RULES } from '../../src/engine/registry.js';
import { build1Panel } from '../helpers/layouts.js';
import { root, sharedSkipReason } from '../helpers/shared.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'sse-lint-conventions-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[], color = false): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, readStdin: () => new Uint8Array(), cwd: tmp, color, env: {} };
  const code = await main(args, io);
  return { code, out, err };
}

const SITE = path.join(tmp, 'site.conf');
writeFileSync(SITE, 'server {\n    listen 127.0.0.1:8080;\n    location /events {\n        proxy_pass http://127.0.0.1:9000;\n    }\n}\n');

describe('command-line conventions', () => {
  it('--list-rules lists every rule with severity and fix, then the engine ids', async () => {
    const r = await cli(['--list-rules']);
    expect(r.code).toBe(0);
    for (const rule of RULES) expect(r.out).toMatch(new RegExp(`^${rule.meta.id} +${rule.meta.severity} `, 'm'));
    expect(r.out).toMatch(/^include-not-found +error +An include names a file that does not exist$/m);
    expect(r.out).toMatch(/^include-unmapped +info /m);
  });

  it('--list-rules in Chinese: severities and fix kinds translated, columns aligned by display width', async () => {
    const r = await cli(['--list-rules', '--locale', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^buffering-on +错误 +安全 +响应缓冲会扣住事件流数据$/m);
    expect(r.out).not.toMatch(/(?<![\w-])(?:safe|unsafe|suggestion|error|warning|info)(?![\w-])/);
    // Every summary starts at the same display column.
    const cols = new Set(RULES.map((rule) => {
      const l = r.out.split('\n').find((x) => x.startsWith(`${rule.meta.id} `))!;
      const prefix = l.slice(0, l.indexOf(t('zh-CN', `${rule.meta.id}.summary`)));
      return [...prefix].reduce((n, ch) => n + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
    }));
    expect(cols.size).toBe(1);
  });

  it('help as a command prints the usage', async () => {
    const r = await cli(['help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage:/m);
    expect(r.out).toContain('--preset NAME');
  });

  it('explain works for the engine ids', async () => {
    for (const id of ['parse-error', 'include-not-found', 'include-unmapped']) {
      const r = await cli(['explain', id]);
      expect(r.code).toBe(0);
      expect(r.out).toContain(id);
    }
  });

  it('--disable turns a rule off, --enable lifts the config\'s "off", unknown ids are usage errors with a suggestion', async () => {
    const base = await cli([SITE, '--no-config', '-f', 'json']);
    expect(JSON.parse(base.out).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('buffering-on');
    const off = await cli([SITE, '--no-config', '-f', 'json', '--disable', 'buffering-on', '--disable', 'stream-capacity']);
    const ids = JSON.parse(off.out).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).not.toContain('buffering-on');
    expect(ids).not.toContain('stream-capacity');
    const cfg = path.join(tmp, 'off.json');
    writeFileSync(cfg, JSON.stringify({ rules: { 'buffering-on': 'off' } }));
    const viaConfig = await cli([SITE, '--config', cfg, '-f', 'json']);
    expect(JSON.parse(viaConfig.out).findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('buffering-on');
    const back = await cli([SITE, '--config', cfg, '-f', 'json', '--enable', 'buffering-on']);
    expect(JSON.parse(back.out).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('buffering-on');
    const bad = await cli([SITE, '--no-config', '--disable', 'bufering-on']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('sse-lint: unknown rule "bufering-on"; did you mean "buffering-on"?\n');
  });

  it('--color and --no-color override the terminal', async () => {
    expect((await cli([SITE, '--no-config', '--color'])).out).toContain('\x1b[');
    expect((await cli([SITE, '--no-config', '--no-color'], true)).out).not.toContain('\x1b[');
  });

  it('a quoted glob and nginx\'s -c get a clear one-line reason and exit 2', async () => {
    const glob = await cli([path.join(tmp, 'conf.d/*.conf'), '--no-config']);
    expect(glob.code).toBe(2);
    expect(glob.err).toMatch(/conf\.d\/\*\.conf: no such file or directory; it looks like a pattern the shell did not expand \(was it quoted\?\)/);
    const dashC = await cli(['-c', '/etc/nginx/nginx.conf']);
    expect(dashC.code).toBe(2);
    expect(dashC.err).toBe("sse-lint: -c is sse-lint's --config (a JSON file), not nginx's -c: to lint /etc/nginx/nginx.conf, pass it as a path (sse-lint /etc/nginx/nginx.conf)\n");
    const preset = await cli([SITE, '--preset', '1pane']);
    expect(preset.code).toBe(2);
    expect(preset.err).toMatch(/unknown preset "1pane"; expected one of auto, 1panel, openresty, npm, apisix, debian, plain/);
  });

  it('--init writes a $schema that works on any machine (no file:// path of this installation)', async () => {
    const d = path.join(tmp, 'init');
    mkdirSync(d);
    expect((await cli(['--init', d])).code).toBe(0);
    const $schema = JSON.parse(readFileSync(path.join(d, 'sse-lint.config.json'), 'utf8')).$schema as string;
    expect($schema).toMatch(/^https:\/\/unpkg\.com\/sse-lint@\d+\.\d+\.\d+\/schema\/config\.schema\.json$/);
    mkdirSync(path.join(d, 'with', 'node_modules', 'sse-lint', 'schema'), { recursive: true });
    writeFileSync(path.join(d, 'with', 'node_modules', 'sse-lint', 'schema', 'config.schema.json'), '{}');
    expect((await cli(['--init', path.join(d, 'with')])).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(d, 'with', 'sse-lint.config.json'), 'utf8')).$schema).toBe('./node_modules/sse-lint/schema/config.schema.json');
  });
});

describe.skipIf(sharedSkipReason())('preset in the reports', () => {
  it('text names the preset and each site\'s readiness; JSON carries them and validates', async () => {
    const layout = build1Panel(path.join(tmp, 'opt', '1panel'), 'v2', [{ alias: 'chat.example.com', port: 3000 }, { alias: 'api.example.com', port: 3001, unbuffered: true }]);
    const text = await cli([layout.root, '--no-config']);
    expect(text.code).toBe(1);
    expect(text.out).toContain('Preset: 1panel v2, OpenResty 1.27.1.1 (nginx 1.27.1 core) (detected from the path; --preset to choose another).');
    expect(text.out).toContain('Site chat.example.com: 1 location checked as a stream, 1 error, 2 warnings: not ready for event streams.');
    expect(text.out.indexOf('== site api.example.com ==')).toBeLessThan(text.out.indexOf('== site chat.example.com =='));
    const json = await cli([layout.root, '--no-config', '-f', 'json']);
    const report = JSON.parse(json.out);
    expect(report.preset).toEqual({ name: '1panel', label: '1panel v2, OpenResty 1.27.1.1 (nginx 1.27.1 core)', detected: true });
    expect(report.sites.map((s: { site: string; bySeverity: { error: number } }) => [s.site, s.bySeverity.error])).toEqual([['api.example.com', 0], ['chat.example.com', 1]]);
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(root, 'schema/report.schema.json'), 'utf8')));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const zh = await cli([layout.root, '--no-config', '--locale', 'zh-CN']);
    expect(zh.out).toContain('预设：1panel v2');
  });
});
