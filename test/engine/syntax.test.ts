// What nginx -t rejects or warns about, found without nginx: argument counts and values of the directives sse-lint
// reads, likely typos, duplicate locations and server names; fixes that correct a broken line rather than add one
// beside it. (test/e2e/parity.test.ts proves the same findings against real nginx -t.)
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixInMemory } from '../../src/fix/apply.js';
import { lintTree } from '../../src/lint.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { lintSync } from '../../src/pipeline/index.js';
import type { ModelOptions } from '../../src/model/model.js';
import { nginxTime } from '../../src/model/queries/units.js';
import { checkedDirectives, suggestDirective } from '../../src/model/values.js';
import type { Finding } from '../../src/types.js';
import { sharedDir, sharedSkipReason } from '../helpers/shared.js';

const PARITY_IDS = new Set(['invalid-arguments', 'invalid-value', 'unknown-directive', 'duplicate-location', 'duplicate-server-name']);
const FILE = '/s/nginx.conf';

function lint(text: string, model: ModelOptions = {}, only: string[] = []): Finding[] {
  const tree = loadConfig([FILE], { fs: memoryFs({ [FILE]: text }) });
  return lintTree(tree, { model, only }).findings;
}
const site = (location: string, server = ''): string =>
  `events {}\nhttp {\n    server {\n        listen 127.0.0.1:8080;\n${server}        location /api/ {\n            proxy_pass http://127.0.0.1:9000;\n${location}        }\n    }\n}\n`;
const parity = (fs: Finding[]): string[] => fs.filter((f) => PARITY_IDS.has(f.ruleId)).map((f) => `${f.span.line}:${f.span.column} ${f.ruleId} ${f.severity} ${f.message}`);

