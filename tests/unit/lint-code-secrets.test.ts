import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import type { CodeFindingCode } from '../../src/domain/code/findings.ts';
import { lintCode } from '../../src/domain/code/lint-code.ts';
import { repairCode } from '../../src/domain/code/repair.ts';
import { redactKeys } from '../../src/domain/code/secrets.ts';

/**
 * What the exploratory test of "Paste your code" found: a key left in a comment, a key split
 * over two literals, an Authorization header without `Bearer `, a client meant for OpenAI
 * pointed at DeepSeek. Every repair here must also still parse: Python through `compile()`, JS
 * and TS through the TypeScript parser.
 */

const KEY = 'sk-fedcba9876543210fedcba9876543210';
const SECOND_KEY = `sk-${'0a'.repeat(16)}`;
const SPLIT = ['sk-0123456789abcdef', '0123456789abcdef'] as const;
const OPENAI_KEY = `sk-proj-${'Ab1_'.repeat(10)}T3BlbkFJ${'xY9-'.repeat(10)}`;

const lines = (...parts: string[]) => `${parts.join('\n')}\n`;

/**
 * One python3 for the whole suite (a start per case timed out on busy cores): it reads one JSON
 * string a line, compiles it, and answers '' or the SyntaxError, one JSON string a line, in order.
 */
const python = spawn('python3', [
  '-u',
  '-c',
  [
    'import sys, json',
    'for line in sys.stdin:',
    '    try:',
    '        compile(json.loads(line), "fixed.py", "exec"); print(json.dumps(""))',
    '    except SyntaxError as e:',
    '        print(json.dumps(repr(e)))',
  ].join('\n'),
]);
const answers: ((text: string) => void)[] = [];
createInterface({ input: python.stdout }).on('line', (line) => answers.shift()?.(JSON.parse(line)));
afterAll(() => {
  python.stdin.end();
});

function pythonParses(code: string): Promise<string> {
  return new Promise((resolve) => {
    answers.push(resolve);
    python.stdin.write(`${JSON.stringify(code)}\n`);
  });
}

