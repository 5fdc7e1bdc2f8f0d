import { type ContextNode } from '../context.js';
import { type EffectiveValue } from '../effective.js';
import type { ConfigModel } from '../model.js';
/** The three forms share one slot in ngx_lua: the innermost level that writes any of them sets the filter. */
export declare const BODY_FILTERS: readonly string[];
/** The body_filter_by_lua* in effect in a block (whichever form the innermost level that has one writes), or null. */
export declare function bodyFilterInEffect(model: ConfigModel, ctx: ContextNode): EffectiveValue | null;
