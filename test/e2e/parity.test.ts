// Parity with nginx -t. Every fixture under test/fixtures/parity runs through real nginx -t and through sse-lint:
// `rejected/` fixtures (invalid values, argument counts, duplicate locations, typos) must make nginx -t fail on the
// line the `# expect:` comment marks, and sse-lint must report that id there; `warned/` fixtures (conflicting server
// names) must make nginx -t warn and sse-lint report the warning on the marked line; `accepted/` fixtures must pass
// nginx -t with no warning and get none of these findings. A sweep then writes, for every directive whose arguments
// sse-lint checks (src/model/values.ts), a valid line (nginx -t accepts, sse-lint is silent), a line with one
// argument too few and one too many, and a line with a bad value in each checked position (nginx -t rejects,
// sse-lint reports invalid-arguments or invalid-value on it). Configs listen on loopback only (and in a private
// network namespace when unshare works).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { directiveInfo, isKnownIn, type DirectiveContext } from '../../src/model/directives.js';
import { fixInMemory } from '../../src/fix/apply.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { argKindAt, argumentSpec, checkedDirectives, enumWords, type ArgKind } from '../../src/model/values.js';
import { lintTree } from '../../src/lint.js';
import type { Finding } from '../../src/types.js';
import { readExpectations } from '../helpers/fixtures.js';
import { root } from '../helpers/shared.js';
import { describeNginx, freePort, loadModuleLines, moduleAvailable, nginxVersion, type NginxModule } from './harness.js';
import { firstError, isolation, nginxT, type TestRun } from './nginx-t-kit.js';

const FIXTURES = path.join(root, 'test/fixtures/parity');
/** The findings this suite is about: what nginx -t rejects or warns about in the arguments and blocks. */
const PARITY_IDS = new Set(['invalid-arguments', 'invalid-value', 'unknown-directive', 'duplicate-location', 'duplicate-server-name']);

const version = (): string => (nginxVersion() ?? 'nginx/1.22.1').replace(/^nginx\//, '');
const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'sse-lint-parity-'));
let runs = 0;
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));

/** nginx -t on a config text; without a private network namespace the loopback ports are replaced by free ones. */
async function nginxTest(text: string): Promise<TestRun & { line: number | null }> {
  let conf = text;
  if (isolation().kind === 'none') {
    for (const port of new Set(text.match(/(?<=127\.0\.0\.\d+:)\d+/g) ?? [])) conf = conf.split(`:${port};`).join(`:${await freePort()};`);
  }
  const dir = path.join(tmpRoot, String(runs++));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'nginx.conf');
  writeFileSync(file, conf);
  const r = await nginxT(file, dir);
  const m = /:(\d+)$/.exec(firstError(r.output));
  return { ...r, line: r.ok ? null : m ? Number(m[1]) : null };
}

/** sse-lint's engine findings for a config text, for the local nginx's version. */
function lintText(text: string): Finding[] {
  const file = '/parity/nginx.conf';
  const tree = loadConfig([file], { fs: memoryFs({ [file]: text }) });
  return lintTree(tree, { rulesList: [], model: { nginxVersion: version() } }).findings;
}

const show = (fs: Finding[]): string[] => fs.map((f) => `${f.span.line}: ${f.ruleId} ${f.severity} ${f.message}`);

const fixtures = (kind: string): string[] => readdirSync(path.join(FIXTURES, kind)).filter((n) => n.endsWith('.conf')).sort();
const tally = { rejected: 0, warned: 0, accepted: 0, fixed: 0, noFix: [] as string[], sweepValid: 0, sweepArity: 0, sweepValue: 0, directives: 0, skipped: [] as string[] };

afterAll(() => {
  console.log(`[nginx -t parity] ${nginxVersion() ?? '?'}, isolation: ${isolation().kind}\n`
    + `  fixtures: ${tally.rejected} rejected by nginx -t and reported by sse-lint on the same line, ${tally.warned} warned about by both, `
    + `${tally.accepted} accepted by nginx -t with none of these findings\n`
    + `  fixed with --fix --unsafe-fixes (every rule, /api/ declared a stream): ${tally.fixed} rejected fixtures corrected in place, accepted by nginx -t; `
    + `no fix offered (nothing certain to write): ${tally.noFix.join(', ') || 'none'}\n`
    + `  sweep over ${tally.directives} checked directives: ${tally.sweepValid} valid lines accepted by both, ${tally.sweepArity} argument-count `
    + `and ${tally.sweepValue} value errors rejected by nginx -t and reported by sse-lint`
    + (tally.skipped.length ? `\n  not in nginx ${version()} or its modules, left out: ${tally.skipped.join(', ')}` : ''));
});

