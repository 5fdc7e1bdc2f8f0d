// Blocks nginx refuses or ignores as duplicates: two locations with one path at one level (ngx_http_join_exact_locations),
// and a server_name already taken on the same address and port (ngx_http_server_names: "conflicting server name").
import type { Directive } from '../../parser/ast.js';
import type { Token } from '../../parser/lexer.js';
import { directivesNamed, type ContextNode } from '../context.js';
import type { ConfigModel } from '../model.js';
import { listenText, locationPattern, serverListens } from '../routing.js';
import { isHttpServer } from './servers.js';

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
export function duplicateLocations(model: ConfigModel): DuplicateLocation[] {
  const out: DuplicateLocation[] = [];
  const seen = new Set<Directive>();
  for (const server of model.contexts.all) {
    if (server.kind !== 'server' || !isHttpServer(server)) continue;
    // Every location of the server depth-first in config order, compared with the earlier ones at its level (the
    // server's own locations, or a location's nested ones), read without parsing them for the search (no regex is
    // compiled to find a repeated path).
    const byLevel = new Map<ContextNode, Map<string, Directive>>();
    const stack: { level: ContextNode; next: number }[] = [{ level: server, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.next >= top.level.children.length) {
        stack.pop();
        continue;
      }
      const child = top.level.children[top.next++]!;
      if (child.kind !== 'location') continue;
      stack.push({ level: child, next: 0 });
      const { modifier, pattern } = locationPattern(child);
      const group = modifier === '=' ? 'exact' : modifier === '' || modifier === '^~' ? 'prefix' : null;
      if (!group) continue;
      const d = child.directive!;
      let level = byLevel.get(top.level);
      if (!level) byLevel.set(top.level, (level = new Map()));
      const key = `${group}\0${pattern}`;
      const first = level.get(key);
      if (!first) level.set(key, d);
      else if (first !== d && !seen.has(d)) {
        seen.add(d);
        out.push({ location: d, first, path: pattern });
      }
    }
  }
  return out;
}

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

/** The names taken on one address and port, by nginx's server name hashes: exact, leading and trailing wildcard. */
interface Taken {
  exact: Map<string, Directive>;
  head: Map<string, Directive>;
  tail: Map<string, Directive>;
}

/**
 * The hash and key a name occupies first, and the second one of a name that occupies two (`.example.com` is
 * `example.com` and `*.example.com` at once); null for names in no hash (regexes, `$hostname`).
 */
function hashKey(taken: Taken, name: string, second: boolean): { hash: Map<string, Directive>; key: string } | null {
  if (name.startsWith('~') || name === '$hostname') return null;
  if (name.startsWith('*.')) return second ? null : { hash: taken.head, key: name.slice(1) };
  if (name.startsWith('.')) return second ? { hash: taken.head, key: name } : { hash: taken.exact, key: name.slice(1) };
  if (second) return null;
  if (name.endsWith('.*')) return { hash: taken.tail, key: name.slice(0, -1) };
  return { hash: taken.exact, key: name };
}

/**
 * Server names nginx warns about as `conflicting server name "x" on addr:port, ignored`: for every address and port
 * with more than one server, each name (lower-cased; `""` for a server without server_name) may be taken once,
 * across the servers in config order and within one server. Servers of different entry files are separate configs.
 */
export function conflictingServerNames(model: ConfigModel): ConflictingServerName[] {
  // The servers on each address and port, in config order, each once (a server's own listens are read one after
  // another, so one already in a group is that group's last).
  const groups = new Map<string, { address: string; servers: ContextNode[] }>();
  for (const server of model.contexts.all) {
    if (!isHttpServer(server) || !server.directive) continue;
    for (const l of serverListens(server)) {
      if (l.kind !== 'inet') continue;
      const address = listenText({ addr: l.addr === '*' ? '0.0.0.0' : l.addr, port: l.port });
      const key = `${server.entry}\0${address}`;
      const g = groups.get(key);
      if (!g) groups.set(key, { address, servers: [server] });
      else if (g.servers[g.servers.length - 1] !== server) g.servers.push(server);
    }
  }
  const out: ConflictingServerName[] = [];
  const reported = new Set<string>();
  for (const { address, servers } of groups.values()) {
    if (servers.length < 2) continue;
    const taken: Taken = { exact: new Map(), head: new Map(), tail: new Map() };
    // The name of argument `arg` of `node` (-1: the implicit empty name of a server block); its token is made for a clash.
    const take = (name: string, node: Directive, arg: number): void => {
      const first = hashKey(taken, name, false);
      if (first === null) return;
      const second = hashKey(taken, name, true);
      const clash = first.hash.get(first.key) ?? second?.hash.get(second.key);
      if (clash) {
        const token = arg >= 0 ? node.args[arg]! : null;
        const id = `${address}\0${node.file.path}\0${token?.start ?? node.start}`;
        if (!reported.has(id)) {
          reported.add(id);
          out.push({ name, address, token, node, first: clash });
        }
        return;
      }
      first.hash.set(first.key, node);
      second?.hash.set(second.key, node);
    };
    for (const server of servers) {
      const lines = directivesNamed(server, 'server_name');
      if (lines.length === 0) take('', server.directive!, -1);
      for (const d of lines) for (let k = 0; k < d.argc; k++) take(d.arg(k)!.toLowerCase(), d, k);
    }
  }
  return out;
}
