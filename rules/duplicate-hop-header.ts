// duplicate-hop-header: the same hop-by-hop request header set twice in one block; nginx sends every copy (SSE004).
import { defineRule } from '../src/engine/define-rule.js';
import type { ContextNode, Directive } from '../src/model/context.js';
import { HOP_HEADERS } from '../src/model/queries/request-headers.js';

export default defineRule({
  meta: {
    id: 'duplicate-hop-header',
    summary: 'A hop-by-hop header is set more than once for the backend',
    severity: 'warning',
    fix: 'unsafe',
    messages: {
      duplicate: 'proxy_set_header {header} is set {count} times in this {level} ({lines}): nginx accepts that and sends every non-empty value as a header of its own, so the backend sees {sent}. Keep one ({keep}).',
      lineValue: '{at} {value}',
      noneSent: 'none of them',
      keepEmpty: '{line}, the empty value, on this stream',
      keepLast: '{line}, the last line',
    },
    fixes: {
      keepOne: 'Keep one proxy_set_header {header} line',
    },
    related: {
      alsoSet: 'proxy_set_header {header} is also set here',
    },
    docs: {
      why: 'proxy_set_header is a list: nginx -t accepts the same header name twice in one block and then sends each line whose value is not empty as a separate header. In experiment E26 a `Connection: keep-alive` line and a `Connection: upgrade` line both reached the backend (sse-semantics.md SSE004, section 2.3). Two Connection, Upgrade, Keep-Alive, TE or Transfer-Encoding headers are contradictory at best; usually one comes from a copied WebSocket snippet and one from a keepalive or SSE snippet.',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_http_version 1.1;\n    proxy_set_header Connection "";\n    proxy_set_header Connection "upgrade";\n}',
      good: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_http_version 1.1;\n    proxy_set_header Connection "";\n}',
      fix: 'Unsafe: removes all lines but one. In a stream location the line with the empty value is kept (no Connection or Upgrade header for an event stream), and when none is empty the last Connection or Upgrade line is kept with its value emptied (`""`); elsewhere the last line is kept. That changes what the backend receives, which is the point, but the choice may not be the one intended.',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header',
        'https://nginx.org/en/docs/http/websocket.html',
      ],
    },
  },
  create(ctx) {
    const check = (c: ContextNode): void => {
      // Made when the block sets a hop-by-hop header at all (most blocks do not).
      let groups: Map<string, Directive[]> | null = null;
      for (const d of c.directives) {
        if (d.name !== 'proxy_set_header') continue;
        const name = d.arg(0)?.toLowerCase();
        if (name === undefined || !HOP_HEADERS.includes(name)) continue;
        groups ??= new Map();
        const list = groups.get(name);
        if (list) list.push(d);
        else groups.set(name, [d]);
      }
      if (!groups) return;
      const stream = c.kind === 'location' && ctx.model.isStream(c);
      for (const lines of groups.values()) {
        if (lines.length < 2) continue;
        const empty = lines.filter((d) => (d.arg(1) ?? '') === '');
        // On a stream the empty value fits (no hop header for an event stream); otherwise the last line wins.
        const keep = stream && empty.length > 0 ? empty[empty.length - 1]! : lines[lines.length - 1]!;
        // On a stream with no empty line, the kept Connection/Upgrade line is emptied too (E26: nothing to upgrade).
        const blank = stream && empty.length === 0 && /^(connection|upgrade)$/i.test(lines[0]!.arg(0)!);
        const sent = lines.map((d) => d.arg(1) ?? '').filter((v) => v !== '');
        const header = lines[0]!.arg(0)!;
        ctx.report({
          node: lines[1]!,
          context: c,
          messageId: 'duplicate',
          data: {
            header: ctx.code(header),
            count: lines.length,
            level: ctx.code(c.kind),
            lines: ctx.list(lines.map((d) => ctx.message('lineValue', { at: ctx.where(d), value: ctx.code(d.args[1]?.raw ?? '') })), 'comma'),
            sent: sent.length === 0 ? ctx.message('noneSent') : ctx.list(sent.map((v) => ctx.code(`"${header}: ${v}"`)), 'and'),
            keep: ctx.message(stream && keep === empty[empty.length - 1] ? 'keepEmpty' : 'keepLast', { line: ctx.show(keep) }),
          },
          related: lines.filter((d) => d !== lines[1]).map((d) => ctx.related(d, 'alsoSet', { header: ctx.code(d.args[0]!.value) })),
          fix: {
            id: 'keepOne',
            data: { header: ctx.code(header) },
            applicability: 'unsafe',
            edits: (f) => [
              ...lines.filter((d) => d !== keep).map((d) => f.removeDirective(d)),
              ...(blank && keep.args[1] ? [f.replaceArg(keep, 1, '')] : []),
            ],
          },
        });
      }
    };
    return { http: check, server: check, location: check };
  },
});
