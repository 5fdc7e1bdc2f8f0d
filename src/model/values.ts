// What nginx -t checks in the arguments of the directives sse-lint reads: how many there are, and whether flags,
// enumerations, times, sizes and numbers parse the way the directive's set handler (its ngx_command_t) parses them.
// Argument counts and the words of flags and enumerations come from the directive table (@nginx/reference-lib);
// which parser a slot uses is nginx source, and every spec here is checked against nginx -t (test/e2e/parity.test.ts).
import type { Directive } from '../parser/ast.js';
import type { Token } from '../parser/lexer.js';
import { editDistance } from '../util/edit-distance.js';
import { compareVersions, directiveInfo, valueKnownIn, type DirectiveContext, type NginxVersion } from './directives.js';
import { nginxNumber, nginxSize, nginxTime } from './queries/units.js';

/** How one argument is parsed. */
export type ArgKind =
  /** ngx_conf_set_flag_slot: `on` or `off`, any case. */
  | { kind: 'flag' }
  /** ngx_conf_set_enum_slot: one of the words of the documented syntax, any case. */
  | { kind: 'enum' }
  /** ngx_conf_set_bitmask_slot: each argument one of `values` (any case). */
  | { kind: 'bitmask'; values?: readonly string[] }
  /** ngx_parse_time: `sec` slots take years and months, milliseconds slots take `ms`. */
  | { kind: 'time'; sec: boolean }
  /** The time of `*_cache_valid` (ngx_http_file_cache_valid_set_slot): seconds, worded "invalid time value". */
  | { kind: 'cache-time' }
  /** A status code of `*_cache_valid`: `any` or 100 to 599. */
  | { kind: 'status' }
  /** ngx_parse_size (`k`, `m`); `variables` when a complex value may hold `$x` (never checked then). */
  | { kind: 'size'; variables?: boolean }
  /** ngx_atoi; `auto` also accepted when `auto`; 0 is rejected before `zeroSince` (accepted when the version is unknown). */
  | { kind: 'number'; auto?: boolean; zeroSince?: string; wording?: 'invalid-number' | 'directive-invalid-number' | 'invalid-value-in' | 'directive-invalid-value' }
  /** A trailing parameter compared with ngx_strcmp (`always`, `if_not_empty`, rewrite flags). */
  | { kind: 'parameter'; values: readonly string[] }
  /** Anything (names, header values, URLs, zones). */
  | { kind: 'any' };

/** How nginx parses each argument of a checked directive. */
export interface Spec {
  /** Kinds of the arguments by position; the last one repeats for open-ended directives. */
  args: readonly ArgKind[];
  /** A final argument of another kind (`proxy_cache_valid [code ...] time`). */
  last?: ArgKind;
}

const FLAG: Spec = { args: [{ kind: 'flag' }] };
const MSEC: Spec = { args: [{ kind: 'time', sec: false }] };
const SIZE: Spec = { args: [{ kind: 'size' }] };
const ANY: Spec = { args: [{ kind: 'any' }] };
const ENUM: Spec = { args: [{ kind: 'enum' }] };
const CACHE_VALID: Spec = { args: [{ kind: 'status' }], last: { kind: 'cache-time' } };
// ngx_http_upstream_ignore_headers_masks
const IGNORE_HEADERS = ['X-Accel-Redirect', 'X-Accel-Expires', 'X-Accel-Limit-Rate', 'X-Accel-Buffering', 'X-Accel-Charset', 'Expires', 'Cache-Control', 'Set-Cookie', 'Vary'];
const IGNORE: Spec = { args: [{ kind: 'bitmask', values: IGNORE_HEADERS }] };
const PARAM = (values: readonly string[]): Spec => ({ args: [{ kind: 'any' }, { kind: 'any' }, { kind: 'parameter', values }] });

const each = (names: readonly string[], spec: Spec): [string, Spec][] => names.map((n) => [n, spec]);
const family = (suffix: string, modules: readonly string[]): string[] => modules.map((m) => `${m}_${suffix}`);
const UPSTREAM = ['proxy', 'fastcgi', 'uwsgi', 'scgi'];
const UPSTREAM_GRPC = [...UPSTREAM, 'grpc'];

/**
 * The directives sse-lint reads (the rules and the model ask for their values), with how nginx parses each
 * argument. Directives of the stream and mail modules share some names; only the http ones are described here.
 */
