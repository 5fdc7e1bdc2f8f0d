// Locations that do not stream, and streams sse-lint only guesses at: each fixture in test/fixtures/streams is linted
// with every rule, and its findings (rule, line and severity) must be exactly its `# expect:` comments. The classes:
// a location (or server) that answers in its rewrite phase, unbuffered locations next to a declared stream, a
// calendar page under /events/, HLS under /live-stream/, a WebSocket tunnel, and locations the user denied.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixInMemory } from '../../src/fix/apply.js';
import { lintTree } from '../../src/lint.js';
import { buildModel } from '../../src/model/model.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { fixtureCases, readExpectations } from '../helpers/fixtures.js';
import { root } from '../helpers/shared.js';

const dir = path.join(root, 'test/fixtures/streams');
const cases = readdirSync(dir).filter((n) => n.endsWith('.conf')).sort();

/** The `# model: {...}` header of a fixture. */
function modelOptions(text: string): Record<string, unknown> {
  const m = /^#\s*model:\s*(\{.*\})\s*$/m.exec(text);
  return m ? (JSON.parse(m[1]!) as Record<string, unknown>) : {};
}

describe('stream evidence: fixtures of each false-positive class', () => {
  it('has a fixture for every class', () => {
    expect(cases).toEqual(['auth-subrequest.conf', 'calendar-events.conf', 'declared-routes.conf', 'denied.conf', 'hls-live-stream.conf', 'return-only.conf', 'websocket-only.conf']);
    // Not picked up by the rule fixture harness (these are not one rule's twins).
    expect(fixtureCases(dir)).toEqual([]);
  });

  for (const name of cases) {
    it(`${name}: exactly the expected findings, at the expected severities`, () => {
      const file = path.join(dir, name);
      const text = readFileSync(file, 'utf8');
      const expected = readExpectations(file, text);
      const { findings } = lintTree(loadConfig([file]), { model: modelOptions(text) });
      const got = findings.map((f) => `${f.span.line} ${f.ruleId}:${f.severity}`).sort();
      expect(got, findings.map((f) => `${f.span.line} ${f.ruleId}:${f.severity} ${f.message}`).join('\n'))
        .toEqual(expected.map((e) => `${e.line} ${e.ruleId}:${e.severity ?? '?'}`).sort());
      for (const e of expected.filter((x) => x.substring)) {
        expect(findings.some((f) => f.span.line === e.line && f.ruleId === e.ruleId && f.message.includes(e.substring!)), `${e.ruleId} at ${e.line} says "${e.substring}"`).toBe(true);
      }
    });
  }

  it('declared-routes.conf: --fix --unsafe-fixes changes the declared stream only; the guesses beside it keep their settings', () => {
    const file = path.join(dir, 'declared-routes.conf');
    const text = readFileSync(file, 'utf8');
    const model = modelOptions(text);
    const { findings } = lintTree(loadConfig([file]), { model });
    const fixOn = (line: number) => findings.filter((f) => f.span.line >= line && f.span.line < line + 4 && f.fix).map((f) => `${f.ruleId}:${f.fix!.applicability}`);
    expect(fixOn(15)).toEqual(['buffering-on:safe', 'read-timeout-short:safe', 'upstream-http10:safe']);
    // The SAML callback and the export: notes whose fixes are suggestions (shown, never applied).
    expect(fixOn(20).sort()).toEqual(['read-timeout-short:suggestion', 'upstream-http10:suggestion']);
    expect(fixOn(26)).toEqual(['upstream-http10:suggestion']);
    const out = fixInMemory(memoryFs({ [file]: text }), (fs) => {
      const tree = loadConfig([file], { fs });
      return { trees: [tree], findings: lintTree(tree, { model }).findings };
    }, { unsafe: true }).changed.get(file)!.after;
    const after = out.slice(out.indexOf('location /saml/acs'));
    expect(after).toBe(text.slice(text.indexOf('location /saml/acs')));
    expect(out.slice(0, out.indexOf('location /saml/acs'))).toContain('proxy_buffering off;');
  });

  it('says why each look-alike is no stream', () => {
    const why = (name: string, uri: string) => {
      const file = path.join(dir, name);
      const text = readFileSync(file, 'utf8');
      const model = buildModel(loadConfig([file]), modelOptions(text));
      const loc = model.locations.find((l) => l.directive!.args.at(-1)!.value === uri)!;
      return model.streamEvidence(loc).notStream;
    };
    expect(why('return-only.conf', '/events')).toMatchObject({ kind: 'returns', level: 'location', line: 'return 302 https://chat.example.com$request_uri' });
    expect(why('return-only.conf', '/v1/chat/completions')).toMatchObject({ kind: 'returns', level: 'location' });
    expect(why('return-only.conf', '/sse')).toMatchObject({ kind: 'returns', level: 'server', line: 'return 301 https://api.example.com$request_uri' });
    expect(why('hls-live-stream.conf', '/live-stream/')).toEqual({ kind: 'other-type', type: 'application/vnd.apple.mpegurl', directive: 'types' });
    expect(why('websocket-only.conf', '/ws')).toEqual({ kind: 'websocket', path: '/ws' });
    expect(why('websocket-only.conf', '/socket.io/')).toEqual({ kind: 'websocket', path: '/socket.io/' });
    expect(why('denied.conf', '/events')).toEqual({ kind: 'denied-comment' });
    expect(why('denied.conf', '/api/notifications')).toEqual({ kind: 'denied-pattern', pattern: '/api/notifications' });
    expect(why('auth-subrequest.conf', '/auth')).toEqual({ kind: 'subrequest', directive: 'auth_request', line: 'auth_request /auth', at: 'auth-subrequest.conf:18' });
    expect(why('auth-subrequest.conf', '/shadow')).toEqual({ kind: 'subrequest', directive: 'mirror', line: 'mirror /shadow', at: 'auth-subrequest.conf:19' });
    expect(why('auth-subrequest.conf', '/verify-backend')).toMatchObject({ kind: 'subrequest', directive: 'auth_request', line: 'auth_request /verify-backend' });
    // Reached by a client's rewrite, or by a client's own request: audited, so nothing says it is no stream.
    expect(why('auth-subrequest.conf', '/check')).toBeNull();
    expect(why('auth-subrequest.conf', '/verify')).toBeNull();
    // A preset that audits every proxy (1Panel) leaves it out too, and audits the location that asks it.
    const file = path.join(dir, 'auth-subrequest.conf');
    const model = buildModel(loadConfig([file]), { presetAudit: '1panel v2' });
    const loc = (uri: string) => model.locations.find((l) => l.directive!.args.at(-1)!.value === uri)!;
    expect(model.streamEvidence(loc('/auth')).notStream).toMatchObject({ kind: 'subrequest', directive: 'auth_request' });
    expect(model.streamEvidence(loc('/v1/')).reasons.map((r) => r.kind)).toEqual(['preset']);
  });
});