function scriptParses(code: string): string {
  const out = ts.transpileModule(code, {
    reportDiagnostics: true,
    fileName: 'fixed.ts',
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  return (out.diagnostics ?? [])
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    .join('\n');
}

interface Case {
  name: string;
  code: string;
  /** [line, code] of every finding, in order. */
  findings: [number, CodeFindingCode][];
  fixed: string;
  /** Text no part of which may be left in the fixed code. */
  secrets: readonly string[];
}

/** Repairs, and checks what every case shares: parses, no secret left, stable, no key in findings. */
async function check(c: Case) {
  const lint = lintCode(c.code);
  expect(lint.findings.map((f) => [f.line, f.code])).toEqual(c.findings);
  const repaired = repairCode(c.code, lint);
  expect(repaired.fixed).toBe(c.fixed);
  for (const secret of c.secrets) {
    expect(repaired.fixed).not.toContain(secret);
    expect(JSON.stringify(lint.findings)).not.toContain(secret);
  }
  const parses = async (code: string) =>
    lint.language === 'python' ? pythonParses(code) : scriptParses(code);
  expect(await parses(c.code)).toBe('');
  expect(await parses(repaired.fixed)).toBe('');
  const again = repairCode(repaired.fixed, lintCode(repaired.fixed));
  expect(again.fixed).toBe(repaired.fixed);
  return { lint, repaired };
}

const DEEPSEEK_CLIENT_PY =
  'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")';
const DEEPSEEK_CLIENT_JS =
  "const client = new OpenAI({ apiKey: process.env.DEEPSEEK_API_KEY, baseURL: 'https://api.deepseek.com' });";

describe('repairCode: no key survives in the fixed code', () => {
  const CASES: Case[] = [
    {
      name: 'python: a key in a comment',
      code: lines(
        'import os',
        'from openai import OpenAI',
        `# old key: ${KEY}`,
        DEEPSEEK_CLIENT_PY,
      ),
      findings: [
        [3, 'key-in-comment'],
        [4, 'environ-fails-loudly'],
      ],
      fixed: lines(
        'import os',
        'from openai import OpenAI',
        '# old key: sk-…3210',
        DEEPSEEK_CLIENT_PY,
      ),
      secrets: [KEY, KEY.slice(3, 20)],
    },
    {
      name: 'python: a key in a comment after code, and another provider’s key in one',
      code: lines(
        'import os',
        'from openai import OpenAI',
        `${DEEPSEEK_CLIENT_PY}  # was ${KEY}`,
        `# ${OPENAI_KEY}`,
      ),
      findings: [
        [3, 'environ-fails-loudly'],
        [3, 'key-in-comment'],
        [4, 'key-in-comment'],
      ],
      fixed: lines(
        'import os',
        'from openai import OpenAI',
        `${DEEPSEEK_CLIENT_PY}  # was sk-…3210`,
        '# sk-…xY9-',
      ),
      secrets: [KEY, OPENAI_KEY, 'T3BlbkFJ'],
    },
    {
      name: 'python: a key in a module docstring and in a function docstring',
      code: lines(
        `"""Bot. Key: ${KEY}"""`,
        'import os',
        'from openai import OpenAI',
        '',
        'def make():',
        '    """Builds the client.',
        '',
        `    The old key was ${KEY}, now revoked.`,
        '    """',
        `    return ${DEEPSEEK_CLIENT_PY.replace('client = ', '')}`,
      ),
      findings: [
        [1, 'key-in-comment'],
        [8, 'key-in-comment'],
        [10, 'environ-fails-loudly'],
      ],
      fixed: lines(
        '"""Bot. Key: sk-…3210"""',
        'import os',
        'from openai import OpenAI',
        '',
        'def make():',
        '    """Builds the client.',
        '',
        '    The old key was sk-…3210, now revoked.',
        '    """',
        `    return ${DEEPSEEK_CLIENT_PY.replace('client = ', '')}`,
      ),
      secrets: [KEY],
    },
    {
      name: 'python: two keys in one string',
      code: lines(
        'import os',
        'from openai import OpenAI',
        DEEPSEEK_CLIENT_PY,
        `KEYS = "${KEY} ${SECOND_KEY}"`,
      ),
      findings: [
        [3, 'environ-fails-loudly'],
        [4, 'hard-coded-key'],
      ],
      fixed: lines(
        'import os',
        'from openai import OpenAI',
        DEEPSEEK_CLIENT_PY,
        'KEYS = os.environ["DEEPSEEK_API_KEY"] + " sk-…0a0a"',
      ),
      secrets: [KEY, SECOND_KEY],
    },
    {
      name: 'node: keys in a line comment and in a JSDoc block',
      code: lines(
        "import OpenAI from 'openai';",
        `// old key: ${KEY}`,
        '/**',
        ` * Was: ${KEY}`,
        ' */',
        DEEPSEEK_CLIENT_JS,
      ),
      findings: [
        [2, 'key-in-comment'],
        [4, 'key-in-comment'],
        [6, 'node-env-not-loaded'],
      ],
      fixed: lines(
        "import OpenAI from 'openai';",
        '// old key: sk-…3210',
        '/**',
        ' * Was: sk-…3210',
        ' */',
        DEEPSEEK_CLIENT_JS,
      ),
      secrets: [KEY],
    },
  ];

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const { repaired } = await check(c);
    for (const [line] of c.findings.filter(([, code]) => code === 'key-in-comment')) {
      expect(repaired.changedLines).toContain(line);
    }
  });

  it('names the key in a comment by its redacted shape only', () => {
    const lint = lintCode(lines('from openai import OpenAI', `# ${KEY}`, DEEPSEEK_CLIENT_PY));
    const finding = lint.findings.find((f) => f.code === 'key-in-comment');
    expect(finding).toMatchObject({ line: 2, severity: 'warning', vars: { shape: 'sk-…3210' } });
  });

  it('still names a key in a comment of code for another SDK', () => {
    const lint = lintCode(lines('import anthropic', `# ${KEY}`, 'c = anthropic.Anthropic()'));
    expect(lint.otherSdk).not.toBeNull();
    expect(lint.findings.map((f) => f.code)).toContain('key-in-comment');
    expect(repairCode(lines('import anthropic', `# ${KEY}`), lint).fixed).not.toContain(KEY);
  });

  it('leaves placeholders in comments alone', () => {
    const code = lines('# api_key = "sk-your-api-key-here"', DEEPSEEK_CLIENT_PY);
    const lint = lintCode(code);
    expect(lint.findings.map((f) => f.code)).not.toContain('key-in-comment');
  });

  it('redactKeys: leaves a slot for the key where a line sets one (.env, a settings listing)', () => {
    expect(redactKeys(`DEEPSEEK_API_KEY=${KEY}\nAPI Key: ${KEY}\n  apiKey: "${KEY}"\n`)).toBe(
      'DEEPSEEK_API_KEY=PASTE_YOUR_DEEPSEEK_KEY_HERE\nAPI Key: PASTE_YOUR_DEEPSEEK_KEY_HERE\n  apiKey: "PASTE_YOUR_DEEPSEEK_KEY_HERE"\n',
    );
  });

  it('redactKeys: another provider’s key keeps a slot of its own, never DeepSeek’s', () => {
    const ANTHROPIC = 'sk-ant-api03-Zq9xT4mW2vB7nK1cR8yL3pF6hJ0dS5gA';
    const MOONSHOT = `sk-${'Ab3'.repeat(16)}`;
    const text = [
      `ANTHROPIC_API_KEY=${ANTHROPIC}`,
      // DashScope's keys have DeepSeek's shape: the name tells.
      `DASHSCOPE_API_KEY=${KEY}`,
      `  MOONSHOT_API_KEY: "${MOONSHOT}"`,
      `API Key: ${MOONSHOT}`,
      // Claude Code sends ANTHROPIC_AUTH_TOKEN to DeepSeek's Anthropic endpoint.
      `ANTHROPIC_AUTH_TOKEN=${KEY}`,
      `DEEPSEEK_API_KEY=${MOONSHOT}`,
    ].join('\n');
    expect(redactKeys(text).split('\n')).toEqual([
      'ANTHROPIC_API_KEY=PASTE_YOUR_ANTHROPIC_KEY_HERE',
      'DASHSCOPE_API_KEY=PASTE_YOUR_DASHSCOPE_KEY_HERE',
      '  MOONSHOT_API_KEY: "PASTE_YOUR_MOONSHOT_KEY_HERE"',
      'API Key: PASTE_YOUR_MOONSHOT_OR_SILICONFLOW_KEY_HERE',
      'ANTHROPIC_AUTH_TOKEN=PASTE_YOUR_DEEPSEEK_KEY_HERE',
      'DEEPSEEK_API_KEY=PASTE_YOUR_DEEPSEEK_KEY_HERE',
    ]);
  });

  it('a shell line that sets another provider’s key keeps a slot for it, not $DEEPSEEK_API_KEY', () => {
    const code = lines(
      'export ANTHROPIC_API_KEY=sk-ant-api03-Zq9xT4mW2vB7nK1cR8yL3pF6hJ0dS5gA',
      `export DEEPSEEK_API_KEY=${KEY}`,
    );
    const fixed = repairCode(code, lintCode(code)).fixed;
    expect(fixed).toContain('export ANTHROPIC_API_KEY=PASTE_YOUR_ANTHROPIC_KEY_HERE');
    expect(fixed).toContain('export DEEPSEEK_API_KEY=PASTE_YOUR_DEEPSEEK_KEY_HERE');
  });

  it('redactKeys: redacts every key in copied text and tells the lines', () => {
    const seen: number[] = [];
    const text = `a\n# ${KEY}\nx = "${OPENAI_KEY}"\nsk-your-key-here-please-now-ok\n`;
    expect(redactKeys(text, (line) => seen.push(line))).toBe(
      'a\n# sk-…3210\nx = "sk-…xY9-"\nsk-your-key-here-please-now-ok\n',
    );
    expect(seen).toEqual([2, 3]);
  });
});

