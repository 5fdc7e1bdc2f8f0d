// Directive facts: contexts, merge kinds, duplicates, version defaults, OpenResty entries, and a check against nginx -t.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  allowedIn, allowsDuplicates, compareVersions, contextFromPath, defaultFor, defaultProxyHeaders, directiveInfo,
  isKnownDirective, isKnownIn, knownDirectiveNames, mergeKind, parseVersion, REFERENCE_SOURCE, unknownDirective,
  valueKnownIn, type DefaultValue, type DirectiveContext, type MergeKind,
} from '../../src/model/directives.js';
import { ROWS } from '../../src/generated/directive-table.js';
import { findingRenderer, renderDefault } from '../../src/i18n/index.js';

/** A default with its basis rendered as the English note messages show. */
function withNote(d: DefaultValue | undefined): { value: string; note: string } | undefined {
  return d && { value: d.value, note: renderDefault(findingRenderer('en'), d.basis) };
}

const root = path.resolve(import.meta.dirname, '../..');

/** The contexts an http-side config can put a directive in. */
const HTTP_SIDE: DirectiveContext[] = ['main', 'events', 'http', 'server', 'location', 'if', 'server-if', 'limit_except', 'upstream'];

function httpContexts(name: string): DirectiveContext[] {
  return HTTP_SIDE.filter((c) => allowedIn(name, c));
}

describe('generated table', () => {
  it('comes from the installed @nginx/reference-lib', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'node_modules/@nginx/reference-lib/package.json'), 'utf8')) as { version: string };
    expect(REFERENCE_SOURCE).toBe(`@nginx/reference-lib ${pkg.version}`);
    expect(knownDirectiveNames().length).toBeGreaterThan(800);
  });

  it('is looked up by name only: names of Object.prototype are unknown directives', () => {
    // Entries are decoded from the table per name on first use; a config word must never reach a prototype member.
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(isKnownDirective(name), name).toBe(false);
      expect(directiveInfo(name), name).toBeUndefined();
      expect(directiveInfo(name, 'location'), name).toBeUndefined();
      expect(isKnownIn(name, '1.24.0'), name).toBe(false);
      expect(allowedIn(name, 'http'), name).toBeUndefined();
      expect(knownDirectiveNames()).not.toContain(name);
    }
  });

  it('decodes a name the same whichever is asked first, and merges the extra tables into the reference', () => {
    // secure_link_secret: reference (location) plus the contexts nginx -t also accepts (http, server).
    expect(directiveInfo('secure_link_secret', 'server')?.contexts).toEqual(['http', 'server', 'location']);
    // if: any number of words in its condition, whatever the reference says.
    expect(directiveInfo('if')?.args).toEqual({ min: 1, max: Infinity });
    // A directive only the extra tables know: its source and module.
    expect(directiveInfo('brotli_comp_level')).toMatchObject({ source: 'third-party', module: 'ngx_http_brotli_filter_module', default: '6' });
    expect(knownDirectiveNames()).toEqual([...new Set(knownDirectiveNames())]);
  });

  it('is one ASCII line per directive, read back whole: characters outside ASCII are escapes JSON.parse decodes', () => {
    // One other character would make the table a two-byte string, twice its size in the start-up code cache.
    expect(ROWS).toMatch(/^[\x00-\x7f]*$/);
    expect(ROWS.split('\n').filter(Boolean)).toHaveLength(knownDirectiveNames().filter((n) => directiveInfo(n)?.source === 'nginx').length);
    expect(directiveInfo('addition_types')?.variants[0]?.syntax).toEqual(['<mime-type> \u2026']);
    // A name is found only as a whole line's name: not a part of one, nor text that would span lines.
    for (const name of ['addition', 'ddition_types', 'addition_type', 'addition_types\t[[2', 'x\naddition_types', '']) {
      expect(isKnownDirective(name), JSON.stringify(name)).toBe(false);
      expect(directiveInfo(name), JSON.stringify(name)).toBeUndefined();
    }
  });
});

