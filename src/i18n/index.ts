// Message text in English (rule meta, en.ts, en-findings.ts) and Simplified Chinese (zh-CN.ts, zh-CN-findings.ts):
// lookup, rendering of CLI strings and findings, locale choice.
import { metaTemplate } from '../engine/define-rule.js';
import { RULES, ruleById } from '../engine/registry.js';
import type { Finding, MessageData } from '../types.js';
import { EN_CLI, type CliKey } from './en.js';
import { EN_FINDINGS } from './en-findings.js';
import { englishFindingsTemplate, renderKey, renderStreamWhy, type Locale, type Renderer } from './render.js';
import { fillTemplate } from './template.js';
import { zhCN } from './zh-CN.js';
import { zhCNFindings } from './zh-CN-findings.js';

export type { CliKey } from './en.js';
export { placeholderNames } from './template.js';
export { joinList, renderArg, renderCondition, renderDefault, renderLevel, renderNotStream, renderStream, renderStreamWhy, type Locale } from './render.js';

export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/**
 * The locale a name stands for: `en`, `en_US.UTF-8`, `C` and `POSIX` are English; `zh-CN`, `zh_CN.UTF-8`, `zh_SG`,
 * `zh-Hans` and a bare `zh` are Simplified Chinese. Null for anything else (Traditional Chinese included: there
 * is no catalog for it).
 */
export function parseLocale(name: string): Locale | null {
  const n = name.trim().replace(/[.@].*$/, '').replace(/_/g, '-').toLowerCase();
  if (n === 'c' || n === 'posix' || n === 'en' || n.startsWith('en-')) return 'en';
  if (n === 'zh' || n === 'zh-cn' || n === 'zh-sg' || n === 'zh-hans' || n.startsWith('zh-hans-')) return 'zh-CN';
  return null;
}

/** Thrown by resolveLocale for a `--locale` value it does not know (the CLI turns it into exit 2). */
export class LocaleError extends Error {
  constructor(readonly value: string) {
    super(`--locale expects en or zh-CN, got "${value}"`);
  }
}

/**
 * The locale to print in: `--locale` first (throws LocaleError when unknown), then the config file's `locale`,
 * then the first of LC_ALL, LC_MESSAGES, LANG that is set and not empty (POSIX order); English when that names
 * a language without a catalog.
 */
export function resolveLocale(flag: string | undefined, env: Readonly<Record<string, string | undefined>> = process.env, configured?: Locale): Locale {
  if (flag !== undefined) {
    const l = parseLocale(flag);
    if (!l) throw new LocaleError(flag);
    return l;
  }
  if (configured) return configured;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const v = env[name];
    if (v) return parseLocale(v) ?? 'en';
  }
  return 'en';
}

/**
 * A message key: `cli.<key>`, `msg.<key>` (words finding messages share), `<ruleId>.summary`, `<ruleId>.<messageId>`,
 * `<ruleId>.fix.<id>` or `<ruleId>.related.<id>`.
 */
export type MessageKey = CliKey | `${string}.${string}`;

/** The English template of a key, or undefined when no rule, CLI string or shared word has it. */
export function englishTemplate(key: string): string | undefined {
  if (key.startsWith('cli.')) return (EN_CLI as Record<string, string>)[key];
  if (key.startsWith('msg.')) return englishFindingsTemplate(key);
  const dot = key.indexOf('.');
  const rule = dot > 0 ? ruleById(key.slice(0, dot)) : undefined;
  return rule ? metaTemplate(rule.meta, key.slice(dot + 1)) : undefined;
}

/** The template of a key in a locale; a missing translation falls back to English. */
export function template(locale: Locale, key: string): string | undefined {
  if (locale === 'zh-CN') return zhCNFindings()[key] ?? zhCN()[key] ?? englishTemplate(key);
  return englishTemplate(key);
}

/** Renders finding text (messages, fix titles, related notes, stream reasons) in a locale from the catalog. */
export function findingRenderer(locale: Locale): Renderer {
  return { locale, lookup: (key) => template(locale, key) };
}

/**
 * Renders a message: `t('zh-CN', 'cli.summary.problems', { count: 3, ... })`,
 * `t('en', 'buffering-on.summary')`. Values are inserted as given (localizeFinding translates rule data first).
 * An unknown key or a missing value throws: both are programming errors.
 */
export function t(locale: Locale, key: MessageKey, data: Readonly<Record<string, string | number>> = {}): string {
  const tpl = template(locale, key);
  if (tpl === undefined) throw new Error(`no message "${key}" (add it to src/i18n/en.ts, or it is not a rule's message id)`);
  return fillTemplate(tpl, data);
}

/**
 * Every key a complete locale must translate: rule summaries, messages, fix titles and related notes from the
 * registry, the words finding messages share, then CLI strings.
 */
export function catalogKeys(): string[] {
  const keys: string[] = [];
  for (const r of RULES) {
    keys.push(`${r.meta.id}.summary`);
    for (const id of Object.keys(r.meta.messages)) keys.push(`${r.meta.id}.${id}`);
    for (const id of Object.keys(r.meta.fixes ?? {})) keys.push(`${r.meta.id}.fix.${id}`);
    for (const id of Object.keys(r.meta.related ?? {})) keys.push(`${r.meta.id}.related.${id}`);
  }
  keys.push(...Object.keys(EN_FINDINGS));
  keys.push(...Object.keys(EN_CLI));
  return keys;
}

/**
 * A finding in another locale, rendered again from its data: the message from its rule's messageId, related notes
 * and the fix title from their keys, stream reasons from streamReasons. Nothing is translated from English text.
 * Findings sse-lint reports itself (parse errors and the like, which have no messageId) keep nginx's English
 * wording. The finding passed in is not changed; English returns it as it is (the engine renders English).
 */
export function localizeFinding(finding: Finding, locale: Locale): Finding {
  if (locale === 'en') return finding;
  const r = findingRenderer(locale);
  // A key the catalog does not know (a rule outside the registry) keeps the text the engine rendered.
  const render = (key: string | undefined, data: MessageData | undefined, text: string): string =>
    (key !== undefined && template(locale, key) !== undefined ? renderKey(r, key, data ?? {}) : text);
  const out: Finding = { ...finding };
  // A rule's messageId is relative to the rule; the engine's own findings carry a whole `msg.*` key.
  const key = finding.messageId?.startsWith('msg.') ? finding.messageId : `${finding.ruleId}.${finding.messageId}`;
  if (finding.messageId) out.message = render(key, finding.data, finding.message);
  if (finding.related.length) out.related = finding.related.map((x) => ({ ...x, message: render(x.messageId, x.data, x.message) }));
  if (finding.streamReasons) out.stream = finding.streamReasons.map((w) => renderStreamWhy(r, w));
  if (finding.fix) out.fix = { ...finding.fix, title: render(finding.fix.titleId, finding.fix.data, finding.fix.title) };
  return out;
}
