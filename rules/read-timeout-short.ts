// read-timeout-short: a stream whose upstream read timeout (60 s by default) cuts it after a short silence (SSE005).
import { defineRule, type FixSpec } from '../src/engine/define-rule.js';
import type { ContextNode } from '../src/model/context.js';
import { setAt, setDirectlyIn } from '../src/model/queries/blocks.js';
import { handlerSites, moduleDirective, READ_TIMEOUT_MODULES } from '../src/model/queries/handlers.js';
import { parseDuration } from '../src/model/queries/units.js';

export default defineRule({
  meta: {
    id: 'read-timeout-short',
    summary: 'The upstream read timeout cuts event streams that stay silent for a minute or less',
    severity: 'warning',
    fix: 'safe',
    streamOnly: true,
    messages: {
      short: '{directive} is {value} here ({origin}): a stream that stays silent for longer than {seconds} s is cut, and the client sees a truncated response and reconnects. Have the backend send a heartbeat comment more often than every {seconds} s, or raise the timeout; it also bounds the wait for the first response header. Stream: {why}.',
    },
    fixes: {
      raise: 'Set {directive} to {value} for this location',
    },
    related: {
      setHere: '{line} is set here',
    },
    options: { minSeconds: 60, fixValue: '1h' },
    docs: {
      why: '`proxy_read_timeout` (default 60 s; likewise fastcgi_, uwsgi_, scgi_ and grpc_read_timeout) is an idle timer between two reads from the upstream, not a limit on the whole response. When an event stream is silent for longer than that, nginx closes it mid-body: the client sees a truncated chunked response (curl exit 18) and EventSource reconnects [E21]; with buffering on, events still in the buffer are lost [E22]. Heartbeat comments (`: ping`) reset the timer [E23]. The same timer bounds the wait for the response header, so an LLM backend that sends nothing until its first token is cut when it needs longer (sse-semantics.md SSE005). A value of 0 is not "no timeout" but an immediate 504; rule read-timeout-zero reports that. A timeout written in the config is reported on every stream; nginx\'s 60 s default, which nobody chose, only on streams the user declared (`--route`, `streams`, `# sse-lint: stream`) and on LLM API endpoints, where the wait for the first token alone can pass a minute: event streams sse-lint finds by itself usually send heartbeats, which the config cannot show. nginx does not re-arm a timer whose new expiry is within 300 ms of the old one, so the cut can come up to 0.3 s before the full timeout has passed since the last read (measured in test/e2e): keep heartbeats comfortably more frequent than the timeout.',
      bad: 'location /v1/chat/completions {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n}',
      good: 'location /v1/chat/completions {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_read_timeout 1h;\n}',
      fix: 'Safe: inserts `proxy_read_timeout 1h;` (the module\'s own directive for FastCGI, uwsgi, SCGI and gRPC; option `fixValue`) into the stream location, or replaces the value when it is written directly in that location. The timeout only bounds silences, so responses that keep sending are unaffected; a backend that hangs without sending anything now holds its connection for up to the new value instead of a minute. No fix is offered when the value comes from a file included inside the location (editing it would change every location that includes it). Heartbeats from the backend are still recommended: load balancers and proxies in front of nginx have idle timeouts of their own.',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout',
        'https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_read_timeout',
        'https://nginx.org/en/docs/http/ngx_http_grpc_module.html#grpc_read_timeout',
        'https://html.spec.whatwg.org/multipage/server-sent-events.html#authoring-notes',
      ],
    },
  },
  create(ctx) {
    const silenceLikely = (loc: ContextNode): boolean => {
      const evidence = ctx.model.streamEvidence(loc);
      return evidence.confidence === 'declared' || evidence.reasons.some((r) => r.why.kind === 'api-path');
    };
    const minSeconds = Number(ctx.options.minSeconds ?? 60);
    const fixValue = String(ctx.options.fixValue ?? '1h');
    const fixSeconds = parseDuration(fixValue);
    // A fix must leave a value the rule accepts, or the fix loop would never settle.
    const canFix = fixSeconds !== null && fixSeconds > minSeconds;
    return {
      streamLocation(loc) {
        if (!loc.directive) return;
        const block = loc.directive;
        for (const site of handlerSites(ctx.model, loc)) {
          if (!READ_TIMEOUT_MODULES.includes(site.handler.module)) continue;
          const name = moduleDirective(site.handler.module, 'read_timeout')!;
          // Not allowed in `if`: the value an `if` proxies with is always the location's.
          const v = ctx.model.effective(loc, name);
          const raw = v.args?.[0];
          const seconds = raw === undefined ? null : parseDuration(raw);
          // 0 is read-timeout-zero's; a malformed value is nginx -t's.
          if (seconds === null || seconds === 0 || seconds > minSeconds) continue;
          // Nobody chose nginx's default: it is reported where a minute of silence is likely, on streams the user
          // declared and on LLM endpoints (the first token can take longer). Streams sse-lint found by itself usually
          // send heartbeats, which the config cannot show.
          if (v.origin.kind === 'default' && !silenceLikely(loc)) continue;
          const written = setDirectlyIn(v, loc);
          // The line that sets the value here, also when it stands in a snippet this location includes: the edit goes
          // there, and the engine keeps it only when every includer needs it (else an unsafe inline copy).
          const at = setAt(v, loc);
          const node = site.ctx === loc ? written ?? block : site.handler.directive!;
          const fix: FixSpec | undefined = canFix
            ? {
              id: 'raise',
              data: { directive: ctx.code(name), value: ctx.code(fixValue) },
              applicability: 'safe',
              edits: (f) => (at ? f.replaceArg(at, 0, fixValue) : f.insertDirective(block, `${name} ${fixValue};`)),
            }
            : undefined;
          ctx.report({
            node,
            context: site.ctx,
            messageId: 'short',
            data: { directive: ctx.code(name), value: ctx.code(raw!), seconds: Number(seconds.toFixed(3)), origin: ctx.origin(v), why: ctx.stream(loc) },
            related: v.origin.kind === 'directive' && v.origin.directive !== node ? [ctx.related(v.origin.directive, 'setHere', { line: ctx.code(`${name} ${raw}`) })] : [],
            fix,
          });
        }
      },
    };
  },
});