describe('lintCode: a .env line pasted with the code', () => {
  const findings = (code: string) => lintCode(code).findings;

  it('is where the key belongs: not a key written in the code, and its copy gets the slot', () => {
    for (const line of [`DEEPSEEK_API_KEY=${KEY}`, `DEEPSEEK_API_KEY="${KEY}"`]) {
      const code = lines(
        'import os',
        'from openai import OpenAI',
        DEEPSEEK_CLIENT_PY,
        '',
        '# .env',
        line,
      );
      const lint = lintCode(code);
      expect(lint.findings.map((f) => f.code)).toContain('env-line-key');
      expect(lint.findings.map((f) => f.code)).not.toContain('hard-coded-key');
      const fixed = repairCode(code, lint).fixed;
      expect(fixed).toMatch(/^DEEPSEEK_API_KEY="?PASTE_YOUR_DEEPSEEK_KEY_HERE"?$/m);
      expect(fixed).not.toContain('DEEPSEEK_API_KEY=os.environ');
    }
  });

  it('reads process.env.NAME in JS as a read of the environment, not a use of a constant', () => {
    const code = lines(
      "const client = new OpenAI({ apiKey: process.env.DEEPSEEK_API_KEY, baseURL: 'https://api.deepseek.com' });",
      '',
      '# .env',
      `DEEPSEEK_API_KEY=${KEY}`,
    );
    expect(lintCode(code).findings.map((f) => f.code)).toContain('env-line-key');
  });

  it('keeps a constant the code uses by its name as a key written in the code', () => {
    const code = lines(
      'from openai import OpenAI',
      `DEEPSEEK_API_KEY="${KEY}"`,
      'client = OpenAI(api_key=DEEPSEEK_API_KEY, base_url="https://api.deepseek.com")',
    );
    const lint = lintCode(code);
    expect(lint.findings.map((f) => f.code)).toContain('hard-coded-key');
    expect(lint.findings.map((f) => f.code)).not.toContain('env-line-key');
    expect(repairCode(code, lint).fixed).toContain(
      'DEEPSEEK_API_KEY=os.environ["DEEPSEEK_API_KEY"]',
    );
  });

  it('says another provider’s key is one only under a name that is not that provider’s', () => {
    const ANTHROPIC = 'sk-ant-api03-Zq9xT4mW2vB7nK1cR8yL3pF6hJ0dS5gA';
    const vars = (name: string) =>
      findings(lines('import os', DEEPSEEK_CLIENT_PY, `${name}=${ANTHROPIC}`)).find(
        (f) => f.code === 'env-line-key',
      )?.vars;
    expect(vars('DEEPSEEK_API_KEY')).toMatchObject({ provider: 'anthropic' });
    expect(vars('ANTHROPIC_API_KEY')).not.toHaveProperty('provider');
  });

  it('reads a Compose service’s `- NAME=…` that sets another name than the code reads', () => {
    const code = lines(
      'services:',
      '  app:',
      '    environment:',
      '      - DEEPSEEK_KEY=${DEEPSEEK_API_KEY}',
      '',
      'import os',
      'from openai import OpenAI',
      DEEPSEEK_CLIENT_PY,
    );
    expect(findings(code)).toContainEqual(
      expect.objectContaining({ code: 'env-name-mismatch', line: 4 }),
    );
  });
});

