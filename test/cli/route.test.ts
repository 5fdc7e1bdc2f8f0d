// `sse-lint route` on the bundled examples: the server and location chosen, the stream reason and the provenance chain.
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { root } from '../helpers/shared.js';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), readStdin: () => Buffer.from(''), cwd: root, color: false };
  return { code: await main(argv, io), out, err };
}

describe('sse-lint route', () => {
  it('shows where each streaming-relevant value comes from for the chat endpoint', async () => {
    const r = await run(['route', '--host', 'chat.example.com', '/v1/chat/completions', 'examples/']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('route:   server chat.example.com (conf.d/chat.example.com.conf:1, exact server_name) -> location /v1/chat/completions');
    expect(r.out).toContain('stream:  yes: ');
    expect(r.out).toMatch(/proxy_buffering on: nginx default; not set in this location \/v1\/chat\/completions, server or http/);
    expect(r.out).toMatch(/proxy_http_version 1\.0: nginx default before 1\.29\.7 \(version unknown; pass --nginx-version\)/);
    expect(r.out).toMatch(/gzip on: gzip on \(examples\/nginx\.conf:\d+\) in http/);
    expect(r.out).toMatch(/add_header X-Frame-Options SAMEORIGIN \(examples\/nginx\.conf:\d+\) from http/);
  });

  it('the well-configured endpoint shows its own settings, and the version changes defaults', async () => {
    const r = await run(['route', '--host', 'chat.example.com', '--nginx-version', '1.29.7', '/api/events', 'examples/']);
    expect(r.out).toMatch(/proxy_buffering off: proxy_buffering off \(examples\/conf\.d\/chat\.example\.com\.conf:\d+\) in this location \/api\/events/);
    expect(r.out).toContain('(nginx 1.29.7)');
    const root = await run(['route', '--host', 'chat.example.com', '--nginx-version', '1.29.7', '/', 'examples/']);
    expect(root.out).toContain('proxy_http_version 1.1: nginx default since 1.29.7');
  });

  it('exit 2 for a missing path or a bad port', async () => {
    expect((await run(['route', '/x', 'nope/'])).code).toBe(2);
    expect((await run(['route', '--port', 'x', '/x', 'examples/'])).code).toBe(2);
  });
});

it('does not call a location a stream just because it was asked about', async () => {
  const r = await run(['route', '--host', 'chat.example.com', '/api/users', 'examples/']);
  expect(r.out).toContain('-> location /api/');
  expect(r.out).toContain('stream:  no (use --route or # sse-lint: stream to mark it)');
  const marked = await run(['route', '--route', '/api/users', '--host', 'chat.example.com', '/api/users', 'examples/']);
  expect(marked.out).toContain('stream:  yes: --route /api/users is served here');
});