describeNginx('nginx -t parity: fixtures', () => {
  it.each(fixtures('rejected'))('rejected/%s: nginx -t rejects it and sse-lint reports it on that line', async (name) => {
    const file = path.join(FIXTURES, 'rejected', name);
    const text = readFileSync(file, 'utf8');
    const [want, ...more] = readExpectations(file, text);
    expect(want, 'one # expect: per fixture').toBeDefined();
    expect(more).toEqual([]);
    const r = await nginxTest(text);
    expect(r.ok, r.output).toBe(false);
    expect(r.line, firstError(r.output)).toBe(want!.line);
    const got = lintText(text).filter((f) => PARITY_IDS.has(f.ruleId));
    expect(show(got)).toHaveLength(1);
    const f = got[0]!;
    expect([f.span.line, f.ruleId]).toEqual([want!.line, want!.ruleId]);
    expect(f.severity).toBe(f.ruleId === 'unknown-directive' ? 'warning' : 'error');
    if (want!.substring) expect(f.message).toContain(want!.substring);
    tally.rejected++;
  });

  // The fixer corrects the broken line rather than adding one beside it: with /api/ declared a stream, the rules'
  // fixes (buffering-on, read-timeout-short, upstream-http10, ...) meet the misspelt or invalid line they would stand
  // beside. nginx -t rejects a duplicate of these directives and an unknown one, so its acceptance proves it; the
  // broken line's own line number keeps the corrected directive.
  it.each(fixtures('rejected'))('rejected/%s: --fix --unsafe-fixes corrects it in place and nginx -t accepts the result', async (name) => {
    const file = path.join(FIXTURES, 'rejected', name);
    const text = readFileSync(file, 'utf8');
    const [want] = readExpectations(file, text);
    const parityFinding = lintText(text).find((f) => PARITY_IDS.has(f.ruleId))!;
    if (!parityFinding.fix) {
      tally.noFix.push(name.replace(/\.conf$/, ''));
      return;
    }
    const fsPath = '/parity/nginx.conf';
    const model = { nginxVersion: version(), routes: ['/api/'] };
    const out = fixInMemory(memoryFs({ [fsPath]: text }), (fs) => {
      const tree = loadConfig([fsPath], { fs });
      return { trees: [tree], findings: lintTree(tree, { model }).findings };
    }, { unsafe: true }).changed.get(fsPath)?.after;
    expect(out, 'the fix changes the file').toBeDefined();
    // The broken line itself was corrected (its comment kept), not left beside a new one; a later rule fix may remove
    // the corrected line (`chunked_transfer_encoding off` restated as nginx's default), comment and all.
    const brokenLine = text.split('\n')[want!.line - 1]!;
    const comment = brokenLine.slice(brokenLine.indexOf('# expect:'));
    const statement = brokenLine.slice(0, brokenLine.indexOf('# expect:')).trim();
    const corrected = out!.split('\n').filter((l) => l.includes(comment));
    expect(corrected.length, 'the broken line, corrected with its comment').toBeLessThanOrEqual(1);
    expect(out).not.toContain(statement);
    const r = await nginxTest(out!);
    expect(r.ok, `${r.output}\n${out}`).toBe(true);
    expect(show(lintText(out!).filter((f) => PARITY_IDS.has(f.ruleId)))).toEqual([]);
    tally.fixed++;
  });

  it.each(fixtures('warned'))('warned/%s: nginx -t warns and so does sse-lint, on that line', async (name) => {
    const file = path.join(FIXTURES, 'warned', name);
    const text = readFileSync(file, 'utf8');
    const [want] = readExpectations(file, text);
    const r = await nginxTest(text);
    expect(r.ok, r.output).toBe(true);
    expect(r.output).toMatch(/\[warn\].*conflicting server name/);
    const got = lintText(text).filter((f) => PARITY_IDS.has(f.ruleId));
    expect(show(got).map((s) => s.slice(0, s.indexOf(' ', s.indexOf(' ') + 1)))).toEqual([`${want!.line}: duplicate-server-name`]);
    expect(got[0]!.severity).toBe('warning');
    expect(got[0]!.message).toContain(want!.substring ?? '');
    tally.warned++;
  });

  it.each(fixtures('accepted'))('accepted/%s: nginx -t accepts it without a warning and sse-lint is silent', async (name) => {
    const text = readFileSync(path.join(FIXTURES, 'accepted', name), 'utf8');
    const r = await nginxTest(text);
    expect(r.ok, r.output).toBe(true);
    expect(r.output).not.toMatch(/\[warn\]/);
    expect(show(lintText(text).filter((f) => PARITY_IDS.has(f.ruleId)))).toEqual([]);
    tally.accepted++;
  });
});

