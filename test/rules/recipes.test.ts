// A message says what is wrong; a suggestion names the repair and makes it (issue 15). A finding that carries no
// suggestion keeps the repair in its message, in both locales: when the rule can make none (the line is set at an outer
// level, a map decides the value, more_set_headers sets the header), when the engine takes it away (a file that
// includers share, not all of which need the edit) and when the layout does (APISIX's generated nginx.conf).
// The text plays no part in a finding's identity: a baseline written before the change still matches.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, type BaselineFile } from '../../src/engine/baseline.js';
import { localizeFinding } from '../../src/i18n/index.js';
import { lint } from '../../src/index.js';
import type { Finding } from '../../src/types.js';
import { englishProse } from '../helpers/english.js';
import { root } from '../helpers/shared.js';

const tree = path.join(root, 'test/fixtures/recipes');
const entry = path.join(tree, 'nginx.conf');

/** The repair in words, as each locale writes it (a part no other sentence of the message has). */
const RECIPES: Record<string, Record<string, { en: string; zh: string }>> = {
  'gzip-event-stream': { compressed: { en: 'Consider keeping text/event-stream out of gzip_types or adding `gzip off;` here.', zh: '可以考虑把 text/event-stream 从 gzip_types 中去掉' } },
  'cors-credentials-wildcard': { wildcard: { en: 'Reflect an allow-listed origin instead: map $http_origin $cors_origin', zh: '请改为回显白名单中的 origin：map $http_origin $cors_origin' } },
  'add-header-in-if': { lost: { en: 'Repeat them inside the if, or set the value with a map variable instead of an if.', zh: '请在 if 中重复这些行' } },
  'keepalive-ineffective': { closes: { en: 'Use proxy_http_version 1.1; and proxy_set_header Connection ""; (or a map whose empty value is "") where these requests are proxied.', zh: '请在代理这些请求的地方使用 proxy_http_version 1.1;' } },
  'connection-upgrade-on-stream': {
    literal: { en: 'Send it only to WebSocket requests with map $http_upgrade $connection_upgrade', zh: '只对 WebSocket 请求发送它' },
    client: { en: 'Use map $http_upgrade $connection_upgrade', zh: '请改用 map $http_upgrade $connection_upgrade' },
  },
};

const recipeOf = (f: Finding): { en: string; zh: string } | undefined => RECIPES[f.ruleId]?.[f.messageId!];

async function findings(input: string): Promise<Finding[]> {
  return (await lint(input, { config: false })).findings;
}

/** `rule:messageId file:line fix|recipe` for each finding with a recipe, after checking both locales say what they should. */
function checked(list: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const f of list) {
    const recipe = recipeOf(f);
    if (!recipe) continue;
    const zh = localizeFinding(f, 'zh-CN').message;
    expect(englishProse(zh), zh).toEqual([]);
    if (f.fix) {
      // The suggestion names the repair; the message leaves it out (its data says so) in both locales.
      expect(f.fix.applicability).toBe('suggestion');
      expect(f.data!.recipe, f.message).toBeNull();
      expect(f.message).not.toContain(recipe.en);
      expect(zh).not.toContain(recipe.zh);
    } else {
      expect(f.data!.recipe, f.message).not.toBeNull();
      expect(f.message).toContain(recipe.en);
      expect(zh).toContain(recipe.zh);
    }
    out.push(`${f.ruleId}:${f.messageId} ${path.relative(tree, f.span.file).split(path.sep).join('/')}:${f.span.line} ${f.fix ? 'fix' : 'recipe'}`);
  }
  return out;
}

describe('a message names the repair only when no suggestion carries it', () => {
  it('with a suggestion the message says what is wrong; without one (made or kept) it says how to repair it, in en and zh-CN', async () => {
    const list = await findings(entry);
    expect(checked(list)).toEqual([
      'keepalive-ineffective:closes nginx.conf:24 fix',
      'gzip-event-stream:compressed nginx.conf:27 fix',
      'connection-upgrade-on-stream:literal nginx.conf:28 fix',
      'cors-credentials-wildcard:wildcard nginx.conf:29 fix',
      'add-header-in-if:lost nginx.conf:32 fix',
      'keepalive-ineffective:closes nginx.conf:38 fix',
      // A WebSocket map sends the Connection value: the map has to change, by hand.
      'keepalive-ineffective:closes nginx.conf:43 recipe',
      'connection-upgrade-on-stream:client nginx.conf:56 fix',
      // The Connection line is the server's: the idiom is not offered in one of its locations.
      'connection-upgrade-on-stream:literal nginx.conf:58 recipe',
      // more_set_headers sets the origin.
      'cors-credentials-wildcard:wildcard nginx.conf:61 recipe',
      'connection-upgrade-on-stream:literal snippets/upgrade.conf:1 recipe',
    ]);
    // The rule made a suggestion there, and the engine took it away: /static/ includes the file too.
    const shared = list.find((f) => f.span.file.endsWith('upgrade.conf'))!;
    expect(shared.related.map((r) => r.messageId)).toContain('msg.related.sharedNoFix');
  });

  it("in APISIX's generated nginx.conf no finding keeps its suggestion, and each names the repair", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-recipes-'));
    try {
      const conf = path.join(dir, 'usr/local/apisix/conf');
      mkdirSync(path.join(conf, 'snippets'), { recursive: true });
      writeFileSync(path.join(conf, 'config.yaml'), 'deployment:\n  role: traditional\n');
      writeFileSync(path.join(conf, 'nginx.conf'), '# Generated by apisix\n' + readFileSync(entry, 'utf8'));
      for (const f of ['upgrade.conf', 'cache.conf']) writeFileSync(path.join(conf, 'snippets', f), readFileSync(path.join(tree, 'snippets', f)));
      const run = await lint(path.join(dir, 'usr/local/apisix'), { config: false });
      expect(run.preset?.name).toBe('apisix');
      const inGenerated = run.findings.filter((f) => recipeOf(f) && f.span.file === path.join(conf, 'nginx.conf'));
      // Every rule of this change, each with a suggestion it lost here.
      expect(new Set(inGenerated.map((f) => f.ruleId)).size).toBe(5);
      expect(inGenerated.filter((f) => f.related.at(-1)!.messageId === 'msg.related.apisixGenerated').length).toBe(inGenerated.length);
      for (const f of inGenerated) {
        expect(f.fix).toBeUndefined();
        expect(f.message).toContain(recipeOf(f)!.en);
        expect(localizeFinding(f, 'zh-CN').message).toContain(recipeOf(f)!.zh);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a baseline written before the messages changed still matches every finding', async () => {
    const file = path.join(tree, 'baseline-before.json');
    const list = await findings(entry);
    const b = applyBaseline(file, list);
    expect({ left: b.findings.map((f) => `${f.ruleId} ${f.span.line}`), matched: b.matched, unmatched: b.unmatched })
      .toEqual({ left: [], matched: list.length, unmatched: 0 });
    // It was written with the old text: the findings whose suggestion now carries the repair read differently.
    const recorded = new Map((JSON.parse(readFileSync(file, 'utf8')) as BaselineFile).findings.map((e) => [e.fingerprint, e.message]));
    const moved = list.filter((f) => recipeOf(f) && f.fix);
    expect(moved.length).toBe(7);
    for (const f of moved) {
      // (The literal case's recipe was a clause after a semicolon: compared without case.)
      expect(recorded.get(f.fingerprint!)!.toLowerCase()).toContain(recipeOf(f)!.en.toLowerCase());
      expect(f.message.toLowerCase()).not.toContain(recipeOf(f)!.en.toLowerCase());
    }
  });
});
