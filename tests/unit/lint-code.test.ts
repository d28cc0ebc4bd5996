import { describe, expect, it } from 'vitest';
import {
  codeTabFor,
  type CodeFindingCode,
  type PastedCodeTab,
} from '../../src/domain/code/findings.ts';
import { lintCode } from '../../src/domain/code/lint-code.ts';
import { MAX_CODE_LINES, MAX_CODE_TEXT, readableCode } from '../../src/domain/code/prepare.ts';
import { repairCode } from '../../src/domain/code/repair.ts';
import { redactKeys } from '../../src/domain/code/secrets.ts';
import { CODE_LANGUAGES, causeCode } from '../../src/domain/snippets/snippets.ts';
import { CAUSE_IDS } from '../../src/domain/causes.ts';

const KEY = 'sk-0123456789abcdef0123456789abcdef';

interface RepairCase {
  name: string;
  code: string;
  language: 'python' | 'node' | 'other';
  /** [line, code] of every finding, in order. */
  findings: [number, CodeFindingCode][];
  fixed: string;
  changedLines: number[];
}

const lines = (...parts: string[]) => `${parts.join('\n')}\n`;

const CASES: RepairCase[] = [
  {
    name: 'python: client without api_key and base_url, OpenAI model',
    code: lines(
      'from openai import OpenAI',
      '',
      'client = OpenAI()',
      'resp = client.chat.completions.create(model="gpt-4o-mini", messages=[])',
    ),
    language: 'python',
    findings: [
      [3, 'no-api-key'],
      [3, 'no-base-url'],
      [4, 'openai-model'],
    ],
    fixed: lines(
      'import os',
      'from openai import OpenAI',
      '',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
      'resp = client.chat.completions.create(model="deepseek-flash", messages=[])',
    ),
    changedLines: [1, 4, 5],
  },
  {
    // HarshJ23/deepseek-claude-MCP-server#4: the README's .env, its key left empty.
    name: 'python: the .env pasted above leaves the key the code reads empty',
    code: lines(
      '# .env',
      'DEEPSEEK_API_KEY=',
      '',
      '# server.py',
      'import os',
      'from dotenv import load_dotenv',
      'from openai import OpenAI',
      'load_dotenv()',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
    ),
    language: 'python',
    findings: [
      [2, 'env-empty-key'],
      [9, 'environ-fails-loudly'],
    ],
    fixed: lines(
      '# .env',
      'DEEPSEEK_API_KEY=PASTE_YOUR_DEEPSEEK_KEY_HERE',
      '',
      '# server.py',
      'import os',
      'from dotenv import load_dotenv',
      'from openai import OpenAI',
      'load_dotenv()',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
    ),
    changedLines: [2],
  },
  {
    // DeepSeek has no embeddings, so no DeepSeek model can take an embedding model's place.
    name: 'python: an OpenAI embedding model is left alone',
    code: lines(
      'import os',
      'from openai import OpenAI',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
      'client.embeddings.create(model="text-embedding-3-small", input=["a"])',
    ),
    language: 'python',
    findings: [[3, 'environ-fails-loudly']],
    fixed: lines(
      'import os',
      'from openai import OpenAI',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
      'client.embeddings.create(model="text-embedding-3-small", input=["a"])',
    ),
    changedLines: [],
  },
  {
    name: 'python: unofficial package, wrong variable through getenv, dotenv never called',
    code: lines(
      'import os',
      'from deepseek import DeepSeek',
      'from dotenv import load_dotenv',
      '',
      'client = DeepSeek(api_key=os.getenv("DEEPSEEK_KEY"))',
    ),
    language: 'python',
    findings: [
      [2, 'unofficial-package'],
      [3, 'dotenv-not-loaded'],
      [5, 'no-base-url'],
      [5, 'env-var-name'],
      [5, 'getenv-none'],
    ],
    fixed: lines(
      'import os',
      'from openai import OpenAI',
      'from dotenv import load_dotenv',
      'load_dotenv()',
      '',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_KEY"], base_url="https://api.deepseek.com")',
    ),
    changedLines: [2, 4, 6],
  },
  {
    name: 'python: empty key and OpenAI base URL, multi-line call',
    code: lines(
      'from openai import OpenAI',
      'client = OpenAI(',
      '    api_key="",',
      '    base_url="https://api.openai.com/v1",',
      ')',
    ),
    language: 'python',
    findings: [
      [3, 'empty-key'],
      [4, 'foreign-base-url'],
    ],
    fixed: lines(
      'import os',
      'from openai import OpenAI',
      'client = OpenAI(',
      '    api_key=os.environ["DEEPSEEK_API_KEY"],',
      '    base_url="https://api.deepseek.com",',
      ')',
    ),
    changedLines: [1, 4, 5],
  },
  {
    name: 'python: hard-coded key in a variable, after a shebang and a docstring',
    code: lines(
      '#!/usr/bin/env python3',
      '"""Bot."""',
      'from openai import OpenAI',
      `API_KEY = "${KEY}"`,
      'client = OpenAI(api_key=API_KEY, base_url="https://api.deepseek.com/v1")',
    ),
    language: 'python',
    findings: [[4, 'hard-coded-key']],
    fixed: lines(
      '#!/usr/bin/env python3',
      '"""Bot."""',
      'import os',
      'from openai import OpenAI',
      'API_KEY = os.environ["DEEPSEEK_API_KEY"]',
      'client = OpenAI(api_key=API_KEY, base_url="https://api.deepseek.com/v1")',
    ),
    changedLines: [3, 5],
  },
  {
    name: 'python: OPENAI_API_KEY read for DeepSeek, missing base_url on its own line, retired model',
    code: lines(
      'import openai',
      'client = openai.OpenAI(',
      '    api_key=os.getenv("OPENAI_API_KEY"),',
      ')',
      'chat = client.chat.completions.create(model="deepseek-reasoner", messages=[])',
    ),
    language: 'python',
    findings: [
      [2, 'no-base-url'],
      [3, 'env-var-name'],
      [3, 'getenv-none'],
      [5, 'retired-model'],
    ],
    fixed: lines(
      'import os',
      'import openai',
      'client = openai.OpenAI(',
      '    base_url="https://api.deepseek.com",',
      '    api_key=os.environ["DEEPSEEK_API_KEY"],',
      ')',
      'chat = client.chat.completions.create(model="deepseek-flash", messages=[])',
    ),
    changedLines: [1, 4, 5, 7],
  },
  {
    name: 'python: placeholder key, Bearer header with a key, __future__ import first',
    code: lines(
      'from __future__ import annotations',
      'from openai import OpenAI',
      `headers = {"Authorization": "Bearer ${KEY}"}`,
      'client = OpenAI(api_key="your-api-key", base_url="https://api.deepseek.com")',
    ),
    language: 'python',
    findings: [
      [3, 'hard-coded-key'],
      [4, 'placeholder-key'],
    ],
    fixed: lines(
      'from __future__ import annotations',
      'import os',
      'from openai import OpenAI',
      'headers = {"Authorization": "Bearer " + os.environ["DEEPSEEK_API_KEY"]}',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
    ),
    changedLines: [2, 4, 5],
  },
  {
    name: 'python: .env mentioned, never loaded; key as getenv default',
    code: lines(
      'import os',
      'from openai import OpenAI',
      '# keys live in .env',
      `client = OpenAI(api_key=os.getenv("DEEPSEEK_API_KEY", "${KEY}"), base_url="https://api.deepseek.com")`,
    ),
    language: 'python',
    findings: [
      [3, 'dotenv-missing'],
      [4, 'key-in-getenv-default'],
    ],
    fixed: lines(
      'import os',
      'from openai import OpenAI',
      '# keys live in .env',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
    ),
    changedLines: [4],
  },
  {
    name: 'python: load_dotenv() after the client is built',
    code: lines(
      'import os',
      'from dotenv import load_dotenv',
      'from openai import OpenAI',
      '',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
      'load_dotenv()',
    ),
    language: 'python',
    findings: [
      [5, 'environ-fails-loudly'],
      [6, 'dotenv-too-late'],
    ],
    fixed: lines(
      'import os',
      'from dotenv import load_dotenv',
      'from openai import OpenAI',
      'load_dotenv()',
      '',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
      'load_dotenv()',
    ),
    changedLines: [4],
  },
  {
    name: 'python: the key set in code through os.environ',
    code: lines(
      'import os',
      `os.environ["DEEPSEEK_API_KEY"] = "${KEY}"`,
      'from openai import OpenAI',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
    ),
    language: 'python',
    findings: [
      [2, 'hard-coded-key'],
      [4, 'environ-fails-loudly'],
    ],
    fixed: lines(
      'import os',
      '# DEEPSEEK_API_KEY is read from the environment: set it outside the code.',
      'from openai import OpenAI',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
    ),
    changedLines: [2],
  },
  {
    name: 'python: single quotes and CRLF line ends are kept',
    code: "from openai import OpenAI\r\nclient = OpenAI(\r\n    base_url='https://api.deepseek.com',\r\n)\r\n",
    language: 'python',
    findings: [[2, 'no-api-key']],
    fixed:
      "import os\r\nfrom openai import OpenAI\r\nclient = OpenAI(\r\n    api_key=os.environ['DEEPSEEK_API_KEY'],\r\n    base_url='https://api.deepseek.com',\r\n)\r\n",
    changedLines: [1, 4],
  },
  {
    name: 'node: wrong option name, base URL with a path, hard-coded key, retired model',
    code: lines(
      "import OpenAI from 'openai';",
      '',
      'const openai = new OpenAI({',
      "  baseUrl: 'https://api.deepseek.com/chat/completions',",
      `  apiKey: '${KEY}',`,
      '});',
      "const r = await openai.chat.completions.create({ model: 'deepseek-chat', messages: [] });",
    ),
    language: 'node',
    findings: [
      [4, 'wrong-option-name'],
      [4, 'base-url-path'],
      [5, 'hard-coded-key'],
      [7, 'retired-model'],
    ],
    fixed: lines(
      "import OpenAI from 'openai';",
      '',
      'const openai = new OpenAI({',
      "  baseURL: 'https://api.deepseek.com',",
      '  apiKey: process.env.DEEPSEEK_API_KEY,',
      '});',
      "const r = await openai.chat.completions.create({ model: 'deepseek-flash', messages: [] });",
    ),
    changedLines: [4, 5, 7],
  },
  {
    name: 'python: arguments the client does not take (base=, apikey=) renamed, not added beside',
    code: lines(
      'import os',
      'from langchain_openai import ChatOpenAI',
      'llm = ChatOpenAI(model="deepseek-flash", apikey=os.environ["DEEPSEEK_API_KEY"], base="https://api.deepseek.com")',
    ),
    language: 'python',
    // One finding a line; both arguments are renamed.
    findings: [
      [3, 'wrong-argument-name'],
      [3, 'environ-fails-loudly'],
    ],
    fixed: lines(
      'import os',
      'from langchain_openai import ChatOpenAI',
      'llm = ChatOpenAI(model="deepseek-flash", api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
    ),
    changedLines: [3],
  },
  {
    name: 'node: new OpenAI() with require, dotenv required but not configured',
    code: lines(
      'const OpenAI = require("openai");',
      'require("dotenv");',
      'const client = new OpenAI();',
    ),
    language: 'node',
    findings: [
      [2, 'dotenv-not-loaded'],
      [3, 'no-api-key'],
      [3, 'no-base-url'],
    ],
    fixed: lines(
      'const OpenAI = require("openai");',
      'require("dotenv").config();',
      'const client = new OpenAI({ apiKey: process.env.DEEPSEEK_API_KEY, baseURL: "https://api.deepseek.com" });',
    ),
    changedLines: [2, 3],
  },
  {
    name: 'node: wrong variable, python-style option, dotenv imported (no semicolons)',
    code: lines(
      'import OpenAI from "openai"',
      'import dotenv from "dotenv"',
      'const client = new OpenAI({ apiKey: process.env.DEEPSEEK_KEY, base_url: "https://api.deepseek.com" })',
    ),
    language: 'node',
    findings: [
      [2, 'dotenv-not-loaded'],
      [3, 'wrong-option-name'],
      [3, 'env-var-name'],
    ],
    fixed: lines(
      'import OpenAI from "openai"',
      'import dotenv from "dotenv"',
      'dotenv.config()',
      'const client = new OpenAI({ apiKey: process.env.DEEPSEEK_KEY, baseURL: "https://api.deepseek.com" })',
    ),
    changedLines: [3, 4],
  },
  {
    name: 'typescript: unofficial package, the variable name as the key',
    code: lines(
      "import { DeepSeek } from 'deepseek';",
      'const ds: DeepSeek = new DeepSeek({ apiKey: "DEEPSEEK_API_KEY" });',
    ),
    language: 'node',
    findings: [
      [1, 'unofficial-package'],
      [2, 'no-base-url'],
      [2, 'key-is-variable-name'],
    ],
    fixed: lines(
      "import OpenAI from 'openai';",
      "const ds: OpenAI = new OpenAI({ apiKey: process.env.DEEPSEEK_API_KEY, baseURL: 'https://api.deepseek.com' });",
    ),
    changedLines: [1, 2],
  },
  {
    name: 'node: multi-line options missing the key, process.env without a loader',
    code: lines(
      "import OpenAI from 'openai';",
      'const client = new OpenAI({',
      "  baseURL: 'https://api.deepseek.com',",
      '});',
      'const model = process.env.MODEL;',
    ),
    language: 'node',
    findings: [
      [2, 'no-api-key'],
      [5, 'node-env-not-loaded'],
    ],
    fixed: lines(
      "import OpenAI from 'openai';",
      'const client = new OpenAI({',
      '  apiKey: process.env.DEEPSEEK_API_KEY,',
      "  baseURL: 'https://api.deepseek.com',",
      '});',
      'const model = process.env.MODEL;',
    ),
    changedLines: [3],
  },
  {
    name: 'shell: a key in a curl command',
    code: lines(
      `curl https://api.deepseek.com/chat/completions -H "Authorization: Bearer ${KEY}" -d '{}'`,
    ),
    language: 'other',
    findings: [[1, 'hard-coded-key']],
    fixed: lines(
      `curl https://api.deepseek.com/chat/completions -H "Authorization: Bearer $DEEPSEEK_API_KEY" -d '{}'`,
    ),
    changedLines: [1],
  },
  {
    name: 'python: correct code stays byte-identical',
    code: lines(
      'import os',
      'from openai import OpenAI',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
      'resp = client.chat.completions.create(model="deepseek-flash", messages=[])',
    ),
    language: 'python',
    findings: [[3, 'environ-fails-loudly']],
    fixed: lines(
      'import os',
      'from openai import OpenAI',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
      'resp = client.chat.completions.create(model="deepseek-flash", messages=[])',
    ),
    changedLines: [],
  },
  {
    // RTGS2017/NagaAgent#10: a blank key in config.py, a module constant.
    name: 'python: a config module with a blank key',
    code: lines("DEEPSEEK_API_KEY = ' '"),
    language: 'python',
    findings: [
      [1, 'no-client'],
      [1, 'empty-key'],
    ],
    fixed: lines('import os', "DEEPSEEK_API_KEY = os.environ['DEEPSEEK_API_KEY']"),
    changedLines: [1, 2],
  },
  {
    // notashelf/nvf#814: codecompanion.nvim in Nix; `api_key` there names a variable.
    name: 'lua in nix: codecompanion reads the key from the variable named, left as it is',
    code: lines(
      'assistant.codecompanion-nvim = {',
      "  adapters = mkLuaInline ''",
      '    require("codecompanion").setup({',
      '      adapters = {',
      '        deepseek = function()',
      '          return require("codecompanion.adapters").extend("deepseek", {',
      '            env = {',
      '              api_key = "MY_DEEPSEEK_API_KEY",',
      '            },',
      '          })',
      '        end,',
      '      },',
      '    })',
      "  '';",
      '};',
    ),
    language: 'other',
    findings: [[8, 'named-env-key']],
    fixed: '',
    changedLines: [],
  },
  {
    // vercel/ai packages/openai: createOpenAI takes apiKey and baseURL, and falls back to
    // OPENAI_API_KEY and api.openai.com as new OpenAI does.
    name: 'node: the AI SDK’s createOpenAI is a client; its missing base URL is added',
    code: lines(
      "import { createOpenAI } from '@ai-sdk/openai';",
      'export const deepseek = createOpenAI({ apiKey: process.env.DEEPSEEK_API_KEY });',
    ),
    language: 'node',
    findings: [[2, 'no-base-url']],
    fixed: lines(
      "import { createOpenAI } from '@ai-sdk/openai';",
      "export const deepseek = createOpenAI({ apiKey: process.env.DEEPSEEK_API_KEY, baseURL: 'https://api.deepseek.com' });",
    ),
    changedLines: [2],
  },
  {
    // CrewAI's llm module calls load_dotenv() when imported (crewAIInc/crewAI src/crewai/llm.py).
    name: 'CrewAI loads .env itself: no dotenv finding beside its import',
    code: lines(
      'from crewai import LLM',
      '# key in .env',
      'deepseek = LLM(model="deepseek/deepseek-flash", api_key=os.environ["DEEPSEEK_API_KEY"])',
    ),
    language: 'python',
    findings: [[3, 'environ-fails-loudly']],
    fixed: '',
    changedLines: [],
  },
  {
    name: 'browser code with Vite: import.meta.env holds VITE_ names alone',
    code: lines(
      "import OpenAI from 'openai';",
      'const client = new OpenAI({',
      '  apiKey: import.meta.env.DEEPSEEK_API_KEY,',
      "  baseURL: 'https://api.deepseek.com',",
      '  dangerouslyAllowBrowser: true,',
      '});',
    ),
    language: 'node',
    findings: [[3, 'browser-env-hidden']],
    fixed: '',
    changedLines: [],
  },
  {
    name: 'a Next.js client component: process.env holds NEXT_PUBLIC_ names alone, and no .env note',
    code: lines(
      "'use client';",
      "import OpenAI from 'openai';",
      'const client = new OpenAI({',
      '  apiKey: process.env.DEEPSEEK_API_KEY,',
      "  baseURL: 'https://api.deepseek.com',",
      '  dangerouslyAllowBrowser: true,',
      '});',
    ),
    language: 'node',
    findings: [[4, 'browser-env-hidden']],
    fixed: '',
    changedLines: [],
  },
  {
    name: 'browser code that reads a VITE_ name is given it',
    code: lines(
      "import OpenAI from 'openai';",
      'const client = new OpenAI({',
      '  apiKey: import.meta.env.VITE_DEEPSEEK_API_KEY,',
      "  baseURL: 'https://api.deepseek.com',",
      '  dangerouslyAllowBrowser: true,',
      '});',
    ),
    language: 'node',
    findings: [],
    fixed: '',
    changedLines: [],
  },
  {
    // Round K: an editor's settings in Lisp expand no $NAME; the key's slot goes there.
    name: 'gptel’s Lisp settings: a key written there gets its slot, not a shell variable',
    code: lines('(gptel-make-openai "DeepSeek"', '  :key "sk-0123456789abcdef0123456789ab1a2b")'),
    language: 'other',
    findings: [[2, 'hard-coded-key']],
    fixed: lines('(gptel-make-openai "DeepSeek"', '  :key "PASTE_YOUR_DEEPSEEK_KEY_HERE")'),
    changedLines: [2],
  },
  {
    // In single quotes a shell expands nothing: DeepSeek receives "$DEEPSEEK_API_KEY", echoed "_KEY".
    name: 'curl: a Bearer header from a variable in single quotes is put in double quotes',
    code: lines(
      'curl https://api.deepseek.com/chat/completions \\',
      "  -H 'Content-Type: application/json' \\",
      "  -H 'Authorization: Bearer $DEEPSEEK_API_KEY' \\",
      '  -d \'{"model": "deepseek-flash", "messages": []}\'',
    ),
    language: 'other',
    findings: [[3, 'shell-single-quoted']],
    fixed: lines(
      'curl https://api.deepseek.com/chat/completions \\',
      "  -H 'Content-Type: application/json' \\",
      '  -H "Authorization: Bearer $DEEPSEEK_API_KEY" \\',
      '  -d \'{"model": "deepseek-flash", "messages": []}\'',
    ),
    changedLines: [3],
  },
  {
    name: 'curl: the same header in double quotes, beside a $ in single quotes, is right',
    code: lines(
      'curl https://api.deepseek.com/chat/completions \\',
      '  -H "Authorization: Bearer ${DEEPSEEK_API_KEY}" \\',
      '  -d \'{"model": "deepseek-flash", "messages": [{"role": "user", "content": "$5?"}]}\'',
    ),
    language: 'other',
    findings: [],
    fixed: '',
    changedLines: [],
  },
  {
    name: 'PowerShell: $env: in single quotes is sent as written',
    code: lines(
      '$headers = @{ "Authorization" = \'Bearer $env:DEEPSEEK_API_KEY\' }',
      'Invoke-RestMethod -Uri https://api.deepseek.com/chat/completions -Method Post -Headers $headers',
    ),
    language: 'other',
    findings: [[1, 'shell-single-quoted']],
    fixed: lines(
      '$headers = @{ "Authorization" = "Bearer $env:DEEPSEEK_API_KEY" }',
      'Invoke-RestMethod -Uri https://api.deepseek.com/chat/completions -Method Post -Headers $headers',
    ),
    changedLines: [1],
  },
  {
    // PowerShell's $DEEPSEEK_API_KEY is its own variable (empty): the environment is $env:.
    name: 'PowerShell transcript: a key given to setx is read from $env:, not $NAME',
    code: lines(
      'PS C:\\Users\\li> setx ANTHROPIC_AUTH_TOKEN "sk-3f9a1c7e5b2d4806a1f3c9e7b5d20e4a"',
      'PS C:\\Users\\li> claude',
    ),
    language: 'other',
    findings: [
      [1, 'hard-coded-key'],
      [1, 'setx-same-window'],
    ],
    fixed: lines(
      'PS C:\\Users\\li> setx ANTHROPIC_AUTH_TOKEN "$env:DEEPSEEK_API_KEY"',
      'PS C:\\Users\\li> claude',
    ),
    changedLines: [1],
  },
  {
    // Aider-AI/aider#3036: the tool reads DEEPSEEK_API_KEY; the name set differs by an underscore.
    name: 'cmd transcript: setx of a near-miss name is renamed, its key left as a slot',
    code: lines(
      'C:\\Users\\li>setx DEEP_SEEK_API_KEY "sk-3f9a1c7e5b2d4806a1f3c9e7b5d20e4a"',
      'C:\\Users\\li>aider --model deepseek/deepseek-flash',
    ),
    language: 'other',
    findings: [
      [1, 'hard-coded-key'],
      [1, 'setx-same-window'],
      [1, 'set-name-differs'],
    ],
    fixed: lines(
      'C:\\Users\\li>setx DEEPSEEK_API_KEY "PASTE_YOUR_DEEPSEEK_KEY_HERE"',
      'C:\\Users\\li>aider --model deepseek/deepseek-flash',
    ),
    changedLines: [1],
  },
  {
    // cmd keeps the spaces of `set NAME = value`; it reads a variable as %NAME%, and a line that
    // sets the variable itself is where the key goes.
    name: 'cmd transcript: set with spaces around = is mended, the key left as a slot',
    code: lines(
      'C:\\proj>set DEEPSEEK_API_KEY = sk-3f9a1c7e5b2d4806a1f3c9e7b5d20e4a',
      'C:\\proj>set OTHER_KEY=sk-3f9a1c7e5b2d4806a1f3c9e7b5d20e4a',
      'C:\\proj>python app.py',
    ),
    language: 'other',
    findings: [
      [1, 'hard-coded-key'],
      [1, 'cmd-set-spaces'],
      [2, 'hard-coded-key'],
    ],
    fixed: lines(
      'C:\\proj>set DEEPSEEK_API_KEY=PASTE_YOUR_DEEPSEEK_KEY_HERE',
      'C:\\proj>set OTHER_KEY=%DEEPSEEK_API_KEY%',
      'C:\\proj>python app.py',
    ),
    changedLines: [1, 2],
  },
  {
    // A new window sees what setx saved: nothing to say of it.
    name: 'setx with no program started after it in the same window is right',
    code: lines(
      'PS C:\\Users\\li> setx DEEPSEEK_API_KEY $env:DEEPSEEK_API_KEY',
      'PS C:\\Users\\li> exit',
    ),
    language: 'other',
    findings: [],
    fixed: '',
    changedLines: [],
  },
  {
    // A .env line below the code: its key gets a slot, not a redacted shape no parser takes; and
    // nothing loads that .env, so load_dotenv() comes in after the imports.
    name: 'python: a .env pasted below the code is loaded, and keeps a place for the key',
    code: lines(
      'import os',
      'from openai import OpenAI',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
      '',
      '# .env',
      'DEEPSEEK_API_KEY=sk-3f9a1c7e5b2d4806a1f3c9e7b5d20e4a',
    ),
    language: 'python',
    findings: [
      [3, 'environ-fails-loudly'],
      [5, 'dotenv-missing'],
      [6, 'env-line-key'],
    ],
    fixed: lines(
      'import os',
      'from openai import OpenAI',
      'from dotenv import load_dotenv  # pip install python-dotenv',
      'load_dotenv()',
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
      '',
      '# .env',
      'DEEPSEEK_API_KEY=PASTE_YOUR_DEEPSEEK_KEY_HERE',
    ),
    changedLines: [3, 4, 8],
  },
  {
    // LiteLLM names the provider by the prefix, also behind a wrapper (openai-agents-python#773).
    name: 'python: a retired model keeps its deepseek/ prefix in LiteLLM’s wrappers',
    code: lines(
      'from agents.extensions.models.litellm_model import LitellmModel',
      'from langchain_community.chat_models import ChatLiteLLM',
      'm = LitellmModel(model="deepseek/deepseek-chat", api_key=key)',
      'llm = ChatLiteLLM(model="deepseek/deepseek-reasoner")',
    ),
    language: 'python',
    findings: [
      [3, 'retired-model'],
      [4, 'retired-model'],
    ],
    fixed: lines(
      'from agents.extensions.models.litellm_model import LitellmModel',
      'from langchain_community.chat_models import ChatLiteLLM',
      'm = LitellmModel(model="deepseek/deepseek-flash", api_key=key)',
      'llm = ChatLiteLLM(model="deepseek/deepseek-flash")',
    ),
    changedLines: [3, 4],
  },
  {
    // OPENROUTER_API_KEY holds OpenRouter's key: not "make sure it holds your DeepSeek key".
    name: 'python: another provider’s variable and model id for a client pointed at it',
    code: lines(
      'import os',
      'from openai import OpenAI',
      'client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key=os.environ["OPENROUTER_API_KEY"])',
      'client.chat.completions.create(model="deepseek/deepseek-chat", messages=[])',
    ),
    language: 'python',
    findings: [
      [3, 'foreign-base-url'],
      [3, 'env-var-other-provider'],
      [4, 'retired-model'],
    ],
    // Sent to DeepSeek's own API, the model is named without OpenRouter's `deepseek/`.
    fixed: lines(
      'import os',
      'from openai import OpenAI',
      'client = OpenAI(base_url="https://api.deepseek.com", api_key=os.environ["DEEPSEEK_API_KEY"])',
      'client.chat.completions.create(model="deepseek-flash", messages=[])',
    ),
    changedLines: [3, 4],
  },
  {
    // langchain-deepseek reads DEEPSEEK_API_KEY itself: the .env beside it is read by nothing.
    name: 'python: ChatDeepSeek with its .env pasted below and nothing loading it',
    code: lines(
      'from langchain_deepseek import ChatDeepSeek',
      'llm = ChatDeepSeek(model="deepseek-flash")',
      '',
      '# .env',
      'DEEPSEEK_API_KEY=sk-3f9a1c7e5b2d4806a1f3c9e7b5d20e4a',
    ),
    language: 'python',
    findings: [
      [4, 'dotenv-missing'],
      [5, 'env-line-key'],
    ],
    fixed: lines(
      'from langchain_deepseek import ChatDeepSeek',
      'from dotenv import load_dotenv  # pip install python-dotenv',
      'load_dotenv()',
      'llm = ChatDeepSeek(model="deepseek-flash")',
      '',
      '# .env',
      'DEEPSEEK_API_KEY=PASTE_YOUR_DEEPSEEK_KEY_HERE',
    ),
    changedLines: [2, 3, 7],
  },
  {
    // langchain-deepseek reads DEEPSEEK_API_KEY when given None, not OPENAI_API_KEY.
    name: 'python: getenv into ChatDeepSeek: the library looks for DEEPSEEK_API_KEY itself',
    code: lines(
      'import os',
      'from langchain_deepseek import ChatDeepSeek',
      'llm = ChatDeepSeek(model="deepseek-flash", api_key=os.getenv("DEEPSEEK_API_KEY"))',
    ),
    language: 'python',
    findings: [[3, 'getenv-none-library']],
    fixed: lines(
      'import os',
      'from langchain_deepseek import ChatDeepSeek',
      'llm = ChatDeepSeek(model="deepseek-flash", api_key=os.environ["DEEPSEEK_API_KEY"])',
    ),
    changedLines: [3],
  },
  {
    name: 'node: a retired model given to the AI SDK’s provider function is renamed',
    code: lines(
      "import { deepseek } from '@ai-sdk/deepseek';",
      "const model = deepseek('deepseek-chat');",
    ),
    language: 'node',
    findings: [[2, 'retired-model']],
    fixed: lines(
      "import { deepseek } from '@ai-sdk/deepseek';",
      "const model = deepseek('deepseek-flash');",
    ),
    changedLines: [2],
  },
  {
    // Before Python 3.12 an f-string cannot hold its own quote: the read keeps the name's quote.
    name: 'python: getenv inside an f-string becomes os.environ with the quote it had',
    code: lines(
      'import os, requests',
      'headers = {"Authorization": f"Bearer {os.getenv(\'DEEPSEEK_API_KEY\')}"}',
      'requests.post("https://api.deepseek.com/chat/completions", headers=headers)',
    ),
    language: 'python',
    findings: [[2, 'getenv-none-http']],
    fixed: lines(
      'import os, requests',
      'headers = {"Authorization": f"Bearer {os.environ[\'DEEPSEEK_API_KEY\']}"}',
      'requests.post("https://api.deepseek.com/chat/completions", headers=headers)',
    ),
    changedLines: [2],
  },
  {
    // `if not os.environ[…]` would raise KeyError before the getpass fallback could run.
    name: 'python: a read the code tests (if not, or, a conditional) is left as it is',
    code: lines(
      'import os',
      'from getpass import getpass',
      'from openai import OpenAI',
      'if not os.getenv("DEEPSEEK_API_KEY"):',
      '    os.environ["DEEPSEEK_API_KEY"] = getpass("key: ")',
      'client = OpenAI(api_key=os.getenv("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")',
      'other = OpenAI(api_key=os.getenv("DS_KEY") or input("key: "), base_url="https://api.deepseek.com")',
      'key = os.getenv("MY_KEY") if os.getenv("MY_KEY") else "none"',
    ),
    language: 'python',
    findings: [],
    fixed: '',
    changedLines: [],
  },
];

