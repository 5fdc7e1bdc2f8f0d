// The compiler is tuned for a lint once the run has read more than TUNE_AFTER_BYTES of config (src/cli/jit.ts), and
// set back when the lint ends.
import type * as V8 from 'node:v8';
import { afterEach, expect, it, vi } from 'vitest';
import { TUNE_AFTER_BYTES, tuneWhenLarge } from '../../src/cli/jit.js';

const v8 = process.getBuiltinModule('node:v8') as typeof V8;
afterEach(() => vi.restoreAllMocks());

it('turns inlining off once the files read add up to more than TUNE_AFTER_BYTES, once, and back on at the end', () => {
  const flags = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
  const jit = tuneWhenLarge();
  jit.read(TUNE_AFTER_BYTES - 100);
  jit.read(100);
  expect(flags).not.toHaveBeenCalled();
  jit.read(1);
  jit.read(TUNE_AFTER_BYTES);
  expect(flags.mock.calls).toEqual([['--no-turbo-inlining']]);
  jit.restore();
  expect(flags.mock.calls).toEqual([['--no-turbo-inlining'], ['--turbo-inlining']]);
});

it('changes nothing for a small run', () => {
  const flags = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => {});
  const jit = tuneWhenLarge();
  jit.read(10_000);
  jit.restore();
  expect(flags).not.toHaveBeenCalled();
});
