// Values of rewrite-module scripts: directive arguments with variables (`@$http_upgrade`, `/index.php?$args`,
// `/internal/$1`) computed from what is known about a request, with holes where a value cannot be known here.
import { globOfParts, matchGlob } from '../../util/glob-match.js';

/** A piece of a computed value: bytes as a subject, a variable whose value is not known here, or where the query string starts. */
export type Piece =
  | { text: string }
  /** A value not known from the config; `nonEmpty` when it is known to hold at least one character. */
  | { unknown: string; nonEmpty?: boolean }
  /** `$is_args` not known here: `?` followed by the arguments, or nothing (and no arguments either). */
  | { query: true };

/** A computed value: pieces in order, adjacent texts merged. */
export type Computed = Piece[];

/** A part of a compiled template: literal bytes, a variable (`$name`, `${name}`) or a capture (`$1`). */
export type TemplatePart = { text: string } | { variable: string } | { capture: number };

/**
 * Compiles a value as ngx_http_script_compile reads it: `$` then `{name}` or a run of letters, digits and `_`;
 * `$` followed by one digit is a capture of the last regex match. Names are case-insensitive. A `$` nginx would
 * reject stays literal.
 */
export function compileTemplate(subject: string): TemplatePart[] {
  const out: TemplatePart[] = [];
  let text = '';
  for (let i = 0; i < subject.length; i++) {
    const c = subject[i]!;
    if (c !== '$') {
      text += c;
      continue;
    }
    const rest = subject.slice(i + 1);
    const digit = /^[0-9]/.exec(rest);
    const braced = /^\{([A-Za-z0-9_]+)\}/.exec(rest);
    const plain = /^[A-Za-z0-9_]+/.exec(rest);
    if (!digit && !braced && !plain) {
      text += c;
      continue;
    }
    if (text) out.push({ text });
    text = '';
    if (digit) {
      out.push({ capture: Number(digit[0]) });
      i += 1;
    } else if (braced) {
      out.push({ variable: braced[1]!.toLowerCase() });
      i += braced[0].length;
    } else {
      out.push({ variable: plain![0].toLowerCase() });
      i += plain![0].length;
    }
  }
  if (text) out.push({ text });
  return out;
}

/** Whether a compiled template reads a variable. */
export function usesVariable(parts: readonly TemplatePart[], name: string): boolean {
  return parts.some((p) => 'variable' in p && p.variable === name);
}

/** Appends pieces, merging adjacent texts. */
export function concat(...values: Computed[]): Computed {
  const out: Computed = [];
  for (const v of values) {
    for (const p of v) {
      const last = out[out.length - 1];
      if ('text' in p && last && 'text' in last) out[out.length - 1] = { text: last.text + p.text };
      else if (!('text' in p) || p.text !== '') out.push(p);
    }
  }
  return out;
}

/** The text of a value known completely, else null. */
export function knownText(v: Computed): string | null {
  let s = '';
  for (const p of v) {
    if (!('text' in p)) return null;
    s += p.text;
  }
  return s;
}

/** The variables a value depends on, in order, without repeats. */
export function unknownNames(v: Computed): string[] {
  const out: string[] = [];
  for (const p of v) {
    const name = 'unknown' in p ? p.unknown : 'query' in p ? 'is_args' : null;
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * The path of a redirect target: what comes before the first `?` (ngx_http_split_args). A `$is_args` not known
 * here ends the path too, whichever value it has.
 */
export function pathPart(v: Computed): Computed {
  const out: Computed = [];
  for (const p of v) {
    if ('query' in p) break;
    if ('text' in p) {
      const q = p.text.indexOf('?');
      if (q !== -1) {
        if (q > 0) out.push({ text: p.text.slice(0, q) });
        break;
      }
    }
    out.push(p);
  }
  return out;
}

/**
 * A test for every text a value can stand for (holes match any bytes). Matched without backtracking: a value of
 * twenty unknown variables stays linear in the text's length.
 */
export function valuePattern(v: Computed): { test(text: string): boolean } {
  const glob = globOfParts(v.map((p) => ('text' in p ? { text: p.text } : { anyRun: 'query' in p ? 0 : p.nonEmpty ? 1 : 0 })));
  return { test: (text) => matchGlob(glob, text) };
}
