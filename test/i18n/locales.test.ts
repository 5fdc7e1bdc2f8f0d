// Locales: every rule message, summary, fix title, related note, shared word and CLI string has a zh-CN translation
// with the same placeholders and the same nginx tokens; findings render from typed data; rendering and locale choice.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/registry.js';
import {
  catalogKeys, englishTemplate, findingRenderer, localizeFinding, LocaleError, parseLocale, placeholderNames, renderArg,
  resolveLocale, t,
} from '../../src/i18n/index.js';
import { renderKey } from '../../src/i18n/render.js';
import { EN_CLI } from '../../src/i18n/en.js';
import { zhCN } from '../../src/i18n/zh-CN.js';
import { zhCNFindings } from '../../src/i18n/zh-CN-findings.js';
import { zhCNDocs } from '../../src/i18n/zh-CN-docs.js';

const ZH_CN = zhCN();
const ZH_CN_FINDINGS = zhCNFindings();
const ZH_CN_DOCS = zhCNDocs();
import { ENGINE_IDS } from '../../src/engine/engine.js';
import { ENGINE_RULES } from '../../src/reporters/engine-rules.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { lintTree } from '../../src/lint.js';
import type { Finding } from '../../src/types.js';
import { fixtureCases, lintCase } from '../helpers/fixtures.js';
import { englishProse } from '../helpers/english.js';
import { root } from '../helpers/shared.js';
import { stringLiterals } from '../helpers/literals.js';
import { readdirSync, readFileSync } from 'node:fs';

/** Every finding of every rule fixture (computed once). */
const fixtureFindings: Finding[] = (() => {
  const out: Finding[] = [];
  for (const rule of RULES) {
    const dir = path.join(root, 'test/fixtures/rules', rule.meta.id);
    if (!existsSync(dir)) continue;
    for (const c of fixtureCases(dir)) out.push(...lintCase(rule, c).filter((f) => f.ruleId === rule.meta.id));
  }
  return out;
})();

/** Every code value (nginx text) in a finding's data. */
function codeTexts(f: Finding): string[] {
  const out: string[] = [];
  JSON.stringify([f.data, f.fix?.data, f.related.map((r) => r.data)], (k, v: unknown) => {
    if (v && typeof v === 'object' && (v as { kind?: unknown }).kind === 'code') out.push((v as { text: string }).text);
    return v;
  });
  return out;
}

