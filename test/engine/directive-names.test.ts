// The walk's hooks that skip what a rule does not look at: a visitor that names the directives it looks at is called for
// those alone, and a streamLocation hook for stream locations alone, in the order the walk calls every other hook: per
// block, rule by rule, the block hook first, then the block's lines in order.
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/engine.js';
import { defineRule, type RuleVisitor } from '../../src/engine/define-rule.js';
import { loadInputs } from '../../src/model/inputs.js';
import { memoryFs } from '../../src/model/fs.js';
import { buildModel } from '../../src/model/model.js';

const CONF = `events {}
http {
    add_header X-A 1;
    server {
        listen 127.0.0.1:8080;
        location /a {
            proxy_pass http://127.0.0.1:9000;
            add_header X-B 2;
            proxy_read_timeout 5s;
            add_header X-C 3;
        }
        location /b { return 204; }
    }
}
`;

const META = { summary: 's', severity: 'info' as const, fix: 'none' as const, messages: { m: 'm' }, docs: { why: 'w', bad: 'b', good: 'g', fix: 'f', references: [] } };

/** Runs rules made from visitors that log what they are called with, and returns the log. */
function walk(make: (log: string[]) => Record<string, RuleVisitor>, conf = CONF): string[] {
  const log: string[] = [];
  const rules = Object.entries(make(log)).map(([id, v]) => defineRule({ meta: { id, ...META }, create: () => v }));
  const ws = loadInputs(['/t/nginx.conf'], { fs: memoryFs({ '/t/nginx.conf': conf }) });
  runRules(buildModel(ws.trees[0]!), rules);
  return log;
}

const at = (c: { kind: string; directive: { arg(i: number): string | undefined } | null }): string => `${c.kind}${c.directive?.arg(0) ? ` ${c.directive.arg(0)}` : ''}`;

describe('directive hooks by name', () => {
  it('calls a named hook only for its names, each block in order, between the other rules\' hooks as before', () => {
    const log = walk((out) => ({
      named: {
        directiveNames: ['add_header', 'proxy_read_timeout'],
        location: (c) => out.push(`named location: ${at(c)}`),
        directive: (d, c) => out.push(`named: ${d.name} ${d.arg(0)} in ${at(c)}`),
      },
      every: {
        directive: (d, c) => { if (!['listen', 'events', 'http'].includes(d.name)) out.push(`every: ${d.name} in ${at(c)}`); },
      },
      headers: {
        directiveNames: ['add_header'],
        directive: (d, c) => out.push(`headers: ${d.arg(0)} in ${at(c)}`),
      },
    }));
    expect(log).toEqual([
      'named: add_header X-A in http',
      'every: add_header in http',
      'every: server in http',
      'headers: X-A in http',
      'every: location in server',
      'every: location in server',
      'named location: location /a',
      'named: add_header X-B in location /a',
      'named: proxy_read_timeout 5s in location /a',
      'named: add_header X-C in location /a',
      'every: proxy_pass in location /a',
      'every: add_header in location /a',
      'every: proxy_read_timeout in location /a',
      'every: add_header in location /a',
      'headers: X-B in location /a',
      'headers: X-C in location /a',
      'named location: location /b',
      'every: return in location /b',
    ]);
  });

  it('without names, a directive hook sees every line', () => {
    const log = walk((out) => ({ all: { directive: (d) => out.push(d.name) } }));
    expect(log).toContain('proxy_pass');
    expect(log).toContain('return');
    expect(log.filter((n) => n === 'add_header')).toHaveLength(3);
  });
});

describe('stream location hooks', () => {
  const STREAMS = `events {}
http {
    server {
        listen 127.0.0.1:8080;
        location /plain { proxy_pass http://127.0.0.1:9000; }
        location /events { proxy_pass http://127.0.0.1:9000; }
        location /more { # sse-lint: stream
            proxy_pass http://127.0.0.1:9000;
        }
        location = /healthz { return 200; }
    }
}
`;

  it('are called for stream locations only, each in its rule\'s place', () => {
    const log = walk((out) => ({
      first: { location: (c) => out.push(`first: ${at(c)}`) },
      streams: { streamLocation: (c) => out.push(`streams: ${at(c)}`) },
      both: { location: (c) => out.push(`both location: ${at(c)}`), streamLocation: (c) => out.push(`both stream: ${at(c)}`) },
      last: { location: (c) => out.push(`last: ${at(c)}`) },
    }), STREAMS);
    expect(log).toEqual([
      'first: location /plain', 'both location: location /plain', 'last: location /plain',
      'first: location /events', 'streams: location /events', 'both location: location /events', 'both stream: location /events', 'last: location /events',
      'first: location /more', 'streams: location /more', 'both location: location /more', 'both stream: location /more', 'last: location /more',
      'first: location =', 'both location: location =', 'last: location =',
    ]);
  });
});
