// Bundles the CLI and the public API into dist/ with esbuild (ESM, node20, code-split so the TUI chunk loads only
// when used), then writes the API's type declarations with tsc into dist/types/. Tests that need the real binary
// bundle into a folder of their own: `--outdir DIR --no-types`. dist/ is committed (the pre-commit hook runs it
// without installing anything), so the output depends on the sources only; the test that compares a fresh build with
// the committed one builds with `--outdir DIR` (types included, into DIR/types).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const args = process.argv.slice(2);
const outdir = args.includes('--outdir') ? path.resolve(args[args.indexOf('--outdir') + 1]) : path.join(root, 'dist');
const types = !args.includes('--no-types');
rmSync(outdir, { recursive: true, force: true });

// Ink loads its devtools bridge (react-devtools-core, and ws through it) only in development; a bundle must not
// reference them at all: marking them external leaves a static import that fails at start-up. Both become empty
// modules here.
const stubInkDevtools = {
  name: 'stub-ink-devtools',
  setup(b) {
    b.onResolve({ filter: /^\.\/devtools\.js$/ }, (a) => (a.importer.includes(`${path.sep}ink${path.sep}build${path.sep}`) ? { path: 'ink-devtools', namespace: 'stub' } : undefined));
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default {};', loader: 'js' }));
  },
};

// yoga-layout (Ink's layout engine) carries its wasm as a base64 data: URL and loads it with fetch() whenever a
// global fetch exists. On Node that loads the whole undici HTTP client and percent-decodes the URL first, which
// costs more than a third of the TUI's start-up; without fetch it decodes the base64 directly. Its module alone
// sees no fetch.
const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(b) {
    b.onLoad({ filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/].*\.js$/ }, async (a) => ({
      contents: `const fetch = undefined;\n${readFileSync(a.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

// A JSON module (the directive table, the config schema) becomes one string given to JSON.parse: V8 reads a string
// literal and parses JSON much faster than it compiles and runs the same data as an object literal, which is what
// esbuild emits for a JSON import (start-up cost of every run).
const jsonAsString = {
  name: 'json-as-string',
  setup(b) {
    // Ours only: a library's JSON (cli-boxes, in the TUI) may be require()d, which needs esbuild's own CommonJS shape.
    b.onLoad({ filter: /\.json$/ }, async (a) => (a.path.split(path.sep).includes('node_modules') ? undefined : {
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(a.path, 'utf8'))))});\n`,
      loader: 'js',
    }));
  },
};

const define = { __SSE_LINT_VERSION__: JSON.stringify(pkg.version), 'process.env.NODE_ENV': '"production"' };

