// accel-buffering-request-header: X-Accel-Buffering sent as a request header to the backend does nothing to buffering (SSE002b).
import { defineRule } from '../src/engine/define-rule.js';

export default defineRule({
  meta: {
    id: 'accel-buffering-request-header',
    summary: 'X-Accel-Buffering set as a request header to the backend has no effect on buffering',
    severity: 'warning',
    fix: 'unsafe',
    messages: {
      request: '{shown} only adds a request header that the backend receives; nginx reads X-Accel-Buffering from the backend\'s response, so buffering stays as it is. Use {buffering} off; in the stream location, or have the backend send "X-Accel-Buffering: no" in its response.',
      alreadyOff: '{shown} only adds a request header that the backend receives; nginx reads X-Accel-Buffering from the backend\'s response. Buffering is already off here ({origin}), so this line does nothing for it: remove it.',
    },
    fixes: {
      remove: 'Remove the {line} line',
    },
    docs: {
      why: 'X-Accel-Buffering is an upstream response header: nginx looks at it while it processes the backend\'s response headers (ngx_http_upstream_process_buffering). `proxy_set_header X-Accel-Buffering no;` puts the header on the request to the backend instead. In experiment E07 the backend saw it among its request headers and nginx still delivered the stream in one lump (sse-semantics.md SSE002b, section 6). `fastcgi_param HTTP_X_ACCEL_BUFFERING` is the FastCGI spelling of the same mistake.',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_set_header X-Accel-Buffering no;\n}',
      good: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n}',
      fix: 'Unsafe: removes the line. It changes what the backend receives (an application could read the header), and when it is the only proxy_set_header (or fastcgi_param) of its block the block starts inheriting the outer level\'s lines. Turning buffering off is a separate step (rule buffering-on).',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header',
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffering',
        'https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_param',
      ],
    },
  },
  create(ctx) {
    return {
      directiveNames: ['proxy_set_header', 'fastcgi_param'],
      directive(d, c) {
        // Every server's shared proxy_set_header lines come here: the header's name is compared in place first.
        let buffering: string;
        if (d.name === 'proxy_set_header') {
          if (!d.argIs(0, 'x-accel-buffering')) return;
          buffering = 'proxy_buffering';
        } else if (d.name === 'fastcgi_param' && d.arg(0)?.toUpperCase() === 'HTTP_X_ACCEL_BUFFERING') buffering = 'fastcgi_buffering';
        else return;
        const name = d.arg(0)!;
        // In a block that proxies with the matching module, the buffering in effect decides what to advise.
        const module = buffering === 'proxy_buffering' ? 'proxy' : 'fastcgi';
        const v = ctx.model.locationOf(c) && ctx.model.handler(c).module === module ? ctx.model.effective(c, buffering) : null;
        const off = v !== null && v.value === 'off';
        ctx.report({
          node: d,
          context: c,
          messageId: off ? 'alreadyOff' : 'request',
          data: off ? { shown: ctx.show(d), origin: ctx.origin(v) } : { shown: ctx.show(d), buffering: ctx.code(buffering) },
          fix: { id: 'remove', data: { line: ctx.code(`${d.name} ${name}`) }, applicability: 'unsafe', edits: (f) => f.removeDirective(d) },
        });
      },
    };
  },
});
