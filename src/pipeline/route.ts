// `sse-lint route URI PATH`: the server and location nginx picks, whether it streams, and the settings in effect with their origins.
import type { Locale } from '../i18n/index.js';
import { buildModel, type ConfigModel } from '../model/model.js';
import { serverListens } from '../model/routing.js';
import { routeReport } from '../reporters/route.js';
import { PipelineError } from './errors.js';
import { loadRunInputs } from './run.js';
import { resolveSettings, type PipelineOptions } from './settings.js';

/**
 * `sse-lint route`: loads one config (settings resolved as for a lint run, the config file applied) and answers
 * for a request. The queried URI is not marked as a stream: the answer says whether the config makes it one.
 * Without a port, the first port a server listens on (else 80).
 */
export function routeQuery(
  path: string,
  /** `locale` chosen by the caller wins over the config file's; `defaultLocale` (the environment's) comes after it. */
  q: { host?: string; port?: number; uri: string; locale?: Locale; defaultLocale?: Locale },
  options: PipelineOptions = {},
): string {
  const settings = resolveSettings([path], options);
  const loaded = loadRunInputs([path], settings);
  if (loaded.trees.length !== 1) throw new PipelineError({ key: 'cli.usage.routeOneInput' });
  const model = buildModel(loaded.trees[0]!, settings.lint.model ?? {});
  const port = q.port ?? firstListenPort(model) ?? 80;
  return routeReport(model, { host: q.host ?? '', port, uri: q.uri }, settings.cwd, q.locale ?? settings.locale ?? q.defaultLocale ?? 'en');
}

function firstListenPort(model: ConfigModel): number | null {
  for (const c of model.contexts.all) {
    if (c.kind !== 'server') continue;
    for (const l of serverListens(c)) if (l.kind === 'inet') return l.port;
  }
  return null;
}
