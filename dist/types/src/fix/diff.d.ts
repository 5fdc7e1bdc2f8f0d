export interface DiffOptions {
    color?: boolean;
    context?: number;
}
/** A unified diff (`--- a/file`, `+++ b/file`, `@@` hunks); empty when the texts are equal. */
export declare function unifiedDiff(path: string, before: string, after: string, options?: DiffOptions): string;
