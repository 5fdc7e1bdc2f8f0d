// Simplified Chinese: rule summaries and messages (`<ruleId>.<messageId>`), CLI text (`cli.<key>`), fix titles and
// the English phrases rules pass as message data. Directive names, values, variables and paths stay as written.
import type { Phrase } from './phrases.js';

/** Rule summaries, rule messages and CLI text. Placeholders must match the English ones (a test checks). */
export const ZH_CN: Readonly<Record<string, string>> = {
  // accel-buffering-ignored
  'accel-buffering-ignored.summary': '事件流被缓冲时 X-Accel-Buffering 被忽略，后端无法关闭缓冲',
  'accel-buffering-ignored.ignored': '此处忽略了后端返回的 X-Accel-Buffering 头（{origin}），而 {buffering} 为 on（{bufferingOrigin}）：后端即使返回 "X-Accel-Buffering: no" 也关不掉缓冲，事件会成批地到达客户端。事件流判定依据：{why}。',

  // accel-buffering-request-header
  'accel-buffering-request-header.summary': '作为请求头发给后端的 X-Accel-Buffering 对缓冲不起作用',
  'accel-buffering-request-header.request': '{shown} 只是给发往后端的请求加了一个请求头；nginx 读取的是后端响应中的 X-Accel-Buffering，所以缓冲保持不变。请在事件流所在的 location 中使用 {buffering} off;，或者让后端在响应中返回 "X-Accel-Buffering: no"。',

  // accel-buffering-response-header
  'accel-buffering-response-header.summary': '加在客户端响应上的 X-Accel-Buffering 不会改变本 nginx 的缓冲',
  'accel-buffering-response-header.noEffect': '{shown} 在发给客户端的响应中加入 "X-Accel-Buffering: {value}"；本 nginx 不读取这个头，自身的缓冲不变。只有位于本服务器前面的 nginx 或 OpenResty 才会读取它。请在事件流所在的 location 中使用 proxy_buffering off（或对应的 fastcgi/uwsgi/scgi 指令）；只有前面还有一层 nginx 时才需要保留这个头。',
  'accel-buffering-response-header.wrongValue': '{shown} 发送 "X-Accel-Buffering: {value}"，nginx 会忽略这个值：它只认 "no" 和 "yes"（不区分大小写）。而且即使取值正确，这里也只影响位于本服务器前面的 nginx，而不是本 nginx。',

  // add-header-in-if
  'add-header-in-if.summary': 'if 中的 add_header 会在条件成立时丢掉外层的 add_header',
  'add-header-in-if.repeated': '{iff} 中的 add_header 会替换外层的 add_header 列表；外层的 {count} 个响应头已在 if 中重复，所以目前没有丢失，但以后在外层新增的响应头，在条件成立时都不会发送。{stream}',
  'add-header-in-if.snippet': '{iff} 中的 add_header 会替换外层的 add_header 列表：无论这个文件被 include 到哪里，只要条件成立，include 它的 location、其所在 server 以及 http 中的所有 add_header 都不会发送。{stream}',
  'add-header-in-if.lost': '{iff} 中的 add_header 会替换外层的 add_header 列表：只要条件成立，就有 {count} 个响应头不会发送：{lost}。{stream}请在 if 中重复这些行，或者用 map 变量代替 if 来设置取值。',

  // add-header-redefinition
  'add-header-redefinition.summary': '下层级中的 add_header 会丢掉所有继承来的 add_header',
  'add-header-redefinition.lost': '当前 {level} 中的 add_header 替换了继承来的 add_header 列表，上层设置的 {count} 个响应头不会从这里发送：{lost}。nginx 只会把 add_header 继承到自身没有 add_header 的层级。{stream}{hint}',

  // body-filter-on-stream
  'body-filter-on-stream.summary': 'sub_filter、SSI 或 add_before_body/add_after_body 会改写事件流内容',
  'body-filter-on-stream.sub': 'sub_filter 会改写这个事件流（{origin}；{typesLevel} 中的 {types} 让它作用于事件流）：事件仍能流式到达，但 data 中的文本会被替换。事件流判定依据：{why}。',
  'body-filter-on-stream.ssi': 'ssi 在此处为 on（{origin}），且 {typesLevel} 中的 {types} 让它作用于事件流：事件仍能流式到达，但 data 中任何看起来像 SSI 命令（<!--# ... -->）的内容都会被执行或删除。事件流判定依据：{why}。',
  'body-filter-on-stream.addition': '{directive} 会把子请求的输出加进这个事件流（{origin}；{typesLevel} 中的 {types} 让它作用于事件流）：插入的文本不符合事件格式，会破坏事件流。事件流判定依据：{why}。',

  // buffering-on
  'buffering-on.summary': '响应缓冲会扣住事件流数据',
  'buffering-on.on': '{directive} 在此处为 on（{origin}）；事件要等缓冲区写满或流结束时才成批到达客户端。事件流判定依据：{why}。（后端若返回 "X-Accel-Buffering: no"，也能针对单个响应关闭缓冲；这一点从配置中看不出来。）',

  // cache-on-stream
  'cache-on-stream.summary': '对被缓冲的事件流启用响应缓存，可能把它存下来并重放旧事件',
  'cache-on-stream.replay': '{cache} 在此处生效（{origin}），且 {buffering} 为 on（{bufferingOrigin}）：事件流被缓冲，而且 {storable}，之后的客户端收到的将是旧事件的重放，而不是实时事件。{lock}事件流判定依据：{why}。',
  'cache-on-stream.buffered': '{cache} 在此处生效（{origin}），且 {buffering} 为 on（{bufferingOrigin}）：事件流被缓冲，只要后端的 Cache-Control 或 Expires 头允许，它就会被存下来并重放给之后的客户端。{lock}事件流判定依据：{why}。',

  // chunked-encoding-off
  'chunked-encoding-off.summary': 'SSE 不需要 chunked_transfer_encoding off，而且它会掩盖被截断的流',
  'chunked-encoding-off.off': '此处关闭了 chunked_transfer_encoding（{origin}）。事件流并不需要这样做：使用分块编码同样可以流式传输。不用分块编码时，HTTP/1.1 响应只能靠关闭连接来结束，客户端因此失去 keepalive，也无法再区分完整的流和被截断的流（HTTP/2 和 HTTP/3 客户端不受影响）。事件流判定依据：{why}。',

  // connection-upgrade-on-stream
  'connection-upgrade-on-stream.summary': '事件流向后端发送 WebSocket 式的 Connection 头',
  'connection-upgrade-on-stream.literal': '这里的每个请求（包括事件流）都带着 "Connection: {value}" 被代理（{origin}），却没有 Upgrade 头：后端被告知要升级协议，而升级永远不会发生。大多数服务器会忽略它，但这只是 WebSocket 的样板配置；请用 {idiom} 加上 proxy_set_header Connection $connection_upgrade;，只对 WebSocket 请求发送它。事件流判定依据：{why}。',
  'connection-upgrade-on-stream.mapClose': '没有 Upgrade 的请求（包括事件流）都带着 "Connection: {value}" 被代理（{origin}；Upgrade 为空时，map {source} {variable} 给出 "{value}"{mapAt}）：事件流能正常工作，但到上游的 keepalive 失效了。请改为把空值映射为空字符串：{idiom}。事件流判定依据：{why}。',
  'connection-upgrade-on-stream.mapUpgrade': '没有 Upgrade 的请求（包括事件流）都带着 "Connection: {value}" 被代理（{origin}；Upgrade 为空时，map {source} {variable} 给出 "{value}"{mapAt}）：后端被告知要升级协议，而升级永远不会发生。请补上空值的分支：{idiom}。事件流判定依据：{why}。',
  'connection-upgrade-on-stream.client': '客户端自己的 Connection 头被原样转发（{origin}）：后端收到的是 keep-alive、close、Upgrade 还是什么都没有，取决于客户端（HTTP/2 和 HTTP/3 客户端不发送这个头）。请改用 {idiom} 加上 proxy_set_header Connection $connection_upgrade;。事件流判定依据：{why}。',

  // cors-credentials-wildcard
  'cors-credentials-wildcard.summary': 'Access-Control-Allow-Origin * 与 Access-Control-Allow-Credentials true 同时出现：浏览器会拒绝',
  'cors-credentials-wildcard.wildcard': '{places} 同时发送了 Access-Control-Allow-Origin *（{origin}）和 Access-Control-Allow-Credentials true（{credentials}）。浏览器会拒绝 origin 为 * 的带凭据 CORS 响应：带 withCredentials 的 EventSource，或 credentials 为 "include" 的 fetch，都会得到 CORS 错误，拿不到任何数据。{streams}请改为回显白名单中的 origin：map $http_origin $cors_origin { default ""; "~^https://app\\.example\\.com$" $http_origin; }，再配合 add_header Access-Control-Allow-Origin $cors_origin always; 和 add_header Vary Origin always;',

  // cors-missing-always
  'cors-missing-always.summary': 'CORS 的 add_header 缺少 always：事件流的错误响应会丢掉 CORS 头',
  'cors-missing-always.missing': 'add_header {header} 没有 "always"，nginx 只会把它加到 200、201、204、206 和 3xx 响应上。当 {streams} 返回 401、403、429 或 5xx 时，浏览器报告的是 CORS 错误而不是状态码，EventSource 也只会触发 onerror。',

  // duplicate-hop-header
  'duplicate-hop-header.summary': '发给后端的同一个逐跳（hop-by-hop）头被设置了多次',
  'duplicate-hop-header.duplicate': 'proxy_set_header {header} 在当前 {level} 中设置了 {count} 次（{lines}）：nginx 会接受，并把每个非空值都作为一个单独的头发送，所以后端看到的是 {sent}。请只保留一行（{keep}）。',

  // gzip-event-stream
  'gzip-event-stream.summary': 'gzip 压缩事件流：不缓冲时不会延迟事件，但每次刷新都耗费 CPU',
  'gzip-event-stream.compressed': 'gzip 会压缩这个事件流：gzip 为 on（{origin}），且 {typesLevel} 中的 {types} 放行了 text/event-stream。关闭代理缓冲时这不会扣住事件，因为 nginx 每次从上游读取数据后都会刷新压缩器；但每次刷新都要耗费 CPU，而且有些客户端和中间设备会扣住压缩过的流。可以考虑把 text/event-stream 从 gzip_types 中去掉，或在这里加上 `gzip off;`。事件流判定依据：{why}。',

  // http1-connection-limit
  'http1-connection-limit.summary': '走 HTTP/1.1 的事件流会碰到浏览器每个主机约 6 个连接的上限',
  'http1-connection-limit.tls': '这个 TLS server 在没有 HTTP/2 的情况下提供事件流（{http2}）：浏览器对每个主机只开约 6 个 HTTP/1.1 连接，每个打开的 EventSource 都占用一个，所以从第 7 个标签页起，发往这个主机的事件流和普通请求都要排队等待。HTTP/2 可以在一个连接上承载多个流。事件流：{streams}。',
  'http1-connection-limit.plain': '这个 server 通过明文 HTTP 提供事件流{h2c}：浏览器只在 TLS 上使用 HTTP/2，所以这里用的是 HTTP/1.1，每个主机约 6 个连接，每个打开的 EventSource 都占用一个。如果 TLS 在 nginx 前面的代理或负载均衡器上终止，则以那一层的限制为准。事件流：{streams}。',

  // keepalive-ineffective
  'keepalive-ineffective.summary': '配置了上游 keepalive，但这个 location 会关闭每个上游连接',
  'keepalive-ineffective.closes': 'upstream {upstream} 会保留空闲连接（{keepalive}），但从这里发出的请求使用的是 {reasons}，所以后端会关闭每个连接，keepalive 对这些请求不起作用。{advice}',

  // limit-rate-on-stream
  'limit-rate-on-stream.summary': 'limit_rate 对不缓冲的事件流无效，对缓冲的事件流则会限速',
  'limit-rate-on-stream.ignored': 'limit_rate {value} 在此处生效（{origin}），但对这个事件流不起作用：对不缓冲的上游响应，nginx 会关闭客户端限速，而这个响应正是不缓冲的（{unbuffered}）。事件流判定依据：{why}。',
  'limit-rate-on-stream.throttled': 'limit_rate {value} 在此处生效（{origin}），且 {because}：除了缓冲之外，事件流还被限速到每秒 {value} 字节，事件会越来越滞后。事件流判定依据：{why}。',

  // lua-body-filter-on-stream
  'lua-body-filter-on-stream.summary': 'body_filter_by_lua* 把事件流的数据块扣到响应结束',
  'lua-body-filter-on-stream.holds': '{directive} 在最后一块之前把 ngx.arg[1] 设为 nil 或 ""（{origin}）：每个事件都被扣在过滤器里，整个事件流在结束时才一次性到达客户端，与 proxy_buffering 的设置无关。请把每一块原样传下去（如果需要完整的响应体，可以另存一份副本），或者不要在这个 location 上使用该过滤器。事件流判定依据：{why}。',
  'lua-body-filter-on-stream.conditional': '{directive} 会对部分响应扣住数据块（{origin}：它把 ngx.arg[1] 设为 nil 或 ""，并检查 text/event-stream）；请确认事件流是逐块传下去的，否则它会在结束时一次性到达。事件流判定依据：{why}。',
  'lua-body-filter-on-stream.rewrites': '{directive} 会替换这个事件流的数据块（{origin}）；请确认它在每个事件到来时就把它传下去：把数据块扣到最后的过滤器会让事件流一次性到达。事件流判定依据：{why}。',
  'lua-body-filter-on-stream.opaque': '{directive} 会处理这个事件流的每一块数据（{origin}），并调用了 sse-lint 无法读取的代码；收集数据块（为了记录日志或统计整个响应体）、直到最后才传下去的过滤器会让事件流一次性到达。请确认它把每一块都传下去。事件流判定依据：{why}。',

  // lua-http10-buffering
  'lua-http10-buffering.summary': 'ngx_lua 事件流在 HTTP/1.0 请求下会被整个缓冲',
  'lua-http10-buffering.on': 'lua_http10_buffering 在此处为 on（{origin}）：对于 HTTP/1.0 请求（例如 1.29.7 之前的 nginx 以默认的 proxy_http_version 1.0 代理到这里的请求），ngx_lua 会缓冲全部输出来计算 Content-Length，ngx.flush 也不起作用，于是整个事件流在最后一次性到达。事件流判定依据：{why}。',

  // proxy-set-header-redefinition
  'proxy-set-header-redefinition.summary': '下层级中的 proxy_set_header（或 fastcgi_param 等）会丢掉所有继承来的行',
  'proxy-set-header-redefinition.lost': '当前 {level} 中的 {directive} 替换了继承来的 {directive} 列表，上层设置的 {count} 行在这里不生效，{what}：{lost}。nginx 只会把 {directive} 继承到自身没有 {directive} 的层级。{stream}请在这里重复这些行，或者把它们放进每一层都 include 的片段文件。',

  // read-timeout-short
  'read-timeout-short.summary': '上游读超时会切断静默一分钟或更短时间的事件流',
  'read-timeout-short.short': '{directive} 在此处为 {value}（{origin}）：静默超过 {seconds} 秒的事件流会被切断，客户端看到的是被截断的响应，随后重新连接。请让后端以短于 {seconds} 秒的间隔发送心跳注释，或者调大这个超时；它同时也限制了等待第一个响应头的时间。事件流判定依据：{why}。',

  // read-timeout-zero
  'read-timeout-zero.summary': '读超时设为 0 会让每个请求都以 504 失败',
  'read-timeout-zero.zero': '{directive} {value} 并不会关闭超时：nginx 会立即超时，对这里的每个请求都返回 504',

  // stream-capacity
  'stream-capacity.summary': 'worker 连接设置所能容纳的并发事件流数量',
  'stream-capacity.total': '大约可容纳 {capacity} 个并发事件流：{formula}（{sources}）。{tail}',
  'stream-capacity.perWorker': 'worker_processes 为 auto（每个 CPU 核心一个 worker，核心数在这里无从得知）：每个 worker 大约可容纳 {capacity} 个并发事件流：{formula}（{sources}）。{tail}',
  'stream-capacity.belowExpected': '大约只能容纳 {capacity} 个并发事件流，少于预期的 {expected} 个：{formula}（{sources}）。{tail}',

  // upstream-http10
  'upstream-http10.summary': '事件流通过 HTTP/1.0 代理',
  'upstream-http10.http10': 'proxy_http_version 在此处为 1.0（{origin}）{assumed}：后端收到的是 HTTP/1.0 请求，因此不能使用分块编码，也没有 keepalive；而针对 HTTP/1.0 客户端做缓冲的后端（开启了 lua_http10_buffering 的 ngx_lua、需要计算 Content-Length 的服务器）会等到最后才把整个事件流发出来。事件流判定依据：{why}。',
  'upstream-http10.lua': 'proxy_http_version 在此处为 1.0（{origin}）{assumed}，而后端 {address} 是 {luaLocation}（{luaWhere}），由 {luaDirective} 处理，且 lua_http10_buffering 为 on（{luaOrigin}）：对 HTTP/1.0 请求，ngx_lua 会缓冲整个响应，ngx.flush 也不起作用，于是整个事件流在最后一次性到达。事件流判定依据：{why}。',

  // Report summary and labels.
  'cli.usage.parseOne': 'parse：需要且只需要一个 FILE',
  'cli.usage.routeArgs': 'route：需要 URI 和一个配置 PATH（sse-lint route [--host H] [--port P] /uri nginx.conf）',
  'cli.usage.routeOneInput': 'route：配置 PATH 必须是一个文件、目录或转储',
  'cli.usage.badPort': 'route：--port 需要一个端口号，收到的是 "{value}"',
  'cli.usage.badMaxWarnings': '--max-warnings 需要一个警告数量（0 或以上），收到的是 "{value}"',
  'cli.usage.noOutputFile': '--output 需要一个文件名',
  'cli.usage.verifyNeedsBinary': '--verify-with-nginx 需要 nginx 可执行文件的路径',
  'cli.usage.interactiveConflict': '-i 不能与 --fix、--diff、--unsafe-fixes、--format、--output 或 --baseline-write 一起使用',
  'cli.usage.noTerminal': '-i 需要终端，但标准输出不是终端（请使用文本报告或 --format）',
  'cli.usage.noTerminalKeys': '-i 需要终端来读取按键：标准输入不是终端，且无法打开 /dev/tty（{reason}）',
  'cli.usage.noTerminalKeysStdin': '-i 需要终端来读取按键：标准输入承载着配置，且无法打开 /dev/tty（{reason}）',
  'cli.fix.hint': '有 {count} 个可用修复：运行 {command} 逐个查看',
  'cli.interactive.remain': '磁盘上还有 {count} 个问题',
  'cli.interactive.discarded': '{count} 个已修改的文件未写入',
  'cli.write.failed': '无法写入 {file}：{reason}',
  'cli.usage.cannotWriteReport': '无法把报告写入 {file}：{reason}',
  'cli.usage.tooManyWarnings': '共 {count} 个警告，超过了 --max-warnings {max} 的上限',
  'cli.summary.config': '配置：{file}。',
  'cli.summary.configFound': '配置：{file}（从输入向上查找得到）。',
  'cli.summary.configNone': '配置：未找到，使用默认设置。',
  'cli.summary.configDisabled': '配置：未使用（--no-config）。',
  'cli.summary.none': '检查了 {files} 个文件{streams}，未发现问题{notes}。',
  'cli.summary.problems': '共 {count} 个问题（{errors} 个错误，{warnings} 个警告，{infos} 个提示），涉及 {files} 个文件{streams}{notes}。',
  'cli.summary.baselined': '{count} 个已知问题被基线文件 {file} 屏蔽。',
  'cli.summary.ignored': '{count} 个位于 "ignore" 匹配的文件中',
  'cli.severity.error': '错误',
  'cli.severity.warning': '警告',
  'cli.severity.info': '提示',
  'cli.label.fix': '修复：',
  'cli.label.stream': '事件流：',
  'cli.label.related': '相关位置：',
  'cli.label.value': '取值：',
  'cli.summary.streams': '，{count} 个事件流 location',
  'cli.summary.notes': '（{list}）',
  'cli.summary.suppressedInline': '{count} 个被 sse-lint-disable 注释屏蔽',
  'cli.summary.quietHidden': '{list}未显示（--quiet）',
  'cli.summary.fixable': '其中 {count} 个可以自动修复：{list}。',
  'cli.summary.fixableSafe': '{count} 个用 --fix 安全修复',
  'cli.summary.fixableUnsafe': '{count} 个需用 --fix --unsafe-fixes 做不安全修复',
  'cli.count.warnings': '{count} 个警告',
  'cli.count.infos': '{count} 个提示',
  'cli.fix.hintSafe': '{title}（安全修复：--fix）',
  'cli.fix.hintUnsafe': '{title}（不安全的修复：--fix --unsafe-fixes）',
  'cli.frame.moreLines': '……另有 {count} 行',
  'cli.progress.parsed': '已解析 {count} 个文件',
  'cli.progress.checking': '已解析 {count} 个文件，正在检查',
  'cli.provenance.set': '{head}：在 {level} 中设置（{at}）',
  'cli.provenance.default': '{head}：{note}',
  'cli.provenance.defaultNotSet': '{head}：{note}，{levels} 中均未设置',
  'cli.level.this': '当前 {level}',
  'cli.list.comma': '，',
  'cli.list.semicolon': '；',
  'cli.list.sep': '、',
  'cli.list.or': '{items}、{last}',
  'cli.list.and': '{items} 和 {last}',

  // sse-lint explain.
  'cli.explain.title': '{id}（{severity}；修复：{fix}）',
  'cli.explain.engineTitle': '{id}（{severity}；由 sse-lint 自身报告，不提供修复）',
  'cli.explain.fixKind.safe': '安全',
  'cli.explain.fixKind.unsafe': '不安全',
  'cli.explain.fixKind.none': '无',
  'cli.explain.why': '原因',
  'cli.explain.bad': '错误示例',
  'cli.explain.good': '正确示例',
  'cli.explain.fix': '修复方式',
  'cli.explain.options': '选项（默认值）：{options}',
  'cli.explain.references': '参考资料',
  'cli.explain.nameOne': '请指定一条规则：{ids}',

  // SARIF.
  'cli.sarif.field': '{heading}：{text}',
  'cli.sarif.heading': '{heading}：',
  'cli.sarif.documentation': '文档：{url}',
  'cli.sarif.docLink': 'sse-lint 关于 {id} 的文档',
  'cli.sarif.seeMessage': '详见消息内容。',
  'cli.sarif.fixDescription': '{title}（{applicability}）',
  'cli.sarif.setHere': '{line} 在此设置（{level}）',

  // sse-lint route.
  'cli.route.label.request': '请求：',
  'cli.route.label.route': '路由：',
  'cli.route.label.note': '注意：',
  'cli.route.label.handler': '处理：',
  'cli.route.label.stream': '事件流：',
  'cli.route.request': 'Host {host}，端口 {port}，{uri}',
  'cli.route.noHost': '（无）',
  'cli.route.notEvaluatedHere': '以下内容在此无法求值：{list}',
  'cli.route.via': '，经由 {directive}',
  'cli.route.upstream': ' -> upstream {name}（{servers}{keepalive}）',
  'cli.route.keepalive': '；keepalive {args}',
  'cli.route.streamYes': '是：{reasons}',
  'cli.route.streamNo': '否（可用 --route 或 # sse-lint: stream 注释把它标记为事件流）',
  'cli.route.settings': '{level} 中生效的设置{version}：',
  'cli.route.version': '（nginx {version}）',
  'cli.route.versionUnknown': '（nginx 版本未知：按 1.29.7 之前的默认值处理）',
  'cli.route.value': '{name} {value}：{origin}',
  'cli.route.unset': '（未设置）',
  'cli.route.listNone': '{name}：没有生效的行{default}',
  'cli.route.default': '（{note}）',
  'cli.route.listCount': '{name}：{count} 行生效',
  'cli.route.entry': '{line}，来自 {level}',
  'cli.route.dropped': '已丢弃：{line}，来自 {level}，被 {by} 中的列表替换',
  'cli.route.noServer': '没有 server 监听 {listen}',
  'cli.route.server': 'server {name}（{at}，{how}）',
  'cli.route.server.exact': '精确匹配 server_name',
  'cli.route.server.leadingWildcard': '前缀通配符 server_name {name}',
  'cli.route.server.trailingWildcard': '后缀通配符 server_name {name}',
  'cli.route.server.regex': '正则 server_name {name}',
  'cli.route.server.defaultServer': '{listen} 的 default_server',
  'cli.route.server.first': '{listen} 上的第一个 server',
  'cli.route.badRequest': '{server} 返回 400：{reason}',
  'cli.route.noLocation': '{server} -> 没有匹配 {uri} 的 location（使用 server 层的设置）',
  'cli.route.location': '{server} -> location {chain}（{at}，{how}）',
  'cli.route.location.exact': '精确匹配',
  'cli.route.location.prefix': '最长前缀',
  'cli.route.location.noregex-prefix': '^~ 前缀',
  'cli.route.location.regex': '正则',
  'cli.route.location.regex-caseless': '不区分大小写的正则',
  'cli.route.location.auto-redirect': '301 重定向，补上末尾的斜杠',
  'cli.route.withUnevaluated': '{route} [未求值：{list}]',
  'cli.route.unevaluated': '{subject}：{why}',
  'cli.route.notEvaluated': '未求值',
  'cli.route.pcre.noEquivalent': '{construct} 在 JavaScript 中没有等价的写法',
  'cli.route.pcre.option': 'PCRE 选项 {text}',
  'cli.route.pcre.trailing-backslash': '末尾的反斜杠',
  'cli.route.pcre.escape': '{text}',
  'cli.route.pcre.hex-above-ff': '大于 \\xff 的 \\x{...}',
  'cli.route.pcre.s-in-class': '字符类中的 \\S',
  'cli.route.pcre.posix-class': '{text}',
  'cli.route.pcre.group': '分组 "{text}"',
  'cli.route.pcre.invalid': '这个模式在这里无效（{detail}）',
  'cli.route.bad.host': 'Host "{host}" 无效',
  'cli.route.bad.notAbsolute': '请求目标 "{target}" 不是以 "/" 开头',
  'cli.route.bad.escape': '"{target}" 中有无效的百分号转义',
  'cli.route.bad.nul': '"{target}" 中含有 "%00"',
  'cli.route.bad.aboveRoot': '"{target}" 用 ".." 越过了根目录',

  // Usage errors.
  'cli.usage.tryHelp': "运行 'sse-lint --help' 查看用法。",
  'cli.usage.unknownOption': '未知选项 {option}',
  'cli.usage.unknownOptionNear': '未知选项 {option}；是不是想输入 {near}？',
  'cli.usage.optionNeedsValue': '{option} 需要一个值',
  'cli.usage.optionTakesNoValue': '{option} 不接受取值',
  'cli.usage.optionDashValue': '{option} 需要一个值；如果值以 "-" 开头，请写成 {option}=VALUE',
  'cli.usage.other': '{message}',
  'cli.usage.noInput': '没有输入：请指定配置文件、目录，或用 - 表示标准输入',
  'cli.usage.badMap': '--map 的格式应为 FROM=TO，实际为 "{value}"',
  'cli.usage.badVersion': '--nginx-version 应为 1.24.0 这样的版本号，实际为 "{value}"',
  'cli.usage.badRoute': '--route 的格式应为 [HOST[:PORT]]/URI，实际为 "{value}"',
  'cli.usage.badLocale': '--locale 应为 en 或 zh-CN，实际为 "{value}"',
  'cli.usage.badFormat': '--format 应为 {choices} 之一，实际为 "{value}"',
  'cli.usage.badFailOn': '--fail-on 应为 {choices} 之一，实际为 "{value}"',
  'cli.usage.unknownRule': '未知规则 "{id}"',
  'cli.usage.unknownRuleNear': '未知规则 "{id}"；是不是想输入 "{near}"？',
  'cli.usage.fixOnlyFlags': '--unsafe-fixes、--backup 和 --verify-with-nginx 只能与 --fix 或 --diff 一起使用',
  'cli.usage.initWithInputs': '--init 最多只能指定一个目录',
  'cli.usage.baselineConflict': '--baseline 和 --baseline-write 不能同时使用',
  'cli.input.missing': '{path}：文件或目录不存在',
  'cli.input.notFile': '{path}：不是普通文件或目录',
  'cli.input.unreadable': '{path}：{reason}',
  'cli.reason.noDirectory': '目录不存在',
  'cli.reason.permission': '权限不足',
  'cli.reason.isDirectory': '这是一个目录',
  'cli.reason.noSpace': '设备上没有剩余空间',
  'cli.reason.readOnly': '文件系统是只读的',
  'cli.internalError': '内部错误：{message}',

  // Fixes.
  'cli.fix.dryRun': '{files} 个文件中共有 {count} 处修复（试运行：未写入任何内容）',
  'cli.fix.applied': '已应用 {count} 处修复，写入了 {files} 个文件',
  'cli.fix.backups': '备份：{list}',
  'cli.fix.reverted': '{file} 中 {rules} 的修复已撤销：{reason}',
  'cli.fix.reason.unparsable': '修复后的文件无法再被解析',
  'cli.fix.notConverged': '经过 {passes} 轮修复仍未稳定；请再运行一次，或手动修复剩余问题',
  'cli.fix.cannotWriteDump': '--fix 无法写回 nginx -T 的输出；请用 --diff 查看修复内容',
  'cli.fix.cannotWriteStdin': '--fix 无法写回标准输入；请用 --diff 查看修复内容',
  'cli.fix.verifyRejected': '{bin} -t 拒绝了修复后的配置，未写入任何内容：',
  'cli.fix.writeFailed': '无法写入修复，未做任何更改：{message}',
  'cli.fix.conflict': '{files} 在读取后已被修改，未写入任何内容',

  // Config file.
  'cli.config.invalid': '配置文件 {file} 有误：',
  'cli.config.notFound': '找不到配置文件 {file}',
  'cli.config.unreadable': '无法读取 {file}：{message}',
  'cli.config.syntax': '不是有效的 JSON：{message}',
  'cli.config.noPackageKey': 'package.json 中没有 "sse-lint" 键',
  'cli.config.unknownKey': '未知的键 "{key}"',
  'cli.config.unknownKeyNear': '未知的键 "{key}"；是不是想写 "{near}"？',
  'cli.config.unknownRule': '未知规则 "{key}"',
  'cli.config.unknownRuleNear': '未知规则 "{key}"；是不是想写 "{near}"？',
  'cli.config.unknownOption': '规则 {rule} 没有选项 "{key}"；它的选项有 {choices}',
  'cli.config.unknownOptionNear': '规则 {rule} 没有选项 "{key}"；是不是想写 "{near}"？',
  'cli.config.noOptions': '规则 {rule} 没有选项；只需设置级别，例如 "{rule}": "warning"',
  'cli.config.badValue': '"{value}" 不是 {choices} 之一',
  'cli.config.badValueNear': '"{value}" 不是 {choices} 之一；是不是想写 "{near}"？',
  'cli.config.wrongType': '应为 {expected}，实际为 {actual}',
  'cli.config.ruleTuple': '带选项的规则设置格式为 [级别, 选项]，例如 ["warning", {}]',
  'cli.config.empty': '不能为空',
  'cli.config.badVersion': '应为 1.24.0 这样的版本号，实际为 "{value}"',
  'cli.config.pathMapKey': '路径映射的键 "{key}" 必须是绝对路径（与配置中写法一致）',
  'cli.config.other': '{message}',
  'cli.config.presetReserved': '预设 "{preset}" 是保留名称，目前没有任何作用',
  'cli.config.presetNotApplied': '预设 "{preset}" 在 {path} 附近没有找到对应的目录布局，这里不起作用',
  'cli.config.initWritten': '已写入 {file}（{layout} 布局）；请编辑后再次运行 sse-lint',
  'cli.config.initExists': '{file} 已存在，不会覆盖',
  'cli.config.layout.1panel': '1Panel/OpenResty',
  'cli.config.layout.debian': 'Debian/Ubuntu',
  'cli.config.layout.plain': '普通 nginx',
  'cli.type.string': '字符串',
  'cli.type.number': '数字',
  'cli.type.integer': '整数',
  'cli.type.boolean': 'true 或 false',
  'cli.type.array': '列表',
  'cli.type.object': '对象',
  'cli.type.null': 'null',

  // Starter config comments.
  'cli.init.header': '适用于 {layout} 布局的 sse-lint 配置，由 sse-lint --init 生成。"$comment" 键下的文字会被忽略。',
  'cli.init.preset': 'preset：{preset}（{effect}）。',
  'cli.init.streams': 'streams：事件流接口所在的 location 路径（例如 "/api/events"、"/v1/chat/completions"、"/sse/**"）。sse-lint 也会根据路径和配置猜测哪些是事件流；在这里列出可以确保不遗漏。',
  'cli.init.version': 'nginxVersion：你的 nginx（或 OpenResty 内核）版本，例如 "1.24.0"（见 nginx -v）。部分默认值在 1.29.7 发生了变化；不设置则按 1.29.7 之前处理。',
  'cli.init.rules': 'rules：每条规则都按默认级别运行。可设为 "off"、"info"、"warning"、"error"，或 [级别, 选项]；sse-lint explain 规则名 可查看规则检查的内容。',
  'cli.init.ignore': 'ignore：不报告问题的配置文件（glob 模式），例如 "conf.d/legacy-*.conf"。',
  'cli.init.failOn': 'failOn：出现不低于该级别的问题时以 1 退出（"error"、"warning"、"info" 或 "off"）。',
  'cli.init.effect.1panel': '容器内的路径 /www 和 /usr/local/openresty/nginx/conf 会从被检查文件所在的 1Panel 应用目录中读取',
  'cli.init.effect.debian': '如果被检查的文件是 /etc/nginx 的副本，include 的 /etc/nginx/... 路径会从这个副本中读取',

  // Baseline.
  'cli.baseline.written': '已把 {count} 个问题写入基线文件 {file}',
  'cli.baseline.missing': '找不到基线文件 {file}；请先用 --baseline-write {file} 创建',
  'cli.baseline.invalid': '{file} 不是 sse-lint 基线文件：{message}',
  'cli.baseline.unsupported': '基线文件 {file} 的版本为 {version}；当前 sse-lint 只能读取版本 {supported}',
};

