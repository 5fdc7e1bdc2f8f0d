// Simplified Chinese CLI text (`cli.<key>`); the text of findings is in zh-CN-findings.ts. Directive names, values,
// variables and paths stay as written.

let catalog: Readonly<Record<string, string>> | undefined;

/**
 * CLI text. Placeholders must match the English ones (a test checks). Built on first use: an English run never
 * creates it (start-up cost).
 */
export function zhCN(): Readonly<Record<string, string>> {
  return (catalog ??= {
    // Report summary and labels.
    'cli.listRules.engine': '由 sse-lint 自身报告（可在配置中设置级别，用 sse-lint explain ID 查看说明）：',
    'cli.usage.nginxDashC': '-c 是 sse-lint 的 --config（JSON 文件），不是 nginx 的 -c：要检查 {file}，请直接把它作为路径传入（sse-lint {file}）',
    'cli.usage.badPreset': '未知的预设 "{value}"；应为 {choices} 之一',
    'cli.usage.badContext': '未知的上下文 "{value}"；应为 {choices} 之一',
    'cli.usage.parseOne': 'parse：需要且只需要一个 FILE',
    'cli.usage.routeArgs': 'route：需要 URI 和一个配置 PATH（sse-lint route [--host H] [--port P] /uri nginx.conf）',
    'cli.usage.routeOneInput': 'route：配置 PATH 必须是一个文件、目录或转储',
    'cli.usage.badPort': 'route：--port 需要一个端口号，收到的是 "{value}"',
    'cli.usage.badMaxWarnings': '--max-warnings 需要一个警告数量（0 或以上），收到的是 "{value}"',
    'cli.usage.noOutputFile': '--output 需要一个文件名',
    'cli.usage.emptyOption': '{option} 需要一个文件或目录名，不能是空字符串',
    'cli.usage.emptyPath': 'PATH 是空字符串（变量未设置？）；请给出文件、目录，或用 - 表示标准输入',
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
    'cli.summary.problems': '共 {count} 个问题（{errors} 个错误，{warnings} 个警告，{infos} 个提示），涉及读取的 {files} 个文件中的 {withFindings} 个{streams}{notes}。',
    'cli.summary.truncated': '另有 {count} 条问题未列出：一次运行最多保留 {max} 条',
    'cli.summary.baselined': '{count} 个已知问题被基线文件 {file} 屏蔽。',
    'cli.summary.ignored': '{count} 个位于 "ignore" 匹配的文件中',
    'cli.severity.error': '错误',
    'cli.severity.warning': '警告',
    'cli.severity.info': '提示',
    'cli.label.fix': '修复：',
    'cli.label.stream': '事件流：',
    'cli.label.related': '相关位置：',
    'cli.label.chain': '重定向链：',
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
    'cli.fix.hintSuggestion': '{title}（建议：见 --diff；不会自动应用）',
    'cli.fix.suggestionHeader': '{rule} 在 {file}:{line} 的修改建议（--fix 不会应用）：{title}',
    'cli.frame.moreLines': '……另有 {count} 行',
    'cli.progress.parsed': '已解析 {count} 个文件',
    'cli.progress.checking': '已解析 {count} 个文件，正在检查',
    'cli.provenance.set': '{head}：在 {level} 中设置（{at}）',
    'cli.provenance.default': '{head}：{note}',
    'cli.provenance.defaultNotSet': '{head}：{note}，{levels} 中均未设置',
    'cli.levels.omitted': '另外 {count} 层',
    'cli.summary.preset': '预设：{label}（{how}）。',
    'cli.summary.presetHow.detected': '根据路径自动识别；可用 --preset 指定其他预设',
    'cli.summary.presetHow.chosen': '手动指定',
    'cli.summary.assumed': '{file}：按{block}内部的内容检查（{how}）。',
    'cli.summary.block.http': ' http 块',
    'cli.summary.block.server': ' server 块',
    'cli.summary.block.location': ' location 块',
    'cli.summary.assumedHow.guessed': '根据其中的指令推测；可用 --context http|server|location 或 "# sse-lint: context location" 注释指定',
    'cli.summary.assumedHow.option': '--context',
    'cli.summary.assumedHow.comment': '文件中的 "# sse-lint: context" 注释',
    'cli.summary.site': '站点 {site}：按事件流检查了 {streams} 个 location，{errors} 个错误，{warnings} 个警告：{verdict}。',
    'cli.summary.siteReady': '可以承载事件流',
    'cli.summary.siteNotReady': '还不能承载事件流',
    'cli.summary.siteNoStreams': '没有反向代理的 location',
    'cli.summary.sites': '就绪情况：{total} 个站点中有 {ready} 个可以承载事件流。',
    'cli.label.site': '站点',

    // sse-lint explain.
    'cli.explain.title': '{id}（{severity}；修复：{fix}）',
    'cli.explain.engineTitle': '{id}（{severity}；由 sse-lint 自身报告，不提供修复）',
    'cli.explain.engineTitleFixes': '{id}（{severity}；由 sse-lint 自身报告，提供修复）',
    'cli.explain.fixKind.safe': '安全',
    'cli.explain.fixKind.unsafe': '不安全',
    'cli.explain.fixKind.none': '无',
    'cli.explain.fixKind.suggestion': '建议',
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
    'cli.route.label.chain': '重定向链：',
    'cli.route.chain.block': '{block}（{at}）',
    'cli.route.chain.server': '{block}',
    'cli.route.chain.hop': '-> {block}，经由 {via}{conditions}',
    'cli.route.chain.conditions': '：{list}',
    'cli.route.chain.end': '-> {end}{conditions}',
    'cli.route.chain.endVia': '经由 {via}：{end}',
    'cli.route.chain.endConditions': '（{list}）',
    'cli.route.end.served': '由 {block} 处理',
    'cli.route.end.servedIf': '{served}，位于 if {condition} 中',
    'cli.route.end.return': '由 {directive}（{at}）应答',
    'cli.route.end.redirect': '外部重定向（{code}），由 {directive}（{at}）发出',
    'cli.route.end.status': '{code}：{why}{at}',
    'cli.route.end.unknown': '{directive}（{at}）的目标取决于 {variables}，此处无法得知',
    'cli.route.status.internal': '该 location 是 internal 的，而请求不是内部请求',
    'cli.route.status.no-named-location': '没有这个名字的命名 location',
    'cli.route.status.cycle': 'rewrite 或内部重定向循环（超过 {max} 次内部重定向）',
    'cli.route.status.try_files': 'try_files 没有找到文件',
    'cli.route.status.auto-redirect': 'nginx 补上末尾的斜杠',
    'cli.route.status.regex-failure': 'PCRE2 放弃了对某个正则的匹配（pcre2_match() failed）',
    'cli.route.status.at': '（{at} 处的 {directive}）',
    'cli.route.otherWays': '请求还可能这样走：',
    'cli.route.way': '{websocket}{when}{steps}',
    'cli.route.way.websocket': '[WebSocket 请求] ',
    'cli.route.way.when': '当 {conditions} 时：',
    'cli.route.way.then': '，然后 ',
    'cli.route.way.times': '{text} ×{count}',
    'cli.route.moreWays': '（另有 {count} 种走法未列出）',
    'cli.route.moreWaysUnknown': '（还有更多走法未列出）',
    'cli.route.request': 'Host {host}，端口 {port}，{uri}',
    'cli.route.noHost': '（无）',
    'cli.route.notEvaluatedHere': '以下内容在此无法求值：{list}',
    'cli.route.via': '，经由 {directive}',
    'cli.route.upstream': ' -> upstream {name}（{servers}{keepalive}）',
    'cli.route.keepalive': '；keepalive {args}',
    'cli.route.streamYes': '是：{reasons}',
    'cli.route.streamNot': '否：{why}',
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
    'cli.route.droppedOff': '已丢弃：{line}，来自 {level}，被 {by} 中的 add_header_inherit off 去掉',
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
    'cli.route.pcre.notEvaluated': '此处不求值{construct}',
    'cli.route.pcre.recursion': '递归或子程序调用',
    'cli.route.pcre.conditional': '条件分组',
    'cli.route.pcre.unicode-property': 'Unicode 属性（{text}）',
    'cli.route.pcre.verb': '(*VERB) 或 (*OPTION)',
    'cli.route.pcre.branch-reset': '分支重置分组 (?|',
    'cli.route.pcre.callout': '标注调用（callout）',
    'cli.route.pcre.escape': '转义 {text}',
    'cli.route.pcre.option': '选项 {text}',
    'cli.route.pcre.too-large': '这么大的模式（重复已展开）',
    'cli.route.pcre.trailing-backslash': '末尾的反斜杠（nginx -t 会拒绝）',
    'cli.route.pcre.hex-above-ff': '大于 \\xff 的 \\x{...}（nginx -t 会拒绝）',
    'cli.route.pcre.malformed': '格式错误的 {text}（nginx -t 会拒绝）',
    'cli.route.pcre.missing-paren': '缺少右括号（nginx -t 会拒绝）',
    'cli.route.pcre.unmatched-paren': '多余的右括号（nginx -t 会拒绝）',
    'cli.route.pcre.missing-bracket': '字符类缺少 ]（nginx -t 会拒绝）',
    'cli.route.pcre.nothing-to-repeat': '没有可重复内容的量词（nginx -t 会拒绝）',
    'cli.route.pcre.double-quantifier': '紧跟另一个量词的量词（nginx -t 会拒绝）',
    'cli.route.pcre.range-order': '顺序颠倒的范围 {text}（nginx -t 会拒绝）',
    'cli.route.pcre.class-escape': '字符类中的 {text}（nginx -t 会拒绝）',
    'cli.route.pcre.posix-class': 'POSIX 字符类 {text}（nginx -t 会拒绝）',
    'cli.route.pcre.repeat-too-large': '超过 65535 的重复次数（nginx -t 会拒绝）',
    'cli.route.pcre.lookbehind-length': '长度不固定的后行断言（nginx -t 会拒绝）',
    'cli.route.pcre.backref-in-lookbehind': '后行断言中的反向引用（nginx -t 会拒绝）',
    'cli.route.pcre.no-such-group': '对不存在的第 {text} 组的反向引用（nginx -t 会拒绝）',
    'cli.route.pcre.no-such-name': '对不存在的命名分组 "{text}" 的引用（nginx -t 会拒绝）',
    'cli.route.pcre.duplicate-name': '重复使用的分组名 "{text}"（nginx -t 会拒绝）',
    'cli.route.pcre.nested-too-deep': '嵌套超过 250 层的括号（nginx -t 会拒绝）',
    'cli.route.pcre.matchLimit': '超出匹配次数上限',
    'cli.route.pcre.heapLimit': '超出堆内存上限',
    'cli.route.regex500': '{server} 返回 500：{error}',
    'cli.route.regexClose': '{server} 关闭连接：{error}',
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
    'cli.usage.commandFirst': '命令 "{command}" 必须写在所有选项之前：sse-lint {command} [选项] ……（要检查同名文件，请写 ./{command}）',
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
    'cli.input.quotedGlob': '{path}：没有这个文件或目录；它看起来是 shell 没有展开的通配符（是否加了引号？）：请传入目录，或去掉通配符两边的引号',
    'cli.input.noConfigs': '{path}：没有找到 nginx 配置文件（查找了 *.conf、nginx.conf 以及 sites-enabled/、sites-available/ 中的文件）',
    'cli.input.emptyStdin': '标准输入是空的：没有可检查的内容（如果是通过管道传入的，前面的命令是否失败了？nginx -T 只有在配置测试通过时才会输出配置）',
    'cli.input.presetEmpty': '{path}：没有找到 nginx 配置文件（预设中存放它们的目录是空的）',
    'cli.input.missing': '{path}：文件或目录不存在',
    'cli.input.notFile': '{path}：不是普通文件或目录',
    'cli.input.unreadable': '{path}：{reason}',
    'cli.reason.noDirectory': '目录不存在',
    'cli.reason.noFile': '文件不存在',
    'cli.reason.permission': '权限不足',
    'cli.reason.isDirectory': '这是一个目录',
    'cli.reason.noSpace': '设备上没有剩余空间',
    'cli.reason.readOnly': '文件系统是只读的',
    'cli.internalError': '内部错误：{message}',
    'cli.debugHint': '加上 --debug 重新运行可查看调用栈',
    'cli.stdoutFailed': '无法写入标准输出：{reason}',
    'cli.reason.refused.fifo': '是 FIFO（命名管道）；sse-lint 只读取普通文件',
    'cli.reason.refused.device': '是设备文件；sse-lint 只读取普通文件',
    'cli.reason.refused.socket': '是套接字；sse-lint 只读取普通文件',
    'cli.reason.refused.directory': '是一个目录；sse-lint 只读取普通文件',
    'cli.reason.refused.not-regular': '不是普通文件（打开时被替换了）；sse-lint 只读取普通文件',
    'cli.reason.refused.kernel-fs': '位于内核文件系统（/proc、/sys）上；sse-lint 不读取它',
    'cli.reason.refused.too-large': '大于 {max} MB，超过了 sse-lint 读取的上限',
    'cli.reason.refused.run-too-large': '使本次运行的配置文件合计超过 {max} MB，超过了 sse-lint 一次读取的上限',

    // Fixes.
    'cli.fix.dryRun': '{files} 个文件中共有 {count} 处修复（试运行：未写入任何内容）',
    'cli.fix.applied': '已应用 {count} 处修复，写入了 {files} 个文件',
    'cli.fix.withBackups': '{applied}（备份：{list}）',
    'cli.fix.reverted': '{file} 中 {rules} 的修复已撤销：{reason}',
    'cli.fix.reason.unparsable': '修复后的文件无法再被解析',
    'cli.fix.notConverged': '经过 {passes} 轮修复仍未稳定；请再运行一次，或手动修复剩余问题',
    'cli.fix.cannotWriteDump': '--fix 无法写回 nginx -T 的输出；请用 --diff 查看修复内容',
    'cli.fix.cannotWriteStdin': '--fix 无法写回标准输入；请用 --diff 查看修复内容',
    'cli.fix.verifyRejected': '{bin} -t 拒绝了修复后的配置，未写入任何内容：',
    'cli.fix.verifyUnrunnable': '无法运行 {bin} -t（{reason}），未写入任何内容',
    'cli.fix.writeFailed': '无法写入修复，未做任何更改：{message}',
    'cli.fix.conflict': '{files} 在读取后已被修改，未写入任何内容',
    'cli.recover.finished': '已完成一次被中断的 --fix（{journal}）：现写入 {count} 个文件',
    'cli.recover.undone': '已撤销一次被中断的 --fix（{journal}）：恢复了 {count} 个文件',
    'cli.recover.skipped': '以下文件在 --fix 中断后被改动过，保持原样：{files}',
    'cli.recover.failed': '无法完成或撤销 {journal} 中被中断的 --fix：{reason}；没有写入任何文件',
    'cli.recover.pending': '一次被中断的 --fix 留下了 {journal}；下次对这些文件运行 sse-lint --fix 时会完成或撤销它',

    // Config file.
    'cli.config.invalid': '配置文件 {file} 有误：',
    'cli.config.notFound': '找不到配置文件 {file}',
    'cli.config.unreadable': '无法读取 {file}：{message}',
    'cli.config.syntax': '不是有效的 JSON：{message}',
    'cli.json.comments': 'JSON 中不允许注释；请把说明写在 "$comment" 键下',
    'cli.json.unterminated': '字符串没有结束',
    'cli.json.lineBreak': '字符串没有结束（字符串中的换行必须写成 \\n）',
    'cli.json.control': '字符串中有控制字符',
    'cli.json.unicodeEscape': '无效的 \\u 转义',
    'cli.json.escape': '无效的转义 "{escape}"',
    'cli.json.depth': '嵌套超过了 {max} 层',
    'cli.json.trailingComma': '"{close}" 之前多了一个逗号',
    'cli.json.expectedKey': '此处应为带双引号的键，实际为 {found}',
    'cli.json.expectedColon': '键 "{key}" 之后应为 ":"，实际为 {found}',
    'cli.json.expectedCommaMember': '"{key}" 的值之后应为 "," 或 "}"，实际为 {found}',
    'cli.json.expectedCommaItem': '列表项之后应为 "," 或 "]"，实际为 {found}',
    'cli.json.singleQuotes': '字符串必须使用双引号',
    'cli.json.unexpected': '意外的 {found}',
    'cli.json.afterValue': 'JSON 值结束之后出现了意外的 {found}',
    'cli.json.endOfFile': '文件结尾',
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
    'cli.config.presetNotApplied': '预设 "{preset}" 在 {path} 附近没有找到对应的目录布局，这里不起作用',
    'cli.config.initWritten': '已写入 {file}（{layout} 布局）；请编辑后再次运行 sse-lint',
    'cli.config.initExists': '{file} 已存在，不会覆盖',
    'cli.config.layout.1panel': '1Panel/OpenResty',
    'cli.config.layout.debian': 'Debian/Ubuntu',
    'cli.config.layout.openresty': 'OpenResty 官方目录',
    'cli.config.layout.npm': 'Nginx Proxy Manager 面板',
    'cli.config.layout.apisix': 'APISIX 网关',
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
    'cli.init.streams': 'streams：事件流接口所在的 location 路径（例如 "/api/events"、"/v1/chat/completions"、"/sse/**"）。sse-lint 也会根据路径和配置猜测哪些是事件流；在这里列出可以确保不遗漏（此后对推测的事件流只给出提示），只是看起来像事件流的路径请列在 notStreams 中。',
    'cli.init.version': 'nginxVersion：你的 nginx（或 OpenResty 内核）版本，例如 "1.24.0"（见 nginx -v）。部分默认值在 1.29.7 发生了变化；不设置则按 1.29.7 之前处理。',
    'cli.init.rules': 'rules：每条规则都按默认级别运行。可设为 "off"、"info"、"warning"、"error"，或 [级别, 选项]；sse-lint explain 规则名 可查看规则检查的内容。',
    'cli.init.ignore': 'ignore：不报告问题的配置文件（glob 模式），例如 "conf.d/legacy-*.conf"。',
    'cli.init.failOn': 'failOn：出现不低于该级别的问题时以 1 退出（"error"、"warning"、"info" 或 "off"）。',
    'cli.init.effect.1panel': '容器内的路径 /www 和 /usr/local/openresty/nginx/conf 会从被检查文件所在的 1Panel 应用目录中读取',
    'cli.init.effect.openresty': '主配置为 OpenResty 目录下的 nginx/conf/nginx.conf，相对路径的 include 以该 conf 目录为基准',
    'cli.init.effect.npm': '检查 data/nginx/*_host 中生成的站点，容器路径 /data（以及 data 旁边存在副本时的 /etc/nginx）从本目录读取',
    'cli.init.effect.apisix': 'conf/nginx.conf 由 APISIX 生成：建议使用 proxy-buffering 插件以及路由或 config.yaml 中的设置，而不是直接修改生成的文件',
    'cli.init.effect.debian': '如果被检查的文件是 /etc/nginx 的副本，include 的 /etc/nginx/... 路径会从这个副本中读取',

    // Baseline.
    'cli.baseline.written': '已把 {count} 个问题写入基线文件 {file}',
    'cli.baseline.missing': '找不到基线文件 {file}；请先用 --baseline-write {file} 创建',
    'cli.baseline.unreadable': '无法读取基线文件 {file}：{reason}',
    'cli.baseline.notJson': '{file} 不是 sse-lint 基线文件：第 {line} 行第 {column} 列处不是有效的 JSON',
    'cli.baseline.noVersion': '{file} 不是 sse-lint 基线文件：没有 "version"',
    'cli.baseline.badFindings': '{file} 不是 sse-lint 基线文件："findings" 必须是带 "fingerprint" 的条目列表',
    'cli.baseline.unsupported': '基线文件 {file} 的版本为 {version}；当前 sse-lint 只能读取版本 {supported}',

    // sse-lint --help.
    'cli.help': `sse-lint：查找并修复会破坏 Server-Sent Events 的 nginx/OpenResty 设置

用法：
  sse-lint [选项] PATH...           检查配置文件、目录、\`nginx -T\` 的输出，或 -（标准输入）
  sse-lint parse [选项] FILE        输出 FILE 的解析结果（与 crossplane 兼容的 JSON）
  sse-lint route [--host H] [--port P] URI PATH
                                    显示由哪个 server 和 location 处理 URI、它是不是事件流，
                                    以及与流式传输有关的生效设置及其来源
  sse-lint explain RULE             输出一条规则的文档（也可以是 parse-error、include-not-found 等）
  sse-lint --list-rules             列出所有规则及其级别和修复方式
  sse-lint help                     显示本帮助

输入：
  PATH 可以是文件（其所在目录作为 include 的前缀）、目录（入口是没有被其他文件 include 的
  配置文件，nginx.conf 优先）、\`nginx -T\` 的输出，或者用 - 表示标准输入。

交互审查：
  -i, --interactive         在终端中审查：每个 server 的就绪情况，每个问题及其代码、生效的值
                            和修复的 diff；应用（f）、撤销（u）、写入（w）；按 ? 列出所有按键

输出：
  -f, --format NAME         text（默认）、json、sarif、checkstyle 或 github（Actions 注解）
  -o, --output FILE         把报告写入 FILE（原子写入），而不是标准输出
      --fail-on LEVEL       有问题达到或超过 LEVEL 时以 1 退出：error、warning（默认）、info、off
      --max-warnings N      警告超过 N 个时也以 1 退出
  -q, --quiet               只报告错误（退出码仍然计入所有问题，见 --fail-on）

选项：
  -p, --prefix DIR          相对路径的 include 以 DIR 为基准解析（即 nginx -p，配置前缀）
  -c, --config FILE         使用这个配置文件（默认：从第一个输入向上查找 sse-lint.config.json、
                            .sse-lintrc.json 或 package.json 中的 "sse-lint" 键）
      --no-config           不使用任何配置文件，即使能找到
      --init [DIR]          按 DIR 中的目录布局，写入一份带注释的 sse-lint.config.json 起始配置
      --baseline FILE       只报告不在 FILE 中的问题
      --baseline-write FILE 把当前的问题记录到 FILE（然后以 0 退出）
      --locale en|zh-CN     消息的语言（默认取自 LC_ALL、LC_MESSAGES 或 LANG）
      --strict              同时报告没有任何已知 nginx 模块定义的指令
      --nginx-version X.Y.Z 目标 nginx 版本（从 1.29.7 起部分默认值不同）；未指定时按 1.29.7 之前处理
      --route [HOST]/URI    处理 URI 的 location 是事件流；可重复
      --all-proxies         审计模式：把每个做代理的 location 都当作事件流
      --preset NAME         服务器目录布局：auto（默认，根据路径识别）、1panel、openresty、npm、apisix、
                            debian 或 plain；会写在报告中
      --in-context          把每个 FILE 放在包含它的 nginx.conf（同目录或上级目录）中检查，只报告给出的文件
                            （pre-commit 钩子使用此选项）
      --context BLOCK       把单独的片段当作 http、server 或 location 的内部内容检查（默认：按文件中的
                            "# sse-lint: context" 注释，否则根据其中的指令推测）
      --rule ID             只运行（和修复）这条规则；可重复
      --disable ID          关闭一条规则（或 include-not-found 这样的内部 ID）；可重复
      --enable ID           重新启用配置文件中关闭的规则；可重复
      --fix                 应用安全的修复并写入文件（原子写入，要么全部写入，要么都不写）
      --unsafe-fixes        与 --fix 或 --diff 一起使用：同时应用可能改变行为的修复
      --fix-dry-run, --diff 以统一 diff 格式输出修复内容；不写入任何文件
      --backup              与 --fix 一起使用：保留 <file>.bak 副本
      --verify-with-nginx BIN
                            与 --fix 一起使用：先在修复后的配置副本上运行 BIN -t；失败则拒绝写入
      --map FROM=TO         FROM 之下的 include 路径改从 TO 读取（容器、面板）；可重复
      --stdin-filename NAME 标准输入显示的文件名
      --color, --no-color   强制开启或关闭颜色（默认：终端上开启，遵循 NO_COLOR/FORCE_COLOR）
      --debug               出现内部错误时打印调用栈
  -h, --help                显示本帮助
  -v, --version             显示版本

parse 选项：
      --combine             把 include 的文件合并成一份配置，并给每条语句加上 "file"
      --single-file         不跟随 include
      --include-comments    把注释作为 "#" 语句输出
      --positions           给每条语句加上列号和 [start, end] 偏移量

退出码：0 表示没有达到 --fail-on 级别的问题（且警告数不超过 --max-warnings），否则为 1；
2 表示用法错误、输入不可用或内部错误。
`,
  });
}
