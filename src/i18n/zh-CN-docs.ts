// Simplified Chinese documentation for `sse-lint explain`: each rule's docs.why and docs.fix, and the summary, why and fix
// of the engine's own ids. Directive names, values, paths, experiment numbers ([E01]) and code in backticks stay as written.

/** The translated prose of one rule or engine id (a rule's summary lives in zh-CN.ts as `<id>.summary`). */
export interface ZhDocs {
  /** Only for engine ids, whose English summary is in src/reporters/engine-rules.ts. */
  summary?: string;
  why: string;
  fix: string;
}

/** Rules (by id) and engine ids. A test requires an entry for every id and the same code, numbers and names as the English. */
let docs: Readonly<Record<string, ZhDocs>> | undefined;

/** Built on first use: an English run never creates it (start-up cost). */
export function zhCNDocs(): Readonly<Record<string, ZhDocs>> {
  return (docs ??= {
    'accel-buffering-ignored': {
      why: 'nginx 会逐个响应地遵从上游响应头 `X-Accel-Buffering: no`（或 `yes`），很多 SSE 后端正是靠它退出代理缓冲 [E03]。把 `X-Accel-Buffering` 写进 `proxy_ignore_headers`（或 fastcgi_/uwsgi_/scgi_ignore_headers）会让这个开关失效：缓冲开着时，事件流会被扣住，直到缓冲区写满或响应结束 [E04]。这个指令是位掩码：同一块中的多行按位或，设置了它的最内层会整体替换外层的集合（sse-semantics.md SSE002a，第 2.1 节）。缓冲关闭时，忽略列表并无害处（它甚至能防止后端的 `yes` 把缓冲重新打开 [E06]），所以只报告被缓冲的事件流。',
      fix: '不安全：从生效的忽略列表中删除 `X-Accel-Buffering`（如果它是唯一的值，就删除整行）。这个列表可能写在 server 或 http 层，同时服务于其他 location；而删掉某个 location 中唯一的一行，会让这个 location 转而继承外层的列表，所以请检查修改结果。另一种办法是在事件流 location 中设置 `proxy_buffering off;`（见规则 buffering-on）。',
    },
    'accel-buffering-request-header': {
      why: 'X-Accel-Buffering 是上游响应头：nginx 在处理后端的响应头时才读取它（ngx_http_upstream_process_buffering）。`proxy_set_header X-Accel-Buffering no;` 却把它加到了发往后端的请求上。在实验 E07 中，后端在收到的请求头里看到了它，而 nginx 仍然把整个事件流一次性交付（sse-semantics.md SSE002b，第 6 节）。`fastcgi_param HTTP_X_ACCEL_BUFFERING` 是同一个错误在 FastCGI 中的写法。',
      fix: '不安全：删除这一行。这会改变后端收到的内容（应用程序可能会读取这个头）；而且当它是所在块中唯一的 proxy_set_header（或 fastcgi_param）时，删除后该块会开始继承外层的那些行。关闭缓冲是另一个步骤（见规则 buffering-on）。',
    },
    'accel-buffering-response-header': {
      why: 'nginx 只从上游的响应头中读取 X-Accel-Buffering。`add_header X-Accel-Buffering no;`（或 `more_set_headers "X-Accel-Buffering: no"`）把它加到本 nginx 发给客户端的响应中，所以本 nginx 照样缓冲：在实验 E08 中，客户端收到了这个头，事件流却仍是一次性到达。只有当另一层 nginx 或 OpenResty 代理本服务器时它才有用：前面那一层把它当作上游响应头，于是停止缓冲 [E09 对比 E10]。只有 `no` 和 `yes`（不区分大小写）两个值会被识别；`off`、`false`、`0` 会被静默忽略 [E05]（sse-semantics.md SSE002c、SSE002d）。',
      fix: '安全：把表示“关闭”的值（`off`、`false`、`0`、`disable` 等）替换为 `no`，把表示“开启”的值（`on`、`true`、`1` 等）替换为 `yes`，并保留原有的引号（对 more_set_headers 只修改 `X-Accel-Buffering: <value>` 中的取值部分）。正确的 `no`/`yes` 只作为提示报告，不做修改：从这份配置看不出前面是否还有一层需要它。',
    },
    'add-header-in-if': {
      why: 'location 中的 `if` 是一个匿名的嵌套 location（ngx_http_rewrite_if），而 add_header 是整体替换的列表：`if` 里只要有一条 add_header，对于满足条件的请求，该 location、server 和 http 中的所有 add_header 都会消失（sse-semantics.md §2.2、SSE011、SSE012；实验 E24：带 ?flag=1 时，响应里有 X-Inner 而没有 X-Outer）。事件流本身不受影响（缓冲和超时不能在 `if` 中设置，都是继承来的，E24），所以这个陷阱毫无征兆：CORS 或安全相关的响应头只在部分请求上消失。从 nginx 1.29.3 起，在 `if` 中加上 `add_header_inherit merge;` 可以保留外层的行。more_set_headers 是累加的（E42），不受影响。',
      fix: '修改建议（在 `--diff` 中显示，不会自动应用）：在 `if` 中重复外层的 add_header 行。满足条件的请求是否也应带上外层的响应头，或者是否应把这个 `if` 改写成 map 变量（值为空的 add_header 不会发送任何头），这是应用层面的决定。',
    },
    'add-header-redefinition': {
      why: 'add_header 是整体替换的列表：只要 server 或 location 自己有任何一行 add_header，就不会从上层继承任何一条 add_header（ngx_http_headers_merge_conf：只有本层一条都没有时才使用父层的列表；sse-semantics.md §2.1 和 SSE011，实验 E25：server 中的 X-Server 加上 location 中的 X-Loc，结果只有 X-Loc）。事件流 location 往往会加一些自己的头，比如 `add_header Cache-Control no-cache;` 或 `add_header X-Accel-Buffering no;`，于是悄无声息地丢掉了整个 server 的 CORS、HSTS 和安全相关的响应头。从 nginx 1.29.3 起，`add_header_inherit merge;` 可以保留父层的行。OpenResty 的 more_set_headers 则是跨层级累加的（E42），不会被报告。`if` 中的 add_header 由规则 add-header-in-if 报告。提供事件流的层级（事件流 location，或事件流 location 从它继承列表的 server 或 location）丢失任何头都会报告；其他地方只有丢失的是浏览器强制执行的头（Strict-Transport-Security、Content-Security-Policy、X-Frame-Options、X-Content-Type-Options、Referrer-Policy、Permissions-Policy、Cross-Origin-*、Access-Control-*）时才报告，而且只作为提示：sse-lint 不是通用的 nginx 检查工具。',
      fix: '不安全：把丢失的 add_header 行按原有顺序复制到本层，放在本层自己的 add_header 行之后。这样响应会带上以前没有的头，这通常正是本意，但也改变了行为；也可以考虑使用共享的 include 文件，或者（nginx 1.29.3+）`add_header_inherit merge;`。',
    },
    'body-filter-on-stream': {
      why: 'sub_filter 和 SSI 过滤器会把刷新过的缓冲区继续往下传，所以不缓冲的事件流仍能按时到达 [E29, E30]，但它们会改变客户端收到的内容：在 [E29] 中，sub_filter 替换了每个事件 JSON 里的文本；SSI 则会执行或删除任何看起来像 `<!--# ... -->` 的内容。`add_before_body` 和 `add_after_body` 会在响应前后插入一个子请求的输出，这些文本不符合事件格式，会破坏事件流（依据 ngx_http_addition_filter_module.c 的源码，未经实测）。这三者只作用于 sub_filter_types、ssi_types 和 addition_types 中的 MIME 类型（默认为 text/html），所以只有当列表中有 text/event-stream 或 `*` 时才会影响事件流，例如某些面板的“替换文本”开关会设置 `sub_filter_types *`（sse-semantics.md SSE013、§5.4）。',
      fix: '修改建议（在 `--diff` 中显示，不会自动应用）：在事件流 location 中加入 `sub_filter_types text/html;`、`ssi off;` 或空的 `add_before_body`/`add_after_body`。这个过滤器是为其他响应而设的，只有它的维护者知道哪些内容仍需改写。请让 *_types 列表不包含 text/event-stream（也不要用 `*`），或者把这个过滤器移出事件流 location 所继承的那一层。',
    },
    'buffering-on': {
      why: 'proxy_buffering 为 on（默认值）时，nginx 只有在某个代理缓冲区（默认 4 KiB）写满或响应结束时才把数据往下传，所以较小的事件会成批到达，甚至全部在最后一次性到达（sse-semantics.md SSE001；实验 E01、E34、E36）。关闭缓冲后，每次从上游读到的数据都会立即写给客户端（E02）。fastcgi_buffering、uwsgi_buffering 和 scgi_buffering 同理。gRPC 和 memcached 始终不缓冲。',
      fix: '安全：只在事件流 location 中插入 `proxy_buffering off;`（或对应的 fastcgi/uwsgi/scgi 指令）。不会对整个 server 关闭缓冲：不缓冲的代理会让上游连接被慢速客户端一直占着。',
    },
    'cache-on-stream': {
      why: '不缓冲的响应永远不会被缓存：nginx 走不缓冲路径时会释放缓存条目 [E15]。缓冲开启时，可缓存的事件流会被记录下来，之后的客户端会一次性收到整个旧事件流（一次缓存命中在 1 ms 内交付了 16 个过期事件 [E14]）。当 `proxy_cache_valid` 匹配，或后端的 Cache-Control/Expires 允许缓存时，事件流就是可缓存的，除非这些头被 `proxy_ignore_headers` 忽略；后端发送 `Cache-Control: no-cache` 时响应不会被存储，但仍会被缓冲 [E16]。设置了 `proxy_cache_lock on` 时，并发的客户端还要等待第一个请求，大约 5 秒 [E17b]。在 http 或 server 层启用的缓存（面板的缓存开关、全局 include）会通过普通继承到达事件流 location（sse-semantics.md SSE007）。不论后端返回什么头事件流都会被存储时报错误，否则报警告。只有当 `proxy_cache_methods` 包含 POST 时，POST 的事件流才会被缓存。',
      fix: '安全：在事件流 location 中插入 `proxy_cache off;`（或 `fastcgi_cache off;` 等）；如果缓存直接写在这个 location 中，就在原处把它关闭。没有其他请求会经由这个 location 使用该缓存。如果缓存设置在 location 内 include 的文件中，则不提供修复。同时也请关闭缓冲（见规则 buffering-on）。',
    },
    'chunked-encoding-off': {
      why: '很多 SSE 配置片段会加上 `chunked_transfer_encoding off;`，但有没有它，流式传输都一样 [E20：首个事件 1 ms 后到达]。关闭它且没有 Content-Length 时（事件流没有 Content-Length），nginx 会把连接标记为非 keepalive，靠关闭连接来界定响应体的结束（ngx_http_chunked_header_filter）。这样客户端就无法区分正常结束的流和因超时或上游错误而被切断的流，而在分块编码下，后者表现为缺少最后一个分块（curl 退出码 18，[E21]）；并且每次重连都要新建 TCP（以及 TLS）连接。HTTP/2 和 HTTP/3 没有分块编码，所以在那里它不起任何作用（sse-semantics.md SSE009）。',
      fix: '安全：如果 `chunked_transfer_encoding off;` 直接写在事件流 location 中，就删除它；如果删除后外层仍会把它关闭，就改为设置 `on`。流式传输不受影响 [E20]；客户端重新获得 keepalive 和截断检测。如果这个设置是从 server 或 http 继承来的，则不提供修复：那里的其他 location 可能依赖它。',
    },
    'connection-upgrade-on-stream': {
      why: 'nginx 会去掉客户端的逐跳（hop-by-hop）头，并且在 1.29.7 之前自己发送 `Connection: close`。WebSocket 配置片段把它换成了对每个请求都生效的 `proxy_set_header Connection "upgrade";`，于是事件流请求带着 `Connection: upgrade` 却没有 Upgrade 头到达后端；大多数服务器会把它当作普通请求处理，流式传输仍然正常 [E26]，但这是错的。常见的 `map $http_upgrade $connection_upgrade { default upgrade; \'\' close; }` 会在每个非 WebSocket 请求上发送 `Connection: close`，这正是 nginx 在 1.29.7 之前默认发送的值：事件流能工作 [E27]，所以这里不报告；它让上游 keepalive 失效的问题，由 keepalive-ineffective 在上游保持连接的地方报告。`$http_connection` 会原样转发客户端发来的内容。把空值映射为 `\'\'`，普通请求就完全不带 Connection 头（sse-semantics.md SSE004）。在 WebSocket 路径（`/ws`、`/socket.io/`）上传递 Upgrade 的 location 是 WebSocket 隧道，不是事件流，不做检查。',
      fix: '修改建议（在 `--diff` 中显示，不会自动应用）：在 http 级加入 map 惯用写法，并把 Connection 的值改为 `$connection_upgrade`。map 必须加在 http 层，而且这个 location 可能同时服务 WebSocket 客户端。无法给出修改建议时（Connection 行设置在外层或来自 map，或者所检查的文件中没有 http 块），消息本身会给出 map 的惯用写法：只对 WebSocket 请求发送 `upgrade`，其他请求不发送 Connection 头。',
    },
    'cors-credentials-wildcard': {
      why: '请求带有凭据（cookie、HTTP 认证）而响应为 `Access-Control-Allow-Origin: *` 时，Fetch 规范的 CORS 检查会失败，不管 `Access-Control-Allow-Credentials` 怎么设置（MDN "CORSNotSupportingCredentials"）。`new EventSource(url, {withCredentials: true})` 使用的凭据模式是 "include"，所以事件流根本打不开：触发 onerror，控制台显示 CORS 错误（sse-semantics.md SSE014）。不带凭据时 `*` 可以正常工作，凭据头也就毫无意义。生效的响应头按 nginx 的合并方式计算：本层的 add_header 列表（SSE011），加上会累加的 OpenResty more_set_headers（E42）。',
      fix: '修改建议（在 `--diff` 中显示，不会自动应用）：一个带示例正则的 `map $http_origin $cors_origin` 白名单草稿，来源头改为回显 `$cors_origin`，并加上 `Vary: Origin`。允许哪些 origin 由应用决定。请用 map 把 $http_origin 映射为白名单中的 origin（其他 origin 映射为空，这样就不发送这个头），并加上 Vary: Origin，让缓存按 origin 分别保存响应。',
    },
    'cors-missing-always': {
      why: '除非带上 `always` 参数，add_header 只作用于状态码为 200、201、204、206、301、302、303、304、307 或 308 的响应（ngx_http_headers_filter；sse-semantics.md SSE011 的注释和 SSE014）。跨域事件流被以 401 或 403 拒绝、被以 429 限流，或以 502、504 失败（后端在 proxy_read_timeout 内没有发送任何响应头）时，响应里就没有 Access-Control-Allow-Origin：浏览器会隐藏这个响应，页面只能看到 CORS 错误，EventSource 也无法区分认证失败和网络错误。只用于预检的头（Access-Control-Allow-Methods、-Allow-Headers、-Max-Age）不会被报告：实际请求的响应不需要它们。OpenResty 的 more_set_headers 默认作用于所有状态码，不会被报告。',
      fix: '安全：在 add_header 行末尾加上 `always`。这样错误响应也会带上这个头，这正是 CORS 头的用途；成功的响应不受影响。',
    },
    'duplicate-hop-header': {
      why: 'proxy_set_header 是一个列表：nginx -t 接受同一块中重复的同名头，然后把每一行值不为空的都作为单独的头发送。在实验 E26 中，`Connection: keep-alive` 和 `Connection: upgrade` 两行都到达了后端（sse-semantics.md SSE004，第 2.3 节）。两个 Connection、Upgrade、Keep-Alive、TE 或 Transfer-Encoding 头往好里说也是互相矛盾的；通常一个来自复制来的 WebSocket 配置片段，另一个来自 keepalive 或 SSE 的配置片段。',
      fix: '不安全：只保留一行，删除其余的行。在事件流 location 中保留值为空的那一行（事件流不需要 Connection 或 Upgrade 头）；如果没有值为空的行，就保留最后一行 Connection 或 Upgrade，并把它的值清空（`""`）；在其他地方保留最后一行。这会改变后端收到的内容，这正是目的所在，但保留下来的未必是你想要的那一行。',
    },
    'gzip-event-stream': {
      why: '与流传的说法相反，gzip 在 nginx 中并不会破坏 SSE：每次不缓冲的上游读取都以刷新缓冲区的形式到达 gzip 过滤器，过滤器以 Z_SYNC_FLUSH 回应，所以事件经过压缩后仍能按时到达（首个事件 7 ms 后到达 [E11]；带 `X-Accel-Buffering: no` 时也一样 [E13]）。开启代理缓冲时事件流会成批到达，但那是缓冲造成的 [E12]（见规则 buffering-on）。剩下的只是开销：每个事件都要做一次 deflate 刷新，每次刷新多出几个字节的帧开销；另外有些客户端或中间设备会等到更多压缩数据才往下传。`gzip_types *` 会不声不响地把事件流也包括进去（sse-semantics.md SSE008）。`gzip_proxied` 与此无关：它针对的是经由另一层代理到达 nginx 的请求。',
      fix: '修改建议（在 `--diff` 中显示，不会自动应用）：在事件流 location 中加入 `gzip off;`。压缩事件流是一种取舍，不是错误。如果在意 CPU 开销或某个客户端的表现，请把 text/event-stream（或 `*`）从 gzip_types 中去掉，或者在事件流 location 中加上 `gzip off;`。',
    },
    'http1-connection-limit': {
      why: '浏览器对每个主机最多同时开约 6 个 HTTP/1.1 连接，每个打开的 EventSource 在运行期间一直占用一个，所以用户开了几个标签页后，网站的其他请求就没有连接可用了（Chrome 和 Firefox 都把这个问题标为“不予修复”；见 MDN EventSource）。走 HTTP/2 时，多个事件流共享一个连接，每个连接最多 http2_max_concurrent_streams（128）个：复用在一个连接上的 8 个事件流全都是逐步到达的 [E37]。浏览器只在 TLS 上使用 HTTP/2，所以对 TLS server 报警告，对明文 HTTP server 只给提示。listen 上的 `ssl` 和 `http2` 作用于整个地址和端口，不管是哪个 server 设置的；`http2 on`（nginx 1.25.1+）则按 server 生效。每个事件流仍然需要自己的上游连接（见规则 stream-capacity）（sse-semantics.md SSE015）。',
      fix: '安全，仅限 TLS server：当目标 nginx 为 1.25.1 或更新版本（`--nginx-version`）时，在该 server 的 listen 行之后插入 `http2 on;`（或把 server 中写的 `http2 off;` 改为 on）；对于更旧或未知的版本，则在该 server 的 TLS `listen` 行末尾加上 `http2`，这是所有支持 HTTP/2 的版本都接受的写法（1.25.1+ 也接受，但会给出弃用警告，所以只有在版本已知时才选用 `http2 on;`）。`listen ... http2` 会对该地址和端口上的所有 server 启用 HTTP/2。HTTP/2 通过 ALPN 协商，不支持它的客户端仍使用 HTTP/1.1。如果 server 明确关闭了 HTTP/2，修复就是不安全的：那是有人特意做的选择。',
    },
    'keepalive-ineffective': {
      why: 'upstream 块的 `keepalive` 只会缓存后端保持打开的空闲连接。在 nginx 1.29.7 之前，这需要 `proxy_http_version 1.1` 并清空 Connection 头（`proxy_set_header Connection "";`），因为 nginx 默认用 HTTP/1.0 和 `Connection: close` 代理；否则 keepalive 会悄无声息地失效。从 1.29.7 起，HTTP/1.1 和不发送 Connection 头成了默认值，显式的 upstream 块默认获得 `keepalive 32 local`，除非设置了 `keepalive 0;`；仍然设置 1.0 或 `Connection: close` 的 location 会让它失效。把空值映射为 `close` 的 WebSocket map 会在每个普通请求上发送 `Connection: close` [E27]。这不会破坏 SSE：事件流无论如何都会一直占着它的连接（sse-semantics.md SSE019、SSE003、SSE004）。',
      fix: '修改建议（在 `--diff` 中显示，不会自动应用）：在该 location 中加入 `proxy_http_version 1.1;` 和 `proxy_set_header Connection "";`，并把继承来的 proxy_set_header 行一并复制过来。在某个块中加上 `proxy_set_header Connection "";` 会丢掉它继承来的所有 proxy_set_header（Host、X-Forwarded-For 等），所以这些行得手工写。请使用 `proxy_http_version 1.1;` 和 `proxy_set_header Connection "";`（并重复继承来的头），或者使用对普通请求给出空值的 map。',
    },
    'limit-rate-on-stream': {
      why: '对于不缓冲的上游响应，nginx 会把请求的限速设为 0（ngx_http_upstream_send_response），这也会取消上游的 X-Accel-Limit-Rate：缓冲关闭时，`limit_rate 100` 让一个约 1 KB/s 的事件流毫无限制地通过 [E31]。缓冲开启时限速生效：同一个事件流被限到 100 B/s，客户端在 30 秒后放弃，16 个事件只收到了 10 个 [E32]。nginx 自己生成的输出（content_by_lua*）总是受限速影响（在 nginx 1.22.1 上验证过：`limit_rate 2k` 时，8 KB 已刷新的 Lua 事件用了 4 秒，不限速时只要 2 ms）。所以 limit_rate 对事件流要么毫无作用，误导读配置的人，要么会延迟事件（sse-semantics.md SSE018）。变量形式的限速（`limit_rate $rate`）不做检查。',
      fix: '修改建议（在 `--diff` 中显示，不会自动应用）：在事件流 location 中加入 `limit_rate 0;`。请从事件流 location 中删除 limit_rate（或在那里设置 `limit_rate 0;`，不再继承外层的值）；如果需要控制事件流的节奏，请在后端控制。',
    },
    'lua-body-filter-on-stream': {
      why: 'ngx_lua 的 body 过滤器在 ngx.arg[1] 中看到响应的每一块数据（最后一块时 ngx.arg[2] 为 true），并把留在那里的内容传下去。为了记录日志或统计 token 而收集整个响应体、在最后一块之前一直设置 `ngx.arg[1] = nil` 的过滤器，会把整个事件流扣住：用 nginx 1.22.1 和 Debian 的 lua 模块实测，在 `proxy_buffering off` 和 `proxy_http_version 1.1` 之后，后端逐个写出的六个事件在后端结束之后才一起到达客户端（test/e2e，sse-semantics.md SSE021）。任何缓冲设置都无济于事，因为过滤器在它们之后运行。三种写法（`body_filter_by_lua_block`、`body_filter_by_lua`、`body_filter_by_lua_file`）共用同一个设置，location 自己不写时会从 server 和 http 继承。把 ngx.arg[1] 设为 nil 或 "" 的内联代码报告为警告；以其他方式替换数据块、调用 sse-lint 无法读取的模块、或者写在文件中的代码报告为提示；从不给 ngx.arg[1] 或 ngx.arg[2] 赋值的代码会把数据块原样传下去，不予报告。',
      fix: '修改建议（在 `--diff` 中显示，不会自动应用）：从事件流 location 中删除该过滤器；若它是继承来的，则在那里加入空的 `body_filter_by_lua_block { }`。过滤器还必须做什么，由应用决定。如果需要完整的响应体，可以继续收集一份副本，但让 ngx.arg[1] 保持原样（或者把这项工作移到 log_by_lua* 中），或者在事件流 location 中关闭该过滤器（自己写了 body 过滤器的 location 会替换继承来的那个）。',
    },
    'lua-http10-buffering': {
      why: 'ngx_lua 的 `lua_http10_buffering` 默认为 on：对于 HTTP/1.0 请求，每次 ngx.print/ngx.say 的输出都会被缓冲，以便发送 Content-Length；lua-nginx-module 的 README 指出，这种模式下 ngx.flush 不起作用（sse-semantics.md SSE021）。HTTP/1.1 客户端能正常流式接收 [E38]，但使用 1.29.7 之前默认值 `proxy_http_version 1.0` 的前置 nginx 收到的 Lua 事件流是带 Content-Length 的一整块，即使设置了 `proxy_buffering off` 也一样 [E39]。在 Lua 一侧设置 `lua_http10_buffering off` 就解决了问题 [E41]。它可以写在 http、server、location 以及 location 中的 `if` 里；写在 `if` 中时，只在条件成立时生效。',
      fix: '安全：在事件流 location 中插入 `lua_http10_buffering off;`（或者插入到把它设为 on 的 `if` 块中，或者修改那里写的 `on`）。HTTP/1.1 客户端不受影响；HTTP/1.0 客户端收到的是以关闭连接结束的流，而不是一整个缓冲后的响应。',
    },
    'proxy-set-header-redefinition': {
      why: 'proxy_set_header 是整体替换的列表，grpc_set_header、fastcgi_param、uwsgi_param 和 scgi_param 也是：某一层只要有一行自己的，就不会从上层继承任何一行（各模块 merge_loc_conf 中对 headers_source / params_source 的 ngx_conf_merge_ptr_value；sse-semantics.md §2.1 和 SSE011，实验 E25：server 中的 X-From-Server 加上 location 中的 X-From-Loc，后端只收到了 X-From-Loc）。事件流 location 通常会为上游 keepalive 加上 `proxy_set_header Connection "";`，于是丢掉了 server 中的 Host、X-Forwarded-For 和 X-Forwarded-Proto；后端看到的就成了 `Host: $proxy_host` 和代理的地址。与 add_header 不同，这些列表没有继承开关。',
      fix: '不安全：把丢失的行按原有顺序复制到本层，放在本层同一指令的行之后。这样后端会收到以前没有收到的头或参数，这通常正是本意，但也改变了行为。',
    },
    'read-timeout-short': {
      why: '`proxy_read_timeout`（默认 60 秒；fastcgi_、uwsgi_、scgi_ 和 grpc_read_timeout 同理）是两次从上游读取之间的空闲计时器，而不是整个响应的时长上限。事件流静默超过这个时间时，nginx 会在响应体中途关闭连接：客户端看到的是被截断的分块响应（curl 退出码 18），EventSource 随即重连 [E21]；开启缓冲时，还留在缓冲区里的事件会丢失 [E22]。心跳注释（`: ping`）会重置计时器 [E23]。同一个计时器也限制了等待响应头的时间，所以在第一个 token 之前什么都不发送的 LLM 后端，如果需要更长时间就会被切断（sse-semantics.md SSE005）。取值 0 并不表示“不超时”，而是立即返回 504；规则 read-timeout-zero 会报告这种情况。配置中写出的超时在每个事件流上都会报告；nginx 的 60 秒默认值没有人选择过，只在用户声明的事件流（`--route`、`streams`、`# sse-lint: stream`）和 LLM API 端点上报告，因为单是等待第一个 token 就可能超过一分钟：sse-lint 自己找到的事件流通常会发送心跳，而这从配置中看不出来。如果新的到期时间与旧的相差不到 300 ms，nginx 不会重新设置计时器，所以从最后一次读取算起，切断最多可能比完整的超时时间早 0.3 秒（在 test/e2e 中实测）：请让心跳间隔明显短于超时时间。',
      fix: '安全：在事件流 location 中插入 `proxy_read_timeout 1h;`（FastCGI、uwsgi、SCGI 和 gRPC 使用各自模块的指令；取值见选项 `fixValue`），如果该值直接写在这个 location 中，则替换它。这个超时只限制静默时间，持续发送数据的响应不受影响；而一个卡住、什么都不发送的后端，现在会一直占着连接直到新的超时，而不是一分钟。如果该值来自 location 内 include 的文件，则不提供修复（修改它会影响所有 include 它的 location）。仍然建议后端发送心跳：nginx 前面的负载均衡器和代理也有各自的空闲超时。',
    },
    'read-timeout-zero': {
      why: 'nginx 没有“无限”的读超时。`proxy_read_timeout 0` 能通过 `nginx -t`，但随后每个请求都会立刻失败，错误日志中出现 `upstream timed out ... while reading response header`，并返回 504（sse-semantics.md SSE005，实验 E21b）。这个超时是两次读取之间的空闲计时器，所以要让安静的事件流保持打开，应该设一个较大的值，再让后端发送心跳注释。',
      fix: '不安全：把 0 替换为 `1h`（选项 `fixValue`）。这会改变行为（请求不再失败），这正是本意；但合适的值取决于事件流最长的静默时间。',
    },
    'stream-capacity': {
      why: '每个 worker 有 worker_connections 个连接槽（默认 512），每个客户端连接、上游连接和监听套接字都占用一个，与 master 进程之间的通道也要占一个。一个被代理的事件流在打开期间一直占用两个槽（客户端一个，上游一个），所以容量为 worker 数 ×（worker_connections − 监听套接字数 − 1）÷ 2。当 `worker_connections 16` 且只有一个监听套接字时，第 8 个并发事件流被重置，nginx 日志记录了 `16 worker_connections are not enough` [E35]；sse-lint 自己在 nginx 1.22.1 上的检查结果是：一个监听套接字时，16、17、18 个连接分别容纳 7、7、8 个事件流；两个监听套接字时，18、19 个连接分别容纳 7、8 个。worker_rlimit_nofile（或操作系统的打开文件数上限，通常为 1024）同样会限制连接槽。HTTP/2 让一个客户端连接承载多个流，但每个流仍需要自己的上游连接（sse-semantics.md SSE016）。每份含有事件流 location 的配置只给出一次这条提示；当容量低于选项 `expectedStreams`，或 worker_rlimit_nofile 低于 worker_connections 时，它会成为警告。',
      fix: '修改建议（在 `--diff` 中显示，不会自动应用）：提高 worker_connections（设置了 `expectedStreams` 时提高到足够的数值，否则为 4096）。合适的数值取决于机器和预期负载。请调大 worker_connections（同时调大 worker_rlimit_nofile），或者运行更多 worker 进程；设置选项 `expectedStreams` 后，配置不够用时就会收到警告。',
    },
    'upstream-http10': {
      why: 'nginx 1.29.7 之前 proxy_http_version 默认为 1.0；从 1.29.7 起为 1.1（sse-semantics.md 第 1 节，SSE003）。单靠 HTTP/1.0 并不会让普通后端出问题：它会返回以关闭连接结束的响应体，不缓冲的 nginx 会立即转发 [E18]。但这样就没有上游 keepalive，而针对 HTTP/1.0 客户端做缓冲的后端确实会破坏流式传输：默认 `lua_http10_buffering on` 的 OpenResty/ngx_lua 把整个事件流缓冲起来，带着 Content-Length 一次性发出 [E39]；改用 HTTP/1.1 则能正常流式传输 [E40]。所以这条规则报警告；当被代理的地址是同一份配置中对 HTTP/1.0 做缓冲的 content_by_lua location 时，报错误（SSE021）。没有指定 --nginx-version 时，按 1.29.7 之前的默认值处理。',
      fix: '安全：在事件流 location 中插入 `proxy_http_version 1.1;`（或者修改那里写的 `1.0`）。在 1.29.7 之前，除非再加上 `proxy_set_header Connection "";`，nginx 仍会发送 `Connection: close`，不过这只影响上游 keepalive（见规则 keepalive-ineffective）。',
    },

    // The engine's own ids.
    'parse-error': {
      summary: '配置无法按 nginx 的方式解析',
      why: '有语法错误时 nginx 拒绝启动或重载（`nginx -t` 失败）。sse-lint 用 nginx 自己的措辞报告它，并继续检查文件的其余部分，所以之后的检查结果可能受它影响。',
      fix: '在报告的位置改正语法；消息中写明了 nginx 期望的内容。',
    },
    'include-not-found': {
      summary: 'include 指向的文件不存在',
      why: '`include` 一个不存在的明确路径会让 `nginx -t` 失败；没有匹配到任何文件的通配符则会被静默接受。缺失的文件本应带来的设置不会被检查。',
      fix: '改正路径；如果配置不是在它实际所在的位置被读取，请传入 `--prefix`（nginx -p）或 `--map FROM=TO`；如果这个文件是可选的，请改用通配符。',
    },
    'include-unreadable': {
      summary: 'include 指向的是目录、FIFO 或设备，而不是文件',
      why: 'nginx 只能 include 普通文件；sse-lint 不会打开其他类型的文件，所以其中本应包含的内容不会被检查。',
      fix: '让 include 指向文件（如果是目录，写成 `dir/*.conf`）。',
    },
    'include-unmapped': {
      summary: 'include 指向的是本机上不存在的容器内路径',
      why: '面板和容器（1Panel、`Nginx Proxy Manager`、OpenResty 镜像）按容器内的路径 include 文件（`/www/sites/*/proxy/*.conf`、`/etc/nginx/conf.d/include/proxy.conf`）。在宿主机上读取时，这样的 glob 什么也匹配不到，nginx 对此不报错，于是它本应引入的每个站点都被悄悄跳过而没有检查。',
      fix: '使用对应布局的预设来映射容器路径（`--preset 1panel`，会根据给出的路径自动识别），或自己用 `--map /www=/opt/1panel/www` 映射，或直接检查容器实际运行的配置：`docker exec CONTAINER nginx -T | sse-lint -`（CONTAINER 为容器名）。',
    },
    'include-cycle': {
      summary: '文件之间循环 include',
      why: '一条 include 如果引回正在被 include 的文件，就会一直递归下去，直到 nginx 放弃；配置无法加载。',
      fix: '删除造成循环的那条 include。',
    },
    'invalid-context': {
      summary: '指令出现在 nginx 不允许的块中',
      why: '指令不在其模块允许的上下文中时，nginx 会拒绝它（`directive is not allowed here`），配置无法加载。',
      fix: '把指令移到其文档中 Context 一栏列出的块里。',
    },
    'duplicate-directive': {
      summary: '每个块中只能出现一次的指令出现了两次',
      why: '对于每个块只取一个值的指令，nginx 会拒绝第二次出现（`directive is duplicate`），配置无法加载。',
      fix: '保留其中一个；相关位置指向第一个。',
    },
    'invalid-arguments': {
      summary: 'sse-lint 读取的某条指令参数过少或过多',
      why: '参数个数不对时 nginx 会拒绝该指令（`invalid number of arguments in ... directive`），配置无法加载；例如没有值的 `add_header X-Accel-Buffering;`。sse-lint 按 nginx 参考文档检查它所读取的指令的参数个数，并用 nginx -t 验证过。',
      fix: '写出该指令需要的参数；消息中写明了需要几个。',
    },
    'invalid-value': {
      summary: 'sse-lint 读取的某条指令的值被 nginx 拒绝',
      why: 'nginx 严格解析开关（`on`/`off`）、枚举（`proxy_http_version 1.0 | 1.1`）、时间（`60s`、`5m`）、大小（`8k`）和数字，出现其他写法时拒绝加载配置：`proxy_buffering no;` 并不等于 off，而是错误（`invalid value "no"`）。sse-lint 用 nginx 的措辞报告它，给出 nginx 接受的写法和最接近的有效值。含有变量或模板占位符（`${VAR}`、`{{ x }}`）的参数不做检查。',
      fix: '含义确定时是安全修复（`no` 就是 `off`，`4kb` 就是 `4k`，`10 minutes` 就是 `10m`）：替换该值。只是最接近的写法时（`of` 改为 `off`，`2.0` 改为 `1.1`）是不安全修复。',
    },
    'unknown-directive': {
      summary: '指令名很可能是某个已知指令的拼写错误（使用 --strict 时：任何已知模块都未定义的指令名）',
      why: '出现已加载模块都未定义的指令时，nginx 拒绝加载配置（`unknown directive`）。与某个已知指令只差一两个字母的名字（`proxy_bufering`）几乎总是拼写错误，改正之前它本想设置的值并不生效；这会报告为警告，并给出应有的名字。其他未知的名字被视为 sse-lint 不认识的第三方模块的指令，除非用 --strict 要求把每一个都报告为错误。',
      fix: '不安全：把指令改名为建议的名字，之后它就会生效。其他规则的修复如果要在这个块中加入该指令，会改正这一行，而不是另加一行。',
    },
    'duplicate-location': {
      summary: '同一层级中有两个路径相同的 location',
      why: '在同一个 server 或同一个外层 location 中，两个精确匹配（`=`）的 location，或两个前缀 location（普通前缀或 `^~`）路径相同时，nginx -t 会拒绝（`duplicate location`），配置无法加载。把 `location ^~ / { ... }` 这类建议追加到已经有它的站点配置中，就会出现这种情况。正则 location 和命名 location 可以重复。',
      fix: '把两个块合并为一个；相关位置指向第一个。',
    },
    'duplicate-server-name': {
      summary: '同一地址和端口上，server_name 已被另一个 server 占用',
      why: '多个 server 监听同一个地址和端口时，每个名字只能属于其中一个；nginx -t 会警告 `conflicting server name ... ignored`，并把该名字的请求交给第一个 server，后面那个 server 的设置对这些请求永远不生效。没有 server_name 的 server 的名字是 ""，所以同一地址上的两个这样的 server 也会冲突。',
      fix: '给每个 server 各自的名字，或者把这些 server 合并；相关位置指向最先拥有该名字的 server。',
    },
    'invalid-suppression': {
      summary: 'sse-lint-disable 注释的格式有误',
      why: '屏蔽注释需要已知的规则 id 和一个理由：`# sse-lint-disable-next-line <id>[, <id>] -- <reason>`。格式有误的注释不会屏蔽任何问题。',
      fix: '写上存在的规则 id，并在 ` -- ` 之后写上理由。',
    },
    'unused-suppression': {
      summary: 'sse-lint-disable 注释已不再匹配任何问题',
      why: '不匹配任何问题的屏蔽注释已经过时：问题已被修复或移到了别处，而这条注释将来可能悄悄掩盖新的问题。',
      fix: '删除这条注释（或者删除其中不再匹配的规则 id）。',
    },
  });
}
