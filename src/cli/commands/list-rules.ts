// `sse-lint --list-rules`: every rule with its default severity, fix support and summary, then the engine's own ids.
import { localizedDocs } from '../../i18n/docs.js';
import { t, type Locale } from '../../i18n/index.js';
import { ruleCatalog, type CatalogEntry } from '../../pipeline/index.js';
import { EXIT_OK, type Io } from '../io.js';

export function listRulesCommand(io: Io, locale: Locale): number {
  const { rules, engine } = ruleCatalog();
  const width = Math.max(...[...rules, ...engine].map((e) => e.id.length));
  const line = (e: CatalogEntry): string => {
    const summary = localizedDocs(locale, e.id, { summary: e.summary, why: e.why, fix: e.fixText }).summary;
    return `${e.id.padEnd(width)}  ${t(locale, `cli.severity.${e.severity}`).padEnd(7)}  ${(e.fix === 'none' ? '' : e.fix).padEnd(6)}  ${summary}`;
  };
  io.stdout(`${[...rules.map(line), '', t(locale, 'cli.listRules.engine'), ...engine.map(line)].join('\n')}\n`);
  return EXIT_OK;
}
