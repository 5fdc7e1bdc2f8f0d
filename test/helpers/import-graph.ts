// The import graph of the sources: every static import, re-export and dynamic import(), found by a small tokenizer
// (comments, strings, template literals and regex literals are told apart, so a quote inside a regex or an
// "import" inside a comment is not taken for one).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** One import of a module by another. */
export interface ImportEdge {
  /** Importing file, relative to the repository root with `/` separators. */
  from: string;
  /** Imported file, the same way; the specifier as written when it does not resolve to a file. */
  to: string;
  specifier: string;
  line: number;
  /** `import type` / `export type`: erased at run time, still a dependency of the design. */
  typeOnly: boolean;
  dynamic: boolean;
  resolved: boolean;
}

type Token = { kind: 'word' | 'string' | 'punct' | 'template'; text: string; line: number };

const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'instanceof', 'yield', 'await']);

/** The tokens of a TypeScript source that matter for imports: words, string literals and punctuation. */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  // Brace depth at which each open `${` of a template literal resumes the template.
  const templates: number[] = [];
  let depth = 0;
  const prevAllowsRegex = (): boolean => {
    const p = out[out.length - 1];
    if (!p) return true;
    if (p.kind === 'string' || p.kind === 'template') return false;
    if (p.kind === 'word') return REGEX_AFTER_WORD.has(p.text);
    return !(p.text === ')' || p.text === ']' || p.text === '}');
  };
  const readTemplate = (start: number): void => {
    // From just after a backtick or a closing `}` of `${`: up to the closing backtick or the next `${`.
    let j = start;
    while (j < src.length) {
      const c = src[j]!;
      if (c === '\\') {
        j += 2;
        continue;
      }
      if (c === '\n') line++;
      if (c === '`') {
        out.push({ kind: 'template', text: src.slice(start, j), line });
        i = j + 1;
        return;
      }
      if (c === '$' && src[j + 1] === '{') {
        out.push({ kind: 'template', text: src.slice(start, j), line });
        templates.push(depth);
        depth++;
        i = j + 2;
        return;
      }
      j++;
    }
    i = src.length;
  };
  while (i < src.length) {
    const c = src[i]!;
    const n = src[i + 1];
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '/' && n === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && n === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end === -1 ? src.length : end + 2;
      for (let k = i; k < stop; k++) if (src[k] === '\n') line++;
      i = stop;
    } else if (c === '\'' || c === '"') {
      let j = i + 1;
      let text = '';
      while (j < src.length && src[j] !== c && src[j] !== '\n') {
        if (src[j] === '\\') {
          text += src[j + 1] ?? '';
          j += 2;
        } else text += src[j++];
      }
      out.push({ kind: 'string', text, line });
      i = j + 1;
    } else if (c === '`') {
      readTemplate(i + 1);
    } else if (c === '/' && prevAllowsRegex()) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && src[j] !== '\n') {
        const d = src[j]!;
        if (d === '\\') j++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        j++;
      }
      j++;
      while (j < src.length && /[a-z]/i.test(src[j]!)) j++;
      out.push({ kind: 'punct', text: 'regex', line });
      i = j;
    } else if (/[A-Za-z_$]/.test(c)) {
      let j = i + 1;
      while (j < src.length && /[\w$]/.test(src[j]!)) j++;
      out.push({ kind: 'word', text: src.slice(i, j), line });
      i = j;
    } else if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < src.length && /[\w.]/.test(src[j]!)) j++;
      out.push({ kind: 'word', text: src.slice(i, j), line });
      i = j;
    } else {
      if (c === '{') depth++;
      if (c === '}') {
        depth--;
        if (templates.length && templates[templates.length - 1] === depth) {
          templates.pop();
          readTemplate(i + 1);
          continue;
        }
      }
      out.push({ kind: 'punct', text: c, line });
      i++;
    }
  }
  return out;
}

