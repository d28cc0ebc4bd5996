import type { CauseId } from '../../src/domain/causes.ts';
import type { NotAuthKind } from '../../src/domain/diagnosis/diagnose.ts';
import type { UnauthorizedVariant } from '../../src/domain/key-test/key-test-outcome.ts';
import type {
  ErrorSdk,
  ErrorSign,
  KeyCheck,
  NetworkProblem,
  ParsedErrorKind,
} from '../../src/domain/error/parse-error-text.ts';
import { CURL_TEST, POWERSHELL_TEST } from '../../src/key-test/terminal-commands.ts';

/**
 * Real-world error texts, written from the shapes in SPEC §5 (DeepSeek's 401 body and variants,
 * openai-python's `Error code: 401 - {…}`, openai-node's `401 …`) and from what public issue
 * threads show (openai-python, openai-node, LangChain, LiteLLM, Dify, Cline, Jupyter, curl).
 * Each names what parseErrorText must extract and the cause diagnose() must rank first from the
 * text alone. Keys in here are made up.
 */
export interface CorpusEntry {
  name: string;
  text: string;
  kind: ParsedErrorKind;
  status: number | null;
  sdk: ErrorSdk;
  /** Echoed tail; null when there is none. */
  tail: string | null;
  /** The cause diagnose({ parsedError }) marks likely; null when none stands out. */
  likely: CauseId | null;
  /** The cause it ranks first to check, when it differs from `likely` (see Diagnosis.top). */
  top?: CauseId | null;
  variant?: UnauthorizedVariant;
  /** Signs that must be present (others may be too). */
  signs?: ErrorSign[];
  network?: NetworkProblem;
  model?: string | null;
  missingVariable?: string | null;
  requestId?: string | null;
  notAuth?: NotAuthKind | null;
  /** A substring the extracted message must contain. */
  message?: string;
  /** For 'key-accepted': the model ids read from DeepSeek's list. */
  models?: string[];
  /** The outputs of the page's own checks found in the text. */
  checks?: KeyCheck[];
}

const PY_FRAMES = `Traceback (most recent call last):
  File "/home/dev/app/main.py", line 12, in <module>
    response = client.chat.completions.create(
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/home/dev/.venv/lib/python3.12/site-packages/openai/_utils/_utils.py", line 287, in wrapper
    return func(*args, **kwargs)
           ^^^^^^^^^^^^^^^^^^^^^
  File "/home/dev/.venv/lib/python3.12/site-packages/openai/resources/chat/completions/completions.py", line 925, in create
    return self._post(
           ^^^^^^^^^^^
  File "/home/dev/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1242, in post
    return cast(ResponseT, self.request(cast_to, opts, stream=stream, stream_cls=stream_cls))
                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/home/dev/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1037, in request
    raise self._make_status_error_from_response(err.response) from None
`;

const py401 = (message: string, name = 'openai.AuthenticationError') =>
  `${PY_FRAMES}${name}: Error code: 401 - {'error': {'message': '${message}', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}`;

const json401 = (message: string) =>
  `{"error":{"message":"${message}","type":"authentication_error","param":null,"code":"invalid_request_error"}}`;

/** DeepSeek's `GET /models` answer, as it comes (curl prints it so). */
const MODELS_JSON =
  '{"object":"list","data":[{"id":"deepseek-flash","object":"model","owned_by":"deepseek"},{"id":"deepseek-v4-pro","object":"model","owned_by":"deepseek"}]}';

/** The same, through ConvertTo-Json in Windows PowerShell 5.1: two spaces after each colon. */
const MODELS_PS51 = `{
    "object":  "list",
    "data":  [
                 {
                     "id":  "deepseek-flash",
                     "object":  "model",
                     "owned_by":  "deepseek"
                 },
                 {
                     "id":  "deepseek-v4-pro",
                     "object":  "model",
                     "owned_by":  "deepseek"
                 }
             ]
}`;

/** And in PowerShell 7: two-space indentation, one space after each colon. */
const MODELS_PS7 = `{
  "object": "list",
  "data": [
    {
      "id": "deepseek-flash",
      "object": "model",
      "owned_by": "deepseek"
    },
    {
      "id": "deepseek-v4-pro",
      "object": "model",
      "owned_by": "deepseek"
    }
  ]
}`;

/**
 * What the terminal test's curl command prints: the body, then its `-w` format with the status
 * (read from the command itself, so that a change to the command shows here).
 */
export function curlTestOutput(body: string, status: string): string {
  const format = /-w "([^"]*)"/.exec(CURL_TEST)![1]!;
  return body + format.replaceAll('\\n', '\n').replace('%{http_code}', status);
}

/**
 * What the terminal test's PowerShell command prints: on success the re-indented JSON, then its
 * "HTTP 200" line; on an HTTP error its status line, then DeepSeek's body.
 */
export function powerShellTestOutput(body: string, status: string): string {
  const success = /^ {2}"(HTTP 200)"$/m.exec(POWERSHELL_TEST)![1]!;
  const failure = /^ {2}"(HTTP )\$\(\$_\.Exception\.Response\.StatusCode\.value__\)"$/m.exec(
    POWERSHELL_TEST,
  )![1]!;
  return status === '200' ? `${body}\n${success}\n` : `${failure}${status}\n${body}\n`;
}

