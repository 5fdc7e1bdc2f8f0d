// cors-credentials-wildcard: `Access-Control-Allow-Origin *` together with `Access-Control-Allow-Credentials true` (SSE014).
import type { Directive } from '../src/parser/ast.js';
import type { ContextNode } from '../src/model/context.js';
import { defineRule, type RuleContext } from '../src/engine/define-rule.js';
import { streamWhy } from '../src/engine/util.js';
import { levelName, moreHeaders, type ListEntry } from '../src/model/effective.js';

const ACAO = 'access-control-allow-origin';
const ACAC = 'access-control-allow-credentials';
const MAX_PLACES = 4;

/** A response header in effect and the line that sets it. */
interface Sent {
  value: string;
  directive: Directive;
}

export default defineRule({
  meta: {
    id: 'cors-credentials-wildcard',
    summary: 'Access-Control-Allow-Origin * with Access-Control-Allow-Credentials true: browsers reject it',
    severity: 'error',
    fix: 'none',
    messages: {
      wildcard: 'Access-Control-Allow-Origin * ({origin}) is sent together with Access-Control-Allow-Credentials true ({credentials}) in {places}. Browsers refuse credentialed CORS responses whose origin is *: an EventSource with withCredentials, or fetch with credentials "include", gets a CORS error and no data.{streams} Reflect an allow-listed origin instead: map $http_origin $cors_origin { default ""; "~^https://app\\.example\\.com$" $http_origin; } with add_header Access-Control-Allow-Origin $cors_origin always; and add_header Vary Origin always;',
    },
    docs: {
      why: 'The Fetch CORS check fails a request made with credentials (cookies, HTTP auth) when the response says `Access-Control-Allow-Origin: *`, whatever `Access-Control-Allow-Credentials` says (MDN "CORSNotSupportingCredentials"). `new EventSource(url, {withCredentials: true})` uses credentials mode "include", so the stream never opens: onerror fires and the console shows a CORS error (sse-semantics.md SSE014). Without credentials `*` works and the credentials header is pointless. The headers in effect are computed as nginx merges them: the add_header list of the level (SSE011) plus OpenResty more_set_headers, which accumulates (E42).',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    add_header Access-Control-Allow-Origin * always;\n    add_header Access-Control-Allow-Credentials true always;\n}',
      good: 'map $http_origin $cors_origin {\n    default "";\n    "~^https://app\\.example\\.com$" $http_origin;\n}\n\nserver {\n    listen 80;\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        add_header Access-Control-Allow-Origin $cors_origin always;\n        add_header Access-Control-Allow-Credentials true always;\n        add_header Vary Origin always;\n    }\n}',
      fix: 'No automatic fix: the allowed origins are an application decision. Use a map from $http_origin to an allow-listed origin (empty for others, so no header is sent), and add Vary: Origin so caches keep responses per origin.',
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
      const sent = responseHeaders(ctx, c);
      const origin = sent.get(ACAO)?.find((h) => h.value === '*');
      const creds = sent.get(ACAC)?.find((h) => h.value.toLowerCase() === 'true');
      if (!origin || !creds) return;
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
        for (const [origin, byCreds] of pairs) {
          for (const [credentials, places] of byCreds) {
            // A file included in several servers gives the same location name more than once.
            const counts = new Map<string, number>();
            for (const p of places) counts.set(levelName(p), (counts.get(levelName(p)) ?? 0) + 1);
            const names = [...counts].map(([n, k]) => (k > 1 ? `${n} (${k} places)` : n));
            const shown = names.slice(0, MAX_PLACES).join(', ') + (names.length > MAX_PLACES ? ` and ${names.length - MAX_PLACES} more` : '');
            const streams = [...new Set(places.filter((p) => ctx.model.isStream(p)).map((p) => `${levelName(ctx.model.locationOf(p) ?? p)} (${streamWhy(ctx.model, p)})`))];
            const streamText = streams.length ? ` Streams affected: ${streams.join('; ')}.` : '';
            ctx.report({
              node: origin,
              context: places[0]!,
              messageId: 'wildcard',
              data: { origin: ctx.where(origin), credentials: ctx.where(credentials), places: shown, streams: streamText },
              related: [ctx.related(credentials, 'Access-Control-Allow-Credentials true is set here')],
            });
          }
        }
      },
    };
  },
});

/**
 * Response headers in effect in a block, by lower-cased name (a name may be sent more than once): the
 * add_header list nginx merges into the block, plus what the headers-more commands leave (outer levels first,
 * each level in order). The headers-more filter runs before add_header's, so more_clear_headers removes only
 * earlier more_set_headers values, never add_header ones (checked with nginx 1.22.1 + headers-more).
 * Per-status and per-type filters (`always`, `-s`, `-t`) are not applied: a header sent on any response counts.
 */
function responseHeaders(ctx: RuleContext, c: ContextNode): Map<string, Sent[]> {
  const more = new Map<string, Sent>();
  const set = ctx.model.effectiveList(c, 'more_set_headers');
  const clear = ctx.model.effectiveList(c, 'more_clear_headers');
  for (const e of inCommandOrder(set.levels, [...set.entries, ...clear.entries])) {
    for (const h of moreHeaders(e.directive)) {
      const name = h.name.toLowerCase();
      if (h.value !== null) {
        more.set(name, { value: h.value, directive: e.directive });
        continue;
      }
      // more_clear_headers takes `X-Foo-*` wildcards.
      for (const k of [...more.keys()]) if (name.endsWith('*') ? k.startsWith(name.slice(0, -1)) : k === name) more.delete(k);
    }
  }
  const out = new Map<string, Sent[]>();
  const add = (name: string, s: Sent): void => {
    const list = out.get(name) ?? [];
    list.push(s);
    out.set(name, list);
  };
  for (const [name, s] of more) add(name, s);
  for (const e of ctx.model.effectiveList(c, 'add_header').entries) {
    const name = e.directive.args[0]?.value.toLowerCase();
    const value = e.directive.args[1]?.value ?? '';
    // An empty value sends nothing.
    if (name && value !== '') add(name, { value, directive: e.directive });
  }
  return out;
}

/** headers-more keeps one command list per level, outer levels first, each in source order. */
function inCommandOrder(levels: ContextNode[], entries: ListEntry[]): ListEntry[] {
  const rank = (e: ListEntry): number => levels.length - levels.indexOf(e.context);
  return [...entries].sort((a, b) => rank(a) - rank(b) || a.context.directives.indexOf(a.directive) - b.context.directives.indexOf(b.directive));
}
