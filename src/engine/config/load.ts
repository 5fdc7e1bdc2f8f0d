// Finding the config file (here or in a parent folder, or package.json's "sse-lint" key), reading and validating it.
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { readRegularFile } from '../../util/read-file.js';
import { lineColumn, JsonSyntaxError, parseJson, type JsonSource } from '../json-source.js';
import { ConfigError } from './errors.js';
import { validateConfig } from './schema-errors.js';
import { CONFIG_FILES, PACKAGE_KEY, type SseLintConfig } from './types.js';

/** The largest config file read (a real one is a few kilobytes; package.json files can be larger). */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

/**
 * The config that applies to `start` (a directory, or a file whose directory is used): the first of
 * sse-lint.config.json, .sse-lintrc.json, or a package.json with an "sse-lint" key, looking in `start` and then
 * each parent directory up to the root. Null when there is none.
 */
export function findConfig(start: string): string | null {
  let dir = nodePath.resolve(start);
  try {
    if (!nodeFs.statSync(dir).isDirectory()) dir = nodePath.dirname(dir);
  } catch {
    dir = nodePath.dirname(dir);
  }
  for (;;) {
    for (const name of CONFIG_FILES) {
      const p = nodePath.join(dir, name);
      if (isFile(p)) return p;
    }
    const pkg = nodePath.join(dir, 'package.json');
    if (isFile(pkg) && packageHasConfig(pkg)) return pkg;
    const parent = nodePath.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function isFile(p: string): boolean {
  try {
    // Three names in every folder up to the root, usually all missing: no exception for those.
    return nodeFs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

function packageHasConfig(p: string): boolean {
  try {
    const v: unknown = JSON.parse(readRegularFile(p, MAX_CONFIG_BYTES).toString('utf8'));
    return typeof v === 'object' && v !== null && Object.hasOwn(v, PACKAGE_KEY);
  } catch {
    return false; // a broken package.json is npm's problem, not a config of ours
  }
}

/**
 * Reads and validates a config file (a package.json contributes its "sse-lint" key). Throws ConfigError naming
 * the file, the JSON pointer and line:column of every problem, with the nearest valid key or rule id suggested.
 */
export function loadConfigFile(path: string): SseLintConfig {
  let text: string;
  try {
    text = readRegularFile(path, MAX_CONFIG_BYTES).toString('utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new ConfigError(path, [err.code === 'ENOENT'
      ? { pointer: '', key: 'cli.config.notFound', data: { file: path } }
      : { pointer: '', key: 'cli.config.unreadable', data: { file: path }, cause: e }]);
  }
  return parseConfigText(text, path);
}

/** Validates config text already read (`path` is used for messages and to recognise package.json). */
export function parseConfigText(text: string, path: string): SseLintConfig {
  let source: JsonSource;
  try {
    source = parseJson(text);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    throw new ConfigError(path, [{ pointer: '', ...lineColumn(text, e.offset), key: 'cli.config.syntax', data: {}, detail: e.problem }]);
  }
  let prefix = '';
  let data = source.value;
  if (nodePath.basename(path) === 'package.json') {
    prefix = `/${PACKAGE_KEY}`;
    const pkg = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
    if (!Object.hasOwn(pkg, PACKAGE_KEY)) throw new ConfigError(path, [{ pointer: '', key: 'cli.config.noPackageKey', data: {} }]);
    data = pkg[PACKAGE_KEY];
  }
  const issues = validateConfig(data);
  if (issues.length) {
    for (const i of issues) {
      const loc = source.locations.get(prefix + i.pointer);
      const at = i.key.startsWith('cli.config.unknown') || i.key === 'cli.config.pathMapKey' ? loc?.key ?? loc?.value : loc?.value;
      if (at !== undefined) Object.assign(i, lineColumn(text, at));
      i.pointer = prefix + i.pointer;
    }
    throw new ConfigError(path, issues);
  }
  return data as SseLintConfig;
}

/** The config for a run: an explicit `--config` file, else the one found from `start`; null when there is none. */
export function resolveConfig(explicit: string | undefined, start: string, cwd: string = process.cwd()): { path: string; config: SseLintConfig } | null {
  if (explicit !== undefined) {
    const path = nodePath.resolve(cwd, explicit);
    return { path, config: loadConfigFile(path) };
  }
  const found = findConfig(nodePath.resolve(cwd, start));
  return found ? { path: found, config: loadConfigFile(found) } : null;
}
