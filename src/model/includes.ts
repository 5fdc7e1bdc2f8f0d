// Loading a config tree: entry files, `include` resolution as nginx does it, cycles, path maps.
import * as nodePath from 'node:path';
import type { Directive, ParsedFile } from '../parser/ast.js';
import type { Token } from '../parser/lexer.js';
import { parseSource, type StatementBudget } from '../parser/parser.js';
import { decodeSource, makeSpan } from '../parser/source.js';
import { compareFindings, type Finding, type MessageArg, type MessageData, type Span } from '../types.js';
import { ReadRefusedError } from '../util/read-file.js';
import { exactList } from '../util/array.js';
import { diskFs, type ConfigFs } from './fs.js';
import { expandGlob, isGlob } from './glob.js';

const code = (text: string): MessageArg => ({ kind: 'code', text });

/** A file that was not read: the English message, and (for sse-lint's own words) its key and data. */
interface ReadFailure {
  failed: string;
  messageId?: string;
  data?: MessageData;
}

/** Why a path was refused, as a clause of the catalog (`cli.reason.refused.<kind>`, the size limit in MB as `max`). */
function refusedArg(e: ReadRefusedError): MessageArg {
  return { kind: 'message', key: `cli.reason.refused.${e.kind}`, data: { max: Math.ceil(e.limit / (1024 * 1024)) } };
}

/** `--map FROM=TO`: an include path under FROM is read from TO (containers, panels). */
export interface PathMap {
  from: string;
  to: string;
}

export interface LoadOptions {
  fs?: ConfigFs;
  /**
   * Directory that relative include paths resolve against (nginx's conf prefix: the main config file's
   * directory). Defaults to the first entry's directory.
   */
  prefix?: string;
  maps?: PathMap[];
  /** Called after each file is read and parsed (progress display for large trees). */
  onProgress?: (path: string) => void;
  /** Called with the size of each file read, before it is parsed (the command line tunes V8 for a large run). */
  onRead?: (bytes: number) => void;
  /**
   * Folders that exist only inside a container image (NPM's /etc/nginx): a missing include there is an
   * include-unmapped note naming the preset, not an include-not-found error. `preset` names it in messages.
   */
  containerOnly?: { paths: string[]; preset: string };
  /** Directives and comments this run may still parse, shared by its trees (default: no limit). */
  statements?: StatementBudget;
}

/** Folders panels and containers mount configs at, and the preset that reads each from the host. */
const CONTAINER_PATHS: { prefix: string; preset: string }[] = [
  { prefix: '/www/', preset: '1panel' },
  { prefix: '/usr/local/openresty/', preset: '1panel or openresty' },
  { prefix: '/data/nginx/', preset: 'npm' },
  { prefix: '/usr/local/apisix/', preset: 'apisix' },
  { prefix: '/etc/nginx/', preset: 'debian or npm' },
];

/** The folder part of a glob before its first wildcard segment (`/www/sites` for `/www/sites/*\/proxy/*.conf`). */
function literalDir(pattern: string): string {
  const parts = pattern.split('/');
  const k = parts.findIndex((seg) => isGlob(seg));
  return parts.slice(0, k === -1 ? parts.length - 1 : k).join('/') || '/';
}

/** An input path that could not be used at all (missing, a directory where a file was needed, unreadable). */
export interface InputError {
  path: string;
  /** In English; nginx's words when nginx could not open an entry file. */
  message: string;
  /** What is wrong with an input path itself (rendered per locale by the pipeline); for `unreadable`, the error. */
  reason?: 'missing' | 'notFile' | 'quotedGlob' | 'noConfigs' | 'presetEmpty' | 'emptyStdin' | 'unreadable';
  cause?: unknown;
}