describe('lintCode and repairCode: table', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const lint = lintCode(c.code);
    expect(lint.language).toBe(c.language);
    expect(lint.findings.map((f) => [f.line, f.code])).toEqual(c.findings);
    const repaired = repairCode(c.code, lint);
    expect(repaired.fixed).toBe(c.fixed || c.code);
    expect(repaired.changedLines).toEqual(c.changedLines);
    expect(repaired.fixed).not.toContain(KEY);
    // The repair is stable: linting the fixed code finds nothing more to change.
    const again = repairCode(repaired.fixed, lintCode(repaired.fixed));
    expect(again.fixed).toBe(repaired.fixed);
  });
});

describe('lintCode: details', () => {
  it('never puts a hard-coded key in a finding', () => {
    const lint = lintCode(`client = OpenAI(api_key="${KEY}")`);
    expect(JSON.stringify(lint.findings)).not.toContain(KEY);
    expect(lint.findings.find((f) => f.code === 'hard-coded-key')?.vars.shape).toBe('sk-…cdef');
  });

  it('reads the variable the user says they set', () => {
    const code =
      'import os\nclient = OpenAI(api_key=os.environ["DEEPSEEK_KEY"], base_url="https://api.deepseek.com")\n';
    expect(lintCode(code).findings.map((f) => f.code)).toContain('env-var-name');
    const lint = lintCode(code, { keyVariable: 'DEEPSEEK_KEY' });
    expect(lint.findings.map((f) => f.code)).toEqual(['environ-fails-loudly']);
    expect(lint.clients).toEqual([
      { line: 2, name: 'client', keySource: 'env', keyVariable: 'DEEPSEEK_KEY', baseUrlOk: true },
    ]);
  });

  it('keeps a project’s own variable; renames another provider’s, with its framework prefix', () => {
    const own =
      "const c = new OpenAI({ apiKey: import.meta.env.VITE_DS_KEY, baseURL: 'https://api.deepseek.com' });\n";
    expect(repairCode(own, lintCode(own)).fixed).toBe(own);
    const openai = 'const c = new OpenAI({ apiKey: import.meta.env.VITE_OPENAI_API_KEY });\n';
    expect(repairCode(openai, lintCode(openai)).fixed).toContain(
      'apiKey: import.meta.env.VITE_DEEPSEEK_API_KEY',
    );
  });

  it('ignores clients in comments and strings', () => {
    const lint = lintCode('import os\n# client = OpenAI()\nprint("OpenAI()")\n');
    expect(lint.findings.map((f) => f.code)).toEqual(['no-client']);
  });

  it('leaves options it cannot read alone', () => {
    const lint = lintCode('from openai import OpenAI\nclient = OpenAI(**settings)\n');
    expect(lint.findings).toEqual([]);
    expect(lint.clients[0]?.keySource).toBe('unknown');
  });

  it('applies no edits planned for other code', () => {
    const code =
      'from openai import OpenAI\nclient = OpenAI()  # sk-0123456789abcdef0123456789abcdef\n';
    const stale = lintCode('x = 1\n');
    expect(repairCode(code, stale).fixed).toBe(
      'from openai import OpenAI\nclient = OpenAI()  # sk-…cdef\n',
    );
  });

  it('does not flag langchain_deepseek as an unofficial package', () => {
    const lint = lintCode(
      'from langchain_deepseek import ChatDeepSeek\nllm = ChatDeepSeek(model="deepseek-flash")\n',
    );
    expect(lint.findings).toEqual([]);
  });
});

