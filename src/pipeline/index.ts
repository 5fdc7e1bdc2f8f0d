// The one way in: every face (the CLI, the public API, the TUI) lints, fixes, routes and parses through here.
export { ioReason, PipelineError, runErrorReason, writeError } from './errors.js';
export { resolveSettings, exitCodeFor, type FailOn, type Note, type PipelineOptions, type RunSettings } from './settings.js';
export { lintSync, lintLoaded, loadRunInputs, type LintRun, type LoadedInputs } from './run.js';
export { startFixSession, createFixSession, type AppliedFix, type FileChange, type FixSession, type FixStep, type WriteOutcome, type WriteRequest } from './fix.js';
export { routeQuery } from './route.js';
export { MAX_FINDINGS } from '../engine/engine.js';
export { interruptedWrites, recoverWrites, type Recovery } from './recover.js';
export { parsePayload, type ParseRequest } from './parse.js';
export { summarize, type Summary } from '../reporters/summary.js';
export type { ConfigInfo } from '../lint.js';
export { writeRunBaseline, writeStarterConfig } from './files.js';
export { describeRun, fixPreview, routeInRun, sourceText, type ChainLevel, type FindingPlace, type RunLayout, type ServerInfo } from './review.js';
export { explainableIds, explainEngineId, explainRule, explainText, isEngineId, ruleDocs, ruleIds, suggestIds } from './explain.js';
export type { PresetInfo, SiteReadiness } from '../lint.js';
export type { Preset } from '../engine/config.js';
export type { SnippetContext } from '../model/context.js';
export { ruleCatalog, type CatalogEntry } from './catalog.js';
