// Presets on installed layouts built from the real templates (test/helpers/layouts.ts): detection, the main config,
// container paths, the OpenResty version, audited proxies, and the findings of every site.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { lintSync, type LintRun, type PipelineOptions } from '../../src/pipeline/index.js';
import { root, sharedSkipReason } from '../helpers/shared.js';
import { build1Panel, buildApisix, buildDebian, buildNpm, buildOpenResty, type PanelLayout } from '../helpers/layouts.js';

const skip = sharedSkipReason();
const tmp = mkdtempSync(path.join(tmpdir(), 'sse-lint-layouts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SITES = [{ alias: 'chat.example.com', port: 3000 }, { alias: 'api.example.com', port: 3001, unbuffered: true }];

function lint(input: string, options: PipelineOptions = {}): LintRun {
  return lintSync([input], { cwd: tmp, config: false, ...options });
}

/** `rule file:line` with the file relative to `base`, sorted. */
function found(run: LintRun, base: string, files?: readonly string[]): string[] {
  return run.findings.filter((f) => !files || files.includes(f.span.file)).map((f) => `${f.ruleId} ${path.relative(base, f.span.file)}:${f.span.line}`).sort();
}

/** Findings of each site of the run, by site. */
function bySite(run: LintRun, base: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of run.sites ?? []) out[s.site] = found(run, base, s.files);
  return out;
}

describe.skipIf(skip)('1Panel', () => {
  let v2: PanelLayout;
  let v1: PanelLayout;
  beforeAll(() => {
    v2 = build1Panel(path.join(tmp, 'v2', 'opt', '1panel'), 'v2', SITES);
    v1 = build1Panel(path.join(tmp, 'v1', 'opt', '1panel'), 'v1', SITES);
  });

  // Each site: the proxy template's `location ^~ /` audited as a possible stream. chat.example.com is as 1Panel
  // writes it (buffered); api.example.com has the hand edit `proxy_buffering off` in proxy/root.conf.
  const expected = (confD: string, sites: string): Record<string, string[]> => ({
    'api.example.com': [
      `connection-upgrade-on-stream ${sites}/api.example.com/proxy/root.conf:8`,
      `http1-connection-limit ${confD}/api.example.com.conf:1`,
      `proxy-set-header-redefinition ${sites}/api.example.com/proxy/root.conf:3`,
      `read-timeout-short ${sites}/api.example.com/proxy/root.conf:1`,
    ],
    'chat.example.com': [
      `buffering-on ${sites}/chat.example.com/proxy/root.conf:1`,
      `connection-upgrade-on-stream ${sites}/chat.example.com/proxy/root.conf:8`,
      `http1-connection-limit ${confD}/chat.example.com.conf:1`,
      `proxy-set-header-redefinition ${sites}/chat.example.com/proxy/root.conf:3`,
      `read-timeout-short ${sites}/chat.example.com/proxy/root.conf:1`,
    ],
  });

  it('v2 given /opt/1panel as is: OpenResty nginx.conf, every site through the container paths, version, per-site findings', () => {
    const run = lint(v2.root);
    expect(run.preset).toEqual({ name: '1panel', label: '1panel v2, OpenResty 1.27.1.1 (nginx 1.27.1 core)', detected: true });
    expect(run.settings.lint.model?.nginxVersion).toBe('1.27.1');
    const rel = (f: string): string => path.relative(v2.root, f);
    expect(run.files.map(rel).sort()).toEqual([
      'apps/openresty/openresty/1pwaf/data/conf/waf.conf',
      'apps/openresty/openresty/conf/default/00.default.conf',
      'apps/openresty/openresty/conf/default/default.conf',
      'apps/openresty/openresty/conf/mime.types',
      'apps/openresty/openresty/conf/nginx.conf',
      'www/conf.d/api.example.com.conf',
      'www/conf.d/chat.example.com.conf',
      'www/sites/api.example.com/proxy/root.conf',
      'www/sites/chat.example.com/proxy/root.conf',
    ]);
    expect(run.findings.filter((f) => f.ruleId.startsWith('include-') || f.ruleId === 'parse-error')).toEqual([]);
    expect(bySite(run, v2.root)).toEqual(expected('www/conf.d', 'www/sites'));
    expect(found(run, v2.root).filter((f) => !f.includes('example.com'))).toEqual(['stream-capacity apps/openresty/openresty/conf/nginx.conf:12']);
    // The buffered site's `location ^~ /` gets buffering-on; the hand-edited one does not.
    const buffering = run.findings.filter((f) => f.ruleId === 'buffering-on');
    expect(buffering.map((f) => rel(f.span.file))).toEqual(['www/sites/chat.example.com/proxy/root.conf']);
    expect(buffering[0]!.stream).toEqual(['the 1Panel preset audits every proxying location as a possible stream (stream URIs are not known)']);
    expect(run.sites!.map((s) => [s.site, s.streams, s.error, s.warning])).toEqual([['api.example.com', 1, 0, 2], ['chat.example.com', 1, 1, 2]]);
  });

  it('v2 from the OpenResty app folder or its conf folder reads the same tree', () => {
    const whole = found(lint(v2.root), v2.root);
    expect(found(lint(v2.app), v2.root)).toEqual(whole);
    expect(found(lint(path.join(v2.app, 'conf')), v2.root)).toEqual(whole);
  });

  it('v1 keeps sites in the app folder; the same findings there', () => {
    const run = lint(v1.root);
    expect(run.preset?.label).toBe('1panel v1, OpenResty 1.21.4.3 (nginx 1.21.4 core)');
    expect(run.findings.filter((f) => f.ruleId.startsWith('include-'))).toEqual([]);
    expect(bySite(run, v1.root)).toEqual(expected('apps/openresty/openresty/conf/conf.d', 'apps/openresty/openresty/www/sites'));
  });

  it('without the preset the same folder is a plain tree: the sites are never reached and nothing says why but include-unmapped', () => {
    const run = lint(v2.app, { preset: 'plain' });
    expect(run.preset).toBeUndefined();
    expect(run.findings.some((f) => f.ruleId === 'buffering-on')).toBe(false);
    const unmapped = run.findings.filter((f) => f.ruleId === 'include-unmapped');
    expect(unmapped.map((f) => f.message.match(/include "([^"]+)"/)?.[1])).toEqual([
      '/usr/local/openresty/nginx/conf/modules-enabled/*.conf', '/usr/local/openresty/nginx/conf/conf.d/*.conf',
      '/usr/local/openresty/nginx/conf/default/*.conf', '/usr/local/openresty/nginx/conf/stream.d/*.conf',
    ]);
    expect(unmapped[1]!.message).toMatch(/--map \/usr\/local\/openresty\/nginx\/conf\/conf\.d=HOST_FOLDER.*--preset 1panel/);
    expect(unmapped.every((f) => f.severity === 'info')).toBe(true);
  });

  it('the README\'s 1Panel commands, run on the v2 tree: the preset and the same by hand give the same findings', async () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const block = /\*\*1Panel\.\*\* On the host:\n\n```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'README has a 1Panel sh block').toBeDefined();
    const commands = block!.replace(/\\\n\s*/g, ' ').split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter((l) => l.startsWith('sse-lint '));
    expect(commands).toHaveLength(2);
    const results: string[][] = [];
    for (const command of commands) {
      const argv = command.split(/\s+/).slice(1).map((a) => a.replace(/\/opt\/1panel(?=\/|$|\s)/g, v2.root));
      let out = '';
      const io: Io = { stdout: (t) => { out += t; }, stderr: () => {}, readStdin: () => new Uint8Array(), cwd: tmp, color: false, env: {} };
      expect(await main([...argv, '--no-config', '-f', 'json'], io), command).toBe(1);
      const report = JSON.parse(out) as { findings: { ruleId: string; span: { file: string; line: number } }[] };
      results.push(report.findings.map((f) => `${f.ruleId} ${path.relative(v2.root, path.resolve(tmp, f.span.file))}:${f.span.line}`).sort());
    }
    expect(results[0]!.filter((f) => f.startsWith('include-'))).toEqual([]);
    expect(results[0]).toContain('buffering-on www/sites/chat.example.com/proxy/root.conf:1');
    expect(results[1]).toEqual(results[0]);
  });

  it('a single site file inside the layout is read with the layout\'s prefix and container paths', () => {
    const run = lint(path.join(v2.confD, 'chat.example.com.conf'));
    expect(run.preset?.name).toBe('1panel');
    expect(run.findings.filter((f) => f.ruleId.startsWith('include-'))).toEqual([]);
    expect(found(run, v2.root)).toContain('buffering-on www/sites/chat.example.com/proxy/root.conf:1');
  });
});

describe.skipIf(skip)('OpenResty, Debian, Nginx Proxy Manager, APISIX', () => {
  it('OpenResty: nginx/conf/nginx.conf is the main config, /etc/nginx/conf.d read from the same root', () => {
    const root = path.join(tmp, 'openresty');
    const { base } = buildOpenResty(root);
    const run = lint(base);
    expect(run.preset).toEqual({ name: 'openresty', label: 'openresty', detected: true });
    expect(run.findings.filter((f) => f.ruleId.startsWith('include-'))).toEqual([]);
    expect(found(run, root)).toEqual([
      'http1-connection-limit etc/nginx/conf.d/anything-llm.conf:1',
      'stream-capacity usr/local/openresty/nginx/conf/nginx.conf:35',
      'upstream-http10 etc/nginx/conf.d/anything-llm.conf:12',
    ]);
  });

  it('Debian: sites-enabled symlinks, per-site findings', () => {
    const root = path.join(tmp, 'debian');
    const etc = buildDebian(root);
    const run = lint(etc);
    expect(run.preset?.name).toBe('debian');
    expect(run.findings.filter((f) => f.ruleId.startsWith('include-'))).toEqual([]);
    expect(bySite(run, etc)).toEqual({
      chat: ['proxy-set-header-redefinition sites-enabled/chat:19'],
      default: [],
      llm: ['http1-connection-limit sites-enabled/llm:1', 'upstream-http10 sites-enabled/llm:12'],
    });
  });

  it('Nginx Proxy Manager with the image\'s /etc/nginx beside data: the stream location of the proxy host is flagged', () => {
    const root = path.join(tmp, 'npm');
    buildNpm(root);
    const run = lint(root);
    expect(run.preset?.label).toBe('npm (Nginx Proxy Manager)');
    expect(run.findings.filter((f) => f.ruleId.startsWith('include-'))).toEqual([]);
    expect(bySite(run, root)).toEqual({
      'proxy host 1': [
        'buffering-on data/nginx/proxy_host/1.conf:37',
        'connection-upgrade-on-stream data/nginx/proxy_host/1.conf:59',
        'http1-connection-limit data/nginx/proxy_host/1.conf:7',
        'proxy-set-header-redefinition data/nginx/proxy_host/1.conf:27',
      ],
    });
  });

  it('Nginx Proxy Manager from the host\'s data folder alone: the image\'s include files are noted, not missing', () => {
    const root = path.join(tmp, 'npm-host');
    const { data } = buildNpm(root, { imageCopy: false });
    const run = lint(data);
    expect(run.preset?.name).toBe('npm');
    expect(run.findings.filter((f) => f.ruleId === 'include-not-found')).toEqual([]);
    const notes = run.findings.filter((f) => f.ruleId === 'include-unmapped');
    expect(notes.map((f) => f.span.line)).toEqual([20, 51, 81]);
    expect(notes[0]!.message).toMatch(/container image.*docker exec CONTAINER nginx -T \| sse-lint -/);
    // The host's findings without the image's include files (proxy.conf's headers are not read, so no redefinition).
    expect(bySite(run, root)).toEqual({
      'proxy host 1': [
        'buffering-on data/nginx/proxy_host/1.conf:37',
        'connection-upgrade-on-stream data/nginx/proxy_host/1.conf:59',
        'http1-connection-limit data/nginx/proxy_host/1.conf:7',
        'include-unmapped data/nginx/proxy_host/1.conf:20',
        'include-unmapped data/nginx/proxy_host/1.conf:51',
        'include-unmapped data/nginx/proxy_host/1.conf:81',
        'stream-capacity data/nginx/proxy_host/1.conf:37',
      ],
    });
  });

  it('APISIX: the generated nginx.conf is audited and the advice names the plugin and the route, with no text fix', () => {
    const root = path.join(tmp, 'apisix');
    const conf = buildApisix(root);
    const run = lint(path.dirname(path.dirname(conf)));
    expect(run.preset).toEqual({ name: 'apisix', label: 'apisix', detected: true });
    // The generated file's findings: the catch-all route location (line 289) is audited as a stream.
    expect(found(run, root)).toEqual([
      'buffering-on usr/local/apisix/conf/nginx.conf:289',
      'http1-connection-limit usr/local/apisix/conf/nginx.conf:224',
      'http1-connection-limit usr/local/apisix/conf/nginx.conf:246',
      'lua-body-filter-on-stream usr/local/apisix/conf/nginx.conf:393',
      'lua-body-filter-on-stream usr/local/apisix/conf/nginx.conf:422',
      'read-timeout-short usr/local/apisix/conf/nginx.conf:289',
      'read-timeout-short usr/local/apisix/conf/nginx.conf:402',
      'stream-capacity usr/local/apisix/conf/nginx.conf:20',
    ]);
    expect(run.findings.every((f) => f.related.at(-1)!.messageId === 'msg.related.apisixGenerated')).toBe(true);
    const buffering = run.findings.filter((f) => f.ruleId === 'buffering-on');
    expect(buffering).toHaveLength(1);
    expect(buffering[0]!.fix).toBeUndefined();
    expect(buffering[0]!.related.at(-1)!.message).toMatch(/generated by APISIX.*proxy-buffering plugin on its route/);
    expect(run.findings.every((f) => !f.fix)).toBe(true);
  });

  it('auto detection names each layout; --preset plain reads a folder as plain nginx', () => {
    const root = path.join(tmp, 'debian');
    expect(lint(path.join(root, 'etc', 'nginx'), { preset: 'plain' }).preset).toBeUndefined();
    expect(lint(path.join(root, 'etc', 'nginx', 'sites-available')).preset?.name).toBe('debian');
  });
});
