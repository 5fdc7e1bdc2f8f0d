// Header-list rules beyond their fixtures: unsafe fix outputs, version notes, shared files, one finding per line.
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/engine/define-rule.js';
import { ruleById } from '../../src/engine/registry.js';
import { fixInMemory } from '../../src/fix/apply.js';
import { memoryFs, type ConfigFs } from '../../src/model/fs.js';
import { loadConfig } from '../../src/model/includes.js';
import { lintTree } from '../../src/lint.js';
import type { Finding } from '../../src/types.js';

const ENTRY = '/etc/nginx/nginx.conf';

function rule(id: string): Rule {
  const r = ruleById(id);
  if (!r) throw new Error(`rule ${id} is not registered`);
  return r;
}

function lint(r: Rule, files: Record<string, string>, nginxVersion?: string, fs: ConfigFs = memoryFs(files)): Finding[] {
  const tree = loadConfig([ENTRY], { fs });
  const findings = lintTree(tree, { rulesList: [r], model: nginxVersion ? { nginxVersion } : {} }).findings;
  expect(findings.filter((f) => f.ruleId !== r.meta.id).map((f) => f.message)).toEqual([]);
  return findings;
}

/** Applies every fix of the rule, unsafe ones included, and returns the new texts. */
function fixAll(r: Rule, files: Record<string, string>): Record<string, string> {
  const fs = memoryFs(files);
  const outcome = fixInMemory(fs, (f) => {
    const tree = loadConfig([ENTRY], { fs: f });
    return { trees: [tree], findings: lintTree(tree, { rulesList: [r] }).findings };
  }, { unsafe: true, rules: [r.meta.id] });
  expect(outcome.converged).toBe(true);
  expect(outcome.reverted).toEqual([]);
  const out = { ...files };
  for (const [file, c] of outcome.changed) out[file] = c.after;
  return out;
}

describe('add-header-redefinition: unsafe fix', () => {
  const r = rule('add-header-redefinition');

  it('copies the lost lines, in order and as written, after the level own add_header lines', () => {
    const before = `events {}
http {
    add_header X-Content-Type-Options nosniff;
    server {
        listen 80;
        add_header Strict-Transport-Security "max-age=31536000" always;
        add_header X-Frame-Options 'DENY';
        location /events {
            add_header Cache-Control no-cache;
            proxy_pass http://127.0.0.1:8080;
            location /events/raw { add_header X-Raw 1; }
        }
    }
}
`;
    const after = fixAll(r, { [ENTRY]: before })[ENTRY]!;
    expect(after).toBe(`events {}
http {
    add_header X-Content-Type-Options nosniff;
    server {
        listen 80;
        add_header Strict-Transport-Security "max-age=31536000" always;
        add_header X-Frame-Options 'DENY';
        add_header X-Content-Type-Options nosniff;
        location /events {
            add_header Cache-Control no-cache;
            add_header Strict-Transport-Security "max-age=31536000" always;
            add_header X-Frame-Options 'DENY';
            add_header X-Content-Type-Options nosniff;
            proxy_pass http://127.0.0.1:8080;
            location /events/raw { add_header X-Raw 1; add_header Cache-Control no-cache; add_header Strict-Transport-Security "max-age=31536000" always; add_header X-Frame-Options 'DENY'; add_header X-Content-Type-Options nosniff; }
        }
    }
}
`);
    expect(lint(r, { [ENTRY]: after })).toEqual([]);
  });

  it('names add_header_inherit as ignored when the target version predates it', () => {
    const text = `events {}
http {
    server {
        listen 80;
        add_header X-Frame-Options DENY;
        location /events {
            add_header_inherit merge;
            add_header Cache-Control no-cache;
            proxy_pass http://127.0.0.1:8080;
        }
    }
}
`;
    expect(lint(r, { [ENTRY]: text })).toEqual([]);
    expect(lint(r, { [ENTRY]: text }, '1.29.3')).toEqual([]);
    const old = lint(r, { [ENTRY]: text }, '1.22.1');
    expect(old.map((f) => f.message)).toEqual([expect.stringContaining('(add_header_inherit needs nginx 1.29.3; the target is 1.22.1)')]);
  });

  it('offers the fix in a shared file only when every includer loses the same lines', () => {
    const snippet = 'location /sse {\n    add_header Cache-Control no-cache;\n    proxy_pass http://127.0.0.1:8080;\n}\n';
    const both = {
      [ENTRY]: 'events {}\nhttp {\n    server { listen 80; add_header X-A 1; include loc.conf; }\n    server { listen 81; add_header X-A 1; include loc.conf; }\n}\n',
      '/etc/nginx/loc.conf': snippet,
    };
    // Two X-A lines with the same text: two findings at one place, and the same copy repairs both servers.
    const two = lint(r, both);
    expect(two).toHaveLength(2);
    expect(two.every((f) => f.fix?.applicability === 'unsafe')).toBe(true);
    expect(two[0]!.fix!.edits).toEqual(two[1]!.fix!.edits);

    const shared = {
      [ENTRY]: 'events {}\nhttp {\n    server { listen 80; include hdr.conf; include loc.conf; }\n    server { listen 81; include hdr.conf; include loc.conf; }\n}\n',
      '/etc/nginx/hdr.conf': 'add_header X-A 1;\n',
      '/etc/nginx/loc.conf': snippet,
    };
    const one = lint(r, shared);
    expect(one).toHaveLength(1);
    expect(one[0]!.fix?.applicability).toBe('unsafe');
    expect(fixAll(r, shared)['/etc/nginx/loc.conf']).toBe('location /sse {\n    add_header Cache-Control no-cache;\n    add_header X-A 1;\n    proxy_pass http://127.0.0.1:8080;\n}\n');
  });
});

