// Bounded model building: nesting past the limit is a parse error, includes cannot multiply without end, and
// effective values stay right (and iterative) on deep trees.
import { describe, expect, it } from 'vitest';
import { buildContexts, directivesNamed, type ContextNode } from '../../src/model/context.js';
import { effectiveList, effectiveValue, mergeChain } from '../../src/model/effective.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { MAX_BLOCK_DEPTH, parseSource } from '../../src/parser/parser.js';
import { decodeSource } from '../../src/parser/source.js';
import type { Statement } from '../../src/parser/ast.js';

/** How many blocks deep the deepest statement is (a block left empty by the limit adds nothing). */
function depthOf(statements: Statement[]): number {
  let max = 0;
  const stack: [Statement[], number][] = [[statements, 0]];
  while (stack.length) {
    const [list, d] = stack.pop()!;
    if (list.length > 0) max = Math.max(max, d);
    for (const s of list) if (s.type === 'directive' && s.block) stack.push([s.block.children, d + 1]);
  }
  return max;
}

const nested = (levels: number, inner = 'return 200;'): string => `${'location /a {\n'.repeat(levels)}${inner}\n${'}\n'.repeat(levels)}`;

describe('nesting depth', () => {
  it('parses any depth without recursion and keeps at most MAX_BLOCK_DEPTH levels, with one error where it stops', () => {
    const parsed = parseSource(decodeSource('/x.conf', Buffer.from(nested(100_000))));
    expect(depthOf(parsed.statements)).toBe(MAX_BLOCK_DEPTH);
    expect(parsed.errors.map((e) => [e.message, e.line])).toEqual([[`block nested more than ${MAX_BLOCK_DEPTH} levels deep; its contents are not checked`, MAX_BLOCK_DEPTH + 1]]);
    // The text after the deep block is still read.
    const after = parseSource(decodeSource('/y.conf', Buffer.from(`${nested(MAX_BLOCK_DEPTH + 5)}gzip on;\n`)));
    expect(after.statements.map((s) => s.type === 'directive' && s.name)).toEqual(['location', 'gzip']);
  });

  it('stops at the limit through includes too, with a parse error at the block', () => {
    const files: Record<string, string> = {};
    // 30 files, each a location of 10 levels that includes the next one inside: 300 levels in all.
    for (let k = 0; k < 30; k++) files[`/p/f${k}.conf`] = nested(10, k < 29 ? `include f${k + 1}.conf;` : 'return 200;');
    files['/p/nginx.conf'] = 'http { server { listen 80; include f0.conf; } }';
    const tree = loadConfig(['/p/nginx.conf'], { fs: memoryFs(files) });
    const ctx = buildContexts(tree, { maxDepth: 100, maxExpanded: 1_000_000 });
    expect(ctx.limits.map((l) => [l.message, l.directive.file.path])).toEqual([
      ['block nested more than 100 levels deep through includes; its contents are not checked', '/p/f9.conf'],
    ]);
    expect(Math.max(...ctx.all.map((c) => mergeChain(c).length))).toBeLessThanOrEqual(101);
  });

  it('stops expanding includes that multiply (each file including the next twice)', () => {
    const files: Record<string, string> = { '/p/nginx.conf': 'http { include f0.conf; }' };
    for (let k = 0; k < 40; k++) files[`/p/f${k}.conf`] = k < 39 ? `include f${k + 1}.conf; include f${k + 1}.conf;` : 'gzip on;';
    const tree = loadConfig(['/p/nginx.conf'], { fs: memoryFs(files) });
    const ctx = buildContexts(tree, { maxDepth: MAX_BLOCK_DEPTH, maxExpanded: 10_000 });
    expect(ctx.limits).toHaveLength(1);
    expect(ctx.limits[0]!.message).toBe('includes expand to more than 10,000 directives; this include and later ones are not expanded');
    const total = ctx.all.reduce((n, c) => n + c.directives.length, 0);
    expect(total).toBeLessThan(10_100);
  });
});

/** The merge as it was first written: walk every level of the chain for every question (the reference). */
function naiveValue(ctx: ContextNode, name: string): { origin: ContextNode | null; levels: number } {
  const chain = mergeChain(ctx);
  for (let k = 0; k < chain.length; k++) if (directivesNamed(chain[k]!, name).length) return { origin: chain[k]!, levels: k + 1 };
  return { origin: null, levels: chain.length };
}

