// What the TUI shows and asks for: a snapshot of the review session, and the session the app drives (no I/O here).
import type { ChainLevel } from '../pipeline/index.js';
import type { Finding, Severity } from '../types.js';

/** The streaming checks of the overview, one column each. */
export const CHECKS = ['buffering', 'http', 'timeout', 'cache', 'hop', 'headers', 'h2'] as const;
export type CheckId = (typeof CHECKS)[number];

/** A readiness cell: worst severity found for the check in the server, `ok` when none, `na` without streams. */
export type Mark = 'ok' | Severity | 'na';

/** One row of the readiness table: a server block and its stream locations. */
export interface ServerRow {
  key: string;
  /** `chat.example.com:8443` (first server_name and first listen). */
  label: string;
  file: string;
  line: number;
  streams: { path: string; file: string; line: number }[];
  marks: Record<CheckId, Mark>;
  findings: number;
}

/** Where a finding sits, for grouping: its file, and the server and location whose text holds it. */
export interface Place {
  file: string;
  /** Display path of the file (relative to the working directory when inside it). */
  fileLabel: string;
  serverKey: string | null;
  server: string | null;
  location: string | null;
  /** For a finding about an effective value: every level nginx merges it from, with what each sets. */
  chain: ChainLevel[] | null;
}

export interface Item {
  /** Unique within one snapshot. */
  id: string;
  finding: Finding;
  place: Place;
}

export interface StagedFix {
  title: string;
  ruleId: string;
  /** Fixes applied by this step (several for "apply all safe"). */
  count: number;
}

export interface ChangedFile {
  file: string;
  fileLabel: string;
  added: number;
  removed: number;
}

/** Everything the views need, recomputed by the session after each apply, undo, write or reload. */
export interface Snapshot {
  items: Item[];
  servers: ServerRow[];
  streamLocations: number;
  /** Applied in memory, not yet written; last is the most recent. */
  staged: StagedFix[];
  redo: number;
  changed: ChangedFile[];
  /** False for an `nginx -T` dump or standard input: `w` saves a patch file instead. */
  writable: boolean;
  /** `--verify-with-nginx BIN`, run before every write. */
  verifyWith: string | null;
}

/** A line of a unified diff, classified for colour (the +/- prefix stays in the text). */
export interface DiffLine {
  kind: 'file' | 'hunk' | 'add' | 'del' | 'context';
  text: string;
}

export interface RuleText {
  summary: string;
  why: string;
  fix: string;
}

/** Outcome of an apply, undo, redo or reload. */
export type StepResult = { ok: true; snapshot: Snapshot; applied: number } | { ok: false; reason: string };

export type WriteOutcome =
  | { ok: true; snapshot: Snapshot; written: string[]; verify: { ok: boolean; output: string } | null }
  | { ok: false; reason: string; detail: string[]; verify: { ok: boolean; output: string } | null };

/** The review session the app drives. Every method is synchronous except `write` (which may run nginx -t). */
export interface ReviewSession {
  snapshot(): Snapshot;
  /** A path as shown to the user (relative to the working directory when inside it). */
  displayPath(file: string): string;
  /** Current text lines of a file (after the fixes applied in memory), for code frames; null when unknown. */
  sourceLines(file: string): string[] | null;
  /** The unified diff of one finding's fix on the current text; null when it has none. */
  previewFix(item: Item): DiffLine[] | null;
  rule(ruleId: string): RuleText | null;
  apply(itemId: string): StepResult;
  /** Applies every safe fix among these items (all items when omitted), re-linting between passes. */
  applySafe(itemIds?: string[]): StepResult;
  undo(): StepResult;
  redo(): StepResult;
  reload(): StepResult;
  /** The diff of everything applied and not yet written. */
  pendingDiff(): DiffLine[];
  write(): Promise<WriteOutcome>;
  /** For a dump: saves the pending diff as a patch file (atomically). */
  savePatch(path: string): { ok: true; path: string } | { ok: false; reason: string };
  /** The `route` command's answer for a host (optionally `host:port`) and a URI. */
  route(host: string, uri: string): string[];
  /** Findings as they are on disk now: written fixes count, fixes only applied in memory do not. */
  diskFindings(): Finding[];
  /** The exit code over `diskFindings()`, by --fail-on and --max-warnings. */
  exitCode(): number;
}

/** Turns unified diff text into classified lines. */
export function diffLines(text: string): DiffLine[] {
  const out: DiffLine[] = [];
  for (const l of text.split('\n')) {
    if (l === '') continue;
    if (l.startsWith('--- ') || l.startsWith('+++ ')) out.push({ kind: 'file', text: l });
    else if (l.startsWith('@@')) out.push({ kind: 'hunk', text: l });
    else if (l.startsWith('+')) out.push({ kind: 'add', text: l });
    else if (l.startsWith('-')) out.push({ kind: 'del', text: l });
    else out.push({ kind: 'context', text: l });
  }
  return out;
}
