import type { Directive } from '../../parser/ast.js';
import { type ContextNode } from '../context.js';
import type { Listen } from './types.js';
/** An address as nginx compares it: `*` for any IPv4, canonical IPv6 without brackets; null when invalid. */
export declare function normalizeAddr(addr: string): string | null;
/**
 * Parses a `listen` directive: `8080`, `127.0.0.1:8080`, `127.0.0.1` (port 80), `[::1]:8080`, `*:80`,
 * `unix:/path`, with `default_server` (or the old `default`). Returns null for a value nginx would reject.
 */
export declare function parseListen(d: Directive): Listen | null;
/** The `listen` directives of a server; a server without any listens on `*:80`. */
export declare function serverListens(server: ContextNode): Listen[];
