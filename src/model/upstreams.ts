// Content handlers and upstreams: which module serves a location, and which `upstream {}` block it talks to.
import type { Directive } from '../parser/ast.js';
import type { ContextNode } from './context.js';

export type HandlerModule = 'proxy' | 'fastcgi' | 'uwsgi' | 'scgi' | 'grpc' | 'memcached' | 'lua' | 'return' | 'static';

/** The `*_pass` directive of each upstream module (the one table of them). */
export const PASS_DIRECTIVES: ReadonlyMap<string, HandlerModule> = new Map([
  ['proxy_pass', 'proxy'], ['fastcgi_pass', 'fastcgi'], ['uwsgi_pass', 'uwsgi'], ['scgi_pass', 'scgi'], ['grpc_pass', 'grpc'], ['memcached_pass', 'memcached'],
]);

/** Directive-name prefix of each upstream module's settings (`proxy_buffering`, `fastcgi_buffering`, ...). */
export const MODULE_PREFIX: Partial<Record<HandlerModule, string>> = {
  proxy: 'proxy', fastcgi: 'fastcgi', uwsgi: 'uwsgi', scgi: 'scgi', grpc: 'grpc', memcached: 'memcached',
};

export interface UpstreamServer {
  address: string;
  directive: Directive;
}

export interface UpstreamBlock {
  name: string;
  context: ContextNode;
  servers: UpstreamServer[];
  /** The `keepalive N` directive, when written. */
  keepalive: Directive | null;
}

export interface Handler {
  module: HandlerModule;
  /** The directive that installs the handler (`proxy_pass ...`, `content_by_lua_block`, `return`), if any. */
  directive: Directive | null;
  /** The level it was written at (an `if` inherits its location's `proxy_pass`). */
  context: ContextNode | null;
  /** For upstream modules: the target as written and the `upstream {}` block it names, when there is one. */
  target?: string;
  upstream?: UpstreamBlock | null;
}

/** The directives that make Lua the content handler (asked of every directive of every location: a set, not a regex). */
const LUA_CONTENT: ReadonlySet<string> = new Set(['content_by_lua', 'content_by_lua_block', 'content_by_lua_file']);

/** The static file handler: one shared answer for every block without a handler of its own. */
const STATIC: Handler = Object.freeze({ module: 'static', directive: null, context: null });

/**
 * The content handler of a location (or `if`/`limit_except` inside it). An `if` without its own handler
 * inherits the location's `proxy_pass` (noname location merge in ngx_http_proxy_merge_loc_conf).
 */
export function handlerOf(ctx: ContextNode, upstreams: Map<string, UpstreamBlock>): Handler {
  let level: ContextNode | null = ctx;
  while (level) {
    for (const d of level.directives) {
      const mod = PASS_DIRECTIVES.get(d.name);
      if (mod) {
        const target = d.arg(0) ?? '';
        return { module: mod, directive: d, context: level, target, upstream: resolveUpstream(target, upstreams) };
      }
      if (LUA_CONTENT.has(d.name)) return { module: 'lua', directive: d, context: level };
    }
    if (level.kind !== 'if' && level.kind !== 'limit_except') break;
    level = level.parent;
  }
  for (const d of ctx.directives) if (d.name === 'return') return { module: 'return', directive: d, context: ctx };
  return STATIC;
}

/** The upstream block named by a `*_pass` target (`http://backend/path`, `backend`, `grpcs://backend`). */
export function resolveUpstream(target: string, upstreams: Map<string, UpstreamBlock>): UpstreamBlock | null {
  // Every server of a generated config names the same few targets: each is resolved once per set of upstreams.
  let known = resolved.get(upstreams);
  if (!known) resolved.set(upstreams, (known = new Map()));
  const hit = known.get(target);
  if (hit !== undefined) return hit;
  const found = resolveNow(target, upstreams);
  if (known.size >= 4096) known.clear();
  known.set(target, found);
  return found;
}

const resolved = new WeakMap<Map<string, UpstreamBlock>, Map<string, UpstreamBlock | null>>();

function resolveNow(target: string, upstreams: Map<string, UpstreamBlock>): UpstreamBlock | null {
  let rest = target;
  const scheme = /^[a-z0-9+]+:\/\//i.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  if (rest.startsWith('unix:') || rest.includes('$')) return null;
  const host = rest.split('/')[0]!;
  return upstreams.get(host) ?? null;
}

/** Every `upstream {}` block under an http context, by name. */
export function collectUpstreams(all: ContextNode[]): Map<string, UpstreamBlock> {
  const out = new Map<string, UpstreamBlock>();
  for (const ctx of all) {
    if (ctx.kind !== 'upstream' || !ctx.directive) continue;
    const name = ctx.directive.arg(0);
    if (!name || out.has(name)) continue;
    out.set(name, {
      name, context: ctx,
      servers: ctx.directives.filter((d) => d.name === 'server').map((d) => ({ address: d.arg(0) ?? '', directive: d })),
      keepalive: ctx.directives.find((d) => d.name === 'keepalive') ?? null,
    });
  }
  return out;
}
