/**
 * Where DeepSeek keys live: one row per tool or library, each fact with the page it was checked
 * on and the date. Data only: the page's words about a tool are in src/i18n (`tools.*`), the
 * broken and fixed set-ups in tool-setups.ts. A fact that could not be checked is left out, not
 * guessed. Model ids come from deepseek-facts.ts, never from a tool's (often older) docs.
 */

/** When the facts below were read. */
export const TOOLS_CHECKED_ON = '2026-12';

/** A fact and where it can be re-checked. */
export interface Fact<T = string> {
  value: T;
  source: string;
  checked: string;
}

const fact = <T>(value: T, source: string): Fact<T> => ({
  value,
  source,
  checked: TOOLS_CHECKED_ON,
});

/**
 * LiteLLM's wrapper: DeepSeek's invalid-key 401 comes out as `litellm.BadRequestError:
 * DeepseekException - {…}` (its body's "invalid_request_error" is matched before the status),
 * "(governor)" as `litellm.AuthenticationError: … DeepseekException - …` (usestrix/strix#101).
 */
const LITELLM_401 = fact('DeepseekException - ', 'https://github.com/BerriAI/litellm/issues/10403');

export const TOOL_IDS = [
  'claude-code',
  'continue',
  'cline',
  'roo-code',
  'cursor',
  'aider',
  'opencode',
  'zed',
  'litellm',
  'litellm-proxy',
  'langchain-python',
  'langchain-js',
  'llamaindex',
  'vercel-ai-sdk',
  'n8n',
  'dify',
  'open-webui',
  'librechat',
  'cherry-studio',
  'spring-ai',
  'openmanus',
  'java-openai',
  'go-openai',
  'csharp-openai',
  'php-openai',
  'rust-async-openai',
] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/** Known traps; the page explains each in its language (`tools.trap.<id>`). */
export type ToolTrap =
  | 'settings-env-no-expansion'
  | 'auth-token-not-api-key'
  | 'both-auth-headers'
  | 'leftover-anthropic-login'
  | 'anthropic-base-url'
  | 'continue-secrets-from-env-files'
  | 'litellm-governor'
  | 'litellm-provider-prefix'
  | 'no-embeddings'
  | 'settings-screen-only'
  | 'toml-literal-only'
  | 'librechat-env-file'
  | 'open-webui-lists'
  | 'base-url-v1'
  | 'aider-yaml-keys';

export interface ToolRow {
  id: ToolId;
  /** The tool's own name (a proper noun, the same in every language). */
  name: string;
  kind: 'coding-tool' | 'library' | 'app' | 'client';
  /** The environment variable the tool reads the key from, when it reads one. */
  keyEnv?: Fact;
  /** Where the key goes in its config file or settings screen (a path in the file's own terms). */
  keyField?: Fact;
  /**
   * How the config file refers to a secret instead of holding it, `{VAR}` standing for the
   * variable's name; absent where the format can only hold the literal key.
   */
  secretRef?: Fact;
  /** Where the base URL goes. */
  baseUrlField?: Fact;
  /** The base URL the tool needs for DeepSeek. */
  baseUrl?: Fact;
  /** How a model id is written for DeepSeek (`{model}` is a DeepSeek model id). */
  modelForm?: Fact;
  /** How the tool prints DeepSeek's 401, as users paste it. */
  error401?: Fact;
  /** How the tool says it has no key to send (no request was made). */
  noKeyError?: Fact;
  traps: readonly Fact<ToolTrap>[];
}

const DEEPSEEK_FIRST_CALL = 'https://api-docs.deepseek.com/';
const DEEPSEEK_CLAUDE_CODE =
  'https://api-docs.deepseek.com/quick_start/agent_integrations/claude_code.md';
