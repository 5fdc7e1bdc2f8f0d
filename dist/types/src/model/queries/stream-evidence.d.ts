import type { ContextNode } from '../context.js';
import type { ConfigModel } from '../model.js';
import type { StreamReason } from '../streams.js';
/**
 * Stream reasons of a context, leaving out those that come from directives named in `skip`. The model counts any
 * directive that mentions X-Accel-Buffering as a streaming hint, `proxy_ignore_headers X-Accel-Buffering` included;
 * a rule about that very directive must not let it make the location a stream.
 */
export declare function streamReasonsWithout(model: ConfigModel, ctx: ContextNode, skip: ReadonlySet<string>): readonly StreamReason[];
