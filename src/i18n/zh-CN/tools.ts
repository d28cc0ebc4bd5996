import type { tools as en } from '../en/tools.ts';

/** Simplified Chinese: "Where do you call DeepSeek?". Typed against ../en/tools.ts. */
export const tools = {
  'tools.heading': '你在哪里调用 DeepSeek？',
  'tools.intro':
    '编程工具、应用和库各自把密钥放在自己的位置。选择你用的工具，查看密钥和基础 URL 该放在哪里、出错与修复后的配置对照，以及一条绝不打印密钥的检查命令。',
  'tools.label': '工具或库',
  'tools.choose': '请选择…',
  'tools.facts': '各项设置的位置',
  'tools.fact.keyEnv': '读取密钥的变量',
  'tools.fact.keyField': '密钥字段',
  'tools.fact.secretRef': '密钥引用写法',
  'tools.fact.baseUrlField': '基础 URL 字段',
  'tools.fact.baseUrl': '基础 URL',
  'tools.fact.modelForm': '模型',
  'tools.fact.error401': '它的 401 报错中含有',
  'tools.source': '来源',
  'tools.traps': '常见陷阱',
  'tools.file': '你的 {file}：出错版与修复版',
  'tools.check': '检查（只打印长度，绝不打印密钥）',
  'tools.checkExpect': '应输出：{expect}',
  'tools.inCode': '这个是在代码里配置的：请看各步骤中的代码标签页，或把你的代码粘贴到上方来修复。',
  'tools.inScreen':
    '这个是在设置界面里配置的，不是文件：按上面列出的字段填写，需要基础 URL 的地方填 DeepSeek 的地址。',
  'tools.trap.settings-env-no-expansion':
    'settings.json 的 "env" 块按原样使用值："$DEEPSEEK_API_KEY" 会作为这几个字符被发送。请改为在 shell 中 export 这个变量，或自己把密钥写进去。',
  'tools.trap.auth-token-not-api-key':
    'DeepSeek 的指南设置的是 ANTHROPIC_AUTH_TOKEN（以 Bearer 请求头发送），而不是 ANTHROPIC_API_KEY。',
  'tools.trap.both-auth-headers':
    '同时设置 ANTHROPIC_AUTH_TOKEN 和 ANTHROPIC_API_KEY 时，两个请求头都会发出：只保留一个。',
  'tools.trap.leftover-anthropic-login':
    '残留的 Anthropic 登录或密钥可能优先于你的设置（“Invalid API key · Please run /login”）：请退出登录，或清除旧的 ANTHROPIC_API_KEY。',
  'tools.trap.anthropic-base-url':
    'Claude Code 需要 DeepSeek 的 Anthropic 端点 https://api.deepseek.com/anthropic，而不是 OpenAI 格式的地址。',
  'tools.trap.continue-secrets-from-env-files':
    '${{ secrets.DEEPSEEK_API_KEY }} 从 .continue/.env 或工作区的 .env 读取，而不是从 shell 的环境变量读取。',
  'tools.trap.litellm-governor':
    '把密钥设为 litellm.api_key 时，deepseek/ 提供方不发送 Authorization 请求头，DeepSeek 返回 “Authentication Fails (governor)”：请把 api_key 传给调用，或设置 DEEPSEEK_API_KEY。',
  'tools.trap.litellm-provider-prefix':
    '模型名需要 deepseek/ 前缀，LiteLLM 才会选择 DeepSeek 并读取 DEEPSEEK_API_KEY。',
  'tools.trap.no-embeddings':
    'DeepSeek 没有嵌入（embeddings）模型：知识库、RAG 等需要嵌入的功能要用其他提供方和它自己的密钥。',
  'tools.trap.settings-screen-only':
    '密钥是在应用的设置里填写的，不从 shell 读取：在终端里 export 的密钥传不到它那里。',
  'tools.trap.toml-literal-only':
    'config.toml 里直接写密钥本身（不读取任何变量）：不要把这个文件提交到 git。',
  'tools.trap.librechat-env-file':
    'librechat.yaml 中的 "${DEEPSEEK_API_KEY}" 从 LibreChat 的 .env 文件取值：请把 DEEPSEEK_API_KEY 写在那里。',
  'tools.trap.open-webui-lists':
    'OPENAI_API_BASE_URLS 和 OPENAI_API_KEYS 是用 “;” 分隔的列表：第 n 个密钥对应第 n 个 URL。',
  'tools.trap.base-url-v1': 'https://api.deepseek.com/v1 也可以用：这里的 “v1” 与模型版本无关。',
  'tools.trap.aider-yaml-keys':
    '.aider.conf.yml 只能按名称写 OpenAI 和 Anthropic 的密钥：请通过环境变量或 .env 文件把 DEEPSEEK_API_KEY 提供给 aider。',
} satisfies { readonly [K in keyof typeof en]?: string };