describe('contexts (sse-semantics.md §2.2)', () => {
  const HSL: DirectiveContext[] = ['http', 'server', 'location'];
  const HSLI: DirectiveContext[] = ['http', 'server', 'location', 'if'];
  const cases: Array<[string[], DirectiveContext[]]> = [
    [['proxy_buffering', 'fastcgi_buffering', 'uwsgi_buffering', 'scgi_buffering'], HSL],
    [['proxy_ignore_headers', 'proxy_hide_header', 'proxy_pass_header', 'proxy_set_header', 'proxy_http_version'], HSL],
    [['proxy_read_timeout', 'proxy_send_timeout', 'proxy_connect_timeout'], HSL],
    [['proxy_cache', 'proxy_cache_valid', 'proxy_cache_lock', 'proxy_no_cache', 'proxy_cache_bypass'], HSL],
    [['proxy_max_temp_file_size', 'proxy_buffers', 'proxy_buffer_size', 'proxy_limit_rate'], HSL],
    [['proxy_pass'], ['location', 'if', 'limit_except']],
    [['add_header', 'expires', 'add_header_inherit', 'gzip', 'limit_rate', 'limit_rate_after', 'ssi'], HSLI],
    [['gzip_types', 'gzip_min_length', 'gzip_proxied'], HSL],
    [['send_timeout', 'postpone_output', 'chunked_transfer_encoding', 'tcp_nodelay'], HSL],
    [['ssi_types', 'sub_filter', 'sub_filter_types', 'add_before_body', 'add_after_body', 'addition_types'], HSL],
    [['keepalive_timeout', 'keepalive_requests'], ['http', 'server', 'location', 'upstream']],
    [['keepalive'], ['upstream']],
    [['worker_connections'], ['events']],
    [['http2', 'http2_max_concurrent_streams'], ['http', 'server']],
    [['return', 'set', 'rewrite', 'break'], ['server', 'location', 'if', 'server-if']],
    [['if', 'location'], ['server', 'location']],
    [['limit_except'], ['location']],
  ];
  for (const [names, expected] of cases) {
    it(`${names.join(', ')}: ${expected.join(', ')}`, () => {
      for (const name of names) expect(httpContexts(name), name).toEqual(expected);
    });
  }

  it('keeps stream and mail variants apart from http', () => {
    expect(allowedIn('proxy_pass', 'stream-server')).toBe(true);
    expect(allowedIn('proxy_pass', 'server')).toBe(false);
    expect(allowedIn('listen', 'mail-server')).toBe(true);
    expect(directiveInfo('proxy_pass', 'stream-server')?.module).toBe('ngx_stream_proxy_module');
    expect(directiveInfo('proxy_pass')?.module).toBe('ngx_http_proxy_module');
    expect(directiveInfo('server')?.block).toBe(true);
    expect(directiveInfo('server', 'upstream')?.block).toBe(false);
  });

  it('allows include everywhere and has no answer for unknown names or data blocks', () => {
    for (const c of HTTP_SIDE) expect(allowedIn('include', c)).toBe(true);
    expect(allowedIn('no_such_directive', 'location')).toBeUndefined();
    expect(allowedIn('proxy_buffering', 'map')).toBeUndefined();
    expect(allowedIn('proxy_buffering', 'other')).toBeUndefined();
  });

  it('maps block paths to contexts', () => {
    expect(contextFromPath([])).toBe('main');
    expect(contextFromPath(['http', 'server', 'location', 'if'])).toBe('if');
    expect(contextFromPath(['http', 'server', 'if'])).toBe('server-if');
    expect(contextFromPath(['http', 'server', 'location', 'location'])).toBe('location');
    expect(contextFromPath(['stream', 'server'])).toBe('stream-server');
    expect(contextFromPath(['stream', 'upstream'])).toBe('stream-upstream');
    expect(contextFromPath(['mail', 'server'])).toBe('mail-server');
    expect(contextFromPath(['http', 'upstream'])).toBe('upstream');
    expect(contextFromPath(['http', 'map'])).toBe('map');
    expect(contextFromPath(['http', 'server', 'location', 'content_by_lua_block'])).toBe('other');
  });

  it('reads argument counts from the documented syntax', () => {
    expect(directiveInfo('proxy_buffering')?.args).toEqual({ min: 1, max: 1 });
    expect(directiveInfo('add_header')?.args).toEqual({ min: 2, max: 3 });
    expect(directiveInfo('gzip_types')?.args).toEqual({ min: 1, max: Infinity });
    expect(directiveInfo('location')?.args).toEqual({ min: 1, max: 2 });
    expect(directiveInfo('if')?.args.max).toBe(Infinity);
  });
});