describe('lintCode: the code tab that fits', () => {
  it.each<[string, string, PastedCodeTab | null]>([
    ['the openai SDK', 'from openai import OpenAI\nclient = OpenAI()\n', 'python'],
    ['openai imported as a module', 'import openai\nclient = openai.OpenAI()\n', 'python'],
    ['an unofficial deepseek package', 'from deepseek import DeepSeek\nc = DeepSeek()\n', 'python'],
    [
      'LangChain through langchain_openai',
      'from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model="deepseek-flash")\n',
      'langchain',
    ],
    [
      'LangChain that also imports openai for its errors',
      'from langchain_openai import ChatOpenAI\nfrom openai import AuthenticationError\nllm = ChatOpenAI()\n',
      'langchain',
    ],
    [
      'langchain_deepseek',
      'from langchain_deepseek import ChatDeepSeek\nllm = ChatDeepSeek(model="deepseek-flash")\n',
      'langchain',
    ],
    [
      'LiteLLM',
      'import litellm\nr = litellm.completion(model="deepseek/deepseek-flash", messages=[])\n',
      'litellm',
    ],
    [
      'LiteLLM by name',
      'from litellm import completion\nr = completion(model="deepseek/deepseek-flash", messages=[])\n',
      'litellm',
    ],
    ['Node', "import OpenAI from 'openai';\nconst client = new OpenAI();\n", 'node'],
    // No library named: the tab is left to the caller.
    ['Python that names no library', 'import os\nkey = os.environ["DEEPSEEK_API_KEY"]\n', null],
    ['a library named only in a comment', 'import os\n# import litellm\nprint(1)\n', null],
    ['neither Python nor JS', 'curl https://api.deepseek.com/models\n', null],
  ])('%s', (_name, code, tab) => {
    expect(lintCode(code).tab).toBe(tab);
  });

  it('reads each tab’s own snippets as that tab', () => {
    for (const language of ['python', 'node', 'langchain', 'litellm'] as const) {
      for (const cause of CAUSE_IDS) {
        const { broken, fixed } = causeCode(cause, language);
        expect([lintCode(broken).tab, lintCode(fixed).tab], `${language}/${cause}`).toEqual([
          language,
          language,
        ]);
      }
    }
  });

  it('keeps the current tab when the code does not say, if it is the same language', () => {
    const unsure = lintCode('import os\nkey = os.environ["DEEPSEEK_API_KEY"]\n');
    expect(codeTabFor(unsure, 'langchain')).toBe('langchain');
    expect(codeTabFor(unsure, 'litellm')).toBe('litellm');
    expect(codeTabFor(unsure, 'python')).toBe('python');
    for (const other of ['node', 'curl', 'powershell'] as const) {
      expect(codeTabFor(unsure, other)).toBe('python');
    }
    const langchain = lintCode('from langchain_openai import ChatOpenAI\nllm = ChatOpenAI()\n');
    for (const current of CODE_LANGUAGES) expect(codeTabFor(langchain, current)).toBe('langchain');
    const node = lintCode('const client = new OpenAI({ apiKey: process.env.X });\n');
    expect(codeTabFor(node, 'litellm')).toBe('node');
    const shell = lintCode('echo hello\n');
    expect(codeTabFor(shell, 'curl')).toBe('curl');
  });
});

