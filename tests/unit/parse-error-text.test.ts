import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/domain/diagnosis/diagnose.ts';
import {
  MAX_ERROR_TEXT,
  openAiLookedUp,
  parseErrorText,
} from '../../src/domain/error/parse-error-text.ts';
import { ERROR_CORPUS } from './error-corpus.ts';

describe('parseErrorText: the corpus', () => {
  it('has at least 45 texts, each with a unique name', () => {
    expect(ERROR_CORPUS.length).toBeGreaterThanOrEqual(45);
    expect(new Set(ERROR_CORPUS.map((e) => e.name)).size).toBe(ERROR_CORPUS.length);
  });

  it.each(ERROR_CORPUS.map((entry) => [entry.name, entry] as const))('%s', (_, entry) => {
    const parsed = parseErrorText(entry.text);
    expect(parsed.kind).toBe(entry.kind);
    expect(parsed.recognised).toBe(entry.kind !== 'unrecognised');
    expect(parsed.status).toBe(entry.status);
    expect(parsed.sdk).toBe(entry.sdk);
    expect(parsed.echoedTail).toBe(entry.tail);
    if (entry.variant) {
      expect(parsed.kind === 'unauthorized' && parsed.variant).toBe(entry.variant);
    }
    for (const sign of entry.signs ?? []) expect(parsed.signs).toContain(sign);
    if (entry.network) expect(parsed.kind === 'network' && parsed.network).toBe(entry.network);
    if (entry.model !== undefined)
      expect(parsed.kind === 'model' && parsed.model).toBe(entry.model);
    if (entry.missingVariable !== undefined) {
      expect(parsed.kind === 'no-key' && parsed.missingVariable).toBe(entry.missingVariable);
    }
    if (entry.requestId !== undefined) expect(parsed.requestId).toBe(entry.requestId);
    if (entry.message) expect(parsed.message).toContain(entry.message);
    if (entry.models) expect(parsed.kind === 'key-accepted' && parsed.models).toEqual(entry.models);
    expect(parsed.checks).toEqual(entry.checks ?? []);

    const diagnosis = diagnose({ parsedError: parsed });
    expect(diagnosis.likely).toBe(entry.likely);
    expect(diagnosis.top).toBe(entry.top === undefined ? entry.likely : entry.top);
    if (entry.notAuth !== undefined) expect(diagnosis.notAuth).toBe(entry.notAuth);
  });

  it('covers every kind, every SDK and every cause', () => {
    const parsed = ERROR_CORPUS.map((entry) => parseErrorText(entry.text));
    expect(new Set(parsed.map((p) => p.kind))).toEqual(
      new Set([
        'unauthorized',
        'openai-key-rejected',
        'no-key',
        'invalid-header',
        'unknown-provider',
        'insufficient-balance',
        'rate-limited',
        'server-error',
        'model',
        'http-error',
        'network',
        'key-accepted',
        'key-check',
        'unrecognised',
      ]),
    );
    expect(new Set(parsed.map((p) => p.sdk)).size).toBe(8);
    // From an error alone a revoked key cannot be told from a wrong one: that takes the key.
    expect(new Set(ERROR_CORPUS.map((e) => (e.top === undefined ? e.likely : e.top)))).toEqual(
      new Set([null, 'not-set', 'mistyped', 'not-passed']),
    );
  });
});