describe('OpenResty and third-party directives', () => {
  it('knows lua-nginx-module contexts', () => {
    expect(httpContexts('content_by_lua_block')).toEqual(['location', 'if']);
    expect(httpContexts('content_by_lua_file')).toEqual(['location', 'if']);
    expect(httpContexts('access_by_lua_block')).toEqual(['http', 'server', 'location', 'if']);
    expect(httpContexts('lua_shared_dict')).toEqual(['http']);
    expect(httpContexts('lua_package_path')).toEqual(['http']);
    expect(httpContexts('init_by_lua_block')).toEqual(['http']);
    expect(httpContexts('set_by_lua_block')).toEqual(['server', 'location', 'if', 'server-if']);
    expect(httpContexts('balancer_by_lua_block')).toEqual(['upstream']);
    expect(httpContexts('lua_http10_buffering')).toEqual(['http', 'server', 'location', 'if']);
    expect(allowedIn('content_by_lua_block', 'stream-server')).toBe(true);
    expect(directiveInfo('content_by_lua_block')).toMatchObject({ source: 'openresty', block: true, module: 'ngx_http_lua_module' });
  });

  it('gives lua_http10_buffering its default on', () => {
    expect(withNote(defaultFor('lua_http10_buffering', undefined))).toEqual({ value: 'on', note: 'lua module default' });
    expect(defaultFor('lua_http10_buffering', '1.29.7')?.value).toBe('on');
  });

  it('knows headers-more', () => {
    for (const n of ['more_set_headers', 'more_clear_headers', 'more_set_input_headers', 'more_clear_input_headers']) {
      expect(httpContexts(n), n).toEqual(['http', 'server', 'location', 'if']);
      expect(mergeKind(n), n).toBe('accumulate');
    }
  });

  it('separates known, family-vouched and unknown names', () => {
    expect(isKnownDirective('proxy_buffering')).toBe(true);
    expect(isKnownDirective('more_set_headers')).toBe(true);
    expect(isKnownDirective('proxy_bufering')).toBe(false);
    expect(unknownDirective('proxy_bufering')).toBe(true);
    expect(unknownDirective('my_custom_directive')).toBe(true);
    for (const n of ['more_set_headers', 'more_something_new', 'lua_future_flag', 'echo_foo', 'ndk_set_var', 'set_md5', 'ssl_verify_by_lua_block', 'brotli']) {
      expect(unknownDirective(n), n).toBe(false);
    }
    expect(isKnownDirective('set_md5')).toBe(false);
    expect(directiveInfo('set_md5')).toBeUndefined();
  });
});

describe('merge kinds (sse-semantics.md §2.1)', () => {
  const cases: Array<[MergeKind, string[]]> = [
    ['ordinary', ['proxy_buffering', 'proxy_read_timeout', 'proxy_http_version', 'proxy_cache', 'gzip', 'chunked_transfer_encoding', 'send_timeout', 'limit_rate', 'postpone_output', 'lua_http10_buffering']],
    ['replace-list', ['add_header', 'add_trailer', 'proxy_set_header', 'fastcgi_param', 'uwsgi_param', 'scgi_param', 'grpc_set_header', 'proxy_hide_header', 'proxy_pass_header', 'fastcgi_hide_header', 'gzip_types', 'ssi_types', 'sub_filter_types', 'addition_types', 'brotli_types', 'error_page']],
    ['bitmask', ['proxy_ignore_headers', 'fastcgi_ignore_headers', 'gzip_proxied', 'proxy_next_upstream', 'proxy_cache_use_stale']],
    ['accumulate', ['more_set_headers', 'more_clear_headers']],
    ['none', ['rewrite', 'return', 'set', 'if']],
  ];
  for (const [kind, names] of cases) {
    it(kind, () => {
      for (const n of names) expect(mergeKind(n), n).toBe(kind);
    });
  }

  it('puts allow and deny in one list', () => {
    expect(directiveInfo('allow')?.mergeGroup).toBe('access');
    expect(directiveInfo('deny')?.mergeGroup).toBe('access');
    expect(directiveInfo('proxy_hide_header')?.mergeGroup).toBeUndefined();
  });
});

