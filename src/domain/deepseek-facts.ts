/**
 * Facts about DeepSeek's API that the advice depends on. One source of truth: change them here,
 * with the date, when DeepSeek changes them. Sources: DeepSeek's "Your First API Call" and
 * "Error Codes" pages (English and Chinese), checked on FACTS_CHECKED_ON.
 */
export const FACTS_CHECKED_ON = '2026-11-28';

export const DEEPSEEK_BASE_URL = 'https://api.deepseek.com';

/**
 * DeepSeek's pages that the advice names, opened in a new tab: the API keys page (create, copy or
 * delete a key), the status page (incidents), and the API docs. Checked 2026-12-05 against
 * https://platform.deepseek.com/api_keys, https://status.deepseek.com and
 * https://api-docs.deepseek.com (each linked from DeepSeek's own docs).
 */
export const DEEPSEEK_PAGES = {
  apiKeys: 'https://platform.deepseek.com/api_keys',
  // The platform's "Top up" page, where clients send a 402 (a code search finds a dozen linking
  // it; checked December 2026).
  topUp: 'https://platform.deepseek.com/top_up',
  status: 'https://status.deepseek.com',
  docs: 'https://api-docs.deepseek.com',
} as const;
export const DEEPSEEK_PAGES_CHECKED_ON = '2026-12-05';

/** The environment variable every snippet reads the key from. */
export const KEY_ENV_VAR = 'DEEPSEEK_API_KEY';

/** Current model ids, default first. Prefer the list the user's own `GET /models` returns. */
export const CURRENT_MODELS = ['deepseek-flash', 'deepseek-v4-pro'] as const;
export const DEFAULT_MODEL: string = CURRENT_MODELS[0];
/** Still accepted, but not to be suggested. */
export const LEGACY_MODELS = ['deepseek-v4-flash'] as const;
/** Rejected today; seen in old code. */
export const RETIRED_MODELS = ['deepseek-chat', 'deepseek-reasoner'] as const;
/**
 * The current models think before they answer unless a request turns it off with this field
 * (api-docs.deepseek.com/guides/thinking_mode, checked 2026-12-07: "Thinking mode is enabled by
 * default"; Python's openai passes it in `extra_body`). deepseek-chat did not think: code moved
 * from it keeps its behaviour (temperature read, tool calls with no reasoning_content to send
 * back) only with thinking off.
 */
export const THINKING_OFF = '"thinking": {"type": "disabled"}';

/**
 * OpenAI's Responses API: DeepSeek has served it at its base URL since 31 July 2026, the V4-Flash
 * release (deepseek-v4-pro from early August), so that Codex can use DeepSeek; DeepSeek's own Codex
 * guide sets `wire_api = "responses"` (api-docs.deepseek.com/guides/responses_api and
 * quick_start/agent_integrations/codex, checked 2026-12-07). Before that date a call to /responses
 * got a 404 (farion1231/cc-switch#5210), and current Codex refuses `wire_api = "chat"` ("is no
 * longer supported", x-cmd/x-cmd#378). The page's texts give these dates in words, and a test
 * holds them to these constants.
 *
 * Images: deepseek-flash has read them since 10 September 2026 (deepseek-v4-flash-vision-exp from 21
 * August; api-docs.deepseek.com/guides/vision, checked 2026-12-07, and the V4.1-Flash release as
 * apidog.com/blog/deepseek-v4-1-flash-vision-api reports it). A model without vision answers an
 * image with 400 "unknown variant `image_url`, expected `text`".
 */
export const RESPONSES_API_SINCE = '2026-07-31';
export const IMAGES_SINCE = '2026-09-10';
export const IMAGES_MODEL = 'deepseek-flash' satisfies (typeof CURRENT_MODELS)[number];

/** Versions the generated code was checked against. */
export const CHECKED_VERSIONS = {
  openaiNode: '6.49.0',
  openaiPython: '2.x',
} as const;

/** A DeepSeek key: `sk-` and 32 lowercase hex digits (secret-scanner rules agree). */
export const DEEPSEEK_KEY_PREFIX = 'sk-';
export const DEEPSEEK_KEY_LENGTH = 35;
export const DEEPSEEK_KEY_PATTERN = /^sk-[0-9a-f]{32}$/;

/**
 * Other providers whose keys have a recognisable shape. Ids, not names: the page names them in
 * its language (`keyLint.provider.<id>` in src/i18n).
 */
export const OTHER_PROVIDERS = [
  'openai',
  'anthropic',
  'openrouter',
  'groq',
  'google-gemini',
  'moonshot-siliconflow',
  'xai',
] as const;
export type OtherProvider = (typeof OTHER_PROVIDERS)[number];

/** Other providers' key shapes, to say "this looks like an X key". Shape never proves provenance. */
export const OTHER_PROVIDER_KEYS: readonly { provider: OtherProvider; pattern: RegExp }[] = [
  { provider: 'openai', pattern: /^sk-(proj|svcacct|admin)-[A-Za-z0-9_-]{20,}$/ },
  { provider: 'openai', pattern: /^sk-[A-Za-z0-9_-]*T3BlbkFJ[A-Za-z0-9_-]*$/ },
  { provider: 'anthropic', pattern: /^sk-ant-[a-z0-9]+-[A-Za-z0-9_-]{20,}$/ },
  { provider: 'openrouter', pattern: /^sk-or-v1-[0-9a-f]{64}$/ },
  { provider: 'groq', pattern: /^gsk_[A-Za-z0-9]{20,}$/ },
  { provider: 'google-gemini', pattern: /^AIza[0-9A-Za-z_-]{35}$/ },
  // Moonshot and SiliconFlow keys share one shape.
  { provider: 'moonshot-siliconflow', pattern: /^sk-[A-Za-z0-9]{48}$/ },
  { provider: 'xai', pattern: /^xai-[A-Za-z0-9]{20,}$/ },
];
