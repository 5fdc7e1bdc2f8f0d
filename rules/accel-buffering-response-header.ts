// accel-buffering-response-header: X-Accel-Buffering added to the client response only steers an nginx in front (SSE002c/d).
import { defineRule } from '../src/engine/define-rule.js';
import type { Directive } from '../src/model/context.js';

/** Values people write meaning "don't buffer" / "buffer", and the one nginx understands. */
const MEANT_NO = new Set(['off', 'false', '0', 'disable', 'disabled', 'none', 'n']);
const MEANT_YES = new Set(['on', 'true', '1', 'enable', 'enabled', 'y']);

interface Found {
  /** Index of the argument holding the value (add_header) or the whole `Name: value` spec (more_set_headers). */
  index: number;
  value: string;
  /** The argument's new text for a new value. */
  rewrite: (v: string) => string;
}

/** What most lines set: one shared empty list. */
const NONE: readonly Found[] = Object.freeze([]);

/** The X-Accel-Buffering values a line sets, with how to rewrite each. */
function findHeader(d: Directive): readonly Found[] {
  if (d.name === 'add_header') {
    if (!d.argIs(0, 'x-accel-buffering')) return NONE;
    const value = d.arg(1);
    if (value === undefined) return NONE;
    return [{ index: 1, value, rewrite: (v) => v }];
  }
  if (d.name !== 'more_set_headers') return NONE;
  const out: Found[] = [];
  for (let i = 0; i < d.argc; i++) {
    const arg = d.arg(i)!;
    // `-s <statuses>` and `-t <types>` take the next argument.
    if (arg === '-s' || arg === '-t') {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    const m = /^(\s*x-accel-buffering\s*:\s*)(.*?)(\s*)$/is.exec(arg);
    if (!m) continue;
    const [, head, value, tail] = m;
    // An empty value clears the header; nothing is sent then.
    if (value === '') continue;
    out.push({ index: i, value: value!, rewrite: (v) => `${head!}${v}${tail!}` });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'accel-buffering-response-header',
    summary: 'X-Accel-Buffering on the client response does not change this nginx\'s buffering',
    severity: 'info',
    fix: 'safe',
    messages: {
      noEffect: '{shown} adds "X-Accel-Buffering: {value}" to the response sent to the client; this nginx does not read it, so its own buffering is unchanged. Only an nginx or OpenResty in front of this server reads it. Use proxy_buffering off (or the fastcgi/uwsgi/scgi equivalent) in the stream location; keep the header only if another nginx sits in front.',
      wrongValue: '{shown} sends "X-Accel-Buffering: {value}", a value nginx ignores: only "no" and "yes" (any case) are recognised. And even a correct value here only steers an nginx in front of this server, not this one.',
    },
    fixes: {
      send: 'Send X-Accel-Buffering: {value}',
    },
    docs: {
      why: 'nginx reads X-Accel-Buffering only from the upstream\'s response headers. `add_header X-Accel-Buffering no;` (or `more_set_headers "X-Accel-Buffering: no"`) adds it to the response this nginx sends to its client, so this nginx keeps buffering: in experiment E08 the client received the header and the stream still came in one lump. It does matter when another nginx or OpenResty proxies this server: that front tier sees it as an upstream header and stops buffering [E09 vs E10]. Only the values `no` and `yes` (case-insensitive) are recognised; `off`, `false`, `0` are silently ignored [E05] (sse-semantics.md SSE002c, SSE002d).',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    add_header X-Accel-Buffering off;\n}',
      good: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n}',
      fix: 'Safe: replaces a value that means "off" (`off`, `false`, `0`, `disable`, ...) with `no`, and one that means "on" (`on`, `true`, `1`, ...) with `yes`, keeping the quoting (for more_set_headers only the value inside `X-Accel-Buffering: <value>` changes). A correct `no`/`yes` is reported as information and not changed: whether a front tier needs it cannot be seen from this config.',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header',
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffering',
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_ignore_headers',
      ],
    },
  },
  create(ctx) {
    return {
      directiveNames: ['add_header', 'more_set_headers'],
      directive(d, c) {
        for (const found of findHeader(d)) {
          const lower = found.value.toLowerCase();
          const data = { shown: ctx.show(d), value: ctx.code(found.value) };
          if (lower === 'no' || lower === 'yes' || found.value.includes('$')) {
            ctx.report({ node: d, context: c, messageId: 'noEffect', data });
            continue;
          }
          const meant = MEANT_NO.has(lower) ? 'no' : MEANT_YES.has(lower) ? 'yes' : null;
          ctx.report({
            node: d,
            context: c,
            messageId: 'wrongValue',
            severity: 'warning',
            data,
            ...(meant ? {
              fix: {
                id: 'send',
                data: { value: ctx.code(meant) },
                applicability: 'safe' as const,
                edits: (f) => f.replaceArg(d, found.index, found.rewrite(meant)),
              },
            } : {}),
          });
        }
      },
    };
  },
});
