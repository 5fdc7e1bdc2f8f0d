// map blocks: which map defines a variable, and the value it yields for one input (ngx_http_map_find).
import type { Directive } from '../../parser/ast.js';
import type { ContextNode } from '../context.js';
import type { ConfigModel } from '../model.js';
import { compilePcre, PcreLimitError } from '../routing/pcre.js';
import { argSubject, textToSubject } from '../routing/subject.js';

/** A `map` block and the variable it defines. */
export interface MapBlock {
  context: ContextNode;
  /** The source expression (`$http_upgrade`). */
  source: string;
  /** The variable defined, with its `$`. */
  variable: string;
}

const mapIndex = new WeakMap<ConfigModel, Map<string, MapBlock[]>>();

/** Every `map` block that defines `variable` (with its `$`), in config order. */
export function mapsDefining(model: ConfigModel, variable: string): MapBlock[] {
  // Indexed by variable once per model: a config with thousands of locations asks once per location.
  let index = mapIndex.get(model);
  if (!index) {
    index = new Map();
    for (const c of model.contexts.all) {
      if (c.kind !== 'map' || !c.directive) continue;
      const source = c.directive.args[0]?.value;
      const target = c.directive.args[1]?.value;
      if (source === undefined || target === undefined) continue;
      const key = target.toLowerCase();
      const list = index.get(key);
      const block = { context: c, source, variable: target };
      if (list) list.push(block);
      else index.set(key, [block]);
    }
    mapIndex.set(model, index);
  }
  return [...(index.get(variable.toLowerCase()) ?? [])];
}

/** The value a map yields for one input, and the line that yields it (null for the implicit empty default). */
export interface MapResult {
  value: string;
  directive: Directive | null;
}

const MAP_PARAMETERS = new Set(['hostnames', 'volatile', 'include']);

/**
 * Evaluates a map for an input the way ngx_http_map_find does: exact strings first, then regexes in order,
 * then `default` (or the empty string). Null when a regex cannot be evaluated here or `hostnames` is on.
 */
export function mapValueFor(map: MapBlock, input: string): MapResult | null {
  const entries = map.context.directives.filter((d) => !MAP_PARAMETERS.has(d.name));
  if (map.context.directives.some((d) => d.name === 'hostnames')) return null;
  const exact = entries.find((d) => d.name !== 'default' && !d.name.startsWith('~') && d.name.replace(/^\\/, '') === input);
  if (exact) return { value: exact.args[0]?.value ?? '', directive: exact };
  for (const d of entries) {
    if (!d.name.startsWith('~')) continue;
    const caseless = d.name.startsWith('~*');
    // nginx compiles map regexes with PCRE2: the same bounded matcher as locations (see routing/pcre.ts).
    const { regex } = compilePcre(argSubject(d.name.slice(caseless ? 2 : 1), d.file), caseless);
    if (!regex) return null;
    try {
      if (regex.test(textToSubject(input))) return { value: d.args[0]?.value ?? '', directive: d };
    } catch (e) {
      if (e instanceof PcreLimitError) return null;
      throw e;
    }
  }
  const dflt = entries.find((d) => d.name === 'default');
  return dflt ? { value: dflt.args[0]?.value ?? '', directive: dflt } : { value: '', directive: null };
}
