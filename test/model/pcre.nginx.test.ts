// The PCRE2 matcher against real nginx: seeded random location regexes and URIs, plus patterns PCRE2 gives up on.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildContexts } from '../../src/model/context.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { route } from '../../src/model/routing.js';
import { compilePcre } from '../../src/model/routing/pcre.js';
import { textToSubject } from '../../src/model/routing/subject.js';
import { describeNginx, nginxConf, request, startNginx, type NginxInstance } from '../e2e/harness.js';

/** A small seeded generator (mulberry32): the same seed gives the same patterns on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function patternGenerator(rand: () => number): () => string {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  let groups = 0;
  let closed = 0;
  const atom = (depth: number): string => {
    const r = rand();
    if (depth > 2 || r < 0.45) return pick(['a', 'b', '/', 'a', 'b', '1', '.', '\\d', '\\w', '[ab]', '[^a]', '[a-b/]', '\\/']);
    if (r < 0.6) {
      groups++;
      const body = alt(depth + 1);
      closed = groups;
      return `(${body})`;
    }
    if (r < 0.72) return `(?:${alt(depth + 1)})`;
    if (r < 0.8) return `(?>${alt(depth + 1)})`;
    if (r < 0.86) return `(?${pick(['=', '!'])}${alt(depth + 1)})`;
    if (r < 0.92 && closed > 0) return `\\${1 + Math.floor(rand() * closed)}`;
    return pick(['\\b', 'a', 'b']);
  };
  const quantified = (depth: number): string => {
    const a = atom(depth);
    if (a.startsWith('(?=') || a.startsWith('(?!') || a === '\\b') return a;
    const r = rand();
    if (r < 0.55) return a;
    const q = pick(['*', '+', '?', '{1,2}', '{2}', '{0,3}']);
    const mode = rand() < 0.2 ? '?' : rand() < 0.1 ? '+' : '';
    return a + q + mode;
  };
  const seq = (depth: number): string => {
    let s = '';
    const n = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) s += quantified(depth);
    return s;
  };
  const alt = (depth: number): string => (rand() < 0.25 ? `${seq(depth)}|${seq(depth)}` : seq(depth));
  return () => {
    groups = 0;
    closed = 0;
    return `${rand() < 0.5 ? '^' : ''}${rand() < 0.4 ? '/' : ''}${alt(0)}${rand() < 0.4 ? '$' : ''}`;
  };
}

function subjects(rand: () => number, n: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    let s = '/';
    const len = Math.floor(rand() * 10);
    for (let j = 0; j < len; j++) s += 'ab1_/'[Math.floor(rand() * 5)];
    out.push(s.replace(/\/+/g, '/'));
  }
  return out;
}

const SEED = Number(process.env.PCRE_SEED ?? 20261205);
const rand = prng(SEED);
const nextPattern = patternGenerator(rand);
const PATTERNS: { pattern: string; uris: string[] }[] = [];
while (PATTERNS.length < 160) {
  const pattern = nextPattern();
  // Only patterns this matcher evaluates; the generator makes nothing else on purpose.
  if (!compilePcre(textToSubject(pattern), false).regex) throw new Error(`generated a pattern the matcher refuses: ${pattern}`);
  PATTERNS.push({ pattern, uris: subjects(rand, 6) });
}
// Patterns PCRE2 gives up on (error -47, nginx answers 500) with long subjects, and answers at once with short ones.
const HOSTILE: { pattern: string; uris: string[] }[] = [
  { pattern: '^/(a+)+$', uris: ['/aaaa', `/${'a'.repeat(40)}b`] },
  { pattern: '^/(\\w+_?)*$', uris: ['/ab_cd', `/${'abc_'.repeat(12)}!`] },
  { pattern: '^/(a|aa)+$', uris: ['/aaa', `/${'a'.repeat(60)}b`] },
  { pattern: '^/((b|bb)*)*c$', uris: [`/${'b'.repeat(60)}d`, '/bbc'] },
];
const ALL = [...PATTERNS, ...HOSTILE];

describeNginx('PCRE2 matching agrees with nginx', () => {
  let nginx: NginxInstance;
  let conf = '';
  beforeAll(async () => {
    const servers = ALL.map((p, k) => `server {\n        listen 127.0.0.1:{{PORT}};\n        server_name p${k}.test;\n        location ~ "${p.pattern}" { return 200 "m"; }\n        location / { return 200 "n"; }\n    }`);
    nginx = await startNginx(nginxConf({ servers }));
    conf = nginx.conf;
  }, 20_000);
  afterAll(async () => {
    await nginx?.stop();
  });

  it(`answers like nginx for ${PATTERNS.length} seeded patterns (seed ${SEED}) and ${HOSTILE.length} hostile ones`, async () => {
    const contexts = buildContexts(loadConfig(['/etc/nginx/nginx.conf'], { fs: memoryFs({ '/etc/nginx/nginx.conf': conf }) }));
    const mismatches: string[] = [];
    let limited = 0;
    const seen = { m: 0, n: 0 };
    for (const [k, p] of ALL.entries()) {
      for (const uri of p.uris) {
        const answer = await request(`${nginx.url}${uri}`, { headers: { Host: `p${k}.test` } });
        const got = answer.status === 200 ? answer.body : String(answer.status);
        const r = route(contexts, { host: `p${k}.test`, port: nginx.port, uri, addr: '127.0.0.1' });
        const ours = r.regexFailure ? '500' : r.locationInfo?.modifier === '~' ? 'm' : r.locationInfo ? 'n' : 'none';
        if (ours === '500') limited++;
        if (ours === 'm' || ours === 'n') seen[ours]++;
        if (r.unsupported.length) mismatches.push(`${p.pattern} on ${uri}: not evaluated (${r.unsupported.join('; ')})`);
        if (got !== ours) mismatches.push(`${p.pattern} on ${uri}: nginx ${got}, sse-lint ${ours}`);
      }
    }
    expect(mismatches).toEqual([]);
    // Both outcomes are well represented, so the comparison means something.
    expect(seen.m).toBeGreaterThan(150);
    expect(seen.n).toBeGreaterThan(150);
    // The hostile long subjects really hit the limit in both.
    expect(limited).toBeGreaterThanOrEqual(3);
    expect(nginx.errorLog()).toMatch(/pcre2_match\(\) failed: -47 on "\/aaaaaaaa/);
  }, 60_000);
});
