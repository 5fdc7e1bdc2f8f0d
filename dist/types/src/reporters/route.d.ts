import { type Locale } from '../i18n/index.js';
import type { ConfigModel } from '../model/model.js';
import { type BadRequest, type PcreProblem, type RegexFailure, type RouteResult, type Unevaluated } from '../model/routing.js';
/** A request to route: the Host header (empty for none), the port it arrived on, the URI as sent. */
export interface RouteQuery {
    host: string;
    port: number;
    uri: string;
}
/** Why a PCRE pattern is not evaluated here, e.g. `a recursion or subroutine call is not evaluated here`. */
export declare function pcreProblemText(p: PcreProblem, locale: Locale): string;
/** nginx's error-log line for a match PCRE2 gave up on, and why: `pcre2_match() failed: -47 on "/a" using "^/(a+)+$" (match limit exceeded)`. */
export declare function regexFailureText(f: RegexFailure, locale: Locale): string;
/** `location ~ ^/x: <why>`, or `... : not evaluated`. */
export declare function unevaluatedText(u: Unevaluated, locale: Locale): string;
/** Why nginx answers 400, e.g. `"/a/../.." goes above the root with ".."`. */
export declare function badRequestText(b: BadRequest, locale: Locale): string;
/**
 * A one-line account of a route, e.g.
 * `server example.com (nginx.conf:12, exact server_name) -> location ^~ /api/ (nginx.conf:20, ^~ prefix)`.
 * Paths are shown relative to the entry file's directory.
 */
export declare function describeRoute(result: RouteResult, locale?: Locale): string;
/** A text report of one routed request, in `locale`. */
export declare function routeReport(model: ConfigModel, q: RouteQuery, cwd: string, locale?: Locale): string;
