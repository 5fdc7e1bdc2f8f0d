export type { BadRequest, Listen, ListenAddress, LocationInfo, LocationMatch, LocationModifier, PcreProblem, PcreProblemKind, RegexFailure, RouteRequest, RouteResult, ServerMatch, Unevaluated, } from './routing/types.js';
export { PCRE_PROBLEM_KINDS } from './routing/types.js';
export { route } from './routing/route.js';
export { normalizeHost, normalizeUri, type NormalizedUri } from './routing/request.js';
export { parseListen, serverListens } from './routing/listen.js';
export { listLocations } from './routing/locations.js';
export { blockWhere, listenText, locationLabel, serverLabel } from './routing/describe.js';
