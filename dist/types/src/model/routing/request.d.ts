import type { BadRequest } from './types.js';
/** The outcome of {@link normalizeUri}: the path as nginx matches it, or why nginx answers 400. */
export type NormalizedUri = {
    ok: true;
    uri: string;
    subject: string;
    args: string | null;
} | {
    ok: false;
    reason: BadRequest;
};
/**
 * Normalises a request target as nginx's ngx_http_parse_complex_uri does (checked against nginx 1.22 by probes):
 * the query string and fragment are cut off; `%XX` escapes are decoded once, and a decoded `/` or `.` then counts
 * like a literal one while decoded `%`, `?` and `#` stay plain characters; with merge_slashes runs of `/` become one
 * before `.` and `..` segments are resolved (`/a//../b` is `/b`, but `/a/b` with merge_slashes off); `..` above the
 * root, a bad escape and `%00` are 400.
 */
export declare function normalizeUri(target: string, options?: {
    mergeSlashes?: boolean;
}): NormalizedUri;
/**
 * Normalises a Host header as nginx's ngx_http_validate_host does: the port and one trailing dot are removed and
 * ASCII letters lower-cased. Returns '' for no Host and null for one nginx rejects with 400 (`..`, `/`, control
 * characters, spaces, nothing left).
 */
export declare function normalizeHost(host: string): string | null;
