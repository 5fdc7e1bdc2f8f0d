// What a run's layout adds to its findings: the preset of a dump (from its paths), advice for generated files, and
// readiness per site (1Panel site aliases, NPM hosts, Debian sites).
import * as nodePath from 'node:path';
import { presetOfPaths, siteOf, type PresetPlan } from '../engine/config.js';
import type { PresetInfo, SiteReadiness } from '../lint.js';
import type { ConfigTree } from '../model/includes.js';
import type { ConfigModel } from '../model/model.js';
import { englishFindingsTemplate, renderKey } from '../i18n/render.js';
import { withoutFix } from '../engine/lazy-text.js';
import type { Finding, MessageData } from '../types.js';

const ADVICE = 'msg.related.apisixGenerated';

/** The plan for one tree: the run's, or for a dump read with `auto`, the layout its file paths show. */
export function planForTree(plan: PresetPlan, tree: ConfigTree): PresetPlan {
  if (plan.preset !== 'plain' || !plan.detected || tree.source === 'files') return plan;
  return presetOfPaths([...tree.files.keys()]) ?? plan;
}

/** How reports name the preset (nothing for plain nginx). */
export function presetInfo(plan: PresetPlan): PresetInfo | undefined {
  return plan.preset === 'plain' ? undefined : { name: plan.preset, label: plan.label, detected: plan.detected };
}

/**
 * Findings in a file the product generates (APISIX's conf/nginx.conf) lose their text fix, which the next start
 * would overwrite, and say where the setting really lives.
 */
export function adviseGenerated(findings: Finding[], plan: PresetPlan): Finding[] {
  if (!plan.generated.length) return findings;
  const generated = new Set(plan.generated);
  return findings.map((f) => {
    if (!generated.has(f.span.file)) return f;
    // Without its fix, a finding whose fix stood for the recipe says the recipe again.
    const rest = withoutFix(f);
    const data: MessageData = { file: { kind: 'code', text: nodePath.basename(f.span.file) } };
    const advice = renderKey({ locale: 'en', lookup: englishFindingsTemplate }, ADVICE, data);
    return { ...rest, related: [...f.related, { span: f.span, message: advice, messageId: ADVICE, data }] };
  });
}

/** Readiness per site: the files of each site, its locations checked as streams, and its findings by severity. */
export function siteReadiness(plan: PresetPlan, trees: readonly ConfigTree[], models: readonly ConfigModel[], findings: readonly Finding[]): SiteReadiness[] | undefined {
  if (plan.preset === 'plain') return undefined;
  const sites = new Map<string, SiteReadiness>();
  const get = (site: string): SiteReadiness => {
    let s = sites.get(site);
    if (!s) sites.set(site, (s = { site, files: [], streams: 0, error: 0, warning: 0, info: 0 }));
    return s;
  };
  for (const t of trees) {
    for (const file of t.files.keys()) {
      const site = siteOf(plan.preset, file);
      if (site && !get(site).files.includes(file)) get(site).files.push(file);
    }
  }
  for (const m of models) {
    for (const loc of m.locations) {
      const site = loc.directive ? siteOf(plan.preset, loc.directive.file.path) ?? siteOf(plan.preset, loc.via[0]?.file.path ?? '') : null;
      if (site && m.isStream(loc)) get(site).streams++;
    }
  }
  for (const f of findings) {
    const site = siteOf(plan.preset, f.span.file);
    if (site) get(site)[f.severity]++;
  }
  if (sites.size === 0) return undefined;
  return [...sites.values()].sort((a, b) => (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
}