describe('argument checks', () => {
  it('reports values in nginx\'s words with what it accepts and the nearest valid value', () => {
    expect(parity(lint(site('            proxy_buffering no;\n')))).toEqual([
      '7:29 invalid-value error invalid value "no" in "proxy_buffering" directive, it must be "on" or "off"; did you mean "off"?',
    ]);
    expect(parity(lint(site('            proxy_read_timeout "10 minutes";\n')))).toEqual([
      '7:32 invalid-value error "proxy_read_timeout" directive invalid value "10 minutes" (a time such as 30s, 5m or 1h); did you mean "10m"?',
    ]);
    expect(parity(lint(site('            proxy_cache_valid 200 tenminutes;\n')))[0]).toContain('invalid time value "tenminutes" in "proxy_cache_valid" directive (a time such as 30s, 1h or 7d); did you mean "10m"?');
    expect(parity(lint(site('            proxy_buffer_size 4KB;\n')))[0]).toContain('did you mean "4k"?');
    // A letter nginx has no unit for: seconds (what a bare number means) as a guess, so its fix is unsafe.
    const x = lint(site('            proxy_read_timeout 5x;\n')).filter((f) => f.ruleId === 'invalid-value');
    expect(parity(x)).toEqual(['7:32 invalid-value error "proxy_read_timeout" directive invalid value "5x" (a time such as 30s, 5m or 1h); did you mean "5s"?']);
    expect(x[0]!.fix!.applicability).toBe('unsafe');
    expect(parity(lint(site('            proxy_read_timeout 5xy;\n')))[0]).not.toContain('did you mean');
    expect(parity(lint(site('            add_header X-Accel-Buffering;\n')))).toEqual([
      '7:13 invalid-arguments error invalid number of arguments in "add_header" directive: it takes 2 or 3, got 1',
    ]);
    expect(parity(lint(site('            proxy_ignore_headers X-Accel-Bufering;\n')))[0]).toContain('it must be "X-Accel-Redirect", "X-Accel-Expires"');
  });

  it('suggests the one time or size that the arguments of a one-value directive spell together', () => {
    const found = lint(site('            proxy_read_timeout 10 minutes;\n            proxy_send_timeout 1h 30m;\n            proxy_buffer_size 4 KB;\n            proxy_connect_timeout 5 parsecs;\n'));
    expect(parity(found)).toEqual([
      '7:13 invalid-arguments error invalid number of arguments in "proxy_read_timeout" directive: it takes 1, got 2; did you mean "10m"?',
      '8:13 invalid-arguments error invalid number of arguments in "proxy_send_timeout" directive: it takes 1, got 2; did you mean "1h30m"?',
      '9:13 invalid-arguments error invalid number of arguments in "proxy_buffer_size" directive: it takes 1, got 2; did you mean "4k"?',
      '10:13 invalid-arguments error invalid number of arguments in "proxy_connect_timeout" directive: it takes 1, got 2',
    ]);
    expect(found.filter((f) => f.fix).map((f) => [f.fix!.title, f.fix!.applicability])).toEqual([
      ['Replace "10 minutes" with "10m"', 'safe'], ['Replace "1h 30m" with "1h30m"', 'safe'], ['Replace "4 KB" with "4k"', 'safe'],
    ]);
  });

  it('suggests 1.1 for an HTTP version nginx does not know, and 2 only for a target that has it', () => {
    const line = site('            proxy_http_version 2.0;\n');
    expect(parity(lint(line))[0]).toContain('invalid value "2.0" in "proxy_http_version" directive, it must be "1.0", "1.1" or "2"; did you mean "1.1"?');
    expect(parity(lint(line, { nginxVersion: '1.22.1' }))[0]).toContain('it must be "1.0" or "1.1"; did you mean "1.1"?');
    expect(parity(lint(line, { nginxVersion: '1.29.4' }))[0]).toContain('did you mean "2"?');
    // 2 itself: rejected only for a target known to be older than 1.29.4.
    expect(parity(lint(site('            proxy_http_version 2;\n')))).toEqual([]);
    expect(parity(lint(site('            proxy_http_version 2;\n'), { nginxVersion: '1.24.0' }))).toHaveLength(1);
  });

  it('leaves variables and template placeholders alone, and accepts what nginx accepts', () => {
    expect(parity(lint(site('            proxy_read_timeout ${NGINX_PROXY_READ_TIMEOUT};\n            limit_rate $rate;\n            proxy_buffering ON;\n            proxy_read_timeout2 1;\n'.replace('            proxy_read_timeout2 1;\n', ''))))).toEqual([]);
    expect(parity(lint(site('            add_header X-Id $request_id always;\n            rewrite ^/a$ /b last;\n            proxy_cache_valid 200 10M;\n')))).toEqual([]);
    expect(parity(lint(site('            proxy_read_timeout {{ timeout }};\n')))).toEqual([]);
  });

  it('rejects keepalive 0 only for a target older than 1.29.7', () => {
    const conf = 'events {}\nhttp {\n    upstream app {\n        server 127.0.0.1:9000;\n        keepalive 0;\n    }\n}\n';
    expect(parity(lint(conf))).toEqual([]);
    expect(parity(lint(conf, { nginxVersion: '1.29.7' }))).toEqual([]);
    expect(parity(lint(conf, { nginxVersion: '1.22.1' }))).toEqual(['5:19 invalid-value error invalid value "0" in "keepalive" directive (a whole number)']);
  });

  it('answers a line written again as it did the first time, for the same target only', () => {
    // Words are remembered once accepted (per name, block kind and target version): each rejected line is reported
    // wherever it is written, an accepted word stays accepted, and a quoted one is read as its value.
    const twice = (line: string): string => `events {}\nhttp {\n    server {\n        listen 127.0.0.1:8080;\n        location /a/ {\n${line}        }\n        location /b/ {\n${line}        }\n    }\n}\n`;
    const where = (fs: Finding[]): string[] => parity(fs).map((l) => l.split(' ').slice(0, 2).join(' '));
    expect(where(lint(twice('            proxy_read_timeout 5x;\n')))).toEqual(['6:32 invalid-value', '9:32 invalid-value']);
    expect(parity(lint(twice('            proxy_read_timeout 5m;\n            proxy_buffering off;\n')))).toEqual([]);
    expect(where(lint(twice('            proxy_read_timeout "5m";\n            proxy_buffering \'of\';\n')))).toEqual(['7:29 invalid-value', '11:29 invalid-value']);
    // The same word in the same place is judged by each target version.
    const upstreams = 'events {}\nhttp {\n    upstream a {\n        server 127.0.0.1:9000;\n        keepalive 0;\n    }\n    upstream b {\n        server 127.0.0.1:9001;\n        keepalive 0;\n    }\n}\n';
    for (const [version, count] of [['1.29.7', 0], ['1.22.1', 2], ['1.29.7', 0], ['1.22.1', 2]] as const) {
      expect(parity(lint(upstreams, { nginxVersion: version })), version).toHaveLength(count);
    }
  });

  it('checks only the number of arguments of text nginx takes as it is, and the rest of a line with some', () => {
    const where = (fs: Finding[]): string[] => parity(fs).map((l) => l.split(' ').slice(0, 2).join(' '));
    expect(where(lint(site('            proxy_set_header Host;\n            proxy_set_header {{ header }};\n            proxy_set_header {{ a }} {{ b }};\n')))).toEqual(['7:13 invalid-arguments']);
    expect(where(lint(site('            add_header X-A {{ a }};\n            add_header X-B b alwayz;\n            add_header X-C $c always;\n            add_header X-D;\n')))).toEqual([
      '8:30 invalid-value', '10:13 invalid-arguments',
    ]);
  });

  it('parses times as ngx_parse_time does, milliseconds and seconds slots apart', () => {
    expect(['1h30m', '1m 2s', '500ms', '1y', '10M', '5S', '', '60 s'].map((t) => nginxTime(t, false))).toEqual([5_400_000n, 62_000n, 500n, null, null, null, null, null]);
    expect(['1y', '10M', '500ms', '1d 1h'].map((t) => nginxTime(t, true))).toEqual([31_536_000n, 25_920_000n, null, 90_000n]);
    expect(nginxTime('9223372036854775808', true)).toBeNull();
  });

  it('checks the directives the rules read', () => {
    for (const name of ['proxy_buffering', 'proxy_read_timeout', 'proxy_http_version', 'add_header', 'proxy_set_header', 'proxy_cache_valid', 'gzip', 'chunked_transfer_encoding', 'limit_rate', 'keepalive', 'worker_connections', 'lua_http10_buffering', 'more_set_headers', 'more_clear_headers']) {
      expect(checkedDirectives()).toContain(name);
    }
  });
});

