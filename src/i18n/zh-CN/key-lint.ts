import type { keyLint as en } from '../en/key-lint.ts';

/**
 * Simplified Chinese: key lint findings.
 * Typed against ../en/key-lint.ts: an unknown key is a type error; a missing one falls back to
 * English at run time and fails tests/unit/i18n.test.ts.
 */
export const keyLint = {
  'keyLint.heading': '密钥检查',
  'keyLint.clean': '使用清理后的密钥',
  'keyLint.ok': '该密钥符合 DeepSeek 密钥的格式：sk- 加 32 位小写十六进制字符。',
  'keyLint.shape': '长度 {length}，以 {prefix} 开头，以 {lastFour} 结尾。',
  'keyLint.shape.short': '长度 {length}：作为密钥太短了。',
  'keyLint.shape.asPasted':
    '按粘贴的原样：长度 {length}，以 {prefix} 开头，以 {lastFour} 结尾（包括引号和空白；⏎ 表示换行，␣ 表示空格）。',
  'keyLint.testAnyway': '仍然用 DeepSeek 测试',
  'keyLint.otherProviderNote':
    '仅从格式看像 {provider} 的密钥：格式只能提示密钥的来源，不能证明。例如通义千问（Qwen）的密钥与 DeepSeek 密钥看起来完全一样。',

  'keyLint.provider.openai': 'OpenAI',
  'keyLint.provider.anthropic': 'Anthropic',
  'keyLint.provider.openrouter': 'OpenRouter',
  'keyLint.provider.groq': 'Groq',
  'keyLint.provider.google-gemini': 'Google（Gemini）',
  'keyLint.provider.moonshot-siliconflow': 'Moonshot（月之暗面）或 SiliconFlow（硅基流动）',
  'keyLint.provider.xai': 'xAI',

  'keyLint.empty': '密钥为空。请从 platform.deepseek.com（API keys）复制，或在那里创建一个新的。',
  'keyLint.leading-whitespace':
    '开头有空格或制表符（位置 {position}）。从终端或 .env 行复制时常会带上；清理后的密钥会去掉它。',
  'keyLint.trailing-whitespace':
    '结尾有空格或制表符（位置 {position}）。从终端或 .env 行复制时常会带上；清理后的密钥会去掉它。',
  'keyLint.inner-whitespace':
    '密钥中间有空格或制表符（位置 {position}）。密钥不含空格，可能是这一行被折行或拆开了；清理后的密钥会把它拼接起来。',
  'keyLint.newline':
    '位置 {position} 有一个换行符。文件和 echo 常会加上它，导致请求失败；清理后的密钥会去掉它。',
  'keyLint.invisible-character':
    '位置 {position} 有一个不可见字符 {detail}。聊天软件、网页和文档会加入这类字符；清理后的密钥会去掉它。',
  'keyLint.curly-quote':
    '位置 {position} 有一个弯引号 {detail}。这是文字处理软件或聊天软件把直引号自动替换的结果；清理后的密钥会去掉它。',
  'keyLint.wrapping-quotes':
    '密钥被引号（{detail}）包住，从位置 {position} 开始。引号属于你的代码或 .env 文件，不属于密钥；清理后的密钥会去掉它们。',
  'keyLint.wrapping-brackets':
    '密钥被尖括号（<…>）包住，从位置 {position} 开始。尖括号来自文档或模板，不属于密钥；清理后的密钥会去掉它们。',
  'keyLint.trailing-comment':
    '密钥后面跟着一段注释，从位置 {position} 开始。注释属于你的 .env 文件或代码，不属于密钥；清理后的密钥会去掉它。',
  'keyLint.trailing-punctuation':
    '密钥以 "{detail}" 结尾（位置 {position}），这是从句子里复制时带上的。密钥以字母或数字结尾；清理后的密钥会去掉它。',
  'keyLint.bearer-prefix':
    '密钥以 "{detail}" 开头。SDK 会自行加上 "Bearer"，所以只需粘贴密钥本身；清理后的密钥会去掉它。',
  'keyLint.assignment-prefix':
    '密钥以 "{detail}" 开头，这是 shell 或 .env 文件中的一行。只有其后的值才是密钥；清理后的密钥只保留这个值。',
  'keyLint.placeholder':
    '这不是真实的密钥：它含有 {detail}，表示占位符或已打码的密钥。DeepSeek 只在创建密钥时完整显示一次；如果已经找不到，请创建一个新的。',
  'keyLint.variable-name':
    '这是变量名（{detail}），不是它的值。请粘贴值本身，并确认你的代码读取的是这个变量，且它已被设置。',
  'keyLint.wrong-prefix':
    'DeepSeek 密钥以 sk- 开头，但这个以 "{detail}" 开头。请确认你从第一个字符起复制了完整的密钥。',
  'keyLint.wrong-length':
    '该密钥有 {detail} 个字符；DeepSeek 密钥正好是 35 个字符。缺了一部分或多了东西：请完整地重新复制一次。',
  'keyLint.non-hex':
    '位置 {position} 的 "{detail}" 不可能出现在 DeepSeek 密钥中：sk- 之后只有 0-9 和 a-f。请重新复制密钥，不要手动修改。',
  'keyLint.uppercase-hex':
    '含有大写字母，第一个在位置 {position}。DeepSeek 密钥使用小写 a-f；请从你保存它的地方重新复制。',
  'keyLint.other-provider':
    '这看起来像 {detail} 的密钥，而不是 DeepSeek 密钥。DeepSeek 只接受自己的密钥：请在 platform.deepseek.com 创建一个。',
  'keyLint.not-ascii':
    '有一个非纯 ASCII 字符：位置 {position} 的 {detail}。形似字母来自文档、聊天软件和输入法；清理后的密钥会替换已知的形似字符，并去掉其余字符。',
} satisfies { readonly [K in keyof typeof en]?: string };
