// Locations only nginx's own header-only subrequests reach. auth_request and mirror send a subrequest whose response
// body nginx discards (ngx_http_auth_request_module and ngx_http_mirror_module set `header_only` on it; auth_request
// keeps the status and the headers auth_request_set reads), so whatever such a location proxies, no event stream
// reaches a client through it.
//
// The proof is what the config routes: the location is reached by those subrequests (followed as nginx routes an
// internal request: the server's rewrite script, the location search, then its own redirects) and by nothing a client
// can start. Every other location of the server may face a client (directly, or through a backend's X-Accel-Redirect,
// which can name any internal or named location), and so may everything its internal redirects lead to; the
// subrequests of add_before_body and add_after_body put their body into the client's response. What a response does
// at run time (an X-Accel-Redirect, an SSI include or Lua code naming an auth endpoint) is not seen here, as it is
// not for any redirect the model follows.
import type { Directive } from '../parser/ast.js';
import type { ContextNode, ContextTree } from './context.js';
import { serverChains, type Chain, type ChainSet } from './routing.js';
import { entries, type LocationEntry } from './routing/locations.js';
import { argSubject } from './routing/subject.js';
import { compileTemplate } from './routing/values.js';

/** Subrequests whose response body nginx discards. */
const HEADER_ONLY = new Set(['auth_request', 'mirror']);
/** Subrequests whose response body becomes part of the client's response (ngx_http_addition_module). */
const WITH_BODY = new Set(['add_before_body', 'add_after_body']);

function serverOf(ctx: ContextNode): ContextNode | null {
  let c: ContextNode | null = ctx;
  while (c && c.kind !== 'server') c = c.parent;
  return c;
}

/** The http servers a directive in `ctx` applies to (all of an http block's servers for one at http level). */
function serversOf(ctx: ContextNode): ContextNode[] {
  if (ctx.kind === 'http') return ctx.children.filter((c) => c.kind === 'server');
  const s = serverOf(ctx);
  return s ? [s] : [];
}

/** The locations a chain passes through. */
function hopLocations(chain: Chain): ContextNode[] {
  return chain.hops.flatMap((h) => (h.location ? [h.location] : []));
}

/**
 * The literal start of the URI a chain could not compute (`/new/` for `rewrite ^/old/(.*)$ /new/$1 last`), or null
 * when nothing of it is known: then any location may be its target.
 */
function knownStart(chain: Chain): string | null {
  if (chain.end.kind !== 'unknown') return null;
  const d = chain.end.directive;
  const arg = d.name === 'rewrite' ? d.args[1] : d.name === 'try_files' || d.name === 'error_page' ? d.args.at(-1) : undefined;
  if (!arg) return null;
  let start = '';
  for (const p of compileTemplate(argSubject(arg.value, d.file))) {
    if (!('text' in p)) break;
    start += p.text;
  }
  const q = start.indexOf('?');
  if (q !== -1) start = start.slice(0, q);
  return start === '' ? null : start;
}

/** Whether a URI that starts with `start` can be found by the location search as `e`. */
function couldFind(start: string, e: LocationEntry): boolean {
  if (e.modifier === '=') return e.subject.startsWith(start);
  if (e.modifier === '' || e.modifier === '^~') return e.subject.startsWith(start) || start.startsWith(e.subject);
  // A named location is no URI; a regex could match anything this start leads to.
  return e.modifier !== '@';
}

/**
 * The locations of a config that only header-only subrequests reach, each with the first auth_request or mirror
 * directive whose subrequest does.
 */
export function subrequestOnlyLocations(contexts: ContextTree, chains: (loc: ContextNode) => ChainSet): Map<ContextNode, Directive> {
  // Per server: the locations each kind of subrequest reaches.
  const headerOnly = new Map<ContextNode, Map<ContextNode, Directive>>();
  const withBody = new Map<ContextNode, Chain[]>();
  const unknownBody = new Set<ContextNode>();
  for (const ctx of contexts.all) {
    for (const d of ctx.directives) {
      if (!HEADER_ONLY.has(d.name) && !WITH_BODY.has(d.name)) continue;
      const uri = d.args[0]?.value;
      // `auth_request off`, `mirror off`; add_before_body "" turns the addition off.
      if (!uri || (HEADER_ONLY.has(d.name) && uri === 'off')) continue;
      for (const server of serversOf(ctx)) {
        const set = serverChains(server, argSubject(uri, d.file), true);
        if (WITH_BODY.has(d.name)) {
          withBody.set(server, [...(withBody.get(server) ?? []), ...set.chains]);
          if (set.truncated) unknownBody.add(server);
          continue;
        }
        const reached = headerOnly.get(server) ?? new Map<ContextNode, Directive>();
        for (const c of set.chains) for (const loc of hopLocations(c)) if (!reached.has(loc)) reached.set(loc, d);
        headerOnly.set(server, reached);
      }
    }
  }

  const out = new Map<ContextNode, Directive>();
  for (const [server, reached] of headerOnly) {
    if (unknownBody.has(server)) continue;
    const all = entries(server);
    const entryOf = new Map(all.map((e) => [e.node, e]));
    // Locations that may face a client: every other one, one a client can ask for by URI (neither internal nor
    // named), and everything their internal redirects lead to.
    const facing = new Set<ContextNode>();
    const pending: ContextNode[] = [];
    const face = (loc: ContextNode): void => {
      if (facing.has(loc)) return;
      facing.add(loc);
      pending.push(loc);
    };
    for (const e of all) {
      const internal = e.modifier === '@' || e.node.directives.some((d) => d.name === 'internal');
      if (!reached.has(e.node) || !internal) face(e.node);
    }
    const starts: string[] = [];
    let anything = false;
    const follow = (c: Chain): void => {
      for (const loc of hopLocations(c)) face(loc);
      if (c.end.kind !== 'unknown') return;
      const start = knownStart(c);
      if (start === null) anything = true;
      else starts.push(start);
    };
    // A client's URI changed by the server's own rewrites, and the add_before_body/add_after_body subrequests.
    const fromServer = serverChains(server, null, false);
    if (fromServer.truncated) anything = true;
    fromServer.chains.forEach(follow);
    (withBody.get(server) ?? []).forEach(follow);
    while (pending.length > 0 && !anything) {
      const set = chains(pending.pop()!);
      if (set.truncated) anything = true;
      set.chains.forEach(follow);
    }
    if (anything) continue;
    for (const [loc, d] of reached) {
      const e = entryOf.get(loc);
      if (!e || facing.has(loc) || starts.some((s) => couldFind(s, e))) continue;
      out.set(loc, d);
    }
  }
  return out;
}