describe('unknown directives', () => {
  it('warns about a likely typo with the name meant; other unknown names pass unless --strict', () => {
    expect(parity(lint(site('            proxy_bufering off;\n            my_module_thing on;\n            lua_custom_thing on;\n')))).toEqual([
      '7:13 unknown-directive warning unknown directive "proxy_bufering"; did you mean "proxy_buffering"?',
    ]);
  });

  it('names a typo of a directive the block does not take, without renaming it into a line nginx also rejects', () => {
    const found = lint(site('            if ($arg_x) {\n                proxy_bufering off;\n            }\n')).filter((f) => f.ruleId === 'unknown-directive');
    expect(parity(found)).toEqual(['8:17 unknown-directive warning unknown directive "proxy_bufering"; did you mean "proxy_buffering"? (not allowed in if in location either)']);
    expect(found[0]!.fix).toBeUndefined();
  });

  it('suggests within one edit for short names and two for long ones, in any case', () => {
    const names = ['proxy_buffering', 'proxy_pass', 'gzip', 'gunzip', 'sub_filter'];
    expect(suggestDirective('proxy_bufering', names)).toBe('proxy_buffering');
    expect(suggestDirective('proxy_bffering', names)).toBe('proxy_buffering');
    expect(suggestDirective('Proxy_Pass', names)).toBe('proxy_pass');
    expect(suggestDirective('gzpi', names)).toBe('gzip');
    expect(suggestDirective('zip', names)).toBeNull();
    expect(suggestDirective('prxy_pas', names)).toBeNull();
    expect(suggestDirective('subs_filter', names)).toBe('sub_filter');
  });

  it('takes subs_filter for the substitutions module it is, not a typo', () => {
    expect(parity(lint(site('            subs_filter a b;\n')))).toEqual([]);
  });
});

