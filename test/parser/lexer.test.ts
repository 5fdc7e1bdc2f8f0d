// Tokenizer behaviour that nginx defines and crossplane gets wrong, plus exactness of offsets.
import { describe, expect, it } from 'vitest';
import { lex, NGX_CONF_BUFFER, type Token } from '../../src/parser/lexer.js';
import { parseSource } from '../../src/parser/parser.js';
import { decodeSource, makeSource, encodeSource } from '../../src/parser/source.js';

const words = (text: string): string[] => lex(makeSource('t.conf', text)).tokens.filter((t) => t.kind === 'word').map((t) => t.value);
const errors = (text: string): string[] => parseSource(makeSource('t.conf', text)).errors.map((e) => `${e.line}:${e.column} ${e.message}`);

describe('words and separators', () => {
  it('splits on whitespace, ; { } and keeps ${var} braces inside a word', () => {
    expect(words('set $a /abc/${uri} /abc/${uri}.html;')).toEqual(['set', '$a', '/abc/${uri}', '/abc/${uri}.html']);
    expect(words('return 200 a}b;')).toEqual(['return', '200', 'a}b']);
    expect(words('location ~ "^/b{2}$" {}')).toEqual(['location', '~', '^/b{2}$']);
  });

  it('a quoted "{" is an argument, not a brace', () => {
    const t = lex(makeSource('t.conf', 'return 200 "{";')).tokens;
    expect(t.map((x) => x.kind)).toEqual(['word', 'word', 'word', ';']);
    expect(t[2]!.value).toBe('{');
    expect(t[2]!.quoted).toBe(true);
  });

  it('unescapes as nginx does, inside and outside quotes', () => {
    expect(words(String.raw`return 200 "a\"b\\c\td\ne" 'x\'y' bare\;semi \#hash;`)).toEqual([
      'return', '200', 'a"b\\c\td\ne', "x'y", 'bare\\;semi', '\\#hash',
    ]);
  });

  it('# starts a comment only at the start of a word', () => {
    const t = lex(makeSource('t.conf', 'a b#c; # real\n')).tokens;
    expect(t.map((x) => [x.kind, x.raw])).toEqual([['word', 'a'], ['word', 'b#c'], [';', ';'], ['comment', '# real']]);
  });

  it('quote in the middle of a bare word is literal', () => {
    expect(words('return 200 ab"cd"ef;')).toEqual(['return', '200', 'ab"cd"ef']);
  });

  it('only whitespace, ;, { or ) may follow a closing quote', () => {
    expect(errors('return 200 "x"y;')).toEqual(['1:15 unexpected "y"']);
    expect(errors('if ($a = "b") { }')).toEqual([]);
    expect(errors('return 200 "x";\n')).toEqual([]);
  });

  it('counts only LF as a new line (CR is whitespace)', () => {
    const t = lex(makeSource('t.conf', 'a 1;\r\nb 2;\rc 3;\n')).tokens.filter((x) => x.kind === 'word');
    expect(t.map((x) => [x.value, x.line])).toEqual([['a', 1], ['1', 1], ['b', 2], ['2', 2], ['c', 2], ['3', 2]]);
  });
});