export interface ConfigTree {
  fs: ConfigFs;
  prefix: string;
  /** Every file read, once, keyed by path. */
  files: Map<string, ParsedFile>;
  /** Files in the order first reached (entry files and then includes, breadth first, as crossplane). */
  order: string[];
  /** Entry files: the configs nginx would be started with. */
  entries: string[];
  /** For each included file, the `include` directives that pull it in, in discovery order. */
  includers: Map<string, Directive[]>;
  /** Include edges that would recurse: directive -> targets that are already being included above it. */
  cyclic: Map<Directive, Set<string>>;
  /** parse-error, include-not-found, include-unreadable and include-cycle findings. */
  findings: Finding[];
  inputErrors: InputError[];
  /** Where the text came from: files on disk (fixes can be written), an `nginx -T` dump or stdin (they cannot). */
  source: 'files' | 'dump' | 'stdin';
  /** Path maps used to load the tree (kept so the same input can be loaded again, e.g. after fixes). */
  maps?: PathMap[];
  /** Container-only folders used to load the tree (kept for loading it again). */
  containerOnly?: { paths: string[]; preset: string };
}

export function applyMaps(path: string, maps: PathMap[] | undefined): string {
  if (!maps) return path;
  for (const m of maps) {
    const from = m.from.replace(/\/+$/, '');
    if (path === from || path.startsWith(from + '/')) return m.to.replace(/\/+$/, '') + path.slice(from.length);
  }
  return path;
}

/** Parses `FROM=TO` as given on the command line. */
export function parsePathMap(spec: string): PathMap | null {
  const eq = spec.indexOf('=');
  if (eq <= 0 || eq === spec.length - 1) return null;
  return { from: spec.slice(0, eq), to: spec.slice(eq + 1) };
}

/**
 * Reads the entry files and everything they include. Each file is parsed once; every includer is
 * recorded. Never throws for bad input: problems become findings or input errors.
 */
export function loadConfig(entryPaths: string[], options: LoadOptions = {}): ConfigTree {
  const loader = createLoader(entryPaths[0], options);
  for (const entry of entryPaths) loader.addEntry(entry);
  return loader.finish();
}

export interface Loader {
  tree: ConfigTree;
  /** Reads an entry file and everything it includes. Returns false (and records an input error) when unusable. */
  addEntry(path: string): boolean;
  /** Runs cycle detection and returns the tree. */
  finish(): ConfigTree;
}

