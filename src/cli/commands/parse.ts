// `sse-lint parse FILE`: crossplane-compatible JSON.
import type { Locale } from '../../i18n/index.js';
import { parsePayload, PipelineError } from '../../pipeline/index.js';
import type { ParsedArgs } from '../args.js';
import { EXIT_FINDINGS, EXIT_OK, failText, usage, type Io } from '../io.js';
import { pipelineOptions } from './options.js';

export function parseCommand(args: ParsedArgs, io: Io, locale: Locale): number {
  const v = args.values;
  if (args.positionals.length !== 1) return usage(io, locale, 'cli.usage.parseOne');
  const target = args.positionals[0]!;
  try {
    const payload = parsePayload(target, {
      comments: !!v['include-comments'], combine: !!v.combine, positions: !!v.positions, singleFile: !!v['single-file'],
    }, pipelineOptions(args, io, [target]));
    io.stdout(JSON.stringify(payload, null, 2) + '\n');
    return payload.status === 'ok' ? EXIT_OK : EXIT_FINDINGS;
  } catch (e) {
    return failText(io, PipelineError.from(e).render(locale));
  }
}
