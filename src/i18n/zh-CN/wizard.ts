import type { wizard as en } from '../en/wizard.ts';

/**
 * Simplified Chinese: the four-cause wizard and the code views.
 * Typed against ../en/wizard.ts: an unknown key is a type error; a missing one falls back to
 * English at run time and fails tests/unit/i18n.test.ts.
 */
export const wizard = {
  'wizard.heading': '四种原因',
  'wizard.intro':
    'DeepSeek 返回 401 的原因有四种。可以按顺序逐一排查，也可以直接跳到证据指向的那一种。',
  'wizard.nav': '原因',
  'wizard.stepOf': '原因 {n}/4',
  'wizard.markedThis': '就是它',
  'wizard.markedNot': '已排除',
  'wizard.likely': '很可能',
  'wizard.meaning': '含义',
  'wizard.check': '如何检查',
  'wizard.checkWhere.after-client': '在创建客户端之后紧接着加上这一行，然后运行代码。',
  'wizard.checkWhere.before-call':
    '在调用 litellm.completion 之前加上这两行，使用相同的 model 和 api_base，然后运行代码。',
  'wizard.checkWhere.after-request':
    '在创建 $request 之后、调用 Invoke-RestMethod 之前加上这一行，然后运行脚本。',
  'wizard.checkWhere.before-command':
    '先把这段粘贴到终端中，再原样运行你的 curl 命令：这一次 curl 不会发送请求，而是输出 URL 和 Authorization 请求头的结尾。',
  'wizard.checkWhere.before-send': '在构建请求之后、发送之前加上这几行，然后运行程序。',
  'wizard.fix': '如何修复',
  'wizard.code': '出错代码与修复后代码',
  'wizard.thisWasIt': '就是这个原因',
  'wizard.notThis': '不是这个，下一个',
  'wizard.solved':
    '很好：复制上面修复后的代码再运行一次，并保留“预防”中的启动检查，下次出现此错误时它会直接指明原因。',
  'wizard.noneMatched':
    '四种都不是？先在上方测试密钥，粘贴完整的错误文本，再把诊断结果复制到发给 DeepSeek 客服的工单中。',
  'wizard.start': '从原因 1 开始',
  'wizard.openLikely': '打开最可能的原因',
  'wizard.shell': '运行环境',
  'wizard.language': '代码语言',
  'wizard.modelFromKey': '代码中使用的是 {model}，这是你的密钥在实时测试中列出的模型。',

  'wizard.cause.not-set.title': '密钥未设置',
  'wizard.cause.not-set.summary': '运行代码的进程中缺少 DEEPSEEK_API_KEY，或其值为空。',
  'wizard.cause.not-set.meaning':
    '你的代码从 DEEPSEEK_API_KEY 读取密钥，但在运行它的进程中，这个变量不存在或为空。在一个终端中 export 的变量，在另一个终端、IDE、之前启动的 notebook 内核、cron、Docker 或 CI 中都看不到。密钥为空时，DeepSeek 返回 "auth header format should be Bearer sk-..."；完全没有密钥时，SDK 会回退到 OPENAI_API_KEY 并发送它。',
  'wizard.cause.not-set.check':
    '在运行代码的同一个终端或环境中执行此命令。它只输出变量是否已设置、长度和最后四个字符，绝不输出密钥本身。',
  'wizard.cause.not-set.expect':
    '输出 "NOT SET" 说明就是这个原因。如果长度不是 35，或结尾字符你不认识，则指向原因 2。',
  'wizard.cause.not-set.fix':
    '在运行代码的地方设置 DEEPSEEK_API_KEY，然后在该环境中重新启动程序（IDE 或 notebook 需要重启才能看到它）。对于项目，把密钥放在被 git 忽略的 .env 文件中并加载：python-dotenv 的 load_dotenv()，或 node --env-file=.env。在 CI 和 Docker 中，以 secret 的形式传入，或使用 -e DEEPSEEK_API_KEY。',

  'wizard.cause.mistyped.title': '密钥输入有误',
  'wizard.cause.mistyped.summary': '值不正确：有错字、缺字符，或多了空白或引号。',
  'wizard.cause.mistyped.meaning':
    '变量已设置，但它的值与 DeepSeek 签发的密钥不完全一致：复制时丢了字符，结尾多了空格或换行，保留了 .env 文件或 shell export 中的引号，带有 "Bearer " 前缀，或者是 sk-xxxx 之类的占位符。DeepSeek 密钥由 sk- 加 32 位小写十六进制字符组成，共 35 个字符。',
  'wizard.cause.mistyped.check':
    '在运行代码的地方检查该值的格式。它输出 "shape OK" 或长度，绝不输出密钥本身。也可以把密钥粘贴到上方的测试中：检查结果会标出每个问题及其位置。',
  'wizard.cause.mistyped.expect':
    '只要输出不是 "shape OK"，就说明当前的值不是有效格式的 DeepSeek 密钥：重新复制，或创建一个新密钥。',
  'wizard.cause.mistyped.fix':
    '从 DeepSeek 开放平台重新复制密钥（API 密钥只显示一次：如果已经找不到，就创建一个新的）。设置时不要带引号或空格；在 .env 文件中写成 DEEPSEEK_API_KEY=sk-…，前后不加任何东西。在代码中去除首尾空白作为防护，并在启动时检查格式。',

  'wizard.cause.revoked.title': '密钥已撤销或过期',
  'wizard.cause.revoked.summary': '密钥已被删除或轮换，或其所属账号已不存在。',
  'wizard.cause.revoked.meaning':
    '该值格式正确，也到达了 DeepSeek，但 DeepSeek 不再接受它：有人在开放平台上删除了这个密钥，密钥泄露后被轮换，或者账号已注销。"Authentication Fails (no such user)" 表示找不到该密钥所属的账号（极少数情况下，DeepSeek 服务故障时也会这样提示：轮换密钥前先查看 status.deepseek.com）。',
  'wizard.cause.revoked.check':
    '用免费、只读的 GET /models 直接询问 DeepSeek。它只输出 HTTP 状态码。',
  'wizard.cause.revoked.expect':
    '200 表示密钥有效：你的 401 来自代码发送密钥的方式（原因 4）。401 表示 DeepSeek 拒绝该值：如果已排除原因 2，说明密钥已被撤销。',
  'wizard.cause.revoked.fix':
    '在 platform.deepseek.com → API keys 创建新密钥，在所有用过旧密钥的地方（shell 配置文件、.env、CI secrets、部署环境）换上新密钥，然后删除旧密钥。如果旧密钥曾被提交到 git，就按已泄露处理：绝不要把新密钥写进代码。',

  'wizard.cause.not-passed.title': '密钥未传给客户端',
  'wizard.cause.not-passed.summary':
    '创建客户端时没有传入密钥、读取了错误的变量，或把密钥发到了错误的地址。',
  'wizard.cause.not-passed.meaning':
    '密钥本身没问题，也已设置，但你的代码没有把它交给调用 DeepSeek 的客户端。不带 api_key（Node 中为 apiKey）的 OpenAI() 会改为读取 OPENAI_API_KEY；不带 base_url（Node 中为 baseURL）时，请求会发给 OpenAI，它返回 "Incorrect API key provided"。变量名不同（DEEPSEEK_KEY、DEEPSEEK_API_TOKEN）、配置从未被读取，或 ${DEEPSEEK_API_KEY} 这样的模板从未被填充，结果都一样。',
  'wizard.cause.not-passed.check':
    '按你使用的技术栈检查代码实际交出了什么：检查会输出请求发往的地址，以及请求携带的密钥的最后四个字符，绝不输出密钥本身。',
  'wizard.cause.not-passed.expect':
    '地址必须是 DeepSeek 的地址，且这四个字符必须与你密钥的结尾一致。再与 DeepSeek 在错误中回显的结尾（****abcd）比较。',
  'wizard.cause.not-passed.fix':
    '显式传入两者：api_key 取自 DEEPSEEK_API_KEY，base_url 设为 https://api.deepseek.com（Node 中为 apiKey 和 baseURL）。不要依赖 SDK 回退到 OPENAI_API_KEY。',

  'code.broken': '出错代码',
  'code.fixed': '修复后代码',
  'code.copyFixed': '复制修复后代码',
  'code.copyCommand': '复制命令',
  'code.expect': '预期输出：',
  'code.expectTail': '预期输出（最后四个字符应是你的密钥的最后四个字符）：',
  'code.copied': '已复制到剪贴板。',
  'code.copyFailed': '无法复制：请选中文本后按 Ctrl+C（Mac 上按 ⌘C）。',
  'code.changed': '（已修改）',
  'code.removed': '（已删除）',
  'code.yourCode': '你粘贴了代码：修复后的版本显示在你粘贴的代码旁边，修改过的行已标出。',
  'code.yourCodeLink': '查看修复后的代码',
  'code.language.python': 'Python',
  'code.language.node': 'Node.js / TypeScript',
  'code.language.curl': 'curl',
  'code.language.powershell': 'PowerShell',
  'code.language.langchain': 'LangChain',
  'code.language.litellm': 'LiteLLM',
  'code.language.java': 'Java',
  'code.language.go': 'Go',
  'code.language.csharp': 'C#',
  'code.language.php': 'PHP',
  'code.language.rust': 'Rust',
  'code.needs': '需要：',
  'code.needs.curl': 'curl 7.76 或更高版本（用于 --fail-with-body）。',
  'code.needs.powershell': 'Windows PowerShell 5.1 或 PowerShell 7。',
  'code.needs.java': 'Java 11 或更高版本，无需安装任何依赖：用 java DeepSeekChat.java 运行。',
  'code.needs.go': 'Go 1.18 或更高版本，无需安装任何依赖（net/http 和 encoding/json）。',
  'code.needs.csharp': '.NET 6 或更高版本，无需安装任何依赖（HttpClient 和 System.Text.Json）。',
  'code.needs.php': 'PHP 8 及 curl 扩展（Debian 和 Ubuntu 上为 php-curl）。',
  'code.sdk':
    '改用 {library}？同样要显式传入密钥和 base URL，否则它会读取 OPENAI_API_KEY 并请求 OpenAI：',
  'code.copySetup': '复制设置命令',
  'code.copySetupFile': '复制 {file} 的设置',
  'code.shell.bash': 'bash / zsh',
  'code.shell.fish': 'fish',
  'code.shell.powershell': 'PowerShell',
  'code.shell.cmd': 'cmd',
  'code.shell.python': 'Python',
  'code.shell.node': 'Node.js',
  'code.shell.langchain': 'LangChain',
  'code.shell.litellm': 'LiteLLM',
  'code.shell.curl': 'curl（bash / zsh）',
  'code.shell.java': 'Java',
  'code.shell.go': 'Go',
  'code.shell.csharp': 'C#',
  'code.shell.php': 'PHP',
  'code.shell.rust': 'Rust',
} satisfies { readonly [K in keyof typeof en]?: string };
