// Checks that mirror what `nginx -t` rejects or warns about, in nginx's own words: wrong context, duplicates, block
// shape, argument counts and values of the directives sse-lint reads, unknown directives, duplicate locations and
// conflicting server names. Each finding that has an obvious correction carries it as a fix.
import type { Directive } from '../parser/ast.js';
import type { Token } from '../parser/lexer.js';
import { makeSpan } from '../parser/source.js';
import type { ContextNode } from '../model/context.js';
import { allowedIn, allowsDuplicates, contextAfter, directiveInfo, knownDirectiveNames, PATH_START, unknownDirective, type DirectiveContext, type DirectiveInfo, type NginxVersion, type PathState } from '../model/directives.js';
import type { ConfigModel } from '../model/model.js';
import { conflictingServerNames, duplicateLocations } from '../model/queries/duplicates.js';
import { checkArguments, checkedDirectives, suggestDirective, type ArgProblem } from '../model/values.js';
import * as fixer from '../fix/fixer.js';
import { directiveSpan } from './finding.js';
import { englishFindings, renderKey } from '../i18n/render.js';
import type { Finding, Fix, MessageData, Severity } from '../types.js';

/** The block names a context adds to the path nginx would be in: a guessed fragment root starts below `http`. */
function ownBlocks(c: ContextNode): readonly string[] {
  if (c.directive && !c.assumed) return [c.directive.name];
  if (c.kind === 'http') return HTTP;
  if (c.kind === 'server') return SERVER;
  if (c.kind === 'location') return LOCATION;
  return NO_BLOCKS;
}

const HTTP = ['http'];
const SERVER = ['http', 'server'];
const LOCATION = ['http', 'server', 'location'];
const NO_BLOCKS: string[] = [];

/** Where the walk down the block names is at a context: its ancestors' blocks, then its own. */
function pathStateOf(ctx: ContextNode): PathState {
  const up: ContextNode[] = [];
  for (let c: ContextNode | null = ctx; c; c = c.parent) up.push(c);
  let state = PATH_START;
  for (let k = up.length - 1; k >= 0; k--) state = stateAfter(state, up[k]!);
  return state;
}

/** The state inside a block, from the state around it. */
function stateAfter(state: PathState, c: ContextNode): PathState {
  if (c.directive && !c.assumed) return stateIn(state, c.directive.name);
  for (const block of ownBlocks(c)) state = contextAfter(state, block);
  return state;
}

/** States after entering a block, by the state around it and the block's name (PathStates are one object each). */
const transitions = new Map<PathState, Map<string, PathState>>();

/** contextAfter, remembered: every location of every server makes the same step. */
function stateIn(state: PathState, block: string): PathState {
  let byName = transitions.get(state);
  if (!byName) transitions.set(state, (byName = new Map()));
  let next = byName.get(block);
  if (next === undefined) {
    next = contextAfter(state, block);
    // Any text can be a block's name: the memo stays small.
    if (byName.size >= 1024) byName.clear();
    byName.set(block, next);
  }
  return next;
}

/** A PathState as directiveContextOf answers it: null for blocks that hold data or no table describes. */
function contextIn(state: PathState): DirectiveContext | null {
  const where = state.context;
  return where === 'other' || where === 'map' || where === 'geo' || where === 'types' || where === 'split_clients' || where === 'charset_map' || where === 'match' ? null : where;
}

/** The directive context nginx parses a block's directives in, or null for blocks that hold data or no table describes. */
export function directiveContextOf(ctx: ContextNode): DirectiveContext | null {
  return contextIn(pathStateOf(ctx));
}

/** What the checks need to know of a directive name in a context, looked up once per name and context. */
interface NameFacts {
  info: DirectiveInfo | undefined;
  allowed: boolean | undefined;
  duplicatesAllowed: boolean;
  /** Its arguments are checked (checkArguments reads it). */
  checked: boolean;
  /** One-argument lines of this name and context that checkArguments accepted, for one target version (see argumentProblem). */
  accepted: { version: NginxVersion | null; words: Set<string> } | null;
}

const factsByContext = new Map<DirectiveContext, Map<string, NameFacts>>();
let checkedNames: ReadonlySet<string> | null = null;