describe('parseErrorText: details', () => {
  it('reads the AI SDK’s LoadAPIKeyError as its message, not as a Python KeyError', () => {
    const parsed = parseErrorText(
      "AI_LoadAPIKeyError: DeepSeek API key is missing. Pass it using the 'apiKey' parameter or the DEEPSEEK_API_KEY environment variable.",
    );
    expect(parsed.message).toMatch(/^(?:AI_LoadAPIKeyError: )?DeepSeek API key is missing\./);
    expect(parsed.signs).not.toContain('env-keyerror');
  });

  it('tells openai-python’s “Missing credentials” (api_key) from openai-node’s (`apiKey`)', () => {
    const python = parseErrorText(
      'openai.OpenAIError: Missing credentials. Please pass an api_key, workload_identity, admin_api_key, or set the OPENAI_API_KEY or OPENAI_ADMIN_KEY environment variable.',
    );
    expect(python.sdk).toBe('python-openai');
    expect(python.signs).toContain('no-key-python');
    expect(python.signs).not.toContain('missing-credentials');
    const node = parseErrorText(
      'Error: Missing credentials. Please pass an `apiKey`, or set the `OPENAI_API_KEY` environment variable.',
    );
    expect(node.sdk).toBe('node-openai');
    expect(node.signs).toContain('missing-credentials');
    expect(node.signs).not.toContain('no-key-python');
  });

  it('hears the key said to be in a .env, and DeepSeek’s model list beside a failure', () => {
    const no = (words: string) => parseErrorText(`OPENAI_API_KEY is not set. ${words}`).signs;
    expect(no('env file already create, how to do next')).toContain('key-in-dotenv');
    expect(no('.env里已配置deepseek api key')).toContain('key-in-dotenv');
    expect(no('I put the key in my .env file')).toContain('key-in-dotenv');
    expect(no('How do I use a .env file?')).not.toContain('key-in-dotenv');
    const listed = parseErrorText(
      'Your api key: ****ired is invalid\n$ curl https://api.deepseek.com/v1/models -H "Authorization: Bearer sk-"\n{"object":"list","data":[{"id":"deepseek-v4-flash","object":"model","owned_by":"deepseek"}]}',
    );
    expect(listed.kind).toBe('unauthorized');
    expect(listed.signs).toContain('models-listed');
  });

  it('reads a DeepSeek provider’s “no key” that names OPENAI_API_KEY as DeepSeek’s (aisuite#390)', () => {
    const parsed = parseErrorText(
      'DeepSeek API key is missing. Please provide it in the config or set the OPENAI_API_KEY environment variable.',
    );
    expect(parsed.kind).toBe('no-key');
    expect(parsed.signs).not.toContain('openai-env-fallback');
    expect(parsed.kind === 'no-key' && parsed.missingVariable).toBeNull();
  });

  it('reads an empty body logged beside its “200 OK” as a failure on the server’s side (aider#3034)', () => {
    const parsed = parseErrorText(
      '2025-01-27 13:44:23,607 - httpx - INFO - HTTP Request: POST https://api.deepseek.com/beta/chat/completions "HTTP/1.1 200 OK"\nlitellm.APIError: APIError: DeepseekException - error - Expecting value: line 5 column 1 (char 4), Received response - <APIResponse [200 OK] type=<class \'openai.types.chat.chat_completion.ChatCompletion\'>>',
    );
    expect(parsed.kind).toBe('server-error');
    expect(parsed.signs).toContain('empty-body');
  });

  it.each([
    ['$ echo $DEEPSEEK_API_KEY\n\n$ python app.py'],
    ['$ echo "[$DEEPSEEK_API_KEY]"\n[]'],
    ['PS C:\\app> echo $env:DEEPSEEK_API_KEY\nPS C:\\app>'],
    ['C:\\app>echo %DEEPSEEK_API_KEY%\n%DEEPSEEK_API_KEY%'],
  ])('reads the reporter’s own echo of the variable, printing nothing, as not set: %j', (text) => {
    expect(parseErrorText(text).checks).toContainEqual({ kind: 'not-set' });
  });

  it('reads an echo that printed a value as no check', () => {
    const text = '$ echo $DEEPSEEK_API_KEY\nsk-0123456789abcdef0123456789ab1a2b';
    expect(parseErrorText(text).checks).toEqual([]);
  });

  it.each([
    ['/builds/app.sh: line 3: DEEPSEEK_API_KEY: parameter null or not set'],
    ['./run.sh: line 5: DEEPSEEK_API_KEY: unbound variable'],
  ])('reads bash naming the variable it found unset as no key: %s', (text) => {
    const parsed = parseErrorText(text);
    expect(parsed.kind).toBe('no-key');
    expect(parsed.signs).toContain('env-named-unset');
    expect(parsed.kind === 'no-key' && parsed.missingVariable).toBe('DEEPSEEK_API_KEY');
  });

  it('reads gptel’s failed auth-source lookup as no key (gptel.el)', () => {
    expect(parseErrorText('No ‘gptel-api-key’ found in the auth source').kind).toBe('no-key');
  });

  it('reads “缺少 API Key” as no key (whiteguo233/OpenBiliClaw#176)', () => {
    expect(
      parseErrorText(
        '配置错误\n  llm.instances.deepseek.api_key: 启用的 `deepseek` 实例缺少 API Key。',
      ).kind,
    ).toBe('no-key');
  });

  it('reads Mindcraft’s “API key "NAME" not found” as no key (mindcraft-bots/mindcraft#423)', () => {
    const parsed = parseErrorText(
      'Error: API key "DEEPSEEK_API_KEY" not found in keys.json or environment variables!',
    );
    expect(parsed.kind).toBe('no-key');
  });

  it.each([
    // yuh-G/rikkahub-desktop#35; oven-sh/bun#34397
    'Error: Unable to connect. Is the computer able to access the url?',
    'error: Was there a typo in the url or port?\n  path: "https://api.deepseek.com/chat/completions"',
  ])('reads Bun’s fetch error %j as a connection that failed', (text) => {
    const parsed = parseErrorText(text);
    expect(parsed.kind === 'network' && parsed.network).toBe('refused');
  });

  it('reads a proxy’s 407 as a request that never reached DeepSeek', () => {
    const parsed = parseErrorText(
      'httpcore.ProxyError: 407 Proxy Authentication Required\nopenai.APIConnectionError: Connection error.',
    );
    expect(parsed.kind === 'network' && parsed.network).toBe('proxy');
  });

  it('reads gpt_academic’s “APIKEY为空” as no key (request_llms/oai_std_model_template.py)', () => {
    const parsed = parseErrorText('RuntimeError: APIKEY为空,请检查配置文件的');
    expect(parsed.kind).toBe('no-key');
  });

  it('starts a message at a word, not 40 characters back into one (dzhng/deep-research#98)', () => {
    const parsed = parseErrorText(
      "LoadAPIKeyError [AI_LoadAPIKeyError]: OpenAI API key is missing. Pass it using the 'apiKey' parameter or the OPENAI_API_KEY environment variable.",
    );
    expect(parsed.message).toMatch(/^(?:LoadAPIKeyError |\[AI_LoadAPIKeyError\]: )/);
  });

  it('reads a variable the program names itself as no SDK’s fallback (Streamlit’s st.secrets)', () => {
    const parsed = parseErrorText(
      'KeyError: \'st.secrets has no key "OPENAI_API_KEY". Did you forget to add it to secrets.toml or the app settings on Streamlit Cloud?\'',
    );
    expect(parsed.kind).toBe('no-key');
    expect(parsed.signs).not.toContain('openai-env-fallback');
    expect(openAiLookedUp(parsed)).toBe(false);
  });

  it('reads a tool’s own “no key” words: MISSING_CREDENTIAL, “API Key 不存在” (dsh-TUI#578)', () => {
    expect(parseErrorText('turn error · API Key 不存在\n  code: MISSING_CREDENTIAL').kind).toBe(
      'no-key',
    );
  });

  it('reads the message of a body quoted as a JSON string inside a log line (decolua/9router#1762)', () => {
    const text =
      'TOKEN_REFRESH Failed to refresh Kiro social token {"status":401,"error":"{\\"message\\":\\"Bad credentials\\"}"}';
    expect(parseErrorText(text).message).toBe('Bad credentials');
    expect(parseErrorText(JSON.stringify({ detail: `testing\n${text}` })).message).toBe(
      'Bad credentials',
    );
  });

  it.each([
    // semantica-agi/semantica#482: the PyPI package named deepseek has no Client.
    "Their's no 'deepseek.Client' which lead to failure in deepseek API.",
    "AttributeError: module 'deepseek' has no attribute 'Client'",
  ])('names a package called deepseek, which is not DeepSeek’s, in %j', (text) => {
    expect(parseErrorText(text).signs).toContain('unofficial-deepseek-package');
  });

  it('does not take an app’s “测试连接失败” for a network failure (dargonlee/DeepSeek#1)', () => {
    expect(parseErrorText('填入了自己的key，测试连接失败').kind).not.toBe('network');
    expect(parseErrorText('连接失败: Connection error.').kind).toBe('network');
  });

  it('hears words that only say it fails, not another error that does', () => {
    const fails = (text: string) => {
      const parsed = parseErrorText(text);
      return parsed.kind === 'unrecognised' && parsed.saysItFails;
    };
    expect(fails('一键部署到 vercel 平台 deepseek API无法使用')).toBe(true);
    expect(fails('Got 4.4 error when trying to add deepseek')).toBe(true);
    // tisfeng/Easydict#818: "doesn't work" in Chinese.
    expect(fails('在自定义api中，使用deepseek不行。')).toBe(true);
    expect(fails("The DeepSeek provider doesn't seem to work")).toBe(true);
    expect(fails('which lead to failure in deepseek API')).toBe(true);
    expect(fails("TypeError: Cannot read properties of undefined (reading 'choices')")).toBe(false);
    expect(fails('deepseek-flash, temperature 0.7')).toBe(false);
  });

  it('hears “it worked before”, not a key that works elsewhere', () => {
    const said = (words: string) => parseErrorText(`OPENAI_API_KEY is not set. ${words}`).signs;
    expect(said('It worked fine yesterday.')).toContain('worked-before');
    expect(said('It worked for weeks and I changed nothing.')).toContain('worked-before');
    expect(said('Was chatting fine last night.')).toContain('worked-before');
    expect(said("cron job that's been running 3 weeks started failing")).toContain('worked-before');
    expect(said('这个工作流跑了两个多月都没问题')).toContain('worked-before');
    expect(said('前两天还好好的，今天翻译失败')).toContain('worked-before');
    expect(said('划词翻译的 DeepSeek 用了好几个月了')).toContain('worked-before');
    expect(said('This used to work.')).toContain('worked-before');
    expect(said('之前一直可以')).toContain('worked-before');
    expect(said('This workflow ran every morning for about three weeks.')).toContain(
      'worked-before',
    );
    expect(said('The key works in curl.')).not.toContain('worked-before');
    expect(said('It has never worked.')).not.toContain('worked-before');
  });

  it('reads the message of a Python dict repr that holds a quote', () => {
    const parsed = parseErrorText(
      `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****it\\'s is invalid', 'type': 'authentication_error'}}`,
    );
    expect(parsed.message).toBe("Authentication Fails, Your api key: ****it's is invalid");
    expect(parsed.errorType).toBe('authentication_error');
    expect(parsed.errorName).toBe('openai.AuthenticationError');
  });

  it('unescapes JSON strings', () => {
    const parsed = parseErrorText(
      '{"error":{"message":"Authentication Fails, Your api key: ****ey\\" is invalid","type":"authentication_error"}}',
    );
    expect(parsed.echoedTail).toBe('ey"');
  });

  it('says what it found in text it does not recognise', () => {
    const parsed = parseErrorText('SomethingError: 418 I am a teapot');
    expect(parsed.kind).toBe('http-error');
    expect(parsed.status).toBe(418);
    const unknown = parseErrorText('ValueError: bad thing\n  File "x.py", line 3');
    expect(unknown).toMatchObject({
      kind: 'unrecognised',
      recognised: false,
      errorName: 'ValueError',
    });
  });

  it('marks a text cut at MAX_ERROR_TEXT, and still reads what comes first', () => {
    const text = `AuthenticationError: 401 Authentication Fails, Your api key: ****abcd is invalid\n${'x'.repeat(MAX_ERROR_TEXT)}`;
    const parsed = parseErrorText(text);
    expect(parsed.signs).toContain('truncated');
    expect(parsed.echoedTail).toBe('abcd');
  });

  it('prefers the 401 over retries logged before it', () => {
    const parsed = parseErrorText(
      "Retrying request to /chat/completions in 0.4 seconds\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails (no such user)'}}",
    );
    expect(parsed).toMatchObject({ kind: 'unauthorized', variant: 'no-such-user' });
  });

  it.each([
    ['one long line of word characters', 'a'.repeat(MAX_ERROR_TEXT)],
    ['many blank lines', '\n'.repeat(MAX_ERROR_TEXT)],
    ['unclosed message fields', "message: '".repeat(MAX_ERROR_TEXT / 10)],
    ['many error-looking words', 'AuthenticationError '.repeat(MAX_ERROR_TEXT / 20)],
    ['many check outputs', 'set, 35 chars, ends 1a2b\nNOT SET\n'.repeat(MAX_ERROR_TEXT / 30)],
    ['one long line of check words', 'set, key ends '.repeat(MAX_ERROR_TEXT / 14)],
    ['many status lines', 'HTTP 200\n200\nHTTP \n'.repeat(MAX_ERROR_TEXT / 18)],
    ['a long line of spaces before a status', `${' '.repeat(MAX_ERROR_TEXT)}000`],
    ['a long line of spaces before a check', `${' '.repeat(MAX_ERROR_TEXT)}key ends NOT SET`],
    [
      'a long traceback',
      `${'  File "/x/openai/_base_client.py", line 1, in f\n'.repeat(4000)}openai.AuthenticationError: Error code: 401`,
    ],
  ])(
    'reads %s without backtracking into minutes (the time is npm run bench:paste’s)',
    (_, text) => {
      // A return of catastrophic backtracking runs past the test's budget; the figure itself is
      // printed by the bench, not asserted here.
      expect(parseErrorText(text).kind).toBeTypeOf('string');
    },
  );
});

