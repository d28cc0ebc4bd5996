import { describe, expect, it } from 'vitest';
import { lintCode } from '../../src/domain/code/lint-code.ts';
import { diagnose } from '../../src/domain/diagnosis/diagnose.ts';
import { isPrivateAddress } from '../../src/domain/error/other-hosts.ts';
import { parseErrorText } from '../../src/domain/error/parse-error-text.ts';
import { analysePaste } from '../../src/paste/analyse-paste.ts';
import { notAuthText, reasonText } from '../../src/paste/diagnosis-report.ts';
import { en } from '../../src/i18n/en.ts';
import { translate, type Translate } from '../../src/i18n/t.ts';

const read = (text: string, code?: string) =>
  diagnose({ parsedError: parseErrorText(text), code: code ? lintCode(code) : null });

describe('another host answered: not one of the four, and the host named', () => {
  it.each([
    ['模型 Pro/deepseek-ai/DeepSeek-V3 错误码: 401 - API key 错误，认证失败', 'hosted-model'],
    [
      'POST http://localhost:2048/siliconflow/v1/chat/completions 401 (Unauthorized)',
      'hosted-model',
    ],
    ['InvalidApiKey. Error message: Invalid API-key provided', 'dashscope'],
    // earendil-works/pi#7588: a model the plan does not include, under another id there.
    [
      'Error: 403: {"message":"Access to model denied. Please make sure you are eligible for using the model.","type":"AccessDenied.Unpurchased","code":"AccessDenied.Unpurchased"}',
      'dashscope',
    ],
    // Its OpenAI-compatible mode, in OpenAI's words with its own link (hsliuping/TradingAgents-CN#761).
    [
      "Error code: 401 - {'error': {'message': 'Incorrect API key provided. For details, see: https://help.aliyun.com/zh/model-studio/error-code#apikey-error', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
      'dashscope',
    ],
    [
      '{"error":{"code":"AuthenticationError","message":"The API key in the request is missing or invalid. Request id: 0217508242532234d4a4779e026"}}',
      'volcengine-ark',
    ],
    ['Invalid OpenRouter api key', 'openrouter'],
    // trefeon/freebuff-proxy#158: Freebuff's free session outside its hours.
    [
      'msg="upstream response" method=POST path=/api/v1/freebuff/session status=409 body="{\\"status\\":\\"model_unavailable\\",\\"requestedModel\\":\\"deepseek/deepseek-v4-pro\\",\\"availableHours\\":\\"9am ET-5pm PT every day\\"}"',
      'freebuff',
    ],
    // OpenAI's 404 for a model it does not serve, sent by hosts that copy its errors
    // (bytedance/UI-TARS-desktop#404: DeepSeek's model id sent to DashScope).
    [
      'Failed to get tool response from OpenAI: 404 The model `deepseek-chat` does not exist or you do not have access to it.',
      'openai-words',
    ],
    // camel-ai/owl#162: the agent's crawl tool, whose key was unset.
    [
      'Error: Unexpected error during start crawl job: Status code 401. Unauthorized: Token missing - No additional error details provided.',
      'firecrawl',
    ],
    ['401 User not found', 'openrouter'],
    // CherryHQ/cherry-studio#3389: Volcengine Ark's 404 for a model id it does not hold.
    [
      '404 The model or endpoint DeepSeek-R1 does not exist or you do not have access to it. Request id: 0217420244952736592a076493be583bc5e33f80ac2dcf1c0b44f',
      'volcengine-ark',
    ],
    // kxn/claude-code-companion#11: ModelScope's DeepSeek, in DashScope's words.
    [
      '{"error":{"code":"invalid_parameter_error","message":"\\u003c400\\u003e InternalError.Algo.InvalidParameter: The tool call is not supported","param":null,"type":"invalid_request_error"}}',
      'dashscope',
    ],
    // AIDotNet/OpenDeepWiki#134: a self-deployed server's error shape.
    [
      "System.ClientModel.ClientResultException: Request failed with status code 400: {\"object\":\"error\",\"message\":\"[{'type': 'extra_forbidden', 'loc': ('body', 'tools', 0, 'function', 'strict'), 'msg': 'Extra inputs are not permitted'}]\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}",
      'self-hosted',
    ],
    // microsoft/sample-app-aoai-chatGPT#1266: Azure OpenAI's 404.
    ["Error code: 404 - {'error': {'code': '404', 'message': 'Resource not found'}}", 'azure'],
    // decolua/9router#3916: OpenCode Go's address.
    [
      '✗ ERROR 400 · opencode-go/deepseek-v4-flash · 1429ms URL: https://opencode.ai/zen/go/v1/messages [400]: {"model":"deepseek-v4-flash"}',
      'opencode-go',
    ],
    // OpenRouter's 404 for a model route no provider serves (continuedev/continue#10985).
    ['404 No endpoints found for deepseek/deepseek-r1-0528:free.', 'openrouter'],
    ['Bad credentials - https://docs.github.com/rest', 'github'],
    // AstrBotDevs/AstrBot#10045: OpenCode Go's own gate.
    [
      "Error code: 400 - {'type': 'error', 'error': {'type': 'MissingSessionID', 'message': 'Error from provider (Console Go): Request is missing x-opencode-session and cannot be routed efficiently. Please see https://opencode.ai/docs/go/#where-can-i-use-it'}}",
      'opencode-go',
    ],
    // farion1231/cc-switch#2323: OpenAI's backend for Codex signed in with ChatGPT.
    [
      '{"detail":"The \'deepseek-v4-flash\' model is not supported when using Codex with a ChatGPT account."}',
      'codex-chatgpt',
    ],
    // A proxy's own gate (ErlichLiu/DeepClaude#67); DeepSeek says "(governor)".
    ['启动后报错：请求缺少Authorization header', 'proxy-gate'],
    ['{"detail":"Missing Authorization header"}', 'proxy-gate'],
    // A local server's access log: it refused its caller (Alishahryar1/free-claude-code#363).
    ['INFO:     127.0.0.1:56030 - "HEAD / HTTP/1.1" 401 Unauthorized', 'proxy-gate'],
    // one-api and new-api answer in their own type.
    [
      'API Error: 401 {"error":{"message":"无效的令牌 (request id: 20261201102030123)","type":"new_api_error"}}',
      'api-relay',
    ],
    ['{"error":{"message":"invalid token","type":"one_api_error","code":""}}', 'api-relay'],
    // LiteLLM's proxy checks its own keys (litellm/proxy/auth/user_api_key_auth.py).
    [
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Error, Invalid proxy server token passed. Received API Key = sk-...0e4a, Key Hash (Token) =5b1e0c. Unable to find token in cache or `LiteLLM_VerificationTokenTable`', 'type': 'auth_error', 'param': 'None', 'code': '401'}}",
      'litellm-proxy',
    ],
    // Their own token errors, whatever the type (one-api's model/token.go).
    ['无效的令牌 (request id: 2025110219372122956275fVMryIXC)', 'api-relay'],
    ['{"error":{"message":"该令牌额度已用尽","code":"insufficient_user_quota"}}', 'api-relay'],
    // A reseller renames the type after itself (datawhalechina/all-in-rag#99).
    ['3. 报错 401 - Invalid token（Aihubmix_api_error）', 'api-relay'],
    ['OpenRouter: 401 Unauthorized', 'openrouter'],
    // OpenRouter's body, and its name as a model route.
    ['{"error":{"message":"User not found.","code":401}}', 'openrouter'],
    ['litellm.AuthenticationError: model=openrouter/deepseek/deepseek-chat', 'openrouter'],
    // Gemini's refusal, a 400 (continuedev/continue#10077).
    [
      '[GoogleGenerativeAI Error]: [400 Bad Request] API key not valid. Please pass a valid API key. [{"reason":"API_KEY_INVALID"}]',
      'gemini',
    ],
    // A cloud serving DeepSeek's models under its own keys.
    [
      'Error code: 401 - POST https://api.lkeap.cloud.tencent.com/v1/chat/completions',
      'hosted-model',
    ],
    [
      'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription.',
      'azure',
    ],
    // deepseek-free-api relays the web chat, which wants its login token (LLM-Red-Team/deepseek-free-api#120).
    [
      "ChatCompletion(id=None, choices=None, code=-2001, message='[请求deepseek失败]: Authorization Failed (invalid token)', data=None)",
      'deepseek-web',
    ],
    [
      '[non-fatal] Tracing client error 401: {"error": {"message": "Incorrect API key provided: sk-74a47***f131."}}',
      'openai-tracing',
    ],
    // Zhipu's refusals (chathub-dev/chathub#1047, FoundationAgents/MetaGPT#1373).
    ['使用glm4的api链接报错{"error":{"code":"401","message":"令牌已过期或验证不正确！"}}', 'zhipu'],
    [
      'exp: Request failed, msg: {"error":{"code":"1002","message":"Authorization Token非法，请确认Authorization Token正确传递。"}}',
      'zhipu',
    ],
    // MiniMax's (NousResearch/hermes-agent#2094).
    [
      `Error: Error code: 401 - {'type': 'error', 'error': {'type': 'authorized_error', 'message': "login fail: Please carry the API secret key in the 'Authorization' field of the request header (1004)",`,
      'minimax',
    ],
    // SiliconFlow's own 400 (lingarr-translate/lingarr#442: "the provider you are using").
    ['{"code":20015,"message":"The parameter is invalid. Please check again."}', 'hosted-model'],
    // ollama4j/ollama4j-web-ui#18: a model not pulled; spring-ai-alibaba/examples#95, a Java
    // client's wrapper, no space after the comma.
    ['model "deepseek-r1" not found, try pulling it first', 'ollama'],
    [
      'RuntimeException：[404]Not Found -{"error":"model \\"deepseek-r1\\"not found,try pulling it first"}',
      'ollama',
    ],
    // OpenRouterTeam/ai-sdk-provider#39: R1 has no endpoint that takes tools there.
    [
      'No endpoints found that support tool use. To learn more about provider routing,',
      'openrouter',
    ],
    // AllYourBot/hostedgpt#613: Groq's tokens-per-minute limit.
    [
      'Request too large for model deepseek-r1-distill-llama-70b in organization XYZ service tier on_demand on tokens per minute (TPM): Limit 6000, Requested 16955. Visit https://console.groq.com/docs/rate-limits for more information.',
      'hosted-model',
    ],
    // cline/cline#1741: iFlytek's Xunfei, its schema check on temperature.
    [
      "Xunfei request failed with Sid: cid000b64a1@dx194f350aab5b81c700\ncode: 10004, msg: SchemaCheckError:(12:42:17.667) '$.parameter.chat.temperature' value must be larger than 0;",
      'hosted-model',
    ],
    // NVIDIA/garak#1132: garak's NIM generator.
    ['NIM generation failed, Is the model name spelled correctly?', 'hosted-model'],
    // apconw/Aix-DB#212: vLLM started without tool calling.
    [
      "[ERROR] 响应异常: Error code: 400 - {'error': {'message': '\"auto\" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set'",
      'self-hosted',
    ],
    // one-api's and new-api's code for a request they could not convert (a gateway's /v1/responses).
    ['/v1/responses 返回 HTTP 400 convert_request_failed;', 'api-relay'],
    // AWS Bedrock's own words (anomalyco/opencode#34412; aws-samples/bedrock-chat#845;
    // Mintplex-Labs/anything-llm#3441).
    ['ValidationException: The provided model identifier is invalid.', 'bedrock'],
    [
      'Failed to run stream handler: An error occurred (ValidationException) when calling the ConverseStream operation: User messages cannot contain reasoning content.',
      'bedrock',
    ],
    [
      'Invocation of model ID deepseek.r1-v1:0 with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.',
      'bedrock',
    ],
    // Baidu's older Qianfan API (lobehub/lobehub#5720).
    ['{"error_msg": "Unsupported openapi method", "error_code": 3}', 'hosted-model'],
    // Cline's free model kept for its own apps (pingmike2/cline2api-workers#2).
    ['403: deepseek/deepseek-v4-flash is only available via Cline product surfaces', 'cline'],
    // GitHub Models' cap on a request (RooCodeInc/Roo-Code#887).
    ['413 Request body too large for deepseek-r1 model. Max size: 4000 tokens.', 'github'],
    // The host in the reporter's words (NEKOparapa/AiNiee#425; earendil-works/pi#9645).
    ['使用腾讯云deepseek限免api接口测试失败', 'hosted-model'],
    [
      'Through `azure-openai-responses`, Azure rejects `reasoning.effort` with `400 Unsupported parameter`.',
      'azure',
    ],
    // Ark's 404 for an endpoint id it does not hold (lobehub/lobehub#5744).
    [
      "Route: [doubao] ProviderBizError: {\n  code: 'InvalidEndpoint.NotFound',\n  message: 'The request targeted an endpoint that does not exist or is invalid. Request id: 0217386810167267496f828e4b55008dbcbc157f9db9cedd9fe0c',\n  type: 'NotFound'\n}\nRoute: [doubao] 500: Error: 404 status code (no body)",
      'volcengine-ark',
    ],
    // Ark's request id on a 400 in its own words (cline/cline#1824).
    [
      'API request failed 400 One or more parameters specified in the request are not valid. Request id: 021739780714794566420fa023107b565749f11e844d9db2',
      'volcengine-ark',
    ],
    // OpenCode Go's RegionError, until the workspace opts in (anomalyco/opencode#39872, #39845).
    [
      'Reason: API error: [403] Forbidden {"type":"error","error":{"type":"RegionError","message":"The latest version of this model is only available hosted in China and requires explicit opt in: https://opencode.ai/workspace/wrk_01KJHRCVJTA9W5D147MYK8K5JD/go"}}',
      'opencode-go',
    ],
    [
      'The latest version of this model is only available hosted in China and requires explicit opt in',
      'opencode-go',
    ],
    // SiliconFlow's flat shell, whatever its message (xerrors/Yuxi#256).
    [
      "Error code: 400 - {'code': 20015, 'message': 'Value error, after assistant message, next must be user or tool message', 'data': None}",
      'hosted-model',
    ],
  ])('%s → %s', (text, host) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('other-host');
    expect(diagnosis.otherHost).toBe(host);
    expect(diagnosis.likely).toBeNull();
    expect(diagnosis.top).toBeNull();
  });

  it.each([
    // No base URL in the code, or OpenAI's address named: OpenAI itself, the default host (openlrc#63).
    [
      'openai.NotFoundError: 404 The model `deepseek-chat` does not exist or you do not have access to it.',
      'from openai import OpenAI\nclient = OpenAI(api_key="sk-0123456789abcdef0123456789abcdef")',
    ],
    [
      'POST https://api.openai.com/v1/chat/completions 404: The model `deepseek-chat` does not exist or you do not have access to it.',
      '',
    ],
  ])('OpenAI’s model error where OpenAI itself answered is cause 4: %s', (text, code) => {
    const diagnosis = read(text, code || undefined);
    expect(diagnosis.notAuth).toBeNull();
    expect(diagnosis.top).toBe('not-passed');
  });

  it.each([
    ['Error: 404 model not found: deepseek-chat', 'other-host'],
    // OpenAI's format names no server; the file does.
    ['404 The model `deepseek-chat` does not exist or you do not have access to it.', 'other-host'],
    // DeepSeek's own words: DeepSeek answered, whatever the file says.
    ["Error code: 400 - {'error': {'message': 'Model Not Exist'}}", 'model'],
  ])('a model error beside a config pointed at DashScope: %s → %s', (text, notAuth) => {
    const diagnosis = read(
      text,
      'OPENAI_BASE_URL=https://dashscope.aliyuncs.com/compatible-mode/v1\nOPENAI_MODEL=deepseek-chat',
    );
    expect(diagnosis.notAuth).toBe(notAuth);
    expect(diagnosis.otherHost).toBe(notAuth === 'other-host' ? 'dashscope' : null);
  });

  it('a relay at a private address the code points at answered its 404: named, nothing likely (NIyueeE/ds-free-api#37)', () => {
    const diagnosis = read(
      'openai.NotFoundError: Error code: 404',
      'from openai import OpenAI\nAPI_KEY = ""\nclient = OpenAI(api_key=API_KEY, base_url="http://127.0.0.1:2333/v1")\nclient.files.create(file=open("a.pdf", "rb"), purpose="assistants")',
    );
    expect(diagnosis.notAuth).toBe('other-host');
    expect(diagnosis.otherHost).toBe('named-endpoint');
    expect(diagnosis.endpointHost).toBe('127.0.0.1:2333');
    expect(diagnosis.likely).toBeNull();
  });

  it.each([
    // Nothing answered: no relay listening there, not an answer of its own.
    'openai.APIConnectionError: Connection error.',
    // DeepSeek's own words, passed on by the relay: DeepSeek answered.
    'Error code: 401 - {"error":{"message":"Authentication Fails, Your api key: ****abcd is invalid"}}',
  ])('a relay at a private address is not named as answering %s', (text) => {
    const diagnosis = read(
      text,
      'from openai import OpenAI\nclient = OpenAI(api_key="sk-0123456789abcdef0123456789abcdef", base_url="http://127.0.0.1:3000/v1")',
    );
    expect(diagnosis.notAuth).not.toBe('other-host');
    expect(diagnosis.otherHost).toBeNull();
    expect(diagnosis.notes.map((n) => n.code)).not.toContain('code-other-host-chosen');
  });

  it.each([
    ['cdef', 'revoked', true],
    // Another key's end: the relay sent a key of its own, not the one in the code.
    ['abcd', 'not-passed', false],
  ])(
    'DeepSeek refused a key ending %s through a relay: %s first, the relay passing the key on: %s',
    (tail, top, passedOn) => {
      const diagnosis = read(
        `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****${tail} is invalid', 'type': 'authentication_error'}}`,
        'from openai import OpenAI\nclient = OpenAI(api_key="sk-0123456789abcdef0123456789abcdef", base_url="http://127.0.0.1:3000/v1")',
      );
      expect(diagnosis.top).toBe(top);
      expect(diagnosis.notes.some((n) => n.code === 'code-relay-passed-key')).toBe(passedOn);
    },
  );

  it('a relay at a private address the error names answered a 5xx: named, with its log as the next step (farion1231/cc-switch#3529)', () => {
    const diagnosis = read(
      'unexpected status 502 Bad Gateway: Unknown error, url: http://127.0.0.1:15721/v1/responses',
    );
    expect(diagnosis.notAuth).toBe('server');
    expect(diagnosis.otherHost).toBe('named-endpoint');
    expect(diagnosis.endpointHost).toBe('127.0.0.1:15721');
    const text = notAuthText((key, vars) => translate(en, key, vars), diagnosis);
    expect(text).toContain('127.0.0.1:15721, a relay or proxy');
    expect(text).toContain('Its log shows which');
  });

  it.each([
    // DeepSeek's address named too: its failure, passed on.
    'unexpected status 502 Bad Gateway: Unknown error, url: http://127.0.0.1:8080/v1/chat/completions (upstream https://api.deepseek.com/chat/completions)',
    // A 500 may be an app's own server wrapping any failure.
    'unexpected status 500 Internal Server Error: Unknown error, url: http://127.0.0.1:15721/v1/responses',
    // A local model's server forwards to nothing.
    'unexpected status 502 Bad Gateway: Unknown error, url: http://127.0.0.1:11434/v1/chat/completions (ollama)',
  ])('no relay is named as failing for %s', (text) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).not.toBeNull();
    expect(diagnosis.otherHost).not.toBe('named-endpoint');
    expect(diagnosis.notes.map((n) => n.code)).not.toContain('error-relay-server');
  });

  it.each([
    ['http://127.0.0.1:2333/v1', true],
    ['http://10.10.1.5:8000', true],
    ['http://[::1]:11434/v1', true],
    ['https://localhost.example.com/v1', false],
    ['https://10.1.example.com', false],
  ])('%s is a private address: %s', (url, expected) => {
    expect(isPrivateAddress(url)).toBe(expected);
  });

  it('Baidu Qianfan’s address in a settings screen names it (NEKOparapa/AiNiee#423)', () => {
    const diagnosis = read(
      "翻译报错：Error code: 400 - {'error': {'code': 'invalid_argument', 'message': 'the role of last message",
      '接口地址: https://qianfan.baidubce.com/v2\n接口格式: openai\n模型名称: deepseek-r1',
    );
    expect(diagnosis.otherHost).toBe('hosted-model');
    expect(diagnosis.notAuth).toBe('other-host');
  });

  it('SiliconFlow’s 429 is its own limit, named (hcfyapp/crx-selection-translate#2245)', () => {
    const diagnosis = read(
      '{"message":"Request was rejected due to rate limiting. Details: RPH limit reached.","data":null}',
    );
    expect(diagnosis.otherHost).toBe('hosted-model');
    expect(diagnosis.notAuth).toBe('rate-limited');
  });

  it.each([
    // A reporter's prose in one-api's words, not one-api's answer (review, 2026-12-06).
    '调用 deepseek 官方 API 返回 401，提示无效的令牌，key 是刚创建的',
    // Stock JWT messages of web frameworks, not DashScope's or Z.ai's.
    'Access denied, token expired or incorrect',
  ])('names no other host for %j', (text) => {
    expect(read(text).otherHost).toBeNull();
  });

  it.each([
    // decolua/9router#3270: a gateway's 401 for a free tier that ended.
    'HTTP 401: [401]: {"type":"error","error":{"type":"ModelError","message":"Free promotion has ended for DeepSeek V4 Flash Free. You can continue using the model by subscribing to OpenCode Go - https://opencode.ai/go"}}',
    // crofAI/crof-ai#4, with the reporter's words around it, and quoted whole in a JSON "detail".
    "I tried to use DeepSeek 3.2 API and got the error \n\nError code: 401 - {'detail': 'User is not authorized to access this resource'}",
    JSON.stringify({
      detail:
        "I tried to use DeepSeek 3.2 API and got the error \n\nError code: 401 - {'detail': 'User is not authorized to access this resource'}",
    }),
  ])('a 401 in words that are not DeepSeek’s, from a server nothing names: %j', (text) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('other-host');
    expect(diagnosis.otherHost).toBe('other-words');
    expect(diagnosis.likely).toBeNull();
  });

  it.each([
    // A whole report in one JSON string: its words gave the status, no server's message did.
    JSON.stringify({ detail: 'connection stalled (reasoner)\nor\nnot authorized (r1)' }),
    // A reporter's sentence, cut where it quotes the app.
    JSON.stringify({ detail: '每次发送消息都报 "API 密钥无效"（invalid API key）。\n401' }),
    // DeepSeek's variant, as a tool quotes it without "Authentication Fails".
    'Error 401: {"message":"auth header format should be Bearer sk-..."}',
    // A library's status line for DeepSeek's URL, and a link printed after it.
    'Request failed with status code 401\n    at settle (axios/lib/core/settle.js:17:12)\nPlease open a Bug report: https://github.com/BuilderIO/ai-shell/issues/new',
  ])('names no other server where nothing shows one answered: %j', (text) => {
    const diagnosis = read(text);
    expect(diagnosis.otherHost).toBeNull();
    expect(diagnosis.notAuth).toBeNull();
  });

  it('names no host for a web framework’s stock 401, but says it is not DeepSeek’s', () => {
    const diagnosis = read(
      'Client error \'401 Unauthorized\'\n{"detail":"Invalid access token or token expired"}',
    );
    expect(diagnosis.otherHost).toBe('other-words');
    expect(diagnosis.notAuth).toBe('other-host');
  });

  it('keeps DeepSeek’s own wording DeepSeek’s, whatever else the log names', () => {
    const text =
      'openrouter fallback disabled\nError code: 401 - {"error":{"message":"Authentication Fails, Your api key: ****_KEY is invalid"}}';
    expect(read(text).otherHost).toBeNull();
    expect(read(text).likely).toBe('not-passed');
  });

  it('does not take a function named like a relay’s error type for a relay', () => {
    const text =
      'File "app/llm.py", line 88, in handle_api_error\nRuntimeError: DeepSeek API error: 401';
    expect(read(text).otherHost).toBeNull();
  });

  it('does not take a host named in passing for the one that answered', () => {
    const diagnosis = read(
      'I revoked my DeepSeek API key on purpose to get a failure.\nBut fallback didn’t trigger (no OpenRouter call, only DeepSeek failure).',
    );
    expect(diagnosis.otherHost).toBeNull();
    expect(diagnosis.top).toBe('revoked');
    expect(diagnosis.likely).toBeNull();
  });

  it.each([
    // Hermes Agent's log above a relay's refusal (NousResearch/hermes-agent#36915): OpenCode Go's
    // address, known by name.
    ['https://opencode.ai/zen/go/v1', 'opencode-go', null],
    // The same log with an address no row knows: named by its host.
    ['https://llm.example-relay.net/v1', 'named-endpoint', 'llm.example-relay.net'],
  ])('names the endpoint an error says it called (%s)', (endpoint, host, endpointHost) => {
    const text = [
      '⚠️ API call failed (attempt 1/3): AuthenticationError [HTTP 401]',
      '🔌 Provider: opencode-go Model: deepseek-v4-pro',
      `🌐 Endpoint: ${endpoint}`,
      '📝 Error: HTTP 401: Invalid API key.',
    ].join('\n');
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('other-host');
    expect(diagnosis.otherHost).toBe(host);
    expect(diagnosis.endpointHost).toBe(endpointHost);
    expect(diagnosis.likely).toBeNull();
  });

  it.each([
    // continuedev/continue#9233: Continue's details name the provider it called.
    [
      'Model: deepseek-v3.1:671b-cloud\nProvider: ollama\nStatus Code: 429\n\n"you\'ve reached your hourly usage limit, please wait or upgrade to continue"',
      'ollama',
    ],
    // HacxGPT-Official/HacxGPT-CLI#31: a free model "rate-limited upstream".
    [
      "Error code: 429 - {'error': {'message': 'Provider returned error', 'code': 429, 'metadata': {'raw': 'deepseek/deepseek-chat-v3-0324:free is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits: https://openrouter.ai/settings/integrations', 'provider_name': 'Chutes'}}}",
      'openrouter',
    ],
    // SiliconFlow's hourly limit, typed from a screenshot (jxq1997216/AITranslator#32).
    [
      '服务回复状态错误[429],返回数据为:{["message"："Requestwas\n  rejected due to rate limiting. Details: RPH limit\n  reached.","data":null)',
      'hosted-model',
    ],
  ])('%s: another host’s 429 is its own limit, the host named (%s)', (text, host) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('rate-limited');
    expect(diagnosis.otherHost).toBe(host);
    expect(diagnosis.likely).toBeNull();
    const t: Translate = (key, vars) => translate(en, key, vars);
    expect(notAuthText(t, diagnosis)).toMatch(/answered 429, its own limit/);
  });

  it.each([
    // BerriAI/litellm#8310: Azure's 500 for a deployment name misspelt.
    [
      "Error code: 500 - {'error': {'code': 'InternalServerError', 'message': 'Backend returned unexpected response. Please contact Microsoft for help.'}}",
      'azure',
    ],
    // SiliconFlow's 503 in its flat shell (CherryHQ/cherry-studio#4541: "硅基流动服务器问题").
    [
      '{\n  "message": "503 System is too busy now. Please try again later.",\n  "status": 503,\n  "error": {\n    "code": 50508,\n    "message": "System is too busy now. Please try again later.",\n    "data": null\n  },\n  "code": 50508\n}',
      'hosted-model',
    ],
  ])('another host’s 5xx is its own failure, the host named: %s', (text, host) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('server');
    expect(diagnosis.otherHost).toBe(host);
    expect(diagnosis.likely).toBeNull();
    const t: Translate = (key, vars) => translate(en, key, vars);
    expect(notAuthText(t, diagnosis)).toMatch(
      /answered with a server error \(a 5xx\), not DeepSeek/,
    );
    expect(notAuthText(t, diagnosis)).not.toMatch(
      /status\.deepseek\.com|a relay or proxy on your own/,
    );
  });

  it.each([
    // A provider list and a model id a tool refused name no host (Hmbown/Codewhale#1104, #753).
    "error: invalid value 'deepseek-cn' for '--provider <PROVIDER>'\n  [possible values: deepseek, nvidia-nim, openai, openrouter, novita, fireworks, sglang, vllm, ollama]",
    "Error: Invalid default_text_model 'accounts/fireworks/models/deepseek-v4-flash': expected a DeepSeek model ID",
    // DeepSeek's own 503 wording.
    'Error code: 503 - {"error":{"message":"Service is too busy. We advise users to temporarily switch to alternative LLM API service providers.","type":"service_unavailable_error"}}',
    // Fireworks beside DeepSeek, not serving it: DeepSeek's own 401 stays DeepSeek's.
    'DeepSeek API returns 401 Unauthorized, while fireworks models work fine with the same tool',
    'deepseek-chat from fireworks used to work, now the official api says 401 Unauthorized',
    // A Java-style Result wrapper around DeepSeek's words is no SiliconFlow shell.
    '{"code": 50001, "message": "调用 DeepSeek 失败: Insufficient Balance", "data": null}',
    // DeepSeek's 503, passed on by a relay: DeepSeek's failure.
    'Error from provider (DeepSeek): 503 Service Unavailable: Service is too busy. We advise users to temporarily switch to alternative LLM API service providers.',
  ])('names no other host for %s', (text) => {
    expect(read(text).otherHost).toBeNull();
  });

  it('reads another host’s 402 as a balance there, perhaps its own DeepSeek account (anomalyco/opencode#27595)', () => {
    const diagnosis = read(
      'opencode-go/deepseek-v4-flash suddenly returns "insufficient balance", but other Go models still work.',
    );
    expect(diagnosis.notAuth).toBe('insufficient-balance');
    expect(diagnosis.otherHost).toBe('opencode-go');
    const t: Translate = (key, vars) => translate(en, key, vars);
    expect(notAuthText(t, diagnosis)).toMatch(/their own DeepSeek account/);
    expect(notAuthText(t, diagnosis)).not.toMatch(/Top up on platform/);
  });

  it.each([
    // DeepSeek's own address, the clients' default hosts (cause 4), and a proxy of the user's own.
    'Endpoint: https://api.deepseek.com/v1\nHTTP 401: Invalid API key.',
    'base_url=https://api.openai.com/v1\nError code: 401 - Invalid API key.',
    'api_base: http://localhost:4000\n401 Unauthorized: Invalid API key.',
    'Endpoint: http://192.168.1.20:8080/v1\n401 Unauthorized: Invalid API key.',
    // A link in a help text is no endpoint.
    '401 Unauthorized: Invalid API key. See https://docs.example.com/errors',
  ])('names no endpoint for %j', (text) => {
    expect(read(text).otherHost).not.toBe('named-endpoint');
  });

  it('reads OpenAI’s 403 for a region it does not serve as the request sent to OpenAI: cause 4', () => {
    // adoresever/DataGraphX_Learn#5: the app only calls OpenAI.
    const diagnosis = read(
      "openai.PermissionDeniedError: Error code: 403 - {'error': {'code': 'unsupported_country_region_territory', 'message': 'Country, region, or territory not supported', 'param': None, 'type': 'request_forbidden'}}",
    );
    expect(diagnosis.notAuth).toBeNull();
    expect(diagnosis.likely).toBe('not-passed');
  });

  it('reads Anthropic’s answer as the key sent to Claude Code’s default host: cause 4', () => {
    const diagnosis = read('Please run /login · API Error: 401 Invalid bearer token');
    expect(diagnosis.notAuth).toBeNull();
    expect(diagnosis.likely).toBe('not-passed');
  });
});

