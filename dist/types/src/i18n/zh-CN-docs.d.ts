/** The translated prose of one rule or engine id (a rule's summary lives in zh-CN.ts as `<id>.summary`). */
export interface ZhDocs {
    /** Only for engine ids, whose English summary is in src/reporters/engine-rules.ts. */
    summary?: string;
    why: string;
    fix: string;
}
/** Rules (by id) and engine ids. A test requires an entry for every id and the same code, numbers and names as the English. */
export declare const ZH_CN_DOCS: Readonly<Record<string, ZhDocs>>;
