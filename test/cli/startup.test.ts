// Start-up cost: the plain (piped) path of the built bundle must not load Ink, React, yoga or Ajv's compiler.
// The bundle is built by scripts/build.mjs in a private copy of the sources, so other tests that rebuild dist/
// at the same time cannot pull it from under this one.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/shared.js';

const work = mkdtempSync(path.join(tmpdir(), 'sse-lint-startup-'));
const copy = path.join(work, 'pkg');
const fixture = path.join(root, 'test/fixtures/reporters');

/** Libraries that belong to the TUI or to schema compilation, as bundle path comments or file names. */
const HEAVY = /node_modules\/(?:ink|react|react-reconciler|scheduler|yoga-layout|es-toolkit)\/|node_modules\/ajv\/(?!dist\/runtime\/)/;
const HEAVY_NAME = /ink|react|yoga|ajv|tui/i;

beforeAll(() => {
  for (const p of ['package.json', 'tsconfig.json', 'tsconfig.types.json', 'scripts', 'src', 'rules', 'schema']) cpSync(path.join(root, p), path.join(copy, p), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  const built = spawnSync(process.execPath, [path.join(copy, 'scripts/build.mjs')], { cwd: copy, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`scripts/build.mjs failed:\n${built.stdout}\n${built.stderr}`);
  // A module-load trace: a resolve hook that appends every resolved URL to a file.
  writeFileSync(path.join(work, 'hooks.mjs'), [
    "import { appendFileSync } from 'node:fs';",
    'let trace;',
    'export function initialize(data) { trace = data.trace; }',
    'export async function resolve(specifier, context, next) {',
    '  const r = await next(specifier, context);',
    "  appendFileSync(trace, r.url + '\\n');",
    '  return r;',
    '}',
  ].join('\n'));
  // The binary's entry is CommonJS and compiles its command line as a classic script (vm.Script, for V8's code cache):
  // every CommonJS load (the entry, its require() calls) and the file name of every script compiled are traced too.
  writeFileSync(path.join(work, 'register.mjs'), [
    "import { appendFileSync } from 'node:fs';",
    "import { builtinModules, createRequire, register, syncBuiltinESMExports } from 'node:module';",
    "import { pathToFileURL } from 'node:url';",
    "register('./hooks.mjs', import.meta.url, { data: { trace: process.env.SSE_LINT_TRACE } });",
    "const Module = createRequire(import.meta.url)('node:module');",
    'const load = Module._load;',
    'Module._load = function (request, parent, isMain) {',
    "  const bare = request.replace(/^node:/, '');",
    "  const url = builtinModules.includes(bare) ? `node:${bare}` : pathToFileURL(Module._resolveFilename(request, parent, isMain)).href;",
    "  appendFileSync(process.env.SSE_LINT_TRACE, url + '\\n');",
    '  return load.apply(this, arguments);',
    '};',
    "const vm = createRequire(import.meta.url)('node:vm');",
    'const Script = vm.Script;',
    'vm.Script = class extends Script {',
    "  constructor(code, options) { appendFileSync(process.env.SSE_LINT_TRACE, pathToFileURL(options.filename).href + '\\n'); super(code, options); }",
    '};',
    'syncBuiltinESMExports();',
  ].join('\n'));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function traced(format: string) {
  const trace = path.join(work, `trace-${format}.txt`);
  writeFileSync(trace, '');
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(work, 'register.mjs')).href, path.join(copy, 'dist/cli.js'), '--format', format, '.'], {
    cwd: fixture, encoding: 'utf8', env: { ...process.env, SSE_LINT_TRACE: trace, XDG_CACHE_HOME: path.join(work, 'cache'), FORCE_COLOR: undefined, NO_COLOR: undefined },
  });
  const urls = readFileSync(trace, 'utf8').split('\n').filter(Boolean);
  return { ...r, urls };
}

it('recognises the libraries it guards against, as esbuild names them', () => {
  for (const c of ['// node_modules/ink/build/ink.js', '// node_modules/react/cjs/react.production.js', '// node_modules/yoga-layout/dist/src/index.js', '// node_modules/ajv/dist/compile/index.js']) expect(c).toMatch(HEAVY);
  expect('// node_modules/ajv/dist/runtime/ucs2length.js').not.toMatch(HEAVY);
});

describe.each(['text', 'json'])('sse-lint --format %s with stdout piped', (format) => {
  it('loads only the entry chunk(s) and Node built-ins, none of them Ink, React, yoga or Ajv', () => {
    const r = traced(format);
    expect(r.status, r.stderr).toBe(1); // the fixture has errors
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stderr).toBe('');
    const files = r.urls.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    expect(files).toContain(path.join(copy, 'dist/cli.js'));
    expect(files, 'the command line is compiled as a script').toContain(path.join(copy, 'dist/cli-core.js'));
    for (const u of r.urls) {
      expect(u.startsWith('node:') || u.startsWith('file:'), u).toBe(true);
      expect(u, 'a TUI or schema-compiler module was loaded').not.toMatch(HEAVY_NAME);
    }
    for (const f of new Set(files)) {
      expect(path.dirname(f), 'a module outside the bundle was loaded').toBe(path.join(copy, 'dist'));
      const text = readFileSync(f, 'utf8');
      // esbuild marks each bundled module with a `// path` comment, so inlined libraries are visible too. The one
      // chunk without any is esbuild's own runtime (the CommonJS interop helpers the entry and the TUI chunk
      // share): it may only define and export `__` helpers.
      if (!/^\/\/ (?:src|rules|node_modules)\//m.test(text)) {
        const exported = /export \{([^}]*)\}/.exec(text)?.[1]?.split(',').map((x) => x.trim()).filter(Boolean) ?? [];
        expect(exported.length, `${path.basename(f)} has no module of ours and exports nothing`).toBeGreaterThan(0);
        for (const name of exported) expect(name, `${path.basename(f)} exports more than esbuild helpers`).toMatch(/^__\w+$/);
        const imports = text.split('\n').filter((l) => /^import\s/.test(l) && !l.startsWith("import { createRequire as __cr } from 'node:module';"));
        expect(imports, `${path.basename(f)} imports modules`).toEqual([]);
      } else {
        expect(text).toMatch(/^\/\/ (?:src|rules)\//m);
      }
      expect(text.match(HEAVY)?.[0], `${path.basename(f)} inlines a TUI or schema-compiler module`).toBeUndefined();
    }
  });
});