function factsOf(where: DirectiveContext, name: string): NameFacts {
  let byName = factsByContext.get(where);
  if (!byName) factsByContext.set(where, (byName = new Map()));
  let facts = byName.get(name);
  if (!facts) {
    checkedNames ??= new Set(checkedDirectives());
    facts = { info: directiveInfo(name, where), allowed: allowedIn(name, where), duplicatesAllowed: allowsDuplicates(name), checked: checkedNames.has(name), accepted: null };
    // Any text can be a directive name (a map block's keys): the memo stays small.
    if (byName.size >= 4096) byName.clear();
    byName.set(name, facts);
  }
  return facts;
}

/** How many accepted words are kept per name and context (any text can be an argument: the memo stays small). */
const ACCEPTED_WORDS = 256;

/** Characters that make an argument's value differ from its text: quotes and backslashes. */
const NOT_PLAIN = /["'\\]/;

/**
 * checkArguments, remembered for the usual line: the same directive with the same one plain word in the same context
 * (`proxy_buffering off;` in every location) has the same answer, so a word accepted once is not checked again. Its
 * answer depends on nothing else: the name, the context, the target version and the argument's text, which for a word
 * without quotes or backslashes is also its value.
 */
function argumentProblem(d: Directive, facts: NameFacts, where: DirectiveContext, version: NginxVersion | null): ArgProblem | null {
  if (d.argc !== 1) return checkArguments(d, where, version);
  const word = d.argRaw(0)!;
  if (NOT_PLAIN.test(word)) return checkArguments(d, where, version);
  let accepted = facts.accepted;
  if (accepted === null || accepted.version !== version) facts.accepted = accepted = { version, words: new Set() };
  if (accepted.words.has(word)) return null;
  const problem = checkArguments(d, where, version);
  if (problem === null && accepted.words.size < ACCEPTED_WORDS) accepted.words.add(word);
  return problem;
}

/** Directives whose checks are left to nginx modules sse-lint does not model. */
const SKIP = new Set(['include']);

/**
 * invalid-context (`"x" directive is not allowed here`), duplicate-directive (`"x" directive is duplicate`), the
 * block-shape errors nginx reports as syntax errors, invalid-arguments and invalid-value for the directives sse-lint
 * reads (src/model/values.ts), unknown-directive (a warning with a did-you-mean for a likely typo; with `strict`, an
 * error for every directive no known module defines), duplicate-location and duplicate-server-name. Other argument
 * counts are not checked: the documented syntax is stricter than nginx (`stub_status on` is accepted, the docs show
 * no argument).
 */
export function* syntaxFindings(model: ConfigModel, options: { strict?: boolean } = {}): Generator<Finding> {
  // A generator: the caller stops keeping findings past its limit, so a million duplicates never sit in memory.
  for (const l of model.contexts.limits) yield finding('parse-error', l.message, l.directive);
  // nginx stops at the first syntax error; a statement the parser had to repair says nothing about its arguments.
  const errorStarts = new Map<string, number[]>();
  const repaired = (d: Directive): boolean => {
    let starts = errorStarts.get(d.file.path);
    if (!starts) errorStarts.set(d.file.path, (starts = (model.tree.files.get(d.file.path)?.errors ?? []).map((e) => e.start).sort((a, b) => a - b)));
    // The first error at or after the statement's start, by binary search: inside the statement or not.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < d.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length && starts[lo]! <= d.end;
  };
  // The first line of each name seen in the block being checked, stamped with the block's number: one map for every
  // block, its entries reused (an entry of another block's number is not there).
  const seen = new Map<string, { block: number; d: Directive }>();
  const all = model.contexts.all;
  // The walk's path states, outermost first: blocks come depth first, so a block's parent is on this stack (a snippet
  // placed under another entry's http block is the exception, worked out from its ancestors).
  const open: { ctx: ContextNode; state: PathState }[] = [];
  for (let c = 0; c < all.length; c++) {
    const ctx = all[c]!;
    while (open.length > 0 && open[open.length - 1]!.ctx !== ctx.parent) open.pop();
    const around = ctx.parent === null ? PATH_START : open.length > 0 ? open[open.length - 1]!.state : pathStateOf(ctx.parent);
    const state = stateAfter(around, ctx);
    open.push({ ctx, state });
    const where = contextIn(state);
    if (!where) continue;
    // Any text can be a directive name (a map block's keys): the map is emptied between blocks once it is large.
    if (seen.size > 4096) seen.clear();
    const directives = ctx.directives;
    for (let k = 0; k < directives.length; k++) {
      const d = directives[k]!;
      if (SKIP.has(d.name) || !d.terminated) continue;
      const facts = factsOf(where, d.name);
      const info = facts.info;
      if (!info) {
        const f = unknownFinding(d, where, !!options.strict);
        if (f) yield f;
        continue;
      }
      const allowed = facts.allowed;
      // The top level of a lone snippet is only a guess: do not claim nginx rejects it there (unless the user named
      // the context with --context or a comment).
      const guessedRoot = ctx.assumed ? ctx.assumed.how === 'guessed' : ctx.directive === null && ctx.kind !== 'main';
      if (allowed === false && !guessedRoot) {
        // nginx's own words, and where (in the words of nginx's documentation: `if in location`).
        yield keyed('invalid-context', 'msg.syntax.notAllowed', { error: code(`"${d.name}" directive is not allowed here`), where: code(describe(where)) }, d);
        continue;
      }
      if (allowed === false) continue;
      const hasBlock = d.block !== null || d.lua !== null;
      if (info.block && !hasBlock) {
        yield finding('parse-error', `directive "${d.name}" has no opening "{"`, d);
        continue;
      }
      if (!info.block && hasBlock) {
        yield finding('parse-error', `directive "${d.name}" is not terminated by ";"`, d);
        continue;
      }
      // Only the directives sse-lint reads have their arguments checked (and only then is a repair looked for).
      const problem = !facts.checked || repaired(d) ? null : argumentProblem(d, facts, where, model.version);
      if (problem) yield argumentFinding(d, problem);
      if (!facts.duplicatesAllowed) {
        const entry = seen.get(d.name);
        const first = entry !== undefined && entry.block === c ? entry.d : undefined;
        if (first) {
          const f = keyed('duplicate-directive', 'msg.syntax.duplicate', { error: code(`"${d.name}" directive is duplicate`), line: first.nameToken.line }, d);
          const note = { directive: code(d.name) };
          f.related.push({ span: directiveSpan(first), message: renderKey(englishFindings, 'msg.related.firstHere', note), messageId: 'msg.related.firstHere', data: note });
          yield f;
        } else if (entry !== undefined) {
          entry.block = c;
          entry.d = d;
        } else {
          seen.set(d.name, { block: c, d });
        }
      }
    }
  }
  for (const dup of duplicateLocations(model)) {
    const f = keyed('duplicate-location', 'msg.syntax.duplicateLocation', { error: code(`duplicate location "${dup.path}"`) }, dup.location);
    f.related.push(relatedNote(dup.first, 'msg.related.firstLocation', { path: code(dup.path) }));
    yield f;
  }
  for (const c of conflictingServerNames(model)) {
    const data: MessageData = {
      error: code(`conflicting server name "${c.name}" on ${c.address}, ignored`),
      implicit: c.token ? null : { kind: 'message', key: 'msg.syntax.implicitName', data: {} },
    };
    const f = keyed('duplicate-server-name', 'msg.syntax.conflictingName', data, c.node, 'warning');
    if (c.token) f.span = tokenSpan(c.node, c.token);
    f.related.push(relatedNote(c.first, 'msg.related.nameTaken', { name: code(c.name) }));
    yield f;
  }
}

function describe(where: string): string {
  return where === 'if' ? 'if in location' : where === 'server-if' ? 'if in server' : where;
}

function finding(ruleId: string, message: string, d: Directive, severity: Severity = 'error'): Finding {
  return { ruleId, severity, message, span: directiveSpan(d), related: [] };
}

function tokenSpan(d: Directive, t: Token): Finding['span'] {
  return makeSpan(d.file, t.start, t.end);
}

function engineFix(titleId: string, data: MessageData, applicability: Fix['applicability'], edit: Fix['edits'][number]): Fix {
  return { title: renderKey(englishFindings, titleId, data), titleId, data, applicability, edits: [edit] };
}

/** A related note from a `msg.*` key. */
function relatedNote(d: Directive, messageId: string, data: MessageData): Finding['related'][number] {
  return { span: directiveSpan(d), message: renderKey(englishFindings, messageId, data), messageId, data };
}

const clause = (key: string, data: MessageData = {}): MessageData[string] => ({ kind: 'message', key, data });
/** `"on" or "off"`: nginx's words, quoted as nginx quotes them, joined per locale. */
const words = (list: readonly string[]): MessageData[string] => ({ kind: 'list', join: 'or', items: list.map((w) => code(`"${w}"`)) });

/** "it takes 2 or 3", "at least 1": how many arguments a directive takes. */
function takes(min: number, max: number): MessageData[string] {
  if (min === max) return clause('msg.syntax.takes.exactly', { min });
  if (max === Infinity) return clause('msg.syntax.takes.atLeast', { min });
  return clause(max === min + 1 ? 'msg.syntax.takes.either' : 'msg.syntax.takes.range', { min, max });
}

/**
 * invalid-arguments or invalid-value: nginx -t's own words (as `error`), then what nginx accepts there and the nearest
 * valid value, worded per locale.
 */
function argumentFinding(d: Directive, p: ArgProblem): Finding {
  if (p.kind === 'arguments') {
    const s = p.suggestion;
    const f = keyed('invalid-arguments', 'msg.syntax.arguments', {
      error: code(`invalid number of arguments in "${d.name}" directive`), takes: takes(p.min, p.max), count: p.count,
      suggestion: s ? clause('msg.syntax.didYouMean', { suggestion: code(s.text) }) : null,
    }, d);
    if (s) {
      const from = d.args.map((a) => a.raw).join(' ');
      f.fix = engineFix('msg.fix.replaceValue', { from: code(from), to: code(s.text) }, s.certain ? 'safe' : 'unsafe', fixer.replaceArgs(d, [s.text]));
    }
    return f;
  }
  const v = p.token.value;
  const name = `"${d.name}" directive`;
  let error: string;
  let expected: MessageData[string] = null;
  switch (p.arg.kind) {
    case 'flag':
      error = `invalid value "${v}" in ${name}, it must be "on" or "off"`;
      break;
    case 'enum': case 'bitmask':
      error = `invalid value "${v}" in ${name}`;
      if (p.allowed.length) expected = clause('msg.syntax.mustBe', { words: words(p.allowed) });
      break;
    case 'parameter':
      error = `invalid parameter "${v}" in ${name}`;
      expected = clause('msg.syntax.mustBe', { words: words(p.allowed) });
      break;
    case 'cache-time':
      error = `invalid time value "${v}" in ${name}`;
      expected = clause('msg.syntax.shape.sec');
      break;
    case 'status':
      error = `invalid status "${v}" in ${name}`;
      expected = clause('msg.syntax.shape.status');
      break;
    case 'time':
      error = `${name} invalid value "${v}"`;
      expected = clause(p.arg.sec ? 'msg.syntax.shape.sec' : 'msg.syntax.shape.time');
      break;
    case 'size':
      error = `${name} invalid value "${v}"`;
      expected = clause('msg.syntax.shape.size');
      break;
    case 'number': {
      const w = p.arg.wording ?? 'directive-invalid-value';
      error = w === 'invalid-number' ? `invalid number "${v}" in ${name}` : w === 'invalid-value-in' ? `invalid value "${v}" in ${name}`
        : w === 'directive-invalid-number' ? `${name} invalid number "${v}"` : `${name} invalid value "${v}"`;
      expected = p.allowed.length ? clause('msg.syntax.shape.numberOr', { words: words(p.allowed) }) : clause('msg.syntax.shape.number');
      break;
    }
    case 'any':
      error = `invalid value "${v}" in ${name}`;
      break;
  }
  const s = p.suggestion;
  const f = keyed('invalid-value', 'msg.syntax.value', { error: code(error), expected, suggestion: s ? clause('msg.syntax.didYouMean', { suggestion: code(s.text) }) : null }, d);
  f.span = tokenSpan(d, p.token);
  if (s) {
    f.fix = engineFix('msg.fix.replaceValue', { from: code(v), to: code(s.text) }, s.certain ? 'safe' : 'unsafe', fixer.replaceArg(d, p.index, s.text));
  }
  return f;
}

const candidateCache = new Map<string, string[]>();
let allNames: string[] | null = null;
const anywhereCache = new Map<string, string | null>();

/** The known directive (of any context) an unknown name is likely a typo of; remembered per name. */
function typoAnywhere(name: string): string | null {
  let hit = anywhereCache.get(name);
  if (hit === undefined) {
    hit = suggestDirective(name, (allNames ??= knownDirectiveNames()));
    // Hostile input can hold any number of distinct names: the memo stays small.
    if (anywhereCache.size > 4096) anywhereCache.clear();
    anywhereCache.set(name, hit);
  }
  return hit;
}

/** Known directive names nginx accepts in a context: what a misspelt name there is compared with. */
function candidatesFor(where: DirectiveContext): string[] {
  let list = candidateCache.get(where);
  if (!list) candidateCache.set(where, (list = knownDirectiveNames().filter((n) => allowedIn(n, where) !== false)));
  return list;
}

/** The known directive an unknown name is likely a typo of, in the context it is written in. */
export function likelyTypoOf(d: Directive, where: DirectiveContext): string | null {
  if (!unknownDirective(d.name)) return null;
  return suggestDirective(d.name, candidatesFor(where));
}

/**
 * unknown-directive: a name within a small edit distance of a known directive is a warning with the suggestion and
 * a fix that renames it; with `strict`, every name no known module (nor a known third-party family) defines is an
 * error. Other unknown names are taken to belong to a module sse-lint does not know.
 */
function unknownFinding(d: Directive, where: DirectiveContext, strict: boolean): Finding | null {
  if (!unknownDirective(d.name)) return null;
  const suggestion = likelyTypoOf(d, where);
  // A typo of a directive this block does not take (`proxy_bufering` inside `if`) is still a typo: said, but not renamed.
  const elsewhere = suggestion ? null : typoAnywhere(d.name);
  if (!suggestion && !elsewhere && !strict) return null;
  const error = `unknown directive "${d.name}"`;
  if (!suggestion && !elsewhere) return finding('unknown-directive', error, d, 'error');
  const meant = clause(suggestion ? 'msg.syntax.didYouMean' : 'msg.syntax.didYouMeanElsewhere', { suggestion: code((suggestion ?? elsewhere)!), where: code(describe(where)) });
  const f = keyed('unknown-directive', 'msg.syntax.value', { error: code(error), expected: null, suggestion: meant }, d, strict ? 'error' : 'warning');
  if (suggestion) f.fix = engineFix('msg.fix.renameDirective', { from: code(d.name), to: code(suggestion) }, 'unsafe', fixer.renameDirective(d, suggestion));
  return f;
}

/**
 * A line of a block that a directive `name` written into the block would stand beside: a likely typo of `name`, or
 * `name` itself with arguments nginx rejects. A fix that inserts `name` replaces that line instead, so the block ends
 * with one correct line rather than a broken one next to a new one.
 */
export function brokenLineFor(model: ConfigModel, block: ContextNode, name: string): Directive | null {
  const where = directiveContextOf(block);
  if (!where || !block.directive?.block) return null;
  for (const s of block.directive.block.children) {
    if (s.type !== 'directive' || !s.terminated) continue;
    if (s.name === name && checkArguments(s, where, model.version)) return s;
    if (s.name !== name && likelyTypoOf(s, where) === name) return s;
  }
  return null;
}

/** A finding whose message is a `msg.*` key with data (rendered in English here, in other locales by src/i18n). */
function keyed(ruleId: string, messageId: string, data: MessageData, d: Directive, severity: Severity = 'error'): Finding {
  return { ...finding(ruleId, renderKey(englishFindings, messageId, data), d, severity), messageId, data };
}

const code = (text: string): MessageData[string] => ({ kind: 'code', text });
