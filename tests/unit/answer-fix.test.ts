import { describe, expect, it } from 'vitest';
import { answerCheck, answerFix } from '../../src/answer/answer-fix.ts';
import { environmentFixOf, terminalOfPaste } from '../../src/domain/diagnosis/environment-fix.ts';
import { analysePaste } from '../../src/paste/analyse-paste.ts';

const GETENV =
  'import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.getenv("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")\n';
const base = { language: 'python', model: 'deepseek-flash', platform: 'Linux x86_64' } as const;

/** The command of a check, or what stands instead of one ('key-test', null). */
const commandOf = (check: ReturnType<typeof answerCheck>) =>
  typeof check === 'object' && check ? check.command : check;

describe('environmentFixOf', () => {
  it.each([
    ['File "/tmp/ipykernel_4821/123.py", line 3', 'notebook'],
    ['In [3]: client = OpenAI()', 'notebook'],
    ['env:\n  DEEPSEEK_API_KEY: ${{ secrets.DEEPSEEK_API_KEY }}', 'ci'],
    // api7/aisix#409 and openobserve/openobserve#12733: Actions' annotation, a fork's run.
    [
      '##[error]DEEPSEEK_API_KEY is required (the test gates on at least one upstream credential)',
      'ci',
    ],
    [
      'fails CI checks when DEEPSEEK_API_KEY is not configured (e.g., when the workflow is triggered from a fork)',
      'ci',
    ],
    ['docker compose up\nTraceback', 'container'],
    ['File "C:\\Users\\ana\\app\\main.py", line 4', 'restarted-app'],
    [
      'Dec 05 10:02:11 host python3[812]: openai.AuthenticationError: Error code: 401\nDec 05 10:02:11 host systemd[1]: myapp.service: Main process exited',
      'service',
    ],
    ['journalctl -u bot -n 50', 'service'],
    // Hosted: a Vercel deployment, a Cloudflare Worker (its wrangler, its fetch(request, env)).
    ['2025-06-03 12:01:44 [POST] /api/chat  my-app-7f3k.vercel.app  401', 'vercel'],
    ['✘ [ERROR] npx wrangler deploy', 'workers'],
    ['export default {\n  async fetch(request, env) {', 'workers'],
    ['at node_modules/@vercel/otel/dist/index.js\nsee github.com/vercel/ai/issues', 'terminal'],
    // The AI SDK's error marks itself so when Node prints it (round I).
    [
      '  [Symbol(vercel.ai.error)]: true,\n  [Symbol(vercel.ai.error.AI_APICallError)]: true',
      'terminal',
    ],
    ['Traceback (most recent call last):\n  File "/home/ana/app/main.py"', 'terminal'],
  ] as const)('%j → %s', (text, fix) => {
    expect(environmentFixOf(text)).toBe(fix);
  });
});

describe('terminalOfPaste', () => {
  it.each([
    ['PS C:\\dev\\bot> python main.py', 'powershell'],
    ['$env:DEEPSEEK_API_KEY = "sk-…"\npython app.py', 'powershell'],
    ['C:\\Users\\li\\proj>python app.py\nTraceback (most recent call last):', 'cmd'],
    ['set DEEPSEEK_API_KEY="sk-0123"\npython app.py', 'cmd'],
    ['set -gx DEEPSEEK_API_KEY sk-0123', 'fish'],
    ['export DEEPSEEK_API_KEY=sk-0123\npython app.py', 'bash'],
    ['ana@box:~/proj$ python app.py', 'bash'],
    // PowerShell code, not only its prompt: a read of $env:, its web cmdlets, a hashtable.
    ['$headers = @{ "Authorization" = "Bearer $env:DEEPSEEK_KEY" }', 'powershell'],
    ['Invoke-WebRequest : {"error":{"message":"Authentication Fails"}}', 'powershell'],
  ] as const)('%j → %s', (text, terminal) => {
    expect(terminalOfPaste(text)).toBe(terminal);
  });

  it.each([
    // A path in a traceback or a log line is not a prompt; setx is in both Windows shells.
    '  File "C:\\Users\\ana\\app\\main.py", line 4, in <module>',
    'E:\\logs\\app.py:12: Warning -> retrying',
    'setx DEEPSEEK_API_KEY sk-0123',
    'Traceback (most recent call last):\nopenai.AuthenticationError: Error code: 401',
  ])('shows none in %j', (text) => {
    expect(terminalOfPaste(text)).toBeNull();
  });
});

