/** The translated prose of one rule or engine id (a rule's summary lives in zh-CN.ts as `<id>.summary`). */
export interface ZhDocs {
    /** Only for engine ids, whose English summary is in src/reporters/engine-rules.ts. */
    summary?: string;
    why: string;
    fix: string;
}
/** Built on first use: an English run never creates it (start-up cost). */
export declare function zhCNDocs(): Readonly<Record<string, ZhDocs>>;
