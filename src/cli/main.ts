// The command-line program: arguments in, one command run, an exit code back. Never throws for user input.
import { LocaleError, resolveLocale, t, type Locale } from '../i18n/index.js';
import { VERSION } from '../version.js';
import { emptyPathArgument, localeArgument, parseCliArgs, UsageError, type ParsedArgs } from './args.js';
import { explainCommand } from './commands/explain.js';
import { listRulesCommand } from './commands/list-rules.js';
import { initCommand } from './commands/init.js';
import { interactiveCommand } from './commands/interactive.js';
import { lintCommand } from './commands/lint.js';
import { parseCommand } from './commands/parse.js';
import { routeCommand } from './commands/route.js';
import { EXIT_OK, EXIT_USAGE, usage, type Io } from './io.js';

export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type Io } from './io.js';
export { exitCodeFor as lintExitCode } from '../pipeline/index.js';

export async function main(argv: string[], io: Io): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      let locale: Locale = 'en';
      try {
        locale = resolveLocale(localeArgument(argv), io.env ?? process.env);
      } catch {
        // An unknown --locale on a line that does not parse: the usage error is reported in English.
      }
      return usage(io, locale, e.key, e.data, true);
    }
    throw e;
  }
  const v = args.values;
  if (v.color || v['no-color']) io = { ...io, color: !!v.color && !v['no-color'] };
  let locale: Locale;
  try {
    locale = resolveLocale(v.locale, io.env ?? process.env);
  } catch (e) {
    if (!(e instanceof LocaleError)) throw e;
    io.stderr(`sse-lint: ${t('en', 'cli.usage.badLocale', { value: v.locale ?? '' })}\n`);
    return EXIT_USAGE;
  }
  if (v.help || args.command === 'help') {
    io.stdout(t(locale, 'cli.help'));
    return EXIT_OK;
  }
  if (v.version) {
    io.stdout(`sse-lint ${VERSION}\n`);
    return EXIT_OK;
  }
  const empty = emptyPathArgument(args);
  if (empty) {
    if (empty.option === 'output') return usage(io, locale, 'cli.usage.noOutputFile');
    if (empty.option === 'verify-with-nginx') return usage(io, locale, 'cli.usage.verifyNeedsBinary');
    return empty.option ? usage(io, locale, 'cli.usage.emptyOption', { option: `--${empty.option}` }) : usage(io, locale, 'cli.usage.emptyPath');
  }
  if (args.command === 'explain') return explainCommand(args, io, locale);
  if (v['list-rules']) return listRulesCommand(io, locale);
  if (v.init) return initCommand(args, io, locale);
  if (args.command === 'parse') return parseCommand(args, io, locale);
  if (args.command === 'route') return routeCommand(args, io, locale);
  if (v.interactive) return interactiveCommand(args, io, locale);
  return lintCommand(args, io, locale);
}
