// Renders typed message data (src/types.ts MessageArg) in a locale: levels, origins, defaults, stream reasons, lists
// and nested messages. Templates come from a lookup, so the engine can render a rule's English from its meta.
import type { ChainConditionData, DefaultBasis, LevelRef, ListJoin, MessageArg, MessageData, NotStreamWhy, OriginData, RedirectRef, StreamConfidence, StreamWhy } from '../types.js';
import { EN_FINDINGS } from './en-findings.js';
import { CJK, fillTemplate } from './template.js';

/** The languages sse-lint speaks. */
export type Locale = 'en' | 'zh-CN';

/** The template of a catalog key in the locale being rendered, or undefined when there is none. */
export type TemplateLookup = (key: string) => string | undefined;

/** What rendering needs: the locale (for list grammar) and where templates come from. */
export interface Renderer {
  locale: Locale;
  lookup: TemplateLookup;
}

/** The English template of a shared finding key (`msg.*`). */
export function englishFindingsTemplate(key: string): string | undefined {
  return (EN_FINDINGS as Record<string, string>)[key];
}

/** Renders the shared English words (`msg.*`): the engine's own findings and notes. */
export const englishFindings: Renderer = { locale: 'en', lookup: englishFindingsTemplate };

/** Fills a template with message data rendered in the renderer's locale. A missing value throws. */
export function renderMessage(r: Renderer, template: string, data: MessageData = {}): string {
  const values: Record<string, string | number> = {};
  for (const k in data) {
    if (!Object.hasOwn(data, k)) continue;
    const v = data[k]!;
    values[k] = typeof v === 'number' ? v : renderArg(r, v);
  }
  return fillTemplate(template, values);
}

/** Renders a catalog key with its data. An unknown key throws (a programming error). */
export function renderKey(r: Renderer, key: string, data: MessageData = {}): string {
  const tpl = r.lookup(key);
  if (tpl === undefined) throw new Error(`no message "${key}" in ${r.locale}`);
  return renderMessage(r, tpl, data);
}

const code = (text: string): MessageArg => ({ kind: 'code', text });

/** One value of message data as text. */
export function renderArg(r: Renderer, arg: MessageArg): string {
  if (arg === null) return '';
  if (typeof arg === 'number') return String(arg);
  switch (arg.kind) {
    case 'code':
      return arg.text;
    case 'level':
      return renderLevel(r, arg.level);
    case 'origin':
      return renderOrigin(r, arg.origin);
    case 'default':
      return renderDefault(r, arg.basis);
    case 'stream':
      return renderStream(r, arg.reasons, arg.confidence, arg.brief);
    case 'list': {
      const items = arg.items.map((i) => renderArg(r, i));
      const list = joinList(r.locale, items, arg.join);
      return arg.more ? renderKey(r, 'msg.list.more', { list: code(list), more: arg.more }) : list;
    }
    case 'message':
      return renderKey(r, arg.key, arg.data);
  }
}

/** `location /sse`, or `this location /sse` for the level the message is about. */
export function renderLevel(r: Renderer, level: LevelRef): string {
  return level.self ? renderKey(r, 'msg.level.self', { name: code(level.name) }) : level.name;
}

/** "proxy_buffering on (nginx.conf:3) in server" or "nginx default; not set in this location /sse, server or http". */
export function renderOrigin(r: Renderer, o: OriginData): string {
  if (o.kind === 'directive') {
    const data: MessageData = { line: code(`${o.text} (${o.at})`), level: { kind: 'level', level: o.level } };
    return o.more ? renderKey(r, 'msg.origin.directiveMore', { ...data, more: o.more }) : renderKey(r, 'msg.origin.directive', data);
  }
  const dflt = renderDefault(r, o.basis);
  if (o.levels.length === 0) return dflt;
  const items: MessageArg[] = o.levels.map((level) => ({ kind: 'level', level }));
  if (o.omitted) items.splice(o.omittedAt ?? items.length, 0, { kind: 'message', key: 'msg.levels.omitted', data: { count: o.omitted } });
  const levels: MessageArg = { kind: 'list', join: 'or', items };
  return renderKey(r, 'msg.origin.default', { default: code(dflt), levels });
}