const CLAUDE_GATEWAY = 'https://docs.anthropic.com/zh-CN/docs/claude-code/llm-gateway';
const LITELLM_DEEPSEEK = 'https://docs.litellm.ai/docs/providers/deepseek';
const LITELLM_PROXY = 'https://docs.litellm.ai/docs/proxy/configs';
const CONTINUE_DEEPSEEK = 'https://docs.continue.dev/customize/model-providers/more/deepseek';
const LIBRECHAT_DEEPSEEK =
  'https://www.librechat.ai/docs/configuration/librechat_yaml/ai_endpoints/deepseek';
const AIDER_CONF = 'https://aider.chat/docs/config/aider_conf.html';
const SPRING_DEEPSEEK = 'https://docs.spring.io/spring-ai/reference/api/chat/deepseek-chat.html';

/** The catalogue: one row per tool or library. */
export const TOOLS: readonly ToolRow[] = [
  {
    id: 'claude-code',
    name: 'Claude Code',
    kind: 'coding-tool',
    keyEnv: fact('ANTHROPIC_AUTH_TOKEN', DEEPSEEK_CLAUDE_CODE),
    keyField: fact('env.ANTHROPIC_AUTH_TOKEN', CLAUDE_GATEWAY),
    baseUrlField: fact('ANTHROPIC_BASE_URL', DEEPSEEK_CLAUDE_CODE),
    baseUrl: fact('https://api.deepseek.com/anthropic', DEEPSEEK_CLAUDE_CODE),
    modelForm: fact('ANTHROPIC_MODEL={model}', DEEPSEEK_CLAUDE_CODE),
    error401: fact('API Error: 401', 'https://github.com/anthropics/claude-code/issues/6258'),
    // "Not logged in · Please run /login", and before "API Error: 401 Invalid bearer token".
    noKeyError: fact('Please run /login', 'https://github.com/zts212653/clowder-ai/issues/1088'),
    traps: [
      fact('anthropic-base-url', DEEPSEEK_CLAUDE_CODE),
      fact('auth-token-not-api-key', DEEPSEEK_CLAUDE_CODE),
      fact(
        'both-auth-headers',
        'https://dev.to/aihubmix/claude-code-settingsjson-for-an-llm-gateway-a-working-setup-and-what-each-error-means-g5m',
      ),
      fact('settings-env-no-expansion', 'https://github.com/anthropics/claude-code/issues/46889'),
      fact('leftover-anthropic-login', 'https://github.com/1rgs/claude-code-proxy/issues/12'),
    ],
  },
  {
    id: 'continue',
    name: 'Continue',
    kind: 'coding-tool',
    keyField: fact('models[].apiKey (provider: deepseek)', CONTINUE_DEEPSEEK),
    secretRef: fact('${{ secrets.{VAR} }}', 'https://github.com/continuedev/continue/issues/5902'),
    // Its error report: "Model: … Provider: … Status Code: 401 … Error Output" (SPEC §5).
    error401: fact('Error Output', 'https://github.com/continuedev/continue/issues/11820'),
    traps: [
      fact(
        'continue-secrets-from-env-files',
        'https://github.com/continuedev/continue/issues/5902',
      ),
      fact(
        'no-embeddings',
        'https://docs.continue.dev/customize/model-providers/top-level/deepseek',
      ),
    ],
  },
  {
    id: 'cline',
    name: 'Cline',
    kind: 'coding-tool',
    keyField: fact(
      'API Provider: DeepSeek → DeepSeek API Key',
      'https://docs.cline.bot/provider-config/deepseek',
    ),
    traps: [fact('settings-screen-only', 'https://docs.cline.bot/provider-config/deepseek')],
  },
  {
    id: 'roo-code',
    name: 'Roo Code',
    kind: 'coding-tool',
    keyField: fact(
      'API Provider: DeepSeek → DeepSeek API Key',
      'https://docs.roocode.com/providers/deepseek',
    ),
    traps: [fact('settings-screen-only', 'https://docs.roocode.com/providers/deepseek')],
  },
  {
    id: 'cursor',
    name: 'Cursor',
    kind: 'coding-tool',
    // Cursor's own docs were not found in the reference search: only DeepSeek's facts are kept.
    baseUrl: fact('https://api.deepseek.com', DEEPSEEK_FIRST_CALL),
    traps: [fact('settings-screen-only', DEEPSEEK_FIRST_CALL)],
  },
  {
    id: 'aider',
    name: 'Aider',
    kind: 'coding-tool',
    keyEnv: fact(
      'DEEPSEEK_API_KEY',
      'https://aider.chat/docs/troubleshooting/models-and-keys.html',
    ),
    keyField: fact(
      '--api-key deepseek=…',
      'https://aider.chat/docs/troubleshooting/models-and-keys.html',
    ),
    modelForm: fact(
      '--model deepseek/{model}',
      'https://aider.chat/docs/troubleshooting/models-and-keys.html',
    ),
    traps: [fact('aider-yaml-keys', AIDER_CONF), fact('litellm-provider-prefix', LITELLM_DEEPSEEK)],
  },
  {
    id: 'opencode',
    name: 'opencode',
    kind: 'coding-tool',
    keyField: fact(
      'provider.<id>.options.apiKey',
      'https://github.com/NVIDIA/OpenShell/pull/1290.diff',
    ),
    secretRef: fact('{env:{VAR}}', 'https://github.com/anomalyco/opencode/issues/5299'),
    baseUrl: fact('https://api.deepseek.com', DEEPSEEK_FIRST_CALL),
    traps: [],
  },
  {
    id: 'zed',
    name: 'Zed',
    kind: 'coding-tool',
    keyEnv: fact('DEEPSEEK_API_KEY', 'https://www.developersdigest.tech/setup/deepseek/zed'),
    baseUrlField: fact(
      'language_models.deepseek.api_url',
      'https://www.developersdigest.tech/setup/deepseek/zed',
    ),
    baseUrl: fact(
      'https://api.deepseek.com/v1',
      'https://www.developersdigest.tech/setup/deepseek/zed',
    ),
    traps: [fact('base-url-v1', DEEPSEEK_FIRST_CALL)],
  },
  {
    id: 'litellm',
    name: 'LiteLLM (SDK)',
    kind: 'library',
    keyEnv: fact('DEEPSEEK_API_KEY', LITELLM_DEEPSEEK),
    keyField: fact('completion(api_key=…)', LITELLM_DEEPSEEK),
    modelForm: fact('deepseek/{model}', LITELLM_DEEPSEEK),
    error401: LITELLM_401,
    traps: [
      fact('litellm-governor', 'https://github.com/usestrix/strix/issues/101'),
      fact('litellm-provider-prefix', LITELLM_DEEPSEEK),
    ],
  },
  {
    id: 'litellm-proxy',
    name: 'LiteLLM Proxy',
    kind: 'app',
    keyField: fact('model_list[].litellm_params.api_key', LITELLM_PROXY),
    secretRef: fact('os.environ/{VAR}', LITELLM_PROXY),
    baseUrlField: fact('model_list[].litellm_params.api_base', LITELLM_PROXY),
    modelForm: fact('deepseek/{model}', LITELLM_DEEPSEEK),
    error401: LITELLM_401,
    traps: [fact('litellm-provider-prefix', LITELLM_DEEPSEEK)],
  },
  {
    id: 'langchain-python',
    name: 'LangChain (Python)',
    kind: 'library',
    keyEnv: fact(
      'DEEPSEEK_API_KEY',
      'https://docs.langchain.com/oss/python/integrations/chat/deepseek',
    ),
    keyField: fact(
      'ChatDeepSeek(api_key=…)',
      'https://docs.langchain.com/oss/python/integrations/chat/deepseek',
    ),
    traps: [fact('no-embeddings', 'https://docs.cherry-ai.com/pre-basic/providers/deepseek')],
  },
  {
    id: 'langchain-js',
    name: 'LangChain.js',
    kind: 'library',
    keyEnv: fact(
      'DEEPSEEK_API_KEY',
      'https://docs.langchain.com/oss/javascript/integrations/chat/deepseek',
    ),
    keyField: fact(
      'new ChatDeepSeek({ apiKey })',
      'https://docs.langchain.com/oss/javascript/integrations/chat/deepseek',
    ),
    traps: [fact('no-embeddings', 'https://docs.cherry-ai.com/pre-basic/providers/deepseek')],
  },
  {
    id: 'llamaindex',
    name: 'LlamaIndex',
    kind: 'library',
    keyField: fact(
      'DeepSeek(model=…, api_key=…)',
      'https://pypi.org/project/llama-index-llms-deepseek/',
    ),
    traps: [fact('no-embeddings', 'https://docs.cherry-ai.com/pre-basic/providers/deepseek')],
  },
  {
    id: 'vercel-ai-sdk',
    name: 'Vercel AI SDK',
    kind: 'library',
    keyEnv: fact('DEEPSEEK_API_KEY', 'https://www.npmjs.com/package/@ai-sdk/deepseek'),
    keyField: fact(
      'createDeepSeek({ apiKey, baseURL })',
      'https://app.unpkg.com/ai-gateway-provider@3.0.2/files/dist/providers/deepseek.d.ts',
    ),
    modelForm: fact("deepseek('{model}')", 'https://www.npmjs.com/package/@ai-sdk/deepseek'),
    traps: [],
  },
  {
    id: 'n8n',
    name: 'n8n',
    kind: 'app',
    keyField: fact(
      'Credentials → DeepSeek → API Key',
      'https://docs.n8n.io/integrations/builtin/credentials/deepseek.md',
    ),
    error401: fact(
      'Authorization failed - please check your credentials',
      'https://github.com/n8n-io/n8n/blob/master/packages/workflow/src/errors/node-api.error.ts',
    ),
    traps: [
      fact(
        'settings-screen-only',
        'https://docs.n8n.io/integrations/builtin/credentials/deepseek.md',
      ),
    ],
  },
  {
    id: 'dify',
    name: 'Dify',
    kind: 'app',
    // Its InvokeAuthorizationError, raised for the provider's 401: "[deepseek] Incorrect model
    // credentials provided, please check and try again." (langgenius/dify,
    // api/core/model_runtime/errors/invoke.py).
    error401: fact(
      'Incorrect model credentials provided, please check and try again',
      'https://github.com/langgenius/dify/blob/main/api/core/model_runtime/errors/invoke.py',
    ),
    keyField: fact(
      'Settings → Model Providers',
      'https://docs.dify.ai/versions/3-0-x/en/user-guide/model-configuration/readme',
    ),
    traps: [
      fact(
        'settings-screen-only',
        'https://docs.dify.ai/versions/3-0-x/en/user-guide/model-configuration/readme',
      ),
    ],
  },
  {
    id: 'open-webui',
    name: 'Open WebUI',
    kind: 'app',
    keyEnv: fact('OPENAI_API_KEYS', 'https://docs.openwebui.com/tutorial/openai'),
    baseUrlField: fact('OPENAI_API_BASE_URLS', 'https://docs.openwebui.com/tutorial/openai'),
    baseUrl: fact('https://api.deepseek.com', DEEPSEEK_FIRST_CALL),
    traps: [fact('open-webui-lists', 'https://docs.openwebui.com/tutorial/openai')],
  },
  {
    id: 'librechat',
    name: 'LibreChat',
    kind: 'app',
    keyEnv: fact('DEEPSEEK_API_KEY', LIBRECHAT_DEEPSEEK),
    keyField: fact('endpoints.custom[].apiKey', LIBRECHAT_DEEPSEEK),
    secretRef: fact('${{VAR}}', LIBRECHAT_DEEPSEEK),
    baseUrlField: fact('endpoints.custom[].baseURL', LIBRECHAT_DEEPSEEK),
    baseUrl: fact('https://api.deepseek.com/v1', LIBRECHAT_DEEPSEEK),
    traps: [fact('librechat-env-file', LIBRECHAT_DEEPSEEK)],
  },
  {
    id: 'cherry-studio',
    name: 'Cherry Studio',
    kind: 'app',
    keyField: fact(
      'Settings → Model Provider → DeepSeek → API Key',
      'https://docs.cherry-ai.com/pre-basic/providers/deepseek',
    ),
    baseUrlField: fact('API Host', 'https://docs.cherry-ai.com/pre-basic/providers/deepseek'),
    baseUrl: fact(
      'https://api.deepseek.com',
      'https://docs.cherry-ai.com/pre-basic/providers/deepseek',
    ),
    traps: [
      fact('settings-screen-only', 'https://docs.cherry-ai.com/pre-basic/providers/deepseek'),
      fact('no-embeddings', 'https://docs.cherry-ai.com/pre-basic/providers/deepseek'),
    ],
  },
  {
    id: 'spring-ai',
    name: 'Spring AI',
    kind: 'library',
    keyEnv: fact('DEEPSEEK_API_KEY', SPRING_DEEPSEEK),
    keyField: fact('spring.ai.deepseek.api-key', SPRING_DEEPSEEK),
    secretRef: fact('${{VAR}}', SPRING_DEEPSEEK),
    traps: [],
  },
  {
    id: 'openmanus',
    name: 'OpenManus',
    kind: 'app',
    keyField: fact('[llm] api_key', 'https://github.com/mannaandpoem/OpenManus'),
    baseUrlField: fact('[llm] base_url', 'https://github.com/mannaandpoem/OpenManus'),
    baseUrl: fact('https://api.deepseek.com', DEEPSEEK_FIRST_CALL),
    traps: [fact('toml-literal-only', 'https://github.com/mannaandpoem/OpenManus')],
  },
  {
    id: 'java-openai',
    name: 'Java (OpenAI-compatible clients)',
    kind: 'client',
    keyField: fact(
      'OpenAiChatModel.builder().apiKey(…).baseUrl(…)',
      'https://github.com/langchain4j/langchain4j',
    ),
    baseUrl: fact('https://api.deepseek.com', DEEPSEEK_FIRST_CALL),
    traps: [],
  },
  {
    id: 'go-openai',
    name: 'Go (sashabaranov/go-openai)',
    kind: 'client',
    keyField: fact(
      'openai.DefaultConfig(key); config.BaseURL = …',
      'https://github.com/sashabaranov/go-openai',
    ),
    baseUrl: fact('https://api.deepseek.com', DEEPSEEK_FIRST_CALL),
    traps: [],
  },
  {
    id: 'csharp-openai',
    name: 'C# (OpenAI .NET)',
    kind: 'client',
    keyField: fact(
      'new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = … })',
      'https://github.com/openai/openai-dotnet',
    ),
    baseUrl: fact('https://api.deepseek.com', DEEPSEEK_FIRST_CALL),
    traps: [],
  },
  {
    id: 'php-openai',
    name: 'PHP (openai-php/client)',
    kind: 'client',
    keyField: fact(
      'OpenAI::factory()->withApiKey(…)->withBaseUri(…)->make()',
      'https://github.com/openai-php/client',
    ),
    baseUrl: fact('https://api.deepseek.com', DEEPSEEK_FIRST_CALL),
    error401: fact(
      'resulted in a `401 Unauthorized` response',
      'https://github.com/nextcloud/integration_openai/issues/182',
    ),
    traps: [],
  },
  {
    id: 'rust-async-openai',
    name: 'Rust (async-openai)',
    kind: 'client',
    keyField: fact(
      'OpenAIConfig::new().with_api_key(…).with_api_base(…)',
      'https://github.com/64bit/async-openai',
    ),
    baseUrl: fact('https://api.deepseek.com', DEEPSEEK_FIRST_CALL),
    traps: [],
  },
];

