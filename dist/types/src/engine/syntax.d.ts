import type { Directive } from '../parser/ast.js';
import type { ContextNode } from '../model/context.js';
import { type DirectiveContext } from '../model/directives.js';
import type { ConfigModel } from '../model/model.js';
import type { Finding } from '../types.js';
/** The directive context nginx parses a block's directives in, or null for blocks that hold data or no table describes. */
export declare function directiveContextOf(ctx: ContextNode): DirectiveContext | null;
/**
 * invalid-context (`"x" directive is not allowed here`), duplicate-directive (`"x" directive is duplicate`), the
 * block-shape errors nginx reports as syntax errors, invalid-arguments and invalid-value for the directives sse-lint
 * reads (src/model/values.ts), unknown-directive (a warning with a did-you-mean for a likely typo; with `strict`, an
 * error for every directive no known module defines), duplicate-location and duplicate-server-name. Other argument
 * counts are not checked: the documented syntax is stricter than nginx (`stub_status on` is accepted, the docs show
 * no argument).
 */
export declare function syntaxFindings(model: ConfigModel, options?: {
    strict?: boolean;
}): Generator<Finding>;
/** The known directive an unknown name is likely a typo of, in the context it is written in. */
export declare function likelyTypoOf(d: Directive, where: DirectiveContext): string | null;
/**
 * A line of a block that a directive `name` written into the block would stand beside: a likely typo of `name`, or
 * `name` itself with arguments nginx rejects. A fix that inserts `name` replaces that line instead, so the block ends
 * with one correct line rather than a broken one next to a new one.
 */
export declare function brokenLineFor(model: ConfigModel, block: ContextNode, name: string): Directive | null;
