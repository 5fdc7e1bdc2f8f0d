export declare const ZH_CN_FINDINGS: Readonly<Record<string, string>>;
