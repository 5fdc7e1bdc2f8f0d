// Internal redirects: the chain of locations a request goes through after the location search (rewrite, try_files,
// error_page, named locations, `internal;`), as nginx's phase engine takes it. What the config alone cannot say (files
// on disk, `$http_upgrade`, a URI not known) is taken both ways, and every way is one chain.
import type { Directive } from '../../parser/ast.js';
import { memoSlot, recall, remember, type ContextNode } from '../context.js';
import { effectiveList, effectiveValue } from '../effective.js';
import { entryOf, locationsOf, namedLocation, searchLocation, type LocationEntry } from './locations.js';
import { compilePcre, Pcre, PcreLimitError } from './pcre.js';
import { route } from './route.js';
import { argSubject, fromSubject } from './subject.js';
import type { Chain, ChainCondition, ChainEnd, ChainHop, ChainSet, CompiledRegex, Redirect, RouteRequest, RouteResult, StatusReason } from './types.js';
import {
  compileTemplate, concat, knownText, pathPart, unknownNames, usesVariable, valuePattern, type Computed, type TemplatePart,
} from './values.js';

/** nginx's NGX_HTTP_MAX_URI_CHANGES: the 11th internal redirect or URI change answers 500 (measured on 1.22.1). */
export const MAX_INTERNAL_REDIRECTS = 10;
/** Chains listed at most for one start; more are cut off (`truncated`). */
const MAX_CHAINS = 48;
/** Phase steps at most for one start, so that forks cannot multiply without bound. */
const MAX_STEPS = 1500;

/** `rewrite` flags that end the rewrite script. */
type RewriteFlag = 'last' | 'break' | 'redirect' | 'permanent' | null;

/** Captures of the last regex match: values per group ($0..$9), or 'unknown' after a match against an unknown URI. */
type Captures = Computed[] | 'unknown';

interface State {
  server: ContextNode;
  /** The URI as a byte subject; null when not known here. */
  uri: string | null;
  /** The query string; null when not known here, '' for none. */
  args: string | null;
  /** The request line's URI (`$request_uri`); null when not known here. */
  requestUri: string | null;
  /** r->internal: set by internal redirects and URI rewrites; `internal;` locations answer 404 without it. */
  internal: boolean;
  /** r->uri_changes: starts at 11, each redirect takes one, 0 is the cycle error. */
  changes: number;
  /** r->error_page: error_page was used (or passed over) once; recursive_error_pages clears it. */
  errorPage: boolean;
  /** What was assumed about the files a try_files checked, by directive and file names (the disk does not change). */
  files: ReadonlyMap<string, boolean>;
  /** `$http_upgrade` is non-empty (true), empty (false), or not decided yet (null). */
  upgrade: boolean | null;
  captures: Captures;
  named: ReadonlyMap<string, Computed>;
  vars: ReadonlyMap<string, Computed>;
  hops: ChainHop[];
  /** Redirects since the last hop. */
  via: Redirect[];
  /** Conditions since the last hop, newest first: a list the forks share, so adding one costs the same however many came before. */
  pending: Conditions;
  location: ContextNode | null;
  /** The block whose settings apply: the location, an `if` inside it that matched, or the server. */
  config: ContextNode;
  /** r->uri_changed: a rewrite without `break` changed the URI, so the location search runs again after the script. */
  uriChanged: boolean;
}

/** What nginx knows about the request a chain starts from. */
interface Start {
  uri: string | null;
  args: string | null;
  requestUri: string | null;
}

type Continue = (st: State, stopped: boolean) => void;

/** A state a script goes on with; `stop` when the script ends there (`last`, `break`). */
interface Outcome {
  st: State;
  stop: boolean;
}

const REDIRECT_CODES = new Set([301, 302, 303, 307, 308]);

function serverOf(ctx: ContextNode): ContextNode | null {
  let c: ContextNode | null = ctx;
  while (c && c.kind !== 'server') c = c.parent;
  return c;
}

