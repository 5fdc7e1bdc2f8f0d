// The JSON report: real output validated against the published schema (draft-07), and its exact content.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { lintSync } from '../../src/pipeline/index.js';
import { formatJson, JSON_REPORT_VERSION } from '../../src/reporters/json.js';
import { isShared, markShared } from '../../src/engine/data-pool.js';
import type { Finding } from '../../src/types.js';
import { VERSION } from '../../src/version.js';
import { root } from '../helpers/shared.js';
import { fixtureDir, lintFixture, portable } from './fixture.js';

const schema = JSON.parse(readFileSync(path.join(root, 'schema/report.schema.json'), 'utf8'));

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

describe('JSON report', () => {
  const result = lintFixture();
  const text = formatJson(result, { cwd: fixtureDir, color: false });
  const report = JSON.parse(text);

  it('validates against schema/report.schema.json', () => {
    const validate = validator();
    expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is versioned and names the tool version', () => {
    expect(report.version).toBe(JSON_REPORT_VERSION);
    expect(report.version).toBe(2);
    expect(report.tool).toEqual({ name: 'sse-lint', version: VERSION });
  });

  it('carries summary counts, spans, related spans, provenance, stream reasons, fix edits and fingerprints', async () => {
    expect(report.summary).toEqual({
      files: 3, filesWithFindings: 3, streamLocations: 1, findings: 6, bySeverity: { error: 3, warning: 2, info: 1 }, fixable: { safe: 1, unsafe: 1 }, suggestions: 0, suppressed: 0,
    });
    const buffering = report.findings.find((f: { ruleId: string }) => f.ruleId === 'buffering-on');
    expect(buffering).toMatchObject({
      severity: 'warning',
      span: { file: 'conf.d/app.conf', line: 5, column: 2 },
      provenance: { directive: 'proxy_buffering', value: 'on', origin: { kind: 'default' } },
      stream: ['path /events contains "events"'],
      streamConfidence: 'guessed',
      fix: { applicability: 'safe' },
    });
    for (const f of report.findings) expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(report.findings.map((f: { fingerprint: string }) => f.fingerprint)).size).toBe(report.findings.length);
    await expect(portable(text)).toMatchFileSnapshot('./__snapshots__/report.json');
  });

  it('gives fix edits as offsets that apply to the file text', () => {
    const buffering = report.findings.find((f: { ruleId: string }) => f.ruleId === 'buffering-on');
    const [edit] = buffering.fix.edits;
    const before = readFileSync(path.join(fixtureDir, edit.file), 'utf8');
    const after = before.slice(0, edit.start) + edit.text + before.slice(edit.end);
    expect(after).toContain('\t    proxy_pass http://127.0.0.1:8080;\n\t    proxy_buffering off;\n\t}');
  });

  it('carries the typed message data of every rule fixture, each kind of value as the schema describes it', () => {
    const dir = path.join(root, 'test/fixtures/rules');
    const all = JSON.parse(formatJson(lintSync(['.'], { cwd: dir, config: false, preset: 'plain' }), { cwd: dir, color: false }));
    const validate = validator();
    expect(validate(all), JSON.stringify(validate.errors?.slice(0, 3), null, 2)).toBe(true);
    const kinds = new Set<string>();
    JSON.stringify(all.findings, (k, v: unknown) => {
      if (v && typeof v === 'object' && typeof (v as { kind?: unknown }).kind === 'string') kinds.add((v as { kind: string }).kind);
      return v;
    });
    for (const kind of ['code', 'level', 'origin', 'default', 'stream', 'list', 'message']) expect(kinds, kind).toContain(kind);
    expect(all.findings.filter((f: { fix?: { titleId?: string } }) => f.fix?.titleId).length).toBeGreaterThan(20);
    expect(all.findings.some((f: { related: { messageId?: string }[] }) => f.related.some((r) => r.messageId))).toBe(true);
  });

  it('writes findings that share related notes and fix data exactly as it writes the first of them', () => {
    // Every finding three times, the copies holding the same related notes, fix and data objects (as findings of a
    // generated config do): what the writer keeps from the first is copied for the others.
    const copy = (f: Finding): Finding => Object.defineProperties({}, Object.getOwnPropertyDescriptors(f)) as Finding;
    const withNotes = result.findings.filter((f) => f.related.length > 0 || f.fix);
    expect(withNotes.length).toBeGreaterThan(0);
    for (const f of result.findings) if (f.fix?.data && !isShared(f.fix.data) && Object.isExtensible(f.fix.data)) markShared(f.fix.data);
    expect(result.findings.some((f) => f.fix?.data && isShared(f.fix.data))).toBe(true);
    const tripled = { ...result, findings: result.findings.flatMap((f) => [f, copy(f), copy(f)]) };
    const again = formatJson(tripled, { cwd: fixtureDir, color: false });
    // Byte for byte as JSON.stringify writes it (indentation of the copied pieces included).
    expect(again).toBe(JSON.stringify(JSON.parse(again), null, 2) + '\n');
    const findings = JSON.parse(again).findings;
    expect(findings).toHaveLength(3 * report.findings.length);
    report.findings.forEach((f: unknown, i: number) => {
      for (let k = 0; k < 3; k++) expect(findings[3 * i + k]).toEqual(f);
    });
  });

  it('has a schema that rejects what it does not describe', () => {
    const validate = validator();
    expect(validate({ ...report, version: 1 })).toBe(false);
    expect(validate({ ...report, findings: [{ ...report.findings[0], severity: 'fatal' }] })).toBe(false);
    expect(validate({ ...report, extra: true })).toBe(false);
    // Message data is typed: an English string where a value belongs is not a report of this version.
    const typed = report.findings.find((f: { data?: unknown }) => f.data);
    expect(validate({ ...report, findings: [{ ...typed, data: { ...typed.data, origin: 'nginx default' } }] })).toBe(false);
    expect(validate({ ...report, findings: [{ ...typed, data: { ...typed.data, origin: { kind: 'origin', origin: { kind: 'someday' } } } }] })).toBe(false);
  });
});