/**
 * Fix titles per rule id (a rule builds its titles at run time, so they are matched as phrases). A title no
 * entry matches stays English; a test lints every fixture and requires each title it sees to be covered.
 */
export const ZH_CN_FIX_TITLES: Readonly<Record<string, readonly Phrase[]>> = {
  'accel-buffering-ignored': [['Stop ignoring X-Accel-Buffering in {d}', '不再在 {d} 中忽略 X-Accel-Buffering']],
  'accel-buffering-request-header': [['Remove the {line} line', '删除 {line} 这一行']],
  'accel-buffering-response-header': [['Send X-Accel-Buffering: {v}', '改为发送 X-Accel-Buffering: {v}']],
  'add-header-redefinition': [['Repeat the {n} inherited add_header line(s) in this {level}', '在当前 {level} 中重复继承来的 {n} 行 add_header']],
  'buffering-on': [['Turn {d} off for this location', '在此 location 中关闭 {d}']],
  'cache-on-stream': [['Turn {d} off for this location', '在此 location 中关闭 {d}']],
  'chunked-encoding-off': [
    ['Set {d} to on for this location', '在此 location 中把 {d} 设为 on'],
    ['Remove {d} off from this location', '从此 location 中删除 {d} off'],
  ],
  'cors-missing-always': [['Send this CORS header on error responses too (always)', '错误响应也发送这个 CORS 头（加上 always）']],
  'duplicate-hop-header': [['Keep one proxy_set_header {h} line', '只保留一行 proxy_set_header {h}']],
  'http1-connection-limit': [
    ['Turn HTTP/2 on for this server', '为此 server 开启 HTTP/2'],
    ['Add http2 to the TLS listen lines of this server', '在此 server 的 TLS listen 行中加上 http2'],
  ],
  'lua-http10-buffering': [['Turn {d} off for this stream', '为此事件流关闭 {d}']],
  'proxy-set-header-redefinition': [['Repeat the {n} inherited {d} line(s) in this {level}', '在当前 {level} 中重复继承来的 {n} 行 {d}']],
  'read-timeout-short': [['Set {d} to {v} for this location', '在此 location 中把 {d} 设为 {v}']],
  'read-timeout-zero': [['Set {d} to {v}', '把 {d} 设为 {v}']],
  'upstream-http10': [['Proxy this stream with HTTP/1.1', '改用 HTTP/1.1 代理此事件流']],
};

