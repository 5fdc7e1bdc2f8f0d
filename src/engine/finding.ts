// What every finding is built from: its primary span, and its fingerprint (the one identity JSON, SARIF and the baseline use).
import { createHash } from 'node:crypto';
import * as nodePath from 'node:path';
import type { Directive } from '../parser/ast.js';
import { makeSpan } from '../parser/source.js';
import type { ContextNode } from '../model/context.js';
import type { Finding, Span } from '../types.js';

/** The primary span of a directive: the whole statement, or only its head (`location /x {`) for blocks. */
export function directiveSpan(d: Directive): Span {
  const end = d.block ? d.block.open.end : d.lua ? d.lua.open.end : d.end;
  return makeSpan(d.file, d.start, end);
}

/** `location /api` inside `server example.com` inside `http`: a line-independent description of where a context is. */
export function contextKey(ctx: ContextNode | null): string {
  const parts: string[] = [];
  for (let c = ctx; c; c = c.parent) {
    if (!c.directive || c.assumed) continue; // a fragment's root (or its stand-in location) has no place of its own
    let label = c.kind as string;
    if (c.kind === 'server') {
      const names = c.directives.filter((d) => d.name === 'server_name').flatMap((d) => d.args.map((a) => a.value));
      const listens = c.directives.filter((d) => d.name === 'listen').map((d) => d.args[0]?.value ?? '');
      label += ` ${names.join(',')}|${listens.join(',')}`;
    } else {
      label += ' ' + c.directive.args.map((a) => a.value).join(' ');
    }
    parts.unshift(label);
  }
  return parts.join(' > ');
}

function hash(parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);
}

/** A file as the fingerprint names it: relative to `base` with `/` separators (a relative name stays as it is). */
function fingerprintPath(file: string, base: string): string {
  const rel = nodePath.isAbsolute(file) ? nodePath.relative(base, file) : file;
  return rel.split(nodePath.sep).join('/');
}

/**
 * The fingerprint of a rule's finding: rule, file (relative to the config prefix), the enclosing blocks, the
 * directive's text and the message id. Line numbers play no part, so it survives lines moving.
 */
export function ruleFingerprint(ruleId: string, file: string, base: string, context: ContextNode | null, nodeText: string, messageId: string): string {
  return hash([ruleId, fingerprintPath(file, base), contextKey(context), nodeText.replace(/\s+/g, ' '), messageId]);
}

/**
 * A finding's fingerprint: the one it carries (every finding the engine returns has one, made relative to the
 * config prefix), else rule, file relative to `base`, and the message with `base` and line:column numbers taken
 * out (`unexpected "}" in nginx.conf:12` and `... :40` are the same problem moved).
 */
export function fingerprintOf(f: Finding, base: string): string {
  if (f.fingerprint) return f.fingerprint;
  let message = f.message;
  // Messages may quote absolute paths (include-not-found); where the tree lives must not change the identity.
  if (nodePath.dirname(base) !== base) message = message.split(base + nodePath.sep).join('').split(base).join('.');
  message = message.replace(/:\d+(?::\d+)?/g, ':#').replace(/\bline \d+/g, 'line #');
  return hash([f.ruleId, fingerprintPath(f.span.file, base), message]);
}

/** The finding with its fingerprint set (see fingerprintOf); the same object when it already has one. */
export function withFingerprint(f: Finding, base: string): Finding {
  return f.fingerprint ? f : { ...f, fingerprint: fingerprintOf(f, base) };
}
