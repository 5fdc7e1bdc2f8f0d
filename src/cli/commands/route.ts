// `sse-lint route [--host H] [--port P] URI PATH`: which server and location serve a request, and what is in effect there.
import type { Locale } from '../../i18n/index.js';
import { PipelineError, routeQuery } from '../../pipeline/index.js';
import type { ParsedArgs } from '../args.js';
import { EXIT_OK, failText, usage, type Io } from '../io.js';
import { pipelineOptions } from './options.js';

export function routeCommand(args: ParsedArgs, io: Io, locale: Locale): number {
  const v = args.values;
  if (args.positionals.length !== 2) return usage(io, locale, 'cli.usage.routeArgs');
  const [uri, path] = args.positionals as [string, string];
  const port = v.port === undefined ? undefined : Number(v.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) return usage(io, locale, 'cli.usage.badPort', { value: v.port ?? '' });
  try {
    const language = v.locale !== undefined ? { locale } : { defaultLocale: locale };
    io.stdout(routeQuery(path, { host: v.host ?? '', ...(port !== undefined ? { port } : {}), uri, ...language }, pipelineOptions(args, io, [path])));
    return EXIT_OK;
  } catch (e) {
    return failText(io, PipelineError.from(e).render(locale));
  }
}