describe('stream evidence: confidence', () => {
  const evidence = (conf: string, uri: string, options: Record<string, unknown> = {}) => {
    const file = '/e/nginx.conf';
    const model = buildModel(loadConfig([file], { fs: memoryFs({ [file]: conf }) }), options);
    const loc = model.locations.find((l) => l.directive!.args.at(-1)!.value === uri)!;
    return model.streamEvidence(loc);
  };
  const http = (body: string): string => `events {}\nhttp {\n${body}\n}\n`;

  it('ranks marks over what the config shows over guesses, and caps the severity of guesses', () => {
    const conf = http(`
      upstream sse_backend { server 127.0.0.1:9000; }
      server { listen 80;
        location /a { proxy_pass http://127.0.0.1:9000; proxy_buffering off; }
        location /b { proxy_pass http://127.0.0.1:9000; default_type text/event-stream; }
        location /c { proxy_pass http://sse_backend; }
        location /d { content_by_lua_block { ngx.header.content_type = "text/event-stream"; ngx.flush(true) } }
        location /e { # sse-lint: stream
          proxy_pass http://127.0.0.1:9000; }
      }`);
    expect([evidence(conf, '/a').confidence, evidence(conf, '/a').maxSeverity]).toEqual(['guessed', 'info']);
    expect(evidence(conf, '/b').confidence).toBe('seen');
    expect(evidence(conf, '/c').reasons.map((r) => r.why)).toEqual([{ kind: 'upstream-name', name: 'sse_backend', word: 'sse' }]);
    expect(evidence(conf, '/d').reasons.map((r) => r.why.kind)).toEqual(['producer']);
    expect([evidence(conf, '/e').confidence, evidence(conf, '/e').maxSeverity]).toEqual(['declared', 'error']);
    // Without a declared stream anywhere, a guess is a warning at most.
    const guessOnly = http('server { listen 80; location /a { proxy_pass http://127.0.0.1:9000; proxy_buffering off; } }');
    expect(evidence(guessOnly, '/a').maxSeverity).toBe('warning');
    expect(evidence(guessOnly, '/a', { allProxies: true }).confidence).toBe('declared');
  });

  it('takes a front location for a stream when it proxies to a stream location of the same config', () => {
    const conf = http(`
      server { listen 127.0.0.1:8080; location /front { proxy_pass http://127.0.0.1:8081/backend; } }
      server { listen 127.0.0.1:8081; location /backend { default_type text/event-stream; content_by_lua_block { ngx.say("data: 1") } } }`);
    expect(evidence(conf, '/front').reasons.map((r) => r.why)).toEqual([{ kind: 'backend', location: 'location /backend', at: 'nginx.conf:5' }]);
    // A proxy loop is no evidence.
    const loop = http('server { listen 127.0.0.1:8080; location /a { proxy_pass http://127.0.0.1:8080/a; } }');
    expect(evidence(loop, '/a').confidence).toBeNull();
  });

  it('keeps a declared stream even when a notStreams pattern matches it, and a not-stream comment over everything', () => {
    const conf = http(`server { listen 80;
      location /api/events { proxy_pass http://127.0.0.1:9000; }
      location /x { # sse-lint: not-stream
        proxy_pass http://127.0.0.1:9000; default_type text/event-stream; }
    }`);
    expect(evidence(conf, '/api/events', { notStreamPatterns: ['/api/*'] }).confidence).toBeNull();
    expect(evidence(conf, '/api/events', { notStreamPatterns: ['/api/*'], routes: ['/api/events'] }).confidence).toBe('declared');
    expect(evidence(conf, '/x', { routes: ['/x'] }).notStream).toEqual({ kind: 'denied-comment' });
  });

  it('does not stop at a return that a break or a rewrite ... last may skip', () => {
    const conf = http(`server { listen 80;
      location /a { if ($arg_x) { break; } return 302 /b; proxy_pass http://127.0.0.1:9000; proxy_buffering off; }
      location /b { if ($arg_x) { return 403; } proxy_pass http://127.0.0.1:9000; proxy_buffering off; }
      location /c { rewrite ^ /d last; return 302 /e; proxy_pass http://127.0.0.1:9000; proxy_buffering off; }
    }`);
    for (const uri of ['/a', '/b', '/c']) expect(evidence(conf, uri).confidence, uri).toBe('guessed');
  });
});
