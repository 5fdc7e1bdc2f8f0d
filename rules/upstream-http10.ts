// upstream-http10: a stream proxied with HTTP/1.0 (the default before nginx 1.29.7) (SSE003, SSE021).
import { defineRule, type MessageArg } from '../src/engine/define-rule.js';
import type { ContextNode } from '../src/model/context.js';
import { PROXY_DEFAULTS_CHANGED } from '../src/model/directives.js';
import { insertionBlock, setAt } from '../src/model/queries/blocks.js';
import { ifHasOwnHandler } from '../src/model/queries/handlers.js';
import { proxiedLocations, type ProxiedLocation } from '../src/model/queries/proxy-targets.js';

export default defineRule({
  meta: {
    id: 'upstream-http10',
    summary: 'The stream is proxied with HTTP/1.0',
    severity: 'warning',
    fix: 'safe',
    streamOnly: true,
    messages: {
      http10: 'proxy_http_version is 1.0 here ({origin}){assumed}: the backend gets HTTP/1.0 requests, so it cannot use chunked encoding and gets no keepalive, and backends that buffer for HTTP/1.0 clients (ngx_lua with lua_http10_buffering on, servers that compute a Content-Length) send the whole stream at the end. Stream: {why}.',
      lua: 'proxy_http_version is 1.0 here ({origin}){assumed}, and the backend {address} is {luaLocation} ({luaWhere}), served by {luaDirective} with lua_http10_buffering on ({luaOrigin}): ngx_lua buffers the whole response for HTTP/1.0 requests and ngx.flush does nothing, so the stream arrives in one piece at the end. Stream: {why}.',
      assumed: '; that is the default before {version}, assumed because no --nginx-version was given',
    },
    fixes: {
      http11: 'Proxy this stream with HTTP/1.1',
    },
    related: {
      http10Set: 'proxy_http_version 1.0 is set here',
      luaServes: '{directive} serves the proxied requests here',
    },
    docs: {
      why: 'Before nginx 1.29.7 proxy_http_version defaults to 1.0; since 1.29.7 it is 1.1 (sse-semantics.md section 1, SSE003). HTTP/1.0 alone does not break a plain backend: it answers with a close-delimited body and unbuffered nginx relays it at once [E18]. But there is no upstream keepalive, and backends that buffer for HTTP/1.0 clients do break streaming. OpenResty/ngx_lua with the default `lua_http10_buffering on` buffered a whole event stream and sent it with a Content-Length [E39]; HTTP/1.1 streamed it [E40]. So this is a warning, and an error when the proxied address is a content_by_lua location of the same config that buffers HTTP/1.0 (SSE021). With no --nginx-version the pre-1.29.7 default is assumed.',
      bad: 'location /v1/chat/completions {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n}',
      good: 'location /v1/chat/completions {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_http_version 1.1;\n}',
      fix: 'Safe: inserts `proxy_http_version 1.1;` into the stream location (or changes a `1.0` written there). Before 1.29.7 nginx then still sends `Connection: close` unless `proxy_set_header Connection "";` is added, which only matters for upstream keepalive (rule keepalive-ineffective).',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_http_version',
        'https://github.com/openresty/lua-nginx-module#lua_http10_buffering',
        'https://nginx.org/en/CHANGES',
      ],
    },
  },
  create(ctx) {
    /** A content_by_lua location among the proxied targets that still buffers HTTP/1.0 responses. */
    const bufferingLua = (c: ContextNode): { target: ProxiedLocation; directive: string; origin: MessageArg } | null => {
      for (const target of proxiedLocations(ctx.model, c)) {
        const h = ctx.model.handler(target.location);
        // The handler module is `lua` only for content_by_lua, content_by_lua_block and content_by_lua_file.
        if (h.module !== 'lua' || !h.directive) continue;
        const v = ctx.model.effective(target.location, 'lua_http10_buffering');
        if (v.value !== 'on') continue;
        return { target, directive: h.directive.name, origin: ctx.origin(v) };
      }
      return null;
    };

    const check = (c: ContextNode): void => {
      if (!ctx.model.isStream(c)) return;
      if (ctx.model.handler(c).module !== 'proxy') return;
      const v = ctx.model.effective(c, 'proxy_http_version');
      if (v.value !== '1.0') return;
      const block = insertionBlock(ctx.model, c, false);
      if (!block) return;
      const loc = ctx.model.locationOf(c) ?? c;
      const setHere = setAt(v, loc);
      const assumed = v.origin.kind === 'default' && ctx.model.version === null
        ? ctx.message('assumed', { version: ctx.code(PROXY_DEFAULTS_CHANGED) })
        : null;
      const base = { origin: ctx.origin(v), assumed, why: ctx.stream(c) };
      const lua = bufferingLua(c);
      const related = v.origin.kind === 'directive' && !setHere ? [ctx.related(v.origin.directive, 'http10Set')] : [];
      if (lua) related.push(ctx.related(lua.target.location.directive!, 'luaServes', { directive: ctx.code(lua.directive) }));
      ctx.report({
        node: setHere ?? c.directive!,
        context: c,
        messageId: lua ? 'lua' : 'http10',
        severity: lua ? 'error' : 'warning',
        data: lua
          ? {
            ...base,
            address: ctx.code(lua.target.address),
            luaLocation: ctx.level(lua.target.location),
            luaWhere: ctx.where(lua.target.location.directive!),
            luaDirective: ctx.code(lua.directive),
            luaOrigin: lua.origin,
          }
          : base,
        related,
        fix: {
          id: 'http11',
          applicability: 'safe',
          edits: (f) => (setHere ? f.replaceArg(setHere, 0, '1.1') : f.insertDirective(block, 'proxy_http_version 1.1;')),
        },
      });
    };
    return {
      streamLocation: check,
      if(c) {
        if (ifHasOwnHandler(ctx.model, c)) check(c);
      },
    };
  },
});
