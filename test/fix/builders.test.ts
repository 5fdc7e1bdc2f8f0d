// Edit builders keep indentation, line endings, quoting and comments; every output is checked as text.
import { describe, expect, it } from 'vitest';
import type { Directive } from '../../src/parser/ast.js';
import { parseSource } from '../../src/parser/parser.js';
import { makeSource } from '../../src/parser/source.js';
import { appendArg, applyEdits, directiveText, insertCopies, insertDirective, insertLines, removeArg, removeDirective, replaceArg } from '../../src/fix/fixer.js';
import type { TextEdit } from '../../src/types.js';

function find(text: string, name: string, nth = 0): Directive {
  const found: Directive[] = [];
  const walk = (ss: ReturnType<typeof parseSource>['statements']): void => ss.forEach((s) => {
    if (s.type !== 'directive') return;
    if (s.name === name) found.push(s);
    if (s.block) walk(s.block.children);
  });
  const r = parseSource(makeSource('t.conf', text));
  expect(r.errors).toEqual([]);
  walk(r.statements);
  return found[nth]!;
}
const apply = (text: string, e: TextEdit | TextEdit[]): string => applyEdits(text, Array.isArray(e) ? e : [e]);

describe('insertDirective', () => {
  it('after the last directive of the same family, with its indentation (spaces)', () => {
    const t = 'location /sse {\n    proxy_pass http://a;\n    proxy_set_header Host $host;\n    add_header X a;\n}\n';
    expect(apply(t, insertDirective(find(t, 'location'), 'proxy_buffering off;'))).toBe(
      'location /sse {\n    proxy_pass http://a;\n    proxy_set_header Host $host;\n    proxy_buffering off;\n    add_header X a;\n}\n');
  });

  it('keeps tabs and puts the line after a trailing comment', () => {
    const t = 'server {\n\tlocation /sse {\n\t\tproxy_pass http://a; # backend\n\t}\n}\n';
    expect(apply(t, insertDirective(find(t, 'location'), 'proxy_buffering off;'))).toBe(
      'server {\n\tlocation /sse {\n\t\tproxy_pass http://a; # backend\n\t\tproxy_buffering off;\n\t}\n}\n');
  });

  it('a one-line block stays on one line', () => {
    const t = 'location /sse { proxy_pass http://a; }\n';
    expect(apply(t, insertDirective(find(t, 'location'), 'proxy_buffering off;'))).toBe('location /sse { proxy_pass http://a; proxy_buffering off; }\n');
  });

  it('a one-line empty block gets a space on both sides of what goes in (events {} and events { })', () => {
    const t = 'events {}\nhttp { }\n';
    expect(apply(t, insertDirective(find(t, 'events'), 'worker_connections 4096;'))).toBe('events { worker_connections 4096; }\nhttp { }\n');
    expect(apply(t, insertDirective(find(t, 'http'), 'gzip off;'))).toBe('events {}\nhttp { gzip off; }\n');
    expect(apply(t, insertLines(find(t, 'events'), ['worker_connections 4096;', 'multi_accept on;'], 'worker_'))).toBe(
      'events { worker_connections 4096; multi_accept on; }\nhttp { }\n');
    // The same when the last line already touches the brace.
    const tight = 'location /a { proxy_pass http://a;}\n';
    expect(apply(tight, insertDirective(find(tight, 'location'), 'proxy_buffering off;'))).toBe('location /a { proxy_pass http://a; proxy_buffering off; }\n');
    const multi = 'server {\n    location /a {\n        proxy_pass http://a;\n    }\n}\n';
    expect(apply(multi, insertLines(find(multi, 'location'), ['proxy_buffering off;', 'proxy_cache off;'], 'proxy_'))).toBe(
      'server {\n    location /a {\n        proxy_pass http://a;\n        proxy_buffering off;\n        proxy_cache off;\n    }\n}\n');
  });

  it('a closing brace sharing the last line', () => {
    const t = 'location /sse {\n    proxy_pass http://a; }\n';
    expect(apply(t, insertDirective(find(t, 'location'), 'proxy_buffering off;'))).toBe('location /sse {\n    proxy_pass http://a;\n    proxy_buffering off; }\n');
  });

  it('keeps CRLF line endings', () => {
    const t = 'server {\r\n  location /sse {\r\n    proxy_pass http://a;\r\n  }\r\n}\r\n';
    expect(apply(t, insertDirective(find(t, 'location'), 'proxy_buffering off;'))).toBe(
      'server {\r\n  location /sse {\r\n    proxy_pass http://a;\r\n    proxy_buffering off;\r\n  }\r\n}\r\n');
  });

  it('an empty block gets one indentation step more than its own line', () => {
    const t = 'server {\n  location /sse {\n  }\n}\n';
    expect(apply(t, insertDirective(find(t, 'location'), 'proxy_buffering off;'))).toBe('server {\n  location /sse {\n    proxy_buffering off;\n  }\n}\n');
  });
});

