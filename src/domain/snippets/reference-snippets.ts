import { DEEPSEEK_BASE_URL as BASE, DEFAULT_MODEL, KEY_ENV_VAR as K } from '../deepseek-facts.ts';
import {
  ASK_PROMPT,
  HTTP_PREVENTION,
  HTTP_WORKAROUND,
  MALFORMED_TAIL,
  NOT_SET,
  REJECTED_NOTE,
  REJECTS,
  STARTUP_DOC,
  httpErrorAsSeen,
} from './http-reference.ts';
import type { CodeLanguage } from './snippets.ts';

const BODY_401 = `{"error":{"message":"Authentication Fails, Your api key: ****1a2b is invalid","type":"authentication_error","param":null,"code":"invalid_request_error"}}`;
const PY_DICT_401 = `{'error': {'message': 'Authentication Fails, Your api key: ****1a2b is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}`;

/**
 * The 401 as each client prints it (the tail `****1a2b` is what DeepSeek received). The Node.js
 * text is what openai-node 6.49 prints (tests/snippets checks the same lines from a real run).
 */
export const ERROR_AS_SEEN: Readonly<Record<CodeLanguage, string>> = {
  python: `Traceback (most recent call last):
  File "app.py", line 9, in <module>
    response = client.chat.completions.create(
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
openai.AuthenticationError: Error code: 401 - ${PY_DICT_401}
`,
  node: `file:///app/node_modules/openai/core/error.mjs:44
            return new AuthenticationError(status, error, message, headers);
                   ^

AuthenticationError: 401 Authentication Fails, Your api key: ****1a2b is invalid
    at APIError.generate (file:///app/node_modules/openai/core/error.mjs:44:20)
    at OpenAI.makeStatusError (file:///app/node_modules/openai/client.mjs:287:32)
    at OpenAI.makeRequest (file:///app/node_modules/openai/client.mjs:491:30)
    at async file:///app/app.mjs:13:18 {
  status: 401,
  headers: Headers {…},
  requestID: null,
  error: {
    message: 'Authentication Fails, Your api key: ****1a2b is invalid',
    type: 'authentication_error',
    param: null,
    code: 'invalid_request_error'
  },
  code: 'invalid_request_error',
  param: null,
  type: 'authentication_error'
}
`,
  curl: `${BODY_401}
curl: (22) The requested URL returned error: 401
`,
  powershell: `Invoke-RestMethod:
Line |
   8 |  $response = Invoke-RestMethod @request
     |              ~~~~~~~~~~~~~~~~~~~~~~~~~
     | ${BODY_401}
`,
  langchain: `Traceback (most recent call last):
  File "app.py", line 10, in <module>
    print(llm.invoke("Hello").content)
          ^^^^^^^^^^^^^^^^^^^
  File ".../langchain_core/language_models/chat_models.py", line 395, in invoke
    self.generate_prompt(
  ...
  File ".../openai/_base_client.py", line 1047, in request
    raise self._make_status_error_from_response(err.response) from None
openai.AuthenticationError: Error code: 401 - ${PY_DICT_401}
`,
  litellm: `Traceback (most recent call last):
  File "app.py", line 5, in <module>
    response = litellm.completion(
               ^^^^^^^^^^^^^^^^^^^
  ...
litellm.exceptions.AuthenticationError: litellm.AuthenticationError: DeepseekException - ${BODY_401}
`,
  java: httpErrorAsSeen('java', BODY_401),
  go: httpErrorAsSeen('go', BODY_401),
  csharp: httpErrorAsSeen('csharp', BODY_401),
  php: httpErrorAsSeen('php', BODY_401),
  rust: httpErrorAsSeen('rust', BODY_401),
};

function pythonWorkaround(model: string): string {
  return `import getpass
import os

from openai import AuthenticationError, OpenAI


def ask_for_key() -> str:
    return getpass.getpass("${ASK_PROMPT}").strip()


client = OpenAI(api_key=os.environ.get("${K}") or ask_for_key(), base_url="${BASE}")
messages = [{"role": "user", "content": "Hello"}]
try:
    response = client.chat.completions.create(model="${model}", messages=messages)
except AuthenticationError:
    # ${REJECTED_NOTE}
    client = client.with_options(api_key=ask_for_key())
    response = client.chat.completions.create(model="${model}", messages=messages)
print(response.choices[0].message.content)
`;
}

function nodeWorkaround(model: string): string {
  return `import OpenAI from 'openai';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';

/** Asks for a key on the terminal; what is typed is not shown (it goes to a silent stream). */
async function askForKey() {
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const prompt = createInterface({
    input: process.stdin,
    output: silent,
    terminal: Boolean(process.stdin.isTTY),
  });
  process.stderr.write('${ASK_PROMPT}');
  const key = await prompt.question('');
  prompt.close();
  process.stderr.write('\\n');
  return key.trim();
}

let client = new OpenAI({
  apiKey: process.env.${K} || (await askForKey()),
  baseURL: '${BASE}',
});
const request = { model: '${model}', messages: [{ role: 'user', content: 'Hello' }] };
let response;
try {
  response = await client.chat.completions.create(request);
} catch (error) {
  if (!(error instanceof OpenAI.AuthenticationError)) throw error;
  // ${REJECTED_NOTE}
  client = client.withOptions({ apiKey: await askForKey() });
  response = await client.chat.completions.create(request);
}
console.log(response.choices[0]?.message.content);
`;
}

