import type { DefaultBasis } from '../types.js';
/** A place where nginx parses directives, as the directive tables see it. */
export type DirectiveContext = 'main' | 'events' | 'http' | 'server' | 'location'
/** `if` inside a location (nginx "if in location"). */
 | 'if'
/** `if` directly inside a server. */
 | 'server-if' | 'limit_except' | 'upstream' | 'stream' | 'stream-server' | 'stream-upstream' | 'mail' | 'mail-server' | 'acme_issuer' | 'oidc_provider' | 'mgmt';
/** Blocks whose body is data (`map`, `types`, ...) or that no table describes; no directive check applies inside. */
export type OpaqueContext = 'map' | 'geo' | 'types' | 'split_clients' | 'charset_map' | 'match' | 'other';
/**
 * How a value set at an outer level reaches an inner one.
 * - `ordinary`: inherited only when the inner level sets nothing.
 * - `replace-list`: lines form a list; one line at the inner level drops the whole inherited list.
 * - `bitmask`: lines at one level are OR-ed; an inner level that sets any value replaces the outer set.
 * - `accumulate`: the outer level's lines are prepended to the inner level's (headers-more).
 * - `none`: never inherited; each level runs its own (rewrite-module statements).
 */
export type MergeKind = 'ordinary' | 'replace-list' | 'bitmask' | 'accumulate' | 'none';
/** Where a directive comes from: the official reference, OpenResty's bundled modules, or another third-party module. */
export type DirectiveSource = 'nginx' | 'openresty' | 'third-party';
/** Number of arguments the documented syntax allows; `max` is `Infinity` for open-ended lists. */
export interface ArgCount {
    min: number;
    max: number;
}
/** One module's definition of a directive name (`proxy_pass` exists in http and in stream). */
export interface DirectiveVariant {
    module: string;
    contexts: readonly DirectiveContext[];
    /** Default as documented for the newest nginx ('' when there is none); use `defaultFor` for a given version. */
    default: string;
    /** Takes a `{ ... }` block. */
    block: boolean;
    args: ArgCount;
    /** Only NGINX Plus has it. */
    commercial: boolean;
    /** First open-source nginx version that has it, when known. */
    since?: string;
    /** First nginx version that no longer has it. */
    until?: string;
    /** Still accepted, with an "obsolete" warning, from this version on. */
    obsoleteSince?: string;
    /**
     * The documented syntax lines in a compact form: placeholders as `<name>`, literals as written, `[ ]` optional,
     * `|` alternatives, `…` repetition (`[<code> …] <time>`). Empty for directives only the curated tables know.
     */
    syntax: readonly string[];
}
/** Everything known about a directive name. Scalar fields come from the variant chosen by `directiveInfo`. */
export interface DirectiveInfo extends DirectiveVariant {
    name: string;
    source: DirectiveSource;
    /** Every context any variant allows. */
    contexts: readonly DirectiveContext[];
    merge: MergeKind;
    /** Directives of one group share one list (`allow` and `deny`): a line of either drops the inherited list of both. */
    mergeGroup?: string;
    /** nginx accepts the directive more than once in one block. */
    allowsDuplicates: boolean;
    variants: readonly DirectiveVariant[];
}
/** A parsed nginx version (OpenResty's fourth component is dropped: 1.27.1.2 is nginx 1.27.1). */
export interface NginxVersion {
    major: number;
    minor: number;
    patch: number;
}
/** A default value and which default it is (messages render the basis per locale). */
export interface DefaultValue {
    /** '' when nothing is set by default. */
    value: string;
    basis: DefaultBasis;
}
/** The reference package and version the table was generated from. */
export declare const REFERENCE_SOURCE: string;
/** The release that changed proxying defaults: HTTP/1.1, no `Connection: close`, upstream keepalive on. */
export declare const PROXY_DEFAULTS_CHANGED = "1.29.7";
/**
 * Facts about a directive, or undefined when no table knows it. With a context, the scalar fields (module,
 * default, block, args) come from the variant allowed there (`server` in `upstream` is not a block); without one,
 * from the http variant.
 */
