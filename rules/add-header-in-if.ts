// add-header-in-if: add_header inside `if` drops the location's and server's add_header whenever the condition matches (SSE011, SSE012).
import { defineRule } from '../src/engine/define-rule.js';
import type { ContextNode } from '../src/model/context.js';
import { methodsMatched } from '../src/model/queries/conditions.js';
import { droppedAddHeaders } from '../src/model/queries/response-headers.js';

export default defineRule({
  meta: {
    id: 'add-header-in-if',
    summary: 'add_header inside if drops the outer add_header lines when the condition matches',
    severity: 'warning',
    fix: 'suggestion',
    messages: {
      repeated: 'add_header inside {iff} replaces the add_header list of the enclosing levels; the {count} outer header(s) are repeated inside, so nothing is lost today, but a header added outside later will be missing whenever the condition matches.{stream}',
      snippet: 'add_header inside {iff} replaces the add_header list of the enclosing levels: wherever this file is included, every add_header of the including location, its server and http is not sent whenever the condition matches.{stream}',
      lost: 'add_header inside {iff} replaces the add_header list of the enclosing levels: whenever the condition matches, {count} header(s) are not sent: {lost}.{stream}{recipe}',
      recipe: ' Repeat them inside the if, or set the value with a map variable instead of an if.',
      streamToo: ' The location is a stream ({why}): its event-stream responses lose them too when the condition matches.',
      streamSpared: ' The location is a stream ({why}), but the condition matches only {methods} requests, not the GET or POST that opens the stream: the stream responses keep the outer headers.',
    },
    fixes: {
      copyOuter: 'Repeat the {count} outer add_header lines inside {iff}',
    },
    related: {
      notSent: 'not sent when {iff} matches',
    },
    docs: {
      why: '`if` in a location is an anonymous nested location (ngx_http_rewrite_if), and add_header is a replacing list: one add_header inside the `if` makes every add_header of the location, the server and http disappear for the requests that match the condition (sse-semantics.md §2.2, SSE011, SSE012; experiment E24: with ?flag=1 the response had X-Inner but no X-Outer). The stream itself is unaffected (buffering and timeouts cannot be set in `if` and are inherited, E24), so the trap is silent: CORS or security headers vanish only for some requests. From nginx 1.29.3 `add_header_inherit merge;` inside the `if` keeps the outer lines. more_set_headers accumulates (E42) and is not affected.',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    add_header X-Content-Type-Options nosniff;\n    if ($arg_debug) {\n        add_header X-Debug 1;\n    }\n}',
      good: 'map $arg_debug $debug_header {\n    default "";\n    ~.     1;\n}\n\nserver {\n    listen 80;\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        add_header X-Content-Type-Options nosniff;\n        add_header X-Debug $debug_header;\n    }\n}',
      fix: 'Suggestion (shown by `--diff`, never applied): the outer add_header lines repeated inside the `if`. whether the outer headers belong on the matching requests, or whether the `if` should become a map variable (an add_header with an empty value sends nothing), is a decision about the application.',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header',
        'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#if',
        'https://nginx.org/en/docs/http/ngx_http_map_module.html#map',
      ],
    },
  },
  create(ctx) {
    return {
      if(iff: ContextNode) {
        // add_header is allowed in `if` inside a location only.
        if (!ctx.model.locationOf(iff)) return;
        const list = ctx.model.effectiveList(iff, 'add_header');
        const lost = droppedAddHeaders(ctx.model, iff);
        const firstEntry = list.entries.find((e) => e.context === iff);
        if (!firstEntry) return;
        const first = firstEntry.directive;
        // `if ($request_method = OPTIONS)`: only the CORS preflight matches, not the request that opens the stream.
        const methods = methodsMatched(iff);
        const spared = methods !== null && !methods.includes('GET') && !methods.includes('POST');
        const stream = !ctx.model.isStream(iff) ? null
          : spared ? ctx.message('streamSpared', { why: ctx.stream(iff), methods: ctx.list(methods.map((m) => ctx.code(m)), 'or') })
          : ctx.message('streamToo', { why: ctx.stream(iff) });
        if (lost.length === 0) {
          const replaced = list.dropped.filter((x) => x.droppedBy === iff && x.how === 'replaced' && (x.entry.directive.args[1]?.value ?? '') !== '');
          if (replaced.length > 0) {
            // Everything outer is repeated: a trap for the next edit, not a loss today.
            ctx.report({ node: first, context: iff, messageId: 'repeated', severity: 'info', data: { iff: ctx.level(iff), count: replaced.length, stream } });
            return;
          }
          // A lone snippet whose `if` sits at its top level: the includer's headers are unknown here, and all of them vanish.
          const top = list.levels[list.levels.length - 1];
          // (A location snippet's root is the stand-in `location` of the model, marked `assumed`.)
          const isRoot = (l: typeof top): boolean => !!l && (l.directive === null || l.assumed !== undefined);
          if (top && isRoot(top) && top.kind === 'location' && !top.assumedIn && list.levels.every((l) => l === iff || isRoot(l))) {
            ctx.report({ node: first, context: iff, messageId: 'snippet', data: { iff: ctx.level(iff), stream } });
          }
          return;
        }
        ctx.report({
          node: first,
          context: iff,
          messageId: 'lost',
          data: { iff: ctx.level(iff), count: lost.length, lost: ctx.entries(lost), stream },
          related: lost.map((e) => ctx.related(e.directive, 'notSent', { iff: ctx.level(iff) })),
          recipe: ctx.message('recipe'),
          // Whether the outer headers belong in this branch too is the user's call (often they do not).
          ...(iff.directive ? { fix: {
            id: 'copyOuter', data: { count: lost.length, iff: ctx.level(iff) }, applicability: 'suggestion' as const,
            edits: (f) => f.insertCopies(iff.directive!, lost.map((e) => e.directive), 'add_header'),
          } } : {}),
        });
      },
    };
  },
});