describe('an endpoint DeepSeek does not have', () => {
  it.each([
    'models: deepseek-flash\nembedding model: text-embedding-3-small\nError code: 402 - {"error": {"message": "Insufficient Balance"}}',
    'my embedding api key is set, but chat fails: Error code: 401 - {"error":{"message":"Authentication Fails (no such user)"}}',
  ])('leaves DeepSeek’s own 401 or 402 beside words of embeddings DeepSeek’s: %s', (text) => {
    expect(read(text).notAuth).not.toBe('embeddings');
  });

  it('does not take a list index in a knowledge-base search (an IndexError) for indexing', () => {
    expect(read('知识库检索时列表索引超出范围').notAuth).not.toBe('embeddings');
  });

  it('reads LlamaIndex’s VectorStoreIndex as embeddings, OpenAI’s by default (run-llama/llama_index#18514)', () => {
    const diagnosis = read(
      "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'type': 'insufficient_quota'}}",
      'from llama_index.llms.deepseek import DeepSeek\nfrom llama_index.core import Settings, VectorStoreIndex\nSettings.llm = DeepSeek(model="deepseek-chat", api_key="sk-0123456789abcdef0123456789abcdef")\nindex = VectorStoreIndex.from_documents(documents)\n',
    );
    expect(diagnosis.notAuth).toBe('embeddings');
    expect(diagnosis.likely).toBeNull();
  });

  it('does not take an app described as semantic search for an embeddings call', () => {
    const text =
      "I'm building semantic search over my notes with deepseek-chat.\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****abcd is invalid'}}";
    expect(read(text).notAuth).toBeNull();
  });

  it.each([
    // Semantic search runs on embeddings (cookjohn/zotero-mcp#40).
    ['语义搜索设置DeepSeek API 失败', 'embeddings'],
    // A dataset stuck indexing is embedding its documents (labring/FastGPT#2402).
    ['FastGPT-v4.8.9 接入deepseek模型导入数据集一致处于索引中， 后端大量404错误', 'embeddings'],
    ['Setting DeepSeek as the embedding model fails with a 404', 'embeddings'],
    [
      "嵌入失败: Client error '404 Not Found' for url 'https://api.deepseek.com/embeddings'",
      'embeddings',
    ],
    [
      "openai.APIStatusError: Error code: 418 - {'error': 'Requested Resource Not Found'} (OpenAIEmbeddings)",
      'embeddings',
    ],
    [
      'File "/usr/local/lib/python3.10/site-packages/langchain_openai/embeddings/base.py", line 342\nopenai.OpenAIError: The api_key client option must be set',
      'embeddings',
    ],
    // An embeddings call in the traceback, an app's embedder (Canner/WrenAI#1302).
    [
      'ERROR wren-ai-service - Failed to prepare semantics: litellm.AuthenticationError: AuthenticationError: OpenAIException - Authentication Fails (no such user)\n  File "/src/providers/embedder/litellm.py", line 88, in run\n    response = await aembedding(model=self._model, input=texts_to_embed)',
      'embeddings',
    ],
    [
      'embedder: model openai/deepseek-embedding failed: Authentication Fails (no such user)',
      'embeddings',
    ],
    // Azure's Entra ID check for a DeepSeek model hosted on Azure (microsoft-foundry-for-vscode#18).
    [
      'Message: Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com or https://ai.azure.com), or have expired.',
      'other-host',
    ],
    // LlamaIndex's default OpenAIEmbedding, given the DeepSeek key (round L).
    [
      "WARNING:llama_index.embeddings.openai.utils:Retrying llama_index.embeddings.openai.base.get_embeddings in 0.73 seconds as it raised AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-9d3e1***********************b72c.'}}",
      'embeddings',
    ],
    // ChatLuna's long memory (round K), DeepSeek's 404 body.
    [
      'chatluna Error: error when calling openai embeddings, Result: {"error_msg":"Not Found. Please check the configuration."}',
      'embeddings',
    ],
    // Flowise's vector upsert embeds the documents: OpenAI refused the key its embeddings node sent.
    [
      'Error: vectorsService.upsertVector - 401 Incorrect API key provided: sk-af9e************************b2ce. You can find your API key at https://platform.openai.com/account/api-keys.',
      'embeddings',
    ],
    // The openai SDK's own embeddings call, its error body cut short (TauricResearch/TradingAgents#79).
    [
      "  File \"tradingagents/agents/utils/memory.py\", line 17, in get_embedding\n    response = self.client.embeddings.create(\nopenai.NotFoundError: Error code: 404 - {'error_msg': 'Not Found. Please ch",
      'embeddings',
    ],
    [
      'unexpected status 404 Not Found: Unknown error, url: https://api.deepseek.com/responses',
      'responses-api',
    ],
    // YILING0013/AI_NovelGenerator#129: DeepSeek chosen as the embedding interface.
    [
      '  File "embedding_adapters.py", line 149, in create_embedding_adapter\nValueError: Unknown embedding interface_format: DeepSeek',
      'embeddings',
    ],
    // papersgpt/papersgpt-for-zotero#37, in words.
    ['Same problems, It says that embedding API error', 'embeddings'],
    // DeepSeek's chat API reads text only: its 400 to an image, and a vision call in words.
    [
      "openai.BadRequestError: Error code: 400 - {'error': {'message': \"Failed to deserialize the JSON body into the target type: messages[1]: unknown variant `image_url`, expected `text` at line 1 column 245\", 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}",
      'images',
    ],
    [
      'vision_analyze returns 401 when main provider is deepseek. DeepSeek has no vision, so auto-detection tries it and gets 401 instead of falling through to auxiliary.',
      'images',
    ],
  ])('%s → %s, with no cause marked likely even when code points at one', (text, kind) => {
    const diagnosis = read(
      text,
      'from openai import OpenAI\nclient = OpenAI(api_key="sk-0123456789abcdef0123456789abcdef")',
    );
    expect(diagnosis.notAuth).toBe(kind);
    expect(diagnosis.likely).toBeNull();
  });
});

