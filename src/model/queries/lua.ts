// ngx_lua settings rules ask about: the body filter in effect, whichever of its three forms sets it.
import { directivesNamed, type ContextNode } from '../context.js';
import { mergeChain, type EffectiveValue } from '../effective.js';
import type { ConfigModel } from '../model.js';

/** The three forms share one slot in ngx_lua: the innermost level that writes any of them sets the filter. */
export const BODY_FILTERS: readonly string[] = ['body_filter_by_lua_block', 'body_filter_by_lua', 'body_filter_by_lua_file'];

/** The body_filter_by_lua* in effect in a block (whichever form the innermost level that has one writes), or null. */
export function bodyFilterInEffect(model: ConfigModel, ctx: ContextNode): EffectiveValue | null {
  for (const level of mergeChain(ctx)) {
    const name = BODY_FILTERS.find((n) => directivesNamed(level, n).length > 0);
    if (name) return model.effective(ctx, name);
  }
  return null;
}
