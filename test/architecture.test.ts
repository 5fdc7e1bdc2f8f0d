// ARCHITECTURE.md kept true: every .ts/.tsx under src/ and rules/ is read, its imports (static, re-exports, dynamic
// import()) form a graph, and an import a part must never make, or any cycle, fails with the offending chain.
// The table of parts in ARCHITECTURE.md is generated from PARTS below (UPDATE_ARCHITECTURE=1 rewrites it).
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclicGroups, findCycles, importGraph, importsOf, sourceFiles, type ImportEdge } from './helpers/import-graph.js';
import { root } from './helpers/shared.js';

type PartName =
  | 'vocabulary' | 'util' | 'data' | 'parser' | 'model' | 'define-rule' | 'rules' | 'engine' | 'fix-edits' | 'fix'
  | 'i18n' | 'reporters' | 'pipeline' | 'cli' | 'tui' | 'api';

interface Part {
  name: PartName;
  /** Path patterns (relative to the repository root) of the files in the part; the first part that matches wins. */
  files: string[];
  /** The parts its files may import besides their own part. */
  may: PartName[];
  /** Its own files may not import each other (rules are independent). */
  noSiblings?: boolean;
}

const LEAVES: PartName[] = ['vocabulary', 'util'];

/** The parts, bottom to top. Data flows read -> parse -> includes -> model -> rules -> findings -> fix -> report / TUI / API. */
export const PARTS: Part[] = [
  { name: 'vocabulary', files: ['src/types.ts', 'src/version.ts'], may: [] },
  { name: 'util', files: ['src/util/'], may: [] },
  { name: 'data', files: ['src/generated/', 'schema/'], may: [] },
  { name: 'parser', files: ['src/parser/'], may: ['vocabulary'] },
  { name: 'model', files: ['src/model/'], may: ['parser', 'data', ...LEAVES] },
  { name: 'fix-edits', files: ['src/fix/fixer.ts'], may: ['parser', ...LEAVES] },
  { name: 'define-rule', files: ['src/engine/define-rule.ts'], may: ['model', 'parser', 'fix-edits', ...LEAVES] },
  { name: 'rules', files: ['rules/'], may: ['define-rule', 'model'], noSiblings: true },
  { name: 'engine', files: ['src/engine/', 'src/lint.ts'], may: ['define-rule', 'rules', 'model', 'parser', 'fix-edits', 'i18n', 'data', ...LEAVES] },
  { name: 'i18n', files: ['src/i18n/'], may: ['engine', 'define-rule', ...LEAVES] },
  { name: 'fix', files: ['src/fix/'], may: ['fix-edits', 'model', 'parser', ...LEAVES] },
  { name: 'reporters', files: ['src/reporters/'], may: ['engine', 'define-rule', 'model', 'parser', 'i18n', ...LEAVES] },
  {
    name: 'pipeline', files: ['src/pipeline/'],
    may: ['reporters', 'fix', 'fix-edits', 'i18n', 'engine', 'define-rule', 'model', 'parser', 'data', ...LEAVES],
  },
  { name: 'tui', files: ['src/tui/'], may: ['pipeline', 'reporters', 'i18n', ...LEAVES] },
  { name: 'cli', files: ['src/cli/', 'src/cli.ts'], may: ['pipeline', 'reporters', 'i18n', 'tui', ...LEAVES] },
  { name: 'api', files: ['src/index.ts'], may: ['pipeline', 'reporters', 'i18n', ...LEAVES] },
];

/**
 * Imports that break a rule today because the work that removes them is in flight (issue #17). Each must go when
 * that work lands: the test fails on an entry that no longer matches an import, so this list only shrinks. Keys
 * are `from -> to`; an entry also exempts its edge from the cycle check.
 */
const IN_FLIGHT: Record<string, string> = {
};

function partOf(file: string): Part | undefined {
  return PARTS.find((p) => p.files.some((f) => (f.endsWith('/') ? file.startsWith(f) : file === f)));
}

const files = sourceFiles(root, ['src', 'rules']);
const edges = importGraph(root, files);
const key = (e: ImportEdge): string => `${e.from} -> ${e.to}`;

/** Why an edge is forbidden, or null when it is fine. */
function violation(e: ImportEdge): string | null {
  const a = partOf(e.from);
  const b = partOf(e.to);
  if (!a || !b) return null; // reported by the "every file belongs to a part" test
  if (a === b) return a.noSiblings ? `${a.name} must not import each other` : null;
  if (a.may.includes(b.name)) return null;
  return `${a.name} must not import ${b.name} (${a.name} may import: ${a.may.length ? a.may.join(', ') : 'nothing'})`;
}

/** The markdown table of PARTS, as ARCHITECTURE.md shows it. */
function partsTable(): string {
  const rows = PARTS.map((p) => {
    const where = p.files.map((f) => `\`${f}\``).join(', ');
    const may = p.may.length ? p.may.join(', ') : 'nothing';
    return `| ${p.name} | ${where} | ${may}${p.noSiblings ? ' (not each other)' : ''} |`;
  });
  return ['| part | files | may import (besides itself) |', '|---|---|---|', ...rows].join('\n');
}