/** The rewrite module's statements, which are all a block's rewrite script reads (every other directive leaves it as it is). */
const REWRITE_MODULE: ReadonlySet<string> = new Set(['break', 'return', 'set', 'rewrite', 'if']);
const SCRIPT = memoSlot<readonly Directive[]>();
const NO_SCRIPT: readonly Directive[] = Object.freeze([]);

/**
 * A block's rewrite script: its rewrite-module statements in order, listed once per block. A server's directives
 * include every one of its locations; walking them all for each request a chain sends back through the server's
 * rewrite phase made a server of n locations that redirect cost n² steps.
 */
function rewriteScript(ctx: ContextNode): readonly Directive[] {
  let script = recall(ctx, SCRIPT);
  if (script === undefined) {
    const found = ctx.directives.filter((d) => REWRITE_MODULE.has(d.name));
    script = remember(ctx, SCRIPT, found.length === 0 ? NO_SCRIPT : found);
  }
  return script;
}

/** The `if` blocks of a context by their directive, indexed on first use (a location of n `if`s is walked in n steps, not n²). */
const IFS = memoSlot<Map<Directive, ContextNode>>();

function ifContext(ctx: ContextNode, d: Directive): ContextNode | null {
  let index = recall(ctx, IFS);
  if (!index) {
    index = new Map();
    for (const c of ctx.children) if (c.kind === 'if' && c.directive && !index.has(c.directive)) index.set(c.directive, c);
    remember(ctx, IFS, index);
  }
  return index.get(d) ?? null;
}

/**
 * The captures after a match: every match sets $1.. anew (`rewrite ^ /x/$1` in a regex location gives `/x/`, measured
 * on nginx 1.22); named groups are variables and stay set until a later match sets them again.
 */
function capturesOf(st: State, m: readonly (string | undefined)[], regex: CompiledRegex): Pick<State, 'captures' | 'named'> {
  const named = new Map(st.named);
  if (regex instanceof Pcre) for (const [name, n] of regex.names) named.set(name.toLowerCase(), [{ text: m[n] ?? '' }]);
  return { captures: m.slice(0, 10).map((g) => [{ text: g ?? '' }]), named };
}

/** A regex match, or 'failed' where PCRE2 gives up (its match limit): nginx then answers 500. */
function execRegex(regex: CompiledRegex, subject: string): (string | undefined)[] | null | 'failed' {
  try {
    return regex.exec(subject);
  } catch (e) {
    if (e instanceof PcreLimitError) return 'failed';
    throw e;
  }
}

/** The location entry of a context in its server's location list. */

/** Walks nginx's phases for one start, collecting every chain. */
/** Conditions as a shared list, newest first. */
type Conditions = { readonly c: ChainCondition; readonly up: Conditions } | null;

/** The conditions of a list, oldest first. */
function conditionList(list: Conditions): ChainCondition[] {
  const out: ChainCondition[] = [];
  for (let x = list; x; x = x.up) out.push(x.c);
  return out.reverse();
}

class Resolver {
  readonly chains: Chain[] = [];
  truncated = false;
  private steps = 0;

  private spent(): boolean {
    if (this.chains.length >= MAX_CHAINS || ++this.steps > MAX_STEPS) {
      this.truncated = true;
      return true;
    }
    return false;
  }

  private finish(st: State, end: ChainEnd): void {
    if (this.chains.length >= MAX_CHAINS) {
      this.truncated = true;
      return;
    }
    const conditions = conditionList(st.pending);
    const all = [...st.hops.flatMap((h) => h.conditions), ...conditions];
    this.chains.push({
      hops: st.hops, via: st.via, conditions, end,
      ordinary: !all.some((c) => c.kind === 'upgrade' && c.upgrade),
    });
  }

  private cond(st: State, c: ChainCondition): State {
    return { ...st, pending: { c, up: st.pending } };
  }

  // ------------------------------------------------------------------------------------------------------------
  // Values