describe('insertLines', () => {
  // What insertLines is defined as: where insertDirective puts the first text, with insertDirective's separator before
  // each text and its tail after the last.
  const byInsertDirective = (block: Directive, texts: string[], family: string): TextEdit => {
    const edit = insertDirective(block, texts[0]!, { family });
    const at = edit.text.indexOf(texts[0]!);
    const sep = edit.text.slice(0, at);
    return { file: edit.file, start: edit.start, end: edit.end, text: sep + texts.join(sep) + edit.text.slice(at + texts[0]!.length) };
  };
  const blocks: [string, string][] = [
    ['location /a {\n    proxy_pass http://a;\n    add_header X a;\n}\n', 'location'],
    ['server {\n\tlocation /a {\n\t\tproxy_pass http://a; # backend\n\t}\n}\n', 'location'],
    ['location /a { proxy_pass http://a; }\n', 'location'],
    ['location /a { proxy_pass http://a;}\n', 'location'],
    ['events {}\n', 'events'],
    ['location /a {\n    proxy_pass http://a; }\n', 'location'],
    ['server {\r\n  location /a {\r\n    proxy_pass http://a;\r\n  }\r\n}\r\n', 'location'],
    ['server {\n  location /a {\n  }\n}\n', 'location'],
    ['server {\n    listen 80; location /a { # c\n    }\n}\n', 'location'],
  ];
  const lists: [string[], string][] = [
    [['proxy_buffering off;'], 'proxy_'],
    [['proxy_buffering off;', 'proxy_cache off;'], 'proxy_'],
    [['proxy_buffering off;', 'add_header Y b;'], 'proxy_'],
    [['add_header Y b;', 'add_header Z c;'], 'add_header'],
    [['add_header Y b;', 'add_header Z c;'], 'nothing_'],
    // First texts that white space or nothing starts: found again in insertDirective's text as it always was.
    [[' proxy_buffering off;', 'proxy_cache off;'], 'proxy_'],
    [['\tproxy_buffering off;', 'proxy_cache off;'], 'proxy_'],
    [['', 'proxy_cache off;'], 'proxy_'],
  ];

  it('puts each text where insertDirective puts the first, in every kind of block', () => {
    // Each list twice over every block, in turn: the same texts joined again for another block (another indentation,
    // a one-line block) or after other texts with the same first one must come out as that block needs them.
    for (let round = 0; round < 2; round++) {
      for (const [t, name] of blocks) {
        for (const [texts, family] of lists) {
          const block = find(t, name);
          expect(insertLines(block, texts, family), `${JSON.stringify(t)} ${JSON.stringify(texts)}`).toEqual(byInsertDirective(block, texts, family));
        }
      }
    }
  });

  it('insertCopies copies lines as written, quoting and Lua bodies kept', () => {
    const t = 'server {\n    proxy_set_header  Host  "$host";\n    add_header X \'a b\' always;\n    set_by_lua_block $x { return 1 }\n    location /a {\n        proxy_pass http://a;\n    }\n}\n';
    const lines = [find(t, 'proxy_set_header'), find(t, 'add_header'), find(t, 'set_by_lua_block')];
    expect(lines.map(directiveText)).toEqual(lines.map((d) => `${d.name}${d.args.map((a) => ' ' + a.raw).join('')};`));
    expect(directiveText(lines[0]!)).toBe('proxy_set_header Host "$host";');
    expect(apply(t, insertCopies(find(t, 'location'), lines.slice(0, 2), 'proxy_'))).toBe(
      'server {\n    proxy_set_header  Host  "$host";\n    add_header X \'a b\' always;\n    set_by_lua_block $x { return 1 }\n    location /a {\n        proxy_pass http://a;\n' +
      '        proxy_set_header Host "$host";\n        add_header X \'a b\' always;\n    }\n}\n');
  });
});

describe('argument and directive edits', () => {
  it('replaceArg keeps the quoting', () => {
    const t = 'add_header X-Accel-Buffering "off";\nadd_header X-Accel-Buffering \'false\';\nproxy_read_timeout 0;\n';
    expect(apply(t, [replaceArg(find(t, 'add_header'), 1, 'no'), replaceArg(find(t, 'add_header', 1), 1, 'no'), replaceArg(find(t, 'proxy_read_timeout'), 0, '1h')])).toBe(
      'add_header X-Accel-Buffering "no";\nadd_header X-Accel-Buffering \'no\';\nproxy_read_timeout 1h;\n');
  });

  it('removeDirective takes the whole line (and its trailing comment) when the directive stands alone', () => {
    const t = 'location / {\n    proxy_set_header X-Accel-Buffering no; # folklore\n    proxy_pass http://a;\n}\n';
    expect(apply(t, removeDirective(find(t, 'proxy_set_header')))).toBe('location / {\n    proxy_pass http://a;\n}\n');
    const crlf = 'a 1;\r\nb 2;\r\nc 3;\r\n';
    expect(apply(crlf, removeDirective(find(crlf, 'b')))).toBe('a 1;\r\nc 3;\r\n');
  });

  it('removeDirective inside a line removes only the statement', () => {
    const t = 'location / { chunked_transfer_encoding off; proxy_pass http://a; }\n';
    expect(apply(t, removeDirective(find(t, 'chunked_transfer_encoding')))).toBe('location / { proxy_pass http://a; }\n');
  });

  it('appendArg adds a flag before the semicolon; removeArg drops one argument', () => {
    const t = 'add_header Access-Control-Allow-Origin $cors;\nproxy_ignore_headers Set-Cookie X-Accel-Buffering;\n';
    expect(apply(t, [appendArg(find(t, 'add_header'), 'always'), removeArg(find(t, 'proxy_ignore_headers'), 1)])).toBe(
      'add_header Access-Control-Allow-Origin $cors always;\nproxy_ignore_headers Set-Cookie;\n');
  });
});
