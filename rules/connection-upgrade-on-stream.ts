// connection-upgrade-on-stream: WebSocket Connection boilerplate applied to an event stream (SSE004).
import { defineRule, type MessageData, type RelatedSpan } from '../src/engine/define-rule.js';
import type { ContextNode } from '../src/model/context.js';
import { entryValue } from '../src/model/effective.js';
import { connectionSent, hasToken, UPGRADE_MAP_IDIOM } from '../src/model/queries/connection.js';
import { httpBlock } from '../src/model/queries/blocks.js';
import { ifHasOwnHandler } from '../src/model/queries/handlers.js';
import { mapsDefining } from '../src/model/queries/maps.js';

export default defineRule({
  meta: {
    id: 'connection-upgrade-on-stream',
    summary: 'A stream sends WebSocket-style Connection headers to the backend',
    severity: 'info',
    fix: 'suggestion',
    streamOnly: true,
    messages: {
      literal: 'every request here, the event stream included, is proxied with "Connection: {value}" ({origin}) but no Upgrade header: the backend is told about an upgrade that never comes. Most servers ignore it, but it is WebSocket boilerplate.{recipe} Stream: {why}.',
      mapUpgrade: 'requests without Upgrade, the event stream included, are proxied with "Connection: {value}" ({origin}; map {source} {variable} gives "{value}" for an empty Upgrade{mapAt}): the backend is told about an upgrade that never comes. Add the empty case: {idiom}. Stream: {why}.',
      client: 'the client\'s own Connection header is forwarded ({origin}): the backend gets keep-alive, close, Upgrade or nothing (HTTP/2 and HTTP/3 clients send none) depending on the client.{recipe} Stream: {why}.',
      onlyWebSocket: ' Send it only to WebSocket requests with {idiom} and proxy_set_header Connection $connection_upgrade;.',
      useIdiom: ' Use {idiom} and proxy_set_header Connection $connection_upgrade; instead.',
      mapAt: ' at {at}',
      mapDefault: ' by default',
    },
    fixes: {
      mapIdiom: 'Send Connection: upgrade only to WebSocket requests, through map $http_upgrade $connection_upgrade',
    },
    related: {
      connectionSet: 'the Connection header is set here',
      emptyMapsTo: 'the empty Upgrade maps to "{value}" here',
    },
    docs: {
      why: 'nginx strips the client\'s hop-by-hop headers and, before 1.29.7, sends `Connection: close` itself. WebSocket snippets replace that with `proxy_set_header Connection "upgrade";` on every request, so an event-stream request reaches the backend with `Connection: upgrade` and no Upgrade header; most servers treat it as an ordinary request, so streaming still works [E26], but it is wrong. The common `map $http_upgrade $connection_upgrade { default upgrade; \'\' close; }` sends `Connection: close` on every non-WebSocket request, which is what nginx sends by default before 1.29.7: the stream works [E27], so it is not reported here; the upstream keepalive it loses is reported by keepalive-ineffective where an upstream keeps connections. `$http_connection` forwards whatever the client sent. Mapping the empty value to `\'\'` sends no Connection header at all on ordinary requests (sse-semantics.md SSE004). A location that passes Upgrade under a WebSocket path (`/ws`, `/socket.io/`) is a WebSocket tunnel, not a stream, and is left alone.',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_http_version 1.1;\n    proxy_set_header Upgrade $http_upgrade;\n    proxy_set_header Connection "upgrade";\n}',
      good: 'map $http_upgrade $connection_upgrade {\n    default upgrade;\n    \'\' \'\';\n}\nserver {\n    listen 80;\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_buffering off;\n        proxy_http_version 1.1;\n        proxy_set_header Upgrade $http_upgrade;\n        proxy_set_header Connection $connection_upgrade;\n    }\n}',
      fix: 'Suggestion (shown by `--diff`, never applied): the map idiom at http level and `$connection_upgrade` as the Connection value. the map has to be added at http level and the location may also serve WebSocket clients. Where no suggestion can be made (the Connection line is set at an outer level or comes from a map, or the linted files have no http block), the message itself shows the map idiom that sends `upgrade` only to WebSocket requests and no Connection header otherwise.',
      references: [
        'https://nginx.org/en/docs/http/websocket.html',
        'https://nginx.org/en/docs/http/ngx_http_map_module.html#map',
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header',
      ],
    },
  },
  create(ctx) {
    const check = (c: ContextNode): void => {
      if (!ctx.model.isStream(c)) return;
      if (ctx.model.handler(c).module !== 'proxy') return;
      const loc = ctx.model.locationOf(c) ?? c;
      // The levels merged for proxy_set_header (the Connection lines themselves are what connectionSent reads).
      const { levels } = ctx.model.effectiveList(c, 'proxy_set_header');
      for (const sent of connectionSent(ctx.model, c)) {
        if (sent.kind === 'default' || sent.kind === 'unknown') continue;
        const entry = sent.entry;
        const setHere = entry.context === loc;
        // `recipe`: the idiom in words, which the suggestion's edits say when it is made.
        const report = (messageId: string, data: MessageData, extra: RelatedSpan[] = [], recipe?: string): void => {
          // Made only for a finding (most stream locations send nothing this rule reports).
          const idiom = ctx.code(UPGRADE_MAP_IDIOM);
          const origin = ctx.origin(entryValue(c, entry, levels));
          const why = ctx.stream(c);
          // The idiom needs the map at http level and keeps WebSocket clients working: offered, never applied.
          const http = recipe && setHere ? httpBlock(ctx.model) : null;
          const mapped = mapsDefining(ctx.model, '$connection_upgrade').length > 0;
          ctx.report({
            node: setHere ? entry.directive : c.directive!,
            context: c,
            messageId,
            // Without a recipe of its own (mapUpgrade) the message names the idiom itself.
            data: recipe ? { origin, why, ...data } : { origin, idiom, why, ...data },
            related: [...(setHere ? [] : [ctx.related(entry.directive, 'connectionSet')]), ...extra],
            ...(recipe ? { recipe: ctx.message(recipe, { idiom }) } : {}),
            ...(http ? { fix: {
              id: 'mapIdiom', applicability: 'suggestion' as const,
              edits: (f) => [
                f.replaceArg(entry.directive, 1, '$connection_upgrade'),
                ...(mapped ? [] : [f.insertDirective(http, UPGRADE_MAP_IDIOM, { family: 'map' })]),
              ],
            } } : {}),
          });
        };
        if (sent.kind === 'literal') {
          if (hasToken(sent.value, 'upgrade')) report('literal', { value: ctx.code(sent.value) }, [], 'onlyWebSocket');
        } else if (sent.kind === 'client') {
          report('client', {}, [], 'useIdiom');
        } else {
          // A map that gives `close` sends what nginx sends by default before 1.29.7: the stream works.
          if (!hasToken(sent.value, 'upgrade')) continue;
          const messageId = 'mapUpgrade';
          const mapAt = sent.line ? ctx.message('mapAt', { at: ctx.where(sent.line) }) : ctx.message('mapDefault');
          const extra = sent.line ? [ctx.related(sent.line, 'emptyMapsTo', { value: ctx.code(sent.value) })] : [];
          report(messageId, { value: ctx.code(sent.value), source: ctx.code(sent.map.source), variable: ctx.code(sent.variable), mapAt }, extra);
        }
      }
    };
    return {
      streamLocation: check,
      if(c) {
        if (ifHasOwnHandler(ctx.model, c)) check(c);
      },
    };
  },
});
