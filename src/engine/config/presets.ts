// Presets: the path maps a known server layout needs (1Panel/OpenResty, Debian), and detecting the layout of a folder.
import * as nodeFs from 'node:fs';
import * as nodePath from 'node:path';
import type { PathMap } from '../../model/includes.js';
import type { ConfigNote, Preset } from './types.js';

/**
 * What a preset does, given the first input:
 * - 1panel: 1Panel runs OpenResty in a container whose configs include /www/sites/... and
 *   /usr/local/openresty/nginx/conf/...; on the host those live in the app directory (…/apps/openresty/<name>/www,
 *   …/conf, …/1pwaf). When the input lies inside such an app directory, those container paths are read from it
 *   (only the ones that exist there).
 * - debian: when the input is a copy of a Debian/Ubuntu /etc/nginx tree (a directory holding nginx.conf and
 *   sites-enabled or sites-available) somewhere else, includes of /etc/nginx/... are read from the copy.
 * - npm, apisix: reserved names, no effect yet.
 */
export function presetMaps(preset: Preset, input: string, exists: (p: string) => boolean): { maps: PathMap[]; note?: ConfigNote } {
  if (preset === 'npm' || preset === 'apisix') return { maps: [], note: { key: 'cli.config.presetReserved', data: { preset } } };
  const notApplied = { key: 'cli.config.presetNotApplied' as const, data: { preset, path: input } };
  if (preset === '1panel') {
    const m = /^(.*\/apps\/openresty\/[^/]+)(?:\/|$)/.exec(input);
    if (!m) return { maps: [], note: notApplied };
    const base = m[1]!;
    const maps = [
      { from: '/www', to: `${base}/www` },
      { from: '/usr/local/openresty/nginx/conf', to: `${base}/conf` },
      { from: '/usr/local/openresty/1pwaf', to: `${base}/1pwaf` },
    ].filter((p) => exists(p.to));
    return maps.length ? { maps } : { maps, note: notApplied };
  }
  // debian
  for (let dir = input; ; dir = nodePath.dirname(dir)) {
    if (exists(nodePath.join(dir, 'nginx.conf')) && (exists(nodePath.join(dir, 'sites-enabled')) || exists(nodePath.join(dir, 'sites-available')))) {
      return dir === '/etc/nginx' ? { maps: [] } : { maps: [{ from: '/etc/nginx', to: dir }] };
    }
    if (nodePath.dirname(dir) === dir) return { maps: [], note: notApplied };
  }
}

export type Layout = '1panel' | 'debian' | 'plain';

/**
 * The kind of nginx tree in a directory: 1Panel/OpenResty (a path segment naming openresty, or a www/sites
 * folder here or above), Debian/Ubuntu (sites-enabled or sites-available here or in the parent), or plain.
 */
export function detectLayout(dir: string, exists: (p: string) => boolean = (p) => nodeFs.existsSync(p)): Layout {
  const abs = nodePath.resolve(dir);
  if (abs.split(nodePath.sep).some((s) => /openresty/i.test(s)) || /\/www\/sites(?:\/|$)/.test(abs)) return '1panel';
  if (exists(nodePath.join(abs, 'www', 'sites')) || exists(nodePath.join(abs, 'openresty'))) return '1panel';
  for (const d of [abs, nodePath.dirname(abs)]) {
    if (exists(nodePath.join(d, 'sites-enabled')) || exists(nodePath.join(d, 'sites-available'))) return 'debian';
  }
  return 'plain';
}