describe('the import graph reader', () => {
  it('finds static, type-only, re-exported, side-effect and dynamic imports, and nothing in comments, strings or regexes', () => {
    const src = [
      "import { a } from './a.js';",
      'import type {',
      '  B,',
      "} from './b.js';",
      "export { c } from './c.js';",
      "export type { D } from './d.js';",
      "import './e.js';",
      "const f = await import('./f.js');",
      "type G = import('./g.js').G;",
      "// import { x } from './comment.js';",
      "/* export * from './block.js'; */",
      "const s = \"import { y } from './string.js'\";",
      "const re = /['\"]/g; const q = \"from './after-regex.js'\";",
      "const t = `${\"x\"} import('./in-template-text.js') ${await import('./h.js')}`;",
      'const meta = import.meta.dirname;',
      "import { type K, l } from './k.js';",
    ].join('\n');
    expect(importsOf(src)).toEqual([
      { specifier: './a.js', line: 1, typeOnly: false, dynamic: false },
      { specifier: './b.js', line: 4, typeOnly: true, dynamic: false },
      { specifier: './c.js', line: 5, typeOnly: false, dynamic: false },
      { specifier: './d.js', line: 6, typeOnly: true, dynamic: false },
      { specifier: './e.js', line: 7, typeOnly: false, dynamic: false },
      { specifier: './f.js', line: 8, typeOnly: false, dynamic: true },
      { specifier: './g.js', line: 9, typeOnly: false, dynamic: true },
      { specifier: './h.js', line: 14, typeOnly: false, dynamic: true },
      { specifier: './k.js', line: 16, typeOnly: false, dynamic: false },
    ]);
  });

  it('reports a cycle as the chain of files that closes it', () => {
    const e = (from: string, to: string): ImportEdge => ({ from, to, specifier: to, line: 1, typeOnly: false, dynamic: false, resolved: true });
    expect(findCycles([e('a', 'b'), e('b', 'c'), e('c', 'a'), e('c', 'd'), e('d', 'e')])).toEqual([['a', 'b', 'c', 'a']]);
    expect(findCycles([e('a', 'a')])).toEqual([['a', 'a']]);
    expect(findCycles([e('a', 'b'), e('b', 'c'), e('a', 'c')])).toEqual([]);
  });

  it('reads the whole tree: every part has files, and the engine imports every rule', () => {
    expect(files.length).toBeGreaterThan(100);
    // Data files are not sources.
    for (const p of PARTS.filter((x) => x.name !== 'data')) expect(files.some((f) => partOf(f) === p), `no file in part ${p.name}`).toBe(true);
    const ruleFiles = files.filter((f) => f.startsWith('rules/'));
    const registered = new Set(edges.filter((e) => e.from === 'src/engine/registry.ts').map((e) => e.to));
    expect(ruleFiles.filter((f) => !registered.has(f))).toEqual([]);
  });
});

describe('ARCHITECTURE.md', () => {
  it('shows the parts and what each may import as this test enforces them', () => {
    const file = path.join(root, 'ARCHITECTURE.md');
    const doc = readFileSync(file, 'utf8');
    const re = /(<!-- parts:start[^\n]*-->\n)[\s\S]*?(<!-- parts:end -->)/;
    expect(doc).toMatch(re);
    const updated = doc.replace(re, (_, a: string, b: string) => `${a}${partsTable()}\n${b}`);
    if (process.env.UPDATE_ARCHITECTURE === '1' && updated !== doc) writeFileSync(file, updated);
    else expect(doc, 'the table in ARCHITECTURE.md is stale: UPDATE_ARCHITECTURE=1 npx vitest run test/architecture.test.ts').toBe(updated);
  });

  it('every source file belongs to a part', () => {
    expect(files.filter((f) => !partOf(f)), 'add the file to a part in PARTS and ARCHITECTURE.md').toEqual([]);
  });

  it('every relative import resolves to a file', () => {
    expect(edges.filter((e) => !e.resolved).map((e) => `${e.from}:${e.line}: ${e.specifier}`)).toEqual([]);
  });

  it('no part imports what it must never import', () => {
    const bad = edges
      .filter((e) => !Object.hasOwn(IN_FLIGHT, key(e)))
      .map((e) => ({ e, why: violation(e) }))
      .filter((x) => x.why !== null)
      .map(({ e, why }) => `${e.from}:${e.line} imports ${e.to}${e.typeOnly ? ' (type only)' : ''}: ${why}`);
    expect(bad, 'forbidden imports (see ARCHITECTURE.md)').toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles = findCycles(edges.filter((e) => !Object.hasOwn(IN_FLIGHT, key(e))));
    expect(cycles.map((c) => c.join(' -> ')), 'import cycles').toEqual([]);
  });

  it('the in-flight allow-list only holds imports that exist and break a rule (remove an entry once its work lands)', () => {
    const existing = new Map(edges.map((e) => [key(e), e]));
    const stale = Object.keys(IN_FLIGHT).filter((k) => !existing.has(k));
    expect(stale, 'these allow-listed imports are gone: delete them from IN_FLIGHT').toEqual([]);
    const group = new Map<string, number>();
    cyclicGroups(edges).forEach((g, i) => g.forEach((f) => group.set(f, i)));
    const inCycle = (e: ImportEdge): boolean => group.has(e.from) && group.get(e.from) === group.get(e.to);
    const legal = Object.keys(IN_FLIGHT).filter((k) => existing.has(k) && violation(existing.get(k)!) === null && !inCycle(existing.get(k)!));
    expect(legal, 'these allow-listed imports break no rule any more: delete them from IN_FLIGHT').toEqual([]);
  });
});