describe('lintCode: another provider’s SDK', () => {
  const ANTHROPIC_PY = lines(
    'import os',
    'import anthropic',
    'client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])',
    'client.messages.create(model="claude-sonnet-4-5", max_tokens=100, messages=[])',
  );
  const GOOGLE_KEY = `AIzaSy${'A1b2C3d4E5'.repeat(3)}abc`;
  const GEMINI_PY = lines(
    'import google.generativeai as genai',
    `genai.configure(api_key="${GOOGLE_KEY}")`,
    'model = genai.GenerativeModel("gemini-1.5-flash")',
  );

  it.each<[string, string, string, number]>([
    ['anthropic', ANTHROPIC_PY, 'anthropic', 2],
    ['google.generativeai', GEMINI_PY, 'google.generativeai', 1],
    ['google.genai', 'from google import genai\nclient = genai.Client()\n', 'google.genai', 1],
    ['mistralai', 'from mistralai import Mistral\nc = Mistral(api_key=k)\n', 'mistralai', 1],
    ['cohere', 'import cohere\nco = cohere.ClientV2()\n', 'cohere', 1],
    [
      '@anthropic-ai/sdk',
      "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });\n",
      '@anthropic-ai/sdk',
      1,
    ],
    [
      '@google/generative-ai by require',
      "const { GoogleGenerativeAI } = require('@google/generative-ai');\nconst ai = new GoogleGenerativeAI(process.env.GEMINI_KEY);\n",
      '@google/generative-ai',
      1,
    ],
  ])('%s: names the SDK and plans no repair of it', (_name, code, module, line) => {
    const lint = lintCode(code);
    expect(lint.otherSdk).toEqual({ module, line });
    expect(lint.repairs).toEqual([]);
    // Nothing is repaired, but a key written in it is still never in the result.
    expect(repairCode(code, lint).fixed).toBe(redactKeys(code));
    // Only what is true of any code: no OpenAI client, and a key written in it leaks.
    for (const finding of lint.findings) {
      expect(['no-client', 'hard-coded-key', 'key-in-comment']).toContain(finding.code);
    }
  });

  it('still names another provider’s key written in that code', () => {
    const lint = lintCode(GEMINI_PY);
    expect(lint.findings.find((f) => f.code === 'hard-coded-key')?.vars).toEqual({
      shape: 'AIz…5abc',
      provider: 'google-gemini',
    });
    expect(JSON.stringify(lint)).not.toContain(GOOGLE_KEY);
  });

  it('repairs the OpenAI client as before when the code also uses another SDK', () => {
    const code = lines('import anthropic', 'from openai import OpenAI', 'client = OpenAI()');
    const lint = lintCode(code);
    expect(lint.otherSdk).toBeNull();
    expect(repairCode(code, lint).fixed).toContain(
      'OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
    );
  });

  it('ignores SDKs named in comments and strings', () => {
    expect(lintCode('import os\n# import anthropic\nprint("anthropic")\n').otherSdk).toBeNull();
    expect(
      lintCode("// import Anthropic from '@anthropic-ai/sdk';\nconst x = 1;\n").otherSdk,
    ).toBeNull();
  });
});

