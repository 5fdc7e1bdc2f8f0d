// keepalive-ineffective: an upstream keeps idle connections but a location still sends HTTP/1.0 or Connection: close (SSE019).
import { defineRule, type MessageArg, type RelatedSpan } from '../src/engine/define-rule.js';
import type { ContextNode } from '../src/model/context.js';
import { compareVersions, PROXY_DEFAULTS_CHANGED } from '../src/model/directives.js';
import { entryValue } from '../src/model/effective.js';
import { setDirectlyIn } from '../src/model/queries/blocks.js';
import { connectionSent, hasToken, sendsCloseByDefault } from '../src/model/queries/connection.js';

export default defineRule({
  meta: {
    id: 'keepalive-ineffective',
    summary: 'Upstream keepalive is configured but this location closes every upstream connection',
    severity: 'info',
    fix: 'suggestion',
    messages: {
      closes: 'upstream {upstream} keeps idle connections ({keepalive}), but requests from here are sent with {reasons}, so the backend closes every connection and keepalive does nothing for them.{recipe}',
      keepaliveDefault: 'keepalive {value}: {default}',
      http10: 'HTTP/1.0 ({origin})',
      http10Default: 'HTTP/1.0 (proxy_http_version: {origin})',
      closeDefault: 'Connection: close ({default}; no proxy_set_header Connection in effect)',
      closeLine: 'Connection: {value} ({origin})',
      closeMap: 'Connection: {value} for requests without Upgrade ({origin}; map {source} {variable} gives "{value}"{at})',
      mapAt: ' at {at}',
      adviceBefore: ' Use proxy_http_version 1.1; and proxy_set_header Connection ""; (or a map whose empty value is "") where these requests are proxied.',
      adviceSince: ' Drop the proxy_http_version 1.0 or Connection: close setting (HTTP/1.1 without a Connection header is the default since {version}).',
    },
    fixes: {
      wire: 'Proxy {place} with HTTP/1.1 and an empty Connection header so upstream connections are kept',
    },
    related: {
      keepaliveSet: 'keepalive is set here',
      keepaliveByDefault: 'this upstream block keeps idle connections by default',
      http10Set: 'proxy_http_version 1.0 is set here',
      closeSet: 'Connection: close is set here',
      mapValue: '{variable} is "{value}" for ordinary requests',
    },
    docs: {
      why: 'An upstream block\'s `keepalive` only caches idle connections that the backend leaves open. Before nginx 1.29.7 that needs `proxy_http_version 1.1` and a cleared Connection header (`proxy_set_header Connection "";`), because nginx proxies with HTTP/1.0 and `Connection: close` by default; otherwise keepalive is silently ineffective. Since 1.29.7 HTTP/1.1 and no Connection header are the defaults, and explicit upstream blocks get `keepalive 32 local` unless `keepalive 0;` is set; a location that still sets 1.0 or `Connection: close` defeats it. A WebSocket map whose empty value is `close` sends `Connection: close` on every ordinary request [E27]. Not an SSE breaker: a stream holds its connection anyway (sse-semantics.md SSE019, SSE003, SSE004).',
      bad: 'upstream app {\n    server 127.0.0.1:8080;\n    keepalive 16;\n}\nserver {\n    listen 80;\n    location / {\n        proxy_pass http://app;\n        proxy_http_version 1.1;\n    }\n}',
      good: 'upstream app {\n    server 127.0.0.1:8080;\n    keepalive 16;\n}\nserver {\n    listen 80;\n    location / {\n        proxy_pass http://app;\n        proxy_http_version 1.1;\n        proxy_set_header Connection "";\n    }\n}',
      fix: 'Suggestion (shown by `--diff`, never applied): `proxy_http_version 1.1;` and `proxy_set_header Connection "";` in the location, with the inherited proxy_set_header lines copied along. adding `proxy_set_header Connection "";` to a block drops every proxy_set_header it inherited (Host, X-Forwarded-For, ...), so the lines have to be written by hand. Use `proxy_http_version 1.1;` and `proxy_set_header Connection "";` (repeat the inherited headers), or a map that yields an empty value for ordinary requests.',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_upstream_module.html#keepalive',
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_http_version',
        'https://nginx.org/en/docs/http/websocket.html',
      ],
    },
  },
  create(ctx) {
    const check = (c: ContextNode): void => {
      const h = ctx.model.handler(c);
      if (h.module !== 'proxy' || !h.upstream) return;
      const up = h.upstream;
      const related: RelatedSpan[] = [];
      let keepalive: MessageArg;
      if (up.keepalive) {
        if (up.keepalive.arg(0) === '0') return;
        keepalive = ctx.show(up.keepalive);
        related.push(ctx.related(up.keepalive, 'keepaliveSet'));
      } else {
        // Since 1.29.7 explicit upstream blocks keep 32 idle connections unless `keepalive 0;` is set.
        if (ctx.model.version === null || compareVersions(ctx.model.version, PROXY_DEFAULTS_CHANGED) < 0) return;
        const d = ctx.model.defaultOf('keepalive');
        if (d.origin.kind !== 'default' || !d.args) return;
        keepalive = ctx.message('keepaliveDefault', { value: ctx.code(d.args.join(' ')), default: { kind: 'default', basis: d.origin.basis } });
        if (up.context.directive) related.push(ctx.related(up.context.directive, 'keepaliveByDefault'));
      }

      const reasons: MessageArg[] = [];
      let closedByMap = false;
      const version = ctx.model.effective(c, 'proxy_http_version');
      if (version.value === '1.0') {
        reasons.push(ctx.message(version.origin.kind === 'default' ? 'http10Default' : 'http10', { origin: ctx.origin(version) }));
        if (version.origin.kind === 'directive') related.push(ctx.related(version.origin.directive, 'http10Set'));
      }
      // The levels merged for proxy_set_header (the Connection lines themselves are what connectionSent reads).
      const { levels } = ctx.model.effectiveList(c, 'proxy_set_header');
      for (const sent of connectionSent(ctx.model, c)) {
        if (sent.kind === 'default' && sent.value === 'close') {
          reasons.push(ctx.message('closeDefault', { default: { kind: 'default', basis: sent.basis } }));
        } else if (sent.kind === 'literal' && hasToken(sent.value, 'close')) {
          reasons.push(ctx.message('closeLine', { value: ctx.code(sent.value), origin: ctx.origin(entryValue(c, sent.entry, levels)) }));
          related.push(ctx.related(sent.entry.directive, 'closeSet'));
        } else if (sent.kind === 'map' && hasToken(sent.value, 'close')) {
          closedByMap = true;
          reasons.push(ctx.message('closeMap', {
            value: ctx.code(sent.value), origin: ctx.origin(entryValue(c, sent.entry, levels)), source: ctx.code(sent.map.source),
            variable: ctx.code(sent.variable), at: sent.line ? ctx.message('mapAt', { at: ctx.where(sent.line) }) : null,
          }));
          related.push(ctx.related(sent.entry.directive, 'mapValue', { variable: ctx.code(sent.variable), value: ctx.code(sent.value) }));
        }
      }
      if (reasons.length === 0) return;
      const advice = sendsCloseByDefault(ctx.model) ? ctx.message('adviceBefore') : ctx.message('adviceSince', { version: ctx.code(PROXY_DEFAULTS_CHANGED) });
      // The wiring is a suggestion: adding a proxy_set_header line here drops every inherited one, so the inherited
      // lines are copied along, and a map-driven Connection value needs a human to change the map instead.
      const wire = c.kind === 'location' && c.directive && !closedByMap ? c.directive : null;
      ctx.report({
        node: c.directive!,
        context: c,
        messageId: 'closes',
        data: { upstream: ctx.code(up.name), keepalive, reasons: ctx.list(reasons, 'and') },
        related,
        recipe: advice,
        ...(wire ? { fix: {
          id: 'wire', data: { place: ctx.level(c) }, applicability: 'suggestion' as const,
          edits: (f) => {
            const edits = [];
            const inserted: string[] = [];
            const ownVersion = setDirectlyIn(version, c);
            if (version.value === '1.0') {
              if (ownVersion) edits.push(f.replaceArg(ownVersion, 0, '1.1'));
              else inserted.push('proxy_http_version 1.1;');
            }
            const list = ctx.model.effectiveList(c, 'proxy_set_header');
            const ownLines = list.entries.filter((e) => e.context === c);
            const ownConnection = ownLines.find((e) => e.directive.argIs(0, 'connection'));
            if (ownConnection) {
              if (hasToken(ownConnection.directive.arg(1) ?? '', 'close')) edits.push(f.replaceArg(ownConnection.directive, 1, ''));
            } else {
              // A first proxy_set_header line here drops the inherited ones: they are copied along.
              if (ownLines.length === 0) inserted.push(...list.entries.filter((e) => !e.directive.argIs(0, 'connection')).map((e) => f.directiveText(e.directive)));
              inserted.push('proxy_set_header Connection "";');
            }
            if (inserted.length) edits.push(f.insertLines(wire, inserted, 'proxy_'));
            return edits;
          },
        } } : {}),
      });
    };
    return {
      location: check,
      if(c) {
        // An `if` with a proxy_pass of its own to another upstream block is checked on its own.
        const loc = ctx.model.locationOf(c);
        const h = ctx.model.handler(c);
        if (loc && h.context === c && h.upstream && h.upstream !== ctx.model.handler(loc).upstream) check(c);
      },
    };
  },
});
