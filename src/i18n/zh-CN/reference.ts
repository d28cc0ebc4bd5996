/** Simplified Chinese: the reference about the error. Typed against ../en/reference.ts. */
import type { reference as en } from '../en/reference.ts';

export const reference = {
  'ref.heading': '关于此错误',
  'ref.meaning': '错误的含义',
  'ref.meaning.text':
    'HTTP 401 "Authentication Fails" 表示 DeepSeek 认为请求中没有它认可的密钥。DeepSeek 文档使用官方 openai SDK，因此你看到的错误是 openai.AuthenticationError（Python）或 AuthenticationError（Node）。不存在官方的 "deepseek" 包：deepseek.AuthenticationError 来自第三方封装。',
  'ref.seen': '你看到的报错',
  'ref.seen.text':
    '**** 后面的四个字符是 DeepSeek 收到内容的结尾。如果它们不是你密钥的结尾，说明你的代码发送的是别的东西。',
  'ref.quick': '快速修复',
  'ref.quick.1': '在运行代码的环境中设置 DEEPSEEK_API_KEY（原因 1）。',
  'ref.quick.2': '确保值就是密钥本身：sk- 加 32 位十六进制字符，没有空格或引号（原因 2）。',
  'ref.quick.3': '如果 DeepSeek 仍然拒绝，请在开放平台创建新的密钥（原因 3）。',
  'ref.quick.4':
    '创建客户端时，api_key 取自 DEEPSEEK_API_KEY，base_url 设为 https://api.deepseek.com（Node 中为 apiKey 和 baseURL）（原因 4）。',
  'ref.why': '为什么会发生',
  'ref.why.text':
    'DeepSeek API 兼容 OpenAI 协议，所以大多数代码使用 openai SDK，而它的默认值指向 OpenAI：除非另行指定，它读取 OPENAI_API_KEY 并调用 api.openai.com。再加上终端、IDE、notebook 和容器之间环境变量各不相同，密钥又只显示一次，实际到达的密钥常常不是你以为的那个。',
  'ref.detect': '如何识别',
  'ref.detect.text':
    '状态码 401，type 为 authentication_error。消息的不同写法能说明更多："Your api key: ****abcd is invalid"（收到了密钥但被拒绝），"auth header format should be Bearer sk-..."（密钥为空或不以 sk- 开头），"no such user"（账号已不存在，或服务故障）。带有 platform.openai.com 链接的 "Incorrect API key provided" 表示请求发到了 OpenAI，而不是 DeepSeek。在程序启动时用免费的 GET /models 测试密钥，就能在第一次真正调用之前发现问题。',
  'ref.workaround': '变通方法：运行时索要新密钥',
  'ref.workaround.text': '对于脚本和 notebook，捕获认证错误，并仅为本次运行索要密钥，不做保存。',
  'ref.prevention': '预防：启动检查',
  'ref.prevention.text':
    '程序启动时检查密钥是否存在、格式是否正确，并调用免费的 GET /models，这样错误的密钥会立即失败，并给出指明原因的消息。',
  'ref.copyWorkaround': '复制变通方法',
  'ref.copyPrevention': '复制启动检查',
  'ref.versions': '核对版本',
  'ref.versions.text':
    'DeepSeek API 地址 {base}，模型 {models}（默认 {model}），核对日期 {date}；Node.js 使用 openai {node}，Python 使用 openai {python}。模型 ID 经常变化：测试密钥后，代码片段会使用它返回的 ID。',
} satisfies { readonly [K in keyof typeof en]?: string };