describe('duplicates (sse-semantics.md §2.3, nginx-t-checks.md)', () => {
  it('rejects repeated scalar directives like nginx -t', () => {
    for (const n of ['proxy_buffering', 'fastcgi_buffering', 'proxy_read_timeout', 'proxy_http_version', 'proxy_pass', 'proxy_cache',
      'proxy_max_temp_file_size', 'gzip', 'chunked_transfer_encoding', 'postpone_output', 'send_timeout', 'limit_rate', 'keepalive',
      'keepalive_timeout', 'root', 'expires', 'content_by_lua_block', 'lua_http10_buffering', 'lua_package_path', 'http', 'limit_except']) {
      expect(allowsDuplicates(n), n).toBe(false);
    }
  });

  it('accepts repeated lists, bitmasks and blocks', () => {
    for (const n of ['proxy_set_header', 'add_header', 'proxy_hide_header', 'proxy_pass_header', 'gzip_types', 'sub_filter_types', 'ssi_types',
      'proxy_ignore_headers', 'more_set_headers', 'location', 'if', 'listen', 'server_name', 'lua_shared_dict', 'set_by_lua_block', 'echo']) {
      expect(allowsDuplicates(n), n).toBe(true);
    }
    expect(allowsDuplicates('some_third_party_thing')).toBe(true);
  });
});

describe('versions (sse-semantics.md §1)', () => {
  it('parses version strings', () => {
    expect(parseVersion('1.22.1')).toEqual({ major: 1, minor: 22, patch: 1 });
    expect(parseVersion('nginx version: nginx/1.25.3 (Ubuntu)')).toEqual({ major: 1, minor: 25, patch: 3 });
    expect(parseVersion('openresty/1.27.1.2')).toEqual({ major: 1, minor: 27, patch: 1 });
    expect(parseVersion('1.29')).toEqual({ major: 1, minor: 29, patch: 0 });
    expect(parseVersion('latest')).toBeUndefined();
  });

  it('compares versions', () => {
    expect(compareVersions('1.22.1', '1.29.7')).toBeLessThan(0);
    expect(compareVersions('1.29.10', '1.29.7')).toBeGreaterThan(0);
    expect(compareVersions('1.29.7', { major: 1, minor: 29, patch: 7 })).toBe(0);
    expect(() => compareVersions('latest', '1.0.0')).toThrow(/not an nginx version/);
  });

  it('switches proxy_http_version at 1.29.7 and assumes the old default when the version is unknown', () => {
    expect(withNote(defaultFor('proxy_http_version', '1.22.1'))).toEqual({ value: '1.0', note: 'nginx default before 1.29.7' });
    expect(defaultFor('proxy_http_version', '1.29.6')?.value).toBe('1.0');
    expect(withNote(defaultFor('proxy_http_version', '1.29.7'))).toEqual({ value: '1.1', note: 'nginx default since 1.29.7' });
    expect(defaultFor('proxy_http_version', '1.31.0')?.value).toBe('1.1');
    expect(withNote(defaultFor('proxy_http_version', undefined))).toEqual({
      value: '1.0', note: 'nginx default before 1.29.7 (version unknown; pass --nginx-version)',
    });
  });

  it('sends Connection: close upstream before 1.29.7 only', () => {
    expect(defaultProxyHeaders('1.22.1').headers).toEqual([['Host', '$proxy_host'], ['Connection', 'close']]);
    expect(defaultProxyHeaders(undefined).headers).toContainEqual(['Connection', 'close']);
    expect(defaultProxyHeaders('1.29.7').headers).toEqual([['Host', '$proxy_host']]);
  });

  it('turns upstream keepalive on by default from 1.29.7', () => {
    expect(defaultFor('keepalive', '1.22.1')?.value).toBe('');
    expect(defaultFor('keepalive', undefined)?.value).toBe('');
    expect(withNote(defaultFor('keepalive', '1.29.7'))).toEqual({ value: '32 local', note: 'nginx default since 1.29.7, for upstream{} blocks' });
  });

  it('returns reference defaults for version-independent directives', () => {
    expect(withNote(defaultFor('proxy_buffering', '1.22.1'))).toEqual({ value: 'on', note: 'nginx default' });
    expect(defaultFor('proxy_read_timeout', undefined)?.value).toBe('60s');
    expect(defaultFor('no_such_directive', undefined)).toBeUndefined();
  });

  it('knows when directives appeared and disappeared', () => {
    expect(isKnownIn('http2', '1.22.1')).toBe(false);
    expect(isKnownIn('http2', '1.25.1')).toBe(true);
    expect(isKnownIn('add_header_inherit', '1.29.2')).toBe(false);
    expect(isKnownIn('add_header_inherit', '1.29.3')).toBe(true);
    expect(isKnownIn('add_trailer_inherit', '1.29.3')).toBe(true);
    expect(isKnownIn('ssl', '1.22.1')).toBe(true);
    expect(isKnownIn('ssl', '1.25.1')).toBe(false);
    expect(isKnownIn('sticky', '1.29.5')).toBe(false);
    expect(isKnownIn('sticky', '1.29.6')).toBe(true);
    expect(isKnownIn('health_check', '1.29.7')).toBe(false);
    expect(isKnownIn('proxy_buffering', '1.22.1')).toBe(true);
    expect(isKnownIn('content_by_lua_block', '1.22.1')).toBe(true);
    expect(isKnownIn('http2', undefined)).toBe(true);
    expect(isKnownIn('no_such_directive', undefined)).toBe(false);
    expect(withNote(defaultFor('add_header_inherit', '1.22.1'))?.note).toMatch(/appeared in 1\.29\.3/);
  });

  it('accepts proxy_http_version 2 from 1.29.4', () => {
    expect(valueKnownIn('proxy_http_version', '2', '1.29.3')).toBe(false);
    expect(valueKnownIn('proxy_http_version', '2', '1.29.4')).toBe(true);
    expect(valueKnownIn('proxy_http_version', '2', undefined)).toBe(true);
    expect(valueKnownIn('proxy_http_version', '1.1', '1.0.0')).toBe(true);
  });
});