function curlWorkaround(model: string): string {
  return `# Ask for a key (hidden) when ${K} is empty or DeepSeek rejects it: for this shell only.
ask_for_key() {
  printf '${ASK_PROMPT}' >&2
  read -rs ${K}
  echo >&2
}
chat() {
  curl -sS -w '\\n%{http_code}' ${BASE}/chat/completions \\
    -H "Content-Type: application/json" \\
    -H "Authorization: Bearer $${K}" \\
    -d '{"model": "${model}", "messages": [{"role": "user", "content": "Hello"}]}'
}
[ -n "$${K}" ] || ask_for_key
response=$(chat)
if [ "\${response##*$'\\n'}" = 401 ]; then
  echo "DeepSeek rejected the key." >&2
  ask_for_key
  response=$(chat)
fi
printf '%s\\n' "\${response%$'\\n'*}"
[ "\${response##*$'\\n'}" = 200 ]
`;
}

function powershellWorkaround(model: string): string {
  return `# Ask for a key (hidden) when ${K} is empty or DeepSeek rejects it: for this session only.
# Read-Host -AsSecureString works in Windows PowerShell 5.1 and PowerShell 7.
function Read-DeepSeekKey {
  $secure = Read-Host -AsSecureString 'DeepSeek API key'
  [Net.NetworkCredential]::new('', $secure).Password.Trim()
}
function Invoke-DeepSeekChat([string]$Key) {
  $request = @{
    Method = 'Post'
    Uri = '${BASE}/chat/completions'
    Headers = @{ Authorization = "Bearer $Key" }
    ContentType = 'application/json'
    Body = @{ model = '${model}'; messages = @(@{ role = 'user'; content = 'Hello' }) } | ConvertTo-Json -Depth 5
  }
  Invoke-RestMethod @request
}
if (-not $env:${K}) { $env:${K} = Read-DeepSeekKey }
try {
  $response = Invoke-DeepSeekChat $env:${K}
} catch {
  if ([int]$_.Exception.Response.StatusCode -ne 401) { throw }
  Write-Warning 'DeepSeek rejected the key.'
  $env:${K} = Read-DeepSeekKey
  $response = Invoke-DeepSeekChat $env:${K}
}
$response.choices[0].message.content
`;
}

function langchainWorkaround(model: string): string {
  return `import getpass
import os

from langchain_openai import ChatOpenAI
from openai import AuthenticationError


def ask_for_key() -> str:
    return getpass.getpass("${ASK_PROMPT}").strip()


def deepseek(api_key: str) -> ChatOpenAI:
    return ChatOpenAI(model="${model}", api_key=api_key, base_url="${BASE}")


llm = deepseek(os.environ.get("${K}") or ask_for_key())
try:
    answer = llm.invoke("Hello")
except AuthenticationError:
    # ${REJECTED_NOTE}
    llm = deepseek(ask_for_key())
    answer = llm.invoke("Hello")
print(answer.content)
`;
}

function litellmWorkaround(model: string): string {
  return `import getpass
import os

import litellm


def ask_for_key() -> str:
    return getpass.getpass("${ASK_PROMPT}").strip()


def chat(api_key: str):
    return litellm.completion(
        model="deepseek/${model}",
        messages=[{"role": "user", "content": "Hello"}],
        api_key=api_key,
        api_base="${BASE}",
    )


try:
    response = chat(os.environ.get("${K}") or ask_for_key())
except litellm.AuthenticationError:
    # ${REJECTED_NOTE}
    response = chat(ask_for_key())
print(response.choices[0].message.content)
`;
}

const WORKAROUND: Record<CodeLanguage, (model: string) => string> = {
  python: pythonWorkaround,
  node: nodeWorkaround,
  curl: curlWorkaround,
  powershell: powershellWorkaround,
  langchain: langchainWorkaround,
  litellm: litellmWorkaround,
  ...HTTP_WORKAROUND,
};

/**
 * Catch the rejection and ask for a new key for this run only, without echoing it
 * (SPEC §2.4, workaround).
 */
export function workaroundCode(language: CodeLanguage, model: string = DEFAULT_MODEL): string {
  return WORKAROUND[language](model);
}

/** The key checks shared by the Python start-up checks, indented for a function body. */
const PY_KEY_CHECKS = `    key = os.environ.get("${K}", "")
    if not key:
        sys.exit("${NOT_SET}")
    if not re.fullmatch(r"sk-[0-9a-f]{32}", key):
        sys.exit(f"${K} is malformed: {len(key)} ${MALFORMED_TAIL}")`;
const PY_REJECTED = `        sys.exit(f"${REJECTS} (ends {key[-4:]}): create a new key.")`;

