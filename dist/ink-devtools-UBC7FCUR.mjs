import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import "./chunk-IVK2YKFB.mjs";

// stub:ink-devtools
var ink_devtools_default = {};
export {
  ink_devtools_default as default
};
