// Files linted where nginx reads them (pre-commit passes single files): each file inside the tree of the nearest
// nginx.conf in its folder or above that includes it; a file no such tree includes is linted on its own.
import * as nodePath from 'node:path';
import { diskFs } from '../model/fs.js';
import { createLoader, type ConfigTree } from '../model/includes.js';
import type { InputOptions } from '../model/inputs.js';

export interface Placed {
  /** Trees of main configs that include some of the files, each with the files it stands for. */
  trees: { tree: ConfigTree; files: string[] }[];
  /** Inputs no tree includes (and everything that is not a regular file): loaded as usual. */
  rest: string[];
}

/**
 * Finds, for each regular-file input, the nginx.conf in its folder or a folder above (up to `cwd` when the file is
 * inside it, else up to the root) whose tree includes it, nearest first. Inputs that share a main config share its
 * tree; a main config given as an input stands for itself.
 */
export function placeInIncluders(inputs: readonly string[], options: InputOptions): Placed {
  const fs = options.fs ?? diskFs;
  const cwd = nodePath.resolve(options.cwd ?? process.cwd());
  const loaded = new Map<string, ConfigTree>();
  const byMain = new Map<string, string[]>();
  const rest: string[] = [];
  const treeOf = (main: string): ConfigTree => {
    let t = loaded.get(main);
    if (!t) {
      const loader = createLoader(main, { ...options, fs, prefix: options.prefix ?? nodePath.dirname(main) });
      loader.addEntry(main);
      loaded.set(main, (t = loader.finish()));
    }
    return t;
  };
  for (const input of inputs) {
    const abs = nodePath.resolve(cwd, input);
    if (input === '-' || fs.kind(abs) !== 'file') {
      rest.push(input);
      continue;
    }
    const real = fs.realpath(abs);
    const stop = abs === cwd || abs.startsWith(cwd + nodePath.sep) ? cwd : nodePath.parse(abs).root;
    let placed: string | null = null;
    for (let dir = nodePath.dirname(abs); ; dir = nodePath.dirname(dir)) {
      const main = nodePath.join(dir, 'nginx.conf');
      if (fs.kind(main) === 'file') {
        const tree = treeOf(main);
        const hit = [...tree.files.keys()].find((p) => p === abs || fs.realpath(p) === real);
        if (hit) {
          placed = main;
          byMain.set(main, [...(byMain.get(main) ?? []), hit]);
          break;
        }
      }
      if (dir === stop || nodePath.dirname(dir) === dir) break;
    }
    if (!placed) rest.push(input);
  }
  return { trees: [...byMain].map(([main, files]) => ({ tree: treeOf(main), files })), rest };
}