describe('limits and odd bytes', () => {
  it('rejects a token of 4096 bytes and accepts 4095', () => {
    const ok = `return 200 ${'a'.repeat(NGX_CONF_BUFFER - 1)};`;
    const bad = `return 200 ${'a'.repeat(NGX_CONF_BUFFER)};`;
    expect(errors(ok)).toEqual([]);
    expect(errors(bad)[0]).toMatch(/too long parameter "aaaaaaaaaa\.\.\." started/);
    expect(errors(`return 200 "${'é'.repeat(2048)}";`)[0]).toMatch(/too long parameter, probably missing terminating """ character/);
  });

  it('reports a UTF-8 BOM as nginx does but still parses the directive', () => {
    const r = parseSource(decodeSource('bom.conf', Buffer.from('\ufeffevents {}\n', 'utf8')));
    expect(r.errors.map((e) => e.message)[0]).toMatch(/^unknown directive "\ufeffevents": the file starts with a UTF-8 byte order mark/);
    expect(r.statements[0]!.type === 'directive' && r.statements[0]!.name).toBe('events');
  });

  it('keeps GBK bytes exact: offsets are byte offsets and the file round-trips', () => {
    // "# 中文注释" in GBK, then a directive; not valid UTF-8.
    const bytes = Buffer.concat([Buffer.from('# '), Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xd7, 0xa2, 0xca, 0xcd]), Buffer.from('\nproxy_buffering off;\n')]);
    const file = decodeSource('gbk.conf', bytes);
    expect(file.encoding).toBe('latin1');
    const r = parseSource(file);
    expect(r.errors).toEqual([]);
    const d = r.statements.find((s) => s.type === 'directive')!;
    expect(d.start).toBe(11);
    expect(encodeSource(file).equals(bytes)).toBe(true);
  });

  it('unterminated quote at end of file: nginx reports the line after the last LF', () => {
    expect(errors('http {\n  return 200 "x;\n}\n')).toEqual(['4:1 unexpected end of file, expecting ";" or "}"']);
  });
});

describe('Lua blocks', () => {
  const lua = (text: string): Token[] => lex(makeSource('t.conf', text)).tokens;

  it('keeps the body opaque and exact, with braces in strings, long brackets and comments', () => {
    const body = `
        local s = "}" .. '{' .. [[ } ]] .. [==[ ]] } ]==]
        -- a comment with }
        --[[ long comment } ]]
        if x then t = { a = { } } end
    `;
    const text = `content_by_lua_block {${body}}\nreturn 200;`;
    const t = lua(text);
    const l = t.find((x) => x.kind === 'lua')!;
    expect(l.raw).toBe(body);
    expect(text.slice(l.start, l.end)).toBe(body);
    const r = parseSource(makeSource('t.conf', text));
    expect(r.errors).toEqual([]);
    expect(r.statements.filter((s) => s.type === 'directive').map((s) => s.type === 'directive' && s.name)).toEqual(['content_by_lua_block', 'return']);
  });

  it('set_by_lua_block keeps its variable argument; a Lua directive name used as an argument is not a block', () => {
    const r = parseSource(makeSource('t.conf', 'set_by_lua_block $res { return 1 }\nserver_name content_by_lua_block;\n'));
    const [a, b] = r.statements.filter((s) => s.type === 'directive') as import('../../src/parser/ast.js').Directive[];
    expect(a!.args.map((x) => x.raw)).toEqual(['$res', ' return 1 ']);
    expect(a!.lua).not.toBeNull();
    expect(b!.lua).toBeNull();
  });

  it('an unclosed Lua block is an error, not a hang', () => {
    expect(errors('content_by_lua_block { if x then\n')).toEqual(['2:1 unexpected end of file, expecting "}"']);
  });
});

describe('parser recovery and wording', () => {
  it('keeps going after a missing semicolon and a stray brace', () => {
    const r = parseSource(makeSource('t.conf', 'http {\n  server {\n    location / {\n      proxy_pass http://a\n    }\n  }\n}\n}\nevents {}\n'));
    expect(r.errors.map((e) => `${e.line} ${e.message}`)).toEqual(['5 unexpected "}"', '8 unexpected "}"']);
    const names: string[] = [];
    const walk = (ss: typeof r.statements): void => ss.forEach((s) => { if (s.type === 'directive') { names.push(s.name); if (s.block) walk(s.block.children); } });
    walk(r.statements);
    expect(names).toEqual(['http', 'server', 'location', 'proxy_pass', 'events']);
  });

  it('reports unclosed blocks at end of file with where they opened', () => {
    const r = parseSource(makeSource('t.conf', 'http {\n  server {\n'));
    expect(r.errors.map((e) => [e.line, e.message, e.related?.message])).toEqual([
      [3, 'unexpected end of file, expecting "}"', 'block "server" opened here'],
      [3, 'unexpected end of file, expecting "}"', 'block "http" opened here'],
    ]);
  });

  it('unexpected ";" and "{" with nothing before them', () => {
    expect(errors(';\n{ a b; }\n')).toEqual(['1:1 unexpected ";"', '2:1 unexpected "{"']);
  });

  it('names nginx would never accept are unknown directives (templates, unquoted regex braces), but not map keys', () => {
    expect(errors('location ~ ^/b{2}$ {\n return 200;\n}\n}')).toContain('1:16 unknown directive "2}$"');
    expect(errors('{{ if .Host }}\n')[0]).toMatch(/unexpected "\{"/);
    expect(errors('map $a $b {\n  ~^/x$ 1;\n  default 0;\n}\n')).toEqual([]);
  });

  it('attaches comments: between arguments and trailing on the same line', () => {
    const r = parseSource(makeSource('t.conf', 'log_format main # one\n  $a; # two\n# three\n'));
    const d = r.statements[0]!;
    if (d.type !== 'directive') throw new Error('expected a directive');
    expect(d.innerComments.map((c) => c.value)).toEqual([' one']);
    expect(d.trailingComment?.value).toBe(' two');
    expect(r.statements.filter((s) => s.type === 'comment').map((s) => s.type === 'comment' && s.text)).toEqual([' two', ' three']);
  });
});
