// Baseline files: the findings a project has accepted for now, recorded by fingerprint so only new ones are reported.
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import type { CliKey } from '../i18n/index.js';
import type { Finding } from '../types.js';
import { fingerprintOf } from './finding.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { readRegularFile } from '../util/read-file.js';
import { JsonSyntaxError, lineColumn, parseJson } from './json-source.js';

export const BASELINE_VERSION = 1;

/** One accepted finding. Only the fingerprint is compared; rule, file and message are for people reading diffs. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  /** Relative to the baseline file's directory, with `/` separators. */
  file: string;
  message: string;
}

export interface BaselineFile {
  $comment?: string;
  version: number;
  findings: BaselineEntry[];
}

/** A baseline that is missing or unreadable; the CLI prints t(locale, key, data) and exits with 2. */
export class BaselineError extends Error {
  constructor(
    readonly file: string, readonly key: CliKey, readonly data: Record<string, string | number>,
    /** Why the file could not be read (its reason fills the message's {reason}). */
    readonly cause?: unknown,
  ) {
    super(`${file}: ${key} ${JSON.stringify(data)}`);
    this.name = 'BaselineError';
  }
}

export interface BaselineResult {
  /** Findings the baseline does not account for, in their original order. */
  findings: Finding[];
  /** Findings absorbed by baseline entries. */
  matched: number;
  /** Baseline entries no finding used any more (problems fixed since the baseline was written). */
  unmatched: number;
}

function relativeFile(file: string, baseDir: string): string {
  if (!nodePath.isAbsolute(file)) return file.split(nodePath.sep).join('/');
  return nodePath.relative(baseDir, file).split(nodePath.sep).join('/');
}

/**
 * Records findings as the accepted baseline (one entry per finding, so duplicates count) and returns how many
 * were written. The file is replaced atomically (see writeFileAtomic).
 */
export function writeBaseline(file: string, findings: readonly Finding[]): number {
  const baseDir = nodePath.dirname(nodePath.resolve(file));
  const entries: BaselineEntry[] = findings.map((f) => ({
    fingerprint: fingerprintOf(f, baseDir),
    ruleId: f.ruleId,
    file: relativeFile(f.span.file, baseDir),
    message: f.message,
  }));
  const key = (e: BaselineEntry): string => `${e.file}\0${e.ruleId}\0${e.fingerprint}\0${e.message}`;
  entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const doc: BaselineFile = {
    $comment: 'Findings sse-lint --baseline does not report. Regenerate with sse-lint --baseline-write FILE; only "fingerprint" is compared.',
    version: BASELINE_VERSION,
    findings: entries,
  };
  writeFileAtomic(nodePath.resolve(file), JSON.stringify(doc, null, 2) + '\n');
  return entries.length;
}

/** Reads and checks a baseline file. Throws BaselineError when it is missing, not JSON, or of another version. */
export function readBaseline(file: string): BaselineFile {
  let text: string;
  try {
    text = readRegularFile(file).toString('utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new BaselineError(file, 'cli.baseline.missing', { file });
    throw new BaselineError(file, 'cli.baseline.unreadable', { file }, e);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text around the error; say where it is instead, never what the file holds.
    throw new BaselineError(file, 'cli.baseline.notJson', { file, ...jsonErrorAt(text) });
  }
  const d = doc as Partial<BaselineFile> | null;
  if (!d || typeof d !== 'object' || typeof d.version !== 'number') throw new BaselineError(file, 'cli.baseline.noVersion', { file });
  if (d.version !== BASELINE_VERSION) throw new BaselineError(file, 'cli.baseline.unsupported', { file, version: d.version, supported: BASELINE_VERSION });
  if (!Array.isArray(d.findings) || !d.findings.every((e) => typeof e === 'object' && e !== null && typeof (e as BaselineEntry).fingerprint === 'string')) {
    throw new BaselineError(file, 'cli.baseline.badFindings', { file });
  }
  return d as BaselineFile;
}

/**
 * The findings the baseline does not cover. Matching counts: a fingerprint recorded twice absorbs two findings
 * with that fingerprint, and a third is new.
 */
export function applyBaseline(file: string, findings: readonly Finding[]): BaselineResult {
  return baselineMatcher(file)(findings);
}

/**
 * Reads a baseline once and returns what applyBaseline does with it, for a caller that matches many sets of
 * findings against the same file (each pass of a fix loop). Throws BaselineError as readBaseline does.
 */
export function baselineMatcher(file: string): (findings: readonly Finding[]) => BaselineResult {
  const doc = readBaseline(file);
  const baseDir = nodePath.dirname(nodePath.resolve(file));
  const counts = new Map<string, number>();
  for (const e of doc.findings) counts.set(e.fingerprint, (counts.get(e.fingerprint) ?? 0) + 1);
  return (findings) => {
    const remaining = new Map(counts);
    const out: Finding[] = [];
    let matched = 0;
    for (const f of findings) {
      const fp = fingerprintOf(f, baseDir);
      const left = remaining.get(fp) ?? 0;
      if (left > 0) {
        remaining.set(fp, left - 1);
        matched++;
      } else out.push(f);
    }
    let unmatched = 0;
    for (const n of remaining.values()) unmatched += n;
    return { findings: out, matched, unmatched };
  };
}

/** Where text stops being JSON (line and column), without quoting its content. */
function jsonErrorAt(text: string): { line: number; column: number } {
  try {
    parseJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return lineColumn(text, e.offset);
  }
  // JSON.parse refused what parseJson accepts: name the start.
  return { line: 1, column: 1 };
}
