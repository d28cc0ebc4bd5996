import type { keyTest as en } from '../en/key-test.ts';

/**
 * Simplified Chinese: the live key test.
 * Typed against ../en/key-test.ts: an unknown key is a type error; a missing one falls back to
 * English at run time and fails tests/unit/i18n.test.ts.
 */
export const keyTest = {
  'keyTest.heading': '测试你的密钥',
  'keyTest.intro':
    '密钥只保存在本页面的内存中，且只发送给 DeepSeek 的两个免费只读接口（GET /models 和 GET /user/balance），不消耗任何 token。',
  'keyTest.label': 'DeepSeek API 密钥',
  'keyTest.show': '显示密钥',
  'keyTest.test': '测试密钥',
  'keyTest.baseUrl.summary': '高级：通过其他 API base URL 测试',
  'keyTest.baseUrl.label': 'API 地址（base URL）',
  'keyTest.baseUrl.hint':
    '留空即为 https://api.deepseek.com。仅在需要通过你自己运行的代理测试时才修改。',
  'keyTest.baseUrl.warning':
    '你的密钥将发送到 {host}，而不是 DeepSeek。只对你自己运行的代理这样做。构建后页面的安全策略只允许连接 api.deepseek.com 和提供本页面的服务器：其他主机上的代理会被浏览器拒绝，并显示为被拦截。请让代理与本页面同源，或改用终端命令通过它测试。',
  'keyTest.baseUrl.invalid.not-url':
    '不是完整的 URL：请以 https:// 开头，例如 https://api.deepseek.com。',
  'keyTest.baseUrl.invalid.not-https':
    '请使用 https://（仅 localhost 可用普通 http）：密钥不能以未加密的方式在网络上传输。',
  'keyTest.baseUrl.invalid.credentials': '请从 URL 中删除用户名和密码：密钥是唯一的凭据。',
  'keyTest.baseUrl.invalid.query': '请删除 ? 和 # 部分：base URL 只包含协议、主机和路径。',
  'keyTest.baseUrl.tested': '测试目标为 {url}，而不是 DeepSeek。',
  'keyTest.cancel': '取消',
  'keyTest.forget': '清除密钥',
  'keyTest.forgotten': '密钥已清除：本页面中已不再保留它。',
  'keyTest.running': '正在向 DeepSeek 测试密钥…',
  'keyTest.runningRelay': '正在通过本页面自己的服务器测试密钥…',
  'keyTest.held':
    '未发送：这看起来是 {provider} 的密钥，而 DeepSeek 只接受自己的密钥。请使用你在 platform.deepseek.com/api_keys 上的 DeepSeek 密钥，或用密钥下方的按钮仍然发送这个密钥。',
  'keyTest.cleanedWorks':
    '你测试的是清理后的密钥。被清理掉的引号或空白很可能仍留在设置 DEEPSEEK_API_KEY 的地方（.env、shell 配置文件、CI 密钥）：也请在那里删掉它们，否则你的代码仍会发送未清理的值。',

  'keyTest.verdict.key-works':
    '你的密钥有效（DeepSeek 接受了它），所以 401 来自代码或其运行环境：请确认运行代码的进程中已设置 DEEPSEEK_API_KEY（原因 1），并且客户端拿到了该密钥和 DeepSeek 的 base URL（Python 中为 base_url，Node 中为 baseURL）（原因 4）。',
  'keyTest.verdict.rejected-well-formed':
    '这个密钥格式正确，但 DeepSeek 仍拒绝了它：最常见的是它已被删除、轮换，或其账号已注销，除非其中有某个字符与你拿到的密钥不同。请在 platform.deepseek.com 创建新密钥，并在所有地方替换旧密钥。',
  'keyTest.verdict.rejected-malformed':
    'DeepSeek 拒绝了这个密钥，而且它的格式不像 DeepSeek 密钥（sk- 加 32 位十六进制字符），说明输入有误或复制不完整：请从 platform.deepseek.com 重新复制，或使用清理后的密钥。',
  'keyTest.verdict.other-provider':
    'DeepSeek 拒绝了这个密钥，它看起来像 {provider} 的密钥，而不是 DeepSeek 的：请使用来自 platform.deepseek.com 的密钥。',
  'keyTest.verdict.rejected-unverified':
    'DeepSeek 拒绝了它收到的密钥：把该密钥粘贴到这里测试一下，就能分辨是输入错误还是已撤销。',
  'keyTest.verdict.tail-mismatch.variable-name':
    'DeepSeek 收到的值以“{tail}”结尾，这是某个变量名的结尾，说明代码发送的是变量名而不是它的值：请读取该变量，不要给变量名加引号。',
  'keyTest.verdict.tail-mismatch.template':
    'DeepSeek 收到的值以“{tail}”结尾，这是一个未填充的 ${…} 或 {{…}} 模板，说明密钥从未被替换进去：请在填充模板的地方设置该变量，或在代码中读取它。',
  'keyTest.verdict.tail-mismatch.quote':
    'DeepSeek 收到的值以引号结尾（“{tail}”），说明 .env 文件或 shell 中的引号成了密钥的一部分：请去掉值两边的引号。',
  'keyTest.verdict.tail-mismatch.no-value':
    'DeepSeek 在本应是密钥的位置收到了“{tail}”，说明代码根本没有拿到值：请在运行代码的进程中设置 DEEPSEEK_API_KEY。',
  'keyTest.verdict.tail-mismatch.not-provided':
    'DeepSeek 收到的是“not-provided”：Cline、Roo Code 和 Kilo Code 在 DeepSeek API 密钥栏为空时就发送它。请在 API Provider: DeepSeek → DeepSeek API Key 中填入你的密钥。',
  'keyTest.verdict.tail-mismatch.placeholder':
    'DeepSeek 收到的是以“{tail}”结尾的占位符，而不是你的密钥：密钥的位置上仍是模板里的值（.env 示例或配置默认值）。请把你的密钥填到程序读取的 DEEPSEEK_API_KEY 中。',
  'keyTest.verdict.tail-mismatch.different-key':
    'DeepSeek 收到的是另一个密钥，以“{tail}”结尾，而你的以“{lastFour}”结尾，说明代码发送的是别的密钥（旧密钥，或 OPENAI_API_KEY）：请把 DEEPSEEK_API_KEY 显式传给客户端。',
  'keyTest.verdict.tail-mismatch.empty':
    'DeepSeek 收到的是空密钥（“Bearer ”后面什么也没有）：代码没有值可发送。请在运行代码的进程中设置 DEEPSEEK_API_KEY。',
  'keyTest.verdict.tail-mismatch.short':
    'DeepSeek 收到的值以“{tail}”结尾，只有 {length} 个字符：这不是密钥。请从 platform.deepseek.com 复制完整的密钥（sk- 加 32 个字符）。',
  'keyTest.verdict.tail-mismatch.not-a-key':
    'DeepSeek 收到的值以“{tail}”结尾，DeepSeek 的密钥不会这样结尾（只会以 0–9 和 a–f 结尾）：这是其他服务商的密钥、中转站的令牌或别的文字。请在那里填入你的 DeepSeek 密钥。',
  'keyTest.verdict.bad-format.not-set':
    'DeepSeek 表示 Authorization 请求头不是“Bearer sk-…”，说明代码发送的密钥为空：请在运行代码的进程中设置 DEEPSEEK_API_KEY。',
  'keyTest.verdict.bad-format.mistyped':
    'DeepSeek 表示 Authorization 请求头不是“Bearer sk-…”，而这个密钥不以 sk- 开头：请从 platform.deepseek.com 重新复制你的 DeepSeek 密钥。',
  'keyTest.verdict.no-such-user':
    'DeepSeek 找不到该密钥对应的账号（“no such user”），说明密钥或其账号已被删除，除非 DeepSeek 正在发生故障：请查看 status.deepseek.com，如果一切正常，就创建一个新密钥。',
  'keyTest.verdict.governor':
    'DeepSeek 返回了“governor”：它没有收到 Authorization 请求头，尽管本页面发送了。本页面与 DeepSeek 之间的某个环节（代理或浏览器扩展）把它去掉了：请用下面的命令在终端里测试。',
  'keyTest.verdict.not-auth-balance':
    '这不是 401：DeepSeek 接受了密钥，但账号余额不足（402）：请在 platform.deepseek.com 充值。',
  'keyTest.verdict.not-auth-rate':
    '这不是 401：DeepSeek 接受了密钥，但正在限制请求速率（429）：请等一分钟再测试。',
  'keyTest.verdict.not-auth-rate-after':
    '这不是 401：DeepSeek 接受了密钥，但正在限制请求速率（429）：请等待 {seconds} 秒后再测试。',
  'keyTest.verdict.not-auth-server':
    'DeepSeek 服务器出错（HTTP {status}），这与你的密钥无关：请等一分钟，查看 status.deepseek.com，然后再测试。',
  'keyTest.verdict.not-auth-other':
    'DeepSeek 返回了 HTTP {status} 而不是 401，这不能说明密钥的情况：请阅读下方 DeepSeek 的消息。',
  'keyTest.verdict.wrong-base-url':
    'HTTP 404：请求没有到达 DeepSeek 的 API，说明 base URL 有误：请使用 https://api.deepseek.com（带不带 /v1 均可）。',
  'keyTest.verdict.forbidden':
    'DeepSeek 拒绝访问（403），这不是密钥错误：你的网络或地区可能被限制，请换一个网络，或带着下面的证据联系 DeepSeek 客服。',
  'keyTest.verdict.unexpected':
    '应答的不是 DeepSeek 的 API（HTTP {status}，不是 JSON），而是代理、网络登录页或错误的主机：请先登录该网络，或在下方用终端运行测试。',
  'keyTest.verdict.unexpected-json':
    '应答的不是 DeepSeek 的 API（HTTP {status}，是 JSON，但不是 DeepSeek 的模型列表），而是代理或错误的主机：请检查地址，或在下方用终端运行测试。',
  'keyTest.verdict.foreign-401':
    '返回了 401，但没有 DeepSeek 的“Authentication Fails”信息，说明拒绝请求的是别的东西（网关、代理或该地址上的其他服务），你的密钥其实还没测试到：请在下方用终端运行测试。',
  'keyTest.verdict.blocked-custom':
    '发往 {host} 的请求根本没有发出：本页面只允许连接 api.deepseek.com 和它自己的服务器，所以你的密钥没有被发送。请改在终端里测试该地址：把下方命令中的 https://api.deepseek.com 换成它的 URL。',
  'keyTest.verdict.blocked':
    '你的浏览器无法连接 DeepSeek，这不是密钥的问题（请求被 CORS、防火墙、代理或浏览器扩展拦截）：请在下方用终端运行同样的测试，并把输出粘贴到“粘贴错误信息”中。',
  'keyTest.verdict.offline':
    '你的浏览器处于离线状态，因此密钥未被测试：请重新联网后再测试，或在下方用终端运行测试。',
  'keyTest.verdict.relay-blocked':
    '连本页面自己的服务器也无法连接 DeepSeek，说明这台机器无法访问 api.deepseek.com，这不是密钥的问题：请检查网络、代理或防火墙，然后运行下方的终端测试。',
  'keyTest.verdict.timeout':
    'DeepSeek 在 {seconds} 秒内没有响应，这不能说明密钥的情况：请再测试一次，或在下方用终端运行测试。',
  'keyTest.verdict.cancelled': '测试已取消：目前对该密钥一无所知。',
  'keyTest.verdict.tester-unavailable':
    '本页未能加载用于测试密钥的代码（可能是你打开页面后网站已更新，或网络连接中断），因此没有向 DeepSeek 发送任何内容：请刷新页面并重新粘贴密钥，或在下方用终端运行测试。',
  'keyTest.verdict.not-sendable':
    '该密钥含有非纯 ASCII 字符（不可见字符或排版引号），因此没有发送：请使用清理后的密钥，或重新复制。',
  'keyTest.verdict.empty-key': '请先粘贴密钥：空密钥不会被发送。',

  'keyTest.evidence.status': 'HTTP 状态码',
  'keyTest.evidence.message': 'DeepSeek 的消息',
  'keyTest.evidence.requestId': '请求 ID',
  'keyTest.evidence.tail': 'DeepSeek 收到的密钥结尾',
  'keyTest.evidence.pastedTail': '你粘贴的密钥结尾',
  'keyTest.evidence.latency': '耗时',
  'keyTest.evidence.latencyValue': '{ms} 毫秒',
  'keyTest.evidence.models': '该密钥可用的模型',
  'keyTest.evidence.balance': '余额',
  'keyTest.evidence.balanceValue': '{total} {currency}（赠送 {granted}，充值 {toppedUp}）',
  'keyTest.evidence.balanceTotal': '{total} {currency}',
  'keyTest.evidence.balanceUnknown': '无法获取（余额请求失败）',
  'keyTest.evidence.available': '可以调用 API（is_available）',
  'keyTest.evidence.yes': '是',
  'keyTest.evidence.no': '否',
  'keyTest.evidence.notAvailable': '否：调用 API 前请先充值',
  'keyTest.evidence.route': '连接方式',
  'keyTest.evidence.direct': '从本浏览器直接发往 https://api.deepseek.com',
  'keyTest.evidence.directTo': '从本浏览器直接发往 {url}',
  'keyTest.evidence.viaRelay': '经本页面自己的服务器发往 https://api.deepseek.com',
  'keyTest.evidence.retryAfter': '重试等待',
  'keyTest.evidence.seconds': '{seconds} 秒',
  'keyTest.evidence.contentType': '内容类型',
  'keyTest.evidence.excerpt': '响应开头',
  'keyTest.evidence.timeLimit': '时限',
  'keyTest.evidence.online': '浏览器在线',
  'keyTest.evidence.none': '（无）',

  'keyTest.blocked.heading': '在终端中运行同样的测试',
  'keyTest.blocked.intro':
    '这些命令像你的代码应该做的那样，从 DEEPSEEK_API_KEY 读取密钥，命令本身从不包含密钥。它们的输出中也没有密钥：把输出粘贴到“粘贴错误信息”中。',
  'keyTest.blocked.curl': 'curl（macOS、Linux、WSL、Git Bash）',
  'keyTest.blocked.powershell': 'PowerShell',
  'keyTest.blocked.copyCurl': '复制 curl 命令',
  'keyTest.blocked.copyPowershell': '复制 PowerShell 命令',
  'keyTest.relay.offer':
    '提供本页面的服务器可以把同样的测试发送到 https://api.deepseek.com，且只发往那里。',
  'keyTest.relay.retry': '通过本页面自己的服务器重试',
} satisfies { readonly [K in keyof typeof en]?: string };
