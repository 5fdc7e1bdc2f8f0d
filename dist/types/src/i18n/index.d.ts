import type { Finding } from '../types.js';
import { type CliKey } from './en.js';
import { type Locale, type Renderer } from './render.js';
export type { CliKey } from './en.js';
export { placeholderNames } from './template.js';
export { joinList, renderArg, renderCondition, renderDefault, renderLevel, renderNotStream, renderStream, renderStreamWhy, type Locale } from './render.js';
export declare const LOCALES: readonly Locale[];
/**
 * The locale a name stands for: `en`, `en_US.UTF-8`, `C` and `POSIX` are English; `zh-CN`, `zh_CN.UTF-8`, `zh_SG`,
 * `zh-Hans` and a bare `zh` are Simplified Chinese. Null for anything else (Traditional Chinese included: there
 * is no catalog for it).
 */
export declare function parseLocale(name: string): Locale | null;
/** Thrown by resolveLocale for a `--locale` value it does not know (the CLI turns it into exit 2). */
export declare class LocaleError extends Error {
    readonly value: string;
    constructor(value: string);
}
/**
 * The locale to print in: `--locale` first (throws LocaleError when unknown), then the config file's `locale`,
 * then the first of LC_ALL, LC_MESSAGES, LANG that is set and not empty (POSIX order); English when that names
 * a language without a catalog.
 */
export declare function resolveLocale(flag: string | undefined, env?: Readonly<Record<string, string | undefined>>, configured?: Locale): Locale;
/**
 * A message key: `cli.<key>`, `msg.<key>` (words finding messages share), `<ruleId>.summary`, `<ruleId>.<messageId>`,
 * `<ruleId>.fix.<id>` or `<ruleId>.related.<id>`.
 */
export type MessageKey = CliKey | `${string}.${string}`;
/** The English template of a key, or undefined when no rule, CLI string or shared word has it. */
export declare function englishTemplate(key: string): string | undefined;
/** The template of a key in a locale; a missing translation falls back to English. */
export declare function template(locale: Locale, key: string): string | undefined;
/** Renders finding text (messages, fix titles, related notes, stream reasons) in a locale from the catalog. */
export declare function findingRenderer(locale: Locale): Renderer;
/**
 * Renders a message: `t('zh-CN', 'cli.summary.problems', { count: 3, ... })`,
 * `t('en', 'buffering-on.summary')`. Values are inserted as given (localizeFinding translates rule data first).
 * An unknown key or a missing value throws: both are programming errors.
 */
export declare function t(locale: Locale, key: MessageKey, data?: Readonly<Record<string, string | number>>): string;
/**
 * Every key a complete locale must translate: rule summaries, messages, fix titles and related notes from the
 * registry, the words finding messages share, then CLI strings.
 */
export declare function catalogKeys(): string[];
/**
 * A finding in another locale, rendered again from its data: the message from its rule's messageId, related notes
 * and the fix title from their keys, stream reasons from streamReasons. Nothing is translated from English text.
 * Findings sse-lint reports itself (parse errors and the like, which have no messageId) keep nginx's English
 * wording. The finding passed in is not changed; English returns it as it is (the engine renders English).
 */
export declare function localizeFinding(finding: Finding, locale: Locale): Finding;
