import type { paste as en } from '../en/paste.ts';

/**
 * Simplified Chinese: the "Paste your error" / "Paste your code" panel.
 * Typed against ../en/paste.ts: an unknown key is a type error; a missing one falls back to
 * English at run time and fails tests/unit/i18n.test.ts.
 */
export const paste = {
  'paste.heading': '粘贴错误信息或代码',
  'paste.intro': '无需密钥，也不会发送任何内容：错误信息和代码都在本页面中分析。提供其中一项即可。',
  'paste.errorLabel': '粘贴错误信息',
  'paste.errorHint':
    'Python traceback、Node 错误、curl 响应、一行日志，或本页面的测试或检查命令在终端中的输出。',
  'paste.codeLabel': '粘贴代码',
  'paste.codeHint':
    'Python 或 JavaScript/TypeScript 代码，或你所用工具的配置文件（JSON、YAML、TOML、.env、.properties）。写在其中的密钥只留在本页面中。',
  'paste.diagnose': '诊断',

  'paste.config.heading': '你的配置文件',
  'paste.config.readAs': '按 {format} 读取：这是 {tool} 的配置文件。',
  'paste.config.readAsFormat': '按 {format} 读取。',
  'paste.config.brokenParse': '粘贴的文件无法按 {format} 解析；下面是能读出的部分。',
  'paste.config.repaired':
    '已按原格式修复（改动的行：{lines}），你的注释和其他设置都保留了。修复后的文件已用 {format} 解析器重新读取过。',
  'paste.config.format.json': 'JSON 格式',
  'paste.config.format.yaml': 'YAML 格式',
  'paste.config.format.toml': 'TOML 格式',
  'paste.config.format.dotenv': '.env 文件',
  'paste.config.format.properties': '.properties 文件',
  'paste.config.owner.compose': 'Docker Compose',
  'paste.config.owner.env-file': '.env',
  'paste.config.owner.claude-code-router': 'Claude Code Router',
  'paste.nothing': '粘贴错误信息、代码或两者，然后点击“诊断”。',
  'paste.resultHeading': '粘贴内容的分析结果',
  'paste.readerFailed':
    '代码读取器未能加载，因此什么也没有读取。请检查网络连接并重新加载页面，然后再次点击“诊断”。',
  'paste.cleared': '要忘记的密钥也出现在你粘贴的内容中：这些输入框及从中读出的结果已一并清空。',
  'paste.standing': '（{standing}）',

  'paste.error.heading': '你的错误',
  'paste.error.notRecognised':
    '这看起来不像本页面认识的错误。找到的信息如下；如果文本很长，只粘贴 traceback 的最后几行即可。',
  'paste.error.status': 'HTTP 状态码',
  'paste.error.message': '消息',
  'paste.error.variant': '401 消息类型',
  'paste.error.tail': '服务器收到的密钥结尾',
  'paste.error.sdk': '输出来源',
  'paste.error.exception': '异常',
  'paste.error.requestId': '请求 ID',
  'paste.error.signs': '迹象',
  'paste.error.models': '模型',
  'paste.error.checks': '检查结果说明',

  'paste.error.otherHostWords':
    '是{host}用它自己的措辞作答，而不是 DeepSeek：它判断的不是你的 DeepSeek 密钥。',
  'paste.error.kind.unauthorized.other-host':
    '回答 401 的是 {host}，不是 DeepSeek：它没有接受收到的密钥。',
  'paste.error.kind.unauthorized.other-words':
    '这是一个 401，但措辞不是 DeepSeek 的：回答的一方（代理、网关或其他服务商）没有接受收到的密钥。',
  'paste.error.kind.unauthorized': 'DeepSeek 返回 401：它不接受收到的密钥。',
  'paste.error.kind.openai-key-rejected':
    '拒绝密钥的是 OpenAI，而不是 DeepSeek：客户端没有设置 DeepSeek 的 base URL，所以密钥被发到了 api.openai.com。',
  'paste.error.kind.no-key':
    '客户端没有拿到密钥，因此没有发送请求：SDK 既没找到 api_key 参数，也没找到 OPENAI_API_KEY。',
  'paste.error.kind.no-key.named':
    '程序没有拿到密钥，所以没有发出任何请求：它没有找到 {name} 的值。',
  'paste.error.kind.no-key.words': '程序没有拿到密钥，所以没有发出任何请求：它说自己没有密钥。',
  'paste.error.kind.invalid-header':
    '密钥甚至无法放进请求头：它含有换行符、不可见字符或非 ASCII 字符。',
  'paste.error.kind.invalid-header.empty':
    '密钥是空的：请求头 “Bearer ” 在发送任何请求之前就被拒绝了。',
  'paste.error.kind.unknown-provider': '工具不认识所指定的服务商，因此什么也没有发送',
  'paste.error.kind.local-error': '代码在你的电脑上、发出任何请求之前就停下了：没有检查任何密钥',
  'paste.error.kind.insufficient-balance':
    'DeepSeek 返回 402 Insufficient Balance：密钥有效，账号需要充值。',
  'paste.error.kind.rate-limited': 'DeepSeek 返回 429：请求过多。密钥有效；请降低频率后重试。',
  'paste.error.kind.server-error': '服务器自身出错（5xx）。这与密钥无关：请稍后重试。',
  'paste.error.kind.server-error.empty-body':
    '应当是 JSON 的回答是空的或被截断：这是服务器一侧的故障，与密钥无关。',
  'paste.error.kind.server-error.empty-answer':
    '完全没有收到答复：这是服务器一侧或工具自身的故障，与密钥无关。',
  'paste.error.kind.server-error.intermittent':
    '它只是有时失败：有时能用的密钥就是有效的，所以问题在服务器一侧或通往它的路上，而不是密钥。',
  'paste.error.kind.rate-limited.elsewhere':
    '返回 429 的是{who}（请求过多，或那边的额度用完了）：这与你的 DeepSeek 密钥无关。',
  'paste.error.kind.insufficient-balance.elsewhere':
    '返回 402 的是{who}（那个账号没有余额）：这与你的 DeepSeek 密钥无关。',
  'paste.error.kind.bad-request.elsewhere':
    '拒绝请求中某项设置的是{who}，不是密钥的问题：请求没有到达 DeepSeek。',
  'paste.error.kind.bad-request.relayed':
    '{who}转达了一次对请求中某项设置的拒绝，用的是 DeepSeek 的措辞：与密钥无关。',
  'paste.error.kind.model.elsewhere':
    '{who}不提供所发送的模型名称（它的模型 ID 与 DeepSeek 的不同）：请求没有到达 DeepSeek。',
  'paste.error.who.openai': 'OpenAI',
  'paste.error.wordsOnly':
    '只有“失败”的描述，没有可读的错误信息。如果应用显示过错误（在弹窗、日志或截图里），请把它的文字粘贴到这里。',
  'paste.error.who.unknown': '一个不使用 DeepSeek 措辞的服务器',
  'paste.error.kind.model.unnamed':
    '回答的服务器不提供这个模型名称：错的是那里的模型 ID，不是密钥。',
  'paste.error.kind.model': 'DeepSeek 不提供这个模型名：密钥有效，是模型 ID 错了。',
  'paste.error.kind.bad-request': 'DeepSeek 拒绝的是请求里的某个设置（400 或 422），不是密钥。',
  'paste.error.kind.http-error': '一个与认证无关的 HTTP 错误。',
  'paste.error.kind.network':
    '请求没有得到任何 HTTP 响应：这是网络、DNS、TLS 或代理问题，不是密钥问题。',
  'paste.error.kind.unrecognised': '无法识别。',
  'paste.error.kind.key-accepted':
    'DeepSeek 接受了密钥（HTTP 200）：在运行命令的地方，DEEPSEEK_API_KEY 中的密钥有效。',
  'paste.error.kind.key-accepted.completion':
    'DeepSeek 答复了这次对话请求（HTTP 200）：它接受了工具发送的密钥。',
  'paste.error.kind.key-check': '这不是错误，而是本页面某个检查命令的输出。它说明了以下情况。',

  'paste.error.variant.invalid-key': '“Your api key: ****… is invalid”：收到了密钥但被拒绝',
  'paste.error.variant.invalid-key.empty':
    '“Your api key:  is invalid”，中间什么都没有：收到的密钥是空的',
  'paste.error.variant.bad-format':
    '“auth header format should be Bearer sk-…”：密钥为空或不以 sk- 开头',
  'paste.error.variant.no-such-user': '“no such user”：账号已不存在，或服务故障',
  'paste.error.variant.governor': '“governor”：DeepSeek 没有收到 Authorization 请求头',
  'paste.error.variant.unknown': '没有可分析的消息',

  'paste.error.network.dns': '无法解析主机名（DNS）。',
  'paste.error.network.refused': '连接被拒绝。',
  'paste.error.network.reset': '连接被关闭或重置。',
  'paste.error.network.timeout': '请求超时。',
  'paste.error.network.tls': 'TLS（SSL）证书校验失败：常见于公司代理。',
  'paste.error.network.blocked': '浏览器拦截了请求（CORS、浏览器扩展或离线）。',
  'paste.error.network.proxy':
    '你和 DeepSeek 之间的代理拒绝了请求（407）：它要的是代理自己的凭据，不是你的 DeepSeek 密钥。请在代理地址中提供（例如 HTTPS_PROXY=http://user:password@host:port），或联系代理的管理员。',
  'paste.error.network.other': '连接错误。',

  'paste.error.sdk.python-openai': 'openai（Python）',
  'paste.error.sdk.node-openai': 'openai（Node.js）',
  'paste.error.sdk.ai-sdk': 'Vercel AI SDK（ai 包）',
  'paste.error.sdk.langchain': 'LangChain（基于 openai SDK）',
  'paste.error.sdk.litellm': 'LiteLLM',
  'paste.error.sdk.curl': 'curl',
  'paste.error.sdk.powershell': 'PowerShell',
  'paste.error.sdk.unknown': '未知',

  'paste.error.sign.unofficial-deepseek-package':
    '使用了“deepseek”包：DeepSeek 没有官方 SDK，其文档使用的是 openai 包。',
  'paste.error.sign.openai-incorrect-key':
    '“Incorrect API key provided”是 OpenAI 的消息：密钥被发给了 OpenAI。',
  'paste.error.sign.openai-host':
    '应答的是 OpenAI 的服务器（api.openai.com 或 platform.openai.com）。',
  'paste.error.sign.deepseek-host': '出现了 api.deepseek.com：这次调用的目标是 DeepSeek。',
  'paste.error.sign.deepseek-server-words':
    'DeepSeek 描述自身故障的原话（“Service is too busy”、“Server overloaded”），或中转转述的 DeepSeek 答复。',
  'paste.error.sign.no-key-python':
    'Python 版 openai 没找到密钥：既没有传入 api_key，也没有设置 OPENAI_API_KEY。',
  'paste.error.sign.no-key-node':
    'Node.js 版 openai 没找到密钥：没有传入 apiKey（或其值为 undefined），也没有设置 OPENAI_API_KEY。',
  'paste.error.sign.missing-credentials': '“Missing credentials”：客户端没有拿到密钥。',
  'paste.error.sign.langchain-no-key': 'LangChain 没有为其 OpenAI 客户端找到密钥。',
  'paste.error.sign.env-keyerror': 'os.environ[…] 抛出 KeyError：运行代码的进程中没有设置该变量。',
  'paste.error.sign.worked-before': '你提到它之前能用。',
  'paste.error.sign.key-in-dotenv': '你提到密钥写在 .env 文件里。',
  'paste.error.sign.models-listed':
    '这里也有 DeepSeek 返回的模型列表：你从别处（curl）发送的密钥是有效的。',
  'paste.error.sign.compose-blank-key':
    'Docker Compose 把密钥变量留空了：运行 docker compose 的地方没有设置它。',
  'paste.error.sign.ci-secret-blank':
    'GitHub Actions 在这一步的环境里显示密钥变量为空：这次运行没有拿到 secret。',
  'paste.error.sign.anthropic-key-tail':
    'DeepSeek 收到的密钥结尾是 AA，和 Anthropic 的密钥一样：发出去的是 Anthropic 的密钥。',
  'paste.error.sign.env-file-passed':
    '.env 文件由启动程序的命令传入（--env-file 或 env_file:）：代码不必自己加载它。',
  'paste.error.sign.env-file-quotes-kept':
    'docker run --env-file 搭配带引号的密钥：docker run 会把引号当作值的一部分保留。',
  'paste.error.sign.secret-key-missing': 'Kubernetes 在 Secret 里找不到这个键，所以容器没有启动。',
  'paste.error.sign.sudo-run':
    '程序是用 sudo 启动的，它不会带上你 shell 中的任何变量（除非加 -E）。',
  'paste.error.sign.env-read-shown': '调用栈显示密钥是从环境变量读取的。',
  'paste.error.sign.env-named-unset': '程序指出了一个未设置的变量：运行它的进程中没有设置该变量。',
  'paste.error.sign.openai-env-fallback':
    '提到了 OPENAI_API_KEY：由于没有向客户端传入密钥，SDK 去那里查找了。',
  'paste.error.sign.invalid-header':
    'HTTP 库拒绝了 Authorization 请求头：密钥含有换行符、不可见字符或非 ASCII 字符。',
  'paste.error.sign.browser-console':
    '这是浏览器控制台打印的：代码运行在网页里，只能看到打包工具放进页面的变量。',
  'paste.error.sign.terminal-test':
    '这是本页终端测试打印的：请求带的是那个终端里 DEEPSEEK_API_KEY 的值。',
  'paste.error.sign.empty-bearer': '请求头是 “Bearer ”，后面没有密钥：代码运行时密钥为空。',
  'paste.error.sign.doubled-path':
    'URL 中出现了两次“/chat/completions”：base URL 只能是 https://api.deepseek.com。',
  'paste.error.sign.empty-body': '在应为 JSON 的地方收到了空的或被截断的答复',
  'paste.error.sign.empty-answer': '完全没有收到答复',
  'paste.error.sign.completion-ok': '对话请求本身得到了 200 OK 的答复',
  'paste.error.sign.json-schema': '结构化输出（json_schema），DeepSeek 不支持',
  'paste.error.sign.unknown-provider': '未知的服务商名称',
  'paste.error.sign.intermittent': '只是有时失败',
  'paste.error.sign.object-printed':
    '“[object Object]”：工具把一个错误对象当作文本打印了出来，错误信息因此丢失。工具的日志或它的开发者控制台（多数基于 Electron 的桌面应用按 Ctrl+Shift+I 打开）里有这条信息：请把它粘贴到这里。',
  'paste.error.sign.truncated': '文本过长：只读取了开头 40 KB 和末尾 160 KB，错误通常就在末尾。',

  'paste.check.not-set': 'NOT SET：在运行检查的地方，DEEPSEEK_API_KEY 不存在或为空。',
  'paste.check.set': '在运行检查的地方已设置 DEEPSEEK_API_KEY：{length} 个字符，以“{tail}”结尾。',
  'paste.check.setLength': '在运行检查的地方已设置 DEEPSEEK_API_KEY：{length} 个字符。',
  'paste.check.setTail': '在运行检查的地方已设置 DEEPSEEK_API_KEY，以“{tail}”结尾。',
  'paste.check.problem.quote': '它以引号结尾：.env 文件或 shell 中的引号成了密钥的一部分。',
  'paste.check.problem.whitespace': '它以空格或换行符结尾，这些字符会被当作密钥的一部分发送。',
  'paste.check.problem.length': 'DeepSeek 密钥有 35 个字符：这里少了或多了字符。',
  'paste.check.problem.not-hex': 'DeepSeek 密钥以四个小写十六进制字符结尾：这个值是别的东西。',
  'paste.check.fits': '它的长度和结尾都符合 DeepSeek 密钥。',
  'paste.check.shape-ok': 'shape OK：DEEPSEEK_API_KEY 符合 DeepSeek 密钥的格式。',
  'paste.check.bad-shape':
    'BAD SHAPE：DEEPSEEK_API_KEY 有 {length} 个字符，不是 DeepSeek 密钥（sk- 加 32 个十六进制字符）。',
  'paste.check.clientUrl': '客户端把请求发往 {url}。',
  'paste.check.clientNoBaseUrl': '客户端没有 base URL（None）：它的请求会发往 OpenAI。',
  'paste.check.clientTail': '客户端持有的密钥以“{tail}”结尾。',
  'paste.check.clientNoKey': '客户端没有持有任何密钥。',

  'paste.code.heading': '你的代码',
  'paste.code.language.python': 'Python',
  'paste.code.language.node': 'JavaScript 或 TypeScript',
  'paste.code.language.langchain': 'Python（LangChain）',
  'paste.code.language.litellm': 'Python（LiteLLM）',
  'paste.code.language.java': 'Java',
  'paste.code.language.go': 'Go',
  'paste.code.language.csharp': 'C#',
  'paste.code.language.php': 'PHP',
  'paste.code.language.rust': 'Rust',
  'paste.code.language.ruby': 'Ruby',
  'paste.code.readUntabbed':
    '这是 {language} 代码：本页读取它从哪里取得密钥、把请求发到哪里，并改写一处修改即可修好的地方（写在代码里的密钥、缺少“Bearer ”的 Authorization 请求头、没有 base URL 的客户端）。下方各步骤没有 {language} 示例：修正后的代码就是你的代码改好后的样子。',
  'paste.code.readOnly':
    '这是 {language} 代码：本页读取它从哪里取得密钥、把请求发到哪里。它会改写写在代码里的密钥（改为读取 DEEPSEEK_API_KEY）、缺少“Bearer ”的 Authorization 请求头，以及在一处修改即可补上 base URL 的客户端；下方各步骤中的 {language} 示例就是可用的写法。',
  'paste.code.language.other':
    '不是 Python 或 JavaScript：只检查了其中写入的密钥和 Authorization 请求头。',
  'paste.code.languageIs': '按 {language} 解析。',
  'paste.code.noFindings': '这段代码中未发现问题。',
  'paste.code.unchanged': '无需修复：下面就是你粘贴的代码。',
  'paste.code.atLine': '第 {line} 行：{text}',
  'paste.code.severity.error': '问题',
  'paste.code.severity.warning': '警告',
  'paste.code.severity.info': '提示',
  'paste.code.changedLines': '修复后代码中修改的行：{lines}。',
  'paste.code.truncated':
    '代码很长：只读取并显示了前 {lines} 行，但修复后代码下方的复制按钮会复制整个文件，其余部分保持不变。如果客户端是在更后面创建的，请单独粘贴那一部分。',
  'paste.code.otherSdk':
    '第 {line} 行：这段代码通过 {module} 调用的是另一家服务商，而不是 DeepSeek，所以这里没有可以修复的地方。DeepSeek 提供的是 OpenAI 格式的 API：请使用 openai 包，设置 DeepSeek 的 base URL（https://api.deepseek.com），并使用 DeepSeek 的密钥。下面的修复后代码是标准的 DeepSeek 客户端，而不是修复过的你的代码。',
  'paste.code.otherProviderKey':
    '代码中写死了一个 {provider} 的密钥（{shape}，按格式判断）。它不是 DeepSeek 的密钥，DeepSeek 会拒绝它，而且任何看到这个文件的人都能使用它：请到 {provider} 轮换（作废并重新生成）这个密钥。DeepSeek 需要自己的密钥：在 platform.deepseek.com 创建，并从 DEEPSEEK_API_KEY 中读取。',

  'paste.code.finding.no-api-key':
    '创建客户端时没有传入 api_key，因此 SDK 读取的是 OPENAI_API_KEY，而不是你的 DeepSeek 密钥。',
  'paste.code.finding.no-base-url':
    '客户端没有设置 {option}，因此密钥被发往 OpenAI（api.openai.com），并被拒绝。请添加 {option} https://api.deepseek.com。',
  'paste.code.finding.foreign-base-url':
    'base URL {url} 不是 DeepSeek 的 API 地址：密钥会被发到那里。请使用 https://api.deepseek.com。',
  'paste.code.finding.base-url-path':
    'base URL {url} 带有 DeepSeek 并不作为 base 提供的路径（SDK 会自行添加的路径，或拼写错误）：请求会发往一个不存在的 URL。请使用 https://api.deepseek.com。',
  'paste.code.finding.wrong-argument-name':
    '客户端没有“{name}”这个参数，所以拿不到这个值（Python 版 openai 会拒绝它：“unexpected keyword argument”）。正确的参数是 {expected}。',
  'paste.code.finding.wrong-option-name':
    'Node.js 版 openai 没有“{name}”选项，并会静默忽略它：正确的选项是 {expected}。',
  'paste.code.browserKey':
    '密钥写在了网页中运行的代码里（{shape}）：任何打开这个页面的人都能读到它。请在 platform.deepseek.com 上删除它并新建一个。请从你的服务器发起调用，让密钥留在服务器上；修复后的副本为密钥留了一个占位，只适合仅你自己打开的页面。',
  'paste.code.finding.hard-coded-key':
    '代码中写死了一个密钥（{shape}）。任何看到这个文件的人都能使用它：请在 platform.deepseek.com 删除它，创建新密钥，并从环境变量中读取。',
  'paste.code.finding.env-line-key':
    '这一行 .env 或 shell 设置把 {name} 设为一个密钥（{shape}）：密钥本就该放在这里，而不是代码里（不要把这个文件提交到版本库）。修复后的副本在这里留出了填写密钥的位置。',
  'paste.code.envLineOtherProviderKey':
    '这一行 .env 或 shell 设置把 {name} 设为一个 {provider} 的密钥（按格式判断，{shape}）。它不是 DeepSeek 的密钥，DeepSeek 会拒绝它：请在这里填入在 platform.deepseek.com 创建的密钥。',
  'paste.code.finding.tool-key-stored':
    '{tool} 在这里把密钥存进了它自己的凭据库。如果 {tool} 仍然说没有密钥，说明它不会为 DeepSeek 读取这个凭据库：请同时设置它提示的环境变量，并更新 {tool}。',
  'paste.code.finding.powershell-not-env':
    'PowerShell 用 $env:{name} 读取环境变量；${name} 是这个脚本自己的变量，这里是空的，所以请求头发出去的是没有密钥的 “Bearer ”。请改用 $env:{name}。',
  'paste.code.finding.dotenv-esm-order':
    'ES 的 import 会在这一行之前全部执行：上面导入的模块如果在加载时就创建客户端，它读取 process.env 时 dotenv.config() 还没有运行。请改为在最前面写 import "dotenv/config"。',
  'paste.code.finding.secret-str-sent':
    '对 pydantic 的 SecretStr 调用 str({name}) 得到的是掩码 "**********"，不是密钥：客户端发送的是这些星号。请改用 {name}.get_secret_value()。',
  'paste.code.finding.aider-openai-option':
    '{name} 在 aider 里是 OpenAI 的密钥：deepseek/ 模型不会读取它。请改为设置 DEEPSEEK_API_KEY（或 api-key: deepseek=<你的密钥>）。',
  'paste.code.finding.empty-key': '密钥是空字符串：DeepSeek 会返回 401。请从环境变量中读取。',
  'paste.code.finding.masked-key':
    '这里的密钥被遮盖了（{shape}），就像大家发帖前会做的那样：本页把其余部分当作你的密钥就在这里来读。请在上方测试密钥本身；修复后的副本标出了它该放在哪里。',
  'paste.code.finding.placeholder-key':
    '“{value}”是占位符，不是密钥：修复后的副本标出了你的密钥该放在哪里。',
  'paste.code.finding.key-is-variable-name':
    '密钥是文本“{name}”，即加了引号的变量名，而不是变量的值。请改为读取该变量。',
  'paste.code.finding.env-var-other-provider':
    '代码从 {read}（另一家服务商的变量）读取密钥，而客户端没有指向 DeepSeek：这个变量存的是那家服务商的密钥，DeepSeek 不接受。要调用 DeepSeek，请读取 {expected}，并使用 DeepSeek 的 base URL。',
  'paste.code.finding.named-env-key':
    '该工具从名为 {name} 的变量读取密钥；如果启动它的环境里没有这个变量，它会直接把文本“{name}”发出去。',
  'paste.code.finding.set-name-differs':
    '这里设置的是 {name}，而 DeepSeek 的工具和 SDK 示例读取的是 {expected}：程序会发现 {expected} 未设置。请改为设置 {expected}。',
  'paste.code.finding.env-var-name':
    '代码从 {read} 读取密钥，而不是 {expected}：请确认运行代码的地方 {read} 里是你的 DeepSeek 密钥，或者改为读取 {expected}。',
  'paste.code.finding.getenv-none':
    '变量未设置时，os.getenv("{name}") 返回 {value}，SDK 随后会悄悄改用 OPENAI_API_KEY。而 os.environ["{name}"] 会立即以 KeyError 失败。',
  'paste.code.finding.environ-fails-loudly':
    '变量未设置时，os.environ["{name}"] 会抛出 KeyError：很好，缺少密钥时会明确报错。',
  'paste.code.finding.dotenv-not-loaded':
    '导入了 dotenv 但从未调用，因此 .env 文件没有被读取：请在创建客户端之前调用 load_dotenv()（Python）或 dotenv.config()（Node）。',
  'paste.code.finding.dotenv-too-late':
    'load_dotenv() 在创建客户端之后才运行，因此客户端没有看到密钥：请先调用它。',
  'paste.code.finding.dotenv-missing':
    '代码提到了 .env 文件，但 Python 不会自动读取 .env：请 pip install python-dotenv，并先调用 load_dotenv()。',
  'paste.code.finding.config-reference-sent':
    'LibreChat 从 {name} 读取密钥；如果它的环境（它的 .env）里没有设置 {name}，它会直接发送文本“{sent}”。',
  'paste.code.finding.dotenv-no-override':
    'load_dotenv() 会保留已经设置的 {name}：如果你的 shell 导出了一个旧值，它会覆盖这个 .env（load_dotenv(override=True) 则相反）。',
  'paste.code.finding.env-empty-key':
    '这里 {name} 的值为空，而代码读取的正是它：密钥是空的。请在 “=” 后面填入你的密钥。',
  'paste.code.finding.env-name-mismatch':
    '这一行设置的是 {defined}，但代码（或它用的库）读取的是 {read}：{read} 仍未设置。请改为设置 {read}，或者读取 {defined}。',
  'paste.code.finding.secret-key-newline':
    '这个 Secret 的值解码后是你的密钥（{shape}）再加一个换行（对 echo 输出做了 base64）：Pod 里的变量两者都有，DeepSeek 会拒绝它。请用 printf %s "$DEEPSEEK_API_KEY" | base64 编码，或者把密钥放在 stringData: 下，它按原文读取。',
  'paste.code.finding.shell-single-quoted':
    '单引号中的内容 shell 不会展开：请求头发送的是文本 {name} 本身，而不是它的值（DeepSeek 随后会回显这段文本的结尾）。请把这个请求头放进双引号。',
  'paste.code.finding.setx-same-window':
    'setx 保存的 {name} 只对之后新打开的窗口生效，对当前窗口无效：在同一个窗口里随后启动的程序看不到 {name}。请打开一个新的终端（并重启运行代码的编辑器），或者在当前窗口里也设置一次。',
  'paste.code.finding.cmd-set-spaces':
    '在 cmd 中，set 会保留所有空格：这一行设置的是名为“{name} ”（带空格）的变量，值也以空格开头，而 {name} 本身仍未设置。请写成 set {name}=…，等号两边不要有空格。',
  'paste.code.finding.browser-env-hidden':
    '在浏览器中，{bundler} 只提供名称以 {prefix} 开头的变量：{name} 在那里是 undefined，无论 shell 或 .env 里设置了什么。请从你的服务器发起调用，密钥留在服务器上；改用 {prefix} 开头的名称虽然可行，但会把密钥放进每位访问者下载的 JavaScript 中。',
  'paste.code.finding.node-env-not-loaded':
    'Node 不会自动读取 .env：请运行 node --env-file=.env（Node 20.6+），或 import "dotenv/config"，除非该变量已在 shell 中设置。',
  'paste.code.finding.unofficial-package':
    '“{module}”不是官方包：DeepSeek 没有自己的 SDK。请使用 openai 包并设置 DeepSeek 的 base URL。',
  'paste.code.finding.openai-model':
    '{model} 是 OpenAI 的模型；DeepSeek 对它返回 400。请使用 {suggested}。',
  'paste.code.finding.retired-model':
    '{model} 已下线；DeepSeek 对它返回 400。请使用 {suggested}。它默认先思考再回答，与 deepseek-reasoner 相同；若要保留 deepseek-chat 的行为（读取 temperature，工具调用后无需回传 reasoning_content），请在每个请求中加入 {off}。',
  'paste.code.finding.azure-client':
    'AzureOpenAI 会拼出 Azure 的 URL（deployment、api-version），DeepSeek 没有这些：修正后的代码改用标准的 OpenAI 客户端和 DeepSeek 的 base URL，并去掉了 {args}。',
  'paste.code.finding.no-client': '这段代码中没有找到 OpenAI 客户端：请粘贴创建客户端的那部分。',
  'paste.code.finding.key-in-getenv-default':
    '代码把一个密钥写成了 os.getenv("{name}") 的默认值（{shape}）：只要 {name} 未设置就会用它，而且任何看到这个文件的人都能使用它。请在 platform.deepseek.com 删除它，创建新密钥，并只读取环境变量：os.environ["{name}"]。',
  'paste.code.finding.key-in-comment':
    '注释或文档字符串中有一个密钥（{shape}）。它不是 401 的原因，但任何看到这个文件的人都能使用它：修复后的代码只显示 {shape}。如果这个文件曾被分享或提交，请在创建它的平台删除该密钥并创建新密钥。',
  'paste.code.finding.auth-header-double-bearer':
    '请求头里的 “Bearer ” 出现了两次：这个方法本身会加上它，而传给它的值又以它开头，于是 DeepSeek 收到 “Bearer Bearer sk-…” 并返回 401。只把密钥本身传给这个方法。',
  'paste.code.finding.auth-header-no-bearer':
    'Authorization 请求头里只有密钥本身。DeepSeek 要求在密钥前加上“Bearer ”，否则返回 401“Authentication Fails (auth header format should be Bearer sk-...)”：请在这个请求头里的密钥前加上“Bearer ”。',
  'paste.code.finding.getenv-none-library':
    '变量未设置时，os.getenv("{name}") 返回 {value}，库随后会自己去找 DEEPSEEK_API_KEY：若它也未设置，就没有密钥。os.environ["{name}"] 则会立即以 KeyError 失败。',
  'paste.code.finding.getenv-none-http':
    '变量未设置时，os.getenv("{name}") 返回 {value}，请求发出时就不带你的密钥，DeepSeek 会返回 401。而 os.environ["{name}"] 会立即以 KeyError 失败。',
  'paste.code.finding.openai-client-kept':
    '这个客户端是给 OpenAI 用的（它的注释、变量名或 base URL 表明了这一点），因此保持原样：它读取 OPENAI_API_KEY 并连接 OpenAI。只有 DeepSeek 客户端需要你的 DeepSeek 密钥。',
  'paste.code.finding.other-client-kept':
    '这个客户端是给另一家服务商（{host}）用的：它的 base URL 和密钥都表明了这一点，因此保持原样。只有 DeepSeek 客户端需要你的 DeepSeek 密钥。',
  // 配置文件。
  'paste.code.finding.config-key-placeholder':
    '你的密钥（{shape}）写在这个文件里，而这种格式只能写密钥本身。修复后的文件在这里写的是 {placeholder}：本页从不给出任何密钥。请自己把密钥填回去（如果这个文件分享或提交过，请换一个新密钥）。',
  'paste.code.finding.config-wire-api':
    'wire_api = "chat"：当前的 Codex 已不再接受（“wire_api = "chat" is no longer supported”）。DeepSeek 从 2026 年 7 月 31 日起提供 Responses API：请像 DeepSeek 的 Codex 接入指南那样改为 "responses"。',
  'paste.code.finding.compose-env-missing':
    '服务“{service}”只把这里列出的变量传给容器，其中没有 {name}：容器里的工具读取 {name} 时发现它未设置，不管你的 shell 里有什么。请把 {name} 加到它的 environment（或 env_file）里。',
  'paste.code.finding.config-base-url-spelling':
    '工具从 {expected}（必须一字不差）读取 DeepSeek 的地址：它会忽略 {name}，把你的密钥发往它的默认主机。',
  'paste.code.finding.ci-fork-secrets':
    '这个工作流会为拉取请求运行：如果拉取请求来自 fork，GitHub 不会传入任何 secret，${{ secrets.{name} }} 为空；如果没有名称恰好为 {name} 的 secret（Settings → Secrets and variables → Actions），它同样为空。',
  'paste.code.finding.config-no-key':
    '这个模型没有 {name}：工具发请求时不带密钥（DeepSeek 随后会回显“null”）。请添加 {name}，从你的密钥（secret）中读取。',
  'paste.code.finding.config-var-not-expanded':
    '这里不会展开“{value}”：工具会把这几个字符原样当作密钥发送，DeepSeek 因此返回 401。请改用 {expected}。',
  'paste.code.finding.config-wrong-field':
    '{name} 不是这个工具读取 DeepSeek 密钥的位置：请用 {expected}（DeepSeek 的 Claude Code 指南设置的是 ANTHROPIC_AUTH_TOKEN；两个都设置时，两个请求头都会发出）。',
  'paste.code.finding.config-key-spelling':
    '该工具只从 {expected}（拼写须完全一致）读取密钥：它会忽略 {name}，因而不发送任何密钥。',
  'paste.code.finding.config-key-reference':
    '“{value}” 代表一个变量。有的工具会读取这个变量（LibreChat 会展开 ${…}；有的工具接受裸变量名），有的则原样发送这段文字，DeepSeek 随后返回 401，并回显它的结尾（“****_KEY”、“****KEY}”）。如果你的报错里是这样的结尾，请在这里填密钥本身，或这个工具文档给出的引用写法；否则这一行没有问题。',
  'paste.code.finding.config-key-in-variable-field':
    '{name} 填的是保存密钥的环境变量的名字，不是密钥本身。把密钥写在这里，工具会去找一个名叫 “sk-…” 的变量，找不到，于是不发送密钥。请在这里写 {expected}，并把 {expected} 设置为你的密钥。',
  'paste.code.finding.config-key-extra':
    '密钥的值里不只有密钥（多了一个引号、“Bearer ”、空格或不可见字符）：工具会把这些一起发出，DeepSeek 因此返回 401。请在这里只放密钥本身。',
  'paste.code.finding.config-full-endpoint':
    'Claude Code Router 会原样请求 api_base_url，所以它必须是完整的端点：{expected}。DeepSeek 不在 {url} 这个地址应答。保存后运行 ccr restart。',
  'paste.code.finding.config-anthropic-path':
    '基础 URL {url} 是 DeepSeek 的 OpenAI 格式地址。Claude Code 使用 Anthropic 格式：请改用 {expected}。',
  'paste.code.finding.other-provider-endpoint':
    '{url} 属于 {provider}，不是 DeepSeek：DeepSeek 的密钥在那里会被拒绝。如果你要用 DeepSeek 官方 API，请改用 https://api.deepseek.com；如果你要用 {provider}，请使用 {provider} 的密钥。本页不改动这一行。',
  'paste.code.finding.env-spaces':
    '{name} 的“=”两边有空格。docker --env-file 和一些加载器会因此读到别的变量名或带空格的值，密钥等于没有设置：请写成 KEY=value。',
  'paste.code.finding.env-export':
    '“export {name}=…”在 shell 里可用，但 docker --env-file 会把“export {name}”整个当作变量名：工具读取的变量仍未设置。请去掉 export。',
  'paste.code.finding.env-crlf':
    '这个文件使用 Windows 换行（CRLF）：在 Linux 和 Docker 中，每个值末尾都多了一个看不见的回车符，发送的密钥就不是你的密钥。修复后的文件使用 LF。',
  'paste.code.finding.compose-quotes':
    '在 Compose 的列表写法里，- {name}="…" 会把引号当作值的一部分：发送的密钥首尾都带着引号。请写成 - {name}=value，或改用映射写法。',
} satisfies { readonly [K in keyof typeof en]?: string };
