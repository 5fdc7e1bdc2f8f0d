// Small helpers rules share: module-specific directive names, values, durations and stream explanations.
import type { ContextNode } from '../model/context.js';
import type { ConfigModel } from '../model/model.js';
import { MODULE_PREFIX, type HandlerModule } from '../model/upstreams.js';

/** The module-specific name of a proxy-family directive (`buffering` -> `fastcgi_buffering` for FastCGI). */
export function moduleDirective(module: HandlerModule, suffix: string): string | null {
  const p = MODULE_PREFIX[module];
  return p ? `${p}_${suffix}` : null;
}

/** Why a location is a stream, in one clause: "path /v1/chat/completions is a streaming API endpoint". */
export function streamWhy(model: ConfigModel, ctx: ContextNode): string {
  const reasons = model.streamReasons(ctx);
  return reasons.map((r) => r.text).join('; ') || 'not a stream';
}

/** nginx time values (`60`, `60s`, `1m30s`, `500ms`, `1h`) in seconds; null when malformed. */
export function parseDuration(v: string): number | null {
  if (/^\d+$/.test(v)) return Number(v);
  const re = /(\d+)(ms|w|d|h|m|s)/gy;
  let total = 0;
  let m: RegExpExecArray | null;
  let pos = 0;
  while ((m = re.exec(v))) {
    const n = Number(m[1]);
    total += m[2] === 'ms' ? n / 1000 : m[2] === 's' ? n : m[2] === 'm' ? n * 60 : m[2] === 'h' ? n * 3600 : m[2] === 'd' ? n * 86400 : n * 604800;
    pos = re.lastIndex;
  }
  return pos === v.length && pos > 0 ? total : null;
}

/** Where an effective value comes from, for messages: "set at sites/app.conf:3 in server" / "nginx default ...; not set in ...". */
export { describeOrigin, levelName } from '../model/effective.js';
