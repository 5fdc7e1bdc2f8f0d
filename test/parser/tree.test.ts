// The compact tree: directives keep a few numbers and read their spans from the token list. Every statement shape
// must still give exact spans, ends and separators, and the parser's list of include directives must be the walk's.
import { describe, expect, it } from 'vitest';
import { walkStatements, type Directive, type Statement } from '../../src/parser/ast.js';
import { parseSource } from '../../src/parser/parser.js';
import { makeSource } from '../../src/parser/source.js';

function statements(text: string): { text: string; all: Statement[]; includes: Directive[] } {
  const r = parseSource(makeSource('t.conf', text));
  const all: Statement[] = [];
  walkStatements(r.statements, (s) => all.push(s));
  return { text, all, includes: r.includes };
}

const raw = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);

describe('compact tree', () => {
  it('spans every shape of statement exactly', () => {
    const text = [
      'a 1 2;', // plain
      'b 1 # between\n  2 ;', // a comment between arguments
      'c; # after', // a trailing comment is not part of the statement
      'd { e 1; }', // a block
      'f {}', // an empty block
      'g # before the brace\n{ h; }', // a comment before the brace
      'content_by_lua_block { ngx.say("}") }', // a Lua block
      'server { i 1 # cut\n}', // cut short by `}`: ends at its last word
      'j 1 2', // cut short by the end of the file
    ].join('\n');
    const { all } = statements(text);
    const byName = (n: string): Directive => all.find((s): s is Directive => s.type === 'directive' && s.name === n)!;
    expect(raw(text, byName('a'))).toBe('a 1 2;');
    expect(raw(text, byName('b'))).toBe('b 1 # between\n  2 ;');
    expect(byName('b').args.map((t) => t.value)).toEqual(['1', '2']);
    expect(byName('b').innerComments.map((t) => t.value)).toEqual([' between']);
    expect(byName('b').semicolon!.start).toBe(text.indexOf('2 ;') + 2);
    expect(raw(text, byName('c'))).toBe('c;');
    expect(byName('c').trailingComment!.raw).toBe('# after');
    expect(raw(text, byName('d'))).toBe('d { e 1; }');
    expect(byName('d').block!.children.map((s) => raw(text, s))).toEqual(['e 1;']);
    expect(byName('d').block!.open.start).toBe(text.indexOf('d {') + 2);
    expect(byName('d').block!.close!.start).toBe(text.indexOf('d { e 1; }') + 9);
    expect(byName('d').semicolon).toBeNull();
    expect(raw(text, byName('f'))).toBe('f {}');
    expect(byName('f').block!.children).toEqual([]);
    expect(raw(text, byName('g'))).toBe('g # before the brace\n{ h; }');
    expect(byName('g').block!.open.start).toBe(text.indexOf('{ h;'));
    expect(byName('h').parent).toBe(byName('g'));
    const lua = byName('content_by_lua_block');
    expect(raw(text, lua)).toBe('content_by_lua_block { ngx.say("}") }');
    expect(lua.lua!.body.raw).toBe(' ngx.say("}") ');
    expect(lua.terminated).toBe(true);
    const i = byName('i');
    expect(raw(text, i)).toBe('i 1');
    expect(i.terminated).toBe(false);
    expect(i.semicolon).toBeNull();
    expect(raw(text, byName('server'))).toBe('server { i 1 # cut\n}');
    const j = byName('j');
    expect(raw(text, j)).toBe('j 1 2');
    expect(j.terminated).toBe(false);
  });

  it('ends blocks and Lua bodies the file ended inside at the end of the file', () => {
    const text = 'http {\n  server {\n    a 1;\n';
    const { all } = statements(text);
    for (const s of all) if (s.type === 'directive' && s.block) expect(s.end).toBe(text.length);
    expect(all.map((s) => raw(text, s))).toEqual([text, text.slice(text.indexOf('server')), 'a 1;']);
    const lua = statements('content_by_lua_block { ngx.say(1)').all[0] as Directive;
    expect(lua.terminated).toBe(false);
    expect(lua.end).toBe('content_by_lua_block { ngx.say(1)'.length);
    expect(lua.lua!.close).toBeNull();
  });

  it('keeps the statements of a stray brace at the level around it, and closes blocks around them', () => {
    const text = 'http { { a; } b; }';
    const { all } = statements(text);
    const http = all[0] as Directive;
    expect(http.block!.children.map((s) => raw(text, s))).toEqual(['a;', 'b;']);
    expect(raw(text, http)).toBe(text);
  });

  it('lists include directives in the order a walk meets them, whatever their shape', () => {
    const text = 'include a.conf;\nhttp {\n  include b/*.conf;\n  server { include c.conf; }\n  include d e;\n  include { }\n}\ninclude f.conf';
    const { all, includes } = statements(text);
    const walked = all.filter((s): s is Directive => s.type === 'directive' && s.name === 'include');
    expect(walked).toHaveLength(6);
    expect(includes).toEqual(walked);
    expect(includes.map((d) => d.args.map((t) => t.value).join(' '))).toEqual(['a.conf', 'b/*.conf', 'c.conf', 'd e', '', 'f.conf']);
  });

  it('a block directive is its own block, and an include keeps the files it resolved to', () => {
    const { all, includes } = statements('server { include x.conf; }');
    const server = all[0] as Directive;
    expect(server.block!.children[0]).toBe(includes[0]);
    const inc = includes[0]!;
    expect(inc.includes).toBeUndefined();
    inc.includes = ['/x.conf'];
    expect(inc.includes).toEqual(['/x.conf']);
    expect(inc.end).toBe('server { include x.conf;'.length);
  });

  it('keeps the exact length of tokens of any length (lengths of 255 and more are kept aside)', () => {
    for (const len of [254, 255, 256, 4000, 70_000]) {
      const word = 'x'.repeat(len);
      const body = ` s = "${'y'.repeat(len)}" `;
      const text = `a ${word} "${word}";\n# ${word}\ncontent_by_lua_block {${body}}\n`;
      const { all } = statements(text);
      const a = all[0] as Directive;
      expect(a.args.map((t) => t.raw)).toEqual([word, `"${word}"`]);
      expect(a.args.map((t) => t.end - t.start)).toEqual([len, len + 2]);
      expect(raw(text, a)).toBe(`a ${word} "${word}";`);
      expect(all[1]!.type === 'comment' && all[1]!.text).toBe(` ${word}`);
      const lua = all[2] as Directive;
      expect(lua.lua!.body.raw).toBe(body);
      expect(raw(text, lua)).toBe(`content_by_lua_block {${body}}`);
    }
  });

  it('reads arguments in place exactly as the tokens give them', () => {
    // Every shape an argument takes: plain, quoted, escaped, a comment between, a Lua body, a quote the file ends in,
    // and words whose lower case is not ASCII lower-casing (the Kelvin sign lowers to `k`, `İ` to two characters).
    const text = [
      'a Plain "Qu Oted" \'x\\"y\' es\\tc\\ape;',
      'b 1 # between\n  TWO ;',
      'content_by_lua_block { ngx.say("}") }',
      'c \u212Aeep-Alive \u0130d "\u212Aeep-Alive" X-ACCEL-Buffering;',
      'd;',
      'e $var "${x}" \'\';',
      'f "open',
    ].join('\n');
    const { all } = statements(text);
    const probes = ['plain', 'qu oted', 'x"y', 'es\tc\\ape', 'two', 'keep-alive', 'i\u0307d', 'x-accel-buffering', '', 'open', 'nope'];
    let checked = 0;
    for (const s of all) {
      if (s.type !== 'directive') continue;
      const tokens = s.args;
      expect(s.argc).toBe(tokens.length);
      expect(s.argValues()).toEqual(tokens.map((t) => t.value));
      for (let k = -1; k <= tokens.length; k++) {
        expect(s.arg(k)).toBe(k >= 0 ? tokens[k]?.value : undefined);
        expect(s.argRaw(k)).toBe(k >= 0 ? tokens[k]?.raw : undefined);
        for (const p of probes) expect(s.argIs(k, p)).toBe(k >= 0 && tokens[k]?.value.toLowerCase() === p);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    const c = all.find((s): s is Directive => s.type === 'directive' && s.name === 'c')!;
    // The non-ASCII words match what lower-casing them gives, whether quoted or not.
    expect([c.argIs(0, 'keep-alive'), c.argIs(1, 'i\u0307d'), c.argIs(2, 'keep-alive'), c.argIs(3, 'x-accel-buffering')]).toEqual([true, true, true, true]);
    const lua = all.find((s): s is Directive => s.type === 'directive' && s.name === 'content_by_lua_block')!;
    expect(lua.arg(lua.argc - 1)).toBe(' ngx.say("}") ');
  });
});
