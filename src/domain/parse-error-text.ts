import { readDeepSeekMessage } from './deepseek-message.ts';
import type { UnauthorizedVariant } from './key-test-outcome.ts';

/** Pasted text beyond this is ignored: the parser stays fast on a whole log file. */
export const MAX_ERROR_TEXT = 200_000;

/** Which client printed the error, judged from the text's shape. */
export type ErrorSdk =
  'python-openai' | 'node-openai' | 'langchain' | 'litellm' | 'curl' | 'unknown';

/** Telling details in the text, beside the main finding. */
export type ErrorSign =
  /** `deepseek.AuthenticationError`, `from deepseek import`: no official DeepSeek package exists. */
  | 'unofficial-deepseek-package'
  /** OpenAI's "Incorrect API key provided": the key went to OpenAI, not DeepSeek. */
  | 'openai-incorrect-key'
  /** api.openai.com, platform.openai.com or OpenAI's quota message: OpenAI answered. */
  | 'openai-host'
  /** api.deepseek.com appears: the request went to DeepSeek. */
  | 'deepseek-host'
  /** openai-python: "The api_key client option must be set …". */
  | 'no-key-python'
  /** openai-node: "The OPENAI_API_KEY environment variable is missing or empty". */
  | 'no-key-node'
  /** Older openai-node and LangChain.js: "Missing credentials". */
  | 'missing-credentials'
  /** LangChain (Python): "Did not find openai_api_key". */
  | 'langchain-no-key'
  /** Python's `KeyError: 'DEEPSEEK_API_KEY'` from `os.environ[…]`. */
  | 'env-keyerror'
  /** The text names OPENAI_API_KEY: the SDK fell back to it. */
  | 'openai-env-fallback'
  /** The HTTP library refused the header: a newline, invisible or non-ASCII character in the key. */
  | 'invalid-header'
  /** `/chat/completions/chat/completions`: the base URL already ends with the path. */
  | 'doubled-path'
  /** The text was longer than MAX_ERROR_TEXT and was cut. */
  | 'truncated';

export type NetworkProblem = 'dns' | 'refused' | 'reset' | 'timeout' | 'tls' | 'blocked' | 'other';

interface ParsedFields {
  /** False when nothing the parser knows was found; the other fields still say what was. */
  recognised: boolean;
  /** HTTP status, read from the text or inferred from a message only one status carries. */
  status: number | null;
  /** The server's message (DeepSeek's or OpenAI's), or the client's own when no server answered. */
  message: string | null;
  /** The exception class as printed: `openai.AuthenticationError`, `APIConnectionError`. */
  errorName: string | null;
  /** The body's `type`: `authentication_error`, `insufficient_quota`. */
  errorType: string | null;
  sdk: ErrorSdk;
  signs: ErrorSign[];
  /**
   * The end of the key as the server echoed it: DeepSeek's `****abcd` → `abcd`, OpenAI's
   * `sk-abc*****wxyz` → `wxyz`.
   */
  echoedTail: string | null;
  requestId: string | null;
}

/** What a pasted error says. `kind` is the main finding; the fields are what was extracted. */
export type ParsedError =
  /** DeepSeek answered 401. */
  | (ParsedFields & { kind: 'unauthorized'; variant: UnauthorizedVariant })
  /** OpenAI rejected the key: the client had no DeepSeek base URL. */
  | (ParsedFields & { kind: 'openai-key-rejected' })
  /** No key reached the client (the SDK's own error, or a KeyError); nothing was sent. */
  | (ParsedFields & { kind: 'no-key'; missingVariable: string | null })
  /** The key could not be put in a header; nothing was sent. */
  | (ParsedFields & { kind: 'invalid-header' })
  | (ParsedFields & { kind: 'insufficient-balance' })
  | (ParsedFields & { kind: 'rate-limited' })
  | (ParsedFields & { kind: 'server-error' })
  /** A wrong or retired model name (400/404/422). */
  | (ParsedFields & { kind: 'model'; model: string | null })
  /** Another HTTP error. */
  | (ParsedFields & { kind: 'http-error' })
  /** No HTTP answer at all. */
  | (ParsedFields & { kind: 'network'; network: NetworkProblem })
  | (ParsedFields & { kind: 'unrecognised' });

