// `sse-lint --list-rules`: every rule with its default severity, fix support and summary, then the engine's own ids.
import { localizedDocs } from '../../i18n/docs.js';
import { t, type Locale } from '../../i18n/index.js';
import { ruleCatalog, type CatalogEntry } from '../../pipeline/index.js';
import { displayWidth } from '../../util/display-width.js';
import { EXIT_OK, type Io } from '../io.js';

export function listRulesCommand(io: Io, locale: Locale): number {
  const { rules, engine } = ruleCatalog();
  const all = [...rules, ...engine];
  const severity = (e: CatalogEntry): string => t(locale, `cli.severity.${e.severity}`);
  const fix = (e: CatalogEntry): string => (e.fix === 'none' ? '' : t(locale, `cli.explain.fixKind.${e.fix}`));
  // Columns padded by display width: Chinese severities and fix kinds take two columns a character.
  const pad = (s: string, width: number): string => s + ' '.repeat(width - displayWidth(s));
  const widths = [Math.max(...all.map((e) => e.id.length)), Math.max(...all.map((e) => displayWidth(severity(e)))), Math.max(...all.map((e) => displayWidth(fix(e))))];
  const line = (e: CatalogEntry): string => {
    const summary = localizedDocs(locale, e.id, { summary: e.summary, why: e.why, fix: e.fixText }).summary;
    return `${pad(e.id, widths[0]!)}  ${pad(severity(e), widths[1]!)}  ${pad(fix(e), widths[2]!)}  ${summary}`;
  };
  io.stdout(`${[...rules.map(line), '', t(locale, 'cli.listRules.engine'), ...engine.map(line)].join('\n')}\n`);
  return EXIT_OK;
}
