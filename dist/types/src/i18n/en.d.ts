export declare const EN_CLI: {
    readonly 'cli.summary.none': 'No problems found in {files} {files:file|files}{streams}{notes}.';
    readonly 'cli.summary.problems': '{count} {count:problem|problems} ({errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}, {infos} info) in {withFindings} of {files} {files:file|files} read{streams}{notes}.';
    readonly 'cli.summary.truncated': '{count} more {count:finding was|findings were} left out: one run keeps at most {max} findings';
    readonly 'cli.summary.baselined': '{count} known {count:problem|problems} hidden by the baseline {file}.';
    readonly 'cli.summary.config': 'Config: {file}.';
    readonly 'cli.summary.configFound': 'Config: {file} (found by searching upward from the input).';
    readonly 'cli.summary.configNone': 'Config: none found; defaults apply.';
    readonly 'cli.summary.configDisabled': 'Config: none (--no-config).';
    readonly 'cli.summary.ignored': '{count} in files matched by "ignore"';
    readonly 'cli.severity.error': 'error';
    readonly 'cli.severity.warning': 'warning';
    readonly 'cli.severity.info': 'info';
    readonly 'cli.label.fix': 'fix:';
    readonly 'cli.label.stream': 'stream:';
    readonly 'cli.label.related': 'related:';
    readonly 'cli.label.chain': 'chain:';
    readonly 'cli.label.value': 'value:';
    readonly 'cli.summary.streams': ', {count} stream {count:location|locations}';
    readonly 'cli.summary.notes': ' ({list})';
    readonly 'cli.summary.suppressedInline': '{count} suppressed inline';
    readonly 'cli.summary.quietHidden': '{list} not shown (--quiet)';
    readonly 'cli.summary.fixable': '{count} fixable: {list}.';
    readonly 'cli.summary.fixableSafe': '{count} safe with --fix';
    readonly 'cli.summary.fixableUnsafe': '{count} unsafe with --fix --unsafe-fixes';
    readonly 'cli.count.warnings': '{count} {count:warning|warnings}';
    readonly 'cli.count.infos': '{count} info';
    readonly 'cli.fix.hintSafe': '{title} (safe: --fix)';
    readonly 'cli.fix.hintUnsafe': '{title} (unsafe: --fix --unsafe-fixes)';
    readonly 'cli.fix.hintSuggestion': '{title} (suggestion: see --diff; never applied)';
    readonly 'cli.fix.suggestionHeader': 'suggestion for {rule} at {file}:{line} (not applied by --fix): {title}';
    readonly 'cli.frame.moreLines': '... {count} more {count:line|lines}';
    readonly 'cli.progress.parsed': 'parsed {count} {count:file|files}';
    readonly 'cli.progress.checking': 'parsed {count} {count:file|files}; checking';
    readonly 'cli.provenance.set': '{head}: set in {level} ({at})';
    readonly 'cli.provenance.default': '{head}: {note}';
    readonly 'cli.provenance.defaultNotSet': '{head}: {note}, not set in {levels}';
    readonly 'cli.levels.omitted': '{count} more {count:level|levels}';
    readonly 'cli.summary.preset': 'Preset: {label} ({how}).';
    readonly 'cli.summary.presetHow.detected': 'detected from the path; --preset to choose another';
    readonly 'cli.summary.presetHow.chosen': 'chosen';
    readonly 'cli.summary.assumed': '{file}: linted as the inside of {block} ({how}).';
    readonly 'cli.summary.block.http': 'an http block';
    readonly 'cli.summary.block.server': 'a server block';
    readonly 'cli.summary.block.location': 'a location block';
    readonly 'cli.summary.assumedHow.guessed': 'guessed from its directives; set it with --context http|server|location or a "# sse-lint: context location" comment';
    readonly 'cli.summary.assumedHow.option': '--context';
    readonly 'cli.summary.assumedHow.comment': 'its "# sse-lint: context" comment';
    readonly 'cli.summary.site': 'Site {site}: {streams} {streams:location|locations} checked as {streams:a stream|streams}, {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}: {verdict}.';
    readonly 'cli.summary.siteReady': 'ready for event streams';
    readonly 'cli.summary.siteNotReady': 'not ready for event streams';
    readonly 'cli.summary.siteNoStreams': 'no proxying location';
    readonly 'cli.summary.sites': 'Readiness: {ready} of {total} {total:site|sites} ready for event streams.';
    readonly 'cli.label.site': 'site';
    readonly 'cli.explain.title': '{id} ({severity}; fix: {fix})';
    readonly 'cli.explain.engineTitle': '{id} ({severity}; reported by sse-lint itself, no fix)';
    readonly 'cli.explain.engineTitleFixes': '{id} ({severity}; reported by sse-lint itself, with fixes)';
    readonly 'cli.explain.fixKind.safe': 'safe';
    readonly 'cli.explain.fixKind.unsafe': 'unsafe';
    readonly 'cli.explain.fixKind.none': 'none';
    readonly 'cli.explain.fixKind.suggestion': 'suggestion';
    readonly 'cli.explain.why': 'Why';
    readonly 'cli.explain.bad': 'Bad';
    readonly 'cli.explain.good': 'Good';
    readonly 'cli.explain.fix': 'Fix';
    readonly 'cli.explain.options': 'Options (defaults): {options}';
    readonly 'cli.explain.references': 'References';
    readonly 'cli.explain.nameOne': 'name one rule: {ids}';
    readonly 'cli.sarif.field': '{heading}: {text}';
    readonly 'cli.sarif.heading': '{heading}:';
    readonly 'cli.sarif.documentation': 'Documentation: {url}';
    readonly 'cli.sarif.docLink': 'sse-lint documentation for {id}';
    readonly 'cli.sarif.seeMessage': 'See the message.';
    readonly 'cli.sarif.fixDescription': '{title} ({applicability})';
    readonly 'cli.sarif.setHere': '{line} is set here ({level})';
    readonly 'cli.route.label.request': 'request:';
    readonly 'cli.route.label.route': 'route:';
    readonly 'cli.route.label.note': 'note:';
    readonly 'cli.route.label.handler': 'handler:';
    readonly 'cli.route.label.stream': 'stream:';
    readonly 'cli.route.label.chain': 'chain:';
    readonly 'cli.route.chain.block': '{block} ({at})';
    readonly 'cli.route.chain.server': '{block}';
    readonly 'cli.route.chain.hop': '-> {block} via {via}{conditions}';
    readonly 'cli.route.chain.conditions': ': {list}';
    readonly 'cli.route.chain.end': '-> {end}{conditions}';
    readonly 'cli.route.chain.endVia': 'via {via}: {end}';
    readonly 'cli.route.chain.endConditions': ' ({list})';
    readonly 'cli.route.end.served': 'served by {block}';
    readonly 'cli.route.end.servedIf': '{served} in if {condition}';
    readonly 'cli.route.end.return': 'answered by {directive} ({at})';
    readonly 'cli.route.end.redirect': 'external redirect ({code}) by {directive} ({at})';
    readonly 'cli.route.end.status': '{code}: {why}{at}';
    readonly 'cli.route.end.unknown': 'the target of {directive} ({at}) depends on {variables}, not known here';
    readonly 'cli.route.status.internal': 'the location is internal and the request is not';
    readonly 'cli.route.status.no-named-location': 'no named location has that name';
    readonly 'cli.route.status.cycle': 'rewrite or internal redirection cycle (more than {max} internal redirects)';
    readonly 'cli.route.status.try_files': 'try_files found no file';
    readonly 'cli.route.status.auto-redirect': 'nginx adds the trailing slash';
    readonly 'cli.route.status.regex-failure': 'PCRE2 gave up matching a regex (pcre2_match() failed)';
    readonly 'cli.route.status.at': ' ({directive} at {at})';
    readonly 'cli.route.otherWays': 'other ways the request can take:';
    readonly 'cli.route.way': '{websocket}{when}{steps}';
    readonly 'cli.route.way.websocket': '[WebSocket] ';
    readonly 'cli.route.way.when': 'when {conditions}: ';
    readonly 'cli.route.way.then': ', then ';
    readonly 'cli.route.way.times': '{text} x{count}';
    readonly 'cli.route.moreWays': '({count} more {count:way|ways} not listed)';
    readonly 'cli.route.moreWaysUnknown': '(more ways not listed)';
    readonly 'cli.route.request': 'Host {host}, port {port}, {uri}';
    readonly 'cli.route.noHost': '(none)';
    readonly 'cli.route.notEvaluatedHere': 'not evaluated here: {list}';
    readonly 'cli.route.via': ' via {directive}';
    readonly 'cli.route.upstream': ' -> upstream {name} ({servers}{keepalive})';
    readonly 'cli.route.keepalive': '; {args} keepalive';
    readonly 'cli.route.streamYes': 'yes: {reasons}';
    readonly 'cli.route.streamNot': 'no: {why}';
    readonly 'cli.route.streamNo': 'no (use --route or # sse-lint: stream to mark it)';
    readonly 'cli.route.settings': 'effective settings in {level}{version}:';
    readonly 'cli.route.version': ' (nginx {version})';
    readonly 'cli.route.versionUnknown': ' (nginx version unknown: defaults before 1.29.7 assumed)';
    readonly 'cli.route.value': '{name} {value}: {origin}';
    readonly 'cli.route.unset': '(unset)';
    readonly 'cli.route.listNone': '{name}: none in effect{default}';
    readonly 'cli.route.default': ' ({note})';
    readonly 'cli.route.listCount': '{name}: {count} in effect';
    readonly 'cli.route.entry': '{line} from {level}';
    readonly 'cli.route.droppedOff': 'dropped: {line} from {level}, by add_header_inherit off in {by}';
    readonly 'cli.route.dropped': 'dropped: {line} from {level}, replaced by the list in {by}';
    readonly 'cli.route.noServer': 'no server listens on {listen}';
    readonly 'cli.route.server': 'server {name} ({at}, {how})';
    readonly 'cli.route.server.exact': 'exact server_name';
    readonly 'cli.route.server.leadingWildcard': 'leading wildcard server_name {name}';
    readonly 'cli.route.server.trailingWildcard': 'trailing wildcard server_name {name}';
    readonly 'cli.route.server.regex': 'regex server_name {name}';
    readonly 'cli.route.server.defaultServer': 'default_server for {listen}';
    readonly 'cli.route.server.first': 'first server for {listen}';
    readonly 'cli.route.badRequest': '{server} answers 400: {reason}';
    readonly 'cli.route.noLocation': '{server} -> no location matches {uri} (server-level settings)';
    readonly 'cli.route.location': '{server} -> location {chain} ({at}, {how})';
    readonly 'cli.route.location.exact': 'exact match';
    readonly 'cli.route.location.prefix': 'longest prefix';
    readonly 'cli.route.location.noregex-prefix': '^~ prefix';
    readonly 'cli.route.location.regex': 'regex';
    readonly 'cli.route.location.regex-caseless': 'case-insensitive regex';
    readonly 'cli.route.location.auto-redirect': '301 adding a trailing slash';
    readonly 'cli.route.withUnevaluated': '{route} [not evaluated: {list}]';
    readonly 'cli.route.unevaluated': '{subject}: {why}';
    readonly 'cli.route.notEvaluated': 'not evaluated';
    readonly 'cli.route.pcre.notEvaluated': '{construct} is not evaluated here';
    readonly 'cli.route.pcre.recursion': 'a recursion or subroutine call';
    readonly 'cli.route.pcre.conditional': 'a conditional group';
    readonly 'cli.route.pcre.unicode-property': 'a Unicode property ({text})';
    readonly 'cli.route.pcre.verb': 'a (*VERB) or (*OPTION)';
    readonly 'cli.route.pcre.branch-reset': 'a branch reset group (?|';
    readonly 'cli.route.pcre.callout': 'a callout';
    readonly 'cli.route.pcre.escape': 'the escape {text}';
    readonly 'cli.route.pcre.option': 'the option {text}';
    readonly 'cli.route.pcre.too-large': 'a pattern this large (its repeats unrolled)';
    readonly 'cli.route.pcre.trailing-backslash': 'a trailing backslash (nginx -t rejects it)';
    readonly 'cli.route.pcre.hex-above-ff': '\\x{...} above \\xff (nginx -t rejects it)';
    readonly 'cli.route.pcre.malformed': 'a malformed {text} (nginx -t rejects it)';
    readonly 'cli.route.pcre.missing-paren': 'a missing closing parenthesis (nginx -t rejects it)';
    readonly 'cli.route.pcre.unmatched-paren': 'an unmatched closing parenthesis (nginx -t rejects it)';
    readonly 'cli.route.pcre.missing-bracket': 'a missing ] at the end of a character class (nginx -t rejects it)';
    readonly 'cli.route.pcre.nothing-to-repeat': 'a quantifier with nothing to repeat (nginx -t rejects it)';
    readonly 'cli.route.pcre.double-quantifier': 'a quantifier that follows another (nginx -t rejects it)';
    readonly 'cli.route.pcre.range-order': 'a range out of order {text}(nginx -t rejects it)';
    readonly 'cli.route.pcre.class-escape': '{text} inside a character class (nginx -t rejects it)';
    readonly 'cli.route.pcre.posix-class': 'the POSIX class {text} (nginx -t rejects it)';
    readonly 'cli.route.pcre.repeat-too-large': 'a repeat count above 65535 (nginx -t rejects it)';
    readonly 'cli.route.pcre.lookbehind-length': 'a lookbehind that is not of fixed length (nginx -t rejects it)';
    readonly 'cli.route.pcre.backref-in-lookbehind': 'a back reference inside a lookbehind (nginx -t rejects it)';
    readonly 'cli.route.pcre.no-such-group': 'a back reference to group {text}, which does not exist (nginx -t rejects it)';
    readonly 'cli.route.pcre.no-such-name': 'a reference to a group named "{text}" that does not exist (nginx -t rejects it)';
    readonly 'cli.route.pcre.duplicate-name': 'the group name "{text}" used twice (nginx -t rejects it)';
    readonly 'cli.route.pcre.nested-too-deep': 'parentheses nested more than 250 deep (nginx -t rejects it)';
    readonly 'cli.route.pcre.matchLimit': 'match limit exceeded';
    readonly 'cli.route.pcre.heapLimit': 'heap limit exceeded';
    readonly 'cli.route.regex500': '{server} answers 500: {error}';
    readonly 'cli.route.regexClose': '{server} closes the connection: {error}';
    readonly 'cli.route.bad.host': 'invalid Host "{host}"';
    readonly 'cli.route.bad.notAbsolute': 'request target "{target}" does not start with "/"';
    readonly 'cli.route.bad.escape': 'invalid percent-escape in "{target}"';
    readonly 'cli.route.bad.nul': '"%00" in "{target}"';
    readonly 'cli.route.bad.aboveRoot': '"{target}" goes above the root with ".."';
    readonly 'cli.listRules.engine': 'Reported by sse-lint itself (set their level in the config, explain them with sse-lint explain ID):';
    readonly 'cli.usage.nginxDashC': '-c is sse-lint\'s --config (a JSON file), not nginx\'s -c: to lint {file}, pass it as a path (sse-lint {file})';
    readonly 'cli.usage.badPreset': 'unknown preset "{value}"; expected one of {choices}';
    readonly 'cli.usage.badContext': 'unknown context "{value}"; expected one of {choices}';
    readonly 'cli.usage.tryHelp': "Try 'sse-lint --help'.";
    readonly 'cli.usage.unknownOption': 'unknown option {option}';
    readonly 'cli.usage.unknownOptionNear': 'unknown option {option}; did you mean {near}?';
    readonly 'cli.usage.optionNeedsValue': '{option} expects a value';
    readonly 'cli.usage.optionTakesNoValue': '{option} takes no value';
    readonly 'cli.usage.optionDashValue': '{option} expects a value; to give one that starts with "-", write {option}=VALUE';
    readonly 'cli.usage.other': '{message}';
    readonly 'cli.usage.commandFirst': 'the command "{command}" must come before any option: sse-lint {command} [options] ... (write ./{command} to lint a file of that name)';
    readonly 'cli.usage.noInput': 'no input: name a config file, a directory, or - for stdin';
    readonly 'cli.usage.badMap': '--map expects FROM=TO, got "{value}"';
    readonly 'cli.usage.badVersion': '--nginx-version expects a version like 1.24.0, got "{value}"';
    readonly 'cli.usage.badRoute': '--route expects [HOST[:PORT]]/URI, got "{value}"';
    readonly 'cli.usage.badLocale': '--locale expects en or zh-CN, got "{value}"';
    readonly 'cli.usage.badFormat': '--format expects one of {choices}, got "{value}"';
    readonly 'cli.usage.badFailOn': '--fail-on expects one of {choices}, got "{value}"';
    readonly 'cli.usage.unknownRule': 'unknown rule "{id}"';
    readonly 'cli.usage.unknownRuleNear': 'unknown rule "{id}"; did you mean "{near}"?';
    readonly 'cli.usage.fixOnlyFlags': '--unsafe-fixes, --backup and --verify-with-nginx only apply with --fix or --diff';
    readonly 'cli.usage.initWithInputs': '--init takes at most one directory';
    readonly 'cli.usage.baselineConflict': '--baseline and --baseline-write cannot be used together';
    readonly 'cli.usage.parseOne': 'parse: expects exactly one FILE';
    readonly 'cli.usage.routeArgs': 'route: expects URI and a config PATH (sse-lint route [--host H] [--port P] /uri nginx.conf)';
    readonly 'cli.usage.routeOneInput': 'route: the config PATH must be one file, directory or dump';
    readonly 'cli.usage.badPort': 'route: --port expects a port number, got "{value}"';
    readonly 'cli.usage.badMaxWarnings': '--max-warnings expects a number of warnings (0 or more), got "{value}"';
    readonly 'cli.usage.noOutputFile': '--output expects a file name';
    readonly 'cli.usage.emptyOption': '{option} expects a file or folder name, not an empty string';
    readonly 'cli.usage.emptyPath': 'a PATH is an empty string (an unset variable?); name a file, a folder or - for standard input';
    readonly 'cli.usage.verifyNeedsBinary': '--verify-with-nginx expects the path of an nginx binary';
    readonly 'cli.usage.interactiveConflict': '-i cannot be combined with --fix, --diff, --unsafe-fixes, --format, --output or --baseline-write';
    readonly 'cli.usage.noTerminal': '-i needs a terminal, and standard output is not one (use the text report or --format)';
    readonly 'cli.usage.noTerminalKeys': '-i needs a terminal for keys: standard input is not one and /dev/tty cannot be opened ({reason})';
    readonly 'cli.usage.noTerminalKeysStdin': '-i needs a terminal for keys: standard input carries the config and /dev/tty cannot be opened ({reason})';
    readonly 'cli.write.failed': 'cannot write {file}: {reason}';
    readonly 'cli.usage.cannotWriteReport': 'cannot write the report to {file}: {reason}';
    readonly 'cli.usage.tooManyWarnings': '{count} {count:warning|warnings}, more than --max-warnings {max} allows';
    readonly 'cli.input.quotedGlob': '{path}: no such file or directory; it looks like a pattern the shell did not expand (was it quoted?): pass the folder, or leave the pattern unquoted';
    readonly 'cli.input.noConfigs': '{path}: no nginx config files found (looked for *.conf, nginx.conf and files in sites-enabled/ or sites-available/)';
    readonly 'cli.input.emptyStdin': 'standard input is empty: nothing to lint (if a command was piped in, did it fail? nginx -T prints the config only when its test passes)';
    readonly 'cli.input.presetEmpty': "{path}: no nginx config files found (the preset's folders for them are empty)";
    readonly 'cli.input.missing': '{path}: no such file or directory';
    readonly 'cli.input.notFile': '{path}: not a regular file or directory';
    readonly 'cli.input.unreadable': '{path}: {reason}';
    readonly 'cli.reason.noDirectory': 'no such directory';
    readonly 'cli.reason.noFile': 'no such file';
    readonly 'cli.reason.permission': 'permission denied';
    readonly 'cli.reason.isDirectory': 'it is a directory';
    readonly 'cli.reason.noSpace': 'no space left on the device';
    readonly 'cli.reason.readOnly': 'read-only file system';
    readonly 'cli.internalError': 'internal error: {message}';
    readonly 'cli.debugHint': 'rerun with --debug for the stack trace';
    readonly 'cli.stdoutFailed': 'cannot write to standard output: {reason}';
    readonly 'cli.reason.refused.fifo': 'is a FIFO (named pipe); sse-lint reads only regular files';
    readonly 'cli.reason.refused.device': 'is a device; sse-lint reads only regular files';
    readonly 'cli.reason.refused.socket': 'is a socket; sse-lint reads only regular files';
    readonly 'cli.reason.refused.directory': 'is a directory; sse-lint reads only regular files';
    readonly 'cli.reason.refused.not-regular': 'is not a regular file (it changed while it was opened); sse-lint reads only regular files';
    readonly 'cli.reason.refused.kernel-fs': 'is on a kernel file system (/proc, /sys); sse-lint does not read it';
    readonly 'cli.reason.refused.too-large': 'is larger than {max} MB, the most sse-lint reads';
    readonly 'cli.reason.refused.run-too-large': 'makes the config files of this run add up to more than {max} MB, the most sse-lint reads at once';
    readonly 'cli.fix.hint': '{count} {count:fix|fixes} available: {command} to review them';
    readonly 'cli.interactive.remain': '{count} {count:finding|findings} on disk';
    readonly 'cli.interactive.discarded': '{count} changed {count:file|files} not written';
    readonly 'cli.fix.dryRun': '{count} {count:fix|fixes} in {files} {files:file|files} (dry run: nothing written)';
    readonly 'cli.fix.applied': 'applied {count} {count:fix|fixes}, wrote {files} {files:file|files}';
    readonly 'cli.fix.withBackups': '{applied} (backups: {list})';
    readonly 'cli.fix.reverted': 'fixes of {rules} in {file} were undone: {reason}';
    readonly 'cli.fix.reason.unparsable': 'the fixed file no longer parsed';
    readonly 'cli.fix.notConverged': 'fixes did not settle after {passes} passes; run again or fix the rest by hand';
    readonly 'cli.fix.cannotWriteDump': '--fix cannot write an nginx -T dump; use --diff to see the fixes';
    readonly 'cli.fix.cannotWriteStdin': '--fix cannot write standard input; use --diff to see the fixes';
    readonly 'cli.fix.verifyRejected': '{bin} -t rejected the fixed config; nothing was written:';
    readonly 'cli.fix.verifyUnrunnable': 'could not run {bin} -t ({reason}); nothing was written';
    readonly 'cli.fix.writeFailed': 'could not write the fixes, nothing was changed: {message}';
    readonly 'cli.fix.conflict': '{files} changed on disk since it was read; nothing was written';
    readonly 'cli.recover.finished': 'finished an interrupted --fix ({journal}): {count} {count:file|files} written now';
    readonly 'cli.recover.undone': 'undid an interrupted --fix ({journal}): {count} {count:file|files} put back';
    readonly 'cli.recover.skipped': 'left as they are, changed since the --fix was interrupted: {files}';
    readonly 'cli.recover.failed': 'cannot finish or undo the interrupted --fix in {journal}: {reason}; nothing was written';
    readonly 'cli.recover.pending': 'an interrupted --fix left {journal}; the next sse-lint --fix on these files finishes or undoes it';
    readonly 'cli.config.invalid': 'invalid config {file}:';
    readonly 'cli.config.notFound': 'config file {file} not found';
    readonly 'cli.config.unreadable': 'cannot read {file}: {message}';
    readonly 'cli.config.syntax': 'not valid JSON: {message}';
    readonly 'cli.json.comments': 'comments are not allowed in JSON; put notes under a "$comment" key';
    readonly 'cli.json.unterminated': 'unterminated string';
    readonly 'cli.json.lineBreak': 'unterminated string (a line break inside a string must be written \\n)';
    readonly 'cli.json.control': 'control character in a string';
    readonly 'cli.json.unicodeEscape': 'invalid \\u escape';
    readonly 'cli.json.escape': 'invalid escape "{escape}"';
    readonly 'cli.json.depth': 'nested more than {max} levels deep';
    readonly 'cli.json.trailingComma': 'trailing comma before "{close}"';
    readonly 'cli.json.expectedKey': 'expected a double-quoted key, found {found}';
    readonly 'cli.json.expectedColon': 'expected ":" after the key "{key}", found {found}';
    readonly 'cli.json.expectedCommaMember': 'expected "," or "}" after the value of "{key}", found {found}';
    readonly 'cli.json.expectedCommaItem': 'expected "," or "]" after a list item, found {found}';
    readonly 'cli.json.singleQuotes': 'strings must use double quotes';
    readonly 'cli.json.unexpected': 'unexpected {found}';
    readonly 'cli.json.afterValue': 'unexpected {found} after the end of the JSON value';
    readonly 'cli.json.endOfFile': 'end of file';
    readonly 'cli.config.noPackageKey': 'package.json has no "sse-lint" key';
    readonly 'cli.config.unknownKey': 'unknown key "{key}"';
    readonly 'cli.config.unknownKeyNear': 'unknown key "{key}"; did you mean "{near}"?';
    readonly 'cli.config.unknownRule': 'unknown rule "{key}"';
    readonly 'cli.config.unknownRuleNear': 'unknown rule "{key}"; did you mean "{near}"?';
    readonly 'cli.config.unknownOption': 'rule {rule} has no option "{key}"; its options are {choices}';
    readonly 'cli.config.unknownOptionNear': 'rule {rule} has no option "{key}"; did you mean "{near}"?';
    readonly 'cli.config.noOptions': 'rule {rule} has no options; set only its level, e.g. "{rule}": "warning"';
    readonly 'cli.config.badValue': '"{value}" is not one of {choices}';
    readonly 'cli.config.badValueNear': '"{value}" is not one of {choices}; did you mean "{near}"?';
    readonly 'cli.config.wrongType': 'expected {expected}, got {actual}';
    readonly 'cli.config.ruleTuple': 'a rule set with options is [level, options], e.g. ["warning", {}]';
    readonly 'cli.config.empty': 'must not be empty';
    readonly 'cli.config.badVersion': 'expected a version like 1.24.0, got "{value}"';
    readonly 'cli.config.pathMapKey': 'path map key "{key}" must be an absolute path, as written in the config';
    readonly 'cli.config.other': '{message}';
    readonly 'cli.config.presetNotApplied': 'preset "{preset}" found no matching layout around {path}; it has no effect here';
    readonly 'cli.config.initWritten': 'wrote {file} ({layout} layout); edit it, then run sse-lint again';
    readonly 'cli.config.initExists': '{file} already exists; not overwriting it';
    readonly 'cli.config.layout.1panel': '1Panel/OpenResty';
    readonly 'cli.config.layout.debian': 'Debian/Ubuntu';
    readonly 'cli.config.layout.openresty': 'OpenResty';
    readonly 'cli.config.layout.npm': 'Nginx Proxy Manager';
    readonly 'cli.config.layout.apisix': 'APISIX';
    readonly 'cli.config.layout.plain': 'plain nginx';
    readonly 'cli.type.string': 'a string';
    readonly 'cli.type.number': 'a number';
    readonly 'cli.type.integer': 'an integer';
    readonly 'cli.type.boolean': 'true or false';
    readonly 'cli.type.array': 'a list';
    readonly 'cli.type.object': 'an object';
    readonly 'cli.type.null': 'null';
    readonly 'cli.init.header': 'sse-lint configuration for a {layout} layout, written by sse-lint --init. Text under "$comment" keys is ignored.';
    readonly 'cli.init.preset': 'preset: {preset} ({effect}).';
    readonly 'cli.init.streams': 'streams: location paths of your event-stream endpoints (e.g. "/api/events", "/v1/chat/completions", "/sse/**"). sse-lint also guesses streams from paths and settings; list them here to be sure (findings on guesses are then notes), and list paths that only look like streams under notStreams.';
    readonly 'cli.init.version': 'nginxVersion: your nginx (or OpenResty core) version, e.g. "1.24.0" (nginx -v). Some defaults changed in 1.29.7; unset means "assume before 1.29.7".';
    readonly 'cli.init.rules': 'rules: every rule runs at its default level. Set "off", "info", "warning" or "error", or [level, options]; sse-lint explain RULE tells what a rule checks.';
    readonly 'cli.init.ignore': 'ignore: globs of config files whose findings are not reported, e.g. "conf.d/legacy-*.conf".';
    readonly 'cli.init.failOn': 'failOn: exit with 1 when a finding is at least this severe ("error", "warning", "info" or "off").';
    readonly 'cli.init.effect.1panel': 'container paths /www and /usr/local/openresty/nginx/conf are read from the 1Panel app directory the linted files are in';
    readonly 'cli.init.effect.openresty': 'the main config is nginx/conf/nginx.conf under the OpenResty folder, and relative includes resolve against that conf folder';
    readonly 'cli.init.effect.npm': 'the generated hosts in data/nginx/*_host are linted with the container paths /data (and /etc/nginx, when a copy of it is beside data) read from this folder';
    readonly 'cli.init.effect.apisix': 'conf/nginx.conf is generated by APISIX: advice names the proxy-buffering plugin and the route or config.yaml settings instead of edits of the generated file';
    readonly 'cli.init.effect.debian': 'when the linted files are a copy of /etc/nginx, includes of /etc/nginx/... are read from that copy';
    readonly 'cli.baseline.written': 'wrote {count} {count:finding|findings} to the baseline {file}';
    readonly 'cli.baseline.missing': 'baseline {file} not found; create it with --baseline-write {file}';
    readonly 'cli.baseline.unreadable': 'cannot read the baseline {file}: {reason}';
    readonly 'cli.baseline.notJson': 'baseline {file} is not an sse-lint baseline: not valid JSON at line {line}, column {column}';
    readonly 'cli.baseline.noVersion': 'baseline {file} is not an sse-lint baseline: no "version"';
    readonly 'cli.baseline.badFindings': 'baseline {file} is not an sse-lint baseline: "findings" must be a list of entries with a "fingerprint"';
    readonly 'cli.baseline.unsupported': 'baseline {file} has version {version}; this sse-lint reads version {supported}';
    readonly 'cli.help': `sse-lint: find and fix nginx/OpenResty settings that break Server-Sent Events

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
`;
};
export type CliKey = keyof typeof EN_CLI;