/** The module specifiers a source imports: `import ... from`, `export ... from`, `import '...'`, `import('...')`. */
export function importsOf(src: string): { specifier: string; line: number; typeOnly: boolean; dynamic: boolean }[] {
  const tokens = tokenize(src);
  const found: { specifier: string; line: number; typeOnly: boolean; dynamic: boolean }[] = [];
  // The statement an import/export clause belongs to: its first keyword and whether `type` follows it.
  let clause: { typeOnly: boolean } | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    const prev = tokens[k - 1];
    const member = prev?.kind === 'punct' && prev.text === '.';
    if (t.kind === 'word' && t.text === 'import' && !member) {
      if (next?.kind === 'string') {
        found.push({ specifier: next.text, line: next.line, typeOnly: false, dynamic: false });
        continue;
      }
      if (next?.kind === 'punct' && next.text === '.') continue; // import.meta
      if (next?.kind === 'punct' && next.text === '(') {
        const arg = tokens[k + 2];
        if (arg?.kind === 'string') found.push({ specifier: arg.text, line: arg.line, typeOnly: false, dynamic: true });
        continue;
      }
      clause = { typeOnly: next?.kind === 'word' && next.text === 'type' && tokens[k + 2]?.text !== 'from' && tokens[k + 2]?.text !== ',' };
    } else if (t.kind === 'word' && t.text === 'export' && !member) {
      clause = { typeOnly: next?.kind === 'word' && next.text === 'type' };
    } else if (t.kind === 'word' && t.text === 'from' && next?.kind === 'string' && clause) {
      found.push({ specifier: next.text, line: next.line, typeOnly: clause.typeOnly, dynamic: false });
      clause = null;
    } else if (t.kind === 'punct' && t.text === ';') {
      clause = null;
    }
  }
  return found;
}

/** Every `.ts`/`.tsx` file under the given folders (declaration files and node_modules left out), sorted. */
export function sourceFiles(root: string, dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const abs = path.join(root, rel);
    if (!existsSync(abs)) return;
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const r = `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(r);
      } else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(r);
    }
  };
  for (const d of dirs) walk(d);
  return out.sort();
}

/** Where a relative specifier leads: the `.ts`/`.tsx` file a `.js` specifier names, or the file itself. */
function resolveSpecifier(root: string, from: string, spec: string): string | null {
  const base = path.posix.join(path.posix.dirname(from), spec);
  const candidates = spec.endsWith('.js') ? [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), base] : [base];
  for (const c of candidates) if (existsSync(path.join(root, c))) return c;
  return null;
}

/** The project-internal import edges of the files (package and `node:` imports are left out). */
export function importGraph(root: string, files: string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const from of files) {
    for (const imp of importsOf(readFileSync(path.join(root, from), 'utf8'))) {
      if (!imp.specifier.startsWith('.')) continue;
      const to = resolveSpecifier(root, from, imp.specifier);
      edges.push({ from, to: to ?? imp.specifier, resolved: to !== null, ...imp });
    }
  }
  return edges;
}

function successors(edges: ImportEdge[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const e of edges) if (e.resolved) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  return next;
}

/** The groups of files that import each other in a circle (strongly connected components with a cycle). */
export function cyclicGroups(edges: ImportEdge[]): string[][] {
  const next = successors(edges);
  // Tarjan's strongly connected components.
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      const selfLoop = (next.get(v) ?? []).includes(v);
      if (comp.length > 1 || selfLoop) components.push(comp);
    }
  };
  for (const v of [...next.keys()].sort()) if (!idx.has(v)) visit(v);
  return components;
}

/**
 * The import cycles among the files: one shortest chain per group of files that import each other in a circle, as
 * `a.ts -> b.ts -> a.ts`. Empty when the graph is acyclic.
 */
export function findCycles(edges: ImportEdge[]): string[][] {
  const next = successors(edges);
  // A shortest cycle through the smallest file of each group (breadth-first inside the group).
  return cyclicGroups(edges).map((comp) => {
    const inComp = new Set(comp);
    const start = [...comp].sort()[0]!;
    const prev = new Map<string, string>();
    const queue = [start];
    const seen = new Set([start]);
    while (queue.length) {
      const v = queue.shift()!;
      for (const w of next.get(v) ?? []) {
        if (!inComp.has(w)) continue;
        if (w === start) {
          const chain = [start];
          for (let u = v; u !== start; u = prev.get(u)!) chain.splice(1, 0, u);
          return [...chain, start];
        }
        if (!seen.has(w)) {
          seen.add(w);
          prev.set(w, v);
          queue.push(w);
        }
      }
    }
    return [start, start];
  }).sort((a, b) => a[0]!.localeCompare(b[0]!));
}
