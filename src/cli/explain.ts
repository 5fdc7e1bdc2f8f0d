// `sse-lint explain <id>`: a rule's documentation from its metadata.
import type { Rule } from '../engine/define-rule.js';

export function explainRule(rule: Rule): string {
  const m = rule.meta;
  const indent = (s: string): string => s.split('\n').map((l) => `    ${l}`).join('\n');
  const fix = m.fix === 'none' ? 'none' : m.fix;
  const opts = m.options && Object.keys(m.options).length ? `\nOptions (defaults): ${JSON.stringify(m.options)}\n` : '';
  return `${m.id} (${m.severity}; fix: ${fix})
${m.summary}

Why
${m.docs.why}

Bad
${indent(m.docs.bad)}

Good
${indent(m.docs.good)}

Fix
${m.docs.fix}
${opts}
References
${m.docs.references.map((r) => `  ${r}`).join('\n')}
`;
}

/** The closest ids to a mistyped one (edit distance <= 3), best first. */
export function suggestIds(input: string, ids: string[]): string[] {
  const d = (a: string, b: string): number => {
    const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        dp[i]![j] = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
    }
    return dp[a.length]![b.length]!;
  };
  return ids.map((id) => ({ id, n: d(input, id) })).filter((x) => x.n <= 3).sort((a, b) => a.n - b.n).map((x) => x.id);
}
