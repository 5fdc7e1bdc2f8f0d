#!/usr/bin/env node
// Entry point of the `sse-lint` binary. The command line (src/cli/start.ts) is bundled as one classic script,
// dist/cli-core.js, compiled here with V8's code cache (src/util/compile-cache.ts): Node 20 caches no ES module's
// bytecode, and compiling the script and the functions a lint calls was the larger part of linting one small file.
// The build ships the cache of a lint for the Node it ran on (dist/cli-core-<version>-<arch>.v8); under another Node,
// SSE_LINT_CACHE=1 keeps one per user, written after a run that linted (opt-in: sse-lint writes nothing unasked).
// Without either the script is compiled from source, with the same result. The TUI stays an ES module of its own
// (dist/tui.mjs), loaded for -i.
// What a plain lint never runs is in chunks (dist/cli-<name>.js, scripts/build.mjs), compiled from source when first called.
// Built as CommonJS (no ES module loader to set up before the first line): no top-level await here.
import * as nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileCacheDir, runCachedScript, shippedCacheName, type CachedScript } from './util/compile-cache.js';

/** A hash of dist/cli-core.js, written in by scripts/build.mjs. */
declare const __SSE_LINT_CORE_BUILD__: string;

const file = nodePath.join(import.meta.dirname, 'cli-core.js');
// A specifier the bundler leaves alone: dist/tui.mjs exists only in the build.
const tuiModule = './tui.mjs';
// What the scripts see as free variables (scripts/build.mjs): `require` (this file's: the scripts are in its folder
// and require Node's built-ins only), the core's URL (`.href`, made when first read), the TUI's loader, and the loader of the chunks
// (dist/cli-<name>.js): code a plain lint never runs, compiled from source on first use. A chunk's require of a module
// of the core is given that module as the core has it (deps), anything else is Node's.
const params: Record<string, unknown> = {
  require,
  __sseLintUrl: {
    get href() {
      return pathToFileURL(file).href;
    },
  },
  __sseLintLoadTui: () => import(tuiModule),
  __sseLintChunk: (name: string, deps: Readonly<Record<string, unknown>>): unknown => {
    const chunk = nodePath.join(import.meta.dirname, `cli-${name}.js`);
    const req = (id: string): unknown => (Object.hasOwn(deps, id) ? deps[id] : require(id));
    return runCachedScript({ file: chunk, build: name, dir: null, params: { ...params, require: req } }).exports;
  },
};
// The build makes the shipped cache by running a lint with a hook preloaded (scripts/build.mjs): it reads no cache, and
// hands the hook the cache of what the lint compiled. A run without the hook never sees one. The cache names the
// script as the build did (`sse-lint/dist/cli-core.js`, wherever it was built): --debug, whose stack traces show the
// script's path, compiles from source.
const ship = (globalThis as Record<symbol, unknown>)[Symbol.for('sse-lint.ship-code-cache')] as ((bytes: Buffer) => void) | undefined;
let core: CachedScript<typeof import('./cli/start.js')>;
try {
  const build = __SSE_LINT_CORE_BUILD__;
  if (ship) core = runCachedScript({ file, build, dir: null, params, name: 'sse-lint/dist/cli-core.js' });
  else core = runCachedScript({ file, build, dir: compileCacheDir(), params, ...(process.argv.includes('--debug') ? {} : { shipped: shippedCacheName(file) }) });
} catch (e) {
  // A broken installation (dist/cli-core.js missing or unreadable): one line, as for any other error.
  process.stderr.write(`sse-lint: cannot start: ${(e as Error).message.split('\n', 1)[0]}\n`);
  process.exit(2);
}
void core.exports.startCli().then((linted) => {
  if (ship) ship(core.shippable());
  else if (linted) core.save();
});
