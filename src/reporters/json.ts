// JSON report, version 2: the shape is documented in schema/report.schema.json; bump `version` on any breaking change.
import type { LintResult } from '../lint.js';
import type { ChainStep, Finding, Fix, MessageData, Provenance, RelatedSpan, Span } from '../types.js';
import { VERSION } from '../version.js';
import { configForReport, displayPath, summarize, type ReportOptions } from './common.js';
import { JsonOut, keyBytes } from './json-out.js';
import { collect, JSON_ITEMS, writeJsonDocument, type Write } from './stream.js';
import { fingerprintOf } from '../engine/finding.js';
import { isShared } from '../engine/data-pool.js';

/** The report format version (the `version` field); consumers should check it. */
export const JSON_REPORT_VERSION = 2;

/** The machine report described by schema/report.schema.json. */
export function formatJson(result: LintResult, opts: ReportOptions): string {
  return collect((write) => writeJson(result, opts, write));
}

/** The JSON report written piece by piece: the document around the findings, then one finding at a time. */
export function writeJson(result: LintResult, opts: ReportOptions, write: Write): void {
  const s = summarize(result);
  const config = configForReport(result.config, opts.cwd);
  const report = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'sse-lint', version: VERSION },
    ...(config ? { config } : {}),
    ...(result.preset ? { preset: result.preset } : {}),
    ...(result.sites ? {
      sites: result.sites.map((x) => ({
        site: x.site, files: x.files.map((f) => displayPath(f, opts.cwd)), streamLocations: x.streams, bySeverity: { error: x.error, warning: x.warning, info: x.info },
      })),
    } : {}),
    summary: {
      files: s.files,
      filesWithFindings: s.filesWithFindings,
      streamLocations: s.streamLocations,
      findings: s.findings,
      bySeverity: { error: s.error, warning: s.warning, info: s.info },
      fixable: s.fixable,
      suggestions: s.suggestions,
      suppressed: s.suppressed,
      ...(s.truncated ? { truncated: s.truncated } : {}),
    },
    files: result.files.map((f) => displayPath(f, opts.cwd)),
    findings: JSON_ITEMS,
  };
  const out = new JsonOut(write);
  const writer = new FindingWriter(out, opts.cwd);
  writeJsonDocument(report, result.findings, out, (f, depth) => writer.finding(f, depth));
}

const K_RULE_ID = keyBytes('ruleId');
const K_SEVERITY = keyBytes('severity');
const K_SPAN = keyBytes('span');
const K_RELATED = keyBytes('related');
const K_FILE = keyBytes('file');
const K_DATA = keyBytes('data');
const K_FINGERPRINT = keyBytes('fingerprint');
const K_FIX = keyBytes('fix');
const K_EDITS = keyBytes('edits');
const K_START = keyBytes('start');
const K_END = keyBytes('end');
const K_TEXT = keyBytes('text');

/** A fix head's bytes at a depth, with what they were written from. */
interface FixHead {
  depth: number;
  title: string;
  titleId: string | undefined;
  applicability: Fix['applicability'];
  /** Whether the head wrote no member (the next member is the object's first). */
  first: boolean;
  bytes: Uint8Array;
}

/**
 * Writes findings as the report shows them (schema/report.schema.json), straight from the finding: paths as the user
 * sees them, rendered texts read once, keys in the report's order and each only when present.
 */
class FindingWriter {
  private readonly shown = new Map<string, string>();
  /** The file display() was last asked about, and its answer (a finding's span, notes and edits are mostly in one file). */
  private lastFile: string | undefined;
  private lastShown = '';
  /**
   * Related notes, which the engine makes once per line, message and data and many findings share: null once seen,
   * then (seen again) the bytes they are written as at a depth.
   */
  private readonly notes = new WeakMap<RelatedSpan, { depth: number; bytes: Uint8Array } | null>();
  /** Fix heads by their shared data (see fixHead). */
  private readonly fixHeads = new WeakMap<MessageData, FixHead>();

  constructor(private out: JsonOut, private readonly cwd: string) {}

  private display(file: string): string {
    if (file === this.lastFile) return this.lastShown;
    let d = this.shown.get(file);
    if (d === undefined) this.shown.set(file, (d = displayPath(file, this.cwd)));
    this.lastFile = file;
    this.lastShown = d;
    return d;
  }

  /** A member, left out (as JSON.stringify leaves it out) when its value is undefined. */
  private member(name: string, v: unknown, depth: number, first: boolean): boolean {
    return this.out.member(name, v, depth, first);
  }

