import { type Locale } from './index.js';
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
export declare function localizedDocs(locale: Locale, id: string, english: DocText): DocText;
