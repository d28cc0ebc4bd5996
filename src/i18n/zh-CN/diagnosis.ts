import type { diagnosis as en } from '../en/diagnosis.ts';

/**
 * Simplified Chinese: the diagnosis and the Markdown report.
 * Typed against ../en/diagnosis.ts: an unknown key is a type error; a missing one falls back to
 * English at run time and fails tests/unit/i18n.test.ts.
 */
export const diagnosis = {
  'diagnosis.keyWorks': 'DeepSeek 接受了一个密钥：密钥本身没有问题。',
  'diagnosis.openCause': '打开此步骤',
  'diagnosis.openCauseNamed': '打开此步骤：{cause}',
  'diagnosis.copy': '复制诊断结果',
  'diagnosis.copyHint': '一份用于客服工单的 Markdown 报告，不含你的密钥。',

  'diagnosis.standing.likely': '很可能',
  'diagnosis.standing.possible': '有可能',
  'diagnosis.standing.ruled-out': '已排除',
  'diagnosis.standing.unknown': '暂无法判断',

  'diagnosis.notAuth.insufficient-balance':
    '不是认证问题：账号余额已用完（402）。请在 platform.deepseek.com/top_up 充值。',
  'diagnosis.notAuth.rate-limited': '不是认证问题：请求过多（429）。请稍候，再以更低的频率重试。',
  'diagnosis.notAuth.insufficient-balance.host':
    '不属于四种原因：{host} 返回了 402，余额不足。这是你在那里的账号余额；或者，如果是它的套餐提供 DeepSeek 的模型，则是它自己的 DeepSeek 账号余额：那只有它能解决，请等待或告诉它。在 DeepSeek 平台充值对两者都无效。',
  'diagnosis.notAuth.rate-limited.host':
    '不属于四种原因：{host} 返回了 429，这是它自己的限制（免费模型的额度、套餐的配额，或它背后的服务商繁忙）。请求没有到达 DeepSeek，也没有哪个密钥有错。请稍后重试，或在那里换一个模型或套餐。',
  'diagnosis.notAuth.server.host':
    '不属于四种原因：回复服务器错误（5xx）的是 {host}，不是 DeepSeek，也没有哪个密钥出错。如果它说自己繁忙或宕机，请稍后重试，或在那里换一个模型或服务商；如果每次都失败，请检查在那里为它设置的模型名或部署名。',
  'diagnosis.notAuth.server.relay':
    '不是认证问题：{host}（你本机或内网上的中转或代理）返回了网关错误（502 或 504）：它没有从背后的服务器得到有效回答，或没有及时得到。故障在两者之间：它的网络、挡在中间的系统代理，或那台服务器宕机。它的日志会说明是哪一种；解决之后再重试。',
  'diagnosis.notAuth.server':
    '不是认证问题：服务器自身出错（5xx、回答为空，或根本没有回答）。请稍后重试；如果请求发往 DeepSeek，请查看 status.deepseek.com。',
  'diagnosis.notAuth.model': '不是认证问题：模型名称有误。请使用 DeepSeek 提供的模型 ID。',
  'diagnosis.notAuth.bad-request':
    '不是认证问题：DeepSeek 拒绝的是请求里的某个设置，不是密钥。请修改报错信息指出的设置，例如超出模型上限的 max_tokens。',
  'diagnosis.notAuth.bad-request.message':
    '不是认证问题：DeepSeek 拒绝的是请求里的某个设置，不是密钥：“{message}”。请在工具或代码里修改这个设置。',
  'diagnosis.notAuth.bad-request.relayed':
    '不是认证问题：回应的是{host}，它转达了 DeepSeek 措辞的拒绝，拒绝的是请求中的某项设置，而不是密钥：“{message}”。请在工具或代码中修改这项设置；如果它本来就是对的，请询问这个中转是否接受它。',
  'diagnosis.notAuth.not-found':
    '不属于四种原因之一：请求发往的地址上没有 API 端点（404），那里没有检查任何密钥。要改的是 URL：SDK 和多数工具填 https://api.deepseek.com，会自己加上 /chat/completions；自己拼请求的代码和 Claude Code Router 则发往 https://api.deepseek.com/chat/completions。',
  'diagnosis.notAuth.network':
    '不是认证问题：请求根本没有到达 DeepSeek（网络、DNS、TLS 或代理问题）。',
  'diagnosis.notAuth.timeout':
    '这不是认证问题：请求在规定时间内没有得到回答。可能是 DeepSeek 响应慢或负载过高（见 status.deepseek.com），也可能是到它的网络慢；被拒绝的密钥会立即得到 401，而不会超时。',
  'diagnosis.notAuth.other-http': '不是认证问题：DeepSeek 返回了其他 HTTP 错误。',
  'diagnosis.notAuth.embeddings':
    '不属于四种原因：失败的调用请求的是向量嵌入（embeddings），而 DeepSeek 的 API 没有这个功能。请用其他服务商（及其自己的密钥）做向量嵌入，DeepSeek 用于对话。',
  'diagnosis.notAuth.responses-api':
    '不属于四种原因：对 /responses（OpenAI 的 Responses API）的调用得到了 DeepSeek 的 404。DeepSeek 从 2026 年 7 月 31 日起才提供该接口（deepseek-v4-pro 从 8 月初起）；在此之前，这类调用都会得到 404。现在使用 base URL https://api.deepseek.com 和当前模型（{models}）即可调用：请在工具设置中检查这两项，并更新工具。',
  'diagnosis.notAuth.images':
    '不属于四种原因：这次调用把图片发给了只读取文本的模型（DeepSeek 对这样的调用返回 400 “unknown variant `image_url`, expected `text`”）。DeepSeek 的模型中，{imagesModel} 从 2026 年 9 月 10 日起可以读取图片：图片请用它，否则只发送文本。',
  'diagnosis.notAuth.other-host':
    '不属于四种原因：答复来自 {host}，而不是 DeepSeek，所以你的 DeepSeek 密钥根本没有被检查。{note}请在那里修正密钥或设置；如果你本想调用 DeepSeek，请把工具的服务商和 base URL 指向 DeepSeek。',
  'diagnosis.notAuth.other-key':
    '不属于四种原因：你说这个密钥来自{host}，它不是 DeepSeek 签发的，所以没有任何 DeepSeek 密钥被检查。请把它用在{host}的 base URL 上，或者用 DeepSeek 的密钥配合 DeepSeek 的 base URL。',
  'diagnosis.notAuth.unknown-provider':
    '不属于四种原因：工具不认识所指定的服务商名称，因此没有向 DeepSeek 发送任何请求。请使用其文档为 DeepSeek 给出的名称（LiteLLM：带 deepseek/ 前缀的模型 ID，例如 deepseek/deepseek-flash；goose：custom_deepseek）。',
  'diagnosis.notAuth.local-error':
    '不属于四种原因：代码在你的电脑上、发出任何请求之前就停下了，DeepSeek 根本没有看到密钥。{fix}然后再运行一次；如果出现新的错误，把它粘贴过来。',
  'diagnosis.notAuth.anthropic-models':
    '不属于四种原因：DeepSeek 的 Anthropic 兼容端点（https://api.deepseek.com/anthropic）没有模型列表，所以工具在那里拉取列表时什么也找不到，与密钥无关。请自己填写模型名称（{models}），或在工具中选择 OpenAI 格式并使用 https://api.deepseek.com，那里可以列出模型。',
  'diagnosis.notAuth.local-model':
    '不属于四种原因：你在自己的电脑上运行模型（Ollama、LM Studio、vLLM），它不需要 DeepSeek 密钥，但工具把请求发到了 DeepSeek 的云端 API。请选择工具的 Ollama（或本地）服务商，或填写本地 base URL 的 OpenAI 兼容服务商（Ollama：http://localhost:11434/v1），并使用本地模型的名称，例如 deepseek-r1:7b：deepseek-chat、deepseek-flash 这类模型名会选中 DeepSeek 云端。',
  'diagnosis.notAuth.answered':
    '不是认证问题：DeepSeek 已经答复了这次调用（200 OK），说明它接受了密钥。失败发生在之后，在工具处理答复的环节：请查看工具的日志和它的 issues。',
  'diagnosis.notAuth.plain-exception':
    '错误是程序自身的异常，其中没有失败的请求或被拒绝的密钥；在类似的报告中，问题很少出在密钥上。下面的密钥测试会读取你的密钥和余额；如果两者都正常，问题就不在密钥：下一步请查看异常所指的那一行代码，或联系工具的维护者。',
  'diagnosis.notAuth.words-only':
    '你粘贴的内容没有说出失败的原因，而在类似的报告中，问题很少出在密钥上。下面的密钥测试会读取你的密钥和余额；如果两者都正常，问题就不在密钥：请查看工具自己的日志和 status.deepseek.com。',
  'diagnosis.notAuth.private-base-url':
    '不属于四种原因：Cursor 从它自己的服务器发出每次对话请求，而这些服务器访问不到 localhost 或内网地址，所以请求根本到不了（它的密钥检查仍可能通过）。请给 Cursor 一个公网 HTTPS 地址指向你的代理（例如 Cloudflare Tunnel 或 ngrok 之类的隧道），或直接使用 DeepSeek 的 https://api.deepseek.com/v1。',
  'diagnosis.host.anthropic': 'Anthropic',
  'diagnosis.host.openai-tracing': 'OpenAI（Agents SDK 的追踪功能）',
  'diagnosis.host.hosted-model': '其他托管 DeepSeek 模型的服务（例如硅基流动）',
  'diagnosis.host.azure': 'Azure（AI Foundry 或 Azure OpenAI，使用它自己的密钥或 Entra ID 令牌）',
  'diagnosis.host.gemini': '谷歌的 Gemini API',
  'diagnosis.host.dashscope': '阿里云百炼（DashScope）',
  'diagnosis.host.volcengine-ark': '火山方舟（或使用相同措辞的网关）',
  'diagnosis.host.openrouter': 'OpenRouter',
  'diagnosis.host.zhipu': '智谱 AI（BigModel、Z.ai）',
  'diagnosis.host.minimax': 'MiniMax（稀宇科技）',
  'diagnosis.host.moonshot': '月之暗面（Kimi）',
  'diagnosis.host.github': 'GitHub',
  'diagnosis.host.bedrock': 'AWS Bedrock（使用 AWS 自己的凭证）',
  'diagnosis.host.cline': 'Cline 自己的服务',
  'diagnosis.host.opencode-go': 'OpenCode 的中转（OpenCode Zen 或 Go，使用它自己的密钥）',
  'diagnosis.host.codex-chatgpt': 'OpenAI 为用 ChatGPT 账号登录的 Codex 提供的后端',
  'diagnosis.host.iflow': 'iFlow 的网关',
  'diagnosis.host.proxy-gate': '你的工具与服务商之间的代理或网关',
  'diagnosis.host.api-relay': 'API 中转（one-api 或 new-api）',
  'diagnosis.host.deepseek-web': 'DeepSeek 网页版的非官方中转（例如 deepseek-free-api）',
  'diagnosis.hostNote.proxy-gate': '它要求自己的访问密钥。',
  'diagnosis.hostNote.api-relay': '中转检查的是它自己签发的令牌，而不是你的 DeepSeek 密钥。',
  'diagnosis.host.litellm-proxy': 'LiteLLM 代理',
  'diagnosis.hostNote.litellm-proxy':
    '代理校验的是它自己签发的密钥（主密钥或虚拟密钥），而不是你的 DeepSeek 密钥：请发送代理的密钥，并把 DeepSeek 密钥留在代理的配置里（api_key: os.environ/DEEPSEEK_API_KEY）。',
  'diagnosis.hostNote.deepseek-web':
    '它要的是 chat.deepseek.com 的登录令牌（userToken），不是 API key；DeepSeek 的 API 使用 platform.deepseek.com 上创建的密钥，地址是 https://api.deepseek.com。',
  'diagnosis.host.mimo': '小米 MiMo',
  'diagnosis.host.ollama': 'Ollama',
  'diagnosis.host.self-hosted': '自行部署的模型服务（vLLM、SGLang 之类）',
  'diagnosis.host.firecrawl': 'Firecrawl（一个有自己密钥的网页抓取工具）',
  'diagnosis.host.freebuff': 'Freebuff（Codebuff 的免费服务，有自己的开放时段和限制）',
  'diagnosis.host.openai-words':
    '使用 OpenAI 错误格式的服务（OpenAI 本身，或照搬该格式的服务商，例如阿里云百炼）',
  'diagnosis.host.named-endpoint': '报错里写明的那个端点',
  'diagnosis.host.other-words': '另一个服务器',
  'diagnosis.hostNote.freebuff':
    '它的免费会话只在规定的时段和地区开放：超出时，请等待，或在那里换一个模型。',
  'diagnosis.hostNote.other-words':
    '它的 401 不是 DeepSeek 的措辞：作答的是网关、代理或其他服务商。',

  // The live key test.
  'diagnosis.reason.test-key-works': '实时测试通过：DeepSeek 接受你粘贴的密钥。',
  'diagnosis.reason.test-key-works-code':
    '你的密钥有效，所以如果代码仍然收到 401，说明代码没有把这个密钥发给 DeepSeek。',
  'diagnosis.reason.test-cleaned-key-works':
    '去掉引号或空格后，DeepSeek 接受了这个密钥：设置 {variable} 的地方（.env、shell 配置文件、CI 密钥）很可能仍带着它们。',
  'diagnosis.reason.test-key-works-env':
    '你的密钥有效；请确认 {variable} 已在运行代码的进程中设置，而不只是在本页面中。',
  'diagnosis.reason.test-rejected-well-formed':
    'DeepSeek 拒绝了你粘贴的密钥，尽管它格式正确：它已被删除、轮换，或其账号已注销。',
  'diagnosis.reason.test-rejected-malformed':
    'DeepSeek 拒绝了你粘贴的密钥，而且它的格式不像 DeepSeek 密钥：输入有误或复制不完整。',
  'diagnosis.reason.test-other-provider':
    '你粘贴的密钥看起来像 {provider} 的密钥，DeepSeek 拒绝了它。',
  'diagnosis.reason.test-bad-format':
    'DeepSeek 表示 Authorization 请求头不是“Bearer sk-…”：密钥为空，或不以 sk- 开头。',
  'diagnosis.reason.test-no-such-user': 'DeepSeek 找不到你粘贴的密钥对应的账号（“no such user”）。',
  'diagnosis.reason.test-governor':
    'DeepSeek 对本页面的测试返回了“governor”：它没有收到 Authorization 请求头，说明途中某个环节去掉了这个请求头。',
  'diagnosis.reason.test-not-auth':
    '实时测试得到 {status}，这发生在认证之后：DeepSeek 接受了该密钥。',
  'diagnosis.reason.test-wrong-base-url':
    '实时测试得到 404：本页面中设置的 base URL 不是 DeepSeek API 所在的地址。',
  'diagnosis.reason.test-not-sendable':
    '你粘贴的密钥含有无法放进请求头的字符（不可见字符或非 ASCII 字符）。',
  'diagnosis.reason.test-unreachable':
    '实时测试没有得到关于密钥的答复；粘贴的错误信息和代码仍然有效。',

  // What DeepSeek's echoed tail says.
  'diagnosis.reason.tail-variable-name':
    'DeepSeek 收到的值以“{tail}”结尾，这是某个变量名的结尾：代码或工具发送的是变量名，而不是它的值。',
  'diagnosis.reason.tail-template':
    'DeepSeek 收到的值以“{tail}”结尾，这是一个未填充的 ${…} 或 {{…}} 模板：密钥从未被替换进去。',
  'diagnosis.reason.tail-quote':
    'DeepSeek 收到的值以引号结尾（“{tail}”）：.env 文件或 shell 中的引号成了密钥的一部分。',
  'diagnosis.reason.tail-no-value':
    'DeepSeek 在本应是密钥的位置收到了“{tail}”：代码或工具根本没有拿到值。',
  'diagnosis.reason.tail-not-provided':
    'DeepSeek 收到的是“not-provided”：Cline、Roo Code 和 Kilo Code 在 DeepSeek API 密钥栏为空时就发送它。请在这台机器上的工具里，于 API Provider: DeepSeek → DeepSeek API Key 中填入你的密钥。',
  'diagnosis.reason.tail-placeholder':
    'DeepSeek 收到的是以“{tail}”结尾的占位符，而不是真实的密钥：密钥的位置上留着模板里的值（.env 示例、配置默认值），或被当作密钥填了进去。',
  'diagnosis.reason.tail-different-key':
    'DeepSeek 收到的密钥以“{tail}”结尾，而你的以“{lastFour}”结尾：代码或工具发送的是另一个密钥。',
  'diagnosis.reason.tail-empty': 'DeepSeek 收到的是空密钥：代码或工具没有值可发送。',
  'diagnosis.reason.tail-short': 'DeepSeek 收到的值以“{tail}”结尾，不足四个字符：这不是密钥。',
  'diagnosis.reason.tail-not-a-key':
    'DeepSeek 收到的值以“{tail}”结尾，DeepSeek 的密钥不会这样结尾：这是其他服务商的密钥、中转站的令牌或别的文字。',

  // The pasted error.
  'diagnosis.reason.error-key-received':
    'DeepSeek 收到了一个密钥（以“{tail}”结尾），所以发起调用的地方已设置了密钥。',
  'diagnosis.reason.error-key-received-untold':
    'DeepSeek 收到了一个密钥，但找不到它对应的账户，所以发起调用的地方已设置了密钥。',
  'diagnosis.reason.error-tail-matches':
    'DeepSeek 回显了“{tail}”，正是你粘贴的密钥的结尾：代码传入的就是这个密钥。',
  'diagnosis.reason.error-rejected-well-formed':
    'DeepSeek 拒绝了你的代码发送的密钥，而你的密钥格式正确：它已被删除、轮换，或其账号已注销。',
  'diagnosis.reason.error-rejected-malformed':
    'DeepSeek 拒绝了你的代码发送的密钥，而你粘贴的密钥格式不像 DeepSeek 密钥。',
  'diagnosis.reason.error-other-provider':
    '你粘贴的密钥看起来像 {provider} 的密钥，而不是 DeepSeek 密钥。',
  'diagnosis.reason.error-rejected-unverified':
    'DeepSeek 拒绝了一个以“{tail}”结尾的密钥。将它与你密钥的结尾比较，或在这里测试你的密钥，即可判断是哪种原因。',
  'diagnosis.reason.error-bad-format':
    'DeepSeek 表示 Authorization 请求头不是“Bearer sk-…”：代码或工具发送的密钥为空，或不以 sk- 开头。',
  'diagnosis.reason.error-bad-format-not-revoked':
    '已撤销的密钥仍以 sk- 开头，所以请求头格式错误不会来自已撤销的密钥。',
  'diagnosis.reason.error-no-such-user':
    'DeepSeek 找不到它收到的密钥对应的账号（“no such user”）：最常见的是这个密钥本就不是 DeepSeek 的（其他服务商的密钥或占位符），其次是账号已注销，或 DeepSeek 服务端发生故障。',
  'diagnosis.reason.error-no-such-user-status':
    'DeepSeek 发生故障时，也曾对正常的密钥返回“no such user”：如果你的密钥此前一直可用，请先查看 status.deepseek.com，再决定是否新建密钥。',
  'diagnosis.reason.error-governor':
    'DeepSeek 返回了“governor”：它没有收到 Authorization 请求头。代码或工具没有把密钥放进请求（已知的坑：LiteLLM 的 deepseek/ 提供方配合 litellm.api_key 使用时）。',
  'diagnosis.reason.error-endpoint-embeddings':
    '失败的调用是向量嵌入（embeddings）；DeepSeek 没有嵌入接口，所以任何 DeepSeek 密钥都无法让它成功。',
  'diagnosis.reason.error-endpoint-responses':
    '对 /responses（OpenAI 的 Responses API）的失败调用得到了 404：DeepSeek 从 2026 年 7 月 31 日起才提供该接口。',
  'diagnosis.reason.error-endpoint-images':
    '失败的调用把图片（视觉调用）发给了只读取文本的模型：任何密钥都无法让它成功。',
  'diagnosis.reason.error-endpoint-anthropic-models':
    '工具向 DeepSeek 的 Anthropic 兼容端点请求模型列表；该端点没有模型列表。',
  'diagnosis.reason.error-default-host':
    '答复来自 {host}：客户端没有设置 DeepSeek 的 base URL，于是把密钥发给了它的默认服务端。',
  'diagnosis.reason.error-named-endpoint':
    '报错里写明请求发到了 {host}，这不是 DeepSeek 的地址（api.deepseek.com）：回答的是 {host}，你的 DeepSeek 密钥根本没有在那里被检查。',
  'diagnosis.reason.error-other-host':
    '这段措辞来自 {host}，而不是 DeepSeek：请求发到了那里，根本没有到达 DeepSeek。',
  'diagnosis.reason.code-other-host-chosen':
    '第 {line} 行：请求发往 {host}，而不是 DeepSeek：回答的是 {host}，你的 DeepSeek 密钥根本没有在那里被检查。',
  'diagnosis.reason.words-other-key':
    '你说这个密钥是{host}的：DeepSeek 只认在 platform.deepseek.com 创建的密钥，所以拒绝了它。请在这里使用 DeepSeek 的密钥，或者用该服务商自己的 base URL 配合它的密钥。',
  'diagnosis.reason.error-other-key':
    '你说这个密钥来自{host}：它只能在该服务商的地址上使用，DeepSeek 不认识这样的密钥。',
  'diagnosis.reason.error-other-host-meant':
    '如果你本想调用 DeepSeek，那么工具里的服务商或 base URL 指向的是 {host}。',
  'diagnosis.reason.error-openai-tracing':
    'OpenAI Agents SDK 会用它拿到的密钥（这里是你的 DeepSeek 密钥）把追踪数据发给 OpenAI；对 DeepSeek 的调用本身不受影响。可用 set_tracing_disabled(True) 或 OPENAI_AGENTS_DISABLE_TRACING=1 关闭追踪，或用 set_tracing_export_api_key() 为追踪提供 OpenAI 密钥。',
  'diagnosis.reason.error-unknown-401':
    '这是一个没有 DeepSeek 消息的 401：在有更多证据之前，四种原因都有可能。',
  'diagnosis.reason.error-openai':
    'OpenAI 返回了“Incorrect API key provided”：客户端没有设置 DeepSeek 的 base URL，所以密钥被发给了 OpenAI。',
  'diagnosis.reason.error-openai-key-sent':
    '有一个以“{tail}”结尾的密钥被发送了出去（发往 OpenAI）：客户端拿到了密钥，所以这次 401 不是因为缺少密钥。',
  'diagnosis.reason.error-openai-cannot-judge':
    'OpenAI 无法判断 DeepSeek 密钥：你的密钥是否正确，要等它发往 DeepSeek 后才知道。',
  'diagnosis.reason.error-openai-unreached':
    '请求发往了 OpenAI 的地址（api.openai.com），而不是 DeepSeek 的，并且没有连通：客户端可能没有设置 DeepSeek 的 base URL。请把它设为 https://api.deepseek.com。',
  'diagnosis.reason.error-openai-host':
    '应答的是 OpenAI 的服务器：客户端没有设置 DeepSeek 的 base URL。',
  'diagnosis.reason.error-no-key':
    'SDK 没有找到密钥：如果代码读取 {variable}，那么在运行代码的地方它未设置或为空（SDK 随后会去找 OPENAI_API_KEY）。',
  'diagnosis.reason.error-no-key-client':
    '如果创建客户端时没有传入 api_key，SDK 会去找 OPENAI_API_KEY，而不是你的 DeepSeek 密钥。',
  'diagnosis.reason.error-no-key-words':
    '程序提示它没有密钥：在它读取密钥的地方（它的设置、它的 .env 或你的环境变量），密钥未设置或为空。',
  'diagnosis.reason.error-no-key-words-elsewhere':
    '或者密钥已经设置，但不在这个程序读取的地方：另一个变量、文件或设置项。',
  'diagnosis.reason.error-nothing-sent':
    '没有发送任何密钥，所以 DeepSeek 从未检查过密钥：目前还不能认定是密钥的值有问题。',
  'diagnosis.reason.error-keyerror':
    'Python 对 {variable} 抛出了 KeyError：运行代码的进程中没有设置该变量。',
  'diagnosis.reason.error-read-unset':
    '调用栈显示客户端的密钥取自 {variable}，而 SDK 没有拿到密钥：运行它的进程里 {variable} 缺失或为空。',
  'diagnosis.reason.error-named-unset':
    '程序提示 {variable} 没有设置：在运行它的进程里，这个变量不存在或为空。',
  'diagnosis.reason.error-keyerror-name':
    '代码读取的是 {variable}；常用的名称是 {expected}。请确认这就是你设置的变量名。',
  'diagnosis.reason.error-invalid-header':
    '密钥无法放进请求头：它含有换行符、不可见字符或非 ASCII 字符。',
  'diagnosis.reason.error-empty-bearer':
    'Authorization 请求头是 “Bearer ”，后面什么也没有：代码运行时密钥为空，HTTP 库在发送前就拒绝了这个请求头（openai-python 随后报 “Connection error.”）。',
  'diagnosis.reason.error-empty-bearer-name':
    '或者密钥设置在另一个名字下，而不是代码读取的那个名字，所以代码读到的是空值。',
  'diagnosis.reason.error-header-has-value': '密钥有值（只是不够干净），所以它已设置。',
  'diagnosis.reason.error-not-auth': '该错误发生在认证之后：DeepSeek 接受了该密钥。',
  'diagnosis.reason.error-not-auth-elsewhere':
    '该错误发生在认证之后：作出回答的服务器接受了该密钥。',
  'diagnosis.reason.error-relay-server':
    '{host} 上的中转返回了 {status}，这是网关错误：它没有从所转发的服务器得到有效回答，故障出在这条路上，而不在密钥。',
  'diagnosis.reason.error-server': '服务器自身出错（{status}）：这与密钥无关。',
  'diagnosis.reason.error-server-words': '服务器报告了它自身的故障：这与密钥无关。',
  'diagnosis.reason.error-intermittent':
    '它只是有时失败。DeepSeek 对每个请求都以同样的方式检查密钥，所以有时能用的密钥就是有效的：在这样描述的公开报告中，原因是 DeepSeek 繁忙或故障。请查看 status.deepseek.com，然后重试。',
  'diagnosis.reason.error-empty-body':
    '在应为 JSON 的地方收到了空的或被截断的答复：实际案例表明，这是 DeepSeek 高负载时请求超时造成的，与密钥无关；请重试，并把超时时间设长一些。如果每次都失败，也请检查 base URL：应为 https://api.deepseek.com。',
  'diagnosis.reason.error-print-body':
    '你的客户端只打印了 401，没有打印 DeepSeek 的消息，而那条消息会指出原因。请打印响应正文（{how}），或在本页面测试密钥。',
  'diagnosis.reason.error-deepseek-no-detail':
    'DeepSeek 拒绝了这个请求（“Authentication Fails”），但消息没有更多内容：没有密钥结尾，也没有原因。四种原因都有可能；在本页面测试密钥可以区分它们。',
  'diagnosis.reason.error-print-body-tool':
    '这个 401 没有附带 DeepSeek 的消息，而那条消息会指出原因：工具的日志、输出面板或开发者控制台通常会显示响应正文。请把它粘贴过来，或在本页面测试密钥。',
  'diagnosis.reason.error-shadowed-key':
    '在该工具自己的问题讨论中，这个错误来自密钥存放的位置：环境变量或 .env 文件里的密钥会覆盖设置中保存的密钥。请在那里查找旧的 DEEPSEEK_API_KEY。',
  'diagnosis.reason.error-stale-key':
    '你描述的是：填入新密钥后，工具仍在发送旧密钥。它在某处还保存着旧密钥（已保存的设置、环境变量、.env 文件或缓存）。在那里找到并替换它，然后重启工具。',
  'diagnosis.reason.error-lost-key':
    '你描述的是工具丢失了已保存的密钥（更新或重启之后）：请在工具设置里重新填写；如果它总是丢失，请在工具启动时读取的位置设置 DEEPSEEK_API_KEY，或向该工具报告这个问题。',
  'diagnosis.reason.error-env-key-gone':
    '你描述的是 .env 文件里密钥那一行不见了：程序在读取的地方找不到密钥。把那一行补回去（切换分支或文件被重写都可能把它弄丢），并让 .env 不受版本控制，免得再次丢失。',
  'diagnosis.reason.error-works-elsewhere':
    '你说密钥在别处能通过（工具里的检查、curl 或其他应用）：那么 DeepSeek 接受这个密钥，失败的请求与成功的请求有所不同。请对比两者：携带的密钥（旧的或另一个）、Authorization 请求头、base URL、模型（其他服务商的模型名，例如 deepseek-ai/DeepSeek-V2.5）。',
  'diagnosis.reason.error-other-variable-sent':
    '你描述的是另一个变量的密钥（例如 OPENAI_API_KEY）被发给了 DeepSeek：工具读取的是那个变量，而不是 DeepSeek 的。请把 DeepSeek 密钥填在工具为这个供应商读取的位置（它配置里的 api_key 字段），或者在这次运行中取消那个变量。',
  'diagnosis.reason.error-ignored-variable':
    '你描述的是一条从不读取密钥变量的代码路径：那个客户端创建时没有密钥。请显式把密钥传给它（api_key=…），或改用会读取该变量的路径。',
  'diagnosis.reason.error-revoked-key':
    '你描述的密钥已被吊销或封禁：DeepSeek 会一直拒绝它。请在 platform.deepseek.com 的 API keys 页面创建新密钥，并填到工具读取它的位置。',
  'diagnosis.reason.error-some-requests-pass':
    '你描述的是部分请求成功、部分被拒。最常见的是工具发送的不止一个密钥（轮询、密钥池或另一个服务商条目），其中一个被拒绝；DeepSeek 故障期间，拒绝也可能时有时无（status.deepseek.com）。请用上方的密钥测试逐个测试每个密钥，并移除失败的那个。',
  'diagnosis.reason.error-sent-as-key':
    '你描述的是另一个值被当作密钥发出（密码、访问码或名称）：工具把错误的字段放进了 Authorization 请求头。请把 DeepSeek 密钥填到工具发给 DeepSeek 的那个字段，或填在工具为该服务商读取密钥的位置。',
  'diagnosis.reason.error-gui-env':
    '你说在终端里能用，在 IDE 或桌面应用里失败：通过 IDE 的运行按钮、程序坞、访达或开始菜单启动的程序，拿不到 shell 配置文件里 export 的变量。请在运行配置（或应用自己的设置）里设置密钥，或者从那个终端启动 IDE。',
  'diagnosis.reason.error-compose-blank-key':
    'Docker Compose 说运行 docker compose 的地方没有设置这个密钥变量，于是用了空字符串：容器拿到的是空密钥，即使 env_file 里有它也一样，因为 environment: 优先于 env_file:。请在那个 shell（或 compose.yaml 旁的 .env）里设置它，或者删掉 environment: 里的这一行，只保留 env_file。',
  'diagnosis.reason.error-ci-secret-blank':
    'GitHub Actions 打印的这一步的环境里，密钥变量是空的（已设置的 secret 会显示为 ***）：这次运行拿不到这个 secret。请在 Settings → Secrets and variables → Actions 里按工作流使用的名字添加它；来自 fork 的 pull request 拿不到任何 secret，这种情况下请跳过这一步，或只在自己的分支上运行。',
  'diagnosis.reason.error-env-file-quotes-kept':
    'docker run --env-file 会把值两边的引号一起保留（source 和 Compose 会去掉）：密钥到达时是带引号的 "sk-…"。请把 .env 里这一行的引号去掉，或改用 Compose 的 env_file 启动。',
  'diagnosis.reason.error-secret-key-missing':
    "Kubernetes 没有启动容器：Secret 里没有 secretKeyRef 要的那个键。用 kubectl get secret <name> -o jsonpath='{.data}' 列出它的键，在 secretKeyRef 里用其中一个（或者用这个键重新创建 Secret）。",
  'diagnosis.reason.error-pm2-env':
    'PM2 会沿用进程第一次启动时的环境变量：你在 shell 里换了密钥之后，pm2 restart 仍然使用旧的。请用 pm2 restart <name> --update-env 重启（或先 pm2 delete，再重新启动）。',
  'diagnosis.reason.error-no-auth-header':
    '你描述的请求发出时没有带 Authorization 请求头：客户端拿着密钥，却没有把它放进请求（DeepSeek 这时会回答 “governor” 或别的 401）。请把密钥传到该客户端实际发送的位置；如果是库把请求头弄丢了，请升级它。',
  'diagnosis.reason.error-placeholder-not-read':
    '你描述的 ${NAME} 引用，这个工具不会解析：它把文字原样发送，而不是变量的值。请在该字段里直接填入密钥，或者使用工具自己读取环境变量的方式（见它的文档）。',
  'diagnosis.reason.error-double-header':
    'Authorization 请求头里有两个值（“Bearer ,Bearer sk-…”）：工具根据空的密钥字段加了一个，自定义请求头又加了你的。请把密钥填进工具的密钥字段，并删除自定义的 Authorization 请求头。',
  'diagnosis.reason.error-flag-holds-key':
    '密钥被放进了工具当作开关（true 或 false）读取的变量，例如 aider 的 AIDER_DEEPSEEK，它只用来选择 DeepSeek 的模型：工具因此没有密钥。请把密钥放进 DEEPSEEK_API_KEY，并把这个开关设为 true 或删掉它。',
  'diagnosis.reason.error-auth-conflict':
    'Claude Code 同时持有两份凭据：你给 DeepSeek 的令牌（ANTHROPIC_AUTH_TOKEN），以及 /login 或 ANTHROPIC_API_KEY 带来的密钥，它可能发出的是另一份。请在 Claude Code 中运行 /logout，或删除 ANTHROPIC_API_KEY，只留下令牌。',
  'diagnosis.reason.error-login-asked':
    '你已经把密钥交给了工具，它却仍要求你登录：它没有使用这个密钥。在 Claude Code 中，打开 /config 并开启“Use custom API key”（或运行 /logout），让发出去的是你设置的密钥。',
  'diagnosis.reason.error-llm-check-failed':
    'browser-use 在运行 agent 之前对模型的第一次调用失败了：可能是它读取的位置没有密钥（DEEPSEEK_API_KEY，应在脚本旁的 .env 中，而不是 .env.example），也可能是密钥被拒绝，或者连接不上。请先确认密钥已设置，再在这里测试它。',
  'diagnosis.reason.error-option-ignored':
    '你描述的是 base URL 选项被忽略：客户端仍用它的默认地址，于是密钥被发到了别处。请使用这个库实际读取的选项名（它的文档会写明，例如 api_base），或更新这个库。',
  'diagnosis.reason.error-quotes-sent':
    '你描述的是密钥两边的引号被一起发了出去：DeepSeek 收到的值不是密钥本身。请去掉 .env 文件里密钥两边的引号，或改用会去掉引号的加载方式。',
  'diagnosis.reason.error-reached-openai':
    '你描述的是请求到了 OpenAI：工具忽略了它的 DeepSeek 设置，沿用默认地址，于是密钥被发给了 OpenAI。请在工具读取的位置给它 DeepSeek 的 base URL（常见的是与 OPENAI_API_KEY 并列的 OPENAI_BASE_URL，或该服务商自己的变量），然后重启工具。',
  'diagnosis.reason.said-key-refused':
    '你描述了密钥被拒绝，但没有贴出 DeepSeek 的错误信息，而它会指明原因：请贴出工具打印的原始错误（日志或开发者控制台），或在本页测试密钥。',
  'diagnosis.reason.error-local-model':
    '文本提到的是本地模型（Ollama、LM Studio、vLLM），得到的却是密钥错误：本地模型不要密钥，所以请求去了云端 API。',
  'diagnosis.reason.error-not-deepseek-wording':
    '这个 401 的信息是“{message}”，不是 DeepSeek 的措辞（DeepSeek 的 401 都以 “Authentication Fails” 开头）：可能是代理、网关或其他服务商作答。请检查工具所用的 base URL。',
  'diagnosis.reason.error-network': '请求根本没有到达 DeepSeek，所以密钥没有被检查。',
  'diagnosis.reason.error-network-timeout':
    '请求在得到任何回答之前就超时了，所以页面看不出密钥是否被检查过：错误的密钥会立即得到回答。',
  'diagnosis.reason.error-empty-answer':
    '完全没有收到答复。被拒绝的密钥会立即得到 401，所以这不是四种原因之一：在公开报告中，这是 DeepSeek 宕机或过载（见 status.deepseek.com），偶尔是工具自身的缺陷。请稍后重试，或更新该工具。',
  'diagnosis.reason.error-thinking-tool-choice':
    '这是 DeepSeek 的思考模式（V4 模型默认开启）：它不接受强制调用工具的 tool_choice（“required”或指定某个函数）。是工具发送了它：请更新工具、到它的 issue 里找修复，或为此模型关闭思考模式。',
  'diagnosis.reason.error-broken-character':
    'DeepSeek 无法把请求读成 JSON：对话里有半个字符（孤立的代理项，多半是工具截断文本时把表情或其他字符切成了两半）。请新开一个对话，或删掉含有它的那条消息；工具的修复是只在完整字符处截断文本。',
  'diagnosis.reason.error-thinking-mode':
    '这是 DeepSeek 的思考模式：工具调用之后，助手那一轮的 reasoning_content 必须随下一次请求传回，其他时候则不能传（见 api-docs.deepseek.com 上的思考模式指南）。是工具处理错了：请更新它，在它的 issues 里找修复，或为这个模型关闭思考。',
  'diagnosis.reason.error-content-risk':
    '这是 DeepSeek 的内容审核：它拒绝它判为有害的输入，偶尔也会误拒正常输入（DeepSeek 工作人员的回复，deepseek-ai/awesome-deepseek-integration#13）。请改写或缩短输入，或去掉触发它的那部分。',
  'diagnosis.reason.error-content-parts':
    '所调用的模型要求消息的 content 是字符串；工具或代码却把它作为若干部分组成的列表发送，这是发送图片和附件的方式（例如视觉或附件选项）。请为这个模型关闭该选项，或只发送文本。',
  'diagnosis.reason.error-answered':
    '日志显示这次对话请求得到了 DeepSeek 的 200 OK 答复：密钥在那里被接受了，其中没有任何内容被拒绝。',
  'diagnosis.reason.error-no-tools':
    '模型拒绝了工具（函数调用）：应用或代码把工具定义、插件或 MCP 服务发给了一个不支持工具的模型。请为这个模型关闭工具，或换一个支持工具的模型。',
  'diagnosis.reason.error-json-schema':
    'DeepSeek 不支持结构化输出（type 为 json_schema 的 response_format）：它的 JSON Output 只接受 {"type": "json_object"}，且提示词里要有“json”一词（见 api-docs.deepseek.com 上的 JSON Output 指南）。请把框架的结构化输出改为 JSON 模式或工具调用。',
  'diagnosis.reason.error-doubled-path':
    'URL 里的路径出现了两次（/chat/completions/chat/completions 或 /v1/v1）：base URL 里已经写了客户端自己会加上的路径。',
  'diagnosis.reason.error-not-found':
    '404：这个 URL 上没有任何端点应答。把它连同路径和 DeepSeek 的地址逐字比较：帖子里见过 base URL 带了客户端会再加一次的路径、路径缺失或拼错，也见过工具自身的 bug。',
  'diagnosis.reason.error-bad-request': 'DeepSeek 的报错信息：“{message}”。',
  'diagnosis.reason.error-words-only':
    '文字中没有说出失败的原因。在 74 份措辞类似的公开报告中（描述 DeepSeek 在某个应用中的情况，错误只在截图里或没有给出），只有 5 份与密钥有关；其余是工具自身的缺陷或设置（57 份）、余额用完（6 份）、DeepSeek 宕机或出错（2 份）、其他服务商（2 份）以及嵌入调用（2 份）。密钥测试会读取密钥和余额；其余的要看错误本身的文字，即工具日志或对话框里的内容。',
  'diagnosis.reason.error-plain-exception':
    '这是编程语言自身的异常（例如 AttributeError，或工具自身数据的 KeyError），不是 SDK 或 HTTP 客户端的异常，也没有状态码：在出现过这类异常的公开报告中，原因是工具的缺陷，而不是密钥。',
  'diagnosis.reason.error-unrecognised': '粘贴的错误未被识别为 DeepSeek 的认证错误。',
  'diagnosis.reason.error-local-httpx-proxies':
    'openai 包的版本低于 1.55.3：它向 httpx 传入了 httpx 0.28 已删除的“proxies”参数。请在运行代码的环境中升级：python -m pip install -U openai。',
  'diagnosis.reason.error-local-sdk-version':
    '代码与已安装的 openai 包不是同一个大版本。为 openai 0.x 写的代码（openai.ChatCompletion）需要改成 1.x 的写法：client = OpenAI(api_key=…, base_url="https://api.deepseek.com")；低于 1.0 的 openai 没有 OpenAI 类：python -m pip install -U openai。',
  'diagnosis.reason.error-local-module-missing':
    '运行代码的环境中没有安装模块“{module}”。请在同一个环境中安装它（openai：python -m pip install openai，或 npm install openai），再运行一次。',
  'diagnosis.reason.error-local-chatluna-model':
    'ChatLuna 的 300 段错误码表示它需要的模型、预设或适配器插件没有找到或没有启动。请检查在 ChatLuna 中选择的模型，并确认它的 DeepSeek 适配器插件（deepseek-adapter）是从可用的插件市场源安装并已启用；这一行上方的日志会写明是哪一项失败了。',
  'diagnosis.reason.error-local-code':
    '错误出在代码本身（语法错误、未定义的名称，或模块中没有代码要用的东西）：请修正 traceback 所指的那一行。DeepSeek 自己的示例使用 openai 包，base_url 为 https://api.deepseek.com。',
  'diagnosis.reason.error-local-codex-wire-api':
    'Codex 已不再接受 wire_api = "chat"。请在 config.toml 里该服务商的配置段中设置 wire_api = "responses"：DeepSeek 从 2026 年 7 月 31 日起提供 Responses API，base_url 为 https://api.deepseek.com（见 DeepSeek 的 Codex 接入指南）。',
  'diagnosis.reason.error-unofficial-package':
    '错误来自一个“deepseek”包：DeepSeek 没有官方 SDK，这类封装可能读取其他变量或访问其他主机。',

  // The page's terminal test, pasted back.
  'diagnosis.reason.terminal-key-works':
    '你的终端测试得到 200：DeepSeek 接受 {variable} 中的密钥，所以它既没有输错，也没有被吊销。',
  'diagnosis.reason.terminal-key-works-env':
    '密钥在那个终端中有效；请确认运行代码的进程也能读到 {variable}（在别处启动的 IDE、服务或容器可能读不到）。',

  // The page's own checks, pasted back.
  'diagnosis.reason.check-not-set':
    '检查输出了 NOT SET：在运行检查的地方，{variable} 不存在或为空。',
  'diagnosis.reason.check-set':
    '检查发现运行它的地方已设置 {variable}。如果代码在别处运行（IDE、容器、服务），请在那里也检查一次。',
  'diagnosis.reason.check-quote':
    '密钥以引号结尾（“{tail}”）：.env 文件或 shell 中的引号成了密钥的一部分。',
  'diagnosis.reason.check-whitespace': '密钥以空格或换行符结尾，这些字符会被当作密钥的一部分发送。',
  'diagnosis.reason.check-length':
    '{variable} 有 {length} 个字符，而 DeepSeek 密钥有 35 个：少了或多了字符。',
  'diagnosis.reason.check-not-hex':
    '密钥以“{tail}”结尾，而 DeepSeek 密钥以四个小写十六进制字符结尾：这个变量里存的是别的东西。',
  'diagnosis.reason.check-fits':
    '{variable} 的长度和结尾都符合 DeepSeek 密钥，输入错误的可能性较小。',
  'diagnosis.reason.check-other-key':
    '{variable} 以“{tail}”结尾，而你粘贴的密钥以“{lastFour}”结尾：这个变量里是另一个密钥。请把它设为你粘贴的密钥。',
  'diagnosis.reason.check-shape-ok':
    '检查发现 {variable} 符合 DeepSeek 密钥的格式，输入错误的可能性较小（但错了一个十六进制字符仍能通过）。',
  'diagnosis.reason.check-bad-shape':
    '检查发现 {variable} 不符合 DeepSeek 密钥的格式（{length} 个字符；sk- 加 32 个十六进制字符共 35 个）。',
  'diagnosis.reason.check-client-no-base-url':
    '客户端没有 base URL，所以它的请求连同你的密钥都发往了 OpenAI。',
  'diagnosis.reason.check-client-base-url':
    '客户端把请求发往 {url}，而不是 https://api.deepseek.com：密钥被发到了那里。',
  'diagnosis.reason.check-client-no-key':
    '客户端没有持有任何密钥：代码读取变量的地方该变量为空，或者代码根本没有传入它。',
  'diagnosis.reason.check-client-has-key':
    '客户端持有一个密钥（以“{tail}”结尾），所以代码拿到了值。',
  'diagnosis.reason.check-client-not-key':
    '客户端持有的是“…{tail}”，这是变量名或未填充模板的结尾，而不是密钥的结尾。',
  'diagnosis.reason.check-client-other-key':
    '客户端持有的密钥以“{tail}”结尾，而你的以“{lastFour}”结尾：代码传入的是另一个密钥。',
  'diagnosis.reason.check-client-ok':
    '客户端持有的密钥以“{tail}”结尾，与你的一致，并把它发给 DeepSeek：代码正确传入了密钥。',

  // The pasted key.
  'diagnosis.reason.lint-errors': '你粘贴的密钥在格式或字符上有 {count} 个问题。',
  'diagnosis.reason.lint-other-provider': '你粘贴的密钥看起来像 {provider} 的密钥。',
  'diagnosis.reason.lint-shape-ok':
    '你粘贴的密钥符合 DeepSeek 密钥的格式（sk- 加 32 位十六进制字符），因此输入错误的可能性较小。',

  // The pasted code.
  'diagnosis.reason.code-no-api-key':
    '第 {line} 行：客户端没有拿到 api_key，因此 SDK 读取的是 OPENAI_API_KEY。',
  'diagnosis.reason.code-other-host-unused':
    '第 {line} 行写的是 {provider}（{url}），但回答的是 DeepSeek 自己的措辞：请求并没有发到那里。该工具从别的字段读取地址，或根本不读：请在它的文档里查明它从哪里读取 base URL。',
  'diagnosis.reason.code-base-url-elsewhere':
    '第 {line} 行：客户端没有写 base URL，但回答的是 DeepSeek：它从别处拿到了 DeepSeek 的地址（例如环境变量 OPENAI_BASE_URL，或 LangChain 的 OPENAI_API_BASE）。',
  'diagnosis.reason.code-relay-passed-key':
    '第 {line} 行：base URL {url} 不是 DeepSeek 的地址，但 DeepSeek 回显了代码里所写密钥的结尾（“{tail}”）：密钥到达了 DeepSeek（由那个地址转发，或最终仍发往了 DeepSeek 的地址），DeepSeek 拒绝的是密钥本身。',
  'diagnosis.reason.code-api-key-elsewhere':
    '第 {line} 行：客户端没有传入 api_key，但代码里写的密钥到达了 DeepSeek：SDK 是从环境变量（OPENAI_API_KEY）里读到它的。',
  'diagnosis.reason.code-no-base-url':
    '第 {line} 行：客户端没有设置 base URL，因此密钥被发往 OpenAI。',
  'diagnosis.reason.code-foreign-base-url':
    '第 {line} 行：base URL {url} 不是 DeepSeek 的 API 地址，因此密钥被发往那里。',
  'diagnosis.reason.code-base-url-path': '第 {line} 行：base URL {url} 带有多余的路径。',
  'diagnosis.reason.code-wrong-argument-name':
    '第 {line} 行：客户端没有“{name}”这个参数；正确的参数是 {expected}。',
  'diagnosis.reason.code-wrong-option-name':
    '第 {line} 行：Node.js 版 openai 会忽略“{name}”；正确的选项是 {expected}。',
  'diagnosis.reason.code-env-line-key':
    '第 {line} 行：一行 .env 或 shell 设置把 {name} 设为一个密钥（{shape}）。',
  'diagnosis.reason.code-tool-key-stored':
    '第 {line} 行：密钥是通过 {tool} 自己的凭据库交给它的，但 {tool} 没有使用它：它不会为 DeepSeek 读取这个凭据库。',
  'diagnosis.reason.code-auth-header-no-bearer-format':
    '第 {line} 行发送的密钥前面没有 “Bearer ”：这正是 DeepSeek 的 “auth header format should be Bearer sk-...” 所说的。',
  'diagnosis.reason.code-powershell-not-env':
    '第 {line} 行：${name} 是 PowerShell 脚本变量，不是环境变量 $env:{name}：它是空的，所以没有发送任何密钥。',
  'diagnosis.reason.code-no-api-key-format':
    '第 {line} 行没有把密钥交给客户端，于是它发送的是 OPENAI_API_KEY 里的值，而不是你的 DeepSeek 密钥：DeepSeek 的 “auth header format should be Bearer sk-...” 说明这个值是空的，或者不是密钥。',
  'diagnosis.reason.code-dotenv-esm-order':
    '第 {line} 行：dotenv.config() 在上面导入的模块加载之后才运行，所以其中创建的客户端读取密钥时它还没有被设置。',
  'diagnosis.reason.code-secret-str-sent':
    '第 {line} 行：对 pydantic 的 SecretStr 调用 str() 得到的是 "**********"，所以客户端发送的是掩码而不是密钥。',
  'diagnosis.reason.code-aider-openai-option':
    '第 {line} 行：密钥写在 aider 的 {name} 下，只有 OpenAI 的模型会读取它；deepseek/ 模型读取的是 DEEPSEEK_API_KEY。',
  'diagnosis.reason.code-hard-coded-key':
    '第 {line} 行：这里写死了一个密钥（{shape}）；写进代码或文件里的旧密钥常常已被撤销。',
  'diagnosis.reason.code-key-in-getenv-default':
    '第 {line} 行：密钥被写成了 os.getenv("{name}") 的默认值（{shape}）；只要 {name} 未设置就会用它。',
  'diagnosis.reason.code-empty-key': '第 {line} 行：密钥是空字符串。',
  'diagnosis.reason.code-masked-key':
    '第 {line} 行：粘贴的密钥被遮盖了（{shape}），这说明不了原因。',
  'diagnosis.reason.code-placeholder-key':
    '第 {line} 行：密钥是占位符（“{value}”），不是你的密钥。',
  'diagnosis.reason.code-env-var-other-provider':
    '第 {line} 行：代码读取的是 {read}，这是另一家服务商的变量，存的是那家的密钥。',
  'diagnosis.reason.code-key-is-variable-name':
    '第 {line} 行：密钥是文本“{name}”，而不是该变量的值。',
  'diagnosis.reason.error-default-key-sent':
    'DeepSeek 拒绝了一个以“{tail}”结尾的密钥：正是第 {line} 行写作 os.getenv("{name}") 默认值的那个密钥。也就是说，代码运行的地方没有设置 {name}，于是发出去的是这个默认值。请在那里把 {name} 设置为你自己的密钥。',
  'diagnosis.reason.error-worked-before':
    '同样的代码之前能用，说明代码当时确实传入了密钥：现在是程序运行的地方这个变量为空（换了终端、重启过、服务或容器启动时没带上它、.env 不再被加载）。',
  'diagnosis.reason.error-worked-before-refused':
    '之前能用，现在 DeepSeek 拒绝了结尾为 “{tail}” 的密钥：如果这正是你的密钥、你这边也没改动，那就是密钥本身在 DeepSeek 那边变了（被删除或禁用）。请到 API keys 页面确认它是否还在列表中。',
  'diagnosis.reason.error-anthropic-key-sent':
    'DeepSeek 收到的密钥结尾是 “{tail}”：Anthropic 的密钥都以 AA 结尾，所以发出去的是 Anthropic 的密钥，而不是你的 DeepSeek 密钥。Claude Code 除了 ANTHROPIC_AUTH_TOKEN 之外还可能持有另一个凭据（ANTHROPIC_API_KEY，或 /login 保存的密钥）并把它发出去：请 unset ANTHROPIC_API_KEY 或执行 /logout，把 DeepSeek 密钥留在 ANTHROPIC_AUTH_TOKEN 里。',
  'diagnosis.reason.words-stated-tail-refused':
    '你说密钥结尾是 “{lastFour}”，DeepSeek 拒绝的正是这把密钥：如果它是你想用的那把，说明它已被删除或禁用（请新建一把）；如果它是旧密钥，请把当前的密钥填到工具读取的位置。',
  'diagnosis.reason.words-stated-tail-cut':
    'DeepSeek 收到的密钥结尾是 “{tail}”，你说你的密钥结尾是 “{lastFour}”：发出去的密钥少了最后一个字符。请重新完整复制密钥。',
  'diagnosis.reason.words-stated-tail-other':
    'DeepSeek 收到的密钥结尾是 “{tail}”，但你说你的密钥结尾是 “{lastFour}”：代码或工具发送的不是你想用的那把密钥。',
  'diagnosis.reason.error-worked-before-401':
    '之前能用，现在密钥被拒：如果你这边没有改动，可能是密钥本身在 DeepSeek 那边变了（被删除或禁用）。请到 API keys 页面确认它是否还在列表中。',
  'diagnosis.reason.config-key-variable-none-arrived':
    '你的配置从 {variable} 读取密钥，而 DeepSeek 没有收到任何密钥：在工具运行的地方，这个变量可能没有设置或为空（没有在那个终端里 export，或工具是从别处启动的）。',
  'diagnosis.reason.code-key-given-none-arrived':
    '你贴出的文件里写着密钥，但 DeepSeek 没有收到任何密钥：它在文件与请求之间丢失了。',
  'diagnosis.reason.error-terminal-test-bad-format':
    '终端测试发送的是 “Bearer $DEEPSEEK_API_KEY”，而 DeepSeek 在 Bearer 后面没有找到 sk- 开头的密钥：那个终端里 DEEPSEEK_API_KEY 为空（或者存的不是密钥）。',
  'diagnosis.reason.error-key-in-dotenv':
    '密钥写在 .env 文件里，但 SDK 没有找到它：这个文件中的变量没有进入程序（没有代码加载 .env、它不在程序启动的目录里，或者其中的变量名与程序读取的不同）。',
  'diagnosis.reason.error-models-listed':
    '同一段粘贴里有 DeepSeek 为你发送的密钥（curl）返回的模型列表：那个密钥是有效的。出错的程序发送的是别的东西：另一个值、另一个变量，或者它根本不读取的设置。',
  'diagnosis.reason.error-sudo-env':
    'sudo 启动程序时不会带上你 shell 中的变量（sudo 会重置环境）：在 shell 里设置的密钥在那里并未设置。请用 sudo -E（或 sudo --preserve-env=DEEPSEEK_API_KEY）运行，或者把密钥放在程序会读取的文件里，例如 compose.yaml 旁边的 .env。',
  'diagnosis.reason.error-name-sent-unset':
    'DeepSeek 收到的是变量名 {name} 本身，而不是它的值：运行环境中没有这个变量时，工具会直接发送变量名。请在工具启动的地方（它的 .env，或运行它的编辑器的 shell 配置文件）设置 {name}，然后重启工具；如果你是把变量名填在了密钥的位置，请改为你实际设置的变量名。',
  'diagnosis.reason.code-named-env-key':
    '第 {line} 行：密钥从变量 {name} 读取；如果该变量未设置，工具会发送文本“{name}”。',
  'diagnosis.reason.code-set-name-differs':
    '第 {line} 行：这里设置的是 {name}；程序读取的是 {expected}，它仍未设置。',
  'diagnosis.reason.code-env-var-name':
    '第 {line} 行：代码从 {read} 读取密钥，而不是 {expected}；只要运行代码的地方 {read} 里是你的 DeepSeek 密钥就没问题。',
  'diagnosis.reason.code-key-malformed':
    '第 {line} 行：这里写的密钥不是 DeepSeek 的格式（sk- 加 32 位小写十六进制字符）：缺了或多了一部分，你的任何密钥都不会是这个值。',
  'diagnosis.reason.code-getenv-none':
    '第 {line} 行：{name} 未设置时 os.getenv 返回 {value}，SDK 会回退到 OPENAI_API_KEY。',
  'diagnosis.reason.code-environ-fails-loudly':
    '第 {line} 行：变量未设置时，os.environ["{name}"] 会明确报错。',
  'diagnosis.reason.code-dotenv-not-loaded':
    '第 {line} 行：导入了 dotenv 但从未调用，因此没有读取 .env。',
  'diagnosis.reason.code-dotenv-too-late': '第 {line} 行：load_dotenv() 在创建客户端之后才运行。',
  'diagnosis.reason.code-dotenv-missing': '第 {line} 行：提到了 .env 文件，但没有代码加载它。',
  'diagnosis.reason.code-config-reference-sent':
    '第 {line} 行：{name} 未设置时，LibreChat 会直接发送“{sent}”。',
  'diagnosis.reason.code-env-empty-key':
    '第 {line} 行：.env 中 {name} 的值为空，所以代码读到的是空密钥。',
  'diagnosis.reason.code-env-empty-key-connection':
    '第 {line} 行：.env 中 {name} 的值为空。空密钥会让请求头变成 “Bearer ”，HTTP 库在发送前就拒绝了它：openai-python 把这报告为 “Connection error.”，而不是 401。',
  'diagnosis.reason.code-empty-key-connection':
    '第 {line} 行：传给客户端的密钥是空的。空密钥会让请求头变成“Bearer ”，HTTP 库在发送前就会拒绝它：openai-python 把这报告为“Connection error.”，而不是 401。',
  'diagnosis.reason.code-env-name-mismatch':
    '第 {line} 行：粘贴的内容设置的是 {defined}，但读取的是 {read}。',
  'diagnosis.reason.code-secret-key-newline':
    '第 {line} 行：这个 Secret 的 base64 值包含密钥和一个换行。',
  'diagnosis.reason.code-shell-single-quoted':
    '第 {line} 行：在单引号中，{name} 以名称本身发送，而不是它的值。',
  'diagnosis.reason.code-setx-same-window':
    '第 {line} 行：setx 保存的 {name} 只对新窗口生效；程序是在同一个窗口里启动的，那里没有这个变量。',
  'diagnosis.reason.code-cmd-set-spaces':
    '第 {line} 行：cmd 的 set 在等号两边有空格时，设置的是“{name} ”，而不是 {name}。',
  'diagnosis.reason.code-browser-env-hidden':
    '第 {line} 行：在浏览器中，{bundler} 不提供 {name}（只提供以 {prefix} 开头的名称），其值为 undefined。',
  'diagnosis.reason.code-node-env-not-loaded':
    '第 {line} 行：Node 只有在使用 --env-file 或 dotenv 时才读取 .env。',
  'diagnosis.reason.code-unofficial-package': '第 {line} 行：“{module}”不是 DeepSeek 官方包。',
  'diagnosis.reason.code-openai-model':
    '第 {line} 行：{model} 是 OpenAI 的模型；修好密钥之后，DeepSeek 会返回 400。请使用 {suggested}。',
  'diagnosis.reason.code-retired-model':
    '第 {line} 行：{model} 已下线；修好密钥之后，DeepSeek 会返回 400。请使用 {suggested}。它默认先思考再回答，与 deepseek-reasoner 相同；若要保留 deepseek-chat 的行为（读取 temperature，工具调用后无需回传 reasoning_content），请在每个请求中加入 {off}。',
  'diagnosis.reason.code-openai-model-now':
    '第 {line} 行：{model} 是 OpenAI 的模型；DeepSeek 对它返回 400。请使用 {suggested}。',
  'diagnosis.reason.code-retired-model-now':
    '第 {line} 行：{model} 已下线；DeepSeek 对它返回 400。请使用 {suggested}。它默认先思考再回答，与 deepseek-reasoner 相同；若要保留 deepseek-chat 的行为（读取 temperature，工具调用后无需回传 reasoning_content），请在每个请求中加入 {off}。',
  'diagnosis.reason.code-azure-client':
    '第 {line} 行：AzureOpenAI 会把请求发到 Azure 的 URL，而不是 DeepSeek。',
  'diagnosis.reason.code-no-client': '粘贴的代码中没有找到 OpenAI 客户端。',
  'diagnosis.reason.code-dotenv-no-override':
    '第 {line} 行：load_dotenv() 会保留环境中已经设置的 {name}。',
  'diagnosis.reason.code-dotenv-kept-old':
    '.env 中的密钥以 “{own}” 结尾，但 DeepSeek 收到的以 “{tail}” 结尾：第 {line} 行的 load_dotenv() 会保留已经设置的 {name}，例如你在 shell 配置文件中导出的旧密钥。请删掉那条 export 并打开新终端，或者调用 load_dotenv(override=True)。',
  'diagnosis.reason.code-key-not-sent':
    '第 {line} 行：代码里的密钥以“{own}”结尾，但 DeepSeek 收到的密钥以“{tail}”结尾：代码发送的是另一个密钥（环境变量、配置或默认值覆盖了这一个）。',
  'diagnosis.reason.code-key-refused':
    '第 {line} 行：DeepSeek 回显了“{tail}”，正是这里写的密钥的结尾：这个密钥确实到达了 DeepSeek，并被拒绝了（已撤销，或输错了）。',
  'diagnosis.reason.code-passes-key':
    '代码读取 {variable}，并把它传给了设置了 DeepSeek base URL 的客户端。',
  'diagnosis.reason.code-environ-set':
    '代码读取 os.environ["{variable}"]，如果变量未设置会抛出 KeyError，但请求已经发出并得到了响应：该变量已设置。',

  // Two pieces of evidence together.
  'diagnosis.reason.key-works-same-tail':
    'DeepSeek 接受你测试的密钥，但你的错误显示它拒绝过一个以 ****{tail} 结尾的密钥，结尾相同。请重新运行程序：如果这个错误发生在修复（换新密钥、充值）之前，它就不会再出现。如果仍然出现，说明程序发送的是另一个结尾相同的密钥：用第 4 步的检查比较它的长度。',
  'diagnosis.reason.key-works-code-fails':
    '你测试的密钥有效，但你的错误是 401：代码没有发送这个密钥。',

  // The Markdown report.
  'diagnosis.report.title': 'DeepSeek 401 诊断',
  'diagnosis.report.factsDate': 'DeepSeek 相关事实的核对日期',
  'diagnosis.report.date': '生成日期',
  'diagnosis.report.app': '生成工具',
  'diagnosis.report.likely': '最可能的原因',
  'diagnosis.report.noLikely': '无法确定',
  'diagnosis.report.notAuth': '实际的问题',
  'diagnosis.report.keyWorks': 'DeepSeek 接受了密钥',
  'diagnosis.report.yes': '是',
  'diagnosis.report.no': '否',
  'diagnosis.report.none': '无',
  'diagnosis.report.causes': '四种原因',
  'diagnosis.report.notes': '备注',
  'diagnosis.report.test': '实时密钥测试',
  'diagnosis.report.outcome': '结果',
  'diagnosis.report.status': 'HTTP 状态码',
  'diagnosis.report.message': '消息',
  'diagnosis.report.variant': '401 消息类型',
  'diagnosis.report.tail': '回显的密钥结尾',
  'diagnosis.report.requestId': '请求 ID',
  'diagnosis.report.models': '模型',
  'diagnosis.report.latency': '耗时',
  'diagnosis.report.relay': '经由本页面自己的服务器',
  'diagnosis.report.error': '粘贴的错误信息',
  'diagnosis.report.recognised': '识别为',
  'diagnosis.report.sdk': '输出来源',
  'diagnosis.report.exception': '异常',
  'diagnosis.report.sign': '迹象',
  'diagnosis.report.check': '检查输出',
  'diagnosis.report.key': '密钥（仅格式，绝不含密钥本身）',
  'diagnosis.report.shape': '格式',
  'diagnosis.report.shortKey': '{length} 个字符（太短，不显示任何部分）',
  'diagnosis.report.provider': '看起来像',
  'diagnosis.report.lint': '密钥检查结果',
  'diagnosis.report.code': '粘贴的代码',
  'diagnosis.report.language': '语言',
  'diagnosis.report.findings': '发现的问题',
  'diagnosis.report.footer': '密钥只显示前缀和最后四个字符；报告不包含粘贴的代码本身。',
  'diagnosis.reason.code-key-in-comment':
    '第 {line} 行：注释中有一个密钥（{shape}）；如果文件曾被分享，请撤销它。',
  'diagnosis.reason.code-auth-header-double-bearer':
    '第 {line} 行：Authorization 请求头里加了两次 “Bearer ”，DeepSeek 收到的不是 “Bearer sk-…”。',
  'diagnosis.reason.code-auth-header-no-bearer':
    '第 {line} 行：Authorization 请求头中密钥前没有“Bearer ”，因此 DeepSeek 返回 401。',
  'diagnosis.reason.code-getenv-none-library':
    '第 {line} 行：{name} 未设置时 os.getenv 返回 {value}，库随后会自己去找 DEEPSEEK_API_KEY。',
  'diagnosis.reason.code-getenv-none-http':
    '第 {line} 行：{name} 未设置时 os.getenv 返回 {value}，请求发出时不带密钥。',
  'diagnosis.reason.code-openai-client-kept':
    '第 {line} 行：第二个客户端是给 OpenAI 用的，已保持原样。',
  'diagnosis.reason.code-other-client-kept':
    '第 {line} 行：另一个客户端是给 {host} 用的，已保持原样。',
  'diagnosis.reason.code-config-key-placeholder': '第 {line} 行：密钥写在文件里。',
  'diagnosis.reason.code-config-wire-api':
    '第 {line} 行：wire_api = "chat"，当前的 Codex 已不再接受；DeepSeek 的 Codex 接入指南使用 "responses"。',
  'diagnosis.reason.code-compose-env-missing':
    '第 {line} 行：服务“{service}”没有把 {name} 传入容器。',
  'diagnosis.reason.code-config-base-url-spelling':
    '第 {line} 行：工具读取的是 {expected}，不是 {name}，所以请求发往它的默认主机。',
  'diagnosis.reason.code-ci-fork-secrets':
    '第 {line} 行：在来自 fork 的拉取请求触发的运行中，以及没有恰好同名的 secret 时，secrets.{name} 为空。',
  'diagnosis.reason.code-config-no-key': '第 {line} 行：该模型没有 {name}，所以它的请求不带密钥。',
  'diagnosis.reason.code-config-var-not-expanded':
    '第 {line} 行：“{value}”被原样发送，没有换成变量的值。',
  'diagnosis.reason.code-config-wrong-field': '第 {line} 行：密钥写在 {name}，而不是 {expected}。',
  'diagnosis.reason.code-config-key-spelling':
    '第 {line} 行：密钥写在 {name} 里；工具只读取 {expected}，所以没有发送密钥。',
  'diagnosis.reason.code-config-key-reference':
    '第 {line} 行：密钥字段里是“{value}”，这个工具可能把它当作变量读取，也可能当作文字发送。',
  'diagnosis.reason.code-config-key-in-variable-field':
    '第 {line} 行：密钥写在了 {name} 里，而它填的是变量名；工具因此不发送密钥。',
  'diagnosis.reason.code-config-key-extra':
    '第 {line} 行：密钥的值里有不属于密钥的字符，它们会随密钥一起发出。',
  'diagnosis.reason.code-config-full-endpoint':
    '第 {line} 行：api_base_url 是 {url}；Claude Code Router 需要完整端点 {expected}。',
  'diagnosis.reason.code-config-anthropic-path':
    '第 {line} 行：Claude Code 指向的是 {url}，不是 DeepSeek 的 Anthropic 端点。',
  'diagnosis.reason.code-other-provider-endpoint':
    '第 {line} 行：密钥被发往 {provider}（{url}），而不是 DeepSeek。',
  'diagnosis.reason.code-env-spaces': '第 {line} 行：{name} 的“=”两边有空格。',
  'diagnosis.reason.code-env-export': '第 {line} 行：{name} 前面有“export”。',
  'diagnosis.reason.code-env-crlf': '第 {line} 行：Windows 换行让值里多了一个回车符。',
  'diagnosis.reason.code-compose-quotes': '第 {line} 行：{name} 两边的引号被保留在值里。',
} satisfies { readonly [K in keyof typeof en]?: string };