describe('parseErrorText: which SDK printed it', () => {
  it('reads openai-node from its stack, even when DeepSeek echoed "undefined"', () => {
    const parsed = parseErrorText(
      'AuthenticationError: 401 Authentication Fails, Your api key: ****ined is invalid\n    at APIError.generate (node_modules/openai/core/error.js:45:20)',
    );
    expect(parsed).toMatchObject({ kind: 'unauthorized', sdk: 'node-openai', echoedTail: 'ined' });
  });
});

describe('parseErrorText: a "no key" raised before any request', () => {
  it('says no server answered, though OpenAI’s address is in its help text (LlamaIndex)', () => {
    const parsed = parseErrorText(
      'ValueError:\n******\nCould not load OpenAI embedding model. If you intended to use OpenAI, please check your OPENAI_API_KEY.\nOriginal error:\nNo API key found for OpenAI.\nPlease set either the OPENAI_API_KEY environment variable or openai.api_key prior to initialization.\nAPI keys can be found or created at https://platform.openai.com/account/api-keys\n******',
    );
    expect(parsed.kind).toBe('no-key');
    expect(parsed.signs).not.toContain('openai-host');
  });

  it.each([
    // Something else the app does not keep.
    'I entered my API key. The chat history is not saved after I restart',
    'My API key for Gemini was not saved',
    // The base URL asked again, not the key; a key entered again that still fails.
    '每次都要重新配置 api 地址',
    '每次重新输入key都没用，还是报错',
  ])('does not read “%s” as an app that forgets the key', (text) => {
    expect(parseErrorText(text).kind).not.toBe('no-key');
  });
});

