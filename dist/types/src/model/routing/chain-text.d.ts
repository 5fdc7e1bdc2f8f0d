import type { Directive } from '../../parser/ast.js';
import type { ChainConditionData, RedirectRef } from '../../types.js';
import type { Chain, ChainCondition } from './types.js';
/** A condition as plain data: nginx text where the model has a directive. */
export declare function conditionData(c: ChainCondition): ChainConditionData;
/** The redirects of a chain after its first location, each with where it is written. */
export declare function viaRefs(chain: Chain, where: (d: Directive) => string): RedirectRef[];
