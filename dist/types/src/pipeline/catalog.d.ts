import type { Applicability, Severity } from '../types.js';
/** One id that findings can carry, with the English texts its documentation starts from. */
export interface CatalogEntry {
    id: string;
    severity: Severity;
    /** Whether its findings offer a fix (and of what kind), or `none`; engine ids never do. */
    fix: Applicability | 'none';
    summary: string;
    why: string;
    fixText: string;
}
/** Every rule (alphabetical, as registered), then the ids sse-lint reports itself. */
export declare function ruleCatalog(): {
    rules: CatalogEntry[];
    engine: CatalogEntry[];
};
