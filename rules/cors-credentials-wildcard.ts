// cors-credentials-wildcard: `Access-Control-Allow-Origin *` together with `Access-Control-Allow-Credentials true` (SSE014).
import { defineRule } from '../src/engine/define-rule.js';
import type { ContextNode, Directive } from '../src/model/context.js';
import { levelName } from '../src/model/effective.js';
import type { MessageArg } from '../src/engine/define-rule.js';
import { responseHeader } from '../src/model/queries/response-headers.js';
import { httpBlock } from '../src/model/queries/blocks.js';
import { mapsDefining } from '../src/model/queries/maps.js';

const ACAO = 'access-control-allow-origin';
const ACAC = 'access-control-allow-credentials';
const MAX_PLACES = 4;

/** A map that reflects only allow-listed origins. */
const ALLOW_LIST_IDIOM = 'map $http_origin $cors_origin { default ""; "~^https://app\\.example\\.com$" $http_origin; }';


export default defineRule({
  meta: {
    id: 'cors-credentials-wildcard',
    summary: 'Access-Control-Allow-Origin * with Access-Control-Allow-Credentials true: browsers reject it',
    severity: 'error',
    fix: 'suggestion',
    messages: {
      wildcard: 'Access-Control-Allow-Origin * ({origin}) is sent together with Access-Control-Allow-Credentials true ({credentials}) in {places}. Browsers refuse credentialed CORS responses whose origin is *: an EventSource with withCredentials, or fetch with credentials "include", gets a CORS error and no data.{streams}{recipe}',
      recipe: ' Reflect an allow-listed origin instead: {idiom} with {allowOrigin} and {vary}',
      placeCount: '{place} ({count} places)',
      streamsAffected: ' Streams affected: {streams}.',
    },
    fixes: {
      allowList: 'Reflect an allow-listed origin instead of * (edit the example pattern to your origins)',
    },
    related: {
      credentialsSet: 'Access-Control-Allow-Credentials true is set here',
    },
    docs: {
      why: 'The Fetch CORS check fails a request made with credentials (cookies, HTTP auth) when the response says `Access-Control-Allow-Origin: *`, whatever `Access-Control-Allow-Credentials` says (MDN "CORSNotSupportingCredentials"). `new EventSource(url, {withCredentials: true})` uses credentials mode "include", so the stream never opens: onerror fires and the console shows a CORS error (sse-semantics.md SSE014). Without credentials `*` works and the credentials header is pointless. The headers in effect are computed as nginx merges them: the add_header list of the level (SSE011) plus OpenResty more_set_headers, which accumulates (E42).',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    add_header Access-Control-Allow-Origin * always;\n    add_header Access-Control-Allow-Credentials true always;\n}',
      good: 'map $http_origin $cors_origin {\n    default "";\n    "~^https://app\\.example\\.com$" $http_origin;\n}\n\nserver {\n    listen 80;\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        add_header Access-Control-Allow-Origin $cors_origin always;\n        add_header Access-Control-Allow-Credentials true always;\n        add_header Vary Origin always;\n    }\n}',
      fix: 'Suggestion (shown by `--diff`, never applied): a `map $http_origin $cors_origin` allow-list sketch with an example pattern, the origin header reflecting `$cors_origin`, and `Vary: Origin`. the allowed origins are an application decision. Use a map from $http_origin to an allow-listed origin (empty for others, so no header is sent), and add Vary: Origin so caches keep responses per origin.',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header',
        'https://nginx.org/en/docs/http/ngx_http_map_module.html#map',
        'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS/Errors/CORSNotSupportingCredentials',
      ],
    },
  },
  create(ctx) {
    // One finding per pair of lines, however many locations they reach; places are kept in walk order.
    const pairs = new Map<Directive, Map<Directive, ContextNode[]>>();
    const check = (c: ContextNode): void => {
      const origin = responseHeader(ctx.model, c, ACAO).find((h) => h.value === '*');
      if (!origin) return;
      const creds = responseHeader(ctx.model, c, ACAC).find((h) => h.value.toLowerCase() === 'true');
      if (!creds) return;
      const byCreds = pairs.get(origin.directive) ?? new Map<Directive, ContextNode[]>();
      pairs.set(origin.directive, byCreds);
      const places = byCreds.get(creds.directive) ?? [];
      byCreds.set(creds.directive, places);
      places.push(c);
    };
    return {
      location: check,
      if(c) {
        if (ctx.model.locationOf(c)) check(c);
      },
      server(c) {
        // A server without locations answers every request with its own configuration.
        if (!c.children.some((k) => k.kind === 'location')) check(c);
      },
      done() {
        const http = httpBlock(ctx.model);
        const mapped = mapsDefining(ctx.model, '$cors_origin').length > 0;
        for (const [origin, byCreds] of pairs) {
          for (const [credentials, places] of byCreds) {
            // A file included in several servers gives the same location name more than once.
            const counts = new Map<string, { place: ContextNode; count: number }>();
            for (const p of places) {
              const c = counts.get(levelName(p));
              if (c) c.count++;
              else counts.set(levelName(p), { place: p, count: 1 });
            }
            const names = [...counts.values()].map(({ place, count }): MessageArg => (count > 1 ? ctx.message('placeCount', { place: ctx.level(place), count }) : ctx.level(place)));
            const streams = places.filter((p) => ctx.model.isStream(p)).map((p) => ctx.streamLocation(p));
            ctx.report({
              node: origin,
              context: places[0]!,
              messageId: 'wildcard',
              data: {
                origin: ctx.where(origin),
                credentials: ctx.where(credentials),
                places: ctx.list(names, 'comma', { limit: MAX_PLACES }),
                streams: streams.length ? ctx.message('streamsAffected', { streams: ctx.list(streams, 'semicolon', { distinct: true }) }) : null,
              },
              related: [ctx.related(credentials, 'credentialsSet')],
              recipe: ctx.message('recipe', {
                idiom: ctx.code(ALLOW_LIST_IDIOM),
                allowOrigin: ctx.code('add_header Access-Control-Allow-Origin $cors_origin always;'),
                vary: ctx.code('add_header Vary Origin always;'),
              }),
              // Which origins to allow is the user's choice: a sketch with an example pattern, never applied.
              ...(http && origin.name === 'add_header' ? { fix: {
                id: 'allowList', applicability: 'suggestion' as const,
                edits: (f) => [
                  f.replaceArg(origin, 1, '$cors_origin'),
                  ...(mapped ? [] : [f.insertDirective(http, ALLOW_LIST_IDIOM, { family: 'map' })]),
                  ...(origin.parent?.block ? [f.insertLines(origin.parent, ['add_header Vary Origin always;'], 'add_header')] : []),
                ],
              } } : {}),
            });
          }
        }
      },
    };
  },
});
