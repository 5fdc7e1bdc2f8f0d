// Findings render their text when it is read (issue 13): to every reader they still look like plain data, and
// findings are reported once per rule, place, message id and message.
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/engine.js';
import { defineRule } from '../../src/engine/define-rule.js';
import { FindingIndex } from '../../src/engine/finding.js';
import { RULES } from '../../src/engine/registry.js';
import { loadInputs } from '../../src/model/inputs.js';
import { memoryFs } from '../../src/model/fs.js';
import { buildModel } from '../../src/model/model.js';
import type { Finding } from '../../src/types.js';

const CONF = `events {}
http {
    server {
        listen 127.0.0.1:8080;
        add_header X-Frame-Options SAMEORIGIN;
        location /events {
            proxy_pass http://127.0.0.1:9000;
            add_header Cache-Control no-cache;
        }
    }
}
`;

function findings(): Finding[] {
  const ws = loadInputs(['/t/nginx.conf'], { fs: memoryFs({ '/t/nginx.conf': CONF }) });
  return runRules(buildModel(ws.trees[0]!), RULES).findings;
}

describe('a finding read as data', () => {
  const all = findings();
  const f = all.find((x) => x.ruleId === 'buffering-on')!;
  const dropped = all.find((x) => x.ruleId === 'add-header-redefinition')!;

  it('has its English message, related notes, stream reasons, fix title and fingerprint', () => {
    expect(f.message).toMatch(/^proxy_buffering is on/);
    expect(f.stream?.length).toBeGreaterThan(0);
    expect(f.fix?.title).toMatch(/buffering/i);
    expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(dropped.related[0]!.message).toMatch(/location \/events/);
  });

  it('serialises, spreads and lists its keys as plain values', () => {
    const json = JSON.parse(JSON.stringify(f));
    expect(json.message).toBe(f.message);
    expect(json.stream).toEqual(f.stream);
    expect(json.fix.title).toBe(f.fix!.title);
    expect(json.fingerprint).toBe(f.fingerprint);
    expect(JSON.parse(JSON.stringify(dropped)).related[0].message).toBe(dropped.related[0]!.message);
    const copy = { ...f };
    expect(Object.getOwnPropertyDescriptor(copy, 'message')!.value).toBe(f.message);
    expect(Object.keys(f).slice(0, 4)).toEqual(['ruleId', 'severity', 'message', 'span']);
  });

  it('takes an assigned value in place of the rendered one', () => {
    const g = findings().find((x) => x.ruleId === 'buffering-on')!;
    g.message = 'replaced';
    g.fix!.title = 'title';
    expect(g.message).toBe('replaced');
    expect(g.fix!.title).toBe('title');
    expect(JSON.parse(JSON.stringify(g)).message).toBe('replaced');
  });

  it('renders the same text every time (nothing kept between reads)', () => {
    expect(f.message).toBe(f.message);
    expect(f.fingerprint).toBe(findings().find((x) => x.ruleId === 'buffering-on')!.fingerprint);
  });
});

describe('reported once', () => {
  const span = (start: number) => ({ file: 'a.conf', start, end: start + 1, line: 1, column: start + 1, endLine: 1, endColumn: start + 2 });
  const finding = (start: number, message: string, messageId = 'm'): Finding => ({ ruleId: 'r', severity: 'info', message, messageId, span: span(start), related: [] });

  it('renders a message only when rule, place and message id all match, and keeps findings whose message differs', () => {
    const index = new FindingIndex();
    let rendered = 0;
    const thunk = (m: string) => () => {
      rendered++;
      return m;
    };
    const a = finding(0, 'one');
    expect(index.has(a, thunk('one'))).toBe(false);
    index.add(a);
    expect(index.has(finding(1, 'one'), thunk('one'))).toBe(false);
    expect(index.has(finding(0, 'one', 'other'), thunk('one'))).toBe(false);
    expect(rendered).toBe(0);
    expect(index.has(finding(0, 'two'), thunk('two'))).toBe(false);
    expect(index.has(finding(0, 'one'), thunk('one'))).toBe(true);
    expect(rendered).toBe(2);
  });

  it('compares the end offset too when asked (the same file reached from two inputs)', () => {
    const index = new FindingIndex({ end: true });
    index.add(finding(0, 'x'));
    const longer = { ...finding(0, 'x'), span: { ...span(0), end: 5 } };
    expect(index.has(longer, () => 'x')).toBe(false);
    expect(index.has(finding(0, 'x'), () => 'x')).toBe(true);
  });

  it('a rule that reports the same message twice at one place yields one finding; a different message, two', () => {
    const twice = defineRule({
      meta: {
        id: 'twice', summary: 's', severity: 'info', fix: 'none', messages: { m: 'say {what}' },
        docs: { why: 'w', bad: 'b', good: 'g', fix: 'f', references: [] },
      },
      create: (ctx) => ({
        location(loc) {
          for (const what of ['a', 'a', 'b']) ctx.report({ node: loc.directive!, context: loc, messageId: 'm', data: { what: ctx.code(what) } });
        },
      }),
    });
    const ws = loadInputs(['/t/nginx.conf'], { fs: memoryFs({ '/t/nginx.conf': CONF }) });
    const out = runRules(buildModel(ws.trees[0]!), [twice]).findings.filter((x) => x.ruleId === 'twice');
    expect(out.map((x) => x.message)).toEqual(['say a', 'say b']);
  });
});
