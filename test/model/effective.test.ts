// Effective values and lists on in-memory configs: inheritance, replacing lists, bitmasks, add_header_inherit, headers-more, includes, versioned defaults.
import { describe, expect, it } from 'vitest';
import type { ContextNode } from '../../src/model/context.js';
import { memoryFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { buildModel, type ConfigModel } from '../../src/model/model.js';
import type { EffectiveList } from '../../src/model/effective.js';
import { levelName } from '../../src/model/effective.js';
import { findingRenderer, renderDefault } from '../../src/i18n/index.js';

function model(files: Record<string, string>, nginxVersion?: string): ConfigModel {
  const fs = memoryFs(files);
  const tree = loadConfig(['/etc/nginx/nginx.conf'], { fs });
  expect(tree.findings.map((f) => f.message)).toEqual([]);
  return buildModel(tree, nginxVersion ? { nginxVersion } : {});
}

function single(text: string, nginxVersion?: string): ConfigModel {
  return model({ '/etc/nginx/nginx.conf': text }, nginxVersion);
}

/** Contexts whose block directive reads `kind args...` (`location /a`, `if ($arg_x)`), in source order. */
function all(m: ConfigModel, head: string): ContextNode[] {
  return m.contexts.all.filter((c) => c.directive && [c.directive.name, ...c.directive.args.map((a) => a.value)].join(' ') === head);
}

function one(m: ConfigModel, head: string): ContextNode {
  const found = all(m, head);
  expect(found, head).toHaveLength(1);
  return found[0]!;
}

/** `X-Name value` per entry, as written. */
function names(l: EffectiveList): string[] {
  return l.entries.map((e) => e.directive.args.map((a) => a.value).join(' '));
}

function drops(l: EffectiveList): string[] {
  return l.dropped.map((d) => `${d.entry.directive.args[0]?.value} from ${levelName(d.entry.context)} by ${levelName(d.droppedBy)} (${d.how})`);
}

describe('effectiveValue: ordinary inheritance', () => {
  const m = single(`events {}
http {
    proxy_read_timeout 10s;
    server {
        listen 80;
        proxy_buffering off;
        location /a {
            proxy_read_timeout 30s;
            location /a/nested {
                if ($arg_x) {
                    return 204;
                }
            }
        }
        location /b {
            proxy_buffering on;
        }
    }
}
`);

  it('walks http -> server -> location -> nested location -> if and reports the level that set the value', () => {
    const iff = one(m, 'if ($arg_x)');
    const t = m.effective(iff, 'proxy_read_timeout');
    expect(t.value).toBe('30s');
    expect(t.origin.kind === 'directive' && levelName(t.origin.context)).toBe('location /a');
    expect(t.levels.map(levelName)).toEqual(['if ($arg_x)', 'location /a/nested', 'location /a']);
    const b = m.effective(iff, 'proxy_buffering');
    expect(b.value).toBe('off');
    expect(b.origin.kind === 'directive' && b.origin.context.kind).toBe('server');
  });

  it('a level that sets the directive hides the parent value', () => {
    expect(m.effective(one(m, 'location /b'), 'proxy_buffering').value).toBe('on');
    expect(m.effective(one(m, 'location /b'), 'proxy_read_timeout').value).toBe('10s');
  });

  it('falls back to the default with every level listed when nothing sets it', () => {
    const v = m.effective(one(m, 'location /b'), 'send_timeout');
    expect(v.origin.kind).toBe('default');
    expect(v.value).toBe('60s');
    expect(v.levels.map(levelName)).toEqual(['location /b', 'server', 'http']);
  });
});

describe('effectiveList: replacing lists', () => {
  const m = single(`events {}
http {
    add_header X-Http 1;
    proxy_set_header X-From-Http 1;
    server {
        listen 80;
        add_header X-Server 1;
        add_header X-Server-2 2;
        location /inherits {
        }
        location /own {
            add_header X-Loc 1;
            proxy_set_header X-From-Loc 1;
            location /own/nested {
            }
            if ($arg_flag) {
                add_header X-Inner 1;
            }
        }
    }
}
`);

  it('a level with no entries uses its parent list as is', () => {
    const l = m.effectiveList(one(m, 'location /inherits'), 'add_header');
    expect(names(l)).toEqual(['X-Server 1', 'X-Server-2 2']);
    expect(l.from?.kind).toBe('server');
    // X-Http never reaches the location: the server dropped it.
    expect(drops(l)).toEqual(['X-Http from http by server (replaced)']);
  });

  it('the level that replaces the list is the one reported as dropping it', () => {
    const l = m.effectiveList(one(m, 'location /own'), 'add_header');
    expect(names(l)).toEqual(['X-Loc 1']);
    expect(drops(l)).toEqual([
      'X-Http from http by server (replaced)',
      'X-Server from server by location /own (replaced)',
      'X-Server-2 from server by location /own (replaced)',
    ]);
    const p = m.effectiveList(one(m, 'location /own'), 'proxy_set_header');
    expect(names(p)).toEqual(['X-From-Loc 1']);
    expect(drops(p)).toEqual(['X-From-Http from http by location /own (replaced)']);
  });

  it('a nested location inherits the enclosing location list', () => {
    const l = m.effectiveList(one(m, 'location /own/nested'), 'add_header');
    expect(names(l)).toEqual(['X-Loc 1']);
    expect(l.dropped.every((d) => d.droppedBy !== one(m, 'location /own/nested'))).toBe(true);
  });

  it('add_header inside if drops the location list when the condition matches [E24]', () => {
    const iff = one(m, 'if ($arg_flag)');
    const l = m.effectiveList(iff, 'add_header');
    expect(names(l)).toEqual(['X-Inner 1']);
    expect(l.from).toBe(iff);
    expect(drops(l).filter((d) => d.includes('by if'))).toEqual(['X-Loc from location /own by if ($arg_flag) (replaced)']);
  });

  it('allow and deny form one list', () => {
    const a = single(`events {}
http {
    server {
        listen 80;
        allow 10.0.0.0/8;
        location / {
            deny all;
        }
    }
}
`);
    const l = a.effectiveList(one(a, 'location /'), 'allow');
    expect(l.entries.map((e) => e.directive.name)).toEqual(['deny']);
    expect(drops(l)).toEqual(['10.0.0.0/8 from server by location / (replaced)']);
  });
});

describe('effectiveList: bitmasks', () => {
  it('lines of one level are OR-ed; a lower level with any value replaces the set', () => {
    const m = single(`events {}
http {
    proxy_ignore_headers X-Accel-Buffering;
    proxy_ignore_headers Expires;
    server {
        listen 80;
        location /a {
        }
        location /b {
            proxy_ignore_headers Set-Cookie;
        }
    }
}
`);
    expect(names(m.effectiveList(one(m, 'location /a'), 'proxy_ignore_headers'))).toEqual(['X-Accel-Buffering', 'Expires']);
    const b = m.effectiveList(one(m, 'location /b'), 'proxy_ignore_headers');
    expect(names(b)).toEqual(['Set-Cookie']);
    expect(drops(b)).toEqual([
      'X-Accel-Buffering from http by location /b (replaced)',
      'Expires from http by location /b (replaced)',
    ]);
  });
});

describe('effectiveList: add_header_inherit (1.29.3+)', () => {
  const text = `events {}
http {
    add_header X-Http 1;
    server {
        listen 80;
        add_header X-Server 1;
        location /merge {
            add_header_inherit merge;
            add_header X-Loc 1;
            if ($arg_x) {
                add_header X-If 1;
            }
        }
        location /off {
            add_header_inherit off;
        }
        location /off-own {
            add_header_inherit off;
            add_header X-Loc 1;
        }
    }
    server {
        listen 81;
        add_header_inherit merge;
        add_header X-Server 1;
        location / {
            add_header X-Loc 1;
        }
    }
    server {
        listen 82;
        add_header_inherit off;
        add_header X-Server 1;
        location / {
        }
    }
}
`;
  const m = single(text, '1.29.3');

  it('merge appends the parent merged list after the level own entries', () => {
    const l = m.effectiveList(one(m, 'location /merge'), 'add_header');
    expect(names(l)).toEqual(['X-Loc 1', 'X-Server 1']);
    expect(drops(l)).toEqual(['X-Http from http by server (replaced)']);
  });

  it('the mode is inherited: an if inside a merging location merges too', () => {
    const l = m.effectiveList(one(m, 'if ($arg_x)'), 'add_header');
    expect(names(l)).toEqual(['X-If 1', 'X-Loc 1', 'X-Server 1']);
  });

  it('merge set at server level carries all the way down', () => {
    const [loc] = all(m, 'location /');
    const l = m.effectiveList(loc!, 'add_header');
    expect(names(l)).toEqual(['X-Loc 1', 'X-Server 1', 'X-Http 1']);
    expect(l.dropped).toEqual([]);
  });

  it('off inherits nothing, with or without own entries, and says so', () => {
    const off = m.effectiveList(one(m, 'location /off'), 'add_header');
    expect(names(off)).toEqual([]);
    expect(off.from).toBeNull();
    expect(drops(off)).toEqual(['X-Http from http by server (replaced)', 'X-Server from server by location /off (inherit-off)']);
    expect(names(m.effectiveList(one(m, 'location /off-own'), 'add_header'))).toEqual(['X-Loc 1']);
  });

  it('off inherited from the server also cuts the server own headers off from its locations', () => {
    const [, loc] = all(m, 'location /');
    const l = m.effectiveList(loc!, 'add_header');
    expect(names(l)).toEqual([]);
    expect(drops(l)).toEqual(['X-Http from http by server (inherit-off)', 'X-Server from server by location / (inherit-off)']);
  });

  it('is ignored for a target older than 1.29.3 (nginx there rejects the directive)', () => {
    const old = single(text, '1.22.1');
    const l = old.effectiveList(one(old, 'location /merge'), 'add_header');
    expect(names(l)).toEqual(['X-Loc 1']);
    expect(drops(l)).toContain('X-Server from server by location /merge (replaced)');
  });

  it('is honoured when the version is unknown (the config says it is new enough)', () => {
    const unk = single(text);
    expect(names(unk.effectiveList(one(unk, 'location /merge'), 'add_header'))).toEqual(['X-Loc 1', 'X-Server 1']);
  });

  it('does not affect proxy_set_header', () => {
    const p = single(`events {}
http {
    server {
        listen 80;
        add_header_inherit merge;
        proxy_set_header Host $host;
        location / {
            proxy_set_header X-Loc 1;
        }
    }
}
`, '1.29.3');
    expect(names(p.effectiveList(one(p, 'location /'), 'proxy_set_header'))).toEqual(['X-Loc 1']);
  });
});

describe('effectiveList: more_set_headers accumulates [E42]', () => {
  it('outer entries come first and nothing is dropped', () => {
    const m = single(`events {}
http {
    more_set_headers 'X-Http: 1';
    server {
        listen 80;
        more_set_headers 'X-Server: 1';
        location / {
            more_set_headers 'X-Loc: 1' 'X-Loc-2: 2';
            if ($arg_x) {
                more_set_headers 'X-If: 1';
            }
        }
    }
}
`);
    const l = m.effectiveList(one(m, 'if ($arg_x)'), 'more_set_headers');
    expect(names(l)).toEqual(['X-Http: 1', 'X-Server: 1', 'X-Loc: 1 X-Loc-2: 2', 'X-If: 1']);
    expect(l.dropped).toEqual([]);
    expect(l.from).toBeNull();
  });
});

describe('effectiveList: a file included in two servers', () => {
  it('is evaluated in each including context', () => {
    const m = model({
      '/etc/nginx/nginx.conf': `events {}
http {
    server {
        listen 80;
        add_header X-A 1;
        include snippets/loc.conf;
    }
    server {
        listen 81;
        include snippets/loc.conf;
    }
}
`,
      '/etc/nginx/snippets/loc.conf': `location /shared {
    add_header X-Loc 1;
    location /shared/inner {
    }
}
`,
    });
    const locs = all(m, 'location /shared');
    expect(locs).toHaveLength(2);
    // The same directive objects, two contexts.
    expect(locs[0]!.directive).toBe(locs[1]!.directive);
    expect(drops(m.effectiveList(locs[0]!, 'add_header'))).toEqual(['X-A from server by location /shared (replaced)']);
    expect(drops(m.effectiveList(locs[1]!, 'add_header'))).toEqual([]);
    const inner = all(m, 'location /shared/inner');
    expect(inner.map((c) => names(m.effectiveList(c, 'add_header')))).toEqual([['X-Loc 1'], ['X-Loc 1']]);
    expect(m.contextsOf(locs[0]!.directives[0]!)).toEqual(locs);
  });
});

describe('defaults per version', () => {
  const text = `events {}
http {
    server {
        listen 80;
        location / {
            proxy_pass http://127.0.0.1:8080;
        }
    }
}
`;
  const cases: [string | undefined, string, RegExp][] = [
    [undefined, '1.0', /before 1\.29\.7.*--nginx-version/],
    ['1.22.1', '1.0', /before 1\.29\.7/],
    ['1.29.6', '1.0', /before 1\.29\.7/],
    ['1.29.7', '1.1', /since 1\.29\.7/],
  ];
  for (const [version, want, note] of cases) {
    it(`proxy_http_version is ${want} for ${version ?? 'an unknown version'}`, () => {
      const m = single(text, version);
      const v = m.effective(one(m, 'location /'), 'proxy_http_version');
      expect(v.value).toBe(want);
      expect(v.origin.kind === 'default' && renderDefault(findingRenderer('en'), v.origin.basis)).toMatch(note);
    });
  }

  it('the default proxied headers follow the version, and proxy_set_header lists say so', () => {
    const old = single(text, '1.22.1');
    expect(old.effectiveList(one(old, 'location /'), 'proxy_set_header').default?.value).toMatch(/Connection close/);
    const now = single(text, '1.29.7');
    expect(now.effectiveList(one(now, 'location /'), 'proxy_set_header').default?.value).not.toMatch(/Connection/);
  });
});
