// Turning what the user named (files, directories, `-`, `nginx -T` dumps) into config trees.
import * as nodePath from 'node:path';
import { decodeSource } from '../parser/source.js';
import { sureStatementBudget } from '../parser/parser.js';
import { maxRunStatements, ReadRefusedError, refusedByName, SURE_RUN_STATEMENTS } from '../util/read-file.js';
import { splitNginxDump, isNginxDump } from './dump.js';
import { budgetFs, diskFs, loadingDiskFs, memoryFs, type ConfigFs } from './fs.js';
import { isGlob, sortBytes } from './glob.js';
import { createLoader, type ConfigTree, type InputError, type LoadOptions } from './includes.js';
import { appendAll } from '../util/array.js';

export interface InputOptions extends LoadOptions {
  /** Text read from standard input, when `-` is among the paths. */
  stdin?: Uint8Array;
  /** Name shown for standard input. */
  stdinName?: string;
  /** Directory that relative input paths are resolved against (default: the process's). */
  cwd?: string;
  /** Entry files that stand for a directory input (absolute path -> entries), from a preset: its main nginx.conf. */
  entries?: ReadonlyMap<string, readonly string[]>;
}

export interface Workspace {
  /** One tree per input: a file, a directory, a dump or standard input. */
  trees: ConfigTree[];
  /** Inputs that could not be used at all (exit code 2). */
  inputErrors: InputError[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * Files in a directory that look like nginx configs: `*.conf`, and extension-less files in sites-enabled/available.
 * A symlink is followed only while it stays inside the directory given (`sites-enabled/x -> ../sites-available/x`),
 * so a link to `/` never turns the scan into a walk of the whole machine; files outside are still read when an
 * `include` names them.
 */
export function findConfigFiles(fs: ConfigFs, dir: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const top = fs.realpath(dir);
  const inside = (p: string): boolean => {
    const real = fs.realpath(p);
    return real === top || real.startsWith(top.endsWith('/') ? top : `${top}/`);
  };
  // An explicit stack of (folder, names, next) instead of recursion: folders may nest deeper than the call stack.
  const frames: { d: string; names: string[]; next: number }[] = [];
  const enter = (d: string): void => {
    const real = fs.realpath(d);
    if (seen.has(real)) return; // a symlinked directory loop
    seen.add(real);
    frames.push({ d, names: sortBytes(fs.readdir(d)), next: 0 });
  };
  enter(dir);
  while (frames.length > 0) {
    const f = frames[frames.length - 1]!;
    if (f.next >= f.names.length) {
      frames.pop();
      continue;
    }
    const name = f.names[f.next++]!;
    if (name.startsWith('.')) continue;
    const p = nodePath.join(f.d, name);
    const kind = fs.kind(p);
    if ((kind === 'dir' || kind === 'file') && !inside(p)) continue;
    if (kind === 'dir') {
      if (!SKIP_DIRS.has(name)) enter(p);
    } else if (kind === 'file') {
      const parent = nodePath.basename(f.d);
      if (name.endsWith('.conf') || ((parent === 'sites-enabled' || parent === 'sites-available') && !name.includes('.'))) {
        out.push(p);
      }
    }
  }
  return out;
}

/**
 * Loads every input. A directory's entry points are the config files no other file includes, its
 * `nginx.conf` first; a file whose text holds `# configuration file <path>:` markers is an `nginx -T`
 * dump and is split back into its files.
 */
export function loadInputs(paths: string[], options: InputOptions = {}): Workspace {
  // Everything read from disk in one run counts against one budget (see budgetFs).
  const fs = options.fs ?? budgetFs(loadingDiskFs());
  // And so does everything parsed (see StatementBudget).
  const statements = options.statements ?? sureStatementBudget(SURE_RUN_STATEMENTS, maxRunStatements);
  const ws: Workspace = { trees: [], inputErrors: [] };
  try {
    loadEach(paths, { ...options, fs, statements }, ws);
  } catch (e) {
    if (!(e instanceof ReadRefusedError && e.kind === 'run-too-large')) throw e;
    ws.trees = [];
    ws.inputErrors = [{ path: e.path, message: `${e.path}: ${e.reason}` }];
    return ws;
  }
  for (const t of ws.trees) appendAll(ws.inputErrors, t.inputErrors);
  return ws;
}

function loadEach(paths: string[], options: InputOptions & { fs: ConfigFs }, ws: Workspace): void {
  const fs = options.fs;
  for (const input of paths) {
    if (input === '-') {
      const bytes = options.stdin ?? new Uint8Array();
      const name = options.stdinName ?? '<stdin>';
      // `docker exec app nginx -T | sse-lint -` when the container is not there, or nginx -T when the test fails
      // (it prints the config only after a passing test): nothing came in, which is no clean bill of health.
      if (bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) {
        ws.inputErrors.push({ path: name, message: 'standard input is empty: nothing to lint', reason: 'emptyStdin' });
        continue;
      }
      // Plain text on stdin resolves relative includes against the current folder (or --prefix); a dump carries
      // its own prefix (the folder of its first file), as nginx's conf prefix is the main config's folder.
      ws.trees.push(loadText(name, bytes, { ...options, textPrefix: options.prefix ?? options.cwd ?? process.cwd() }));
      continue;
    }
    const abs = nodePath.resolve(options.cwd ?? process.cwd(), input);
    const kind = fs.kind(abs);
    if (kind === 'missing') {
      // `sse-lint 'conf.d/*.conf'`: the shell passed the pattern on instead of the files.
      ws.inputErrors.push({ path: input, message: `${input}: no such file or directory`, reason: isGlob(input) ? 'quotedGlob' : 'missing' });
      continue;
    }
    if (kind === 'other') {
      ws.inputErrors.push({ path: input, message: `${input}: not a regular file or directory`, reason: 'notFile' });
      continue;
    }
    const planned = options.entries?.get(abs);
    if (kind === 'dir' && planned) {
      if (planned.length === 0) {
        ws.inputErrors.push({ path: input, message: `${input}: no nginx config files found (the preset's folders for them are empty)`, reason: 'presetEmpty' });
        continue;
      }
      const loader = createLoader(planned[0], { ...options, fs });
      for (const e of planned) loader.addEntry(e);
      ws.trees.push(loader.finish());
      continue;
    }
    if (kind === 'dir') {
      const tree = loadDirectory(abs, { ...options, fs });
      if (tree.entries.length === 0 && tree.inputErrors.length === 0) {
        ws.inputErrors.push({ path: input, message: `${input}: no nginx config files found (looked for *.conf, nginx.conf and files in sites-enabled/ or sites-available/)`, reason: 'noConfigs' });
        continue;
      }
      ws.trees.push(tree);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = fs.readFile(abs);
    } catch (e) {
      ws.inputErrors.push({ path: input, message: `${input}: ${e instanceof ReadRefusedError ? e.reason : (e as Error).message}`, reason: 'unreadable', cause: e });
      continue;
    }
    const source = decodeSource(abs, bytes);
    if (isNginxDump(source.text)) {
      ws.trees.push(loadDump(source.text, source.encoding, options));
      continue;
    }
    const loader = createLoader(abs, { ...options, fs });
    loader.addEntry(abs);
    ws.trees.push(loader.finish());
  }
}

/**
 * Loads text that came from somewhere other than a file (stdin), or a dump. `textPrefix` is the prefix for text that
 * is not a dump (stdin: the current folder); `prefix` (--prefix) applies to both.
 */
export function loadText(name: string, bytes: Uint8Array, options: LoadOptions & { textPrefix?: string } = {}): ConfigTree {
  const source = decodeSource(name, bytes);
  const { textPrefix, ...rest } = options;
  if (isNginxDump(source.text)) return loadDump(source.text, source.encoding, rest);
  const prefix = options.prefix ?? textPrefix;
  const path = nodePath.resolve(prefix ?? '.', name);
  const overlay = overlayFs(options.fs ?? diskFs, new Map([[path, bytes]]));
  const loader = createLoader(path, { ...rest, fs: overlay, prefix: prefix ?? nodePath.dirname(path) });
  loader.addEntry(path);
  const tree = loader.finish();
  // Findings and files keep the display name the user gave (`<stdin>`), not the synthetic path.
  renameFile(tree, path, name);
  tree.source = 'stdin';
  return tree;
}

/** Splits an `nginx -T` dump and loads it from memory: includes resolve inside the dump, not on this machine. */
export function loadDump(text: string, encoding: 'utf8' | 'latin1', options: LoadOptions = {}): ConfigTree {
  const files = splitNginxDump(text);
  const mem: Record<string, Uint8Array> = {};
  // A section named after a file on /proc, /sys or /dev is never used, as such a file on disk is never read: its
  // text (a process environment, kernel state) must not reach code frames, messages or annotations. Its include is
  // an include-unreadable finding.
  const withheld = new Map<string, 'kernel-fs' | 'device'>();
  for (const [p, body] of files) {
    const refused = refusedByName(p);
    if (refused) withheld.set(nodePath.posix.normalize(p), refused);
    mem[p] = refused ? new Uint8Array() : Buffer.from(body, encoding);
  }
  const inMemory = memoryFs(mem);
  const fs: ConfigFs = {
    ...inMemory,
    readFile(p) {
      const refused = withheld.get(nodePath.posix.normalize(p));
      if (refused) throw new ReadRefusedError(p, refused);
      return inMemory.readFile(p);
    },
  };
  const main = [...files.keys()][0]!;
  const loader = createLoader(main, { ...options, fs, prefix: options.prefix ?? nodePath.posix.dirname(main) });
  loader.addEntry(main);
  // Files in the dump that the main file does not reach (rare: a dump edited by hand) are linted as entries too.
  for (const p of files.keys()) if (!loader.tree.files.has(p) && !withheld.has(nodePath.posix.normalize(p))) loader.addEntry(p);
  const tree = loader.finish();
  tree.source = 'dump';
  return tree;
}

/**
 * The main config of a directory: its own nginx.conf, else the one nginx.conf below it (an OpenResty or panel tree
 * given from above its `conf` folder); null when there is none, or several (a folder of unrelated configs).
 */
export function mainConfigOf(candidates: readonly string[], dir: string): string | null {
  const root = nodePath.join(dir, 'nginx.conf');
  if (candidates.includes(root)) return root;
  const deeper = candidates.filter((c) => nodePath.basename(c) === 'nginx.conf');
  return deeper.length === 1 ? deeper[0]! : null;
}

function loadDirectory(dir: string, options: LoadOptions & { fs: ConfigFs }): ConfigTree {
  const fs = options.fs;
  const candidates = findConfigFiles(fs, dir);
  const main = mainConfigOf(candidates, dir);
  const root = main ?? nodePath.join(dir, 'nginx.conf');
  const ordered = main ? [main, ...candidates.filter((c) => c !== main)] : candidates;
  // nginx resolves relative includes against the folder of the main config (its conf prefix).
  const loader = createLoader(root, { ...options, prefix: options.prefix ?? (main ? nodePath.dirname(main) : dir) });
  const reached = new Set<string>();
  // Files are only added to the tree (tree.order lists them as read): each is marked once, not after every entry.
  let marked = 0;
  const markReached = (): void => {
    const order = loader.tree.order;
    for (; marked < order.length; marked++) reached.add(fs.realpath(order[marked]!));
  };
  for (const c of ordered) {
    if (reached.has(fs.realpath(c))) continue;
    loader.addEntry(c);
    markReached();
  }
  const tree = loader.finish();
  // An entry that a later entry turned out to include is not an entry.
  const included = new Set<string>();
  for (const target of tree.includers.keys()) included.add(fs.realpath(target));
  tree.entries = tree.entries.filter((e) => !included.has(fs.realpath(e)) || e === root);
  return tree;
}

function overlayFs(base: ConfigFs, extra: Map<string, Uint8Array>): ConfigFs {
  return {
    kind: (p) => (extra.has(p) ? 'file' : base.kind(p)),
    readFile: (p) => extra.get(p) ?? base.readFile(p),
    readdir: (p) => base.readdir(p),
    realpath: (p) => (extra.has(p) ? p : base.realpath(p)),
  };
}

function renameFile(tree: ConfigTree, from: string, to: string): void {
  const parsed = tree.files.get(from);
  if (!parsed) return;
  parsed.file.path = to;
  tree.files.delete(from);
  tree.files.set(to, parsed);
  tree.order = tree.order.map((p) => (p === from ? to : p));
  tree.entries = tree.entries.map((p) => (p === from ? to : p));
  for (const f of tree.findings) if (f.span.file === from) f.span.file = to;
}
