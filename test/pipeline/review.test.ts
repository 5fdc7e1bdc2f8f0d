// What the interactive review asks of the pipeline: several fixes as one step, redo, a patch for a dump, where each
// finding sits, the servers and their streams, a fix's own diff, routing over the fixed text, rule documentation.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRun, fixPreview, lintSync, PipelineError, routeInRun, ruleDocs, sourceText, startFixSession } from '../../src/pipeline/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sse-lint-review-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two servers; the second includes a snippet that is also included by the first one's /events location. */
function tree(): string {
  const d = mkdtempSync(path.join(dir, 't-'));
  mkdirSync(path.join(d, 'snippets'));
  writeFileSync(path.join(d, 'snippets/stream.conf'), 'proxy_read_timeout 30s;\nproxy_set_header X-Accel-Buffering no;\n');
  writeFileSync(path.join(d, 'nginx.conf'), `events {}
http {
    server {
        listen 8080;
        server_name a.example.com;
        location /events {
            proxy_pass http://127.0.0.1:9000;
            include snippets/stream.conf;
        }
        location /static/ {
            root /srv;
        }
    }
    server {
        listen 127.0.0.1:8081;
        server_name b.example.com;
        location /sse {
            proxy_pass http://127.0.0.1:9001;
            include snippets/stream.conf;
        }
    }
}
`);
  return d;
}

describe('fix sessions for a review', () => {
  it('applies several chosen fixes as one step; undo takes the step back, redo applies it again', () => {
    const d = tree();
    const s = startFixSession([path.join(d, 'nginx.conf')], { cwd: d, config: false });
    const buffering = s.current().findings.filter((f) => f.ruleId === 'buffering-on');
    expect(buffering).toHaveLength(2);
    const step = s.applyFixes(buffering);
    expect(step.applied.map((a) => a.ruleId)).toEqual(['buffering-on', 'buffering-on']);
    expect(s.current().findings.filter((f) => f.ruleId === 'buffering-on')).toHaveLength(0);
    expect(s.changes()[0]!.after.match(/proxy_buffering off;/g)).toHaveLength(2);
    expect(s.undo()).toBe(true);
    expect(s.changes()).toHaveLength(0);
    expect(s.current().findings.filter((f) => f.ruleId === 'buffering-on')).toHaveLength(2);
    expect(s.redo()).toBe(true);
    expect(s.changes()[0]!.after.match(/proxy_buffering off;/g)).toHaveLength(2);
    expect(s.redo()).toBe(false);
    // A new apply clears what could be redone.
    s.undo();
    s.applyFix(s.current().findings.find((f) => f.ruleId === 'buffering-on')!);
    expect(s.redo()).toBe(false);
    // Nothing was written.
    expect(readFileSync(path.join(d, 'nginx.conf'), 'utf8')).not.toContain('proxy_buffering off');
  });

  it('skips a fix that overlaps one already taken in the same step', () => {
    const d = tree();
    const s = startFixSession([path.join(d, 'nginx.conf')], { cwd: d, config: false });
    const f = s.current().findings.find((x) => x.ruleId === 'buffering-on')!;
    const step = s.applyFixes([f, f]);
    expect(step.applied).toHaveLength(1);
  });

  it('saves the pending diff of a dump as a patch file, and says why in one line when it cannot', () => {
    const d = tree();
    const dump = `# configuration file /etc/nginx/nginx.conf:\n${readFileSync(path.join(d, 'nginx.conf'), 'utf8')}\n# configuration file /etc/nginx/snippets/stream.conf:\n${readFileSync(path.join(d, 'snippets/stream.conf'), 'utf8')}\n`;
    const s = startFixSession(['-'], { cwd: d, config: false, stdin: Buffer.from(dump) });
    expect(s.readOnly).toBe('dump');
    s.applyFix(s.current().findings.find((f) => f.ruleId === 'buffering-on')!);
    const written = s.savePatch('fix.patch');
    expect(written).toBe(path.join(d, 'fix.patch'));
    const patch = readFileSync(written, 'utf8');
    expect(patch).toContain('--- a//etc/nginx/nginx.conf');
    expect(patch).toContain('+            proxy_buffering off;');
    expect(() => s.savePatch('missing-dir/fix.patch')).toThrow(PipelineError);
    expect(() => s.savePatch('missing-dir/fix.patch')).toThrow(/missing-dir\/fix\.patch: no such directory/);
  });
});

