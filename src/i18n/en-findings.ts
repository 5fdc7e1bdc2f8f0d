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
  'msg.stream.allProxies': '--all-proxies treats every proxying location as a stream',
  'msg.stream.none': 'not a stream',
  'msg.stream.location': '{location} ({why})',

  // Lists: items left out, and list entries grouped by the level that wrote them.
  'msg.list.more': '{list} and {more} more',
  'msg.entries.from': '{items} from {level}',

  // The engine's own fix titles and related notes.
  'msg.fix.inlineInclude': '{title}, by copying {file} in place of its include in {block} ({at}): {file} is also included in {count} {count:place|places} that {count:does|do} not need it',
  'msg.fix.sharedInclude': '{title}, in {block} ({at}) instead: {file} is also included in {count} {count:place|places} that {count:does|do} not need it',
  'msg.related.unreadInclude': 'could not be read; it may set {directive} differently',
} as const;

export type FindingsKey = keyof typeof EN_FINDINGS;
