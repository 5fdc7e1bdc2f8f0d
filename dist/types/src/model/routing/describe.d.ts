import type { Directive } from '../../parser/ast.js';
import type { ContextNode } from '../context.js';
import type { ListenAddress, LocationInfo } from './types.js';
/** `conf.d/app.conf:12`: where a server or location block starts, relative to the entry file's directory. */
export declare function blockWhere(d: Directive | null, node: ContextNode): string;
/** `127.0.0.1:80`, `[::1]:443`, `*:80`. */
export declare function listenText(l: ListenAddress): string;
/** A location as written: `^~ /api/`, `/`. */
export declare function locationLabel(l: LocationInfo): string;
/** The server_name a route names for its server: the one that matched, else the first non-empty one, else `""`. */
export declare function serverLabel(serverName: string | null, server: ContextNode): string;
/** A block as nginx text: `location @`, `location = /x`, or `server` (no location matched: the server's own settings). */
export declare function blockLabel(node: ContextNode | null): string;
