// `sse-lint explain ID`: a rule's (or an engine id's) documentation, in the chosen language.
import { t, type Locale } from '../../i18n/index.js';
import { explainText, PipelineError, ruleIds } from '../../pipeline/index.js';
import type { ParsedArgs } from '../args.js';
import { EXIT_OK, EXIT_USAGE, type Io } from '../io.js';

export function explainCommand(args: ParsedArgs, io: Io, locale: Locale): number {
  if (args.positionals.length !== 1) {
    io.stderr(`sse-lint explain: ${t(locale, 'cli.explain.nameOne', { ids: ruleIds().join(', ') })}\n`);
    return EXIT_USAGE;
  }
  try {
    io.stdout(explainText(args.positionals[0]!, locale));
    return EXIT_OK;
  } catch (e) {
    io.stderr(`sse-lint explain: ${PipelineError.from(e).render(locale)}\n`);
    return EXIT_USAGE;
  }
}
