import { describe, expect, it } from 'vitest';
import { MAX_CODE_LINES } from '../../src/domain/code/prepare.ts';
import {
  causeCode,
  CODE_LANGUAGES,
  type CodeLanguage,
} from '../../src/domain/snippets/snippets.ts';
import { analysePaste, codeTabOf, forgetKeyIn } from '../../src/paste/analyse-paste.ts';
import { diagnose } from '../../src/domain/diagnosis/diagnose.ts';

const KEY = 'sk-0123456789abcdef0123456789ab1a2b';
const CODE = `from openai import OpenAI\nclient = OpenAI(api_key="${KEY}")\n`;
const ERROR = 'Error code: 401 - Authentication Fails, Your api key: ****1a2b is invalid';

describe('forgetKeyIn', () => {
  it('empties the boxes that hold the key and reads the rest again', async () => {
    const boxes = { errorText: ERROR, codeText: CODE, result: await analysePaste(ERROR, CODE) };
    const next = forgetKeyIn(boxes, [KEY])!;
    expect(next.errorText).toBe(ERROR);
    expect(next.codeText).toBe('');
    expect(next.result).toEqual(await analysePaste(ERROR, ''));
    expect(JSON.stringify(next)).not.toContain(KEY);
  });

  it('finds the key as typed, with quotes and whitespace, and as cleaned', async () => {
    const boxes = { errorText: '', codeText: CODE, result: null };
    expect(forgetKeyIn(boxes, [` "${KEY}"\n`])).toEqual({
      errorText: '',
      codeText: '',
      result: null,
    });
  });

  it('drops a result that holds the key even when the boxes were edited since', async () => {
    const boxes = { errorText: '', codeText: 'print(1)\n', result: await analysePaste('', CODE) };
    expect(forgetKeyIn(boxes, [KEY])).toEqual({
      errorText: '',
      codeText: 'print(1)\n',
      result: await analysePaste('', 'print(1)\n'),
    });
  });

  it('changes nothing for a key that is not there, or too short to be one', async () => {
    const boxes = { errorText: ERROR, codeText: CODE, result: await analysePaste(ERROR, CODE) };
    expect(forgetKeyIn(boxes, ['sk-ffffffffffffffffffffffffffffffff'])).toBeNull();
    expect(forgetKeyIn(boxes, ['sk-0', '', '  '])).toBeNull();
    expect(forgetKeyIn(boxes, [])).toBeNull();
  });
});

describe('analysePaste: code for another provider', () => {
  it.each<[string, string, CodeLanguage]>([
    [
      'Anthropic in Python',
      'import os\nimport anthropic\nclient = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\nclient.messages.create(model="claude-sonnet-4-5", max_tokens=100, messages=[])\n',
      'python',
    ],
    [
      'Gemini in Python',
      'import google.generativeai as genai\ngenai.configure(api_key=os.environ["GOOGLE_API_KEY"])\n',
      'python',
    ],
    [
      'Anthropic in Node',
      "import Anthropic from '@anthropic-ai/sdk';\nconst client = new Anthropic();\n",
      'node',
    ],
    [
      'LangChain with Anthropic',
      'from langchain_anthropic import ChatAnthropic\nllm = ChatAnthropic(model="claude-sonnet-4-5")\n',
      'langchain',
    ],
  ])('%s: the fixed side is the standard DeepSeek client', async (_name, codeText, tab) => {
    const result = await analysePaste('', codeText);
    const standard = causeCode('not-passed', tab).fixed;
    expect(result.repaired?.broken).toBe(codeText);
    expect(result.repaired?.fixed).toBe(standard);
    expect(result.userCode?.fixed).toBe(standard);
    expect(standard).toContain('https://api.deepseek.com');
    expect(standard).not.toMatch(/anthropic|genai|claude/i);
  });
});