describe('lintCode: another provider’s key', () => {
  it.each<[string, string, string | undefined]>([
    ['Google', `AIzaSy${'A1b2C3d4E5'.repeat(3)}abc`, 'google-gemini'],
    ['Anthropic', `sk-ant-api03-${'a1B2c3D4e5'.repeat(3)}`, 'anthropic'],
    ['OpenAI', `sk-proj-${'a1B2c3D4e5'.repeat(3)}`, 'openai'],
    ['Groq', `gsk_${'a1B2c3D4e5'.repeat(3)}`, 'groq'],
    ['DeepSeek', KEY, undefined],
  ])('a %s key in the client names its provider', (_name, key, provider) => {
    for (const code of [
      `from openai import OpenAI\nclient = OpenAI(api_key="${key}", base_url="https://api.deepseek.com")\n`,
      `const client = new OpenAI({ apiKey: '${key}', baseURL: 'https://api.deepseek.com' });\n`,
      `curl -H "Authorization: Bearer ${key}" https://api.deepseek.com/models\n`,
    ]) {
      const finding = lintCode(code).findings.find((f) => f.code === 'hard-coded-key');
      expect(finding?.vars.provider, code).toBe(provider);
    }
  });
});

describe('repairCode: `import os`', () => {
  it('imports os when it rewrites an unofficial import on the first line', () => {
    const code =
      'from deepseek import DeepSeek\nclient = DeepSeek(api_key=os.getenv("DEEPSEEK_KEY"))\n';
    expect(repairCode(code, lintCode(code)).fixed).toBe(
      lines(
        'import os',
        'from openai import OpenAI',
        'client = OpenAI(api_key=os.environ["DEEPSEEK_KEY"], base_url="https://api.deepseek.com")',
      ),
    );
  });

  // Property: whatever the imports and however the key is passed, a Python repair that uses
  // `os.` imports os (Node's process.env needs no import).
  const IMPORTS = [
    [],
    ['import os'],
    ['import sys, os'],
    ['from os import environ'],
    ['from __future__ import annotations'],
    ['#!/usr/bin/env python3'],
    ['"""A module docstring."""'],
    ['from deepseek import DeepSeek'],
    ['import deepseek'],
    ['from openai import OpenAI'],
    ['import openai'],
    ['from dotenv import load_dotenv'],
  ];
  const CLIENTS = [
    'client = OpenAI()',
    'client = DeepSeek()',
    'client = deepseek.DeepSeek()',
    'client = openai.OpenAI(api_key="")',
    `client = OpenAI(api_key="${KEY}")`,
    `client = OpenAI(api_key=f"{KEY}")`,
    'client = DeepSeek(api_key=os.getenv("DEEPSEEK_KEY"))',
    'client = OpenAI(api_key=os.environ.get("DS_KEY", ""))',
    'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"])',
    'client = OpenAI(api_key="DEEPSEEK_API_KEY", base_url="https://api.openai.com/v1")',
    'client = OpenAI(\n    api_key="your-api-key",\n)',
    `os.environ["DEEPSEEK_API_KEY"] = "${KEY}"\nclient = OpenAI()`,
  ];
  const importsOs = /^[ \t]*import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*os\b/m;
  const usesOs = /(?<![\w.])os\./;

  it.each(IMPORTS.flatMap((imports) => CLIENTS.map((client) => [imports, client] as const)))(
    '%j + %s',
    (imports, client) => {
      const code = lines(...imports, '', client);
      const { fixed } = repairCode(code, lintCode(code));
      if (fixed !== code && usesOs.test(fixed)) expect(fixed).toMatch(importsOs);
      expect(fixed).not.toContain(KEY);
    },
  );
});

