// Command-line arguments: node:util parseArgs, with usage errors as data (exit code 2), never a stack trace.
import { parseArgs } from 'node:util';
import type { CliKey } from '../i18n/index.js';
import { editDistance } from '../util/edit-distance.js';

/** A command line parseArgs refused: a catalog key and its data, printed in the user's language. */
export class UsageError extends Error {
  constructor(readonly key: CliKey, readonly data: Record<string, string> = {}) {
    super(`${key} ${JSON.stringify(data)}`);
  }
}

export const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  prefix: { type: 'string', short: 'p' },
  map: { type: 'string', multiple: true },
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  output: { type: 'string', short: 'o' },
  'stdin-filename': { type: 'string' },
  'nginx-version': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  init: { type: 'boolean' },
  baseline: { type: 'string' },
  'baseline-write': { type: 'string' },
  locale: { type: 'string' },
  strict: { type: 'boolean' },
  route: { type: 'string', multiple: true },
  'all-proxies': { type: 'boolean' },
  preset: { type: 'string' },
  context: { type: 'string' },
  'in-context': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  disable: { type: 'string', multiple: true },
  enable: { type: 'string', multiple: true },
  'list-rules': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  fix: { type: 'boolean' },
  'unsafe-fixes': { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  diff: { type: 'boolean' },
  backup: { type: 'boolean' },
  'verify-with-nginx': { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  interactive: { type: 'boolean', short: 'i' },
  // parse subcommand
  combine: { type: 'boolean' },
  'single-file': { type: 'boolean' },
  'include-comments': { type: 'boolean' },
  positions: { type: 'boolean' },
  debug: { type: 'boolean' },
} as const;

export interface ParsedArgs {
  command: 'lint' | 'parse' | 'explain' | 'route' | 'help';
  values: {
    help?: boolean;
    version?: boolean;
    prefix?: string;
    map?: string[];
    format?: string;
    'fail-on'?: string;
    quiet?: boolean;
    'max-warnings'?: string;
    output?: string;
    'stdin-filename'?: string;
    combine?: boolean;
    'single-file'?: boolean;
    'include-comments'?: boolean;
    positions?: boolean;
    'nginx-version'?: string;
    config?: string;
    'no-config'?: boolean;
    init?: boolean;
    baseline?: string;
    'baseline-write'?: string;
    locale?: string;
    strict?: boolean;
    route?: string[];
    'all-proxies'?: boolean;
    preset?: string;
    context?: string;
    'in-context'?: boolean;
    rule?: string[];
    disable?: string[];
    enable?: string[];
    'list-rules'?: boolean;
    color?: boolean;
    'no-color'?: boolean;
    fix?: boolean;
    'unsafe-fixes'?: boolean;
    'fix-dry-run'?: boolean;
    diff?: boolean;
    backup?: boolean;
    'verify-with-nginx'?: string;
    host?: string;
    port?: string;
    interactive?: boolean;
    debug?: boolean;
  };
  positionals: string[];
}

const COMMANDS = new Set(['parse', 'explain', 'route', 'help']);

/** Options whose value names a file or folder. */
const PATH_OPTIONS = ['config', 'baseline', 'baseline-write', 'prefix', 'output', 'verify-with-nginx'] as const;

/**
 * The first argument that should name a file or folder and is empty (`--config ""`, an input `"$CONF"` with CONF
 * unset): as a path it would mean the current folder, which for a script run from `/` is the whole machine.
 * `option` is the option's name, or null for a PATH argument; undefined when every path is given.
 */
export function emptyPathArgument(args: ParsedArgs): { option: (typeof PATH_OPTIONS)[number] | null } | undefined {
  for (const option of PATH_OPTIONS) if (args.values[option] === '') return { option };
  // route URI PATH: the URI is not a path; explain RULE names a rule.
  const paths = args.command === 'route' ? args.positionals.slice(1) : args.command === 'explain' || args.command === 'help' ? [] : args.positionals;
  return paths.includes('') ? { option: null } : undefined;
}

export function parseCliArgs(argv: string[]): ParsedArgs {
  let command: ParsedArgs['command'] = 'lint';
  let rest = argv;
  if (argv[0] && COMMANDS.has(argv[0])) {
    command = argv[0] as ParsedArgs['command'];
    rest = argv.slice(1);
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
    // `sse-lint --port 0 route / a.conf` would lint the folders "route" and "/": a command must come first.
    const late = command === 'lint' ? positionals.find((p) => COMMANDS.has(p)) : undefined;
    if (late !== undefined && !argv.includes('--')) {
      throw new UsageError('cli.usage.commandFirst', { command: late });
    }
    return { command, values: values as ParsedArgs['values'], positionals };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw usageError(e as NodeJS.ErrnoException);
  }
}

/** parseArgs's error as a catalog key: the option it names (and the nearest known one), or its own words. */
function usageError(e: NodeJS.ErrnoException): UsageError {
  // node quotes the option: '--nope', '-x', '--fix', '-f, --format <value>'.
  const quoted = /'(-[^']*)'/.exec(e.message)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? /-\w/.exec(quoted)?.[0];
  if (option && e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const names = Object.entries(OPTIONS).flatMap(([name, o]) => [`--${name}`, ...('short' in o ? [`-${o.short}`] : [])]);
    const near = option.startsWith('--')
      ? names.filter((n) => n.startsWith('--')).map((n) => ({ n, d: editDistance(option, n) })).filter((x) => x.d <= 2).sort((a, b) => a.d - b.d)[0]?.n
      : undefined;
    return near ? new UsageError('cli.usage.unknownOptionNear', { option, near }) : new UsageError('cli.usage.unknownOption', { option });
  }
  if (option && e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(e.message)) return new UsageError('cli.usage.optionTakesNoValue', { option });
    if (/ambiguous/.test(e.message)) return new UsageError('cli.usage.optionDashValue', { option });
    return new UsageError('cli.usage.optionNeedsValue', { option });
  }
  // Anything else keeps node's own wording (its first sentence).
  return new UsageError('cli.usage.other', { message: e.message.replace(/\. .*$/s, '') });
}

/** The `--locale` named on a command line that may not parse (for the language of its usage error). */
export function localeArgument(argv: readonly string[]): string | undefined {
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k]!;
    if (a === '--') break;
    if (a === '--locale') return argv[k + 1];
    if (a.startsWith('--locale=')) return a.slice('--locale='.length);
  }
  return undefined;
}
