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
    /** JavaScript translation of the PCRE pattern for `~` and `~*`; null otherwise or when it cannot be translated. */
    regex: RegExp | null;
    /** Why the PCRE pattern could not be translated; such a location never matches here. */
    regexError: PcreProblem | null;
}
/** Why a PCRE pattern has no JavaScript translation here (a face renders it per locale). */
export type PcreProblem = 
/** A leading option setting such as `(?x)`. */
{
    kind: 'option';
    text: string;
} | {
    kind: 'trailing-backslash';
}
/** An escape such as `\K`. */
 | {
    kind: 'escape';
    text: string;
} | {
    kind: 'hex-above-ff';
} | {
    kind: 's-in-class';
}
/** A POSIX class such as `[:^alpha:]`. */
 | {
    kind: 'posix-class';
    text: string;
}
/** The start of a group such as `(?>a`. */
 | {
    kind: 'group';
    text: string;
}
/** The translation is not a valid JavaScript pattern: JavaScript's own message. */
 | {
    kind: 'invalid';
    detail: string;
};
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
}
