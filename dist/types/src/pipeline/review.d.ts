import type { Finding } from '../types.js';
import type { Locale } from '../i18n/index.js';
import type { LintRun } from './run.js';
/** A server block (of the http module) and the locations in it that carry event streams. */
export interface ServerInfo {
    /** Unique within a run. */
    key: string;
    /** First server_name and the port of the first listen: `chat.example.com:8443` (`_` without a name). */
    label: string;
    file: string;
    line: number;
    streams: {
        path: string;
        file: string;
        line: number;
    }[];
}
/** One level nginx merges a value from, innermost first: what it sets there, if anything. */
export interface ChainLevel {
    /** `location /sse`, `server`, `http`. */
    level: string;
    /** The directive's arguments at this level, or null when the level does not set it. */
    value: string | null;
    file: string | null;
    line: number | null;
    /** `effective` for the level whose value is in effect, `overridden` for outer levels that also set it. */
    state: 'effective' | 'overridden' | 'not-set';
}
/** Where a finding's text sits: the innermost location and the server around it (null outside any). */
export interface FindingPlace {
    serverKey: string | null;
    location: string | null;
    /** Every server whose text holds the finding (a snippet included into several servers counts for each). */
    serverKeys: string[];
    /**
     * For a finding about an effective value (it has `provenance`): every level of the merge chain with what it sets,
     * outer levels that are overridden included. Null when the finding has no provenance or its levels cannot be
     * matched to the text.
     */
    chain: ChainLevel[] | null;
}
export interface RunLayout {
    servers: ServerInfo[];
    /** One per finding of the run, in the same order. */
    places: FindingPlace[];
}
/**
 * The servers of a run (in source order, one row per inclusion) with their stream locations, and the place of each
 * finding: the smallest directive or block whose text holds the finding's span decides its context.
 */
export declare function describeRun(run: LintRun): RunLayout;
/** The text of a file of the run (as linted: a fix session's run has the fixed text), or null. */
export declare function sourceText(run: LintRun, file: string): string | null;
/**
 * The change one finding's fix would make, as a unified diff against the run's text (context of two lines); empty
 * when it has no fix or edits a file the run did not read.
 */
export declare function fixPreview(run: LintRun, finding: Finding, display?: (path: string) => string): string;
/**
 * The `route` command's answer over a run's first input, as it is in the run (a fix session's current run routes
 * the fixed text), in `locale`. `host` may carry a port (`example.com:8443`); without one, the first port a server listens on.
 */
export declare function routeInRun(run: LintRun, host: string, uri: string, locale?: Locale): string;
