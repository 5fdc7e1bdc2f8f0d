import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/types.ts
var SEVERITY_RANK = { info: 1, warning: 2, error: 3 };
function compareFindings(a, b) {
  if (a.span.file !== b.span.file) return a.span.file < b.span.file ? -1 : 1;
  if (a.span.start !== b.span.start) return a.span.start - b.span.start;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

export {
  SEVERITY_RANK,
  compareFindings
};