describe('duplicates', () => {
  it('rejects two prefix or two exact locations with one path at one level, as nginx -t does', () => {
    const f = parity(lint(site('', '        location ^~ /api/ { return 204; }\n        location = /x { return 204; }\n        location /x { return 204; }\n        location ~ /y { }\n        location ~ /y { }\n')));
    // The second of the two in config order is the one nginx names (and the site's own location /api/ comes last here).
    expect(f).toEqual(['10:9 duplicate-location error duplicate location "/api/"; nginx -t rejects it']);
  });

  it('warns about a server name taken on the same address, not on another one', () => {
    const conf = 'events {}\nhttp {\n    server { listen 80; server_name a.example.com; }\n    server { listen 80; server_name A.example.com; }\n    server { listen 127.0.0.1:80; server_name a.example.com; }\n}\n';
    expect(parity(lint(conf))).toEqual(['4:37 duplicate-server-name warning conflicting server name "a.example.com" on 0.0.0.0:80, ignored: nginx -t warns, and requests for it go to the first server that has it']);
  });
});

describe('server names in nginx\'s hashes', () => {
  it('takes exact names, leading and trailing wildcards each in its own hash, and no regex or $hostname', () => {
    const servers = (...names: string[]): string => `events {}\nhttp {\n${names.map((n) => `    server { listen 80; ${n ? `server_name ${n}; ` : ''}}\n`).join('')}}\n`;
    const conflicts = (conf: string): string[] => lint(conf).filter((f) => f.ruleId === 'duplicate-server-name').map((f) => `${f.span.line}:${f.span.column} ${(f.data!.error as { text: string }).text}`);
    expect(conflicts(servers('*.example.com', '*.Example.com', 'example.*', 'example.*', 'www.example.com'))).toEqual([
      '4:37 conflicting server name "*.example.com" on 0.0.0.0:80, ignored', '6:37 conflicting server name "example.*" on 0.0.0.0:80, ignored',
    ]);
    // `.example.com` is example.com and *.example.com at once: it clashes with either, and either with it.
    expect(conflicts(servers('example.com', '.example.com'))).toEqual(['4:37 conflicting server name ".example.com" on 0.0.0.0:80, ignored']);
    expect(conflicts(servers('*.example.com', '.example.com'))).toEqual(['4:37 conflicting server name ".example.com" on 0.0.0.0:80, ignored']);
    expect(conflicts(servers('.example.com', '*.example.com', 'example.com', 'example.com.'))).toEqual([
      '4:37 conflicting server name "*.example.com" on 0.0.0.0:80, ignored', '5:37 conflicting server name "example.com" on 0.0.0.0:80, ignored',
    ]);
    expect(conflicts(servers('~^a$', '~^a$', '$hostname', '$hostname', 'a b', 'c a'))).toEqual(['8:39 conflicting server name "a" on 0.0.0.0:80, ignored']);
    // Two servers without server_name share the empty name; the second's block is what nginx names.
    expect(conflicts(servers('', ''))).toEqual(['4:5 conflicting server name "" on 0.0.0.0:80, ignored']);
  });
});

