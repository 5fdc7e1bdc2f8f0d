// What every finding is built from: its primary span, and its fingerprint (the one identity JSON, SARIF and the baseline use).
import type * as Crypto from 'node:crypto';
import * as nodePath from 'node:path';
import type { Directive } from '../parser/ast.js';
import { makeSpan } from '../parser/source.js';
import { memoSlot, recall, remember, type ContextNode } from '../model/context.js';
import type { Finding, Span } from '../types.js';

/** The primary span of a directive: the whole statement, or only its head (`location /x {`) for blocks. */
export function directiveSpan(d: Directive): Span {
  const end = d.block ? d.block.open.end : d.lua ? d.lua.open.end : d.end;
  return makeSpan(d.file, d.start, end);
}

/** `location /api` inside `server example.com` inside `http`: a line-independent description of where a context is. */
export function contextKey(ctx: ContextNode | null): string {
  if (!ctx) return '';
  // A block with blocks inside (a server, http) is described for every finding in all of them: once, remembered on
  // the block. A block without (most locations) only for its own few findings: made each time, so that a report of
  // many locations does not keep a description of each until the end of the run.
  if (ctx.children.length === 0) return describeContext(ctx);
  return recall(ctx, CONTEXT_KEY) ?? remember(ctx, CONTEXT_KEY, describeContext(ctx));
}

const CONTEXT_KEY = memoSlot<string>();

function describeContext(ctx: ContextNode): string {
  // A fragment's root (or its stand-in location) has no place of its own; the parent's key is remembered too, so a
  // server's label (its names and listens) is made once however many locations and findings it holds.
  const above = ctx.parent ? contextKey(ctx.parent) : '';
  if (!ctx.directive || ctx.assumed) return above;
  let label = ctx.kind as string;
  if (ctx.kind === 'server') {
    const names: string[] = [];
    const listens: string[] = [];
    for (const d of ctx.directives) {
      if (d.name === 'server_name') for (let k = 0; k < d.argc; k++) names.push(d.arg(k)!);
      else if (d.name === 'listen') listens.push(d.arg(0) ?? '');
    }
    label += ` ${names.join(',')}|${listens.join(',')}`;
  } else {
    label += ' ' + argsText(ctx.directive);
  }
  return above === '' ? label : `${above} > ${label}`;
}

/** A directive's argument values joined by spaces (`args.map((a) => a.value).join(' ')`), read in place. */
export function argsText(d: Directive): string {
  const n = d.argc;
  if (n === 0) return '';
  let text = d.arg(0)!;
  for (let k = 1; k < n; k++) text += ' ' + d.arg(k)!;
  return text;
}

function hash(text: string): string {
  return sha256().hash('sha256', text, 'hex').slice(0, 32);
}

/** Whitespace that `/\s+/g -> ' '` would change: anything but a space, or two in a row. */
const UNEVEN_SPACE = /[^\S ]| {2}/;

/** node:crypto, loaded when the first fingerprint is made (a plain text report makes none). */
let crypto: typeof Crypto | null = null;
function sha256(): typeof Crypto {
  return (crypto ??= process.getBuiltinModule('node:crypto') as unknown as typeof Crypto);
}

/** Fingerprint paths by base, then by file (no key string is built per finding). */
const relativePaths = new Map<string, Map<string, string>>();

/** A file as the fingerprint names it: relative to `base` with `/` separators (a relative name stays as it is). */
function fingerprintPath(file: string, base: string): string {
  // One answer per file and base: every finding of a file asks.
  let byFile = relativePaths.get(base);
  if (byFile === undefined) {
    if (relativePaths.size > 64) relativePaths.clear();
    relativePaths.set(base, (byFile = new Map()));
  }
  let rel = byFile.get(file);
  if (rel === undefined) {
    rel = nodePath.isAbsolute(file) ? nodePath.relative(base, file).split(nodePath.sep).join('/') : file.split(nodePath.sep).join('/');
    if (byFile.size > 100_000) byFile.clear();
    byFile.set(file, rel);
  }
  return rel;
}

/**
 * The fingerprint of a rule's finding: rule, file (relative to the config prefix), the enclosing blocks, the
 * directive's text and the message id. Line numbers play no part, so it survives lines moving.
 */
