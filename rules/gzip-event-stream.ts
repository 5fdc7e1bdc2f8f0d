// gzip-event-stream: gzip applies to an event stream; it streams fine, but costs CPU per flush (SSE008).
import { defineRule } from '../src/engine/define-rule.js';
import type { ContextNode, Directive } from '../src/model/context.js';
import type { EffectiveValue } from '../src/model/effective.js';
import { ifsSetting, setDirectlyIn, writtenDirectlyIn } from '../src/model/queries/blocks.js';
import { eventStreamType } from '../src/model/queries/mime-types.js';

export default defineRule({
  meta: {
    id: 'gzip-event-stream',
    summary: 'gzip compresses event streams: no delay when unbuffered, but CPU on every flush',
    severity: 'info',
    fix: 'suggestion',
    streamOnly: true,
    messages: {
      compressed: 'gzip compresses this event stream: gzip is on ({origin}) and {types} in {typesLevel} lets text/event-stream through. This does not hold events back when proxy buffering is off, because nginx flushes the compressor after every upstream read; it does cost CPU on every flush, and some clients and intermediaries hold compressed streams back.{recipe} Stream: {why}.',
      recipe: ' Consider keeping text/event-stream out of gzip_types or adding `gzip off;` here.',
    },
    fixes: {
      gzipOff: 'Turn gzip off for {place}',
    },
    related: {
      typeList: 'text/event-stream is compressed because of this list',
    },
    docs: {
      why: 'Contrary to folklore, gzip does not break SSE in nginx: every unbuffered upstream read reaches the gzip filter as a flush buffer, which is answered with Z_SYNC_FLUSH, so events arrive compressed and on time (first event after 7 ms [E11]; also with `X-Accel-Buffering: no` [E13]). With proxy buffering on the stream is lumped, but for the buffering reason [E12] (rule buffering-on). What remains is a cost: a deflate flush per event and a few bytes of framing per flush, and some clients or intermediaries that wait for more compressed data before passing it on. `gzip_types *` includes event streams without saying so (sse-semantics.md SSE008). `gzip_proxied` is not relevant: it is about requests that reach nginx through another proxy.',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    gzip on;\n    gzip_types text/event-stream application/json;\n}',
      good: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    gzip on;\n    gzip_types application/json;\n}',
      fix: 'Suggestion (shown by `--diff`, never applied): `gzip off;` in the stream location. compressing a stream is a trade-off, not a bug. Remove text/event-stream (or `*`) from gzip_types, or add `gzip off;` to the stream location, if the CPU or a client\'s behaviour matters.',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_gzip_module.html#gzip',
        'https://nginx.org/en/docs/http/ngx_http_gzip_module.html#gzip_types',
      ],
    },
  },
  create(ctx) {
    const report = (loc: ContextNode, at: ContextNode, v: EffectiveValue, node: Directive, typesDirective: Directive, typesLevel: ContextNode): void => {
      ctx.report({
        node,
        context: at,
        messageId: 'compressed',
        data: {
          origin: ctx.origin(v),
          types: ctx.show(typesDirective),
          typesLevel: ctx.level(typesLevel, loc),
          why: ctx.stream(loc),
        },
        related: typesDirective !== node ? [ctx.related(typesDirective, 'typeList')] : [],
        recipe: ctx.message('recipe'),
        // A trade-off, not a bug: turning gzip off for the stream is offered, never applied.
        ...(at.directive ? { fix: {
          id: 'gzipOff', data: { place: ctx.level(at) }, applicability: 'suggestion' as const,
          edits: (f) => {
            const own = setDirectlyIn(v, at);
            return own ? f.replaceArg(own, 0, 'off') : f.insertDirective(at.directive!, 'gzip off;');
          },
        } } : {}),
      });
    };

    return {
      streamLocation(loc) {
        if (!loc.directive) return;
        // gzip_types is not allowed in `if`: the location's list holds for its `if` blocks too.
        const match = eventStreamType(ctx.model.effectiveList(loc, 'gzip_types'));
        if (!match) return;
        const gzip = ctx.model.effective(loc, 'gzip');
        if (gzip.value === 'on') {
          report(loc, loc, gzip, setDirectlyIn(gzip, loc) ?? loc.directive, match.entry.directive, match.entry.context);
          return;
        }
        // `gzip on` inside an `if` compresses the stream whenever the condition holds.
        for (const { ctx: c, value: v } of ifsSetting(ctx.model, loc, 'gzip')) {
          if (v.value !== 'on' || v.origin.kind !== 'directive') continue;
          const d = v.origin.directive;
          report(loc, c, v, writtenDirectlyIn(d, c) ? d : c.directive!, match.entry.directive, match.entry.context);
        }
      },
    };
  },
});
