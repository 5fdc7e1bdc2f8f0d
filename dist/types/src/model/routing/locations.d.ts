import { type ContextNode } from '../context.js';
import type { LocationInfo, LocationMatch, LocationModifier, RegexFailure, Unevaluated } from './types.js';
/** A location with what the search needs. */
export interface LocationEntry extends LocationInfo {
    /** The pattern as a byte subject (prefix and exact locations). */
    subject: string;
    parent: LocationEntry | null;
    children: LocationEntry[];
}
/** A location's modifier and pattern as nginx reads its arguments (`location ^~ /x`, `location =/x`, `location @x`). */
export declare function locationPattern(node: ContextNode): {
    modifier: LocationModifier | null;
    pattern: string;
};
/**
 * Every location of a server (nested ones included), depth-first in config order. Top-level locations have
 * `parent === null`.
 */
export declare function listLocations(server: ContextNode): LocationInfo[];
/** A server's locations as the search sees them. */
export interface ServerLocations {
    /** Every location, nested ones included, depth-first in config order. */
    all: LocationEntry[];
    /** The top-level ones, in order: where a search starts. */
    top: LocationEntry[];
    /** The top-level named locations (`location @x`), in order. */
    named: LocationEntry[];
    /** Each location's entry by its block, made on first use when there are many. */
    byNode: Map<ContextNode, LocationEntry> | null;
    /** The first named location of each name, made on first use when there are many. */
    namedBySubject: Map<string, LocationEntry> | null;
}
/** Every location of a server as the search sees it, built once per server while it is recent. */
export declare function locationsOf(server: ContextNode): ServerLocations;
/** Forgets every server's locations (a new model is being built). */
export declare function forgetLocations(): void;
/** Every location of a server as the search sees it. */
export declare function entries(server: ContextNode): LocationEntry[];
/**
 * What the search knows of one location block of a server (its modifier, subject and regex), or null when it is not
 * one of the server's locations. Read from the server's tree when that is at hand; otherwise the location alone is
 * parsed (a chain that never searches needs no tree: a stream location with only a proxy_pass).
 */
export declare function entryOf(server: ContextNode, node: ContextNode): LocationEntry | null;
/** The first named location of a server called `subject` (`@app`), or null. */
export declare function namedLocation(locations: ServerLocations, subject: string): LocationEntry | null;
/** The outcome of one search level, as in ngx_http_core_find_location (`error`: PCRE2 gave up on a regex). */
export type SearchRc = 'ok' | 'done' | 'again' | 'declined' | 'error';
/** The best location found so far, how it was found, and what could not be evaluated. */
export interface SearchState {
    current: LocationEntry | null;
    how: LocationMatch | null;
    unsupported: Unevaluated[];
    /** Set when PCRE2 gave up on a location regex (nginx then answers 500). */
    failure?: RegexFailure;
}
/**
 * nginx's ngx_http_core_find_location: the longest prefix at this level is remembered, its nested locations are
 * searched (their regexes first), and only then the regexes of this level, unless the prefix was `^~`. A nested
 * `^~` therefore stops only the regexes nested next to it, not the outer ones.
 */
export declare function findLocation(level: LocationEntry[], uri: string, st: SearchState): SearchRc;
/**
 * The location nginx's search picks in a server for a URI (a byte subject): the innermost location (null when
 * none matches) and how it was found. Regex locations that cannot be evaluated here are listed in `unsupported`; a
 * regex PCRE2 gives up on is a `failure` (nginx answers 500).
 */
export declare function searchLocation(server: ContextNode, uri: string, unsupported: Unevaluated[]): {
    location: LocationEntry | null;
    how: LocationMatch | null;
    failure: RegexFailure | null;
};
