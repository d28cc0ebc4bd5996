import { describe, expect, it } from 'vitest';
import type { CodeFindingCode } from '../../src/domain/code/findings.ts';
import { lintCode } from '../../src/domain/code/lint-code.ts';
import { prepareCode } from '../../src/domain/code/prepare.ts';
import { repairCode } from '../../src/domain/code/repair.ts';
import { parseCode } from '../../src/domain/code/syntax.ts';

const KEY = 'sk-0123456789abcdef0123456789abcdef';
const OTHER = 'sk-fedcba9876543210fedcba9876543210';

/** True when lezer reads the code without an error node. */
function parses(code: string, language: 'python' | 'node'): boolean {
  let ok = true;
  parseCode(code, language).iterate({
    enter(node) {
      if (node.type.isError) ok = false;
    },
  });
  return ok;
}

/**
 * [name, code, findings expected (codes, in order of line), text the repair must hold,
 *  text it must not hold]
 */
type Case = [string, string, CodeFindingCode[], string[], string[]];

const CASES: Case[] = [
  [
    'import openai as oa',
    'import openai as oa\nclient = oa.OpenAI()\n',
    ['no-api-key', 'no-base-url'],
    ['oa.OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")'],
    [],
  ],
  [
    'from openai import OpenAI as Client',
    'from openai import OpenAI as Client\nclient = Client(api_key="sk-your-key-here")\n',
    ['placeholder-key', 'no-base-url'],
    ['Client(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")'],
    [],
  ],
  [
    'openai.AsyncOpenAI()',
    'import os\nimport openai\nclient = openai.AsyncOpenAI(api_key=os.environ["DEEPSEEK_API_KEY"])\n',
    ['environ-fails-loudly', 'no-base-url'],
    ['base_url="https://api.deepseek.com"'],
    [],
  ],
  [
    "OpenAI(**kwargs) with OpenAI's base URL",
    'import os\nfrom openai import OpenAI\n\nkwargs = {\n    "api_key": os.environ["DEEPSEEK_API_KEY"],\n    "base_url": "https://api.openai.com/v1",\n}\nclient = OpenAI(**kwargs)\n',
    ['environ-fails-loudly', 'foreign-base-url'],
    ['"base_url": "https://api.deepseek.com",'],
    ['api.openai.com'],
  ],
  [
    'OpenAI(**kwargs) with no base URL',
    'import os\nfrom openai import OpenAI\nkwargs = {"api_key": os.environ["DEEPSEEK_API_KEY"]}\nclient = OpenAI(**kwargs)\n',
    ['environ-fails-loudly', 'no-base-url'],
    [
      'kwargs = {"api_key": os.environ["DEEPSEEK_API_KEY"], "base_url": "https://api.deepseek.com"}',
    ],
    [],
  ],
  [
    'OpenAI(**dict(...))',
    'import os\nfrom openai import OpenAI\nsettings = dict(api_key=os.getenv("DEEPSEEK_API_KEY"))\nclient = OpenAI(**settings)\n',
    ['getenv-none', 'no-base-url'],
    ['dict(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")'],
    [],
  ],
  [
    "new OpenAI({ ...config }) with OpenAI's base URL",
    "import OpenAI from 'openai';\nconst config = {\n  apiKey: process.env.DEEPSEEK_API_KEY,\n  baseURL: 'https://api.openai.com/v1',\n};\nconst client = new OpenAI({ ...config });\n",
    ['foreign-base-url', 'node-env-not-loaded'],
    ["baseURL: 'https://api.deepseek.com'"],
    ['api.openai.com'],
  ],
  [
    'new OpenAI(config) with no base URL',
    "import OpenAI from 'openai';\nconst config = { apiKey: process.env.DEEPSEEK_API_KEY };\nconst client = new OpenAI(config);\n",
    ['no-base-url', 'node-env-not-loaded'],
    [
      "const config = { apiKey: process.env.DEEPSEEK_API_KEY, baseURL: 'https://api.deepseek.com' };",
    ],
    [],
  ],
  [
    'a template literal that reads the environment',
    "import OpenAI from 'openai';\nconst client = new OpenAI({\n  apiKey: `${process.env.DEEPSEEK_API_KEY}`,\n  baseURL: 'https://api.deepseek.com',\n});\n",
    ['node-env-not-loaded'],
    ['apiKey: `${process.env.DEEPSEEK_API_KEY}`'],
    [],
  ],
  [
    'an f-string that reads the environment',
    'import os\nfrom openai import OpenAI\nclient = OpenAI(api_key=f"{os.environ[\'DEEPSEEK_API_KEY\']}", base_url="https://api.deepseek.com")\n',
    ['environ-fails-loudly'],
    ['api_key=f"{os.environ[\'DEEPSEEK_API_KEY\']}"'],
    [],
  ],
  [
    'JS inside a Markdown fence',
    "Here is my code:\n\n```ts\nimport OpenAI from 'openai';\nconst client = new OpenAI({ apiKey: 'sk-your-key' });\n```\n\nIt fails with 401.\n",
    ['placeholder-key', 'no-base-url'],
    [
      "```ts\nimport OpenAI from 'openai';\nconst client = new OpenAI({ apiKey: process.env.DEEPSEEK_API_KEY, baseURL: 'https://api.deepseek.com' });\n```",
    ],
    [],
  ],
  [
    'LangChain JS configuration.baseURL',
    "import { ChatOpenAI } from '@langchain/openai';\nconst llm = new ChatOpenAI({\n  apiKey: process.env.DEEPSEEK_API_KEY,\n  configuration: { baseURL: 'https://api.openai.com/v1' },\n});\n",
    ['foreign-base-url', 'node-env-not-loaded'],
    ["configuration: { baseURL: 'https://api.deepseek.com' }"],
    ['  baseURL:'],
  ],
  [
    'curl with the key in single quotes',
    `curl https://api.deepseek.com/models -H 'Authorization: Bearer ${KEY}'\n`,
    ['hard-coded-key'],
    ['-H "Authorization: Bearer $DEEPSEEK_API_KEY"'],
    ["'Authorization"],
  ],
  [
    'a Python REPL session',
    '>>> from openai import OpenAI\n>>> client = OpenAI(\n...     api_key="sk-your-key",\n... )\n',
    ['placeholder-key', 'no-base-url'],
    ['>>> client = OpenAI(\n', '...     api_key=os.environ["DEEPSEEK_API_KEY"],\n'],
    [],
  ],
  [
    'from os import getenv',
    'from os import getenv\nfrom openai import OpenAI\nclient = OpenAI(api_key=getenv("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")\n',
    ['getenv-none'],
    ['api_key=os.environ["DEEPSEEK_API_KEY"]', 'import os\n'],
    ['getenv("DEEPSEEK'],
  ],
  [
    'env = os.environ',
    'import os\nfrom openai import OpenAI\nenv = os.environ\nclient = OpenAI(api_key=env.get("OPENAI_API_KEY"), base_url="https://api.deepseek.com")\n',
    ['env-var-name', 'getenv-none'],
    // OPENAI_API_KEY for a client with DeepSeek's base URL holds the DeepSeek key: it stays.
    ['api_key=os.environ["OPENAI_API_KEY"]'],
    [],
  ],
];

