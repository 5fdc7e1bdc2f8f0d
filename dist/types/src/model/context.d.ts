import type { Directive, Statement } from '../parser/ast.js';
import type { ConfigTree } from './includes.js';
export type { Directive } from '../parser/ast.js';
export type ContextKind = 'main' | 'events' | 'http' | 'server' | 'location' | 'if' | 'limit_except' | 'upstream' | 'map' | 'geo' | 'types' | 'split_clients' | 'match' | 'stream' | 'mail' | 'other';
/**
 * One block as nginx evaluates it. A file included from several places yields several contexts that
 * share the same Directive objects, one per inclusion.
 */
export interface ContextNode {
    /** Unique within a model, stable for a given config: entry index and path of block indexes. */
    id: string;
    kind: ContextKind;
    /** The block directive (`server`, `location /x`, ...); null for an entry's top level. */
    directive: Directive | null;
    parent: ContextNode | null;
    /** Directives of this block in nginx's order, includes expanded (the `include` directives themselves are kept too). */
    directives: Directive[];
    /** Block contexts directly inside this one, in order. */
    children: ContextNode[];
    /** The `include` directives through which this block's directive was reached, outermost first. */
    via: Directive[];
    /** The entry file this context belongs to. */
    entry: string;
    /**
     * For a lone snippet placed under the main config's `http` (see buildContexts): the include directive
     * whose files are missing here, which is where the snippet most likely belongs.
     */
    assumedIn?: Directive;
    /**
     * For an entry that is a fragment (a site file, a server or location snippet): the block it is linted as the
     * inside of, and how that was decided. A location snippet gets a stand-in `location` directive (no arguments,
     * spanning the file) so rules see it as a location.
     */
    assumed?: AssumedContext;
    /**
     * What the model's queries remember about this block (see memoSlot): kept on the block rather than in maps keyed by
     * it. Null until a query asks.
     */
    memo: unknown[] | null;
}
/**
 * One kind of answer the model remembers per block, kept in the block's `memo`: a large config has a hundred thousand
 * blocks, and a slot is one word where an entry of a map keyed by the block costs several and is slower to find (the
 * garbage collector also walks a weak map's entries one by one). Each module makes its slots once, at load.
 */
export interface MemoSlot<T> {
    readonly index: number;
    /** Never set: carries the type of what the slot holds. */
    readonly held?: T;
}
/** A new memo slot (`const HANDLER = memoSlot<Handler>()`, at a module's top level). */
export declare function memoSlot<T>(): MemoSlot<T>;
/** What a block remembers in a slot, or undefined. */
export declare function recall<T>(ctx: ContextNode, slot: MemoSlot<T>): T | undefined;
/** Remembers a value in a block's slot (undefined forgets it) and returns it. */
export declare function remember<T>(ctx: ContextNode, slot: MemoSlot<T>, value: T): T;
/** The block a fragment is linted in: guessed from its directives, given with --context, or with a comment. */
export interface AssumedContext {
    kind: SnippetContext;
    how: 'guessed' | 'option' | 'comment';
}
export type SnippetContext = 'http' | 'server' | 'location';
export declare const SNIPPET_CONTEXTS: readonly SnippetContext[];
/** The kind of block a block directive opens (`server` inside `stream`/`mail` is that module's server). */
export declare function contextKindOf(d: Directive): ContextKind;
/**
 * Guesses the context a lone file was written for (a site file starts inside `http`, a snippet inside
 * `server` or `location`), from the directives at its top level.
 */
export declare function guessEntryContext(statements: Statement[]): ContextKind;
/** `# sse-lint: context location` among a file's top-level comments: the block it is meant for. */
export declare function contextComment(statements: Statement[]): SnippetContext | null;
/** The block an entry file is linted in: its comment, else `--context` (for fragments only), else the guess. */
export declare function entryContext(statements: Statement[], option?: SnippetContext): {
    kind: ContextKind;
    assumed?: AssumedContext;
};
export interface ContextTree {
    /** One root per entry file, in entry order. */
    roots: ContextNode[];
    /** Every context, depth-first in source order. */
    all: ContextNode[];
    /** Where building stopped short: a block nested too deep through includes, or includes expanded too often. */
    limits: {
        directive: Directive;
        message: string;
    }[];
}
/**
 * How many directives the expanded tree may hold. A file included twice is expanded twice, as nginx does, so a
 * chain of files each including the next twice doubles at every step; past this budget includes are not expanded.
 */
export declare const MAX_EXPANDED_DIRECTIVES = 4000000;
/** How far building goes (tests lower these). */
export interface ContextLimits {
    maxDepth: number;
    maxExpanded: number;
}
/** Builds the context tree of every entry, expanding includes (cyclic edges are not followed). Iterative. */
export declare function buildContexts(tree: ConfigTree, bounds?: ContextLimits, options?: {
    context?: SnippetContext;
}): ContextTree;
/**
 * Whether a directive of this name is written in some block of the tree `ctx` belongs to. When it is not, no level
 * above any block sets it: most directives asked about are written nowhere (the grpc_*, fastcgi_* and headers-more
 * lists of a proxying config), and this answers them without looking at a single level.
 */
export declare function writtenInTree(ctx: ContextNode, name: string): boolean;
/** The directives of a block with a given name, in order (indexed once per block: `http` may hold thousands of servers). */
export declare function directivesNamed(ctx: ContextNode, name: string): readonly Directive[];
/** The first directive of a block with a given name, or null (nothing is allocated). */
export declare function firstDirectiveNamed(ctx: ContextNode, name: string): Directive | null;
/** The position of each directive in its block's `directives` (indexed once per block, for sorting). */
export declare function directiveOrder(ctx: ContextNode): Map<Directive, number>;
