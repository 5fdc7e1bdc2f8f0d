// `sse-lint explain`: every rule and engine id, in English and in Simplified Chinese (--locale or LANG).
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { explainEngineId, explainRule } from '../../src/pipeline/explain.js';
import { ENGINE_IDS } from '../../src/engine/engine.js';
import { RULES } from '../../src/engine/registry.js';
import { englishProse } from '../helpers/english.js';
import { root } from '../helpers/shared.js';

async function run(argv: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => new Uint8Array(), cwd: root, color: false, env };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('englishProse (the detector the tests below rely on)', () => {
  it('finds runs of three English words, and ignores code, paths, URLs, flags and lone directive names', () => {
    expect(englishProse('With proxy_buffering on (the default) nginx passes data on')).toEqual(['nginx passes data on']);
    expect(englishProse("Chrome and Firefox marked this won't fix")).toEqual(["Chrome and Firefox marked this won't fix"]);
    expect(englishProse('Why\nevents arrive in lumps')).toEqual(['events arrive in lumps']);
    expect(englishProse('在此 location 中插入 `proxy_buffering off;`（见规则 buffering-on），参见 https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffering')).toEqual([]);
    expect(englishProse('proxy_set_header X-Accel-Buffering no (a.conf:3) 与 --fix --unsafe-fixes 以及 $http_upgrade')).toEqual([]);
    expect(englishProse('    proxy_pass http://127.0.0.1:8080;\n    some indented config text', { skipIndented: true })).toEqual([]);
    expect(englishProse('    some indented config text')).toEqual(['some indented config text']);
    expect(englishProse('日志中的 "16 worker_connections are not enough"，再配合 add_header Vary Origin always; 即可')).toEqual([]);
    expect(englishProse('"this is quoted" and this is not')).toEqual(['and this is not']);
  });
});

describe('explain', () => {
  it('prints the English documentation by default, unchanged in layout', async () => {
    const r = await run(['explain', 'buffering-on']);
    expect(r.code).toBe(0);
    const rule = RULES.find((x) => x.meta.id === 'buffering-on')!;
    expect(r.out.split('\n').slice(0, 4)).toEqual(['buffering-on (error; fix: safe)', rule.meta.summary, '', 'Why']);
    expect(r.out).toContain(`\nBad\n    location /v1/chat/completions {\n`);
    expect(r.out).toContain(`\nFix\n${rule.meta.docs.fix}\n`);
    expect(r.out).toContain('\nReferences\n  https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffering\n');
  });

  it('explain buffering-on --locale zh-CN has no English prose; the English text it printed before does', async () => {
    const zh = await run(['explain', 'buffering-on', '--locale', 'zh-CN']);
    expect(zh.code).toBe(0);
    expect(zh.out.split('\n').slice(0, 2)).toEqual(['buffering-on（错误；修复：安全）', '响应缓冲会扣住事件流数据']);
    expect(zh.out).toContain('\n错误示例\n    location /v1/chat/completions {\n        proxy_pass http://127.0.0.1:8080;\n    }\n');
    expect(zh.out).toContain('`proxy_buffering off;`');
    expect(englishProse(zh.out, { skipIndented: true })).toEqual([]);
    // Before, --locale zh-CN printed this English page: the same check finds prose in it.
    const en = await run(['explain', 'buffering-on']);
    expect(englishProse(en.out, { skipIndented: true }).length).toBeGreaterThan(5);
  });

  it('a Chinese LANG chooses Chinese, and --locale en overrides it', async () => {
    expect((await run(['explain', 'buffering-on'], { LANG: 'zh_CN.UTF-8' })).out).toMatch(/^buffering-on（错误；修复：安全）\n/);
    expect((await run(['explain', 'buffering-on', '--locale', 'en'], { LANG: 'zh_CN.UTF-8' })).out).toMatch(/^buffering-on \(error; fix: safe\)\n/);
  });

  it('every rule and engine id reads as Chinese, without English prose, keeping the config examples as written', () => {
    for (const rule of RULES) {
      const zh = explainRule(rule, 'zh-CN');
      expect(englishProse(zh, { skipIndented: true }), rule.meta.id).toEqual([]);
      expect(zh).toContain(rule.meta.docs.bad.split('\n').map((l) => `    ${l}`).join('\n'));
      expect(zh).toContain(rule.meta.docs.good.split('\n').map((l) => `    ${l}`).join('\n'));
      for (const ref of rule.meta.docs.references) expect(zh).toContain(`  ${ref}\n`);
      if (rule.meta.options && Object.keys(rule.meta.options).length) expect(zh).toContain(`选项（默认值）：${JSON.stringify(rule.meta.options)}`);
    }
    for (const id of ENGINE_IDS) {
      const zh = explainEngineId(id, 'zh-CN');
      expect(englishProse(zh), id).toEqual([]);
      expect(zh.split('\n')[1], id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('explains the engine ids too', async () => {
    const r = await run(['explain', 'include-cycle']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('include-cycle (error; reported by sse-lint itself, no fix)\nFiles include each other in a loop\n\nWhy\n'
      + 'An include that leads back to a file already being included recurses until nginx gives up; the config cannot load.\n\n'
      + 'Fix\nRemove the include that closes the loop.\n\nReferences\n  https://nginx.org/en/docs/ngx_core_module.html#include\n');
  });

  it('exits 2 with one line in the chosen language for a missing or unknown id', async () => {
    const none = await run(['explain', '--locale', 'zh-CN']);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^sse-lint explain: 请指定一条规则：accel-buffering-ignored, /);
    const typo = await run(['explain', 'bufering-on', '--locale', 'zh-CN']);
    expect(typo.code).toBe(2);
    expect(typo.err).toBe('sse-lint explain: 未知规则 "bufering-on"；是不是想输入 "buffering-on"？\n');
    const en = await run(['explain', 'parse-eror']);
    expect(en.err).toBe('sse-lint explain: unknown rule "parse-eror"; did you mean "parse-error"?\n');
    expect((await run(['explain', 'nothing-like-it'])).err).toBe('sse-lint explain: unknown rule "nothing-like-it"\n');
  });
});