/** "nginx default", "nginx default before 1.29.7, for upstream{} blocks (version unknown; pass --nginx-version)", ... */
export function renderDefault(r: Renderer, b: DefaultBasis): string {
  switch (b.kind) {
    case 'nginx':
      return renderKey(r, 'msg.default.nginx');
    case 'module':
      return renderKey(r, 'msg.default.module', { module: code(b.module) });
    case 'standard-inheritance':
      return renderKey(r, 'msg.default.standardInheritance', { directive: code(b.directive), since: code(b.since) });
    case 'unknown-directive':
      return renderKey(r, 'msg.default.unknownDirective', { directive: code(b.directive) });
    case 'versioned': {
      let text = renderKey(r, b.when === 'before' ? 'msg.default.before' : 'msg.default.since', { version: code(b.version) });
      if (b.detail === 'upstream-blocks') text = renderKey(r, 'msg.default.withDetail', { default: code(text), detail: code(renderKey(r, 'msg.default.detail.upstreamBlocks')) });
      if (b.versionUnknown) text = renderKey(r, 'msg.default.versionUnknown', { default: code(text) });
      return text;
    }
  }
}

/** One reason a location is an event stream. */
export function renderStreamWhy(r: Renderer, w: StreamWhy): string {
  switch (w.kind) {
    case 'route':
      return renderKey(r, 'msg.stream.route', { spec: code(w.spec) });
    case 'comment':
      return renderKey(r, 'msg.stream.comment');
    case 'pattern':
      return renderKey(r, 'msg.stream.pattern', { pattern: code(w.pattern) });
    case 'api-path':
      return renderKey(r, 'msg.stream.apiPath', { path: code(w.path), endpoint: code(w.endpoint) });
    case 'path-word':
      return renderKey(r, 'msg.stream.pathWord', { path: code(w.path), word: code(w.word) });
    case 'content-type':
      return renderKey(r, 'msg.stream.contentType', { directive: code(w.directive) });
    case 'types-block':
      return renderKey(r, 'msg.stream.typesBlock');
    case 'accel-header':
      return renderKey(r, 'msg.stream.accelHeader', { directive: code(w.directive) });
    case 'buffering-off':
      return renderKey(r, 'msg.stream.bufferingOff', { directive: code(w.directive) });
    case 'suggests':
      return renderKey(r, 'msg.stream.suggests', { line: code(w.line) });
    case 'producer':
      return renderKey(r, 'msg.stream.producer', { directive: code(w.directive), what: code(w.what) });
    case 'upstream-name':
      return renderKey(r, 'msg.stream.upstreamName', { name: code(w.name), word: code(w.word) });
    case 'backend':
      return renderKey(r, 'msg.stream.backend', { location: code(w.location), at: code(w.at) });
    case 'all-proxies':
      return renderKey(r, 'msg.stream.allProxies');
    case 'preset':
      return renderKey(r, 'msg.stream.preset', { preset: code(w.preset) });
    case 'snippet':
      return renderKey(r, 'msg.stream.snippet');
    case 'route-via':
      return renderKey(r, 'msg.stream.routeVia', { spec: code(w.spec), to: code(w.to), via: code(renderVia(r, w.via)) });
    case 'redirect':
      return renderKey(r, 'msg.stream.redirect', { from: code(w.from), why: code(renderStream(r, w.fromWhy)), to: code(w.to), via: code(renderVia(r, w.via)) });
  }
}

/** The redirects on a way: "try_files at gw.conf:18, then rewrite at gw.conf:30". */
export function renderVia(r: Renderer, via: readonly RedirectRef[]): string {
  const items = via.map((v) => renderKey(r, 'msg.redirect.at', { directive: code(v.directive), at: code(v.at) }));
  return items.reduceRight((rest, first) => (rest === '' ? first : renderKey(r, 'msg.redirect.then', { first: code(first), rest: code(rest) })), '');
}

