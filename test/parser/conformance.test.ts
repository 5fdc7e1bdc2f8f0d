// crossplane's own fixtures and asserted payloads (vendored in test/fixtures/parser-conformance) against our parser.
import { readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lex } from '../../src/parser/lexer.js';
import { parseSource } from '../../src/parser/parser.js';
import { decodeSource } from '../../src/parser/source.js';
import { singleFilePayload, treePayload, crossplaneArg, combinePayload, type Payload, type PayloadStatement } from '../../src/reporters/crossplane.js';
import { loadConfig } from '../../src/model/includes.js';
import { root } from '../helpers/shared.js';
import { unknownDirective } from '../../src/model/directives.js';

const dir = path.join(root, 'test/fixtures/parser-conformance');
const index = JSON.parse(readFileSync(path.join(dir, 'cases.json'), 'utf8')) as {
  cases: { fixture: string; entry: string; kind: string; expected: string; options_passed: Record<string, unknown> }[];
};

/**
 * Where nginx and crossplane disagree, sse-lint follows nginx (README of the corpus, "Known crossplane <-> nginx
 * tokenizer differences"). Each entry says what nginx does instead, and is asserted below.
 */
const NGINX_DIFFERS: Record<string, string> = {
  'messy/lex': 'crossplane glues `/abc/${uri} /abc/${uri}.html` into one token; nginx reads two (probe 01)',
  'messy/parse': 'same `${uri}` difference: try_files has three arguments for nginx',
  'quote-behavior/parse': 'nginx rejects text right after a closing quote',
  'missing-semicolon/parse': 'nginx reports `unexpected "}"` on the line of the brace, crossplane "not terminated" on the directive line',
  'comments-between-args/parse:generated.parse.default.json':
    'not nginx but a crossplane quirk: without comments=True it still emits comments found between arguments; sse-lint emits none',
  'bad-args/parse': 'argument counts are checked by the directive table, not the parser (crossplane reports `invalid number of arguments in "user"`)',
};

function strip(stmts: PayloadStatement[]): unknown[] {
  return stmts.map((s) => {
    const o: Record<string, unknown> = { directive: s.directive, line: s.line, args: s.args };
    if (s.includes) o.includes = s.includes;
    if (s.block) o.block = strip(s.block);
    if (s.comment !== undefined) o.comment = s.comment;
    if (s.file !== undefined) o.file = s.file;
    return o;
  });
}

function shape(p: Payload): unknown {
  return {
    status: p.status,
    errorLines: p.errors.map((e) => e.line),
    config: p.config.map((c) => ({ file: c.file, status: c.status, errorLines: c.errors.map((e) => e.line), parsed: strip(c.parsed) })),
  };
}

function ours(fixture: string, entry: string, opts: Record<string, unknown>): Payload {
  const fdir = path.join(dir, fixture);
  const entryPath = path.join(fdir, entry);
  const popts = {
    comments: !!opts.comments, combine: !!opts.combine, ignore: (opts.ignore as string[]) ?? [], relativeTo: fdir,
    ...(opts.strict ? { unknown: unknownDirective } : {}),
  };
  if (opts.single) return singleFilePayload(parseSource(decodeSource(entryPath, readFileSync(entryPath))), popts);
  return treePayload(loadConfig([entryPath], { prefix: fdir }), popts);
}

describe('crossplane parse cases', () => {
  for (const c of index.cases.filter((k) => k.kind === 'parse')) {
    const key = NGINX_DIFFERS[`${c.fixture}/parse:${c.expected}`] ? `${c.fixture}/parse:${c.expected}` : `${c.fixture}/parse`;
    const name = `${c.fixture}/${c.entry} ${JSON.stringify(c.options_passed)} (${c.expected})`;
    it(name, () => {
      const expected = JSON.parse(readFileSync(path.join(dir, c.fixture, c.expected), 'utf8')) as Payload;
      const got = ours(c.fixture, c.entry, c.options_passed);
      if (NGINX_DIFFERS[key]) {
        expect(shape(got)).not.toEqual(shape(expected));
        return;
      }
      expect(shape(got)).toEqual(shape(expected));
    });
  }
});

describe('crossplane lex cases', () => {
  for (const c of index.cases.filter((k) => k.kind === 'lex')) {
    const key = `${c.fixture}/lex`;
    it(`${c.fixture}${NGINX_DIFFERS[key] ? ' (nginx differs)' : ''}`, () => {
      const exp = JSON.parse(readFileSync(path.join(dir, c.fixture, c.expected), 'utf8')) as { asserted_fields: string[]; tokens: unknown[] };
      const file = decodeSource(c.entry, readFileSync(path.join(dir, c.fixture, c.entry)));
      const { tokens } = lex(file);
      // crossplane's view: comments with `#`, a Lua body followed by a synthetic `;` on its last line, no braces around it.
      const view: [string, number][] = [];
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        if (t.kind === '{' && tokens[k + 1]?.kind === 'lua') continue;
        if (t.kind === '}' && tokens[k - 1]?.kind === 'lua') continue;
        if (t.kind === 'lua') {
          const endLine = t.line + (t.raw.match(/\n/g)?.length ?? 0);
          view.push([t.raw, endLine], [';', endLine]);
          continue;
        }
        view.push([t.kind === 'word' ? crossplaneArg(file, t) : t.raw, t.line]);
      }
      const got = exp.asserted_fields.includes('line') ? view : view.map((v) => v[0]);
      if (NGINX_DIFFERS[key]) expect(got).not.toEqual(exp.tokens);
      else expect(got).toEqual(exp.tokens);
    });
  }

  it('messy: nginx reads `${uri}` followed by a space as the end of a word', () => {
    const file = decodeSource('messy.conf', readFileSync(path.join(dir, 'messy/nginx.conf')));
    const words = lex(file).tokens.filter((t) => t.kind === 'word').map((t) => t.value);
    const k = words.indexOf('try_files');
    expect(words.slice(k, k + 4)).toEqual(['try_files', '/abc/${uri}', '/abc/${uri}.html', '=404']);
  });

  it('quote-behavior: text after a closing quote is an error, as in nginx', () => {
    const file = decodeSource('q.conf', readFileSync(path.join(dir, 'quote-behavior/nginx.conf')));
    const r = parseSource(file);
    expect(r.errors.map((e) => `${e.line}:${e.message}`)).toContain('1:unexpected "-"');
  });

  it('missing-semicolon: nginx says unexpected "}" on the brace line and the next location still parses', () => {
    const file = decodeSource('b.conf', readFileSync(path.join(dir, 'missing-semicolon/broken-above.conf')));
    const r = parseSource(file);
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([[5, 'unexpected "}"']]);
    const p = singleFilePayload(r);
    expect(JSON.stringify(p)).toContain('http://not.broken.example');
  });
});

it('comments-between-args without comments: no comment statements, arguments kept', () => {
  const got = ours('comments-between-args', 'nginx.conf', {});
  const http = got.config[0]!.parsed[0]!;
  expect(http.block!.map((s) => s.directive)).toEqual(['log_format']);
  expect(http.block![0]!.args).toEqual(['\\#arg\\ 1', '#arg 2']);
});

describe('crossplane combine helper', () => {
  it('fills in missing status and errors', () => {
    const c = JSON.parse(readFileSync(path.join(dir, '_payload-transform-cases/combine-missing-values.json'), 'utf8'));
    expect(combinePayload(c.input)).toEqual(c.expected);
  });
});

it('vendored fixtures keep the crossplane NOTICE', () => {
  expect(existsSync(path.join(dir, 'NOTICE.crossplane'))).toBe(true);
});
