// Every rule, imported explicitly and kept in alphabetical order (a test checks this list against rules/).
import type { Rule } from './define-rule.js';
import bufferingOn from '../../rules/buffering-on.js';
import readTimeoutZero from '../../rules/read-timeout-zero.js';

export const RULES: readonly Rule[] = [
  bufferingOn,
  readTimeoutZero,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
