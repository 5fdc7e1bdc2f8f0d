// cors-missing-always: CORS add_header on a stream without `always`, so error responses lose it (SSE011 note, SSE014).
import { defineRule } from '../src/engine/define-rule.js';
import type { ContextNode, Directive } from '../src/model/context.js';
import { mergeChain } from '../src/model/effective.js';

/** Statuses add_header applies to without `always` (ngx_http_headers_filter). */
const SAFE_STATUS = new Set(['200', '201', '204', '206', '301', '302', '303', '304', '307', '308']);
const MAX_PLACES = 4;
/**
 * Headers only a preflight reads: missing on an error response of the actual request, they change nothing
 * (a preflight answered by nginx with `return 204` gets them anyway).
 */
const PREFLIGHT_ONLY = new Set([
  'access-control-allow-methods', 'access-control-allow-headers', 'access-control-max-age', 'access-control-allow-private-network',
]);

export default defineRule({
  meta: {
    id: 'cors-missing-always',
    summary: 'CORS add_header without always: error responses of a stream lose their CORS headers',
    severity: 'warning',
    fix: 'safe',
    streamOnly: true,
    messages: {
      missing: 'add_header {header} has no "always", so nginx adds it only to 200, 201, 204, 206 and 3xx responses. When {streams} answers 401, 403, 429 or 5xx, the browser reports a CORS error instead of the status and EventSource only fires onerror.',
      theStream: 'the stream {streams}',
    },
    fixes: {
      always: 'Send this CORS header on error responses too (always)',
    },
    docs: {
      why: 'add_header applies only to responses with status 200, 201, 204, 206, 301, 302, 303, 304, 307 or 308 unless the `always` parameter is given (ngx_http_headers_filter; sse-semantics.md SSE011 note and SSE014). A cross-origin event stream that is refused with 401 or 403, rate-limited with 429 or fails with 502 or 504 (a backend that sends no headers within proxy_read_timeout) then arrives without Access-Control-Allow-Origin: the browser hides the response, the page sees only a CORS error, and EventSource cannot tell an auth failure from a network error. Preflight-only headers (Access-Control-Allow-Methods, -Allow-Headers, -Max-Age) are not reported: the actual request\'s response does not need them. OpenResty more_set_headers applies to every status by default and is not reported.',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    add_header Access-Control-Allow-Origin https://app.example.com;\n}',
      good: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    add_header Access-Control-Allow-Origin https://app.example.com always;\n}',
      fix: 'Safe: appends `always` to the add_header line. The header is then also sent on error responses, which is what CORS headers are for; successful responses are unchanged.',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header',
        'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS/Errors',
      ],
    },
  },
  create(ctx) {
    // One finding per add_header line, listing the stream blocks it reaches, in walk order.
    const found = new Map<Directive, ContextNode[]>();
    const check = (c: ContextNode): void => {
      if (!ctx.model.isStream(c)) return;
      // An `if` that always answers with a status from the safe list (an OPTIONS preflight's `return 204`) is fine.
      if (c.kind === 'if' && answersSafely(c)) return;
      for (const e of ctx.model.effectiveList(c, 'add_header').entries) {
        const d = e.directive;
        const name = d.arg(0)?.toLowerCase() ?? '';
        if (!name.startsWith('access-control-') || PREFLIGHT_ONLY.has(name)) continue;
        if ((d.arg(1) ?? '') === '' || d.arg(2) === 'always') continue;
        const places = found.get(d) ?? [];
        found.set(d, places);
        places.push(c);
      }
    };
    return {
      streamLocation: check,
      if(c) {
        if (ctx.model.locationOf(c)) check(c);
      },
      done() {
        for (const [d, places] of found) {
          const streams = ctx.message('theStream', { streams: ctx.list(places.map((p) => ctx.streamLocation(p)), 'comma', { limit: MAX_PLACES, distinct: true }) });
          // The same finding from every block that holds the line and passes it to a stream: a line in a
          // file included from several blocks is then fixed only when all of them need it.
          const reached = new Set(places.flatMap((p) => mergeChain(p)));
          const hosts = ctx.model.contextsOf(d).filter((h) => reached.has(h));
          for (const host of hosts.length ? hosts : [places[0]!]) {
            ctx.report({
              node: d,
              context: host,
              messageId: 'missing',
              data: { header: ctx.code(d.args[0]!.raw), streams },
              fix: { id: 'always', applicability: 'safe', edits: (f) => f.appendArg(d, 'always') },
            });
          }
        }
      },
    };
  },
});

/** The block ends every request it handles with `return <status>` where the status is one add_header covers anyway. */
function answersSafely(c: ContextNode): boolean {
  const ret = c.directives.find((d) => d.name === 'return');
  const code = ret?.arg(0);
  return code !== undefined && SAFE_STATUS.has(code);
}
