import type { Directive } from '../parser/ast.js';
import { type ContextNode, type ContextTree, type SnippetContext } from './context.js';
import { type NginxVersion } from './directives.js';
import { type EffectiveList, type EffectiveValue } from './effective.js';
import type { ConfigTree } from './includes.js';
import { type ChainSet } from './routing.js';
import { type StreamEvidence, type StreamReason } from './streams.js';
import { type Handler, type UpstreamBlock } from './upstreams.js';
export interface ModelOptions {
    /** Target nginx version (`--nginx-version`); unknown means "assume before 1.29.7". */
    nginxVersion?: string | null;
    /** URIs whose locations are event streams (`--route [host]/uri`), resolved with nginx's routing. */
    routes?: string[];
    /** URI patterns that are event streams (config `streams`). */
    streamPatterns?: string[];
    /** URI patterns that are not event streams whatever they look like (config `notStreams`). */
    notStreamPatterns?: string[];
    /** Treat every proxying location as a stream (audit mode). */
    allProxies?: boolean;
    /** A preset that audits every proxying location as a possible stream (1Panel: whole apps are proxied), by its label. */
    presetAudit?: string;
    /** The block a lone fragment is linted in (`--context`); otherwise its comment or a guess decides. */
    context?: SnippetContext;
}
export interface ConfigModel {
    tree: ConfigTree;
    contexts: ContextTree;
    version: NginxVersion | null;
    /** The version as the user gave it, or null. */
    versionText: string | null;
    upstreams: Map<string, UpstreamBlock>;
    /** Locations (and nested locations), in source order per entry. */
    locations: ContextNode[];
    effective(ctx: ContextNode, name: string): EffectiveValue;
    /** The value a block would have without its own line: what it inherits from the levels above, else the default. */
    inherited(ctx: ContextNode, name: string): EffectiveValue;
    /** nginx's default of a directive for the target version (from the directive table), as a value set nowhere. */
    defaultOf(name: string): EffectiveValue;
    effectiveList(ctx: ContextNode, name: string): EffectiveList;
    handler(ctx: ContextNode): Handler;
    /**
     * Why a location (or an `if`/`limit_except` inside one) carries an event stream; empty when it does not. A location
     * that stream requests reach through internal redirects is a stream (reason `redirect`, with the chain); one whose
     * stream requests are always served elsewhere is not.
     */
    streamReasons(ctx: ContextNode): StreamReason[];
    /** The reasons with how sure they are, why a look-alike is not a stream, and how severe findings about it may be. */
    streamEvidence(ctx: ContextNode): StreamEvidence;
    isStream(ctx: ContextNode): boolean;
    /** The user said where the streams are (`--route`, config `streams`, a `# sse-lint: stream` comment): guesses are then notes only. */
    declaredStreams: boolean;
    /** The location an `if`/`limit_except` belongs to (the context itself for a location). */
    locationOf(ctx: ContextNode): ContextNode | null;
    /** Contexts in which a directive is evaluated (several when its file is included from several places). */
    contextsOf(d: Directive): ContextNode[];
    /**
     * What happens to a request once the location search picks a location: every chain of internal redirects
     * (rewrite, try_files, error_page, named locations) nginx can take from there, with what it depends on.
     */
    redirects(loc: ContextNode): ChainSet;
}
export declare function buildModel(tree: ConfigTree, options?: ModelOptions): ConfigModel;
