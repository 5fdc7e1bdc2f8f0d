(function (exports, require, module, __sseLintUrl, __sseLintLoadTui, __sseLintChunk) {// A classic script, not a module: loaded by dist/cli-core.js on the first call of src/i18n/zh-CN.ts (scripts/build.mjs).
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

// src/i18n/zh-CN.ts
var zh_CN_exports = {};
__export(zh_CN_exports, {
  zhCN: () => zhCN
});
module.exports = __toCommonJS(zh_CN_exports);
var catalog;
function zhCN() {
  return catalog ??= {
    // Report summary and labels.
    "cli.listRules.engine": "\u7531 sse-lint \u81EA\u8EAB\u62A5\u544A\uFF08\u53EF\u5728\u914D\u7F6E\u4E2D\u8BBE\u7F6E\u7EA7\u522B\uFF0C\u7528 sse-lint explain ID \u67E5\u770B\u8BF4\u660E\uFF09\uFF1A",
    "cli.usage.nginxDashC": "-c \u662F sse-lint \u7684 --config\uFF08JSON \u6587\u4EF6\uFF09\uFF0C\u4E0D\u662F nginx \u7684 -c\uFF1A\u8981\u68C0\u67E5 {file}\uFF0C\u8BF7\u76F4\u63A5\u628A\u5B83\u4F5C\u4E3A\u8DEF\u5F84\u4F20\u5165\uFF08sse-lint {file}\uFF09",
    "cli.usage.badPreset": '\u672A\u77E5\u7684\u9884\u8BBE "{value}"\uFF1B\u5E94\u4E3A {choices} \u4E4B\u4E00',
    "cli.usage.badContext": '\u672A\u77E5\u7684\u4E0A\u4E0B\u6587 "{value}"\uFF1B\u5E94\u4E3A {choices} \u4E4B\u4E00',
    "cli.usage.parseOne": "parse\uFF1A\u9700\u8981\u4E14\u53EA\u9700\u8981\u4E00\u4E2A FILE",
    "cli.usage.routeArgs": "route\uFF1A\u9700\u8981 URI \u548C\u4E00\u4E2A\u914D\u7F6E PATH\uFF08sse-lint route [--host H] [--port P] /uri nginx.conf\uFF09",
    "cli.usage.routeOneInput": "route\uFF1A\u914D\u7F6E PATH \u5FC5\u987B\u662F\u4E00\u4E2A\u6587\u4EF6\u3001\u76EE\u5F55\u6216\u8F6C\u50A8",
    "cli.usage.badPort": 'route\uFF1A--port \u9700\u8981\u4E00\u4E2A\u7AEF\u53E3\u53F7\uFF0C\u6536\u5230\u7684\u662F "{value}"',
    "cli.usage.badMaxWarnings": '--max-warnings \u9700\u8981\u4E00\u4E2A\u8B66\u544A\u6570\u91CF\uFF080 \u6216\u4EE5\u4E0A\uFF09\uFF0C\u6536\u5230\u7684\u662F "{value}"',
    "cli.usage.noOutputFile": "--output \u9700\u8981\u4E00\u4E2A\u6587\u4EF6\u540D",
    "cli.usage.emptyOption": "{option} \u9700\u8981\u4E00\u4E2A\u6587\u4EF6\u6216\u76EE\u5F55\u540D\uFF0C\u4E0D\u80FD\u662F\u7A7A\u5B57\u7B26\u4E32",
    "cli.usage.emptyPath": "PATH \u662F\u7A7A\u5B57\u7B26\u4E32\uFF08\u53D8\u91CF\u672A\u8BBE\u7F6E\uFF1F\uFF09\uFF1B\u8BF7\u7ED9\u51FA\u6587\u4EF6\u3001\u76EE\u5F55\uFF0C\u6216\u7528 - \u8868\u793A\u6807\u51C6\u8F93\u5165",
    "cli.usage.verifyNeedsBinary": "--verify-with-nginx \u9700\u8981 nginx \u53EF\u6267\u884C\u6587\u4EF6\u7684\u8DEF\u5F84",
    "cli.usage.interactiveConflict": "-i \u4E0D\u80FD\u4E0E --fix\u3001--diff\u3001--unsafe-fixes\u3001--format\u3001--output \u6216 --baseline-write \u4E00\u8D77\u4F7F\u7528",
    "cli.usage.noTerminal": "-i \u9700\u8981\u7EC8\u7AEF\uFF0C\u4F46\u6807\u51C6\u8F93\u51FA\u4E0D\u662F\u7EC8\u7AEF\uFF08\u8BF7\u4F7F\u7528\u6587\u672C\u62A5\u544A\u6216 --format\uFF09",
    "cli.usage.noTerminalKeys": "-i \u9700\u8981\u7EC8\u7AEF\u6765\u8BFB\u53D6\u6309\u952E\uFF1A\u6807\u51C6\u8F93\u5165\u4E0D\u662F\u7EC8\u7AEF\uFF0C\u4E14\u65E0\u6CD5\u6253\u5F00 /dev/tty\uFF08{reason}\uFF09",
    "cli.usage.noTerminalKeysStdin": "-i \u9700\u8981\u7EC8\u7AEF\u6765\u8BFB\u53D6\u6309\u952E\uFF1A\u6807\u51C6\u8F93\u5165\u627F\u8F7D\u7740\u914D\u7F6E\uFF0C\u4E14\u65E0\u6CD5\u6253\u5F00 /dev/tty\uFF08{reason}\uFF09",
    "cli.fix.hint": "\u6709 {count} \u4E2A\u53EF\u7528\u4FEE\u590D\uFF1A\u8FD0\u884C {command} \u9010\u4E2A\u67E5\u770B",
    "cli.interactive.remain": "\u78C1\u76D8\u4E0A\u8FD8\u6709 {count} \u4E2A\u95EE\u9898",
    "cli.interactive.discarded": "{count} \u4E2A\u5DF2\u4FEE\u6539\u7684\u6587\u4EF6\u672A\u5199\u5165",
    "cli.write.failed": "\u65E0\u6CD5\u5199\u5165 {file}\uFF1A{reason}",
    "cli.usage.cannotWriteReport": "\u65E0\u6CD5\u628A\u62A5\u544A\u5199\u5165 {file}\uFF1A{reason}",
    "cli.usage.tooManyWarnings": "\u5171 {count} \u4E2A\u8B66\u544A\uFF0C\u8D85\u8FC7\u4E86 --max-warnings {max} \u7684\u4E0A\u9650",
    "cli.summary.config": "\u914D\u7F6E\uFF1A{file}\u3002",
    "cli.summary.configFound": "\u914D\u7F6E\uFF1A{file}\uFF08\u4ECE\u8F93\u5165\u5411\u4E0A\u67E5\u627E\u5F97\u5230\uFF09\u3002",
    "cli.summary.configNone": "\u914D\u7F6E\uFF1A\u672A\u627E\u5230\uFF0C\u4F7F\u7528\u9ED8\u8BA4\u8BBE\u7F6E\u3002",
    "cli.summary.configDisabled": "\u914D\u7F6E\uFF1A\u672A\u4F7F\u7528\uFF08--no-config\uFF09\u3002",
    "cli.summary.none": "\u68C0\u67E5\u4E86 {files} \u4E2A\u6587\u4EF6{streams}\uFF0C\u672A\u53D1\u73B0\u95EE\u9898{notes}\u3002",
    "cli.summary.problems": "\u5171 {count} \u4E2A\u95EE\u9898\uFF08{errors} \u4E2A\u9519\u8BEF\uFF0C{warnings} \u4E2A\u8B66\u544A\uFF0C{infos} \u4E2A\u63D0\u793A\uFF09\uFF0C\u6D89\u53CA\u8BFB\u53D6\u7684 {files} \u4E2A\u6587\u4EF6\u4E2D\u7684 {withFindings} \u4E2A{streams}{notes}\u3002",
    "cli.summary.truncated": "\u53E6\u6709 {count} \u6761\u95EE\u9898\u672A\u5217\u51FA\uFF1A\u4E00\u6B21\u8FD0\u884C\u6700\u591A\u4FDD\u7559 {max} \u6761",
    "cli.summary.baselined": "{count} \u4E2A\u5DF2\u77E5\u95EE\u9898\u88AB\u57FA\u7EBF\u6587\u4EF6 {file} \u5C4F\u853D\u3002",
    "cli.summary.ignored": '{count} \u4E2A\u4F4D\u4E8E "ignore" \u5339\u914D\u7684\u6587\u4EF6\u4E2D',
    "cli.severity.error": "\u9519\u8BEF",
    "cli.severity.warning": "\u8B66\u544A",
    "cli.severity.info": "\u63D0\u793A",
    "cli.label.fix": "\u4FEE\u590D\uFF1A",
    "cli.label.stream": "\u4E8B\u4EF6\u6D41\uFF1A",
    "cli.label.related": "\u76F8\u5173\u4F4D\u7F6E\uFF1A",
    "cli.label.chain": "\u91CD\u5B9A\u5411\u94FE\uFF1A",
    "cli.label.value": "\u53D6\u503C\uFF1A",
    "cli.summary.streams": "\uFF0C{count} \u4E2A\u4E8B\u4EF6\u6D41 location",
    "cli.summary.notes": "\uFF08{list}\uFF09",
    "cli.summary.suppressedInline": "{count} \u4E2A\u88AB sse-lint-disable \u6CE8\u91CA\u5C4F\u853D",
    "cli.summary.quietHidden": "{list}\u672A\u663E\u793A\uFF08--quiet\uFF09",
    "cli.summary.fixable": "\u5176\u4E2D {count} \u4E2A\u53EF\u4EE5\u81EA\u52A8\u4FEE\u590D\uFF1A{list}\u3002",
    "cli.summary.fixableSafe": "{count} \u4E2A\u7528 --fix \u5B89\u5168\u4FEE\u590D",
    "cli.summary.fixableUnsafe": "{count} \u4E2A\u9700\u7528 --fix --unsafe-fixes \u505A\u4E0D\u5B89\u5168\u4FEE\u590D",
    "cli.count.warnings": "{count} \u4E2A\u8B66\u544A",
    "cli.count.infos": "{count} \u4E2A\u63D0\u793A",
    "cli.fix.hintSafe": "{title}\uFF08\u5B89\u5168\u4FEE\u590D\uFF1A--fix\uFF09",
    "cli.fix.hintUnsafe": "{title}\uFF08\u4E0D\u5B89\u5168\u7684\u4FEE\u590D\uFF1A--fix --unsafe-fixes\uFF09",
    "cli.fix.hintSuggestion": "{title}\uFF08\u5EFA\u8BAE\uFF1A\u89C1 --diff\uFF1B\u4E0D\u4F1A\u81EA\u52A8\u5E94\u7528\uFF09",
    "cli.fix.suggestionHeader": "{rule} \u5728 {file}:{line} \u7684\u4FEE\u6539\u5EFA\u8BAE\uFF08--fix \u4E0D\u4F1A\u5E94\u7528\uFF09\uFF1A{title}",
    "cli.frame.moreLines": "\u2026\u2026\u53E6\u6709 {count} \u884C",
    "cli.progress.parsed": "\u5DF2\u89E3\u6790 {count} \u4E2A\u6587\u4EF6",
    "cli.progress.checking": "\u5DF2\u89E3\u6790 {count} \u4E2A\u6587\u4EF6\uFF0C\u6B63\u5728\u68C0\u67E5",
    "cli.provenance.set": "{head}\uFF1A\u5728 {level} \u4E2D\u8BBE\u7F6E\uFF08{at}\uFF09",
    "cli.provenance.default": "{head}\uFF1A{note}",
    "cli.provenance.defaultNotSet": "{head}\uFF1A{note}\uFF0C{levels} \u4E2D\u5747\u672A\u8BBE\u7F6E",
    "cli.levels.omitted": "\u53E6\u5916 {count} \u5C42",
    "cli.summary.preset": "\u9884\u8BBE\uFF1A{label}\uFF08{how}\uFF09\u3002",
    "cli.summary.presetHow.detected": "\u6839\u636E\u8DEF\u5F84\u81EA\u52A8\u8BC6\u522B\uFF1B\u53EF\u7528 --preset \u6307\u5B9A\u5176\u4ED6\u9884\u8BBE",
    "cli.summary.presetHow.chosen": "\u624B\u52A8\u6307\u5B9A",
    "cli.summary.assumed": "{file}\uFF1A\u6309{block}\u5185\u90E8\u7684\u5185\u5BB9\u68C0\u67E5\uFF08{how}\uFF09\u3002",
    "cli.summary.block.http": " http \u5757",
    "cli.summary.block.server": " server \u5757",
    "cli.summary.block.location": " location \u5757",
    "cli.summary.assumedHow.guessed": '\u6839\u636E\u5176\u4E2D\u7684\u6307\u4EE4\u63A8\u6D4B\uFF1B\u53EF\u7528 --context http|server|location \u6216 "# sse-lint: context location" \u6CE8\u91CA\u6307\u5B9A',
    "cli.summary.assumedHow.option": "--context",
    "cli.summary.assumedHow.comment": '\u6587\u4EF6\u4E2D\u7684 "# sse-lint: context" \u6CE8\u91CA',
    "cli.summary.site": "\u7AD9\u70B9 {site}\uFF1A\u6309\u4E8B\u4EF6\u6D41\u68C0\u67E5\u4E86 {streams} \u4E2A location\uFF0C{errors} \u4E2A\u9519\u8BEF\uFF0C{warnings} \u4E2A\u8B66\u544A\uFF1A{verdict}\u3002",
    "cli.summary.siteReady": "\u53EF\u4EE5\u627F\u8F7D\u4E8B\u4EF6\u6D41",
    "cli.summary.siteNotReady": "\u8FD8\u4E0D\u80FD\u627F\u8F7D\u4E8B\u4EF6\u6D41",
    "cli.summary.siteNoStreams": "\u6CA1\u6709\u53CD\u5411\u4EE3\u7406\u7684 location",
    "cli.summary.sites": "\u5C31\u7EEA\u60C5\u51B5\uFF1A{total} \u4E2A\u7AD9\u70B9\u4E2D\u6709 {ready} \u4E2A\u53EF\u4EE5\u627F\u8F7D\u4E8B\u4EF6\u6D41\u3002",
    "cli.label.site": "\u7AD9\u70B9",
    // sse-lint explain.
    "cli.explain.title": "{id}\uFF08{severity}\uFF1B\u4FEE\u590D\uFF1A{fix}\uFF09",
    "cli.explain.engineTitle": "{id}\uFF08{severity}\uFF1B\u7531 sse-lint \u81EA\u8EAB\u62A5\u544A\uFF0C\u4E0D\u63D0\u4F9B\u4FEE\u590D\uFF09",
    "cli.explain.engineTitleFixes": "{id}\uFF08{severity}\uFF1B\u7531 sse-lint \u81EA\u8EAB\u62A5\u544A\uFF0C\u63D0\u4F9B\u4FEE\u590D\uFF09",
    "cli.explain.fixKind.safe": "\u5B89\u5168",
    "cli.explain.fixKind.unsafe": "\u4E0D\u5B89\u5168",
    "cli.explain.fixKind.none": "\u65E0",
    "cli.explain.fixKind.suggestion": "\u5EFA\u8BAE",
    "cli.explain.why": "\u539F\u56E0",
    "cli.explain.bad": "\u9519\u8BEF\u793A\u4F8B",
    "cli.explain.good": "\u6B63\u786E\u793A\u4F8B",
    "cli.explain.fix": "\u4FEE\u590D\u65B9\u5F0F",
    "cli.explain.options": "\u9009\u9879\uFF08\u9ED8\u8BA4\u503C\uFF09\uFF1A{options}",
    "cli.explain.references": "\u53C2\u8003\u8D44\u6599",
    "cli.explain.nameOne": "\u8BF7\u6307\u5B9A\u4E00\u6761\u89C4\u5219\uFF1A{ids}",
    // SARIF.
    "cli.sarif.field": "{heading}\uFF1A{text}",
    "cli.sarif.heading": "{heading}\uFF1A",
    "cli.sarif.documentation": "\u6587\u6863\uFF1A{url}",
    "cli.sarif.docLink": "sse-lint \u5173\u4E8E {id} \u7684\u6587\u6863",
    "cli.sarif.seeMessage": "\u8BE6\u89C1\u6D88\u606F\u5185\u5BB9\u3002",
    "cli.sarif.fixDescription": "{title}\uFF08{applicability}\uFF09",
    "cli.sarif.setHere": "{line} \u5728\u6B64\u8BBE\u7F6E\uFF08{level}\uFF09",
    // sse-lint route.
    "cli.route.label.request": "\u8BF7\u6C42\uFF1A",
    "cli.route.label.route": "\u8DEF\u7531\uFF1A",
    "cli.route.label.note": "\u6CE8\u610F\uFF1A",
    "cli.route.label.handler": "\u5904\u7406\uFF1A",
    "cli.route.label.stream": "\u4E8B\u4EF6\u6D41\uFF1A",
    "cli.route.label.chain": "\u91CD\u5B9A\u5411\u94FE\uFF1A",
    "cli.route.chain.block": "{block}\uFF08{at}\uFF09",
    "cli.route.chain.server": "{block}",
    "cli.route.chain.hop": "-> {block}\uFF0C\u7ECF\u7531 {via}{conditions}",
    "cli.route.chain.conditions": "\uFF1A{list}",
    "cli.route.chain.end": "-> {end}{conditions}",
    "cli.route.chain.endVia": "\u7ECF\u7531 {via}\uFF1A{end}",
    "cli.route.chain.endConditions": "\uFF08{list}\uFF09",
    "cli.route.end.served": "\u7531 {block} \u5904\u7406",
    "cli.route.end.servedIf": "{served}\uFF0C\u4F4D\u4E8E if {condition} \u4E2D",
    "cli.route.end.return": "\u7531 {directive}\uFF08{at}\uFF09\u5E94\u7B54",
    "cli.route.end.redirect": "\u5916\u90E8\u91CD\u5B9A\u5411\uFF08{code}\uFF09\uFF0C\u7531 {directive}\uFF08{at}\uFF09\u53D1\u51FA",
    "cli.route.end.status": "{code}\uFF1A{why}{at}",
    "cli.route.end.unknown": "{directive}\uFF08{at}\uFF09\u7684\u76EE\u6807\u53D6\u51B3\u4E8E {variables}\uFF0C\u6B64\u5904\u65E0\u6CD5\u5F97\u77E5",
    "cli.route.status.internal": "\u8BE5 location \u662F internal \u7684\uFF0C\u800C\u8BF7\u6C42\u4E0D\u662F\u5185\u90E8\u8BF7\u6C42",
    "cli.route.status.no-named-location": "\u6CA1\u6709\u8FD9\u4E2A\u540D\u5B57\u7684\u547D\u540D location",
    "cli.route.status.cycle": "rewrite \u6216\u5185\u90E8\u91CD\u5B9A\u5411\u5FAA\u73AF\uFF08\u8D85\u8FC7 {max} \u6B21\u5185\u90E8\u91CD\u5B9A\u5411\uFF09",
    "cli.route.status.try_files": "try_files \u6CA1\u6709\u627E\u5230\u6587\u4EF6",
    "cli.route.status.auto-redirect": "nginx \u8865\u4E0A\u672B\u5C3E\u7684\u659C\u6760",
    "cli.route.status.regex-failure": "PCRE2 \u653E\u5F03\u4E86\u5BF9\u67D0\u4E2A\u6B63\u5219\u7684\u5339\u914D\uFF08pcre2_match() failed\uFF09",
    "cli.route.status.at": "\uFF08{at} \u5904\u7684 {directive}\uFF09",
    "cli.route.otherWays": "\u8BF7\u6C42\u8FD8\u53EF\u80FD\u8FD9\u6837\u8D70\uFF1A",
    "cli.route.way": "{websocket}{when}{steps}",
    "cli.route.way.websocket": "[WebSocket \u8BF7\u6C42] ",
    "cli.route.way.when": "\u5F53 {conditions} \u65F6\uFF1A",
    "cli.route.way.then": "\uFF0C\u7136\u540E ",
    "cli.route.way.times": "{text} \xD7{count}",
    "cli.route.moreWays": "\uFF08\u53E6\u6709 {count} \u79CD\u8D70\u6CD5\u672A\u5217\u51FA\uFF09",
    "cli.route.moreWaysUnknown": "\uFF08\u8FD8\u6709\u66F4\u591A\u8D70\u6CD5\u672A\u5217\u51FA\uFF09",
    "cli.route.request": "Host {host}\uFF0C\u7AEF\u53E3 {port}\uFF0C{uri}",
    "cli.route.noHost": "\uFF08\u65E0\uFF09",
    "cli.route.notEvaluatedHere": "\u4EE5\u4E0B\u5185\u5BB9\u5728\u6B64\u65E0\u6CD5\u6C42\u503C\uFF1A{list}",
    "cli.route.via": "\uFF0C\u7ECF\u7531 {directive}",
    "cli.route.upstream": " -> upstream {name}\uFF08{servers}{keepalive}\uFF09",
    "cli.route.keepalive": "\uFF1Bkeepalive {args}",
    "cli.route.streamYes": "\u662F\uFF1A{reasons}",
    "cli.route.streamNot": "\u5426\uFF1A{why}",
    "cli.route.streamNo": "\u5426\uFF08\u53EF\u7528 --route \u6216 # sse-lint: stream \u6CE8\u91CA\u628A\u5B83\u6807\u8BB0\u4E3A\u4E8B\u4EF6\u6D41\uFF09",
    "cli.route.settings": "{level} \u4E2D\u751F\u6548\u7684\u8BBE\u7F6E{version}\uFF1A",
    "cli.route.version": "\uFF08nginx {version}\uFF09",
    "cli.route.versionUnknown": "\uFF08nginx \u7248\u672C\u672A\u77E5\uFF1A\u6309 1.29.7 \u4E4B\u524D\u7684\u9ED8\u8BA4\u503C\u5904\u7406\uFF09",
    "cli.route.value": "{name} {value}\uFF1A{origin}",
    "cli.route.unset": "\uFF08\u672A\u8BBE\u7F6E\uFF09",
    "cli.route.listNone": "{name}\uFF1A\u6CA1\u6709\u751F\u6548\u7684\u884C{default}",
    "cli.route.default": "\uFF08{note}\uFF09",
    "cli.route.listCount": "{name}\uFF1A{count} \u884C\u751F\u6548",
    "cli.route.entry": "{line}\uFF0C\u6765\u81EA {level}",
    "cli.route.droppedOff": "\u5DF2\u4E22\u5F03\uFF1A{line}\uFF0C\u6765\u81EA {level}\uFF0C\u88AB {by} \u4E2D\u7684 add_header_inherit off \u53BB\u6389",
    "cli.route.dropped": "\u5DF2\u4E22\u5F03\uFF1A{line}\uFF0C\u6765\u81EA {level}\uFF0C\u88AB {by} \u4E2D\u7684\u5217\u8868\u66FF\u6362",
    "cli.route.noServer": "\u6CA1\u6709 server \u76D1\u542C {listen}",
    "cli.route.server": "server {name}\uFF08{at}\uFF0C{how}\uFF09",
    "cli.route.server.exact": "\u7CBE\u786E\u5339\u914D server_name",
    "cli.route.server.leadingWildcard": "\u524D\u7F00\u901A\u914D\u7B26 server_name {name}",
    "cli.route.server.trailingWildcard": "\u540E\u7F00\u901A\u914D\u7B26 server_name {name}",
    "cli.route.server.regex": "\u6B63\u5219 server_name {name}",
    "cli.route.server.defaultServer": "{listen} \u7684 default_server",
    "cli.route.server.first": "{listen} \u4E0A\u7684\u7B2C\u4E00\u4E2A server",
    "cli.route.badRequest": "{server} \u8FD4\u56DE 400\uFF1A{reason}",
    "cli.route.noLocation": "{server} -> \u6CA1\u6709\u5339\u914D {uri} \u7684 location\uFF08\u4F7F\u7528 server \u5C42\u7684\u8BBE\u7F6E\uFF09",
    "cli.route.location": "{server} -> location {chain}\uFF08{at}\uFF0C{how}\uFF09",
    "cli.route.location.exact": "\u7CBE\u786E\u5339\u914D",
    "cli.route.location.prefix": "\u6700\u957F\u524D\u7F00",
    "cli.route.location.noregex-prefix": "^~ \u524D\u7F00",
    "cli.route.location.regex": "\u6B63\u5219",
    "cli.route.location.regex-caseless": "\u4E0D\u533A\u5206\u5927\u5C0F\u5199\u7684\u6B63\u5219",
    "cli.route.location.auto-redirect": "301 \u91CD\u5B9A\u5411\uFF0C\u8865\u4E0A\u672B\u5C3E\u7684\u659C\u6760",
    "cli.route.withUnevaluated": "{route} [\u672A\u6C42\u503C\uFF1A{list}]",
    "cli.route.unevaluated": "{subject}\uFF1A{why}",
    "cli.route.notEvaluated": "\u672A\u6C42\u503C",
    "cli.route.pcre.notEvaluated": "\u6B64\u5904\u4E0D\u6C42\u503C{construct}",
    "cli.route.pcre.recursion": "\u9012\u5F52\u6216\u5B50\u7A0B\u5E8F\u8C03\u7528",
    "cli.route.pcre.conditional": "\u6761\u4EF6\u5206\u7EC4",
    "cli.route.pcre.unicode-property": "Unicode \u5C5E\u6027\uFF08{text}\uFF09",
    "cli.route.pcre.verb": "(*VERB) \u6216 (*OPTION)",
    "cli.route.pcre.branch-reset": "\u5206\u652F\u91CD\u7F6E\u5206\u7EC4 (?|",
    "cli.route.pcre.callout": "\u6807\u6CE8\u8C03\u7528\uFF08callout\uFF09",
    "cli.route.pcre.escape": "\u8F6C\u4E49 {text}",
    "cli.route.pcre.option": "\u9009\u9879 {text}",
    "cli.route.pcre.too-large": "\u8FD9\u4E48\u5927\u7684\u6A21\u5F0F\uFF08\u91CD\u590D\u5DF2\u5C55\u5F00\uFF09",
    "cli.route.pcre.trailing-backslash": "\u672B\u5C3E\u7684\u53CD\u659C\u6760\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.hex-above-ff": "\u5927\u4E8E \\xff \u7684 \\x{...}\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.malformed": "\u683C\u5F0F\u9519\u8BEF\u7684 {text}\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.missing-paren": "\u7F3A\u5C11\u53F3\u62EC\u53F7\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.unmatched-paren": "\u591A\u4F59\u7684\u53F3\u62EC\u53F7\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.missing-bracket": "\u5B57\u7B26\u7C7B\u7F3A\u5C11 ]\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.nothing-to-repeat": "\u6CA1\u6709\u53EF\u91CD\u590D\u5185\u5BB9\u7684\u91CF\u8BCD\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.double-quantifier": "\u7D27\u8DDF\u53E6\u4E00\u4E2A\u91CF\u8BCD\u7684\u91CF\u8BCD\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.range-order": "\u987A\u5E8F\u98A0\u5012\u7684\u8303\u56F4 {text}\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.class-escape": "\u5B57\u7B26\u7C7B\u4E2D\u7684 {text}\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.posix-class": "POSIX \u5B57\u7B26\u7C7B {text}\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.repeat-too-large": "\u8D85\u8FC7 65535 \u7684\u91CD\u590D\u6B21\u6570\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.lookbehind-length": "\u957F\u5EA6\u4E0D\u56FA\u5B9A\u7684\u540E\u884C\u65AD\u8A00\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.backref-in-lookbehind": "\u540E\u884C\u65AD\u8A00\u4E2D\u7684\u53CD\u5411\u5F15\u7528\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.no-such-group": "\u5BF9\u4E0D\u5B58\u5728\u7684\u7B2C {text} \u7EC4\u7684\u53CD\u5411\u5F15\u7528\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.no-such-name": '\u5BF9\u4E0D\u5B58\u5728\u7684\u547D\u540D\u5206\u7EC4 "{text}" \u7684\u5F15\u7528\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09',
    "cli.route.pcre.duplicate-name": '\u91CD\u590D\u4F7F\u7528\u7684\u5206\u7EC4\u540D "{text}"\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09',
    "cli.route.pcre.nested-too-deep": "\u5D4C\u5957\u8D85\u8FC7 250 \u5C42\u7684\u62EC\u53F7\uFF08nginx -t \u4F1A\u62D2\u7EDD\uFF09",
    "cli.route.pcre.matchLimit": "\u8D85\u51FA\u5339\u914D\u6B21\u6570\u4E0A\u9650",
    "cli.route.pcre.heapLimit": "\u8D85\u51FA\u5806\u5185\u5B58\u4E0A\u9650",
    "cli.route.regex500": "{server} \u8FD4\u56DE 500\uFF1A{error}",
    "cli.route.regexClose": "{server} \u5173\u95ED\u8FDE\u63A5\uFF1A{error}",
    "cli.route.bad.host": 'Host "{host}" \u65E0\u6548',
    "cli.route.bad.notAbsolute": '\u8BF7\u6C42\u76EE\u6807 "{target}" \u4E0D\u662F\u4EE5 "/" \u5F00\u5934',
    "cli.route.bad.escape": '"{target}" \u4E2D\u6709\u65E0\u6548\u7684\u767E\u5206\u53F7\u8F6C\u4E49',
    "cli.route.bad.nul": '"{target}" \u4E2D\u542B\u6709 "%00"',
    "cli.route.bad.aboveRoot": '"{target}" \u7528 ".." \u8D8A\u8FC7\u4E86\u6839\u76EE\u5F55',
    // Usage errors.
    "cli.usage.tryHelp": "\u8FD0\u884C 'sse-lint --help' \u67E5\u770B\u7528\u6CD5\u3002",
    "cli.usage.unknownOption": "\u672A\u77E5\u9009\u9879 {option}",
    "cli.usage.unknownOptionNear": "\u672A\u77E5\u9009\u9879 {option}\uFF1B\u662F\u4E0D\u662F\u60F3\u8F93\u5165 {near}\uFF1F",
    "cli.usage.optionNeedsValue": "{option} \u9700\u8981\u4E00\u4E2A\u503C",
    "cli.usage.optionTakesNoValue": "{option} \u4E0D\u63A5\u53D7\u53D6\u503C",
    "cli.usage.optionDashValue": '{option} \u9700\u8981\u4E00\u4E2A\u503C\uFF1B\u5982\u679C\u503C\u4EE5 "-" \u5F00\u5934\uFF0C\u8BF7\u5199\u6210 {option}=VALUE',
    "cli.usage.other": "{message}",
    "cli.usage.commandFirst": '\u547D\u4EE4 "{command}" \u5FC5\u987B\u5199\u5728\u6240\u6709\u9009\u9879\u4E4B\u524D\uFF1Asse-lint {command} [\u9009\u9879] \u2026\u2026\uFF08\u8981\u68C0\u67E5\u540C\u540D\u6587\u4EF6\uFF0C\u8BF7\u5199 ./{command}\uFF09',
    "cli.usage.noInput": "\u6CA1\u6709\u8F93\u5165\uFF1A\u8BF7\u6307\u5B9A\u914D\u7F6E\u6587\u4EF6\u3001\u76EE\u5F55\uFF0C\u6216\u7528 - \u8868\u793A\u6807\u51C6\u8F93\u5165",
    "cli.usage.badMap": '--map \u7684\u683C\u5F0F\u5E94\u4E3A FROM=TO\uFF0C\u5B9E\u9645\u4E3A "{value}"',
    "cli.usage.badVersion": '--nginx-version \u5E94\u4E3A 1.24.0 \u8FD9\u6837\u7684\u7248\u672C\u53F7\uFF0C\u5B9E\u9645\u4E3A "{value}"',
    "cli.usage.badRoute": '--route \u7684\u683C\u5F0F\u5E94\u4E3A [HOST[:PORT]]/URI\uFF0C\u5B9E\u9645\u4E3A "{value}"',
    "cli.usage.badLocale": '--locale \u5E94\u4E3A en \u6216 zh-CN\uFF0C\u5B9E\u9645\u4E3A "{value}"',
    "cli.usage.badFormat": '--format \u5E94\u4E3A {choices} \u4E4B\u4E00\uFF0C\u5B9E\u9645\u4E3A "{value}"',
    "cli.usage.badFailOn": '--fail-on \u5E94\u4E3A {choices} \u4E4B\u4E00\uFF0C\u5B9E\u9645\u4E3A "{value}"',
    "cli.usage.unknownRule": '\u672A\u77E5\u89C4\u5219 "{id}"',
    "cli.usage.unknownRuleNear": '\u672A\u77E5\u89C4\u5219 "{id}"\uFF1B\u662F\u4E0D\u662F\u60F3\u8F93\u5165 "{near}"\uFF1F',
    "cli.usage.fixOnlyFlags": "--unsafe-fixes\u3001--backup \u548C --verify-with-nginx \u53EA\u80FD\u4E0E --fix \u6216 --diff \u4E00\u8D77\u4F7F\u7528",
    "cli.usage.initWithInputs": "--init \u6700\u591A\u53EA\u80FD\u6307\u5B9A\u4E00\u4E2A\u76EE\u5F55",
    "cli.usage.baselineConflict": "--baseline \u548C --baseline-write \u4E0D\u80FD\u540C\u65F6\u4F7F\u7528",
    "cli.input.quotedGlob": "{path}\uFF1A\u6CA1\u6709\u8FD9\u4E2A\u6587\u4EF6\u6216\u76EE\u5F55\uFF1B\u5B83\u770B\u8D77\u6765\u662F shell \u6CA1\u6709\u5C55\u5F00\u7684\u901A\u914D\u7B26\uFF08\u662F\u5426\u52A0\u4E86\u5F15\u53F7\uFF1F\uFF09\uFF1A\u8BF7\u4F20\u5165\u76EE\u5F55\uFF0C\u6216\u53BB\u6389\u901A\u914D\u7B26\u4E24\u8FB9\u7684\u5F15\u53F7",
    "cli.input.noConfigs": "{path}\uFF1A\u6CA1\u6709\u627E\u5230 nginx \u914D\u7F6E\u6587\u4EF6\uFF08\u67E5\u627E\u4E86 *.conf\u3001nginx.conf \u4EE5\u53CA sites-enabled/\u3001sites-available/ \u4E2D\u7684\u6587\u4EF6\uFF09",
    "cli.input.emptyStdin": "\u6807\u51C6\u8F93\u5165\u662F\u7A7A\u7684\uFF1A\u6CA1\u6709\u53EF\u68C0\u67E5\u7684\u5185\u5BB9\uFF08\u5982\u679C\u662F\u901A\u8FC7\u7BA1\u9053\u4F20\u5165\u7684\uFF0C\u524D\u9762\u7684\u547D\u4EE4\u662F\u5426\u5931\u8D25\u4E86\uFF1Fnginx -T \u53EA\u6709\u5728\u914D\u7F6E\u6D4B\u8BD5\u901A\u8FC7\u65F6\u624D\u4F1A\u8F93\u51FA\u914D\u7F6E\uFF09",
    "cli.input.presetEmpty": "{path}\uFF1A\u6CA1\u6709\u627E\u5230 nginx \u914D\u7F6E\u6587\u4EF6\uFF08\u9884\u8BBE\u4E2D\u5B58\u653E\u5B83\u4EEC\u7684\u76EE\u5F55\u662F\u7A7A\u7684\uFF09",
    "cli.input.missing": "{path}\uFF1A\u6587\u4EF6\u6216\u76EE\u5F55\u4E0D\u5B58\u5728",
    "cli.input.notFile": "{path}\uFF1A\u4E0D\u662F\u666E\u901A\u6587\u4EF6\u6216\u76EE\u5F55",
    "cli.input.unreadable": "{path}\uFF1A{reason}",
    "cli.reason.noDirectory": "\u76EE\u5F55\u4E0D\u5B58\u5728",
    "cli.reason.noFile": "\u6587\u4EF6\u4E0D\u5B58\u5728",
    "cli.reason.permission": "\u6743\u9650\u4E0D\u8DB3",
    "cli.reason.isDirectory": "\u8FD9\u662F\u4E00\u4E2A\u76EE\u5F55",
    "cli.reason.noSpace": "\u8BBE\u5907\u4E0A\u6CA1\u6709\u5269\u4F59\u7A7A\u95F4",
    "cli.reason.readOnly": "\u6587\u4EF6\u7CFB\u7EDF\u662F\u53EA\u8BFB\u7684",
    "cli.internalError": "\u5185\u90E8\u9519\u8BEF\uFF1A{message}",
    "cli.debugHint": "\u52A0\u4E0A --debug \u91CD\u65B0\u8FD0\u884C\u53EF\u67E5\u770B\u8C03\u7528\u6808",
    "cli.stdoutFailed": "\u65E0\u6CD5\u5199\u5165\u6807\u51C6\u8F93\u51FA\uFF1A{reason}",
    "cli.reason.refused.fifo": "\u662F FIFO\uFF08\u547D\u540D\u7BA1\u9053\uFF09\uFF1Bsse-lint \u53EA\u8BFB\u53D6\u666E\u901A\u6587\u4EF6",
    "cli.reason.refused.device": "\u662F\u8BBE\u5907\u6587\u4EF6\uFF1Bsse-lint \u53EA\u8BFB\u53D6\u666E\u901A\u6587\u4EF6",
    "cli.reason.refused.socket": "\u662F\u5957\u63A5\u5B57\uFF1Bsse-lint \u53EA\u8BFB\u53D6\u666E\u901A\u6587\u4EF6",
    "cli.reason.refused.directory": "\u662F\u4E00\u4E2A\u76EE\u5F55\uFF1Bsse-lint \u53EA\u8BFB\u53D6\u666E\u901A\u6587\u4EF6",
    "cli.reason.refused.not-regular": "\u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF08\u6253\u5F00\u65F6\u88AB\u66FF\u6362\u4E86\uFF09\uFF1Bsse-lint \u53EA\u8BFB\u53D6\u666E\u901A\u6587\u4EF6",
    "cli.reason.refused.kernel-fs": "\u4F4D\u4E8E\u5185\u6838\u6587\u4EF6\u7CFB\u7EDF\uFF08/proc\u3001/sys\uFF09\u4E0A\uFF1Bsse-lint \u4E0D\u8BFB\u53D6\u5B83",
    "cli.reason.refused.too-large": "\u5927\u4E8E {max} MB\uFF0C\u8D85\u8FC7\u4E86 sse-lint \u8BFB\u53D6\u7684\u4E0A\u9650",
    "cli.reason.refused.run-too-large": "\u4F7F\u672C\u6B21\u8FD0\u884C\u7684\u914D\u7F6E\u6587\u4EF6\u5408\u8BA1\u8D85\u8FC7 {max} MB\uFF0C\u8D85\u8FC7\u4E86 sse-lint \u4E00\u6B21\u8BFB\u53D6\u7684\u4E0A\u9650",
    // Fixes.
    "cli.fix.dryRun": "{files} \u4E2A\u6587\u4EF6\u4E2D\u5171\u6709 {count} \u5904\u4FEE\u590D\uFF08\u8BD5\u8FD0\u884C\uFF1A\u672A\u5199\u5165\u4EFB\u4F55\u5185\u5BB9\uFF09",
    "cli.fix.applied": "\u5DF2\u5E94\u7528 {count} \u5904\u4FEE\u590D\uFF0C\u5199\u5165\u4E86 {files} \u4E2A\u6587\u4EF6",
    "cli.fix.withBackups": "{applied}\uFF08\u5907\u4EFD\uFF1A{list}\uFF09",
    "cli.fix.reverted": "{file} \u4E2D {rules} \u7684\u4FEE\u590D\u5DF2\u64A4\u9500\uFF1A{reason}",
    "cli.fix.reason.unparsable": "\u4FEE\u590D\u540E\u7684\u6587\u4EF6\u65E0\u6CD5\u518D\u88AB\u89E3\u6790",
    "cli.fix.notConverged": "\u7ECF\u8FC7 {passes} \u8F6E\u4FEE\u590D\u4ECD\u672A\u7A33\u5B9A\uFF1B\u8BF7\u518D\u8FD0\u884C\u4E00\u6B21\uFF0C\u6216\u624B\u52A8\u4FEE\u590D\u5269\u4F59\u95EE\u9898",
    "cli.fix.cannotWriteDump": "--fix \u65E0\u6CD5\u5199\u56DE nginx -T \u7684\u8F93\u51FA\uFF1B\u8BF7\u7528 --diff \u67E5\u770B\u4FEE\u590D\u5185\u5BB9",
    "cli.fix.cannotWriteStdin": "--fix \u65E0\u6CD5\u5199\u56DE\u6807\u51C6\u8F93\u5165\uFF1B\u8BF7\u7528 --diff \u67E5\u770B\u4FEE\u590D\u5185\u5BB9",
    "cli.fix.verifyRejected": "{bin} -t \u62D2\u7EDD\u4E86\u4FEE\u590D\u540E\u7684\u914D\u7F6E\uFF0C\u672A\u5199\u5165\u4EFB\u4F55\u5185\u5BB9\uFF1A",
    "cli.fix.verifyUnrunnable": "\u65E0\u6CD5\u8FD0\u884C {bin} -t\uFF08{reason}\uFF09\uFF0C\u672A\u5199\u5165\u4EFB\u4F55\u5185\u5BB9",
    "cli.fix.writeFailed": "\u65E0\u6CD5\u5199\u5165\u4FEE\u590D\uFF0C\u672A\u505A\u4EFB\u4F55\u66F4\u6539\uFF1A{message}",
    "cli.fix.conflict": "{files} \u5728\u8BFB\u53D6\u540E\u5DF2\u88AB\u4FEE\u6539\uFF0C\u672A\u5199\u5165\u4EFB\u4F55\u5185\u5BB9",
    "cli.recover.finished": "\u5DF2\u5B8C\u6210\u4E00\u6B21\u88AB\u4E2D\u65AD\u7684 --fix\uFF08{journal}\uFF09\uFF1A\u73B0\u5199\u5165 {count} \u4E2A\u6587\u4EF6",
    "cli.recover.undone": "\u5DF2\u64A4\u9500\u4E00\u6B21\u88AB\u4E2D\u65AD\u7684 --fix\uFF08{journal}\uFF09\uFF1A\u6062\u590D\u4E86 {count} \u4E2A\u6587\u4EF6",
    "cli.recover.skipped": "\u4EE5\u4E0B\u6587\u4EF6\u5728 --fix \u4E2D\u65AD\u540E\u88AB\u6539\u52A8\u8FC7\uFF0C\u4FDD\u6301\u539F\u6837\uFF1A{files}",
    "cli.recover.failed": "\u65E0\u6CD5\u5B8C\u6210\u6216\u64A4\u9500 {journal} \u4E2D\u88AB\u4E2D\u65AD\u7684 --fix\uFF1A{reason}\uFF1B\u6CA1\u6709\u5199\u5165\u4EFB\u4F55\u6587\u4EF6",
    "cli.recover.pending": "\u4E00\u6B21\u88AB\u4E2D\u65AD\u7684 --fix \u7559\u4E0B\u4E86 {journal}\uFF1B\u4E0B\u6B21\u5BF9\u8FD9\u4E9B\u6587\u4EF6\u8FD0\u884C sse-lint --fix \u65F6\u4F1A\u5B8C\u6210\u6216\u64A4\u9500\u5B83",
    // Config file.
    "cli.config.invalid": "\u914D\u7F6E\u6587\u4EF6 {file} \u6709\u8BEF\uFF1A",
    "cli.config.notFound": "\u627E\u4E0D\u5230\u914D\u7F6E\u6587\u4EF6 {file}",
    "cli.config.unreadable": "\u65E0\u6CD5\u8BFB\u53D6 {file}\uFF1A{message}",
    "cli.config.syntax": "\u4E0D\u662F\u6709\u6548\u7684 JSON\uFF1A{message}",
    "cli.json.comments": 'JSON \u4E2D\u4E0D\u5141\u8BB8\u6CE8\u91CA\uFF1B\u8BF7\u628A\u8BF4\u660E\u5199\u5728 "$comment" \u952E\u4E0B',
    "cli.json.unterminated": "\u5B57\u7B26\u4E32\u6CA1\u6709\u7ED3\u675F",
    "cli.json.lineBreak": "\u5B57\u7B26\u4E32\u6CA1\u6709\u7ED3\u675F\uFF08\u5B57\u7B26\u4E32\u4E2D\u7684\u6362\u884C\u5FC5\u987B\u5199\u6210 \\n\uFF09",
    "cli.json.control": "\u5B57\u7B26\u4E32\u4E2D\u6709\u63A7\u5236\u5B57\u7B26",
    "cli.json.unicodeEscape": "\u65E0\u6548\u7684 \\u \u8F6C\u4E49",
    "cli.json.escape": '\u65E0\u6548\u7684\u8F6C\u4E49 "{escape}"',
    "cli.json.depth": "\u5D4C\u5957\u8D85\u8FC7\u4E86 {max} \u5C42",
    "cli.json.trailingComma": '"{close}" \u4E4B\u524D\u591A\u4E86\u4E00\u4E2A\u9017\u53F7',
    "cli.json.expectedKey": "\u6B64\u5904\u5E94\u4E3A\u5E26\u53CC\u5F15\u53F7\u7684\u952E\uFF0C\u5B9E\u9645\u4E3A {found}",
    "cli.json.expectedColon": '\u952E "{key}" \u4E4B\u540E\u5E94\u4E3A ":"\uFF0C\u5B9E\u9645\u4E3A {found}',
    "cli.json.expectedCommaMember": '"{key}" \u7684\u503C\u4E4B\u540E\u5E94\u4E3A "," \u6216 "}"\uFF0C\u5B9E\u9645\u4E3A {found}',
    "cli.json.expectedCommaItem": '\u5217\u8868\u9879\u4E4B\u540E\u5E94\u4E3A "," \u6216 "]"\uFF0C\u5B9E\u9645\u4E3A {found}',
    "cli.json.singleQuotes": "\u5B57\u7B26\u4E32\u5FC5\u987B\u4F7F\u7528\u53CC\u5F15\u53F7",
    "cli.json.unexpected": "\u610F\u5916\u7684 {found}",
    "cli.json.afterValue": "JSON \u503C\u7ED3\u675F\u4E4B\u540E\u51FA\u73B0\u4E86\u610F\u5916\u7684 {found}",
    "cli.json.endOfFile": "\u6587\u4EF6\u7ED3\u5C3E",
    "cli.config.noPackageKey": 'package.json \u4E2D\u6CA1\u6709 "sse-lint" \u952E',
    "cli.config.unknownKey": '\u672A\u77E5\u7684\u952E "{key}"',
    "cli.config.unknownKeyNear": '\u672A\u77E5\u7684\u952E "{key}"\uFF1B\u662F\u4E0D\u662F\u60F3\u5199 "{near}"\uFF1F',
    "cli.config.unknownRule": '\u672A\u77E5\u89C4\u5219 "{key}"',
    "cli.config.unknownRuleNear": '\u672A\u77E5\u89C4\u5219 "{key}"\uFF1B\u662F\u4E0D\u662F\u60F3\u5199 "{near}"\uFF1F',
    "cli.config.unknownOption": '\u89C4\u5219 {rule} \u6CA1\u6709\u9009\u9879 "{key}"\uFF1B\u5B83\u7684\u9009\u9879\u6709 {choices}',
    "cli.config.unknownOptionNear": '\u89C4\u5219 {rule} \u6CA1\u6709\u9009\u9879 "{key}"\uFF1B\u662F\u4E0D\u662F\u60F3\u5199 "{near}"\uFF1F',
    "cli.config.noOptions": '\u89C4\u5219 {rule} \u6CA1\u6709\u9009\u9879\uFF1B\u53EA\u9700\u8BBE\u7F6E\u7EA7\u522B\uFF0C\u4F8B\u5982 "{rule}": "warning"',
    "cli.config.badValue": '"{value}" \u4E0D\u662F {choices} \u4E4B\u4E00',
    "cli.config.badValueNear": '"{value}" \u4E0D\u662F {choices} \u4E4B\u4E00\uFF1B\u662F\u4E0D\u662F\u60F3\u5199 "{near}"\uFF1F',
    "cli.config.wrongType": "\u5E94\u4E3A {expected}\uFF0C\u5B9E\u9645\u4E3A {actual}",
    "cli.config.ruleTuple": '\u5E26\u9009\u9879\u7684\u89C4\u5219\u8BBE\u7F6E\u683C\u5F0F\u4E3A [\u7EA7\u522B, \u9009\u9879]\uFF0C\u4F8B\u5982 ["warning", {}]',
    "cli.config.empty": "\u4E0D\u80FD\u4E3A\u7A7A",
    "cli.config.badVersion": '\u5E94\u4E3A 1.24.0 \u8FD9\u6837\u7684\u7248\u672C\u53F7\uFF0C\u5B9E\u9645\u4E3A "{value}"',
    "cli.config.pathMapKey": '\u8DEF\u5F84\u6620\u5C04\u7684\u952E "{key}" \u5FC5\u987B\u662F\u7EDD\u5BF9\u8DEF\u5F84\uFF08\u4E0E\u914D\u7F6E\u4E2D\u5199\u6CD5\u4E00\u81F4\uFF09',
    "cli.config.other": "{message}",
    "cli.config.presetNotApplied": '\u9884\u8BBE "{preset}" \u5728 {path} \u9644\u8FD1\u6CA1\u6709\u627E\u5230\u5BF9\u5E94\u7684\u76EE\u5F55\u5E03\u5C40\uFF0C\u8FD9\u91CC\u4E0D\u8D77\u4F5C\u7528',
    "cli.config.initWritten": "\u5DF2\u5199\u5165 {file}\uFF08{layout} \u5E03\u5C40\uFF09\uFF1B\u8BF7\u7F16\u8F91\u540E\u518D\u6B21\u8FD0\u884C sse-lint",
    "cli.config.initExists": "{file} \u5DF2\u5B58\u5728\uFF0C\u4E0D\u4F1A\u8986\u76D6",
    "cli.config.layout.1panel": "1Panel/OpenResty",
    "cli.config.layout.debian": "Debian/Ubuntu",
    "cli.config.layout.openresty": "OpenResty \u5B98\u65B9\u76EE\u5F55",
    "cli.config.layout.npm": "Nginx Proxy Manager \u9762\u677F",
    "cli.config.layout.apisix": "APISIX \u7F51\u5173",
    "cli.config.layout.plain": "\u666E\u901A nginx",
    "cli.type.string": "\u5B57\u7B26\u4E32",
    "cli.type.number": "\u6570\u5B57",
    "cli.type.integer": "\u6574\u6570",
    "cli.type.boolean": "true \u6216 false",
    "cli.type.array": "\u5217\u8868",
    "cli.type.object": "\u5BF9\u8C61",
    "cli.type.null": "null",
    // Starter config comments.
    "cli.init.header": '\u9002\u7528\u4E8E {layout} \u5E03\u5C40\u7684 sse-lint \u914D\u7F6E\uFF0C\u7531 sse-lint --init \u751F\u6210\u3002"$comment" \u952E\u4E0B\u7684\u6587\u5B57\u4F1A\u88AB\u5FFD\u7565\u3002',
    "cli.init.preset": "preset\uFF1A{preset}\uFF08{effect}\uFF09\u3002",
    "cli.init.streams": 'streams\uFF1A\u4E8B\u4EF6\u6D41\u63A5\u53E3\u6240\u5728\u7684 location \u8DEF\u5F84\uFF08\u4F8B\u5982 "/api/events"\u3001"/v1/chat/completions"\u3001"/sse/**"\uFF09\u3002sse-lint \u4E5F\u4F1A\u6839\u636E\u8DEF\u5F84\u548C\u914D\u7F6E\u731C\u6D4B\u54EA\u4E9B\u662F\u4E8B\u4EF6\u6D41\uFF1B\u5728\u8FD9\u91CC\u5217\u51FA\u53EF\u4EE5\u786E\u4FDD\u4E0D\u9057\u6F0F\uFF08\u6B64\u540E\u5BF9\u63A8\u6D4B\u7684\u4E8B\u4EF6\u6D41\u53EA\u7ED9\u51FA\u63D0\u793A\uFF09\uFF0C\u53EA\u662F\u770B\u8D77\u6765\u50CF\u4E8B\u4EF6\u6D41\u7684\u8DEF\u5F84\u8BF7\u5217\u5728 notStreams \u4E2D\u3002',
    "cli.init.version": 'nginxVersion\uFF1A\u4F60\u7684 nginx\uFF08\u6216 OpenResty \u5185\u6838\uFF09\u7248\u672C\uFF0C\u4F8B\u5982 "1.24.0"\uFF08\u89C1 nginx -v\uFF09\u3002\u90E8\u5206\u9ED8\u8BA4\u503C\u5728 1.29.7 \u53D1\u751F\u4E86\u53D8\u5316\uFF1B\u4E0D\u8BBE\u7F6E\u5219\u6309 1.29.7 \u4E4B\u524D\u5904\u7406\u3002',
    "cli.init.rules": 'rules\uFF1A\u6BCF\u6761\u89C4\u5219\u90FD\u6309\u9ED8\u8BA4\u7EA7\u522B\u8FD0\u884C\u3002\u53EF\u8BBE\u4E3A "off"\u3001"info"\u3001"warning"\u3001"error"\uFF0C\u6216 [\u7EA7\u522B, \u9009\u9879]\uFF1Bsse-lint explain \u89C4\u5219\u540D \u53EF\u67E5\u770B\u89C4\u5219\u68C0\u67E5\u7684\u5185\u5BB9\u3002',
    "cli.init.ignore": 'ignore\uFF1A\u4E0D\u62A5\u544A\u95EE\u9898\u7684\u914D\u7F6E\u6587\u4EF6\uFF08glob \u6A21\u5F0F\uFF09\uFF0C\u4F8B\u5982 "conf.d/legacy-*.conf"\u3002',
    "cli.init.failOn": 'failOn\uFF1A\u51FA\u73B0\u4E0D\u4F4E\u4E8E\u8BE5\u7EA7\u522B\u7684\u95EE\u9898\u65F6\u4EE5 1 \u9000\u51FA\uFF08"error"\u3001"warning"\u3001"info" \u6216 "off"\uFF09\u3002',
    "cli.init.effect.1panel": "\u5BB9\u5668\u5185\u7684\u8DEF\u5F84 /www \u548C /usr/local/openresty/nginx/conf \u4F1A\u4ECE\u88AB\u68C0\u67E5\u6587\u4EF6\u6240\u5728\u7684 1Panel \u5E94\u7528\u76EE\u5F55\u4E2D\u8BFB\u53D6",
    "cli.init.effect.openresty": "\u4E3B\u914D\u7F6E\u4E3A OpenResty \u76EE\u5F55\u4E0B\u7684 nginx/conf/nginx.conf\uFF0C\u76F8\u5BF9\u8DEF\u5F84\u7684 include \u4EE5\u8BE5 conf \u76EE\u5F55\u4E3A\u57FA\u51C6",
    "cli.init.effect.npm": "\u68C0\u67E5 data/nginx/*_host \u4E2D\u751F\u6210\u7684\u7AD9\u70B9\uFF0C\u5BB9\u5668\u8DEF\u5F84 /data\uFF08\u4EE5\u53CA data \u65C1\u8FB9\u5B58\u5728\u526F\u672C\u65F6\u7684 /etc/nginx\uFF09\u4ECE\u672C\u76EE\u5F55\u8BFB\u53D6",
    "cli.init.effect.apisix": "conf/nginx.conf \u7531 APISIX \u751F\u6210\uFF1A\u5EFA\u8BAE\u4F7F\u7528 proxy-buffering \u63D2\u4EF6\u4EE5\u53CA\u8DEF\u7531\u6216 config.yaml \u4E2D\u7684\u8BBE\u7F6E\uFF0C\u800C\u4E0D\u662F\u76F4\u63A5\u4FEE\u6539\u751F\u6210\u7684\u6587\u4EF6",
    "cli.init.effect.debian": "\u5982\u679C\u88AB\u68C0\u67E5\u7684\u6587\u4EF6\u662F /etc/nginx \u7684\u526F\u672C\uFF0Cinclude \u7684 /etc/nginx/... \u8DEF\u5F84\u4F1A\u4ECE\u8FD9\u4E2A\u526F\u672C\u4E2D\u8BFB\u53D6",
    // Baseline.
    "cli.baseline.written": "\u5DF2\u628A {count} \u4E2A\u95EE\u9898\u5199\u5165\u57FA\u7EBF\u6587\u4EF6 {file}",
    "cli.baseline.missing": "\u627E\u4E0D\u5230\u57FA\u7EBF\u6587\u4EF6 {file}\uFF1B\u8BF7\u5148\u7528 --baseline-write {file} \u521B\u5EFA",
    "cli.baseline.unreadable": "\u65E0\u6CD5\u8BFB\u53D6\u57FA\u7EBF\u6587\u4EF6 {file}\uFF1A{reason}",
    "cli.baseline.notJson": "{file} \u4E0D\u662F sse-lint \u57FA\u7EBF\u6587\u4EF6\uFF1A\u7B2C {line} \u884C\u7B2C {column} \u5217\u5904\u4E0D\u662F\u6709\u6548\u7684 JSON",
    "cli.baseline.noVersion": '{file} \u4E0D\u662F sse-lint \u57FA\u7EBF\u6587\u4EF6\uFF1A\u6CA1\u6709 "version"',
    "cli.baseline.badFindings": '{file} \u4E0D\u662F sse-lint \u57FA\u7EBF\u6587\u4EF6\uFF1A"findings" \u5FC5\u987B\u662F\u5E26 "fingerprint" \u7684\u6761\u76EE\u5217\u8868',
    "cli.baseline.unsupported": "\u57FA\u7EBF\u6587\u4EF6 {file} \u7684\u7248\u672C\u4E3A {version}\uFF1B\u5F53\u524D sse-lint \u53EA\u80FD\u8BFB\u53D6\u7248\u672C {supported}",
    // sse-lint --help.
    "cli.help": `sse-lint\uFF1A\u67E5\u627E\u5E76\u4FEE\u590D\u4F1A\u7834\u574F Server-Sent Events \u7684 nginx/OpenResty \u8BBE\u7F6E

\u7528\u6CD5\uFF1A
  sse-lint [\u9009\u9879] PATH...           \u68C0\u67E5\u914D\u7F6E\u6587\u4EF6\u3001\u76EE\u5F55\u3001\`nginx -T\` \u7684\u8F93\u51FA\uFF0C\u6216 -\uFF08\u6807\u51C6\u8F93\u5165\uFF09
  sse-lint parse [\u9009\u9879] FILE        \u8F93\u51FA FILE \u7684\u89E3\u6790\u7ED3\u679C\uFF08\u4E0E crossplane \u517C\u5BB9\u7684 JSON\uFF09
  sse-lint route [--host H] [--port P] URI PATH
                                    \u663E\u793A\u7531\u54EA\u4E2A server \u548C location \u5904\u7406 URI\u3001\u5B83\u662F\u4E0D\u662F\u4E8B\u4EF6\u6D41\uFF0C
                                    \u4EE5\u53CA\u4E0E\u6D41\u5F0F\u4F20\u8F93\u6709\u5173\u7684\u751F\u6548\u8BBE\u7F6E\u53CA\u5176\u6765\u6E90
  sse-lint explain RULE             \u8F93\u51FA\u4E00\u6761\u89C4\u5219\u7684\u6587\u6863\uFF08\u4E5F\u53EF\u4EE5\u662F parse-error\u3001include-not-found \u7B49\uFF09
  sse-lint --list-rules             \u5217\u51FA\u6240\u6709\u89C4\u5219\u53CA\u5176\u7EA7\u522B\u548C\u4FEE\u590D\u65B9\u5F0F
  sse-lint help                     \u663E\u793A\u672C\u5E2E\u52A9

\u8F93\u5165\uFF1A
  PATH \u53EF\u4EE5\u662F\u6587\u4EF6\uFF08\u5176\u6240\u5728\u76EE\u5F55\u4F5C\u4E3A include \u7684\u524D\u7F00\uFF09\u3001\u76EE\u5F55\uFF08\u5165\u53E3\u662F\u6CA1\u6709\u88AB\u5176\u4ED6\u6587\u4EF6 include \u7684
  \u914D\u7F6E\u6587\u4EF6\uFF0Cnginx.conf \u4F18\u5148\uFF09\u3001\`nginx -T\` \u7684\u8F93\u51FA\uFF0C\u6216\u8005\u7528 - \u8868\u793A\u6807\u51C6\u8F93\u5165\u3002

\u4EA4\u4E92\u5BA1\u67E5\uFF1A
  -i, --interactive         \u5728\u7EC8\u7AEF\u4E2D\u5BA1\u67E5\uFF1A\u6BCF\u4E2A server \u7684\u5C31\u7EEA\u60C5\u51B5\uFF0C\u6BCF\u4E2A\u95EE\u9898\u53CA\u5176\u4EE3\u7801\u3001\u751F\u6548\u7684\u503C
                            \u548C\u4FEE\u590D\u7684 diff\uFF1B\u5E94\u7528\uFF08f\uFF09\u3001\u64A4\u9500\uFF08u\uFF09\u3001\u5199\u5165\uFF08w\uFF09\uFF1B\u6309 ? \u5217\u51FA\u6240\u6709\u6309\u952E

\u8F93\u51FA\uFF1A
  -f, --format NAME         text\uFF08\u9ED8\u8BA4\uFF09\u3001json\u3001sarif\u3001checkstyle \u6216 github\uFF08Actions \u6CE8\u89E3\uFF09
  -o, --output FILE         \u628A\u62A5\u544A\u5199\u5165 FILE\uFF08\u539F\u5B50\u5199\u5165\uFF09\uFF0C\u800C\u4E0D\u662F\u6807\u51C6\u8F93\u51FA
      --fail-on LEVEL       \u6709\u95EE\u9898\u8FBE\u5230\u6216\u8D85\u8FC7 LEVEL \u65F6\u4EE5 1 \u9000\u51FA\uFF1Aerror\u3001warning\uFF08\u9ED8\u8BA4\uFF09\u3001info\u3001off
      --max-warnings N      \u8B66\u544A\u8D85\u8FC7 N \u4E2A\u65F6\u4E5F\u4EE5 1 \u9000\u51FA
  -q, --quiet               \u53EA\u62A5\u544A\u9519\u8BEF\uFF08\u9000\u51FA\u7801\u4ECD\u7136\u8BA1\u5165\u6240\u6709\u95EE\u9898\uFF0C\u89C1 --fail-on\uFF09

\u9009\u9879\uFF1A
  -p, --prefix DIR          \u76F8\u5BF9\u8DEF\u5F84\u7684 include \u4EE5 DIR \u4E3A\u57FA\u51C6\u89E3\u6790\uFF08\u5373 nginx -p\uFF0C\u914D\u7F6E\u524D\u7F00\uFF09
  -c, --config FILE         \u4F7F\u7528\u8FD9\u4E2A\u914D\u7F6E\u6587\u4EF6\uFF08\u9ED8\u8BA4\uFF1A\u4ECE\u7B2C\u4E00\u4E2A\u8F93\u5165\u5411\u4E0A\u67E5\u627E sse-lint.config.json\u3001
                            .sse-lintrc.json \u6216 package.json \u4E2D\u7684 "sse-lint" \u952E\uFF09
      --no-config           \u4E0D\u4F7F\u7528\u4EFB\u4F55\u914D\u7F6E\u6587\u4EF6\uFF0C\u5373\u4F7F\u80FD\u627E\u5230
      --init [DIR]          \u6309 DIR \u4E2D\u7684\u76EE\u5F55\u5E03\u5C40\uFF0C\u5199\u5165\u4E00\u4EFD\u5E26\u6CE8\u91CA\u7684 sse-lint.config.json \u8D77\u59CB\u914D\u7F6E
      --baseline FILE       \u53EA\u62A5\u544A\u4E0D\u5728 FILE \u4E2D\u7684\u95EE\u9898
      --baseline-write FILE \u628A\u5F53\u524D\u7684\u95EE\u9898\u8BB0\u5F55\u5230 FILE\uFF08\u7136\u540E\u4EE5 0 \u9000\u51FA\uFF09
      --locale en|zh-CN     \u6D88\u606F\u7684\u8BED\u8A00\uFF08\u9ED8\u8BA4\u53D6\u81EA LC_ALL\u3001LC_MESSAGES \u6216 LANG\uFF09
      --strict              \u540C\u65F6\u62A5\u544A\u6CA1\u6709\u4EFB\u4F55\u5DF2\u77E5 nginx \u6A21\u5757\u5B9A\u4E49\u7684\u6307\u4EE4
      --nginx-version X.Y.Z \u76EE\u6807 nginx \u7248\u672C\uFF08\u4ECE 1.29.7 \u8D77\u90E8\u5206\u9ED8\u8BA4\u503C\u4E0D\u540C\uFF09\uFF1B\u672A\u6307\u5B9A\u65F6\u6309 1.29.7 \u4E4B\u524D\u5904\u7406
      --route [HOST]/URI    \u5904\u7406 URI \u7684 location \u662F\u4E8B\u4EF6\u6D41\uFF1B\u53EF\u91CD\u590D
      --all-proxies         \u5BA1\u8BA1\u6A21\u5F0F\uFF1A\u628A\u6BCF\u4E2A\u505A\u4EE3\u7406\u7684 location \u90FD\u5F53\u4F5C\u4E8B\u4EF6\u6D41
      --preset NAME         \u670D\u52A1\u5668\u76EE\u5F55\u5E03\u5C40\uFF1Aauto\uFF08\u9ED8\u8BA4\uFF0C\u6839\u636E\u8DEF\u5F84\u8BC6\u522B\uFF09\u30011panel\u3001openresty\u3001npm\u3001apisix\u3001
                            debian \u6216 plain\uFF1B\u4F1A\u5199\u5728\u62A5\u544A\u4E2D
      --in-context          \u628A\u6BCF\u4E2A FILE \u653E\u5728\u5305\u542B\u5B83\u7684 nginx.conf\uFF08\u540C\u76EE\u5F55\u6216\u4E0A\u7EA7\u76EE\u5F55\uFF09\u4E2D\u68C0\u67E5\uFF0C\u53EA\u62A5\u544A\u7ED9\u51FA\u7684\u6587\u4EF6
                            \uFF08pre-commit \u94A9\u5B50\u4F7F\u7528\u6B64\u9009\u9879\uFF09
      --context BLOCK       \u628A\u5355\u72EC\u7684\u7247\u6BB5\u5F53\u4F5C http\u3001server \u6216 location \u7684\u5185\u90E8\u5185\u5BB9\u68C0\u67E5\uFF08\u9ED8\u8BA4\uFF1A\u6309\u6587\u4EF6\u4E2D\u7684
                            "# sse-lint: context" \u6CE8\u91CA\uFF0C\u5426\u5219\u6839\u636E\u5176\u4E2D\u7684\u6307\u4EE4\u63A8\u6D4B\uFF09
      --rule ID             \u53EA\u8FD0\u884C\uFF08\u548C\u4FEE\u590D\uFF09\u8FD9\u6761\u89C4\u5219\uFF1B\u53EF\u91CD\u590D
      --disable ID          \u5173\u95ED\u4E00\u6761\u89C4\u5219\uFF08\u6216 include-not-found \u8FD9\u6837\u7684\u5185\u90E8 ID\uFF09\uFF1B\u53EF\u91CD\u590D
      --enable ID           \u91CD\u65B0\u542F\u7528\u914D\u7F6E\u6587\u4EF6\u4E2D\u5173\u95ED\u7684\u89C4\u5219\uFF1B\u53EF\u91CD\u590D
      --fix                 \u5E94\u7528\u5B89\u5168\u7684\u4FEE\u590D\u5E76\u5199\u5165\u6587\u4EF6\uFF08\u539F\u5B50\u5199\u5165\uFF0C\u8981\u4E48\u5168\u90E8\u5199\u5165\uFF0C\u8981\u4E48\u90FD\u4E0D\u5199\uFF09
      --unsafe-fixes        \u4E0E --fix \u6216 --diff \u4E00\u8D77\u4F7F\u7528\uFF1A\u540C\u65F6\u5E94\u7528\u53EF\u80FD\u6539\u53D8\u884C\u4E3A\u7684\u4FEE\u590D
      --fix-dry-run, --diff \u4EE5\u7EDF\u4E00 diff \u683C\u5F0F\u8F93\u51FA\u4FEE\u590D\u5185\u5BB9\uFF1B\u4E0D\u5199\u5165\u4EFB\u4F55\u6587\u4EF6
      --backup              \u4E0E --fix \u4E00\u8D77\u4F7F\u7528\uFF1A\u4FDD\u7559 <file>.bak \u526F\u672C
      --verify-with-nginx BIN
                            \u4E0E --fix \u4E00\u8D77\u4F7F\u7528\uFF1A\u5148\u5728\u4FEE\u590D\u540E\u7684\u914D\u7F6E\u526F\u672C\u4E0A\u8FD0\u884C BIN -t\uFF1B\u5931\u8D25\u5219\u62D2\u7EDD\u5199\u5165
      --map FROM=TO         FROM \u4E4B\u4E0B\u7684 include \u8DEF\u5F84\u6539\u4ECE TO \u8BFB\u53D6\uFF08\u5BB9\u5668\u3001\u9762\u677F\uFF09\uFF1B\u53EF\u91CD\u590D
      --stdin-filename NAME \u6807\u51C6\u8F93\u5165\u663E\u793A\u7684\u6587\u4EF6\u540D
      --color, --no-color   \u5F3A\u5236\u5F00\u542F\u6216\u5173\u95ED\u989C\u8272\uFF08\u9ED8\u8BA4\uFF1A\u7EC8\u7AEF\u4E0A\u5F00\u542F\uFF0C\u9075\u5FAA NO_COLOR/FORCE_COLOR\uFF09
      --debug               \u51FA\u73B0\u5185\u90E8\u9519\u8BEF\u65F6\u6253\u5370\u8C03\u7528\u6808
  -h, --help                \u663E\u793A\u672C\u5E2E\u52A9
  -v, --version             \u663E\u793A\u7248\u672C

parse \u9009\u9879\uFF1A
      --combine             \u628A include \u7684\u6587\u4EF6\u5408\u5E76\u6210\u4E00\u4EFD\u914D\u7F6E\uFF0C\u5E76\u7ED9\u6BCF\u6761\u8BED\u53E5\u52A0\u4E0A "file"
      --single-file         \u4E0D\u8DDF\u968F include
      --include-comments    \u628A\u6CE8\u91CA\u4F5C\u4E3A "#" \u8BED\u53E5\u8F93\u51FA
      --positions           \u7ED9\u6BCF\u6761\u8BED\u53E5\u52A0\u4E0A\u5217\u53F7\u548C [start, end] \u504F\u79FB\u91CF

\u9000\u51FA\u7801\uFF1A0 \u8868\u793A\u6CA1\u6709\u8FBE\u5230 --fail-on \u7EA7\u522B\u7684\u95EE\u9898\uFF08\u4E14\u8B66\u544A\u6570\u4E0D\u8D85\u8FC7 --max-warnings\uFF09\uFF0C\u5426\u5219\u4E3A 1\uFF1B
2 \u8868\u793A\u7528\u6CD5\u9519\u8BEF\u3001\u8F93\u5165\u4E0D\u53EF\u7528\u6216\u5185\u90E8\u9519\u8BEF\u3002
`
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  zhCN
});

})