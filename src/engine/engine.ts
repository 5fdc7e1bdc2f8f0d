// Runs rules once over the model: one finding per occurrence, stable fingerprints, suppressions, deterministic order.
import * as nodePath from 'node:path';
import type { Directive } from '../parser/ast.js';
import { directivesNamed, type ContextNode } from '../model/context.js';
import type { ConfigModel } from '../model/model.js';
import { directiveInfo } from '../model/directives.js';
import { levelName, mergeChain, originOf, type ListEntry } from '../model/effective.js';
import { blockLabel, conditionData, type Chain } from '../model/routing.js';
import { strongest, type StreamReason } from '../model/streams.js';
import { isGlob } from '../model/glob.js';
import * as fixer from '../fix/fixer.js';
import { englishFindings, englishFindingsTemplate, renderKey, renderMessage, type Renderer } from '../i18n/render.js';
import { compareFindings, SEVERITY_RANK, type ChainStep, type Finding, type ListJoin, type MessageArg, type MessageData, type RelatedSpan, type Severity, type Span, type StreamWhy, type TextEdit } from '../types.js';
import { metaTemplate, type Report, type Rule, type RuleContext, type RuleVisitor } from './define-rule.js';
import { collectSuppressions, isSuppressed, quotedIds } from './suppressions.js';
import { brokenLineFor, syntaxFindings } from './syntax.js';
import { directiveSpan, FindingIndex, withFingerprint } from './finding.js';
import { DataPool, Parts } from './data-pool.js';
import { dropFix, holdRecipe, lazyDefaultOrigin, lazyFingerprint, lazyFix, lazyMessage, lazyRelated, lazyStream, type RuleText } from './lazy-text.js';
import { appendAll, exactList } from '../util/array.js';

/** Findings produced by sse-lint itself rather than by a rule in rules/. */
export const ENGINE_IDS = [
  'parse-error', 'include-not-found', 'include-unreadable', 'include-cycle', 'include-unmapped', 'invalid-context',
  'duplicate-directive', 'invalid-arguments', 'invalid-value', 'unknown-directive', 'duplicate-location', 'duplicate-server-name',
  'invalid-suppression', 'unused-suppression',
] as const;

export interface RuleSetting {
  severity?: Severity | 'off';
  options?: Record<string, unknown>;
}

export interface EngineOptions {
  /** Per-rule severity and options (from the config file). */
  rules?: Record<string, RuleSetting>;
  /** Run only these rules (`--rule`). */
  only?: string[];
  /** Report directives that neither nginx nor the known modules define (`--strict`). */
  strict?: boolean;
}

export interface RunResult {
  findings: Finding[];
  /** Findings hidden by inline suppressions. */
  suppressed: number;
  /** Findings left out past MAX_FINDINGS (counted, not kept). */
  truncated: number;
}

/**
 * The most findings one run keeps: about 1.5 KB of memory each, so a hostile config (a million duplicate lines)
 * cannot exhaust memory; the rest are counted and the report says how many were left out.
 */
export const MAX_FINDINGS = 100_000;

/** The most levels and pieces of nginx text one run keeps as shared message arguments (any text can be a value). */
const SHARED_ARGS = 50_000;