describe('repairCode: a key split over joined literals', () => {
  const [head, tail] = SPLIT;
  const CASES: Case[] = [
    {
      name: 'python: implicit concatenation over two lines of a call',
      code: lines(
        'from openai import OpenAI',
        'client = OpenAI(',
        `    api_key="${head}"`,
        `    "${tail}",`,
        '    base_url="https://api.deepseek.com",',
        ')',
      ),
      findings: [[3, 'hard-coded-key']],
      fixed: lines(
        'import os',
        'from openai import OpenAI',
        'client = OpenAI(',
        '    api_key=os.environ["DEEPSEEK_API_KEY"],',
        '    base_url="https://api.deepseek.com",',
        ')',
      ),
      secrets: [head, tail],
    },
    {
      name: 'python: a backslash continuation outside brackets',
      code: lines(
        'from openai import OpenAI',
        `API_KEY = "${head}" \\`,
        `    "${tail}"`,
        'client = OpenAI(api_key=API_KEY, base_url="https://api.deepseek.com")',
      ),
      findings: [[2, 'hard-coded-key']],
      fixed: lines(
        'import os',
        'from openai import OpenAI',
        'API_KEY = os.environ["DEEPSEEK_API_KEY"]',
        'client = OpenAI(api_key=API_KEY, base_url="https://api.deepseek.com")',
      ),
      secrets: [head, tail],
    },
    {
      name: 'python: `+` on one line, without a key name (the joined value is a key)',
      code: lines(
        'from openai import OpenAI',
        `client = OpenAI(api_key=("${head}" + "${tail}"), base_url="https://api.deepseek.com")`,
      ),
      findings: [[2, 'hard-coded-key']],
      fixed: lines(
        'import os',
        'from openai import OpenAI',
        'client = OpenAI(api_key=(os.environ["DEEPSEEK_API_KEY"]), base_url="https://api.deepseek.com")',
      ),
      secrets: [head, tail],
    },
    {
      name: 'python: a split key with text around it, in a header',
      code: lines(
        'import requests',
        'requests.post(',
        '    "https://api.deepseek.com/chat/completions",',
        `    headers={"Authorization": "Bearer " "${head}"`,
        `                              "${tail}"},`,
        ')',
      ),
      findings: [[4, 'hard-coded-key']],
      fixed: lines(
        'import os',
        'import requests',
        'requests.post(',
        '    "https://api.deepseek.com/chat/completions",',
        '    headers={"Authorization": "Bearer " + os.environ["DEEPSEEK_API_KEY"]},',
        ')',
      ),
      secrets: [head, tail],
    },
    {
      name: 'python: pieces of different kinds: the key is redacted in place, no piece left',
      code: lines(
        'from openai import OpenAI',
        'n = 1',
        `TOKEN = ("${head}"`,
        `    f"${tail}{n}")`,
        DEEPSEEK_CLIENT_PY,
      ),
      findings: [
        [3, 'hard-coded-key'],
        [5, 'environ-fails-loudly'],
      ],
      fixed: lines(
        'import os',
        'from openai import OpenAI',
        'n = 1',
        'TOKEN = ("sk-…cdef"',
        '    f"{n}")',
        DEEPSEEK_CLIENT_PY,
      ),
      secrets: [head, tail],
    },
    {
      name: 'node: `+` across lines in the options',
      code: lines(
        "import OpenAI from 'openai';",
        'const client = new OpenAI({',
        `  apiKey: '${head}' +`,
        `    '${tail}',`,
        "  baseURL: 'https://api.deepseek.com',",
        '});',
      ),
      findings: [[3, 'hard-coded-key']],
      fixed: lines(
        "import OpenAI from 'openai';",
        'const client = new OpenAI({',
        '  apiKey: process.env.DEEPSEEK_API_KEY,',
        "  baseURL: 'https://api.deepseek.com',",
        '});',
      ),
      secrets: [head, tail],
    },
    {
      name: 'node: a whole key in one of several literals of different kinds',
      code: lines(
        "import OpenAI from 'openai';",
        `const auth = \`Bearer \` + '${KEY}' + "";`,
        DEEPSEEK_CLIENT_JS,
      ),
      findings: [
        [2, 'hard-coded-key'],
        [3, 'node-env-not-loaded'],
      ],
      fixed: lines(
        "import OpenAI from 'openai';",
        'const auth = `Bearer ` + process.env.DEEPSEEK_API_KEY + "";',
        DEEPSEEK_CLIENT_JS,
      ),
      secrets: [KEY],
    },
  ];

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    await check(c);
  });

  it('does not join literals that are separate values', () => {
    const code = lines(
      'import os',
      'from openai import OpenAI',
      DEEPSEEK_CLIENT_PY,
      'x = {"model": "gpt-4o", "b": "c"}',
      'y = ["gpt-4o"',
      '     , "a"]',
      'z = "gpt-4o"',
      '"a"',
    );
    const lint = lintCode(code);
    expect(lint.findings.map((f) => [f.line, f.code])).toEqual([
      [3, 'environ-fails-loudly'],
      [4, 'openai-model'],
    ]);
    expect(repairCode(code, lint).fixed).toContain('x = {"model": "deepseek-flash", "b": "c"}');
  });
});

