// Real review sessions for the TUI tests: copies of the example tree, dumps, and a tree with Chinese names.
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Locale } from '../../src/i18n/index.js';
import type { ReviewSession } from '../../src/tui/data.js';
import { startReview } from '../../src/tui/session.js';
import { root } from '../helpers/shared.js';

/** A private copy of examples/ (tests write into it). */
export function examplesCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-tui-'));
  cpSync(path.join(root, 'examples'), dir, { recursive: true });
  return dir;
}

export function sessionFor(inputs: string[], opts: { cwd: string; stdin?: string; verifyWith?: string; locale?: Locale }): ReviewSession {
  return startReview(inputs, {
    cwd: opts.cwd, config: false, locale: opts.locale ?? 'en', verifyWith: opts.verifyWith ?? null,
    ...(opts.stdin !== undefined ? { stdin: Buffer.from(opts.stdin) } : {}),
  });
}

/** The example tree as `nginx -T` prints it, under /etc/nginx (paths that do not exist here). */
export function examplesDump(): string {
  const dir = path.join(root, 'examples');
  const out: string[] = ['nginx: the configuration file /etc/nginx/nginx.conf syntax is ok', 'nginx: configuration file /etc/nginx/nginx.conf test is successful'];
  const walk = (d: string, rel: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p, `${rel}/${name}`);
      else out.push(`# configuration file /etc/nginx${rel}/${name}:`, readFileSync(p, 'utf8'));
    }
  };
  walk(dir, '');
  return out.join('\n') + '\n';
}

/** A site with Chinese server names, paths and comments (East Asian widths in every view). */
export function chineseTree(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-tui-zh-'));
  mkdirSync(path.join(dir, '站点'));
  writeFileSync(path.join(dir, 'nginx.conf'), `events { worker_connections 1024; }
http {
    # 聊天应用的前端配置
    include 站点/*.conf;
}
`);
  writeFileSync(path.join(dir, '站点', '聊天服务.conf'), `server {
    listen 8080;
    server_name 聊天.例子.中国 www.聊天.例子.中国;
    # 事件流：令牌以服务器推送事件的形式到达
    location /事件/stream {
        proxy_pass http://127.0.0.1:9000;
        proxy_read_timeout 30s;
    }
}
`);
  return dir;
}
