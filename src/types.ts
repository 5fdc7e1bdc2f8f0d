// Shared vocabulary: spans, severities, findings, fixes.

/** A half-open range [start, end) of UTF-16 offsets in one file's decoded text, with 1-based positions. */
export interface Span {
  /** Path of the file as the user named it (or the original path inside an `nginx -T` dump). */
  file: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** A related place that explains a finding (the inherited directive that is dropped, the default). */
export interface RelatedSpan {
  span: Span;
  message: string;
}

/** One text replacement on the raw source of a file. */
export interface TextEdit {
  file: string;
  start: number;
  end: number;
  text: string;
  /** For an inserted directive: the directive's text, so the fix can be moved to another block. */
  insert?: string;
}

export type Applicability = 'safe' | 'unsafe';

export interface Fix {
  title: string;
  applicability: Applicability;
  edits: TextEdit[];
}

/** Where an effective value comes from: a directive, or nginx's default for the target version. */
export interface Provenance {
  /** The directive name (`proxy_buffering`). */
  directive: string;
  /** The value in effect (`on`), or null when unset with no default. */
  value: string | null;
  origin:
    | { kind: 'directive'; span: Span; level: string }
    | { kind: 'default'; note: string };
  /** Levels inspected, innermost first (`location /sse`, `server`, `http`). */
  levels: string[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  related: RelatedSpan[];
  fix?: Fix;
  /** Stable identity across line moves: rule, file and normalized context. */
  fingerprint?: string;
  /** The rule's message id and placeholder values (to render the message in another locale). */
  messageId?: string;
  data?: Record<string, string | number>;
  /** The effective value the finding is about and where it comes from. */
  provenance?: Provenance;
  /** Why the location counts as an event stream, when the finding is about one. */
  stream?: string[];
}

/** Deterministic order: file, then offset, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.span.file !== b.span.file) return a.span.file < b.span.file ? -1 : 1;
  if (a.span.start !== b.span.start) return a.span.start - b.span.start;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