describe('parseErrorText: a header the client refuses to send', () => {
  it.each([
    // Go's net/http, OkHttp and reqwest, on a key read with its line break.
    'Post "https://api.deepseek.com/v1/chat/completions": net/http: invalid header field value for "Authorization"',
    'java.lang.IllegalArgumentException: Unexpected char 0x0a at 42 in Authorization value',
    'reqwest::Error { kind: Builder, source: InvalidHeaderValue } failed to parse header value',
  ])('%s', (text) => {
    expect(parseErrorText(text).kind).toBe('invalid-header');
  });
});

describe('parseErrorText: a status in a reporter’s words or a client’s phrase', () => {
  it.each([
    // openai-node's message alone, as a tool prints it (zhangjf/mi-gpt#264).
    ['403 status code (no body)', 403],
    // cline/cline#230: the status starts the line.
    ['422 Failed to deserialize the JSON body into the target type: messages[1]', 422],
    ['401 status code (no body)', 401],
    ['说什么 404 错误 我用什么网络都不行', 404],
    ['Content serialized as array format causes 400 error with DeepSeek API', 400],
    ['it reported a 422 error', 422],
    ['the API returns 404 for every model', 404],
    ['Unknown API response. Code: 404, Body: { "error_msg": "Not Found." }', 404],
    ['APICallError [AI_APICallError]: Unprocessable Entity', 422],
    // microsoft/autogen#7201: a class with its status in brackets.
    ['The failure results in an OpenAI BadRequestError (400), indicating a mismatch', 400],
    // musistudio/claude-code-router#168: Claude Code's line, the body after the status.
    ['API Error (500 {"error":{"message":"fetch failed","type":"api_error"}})', 500],
    // refly-ai/refly#1794: after a colon, before the server's words.
    [
      "E3001 模型提供方出错，请稍后重试 : 400 Invalid 'tools[0].function.name': string does not match pattern.",
      400,
    ],
    // A reason phrase broken over two lines, as a terminal wraps it (Stream29/ProxyAsLocalModel#6).
    [
      'Ollama Server: answered 500 Internal\n  Server Error after the upstream said 400 Bad Request',
      500,
    ],
    // BerriAI/litellm#12717: after LiteLLM's " - ", the upstream's 400 inside a class named for a 500.
    [
      'litellm.InternalServerError: VertexAIException InternalServerError - 400 Request contains an invalid argument.. Received Model Group=deepseek-ai/deepseek-r1-0528-maas',
      400,
    ],
    // langchain-ai/langchain#29282: the class named, without its status.
    ['The model throws an `UnprocessableEntityError` indicating that it is unavailable', 422],
    ['deepseek 检查失败: Not found (404)', 404],
    [
      '— Error · Bad request (DeepSeek 400): Unrecognized request argument supplied: extra_body',
      400,
    ],
    ['POST /v1/messages?beta=true → 422 Unprocessable Content', 422],
    // nestcn/docs.nestjs.cn#564, Hmbown/Codewhale#1482: a word, the status in brackets, a colon.
    ['❌ Translation failed for content/introduction.md: API error (404): 404 page not found', 404],
    ['when start call api ,show "Warn Invalid request (404): 404 page not found"', 404],
  ])('%s → %i', (text, status) => {
    expect(parseErrorText(text).status).toBe(status);
  });

  it.each([
    '见第404行的代码',
    'File "openai.py"，line 404，in make_sync_openai_chat_completion_request',
    'it got 500 tokens into the answer and stopped',
    // A port after a colon.
    'Failed to connect to api.deepseek.com:443 Connection refused',
    'a function named ModuleError: Not Found in the list is fine, but so is this line',
  ])('reads no status in %s', (text) => {
    expect(parseErrorText(text).status).toBeNull();
  });
});

