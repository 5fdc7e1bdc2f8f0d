// Bundles the CLI and the public API into dist/ with esbuild (ESM, node20, code-split so the TUI chunk loads only
// when used), then writes the API's type declarations with tsc into dist/types/. Tests that need the real binary
// bundle into a folder of their own: `--outdir DIR --no-types`. dist/ is committed (the pre-commit hook runs it
// without installing anything), so the output depends on the sources only; the test that compares a fresh build with
// the committed one builds with `--outdir DIR` (types included, into DIR/types).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, chmodSync } from 'node:fs';
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
    b.onLoad({ filter: /\.json$/ }, async (a) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(a.path, 'utf8'))))});\n`,
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: { cli: path.join(root, 'src/cli.ts'), index: path.join(root, 'src/index.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'linked',
  // Production builds of React and its reconciler (the development ones take twice as long to load).
  define: { __SSE_LINT_VERSION__: JSON.stringify(pkg.version), 'process.env.NODE_ENV': '"production"' },
  plugins: [stubInkDevtools, yogaWithoutFetch, jsonAsString],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
  // Module paths are printed into the bundle (comments and keys); a checkout whose node_modules is a symlink must
  // print the same paths as a plain install, or the committed dist/ would depend on where it was built.
  preserveSymlinks: true,
});
chmodSync(path.join(outdir, 'cli.js'), 0o755);
if (!types) process.exit(0);
const tsc = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.types.json'), '--outDir', path.join(outdir, 'types')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
console.log(`built ${path.relative(root, outdir) || '.'}/cli.js, index.js and types/ (sse-lint ${pkg.version})`);
