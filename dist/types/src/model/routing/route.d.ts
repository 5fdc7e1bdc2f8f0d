import type { ContextTree } from '../context.js';
import type { RouteRequest, RouteResult } from './types.js';
/** Answers which server and location nginx picks for a request. */
export declare function route(contexts: ContextTree, req: RouteRequest): RouteResult;
