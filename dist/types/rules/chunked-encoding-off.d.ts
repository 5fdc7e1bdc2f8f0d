declare const _default: import("../src/engine/define-rule.js").Rule;
export default _default;
