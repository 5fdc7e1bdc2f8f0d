import type { Directive } from '../parser/ast.js';
import { type ContextNode } from '../model/context.js';
import type { Finding, Span } from '../types.js';
/** The primary span of a directive: the whole statement, or only its head (`location /x {`) for blocks. */
export declare function directiveSpan(d: Directive): Span;
/** `location /api` inside `server example.com` inside `http`: a line-independent description of where a context is. */
export declare function contextKey(ctx: ContextNode | null): string;
/** A directive's argument values joined by spaces (`args.map((a) => a.value).join(' ')`), read in place. */
export declare function argsText(d: Directive): string;
/**
 * The fingerprint of a rule's finding: rule, file (relative to the config prefix), the enclosing blocks, the
 * directive's text and the message id. Line numbers play no part, so it survives lines moving.
 */
export declare function ruleFingerprint(ruleId: string, file: string, base: string, context: ContextNode | null, nodeText: string, messageId: string): string;
/**
 * A finding's fingerprint: the one it carries (every finding the engine returns has one, made relative to the
 * config prefix), else rule, file relative to `base`, and the message with `base` and line:column numbers taken
 * out (`unexpected "}" in nginx.conf:12` and `... :40` are the same problem moved).
 */
export declare function fingerprintOf(f: Finding, base: string): string;
/** The finding with its fingerprint set (see fingerprintOf); the same object when it already has one. */
export declare function withFingerprint(f: Finding, base: string): Finding;
/**
 * Findings already reported, to report each once: the same rule, message id, file and offsets, and the same
 * message. Messages are rendered (and compared) only when everything else matches, which is rare.
 */
export declare class FindingIndex {
    private readonly byFile;
    /** Whether the end offset counts too (findings of several trees: the same place reached twice). */
    private readonly withEnd;
    constructor(options?: {
        end?: boolean;
    });
    /** True when an equal finding was added. `message` is called only when one matches all but the message. */
    has(f: Pick<Finding, 'ruleId' | 'span' | 'messageId'>, message: () => string): boolean;
    add(f: Finding): void;
}