describe('lintCode: long code', () => {
  const unit = lines(
    'from openai import OpenAI',
    'client = OpenAI(api_key=os.getenv("DEEPSEEK_KEY"))',
    'resp = client.chat.completions.create(model="gpt-4o-mini", messages=[])',
    '',
  );
  const long = unit.repeat(Math.ceil(240_000 / unit.length));

  it('reads only the first lines of long code, cut at a line end, and says so', () => {
    const { code, truncated } = readableCode(long);
    expect(truncated).toBe(true);
    expect(code.length).toBeLessThanOrEqual(MAX_CODE_TEXT);
    expect(code.split('\n').length - 1).toBeLessThanOrEqual(MAX_CODE_LINES);
    expect(code.endsWith('\n')).toBe(true);
    expect(long.startsWith(code)).toBe(true);
    const lint = lintCode(long);
    expect(lint.truncated).toBe(true);
    expect(lint.sourceLength).toBe(code.length);
    expect(repairCode(long, lint).fixed).toBe(repairCode(code, lintCode(code)).fixed);
  });

  it('counts lines, not characters, for code of many short lines', () => {
    const code = 'x = 1\n'.repeat(MAX_CODE_LINES + 10);
    const read = readableCode(code);
    expect(read.code).toBe('x = 1\n'.repeat(MAX_CODE_LINES));
    expect(read.truncated).toBe(true);
    // Exactly at the limit, or with blank lines after it, nothing is left out.
    expect(readableCode('x = 1\n'.repeat(MAX_CODE_LINES)).truncated).toBe(false);
    expect(readableCode(`${'x = 1\n'.repeat(MAX_CODE_LINES)}\n\n  \n`).truncated).toBe(false);
  });

  it('cuts one very long line at the character limit', () => {
    const read = readableCode(`x = "${'a'.repeat(MAX_CODE_TEXT * 2)}"`);
    expect(read.code.length).toBe(MAX_CODE_TEXT);
    expect(read.truncated).toBe(true);
  });

  it('reads and repairs 240 KB (its time is npm run bench:paste’s figure)', () => {
    const lint = lintCode(long);
    expect(lint.truncated).toBe(true);
    expect(repairCode(long, lint).fixed.length).toBeGreaterThan(0);
  });
});