const SPECS = new Map<string, Spec>([
  ...each([...family('buffering', UPSTREAM), ...family('request_buffering', UPSTREAM), 'chunked_transfer_encoding', 'gzip', 'gzip_vary', 'ssi', 'http2', 'lua_http10_buffering', 'ssl', ...family('cache_lock', UPSTREAM)], FLAG),
  ...each([...family('read_timeout', UPSTREAM_GRPC), ...family('send_timeout', UPSTREAM_GRPC), ...family('connect_timeout', UPSTREAM_GRPC), 'send_timeout'], MSEC),
  ['keepalive_timeout', { args: [{ kind: 'time', sec: false }, { kind: 'time', sec: true }] }],
  ['proxy_http_version', ENUM],
  ['add_header_inherit', ENUM],
  ['add_trailer_inherit', ENUM],
  ['gzip_proxied', { args: [{ kind: 'bitmask' }] }],
  ...each(family('ignore_headers', UPSTREAM_GRPC), IGNORE),
  ...each(family('cache_valid', UPSTREAM), CACHE_VALID),
  ...each(['limit_rate', 'limit_rate_after'], { args: [{ kind: 'size', variables: true }] }),
  ...each([...family('buffer_size', UPSTREAM_GRPC), ...family('busy_buffers_size', UPSTREAM), 'postpone_output'], SIZE),
  ...each(family('buffers', UPSTREAM), { args: [{ kind: 'number', wording: 'directive-invalid-value' }, { kind: 'size' }] }),
  ...each(family('max_temp_file_size', UPSTREAM), SIZE),
  ['keepalive_requests', { args: [{ kind: 'number', wording: 'directive-invalid-number' }] }],
  ['worker_connections', { args: [{ kind: 'number', wording: 'invalid-number' }] }],
  ['worker_rlimit_nofile', { args: [{ kind: 'number', wording: 'directive-invalid-number' }] }],
  ['worker_processes', { args: [{ kind: 'number', auto: true, wording: 'directive-invalid-value' }] }],
  // `keepalive 0` switches the 1.29.7 default off; older versions reject it.
  ['keepalive', { args: [{ kind: 'number', zeroSince: '1.29.7', wording: 'invalid-value-in' }, { kind: 'any' }] }],
  ...each(['add_header', 'add_trailer'], PARAM(['always'])),
  ...each(family('param', ['fastcgi', 'uwsgi', 'scgi']), PARAM(['if_not_empty'])),
  ['rewrite', PARAM(['last', 'break', 'redirect', 'permanent'])],
  // Argument counts only.
  ...each([
    'proxy_set_header', 'grpc_set_header', ...family('hide_header', UPSTREAM_GRPC), ...family('pass_header', UPSTREAM_GRPC),
    ...family('cache', UPSTREAM), ...family('cache_bypass', UPSTREAM), ...family('no_cache', UPSTREAM),
    ...family('pass', [...UPSTREAM_GRPC, 'memcached']), 'gzip_types', 'ssi_types', 'sub_filter', 'sub_filter_types',
    'add_before_body', 'add_after_body', 'addition_types', 'default_type', 'listen', 'server_name', 'return',
    'more_set_headers', 'more_clear_headers',
  ], ANY),
]);

/** Every directive whose arguments sse-lint checks, sorted. */
export function checkedDirectives(): string[] {
  return [...SPECS.keys()].sort();
}

/** How nginx parses the arguments of a checked directive, or undefined for one sse-lint does not check. */
export function argumentSpec(name: string): Spec | undefined {
  return SPECS.get(name);
}

/** The kind of argument `index` of `count` arguments. */
export function argKindAt(spec: Spec, index: number, count: number): ArgKind {
  return spec.last && index === count - 1 ? spec.last : spec.args[Math.min(index, spec.args.length - 1)]!;
}

/** A replacement for a rejected value and whether its meaning is certain (`no` means `off`) or a guess (`of`). */
export interface Suggestion {
  text: string;
  certain: boolean;
}

/** Why nginx -t rejects a directive's arguments. */
export type ArgProblem =
  /** `suggestion`: one value the arguments of a one-value directive spell together (`10 minutes` -> `10m`). */
  | { kind: 'arguments'; count: number; min: number; max: number; suggestion: Suggestion | null }
  | {
    kind: 'value';
    arg: ArgKind;
    /** Index of the rejected argument. */
    index: number;
    token: Token;
    /** The words nginx accepts there, when it is a list (flags, enumerations, parameters). */
    allowed: readonly string[];
    suggestion: Suggestion | null;
  };