  /** The value of a variable, as far as it is known here. */
  private variable(st: State, name: string): Computed {
    const own = st.vars.get(name) ?? st.named.get(name);
    if (own) return own;
    switch (name) {
      case 'uri':
      case 'document_uri':
        return st.uri === null ? [{ unknown: name }] : [{ text: st.uri }];
      case 'args':
      case 'query_string':
        return st.args === null ? [{ unknown: name }] : [{ text: st.args }];
      case 'is_args':
        return st.args === null ? [{ query: true }] : [{ text: st.args ? '?' : '' }];
      case 'request_uri':
        return st.requestUri === null ? [{ unknown: name }] : [{ text: st.requestUri }];
      case 'http_upgrade':
        return st.upgrade === false ? [] : [{ unknown: name, nonEmpty: true }];
      default:
        if (name.startsWith('arg_') && st.args !== null) {
          for (const kv of st.args.split('&')) {
            const eq = kv.indexOf('=');
            if ((eq === -1 ? kv : kv.slice(0, eq)).toLowerCase() === name.slice(4)) return [{ text: eq === -1 ? '' : kv.slice(eq + 1) }];
          }
          return [];
        }
        return [{ unknown: name }];
    }
  }

  private expand(st: State, parts: readonly TemplatePart[]): Computed {
    return concat(...parts.map((p): Computed => {
      if ('text' in p) return [{ text: p.text }];
      if ('variable' in p) return this.variable(st, p.variable);
      if (st.captures === 'unknown') return [{ unknown: String(p.capture) }];
      return st.captures[p.capture] ?? [];
    }));
  }

  /**
   * Runs `next` once per value `$http_upgrade` can have when the templates read it and it is not decided yet: empty
   * (an ordinary request: EventSource and fetch never send Upgrade) and non-empty (a WebSocket handshake).
   */
  private withUpgrade(st: State, templates: readonly (readonly TemplatePart[])[], d: Directive, next: (st: State) => void): void {
    if (st.upgrade !== null || !templates.some((t) => usesVariable(t, 'http_upgrade'))) {
      next(st);
      return;
    }
    next(this.cond({ ...st, upgrade: false }, { kind: 'upgrade', upgrade: false, directive: d }));
    next(this.cond({ ...st, upgrade: true }, { kind: 'upgrade', upgrade: true, directive: d }));
  }

  private template(d: Directive, i: number): TemplatePart[] {
    const a = d.args[i];
    return a ? compileTemplate(argSubject(a.value, d.file)) : [];
  }

  // ------------------------------------------------------------------------------------------------------------
  // Phases

  /** ngx_http_handler for a new or internally redirected request: the server's rewrite script, then the search. */
  serverPhase(st: State): void {
    if (this.spent()) return;
    this.script(st.server, rewriteScript(st.server), 0, { ...st, location: null, config: st.server }, (s) => this.findConfig(s));
  }

  /** The location search (find_config phase), then the location's rewrite script. */
  private findConfig(st: State): void {
    if (this.spent()) return;
    const last = st.via[st.via.length - 1];
    if (st.uri === null) {
      if (last) this.finish(st, { kind: 'unknown', directive: last.directive, variables: ['uri'] });
      return;
    }
    const found = searchLocation(st.server, st.uri, []);
    if (found.failure) {
      // The search failed before a location was chosen: the server's settings (its error_page) apply to the 500.
      this.status({ ...st, location: null, config: st.server }, 500, 'regex-failure', null);
      return;
    }
    const node = found.location?.node ?? null;
    const hop: ChainHop = { via: st.via, location: node, uri: fromSubject(st.uri), match: found.how, conditions: conditionList(st.pending) };
    let s: State = { ...st, hops: [...st.hops, hop], via: [], pending: null, location: node, config: node ?? st.server, uriChanged: false };
    if (found.how === 'auto-redirect') {
      this.status(s, 301, 'auto-redirect', null);
      return;
    }
    if (!node) {
      // No location: the server's own settings; the location rewrite phase is skipped for this "null location".
      this.tryFiles(s);
      return;
    }
    if (!s.internal && node.directives.some((d) => d.name === 'internal')) {
      this.status(s, 404, 'internal', node.directives.find((d) => d.name === 'internal') ?? null);
      return;
    }
    // A regex location's captures are $1.. from here on (the innermost regex location on the way).
    for (let e: LocationEntry | null = found.location; e; e = e.parent) {
      if (!e.regex) continue;
      const m = execRegex(e.regex, st.uri);
      if (m && m !== 'failed') s = { ...s, ...capturesOf(s, m, e.regex) };
      break;
    }
    this.locationPhase(s);
  }