// The sweep.

type Place = 'main' | 'events' | 'http' | 'server' | 'location' | 'upstream';

/** A config with one line in the given place; the line's number is returned with it. */
function configWith(place: Place, line: string, modules: string): { text: string; line: number } {
  const lines = [...(modules ? modules.split('\n') : []), 'events {', place === 'events' ? `    ${line}` : '', '}', place === 'main' ? line : '', 'http {', '    access_log off;',
    '    upstream app {', '        server 127.0.0.1:9000;', place === 'upstream' ? `        ${line}` : '', '    }',
    place === 'http' ? `    ${line}` : '', '    server {', '        listen 127.0.0.1:8080;', place === 'server' ? `        ${line}` : '',
    '        location /api/ {', line.startsWith('proxy_pass ') ? '' : '            proxy_pass http://app;',
    // memcached_pass needs the key variable.
    '            set $memcached_key $uri;', place === 'location' ? `            ${line}` : '', '        }', '    }', '}', ''];
  const at = lines.findIndex((l) => l.trim() === line.trim() && l.trim() !== '');
  return { text: lines.join('\n'), line: at + 1 };
}

function placeOf(name: string): Place | null {
  const contexts = directiveInfo(name)?.contexts ?? [];
  const order: [Place, DirectiveContext][] = [['location', 'location'], ['server', 'server'], ['http', 'http'], ['upstream', 'upstream'], ['events', 'events'], ['main', 'main']];
  return order.find(([, c]) => contexts.includes(c))?.[0] ?? null;
}

/** Arguments nginx accepts where the spec says "anything". */
const ANY_SAMPLES: Record<string, string[]> = {
  proxy_pass: ['http://127.0.0.1:9000'], grpc_pass: ['grpc://127.0.0.1:9000'], listen: ['127.0.0.1:8081'], return: ['204'],
  rewrite: ['^/a$', '/b'], sub_filter: ['a', 'b'], add_before_body: ['/x'], add_after_body: ['/x'], keepalive: ['16'],
  more_set_headers: ['"X-Sweep: 1"'], more_clear_headers: ['X-Sweep'],
};
const TYPES = /_types$|^default_type$/;

function validArg(name: string, kind: ArgKind, index: number): string {
  const any = ANY_SAMPLES[name]?.[index];
  switch (kind.kind) {
    case 'flag': return 'on';
    case 'enum': return enumWords(name).find((w) => isKnownValue(name, w)) ?? '';
    case 'bitmask': return (kind.values ?? enumWords(name))[0]!;
    case 'time': return kind.sec ? '1h' : '30s';
    case 'cache-time': return '10m';
    case 'status': return '200';
    case 'size': return name.includes('busy') ? '16k' : name.includes('temp_file') ? '1024m' : '8k';
    case 'number': return name === 'worker_connections' || name === 'worker_rlimit_nofile' ? '1024' : name === 'keepalive_requests' ? '100' : '4';
    case 'parameter': return kind.values[0]!;
    case 'any':
      if (any !== undefined) return any;
      if (TYPES.test(name)) return 'text/plain';
      if (name.endsWith('_pass')) return '127.0.0.1:9000';
      if (/_cache$/.test(name)) return 'off';
      if (/_(cache_bypass|no_cache)$/.test(name)) return '$http_x_bypass';
      if (name === 'server_name') return 'sweep.example.com';
      return index === 0 ? 'X-Sweep' : 'value';
  }
}

