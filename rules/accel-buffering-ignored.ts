// accel-buffering-ignored: `*_ignore_headers X-Accel-Buffering` on a buffered stream disables the backend's opt-out (SSE002a).
import { defineRule, type EditBuilder, type TextEdit } from '../src/engine/define-rule.js';
import type { ContextNode, Directive } from '../src/model/context.js';
import { entryValue } from '../src/model/effective.js';
import { bufferingDirective, ifHasOwnHandler, moduleDirective } from '../src/model/queries/handlers.js';
import { streamReasonsWithout } from '../src/model/queries/stream-evidence.js';

const HEADER = 'x-accel-buffering';
const IGNORE_DIRECTIVES: ReadonlySet<string> = new Set(['proxy_ignore_headers', 'fastcgi_ignore_headers', 'uwsgi_ignore_headers', 'scgi_ignore_headers']);

export default defineRule({
  meta: {
    id: 'accel-buffering-ignored',
    summary: 'X-Accel-Buffering is ignored on a buffered stream, so the backend cannot switch buffering off',
    severity: 'error',
    fix: 'unsafe',
    streamOnly: true,
    messages: {
      ignored: 'the backend\'s X-Accel-Buffering header is ignored here ({origin}) while {buffering} is on ({bufferingOrigin}): a backend that answers "X-Accel-Buffering: no" cannot turn buffering off, so events reach clients in lumps. Stream: {why}.',
    },
    fixes: {
      stopIgnoring: 'Stop ignoring X-Accel-Buffering in {directive}',
    },
    related: {
      lists: '{directive} lists X-Accel-Buffering here',
    },
    docs: {
      why: 'nginx honours an upstream response header `X-Accel-Buffering: no` (or `yes`) per response, which is how many SSE backends opt out of proxy buffering [E03]. Listing `X-Accel-Buffering` in `proxy_ignore_headers` (or fastcgi_/uwsgi_/scgi_ignore_headers) switches that override off: with buffering on, the stream is held until a buffer fills or the response ends [E04]. The directive is a bitmask: lines in one block are OR-ed and the innermost level that sets it replaces the outer set (sse-semantics.md SSE002a, section 2.1). With buffering off the ignore list is harmless (it even keeps a backend\'s `yes` from turning buffering back on [E06]), so only buffered streams are reported.',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_ignore_headers X-Accel-Buffering;\n}',
      good: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    proxy_ignore_headers X-Accel-Buffering;\n}',
      fix: 'Unsafe: removes `X-Accel-Buffering` from the ignore list that is in effect (the whole line when it was the only value). That list may be written at server or http level and serve other locations too, and removing a location\'s only line makes the location inherit the outer list, so review the result. Setting `proxy_buffering off;` in the stream location (rule buffering-on) is the other way out.',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_ignore_headers',
        'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffering',
        'https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_ignore_headers',
      ],
    },
  },
  create(ctx) {
    const check = (c: ContextNode): void => {
      // The ignore line itself mentions X-Accel-Buffering, which the model takes as a streaming hint; it is not one.
      const reasons = streamReasonsWithout(ctx.model, c, IGNORE_DIRECTIVES);
      if (reasons.length === 0) return;
      const h = ctx.model.handler(c);
      const bufferingName = bufferingDirective(h.module);
      if (!bufferingName) return;
      const buffering = ctx.model.effective(c, bufferingName);
      if (buffering.value !== 'on') return;
      const ignoreName = moduleDirective(h.module, 'ignore_headers')!;
      const list = ctx.model.effectiveList(c, ignoreName);
      // nginx matches bitmask values case-insensitively (ngx_conf_set_bitmask_slot uses ngx_strcasecmp).
      const hits = list.entries.filter((e) => anyArgIs(e.directive, HEADER));
      const first = hits[0];
      if (!first) return;
      const setHere = first.context === c;
      ctx.report({
        node: setHere ? first.directive : c.directive!,
        context: c,
        messageId: 'ignored',
        data: {
          origin: ctx.origin(entryValue(c, first, list.levels)),
          buffering: ctx.code(bufferingName),
          bufferingOrigin: ctx.origin(buffering),
          why: ctx.stream(c, reasons),
        },
        related: setHere ? [] : hits.map((e) => ctx.related(e.directive, 'lists', { directive: ctx.code(ignoreName) })),
        fix: {
          id: 'stopIgnoring',
          data: { directive: ctx.code(ignoreName) },
          applicability: 'unsafe',
          edits: (f) => hits.flatMap((e): TextEdit[] => dropHeader(f, e.directive)),
        },
      });
    };
    return {
      location: check,
      if(c) {
        if (ifHasOwnHandler(ctx.model, c)) check(c);
      },
    };
  },
});

/** Some argument of the line is X-Accel-Buffering (nginx compares bitmask values in any case). */
function anyArgIs(d: Directive, lower: string): boolean {
  for (let k = 0; k < d.argc; k++) if (d.argIs(k, lower)) return true;
  return false;
}

/** Edits that take X-Accel-Buffering out of one ignore line: the line itself when nothing else would be left. */
function dropHeader(f: EditBuilder, d: Directive): TextEdit[] {
  const keep = d.args.filter((a) => a.value.toLowerCase() !== HEADER);
  if (keep.length === 0) return [f.removeDirective(d)];
  const edits: TextEdit[] = [];
  d.args.forEach((a, i) => {
    if (a.value.toLowerCase() === HEADER) edits.push(f.removeArg(d, i));
  });
  return edits;
}
