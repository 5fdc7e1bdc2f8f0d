// nginx units: time values, sizes and numbers exactly as nginx parses them (ngx_parse_time, ngx_parse_size,
// ngx_parse_offset, ngx_atoi in src/core/ngx_parse.c and ngx_string.c), with nginx's overflow limits.

/** NGX_MAX_INT_T_VALUE (and NGX_MAX_SIZE_T_VALUE / NGX_MAX_OFF_T_VALUE) on a 64-bit build. */
const MAX = 9223372036854775807n;

type Step = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
const ST_START = 0, ST_YEAR = 1, ST_MONTH = 2, ST_WEEK = 3, ST_DAY = 4, ST_HOUR = 5, ST_MIN = 6, ST_SEC = 7, ST_MSEC = 8, ST_LAST = 9;

/**
 * A time value as ngx_parse_time reads it: digits followed by units in decreasing order (`y` `M` `w` `d` `h` `m`
 * `s` `ms`; a space ends the seconds), at least one digit. `sec` is nginx's `is_sec`: seconds slots (`*_cache_valid`,
 * `expires`) take `y` and `M` but not `ms`; milliseconds slots (`*_read_timeout`, `keepalive_timeout`) the
 * reverse. Returns the value in the slot's unit (seconds or milliseconds), or null when nginx rejects it.
 */
export function nginxTime(text: string, sec: boolean): bigint | null {
  // A large config writes the same few timeouts thousands of times: each text is parsed once per slot kind.
  const memo = sec ? secTimes : msTimes;
  let v = memo.get(text);
  if (v === undefined) {
    if (memo.size >= TIME_MEMO) memo.clear();
    memo.set(text, (v = parseTime(text, sec)));
  }
  return v;
}

/** Time texts parsed so far, for seconds and milliseconds slots (at most TIME_MEMO each). */
const secTimes = new Map<string, bigint | null>();
const msTimes = new Map<string, bigint | null>();
const TIME_MEMO = 4096;

function parseTime(text: string, sec: boolean): bigint | null {
  let valid = false;
  let value = 0n;
  let total = 0n;
  let step: Step = sec ? ST_START : ST_MONTH;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c >= '0' && c <= '9') {
      value = value * 10n + BigInt(c.charCodeAt(0) - 48);
      if (value > MAX) return null;
      valid = true;
      i++;
      continue;
    }
    i++;
    let scale: bigint;
    let max: bigint;
    const unit = (s: Step, seconds: bigint): boolean => {
      if (step >= s) return false;
      step = s;
      max = MAX / seconds;
      scale = seconds;
      return true;
    };
    switch (c) {
      case 'y': if (step > ST_START || !unit(ST_YEAR, 31536000n)) return null; break;
      case 'M': if (!unit(ST_MONTH, 2592000n)) return null; break;
      case 'w': if (!unit(ST_WEEK, 604800n)) return null; break;
      case 'd': if (!unit(ST_DAY, 86400n)) return null; break;
      case 'h': if (!unit(ST_HOUR, 3600n)) return null; break;
      case 'm':
        if (text[i] === 's') {
          if (sec || step >= ST_MSEC) return null;
          i++;
          step = ST_MSEC;
          max = MAX;
          scale = 1n;
          break;
        }
        if (!unit(ST_MIN, 60n)) return null;
        break;
      case 's': if (!unit(ST_SEC, 1n)) return null; break;
      case ' ':
        if (step >= ST_SEC) return null;
        step = ST_LAST;
        max = MAX;
        scale = 1n;
        break;
      default:
        return null;
    }
    if (step !== ST_MSEC && !sec) {
      scale! *= 1000n;
      max! /= 1000n;
    }
    if (value > max!) return null;
    value *= scale!;
    if (total > MAX - value) return null;
    total += value;
    value = 0n;
    while (text[i] === ' ') i++;
  }
  if (!valid) return null;
  if (!sec) {
    if (value > MAX / 1000n) return null;
    value *= 1000n;
  }
  if (total > MAX - value) return null;
  return total + value;
}

/** Digits only, no sign, not empty, within nginx's limit (ngx_atoi, ngx_atosz, ngx_atoof). */
function digits(text: string): bigint | null {
  if (!/^\d+$/.test(text)) return null;
  const n = BigInt(text);
  return n > MAX ? null : n;
}

/** A size as ngx_parse_size reads it: digits with an optional `k`/`K` or `m`/`M`; bytes, or null. */
export function nginxSize(text: string): bigint | null {
  return scaled(text, { k: 1024n, m: 1048576n });
}

/** An offset as ngx_parse_offset reads it: a size that may also end in `g`/`G`; bytes, or null. */
export function nginxOffset(text: string): bigint | null {
  return scaled(text, { k: 1024n, m: 1048576n, g: 1073741824n });
}

function scaled(text: string, units: Record<string, bigint>): bigint | null {
  if (text === '') return null;
  const unit = units[text[text.length - 1]!.toLowerCase()];
  const n = digits(unit ? text.slice(0, -1) : text);
  if (n === null) return null;
  if (unit && n > MAX / unit) return null;
  return unit ? n * unit : n;
}

/** A non-negative integer as ngx_atoi reads it, or null. */
export function nginxNumber(text: string): bigint | null {
  return digits(text);
}

/** nginx time values of milliseconds slots (`60`, `60s`, `1m30s`, `500ms`, `1h`) in seconds; null when nginx rejects them. */
export function parseDuration(v: string): number | null {
  const ms = nginxTime(v, false);
  return ms === null ? null : Number(ms) / 1000;
}

/** nginx sizes and offsets (`100`, `8k`, `1m`, `1g`) in bytes; null for variables and malformed values. */
export function parseSize(v: string): number | null {
  const n = nginxOffset(v);
  return n === null ? null : Number(n);
}
