// Severities, version wording and unsafe fixes of the X-Accel-Buffering, HTTP/1.0, keepalive and Connection-header rules.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleById } from '../../src/engine/registry.js';
import { fixInMemory } from '../../src/fix/apply.js';
import { diskFs, memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { lintTree } from '../../src/lint.js';
import type { Finding } from '../../src/types.js';
import { fixtureCases, lintCase, type FixtureCase } from '../helpers/fixtures.js';
import { root } from '../helpers/shared.js';

const IDS = [
  'accel-buffering-ignored', 'accel-buffering-request-header', 'accel-buffering-response-header', 'upstream-http10',
  'lua-http10-buffering', 'keepalive-ineffective', 'connection-upgrade-on-stream', 'duplicate-hop-header',
];

function fixture(id: string, name: string): FixtureCase {
  const c = fixtureCases(path.join(root, 'test/fixtures/rules', id)).find((x) => x.name === name);
  if (!c) throw new Error(`no fixture ${id}/${name}`);
  return c;
}

function findings(id: string, name: string): Finding[] {
  return lintCase(ruleById(id)!, fixture(id, name)).filter((f) => f.ruleId === id);
}

/** `line severity` for each finding, in order. */
function severities(list: Finding[]): string[] {
  return list.map((f) => `${f.span.line} ${f.severity}`);
}

/** The text of a one-file case after its unsafe fixes, and whether the loop settled. */
function unsafeFixed(id: string, name: string): { text: string; converged: boolean } {
  const rule = ruleById(id)!;
  const c = fixture(id, name);
  const out = fixInMemory(diskFs, (fs) => {
    const tree = loadConfig([c.entry], { fs });
    return { trees: [tree], findings: lintTree(tree, { rulesList: [rule], model: c.model }).findings };
  }, { unsafe: true, rules: [id] });
  return { text: out.changed.get(c.entry)?.after ?? '', converged: out.converged };
}

function lintSnippet(id: string, text: string): Finding[] {
  const tree = loadConfig(['/docs/example.conf'], { fs: memoryFs({ '/docs/example.conf': text }) });
  return lintTree(tree, { rulesList: [ruleById(id)!] }).findings;
}

describe('docs examples, linted alone', () => {
  for (const id of IDS) {
    it(`${id}: docs.bad gives exactly one finding and nothing else, docs.good nothing`, () => {
      const rule = ruleById(id)!;
      const bad = lintSnippet(id, rule.meta.docs.bad);
      expect(bad.map((f) => f.ruleId)).toEqual([id]);
      expect(lintSnippet(id, rule.meta.docs.good)).toEqual([]);
    });
  }
});

describe('severities', () => {
  it('upstream-http10: error when the backend is a content_by_lua location of this config that buffers HTTP/1.0', () => {
    // /lua-sse and /api/events reach buffering Lua; /remote/events is another host; /lua-stream has buffering off.
    expect(severities(findings('upstream-http10', 'lua.bad'))).toEqual(['12 error', '18 error', '24 warning', '30 warning']);
    expect(severities(findings('upstream-http10', 'bad'))).toEqual(['8 warning', '16 warning', '31 warning']);
  });

  it('accel-buffering-response-header: info for yes/no, warning for other values, a fix only when the intent is clear', () => {
    const list = findings('accel-buffering-response-header', 'bad');
    expect(severities(list)).toEqual(['7 info', '12 warning', '17 warning', '19 warning', '26 info', '32 warning', '38 warning']);
    expect(list.map((f) => f.fix?.applicability ?? '-')).toEqual(['-', 'safe', 'safe', 'safe', '-', 'safe', '-']);
  });
});

describe('version wording', () => {
  it('upstream-http10 says the pre-1.29.7 default is assumed only when no version is given', () => {
    expect(findings('upstream-http10', 'bad')[0]!.message).toContain('assumed because no --nginx-version was given');
    const known = findings('upstream-http10', 'version-1.22.1.bad');
    expect(known).toHaveLength(1);
    expect(known[0]!.message).not.toContain('assumed');
    expect(known[0]!.message).toContain('nginx default before 1.29.7;');
  });
});

describe('unsafe fixes', () => {
  it('accel-buffering-ignored drops the value, or the whole line when it was the only one', () => {
    const { text, converged } = unsafeFixed('accel-buffering-ignored', 'bad');
    expect(converged).toBe(true);
    expect(text).not.toMatch(/^\s*proxy_ignore_headers[^;]*x-accel-buffering/im);
    expect(text).toContain('            proxy_ignore_headers Set-Cookie; # expect');
    expect(text).toContain('        proxy_ignore_headers Expires;\n        proxy_buffering on;\n');
    expect(text).toContain('http {\n\n    server {');
  });

  it('accel-buffering-request-header removes the lines', () => {
    const { text } = unsafeFixed('accel-buffering-request-header', 'bad');
    expect(text).not.toMatch(/x-accel-buffering/i);
    expect(text).toContain('            proxy_set_header Host $host;\n            # The header name is case-insensitive.\n        }');
  });

  it('duplicate-hop-header keeps the empty value on a stream and the last line elsewhere', () => {
    const { text, converged } = unsafeFixed('duplicate-hop-header', 'bad');
    expect(converged).toBe(true);
    expect(text).toContain('            proxy_buffering off;\n            proxy_set_header Connection "";\n        }');
    expect(text).toContain('            proxy_set_header Connection upgrade; # expect');
    expect(text).not.toContain('Connection keep-alive');
    expect(text).not.toContain('timeout=5;');
    expect(text.match(/^\s*proxy_set_header [Uu]pgrade/gm)).toHaveLength(1);
  });
});
