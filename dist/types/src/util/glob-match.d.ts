/** One step of a compiled glob. */
type Step = {
    kind: 'char';
    c: number;
} | {
    kind: 'one';
    slash: boolean;
} | {
    kind: 'class';
    set: Set<number>;
    ranges: [number, number][];
    negate: boolean;
}
/** Any run of characters; `slash: false` stops at `/`. `skip`: this step and the next may be skipped together (`**` + `/`). */
 | {
    kind: 'star';
    slash: boolean;
    skip?: boolean;
};
export interface GlobSyntax {
    /** `**` matches across `/` (config globs); otherwise `*` is the only star. */
    doubleStar: boolean;
    /** `*` and `?` may match `/` (fnmatch without FNM_PATHNAME, used per path segment). */
    starMatchesSlash: boolean;
    /** `[!...]` negates (fnmatch); `[^...]` always does. */
    bang: boolean;
    /** A backslash escapes the next character. */
    escapes: boolean;
}
/** A compiled glob. */
export interface Glob {
    steps: Step[];
}
/** Compiles a glob. Never throws: a `[` without its `]` is a literal, and a reversed range matches nothing (glibc). */
export declare function compileGlob(pattern: string, syntax: GlobSyntax): Glob;
export interface MatchOptions {
    /** Also match when the glob matches a leading part of the subject that ends right before a `/` (a directory glob covers what is below it). */
    prefixDir?: boolean;
    /** The match may also start right after any `/` (a glob without a slash matches a name at any depth). */
    anySegment?: boolean;
}
/** Whether a compiled glob matches the whole subject (see MatchOptions for the looser forms). */
export declare function matchGlob(glob: Glob, subject: string, options?: MatchOptions): boolean;
/** A pattern of literal text and runs of any characters (`min` 0 or 1 of them), matched like a glob. */
export type LiteralsAndRuns = ({
    text: string;
} | {
    anyRun: 0 | 1;
})[];
/** Compiles text and runs (`/files/` then anything then `.conf`) into a glob, without any syntax to escape. */
export declare function globOfParts(parts: LiteralsAndRuns): Glob;
export {};