// The same questions asked of a real nginx (config test only: `nginx -t` starts no server).

const NGINX = '/usr/sbin/nginx';
const MODULE_DIR = '/usr/lib/nginx/modules';
const LUA_MODULES = ['ndk_http_module.so', 'ngx_http_lua_module.so', 'ngx_http_headers_more_filter_module.so'];
const hasNginx = existsSync(NGINX);
const hasLua = hasNginx && LUA_MODULES.every((m) => existsSync(path.join(MODULE_DIR, m)));

const TEMP_PATHS = 'access_log off; client_body_temp_path tmp; proxy_temp_path tmp; fastcgi_temp_path tmp; uwsgi_temp_path tmp; scgi_temp_path tmp;';

/** A whole config with `line` placed in `context`. */
function configWith(context: DirectiveContext, line: string, modules: boolean): string {
  const load = modules ? LUA_MODULES.map((m) => `load_module ${path.join(MODULE_DIR, m)};`).join('\n') : '';
  const server = (inner: string) => `http { ${TEMP_PATHS}\n  server { listen 127.0.0.1:18090;\n${inner}\n  }\n}`;
  const body: Partial<Record<DirectiveContext, string>> = {
    main: `${line}\nevents {}`,
    events: `events { ${line} }`,
    http: `events {}\nhttp { ${TEMP_PATHS}\n${line}\n}`,
    server: `events {}\n${server(line)}`,
    location: `events {}\n${server(`location / {\n${line}\n}`)}`,
    if: `events {}\n${server(`location / { if ($arg_x) {\n${line}\n} }`)}`,
    'server-if': `events {}\n${server(`if ($arg_x) {\n${line}\n}`)}`,
    limit_except: `events {}\n${server(`location / { limit_except GET {\n${line}\n} }`)}`,
    upstream: `events {}\nhttp { ${TEMP_PATHS}\n  upstream up { server 127.0.0.1:18081;\n${line}\n  }\n}`,
  };
  const b = body[context];
  if (!b) throw new Error(`no config template for context ${context}`);
  return `${load}\n${b}\n`;
}

/** 'ok' when the whole config passes (the cases use valid arguments), else nginx's complaint. */
type Verdict = 'ok' | 'not allowed here' | 'unknown directive' | `failed: ${string}`;

