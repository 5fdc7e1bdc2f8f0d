// cache-on-stream: a response cache in effect on a buffered stream can store it and replay old events (SSE007).
import { defineRule, type FixSpec, type MessageArg } from '../src/engine/define-rule.js';
import type { ContextNode } from '../src/model/context.js';
import { entryValue, type EffectiveList } from '../src/model/effective.js';
import { setAt, setDirectlyIn } from '../src/model/queries/blocks.js';
import { BUFFERING_MODULES, handlerSites, moduleDirective } from '../src/model/queries/handlers.js';
import type { HandlerModule } from '../src/model/upstreams.js';

/** Modules with a response cache (`proxy_cache`, `fastcgi_cache`, `uwsgi_cache`, `scgi_cache`). */
const CACHING: ReadonlySet<HandlerModule> = new Set(BUFFERING_MODULES);

/** Upstream headers that, once ignored, no longer keep a response out of the cache. */
const FRESHNESS_HEADERS = new Set(['cache-control', 'expires', 'x-accel-expires']);

/**
 * True when a `*_no_cache` / `*_cache_bypass` list always applies: some entry has a literal argument that
 * is neither empty nor "0" (nginx: "if at least one value ... is not empty and is not equal to 0").
 */
function alwaysSet(list: EffectiveList): boolean {
  return list.entries.some((e) => e.directive.argValues().some((a) => !a.includes('$') && a !== '' && a !== '0'));
}

export default defineRule({
  meta: {
    id: 'cache-on-stream',
    summary: 'A response cache on a buffered event stream can store it and replay old events',
    severity: 'error',
    fix: 'safe',
    streamOnly: true,
    messages: {
      replay: '{cache} is in effect here ({origin}) and {buffering} is on ({bufferingOrigin}): the stream is buffered and can be stored whatever the backend says ({storable}), so later clients get a replay of old events instead of live ones.{lock} Stream: {why}.',
      buffered: '{cache} is in effect here ({origin}) and {buffering} is on ({bufferingOrigin}): the stream is buffered, and it is stored and replayed to later clients whenever the backend\'s Cache-Control or Expires headers allow it.{lock} Stream: {why}.',
      ignoresFreshness: '{origin} ignores its {header}',
      lockWait: ' With {directive} on, concurrent clients also wait for the first one (up to the lock timeout, 5 s by default).',
    },
    fixes: {
      turnOff: 'Turn {directive} off for this location',
    },
    related: {
      enabled: '{directive} is enabled here',
    },
    docs: {
      why: 'An unbuffered response is never cached: nginx frees the cache entry when it takes the unbuffered path [E15]. With buffering on, a cacheable stream is recorded, and a later client gets the whole old stream at once (a cache HIT delivered 16 stale events in 1 ms [E14]). A stream is cacheable when `proxy_cache_valid` matches or the backend\'s Cache-Control/Expires allow it, unless those headers are ignored with `proxy_ignore_headers`; a backend that sends `Cache-Control: no-cache` is not stored but still buffered [E16]. With `proxy_cache_lock on`, concurrent clients also wait for the first one, about 5 s [E17b]. A cache enabled at http or server level (a panel\'s cache toggle, a global include) reaches the stream location through ordinary inheritance (sse-semantics.md SSE007). Error when the stream can be stored regardless of the backend\'s headers; warning otherwise. POST streams are only cached when `proxy_cache_methods` includes POST.',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_cache app_cache;\n    proxy_cache_valid 200 10m;\n}',
      good: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_cache off;\n    proxy_buffering off;\n}',
      fix: 'Safe: inserts `proxy_cache off;` (or `fastcgi_cache off;` etc.) into the stream location, or turns the cache off where it is written directly in that location; nothing else uses the cache through this location. No fix when the cache is set in a file included inside the location. Turn buffering off as well (rule buffering-on).',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_cache',
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_cache_valid',
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_ignore_headers',
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_cache_lock',
      ],
    },
  },
  create(ctx) {
    /** Why a stream can be stored whatever the backend says, or null. */
    const storableBy = (loc: ContextNode, module: HandlerModule): MessageArg | null => {
      const valid = ctx.model.effectiveList(loc, moduleDirective(module, 'cache_valid')!);
      const first = valid.entries[0];
      if (first) return ctx.origin(entryValue(loc, first, valid.levels));
      const ignore = ctx.model.effectiveList(loc, moduleDirective(module, 'ignore_headers')!);
      for (const e of ignore.entries) {
        const hit = e.directive.args.find((a) => FRESHNESS_HEADERS.has(a.value.toLowerCase()));
        if (hit) return ctx.message('ignoresFreshness', { origin: ctx.origin(entryValue(loc, e, ignore.levels)), header: ctx.code(hit.value) });
      }
      return null;
    };

    return {
      streamLocation(loc) {
        if (!loc.directive) return;
        const block = loc.directive;
        for (const site of handlerSites(ctx.model, loc)) {
          const module = site.handler.module;
          if (!CACHING.has(module)) continue;
          const name = moduleDirective(module, 'cache')!;
          // The cache, buffering and no_cache settings are not allowed in `if`: they are always the location's.
          const cache = ctx.model.effective(loc, name);
          if (!cache.args || cache.value === 'off') continue;
          const bufferingName = moduleDirective(module, 'buffering')!;
          const buffering = ctx.model.effective(loc, bufferingName);
          // Unbuffered responses are never stored [E15]; buffering-on speaks for the buffering itself.
          if (buffering.value !== 'on') continue;
          // `*_no_cache 1` plus `*_cache_bypass 1`: nothing is stored and nothing is served from the cache.
          if (alwaysSet(ctx.model.effectiveList(loc, moduleDirective(module, 'no_cache')!))
            && alwaysSet(ctx.model.effectiveList(loc, moduleDirective(module, 'cache_bypass')!))) continue;

          const storable = storableBy(loc, module);
          const lock = ctx.model.effective(loc, moduleDirective(module, 'cache_lock')!);
          const written = setDirectlyIn(cache, loc);
          // The line that sets the cache here, also in a snippet this location includes (the engine decides by its includers).
          const at = setAt(cache, loc);
          const node = site.ctx === loc ? written ?? block : site.handler.directive!;
          const fix: FixSpec = {
            id: 'turnOff',
            data: { directive: ctx.code(name) },
            applicability: 'safe',
            edits: (f) => (at ? f.replaceArg(at, 0, 'off') : f.insertDirective(block, `${name} off;`)),
          };
          ctx.report({
            node,
            context: site.ctx,
            messageId: storable ? 'replay' : 'buffered',
            severity: storable ? 'error' : 'warning',
            data: {
              cache: ctx.code(`${name} ${cache.args.join(' ')}`),
              origin: ctx.origin(cache),
              buffering: ctx.code(bufferingName),
              bufferingOrigin: ctx.origin(buffering),
              storable,
              lock: lock.value === 'on' ? ctx.message('lockWait', { directive: ctx.code(moduleDirective(module, 'cache_lock')!) }) : null,
              why: ctx.stream(loc),
            },
            related: cache.origin.kind === 'directive' && cache.origin.directive !== node ? [ctx.related(cache.origin.directive, 'enabled', { directive: ctx.code(name) })] : [],
            fix,
          });
        }
      },
    };
  },
});