/** Runs the enabled rules over a model, applies inline suppressions and returns ordered findings. */
export function runRules(model: ConfigModel, rules: readonly Rule[], options: EngineOptions = {}): RunResult {
  let truncated = 0;
  const settings = options.rules ?? {};
  const enabled = rules.filter((r) => settings[r.meta.id]?.severity !== 'off' && (!options.only || options.only.includes(r.meta.id)));
  const findings: Finding[] = [];
  const seen = new FindingIndex();
  // For each finding: what it was about and every context that reported it (a shared file is evaluated per includer).
  const origin = new Map<Finding, { node: Directive | null; fixKey: string }>();
  const fixContexts = new Map<string, Set<ContextNode | null>>();
  const prefix = model.tree.prefix;
  const relPaths = new Map<string, string>();
  const rel = (file: string): string => {
    if (!nodePath.isAbsolute(file)) return file;
    let r = relPaths.get(file);
    if (r === undefined) relPaths.set(file, (r = nodePath.relative(prefix, file)));
    return r;
  };

  // Fixes insert directives through this builder: a misspelt or invalid line of the same directive in the block is
  // corrected instead of getting a second line beside it.
  let blocks: Map<Directive, ContextNode> | null = null;
  const builder: typeof fixer = {
    ...fixer,
    insertDirective: (block, text, opts) => {
      const name = text.trim().split(/\s+/)[0] ?? '';
      if (!blocks) {
        blocks = new Map();
        for (const c of model.contexts.all) if (c.directive && !blocks.has(c.directive)) blocks.set(c.directive, c);
      }
      const ctxNode = blocks.get(block);
      const broken = ctxNode ? brokenLineFor(model, ctxNode, name) : null;
      return broken ? fixer.replaceDirective(broken, text) : fixer.insertDirective(block, text, opts);
    },
    // A one-value directive written with more (`proxy_read_timeout 10 minutes`, which nginx -t rejects) gets the new
    // value in place of all of them, not `1h minutes`.
    replaceArg: (d, index, value) =>
      index === 0 && d.args.length > 1 && directiveInfo(d.name)?.args.max === 1 ? fixer.replaceArgs(d, [value]) : fixer.replaceArg(d, index, value),
  };

  const renderers = new Map<string, Renderer>();
  const editTexts = new TextPool();
  // Message arguments the helpers below make are parts (see Parts): equal ones made of the same parts are one object,
  // found by identity, and data made of them is interned without writing it out as JSON again.
  const parts = new Parts();
  const pool = new DataPool(parts);
  // Spans are read-only once reported: a line that many related notes point at (the one keepalive of an upstream, a
  // snippet included in every server) is one span object. A finding's own span is made for it: findings rarely share
  // a line (none of the 50,001 at 10,000 generated servers do), so looking it up would cost more than it saves.
  const spans = new Map<Directive, Span>();
  const relatedNotes = new Map<Span, Map<string, Map<MessageData | undefined, RelatedSpan>>>();
  const spanOf = (d: Directive): Span => {
    let span = spans.get(d);
    if (!span) spans.set(d, (span = directiveSpan(d)));
    return span;
  };
  // Message data is read-only once reported, so the same piece of data is one object however many findings hold it
  // (every keepalive finding of an upstream names the same `keepalive 8 (nginx.conf:14)`).
  const shown = new WeakMap<Directive, { show?: MessageArg; where?: MessageArg; entry?: MessageArg }>();
  const shownOf = (d: Directive): { show?: MessageArg; where?: MessageArg; entry?: MessageArg } => {
    let m = shown.get(d);
    if (!m) shown.set(d, (m = {}));
    return m;
  };
  const levels = new WeakMap<ContextNode, { plain?: MessageArg; self?: MessageArg; stream?: MessageArg; why?: StreamWhy[] }>();
  const levelOf = (c: ContextNode): { plain?: MessageArg; self?: MessageArg; stream?: MessageArg; why?: StreamWhy[] } => {
    let m = levels.get(c);
    if (!m) levels.set(c, (m = {}));
    return m;
  };
  // A level and a piece of nginx text are one object per name or text: `location /api/` is the same level in every
  // server that has one, and equal data built from them is then built from the same objects.
  const levelsByName = new Map<string, { plain?: MessageArg; self?: MessageArg }>();
  const levelArg = (c: ContextNode, self: boolean): MessageArg => {
    const m = levelOf(c);
    const known = self ? m.self : m.plain;
    if (known) return known;
    const name = levelName(c);
    let byName = levelsByName.get(name);
    if (!byName) {
      byName = {};
      if (levelsByName.size < SHARED_ARGS) levelsByName.set(name, byName);
    }
    if (self) return (m.self = byName.self ??= parts.add({ kind: 'level' as const, level: parts.add({ name, self: true }) }));
    return (m.plain = byName.plain ??= parts.add({ kind: 'level' as const, level: parts.add({ name }) }));
  };
  const codes = new Map<string, MessageArg>();
  const code = (text: string): MessageArg => {
    let arg = codes.get(text);
    if (arg === undefined) {
      arg = { kind: 'code', text };
      if (codes.size < SHARED_ARGS) codes.set(text, parts.add(arg));
    }
    return arg;
  };
  /** Why a location streams, with how sure that is (a guess says so when rendered). */
  const streamArg = (reasons: readonly StreamReason[]): MessageArg => {
    const confidence = strongest(reasons);
    return { kind: 'stream', reasons: reasons.map((x) => x.why), ...(confidence ? { confidence } : {}) };
  };
  const streamWhy = (c: ContextNode): StreamWhy[] => (levelOf(c).why ??= model.streamReasons(c).map((x) => x.why));
  const visitors: { rule: Rule; v: RuleVisitor }[] = enabled.map((rule) => {
    const opts = { ...(rule.meta.options ?? {}), ...(settings[rule.meta.id]?.options ?? {}) };
    const severity = settings[rule.meta.id]?.severity;
    const english = englishRenderer(rule);
    renderers.set(rule.meta.id, english);
    const text: RuleText = { renderer: english, messages: rule.meta.messages };
    // Catalog keys (`rule.id`, `rule.related.id`, `rule.fix.id`) are made and checked once per rule, not once per
    // finding.
    const messageKeys = new Map<string, string>();
    const relatedKeys = new Map<string, string>();
    const fixKeys = new Map<string, string>();
    const bare = new Map<string, MessageArg>();
    const messageKey = (id: string): string => {
      let key = messageKeys.get(id);
      if (key === undefined) messageKeys.set(id, (key = `${rule.meta.id}.${id}`));
      return key;
    };
    const relatedKey = (id: string): string => {
      let key = relatedKeys.get(id);
      if (key === undefined) {
        key = `${rule.meta.id}.related.${id}`;
        if (english.lookup(key) === undefined) throw new Error(`no message "${key}" in en`);
        relatedKeys.set(id, key);
      }
      return key;
    };
    const fixKeyOf = (id: string): string => {
      let key = fixKeys.get(id);
      if (key === undefined) {
        if (metaTemplate(rule.meta, `fix.${id}`) === undefined) throw new Error(`rule ${rule.meta.id} has no fix title "${id}" in meta.fixes`);
        fixKeys.set(id, (key = `${rule.meta.id}.fix.${id}`));
      }
      return key;
    };
    const show = (d: Directive): string => `${d.name}${d.args.length ? ' ' + d.args.map((a) => a.raw).join(' ') : ''} (${rel(d.file.path)}:${d.nameToken.line})`;
    const where = (d: Directive): string => `${rel(d.file.path)}:${d.nameToken.line}`;
    const ctx: RuleContext = {
      model,
      options: opts,
      code,
      show: (d) => {
        const m = shownOf(d);
        return (m.show ??= parts.add(code(show(d)) as object) as MessageArg);
      },
      where: (d) => {
        const m = shownOf(d);
        return (m.where ??= parts.add(code(where(d)) as object) as MessageArg);
      },
      level: (c, self) => levelArg(c, self === c),
      origin: (v, options) => {
        // Named by what originOf makes it from: the directive or the default's basis, and the levels' names (the first
        // level is `self`; a directive's level is when it is the first).
        let path = parts.step(parts.step(parts.begin('origin'), options?.more), options?.nameOnly === true);
        const o = v.origin;
        if (o.kind === 'directive') path = parts.step(parts.step(parts.step(path, o.directive), levelName(o.context)), o.context === v.levels[0]);
        else {
          path = parts.step(path, parts.same(o.basis));
          for (let k = 0; k < v.levels.length; k++) path = parts.step(path, levelName(v.levels[k]!));
        }
        return parts.get<MessageArg & object>(path) ?? parts.set<MessageArg & object>(path, { kind: 'origin', origin: originOf(v, where, options) });
      },
      stream: (c, reasons) => {
        // Why a level streams: one object per equal answer (locations of every server that stream for the same reasons).
        if (!reasons) return (levelOf(c).stream ??= parts.same(streamArg(model.streamReasons(c))));
        return streamArg(reasons);
      },
      entries: (entries) => entriesArg(entries, (d) => {
        const m = shownOf(d);
        return (m.entry ??= parts.add(code(`${d.args[0]?.raw ?? d.name} (${where(d)})`) as object) as MessageArg);
      }, levelArg, parts),
      streamLocation: (c) => {
        const location = levelArg(model.locationOf(c) ?? c, false);
        const stream = ctx.stream(c);
        const path = parts.step(parts.step(parts.begin('streamLocation'), location), stream);
        return parts.get<MessageArg & object>(path) ?? parts.set<MessageArg & object>(path, {
          kind: 'message', key: 'msg.stream.location',
          data: { location, why: { ...(stream as Extract<MessageArg, { kind: 'stream' }>), brief: true } },
        });
      },
      list: (items, join, options) => listArg(items, join, options ?? {}, parts),
      message: (id, data) => {
        if (rule.meta.messages[id] === undefined) throw new Error(`rule ${rule.meta.id} has no message "${id}"`);
        if (data) {
          // A clause made of the same parts is one object (see Parts).
          const key = messageKey(id);
          const path = parts.record(parts.step(parts.begin('message'), key), data);
          const known = parts.get<MessageArg & object>(path);
          if (known !== null) return known;
          const m: MessageArg = { kind: 'message', key, data };
          return path === null ? m : parts.set(path, m);
        }
        // Without data, the same message is one object however many findings hold it.
        let m = bare.get(id);
        if (!m) bare.set(id, (m = parts.add({ kind: 'message' as const, key: messageKey(id), data: {} })));
        return m;
      },
      related: (d, id, data) => {
        const key = relatedKey(id);
        // A note is read-only once reported: the same note on the same line with equal data is one object however
        // many findings hold it (every keepalive finding of an upstream points at its one keepalive line).
        const span = spanOf(d);
        const shared = data && pool.intern(data);
        let byKey = relatedNotes.get(span);
        if (!byKey) relatedNotes.set(span, (byKey = new Map()));
        let byData = byKey.get(key);
        if (!byData) byKey.set(key, (byData = new Map()));
        let note = byData.get(shared);
        if (!note) byData.set(shared, (note = lazyRelated(span, key, shared, text)));
        return note;
      },
      report: (r: Report) => {
        if (findings.length >= MAX_FINDINGS) {
          truncated++;
          return;
        }
        const template = rule.meta.messages[r.messageId];
        if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown message id "${r.messageId}"`);
        const span = 'type' in r.node ? directiveSpan(r.node) : r.node;
        // Contexts that asked for the same fix on the same node, whatever their messages say. Only a fix that edits a
        // file included from several places can need them (restrictSharedFix).
        const builtEdits = r.fix ? r.fix.edits(builder) : null;
        const editList = builtEdits === null ? null : Array.isArray(builtEdits) ? exactList(builtEdits) : [builtEdits];
        const fixKey = editList && editList.some((e) => sharedFile(model, e.file))
          ? `${rule.meta.id}\0${span.file}\0${span.start}\0${JSON.stringify(builtEdits)}` : null;
        if (fixKey) {
          const set = fixContexts.get(fixKey) ?? new Set<ContextNode | null>();
          set.add(r.context ?? null);
          fixContexts.set(fixKey, set);
        }
        // A fix says the recipe with its edits: the message says it only for a finding without one.
        const data = r.recipe === undefined ? r.data : { ...r.data, recipe: r.fix ? null : r.recipe };
        if (seen.has({ ruleId: rule.meta.id, span, messageId: r.messageId }, messageThunk(english, template, data))) return;
        const evidence = r.context ? model.streamEvidence(r.context) : null;
        let own = r.severity ?? rule.meta.severity;
        // A finding that rests on a location being a stream is no surer than that: a guess is at most a warning (a note
        // while the user declared where the streams are).
        if (rule.meta.streamOnly && evidence?.confidence && SEVERITY_RANK[own] > SEVERITY_RANK[evidence.maxSeverity]) own = evidence.maxSeverity;
        const finding = {
          ruleId: rule.meta.id,
          // A severity the user configured wins over the rule's own choice for this finding.
          severity: severity && severity !== 'off' ? severity : own,
        } as Finding;
        lazyMessage(finding, text);
        finding.span = span;
        finding.related = r.related ? exactList(r.related) : [];
        finding.messageId = r.messageId;
        if (data) finding.data = pool.intern(data);
        if (r.fix && r.recipe !== undefined) holdRecipe(finding, r.recipe);
        if (r.provenance) {
          const v = r.provenance;
          finding.provenance = {
            directive: v.name,
            value: v.args ? v.args.join(' ') : null,
            origin: v.origin.kind === 'directive'
              ? { kind: 'directive', span: directiveSpan(v.origin.directive), level: levelName(v.origin.context) }
              : lazyDefaultOrigin(v.origin.basis, text),
            levels: v.levels.map(levelName),
          };
        }
        if (r.context && r.provenance) {
          // A level above may include a file that could not be read: the value is then only a likely one.
          const unread = unreadIncludes(r.context);
          if (unread.length) {
            if (finding.severity === 'error') finding.severity = 'warning';
            const data: MessageData = { directive: code(r.provenance.name) };
            for (const d of unread) finding.related.push(lazyRelated(directiveSpan(d), 'msg.related.unreadInclude', data, text));
          }
        }
        if (r.context) {
          const reasons = evidence?.reasons ?? [];
          if (reasons.length) {
            finding.streamReasons = streamWhy(r.context);
            if (evidence?.confidence) finding.streamConfidence = evidence.confidence;
            lazyStream(finding);
          }
          const chain = reasons.find((x) => x.chain)?.chain;
          if (chain) finding.chain = chainSteps(chain);
        }
        if (r.fix) {
          if (rule.meta.fix === 'none') throw new Error(`rule ${rule.meta.id} reported a fix but meta.fix is 'none'`);
          const titleId = fixKeyOf(r.fix.id);
          // A guess next to streams the user declared is a note, and its fix only a suggestion: --fix never rewrites a
          // location the user did not name (a SAML callback with buffering off keeps its timeout).
          const applicability = rule.meta.streamOnly && evidence?.confidence === 'guessed' && evidence.maxSeverity === 'info' ? 'suggestion' : r.fix.applicability;
          for (const e of editList!) e.text = editTexts.intern(e.text);
          finding.fix = lazyFix(titleId, r.fix.data && pool.intern(r.fix.data), applicability, editList! satisfies TextEdit[], text);
        }
        lazyFingerprint(finding, { prefix, context: r.context ?? null, node: 'type' in r.node ? r.node : null });
        findings.push(finding);
        seen.add(finding);
        if (fixKey) origin.set(finding, { node: 'type' in r.node ? r.node : null, fixKey });
      },
    };
    return { rule, v: rule.create(ctx) };
  });

  const crashed = (rule: Rule, e: unknown, where: Directive | null): Error => {
    const at = where ? ` at ${rel(where.file.path)}:${where.nameToken.line}` : '';
    return new Error(`rule ${rule.meta.id} crashed${at}: ${(e as Error).message}`, { cause: e });
  };

  // Per kind of block, the visitors with something to do there (a block hook, or a directive hook), in rule order, with
  // the hook for that kind picked once rather than per block.
  const HOOKED = ['location', 'server', 'http', 'if', 'upstream'] as const;
  type Hooked = (typeof HOOKED)[number];
  // `names`: the directive names a visitor declared it looks at (null: every directive).
  type Visit = { rule: Rule; v: RuleVisitor; hook: ((ctx: ContextNode) => void) | undefined; names: ReadonlySet<string> | null };
  const byKind = new Map<ContextNode['kind'] | null, Visit[]>();
  const namesOf = new Map<RuleVisitor, ReadonlySet<string> | null>(visitors.map(({ v }) => [v, v.directive && v.directiveNames ? new Set(v.directiveNames) : null]));
  const visitsFor = (kind: Hooked | null): Visit[] => visitors
    .filter(({ v }) => (kind !== null && v[kind]) || v.directive)
    .map(({ rule, v }) => ({ rule, v, hook: kind === null ? undefined : v[kind], names: namesOf.get(v)! }));
  for (const kind of HOOKED) byKind.set(kind, visitsFor(kind));
  const unhooked = visitsFor(null);
  // A location taken for a stream also gets the streamLocation hooks, each in its rule's place (after the rule's own
  // location hook, when it has both); most locations are none and skip those rules without a call.
  const streamVisits: Visit[] = visitors
    .filter(({ v }) => v.location || v.streamLocation || v.directive)
    .map(({ rule, v }) => {
      const { location, streamLocation } = v;
      const hook = location && streamLocation ? (c: ContextNode) => { location(c); streamLocation(c); } : location ?? streamLocation;
      return { rule, v, hook, names: namesOf.get(v)! };
    });
  const anyStreamHook = visitors.some(({ v }) => v.streamLocation);
  // Every name some visitor declared: a block's lines with one of them are picked once per block (most blocks have none),
  // and each such visitor is called for its own names among them, in the block's order.
  const wanted = new Set<string>();
  for (const names of namesOf.values()) if (names) for (const n of names) wanted.add(n);
  const NONE_PICKED: readonly Directive[] = [];
  // Hooks are called directly (no closure per call: at 10k servers there are millions of calls).
  for (const ctx of model.contexts.all) {
    // A lone snippet's guessed top level is not a block of its own: block hooks need a directive.
    const kind = ctx.directive === null && ctx.kind !== 'http' ? null : ctx.kind;
    const visits = kind === 'location' && anyStreamHook && model.isStream(ctx) ? streamVisits : (kind === null ? undefined : byKind.get(kind)) ?? unhooked;
    let picked: readonly Directive[] | null = null;
    for (let i = 0; i < visits.length; i++) {
      const { rule, v, hook, names } = visits[i]!;
      if (hook) {
        try {
          hook(ctx);
        } catch (e) {
          throw crashed(rule, e, ctx.directive);
        }
      }
      if (!v.directive) continue;
      if (names !== null) {
        picked ??= pickNamed(ctx.directives, wanted, NONE_PICKED);
        for (let k = 0; k < picked.length; k++) {
          const d = picked[k]!;
          if (!names.has(d.name)) continue;
          try {
            v.directive(d, ctx);
          } catch (e) {
            throw crashed(rule, e, d);
          }
        }
        continue;
      }
      const directives = ctx.directives;
      for (let k = 0; k < directives.length; k++) {
        const d = directives[k]!;
        try {
          v.directive(d, ctx);
        } catch (e) {
          throw crashed(rule, e, d);
        }
      }
    }
  }
  for (const { rule, v } of visitors) {
    if (!v.done) continue;
    try {
      v.done();
    } catch (e) {
      throw crashed(rule, e, null);
    }
  }

  for (const f of findings) {
    const o = origin.get(f);
    if (f.fix && o) restrictSharedFix(model, f, o.node, fixContexts.get(o.fixKey) ?? new Set([null]), renderers.get(f.ruleId)!);
  }

  // Suppressions, per file.
  const known = new Set<string>([...rules.map((r) => r.meta.id), ...ENGINE_IDS]);
  const all: Finding[] = [...model.tree.findings];
  for (const f of syntaxFindings(model, { strict: !!options.strict })) {
    if (findings.length >= MAX_FINDINGS) {
      truncated++;
      continue;
    }
    if (seen.has(f, () => f.message)) continue;
    seen.add(f);
    findings.push(f);
  }
  const enabledIds = new Set(enabled.map((r) => r.meta.id));
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.span.file);
    if (list) list.push(f);
    else byFile.set(f.span.file, [f]);
  }
  const hidden = new Set<Finding>();
  for (const parsed of model.tree.files.values()) {
    const { list, problems } = collectSuppressions(parsed, known);
    appendAll(all, problems);
    if (list.length === 0) continue;
    for (const f of byFile.get(parsed.file.path) ?? []) if (isSuppressed(f, list)) hidden.add(f);
    for (const s of list) {
      const unused = s.ids.filter((id) => !s.used.has(id) && enabledIds.has(id));
      if (unused.length) {
        const data = { ids: quotedIds(unused) };
        all.push({
          ruleId: 'unused-suppression', severity: 'warning', span: s.span, related: [],
          message: renderKey(englishFindings, 'msg.suppression.unused', data), messageId: 'msg.suppression.unused', data,
        });
      }
    }
  }
  for (const f of findings) if (!hidden.has(f)) all.push(f);
  all.sort(compareFindings);
  // Findings of sse-lint itself (parse errors, includes, suppressions) get their identity here, in the same frame as the rules'.
  return { findings: all.map((f) => withFingerprint(f, prefix)), suppressed: hidden.size, truncated };
}

/** Per model: whether a file is read in more than one place (see sharedFile). */
const sharedFiles = new WeakMap<ConfigModel, Map<string, boolean>>();

/**
 * Whether a file's text is read in more than one place: it is included more than once, or the one file that includes
 * it is (a snippet that includes another snippet shares that one with each of its own includers).
 */
function sharedFile(model: ConfigModel, file: string): boolean {
  let memo = sharedFiles.get(model);
  if (!memo) sharedFiles.set(model, (memo = new Map()));
  const known = memo.get(file);
  if (known !== undefined) return known;
  memo.set(file, false); // an include cycle ends here
  const includers = model.tree.includers.get(file) ?? [];
  const shared = includers.length > 1 || (includers.length === 1 && sharedFile(model, includers[0]!.file.path));
  memo.set(file, shared);
  return shared;
}

/**
 * A fix that edits a file included from several places changes every includer. It stays as it is only when
 * the rule reported it in every context the file is evaluated in; otherwise an inserted directive is
 * offered in the block that holds the include instead, as an unsafe fix that says why.
 */
function restrictSharedFix(model: ConfigModel, f: Finding, node: Directive | null, reported: Set<ContextNode | null>, english: Renderer): void {
  const fix = f.fix!;
  const shared = fix.edits.some((e) => sharedFile(model, e.file));
  if (!shared || !node || reported.has(null)) return;
  const evaluated = node.block ? blockContexts(model, node) : model.contextsOf(node);
  if (evaluated.length <= 1 || evaluated.every((c) => reported.has(c))) return;
  const first = [...reported][0]!;
  // The include that brings the node into the first reporting context: a snippet included right in that block
  // (`location /x { include proxy.conf; }`), else the include through which the block itself was reached.
  const direct = (model.tree.includers.get(node.file.path) ?? []).find((d) => d.parent !== null && d.parent === first.directive);
  const include = direct ?? first.via[first.via.length - 1];
  const host = include?.parent ?? null;
  const inserts = fix.edits.every((e) => e.insert !== undefined);
  const others = evaluated.length - reported.size;
  // No edit limited to the places that need it: no fix, and a note on the finding that says why.
  const withoutFix = (): void => {
    dropFix(f);
    const why: MessageData = { file: { kind: 'code', text: node.file.path.split('/').pop()! }, count: others };
    f.related = [...f.related, { span: f.span, message: renderKey(english, 'msg.related.sharedNoFix', why), messageId: 'msg.related.sharedNoFix', data: why }];
  };
  if (!include || !host || !host.block) {
    withoutFix();
    return;
  }
  const block = `${host.name}${host.args.length ? ' ' + host.args.map((a) => a.value).join(' ') : ''}`;
  const data: MessageData = {
    title: fix.titleId ? { kind: 'message', key: fix.titleId, data: fix.data ?? {} } : { kind: 'code', text: fix.title },
    block: { kind: 'code', text: block },
    at: { kind: 'code', text: `${host.file.path.split('/').pop()}:${host.nameToken.line}` },
    file: { kind: 'code', text: node.file.path.split('/').pop()! },
    count: others,
  };
  if (inserts) {
    f.fix = {
      title: renderKey(english, 'msg.fix.sharedInclude', data),
      titleId: 'msg.fix.sharedInclude',
      data,
      applicability: 'unsafe',
      edits: fix.edits.map((e) => fixer.insertDirective(host, e.insert!)),
    };
    return;
  }
  // An edit of the shared file itself (a value changed in place): the alternative is the file's text, with the
  // edit applied, copied over this one `include` line, so only this block changes. Only for an include of one file.
  const inline = inlineInclude(model, include, node.file.path, fix.edits);
  if (!inline) {
    withoutFix();
    return;
  }
  f.fix = {
    title: renderKey(english, 'msg.fix.inlineInclude', data),
    titleId: 'msg.fix.inlineInclude',
    data,
    applicability: 'unsafe',
    edits: [inline],
  };
}

/**
 * The edit that replaces `include FILE;` with FILE's directives (after `edits` to FILE), re-indented to the include's
 * indentation, or null when the include pulls in more than that one file or the edits touch other files.
 */
function inlineInclude(model: ConfigModel, include: Directive, file: string, edits: readonly TextEdit[]): TextEdit | null {
  if ((include.includes?.length ?? 0) !== 1 || include.includes![0] !== file) return null;
  const parsed = model.tree.files.get(file);
  if (!parsed || edits.some((e) => e.file !== file)) return null;
  const source = fixer.applyEdits(parsed.file.text, [...edits]);
  const text = include.file.text;
  const eol = fixer.lineEndingAt(text, include.start);
  const indent = fixer.indentAt(text, include.start);
  const lines = source.split(/\r?\n/);
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  if (lines.length === 0) return null;
  const common = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  const body = lines.map((l, k) => (l.trim() === '' ? '' : (k === 0 ? '' : indent) + l.slice(common))).join(eol);
  return { file: include.file.path, start: include.start, end: include.end, text: body };
}

/**
 * One string per distinct text, so that findings kept for the report share it: the fix of the same problem in every
 * server of a generated config inserts the same lines. Bounded: past that many distinct texts, new ones are kept as
 * they are.
 */
class TextPool {
  private readonly texts = new Map<string, string>();

  intern(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    if (this.texts.size < 10_000) this.texts.set(text, text);
    return text;
  }
}

/** The message a report would render (made only when a finding with the same key came before). */
function messageThunk(english: Renderer, template: string, data: MessageData | undefined): () => string {
  return () => renderMessage(english, template, data ?? {});
}

/** Renders a rule's messages in English: its own keys from its meta, the shared words (`msg.*`) from src/i18n. */
function englishRenderer(rule: Rule): Renderer {
  const prefix = `${rule.meta.id}.`;
  return {
    locale: 'en',
    lookup: (key) => (key.startsWith(prefix) ? metaTemplate(rule.meta, key.slice(prefix.length)) : englishFindingsTemplate(key)),
  };
}

/** Items joined per locale (`distinct`: each item once); past `limit` items the rest are counted. */
function listArg(items: readonly MessageArg[], join: ListJoin, options: { limit?: number; distinct?: boolean }, parts: Parts): MessageArg {
  // The same items (parts) joined the same way are one list (see Parts).
  let path = parts.step(parts.step(parts.step(parts.begin('list'), join), options.limit), options.distinct === true);
  for (let i = 0; i < items.length && path !== null; i++) path = parts.isPart(items[i]) ? parts.step(path, items[i]) : null;
  const known = parts.get<MessageArg & object>(path);
  if (known !== null) return known;
  const seen = new Set<string>();
  const kept = options.distinct
    ? items.filter((i) => {
      const key = JSON.stringify(i);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    : [...items];
  const limit = options.limit;
  const cut = limit !== undefined && kept.length > limit;
  const arg: MessageArg = { kind: 'list', join, items: cut ? kept.slice(0, limit) : kept, ...(cut ? { more: kept.length - limit } : {}) };
  return path === null ? arg : parts.set(path, arg);
}

/** List entries grouped by the level that wrote them, in order: `X (a.conf:1), Y (a.conf:2) from server; Z (b.conf:3) from http`. */
function entriesArg(entries: readonly ListEntry[], label: (d: Directive) => MessageArg, level: (c: ContextNode, self: boolean) => MessageArg, parts: Parts): MessageArg {
  const groups = new Map<ContextNode, MessageArg[]>();
  for (const e of entries) {
    const g = groups.get(e.context) ?? [];
    g.push(label(e.directive));
    groups.set(e.context, g);
  }
  // Named by each group's level and labels (see Parts): the same lines from a snippet every server includes, inherited
  // from a level of the same name, are one list.
  let path = parts.begin('entries');
  for (const [c, items] of groups) {
    path = parts.step(parts.step(path, GROUP), level(c, false));
    for (let i = 0; i < items.length && path !== null; i++) path = parts.isPart(items[i]) ? parts.step(path, items[i]) : null;
  }
  const known = parts.get<MessageArg & object>(path);
  if (known !== null) return known;
  const arg: MessageArg = {
    kind: 'list',
    join: 'semicolon',
    items: [...groups].map(([c, items]): MessageArg => ({
      kind: 'message', key: 'msg.entries.from',
      data: { items: { kind: 'list', join: 'comma', items }, level: level(c, false) },
    })),
  };
  return path === null ? arg : parts.set(path, arg);
}

/** Where one group of entries starts in an entries path. */
const GROUP = Symbol('group');

const blockIndex = new WeakMap<ConfigModel, Map<Directive, ContextNode[]>>();

/** The contexts a block directive opens (one per place its file is included from), indexed once per model. */
function blockContexts(model: ConfigModel, d: Directive): ContextNode[] {
  let index = blockIndex.get(model);
  if (!index) {
    index = new Map();
    for (const c of model.contexts.all) {
      if (!c.directive) continue;
      const list = index.get(c.directive);
      if (list) list.push(c);
      else index.set(c.directive, [c]);
    }
    blockIndex.set(model, index);
  }
  return index.get(d) ?? [];
}

/** The way stream requests reach a location, as report data: each location with the redirects that led there. */
function chainSteps(chain: Chain): ChainStep[] {
  return chain.hops.map((h) => ({
    location: blockLabel(h.location),
    span: h.location?.directive ? directiveSpan(h.location.directive) : null,
    via: h.via.map((v) => ({ directive: v.directive.name, span: directiveSpan(v.directive) })),
    conditions: h.conditions.map(conditionData),
  }));
}

/** Explicit `include`s (not globs) in the levels merged into ctx that resolved to no file: missing or unreadable. */
function unreadIncludes(ctx: ContextNode): Directive[] {
  const out: Directive[] = [];
  for (const level of mergeChain(ctx)) out.push(...unreadAt(level));
  return out;
}

const unreadCache = new WeakMap<ContextNode, readonly Directive[]>();

/** The unread explicit includes written at one level, found once per level (`http` may hold thousands of directives). */
function unreadAt(level: ContextNode): readonly Directive[] {
  let found = unreadCache.get(level);
  if (!found) {
    found = directivesNamed(level, 'include').filter((d) => d.args.length === 1 && (d.includes?.length ?? 0) === 0 && !isGlob(d.args[0]!.value));
    unreadCache.set(level, found);
  }
  return found;
}

/** The directives of a block whose names are in `names`, in order (`none`, shared, when there are none). */
function pickNamed(directives: readonly Directive[], names: ReadonlySet<string>, none: readonly Directive[]): readonly Directive[] {
  let out: Directive[] | null = null;
  for (let k = 0; k < directives.length; k++) {
    const d = directives[k]!;
    if (!names.has(d.name)) continue;
    if (out === null) out = [d];
    else out.push(d);
  }
  return out ?? none;
}