describe('the launcher (dist/cli.js)', () => {
  it('uses Node built-ins as they are, without a copy of their exports (esbuild __toESM)', () => {
    const text = readFileSync(path.join(copy, 'dist/cli.js'), 'utf8');
    const builtins = [...text.matchAll(/require\("(node:[\w/]+)"\)/g)].map((m) => m[1]);
    expect(builtins).toContain('node:fs');
    expect(text).not.toMatch(/__toESM\(require\(/);
  });

  it("hands a script its file URL as __sseLintUrl.href (import.meta.url in the sources), made when it is read", () => {
    // A stand-in for dist/cli-core.js that prints what it is given (no shipped cache matches it: it compiles from source).
    const probe = path.join(work, 'pkg-probe');
    cpSync(path.join(copy, 'dist'), path.join(probe, 'dist'), { recursive: true });
    const core = path.join(probe, 'dist/cli-core.js');
    writeFileSync(core, '(function (exports, require, module, __sseLintUrl, __sseLintLoadTui, __sseLintChunk) {exports.startCli = async () => { process.stdout.write(__sseLintUrl.href); return false; };\n})');
    const r = spawnSync(process.execPath, [path.join(probe, 'dist/cli.js')], { encoding: 'utf8' });
    expect({ status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ status: 0, stderr: '', stdout: pathToFileURL(core).href });
    // The build turns import.meta.url into it.
    const built = readFileSync(path.join(root, 'scripts/build.mjs'), 'utf8');
    expect(built.match(/'import\.meta\.url': '__sseLintUrl\.href'/g)).toHaveLength(2);
  });
});

describe('code a plain lint never runs (scripts/build.mjs, LAZY)', () => {
  const scripts = (r: { urls: string[] }) => [...new Set(r.urls.filter((u) => u.startsWith('file:')).map((u) => path.relative(copy, fileURLToPath(u))))].sort();

  it('is not compiled by a plain text lint: the launcher and dist/cli-core.js only', () => {
    const r = traced('text');
    expect(r.status, r.stderr).toBe(1);
    expect(scripts(r)).toEqual(['dist/cli-core.js', 'dist/cli.js']);
    // What moved out is really out of the core script.
    const core = readFileSync(path.join(copy, 'dist/cli-core.js'), 'utf8');
    for (const m of ['src/i18n/zh-CN.ts', 'src/generated/validate-config.js', 'src/pipeline/fix.ts', 'src/reporters/sarif.ts', 'src/tui/strings.ts']) {
      expect(core).not.toContain(`\n// ${m}\n`);
    }
  });

  it('is loaded on first use, sharing the modules of dist/cli-core.js: the same reports as the sources give', async () => {
    const { main } = await import('../../src/cli/main.js');
    // The sources call themselves a development version; the build names the package's.
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const dev = (s: string) => s.split(`"${version}-dev"`).join(`"${version}"`).split(`${version}-dev`).join(version);
    for (const args of [['--format', 'json', '.'], ['--format', 'sarif', '.'], ['--format', 'checkstyle', '.'], ['--format', 'github', '.'], ['--locale', 'zh-CN', '.'], ['explain', 'buffering-on'], ['--list-rules']]) {
      const built = spawnSync(process.execPath, [path.join(copy, 'dist/cli.js'), '--no-color', ...args], { cwd: fixture, encoding: 'utf8', env: { ...process.env, SSE_LINT_CACHE: undefined, FORCE_COLOR: undefined, NO_COLOR: undefined } });
      let out = '';
      let err = '';
      const code = await main(['--no-color', ...args], { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readStdin: () => Buffer.alloc(0), cwd: fixture, color: false, env: {} });
      expect({ args, status: built.status, stdout: built.stdout, stderr: built.stderr }).toEqual({ args, status: code, stdout: dev(out), stderr: dev(err) });
    }
    const json = traced('json');
    expect(scripts(json)).toEqual(['dist/cli-core.js', 'dist/cli-report-json.js', 'dist/cli.js']);
  });
});

describe("V8's code cache of the command line", () => {
  const shippedName = `cli-core-${process.version}-${process.arch}.v8`;
  /** The copy's dist/ without the shipped cache: the binary as it runs under a Node the build made none for. */
  const unshipped = path.join(work, 'pkg-unshipped');
  beforeAll(() => {
    cpSync(path.join(copy, 'dist'), path.join(unshipped, 'dist'), { recursive: true, preserveTimestamps: true });
    rmSync(path.join(unshipped, 'dist', shippedName));
  });
  const run = (dist: string, args: string[], env: NodeJS.ProcessEnv = {}, node: string[] = []) =>
    spawnSync(process.execPath, [...node, path.join(dist, 'cli.js'), ...args], {
      cwd: fixture, encoding: 'utf8', env: { ...process.env, SSE_LINT_CACHE: undefined, FORCE_COLOR: undefined, NO_COLOR: undefined, ...env },
    });
  const lint = (cache: string, args: string[] = ['--format', 'json', '.'], env: NodeJS.ProcessEnv = {}) =>
    run(path.join(unshipped, 'dist'), args, { XDG_CACHE_HOME: cache, SSE_LINT_CACHE: '1', ...env });
  const cached = (cache: string): string[] => {
    try {
      return readdirSync(path.join(cache, 'sse-lint')).filter((f) => f.endsWith('.v8'));
    } catch {
      return [];
    }
  };
  /** The names of the scripts a run's CPU profile saw (a code cache keeps the name the script had when it was made). */
  const scriptNames = (dist: string, args: string[]): { names: string[]; stdout: string } => {
    const dir = mkdtempSync(path.join(work, 'prof-'));
    const r = run(dist, args, {}, ['--cpu-prof', '--cpu-prof-dir', dir]);
    expect(r.stderr).toBe('');
    const [profile] = readdirSync(dir);
    const nodes = (JSON.parse(readFileSync(path.join(dir, profile!), 'utf8')) as { nodes: Array<{ callFrame: { url: string } }> }).nodes;
    return { names: [...new Set(nodes.map((n) => n.callFrame.url).filter((u) => /cli-core/.test(u)))], stdout: r.stdout };
  };

  it('is shipped by the build for this Node and used by the binary, with the same output as compiling from source', () => {
    expect(readdirSync(path.join(copy, 'dist')).filter((f) => f.endsWith('.v8'))).toEqual([shippedName]);
    const shipped = scriptNames(path.join(copy, 'dist'), ['--format', 'json', '.']);
    // The name the build compiled the script under: the bytecode came from the shipped cache.
    expect(shipped.names).toEqual(['sse-lint/dist/cli-core.js']);
    const source = scriptNames(path.join(unshipped, 'dist'), ['--format', 'json', '.']);
    expect(source.names).toEqual([pathToFileURL(path.join(unshipped, 'dist', 'cli-core.js')).href]);
    expect(shipped.stdout).toBe(source.stdout);
    for (const args of [['.'], ['--format', 'sarif', '.'], ['--locale', 'zh-CN', '.'], ['explain', 'buffering-on']]) {
      expect(run(path.join(copy, 'dist'), args).stdout, args.join(' ')).toBe(run(path.join(unshipped, 'dist'), args).stdout);
    }
    // --debug prints stack traces with the script's real path: it compiles from source.
    expect(scriptNames(path.join(copy, 'dist'), ['--debug', '.']).names).toEqual([pathToFileURL(path.join(copy, 'dist', 'cli-core.js')).href]);
  });

  it('is not used when the script was changed after it was made', () => {
    const edited = path.join(work, 'pkg-edited');
    cpSync(path.join(copy, 'dist'), path.join(edited, 'dist'), { recursive: true, preserveTimestamps: true });
    const core = path.join(edited, 'dist', 'cli-core.js');
    const later = new Date(statSync(path.join(edited, 'dist', shippedName)).mtimeMs + 60_000);
    utimesSync(core, later, later);
    expect(scriptNames(path.join(edited, 'dist'), ['.']).names).toEqual([pathToFileURL(core).href]);
  });

  it('is written after a lint, into the user cache folder only, and the output is the same with it, without it and with a corrupt one', () => {
    const cache = path.join(work, 'cc-lint');
    // Off by default: a plain run writes nothing on its own.
    const none = lint(path.join(work, 'cc-none'), undefined, { SSE_LINT_CACHE: undefined });
    expect(none.status, none.stderr).toBe(1);
    expect(cached(path.join(work, 'cc-none'))).toEqual([]);
    const first = lint(cache);
    expect(cached(cache)).toHaveLength(1);
    const file = path.join(cache, 'sse-lint', cached(cache)[0]!);
    const written = readFileSync(file);
    const second = lint(cache);
    // Used, not written again.
    expect(readFileSync(file).equals(written)).toBe(true);
    const damaged = Buffer.from(written);
    damaged.writeUInt8(damaged.readUInt8(damaged.length >> 1) ^ 0xff, damaged.length >> 1);
    writeFileSync(file, damaged, { mode: 0o600 });
    const third = lint(cache);
    for (const r of [first, second, third]) {
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(none.stdout);
    }
    // The corrupt file was replaced by a good one.
    expect(readFileSync(file).equals(damaged)).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('is not written by a run that lints nothing', () => {
    const cache = path.join(work, 'cc-version');
    const r = lint(cache, ['--version']);
    expect(r.status).toBe(0);
    expect(cached(cache)).toEqual([]);
  });
});

describe('standard output and error', () => {
  const cli = () => path.join(copy, 'dist/cli.js');
  let tree: string;
  let expected: string;
  /** The JSON report of the same tree: written as bytes, in chunks of 256 KiB from one reused buffer. */
  let expectedJson: string;
  beforeAll(async () => {
    // A report far larger than a pipe holds (64 KiB).
    tree = path.join(work, 'tree');
    const { writeBenchTree } = (await import(pathToFileURL(path.join(root, 'scripts/bench-tree.mjs')).href)) as { writeBenchTree: (dir: string, servers: number) => void };
    writeBenchTree(tree, 100);
    const r = spawnSync(process.execPath, [cli(), 'nginx.conf'], { cwd: tree, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.status, r.stderr).toBe(1);
    expected = r.stdout;
    expect(expected.length).toBeGreaterThan(256 * 1024);
    const j = spawnSync(process.execPath, [cli(), '-f', 'json', 'nginx.conf'], { cwd: tree, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(j.status, j.stderr).toBe(1);
    expectedJson = j.stdout;
    expect(expectedJson.length).toBeGreaterThan(4 * 256 * 1024);
    expect(JSON.parse(expectedJson).summary.findings).toBeGreaterThan(0);
  });
  /** The built-in modules a run loaded beyond those Node loads for any script. */
  const loadList = path.join(work, 'load-list.cjs');
  beforeAll(() => {
    writeFileSync(loadList, [
      "const base = new Set(process.moduleLoadList);",
      "process.on('exit', () => require('fs').writeFileSync(process.env.SSE_LINT_LOADED, JSON.stringify(process.moduleLoadList.filter((m) => !base.has(m)))));",
    ].join('\n'));
  });

  it('reaches a pipe, a file and /dev/null without Node making a stream for them (node:net, the stream classes)', () => {
    const out = path.join(work, 'report.txt');
    for (const target of ['pipe', 'file', '/dev/null'] as const) {
      const loaded = path.join(work, `loaded-${target.replace(/\W/g, '')}.json`);
      const fd = target === 'file' ? openSync(out, 'w') : target === '/dev/null' ? openSync('/dev/null', 'w') : 'pipe';
      try {
        const r = spawnSync(process.execPath, ['--require', loadList, cli(), 'nginx.conf'], {
          cwd: tree, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', fd, 'pipe'], env: { ...process.env, SSE_LINT_LOADED: loaded },
        });
        expect(r.status, r.stderr).toBe(1);
        expect(r.stderr).toBe('');
        if (target === 'pipe') expect(r.stdout).toBe(expected);
        const modules = JSON.parse(readFileSync(loaded, 'utf8')) as string[];
        for (const m of ['NativeModule net', 'NativeModule tty', 'NativeModule internal/fs/sync_write_stream']) expect(modules, `${target}: ${m}`).not.toContain(m);
      } finally {
        if (typeof fd === 'number') closeSync(fd);
      }
    }
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  it('ends quietly when the reader goes away (| head): the lint\'s exit code, nothing on standard error', async () => {
    const child = spawn(process.execPath, [cli(), 'nginx.conf'], { cwd: tree, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => void (err += b.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect({ code, err }).toEqual({ code: 1, err: '' });
  });

  it.each(['text', 'json'])('gives every byte to a pipe left non-blocking by whoever made it, however slowly it is read (%s)', async (format) => {
    // Node's own stream for a pipe makes the descriptor non-blocking: a preloaded script makes that stream first. The
    // JSON report's chunks come from one buffer, written again only once a chunk is out: the stream keeps those it queues.
    const child = spawn(process.execPath, ['--import', 'data:text/javascript,process.stdout;', cli(), '-f', format, 'nginx.conf'], { cwd: tree, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b: Buffer) => void (err += b.toString()));
    child.stdout.pause();
    const chunks: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => chunks.push(b));
    // Long enough for the lint to fill the pipe and find it full (EAGAIN).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.stdout.resume();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect({ code, err }).toEqual({ code: 1, err: '' });
    expect(Buffer.concat(chunks).toString('utf8')).toBe(format === 'json' ? expectedJson : expected);
  });
});

describe('node:v8 (and the stream classes it loads), only for a large run', () => {
  const cli = () => path.join(copy, 'dist/cli.js');
  const loadList = path.join(work, 'load-list-v8.cjs');
  let small: string;
  let large: string;
  beforeAll(async () => {
    writeFileSync(loadList, [
      'const base = new Set(process.moduleLoadList);',
      "process.on('exit', () => require('fs').writeFileSync(process.env.SSE_LINT_LOADED, JSON.stringify(process.moduleLoadList.filter((m) => !base.has(m)))));",
    ].join('\n'));
    const { writeBenchTree } = (await import(pathToFileURL(path.join(root, 'scripts/bench-tree.mjs')).href)) as { writeBenchTree: (dir: string, servers: number) => void };
    // One site file of ten servers (with the snippet it includes, about 10 KB), and a tree of 100 servers (150 KB).
    small = path.join(work, 'v8-small');
    writeBenchTree(small, 10);
    large = path.join(work, 'v8-large');
    writeBenchTree(large, 100);
  });
  const loaded = (args: string[], cwd: string, input?: string): string[] => {
    const file = path.join(work, 'loaded-v8.json');
    rmSync(file, { force: true });
    const r = spawnSync(process.execPath, ['--require', loadList, cli(), '--no-config', ...args], {
      cwd, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, SSE_LINT_LOADED: file }, ...(input !== undefined ? { input } : { stdio: ['ignore', 'pipe', 'pipe'] }),
    });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toBe('');
    return JSON.parse(readFileSync(file, 'utf8')) as string[];
  };
  const site = () => readFileSync(path.join(small, 'sites/site-0000.conf'), 'utf8');

  it.each([
    ['a site file', () => loaded(['sites/site-0000.conf'], small)],
    ['a folder', () => loaded(['.'], fixture)],
    ['standard input', () => loaded(['--stdin-filename', 'site.conf', '-'], small, site())],
    ['an nginx -T dump', () => loaded(['-'], small, `# configuration file ${path.join(small, 'sites/site-0000.conf')}:\n${site()}\n`)],
  ])('a small lint (%s) loads neither', (_, run) => {
    const modules = run();
    expect(modules).not.toContain('NativeModule v8');
    expect(modules.filter((m) => /^NativeModule (?:stream|internal\/streams\/)/.test(m))).toEqual([]);
  });

  it('a large lint loads it (its read and statement caps, and the compiler tuned for it)', () => {
    expect(loaded(['nginx.conf'], large)).toContain('NativeModule v8');
  });
});
