/** A half-open range [start, end) of UTF-16 offsets in one file's decoded text, with 1-based positions. */
export interface Span {
    /** Path of the file as the user named it (or the original path inside an `nginx -T` dump). */
    file: string;
    start: number;
    end: number;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}
export type Severity = 'error' | 'warning' | 'info';
export declare const SEVERITY_RANK: Record<Severity, number>;
/** A related place that explains a finding (the inherited directive that is dropped, the default). */
export interface RelatedSpan {
    span: Span;
    /** The note, rendered in the finding's locale. */
    message: string;
    /** The catalog key of the note (`buffering-on.related.setHere`) and its data, to render it in another locale. */
    messageId?: string;
    data?: MessageData;
}
/** One text replacement on the raw source of a file. */
export interface TextEdit {
    file: string;
    start: number;
    end: number;
    text: string;
    /** For an inserted directive: the directive's text, so the fix can be moved to another block. */
    insert?: string;
}
/**
 * How a fix may be used: `safe` keeps meaning and `--fix` applies it; `unsafe` changes behaviour and needs
 * `--unsafe-fixes`; `suggestion` needs a human choice (an origin allow-list, which headers to copy) and is only
 * shown (`--diff`, the TUI, JSON and SARIF), never applied.
 */
export type Applicability = 'safe' | 'unsafe' | 'suggestion';
export interface Fix {
    /** What the fix does, rendered in the finding's locale. */
    title: string;
    /** The catalog key of the title (`buffering-on.fix.turnOff`) and its data, to render it in another locale. */
    titleId?: string;
    data?: MessageData;
    applicability: Applicability;
    edits: TextEdit[];
}
/** Where an effective value comes from: a directive, or nginx's default for the target version. */
export interface Provenance {
    /** The directive name (`proxy_buffering`). */
    directive: string;
    /** The value in effect (`on`), or null when unset with no default. */
    value: string | null;
    origin: {
        kind: 'directive';
        span: Span;
        level: string;
    }
    /** `note` is the English rendering of `basis`. */
     | {
        kind: 'default';
        note: string;
        basis: DefaultBasis;
    };
    /** Levels inspected, innermost first (`location /sse`, `server`, `http`). */
    levels: string[];
}
/** One location on the way stream requests take to the location a finding is about (nginx's internal redirects). */
export interface ChainStep {
    /** `location /`, `location @app`, or `server` when no location matched. */
    location: string;
    /** The location block's first line; null for `server`. */
    span: Span | null;
    /** The directives that sent the request here (try_files, error_page, rewrite), each where it is written; empty for the first. */
    via: {
        directive: string;
        span: Span;
    }[];
    /** What this step depends on that the config does not say (a file on disk, `$http_upgrade`, a status), as data. */
    conditions: ChainConditionData[];
}
export interface Finding {
    ruleId: string;
    severity: Severity;
    message: string;
    span: Span;
    related: RelatedSpan[];
    fix?: Fix;
    /** Stable identity across line moves: rule, file and normalized context. */
    fingerprint?: string;
    /** The rule's message id and placeholder values (to render the message in another locale). */
    messageId?: string;
    data?: MessageData;
    /** The effective value the finding is about and where it comes from. */
    provenance?: Provenance;
    /** Why the location counts as an event stream, when the finding is about one: rendered in the finding's locale. */
    stream?: string[];
    /** The same reasons as data (`stream` is rendered from them). */
    streamReasons?: StreamWhy[];
    /**
     * When the location serves stream requests that the location search sent elsewhere first: the way they take,
     * from the location the search picked to this one.
     */
    chain?: ChainStep[];
    /** How sure sse-lint is that the location streams: declared by the user, seen in the config, or guessed. */
    streamConfidence?: StreamConfidence;
}
/** Deterministic order: file, then offset, then rule id. */
export declare function compareFindings(a: Finding, b: Finding): number;
/** How nginx's default of a directive is known (rendered "nginx default", "nginx default before 1.29.7", ...). */
export type DefaultBasis = 
/** The default of nginx's own module. */
{
    kind: 'nginx';
}
/** The default of a third-party or OpenResty module (`lua`, `headers_more_filter`). */
 | {
    kind: 'module';
    module: string;
}
/** A default that changed in `version`: the one before it, or the one since. */
 | {
    kind: 'versioned';
    when: 'before' | 'since';
    version: string;
    detail?: 'upstream-blocks';
    versionUnknown?: boolean;
}
/** `add_header_inherit` and the like before they existed: plain inheritance. */
 | {
    kind: 'standard-inheritance';
    directive: string;
    since: string;
}
/** A directive sse-lint's table does not know. */
 | {
    kind: 'unknown-directive';
    directive: string;
};
/** A level of the config as nginx writes it (`location /sse`, `server`, `http`, `if ($x)`); `self` for the level the message is about ("this location"). */
export interface LevelRef {
    name: string;
    self?: boolean;
}
/** Where an effective value comes from, as message data. */
export type OriginData = 
/** A line as written (`proxy_buffering on`), where it is (`nginx.conf:12`), the level it is in, and how many more lines follow. */
{
    kind: 'directive';
    text: string;
    at: string;
    level: LevelRef;
    more?: number;
}
/**
 * nginx's default, after the levels inspected (innermost first). A long chain keeps its first and last levels;
 * `omitted` counts those left out after `levels[omittedAt - 1]`.
 */
 | {
    kind: 'default';
    basis: DefaultBasis;
    levels: LevelRef[];
    omitted?: number;
    omittedAt?: number;
};
/**
 * How sure sse-lint is that a location carries an event stream: `declared` by the user (`--route`, config `streams`,
 * `# sse-lint: stream`, `--all-proxies`), `seen` in the config (an event-stream content type, X-Accel-Buffering
 * handling, a Lua or echo producer, a streaming API endpoint, an upstream named for streams), or `guessed` (a word in
 * the path, unbuffered proxying).
 */
