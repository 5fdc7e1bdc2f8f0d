// proxy-set-header-redefinition: a server or location whose own proxy_set_header (or *_param) lines drop the inherited ones (SSE011).
import { defineRule } from '../src/engine/define-rule.js';
import { firstDirectiveNamed, type ContextNode } from '../src/model/context.js';
import { defaultProxyHeaders } from '../src/model/directives.js';
import { lostAt, type ListEntry } from '../src/model/effective.js';

/** Request-side lists merged with ngx_conf_merge_ptr_value: one line at a level drops the whole inherited list. */
const LISTS = ['proxy_set_header', 'grpc_set_header', 'fastcgi_param', 'uwsgi_param', 'scgi_param'] as const;

/** What a lost line means for the backend: a clause (message id) per list. */
const WHAT: Record<(typeof LISTS)[number], string> = {
  proxy_set_header: 'lostProxied', grpc_set_header: 'lostGrpc', fastcgi_param: 'lostFastcgi', uwsgi_param: 'lostUwsgi', scgi_param: 'lostScgi',
};

export default defineRule({
  meta: {
    id: 'proxy-set-header-redefinition',
    summary: 'proxy_set_header (or fastcgi_param, ...) in a nested level drops every inherited line',
    severity: 'warning',
    fix: 'unsafe',
    messages: {
      lost: '{directive} in this {level} replaces the inherited {directive} list, so {count} line(s) set above do not apply here and {what}: {lost}. nginx inherits {directive} only into levels that have none.{stream} Repeat them here or put them in a snippet included at every level.',
      lostProxied: 'the proxied request no longer carries them',
      lostGrpc: 'the gRPC request no longer carries them',
      lostFastcgi: 'the FastCGI application no longer receives them',
      lostUwsgi: 'the uwsgi application no longer receives them',
      lostScgi: 'the SCGI application no longer receives them',
      streamLocation: ' This is a stream location ({why}).',
    },
    fixes: {
      repeat: 'Repeat the {count} inherited {directive} line(s) in this {level}',
    },
    related: {
      notApplied: 'does not apply in {level}',
    },
    docs: {
      why: 'proxy_set_header is a replacing list, and so are grpc_set_header, fastcgi_param, uwsgi_param and scgi_param: a level with any line of its own does not inherit a single line from above (ngx_conf_merge_ptr_value on headers_source / params_source in each module\'s merge_loc_conf; sse-semantics.md §2.1 and SSE011, experiment E25: server X-From-Server plus location X-From-Loc, and the backend received only X-From-Loc). Stream locations typically add `proxy_set_header Connection "";` for upstream keepalive and so lose the server\'s Host, X-Forwarded-For and X-Forwarded-Proto; the backend then sees `Host: $proxy_host` and the proxy\'s address. Unlike add_header there is no inherit switch for these lists.',
      bad: 'server {\n    listen 80;\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_http_version 1.1;\n        proxy_set_header Connection "";\n    }\n}',
      good: 'server {\n    listen 80;\n    proxy_set_header Host $host;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_http_version 1.1;\n        proxy_set_header Connection "";\n        proxy_set_header Host $host;\n        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n}',
      fix: 'Unsafe: copies the lost lines, in their order, into the level after its own lines of the same directive. The backend then receives headers or parameters it did not receive before, which is usually the intent but changes behaviour.',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header',
        'https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_param',
        'https://nginx.org/en/docs/http/ngx_http_uwsgi_module.html#uwsgi_param',
        'https://nginx.org/en/docs/http/ngx_http_scgi_module.html#scgi_param',
        'https://nginx.org/en/docs/http/ngx_http_grpc_module.html#grpc_set_header',
      ],
    },
  },
  create(ctx) {
    const defaults = defaultProxyHeaders(ctx.model.version ?? undefined).headers.map(([n, v]) => [n.toLowerCase(), v] as const);
    // Losing `proxy_set_header Host $proxy_host` loses nothing: nginx sends its default header instead.
    const isDefault = (e: ListEntry): boolean => {
      const d = e.directive;
      if (d.name !== 'proxy_set_header') return false;
      for (const [name, value] of defaults) if (d.argIs(0, name) && d.arg(1) === value) return true;
      return false;
    };
    const check = (level: ContextNode): void => {
      if (!level.directive) return;
      for (const name of LISTS) {
        // Only a level with lines of its own replaces the inherited ones.
        if (firstDirectiveNamed(level, name) === null) continue;
        const list = ctx.model.effectiveList(level, name);
        const dropped = lostAt(list, level);
        if (dropped.length === 0) continue;
        const lost = dropped.filter((e) => !isDefault(e));
        if (lost.length === 0) continue;
        const first = list.entries.find((e) => e.context === level)!.directive;
        const stream = ctx.model.isStream(level) ? ctx.message('streamLocation', { why: ctx.stream(level) }) : null;
        ctx.report({
          node: first,
          context: level,
          messageId: 'lost',
          data: { directive: ctx.code(name), level: ctx.code(level.kind), count: lost.length, what: ctx.message(WHAT[name]), lost: ctx.entries(lost), stream },
          related: lost.map((e) => ctx.related(e.directive, 'notApplied', { level: ctx.level(level) })),
          fix: {
            id: 'repeat',
            data: { count: lost.length, directive: ctx.code(name), level: ctx.code(level.kind) },
            applicability: 'unsafe',
            edits: (f) => f.insertCopies(level.directive!, lost.map((e) => e.directive), name),
          },
        });
      }
    };
    return { server: check, location: check };
  },
});
