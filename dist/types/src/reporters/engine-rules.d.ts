import type { ENGINE_IDS } from '../engine/engine.js';
import type { Severity } from '../types.js';
export interface EngineRuleDoc {
    summary: string;
    severity: Severity;
    why: string;
    fix: string;
    references: string[];
}
export declare const ENGINE_RULES: Record<(typeof ENGINE_IDS)[number], EngineRuleDoc>;
