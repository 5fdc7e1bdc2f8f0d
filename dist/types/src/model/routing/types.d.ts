import type { Directive } from '../../parser/ast.js';
import type { ContextNode } from '../context.js';
/** A request as it reaches nginx. */
export interface RouteRequest {
    /** The Host header as sent (any case, optional `:port`, optional trailing dot); '' for none (HTTP/1.0). */
    host: string;
    /** The port the connection arrived on. */
    port: number;
    /** The request target as sent: `/path?args`, percent-escapes included. An absolute `http://host/path` overrides `host`, as in nginx. */
    uri: string;
    /** The local address the connection arrived on (`127.0.0.1`, `::1`); omitted: an address no listen names explicitly. */
    addr?: string;
}
/** How the server was chosen. */
export type ServerMatch = 'exact' | 'leading-wildcard' | 'trailing-wildcard' | 'regex' | 'default_server' | 'first-for-listen';
/** How the location was chosen. */
export type LocationMatch = 
/** `location = /x` equal to the URI. */
'exact'
/** The longest plain prefix location, no regex matched. */
 | 'prefix'
/** The longest prefix location was `^~`, so regex locations at its level were not tried. */
 | 'noregex-prefix'
/** A `~` location, first in config order (nested ones inside the longest prefix first). */
 | 'regex'
/** A `~*` location. */
 | 'regex-caseless'
/** The URI is the location's prefix minus its trailing `/` and the location has a `*_pass`: nginx answers 301 to add the slash. */
 | 'auto-redirect';
/** A listening address: `*` (any IPv4), an IPv4 address, `::` (any IPv6), an IPv6 address, or an unresolved host name. */
export interface ListenAddress {
    addr: string;
    port: number;
}
/** One `listen` directive (or the implicit `listen *:80` of a server without one). */
export type Listen = (ListenAddress & {
    kind: 'inet';
    defaultServer: boolean;
    directive: Directive | null;
}) | {
    kind: 'unix';
    path: string;
    defaultServer: boolean;
    directive: Directive;
};
/** The location modifier: `=`, `^~`, '' (plain prefix), `~`, `~*`, or `@` for a named location. */
export type LocationModifier = '=' | '^~' | '' | '~' | '~*' | '@';
/** A location block as the matcher sees it. */
export interface LocationInfo {
    node: ContextNode;
    /** `=` exact, `^~` prefix that stops the regex search, `` plain prefix, `~`/`~*` regex, `@` named; null when nginx would reject the line. */
    modifier: LocationModifier | null;
    /** The URI prefix, exact URI, regex source or `@name`, as nginx stores it (modifier removed). */
    pattern: string;
    parent: LocationInfo | null;
    /** Locations nested directly inside this one, in config order. */
    children: LocationInfo[];
    /** A `*_pass` directive and a trailing `/` in the pattern: nginx answers the URI without the slash with a 301. */
    autoRedirect: boolean;
    /** The compiled PCRE pattern for `~` and `~*` (bounded matching, PCRE2's meaning); null otherwise or when it cannot be evaluated here. */
    regex: CompiledRegex | null;
    /** Why the PCRE pattern cannot be evaluated here; such a location never matches here. */
    regexError: PcreProblem | null;
}
/** A compiled PCRE pattern (pcre.ts): matching throws PcreLimitError where PCRE2 would give up. */
export interface CompiledRegex {
    /** The pattern as a byte subject. */
    readonly source: string;
    /** Whether the pattern matches somewhere in a byte subject. */
    test(subject: string): boolean;
    /** The match and its groups (`[whole, $1, ...]`), or null. */
    exec(subject: string): (string | undefined)[] | null;
}
/**
 * Why a PCRE pattern is not evaluated here (a face renders it per locale): a construct this matcher does not
 * evaluate, or a pattern PCRE2 itself rejects (then `nginx -t` fails too). `text` is the construct as written.
 */
export interface PcreProblem {
    kind: PcreProblemKind;
    text?: string;
}
export declare const PCRE_PROBLEM_KINDS: readonly ['recursion', 'conditional', 'unicode-property', 'verb', 'branch-reset', 'callout', 'escape', 'option', 'too-large', 'trailing-backslash', 'hex-above-ff', 'malformed', 'missing-paren', 'unmatched-paren', 'missing-bracket', 'nothing-to-repeat', 'double-quantifier', 'range-order', 'class-escape', 'posix-class', 'repeat-too-large', 'lookbehind-length', 'backref-in-lookbehind', 'no-such-group', 'no-such-name', 'duplicate-name', 'nested-too-deep'];
export type PcreProblemKind = (typeof PCRE_PROBLEM_KINDS)[number];
/**
 * A match PCRE2 gives up on: nginx logs `pcre2_match() failed: <code> on "<subject>" using "<pattern>"` and answers
 * 500 (a location regex) or closes the connection (a server_name regex). Code -47 is the match limit.
 */
