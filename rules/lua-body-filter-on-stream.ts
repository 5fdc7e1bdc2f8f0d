// lua-body-filter-on-stream: a body_filter_by_lua* that holds an event stream's chunks back until the last one (SSE021).
import { defineRule } from '../src/engine/define-rule.js';
import type { ContextNode } from '../src/model/context.js';
import { BODY_FILTERS, bodyFilterInEffect } from '../src/model/queries/lua.js';

/** What the filter visibly does with the chunks it is handed. */
type Behaviour = 'holds' | 'conditional' | 'rewrites' | 'opaque' | 'file' | 'passes';

/** Lua source with comments blanked out (strings kept: an empty-string assignment is what we look for). */
function withoutComments(code: string): string {
  let out = '';
  let i = 0;
  const longClose = (at: number): string | null => {
    const m = /^\[(=*)\[/.exec(code.slice(at));
    return m ? `]${m[1]}]` : null;
  };
  while (i < code.length) {
    const c = code[i]!;
    if (c === '-' && code[i + 1] === '-') {
      const close = longClose(i + 2);
      const end = close ? code.indexOf(close, i + 2) : code.indexOf('\n', i);
      const stop = end < 0 ? code.length : end + (close ? close.length : 0);
      out += code.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < code.length && code[j] !== c && code[j] !== '\n') j += code[j] === '\\' ? 2 : 1;
      out += code.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const close = c === '[' ? longClose(i) : null;
    if (close) {
      const end = code.indexOf(close, i);
      const stop = end < 0 ? code.length : end + close.length;
      out += code.slice(i, stop);
      i = stop;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** Roots of dotted calls that are Lua's or ngx_lua's own (`ngx.say(...)`, `table.concat(...)`). */
const KNOWN_ROOTS = new Set(['ngx', 'string', 'table', 'math', 'os', 'io', 'coroutine', 'utf8', 'bit', 'jit', 'cjson']);

/**
 * Reads inline filter code. A body filter changes what passes only by assigning ngx.arg[1] (the chunk) or
 * ngx.arg[2] (the end flag), so code that assigns neither passes every chunk on as it came, unless it hands
 * the work to code sse-lint cannot see (`require`, a call on a global table such as `Kong.body_filter()`).
 */
function behaviourOf(code: string): Behaviour {
  const lua = withoutComments(code);
  const assigns = [...lua.matchAll(/ngx\s*\.\s*arg\s*\[\s*1\s*\]\s*=(?!=)\s*([^\n;]*)/g)].map((m) => m[1]!.trim());
  if (assigns.some((v) => /^(nil\b|""|''|\[\[\]\])/.test(v))) return /event-stream/i.test(lua) ? 'conditional' : 'holds';
  const locals = new Set([...lua.matchAll(/\blocal\s+(?:function\s+)?([A-Za-z_]\w*)/g)].map((m) => m[1]!));
  const foreignCall = [...lua.matchAll(/\b([A-Za-z_]\w*)\s*[.:]\s*[A-Za-z_][\w.:]*\s*\(/g)].some((m) => !KNOWN_ROOTS.has(m[1]!) && !locals.has(m[1]!));
  if (/\brequire\b/.test(lua) || foreignCall) return 'opaque';
  if (assigns.length > 0 || /ngx\s*\.\s*arg\s*\[\s*2\s*\]\s*=(?!=)/.test(lua)) return 'rewrites';
  return 'passes';
}

export default defineRule({
  meta: {
    id: 'lua-body-filter-on-stream',
    summary: 'A body_filter_by_lua* holds event-stream chunks back until the response ends',
    severity: 'warning',
    fix: 'suggestion',
    streamOnly: true,
    messages: {
      holds: '{directive} sets ngx.arg[1] to nil or "" for the chunks before the last ({origin}): every event waits in the filter and the stream reaches clients in one piece when it ends, whatever proxy_buffering says. Pass each chunk on (collect a copy if the whole body is needed) or keep the filter off this location. Stream: {why}.',
      conditional: '{directive} holds chunks back for some responses ({origin}: it sets ngx.arg[1] to nil or "" and checks for text/event-stream); make sure event streams are passed on chunk by chunk, or they arrive in one piece at the end. Stream: {why}.',
      rewrites: '{directive} replaces the chunks of this event stream ({origin}); make sure it hands each event on as it comes: a filter that keeps chunks back until the end delivers the stream in one piece. Stream: {why}.',
      opaque: '{directive} runs on every chunk of this event stream ({origin}) and calls code sse-lint cannot read; a filter that collects chunks (to log or count the whole body) and passes them on only at the end delivers the stream in one piece. Make sure it passes each chunk on. Stream: {why}.',
    },
    fixes: {
      drop: 'Remove {directive} from the stream location',
      passThrough: 'Give the stream location an empty body filter that passes chunks as they come',
    },
    related: {
      filterSet: 'the body filter in effect is set here',
    },
    docs: {
      why: 'An ngx_lua body filter sees every chunk of the response in ngx.arg[1] (ngx.arg[2] is true on the last) and passes on whatever it leaves there. A filter that collects the body, for logging or token counting, and sets `ngx.arg[1] = nil` until the last chunk holds the whole event stream back: measured with nginx 1.22.1 and Debian\'s lua module, six events that the backend wrote one at a time behind `proxy_buffering off` and `proxy_http_version 1.1` reached the client together, after the backend had ended (test/e2e, sse-semantics.md SSE021). No buffering setting helps, because the filter runs after them. The three forms (`body_filter_by_lua_block`, `body_filter_by_lua`, `body_filter_by_lua_file`) share one setting that a location inherits from its server and http unless it writes its own. Inline code that sets ngx.arg[1] to nil or "" is a warning; code that replaces chunks otherwise, calls modules sse-lint cannot read, or lives in a file is a note; code that never assigns ngx.arg[1] or ngx.arg[2] passes chunks on and is not reported.',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    body_filter_by_lua_block {\n        local ctx = ngx.ctx\n        ctx.body = (ctx.body or "") .. (ngx.arg[1] or "")\n        if ngx.arg[2] then\n            ngx.arg[1] = ctx.body\n        else\n            ngx.arg[1] = nil\n        end\n    }\n}',
      good: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    body_filter_by_lua_block {\n        local ctx = ngx.ctx\n        ctx.body = (ctx.body or "") .. (ngx.arg[1] or "")\n        if ngx.arg[2] then\n            ngx.log(ngx.INFO, "stream bytes: ", #ctx.body)\n        end\n    }\n}',
      fix: 'Suggestion (shown by `--diff`, never applied): the filter removed from the stream location, or an empty `body_filter_by_lua_block { }` there when it is inherited. what the filter must still do is the application\'s decision. Keep collecting a copy if the whole body is needed, but leave ngx.arg[1] as it came (or move the work to log_by_lua*), or turn the filter off for the stream location (a location that writes its own body filter replaces the inherited one).',
      references: [
        'https://github.com/openresty/lua-nginx-module#body_filter_by_lua_block',
        'https://github.com/openresty/lua-nginx-module#ngxarg',
      ],
    },
  },
  create(ctx) {
    const check = (c: ContextNode): void => {
      if (!c.directive || !ctx.model.isStream(c)) return;
      const v = bodyFilterInEffect(ctx.model, c);
      if (!v || v.origin.kind !== 'directive') return;
      const name = v.name;
      const d = v.origin.directive;
      const behaviour = name === 'body_filter_by_lua_file' ? 'file' : behaviourOf(d.args.at(-1)?.value ?? '');
      if (behaviour === 'passes') return;
      const here = v.origin.context === c;
      ctx.report({
        node: here ? d : c.directive,
        context: c,
        messageId: behaviour === 'file' ? 'opaque' : behaviour,
        severity: behaviour === 'holds' ? 'warning' : 'info',
        data: {
          directive: ctx.code(name),
          // The filter's Lua code can be long: the origin names the directive and where it is.
          origin: ctx.origin(v, { nameOnly: true }),
          why: ctx.stream(c),
        },
        related: here ? [] : [ctx.related(d, 'filterSet')],
        // What the filter must still do is the application's decision: offered, never applied.
        fix: here
          ? { id: 'drop', data: { directive: ctx.code(name) }, applicability: 'suggestion', edits: (f) => f.removeDirective(d) }
          : { id: 'passThrough', applicability: 'suggestion', edits: (f) => f.insertDirective(c.directive!, 'body_filter_by_lua_block { }') },
      });
    };
    return {
      streamLocation: check,
      if(c) {
        // An `if` inside a stream location that writes its own filter replaces the location's for matching requests.
        if (ctx.model.locationOf(c) && BODY_FILTERS.some((n) => c.directives.some((d) => d.name === n))) check(c);
      },
    };
  },
});
