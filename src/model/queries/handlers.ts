// Content handlers of a location: module-specific directive names, the handlers installed inside it, buffering support.
import type { ContextNode } from '../context.js';
import type { ConfigModel } from '../model.js';
import { MODULE_PREFIX, type Handler, type HandlerModule } from '../upstreams.js';
import { ifsOf } from './blocks.js';

/** The module-specific name of a proxy-family directive (`buffering` -> `fastcgi_buffering` for FastCGI). */
export function moduleDirective(module: HandlerModule, suffix: string): string | null {
  const p = MODULE_PREFIX[module];
  return p ? `${p}_${suffix}` : null;
}

/** Modules that relay an upstream's response (`*_pass`): proxy, FastCGI, uwsgi, SCGI, gRPC, memcached. */
export function isUpstreamModule(module: HandlerModule): boolean {
  return MODULE_PREFIX[module] !== undefined;
}

/** Every module's name of a proxy-family directive (`read_timeout` -> proxy_read_timeout, fastcgi_read_timeout, ...). */
export function moduleDirectives(suffix: string, modules: readonly HandlerModule[]): string[] {
  return modules.map((m) => moduleDirective(m, suffix)).filter((n): n is string => n !== null);
}

/** Modules that buffer upstream responses, under `*_buffering` (gRPC and memcached responses are never buffered). */
export const BUFFERING_MODULES: readonly HandlerModule[] = ['proxy', 'fastcgi', 'uwsgi', 'scgi'];

/** Modules that relay event streams and time them out with `*_read_timeout`, the idle timer between two upstream reads (memcached serves no streams). */
export const READ_TIMEOUT_MODULES: readonly HandlerModule[] = ['proxy', 'fastcgi', 'uwsgi', 'scgi', 'grpc'];

/** The `*_buffering` directive of a module, or null when the module has none (gRPC, memcached, Lua, static, return). */
export function bufferingDirective(module: HandlerModule): string | null {
  return BUFFERING_MODULES.includes(module) ? moduleDirective(module, 'buffering') : null;
}

/** A place inside a location where a content handler is installed. */
export interface HandlerSite {
  /** The location itself, or an `if` inside it with its own `*_pass`. */
  ctx: ContextNode;
  handler: Handler;
}

/**
 * Content handlers of a stream location: the location's own, plus each `if` that installs a handler of
 * another module (an `if` with the location's module, or with none, proxies with the location's settings
 * anyway: `*_read_timeout`, `*_cache`, `*_buffering` are not allowed in `if` and always come from the
 * location, sse-semantics.md §2.2).
 */
export function handlerSites(model: ConfigModel, loc: ContextNode): HandlerSite[] {
  const own = model.handler(loc);
  const out: HandlerSite[] = [{ ctx: loc, handler: own }];
  const seen = new Set<string>([own.module]);
  for (const c of ifsOf(loc)) {
    const h = model.handler(c);
    if (h.context !== c || seen.has(h.module)) continue;
    seen.add(h.module);
    out.push({ ctx: c, handler: h });
  }
  return out;
}

/**
 * Whether an `if` inside a location installs a content handler of its own that its location does not have (a
 * `proxy_pass` written only inside the `if`). A rule about "per served request" settings checks such an `if`
 * on its own; otherwise the location's finding already covers it.
 */
export function ifHasOwnHandler(model: ConfigModel, ifCtx: ContextNode): boolean {
  const h = model.handler(ifCtx);
  if (h.context !== ifCtx) return false;
  const loc = model.locationOf(ifCtx);
  if (!loc) return false;
  return model.handler(loc).module !== h.module;
}
