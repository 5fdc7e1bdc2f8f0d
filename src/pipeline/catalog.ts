// What can be reported: every rule (id, default severity, fix support, docs) and the engine's own ids, for listings.
import { RULES } from '../engine/registry.js';
import { ENGINE_RULES } from '../reporters/engine-rules.js';
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
export function ruleCatalog(): { rules: CatalogEntry[]; engine: CatalogEntry[] } {
  return {
    rules: RULES.map((r) => ({ id: r.meta.id, severity: r.meta.severity, fix: r.meta.fix, summary: r.meta.summary, why: r.meta.docs.why, fixText: r.meta.docs.fix })),
    engine: Object.entries(ENGINE_RULES).map(([id, e]) => ({ id, severity: e.severity, fix: 'none' as const, summary: e.summary, why: e.why, fixText: e.fix })),
  };
}
