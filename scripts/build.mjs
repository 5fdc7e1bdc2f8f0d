// Bundles the CLI and the public API into dist/ with esbuild (ESM, node20, code-split so the TUI chunk loads only
// when used), then writes the API's type declarations with tsc into dist/types/. Tests that need the real binary
// bundle into a folder of their own: `--outdir DIR --no-types`. dist/ is committed (the pre-commit hook runs it
// without installing anything), so the output depends on the sources only; the test that compares a fresh build with
// the committed one builds with `--outdir DIR` (types included, into DIR/types).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
// which Node 20 offers for scripts only. It sees `require`, `__sseLintUrl` (its file URL, for import.meta.url) and
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
const core = await build({
  entryPoints: [path.join(root, 'src/cli/start.ts')],
  outfile: path.join(outdir, 'cli-core.js'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'linked',
  define: { ...define, 'import.meta.url': '__sseLintUrl' },
  plugins: [jsonAsString, tuiFromLauncher],
  banner: { js: '// A classic script, not a module: dist/cli.js runs it through vm.Script with V8\'s code cache (src/util/compile-cache.ts).' },
  logLevel: 'warning',
  preserveSymlinks: true,
  write: false,
});
const coreFile = core.outputFiles.find((f) => f.path === path.join(outdir, 'cli-core.js'));
if (/\bimport\s*\(|\bimport\.meta\b/.test(coreFile.text.replace(/^\s*\/\/.*$/gm, ''))) {
  console.error('build: dist/cli-core.js must not contain import() or import.meta (it runs as a classic script)');
  process.exit(1);
}
// `import * as fs from 'node:fs'` becomes `__toESM(require("node:fs"), 1)` in CommonJS output: a fresh object with a
// getter for each of the module's exports, made for every importing module (39 of them, ~1 ms at start-up). Nothing
// here takes a built-in's default export, so the module object itself serves (checked: no `.default` is read from one).
const coreText = coreFile.text.replace(/__toESM\((require\("node:[\w/]+"\)), 1\)/g, '$1');
for (const m of coreText.matchAll(/\bvar (\w+) = require\("node:[\w/]+"\);/g)) {
  if (new RegExp(`\\b${m[1]}\\.default\\b`).test(coreText)) {
    console.error(`build: dist/cli-core.js reads the default export of a Node built-in (${m[1]}); keep its __toESM`);
    process.exit(1);
  }
}
for (const f of core.outputFiles) {
  mkdirSync(path.dirname(f.path), { recursive: true });
  writeFileSync(f.path, f === coreFile ? coreText : f.contents);
}
const coreBuild = createHash('sha256').update(coreText).digest('hex').slice(0, 16);

// The launcher, dist/cli.js: Node built-ins and src/util/compile-cache.ts only, in one CommonJS file (dist/package.json
// says so): Node starts a CommonJS entry without setting up its ES module loader, a few milliseconds of every run.
await build({
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
});
writeFileSync(path.join(outdir, 'package.json'), `${JSON.stringify({ type: 'commonjs', $comment: 'dist/cli.js and dist/cli-core.js are CommonJS; the ES modules are .mjs (scripts/build.mjs)' }, null, 2)}\n`);

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
