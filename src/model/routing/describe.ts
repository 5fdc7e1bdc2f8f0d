// What a route description names, as nginx text: the file:line of a server or location (relative to the entry
// file's folder), a listen address, and a location as written. The words around them are the faces' (per locale).
import * as nodePath from 'node:path';
import type { Directive } from '../../parser/ast.js';
import type { ContextNode } from '../context.js';
import type { ListenAddress, LocationInfo } from './types.js';

/** `conf.d/app.conf:12`: where a server or location block starts, relative to the entry file's directory. */
export function blockWhere(d: Directive | null, node: ContextNode): string {
  const base = nodePath.dirname(node.entry);
  const file = d ? d.file.path : node.entry;
  const rel = nodePath.relative(base, file);
  const shown = rel === '' || rel.startsWith('..') || nodePath.isAbsolute(rel) ? file : rel;
  return `${shown}:${d ? d.nameToken.line : 1}`;
}

/** `127.0.0.1:80`, `[::1]:443`, `*:80`. */
export function listenText(l: ListenAddress): string {
  return `${l.addr.includes(':') ? `[${l.addr}]` : l.addr}:${l.port}`;
}

/** A location as written: `^~ /api/`, `/`. */
export function locationLabel(l: LocationInfo): string {
  return l.modifier ? `${l.modifier} ${l.pattern}` : l.pattern;
}

/** The server_name a route names for its server: the one that matched, else the first non-empty one, else `""`. */
export function serverLabel(serverName: string | null, server: ContextNode): string {
  const names = server.directives.filter((d) => d.name === 'server_name').flatMap((d) => d.args.map((a) => a.value));
  return serverName ?? names.find((n) => n !== '') ?? '""';
}

/** A block as nginx text: `location @`, `location = /x`, or `server` (no location matched: the server's own settings). */
export function blockLabel(node: ContextNode | null): string {
  if (!node) return 'server';
  if (node.kind !== 'location' || !node.directive) return node.kind;
  return `location ${node.directive.args.map((a) => a.value).join(' ')}`;
}