describe('describeRun', () => {
  it('lists every server with its stream locations, and places each finding in its server and location', () => {
    const d = tree();
    const run = lintSync([path.join(d, 'nginx.conf')], { cwd: d, config: false });
    const layout = describeRun(run);
    expect(layout.servers.map((s) => s.label)).toEqual(['a.example.com:8080', 'b.example.com:8081']);
    expect(layout.servers[0]!.streams.map((s) => s.path)).toEqual(['/events']);
    expect(layout.servers[1]!.streams).toEqual([{ path: '/sse', file: path.join(d, 'nginx.conf'), line: 17 }]);
    expect(layout.places).toHaveLength(run.findings.length);
    const byRule = (id: string) => run.findings.map((f, i) => ({ f, p: layout.places[i]! })).filter((x) => x.f.ruleId === id);
    // buffering-on is reported on each location block.
    expect(byRule('buffering-on').map((x) => [x.p.serverKey, x.p.location])).toEqual([
      [layout.servers[0]!.key, 'location /events'], [layout.servers[1]!.key, 'location /sse'],
    ]);
    // A finding on a snippet line is one line of text evaluated in both servers: it counts for both, and is
    // grouped under the first.
    const header = byRule('accel-buffering-request-header');
    expect(header).toHaveLength(1);
    expect(header[0]!.f.span.file).toBe(path.join(d, 'snippets/stream.conf'));
    expect(header[0]!.p).toEqual({ serverKey: layout.servers[0]!.key, location: 'location /events', serverKeys: [layout.servers[0]!.key, layout.servers[1]!.key], chain: null });
  });

  it("lists the servers the model counts as http servers (one isHttpServer): not a stream {} server, but a lone site file's", () => {
    const d = mkdtempSync(path.join(dir, 'servers-'));
    writeFileSync(path.join(d, 'nginx.conf'), 'events {}\nstream {\n    server {\n        listen 9000;\n        proxy_pass 127.0.0.1:9001;\n    }\n}\nhttp {\n    server {\n        listen 80;\n        server_name a.example.com;\n        location /events { proxy_pass http://127.0.0.1:9000; }\n    }\n}\n');
    writeFileSync(path.join(d, 'site.conf'), 'listen 8080;\nserver_name lone.example.com;\nlocation /sse { proxy_pass http://127.0.0.1:9000; }\n');
    expect(describeRun(lintSync([path.join(d, 'nginx.conf')], { cwd: d, config: false })).servers.map((s) => s.label)).toEqual(['a.example.com:80']);
    expect(describeRun(lintSync([path.join(d, 'site.conf')], { cwd: d, config: false })).servers.map((s) => s.label)).toEqual(['lone.example.com:8080']);
  });

  it('leaves findings outside any server without a place', () => {
    const d = mkdtempSync(path.join(dir, 'main-'));
    writeFileSync(path.join(d, 'nginx.conf'), 'events { worker_connections 1024; }\nhttp {\n    server {\n        listen 80;\n        location /events { proxy_pass http://127.0.0.1:9000; }\n    }\n}\n');
    const run = lintSync([path.join(d, 'nginx.conf')], { cwd: d, config: false });
    const i = run.findings.findIndex((f) => f.ruleId === 'stream-capacity');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(describeRun(run).places[i]).toEqual({ serverKey: null, location: null, serverKeys: [], chain: null });
    expect(describeRun(run).servers[0]!.label).toBe('_:80');
  });
});