  /** The location's rewrite script, then post_rewrite (search again after a URI change) or try_files. */
  locationPhase(st: State): void {
    if (this.spent()) return;
    const loc = st.location!;
    this.script(loc, rewriteScript(loc), 0, { ...st, config: loc }, (s) => {
      if (!s.uriChanged) {
        this.tryFiles(s);
        return;
      }
      const rewrite = s.via[s.via.length - 1]!;
      if (s.changes - 1 === 0) {
        this.finish(s, { kind: 'status', code: 500, reason: 'cycle', directive: rewrite.directive });
        return;
      }
      this.findConfig({ ...s, changes: s.changes - 1 });
    });
  }

  /**
   * Runs rewrite-module directives in order (ngx_http_rewrite_handler): `rewrite`, `return`, `set`, `break` and
   * `if`, whose block is evaluated in place and whose settings apply when its condition holds. Only forks recurse.
   */
  private script(ctx: ContextNode, dirs: readonly Directive[], i: number, st: State, done: Continue): void {
    if (this.spent()) return;
    for (; i < dirs.length; i++) {
      const outs = this.directive(ctx, dirs[i]!, st);
      if (outs.length === 1 && !outs[0]!.stop) {
        st = outs[0]!.st;
        continue;
      }
      for (const o of outs) {
        if (o.stop) done(o.st, true);
        else this.script(ctx, dirs, i + 1, o.st, done);
      }
      return;
    }
    done(st, false);
  }

  /** One rewrite-module directive: the states the script goes on with (`stop`: the script ends here). */
  private directive(ctx: ContextNode, d: Directive, st: State): Outcome[] {
    const outs: Outcome[] = [];
    switch (d.name) {
      case 'break':
        // ngx_http_script_break_code: a URI changed before stays in this location.
        return [{ st: this.stay(st), stop: true }];
      case 'return':
        this.doReturn(st, d);
        return [];
      case 'set': {
        const name = /^\$([A-Za-z0-9_]+)$/.exec(d.args[0]?.value ?? '')?.[1]?.toLowerCase();
        if (!name) return [{ st, stop: false }];
        const parts = this.template(d, 1);
        this.withUpgrade(st, [parts], d, (s) => outs.push({ st: { ...s, vars: new Map(s.vars).set(name, this.expand(s, parts)) }, stop: false }));
        return outs;
      }
      case 'rewrite':
        this.rewrite(st, d, outs);
        return outs;
      case 'if': {
        const inner = ifContext(ctx, d);
        if (!inner) return [{ st, stop: false }];
        this.condition(st, d, (s, holds) => {
          if (!holds) outs.push({ st: s, stop: false });
          else this.script(inner, rewriteScript(inner), 0, { ...s, config: inner }, (s2, stopped) => outs.push({ st: s2, stop: stopped }));
        });
        return outs;
      }
      default:
        return [{ st, stop: false }];
    }
  }

  /** A URI change that does not start a new location search: the rewrites since the last hop moved nothing. */
  private stay(st: State): State {
    if (!st.uriChanged) return st;
    let n = st.via.length;
    while (n > 0 && st.via[n - 1]!.kind === 'rewrite') n--;
    return { ...st, via: st.via.slice(0, n), uriChanged: false };
  }

  /** ngx_http_script_return_code: a status, a text or a redirect; error_page applies to bare error codes and redirects. */
  private doReturn(st: State, d: Directive): void {
    const first = d.args[0]?.value ?? '';
    const code = /^\d{3}$/.test(first) ? Number(first) : null;
    const hasText = code === null || d.args.length > 1;
    if (code !== null && (REDIRECT_CODES.has(code) || (code >= 400 && !hasText && code !== 444 && code !== 499))) {
      this.status(st, code, null, d);
      return;
    }
    this.finish(st, { kind: 'return', directive: d, code: code ?? 302 });
  }

