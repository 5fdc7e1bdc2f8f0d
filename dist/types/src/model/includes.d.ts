import type { Directive, ParsedFile } from '../parser/ast.js';
import { type StatementBudget } from '../parser/parser.js';
import { type Finding } from '../types.js';
import { type ConfigFs } from './fs.js';
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
    containerOnly?: {
        paths: string[];
        preset: string;
    };
    /** Directives and comments this run may still parse, shared by its trees (default: no limit). */
    statements?: StatementBudget;
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
    containerOnly?: {
        paths: string[];
        preset: string;
    };
}
export declare function applyMaps(path: string, maps: PathMap[] | undefined): string;
/** Parses `FROM=TO` as given on the command line. */
export declare function parsePathMap(spec: string): PathMap | null;
/**
 * Reads the entry files and everything they include. Each file is parsed once; every includer is
 * recorded. Never throws for bad input: problems become findings or input errors.
 */
export declare function loadConfig(entryPaths: string[], options?: LoadOptions): ConfigTree;
export interface Loader {
    tree: ConfigTree;
    /** Reads an entry file and everything it includes. Returns false (and records an input error) when unusable. */
    addEntry(path: string): boolean;
    /** Runs cycle detection and returns the tree. */
    finish(): ConfigTree;
}
export declare function createLoader(firstEntry: string | undefined, options?: LoadOptions): Loader;
