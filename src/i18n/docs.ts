// Rule and engine-id documentation in a locale: summary, why and fix (English from rule meta and engine-rules.ts).
import { t, type Locale } from './index.js';
import { zhCNDocs } from './zh-CN-docs.js';

/** The prose of one rule's or engine id's documentation. */
export interface DocText {
  summary: string;
  why: string;
  fix: string;
}

/**
 * `english` in `locale`: for zh-CN the translation in zh-CN-docs.ts (a rule's summary from the message catalog);
 * English, and anything without a translation (a test requires every id to have one), as given.
 */
export function localizedDocs(locale: Locale, id: string, english: DocText): DocText {
  if (locale === 'en') return english;
  const zh = zhCNDocs()[id];
  if (!zh) return english;
  return { summary: zh.summary ?? t(locale, `${id}.summary`), why: zh.why, fix: zh.fix };
}
