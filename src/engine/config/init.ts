// `--init`: the starter config for the layout of a folder, written once and never over an existing file.
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import { VERSION } from '../../version.js';
import { t, type Locale } from '../../i18n/index.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { ConfigError } from './errors.js';
import { detectLayout, type Layout } from './presets.js';
import { CONFIG_FILES, type SseLintConfig } from './types.js';

/**
 * Where editors find the schema, written so the file works on every machine that checks it out: the project's
 * installed copy (`./node_modules/sse-lint/...`) when there is one, else the published schema of this version.
 */
function schemaRef(dir: string): string {
  const local = nodePath.join(dir, 'node_modules', 'sse-lint', 'schema', 'config.schema.json');
  if (nodeFs.existsSync(local)) return './node_modules/sse-lint/schema/config.schema.json';
  return `https://unpkg.com/sse-lint@${VERSION.replace(/-dev$/, '')}/schema/config.schema.json`;
}

/** The starter config --init writes for a layout, with its explanations under "$comment" keys. */
export function starterConfig(layout: Layout, locale: Locale = 'en', schemaUrl = 'https://unpkg.com/sse-lint/schema/config.schema.json'): SseLintConfig {
  const name = t(locale, `cli.config.layout.${layout}`);
  const comment = [t(locale, 'cli.init.header', { layout: name })];
  const preset = layout === 'plain' ? undefined : layout;
  if (preset) comment.push(t(locale, 'cli.init.preset', { preset, effect: t(locale, `cli.init.effect.${preset}`) }));
  comment.push(t(locale, 'cli.init.streams'), t(locale, 'cli.init.version'), t(locale, 'cli.init.ignore'), t(locale, 'cli.init.failOn'));
  return {
    $schema: schemaUrl,
    $comment: comment,
    ...(preset ? { preset } : {}),
    streams: [],
    rules: { $comment: t(locale, 'cli.init.rules') },
    ignore: [],
    failOn: 'warning',
  };
}

/**
 * Writes sse-lint.config.json for the layout detected in `dir` and returns its path. Refuses (ConfigError) when
 * `dir` already has a config file. The file appears complete or not at all, and never replaces a file created in
 * the meantime (writeFileAtomic with `exclusive`).
 */
export function initConfig(dir: string, options: { locale?: Locale } = {}): string {
  const abs = nodePath.resolve(dir);
  for (const name of CONFIG_FILES) {
    const p = nodePath.join(abs, name);
    if (nodeFs.existsSync(p)) throw new ConfigError(p, [{ pointer: '', key: 'cli.config.initExists', data: { file: p } }]);
  }
  const target = nodePath.join(abs, CONFIG_FILES[0]);
  const text = JSON.stringify(starterConfig(detectLayout(abs), options.locale, schemaRef(abs)), null, 2) + '\n';
  try {
    writeFileAtomic(target, text, { exclusive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new ConfigError(target, [{ pointer: '', key: 'cli.config.initExists', data: { file: target } }]);
    throw e;
  }
  return target;
}
