/** CLI text. Placeholders must match the English ones (a test checks). */
export declare const ZH_CN: Readonly<Record<string, string>>;