export type ParsedErrorKind = ParsedError['kind'];

/** Kinds in which the key was sent and checked by a server. */
export const AUTH_FAILURE_KINDS: readonly ParsedErrorKind[] = [
  'unauthorized',
  'openai-key-rejected',
  'no-key',
  'invalid-header',
];

/**
 * Reads a pasted error (Python traceback, Node error, JSON body, `curl -i` output, LangChain or
 * LiteLLM wrapper, log lines) without any network. Linear in the input, which is capped at
 * MAX_ERROR_TEXT. Never throws.
 */
export function parseErrorText(input: string): ParsedError {
  const truncated = input.length > MAX_ERROR_TEXT;
  const text = input.slice(0, MAX_ERROR_TEXT).replace(/\r\n?/g, '\n');
  const signs = signsOf(text);
  if (truncated) signs.push('truncated');
  const message = messageOf(text);
  const status = statusOf(text);
  const errorType = firstGroup(text, TYPE_FIELD);
  const fields: ParsedFields = {
    recognised: true,
    status,
    message,
    errorName: errorNameOf(text),
    errorType,
    sdk: sdkOf(text, signs),
    signs,
    echoedTail: null,
    requestId: firstGroup(text, REQUEST_ID_ANYWHERE),
  };
  const parsed = classify(text, fields);
  if (parsed.status === null) parsed.status = inferredStatus(parsed.kind);
  return parsed;
}

function classify(text: string, fields: ParsedFields): ParsedError {
  const { status, message, signs } = fields;
  const has = (sign: ErrorSign) => signs.includes(sign);
  const noKey =
    has('no-key-python') ||
    has('no-key-node') ||
    has('missing-credentials') ||
    has('langchain-no-key') ||
    has('env-keyerror') ||
    MISSING_KEY.test(text);

  if (status === null && has('invalid-header')) return { ...fields, kind: 'invalid-header' };
  if (status === null && noKey) {
    const missingVariable =
      firstGroup(text, KEY_ERROR) ?? (has('openai-env-fallback') ? 'OPENAI_API_KEY' : null);
    return { ...fields, message: message ?? noKeyMessage(text), kind: 'no-key', missingVariable };
  }
  if (
    has('openai-incorrect-key') ||
    (has('openai-host') && (status === 401 || OPENAI_NO_KEY.test(text)))
  ) {
    return { ...fields, echoedTail: openAiTail(text), kind: 'openai-key-rejected' };
  }
  const authText = message ?? '';
  if (
    status === 401 ||
    /Authentication Fails/i.test(authText) ||
    fields.errorType === 'authentication_error' ||
    (status === null && (/\bAuthenticationError\b/.test(text) || CHINESE_AUTH.test(text)))
  ) {
    const reading = readDeepSeekMessage(authText);
    return {
      ...fields,
      echoedTail: reading.echoedTail,
      requestId: reading.requestId ?? fields.requestId,
      kind: 'unauthorized',
      variant: message === null ? 'unknown' : reading.variant,
    };
  }
  if (status === 402 || /Insufficient Balance|余额不足/i.test(text)) {
    return { ...fields, kind: 'insufficient-balance' };
  }
  if (
    MODEL_ERROR.test(text) &&
    (status === null || status === 400 || status === 404 || status === 422)
  ) {
    return { ...fields, kind: 'model', model: firstGroup(text, PASSED_MODEL) };
  }
  if (status === 429 || (status === null && RATE_LIMIT.test(text))) {
    return { ...fields, kind: 'rate-limited' };
  }
  if ((status !== null && status >= 500) || (status === null && SERVER_ERROR.test(text))) {
    return { ...fields, kind: 'server-error' };
  }
  const network = status === null ? networkOf(text) : null;
  if (network !== null) {
    return { ...fields, message: message ?? lineOf(text, NETWORK_LINE), kind: 'network', network };
  }
  if (status !== null) return { ...fields, kind: 'http-error' };
  return { ...fields, recognised: false, kind: 'unrecognised' };
}

function inferredStatus(kind: ParsedErrorKind): number | null {
  switch (kind) {
    case 'unauthorized':
    case 'openai-key-rejected':
      return 401;
    case 'insufficient-balance':
      return 402;
    case 'rate-limited':
      return 429;
    case 'no-key':
    case 'invalid-header':
    case 'server-error':
    case 'model':
    case 'http-error':
    case 'network':
    case 'unrecognised':
      return null;
  }
}