  /** `rewrite regex replacement [flag]` (ngx_http_rewrite, ngx_http_script_regex_end_code). */
  private rewrite(st: State, d: Directive, outs: Outcome[]): void {
    const flagText = d.args[2]?.value;
    const flag: RewriteFlag = flagText === 'last' || flagText === 'break' || flagText === 'redirect' || flagText === 'permanent' ? flagText : null;
    const replacementRaw = d.args[1]?.value ?? '';
    const { regex } = compilePcre(argSubject(d.args[0]?.value ?? '', d.file), false);
    const apply = (s: State): void => {
      if (/^(https?:\/\/|\$scheme)/.test(replacementRaw) || flag === 'redirect' || flag === 'permanent') {
        this.finish(s, { kind: 'redirect', directive: d, code: flag === 'permanent' ? 301 : 302 });
        return;
      }
      const parts = this.template(d, 1);
      this.withUpgrade(s, [parts], d, (s2) => {
        const path = pathPart(this.expand(s2, parts));
        const text = knownText(path);
        // In the server's script (no location yet) the search runs anyway; in a location, `break` stays there.
        const inServer = s2.location === null;
        const redirect: Redirect = { kind: 'rewrite', directive: d, from: s2.config, afterResponse: false };
        const next: State = { ...s2, uri: text, internal: true, via: [...s2.via, redirect], uriChanged: true };
        if (flag === 'break' && !inServer) {
          outs.push({ st: this.stay(next), stop: true });
          return;
        }
        if (text === null) {
          this.finish(next, { kind: 'unknown', directive: d, variables: unknownNames(path) });
          return;
        }
        outs.push({ st: next, stop: flag !== null });
      });
    };
    if (st.uri !== null && regex) {
      const m = execRegex(regex, st.uri);
      if (m === 'failed') this.status(st, 500, 'regex-failure', d);
      else if (!m) outs.push({ st, stop: false });
      else apply({ ...st, ...capturesOf(st, m, regex) });
      return;
    }
    // The URI is not known here, or the regex cannot be evaluated here: both ways.
    apply(this.cond({ ...st, captures: 'unknown' }, { kind: 'regex', matches: true, directive: d }));
    outs.push({ st: this.cond(st, { kind: 'regex', matches: false, directive: d }), stop: false });
  }

  /** ngx_http_rewrite_if_condition: `$var`, `$var = s`, `!=`, `~`, `~*`, `!~`, `!~*`, and file tests (never known here). */
  private condition(st: State, d: Directive, next: (st: State, holds: boolean) => void): void {
    const args = d.args.map((a) => argSubject(a.value, d.file));
    if (args.length > 0) {
      if (args[0] === '(') args.shift();
      else args[0] = args[0]!.replace(/^\(/, '');
      const lastIdx = args.length - 1;
      if (args[lastIdx] === ')') args.pop();
      else if (lastIdx >= 0) args[lastIdx] = args[lastIdx]!.replace(/\)$/, '');
    }
    const both = (s: State): void => {
      next(this.cond(s, { kind: 'if', holds: true, directive: d }), true);
      next(this.cond(s, { kind: 'if', holds: false, directive: d }), false);
    };
    const subjectParts = args[0]?.startsWith('$') ? compileTemplate(args[0]) : null;
    if (!subjectParts) {
      both(st);
      return;
    }
    const valueParts = args.length === 3 ? compileTemplate(args[2]!) : [];
    this.withUpgrade(st, [subjectParts, valueParts], d, (s) => {
      const subject = knownText(this.expand(s, subjectParts));
      if (args.length === 1) {
        if (subject === null) both(s);
        else next(s, subject !== '' && subject !== '0');
        return;
      }
      const op = args[1];
      if (op === '=' || op === '!=') {
        const value = knownText(this.expand(s, valueParts));
        if (subject === null || value === null) both(s);
        else next(s, (subject === value) === (op === '='));
        return;
      }
      if (op === '~' || op === '~*' || op === '!~' || op === '!~*') {
        const { regex } = compilePcre(args[2] ?? '', op.endsWith('*'));
        if (subject === null || !regex) {
          both(s);
          return;
        }
        const m = execRegex(regex, subject);
        if (m === 'failed') this.status(s, 500, 'regex-failure', d);
        else if (m && !op.startsWith('!')) next({ ...s, ...capturesOf(s, m, regex) }, true);
        else next(s, (m === null) === op.startsWith('!'));
        return;
      }
      both(s);
    });
  }