describe('analysePaste: long code', () => {
  it('shows and repairs only the lines it read', async () => {
    const unit = 'from openai import OpenAI\nclient = OpenAI()\n\n';
    const codeText = unit.repeat(Math.ceil(240_000 / unit.length));
    // Its speed is a figure of npm run bench:paste, not a timed test.
    const result = await analysePaste('', codeText);
    expect(result.code?.truncated).toBe(true);
    const broken = result.repaired!.broken;
    expect(codeText.startsWith(broken)).toBe(true);
    expect(broken.split('\n').length - 1).toBeLessThanOrEqual(MAX_CODE_LINES);
    expect(result.repaired!.fixed.split('\n').length).toBeLessThan(MAX_CODE_LINES * 2);
  });
});

describe('codeTabOf', () => {
  const NODE_ERROR = [
    'AuthenticationError: 401 Authentication Fails, Your api key: ****ined is invalid',
    '    at APIError.generate (node_modules/openai/core/error.js:45:20)',
    '    at OpenAI.makeStatusError (node_modules/openai/client.js:210:28)',
  ].join('\n');
  const PYTHON_ERROR =
    "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****abcd is invalid', 'type': 'authentication_error'}}";
  const LITELLM_ERROR =
    'litellm.AuthenticationError: DeepseekException - Authentication Fails, Your api key: ****abcd is invalid';
  const PYTHON_CODE = 'from openai import OpenAI\nclient = OpenAI()\n';
  const NODE_CODE = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";
  const evidence = (error: string, code = '') => analysePaste(error, code);

  it('sets the tab from a Node error, whatever the tab was', async () => {
    for (const current of CODE_LANGUAGES) {
      expect(codeTabOf(await evidence(NODE_ERROR), current)).toBe('node');
    }
  });

  it('sets a Python tab from a Python error, keeping one that is Python already', async () => {
    expect(codeTabOf(await evidence(PYTHON_ERROR), 'node')).toBe('python');
    expect(codeTabOf(await evidence(PYTHON_ERROR), 'curl')).toBe('python');
    expect(codeTabOf(await evidence(PYTHON_ERROR), 'langchain')).toBe('langchain');
    expect(codeTabOf(await evidence(PYTHON_ERROR), 'litellm')).toBe('litellm');
    expect(codeTabOf(await evidence(LITELLM_ERROR), 'node')).toBe('litellm');
  });

  it('lets pasted code win over the error', async () => {
    expect(codeTabOf(await evidence(NODE_ERROR, PYTHON_CODE), 'node')).toBe('python');
    expect(codeTabOf(await evidence(PYTHON_ERROR, NODE_CODE), 'python')).toBe('node');
    // Code that is neither Python nor JS says nothing: the error decides.
    expect(codeTabOf(await evidence(NODE_ERROR, 'echo $DEEPSEEK_API_KEY\n'), 'python')).toBe(
      'node',
    );
  });

  it('leaves the tab alone when nothing says which stack', async () => {
    expect(codeTabOf(await evidence('it just does not work'), 'powershell')).toBe('powershell');
    expect(codeTabOf(await evidence('HTTP/2 401\n{"error":{}}'), 'python')).toBe('python');
    expect(codeTabOf(await evidence(''), 'node')).toBe('node');
  });

  it("leaves the tab alone for the page's own terminal test and checks", async () => {
    const psOutput =
      'HTTP 401\n{"error":{"message":"Authentication Fails, Your api key: ****abcd is invalid"}}';
    expect((await analysePaste(psOutput, '')).parsedError?.sdk).toBe('powershell');
    expect(codeTabOf(await evidence(psOutput), 'node')).toBe('node');
    expect(codeTabOf(await evidence('set, 35 chars, ends 1a2b'), 'python')).toBe('python');
  });
});

describe('the tool a pasted error comes from', () => {
  it.each([
    ['NodeApiError: Authorization failed - please check your credentials', 'n8n'],
    ['API Error: 401 {"error":{"message":"Authentication Fails (governor)"}}', 'claude-code'],
    ['Error code: 401 - Authentication Fails', null],
    // LiteLLM labels DeepSeek's invalid-key 401 a bad request (BerriAI/litellm#10403).
    [
      'litellm.BadRequestError: DeepseekException - {"error":{"message":"Authentication Fails, Your api key: ****cd15 is invalid"}}',
      'litellm',
    ],
  ])('%s → %s', async (error, tool) => {
    expect((await analysePaste(error, '')).tool).toBe(tool);
  });
});

