// The route report in English and Simplified Chinese: the one-line route, why nginx answers 400, patterns that cannot
// be evaluated, and the whole `sse-lint route` report of examples/ without English labels or prose under zh-CN.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContexts, type ContextTree } from '../../src/model/context.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { PCRE_PROBLEM_KINDS, route, type BadRequest, type PcreProblem, type RouteResult } from '../../src/model/routing.js';
import { badRequestText, describeRoute, pcreProblemText, routeReport } from '../../src/reporters/route.js';
import { buildModel, type ModelOptions } from '../../src/model/model.js';
import { main, type Io } from '../../src/cli/main.js';
import { englishProse } from '../helpers/english.js';
import { root } from '../helpers/shared.js';

function model(body: string): ContextTree {
  const conf = `events {}\nhttp {\n${body}\n}\n`;
  return buildContexts(loadConfig(['/etc/nginx/nginx.conf'], { fs: memoryFs({ '/etc/nginx/nginx.conf': conf }) }));
}
const go = (ctx: ContextTree, uri: string, host = 'example.com', port = 80): RouteResult => route(ctx, { host, port, uri });

describe('describeRoute in Chinese', () => {
  const ctx = model(`
    server { listen 80; server_name example.com; location ^~ /api/ { return 200; } location ~ ^/rec/(a(?1)?b)$ { return 200; } }
    server { listen 80; server_name *.example.com; }
  `);

  it('names how the server and location were chosen, keeping names, paths and patterns', () => {
    expect(describeRoute(go(ctx, '/api/x'), 'zh-CN')).toBe('server example.com（nginx.conf:4，精确匹配 server_name） -> location ^~ /api/（nginx.conf:4，^~ 前缀）');
    expect(describeRoute(go(ctx, '/', 'a.example.com'), 'zh-CN')).toBe('server *.example.com（nginx.conf:5，前缀通配符 server_name *.example.com） -> 没有匹配 / 的 location（使用 server 层的设置）');
    expect(describeRoute(go(ctx, '/x', 'other.org', 81), 'zh-CN')).toBe('没有 server 监听 *:81');
    expect(describeRoute(go(ctx, '/..', 'other.org'), 'zh-CN')).toBe('server example.com（nginx.conf:4，*:80 上的第一个 server）返回 400："/.." 用 ".." 越过了根目录');
    expect(describeRoute(go(ctx, '/rec/aabb'), 'zh-CN')).toBe(
      'server example.com（nginx.conf:4，精确匹配 server_name） -> 没有匹配 /rec/aabb 的 location（使用 server 层的设置）',
    );
    const unevaluated = model('server { listen 80; location / { return 200; } location ~ ^/rec/(a(?1)?b)$ { return 200; } }');
    expect(describeRoute(go(unevaluated, '/rec/aabb'), 'zh-CN')).toMatch(/ \[未求值：location ~ \^\/rec\/\(a\(\?1\)\?b\)\$：此处不求值递归或子程序调用\]$/);
    const evil = model('server { listen 80; location / { return 200; } location ~ ^/(a+)+$ { return 200; } }');
    const uri = `/${'a'.repeat(40)}b`;
    expect(describeRoute(go(evil, uri), 'zh-CN')).toBe(`server ""（nginx.conf:3，*:80 上的第一个 server）返回 500：pcre2_match() failed: -47 on "${uri}" using "^/(a+)+$" (超出匹配次数上限)`);
  });

  it('renders every PCRE problem and every bad request in both languages', () => {
    const problems: PcreProblem[] = [
      { kind: 'option', text: '(?Z)' }, { kind: 'trailing-backslash' }, { kind: 'escape', text: '\\K' }, { kind: 'hex-above-ff' },
      { kind: 'class-escape', text: '\\Y' }, { kind: 'posix-class', text: '[:nope:]' }, { kind: 'recursion' }, { kind: 'no-such-group', text: '2' },
    ];
    expect(problems.map((p) => pcreProblemText(p, 'en'))).toEqual([
      'the option (?Z) is not evaluated here', 'a trailing backslash (nginx -t rejects it) is not evaluated here', 'the escape \\K is not evaluated here',
      '\\x{...} above \\xff (nginx -t rejects it) is not evaluated here', '\\Y inside a character class (nginx -t rejects it) is not evaluated here',
      'the POSIX class [:nope:] (nginx -t rejects it) is not evaluated here', 'a recursion or subroutine call is not evaluated here',
      'a back reference to group 2, which does not exist (nginx -t rejects it) is not evaluated here',
    ]);
    // Every kind the matcher can give has words in both languages.
    for (const kind of PCRE_PROBLEM_KINDS) {
      expect(pcreProblemText({ kind, text: 'x' }, 'en')).not.toMatch(/cli\.route/);
      expect(pcreProblemText({ kind, text: 'x' }, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    }
    const bad: BadRequest[] = [
      { kind: 'bad-host', host: 'a..b' }, { kind: 'not-absolute', target: 'x' }, { kind: 'bad-escape', target: '/%zz' },
      { kind: 'nul', target: '/%00' }, { kind: 'above-root', target: '/..' },
    ];
    expect(bad.map((b) => badRequestText(b, 'en'))).toEqual([
      'invalid Host "a..b"', 'request target "x" does not start with "/"', 'invalid percent-escape in "/%zz"', '"%00" in "/%00"', '"/.." goes above the root with ".."',
    ]);
    for (const b of bad) expect(englishProse(badRequestText(b, 'zh-CN'))).toEqual([]);
  });
});

describe('sse-lint route --locale zh-CN', () => {
  async function run(argv: string[]): Promise<string> {
    let out = '';
    const io: Io = { stdout: (s) => (out += s), stderr: () => {}, readStdin: () => new Uint8Array(), cwd: root, color: false, env: {} };
    expect(await main(argv, io)).toBe(0);
    return out;
  }

  it('labels every line in Chinese and leaves no English prose; the English report is unchanged in shape', async () => {
    const zh = await run(['route', '--host', 'chat.example.com', '/v1/chat/completions', 'examples/', '--locale', 'zh-CN']);
    const lines = zh.split('\n');
    expect(lines.slice(0, 4).map((l) => l.split(/[：:]/)[0])).toEqual(['请求', '路由', '处理', '事件流']);
    expect(zh).toContain('\nlocation /v1/chat/completions 中生效的设置（nginx 版本未知：按 1.29.7 之前的默认值处理）：\n');
    expect(zh).toContain('  proxy_buffering on：nginx 默认值；当前 location /v1/chat/completions、server、http 中均未设置\n');
    expect(zh).toContain('  proxy_ignore_headers：没有生效的行\n');
    expect(englishProse(zh)).toEqual([]);
    expect(zh).not.toMatch(/(?<![\w/-])(?:request|handler|stream|effective settings|in effect|from http|not set in)(?![\w-])/);
    const en = await run(['route', '--host', 'chat.example.com', '/v1/chat/completions', 'examples/']);
    expect(en.split('\n')[0]).toBe('request: Host chat.example.com, port 8443, /v1/chat/completions');
    expect(englishProse(en).length).toBeGreaterThan(3);
  });

  it('follows a Chinese LANG; a config file with "locale" wins over the environment, --locale over both', async () => {
    const answer = async (argv: string[], cwd: string, env: Record<string, string>): Promise<string> => {
      let out = '';
      const io: Io = { stdout: (s) => (out += s), stderr: () => {}, readStdin: () => new Uint8Array(), cwd, color: false, env };
      await main(argv, io);
      return out;
    };
    expect(await answer(['route', '/api/events', 'examples/'], root, { LANG: 'zh_CN.UTF-8' })).toMatch(/^请求：/);
    const d = mkdtempSync(path.join(tmpdir(), 'sse-lint-route-'));
    try {
      writeFileSync(path.join(d, 'nginx.conf'), 'events {}\nhttp { server { listen 80; location /sse { proxy_pass http://127.0.0.1:8080; } } }\n');
      writeFileSync(path.join(d, 'sse-lint.config.json'), JSON.stringify({ locale: 'zh-CN' }));
      expect(await answer(['route', '/sse', 'nginx.conf'], d, { LANG: 'en_US.UTF-8' })).toMatch(/^请求：/);
      expect(await answer(['route', '/sse', 'nginx.conf', '--locale', 'en'], d, {})).toMatch(/^request: /);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('route: the header lists in effect and why a location is (not) a stream', () => {
  const report = (conf: string, uri: string, locale: 'en' | 'zh-CN' = 'en', options: ModelOptions = {}): string => {
    const tree = loadConfig(['/etc/nginx/nginx.conf'], { fs: memoryFs({ '/etc/nginx/nginx.conf': conf }) });
    return routeReport(buildModel(tree, options), { host: 'example.com', port: 80, uri }, '/etc/nginx', locale);
  };
  const site = `events {}
http {
    add_header X-Frame-Options DENY;
    server {
        listen 80;
        server_name example.com;
        proxy_set_header Host $host;
        proxy_set_header X-Real-IP $remote_addr;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
        location /api/ {
            proxy_pass http://127.0.0.1:8080;
        }
        location /events {
            proxy_pass http://127.0.0.1:8080;
            proxy_set_header Connection "";
            add_header Cache-Control no-cache;
        }
        location /old/ {
            return 301 https://example.com$request_uri;
            proxy_pass http://127.0.0.1:8080;
        }
    }
}
`;

  it('lists every proxy_set_header line a location inherits, not only Connection and Upgrade', () => {
    const out = report(site, '/api/');
    expect(out).toContain('  proxy_set_header: 4 in effect\n'
      + '    proxy_set_header Host $host (nginx.conf:7) from server\n'
      + '    proxy_set_header X-Real-IP $remote_addr (nginx.conf:8) from server\n'
      + '    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for (nginx.conf:9) from server\n'
      + '    proxy_set_header X-Forwarded-Proto $scheme (nginx.conf:10) from server\n');
    expect(out).toContain('  add_header: 1 in effect\n    add_header X-Frame-Options DENY (nginx.conf:3) from http\n');
  });

  it('lists the lines in effect and the inherited ones a lower level dropped', () => {
    const out = report(site, '/events');
    expect(out).toContain('  proxy_set_header: 1 in effect\n    proxy_set_header Connection "" (nginx.conf:16) from location /events\n'
      + '    dropped: proxy_set_header Host $host (nginx.conf:7) from server, replaced by the list in location /events\n');
    expect(out.match(/dropped: proxy_set_header/g)).toHaveLength(4);
    expect(out).toContain('    dropped: add_header X-Frame-Options DENY (nginx.conf:3) from http, replaced by the list in location /events\n');
  });

  it('says a guess is one, and why a location that answers in its rewrite phase is no stream', () => {
    expect(report(site, '/events')).toContain('stream:  yes: path /events contains "events" (a guess: add "# sse-lint: stream" to the location to confirm it');
    expect(report(site, '/events', 'en', { routes: ['/events'] })).toContain('stream:  yes: --route /events is served here; path /events contains "events"\n');
    expect(report(site, '/old/x')).toContain('stream:  no: its rewrite phase always answers (return 301 https://example.com$request_uri at nginx.conf:20), so nothing is proxied\n');
    expect(report(site, '/old/x', 'zh-CN')).toContain('否：它的 rewrite 阶段总是直接应答（nginx.conf:20 的 return 301 https://example.com$request_uri），所以不会代理任何请求');
  });
});
