import { type PresetPlan } from '../engine/config.js';
import type { PresetInfo, SiteReadiness } from '../lint.js';
import type { ConfigTree } from '../model/includes.js';
import type { ConfigModel } from '../model/model.js';
import type { Finding } from '../types.js';
/** The plan for one tree: the run's, or for a dump read with `auto`, the layout its file paths show. */
export declare function planForTree(plan: PresetPlan, tree: ConfigTree): PresetPlan;
/** How reports name the preset (nothing for plain nginx). */
export declare function presetInfo(plan: PresetPlan): PresetInfo | undefined;
/**
 * Findings in a file the product generates (APISIX's conf/nginx.conf) lose their text fix, which the next start
 * would overwrite, and say where the setting really lives.
 */
export declare function adviseGenerated(findings: Finding[], plan: PresetPlan): Finding[];
/** Readiness per site: the files of each site, its locations checked as streams, and its findings by severity. */
export declare function siteReadiness(plan: PresetPlan, trees: readonly ConfigTree[], models: readonly ConfigModel[], findings: readonly Finding[]): SiteReadiness[] | undefined;
