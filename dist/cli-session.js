(function (exports, require, module, __sseLintUrl, __sseLintLoadTui, __sseLintChunk) {// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/tui/session.ts (scripts/build.mjs).
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/tui/session.ts
var session_exports = {};
__export(session_exports, {
  createReview: () => createReview,
  startReview: () => startReview
});
module.exports = __toCommonJS(session_exports);
var import_i18n = require("src/i18n/index.ts");

// src/tui/strings.ts
var EN = {
  "app.name": "sse-lint",
  "view.overview": "Overview",
  "view.findings": "Findings",
  "view.detail": "Detail",
  "view.diff": "Pending diff",
  "view.route": "Route explorer",
  "view.help": "Help",
  "title.position": "{at}/{total}",
  "title.staged": "{count} staged",
  "title.focus": "focus",
  "tooSmall": "terminal too small: need {cols}x{rows}, have {haveCols}x{haveRows}",
  "sev.error": "error",
  "sev.warning": "warn",
  "sev.info": "info",
  "badge.safe": "safe fix",
  "badge.unsafe": "unsafe fix",
  "badge.suggestion": "suggestion",
  "badge.none": "",
  "overview.counts": "{errors} {errors:error|errors}  {warnings} {warnings:warning|warnings}  {infos} info    {fixes} {fixes:fix|fixes} available ({safe} safe)",
  "overview.streamCount": "{streams} stream {streams:location|locations} in {servers} {servers:server|servers}",
  "overview.server": "SERVER",
  "overview.streams": "STREAMS",
  "overview.col.buffering": "BUF",
  "overview.col.http": "HTTP",
  "overview.col.timeout": "TMO",
  "overview.col.cache": "CACHE",
  "overview.col.hop": "HOP",
  "overview.col.headers": "HDRS",
  "overview.col.h2": "H2",
  "overview.legend": "\u2714 ok  \u2718 breaks SSE  ! risky  i note  - no stream",
  "overview.columns": "BUF buffering  HTTP upstream HTTP version  TMO read timeout  CACHE cache  HOP headers to upstream  HDRS response headers  H2 HTTP/2",
  "overview.noServers": "No server blocks found. Press 2 for the findings list.",
  "overview.streamsOf": "Streams of {server}:",
  "overview.noStreams": "{server} has no stream locations (mark one with --route or # sse-lint: stream).",
  "findings.filter": "Filter: {filter}",
  "findings.filterHint": "/ to filter (text, !text, sev:error, rule:buffering, fix:safe)",
  "findings.scope": "Server: {server}",
  "findings.count": "{shown} of {total}",
  "findings.none": "No findings match.",
  "findings.clean": "No findings: nothing here breaks event streams.",
  "detail.code": "Code",
  "detail.value": "Value in effect",
  "detail.notSet": "not set",
  "detail.effective": "(effective)",
  "detail.overridden": "(overridden)",
  "detail.default": "nginx default",
  "detail.stream": "Why this counts as a stream",
  "detail.related": "Related",
  "detail.why": "Why it matters",
  "detail.fix": "Fix",
  "detail.fixSafe": "[safe]",
  "detail.fixUnsafe": "[unsafe]",
  "detail.fixSuggestion": "[suggestion: shown, never applied]",
  "detail.displayOnly": "[display only]",
  "detail.noFix": "No automatic fix: change the config by hand as described above.",
  "detail.nothing": "Nothing selected.",
  "diff.empty": "No pending changes.",
  "route.host": "Host",
  "route.uri": "URI",
  "route.prompt": "Type a host (host:port works) and a URI, then Enter.",
  "modal.unsafe.title": "Apply an unsafe fix?",
  "modal.unsafe.changes": "What changes in behaviour:",
  "modal.unsafe.keys": "y apply    n or Esc cancel",
  "modal.applySafe.title": "Apply {count} safe {count:fix|fixes}?",
  "modal.applySafe.body": "They are staged in memory; u undoes them, w writes them.",
  "modal.applySafe.keys": "y apply    n or Esc cancel",
  "modal.write.title": "Write {count} {count:file|files}?",
  "modal.write.verify": "First {bin} -t checks a copy of the fixed config; nothing is written if it fails.",
  "modal.write.keys": "y write    n or Esc cancel",
  "modal.quit.title": "Changes in {count} {count:file|files} are not written.",
  "modal.quit.keys": "w write    d discard and quit    Esc stay",
  "modal.quit.keysDump": "w save as a patch file    d discard and quit    Esc stay",
  "modal.reload.title": "Reload from disk and drop the changes not written?",
  "modal.reload.keys": "y reload    n or Esc cancel",
  "modal.patch.prompt": "A dump is never written. Save the pending diff as: ",
  "modal.patchFailed": "Could not save the patch",
  "modal.verifyFailed": "nginx -t rejected the fixed config; nothing was written",
  "modal.writeFailed": "Nothing was written",
  "modal.message.keys": "Enter or Esc close",
  "toast.selectFinding": "select a finding first",
  "toast.noFix": "{rule} has no automatic fix here: nothing was staged",
  "toast.suggestionOnly": "{rule} offers a suggestion that needs your choice: edit the config by hand (the diff shows it)",
  "toast.noSafeFixes": "no safe fixes here",
  "toast.nothingToUndo": "nothing to undo",
  "toast.nothingToRedo": "nothing to redo",
  "toast.noChanges": "no pending changes",
  "toast.failed": "not applied: {reason}",
  "toast.patchSaved": "patch saved to {path}",
  "toast.written": "wrote {count} {count:file|files}",
  "toast.writtenVerified": "wrote {count} {count:file|files} ({bin} -t passed)",
  "toast.staged": "staged: {title}   u undo, w write",
  "toast.stagedMany": "staged {count} {count:fix|fixes}   u undo, w write",
  "toast.undone": "undid {count} {count:fix|fixes}",
  "toast.redone": "redid {count} {count:fix|fixes}",
  "toast.reloaded": "reloaded: {count} {count:finding|findings}",
  "toast.working": "working...",
  "reason.noFix": "this finding has no automatic fix",
  "reason.reverted": "{file}: {reason}",
  "reason.nothingApplied": "no fix could be applied",
  "reason.nothingToUndo": "nothing to undo",
  "reason.nothingToRedo": "nothing to redo",
  "reason.noChanges": "no pending changes",
  "reason.readOnlyDump": "an nginx -T dump is never written; save a patch instead",
  "reason.readOnlyStdin": "standard input is never written; save a patch instead",
  "reason.rejected": "{bin} -t rejected the fixed config",
  "reason.conflict": "{files} changed on disk since it was read (R reloads it)",
  "reason.safeFixes": "{count} safe {count:fix|fixes}",
  "field.keys": "Enter apply  Esc cancel  ^U clear",
  "field.routeKeys": "Tab next field  Enter look up  Esc done",
  "key.down": "down",
  "key.up": "up",
  "key.pageDown": "page down",
  "key.pageUp": "page up",
  "key.first": "first",
  "key.last": "last",
  "key.open": "open",
  "key.close": "close",
  "key.nextFinding": "next",
  "key.prevFinding": "previous",
  "key.filter": "filter",
  "key.clearFilter": "clear filter",
  "key.fix": "fix",
  "key.fixAll": "all safe",
  "key.undo": "undo",
  "key.redo": "redo",
  "key.diff": "diff",
  "key.write": "write",
  "key.route": "route",
  "key.edit": "edit",
  "key.overview": "overview",
  "key.findings": "findings",
  "key.focus": "pane",
  "key.reload": "reload",
  "key.back": "back",
  "key.help": "help",
  "key.quit": "quit",
  "key.abort": "quit now",
  "help.down": "Move down (scroll in the detail, diff and help)",
  "help.up": "Move up",
  "help.pageDown": "Page down",
  "help.pageUp": "Page up",
  "help.first": "Go to the top",
  "help.last": "Go to the bottom",
  "help.open": "Open: a server shows its findings, a group folds or unfolds, a finding shows its detail",
  "help.close": "Fold the group, or go back",
  "help.nextFinding": "Next finding, from the detail",
  "help.prevFinding": "Previous finding, from the detail",
  "help.filter": "Filter the findings: text, !text to exclude, sev:warning (and above), rule:ID, fix:safe|unsafe|none",
  "help.clearFilter": "Clear the filter",
  "help.fix": "Apply the selected fix in memory (unsafe fixes ask first); nothing is written until w",
  "help.fixAll": "Apply every safe fix in the current list (asks first)",
  "help.undo": "Undo the last applied fix",
  "help.redo": "Redo what u undid",
  "help.diff": "Show the whole pending diff",
  "help.write": "Write the applied fixes (lists the files and asks; a dump saves a patch file instead)",
  "help.route": "Route explorer: which server and location answer a host and URI, with the settings in effect",
  "help.edit": "Edit the host and URI again",
  "help.overview": "Overview: readiness per server",
  "help.findings": "Findings list",
  "help.focus": "Switch between the list and the detail (wide terminals)",
  "help.reload": "Reload the config from disk",
  "help.back": "Back one level, close a prompt, clear the filter",
  "help.help": "This help",
  "help.quit": "Quit (asks when changes are not written)",
  "help.abort": "Quit at once, writing nothing"
};
var ZH_CN = {
  "app.name": "sse-lint",
  "view.overview": "\u6982\u89C8",
  "view.findings": "\u95EE\u9898\u5217\u8868",
  "view.detail": "\u8BE6\u60C5",
  "view.diff": "\u5F85\u5199\u5165\u7684\u5DEE\u5F02",
  "view.route": "\u8DEF\u7531\u67E5\u8BE2",
  "view.help": "\u5E2E\u52A9",
  "title.position": "{at}/{total}",
  "title.staged": "\u5DF2\u6682\u5B58 {count} \u9879",
  "title.focus": "\u7126\u70B9",
  "tooSmall": "\u7EC8\u7AEF\u592A\u5C0F\uFF1A\u81F3\u5C11\u9700\u8981 {cols}x{rows}\uFF0C\u5F53\u524D\u4E3A {haveCols}x{haveRows}",
  "sev.error": "\u9519\u8BEF",
  "sev.warning": "\u8B66\u544A",
  "sev.info": "\u63D0\u793A",
  "badge.safe": "\u5B89\u5168\u4FEE\u590D",
  "badge.unsafe": "\u4E0D\u5B89\u5168\u4FEE\u590D",
  "badge.suggestion": "\u4FEE\u6539\u5EFA\u8BAE",
  "badge.none": "",
  "overview.counts": "{errors} \u4E2A\u9519\u8BEF  {warnings} \u4E2A\u8B66\u544A  {infos} \u4E2A\u63D0\u793A    \u53EF\u7528\u4FEE\u590D {fixes} \u4E2A\uFF08{safe} \u4E2A\u5B89\u5168\uFF09",
  "overview.streamCount": "{servers} \u4E2A server \u4E2D\u6709 {streams} \u4E2A\u6D41\u5F0F location",
  "overview.server": "SERVER",
  "overview.streams": "\u6D41",
  "overview.col.buffering": "BUF",
  "overview.col.http": "HTTP",
  "overview.col.timeout": "TMO",
  "overview.col.cache": "CACHE",
  "overview.col.hop": "HOP",
  "overview.col.headers": "HDRS",
  "overview.col.h2": "H2",
  "overview.legend": "\u2714 \u6B63\u5E38  \u2718 \u7834\u574F SSE  ! \u6709\u98CE\u9669  i \u63D0\u793A  - \u65E0\u6D41",
  "overview.columns": "BUF \u7F13\u51B2  HTTP \u4E0A\u6E38 HTTP \u7248\u672C  TMO \u8BFB\u53D6\u8D85\u65F6  CACHE \u7F13\u5B58  HOP \u53D1\u5F80\u4E0A\u6E38\u7684\u5934  HDRS \u54CD\u5E94\u5934  H2 HTTP/2",
  "overview.noServers": "\u6CA1\u6709\u627E\u5230 server \u5757\u3002\u6309 2 \u67E5\u770B\u95EE\u9898\u5217\u8868\u3002",
  "overview.streamsOf": "{server} \u7684\u6D41\uFF1A",
  "overview.noStreams": "{server} \u6CA1\u6709\u6D41\u5F0F location\uFF08\u53EF\u7528 --route \u6216 # sse-lint: stream \u6807\u8BB0\uFF09\u3002",
  "findings.filter": "\u8FC7\u6EE4\uFF1A{filter}",
  "findings.filterHint": "\u6309 / \u8FC7\u6EE4\uFF08\u6587\u672C\u3001!\u6587\u672C\u3001sev:error\u3001rule:buffering\u3001fix:safe\uFF09",
  "findings.scope": "Server\uFF1A{server}",
  "findings.count": "{shown} / {total}",
  "findings.none": "\u6CA1\u6709\u5339\u914D\u7684\u95EE\u9898\u3002",
  "findings.clean": "\u6CA1\u6709\u95EE\u9898\uFF1A\u8FD9\u91CC\u6CA1\u6709\u7834\u574F\u4E8B\u4EF6\u6D41\u7684\u8BBE\u7F6E\u3002",
  "detail.code": "\u4EE3\u7801",
  "detail.value": "\u751F\u6548\u7684\u503C",
  "detail.notSet": "\u672A\u8BBE\u7F6E",
  "detail.effective": "\uFF08\u751F\u6548\uFF09",
  "detail.overridden": "\uFF08\u88AB\u8986\u76D6\uFF09",
  "detail.default": "nginx \u9ED8\u8BA4\u503C",
  "detail.stream": "\u4E3A\u4F55\u89C6\u4E3A\u4E8B\u4EF6\u6D41",
  "detail.related": "\u76F8\u5173\u4F4D\u7F6E",
  "detail.why": "\u4E3A\u4F55\u91CD\u8981",
  "detail.fix": "\u4FEE\u590D",
  "detail.fixSafe": "[\u5B89\u5168]",
  "detail.fixUnsafe": "[\u4E0D\u5B89\u5168]",
  "detail.fixSuggestion": "[\u5EFA\u8BAE\uFF1A\u4EC5\u663E\u793A\uFF0C\u4E0D\u4F1A\u5E94\u7528]",
  "detail.displayOnly": "[\u4EC5\u8BF4\u660E]",
  "detail.noFix": "\u6CA1\u6709\u81EA\u52A8\u4FEE\u590D\uFF1A\u8BF7\u6309\u4E0A\u9762\u7684\u8BF4\u660E\u624B\u52A8\u4FEE\u6539\u914D\u7F6E\u3002",
  "detail.nothing": "\u672A\u9009\u62E9\u4EFB\u4F55\u95EE\u9898\u3002",
  "diff.empty": "\u6CA1\u6709\u5F85\u5199\u5165\u7684\u4FEE\u6539\u3002",
  "route.host": "\u4E3B\u673A",
  "route.uri": "URI",
  "route.prompt": "\u8F93\u5165\u4E3B\u673A\uFF08\u53EF\u5199 host:port\uFF09\u548C URI\uFF0C\u7136\u540E\u6309 Enter\u3002",
  "modal.unsafe.title": "\u5E94\u7528\u4E0D\u5B89\u5168\u7684\u4FEE\u590D\uFF1F",
  "modal.unsafe.changes": "\u884C\u4E3A\u4E0A\u7684\u53D8\u5316\uFF1A",
  "modal.unsafe.keys": "y \u5E94\u7528    n \u6216 Esc \u53D6\u6D88",
  "modal.applySafe.title": "\u5E94\u7528 {count} \u4E2A\u5B89\u5168\u4FEE\u590D\uFF1F",
  "modal.applySafe.body": "\u4FEE\u590D\u53EA\u6682\u5B58\u5728\u5185\u5B58\u4E2D\uFF1Bu \u64A4\u9500\uFF0Cw \u5199\u5165\u3002",
  "modal.applySafe.keys": "y \u5E94\u7528    n \u6216 Esc \u53D6\u6D88",
  "modal.write.title": "\u5199\u5165 {count} \u4E2A\u6587\u4EF6\uFF1F",
  "modal.write.verify": "\u5148\u7528 {bin} -t \u68C0\u67E5\u4FEE\u590D\u540E\u914D\u7F6E\u7684\u526F\u672C\uFF1B\u68C0\u67E5\u5931\u8D25\u5219\u4E0D\u5199\u5165\u4EFB\u4F55\u6587\u4EF6\u3002",
  "modal.write.keys": "y \u5199\u5165    n \u6216 Esc \u53D6\u6D88",
  "modal.quit.title": "{count} \u4E2A\u6587\u4EF6\u7684\u4FEE\u6539\u5C1A\u672A\u5199\u5165\u3002",
  "modal.quit.keys": "w \u5199\u5165    d \u653E\u5F03\u5E76\u9000\u51FA    Esc \u7559\u4E0B",
  "modal.quit.keysDump": "w \u4FDD\u5B58\u4E3A\u8865\u4E01\u6587\u4EF6    d \u653E\u5F03\u5E76\u9000\u51FA    Esc \u7559\u4E0B",
  "modal.reload.title": "\u4ECE\u78C1\u76D8\u91CD\u65B0\u52A0\u8F7D\u5E76\u4E22\u5F03\u672A\u5199\u5165\u7684\u4FEE\u6539\uFF1F",
  "modal.reload.keys": "y \u91CD\u65B0\u52A0\u8F7D    n \u6216 Esc \u53D6\u6D88",
  "modal.patch.prompt": "\u8F6C\u50A8\u5185\u5BB9\u4E0D\u4F1A\u88AB\u5199\u56DE\u3002\u5C06\u5F85\u5199\u5165\u7684\u5DEE\u5F02\u4FDD\u5B58\u4E3A\uFF1A",
  "modal.patchFailed": "\u65E0\u6CD5\u4FDD\u5B58\u8865\u4E01",
  "modal.verifyFailed": "nginx -t \u62D2\u7EDD\u4E86\u4FEE\u590D\u540E\u7684\u914D\u7F6E\uFF1B\u6CA1\u6709\u5199\u5165\u4EFB\u4F55\u6587\u4EF6",
  "modal.writeFailed": "\u6CA1\u6709\u5199\u5165\u4EFB\u4F55\u6587\u4EF6",
  "modal.message.keys": "Enter \u6216 Esc \u5173\u95ED",
  "toast.selectFinding": "\u8BF7\u5148\u9009\u62E9\u4E00\u4E2A\u95EE\u9898",
  "toast.noFix": "{rule} \u5728\u8FD9\u91CC\u6CA1\u6709\u81EA\u52A8\u4FEE\u590D\uFF1A\u672A\u6682\u5B58\u4EFB\u4F55\u4FEE\u6539",
  "toast.suggestionOnly": "{rule} \u7ED9\u51FA\u7684\u662F\u9700\u8981\u4F60\u6765\u51B3\u5B9A\u7684\u4FEE\u6539\u5EFA\u8BAE\uFF1A\u8BF7\u624B\u52A8\u7F16\u8F91\u914D\u7F6E\uFF08\u5DEE\u5F02\u4E2D\u6709\u793A\u4F8B\uFF09",
  "toast.noSafeFixes": "\u8FD9\u91CC\u6CA1\u6709\u5B89\u5168\u4FEE\u590D",
  "toast.nothingToUndo": "\u6CA1\u6709\u53EF\u64A4\u9500\u7684\u64CD\u4F5C",
  "toast.nothingToRedo": "\u6CA1\u6709\u53EF\u91CD\u505A\u7684\u64CD\u4F5C",
  "toast.noChanges": "\u6CA1\u6709\u5F85\u5199\u5165\u7684\u4FEE\u6539",
  "toast.failed": "\u672A\u5E94\u7528\uFF1A{reason}",
  "toast.patchSaved": "\u8865\u4E01\u5DF2\u4FDD\u5B58\u5230 {path}",
  "toast.written": "\u5DF2\u5199\u5165 {count} \u4E2A\u6587\u4EF6",
  "toast.writtenVerified": "\u5DF2\u5199\u5165 {count} \u4E2A\u6587\u4EF6\uFF08{bin} -t \u901A\u8FC7\uFF09",
  "toast.staged": "\u5DF2\u6682\u5B58\uFF1A{title}   u \u64A4\u9500\uFF0Cw \u5199\u5165",
  "toast.stagedMany": "\u5DF2\u6682\u5B58 {count} \u4E2A\u4FEE\u590D   u \u64A4\u9500\uFF0Cw \u5199\u5165",
  "toast.undone": "\u5DF2\u64A4\u9500 {count} \u4E2A\u4FEE\u590D",
  "toast.redone": "\u5DF2\u91CD\u505A {count} \u4E2A\u4FEE\u590D",
  "toast.reloaded": "\u5DF2\u91CD\u65B0\u52A0\u8F7D\uFF1A{count} \u4E2A\u95EE\u9898",
  "toast.working": "\u5904\u7406\u4E2D\u2026\u2026",
  "reason.noFix": "\u8FD9\u4E2A\u95EE\u9898\u6CA1\u6709\u81EA\u52A8\u4FEE\u590D",
  "reason.reverted": "{file}\uFF1A{reason}",
  "reason.nothingApplied": "\u6CA1\u6709\u53EF\u4EE5\u5E94\u7528\u7684\u4FEE\u590D",
  "reason.nothingToUndo": "\u6CA1\u6709\u53EF\u64A4\u9500\u7684\u64CD\u4F5C",
  "reason.nothingToRedo": "\u6CA1\u6709\u53EF\u91CD\u505A\u7684\u64CD\u4F5C",
  "reason.noChanges": "\u6CA1\u6709\u5F85\u5199\u5165\u7684\u4FEE\u6539",
  "reason.readOnlyDump": "nginx -T \u8F6C\u50A8\u4E0D\u4F1A\u88AB\u5199\u56DE\uFF1B\u8BF7\u4FDD\u5B58\u4E3A\u8865\u4E01",
  "reason.readOnlyStdin": "\u6807\u51C6\u8F93\u5165\u4E0D\u4F1A\u88AB\u5199\u56DE\uFF1B\u8BF7\u4FDD\u5B58\u4E3A\u8865\u4E01",
  "reason.rejected": "{bin} -t \u62D2\u7EDD\u4E86\u4FEE\u590D\u540E\u7684\u914D\u7F6E",
  "reason.conflict": "{files} \u5728\u8BFB\u53D6\u540E\u5DF2\u5728\u78C1\u76D8\u4E0A\u88AB\u4FEE\u6539\uFF08\u6309 R \u91CD\u65B0\u52A0\u8F7D\uFF09",
  "reason.safeFixes": "{count} \u4E2A\u5B89\u5168\u4FEE\u590D",
  "field.keys": "Enter \u786E\u5B9A  Esc \u53D6\u6D88  ^U \u6E05\u7A7A",
  "field.routeKeys": "Tab \u4E0B\u4E00\u4E2A\u5B57\u6BB5  Enter \u67E5\u8BE2  Esc \u5B8C\u6210",
  "key.down": "\u4E0B",
  "key.up": "\u4E0A",
  "key.pageDown": "\u4E0B\u4E00\u9875",
  "key.pageUp": "\u4E0A\u4E00\u9875",
  "key.first": "\u9876\u90E8",
  "key.last": "\u5E95\u90E8",
  "key.open": "\u6253\u5F00",
  "key.close": "\u6298\u53E0",
  "key.nextFinding": "\u4E0B\u4E00\u4E2A",
  "key.prevFinding": "\u4E0A\u4E00\u4E2A",
  "key.filter": "\u8FC7\u6EE4",
  "key.clearFilter": "\u6E05\u9664\u8FC7\u6EE4",
  "key.fix": "\u4FEE\u590D",
  "key.fixAll": "\u5168\u90E8\u5B89\u5168\u4FEE\u590D",
  "key.undo": "\u64A4\u9500",
  "key.redo": "\u91CD\u505A",
  "key.diff": "\u5DEE\u5F02",
  "key.write": "\u5199\u5165",
  "key.route": "\u8DEF\u7531",
  "key.edit": "\u7F16\u8F91",
  "key.overview": "\u6982\u89C8",
  "key.findings": "\u95EE\u9898",
  "key.focus": "\u5207\u6362\u7A97\u683C",
  "key.reload": "\u91CD\u65B0\u52A0\u8F7D",
  "key.back": "\u8FD4\u56DE",
  "key.help": "\u5E2E\u52A9",
  "key.quit": "\u9000\u51FA",
  "key.abort": "\u7ACB\u5373\u9000\u51FA",
  "help.down": "\u5411\u4E0B\u79FB\u52A8\uFF08\u5728\u8BE6\u60C5\u3001\u5DEE\u5F02\u548C\u5E2E\u52A9\u4E2D\u6EDA\u52A8\uFF09",
  "help.up": "\u5411\u4E0A\u79FB\u52A8",
  "help.pageDown": "\u5411\u4E0B\u7FFB\u9875",
  "help.pageUp": "\u5411\u4E0A\u7FFB\u9875",
  "help.first": "\u5230\u9876\u90E8",
  "help.last": "\u5230\u5E95\u90E8",
  "help.open": "\u6253\u5F00\uFF1Aserver \u663E\u793A\u5176\u95EE\u9898\uFF0C\u5206\u7EC4\u6298\u53E0\u6216\u5C55\u5F00\uFF0C\u95EE\u9898\u663E\u793A\u8BE6\u60C5",
  "help.close": "\u6298\u53E0\u5206\u7EC4\uFF0C\u6216\u8FD4\u56DE",
  "help.nextFinding": "\u5728\u8BE6\u60C5\u4E2D\u67E5\u770B\u4E0B\u4E00\u4E2A\u95EE\u9898",
  "help.prevFinding": "\u5728\u8BE6\u60C5\u4E2D\u67E5\u770B\u4E0A\u4E00\u4E2A\u95EE\u9898",
  "help.filter": "\u8FC7\u6EE4\u95EE\u9898\uFF1A\u6587\u672C\u3001!\u6587\u672C \u6392\u9664\u3001sev:warning\uFF08\u53CA\u4EE5\u4E0A\uFF09\u3001rule:\u89C4\u5219\u3001fix:safe|unsafe|none",
  "help.clearFilter": "\u6E05\u9664\u8FC7\u6EE4",
  "help.fix": "\u5728\u5185\u5B58\u4E2D\u5E94\u7528\u6240\u9009\u4FEE\u590D\uFF08\u4E0D\u5B89\u5168\u7684\u4FEE\u590D\u4F1A\u5148\u8BE2\u95EE\uFF09\uFF1B\u6309 w \u4E4B\u524D\u4E0D\u5199\u5165",
  "help.fixAll": "\u5E94\u7528\u5F53\u524D\u5217\u8868\u4E2D\u7684\u6240\u6709\u5B89\u5168\u4FEE\u590D\uFF08\u5148\u8BE2\u95EE\uFF09",
  "help.undo": "\u64A4\u9500\u4E0A\u4E00\u6B21\u5E94\u7528\u7684\u4FEE\u590D",
  "help.redo": "\u91CD\u505A\u88AB\u64A4\u9500\u7684\u4FEE\u590D",
  "help.diff": "\u663E\u793A\u5168\u90E8\u5F85\u5199\u5165\u7684\u5DEE\u5F02",
  "help.write": "\u5199\u5165\u5DF2\u5E94\u7528\u7684\u4FEE\u590D\uFF08\u5217\u51FA\u6587\u4EF6\u5E76\u8BE2\u95EE\uFF1B\u8F6C\u50A8\u5219\u4FDD\u5B58\u8865\u4E01\u6587\u4EF6\uFF09",
  "help.route": "\u8DEF\u7531\u67E5\u8BE2\uFF1A\u54EA\u4E2A server \u548C location \u54CD\u5E94\u67D0\u4E2A\u4E3B\u673A\u548C URI\uFF0C\u4EE5\u53CA\u751F\u6548\u7684\u8BBE\u7F6E",
  "help.edit": "\u91CD\u65B0\u7F16\u8F91\u4E3B\u673A\u548C URI",
  "help.overview": "\u6982\u89C8\uFF1A\u6BCF\u4E2A server \u7684\u5C31\u7EEA\u72B6\u6001",
  "help.findings": "\u95EE\u9898\u5217\u8868",
  "help.focus": "\u5728\u5217\u8868\u548C\u8BE6\u60C5\u4E4B\u95F4\u5207\u6362\uFF08\u5BBD\u7EC8\u7AEF\uFF09",
  "help.reload": "\u4ECE\u78C1\u76D8\u91CD\u65B0\u52A0\u8F7D\u914D\u7F6E",
  "help.back": "\u8FD4\u56DE\u4E0A\u4E00\u7EA7\u3001\u5173\u95ED\u63D0\u793A\u3001\u6E05\u9664\u8FC7\u6EE4",
  "help.help": "\u672C\u5E2E\u52A9",
  "help.quit": "\u9000\u51FA\uFF08\u6709\u672A\u5199\u5165\u7684\u4FEE\u6539\u65F6\u4F1A\u8BE2\u95EE\uFF09",
  "help.abort": "\u7ACB\u5373\u9000\u51FA\uFF0C\u4E0D\u5199\u5165\u4EFB\u4F55\u5185\u5BB9"
};
var CATALOGS = { en: EN, "zh-CN": ZH_CN };
function tr(locale, key, data = {}) {
  const tpl = CATALOGS[locale][key];
  return tpl.replace(/\{(\w+)(?::([^|}]*)\|([^}]*))?\}/g, (_m, name, one, other) => {
    const v = data[name];
    if (one !== void 0) return Number(v) === 1 ? one : other ?? "";
    if (v === void 0) throw new Error(`TUI string ${key} needs "${name}"`);
    return String(v);
  });
}