export type StreamConfidence = 'declared' | 'seen' | 'guessed';
/** Why a location that looks like a stream is not treated as one. */
export type NotStreamWhy = 
/** `# sse-lint: not-stream` in the location. */
{
    kind: 'denied-comment';
}
/** A pattern of the config's `notStreams`. */
 | {
    kind: 'denied-pattern';
    pattern: string;
}
/** Its rewrite phase always answers (`return 301 ...` before `proxy_pass`), here or in its server, as written. */
 | {
    kind: 'returns';
    line: string;
    at: string;
    level: 'location' | 'server';
}
/** It passes Upgrade to the backend under a WebSocket path: a WebSocket tunnel. */
 | {
    kind: 'websocket';
    path: string;
}
/** It names a content type of its own that is not text/event-stream (`types { application/vnd.apple.mpegurl m3u8; }`). */
 | {
    kind: 'other-type';
    type: string;
    directive: string;
}
/**
 * Only nginx's auth_request or mirror subrequests reach it (`internal;`, and no redirect a client can start leads
 * there), and nginx discards their response body. `line` as written, `at` is file:line.
 */
 | {
    kind: 'subrequest';
    directive: string;
    line: string;
    at: string;
};
/** Why a location carries an event stream, as data. Paths, patterns and directive names are nginx text. */
export type StreamWhy = {
    kind: 'route';
    spec: string;
} | {
    kind: 'comment';
} | {
    kind: 'pattern';
    pattern: string;
} | {
    kind: 'api-path';
    path: string;
    endpoint: string;
} | {
    kind: 'path-word';
    path: string;
    word: string;
} | {
    kind: 'content-type';
    directive: string;
} | {
    kind: 'types-block';
} | {
    kind: 'accel-header';
    directive: string;
} | {
    kind: 'buffering-off';
    directive: string;
}
/** A line that suggests streaming (`lua_http10_buffering on`, `chunked_transfer_encoding off`), as written. */
 | {
    kind: 'suggests';
    line: string;
}
/** Lua or echo code that flushes or writes text/event-stream (`ngx.flush`, `echo_flush`). */
 | {
    kind: 'producer';
    directive: string;
    what: string;
}
/** The upstream the location proxies to is named for streams (`sse_backend`, `mercure`). */
 | {
    kind: 'upstream-name';
    name: string;
    word: string;
}
/** It proxies to a location of this same config that is a stream (`location /events` at `backend.conf:12`). */
 | {
    kind: 'backend';
    location: string;
    at: string;
} | {
    kind: 'all-proxies';
}
/** A preset that audits every proxying location (1Panel, APISIX), by the product's name. */
 | {
    kind: 'preset';
    preset: string;
}
/** A location snippet on its own that proxies: its URI is unknown. */
 | {
    kind: 'snippet';
}
/** A `--route` URI that nginx's internal redirects bring here (`to`: `location @`), through `via`. */
 | {
    kind: 'route-via';
    spec: string;
    to: string;
    via: RedirectRef[];
}
/** The requests of stream location `from` (a stream for `fromWhy`) are served here (`to`) through `via`. */
 | {
    kind: 'redirect';
    from: string;
    fromWhy: StreamWhy[];
    to: string;
    via: RedirectRef[];
};
/** An internal redirect as nginx text: the directive (`try_files`, `error_page`, `rewrite`) and where it is (`gw.conf:18`). */
export interface RedirectRef {
    directive: string;
    at: string;
}
/** What a way through nginx's internal redirects depends on that the config does not say. */
export type ChainConditionData = 
/** A file try_files names exists (served from there), or none does. */
{
    kind: 'file';
    exists: boolean;
    directive: string;
}
/** `$http_upgrade` is set (a WebSocket handshake) or empty (an ordinary request, as every event stream is). */
 | {
    kind: 'upgrade';
    upgrade: boolean;
}
/** The URI, not known here, matches a rewrite's regex or not. */
 | {
    kind: 'regex';
    matches: boolean;
    regex: string;
}
/** An `if` condition, as written, holds or not. */
 | {
    kind: 'if';
    holds: boolean;
    condition: string;
}
/** The response has one of these statuses (error_page). */
 | {
    kind: 'status';
    codes: number[];
}
/** A variable in the directive's target names this named location, or none (null). */
 | {
    kind: 'name';
    directive: string;
    name: string | null;
};
/** A value in message data. */
export type MessageArg = number
/** Nothing: an optional part of a message that does not apply. */
 | null
