import type { ContextNode } from '../context.js';
/**
 * The request methods an `if ($request_method ...)` can match (`= OPTIONS`, `!= GET`, `~ ^(GET|HEAD)$`), of the common
 * ones; null when the condition tests anything else or cannot be evaluated here.
 */
export declare function methodsMatched(iff: ContextNode): string[] | null;
