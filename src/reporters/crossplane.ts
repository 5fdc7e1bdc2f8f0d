// `sse-lint parse` output: crossplane's JSON payload (status, errors, config[].parsed[]), plus position fields crossplane lacks.
import * as nodePath from 'node:path';
import type { ConfigTree } from '../model/includes.js';
import type { Directive, ParsedFile, Statement } from '../parser/ast.js';
import type { Token } from '../parser/lexer.js';
import { displayText, type SourceFile } from '../parser/source.js';
import { appendAll } from '../util/array.js';

export interface PayloadStatement {
  directive: string;
  line: number;
  args: string[];
  includes?: number[];
  block?: PayloadStatement[];
  comment?: string;
  file?: string;
  /** sse-lint extras: 1-based column and [start, end) offsets of the whole statement. */
  column?: number;
  span?: [number, number];
}

export interface PayloadError {
  file?: string;
  line: number | null;
  error: string;
}

export interface PayloadConfig {
  file: string;
  status: 'ok' | 'failed';
  errors: PayloadError[];
  parsed: PayloadStatement[];
}

export interface Payload {
  status: 'ok' | 'failed';
  errors: PayloadError[];
  config: PayloadConfig[];
}

export interface PayloadOptions {
  /** Emit comments as `{"directive": "#", "comment": ...}` statements. */
  comments?: boolean;
  /** Inline includes into one config and add `file` to every statement. */
  combine?: boolean;
  /** Directive names to leave out, with their blocks. */
  ignore?: string[];
  /** Emit the sse-lint position fields (`column`, `span`). */
  positions?: boolean;
  /** Directory that `file` values are made relative to. Absolute paths when omitted. */
  relativeTo?: string;
  /** Strict mode: names this predicate rejects are dropped with an `unknown directive` error (crossplane strict=True). */
  unknown?: (name: string) => boolean;
}

/**
 * An argument as crossplane reports it: quotes removed and `\<quote>` unescaped inside quotes, every
 * other escape kept as written (nginx would unescape more; `Token.value` has nginx's view).
 */
export function crossplaneArg(file: SourceFile, t: Token): string {
  let s: string;
  if (t.kind === 'lua' || !t.quoted) s = t.raw;
  else {
    const q = t.raw[0]!;
    const inner = t.raw.endsWith(q) && t.raw.length > 1 ? t.raw.slice(1, -1) : t.raw.slice(1);
    s = inner.includes('\\' + q) ? inner.split('\\' + q).join(q) : inner;
  }
  return displayText(file, s);
}

/** The payload of one file parsed alone (`--single-file`): no include resolution, no `includes` keys. */
export function singleFilePayload(parsed: ParsedFile, options: PayloadOptions = {}): Payload {
  const name = rel(parsed.file.path, options.relativeTo);
  const strictErrors: PayloadError[] = [];
  const parsedStatements = statements(parsed.statements, { parsed, options, index: null, name, errors: strictErrors });
  const errors: PayloadError[] = [...parsed.errors.map((e) => ({ line: e.line, error: `${e.message} in ${name}:${e.line}` })), ...strictErrors];
  const cfg: PayloadConfig = { file: name, status: errors.length ? 'failed' : 'ok', errors, parsed: parsedStatements };
  return { status: cfg.status, errors: errors.map((e) => ({ file: name, ...e })), config: [cfg] };
}

/** The payload of a loaded tree: one config entry per file, in the order files were reached. */
export function treePayload(tree: ConfigTree, options: PayloadOptions = {}): Payload {
  const index = new Map<string, number>();
  tree.order.forEach((p, k) => index.set(p, k));
  const configs: PayloadConfig[] = tree.order.map((path) => {
    const parsed = tree.files.get(path)!;
    const name = rel(path, options.relativeTo);
    const strictErrors: PayloadError[] = [];
    const parsedStatements = statements(parsed.statements, { parsed, options, index, name, errors: strictErrors });
    const errors: PayloadError[] = [...tree.findings
      .filter((f) => f.span.file === path && f.ruleId !== 'include-cycle')
      .sort((a, b) => a.span.start - b.span.start)
      .map((f) => ({ line: f.span.line, error: `${f.message} in ${name}:${f.span.line}` })), ...strictErrors]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { file: name, status: errors.length ? 'failed' : 'ok', errors, parsed: parsedStatements };
  });
  const errors = configs.flatMap((c) => c.errors.map((e) => ({ file: c.file, ...e })));
  const payload: Payload = { status: errors.length ? 'failed' : 'ok', errors, config: configs };
  return options.combine ? combinePayload(payload) : payload;
}

