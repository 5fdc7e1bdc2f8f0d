// Strict JSON with positions: the value, where each JSON pointer's key and value start, and syntax errors with an offset.
import { t, type CliKey, type Locale } from '../i18n/index.js';

/** Where a member or element sits in the text: its key (objects only) and its value, as UTF-16 offsets. */
export interface JsonLocation {
  key?: number;
  value: number;
}

export interface JsonSource {
  value: unknown;
  /** JSON pointer (RFC 6901, `/rules/buffering-on`) -> location; "" is the document itself. */
  locations: Map<string, JsonLocation>;
}

/** Why text is not JSON: a catalog key, its data, and the character found instead (null: the end of the file). */
export interface JsonProblem {
  key: CliKey;
  data: Record<string, string | number>;
  found?: string | null;
}

/** The problem in words, e.g. `expected ":" after the key "a", found "}"`. */
export function jsonProblemText(p: JsonProblem, locale: Locale): string {
  if (p.found === undefined) return t(locale, p.key, p.data);
  return t(locale, p.key, { ...p.data, found: p.found === null ? t(locale, 'cli.json.endOfFile') : `"${p.found}"` });
}

export class JsonSyntaxError extends Error {
  constructor(readonly problem: JsonProblem, readonly offset: number) {
    super(jsonProblemText(problem, 'en'));
  }
}

/** `~` and `/` escaped as a JSON pointer segment needs them. */
export function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** 1-based line and column (UTF-16 units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Deeper nesting is refused: the parser recurses, and no config or baseline nests more than a few levels. */
const MAX_JSON_DEPTH = 256;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Parses JSON as JSON.parse does (a leading BOM is allowed), but says where it fails and why in words a person
 * editing the file recognises ("trailing comma", "comments are not allowed"), and records positions.
 */
export function parseJson(text: string): JsonSource {
  const locations = new Map<string, JsonLocation>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (key: CliKey, data: Record<string, string | number> = {}, at = i): never => {
    throw new JsonSyntaxError({ key, data }, at);
  };
  /** Fails with what was found at `at` (a character, or the end of the file). */
  const failFound = (key: CliKey, data: Record<string, string | number> = {}): never => {
    throw new JsonSyntaxError({ key, data, found: i >= text.length ? null : text[i]! }, i);
  };
  const skip = (): void => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) fail('cli.json.comments');
      else return;
    }
  };
  const string = (): string => {
    const start = i;
    i++;
    for (;;) {
      if (i >= text.length) fail('cli.json.unterminated', {}, start);
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) fail(c === 10 ? 'cli.json.lineBreak' : 'cli.json.control');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('cli.json.unicodeEscape');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail('cli.json.escape', { escape: `\\${e ?? ''}` });
        i += 2;
        continue;
      }
      i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  let depth = 0;
  const value = (pointer: string, key?: number): unknown => {
    skip();
    if (depth > MAX_JSON_DEPTH) fail('cli.json.depth', { max: MAX_JSON_DEPTH });
    locations.set(pointer, key === undefined ? { value: i } : { key, value: i });
    const c = text[i];
    if (c === '{' || c === '[') depth++;
    try {
      return compound(c, pointer);
    } finally {
      if (c === '{' || c === '[') depth--;
    }
  };
  const compound = (c: string | undefined, pointer: string): unknown => {
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      skip();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skip();
        if (text[i] !== '"') (text[i] === '}' ? fail('cli.json.trailingComma', { close: '}' }) : failFound('cli.json.expectedKey'));
        const at = i;
        const k = string();
        skip();
        if (text[i] !== ':') failFound('cli.json.expectedColon', { key: k });
        i++;
        Object.defineProperty(obj, k, { value: value(`${pointer}/${pointerSegment(k)}`, at), enumerable: true, writable: true, configurable: true });
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        failFound('cli.json.expectedCommaMember', { key: k });
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      skip();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        skip();
        if (text[i] === ']') fail('cli.json.trailingComma', { close: ']' });
        arr.push(value(`${pointer}/${arr.length}`));
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        failFound('cli.json.expectedCommaItem');
      }
    }
    if (c === '"') return string();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m && m[0] !== '-') {
      i += m[0].length;
      return Number(m[0]);
    }
    if (c === "'") fail('cli.json.singleQuotes');
    return failFound('cli.json.unexpected');
  };

  const v = value('');
  skip();
  if (i < text.length) failFound('cli.json.afterValue');
  return { value: v, locations };
}