  /**
   * The rest of the request in one block: access checks and the content handler may answer with a status that
   * error_page sends on (each such status taken as a possibility), then ngx_http_core_try_files_phase in the
   * location itself (an `if` that matched has no try_files), then the content handler.
   */
  private tryFiles(st: State): void {
    if (this.spent()) return;
    const own = st.location ?? st.server;
    const d = st.config === own ? own.directives.find((x) => x.name === 'try_files' && x.args.length >= 2) : undefined;
    if (!d) {
      this.served(st);
      this.errorPages(st);
      return;
    }
    // The disk does not change during a request: the same files checked again give the same answer.
    const files = d.args.slice(0, -1).map((_, i) => knownText(this.expand(st, this.template(d, i))));
    const key = files.every((f) => f !== null) ? `${d.file.path}:${d.start}\0${files.join('\0')}` : null;
    const known = key === null ? undefined : st.files.get(key);
    const remember = (s: State, exists: boolean): State => (key === null ? s : { ...s, files: new Map(s.files).set(key, exists) });
    if (known !== true) {
      const fallback = remember(this.cond(st, { kind: 'file', exists: false, directive: d }), false);
      const lastArg = d.args.at(-1)!;
      const codeArg = /^=(\d+)$/.exec(lastArg.value);
      if (codeArg) {
        this.status(fallback, Number(codeArg[1]), 'try_files', d);
      } else {
        const parts = this.template(d, d.args.length - 1);
        this.withUpgrade(fallback, [parts], d, (s) => this.redirectTo(s, this.expand(s, parts), { kind: 'try_files', directive: d, from: s.config, afterResponse: false }));
      }
    }
    if (known !== false) {
      // A file that try_files names exists: served from here under that name (a directory name keeps its `/`).
      const found = files.length === 1 ? files[0]! : null;
      this.served({ ...remember(this.cond(st, { kind: 'file', exists: true, directive: d }), true), uri: found });
    }
    this.errorPages(st);
  }

  /** The content handler of the block whose settings apply runs. */
  private served(st: State): void {
    this.finish(st, { kind: 'served', context: st.config, uri: st.uri === null ? null : fromSubject(st.uri) });
  }

  /**
   * error_page for a status not known here (an access check such as auth_request, or the content handler: a
   * static file's 404, a backend's 502): one way per error_page line in effect, the first time only.
   */
  private errorPages(st: State): void {
    if (st.errorPage) return;
    const pages = effectiveList(st.config, 'error_page', null).entries;
    if (pages.length === 0) return;
    const s: State = { ...st, errorPage: !this.recursive(st.config) };
    for (const e of pages) {
      const codes = e.directive.args.map((a) => a.value).filter((v) => /^\d{3}$/.test(v)).map(Number);
      if (codes.length === 0) continue;
      this.errorPage(this.cond(s, { kind: 'status', codes, directive: e.directive }), e.directive, true);
    }
  }

  private recursive(ctx: ContextNode): boolean {
    return effectiveValue(ctx, 'recursive_error_pages', null).value === 'on';
  }

