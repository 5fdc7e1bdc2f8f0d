import type { ContextNode, ContextTree } from '../context.js';
/**
 * An http `server`: a `server {}` block directly inside `http {}`, or a lone file guessed to be a server's body
 * (standing alone, or placed under the main config's `http` when that is where it most likely belongs).
 * `server` inside `stream {}`, `mail {}` or `upstream {}` is another module's, and a `server {}` written at the
 * top level of a main config is not an http server either: nginx rejects it ("server" directive is not allowed
 * here), it does not serve requests with it.
 */
export declare function isHttpServer(ctx: ContextNode): boolean;
/** Every http server of a tree, in config order. */
export declare function httpServers(contexts: ContextTree): ContextNode[];
/** The `server` block a context belongs to (the context itself for a server), or null. */
export declare function serverOf(ctx: ContextNode): ContextNode | null;