export function createLoader(firstEntry: string | undefined, options: LoadOptions = {}): Loader {
  const fs = options.fs ?? diskFs;
  const maps = options.maps ? [...options.maps].sort((a, b) => b.from.length - a.from.length) : undefined;
  const prefix = nodePath.resolve(options.prefix ?? (firstEntry ? nodePath.dirname(firstEntry) : '.'));
  const tree: ConfigTree = {
    fs, prefix, files: new Map(), order: [], entries: [], includers: new Map(), cyclic: new Map(), findings: [], inputErrors: [],
    source: 'files', ...(maps ? { maps } : {}), ...(options.containerOnly ? { containerOnly: options.containerOnly } : {}),
  };
  const queue: string[] = [];
  /** Include lists of one file, shared by every include directive that resolves to just that file. */
  const single = new Map<string, string[]>();
  /** The path an include argument names (prefix joined, maps applied), by the argument as written: a snippet included from every server is worked out once. */
  const named = new Map<string, string>();

  // Why a file was not read: nginx's own words (open() failed), or ours in English with the same as data (the
  // message key and data render it in other languages; a test checks the two agree).
  const read = (path: string): ParsedFile | ReadFailure => {
    const kind = fs.kind(path);
    if (kind === 'missing') return { failed: `open() "${path}" failed (2: No such file or directory)` };
    if (kind === 'dir') return { failed: `"${path}" is a directory, not a config file`, messageId: 'msg.include.directory', data: { path: code(path) } };
    if (kind === 'other') return { failed: `"${path}" is not a regular file (a FIFO, socket or device); it was not read`, messageId: 'msg.include.notRegular', data: { path: code(path) } };
    let bytes: Uint8Array;
    try {
      bytes = fs.readFile(path);
    } catch (e) {
      // The run as a whole is too large: that stops it, it is not a finding about one include.
      if (e instanceof ReadRefusedError && e.kind === 'run-too-large') throw e;
      if (e instanceof ReadRefusedError) {
        return { failed: `"${path}" ${e.reason}`, messageId: 'msg.include.refused', data: { path: code(path), reason: refusedArg(e) } };
      }
      const err = e as NodeJS.ErrnoException;
      // Node's message is "EACCES: permission denied, open '<path>'": keep the reason, the path is already named.
      return { failed: `open() "${path}" failed (${err.message.replace(/, \w+ '.*'$/, '')})` };
    }
    options.onRead?.(bytes.length);
    const parsed = parseSource(decodeSource(path, bytes), options.statements);
    options.onProgress?.(path);
    tree.files.set(path, parsed);
    tree.order.push(path);
    for (const pe of parsed.errors) {
      tree.findings.push({
        ruleId: 'parse-error', severity: 'error', message: pe.message, span: makeSpan(pe.file, pe.start, pe.end),
        related: pe.related ? [{ span: makeSpan(pe.file, pe.related.start, pe.related.end), message: pe.related.message }] : [],
      });
    }
    queue.push(path);
    return parsed;
  };

  const drain = (): void => {
    while (queue.length > 0) {
      const path = queue.shift()!;
      const parsed = tree.files.get(path)!;
      // The parser lists a file's include directives in walk order: no walk over every statement here.
      for (const d of parsed.includes) if (!d.lua) resolveInclude(d);
    }
  };

  return {
    tree,
    addEntry(entry: string): boolean {
      const path = nodePath.resolve(entry);
      if (tree.files.has(path)) {
        if (!tree.entries.includes(path)) tree.entries.push(path);
        return true;
      }
      const r = read(path);
      if ('failed' in r) {
        tree.inputErrors.push({ path: entry, message: r.failed });
        return false;
      }
      tree.entries.push(path);
      drain();
      return true;
    },
    finish(): ConfigTree {
      detectCycles(tree);
      tree.findings.sort(compareFindings);
      return tree;
    },
  };

  function resolveInclude(d: Directive): void {
    const files: string[] = [];
    d.includes = files;
    if (d.argc !== 1 || d.block) {
      tree.findings.push({
        ruleId: 'parse-error', severity: 'error', message: 'invalid number of arguments in "include" directive',
        span: makeSpan(d.file, d.start, d.end), related: [],
      });
      return;
    }
    // The argument's token (for a finding's span) is made only when a finding needs it.
    let argToken: Token | undefined;
    const argSpan = (): Span => {
      const arg = (argToken ??= d.args[0]!);
      return makeSpan(d.file, arg.start, arg.end);
    };
    const written = d.arg(0)!;
    let full = named.get(written);
    if (full === undefined) {
      full = applyMaps(nodePath.posix.isAbsolute(written) ? written : nodePath.posix.join(prefix, written), maps);
      named.set(written, full);
    }
    const targets = isGlob(full) ? expandGlob(fs, full) : [full];
    // nginx accepts a glob that matches nothing; but when its folder does not exist here at all and it names a
    // container's folder, the files were meant to be read from somewhere else: say how.
    if (isGlob(full) && targets.length === 0 && nodePath.posix.isAbsolute(written) && full === written && fs.kind(literalDir(full)) === 'missing') {
      const known = CONTAINER_PATHS.find((c) => full.startsWith(c.prefix));
      if (known || options.containerOnly?.paths.some((c) => full.startsWith(c + '/'))) {
        const dir = literalDir(full);
        const preset = known ? known.preset.split(' ')[0]! : null;
        // English here, and the same as data under msg.include.unmappedGlob for other languages (a test checks the two agree).
        tree.findings.push({
          ruleId: 'include-unmapped', severity: 'info',
          message: `include "${written}" matches nothing: ${dir} does not exist on this machine, so it looks like a path inside a container; nothing it would include is checked. Read it from the host folder with --map ${dir}=HOST_FOLDER${preset ? `, or the preset that knows this layout (--preset ${preset})` : ''}, or lint the running config with docker exec CONTAINER nginx -T | sse-lint -`,
          messageId: 'msg.include.unmappedGlob',
          data: { written: code(written), dir: code(dir), preset: preset ? { kind: 'message', key: 'msg.include.unmappedPreset', data: { preset: code(preset) } } : null },
          span: argSpan(), related: [],
        });
      }
    }
    for (const target of targets) {
      const read1: ParsedFile | ReadFailure = tree.files.get(target) ?? read(target);
      if ('failed' in read1) {
        const parsed = read1.failed;
        // A glob that matches nothing is silent; a missing explicit file is what nginx rejects.
        const missing = parsed.startsWith('open()') && fs.kind(target) === 'missing';
        const image = options.containerOnly;
        if (missing && image && image.paths.some((c) => target.startsWith(c.replace(/\/+$/, '') + '/'))) {
          // English here, and the same as data under msg.include.unmappedImage for other languages (a test checks the two agree).
          tree.findings.push({
            ruleId: 'include-unmapped', severity: 'info',
            message: `"${target}" is a file of the ${image.preset} container image, not of this machine, so what it sets is not checked here; lint the running config with docker exec CONTAINER nginx -T | sse-lint -, or copy the image's folder beside the data (docker cp)`,
            messageId: 'msg.include.unmappedImage',
            data: { target: code(target), image: code(image.preset) },
            span: argSpan(), related: [],
          });
          continue;
        }
        // nginx's own error, and (ours) the prefix a relative path was resolved against: English text here, and the
        // same as data under msg.include.resolvedAgainst for other languages (a test checks the two agree).
        const resolved = missing && full !== written;
        tree.findings.push({
          ruleId: missing ? 'include-not-found' : 'include-unreadable',
          severity: 'error',
          message: resolved ? `${parsed} (include "${written}" resolved against ${prefix})` : parsed,
          ...(resolved
            ? { messageId: 'msg.include.resolvedAgainst', data: { error: code(parsed), written: code(written), prefix: code(prefix) } }
            : read1.messageId ? { messageId: read1.messageId, data: read1.data! } : {}),
          span: argSpan(),
          related: [],
        });
        continue;
      }
      files.push(target);
      const list = tree.includers.get(target);
      if (list) list.push(d);
      else tree.includers.set(target, [d]);
    }
    // A snippet included from every server is one list for all of them (ten thousand servers, ten thousand includes).
    if (files.length === 1) {
      const target = files[0]!;
      let one = single.get(target);
      if (!one) single.set(target, (one = Object.freeze([target]) as string[]));
      d.includes = one;
    } else {
      d.includes = exactList(files);
    }
  }
}

