// V8's optimising compiler, set up for a lint that runs in a process of its own (the command line, not the API).
import type * as V8 from 'node:v8';

/**
 * Turns off TurboFan's inlining until the returned function turns it back on. A lint runs a few hundred large
 * functions (rules, the model's queries, the parser) just often enough for TurboFan to compile them with everything
 * they call inlined: on the benchmark tree that compiling is about a third of the CPU time of a 1,000-server lint,
 * and at 10,000 servers the whole run takes about a tenth less CPU without it (whole-process CPU time, paired runs,
 * 2 cores). The flags must be back as the process started before V8's code cache of the command line is written:
 * V8 rejects a cache made under other flags. Nothing is changed for V8 versions not known to have the flag (V8 prints
 * an unknown one on standard output, which would corrupt a JSON report), nor when Node was started with a choice of
 * its own about it.
 */
function tuneCompilerForLint(): () => void {
  const major = Number(process.versions.v8.split('.')[0]);
  const chosen = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => /turbo[-_]inlining/.test(a));
  if (major < 11 || major > 14 || chosen) return () => {};
  const { setFlagsFromString } = process.getBuiltinModule('node:v8') as typeof V8;
  setFlagsFromString('--no-turbo-inlining');
  return () => setFlagsFromString('--turbo-inlining');
}

/**
 * Config bytes a run reads before the compiler is tuned. Below it tuning gains nothing (one site file of 10 KB: the
 * same CPU either way; 40 KB: about 2% less), and loading node:v8 to tune it costs about 2 ms (it loads Node's stream
 * classes); at 150 KB (100 servers) tuning is already about 19% less CPU. It must come before the parser's own
 * functions are hot enough to be optimized, or they keep what was inlined into them for the rest of the run: tuned
 * after 64 KB, a 10,000-server lint took about 7% more CPU and 35 MB more peak memory; after 16 or 32 KB, the same
 * as tuned from the start (paired whole-process runs).
 */
export const TUNE_AFTER_BYTES = 32 * 1024;

/** A run's compiler tuning: `read` is told the size of each config file before it is parsed (tuneCompilerForLint). */
export function tuneWhenLarge(): { read: (bytes: number) => void; restore: () => void } {
  let total = 0;
  let restore: (() => void) | null = null;
  return {
    read(bytes) {
      total += bytes;
      if (restore === null && total > TUNE_AFTER_BYTES) restore = tuneCompilerForLint();
    },
    restore() {
      restore?.();
      restore = null;
    },
  };
}
