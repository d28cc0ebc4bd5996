/**
 * Who answered, when it was not DeepSeek: another host's own wording, host name or model ids in a
 * pasted error mean the request never reached DeepSeek (SPEC §5). Each row says how it was
 * recognised and where that was seen; checked December 2026. Names are in src/i18n
 * (`diagnosis.host.<id>`).
 */
export interface OtherHost {
  id: OtherHostId;
  pattern: RegExp;
  /**
   * True where the host is where a client sends the key by default when no DeepSeek address is
   * set (Anthropic for Claude Code): then it is cause 4, the key not passed to DeepSeek. For any
   * other host, someone chose it, and the failure is that host's ("not one of the four").
   */
  byDefault: boolean;
  source: string;
}

/** A loopback or private network address: a proxy or relay of the user's own. */
const PRIVATE_HOST = String.raw`(?:localhost|127(?:\.\d{1,3}){3}|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|0\.0\.0\.0|\[::1\]|host\.docker\.internal)(?![\w.-])`;

const PRIVATE_ADDRESS = new RegExp(String.raw`^\s*(?:https?:\/\/)?${PRIVATE_HOST}`, 'i');

/** Whether a base URL is at a private address (PRIVATE_HOST). */
export function isPrivateAddress(url: string): boolean {
  return PRIVATE_ADDRESS.test(url);
}

const PRIVATE_URL = new RegExp(String.raw`\bhttps?:\/\/(${PRIVATE_HOST}(?::\d{1,5})?)`, 'i');

/**
 * The host and port of the first URL at a private address in a text (Codex's "url:
 * http://127.0.0.1:15721/v1/responses" → `127.0.0.1:15721`): a relay or proxy of the user's own.
 */
export function privateAddressOf(text: string): string | null {
  return PRIVATE_URL.exec(text)?.[1] ?? null;
}

/**
 * `Endpoint: https://host/…`, `base_url=https://host/…`, `api_base: …`, `Request URL: …` on a
 * public host other than DeepSeek's, OpenAI's and Anthropic's; group 1 is the host. Private and
 * local addresses (PRIVATE_HOST) are a proxy of the user's own, read from the code's base URL. A
 * host cut off where the text ends ("https://api.deepse", a log line cut short in
 * AstrBotDevs/AstrBot#211) is no host. Also the address the reporter names as the third-party API
 * they use ("使用第三方api。https://link-ai.tech/", hibobmaster/matrix_chatgpt_bot#59).
 */
const NAMED_ENDPOINT = new RegExp(
  String.raw`(?:(?:\bendpoint|\bbase[ _-]?url|\bapi[ _-]?base|\brequest[ _-]url)['"]?[ \t]*[:=][ \t]*['"]?|第三方(?:的)?[ \t]*(?:api|接口|平台|服务)?[ \t]*[。.:：，,]?[ \t]*)https?:\/\/(?![\w.-]*\b(?:deepseek|openai|anthropic)\.com\b)(?!${PRIVATE_HOST})(?!api\.deeps)([\w-]+(?:\.[\w-]+)+)(?![\w.-]*$)`,
  'i',
);

/** The host of an endpoint the error says it called, when it is not DeepSeek's (NAMED_ENDPOINT). */
export function namedEndpointOf(text: string): string | null {
  return NAMED_ENDPOINT.exec(text)?.[1] ?? null;
}

