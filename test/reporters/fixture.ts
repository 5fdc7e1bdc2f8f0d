// The shared reporter fixture, linted once: real engine findings (parse, include, suppression) plus two
// committed rules and a test-only info rule, so the expected outputs do not move when other rules change.
import * as path from 'node:path';
import { defineRule } from '../../src/engine/define-rule.js';
import { lintLoaded, loadRunInputs, resolveSettings, type LintRun } from '../../src/pipeline/index.js';
import bufferingOn from '../../rules/buffering-on.js';
import readTimeoutZero from '../../rules/read-timeout-zero.js';
import { root } from '../helpers/shared.js';

export const fixtureDir = path.join(root, 'test/fixtures/reporters');

/** An info-level rule with a value set at http level, so provenance with a directive origin is covered too. */
export const timeoutOrigin = defineRule({
  meta: {
    id: 'timeout-origin',
    summary: 'Test rule: where the read timeout of a stream comes from',
    severity: 'info',
    fix: 'none',
    messages: { origin: '{directive} is {value} for this stream' },
    related: { setHere: 'set here, inherited by the stream' },
    docs: { why: 'test', bad: '', good: '', fix: 'none', references: [] },
  },
  create(ctx) {
    return {
      location(loc) {
        if (!ctx.model.isStream(loc)) return;
        const v = ctx.model.effective(loc, 'proxy_read_timeout');
        if (v.origin.kind !== 'directive') return;
        ctx.report({
          node: loc.directive!, context: loc, messageId: 'origin', data: { directive: ctx.code(v.name), value: ctx.code(v.value ?? '') },
          provenance: v, related: [ctx.related(v.origin.directive, 'setHere')],
        });
      },
    };
  },
});

/** Lints the fixture as `sse-lint test/fixtures/reporters` run from inside it would. */
export function lintFixture(): LintRun {
  const settings = resolveSettings(['.'], { cwd: fixtureDir, config: false, preset: 'plain' });
  // The pipeline as the command line runs it, with the fixture's own rule list.
  const lint = { ...settings.lint, rulesList: [bufferingOn, readTimeoutZero, timeoutOrigin] };
  return lintLoaded(loadRunInputs(['.'], { ...settings, lint }));
}

/** Replaces the checkout's location (quoted in include-not-found messages) with a placeholder. */
export function portable(s: string): string {
  return s.split(fixtureDir).join('$FIXTURE');
}
