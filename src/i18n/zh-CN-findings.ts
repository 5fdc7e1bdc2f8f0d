// Simplified Chinese text of findings: rule summaries, messages and the clauses they use, fix titles and related
// notes (`<ruleId>.<id>`, `<ruleId>.fix.<id>`, `<ruleId>.related.<id>`), and the words findings share (`msg.*`: levels,
// origins, defaults, stream reasons, lists). Placeholders match the English ones (a test checks); directive names,
// values, variables and paths stay as written.

export const ZH_CN_FINDINGS: Readonly<Record<string, string>> = {
  // Shared words (src/i18n/en-findings.ts).
  'msg.level.self': '当前 {name}',
  'msg.levels.omitted': '另外 {count} 层',
  'msg.origin.directive': '{line}，位于 {level}',
  'msg.origin.directiveMore': '{line} 及另外 {more} 行，位于 {level}',
  'msg.origin.default': '{default}；{levels} 中均未设置',
  'msg.default.nginx': 'nginx 默认值',
  'msg.default.module': '{module} 模块默认值',
  'msg.default.before': 'nginx {version} 之前的默认值',
  'msg.default.since': 'nginx {version} 起的默认值',
  'msg.default.withDetail': '{default}，{detail}',
  'msg.default.detail.upstreamBlocks': '适用于 upstream{} 块',
  'msg.default.versionUnknown': '{default}（版本未知，可用 --nginx-version 指定）',
  'msg.default.standardInheritance': '标准继承（{directive} 从 {since} 起才有）',
  'msg.default.unknownDirective': '未设置，而且 sse-lint 的指令表中没有 {directive}',
  'msg.stream.route': '--route {spec} 由此处处理',
  'msg.stream.comment': '标有 # sse-lint: stream',
  'msg.stream.pattern': '匹配事件流模式 {pattern}',
  'msg.stream.apiPath': '路径 {path} 是流式 API 端点（{endpoint}）',
  'msg.stream.pathWord': '路径 {path} 包含 "{word}"',
  'msg.stream.contentType': '{directive} 设置了 text/event-stream',
  'msg.stream.typesBlock': 'types 把某个扩展名映射为 text/event-stream',
  'msg.stream.accelHeader': '{directive} 提到了 X-Accel-Buffering',
  'msg.stream.bufferingOff': '此处设置了 {directive} off（表明要流式传输）',
  'msg.stream.suggests': '{line} 表明这是事件流',
  'msg.stream.allProxies': '--all-proxies 把每个代理 location 都当作事件流',
  'msg.stream.preset': '{preset} 预设把每个反向代理 location 都当作可能的事件流来检查（不知道哪些 URI 是事件流）',
  'msg.stream.snippet': '单独的 location 片段且做了代理：它的 URI 未知，因此按可能的事件流检查',
  'msg.stream.none': '不是事件流',
  'msg.stream.location': '{location}（{why}）',
  'msg.list.more': '{list}，另有 {more} 个',
  'msg.entries.from': '{level} 中的 {items}',
  'msg.fix.inlineInclude': '{title}，做法是在 {block}（{at}）中用 {file} 的内容替换这条 include：{file} 还被另外 {count} 处 include，而{count:那里|那些地方}不需要这项修改',
  'msg.fix.sharedInclude': '{title}，改在 {block}（{at}）中进行：{file} 还被另外 {count} 处 include，而{count:那里|那些地方}不需要这项修改',
  'msg.related.unreadInclude': '无法读取；它可能把 {directive} 设成别的值',
  'msg.related.apisixGenerated': '{file} 由 APISIX 在每次启动时根据 conf/config.yaml 生成，在这里修改会丢失：请在路由上用 proxy-buffering 插件（或路由的插件配置）为事件流关闭响应缓冲，并在路由的 upstream 或 conf/config.yaml 的 nginx_config 中设置超时',

  // accel-buffering-ignored
  'accel-buffering-ignored.summary': '事件流被缓冲时 X-Accel-Buffering 被忽略，后端无法关闭缓冲',
  'accel-buffering-ignored.ignored': '此处忽略了后端返回的 X-Accel-Buffering 头（{origin}），而 {buffering} 为 on（{bufferingOrigin}）：后端即使返回 "X-Accel-Buffering: no" 也关不掉缓冲，事件会成批地到达客户端。事件流判定依据：{why}。',
  'accel-buffering-ignored.fix.stopIgnoring': '不再在 {directive} 中忽略 X-Accel-Buffering',
  'accel-buffering-ignored.related.lists': '{directive} 在此列出了 X-Accel-Buffering',

  // accel-buffering-request-header
  'accel-buffering-request-header.summary': '作为请求头发给后端的 X-Accel-Buffering 对缓冲不起作用',
  'accel-buffering-request-header.request': '{shown} 只是给发往后端的请求加了一个请求头；nginx 读取的是后端响应中的 X-Accel-Buffering，所以缓冲保持不变。请在事件流所在的 location 中使用 {buffering} off;，或者让后端在响应中返回 "X-Accel-Buffering: no"。',
  'accel-buffering-request-header.fix.remove': '删除 {line} 这一行',

  // accel-buffering-response-header
  'accel-buffering-response-header.summary': '加在客户端响应上的 X-Accel-Buffering 不会改变本 nginx 的缓冲',
  'accel-buffering-response-header.noEffect': '{shown} 在发给客户端的响应中加入 "X-Accel-Buffering: {value}"；本 nginx 不读取这个头，自身的缓冲不变。只有位于本服务器前面的 nginx 或 OpenResty 才会读取它。请在事件流所在的 location 中使用 proxy_buffering off（或对应的 fastcgi/uwsgi/scgi 指令）；只有前面还有一层 nginx 时才需要保留这个头。',
  'accel-buffering-response-header.wrongValue': '{shown} 发送 "X-Accel-Buffering: {value}"，nginx 会忽略这个值：它只认 "no" 和 "yes"（不区分大小写）。而且即使取值正确，这里也只影响位于本服务器前面的 nginx，而不是本 nginx。',
  'accel-buffering-response-header.fix.send': '改为发送 X-Accel-Buffering: {value}',

  // add-header-in-if
  'add-header-in-if.fix.copyOuter': '在 {iff} 中重复外层的 {count} 条 add_header',
  'add-header-in-if.summary': 'if 中的 add_header 会在条件成立时丢掉外层的 add_header',
  'add-header-in-if.repeated': '{iff} 中的 add_header 会替换外层的 add_header 列表；外层的 {count} 个响应头已在 if 中重复，所以目前没有丢失，但以后在外层新增的响应头，在条件成立时都不会发送。{stream}',
  'add-header-in-if.snippet': '{iff} 中的 add_header 会替换外层的 add_header 列表：无论这个文件被 include 到哪里，只要条件成立，include 它的 location、其所在 server 以及 http 中的所有 add_header 都不会发送。{stream}',
  'add-header-in-if.lost': '{iff} 中的 add_header 会替换外层的 add_header 列表：只要条件成立，就有 {count} 个响应头不会发送：{lost}。{stream}请在 if 中重复这些行，或者用 map 变量代替 if 来设置取值。',
  'add-header-in-if.streamToo': '该 location 是事件流（{why}）：条件成立时，它的事件流响应同样会丢失这些头。',
  'add-header-in-if.related.notSent': '{iff} 成立时不会发送',

  // add-header-redefinition
  'add-header-redefinition.summary': '下层级中的 add_header 会丢掉所有继承来的 add_header',
  'add-header-redefinition.lost': '当前 {level} 中的 add_header 替换了继承来的 add_header 列表，上层设置的 {count} 个响应头不会从这里发送：{lost}。nginx 只会把 add_header 继承到自身没有 add_header 的层级。{stream}{hint}',
  'add-header-redefinition.streamLocation': '这是事件流 location（{why}）。',
  'add-header-redefinition.repeatOrSnippet': '请在这里重复这些行，或者把它们放进每一层都 include 的片段文件{ignored}。',
  'add-header-redefinition.inheritIgnored': '（add_header_inherit 需要 nginx {since}，而目标版本是 {target}）',
  'add-header-redefinition.repeatOrMerge': '请在这里重复这些行，或者加上 "add_header_inherit merge;"{since} 以保留继承的响应头。',
  'add-header-redefinition.mergeSince': '（需要 nginx {since}+）',
  'add-header-redefinition.fix.repeat': '在当前 {level} 中重复继承来的 {count} 行 add_header',
  'add-header-redefinition.related.notSent': '不会从 {level} 发送',

  // body-filter-on-stream
  'body-filter-on-stream.fix.subTypes': '在 {place} 中把 sub_filter 限定为 HTML',
  'body-filter-on-stream.fix.ssiOff': '在 {place} 中关闭 SSI',
  'body-filter-on-stream.fix.additionOff': '在 {place} 中关闭 {directive}',
  'body-filter-on-stream.summary': 'sub_filter、SSI 或 add_before_body/add_after_body 会改写事件流内容',
  'body-filter-on-stream.sub': 'sub_filter 会改写这个事件流（{origin}；{typesLevel} 中的 {types} 让它作用于事件流）：事件仍能流式到达，但 data 中的文本会被替换。事件流判定依据：{why}。',
  'body-filter-on-stream.ssi': 'ssi 在此处为 on（{origin}），且 {typesLevel} 中的 {types} 让它作用于事件流：事件仍能流式到达，但 data 中任何看起来像 SSI 命令（<!--# ... -->）的内容都会被执行或删除。事件流判定依据：{why}。',
  'body-filter-on-stream.addition': '{directive} 会把子请求的输出加进这个事件流（{origin}；{typesLevel} 中的 {types} 让它作用于事件流）：插入的文本不符合事件格式，会破坏事件流。事件流判定依据：{why}。',
  'body-filter-on-stream.related.typeList': '这个类型列表放行了 text/event-stream',
  'body-filter-on-stream.related.subFilter': 'sub_filter 在此设置',

  // buffering-on
  'buffering-on.summary': '响应缓冲会扣住事件流数据',
  'buffering-on.on': '{directive} 在此处为 on（{origin}）；事件要等缓冲区写满或流结束时才成批到达客户端。事件流判定依据：{why}。（后端若返回 "X-Accel-Buffering: no"，也能针对单个响应关闭缓冲；这一点从配置中看不出来。）',
  'buffering-on.fix.turnOff': '在此 location 中关闭 {directive}',
  'buffering-on.related.setOn': '{directive} on 在此设置',

  // cache-on-stream
  'cache-on-stream.summary': '对被缓冲的事件流启用响应缓存，可能把它存下来并重放旧事件',
  'cache-on-stream.replay': '{cache} 在此处生效（{origin}），且 {buffering} 为 on（{bufferingOrigin}）：事件流被缓冲，而且无论后端怎么说都可以被存下来（{storable}），之后的客户端收到的将是旧事件的重放，而不是实时事件。{lock}事件流判定依据：{why}。',
  'cache-on-stream.buffered': '{cache} 在此处生效（{origin}），且 {buffering} 为 on（{bufferingOrigin}）：事件流被缓冲，只要后端的 Cache-Control 或 Expires 头允许，它就会被存下来并重放给之后的客户端。{lock}事件流判定依据：{why}。',
  'cache-on-stream.ignoresFreshness': '{origin}；它忽略了后端的 {header}',
  'cache-on-stream.lockWait': '由于 {directive} 为 on，并发的客户端还要等待第一个请求（最长等到锁超时，默认 5 秒）。',
  'cache-on-stream.fix.turnOff': '在此 location 中关闭 {directive}',
  'cache-on-stream.related.enabled': '{directive} 在此启用',

  // chunked-encoding-off
  'chunked-encoding-off.summary': 'SSE 不需要 chunked_transfer_encoding off，而且它会掩盖被截断的流',
  'chunked-encoding-off.off': '此处关闭了 chunked_transfer_encoding（{origin}）。事件流并不需要这样做：使用分块编码同样可以流式传输。不用分块编码时，HTTP/1.1 响应只能靠关闭连接来结束，客户端因此失去 keepalive，也无法再区分完整的流和被截断的流（HTTP/2 和 HTTP/3 客户端不受影响）。事件流判定依据：{why}。',
  'chunked-encoding-off.fix.setOn': '在此 location 中把 {directive} 设为 on',
  'chunked-encoding-off.fix.removeOff': '从此 location 中删除 {directive} off',
  'chunked-encoding-off.related.setOff': '{directive} off 在此设置',

  // connection-upgrade-on-stream
  'connection-upgrade-on-stream.fix.mapIdiom': '通过 map $http_upgrade $connection_upgrade，只对 WebSocket 请求发送 Connection: upgrade',
  'connection-upgrade-on-stream.summary': '事件流向后端发送 WebSocket 式的 Connection 头',
  'connection-upgrade-on-stream.literal': '这里的每个请求（包括事件流）都带着 "Connection: {value}" 被代理（{origin}），却没有 Upgrade 头：后端被告知要升级协议，而升级永远不会发生。大多数服务器会忽略它，但这只是 WebSocket 的样板配置；请用 {idiom} 加上 proxy_set_header Connection $connection_upgrade;，只对 WebSocket 请求发送它。事件流判定依据：{why}。',
  'connection-upgrade-on-stream.mapClose': '没有 Upgrade 的请求（包括事件流）都带着 "Connection: {value}" 被代理（{origin}；Upgrade 为空时，map {source} {variable} 给出 "{value}"{mapAt}）：事件流能正常工作，但到上游的 keepalive 失效了。请改为把空值映射为空字符串：{idiom}。事件流判定依据：{why}。',
  'connection-upgrade-on-stream.mapUpgrade': '没有 Upgrade 的请求（包括事件流）都带着 "Connection: {value}" 被代理（{origin}；Upgrade 为空时，map {source} {variable} 给出 "{value}"{mapAt}）：后端被告知要升级协议，而升级永远不会发生。请补上空值的分支：{idiom}。事件流判定依据：{why}。',
  'connection-upgrade-on-stream.client': '客户端自己的 Connection 头被原样转发（{origin}）：后端收到的是 keep-alive、close、Upgrade 还是什么都没有，取决于客户端（HTTP/2 和 HTTP/3 客户端不发送这个头）。请改用 {idiom} 加上 proxy_set_header Connection $connection_upgrade;。事件流判定依据：{why}。',
  'connection-upgrade-on-stream.mapAt': '，位于 {at}',
  'connection-upgrade-on-stream.mapDefault': '，来自 default 分支',
  'connection-upgrade-on-stream.related.connectionSet': 'Connection 头在此设置',
  'connection-upgrade-on-stream.related.emptyMapsTo': '空的 Upgrade 在此被映射为 "{value}"',

  // cors-credentials-wildcard
  'cors-credentials-wildcard.fix.allowList': '改为回显白名单中的来源而不是 *（请把示例正则改成你的来源）',
  'cors-credentials-wildcard.summary': 'Access-Control-Allow-Origin * 与 Access-Control-Allow-Credentials true 同时出现：浏览器会拒绝',
  'cors-credentials-wildcard.wildcard': '{places} 同时发送了 Access-Control-Allow-Origin *（{origin}）和 Access-Control-Allow-Credentials true（{credentials}）。浏览器会拒绝 origin 为 * 的带凭据 CORS 响应：带 withCredentials 的 EventSource，或 credentials 为 "include" 的 fetch，都会得到 CORS 错误，拿不到任何数据。{streams}请改为回显白名单中的 origin：{idiom}，再配合 {allowOrigin} 和 {vary}',
  'cors-credentials-wildcard.placeCount': '{place}（{count} 处）',
  'cors-credentials-wildcard.streamsAffected': '受影响的事件流：{streams}。',
  'cors-credentials-wildcard.related.credentialsSet': 'Access-Control-Allow-Credentials true 在此设置',

  // cors-missing-always
  'cors-missing-always.summary': 'CORS 的 add_header 缺少 always：事件流的错误响应会丢掉 CORS 头',
  'cors-missing-always.missing': 'add_header {header} 没有 "always"，nginx 只会把它加到 200、201、204、206 和 3xx 响应上。当 {streams} 返回 401、403、429 或 5xx 时，浏览器报告的是 CORS 错误而不是状态码，EventSource 也只会触发 onerror。',
  'cors-missing-always.theStream': '事件流 {streams}',
  'cors-missing-always.fix.always': '错误响应也发送这个 CORS 头（加上 always）',

  // duplicate-hop-header
  'duplicate-hop-header.summary': '发给后端的同一个逐跳（hop-by-hop）头被设置了多次',
  'duplicate-hop-header.duplicate': 'proxy_set_header {header} 在当前 {level} 中设置了 {count} 次（{lines}）：nginx 会接受，并把每个非空值都作为一个单独的头发送，所以后端看到的是 {sent}。请只保留一行（{keep}）。',
  'duplicate-hop-header.lineValue': '{at} {value}',
  'duplicate-hop-header.noneSent': '一个也没有',
  'duplicate-hop-header.keepEmpty': '{line}，即空值（此处是事件流）',
  'duplicate-hop-header.keepLast': '{line}，即最后一行',
  'duplicate-hop-header.fix.keepOne': '只保留一行 proxy_set_header {header}',
  'duplicate-hop-header.related.alsoSet': 'proxy_set_header {header} 也在此设置',

  // gzip-event-stream
  'gzip-event-stream.fix.gzipOff': '在 {place} 中关闭 gzip',
  'gzip-event-stream.summary': 'gzip 压缩事件流：不缓冲时不会延迟事件，但每次刷新都耗费 CPU',
  'gzip-event-stream.compressed': 'gzip 会压缩这个事件流：gzip 为 on（{origin}），且 {typesLevel} 中的 {types} 放行了 text/event-stream。关闭代理缓冲时这不会扣住事件，因为 nginx 每次从上游读取数据后都会刷新压缩器；但每次刷新都要耗费 CPU，而且有些客户端和中间设备会扣住压缩过的流。可以考虑把 text/event-stream 从 gzip_types 中去掉，或在这里加上 `gzip off;`。事件流判定依据：{why}。',
  'gzip-event-stream.related.typeList': 'text/event-stream 因这个列表而被压缩',

  // http1-connection-limit
  'http1-connection-limit.summary': '走 HTTP/1.1 的事件流会碰到浏览器每个主机约 6 个连接的上限',
  'http1-connection-limit.tls': '这个 TLS server 在没有 HTTP/2 的情况下提供事件流（{http2}）：浏览器对每个主机只开约 6 个 HTTP/1.1 连接，每个打开的 EventSource 都占用一个，所以从第 7 个标签页起，发往这个主机的事件流和普通请求都要排队等待。HTTP/2 可以在一个连接上承载多个流。事件流：{streams}。',
  'http1-connection-limit.plain': '这个 server 通过明文 HTTP 提供事件流{h2c}：浏览器只在 TLS 上使用 HTTP/2，所以这里用的是 HTTP/1.1，每个主机约 6 个连接，每个打开的 EventSource 都占用一个。如果 TLS 在 nginx 前面的代理或负载均衡器上终止，则以那一层的限制为准。事件流：{streams}。',
  'http1-connection-limit.h2c': '（来自 {line} 的明文 HTTP/2 不会被浏览器使用）',
  'http1-connection-limit.noHttp2': '它的地址上没有 listen ... http2{via}，也没有开启 http2',
  'http1-connection-limit.via': '（{line}）',
  'http1-connection-limit.fix.http2On': '为此 server 开启 HTTP/2',
  'http1-connection-limit.fix.listenHttp2': '在此 server 的 TLS listen 行中加上 http2',

  // keepalive-ineffective
  'keepalive-ineffective.fix.wire': '让 {place} 以 HTTP/1.1 代理并发送空的 Connection 头，从而保持上游连接',
  'keepalive-ineffective.summary': '配置了上游 keepalive，但这个 location 会关闭每个上游连接',
  'keepalive-ineffective.closes': 'upstream {upstream} 会保留空闲连接（{keepalive}），但从这里发出的请求使用的是 {reasons}，所以后端会关闭每个连接，keepalive 对这些请求不起作用。{advice}',
  'keepalive-ineffective.keepaliveDefault': 'keepalive {value}：{default}',
  'keepalive-ineffective.http10': 'HTTP/1.0（{origin}）',
  'keepalive-ineffective.http10Default': 'HTTP/1.0（proxy_http_version：{origin}）',
  'keepalive-ineffective.closeDefault': 'Connection: close（{default}；没有生效的 proxy_set_header Connection）',
  'keepalive-ineffective.closeLine': 'Connection: {value}（{origin}）',
  'keepalive-ineffective.closeMap': 'Connection: {value}（用于没有 Upgrade 的请求；{origin}；map {source} {variable} 给出 "{value}"{at}）',
  'keepalive-ineffective.mapAt': '，位于 {at}',
  'keepalive-ineffective.adviceBefore': '请在代理这些请求的地方使用 proxy_http_version 1.1; 和 proxy_set_header Connection "";（或使用空值映射为 "" 的 map）。',
  'keepalive-ineffective.adviceSince': '请去掉 proxy_http_version 1.0 或 Connection: close 的设置（从 {version} 起，默认就是不带 Connection 头的 HTTP/1.1）。',
  'keepalive-ineffective.related.keepaliveSet': 'keepalive 在此设置',
  'keepalive-ineffective.related.keepaliveByDefault': '这个 upstream 块默认保留空闲连接',
  'keepalive-ineffective.related.http10Set': 'proxy_http_version 1.0 在此设置',
  'keepalive-ineffective.related.closeSet': 'Connection: close 在此设置',
  'keepalive-ineffective.related.mapValue': '对普通请求，{variable} 为 "{value}"',

  // limit-rate-on-stream
  'limit-rate-on-stream.fix.noLimit': '取消 {place} 的 limit_rate 限速',
  'limit-rate-on-stream.summary': 'limit_rate 对不缓冲的事件流无效，对缓冲的事件流则会限速',
  'limit-rate-on-stream.ignored': 'limit_rate {value} 在此处生效（{origin}），但对这个事件流不起作用：对不缓冲的上游响应，nginx 会关闭客户端限速，而这个响应正是不缓冲的（{unbuffered}）。事件流判定依据：{why}。',
  'limit-rate-on-stream.throttled': 'limit_rate {value} 在此处生效（{origin}），且 {because}：除了缓冲之外，事件流还被限速到每秒 {value} 字节，事件会越来越滞后。事件流判定依据：{why}。',
  'limit-rate-on-stream.producedBy': '事件流由 {by} 产生，其输出会被限速',
  'limit-rate-on-stream.nginxItself': 'nginx 自身',
  'limit-rate-on-stream.bufferingOn': '{directive} 为 on（{origin}）',
  'limit-rate-on-stream.neverBuffered': '{module} 响应从不缓冲',
  'limit-rate-on-stream.related.setHere': 'limit_rate {value} 在此设置',

  // lua-body-filter-on-stream
  'lua-body-filter-on-stream.fix.drop': '从事件流 location 中删除 {directive}',
  'lua-body-filter-on-stream.fix.passThrough': '为事件流 location 设置一个原样传递数据块的空 body filter',
  'lua-body-filter-on-stream.summary': 'body_filter_by_lua* 把事件流的数据块扣到响应结束',
  'lua-body-filter-on-stream.holds': '{directive} 在最后一块之前把 ngx.arg[1] 设为 nil 或 ""（{origin}）：每个事件都被扣在过滤器里，整个事件流在结束时才一次性到达客户端，与 proxy_buffering 的设置无关。请把每一块原样传下去（如果需要完整的响应体，可以另存一份副本），或者不要在这个 location 上使用该过滤器。事件流判定依据：{why}。',
  'lua-body-filter-on-stream.conditional': '{directive} 会对部分响应扣住数据块（{origin}：它把 ngx.arg[1] 设为 nil 或 ""，并检查 text/event-stream）；请确认事件流是逐块传下去的，否则它会在结束时一次性到达。事件流判定依据：{why}。',
  'lua-body-filter-on-stream.rewrites': '{directive} 会替换这个事件流的数据块（{origin}）；请确认它在每个事件到来时就把它传下去：把数据块扣到最后的过滤器会让事件流一次性到达。事件流判定依据：{why}。',
  'lua-body-filter-on-stream.opaque': '{directive} 会处理这个事件流的每一块数据（{origin}），并调用了 sse-lint 无法读取的代码；收集数据块（为了记录日志或统计整个响应体）、直到最后才传下去的过滤器会让事件流一次性到达。请确认它把每一块都传下去。事件流判定依据：{why}。',
  'lua-body-filter-on-stream.related.filterSet': '生效的 body filter 在此设置',

  // lua-http10-buffering
  'lua-http10-buffering.summary': 'ngx_lua 事件流在 HTTP/1.0 请求下会被整个缓冲',
  'lua-http10-buffering.on': 'lua_http10_buffering 在此处为 on（{origin}）：对于 HTTP/1.0 请求（例如 1.29.7 之前的 nginx 以默认的 proxy_http_version 1.0 代理到这里的请求），ngx_lua 会缓冲全部输出来计算 Content-Length，ngx.flush 也不起作用，于是整个事件流在最后一次性到达。事件流判定依据：{why}。',
  'lua-http10-buffering.fix.turnOff': '为此事件流关闭 {directive}',
  'lua-http10-buffering.related.setOn': '{directive} on 在此设置',

  // proxy-set-header-redefinition
  'proxy-set-header-redefinition.summary': '下层级中的 proxy_set_header（或 fastcgi_param 等）会丢掉所有继承来的行',
  'proxy-set-header-redefinition.lost': '当前 {level} 中的 {directive} 替换了继承来的 {directive} 列表，上层设置的 {count} 行在这里不生效，{what}：{lost}。nginx 只会把 {directive} 继承到自身没有 {directive} 的层级。{stream}请在这里重复这些行，或者把它们放进每一层都 include 的片段文件。',
  'proxy-set-header-redefinition.lostProxied': '被代理的请求不再带有这些头',
  'proxy-set-header-redefinition.lostGrpc': 'gRPC 请求不再带有这些头',
  'proxy-set-header-redefinition.lostFastcgi': 'FastCGI 应用不再收到这些参数',
  'proxy-set-header-redefinition.lostUwsgi': 'uwsgi 应用不再收到这些参数',
  'proxy-set-header-redefinition.lostScgi': 'SCGI 应用不再收到这些参数',
  'proxy-set-header-redefinition.streamLocation': '这是事件流 location（{why}）。',
  'proxy-set-header-redefinition.fix.repeat': '在当前 {level} 中重复继承来的 {count} 行 {directive}',
  'proxy-set-header-redefinition.related.notApplied': '在 {level} 中不生效',

  // read-timeout-short
  'read-timeout-short.summary': '上游读超时会切断静默一分钟或更短时间的事件流',
  'read-timeout-short.short': '{directive} 在此处为 {value}（{origin}）：静默超过 {seconds} 秒的事件流会被切断，客户端看到的是被截断的响应，随后重新连接。请让后端以短于 {seconds} 秒的间隔发送心跳注释，或者调大这个超时；它同时也限制了等待第一个响应头的时间。事件流判定依据：{why}。',
  'read-timeout-short.fix.raise': '在此 location 中把 {directive} 设为 {value}',
  'read-timeout-short.related.setHere': '{line} 在此设置',

  // read-timeout-zero
  'read-timeout-zero.summary': '读超时设为 0 会让每个请求都以 504 失败',
  'read-timeout-zero.zero': '{directive} {value} 并不会关闭超时：nginx 会立即超时，对这里的每个请求都返回 504',
  'read-timeout-zero.fix.set': '把 {directive} 设为 {value}',

  // stream-capacity
  'stream-capacity.fix.raise': '把 worker_connections 提高到 {value}',
  'stream-capacity.summary': 'worker 连接设置所能容纳的并发事件流数量',
  'stream-capacity.total': '大约可容纳 {capacity} 个并发事件流：{formula}（{sources}）。{tail}',
  'stream-capacity.perWorker': 'worker_processes 为 auto（每个 CPU 核心一个 worker，核心数在这里无从得知）：每个 worker 大约可容纳 {capacity} 个并发事件流：{formula}（{sources}）。{tail}',
  'stream-capacity.belowExpected': '大约只能容纳 {capacity} 个并发事件流，少于预期的 {expected} 个：{formula}（{sources}）。{tail}',
  'stream-capacity.formula': '{workers}（{slots} - {sockets} 个监听套接字 - 1 个 master 通道）÷ 每个事件流 2 个连接',
  'stream-capacity.workersTimes': '{count} 个 worker ×',
  'stream-capacity.slotsConnections': '{connections} worker_connections',
  'stream-capacity.slotsRlimit': '{rlimit}（worker_rlimit_nofile，低于 {connections} worker_connections）',
  'stream-capacity.notSet': '{directive} 未设置：{default} {value}',
  'stream-capacity.noEvents': '所检查的文件中没有 events 块，主 nginx.conf 可能设置了它',
  'stream-capacity.twoConnections': '被代理的事件流在打开期间一直占用两个 worker 连接（客户端一个，上游一个）；超过上限时 nginx 会记录 {log} 并重置新连接。',
  'stream-capacity.rlimitBelow': 'worker_rlimit_nofile {rlimit} 低于 worker_connections {connections}，每个 worker 会先耗尽文件描述符；请把它调到高于 worker_connections（日志和打开的文件也需要文件描述符）。',
  'stream-capacity.osLimit': '没有设置 worker_rlimit_nofile 时，操作系统的打开文件数上限（通常为 1024）可能先限制住每个 worker。',
  'stream-capacity.workersNeeded': '预期的 {expected} 个事件流至少需要 {workers} 个 worker 进程（CPU 核心）。',
  'stream-capacity.streamLocations': '事件流 location：{count} 个（{list}）。',
  'stream-capacity.related.workerProcesses': 'worker 进程数',
  'stream-capacity.related.firstStream': '第一个事件流 location',

  // upstream-http10
  'upstream-http10.summary': '事件流通过 HTTP/1.0 代理',
  'upstream-http10.http10': 'proxy_http_version 在此处为 1.0（{origin}）{assumed}：后端收到的是 HTTP/1.0 请求，因此不能使用分块编码，也没有 keepalive；而针对 HTTP/1.0 客户端做缓冲的后端（开启了 lua_http10_buffering 的 ngx_lua、需要计算 Content-Length 的服务器）会等到最后才把整个事件流发出来。事件流判定依据：{why}。',
  'upstream-http10.lua': 'proxy_http_version 在此处为 1.0（{origin}）{assumed}，而后端 {address} 是 {luaLocation}（{luaWhere}），由 {luaDirective} 处理，且 lua_http10_buffering 为 on（{luaOrigin}）：对 HTTP/1.0 请求，ngx_lua 会缓冲整个响应，ngx.flush 也不起作用，于是整个事件流在最后一次性到达。事件流判定依据：{why}。',
  'upstream-http10.assumed': '；这是 {version} 之前的默认值，因为没有指定 --nginx-version 而按此假定',
  'upstream-http10.fix.http11': '改用 HTTP/1.1 代理此事件流',
  'upstream-http10.related.http10Set': 'proxy_http_version 1.0 在此设置',
  'upstream-http10.related.luaServes': '{directive} 在此处理被代理的请求',
};
