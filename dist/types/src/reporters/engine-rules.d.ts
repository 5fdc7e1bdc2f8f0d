import type { ENGINE_IDS } from '../engine/engine.js';
import type { Severity } from '../types.js';
export interface EngineRuleDoc {
    summary: string;
    severity: Severity;
    why: string;
    fix: string;
    /** Findings of this id can carry a fix (a corrected value or name). */
    fixable?: boolean;
    references: string[];
}
export declare const ENGINE_RULES: Record<(typeof ENGINE_IDS)[number], EngineRuleDoc>;
