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

describe('the parts findings are built from', () => {
  const probe = (over: Partial<Parameters<typeof defineRule>[0]['meta']> = {}, create?: Parameters<typeof defineRule>[0]['create']) => defineRule({
    meta: {
      id: 'probe', summary: 's', severity: 'info', fix: 'safe', messages: { m: 'at {level}: {what}' }, related: { here: 'here {level}' },
      fixes: { on: 'turn it on' }, docs: { why: 'w', bad: 'b', good: 'g', fix: 'f', references: [] }, ...over,
    },
    create: create ?? ((ctx) => ({
      location(loc) {
        const d = loc.directive!;
        ctx.report({
          node: d, context: loc, messageId: 'm', data: { level: ctx.level(loc), what: ctx.code('proxy_buffering') },
          related: [ctx.related(d, 'here', { level: ctx.level(loc) })],
          fix: { id: 'on', applicability: 'safe', edits: (f) => f.insertDirective(d, 'proxy_buffering off;') },
        });
      },
    })),
  });
  const TWO = `events {}
http {
    server { listen 127.0.0.1:8080; location /events { proxy_pass http://127.0.0.1:9000; } }
    server { listen 127.0.0.1:8081; location /events { proxy_pass http://127.0.0.1:9000; } }
}
`;
  const run = (rule: ReturnType<typeof defineRule>) => {
    const ws = loadInputs(['/t/nginx.conf'], { fs: memoryFs({ '/t/nginx.conf': TWO }) });
    return runRules(buildModel(ws.trees[0]!), [rule]).findings.filter((x) => x.ruleId === 'probe');
  };

  it('are one object per level name and per piece of nginx text, across servers', () => {
    // Data that differs per server (its line) is not one object, but the level and the text in it are.
    const perServer = probe({}, (ctx) => ({
      location(loc) {
        const data = { level: ctx.level(loc), what: ctx.code('proxy_buffering'), at: ctx.where(loc.directive!) };
        ctx.report({ node: loc.directive!, context: loc, messageId: 'm', data });
      },
    }));
    const [a, b] = run(perServer);
    expect(a!.message).toBe('at location /events: proxy_buffering');
    expect(b!.data).not.toBe(a!.data);
    const da = a!.data as Record<string, unknown>;
    const db = b!.data as Record<string, unknown>;
    expect(db.at).not.toEqual(da.at);
    expect(db.level).toBe(da.level);
    expect(db.what).toBe(da.what);
    // Equal data is still one object.
    const [c, d] = run(probe());
    expect(d!.data).toBe(c!.data);
  });

  it('clauses, lists, origins and inherited entries made of the same parts are one object across servers', () => {
    const CONF2 = `events {}
http {
    proxy_set_header Host $host;
    server { listen 127.0.0.1:8080; location /events { proxy_pass http://127.0.0.1:9000; proxy_set_header X-A 1; } }
    server { listen 127.0.0.1:8081; location /events { proxy_pass http://127.0.0.1:9000; proxy_set_header X-A 1; } }
    server { listen 127.0.0.1:8082; location /other { proxy_pass http://127.0.0.1:9000; proxy_set_header X-A 1; } }
}
`;
    const built = probe({}, (ctx) => ({
      location(loc) {
        const version = ctx.model.effective(loc, 'proxy_http_version');
        const origin = ctx.origin(version);
        const clause = ctx.message('m', { level: ctx.level(loc), what: { kind: 'default', basis: version.origin.kind === 'default' ? version.origin.basis : { kind: 'nginx' } } });
        const list = ctx.list([clause, ctx.code('x')], 'and');
        const inherited = ctx.entries(ctx.model.effectiveList(loc.parent!, 'proxy_set_header').entries);
        ctx.report({ node: loc.directive!, context: loc, messageId: 'm', data: { level: ctx.level(loc), what: ctx.list([origin, list, inherited], 'comma') } });
      },
    }));
    const ws = loadInputs(['/t/nginx.conf'], { fs: memoryFs({ '/t/nginx.conf': CONF2 }) });
    const model = buildModel(ws.trees[0]!);
    const streams: unknown[] = [];
    const streamProbe = probe({}, (ctx) => ({ location(loc) { streams.push(ctx.stream(loc)); } }));
    runRules(model, [streamProbe]);
    // Locations that stream for the same reasons (a path word) share one argument; /other does not stream alike.
    expect(streams[1]).toBe(streams[0]);
    expect(streams[2]).not.toEqual(streams[0]);
    const [a, b, c] = runRules(model, [built]).findings.filter((x) => x.ruleId === 'probe');
    const parts = (f: Finding) => (((f.data as Record<string, unknown>).what as { items: unknown[] }).items);
    const [originA, listA, inheritedA] = parts(a!);
    const [originB, listB, inheritedB] = parts(b!);
    const [originC, listC, inheritedC] = parts(c!);
    // The first two servers say the same: one object each, and one data object.
    expect(originB).toBe(originA);
    expect(listB).toBe(listA);
    expect(inheritedB).toBe(inheritedA);
    expect(b!.data).toBe(a!.data);
    // The third names another location: its origin and clause differ, the inherited Host line from http does not.
    expect(originC).not.toBe(originA);
    expect(originC).not.toEqual(originA);
    expect(listC).not.toEqual(listA);
    expect(inheritedC).toBe(inheritedA);
    expect(c!.data).not.toBe(a!.data);
    expect(b!.message).toBe(a!.message);
    expect(JSON.stringify(c!.data)).toContain('location /other');
  });

  it('still check every catalog key a rule names, on first use', () => {
    const badRelated = probe({}, (ctx) => ({ location(loc) { ctx.related(loc.directive!, 'nope'); } }));
    expect(() => run(badRelated)).toThrow(/no message "probe.related.nope" in en/);
    const badFix = probe({}, (ctx) => ({
      location(loc) {
        ctx.report({ node: loc.directive!, context: loc, messageId: 'm', data: { level: ctx.level(loc), what: null }, fix: { id: 'nope', applicability: 'safe', edits: () => [] } });
      },
    }));
    expect(() => run(badFix)).toThrow(/has no fix title "nope"/);
  });
});