describe('analysePaste: a config file pasted with the shell lines that go with it', () => {
  const SETTINGS = [
    '// ~/.claude/settings.json',
    '{',
    '  "env": {',
    '    "ANTHROPIC_BASE_URL": "https://api.deepseek.com/anthropic",',
    '    "ANTHROPIC_AUTH_TOKEN": "$DEEPSEEK_API_KEY"',
    '  }',
    '}',
    '',
  ].join('\n');
  const SHELL = `# ~/.zshrc\nexport DEEPSEEK_API_KEY=${KEY}\n`;

  it('reads the file as the tool’s, by the lines of the whole paste, and keeps the rest redacted', async () => {
    const result = await analysePaste('', SETTINGS + '\n' + SHELL);
    expect(result.config?.owner).toBe('claude-code');
    expect(result.config?.findings).toContainEqual(
      expect.objectContaining({ code: 'config-var-not-expanded', line: 5 }),
    );
    const fixed = result.repaired!.fixed.split('\n');
    expect(fixed[4]).toContain('"ANTHROPIC_AUTH_TOKEN": "PASTE_YOUR_DEEPSEEK_KEY_HERE"');
    expect(fixed).toContain('export DEEPSEEK_API_KEY=PASTE_YOUR_DEEPSEEK_KEY_HERE');
    expect(result.repaired!.fixed).not.toContain(KEY);
    expect(result.repaired!.changedLines).toEqual([5, 10]);
    expect(result.config?.fixed).toBe(result.repaired!.fixed);
  });

  it('leaves one file, or code with a file, to the readers as before', async () => {
    expect((await analysePaste('', SETTINGS)).config?.owner).toBe('claude-code');
    const code = `# main.py\nimport os\nprint(os.environ["DEEPSEEK_API_KEY"])\n\n${SHELL}`;
    expect((await analysePaste('', code)).config).toBeUndefined();
  });
});

describe('analysePaste: an error a browser’s console printed', () => {
  // Vite gives browser code only VITE_ names (vite.dev/guide/env-and-mode): `import.meta.env`
  // alone does not say the code runs in a page (Bun and Astro's server read it too), the console does.
  const CODE = [
    'const API_KEY = import.meta.env.DEEPSEEK_API_KEY;',
    'export async function send(text: string) {',
    "  const res = await fetch('https://api.deepseek.com/chat/completions', {",
    "    method: 'POST',",
    '    headers: { Authorization: `Bearer ${API_KEY}` },',
    '  });',
    '  return res.json();',
    '}',
    '',
  ].join('\n');
  const CONSOLE = [
    'POST https://api.deepseek.com/chat/completions 401 (Unauthorized)',
    'deepseek.ts:17 Uncaught (in promise) Error: DeepSeek API error 401: {"error":{"message":"Authentication Fails, Your api key: ****ined is invalid"}}',
    '    at send (deepseek.ts:17:11)',
  ].join('\n');
  const SERVER = [
    'Error: DeepSeek API error 401: {"error":{"message":"Authentication Fails, Your api key: ****ined is invalid"}}',
    '    at send (/app/src/deepseek.ts:17:11)',
  ].join('\n');
  const findings = async (error: string) =>
    (await analysePaste(error, CODE)).code?.findings.map((f) => f.code);

  it('makes a Vite read of an unprefixed name undefined, and names no Node SDK', async () => {
    expect(await findings(CONSOLE)).toContain('browser-env-hidden');
    const error = (await analysePaste(CONSOLE, '')).parsedError;
    expect(error?.signs).toContain('browser-console');
    expect(error?.sdk).toBe('unknown');
  });

  it('leaves the same read alone under a Node stack', async () => {
    expect(await findings(SERVER)).not.toContain('browser-env-hidden');
    expect((await analysePaste(SERVER, '')).parsedError?.signs).not.toContain('browser-console');
  });
});

