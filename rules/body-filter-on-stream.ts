// body-filter-on-stream: sub_filter, SSI or the addition filter rewriting an event stream's payload (SSE013).
import { defineRule, type MessageData } from '../src/engine/define-rule.js';
import type { ContextNode, Directive } from '../src/model/context.js';
import { entryValue, type EffectiveValue } from '../src/model/effective.js';
import { ifsSetting, setDirectlyIn, writtenDirectlyIn } from '../src/model/queries/blocks.js';
import { bufferingDirective } from '../src/model/queries/handlers.js';
import { eventStreamType, type TypeMatch } from '../src/model/queries/mime-types.js';

export default defineRule({
  meta: {
    id: 'body-filter-on-stream',
    summary: 'sub_filter, SSI or add_before_body/add_after_body rewrite event-stream payloads',
    severity: 'warning',
    fix: 'suggestion',
    streamOnly: true,
    messages: {
      sub: 'sub_filter rewrites this event stream ({origin}; {types} in {typesLevel} applies it to event streams): {flow} text inside their data is replaced. Stream: {why}.',
      ssi: 'ssi is on here ({origin}) and {types} in {typesLevel} applies it to event streams: {flow} anything in their data that looks like an SSI command (<!--# ... -->) is executed or removed. Stream: {why}.',
      flowing: 'events still stream, but',
      heldBack: 'the events are held back anyway, because {directive} is on ({origin}; see buffering-on), and',
      addition: '{directive} adds a subrequest\'s output to this event stream ({origin}; {types} in {typesLevel} applies it to event streams): the injected text is not framed as events and corrupts the stream. Stream: {why}.',
    },
    fixes: {
      subTypes: 'Limit sub_filter to HTML in {place}',
      ssiOff: 'Turn SSI off for {place}',
      additionOff: 'Switch {directive} off for {place}',
    },
    related: {
      typeList: 'this type list lets text/event-stream through',
      subFilter: 'sub_filter is set here',
    },
    docs: {
      why: 'The sub_filter and SSI filters pass flushed buffers on, so an unbuffered stream still arrives on time [E29, E30], but they change what the client receives: sub_filter replaced text inside the JSON of each event in [E29], and SSI executes or strips anything that looks like `<!--# ... -->`. `add_before_body` and `add_after_body` insert the output of a subrequest before or after the response, text that is not event framing and corrupts the stream (from ngx_http_addition_filter_module.c; not measured). All three act only on the MIME types in sub_filter_types, ssi_types and addition_types (text/html by default), so they reach an event stream only when the list has text/event-stream or `*`, as in a panel\'s "replace text" toggle that sets `sub_filter_types *` (sse-semantics.md SSE013, §5.4).',
      bad: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    sub_filter "http://backend" "https://example.com";\n    sub_filter_types *;\n}',
      good: 'location /events {\n    proxy_pass http://127.0.0.1:8080;\n    proxy_buffering off;\n    sub_filter "http://backend" "https://example.com";\n    sub_filter_types application/json;\n}',
      fix: 'Suggestion (shown by `--diff`, never applied): `sub_filter_types text/html;`, `ssi off;` or an empty `add_before_body`/`add_after_body` in the stream location. the filter is there for other responses, and only its owner knows what it must still rewrite. Keep text/event-stream out of the *_types list (no `*`), or move the filter out of the level that the stream location inherits from.',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_sub_module.html#sub_filter_types',
        'https://nginx.org/en/docs/http/ngx_http_ssi_module.html#ssi_types',
        'https://nginx.org/en/docs/http/ngx_http_addition_module.html#addition_types',
      ],
    },
  },
  create(ctx) {
    const typesData = (m: TypeMatch, loc: ContextNode): MessageData => ({
      types: ctx.show(m.entry.directive),
      typesLevel: ctx.level(m.entry.context, loc),
    });
    const related = (m: TypeMatch, node: Directive) => (m.entry.directive !== node ? [ctx.related(m.entry.directive, 'typeList')] : []);
    /** Where a scalar setting is reported: the directive when it stands in this block, else the block's head. */
    const nodeFor = (v: EffectiveValue, at: ContextNode): Directive => setDirectlyIn(v, at) ?? at.directive!;

    /** Whether the filtered events still flow: true unless the location's responses are buffered. */
    const flow = (loc: ContextNode) => {
      const name = bufferingDirective(ctx.model.handler(loc).module);
      const v = name ? ctx.model.effective(loc, name) : null;
      return v && v.value === 'on' ? ctx.message('heldBack', { directive: ctx.code(name!), origin: ctx.origin(v) }) : ctx.message('flowing');
    };

    return {
      streamLocation(loc) {
        if (!loc.directive) return;
        const why = ctx.stream(loc);

        // sub_filter and its types are not allowed in `if`: the location's settings hold there too.
        const subs = ctx.model.effectiveList(loc, 'sub_filter');
        const subTypes = eventStreamType(ctx.model.effectiveList(loc, 'sub_filter_types'));
        const firstSub = subs.entries[0];
        if (firstSub && subTypes) {
          const here = writtenDirectlyIn(firstSub.directive, loc);
          const node = here ? firstSub.directive : loc.directive;
          const ownTypes = subTypes.entry.context === loc;
          ctx.report({
            node, context: loc, messageId: 'sub',
            data: { origin: ctx.origin(entryValue(loc, firstSub, subs.levels), { more: subs.entries.length - 1 }), ...typesData(subTypes, loc), why, flow: flow(loc) },
            related: [...(here ? [] : [ctx.related(firstSub.directive, 'subFilter')]), ...related(subTypes, node)],
            // Which types to rewrite is the user's call: offered, never applied.
            fix: {
              id: 'subTypes', data: { place: ctx.level(loc) }, applicability: 'suggestion',
              edits: (f) => (ownTypes ? f.replaceArgs(subTypes.entry.directive, ['text/html']) : f.insertDirective(loc.directive!, 'sub_filter_types text/html;')),
            },
          });
        }

        // ssi is allowed in `if`, ssi_types is not.
        const ssiTypes = eventStreamType(ctx.model.effectiveList(loc, 'ssi_types'));
        if (ssiTypes) {
          const ssi = ctx.model.effective(loc, 'ssi');
          const sites: { at: ContextNode; v: EffectiveValue }[] = [];
          if (ssi.value === 'on') sites.push({ at: loc, v: ssi });
          else for (const s of ifsSetting(ctx.model, loc, 'ssi')) if (s.value.value === 'on') sites.push({ at: s.ctx, v: s.value });
          for (const { at, v } of sites) {
            const node = nodeFor(v, at);
            const own = setDirectlyIn(v, at);
            ctx.report({
              node, context: at, messageId: 'ssi',
              data: { origin: ctx.origin(v), ...typesData(ssiTypes, loc), why, flow: flow(loc) },
              related: related(ssiTypes, node),
              fix: {
                id: 'ssiOff', data: { place: ctx.level(at) }, applicability: 'suggestion',
                edits: (f) => (own ? f.replaceArg(own, 0, 'off') : f.insertDirective(at.directive!, 'ssi off;')),
              },
            });
          }
        }

        const additionTypes = eventStreamType(ctx.model.effectiveList(loc, 'addition_types'));
        if (additionTypes) {
          for (const name of ['add_before_body', 'add_after_body']) {
            const v = ctx.model.effective(loc, name);
            // An empty URI (`add_before_body "";`) switches an inherited one off.
            if (v.origin.kind !== 'directive' || !v.args?.[0]) continue;
            const node = nodeFor(v, loc);
            const own = setDirectlyIn(v, loc);
            ctx.report({
              node, context: loc, messageId: 'addition',
              data: { directive: ctx.code(name), origin: ctx.origin(v), ...typesData(additionTypes, loc), why },
              related: related(additionTypes, node),
              fix: {
                id: 'additionOff', data: { directive: ctx.code(name), place: ctx.level(loc) }, applicability: 'suggestion',
                edits: (f) => (own ? f.removeDirective(own) : f.insertDirective(loc.directive!, `${name} "";`)),
              },
            });
          }
        }
      },
    };
  },
});