describe('DeepSeek’s Responses API, served since 31 July 2026', () => {
  it('answers a 402 there as a balance, as at /chat/completions (vm0-ai/vm0#28137)', () => {
    const diagnosis = read(
      'unexpected status 402 Payment Required: Insufficient Balance, url: https://api.deepseek.com/responses',
    );
    expect(diagnosis.notAuth).toBe('insufficient-balance');
  });

  it('still reads a 404 there as the endpoint, its answer giving the date (farion1231/cc-switch#5210)', () => {
    const diagnosis = read(
      'unexpected status 404 Not Found: Unknown error, url: https://api.deepseek.com/responses',
    );
    expect(diagnosis.notAuth).toBe('responses-api');
    const t: Translate = (key, vars) => translate(en, key, vars);
    expect(notAuthText(t, diagnosis)).toMatch(/only since 31 July 2026/);
  });

  it.each([
    // A 404 elsewhere in the paste: the answer at /responses was the 401.
    [
      'GET http://localhost:8080/favicon.ico 404\nPOST https://api.deepseek.com/responses 401 (Unauthorized) {"error":{"message":"Authentication Fails, Your api key: ****abcd is invalid"}}',
      undefined,
    ],
    // The address in code, which has no status: the 401 beside it is the answer.
    [
      'Error code: 401',
      'URL = "https://api.deepseek.com/responses"  # was a 404 before\nrequests.post(URL, headers=h)',
    ],
  ])('reads /responses as the answer only where it answered 404: %s', (text, code) => {
    expect(read(text, code).notAuth).not.toBe('responses-api');
  });
});

