// The string literals of a TypeScript file, found by a small lexer: quoted strings and the text parts of template
// literals, with their line and the code just before them. Comments and regular expressions are skipped.

export interface Literal {
  /** The literal's text; in a template, `${...}` parts are replaced by `{}`. */
  text: string;
  line: number;
  /**
   * Up to 60 characters of code before the literal (to see `throw new Error(`); for every piece of a template
   * literal, the code before the template's opening backtick.
   */
  before: string;
}

/** Characters after which a `/` starts a regular expression rather than a division. */
const REGEX_AFTER = new Set(['', '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^']);
const REGEX_KEYWORDS = /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|void|yield|await)$/;

export function stringLiterals(src: string): Literal[] {
  const out: Literal[] = [];
  let i = 0;
  let line = 1;
  let lastSig = '';
  let code = '';
  // Template nesting: for each open template, the brace depth of the `${` expression we are in.
  const templates: number[] = [];
  // The code before each template being read (innermost last).
  const templateBefore: string[] = [];
  let braceDepth = 0;
  const push = (text: string, startLine: number, before = code.slice(-60)): void => {
    out.push({ text, line: startLine, before });
  };
  const readTemplate = (): void => {
    // At the character after a backtick or after the `}` closing an expression.
    const start = line;
    let text = '';
    while (i < src.length) {
      const c = src[i]!;
      if (c === '\\') {
        text += src.slice(i, i + 2);
        i += 2;
        continue;
      }
      if (c === '`') {
        i++;
        push(text, start, templateBefore.pop());
        code += '`';
        lastSig = '`';
        return;
      }
      if (c === '$' && src[i + 1] === '{') {
        i += 2;
        text += '{}';
        templates.push(braceDepth);
        braceDepth++;
        push(text, start, templateBefore[templateBefore.length - 1]);
        code += '${';
        lastSig = '{';
        return;
      }
      if (c === '\n') line++;
      text += c;
      i++;
    }
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n') {
      line++;
      i++;
      code += ' ';
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      code += ' ';
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end === -1 ? src.length : end + 2;
      for (let k = i; k < stop; k++) if (src[k] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '/' && (REGEX_AFTER.has(lastSig) || REGEX_KEYWORDS.test(code.trimEnd()))) {
      // A regular expression literal: skip to its closing slash (classes may contain slashes), then its flags.
      i++;
      let inClass = false;
      while (i < src.length && src[i] !== '\n') {
        const d = src[i]!;
        if (d === '\\') i++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        i++;
      }
      i++;
      while (i < src.length && /[a-z]/.test(src[i]!)) i++;
      code += '/re/';
      lastSig = '/';
      continue;
    }
    if (c === '"' || c === "'") {
      const start = line;
      let text = '';
      i++;
      while (i < src.length && src[i] !== c && src[i] !== '\n') {
        if (src[i] === '\\') {
          text += src.slice(i, i + 2);
          i += 2;
          continue;
        }
        text += src[i];
        i++;
      }
      i++;
      push(text, start);
      code += `${c}${c}`;
      lastSig = c;
      continue;
    }
    if (c === '`') {
      i++;
      templateBefore.push(code.slice(-60));
      readTemplate();
      continue;
    }
    if (c === '{') braceDepth++;
    if (c === '}') {
      braceDepth--;
      if (templates.length && templates[templates.length - 1] === braceDepth) {
        templates.pop();
        i++;
        code += '}';
        readTemplate();
        continue;
      }
    }
    code += c;
    lastSig = c;
    i++;
  }
  return out;
}
