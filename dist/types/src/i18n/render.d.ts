import type { ChainConditionData, DefaultBasis, LevelRef, ListJoin, MessageArg, MessageData, NotStreamWhy, OriginData, RedirectRef, StreamConfidence, StreamWhy } from '../types.js';
/** The languages sse-lint speaks. */
export type Locale = 'en' | 'zh-CN';
/** The template of a catalog key in the locale being rendered, or undefined when there is none. */
export type TemplateLookup = (key: string) => string | undefined;
/** What rendering needs: the locale (for list grammar) and where templates come from. */
export interface Renderer {
    locale: Locale;
    lookup: TemplateLookup;
}
/** The English template of a shared finding key (`msg.*`). */
export declare function englishFindingsTemplate(key: string): string | undefined;
/** Renders the shared English words (`msg.*`): the engine's own findings and notes. */
export declare const englishFindings: Renderer;
/** Fills a template with message data rendered in the renderer's locale. A missing value throws. */
export declare function renderMessage(r: Renderer, template: string, data?: MessageData): string;
/** Renders a catalog key with its data. An unknown key throws (a programming error). */
export declare function renderKey(r: Renderer, key: string, data?: MessageData): string;
/** One value of message data as text. */
export declare function renderArg(r: Renderer, arg: MessageArg): string;
/** `location /sse`, or `this location /sse` for the level the message is about. */
export declare function renderLevel(r: Renderer, level: LevelRef): string;
/** "proxy_buffering on (nginx.conf:3) in server" or "nginx default; not set in this location /sse, server or http". */
export declare function renderOrigin(r: Renderer, o: OriginData): string;
/** "nginx default", "nginx default before 1.29.7, for upstream{} blocks (version unknown; pass --nginx-version)", ... */
export declare function renderDefault(r: Renderer, b: DefaultBasis): string;
/** One reason a location is an event stream. */
export declare function renderStreamWhy(r: Renderer, w: StreamWhy): string;
/** The redirects on a way: "try_files at gw.conf:18, then rewrite at gw.conf:30". */
export declare function renderVia(r: Renderer, via: readonly RedirectRef[]): string;
/** What a way through internal redirects depends on: "no file try_files names exists". */
export declare function renderCondition(r: Renderer, c: ChainConditionData): string;
/**
 * Every reason a location is a stream, in one clause ("not a stream" when there is none); a guess says it is one and
 * how to confirm or deny it.
 */
export declare function renderStream(r: Renderer, reasons: readonly StreamWhy[], confidence?: StreamConfidence, brief?: boolean): string;
/** Why a location that looks like a stream is not treated as one. */
export declare function renderNotStream(r: Renderer, w: NotStreamWhy): string;
/**
 * Items joined by the locale's grammar. English: `a, b` / `a; b` / `a and b and c` / `a, b or c` / `A. B.`
 * Chinese: `a、b` / `a；b` / `a、b 和 c` / `a、b、c` / `甲。乙。`.
 */
export declare function joinList(locale: Locale, items: readonly string[], join: ListJoin): string;
