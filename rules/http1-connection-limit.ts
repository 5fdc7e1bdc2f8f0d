// http1-connection-limit: a server with event streams and no HTTP/2 leaves browsers at about six connections per host (SSE015).
import { defineRule, type FixSpec } from '../src/engine/define-rule.js';
import type { ContextNode } from '../src/model/context.js';
import { compareVersions } from '../src/model/directives.js';
import { setAt, writtenDirectlyIn } from '../src/model/queries/blocks.js';
import { serverProtocols } from '../src/model/queries/protocols.js';
import { isHttpServer, serverOf } from '../src/model/queries/servers.js';

/** The release that added the per-server `http2` directive (and deprecated `listen ... http2`). */
const HTTP2_DIRECTIVE = '1.25.1';

export default defineRule({
  meta: {
    id: 'http1-connection-limit',
    summary: 'Event streams over HTTP/1.1 run into the browser limit of about six connections per host',
    severity: 'warning',
    fix: 'safe',
    messages: {
      tls: 'This TLS server serves event streams without HTTP/2 ({http2}): browsers open about six HTTP/1.1 connections per host and every open EventSource holds one, so from the seventh tab on, streams and ordinary requests to this host wait. HTTP/2 carries many streams on one connection. Streams: {streams}.',
      plain: 'This server serves event streams over plain HTTP{h2c}: browsers speak HTTP/2 only over TLS, so here they use HTTP/1.1 with about six connections per host, and every open EventSource holds one. If TLS ends in a proxy or load balancer in front of nginx, the limit is that tier\'s. Streams: {streams}.',
      h2c: ' (HTTP/2 without TLS, from {line}, is not used by browsers)',
      noHttp2: 'no listen ... http2 on its address{via}, and http2 is not turned on',
      via: ' ({line})',
    },
    fixes: {
      http2On: 'Turn HTTP/2 on for this server',
      listenHttp2: 'Add http2 to the TLS listen lines of this server',
    },
    docs: {
      why: 'Browsers allow about six concurrent HTTP/1.1 connections per host, and each open EventSource holds one for as long as it runs, so a user with several tabs open starves the rest of the site (Chrome and Firefox marked this "won\'t fix"; MDN EventSource). Over HTTP/2 the streams share one connection, up to http2_max_concurrent_streams (128) per connection: 8 streams multiplexed on one connection all arrived incrementally [E37]. Browsers use HTTP/2 only over TLS, so the finding is a warning for TLS servers and a note for plain-HTTP ones. `ssl` and `http2` on a listen apply to the whole address:port, whichever server sets them; `http2 on` (nginx 1.25.1+) applies per server. Each stream still needs its own upstream connection (rule stream-capacity) (sse-semantics.md SSE015).',
      bad: 'server {\n    listen 443 ssl;\n    server_name example.com;\n    ssl_certificate /etc/ssl/example.pem;\n    ssl_certificate_key /etc/ssl/example.key;\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_buffering off;\n    }\n}',
      good: 'server {\n    listen 443 ssl http2;\n    server_name example.com;\n    ssl_certificate /etc/ssl/example.pem;\n    ssl_certificate_key /etc/ssl/example.key;\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_buffering off;\n    }\n}',
      fix: 'Safe, for TLS servers only: when the target nginx is 1.25.1 or newer (`--nginx-version`), inserts `http2 on;` after the server\'s listen lines (or turns a `http2 off;` written in the server on); for older or unknown versions it appends `http2` to the server\'s TLS `listen` lines, the form every version with HTTP/2 accepts (1.25.1+ accepts it with a deprecation warning, so `http2 on;` is only chosen when the version is known). A `listen ... http2` enables HTTP/2 for every server on that address and port. HTTP/2 is negotiated by ALPN, so clients without it keep HTTP/1.1. When the server turns HTTP/2 off explicitly the fix is unsafe: someone chose that.',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_v2_module.html#http2',
        'https://nginx.org/en/docs/http/ngx_http_core_module.html#listen',
        'https://developer.mozilla.org/en-US/docs/Web/API/EventSource',
      ],
    },
  },
  create(ctx) {
    const byServer = new Map<ContextNode, ContextNode[]>();
    const newDirective = ctx.model.version !== null && compareVersions(ctx.model.version, HTTP2_DIRECTIVE) >= 0;

    return {
      streamLocation(loc) {
        if (!loc.directive) return;
        const server = serverOf(loc);
        if (!server || !isHttpServer(server)) return;
        const list = byServer.get(server);
        if (list) list.push(loc);
        else byServer.set(server, [loc]);
      },
      done() {
        for (const [server, streams] of byServer) {
          const p = serverProtocols(ctx.model, server);
          const labels = ctx.list(streams.map((s) => ctx.level(s)), 'comma', { limit: 3 });
          const node = server.directive ?? streams[0]!.directive!;
          if (!p.tls) {
            const h2c = p.http2 && p.http2Via ? ctx.message('h2c', { line: ctx.show(p.http2Via) }) : null;
            ctx.report({ node, context: server, messageId: 'plain', severity: 'info', data: { h2c, streams: labels } });
            continue;
          }
          if (p.http2) continue;

          const setting = p.http2Setting;
          const explicitOff = setting.origin.kind === 'directive';
          const http2 = explicitOff
            ? ctx.origin(setting)
            : ctx.message('noHttp2', { via: p.tlsVia ? ctx.message('via', { line: ctx.show(p.tlsVia) }) : null });
          let fix: FixSpec | undefined;
          const applicability = explicitOff ? 'unsafe' : 'safe';
          if (newDirective) {
            const block = server.directive;
            // The line that sets http2 here, also in a snippet this server includes (the engine decides by its includers).
            const at = setAt(setting, server);
            if (block) {
              fix = {
                id: 'http2On',
                applicability,
                edits: (f) => (at ? f.replaceArg(at, 0, 'on') : f.insertDirective(block, 'http2 on;', { family: 'listen' })),
              };
            }
          } else {
            // Before 1.25.1 (and when the version is unknown): the listen parameter, which every HTTP/2-capable nginx accepts.
            const listens = p.tlsListens.filter((d) => writtenDirectlyIn(d, server));
            if (listens.length > 0) {
              fix = {
                id: 'listenHttp2',
                applicability,
                edits: (f) => listens.map((d) => f.appendArg(d, 'http2')),
              };
            }
          }
          // No surer than its surest stream: a server whose streams are all guesses gets a warning at most (a note while
          // the user declared streams elsewhere).
          const severity = streams.some((s) => ctx.model.streamEvidence(s).maxSeverity !== 'info') ? 'warning' : 'info';
          ctx.report({ node, context: server, messageId: 'tls', severity, data: { http2, streams: labels }, fix });
        }
      },
    };
  },
});
