// The fix loop: overlapping fixes, convergence, the re-parse guard and fixes in files included from several places.
import { t } from '../../src/i18n/index.js';
import { describe, expect, it } from 'vitest';
import { defineRule, type Rule } from '../../src/engine/define-rule.js';
import { RULES } from '../../src/engine/registry.js';
import { fixInMemory } from '../../src/fix/apply.js';
import { memoryFs, type ConfigFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { lintTree } from '../../src/lint.js';

function run(files: Record<string, string>, rules: readonly Rule[], opts: { unsafe?: boolean; maxPasses?: number } = {}) {
  const base = memoryFs(files);
  const lint = (fs: ConfigFs) => {
    const tree = loadConfig(['/c/nginx.conf'], { fs });
    return { trees: [tree], findings: lintTree(tree, { rulesList: rules }).findings };
  };
  return { outcome: fixInMemory(base, lint, opts), lint };
}

/** Inserts a marker directive into every location that lacks it. */
const addMarker = (name: string): Rule => defineRule({
  meta: { id: `add-${name.replace(/_/g, '-')}`, summary: 'test rule', severity: 'warning', fix: 'safe', messages: { m: 'missing' }, fixes: { t: 'insert it' }, docs: { why: '', bad: '', good: '', fix: '', references: [] } },
  create: (ctx) => ({
    location(loc) {
      if (loc.directives.some((d) => d.name === name)) return;
      ctx.report({ node: loc.directive!, context: loc, messageId: 'm', fix: { id: 't', applicability: 'safe', edits: (f) => f.insertDirective(loc.directive!, `${name} on;`) } });
    },
  }),
});

describe('fix loop', () => {
  it('two fixes inserting at the same place: one per pass, both applied, converges', () => {
    const { outcome } = run({ '/c/nginx.conf': 'location /a {\n    return 200;\n}\n' }, [addMarker('gzip'), addMarker('ssi')]);
    expect(outcome.converged).toBe(true);
    expect(outcome.passes).toBe(2);
    expect(outcome.applied.map((a) => [a.ruleId, a.pass])).toEqual([['add-gzip', 1], ['add-ssi', 2]]);
    expect(outcome.changed.get('/c/nginx.conf')!.after).toBe('location /a {\n    return 200;\n    gzip on;\n    ssi on;\n}\n');
  });

  it('reports when fixes never settle (at most 10 passes)', () => {
    const endless = defineRule({
      meta: { id: 'endless', summary: 'test rule', severity: 'info', fix: 'safe', messages: { m: 'again' }, fixes: { t: 'insert it' }, docs: { why: '', bad: '', good: '', fix: '', references: [] } },
      create: (ctx) => ({ location(loc) { ctx.report({ node: loc.directive!, context: loc, messageId: 'm', fix: { id: 't', applicability: 'safe', edits: (f) => f.insertDirective(loc.directive!, 'add_header X y;') } }); } }),
    });
    const { outcome } = run({ '/c/nginx.conf': 'location /a { }\n' }, [endless]);
    expect(outcome.converged).toBe(false);
    expect(outcome.passes).toBe(10);
  });

  it('reverts a pass that would make a parsing file fail to parse', () => {
    const breaker = defineRule({
      meta: { id: 'breaker', summary: 'test rule', severity: 'info', fix: 'safe', messages: { m: 'b' }, fixes: { t: 'break it' }, docs: { why: '', bad: '', good: '', fix: '', references: [] } },
      create: (ctx) => ({ location(loc) { ctx.report({ node: loc.directive!, context: loc, messageId: 'm', fix: { id: 't', applicability: 'safe', edits: (f) => f.insertDirective(loc.directive!, 'oops {') } }); } }),
    });
    const { outcome } = run({ '/c/nginx.conf': 'location /a {\n    return 200;\n}\n' }, [breaker]);
    expect(outcome.reverted).toEqual([{ file: '/c/nginx.conf', ruleIds: ['breaker'], reason: 'unparsable' }]);
    // The reason is a code; the CLI prints it from the catalog.
    expect(t('en', `cli.fix.reason.${outcome.reverted[0]!.reason}`)).toBe('the fixed file no longer parsed');
    expect(outcome.changed.size).toBe(0);
  });

  it('unsafe fixes only with --unsafe-fixes', () => {
    const files = { '/c/nginx.conf': 'events {}\nhttp {\n    server {\n        location /events {\n            proxy_pass http://127.0.0.1:9000;\n            proxy_buffering off;\n            proxy_read_timeout 0;\n        }\n    }\n}\n' };
    const rules = RULES.filter((r) => r.meta.id === 'read-timeout-zero');
    expect(run(files, rules).outcome.changed.size).toBe(0);
    expect(run(files, rules, { unsafe: true }).outcome.changed.get('/c/nginx.conf')!.after).toContain('proxy_read_timeout 1h;');
  });
});

describe('a fix in a file included from several places', () => {
  const shared = 'location /events {\n    proxy_pass http://127.0.0.1:9000;\n}\n';
  const rules = RULES.filter((r) => r.meta.id === 'buffering-on');

  it('stays safe and edits the shared file when every includer needs it', () => {
    const files = {
      '/c/nginx.conf': 'events {}\nhttp {\n    server {\n        listen 80;\n        include shared.conf;\n    }\n    server {\n        listen 81;\n        include shared.conf;\n    }\n}\n',
      '/c/shared.conf': shared,
    };
    const { outcome } = run(files, rules);
    expect([...outcome.changed.keys()]).toEqual(['/c/shared.conf']);
    expect(outcome.changed.get('/c/shared.conf')!.after).toBe('location /events {\n    proxy_pass http://127.0.0.1:9000;\n    proxy_buffering off;\n}\n');
  });

  it('becomes an unsafe fix in the including block when only some includers need it', () => {
    const files = {
      '/c/nginx.conf': 'events {}\nhttp {\n    server {\n        listen 80;\n        include shared.conf;\n    }\n    server {\n        listen 81;\n        proxy_buffering off;\n        include shared.conf;\n    }\n}\n',
      '/c/shared.conf': shared,
    };
    const { outcome, lint } = run(files, rules);
    expect(outcome.changed.size).toBe(0);
    const finding = lint(memoryFs(files)).findings.find((f) => f.ruleId === 'buffering-on')!;
    expect(finding.fix!.applicability).toBe('unsafe');
    expect(finding.fix!.title).toMatch(/in server \(nginx\.conf:3\) instead: shared\.conf is also included in 1 place that does not need it/);
    const unsafe = run(files, rules, { unsafe: true }).outcome;
    expect([...unsafe.changed.keys()]).toEqual(['/c/nginx.conf']);
    expect(unsafe.changed.get('/c/nginx.conf')!.after).toContain('        listen 80;\n        include shared.conf;\n        proxy_buffering off;\n    }');
  });
});