function naiveList(ctx: ContextNode, name: string): { entries: string[]; dropped: number } {
  const chain = mergeChain(ctx);
  let entries: string[] = [];
  let dropped = 0;
  for (let k = chain.length - 1; k >= 0; k--) {
    const mine = directivesNamed(chain[k]!, name).map((d) => `${d.args[0]?.value}@${d.nameToken.line}`);
    let mode = 'on';
    for (const l of mergeChain(chain[k]!)) {
      const d = directivesNamed(l, 'add_header_inherit')[0];
      if (d) {
        mode = d.args[0]!.value;
        break;
      }
    }
    if (mode === 'off') {
      dropped += entries.length;
      entries = mine;
    } else if (mine.length === 0) {
      // inherited as is
    } else if (mode === 'merge') entries = [...mine, ...entries];
    else {
      dropped += entries.length;
      entries = mine;
    }
  }
  return { entries, dropped };
}

describe('effective values on deep and random trees', () => {
  it('agree with a level-by-level walk on seeded random nestings', () => {
    let seed = 12345;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let round = 0; round < 20; round++) {
      const lines: string[] = [];
      const open = (depth: number): void => {
        if (rand() < 0.4) lines.push(`add_header X-${depth} ${round};`);
        if (rand() < 0.2) lines.push(`add_header_inherit ${['on', 'off', 'merge'][Math.floor(rand() * 3)]};`);
        if (rand() < 0.3) lines.push(`proxy_buffering ${rand() < 0.5 ? 'on' : 'off'};`);
        const kids = depth < 12 ? Math.floor(rand() * 3) : 0;
        for (let k = 0; k < kids; k++) {
          lines.push(rand() < 0.2 ? 'if ($arg_x) {' : `location /l${depth}${k} {`);
          open(depth + 1);
          lines.push('}');
        }
      };
      lines.push('http {', 'server { listen 80;');
      open(0);
      lines.push('}', '}');
      const tree = loadConfig(['/p/nginx.conf'], { fs: memoryFs({ '/p/nginx.conf': lines.join('\n') }) });
      const ctx = buildContexts(tree);
      // Ask in a shuffled order, so answers are sometimes built from a cached parent and sometimes from scratch.
      const order = [...ctx.all].sort(() => rand() - 0.5);
      const version = { major: 1, minor: 29, patch: 3 };
      for (const c of order) {
        const v = effectiveValue(c, 'proxy_buffering', version);
        const ref = naiveValue(c, 'proxy_buffering');
        expect(v.origin.kind === 'directive' ? v.origin.context : null).toBe(ref.origin);
        expect(v.levels).toHaveLength(ref.levels);
        const l = effectiveList(c, 'add_header', version);
        const lref = naiveList(c, 'add_header');
        expect(l.entries.map((e) => `${e.directive.args[0]?.value}@${e.directive.nameToken.line}`)).toEqual(lref.entries);
        expect(l.dropped).toHaveLength(lref.dropped);
      }
    }
  });

  it('answer for the deepest block of a tree nested to the limit without recursion', () => {
    const conf = `http { add_header X-Top 1; server { listen 80; ${'location /a { add_header X-L 1; '.repeat(MAX_BLOCK_DEPTH - 2)}proxy_pass http://127.0.0.1:8080;${' }'.repeat(MAX_BLOCK_DEPTH - 2)} } }`;
    const tree = loadConfig(['/p/nginx.conf'], { fs: memoryFs({ '/p/nginx.conf': conf }) });
    const ctx = buildContexts(tree);
    const deepest = ctx.all[ctx.all.length - 1]!;
    expect(mergeChain(deepest)).toHaveLength(MAX_BLOCK_DEPTH);
    const list = effectiveList(deepest, 'add_header', null);
    expect(list.entries).toHaveLength(1);
    expect(list.dropped).toHaveLength(MAX_BLOCK_DEPTH - 2);
    expect(effectiveValue(deepest, 'proxy_buffering', null).levels).toHaveLength(MAX_BLOCK_DEPTH);
  });
});
