import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/domain/diagnosis/diagnose.ts';
import { parseErrorText } from '../../src/domain/error/parse-error-text.ts';

const MESSAGE = 'Authentication Fails, Your api key: ****_KEY is invalid';
const BODY = `{"error":{"message":"${MESSAGE}","type":"authentication_error","param":null,"code":"invalid_request_error"}}`;

/**
 * One DeepSeek 401 as tools and clients print it. Each must read the same: a 401 from DeepSeek
 * whose echoed tail is `_KEY`, the end of a variable's name (so the code sends the name).
 */
const WRAPPED: readonly [string, string][] = [
  [
    'openai-python',
    `openai.AuthenticationError: Error code: 401 - {'error': {'message': '${MESSAGE}', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}`,
  ],
  [
    'openai-node',
    `AuthenticationError: 401 ${MESSAGE}\n    at APIError.generate (node_modules/openai/error.js:45:20)`,
  ],
  ['LiteLLM', `litellm.AuthenticationError: AuthenticationError: DeepseekException - ${BODY}`],
  ['Continue', `401 ${MESSAGE}`],
  ['Claude Code', `API Error: 401 ${BODY}`],
  [
    'Claude Code, broken over lines by the terminal',
    `  ⎿  401 {"error":{"message":"Authentication Fails, Your api key: ****_KEY is\n     invalid","type":"authentication_error","param":null,"code":"invalid_request_error"}}`,
  ],
  [
    'a proxy that escapes the body',
    `API Error (401 {"error":{"message":"Error from provider: ${JSON.stringify(BODY).slice(1, -1)}","type":"api_error"}})`,
  ],
  [
    'a logger prefix',
    `2026-12-01 10:00:00,123 ERROR [agent] request failed: Error code: 401 - ${BODY}`,
  ],
  ['indented', `    ${BODY.replace(/,/g, ',\n      ')}`],
  [
    'Java (Spring WebClient)',
    `org.springframework.web.reactive.function.client.WebClientResponseException$Unauthorized: 401 Unauthorized from POST https://api.deepseek.com/chat/completions, but response failed with cause: ${BODY}`,
  ],
  [
    'Go (go-openai)',
    `error, status code: 401, status: 401 Unauthorized, message: ${MESSAGE}, body: ${BODY}`,
  ],
  [
    'PHP (Guzzle)',
    `Client error: \`POST https://api.deepseek.com/chat/completions\` resulted in a \`401 Unauthorized\` response:\n${BODY}`,
  ],
  [
    'Rust (async-openai)',
    `ApiError(ApiError { message: "${MESSAGE}", type: Some("authentication_error"), param: None, code: Some("invalid_request_error") })`,
  ],
];

describe('a DeepSeek 401, however it is wrapped', () => {
  it.each(WRAPPED)('%s', (_, text) => {
    const parsed = parseErrorText(text);
    expect(parsed.kind).toBe('unauthorized');
    expect(parsed.echoedTail).toBe('_KEY');
    expect(diagnose({ parsedError: parsed }).likely).toBe('not-passed');
  });
});

describe('a bare 401 from DeepSeek’s host, without its body', () => {
  it.each([
    [
      'requests',
      '401 Client Error: Unauthorized for url: https://api.deepseek.com/v1/chat/completions',
      'print(response.text)',
    ],
    [
      'httpx',
      "httpx.HTTPStatusError: Client error '401 Unauthorized' for url 'https://api.deepseek.com/chat/completions'",
      'print(e.response.text)',
    ],
    [
      'aiohttp',
      '<ClientResponse(https://api.deepseek.com/chat/completions) [401 Unauthorized]>',
      'print(await resp.text())',
    ],
    [
      'okhttp',
      'java.io.IOException: Unexpected code Response{protocol=h2, code=401, message=, url=https://api.deepseek.com/chat/completions}',
      'response.body().string()',
    ],
    [
      'spring',
      'org.springframework.web.reactive.function.client.WebClientResponseException$Unauthorized: 401 Unauthorized from POST https://api.deepseek.com/chat/completions',
      'e.getResponseBodyAsString()',
    ],
  ])('%s: DeepSeek answered; none is likely until its message is printed', (_, text, how) => {
    const parsed = parseErrorText(text);
    expect(parsed.kind).toBe('unauthorized');
    expect(parsed.signs).toContain('deepseek-host');
    const diagnosis = diagnose({ parsedError: parsed });
    expect(diagnosis.likely).toBeNull();
    // Ranked by what threads settle most (a key not passed), never marked likely.
    expect(diagnosis.top).toBe('not-passed');
    // How to print the body, with the library that dropped it.
    const note = diagnosis.notes.find((n) => n.code === 'error-print-body');
    expect(note?.vars?.how).toContain(how);
  });

  it('from a tool, says where a tool shows the body, not how a library prints it', () => {
    const diagnosis = diagnose({ parsedError: parseErrorText('Error: DeepSeek API error: 401') });
    expect(diagnosis.notes.map((n) => n.code)).toEqual(['error-print-body-tool']);
  });
});

