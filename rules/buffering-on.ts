// buffering-on: a stream location whose response buffering is on (SSE001).
import { defineRule } from '../src/engine/define-rule.js';
import { setAt } from '../src/model/queries/blocks.js';
import { bufferingDirective } from '../src/model/queries/handlers.js';

export default defineRule({
  meta: {
    id: 'buffering-on',
    summary: 'Response buffering holds event-stream data back',
    severity: 'error',
    fix: 'safe',
    streamOnly: true,
    messages: {
      on: '{directive} is on here ({origin}); events reach clients in lumps when a buffer fills or the stream ends. Stream: {why}. (A backend that sends "X-Accel-Buffering: no" would also turn it off per response; that cannot be seen from the config.)',
      invalid: '{directive} is {value} here ({origin}), which is not off: nginx -t rejects the value, and only off stops the buffering that delivers events in lumps when a buffer fills or the stream ends. Stream: {why}.',
    },
    fixes: {
      turnOff: 'Turn {directive} off for this location',
    },
    related: {
      setOn: '{directive} on is set here',
      setInvalid: '{directive} {value} is set here',
    },
    docs: {
      why: 'With proxy_buffering on (the default) nginx passes response data on only when a proxy buffer (4 KiB by default) fills or the response ends, so small events arrive in lumps or all at once at the end (sse-semantics.md SSE001; experiments E01, E34, E36). With buffering off every upstream read is written to the client immediately (E02). The same holds for fastcgi_buffering, uwsgi_buffering and scgi_buffering. gRPC and memcached are always unbuffered.',
      bad: 'location /v1/chat/completions {\n    proxy_pass http://127.0.0.1:8080;\n}',
      good: 'location /v1/chat/completions {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n}',
      fix: 'Safe: inserts `proxy_buffering off;` (or the fastcgi/uwsgi/scgi equivalent) into the stream location only. Turning buffering off for a whole server is not done: unbuffered proxying ties an upstream connection to slow clients.',
      references: ['https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffering', 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_ignore_headers'],
    },
  },
  create(ctx) {
    return {
      streamLocation(loc) {
        const name = bufferingDirective(ctx.model.handler(loc).module);
        if (!name) return;
        const v = ctx.model.effective(loc, name);
        // Anything but off leaves buffering on: a value nginx -t rejects (`proxy_buffering no`) is reported as
        // invalid-value too, and is not taken for the off it was meant to be.
        if (v.value === 'off' || v.value === null) return;
        const setHere = setAt(v, loc);
        const invalid = v.value !== 'on';
        ctx.report({
          // A value written in this location is the thing to point at; otherwise the location itself.
          node: setHere ?? loc.directive!,
          context: loc,
          messageId: invalid ? 'invalid' : 'on',
          data: { directive: ctx.code(name), origin: ctx.origin(v), why: ctx.stream(loc), ...(invalid ? { value: ctx.code(v.args?.[0] ?? v.value) } : {}) },
          related: !setHere && v.origin.kind === 'directive'
            ? [invalid ? ctx.related(v.origin.directive, 'setInvalid', { directive: ctx.code(name), value: ctx.code(v.args?.[0] ?? v.value) }) : ctx.related(v.origin.directive, 'setOn', { directive: ctx.code(name) })]
            : [],
          provenance: v,
          // The edit goes where the value is written, a snippet included here too: the engine keeps it when every
          // includer needs it and otherwise offers the snippet copied inline here instead (unsafe).
          fix: {
            id: 'turnOff',
            data: { directive: ctx.code(name) },
            applicability: 'safe',
            edits: (f) => (setHere ? f.replaceArg(setHere, 0, 'off') : f.insertDirective(loc.directive!, `${name} off;`)),
          },
        });
      },
    };
  },
});
