// The Connection header nginx sends upstream for a request without `Upgrade` (an SSE request).
import type { Directive } from '../../parser/ast.js';
import type { DefaultBasis } from '../../types.js';
import type { ContextNode } from '../context.js';
import { compareVersions, defaultFor, PROXY_DEFAULTS_CHANGED } from '../directives.js';
import type { ListEntry } from '../effective.js';
import type { ConfigModel } from '../model.js';
import { mapsDefining, mapValueFor, type MapBlock } from './maps.js';
import { proxyHeaderEntries } from './request-headers.js';

/** The map idiom that sends `Connection: upgrade` only to WebSocket requests and nothing otherwise. */
export const UPGRADE_MAP_IDIOM = "map $http_upgrade $connection_upgrade { default upgrade; '' ''; }";

/** What one effective `proxy_set_header Connection ...` line (or its absence) sends upstream for a stream request. */
export type ConnectionSent =
  /** No Connection line is in effect: nginx's own default (`close` before 1.29.7, nothing since). */
  | { kind: 'default'; value: string; basis: DefaultBasis }
  /** A literal value. */
  | { kind: 'literal'; value: string; entry: ListEntry }
  /** A variable from a `map $http_upgrade` block, evaluated for a request without `Upgrade`. */
  | { kind: 'map'; variable: string; value: string; map: MapBlock; line: Directive | null; entry: ListEntry }
  /** `$http_connection`: whatever the client sent. */
  | { kind: 'client'; variable: string; entry: ListEntry }
  /** Any other variable: unknown here. */
  | { kind: 'unknown'; entry: ListEntry };

/** Whether the target nginx still sends `Connection: close` by default (before 1.29.7, or version unknown). */
export function sendsCloseByDefault(model: ConfigModel): boolean {
  return model.version === null || compareVersions(model.version, PROXY_DEFAULTS_CHANGED) < 0;
}

/** What the Connection header to the upstream is for a request without `Upgrade` (an SSE request). */
export function connectionSent(model: ConfigModel, ctx: ContextNode): ConnectionSent[] {
  const { entries } = proxyHeaderEntries(model, ctx, 'connection');
  if (entries.length === 0) {
    const basis: DefaultBasis = defaultFor('proxy_set_header', model.version ?? undefined)?.basis ?? { kind: 'nginx' };
    return [{ kind: 'default', value: sendsCloseByDefault(model) ? 'close' : '', basis }];
  }
  return entries.map((entry): ConnectionSent => {
    const raw = entry.directive.arg(1) ?? '';
    const whole = /^\$(\w+)$/.exec(raw) ?? /^\$\{(\w+)\}$/.exec(raw);
    if (!raw.includes('$')) return { kind: 'literal', value: raw, entry };
    if (!whole) return { kind: 'unknown', entry };
    const variable = `$${whole[1]!}`;
    if (variable.toLowerCase() === '$http_connection') return { kind: 'client', variable, entry };
    const map = mapsDefining(model, variable)[0];
    // Only a map keyed on $http_upgrade can be evaluated for a stream request: its input is then empty.
    if (!map || map.source.toLowerCase() !== '$http_upgrade') return { kind: 'unknown', entry };
    const r = mapValueFor(map, '');
    if (!r || r.value.includes('$')) return { kind: 'unknown', entry };
    return { kind: 'map', variable, value: r.value, map, line: r.directive, entry };
  });
}

/** True when a Connection value lists the token (`keep-alive, Upgrade` has `upgrade`). */
export function hasToken(value: string, token: string): boolean {
  return value.split(',').some((t) => t.trim().toLowerCase() === token);
}
