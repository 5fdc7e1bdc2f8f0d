// What the command line says besides the report, in the user's language: usage errors (including the ones node's
// parseArgs finds), unusable inputs, --init, and reasons for failed writes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { OPTIONS } from '../../src/cli/args.js';
import { englishProse } from '../helpers/english.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-msg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], env: Record<string, string> = {}, cwd = dir) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => new Uint8Array(), cwd, color: false, env };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('usage errors from the argument parser', () => {
  it('name the option, suggest the nearest one, and follow --locale even on a line that does not parse', async () => {
    expect(await run(['--fromat', 'json', 'x.conf'])).toMatchObject({ code: 2, err: "sse-lint: unknown option --fromat; did you mean --format?\nTry 'sse-lint --help'.\n" });
    expect((await run(['--fromat', 'json', '--locale', 'zh-CN', 'x.conf'])).err).toBe("sse-lint: 未知选项 --fromat；是不是想输入 --format？\n运行 'sse-lint --help' 查看用法。\n");
    expect((await run(['--nope', 'x.conf'], { LANG: 'zh_CN.UTF-8' })).err).toBe("sse-lint: 未知选项 --nope\n运行 'sse-lint --help' 查看用法。\n");
    expect((await run(['--fix=yes', 'x.conf'], { LANG: 'zh_CN.UTF-8' })).err).toMatch(/^sse-lint: --fix 不接受取值\n/);
    expect((await run(['x.conf', '--format'], { LANG: 'zh_CN.UTF-8' })).err).toMatch(/^sse-lint: --format 需要一个值\n/);
    expect((await run(['--format', '--fix', 'x.conf'])).err).toMatch(/^sse-lint: --format expects a value; to give one that starts with "-", write --format=VALUE\n/);
    // An unknown --locale on a line that does not parse: English.
    expect((await run(['--nope', '--locale=fr', 'x.conf'], { LANG: 'zh_CN.UTF-8' })).err).toMatch(/^sse-lint: unknown option --nope\n/);
  });
});

