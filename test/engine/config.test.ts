// The config file: discovery, validation errors with pointers and suggestions, the schema's parity with the
// registry, the build-time validator against a runtime-compiled twin, lint options, presets and --init.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import schema from '../../schema/config.schema.json' with { type: 'json' };
import standalone from '../../src/generated/validate-config.js';
import {
  applyEngineSettings, ConfigError, detectLayout, planPreset, findConfig, formatConfigError, ignoreMatcher, initConfig,
  loadConfigFile, nearest, resolveConfig, starterConfig, toLintOptions, validateConfig, type ConfigIssue, type SseLintConfig,
} from '../../src/engine/config.js';
import { ENGINE_IDS } from '../../src/engine/engine.js';
import { RULES } from '../../src/engine/registry.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { lintTree } from '../../src/lint.js';
import type { Finding } from '../../src/types.js';

const tmpRoot = mkdtempSync(path.join(tmpdir(), 'sse-lint-config-'));
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));
let n = 0;
function dir(...files: [string, string][]): string {
  const d = path.join(tmpRoot, `case-${++n}`);
  mkdirSync(d, { recursive: true });
  for (const [name, text] of files) {
    mkdirSync(path.dirname(path.join(d, name)), { recursive: true });
    writeFileSync(path.join(d, name), text);
  }
  return d;
}

/** The issues a config text raises, as `pointer line:col message`. */
function problems(text: string, name = 'sse-lint.config.json'): string[] {
  const d = dir([name, text]);
  try {
    loadConfigFile(path.join(d, name));
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.message.split('\n').map((l) => l.replace(`${path.join(d, name)}: `, '').replace(`${path.join(d, name)}:`, ''));
  }
  return [];
}

describe('schema/config.schema.json', () => {
  const ruleProps = (schema.properties.rules.properties as unknown as Record<string, { $ref?: string; then?: { items: [unknown, { properties?: Record<string, { default?: unknown }> }] } }>);

  it('lists exactly the rule ids of the registry and the engine (run `node scripts/gen-validator.mjs` after adding a rule)', () => {
    const ids = Object.keys(ruleProps).filter((k) => k !== '$comment').sort();
    expect(ids).toEqual([...RULES.map((r) => r.meta.id), ...ENGINE_IDS].sort());
  });

  it("gives each rule exactly its meta options, with their defaults", () => {
    for (const r of RULES) {
      const p = ruleProps[r.meta.id]!;
      const opts = r.meta.options ?? {};
      if (Object.keys(opts).length === 0) {
        expect(p.$ref, r.meta.id).toBe('#/definitions/setting');
        continue;
      }
      const props = p.then!.items[1].properties!;
      expect(Object.keys(props).sort(), r.meta.id).toEqual(Object.keys(opts).sort());
      for (const [k, v] of Object.entries(opts)) expect(props[k]!.default, `${r.meta.id}.${k}`).toEqual(v);
    }
  });

  it('accepts every rule at every level and with its default options', () => {
    const rules: Record<string, unknown> = { $comment: ['notes'] };
    for (const r of RULES) rules[r.meta.id] = r.meta.options ? ['info', r.meta.options] : 'off';
    expect(validateConfig({ $schema: 'x', $comment: 'hi', rules, streams: ['/sse/**'], nginxVersion: '1.24.0', preset: '1panel', pathMap: { '/www': 'www' }, ignore: ['a/*.conf'], failOn: 'info', format: 'sarif', locale: 'zh-CN' })).toEqual([]);
    for (const level of ['off', 'info', 'warning', 'error']) expect(validateConfig({ rules: { 'buffering-on': level, 'parse-error': [level, {}] } })).toEqual([]);
  });
});

