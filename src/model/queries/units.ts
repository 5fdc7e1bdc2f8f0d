// nginx units: time values and sizes as nginx parses them (ngx_parse_time, ngx_parse_size).

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

/** nginx sizes (`100`, `8k`, `1m`, `1g`) in bytes; null for variables and malformed values. */
export function parseSize(v: string): number | null {
  const m = /^(\d+)([kKmMgG]?)$/.exec(v);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  return unit === 'k' ? n * 1024 : unit === 'm' ? n * 1024 * 1024 : unit === 'g' ? n * 1024 * 1024 * 1024 : n;
}
