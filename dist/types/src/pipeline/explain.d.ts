import type { Rule } from '../engine/define-rule.js';
import type { ENGINE_IDS } from '../engine/engine.js';
import { type DocText } from '../i18n/docs.js';
import { type Locale } from '../i18n/index.js';
type EngineId = (typeof ENGINE_IDS)[number];
/** A rule's documentation: summary, why, bad and good examples (config, never translated), fix, options, references. */
export declare function explainRule(rule: Rule, locale?: Locale): string;
/** True for the ids sse-lint reports itself (parse-error, include-not-found, ...). */
export declare function isEngineId(id: string): id is EngineId;
/** The documentation of an engine id: summary, why, fix and references (it has no examples and no fix). */
export declare function explainEngineId(id: EngineId, locale?: Locale): string;
/**
 * The explain command: prints the documentation of one rule or engine id and returns the exit code (2 with a
 * one-line reason, and the nearest id when there is one, for anything else).
 */
/** Every id `explain` knows: the rules, then the ids sse-lint reports itself. */
export declare function explainableIds(): string[];
/** The ids of every rule, alphabetical. */
export declare function ruleIds(): string[];
/** The documentation of a rule or engine id; PipelineError (with the nearest id suggested) for an unknown one. */
export declare function explainText(id: string, locale?: Locale): string;
/** The closest ids to a mistyped one (edit distance <= 3), best first. */
export declare function suggestIds(input: string, ids: string[]): string[];
/** The prose of a rule's or an engine id's documentation (summary, why, fix) in a locale; null for an unknown id. */
export declare function ruleDocs(id: string, locale?: Locale): DocText | null;
export {};
