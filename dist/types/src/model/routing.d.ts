export type { BadRequest, Chain, ChainCondition, ChainEnd, ChainHop, ChainSet, Listen, ListenAddress, LocationInfo, LocationMatch, LocationModifier, PcreProblem, PcreProblemKind, Redirect, RegexFailure, RouteRequest, RouteResult, ServerMatch, StatusReason, Unevaluated, } from './routing/types.js';
export { PCRE_PROBLEM_KINDS } from './routing/types.js';
export { route } from './routing/route.js';
export { normalizeHost, normalizeUri, type NormalizedUri } from './routing/request.js';
export { parseListen, serverListens } from './routing/listen.js';
export { forgetLocations, listLocations, locationPattern } from './routing/locations.js';
export { blockLabel, blockWhere, listenText, locationLabel, serverLabel } from './routing/describe.js';
export { conditionData, viaRefs } from './routing/chain-text.js';
export { locationChains, MAX_INTERNAL_REDIRECTS, requestChains, routeChains, servedInPlace, serverChains, servingLocation } from './routing/redirects.js';