  /**
   * A status nginx finalizes the request with (ngx_http_special_response_handler): the first time, error_page of
   * the block whose settings apply may redirect it; otherwise it is the answer.
   */
  private status(st: State, code: number, reason: StatusReason | null, d: Directive | null): void {
    const end: ChainEnd = reason === null ? { kind: 'return', directive: d!, code } : { kind: 'status', code, reason, directive: d };
    if (st.errorPage) {
      this.finish(st, end);
      return;
    }
    const pages = effectiveList(st.config, 'error_page', null).entries;
    if (pages.length === 0) {
      this.finish(st, end);
      return;
    }
    const s: State = { ...st, errorPage: !this.recursive(st.config) };
    const page = pages.find((e) => e.directive.args.some((a) => a.value === String(code)));
    if (page) this.errorPage(s, page.directive, false);
    else this.finish(s, end);
  }

  /** ngx_http_send_error_page: a URI is an internal redirect, `@name` a named location, anything else a 302. */
  private errorPage(st: State, d: Directive, afterResponse: boolean): void {
    const parts = this.template(d, d.args.length - 1);
    const overwrite = d.args.map((a) => /^=(\d{3})$/.exec(a.value)?.[1]).find((x) => x !== undefined);
    this.withUpgrade(st, [parts], d, (s) => {
      const value = this.expand(s, parts);
      const first = value[0];
      if (first && 'text' in first && (first.text.startsWith('/') || first.text.startsWith('@'))) {
        this.redirectTo(s, value, { kind: 'error_page', directive: d, from: s.config, afterResponse });
        return;
      }
      const code = overwrite && REDIRECT_CODES.has(Number(overwrite)) ? Number(overwrite) : 302;
      this.finish(s, { kind: 'redirect', directive: d, code });
    });
  }

  /** A target of try_files or error_page: `@name` is a named location (ngx_http_named_location), else an internal redirect. */
  private redirectTo(st: State, value: Computed, redirect: Redirect): void {
    if (this.spent()) return;
    const d = redirect.directive;
    const first = value[0];
    if (!first || !('text' in first)) {
      // Whether it names a location or a URI depends on a variable.
      this.finish(st, { kind: 'unknown', directive: d, variables: unknownNames(value) });
      return;
    }
    const s: State = { ...st, via: [...st.via, redirect] };
    if (s.changes - 1 === 0) {
      this.finish(s, { kind: 'status', code: 500, reason: 'cycle', directive: d });
      return;
    }
    const next: State = { ...s, changes: s.changes - 1 };
    if (first.text.startsWith('@')) {
      this.named(next, value, d);
      return;
    }
    const path = knownText(pathPart(value));
    if (path === null) {
      this.finish(next, { kind: 'unknown', directive: d, variables: unknownNames(pathPart(value)) });
      return;
    }
    const whole = knownText(value);
    const q = whole === null ? -1 : whole.indexOf('?');
    const args = whole === null ? null : q === -1 ? '' : whole.slice(q + 1);
    this.serverPhase({ ...next, uri: path, args, internal: true, uriChanged: false });
  }

  /** Jumps to a named location of the server (named locations are server-level only); missing: 500. */
  private named(st: State, value: Computed, d: Directive): void {
    const locations = locationsOf(st.server);
    const named = locations.named;
    const text = knownText(value);
    const jump = (s: State, e: LocationEntry): void => {
      const hop: ChainHop = { via: s.via, location: e.node, uri: s.uri === null ? null : fromSubject(s.uri), match: 'named', conditions: conditionList(s.pending) };
      this.locationPhase({ ...s, hops: [...s.hops, hop], via: [], pending: null, location: e.node, config: e.node, uriChanged: false });
    };
    if (text !== null) {
      const e = namedLocation(locations, text);
      if (e) jump(st, e);
      else this.status(st, 500, 'no-named-location', d);
      return;
    }
    const re = valuePattern(value);
    for (const e of named) {
      if (re.test(e.subject)) jump(this.cond(st, { kind: 'name', name: e.pattern, directive: d }), e);
    }
    this.status(this.cond(st, { kind: 'name', name: null, directive: d }), 500, 'no-named-location', d);
  }
}

