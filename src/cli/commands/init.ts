// `sse-lint --init [DIR]`: a commented starter config for the layout found in DIR.
import { t, type Locale } from '../../i18n/index.js';
import { PipelineError, writeStarterConfig } from '../../pipeline/index.js';
import { displayPath } from '../../reporters/common.js';
import type { ParsedArgs } from '../args.js';
import { EXIT_OK, failText, usage, type Io } from '../io.js';

export function initCommand(args: ParsedArgs, io: Io, locale: Locale): number {
  if (args.positionals.length > 1) return usage(io, locale, 'cli.usage.initWithInputs');
  try {
    const written = writeStarterConfig(args.positionals[0] ?? '.', { cwd: io.cwd, locale });
    io.stdout(`${t(locale, 'cli.config.initWritten', { file: displayPath(written.path, io.cwd), layout: t(locale, `cli.config.layout.${written.layout}`) })}\n`);
    return EXIT_OK;
  } catch (e) {
    return failText(io, PipelineError.from(e).render(locale));
  }
}
