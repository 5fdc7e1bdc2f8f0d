/** nginx time values (`60`, `60s`, `1m30s`, `500ms`, `1h`) in seconds; null when malformed. */
export declare function parseDuration(v: string): number | null;
/** nginx sizes (`100`, `8k`, `1m`, `1g`) in bytes; null for variables and malformed values. */
export declare function parseSize(v: string): number | null;