describe('lintCode: an Authorization header without Bearer', () => {
  const CASES: Case[] = [
    {
      name: 'python: requests with os.getenv',
      code: lines(
        'import os, requests',
        'r = requests.post("https://api.deepseek.com/chat/completions",',
        '    headers={"Authorization": os.getenv("DEEPSEEK_API_KEY")}, json={})',
      ),
      findings: [
        [3, 'auth-header-no-bearer'],
        [3, 'getenv-none-http'],
      ],
      fixed: lines(
        'import os, requests',
        'r = requests.post("https://api.deepseek.com/chat/completions",',
        '    headers={"Authorization": "Bearer " + os.environ["DEEPSEEK_API_KEY"]}, json={})',
      ),
      secrets: [],
    },
    {
      name: 'python: httpx with a variable, and a header set by subscript',
      code: lines(
        'import os',
        'import httpx',
        'api_key = os.environ["DEEPSEEK_API_KEY"]',
        'headers = {}',
        'headers["Authorization"] = api_key',
        'httpx.get("https://api.deepseek.com/models", headers=headers)',
      ),
      findings: [
        [3, 'environ-fails-loudly'],
        [5, 'auth-header-no-bearer'],
      ],
      fixed: lines(
        'import os',
        'import httpx',
        'api_key = os.environ["DEEPSEEK_API_KEY"]',
        'headers = {}',
        'headers["Authorization"] = "Bearer " + api_key',
        'httpx.get("https://api.deepseek.com/models", headers=headers)',
      ),
      secrets: [],
    },
    {
      name: 'python: an f-string holding only the key',
      code: lines(
        'import os, requests',
        'key = os.environ["DEEPSEEK_API_KEY"]',
        'requests.get("https://api.deepseek.com/models", headers={"Authorization": f"{key}"})',
      ),
      findings: [
        [2, 'environ-fails-loudly'],
        [3, 'auth-header-no-bearer'],
      ],
      fixed: lines(
        'import os, requests',
        'key = os.environ["DEEPSEEK_API_KEY"]',
        'requests.get("https://api.deepseek.com/models", headers={"Authorization": f"Bearer {key}"})',
      ),
      secrets: [],
    },
    {
      name: 'python: a key written in the header',
      code: lines(
        'import requests',
        `requests.get("https://api.deepseek.com/models", headers={"Authorization": "${KEY}"})`,
      ),
      findings: [
        [2, 'auth-header-no-bearer'],
        [2, 'hard-coded-key'],
      ],
      fixed: lines(
        'import os',
        'import requests',
        'requests.get("https://api.deepseek.com/models", headers={"Authorization": "Bearer " + os.environ["DEEPSEEK_API_KEY"]})',
      ),
      secrets: [KEY],
    },
    {
      name: 'node: fetch with process.env',
      code: lines(
        "const r = await fetch('https://api.deepseek.com/chat/completions', {",
        "  method: 'POST',",
        '  headers: { Authorization: process.env.DEEPSEEK_API_KEY },',
        '});',
      ),
      findings: [
        [3, 'auth-header-no-bearer'],
        [3, 'node-env-not-loaded'],
      ],
      fixed: lines(
        "const r = await fetch('https://api.deepseek.com/chat/completions', {",
        "  method: 'POST',",
        '  headers: { Authorization: `Bearer ${process.env.DEEPSEEK_API_KEY}` },',
        '});',
      ),
      secrets: [],
    },
    {
      name: 'node: axios with a quoted header name and a variable',
      code: lines(
        "import axios from 'axios';",
        'const apiKey = process.env.DEEPSEEK_API_KEY;',
        "await axios.get('https://api.deepseek.com/models', { headers: { 'Authorization': apiKey } });",
      ),
      findings: [
        [2, 'node-env-not-loaded'],
        [3, 'auth-header-no-bearer'],
      ],
      fixed: lines(
        "import axios from 'axios';",
        'const apiKey = process.env.DEEPSEEK_API_KEY;',
        "await axios.get('https://api.deepseek.com/models', { headers: { 'Authorization': `Bearer ${apiKey}` } });",
      ),
      secrets: [],
    },
    {
      name: 'node: a template literal holding only the key',
      code: lines(
        'const key = process.env.DEEPSEEK_API_KEY;',
        'const headers = { Authorization: `${key}` };',
      ),
      findings: [
        [1, 'node-env-not-loaded'],
        [2, 'auth-header-no-bearer'],
      ],
      fixed: lines(
        'const key = process.env.DEEPSEEK_API_KEY;',
        'const headers = { Authorization: `Bearer ${key}` };',
      ),
      secrets: [],
    },
  ];

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    await check(c);
  });

  it('speaks of the header, not the SDK, for a getenv that feeds a header next to a client', () => {
    const code = lines(
      'import os, requests',
      'from openai import OpenAI',
      DEEPSEEK_CLIENT_PY,
      'token = os.getenv("DEEPSEEK_API_KEY")',
      'requests.get("https://api.deepseek.com/user/balance", headers={"Authorization": token})',
    );
    expect(lintCode(code).findings.map((f) => [f.line, f.code])).toEqual([
      [3, 'environ-fails-loudly'],
      [4, 'getenv-none-http'],
      [5, 'auth-header-no-bearer'],
    ]);
  });

  it('says nothing about the SDK or a missing client for code that sends the header itself', () => {
    const lint = lintCode(CASES[0]!.code);
    const codes = lint.findings.map((f) => f.code);
    expect(codes).not.toContain('getenv-none');
    expect(codes).not.toContain('no-client');
  });

  it.each([
    [
      'python, Bearer',
      'import os\nh = {"Authorization": f"Bearer {os.environ[\'DEEPSEEK_API_KEY\']}"}\n',
    ],
    ['python, concatenated', 'import os\nh = {"Authorization": "Bearer " + os.environ["X_KEY"]}\n'],
    [
      'node, Bearer template',
      'const h = { Authorization: `Bearer ${process.env.DEEPSEEK_API_KEY}` };\n',
    ],
    ['node, another scheme', "const h = { Authorization: 'Basic ' + btoa(user) };\n"],
    ['node, a type', 'interface H { Authorization: string }\nconst x = 1;\n'],
    ['python, a call', 'import requests\nh = {"Authorization": token_for(user)}\n'],
  ])('leaves a header that needs nothing alone: %s', (_, code) => {
    expect(lintCode(code).findings.map((f) => f.code)).not.toContain('auth-header-no-bearer');
  });
});

