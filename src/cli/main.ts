// The command-line program: arguments in, a report out, an exit code back. Never throws for user input.
import { readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { parsePathMap, type PathMap } from '../model/includes.js';
import { loadInputs } from '../model/inputs.js';
import { parseSource } from '../parser/parser.js';
import { decodeSource } from '../parser/source.js';
import { singleFilePayload, treePayload } from '../parser/payload.js';
import { lintWorkspace } from '../lint.js';
import { formatText } from '../reporters/text.js';
import { HELP, parseCliArgs, UsageError, type ParsedArgs } from './args.js';
import { VERSION } from '../version.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Uint8Array;
  cwd: string;
  color: boolean;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export async function main(argv: string[], io: Io): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`sse-lint: ${e.message}\nTry 'sse-lint --help'.\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  const v = args.values;
  if (v.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (v.version) {
    io.stdout(`sse-lint ${VERSION}\n`);
    return EXIT_OK;
  }
  const maps: PathMap[] = [];
  for (const spec of v.map ?? []) {
    const m = parsePathMap(spec);
    if (!m) {
      io.stderr(`sse-lint: --map expects FROM=TO, got "${spec}"\n`);
      return EXIT_USAGE;
    }
    maps.push(m);
  }
  if (args.positionals.length === 0) {
    io.stderr(`sse-lint: no input: name a config file, a directory, or - for stdin\nTry 'sse-lint --help'.\n`);
    return EXIT_USAGE;
  }
  const prefix = v.prefix ? nodePath.resolve(io.cwd, v.prefix) : undefined;
  const positionals = args.positionals;
  const needsStdin = positionals.includes('-');
  const stdin = needsStdin ? io.readStdin() : undefined;

  if (args.command === 'parse') return parseCommand(args, positionals, { prefix, maps, stdin }, io);

  const ws = loadInputs(positionals, {
    prefix, maps, cwd: io.cwd, ...(stdin ? { stdin } : {}), ...(v['stdin-filename'] ? { stdinName: v['stdin-filename'] } : {}),
  });
  if (ws.inputErrors.length > 0) {
    for (const e of ws.inputErrors) io.stderr(`sse-lint: ${e.message}\n`);
    return EXIT_USAGE;
  }
  const result = lintWorkspace(ws);
  io.stdout(formatText(result, { cwd: io.cwd, color: io.color }));
  return result.findings.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function parseCommand(
  args: ParsedArgs, positionals: string[], opts: { prefix?: string; maps: PathMap[]; stdin?: Uint8Array }, io: Io,
): number {
  const v = args.values;
  if (positionals.length !== 1) {
    io.stderr(`sse-lint parse: expects exactly one FILE\n`);
    return EXIT_USAGE;
  }
  const target = positionals[0]!;
  const popts = { comments: !!v['include-comments'], combine: !!v.combine, positions: !!v.positions, relativeTo: io.cwd };
  if (v['single-file']) {
    let bytes: Uint8Array;
    try {
      bytes = target === '-' ? (opts.stdin ?? new Uint8Array()) : readFileSync(nodePath.resolve(io.cwd, target));
    } catch (e) {
      io.stderr(`sse-lint: ${target}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}\n`);
      return EXIT_USAGE;
    }
    const parsed = parseSource(decodeSource(target === '-' ? (v['stdin-filename'] ?? '<stdin>') : nodePath.resolve(io.cwd, target), bytes));
    io.stdout(JSON.stringify(singleFilePayload(parsed, popts), null, 2) + '\n');
    return parsed.errors.length ? EXIT_FINDINGS : EXIT_OK;
  }
  const ws = loadInputs([target], { cwd: io.cwd, ...(opts.prefix ? { prefix: opts.prefix } : {}), maps: opts.maps, ...(opts.stdin ? { stdin: opts.stdin } : {}) });
  if (ws.inputErrors.length > 0 || ws.trees.length !== 1) {
    for (const e of ws.inputErrors) io.stderr(`sse-lint: ${e.message}\n`);
    return EXIT_USAGE;
  }
  const payload = treePayload(ws.trees[0]!, popts);
  io.stdout(JSON.stringify(payload, null, 2) + '\n');
  return payload.status === 'ok' ? EXIT_OK : EXIT_FINDINGS;
}