describe('an image sent to DeepSeek', () => {
  it('is not the answer where DeepSeek refused a key it echoed', () => {
    const diagnosis = read(
      'Image description failed (DeepSeek does not support images?): Error code: 401 - {"error":{"message":"Authentication Fails, Your api key: ****abcd is invalid"}}',
    );
    expect(diagnosis.notAuth).toBeNull();
  });
});

describe('a local model was meant: a key error means the tool called a cloud API', () => {
  it.each([
    // langbot-app/LangBot#996
    "我使用本地 ollma，但是却提示 无效的 api-key\n模型请求失败: 无效的 api-key: Error code: 401 - {'error': {'message': 'Authentication Fails (no such user)', 'type': 'authentication_error'}}",
    // holasoymalva/deepseek-cli#25
    '❯ deepseek -m deepseek-coder:1.3b\nError: API key required. Set DEEPSEEK_API_KEY or use --api-key flag.',
    'running deepseek-r1:7b in LM Studio, the plugin says 401 Authentication Fails, Your api key: ****6f1c is invalid',
  ])('%s', (text) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('local-model');
    expect(diagnosis.likely).toBeNull();
    expect(diagnosis.top).toBeNull();
  });

  it('a local model named beside a success or another error is not read as meant', () => {
    expect(read('ollama pull deepseek-r1:7b\nError code: 402 - Insufficient Balance').notAuth).toBe(
      'insufficient-balance',
    );
    expect(
      read('Error code: 401 - {"error":{"message":"Authentication Fails (no such user)"}}').notAuth,
    ).toBeNull();
  });
});