/** nginx text (directive names, values, paths, `file:line`, variables): never translated. */
 | {
    kind: 'code';
    text: string;
}
/** A level: `location /sse`, `this server`. */
 | {
    kind: 'level';
    level: LevelRef;
}
/** Where a value comes from. */
 | {
    kind: 'origin';
    origin: OriginData;
}
/** Which default applies. */
 | {
    kind: 'default';
    basis: DefaultBasis;
}
/** Why a location is an event stream; a guess says so and how to confirm or deny it (`brief`: only that it is one). */
 | {
    kind: 'stream';
    reasons: StreamWhy[];
    confidence?: StreamConfidence;
    brief?: boolean;
}
/** Items joined per locale (`a, b or c`); `more` items left out are counted at the end. */
 | {
    kind: 'list';
    items: MessageArg[];
    join: ListJoin;
    more?: number;
}
/** Another message of the catalog (a clause), rendered in the same locale. */
 | {
    kind: 'message';
    key: string;
    data: MessageData;
};
/** How list items are joined: `a, b` (comma), `a; b` (semicolon), `a and b` (and), `a, b or c` (or), sentences one after another. */
export type ListJoin = 'comma' | 'semicolon' | 'and' | 'or' | 'sentences';
/** Placeholder values of a message. */
export type MessageData = Record<string, MessageArg>;
/** Whether message data already says why the location is a stream (a `stream` argument, at any depth). */
export declare function dataHasStream(data: MessageData | undefined): boolean;
