// Preloaded (node --require) by scripts/build.mjs into one run of dist/cli.js: the launcher then reads no code cache and,
// once the command is done, hands this hook V8's code cache of its script (src/cli.ts), which is written to the file
// named by SSE_LINT_SHIP_CACHE_TO. The shipped cache is that file.
'use strict';
const { writeFileSync } = require('node:fs');

const to = process.env.SSE_LINT_SHIP_CACHE_TO;
if (!to) throw new Error('ship-code-cache: SSE_LINT_SHIP_CACHE_TO is not set');
delete process.env.SSE_LINT_SHIP_CACHE_TO;
globalThis[Symbol.for('sse-lint.ship-code-cache')] = (bytes) => writeFileSync(to, bytes);