describe('a base URL the tool’s servers cannot reach', () => {
  it.each([
    // cursor/cursor#2520; danilofalcao/cursor-deepseek#11, #16.
    'we encountered an issue when using your 192.168.xxx.xxx API key. Please check your API key settings and try again.',
    'We encountered an issue when using your localhost API key. Please check your API key settings and try again.',
    'We encountered an issue when using your x.x.x.x API key. Please check your API key settings and try again.\n\nthe API key verification test passes, but chat always fails',
  ])('%s', (text) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('private-base-url');
    expect(diagnosis.likely).toBeNull();
  });

  it('a public host in the same wording is a key problem, not this', () => {
    const text =
      'We encountered an issue when using your DeepSeek API key. Please check your API key settings and try again.';
    expect(read(text).notAuth).not.toBe('private-base-url');
  });
});

describe('a tool that sends a variable’s name when the variable is unset', () => {
  const codecompanion = [
    'require("codecompanion").setup({',
    '  adapters = {',
    '    deepseek = function()',
    '      return require("codecompanion.adapters").extend("deepseek", {',
    '        env = { api_key = "MY_DEEPSEEK_API_KEY" },',
    '      })',
    '    end,',
    '  },',
    '})',
  ].join('\n');
  const error =
    'Error: {"error":{"message":"Authentication Fails, Your api key: ****_KEY is invalid","type":"authentication_error"}}';

  it('reads the echoed name as the variable unset where the editor runs (notashelf/nvf#814)', () => {
    const diagnosis = read(error, codecompanion);
    expect(diagnosis.likely).toBe('not-set');
    expect(diagnosis.causes.find((c) => c.cause === 'not-set')?.reasons[0]?.vars?.name).toBe(
      'MY_DEEPSEEK_API_KEY',
    );
  });

  it('keeps reading the name in Python code as the name passed instead of the value', () => {
    const python =
      'from openai import OpenAI\nclient = OpenAI(api_key="DEEPSEEK_API_KEY", base_url="https://api.deepseek.com")';
    expect(read(error, python).likely).toBe('not-passed');
  });
});

describe('a 401 in words that are not DeepSeek’s', () => {
  it('says so, and where to look, without naming a host it cannot know (crofAI/crof-ai#4)', () => {
    const diagnosis = read(
      "Error code: 401 - {'detail': 'User is not authorized to access this resource'}",
    );
    expect(diagnosis.notes).toContainEqual({
      code: 'error-not-deepseek-wording',
      vars: { message: 'User is not authorized to access this resource' },
    });
    expect(diagnosis.likely).toBeNull();
  });

  it('names no other server for openai-node’s 401 with no body, which has no words at all', () => {
    const diagnosis = read('AuthenticationError: 401 status code (no body)');
    expect(diagnosis.otherHost).toBeNull();
    expect(diagnosis.notAuth).toBeNull();
  });

  it('stays silent on DeepSeek’s own wording, old and new', () => {
    for (const text of [
      '{"detail":"Authentication Fails"}\n(HTTP response code was 401)',
      '401，Your api key: ****3ffa is invalid',
      // An HTTP library's own status line says nothing of who answered.
      '[INFO] DeepSeek status code: 401\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.deepseek.com/v1/chat/completions',
    ]) {
      expect(read(text).notes.map((n) => n.code)).not.toContain('error-not-deepseek-wording');
    }
  });
});

describe('thin evidence: a cause to check first, none marked likely', () => {
  it('“no such user”: a key that was never DeepSeek’s first, or a closed account, or an incident', () => {
    const diagnosis = read(
      'Error code: 401 - {"error":{"message":"Authentication Fails (no such user)"}}',
    );
    expect(diagnosis.likely).toBeNull();
    expect(diagnosis.top).toBe('mistyped');
    expect(diagnosis.causes.find((c) => c.cause === 'revoked')?.standing).toBe('possible');
    expect(diagnosis.notes.map((n) => n.code)).toContain('error-no-such-user-status');
  });

  it('a tail no DeepSeek key ends with: another key pasted in, or sent by the tool', () => {
    const diagnosis = read('Authentication Fails, Your api key: ****HOIB is invalid');
    expect(diagnosis.likely).toBeNull();
    expect(diagnosis.top).toBe('mistyped');
    expect(diagnosis.causes.find((c) => c.cause === 'not-passed')?.standing).toBe('possible');
  });

  it('“governor” alone: no header arrived, “not passed” first, not marked likely (ADR 26)', () => {
    const diagnosis = read(
      'litellm.AuthenticationError: DeepseekException - Authentication Fails (governor)',
    );
    expect(diagnosis.likely).toBeNull();
    expect(diagnosis.top).toBe('not-passed');
  });

  it('a tool whose threads settle a trap leads with it', () => {
    const diagnosis = read(
      'Authentication failed (HTTP 401): your API key is missing, wrong, or expired. Check the key in .env or run `reasonix setup`. (DEEPSEEK_API_KEY)',
    );
    expect(diagnosis.likely).toBeNull();
    expect(diagnosis.top).toBe('not-passed');
  });

  it('a bare 401: the cause threads settle most to check first, none likely, and the check that separates them', () => {
    const diagnosis = read(
      '401 Client Error: Unauthorized for url: https://api.deepseek.com/v1/chat/completions',
    );
    expect(diagnosis.likely).toBeNull();
    expect(diagnosis.top).toBe('not-passed');
    expect(diagnosis.notes.map((n) => n.code)).toContain('error-print-body');
  });
});

describe('a language’s own exception with no failed request beside it', () => {
  it.each([
    // KomoriDev/nonebot-plugin-deepseek#34, xberg-io/liter-llm#139, browser-use/browser-use#4382:
    // each settled as the tool's bug.
    "AttributeError：'str' object has no attribute 'children'",
    "Traceback (most recent call last):\n  File \"bot.py\", line 12, in reply\n    text = node.children[0]\nAttributeError: 'str' object has no attribute 'children'",
    'Error: missing field `created`',
    "Traceback (most recent call last):\n  File \"agent/service.py\", line 88, in step\n    return data['items']\nKeyError: 'items'",
  ])('reads %s as seldom the key, with the key test as the next step', (text) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('words-only');
    expect(diagnosis.likely).toBeNull();
    expect(diagnosis.top).toBeNull();
    // In a sentence of its own: the words-only one says nothing names the failure.
    const t: Translate = (key, vars) => translate(en, key, vars);
    expect(notAuthText(t, diagnosis)).toMatch(/^The error is a program’s own exception/);
  });

  it.each([
    // A tool reading DeepSeek's error body as an answer: the body holds the failure.
    "Traceback (most recent call last):\n  File \"app.py\", line 30, in ask\n    return resp['choices'][0]['message']['content']\nKeyError: 'choices'",
    "TypeError: Cannot read properties of undefined (reading 'choices')",
    "TypeError: 'NoneType' object is not subscriptable",
    // An HTML page where JSON was expected: a failed request.
    `SyntaxError: Unexpected token '<', "<!DOCTYPE "... is not valid JSON`,
    // A tool's own class, and a language's own with a request or a key in its words.
    'AuthError: check your key',
    'RuntimeError: API request failed',
  ])('does not read %s so', (text) => {
    expect(read(text).notAuth).not.toBe('words-only');
  });
});

describe('a tool that does not know the provider', () => {
  it.each([
    '`goose run --provider deepseek ...` fails immediately: `Unknown provider: deepseek`.',
    'litellm.BadRequestError: LLM Provider NOT provided. Pass in the LLM provider you are trying to call. You passed model=deepseek-chat',
    // olimorris/codecompanion.nvim#733: its adapter not registered.
    'No adapter found for deepseek adapter',
    // PDFMathTranslate/PDFMathTranslate#474: a pdf2zh from before its DeepSeek service.
    '    raise ValueError("Unsupported translation service")\nValueError: Unsupported translation service',
    // Hmbown/Codewhale#1104: a command line's refused --provider value (Rust clap's words).
    "error: invalid value 'deepseek-cn' for '--provider <PROVIDER>'\n  [possible values: deepseek, nvidia-nim, openai, openrouter, novita, fireworks, sglang, vllm, ollama]\n\n  tip: a similar value exists: 'deepseek'",
  ])('%s: nothing was sent, not one of the four', (text) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('unknown-provider');
    expect(diagnosis.likely).toBeNull();
  });

  it('a key kept in the tool’s store weighs only where a key failed (Hmbown/Codewhale#1104)', () => {
    const words = read('error: something odd happened', 'hermes auth add deepseek');
    expect(words.likely).toBeNull();
    const noKey = read('No API key found for provider deepseek', 'hermes auth add deepseek');
    expect(
      noKey.causes.find((c) => c.cause === 'not-passed')?.reasons.map((r) => r.code),
    ).toContain('code-tool-key-stored');
  });
});

