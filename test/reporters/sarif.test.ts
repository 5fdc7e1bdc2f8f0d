// The SARIF report: valid against the SARIF 2.1.0 schemas (rtm.5, draft-04, and the final OASIS errata01, draft-07),
// complete for GitHub code scanning, and exact.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ENGINE_IDS } from '../../src/engine/engine.js';
import { RULES } from '../../src/engine/registry.js';
import { formatSarif, FINGERPRINT_KEY } from '../../src/reporters/sarif.js';
import { VERSION } from '../../src/version.js';
import { localizeFinding } from '../../src/i18n/index.js';
import { englishProse } from '../helpers/english.js';
import { root } from '../helpers/shared.js';
import { fixtureDir, lintFixture, portable } from './fixture.js';

const readSchema = (name: string) => JSON.parse(readFileSync(path.join(root, 'test/fixtures/sarif', name), 'utf8'));
const schema = readSchema('sarif-schema-2.1.0.json');
const errata01Schema = readSchema('sarif-schema-2.1.0-errata01.json');

let compiled: ReturnType<InstanceType<typeof Ajv04.default>['compile']> | undefined;
let compiledErrata01: ReturnType<InstanceType<typeof Ajv.default>['compile']> | undefined;

/** The rtm.5 schema (draft-04) compiled once (a few hundred ms). */
function validator() {
  if (compiled) return compiled;
  // unicodeRegExp off: the schema's `language` pattern has a stray `]` that the `u` flag rejects.
  const ajv = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return (compiled = ajv.compile(schema));
}

/** The final OASIS 2.1.0 errata01 schema (draft-07) compiled once. */
function errata01Validator() {
  if (compiledErrata01) return compiledErrata01;
  const ajv = new Ajv.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return (compiledErrata01 = ajv.compile(errata01Schema));
}

interface Region { startLine: number; startColumn: number; endLine: number; endColumn: number; charOffset: number; charLength: number }
interface Loc { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Region } }
interface Result {
  ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Loc[];
  relatedLocations?: (Loc & { id: number; message: { text: string } })[];
  partialFingerprints: Record<string, string>;
  fixes?: { description: { text: string }; artifactChanges: { artifactLocation: { uri: string }; replacements: { deletedRegion: Region; insertedContent?: { text: string } }[] }[] }[];
}
interface Rule { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri: string; defaultConfiguration: { level: string } }