// src/tui/session.ts
var import_pipeline = require("src/pipeline/index.ts");
var import_common = require("src/reporters/common.ts");

// src/tui/data.ts
var CHECKS = ["buffering", "http", "timeout", "cache", "hop", "headers", "h2"];
function diffLines(text) {
  const out = [];
  for (const l of text.split("\n")) {
    if (l === "") continue;
    if (l.startsWith("--- ") || l.startsWith("+++ ")) out.push({ kind: "file", text: l });
    else if (l.startsWith("@@")) out.push({ kind: "hunk", text: l });
    else if (l.startsWith("+")) out.push({ kind: "add", text: l });
    else if (l.startsWith("-")) out.push({ kind: "del", text: l });
    else out.push({ kind: "context", text: l });
  }
  return out;
}

// src/tui/readiness.ts
var import_types = require("src/types.ts");
var RULE_CHECK = {
  "buffering-on": "buffering",
  "accel-buffering-ignored": "buffering",
  "accel-buffering-request-header": "buffering",
  "lua-http10-buffering": "buffering",
  "lua-body-filter-on-stream": "buffering",
  "body-filter-on-stream": "buffering",
  "gzip-event-stream": "buffering",
  "limit-rate-on-stream": "buffering",
  "chunked-encoding-off": "buffering",
  "upstream-http10": "http",
  "keepalive-ineffective": "http",
  "read-timeout-short": "timeout",
  "read-timeout-zero": "timeout",
  "cache-on-stream": "cache",
  "duplicate-hop-header": "hop",
  "connection-upgrade-on-stream": "hop",
  "proxy-set-header-redefinition": "hop",
  "accel-buffering-response-header": "headers",
  "add-header-in-if": "headers",
  "add-header-redefinition": "headers",
  "cors-credentials-wildcard": "headers",
  "cors-missing-always": "headers",
  "http1-connection-limit": "h2",
  "stream-capacity": null
};
function readinessMarks(hasStreams, findings) {
  const marks = Object.fromEntries(CHECKS.map((c) => [c, hasStreams ? "ok" : "na"]));
  for (const f of findings) {
    const check = RULE_CHECK[f.ruleId];
    if (!check) continue;
    const cur = marks[check];
    if (cur === "ok" || cur === "na" || import_types.SEVERITY_RANK[f.severity] > import_types.SEVERITY_RANK[cur]) marks[check] = f.severity;
  }
  return marks;
}

