// What a rule is: metadata declared once (docs, messages, severity, fix support) and a visitor over the model.
import type { Directive } from '../parser/ast.js';
import type { ContextNode } from '../model/context.js';
import type { ConfigModel } from '../model/model.js';
import type { EffectiveValue } from '../model/effective.js';
import type { Applicability, RelatedSpan, Severity, Span, TextEdit } from '../types.js';
import type * as fixer from '../fix/fixer.js';

export type { Applicability, RelatedSpan, Severity, TextEdit } from '../types.js';

export interface RuleDocs {
  /** Why it matters, with the nginx facts (sse-semantics.md section and experiments). */
  why: string;
  /** A config that yields exactly one finding. */
  bad: string;
  /** The same config done right: no finding. */
  good: string;
  /** What the fix does and why it is safe or unsafe. */
  fix: string;
  references: string[];
}

export interface RuleMeta {
  id: string;
  summary: string;
  severity: Severity;
  /** Which fixes the rule may offer. */
  fix: Applicability | 'none';
  messages: Record<string, string>;
  /** Default options; users override them in the config file. */
  options?: Record<string, unknown>;
  docs: RuleDocs;
}

/** Edit builders handed to a fix callback (rules never slice source text themselves). */
export type EditBuilder = typeof fixer;

export interface FixSpec {
  title: string;
  applicability: Applicability;
  edits: (f: EditBuilder) => TextEdit | TextEdit[];
}

export interface Report {
  /** The directive or block the finding is about; its span is the finding's primary span. */
  node: Directive | Span;
  /** The context the finding was decided in (used for the fingerprint). */
  context?: ContextNode;
  messageId: string;
  data?: Record<string, string | number>;
  /** Overrides the rule's default severity for this finding (e.g. error when a cache can replay). */
  severity?: Severity;
  related?: RelatedSpan[];
  fix?: FixSpec;
  /** The effective value the finding is about (shown with its origin in every report format). */
  provenance?: EffectiveValue;
}

export interface RuleContext {
  model: ConfigModel;
  options: Record<string, unknown>;
  report(r: Report): void;
  /** `proxy_buffering on (nginx.conf:12)`: a directive as written, with where it is. */
  show(d: Directive): string;
  /** `sites/app.conf:12`. */
  where(d: Directive): string;
  /** A related span pointing at a directive. */
  related(d: Directive, message: string): RelatedSpan;
}

export interface RuleVisitor {
  http?(ctx: ContextNode): void;
  server?(ctx: ContextNode): void;
  location?(ctx: ContextNode): void;
  /** `if` blocks (in location or server). */
  if?(ctx: ContextNode): void;
  upstream?(ctx: ContextNode): void;
  /** Every directive in every context it is evaluated in. */
  directive?(d: Directive, ctx: ContextNode): void;
  /** After the walk, for decisions that need the whole tree. */
  done?(): void;
}

export interface Rule {
  meta: RuleMeta;
  create(ctx: RuleContext): RuleVisitor;
}

export function defineRule(rule: Rule): Rule {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.meta.id)) throw new Error(`rule id "${rule.meta.id}" must be kebab-case`);
  return rule;
}
