import type { ParsedFile } from '../parser/ast.js';
import type { Finding, MessageData, Span } from '../types.js';
export interface Suppression {
    kind: 'next-line' | 'block';
    ids: string[];
    reason: string;
    span: Span;
    /** Offsets covered: the next statement's lines, or the enclosing block (the whole file at top level). */
    from: number;
    to: number;
    /** For next-line: the line it applies to. */
    line?: number;
    file: string;
    used: Set<string>;
}
/** Finds suppression comments in a file; malformed ones become findings. */
export declare function collectSuppressions(parsed: ParsedFile, knownIds: Set<string>): {
    list: Suppression[];
    problems: Finding[];
};
/** Rule ids as a list of quoted code: `"a", "b"`. */
export declare function quotedIds(ids: readonly string[]): MessageData[string];
/** True (and marks the suppression used) when a finding is suppressed. */
export declare function isSuppressed(f: Finding, list: Suppression[]): boolean;
