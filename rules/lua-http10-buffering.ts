// lua-http10-buffering: an ngx_lua stream that buffers its whole output for HTTP/1.0 requests (SSE021).
import { defineRule } from '../src/engine/define-rule.js';
import type { ContextNode } from '../src/model/context.js';
import { setAt } from '../src/model/queries/blocks.js';

const NAME = 'lua_http10_buffering';

export default defineRule({
  meta: {
    id: 'lua-http10-buffering',
    summary: 'An ngx_lua stream is buffered whole for HTTP/1.0 requests',
    severity: 'warning',
    fix: 'safe',
    streamOnly: true,
    messages: {
      on: 'lua_http10_buffering is on here ({origin}): for HTTP/1.0 requests, such as those of an nginx older than 1.29.7 proxying here with its default proxy_http_version 1.0, ngx_lua buffers all output to compute a Content-Length and ngx.flush does nothing, so the stream arrives in one piece at the end. Stream: {why}.',
    },
    fixes: {
      turnOff: 'Turn {directive} off for this stream',
    },
    related: {
      setOn: '{directive} on is set here',
    },
    docs: {
      why: 'ngx_lua\'s `lua_http10_buffering` defaults to on: for HTTP/1.0 requests every ngx.print/ngx.say is buffered so that a Content-Length can be sent, and the lua-nginx-module README says ngx.flush is not functional in that mode (sse-semantics.md SSE021). HTTP/1.1 clients stream fine [E38], but a front nginx with the pre-1.29.7 default `proxy_http_version 1.0` received a Lua event stream as one lump with a Content-Length, even with `proxy_buffering off` [E39]. `lua_http10_buffering off` on the Lua side fixed it [E41]. It is allowed in http, server, location and `if` in location; an `if` that sets it applies only when the condition matches.',
      bad: 'location /events {\n    default_type text/event-stream;\n    content_by_lua_block {\n        ngx.say("data: hello\\n")\n        ngx.flush(true)\n    }\n}',
      good: 'location /events {\n    default_type text/event-stream;\n    lua_http10_buffering off;\n    content_by_lua_block {\n        ngx.say("data: hello\\n")\n        ngx.flush(true)\n    }\n}',
      fix: 'Safe: inserts `lua_http10_buffering off;` into the stream location (or the `if` block that sets it on, or changes an `on` written there). HTTP/1.1 clients are unaffected; HTTP/1.0 clients get a close-delimited stream instead of one buffered response.',
      references: [
        'https://github.com/openresty/lua-nginx-module#lua_http10_buffering',
        'https://github.com/openresty/lua-nginx-module#ngxflush',
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_http_version',
      ],
    },
  },
  create(ctx) {
    const check = (c: ContextNode): void => {
      if (!ctx.model.isStream(c)) return;
      if (ctx.model.handler(c).module !== 'lua') return;
      const v = ctx.model.effective(c, NAME);
      if (v.value === 'off') return;
      const setHere = setAt(v, c);
      ctx.report({
        node: setHere ?? c.directive!,
        context: c,
        messageId: 'on',
        data: { origin: ctx.origin(v), why: ctx.stream(c) },
        related: v.origin.kind === 'directive' && !setHere ? [ctx.related(v.origin.directive, 'setOn', { directive: ctx.code(NAME) })] : [],
        fix: {
          id: 'turnOff',
          data: { directive: ctx.code(NAME) },
          applicability: 'safe',
          edits: (f) => (setHere ? f.replaceArg(setHere, 0, 'off') : f.insertDirective(c.directive!, `${NAME} off;`)),
        },
      });
    };
    return {
      streamLocation: check,
      if(c) {
        const loc = ctx.model.locationOf(c);
        if (!loc) return;
        // An `if` matters when it serves Lua content its location does not, or sets the flag itself.
        const own = ctx.model.handler(c).context === c && ctx.model.handler(loc).module !== 'lua';
        const setsFlag = c.directives.some((d) => d.name === NAME);
        if (own || setsFlag) check(c);
      },
    };
  },
});
