// Readiness marks: every rule speaks to one overview column (or deliberately to none), worst severity wins.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/registry.js';
import { CHECKS } from '../../src/tui/data.js';
import { readinessMarks, RULE_CHECK } from '../../src/tui/readiness.js';

describe('readiness', () => {
  it('maps every rule of the registry to a column or to none, and names no rule that does not exist', () => {
    const ids = RULES.map((r) => r.meta.id).sort();
    expect(Object.keys(RULE_CHECK).sort()).toEqual(ids);
    for (const c of Object.values(RULE_CHECK)) if (c !== null) expect(CHECKS).toContain(c);
  });
  it('marks a server without streams n/a, a clean check ok, and the worst severity of its findings', () => {
    expect(new Set(Object.values(readinessMarks(false, [])))).toEqual(new Set(['na']));
    const marks = readinessMarks(true, [
      { ruleId: 'gzip-event-stream', severity: 'info' }, { ruleId: 'buffering-on', severity: 'error' },
      { ruleId: 'read-timeout-short', severity: 'warning' }, { ruleId: 'stream-capacity', severity: 'info' },
    ]);
    expect(marks).toEqual({ buffering: 'error', http: 'ok', timeout: 'warning', cache: 'ok', hop: 'ok', headers: 'ok', h2: 'ok' });
  });
});
