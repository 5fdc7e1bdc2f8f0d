// Message templates: `{name}` placeholders, English plurals `{name:one|other}`, and spacing around Chinese text.

// `{name}` and `{name:one|other}` (an English plural chosen by the number in name).
const PLACEHOLDER = /\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g;

/** The distinct placeholder names of a template, sorted (`{x:a|b}` counts as `x`). */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/** Chinese characters and full-width punctuation. */
export const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/**
 * Fills a template: `{name}` with values.name, `{name:one|other}` with one when values.name is 1, else other.
 * A space the template puts between a CJK character and a value that begins (or after one that ends) with a
 * CJK character is dropped: "位于 {level}" + "当前 location" reads "位于当前 location". A missing value throws.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  let out = '';
  let last = 0;
  for (const m of placeholders(template)) {
    let before = template.slice(last, m.index);
    const raw = values[m.name];
    if (raw === undefined) throw new Error(`"${template}" needs a value for {${m.name}}`);
    const value = m.one !== undefined ? (Number(raw) === 1 ? m.one : m.other!) : String(raw);
    if (before.charCodeAt(before.length - 1) === 32 && CJK.test(before.at(-2) ?? '') && CJK.test(value[0] ?? '')) before = before.slice(0, -1);
    if (before === '' && out.charCodeAt(out.length - 1) === 32 && CJK.test(out.at(-2) ?? '') && CJK.test(value[0] ?? '')) out = out.slice(0, -1);
    out += before + value;
    last = m.end;
    if (template.charCodeAt(last) === 32 && CJK.test(template[last + 1] ?? '') && CJK.test(value.at(-1) ?? '')) last++;
  }
  return out + template.slice(last);
}

/** A placeholder of a template: where it is, its name, and the plural forms of `{name:one|other}`. */
interface Placeholder {
  index: number;
  end: number;
  name: string;
  one: string | undefined;
  other: string | undefined;
}

/** Templates are few and filled many times: each is scanned for placeholders once. */
const scanned = new Map<string, readonly Placeholder[]>();

function placeholders(template: string): readonly Placeholder[] {
  let list = scanned.get(template);
  if (!list) {
    list = [...template.matchAll(PLACEHOLDER)].map((m) => ({ index: m.index, end: m.index + m[0].length, name: m[1]!, one: m[2], other: m[3] }));
    // Templates come from catalogs and rule metadata; anything else passing through stays uncached.
    if (scanned.size < 10_000) scanned.set(template, list);
  }
  return list;
}
