import type { Directive } from '../parser/ast.js';
import type { ContextNode, ContextTree } from './context.js';
import { type ChainSet } from './routing.js';
/**
 * The locations of a config that only header-only subrequests reach, each with the first auth_request or mirror
 * directive whose subrequest does.
 */
export declare function subrequestOnlyLocations(contexts: ContextTree, chains: (loc: ContextNode) => ChainSet): Map<ContextNode, Directive>;
