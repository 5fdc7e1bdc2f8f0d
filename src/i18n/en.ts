// English text of the command line and reports. Rule messages and summaries are not here: rule meta is their source.
//
// Templates: `{name}` is replaced by data.name; `{name:one|other}` picks a word by the number in data.name
// (English plurals). Another locale must use the same placeholder names, and may drop the plural forms.

export const EN_CLI = {
  // Report summary and labels (text reporter).
  'cli.summary.none': 'No problems found in {files} {files:file|files}{streams}{notes}.',
  'cli.summary.problems': '{count} {count:problem|problems} ({errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}, {infos} info) in {withFindings} of {files} {files:file|files} read{streams}{notes}.',
  'cli.summary.truncated': '{count} more {count:finding was|findings were} left out: one run keeps at most {max} findings',
  'cli.summary.baselined': '{count} known {count:problem|problems} hidden by the baseline {file}.',
  'cli.summary.config': 'Config: {file}.',
  'cli.summary.configFound': 'Config: {file} (found by searching upward from the input).',
  'cli.summary.configNone': 'Config: none found; defaults apply.',
  'cli.summary.configDisabled': 'Config: none (--no-config).',
  'cli.summary.ignored': '{count} in files matched by "ignore"',
  'cli.severity.error': 'error',
  'cli.severity.warning': 'warning',
  'cli.severity.info': 'info',
  'cli.label.fix': 'fix:',
  'cli.label.stream': 'stream:',
  'cli.label.related': 'related:',
  'cli.label.chain': 'chain:',
  'cli.label.value': 'value:',
  'cli.summary.streams': ', {count} stream {count:location|locations}',
  'cli.summary.notes': ' ({list})',
  'cli.summary.suppressedInline': '{count} suppressed inline',
  'cli.summary.quietHidden': '{list} not shown (--quiet)',
  'cli.summary.fixable': '{count} fixable: {list}.',
  'cli.summary.fixableSafe': '{count} safe with --fix',
  'cli.summary.fixableUnsafe': '{count} unsafe with --fix --unsafe-fixes',
  'cli.count.warnings': '{count} {count:warning|warnings}',
  'cli.count.infos': '{count} info',
  'cli.fix.hintSafe': '{title} (safe: --fix)',
  'cli.fix.hintUnsafe': '{title} (unsafe: --fix --unsafe-fixes)',
  'cli.fix.hintSuggestion': '{title} (suggestion: see --diff; never applied)',
  'cli.fix.suggestionHeader': 'suggestion for {rule} at {file}:{line} (not applied by --fix): {title}',
  'cli.frame.moreLines': '... {count} more {count:line|lines}',
  'cli.progress.parsed': 'parsed {count} {count:file|files}',
  'cli.progress.checking': 'parsed {count} {count:file|files}; checking',
  // Where a value comes from (the value: line).
  'cli.provenance.set': '{head}: set in {level} ({at})',
  'cli.provenance.default': '{head}: {note}',
  'cli.provenance.defaultNotSet': '{head}: {note}, not set in {levels}',
  'cli.levels.omitted': '{count} more {count:level|levels}',
  'cli.summary.preset': 'Preset: {label} ({how}).',
  'cli.summary.presetHow.detected': 'detected from the path; --preset to choose another',
  'cli.summary.presetHow.chosen': 'chosen',
  'cli.summary.assumed': '{file}: linted as the inside of {block} ({how}).',
  'cli.summary.block.http': 'an http block',
  'cli.summary.block.server': 'a server block',
  'cli.summary.block.location': 'a location block',
  'cli.summary.assumedHow.guessed': 'guessed from its directives; set it with --context http|server|location or a "# sse-lint: context location" comment',
  'cli.summary.assumedHow.option': '--context',
  'cli.summary.assumedHow.comment': 'its "# sse-lint: context" comment',
  'cli.summary.site': 'Site {site}: {streams} {streams:location|locations} checked as {streams:a stream|streams}, {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}: {verdict}.',
  'cli.summary.siteReady': 'ready for event streams',
  'cli.summary.siteNotReady': 'not ready for event streams',
  'cli.summary.siteNoStreams': 'no proxying location',
  'cli.summary.sites': 'Readiness: {ready} of {total} {total:site|sites} ready for event streams.',
  'cli.label.site': 'site',

  // sse-lint explain.
  'cli.explain.title': '{id} ({severity}; fix: {fix})',
  'cli.explain.engineTitle': '{id} ({severity}; reported by sse-lint itself, no fix)',
  'cli.explain.engineTitleFixes': '{id} ({severity}; reported by sse-lint itself, with fixes)',
  'cli.explain.fixKind.safe': 'safe',
  'cli.explain.fixKind.unsafe': 'unsafe',
  'cli.explain.fixKind.none': 'none',
  'cli.explain.fixKind.suggestion': 'suggestion',
  'cli.explain.why': 'Why',
  'cli.explain.bad': 'Bad',
  'cli.explain.good': 'Good',
  'cli.explain.fix': 'Fix',
  'cli.explain.options': 'Options (defaults): {options}',
  'cli.explain.references': 'References',
  'cli.explain.nameOne': 'name one rule: {ids}',

  // SARIF rule descriptors and results (the headings are explain's).
  'cli.sarif.field': '{heading}: {text}',
  'cli.sarif.heading': '{heading}:',
  'cli.sarif.documentation': 'Documentation: {url}',
  'cli.sarif.docLink': 'sse-lint documentation for {id}',
  'cli.sarif.seeMessage': 'See the message.',
  'cli.sarif.fixDescription': '{title} ({applicability})',
  'cli.sarif.setHere': '{line} is set here ({level})',

  // sse-lint route.
  'cli.route.label.request': 'request:',
  'cli.route.label.route': 'route:',
  'cli.route.label.note': 'note:',
  'cli.route.label.handler': 'handler:',
  'cli.route.label.stream': 'stream:',
  'cli.route.label.chain': 'chain:',
  'cli.route.chain.block': '{block} ({at})',
  'cli.route.chain.server': '{block}',
  'cli.route.chain.hop': '-> {block} via {via}{conditions}',
  'cli.route.chain.conditions': ': {list}',
  'cli.route.chain.end': '-> {end}{conditions}',
  'cli.route.chain.endVia': 'via {via}: {end}',
  'cli.route.chain.endConditions': ' ({list})',
  'cli.route.end.served': 'served by {block}',
  'cli.route.end.servedIf': '{served} in if {condition}',
  'cli.route.end.return': 'answered by {directive} ({at})',
  'cli.route.end.redirect': 'external redirect ({code}) by {directive} ({at})',
  'cli.route.end.status': '{code}: {why}{at}',
  'cli.route.end.unknown': 'the target of {directive} ({at}) depends on {variables}, not known here',
  'cli.route.status.internal': 'the location is internal and the request is not',
  'cli.route.status.no-named-location': 'no named location has that name',
  'cli.route.status.cycle': 'rewrite or internal redirection cycle (more than {max} internal redirects)',
  'cli.route.status.try_files': 'try_files found no file',
  'cli.route.status.auto-redirect': 'nginx adds the trailing slash',
  'cli.route.status.regex-failure': 'PCRE2 gave up matching a regex (pcre2_match() failed)',
  'cli.route.status.at': ' ({directive} at {at})',
  'cli.route.otherWays': 'other ways the request can take:',
  'cli.route.way': '{websocket}{when}{steps}',
  'cli.route.way.websocket': '[WebSocket] ',
  'cli.route.way.when': 'when {conditions}: ',
  'cli.route.way.then': ', then ',
  'cli.route.way.times': '{text} x{count}',
  'cli.route.moreWays': '({count} more {count:way|ways} not listed)',
  'cli.route.moreWaysUnknown': '(more ways not listed)',
  'cli.route.request': 'Host {host}, port {port}, {uri}',
  'cli.route.noHost': '(none)',
  'cli.route.notEvaluatedHere': 'not evaluated here: {list}',
  'cli.route.via': ' via {directive}',
  'cli.route.upstream': ' -> upstream {name} ({servers}{keepalive})',
  'cli.route.keepalive': '; {args} keepalive',
  'cli.route.streamYes': 'yes: {reasons}',
  'cli.route.streamNot': 'no: {why}',
  'cli.route.streamNo': 'no (use --route or # sse-lint: stream to mark it)',
  'cli.route.settings': 'effective settings in {level}{version}:',
  'cli.route.version': ' (nginx {version})',
  'cli.route.versionUnknown': ' (nginx version unknown: defaults before 1.29.7 assumed)',
  'cli.route.value': '{name} {value}: {origin}',
  'cli.route.unset': '(unset)',
  'cli.route.listNone': '{name}: none in effect{default}',
  'cli.route.default': ' ({note})',
  'cli.route.listCount': '{name}: {count} in effect',
  'cli.route.entry': '{line} from {level}',
  'cli.route.droppedOff': 'dropped: {line} from {level}, by add_header_inherit off in {by}',
  'cli.route.dropped': 'dropped: {line} from {level}, replaced by the list in {by}',
  'cli.route.noServer': 'no server listens on {listen}',
  'cli.route.server': 'server {name} ({at}, {how})',
  'cli.route.server.exact': 'exact server_name',
  'cli.route.server.leadingWildcard': 'leading wildcard server_name {name}',
  'cli.route.server.trailingWildcard': 'trailing wildcard server_name {name}',
  'cli.route.server.regex': 'regex server_name {name}',
  'cli.route.server.defaultServer': 'default_server for {listen}',
  'cli.route.server.first': 'first server for {listen}',
  'cli.route.badRequest': '{server} answers 400: {reason}',
  'cli.route.noLocation': '{server} -> no location matches {uri} (server-level settings)',
  'cli.route.location': '{server} -> location {chain} ({at}, {how})',
  'cli.route.location.exact': 'exact match',
  'cli.route.location.prefix': 'longest prefix',
  'cli.route.location.noregex-prefix': '^~ prefix',
  'cli.route.location.regex': 'regex',
  'cli.route.location.regex-caseless': 'case-insensitive regex',
  'cli.route.location.auto-redirect': '301 adding a trailing slash',
  'cli.route.withUnevaluated': '{route} [not evaluated: {list}]',
  'cli.route.unevaluated': '{subject}: {why}',
  'cli.route.notEvaluated': 'not evaluated',
  'cli.route.pcre.notEvaluated': '{construct} is not evaluated here',
  'cli.route.pcre.recursion': 'a recursion or subroutine call',
  'cli.route.pcre.conditional': 'a conditional group',
  'cli.route.pcre.unicode-property': 'a Unicode property ({text})',
  'cli.route.pcre.verb': 'a (*VERB) or (*OPTION)',
  'cli.route.pcre.branch-reset': 'a branch reset group (?|',
  'cli.route.pcre.callout': 'a callout',
  'cli.route.pcre.escape': 'the escape {text}',
  'cli.route.pcre.option': 'the option {text}',
  'cli.route.pcre.too-large': 'a pattern this large (its repeats unrolled)',
  'cli.route.pcre.trailing-backslash': 'a trailing backslash (nginx -t rejects it)',
  'cli.route.pcre.hex-above-ff': '\\x{...} above \\xff (nginx -t rejects it)',
  'cli.route.pcre.malformed': 'a malformed {text} (nginx -t rejects it)',
  'cli.route.pcre.missing-paren': 'a missing closing parenthesis (nginx -t rejects it)',
  'cli.route.pcre.unmatched-paren': 'an unmatched closing parenthesis (nginx -t rejects it)',
  'cli.route.pcre.missing-bracket': 'a missing ] at the end of a character class (nginx -t rejects it)',
  'cli.route.pcre.nothing-to-repeat': 'a quantifier with nothing to repeat (nginx -t rejects it)',
  'cli.route.pcre.double-quantifier': 'a quantifier that follows another (nginx -t rejects it)',
  'cli.route.pcre.range-order': 'a range out of order {text}(nginx -t rejects it)',
  'cli.route.pcre.class-escape': '{text} inside a character class (nginx -t rejects it)',
  'cli.route.pcre.posix-class': 'the POSIX class {text} (nginx -t rejects it)',
  'cli.route.pcre.repeat-too-large': 'a repeat count above 65535 (nginx -t rejects it)',
  'cli.route.pcre.lookbehind-length': 'a lookbehind that is not of fixed length (nginx -t rejects it)',
  'cli.route.pcre.backref-in-lookbehind': 'a back reference inside a lookbehind (nginx -t rejects it)',
  'cli.route.pcre.no-such-group': 'a back reference to group {text}, which does not exist (nginx -t rejects it)',
  'cli.route.pcre.no-such-name': 'a reference to a group named "{text}" that does not exist (nginx -t rejects it)',
  'cli.route.pcre.duplicate-name': 'the group name "{text}" used twice (nginx -t rejects it)',
  'cli.route.pcre.nested-too-deep': 'parentheses nested more than 250 deep (nginx -t rejects it)',
  'cli.route.pcre.matchLimit': 'match limit exceeded',
  'cli.route.pcre.heapLimit': 'heap limit exceeded',
  'cli.route.regex500': '{server} answers 500: {error}',
  'cli.route.regexClose': '{server} closes the connection: {error}',
  'cli.route.bad.host': 'invalid Host "{host}"',
  'cli.route.bad.notAbsolute': 'request target "{target}" does not start with "/"',
  'cli.route.bad.escape': 'invalid percent-escape in "{target}"',
  'cli.route.bad.nul': '"%00" in "{target}"',
  'cli.route.bad.aboveRoot': '"{target}" goes above the root with ".."',

  // Usage errors (exit 2).
  'cli.listRules.engine': 'Reported by sse-lint itself (set their level in the config, explain them with sse-lint explain ID):',
  'cli.usage.nginxDashC': '-c is sse-lint\'s --config (a JSON file), not nginx\'s -c: to lint {file}, pass it as a path (sse-lint {file})',
  'cli.usage.badPreset': 'unknown preset "{value}"; expected one of {choices}',
  'cli.usage.badContext': 'unknown context "{value}"; expected one of {choices}',
  'cli.usage.tryHelp': "Try 'sse-lint --help'.",
  'cli.usage.unknownOption': 'unknown option {option}',
  'cli.usage.unknownOptionNear': 'unknown option {option}; did you mean {near}?',
  'cli.usage.optionNeedsValue': '{option} expects a value',
  'cli.usage.optionTakesNoValue': '{option} takes no value',
  'cli.usage.optionDashValue': '{option} expects a value; to give one that starts with "-", write {option}=VALUE',
  'cli.usage.other': '{message}',
  'cli.usage.commandFirst': 'the command "{command}" must come before any option: sse-lint {command} [options] ... (write ./{command} to lint a file of that name)',
  'cli.usage.noInput': 'no input: name a config file, a directory, or - for stdin',
  'cli.usage.badMap': '--map expects FROM=TO, got "{value}"',
  'cli.usage.badVersion': '--nginx-version expects a version like 1.24.0, got "{value}"',
  'cli.usage.badRoute': '--route expects [HOST[:PORT]]/URI, got "{value}"',
  'cli.usage.badLocale': '--locale expects en or zh-CN, got "{value}"',
  'cli.usage.badFormat': '--format expects one of {choices}, got "{value}"',
  'cli.usage.badFailOn': '--fail-on expects one of {choices}, got "{value}"',
  'cli.usage.unknownRule': 'unknown rule "{id}"',
  'cli.usage.unknownRuleNear': 'unknown rule "{id}"; did you mean "{near}"?',
  'cli.usage.fixOnlyFlags': '--unsafe-fixes, --backup and --verify-with-nginx only apply with --fix or --diff',
  'cli.usage.initWithInputs': '--init takes at most one directory',
  'cli.usage.baselineConflict': '--baseline and --baseline-write cannot be used together',
  'cli.usage.parseOne': 'parse: expects exactly one FILE',
  'cli.usage.routeArgs': 'route: expects URI and a config PATH (sse-lint route [--host H] [--port P] /uri nginx.conf)',
  'cli.usage.routeOneInput': 'route: the config PATH must be one file, directory or dump',
  'cli.usage.badPort': 'route: --port expects a port number, got "{value}"',
  'cli.usage.badMaxWarnings': '--max-warnings expects a number of warnings (0 or more), got "{value}"',
  'cli.usage.noOutputFile': '--output expects a file name',
  'cli.usage.emptyOption': '{option} expects a file or folder name, not an empty string',
  'cli.usage.emptyPath': 'a PATH is an empty string (an unset variable?); name a file, a folder or - for standard input',
  'cli.usage.verifyNeedsBinary': '--verify-with-nginx expects the path of an nginx binary',
  'cli.usage.interactiveConflict': '-i cannot be combined with --fix, --diff, --unsafe-fixes, --format, --output or --baseline-write',
  'cli.usage.noTerminal': '-i needs a terminal, and standard output is not one (use the text report or --format)',
  'cli.usage.noTerminalKeys': '-i needs a terminal for keys: standard input is not one and /dev/tty cannot be opened ({reason})',
  'cli.usage.noTerminalKeysStdin': '-i needs a terminal for keys: standard input carries the config and /dev/tty cannot be opened ({reason})',
  'cli.write.failed': 'cannot write {file}: {reason}',
  'cli.usage.cannotWriteReport': 'cannot write the report to {file}: {reason}',
  'cli.usage.tooManyWarnings': '{count} {count:warning|warnings}, more than --max-warnings {max} allows',
  'cli.input.quotedGlob': '{path}: no such file or directory; it looks like a pattern the shell did not expand (was it quoted?): pass the folder, or leave the pattern unquoted',
  'cli.input.noConfigs': '{path}: no nginx config files found (looked for *.conf, nginx.conf and files in sites-enabled/ or sites-available/)',
  'cli.input.emptyStdin': 'standard input is empty: nothing to lint (if a command was piped in, did it fail? nginx -T prints the config only when its test passes)',
  'cli.input.presetEmpty': "{path}: no nginx config files found (the preset's folders for them are empty)",
  'cli.input.missing': '{path}: no such file or directory',
  'cli.input.notFile': '{path}: not a regular file or directory',
  'cli.input.unreadable': '{path}: {reason}',
  'cli.reason.noDirectory': 'no such directory',
  'cli.reason.noFile': 'no such file',
  'cli.reason.permission': 'permission denied',
  'cli.reason.isDirectory': 'it is a directory',
  'cli.reason.noSpace': 'no space left on the device',
  'cli.reason.readOnly': 'read-only file system',
  'cli.internalError': 'internal error: {message}',
  'cli.debugHint': 'rerun with --debug for the stack trace',
  'cli.stdoutFailed': 'cannot write to standard output: {reason}',
  'cli.reason.refused.fifo': 'is a FIFO (named pipe); sse-lint reads only regular files',
  'cli.reason.refused.device': 'is a device; sse-lint reads only regular files',
  'cli.reason.refused.socket': 'is a socket; sse-lint reads only regular files',
  'cli.reason.refused.directory': 'is a directory; sse-lint reads only regular files',
  'cli.reason.refused.not-regular': 'is not a regular file (it changed while it was opened); sse-lint reads only regular files',
  'cli.reason.refused.kernel-fs': 'is on a kernel file system (/proc, /sys); sse-lint does not read it',
  'cli.reason.refused.too-large': 'is larger than {max} MB, the most sse-lint reads',
  'cli.reason.refused.run-too-large': 'makes the config files of this run add up to more than {max} MB, the most sse-lint reads at once',

  // Fixes.
  'cli.fix.hint': '{count} {count:fix|fixes} available: {command} to review them',
  'cli.interactive.remain': '{count} {count:finding|findings} on disk',
  'cli.interactive.discarded': '{count} changed {count:file|files} not written',
  'cli.fix.dryRun': '{count} {count:fix|fixes} in {files} {files:file|files} (dry run: nothing written)',
  'cli.fix.applied': 'applied {count} {count:fix|fixes}, wrote {files} {files:file|files}',
  'cli.fix.withBackups': '{applied} (backups: {list})',
  'cli.fix.reverted': 'fixes of {rules} in {file} were undone: {reason}',
  'cli.fix.reason.unparsable': 'the fixed file no longer parsed',
  'cli.fix.notConverged': 'fixes did not settle after {passes} passes; run again or fix the rest by hand',
  'cli.fix.cannotWriteDump': '--fix cannot write an nginx -T dump; use --diff to see the fixes',
  'cli.fix.cannotWriteStdin': '--fix cannot write standard input; use --diff to see the fixes',
  'cli.fix.verifyRejected': '{bin} -t rejected the fixed config; nothing was written:',
  'cli.fix.verifyUnrunnable': 'could not run {bin} -t ({reason}); nothing was written',
  'cli.fix.writeFailed': 'could not write the fixes, nothing was changed: {message}',
  'cli.fix.conflict': '{files} changed on disk since it was read; nothing was written',
  'cli.recover.finished': 'finished an interrupted --fix ({journal}): {count} {count:file|files} written now',
  'cli.recover.undone': 'undid an interrupted --fix ({journal}): {count} {count:file|files} put back',
  'cli.recover.skipped': 'left as they are, changed since the --fix was interrupted: {files}',
  'cli.recover.failed': 'cannot finish or undo the interrupted --fix in {journal}: {reason}; nothing was written',
  'cli.recover.pending': 'an interrupted --fix left {journal}; the next sse-lint --fix on these files finishes or undoes it',

  // Config file.
  'cli.config.invalid': 'invalid config {file}:',
  'cli.config.notFound': 'config file {file} not found',
  'cli.config.unreadable': 'cannot read {file}: {message}',
  'cli.config.syntax': 'not valid JSON: {message}',
  'cli.json.comments': 'comments are not allowed in JSON; put notes under a "$comment" key',
  'cli.json.unterminated': 'unterminated string',
  'cli.json.lineBreak': 'unterminated string (a line break inside a string must be written \\n)',
  'cli.json.control': 'control character in a string',
  'cli.json.unicodeEscape': 'invalid \\u escape',
  'cli.json.escape': 'invalid escape "{escape}"',
  'cli.json.depth': 'nested more than {max} levels deep',
  'cli.json.trailingComma': 'trailing comma before "{close}"',
  'cli.json.expectedKey': 'expected a double-quoted key, found {found}',
  'cli.json.expectedColon': 'expected ":" after the key "{key}", found {found}',
  'cli.json.expectedCommaMember': 'expected "," or "}" after the value of "{key}", found {found}',
  'cli.json.expectedCommaItem': 'expected "," or "]" after a list item, found {found}',
  'cli.json.singleQuotes': 'strings must use double quotes',
  'cli.json.unexpected': 'unexpected {found}',
  'cli.json.afterValue': 'unexpected {found} after the end of the JSON value',
  'cli.json.endOfFile': 'end of file',
  'cli.config.noPackageKey': 'package.json has no "sse-lint" key',
  'cli.config.unknownKey': 'unknown key "{key}"',
  'cli.config.unknownKeyNear': 'unknown key "{key}"; did you mean "{near}"?',
  'cli.config.unknownRule': 'unknown rule "{key}"',
  'cli.config.unknownRuleNear': 'unknown rule "{key}"; did you mean "{near}"?',
  'cli.config.unknownOption': 'rule {rule} has no option "{key}"; its options are {choices}',
  'cli.config.unknownOptionNear': 'rule {rule} has no option "{key}"; did you mean "{near}"?',
  'cli.config.noOptions': 'rule {rule} has no options; set only its level, e.g. "{rule}": "warning"',
  'cli.config.badValue': '"{value}" is not one of {choices}',
  'cli.config.badValueNear': '"{value}" is not one of {choices}; did you mean "{near}"?',
  'cli.config.wrongType': 'expected {expected}, got {actual}',
  'cli.config.ruleTuple': 'a rule set with options is [level, options], e.g. ["warning", {}]',
  'cli.config.empty': 'must not be empty',
  'cli.config.badVersion': 'expected a version like 1.24.0, got "{value}"',
  'cli.config.pathMapKey': 'path map key "{key}" must be an absolute path, as written in the config',
  'cli.config.other': '{message}',
  'cli.config.presetNotApplied': 'preset "{preset}" found no matching layout around {path}; it has no effect here',
  'cli.config.initWritten': 'wrote {file} ({layout} layout); edit it, then run sse-lint again',
  'cli.config.initExists': '{file} already exists; not overwriting it',
  'cli.config.layout.1panel': '1Panel/OpenResty',
  'cli.config.layout.debian': 'Debian/Ubuntu',
  'cli.config.layout.openresty': 'OpenResty',
  'cli.config.layout.npm': 'Nginx Proxy Manager',
  'cli.config.layout.apisix': 'APISIX',
  'cli.config.layout.plain': 'plain nginx',
  'cli.type.string': 'a string',
  'cli.type.number': 'a number',
  'cli.type.integer': 'an integer',
  'cli.type.boolean': 'true or false',
  'cli.type.array': 'a list',
  'cli.type.object': 'an object',
  'cli.type.null': 'null',

  // Starter config comments (sse-lint --init). JSON has no comments, so they go under "$comment" keys.
  'cli.init.header': 'sse-lint configuration for a {layout} layout, written by sse-lint --init. Text under "$comment" keys is ignored.',
  'cli.init.preset': 'preset: {preset} ({effect}).',
  'cli.init.streams': 'streams: location paths of your event-stream endpoints (e.g. "/api/events", "/v1/chat/completions", "/sse/**"). sse-lint also guesses streams from paths and settings; list them here to be sure (findings on guesses are then notes), and list paths that only look like streams under notStreams.',
  'cli.init.version': 'nginxVersion: your nginx (or OpenResty core) version, e.g. "1.24.0" (nginx -v). Some defaults changed in 1.29.7; unset means "assume before 1.29.7".',
  'cli.init.rules': 'rules: every rule runs at its default level. Set "off", "info", "warning" or "error", or [level, options]; sse-lint explain RULE tells what a rule checks.',
  'cli.init.ignore': 'ignore: globs of config files whose findings are not reported, e.g. "conf.d/legacy-*.conf".',
  'cli.init.failOn': 'failOn: exit with 1 when a finding is at least this severe ("error", "warning", "info" or "off").',
  'cli.init.effect.1panel': 'container paths /www and /usr/local/openresty/nginx/conf are read from the 1Panel app directory the linted files are in',
  'cli.init.effect.openresty': 'the main config is nginx/conf/nginx.conf under the OpenResty folder, and relative includes resolve against that conf folder',
  'cli.init.effect.npm': 'the generated hosts in data/nginx/*_host are linted with the container paths /data (and /etc/nginx, when a copy of it is beside data) read from this folder',
  'cli.init.effect.apisix': 'conf/nginx.conf is generated by APISIX: advice names the proxy-buffering plugin and the route or config.yaml settings instead of edits of the generated file',
  'cli.init.effect.debian': 'when the linted files are a copy of /etc/nginx, includes of /etc/nginx/... are read from that copy',

  // Baseline.
  'cli.baseline.written': 'wrote {count} {count:finding|findings} to the baseline {file}',
  'cli.baseline.missing': 'baseline {file} not found; create it with --baseline-write {file}',
  'cli.baseline.unreadable': 'cannot read the baseline {file}: {reason}',
  'cli.baseline.notJson': 'baseline {file} is not an sse-lint baseline: not valid JSON at line {line}, column {column}',
  'cli.baseline.noVersion': 'baseline {file} is not an sse-lint baseline: no "version"',
  'cli.baseline.badFindings': 'baseline {file} is not an sse-lint baseline: "findings" must be a list of entries with a "fingerprint"',
  'cli.baseline.unsupported': 'baseline {file} has version {version}; this sse-lint reads version {supported}',

  // sse-lint --help.
  'cli.help': `sse-lint: find and fix nginx/OpenResty settings that break Server-Sent Events

Usage:
  sse-lint [options] PATH...        lint config files, directories, \`nginx -T\` dumps, or - (stdin)
  sse-lint parse [options] FILE     print the crossplane-compatible JSON parse of FILE
  sse-lint route [--host H] [--port P] URI PATH
                                    show which server and location serve URI, whether it is a stream,
                                    and the streaming-relevant settings in effect with their origins
  sse-lint explain RULE             print a rule's documentation (also parse-error, include-not-found, ...)
  sse-lint --list-rules             list every rule with its severity and fix
  sse-lint help                     show this help

Inputs:
  PATH is a file (its directory is the include prefix), a directory (entry points are the
  config files no other file includes, nginx.conf first), an \`nginx -T\` dump, or - for stdin.

Review:
  -i, --interactive         review in the terminal: readiness per server, each finding with its code, value
                            in effect and fix diff; apply (f), undo (u), write (w); ? lists the keys

Output:
  -f, --format NAME         text (default), json, sarif, checkstyle or github (Actions annotations)
  -o, --output FILE         write the report to FILE (atomically) instead of standard output
      --fail-on LEVEL       exit 1 when a finding is at or above LEVEL: error, warning (default), info, off
      --max-warnings N      also exit 1 when there are more than N warnings
  -q, --quiet               report errors only (the exit code still counts everything, see --fail-on)

Options:
  -p, --prefix DIR          resolve relative includes against DIR (nginx -p / conf prefix)
  -c, --config FILE         use this config file (default: sse-lint.config.json, .sse-lintrc.json or an
                            "sse-lint" key in package.json, searched upward from the first input)
      --no-config           use no config file, even when one would be found
      --init [DIR]          write a commented starter sse-lint.config.json for the layout found in DIR
      --baseline FILE       report only findings that are not in FILE
      --baseline-write FILE record the current findings in FILE (then exit 0)
      --locale en|zh-CN     language of messages (default: from LC_ALL, LC_MESSAGES or LANG)
      --strict              also report directives no known nginx module defines
      --nginx-version X.Y.Z target nginx version (defaults differ from 1.29.7 on); unknown = before 1.29.7
      --route [HOST]/URI    the location serving URI is an event stream; repeatable
      --all-proxies         audit mode: treat every proxying location as a stream
      --preset NAME         the server layout: auto (default: detected from the path), 1panel, openresty,
                            npm, apisix, debian or plain; named in the report
      --in-context          lint each FILE inside the nginx.conf (its folder or above) that includes it and
                            report only the files given (the pre-commit hook uses this)
      --context BLOCK       lint a lone snippet as the inside of http, server or location (default: its
                            "# sse-lint: context" comment, else a guess from its directives)
      --rule ID             run (and fix) only this rule; repeatable
      --disable ID          turn a rule (or an engine id such as include-not-found) off; repeatable
      --enable ID           turn a rule back on that the config file turned off; repeatable
      --fix                 apply safe fixes and write the files (atomically, all or nothing)
      --unsafe-fixes        with --fix or --diff: also apply fixes that may change behaviour
      --fix-dry-run, --diff print the fixes as a unified diff; write nothing
      --backup              with --fix: keep <file>.bak copies
      --verify-with-nginx BIN
                            with --fix: run BIN -t on a copy of the fixed tree first; refuse to write if it fails
      --map FROM=TO         read include paths under FROM from TO (containers, panels); repeatable
      --stdin-filename NAME name shown for stdin input
      --color, --no-color   force colour on or off (default: on a terminal, honouring NO_COLOR/FORCE_COLOR)
      --debug               on an internal error, print the stack trace
  -h, --help                show this help
  -v, --version             show the version

parse options:
      --combine             inline includes into one config, adding "file" to every statement
      --single-file         do not follow includes
      --include-comments    include comments as "#" statements
      --positions           add column and [start, end] offsets to every statement

Exit codes: 0 nothing at or above --fail-on (and warnings within --max-warnings), 1 otherwise,
2 usage error, unusable input or an internal error.
`,
} as const;

export type CliKey = keyof typeof EN_CLI;
