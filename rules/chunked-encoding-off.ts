// chunked-encoding-off: `chunked_transfer_encoding off` on a stream is unnecessary and loses keepalive and truncation detection (SSE009).
import { defineRule, type FixSpec } from '../src/engine/define-rule.js';
import { setDirectlyIn } from '../src/model/queries/blocks.js';

export default defineRule({
  meta: {
    id: 'chunked-encoding-off',
    summary: 'chunked_transfer_encoding off is not needed for SSE and hides truncated streams',
    severity: 'info',
    fix: 'safe',
    streamOnly: true,
    messages: {
      off: 'chunked_transfer_encoding is off here ({origin}). Event streams do not need that: they stream the same with chunked encoding. Without it an HTTP/1.1 response ends by closing the connection, so the client loses keepalive and can no longer tell a complete stream from a cut one (HTTP/2 and HTTP/3 clients are not affected). Stream: {why}.',
    },
    fixes: {
      setOn: 'Set {directive} to on for this location',
      removeOff: 'Remove {directive} off from this location',
    },
    related: {
      setOff: '{directive} off is set here',
    },
    docs: {
      why: 'Many SSE snippets add `chunked_transfer_encoding off;`, but streaming works the same either way [E20: first event after 1 ms]. With it off and no Content-Length (an event stream has none), nginx marks the connection not keepalive and delimits the body by closing the connection (ngx_http_chunked_header_filter). The client then cannot distinguish a stream that ended from one cut by a timeout or an upstream error, which with chunked encoding shows as a missing final chunk (curl exit 18, [E21]), and every reconnect needs a new TCP (and TLS) connection. HTTP/2 and HTTP/3 have no chunked encoding, so there it changes nothing (sse-semantics.md SSE009).',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    chunked_transfer_encoding off;\n}',
      good: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n}',
      fix: 'Safe: removes `chunked_transfer_encoding off;` when it is written directly in the stream location; if an outer level would still turn it off, sets it to `on` instead. Streaming is unchanged [E20]; clients regain keepalive and truncation detection. When the setting is inherited from server or http, no fix is offered: other locations there may rely on it.',
      references: ['https://nginx.org/en/docs/http/ngx_http_core_module.html#chunked_transfer_encoding'],
    },
  },
  create(ctx) {
    const name = 'chunked_transfer_encoding';
    return {
      streamLocation(loc) {
        if (!loc.directive) return;
        const v = ctx.model.effective(loc, name);
        if (v.value !== 'off') return;
        const written = setDirectlyIn(v, loc);
        // Removing the line only helps when the location does not inherit `off` from above as well.
        const fix: FixSpec | undefined = written
          ? ctx.model.inherited(loc, name).value === 'off'
            ? { id: 'setOn', data: { directive: ctx.code(name) }, applicability: 'safe', edits: (f) => f.replaceArg(written, 0, 'on') }
            : { id: 'removeOff', data: { directive: ctx.code(name) }, applicability: 'safe', edits: (f) => f.removeDirective(written) }
          : undefined;
        ctx.report({
          node: written ?? loc.directive,
          context: loc,
          messageId: 'off',
          data: { origin: ctx.origin(v), why: ctx.stream(loc) },
          related: !written && v.origin.kind === 'directive' ? [ctx.related(v.origin.directive, 'setOff', { directive: ctx.code(name) })] : [],
          fix,
        });
      },
    };
  },
});