describe('the standalone validator', () => {
  // Same options as scripts/gen-validator.mjs (minus code generation).
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, inlineRefs: false });
  const runtime = ajv.compile(schema);
  const bad: unknown[] = [
    { rules: { 'bufering-on': 'error' } },
    { stream: ['/sse'], failOn: 'warn', locale: 'zh' },
    { rules: { 'read-timeout-short': ['warning', { minSecond: 30 }], 'buffering-on': ['error', { x: 1 }], 'gzip-event-stream': 1 } },
    { rules: { 'read-timeout-short': ['warning'] }, nginxVersion: '1.x', pathMap: { 'www': '/srv/www', '/ok': '' } },
    { streams: '/sse', ignore: [''], preset: 'openresty', format: 'xml' },
    [],
    null,
  ];
  for (const [k, config] of bad.entries()) {
    it(`gives the same errors as a runtime-compiled ajv (bad config #${k + 1})`, () => {
      expect(standalone(config)).toBe(false);
      expect(runtime(config)).toBe(false);
      expect(standalone.errors).toEqual(runtime.errors);
    });
  }

  it('is one self-contained ES module (no require, no imports)', () => {
    const js = readFileSync(path.join(import.meta.dirname, '../../src/generated/validate-config.js'), 'utf8');
    // ajv keeps `.code = 'require("ajv/dist/runtime/...")'` strings on its helpers; no call remains.
    expect(js).not.toMatch(/(?<!['"])\brequire\(/);
    expect(js).not.toMatch(/^import /m);
    expect(js).toMatch(/export default/);
  });
});

describe('findConfig', () => {
  it('searches upward from a directory, or from the directory of a file', () => {
    const d = dir(['.sse-lintrc.json', '{}'], ['etc/nginx/sites-enabled/app.conf', 'server {}']);
    const found = path.join(d, '.sse-lintrc.json');
    expect(findConfig(path.join(d, 'etc/nginx/sites-enabled'))).toBe(found);
    expect(findConfig(path.join(d, 'etc/nginx/sites-enabled/app.conf'))).toBe(found);
  });

  it('prefers sse-lint.config.json, then .sse-lintrc.json, then package.json with an "sse-lint" key', () => {
    expect(findConfig(dir(['sse-lint.config.json', '{}'], ['.sse-lintrc.json', '{}']))).toMatch(/sse-lint\.config\.json$/);
    expect(findConfig(dir(['package.json', '{"name":"x","sse-lint":{}}']))).toMatch(/package\.json$/);
  });

  it('skips a package.json without the key and finds the config above it', () => {
    const d = dir(['sse-lint.config.json', '{}'], ['sub/package.json', '{"name":"x"}']);
    expect(findConfig(path.join(d, 'sub'))).toBe(path.join(d, 'sse-lint.config.json'));
  });

  it('returns null when no directory up to the root has one', () => {
    expect(findConfig(dir(['nginx.conf', 'events {}']))).toBeNull();
  });

  it('resolveConfig: an explicit file wins; a missing explicit file is a ConfigError', () => {
    const d = dir(['sse-lint.config.json', '{"failOn":"error"}'], ['other.json', '{"failOn":"info"}']);
    expect(resolveConfig('other.json', d, d)?.config.failOn).toBe('info');
    expect(resolveConfig(undefined, d, d)?.config.failOn).toBe('error');
    expect(() => resolveConfig('missing.json', d, d)).toThrow(ConfigError);
  });
});

describe('loadConfigFile', () => {
  it('returns a valid config as written', () => {
    const text = JSON.stringify({ rules: { 'buffering-on': 'warning', 'read-timeout-short': ['error', { minSeconds: 120 }] }, streams: ['/live/**'] });
    const d = dir(['sse-lint.config.json', text]);
    expect(loadConfigFile(path.join(d, 'sse-lint.config.json'))).toEqual(JSON.parse(text));
  });

  it('names the pointer and line:column of an unknown rule and suggests the nearest id', () => {
    expect(problems('{\n  "rules": {\n    "bufering-on": "error"\n  }\n}\n')).toEqual([
      '3:5: /rules/bufering-on: unknown rule "bufering-on"; did you mean "buffering-on"?',
    ]);
  });

  it('suggests keys, levels and option names; says when a rule has no options', () => {
    const got = problems(JSON.stringify({
      stream: ['/sse'],
      failOn: 'warn',
      locale: 'zh-cn',
      rules: { 'read-timeout-short': ['warn', { minSecond: 30 }], 'buffering-on': ['error', { x: 1 }], 'gzip-event-stream': 1 },
    }, null, 2));
    expect(got).toEqual(expect.arrayContaining([
      expect.stringMatching(/\/stream: unknown key "stream"; did you mean "streams"\?$/),
      expect.stringMatching(/\/failOn: "warn" is not one of error, warning, info, off; did you mean "warning"\?$/),
      expect.stringMatching(/\/locale: "zh-cn" is not one of en, zh-CN; did you mean "zh-CN"\?$/),
      expect.stringMatching(/\/rules\/read-timeout-short\/0: "warn" is not one of off, info, warning, error; did you mean "warning"\?$/),
      expect.stringMatching(/\/rules\/read-timeout-short\/1\/minSecond: rule read-timeout-short has no option "minSecond"; did you mean "minSeconds"\?$/),
      expect.stringMatching(/\/rules\/buffering-on\/1: rule buffering-on has no options; set only its level/),
      expect.stringMatching(/\/rules\/gzip-event-stream: expected a string, got an integer$/),
    ]));
    expect(got).toHaveLength(7);
  });

  it('explains tuples, versions, path map keys, empty strings and wrong types', () => {
    const got = problems(JSON.stringify({ rules: { 'read-timeout-short': ['warning'] }, nginxVersion: '1.x', pathMap: { www: '/srv/www' }, ignore: [''], streams: '/sse' }));
    expect(got).toEqual(expect.arrayContaining([
      expect.stringMatching(/\/rules\/read-timeout-short: a rule set with options is \[level, options\]/),
      expect.stringMatching(/\/nginxVersion: expected a version like 1\.24\.0, got "1\.x"$/),
      expect.stringMatching(/\/pathMap\/www: path map key "www" must be an absolute path/),
      expect.stringMatching(/\/ignore\/0: must not be empty$/),
      expect.stringMatching(/\/streams: expected a list, got a string$/),
    ]));
    expect(got).toHaveLength(5);
  });

  it('reports invalid JSON with line:column and plain words', () => {
    expect(problems('{\n  "failOn": "error",\n}\n')).toEqual(['3:1: not valid JSON: trailing comma before "}"']);
    expect(problems('{\n  // strict mode\n  "failOn": "error"\n}')).toEqual(['2:3: not valid JSON: comments are not allowed in JSON; put notes under a "$comment" key']);
    expect(problems('{"failOn": tru}')).toEqual(['1:12: not valid JSON: unexpected "t"']);
    expect(problems('')).toEqual(['1:1: not valid JSON: unexpected end of file']);
    expect(problems('{"a": 1} x')).toEqual(['1:10: not valid JSON: unexpected "x" after the end of the JSON value']);
  });

  it('reads the "sse-lint" key of package.json, with pointers into the whole file', () => {
    const d = dir(['package.json', JSON.stringify({ name: 'site', 'sse-lint': { failOn: 'error' } })]);
    expect(loadConfigFile(path.join(d, 'package.json'))).toEqual({ failOn: 'error' });
    expect(problems('{\n  "name": "site",\n  "sse-lint": { "rule": {} }\n}', 'package.json')).toEqual([
      '3:17: /sse-lint/rule: unknown key "rule"; did you mean "rules"?',
    ]);
  });

  it('a package.json named explicitly must have the "sse-lint" key', () => {
    expect(problems('{"name": "site"}', 'package.json')).toEqual(['package.json has no "sse-lint" key']);
  });

  it('a top level that is not an object is one clear problem', () => {
    expect(problems('[]')).toEqual(['1:1: expected an object, got a list']);
  });

  it('formats a ConfigError for the CLI, in Chinese too', () => {
    const d = dir(['sse-lint.config.json', '{"rules": {"bufering-on": "error"}}']);
    const file = path.join(d, 'sse-lint.config.json');
    let err: ConfigError | undefined;
    try {
      loadConfigFile(file);
    } catch (e) {
      err = e as ConfigError;
    }
    expect(formatConfigError(err!, 'en')).toBe(`invalid config ${file}:\n  ${file}:1:12: /rules/bufering-on: unknown rule "bufering-on"; did you mean "buffering-on"?\n`);
    expect(formatConfigError(err!, 'zh-CN')).toBe(`配置文件 ${file} 有误：\n  ${file}:1:12: /rules/bufering-on: 未知规则 "bufering-on"；是不是想写 "buffering-on"？\n`);
  });

  it('nearest: case first, then small edit distances, else nothing', () => {
    expect(nearest('ZH-cn', ['en', 'zh-CN'])).toBe('zh-CN');
    expect(nearest('bufefring-on', ['buffering-on', 'cache-on-stream'])).toBe('buffering-on');
    expect(nearest('completely-different', ['buffering-on'])).toBeNull();
  });
});

describe('toLintOptions', () => {
  it('maps rules, streams, version, path maps, ignore, failOn, format and locale', () => {
    const base = '/srv/cfg';
    const o = toLintOptions({
      rules: { $comment: 'x', 'buffering-on': 'warning', 'gzip-event-stream': 'off', 'read-timeout-short': ['error', { minSeconds: 120 }] },
      streams: ['/live/**'], nginxVersion: '1.26.3', pathMap: { '/www': 'www', '/etc/nginx': '/abs/nginx' },
      ignore: ['legacy/'], failOn: 'error', format: 'json', locale: 'zh-CN',
    }, { configDir: base });
    expect(o.rules).toEqual({ 'buffering-on': { severity: 'warning' }, 'gzip-event-stream': { severity: 'off' }, 'read-timeout-short': { severity: 'error', options: { minSeconds: 120 } } });
    expect(o.model).toEqual({ streamPatterns: ['/live/**'], nginxVersion: '1.26.3' });
    expect(o.maps).toEqual([{ from: '/www', to: '/srv/cfg/www' }, { from: '/etc/nginx', to: '/abs/nginx' }]);
    expect([o.failOn, o.format, o.locale]).toEqual(['error', 'json', 'zh-CN']);
    expect(o.isIgnored('/srv/cfg/legacy/old.conf')).toBe(true);
    expect(o.isIgnored('/srv/cfg/sites/app.conf')).toBe(false);
    expect(o.notes).toEqual([]);
  });

  it('an empty config changes nothing', () => {
    const o = toLintOptions({}, { configDir: '/x' });
    expect(o.rules).toEqual({});
    expect(o.model).toEqual({});
    expect(o.maps).toEqual([]);
    expect(o.isIgnored('/x/a.conf')).toBe(false);
  });

  it('preset 1panel maps container paths to the OpenResty app directory the input is in (only targets that exist)', () => {
    const base = '/opt/1panel/apps/openresty/openresty';
    const fs = memoryFs({ [`${base}/www/sites/example.com/proxy/root.conf`]: '', [`${base}/conf/nginx.conf`]: '', [`${base}/conf/conf.d/example.com.conf`]: '' });
    const o = planPreset('1panel', `${base}/conf/conf.d/example.com.conf`, fs);
    expect(o.maps).toEqual([{ from: '/www', to: `${base}/www` }, { from: '/usr/local/openresty/nginx/conf', to: `${base}/conf` }]);
    expect(o.notes).toEqual([]);
    const elsewhere = planPreset('1panel', '/usr/local/openresty/nginx/conf', memoryFs({ '/usr/local/openresty/nginx/conf/nginx.conf': '' }));
    expect(elsewhere.maps).toEqual([]);
    expect(elsewhere.notes.map((x) => x.key)).toEqual(['cli.config.presetNotApplied']);
  });

  it('preset debian reads /etc/nginx from a copy of it, and does nothing on /etc/nginx itself', () => {
    const fs = memoryFs({ '/repo/deploy/nginx/nginx.conf': '', '/repo/deploy/nginx/sites-enabled/app': '', '/etc/nginx/nginx.conf': '', '/etc/nginx/sites-available/default': '' });
    expect(planPreset('debian', '/repo/deploy/nginx/sites-enabled/app', fs).maps).toEqual([{ from: '/etc/nginx', to: '/repo/deploy/nginx' }]);
    expect(planPreset('debian', '/etc/nginx', fs).maps).toEqual([]);
  });

  it('presets npm and apisix that find no such layout say so and change nothing', () => {
    for (const preset of ['npm', 'apisix'] as const) {
      const o = planPreset(preset, '/x', memoryFs({ '/x/nginx.conf': '' }));
      expect(o.maps).toEqual([]);
      expect(o.entries).toBeUndefined();
      expect(o.notes).toEqual([{ key: 'cli.config.presetNotApplied', data: { preset, path: '/x' } }]);
    }
  });

  it('the config names the preset; the pipeline plans it from the input', () => {
    expect(toLintOptions({ preset: '1panel' }, { configDir: '/x' }).preset).toBe('1panel');
    expect(toLintOptions({}, { configDir: '/x' }).preset).toBeUndefined();
  });

  it('config streams make a location a stream for the rules', () => {
    const fs = memoryFs({ '/c/nginx.conf': 'http {\n  server {\n    listen 80;\n    location /feed-x {\n      proxy_pass http://127.0.0.1:8080;\n    }\n  }\n}\n' });
    const run = (config: SseLintConfig): string[] => {
      const o = toLintOptions(config, { configDir: '/c' });
      return lintTree(loadConfig(['/c/nginx.conf'], { fs }), { rules: o.rules, model: o.model }).findings.map((f) => f.ruleId);
    };
    expect(run({})).not.toContain('buffering-on');
    expect(run({ streams: ['/feed-*'] })).toContain('buffering-on');
    expect(run({ streams: ['/feed-*'], rules: { 'buffering-on': 'off' } })).not.toContain('buffering-on');
  });
});

describe('ignoreMatcher', () => {
  const m = ignoreMatcher(['conf.d/legacy-*.conf', '*.bak', 'vendor', '/etc/nginx/modules-enabled/*', 'sites/**/test.conf'], '/p');
  it.each([
    ['/p/conf.d/legacy-1.conf', true],
    ['/p/conf.d/app.conf', false],
    ['/p/deep/x.conf.bak', true],
    ['/p/vendor/x/y.conf', true],
    ['/p/a/vendor/y.conf', true],
    ['/etc/nginx/modules-enabled/mod.conf', true],
    ['/p/sites/test.conf', true],
    ['/p/sites/a/b/test.conf', true],
    ['/p/sites/a/b/prod.conf', false],
    ['/elsewhere/conf.d/legacy-1.conf', false],
    ['conf.d/legacy-2.conf', true],
  ])('%s -> %s', (file, want) => expect(m(file)).toBe(want));
});

describe('applyEngineSettings', () => {
  const span = { file: '/a.conf', start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2 };
  const f = (ruleId: string): Finding => ({ ruleId, severity: 'warning', message: 'm', span, related: [] });
  it('drops engine findings set to off and re-levels others; rule findings are left to the engine', () => {
    const out = applyEngineSettings([f('unused-suppression'), f('include-not-found'), f('buffering-on')], {
      'unused-suppression': { severity: 'off' }, 'include-not-found': { severity: 'info' }, 'buffering-on': { severity: 'off' },
    });
    expect(out.map((x) => `${x.ruleId}:${x.severity}`)).toEqual(['include-not-found:info', 'buffering-on:warning']);
  });
});

describe('initConfig', () => {
  it('detects 1Panel/OpenResty, Debian and plain layouts', () => {
    expect(detectLayout(dir(['conf/nginx.conf', ''], ['www/sites/a/proxy/root.conf', '']))).toBe('1panel');
    const openresty = path.join(dir(), 'apps', 'openresty', 'openresty', 'conf');
    mkdirSync(openresty, { recursive: true });
    expect(detectLayout(openresty)).toBe('1panel');
    expect(detectLayout(dir(['nginx.conf', ''], ['sites-enabled/default', '']))).toBe('debian');
    expect(detectLayout(path.join(dir(['nginx.conf', ''], ['sites-available/default', '']), 'sites-available'))).toBe('debian');
    expect(detectLayout(dir(['nginx.conf', '']))).toBe('plain');
  });

  it('writes a starter config that validates, with the preset of the layout and comments', () => {
    const d = dir(['nginx.conf', ''], ['sites-enabled/default', '']);
    const file = initConfig(d);
    expect(file).toBe(path.join(d, 'sse-lint.config.json'));
    const config = loadConfigFile(file);
    expect(config.preset).toBe('debian');
    expect(config.failOn).toBe('warning');
    expect(config.$schema).toMatch(/config\.schema\.json$/);
    expect((config.$comment as string[]).join('\n')).toMatch(/Debian\/Ubuntu/);
    expect(readdirSync(d).filter((x) => x.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to overwrite an existing config', () => {
    const d = dir(['.sse-lintrc.json', '{"failOn":"error"}']);
    expect(() => initConfig(d)).toThrow(ConfigError);
    expect(readFileSync(path.join(d, '.sse-lintrc.json'), 'utf8')).toBe('{"failOn":"error"}');
    const e = dir();
    initConfig(e);
    const before = readFileSync(path.join(e, 'sse-lint.config.json'), 'utf8');
    let err: unknown;
    try {
      initConfig(e);
    } catch (x) {
      err = x;
    }
    expect((err as ConfigError).issues.map((i: ConfigIssue) => i.key)).toEqual(['cli.config.initExists']);
    expect(readFileSync(path.join(e, 'sse-lint.config.json'), 'utf8')).toBe(before);
  });

  it('every starter validates, and the comments follow the locale', () => {
    for (const layout of ['1panel', 'debian', 'plain'] as const) {
      for (const locale of ['en', 'zh-CN'] as const) expect(validateConfig(starterConfig(layout, locale))).toEqual([]);
    }
    expect((starterConfig('1panel', 'zh-CN').$comment as string[])[0]).toContain('1Panel/OpenResty 布局');
    expect(starterConfig('plain').preset).toBeUndefined();
  });
});
