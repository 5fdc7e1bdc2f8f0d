#!/usr/bin/env node
// Entry point of the `sse-lint` binary.
import { readFileSync } from 'node:fs';
import { main } from './cli/main.js';

const color = !!process.stdout.isTTY && (process.stdout.hasColors?.() ?? false);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readFileSync(0),
  cwd: process.cwd(),
  color: process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0' ? true : color,
}).catch((e: unknown) => {
  process.stderr.write(`sse-lint: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  return 2;
});