describe('a status in a client’s or a tool’s own words', () => {
  it.each([
    [
      '.NET HttpClient (and PowerShell 7)',
      'System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).',
      401,
    ],
    [
      'Windows PowerShell 5.1',
      'Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.',
      401,
    ],
    ['n8n, 401', 'NodeApiError: Authorization failed - please check your credentials', 401],
    [
      'Rust reqwest, as Debug prints it',
      'reqwest::Error { kind: Status(401), url: "https://api.deepseek.com/chat/completions" }',
      401,
    ],
    [
      'OkHttp’s logging interceptor',
      'E/OkHttp: <-- 401 https://api.deepseek.com/chat/completions (123ms)',
      401,
    ],
    ['a status line after a colon', 'Error: HTTP/2 401', 401],
    ['a bracketed status and its reason', 'failed: [401] Unauthorized', 401],
    ['a status, a colon and its reason', 'HttpError 401: Unauthorized', 401],
    ['a status, a dash and its reason', '401 - Unauthorized', 401],
    ['a response field', 'response: 401', 401],
    ['“responded with”', 'Server responded with 401', 401],
    ['错误码', '请求失败，错误码:401', 401],
    ['n8n, 402', 'Payment required - perhaps check your payment details?', 402],
    ['n8n, 429', 'The service is receiving too many requests from you', 429],
    [
      'n8n, 503',
      'Service unavailable - try again later or consider setting this node to retry',
      503,
    ],
    // Roo Code's error row, and its sentences (RooCodeInc/Roo-Code, chat.json).
    [
      'Roo Code, 401',
      "Provider Error · 401\nCouldn't authenticate with provider. Please check your API key configuration.",
      401,
    ],
    ['Roo Code’s sentence alone, 401', "Couldn't authenticate with provider.", 401],
    [
      'Roo Code, 402',
      'You seem to have run out of funds/credits in your account. Go to your provider and add more to continue.',
      402,
    ],
    // Continue (gui/src/util/errorAnalysis.ts), aider (aider/exceptions.py), Dify's
    // InvokeAuthorizationError.
    [
      'Continue, 401',
      "Error handling model response\nIt's possible that your API key is invalid.",
      401,
    ],
    [
      'Continue, no key sent',
      'No API key was sent with the request. Add "apiKey" to your model config.',
      401,
    ],
    [
      'Continue, 402',
      'Your DeepSeek account appears to be out of credits. Add more credits to your account to continue using this model.',
      402,
    ],
    ['aider, 401', 'The API provider is not able to authenticate you. Check your API key.', 401],
    [
      'Dify, 401',
      '[deepseek] Incorrect model credentials provided, please check and try again.',
      401,
    ],
    // The Vercel AI SDK with an empty body: the reason phrase after the error's name.
    ['AI SDK, reason phrase only', 'AI_APICallError: Unauthorized', 401],
  ])('%s', (_, text, status) => {
    expect(parseErrorText(text).status).toBe(status);
  });

  it.each([
    'See line 401 - Not a problem',
    'Retrying in 401 ms',
    'Saved 401 files',
    'PermissionError: Unauthorized access to /etc/shadow',
  ])('finds no status in %j', (text) => {
    expect(parseErrorText(text).status).toBeNull();
  });

  it('reads n8n’s error after a success logged before it', () => {
    const text =
      'HTTP/1.1 200 OK\nNodeApiError: Authorization failed - please check your credentials';
    expect(parseErrorText(text).status).toBe(401);
  });

  it('reads n8n’s 401 as a refused key and its 402 as the balance', () => {
    expect(parseErrorText('Authorization failed - please check your credentials').kind).toBe(
      'unauthorized',
    );
    expect(parseErrorText('Payment required - perhaps check your payment details?').kind).toBe(
      'insufficient-balance',
    );
  });
});
