// read-timeout-zero: `*_read_timeout 0` is an immediate 504, not "no timeout" (SSE005).
import { defineRule } from '../src/engine/define-rule.js';
import { moduleDirectives, READ_TIMEOUT_MODULES } from '../src/model/queries/handlers.js';
import { parseDuration } from '../src/model/queries/units.js';

const NAMES: readonly string[] = moduleDirectives('read_timeout', READ_TIMEOUT_MODULES);

export default defineRule({
  meta: {
    id: 'read-timeout-zero',
    summary: 'A read timeout of 0 fails every request with 504',
    severity: 'error',
    fix: 'unsafe',
    messages: {
      zero: '{directive} {value} does not disable the timeout: nginx times out at once and answers 504 to every request here',
    },
    fixes: {
      set: 'Set {directive} to {value}',
    },
    options: { fixValue: '1h' },
    docs: {
      why: 'nginx has no "infinite" read timeout. `proxy_read_timeout 0` passes `nginx -t` and then every request fails at once with "upstream timed out ... while reading response header" and a 504 (sse-semantics.md SSE005, experiment E21b). The timeout is an idle timer between two reads, so a large value plus heartbeat comments from the backend is the way to keep quiet streams open.',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_read_timeout 0;\n}',
      good: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_read_timeout 1h;\n}',
      fix: 'Unsafe: replaces 0 with `1h` (option `fixValue`). It changes behaviour (requests stop failing), which is what was intended, but the right value depends on the longest silence of the stream.',
      references: ['https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout'],
    },
  },
  create(ctx) {
    return {
      directiveNames: NAMES,
      directive(d, c) {
        if (d.argc !== 1) return;
        const raw = d.arg(0)!;
        if (parseDuration(raw) !== 0) return;
        const fixValue = String(ctx.options.fixValue ?? '1h');
        ctx.report({
          node: d,
          context: c,
          messageId: 'zero',
          data: { directive: ctx.code(d.name), value: ctx.code(raw) },
          fix: { id: 'set', data: { directive: ctx.code(d.name), value: ctx.code(fixValue) }, applicability: 'unsafe', edits: (f) => f.replaceArg(d, 0, fixValue) },
        });
      },
    };
  },
});
