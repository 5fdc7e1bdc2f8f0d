// Rule documentation for every face: a rule's (or an engine id's) explanation from its metadata, in the chosen language.
import type { Rule } from '../engine/define-rule.js';
import type { ENGINE_IDS } from '../engine/engine.js';
import { RULES, ruleById } from '../engine/registry.js';
import { localizedDocs, type DocText } from '../i18n/docs.js';
import { t, type Locale } from '../i18n/index.js';
import { ENGINE_RULES } from '../reporters/engine-rules.js';
import { editDistance } from '../util/edit-distance.js';
import { PipelineError } from './errors.js';

type EngineId = (typeof ENGINE_IDS)[number];

const indent = (s: string): string => s.split('\n').map((l) => `    ${l}`).join('\n');

/** A rule's documentation: summary, why, bad and good examples (config, never translated), fix, options, references. */
export function explainRule(rule: Rule, locale: Locale = 'en'): string {
  const m = rule.meta;
  const d = localizedDocs(locale, m.id, { summary: m.summary, why: m.docs.why, fix: m.docs.fix });
  const opts = m.options && Object.keys(m.options).length ? `\n${t(locale, 'cli.explain.options', { options: JSON.stringify(m.options) })}\n` : '';
  return `${t(locale, 'cli.explain.title', { id: m.id, severity: t(locale, `cli.severity.${m.severity}`), fix: t(locale, `cli.explain.fixKind.${m.fix}`) })}
${d.summary}

${t(locale, 'cli.explain.why')}
${d.why}

${t(locale, 'cli.explain.bad')}
${indent(m.docs.bad)}

${t(locale, 'cli.explain.good')}
${indent(m.docs.good)}

${t(locale, 'cli.explain.fix')}
${d.fix}
${opts}
${t(locale, 'cli.explain.references')}
${m.docs.references.map((r) => `  ${r}`).join('\n')}
`;
}

/** True for the ids sse-lint reports itself (parse-error, include-not-found, ...). */
export function isEngineId(id: string): id is EngineId {
  return Object.hasOwn(ENGINE_RULES, id);
}

/** The documentation of an engine id: summary, why, fix and references (it has no examples and no fix). */
export function explainEngineId(id: EngineId, locale: Locale = 'en'): string {
  const e = ENGINE_RULES[id];
  const d = localizedDocs(locale, id, { summary: e.summary, why: e.why, fix: e.fix });
  const refs = e.references.length ? `\n${t(locale, 'cli.explain.references')}\n${e.references.map((r) => `  ${r}`).join('\n')}\n` : '';
  return `${t(locale, e.fixable ? 'cli.explain.engineTitleFixes' : 'cli.explain.engineTitle', { id, severity: t(locale, `cli.severity.${e.severity}`) })}
${d.summary}

${t(locale, 'cli.explain.why')}
${d.why}

${t(locale, 'cli.explain.fix')}
${d.fix}
${refs}`;
}

/**
 * The explain command: prints the documentation of one rule or engine id and returns the exit code (2 with a
 * one-line reason, and the nearest id when there is one, for anything else).
 */
/** Every id `explain` knows: the rules, then the ids sse-lint reports itself. */
export function explainableIds(): string[] {
  return [...RULES.map((r) => r.meta.id), ...Object.keys(ENGINE_RULES)];
}

/** The ids of every rule, alphabetical. */
export function ruleIds(): string[] {
  return RULES.map((r) => r.meta.id);
}

/** The documentation of a rule or engine id; PipelineError (with the nearest id suggested) for an unknown one. */
export function explainText(id: string, locale: Locale = 'en'): string {
  const rule = ruleById(id);
  if (rule) return explainRule(rule, locale);
  if (isEngineId(id)) return explainEngineId(id, locale);
  const near = suggestIds(id, explainableIds())[0];
  throw new PipelineError(near ? { key: 'cli.usage.unknownRuleNear', data: { id, near } } : { key: 'cli.usage.unknownRule', data: { id } });
}

/** The closest ids to a mistyped one (edit distance <= 3), best first. */
export function suggestIds(input: string, ids: string[]): string[] {
  return ids.map((id) => ({ id, n: editDistance(input, id) })).filter((x) => x.n <= 3).sort((a, b) => a.n - b.n).map((x) => x.id);
}

/** The prose of a rule's or an engine id's documentation (summary, why, fix) in a locale; null for an unknown id. */
export function ruleDocs(id: string, locale: Locale = 'en'): DocText | null {
  const rule = ruleById(id);
  if (rule) return localizedDocs(locale, id, { summary: rule.meta.summary, why: rule.meta.docs.why, fix: rule.meta.docs.fix });
  if (isEngineId(id)) {
    const e = ENGINE_RULES[id];
    return localizedDocs(locale, id, { summary: e.summary, why: e.why, fix: e.fix });
  }
  return null;
}
