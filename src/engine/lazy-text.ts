// Finding text rendered when it is read: a finding keeps its message id and data, and its English message, related
// notes, stream reasons, fix title, default note and fingerprint are made only when a report (or anyone) reads them.
import type { ContextNode, Directive } from '../model/context.js';
import { renderDefault, renderKey, renderMessage, renderStreamWhy, type Renderer } from '../i18n/render.js';
import type { DefaultBasis, Finding, Fix, MessageArg, MessageData, RelatedSpan } from '../types.js';
import { argsText, ruleFingerprint } from './finding.js';
import { isShared, markShared } from './data-pool.js';

/** What a rule's findings are rendered with: its English renderer and message templates. */
export interface RuleText {
  renderer: Renderer;
  messages: Readonly<Record<string, string>>;
}

/** What a lazy fingerprint is made from (see ruleFingerprint): the directive reported, or null for a span (its message then). */
export interface FingerprintSource {
  prefix: string;
  context: ContextNode | null;
  node: Directive | null;
}

// Hidden (non-enumerable) state: a spread or JSON copy of a finding gets the rendered values instead.
const TEXT = Symbol('ruleText');
const FINGERPRINT = Symbol('fingerprintSource');
const RECIPE = Symbol('recipe');

interface Hidden {
  [TEXT]: RuleText;
  [FINGERPRINT]: FingerprintSource;
}

/**
 * A property whose value `get` computes on every read. Enumerable, so that spreading, Object.entries and
 * JSON.stringify see it as the plain value it stands for; assigning replaces it with that value. One descriptor
 * per property, made once: objects that share getter and setter share their hidden class too.
 */
function lazyProperty<T>(key: string, get: (this: T) => unknown): PropertyDescriptor {
  return {
    get,
    set(this: object, value: unknown) {
      Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  };
}

function hide<T extends object>(obj: T, key: symbol, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: false, writable: true, configurable: true });
}

/** What a text was rendered from: the data, the renderer and the template (or what stands for one). */
interface Rendered {
  renderer: Renderer;
  /** A template, a catalog key, or a default's basis. */
  how: How;
  what: string;
  text: string;
}

/**
 * Texts by the data object they were rendered from, for data that several findings share (DataPool): the message,
 * note or title of the same problem in every server is rendered once. Texts of unshared data are not kept.
 */
const rendered = new WeakMap<object, Rendered>();

const enum How {
  Template,
  Key,
  Default,
}

function renderOnce(renderer: Renderer, how: How, what: string, data: object, render: () => string): string {
  if (!isShared(data)) return render();
  const known = rendered.get(data);
  if (known !== undefined && known.renderer === renderer && known.how === how && known.what === what) return known.text;
  const text = render();
  rendered.set(data, { renderer, how, what, text });
  return text;
}

/** Data for a text that has none: one object, so that those texts are rendered once too. */
const NO_DATA: MessageData = Object.freeze(markShared({})) as MessageData;

function findingMessage(this: Finding & Hidden): string {
  const t = this[TEXT];
  const template = t.messages[this.messageId!]!;
  const data = this.data ?? NO_DATA;
  return renderOnce(t.renderer, How.Template, template, data, () => renderMessage(t.renderer, template, data));
}

function findingStream(this: Finding & Hidden): string[] | undefined {
  const t = this[TEXT];
  return this.streamReasons?.map((w) => renderStreamWhy(t.renderer, w));
}

function findingFingerprint(this: Finding & Hidden): string {
  const s = this[FINGERPRINT];
  let nodeText: string;
  if (s.node) nodeText = `${s.node.name} ${argsText(s.node)}`;
  else nodeText = this.message;
  return ruleFingerprint(this.ruleId, this.span.file, s.prefix, s.context, nodeText, this.messageId!);
}

function renderKeyOnce(renderer: Renderer, key: string, data: MessageData | undefined): string {
  const d = data ?? NO_DATA;
  return renderOnce(renderer, How.Key, key, d, () => renderKey(renderer, key, d));
}