describe('proxy-set-header-redefinition: unsafe fix', () => {
  it('copies the lost lines of each list after that list own lines', () => {
    const r = rule('proxy-set-header-redefinition');
    const before = `events {}
http {
    server {
        listen 80;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        fastcgi_param QUERY_STRING $query_string;
        location /events {
            proxy_pass http://127.0.0.1:8080;
            proxy_set_header Connection "";
            proxy_http_version 1.1;
        }
        location /app.php {
            fastcgi_param SCRIPT_FILENAME /srv/app.php;
            fastcgi_pass 127.0.0.1:9000;
        }
    }
}
`;
    const after = fixAll(r, { [ENTRY]: before })[ENTRY]!;
    expect(after).toBe(`events {}
http {
    server {
        listen 80;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        fastcgi_param QUERY_STRING $query_string;
        location /events {
            proxy_pass http://127.0.0.1:8080;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_http_version 1.1;
        }
        location /app.php {
            fastcgi_param SCRIPT_FILENAME /srv/app.php;
            fastcgi_param QUERY_STRING $query_string;
            fastcgi_pass 127.0.0.1:9000;
        }
    }
}
`);
    expect(lint(r, { [ENTRY]: after })).toEqual([]);
  });
});

describe('cors rules: one finding per line', () => {
  it('cors-missing-always reports a server line once for all its stream locations, and leaves a file shared with a non-stream alone', () => {
    const r = rule('cors-missing-always');
    const findings = lint(r, {
      [ENTRY]: `events {}
http {
    server {
        listen 80;
        include cors.conf;
        location /events { proxy_pass http://127.0.0.1:8080; }
        location /sse/ { proxy_pass http://127.0.0.1:8080; }
        location /api/ { proxy_pass http://127.0.0.1:8080; }
    }
    server {
        listen 81;
        location /api/ { include cors.conf; proxy_pass http://127.0.0.1:8080; }
    }
}
`,
      '/etc/nginx/cors.conf': 'add_header Access-Control-Allow-Origin https://app.example.com;\n',
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('location /events (path /events contains "events"; a guess), location /sse/ (path /sse/ contains "sse"; a guess)');
    // The same line also serves /api/ on port 81, which is not a stream: the shared file is left alone, and the
    // only offer is unsafe: the snippet copied (with the flag) in place of its include in the stream server.
    const fix = findings[0]!.fix!;
    expect(fix.applicability).toBe('unsafe');
    expect(fix.edits.map((e) => e.file)).toEqual([ENTRY]);
    expect(fix.edits[0]!.text).toBe('add_header Access-Control-Allow-Origin https://app.example.com always;');
  });

  it('cors-credentials-wildcard reports each pair once and ignores a wildcard cleared or replaced below', () => {
    const r = rule('cors-credentials-wildcard');
    const findings = lint(r, {
      [ENTRY]: `events {}
http {
    server {
        listen 80;
        add_header Access-Control-Allow-Origin *;
        add_header Access-Control-Allow-Credentials true;
        location /a { return 204; }
        location /b { return 204; }
        location /c { add_header Access-Control-Allow-Origin https://app.example.com; return 204; }
    }
    server {
        listen 81;
        return 204;
    }
}
`,
    });
    expect(findings.map((f) => [f.span.line, f.message.slice(0, f.message.indexOf('. '))])).toEqual([
      [5, 'Access-Control-Allow-Origin * (nginx.conf:5) is sent together with Access-Control-Allow-Credentials true (nginx.conf:6) in location /a, location /b'],
    ]);
  });
});
