// The docs examples of the X-Accel-Buffering, HTTP/1.0, keepalive and Connection-header rules: bad gives one finding, good none.
import { describe, expect, it } from 'vitest';
import { ruleById } from '../../src/engine/registry.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { lintTree } from '../../src/lint.js';

const IDS = [
  'accel-buffering-ignored', 'accel-buffering-request-header', 'accel-buffering-response-header', 'upstream-http10',
  'lua-http10-buffering', 'keepalive-ineffective', 'connection-upgrade-on-stream', 'duplicate-hop-header',
];

function lintSnippet(id: string, text: string) {
  const rule = ruleById(id)!;
  const tree = loadConfig(['/docs/example.conf'], { fs: memoryFs({ '/docs/example.conf': text }) });
  return lintTree(tree, { rulesList: [rule] }).findings;
}

describe('docs examples', () => {
  for (const id of IDS) {
    it(`${id}: docs.bad gives exactly one finding, docs.good none, and nothing else is reported`, () => {
      const rule = ruleById(id);
      expect(rule, `${id} is registered`).toBeDefined();
      const bad = lintSnippet(id, rule!.meta.docs.bad);
      expect(bad.filter((f) => f.ruleId !== id).map((f) => f.message)).toEqual([]);
      expect(bad.filter((f) => f.ruleId === id).map((f) => f.message)).toHaveLength(1);
      const good = lintSnippet(id, rule!.meta.docs.good);
      expect(good.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    });
  }
});