/** Depth-first over the include graph from each entry; an edge back into the current chain is a cycle. */
function detectCycles(tree: ConfigTree): void {
  const state = new Map<string, 1 | 2>(); // 1 = on the current chain, 2 = done
  const none: Directive[] = [];
  const roots = [...tree.entries, ...tree.order];
  for (const root of roots) {
    if (state.has(root)) continue;
    // Iterative DFS so that deep include chains cannot overflow the stack. A frame walks its file's include
    // directives (`i`) and each one's files (`k`) in place: no list of edges is made per file.
    const stack: { path: string; includes: Directive[]; i: number; k: number }[] = [];
    const push = (path: string): void => {
      state.set(path, 1);
      stack.push({ path, includes: tree.files.get(path)?.includes ?? none, i: 0, k: 0 });
    };
    push(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const d = top.includes[top.i];
      if (d === undefined) {
        state.set(top.path, 2);
        stack.pop();
        continue;
      }
      const files = d.includes;
      if (!files || top.k >= files.length) {
        top.i++;
        top.k = 0;
        continue;
      }
      const t = files[top.k++]!;
      const s = state.get(t);
      if (s === 1) {
        let set = tree.cyclic.get(d);
        if (!set) tree.cyclic.set(d, (set = new Set()));
        set.add(t);
        const chain = [...stack.map((f) => nodePath.basename(f.path)), nodePath.basename(t)].join(' -> ');
        // English here, and the same as data under msg.include.cycle for other languages (a test checks the two agree).
        tree.findings.push({
          ruleId: 'include-cycle',
          severity: 'error',
          message: `include of "${t}" loops back to a file that is already being included (${chain}); nginx would recurse until it runs out of open files`,
          messageId: 'msg.include.cycle',
          data: { file: code(t), chain: code(chain) },
          span: makeSpan(d.file, d.args[0]!.start, d.args[0]!.end),
          related: [],
        });
      } else if (s === undefined) {
        push(t);
      }
    }
  }
}