describe('lintCode: a DeepSeek library beside a .env file', () => {
  it('says Node reads no .env, where the library reads DEEPSEEK_API_KEY itself', () => {
    const code = lines(
      "import { ChatDeepSeek } from '@langchain/deepseek';",
      "const llm = new ChatDeepSeek({ model: 'deepseek-flash' });",
      '// .env in the same folder holds DEEPSEEK_API_KEY',
    );
    expect(lintCode(code).findings.map((f) => [f.line, f.code])).toContainEqual([
      3,
      'node-env-not-loaded',
    ]);
  });

  it('says nothing of it under Bun, which reads .env itself', () => {
    const code = lines(
      'const key = process.env.DEEPSEEK_API_KEY;',
      "const res = await fetch('https://api.deepseek.com/chat/completions', { headers: { Authorization: `Bearer ${key}` } });",
      'console.log(Bun.version);',
    );
    expect(lintCode(code).findings.map((f) => f.code)).not.toContain('node-env-not-loaded');
    expect(
      lintCode(code.replace('Bun.version', 'process.version')).findings.map((f) => f.code),
    ).toContain('node-env-not-loaded');
  });
});

describe('lintCode: a key given to a tool through its own store', () => {
  const codes = (code: string) => lintCode(code).findings.map((f) => [f.line, f.code, f.vars.tool]);

  it('names the tool whose command stored the DeepSeek key', () => {
    expect(codes('hermes auth add deepseek --type api-key\n')).toContainEqual([
      1,
      'tool-key-stored',
      'hermes',
    ]);
    expect(codes('$ llm keys set deepseek\n')).toContainEqual([1, 'tool-key-stored', 'llm']);
  });

  it('does not take another provider’s key, or a git command, for one', () => {
    expect(codes('llm keys set openai\n').map(([, code]) => code)).not.toContain('tool-key-stored');
    expect(codes('git add deepseek.py\n').map(([, code]) => code)).not.toContain('tool-key-stored');
  });
});

describe('lintCode: a variable set in the paste under another name', () => {
  const codes = (code: string) => lintCode(code).findings.map((f) => [f.line, f.code]);

  it('names a .env line that sets another name than the DeepSeek library reads', () => {
    const code = lines(
      'from agno.agent import Agent',
      'from agno.models.deepseek import DeepSeek',
      'agent = Agent(model=DeepSeek(id="deepseek-flash"))',
      '# .env',
      '# DEEPSEEK_KEY=your-key-here',
    );
    expect(codes(code)).toContainEqual([5, 'env-name-mismatch']);
  });

  it('says nothing where the name set is the one read, nor of a Python constant', () => {
    expect(
      codes(
        lines(
          'import os',
          'from openai import OpenAI',
          'DEEPSEEK_KEY = "not-a-variable"',
          'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
          '# export DEEPSEEK_API_KEY=your-key-here',
        ),
      ).map(([, code]) => code),
    ).not.toContain('env-name-mismatch');
  });
});

describe('lintCode: PowerShell’s $NAME for an environment variable', () => {
  const SCRIPT = [
    '$headers = @{',
    '    "Authorization" = "Bearer $DEEPSEEK_API_KEY"',
    '}',
    'Invoke-RestMethod -Uri "https://api.deepseek.com/chat/completions" -Method Post -Headers $headers',
  ].join('\n');

  it('is a script variable, empty: read $env:NAME instead', () => {
    const lint = lintCode(SCRIPT);
    expect(lint.findings).toContainEqual(
      expect.objectContaining({ code: 'powershell-not-env', line: 2 }),
    );
    expect(repairCode(SCRIPT, lint).fixed).toContain('"Bearer $env:DEEPSEEK_API_KEY"');
  });

  it('says nothing where the script sets the variable, or reads $env:', () => {
    const set = `$DEEPSEEK_API_KEY = $env:DEEPSEEK_API_KEY\n${SCRIPT}`;
    expect(lintCode(set).findings.map((f) => f.code)).not.toContain('powershell-not-env');
    const env = SCRIPT.replace('$DEEPSEEK', '$env:DEEPSEEK');
    expect(lintCode(env).findings.map((f) => f.code)).not.toContain('powershell-not-env');
  });
});

