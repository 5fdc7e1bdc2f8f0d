// The findings sse-lint reports itself, in Chinese: suppressions, include cycles, includes resolved against a prefix,
// duplicates and directives out of place. nginx's own error text stays as nginx writes it; sse-lint's words are
// rendered from the catalog, and the English the model writes is what the catalog renders from the same data.
import { describe, expect, it } from 'vitest';
import { localizeFinding } from '../../src/i18n/index.js';
import { renderKey, englishFindings } from '../../src/i18n/render.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { lintTree } from '../../src/lint.js';
import type { Finding } from '../../src/types.js';
import { englishProse } from '../helpers/english.js';

const files = {
  '/s/nginx.conf': [
    'events {}',
    'http {',
    '  include conf.d/missing.conf;',
    '  include loop.conf;',
    '  include sub;',
    '  server {',
    '    listen 127.0.0.1:8080;',
    '    # sse-lint-disable-next-line buffering-on',
    '    location /a { return 200; }',
    '    # sse-lint-disable-next-line bufering-on, nope -- typo',
    '    location /b { return 200; }',
    '    # sse-lint-disable-next-line -- no ids',
    '    location /c { return 200; }',
    '    # sse-lint-disable-next-line read-timeout-zero -- stale',
    '    location /d { proxy_pass http://127.0.0.1:9000; proxy_buffering off; }',
    '    location /e { proxy_buffering off; proxy_buffering on; proxy_pass http://127.0.0.1:9000; }',
    '    worker_connections 10;',
    '  }',
    '}',
    '',
  ].join('\n'),
  '/s/loop.conf': 'include nginx.conf;\n',
  '/s/sub/x.conf': '',
};

const findings: Finding[] = lintTree(loadConfig(['/s/nginx.conf'], { fs: memoryFs(files) }), { only: ['read-timeout-zero'] }).findings;
// Includes of container paths that do not exist here: a glob of a known layout, one of no known layout, and a file of
// a container image the preset says is not on this machine.
const containers = loadConfig(['/h/nginx.conf'], {
  fs: memoryFs({ '/h/nginx.conf': 'events {}\nhttp {\n  include /usr/local/openresty/nginx/conf/conf.d/*.conf;\n  include /srv/app/conf/*.conf;\n  include /etc/nginx/mime.types;\n}\n' }),
  containerOnly: { paths: ['/etc/nginx', '/srv/app'], preset: 'npm' },
}).findings;
const own = [...findings, ...containers].filter((f) => f.messageId?.startsWith('msg.'));

describe("the engine's own findings", () => {
  it('carry a msg.* key and data for each kind, and their English is the catalog rendering of that data', () => {
    expect([...new Set(own.map((f) => f.messageId))].sort()).toEqual([
      'msg.include.cycle', 'msg.include.directory', 'msg.include.resolvedAgainst', 'msg.include.unmappedGlob', 'msg.include.unmappedImage', 'msg.suppression.noIds', 'msg.suppression.noReason',
      'msg.suppression.unknownIds', 'msg.suppression.unused', 'msg.syntax.duplicate', 'msg.syntax.notAllowed',
    ]);
    for (const f of own) expect(renderKey(englishFindings, f.messageId!, f.data ?? {}), f.ruleId).toBe(f.message);
    const dup = own.find((f) => f.ruleId === 'duplicate-directive')!;
    expect(dup.message).toBe('"proxy_buffering" directive is duplicate; nginx -t rejects it (first set at line 16)');
    expect(dup.related.map((r) => r.messageId)).toEqual(['msg.related.firstHere']);
    expect(own.find((f) => f.ruleId === 'unused-suppression')!.message).toBe('suppression of "read-timeout-zero" matches no finding; remove it');
    expect(own.find((f) => f.messageId === 'msg.suppression.unknownIds')!.message).toBe('unknown rule ids "bufering-on", "nope" in suppression');
    // With and without the preset clause; the model writes the English itself and it matches the catalog.
    expect(own.filter((f) => f.messageId === 'msg.include.unmappedGlob').map((f) => f.message.includes('--preset 1panel'))).toEqual([true, false]);
  });

  it('read as Chinese, keeping nginx text (its error, names, paths) as written', () => {
    const zh = own.map((f) => localizeFinding(f, 'zh-CN'));
    for (const f of zh) {
      expect(f.message, f.ruleId).toMatch(/[\u4e00-\u9fff]/);
      // nginx's own sentences are quoted as they are; everything else is Chinese.
      const masked = f.message.replace(/"[^"]*" directive is (?:duplicate|not allowed here)/g, '').replace(/open\(\) "[^"]*" failed \([^)]*\)/g, '');
      expect(englishProse(masked), f.message).toEqual([]);
      for (const r of f.related) expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const byKey = (k: string): string => zh.find((f) => f.messageId === k)!.message;
    expect(byKey('msg.suppression.unused')).toBe('对 "read-timeout-zero" 的屏蔽没有匹配到任何问题；请删除这条注释');
    expect(byKey('msg.suppression.unknownIds')).toBe('屏蔽注释中有 2 个未知的规则 id："bufering-on"、"nope"');
    expect(byKey('msg.syntax.duplicate')).toBe('"proxy_buffering" directive is duplicate；nginx -t 会拒绝它（第一次设置在第 16 行）');
    expect(byKey('msg.include.cycle')).toMatch(/^include "\/s\/nginx\.conf" 又回到了一个正在被 include 的文件（nginx\.conf -> loop\.conf -> nginx\.conf）/);
    expect(byKey('msg.include.unmappedImage')).toBe('"/etc/nginx/mime.types" 是 npm 容器镜像中的文件，不在本机上，因此这里不检查它设置的内容；请用 docker exec CONTAINER nginx -T | sse-lint - 检查正在运行的配置，或者把镜像中的这个目录复制到数据目录旁边（docker cp）');
    expect(byKey('msg.include.unmappedGlob')).toContain('，或者使用了解这种目录布局的预设（--preset 1panel）');
    expect(byKey('msg.include.resolvedAgainst')).toBe('open() "/s/conf.d/missing.conf" failed (2: No such file or directory)（include "conf.d/missing.conf" 是相对于 /s 解析的）');
  });

  it('English is the engine finding itself', () => {
    for (const f of own) expect(localizeFinding(f, 'en')).toBe(f);
  });
});
