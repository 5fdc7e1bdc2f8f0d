// English words that finding messages share (msg.*): levels, origins, nginx defaults, stream reasons, lists, and the
// engine's own fix titles and related notes. Rule messages, fix titles and related notes live in each rule's meta.
//
// Templates: `{name}` is replaced by the rendered value of data.name; `{name:one|other}` picks a word by the number
// in data.name. Another locale must use the same placeholder names, and may drop the plural forms.

export const EN_FINDINGS = {
  // A level that is the one the message is about: "this location /sse".
  'msg.level.self': 'this {name}',
  'msg.levels.omitted': '{count} more {count:level|levels}',

  // Where a value comes from (OriginData).
  'msg.origin.directive': '{line} in {level}',
  'msg.origin.directiveMore': '{line} and {more} more in {level}',
  'msg.origin.default': '{default}; not set in {levels}',

  // Which default applies (DefaultBasis).
  'msg.default.nginx': 'nginx default',
  'msg.default.module': '{module} module default',
  'msg.default.before': 'nginx default before {version}',
  'msg.default.since': 'nginx default since {version}',
  'msg.default.withDetail': '{default}, {detail}',
  'msg.default.detail.upstreamBlocks': 'for upstream{} blocks',
  'msg.default.versionUnknown': '{default} (version unknown; pass --nginx-version)',
  'msg.default.standardInheritance': 'standard inheritance ({directive} appeared in {since})',
  'msg.default.unknownDirective': "not set, and {directive} is not in sse-lint's directive table",

  // Why a location carries an event stream (StreamWhy).
  'msg.stream.route': '--route {spec} is served here',
  'msg.stream.comment': 'marked with # sse-lint: stream',
  'msg.stream.pattern': 'matches the stream pattern {pattern}',
  'msg.stream.apiPath': 'path {path} is a streaming API endpoint ({endpoint})',
  'msg.stream.pathWord': 'path {path} contains "{word}"',
  'msg.stream.contentType': '{directive} sets text/event-stream',
  'msg.stream.typesBlock': 'types maps an extension to text/event-stream',
  'msg.stream.accelHeader': '{directive} mentions X-Accel-Buffering',
  'msg.stream.bufferingOff': '{directive} off is set here (streaming intent)',
  'msg.stream.suggests': '{line} suggests a stream',
  'msg.stream.producer': '{directive} produces an event stream ({what})',
  'msg.stream.upstreamName': 'it proxies to upstream {name}, named for streams ("{word}")',
  'msg.stream.backend': 'it proxies to {location} ({at}) of this config, a stream',
  'msg.stream.allProxies': '--all-proxies treats every proxying location as a stream',
  'msg.stream.preset': 'the {preset} preset audits every proxying location as a possible stream (stream URIs are not known)',
  'msg.stream.snippet': 'a location snippet on its own that proxies: its URI is unknown, so it is checked as a possible stream',
  'msg.stream.guess': '{reasons} (a guess: add "# sse-lint: stream" to the location to confirm it, or "# sse-lint: not-stream" or a notStreams pattern in the config to deny it)',
  'msg.stream.guessBrief': '{reasons}; a guess',
  'msg.stream.none': 'not a stream',
  'msg.stream.location': '{location} ({why})',
  'msg.stream.routeVia': '--route {spec} is served by {to} via {via}',
  'msg.stream.redirect': '{from} ({why}) is served by {to} via {via}',

  // Internal redirects on the way of a request, and what a way depends on.
  'msg.redirect.at': '{directive} at {at}',
  'msg.redirect.then': '{first}, then {rest}',
  'msg.chain.fileExists': 'a file {directive} names exists',
  'msg.chain.fileMissing': 'no file {directive} names exists',
  'msg.chain.upgradeSet': '$http_upgrade is set (a WebSocket upgrade)',
  'msg.chain.upgradeEmpty': '$http_upgrade is empty (an ordinary request)',
  'msg.chain.regexMatches': 'the URI matches {regex}',
  'msg.chain.regexFails': 'the URI does not match {regex}',
  'msg.chain.ifHolds': 'if {condition} holds',
  'msg.chain.ifFails': 'if {condition} does not hold',
  'msg.chain.status': 'the response status is {codes}',
  'msg.chain.name': "{directive}'s target is {name}",
  'msg.chain.noName': "{directive}'s target names no location",

  // Why a location that looks like a stream is not treated as one (NotStreamWhy).
  'msg.notStream.comment': 'marked with # sse-lint: not-stream',
  'msg.notStream.pattern': 'matches the notStreams pattern {pattern}',
  'msg.notStream.returns': 'its rewrite phase always answers ({line} at {at}), so nothing is proxied',
  'msg.notStream.returnsServer': 'its server always answers in the rewrite phase ({line} at {at}), so no location is reached',
  'msg.notStream.websocket': 'it passes Upgrade to the backend under the WebSocket path {path}: a WebSocket tunnel',
  'msg.notStream.otherType': '{directive} gives it the content type {type}',
  'msg.notStream.subrequest': 'only {directive} subrequests reach it ({line} at {at}), and nginx discards their response body: no stream reaches a client through it',

  // Lists: items left out, and list entries grouped by the level that wrote them.
  'msg.list.more': '{list} and {more} more',
  'msg.entries.from': '{items} from {level}',

  // The engine's own fix titles and related notes.
  'msg.fix.inlineInclude': '{title}, by copying {file} in place of its include in {block} ({at}): {file} is also included in {count} {count:place|places} that {count:does|do} not need it',
  'msg.fix.sharedInclude': '{title}, in {block} ({at}) instead: {file} is also included in {count} {count:place|places} that {count:does|do} not need it',
  'msg.related.sharedNoFix': 'no fix offered: {file} is also read in {count} {count:place|places} that {count:does|do} not need this change, and no edit limited to this one can be made here; change it by hand',
  'msg.related.unreadInclude': 'could not be read; it may set {directive} differently',
  'msg.related.apisixGenerated': "{file} is generated by APISIX from conf/config.yaml on every start, so an edit here is lost: turn response buffering off for the stream with the proxy-buffering plugin on its route (or the route's plugin config), and set timeouts on the route's upstream or under nginx_config in conf/config.yaml",
  'msg.related.firstHere': 'first "{directive}" here',

  // The engine's own findings (their messageId is the whole key). nginx's own error text arrives as {error}.
  'msg.suppression.unused': 'suppression of {ids} matches no finding; remove it',
  'msg.suppression.noIds': '{comment} needs at least one rule id',
  'msg.suppression.unknownIds': 'unknown rule {count:id|ids} {ids} in suppression',
  'msg.suppression.noReason': '{comment} {ids} needs a reason after " -- "',
  'msg.include.cycle': 'include of "{file}" loops back to a file that is already being included ({chain}); nginx would recurse until it runs out of open files',
  'msg.include.resolvedAgainst': '{error} (include "{written}" resolved against {prefix})',
  'msg.syntax.duplicate': '{error}; nginx -t rejects it (first set at line {line})',
  'msg.syntax.notAllowed': '{error} (in {where})',
  'msg.include.directory': '"{path}" is a directory, not a config file',
  'msg.include.notRegular': '"{path}" is not a regular file (a FIFO, socket or device); it was not read',
  'msg.include.refused': '"{path}" {reason}',
  'msg.syntax.arguments': '{error}: it takes {takes}, got {count}{suggestion}',
  'msg.syntax.takes.exactly': '{min}',
  'msg.syntax.takes.either': '{min} or {max}',
  'msg.syntax.takes.range': '{min} to {max}',
  'msg.syntax.takes.atLeast': 'at least {min}',
  'msg.syntax.value': '{error}{expected}{suggestion}',
  'msg.syntax.mustBe': ', it must be {words}',
  'msg.syntax.shape.time': ' (a time such as 30s, 5m or 1h)',
  'msg.syntax.shape.sec': ' (a time such as 30s, 1h or 7d)',
  'msg.syntax.shape.size': ' (a size such as 512, 8k or 1m)',
  'msg.syntax.shape.number': ' (a whole number)',
  'msg.syntax.shape.numberOr': ' (a whole number or {words})',
  'msg.syntax.shape.status': ' (a status code from 100 to 599, or "any")',
  'msg.syntax.didYouMean': '; did you mean "{suggestion}"?',
  'msg.syntax.didYouMeanElsewhere': '; did you mean "{suggestion}"? (not allowed in {where} either)',
  'msg.syntax.duplicateLocation': '{error}; nginx -t rejects it',
  'msg.syntax.conflictingName': '{error}{implicit}: nginx -t warns, and requests for it go to the first server that has it',
  'msg.syntax.implicitName': ' (a server without server_name has the name "")',
  'msg.related.firstLocation': 'the first location "{path}" is here',
  'msg.related.nameTaken': '"{name}" is taken here first',
  'msg.include.unmappedGlob': 'include "{written}" matches nothing: {dir} does not exist on this machine, so it looks like a path inside a container; nothing it would include is checked. Read it from the host folder with --map {dir}=HOST_FOLDER{preset}, or lint the running config with docker exec CONTAINER nginx -T | sse-lint -',
  'msg.include.unmappedPreset': ', or the preset that knows this layout (--preset {preset})',
  'msg.include.unmappedImage': '"{target}" is a file of the {image} container image, not of this machine, so what it sets is not checked here; lint the running config with docker exec CONTAINER nginx -T | sse-lint -, or copy the image\'s folder beside the data (docker cp)',
  'msg.fix.replaceValue': 'Replace "{from}" with "{to}"',
  'msg.fix.renameDirective': 'Rename {from} to {to}',
} as const;

export type FindingsKey = keyof typeof EN_FINDINGS;