describe('lintCode: a second client meant for OpenAI', () => {
  it.each<[string, string, string, number]>([
    ['a comment on its line', 'oa', ' = OpenAI()  # for embeddings from OpenAI', 4],
    ['a comment on the line before', 'speech', ' = OpenAI()', 5],
    ['its name', 'openai_client', ' = OpenAI()', 4],
    ['OpenAI’s base URL', 'self.emb', ' = OpenAI(base_url="https://api.openai.com/v1")', 4],
  ])('leaves it alone when %s says so, next to a DeepSeek client', (how, name, call, line) => {
    const code = lines(
      'import os',
      'from openai import OpenAI',
      DEEPSEEK_CLIENT_PY,
      ...(how.includes('before') ? ['# OpenAI, for Whisper'] : []),
      `${name}${call}`,
      `e = ${name}.embeddings.create(model="text-embedding-3-small", input="x")`,
    );
    const lint = lintCode(code);
    expect(lint.findings.map((f) => [f.line, f.code])).toEqual([
      [3, 'environ-fails-loudly'],
      [line, 'openai-client-kept'],
    ]);
    expect(lint.clients).toHaveLength(1);
    expect(repairCode(code, lint).fixed).toBe(code);
  });

  it('leaves a JS client for OpenAI alone, and the model of calls on it', () => {
    const code = lines(
      "import OpenAI from 'openai';",
      DEEPSEEK_CLIENT_JS,
      'const oa = new OpenAI(); // embeddings come from OpenAI',
      "await oa.embeddings.create({ model: 'text-embedding-3-small', input: 'x' });",
      "await client.chat.completions.create({ model: 'gpt-4o', messages: [] });",
    );
    const lint = lintCode(code);
    expect(lint.findings.map((f) => [f.line, f.code])).toEqual([
      [2, 'node-env-not-loaded'],
      [3, 'openai-client-kept'],
      [5, 'openai-model'],
    ]);
    const { fixed } = repairCode(code, lint);
    expect(fixed).toContain(
      "const oa = new OpenAI(); // embeddings come from OpenAI\nawait oa.embeddings.create({ model: 'text-embedding-3-small'",
    );
    expect(fixed).toContain("model: 'deepseek-flash', messages");
    expect(scriptParses(fixed)).toBe('');
  });

  it('leaves a client for another provider alone, given its address and its key (vercel/ai#2439)', () => {
    const code = lines(
      "import { createOpenAI } from '@ai-sdk/openai';",
      'export const groq = createOpenAI({',
      "  baseURL: 'https://api.groq.com/openai/v1',",
      '  apiKey: process.env.GROQ_API_KEY,',
      '});',
      'export const deepSeek = createOpenAI({',
      "  baseURL: 'https://api.deepseek.com',",
      '  apiKey: process.env.DEEPSEEK_API_KEY,',
      '});',
    );
    const lint = lintCode(code);
    expect(lint.findings.map((f) => [f.line, f.code, f.vars.host])).toEqual([
      [2, 'other-client-kept', 'api.groq.com'],
    ]);
    expect(lint.clients.map((c) => c.name)).toEqual(['deepSeek']);
    expect(repairCode(code, lint).fixed).toBe(code);
  });

  it('still points a client at DeepSeek that reads DeepSeek’s key at another address', () => {
    const code = lines(
      "import { createOpenAI } from '@ai-sdk/openai';",
      'export const groq = createOpenAI({',
      "  baseURL: 'https://api.groq.com/openai/v1',",
      '  apiKey: process.env.DEEPSEEK_API_KEY,',
      '});',
    );
    const lint = lintCode(code);
    expect(lint.findings.map((f) => f.code)).toContain('foreign-base-url');
  });

  it('repairs the client as before when no other client is for DeepSeek', () => {
    const code = lines('from openai import OpenAI', 'oa = OpenAI()  # for embeddings from OpenAI');
    const lint = lintCode(code);
    expect(lint.findings.map((f) => f.code)).toEqual(['no-api-key', 'no-base-url']);
  });

  it('repairs a second client that does not say it is for OpenAI', () => {
    const code = lines(
      'import os',
      'from openai import OpenAI',
      DEEPSEEK_CLIENT_PY,
      'c2 = OpenAI()',
    );
    const lint = lintCode(code);
    expect(lint.findings.map((f) => [f.line, f.code])).toEqual([
      [3, 'environ-fails-loudly'],
      [4, 'no-api-key'],
      [4, 'no-base-url'],
    ]);
  });

  it('does not take a comment that names DeepSeek too for one meant for OpenAI', () => {
    const code = lines(
      'import os',
      'from openai import OpenAI',
      DEEPSEEK_CLIENT_PY,
      'c2 = OpenAI()  # OpenAI-compatible client for DeepSeek',
    );
    expect(lintCode(code).findings.map((f) => f.code)).toContain('no-base-url');
  });
});

