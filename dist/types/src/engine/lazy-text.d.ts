import type { ContextNode, Directive } from '../model/context.js';
import { type Renderer } from '../i18n/render.js';
import type { DefaultBasis, Finding, Fix, MessageArg, MessageData, RelatedSpan } from '../types.js';
/** What a rule's findings are rendered with: its English renderer and message templates. */
export interface RuleText {
    renderer: Renderer;
    messages: Readonly<Record<string, string>>;
}
/** What a lazy fingerprint is made from (see ruleFingerprint): the directive reported, or null for a span (its message then). */
export interface FingerprintSource {
    prefix: string;
    context: ContextNode | null;
    node: Directive | null;
}
/** The finding's `message`, rendered from its messageId and data when read. Call where `message` belongs in key order. */
export declare function lazyMessage(f: Finding, text: RuleText): void;
/** `stream`: the finding's streamReasons rendered when read (call after setting streamReasons). */
export declare function lazyStream(f: Finding): void;
/** `fingerprint`, computed when read. */
export declare function lazyFingerprint(f: Finding, source: FingerprintSource): void;
/** A related note whose message is rendered from its messageId and data when read. */
export declare function lazyRelated(span: RelatedSpan['span'], messageId: string, data: MessageData | undefined, text: RuleText): RelatedSpan;
/** A fix whose title is rendered from its titleId and data when read. */
export declare function lazyFix(titleId: string, data: MessageData | undefined, applicability: Fix['applicability'], edits: Fix['edits'], text: RuleText): Fix;
/** A default origin (`{ kind: 'default', note, basis }`) whose note is rendered from its basis when read. */
export declare function lazyDefaultOrigin(basis: DefaultBasis, text: RuleText): {
    kind: 'default';
    note: string;
    basis: DefaultBasis;
};
/**
 * The recipe a finding's fix stands for (its data says `recipe: null`), kept to be said again in the message if the
 * fix is taken away (see withoutFix).
 */
export declare function holdRecipe(f: Finding, recipe: MessageArg): void;
/** Takes a finding's fix away, in place; a recipe the fix stood for goes back into its message (data `recipe`). */
export declare function dropFix(f: Finding): void;
/** A copy of a finding without its fix (see dropFix); its text stays rendered when read. */
export declare function withoutFix(f: Finding): Finding;
