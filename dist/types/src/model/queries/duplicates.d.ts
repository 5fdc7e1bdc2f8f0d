import type { Directive } from '../../parser/ast.js';
import type { Token } from '../../parser/lexer.js';
import type { ConfigModel } from '../model.js';
/** A location that repeats the path of an earlier one at the same level. */
export interface DuplicateLocation {
    /** The later location (nginx names it). */
    location: Directive;
    first: Directive;
    /** The path as nginx prints it (`/`, `/api/`). */
    path: string;
}
/**
 * Locations nginx -t rejects as `duplicate location "/x"`: at one level (a server, or the inside of a location), two
 * exact (`=`) locations with the same path, or two prefix locations (plain or `^~`) with the same path. Regex and named
 * locations may repeat; `= /x` next to `/x` is allowed.
 */
export declare function duplicateLocations(model: ConfigModel): DuplicateLocation[];
/** A server name nginx ignores because an earlier server (or the same one) on the same address and port has it. */
export interface ConflictingServerName {
    /** The name as nginx prints it (lower case; `""` for a server without server_name). */
    name: string;
    /** `127.0.0.1:80`, `0.0.0.0:80`, `[::]:443` as nginx prints the address. */
    address: string;
    /** The argument that names it, or null for the implicit empty name of a server without server_name. */
    token: Token | null;
    /** The server_name line, or the server block for the implicit name. */
    node: Directive;
    /** The earlier server_name line (or server block) that has the name. */
    first: Directive;
}
/**
 * Server names nginx warns about as `conflicting server name "x" on addr:port, ignored`: for every address and port
 * with more than one server, each name (lower-cased; `""` for a server without server_name) may be taken once,
 * across the servers in config order and within one server. Servers of different entry files are separate configs.
 */
export declare function conflictingServerNames(model: ConfigModel): ConflictingServerName[];