function isKnownValue(name: string, word: string): boolean {
  // proxy_http_version 2 needs nginx 1.29.4.
  return !(name === 'proxy_http_version' && word === '2' && !isKnownIn('proxy_http_version', version()) );
}

const BAD: Record<ArgKind['kind'], string | null> = {
  flag: 'no', enum: '2.0', bitmask: 'bogus', time: '5x', 'cache-time': 'tenminutes', status: '99', size: '4kb', number: '1k',
  parameter: 'alwayz', any: null,
};

describeNginx('nginx -t parity: every directive sse-lint checks', () => {
  it('accepts the valid lines nginx accepts and reports the argument counts and values nginx rejects', async () => {
    const failures: string[] = [];
    // Directives of OpenResty's modules need their module loaded (headers-more's own, or ngx_lua with NDK).
    const moduleOf = (module: string): NginxModule => (module === 'ngx_http_headers_more_filter_module' ? 'headers-more' : 'lua');
    for (const name of checkedDirectives()) {
      const info = directiveInfo(name)!;
      const place = placeOf(name);
      const needed = info.source !== 'nginx' ? moduleOf(info.module) : null;
      const modules = needed ? (moduleAvailable(needed) ? loadModuleLines([needed]) : null) : '';
      if (!place || !isKnownIn(name, version()) || info.commercial || modules === null || info.obsoleteSince || info.until) {
        tally.skipped.push(name);
        continue;
      }
      tally.directives++;
      const spec = argumentSpec(name)!;
      const count = Math.max(info.args.min, 1);
      const valid = Array.from({ length: count }, (_, i) => validArg(name, argKindAt(spec, i, count), i));
      const line = (args: string[]): string => `${name}${args.length ? ' ' + args.join(' ') : ''};`;
      const check = async (args: string[], want: string | null, what: string): Promise<boolean> => {
        const { text, line: at } = configWith(place, line(args), modules);
        const r = await nginxTest(text);
        const got = lintText(text).filter((f) => PARITY_IDS.has(f.ruleId));
        if (want === null) {
          if (!r.ok) failures.push(`${what} \`${line(args)}\`: nginx -t rejects it (${firstError(r.output)}); fix the sample`);
          else if (got.length) failures.push(`${what} \`${line(args)}\`: nginx -t accepts it, sse-lint reports ${show(got).join('; ')}`);
          return r.ok && got.length === 0;
        }
        if (r.ok) {
          failures.push(`${what} \`${line(args)}\`: nginx -t accepts it${got.length ? `, sse-lint reports ${show(got).join('; ')}` : ''}`);
          return false;
        }
        if (r.line !== at) failures.push(`${what} \`${line(args)}\`: nginx -t fails elsewhere: ${firstError(r.output)}`);
        else if (!got.some((f) => f.ruleId === want && f.span.line === at)) failures.push(`${what} \`${line(args)}\`: nginx -t says ${firstError(r.output)}; sse-lint reports ${show(got).join('; ') || 'nothing'}`);
        else return true;
        return false;
      };
      if (await check(valid, null, 'valid')) tally.sweepValid++;
      if (info.args.min >= 1 && await check(valid.slice(0, info.args.min - 1), 'invalid-arguments', 'too few')) tally.sweepArity++;
      if (info.args.max !== Infinity) {
        const extra = [...valid];
        while (extra.length <= info.args.max) extra.push(extra[extra.length - 1] ?? 'x');
        if (await check(extra, 'invalid-arguments', 'too many')) tally.sweepArity++;
      }
      for (let i = 0; i < valid.length; i++) {
        const bad = BAD[argKindAt(spec, i, valid.length).kind];
        if (bad === null) continue;
        const args = [...valid];
        args[i] = bad;
        if (await check(args, 'invalid-value', `bad value ${i + 1}`)) tally.sweepValue++;
      }
    }
    expect(failures).toEqual([]);
    expect(tally.directives).toBeGreaterThan(40);
  }, 300_000);
});