  /** A member whose value is a string but for a broken finding (then written as member() writes it). */
  private text(name: string, k: Uint8Array, v: string | undefined, depth: number, first: boolean): boolean {
    if (typeof v !== 'string') return this.out.member(name, v, depth, first);
    this.out.keyBytes(k, depth, first);
    this.out.string(v);
    return false;
  }

  /**
   * A text rendered from `data`, then the message id (or title id) and the data: findings that share their data
   * (the engine's DataPool) share these texts too, written once and then copied.
   */
  private rendered(name: string, text: string | undefined, idName: string, id: string | undefined, data: MessageData | undefined, depth: number, first: boolean): boolean {
    const out = this.out;
    const shared = data !== undefined && isShared(data);
    if (shared && text !== undefined) {
      out.key(name, depth, first);
      out.sharedString(data, text);
      first = false;
    } else first = out.member(name, text, depth, first);
    if (id) first = out.member(idName, id, depth, first);
    if (data) {
      out.keyBytes(K_DATA, depth, first);
      if (shared) out.shared(data, depth);
      else out.value(data, depth);
      first = false;
    }
    return first;
  }

  /** A span with its file as shown (`{ ...span, file: display(span.file) }`). */
  private span(s: Span, depth: number): void {
    const out = this.out;
    const d = depth + 1;
    let first = true;
    for (const k in s) {
      if (k === 'file') first = this.text(k, K_FILE, this.display(s.file), d, first);
      else {
        const v = s[k as keyof Span];
        if (typeof v === 'number') {
          out.key(k, d, first);
          out.number(v);
          first = false;
        } else first = out.member(k, v, d, first);
      }
    }
    if (first) out.text('{}');
    else out.close(depth, 0x7d);
  }

  private spanMember(k: Uint8Array, s: Span, depth: number, first: boolean): false {
    this.out.keyBytes(k, depth, first);
    this.span(s, depth);
    return false;
  }

  finding(f: Finding, depth: number): void {
    const out = this.out;
    const d = depth + 1;
    let first = this.text('ruleId', K_RULE_ID, f.ruleId, d, true);
    first = this.text('severity', K_SEVERITY, f.severity, d, first);
    first = this.rendered('message', f.message, 'messageId', f.messageId, f.data, d, first);
    first = this.spanMember(K_SPAN, f.span, d, first);
    out.keyBytes(K_RELATED, d, first);
    this.related(f.related, d);
    if (f.provenance) this.provenance(f.provenance, d);
    // Rendered when read: read once.
    const stream = f.stream;
    if (stream?.length) this.member('stream', stream, d, false);
    if (f.streamReasons?.length) this.member('streamReasons', f.streamReasons, d, false);
    if (f.streamConfidence) this.member('streamConfidence', f.streamConfidence, d, false);
    if (f.chain?.length) this.chain(f.chain, d);
    if (f.fix) this.fix(f.fix, d);
    this.text('fingerprint', K_FINGERPRINT, fingerprintOf(f, this.cwd), d, false);
    out.close(depth, 0x7d);
  }

  private related(list: readonly RelatedSpan[], depth: number): void {
    const out = this.out;
    if (list.length === 0) return out.text('[]');
    const d = depth + 1;
    for (let i = 0; i < list.length; i++) {
      out.item(d, i === 0);
      this.note(list[i]!, d);
    }
    out.close(depth, 0x5d);
  }

  /** A related note as an item at `depth`: copied when the same note was written before. */
  private note(r: RelatedSpan, depth: number): void {
    const known = this.notes.get(r);
    if (known === undefined) {
      this.notes.set(r, null);
      return this.noteText(r, depth);
    }
    if (known !== null && known.depth === depth) return this.out.bytes(known.bytes);
    const out = this.out;
    const bytes = out.capture((o) => {
      this.out = o;
      try {
        this.noteText(r, depth);
      } finally {
        this.out = out;
      }
    });
    this.notes.set(r, { depth, bytes });
    out.bytes(bytes);
  }

  private noteText(r: RelatedSpan, depth: number): void {
    const first = this.spanMember(K_SPAN, r.span, depth + 1, true);
    this.rendered('message', r.message, 'messageId', r.messageId, r.data, depth + 1, first);
    this.out.close(depth, 0x7d);
  }

