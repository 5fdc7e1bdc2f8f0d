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
/** The worker limits of a config (the first main config and `events` block that set them). */
export declare function workerLimits(model: ConfigModel): WorkerLimits;
