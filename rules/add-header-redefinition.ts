// add-header-redefinition: a server or location whose own add_header lines drop the inherited ones (SSE011).
import { defineRule, type MessageArg, type RuleContext } from '../src/engine/define-rule.js';
import { firstDirectiveNamed, type ContextNode } from '../src/model/context.js';
import { compareVersions } from '../src/model/directives.js';
import { droppedAddHeaders } from '../src/model/queries/response-headers.js';

const INHERIT_SINCE = '1.29.3';

/** Response headers browsers enforce: losing one silently weakens security or breaks cross-origin requests. */
const ENFORCED = /^(strict-transport-security|content-security-policy(-report-only)?|x-frame-options|x-content-type-options|x-xss-protection|referrer-policy|permissions-policy|cross-origin-(opener|embedder|resource)-policy|access-control-[a-z-]+)$/i;

export default defineRule({
  meta: {
    id: 'add-header-redefinition',
    summary: 'add_header in a nested level drops every inherited add_header',
    severity: 'warning',
    fix: 'unsafe',
    messages: {
      lost: 'add_header in this {level} replaces the inherited add_header list, so {count} header(s) set above are not sent from here: {lost}. nginx inherits add_header only into levels that have none.{stream} {hint}',
      streamLocation: ' This is a stream location ({why}).',
      snippet: 'add_header in this {level} replaces the add_header list of the levels that include this file: wherever it is included, every add_header of the including server and http (HSTS, CORS, security headers) is not sent from here.{stream} Check what the including levels set, and repeat it here.',
      repeatOrSnippet: 'Repeat them here or put them in a snippet included at every level{ignored}.',
      inheritIgnored: ' (add_header_inherit needs nginx {since}; the target is {target})',
      repeatOrMerge: 'Repeat them here, or add "add_header_inherit merge;"{since} to keep the inherited ones.',
      mergeSince: ' (nginx {since}+)',
    },
    fixes: {
      repeat: 'Repeat the {count} inherited add_header line(s) in this {level}',
    },
    related: {
      notSent: 'not sent from {level}',
    },
    docs: {
      why: 'add_header is a replacing list: a server or location that has any add_header line of its own does not inherit a single add_header from the levels above (ngx_http_headers_merge_conf: the parent list is used only when the level has none; sse-semantics.md §2.1 and SSE011, experiment E25: server X-Server plus location X-Loc gave only X-Loc). Stream locations often add something of their own, such as `add_header Cache-Control no-cache;` or `add_header X-Accel-Buffering no;`, and so silently lose server-wide CORS, HSTS and security headers. From nginx 1.29.3 `add_header_inherit merge;` keeps the parent lines. OpenResty\'s more_set_headers accumulates across levels instead (E42) and is not reported. add_header inside `if` is reported by add-header-in-if. A level that serves event streams (a stream location, or a server or location whose list stream locations inherit) is reported for any lost header; elsewhere only when a lost header is one browsers enforce (Strict-Transport-Security, Content-Security-Policy, X-Frame-Options, X-Content-Type-Options, Referrer-Policy, Permissions-Policy, Cross-Origin-*, Access-Control-*), and then as a note: sse-lint is not a general nginx linter.',
      bad: 'server {\n    listen 80;\n    add_header Strict-Transport-Security "max-age=31536000" always;\n\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_buffering off;\n        add_header Cache-Control no-cache;\n    }\n}',
      good: 'server {\n    listen 80;\n    add_header Strict-Transport-Security "max-age=31536000" always;\n\n    location /events {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_buffering off;\n        add_header Cache-Control no-cache;\n        add_header Strict-Transport-Security "max-age=31536000" always;\n    }\n}',
      fix: 'Unsafe: copies the lost add_header lines, in their order, into the level after its own add_header lines. The response then carries headers it did not carry before, which is usually the intent but changes behaviour; a shared include or (nginx 1.29.3+) `add_header_inherit merge;` are alternatives worth considering.',
      references: [
        'https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header',
        'https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header_inherit',
      ],
    },
  },
  create(ctx) {
    /** The level is a stream location, or a stream location below it takes its add_header list from it. */
    const streamsServed = (level: ContextNode): boolean => {
      if (ctx.model.isStream(level)) return true;
      const below = (c: ContextNode): boolean => c.children.some((l) => l.kind === 'location'
        && ((ctx.model.isStream(l) && ctx.model.effectiveList(l, 'add_header').from === level) || below(l)));
      return below(level);
    };
    const check = (level: ContextNode): void => {
      // Only a level with add_header lines of its own drops inherited ones (or is a snippet's own list).
      if (!level.directive || firstDirectiveNamed(level, 'add_header') === null) return;
      const list = ctx.model.effectiveList(level, 'add_header');
      const lost = droppedAddHeaders(ctx.model, level);
      const own = list.entries.find((e) => e.context === level);
      // A location at the top of a lone snippet (a panel's proxy template): the including levels are not known here,
      // and whatever they set is dropped.
      const top = list.levels[list.levels.length - 1];
      if (lost.length === 0 && own && level.kind === 'location' && top && top !== level && !top.directive && !top.assumedIn
        && list.levels.every((l) => l === level || !l.directive)) {
        const stream = ctx.model.isStream(level) ? ctx.message('streamLocation', { why: ctx.stream(level) }) : null;
        ctx.report({ node: own.directive, context: level, messageId: 'snippet', severity: 'info', data: { level: ctx.code(level.kind), stream } });
        return;
      }
      if (lost.length === 0) return;
      // Where no stream is served, only a lost header that browsers enforce (security, CORS) is worth a note.
      const streams = streamsServed(level);
      if (!streams && !lost.some((e) => ENFORCED.test(e.directive.args[0]?.value ?? ''))) return;
      const first = list.entries.find((e) => e.context === level)!.directive;
      const stream = ctx.model.isStream(level) ? ctx.message('streamLocation', { why: ctx.stream(level) }) : null;
      ctx.report({
        node: first,
        context: level,
        messageId: 'lost',
        ...(streams ? {} : { severity: 'info' as const }),
        data: { level: ctx.code(level.kind), count: lost.length, lost: ctx.entries(lost), stream, hint: fixHint(ctx, level) },
        related: lost.map((e) => ctx.related(e.directive, 'notSent', { level: ctx.level(level) })),
        fix: {
          id: 'repeat',
          data: { count: lost.length, level: ctx.code(level.kind) },
          applicability: 'unsafe',
          edits: (f) => f.insertCopies(level.directive!, lost.map((e) => e.directive), 'add_header'),
        },
      });
    };
    return { server: check, location: check };
  },
});

function fixHint(ctx: RuleContext, level: ContextNode): MessageArg {
  const v = ctx.model.version;
  const since = ctx.code(INHERIT_SINCE);
  if (v && compareVersions(v, INHERIT_SINCE) < 0) {
    const written = ctx.model.effective(level, 'add_header_inherit');
    const ignored = written.origin.kind === 'directive' ? ctx.message('inheritIgnored', { since, target: ctx.code(ctx.model.versionText ?? '') }) : null;
    return ctx.message('repeatOrSnippet', { ignored });
  }
  return ctx.message('repeatOrMerge', { since: v ? null : ctx.message('mergeSince', { since }) });
}