function relatedMessage(this: RelatedSpan & Hidden): string {
  return renderKeyOnce(this[TEXT].renderer, this.messageId!, this.data);
}

function fixTitle(this: Fix & Hidden): string {
  return renderKeyOnce(this[TEXT].renderer, this.titleId!, this.data);
}

function defaultNote(this: { basis: DefaultBasis } & Hidden): string {
  const r = this[TEXT].renderer;
  return renderOnce(r, How.Default, '', this.basis, () => renderDefault(r, this.basis));
}

const MESSAGE = lazyProperty('message', findingMessage);
const STREAM = lazyProperty('stream', findingStream);
const FINGERPRINT_TEXT = lazyProperty('fingerprint', findingFingerprint);
const RELATED_MESSAGE = lazyProperty('message', relatedMessage);
const FIX_TITLE = lazyProperty('title', fixTitle);
const DEFAULT_NOTE = lazyProperty('note', defaultNote);

/** The finding's `message`, rendered from its messageId and data when read. Call where `message` belongs in key order. */
export function lazyMessage(f: Finding, text: RuleText): void {
  hide(f, TEXT, text);
  Object.defineProperty(f, 'message', MESSAGE);
}

/** `stream`: the finding's streamReasons rendered when read (call after setting streamReasons). */
export function lazyStream(f: Finding): void {
  Object.defineProperty(f, 'stream', STREAM);
}

/** `fingerprint`, computed when read. */
export function lazyFingerprint(f: Finding, source: FingerprintSource): void {
  hide(f, FINGERPRINT, source);
  Object.defineProperty(f, 'fingerprint', FINGERPRINT_TEXT);
}

/** A related note whose message is rendered from its messageId and data when read. */
export function lazyRelated(span: RelatedSpan['span'], messageId: string, data: MessageData | undefined, text: RuleText): RelatedSpan {
  const r = { span } as RelatedSpan;
  hide(r, TEXT, text);
  Object.defineProperty(r, 'message', RELATED_MESSAGE);
  r.messageId = messageId;
  if (data) r.data = data;
  return r;
}

/** A fix whose title is rendered from its titleId and data when read. */
export function lazyFix(titleId: string, data: MessageData | undefined, applicability: Fix['applicability'], edits: Fix['edits'], text: RuleText): Fix {
  const fix = {} as Fix;
  hide(fix, TEXT, text);
  Object.defineProperty(fix, 'title', FIX_TITLE);
  fix.titleId = titleId;
  if (data) fix.data = data;
  fix.applicability = applicability;
  fix.edits = edits;
  return fix;
}

/** A default origin (`{ kind: 'default', note, basis }`) whose note is rendered from its basis when read. */
export function lazyDefaultOrigin(basis: DefaultBasis, text: RuleText): { kind: 'default'; note: string; basis: DefaultBasis } {
  const o = { kind: 'default' } as { kind: 'default'; note: string; basis: DefaultBasis };
  hide(o, TEXT, text);
  Object.defineProperty(o, 'note', DEFAULT_NOTE);
  o.basis = basis;
  return o;
}

/**
 * The recipe a finding's fix stands for (its data says `recipe: null`), kept to be said again in the message if the
 * fix is taken away (see withoutFix).
 */
export function holdRecipe(f: Finding, recipe: MessageArg): void {
  hide(f, RECIPE, recipe);
}

/** Takes a finding's fix away, in place; a recipe the fix stood for goes back into its message (data `recipe`). */
export function dropFix(f: Finding): void {
  delete f.fix;
  const recipe = (f as Finding & { [RECIPE]?: MessageArg })[RECIPE];
  if (recipe === undefined || !f.data) return;
  f.data = { ...f.data, recipe };
  hide(f, RECIPE, undefined);
}

/** A copy of a finding without its fix (see dropFix); its text stays rendered when read. */
export function withoutFix(f: Finding): Finding {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(f)) as Finding;
  dropFix(copy);
  return copy;
}
