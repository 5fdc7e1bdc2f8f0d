// The config file's vocabulary, as schema/config.schema.json describes it.
import type { CliKey, Locale } from '../../i18n/index.js';
import type { Severity } from '../../types.js';

/** Config file names, in the order they are looked for in each directory. */
export const CONFIG_FILES = ['sse-lint.config.json', '.sse-lintrc.json'] as const;
/** The key of package.json that holds a config. */
export const PACKAGE_KEY = 'sse-lint';

export type RuleLevel = Severity | 'off';
export type FailOn = RuleLevel;
export type Preset = '1panel' | 'openresty' | 'npm' | 'apisix' | 'debian' | 'plain';
export type ReportFormat = 'text' | 'json' | 'sarif' | 'checkstyle' | 'github';
/** Free text for people (JSON has no comments). */
export type ConfigComment = string | string[];

/** A rule's entry: a level, or [level, options]. */
export type RuleEntry = RuleLevel | [RuleLevel, Record<string, unknown>];

/** The config file's content, as schema/config.schema.json describes it. */
export interface SseLintConfig {
  $schema?: string;
  $comment?: ConfigComment;
  preset?: Preset | 'auto';
  nginxVersion?: string;
  streams?: string[];
  /** Location paths that are not event streams, whatever they look like. */
  notStreams?: string[];
  rules?: Record<string, RuleEntry | ConfigComment>;
  /** Absolute path as written in the config -> where to read it (relative to the config file). */
  pathMap?: Record<string, string>;
  ignore?: string[];
  failOn?: FailOn;
  format?: ReportFormat;
  locale?: Locale;
}

/** Something worth a line on stderr (a reserved preset, a preset that found nothing to map), as a message key. */
export interface ConfigNote {
  key: CliKey;
  data: Record<string, string>;
}