/** nginx text: a single word, or something with a character prose does not have (`_ $ / . : = ; { } * " ' -` or digits). */
function looksLikeCode(text: string): boolean {
  return !/\s/.test(text.trim()) || /[_$/.:=;{}*"'0-9-]/.test(text);
}

/** The finding with every code value (nginx text) replaced by a neutral token, so only sse-lint's own words remain. */
function maskCode(f: Finding): Finding {
  const mask = <T>(x: T): T => JSON.parse(JSON.stringify(x ?? null), (k, v: unknown) =>
    (v && typeof v === 'object' && (v as { kind?: unknown }).kind === 'code' ? { kind: 'code', text: '_' } : v)) as T;
  return {
    ...f, data: mask(f.data), related: f.related.map((r) => ({ ...r, data: mask(r.data) })),
    ...(f.fix ? { fix: { ...f.fix, data: mask(f.fix.data) } } : {}),
  };
}

/** The zh-CN template of a key, from the catalog itself (no English fallback). */
const zhOf = (key: string): string | undefined => ZH_CN_FINDINGS[key] ?? ZH_CN[key];

/** Things a translation must carry over unchanged: variables, directive-style names, headers, flags, numbers, code. */
function tokens(text: string): string[] {
  const re = /`[^`]+`|\$\w+|--[a-z][a-z-]*|\b[a-z0-9]+(?:_[a-z0-9]+)+\b|\b[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+\b|\b\d+(?:\.\d+)*\b/g;
  return [...new Set(text.match(re) ?? [])].sort();
}

describe('zh-CN catalog', () => {
  const keys = catalogKeys();

  it('covers every rule summary, message, fix title and related note, every shared word and every CLI string', () => {
    const missing = keys.filter((k) => zhOf(k) === undefined);
    expect(missing, `add these to src/i18n/zh-CN-findings.ts or zh-CN.ts: ${missing.join(', ')}`).toEqual([]);
    expect(keys.length).toBeGreaterThan(RULES.length * 2);
    // Fix titles and related notes are catalog keys too.
    expect(keys.filter((k) => /^[a-z0-9-]+\.fix\./.test(k)).length).toBeGreaterThan(15);
    expect(keys.filter((k) => /^[a-z0-9-]+\.related\./.test(k)).length).toBeGreaterThan(20);
    expect(keys.filter((k) => k.startsWith('msg.')).length).toBeGreaterThan(25);
  });

  it('has no keys that nothing uses (renamed message ids leave stale translations)', () => {
    const known = new Set(keys);
    expect([...Object.keys(ZH_CN), ...Object.keys(ZH_CN_FINDINGS)].filter((k) => !known.has(k))).toEqual([]);
  });

  it('uses exactly the placeholders of the English text', () => {
    const bad = keys.filter((k) => zhOf(k) !== undefined)
      .filter((k) => placeholderNames(zhOf(k)!).join() !== placeholderNames(englishTemplate(k)!).join())
      .map((k) => `${k}: en {${placeholderNames(englishTemplate(k)!).join(',')}} zh {${placeholderNames(zhOf(k)!).join(',')}}`);
    expect(bad).toEqual([]);
  });

  it('keeps directive names, variables, headers, flags, numbers and code untranslated', () => {
    const bad: string[] = [];
    for (const k of keys) {
      const zh = zhOf(k);
      if (zh === undefined) continue;
      const lost = tokens(englishTemplate(k)!.replace(/\{\w+(?::[^{}|]*\|[^{}]*)?\}/g, ' ')).filter((tok) => !zh.includes(tok));
      if (lost.length) bad.push(`${k}: ${lost.join(' ')}`);
    }
    expect(bad).toEqual([]);
  });

  it('has no CLI key that no source file uses (a key is used as a literal, or through a `prefix.${...}` template)', () => {
    const files = ['src', 'rules'].flatMap((d) => (readdirSync(path.join(root, d), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') || f.endsWith('.tsx')).map((f) => path.join(root, d, f)))
      .filter((f) => !/src\/i18n\/(en|zh-CN)\.ts$/.test(f));
    const exact = new Set<string>();
    const prefixes: string[] = [];
    for (const f of files) {
      for (const l of stringLiterals(readFileSync(f, 'utf8'))) {
        if (/^cli\.[\w.]+$/.test(l.text)) exact.add(l.text);
        const m = /^(cli\.[\w.]*\.)\{\}$/.exec(l.text);
        if (m) prefixes.push(m[1]!);
      }
    }
    expect(exact.size).toBeGreaterThan(50);
    expect(Object.keys(EN_CLI).filter((k) => !exact.has(k) && !prefixes.some((p) => k.startsWith(p)))).toEqual([]);
  });

  it('has Chinese CLI text: every template has Han characters, or only placeholders, punctuation and nginx words', () => {
    // Names that are the same in Chinese: layouts (product names), JSON's null, and the config key "preset".
    const same = new Set(['cli.config.layout.1panel', 'cli.config.layout.debian', 'cli.type.null', 'cli.init.preset']);
    const english = Object.keys(EN_CLI).filter((k) => !same.has(k)).filter((k) => {
      const zh = ZH_CN[k] ?? '';
      if (/[\u4e00-\u9fff]/.test(zh)) return false;
      // nginx's own words (block and directive names, the product) stay as written.
      const rest = zh.replace(/\{\w+(?::[^{}|]*\|[^{}]*)?\}/g, '').replace(/--?[a-z][a-z-]*/g, '').replace(/\b(?:nginx|upstream|keepalive|server|location|http)\b/g, '');
      return /[A-Za-z]{2,}/.test(rest);
    });
    expect(english).toEqual([]);
  });

  it('is Chinese: every rule or finding text whose English has prose has Han characters', () => {
    const prose = (en: string): boolean => englishProse(en.replace(/\{\w+(?::[^{}|]*\|[^{}]*)?\}/g, ' ')).length > 0 || /^[a-z]+( [a-z]+)*$/i.test(en.trim());
    const bad = keys.filter((k) => !k.startsWith('cli.') && prose(englishTemplate(k)!) && !/[\u4e00-\u9fff]/.test(zhOf(k) ?? ''));
    expect(bad).toEqual([]);
    expect(keys.filter((k) => k.endsWith('.summary')).every((k) => /[\u4e00-\u9fff]/.test(zhOf(k)!))).toBe(true);
  });
});

describe('zh-CN documentation (explain)', () => {
  const english = (id: string): { summary: string; why: string; fix: string } => {
    const rule = RULES.find((r) => r.meta.id === id);
    if (rule) return { summary: rule.meta.summary, why: rule.meta.docs.why, fix: rule.meta.docs.fix };
    const e = ENGINE_RULES[id as (typeof ENGINE_IDS)[number]];
    return { summary: e.summary, why: e.why, fix: e.fix };
  };
  const ids = [...RULES.map((r) => r.meta.id), ...ENGINE_IDS];

  it('translates why and fix of every rule, and summary, why and fix of every engine id, for no unknown id', () => {
    const han = /[\u4e00-\u9fff]/;
    const missing = ids.filter((id) => !ZH_CN_DOCS[id] || !han.test(ZH_CN_DOCS[id]!.why) || !han.test(ZH_CN_DOCS[id]!.fix));
    expect(missing, `add these to src/i18n/zh-CN-docs.ts: ${missing.join(', ')}`).toEqual([]);
    expect(ENGINE_IDS.filter((id) => !han.test(ZH_CN_DOCS[id]?.summary ?? ''))).toEqual([]);
    // A rule's summary is translated once, in the message catalog.
    expect(RULES.filter((r) => ZH_CN_DOCS[r.meta.id]?.summary !== undefined).map((r) => r.meta.id)).toEqual([]);
    expect(Object.keys(ZH_CN_DOCS).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('keeps the code, directive names, flags, numbers and experiment references of the English text', () => {
    const refs = (s: string): string[] => [...new Set(s.match(/\b(?:SSE\d+[a-z]?|E\d+[a-z]?|§[\d.]+)/g) ?? [])].sort();
    const bad: string[] = [];
    for (const id of ids) {
      for (const field of ['summary', 'why', 'fix'] as const) {
        const en = english(id)[field];
        const zh = ZH_CN_DOCS[id]?.[field];
        if (zh === undefined) continue;
        const lost = [...tokens(en), ...refs(en)].filter((tok) => !zh.includes(tok.replace(/\.$/, '')));
        if (lost.length) bad.push(`${id}.${field}: ${lost.join(' ')}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('finding text from typed data', () => {
  const zh = findingRenderer('zh-CN');
  const en = findingRenderer('en');

  it('every fixture fix title, related note and stream reason has an id and data, and renders from them', () => {
    const fixes = fixtureFindings.filter((f) => f.fix);
    expect(fixes.length).toBeGreaterThan(10);
    for (const f of fixes) {
      expect(f.fix!.titleId, f.fix!.title).toBeDefined();
      expect(renderKey(en, f.fix!.titleId!, f.fix!.data)).toBe(f.fix!.title);
    }
    const related = fixtureFindings.flatMap((f) => f.related);
    expect(related.length).toBeGreaterThan(20);
    for (const r of related) {
      expect(r.messageId, r.message).toBeDefined();
      expect(renderKey(en, r.messageId!, r.data)).toBe(r.message);
    }
    for (const f of fixtureFindings.filter((x) => x.stream)) expect(f.streamReasons).toHaveLength(f.stream!.length);
  });

  it('keeps message data plain JSON (no model objects), so JSON reports can carry it', () => {
    for (const f of fixtureFindings) {
      for (const part of [f.data, f.fix?.data, ...f.related.map((r) => r.data), f.streamReasons]) {
        if (part !== undefined) expect(JSON.parse(JSON.stringify(part))).toEqual(part);
      }
    }
  });

  it('never reads English back: a finding renders in Chinese from its data even when its English text is gone', () => {
    for (const f of fixtureFindings) {
      const blank: Finding = {
        ...f, message: '', stream: f.stream?.map(() => ''), related: f.related.map((r) => ({ ...r, message: '' })),
        ...(f.fix ? { fix: { ...f.fix, title: '' } } : {}),
      };
      expect(localizeFinding(blank, 'zh-CN')).toEqual(localizeFinding(f, 'zh-CN'));
    }
  });

  it('leaves no English prose in the Chinese messages, related notes, fix titles and stream reasons of the fixtures', () => {
    // nginx text (code) stays as written; everything else sse-lint writes must be Chinese.
    const bad: string[] = [];
    for (const f of fixtureFindings) {
      const z = localizeFinding(maskCode(f), 'zh-CN');
      for (const text of [z.message, ...z.related.map((r) => r.message), z.fix?.title ?? '', ...(z.stream ?? [])]) {
        for (const prose of englishProse(text)) bad.push(`${f.ruleId}: "${prose}" in ${text}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('passes nginx text as code, never an English phrase: every code value has code characters or is one word', () => {
    const bad = new Set<string>();
    for (const f of fixtureFindings) for (const text of codeTexts(f)) if (!looksLikeCode(text)) bad.add(`${f.ruleId}: ${text}`);
    expect([...bad]).toEqual([]);
  });

  it("renders the engine's wrapper around a fix moved out of a shared include, with the rule's own title inside", () => {
    const data = (count: number) => ({
      title: { kind: 'message' as const, key: 'buffering-on.fix.turnOff', data: { directive: { kind: 'code' as const, text: 'proxy_buffering' } } },
      block: { kind: 'code' as const, text: 'server example.com' }, at: { kind: 'code' as const, text: 'app.conf:3' },
      file: { kind: 'code' as const, text: 'sse.conf' }, count,
    });
    expect(renderKey(en, 'msg.fix.sharedInclude', data(2))).toBe('Turn proxy_buffering off for this location, in server example.com (app.conf:3) instead: sse.conf is also included in 2 places that do not need it');
    expect(renderKey(en, 'msg.fix.sharedInclude', data(1))).toBe('Turn proxy_buffering off for this location, in server example.com (app.conf:3) instead: sse.conf is also included in 1 place that does not need it');
    expect(renderKey(zh, 'msg.fix.sharedInclude', data(2))).toBe('在此 location 中关闭 proxy_buffering，改在 server example.com（app.conf:3）中进行：sse.conf 还被另外 2 处 include，而那些地方不需要这项修改');
    expect(renderKey(zh, 'msg.fix.sharedInclude', data(1))).toBe('在此 location 中关闭 proxy_buffering，改在 server example.com（app.conf:3）中进行：sse.conf 还被另外 1 处 include，而那里不需要这项修改');
  });

  it('renders origins per locale, dropping the space between Chinese text and a Chinese value but not before nginx text', () => {
    const origin = (self: boolean) => ({ kind: 'origin' as const, origin: { kind: 'directive' as const, text: 'proxy_buffering on', at: 'a.conf:3', level: self ? { name: 'location /sse', self: true } : { name: 'server' } } });
    expect(renderArg(zh, origin(true))).toBe('proxy_buffering on (a.conf:3)，位于当前 location /sse');
    expect(renderArg(zh, origin(false))).toBe('proxy_buffering on (a.conf:3)，位于 server');
    expect(renderArg(en, origin(true))).toBe('proxy_buffering on (a.conf:3) in this location /sse');
    const dflt = { kind: 'origin' as const, origin: { kind: 'default' as const, basis: { kind: 'versioned' as const, when: 'before' as const, version: '1.29.7', versionUnknown: true }, levels: [{ name: 'location /sse', self: true }, { name: 'server' }, { name: 'http' }] } };
    expect(renderArg(en, dflt)).toBe('nginx default before 1.29.7 (version unknown; pass --nginx-version); not set in this location /sse, server or http');
    expect(renderArg(zh, dflt)).toBe('nginx 1.29.7 之前的默认值（版本未知，可用 --nginx-version 指定）；当前 location /sse、server、http 中均未设置');
  });

  it('keeps nginx text (code) as it is in every locale, and lists follow the locale', () => {
    for (const v of ['proxy_set_header X-Accel-Buffering no (bad.conf:4)', 'off', '$http_upgrade', 'location /events', 'bad.conf:6', '']) {
      expect(renderArg(zh, { kind: 'code', text: v })).toBe(v);
    }
    const items = ['a', 'b', 'c'].map((text) => ({ kind: 'code' as const, text }));
    expect(renderArg(en, { kind: 'list', join: 'or', items })).toBe('a, b or c');
    expect(renderArg(en, { kind: 'list', join: 'comma', items, more: 2 })).toBe('a, b, c and 2 more');
    expect(renderArg(zh, { kind: 'list', join: 'comma', items, more: 2 })).toBe('a、b、c，另有 2 个');
    expect(renderArg(zh, { kind: 'list', join: 'and', items: items.slice(0, 2) })).toBe('a 和 b');
  });
});

describe('rendering', () => {
  it('t() fills placeholders and English plurals', () => {
    const none = { streams: '', notes: '' };
    expect(t('en', 'cli.summary.problems', { count: 1, errors: 1, warnings: 0, infos: 0, withFindings: 1, files: 1, ...none })).toBe('1 problem (1 error, 0 warnings, 0 info) in 1 of 1 file read.');
    expect(t('en', 'cli.summary.problems', { count: 3, errors: 2, warnings: 1, infos: 0, withFindings: 2, files: 6, ...none })).toBe('3 problems (2 errors, 1 warning, 0 info) in 2 of 6 files read.');
    expect(t('zh-CN', 'cli.summary.problems', { count: 3, errors: 2, warnings: 1, infos: 0, withFindings: 2, files: 6, ...none })).toBe('共 3 个问题（2 个错误，1 个警告，0 个提示），涉及读取的 6 个文件中的 2 个。');
    expect(t('zh-CN', 'cli.summary.none', { files: 4, ...none })).toBe('检查了 4 个文件，未发现问题。');
    expect(t('en', 'cli.summary.streams', { count: 1 })).toBe(', 1 stream location');
    expect(t('zh-CN', 'cli.summary.none', { files: 4, streams: t('zh-CN', 'cli.summary.streams', { count: 2 }), notes: '' })).toBe('检查了 4 个文件，2 个事件流 location，未发现问题。');
    expect(t('en', 'buffering-on.summary')).toBe(RULES.find((r) => r.meta.id === 'buffering-on')!.meta.summary);
    expect(t('zh-CN', 'buffering-on.summary')).toBe('响应缓冲会扣住事件流数据');
  });

  it('t() throws for an unknown key or a missing value', () => {
    expect(() => t('en', 'cli.nope' as never)).toThrow(/no message "cli.nope"/);
    expect(() => t('zh-CN', 'cli.usage.badMap')).toThrow(/\{value\}/);
  });

  it('every CLI string renders in both locales', () => {
    for (const key of Object.keys(EN_CLI) as (keyof typeof EN_CLI)[]) {
      const data = Object.fromEntries(placeholderNames(EN_CLI[key]).map((p) => [p, 2]));
      expect(t('en', key, data)).not.toMatch(/\{\w+/);
      expect(t('zh-CN', key, data)).not.toMatch(/\{\w+/);
    }
  });
});

describe('localizeFinding', () => {
  const text = `http {
    server {
        listen 80;
        location /api/events {
            proxy_pass http://127.0.0.1:8080;
        }
    }
}
`;
  const findings = lintTree(loadConfig(['/site/nginx.conf'], { fs: memoryFs({ '/site/nginx.conf': text }) })).findings;
  const buffering = findings.find((f) => f.ruleId === 'buffering-on')!;

  it('renders a rule message in Chinese from its messageId and data', () => {
    const zh = localizeFinding(buffering, 'zh-CN');
    expect(zh.message).toBe('proxy_buffering 在此处为 on（nginx 默认值；当前 location /api/events、server、http 中均未设置）；事件要等缓冲区写满或流结束时才成批到达客户端。事件流判定依据：路径 /api/events 包含 "events"（这是推测：在该 location 中加上 "# sse-lint: stream" 可以确认；加上 "# sse-lint: not-stream" 或在配置的 notStreams 中写上匹配的模式可以否认）。（后端若返回 "X-Accel-Buffering: no"，也能针对单个响应关闭缓冲；这一点从配置中看不出来。）');
    expect(zh.fix?.title).toBe('在此 location 中关闭 proxy_buffering');
    expect(zh.stream).toEqual(['路径 /api/events 包含 "events"']);
    expect(zh.fix?.edits).toBe(buffering.fix?.edits);
    expect(zh.span).toBe(buffering.span);
  });

  it('round-trips: English is the finding itself, and the input is never changed', () => {
    const copy = structuredClone(findings);
    for (const f of findings) {
      expect(localizeFinding(f, 'en')).toBe(f);
      const zh = localizeFinding(f, 'zh-CN');
      expect(zh.ruleId).toBe(f.ruleId);
      expect(zh.fingerprint).toBe(f.fingerprint);
      expect(/[\u4e00-\u9fff]/.test(zh.message)).toBe(true);
      // Re-rendering the English template with the finding's data gives back the engine's message.
      expect(renderKey(findingRenderer('en'), `${f.ruleId}.${f.messageId!}`, f.data)).toBe(f.message);
    }
    expect(findings).toEqual(copy);
  });

  it('renders every fixture finding in Chinese without leftover placeholders', () => {
    expect(fixtureFindings.length).toBeGreaterThan(50);
    for (const f of fixtureFindings) {
      const zh = localizeFinding(f, 'zh-CN');
      expect(zh.message, f.message).toMatch(/[\u4e00-\u9fff]/);
      expect(zh.message).not.toMatch(/\{[a-zA-Z]+\}/);
    }
  });

  it('leaves findings sse-lint reports itself (nginx wording, no messageId) in English', () => {
    const broken = lintTree(loadConfig(['/x/nginx.conf'], { fs: memoryFs({ '/x/nginx.conf': 'http {\n  server {\n}\n' }) })).findings;
    const parse = broken.find((f) => f.ruleId === 'parse-error')!;
    expect(localizeFinding(parse, 'zh-CN').message).toBe(parse.message);
  });
});

describe('resolveLocale', () => {
  it('takes --locale first, in the usual spellings, and rejects others', () => {
    expect(resolveLocale('zh-CN', { LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(resolveLocale('zh_CN', {})).toBe('zh-CN');
    expect(resolveLocale('en', { LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(() => resolveLocale('fr', {})).toThrow(LocaleError);
    expect(() => resolveLocale('', {})).toThrow(LocaleError);
  });

  it('then the config, then LC_ALL, LC_MESSAGES, LANG (first one set), else English', () => {
    expect(resolveLocale(undefined, { LANG: 'en_US.UTF-8' }, 'zh-CN')).toBe('zh-CN');
    expect(resolveLocale(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(resolveLocale(undefined, { LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(resolveLocale(undefined, { LC_ALL: '', LC_MESSAGES: 'zh_CN.utf8', LANG: 'en_US' })).toBe('zh-CN');
    expect(resolveLocale(undefined, { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(resolveLocale(undefined, {})).toBe('en');
  });

  it('parseLocale: Simplified Chinese spellings; Traditional Chinese has no catalog', () => {
    expect(['zh', 'zh-CN', 'zh_SG.GB2312', 'zh-Hans', 'zh-Hans-CN', 'ZH_cn.UTF-8@euro'].map(parseLocale)).toEqual(Array(6).fill('zh-CN'));
    expect(['en', 'en_GB.UTF-8', 'C', 'POSIX', 'C.UTF-8'].map(parseLocale)).toEqual(Array(5).fill('en'));
    expect(['zh_TW.UTF-8', 'zh-Hant', 'ja_JP'].map(parseLocale)).toEqual([null, null, null]);
  });
});
