// Documentation generated from rule metadata: the README rule table.
import type { Rule } from './define-rule.js';

export const TABLE_START = '<!-- rules:start (generated from rule metadata; UPDATE_README=1 npx vitest run test/rules/meta.test.ts) -->';
export const TABLE_END = '<!-- rules:end -->';

export function ruleTable(rules: readonly Rule[]): string {
  const rows = rules.map((r) => `| \`${r.meta.id}\` | ${r.meta.severity} | ${r.meta.fix === 'none' ? '' : r.meta.fix} | ${r.meta.summary} |`);
  return [TABLE_START, '| rule | severity | fix | what it flags |', '|---|---|---|---|', ...rows, TABLE_END].join('\n');
}

/** Replaces the table between the markers (or returns null when the markers are missing). */
export function withRuleTable(readme: string, rules: readonly Rule[]): string | null {
  const a = readme.indexOf(TABLE_START);
  const b = readme.indexOf(TABLE_END);
  if (a === -1 || b === -1 || b < a) return null;
  return readme.slice(0, a) + ruleTable(rules) + readme.slice(b + TABLE_END.length);
}