describe('--help', () => {
  it('is Chinese under a Chinese locale, lists every option, and has no English prose', async () => {
    const zh = await run(['--help'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(0);
    expect(zh.out).toMatch(/^sse-lint：查找并修复/);
    for (const [name, o] of Object.entries(OPTIONS)) {
      expect(zh.out, name).toContain(`--${name}`);
      if ('short' in o) expect(zh.out, name).toContain(`-${o.short}, --${name}`);
    }
    expect(englishProse(zh.out)).toEqual([]);
    const en = await run(['--help', '--locale', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(en.out).toMatch(/^sse-lint: find and fix/);
    expect(englishProse(en.out).length).toBeGreaterThan(10);
  });
});

describe('inputs, --init and writes', () => {
  it('a missing input is one line in Chinese, naming the path', async () => {
    const r = await run(['missing.conf'], { LANG: 'zh_CN.UTF-8' });
    expect(r).toMatchObject({ code: 2, err: 'sse-lint: missing.conf：文件或目录不存在\n' });
    expect((await run(['missing.conf'])).err).toBe('sse-lint: missing.conf: no such file or directory\n');
    expect((await run(['parse', '--single-file', 'missing.conf'], { LANG: 'zh_CN.UTF-8' })).err).toBe('sse-lint: missing.conf：文件或目录不存在\n');
  });

  it('--init says what it wrote and for which layout', async () => {
    const d = mkdtempSync(path.join(dir, 'init-'));
    writeFileSync(path.join(d, 'nginx.conf'), 'events {}\n');
    expect((await run(['--init', '--locale', 'zh-CN'], {}, d)).out).toBe('已写入 sse-lint.config.json（普通 nginx 布局）；请编辑后再次运行 sse-lint\n');
    const e = mkdtempSync(path.join(dir, 'init-'));
    writeFileSync(path.join(e, 'nginx.conf'), 'events {}\n');
    expect((await run(['--init'], {}, e)).out).toBe('wrote sse-lint.config.json (plain nginx layout); edit it, then run sse-lint again\n');
  });

  it('--fix --backup says what it applied and wrote, and names the backups, in one Chinese sentence', async () => {
    const d = mkdtempSync(path.join(dir, 'fix-'));
    writeFileSync(path.join(d, 'nginx.conf'), 'events {}\nhttp {\n  server {\n    listen 127.0.0.1:8080;\n    location /events {\n      proxy_pass http://127.0.0.1:9000;\n      proxy_buffering on;\n    }\n  }\n}\n');
    const r = await run(['--fix', '--backup', '--rule', 'buffering-on', 'nginx.conf', '--locale', 'zh-CN'], {}, d);
    expect(r.err).toBe('sse-lint: 已应用 1 处修复，写入了 1 个文件（备份：nginx.conf.bak）\n');
    writeFileSync(path.join(d, 'nginx.conf'), 'events {}\nhttp {\n  server {\n    listen 127.0.0.1:8080;\n    location /events {\n      proxy_pass http://127.0.0.1:9000;\n      proxy_buffering on;\n    }\n  }\n}\n');
    rmSync(path.join(d, 'nginx.conf.bak'));
    expect((await run(['--fix', '--backup', '--rule', 'buffering-on', 'nginx.conf'], {}, d)).err).toBe('sse-lint: applied 1 fix, wrote 1 file (backups: nginx.conf.bak)\n');
  });

  it('files sse-lint refuses to read, and JSON it cannot parse, are explained in Chinese', async () => {
    const d = mkdtempSync(path.join(dir, 'refuse-'));
    execFileSync('mkfifo', [path.join(d, 'fifo')]);
    writeFileSync(path.join(d, 'a.conf'), 'events {}\nhttp {\n  include fifo;\n  include sub;\n}\n');
    mkdirSync(path.join(d, 'sub'));
    const zh = (argv: string[]) => run([...argv, '--locale', 'zh-CN'], {}, d);
    const fifo = '是 FIFO（命名管道）；sse-lint 只读取普通文件';
    expect((await zh(['--config', 'fifo', 'a.conf'])).err).toBe(`sse-lint: 无法读取 ${path.join(d, 'fifo')}：${fifo}\n`);
    expect((await zh(['--baseline', 'fifo', 'a.conf'])).err).toBe(`sse-lint: 无法读取基线文件 ${path.join(d, 'fifo')}：${fifo}\n`);
    expect((await zh(['parse', '--single-file', 'fifo'])).err).toBe(`sse-lint: fifo：${fifo}\n`);
    const report = (await zh(['a.conf'])).out;
    expect(report).toContain(`"${path.join(d, 'fifo')}" 不是普通文件（而是 FIFO、套接字或设备），没有读取它  include-unreadable`);
    expect(report).toContain(`"${path.join(d, 'sub')}" 是一个目录，不是配置文件  include-unreadable`);
    writeFileSync(path.join(d, 'sse-lint.config.json'), '{\n  "failOn": "error",\n}\n');
    expect((await zh(['a.conf'])).err).toBe(`sse-lint: 配置文件 ${path.join(d, 'sse-lint.config.json')} 有误：\n  ${path.join(d, 'sse-lint.config.json')}:3:1: 不是有效的 JSON："}" 之前多了一个逗号\n`);
    writeFileSync(path.join(d, 'base.json'), '{ "version": 1, "findings": [} ');
    expect((await zh(['--baseline', 'base.json', 'a.conf', '--no-config'])).err).toBe(`sse-lint: ${path.join(d, 'base.json')} 不是 sse-lint 基线文件：第 1 行第 30 列处不是有效的 JSON\n`);
  });

  it('a report that cannot be written says why, in Chinese', async () => {
    writeFileSync(path.join(dir, 'ok.conf'), 'events {}\n');
    const r = await run(['ok.conf', '-o', 'no/such/dir/report.txt', '--locale', 'zh-CN']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('sse-lint: 无法把报告写入 no/such/dir/report.txt：目录不存在\n');
  });
});