  private provenance(p: Provenance, depth: number): void {
    const out = this.out;
    const d = depth + 1;
    out.key('provenance', depth, false);
    let first = this.member('directive', p.directive, d, true);
    first = this.member('value', p.value, d, first);
    out.key('origin', d, first);
    const o = p.origin;
    if (o.kind === 'directive') {
      let f = this.member('kind', 'directive', d + 1, true);
      f = this.spanMember(K_SPAN, o.span, d + 1, f);
      this.member('level', o.level, d + 1, f);
    } else {
      let f = this.member('kind', 'default', d + 1, true);
      f = this.member('note', o.note, d + 1, f);
      this.member('basis', o.basis, d + 1, f);
    }
    out.close(d, 0x7d);
    this.member('levels', p.levels, d, false);
    out.close(depth, 0x7d);
  }

  private chain(chain: readonly ChainStep[], depth: number): void {
    const out = this.out;
    out.key('chain', depth, false);
    const d = depth + 1;
    for (let i = 0; i < chain.length; i++) {
      const step = chain[i]!;
      out.item(d, i === 0);
      let first = this.member('location', step.location, d + 1, true);
      if (step.span) first = this.spanMember(K_SPAN, step.span, d + 1, first);
      else first = this.member('span', null, d + 1, first);
      out.key('via', d + 1, first);
      if (step.via.length === 0) out.text('[]');
      else {
        for (let k = 0; k < step.via.length; k++) {
          const v = step.via[k]!;
          out.item(d + 2, k === 0);
          const f = this.member('directive', v.directive, d + 3, true);
          this.spanMember(K_SPAN, v.span, d + 3, f);
          out.close(d + 2, 0x7d);
        }
        out.close(d + 1, 0x5d);
      }
      this.member('conditions', step.conditions, d + 1, false);
      out.close(d, 0x7d);
    }
    out.close(depth, 0x5d);
  }

  private fix(fix: Fix, depth: number): void {
    const out = this.out;
    const d = depth + 1;
    out.keyBytes(K_FIX, depth, false);
    const first = this.fixHead(fix, d);
    out.keyBytes(K_EDITS, d, first);
    const edits = fix.edits;
    if (edits.length === 0) out.text('[]');
    else {
      for (let i = 0; i < edits.length; i++) {
        const e = edits[i]!;
        out.item(d + 1, i === 0);
        let f = this.text('file', K_FILE, this.display(e.file), d + 2, true);
        f = this.number('start', K_START, e.start, d + 2, f);
        f = this.number('end', K_END, e.end, d + 2, f);
        // Fix texts are one string per distinct text (the engine's TextPool): their JSON is kept.
        if (e.text === undefined) this.member('text', e.text, d + 2, f);
        else {
          out.keyBytes(K_TEXT, d + 2, f);
          out.pooledString(e.text);
        }
        out.close(d + 1, 0x7d);
      }
      out.close(d, 0x5d);
    }
    out.close(depth, 0x7d);
  }

  /**
   * A fix's title, title id, data and applicability, the first members of its object at `depth`. Fixes whose data
   * many findings share (the engine's DataPool) mostly have the same head: its bytes are kept per data object.
   */
  private fixHead(fix: Fix, depth: number): boolean {
    const data = fix.data;
    if (data === undefined || !isShared(data)) return this.fixHeadText(fix, depth);
    const title = fix.title;
    const known = this.fixHeads.get(data);
    if (known !== undefined && known.depth === depth && known.title === title && known.titleId === fix.titleId && known.applicability === fix.applicability) {
      this.out.bytes(known.bytes);
      return known.first;
    }
    const out = this.out;
    let first = true;
    const bytes = out.capture((o) => {
      this.out = o;
      try {
        first = this.fixHeadText(fix, depth);
      } finally {
        this.out = out;
      }
    });
    this.fixHeads.set(data, { depth, title, titleId: fix.titleId, applicability: fix.applicability, first, bytes });
    out.bytes(bytes);
    return first;
  }

  private fixHeadText(fix: Fix, depth: number): boolean {
    const first = this.rendered('title', fix.title, 'titleId', fix.titleId, fix.data, depth, true);
    return this.member('applicability', fix.applicability, depth, first);
  }

  /** A member whose value is a number but for a broken finding (then written as member() writes it). */
  private number(name: string, k: Uint8Array, v: number | undefined, depth: number, first: boolean): boolean {
    if (typeof v !== 'number') return this.out.member(name, v, depth, first);
    this.out.keyBytes(k, depth, first);
    this.out.number(v);
    return false;
  }
}