export const ERROR_CORPUS: readonly CorpusEntry[] = [
  // --- openai-python, DeepSeek's 401 -------------------------------------------------------
  {
    name: 'python traceback, invalid key',
    text: py401('Authentication Fails, Your api key: ****7f3a is invalid'),
    kind: 'unauthorized',
    status: 401,
    sdk: 'python-openai',
    tail: '7f3a',
    variant: 'invalid-key',
    likely: null,
    top: 'not-passed',
    message: 'Authentication Fails, Your api key: ****7f3a is invalid',
  },
  {
    name: 'python, newer message with request id',
    text: py401(
      'Authentication Fails, Your api key: ****c0de is invalid (request_id: 5b1e2c3d-7a8f-4e6b-9c0d-1e2f3a4b5c6d)',
    ),
    kind: 'unauthorized',
    status: 401,
    sdk: 'python-openai',
    tail: 'c0de',
    variant: 'invalid-key',
    requestId: '5b1e2c3d-7a8f-4e6b-9c0d-1e2f3a4b5c6d',
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'python, auth header format (empty key)',
    text: py401('Authentication Fails (auth header format should be Bearer sk-...)'),
    kind: 'unauthorized',
    status: 401,
    sdk: 'python-openai',
    tail: null,
    variant: 'bad-format',
    likely: null,
    top: 'not-set',
  },
  {
    name: 'python, no such user',
    text: py401('Authentication Fails (no such user)'),
    kind: 'unauthorized',
    status: 401,
    sdk: 'python-openai',
    tail: null,
    variant: 'no-such-user',
    likely: null,
    top: 'mistyped',
  },
  {
    name: 'python, governor',
    text: py401('Authentication Fails (governor)'),
    kind: 'unauthorized',
    status: 401,
    sdk: 'python-openai',
    tail: null,
    variant: 'governor',
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'python, tail is the end of a variable name',
    text: py401('Authentication Fails, Your api key: ****_KEY is invalid'),
    kind: 'unauthorized',
    status: 401,
    sdk: 'python-openai',
    tail: '_KEY',
    likely: 'not-passed',
  },
  {
    name: 'python, tail from an unfilled template',
    text: py401('Authentication Fails, Your api key: ****KEY} is invalid'),
    kind: 'unauthorized',
    status: 401,
    sdk: 'python-openai',
    tail: 'KEY}',
    // A tool that fills no template, or a variable that gave nothing (TAIL_ALSO): both stay open.
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'python, tail ends with a quote kept from .env',
    text: `${PY_FRAMES}openai.AuthenticationError: Error code: 401 - {'error': {'message': "Authentication Fails, Your api key: ****9a1' is invalid", 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}`,
    kind: 'unauthorized',
    status: 401,
    sdk: 'python-openai',
    tail: "9a1'",
    likely: 'mistyped',
  },
  {
    // A template's value never replaced, or typed in: not set leads, mistyped stays open
    // (virattt/ai-hedge-fund#251, oficcejo/aiagents-stock#12).
    name: 'python, tutorial placeholder sent',
    text: py401('Authentication Fails, Your api key: ****xxxx is invalid'),
    kind: 'unauthorized',
    status: 401,
    sdk: 'python-openai',
    tail: 'xxxx',
    likely: null,
    top: 'not-set',
  },
  {
    name: 'jupyter, None formatted into the key',
    text: `---------------------------------------------------------------------------
AuthenticationError                       Traceback (most recent call last)
Cell In[3], line 5
      2 from openai import OpenAI
      4 client = OpenAI(api_key=f"{key}", base_url="https://api.deepseek.com")
----> 5 client.models.list()

AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****None is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}`,
    kind: 'unauthorized',
    status: 401,
    sdk: 'python-openai',
    tail: 'None',
    signs: ['deepseek-host'],
    likely: 'not-set',
  },
  {
    name: 'windows traceback',
    text: `Traceback (most recent call last):
  File "C:\\Users\\dev\\bot\\run.py", line 9, in <module>
    reply = client.chat.completions.create(model="deepseek-flash", messages=msgs)
  File "C:\\Users\\dev\\AppData\\Local\\Programs\\Python\\Python312\\Lib\\site-packages\\openai\\_base_client.py", line 1037, in request
    raise self._make_status_error_from_response(err.response) from None
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****e41b is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}`,
    kind: 'unauthorized',
    status: 401,
    sdk: 'python-openai',
    tail: 'e41b',
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'seed-style deepseek.AuthenticationError (no official package)',
    text: `Traceback (most recent call last):
  File "app.py", line 7, in <module>
    resp = client.chat(messages)
deepseek.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****abcd is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}`,
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: 'abcd',
    signs: ['unofficial-deepseek-package'],
    likely: null,
    top: 'not-passed',
  },

  // --- openai-node -------------------------------------------------------------------------
  {
    name: 'node, full inspect output',
    text: `/home/dev/app/node_modules/openai/error.js:48
            return new AuthenticationError(status, error, message, headers);
                   ^

AuthenticationError: 401 Authentication Fails, Your api key: ****9b2e is invalid
    at APIError.generate (/home/dev/app/node_modules/openai/error.js:48:20)
    at OpenAI.makeStatusError (/home/dev/app/node_modules/openai/core.js:295:33)
    at OpenAI.makeRequest (/home/dev/app/node_modules/openai/core.js:339:30)
    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
    at async main (file:///home/dev/app/index.mjs:9:20) {
  status: 401,
  headers: {
    'content-type': 'application/json',
    date: 'Fri, 28 Nov 2026 09:14:02 GMT'
  },
  request_id: undefined,
  error: {
    message: 'Authentication Fails, Your api key: ****9b2e is invalid',
    type: 'authentication_error',
    param: null,
    code: 'invalid_request_error'
  },
  code: 'invalid_request_error',
  param: null,
  type: 'authentication_error'
}`,
    kind: 'unauthorized',
    status: 401,
    sdk: 'node-openai',
    tail: '9b2e',
    requestId: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // n8n-io/n8n, packages/workflow/src/errors/node-api.error.ts (STATUS_CODE_MESSAGES, 401).
    name: 'n8n NodeApiError: a Node stack through another package is not openai-node',
    text: 'NodeApiError: Authorization failed - please check your credentials\nAuthentication Fails (governor)\n    at ExecuteContext.httpRequestWithAuthentication (/usr/local/lib/node_modules/n8n/node_modules/n8n-core/dist/execution-engine/node-execution-context/utils/request-helper-functions.js:1017:19)',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    variant: 'governor',
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'node, one line',
    text: 'AuthenticationError: 401 Authentication Fails, Your api key: ****d41f is invalid',
    kind: 'unauthorized',
    status: 401,
    sdk: 'node-openai',
    tail: 'd41f',
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'node, minified class name, no such user',
    text: 'Uncaught (in promise) Error: 401 Authentication Fails (no such user)\n    at t.generate (index-4f2a.js:1:20511)',
    kind: 'unauthorized',
    status: 401,
    sdk: 'node-openai',
    tail: null,
    variant: 'no-such-user',
    likely: null,
    top: 'mistyped',
  },
  {
    name: 'node, tail "ined" from undefined',
    text: 'AuthenticationError: 401 Authentication Fails, Your api key: ****ined is invalid\n    at APIError.generate (file:///srv/node_modules/openai/error.mjs:43:20)',
    kind: 'unauthorized',
    status: 401,
    sdk: 'node-openai',
    tail: 'ined',
    likely: 'not-set',
  },
  {
    name: 'node, no key at all',
    text: `/app/node_modules/openai/index.js:93
            throw new Errors.OpenAIError("The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option, like new OpenAI({ apiKey: 'My API Key' }).");
                  ^

OpenAIError: The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option, like new OpenAI({ apiKey: 'My API Key' }).
    at new OpenAI (/app/node_modules/openai/index.js:93:19)
    at file:///app/index.js:3:16`,
    kind: 'no-key',
    status: null,
    sdk: 'node-openai',
    tail: null,
    signs: ['no-key-node', 'openai-env-fallback'],
    missingVariable: 'OPENAI_API_KEY',
    likely: null,
    top: 'not-set',
  },
  {
    name: 'older openai-node / LangChain.js: Missing credentials',
    text: 'Error: Missing credentials. Please pass an `apiKey`, or set the `OPENAI_API_KEY` environment variable.\n    at new OpenAI (/app/node_modules/openai/index.js:59:19)',
    kind: 'no-key',
    status: null,
    sdk: 'node-openai',
    tail: null,
    signs: ['missing-credentials'],
    likely: null,
    // The SDK's own message, no framework around it: a variable read and found unset, first.
    top: 'not-set',
  },
  {
    name: 'node, invalid character in header',
    text: `TypeError [ERR_INVALID_CHAR]: Invalid character in header content ["Authorization"]
    at ClientRequest.setHeader (node:_http_outgoing:702:3)
    at new ClientRequest (node:_http_client:301:14)`,
    kind: 'invalid-header',
    status: null,
    sdk: 'node-openai',
    tail: null,
    signs: ['invalid-header'],
    likely: 'mistyped',
  },
  {
    // anomalyco/opencode#248: the reporter blotted the key out before posting.
    name: 'OpenAI’s 401 with the key blotted out by the reporter: no tail to read',
    text: 'Incorrect API key provided: sk-___********_____. You can find your API key at https://platform.openai.com/account/api-keys.',
    kind: 'openai-key-rejected',
    status: 401,
    sdk: 'unknown',
    tail: null,
    likely: 'not-passed',
  },
  {
    // requests' utils._validate_header_part: a key read with echo's newline (a secret made with
    // `echo "sk-…" | gcloud secrets versions add … --data-file=-`).
    name: 'requests, InvalidHeader: a newline after the key',
    text: "requests.exceptions.InvalidHeader: Invalid leading whitespace, reserved character(s), or return character(s) in header value: 'Bearer sk-7768310c…d86dfcbd\\n'",
    kind: 'invalid-header',
    status: null,
    sdk: 'unknown',
    tail: null,
    signs: ['invalid-header'],
    likely: 'mistyped',
  },
  {
    name: 'requests before 2.28 and aiohttp: the same, in their words',
    text: 'requests.exceptions.InvalidHeader: Invalid return character or leading space in header: Authorization\nValueError: Newline or carriage return detected in headers. Potential header injection attack.',
    kind: 'invalid-header',
    status: null,
    sdk: 'unknown',
    tail: null,
    likely: 'mistyped',
  },
  {
    name: 'node fetch, ByteString (a curly quote in the key)',
    text: 'TypeError: Cannot convert argument to a ByteString because the character at index 7 has a value of 8220 which is greater than 255.',
    kind: 'invalid-header',
    status: null,
    sdk: 'unknown',
    tail: null,
    likely: 'mistyped',
  },

  // --- no key reached the client (Python) --------------------------------------------------
  {
    name: 'python, api_key client option must be set',
    text: `Traceback (most recent call last):
  File "/Users/me/proj/app.py", line 4, in <module>
    client = OpenAI(api_key=os.getenv("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")
  File "/Users/me/proj/.venv/lib/python3.11/site-packages/openai/_client.py", line 105, in __init__
    raise OpenAIError(
openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable`,
    kind: 'no-key',
    status: null,
    sdk: 'python-openai',
    tail: null,
    // The quoted line passes os.getenv("DEEPSEEK_API_KEY"): that variable held nothing.
    signs: ['no-key-python', 'env-read-shown', 'openai-env-fallback'],
    missingVariable: 'DEEPSEEK_API_KEY',
    likely: 'not-set',
  },
  {
    // openai-python 2.34 renamed its "no key" message; its traceback quotes the raise first.
    name: 'python ≥2.34, Missing credentials … api_key, workload_identity',
    text: `Traceback (most recent call last):
  File "/Users/me/ai/day03.py", line 5, in <module>
    client = OpenAI(
  File "/Users/me/.venv/lib/python3.13/site-packages/openai/_client.py", line 194, in __init__
    raise OpenAIError(
        "Missing credentials. Please pass an api_key, workload_identity, admin_api_key, or set the OPENAI_API_KEY or OPENAI_ADMIN_KEY environment variable."
    )
openai.OpenAIError: Missing credentials. Please pass an api_key, workload_identity, admin_api_key, or set the OPENAI_API_KEY or OPENAI_ADMIN_KEY environment variable.`,
    kind: 'no-key',
    status: null,
    sdk: 'python-openai',
    tail: null,
    signs: ['no-key-python', 'openai-env-fallback'],
    message: 'OPENAI_ADMIN_KEY environment variable.',
    likely: null,
    top: 'not-set',
  },
  {
    // The same, said to have worked before (simonlin1212/TradingAgents-astock#66).
    name: 'python ≥2.34 "no key", after it worked: the variable went missing',
    text: '分析失败: Missing credentials. Please pass an api_key, workload_identity, admin_api_key, or set the OPENAI_API_KEY or OPENAI_ADMIN_KEY environment variable.\n\n.env里已配置deepseek api key，第一次用还是可以的，现在就不行了。',
    kind: 'no-key',
    status: null,
    sdk: 'python-openai',
    tail: null,
    signs: ['no-key-python', 'worked-before'],
    likely: null,
    top: 'not-set',
  },
  {
    // openai/openai-python#961, langchain-ai/langchain#21261: an empty key, refused as a header.
    name: "httpx: Illegal header value b'Bearer ' (an empty key)",
    text: `  File "/usr/lib/python3.10/site-packages/h11/_util.py", line 91, in validate
    raise LocalProtocolError(msg)
httpcore.LocalProtocolError: Illegal header value b'Bearer '

The above exception was the direct cause of the following exception:
openai.APIConnectionError: Connection error.`,
    kind: 'invalid-header',
    status: null,
    sdk: 'python-openai',
    tail: null,
    signs: ['empty-bearer'],
    likely: null,
    top: 'not-set',
  },
  {
    // Aider-AI/aider#985: aider's own warning, and cmd echoing an unset variable's name.
    name: 'aider: Missing these environment variables, and cmd’s echo of the name',
    text: 'C:\\Users\\sly\\bot>aider --model deepseek/deepseek-coder\nWarning for deepseek/deepseek-coder: Missing these environment variables:\n- DEEPSEEK_API_KEY\n\nC:\\Users\\sly\\bot>echo %DEEPSEEK_API_KEY%\n%DEEPSEEK_API_KEY%',
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    missingVariable: 'DEEPSEEK_API_KEY',
    checks: [{ kind: 'not-set' }],
    likely: 'not-set',
    top: 'not-set',
  },
  {
    // java-ai-tech/spring-ai-summary#36: a property that names itself.
    name: 'Spring: Circular placeholder reference for the api-key property',
    text: "Reason: java.lang.IllegalArgumentException: Circular placeholder reference 'spring.ai.deepseek.api-key' in property definitions",
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-set',
  },
  {
    name: 'python, KeyError from os.environ',
    text: `Traceback (most recent call last):
  File "/srv/bot/main.py", line 5, in <module>
    client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
  File "<frozen os>", line 714, in __getitem__
KeyError: 'DEEPSEEK_API_KEY'`,
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    signs: ['env-keyerror'],
    missingVariable: 'DEEPSEEK_API_KEY',
    likely: 'not-set',
  },
  {
    name: 'python, KeyError for another name',
    text: `  File "/srv/bot/config.py", line 3, in <module>
    API_KEY = os.environ["DEEPSEEK_KEY"]
KeyError: 'DEEPSEEK_KEY'`,
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    missingVariable: 'DEEPSEEK_KEY',
    likely: 'not-set',
  },
  {
    // Codex's EnvVarError, for a provider's env_key that is unset.
    name: 'codex, missing environment variable',
    text: 'Missing environment variable: `DEEPSEEK_API_KEY`. Create an API key (https://platform.deepseek.com/api_keys) and export it as an environment variable.',
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    signs: ['env-named-unset'],
    missingVariable: 'DEEPSEEK_API_KEY',
    likely: 'not-set',
  },
  {
    // The Vercel AI SDK's loadApiKey (@ai-sdk/deepseek): the variable it looked up is named.
    name: 'AI SDK, DeepSeek key missing (its LoadAPIKeyError)',
    text: "AI_LoadAPIKeyError: DeepSeek API key is missing. Pass it using the 'apiKey' parameter or the DEEPSEEK_API_KEY environment variable.\n    at loadApiKey (file:///app/node_modules/@ai-sdk/provider-utils/dist/index.mjs:521:11)",
    kind: 'no-key',
    status: null,
    sdk: 'ai-sdk',
    tail: null,
    signs: ['env-named-unset'],
    missingVariable: 'DEEPSEEK_API_KEY',
    likely: 'not-set',
  },
  {
    // agno's models/deepseek: a statement that the variable is unset.
    name: 'agno: DEEPSEEK_API_KEY not set',
    text: 'agno.exceptions.ModelProviderError: DEEPSEEK_API_KEY not set. Please set the DEEPSEEK_API_KEY environment variable.',
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    signs: ['env-named-unset'],
    missingVariable: 'DEEPSEEK_API_KEY',
    likely: 'not-set',
  },
  {
    // Streamlit's secrets: the key is not in secrets.toml or the Cloud app's settings.
    name: 'Streamlit: st.secrets has no key',
    text: 'KeyError: \'st.secrets has no key "DEEPSEEK_API_KEY". Did you forget to add it to secrets.toml, mount it to secret directory, or the app settings on Streamlit Cloud?\'',
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    signs: ['env-named-unset'],
    missingVariable: 'DEEPSEEK_API_KEY',
    likely: 'not-set',
  },
  {
    // pydantic-ai's providers/deepseek: set it, or pass it; either may be what is missing.
    name: 'pydantic-ai: set the variable or pass api_key',
    text: 'pydantic_ai.exceptions.UserError: Set the `DEEPSEEK_API_KEY` environment variable or pass it via `DeepSeekProvider(api_key=...)` to use the DeepSeek provider.',
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    missingVariable: 'DEEPSEEK_API_KEY',
    likely: null,
    top: 'not-set',
  },
  {
    // The kubelet: the pod's secretKeyRef names a key its Secret does not have.
    name: 'kubelet: the Secret has no such key',
    text: "Warning  Failed  12s  kubelet  Error: couldn't find key DEEPSEEK_API_KEY in Secret default/deepseek",
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    // The runtime's own word: the container could not get the variable.
    likely: 'not-set',
    top: 'not-set',
  },
  {
    // LiteLLM maps the openai SDK's own "no key" to its AuthenticationError (a 401 no server
    // sent): aider with an openai/ model and no OPENAI_API_KEY.
    name: 'LiteLLM wrapping the SDK’s "no key": no request, no status',
    text: 'litellm.AuthenticationError: AuthenticationError: OpenAIException - The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable',
    kind: 'no-key',
    status: null,
    sdk: 'litellm',
    tail: null,
    missingVariable: 'OPENAI_API_KEY',
    likely: null,
    top: 'not-passed',
  },
  {
    // requests' status line for another host's URL, with a gateway's HTML page as the body.
    name: 'a 401 from a gateway’s URL: not in DeepSeek’s words',
    text: 'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://ai-gw.corp.example.com/deepseek/v1/chat/completions\n<html><head><title>401 Authorization Required</title></head><body><center>nginx/1.24.0</center></body></html>',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: null,
  },
  {
    // GitHub Actions' step header: a set secret prints as ***, a missing one as nothing (a fork's
    // pull request gets no secrets).
    name: 'GitHub Actions: the key’s variable blank in the step’s env, and DeepSeek’s governor',
    text: "Run pytest tests/integration -q\n  pytest tests/integration -q\n  shell: /usr/bin/bash -e {0}\n  env:\n    DEEPSEEK_API_KEY: \n    pythonLocation: /opt/hostedtoolcache/Python/3.12.7/x64\nE       openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails (governor)', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}",
    kind: 'unauthorized',
    status: 401,
    sdk: 'python-openai',
    tail: null,
    signs: ['ci-secret-blank'],
    likely: 'not-set',
  },
  {
    name: 'GitHub Actions: a set secret (***) says nothing of the key',
    text: "Run pytest -q\n  pytest -q\n  shell: /usr/bin/bash -e {0}\n  env:\n    DEEPSEEK_API_KEY: ***\nE       openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails (governor)', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}",
    kind: 'unauthorized',
    status: 401,
    sdk: 'python-openai',
    tail: null,
    signs: [],
    likely: null,
    top: 'not-passed',
  },
  {
    // Spring's PropertyPlaceholderHelper: ${DEEPSEEK_API_KEY} is in no property source.
    name: 'Spring: a placeholder for the key it could not resolve',
    text: "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'deepSeekChatModel'\nCaused by: java.lang.IllegalArgumentException: Could not resolve placeholder 'DEEPSEEK_API_KEY' in value \"${DEEPSEEK_API_KEY}\"",
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    signs: ['env-named-unset'],
    missingVariable: 'DEEPSEEK_API_KEY',
    likely: 'not-set',
    top: 'not-set',
  },
  {
    // Haystack's EnvVarSecret (haystack/utils/auth.py): its OpenAI components read
    // OPENAI_API_KEY unless given another Secret.
    name: 'Haystack: none of the key variables it reads is set',
    text: "ValueError: None of the following authentication environment variables are set: ('OPENAI_API_KEY',)",
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    signs: ['env-named-unset'],
    missingVariable: 'OPENAI_API_KEY',
    likely: null,
    top: 'not-passed',
  },
  {
    // The same from createOpenAI, given no apiKey: it fell back to OpenAI's variable.
    name: 'AI SDK, OpenAI key missing from createOpenAI',
    text: "AI_LoadAPIKeyError: OpenAI API key is missing. Pass it using the 'apiKey' parameter or the OPENAI_API_KEY environment variable.",
    kind: 'no-key',
    status: null,
    sdk: 'ai-sdk',
    tail: null,
    signs: ['openai-env-fallback'],
    missingVariable: 'OPENAI_API_KEY',
    likely: null,
    top: 'not-set',
  },
  {
    // langchain-deepseek's validator.
    name: 'langchain-deepseek, DEEPSEEK_API_KEY must be set',
    text: `pydantic_core._pydantic_core.ValidationError: 1 validation error for ChatDeepSeek
  Value error, If using default api base, DEEPSEEK_API_KEY must be set. [type=value_error, input_value={'model': 'deepseek-chat'}, input_type=dict]`,
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    signs: ['env-named-unset'],
    missingVariable: 'DEEPSEEK_API_KEY',
    likely: 'not-set',
  },
  {
    // Spring AI's DeepSeek auto-configuration: no variable named, so not-set only leads.
    name: 'spring ai, DeepSeek API key must be set',
    text: 'Caused by: java.lang.IllegalArgumentException: DeepSeek API key must be set. Use the connection property: spring.ai.deepseek.api-key or spring.ai.deepseek.chat.api-key property.',
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    missingVariable: null,
    likely: null,
    top: 'not-set',
  },
  {
    name: 'rust, env::var expect',
    text: "thread 'main' panicked at src/main.rs:5:58:\n$DEEPSEEK_API_KEY is not set: NotPresent",
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    signs: ['env-named-unset'],
    missingVariable: 'DEEPSEEK_API_KEY',
    likely: 'not-set',
  },
  {
    name: 'python, illegal header value (newline in the key)',
    text: `  File "/venv/lib/python3.12/site-packages/h11/_headers.py", line 164, in normalize_and_validate
    validate(_field_value_re, value, "Illegal header value {!r}", value)
h11._util.LocalProtocolError: Illegal header value b'Bearer sk-0123456789abcdef0123456789abcdef\\n'

The above exception was the direct cause of the following exception:

openai.APIConnectionError: Connection error.`,
    kind: 'invalid-header',
    status: null,
    sdk: 'python-openai',
    tail: null,
    signs: ['invalid-header'],
    likely: 'mistyped',
  },
  {
    name: 'python, UnicodeEncodeError (curly quote in the key)',
    text: `  File "/usr/lib/python3.12/http/client.py", line 1308, in putheader
    values[i] = one_value.encode('latin-1')
UnicodeEncodeError: 'latin-1' codec can't encode character '\\u201c' in position 7: ordinal not in range(256)`,
    kind: 'invalid-header',
    status: null,
    sdk: 'unknown',
    tail: null,
    likely: 'mistyped',
  },

  // --- the key went to OpenAI ----------------------------------------------------------------
  {
    name: 'python, OpenAI says Incorrect API key provided',
    text: `${PY_FRAMES}openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-4f1e0***************************c0de. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`,
    kind: 'openai-key-rejected',
    status: 401,
    sdk: 'python-openai',
    tail: 'c0de',
    signs: ['openai-incorrect-key', 'openai-host'],
    likely: 'not-passed',
    message: 'Incorrect API key provided',
  },
  {
    name: 'node, OpenAI says Incorrect API key provided',
    text: 'AuthenticationError: 401 Incorrect API key provided: sk-abc*****************************wxyz. You can find your API key at https://platform.openai.com/account/api-keys.',
    kind: 'openai-key-rejected',
    status: 401,
    sdk: 'node-openai',
    tail: 'wxyz',
    likely: 'not-passed',
  },
  {
    name: "OpenAI: You didn't provide an API key",
    text: `openai.AuthenticationError: Error code: 401 - {'error': {'message': "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username. You can obtain an API key from https://platform.openai.com/account/api-keys.", 'type': 'invalid_request_error', 'param': None, 'code': None}}`,
    kind: 'openai-key-rejected',
    status: 401,
    sdk: 'python-openai',
    tail: null,
    signs: ['openai-host'],
    likely: 'not-passed',
  },
  {
    name: 'OpenAI quota 429: a valid OpenAI key, sent to OpenAI',
    text: `openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`,
    kind: 'rate-limited',
    status: 429,
    sdk: 'python-openai',
    tail: null,
    signs: ['openai-host'],
    likely: 'not-passed',
    notAuth: null,
  },

  // --- curl and raw bodies -----------------------------------------------------------------
  {
    name: 'curl -i, 401',
    text: `$ curl -i https://api.deepseek.com/models -H "Authorization: Bearer $DEEPSEEK_API_KEY"
HTTP/2 401
date: Fri, 28 Nov 2026 09:14:02 GMT
content-type: application/json
content-length: 146

${json401('Authentication Fails, Your api key: ****2c9d is invalid')}`,
    kind: 'unauthorized',
    status: 401,
    sdk: 'curl',
    tail: '2c9d',
    signs: ['deepseek-host'],
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'curl -i, empty variable',
    text: `HTTP/1.1 401 Unauthorized
Content-Type: application/json

${json401('Authentication Fails (auth header format should be Bearer sk-...)')}`,
    kind: 'unauthorized',
    status: 401,
    sdk: 'curl',
    tail: null,
    variant: 'bad-format',
    likely: null,
    top: 'not-set',
  },
  {
    name: 'curl -v',
    text: `> GET /models HTTP/2
> Host: api.deepseek.com
> authorization: Bearer sk-…
>
< HTTP/2 401
< content-type: application/json
<
${json401('Authentication Fails, Your api key: ****0f9e is invalid')}`,
    kind: 'unauthorized',
    status: 401,
    sdk: 'curl',
    tail: '0f9e',
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'raw JSON body only',
    text: json401('Authentication Fails, Your api key: ****b7c8 is invalid'),
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: 'b7c8',
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'PowerShell Invoke-RestMethod',
    text: `Invoke-RestMethod : ${json401('Authentication Fails, Your api key: ****0c1d is invalid')}
At line:1 char:1
+ Invoke-RestMethod -Uri https://api.deepseek.com/models -Headers $h
+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException`,
    kind: 'unauthorized',
    status: 401,
    sdk: 'powershell',
    tail: '0c1d',
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'curl, could not resolve host',
    text: 'curl: (6) Could not resolve host: api.deepseek.com',
    kind: 'network',
    status: null,
    sdk: 'curl',
    tail: null,
    network: 'dns',
    likely: null,
    notAuth: 'network',
  },

  // --- LangChain and LiteLLM ---------------------------------------------------------------
  {
    name: 'LangChain (Python) over openai',
    text: `Traceback (most recent call last):
  File "/app/chain.py", line 18, in <module>
    result = llm.invoke("hello")
  File "/app/.venv/lib/python3.11/site-packages/langchain_core/language_models/chat_models.py", line 286, in invoke
    self.generate_prompt(
  File "/app/.venv/lib/python3.11/site-packages/langchain_openai/chat_models/base.py", line 712, in _generate
    response = self.client.create(**payload)
  File "/app/.venv/lib/python3.11/site-packages/openai/_base_client.py", line 1059, in _request
    raise self._make_status_error_from_response(err.response) from None
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****e5a0 is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}`,
    kind: 'unauthorized',
    status: 401,
    sdk: 'langchain',
    tail: 'e5a0',
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'LangChain (Python), no openai_api_key',
    text: `pydantic.v1.error_wrappers.ValidationError: 1 validation error for ChatOpenAI
__root__
  Did not find openai_api_key, please add an environment variable \`OPENAI_API_KEY\` which contains it, or pass \`openai_api_key\` as a named parameter. (type=value_error)`,
    kind: 'no-key',
    status: null,
    sdk: 'langchain',
    tail: null,
    signs: ['langchain-no-key'],
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'LangChain.js, no key',
    text: `Error: OpenAI or Azure OpenAI API key or Token Provider not found
    at new ChatOpenAI (file:///app/node_modules/@langchain/openai/dist/chat_models.js:713:19)
    at file:///app/agent.mjs:6:13`,
    kind: 'no-key',
    status: null,
    sdk: 'langchain',
    tail: null,
    likely: null,
    top: 'not-set',
  },
  {
    name: 'LiteLLM, DeepseekException 401',
    text: 'litellm.exceptions.AuthenticationError: litellm.AuthenticationError: AuthenticationError: DeepseekException - {"error":{"message":"Authentication Fails, Your api key: ****1a2b is invalid","type":"authentication_error","param":null,"code":"invalid_request_error"}}',
    kind: 'unauthorized',
    status: 401,
    sdk: 'litellm',
    tail: '1a2b',
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'LiteLLM, missing key',
    text: 'litellm.exceptions.AuthenticationError: litellm.AuthenticationError: Missing Deepseek API Key - A call is being made to deepseek but no key is set either in the environment variables or via params',
    kind: 'no-key',
    status: null,
    sdk: 'litellm',
    tail: null,
    likely: null,
    top: 'not-set',
  },
  {
    name: 'LiteLLM, a model without its provider prefix',
    text: 'litellm.BadRequestError: LLM Provider NOT provided. Pass in the LLM provider you are trying to call. You passed model=deepseek-chat',
    kind: 'unknown-provider',
    status: null,
    sdk: 'litellm',
    tail: null,
    likely: null,
    notAuth: 'unknown-provider',
  },

  // --- logs ----------------------------------------------------------------------------------
  {
    name: 'app log line with noise',
    text: `2026-11-27 22:41:06,998 INFO  [worker-3] app.llm: sending 3 messages
2026-11-27 22:41:07,512 ERROR [worker-3] app.llm: call failed after 0.31s: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****5e6f is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}} (attempt 1/3)
2026-11-27 22:41:07,513 INFO  [worker-3] app.llm: giving up`,
    kind: 'unauthorized',
    status: 401,
    sdk: 'python-openai',
    tail: '5e6f',
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'httpx log line only',
    text: 'INFO:httpx:HTTP Request: POST https://api.deepseek.com/chat/completions "HTTP/1.1 401 Unauthorized"',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    variant: 'unknown',
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'chinese-locale log, 401',
    text: "2026-11-20 10:31:02 [错误] 调用 DeepSeek 接口失败：Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****3f2a is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}",
    kind: 'unauthorized',
    status: 401,
    sdk: 'python-openai',
    tail: '3f2a',
    likely: null,
    top: 'not-passed',
  },
  {
    // liliMozi/openhanako#615: only the message's second half, after Chinese punctuation.
    name: 'chinese-locale report, the message without “Authentication Fails”',
    text: '5. 对话报错：401，Your api key: ****3ffa is invalid',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: '3ffa',
    variant: 'invalid-key',
    likely: null,
    top: 'not-passed',
  },
  {
    // esengine/DeepSeek-Reasonix#5015: a 401 in prose, next to Chinese text.
    name: 'a reporter’s summary: a 401 in Chinese prose',
    text: 'reasonix setup 配置后第一次能用，重启应用/新建对话后立即 401 或 404',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    variant: 'unknown',
    likely: null,
    top: 'not-passed',
  },
  {
    // zed-industries/zed#64015: the failure in words, no status.
    name: 'a reporter’s summary: "api key invalid", no status',
    text: 'Deepseek api key invalid error',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // microsoft/vscode-copilot-release#6918: Copilot's bring-your-own-key failure.
    name: 'a tool’s summary: "token expired or invalid: 401"',
    text: 'Sorry, your request failed. Please try again.\n\nReason: token expired or invalid: 401',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // An Obsidian plugin's check: its "connection failed" wraps the key's refusal.
    name: 'an app’s summary: "连接失败：API Key无效或已过期" is the key’s refusal, not the network',
    text: '连接失败：API Key无效或已过期',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // Karben233/bili-hardcore#37: an app's own wrapper, before the requests line it wraps.
    name: 'an app’s summary: "DeepSeek API request failed: 401"',
    text: 'AI回答问题时发生错误: DeepSeek API request failed: 401',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // DayuanJiang/next-ai-draw-io#652: an app's own words for the failure.
    name: 'a tool’s summary: "Authentication failed. Please check your credentials."',
    text: '{"error":"Authentication failed. Please check your credentials."}',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // danny-avila/LibreChat#6856: the status and its words, without DeepSeek's message.
    name: 'a reporter’s summary: "401 Authentication Failure"',
    text: '401 Authentication Failure',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // firecrawl/open-lovable#76: the reason phrase alone, as the Vercel AI SDK passes it on.
    name: 'a client’s "API error: Unauthorized", no number',
    text: '[generate-ai-code-stream] Stream processing error: Error: DeepSeek API error: Unauthorized\n    at Object.streamText (app\\api\\generate-ai-code-stream\\route.ts:104:8)',
    kind: 'unauthorized',
    status: 401,
    sdk: 'node-openai',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // anomalyco/opencode#38505: nginx's words for a 401, printed by the AI SDK opencode runs on.
    name: 'a gateway’s "Authorization Required", no number',
    text: 'error="Authorization Required" stack="AI_APICallError: Authorization Required\\n    at <anonymous> (B:/~BUN/root/chunk-rhax75xc.js:6:14765)"',
    kind: 'unauthorized',
    status: 401,
    sdk: 'ai-sdk',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // cline/kanban#414: the words broken over a line.
    name: 'a reporter’s summary: "my API key is not correct", over two lines',
    text: 'When I choose deepseek as the provider,  the program says that my API\nkey is not correct even though I have confirmed and changed the keys\nmany times',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // Karben233/bili-hardcore#47: the tool keeps sending the old key.
    name: 'a reporter’s words: the tool keeps the old key',
    text: 'deepseek api key过期时无法更新key，会一直使用旧的key',
    kind: 'unrecognised',
    status: null,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // ChatGPTNextWeb/NextChat#6020: another value goes out as the key.
    name: 'a reporter’s words: the access password sent as the key',
    text: 'I used DEEPSEEK_API_KEY env var to specify my api key, but when I choose deepseek-chat model in the UI and start conversation, I get this:\n\nIt is passing my access password as api key to deepseek!',
    kind: 'unrecognised',
    status: null,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // Lakr233/FlowDown#101: the tool's check passes, the chat sends two Authorization values.
    name: 'a reporter’s words: the check passes, the header is doubled',
    text: '验证模型能过，但是聊天界面请求好像代码里addkey用的有点问题\n请求头会变成\n`Authorization: Bearer ,Bearer sk-xxx`\n\n去掉Bearer模型和聊天都过不了。',
    kind: 'unrecognised',
    status: null,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // langgenius/dify#39508: DeepSeek's error type for a 401, in the reporter's words.
    name: 'a reporter names DeepSeek’s error type: authentication_error',
    text: 'can not call the deepseek API with authentication_error',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // esengine/DeepSeek-Reasonix#7818: a tool's words for a refused key.
    name: 'a tool’s summary: "the server rejected your API key"',
    text: 'the server rejected your API key',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // zhangrenyang/deepseek#2: the plugin's check fails, curl with the same key works.
    name: 'a reporter’s words: the plugin refuses the key, curl takes it',
    text: '2025/2/6 14:00点在vscode中安装插件，添加API key后，验证失败，使用curl方式验证ok：',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'Java, OkHttp: the Response printed',
    text: 'Response{protocol=h2, code=401, message=, url=https://api.deepseek.com/chat/completions}',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'Java, HttpURLConnection: "Server returned HTTP response code: 401"',
    text: 'java.io.IOException: Server returned HTTP response code: 401 for URL: https://api.deepseek.com/chat/completions\n\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2000)',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // LazyAGI/LazyCraft#16: the app's own words.
    name: 'a reporter’s summary: "提示认证异常"',
    text: '输入deepseek或kimi API key，提示认证异常，日志记录中也没有出现相关的日志',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-passed',
  },
  {
    // Feather-2/Burner-X#44: the app found no key to use.
    name: 'chinese-locale app: "无可用key"',
    text: '在.env中配置了deepseek翻译的api key。\n登录到web前端后，选择deepseek模型，但是提示“无可用key”',
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    missingVariable: null,
    likely: null,
    top: 'not-set',
  },
  {
    // Kochava-Studios/witsy#210: the chat's engine had no key.
    name: 'an app asks for a key before it sends anything',
    text: 'You need to enter your API key in the Models tab of [Settings](#settings_models) in order to chat.',
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    missingVariable: null,
    likely: null,
    top: 'not-set',
  },
  {
    // papersgpt/papersgpt-for-zotero#34: the app did not keep the key (fixed in v0.0.9).
    name: 'an app forgets the key after each use',
    text: 'PapersGPT has no problem keeping my API-key for Gemini. But the one for Deepseek is forgotten after every use.',
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    missingVariable: null,
    likely: null,
    top: 'not-set',
  },
  {
    // esengine/DeepSeek-Reasonix#4390: the key was not kept between starts.
    name: 'an app asks for the key again at each start',
    text: '每次都要重新配置api',
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    missingVariable: null,
    likely: null,
    top: 'not-set',
  },
  {
    // ZhuLinsen/daily_stock_analysis#855: its own words, the variables far from "未配置".
    name: 'an app says no LLM key is configured',
    text: '未配置任何 LLM（LITELLM_CONFIG / LLM_CHANNELS / *_API_KEY），AI 分析功能将不可用',
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    likely: null,
    top: 'not-set',
  },
  {
    // api7/aisix#409: a CI run without the secret.
    name: 'a variable the program requires',
    text: '##[error]DEEPSEEK_API_KEY is required (the test gates on at least one upstream credential)',
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    missingVariable: 'DEEPSEEK_API_KEY',
    likely: 'not-set',
  },
  {
    name: 'a traceback’s line 401 is not a status',
    text: 'Traceback (most recent call last):\n  File "/app/run.py", line 401, in main\n    start()\nValueError: bad config',
    kind: 'unrecognised',
    status: null,
    sdk: 'unknown',
    tail: null,
    likely: null,
  },
  {
    name: 'chinese-locale log, no such user',
    text: '[ERROR] 2026/11/21 08:02:11 对话失败，状态码：401，返回：{"error":{"message":"Authentication Fails (no such user)","type":"authentication_error","param":null,"code":"invalid_request_error"}}',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    variant: 'no-such-user',
    likely: null,
    top: 'mistyped',
  },
  {
    name: 'chinese-locale log, auth failed without a message',
    text: '[ERROR] 认证失败：API 密钥无效，请检查 DEEPSEEK_API_KEY 配置',
    kind: 'unauthorized',
    status: 401,
    sdk: 'unknown',
    tail: null,
    variant: 'unknown',
    likely: null,
    top: 'not-passed',
  },
  {
    // danny-avila/LibreChat#6559: @langchain/deepseek's own "no key".
    name: '@langchain/deepseek: API key not found',
    text: 'Error: Deepseek API key not found. Please set the DEEPSEEK_API_KEY environment variable or pass the key into "apiKey" field.\n    at new ChatDeepSeek (/app/node_modules/@langchain/deepseek/dist/chat_models.cjs:371:19)',
    kind: 'no-key',
    status: null,
    sdk: 'langchain',
    tail: null,
    missingVariable: 'DEEPSEEK_API_KEY',
    likely: null,
    top: 'not-set',
  },
  {
    // camel-ai/owl#523: the framework demands OpenAI's variable.
    name: 'a framework’s start-up check: OPENAI_API_KEY missing',
    text: 'ValueError: Missing or empty required API keys in environment variables: OPENAI_API_KEY.',
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    missingVariable: 'OPENAI_API_KEY',
    likely: null,
    top: 'not-passed',
  },
  {
    // ai-novel#113: an app's "no DeepSeek key configured".
    name: 'chinese-locale app: no key configured',
    text: '未配置 DeepSeek 的 API Key。',
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    missingVariable: null,
    likely: null,
    top: 'not-set',
  },
  {
    // camel-ai/owl#133: compose substituted an empty string.
    name: 'docker compose: the key variable is not set',
    text: '# docker-compose up\nWARN[0000] The "DEEPSEEK_API_KEY" variable is not set. Defaulting to a blank string.',
    kind: 'no-key',
    status: null,
    sdk: 'unknown',
    tail: null,
    missingVariable: 'DEEPSEEK_API_KEY',
    // Compose's own word: the container gets the variable blank.
    likely: 'not-set',
    top: 'not-set',
  },
  {
    // dmMaze/BallonsTranslator#707: the status run into a word, in Chinese prose.
    name: 'a reporter’s summary: "显示error402"',
    text: '大佬 我照这样填了之后显示error402是怎么回事',
    kind: 'insufficient-balance',
    status: 402,
    sdk: 'unknown',
    tail: null,
    likely: null,
    notAuth: 'insufficient-balance',
  },
  {
    name: 'chinese-locale log, balance',
    text: '请求失败，状态码：402，错误信息：Insufficient Balance（余额不足）',
    kind: 'insufficient-balance',
    status: 402,
    sdk: 'unknown',
    tail: null,
    likely: null,
    notAuth: 'insufficient-balance',
  },
  {
    name: 'chinese-locale log, timeout',
    text: 'openai.APITimeoutError: Request timed out.\n[WARN] 请求 DeepSeek 超时，请稍后重试',
    kind: 'network',
    status: null,
    sdk: 'python-openai',
    tail: null,
    network: 'timeout',
    likely: null,
    notAuth: 'timeout',
  },

  // --- not authentication problems ---------------------------------------------------------
  {
    name: 'python 402',
    text: "openai.APIStatusError: Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error', 'param': None, 'code': 'invalid_request_error'}}",
    kind: 'insufficient-balance',
    status: 402,
    sdk: 'python-openai',
    tail: null,
    likely: null,
    notAuth: 'insufficient-balance',
  },
  {
    name: 'node 402 (a plain APIError)',
    text: 'Error: 402 Insufficient Balance\n    at APIError.generate (/app/node_modules/openai/error.js:66:14)',
    kind: 'insufficient-balance',
    status: 402,
    sdk: 'node-openai',
    tail: null,
    likely: null,
    notAuth: 'insufficient-balance',
  },
  {
    name: 'curl 402',
    text: 'HTTP/2 402\ncontent-type: application/json\n\n{"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"}}',
    kind: 'insufficient-balance',
    status: 402,
    sdk: 'curl',
    tail: null,
    likely: null,
    notAuth: 'insufficient-balance',
  },
  {
    name: 'python 429',
    text: "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate Limit Reached', 'type': 'rate_limit_error', 'param': None, 'code': 'rate_limit_exceeded'}}",
    kind: 'rate-limited',
    status: 429,
    sdk: 'python-openai',
    tail: null,
    likely: null,
    notAuth: 'rate-limited',
  },
  {
    name: 'node 429',
    text: 'RateLimitError: 429 Rate Limit Reached',
    kind: 'rate-limited',
    status: 429,
    sdk: 'node-openai',
    tail: null,
    likely: null,
    notAuth: 'rate-limited',
  },
  {
    name: 'python 503',
    text: "openai.InternalServerError: Error code: 503 - {'error': {'message': 'Server Overloaded', 'type': 'server_error', 'param': None, 'code': 'server_overloaded'}}",
    kind: 'server-error',
    status: 503,
    sdk: 'python-openai',
    tail: null,
    likely: null,
    notAuth: 'server',
  },
  {
    name: 'python 500',
    text: "openai.InternalServerError: Error code: 500 - {'error': {'message': 'Server Error', 'type': 'server_error', 'param': None, 'code': None}}",
    kind: 'server-error',
    status: 500,
    sdk: 'python-openai',
    tail: null,
    likely: null,
    notAuth: 'server',
  },
  {
    name: 'python 400, OpenAI model name (2026 message)',
    text: "openai.BadRequestError: Error code: 400 - {'error': {'message': 'The supported API model names are deepseek-flash or deepseek-v4-pro, but you passed gpt-4o-mini.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}",
    kind: 'model',
    status: 400,
    sdk: 'python-openai',
    tail: null,
    model: 'gpt-4o-mini',
    likely: null,
    notAuth: 'model',
  },
  {
    name: 'python 400, Model Not Exist',
    text: "openai.BadRequestError: Error code: 400 - {'error': {'message': 'Model Not Exist', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}",
    kind: 'model',
    status: 400,
    sdk: 'python-openai',
    tail: null,
    model: null,
    likely: null,
    notAuth: 'model',
  },
  {
    name: 'node 400, retired model',
    text: 'BadRequestError: 400 The supported API model names are deepseek-flash or deepseek-v4-pro, but you passed deepseek-chat.',
    kind: 'model',
    status: 400,
    sdk: 'node-openai',
    tail: null,
    model: 'deepseek-chat',
    likely: null,
    notAuth: 'model',
  },
  {
    name: 'doubled /chat/completions path, 404',
    text: 'INFO:httpx:HTTP Request: POST https://api.deepseek.com/chat/completions/chat/completions "HTTP/1.1 404 Not Found"\nopenai.NotFoundError: Error code: 404',
    kind: 'http-error',
    status: 404,
    sdk: 'python-openai',
    tail: null,
    signs: ['doubled-path'],
    likely: null,
    top: null,
  },

  // --- connection errors -------------------------------------------------------------------
  {
    name: 'python, DNS failure',
    text: `httpx.ConnectError: [Errno -3] Temporary failure in name resolution

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/app/main.py", line 10, in <module>
    client.models.list()
openai.APIConnectionError: Connection error.`,
    kind: 'network',
    status: null,
    sdk: 'python-openai',
    tail: null,
    network: 'dns',
    likely: null,
    notAuth: 'network',
  },
  {
    name: 'node, ECONNREFUSED through a dead proxy',
    text: `APIConnectionError: Connection error.
    at OpenAI.makeRequest (/app/node_modules/openai/core.js:316:19)
  cause: FetchError: request to https://api.deepseek.com/chat/completions failed, reason: connect ECONNREFUSED 127.0.0.1:7890`,
    kind: 'network',
    status: null,
    sdk: 'node-openai',
    tail: null,
    network: 'refused',
    likely: null,
    notAuth: 'network',
  },
  {
    name: 'python, corporate proxy TLS',
    text: `ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)

During handling of the above exception, another exception occurred:

openai.APIConnectionError: Connection error.`,
    kind: 'network',
    status: null,
    sdk: 'python-openai',
    tail: null,
    network: 'tls',
    likely: null,
    notAuth: 'network',
  },
  {
    name: 'python requests, urllib3 could not connect',
    text: "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.deepseek.com', port=443): Max retries exceeded with url: /chat/completions (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f2c>: Failed to establish a new connection: [Errno 101] Network is unreachable'))",
    kind: 'network',
    status: null,
    sdk: 'unknown',
    tail: null,
    network: 'other',
    likely: null,
    notAuth: 'network',
  },
  {
    // zhayujie/CowAgent#2718: the tool's own "(Status: 500…)" around a connection to OpenAI's
    // address, which its DeepSeek setting did not replace.
    name: 'a tool wrapping urllib3 bound for api.openai.com, with its own status 500',
    text: "[ERROR]\nAgent error: Error communicating with OpenAI: HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with url: /v1/chat/completions (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f2c>: Failed to establish a new connection: [Errno 101] Network is unreachable')) (Status: 500, Code: , Type: )",
    kind: 'network',
    status: null,
    sdk: 'unknown',
    tail: null,
    network: 'other',
    likely: null,
    top: 'not-passed',
    notAuth: null,
  },
  {
    // urllib3 2.x's DNS failure has no "Failed to establish a new connection" in it.
    name: 'a tool wrapping urllib3 that could not resolve the host, with its own status 500',
    text: "Agent error: HTTPSConnectionPool(host='api.deepseek.com', port=443): Max retries exceeded with url: /chat/completions (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f2c>: Failed to resolve 'api.deepseek.com' ([Errno -3] Temporary failure in name resolution)\")) (Status: 500, Code: , Type: )",
    kind: 'network',
    status: null,
    sdk: 'unknown',
    tail: null,
    network: 'dns',
    likely: null,
    notAuth: 'network',
  },
  {
    name: 'python, timeout',
    text: 'openai.APITimeoutError: Request timed out.',
    kind: 'network',
    status: null,
    sdk: 'python-openai',
    tail: null,
    network: 'timeout',
    likely: null,
    notAuth: 'timeout',
  },
  {
    name: 'browser, Failed to fetch',
    text: 'TypeError: Failed to fetch\n    at fetchWithTimeout (index-8c1d.js:2:1733)',
    kind: 'network',
    status: null,
    sdk: 'node-openai',
    tail: null,
    network: 'blocked',
    likely: null,
    notAuth: 'network',
  },

  // --- not recognised ----------------------------------------------------------------------
  // --- The page's terminal test, pasted back (src/key-test/terminal-commands.ts) -------------
  {
    name: 'terminal test, curl, 200: the key works',
    text: curlTestOutput(MODELS_JSON, '200'),
    kind: 'key-accepted',
    status: 200,
    sdk: 'curl',
    tail: null,
    models: ['deepseek-flash', 'deepseek-v4-pro'],
    likely: 'not-passed',
    notAuth: null,
  },
  {
    name: 'terminal test, Windows PowerShell 5.1, 200',
    text: powerShellTestOutput(MODELS_PS51, '200'),
    kind: 'key-accepted',
    status: 200,
    sdk: 'powershell',
    tail: null,
    models: ['deepseek-flash', 'deepseek-v4-pro'],
    likely: 'not-passed',
  },
  {
    name: 'terminal test, PowerShell 7, 200',
    text: powerShellTestOutput(MODELS_PS7, '200'),
    kind: 'key-accepted',
    status: 200,
    sdk: 'powershell',
    tail: null,
    models: ['deepseek-flash', 'deepseek-v4-pro'],
    likely: 'not-passed',
  },
  {
    name: 'terminal test, curl, 401',
    text: curlTestOutput(json401('Authentication Fails, Your api key: ****e5f6 is invalid'), '401'),
    kind: 'unauthorized',
    status: 401,
    sdk: 'curl',
    tail: 'e5f6',
    variant: 'invalid-key',
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'terminal test, PowerShell, 401',
    text: powerShellTestOutput(
      json401('Authentication Fails, Your api key: ****e5f6 is invalid'),
      '401',
    ),
    kind: 'unauthorized',
    status: 401,
    sdk: 'powershell',
    tail: 'e5f6',
    variant: 'invalid-key',
    likely: null,
    top: 'not-passed',
  },
  {
    name: 'terminal test, curl, empty variable',
    text: curlTestOutput(
      json401('Authentication Fails (auth header format should be Bearer sk-...)'),
      '401',
    ),
    kind: 'unauthorized',
    status: 401,
    sdk: 'curl',
    tail: null,
    variant: 'bad-format',
    likely: 'not-set',
  },
  {
    name: 'terminal test, curl, no answer',
    text: `curl: (7) Failed to connect to api.deepseek.com port 443 after 3 ms: Couldn't connect to server${curlTestOutput('', '000')}`,
    kind: 'network',
    status: null,
    sdk: 'curl',
    tail: null,
    network: 'refused',
    likely: null,
    notAuth: 'network',
  },
  {
    name: 'terminal test, PowerShell, no answer (no status, no body)',
    text: 'HTTP \n',
    kind: 'network',
    status: null,
    sdk: 'powershell',
    tail: null,
    network: 'other',
    likely: null,
    notAuth: 'network',
  },
  {
    name: 'the model list alone',
    text: MODELS_JSON,
    kind: 'key-accepted',
    status: 200,
    sdk: 'unknown',
    tail: null,
    models: ['deepseek-flash', 'deepseek-v4-pro'],
    likely: 'not-passed',
  },
  {
    name: 'the revoked check, 200',
    text: '200\n',
    kind: 'key-accepted',
    status: 200,
    sdk: 'unknown',
    tail: null,
    models: [],
    likely: 'not-passed',
  },

  // --- The page's own checks, pasted back (key-setup.ts, cause-checks.ts) ---------------------
  {
    name: 'presence check: NOT SET',
    text: 'NOT SET\n',
    kind: 'key-check',
    status: null,
    sdk: 'unknown',
    tail: null,
    checks: [{ kind: 'not-set' }],
    likely: 'not-set',
  },
  {
    name: 'presence check: set, with the quotes of a .env file',
    text: 'set, 37 chars, ends def"\n',
    kind: 'key-check',
    status: null,
    sdk: 'unknown',
    tail: null,
    checks: [{ kind: 'set', length: 37, tail: 'def"', problem: 'quote' }],
    likely: 'mistyped',
  },
  {
    name: 'presence check, the command echoed before its output',
    text: `$ [ -n "$DEEPSEEK_API_KEY" ] && echo "set, \${#DEEPSEEK_API_KEY} chars, ends \${DEEPSEEK_API_KEY: -4}" || echo "NOT SET"
set, 34 chars, ends 9abc
$`,
    kind: 'key-check',
    status: null,
    sdk: 'unknown',
    tail: null,
    checks: [{ kind: 'set', length: 34, tail: '9abc', problem: 'length' }],
    likely: 'mistyped',
  },
  {
    name: 'shape check: BAD SHAPE',
    text: 'BAD SHAPE: 36 chars, expected 35',
    kind: 'key-check',
    status: null,
    sdk: 'unknown',
    tail: null,
    checks: [{ kind: 'bad-shape', length: 36 }],
    likely: 'mistyped',
  },
  {
    name: "step 4's check: the client has OpenAI's base URL",
    text: 'https://api.openai.com/v1/ key ends 1a2b',
    kind: 'key-check',
    status: null,
    sdk: 'unknown',
    tail: null,
    checks: [{ kind: 'client', baseUrl: 'https://api.openai.com/v1/', tail: '1a2b', hasKey: true }],
    likely: 'not-passed',
  },
  {
    name: 'garbage',
    text: 'hello world, it does not work',
    kind: 'unrecognised',
    status: null,
    sdk: 'unknown',
    tail: null,
    likely: null,
  },
  {
    name: 'an unrelated Python error',
    text: `Traceback (most recent call last):
  File "calc.py", line 2, in <module>
    print(1 / 0)
ZeroDivisionError: division by zero`,
    kind: 'unrecognised',
    status: null,
    sdk: 'unknown',
    tail: null,
    likely: null,
  },
  {
    name: 'empty',
    text: '   \n  ',
    kind: 'unrecognised',
    status: null,
    sdk: 'unknown',
    tail: null,
    likely: null,
  },
];
