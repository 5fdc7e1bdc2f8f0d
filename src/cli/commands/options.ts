// Flags every input-reading command shares, turned into pipeline options.
import type { PipelineOptions, Preset, SnippetContext } from '../../pipeline/index.js';
import type { Severity } from '../../types.js';
import type { ParsedArgs } from '../args.js';
import type { Io } from '../io.js';

/** Pipeline options from the flags (stdin is read only when `-` is an input). */
export function pipelineOptions(args: ParsedArgs, io: Io, inputs: readonly string[]): PipelineOptions {
  const v = args.values;
  return {
    cwd: io.cwd,
    ...(v['no-config'] ? { config: false } : v.config !== undefined ? { config: v.config } : {}),
    ...(v['nginx-version'] !== undefined ? { nginxVersion: v['nginx-version'] } : {}),
    ...(v.route ? { routes: v.route } : {}),
    ...(v['all-proxies'] ? { allProxies: true } : {}),
    ...(v.preset !== undefined ? { preset: v.preset as Preset | 'auto' } : {}),
    ...(v.context !== undefined ? { context: v.context as SnippetContext } : {}),
    ...(v['in-context'] ? { inContext: true } : {}),
    ...(v.rule ? { rules: v.rule } : {}),
    ...(v.disable ? { disable: v.disable } : {}),
    ...(v.enable ? { enable: v.enable } : {}),
    ...(v.strict ? { strict: true } : {}),
    ...(v.prefix !== undefined ? { prefix: v.prefix } : {}),
    ...(v.map ? { maps: v.map } : {}),
    ...(inputs.includes('-') ? { stdin: io.readStdin() } : {}),
    ...(v['stdin-filename'] ? { stdinName: v['stdin-filename'] } : {}),
  };
}

/**
 * Pipeline options of a run whose findings decide the exit code (a lint, --fix, --diff, -i): the input flags plus
 * --fail-on, --max-warnings (already checked to be a number) and --baseline.
 */
export function lintRunOptions(args: ParsedArgs, io: Io, inputs: readonly string[], onProgress: () => void): PipelineOptions {
  const v = args.values;
  return {
    ...pipelineOptions(args, io, inputs),
    ...(v['fail-on'] !== undefined ? { failOn: v['fail-on'] as Severity | 'off' } : {}),
    ...(v['max-warnings'] !== undefined ? { maxWarnings: Number(v['max-warnings']) } : {}),
    // A baseline being written must see every finding; one being read hides the known ones.
    ...(v.baseline !== undefined ? { baseline: v.baseline } : {}),
    onProgress,
  };
}