function pythonPrevention(): string {
  return `import os
import re
import sys

from openai import AuthenticationError, OpenAI


def deepseek_client() -> OpenAI:
    """${STARTUP_DOC}"""
${PY_KEY_CHECKS}
    client = OpenAI(api_key=key, base_url="${BASE}")
    try:
        client.models.list()  # GET /models: free, spends no tokens
    except AuthenticationError:
${PY_REJECTED}
    return client


client = deepseek_client()
`;
}

function nodePrevention(): string {
  return `import OpenAI from 'openai';

/** ${STARTUP_DOC} */
export async function deepseekClient() {
  const key = process.env.${K} ?? '';
  if (!key) throw new Error('${NOT_SET}');
  if (!/^sk-[0-9a-f]{32}$/.test(key)) {
    throw new Error(\`${K} is malformed: \${key.length} ${MALFORMED_TAIL}\`);
  }
  const client = new OpenAI({ apiKey: key, baseURL: '${BASE}' });
  try {
    await client.models.list(); // GET /models: free, spends no tokens
  } catch (error) {
    if (error instanceof OpenAI.AuthenticationError) {
      throw new Error(\`${REJECTS} (ends \${key.slice(-4)}): create a new key.\`);
    }
    throw error;
  }
  return client;
}

const client = await deepseekClient();
`;
}

function curlPrevention(): string {
  return `# ${STARTUP_DOC}
check_deepseek_key() {
  if [ -z "$${K}" ]; then
    echo "${K} is not set in this shell." >&2
    return 1
  fi
  if [[ ! "$${K}" =~ ^sk-[0-9a-f]{32}$ ]]; then
    echo "${K} is malformed: \${#${K}} ${MALFORMED_TAIL}" >&2
    return 1
  fi
  local status
  # GET /models: free, spends no tokens
  status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $${K}" ${BASE}/models)
  if [ "$status" = 401 ]; then
    echo "${REJECTS} (ends \${${K}: -4}): create a new key." >&2
    return 1
  fi
  if [ "$status" != 200 ]; then
    echo "GET /models answered HTTP $status." >&2
    return 1
  fi
  echo "${K} OK"
}
check_deepseek_key
`;
}

function powershellPrevention(): string {
  return `# ${STARTUP_DOC}
function Assert-DeepSeekKey {
  $key = $env:${K}
  if (-not $key) { throw '${K} is not set in this session.' }
  if ($key -cnotmatch '^sk-[0-9a-f]{32}$') {
    throw "${K} is malformed: $($key.Length) ${MALFORMED_TAIL}"
  }
  try {
    # GET /models: free, spends no tokens
    $null = Invoke-RestMethod -Uri '${BASE}/models' -Headers @{ Authorization = "Bearer $key" }
  } catch {
    if ([int]$_.Exception.Response.StatusCode -eq 401) {
      throw "${REJECTS} (ends $($key.Substring($key.Length - 4))): create a new key."
    }
    throw
  }
  '${K} OK'
}
Assert-DeepSeekKey
`;
}

function langchainPrevention(model: string): string {
  return `import os
import re
import sys

from langchain_openai import ChatOpenAI
from openai import AuthenticationError, OpenAI


def deepseek_llm() -> ChatOpenAI:
    """${STARTUP_DOC}"""
${PY_KEY_CHECKS}
    try:
        # GET /models through the openai SDK that ChatOpenAI uses: free, spends no tokens
        OpenAI(api_key=key, base_url="${BASE}").models.list()
    except AuthenticationError:
${PY_REJECTED}
    return ChatOpenAI(model="${model}", api_key=key, base_url="${BASE}")


llm = deepseek_llm()
`;
}

function litellmPrevention(): string {
  return `import os
import re
import sys
import urllib.error
import urllib.request


def check_deepseek_key() -> None:
    """${STARTUP_DOC}"""
${PY_KEY_CHECKS}
    request = urllib.request.Request(
        "${BASE}/models", headers={"Authorization": f"Bearer {key}"}
    )
    try:
        urllib.request.urlopen(request, timeout=10).close()  # GET /models: free, spends no tokens
    except urllib.error.HTTPError as error:
        if error.code == 401:
${PY_REJECTED.replace(/^ {8}/, '            ')}
        raise


# Run it before the first LiteLLM call: for "deepseek/…" models LiteLLM reads ${K} itself.
check_deepseek_key()
`;
}

const PREVENTION: Record<CodeLanguage, (model: string) => string> = {
  python: pythonPrevention,
  node: nodePrevention,
  curl: curlPrevention,
  powershell: powershellPrevention,
  langchain: langchainPrevention,
  litellm: litellmPrevention,
  ...HTTP_PREVENTION,
};

/**
 * A start-up check: presence, format (sk- and 32 lowercase hex), and a free GET /models
 * (SPEC §2.4, prevention). `model` is used only where the check also builds the client (LangChain).
 */
export function preventionCode(language: CodeLanguage, model: string = DEFAULT_MODEL): string {
  return PREVENTION[language](model);
}
