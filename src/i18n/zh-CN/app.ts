import type { app as en } from '../en/app.ts';

/**
 * Simplified Chinese: the page frame and the landing view. Loaded first: keep it small.
 * Typed against ../en/app.ts: an unknown key is a type error; a missing one falls back to
 * English at run time and fails tests/unit/i18n.test.ts.
 */
export const app = {
  'app.title': 'DeepSeek Key Doctor',
  'app.documentTitle': 'DeepSeek Key Doctor — 修复 401 AuthenticationError',
  'app.description':
    '修复 DeepSeek 的 401 AuthenticationError：在浏览器中测试你的 API 密钥，找出是四种原因中的哪一种，并复制修正后的代码。',
  'app.tagline':
    '调用 DeepSeek 时遇到 "AuthenticationError: 401"？找出是四种原因中的哪一种，用实时测试验证你的密钥，再复制可以运行的代码。',
  'app.waysIn': '三种开始方式',
  'app.way.error': '从报错开始',
  'app.way.error.text': '从你手上的 traceback 或日志行入手，无需密钥。',
  'app.way.key': '测试密钥',
  'app.way.key.text': '在本浏览器中发送免费的只读请求，即可知道 DeepSeek 是否接受该密钥。',
  'app.way.walk': '逐一排查四种原因',
  'app.way.walk.text': '按顺序检查每种原因：复制命令运行，然后修复。',
  'app.privacy':
    '你的密钥只留在本页面中：不会被存储、记录或放进 URL，且只发送到 api.deepseek.com。',
  'app.language': '语言',
  'app.loading': '正在加载密钥测试与原因排查…',
  'app.loadFailed': '本页面无法加载所需工具：可能是网络连接中断，或者发布了新版本。',
  'app.reload': '重新加载页面',
  'app.framed':
    '本页面会接收 API 密钥，因此不能嵌在其他网页中使用。请单独打开它，以便看清它的网址。',
  'app.framed.open': '在单独的标签页中打开 DeepSeek Key Doctor',
  'app.footer':
    '内容与代码已于 {date} 核对，对照版本为 openai {node}（Node）和 openai {python}（Python）。',
} satisfies { readonly [K in keyof typeof en]?: string };
