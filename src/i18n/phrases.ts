// Translating English phrases built at run time (fix titles, origins, stream reasons) by matching them against templates.
//
// A phrase template is the English text with placeholders: `{name}` captures text that is kept as it is
// (directive names, values, paths) and never spans "; "; `{~name}` captures text that is itself translated
// (a nested origin or stream reason). The translation refers to both as `{name}`. Text no template matches
// is split into sentences, then at "; " and finally at ", " (outside parentheses and quotes) and translated piece
// by piece; what still matches nothing stays English.

/**
 * What a captured value must be for a template to apply: a RegExp it must match, or 'changes' (a `{~name}`
 * capture whose translation must differ from it, i.e. it really is a phrase the table knows).
 */
export type Guard = RegExp | 'changes';

/**
 * A template pair (with optional guards per placeholder; every capture must also have balanced parentheses),
 * or a function for phrases a template cannot express
 * (lists, plurals); the function returns null to let later entries try.
 */
export type Phrase =
  | readonly [english: string, translated: string]
  | readonly [english: string, translated: string, guards: Readonly<Record<string, Guard>>]
  | { readonly match: RegExp; readonly render: (m: RegExpExecArray, translate: (text: string) => string) => string | null };

type TemplatePhrase = Extract<Phrase, readonly unknown[]>;

interface Compiled {
  re: RegExp;
  names: string[];
  nested: boolean[];
  target: string;
  guards: Readonly<Record<string, Guard>>;
}

// `{name}`, `{~name}` (phrase captures) and `{name:one|other}` (an English plural chosen by the number in name).
const PLACEHOLDER = /\{(~?)(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g;
const compiled = new WeakMap<TemplatePhrase, Compiled>();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(p: TemplatePhrase): Compiled {
  const hit = compiled.get(p);
  if (hit) return hit;
  const names: string[] = [];
  const nested: boolean[] = [];
  let re = '^';
  let last = 0;
  for (const m of p[0].matchAll(PLACEHOLDER)) {
    re += escapeRe(p[0].slice(last, m.index));
    const isNested = m[1] === '~';
    // A kept capture never crosses "; ", so joined lists fall through to the piecewise translation.
    re += isNested ? '([\\s\\S]+?)' : '((?:(?!; )[\\s\\S])+?)';
    names.push(m[2]!);
    nested.push(isNested);
    last = m.index + m[0].length;
  }
  re += escapeRe(p[0].slice(last)) + '$';
  const c = { re: new RegExp(re), names, nested, target: p[1], guards: p[2] ?? {} };
  compiled.set(p, c);
  return c;
}

/** The distinct placeholder names of a template, sorted (`{~x}` and `{x:a|b}` count as `x`). */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[2]!))].sort();
}

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/**
 * Fills a template: `{name}` with values.name, `{name:one|other}` with one when values.name is 1, else other.
 * A space the template puts between a CJK character and a value that begins (or after one that ends) with a
 * CJK character is dropped: "位于 {level}" + "当前 location" reads "位于当前 location". A missing value throws.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  let out = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    let before = template.slice(last, m.index);
    const raw = values[m[2]!];
    if (raw === undefined) throw new Error(`"${template}" needs a value for {${m[2]}}`);
    const value = m[3] !== undefined ? (Number(raw) === 1 ? m[3] : m[4]!) : String(raw);
    if (before.endsWith(' ') && CJK.test(before.at(-2) ?? '') && CJK.test(value[0] ?? '')) before = before.slice(0, -1);
    if (out.endsWith(' ') && before === '' && CJK.test(out.at(-2) ?? '') && CJK.test(value[0] ?? '')) out = out.slice(0, -1);
    out += before + value;
    last = m.index + m[0].length;
    const after = template.slice(last);
    if (after.startsWith(' ') && CJK.test(after[1] ?? '') && CJK.test(value.at(-1) ?? '')) last++;
  }
  return out + template.slice(last);
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Splits at `sep` where no parenthesis or double quote is open. */
export function splitTopLevel(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && text.startsWith(sep, i)) {
      parts.push(text.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Sentences of a text: split after ". " where no parenthesis or quote is open (the period stays). */
function sentences(text: string): string[] {
  const parts = splitTopLevel(text, '. ');
  return parts.map((p, k) => (k < parts.length - 1 ? p + '.' : p));
}

/** A translator over a phrase table; `joiners` are the translated separators of the piecewise fallback. */
export function phraseTranslator(
  table: readonly Phrase[],
  joiners: { sentence: string; semicolon: string; comma: string },
  piecewise = true,
): (text: string) => string {
  const translate = (text: string, depth: number): string => {
    if (text === '' || depth > 8) return text;
    const again = (s: string): string => translate(s, depth + 1);
    entries: for (const p of table) {
      if ('match' in p) {
        const m = p.match.exec(text);
        const out = m ? p.render(m, again) : null;
        if (out !== null) return out;
        continue;
      }
      const c = compile(p);
      const m = c.re.exec(text);
      if (!m) continue;
      const values: Record<string, string> = {};
      for (let k = 0; k < c.names.length; k++) {
        const name = c.names[k]!;
        const raw = m[k + 1]!;
        // A capture that opens or closes a parenthesis it does not contain cut a nested phrase in two.
        if (!balanced(raw)) continue entries;
        const value = c.nested[k] ? again(raw) : raw;
        const guard = c.guards[name];
        if (guard === 'changes' ? value === raw : guard && !guard.test(raw)) continue entries;
        values[name] = value;
      }
      return fillTemplate(c.target, values);
    }
    if (!piecewise && depth === 0) return text;
    // Pieces are joined with the translated separator, except between two pieces that stayed English.
    const pieces = (parts: string[], join: string, original: string): string | null => {
      if (parts.length < 2) return null;
      const done = parts.map(again);
      if (done.every((d, k) => d === parts[k])) return null;
      let out = done[0]!;
      for (let k = 1; k < done.length; k++) {
        const english = done[k - 1] === parts[k - 1] && done[k] === parts[k];
        // After an English sentence ("...connections.") a space still separates the next one.
        const spaced = join === '' && !CJK.test(out.at(-1) ?? '');
        out += (english || spaced ? original : join) + done[k];
      }
      return out;
    };
    const lead = /^\s+/.exec(text)?.[0] ?? '';
    const bySentence = pieces(sentences(text.slice(lead.length)), joiners.sentence, ' ');
    if (bySentence !== null) return bySentence;
    return pieces(splitTopLevel(text, '; '), joiners.semicolon, '; ') ?? pieces(splitTopLevel(text, ', '), joiners.comma, ', ') ?? text;
  };
  return (text) => translate(text, 0);
}

/** Whether a phrase table translates `text` as a whole (used by tests to check coverage). */
export function matchesWhole(table: readonly Phrase[], text: string): boolean {
  const once = phraseTranslator(table, { sentence: '', semicolon: '', comma: '' }, false);
  return once(text) !== text;
}
