// Worker process limits: worker_processes, worker_connections and worker_rlimit_nofile, with nginx's defaults.
import type { Directive } from '../../parser/ast.js';
import type { ContextNode } from '../context.js';
import type { EffectiveValue } from '../effective.js';
import type { ConfigModel } from '../model.js';

/** The worker settings in effect, each with its origin (a directive, or the default from the directive table). */
export interface WorkerLimits {
  /** The `events {}` block, when the linted files have one. */
  events: ContextNode | null;
  /** `worker_processes` (main; default 1). */
  processes: EffectiveValue;
  /** `worker_connections` (events; default 512). */
  connections: EffectiveValue;
  /** `worker_rlimit_nofile` (main; no default: the operating system's limit applies). */
  rlimitNofile: EffectiveValue;
}

/** The first line of a main-context directive among the entries' main contexts, as an effective value. */
function mainValue(model: ConfigModel, name: string): EffectiveValue {
  let first: ContextNode | null = null;
  for (const root of model.contexts.roots) {
    if (root.kind !== 'main') continue;
    first ??= root;
    if (root.directives.some((d: Directive) => d.name === name)) return model.effective(root, name);
  }
  return first ? model.effective(first, name) : model.defaultOf(name);
}

/** The worker limits of a config (the first main config and `events` block that set them). */
export function workerLimits(model: ConfigModel): WorkerLimits {
  const events = model.contexts.all.find((c) => c.kind === 'events') ?? null;
  return {
    events,
    processes: mainValue(model, 'worker_processes'),
    connections: events ? model.effective(events, 'worker_connections') : model.defaultOf('worker_connections'),
    rlimitNofile: mainValue(model, 'worker_rlimit_nofile'),
  };
}