describe('analysePaste: text that only looks like a config file', () => {
  // Round I: a settings screen, a shell profile and a JSON file in one box read as YAML that does
  // not parse and holds nothing the reader knows.
  const MIXED = [
    'Agent settings > LLM Providers:',
    '  DeepSeek   ✓ API key set in DEEPSEEK_API_KEY',
    '',
    '~/.zshrc:',
    `  export DEEPSEEK_API_KEY=${KEY}`,
    '',
    '~/.config/zed/settings.json:',
    '{ "language_models": { "deepseek": { "api_url": "https://api.deepseek.com/v1" } } }',
    '',
  ].join('\n');

  it('is read as code, so that the key in it is found and hidden', async () => {
    const result = await analysePaste('', MIXED);
    expect(result.config).toBeUndefined();
    expect(result.code?.findings.some((f) => f.line === 5 && /key/.test(f.code))).toBe(true);
    expect(result.repaired?.fixed).not.toContain(KEY);
  });
});

describe('analysePaste: words and a transcript pasted in the code box', () => {
  it('adds its empty echo of the variable to the error’s checks', async () => {
    const { parsedError } = await analysePaste(
      'litellm.AuthenticationError: DeepseekException - Authentication Fails (governor)',
      '$ echo $SHELL\n/bin/zsh\n$ echo "[$DEEPSEEK_API_KEY]"\n[]\n',
    );
    expect(parsedError?.checks).toContainEqual({ kind: 'not-set' });
  });

  it('adds the reporter’s words, not what the code names', async () => {
    const { parsedError } = await analysePaste(
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****3f9c is invalid'}}",
      'Service on Railway, worked for weeks, started failing this morning.\n\nimport os\nprint(os.environ["OPENAI_API_KEY"])\n',
    );
    expect(parsedError?.signs).toContain('worked-before');
    expect(parsedError?.signs).not.toContain('openai-env-fallback');
  });
});

describe('analysePaste: a .env file passed by what starts the program', () => {
  const PY = `import os\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")\n`;
  const FORMAT =
    "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails (auth header format should be Bearer sk-...)', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}";

  it('docker run --env-file keeps a key’s quotes: mistyped, and the copy drops them', async () => {
    const result = await analysePaste(
      `$ docker run --rm --env-file .env bot:latest\n${FORMAT}`,
      `# .env\nDEEPSEEK_API_KEY="${KEY}"\n\n# bot.py\n${PY}`,
    );
    expect(result.parsedError?.signs).toContain('env-file-quotes-kept');
    expect(diagnose({ parsedError: result.parsedError, code: result.code }).likely).toBe(
      'mistyped',
    );
    expect(result.repaired?.fixed).toContain('DEEPSEEK_API_KEY=PASTE_YOUR_DEEPSEEK_KEY_HERE\n');
    // Docker passes the file: no load_dotenv() to add.
    expect(result.code?.findings.map((f) => f.code)).not.toContain('dotenv-missing');
    expect(result.repaired?.fixed).not.toContain('load_dotenv');
  });

  it('Compose’s env_file drops them: the file is passed, nothing says the quotes stay', async () => {
    const result = await analysePaste(
      FORMAT,
      `# compose.yaml\nservices:\n  bot:\n    env_file: .env\n\n# .env\nDEEPSEEK_API_KEY="${KEY}"\n\n# bot.py\n${PY}`,
    );
    expect(result.parsedError?.signs).toContain('env-file-passed');
    expect(result.parsedError?.signs).not.toContain('env-file-quotes-kept');
  });

  it('without either, the code that never loads .env is still found', async () => {
    const result = await analysePaste(FORMAT, `# .env\nDEEPSEEK_API_KEY="${KEY}"\n\n${PY}`);
    expect(result.code?.findings.map((f) => f.code)).toContain('dotenv-missing');
  });
});