/** What a way through internal redirects depends on: "no file try_files names exists". */
export function renderCondition(r: Renderer, c: ChainConditionData): string {
  switch (c.kind) {
    case 'file':
      return renderKey(r, c.exists ? 'msg.chain.fileExists' : 'msg.chain.fileMissing', { directive: code(c.directive) });
    case 'upgrade':
      return renderKey(r, c.upgrade ? 'msg.chain.upgradeSet' : 'msg.chain.upgradeEmpty');
    case 'regex':
      return renderKey(r, c.matches ? 'msg.chain.regexMatches' : 'msg.chain.regexFails', { regex: code(c.regex) });
    case 'if':
      return renderKey(r, c.holds ? 'msg.chain.ifHolds' : 'msg.chain.ifFails', { condition: code(c.condition) });
    case 'status':
      return renderKey(r, 'msg.chain.status', { codes: { kind: 'list', join: 'or', items: c.codes } });
    case 'name':
      return c.name === null
        ? renderKey(r, 'msg.chain.noName', { directive: code(c.directive) })
        : renderKey(r, 'msg.chain.name', { directive: code(c.directive), name: code(c.name) });
  }
}

/**
 * Every reason a location is a stream, in one clause ("not a stream" when there is none); a guess says it is one and
 * how to confirm or deny it.
 */
export function renderStream(r: Renderer, reasons: readonly StreamWhy[], confidence?: StreamConfidence, brief = false): string {
  if (reasons.length === 0) return renderKey(r, 'msg.stream.none');
  const text = joinList(r.locale, reasons.map((w) => renderStreamWhy(r, w)), 'semicolon');
  if (confidence !== 'guessed') return text;
  return renderKey(r, brief ? 'msg.stream.guessBrief' : 'msg.stream.guess', { reasons: code(text) });
}

/** Why a location that looks like a stream is not treated as one. */
export function renderNotStream(r: Renderer, w: NotStreamWhy): string {
  switch (w.kind) {
    case 'denied-comment':
      return renderKey(r, 'msg.notStream.comment');
    case 'denied-pattern':
      return renderKey(r, 'msg.notStream.pattern', { pattern: code(w.pattern) });
    case 'returns':
      return renderKey(r, w.level === 'server' ? 'msg.notStream.returnsServer' : 'msg.notStream.returns', { line: code(w.line), at: code(w.at) });
    case 'websocket':
      return renderKey(r, 'msg.notStream.websocket', { path: code(w.path) });
    case 'other-type':
      return renderKey(r, 'msg.notStream.otherType', { directive: code(w.directive), type: code(w.type) });
    case 'subrequest':
      return renderKey(r, 'msg.notStream.subrequest', { directive: code(w.directive), line: code(w.line), at: code(w.at) });
  }
}

/** `a 和 b`, without a space where the word meets Chinese text or punctuation (`…）和 Connection`). */
function spaced(a: string, word: string, b: string): string {
  return `${a}${CJK.test(a.at(-1) ?? '') ? '' : ' '}${word}${CJK.test(b[0] ?? '') ? '' : ' '}${b}`;
}

/**
 * Items joined by the locale's grammar. English: `a, b` / `a; b` / `a and b and c` / `a, b or c` / `A. B.`
 * Chinese: `a、b` / `a；b` / `a、b 和 c` / `a、b、c` / `甲。乙。`.
 */
export function joinList(locale: Locale, items: readonly string[], join: ListJoin): string {
  if (items.length <= 1) return items[0] ?? '';
  if (locale === 'zh-CN') {
    if (join === 'sentences') return items.join('');
    if (join === 'semicolon') return items.join('；');
    if (join === 'and') return spaced(items.slice(0, -1).join('、'), '和', items[items.length - 1]!);
    return items.join('、');
  }
  if (join === 'sentences') return items.join(' ');
  if (join === 'comma') return items.join(', ');
  if (join === 'semicolon') return items.join('; ');
  if (join === 'and') return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
