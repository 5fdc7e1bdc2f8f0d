import type { ConfigModel } from '../model/model.js';
import type { Finding } from '../types.js';
/**
 * invalid-context (`"x" directive is not allowed here`), duplicate-directive (`"x" directive is duplicate`),
 * and the block-shape errors nginx reports as syntax errors. Argument counts are not checked: the documented
 * syntax is stricter than nginx (`stub_status on` is accepted, the docs show no argument). Unknown directives are
 * accepted silently (third-party modules).
 */
export declare function syntaxFindings(model: ConfigModel, options?: {
    strict?: boolean;
}): Generator<Finding>;