describe('SARIF report', () => {
  const result = lintFixture();
  const text = formatSarif(result, { cwd: fixtureDir, color: false });
  const log = JSON.parse(text);
  const run = log.runs[0];
  const rules: Rule[] = run.tool.driver.rules;
  const results: Result[] = run.results;

  it('validates against the SARIF 2.1.0 JSON schema (rtm.5)', () => {
    const validate = validator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/^https:\/\//);
  });

  it('validates against the final OASIS SARIF 2.1.0 errata01 JSON schema', () => {
    expect(errata01Schema.$id).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
    const validate = errata01Validator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is checked by validators that do reject invalid logs', () => {
    for (const validate of [validator(), errata01Validator()]) {
      expect(validate({ ...log, runs: [{ ...run, results: [{ ...results[0], level: 'fatal' }] }] })).toBe(false);
      expect(validate({ version: '2.1.0' })).toBe(false);
    }
  });

  it('describes the tool and every rule, engine ids included, with what GitHub requires', () => {
    expect(run.tool.driver).toMatchObject({ name: 'sse-lint', version: VERSION, informationUri: expect.stringMatching(/^https:\/\//) });
    expect(rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.meta.id), ...ENGINE_IDS, 'timeout-origin']);
    for (const r of rules) {
      expect(r.shortDescription.text, r.id).not.toBe('');
      expect(r.fullDescription.text, r.id).not.toBe('');
      expect(r.help.text, r.id).not.toBe('');
      expect(r.help.markdown, r.id).toContain(r.helpUri);
      expect(['error', 'warning', 'note']).toContain(r.defaultConfiguration.level);
    }
    const buffering = rules.find((r) => r.id === 'buffering-on')!;
    const meta = RULES.find((r) => r.meta.id === 'buffering-on')!.meta;
    expect(buffering.shortDescription.text).toBe(meta.summary);
    expect(buffering.fullDescription.text).toBe(meta.docs.why);
    expect(buffering.defaultConfiguration.level).toBe('error');
    for (const part of [meta.docs.why, meta.docs.bad, meta.docs.good, meta.docs.fix, ...meta.docs.references]) {
      expect(buffering.help.markdown).toContain(part);
      expect(buffering.help.text).toContain(part.split('\n')[0]!);
    }
    expect(buffering.help.markdown).toContain('```nginx\n');
    expect(rules.find((r) => r.id === 'unused-suppression')!.defaultConfiguration.level).toBe('warning');
  });

  it('gives every result what GitHub requires: message, relative uri, full region, fingerprint', () => {
    expect(results).toHaveLength(result.findings.length);
    expect(run.columnKind).toBe('utf16CodeUnits');
    for (const r of results) {
      expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(r.message.text).not.toBe('');
      const loc = r.locations[0]!.physicalLocation;
      expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(loc.artifactLocation.uri).not.toMatch(/^(\/|file:|\.\.)/);
      for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) expect(loc.region[k]).toBeGreaterThan(0);
      expect(r.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:1$/);
      expect(r.partialFingerprints[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
    }
    const levels = Object.fromEntries(results.map((r) => [r.ruleId, r.level]));
    expect(levels).toMatchObject({ 'read-timeout-zero': 'error', 'buffering-on': 'warning', 'timeout-origin': 'note', 'parse-error': 'error' });
  });

  it('carries related locations, the origin of the value, and fixes as replacements', () => {
    const origin = results.find((r) => r.ruleId === 'timeout-origin')!;
    expect(origin.relatedLocations!.map((l) => [l.physicalLocation.artifactLocation.uri, l.physicalLocation.region.startLine, l.message.text])).toEqual([
      ['nginx.conf', 8, 'set here, inherited by the stream'],
      ['nginx.conf', 10, 'could not be read; it may set proxy_read_timeout differently'],
    ]);
    const fix = results.find((r) => r.ruleId === 'buffering-on')!.fixes![0]!;
    expect(fix.description.text).toBe('Turn proxy_buffering off for this location (safe)');
    const change = fix.artifactChanges[0]!;
    expect(change.artifactLocation.uri).toBe('conf.d/app.conf');
    const source = readFileSync(path.join(fixtureDir, 'conf.d/app.conf'), 'utf8');
    const [rep] = change.replacements;
    const { charOffset, charLength, startLine, startColumn, endLine, endColumn } = rep!.deletedRegion;
    expect(charLength).toBe(0);
    // Line/column and offset name the same place.
    const lineStart = source.split('\n').slice(0, startLine - 1).join('\n').length + 1;
    expect(lineStart + startColumn - 1).toBe(charOffset);
    expect([endLine, endColumn]).toEqual([startLine, startColumn]);
    const fixed = source.slice(0, charOffset) + rep!.insertedContent!.text + source.slice(charOffset + charLength);
    expect(fixed).toContain('proxy_pass http://127.0.0.1:8080;\n\t    proxy_buffering off;\n\t}');
  });

  it('matches the expected results exactly', async () => {
    // ruleIndex moves whenever a rule is added to the registry; it is checked against rules[] above.
    const stable = results.map(({ ruleIndex: _, ...r }) => r);
    await expect(portable(JSON.stringify(stable, null, 2)) + '\n').toMatchFileSnapshot('./__snapshots__/sarif-results.json');
  });
});

describe('SARIF report in Simplified Chinese', () => {
  const result = lintFixture();
  const findings = result.findings.map((f) => localizeFinding(f, 'zh-CN'));
  const log = JSON.parse(formatSarif({ ...result, findings }, { cwd: fixtureDir, color: false, locale: 'zh-CN' }));
  const run = log.runs[0];
  const rules: Rule[] = run.tool.driver.rules;

  it('names its language and stays valid against both schemas', () => {
    expect(run.language).toBe('zh-CN');
    expect(JSON.parse(formatSarif(result, { cwd: fixtureDir, color: false })).runs[0].language).toBeUndefined();
    const validate = validator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const errata = errata01Validator();
    expect(errata(log), JSON.stringify(errata.errors, null, 2)).toBe(true);
  });

  it('describes every rule and engine id in Chinese, with the config examples and links as they are', () => {
    const han = /[\u4e00-\u9fff]/;
    for (const r of rules.filter((x) => x.id !== 'timeout-origin')) {
      expect(r.shortDescription.text, r.id).toMatch(han);
      expect(r.fullDescription.text, r.id).toMatch(han);
      expect(r.help.text).toMatch(/^[^\n]+\n\n原因：/);
      expect(r.help.text).toContain(`文档：https://www.npmjs.com/package/sse-lint#${r.id}`);
      expect(r.help.markdown).toContain('### 修复方式');
      expect(r.help.markdown).toContain(`[sse-lint 关于 \`${r.id}\` 的文档](`);
      expect(englishProse(r.help.text, { skipIndented: true }), r.id).toEqual([]);
    }
    const buffering = rules.find((r) => r.id === 'buffering-on')!;
    expect(buffering.help.markdown).toContain('### 错误示例\n\n```nginx\nlocation /v1/chat/completions {');
  });

  it('fix descriptions and the link to where a value is set are Chinese', () => {
    const results: Result[] = run.results;
    const fixes = results.flatMap((r) => r.fixes ?? []).map((f) => f.description.text);
    expect(fixes).toContain('在此 location 中关闭 proxy_buffering（安全）');
    // A value set elsewhere that the rule did not list as related gets a link of its own.
    const f = findings.find((x) => x.ruleId === 'timeout-origin')!;
    const origin = { ...f, related: [] };
    const linked = JSON.parse(formatSarif({ ...result, findings: [origin] }, { cwd: fixtureDir, color: false, locale: 'zh-CN' })).runs[0].results[0] as Result;
    expect(linked.relatedLocations!.map((l) => l.message.text)).toEqual(['proxy_read_timeout 30s 在此设置（http）']);
  });
});