export declare function directiveInfo(name: string, context?: DirectiveContext): DirectiveInfo | undefined;
/** Every directive name in the tables (reference, OpenResty modules, curated third-party modules), sorted. */
export declare function knownDirectiveNames(): string[];
/** The directive is in the reference, the OpenResty tables or the curated third-party tables. */
export declare function isKnownDirective(name: string): boolean;
/**
 * Strict mode: true when nothing vouches for the name, neither a table nor a known third-party family
 * (`more_*`, `lua_*`, `*_by_lua*`, `echo*`, `ndk_*`, `set_*`, `brotli*`, ...). Without strict mode, unknown
 * directives are taken to belong to some module the linter does not know.
 */
export declare function unknownDirective(name: string): boolean;
/**
 * Whether nginx accepts the directive in this context; false mirrors nginx -t "directive is not allowed here".
 * Undefined when the directive is not in the tables or the context holds data rather than directives.
 */
export declare function allowedIn(name: string, context: DirectiveContext | OpaqueContext): boolean | undefined;
/**
 * The directive context for a chain of enclosing block names, outermost first (`[]` is main;
 * `['http', 'server', 'if']` is server-if; `['stream', 'server']` is stream-server).
 */
export declare function contextFromPath(path: readonly string[]): DirectiveContext | OpaqueContext;
/** Where a walk down the block names has got to: the directive context, and the module (http, stream, mail) it is in. */
export interface PathState {
    readonly context: DirectiveContext | OpaqueContext;
    readonly subsystem: 'http' | 'stream' | 'mail' | undefined;
}
/** The top of a config: main. */
export declare const PATH_START: PathState;
/** The state after entering a block named `block` (inside a data block such as `map`, nothing changes any more). */
export declare function contextAfter(state: PathState, block: string): PathState;
/** Merge kind of a directive; unknown directives are `ordinary`. */
export declare function mergeKind(name: string): MergeKind;
/**
 * Whether nginx accepts the directive twice in one block. False for scalar directives that nginx -t rejects
 * with "is duplicate" (`proxy_buffering`, `proxy_read_timeout`, `gzip`, ...); true for lists, bitmasks, blocks
 * and for directives no table knows (nothing to say about them).
 */
export declare function allowsDuplicates(name: string): boolean;
/** Parses "1.22.1", "nginx/1.25.3 (Ubuntu)", "nginx version: nginx/1.22.1" or OpenResty's "1.27.1.2". */
export declare function parseVersion(text: string): NginxVersion | undefined;
/** Negative when a is older than b, 0 when equal, positive when newer. Throws on a string that holds no version. */
export declare function compareVersions(a: string | NginxVersion, b: string | NginxVersion): number;
/** Formats a version as nginx prints it. */
export declare function formatVersion(v: NginxVersion): string;
/**
 * The default of a directive in a given nginx version. With no version, the pre-1.29.7 defaults are assumed
 * (the versions most distributions ship) and the note says so. Undefined for directives no table knows.
 */
export declare function defaultFor(name: string, version: string | NginxVersion | undefined): DefaultValue | undefined;
/** Default headers nginx adds to a proxied request when proxy_set_header does not replace them. */
export declare function defaultProxyHeaders(version: string | NginxVersion | undefined): {
    headers: ReadonlyArray<readonly [string, string]>;
    basis: DefaultBasis;
};
/**
 * Whether open-source nginx of this version has the directive: known, not before its `since`, not from its
 * `until`, not NGINX Plus only. OpenResty and third-party directives count as present. With no version, any
 * known directive is present (an unknown version never makes a directive unknown).
 */
export declare function isKnownIn(name: string, version: string | NginxVersion | undefined): boolean;
/** Whether a value of a directive is accepted in this version (`proxy_http_version 2` needs 1.29.4). */
export declare function valueKnownIn(name: string, value: string, version: string | NginxVersion | undefined): boolean;
