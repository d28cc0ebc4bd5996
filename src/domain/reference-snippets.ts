import { DEEPSEEK_BASE_URL as BASE, DEFAULT_MODEL, KEY_ENV_VAR as K } from './deepseek-facts.ts';
import type { CodeLanguage } from './snippets.ts';

/** The 401 as each SDK prints it (the tail `****1a2b` is what DeepSeek received). */
export const ERROR_AS_SEEN: Readonly<Record<CodeLanguage, string>> = {
  python: `Traceback (most recent call last):
  File "app.py", line 9, in <module>
    response = client.chat.completions.create(
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****1a2b is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}
`,
  node: `AuthenticationError: 401 Authentication Fails, Your api key: ****1a2b is invalid
    at APIError.generate (node_modules/openai/core/error.mjs:41:20)
    at OpenAI.makeStatusError (node_modules/openai/client.mjs:160:32) {
  status: 401,
  type: 'authentication_error',
  code: 'invalid_request_error',
  param: null
}
`,
};

/** Catch the rejection and ask for a new key for this run only (SPEC §2.4, workaround). */
export function workaroundCode(language: CodeLanguage, model: string = DEFAULT_MODEL): string {
  if (language === 'python') {
    return `import getpass
import os

from openai import AuthenticationError, OpenAI


def ask_for_key() -> str:
    return getpass.getpass("DeepSeek API key (hidden): ").strip()


client = OpenAI(api_key=os.environ.get("${K}") or ask_for_key(), base_url="${BASE}")
messages = [{"role": "user", "content": "Hello"}]
try:
    response = client.chat.completions.create(model="${model}", messages=messages)
except AuthenticationError:
    # The stored key was rejected: ask for a new one, for this run only.
    client = client.with_options(api_key=ask_for_key())
    response = client.chat.completions.create(model="${model}", messages=messages)
print(response.choices[0].message.content)
`;
  }
  return `import OpenAI from 'openai';
import { createInterface } from 'node:readline/promises';

async function askForKey() {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  const key = await prompt.question('DeepSeek API key: ');
  prompt.close();
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
  // The stored key was rejected: ask for a new one, for this run only.
  client = client.withOptions({ apiKey: await askForKey() });
  response = await client.chat.completions.create(request);
}
console.log(response.choices[0]?.message.content);
`;
}

/** A start-up check: presence, format, and a free GET /models (SPEC §2.4, prevention). */
export function preventionCode(language: CodeLanguage): string {
  if (language === 'python') {
    return `import os
import re
import sys

from openai import AuthenticationError, OpenAI


def deepseek_client() -> OpenAI:
    """Fail fast at start-up: the key is set, well-formed, and accepted by DeepSeek."""
    key = os.environ.get("${K}", "")
    if not key:
        sys.exit("${K} is not set in this process.")
    if not re.fullmatch(r"sk-[0-9a-f]{32}", key):
        sys.exit(f"${K} is malformed: {len(key)} characters, expected sk- and 32 hex.")
    client = OpenAI(api_key=key, base_url="${BASE}")
    try:
        client.models.list()  # GET /models: free, spends no tokens
    except AuthenticationError:
        sys.exit(f"DeepSeek rejects ${K} (ends {key[-4:]}): create a new key.")
    return client


client = deepseek_client()
`;
  }
  return `import OpenAI from 'openai';

/** Fail fast at start-up: the key is set, well-formed, and accepted by DeepSeek. */
export async function deepseekClient() {
  const key = process.env.${K} ?? '';
  if (!key) throw new Error('${K} is not set in this process.');
  if (!/^sk-[0-9a-f]{32}$/.test(key)) {
    throw new Error(\`${K} is malformed: \${key.length} characters, expected sk- and 32 hex.\`);
  }
  const client = new OpenAI({ apiKey: key, baseURL: '${BASE}' });
  try {
    await client.models.list(); // GET /models: free, spends no tokens
  } catch (error) {
    if (error instanceof OpenAI.AuthenticationError) {
      throw new Error(\`DeepSeek rejects ${K} (ends \${key.slice(-4)}): create a new key.\`);
    }
    throw error;
  }
  return client;
}

const client = await deepseekClient();
`;
}
