// The nginx-judged probes (test/fixtures/parser-conformance/_nginx-probes): our parser agrees with nginx 1.22.1.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/model/includes.js';
import { parseSource } from '../../src/parser/parser.js';
import { decodeSource } from '../../src/parser/source.js';
import type { Directive, Statement } from '../../src/parser/ast.js';
import { root } from '../helpers/shared.js';

const dir = path.join(root, 'test/fixtures/parser-conformance/_nginx-probes');
const verdicts = JSON.parse(readFileSync(path.join(dir, 'verdicts.json'), 'utf8')) as { probe: string; nginx_1_22_1: { ok: boolean; messages: string[] } }[];

function parse(name: string) {
  return parseSource(decodeSource(name, readFileSync(path.join(dir, name))));
}
function find(ss: Statement[], name: string): Directive | undefined {
  for (const s of ss) {
    if (s.type !== 'directive') continue;
    if (s.name === name) return s;
    const inner = s.block && find(s.block.children, name);
    if (inner) return inner;
  }
  return undefined;
}
/** nginx's "[emerg] <message> in <file>:<line>" split into message and line. */
function nginxError(v: (typeof verdicts)[number]): { message: string; line: number } {
  const m = /\[emerg\] (.*) in [^ ]+:(\d+)$/.exec(v.nginx_1_22_1.messages[0]!)!;
  return { message: m[1]!, line: Number(m[2]) };
}

/** Probes nginx rejects for reasons outside the tokenizer and parser (checked by the model and rules). */
const SEMANTIC: Record<string, (r: ReturnType<typeof parse>) => void> = {
  '01-dollar-brace-var-followed-by-space.conf': (r) => {
    // nginx: invalid number of arguments in "set": the parser must see three arguments.
    expect(find(r.statements, 'set')!.args.map((a) => a.value)).toEqual(['$a', '/abc/${uri}', '/abc/${uri}.html']);
  },
  '04-left-brace-mid-token.conf': (r) => {
    // nginx: "return" is not terminated by ";": `{` ends the word and opens a block on a non-block directive.
    // The extra `{` leaves `http` unclosed, which the parser reports at end of file.
    const d = find(r.statements, 'return')!;
    expect(d.args.map((a) => a.value)).toEqual(['200', 'a']);
    expect(d.block).not.toBeNull();
    expect(r.errors.map((e) => e.message)).toEqual(['unexpected end of file, expecting "}"']);
  },
  '18-lua-block-without-lua-module.conf': (r) => {
    // nginx without ngx_lua: unknown directive. The parser still reads the block as Lua.
    expect(find(r.statements, 'content_by_lua_block')!.lua).not.toBeNull();
  },
};

describe('nginx probes', () => {
  for (const v of verdicts) {
    if (v.probe.endsWith('/nginx.conf') || v.probe.startsWith('19-') || v.probe.startsWith('20-')) continue;
    it(`${v.probe}: nginx ${v.nginx_1_22_1.ok ? 'accepts' : 'rejects'}`, () => {
      const r = parse(v.probe);
      if (SEMANTIC[v.probe]) {
        if (!v.probe.startsWith('04-')) expect(r.errors).toEqual([]);
        SEMANTIC[v.probe]!(r);
        return;
      }
      if (v.nginx_1_22_1.ok) {
        expect(r.errors).toEqual([]);
        return;
      }
      const want = nginxError(v);
      expect(r.errors.length).toBeGreaterThan(0);
      expect(r.errors[0]!.line).toBe(want.line);
      expect(r.errors[0]!.message.startsWith(want.message.replace(/\ufeff/g, '\ufeff'))).toBe(true);
    });
  }

  it('19: an include glob skips dot-files', () => {
    const tree = loadConfig([path.join(dir, '19-include-glob-hidden-file/nginx.conf')]);
    expect([...tree.files.keys()].map((p) => path.basename(p))).toEqual(['nginx.conf', 'visible.conf']);
    expect(tree.findings).toEqual([]);
  });

  it('20: `include x[.]conf` that matches nothing is silent; the explicit missing file is include-not-found', () => {
    const tree = loadConfig([path.join(dir, '20-include-bracket-optional-trick.conf')]);
    expect(tree.findings.map((f) => [f.ruleId, f.span.line])).toEqual([['include-not-found', 4]]);
    expect(tree.findings[0]!.message).toBe('open() "/nonexistent/custom/http.conf" failed (2: No such file or directory)');
  });
});