export const OTHER_HOSTS = [
  {
    id: 'anthropic',
    // Claude Code without ANTHROPIC_BASE_URL talks to Anthropic, which answers in its words.
    pattern: /\binvalid x-api-key\b|\bInvalid bearer token\b|\bapi\.anthropic\.com\b/i,
    byDefault: true,
    source: 'SPEC §5; headroomlabs-ai/headroom#925',
  },
  {
    id: 'openai-tracing',
    // The OpenAI Agents SDK exports traces to OpenAI with whatever key it finds; the call to
    // DeepSeek itself succeeded.
    pattern: /\bTracing client error \d{3}\b/,
    byDefault: false,
    source: 'openai/openai-agents-python#773',
  },
  {
    id: 'hosted-model',
    // `deepseek-ai/DeepSeek-V3`, `Pro/deepseek-ai/…`: model ids of hosts that serve DeepSeek's
    // open models (SiliconFlow and others); DeepSeek's own API names them deepseek-…. Not the
    // models' repositories on GitHub or Hugging Face (a link to deepseek-ai/DeepSeek-R1#136).
    // SiliconFlow's own answer for a model name it lacks ({"code": 20012, "message": "Model does not
    // exist. Please check it carefully."}: TwooSix/Openlist-Ani#59, DeepSeek's deepseek-chat sent
    // to it). Or the API host of a cloud that serves them under its own keys: Tencent Cloud (lkeap),
    // Baidu Qianfan, Groq, Together, NVIDIA. SiliconFlow's other answers, as its API reference
    // gives them (checked December 2026): a 400 `{"code":20015,"message":"The parameter is
    // invalid. Please check again."}` (lingarr-translate/lingarr#442, "the provider you are using"),
    // its 429 "Request was rejected due to rate limiting. … Details: TPM limit reached."
    // (hcfyapp/crx-selection-translate#2245: "RPH limit reached"; jxq1997216/AITranslator#32, typed
    // from a screenshot as "Requestwas rejected", 硅基流动's deepseek-V3), its 503 "System is too busy
    // now. Please try again later." in its flat shell `{"code": 50508, …, "data": null}`
    // (CherryHQ/cherry-studio#4541, "硅基流动服务器问题"; DeepSeek's own 503 says "Service is too busy"
    // or "Server overloaded", SPEC §5). That flat shell itself, with one of SiliconFlow's codes
    // beside `"data": null`, whatever the message (tests/corpus: 20012, 20015 in xerrors/Yuxi#256
    // and AQBot-Desktop/AQBot#89, 50508; 50603 in code that calls its image API): a Java-style
    // `Result` wrapper of any app has the same shape, so other codes name no host. Fireworks by
    // its address, key or LiteLLM's prefix; in words only as the host of a DeepSeek model (HOSTED_ON,
    // "Deepseek 4pro on fireworks provider is broken", earendil-works/pi#3984), not beside it ("while
    // fireworks models work"), nor in a list of providers or a model id a tool refused
    // (Hmbown/Codewhale#753). Checked December 2026. Baidu's older Qianfan API,
    // which serves no DeepSeek model: its "Unsupported openapi method" (error_code 3) from a
    // .baidubce.com host (lobehub/lobehub#5720, "切换到 v2"; checked December 2026).
    pattern:
      /\bsiliconflow\b|\bUnsupported\s+openapi\s+method\b|\bx-baidu-request-id\b|\.baidubce\.com\b|The\s+parameter\s+is\s+invalid\.\s+Please\s+check\s+again|Request\s*was\s+rejected\s+due\s+to\s+rate\s+limiting\.[\s\S]{0,160}?Details:\s*\w+\s+limit\s+reached|System\s+is\s+too\s+busy\s+now\.\s+Please\s+try\s+again\s+later|["']code["']\s*[:：]\s*(?:2001[25]|50508|50603)\s*[,，]\s*["']message["']\s*[:：]\s*["'][^\n]{0,300}?["']\s*[,，]\s*["']data["']\s*[:：]\s*(?:null|None)\b|\bapi\.fireworks\.ai\b|\bFIREWORKS_API_KEY\b|\bfireworks_ai\/|\bSILICONFLOW_API_KEY\b|Model does not exist\. Please check it carefully|(?<!(?:github\.com|huggingface\.co|hf\.co)\/)\bdeepseek-ai\/DeepSeek-[\w.-]+|Sorry, your account balance is insufficient|\bapi\.lkeap\.(?:cloud\.tencent|tencentcloud)\.com\b|\bqianfan\.baidubce\.com\b|\b(?:api|console)\.groq\.com\b|\bNIM\s+generation\s+failed\b|\bXunfei\s+request\s+failed\b|\bxf-yun\.com\b|\bapi\.together\.(?:xyz|ai)\b|\bintegrate\.api\.nvidia\.com\b/i,
    byDefault: false,
    source:
      'Mai-with-u/MaiBot#1086; SiliconFlow API reference (error bodies); jxq1997216/AITranslator#32; CherryHQ/cherry-studio#4541; xerrors/Yuxi#256; AQBot-Desktop/AQBot#89; earendil-works/pi#3984; AllYourBot/hostedgpt#613 (Groq’s TPM limit, console.groq.com; this and the next two checked December 2026); cline/cline#1741 (iFlytek Xunfei’s “Xunfei request failed with Sid”); NVIDIA/garak#1132 (garak’s NIM generator); lingarr-translate/lingarr#442; pdsuwwz/chatgpt-vue3-light-mvp#39; idootop/mi-gpt#264; CherryHQ/cherry-studio#3367; the clouds’ OpenAI-compatible base URLs (Tencent Cloud LKEAP “DeepSeek OpenAI 对话接口”, Baidu Qianfan, Groq, Together, NVIDIA NIM, Azure AI Foundry docs)',
  },
  {
    id: 'azure',
    // Azure AI Foundry and Azure OpenAI serve DeepSeek's models under Azure's own credentials: its
    // 401 is "Access denied due to invalid subscription key or wrong API endpoint", and to an
    // Entra ID token for another audience "Access token is missing, invalid, audience is incorrect
    // (https://cognitiveservices.azure.com or https://ai.azure.com), or have expired"
    // (microsoft/microsoft-foundry-for-vscode#18). Its 404 is `{"error":{"code":"404","message":
    // "Resource not found"}}`, the code a string (microsoft/sample-app-aoai-chatGPT#1266: an app
    // that speaks only to Azure OpenAI deployments; the same body in Azure OpenAI logs, checked
    // December 2026).
    pattern:
      /\.(?:openai\.azure|services\.ai\.azure)\.com\b|invalid subscription key or wrong API endpoint|Backend\s+returned\s+unexpected\s+response\.\s+Please\s+contact\s+Microsoft\b|Unrecognized request argument supplied|audience is incorrect \(https:\/\/cognitiveservices\.azure\.com|["']code["']\s*:\s*["']404["']\s*,\s*["']message["']\s*:\s*["']Resource not found["']/i,
    byDefault: false,
    source:
      'microsoft/microsoft-foundry-for-vscode#18; the Azure AI Foundry docs; BerriAI/litellm#8310 (its 500 for a deployment name misspelt, checked December 2026); esengine/DeepSeek-Reasonix#1299 (Azure OpenAI’s 400 for a parameter it does not know); microsoft/sample-app-aoai-chatGPT#1266',
  },
  {
    id: 'gemini',
    // Google's Gemini API refuses a key in its own words (a 400, with reason API_KEY_INVALID):
    // a Gemini key or endpoint where DeepSeek's was meant.
    pattern:
      /\bAPI key not (?:valid|found)\. Please pass a valid API key\b|\bAPI_KEY_INVALID\b|\bgenerativelanguage\.googleapis\.com\b/i,
    byDefault: false,
    source:
      'continuedev/continue#10077; google-gemini/gemini-cli#25198; Jazee6/cloudflare-ai-web#13',
  },
  {
    id: 'dashscope',
    // Its OpenAI-compatible mode answers in OpenAI's words, with a link to its own error codes.
    // Its own error codes: AccessDenied.Unpurchased for a model the plan does not include
    // (earendil-works/pi#7588, DeepSeek's model under another id there); `<400>
    // InternalError.Algo.InvalidParameter: …` for a request its models refuse (ModelScope's
    // DeepSeek-V3.1 "The tool call is not supported", kxn/claude-code-companion#11, the maintainer
    // pointing to ModelScope; QwenLM/qwen-code#656; checked December 2026).
    pattern:
      /\bInvalidApiKey\b|\bdashscope\b|\bDASHSCOPE_API_KEY\b|\bhelp\.aliyun\.com\/[\w/-]*model-studio\b|\bAccessDenied\.Unpurchased\b|\bInternalError\.Algo\.\w+/i,
    byDefault: false,
    source:
      'QwenLM/Qwen-Agent#468; hsliuping/TradingAgents-CN#761; earendil-works/pi#7588; kxn/claude-code-companion#11',
  },
  {
    id: 'volcengine-ark',
    // Its 404 for a model id or endpoint it does not hold: "The model or endpoint DeepSeek-R1 does
    // not exist or you do not have access to it. Request id: 0217…", code
    // InvalidEndpointOrModel.NotFound (CherryHQ/cherry-studio#3389: "火山引擎的有预置接入点和自定义接入点";
    // the same body in projects that call Ark, checked December 2026). Its 404 for an endpoint id it
    // does not hold, "The request targeted an endpoint that does not exist or is invalid", code
    // InvalidEndpoint.NotFound (lobehub/lobehub#5744: Ark's DeepSeek-R1 through LobeChat's older
    // doubao provider, fixed by its Volcengine provider, lobehub/lobehub#6221; checked December 2026).
    // Its request id, "Request id: 02" then a 13-digit time in milliseconds and hex, ends each of its
    // messages (every report that shows one in tests/corpus: cline/cline#1824, a 400 of its own
    // words; anomalyco/opencode#47994; checked December 2026).
    pattern:
      /The API key in the request is missing or invalid|\bvolces\.com\b|\bARK_API_KEY\b|\bInvalidEndpoint(?:OrModel)?\.NotFound\b|The request targeted an endpoint that does not exist or is invalid|\bRequest\s+id:\s*02\d{13}[0-9a-f]{10,}|The model or endpoint \S+ does not exist or you do not have access to it/,
    byDefault: false,
    source:
      'SPEC §5; sunzsh/favoritesWorkflow4Alfred#17; DayuanJiang/next-ai-draw-io#577; CherryHQ/cherry-studio#3389; lobehub/lobehub#5744; cline/cline#1824; anomalyco/opencode#47994',
  },
  {
    id: 'openrouter',
    pattern:
      /\bopenrouter(?:\.ai\b|\/|[ _-]?(?:api|key|error|exception|provider)\b|:?[ \t]+(?:[45]\d\d\b|returned\b|responded\b|unauthori[sz]ed\b))|\bOPENROUTER_API_KEY\b|No auth credentials found|\bNo endpoints found for [\w.-]+\/|\bNo\s+endpoints\s+found\s+that\s+support\b|^[ \t]*(?:401[ \t]+)?User not found\.?[ \t]*$|(?:message|detail)['"]?[ \t]*[:=][ \t]*['"](?:401[ \t]+)?User not found\.?['"]/im,
    byDefault: false,
    // Named as a host, a key, an error or a model route; a reporter's "no OpenRouter call" is not
    // one (mnfst/llm-gateway#1180). Its 404 for a model route no provider serves: "No endpoints
    // found for deepseek/deepseek-r1-0528:free." (continuedev/continue#10985, "Provider: openrouter").
    source:
      'SPEC §5; charmbracelet/crush#1458; HKUDS/Vibe-Trading#139; continuedev/continue#10985; OpenRouterTeam/ai-sdk-provider#39 (“No endpoints found that support tool use”, checked December 2026)',
  },
  {
    id: 'zhipu',
    // Zhipu AI (BigModel, Z.ai) refuses a key in its own words: "令牌已过期或验证不正确！"
    // (chathub-dev/chathub#1047), "Authorization Token非法…" (code 1002, FoundationAgents/MetaGPT#1373),
    // "Authorization Token已过期…" (code 1003, MetaGLM/zhipuai-sdk-python-v4#8). Z.ai's English
    // "token expired or incorrect" is also a stock JWT message, so it does not name Zhipu.
    pattern:
      /令牌已过期或验证不正确|Authorization Token(?:非法|已过期)|\bopen\.bigmodel\.cn\b|\bapi\.z\.ai\b|\bZHIPUAI_API_KEY\b/,
    byDefault: false,
    source:
      'chathub-dev/chathub#1047; FoundationAgents/MetaGPT#1373; MetaGLM/zhipuai-sdk-python-v4#8; autohandai/code-cli#456',
  },
  {
    id: 'minimax',
    // MiniMax: "login fail: Please carry the API secret key in the 'Authorization' field of the
    // request header (1004)", type "authorized_error" (NousResearch/hermes-agent#2094,
    // wavetermdev/waveterm#3238, Kilo-Org/kilocode#4506).
    pattern:
      /\blogin fail: Please carry the API secret key\b|\bauthorized_error\b|\bapi\.minimaxi?\.(?:io|com|chat)\b|\bMINIMAX_API_KEY\b/,
    byDefault: false,
    source: 'NousResearch/hermes-agent#2094; wavetermdev/waveterm#3238; Kilo-Org/kilocode#4506',
  },
  {
    id: 'moonshot',
    pattern: /\bInvalid Authentication\b|\bmoonshot\.(?:cn|ai)\b|\bMOONSHOT_API_KEY\b/,
    byDefault: false,
    source: 'SPEC §5',
  },
  {
    id: 'github',
    // Also GitHub Models' own cap on a request, "413 Request body too large for deepseek-r1 model.
    // Max size: 4000 tokens." (RooCodeInc/Roo-Code#887: "its 8000 tokens in and 4000 out").
    pattern:
      /Bad credentials - https:\/\/docs\.github\.com|\bRequest\s+body\s+too\s+large\s+for\s+[\w.-]+\s+model\.\s+Max\s+size:\s*\d+\s+tokens\b/,
    byDefault: false,
    source: 'hustcer/deepseek-review#169; RooCodeInc/Roo-Code#887',
  },
  {
    id: 'bedrock',
    // AWS Bedrock serves DeepSeek's models under AWS credentials, and answers in AWS's words: boto's
    // "An error occurred (ValidationException) when calling the ConverseStream operation"
    // (aws-samples/bedrock-chat#845), "The provided model identifier is invalid." for an id it does
    // not serve (anomalyco/opencode#18812, #34412: a `us.` prefix added to deepseek.v3.2), "with
    // on-demand throughput isn’t supported … inference profile" (Mintplex-Labs/anything-llm#3441).
    // Checked December 2026.
    pattern:
      /\(ValidationException\)|\bThe\s+provided\s+model\s+identifier\s+is\s+invalid\b|\bwith\s+on-demand\s+throughput\s+isn[’']t\s+supported\b|\bwhen\s+calling\s+the\s+(?:Converse|ConverseStream|InvokeModel|InvokeModelWithResponseStream)\s+operation\b|\bbedrock-runtime\b|\bamazon-bedrock\/|\bbedrock(?:-runtime)?\.[\w-]+\.amazonaws\.com\b/i,
    byDefault: false,
    source:
      'aws-samples/bedrock-chat#845; anomalyco/opencode#18812, #34412; Mintplex-Labs/anything-llm#3441',
  },
  {
    id: 'cline',
    // Its sign-in, and its free models kept for its own apps: "403: deepseek/deepseek-v4-flash is
    // only available via Cline product surfaces" (pingmike2/cline2api-workers#2; checked December
    // 2026).
    pattern:
      /re-authenticate your Cline account|\bonly\s+available\s+via\s+Cline\s+product\s+surfaces\b/i,
    byDefault: false,
    source: 'decolua/9router#3230; pingmike2/cline2api-workers#2',
  },
  {
    id: 'codex-chatgpt',
    // Codex signed in with a ChatGPT account sends to OpenAI's backend, which names the DeepSeek
    // model it was given: the provider set for DeepSeek was not used (farion1231/cc-switch#2323;
    // #4609: "重新登陆codex之后没问题了").
    pattern: /\bnot supported when using Codex with a ChatGPT account\b/i,
    byDefault: false,
    source: 'farion1231/cc-switch#2323, #4609',
  },
  {
    id: 'iflow',
    pattern: /\broutify_response\b/,
    byDefault: false,
    source: 'iflow-ai/iflow-cli#356',
  },
  {
    id: 'proxy-gate',
    // A proxy or gateway in front of DeepSeek that wants its own access key: DeepClaude's
    // FastAPI gate logs "请求缺少Authorization header" and answers "Missing Authorization header";
    // DeepSeek itself says "Authentication Fails (governor)" (ErlichLiu/DeepClaude#67).
    // A local server's own access log (`127.0.0.1:56030 - "HEAD / HTTP/1.1" 401 Unauthorized`,
    // uvicorn): it refused its caller (Alishahryar1/free-claude-code#363).
    pattern:
      /请求缺少 ?Authorization ?header|\bMissing Authorization header\b|"(?:GET|POST|HEAD|PUT|OPTIONS) [^"\n]{0,500} HTTP\/[\d.]+" 401\b/i,
    byDefault: false,
    source:
      'ErlichLiu/DeepClaude#67 (its app/utils/auth.py, verify_api_key); Alishahryar1/free-claude-code#363',
  },
  {
    id: 'api-relay',
    // one-api and new-api, the relays many apps and resellers run in front of DeepSeek, answer in
    // their own type ("无效的令牌 (request id: …)", "该令牌额度已用尽"); an upstream DeepSeek 401
    // keeps DeepSeek's wording, which is read first. Resellers rename the type after themselves:
    // "401 - Invalid token（Aihubmix_api_error）" (datawhalechina/all-in-rag#99).
    // Their own token errors, as they send them (a message with its request id, or quoted):
    // "无效的令牌 (request id: …)", "该令牌额度已用尽"… (one-api's model/token.go, new-api's
    // likewise). Not the words in a reporter's prose ("提示无效的令牌"). Their code for a request
    // they could not convert for the upstream, "convert_request_failed" (one-api's relay adaptors,
    // ErrorWrapper(…, "convert_request_failed", 400); a gateway's /v1/responses for DeepSeek V4 Pro,
    // aicoding.csdn.net, July 2026; checked December 2026).
    pattern:
      /\bconvert_request_failed\b|\baihubmix\.com\b|(?:\btype['"]?\s*[:=]\s*['"]?|[（(])(?!(?:deepseek|openai|anthropic|claude|gemini|google)_)[A-Za-z][A-Za-z0-9]*_api_error\b|(?:未提供令牌|无效的令牌|该令牌(?:已过期|额度已用尽|状态不可用))[^\n"']{0,40}\(request id:|["'](?:未提供令牌|无效的令牌|该令牌(?:已过期|额度已用尽|状态不可用))/i,
    byDefault: false,
    source:
      'QuantumNous/new-api (middleware: type "new_api_error"; model/token.go); songquanpeng/one-api (type "one_api_error"; model/token.go); datawhalechina/all-in-rag#99',
  },
  {
    id: 'litellm-proxy',
    // LiteLLM's proxy checks the key sent to it against its own (the master key, or a virtual key
    // it issued) before any provider is called: "Authentication Error, Invalid proxy server token
    // passed … Unable to find token in cache or `LiteLLM_VerificationTokenTable`" (BerriAI/litellm,
    // litellm/proxy/auth/user_api_key_auth.py; ProxyException type auth_error).
    pattern:
      /\bInvalid proxy server token passed\b|\bLiteLLM_VerificationTokenTable\b|\btoken_not_found_in_db\b|\bAuthentication Error, (?:No api key passed in|Malformed API Key passed in)/i,
    byDefault: false,
    source: 'BerriAI/litellm, litellm/proxy/auth/user_api_key_auth.py (checked December 2026)',
  },
  {
    id: 'deepseek-web',
    // deepseek-free-api and its kin relay chat.deepseek.com's web chat, which wants the site's
    // login token (userToken), not an API key; "[请求deepseek失败]" is the relay's prefix,
    // "Authorization Failed (invalid token)" the web chat's answer (code -2001).
    pattern: /\[请求deepseek失败\]|Authorization Failed \(invalid token\)/i,
    byDefault: false,
    source: 'LLM-Red-Team/deepseek-free-api#118, #120, #131 (its chat controller, checkResult)',
  },
  {
    id: 'ollama',
    // Continue's error details name the provider it called: "Provider: ollama" is Ollama (its
    // cloud models too, deepseek-v3.1:671b-cloud), whose 429 says "you've reached your hourly
    // usage limit" (continuedev/continue#9233, #9235: "error on the ollama side"). Its 404 for a
    // model it has not pulled: `model "deepseek-r1" not found, try pulling it first`
    // (ollama4j/ollama4j-web-ui#18; spring-ai-alibaba/examples#95, a tag missing from the name;
    // checked December 2026).
    pattern:
      /^[ \t]*Provider:[ \t]*ollama[ \t]*$|\bollama\.com\b|\bnot\s+found,\s*try\s+pulling\s+it\s+first\b/im,
    byDefault: false,
    source:
      'continuedev/continue#9233, #9235; ollama4j/ollama4j-web-ui#18; spring-ai-alibaba/examples#95',
  },
  {
    id: 'self-hosted',
    // vLLM-style servers (vLLM, SGLang, FastChat) answer errors as `{"object": "error",
    // "message": …, "type": "BadRequestError", "code": 400}` (their protocol.py, ErrorResponse);
    // DeepSeek's are `{"error": {…}}` (SPEC §5). AIDotNet/OpenDeepWiki#134: "你部署的服务不支持
    // function", a self-deployed server's pydantic "extra_forbidden" for tools[].function.strict.
    // vLLM started without tool calling: '"auto" tool choice requires --enable-auto-tool-choice'
    // (apconw/Aix-DB#212, its maintainer: "如果使用 vLLM 部署模型，需要在启动时启用自动工具调用"; checked
    // December 2026).
    pattern: /["']object["']\s*:\s*["']error["']|--enable-auto-tool-choice\b/,
    byDefault: false,
    source:
      'AIDotNet/OpenDeepWiki#134; apconw/Aix-DB#212; vllm-project/vllm, vllm/entrypoints/openai/protocol.py (checked December 2026)',
  },
  {
    id: 'firecrawl',
    // An agent's crawl tool, with a key of its own: "Unexpected error during start crawl job:
    // Status code 401. Unauthorized: Token missing" came from Firecrawl while DeepSeek was the
    // model (camel-ai/owl#162: FIRECRAWL_API_KEY unset).
    pattern: /\bduring start crawl job\b|\bfirecrawl\b|\bFIRECRAWL_API_KEY\b/i,
    byDefault: false,
    source: 'camel-ai/owl#162',
  },
  {
    id: 'mimo',
    pattern: /\bMIMO_API_KEY\b|\bxiaomimimo\b/i,
    byDefault: false,
    source: 'esengine/DeepSeek-Reasonix#4102',
  },
  {
    id: 'opencode-go',
    // OpenCode's Go subscription relays DeepSeek's models under its own keys, and names itself:
    // "Error from provider (Console Go): Request is missing x-opencode-session"
    // (AstrBotDevs/AstrBot#10045, fixed by sending that header). Its relay of DeepSeek's own
    // refusal, "Error from provider (Console): Upstream request failed: [invalid_request_error] …"
    // (alexazhou/gt_ai_gateway#17; Alishahryar1/free-claude-code#1336, "Upstream provider
    // OPENCODE"), is read as DeepSeek's words passed on by OpenCode (diagnose.ts). Its gateway's
    // words name the upstream: "Error from provider (DeepSeek): …" behind OpenCode Zen
    // (can1357/oh-my-pi#7317) and Go (aaif-goose/goose#9041), "(Console): OpenCode's free tier can
    // only be used in OpenCode" (anomalyco/opencode's tests, checked December 2026). Its 403
    // RegionError for a model served only from China until the workspace opts in, "…requires
    // explicit opt in: https://opencode.ai/workspace/…/go" (anomalyco/opencode#39845, #39872: fixed
    // in the workspace; checked December 2026).
    pattern:
      /\bError\s+from\s+provider\s+\((?:Console(?:\s+Go)?|DeepSeek)\):|\bx-opencode-session\b|\bopencode\.ai\/(?:zen|workspace)\/|\bhosted\s+in\s+China\s+and\s+requires\s+explicit\s+opt\s+in\b|\bopencode-go\/deepseek|\bUpstream\s+provider\s+OPENCODE\b/i,
    byDefault: false,
    // Its address, opencode.ai/zen/go (decolua/9router#3916: its 400 to a router's request), and
    // its ids for DeepSeek's models, opencode-go/deepseek-… (anomalyco/opencode#27595).
    source:
      'AstrBotDevs/AstrBot#10045; alexazhou/gt_ai_gateway#17; decolua/9router#3916; anomalyco/opencode#39845, #39872; anomalyco/opencode#27595; Alishahryar1/free-claude-code#1336; can1357/oh-my-pi#7317; aaif-goose/goose#9041',
  },
  {
    id: 'freebuff',
    // Freebuff, Codebuff's free ad-supported agent, serves DeepSeek's V4 models from Codebuff's
    // backend in sessions with hours of their own: its 409 "model_unavailable" with
    // "availableHours": "9am ET-5pm PT every day" at /api/v1/freebuff/session
    // (trefeon/freebuff-proxy#158, settled by the upstream's hours; fmhy/edit#5673 and
    // lidge-jun/opencodex#1919 on its backend and limits; checked December 2026).
    pattern: /\/api\/v1\/freebuff\/|\b(?:freebuff|codebuff)\.com\b/i,
    byDefault: false,
    source: 'trefeon/freebuff-proxy#158; fmhy/edit#5673; lidge-jun/opencodex#1919',
  },
  {
    id: 'openai-words',
    // OpenAI's 404 for a model it does not serve, "The model `deepseek-chat` does not exist or you
    // do not have access to it." (code model_not_found: OpenAI's own answer as
    // Codium-ai/AlphaCodium#51 quotes it; Portkey's error library), which hosts that copy OpenAI's
    // errors send too (DashScope: lobehub/lobehub#5792; SiliconFlow's relay: pig-mesh/deepseek4j#58;
    // bytedance/UI-TARS-desktop#404, its DeepSeek preset's model id sent to DashScope). DeepSeek
    // words it "Model Not Exist" or "The supported API model names are …" (SPEC §5): in every
    // thread with this wording, the request had gone elsewhere (to OpenAI itself where the tool
    // dropped DeepSeek's base URL, openlrc#63). Checked December 2026.
    pattern: /The model `[^`\n]{1,80}` does not exist or you do not have access to it/,
    byDefault: false,
    source:
      'lobehub/lobehub#5792; pig-mesh/deepseek4j#58; YILING0013/AI_NovelGenerator#7; bytedance/UI-TARS-desktop#404',
  },
  {
    id: 'named-endpoint',
    // The endpoint the error says it called, on a host that is not DeepSeek's (nor OpenAI's or
    // Anthropic's, the clients' defaults: cause 4), when no wording names who answered: Hermes
    // Agent logs "🌐 Endpoint: https://opencode.ai/zen/go/v1" above a relay's "Invalid API key."
    // (NousResearch/hermes-agent#36915). Last, so that a host known by its wording is named.
    pattern: NAMED_ENDPOINT,
    byDefault: false,
    source: 'NousResearch/hermes-agent#36915 (its run_agent.py error log, checked December 2026)',
  },
] as const satisfies readonly (Omit<OtherHost, 'id'> & { id: string })[];

export type OtherHostId = (typeof OTHER_HOSTS)[number]['id'];

/**
 * The host of another provider's endpoint that a config points at (stacks/tools.ts names them),
 * or null for the clients' default hosts (OpenAI, Anthropic): those are cause 4.
 */
export function chosenHostOf(provider: string): OtherHostId | null {
  const hosts: Record<string, OtherHostId> = {
    'Moonshot / Kimi': 'moonshot',
    SiliconFlow: 'hosted-model',
    OpenRouter: 'openrouter',
    'Alibaba DashScope': 'dashscope',
    'Volcengine Ark': 'volcengine-ark',
    'Baidu Qianfan': 'hosted-model',
  };
  return hosts[provider] ?? null;
}

/**
 * DeepSeek's own wording: where it appears, DeepSeek answered, whatever else is named. "Model Not
 * Exist" is its 400 for a model id it does not serve, such as another host's `Pro/deepseek-ai/…`
 * (Mai-with-u/MaiBot#109: the request went to api.deepseek.com).
 */
const DEEPSEEK_WORDING = /Authentication Fails|\bModel Not Exist\b/i;

/** The host that answered instead of DeepSeek, if the text says so. */
export function otherHostOf(text: string): OtherHost | null {
  if (DEEPSEEK_WORDING.test(text)) return null;
  return OTHER_HOSTS.find((host) => host.pattern.test(text)) ?? null;
}

/**
 * Endpoints DeepSeek does not have (or, for /responses, did not have before 31 July 2026). A call
 * to one fails (404, a firewall's 418, or a client's "no key" for the other provider it needs)
 * whatever the key: not one of the four causes.
 */
export type MissingEndpoint = 'embeddings' | 'responses' | 'images' | 'anthropic-models';

const MISSING_ENDPOINTS: readonly [MissingEndpoint, RegExp][] = [
  // DeepSeek has no embeddings (its FAQ, quoted in deepseek-ai/DeepSeek-V2#67; pssah4/vault-operator#41).
  // An embeddings call in a traceback (the openai SDKs' `embeddings.create(`, LiteLLM's
  // `aembedding(`, LangChain's `embed_documents(`)
  // or a model named for it ("openai/deepseek-embedding": "there is no embedding model for
  // deepseek", Canner/WrenAI#1302); LlamaIndex's OpenAIEmbedding; Flowise's "OpenAI Embeddings" node, whose upsert
  // (vectorsService.upsertVector) embeds the documents (FlowiseAI/Flowise, checked December 2026);
  // Spring AI's OpenAiEmbeddingModel, which calls OpenAiApi.embeddings (its source, December 2026);
  // CrewAI's `memory=True`, which embeds with OpenAI unless told otherwise (crewAIInc/crewAI#2875).
  // LlamaIndex's VectorStoreIndex, which embeds the documents with Settings.embed_model, OpenAI's
  // unless set ("Openai is still the default embedding model", its maintainer in
  // run-llama/llama_index#17637; #18514: OpenAI's quota error after only Settings.llm was set to
  // DeepSeek; checked December 2026).
  [
    'embeddings',
    /\bmemory\s*=\s*True\b[^\n]{0,120}\bOpenAI\b|\/embeddings\b|\bembeddings\.create\(|\bOpenAiApi\.embeddings\(|\bOpenAiEmbeddingModel\b|\bOpenAI ?Embeddings?\b|\bembeddings\.openai\b|\bget_(?:text_)?embeddings?\b|\bupsertVector\b|\bVectorStoreIndex(?:\.from_(?:documents|vector_store))?\(|\bembed(?:ding)?_model\b|\bcheck_embed_model\b|嵌入失败|\ba?embedding\(|\bembed_(?:documents|query)\(|\bdeepseek-embed/,
  ],
  // OpenAI's Responses API, which DeepSeek has served only since 31 July 2026 (deepseek-facts.ts):
  // only its 404 there counts (farion1231/cc-switch#5210; missingEndpointOf). Any other answer at
  // /responses is DeepSeek's own, a 402 or a 401 read as at /chat/completions (vm0-ai/vm0#28137:
  // "402 Payment Required: Insufficient Balance, url: https://api.deepseek.com/responses", August
  // 2026).
  ['responses', /api\.deepseek\.com(?:\/v1)?\/responses\b/],
  // Nor a model list on its Anthropic-compatible endpoint, whose format has none: a tool that
  // fetches one there finds "No model available" (SaladDay/cc-switch-cli#166: "anthropic API
  // format does NOT have "$base_url/models" endpoint").
  [
    'anthropic-models',
    /api\.deepseek\.com\/anthropic(?:\/v1)?\/models?\b|\bNo models? (?:available|found)\b[\s\S]{0,300}api\.deepseek\.com\/anthropic|api\.deepseek\.com\/anthropic[\s\S]{0,300}\bNo models? (?:available|found)\b/i,
  ],
];

/**
 * A setting for embeddings, in words: semantic search runs on them ("语义搜索设置DeepSeek API 失败",
 * answered "搜一下什么是文本嵌入模型，不是deepseek", cookjohn/zotero-mcp#40); an app's embedder
 * (WrenAI's `type: embedder`, Canner/WrenAI#1302); ChatLuna's "error when calling openai
 * embeddings" (its long memory, round K); a tool's "Unknown embedding interface_format: DeepSeek"
 * ("不存在名叫DeepSeek的embedding模型", YILING0013/AI_NovelGenerator#129) and "embedding API error"
 * ("DeepSeek doesn't supply the embedding api itself", papersgpt/papersgpt-for-zotero#37); a
 * knowledge base or dataset stuck "indexing", which is embedding its documents
 * ("接入deepseek模型导入数据集一致处于索引中， 后端大量404错误", answered
 * "deepseek是chat模型 不是embedding模型", labring/FastGPT#2402; checked December 2026). Not where DeepSeek refused a key or asked for balance: then a chat call failed,
 * whatever the app is built for.
 */
const EMBEDDINGS_IN_WORDS =
  /语义搜索|(?:知识库|数据集)[^\n。，,]{0,12}(?:索引中|索引(?:失败|卡住))|\bsemantic search\b|(?:文本)?嵌入模型|向量(?:化)?模型|\bembeddings? (?:model|provider|api|interface)\b|\bUnknown embedding\b|\bembedder\b|\bwhen calling (?:\w+ )?embeddings?\b/i;
const KEY_ECHOED = /Your api key: ?\*+/i;
const DEEPSEEK_ANSWERED = /Your api key: ?\*+|Authentication Fails|Insufficient Balance/i;

/**
 * An image sent to a DeepSeek model that reads text only (deepseek-flash has read images since
 * September 2026, deepseek-facts.ts): DeepSeek answers 400 "Failed to
 * deserialize the JSON body into the target type: messages[1]: unknown variant `image_url`,
 * expected `text`" (its body as projects quote it when they strip images for DeepSeek; checked
 * December 2026); or a vision call routed to DeepSeek, in words ("vision_analyze returns 401 when
 * main provider is deepseek … DeepSeek has no vision", NousResearch/hermes-agent#50712). Read in
 * an error only: code that sends images has a key to fix first.
 */
const IMAGES_SENT =
  /\bunknown variant [`'"]?(?:image_url|input_image)[`'"]?[,，]\s*expected [`'"]?text\b|\bvision_analy[sz]e\b|\b(?:has|have|with|supports?) no vision\b|\bdoes(?:n['’]t| not) support (?:vision|images?|image input)\b|不支持(?:图片|图像|视觉|多模态)/i;

/**
 * The endpoint DeepSeek lacks that the text shows called; /responses only where the answer was a
 * 404 (`status`; code, which has none, never), since DeepSeek serves it now.
 */
export function missingEndpointOf(
  text: string,
  status: number | null = null,
): MissingEndpoint | null {
  const found = MISSING_ENDPOINTS.find(
    ([endpoint, pattern]) => (endpoint !== 'responses' || status === 404) && pattern.test(text),
  )?.[0];
  if (found) return found;
  return EMBEDDINGS_IN_WORDS.test(text) && !DEEPSEEK_ANSWERED.test(text) ? 'embeddings' : null;
}

/** An image sent to DeepSeek, in a pasted error (IMAGES_SENT); not where DeepSeek echoed a key. */
export function imagesSentIn(text: string): boolean {
  return IMAGES_SENT.test(text) && !KEY_ECHOED.test(text);
}

/**
 * The reporter's words say the key is another provider's: "使用阿里通义千问的 apikey"
 * (esengine/DeepSeek-Reasonix#1168, where the tool then reached DashScope), "I'm using my
 * SiliconFlow key". DeepSeek knows no such key, and that provider's key works only at its own
 * address. Only a key the words say is used ("使用/用的是/填了 X 的 key", "using my X key"), not a
 * provider merely named beside DeepSeek ("无论 DeepSeek 还是 Gemini key", #5015).
 */
const PROVIDER_NAMES: readonly [OtherHostId, string][] = [
  [
    'dashscope',
    '阿里(?:云)?(?:百炼)?(?:的)?\\s*(?:通义千问|通义|千问)?|通义千问|千问|百炼|dashscope|bailian|qwen|tongyi',
  ],
  ['moonshot', 'kimi|moonshot|月之暗面'],
  // Clouds that serve DeepSeek's models under their own keys (AiNiee#425: "使用腾讯云deepseek限免api";
  // Fireworks, DeepInfra and Novita too, earendil-works/pi#3984: "Deepseek 4pro on fireworks
  // provider is broken", settled as Fireworks' endpoint; checked December 2026).
  [
    'hosted-model',
    '硅基流动|硅基|siliconflow|腾讯云|百度千帆|千帆|qianfan|groq|together ai|nvidia nim|fireworks(?:\\.ai)?|deepinfra|novita(?: ai)?',
  ],
  ['bedrock', '(?:aws |amazon )?bedrock'],
  ['openrouter', 'openrouter'],
  ['volcengine-ark', '火山引擎|火山方舟|火山|豆包|volcengine|doubao'],
  ['zhipu', '智谱(?:清言|AI)?|zhipu|bigmodel|glm'],
  ['gemini', 'gemini|google ai studio'],
  ['minimax', 'minimax'],
  ['azure', 'azure(?: ai(?: foundry)?| open ?ai)?'],
];
/** A group per provider, in PROVIDER_NAMES's order: one pass over the text finds any. */
const NAMES = PROVIDER_NAMES.map(([, names]) => `(${names})`).join('|');
const USED_KEY = new RegExp(
  `(?:使用|用的是|用的|用了|填的是|填了|填入|输入的是|换成|using|use|used|entered|pasted|put|with)\\s*(?:了\\s*)?(?:my|an?|the|own)?\\s*(?:${NAMES})(?:\\s*[(（][^)）\\n]{1,20}[)）])?\\s*(?:的|'s|’s)?\\s*(?:api[ _-]?key|key|密钥|秘钥|令牌|token)`,
  'i',
);

export function providerKeyNamed(text: string): OtherHostId | null {
  return providerOf(USED_KEY.exec(text));
}

/** The provider whose group of NAMES a match took. */
function providerOf(found: RegExpExecArray | null): OtherHostId | null {
  const index = found ? found.slice(1).findIndex((group) => group !== undefined) : -1;
  return index >= 0 ? PROVIDER_NAMES[index]![0] : null;
}

/**
 * The reporter's words say another provider serves the DeepSeek model they call: "使用硅基流动的
 * V3" (CherryHQ/cherry-studio#934: SiliconFlow's own max_tokens limit), "部署在Azure上的
 * DeepSeek-R1" (songquanpeng/one-api#2093: Azure AI's endpoint was needed), "DeepSeek R1 via
 * OpenRouter". That provider answers, with its own keys and limits; DeepSeek never sees the
 * request. Not a provider named as where one came from ("switched from SiliconFlow").
 */
const MODEL = '(?:deepseek[\\w.-]*|V3|R1|模型|model|API|接口)(?![\\w])';
const HOSTED_ON = [
  new RegExp(
    `(?:使用|用的是|用的|用了|通过|调用|接入|部署在|using|via|through|deployed on|hosted on|served by)\\s*(?:the\\s+)?(?:${NAMES})\\s*(?:上)?(?:的|'s|’s)?\\s*${MODEL}`,
    'i',
  ),
  // "Azure Open AI部署DeepSeek模型之后" (songquanpeng/one-api#2269).
  new RegExp(`(?:${NAMES})\\s*(?:上)?\\s*部署(?:的|了)?\\s*${MODEL}`, 'i'),
  new RegExp(
    `\\bdeepseek[\\w.-]*(?:\\s+[\\w.-]{1,12})?\\s+(?:on|via|through|hosted on|deployed on|served by)\\s+(?:the\\s+)?(?:${NAMES})\\b`,
    'i',
  ),
  // The provider as the one that refused: "Azure rejects `reasoning.effort` with `400 …`"
  // (earendil-works/pi#9645, a DeepSeek model deployed on Azure; checked December 2026).
  new RegExp(`\\b(?:${NAMES})\\s+(?:rejects|rejected|refuses|refused)\\b`, 'i'),
];

export function modelHostNamed(text: string): OtherHostId | null {
  if (DEEPSEEK_WORDING.test(text)) return null;
  for (const pattern of HOSTED_ON) {
    const provider = providerOf(pattern.exec(text));
    if (provider) return provider;
  }
  return null;
}

/**
 * A model run on the reporter's own machine (Ollama, LM Studio, vLLM): it needs no DeepSeek key,
 * so a key error means the tool sent the request to DeepSeek's cloud instead, most often because
 * the model name (deepseek-chat) picked the DeepSeek provider (langbot-app/LangBot#996: "使用
 * Ollma 部署 DeepSeek 模型却提示 无效的 api-key", "名称写错了，接 ollama 看文档";
 * FlowiseAI/Flowise#4683; holasoymalva/deepseek-cli#25).
 */
const LOCAL_MODEL =
  /\b(?:ollama|ollma)\b|\blm ?studio\b|\bvllm\b|\bllama\.cpp\b|:11434\b|本地部署|本地(?:的)?(?:模型|deepseek|ollama)|\blocal(?:ly)?[ -](?:deployed|hosted|running|deepseek|models?)\b|\bdeepseek-[\w.-]+:\d+(?:\.\d+)?b\b/i;

export function localModelMeant(text: string): boolean {
  return LOCAL_MODEL.test(text);
}

/**
 * Cursor calls a custom base URL from its own servers, which cannot reach localhost or a private
 * address: its check may pass while every chat fails, worded as a key problem ("We encountered an
 * issue when using your 192.168.x.x API key"). cursor/cursor#2520, #1380;
 * danilofalcao/cursor-deepseek#11 ("you're going to need to expose that proxy as a public
 * endpoint"); kcolemangt/llm-router#3 ("Cursor requires a public HTTPS endpoint").
 */
const PRIVATE_BASE_URL =
  /issue when using your (?:localhost|127\.[\dx.]+|10\.[\dx.]+|192\.168\.[\dx.]+|172\.(?:1[6-9]|2\d|3[01])\.[\dx.]+|x\.x\.x\.x|\[?::1\]?)(?::\d+)? API key/i;

export function privateBaseUrlOf(text: string): boolean {
  return PRIVATE_BASE_URL.test(text);
}
