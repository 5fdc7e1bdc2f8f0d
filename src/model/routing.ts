// Request routing (index): which server and location nginx picks for a request. The parts live in routing/.
export type {
  Listen, ListenAddress, LocationInfo, LocationMatch, LocationModifier, RouteRequest, RouteResult, ServerMatch,
} from './routing/types.js';
export { route } from './routing/route.js';
export { normalizeHost, normalizeUri, type NormalizedUri } from './routing/request.js';
export { parseListen, serverListens } from './routing/listen.js';
export { listLocations } from './routing/locations.js';
export { describeRoute } from './routing/describe.js';
