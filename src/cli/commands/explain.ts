// `sse-lint explain ID`: a rule's (or an engine id's) documentation, in the chosen language.
import type { Locale } from '../../i18n/index.js';
import type { ParsedArgs } from '../args.js';
import { explainCommand as explainIds } from '../explain.js';
import type { Io } from '../io.js';

export function explainCommand(args: ParsedArgs, io: Io, locale: Locale): number {
  return explainIds(args.positionals, locale, io);
}