function initial(server: ContextNode, start: Start): State {
  return {
    server, uri: start.uri, args: start.args, requestUri: start.requestUri, internal: false,
    changes: MAX_INTERNAL_REDIRECTS + 1, errorPage: false, files: new Map(), upgrade: null, captures: [], named: new Map(), vars: new Map(),
    hops: [], via: [], pending: null, location: null, config: server, uriChanged: false,
  };
}

/** Orders chains: ordinary requests first, then the order they were found in (the likelier branch of each fork first). */
function ordered(r: Resolver): ChainSet {
  const chains = [...r.chains.filter((c) => c.ordinary), ...r.chains.filter((c) => !c.ordinary)];
  return { chains, truncated: r.truncated };
}

/**
 * Every chain nginx can take for a request: the server's rewrite script, the location search, then each internal
 * redirect, until a content handler runs or nginx answers. Empty when the request gets no server or a 400.
 */
export function requestChains(result: RouteResult): ChainSet {
  if (!result.server || result.subject === null || result.badRequest) return { chains: [], truncated: false };
  const r = new Resolver();
  r.serverPhase(initial(result.server, { uri: result.subject, args: result.args ?? '', requestUri: result.request.uri }));
  return ordered(r);
}

/** Routes a request and follows its internal redirects. */
export function routeChains(contexts: Parameters<typeof route>[0], req: RouteRequest): { route: RouteResult; chains: ChainSet } {
  const result = route(contexts, req);
  return { route: result, chains: requestChains(result) };
}

/**
 * Every chain a request takes once the location search has picked `location` (a location of a server, nested
 * ones included): its rewrite script, try_files, error_page and what they lead to. The URI is not known (except
 * for an exact `=` location), so regexes on it are taken both ways.
 */
export function locationChains(location: ContextNode): ChainSet {
  const server = serverOf(location);
  if (!server || location.kind !== 'location') return { chains: [], truncated: false };
  const e = entryOf(server, location);
  const uri = e?.modifier === '=' ? e.subject : null;
  const r = new Resolver();
  const st = initial(server, { uri, args: null, requestUri: null });
  const hop: ChainHop = { via: [], location, uri: uri === null ? null : fromSubject(uri), match: null, conditions: [] };
  const captures: Captures = e?.regex ? 'unknown' : [];
  // Only internal requests reach an `internal;` location; an external one would have been answered 404.
  const internal = location.directives.some((d) => d.name === 'internal');
  r.locationPhase({ ...st, hops: [hop], location, config: location, captures, internal });
  return ordered(r);
}

/**
 * Whether locationChains(location) is the one ordinary chain that ends in the location's own content handler: the
 * location has no rewrite-module statement and no try_files, and no error_page is in effect there. Most locations of
 * a large config are such (a proxy_pass and its settings): this tells so without following the request.
 */
export function servedInPlace(location: ContextNode): boolean {
  if (location.kind !== 'location' || !serverOf(location)) return false;
  if (rewriteScript(location).length > 0) return false;
  const dirs = location.directives;
  for (let k = 0; k < dirs.length; k++) if (dirs[k]!.name === 'try_files') return false;
  return effectiveList(location, 'error_page', null).entries.length === 0;
}

/**
 * Every chain a request takes from its server's rewrite script on, for a URI given as a byte subject (null: not known
 * here). `internal` for nginx's own requests (the subrequests of auth_request, mirror, add_before_body), which reach
 * `internal;` locations; false for a client's request, whose URI the server's rewrites may change first.
 */
export function serverChains(server: ContextNode, uri: string | null, internal: boolean): ChainSet {
  const r = new Resolver();
  r.serverPhase({ ...initial(server, { uri, args: null, requestUri: null }), internal });
  return ordered(r);
}

/** The location (or null: the server) that a chain ends in when a content handler runs there. */
export function servingLocation(chain: Chain): ContextNode | null {
  if (chain.end.kind !== 'served') return null;
  let c: ContextNode | null = chain.end.context;
  while (c && c.kind !== 'location') c = c.kind === 'if' || c.kind === 'limit_except' ? c.parent : null;
  return c;
}