export function ruleFingerprint(ruleId: string, file: string, base: string, context: ContextNode | null, nodeText: string, messageId: string): string {
  const text = UNEVEN_SPACE.test(nodeText) ? nodeText.replace(/\s+/g, ' ') : nodeText;
  return hash(`${ruleId}\n${fingerprintPath(file, base)}\n${contextKey(context)}\n${text}\n${messageId}`);
}

/**
 * A finding's fingerprint: the one it carries (every finding the engine returns has one, made relative to the
 * config prefix), else rule, file relative to `base`, and the message with `base` and line:column numbers taken
 * out (`unexpected "}" in nginx.conf:12` and `... :40` are the same problem moved).
 */
export function fingerprintOf(f: Finding, base: string): string {
  // Computed when read (lazy-text.ts): read once.
  const own = f.fingerprint;
  return own || messageFingerprint(f, base);
}

/** The fingerprint of a finding without one of its own: rule, file and message with places taken out. */
function messageFingerprint(f: Finding, base: string): string {
  let message = f.message;
  // Messages may quote absolute paths (include-not-found); where the tree lives must not change the identity.
  if (nodePath.dirname(base) !== base) message = message.split(base + nodePath.sep).join('').split(base).join('.');
  message = message.replace(/:\d+(?::\d+)?/g, ':#').replace(/\bline \d+/g, 'line #');
  return hash(`${f.ruleId}\n${fingerprintPath(f.span.file, base)}\n${message}`);
}

/** The finding with its fingerprint set (see fingerprintOf); the same object when it already has one. */
export function withFingerprint(f: Finding, base: string): Finding {
  // A rule's finding computes its fingerprint when read: its presence is enough, reading it here would compute it.
  const own = Object.getOwnPropertyDescriptor(f, 'fingerprint');
  if (own && (own.get || own.value)) return f;
  // Computed when read too (a text report reads none); an enumerable accessor, so copies and JSON see the value.
  const copy = { ...f };
  Object.defineProperty(copy, FINGERPRINT_BASE, { value: base, enumerable: false, writable: true, configurable: true });
  Object.defineProperty(copy, 'fingerprint', BASE_FINGERPRINT);
  return copy;
}

const FINGERPRINT_BASE = Symbol('fingerprintBase');

const BASE_FINGERPRINT: PropertyDescriptor = {
  get(this: Finding & { [FINGERPRINT_BASE]: string }): string {
    return messageFingerprint(this, this[FINGERPRINT_BASE]);
  },
  set(this: Finding, value: string) {
    Object.defineProperty(this, 'fingerprint', { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
};

/**
 * Findings already reported, to report each once: the same rule, message id, file and offsets, and the same
 * message. Messages are rendered (and compared) only when everything else matches, which is rare.
 */
export class FindingIndex {
  private readonly byFile = new Map<string, Map<number, Finding | Finding[]>>();
  /** Whether the end offset counts too (findings of several trees: the same place reached twice). */
  private readonly withEnd: boolean;

  constructor(options: { end?: boolean } = {}) {
    this.withEnd = !!options.end;
  }

  /** True when an equal finding was added. `message` is called only when one matches all but the message. */
  has(f: Pick<Finding, 'ruleId' | 'span' | 'messageId'>, message: () => string): boolean {
    const known = this.byFile.get(f.span.file)?.get(f.span.start);
    if (!known) return false;
    let text: string | undefined;
    const same = (g: Finding): boolean => {
      if (g.ruleId !== f.ruleId || g.messageId !== f.messageId || (this.withEnd && g.span.end !== f.span.end)) return false;
      text ??= message();
      return g.message === text;
    };
    return Array.isArray(known) ? known.some(same) : same(known);
  }

  add(f: Finding): void {
    let inFile = this.byFile.get(f.span.file);
    if (!inFile) this.byFile.set(f.span.file, (inFile = new Map()));
    const known = inFile.get(f.span.start);
    if (!known) inFile.set(f.span.start, f);
    else if (Array.isArray(known)) known.push(f);
    else inFile.set(f.span.start, [known, f]);
  }
}
