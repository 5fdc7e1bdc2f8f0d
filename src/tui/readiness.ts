// Readiness marks: which overview column each rule's findings fall in, and the worst severity per server and check.
import { SEVERITY_RANK, type Severity } from '../types.js';
import { CHECKS, type CheckId, type Mark } from './data.js';

/**
 * The check each rule speaks to. Rules about the whole instance (stream-capacity) and the engine's own findings
 * (parse errors, includes) have no column; they are counted above the table.
 */
export const RULE_CHECK: Readonly<Record<string, CheckId | null>> = {
  'buffering-on': 'buffering',
  'accel-buffering-ignored': 'buffering',
  'accel-buffering-request-header': 'buffering',
  'lua-http10-buffering': 'buffering',
  'lua-body-filter-on-stream': 'buffering',
  'body-filter-on-stream': 'buffering',
  'gzip-event-stream': 'buffering',
  'limit-rate-on-stream': 'buffering',
  'chunked-encoding-off': 'buffering',
  'upstream-http10': 'http',
  'keepalive-ineffective': 'http',
  'read-timeout-short': 'timeout',
  'read-timeout-zero': 'timeout',
  'cache-on-stream': 'cache',
  'duplicate-hop-header': 'hop',
  'connection-upgrade-on-stream': 'hop',
  'proxy-set-header-redefinition': 'hop',
  'accel-buffering-response-header': 'headers',
  'add-header-in-if': 'headers',
  'add-header-redefinition': 'headers',
  'cors-credentials-wildcard': 'headers',
  'cors-missing-always': 'headers',
  'http1-connection-limit': 'h2',
  'stream-capacity': null,
};

/** The marks of one server from the severities of its findings per rule. */
export function readinessMarks(hasStreams: boolean, findings: readonly { ruleId: string; severity: Severity }[]): Record<CheckId, Mark> {
  const marks = Object.fromEntries(CHECKS.map((c) => [c, hasStreams ? 'ok' : 'na'])) as Record<CheckId, Mark>;
  for (const f of findings) {
    const check = RULE_CHECK[f.ruleId];
    if (!check) continue;
    const cur = marks[check];
    if (cur === 'ok' || cur === 'na' || SEVERITY_RANK[f.severity] > SEVERITY_RANK[cur]) marks[check] = f.severity;
  }
  return marks;
}
