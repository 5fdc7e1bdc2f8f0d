/**
 * A time value as ngx_parse_time reads it: digits followed by units in decreasing order (`y` `M` `w` `d` `h` `m`
 * `s` `ms`; a space ends the seconds), at least one digit. `sec` is nginx's `is_sec`: seconds slots (`*_cache_valid`,
 * `expires`) take `y` and `M` but not `ms`; milliseconds slots (`*_read_timeout`, `keepalive_timeout`) the
 * reverse. Returns the value in the slot's unit (seconds or milliseconds), or null when nginx rejects it.
 */
export declare function nginxTime(text: string, sec: boolean): bigint | null;
/** A size as ngx_parse_size reads it: digits with an optional `k`/`K` or `m`/`M`; bytes, or null. */
export declare function nginxSize(text: string): bigint | null;
/** An offset as ngx_parse_offset reads it: a size that may also end in `g`/`G`; bytes, or null. */
export declare function nginxOffset(text: string): bigint | null;
/** A non-negative integer as ngx_atoi reads it, or null. */
export declare function nginxNumber(text: string): bigint | null;
/** nginx time values of milliseconds slots (`60`, `60s`, `1m30s`, `500ms`, `1h`) in seconds; null when nginx rejects them. */
export declare function parseDuration(v: string): number | null;
/** nginx sizes and offsets (`100`, `8k`, `1m`, `1g`) in bytes; null for variables and malformed values. */
export declare function parseSize(v: string): number | null;