/** A placeholder of a template engine (Jinja, Liquid, Go, lua-resty-template): the file is not nginx until rendered. */
export function isTemplated(text: string): boolean {
  return /\{\{|\}\}|\{%|%\}|\{\*|\*\}|@@/.test(text);
}

/** A variable (`$rate`, `${VAR}` as envsubst leaves it): its value is not known here. */
function hasVariable(text: string): boolean {
  return /\$(?:\w|\{)/.test(text);
}

/** The words of the directive's enumeration as the table documents it (`1.0 | 1.1 | 2`). */
export function enumWords(name: string): string[] {
  const shapes = directiveInfo(name)?.syntax ?? [];
  const words = new Set<string>();
  for (const line of shapes) {
    for (const w of line.replace(/\u2026/g, ' ').split(/[\s|]+/)) if (w && !w.startsWith('<') && !/[[\]]/.test(w)) words.add(w);
  }
  return [...words];
}

/**
 * The first problem nginx -t would report in a directive's arguments, or null. Only directives sse-lint reads are
 * checked (`checkedDirectives`), only in http and main contexts; a line with template placeholders is left alone, and
 * so is an argument that holds a variable (its value is not known here).
 */
export function checkArguments(d: Directive, where: DirectiveContext, version: NginxVersion | null): ArgProblem | null {
  const spec = SPECS.get(d.name);
  if (!spec) return null;
  const info = directiveInfo(d.name, where);
  if (!info || /^ngx_(stream|mail)_/.test(info.module)) return null;
  // Arguments are read in place; a token is made only for a rejected one.
  const count = d.argc;
  const counted = count >= info.args.min && count <= info.args.max;
  // Arguments of any text (names, header values, URLs) in the right number: nothing to reject, templated or not.
  if (counted && anythingGoes(spec)) return null;
  for (let i = 0; i < count; i++) if (isTemplated(d.argRaw(i)!)) return null;
  if (!counted) {
    const suggestion = count > info.args.max && info.args.max === 1 ? joinedSuggestion(d, argKindAt(spec, 0, 1)) : null;
    return { kind: 'arguments', count, min: info.args.min, max: info.args.max, suggestion };
  }
  for (let i = 0; i < count; i++) {
    const arg = argKindAt(spec, i, count);
    // checkValue accepts any text (and is not asked, so the argument is not read).
    if (arg.kind === 'any') continue;
    const problem = checkValue(d, i, arg, version);
    if (problem) return problem;
  }
  return null;
}

/** Whether every argument of a spec is of kind `any` (only their number is checked). */
function anythingGoes(spec: Spec): boolean {
  if (spec.last !== undefined && spec.last.kind !== 'any') return false;
  for (let i = 0; i < spec.args.length; i++) if (spec.args[i]!.kind !== 'any') return false;
  return true;
}

/** A rejected argument (its token is made here, for the finding). */
function rejected(d: Directive, index: number, arg: ArgKind, allowed: readonly string[], suggestion: Suggestion | null): ArgProblem {
  return { kind: 'value', arg, index, token: d.args[index]!, allowed, suggestion };
}

/** The words of an enumeration the target version knows, made once per directive and version (shared: never changed). */
function knownEnumWords(name: string, version: NginxVersion | null): readonly string[] {
  let byName = enumsByVersion.get(version);
  if (!byName) {
    if (enumsByVersion.size > 16) enumsByVersion.clear();
    enumsByVersion.set(version, (byName = new Map()));
  }
  let words = byName.get(name);
  if (!words) byName.set(name, (words = Object.freeze(enumWords(name).filter((w) => valueKnownIn(name, w, version ?? undefined)))));
  return words;
}

const enumsByVersion = new Map<NginxVersion | null, Map<string, readonly string[]>>();

function checkValue(d: Directive, index: number, arg: ArgKind, version: NginxVersion | null): ArgProblem | null {
  if (hasVariable(d.argRaw(index)!)) return null;
  const v = d.arg(index)!;
  switch (arg.kind) {
    case 'any':
      return null;
    case 'flag': {
      const lower = v.toLowerCase();
      return lower === 'on' || lower === 'off' ? null : rejected(d, index, arg, ['on', 'off'], flagSuggestion(v));
    }
    case 'enum': {
      const words = knownEnumWords(d.name, version);
      if (words.some((w) => w.toLowerCase() === v.toLowerCase())) return null;
      return rejected(d, index, arg, words, d.name === 'proxy_http_version' ? httpVersionSuggestion(v, words, version) : closest(v, words, true));
    }
    case 'bitmask': {
      const words = arg.values ?? enumWords(d.name);
      if (words.some((w) => w.toLowerCase() === v.toLowerCase())) return null;
      return rejected(d, index, arg, words, closest(v, words, true));
    }
    case 'parameter':
      // ngx_strcmp: case matters.
      return arg.values.includes(v) ? null : rejected(d, index, arg, arg.values, closest(v, arg.values, false));
    case 'time':
      return nginxTime(v, arg.sec) !== null ? null : rejected(d, index, arg, [], timeSuggestion(v, arg.sec));
    case 'cache-time':
      return nginxTime(v, true) !== null ? null : rejected(d, index, arg, [], timeSuggestion(v, true));
    case 'status': {
      if (v === 'any') return null;
      const n = nginxNumber(v);
      return n !== null && n >= 100n && n <= 599n ? null : rejected(d, index, arg, [], null);
    }
    case 'size':
      return nginxSize(v) !== null ? null : rejected(d, index, arg, [], sizeSuggestion(v));
    case 'number': {
      if (arg.auto && v === 'auto') return null;
      const n = nginxNumber(v);
      const zeroRejected = arg.zeroSince !== undefined && version !== null && compareVersions(version, arg.zeroSince) < 0;
      if (n !== null && !(n === 0n && zeroRejected)) return null;
      return rejected(d, index, arg, arg.auto ? ['auto'] : [], arg.auto && v.toLowerCase() === 'auto' ? { text: 'auto', certain: true } : null);
    }
  }
}

/**
 * The one time or size a one-value directive's arguments spell together: `1h 30m` and `10 m` written without the space,
 * `10 minutes` -> `10m`, `4 KB` -> `4k`.
 */
function joinedSuggestion(d: Directive, arg: ArgKind): Suggestion | null {
  if (d.args.some((a) => hasVariable(a.raw))) return null;
  const spaced = d.args.map((a) => a.value).join(' ');
  const tight = d.args.map((a) => a.value).join('');
  switch (arg.kind) {
    case 'time':
      return nginxTime(tight, arg.sec) !== null ? { text: tight, certain: true } : timeSuggestion(spaced, arg.sec);
    case 'size':
      return nginxSize(tight) !== null ? { text: tight, certain: true } : sizeSuggestion(spaced);
    default:
      return null;
  }
}

// Did you mean: words people write for on and off, unit spellings, and the nearest allowed word.

const OFF_WORDS = new Set(['no', 'false', '0', 'disable', 'disabled', 'none', 'n']);
const ON_WORDS = new Set(['yes', 'true', '1', 'enable', 'enabled', 'y']);

/**
 * What a flag's value means to the person who wrote it: `on` or `off` in any case, the words people write for them
 * (`no`, `false`, `0` mean off), or null. nginx -t takes only the first two.
 */
export function intendedFlag(v: string): 'on' | 'off' | null {
  const lower = v.toLowerCase();
  if (lower === 'on' || ON_WORDS.has(lower)) return 'on';
  if (lower === 'off' || OFF_WORDS.has(lower)) return 'off';
  return null;
}

function flagSuggestion(v: string): Suggestion | null {
  const lower = v.toLowerCase();
  if (OFF_WORDS.has(lower)) return { text: 'off', certain: true };
  if (ON_WORDS.has(lower)) return { text: 'on', certain: true };
  return closest(v, ['on', 'off'], true);
}

/**
 * `proxy_http_version`: `HTTP/1.1` or `1,1` mean 1.1; `2.0` means 2 only for a target known to have it (1.29.4+), else
 * the suggestion is 1.1, the version event streams need.
 */
function httpVersionSuggestion(v: string, words: readonly string[], version: NginxVersion | null): Suggestion | null {
  const digitsOnly = v.replace(/^http\//i, '').replace(',', '.');
  if (words.includes(digitsOnly)) return { text: digitsOnly, certain: true };
  if (/^2(\.0)?$/.test(digitsOnly) && words.includes('2') && version !== null) return { text: '2', certain: true };
  if (/^1(\.0+)?$/.test(digitsOnly)) return { text: '1.0', certain: false };
  return words.includes('1.1') ? { text: '1.1', certain: false } : null;
}

/** The allowed word nearest to v (one edit for short words, two from eight characters), if there is one. */
function closest(v: string, words: readonly string[], ignoreCase: boolean): Suggestion | null {
  const norm = (s: string): string => (ignoreCase ? s.toLowerCase() : s);
  const limit = v.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const w of words) {
    if (w.toLowerCase() === v.toLowerCase()) return { text: w, certain: true };
    const dist = editDistance(norm(v), norm(w));
    if (dist <= limit && dist < bestDistance) {
      best = w;
      bestDistance = dist;
    }
  }
  return best === null ? null : { text: best, certain: false };
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fortyfive: 45, fifty: 50, sixty: 60, ninety: 90, hundred: 100,
};

const TIME_UNITS: [RegExp, string][] = [
  [/^(ms|msec|msecs|millis|millisecond|milliseconds)$/, 'ms'],
  [/^(s|sec|secs|second|seconds)$/, 's'],
  [/^(m|min|mins|minute|minutes)$/, 'm'],
  [/^(h|hr|hrs|hour|hours)$/, 'h'],
  [/^(d|day|days)$/, 'd'],
  [/^(w|wk|wks|week|weeks)$/, 'w'],
];

/** `5 sec`, `10 minutes`, `tenminutes`, `2H` -> `5s`, `10m`, `10m`, `2h` when that is a valid time for the slot. */
function timeSuggestion(v: string, sec: boolean): Suggestion | null {
  const lower = v.trim().toLowerCase();
  let n: string | undefined;
  let rest = '';
  const digitsAt = /^\d+/.exec(lower);
  if (digitsAt) {
    n = digitsAt[0];
    rest = lower.slice(n.length);
  } else {
    const word = Object.keys(NUMBER_WORDS).filter((w) => lower.startsWith(w)).sort((a, b) => b.length - a.length)[0];
    if (word) {
      n = String(NUMBER_WORDS[word]);
      rest = lower.slice(word.length);
    }
  }
  if (n === undefined) return null;
  const unitWord = rest.replace(/^[\s-]+/, '').trim();
  const unit = TIME_UNITS.find(([re]) => re.test(unitWord))?.[1];
  if (!unit) {
    // `5x`: a number with one letter nginx has no unit for is as near to every unit; a number without a unit is
    // seconds to nginx, so seconds is the guess (not certain: the fix is unsafe).
    const text = `${n}s`;
    return digitsAt && /^[a-z]$/.test(unitWord) && nginxTime(text, sec) !== null ? { text, certain: false } : null;
  }
  const text = `${n}${unit}`;
  return nginxTime(text, sec) !== null && text !== v ? { text, certain: true } : null;
}

/** `4kb`, `1 MB`, `8KiB` -> `4k`, `1m`, `8k`; a gigabyte (only k and m are allowed) -> megabytes. */
function sizeSuggestion(v: string): Suggestion | null {
  const m = /^\s*(\d+)\s*([kmg])(?:i?b)?\s*$/i.exec(v) ?? /^\s*(\d+)\s*(b|bytes?)\s*$/i.exec(v);
  if (!m) return null;
  let unit = m[2]!.toLowerCase();
  let n = BigInt(m[1]!);
  if (unit.startsWith('b')) unit = '';
  if (unit === 'g') {
    n *= 1024n;
    unit = 'm';
  }
  const text = `${n}${unit}`;
  return nginxSize(text) !== null && text !== v ? { text, certain: true } : null;
}

/** The closest known directive to an unknown name, for "did you mean": same name in other case, or one or two edits away. */
export function suggestDirective(name: string, candidates: readonly string[]): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) return null;
  const lower = name.toLowerCase();
  const limit = lower.length >= 10 ? 2 : lower.length >= 4 ? 1 : 0;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === lower) return c;
    if (Math.abs(c.length - lower.length) > limit) continue;
    const dist = editDistance(lower, c);
    if (dist <= limit && (dist < bestDistance || (dist === bestDistance && best !== null && SPECS.has(c) && !SPECS.has(best)))) {
      best = c;
      bestDistance = dist;
    }
  }
  return best;
}
