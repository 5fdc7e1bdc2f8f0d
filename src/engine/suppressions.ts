// Inline suppressions: `# sse-lint-disable-next-line <id>[, <id>] -- <reason>` and `# sse-lint-disable <id> -- <reason>`.
import type { Directive, ParsedFile, Statement } from '../parser/ast.js';
import { makeSpan } from '../parser/source.js';
import { englishFindings, renderKey } from '../i18n/render.js';
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

const MARK = /^\s*sse-lint-(disable-next-line|disable)\b(.*)$/;

/** Finds suppression comments in a file; malformed ones become findings. */
export function collectSuppressions(parsed: ParsedFile, knownIds: Set<string>): { list: Suppression[]; problems: Finding[] } {
  const list: Suppression[] = [];
  const problems: Finding[] = [];
  const text = parsed.file.text;
  const visit = (stmts: Statement[], parent: Directive | null): void => {
    stmts.forEach((s, k) => {
      if (s.type === 'directive') {
        if (s.block) visit(s.block.children, s);
        return;
      }
      const m = MARK.exec(s.text);
      if (!m) return;
      const span = makeSpan(parsed.file, s.start, s.end);
      const [idPart, reasonPart] = splitReason(m[2] ?? '');
      const ids = idPart.split(',').map((x) => x.trim()).filter(Boolean);
      const problem = (messageId: string, data: MessageData): void => {
        problems.push({ ruleId: 'invalid-suppression', severity: 'warning', message: renderKey(englishFindings, messageId, data), messageId, data, span, related: [] });
      };
      const comment = { kind: 'code', text: `sse-lint-${m[1]}` } as const;
      if (ids.length === 0) return problem('msg.suppression.noIds', { comment });
      const unknown = ids.filter((id) => !knownIds.has(id));
      if (unknown.length) return problem('msg.suppression.unknownIds', { count: unknown.length, ids: quotedIds(unknown) });
      if (!reasonPart.trim()) return problem('msg.suppression.noReason', { comment, ids: { kind: 'code', text: ids.join(', ') } });
      if (m[1] === 'disable-next-line') {
        // The next statement that is not a comment; a trailing comment applies to its own line.
        const prev = stmts[k - 1];
        const sameLine = prev && prev.type === 'directive' && prev.trailingComment?.start === s.start;
        let target: Statement | undefined;
        if (sameLine) target = prev;
        else for (let j = k + 1; j < stmts.length && !target; j++) if (stmts[j]!.type === 'directive') target = stmts[j];
        const line = target ? makeSpan(parsed.file, target.start, target.start).line : -1;
        list.push({ kind: 'next-line', ids, reason: reasonPart.trim(), span, from: target?.start ?? s.end, to: target?.end ?? s.end, line, file: parsed.file.path, used: new Set() });
      } else {
        const from = parent?.block ? parent.block.open.end : 0;
        const to = parent?.block?.close ? parent.block.close.start : text.length;
        list.push({ kind: 'block', ids, reason: reasonPart.trim(), span, from, to, file: parsed.file.path, used: new Set() });
      }
    });
  };
  visit(parsed.statements, null);
  return { list, problems };
}

/** Rule ids as a list of quoted code: `"a", "b"`. */
export function quotedIds(ids: readonly string[]): MessageData[string] {
  return { kind: 'list', join: 'comma', items: ids.map((id) => ({ kind: 'code', text: `"${id}"` })) };
}

function splitReason(rest: string): [string, string] {
  const k = rest.indexOf('--');
  return k === -1 ? [rest, ''] : [rest.slice(0, k), rest.slice(k + 2)];
}

/** True (and marks the suppression used) when a finding is suppressed. */
export function isSuppressed(f: Finding, list: Suppression[]): boolean {
  for (const s of list) {
    if (s.file !== f.span.file || !s.ids.includes(f.ruleId)) continue;
    const hit = s.kind === 'next-line' ? f.span.line === s.line || (f.span.start >= s.from && f.span.start < s.to) : f.span.start >= s.from && f.span.start < s.to;
    if (hit) {
      s.used.add(f.ruleId);
      return true;
    }
  }
  return false;
}
