// Every rule, imported explicitly and kept in alphabetical order (a test checks this list against rules/).
import type { Rule } from './define-rule.js';
import accelBufferingIgnored from '../../rules/accel-buffering-ignored.js';
import accelBufferingRequestHeader from '../../rules/accel-buffering-request-header.js';
import accelBufferingResponseHeader from '../../rules/accel-buffering-response-header.js';
import addHeaderInIf from '../../rules/add-header-in-if.js';
import addHeaderRedefinition from '../../rules/add-header-redefinition.js';
import bodyFilterOnStream from '../../rules/body-filter-on-stream.js';
import bufferingOn from '../../rules/buffering-on.js';
import cacheOnStream from '../../rules/cache-on-stream.js';
import chunkedEncodingOff from '../../rules/chunked-encoding-off.js';
import connectionUpgradeOnStream from '../../rules/connection-upgrade-on-stream.js';
import corsCredentialsWildcard from '../../rules/cors-credentials-wildcard.js';
import corsMissingAlways from '../../rules/cors-missing-always.js';
import duplicateHopHeader from '../../rules/duplicate-hop-header.js';
import gzipEventStream from '../../rules/gzip-event-stream.js';
import http1ConnectionLimit from '../../rules/http1-connection-limit.js';
import keepaliveIneffective from '../../rules/keepalive-ineffective.js';
import limitRateOnStream from '../../rules/limit-rate-on-stream.js';
import luaBodyFilterOnStream from '../../rules/lua-body-filter-on-stream.js';
import luaHttp10Buffering from '../../rules/lua-http10-buffering.js';
import proxySetHeaderRedefinition from '../../rules/proxy-set-header-redefinition.js';
import readTimeoutShort from '../../rules/read-timeout-short.js';
import readTimeoutZero from '../../rules/read-timeout-zero.js';
import streamCapacity from '../../rules/stream-capacity.js';
import upstreamHttp10 from '../../rules/upstream-http10.js';

export const RULES: readonly Rule[] = [
  accelBufferingIgnored,
  accelBufferingRequestHeader,
  accelBufferingResponseHeader,
  addHeaderInIf,
  addHeaderRedefinition,
  bodyFilterOnStream,
  bufferingOn,
  cacheOnStream,
  chunkedEncodingOff,
  connectionUpgradeOnStream,
  corsCredentialsWildcard,
  corsMissingAlways,
  duplicateHopHeader,
  gzipEventStream,
  http1ConnectionLimit,
  keepaliveIneffective,
  limitRateOnStream,
  luaBodyFilterOnStream,
  luaHttp10Buffering,
  proxySetHeaderRedefinition,
  readTimeoutShort,
  readTimeoutZero,
  streamCapacity,
  upstreamHttp10,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