describe('the set-up and the check are in the terminal the paste shows', () => {
  it('cmd, after setx: its lasting set-up and its own check, on any platform', () => {
    const fix = answerFix({
      ...base,
      cause: 'not-set',
      pasted: null,
      environment: 'restarted-app',
      terminal: 'cmd',
    });
    expect(fix.kind === 'environment' && fix.setup).toMatchObject({ language: 'cmd' });
    expect(fix.kind === 'environment' && fix.setup.code).toContain('setx DEEPSEEK_API_KEY');
    expect(commandOf(answerCheck('not-set', fix, 'python', 'cmd'))).toMatch(/^if defined/);
  });

  it('PowerShell on a Linux browser: the session set-up in PowerShell', () => {
    const fix = answerFix({
      ...base,
      cause: 'not-set',
      pasted: null,
      environment: 'terminal',
      terminal: 'powershell',
    });
    expect(fix.kind === 'environment' && fix.setup.code).toContain('$env:DEEPSEEK_API_KEY');
  });

  it('a mistyped key is checked in the pasted terminal’s syntax', () => {
    // cmd hands the regular expression to PowerShell, which Windows always has.
    expect(commandOf(answerCheck('mistyped', { kind: 'key' }, 'python', 'cmd'))).toMatch(
      /^powershell -NoProfile -Command "/,
    );
    expect(commandOf(answerCheck('mistyped', { kind: 'key' }, 'python', 'bash'))).toMatch(/\[\[/);
  });
});

describe('the check for a CI workflow', () => {
  it('is a step of the job, for the variable the job maps a secret into', async () => {
    const workflow =
      'name: summarize\non:\n  pull_request:\njobs:\n  run:\n    runs-on: ubuntu-latest\n    steps:\n      - run: node scripts/summarize.mjs\n        env:\n          DEEPSEEK_API_KEY: ${{ secrets.DEEPSEEK_APIKEY }}\n';
    const pasted = await analysePaste(
      'AuthenticationError: 401 Authentication Fails (auth header format should be Bearer sk-...)',
      workflow,
    );
    const check = commandOf(answerCheck('not-set', { kind: 'key' }, 'node', 'bash', pasted));
    expect(check).toMatch(/^- run: /);
    expect(check).toContain('$DEEPSEEK_API_KEY');
  });
});

describe('the check where the program does not run in this shell', () => {
  it('runs inside the Compose service that is not given the variable', async () => {
    const pasted = await analysePaste(
      'litellm.AuthenticationError: AuthenticationError: DeepseekException - Authentication Fails (governor)',
      'model_list:\n  - model_name: ds\n    litellm_params:\n      model: deepseek/deepseek-flash\n      api_key: os.environ/DEEPSEEK_API_KEY\nservices:\n  litellm:\n    image: ghcr.io/berriai/litellm:main-stable\n    environment:\n      LITELLM_MASTER_KEY: sk-1234\n',
    );
    expect(pasted.code?.findings.map((f) => f.code)).toContain('compose-env-missing');
    expect(commandOf(answerCheck('not-set', { kind: 'key' }, 'python', 'bash', pasted))).toBe(
      `docker compose exec litellm sh -c 'printf "%s" "$DEEPSEEK_API_KEY" | wc -c'`,
    );
  });

  it('runs under sudo, which started the program without the shell’s variables', async () => {
    const pasted = await analysePaste(
      "$ sudo docker compose up\nWARN[0000] The \"DEEPSEEK_API_KEY\" variable is not set. Defaulting to a blank string.\nbot-api-1  | openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails (auth header format should be Bearer sk-...)'}}",
      'services:\n  api:\n    build: .\n    environment:\n      DEEPSEEK_API_KEY: ${DEEPSEEK_API_KEY}\n',
    );
    const fix = answerFix({ ...base, cause: 'not-set', pasted, environment: 'container' });
    expect(commandOf(answerCheck('not-set', fix, 'python', 'bash', pasted))).toMatch(
      /^sudo sh -c '/,
    );
  });
});

describe('a pasted file that holds no key and belongs to no tool', () => {
  it('is where the program runs: the fix is that place’s set-up (a systemd unit)', async () => {
    const journal =
      'Mar 02 10:11:12 vps python3[18231]: Traceback (most recent call last):\nMar 02 10:11:12 vps python3[18231]:   File "/opt/dsbot/bot.py", line 5, in <module>\nMar 02 10:11:12 vps python3[18231]: KeyError: \'DEEPSEEK_API_KEY\'';
    const unit =
      '[Unit]\nDescription=DeepSeek bot\n\n[Service]\nUser=bot\nExecStart=/opt/dsbot/.venv/bin/python3 bot.py\n';
    const pasted = await analysePaste(journal, unit);
    expect(pasted.parsedError?.kind).toBe('no-key');
    const fix = answerFix({ ...base, cause: 'not-set', pasted, environment: 'service' });
    expect(fix.kind === 'environment' && fix.setup.code).toContain('EnvironmentFile=');
  });
});

describe('a pasted file that leaves the key empty', () => {
  it('is fixed in the file, not by a set-up of the terminal the transcript shows', async () => {
    // jianchang512/pyvideotrans#1159: the CLI reads params.json, not $env:API_KEY.
    const transcript =
      'PS D:\\pyvideotrans> uv run cli.py --task stt\n[失败] 任务执行出错: Missing credentials. Please pass an `api_key`, `workload_identity`, `admin_api_key`, or set the `OPENAI_API_KEY` or `OPENAI_ADMIN_KEY` environment variable.';
    const params =
      '// videotrans/params.json (excerpt)\n{\n  "deepseek_key": "",\n  "deepseek_api": "https://api.deepseek.com"\n}\n';
    const pasted = await analysePaste(transcript, params);
    expect(pasted.config?.format).toBe('json');
    const fix = answerFix({ ...base, cause: 'not-set', pasted, environment: 'restarted-app' });
    expect(fix.kind).not.toBe('environment');
  });
});

describe('answerFix for a key that is not set', () => {
  it('says which variable the code reads when it is not DEEPSEEK_API_KEY (codecompanion)', async () => {
    const lua =
      'require("codecompanion").setup({ adapters = { deepseek = function()\n  return require("codecompanion.adapters").extend("deepseek", { env = { api_key = "MY_DEEPSEEK_API_KEY" } })\nend } })';
    const pasted = await analysePaste('', lua);
    const fix = answerFix({ ...base, cause: 'not-set', pasted, environment: 'terminal' });
    expect(fix).toMatchObject({
      kind: 'environment',
      codeStays: false,
      readsOther: 'MY_DEEPSEEK_API_KEY',
      variable: 'MY_DEEPSEEK_API_KEY',
    });
    // The set-up the reader copies sets the variable the code reads.
    expect(fix.kind === 'environment' && fix.setup.code).toMatch(/\bMY_DEEPSEEK_API_KEY\b/);
    expect(fix.kind === 'environment' && fix.setup.code).not.toMatch(/(?<!MY_)DEEPSEEK_API_KEY/);
  });

  it('fixes the notebook, not the code that reads the variable', async () => {
    const fix = answerFix({
      ...base,
      cause: 'not-set',
      pasted: await analysePaste('', GETENV),
      environment: 'notebook',
    });
    expect(fix).toMatchObject({ kind: 'environment', environment: 'notebook', codeStays: true });
    expect(fix.kind === 'environment' && fix.setup.code).toContain('load_dotenv()');
    expect(JSON.stringify(fix)).not.toContain('os.environ[');
  });

  it('does not call code that gives an empty key right (2noise/ChatTTS#70)', async () => {
    const fix = answerFix({
      ...base,
      cause: 'not-set',
      pasted: await analysePaste(
        'openai.APIConnectionError: Connection error.',
        'from openai import OpenAI\nclient = OpenAI(api_key="", base_url="https://api.deepseek.com")\n',
      ),
      environment: 'terminal',
    });
    expect(fix).toMatchObject({ kind: 'environment', codeStays: false });
  });

  it('in a container, shows the Compose set-up and its own check', async () => {
    const fix = answerFix({ ...base, cause: 'not-set', pasted: null, environment: 'container' });
    expect(fix.kind === 'environment' && fix.setup.code).toContain('env_file');
    expect(commandOf(answerCheck('not-set', fix, 'python', 'bash'))).toContain('docker');
  });

  it('in a systemd service, shows the drop-in set-up and a check of the running service', () => {
    const fix = answerFix({ ...base, cause: 'not-set', pasted: null, environment: 'service' });
    expect(fix.kind === 'environment' && fix.setup.code).toContain('EnvironmentFile=');
    expect(commandOf(answerCheck('not-set', fix, 'python', 'bash'))).toContain('/proc/');
  });
});

describe('answerFix for a key not passed to the client', () => {
  it('is the user’s code repaired, with only the changed lines shown', async () => {
    const code =
      'from openai import OpenAI\nimport os\n\nclient = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"])\n';
    const fix = answerFix({
      ...base,
      cause: 'not-passed',
      pasted: await analysePaste('', code),
      environment: 'terminal',
    });
    expect(fix).toMatchObject({ kind: 'code', yours: true });
    if (fix.kind !== 'code') return;
    expect(fix.change).toBe(
      'client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")',
    );
    expect(fix.copy).toContain('from openai import OpenAI');
  });
});

describe('answerFix where the pasted file or code is right for the cause', () => {
  const GOVERNOR =
    'litellm.AuthenticationError: AuthenticationError: DeepseekException - Authentication Fails (governor)';
  const fixFor = async (error: string, code: string) =>
    answerFix({
      ...base,
      cause: 'not-passed',
      pasted: await analysePaste(error, code),
      environment: 'terminal',
    });

  it('a file with the key (masked as posted) and a deepseek/ model: no repair, the key test (sipeed/picoclaw#2584)', async () => {
    const json =
      '{\n  "model_list": [\n    { "model_name": "ds", "model": "deepseek/deepseek-flash", "api_key": "sk-c02x...7ba", "api_base": "https://api.deepseek.com/v1" }\n  ]\n}\n';
    const error = 'Status: 401\n  Body:   Authentication Fails (governor)';
    const fix = await fixFor(error, json);
    expect(fix).toEqual({
      kind: 'given',
      cause: 'not-passed',
      config: null,
      noHeader: true,
      sentTail: null,
      toOpenAi: false,
      variable: null,
      providerPrefix: true,
    });
    const pasted = await analysePaste(error, json);
    expect(answerCheck('not-passed', fix, 'python', 'bash', pasted)).toBe('key-test');
  });

  it('a file that reads a variable: the check is that variable’s length where the tool runs', async () => {
    const yaml =
      'model_list:\n  - model_name: ds\n    litellm_params:\n      model: deepseek/deepseek-flash\n      api_key: os.environ/DS_KEY\n';
    const fix = await fixFor(GOVERNOR, yaml);
    expect(fix).toMatchObject({ kind: 'given', config: 'litellm-proxy', variable: 'DS_KEY' });
    expect(commandOf(answerCheck('not-passed', fix, 'python', 'bash'))).toContain('$DS_KEY');
  });

  it('code that hands the key to a client at DeepSeek’s address: its own client check', async () => {
    const fix = await fixFor(GOVERNOR, GETENV);
    expect(fix).toEqual({
      kind: 'given',
      cause: 'not-passed',
      noHeader: true,
      sentTail: null,
      toOpenAi: false,
      variable: null,
      providerPrefix: false,
    });
    expect(commandOf(answerCheck('not-passed', fix, 'python', 'bash'))).toContain(
      'client.api_key[-4:]',
    );
  });

  it('a file with the base URL where the tool does not read it, and OpenAI’s answer (agentscope#614)', async () => {
    const json =
      '[{"config_name": "ds", "model_type": "openai_chat", "model_name": "deepseek-flash", "api_key": "sk-a5e20***********************a353", "base_url": "https://api.deepseek.com/v1"}]';
    const error =
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-c9268***********************f8ea. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}";
    expect(await fixFor(error, json)).toMatchObject({ kind: 'given', toOpenAi: true });
  });

  it('is not said where the code leaves the base URL out, nor for another message', async () => {
    const noBase =
      'from openai import OpenAI\nimport os\n\nclient = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"])\n';
    expect((await fixFor(GOVERNOR, noBase)).kind).toBe('code');
    const tail =
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****a3f9 is invalid'}}";
    expect((await fixFor(tail, GETENV)).kind).not.toBe('given');
  });
});

describe('answerFix for a key not set, where a config file was pasted', () => {
  const HEADER = '401 Authentication Fails (auth header format should be Bearer sk-...)';
  const CONTINUE = (apiKey: string) =>
    `models:\n  - name: DeepSeek\n    provider: deepseek\n    model: deepseek-flash\n    apiKey: ${apiKey}\n`;
  const answerTo = async (code: string) => {
    const pasted = await analysePaste(HEADER, code);
    const fix = answerFix({ ...base, cause: 'not-set', pasted, environment: 'terminal' });
    return { fix, check: commandOf(answerCheck('not-set', fix, 'python', 'bash', pasted)) };
  };

  it('a file that leaves the key empty: the file repaired, checked with the tool’s own check', async () => {
    const { fix, check } = await answerTo(CONTINUE('""'));
    expect(fix).toMatchObject({ kind: 'code', config: { owner: 'continue' } });
    expect(check).toBe("grep -c '^DEEPSEEK_API_KEY=' ~/.continue/.env");
  });

  it('a file that reads the secret as it should: where the tool looks it up, not a shell set-up', async () => {
    const { fix, check } = await answerTo(CONTINUE('${{ secrets.DEEPSEEK_API_KEY }}'));
    expect(fix).toMatchObject({ kind: 'given', cause: 'not-set', variable: 'DEEPSEEK_API_KEY' });
    expect(check).toBe("grep -c '^DEEPSEEK_API_KEY=' ~/.continue/.env");
  });

  it('a file that holds the key itself: the key test, no variable to check', async () => {
    const claude =
      '{\n  "env": {\n    "ANTHROPIC_BASE_URL": "https://api.deepseek.com/anthropic",\n    "ANTHROPIC_AUTH_TOKEN": "sk-0123456789abcdef0123456789aba3f9"\n  }\n}\n';
    const { fix, check } = await answerTo(claude);
    expect(fix).toMatchObject({
      kind: 'given',
      cause: 'not-set',
      config: 'claude-code',
      variable: null,
    });
    expect(check).toBe('key-test');
  });
});

describe('answerFix and answerCheck for a pasted config file', () => {
  const CCR = `{
  "Providers": [
    { "name": "deepseek", "api_base_url": "https://api.deepseek.com/v1", "api_key": "$DEEPSEEK_API_KEY", "models": ["deepseek-flash"] }
  ]
}
`;
  const LITELLM = `model_list:
  - model_name: ds
    litellm_params:
      model: deepseek/deepseek-flash
      api_key: \${DEEPSEEK_API_KEY}
`;

  it('repairs the file; a base URL alone gets no check of a variable, nor a Python client', async () => {
    const pasted = await analysePaste('', CCR);
    const fix = answerFix({ ...base, cause: 'not-passed', pasted, environment: 'terminal' });
    expect(fix).toMatchObject({ kind: 'code', yours: true, language: 'json' });
    expect(fix.kind === 'code' && fix.config).toEqual({
      owner: 'claude-code-router',
      passesKey: true,
      keyField: false,
      placeholderOnly: false,
    });
    expect(fix.kind === 'code' && fix.change).toContain(
      'https://api.deepseek.com/chat/completions',
    );
    expect(answerCheck('not-passed', fix, 'python', 'bash')).toBeNull();
  });

  it('checks the length of the variable the repaired file now reads', async () => {
    // Claude Code Router expands $VAR, not opencode's {env:VAR}.
    const pasted = await analysePaste(
      '',
      CCR.replace('/v1', '/chat/completions').replace(
        '$DEEPSEEK_API_KEY',
        '{env:DEEPSEEK_API_KEY}',
      ),
    );
    const fix = answerFix({ ...base, cause: 'not-passed', pasted, environment: 'terminal' });
    expect(fix.kind === 'code' && fix.config?.keyField).toBe(true);
    expect(answerCheck('not-passed', fix, 'python', 'bash')).toEqual({
      command: `printf '%s' "$DEEPSEEK_API_KEY" | wc -c`,
      language: 'shell',
      expect: '35',
    });
  });

  it('checks a known tool’s file with that tool’s own check', async () => {
    const pasted = await analysePaste('', LITELLM);
    const fix = answerFix({ ...base, cause: 'not-passed', pasted, environment: 'terminal' });
    expect(fix.kind === 'code' && fix.config).toEqual({
      owner: 'litellm-proxy',
      passesKey: true,
      keyField: true,
      placeholderOnly: false,
    });
    expect(commandOf(answerCheck('not-passed', fix, 'python', 'bash'))).not.toContain('print(');
  });

  it('keeps a refused key’s fix, and names no variable the repaired file does not read', async () => {
    const compose = `services:
  app:
    environment:
      - DEEPSEEK_API_KEY=sk-0123456789abcdef0123456789abcdef
`;
    const pasted = await analysePaste('', compose);
    const fix = answerFix({ ...base, cause: 'revoked', pasted, environment: 'terminal' });
    expect(fix.kind === 'code' && fix.config?.passesKey).toBe(false);

    const unknown = await analysePaste(
      '',
      '{"llm": {"api_key": "sk-0123456789abcdef0123456789abcdef", "base_url": "https://api.deepseek.com/v1/chat/completions"}}\n',
    );
    const placeholderFix = answerFix({
      ...base,
      cause: 'not-passed',
      pasted: unknown,
      environment: 'terminal',
    });
    expect(placeholderFix.kind === 'code' && placeholderFix.copy).toContain(
      'PASTE_YOUR_DEEPSEEK_KEY_HERE',
    );
    expect(answerCheck('not-passed', placeholderFix, 'python', 'bash')).toBeNull();
  });

  it('offers no repair, and no example, for a copy that only hides a key', async () => {
    const pasted = await analysePaste('', 'DEEPSEEK_KEY=sk-0123456789abcdef0123456789abcdef\n');
    const fix = answerFix({ ...base, cause: 'not-passed', pasted, environment: 'terminal' });
    expect(fix).toEqual({ kind: 'key' });
  });
});

describe('answerCheck, where the paste shows the stack the check runs in', () => {
  const PY_401 =
    "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****1a2b is invalid'}}";
  const check = async (cause: 'not-passed' | 'mistyped', error: string, code = '') => {
    const pasted = await analysePaste(error, code);
    return commandOf(answerCheck(cause, { kind: 'key' }, 'python', 'bash', pasted));
  };

  it('a tool’s or an app’s words: the key test, not a Python client that is not there', async () => {
    const continues = '401 Authentication Fails, Your api key: ****fcc2 is invalid';
    expect(await check('not-passed', continues)).toBe('key-test');
    expect(await check('mistyped', continues)).toBe('key-test');
  });

  it('openai-python’s error: the check after the client', async () => {
    expect(await check('not-passed', PY_401)).toBe(
      'print(client.base_url, "key ends", client.api_key[-4:])',
    );
  });

  it('the SDK raised before it built a client: whether the variable is set', async () => {
    const noKey =
      'openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable';
    expect(await check('not-passed', noKey)).toMatch(/DEEPSEEK_API_KEY/);
    expect(await check('not-passed', noKey)).not.toMatch(/client\./);
  });

  it('pasted code: its own client’s name, or the key test where it builds none', async () => {
    const named = 'from openai import OpenAI\nds = OpenAI(api_key="x")\n';
    expect(await check('not-passed', PY_401, named)).toBe(
      'print(ds.base_url, "key ends", ds.api_key[-4:])',
    );
    const requests =
      'import os, requests\nr = requests.post("https://api.deepseek.com/chat/completions", headers={"Authorization": f"Bearer {os.environ[\'DS\']}"})\n';
    expect(await check('not-passed', PY_401, requests)).toBe('key-test');
  });
});

describe('answerCheck where the client was never built', () => {
  it('the SDK raised in the pasted code’s constructor: the variable’s presence, not a print of the client', async () => {
    const code =
      'import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.getenv("DEEPSEEK_KEY"), base_url="https://api.deepseek.com")\n';
    const error =
      'openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable';
    const pasted = await analysePaste(error, code);
    const check = commandOf(answerCheck('not-passed', { kind: 'key' }, 'python', 'bash', pasted));
    expect(check).not.toContain('client.');
    expect(check).toContain('$DEEPSEEK_KEY');
  });
});

describe('answerCheck reads what the pasted code reads', () => {
  const GO_401 = 'error, status code: 401, status: 401 Unauthorized, message: Authentication Fails';

  it('a check before the send only where the code builds that request', async () => {
    const eino = await analysePaste(
      GO_401,
      'package main\n\nimport (\n\t"os"\n\t"github.com/cloudwego/eino-ext/components/model/deepseek"\n)\n\nfunc main() {\n\tcm, _ := deepseek.NewChatModel(ctx, &deepseek.ChatModelConfig{APIKey: os.Getenv("DEEPSEEK_API_KEY"), Model: "deepseek-chat"})\n\t_ = cm\n}\n',
    );
    expect(answerCheck('not-passed', { kind: 'key' }, 'go', 'bash', eino)).toBe('key-test');
    const stdlib = await analysePaste(
      GO_401,
      'package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc main() {\n\treq, _ := http.NewRequest("POST", "https://api.deepseek.com/chat/completions", nil)\n\treq.Header.Set("Authorization", "Bearer "+os.Getenv("DEEPSEEK_API_KEY"))\n\thttp.DefaultClient.Do(req)\n}\n',
    );
    expect(commandOf(answerCheck('not-passed', { kind: 'key' }, 'go', 'bash', stdlib))).toMatch(
      /req\.Header\.Get/,
    );
  });

  it('the presence check of the variable the code reads', async () => {
    const pasted = await analysePaste(
      '',
      'import os\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.environ["AI_API_KEY"], base_url="https://api.deepseek.com")\n',
    );
    const check = commandOf(answerCheck('not-set', { kind: 'key' }, 'python', 'bash', pasted));
    expect(check).toContain('AI_API_KEY');
    expect(check).not.toContain('DEEPSEEK_API_KEY');
  });
});

describe('answerFix for a file that holds the key itself', () => {
  it('says to put the key in place of the placeholder, not that the file now reads a variable', async () => {
    const pasted = await analysePaste(
      '',
      '[llm]\nbase_url = "https://api.deepseek.com"\napi_key = "$DEEPSEEK_API_KEY"\n',
    );
    const fix = answerFix({ ...base, cause: 'not-passed', pasted, environment: 'terminal' });
    expect(fix.kind === 'code' && fix.config?.placeholderOnly).toBe(true);
  });
});

describe('answerFix for code that calls through another library', () => {
  it('says the fix in words, not with an openai client the code does not use (CrewAI)', async () => {
    const pasted = await analysePaste(
      'litellm.AuthenticationError: AuthenticationError: DeepseekException - Authentication Fails (governor)',
      'from crewai import Agent, LLM\n\nllm = LLM(model="deepseek/deepseek-flash", temperature=0.3)\nagent = Agent(role="r", goal="g", backstory="b", llm=llm)\n',
    );
    expect(pasted.code?.findings.map((f) => f.code)).not.toContain('no-client');
    const fix = answerFix({ ...base, cause: 'not-passed', pasted, environment: 'terminal' });
    expect(fix.kind).toBe('key');
  });
});

describe('answerCheck where the paste hides where the key comes from', () => {
  const FORMAT = 'Authentication Fails (auth header format should be Bearer sk-...)';
  const notSet = async (code: string) =>
    commandOf(
      answerCheck('not-set', { kind: 'key' }, 'python', 'bash', await analysePaste(FORMAT, code)),
    );

  it('code the page does not follow that shows no key and no variable: that part is the thing to paste (LnYo-Cly/ai4j#42)', async () => {
    const ai4j =
      'IChatService chatService = aiService.getChatService(PlatformType.DEEPSEEK);\nChatCompletion chatCompletion = ChatCompletion.builder()\n        .model("deepseek-chat")\n        .build();\n';
    expect(await notSet(ai4j)).toBe('paste-source');
    expect(await notSet('DSClient := deepseek.NewClient(os.Getenv(config.DSToken))\n')).toBe(
      'paste-source',
    );
  });

  it('code that reads DEEPSEEK_API_KEY, or another variable, keeps its presence check', async () => {
    const java =
      'OpenAIClient client = OpenAIOkHttpClient.builder()\n    .apiKey(System.getenv("DEEPSEEK_API_KEY"))\n    .baseUrl("https://api.deepseek.com")\n    .build();\n';
    expect(await notSet(java)).toMatch(/\$DEEPSEEK_API_KEY/);
    const go = 'client := openai.NewClient(os.Getenv("DS_KEY"))\n';
    expect(await notSet(go)).toMatch(/\$DS_KEY/);
  });

  it('a tool’s command beside its error naming the variable it looks up: that variable’s check, and no SDK example (hermes-agent#42269)', async () => {
    const pasted = await analysePaste(
      "Provider 'deepseek' is set in config.yaml but no API key was found.\nSet the DEEPSEEK_API_KEY environment variable, or switch to a different provider with `hermes model`.",
      'hermes auth add deepseek --type api-key',
    );
    expect(commandOf(answerCheck('not-set', { kind: 'key' }, 'python', 'bash', pasted))).toMatch(
      /\$DEEPSEEK_API_KEY/,
    );
    const fix = answerFix({ ...base, cause: 'not-passed', pasted, environment: 'terminal' });
    expect(fix).toEqual({ kind: 'key' });
  });

  it('a file of no known app that holds no key: the file that does is the thing to paste', async () => {
    expect(await notSet('{\n  "provider": "deepseek",\n  "model": "deepseek-v4-pro"\n}\n')).toBe(
      'paste-source',
    );
  });
});
