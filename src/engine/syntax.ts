// Checks that mirror what `nginx -t` rejects, from the directive table: wrong context, duplicates, block shape, argument count.
import type { Directive } from '../parser/ast.js';
import type { ContextNode } from '../model/context.js';
import { allowedIn, allowsDuplicates, contextFromPath, directiveInfo, unknownDirective, type DirectiveContext, type OpaqueContext } from '../model/directives.js';
import type { ConfigModel } from '../model/model.js';
import { directiveSpan } from './finding.js';
import { englishFindings, renderKey } from '../i18n/render.js';
import type { Finding, MessageData } from '../types.js';

/** The block path nginx would be in at a context: a guessed fragment root starts below `http`. */
function blockPath(ctx: ContextNode): string[] {
  const path: string[] = [];
  let c: ContextNode | null = ctx;
  while (c) {
    if (c.directive && !c.assumed) path.unshift(c.directive.name);
    else if (c.kind === 'http') path.unshift('http');
    else if (c.kind === 'server') path.unshift('http', 'server');
    else if (c.kind === 'location') path.unshift('http', 'server', 'location');
    c = c.parent;
  }
  return path;
}

/** Directives whose checks are left to nginx modules sse-lint does not model. */
const SKIP = new Set(['include']);

/**
 * invalid-context (`"x" directive is not allowed here`), duplicate-directive (`"x" directive is duplicate`),
 * and the block-shape errors nginx reports as syntax errors. Argument counts are not checked: the documented
 * syntax is stricter than nginx (`stub_status on` is accepted, the docs show no argument). Unknown directives are
 * accepted silently (third-party modules).
 */
export function* syntaxFindings(model: ConfigModel, options: { strict?: boolean } = {}): Generator<Finding> {
  // A generator: the caller stops keeping findings past its limit, so a million duplicates never sit in memory.
  for (const l of model.contexts.limits) yield finding('parse-error', l.message, l.directive);
  for (const ctx of model.contexts.all) {
    const where = contextFromPath(blockPath(ctx));
    if (where === 'other' || where === 'map' || where === 'geo' || where === 'types' || where === 'split_clients' || where === 'charset_map' || where === 'match') continue;
    const seen = new Map<string, Directive>();
    for (const d of ctx.directives) {
      if (SKIP.has(d.name) || !d.terminated) continue;
      const info = directiveInfo(d.name, where as DirectiveContext);
      if (!info) {
        // Third-party directives are accepted silently unless asked (nginx itself needs the module loaded).
        if (options.strict && unknownDirective(d.name)) yield finding('parse-error', `unknown directive "${d.name}"`, d);
        continue;
      }
      const allowed = allowedIn(d.name, where as DirectiveContext | OpaqueContext);
      // The top level of a lone snippet is only a guess: do not claim nginx rejects it there (unless the user named
      // the context with --context or a comment).
      const guessedRoot = ctx.assumed ? ctx.assumed.how === 'guessed' : ctx.directive === null && ctx.kind !== 'main';
      if (allowed === false && !guessedRoot) {
        // nginx's own words, and where (in the words of nginx's documentation: `if in location`).
        yield keyed('invalid-context', 'msg.syntax.notAllowed', { error: code(`"${d.name}" directive is not allowed here`), where: code(describe(where)) }, d);
        continue;
      }
      if (allowed === false) continue;
      const hasBlock = d.block !== null || d.lua !== null;
      if (info.block && !hasBlock) {
        yield finding('parse-error', `directive "${d.name}" has no opening "{"`, d);
        continue;
      }
      if (!info.block && hasBlock) {
        yield finding('parse-error', `directive "${d.name}" is not terminated by ";"`, d);
        continue;
      }
      if (!allowsDuplicates(d.name)) {
        const first = seen.get(d.name);
        if (first) {
          const f = keyed('duplicate-directive', 'msg.syntax.duplicate', { error: code(`"${d.name}" directive is duplicate`), line: first.nameToken.line }, d);
          const note = { directive: code(d.name) };
          f.related.push({ span: directiveSpan(first), message: renderKey(englishFindings, 'msg.related.firstHere', note), messageId: 'msg.related.firstHere', data: note });
          yield f;
        } else {
          seen.set(d.name, d);
        }
      }
    }
  }
}

function describe(where: string): string {
  return where === 'if' ? 'if in location' : where === 'server-if' ? 'if in server' : where;
}

function finding(ruleId: string, message: string, d: Directive): Finding {
  return { ruleId, severity: 'error', message, span: directiveSpan(d), related: [] };
}

/** A finding whose message is a `msg.*` key with data (rendered in English here, in other locales by src/i18n). */
function keyed(ruleId: string, messageId: string, data: MessageData, d: Directive): Finding {
  return { ...finding(ruleId, renderKey(englishFindings, messageId, data), d), messageId, data };
}

const code = (text: string): MessageData[string] => ({ kind: 'code', text });
