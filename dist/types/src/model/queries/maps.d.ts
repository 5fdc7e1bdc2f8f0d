import type { Directive } from '../../parser/ast.js';
import type { ContextNode } from '../context.js';
import type { ConfigModel } from '../model.js';
/** A `map` block and the variable it defines. */
export interface MapBlock {
    context: ContextNode;
    /** The source expression (`$http_upgrade`). */
    source: string;
    /** The variable defined, with its `$`. */
    variable: string;
}
/** Every `map` block that defines `variable` (with its `$`), in config order. */
export declare function mapsDefining(model: ConfigModel, variable: string): MapBlock[];
/** The value a map yields for one input, and the line that yields it (null for the implicit empty default). */
export interface MapResult {
    value: string;
    directive: Directive | null;
}
/**
 * Evaluates a map for an input the way ngx_http_map_find does: exact strings first, then regexes in order,
 * then `default` (or the empty string). Null when a regex cannot be evaluated here or `hostnames` is on.
 */
export declare function mapValueFor(map: MapBlock, input: string): MapResult | null;
