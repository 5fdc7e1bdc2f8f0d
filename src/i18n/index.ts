// Message text in English (from rule meta and en.ts) and Simplified Chinese (zh-CN.ts): lookup, rendering, locale choice.
import { RULES, ruleById } from '../engine/registry.js';
import type { Finding } from '../types.js';
import { EN_CLI, type CliKey } from './en.js';
import { fillTemplate, phraseTranslator, placeholderNames } from './phrases.js';
import { ZH_CN, ZH_CN_FIX_TITLES, ZH_CN_PHRASES, ZH_CN_SHARED_FIX } from './zh-CN.js';

export type { CliKey } from './en.js';
export { placeholderNames } from './phrases.js';

export type Locale = 'en' | 'zh-CN';
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

/** A message key: `cli.<key>`, `<ruleId>.summary` or `<ruleId>.<messageId>`. */
export type MessageKey = CliKey | `${string}.${string}`;

/** The English template of a key, or undefined when no rule or CLI string has it. */
export function englishTemplate(key: string): string | undefined {
  if (key.startsWith('cli.')) return (EN_CLI as Record<string, string>)[key];
  const dot = key.lastIndexOf('.');
  const rule = ruleById(key.slice(0, dot));
  if (!rule) return undefined;
  const id = key.slice(dot + 1);
  return id === 'summary' ? rule.meta.summary : rule.meta.messages[id];
}

/** The template of a key in a locale; a missing translation falls back to English. */
export function template(locale: Locale, key: string): string | undefined {
  if (locale === 'zh-CN') return ZH_CN[key] ?? englishTemplate(key);
  return englishTemplate(key);
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

/** Every key a complete locale must translate: rule summaries and messages from the registry, then CLI strings. */
export function catalogKeys(): string[] {
  const keys: string[] = [];
  for (const r of RULES) {
    keys.push(`${r.meta.id}.summary`);
    for (const id of Object.keys(r.meta.messages)) keys.push(`${r.meta.id}.${id}`);
  }
  keys.push(...Object.keys(EN_CLI));
  return keys;
}

/** The translation of an English phrase passed as data (an origin, a stream reason); unchanged when unknown. */
export const translatePhrase: (locale: Locale, text: string) => string = (() => {
  const zh = phraseTranslator(ZH_CN_PHRASES, { sentence: '', semicolon: '；', comma: '，' });
  return (locale, text) => (locale === 'zh-CN' ? zh(text) : text);
})();

const fixTranslators = new Map<string, (text: string) => string>();

/** The translation of a fix title a rule built; unchanged when its rule's table has no matching entry. */
export function translateFixTitle(locale: Locale, ruleId: string, title: string): string {
  if (locale === 'en') return title;
  let tr = fixTranslators.get(ruleId);
  if (!tr) {
    tr = phraseTranslator([...ZH_CN_SHARED_FIX, ...(ZH_CN_FIX_TITLES[ruleId] ?? [])], { sentence: '', semicolon: '；', comma: '，' });
    fixTranslators.set(ruleId, tr);
  }
  return tr(title);
}

/**
 * A finding in another locale: the message rendered again from its rule's messageId and data (string data
 * translated where the phrase table knows it), related-span texts, stream reasons and the fix title translated.
 * Findings sse-lint reports itself (parse errors and the like, which have no messageId) keep nginx's English
 * wording. The finding passed in is not changed; English returns it as it is.
 */
export function localizeFinding(finding: Finding, locale: Locale): Finding {
  if (locale === 'en') return finding;
  const out: Finding = { ...finding };
  const key: MessageKey = `${finding.ruleId}.${finding.messageId ?? ''}`;
  if (finding.messageId && ruleById(finding.ruleId) && ZH_CN[key] !== undefined) {
    const data: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(finding.data ?? {})) data[k] = typeof v === 'string' ? translatePhrase(locale, v) : v;
    out.message = t(locale, key, data);
  }
  if (finding.related.length) out.related = finding.related.map((r) => ({ ...r, message: translatePhrase(locale, r.message) }));
  if (finding.stream) out.stream = finding.stream.map((s) => translatePhrase(locale, s));
  if (finding.fix) out.fix = { ...finding.fix, title: translateFixTitle(locale, finding.ruleId, finding.fix.title) };
  return out;
}

