// The user's config file (index): finding and validating it, turning it into lint options, --init. The parts live in config/.
export {
  CONFIG_FILES, PACKAGE_KEY,
  type ConfigComment, type ConfigNote, type FailOn, type Preset, type ReportFormat, type RuleEntry, type RuleLevel, type SseLintConfig,
} from './config/types.js';
export { ConfigError, formatConfigError, type ConfigIssue } from './config/errors.js';
export { findConfig, loadConfigFile, parseConfigText, resolveConfig } from './config/load.js';
export { nearest, validateConfig } from './config/schema-errors.js';
export { applyEngineSettings, toLintOptions, type ConfigContext, type ConfigLintOptions } from './config/options.js';
export { detectLayout, planPreset, presetOfPaths, siteOf, PRESETS, type Layout, type PresetPlan } from './config/presets.js';
export { ignoreMatcher } from './config/ignore.js';
export { initConfig, starterConfig } from './config/init.js';