describe('lintCode reads code through its syntax tree', () => {
  it.each(CASES)('%s', (_name, code, codes, holds, lacks) => {
    const lint = lintCode(code);
    expect(lint.findings.map((f) => f.code).sort()).toEqual([...codes].sort());
    const { fixed } = repairCode(code, lint);
    for (const text of holds) expect(fixed).toContain(text);
    for (const text of lacks) expect(fixed).not.toContain(text);
    if (lint.language === 'python' && !code.startsWith('>>>')) {
      expect(parses(fixed, 'python')).toBe(true);
    }
  });
});

/**
 * Code as people paste it: classes, async clients, factories, config dicts and objects, Next.js
 * route handlers, Jupyter cells, LangChain and LiteLLM, TypeScript with types. [name, code, the
 * findings it should give]. Each repair must parse (prompts and magics read as blanks, as the
 * page reads them) and hold no key.
 */
const REALISTIC: [string, string, CodeFindingCode[]][] = [
  [
    'py class wrapping the client',
    `import os
from openai import OpenAI


class Assistant:
    def __init__(self, model: str = "gpt-4o"):
        self.client = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))
        self.model = model

    def ask(self, question: str) -> str:
        reply = self.client.chat.completions.create(
            model=self.model, messages=[{"role": "user", "content": question}]
        )
        return reply.choices[0].message.content
`,
    ['openai-model', 'no-base-url', 'env-var-name', 'getenv-none'],
  ],
  [
    'py async client in an async main',
    `import asyncio
import os
from openai import AsyncOpenAI

client = AsyncOpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com/v1")


async def main():
    r = await client.chat.completions.create(model="deepseek-chat", messages=[])
    print(r)

asyncio.run(main())
`,
    ['environ-fails-loudly', 'retired-model'],
  ],
  [
    'py factory function with a default key',
    `import os
from openai import OpenAI


def make_client(key=None):
    return OpenAI(api_key=key or os.getenv("DEEPSEEK_API_KEY", "${KEY}"), base_url="https://api.deepseek.com")
`,
    ['key-in-getenv-default'],
  ],
  [
    'py config dict passed with **',
    `import os
from openai import OpenAI

CONFIG = {
    "api_key": "${KEY}",
    "base_url": "https://api.deepseek.com/chat/completions",
}
client = OpenAI(**CONFIG)
`,
    ['hard-coded-key', 'base-url-path'],
  ],
  [
    'py getenv with a key as the default',
    `import os
from openai import OpenAI

api_key = os.getenv("DEEPSEEK_API_KEY", "${KEY}")
client = OpenAI(api_key=api_key, base_url="https://api.deepseek.com")
`,
    ['key-in-getenv-default'],
  ],
  [
    'py getenv with an empty default',
    `import os
from openai import OpenAI

client = OpenAI(api_key=os.getenv("DEEPSEEK_API_KEY", ""), base_url="https://api.deepseek.com")
`,
    // An empty key, not None: the SDK sends it (no OPENAI_API_KEY fallback), with no key in it.
    ['getenv-none-http'],
  ],
  [
    'py getenv with an empty default, checked before use',
    `import os
from openai import OpenAI

API_KEY = os.getenv('DEEPSEEK_API_KEY', '')

def main():
    if not API_KEY:
        raise SystemExit('DEEPSEEK_API_KEY is not set')
    client = OpenAI(api_key=API_KEY, base_url='https://api.deepseek.com')
`,
    [],
  ],
  [
    'py getenv checked before use',
    `import os
from openai import OpenAI

api_key = os.getenv("DEEPSEEK_API_KEY")
if api_key is None:
    raise ValueError("Set DEEPSEEK_API_KEY")
client = OpenAI(api_key=api_key, base_url="https://api.deepseek.com")
`,
    [],
  ],
  [
    'py AzureOpenAI copied from Azure docs',
    `import os
from openai import AzureOpenAI

client = AzureOpenAI(
    api_key=os.getenv("AZURE_OPENAI_API_KEY"),
    api_version="2024-02-01",
    azure_endpoint=os.getenv("AZURE_OPENAI_ENDPOINT"),
)
`,
    ['azure-client', 'no-base-url', 'env-var-name', 'getenv-none'],
  ],
  [
    'py AsyncAzureOpenAI through the module',
    `import openai

client = openai.AsyncAzureOpenAI(azure_endpoint="https://me.openai.azure.com", api_version="2024-06-01", api_key="${KEY}")
`,
    ['azure-client', 'no-base-url', 'hard-coded-key'],
  ],
  [
    'py Jupyter cell with %env and a key',
    `%env DEEPSEEK_API_KEY=${KEY}
from openai import OpenAI
client = OpenAI(base_url="https://api.deepseek.com")
`,
    ['no-api-key'],
  ],
  [
    'py Jupyter cell with !pip and os.environ set',
    `!pip install openai
import os
os.environ["DEEPSEEK_API_KEY"] = "${KEY}"
from openai import OpenAI
client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
`,
    ['hard-coded-key', 'environ-fails-loudly'],
  ],
  [
    'py IPython In [n] prompts',
    `In [1]: from openai import OpenAI
In [2]: client = OpenAI(api_key="sk-xxxx")
`,
    ['no-base-url', 'placeholder-key'],
  ],
  [
    'py LangChain ChatOpenAI with openai_api_base',
    `import os
from langchain_openai import ChatOpenAI

llm = ChatOpenAI(
    model="gpt-4o-mini",
    openai_api_key=os.getenv("DEEPSEEK_API_KEY"),
    openai_api_base="https://api.deepseek.com",
)
`,
    ['openai-model', 'getenv-none'],
  ],
  [
    'py LangChain ChatOpenAI without a base URL',
    `from langchain_openai import ChatOpenAI

llm = ChatOpenAI(model="deepseek-chat", api_key="${KEY}")
`,
    ['no-base-url', 'hard-coded-key', 'retired-model'],
  ],
  [
    'py LangChain ChatDeepSeek with a key',
    `from langchain_deepseek import ChatDeepSeek

llm = ChatDeepSeek(model="deepseek-chat", api_key="${KEY}")
`,
    ['retired-model', 'hard-coded-key'],
  ],
  [
    'py LiteLLM completion with a key',
    `from litellm import completion

response = completion(model="deepseek/deepseek-chat", messages=[], api_key="${KEY}")
`,
    ['retired-model', 'hard-coded-key'],
  ],
  [
    'py LiteLLM with openai/ and a base URL',
    `import os
import litellm

response = litellm.completion(
    model="openai/deepseek-chat",
    api_base="https://api.deepseek.com",
    api_key=os.getenv("DEEPSEEK_API_KEY"),
    messages=[{"role": "user", "content": "hi"}],
)
`,
    ['getenv-none'],
  ],
  [
    'py dotenv loaded after the client',
    `import os
from dotenv import load_dotenv
from openai import OpenAI

client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
load_dotenv()
`,
    ['environ-fails-loudly', 'dotenv-too-late'],
  ],
  [
    'py requests with a bare key header',
    `import os
import requests

resp = requests.post(
    "https://api.deepseek.com/chat/completions",
    headers={"Authorization": os.environ["DEEPSEEK_API_KEY"]},
    json={"model": "deepseek-chat", "messages": []},
)
`,
    ['auth-header-no-bearer', 'environ-fails-loudly', 'retired-model'],
  ],
  [
    'py httpx with an f-string Bearer',
    `import os
import httpx

headers = {"Authorization": f"Bearer {os.environ['DEEPSEEK_API_KEY']}"}
r = httpx.get("https://api.deepseek.com/models", headers=headers)
`,
    ['environ-fails-loudly'],
  ],
  [
    'py key in a docstring and a comment',
    `"""Bot.

Old key: ${OTHER}
"""
import os
from openai import OpenAI

# key = "${KEY}"
client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
`,
    ['key-in-comment', 'key-in-comment', 'environ-fails-loudly'],
  ],
  // NOTE: the OpenAI base URL in the settings class is not followed through `s.base_url`.
  [
    'py dataclass settings',
    `import os
from dataclasses import dataclass
from openai import OpenAI


@dataclass
class Settings:
    api_key: str = "${KEY}"
    base_url: str = "https://api.openai.com/v1"


s = Settings()
client = OpenAI(api_key=s.api_key, base_url=s.base_url)
`,
    ['hard-coded-key'],
  ],
  [
    'py kwargs built from the environment, read with environ.get',
    `import os
from openai import OpenAI

client = OpenAI(api_key=os.environ.get("DEEPSEEK_KEY"), base_url="https://api.deepseek.com")
`,
    ['env-var-name', 'getenv-none'],
  ],
  [
    'py unofficial deepseek package',
    `from deepseek import DeepSeek

client = DeepSeek(api_key="${KEY}")
`,
    ['unofficial-package', 'no-base-url', 'hard-coded-key'],
  ],
  [
    'py anthropic SDK (another provider)',
    `import anthropic

client = anthropic.Anthropic(api_key="${KEY}")
`,
    ['no-client', 'hard-coded-key'],
  ],
  [
    'py retired model name',
    `import os
from openai import OpenAI

client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
resp = client.chat.completions.create(model="gpt-3.5-turbo", messages=[])
`,
    ['environ-fails-loudly', 'openai-model'],
  ],
  [
    'ts typed client module',
    `import OpenAI from 'openai';

const apiKey: string | undefined = process.env.OPENAI_API_KEY;

export const client: OpenAI = new OpenAI({ apiKey });
`,
    // A module that exports runs where a framework or the platform set the environment.
    ['env-var-name', 'no-base-url'],
  ],
  [
    'ts Next.js route handler',
    `import OpenAI from 'openai';
import { NextResponse } from 'next/server';

const openai = new OpenAI({ apiKey: process.env.DEEPSEEK_API_KEY!, baseURL: 'https://api.deepseek.com' });

export async function POST(req: Request) {
  const { prompt } = await req.json();
  const completion = await openai.chat.completions.create({ model: 'deepseek-chat', messages: [{ role: 'user', content: prompt }] });
  return NextResponse.json(completion);
}
`,
    ['retired-model'],
  ],
  [
    'ts Next.js route with a NEXT_PUBLIC_ key',
    `import OpenAI from 'openai';

export async function GET() {
  const client = new OpenAI({
    apiKey: process.env.NEXT_PUBLIC_OPENAI_KEY,
    baseURL: 'https://api.deepseek.com',
  });
  return Response.json(await client.models.list());
}
`,
    ['env-var-name'],
  ],
  [
    'ts Vite import.meta.env',
    `import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: import.meta.env.VITE_DEEPSEEK_API_KEY,
  baseURL: 'https://api.deepseek.com',
  dangerouslyAllowBrowser: true,
});
`,
    [],
  ],
  [
    'ts class with a private client',
    `import OpenAI from 'openai';

export class ChatService {
  private readonly client: OpenAI;

  constructor(private readonly model = 'gpt-4o') {
    this.client = new OpenAI({ apiKey: process.env['DEEPSEEK_API_KEY'], baseUrl: 'https://api.deepseek.com' });
  }
}
`,
    ['openai-model', 'wrong-option-name'],
  ],
  [
    'ts factory with an options object',
    `import OpenAI, { type ClientOptions } from 'openai';

const options: ClientOptions = {
  apiKey: '${KEY}',
  baseURL: 'https://api.openai.com/v1',
};

export function createClient() {
  return new OpenAI(options);
}
`,
    ['hard-coded-key', 'foreign-base-url'],
  ],
  [
    'js CommonJS with dotenv required but not configured',
    `const OpenAI = require('openai');
const dotenv = require('dotenv');

const client = new OpenAI({ apiKey: process.env.DEEPSEEK_API_KEY, baseURL: 'https://api.deepseek.com' });
`,
    ['dotenv-not-loaded'],
  ],
  [
    'js ESM with dotenv/config',
    `import 'dotenv/config';
import OpenAI from 'openai';

const client = new OpenAI({ apiKey: process.env.DEEPSEEK_API_KEY, baseURL: 'https://api.deepseek.com' });
`,
    [],
  ],
  [
    'js fetch with a bare key header',
    `const res = await fetch('https://api.deepseek.com/chat/completions', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Authorization: process.env.DEEPSEEK_API_KEY },
  body: JSON.stringify({ model: 'deepseek-chat', messages: [] }),
});
`,
    ['auth-header-no-bearer', 'node-env-not-loaded', 'retired-model'],
  ],
  [
    'js axios with a key in the Bearer header',
    `import axios from 'axios';

const { data } = await axios.get('https://api.deepseek.com/models', {
  headers: { Authorization: 'Bearer ${KEY}' },
});
`,
    ['hard-coded-key'],
  ],
  [
    'ts LangChain JS ChatOpenAI with no configuration',
    `import { ChatOpenAI } from '@langchain/openai';

const llm = new ChatOpenAI({ model: 'deepseek-chat', apiKey: process.env.DEEPSEEK_API_KEY });
`,
    ['no-base-url', 'retired-model', 'node-env-not-loaded'],
  ],
  [
    'ts LangChain JS ChatDeepSeek',
    `import { ChatDeepSeek } from '@langchain/deepseek';

const llm = new ChatDeepSeek({ model: 'deepseek-chat', apiKey: '${KEY}' });
`,
    ['retired-model', 'hard-coded-key'],
  ],
  [
    'ts Vercel AI SDK createDeepSeek',
    `import { createDeepSeek } from '@ai-sdk/deepseek';

const deepseek = createDeepSeek({ apiKey: process.env.DEEPSEEK_API_KEY ?? '' });
`,
    ['node-env-not-loaded'],
  ],
  [
    'ts spread of a shared config with an override',
    `import OpenAI from 'openai';

const base = { timeout: 30_000, maxRetries: 2 };
const client = new OpenAI({ ...base, apiKey: process.env.DEEPSEEK_API_KEY });
`,
    ['no-base-url', 'node-env-not-loaded'],
  ],
  [
    'ts process.env["X"] with a fallback',
    `import OpenAI from 'openai';

const client = new OpenAI({
  apiKey: process.env['DEEPSEEK_API_KEY'] ?? '',
  baseURL: process.env.DEEPSEEK_BASE_URL,
});
`,
    ['node-env-not-loaded'],
  ],
  [
    'ts Deno',
    `import OpenAI from 'npm:openai';

const client = new OpenAI({ apiKey: Deno.env.get('OPENAI_API_KEY'), baseURL: 'https://api.deepseek.com' });
`,
    ['env-var-name'],
  ],
  [
    'ts two clients: OpenAI embeddings and DeepSeek chat',
    `import OpenAI from 'openai';

// OpenAI, for embeddings
const embeddings = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const deepseek = new OpenAI({ apiKey: process.env.DEEPSEEK_API_KEY, baseURL: 'https://api.deepseek.com' });
`,
    ['openai-client-kept', 'node-env-not-loaded'],
  ],
];

