// Stream evidence a rule can set aside: reasons that come from the very directive the rule is about.
import type { ContextNode } from '../context.js';
import type { ConfigModel } from '../model.js';
import type { StreamReason } from '../streams.js';

/**
 * Stream reasons of a context, leaving out those that come from directives named in `skip`. The model counts any
 * directive that mentions X-Accel-Buffering as a streaming hint, `proxy_ignore_headers X-Accel-Buffering` included;
 * a rule about that very directive must not let it make the location a stream.
 */
export function streamReasonsWithout(model: ConfigModel, ctx: ContextNode, skip: ReadonlySet<string>): readonly StreamReason[] {
  const all = model.streamReasons(ctx);
  const skipped = (r: StreamReason): boolean => r.kind === 'accel-header' && r.directive !== undefined && skip.has(r.directive.name);
  // Asked of every location, and most have no reason to leave out (or none at all): their list is handed on as it is.
  return all.some(skipped) ? all.filter((r) => !skipped(r)) : all;
}