/**
 * The engine's wrapper around a fix moved out of a file that several blocks include (engine.ts restrictSharedFix).
 * `{~title}` is the rule's own title, translated with the rule's table.
 */
export const ZH_CN_SHARED_FIX: readonly Phrase[] = [
  ['{~title}, in {where} ({at}) instead: {file} is also included in 1 place that does not need it', '{title}，改在 {where}（{at}）中进行：{file} 还被另外 1 处 include，而那里不需要这项修改'],
  ['{~title}, in {where} ({at}) instead: {file} is also included in {n} places that do not need it', '{title}，改在 {where}（{at}）中进行：{file} 还被另外 {n} 处 include，而那些地方不需要这项修改'],
];

/** A level as levelName() prints it, optionally with "this " (`this location /sse`, `server`, `if ($x)`). */
const LEVEL = /^(?:this )?(?:(?:location|if|limit_except) .+|location|if|server|http|upstream)$/;
const FILE_LINE = /^\S+:\d+$/;
const NUMBER = /^\d+$/;

/**
 * English phrases that rules and the model pass as message data or related-span text: origins ("set in server"),
 * stream reasons, and rule-specific clauses. Order matters: the first whole match wins, so specific entries
 * come before general ones.
 */
export const ZH_CN_PHRASES: readonly Phrase[] = [
  // Where a value comes from (model/effective.ts describeOrigin, model/directives.ts default notes).
  ['{~note}; not set in {~levels}', '{note}；{levels} 中均未设置', { levels: 'changes' }],
  {
    // "this location /x, server or http": the levels that were looked at.
    match: /^(.+) or (.+)$/,
    render: (m, tr) => {
      const items = [...m[1]!.split(', '), m[2]!];
      return items.every((i) => LEVEL.test(i)) ? items.map(tr).join('、') : null;
    },
  },
  ['nginx default', 'nginx 默认值'],
  ['nginx default before {v} (version unknown; pass --nginx-version)', 'nginx {v} 之前的默认值（版本未知，可用 --nginx-version 指定）'],
  ['nginx default before {v}, {~detail} (version unknown; pass --nginx-version)', 'nginx {v} 之前的默认值，{detail}（版本未知，可用 --nginx-version 指定）'],
  ['nginx default before {v}, {~detail}', 'nginx {v} 之前的默认值，{detail}'],
  ['nginx default before {v}', 'nginx {v} 之前的默认值'],
  ['nginx default since {v}, {~detail}', 'nginx {v} 起的默认值，{detail}'],
  ['nginx default since {v}', 'nginx {v} 起的默认值'],
  ['for upstream{} blocks', '适用于 upstream{} 块'],
  ['{m} module default', '{m} 模块默认值', { m: /^\w+$/ }],
  ['standard inheritance ({d} appeared in {v})', '标准继承（{d} 从 {v} 起才有）'],
  ['{shown} and {n} more in {~level}', '{shown} 等 {n} 处，位于 {level}', { n: NUMBER, level: LEVEL }],
  ['{shown} in {~level}', '{shown}，位于 {level}', { shown: /\)$/, level: LEVEL }],
  ['this {level}', '当前 {level}', { level: LEVEL }],

  // Why a location is an event stream (model/streams.ts).
  ['path {p} is a streaming API endpoint ({k})', '路径 {p} 是流式 API 端点（{k}）'],
  ['path {p} contains "{w}"', '路径 {p} 包含 "{w}"'],
  ['{d} off is set here (streaming intent)', '此处设置了 {d} off（表明要流式传输）'],
  ['{d} suggests a stream', '{d} 表明这是事件流'],
  ['{d} sets text/event-stream', '{d} 设置了 text/event-stream'],
  ['{d} mentions X-Accel-Buffering', '{d} 提到了 X-Accel-Buffering'],
  ['types maps an extension to text/event-stream', 'types 把某个扩展名映射为 text/event-stream'],
  ['marked with # sse-lint: stream', '标有 # sse-lint: stream'],
  ['matches the stream pattern {p}', '匹配事件流模式 {p}'],
  ['--route {r} is served here', '--route {r} 由此处处理'],
  ['--all-proxies treats every proxying location as a stream', '--all-proxies 把每个代理 location 都当作事件流'],
  ['not a stream', '不是事件流'],
  ['location {p} ({~why})', 'location {p}（{why}）', { why: 'changes' }],
  ['if {c} ({~why})', 'if {c}（{why}）', { why: 'changes' }],

  // Header lists (model/effective.ts describeEntries).
  ['{items} from {~level}', '{level} 中的 {items}', { items: /\)$/, level: LEVEL }],

  // add-header-in-if, add-header-redefinition, proxy-set-header-redefinition.
  [' The location is a stream ({~why}): its event-stream responses lose them too when the condition matches.', '该 location 是事件流（{why}）：条件成立时，它的事件流响应同样会丢失这些头。'],
  [' This is a stream location ({~why}).', '这是事件流 location（{why}）。'],
  ['Repeat them here, or add "add_header_inherit merge;" to keep the inherited ones.', '请在这里重复这些行，或者加上 "add_header_inherit merge;" 以保留继承的响应头。'],
  ['Repeat them here, or add "add_header_inherit merge;" (nginx {v}+) to keep the inherited ones.', '请在这里重复这些行，或者加上 "add_header_inherit merge;"（需要 nginx {v}+）以保留继承的响应头。'],
  ['Repeat them here or put them in a snippet included at every level.', '请在这里重复这些行，或者把它们放进每一层都 include 的片段文件。'],
  ['Repeat them here or put them in a snippet included at every level (add_header_inherit needs nginx {v}; the target is {t}).', '请在这里重复这些行，或者把它们放进每一层都 include 的片段文件（add_header_inherit 需要 nginx {v}，而目标版本是 {t}）。'],
  ['the proxied request no longer carries them', '被代理的请求不再带有这些头'],
  ['the gRPC request no longer carries them', 'gRPC 请求不再带有这些头'],
  ['the FastCGI application no longer receives them', 'FastCGI 应用不再收到这些参数'],
  ['the uwsgi application no longer receives them', 'uwsgi 应用不再收到这些参数'],
  ['the SCGI application no longer receives them', 'SCGI 应用不再收到这些参数'],

  // cache-on-stream.
  ['{shown} makes it cacheable', '{shown} 使它可以被缓存'],
  ["{shown} ignores the backend's {h}, so it can be cached", '{shown} 忽略了后端的 {h}，因此它可以被缓存'],
  [' With {d} on, concurrent clients also wait for the first one (up to the lock timeout, 5 s by default).', '由于 {d} 为 on，并发的客户端还要等待第一个请求（最长等到锁超时，默认 5 秒）。'],

  // connection-upgrade-on-stream, keepalive-ineffective.
  [' at {w}', '，位于 {w}', { w: FILE_LINE }],
  [' by default', '，来自 default 分支'],
  ['Connection: {v} ({~note}; no proxy_set_header Connection in effect)', 'Connection: {v}（{note}；没有生效的 proxy_set_header Connection）'],
  ['Connection: {v} for requests without Upgrade ({~origin}; map {s} {var} gives "{val}" at {w})', 'Connection: {v}（用于没有 Upgrade 的请求；{origin}；map {s} {var} 给出 "{val}"，位于 {w}）'],
  ['Connection: {v} for requests without Upgrade ({~origin}; map {s} {var} gives "{val}")', 'Connection: {v}（用于没有 Upgrade 的请求；{origin}；map {s} {var} 给出 "{val}"）'],
  ['Connection: {v} ({~origin})', 'Connection: {v}（{origin}）', { origin: 'changes' }],
  ['HTTP/1.0 (proxy_http_version: {~origin}) and {~rest}', 'HTTP/1.0（proxy_http_version：{origin}），以及 {rest}', { origin: 'changes' }],
  ['HTTP/1.0 ({~origin}) and {~rest}', 'HTTP/1.0（{origin}），以及 {rest}', { origin: 'changes' }],
  ['HTTP/1.0 (proxy_http_version: {~origin})', 'HTTP/1.0（proxy_http_version：{origin}）'],
  ['HTTP/1.0 ({~origin})', 'HTTP/1.0（{origin}）', { origin: 'changes' }],
  ['keepalive {v}: {~note}', 'keepalive {v}：{note}', { note: 'changes' }],
  ['Use proxy_http_version 1.1; and proxy_set_header Connection ""; (or a map whose empty value is "") where these requests are proxied.', '请在代理这些请求的地方使用 proxy_http_version 1.1; 和 proxy_set_header Connection "";（或使用空值映射为 "" 的 map）。'],
  ['Drop the proxy_http_version 1.0 or Connection: close setting (HTTP/1.1 without a Connection header is the default since 1.29.7).', '请去掉 proxy_http_version 1.0 或 Connection: close 的设置（从 1.29.7 起，默认就是不带 Connection 头的 HTTP/1.1）。'],

  // limit-rate-on-stream.
  ['{d} is on ({~origin})', '{d} 为 on（{origin}）', { d: /^\w+$/, origin: 'changes' }],
  ['the stream is produced by {d}, whose output is rate limited', '事件流由 {d} 产生，其输出会被限速'],
  ['{m} responses are never buffered', '{m} 响应从不缓冲'],

  // duplicate-hop-header.
  ['{shown}, the last line', '{shown}，即最后一行'],
  ['{shown}, the empty value, on this stream', '{shown}，即空值（此处是事件流）'],
  ['none of them', '一个也没有'],
  {
    // `"Upgrade: a" and "Upgrade: b"`: the headers the backend sees.
    match: /^"[^"]*"(?: and "[^"]*")+$/,
    render: (m) => m[0].split('" and "').join('" 和 "'),
  },

  // cors-credentials-wildcard, cors-missing-always, http1-connection-limit.
  [' Streams affected: {~list}.', '受影响的事件流：{list}。'],
  ['the stream {~list}', '事件流 {list}'],
  ['{x} ({n} places)', '{x}（{n} 处）', { n: NUMBER }],
  ['{list}, and {n} more', '{list} 等，另有 {n} 个', { n: NUMBER }],
  ['{list} and {n} more', '{list} 等，另有 {n} 处', { n: NUMBER }],
  [' (HTTP/2 without TLS, from {shown}, is not used by browsers)', '（来自 {shown} 的明文 HTTP/2 不会被浏览器使用）'],
  ['no listen ... http2 on its address ({shown}), and http2 is not turned on', '它的地址上没有 listen ... http2（{shown}），也没有开启 http2'],
  ['no listen ... http2 on its address, and http2 is not turned on', '它的地址上没有 listen ... http2，也没有开启 http2'],

  // upstream-http10.
  ['; that is the default before {v}, assumed because no --nginx-version was given', '；这是 {v} 之前的默认值，因为没有指定 --nginx-version 而按此假定'],

  // stream-capacity.
  {
    match: /^(?:(\d+) workers? x )?\((.+) - (\d+) listening sockets? - 1 master channel\) \/ 2 connections per stream$/,
    render: (m, tr) => `${m[1] ? `${m[1]} 个 worker ×` : ''}（${tr(m[2]!)} - ${m[3]} 个监听套接字 - 1 个 master 通道）÷ 每个事件流 2 个连接`,
  },
  ['{r} (worker_rlimit_nofile, below {w} worker_connections)', '{r}（worker_rlimit_nofile，低于 {w} worker_connections）'],
  ['{d} not set: nginx default {v}', '{d} 未设置：nginx 默认值 {v}'],
  ['the linted files have no events block, the main nginx.conf may set it', '所检查的文件中没有 events 块，主 nginx.conf 可能设置了它'],
  ['A proxied stream holds two worker connections, client and upstream, for as long as it is open; past the limit nginx logs "worker_connections are not enough" and resets new connections.', '被代理的事件流在打开期间一直占用两个 worker 连接（客户端一个，上游一个）；超过上限时 nginx 会记录 "worker_connections are not enough" 并重置新连接。'],
  ['worker_rlimit_nofile {r} is below worker_connections {w}, so each worker runs out of file descriptors first; raise it to at least twice worker_connections.', 'worker_rlimit_nofile {r} 低于 worker_connections {w}，每个 worker 会先耗尽文件描述符；请把它调到 worker_connections 的两倍以上。'],
  ["Without worker_rlimit_nofile the operating system's open-file limit (often 1024) may cap each worker first.", '没有设置 worker_rlimit_nofile 时，操作系统的打开文件数上限（通常为 1024）可能先限制住每个 worker。'],
  ['{e} expected streams need at least {n} worker processes (CPU cores).', '预期的 {e} 个事件流至少需要 {n} 个 worker 进程（CPU 核心）。'],
  ['Stream locations: {n} ({list}).', '事件流 location：{n} 个（{list}）。'],

  // Related spans.
  ['the Connection header is set here', 'Connection 头在此设置'],
  ['the empty Upgrade maps to "{v}" here', '空的 Upgrade 在此被映射为 "{v}"'],
  ['{d} lists X-Accel-Buffering here', '{d} 在此列出了 X-Accel-Buffering'],
  ['not sent when {c} matches', '{c} 成立时不会发送'],
  ['not sent from {level}', '不会从 {level} 发送'],
  ['does not apply in {level}', '在 {level} 中不生效'],
  ['this type list lets text/event-stream through', '这个类型列表放行了 text/event-stream'],
  ['text/event-stream is compressed because of this list', 'text/event-stream 因这个列表而被压缩'],
  ['{var} is "{v}" for ordinary requests', '对普通请求，{var} 为 "{v}"'],
  ['this upstream block keeps idle connections by default', '这个 upstream 块默认保留空闲连接'],
  ['{d} serves the proxied requests here', '{d} 在此处理被代理的请求'],
  ['first stream location', '第一个事件流 location'],
  ['worker processes', 'worker 进程数'],
  ['first "{d}" here', '第一个 "{d}" 在这里'],
  ['{x} is also set here', '{x} 也在此设置'],
  ['{x} is enabled here', '{x} 在此启用'],
  ['{x} is set here', '{x} 在此设置'],
];