// --- Signs ---------------------------------------------------------------------------------

const SIGN_PATTERNS: readonly [ErrorSign, RegExp][] = [
  [
    'unofficial-deepseek-package',
    /\bdeepseek\.\w*(?:Error|Exception)\b|\bfrom deepseek import\b|No module named ['"]deepseek['"]|Cannot find module ['"]deepseek['"]/,
  ],
  ['openai-incorrect-key', /Incorrect API key provided/i],
  [
    'openai-host',
    /\b(?:api|platform)\.openai\.com\b|You exceeded your current quota|insufficient_quota/,
  ],
  ['deepseek-host', /\bapi\.deepseek\.com\b/],
  ['no-key-python', /The api_key client option must be set/i],
  ['no-key-node', /OPENAI_API_KEY environment variable is missing or empty/i],
  ['missing-credentials', /\bMissing credentials\b/i],
  [
    'langchain-no-key',
    /Did not find openai_api_key|API key or Token Provider not found|openai_api_key\s+field required/i,
  ],
  ['env-keyerror', /^[ \t]*KeyError: ['"]\w*(?:KEY|TOKEN|SECRET)\w*['"]/im],
  ['openai-env-fallback', /\bOPENAI_API_KEY\b/],
  [
    'invalid-header',
    /Illegal header value|Invalid character in header content|is an invalid header value|Invalid header value|non ISO-8859-1 code point|Cannot convert argument to a ByteString|UnicodeEncodeError: '(?:ascii|latin-1)' codec/i,
  ],
  ['doubled-path', /\/chat\/completions\/chat\/completions|\/v1\/v1\//],
];

function signsOf(text: string): ErrorSign[] {
  return SIGN_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([sign]) => sign);
}

const MISSING_KEY =
  /\bmissing\b[^\n]{0,40}\bapi[ _-]?key\b|\bno api[ _-]?key (?:provided|found|set)\b/i;
const OPENAI_NO_KEY = /You didn't provide an API key/i;
const KEY_ERROR = /^[ \t]*KeyError: ['"](\w+)['"]/m;
const CHINESE_AUTH = /认证失败|鉴权失败|身份验证失败|API ?密钥无效|API ?Key ?无效/i;

function noKeyMessage(text: string): string | null {
  return lineOf(
    text,
    /(?:The api_key client option must be set|The OPENAI_API_KEY environment variable is missing|Missing credentials|Did not find openai_api_key|KeyError: )[^\n]*/i,
  );
}

// --- SDK -----------------------------------------------------------------------------------

const SDK_PATTERNS: readonly [ErrorSdk, RegExp][] = [
  ['litellm', /\blitellm\b|DeepseekException/i],
  [
    'langchain',
    /\blangchain|@langchain\/|Did not find openai_api_key|API key or Token Provider not found/i,
  ],
  [
    'python-openai',
    /\bopenai\.\w*(?:Error|Exception)\b|[\\/]openai[\\/][\w\\/]*\.py\b|The api_key client option must be set/,
  ],
  [
    'node-openai',
    /node_modules[\\/]openai\b|\bat [^\n]{1,200}:\d+:\d+\)?$|^[ \t]*\w*Error: [45]\d\d (?:status code|\w)|OPENAI_API_KEY environment variable is missing|\bMissing credentials\b|^[ \t]*status: [45]\d\d,/im,
  ],
  ['curl', /^[ \t]*(?:<[ \t]*)?HTTP\/\d(?:\.\d)? \d{3}\b|\bcurl: \(\d+\)|^[ \t]*\$?[ \t]*curl\s/im],
];

/** openai-python's message shape; a made-up `deepseek` package may copy it. */
const PYTHON_STATUS_SHAPE = /Error code: \d{3} - [{'"]/;

function sdkOf(text: string, signs: readonly ErrorSign[]): ErrorSdk {
  const found = SDK_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
  if (found) return found;
  if (PYTHON_STATUS_SHAPE.test(text) && !signs.includes('unofficial-deepseek-package')) {
    return 'python-openai';
  }
  return 'unknown';
}

// --- Status --------------------------------------------------------------------------------

const STATUS_PATTERNS: readonly RegExp[] = [
  // openai-python: "Error code: 401 - {...}"
  /\bError code:?\s*([1-5]\d\d)\b/,
  // curl -i / -v status line, and httpx's log line `"HTTP/1.1 401 Unauthorized"`
  /^[ \t]*(?:<[ \t]*)?HTTP\/\d(?:\.\d)?[ \t]+([1-5]\d\d)\b/m,
  /"HTTP\/\d(?:\.\d)? ([1-5]\d\d)\b/,
  // openai-node: "AuthenticationError: 401 Authentication Fails"
  /\b(?:\w*Error|Exception)(?: \[\w+\])?:[ \t]+([45]\d\d)\b/,
  /(?:\b(?:status(?:[_ ]?code)?|statusCode|http_status)|状态码)['"]?[ \t]*[:=：]?[ \t]*['"]?([45]\d\d)\b/i,
  /\b([45]\d\d) (?:Unauthorized|Payment Required|Forbidden|Not Found|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout|Bad Request|Unprocessable Entity)\b/i,
  /\bHTTP (?:error |status )?([45]\d\d)\b/i,
];

function statusOf(text: string): number | null {
  for (const pattern of STATUS_PATTERNS) {
    const found = pattern.exec(text);
    if (found?.[1]) return Number(found[1]);
  }
  return null;
}

// --- Message -------------------------------------------------------------------------------

/** `'message': '…'`, `"message": "…"`, `message: '…'`, `message='…'`: Python repr, JSON, Node inspect. */
const MESSAGE_FIELD =
  /['"]?\bmessage['"]?[ \t]*[:=][ \t]*(?:'((?:\\.|[^'\\\n]){0,1000})'|"((?:\\.|[^"\\\n]){0,1000})")/g;
const TYPE_FIELD = /['"]?\btype['"]?[ \t]*[:=][ \t]*['"](\w+)['"]/;
/** openai-node's error message line: "AuthenticationError: 401 Authentication Fails, …". */
const NODE_MESSAGE = /^[ \t]*\[?(?:[\w$.]*Error)(?: \[\w+\])?:[ \t]+[45]\d\d[ \t]+([^\n]+)$/m;
/** Bare phrases in logs that print only the message. */
const BARE_MESSAGES: readonly RegExp[] = [
  /Authentication Fails(?:, Your api key: \*+.{0,4}? is invalid| ?\([^)\n]{0,100}\))?(?: ?\(request_id: ?[0-9A-Za-z-]+\))?/,
  /Incorrect API key provided:[^\n]{0,300}?(?:api-keys\.|(?=['"]?[,}]|$))/m,
  /You didn't provide an API key\.?/,
  /Insufficient Balance/,
  /Rate Limit Reached/i,
  /The supported API model names are [^\n'"]{0,300}|Model Not Exist|The model `[^`\n]{1,80}` does not exist[^\n'"]*/,
  /Server Overloaded|Server Error/,
];
const KNOWN_MESSAGE =
  /Authentication Fails|Incorrect API key|didn't provide an API key|Insufficient Balance|Rate Limit|model|Server|quota|Invalid|auth/i;

function messageOf(text: string): string | null {
  const candidates: string[] = [];
  let count = 0;
  for (const found of text.matchAll(MESSAGE_FIELD)) {
    const raw = found[1] ?? found[2];
    if (raw) candidates.push(unescape(raw));
    if (++count >= 20) break;
  }
  const node = NODE_MESSAGE.exec(text)?.[1];
  if (node) candidates.push(node.replace(/\]\s*$/, '').trim());
  for (const pattern of BARE_MESSAGES) {
    const found = pattern.exec(text)?.[0];
    if (found) candidates.push(found.trim());
  }
  return candidates.find((c) => KNOWN_MESSAGE.test(c)) ?? candidates[0] ?? null;
}

function unescape(raw: string): string {
  return raw.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, escaped: string) => {
    if (escaped.length > 1) return String.fromCharCode(parseInt(escaped.slice(1), 16));
    if (escaped === 'n') return '\n';
    if (escaped === 't') return '\t';
    return escaped;
  });
}

// --- Other fields --------------------------------------------------------------------------

/** A request id has digits: `request_id: undefined` is not one. */
const REQUEST_ID_ANYWHERE =
  /\brequest[_-]?id['"]?\s*[:=]\s*['"]?(?=[0-9A-Za-z-]*\d)([0-9A-Za-z][0-9A-Za-z-]{7,})/i;
const PASSED_MODEL =
  /but you passed ([\w./:-]+?)\.?(?=['"\s]|$)|The model `([^`\n]{1,80})` does not exist/;
const MODEL_ERROR =
  /Model Not Exist|supported API model names|model_not_found|The model `[^`\n]{1,80}` does not exist|invalid model/i;
const RATE_LIMIT = /Rate Limit|RateLimitError|Too Many Requests|请求过于频繁|速率限制/i;
const SERVER_ERROR =
  /Server Overloaded|Internal Server Error|InternalServerError|Service Unavailable|Bad Gateway|服务器繁忙/i;

/** The exception class: the last SDK-looking one (Python prints the outermost last). */
const ERROR_NAME = /^[ \t]*\[?((?:\w+\.)*\w*(?:Error|Exception))(?: \[\w+\])?:/gm;
const SDK_ERROR =
  /Authentication|APIConnection|APITimeout|RateLimit|BadRequest|InternalServer|APIStatus|APIError|OpenAIError|KeyError|NotFound|PermissionDenied|Unprocessable/;

function errorNameOf(text: string): string | null {
  let last: string | null = null;
  let lastSdk: string | null = null;
  for (const found of text.matchAll(ERROR_NAME)) {
    const name = found[1] ?? '';
    last = name;
    if (SDK_ERROR.test(name)) lastSdk = name;
  }
  return lastSdk ?? last;
}

/** OpenAI masks the key it got: `sk-abc*****wxyz`, `sk-proj-****…wxyz`. */
function openAiTail(text: string): string | null {
  const shown = /Incorrect API key provided:\s*([^\s'"]{1,300})/i.exec(text)?.[1];
  if (!shown) return null;
  const value = shown.replace(/\.$/, '');
  const afterStars = /\*+([^*]{1,4})$/.exec(value)?.[1];
  return afterStars ?? (value.length > 4 ? value.slice(-4) : value);
}

const NETWORK_PATTERNS: readonly [NetworkProblem, RegExp][] = [
  [
    'dns',
    /getaddrinfo|ENOTFOUND|EAI_AGAIN|Name or service not known|nodename nor servname|Could not resolve host|Temporary failure in name resolution|No address associated|curl: \(6\)/i,
  ],
  ['refused', /ECONNREFUSED|Connection refused|Failed to connect|curl: \(7\)/i],
  [
    'tls',
    /CERTIFICATE_VERIFY_FAILED|SSLError|SSL: |SSL certificate|certificate verify|UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT|unable to get local issuer|curl: \((?:35|60)\)/i,
  ],
  [
    'timeout',
    /APITimeoutError|APIConnectionTimeoutError|ETIMEDOUT|timed out|ReadTimeout|ConnectTimeout|Request timed out|UND_ERR_CONNECT_TIMEOUT|curl: \(28\)|超时/i,
  ],
  [
    'reset',
    /ECONNRESET|Connection reset|RemoteDisconnected|socket hang up|Server disconnected|ECONNABORTED/i,
  ],
  [
    'blocked',
    /Failed to fetch|NetworkError when attempting|blocked by CORS|Load failed|ERR_BLOCKED/i,
  ],
  [
    'other',
    /APIConnectionError|Connection error|ConnectError|fetch failed|ProxyError|网络错误|连接失败/i,
  ],
];

function networkOf(text: string): NetworkProblem | null {
  return NETWORK_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}

const NETWORK_LINE =
  /^[^\n]*?(?:APIConnectionError|APITimeoutError|APIConnectionTimeoutError|ConnectError|ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|getaddrinfo|Failed to fetch|fetch failed|curl: \(\d+\)|Connection error|timed out)[^\n]*/im;

function firstGroup(text: string, pattern: RegExp): string | null {
  const found = pattern.exec(text);
  if (!found) return null;
  return found.slice(1).find((group) => group !== undefined) ?? null;
}

function lineOf(text: string, pattern: RegExp): string | null {
  const found = pattern.exec(text)?.[0]?.trim();
  return found ? found : null;
}