describe('parseErrorText: DeepSeek refused the body, not the key', () => {
  it.each([
    // eclipse-theia/theia#15144
    '422 Failed to deserialize the JSON body into the target type: messages[0].role: unknown variant `developer`, expected one of `system`, `user`, `assistant`, `tool` at line 5 column 25',
    // gptme/gptme#170
    'openai.UnprocessableEntityError: Failed to deserialize the JSON body into the target type: messages[3]: invalid type: sequence, expected a string at line 1 column 27074',
    // charmbracelet/crush#2696
    'ERROR Bad Request: The reasoning_content in the thinking mode must be passed back to the API',
    // liyupi/yu-ai-code-mother#5
    '{"error":{"message":"Missing `reasoning_content` field in the assistant message at message index 2.","type":"invalid_request_error"}}',
    // RooCodeInc/Roo-Code#12177
    'OpenAI completion error: 400 The `reasoning_content` in the thinking mode must be passed back to the API.',
    // olimorris/codecompanion.nvim#1378: no status, DeepSeek's body alone
    'Error: {"error":{"message":"Invalid \'tools\': empty array. Expected an array with minimum length 1, but got an empty array instead.","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}',
    // olimorris/codecompanion.nvim#696
    'The first message (except the system message) of deepseek-reasoner must be a user message, but an assistant message detected.',
    // SimonSchubert/Kai#292
    'Error from provider (DeepSeek) An assistant message with tool_calls must be followed by tool messages respondin...',
    // HKUDS/nanobot#3469: cut short by the log
    "Error: {'message': 'The reasoning_content in the thinking mode...', ...}",
    // openclaw/openclaw#71435: its Anthropic format
    'The `content[].thinking` in the thinking mode must be passed back to the API.',
    // browserbase/stagehand#1204
    "Prompt must contain the word 'json' in some form to use 'response_format' of type 'json_object'",
    // aandrew-me/tgpt#357
    'The system message of deepseek-reasoner must be put on the beginning of the message sequence',
    // fanfank/alfred-deepseek#6
    'The reasoning_content is an intermediate result for display purposes only and will not be included in the context for inference. Please remove the reasoning_content from your message to reduce network traffic.',
  ])('%s', (text) => {
    const parsed = parseErrorText(text);
    expect(parsed.kind).toBe('bad-request');
    expect(diagnose({ parsedError: parsed, code: null }).notAuth).toBe('bad-request');
  });

  it('names DeepSeek’s thinking mode where reasoning_content is refused', () => {
    const text =
      'OpenAI completion error: 400 The `reasoning_content` in the thinking mode must be passed back to the API.';
    const notes = diagnose({ parsedError: parseErrorText(text), code: null }).notes;
    expect(notes.map((note) => note.code)).toContain('error-thinking-mode');
  });

  it.each([
    // deepseek-ai/awesome-deepseek-integration#13; ginobefun/BestBlogs#7 writes it lower-case
    ['Content Exists Risk', 'error-content-risk'],
    ['Content exists Risk', 'error-content-risk'],
    // vercel/ai#4727; NitroRCr/AIaW#14
    [
      'Error [AI_APICallError]: deepseek-reasoner does not support Function Calling\n    at async postToApi (node_modules/@ai-sdk/provider-utils/src/post-to-api.ts:81:27)',
      'error-no-tools',
    ],
    ['deepseek-reasoner does not support Function Calling', 'error-no-tools'],
    // langchain-ai/langchain#29282; openai/openai-agents-python#66
    [
      "BadRequestError: Error code: 400 - {'error': {'message': 'This response_format type is unavailable now', 'type': 'invalid_request_error'}}",
      'error-json-schema',
    ],
    ['response_format: response_format.type `json_schema`', 'error-json-schema'],
    [
      'The model throws an `UnprocessableEntityError` indicating that the `response_format` type `json_schema` is unavailable:',
      'error-json-schema',
    ],
    // gptme/gptme#170
    [
      'openai.UnprocessableEntityError: Failed to deserialize the JSON body into the target type: messages[3]: invalid type: sequence, expected a string at line 1 column 27074',
      'error-content-parts',
    ],
  ])('reads %j as a refused request, and says why', (text, note) => {
    const diagnosis = diagnose({ parsedError: parseErrorText(text), code: null });
    expect(diagnosis.notAuth).toBe('bad-request');
    expect(diagnosis.notes.map((n) => n.code)).toContain(note);
  });

  it('quotes DeepSeek’s words without the status before them (cline/cline#230)', () => {
    const parsed = parseErrorText(
      '422 Failed to deserialize the JSON body into the target type: messages[1]: invalid type: sequence, expected a string at line 1 column 1036',
    );
    expect(parsed).toMatchObject({ kind: 'bad-request', status: 422 });
    expect(parsed.message).toMatch(/^Failed to deserialize/);
  });

  it('keeps an image sent to DeepSeek its own answer', () => {
    const text =
      'Failed to deserialize the JSON body into the target type: messages[1]: unknown variant `image_url`, expected `text` at line 1 column 1036';
    expect(diagnose({ parsedError: parseErrorText(text), code: null }).notAuth).toBe('images');
  });

  it('reads DeepSeek’s maintenance page as its side failing (deepseek-ai/DeepSeek-R1#241)', () => {
    const text = 'I got error saying "Our website is currently under maintenance."';
    expect(diagnose({ parsedError: parseErrorText(text), code: null }).notAuth).toBe('server');
  });

  it.each([
    // AstrBotDevs/AstrBot#526: the type and the message on two lines.
    'AstrBot 请求失败。\n错误类型: JSONDecodeError\n错误信息: Expecting value: line 1 column 1 (char 0)',
    // langbot-app/LangBot#992
    '然后去DeepSeek的官网看了一下，最近因为访问量高处理慢',
  ])('reads an empty answer, or DeepSeek under load, as its side failing: %s', (text) => {
    expect(diagnose({ parsedError: parseErrorText(text), code: null }).notAuth).toBe('server');
  });

  it.each([
    // RooCodeInc/Roo-Code#674
    "Unexpected API Response: The language model did not provide any assistant messages. This may indicate an issue with the API or the model's output.",
    // CommandCodeAI/command-code#503
    '⠶ (model returned no response — please try again)',
    // NEKOparapa/AiNiee#396
    'deepseek无法翻译，返回全部为空。',
    // ikechan8370/chatgpt-plugin#753
    'deepseek-v3模型可以正常调用，但是R1模型可能是由于兼容问题，会直接无响应并无法调用api',
    // deepseek-ai/DeepSeek-R1#91: four blank lines, then nothing (DeepSeek's keep-alive).
    "I'm getting a `JSONDecodeError: Expecting value: line 5 column 1 (char 4)` error",
  ])('reads no answer at all as DeepSeek’s side failing, not the key: %s', (text) => {
    expect(diagnose({ parsedError: parseErrorText(text), code: null }).notAuth).toBe('server');
  });

  it('keeps a JSON error deeper in a body out of that reading', () => {
    const text = 'json.decoder.JSONDecodeError: Expecting value: line 5 column 1 (char 120)';
    expect(diagnose({ parsedError: parseErrorText(text), code: null }).notAuth).not.toBe('server');
  });

  it.each([
    // logancyang/obsidian-copilot#1208
    'Model verification failed：\nwithout CORS Error: The user aborted a\nrequest.',
    // vercel/ai#3224
    'APICallError [AI_APICallError]: Cannot connect to API: Connect Timeout Error',
    // justin4957/multi_agent_coder#70
    '** (stop) exited in: GenServer.call({:via, Registry, {MultiAgentCoder.Agent.Registry, :deepseek}}, {:execute, "...", %{}}, 120000)\n    ** (EXIT) time out',
    // coaidev/coai#372
    '我是用DeepSeek的APi key的 但是一直Time out',
  ])('reads a client that gave up waiting as a timeout: %s', (text) => {
    expect(diagnose({ parsedError: parseErrorText(text), code: null }).notAuth).toBe('timeout');
  });

  it('reads DeepSeek’s 429 for concurrency as a rate limit (tarigelamin1997/jobfetcher#42)', () => {
    const text =
      'Your current concurrency is 40, which exceeds your concurrency limit of 39 based on your remaining balance. Please top up your balance to restore your concurrency.';
    expect(diagnose({ parsedError: parseErrorText(text), code: null }).notAuth).toBe(
      'rate-limited',
    );
  });

  it('reads a timeout as no answer in time, not as a request that never left', () => {
    const text = '🎊 出错啦\n> Request timed out after 30000 ms';
    expect(diagnose({ parsedError: parseErrorText(text), code: null }).notAuth).toBe('timeout');
  });
});