/** The row of a tool. */
export function toolRow(id: ToolId): ToolRow {
  return TOOLS.find((row) => row.id === id)!;
}

/** Fills a secret reference's `{VAR}` with a variable name. */
export function secretReference(row: ToolRow, variable: string): string | null {
  return row.secretRef ? row.secretRef.value.replace('{VAR}', variable) : null;
}

/**
 * Other providers' OpenAI- or Anthropic-compatible endpoints, recognised by host so that a
 * DeepSeek model sent there is named, not silently turned into DeepSeek's URL.
 */
export const OTHER_ENDPOINTS: readonly { provider: string; host: RegExp; source: Fact }[] = [
  {
    provider: 'Moonshot / Kimi',
    host: /(^|\.)(moonshot\.(ai|cn)|kimi\.(com|ai))$/,
    source: fact(
      'https://api.moonshot.ai/anthropic',
      'https://docs.rs/rig-core/latest/rig_core/providers/moonshot/constant.ANTHROPIC_API_BASE_URL.html',
    ),
  },
  {
    provider: 'SiliconFlow',
    host: /(^|\.)siliconflow\.(cn|com)$/,
    source: fact(
      'https://api.siliconflow.cn/v1',
      'https://docs.cherry-ai.com/pre-basic/providers/siliconcloud',
    ),
  },
  {
    provider: 'OpenRouter',
    host: /(^|\.)openrouter\.ai$/,
    source: fact(
      'https://openrouter.ai',
      'https://aider.chat/docs/troubleshooting/models-and-keys.html',
    ),
  },
  {
    provider: 'Alibaba DashScope',
    host: /(^|\.)dashscope(-intl)?\.aliyuncs\.com$/,
    source: fact(
      'https://dashscope.aliyuncs.com/compatible-mode/v1',
      'https://java2ai.com/docs/dev/models/deepseek',
    ),
  },
  {
    provider: 'Volcengine Ark',
    host: /(^|\.)volces\.com$/,
    source: fact(
      'https://ark.cn-beijing.volces.com/api/v3',
      'https://docs.rs/crate/llm-connector/0.5.3/source/src/providers/deepseek.rs',
    ),
  },
  {
    provider: 'Baidu Qianfan',
    host: /(^|\.)qianfan\.baidubce\.com$/,
    source: fact(
      'https://qianfan.baidubce.com/v2',
      'https://github.com/NEKOparapa/AiNiee/issues/423',
    ),
  },
  {
    provider: 'OpenAI',
    host: /(^|\.)openai\.com$/,
    source: fact('https://api.openai.com/v1', 'https://docs.openwebui.com/tutorial/openai'),
  },
  {
    provider: 'Anthropic',
    host: /(^|\.)anthropic\.com$/,
    source: fact('https://api.anthropic.com', CLAUDE_GATEWAY),
  },
];

/** The other provider whose endpoint a URL points at, or null. */
export function otherEndpointOf(url: string): string | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return OTHER_ENDPOINTS.find((row) => row.host.test(host))?.provider ?? null;
}

/**
 * The tool a pasted error comes from, by the wrapper text it prints around DeepSeek's 401
 * (LiteLLM's `DeepseekException - `, Claude Code's `API Error: 401`) or its own words for a
 * missing key (Claude Code's `Please run /login`).
 */
export function toolOfErrorText(text: string): ToolId | null {
  if (!text.trim()) return null;
  const says = (fact?: Fact) => fact !== undefined && text.includes(fact.value);
  return TOOLS.find((row) => says(row.error401) || says(row.noKeyError))?.id ?? null;
}

export function isToolId(value: string | null): value is ToolId {
  return (TOOL_IDS as readonly (string | null)[]).includes(value);
}
