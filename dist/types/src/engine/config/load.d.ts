import { type SseLintConfig } from './types.js';
/**
 * The config that applies to `start` (a directory, or a file whose directory is used): the first of
 * sse-lint.config.json, .sse-lintrc.json, or a package.json with an "sse-lint" key, looking in `start` and then
 * each parent directory up to the root. Null when there is none.
 */
export declare function findConfig(start: string): string | null;
/**
 * Reads and validates a config file (a package.json contributes its "sse-lint" key). Throws ConfigError naming
 * the file, the JSON pointer and line:column of every problem, with the nearest valid key or rule id suggested.
 */
export declare function loadConfigFile(path: string): SseLintConfig;
/** Validates config text already read (`path` is used for messages and to recognise package.json). */
export declare function parseConfigText(text: string, path: string): SseLintConfig;
/** The config for a run: an explicit `--config` file, else the one found from `start`; null when there is none. */
export declare function resolveConfig(explicit: string | undefined, start: string, cwd?: string): {
    path: string;
    config: SseLintConfig;
} | null;