describe('the merge chain of a value', () => {
  it('lists every level with what it sets: the one in effect, outer ones overridden, the rest not set', () => {
    const d = mkdtempSync(path.join(dir, 'chain-'));
    writeFileSync(path.join(d, 'nginx.conf'), `events {}
http {
    proxy_buffering off;
    server {
        listen 8080;
        proxy_buffering on;
        location /events {
            proxy_pass http://127.0.0.1:9000;
        }
    }
}
`);
    const run = lintSync([path.join(d, 'nginx.conf')], { cwd: d, config: false });
    const i = run.findings.findIndex((f) => f.ruleId === 'buffering-on');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(describeRun(run).places[i]!.chain).toEqual([
      { level: 'location /events', value: null, file: null, line: null, state: 'not-set' },
      { level: 'server', value: 'on', file: path.join(d, 'nginx.conf'), line: 6, state: 'effective' },
      { level: 'http', value: 'off', file: path.join(d, 'nginx.conf'), line: 3, state: 'overridden' },
    ]);
    // Without provenance there is no chain.
    const other = run.findings.findIndex((f) => !f.provenance);
    if (other >= 0) expect(describeRun(run).places[other]!.chain).toBeNull();
  });

  it('gives the default when no level sets the value', () => {
    const d = tree();
    const run = lintSync([path.join(d, 'nginx.conf')], { cwd: d, config: false });
    const i = run.findings.findIndex((f) => f.ruleId === 'buffering-on');
    const chain = describeRun(run).places[i]!.chain!;
    expect(chain.map((c) => [c.level, c.state])).toEqual([['location /events', 'not-set'], ['server', 'not-set'], ['http', 'not-set']]);
    expect(run.findings[i]!.provenance!.origin.kind).toBe('default');
  });
});

describe('reading a run', () => {
  it('previews one fix as its own diff, against the text as it is now', () => {
    const d = tree();
    const s = startFixSession([path.join(d, 'nginx.conf')], { cwd: d, config: false });
    const [first, second] = s.current().findings.filter((f) => f.ruleId === 'buffering-on');
    const preview = fixPreview(s.current(), second!, (p) => path.relative(d, p));
    expect(preview).toContain('--- a/nginx.conf');
    expect(preview).toMatch(/^\+\s+proxy_buffering off;$/m);
    expect(preview.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'))).toHaveLength(1);
    s.applyFix(first!);
    const again = s.current().findings.filter((f) => f.ruleId === 'buffering-on')[0]!;
    expect(sourceText(s.current(), path.join(d, 'nginx.conf'))).toContain('proxy_buffering off;');
    // The preview of the remaining fix shows only its own line added, on the fixed text.
    expect(fixPreview(s.current(), again).split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'))).toHaveLength(1);
  });

  it('routes a host and URI over the run, with the port from the host or the first listen', () => {
    const d = tree();
    const s = startFixSession([path.join(d, 'nginx.conf')], { cwd: d, config: false });
    expect(routeInRun(s.current(), 'b.example.com:8081', '/sse/x')).toMatch(/route: +server b\.example\.com .*-> location \/sse/);
    expect(routeInRun(s.current(), 'a.example.com', '/events')).toContain('request: Host a.example.com, port 8080, /events');
    s.applyFix(s.current().findings.find((f) => f.ruleId === 'buffering-on')!);
    expect(routeInRun(s.current(), 'a.example.com', '/events')).toMatch(/proxy_buffering off: .*nginx\.conf:\d+/);
  });

  it('gives rule and engine-id documentation in English and Chinese', () => {
    expect(ruleDocs('buffering-on', 'en')!.why).toMatch(/buffer/i);
    expect(ruleDocs('buffering-on', 'zh-CN')!.why).toMatch(/缓冲/);
    expect(ruleDocs('parse-error', 'en')!.summary).toMatch(/parse/);
    expect(ruleDocs('no-such-rule', 'en')).toBeNull();
  });
});
