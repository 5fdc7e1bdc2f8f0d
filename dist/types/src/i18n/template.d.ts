/** The distinct placeholder names of a template, sorted (`{x:a|b}` counts as `x`). */
export declare function placeholderNames(template: string): string[];
/** Chinese characters and full-width punctuation. */
export declare const CJK: RegExp;
/**
 * Fills a template: `{name}` with values.name, `{name:one|other}` with one when values.name is 1, else other.
 * A space the template puts between a CJK character and a value that begins (or after one that ends) with a
 * CJK character is dropped: "位于 {level}" + "当前 location" reads "位于当前 location". A missing value throws.
 */
export declare function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string;
