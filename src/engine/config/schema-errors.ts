// Schema problems as issues people can act on: one per problem, with "did you mean" where a valid name is close.
import validate, { type ValidationError } from '../../generated/validate-config.js';
import schema from '../../../schema/config.schema.json' with { type: 'json' };
import { t, type CliKey } from '../../i18n/index.js';
import { editDistance } from '../../util/edit-distance.js';
import { pointerSegment } from '../json-source.js';
import type { ConfigIssue } from './errors.js';

/** Schema problems of a parsed config, as issues (pointers relative to the config object; no positions). */
export function validateConfig(data: unknown): ConfigIssue[] {
  if (validate(data)) return [];
  return describeErrors(validate.errors ?? [], data);
}

type SchemaNode = { properties?: Record<string, unknown>; [k: string]: unknown };

/** The schema object an ajv schemaPath (`#/properties/rules/additionalProperties`) points into. */
function schemaAt(path: string[]): SchemaNode | undefined {
  let node: unknown = schema;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node as SchemaNode | undefined;
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const seg of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v === 'number' && Number.isInteger(v) ? 'integer' : typeof v;
}

/** Turns ajv errors into issues people can act on: one per problem, with a suggestion where one is close. */
function describeErrors(errors: readonly ValidationError[], data: unknown): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  const typeAt = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const typeName = (tp: string): string => t('en', `cli.type.${tp}` as CliKey);
  const ruleOf = (pointer: string): string => (pointer.split('/')[2] ?? '').replace(/~1/g, '/').replace(/~0/g, '~');
  for (const e of errors) {
    const here = e.instancePath;
    const schemaPath = e.schemaPath.replace(/^#\//, '').split('/');
    switch (e.keyword) {
      case 'if':
      case 'propertyNames':
        continue; // the errors of "then"/"else" and of the name pattern say what is wrong
      case 'additionalProperties': {
        const key = String(e.params.additionalProperty);
        const candidates = Object.keys(schemaAt(schemaPath.slice(0, -1))?.properties ?? {}).filter((k) => k !== '$comment');
        const near = nearest(key, candidates);
        const pointer = `${here}/${pointerSegment(key)}`;
        const withNear = (a: CliKey, b: CliKey, extra: Record<string, string> = {}): ConfigIssue =>
          near ? { pointer, key: b, data: { key, near, ...extra } } : { pointer, key: a, data: { key, ...extra } };
        if (here === '/rules') out.push(withNear('cli.config.unknownRule', 'cli.config.unknownRuleNear'));
        else if (here.startsWith('/rules/')) {
          const rule = ruleOf(here);
          out.push(withNear('cli.config.unknownOption', 'cli.config.unknownOptionNear', { rule, choices: candidates.join(', ') }));
        } else out.push(withNear('cli.config.unknownKey', 'cli.config.unknownKeyNear'));
        continue;
      }
      case 'maxProperties':
        out.push({ pointer: here, key: 'cli.config.noOptions', data: { rule: ruleOf(here) } });
        continue;
      case 'enum': {
        if (typeAt.has(here)) continue;
        const value = String(valueAt(data, here));
        const allowed = (e.params.allowedValues as unknown[]).map(String);
        const near = nearest(value, allowed);
        const choices = allowed.join(', ');
        out.push(near ? { pointer: here, key: 'cli.config.badValueNear', data: { value, choices, near } } : { pointer: here, key: 'cli.config.badValue', data: { value, choices } });
        continue;
      }
      case 'type': {
        const expected = ([] as string[]).concat(e.params.type as string | string[]).map(typeName).join(' / ');
        out.push({ pointer: here, key: 'cli.config.wrongType', data: { expected, actual: typeName(jsonType(valueAt(data, here))) } });
        continue;
      }
      case 'minItems':
      case 'maxItems':
        if (here.startsWith('/rules/')) {
          out.push({ pointer: here, key: 'cli.config.ruleTuple', data: {} });
          continue;
        }
        break;
      case 'minLength':
        out.push({ pointer: here, key: 'cli.config.empty', data: {} });
        continue;
      case 'pattern':
        if (e.propertyName !== undefined) {
          out.push({ pointer: `${here}/${pointerSegment(e.propertyName)}`, key: 'cli.config.pathMapKey', data: { key: e.propertyName } });
          continue;
        }
        if (here === '/nginxVersion') {
          out.push({ pointer: here, key: 'cli.config.badVersion', data: { value: String(valueAt(data, here)) } });
          continue;
        }
        break;
    }
    out.push({ pointer: here, key: 'cli.config.other', data: { message: e.message ?? e.keyword } });
  }
  const seen = new Set<string>();
  return out.filter((i) => {
    const k = `${i.pointer}\0${i.key}\0${JSON.stringify(i.data)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The candidate closest to a mistyped word: the same letters in another case, the one candidate it abbreviates,
 * else the nearest by edit distance (at most a third of its length, and at least 2); null when none is close.
 */
export function nearest(input: string, candidates: readonly string[]): string | null {
  const lower = input.toLowerCase();
  const same = candidates.find((c) => c.toLowerCase() === lower);
  if (same) return same;
  // A shortened word ("warn", "buffering") names the candidate it starts.
  const started = lower.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(lower)) : [];
  if (started.length === 1) return started[0]!;
  const limit = Math.max(2, Math.floor(input.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