// src/tui/session.ts
function startReview(inputs, options = {}) {
  const settings = (0, import_pipeline.resolveSettings)(inputs, options);
  return createReview(inputs, (0, import_pipeline.loadRunInputs)(inputs, settings), options);
}
function createReview(inputs, loaded, options = {}) {
  const locale = options.locale ?? "en";
  const settings = loaded.settings;
  const show = (p) => (0, import_common.displayPath)(p, settings.cwd);
  let fix = (0, import_pipeline.createFixSession)(loaded);
  let staged = [];
  let redoable = [];
  let raw = /* @__PURE__ */ new Map();
  let snap;
  let run;
  const previews = /* @__PURE__ */ new Map();
  const rebuild = () => {
    run = fix.current();
    const layout = (0, import_pipeline.describeRun)(run);
    const labels = new Map(layout.servers.map((s) => [s.key, s.label]));
    raw = /* @__PURE__ */ new Map();
    previews.clear();
    const items = run.findings.map((f, n) => {
      const id = `${n}:${f.ruleId}:${f.span.file}:${f.span.start}`;
      raw.set(id, f);
      const place = layout.places[n];
      return {
        id,
        finding: locale === "en" ? f : (0, import_i18n.localizeFinding)(f, locale),
        place: { file: f.span.file, fileLabel: show(f.span.file), serverKey: place.serverKey, server: place.serverKey ? labels.get(place.serverKey) : null, location: place.location, chain: place.chain }
      };
    });
    const perServer = /* @__PURE__ */ new Map();
    run.findings.forEach((f, n) => {
      for (const k of layout.places[n].serverKeys) perServer.set(k, [...perServer.get(k) ?? [], f]);
    });
    const servers = layout.servers.map((s) => {
      const fs = perServer.get(s.key) ?? [];
      return {
        key: s.key,
        label: s.label,
        file: s.file,
        line: s.line,
        findings: fs.length,
        streams: s.streams.map((x) => ({ ...x, file: show(x.file) })),
        marks: readinessMarks(s.streams.length > 0, fs)
      };
    });
    const counts = /* @__PURE__ */ new Map();
    let file = null;
    for (const l of diffLines(fix.diff())) {
      if (l.kind === "file" && l.text.startsWith("--- a/")) counts.set(l.text.slice(6), file = { added: 0, removed: 0 });
      else if (file && l.kind === "add") file.added++;
      else if (file && l.kind === "del") file.removed++;
    }
    const changed = fix.changes().map((c) => ({ file: c.path, fileLabel: show(c.path), ...counts.get(c.path) ?? { added: 0, removed: 0 } }));
    snap = {
      items,
      servers,
      streamLocations: run.summary.streamLocations,
      staged: [...staged],
      redo: redoable.length,
      changed,
      writable: fix.readOnly === null,
      verifyWith: options.verifyWith ?? null
    };
    return snap;
  };
  rebuild();
  const stepResult = (step, title, ruleId) => {
    if (step.applied.length === 0) {
      const r = step.reverted[0];
      const why = r ? tr(locale, "reason.reverted", { file: show(r.file), reason: (0, import_i18n.t)(locale, `cli.fix.reason.${r.reason}`) }) : tr(locale, "reason.nothingApplied");
      return { ok: false, reason: why };
    }
    staged.push({ title: title(step.applied.length), ruleId, count: step.applied.length });
    redoable = [];
    return { ok: true, snapshot: rebuild(), applied: step.applied.length };
  };
  const fresh = () => {
    fix = (0, import_pipeline.createFixSession)((0, import_pipeline.loadRunInputs)(inputs, settings));
    staged = [];
    redoable = [];
  };
  return {
    snapshot: () => snap,
    displayPath: show,
    sourceLines(file) {
      const text = (0, import_pipeline.sourceText)(run, file);
      return text === null ? null : text.split("\n");
    },
    previewFix(item) {
      if (previews.has(item.id)) return previews.get(item.id);
      const f = raw.get(item.id);
      const text = f?.fix?.edits.length ? (0, import_pipeline.fixPreview)(run, f, show) : "";
      const out = text ? diffLines(text) : null;
      previews.set(item.id, out);
      return out;
    },
    rule: (ruleId) => (0, import_pipeline.ruleDocs)(ruleId, locale),
    apply(itemId) {
      const f = raw.get(itemId);
      if (!f?.fix) return { ok: false, reason: tr(locale, "reason.noFix") };
      const title = snap.items.find((i) => i.id === itemId)?.finding.fix?.title ?? f.fix.title;
      return stepResult(fix.applyFix(f), () => title, f.ruleId);
    },
    applySafe(itemIds) {
      const safe = (f) => f?.fix?.applicability === "safe" && f.fix.edits.length > 0;
      const title = (count) => tr(locale, "reason.safeFixes", { count });
      if (!itemIds) return stepResult(fix.applyAll({ unsafe: false }), title, "");
      return stepResult(fix.applyFixes(itemIds.map((id) => raw.get(id)).filter(safe)), title, "");
    },
    undo() {
      const last = staged.pop();
      if (!last || !fix.undo()) return { ok: false, reason: tr(locale, "reason.nothingToUndo") };
      redoable.push(last);
      return { ok: true, snapshot: rebuild(), applied: last.count };
    },
    redo() {
      const last = redoable.pop();
      if (!last || !fix.redo()) return { ok: false, reason: tr(locale, "reason.nothingToRedo") };
      staged.push(last);
      return { ok: true, snapshot: rebuild(), applied: last.count };
    },
    reload() {
      try {
        fresh();
      } catch (e) {
        return { ok: false, reason: import_pipeline.PipelineError.from(e).render(locale) };
      }
      return { ok: true, snapshot: rebuild(), applied: 0 };
    },
    pendingDiff: () => diffLines(fix.diff({ display: show })),
    async write() {
      const verify = options.verifyWith ?? void 0;
      const outcome = fix.write({ ...verify !== void 0 ? { verify } : {}, ...options.backup ? { backup: true } : {} });
      switch (outcome.kind) {
        case "written": {
          fresh();
          return { ok: true, snapshot: rebuild(), written: outcome.written, verify: verify !== void 0 ? { ok: true, output: "" } : null };
        }
        case "nothing":
          return { ok: false, reason: tr(locale, "reason.noChanges"), detail: [], verify: null };
        case "read-only":
          return { ok: false, reason: tr(locale, outcome.source === "dump" ? "reason.readOnlyDump" : "reason.readOnlyStdin"), detail: [], verify: null };
        case "rejected":
          return { ok: false, reason: tr(locale, "reason.rejected", { bin: outcome.bin }), detail: outcome.output.split("\n").filter(Boolean).slice(-8), verify: { ok: false, output: outcome.output } };
        case "unrunnable":
          return { ok: false, reason: (0, import_i18n.t)(locale, "cli.fix.verifyUnrunnable", { bin: outcome.bin, reason: (0, import_pipeline.runErrorReason)(outcome.cause, locale) }), detail: [], verify: { ok: false, output: outcome.cause.message } };
        case "conflict":
          return { ok: false, reason: tr(locale, "reason.conflict", { files: outcome.files.map(show).join(", ") }), detail: [], verify: null };
        case "failed":
          return { ok: false, reason: outcome.message, detail: [], verify: null };
      }
    },
    savePatch(path) {
      try {
        return { ok: true, path: show(fix.savePatch(path, { display: show })) };
      } catch (e) {
        return { ok: false, reason: import_pipeline.PipelineError.from(e).render(locale) };
      }
    },
    route: (host, uri) => (0, import_pipeline.routeInRun)(run, host, uri, locale).replace(/\n$/, "").split("\n"),
    diskFindings: () => fix.initial.findings,
    exitCode: () => fix.initial.exitCode
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createReview,
  startReview
});

})