// The command line itself (src/cli/start.ts and everything it imports but the TUI) is one classic script in CommonJS
// shape, dist/cli-core.js: dist/cli.js compiles it with vm.Script and V8's code cache (src/util/compile-cache.ts),
// which Node 20 offers for scripts only. It sees `require`, `__sseLintUrl` (`.href` is its file URL, for import.meta.url,
// worked out when first read: no script reads it today, and making a URL costs start-up time) and
// `__sseLintLoadTui` (dist/cli.js importing dist/tui.mjs) as free variables; it may contain no import() or import.meta.
const tuiFromLauncher = {
  name: 'tui-from-launcher',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]cli[\\/]tui-loader\.ts$/ }, () => ({
      contents: 'export function loadTui() {\n  return __sseLintLoadTui();\n}\n',
      loader: 'js',
    }));
  },
};
// Code a plain lint of one file never runs is not in dist/cli-core.js: V8 parses every byte of a script before it runs
// a line of it (without the opt-in code cache, on every run), about 1.4 ms per 100 KB here. Each module named below
// (with what only it imports) is a script of its own, dist/cli-<name>.js, compiled on the first call of one of its
// exports: in dist/cli-core.js the module is a stub whose exported functions load the chunk and call through. A chunk
// shares the modules of dist/cli-core.js (one instance of each: module state, classes for instanceof): it requires
// them by their path in the repository and the stub hands it their namespace objects. A lazy module may export
// functions only (a stub cannot stand for a value it has not loaded); the build fails otherwise.
const LAZY = {
  'zh-CN': 'src/i18n/zh-CN.ts',
  'zh-CN-findings': 'src/i18n/zh-CN-findings.ts',
  'zh-CN-docs': 'src/i18n/zh-CN-docs.ts',
  'config-schema': 'src/engine/config/schema-errors.ts',
  'config-init': 'src/engine/config/init.ts',
  fix: 'src/pipeline/fix.ts',
  review: 'src/pipeline/review.ts',
  route: 'src/pipeline/route.ts',
  'route-report': 'src/reporters/route.ts',
  explain: 'src/pipeline/explain.ts',
  catalog: 'src/pipeline/catalog.ts',
  parse: 'src/pipeline/parse.ts',
  'report-json': 'src/reporters/json.ts',
  'report-sarif': 'src/reporters/sarif.ts',
  'report-github': 'src/reporters/github.ts',
  'report-checkstyle': 'src/reporters/checkstyle.ts',
  session: 'src/tui/session.ts',
};
const rel = (p) => path.relative(root, p).split(path.sep).join('/');
const lazyByPath = new Map(Object.entries(LAZY).map(([name, p]) => [p, name]));
const coreOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'linked',
  define: { ...define, 'import.meta.url': '__sseLintUrl.href' },
  logLevel: 'warning',
  preserveSymlinks: true,
  write: false,
};
// The module graph of the whole command line: which modules only a lazy module reaches.
const graph = (await build({ ...coreOptions, entryPoints: [path.join(root, 'src/cli/start.ts')], outfile: path.join(outdir, 'graph.js'), format: 'cjs', metafile: true, plugins: [jsonAsString, tuiFromLauncher] })).metafile.inputs;
const reach = (from, stop) => {
  const seen = new Set();
  const todo = [...from];
  while (todo.length) {
    const m = todo.pop();
    if (seen.has(m) || !graph[m]) continue;
    seen.add(m);
    for (const i of graph[m].imports) if (!i.external && !stop(i.path)) todo.push(i.path);
  }
  return seen;
};
// Modules that two chunks share stay in dist/cli-core.js.
const shared = new Set();
let inCore;
const chunkOf = new Map();
for (;;) {
  inCore = reach(['src/cli/start.ts', ...shared], (p) => lazyByPath.has(p));
  chunkOf.clear();
  const twice = new Set();
  for (const entry of lazyByPath.keys()) {
    if (!graph[entry]) throw new Error(`build: lazy module ${entry} is not part of the command line`);
    for (const m of reach([entry], (p) => inCore.has(p) || (lazyByPath.has(p) && p !== entry))) {
      if (chunkOf.has(m) && chunkOf.get(m) !== entry) twice.add(m);
      chunkOf.set(m, entry);
    }
  }
  if (twice.size === 0) break;
  for (const m of twice) shared.add(m);
}
// A chunk's imports of modules outside it are external, by repository path.
const outside = (entry, externals) => ({
  name: 'chunk-outside',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, async (a) => {
      if (a.pluginData?.inner) return undefined;
      const r = await b.resolve(a.path, { kind: a.kind, importer: a.importer, resolveDir: a.resolveDir, with: a.with, pluginData: { inner: true } });
      if (r.errors.length > 0) return undefined;
      const p = rel(r.path);
      if (chunkOf.get(p) === entry) return undefined;
      externals.add(p);
      return { path: p, external: true };
    });
  },
});
const chunks = new Map();
for (const [name, entry] of Object.entries(LAZY)) {
  const externals = new Set();
  const probe = await build({ ...coreOptions, entryPoints: [path.join(root, entry)], outfile: path.join(outdir, 'probe.mjs'), format: 'esm', metafile: true, plugins: [outside(entry, externals), jsonAsString, tuiFromLauncher] });
  const esm = probe.outputFiles.find((f) => f.path.endsWith('probe.mjs')).text;
  const exported = [...(/export \{([^}]*)\};?\s*$/.exec(esm)?.[1] ?? '').split(',')].map((x) => x.trim()).filter(Boolean).map((x) => {
    const [local, as = local] = x.split(/\s+as\s+/);
    return { local, name: as };
  });
  const fns = exported.filter((e) => new RegExp(`^(?:async )?function\\*? ${e.local}\\(`, 'm').test(esm)).map((e) => e.name);
  const others = exported.filter((e) => !fns.includes(e.name)).map((e) => e.name);
  const out = await build({ ...coreOptions, entryPoints: [path.join(root, entry)], outfile: path.join(outdir, `cli-${name}.js`), format: 'cjs', plugins: [outside(entry, new Set()), jsonAsString, tuiFromLauncher],
    banner: { js: `// A classic script, not a module: loaded by dist/cli-core.js on the first call of ${entry} (scripts/build.mjs).` } });
  chunks.set(entry, { name, fns, others, externals: [...externals].sort(), outputFiles: out.outputFiles });
}
// The stub of a lazy module in dist/cli-core.js.
const lazyStubs = {
  name: 'lazy-stubs',
  setup(b) {
    // The stub's own imports: a module of the core, or the stub of another lazy module.
    b.onResolve({ filter: /^sse-dep:/ }, (a) => {
      const p = a.path.slice('sse-dep:'.length);
      return lazyByPath.has(p) ? { path: p, namespace: 'sse-lazy' } : { path: path.join(root, p) };
    });
    b.onResolve({ filter: /^\.\.?\// }, async (a) => {
      if (a.pluginData?.inner) return undefined;
      const r = await b.resolve(a.path, { kind: a.kind, importer: a.importer, resolveDir: a.resolveDir, with: a.with, pluginData: { inner: true } });
      if (r.errors.length > 0) return undefined;
      const p = rel(r.path);
      return lazyByPath.has(p) ? { path: p, namespace: 'sse-lazy' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'sse-lazy' }, (a) => {
      const c = chunks.get(a.path);
      const lines = c.externals.map((p, i) => `import * as d${i} from ${JSON.stringify(`sse-dep:${p}`)};`);
      lines.push(`const deps = { ${c.externals.map((p, i) => `${JSON.stringify(p)}: d${i}`).join(', ')} };`);
      lines.push('let chunk;');
      lines.push(`const load = () => (chunk ??= __sseLintChunk(${JSON.stringify(c.name)}, deps));`);
      for (const f of c.fns) lines.push(`export function ${f}(...args) {\n  return load().${f}(...args);\n}`);
      return { contents: `${lines.join('\n')}\n`, loader: 'js', resolveDir: root };
    });
  },
};
const core = await build({
  entryPoints: [path.join(root, 'src/cli/start.ts')],
  outfile: path.join(outdir, 'cli-core.js'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'linked',
  define: { ...define, 'import.meta.url': '__sseLintUrl.href' },
  plugins: [lazyStubs, jsonAsString, tuiFromLauncher],
  banner: { js: '// A classic script, not a module: dist/cli.js runs it through vm.Script with V8\'s code cache (src/util/compile-cache.ts).' },
  logLevel: 'warning',
  preserveSymlinks: true,
  write: false,
});
const coreFile = core.outputFiles.find((f) => f.path === path.join(outdir, 'cli-core.js'));
// `import * as fs from 'node:fs'` becomes `__toESM(require("node:fs"), 1)` in CommonJS output: a fresh object with a
// getter for each of the module's exports, made for every importing module (39 of them, ~1 ms at start-up). Nothing
// here takes a built-in's default export, so the module object itself serves (checked: no `.default` is read from one).
// A chunk's require of a module of dist/cli-core.js gets that module's namespace object as it is (its `default`
// included), never a copy.
const scriptText = (file, text) => {
  const name = path.relative(outdir, file);
  if (/\bimport\s*\(|\bimport\.meta\b/.test(text.replace(/^\s*\/\/.*$/gm, ''))) {
    console.error(`build: dist/${name} must not contain import() or import.meta (it runs as a classic script)`);
    process.exit(1);
  }
  // The launcher reads an ASCII script as Latin-1, a copy and a one-byte string; one other character makes it decode
  // the whole file as UTF-8 into a two-byte string, which V8 scans more slowly (about 3 ms more for dist/cli-core.js).
  // esbuild escapes strings but not regular expression literals: write `\u2026` there, not the character.
  const wide = /[^\x00-\x7f]/.exec(text);
  if (wide) {
    const line = text.slice(0, wide.index).split('\n').length;
    console.error(`build: dist/${name}:${line} has the non-ASCII character U+${wide[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0')} (escape it in the source: \\u...)`);
    process.exit(1);
  }
  return unwrapRequires(name, text);
};
// esbuild writes the `, 1` (Node's ES module mode) for a wrapped module on some runs and not on others; either way
// the module object itself serves, so both forms become the plain require and the bundle is the same on every build.
function unwrapRequires(name, text) {
  const out = text.replace(/__toESM\((require\("node:[\w/]+"\))(?:, 1)?\)/g, '$1').replace(/__toESM\((require\("(?:src|rules|schema)\/[\w./-]+"\))(?:, 1)?\)/g, '$1');
  const wrapped = /__toESM\(require\("(?:node:|src\/|rules\/|schema\/)[^"]*"\)[^)]*\)/.exec(out);
  if (wrapped) {
    console.error(`build: dist/${name} still has ${wrapped[0]}, a form scripts/build.mjs does not unwrap (the bundle would depend on how esbuild wrote it)`);
    process.exit(1);
  }
  for (const m of out.matchAll(/\bvar (\w+) = require\("node:[\w/]+"\);/g)) {
    if (new RegExp(`\\b${m[1]}\\.default\\b`).test(out)) {
      console.error(`build: dist/${name} reads the default export of a Node built-in (${m[1]}); keep its __toESM`);
      process.exit(1);
    }
  }
  return out;
}
// Each script is written as the function src/util/compile-cache.ts compiles it into (runCachedScript): V8 then gets the
// file's text as it is instead of a concatenation it would first copy whole. The parameters are what src/cli.ts hands
// the scripts, in that order (exports, require and module first); were they to differ, the binary would refuse to start.
const SCRIPT_PARAMS = ['exports', 'require', 'module', '__sseLintUrl', '__sseLintLoadTui', '__sseLintChunk'];
const wrapScript = (text) => `(function (${SCRIPT_PARAMS.join(', ')}) {${text}\n})`;
const coreText = wrapScript(scriptText(coreFile.path, coreFile.text));
for (const f of [...core.outputFiles, ...[...chunks.values()].flatMap((c) => c.outputFiles)]) {
  mkdirSync(path.dirname(f.path), { recursive: true });
  writeFileSync(f.path, f.path.endsWith('.js') ? wrapScript(scriptText(f.path, f.text)) : f.contents);
}
const coreBuild = createHash('sha256').update(coreText).digest('hex').slice(0, 16);

// The launcher, dist/cli.js: Node built-ins and src/util/compile-cache.ts only, in one CommonJS file (dist/package.json
// says so): Node starts a CommonJS entry without setting up its ES module loader, a few milliseconds of every run. Its
// built-ins are the module objects themselves too (a copy of node:fs alone is a getter for each of some 100 exports).
{
  const launcher = await build({
    entryPoints: { cli: path.join(root, 'src/cli.ts') },
    outdir,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    define: { ...define, __SSE_LINT_CORE_BUILD__: JSON.stringify(coreBuild), 'import.meta.dirname': '__dirname' },
    logLevel: 'warning',
    preserveSymlinks: true,
    write: false,
  });
  for (const f of launcher.outputFiles) writeFileSync(f.path, unwrapRequires(path.relative(outdir, f.path), f.text));
}
writeFileSync(path.join(outdir, 'package.json'), `${JSON.stringify({ type: 'commonjs', $comment: 'dist/cli.js and dist/cli-core.js are CommonJS; the ES modules are .mjs (scripts/build.mjs)' }, null, 2)}\n`);

// V8's code cache of dist/cli-core.js after a lint of scripts/code-cache/ (a config tree, and its site file on its own),
// for the Node running this build: dist/cli-core-<version>-<arch>.v8 (src/util/compile-cache.ts). The launcher then
// deserializes the bytecode of the script and of the functions such a lint calls instead of compiling them, which was
// about half of linting one small file. Other Nodes do not read it (and V8 would refuse it). V8 writes the same bytes
// for the same run given a fixed seed for its random numbers (--random-seed, on which the cache does not depend) and
// the same script name (the launcher names it alike wherever it is built); the lint itself must not depend on the
// machine (--no-config, no color, no environment).
{
  const shipped = path.join(outdir, `cli-core-${process.version}-${process.arch}.v8`);
  const inputs = ['scripts/code-cache/nginx.conf', 'scripts/code-cache/sites/shop.conf'];
  const r = spawnSync(process.execPath, ['--random-seed=1', '--require', path.join(root, 'scripts/ship-code-cache.cjs'), path.join(outdir, 'cli.js'), '--no-config', '--no-color', ...inputs], {
    cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', SSE_LINT_SHIP_CACHE_TO: shipped }, maxBuffer: 1 << 26,
  });
  if (r.status !== 0 && r.status !== 1) {
    console.error(`build: the lint that makes ${path.relative(outdir, shipped)} failed (exit ${r.status}):\n${r.stderr}`);
    process.exit(1);
  }
  if (!existsSync(shipped)) {
    console.error(`build: the lint that makes ${path.relative(outdir, shipped)} wrote none:\n${r.stderr}`);
    process.exit(1);
  }
}

// The library API (dist/index.mjs) and the TUI (dist/tui.mjs, imported by the launcher for -i), code-split so they
// share their modules.
await build({
  entryPoints: { index: path.join(root, 'src/index.ts'), tui: path.join(root, 'src/tui/run.tsx') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'linked',
  // Production builds of React and its reconciler (the development ones take twice as long to load).
  define,
  plugins: [stubInkDevtools, yogaWithoutFetch, jsonAsString],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
  // Module paths are printed into the bundle (comments and keys); a checkout whose node_modules is a symlink must
  // print the same paths as a plain install, or the committed dist/ would depend on where it was built.
  preserveSymlinks: true,
});
chmodSync(path.join(outdir, 'cli.js'), 0o755);
if (!types) process.exit(0);
const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.types.json'), '--outDir', path.join(outdir, 'types')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
console.log(`built ${path.relative(root, outdir) || '.'}/cli.js, index.mjs and types/ (sse-lint ${pkg.version})`);