describe('a model list asked of the Anthropic-compatible endpoint', () => {
  it('says it has none, whatever the key (SaladDay/cc-switch-cli#166)', () => {
    const diagnosis = read(
      'No model available\n\n(curl test of the same settings) "Authentication Fails (governor)%"\n\nboth "https://api.deepseek.com/anthropic" and "https://api.deepseek.com/anthropic/model"',
    );
    expect(diagnosis.likely).toBeNull();
    expect(diagnosis.notAuth).toBe('anthropic-models');
    expect(diagnosis.notes.map((n) => n.code)).toContain('error-endpoint-anthropic-models');
    const t: Translate = (key, vars) => translate(en, key, vars);
    expect(notAuthText(t, diagnosis)).toMatch(/has no model list.*deepseek-flash/);
  });

  it('leaves a model list fetched in OpenAI format alone', () => {
    const diagnosis = read('No model available at https://api.deepseek.com');
    expect(diagnosis.notes.map((n) => n.code)).not.toContain('error-endpoint-anthropic-models');
  });
});

describe('words that DeepSeek is down, slow or answers nothing', () => {
  it.each([
    // deepseek-ai/DeepSeek-R1#87, the status page cited.
    'I found no official communication from DeepSeek about these recurrent issues since yesterday. I understand the outages because the whole world is testing DeepSeek.',
    // deepseek-ai/DeepSeek-R1#307, answered with the status page.
    '目前官方的服务总是无法访问，目前有什么计划措施吗？',
    // deepseek-ai/DeepSeek-V3#405.
    'one week ago, the latency of results returned is normal. And I find that after 1.27 the latency is too long to use.',
    // CherryHQ/cherry-studio#1025 and #1066, its maintainer: "deepseek 服务挂了".
    '使用deepseek官网的，扣了tokens，但是没有生成任何内容',
    '提出问题后，一直卡在生成回复处，没有响应，最后生成一个空白答案',
    // deepseek-ai/DeepSeek-V3#562, #583, deepseek-ai/DeepSeek-R1#429: answered with the status page.
    'The server is busy. Please try again later.',
    'The server intermittently shows "Server Busy" messages, causing disruptions in service.',
  ])('%s: DeepSeek’s side, not the key', (text) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('server');
    expect(diagnosis.likely).toBeNull();
  });

  it.each([
    // deepseek-ai/DeepSeek-V3#265 and #269: a DeepSeek staff reply, long contexts and queues.
    '经过排查，发现当大量输入token时，回复等待时间超过10分钟！',
    '在cline中，api调用的速度异常的缓慢，任务刚开始还好',
    // Ciciella/ai-code#14: "上下文太长 模型处理慢".
    '处理多次步骤的时候，等待时间很长，有的时候直接卡住转圈，DeepSeek api',
  ])('%s: slow, not refused', (text) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('timeout');
    expect(diagnosis.likely).toBeNull();
  });

  it('leaves a 401 beside such words a 401', () => {
    expect(
      read('outages all week, and now 401 Authentication Fails (no such user)').notAuth,
    ).toBeNull();
  });
});

describe('words that it fails only at times', () => {
  it.each([
    // cline/cline#1166: "a problem with the upstream LLM provider", its maintainer.
    'I tested a completion in my terminal its okay, but sometimes it just stops working completely, seems to be at night, its weird.',
    'deepseek 间歇性无法回复',
  ])('%s: DeepSeek’s side, not the key', (text) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('server');
    expect(diagnosis.notes.map((n) => n.code)).toContain('error-intermittent');
  });

  it('leaves a 401 that comes at times a 401', () => {
    const diagnosis = read(
      'Sometimes it fails: 401 Authentication Fails, Your api key: ****1a2b is invalid',
    );
    expect(diagnosis.notAuth).toBeNull();
  });
});

describe('code that stopped before any request', () => {
  it('is not Codex’s warning that “chat” is deprecated, after which it still sends the request', () => {
    expect(
      read('Support for the "chat" wire API is deprecated and will soon be removed.').notAuth,
    ).not.toBe('local-error');
  });

  it.each([
    [
      'Traceback (most recent call last):\n  File "app.py", line 1, in <module>\n    from openai import OpenAI\nModuleNotFoundError: No module named \'openai\'',
      'module-missing',
      'openai',
    ],
    [
      "node:internal/modules/esm/resolve:854\nError [ERR_MODULE_NOT_FOUND]: Cannot find package 'openai' imported from /app/index.mjs",
      'module-missing',
      'openai',
    ],
    [
      '  File "/usr/local/lib/python3.11/site-packages/openai/_base_client.py", line 723, in __init__\n    super().__init__(**kwargs)\nTypeError: Client.__init__() got an unexpected keyword argument \'proxies\'',
      'httpx-proxies',
      null,
    ],
    [
      'openai.lib._old_api.APIRemovedInV1: \n\nYou tried to access openai.ChatCompletion, but this is no longer supported in openai>=1.0.0 - see the README at https://github.com/openai/openai-python for the API.',
      'sdk-version',
      null,
    ],
    [
      "ImportError: cannot import name 'OpenAI' from 'openai' (/usr/lib/python3/openai/__init__.py)",
      'sdk-version',
      null,
    ],
    ["AttributeError: module 'deepseek' has no attribute 'Client'", 'code', null],
    // x-cmd/x-cmd#378: Codex refusing its config; DeepSeek serves the Responses API since July 2026.
    [
      'Error loading config.toml: `wire_api = "chat"` is no longer supported.\nHow to fix: set `wire_api = "responses"` in your provider config.\nin `model_providers.deepseek.wire_api`',
      'codex-wire-api',
      null,
    ],
    ["NameError: name 'client' is not defined", 'code', null],
    // ChatLunaLab/chatluna#366: ChatLuna's own code 301 (MODEL_NOT_FOUND), from _createModel.
    [
      'ChatLunaError: 使用 ChatLuna 时出现错误，错误码为 301。请联系开发者以解决此问题。\n    at OpenAIClient._createModel (node_modules/koishi-plugin-chatluna-openai-like-adapter/lib/index.cjs:466:13)',
      'chatluna-model',
      null,
    ],
    // ScrapeGraphAI/Scrapegraph-ai#623: the library passed the SDK an argument it does not take.
    [
      "    response = self.root_client.beta.chat.completions.parse(**payload)\nTypeError: Completions.parse() got an unexpected keyword argument 'model_provider'",
      'code',
      null,
    ],
  ])('%s: nothing was sent, and what to fix is named', (text, local, module) => {
    const parsed = parseErrorText(text);
    expect(parsed).toMatchObject({ kind: 'local-error', local, module });
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('local-error');
    expect(diagnosis.likely).toBeNull();
    expect(diagnosis.notes.map((n) => n.code)).toContain(`error-local-${local}`);
  });

  it.each([
    // Its ROOM_NOT_JOINED: no HTTP status.
    ['使用 ChatLuna 时出现错误，错误码为 401。请联系开发者以解决此问题。', 'unrecognised'],
    // Its NETWORK_ERROR and API_REQUEST_TIMEOUT (ChatLunaLab/chatluna#843).
    ['机器人报错：使用 ChatLuna 时出现错误，错误码为 1。请联系开发者以解决此问题', 'network'],
    ['使用 ChatLuna 时出现错误，错误码为 102。请联系开发者以解决此问题。', 'network'],
  ])('reads ChatLuna’s own code as its own, not as an HTTP status: %s', (text, kind) => {
    const parsed = parseErrorText(text);
    expect(parsed.kind).toBe(kind);
    expect(parsed.status).toBeNull();
  });

  it.each([
    // An answer that was not JSON, and a failure after an answer, are not the code's own.
    `SyntaxError: Unexpected token '<', "<!DOCTYPE "... is not valid JSON`,
    "AttributeError: 'NoneType' object has no attribute 'choices'",
    // A 401 beside it is DeepSeek's answer: the request went out.
    "ModuleNotFoundError: No module named 'dotenv'\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****1a2b is invalid'}}",
  ])('%s: not read as stopped before any request', (text) => {
    expect(parseErrorText(text).kind).not.toBe('local-error');
  });

  it('tells which module to install', () => {
    const t: Translate = (key, vars) => translate(en, key, vars);
    const diagnosis = read("ModuleNotFoundError: No module named 'langchain_deepseek'");
    const note = diagnosis.notes.find((n) => n.code === 'error-local-module-missing');
    expect(note && reasonText(t, note)).toContain('“langchain_deepseek” is not installed');
    // In the Answer's sentence itself, not only under "Why we think so".
    expect(notAuthText(t, diagnosis)).toMatch(
      /sent anything.*“langchain_deepseek” is not installed/,
    );
  });
});

describe('a chat request DeepSeek answered', () => {
  it('is not a key accepted by the terminal test, nor a reason to blame the code (YuanYeYouTao/Yuki-QQbot#31)', () => {
    const text =
      '本轮规划服务暂时不可用，未执行任何工具或持久化操作，请稍后重试。\n\nHTTP Request: POST https://api.deepseek.com/chat/completions "HTTP/1.1 200 OK"\nreason=structured task must return exactly one emit_result call';
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('answered');
    expect(diagnosis.likely).toBeNull();
    expect(diagnosis.keyWorks).toBe(true);
  });

  it('reads a tool that could not parse the model’s tool call as answered (cline/cline#10518)', () => {
    const diagnosis = read(
      'run_commands()\n   Error: {"error":"Tool call run_commands emitted invalid JSON arguments: Tool call arguments could not be parsed as JSON."}',
    );
    expect(diagnosis.notAuth).toBe('answered');
    expect(diagnosis.likely).toBeNull();
  });

  it('leaves a balance beside a tool’s unparsed tool call a balance', () => {
    expect(
      read('Tool call arguments could not be parsed as JSON.\nInsufficient Balance').notAuth,
    ).toBe('insufficient-balance');
  });

  it('still lets a 401 after it speak', () => {
    const text =
      'HTTP Request: POST https://api.deepseek.com/chat/completions "HTTP/1.1 200 OK"\nHTTP Request: POST https://api.deepseek.com/chat/completions "HTTP/1.1 401 Unauthorized"';
    expect(read(text).notAuth).toBeNull();
  });
});