let workDir: string | undefined;
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function nginxVerdict(name: string, context: DirectiveContext, args: string, modules: boolean): Verdict {
  workDir ??= mkdtempSync(path.join(tmpdir(), 'sse-lint-directives-'));
  const conf = path.join(workDir, 'nginx.conf');
  writeFileSync(conf, configWith(context, `${name} ${args}`.trim() + (args.endsWith('}') ? '' : ';'), modules));
  const r = spawnSync(NGINX, ['-t', '-p', workDir, '-c', conf, '-g', `pid ${workDir}/nginx.pid; error_log stderr;`], {
    encoding: 'utf8', timeout: 15_000,
  });
  if (r.error) throw r.error;
  if (r.stderr.includes(`"${name}" directive is not allowed here`)) return 'not allowed here';
  if (r.stderr.includes(`unknown directive "${name}"`)) return 'unknown directive';
  return r.status === 0 ? 'ok' : `failed: ${r.stderr.trim()}`;
}

describe('agreement with nginx -t', () => {
  it('has nginx to ask (required when CI=true)', (ctx) => {
    if (hasNginx) return;
    const reason = `${NGINX} not found; nginx -t comparisons skipped`;
    if (process.env.CI === 'true') expect.fail(`${reason}, but CI=true: CI must run them`);
    console.warn(`[skip] ${reason}`);
    ctx.skip();
  });

  const core: Array<[string, DirectiveContext, string]> = [
    ['proxy_buffering', 'if', 'off'],
    ['proxy_buffering', 'location', 'off'],
    ['proxy_read_timeout', 'if', '1h'],
    ['proxy_set_header', 'if', 'X-A 1'],
    ['proxy_http_version', 'if', '1.1'],
    ['chunked_transfer_encoding', 'if', 'off'],
    ['add_header', 'if', 'X-A 1'],
    ['add_header', 'server-if', 'X-A 1'],
    ['return', 'server-if', '204'],
    ['gzip', 'if', 'off'],
    ['limit_rate', 'if', '1k'],
    ['proxy_pass', 'if', 'http://127.0.0.1:18081'],
    ['proxy_pass', 'server', 'http://127.0.0.1:18081'],
    ['proxy_pass', 'limit_except', 'http://127.0.0.1:18081'],
    ['keepalive', 'location', '16'],
    ['keepalive', 'upstream', '16'],
    ['worker_connections', 'http', '16'],
    ['location', 'if', '/x { }'],
    ['gzip_types', 'if', 'text/css'],
  ];
  it.skipIf(!hasNginx).each(core)('%s in %s', (name, context, args) => {
    const expected: Verdict = allowedIn(name, context) ? 'ok' : 'not allowed here';
    expect(nginxVerdict(name, context, args, false)).toBe(expected);
  });

  const openresty: Array<[string, DirectiveContext, string]> = [
    ['content_by_lua_block', 'server', '{ ngx.say(1) }'],
    ['content_by_lua_block', 'if', '{ ngx.say(1) }'],
    ['lua_http10_buffering', 'if', 'off'],
    ['lua_shared_dict', 'server', 'd 1m'],
    ['set_by_lua_block', 'server-if', '$v { return 1 }'],
    ['access_by_lua_block', 'server-if', '{ }'],
    ['more_set_headers', 'if', '"X-A: 1"'],
    ['more_set_headers', 'server-if', '"X-A: 1"'],
  ];
  it.skipIf(!hasLua).each(openresty)('%s in %s (OpenResty modules)', (name, context, args) => {
    const expected: Verdict = allowedIn(name, context) ? 'ok' : 'not allowed here';
    expect(nginxVerdict(name, context, args, true)).toBe(expected);
  });
  if (hasNginx && !hasLua) console.warn(`[skip] lua/headers-more modules not found in ${MODULE_DIR}; OpenResty nginx -t cases skipped`);

  it.skipIf(!hasNginx)('knows which directives this nginx version lacks', () => {
    const version = parseVersion(spawnSync(NGINX, ['-v'], { encoding: 'utf8' }).stderr);
    expect(version).toBeDefined();
    const cases: Array<[string, DirectiveContext, string]> = [
      ['http2', 'server', 'on'],
      ['add_header_inherit', 'location', 'merge'],
      ['proxy_buffering', 'location', 'off'],
      ['ssl_reject_handshake', 'server', 'on'],
    ];
    for (const [name, context, args] of cases) {
      const expected: Verdict = isKnownIn(name, version) ? 'ok' : 'unknown directive';
      expect(nginxVerdict(name, context, args, false), `${name} in nginx ${JSON.stringify(version)}`).toBe(expected);
    }
  });
});