export interface RegexFailure {
    during: 'server_name' | 'location';
    code: number;
    subject: string;
    pattern: string;
}
/** A regex location or server name that could not be evaluated: as written (`location ~ ^/x`), and why. */
export interface Unevaluated {
    subject: string;
    problem: PcreProblem | null;
}
/** Why nginx answers 400 Bad Request: the request target (as sent) or the Host header is unusable. */
export type BadRequest = {
    kind: 'not-absolute' | 'bad-escape' | 'nul' | 'above-root';
    target: string;
} | {
    kind: 'bad-host';
    host: string;
};
/** Where a request goes. */
export interface RouteResult {
    request: RouteRequest;
    /** The URI after nginx's normalisation (percent-decoded, slashes merged, dot segments resolved); null when nginx answers 400. */
    uri: string | null;
    /** The normalised URI as a byte subject (what the location search compares); null when nginx answers 400. */
    subject: string | null;
    /** The query string of the request, null when it has none. */
    args: string | null;
    /** The Host as nginx compares it (lower case, port and one trailing dot removed); '' when none. */
    host: string;
    /** Why nginx answers 400 Bad Request (the default server of the address sends it); null otherwise. */
    badRequest: BadRequest | null;
    /** The address:port whose servers were considered; null when nothing listens on the port. */
    listen: ListenAddress | null;
    server: ContextNode | null;
    serverMatch: ServerMatch | null;
    /** The server_name that matched (for name matches). */
    serverName: string | null;
    /** The chosen location and its enclosing locations, outermost first; null when none matched (server-level settings apply). */
    location: ContextNode[] | null;
    locationMatch: LocationMatch | null;
    /** The matched location's details. */
    locationInfo: LocationInfo | null;
    /** Regex locations or server names that could not be evaluated here; the answer may differ from nginx's when non-empty. */
    unsupported: Unevaluated[];
    /** A regex PCRE2 gives up on for this request (its match limit); the request reaches no location. Null otherwise. */
    regexFailure: RegexFailure | null;
}
/** How a request moved on to another location: the directive and the block it was evaluated in. */
export interface Redirect {
    /**
     * `rewrite`: the URI changed and the location search ran again (`last`, or no flag); `try_files`: its last
     * argument, a named location or a URI; `error_page`: a named location or a URI for a response status.
     */
    kind: 'rewrite' | 'try_files' | 'error_page';
    directive: Directive;
    /** The location, `if` or server the directive was evaluated in. */
    from: ContextNode;
    /** For error_page: taken for a status the content handler of `from` answered with (not a known `return` code). */
    afterResponse: boolean;
}
/** What a chain depends on that the config alone does not say; each is taken both ways. */
export type ChainCondition = 
/** try_files checks files on disk: one of those it names exists (served from here), or none does. */
{
    kind: 'file';
    exists: boolean;
    directive: Directive;
}
/** `$http_upgrade` is empty (an ordinary request, as every event stream is) or names a protocol (WebSocket). */
 | {
    kind: 'upgrade';
    upgrade: boolean;
    directive: Directive;
}
/** A rewrite regex tested against a URI not known here (or that cannot be evaluated here). */
 | {
    kind: 'regex';
    matches: boolean;
    directive: Directive;
}
/** An `if` condition not known here. */
 | {
    kind: 'if';
    holds: boolean;
    directive: Directive;
}
/** error_page: the response has one of these statuses. */
 | {
    kind: 'status';
    codes: number[];
    directive: Directive;
}
/** A variable not known here in a named-location target names this location (or none). */
 | {
    kind: 'name';
    name: string | null;
    directive: Directive;
};
/** One location of a chain and how the request got there. */
export interface ChainHop {
    /** The directives that moved the request here since the previous hop; empty for the first location search. */
    via: Redirect[];
    /** The location the request is in; null when the location search found none (the server's own settings apply). */
    location: ContextNode | null;
    /** The URI the location search used, as text; null when not known here. */
    uri: string | null;
    /** How the location was found: by the location search, or by name (`named`); null when none matched. */
    match: LocationMatch | 'named' | null;
    /** What this hop depends on (met since the previous hop). */
    conditions: ChainCondition[];
}
/** Why nginx answers a chain with an error of its own. */
export type StatusReason = 
/** An external request found an `internal;` location: 404. */
'internal'
/** A named location that does not exist: 500. */
 | 'no-named-location'
/** More than 10 internal redirects: "rewrite or internal redirection cycle", 500. */
 | 'cycle'
/** `try_files ... =code`. */
 | 'try_files'
/** The location search answered with a 301 that adds a trailing slash. */
 | 'auto-redirect'
/** PCRE2 gave up matching a regex (its match limit): nginx logs `pcre2_match() failed` and answers 500. */
 | 'regex-failure';
/** How a chain ends. */
export type ChainEnd = 
/**
 * The content handler of `context` (a location, the `if` inside it whose settings apply, or the server) runs, for
 * `uri` (changed by `rewrite ... break` or a file try_files found; null when not known here).
 */
{
    kind: 'served';
    context: ContextNode;
    uri: string | null;
}
/** `return` answers (a status, a text or a redirect). */
 | {
    kind: 'return';
    directive: Directive;
    code: number | null;
}
/** An external redirect: `rewrite` with redirect/permanent or to an absolute URL, error_page to a URL. */
 | {
    kind: 'redirect';
    directive: Directive;
    code: number;
}
/** nginx answers with a status of its own. */
 | {
    kind: 'status';
    code: number;
    reason: StatusReason;
    directive: Directive | null;
}
/** The next target depends on variables not known here. */
 | {
    kind: 'unknown';
    directive: Directive;
    variables: string[];
};
/** One way through nginx's internal redirects, from the first location to the end. */
export interface Chain {
    hops: ChainHop[];
    /** Redirects after the last hop that reached no location (the server's script answered, or the target is missing). */
    via: Redirect[];
    /** Conditions met after the last hop. */
    conditions: ChainCondition[];
    end: ChainEnd;
    /** False when the chain needs a WebSocket upgrade request, which an event stream never is. */
    ordinary: boolean;
}
/** Every chain a request (or a location) can take, most likely first. */
export interface ChainSet {
    chains: Chain[];
    /** True when there were more ways than are listed (the listing stops at a fixed number). */
    truncated: boolean;
}
