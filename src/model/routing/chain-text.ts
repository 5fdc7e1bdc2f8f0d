// Chains as message data (rendered per locale by src/i18n): what a way depends on, and the redirects on it.
import type { Directive } from '../../parser/ast.js';
import type { ChainConditionData, RedirectRef } from '../../types.js';
import type { Chain, ChainCondition } from './types.js';

/** A condition as plain data: nginx text where the model has a directive. */
export function conditionData(c: ChainCondition): ChainConditionData {
  switch (c.kind) {
    case 'file':
      return { kind: 'file', exists: c.exists, directive: c.directive.name };
    case 'upgrade':
      return { kind: 'upgrade', upgrade: c.upgrade };
    case 'regex':
      return { kind: 'regex', matches: c.matches, regex: c.directive.args[0]?.value ?? '' };
    case 'if':
      return { kind: 'if', holds: c.holds, condition: c.directive.args.map((a) => a.raw).join(' ') };
    case 'status':
      return { kind: 'status', codes: c.codes };
    case 'name':
      return { kind: 'name', directive: c.directive.name, name: c.name };
  }
}

/** The redirects of a chain after its first location, each with where it is written. */
export function viaRefs(chain: Chain, where: (d: Directive) => string): RedirectRef[] {
  return [...chain.hops.slice(1).flatMap((h) => h.via), ...chain.via].map((r) => ({ directive: r.directive.name, at: where(r.directive) }));
}
