import { describe, expect, it } from 'vitest';
import type { CodeFindingCode } from '../../src/domain/code/findings.ts';
import { lintCode } from '../../src/domain/code/lint-code.ts';
import { repairCode } from '../../src/domain/code/repair.ts';
import { parseCode } from '../../src/domain/code/syntax.ts';

const KEY = 'sk-0123456789abcdef0123456789abcdef';

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
    ['api_key=os.environ["DEEPSEEK_API_KEY"]'],
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
