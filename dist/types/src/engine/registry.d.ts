import type { Rule } from './define-rule.js';
export declare const RULES: readonly Rule[];
export declare function ruleById(id: string): Rule | undefined;
