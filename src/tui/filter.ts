// The findings filter: free text plus `sev:`, `rule:`, `fix:` tokens, `!` to negate a term.
import type { Item } from './data.js';
import { SEVERITY_RANK, type Severity } from '../types.js';

type Term = { kind: 'sev' | 'rule' | 'fix' | 'text'; value: string; negate: boolean };

const SEVERITY_ALIASES: Record<string, Severity> = { error: 'error', err: 'error', e: 'error', warning: 'warning', warn: 'warning', w: 'warning', info: 'info', i: 'info' };

export function parseFilter(text: string): Term[] {
  const out: Term[] = [];
  for (const raw of text.trim().split(/\s+/).filter(Boolean)) {
    const negate = raw.startsWith('!');
    const word = negate ? raw.slice(1) : raw;
    if (!word) continue;
    const m = /^(sev|severity|rule|fix):(.*)$/i.exec(word);
    if (m) {
      const kind = m[1]!.toLowerCase().startsWith('sev') ? 'sev' : (m[1]!.toLowerCase() as 'rule' | 'fix');
      out.push({ kind, value: m[2]!.toLowerCase(), negate });
    } else {
      out.push({ kind: 'text', value: word.toLowerCase(), negate });
    }
  }
  return out;
}

function matches(item: Item, t: Term): boolean {
  const f = item.finding;
  switch (t.kind) {
    case 'sev': {
      // `sev:warning` keeps warnings and errors (at or above), `sev:=warning` only warnings.
      const exact = t.value.startsWith('=');
      const s = SEVERITY_ALIASES[exact ? t.value.slice(1) : t.value];
      if (!s) return false;
      return exact ? f.severity === s : SEVERITY_RANK[f.severity] >= SEVERITY_RANK[s];
    }
    case 'rule':
      return f.ruleId.includes(t.value);
    case 'fix':
      if (t.value === 'none') return !f.fix;
      if (t.value === '' || t.value === 'any' || t.value === 'yes') return !!f.fix;
      return f.fix?.applicability === t.value;
    case 'text': {
      const hay = `${f.ruleId}\n${f.message}\n${item.place.fileLabel}\n${item.place.server ?? ''}\n${item.place.location ?? ''}\n${f.fix?.title ?? ''}`.toLowerCase();
      return hay.includes(t.value);
    }
  }
}

/** Items that pass every term of the filter (all items for an empty filter). */
export function applyFilter(items: readonly Item[], text: string): Item[] {
  const terms = parseFilter(text);
  if (terms.length === 0) return [...items];
  return items.filter((item) => terms.every((t) => matches(item, t) !== t.negate));
}
