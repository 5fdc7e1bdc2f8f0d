import { type ConfigFs } from './fs.js';
import { type ConfigTree, type InputError, type LoadOptions } from './includes.js';
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
/**
 * Files in a directory that look like nginx configs: `*.conf`, and extension-less files in sites-enabled/available.
 * A symlink is followed only while it stays inside the directory given (`sites-enabled/x -> ../sites-available/x`),
 * so a link to `/` never turns the scan into a walk of the whole machine; files outside are still read when an
 * `include` names them.
 */
export declare function findConfigFiles(fs: ConfigFs, dir: string): string[];
/**
 * Loads every input. A directory's entry points are the config files no other file includes, its
 * `nginx.conf` first; a file whose text holds `# configuration file <path>:` markers is an `nginx -T`
 * dump and is split back into its files.
 */
export declare function loadInputs(paths: string[], options?: InputOptions): Workspace;
/**
 * Loads text that came from somewhere other than a file (stdin), or a dump. `textPrefix` is the prefix for text that
 * is not a dump (stdin: the current folder); `prefix` (--prefix) applies to both.
 */
export declare function loadText(name: string, bytes: Uint8Array, options?: LoadOptions & {
    textPrefix?: string;
}): ConfigTree;
/** Splits an `nginx -T` dump and loads it from memory: includes resolve inside the dump, not on this machine. */
export declare function loadDump(text: string, encoding: 'utf8' | 'latin1', options?: LoadOptions): ConfigTree;
/**
 * The main config of a directory: its own nginx.conf, else the one nginx.conf below it (an OpenResty or panel tree
 * given from above its `conf` folder); null when there is none, or several (a folder of unrelated configs).
 */
export declare function mainConfigOf(candidates: readonly string[], dir: string): string | null;