describe('answers that come before the key', () => {
  it.each([
    ['json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)', 'server'],
    ['Unexpected end of JSON input', 'server'],
    // YILING0013/AI_NovelGenerator#12: after an app's own words.
    ['生成小说设定 & 目录时出错: Expecting value: line 1 column 1 (char 0)', 'server'],
    // niltor/DeepSeekSDK-NET#3: .NET's words for an empty answer.
    [
      'System.Text.Json.JsonException: The input does not contain any JSON tokens. Expected the input to start with a valid JSON token, when isFinalBlock is true.',
      'server',
    ],
    ['Network request failed', 'network'],
    // anomalyco/opencode#26317, during an outage
    ['Okay, getting "Server too busy" errors now.', 'server'],
    // The R1 launch weeks: chatboxai/chatbox#1796, BerriAI/litellm#8048, DeepSeek-V3#586.
    ["deepseek-reasoner doesn't answer.", 'server'],
    ['The request just hangs and a response is never received.', 'server'],
    ['api响应时间过长，并且大概率返回空字符串', 'server'],
    // zed-industries/zed#23754, cline/cline#1467: January 2025's incident.
    ['Any prompt results in an infinite load', 'server'],
    // deepseek-ai/DeepSeek-V3#1608; VicBilibily/GCMP#260
    ['The SSE stream silently stalls mid-generation and stays open indefinitely.', 'server'],
    ['在使用 DeepSeek 时经常会出现一大段的空白回复', 'server'],
    // AstrBotDevs/AstrBot#7775
    ['Windows + Python 3.11 下 SSL 证书验证失败导致 DeepSeek API 无法连接', 'network'],
    ['3. submit a prompt request\n4. RUns indefinitely........', 'server'],
    // A 401 still wins over words for no answer.
    [
      "It doesn't answer: Error code: 401 - {'error': {'message': 'Authentication Fails (no such user)'}}",
      null,
    ],
    [
      '"you\'ve reached your hourly usage limit, please wait or upgrade to continue"',
      'rate-limited',
    ],
    // continuedev/continue#11158 (Ollama Cloud, deepseek-v3.1:671b-cloud)
    [
      '"you (igofape) have reached your session usage limit, please wait or upgrade to continue"',
      'rate-limited',
    ],
    // openclaw/openclaw#79396, hyphenated.
    [
      '⚠️ All models are temporarily rate-limited. Please try again in a few minutes.',
      'rate-limited',
    ],
  ])('%s → %s', (text, kind) => {
    expect(read(text).notAuth).toBe(kind);
  });
});

describe('a key the reporter says is another provider’s', () => {
  it.each([
    // esengine/DeepSeek-Reasonix#1168: the tool then reached DashScope.
    ['暂时无法验证 API key（DeepSeek 404）。使用阿里通义千问的 apikey，无法验证', 'dashscope'],
    ['Request failed with status 404. I put my Moonshot (Kimi) key in the settings', 'moonshot'],
  ])(
    'is that provider’s setting, not one of the four, where no 401 says a key was refused: %s',
    (text, host) => {
      const diagnosis = read(text);
      expect(diagnosis.notAuth).toBe('other-host');
      expect(diagnosis.otherHost).toBe(host);
      expect(diagnosis.otherHostKey).toBe(true);
    },
  );

  it.each([
    "用的是硅基流动的API key，报错 Error code: 401 - {'error': {'message': 'Authentication Fails (no such user)'}}",
    'I’m using my Kimi key and get 401 Unauthorized',
  ])('is a key DeepSeek never issued where a 401 refused it: %s', (text) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBeNull();
    expect(diagnosis.likely).toBe('mistyped');
    expect(diagnosis.causes[0]!.reasons.map((r) => r.code)).toContain('words-other-key');
  });

  it.each([
    // A provider named beside DeepSeek, not the key used (esengine/DeepSeek-Reasonix#5015).
    '无论 DeepSeek 还是 Gemini key，配置后第一次能用，重启后立即 401',
    '输入deepseek或kimi API key，提示认证异常',
  ])('is not read into a provider merely named: %s', (text) => {
    const diagnosis = read(text);
    expect(diagnosis.otherHostKey).toBe(false);
    expect(diagnosis.causes.flatMap((c) => c.reasons.map((r) => r.code))).not.toContain(
      'words-other-key',
    );
  });
});

describe('DeepSeek refused the request, not the key', () => {
  it.each([
    // openakita/openakita#441: the app's default max_tokens above the model's.
    '错误：推理失败: All endpoints failed: deepseek-deepseek-chat: API error (400): {"error":{"message":"Invalid max_tokens value, the valid range of max_tokens is [1, 8192]","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}',
    // claw-in-chrome#11: the message alone, quoted in a sentence.
    '使用时会报错 `Invalid max_tokens value, the valid range of max_tokens is [1, 8192]` ，上下文窗口是足够的',
    // AstrBotDevs/AstrBot#211: a log line cut short inside DeepSeek's URL.
    "[13:03:42| WARNING] [text_chat|openai_official.py:361]: OpenAI 请求异常：Error code: 400 - {'error': {'message': '8K max_tokens is only available when using beta api (set base_url=\"https://api.deepse",
  ])('a parameter out of range (400): %s', (text) => {
    const parsed = parseErrorText(text);
    expect(parsed.kind).toBe('bad-request');
    expect(parsed.message).toMatch(
      /^(?:Invalid max_tokens value, the valid range of max_tokens is \[1, 8192\]|8K max_tokens is only available when using beta api)$/,
    );
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('bad-request');
    expect(diagnosis.otherHost).toBeNull();
    expect(diagnosis.keyWorks).toBe(true);
    // DeepSeek's words name the setting: the sentence quotes them.
    const t: Translate = (key, vars) => translate(en, key, vars);
    expect(notAuthText(t, diagnosis)).toContain(`“${parsed.message}”`);
  });

  it.each([
    // can1357/oh-my-pi#7317: relayed by OpenCode Zen, with the status.
    '400 Error from provider (DeepSeek): Thinking mode does not support this tool_choice',
    // JetBrains/koog#2179: the message alone.
    'Thinking mode does not support this tool_choice',
  ])('a forced tool_choice in thinking mode: %s', (text) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('bad-request');
    expect(diagnosis.notes.map((n) => n.code)).toContain('error-thinking-tool-choice');
    expect(diagnosis.notes.map((n) => n.code)).not.toContain('error-thinking-mode');
  });

  it('an empty turn sent back in the Anthropic format (anomalyco/opencode#38778)', () => {
    const diagnosis = read(
      'invalid_request_error: messages.1335: all messages must have non-empty content',
    );
    expect(diagnosis.notAuth).toBe('bad-request');
  });

  it('another host’s model id sent to DeepSeek is DeepSeek’s “Model Not Exist”, not that host’s answer', () => {
    // Mai-with-u/MaiBot#109: SiliconFlow's Pro/deepseek-ai/… names in the config, the request to
    // api.deepseek.com.
    const text =
      "在使用配置文件提供的模型名称[\"Pro/deepseek-ai/DeepSeek-R1\",\"Pro/deepseek-ai/DeepSeek-V3\"]时会报错\nError code: 400 - {'error': {'message': 'Model Not Exist', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}\nhttpx.HTTPStatusError: Client error '400 Bad Request' for url 'https://api.deepseek.com/chat/completions'";
    const diagnosis = read(text);
    expect(diagnosis.otherHost).toBeNull();
    expect(diagnosis.notAuth).toBe('model');
  });

  it('a gateway’s “Model not found: `…`” is a model id it does not serve (HeyPuter/puter#3107)', () => {
    const parsed = parseErrorText('Model not found: `deepseek/deepseek-v4-flash`');
    expect(parsed.kind === 'model' && parsed.model).toBe('deepseek/deepseek-v4-flash');
    expect(read('Model not found: `deepseek/deepseek-v4-flash`').notAuth).toBe('model');
  });

  it.each([
    // alexazhou/gt_ai_gateway#17
    '{"error":{"type":"invalid_request_error","message":"Error from provider (Console Go): Upstream request failed: [invalid_request_error] The `reasoning_content` in the thinking mode must be passed back to the API."}}',
    // aaif-goose/goose#9041: OpenCode Go naming its upstream.
    'Request failed: Bad request (400): Error from provider (DeepSeek): The reasoning_content in the thinking mode must be passed back to the API.',
    // Alishahryar1/free-claude-code#1336: OpenCode Zen, its words broken over lines.
    'API Error: 400 Upstream provider OPENCODE returned HTTP 400.\nCategory: invalid_request_error\n\nUpstream error:\n{"param":null,"type":"invalid_request_error","code":"invalid_request_error","message":"Error from provider\n(Console): Upstream request failed: [invalid_request_error] The reasoning_content in the thinking mode must\nbe passed back to the API."}',
  ])('DeepSeek’s refusal relayed by OpenCode: DeepSeek’s words, OpenCode named: %s', (text) => {
    const diagnosis = read(text);
    expect(diagnosis.otherHost).toBe('opencode-go');
    expect(diagnosis.notAuth).toBe('bad-request');
    expect(diagnosis.notes.map((n) => n.code)).toContain('error-thinking-mode');
    const t: Translate = (key, vars) => translate(en, key, vars);
    expect(notAuthText(t, diagnosis)).toMatch(
      /^Not an authentication problem: OpenCode’s relay .* answered, passing on a refusal in DeepSeek’s words .*reasoning_content/,
    );
  });

  it('Spring AI’s embeddings call, 404: DeepSeek has no embeddings', () => {
    const text =
      'Caused by: org.springframework.ai.retry.NonTransientAiException: HTTP 404 - {"error_msg":"Not Found. Please check the configuration."}\n\tat org.springframework.ai.openai.api.OpenAiApi.embeddings(OpenAiApi.java:302)\n\tat org.springframework.ai.openai.OpenAiEmbeddingModel.lambda$call$1(OpenAiEmbeddingModel.java:161)';
    expect(read(text).notAuth).toBe('embeddings');
  });
});

