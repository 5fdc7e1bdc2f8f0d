// Request headers sent upstream: the effective proxy_set_header lines for one header, and which headers are hop-by-hop.
import type { ContextNode } from '../context.js';
import type { ListEntry } from '../effective.js';
import type { ConfigModel } from '../model.js';

/** Request headers nginx treats as hop-by-hop (its default header table blanks them) and that make no sense twice. */
export const HOP_HEADERS: readonly string[] = ['connection', 'upgrade', 'keep-alive', 'te', 'transfer-encoding'];

/** The effective proxy_set_header lines for one header name (case-insensitive), and the levels merged. */
export function proxyHeaderEntries(model: ConfigModel, ctx: ContextNode, header: string): { entries: ListEntry[]; levels: ContextNode[] } {
  const list = model.effectiveList(ctx, 'proxy_set_header');
  const h = header.toLowerCase();
  return { entries: list.entries.filter((e) => e.directive.argIs(0, h)), levels: list.levels };
}
