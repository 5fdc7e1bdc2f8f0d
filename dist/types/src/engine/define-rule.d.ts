import type { Directive } from '../parser/ast.js';
import type { ContextNode } from '../model/context.js';
import type { ConfigModel } from '../model/model.js';
import type { EffectiveValue, ListEntry } from '../model/effective.js';
import type { StreamReason } from '../model/streams.js';
import type { Applicability, ListJoin, MessageArg, MessageData, RelatedSpan, Severity, Span, TextEdit } from '../types.js';
import type * as fixer from '../fix/fixer.js';
export type { Applicability, ListJoin, MessageArg, MessageData, RelatedSpan, Severity, TextEdit } from '../types.js';
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
    /**
     * English message templates by id (`{name}` placeholders filled from typed data; see src/i18n). Besides the
     * messages a finding reports, this holds the clauses a rule passes to a message with ctx.message().
     */
    messages: Record<string, string>;
    /** English fix titles by id (imperative: "Turn {directive} off for this location"). */
    fixes?: Record<string, string>;
    /** English notes of related spans by id ("{directive} on is set here"). */
    related?: Record<string, string>;
    /** Default options; users override them in the config file. */
    options?: Record<string, unknown>;
    /**
     * The rule reports only about locations it takes for event streams, so a finding is no surer than the stream: on a
     * guessed stream it is at most a warning, and a note while the user declared where the streams are.
     */
    streamOnly?: boolean;
    docs: RuleDocs;
}
/** Edit builders handed to a fix callback (rules never slice source text themselves). */
export type EditBuilder = typeof fixer;
export interface FixSpec {
    /** The fix title's id in meta.fixes, and its data. */
    id: string;
    data?: MessageData;
    applicability: Applicability;
    edits: (f: EditBuilder) => TextEdit | TextEdit[];
}
export interface Report {
    /** The directive or block the finding is about; its span is the finding's primary span. */
    node: Directive | Span;
    /** The context the finding was decided in (used for the fingerprint). */
    context?: ContextNode;
    messageId: string;
    data?: MessageData;
    /** Overrides the rule's default severity for this finding (e.g. error when a cache can replay). */
    severity?: Severity;
    related?: RelatedSpan[];
    fix?: FixSpec;
    /**
     * The repair in words, for the message's `{recipe}` placeholder. Shown only when the finding carries no fix (its
     * data then says `recipe: null`): a fix's title names the repair and its edits are the recipe. When the fix is taken
     * away later (a file shared by includers that do not all need it, a generated file), the recipe comes back.
     */
    recipe?: MessageArg;
    /** The effective value the finding is about (shown with its origin in every report format). */
    provenance?: EffectiveValue;
}
/**
 * What a rule gets: the model, its options, `report`, and builders of message data. Message data is typed
 * (src/types.ts MessageArg) and rendered per locale, so rules never write English into it.
 */
export interface RuleContext {
    model: ConfigModel;
    options: Record<string, unknown>;
    report(r: Report): void;
    /** nginx text that is never translated: a directive name, a value, a header, a path. */
    code(text: string): MessageArg;
    /** `proxy_buffering on (nginx.conf:12)`: a directive as written, with where it is. */
    show(d: Directive): MessageArg;
    /** `sites/app.conf:12`. */
    where(d: Directive): MessageArg;
    /** A level (`location /sse`, `server`); "this location /sse" when it is `self`. */
    level(c: ContextNode, self?: ContextNode | null): MessageArg;
    /**
     * Where an effective value comes from. `more`: further lines of the same list, counted; `nameOnly`: the directive's
     * name without its arguments (for long ones, such as inline Lua code).
     */
    origin(v: EffectiveValue, options?: {
        more?: number;
        nameOnly?: boolean;
    }): MessageArg;
    /** Why a location (or an `if` in it) is an event stream; `reasons` to pass a filtered set. */
    stream(c: ContextNode, reasons?: readonly StreamReason[]): MessageArg;
    /** A stream location with why it is one: `location /events (path /events contains "events")`. */
    streamLocation(c: ContextNode): MessageArg;
    /** List entries by the level that wrote them: `X (a.conf:1), Y (a.conf:2) from server; Z (b.conf:3) from http`. */
    entries(entries: readonly ListEntry[]): MessageArg;
    /** Items joined per locale (`distinct`: repeated items once); past `limit` items the rest are counted ("and 2 more"). */
    list(items: readonly MessageArg[], join: ListJoin, options?: {
        limit?: number;
        distinct?: boolean;
    }): MessageArg;
    /** A clause from this rule's meta.messages, to put inside another message. */
    message(id: string, data?: MessageData): MessageArg;
    /** A related span pointing at a directive, with a note from meta.related. */
    related(d: Directive, id: string, data?: MessageData): RelatedSpan;
}
export interface RuleVisitor {
    http?(ctx: ContextNode): void;
    server?(ctx: ContextNode): void;
    location?(ctx: ContextNode): void;
    /**
     * Locations taken for event streams (model.isStream), in place of `location` for a rule that looks at no other: the
     * walk asks once per location and calls these hooks only there.
     */
    streamLocation?(ctx: ContextNode): void;
    /** `if` blocks (in location or server). */
    if?(ctx: ContextNode): void;
    upstream?(ctx: ContextNode): void;
    /** Every directive in every context it is evaluated in (only those named in `directiveNames`, when given). */
    directive?(d: Directive, ctx: ContextNode): void;
    /**
     * The directive names `directive` looks at, when it looks at only a few: it is then called for those alone (in the
     * same order), and the walk skips the rest of a block's lines without calling it.
     */
    directiveNames?: readonly string[];
    /** After the walk, for decisions that need the whole tree. */
    done?(): void;
}
export interface Rule {
    meta: RuleMeta;
    create(ctx: RuleContext): RuleVisitor;
}
/**
 * The English template of one of a rule's keys: `summary`, a message id, `fix.<id>` or `related.<id>` (the part of
 * the catalog key after `<rule id>.`).
 */
export declare function metaTemplate(meta: RuleMeta, key: string): string | undefined;
export declare function defineRule(rule: Rule): Rule;