describe('lintCode: a key its owner masked before pasting', () => {
  const code = (key: string) =>
    `from openai import OpenAI\nclient = OpenAI(api_key="${key}", base_url="https://api.deepseek.com")\n`;

  // agentscope-ai/agentscope#614, deepseek-ai/awesome-deepseek-agent#96: the code as it ran held
  // a key; what DeepSeek received is not this text.
  it.each([
    ['sk-a5e20***********************a353', 'sk-…a353'],
    ['sk-1838e1XXXXXXXXXX7e6fc5a', 'sk-…fc5a'],
    ['sk-5b10……dd', 'sk-…'],
    // sipeed/picoclaw#2584; a relay's mixed-case token (ChatGPTNextWeb/NextChat#6296) and one
    // kept in places (ZhuLinsen/daily_stock_analysis#512).
    ['sk-c02x...7ba', 'sk-…'],
    ['sk-qR7tWm2KcP9aZx4LnV8bE3Fxxxxxxxxxxxxx9c41D7eF', 'sk-…D7eF'],
    ['sk-xxxxxxxxxxxxx4xxx593Axxxxxa57Ed', 'sk-…57Ed'],
    // Its first characters kept, the rest starred (wendy7756/AI-Video-Transcriber#33).
    ['sk-b************************', 'sk-…'],
  ])('reads %s as masked, which weighs on no cause', (key, shape) => {
    const finding = lintCode(code(key)).findings.find((f) => f.line === 2)!;
    expect(finding.code).toBe('masked-key');
    expect(finding.vars).toEqual({ shape });
    expect(repairCode(code(key), lintCode(code(key))).fixed).toContain(
      'os.environ["DEEPSEEK_API_KEY"]',
    );
  });

  it('never shows a key kept inside a template’s marks (<sk-…>) whole', () => {
    const key = 'sk-1d2e3f4a5b6c7d8e9f0a1b2c3d4e3048';
    const finding = lintCode(code(`<${key}>`)).findings.find((f) => f.line === 2)!;
    expect(JSON.stringify(finding.vars)).not.toContain(key);
  });

  // A template keeps words or one end only (review, 2026-12-06).
  it.each([
    'sk-xxxxxxxx',
    'your-api-key',
    'sk-...',
    'sk-proj-xxxxxxxxxxxxxxxxxxxx',
    'sk-your-key-here...',
    'sk-abc123...',
    'sk-xxxx1234',
    'sk-**********',
    '*************',
    'your...key',
    'sk-abc...xyz',
    'sk-your...key1',
    // claude-code-router#102's README values, and a docs' "API KEY".
    'xxx',
    'sk-xxx',
    'sk-',
    'API KEY',
  ])('still reads %s as a placeholder', (key) => {
    expect(lintCode(code(key)).findings.find((f) => f.line === 2)!.code).toBe('placeholder-key');
  });
});