describe('CrewAI’s memory, which embeds with OpenAI (crewAIInc/crewAI#2875)', () => {
  it('is an embeddings call DeepSeek cannot serve', () => {
    const text =
      "if I set 'memory=True', it will return an error asking me to add the OpenAI API. However, I have already set other large LLM models.";
    expect(read(text).notAuth).toBe('embeddings');
  });
});

describe('the reporter says another provider serves the model', () => {
  it.each([
    // CherryHQ/cherry-studio#934
    ['使用硅基流动的V3和R1时，V3总是出现错误，100%复现', 'hosted-model'],
    // songquanpeng/one-api#2093
    ['配置部署在Azure上的DeepSeek-R1，无法使用DeepSeek-R1', 'azure'],
    ['DeepSeek-R1 via OpenRouter fails every time', 'openrouter'],
    // earendil-works/pi#3984 (its title).
    ['Deepseek 4pro on fireworks provider is broken', 'hosted-model'],
    ['deepseek-v3 through DeepInfra fails every time', 'hosted-model'],
    // songquanpeng/one-api#2269
    ['Azure Open AI部署DeepSeek模型之后，DeepSeek-V3测试连通的时候报错404', 'azure'],
    // TwooSix/Openlist-Ani#59: SiliconFlow's own wording.
    [
      "Error code: 400 - {'code': 20012, 'message': 'Model does not exist. Please check it carefully.', 'data': None}",
      'hosted-model',
    ],
    // esengine/DeepSeek-Reasonix#1299: Azure OpenAI's 400 for a parameter it does not know.
    ['Bad request (DeepSeek 400): Unrecognized request argument supplied: extra_body', 'azure'],
    // hibobmaster/matrix_chatgpt_bot#59
    [
      'RetryError[<Future state=finished raised KeyError>]\n使用第三方api。https://link-ai.tech/',
      'named-endpoint',
    ],
  ])('%s → %s, not one of the four', (text, host) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).toBe('other-host');
    expect(diagnosis.otherHost).toBe(host);
  });

  it.each([
    'I switched from Azure AI Foundry to the official DeepSeek API and now it fails',
    '使用硅基流动的V3时报错 401 Authentication Fails, Your api key: ****1a2b is invalid',
  ])('names no host where it is only where one came from, or DeepSeek answered: %s', (text) => {
    expect(read(text).otherHost).toBeNull();
  });
});

describe('an HTTP error that refuses no key', () => {
  it('marks no cause likely for a key the reporter blotted out, and names the host a file of no known app gives (Tabing010102/DeepSeekTranslate#3)', async () => {
    const pasted = await analysePaste(
      'System.Net.WebException: The remote server returned an error: (400) Bad Request.',
      '[DeepSeek]\nEndpoint=https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions\nApiKey=sk-xxxxxxxxxxxxxxxxxx\nModel=qwen-turbo-latest\n',
    );
    const diagnosis = diagnose({ parsedError: pasted.parsedError, code: pasted.code });
    expect(diagnosis.likely).toBeNull();
    expect(diagnosis.notAuth).toBe('other-host');
  });
});

describe('a key that reads as blotted out, where no error shows a key failing', () => {
  it.each([
    // deepseek-ai/DeepSeek-V3#599: DeepSeek's own sample, a JSONDecodeError.
    [
      'json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
      'from openai import OpenAI\nclient = OpenAI(api_key="<DeepSeek API Key>", base_url="https://api.deepseek.com")\n',
    ],
    // MigoXLab/dingo#179: a connection error (SSL), the key written as sk-****.
    [
      "name_ratio={'QUALITY_BAD-APIConnectionError': 1.0}",
      'client = OpenAI(api_key="sk-****", base_url="https://api.deepseek.com")\n',
    ],
    // continuedev/continue#3452: no error at all.
    [
      'no completion',
      '"tabAutocompleteModel": {\n  "provider": "deepseek",\n  "model": "deepseek-chat",\n  "apiKey": "xxxxxxxxxxxxxxxxxxxxxxxxxx"\n}',
    ],
    // langchain-ai/langgraph#6521: a base URL blotted out too, beside a gateway's 400.
    [
      "error=Error code: 400 - {'message': 'unknown error in the model inference server trace_id: 86c6abebf34bcbaae44608dac30d9121', 'type': 'api_error'}",
      'def make_llm():\n    api_key = "xxx"\n    api_base = "xxx"\n    model = "deepseek/deepseek-v3.2"\n    return ChatOpenAI(base_url=api_base, api_key=api_key, model=model)\n',
    ],
  ])('marks no cause likely: %s', async (error, code) => {
    const pasted = await analysePaste(error, code);
    expect(diagnose({ parsedError: pasted.parsedError, code: pasted.code }).likely).toBeNull();
  });

  it('still marks it likely beside DeepSeek’s 401, which echoes the same empty key', async () => {
    const pasted = await analysePaste(
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key:  is invalid'}}",
      'from openai import OpenAI\nclient = OpenAI(api_key="", base_url="https://api.deepseek.com")\n',
    );
    expect(diagnose({ parsedError: pasted.parsedError, code: pasted.code }).likely).toBe(
      'not-passed',
    );
  });

  it('reads an empty key in Python beside a connection error as the key not set (2noise/ChatTTS#70)', async () => {
    const pasted = await analysePaste(
      '运行demo时，出现APIConnectionError: Connection error.',
      'API_KEY = \'\'\nclient = llm_api(api_key=API_KEY, base_url="https://api.deepseek.com", model="deepseek-chat")\n',
    );
    expect(diagnose({ parsedError: pasted.parsedError, code: pasted.code }).likely).toBe('not-set');
  });
});

describe('an answer outside the four beside code', () => {
  it('marks no cause likely beside an empty body, whatever the file shows (YILING0013/AI_NovelGenerator#62)', async () => {
    const pasted = await analysePaste(
      'json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)',
      'baseurl   =https://api.deepseek.com/v1\nmodelname   =  deepseek-chat\n',
    );
    const diagnosis = diagnose({ parsedError: pasted.parsedError, code: pasted.code });
    expect(diagnosis.notAuth).toBe('server');
    expect(diagnosis.likely).toBeNull();
  });

  it('lets code that names the failure win over words that only say it fails', async () => {
    const pasted = await analysePaste(
      'Deepseek API调用失败',
      'from openai import OpenAI\nclient = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.openai.com/v1")\nclient.chat.completions.create(model="deepseek-chat", messages=[])\n',
    );
    const diagnosis = diagnose({ parsedError: pasted.parsedError, code: pasted.code });
    expect(diagnosis.likely).toBe('not-passed');
    expect(diagnosis.notAuth).toBeNull();
  });
});

describe('an answer outside the four, in words with nothing left blank', () => {
  const t: Translate = (key, vars) => translate(en, key, vars);
  it.each([
    // No status in the text: no "()" where one would go.
    'Model Not Exist',
    // Claude Code's words for a model id the server lacks (NIyueeE/ds-free-api#99).
    "There's an issue with the selected model (default). It may not exist or you may not have access to it. Run /model to pick a different model.",
    // A gateway's own words (fruitbars/simple-one-api#9).
    'openai_handler.go:85: model deepseek-chat not found in the configuration',
    // A 422 is not called a 400 (cline/cline#230).
    '422 Failed to deserialize the JSON body into the target type: messages[1]: invalid type: sequence, expected a string at line 1 column 1036',
  ])('%s', (text) => {
    const diagnosis = read(text);
    expect(diagnosis.notAuth).not.toBeNull();
    const said = [
      notAuthText(t, diagnosis),
      ...diagnosis.causes.flatMap((view) => view.reasons.map((r) => reasonText(t, r))),
      ...diagnosis.notes.map((r) => reasonText(t, r)),
    ];
    for (const sentence of said) expect(sentence).not.toMatch(/\(\)|\{\w+\}|\(400\)/);
  });
});

describe('a link to DeepSeek’s repositories names no host', () => {
  it('reads github.com/deepseek-ai/DeepSeek-V3 as a link, not a hosted model id (deepseek-ai/DeepSeek-R1#136)', () => {
    const text =
      'looks like https://github.com/deepseek-ai/DeepSeek-V3/issues/407\nFetchError: invalid json response body at https://api.deepseek.com/v1/chat/completions reason: Unexpected end of JSON input';
    expect(parseErrorText(text).otherHost).toBeNull();
    expect(parseErrorText('model Pro/deepseek-ai/DeepSeek-V3 401').otherHost).toBe('hosted-model');
  });
});

describe('a file not found is no network failure', () => {
  it('does not read "FileNotFoundError" as DNS (ENOTFOUND) (zideajang/aZent#1)', () => {
    const parsed = parseErrorText(
      "FileNotFoundError: [Errno 2] No such file or directory: 'D:/config.yaml'",
    );
    expect(parsed.kind).not.toBe('network');
    expect(
      read("FileNotFoundError: [Errno 2] No such file or directory: 'D:/config.yaml'").notAuth,
    ).toBeNull();
    // Node's own code still is one.
    expect(parseErrorText('Error: getaddrinfo ENOTFOUND api.deepseek.com').kind).toBe('network');
  });
});

describe('a host known from the pasted file, not from the error’s words', () => {
  it('names the line that sends the request there, not "the wording" (ZhuLinsen/daily_stock_analysis#512)', async () => {
    const pasted = await analysePaste(
      'Error code: 401',
      'OPENAI_API_KEY=sk-0123456789abcdef0123456789abcdef\nOPENAI_BASE_URL=https://api.siliconflow.cn/v1\n',
    );
    const diagnosis = diagnose({ parsedError: pasted.parsedError, code: pasted.code });
    expect(diagnosis.notAuth).toBe('other-host');
    const codes = diagnosis.notes.map((n) => n.code);
    expect(codes).toContain('code-other-host-chosen');
    expect(codes).not.toContain('error-other-host');
  });
});