/** What building one file's statements needs; `errors` collects strict-mode errors. */
interface Emit {
  parsed: ParsedFile;
  options: PayloadOptions;
  index: Map<string, number> | null;
  name: string;
  errors: PayloadError[];
}

function statements(list: Statement[], e: Emit): PayloadStatement[] {
  const { parsed, options, name } = e;
  const out: PayloadStatement[] = [];
  const ignore = options.ignore && options.ignore.length ? new Set(options.ignore) : null;
  for (const s of list) {
    if (s.type === 'comment') {
      if (options.comments) {
        const c: PayloadStatement = { directive: '#', line: s.token.line, args: [], comment: displayText(parsed.file, s.text) };
        if (options.combine) c.file = name;
        if (options.positions) Object.assign(c, { column: s.token.column, span: [s.start, s.end] });
        out.push(c);
      }
      continue;
    }
    // crossplane drops a statement nginx would reject for a missing `;`.
    if (!s.terminated && !s.lua && !s.block) continue;
    if (ignore && ignore.has(s.name)) continue;
    if (options.unknown?.(s.name)) {
      e.errors.push({ line: s.nameToken.line, error: `unknown directive "${s.name}" in ${name}:${s.nameToken.line}` });
      continue;
    }
    out.push(directive(s, e));
    if (options.comments) {
      for (const c of s.innerComments) {
        const p: PayloadStatement = { directive: '#', line: s.nameToken.line, args: [], comment: displayText(parsed.file, c.value) };
        if (options.combine) p.file = name;
        out.push(p);
      }
    }
  }
  return out;
}

function directive(d: Directive, e: Emit): PayloadStatement {
  const { parsed, options, index, name } = e;
  const p: PayloadStatement = {
    directive: displayText(parsed.file, d.name),
    line: d.nameToken.line,
    args: d.args.map((a) => crossplaneArg(parsed.file, a)),
  };
  if (options.combine) p.file = name;
  if (index && d.name === 'include' && !d.lua) p.includes = (d.includes ?? []).map((t) => index.get(t)!).filter((k) => k !== undefined);
  if (d.block) p.block = statements(d.block.children, e);
  if (options.positions) Object.assign(p, { column: d.nameToken.column, span: [d.start, d.end] });
  return p;
}

/** crossplane's combine step: replace each `include` with the statements of the files it includes. */
export function combinePayload(payload: { status?: string; errors?: PayloadError[]; config: Partial<PayloadConfig>[] }): Payload {
  const configs = payload.config;
  const expand = (block: PayloadStatement[], chain: number[]): PayloadStatement[] => {
    const out: PayloadStatement[] = [];
    for (const stmt of block) {
      const s = { ...stmt };
      if (s.block) s.block = expand(s.block, chain);
      if (s.includes) {
        for (const k of s.includes) {
          if (chain.includes(k)) continue; // an include cycle: nginx would recurse forever
          appendAll(out, expand(configs[k]?.parsed ?? [], [...chain, k]));
        }
      } else {
        out.push(s);
      }
    }
    return out;
  };
  const combined: PayloadConfig = { file: configs[0]?.file ?? '', status: 'ok', errors: [], parsed: [] };
  for (const c of configs) {
    appendAll(combined.errors, c.errors ?? []);
    if (c.status === 'failed') combined.status = 'failed';
  }
  combined.parsed = expand(configs[0]?.parsed ?? [], [0]);
  return { status: (payload.status as Payload['status']) ?? 'ok', errors: payload.errors ?? [], config: [combined] };
}

function rel(path: string, base: string | undefined): string {
  if (!base || !nodePath.isAbsolute(path)) return path;
  const r = nodePath.relative(base, path);
  return r.startsWith('..') ? path : r;
}
