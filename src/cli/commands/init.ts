// `sse-lint --init [DIR]`: a commented starter config for the layout found in DIR.
import * as nodePath from 'node:path';
import { ConfigError, formatConfigError, initConfig } from '../../engine/config.js';
import type { Locale } from '../../i18n/index.js';
import { displayPath } from '../../reporters/common.js';
import type { ParsedArgs } from '../args.js';
import { EXIT_OK, EXIT_USAGE, usage, type Io } from '../io.js';

export function initCommand(args: ParsedArgs, io: Io, locale: Locale): number {
  if (args.positionals.length > 1) return usage(io, locale, 'cli.usage.initWithInputs');
  try {
    const written = initConfig(nodePath.resolve(io.cwd, args.positionals[0] ?? '.'), { locale });
    io.stdout(`${displayPath(written, io.cwd)}\n`);
    return EXIT_OK;
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    io.stderr(`sse-lint: ${formatConfigError(e, locale)}\n`);
    return EXIT_USAGE;
  }
}