describe('lintCode on realistic code', () => {
  it.each(REALISTIC)('%s', (_name, code, codes) => {
    const lint = lintCode(code);
    expect(lint.findings.map((f) => f.code).sort()).toEqual([...codes].sort());
    const { fixed } = repairCode(code, lint);
    expect(parses(prepareCode(fixed).code, lint.language === 'python' ? 'python' : 'node')).toBe(
      true,
    );
    expect(fixed).not.toMatch(/sk-[0-9a-f]{32}/);
  });

  it('names the variable and the key shape for a key as the getenv default', () => {
    const code = `import os\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.getenv("DEEPSEEK_API_KEY", "${KEY}"), base_url="https://api.deepseek.com")\n`;
    const lint = lintCode(code);
    expect(lint.findings).toEqual([
      {
        code: 'key-in-getenv-default',
        line: 3,
        severity: 'error',
        vars: { name: 'DEEPSEEK_API_KEY', shape: 'sk-…cdef' },
      },
    ]);
    expect(repairCode(code, lint).fixed).toContain(
      'OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
    );
  });

  it('repairs AzureOpenAI into the standard client, without the Azure-only arguments', () => {
    const code = REALISTIC.find(([name]) => name.startsWith('py AzureOpenAI'))![1];
    const lint = lintCode(code);
    expect(lint.findings[0]).toMatchObject({
      code: 'azure-client',
      vars: { args: 'api_version, azure_endpoint' },
    });
    const { fixed } = repairCode(code, lint);
    expect(fixed).toBe(
      'import os\nfrom openai import OpenAI\n\nclient = OpenAI(\n    base_url="https://api.deepseek.com",\n    api_key=os.environ["DEEPSEEK_API_KEY"],\n)\n',
    );
  });
});