describe('fixes correct the broken line instead of adding one beside it', () => {
  const run = (text: string, unsafe = false) => {
    const fs = memoryFs({ [FILE]: text });
    return fixInMemory(fs, (f) => {
      const tree = loadConfig([FILE], { fs: f });
      return { trees: [tree], findings: lintTree(tree, { model: { routes: ['/api/'] }, only: ['buffering-on'] }).findings };
    }, { unsafe });
  };

  it('a misspelt proxy_buffering is renamed by the buffering fix', () => {
    const text = site('            proxy_bufering off;   # meant to stream\n');
    const findings = lint(text, { routes: ['/api/'] }, ['buffering-on']);
    const fix = findings.find((f) => f.ruleId === 'buffering-on')!.fix!;
    expect(fix.applicability).toBe('safe');
    expect(fix.edits).toHaveLength(1);
    expect(text.slice(fix.edits[0]!.start, fix.edits[0]!.end)).toBe('proxy_bufering off;');
    const out = run(text).changed.get(FILE)!.after;
    expect(out).toContain('            proxy_buffering off;   # meant to stream\n');
    expect(out).not.toContain('proxy_bufering');
    expect(out.match(/proxy_buffering/g)).toHaveLength(1);
  });

  it('an invalid value is replaced by its own safe fix, and nothing is added beside it', () => {
    const out = run(site('            proxy_buffering no;\n')).changed.get(FILE)!.after;
    expect(out).toContain('            proxy_buffering off;\n');
    expect(out.match(/proxy_buffering/g)).toHaveLength(1);
  });

  it('proxy_buffering no hides neither the invalid value nor the buffering problem, and both fixes make one line', () => {
    const text = site('            proxy_buffering no;\n');
    const findings = lintTree(loadConfig([FILE], { fs: memoryFs({ [FILE]: text }) }), { model: { routes: ['/api/'] } }).findings;
    const byRule = (id: string) => findings.filter((f) => f.ruleId === id);
    expect(byRule('invalid-value').map((f) => f.span.line)).toEqual([7]);
    const [b] = byRule('buffering-on');
    expect(b, 'buffering-on on the stream').toBeDefined();
    expect([b!.span.line, b!.severity]).toEqual([7, 'error']);
    expect(b!.message).toContain('proxy_buffering is no here');
    expect(b!.message).toContain('not off');
    expect(b!.fix!.applicability).toBe('safe');
    expect(text.slice(b!.fix!.edits[0]!.start, b!.fix!.edits[0]!.end)).toBe('no');
    // Both fixes together: one corrected line.
    const fs = memoryFs({ [FILE]: text });
    const out = fixInMemory(fs, (f) => {
      const tree = loadConfig([FILE], { fs: f });
      return { trees: [tree], findings: lintTree(tree, { model: { routes: ['/api/'] } }).findings };
    }, {}).changed.get(FILE)!.after;
    expect(out.match(/proxy_buffering[^\n]*/g)).toEqual(['proxy_buffering off;']);
  });

  it('a rule fix on a one-value directive written with two values replaces both (not "1h minutes")', () => {
    const text = site('            proxy_read_timeout 30 s;\n');
    const tree = loadConfig([FILE], { fs: memoryFs({ [FILE]: text }) });
    const [r] = lintTree(tree, { model: { routes: ['/api/'] }, only: ['read-timeout-short'] }).findings.filter((f) => f.ruleId === 'read-timeout-short');
    expect(r!.fix!.edits.map((e) => [text.slice(e.start, e.end), e.text])).toEqual([['30 s', '1h']]);
    const out = fixInMemory(memoryFs({ [FILE]: text }), (f) => {
      const t = loadConfig([FILE], { fs: f });
      return { trees: [t], findings: lintTree(t, { model: { routes: ['/api/'] } }).findings };
    }, {}).changed.get(FILE)!.after;
    expect(out.match(/proxy_read_timeout[^\n]*/g)).toEqual(['proxy_read_timeout 1h;']);
  });

  it('an invalid value inherited from the server is pointed at, and the stream gets its own off', () => {
    const text = site('', '        proxy_buffering false;\n');
    const [b] = lint(text, { routes: ['/api/'] }, ['buffering-on']).filter((f) => f.ruleId === 'buffering-on');
    expect(b!.span.line).toBe(6);
    expect(b!.related.map((r) => [r.span.line, r.message])).toEqual([[5, 'proxy_buffering false is set here']]);
  });

  it('proxy_buffering no is the streaming intent off is: a guessed stream, named as written', () => {
    const [b] = lint(site('            proxy_buffering no;\n'), {}, ['buffering-on']).filter((f) => f.ruleId === 'buffering-on');
    expect(b!.severity).toBe('warning');
    expect(b!.message).toContain('proxy_buffering no suggests a stream (a guess');
  });
});

const skip = sharedSkipReason();
describe.skipIf(skip !== null)('the real-world corpus', () => {
  it('gets none of these findings', () => {
    const corpus = path.join(sharedDir, 'corpus/real-world');
    expect(existsSync(corpus)).toBe(true);
    const r = lintSync([corpus], { config: false, preset: 'plain' });
    expect(r.files.length).toBeGreaterThan(70);
    expect(parity(r.findings)).toEqual([]);
  });
});