describe('lintCode: AutoGen’s OpenAIChatCompletionClient', () => {
  it('reads OPENAI_API_KEY where no api_key is given', () => {
    const code = [
      'from autogen_ext.models.openai import OpenAIChatCompletionClient',
      'client = OpenAIChatCompletionClient(model="deepseek-chat", base_url="https://api.deepseek.com")',
    ].join('\n');
    expect(lintCode(code).findings).toContainEqual(
      expect.objectContaining({ code: 'no-api-key', line: 2 }),
    );
  });
});

describe('lintCode: dotenv.config() after ES imports of local modules', () => {
  const INDEX = [
    'import dotenv from "dotenv";',
    'import { llm } from "./llm.js";',
    '',
    'dotenv.config();',
    'console.log(await llm.invoke("hi"));',
  ].join('\n');

  it('runs after those modules loaded: import "dotenv/config" first', () => {
    const lint = lintCode(INDEX);
    expect(lint.findings).toContainEqual(
      expect.objectContaining({ code: 'dotenv-esm-order', line: 4 }),
    );
    expect(repairCode(INDEX, lint).fixed.split('\n')[0]).toBe('import "dotenv/config";');
  });

  it('says nothing with no local module imported, or with dotenv/config imported', () => {
    const alone = INDEX.replace('import { llm } from "./llm.js";\n', '');
    expect(lintCode(alone).findings.map((f) => f.code)).not.toContain('dotenv-esm-order');
    const first = `import "dotenv/config";\n${INDEX}`;
    expect(lintCode(first).findings.map((f) => f.code)).not.toContain('dotenv-esm-order');
  });
});

describe('lintCode: pydantic-ai’s deepseek: models read DEEPSEEK_API_KEY themselves', () => {
  it('so a .env beside them that sets another name leaves it unset', () => {
    const code = [
      'from pydantic_ai import Agent',
      'agent = Agent("deepseek:deepseek-chat")',
      '',
      '# .env',
      'DEEPSEEK_KEY=sk-0c7f3a95e21d48b6a9e4f1c2d8b07e36',
    ].join('\n');
    expect(lintCode(code).findings).toContainEqual(
      expect.objectContaining({ code: 'env-name-mismatch', line: 5 }),
    );
  });
});

describe('lintCode: a settings screen copied as text', () => {
  it('names another provider’s API address where the key goes', () => {
    const screen = [
      '设置 → 模型服务',
      '[开] 硅基流动',
      '      API 密钥: sk-4b27ceda7a42fe21c48bf12714834733',
      '      API 地址: https://api.siliconflow.cn',
    ].join('\n');
    expect(lintCode(screen).findings).toContainEqual(
      expect.objectContaining({ code: 'other-provider-endpoint', line: 4 }),
    );
  });

  it('reads DeepSeek’s connection with its key field empty, and not another one', () => {
    const screen = [
      'Connection 1  URL: https://api.openai.com/v1   Key: sk-665a60e6bca580dddcaed593b2a57ae1',
      'Connection 2  URL: https://api.deepseek.com    Key: (empty)',
      'Connection 3  URL: https://example.com/v1    Key: (empty)',
    ].join('\n');
    const findings = lintCode(screen).findings.filter((f) => f.code === 'empty-key');
    expect(findings.map((f) => f.line)).toEqual([2]);
    // OpenAI's address in a settings screen is a connection of its own, not a provider meant.
    expect(lintCode(screen).findings.map((f) => f.code)).not.toContain('other-provider-endpoint');
  });
});

describe('lintCode: a pydantic SecretStr turned into text', () => {
  const code = [
    'from openai import OpenAI',
    'from pydantic import SecretStr',
    'from pydantic_settings import BaseSettings',
    'class Settings(BaseSettings):',
    '    deepseek_api_key: SecretStr',
    'settings = Settings()',
    'client = OpenAI(api_key=str(settings.deepseek_api_key), base_url="https://api.deepseek.com")',
  ].join('\n');

  it('sends the mask: get_secret_value() gives the key', () => {
    const lint = lintCode(code);
    expect(lint.findings).toContainEqual(
      expect.objectContaining({ code: 'secret-str-sent', line: 7 }),
    );
    expect(repairCode(code, lint).fixed).toContain(
      'api_key=settings.deepseek_api_key.get_secret_value()',
    );
  });

  it('says nothing of str() where no SecretStr is in the code', () => {
    const plain = code.replace(/SecretStr/g, 'str');
    expect(lintCode(plain).findings.map((f) => f.code)).not.toContain('secret-str-sent');
  });
});

describe('lintCode: code that runs in a web page', () => {
  const PAGE = lines(
    '<!DOCTYPE html>',
    '<html><body>',
    '<button id="go">Ask</button>',
    '<script>',
    `const API_KEY = '${KEY}';`,
    "document.getElementById('go').onclick = async () => {",
    "  const res = await fetch('https://api.deepseek.com/chat/completions', {",
    "    method: 'POST',",
    "    headers: { 'Content-Type': 'application/json', Authorization: API_KEY },",
    '  });',
    '};',
    '</script>',
    '</body></html>',
  );

  it('reads a page’s scripts in place, and its markup not at all', () => {
    const lint = lintCode(PAGE);
    expect(lint.language).toBe('node');
    expect(lint.findings.map((f) => [f.line, f.code])).toEqual([
      [5, 'hard-coded-key'],
      [9, 'auth-header-no-bearer'],
    ]);
    const { fixed } = repairCode(PAGE, lint);
    expect(fixed).toContain('<button id="go">Ask</button>\n<script>\n');
    expect(fixed).toContain('Authorization: `Bearer ${API_KEY}`');
  });

  it('gives a key written in a page a slot, not process.env, which no page has', () => {
    const lint = lintCode(PAGE);
    expect(lint.findings[0]!.vars.browser).toBe('yes');
    const { fixed } = repairCode(PAGE, lint);
    expect(fixed).toContain("const API_KEY = 'PASTE_YOUR_DEEPSEEK_KEY_HERE';");
    expect(fixed).not.toContain('process.env');
    expect(fixed).not.toContain(KEY);
  });

  it('does the same for openai-node told it runs in the browser', () => {
    const code = lines(
      "import OpenAI from 'openai';",
      `const client = new OpenAI({ apiKey: '${KEY}', baseURL: 'https://api.deepseek.com', dangerouslyAllowBrowser: true });`,
    );
    const { fixed } = repairCode(code, lintCode(code));
    expect(fixed).toContain("apiKey: 'PASTE_YOUR_DEEPSEEK_KEY_HERE'");
  });

  it('still reads the environment in server code', () => {
    const code = lines(
      "import OpenAI from 'openai';",
      `const client = new OpenAI({ apiKey: '${KEY}', baseURL: 'https://api.deepseek.com' });`,
    );
    const lint = lintCode(code);
    expect(lint.findings.find((f) => f.code === 'hard-coded-key')?.vars.browser).toBeUndefined();
    expect(repairCode(code, lint).fixed).toContain('apiKey: process.env.DEEPSEEK_API_KEY');
  });
});
