// Checkstyle XML and GitHub Actions annotations: exact output on the shared fixture and their escaping rules.
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/lint.js';
import { formatCheckstyle, xmlAttr } from '../../src/reporters/checkstyle.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/reporters/github.js';
import { FORMATS, REPORTERS } from '../../src/reporters/index.js';
import type { Finding } from '../../src/types.js';
import { fixtureDir, lintFixture, portable } from './fixture.js';

const result = lintFixture();

function only(f: Partial<Finding>): LintResult {
  const base: Finding = {
    ruleId: 'buffering-on', severity: 'warning', message: 'm', related: [],
    span: { file: `${fixtureDir}/conf.d/app.conf`, start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2 },
  };
  return { ...result, findings: [{ ...base, ...f }] };
}

describe('registry of formats', () => {
  it('offers exactly the formats --format documents', () => {
    expect(FORMATS).toEqual(['text', 'json', 'sarif', 'checkstyle', 'github']);
    for (const name of FORMATS) expect(typeof REPORTERS[name]).toBe('function');
  });
});

describe('checkstyle', () => {
  it('lists every file read, with one error element per finding', async () => {
    const out = formatCheckstyle(result, { cwd: fixtureDir, color: false });
    expect(out.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n')).toBe(true);
    expect(out.match(/<error /g)).toHaveLength(result.findings.length);
    await expect(portable(out)).toMatchFileSnapshot('./__snapshots__/report.checkstyle.xml');
  });

  it('escapes markup, keeps newlines and tabs as references, and replaces characters XML 1.0 forbids', () => {
    expect(xmlAttr(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
    expect(xmlAttr('1\n2\r\t3')).toBe('1&#10;2&#13;&#9;3');
    expect(xmlAttr('x\x00y\x1bz\ud800')).toBe('x\ufffdy\ufffdz\ufffd');
    expect(xmlAttr('日本 😀')).toBe('日本 😀');
    const out = formatCheckstyle(only({ message: 'unexpected "}" & <more>', severity: 'info' }), { cwd: fixtureDir, color: false });
    expect(out).toContain('<error line="1" column="1" severity="info" message="unexpected &quot;}&quot; &amp; &lt;more&gt;" source="sse-lint.buffering-on"/>');
  });
});

describe('GitHub Actions annotations', () => {
  it('writes one workflow command per finding, notice for info', async () => {
    const out = formatGithub(result, { cwd: fixtureDir, color: false });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(result.findings.length);
    expect(lines.map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::warning', '::notice', '::error', '::warning', '::error', '::error']);
    expect(lines[2]).toBe('::error file=conf.d/app.conf,line=11,col=9,endLine=11,endColumn=30,title=read-timeout-zero::proxy_read_timeout 0 does not disable the timeout: nginx times out at once and answers 504 to every request here');
    await expect(portable(out)).toMatchFileSnapshot('./__snapshots__/report.github.txt');
  });

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('dir,with:odd%name\n')).toBe('dir%2Cwith%3Aodd%25name%0A');
    const out = formatGithub(only({ ruleId: 'parse-error', message: 'a\nb: 50%', span: { file: `${fixtureDir}/x,y:z.conf`, start: 0, end: 1, line: 2, column: 3, endLine: 2, endColumn: 4 } }), { cwd: fixtureDir, color: false });
    expect(out).toBe('::warning file=x%2Cy%3Az.conf,line=2,col=3,endLine=2,endColumn=4,title=parse-error::a%0Ab: 50%25\n');
  });

  it('leaves columns out of an annotation that spans lines (GitHub rejects them there)', () => {
    const out = formatGithub(only({ span: { file: `${fixtureDir}/a.conf`, start: 0, end: 30, line: 2, column: 5, endLine: 4, endColumn: 2 } }), { cwd: fixtureDir, color: false });
    expect(out).toBe('::warning file=a.conf,line=2,endLine=4,title=buffering-on::m\n');
  });
});
